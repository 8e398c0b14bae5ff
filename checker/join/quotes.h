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
/* The same, reporting only on the claims of document focus: exactly the findings the whole join makes in
 * that document (a rendering's report depends only on the pairs it is in), at the cost of the comparisons
 * that involve it: the language server's join per edit. */
void fl_join_quotes_in(const fl_rules *r, const fl_claims *all, const unsigned char *reference, size_t focus,
                       fl_sink *out);

#endif
