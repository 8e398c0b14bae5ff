/* citations.h - footnote markers (glued, bracketed, Markdown, superscript), notes sections and entries, and
 * the footnote rules. Glued digits are judged against the document's own footnote sequence. */
#ifndef FL_CITATIONS_H
#define FL_CITATIONS_H

#include "check/check.h"

/* Finds the notes section and its entries, then the markers of the body; fills d->markers, d->entries,
 * d->notes_start and d->has_notes. Uses the "notes-headings" lexicon. Needs fl_segment() first. */
void fl_cite_extract(fl_doc *d, const fl_rules *r);

/* footnote-gap, footnote-order, footnote-undefined, footnote-unused, footnote-no-notes. */
void fl_check_footnotes(fl_check_ctx *ctx);

#endif
