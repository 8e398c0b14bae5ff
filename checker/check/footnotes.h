/* footnotes.h - the footnote rules, over the markers and notes of extract/markers.h. */
#ifndef FL_FOOTNOTES_H
#define FL_FOOTNOTES_H

#include "check/check.h"
#include "extract/markers.h"

/* footnote-gap, footnote-order, footnote-undefined, footnote-unused, footnote-no-notes. */
void fl_check_footnotes(fl_check_ctx *ctx);

#endif
