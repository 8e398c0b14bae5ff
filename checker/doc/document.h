/* document.h - one input document: its bytes, UTF-8 validity, line table and byte-offset -> position
 * conversion. A document owns its bytes and an arena, freed with it in one call: its paragraphs, sentences,
 * quotes, footnote markers and notes entries, and the numeric stage's tokens, numbers and quantities live
 * there. What outlives the document (claims kept for the corpus-wide joins, diagnostics) does not. */
#ifndef FL_DOCUMENT_H
#define FL_DOCUMENT_H

#include <stddef.h>

#include "core/diag.h"

typedef struct fl_doc fl_doc;

typedef enum {
    FL_DOC_OK = 0,
    FL_DOC_UNREADABLE,   /* open/read failed: errno text in the message */
    FL_DOC_INVALID_UTF8, /* bad_offset is the first invalid byte */
    FL_DOC_BINARY,       /* a NUL byte at bad_offset */
} fl_doc_status;

/* Reads path and builds a document whose diagnostics name display_path (both borrowed; display_path must
 * outlive the document). Never returns NULL: check fl_doc_status(). */
fl_doc *fl_doc_read(const char *path, const char *display_path, int markdown);
/* The same with a limit on the file's size (0: FL_MAX_FILE_SIZE_DEFAULT, input.h): a larger file, or one
 * that grows while it is read, is FL_DOC_UNREADABLE with a message saying so. */
fl_doc *fl_doc_read_max(const char *path, const char *display_path, int markdown, size_t max);
/* Builds a document from a copy of buf (borrowed). */
fl_doc *fl_doc_from_buffer(const char *display_path, const char *buf, size_t len, int markdown);
void fl_doc_free(fl_doc *d);

fl_doc_status fl_doc_get_status(const fl_doc *d);
/* The I/O error text for FL_DOC_UNREADABLE, else NULL. Borrowed. */
const char *fl_doc_error(const fl_doc *d);
size_t fl_doc_bad_offset(const fl_doc *d);
const char *fl_doc_path(const fl_doc *d);

/* Converts a byte offset (0 <= off <= length) to a position in every column unit. */
fl_pos fl_doc_pos(fl_doc *d, size_t off);

/* Returns 1 when the file name ends in .md or .markdown (case-insensitive). */
int fl_path_is_markdown(const char *path);

#endif
