/* conversions.h - numeric-conflict within a sentence: an amount and its conversion in parentheses. */
#ifndef FL_CONVERSIONS_H
#define FL_CONVERSIONS_H

#include "check/check.h"

/* numeric-conflict for an amount whose conversion into another unit in the parentheses right after it is another
 * amount ("86km (34 miles)"), per document (needs ctx->facts). */
void fl_check_conversions(fl_check_ctx *ctx);

#endif
