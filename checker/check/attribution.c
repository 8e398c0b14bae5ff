/* attribution.c - the attribution rules over what extract/speakers.c found: quotes with no speaker
 * (unattributed-quote) and surname references that fit two speakers (ambiguous-attribution). */
#include "check/attribution.h"

#include <stdlib.h>

#include "core/rules.h"
#include "extract/speakers.h"

void fl_check_unattributed(fl_check_ctx *ctx)
{
    if (!ctx->speech)
        return;
    for (size_t k = 0; k < ctx->speech->nunattributed; k++) {
        const fl_quote *q = &ctx->doc->quotes[ctx->speech->unattributed[k]];
        fl_buf b = {0};
        fl_excerpt(&b, ctx->doc, q->inner_start, q->inner_end, 60);
        fl_report(ctx, FL_RULE_UNATTRIBUTED_QUOTE, q->start, q->inner_end, "quotation \"%s\" has no speaker",
                  fl_buf_cstr(&b));
        fl_buf_free(&b);
    }
}

void fl_check_attribution(fl_check_ctx *ctx)
{
    /* the people of the extraction: lint_doc runs it whenever this rule is on */
    if (!ctx->speech)
        return;
    fl_ambiguity *amb;
    size_t namb = fl_speech_ambiguities(ctx->speech, &amb);
    for (size_t i = 0; i < namb; i++) {
        const fl_ambiguity *a = &amb[i];
        fl_buf names = {0};
        for (size_t x = 0; x < a->n; x++) {
            fl_buf_puts(&names, x == 0 ? "" : x + 1 == a->n ? " or " : ", ");
            fl_buf_puts(&names, a->who[x].name);
        }
        fl_buf word = {0};
        fl_buf_put(&word, a->text + a->start, a->end - a->start);
        fl_diag *dg = fl_report(ctx, FL_RULE_AMBIGUOUS_ATTRIBUTION, a->start, a->end, "\"%s\" could be %s",
                                fl_buf_cstr(&word), fl_buf_cstr(&names));
        for (size_t x = 0; x < a->n; x++)
            fl_report_related(ctx, dg, a->who[x].start, a->who[x].end, "%s is named here", a->who[x].name);
        fl_buf_free(&word);
        fl_buf_free(&names);
    }
    free(amb);
}
