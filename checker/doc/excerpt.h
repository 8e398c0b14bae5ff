/* excerpt.h - a document's text cut down for a message (checks quote it; claims keep it for the joins). */
#ifndef FL_EXCERPT_H
#define FL_EXCERPT_H

#include <stddef.h>

#include "core/util.h"
#include "doc/document_int.h"

/* Appends text[start, end) of the original bytes to b for a message: runs of white space become one
 * space, and text longer than max bytes is cut at a character boundary and ends with "…". */
void fl_excerpt(fl_buf *b, const fl_doc *d, size_t start, size_t end, size_t max);

#endif
