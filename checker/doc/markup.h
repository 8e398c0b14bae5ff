/* markup.h - masking of text that carries no claims: Markdown front matter, code, HTML comments and tags,
 * link targets, and bare URLs in any document; Unicode spaces become ASCII spaces. Masked bytes become
 * spaces (line breaks are kept), so every byte offset stays exact. */
#ifndef FL_MARKUP_H
#define FL_MARKUP_H

#include <stddef.h>

/* A factlint directive's text, "factlint-disable vague-source": byte span [start, end) of the raw text, and
 * where the comment or line holding it ends (after "-->"). */
typedef struct {
    size_t start, end, close;
} fl_directive_span;

/* A growable list of directive spans, in document order. */
typedef struct {
    fl_directive_span *items;
    size_t len, cap;
} fl_directive_spans;

/* Returns raw itself when nothing needs masking, else a new owned buffer of len + 1 bytes (NUL-terminated).
 * start skips a BOM. markdown enables the Markdown constructs. When dirs is not NULL, the factlint
 * directives are added to it: in Markdown, HTML comments whose text starts with "factlint-"; in plain
 * text, lines of their own that start with "factlint-disable", "-enable", "-disable-next-line" or
 * "-disable-file" (such lines are masked: they are not prose). */
char *fl_markup_mask(char *raw, size_t len, size_t start, int markdown, fl_directive_spans *dirs);

#endif
