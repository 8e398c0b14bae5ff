/* input.h - how every file factlint reads is read: one bounded reader (a size limit per input, regular
 * files read against their size at open) and one strict JSON loader for configurations, rule packs,
 * baselines and claim records. */
#ifndef FL_INPUT_H
#define FL_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "core/util.h"

struct cJSON;

/* The default limit on one input's size (--max-file-size, "max-file-size"): 256 MiB. */
#define FL_MAX_FILE_SIZE_DEFAULT ((size_t)256 << 20)
/* The largest limit that can be set: 4095 MiB, so that every byte offset into a document fits in 32 bits
 * (tokens, sentences and paragraphs keep 32-bit offsets, a third of a document's memory at its peak). */
#define FL_MAX_FILE_SIZE_MAX ((size_t)4095 << 20)

typedef enum {
    FL_READ_OK = 0,
    FL_READ_ERRNO, /* open or read failed: why holds strerror's text */
    FL_READ_LIMIT, /* too large, or it grew while read: why holds the whole sentence */
} fl_read_status;

/* Reads path whole into out (appended, NUL-terminated), bounded: a regular file up to its size at open
 * (more bytes after that end the read with FL_READ_LIMIT: it grew), a file of that size above max with
 * FL_READ_LIMIT without reading it, and any other file (a device, a FIFO) up to max bytes, FL_READ_LIMIT
 * beyond. A directory is FL_READ_ERRNO with EISDIR's text. max 0 means FL_MAX_FILE_SIZE_DEFAULT. On
 * failure out is emptied and why (appended) says why, without the file name. */
fl_read_status fl_read_file(const char *path, size_t max, fl_buf *out, fl_buf *why);

/* Parses a size: digits with an optional K, M or G (binary multiples: 1K = 1024 bytes); returns 0 and sets
 * *out (> 0, at most FL_MAX_FILE_SIZE_MAX), or -1. */
int fl_parse_size(const char *s, size_t *out);

/* Parses text[0, len) as exactly one JSON value: white space only after it, and no object with two members
 * of one name anywhere. Returns the value (owned: cJSON_Delete), or NULL with "file:line: malformed JSON in
 * what", "file:line: text after the JSON value in what" or "file: duplicate key \"k\" in what" appended to
 * err. */
struct cJSON *fl_json_load(const char *text, size_t len, const char *file, const char *what, fl_buf *err);

/* The same without the file name and line (for one claim record): what went wrong, or NULL when the value
 * is good; *value is the value or NULL. */
const char *fl_json_load_line(const char *text, size_t len, struct cJSON **value);

/* Installs fl_xmalloc as cJSON's allocator, so that cJSON too runs out of memory by the one policy. */
void fl_json_init(void);

#endif
