/* numeric.h - numeric-conflict: a join of the whole run's numeric claims on their keys. */
#ifndef FL_JOIN_NUMERIC_H
#define FL_JOIN_NUMERIC_H

#include "core/diag.h"
#include "extract/claims.h"
#include "packs/rulepack.h"

/* The joins of numeric-conflict (bits of the joins argument): over claims with the same key; within one document
 * over claims whose period or item is unknown (every claim of that document must be there); and across the
 * reports of a story over figures whose values are the same digits in another order (every claim of a group of
 * fl_join_transposed_part must be there). */
enum { FL_CONFLICT_KEYED = 1, FL_CONFLICT_WITHIN = 2, FL_CONFLICT_TRANSPOSED = 4 };

/* numeric-conflict over the claims all, in their order ((file, seq): the anchor of a tie is the first);
 * claims of documents marked in reference (may be NULL) take part but are never reported on. Diagnostics go
 * to out at the rule's default level. */
void fl_join_numeric(const fl_rules *r, const fl_claims *all, const unsigned char *reference, int joins, fl_sink *out);

/* The group a figure no attribute keys is compared in across the reports of a story (its unit, counted noun and
 * modality, after "~": no claim key starts so), or a clock time no event claims (its item, after "~@"), into b (its
 * contents replaced); 0, b untouched, when c is neither. The language server partitions the claims of a workspace
 * by it as by keys. */
int fl_join_similar_part(const fl_claim *c, fl_buf *b);

/* The group the transposition join compares a figure in across the reports of a story (the sorted digits of its
 * value and its unit, after "~t|"), into b (its contents replaced); 0, b untouched, when no transposition of it is
 * compared. The keyed records route a copy of the claim on it, and the language server partitions by it. */
int fl_join_transposed_part(const fl_claim *c, fl_buf *b);

#endif
