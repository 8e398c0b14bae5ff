/* segment.h - segmentation of a document into paragraphs, sentences and quotation spans. Shared
 * infrastructure: every extractor works on these spans of the masked text. */
#ifndef FL_SEGMENT_H
#define FL_SEGMENT_H

#include "doc/document.h"
#include "packs/rulepack.h"

/* Fills the document's paragraphs, sentences and quote spans (in its arena). Uses the "abbreviations",
 * "final-abbreviations" and "sentence-starters" lexicons. Never fails. */
void fl_segment(fl_doc *d, const fl_rules *r);

#endif
