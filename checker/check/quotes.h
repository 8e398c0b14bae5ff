/* quotes.h - direct quotations: the checks on what is inside the quotation marks. */
#ifndef FL_QUOTES_H
#define FL_QUOTES_H

#include "check/check.h"
#include "extract/claims.h"

/* quote-altered: brackets or ellipses inside a direct quote (a note: the reader should know the words were
 * changed or cut). */
void fl_check_quotes(fl_check_ctx *ctx);

/* quote-conflict over the attributed claims of a run (joined on the speaker): misquotes and renderings of
 * one remark that differ in audience, content or negation. Claims of reference documents (reference[doc])
 * take part but are not reported on; reference may be NULL. */
void fl_check_quote_conflicts(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out);
/* The same, reporting only on the claims of document focus: exactly the findings the whole join makes in
 * that document, at the cost of the comparisons that involve it (the language server, per edit). */
void fl_check_quote_conflicts_in(const fl_rules *r, const fl_claims *all, const unsigned char *reference, size_t focus,
                                 fl_sink *out);

#endif
