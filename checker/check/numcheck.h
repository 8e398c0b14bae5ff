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

#endif
