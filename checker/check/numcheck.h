/* numcheck.h - the per-document numeric rules: numeric-arithmetic (shares and changes recomputed with
 * interval arithmetic) and date-inconsistency (weekdays against dates, anniversaries and elapsed years
 * against the year in force). */
#ifndef FL_NUMCHECK_H
#define FL_NUMCHECK_H

#include "check/check.h"
#include "extract/claims.h"

/* numeric-arithmetic and date-inconsistency, per document (need ctx->facts). */
void fl_check_arithmetic(fl_check_ctx *ctx);
void fl_check_dates(fl_check_ctx *ctx);

/* Is token i (below ctx->facts->ntok) of the document's facts the one-character punctuation mark ch? */
int fl_mark_at(const fl_check_ctx *ctx, size_t i, char ch);

#endif
