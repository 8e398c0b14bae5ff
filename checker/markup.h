/* markup.h - masking of text that carries no claims: Markdown front matter, code, HTML comments and tags,
 * link targets, and bare URLs in any document; Unicode spaces become ASCII spaces. Masked bytes become
 * spaces (line breaks are kept), so every byte offset stays exact. */
#ifndef FL_MARKUP_H
#define FL_MARKUP_H

#include <stddef.h>

/* Returns raw itself when nothing needs masking, else a new owned buffer of len + 1 bytes (NUL-terminated).
 * start skips a BOM. markdown enables the Markdown constructs. */
char *fl_markup_mask(char *raw, size_t len, size_t start, int markdown);

#endif
