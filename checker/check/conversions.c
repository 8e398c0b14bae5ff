/* conversions.c - numeric-conflict within a sentence: an amount and its conversion into another unit in the
 * parentheses right after it ("86km (53 miles)", "1,600 acres (650 hectares)", "minus 11C (12F)") state one
 * amount twice, so the two must agree within the rounding of both and the units.json conversion tolerance.
 * Counts are never conversions: "2.3 million people (960,000 households)" counts two kinds of thing. */
#include "check/conversions.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check/numcheck.h"
#include "core/rules.h"
#include "doc/excerpt.h"
#include "extract/claims.h"
#include "extract/quantities.h"
#include "packs/rulepack.h"
#include "syntax/syntax.h"

/* The quantity that converts quantity qi in the parentheses right after it, hedge allowed and nothing else in
 * them ("86km (about 53 miles)"); NULL when there is none. Either side may be a compound ("5ft 9in" is one
 * quantity). An aside after ", or" is or_converted's. */
static const fl_qty *aside_of(const fl_check_ctx *ctx, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *q = &f->qty[qi];
    if (qi + 1 >= f->nqty)
        return NULL;
    const fl_qty *r = &f->qty[qi + 1];
    size_t open = q->tok_end, first = open + 1; /* the aside's first token */
    if (first >= f->ntok || !fl_mark_at(ctx, open, '(') || r->qstart != f->tok[first].start || r->tok_end >= f->ntok ||
        !fl_mark_at(ctx, r->tok_end, ')'))
        return NULL;
    return r;
}

enum { OR_REACH = 12 }; /* the words at most between an amount and the ", or" of its conversion */

/* Is token i in the lexicon lex of rules r (NULL lexicon: never)? */
static int lex_at(const fl_check_ctx *ctx, const fl_lexicon *lex, size_t i)
{
    return lex && i < ctx->facts->ntok && fl_lexicon_has_token(lex, ctx->doc->text, &ctx->facts->tok[i], 1);
}

/* Does a word that makes two amounts choices stand in the clause of quantity a before it ("choose between 10
 * miles, or 5km": units.json or-alternative-cues), or a modal of permission or option that the tagger reads as one
 * ("Runners can do the short course of 5km, or 10 miles": or-choice-modals)? */
static int alternatives_before(const fl_check_ctx *ctx, size_t qa)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *cues = fl_rules_lexicon(ctx->rules, "or-alternative-cues");
    const fl_lexicon *modals = fl_rules_lexicon(ctx->rules, "or-choice-modals");
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    size_t from = f->qty_clause ? f->qty_clause[qa] : f->qty[qa].tok, n = f->qty[qa].tok - from;
    int modal = 0;
    for (size_t i = from; i < f->qty[qa].tok; i++) {
        if (lex_at(ctx, cues, i))
            return 1;
        modal |= lex_at(ctx, modals, i);
    }
    if (!modal || !sx || n > 256)
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, from, n); /* the clause up to the amount, tagged: "may" is no month here */
    int choice = 0;
    for (size_t i = 0; i < n && !choice; i++)
        choice = tags[i] == FL_TAG_MD && lex_at(ctx, modals, from + i);
    free(tags);
    return choice;
}

/* The quantity index that converts quantity qr when qr is told after ", or", hedge allowed, and ends at a mark of
 * or-conversion-ends or the sentence's end ("logged 38mm of rain in 40 minutes, or nearly 3 inches."): the last
 * quantity of its dimension before the comma in the sentence, with only words and quantities of other dimensions
 * between, and no word of choice before it in its clause; SIZE_MAX when there is none, or when the last such
 * quantity is a rate (a total of a rate: "30 hours a week for 38 weeks a year, or 1,140 hours"). */
static size_t or_converted(const fl_check_ctx *ctx, size_t qr)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *r = &f->qty[qr];
    size_t or_tok = r->tok; /* r->tok is its number; its hedge, if any, stands between "or" and it */
    while (or_tok > 0 && f->tok[or_tok - 1].start >= r->qstart)
        or_tok--;
    if (or_tok < 2 || f->tok[or_tok - 1].start >= r->qstart ||
        !fl_role_at(ctx->rules, FL_ROLE_OR, ctx->doc->text, f->tok, f->ntok, or_tok - 1) ||
        !fl_mark_at(ctx, or_tok - 2, ','))
        return SIZE_MAX;
    size_t comma = or_tok - 2;
    const fl_lexicon *ends = fl_rules_lexicon(ctx->rules, "or-conversion-ends");
    size_t s = 0, hi = ctx->doc->nsent; /* the sentence of r: the last whose first token is at most r's */
    while (s + 1 < hi) {
        size_t mid = s + (hi - s) / 2;
        if (f->sent_tok[mid] <= r->tok)
            s = mid;
        else
            hi = mid;
    }
    if (!(r->tok_end >= f->sent_tok[s + 1] || lex_at(ctx, ends, r->tok_end)))
        return SIZE_MAX; /* "20 miles, or 30 km by the old road": another amount, qualified */
    for (size_t qa = qr; qa-- > f->sent_qty[s];) {
        const fl_qty *a = &f->qty[qa];
        if (a->tok_end > comma)
            continue;
        if (comma - a->tok_end > OR_REACH)
            return SIZE_MAX; /* too far back to be what the aside restates */
        for (size_t i = a->tok_end; i < comma; i++)
            if (f->tok[i].kind == FL_TOK_PUNCT)
                return SIZE_MAX; /* a mark between: another phrase's amount */
        size_t n = strlen(r->dim);
        if (strncmp(a->dim, r->dim, n) != 0 || (a->dim[n] && a->dim[n] != '/'))
            continue; /* "in 40 minutes": an amount of another dimension between */
        if (a->kind != FL_QK_UNIT || a->dim[n])
            return SIZE_MAX; /* "30 hours a week for 38 weeks a year, or 1,140 hours": a rate's product, no conversion
                              */
        return alternatives_before(ctx, qa) ? SIZE_MAX : qa;
    }
    return SIZE_MAX;
}

/* The amounts [*lo, *hi] quantity q states in its dimension's canonical unit: as a temperature's difference
 * (diff: its scale's offset taken off, "rose by 5C (9F)") or as a reading; alt: in the value its unit's bare name
 * has in another country's usage (also_factor: an imperial gallon). */
static void stated(const fl_knowledge *k, const fl_qty *q, int diff, int alt, double *lo, double *hi)
{
    const fl_unit *u = &k->units[q->unit];
    double off = u->offset, m = alt ? u->also_factor / u->factor : 1;
    *lo = (q->lo - off) * m + (diff ? 0 : off);
    *hi = (q->hi - off) * m + (diff ? 0 : off);
}

/* Do a and r state one amount: their intervals meet once widened by the tolerance (a share of the larger
 * amount), as readings or, for scales with an offset, as differences, in either usage of a unit's name? */
static int agree(const fl_knowledge *k, const fl_qty *a, const fl_qty *r, double tol)
{
    int diffs = k->units[a->unit].offset != 0 || k->units[r->unit].offset != 0;
    int alts = (k->units[a->unit].also_factor > 0) | (k->units[r->unit].also_factor > 0) << 1;
    for (int diff = 0; diff <= diffs; diff++)
        for (int alt = 0; alt <= 3; alt++) {
            if ((alt & alts) != alt)
                continue;
            double alo, ahi, rlo, rhi;
            stated(k, a, diff, alt & 1, &alo, &ahi);
            stated(k, r, diff, alt >> 1, &rlo, &rhi);
            double gap = fmax(rlo - ahi, alo - rhi);
            double size = fmax(fmax(fabs(alo), fabs(ahi)), fmax(fabs(rlo), fabs(rhi)));
            if (gap <= tol * size)
                return 1;
        }
    return 0;
}

/* The amount of quantity a in the unit of quantity r, as printed: "53.4". */
static void in_unit_of(fl_buf *b, const fl_knowledge *k, const fl_qty *a, const fl_qty *r)
{
    double v = (a->value - k->units[r->unit].offset) / k->units[r->unit].factor;
    double m = fabs(v);
    fl_buf_printf(b, "%.*f", m >= 100 ? 0 : m >= 10 ? 1 : 2, v);
}

/* Where the unit of quantity r ends: its end, or before the number of a compound's second part ("5ft 4in": the
 * "ft"). */
static size_t unit_text_end(const fl_check_ctx *ctx, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    size_t end = f->num[r->num].end;
    for (size_t i = f->num[r->num].tok + f->num[r->num].ntok; i < r->tok_end; i++) {
        if (f->tok[i].kind == FL_TOK_NUM)
            break;
        end = f->tok[i].end;
    }
    return end;
}

void fl_check_conversions(fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    if (!f)
        return;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    for (size_t qi = 0; qi < f->nqty; qi++) {
        const fl_qty *a = &f->qty[qi];
        const fl_qty *r = aside_of(ctx, qi);
        size_t qa = r || f->qty[qi].kind != FL_QK_UNIT ? SIZE_MAX : or_converted(ctx, qi);
        if (qa != SIZE_MAX) { /* qi is the aside of an amount before it */
            r = &f->qty[qi];
            a = &f->qty[qa];
        }
        if (a->kind != FL_QK_UNIT || !r || r->kind != FL_QK_UNIT || r->unit == a->unit || strcmp(a->dim, r->dim) != 0 ||
            fl_count_dimension(ctx->rules, a->dim) || f->num[a->num].range || f->num[r->num].range ||
            agree(k, a, r, k->conversion_tolerance))
            continue;
        fl_buf said = {0}, conv = {0}, want = {0};
        fl_excerpt(&said, ctx->doc, a->start, a->end, 40);
        fl_excerpt(&conv, ctx->doc, r->start, r->end, 40);
        in_unit_of(&want, k, a, r);
        size_t unit = f->num[r->num].end, unit_end = unit_text_end(ctx, r); /* as the aside writes it */
        while (unit < unit_end && ctx->doc->text[unit] == ' ')
            unit++;
        fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_CONFLICT, r->start, r->end,
                               "\"%s\" is not the amount \"%s\" it converts: that is about %s %.*s", fl_buf_cstr(&conv),
                               fl_buf_cstr(&said), fl_buf_cstr(&want), (int)(unit_end - unit), ctx->doc->text + unit);
        fl_report_related(ctx, d, a->start, a->end, "the amount it converts");
        fl_buf_free(&said);
        fl_buf_free(&conv);
        fl_buf_free(&want);
        qi += qa == SIZE_MAX;
    }
}
