/* quotes.h - direct quotations: the checks on what is inside the quotation marks. */
#ifndef FL_QUOTES_H
#define FL_QUOTES_H

#include "check/check.h"

/* quote-altered: brackets or ellipses inside a direct quote (a note: the reader should know the words were
 * changed or cut). */
void fl_check_quotes(fl_check_ctx *ctx);

/* unpaired-quote-mark: each double quotation mark the segmentation could not pair, once (a note). */
void fl_check_unpaired_marks(fl_check_ctx *ctx);

#endif
