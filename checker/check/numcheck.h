/* numcheck.h - the numeric rules: numeric-conflict (a join of the whole run's claims on their keys),
 * numeric-arithmetic (shares and changes recomputed with interval arithmetic) and date-inconsistency
 * (weekdays against dates, anniversaries and elapsed years against the year in force). */
#ifndef FL_NUMCHECK_H
#define FL_NUMCHECK_H

#include "check/check.h"
#include "extract/claims.h"

/* numeric-arithmetic and date-inconsistency, per document (need ctx->facts). */
void fl_check_arithmetic(fl_check_ctx *ctx);
void fl_check_dates(fl_check_ctx *ctx);

/* The two joins of numeric-conflict (bits of the joins argument): over claims with the same key, and within
 * one document over claims whose period or item is unknown (every claim of that document must be there). */
enum { FL_CONFLICT_KEYED = 1, FL_CONFLICT_WITHIN = 2 };

/* numeric-conflict over the claims all, in their order ((file, seq): the anchor of a tie is the first);
 * claims of documents marked in reference (may be NULL) take part but are never reported on. Diagnostics go
 * to out at the rule's default level. */
void fl_check_conflicts(const fl_rules *r, const fl_claims *all, const unsigned char *reference, int joins,
                        fl_sink *out);

#endif
