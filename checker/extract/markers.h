/* markers.h - footnote markers (glued, bracketed, Markdown, superscript), notes sections and entries.
 * Glued digits are judged against the document's own footnote sequence. */
#ifndef FL_MARKERS_H
#define FL_MARKERS_H

#include "doc/document_int.h"
#include "packs/rulepack.h"

enum { FL_MAX_NOTE = 1000 }; /* note numbers have 1-3 digits */

/* Finds the notes section and its entries, then the markers of the body; fills d->markers, d->entries,
 * d->notes_start and d->has_notes. Uses the "notes-headings" lexicon. Needs fl_segment() first. */
void fl_cite_extract(fl_doc *d, const fl_rules *r);

#endif
