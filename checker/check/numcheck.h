/* numcheck.h - the per-document numeric rules: numeric-arithmetic (shares and changes recomputed with
 * interval arithmetic) and date-inconsistency (weekdays against dates, anniversaries and elapsed years
 * against the year in force). */
#ifndef FL_NUMCHECK_H
#define FL_NUMCHECK_H

#include "check/check.h"
#include "extract/claims.h"
#include "syntax/syntax.h"

/* numeric-arithmetic and date-inconsistency, per document (need ctx->facts). */
void fl_check_arithmetic(fl_check_ctx *ctx);
void fl_check_dates(fl_check_ctx *ctx);

/* Is token i (below ctx->facts->ntok) of the document's facts the one-character punctuation mark ch? */
int fl_mark_at(const fl_check_ctx *ctx, size_t i, char ch);

/* The tagger's tags of the n tokens from token a (owned: free them), the window a check reads with no parse. */
uint8_t *fl_window_tags(const fl_check_ctx *ctx, const fl_syntax *sx, size_t a, size_t n);

#endif
