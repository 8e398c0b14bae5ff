/* quotes.h - quote-conflict: a join of the run's attributed claims on their speaker. */
#ifndef FL_JOIN_QUOTES_H
#define FL_JOIN_QUOTES_H

#include "core/diag.h"
#include "extract/claims.h"
#include "packs/rulepack.h"

/* quote-conflict over the attributed claims of a run (joined on the speaker): misquotes and renderings of
 * one remark that differ in audience, content or negation. Claims of reference documents (reference[doc])
 * take part but are not reported on; reference may be NULL. */
void fl_join_quotes(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out);

#endif
