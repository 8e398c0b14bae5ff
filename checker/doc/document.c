/* document.c - reading a file, validating UTF-8, the line-start table and position conversion. */
#include "doc/document_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "core/input.h"
#include "doc/markup.h"

static void build_lines(fl_doc *d)
{
    size_t cap = 64;
    d->line_starts = fl_xmalloc(cap * sizeof(size_t));
    d->nlines = 0;
    d->line_starts[d->nlines++] = d->start;
    for (size_t i = d->start; i < d->len; i++) {
        /* eight bytes without a line break at a time */
        uint64_t w;
        while (i + 8 <= d->len && !fl_swar_has(w = fl_swar_load(d->raw + i), '\n') && !fl_swar_has(w, '\r'))
            i += 8;
        if (i >= d->len)
            break;
        char c = d->raw[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= d->len || d->raw[i + 1] != '\n'))) {
            if (i + 1 <= d->len) {
                FL_GROW(d->line_starts, cap, d->nlines + 1);
                d->line_starts[d->nlines++] = i + 1;
            }
        }
    }
}

/* Validates UTF-8 with utf8proc; records the first invalid byte or NUL. */
static void validate(fl_doc *d)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)d->raw;
    size_t i = d->start;
    while (i < d->len) {
        /* eight ASCII bytes, none of them NUL, at a time */
        uint64_t w;
        while (i + 8 <= d->len && !fl_swar_high(w = fl_swar_load(d->raw + i)) && !fl_swar_has(w, 0))
            i += 8;
        if (i >= d->len)
            break;
        if (s[i] == 0) {
            d->status = FL_DOC_BINARY;
            d->bad_offset = i;
            return;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(d->len - i), &cp);
        if (n < 0 || cp < 0) {
            d->status = FL_DOC_INVALID_UTF8;
            d->bad_offset = i;
            return;
        }
        i += (size_t)n;
    }
}

static fl_doc *doc_new(const char *display_path, int markdown)
{
    fl_doc *d = fl_xcalloc(1, sizeof(fl_doc));
    d->path = display_path;
    d->markdown = markdown;
    d->approx_tolerance = -1;
    d->arena = fl_arena_new();
    return d;
}

static void doc_finish(fl_doc *d)
{
    if (d->len >= 3 && memcmp(d->raw, "\xEF\xBB\xBF", 3) == 0)
        d->start = 3;
    build_lines(d);
    if (d->status == FL_DOC_OK)
        validate(d);
    d->text = d->raw;
    d->notes_start = d->len;
    if (d->status == FL_DOC_OK)
        d->text = fl_markup_mask(d->raw, d->len, d->start, d->markdown, &d->directives);
}

fl_doc *fl_doc_from_buffer(const char *display_path, const char *buf, size_t len, int markdown)
{
    fl_doc *d = doc_new(display_path, markdown);
    if (len > FL_MAX_FILE_SIZE_MAX) {
        /* offsets into a document are 32-bit (standard input is the one buffer that could be this large) */
        d->status = FL_DOC_UNREADABLE;
        d->error_whole = 1;
        d->error =
            fl_xasprintf("file of %zu bytes is larger than the limit of %zu bytes (--max-file-size); file skipped", len,
                         FL_MAX_FILE_SIZE_MAX);
        len = 0;
    }
    d->raw = fl_xmalloc(len + 1);
    if (len)
        memcpy(d->raw, buf, len);
    d->raw[len] = '\0';
    d->len = len;
    doc_finish(d);
    return d;
}

fl_doc *fl_doc_read_max(const char *path, const char *display_path, int markdown, size_t max)
{
    fl_doc *d = doc_new(display_path, markdown);
    fl_buf text = {0}, why = {0};
    fl_read_status st = fl_read_file(path, max, &text, &why);
    if (st != FL_READ_OK) {
        d->status = FL_DOC_UNREADABLE;
        d->error_whole = st == FL_READ_LIMIT;
        d->error = fl_buf_take(&why);
        fl_buf_free(&text);
        d->raw = fl_xstrdup("");
        doc_finish(d);
        return d;
    }
    fl_buf_free(&why);
    d->len = text.len;
    d->raw = fl_buf_take(&text);
    doc_finish(d);
    return d;
}

fl_doc *fl_doc_read(const char *path, const char *display_path, int markdown)
{
    return fl_doc_read_max(path, display_path, markdown, 0);
}

void fl_doc_free(fl_doc *d)
{
    if (!d)
        return;
    if (d->text != d->raw)
        free(d->text);
    free(d->raw);
    free(d->error);
    free(d->line_starts);
    free(d->line_hash);
    free(d->ck_off);
    free(d->ck_pos);
    /* paragraphs, sentences, quotes, unpaired marks, markers and notes entries live in the arena */
    free(d->directives.items);
    fl_arena_free(d->arena);
    free(d);
}

fl_doc_status fl_doc_get_status(const fl_doc *d)
{
    return d->status;
}

const char *fl_doc_error(const fl_doc *d)
{
    return d->error;
}

size_t fl_doc_bad_offset(const fl_doc *d)
{
    return d->bad_offset;
}

const char *fl_doc_path(const fl_doc *d)
{
    return d->path;
}

/* The key of the searches below: a document and a byte offset. */
typedef struct {
    const fl_doc *d;
    size_t off;
} doc_at;

/* Does line i + 1 start at or before the offset? */
static int next_line_starts_by(const void *arg, size_t i)
{
    const doc_at *k = arg;
    return k->d->line_starts[i + 1] <= k->off;
}

static int quote_starts_by(const void *arg, size_t i)
{
    const doc_at *k = arg;
    return k->d->quotes[i].start <= k->off;
}

static int sentence_ends_by(const void *arg, size_t i)
{
    const doc_at *k = arg;
    return k->d->sents[i].end <= k->off;
}

static int marker_ends_by(const void *arg, size_t i)
{
    const doc_at *k = arg;
    return k->d->markers[i].end <= k->off;
}

size_t fl_doc_line_of(const fl_doc *d, size_t off)
{
    /* the last line that starts at or before off: line 0, and each later one that does */
    doc_at k = {d, off};
    return d->nlines ? fl_lower_bound(d->nlines - 1, &k, next_line_starts_by) : 0;
}

/* Advances a position over raw[from, to) on one line. */
static void advance(const fl_doc *d, fl_pos *p, size_t from, size_t to)
{
    size_t i = from;
    while (i < to) {
        unsigned char c = (unsigned char)d->raw[i];
        if (c >= 0x20 && c < 0x7F) {
            /* a run of printable ASCII: one column of each unit per byte */
            size_t j = i + 1;
            while (j < to && (unsigned char)d->raw[j] >= 0x20 && (unsigned char)d->raw[j] < 0x7F)
                j++;
            int w = (int)(j - i);
            p->col[FL_COL_DISPLAY] += w;
            p->col[FL_COL_BYTE] += w;
            p->col[FL_COL_CODEPOINT] += w;
            i = j;
            continue;
        }
        if (c == '\r' || c == '\n') {
            i++;
            p->col[FL_COL_BYTE]++;
            continue;
        }
        if (c == '\t') {
            p->col[FL_COL_DISPLAY] = ((p->col[FL_COL_DISPLAY] - 1) / 8 + 1) * 8 + 1;
            p->col[FL_COL_BYTE]++;
            p->col[FL_COL_CODEPOINT]++;
            i++;
            continue;
        }
        int32_t cp;
        size_t n = fl_utf8_next(d->raw, d->len, i, &cp);
        if (i + n > to)
            n = to - i;
        int w = c < 0x80 ? 1 : utf8proc_charwidth(cp);
        if (w < 0)
            w = 1;
        p->col[FL_COL_DISPLAY] += w;
        p->col[FL_COL_BYTE] += (int)n;
        p->col[FL_COL_CODEPOINT] += 1;
        i += n;
    }
}

enum { FL_CHECKPOINT = 1024 };

/* Builds the checkpoints of a long line: positions at character boundaries about every FL_CHECKPOINT bytes. */
static void build_checkpoints(fl_doc *d, size_t line)
{
    size_t a = d->line_starts[line];
    size_t b = line + 1 < d->nlines ? d->line_starts[line + 1] : d->len;
    free(d->ck_off);
    free(d->ck_pos);
    size_t cap = (b - a) / FL_CHECKPOINT + 2;
    d->ck_off = fl_xmalloc(cap * sizeof(size_t));
    d->ck_pos = fl_xmalloc(cap * sizeof(fl_pos));
    d->nck = 0;
    fl_pos p;
    p.line = (int)line + 1;
    p.col[0] = p.col[1] = p.col[2] = 1;
    p.line_hash = 0;
    size_t at = a;
    while (at < b && d->nck < cap) {
        d->ck_off[d->nck] = at;
        d->ck_pos[d->nck] = p;
        d->nck++;
        size_t next = at + FL_CHECKPOINT;
        if (next >= b)
            break;
        while (next < b && ((unsigned char)d->raw[next] & 0xC0) == 0x80)
            next++;
        advance(d, &p, at, next);
        at = next;
    }
    d->ck_line = line + 1;
}

/* The fingerprint of line's text (without its line break), computed once per line. */
static uint64_t line_hash(fl_doc *d, size_t line)
{
    if (!d->line_hash)
        d->line_hash = fl_xcalloc(d->nlines, sizeof(uint64_t));
    if (!d->line_hash[line]) {
        size_t a = d->line_starts[line];
        d->line_hash[line] = fl_hash_text(d->raw + a, fl_line_end(d->raw, d->len, a) - a);
    }
    return d->line_hash[line];
}

fl_pos fl_doc_pos(fl_doc *d, size_t off)
{
    if (off > d->len)
        off = d->len;
    if (off < d->start)
        off = d->start;
    size_t line = fl_doc_line_of(d, off);
    fl_pos p;
    size_t from;
    if (d->cache_off && line == d->cache_line && off >= d->cache_off && off - d->cache_off < FL_CHECKPOINT) {
        p = d->cache_pos;
        from = d->cache_off;
    } else if (off - d->line_starts[line] >= FL_CHECKPOINT) {
        if (d->ck_line != line + 1)
            build_checkpoints(d, line);
        size_t k = (off - d->line_starts[line]) / FL_CHECKPOINT;
        if (k >= d->nck)
            k = d->nck - 1;
        while (k > 0 && d->ck_off[k] > off)
            k--;
        p = d->ck_pos[k];
        from = d->ck_off[k];
    } else {
        p.line = (int)line + 1;
        p.col[0] = p.col[1] = p.col[2] = 1;
        p.line_hash = 0;
        from = d->line_starts[line];
    }
    advance(d, &p, from, off);
    d->cache_line = line;
    d->cache_off = off;
    d->cache_pos = p;
    p.line_hash = line_hash(d, line);
    return p;
}

int fl_path_is_markdown(const char *path)
{
    size_t n = strlen(path);
    return (n >= 3 && fl_ascii_ieq(path + n - 3, ".md", 3)) || (n >= 9 && fl_ascii_ieq(path + n - 9, ".markdown", 9));
}

int fl_doc_in_quote(const fl_doc *d, size_t off)
{
    /* quotes are sorted by start; binary search the last one starting at or before off */
    doc_at key = {d, off};
    size_t lo = fl_lower_bound(d->nquote, &key, quote_starts_by);
    /* nested quotes start later but end earlier; scan back over the few that may still cover off */
    for (size_t k = lo; k > 0; k--) {
        const fl_quote *q = &d->quotes[k - 1];
        if (off >= q->inner_start && off < q->inner_end)
            return 1;
        if (q->depth == 0)
            break;
    }
    return 0;
}

size_t fl_doc_sentence_of(const fl_doc *d, size_t off)
{
    doc_at key = {d, off};
    size_t lo = fl_lower_bound(d->nsent, &key, sentence_ends_by);
    if (lo < d->nsent && d->sents[lo].start <= off)
        return lo;
    return d->nsent;
}

size_t fl_doc_marker_from(const fl_doc *d, size_t off)
{
    doc_at key = {d, off};
    return fl_lower_bound(d->nmarkers, &key, marker_ends_by);
}

int fl_doc_is_marker(const fl_doc *d, size_t start, size_t end)
{
    size_t k = fl_doc_marker_from(d, start);
    return k < d->nmarkers && d->markers[k].start < end;
}
