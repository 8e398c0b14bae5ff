/* numcheck.c - numeric-conflict, numeric-arithmetic and date-inconsistency. */
#include "check/numcheck.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/map.h"
#include "run/ruletab.h"

/* ---- shared helpers ---- */

static void describe(fl_buf *b, const fl_claim *c, const fl_knowledge *k)
{
    const char *fam = k->metrics[c->family].id;
    fl_direction dir = k->metrics[c->family].direction;
    const char *src = c->src >= 0 ? k->entities[c->src].name : NULL;
    const char *dst = c->dst >= 0 ? k->entities[c->dst].name : NULL;
    fl_buf_printf(b, "%s", fam);
    if (c->subject && c->subject[0] && !src)
        fl_buf_printf(b, " of %s", c->subject);
    else if (dir == FL_DIR_NONE && src)
        fl_buf_printf(b, " of %s", src);
    else if (dir == FL_DIR_BETWEEN && src && dst)
        fl_buf_printf(b, " between %s and %s", src, dst);
    else if (dir == FL_DIR_ON && src && dst)
        fl_buf_printf(b, " by %s on %s", src, dst);
    else if (src && dst)
        fl_buf_printf(b, " from %s to %s", src, dst);
    char period[48];
    fl_claim_period(c, period, sizeof period);
    if (period[0])
        fl_buf_printf(b, ", %s", period);
    if (c->modality != FL_MOD_ACTUAL)
        fl_buf_printf(b, ", %s", (const char *const[]){"", "forecast", "target", "capacity"}[c->modality]);
}

/* The related note for a claim: "31 bcm here ("the utility delivered 31 bcm to Poland last year", 2024)". */
static char *related_text(const fl_claim *c)
{
    fl_buf b = {0};
    char period[48];
    fl_claim_period(c, period, sizeof period);
    fl_buf_printf(&b, "%s here (\"%s\"", c->text, c->context);
    if (period[0])
        fl_buf_printf(&b, ", %s", period);
    if (c->period_how == 2 && c->date_source == FL_DATE_INFERRED)
        fl_buf_puts(&b, ", the document's year inferred from the latest year it mentions");
    fl_buf_puts(&b, ")");
    return fl_buf_take(&b);
}

static int overlap(double alo, double ahi, double blo, double bhi)
{
    /* a tiny relative slack absorbs floating-point noise at touching ends (finite ends only: "more than
     * 350" reaches infinity, which must not make the slack infinite) */
    double m = 0;
    const double v[] = {alo, ahi, blo, bhi};
    for (int i = 0; i < 4; i++)
        if (isfinite(v[i]) && fabs(v[i]) > m)
            m = fabs(v[i]);
    double eps = 1e-9 * m;
    return alo <= bhi + eps && blo <= ahi + eps;
}

static void report_conflict(const fl_claim *c, const fl_claim *anchor, size_t agree, const fl_knowledge *k,
                            fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%s (", c->text);
    describe(&msg, c, k);
    fl_buf_printf(&msg, ") conflicts with %s stated elsewhere", anchor->text);
    if (agree > 1)
        fl_buf_printf(&msg, " (%zu statements agree with it)", agree);
    fl_diag *d = fl_sink_push(out, FL_RULE_NUMERIC_CONFLICT, fl_rule_table[FL_RULE_NUMERIC_CONFLICT].level, c->file,
                              c->start, c->end, fl_buf_take(&msg));
    fl_diag_relate(d, anchor->file, anchor->start, anchor->end, related_text(anchor));
    /* the documents are gone by now: the claims' own texts identify the spans */
    d->text_hash = fl_hash_text(c->text, strlen(c->text));
    d->related[0].text_hash = fl_hash_text(anchor->text, strlen(anchor->text));
}

/* ---- numeric-conflict ---- */

typedef struct {
    const fl_claim *c;
    size_t index;
} ref;

static int cmp_ref_order(const void *pa, const void *pb)
{
    const ref *a = pa, *b = pb;
    return a->index < b->index ? -1 : a->index > b->index;
}

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : a > b;
}

/* Counts, for each claim, how many claims of the group overlap it (itself included), in O(n log n). */
static void overlap_counts(const ref *g, size_t n, size_t *count)
{
    double *los = fl_xmalloc(n * sizeof(double)), *his = fl_xmalloc(n * sizeof(double));
    for (size_t i = 0; i < n; i++) {
        los[i] = g[i].c->lo;
        his[i] = g[i].c->hi;
    }
    qsort(los, n, sizeof(double), cmp_double);
    qsort(his, n, sizeof(double), cmp_double);
    for (size_t i = 0; i < n; i++) {
        /* #lo_j <= hi_i minus #hi_j < lo_i */
        size_t a = 0, b = n;
        while (a < b) {
            size_t m = (a + b) / 2;
            if (los[m] <= g[i].c->hi)
                a = m + 1;
            else
                b = m;
        }
        size_t le = a;
        a = 0;
        b = n;
        while (a < b) {
            size_t m = (a + b) / 2;
            if (his[m] < g[i].c->lo)
                a = m + 1;
            else
                b = m;
        }
        count[i] = le - a;
    }
    free(los);
    free(his);
}

/* Is one of two disagreeing figures of a running count (a death toll, arrests) a later report of it: larger,
 * in a document of a later date? A toll that grows is news, not a conflict; one that shrinks is. */
static int updated(const fl_claim *c, const fl_claim *a, const fl_knowledge *k)
{
    if (c->family < 0 || !k->metrics[c->family].cumulative || !c->doc_date || !a->doc_date ||
        c->doc_date == a->doc_date)
        return 0;
    const fl_claim *later = c->doc_date > a->doc_date ? c : a, *earlier = later == c ? a : c;
    return later->lo >= earlier->hi;
}

/* One group of claims with the same key: the claim most others agree with is the anchor; every claim that
 * does not overlap it is reported. */
static void judge_group(ref *g, size_t n, const unsigned char *reference, const fl_knowledge *k, fl_sink *out)
{
    if (n < 2)
        return;
    qsort(g, n, sizeof(ref), cmp_ref_order);
    size_t *count = fl_xmalloc(n * sizeof(size_t));
    overlap_counts(g, n, count);
    size_t anchor = 0;
    for (size_t i = 1; i < n; i++) {
        int ref_i = reference && reference[g[i].c->doc], ref_a = reference && reference[g[anchor].c->doc];
        /* most agreement wins; on a tie, what was already published (--against) is the anchor */
        if (count[i] > count[anchor] || (count[i] == count[anchor] && ref_i && !ref_a))
            anchor = i;
    }
    const fl_claim *a = g[anchor].c;
    for (size_t i = 0; i < n; i++) {
        const fl_claim *c = g[i].c;
        if (i == anchor || overlap(c->lo, c->hi, a->lo, a->hi) || (c->doc == a->doc && c->sentence == a->sentence))
            continue;
        if (updated(c, a, k))
            continue;
        if (reference && reference[c->doc])
            continue;
        report_conflict(c, a, count[anchor], k, out);
    }
    free(count);
}

/* May a claim take part in the corpus-wide join? Its period must not rest on an inferred document date. */
static int corpus_wide(const fl_claim *c)
{
    return !(c->period_how == 2 && c->date_source == FL_DATE_INFERRED);
}

static int items_match(const fl_claim *a, const fl_claim *b)
{
    return !a->item[0] || !b->item[0] || strcmp(a->item, b->item) == 0;
}

static int cmp_base(const void *pa, const void *pb)
{
    const ref *a = pa, *b = pb;
    if (a->c->doc != b->c->doc)
        return a->c->doc < b->c->doc ? -1 : 1;
    int s = strcmp(a->c->key_base, b->c->key_base);
    if (s)
        return s;
    return a->index < b->index ? -1 : a->index > b->index;
}

enum { MAX_PARTIAL_GROUP = 200 };

/* Within one document, claims whose period or item is unknown are compared with the others of the same
 * family, parties, dimension and modality. The later one of a disagreeing pair is reported. */
static void partial_join(const fl_claims *all, const unsigned char *reference, const fl_knowledge *k, fl_sink *out)
{
    ref *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < all->len; i++) {
        if (!all->items[i].key_base)
            continue;
        FL_GROW(v, cap, n + 1);
        v[n++] = (ref){&all->items[i], i};
    }
    if (n > 1)
        qsort(v, n, sizeof(ref), cmp_base);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && v[j].c->doc == v[i].c->doc && strcmp(v[j].c->key_base, v[i].c->key_base) == 0)
            j++;
        if (j - i <= MAX_PARTIAL_GROUP) {
            for (size_t b = i + 1; b < j; b++) {
                const fl_claim *cb = v[b].c;
                for (size_t a = i; a < b; a++) {
                    const fl_claim *ca = v[a].c;
                    /* the exact join compared them already, unless one of them joined only within the document */
                    int both_keyed = ca->key && cb->key && corpus_wide(ca) == corpus_wide(cb) &&
                                     (strcmp(ca->key, cb->key) == 0 || strcmp(ca->item, cb->item) == 0);
                    if (both_keyed)
                        continue; /* the exact join compares them (or their periods differ) */
                    if (ca->year && cb->year &&
                        (ca->year != cb->year || ca->month != cb->month || ca->part != cb->part))
                        continue;
                    /* two figures without a period may be of any two times (a company's revenue over the
                     * years): of a named subject that is no country, one of them must have a period */
                    if (!ca->year && !cb->year && ca->src < 0)
                        continue;
                    if (!items_match(ca, cb) || overlap(ca->lo, ca->hi, cb->lo, cb->hi) || ca->sentence == cb->sentence)
                        continue;
                    if (!(reference && reference[cb->doc]))
                        report_conflict(cb, ca, 1, k, out);
                    break;
                }
            }
        }
        i = j;
    }
    free(v);
}

void fl_check_conflicts(const fl_rules *r, const fl_claims *all, const unsigned char *reference, int joins,
                        fl_sink *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    if (joins & FL_CONFLICT_WITHIN)
        partial_join(all, reference, k, out);
    if (!(joins & FL_CONFLICT_KEYED))
        return;
    /* exact join: a hash on the full key; claims whose period rests on an inferred date join only within
     * their document */
    fl_map groups;
    fl_map_init(&groups, 0);
    ref **members = NULL;
    size_t *sizes = NULL, *caps = NULL, ngroups = 0, capg = 0;
    fl_buf key = {0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!c->key)
            continue;
        key.len = 0;
        if (!corpus_wide(c))
            fl_buf_printf(&key, "#%zu|", c->doc);
        fl_buf_puts(&key, c->key);
        int g = fl_map_get(&groups, key.ptr, key.len);
        if (g < 0) {
            g = (int)ngroups;
            fl_map_put(&groups, key.ptr, key.len, g);
            size_t old = capg;
            FL_GROW(members, capg, ngroups + 1);
            if (capg != old) {
                sizes = fl_xrealloc(sizes, capg * sizeof(size_t));
                caps = fl_xrealloc(caps, capg * sizeof(size_t));
            }
            members[ngroups] = NULL;
            sizes[ngroups] = caps[ngroups] = 0;
            ngroups++;
        }
        FL_GROW(members[g], caps[g], sizes[g] + 1);
        members[g][sizes[g]++] = (ref){c, i};
    }
    for (size_t g = 0; g < ngroups; g++) {
        judge_group(members[g], sizes[g], reference, k, out);
        free(members[g]);
    }
    free(members);
    free(sizes);
    free(caps);
    fl_buf_free(&key);
    fl_map_free(&groups);
}

/* ---- numeric-arithmetic ---- */

static int same_measure(const char *a, const char *b)
{
    /* "volume" and "volume/year" measure the same thing for a share */
    size_t la = strcspn(a, "/"), lb = strcspn(b, "/");
    if (strncmp(a, "money:", 6) == 0 || strncmp(b, "money:", 6) == 0)
        return strcmp(a, b) == 0;
    return la == lb && strncmp(a, b, la) == 0;
}

static inline int tok_is(const char *text, const fl_token *t, size_t i, size_t n, const char *w)
{
    return fl_token_is(text, t, n, i, w);
}

/* The value of q in the units it was printed in: 21.3 for "21.3 bcm", 200 for "200 billion cubic
 * metres". */
static double printed(const fl_facts *f, const fl_qty *q)
{
    const fl_num *x = &f->num[q->num];
    return x->value / (x->scaled ? x->scale : 1);
}

static void fmt_num(fl_buf *b, double v)
{
    if (fabs(v) >= 100 || v == floor(v))
        fl_buf_printf(b, "%.0f", v);
    else if (fabs(v) >= 10)
        fl_buf_printf(b, "%.1f", v);
    else
        fl_buf_printf(b, "%.3g", v);
}

/* "X, about P% of Y": P is a percentage (or a proportion) followed by "of", Y the first amount after it,
 * X the nearest amount of the same measure before it (this sentence or the one before) that is stated as
 * actual. */
static void check_share(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_claims *cl = ctx->claims;
    const fl_qty *p = &f->qty[qi];
    const char *text = ctx->doc->text;
    if (p->kind != FL_QK_PERCENT || !tok_is(text, f->tok, p->tok_end, f->ntok, "of"))
        return;
    const fl_qty *y = NULL, *x = NULL;
    for (size_t k = qi + 1; k < f->sent_qty[s + 1] && !y; k++)
        if (f->qty[k].kind == FL_QK_UNIT || f->qty[k].kind == FL_QK_MONEY)
            y = &f->qty[k];
    if (!y)
        return;
    size_t from = s > 0 ? f->sent_qty[s - 1] : f->sent_qty[s];
    for (size_t k = qi; k-- > from;) {
        const fl_qty *c = &f->qty[k];
        int mod = f->qty_claim[k] >= 0 ? cl->items[f->qty_claim[k]].modality : FL_MOD_ACTUAL;
        if ((c->kind == FL_QK_UNIT || c->kind == FL_QK_MONEY) && same_measure(c->dim, y->dim) && mod == FL_MOD_ACTUAL &&
            c->qualifier != FL_Q_UP_TO && c->qualifier != FL_Q_AT_LEAST) {
            x = c;
            break;
        }
    }
    if (!x || y->lo <= 0 || isinf(x->hi) || isinf(y->hi))
        return;
    double lo = 100 * x->lo / y->hi, hi = 100 * x->hi / y->lo;
    if (overlap(lo, hi, p->lo, p->hi))
        return;
    double py = printed(f, y);
    double shown_x = x->value / (y->value / py); /* X in Y's printed units */
    fl_buf msg = {0};
    fmt_num(&msg, shown_x);
    fl_buf_puts(&msg, " / ");
    fmt_num(&msg, py);
    fl_buf_printf(&msg, " = %.1f%%, not ", 100 * x->value / y->value);
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    fl_buf part = {0}, whole = {0};
    fl_excerpt(&part, ctx->doc, x->qstart, x->end, 60);
    fl_excerpt(&whole, ctx->doc, y->qstart, y->end, 60);
    fl_report_related(ctx, d, x->qstart, x->end, "the part: %s", fl_buf_cstr(&part));
    fl_report_related(ctx, d, y->qstart, y->end, "the whole: %s", fl_buf_cstr(&whole));
    fl_buf_free(&part);
    fl_buf_free(&whole);
}

/* A change "rose P% to X from Y" / "X, up P% from Y" / "doubled from Y to X" in one sentence. */
static void check_change(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1];
    size_t q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
    if (q1 - q0 < 2)
        return;
    /* the amounts after "from" and after "to" */
    const fl_qty *x = NULL, *y = NULL, *p = NULL;
    for (size_t qi = q0; qi < q1; qi++) {
        const fl_qty *q = &f->qty[qi];
        if (q->kind == FL_QK_PERCENT && !p)
            p = q;
        else if ((q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY) && q->tok > a) {
            if (tok_is(text, f->tok, q->tok - 1, f->ntok, "from") && !y)
                y = q;
            else if (tok_is(text, f->tok, q->tok - 1, f->ntok, "to") && !x)
                x = q;
        }
    }
    if (!x || !y || x == y || strcmp(x->dim, y->dim) != 0 || y->lo <= 0 || isinf(x->hi) || isinf(y->hi) ||
        x->qualifier >= 0 || y->qualifier >= 0)
        return;
    /* the word of change nearest before the percentage or the amounts */
    int dir = 0;
    double multiple = 0;
    size_t used;
    size_t stop = p ? p->tok : (x->tok < y->tok ? x->tok : y->tok);
    for (size_t i = stop; i-- > a && stop - i <= 6;) {
        int mi = fl_phrases_at(&k->multiples, text, f->tok, b, i, &used);
        if (mi >= 0 && !p) {
            multiple = k->values[mi];
            break;
        }
        if (fl_phrases_at(&k->increase, text, f->tok, b, i, &used) >= 0) {
            dir = 1;
            break;
        }
        if (fl_phrases_at(&k->decrease, text, f->tok, b, i, &used) >= 0) {
            dir = -1;
            break;
        }
    }
    fl_buf msg = {0};
    const fl_qty *at = p ? p : x;
    if (p && dir) {
        double lo = 100 * (x->lo - y->hi) / y->hi, hi = 100 * (x->hi - y->lo) / y->lo;
        double plo = dir > 0 ? p->lo : -p->hi, phi = dir > 0 ? p->hi : -p->lo;
        if (overlap(lo, hi, plo, phi))
            return;
        double pct = 100 * (x->value - y->value) / y->value;
        fl_buf_puts(&msg, "from ");
        fmt_num(&msg, printed(f, y));
        fl_buf_puts(&msg, " to ");
        fmt_num(&msg, x->value / (y->value / printed(f, y)));
        fl_buf_printf(&msg, " is a change of %+.1f%%, not %s", pct, dir > 0 ? "+" : "-");
        fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 40);
    } else if (!p && multiple > 0) {
        double lo = x->lo / y->hi, hi = x->hi / y->lo;
        if (overlap(lo, hi, multiple * 0.95, multiple * 1.05))
            return;
        fl_buf_puts(&msg, "from ");
        fmt_num(&msg, printed(f, y));
        fl_buf_puts(&msg, " to ");
        fmt_num(&msg, x->value / (y->value / printed(f, y)));
        fl_buf_printf(&msg, " is %.2f times, not %g times", x->value / y->value, multiple);
    } else {
        fl_buf_free(&msg);
        return;
    }
    fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, at->qstart, at->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
}

void fl_check_arithmetic(fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    if (!f || !ctx->claims)
        return;
    for (size_t s = 0; s < ctx->doc->nsent; s++) {
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            check_share(ctx, s, qi);
        check_change(ctx, s);
    }
}

/* ---- date-inconsistency ---- */

/* The year in force for sentence s: stated or carried in it, else the document's date unless inferred. */
static int year_in_force(const fl_check_ctx *ctx, size_t s, int *how)
{
    const fl_facts *f = ctx->facts;
    if (f->sent_year[s]) {
        *how = f->sent_year_carried[s] ? 2 : 1;
        return f->sent_year[s];
    }
    if (f->date.year && f->date.source != FL_DATE_INFERRED) {
        *how = 3;
        return f->date.year;
    }
    return 0;
}

static double ordinal_at(const fl_check_ctx *ctx, size_t i, size_t end)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_token *t = &f->tok[i];
    if (t->kind == FL_TOK_ORD) {
        double v;
        size_t len = t->end - t->start;
        while (len > 0 && !fl_is_ascii_digit((unsigned char)text[t->start + len - 1]))
            len--;
        return fl_parse_digits(text + t->start, len, &v) == 0 ? v : NAN;
    }
    size_t used;
    int idx = fl_phrases_at(&k->ordinals, text, f->tok, end, i, &used);
    return idx >= 0 ? k->values[idx] : NAN;
}

/* "the 80th anniversary of E" / "N years after E" in sentence s. */
static void check_anniversaries(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    for (size_t i = a; i + 2 < b; i++) {
        double n = NAN;
        size_t ev = 0;
        if (fl_phrases_at(&k->anniversary, text, f->tok, b, i + 1, &used) >= 0 &&
            tok_is(text, f->tok, i + 1 + used, b, "of")) {
            n = ordinal_at(ctx, i, b);
            ev = i + 2 + used;
        } else if (f->tok[i].kind == FL_TOK_NUM || f->tok[i].kind == FL_TOK_WORD) {
            if (fl_phrases_at(&k->years_after, text, f->tok, b, i + 1, &used) >= 0) {
                for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
                    if (f->num[x].tok == i && f->num[x].ntok == 1 && !f->num[x].nonclaim)
                        n = f->num[x].value;
                ev = i + 1 + used;
            }
        }
        if (isnan(n) || n <= 0 || n > 1000)
            continue;
        while (ev < b && tok_is(text, f->tok, ev, b, "the"))
            ev++;
        int year = fl_phrases_at(&k->events, text, f->tok, b, ev, &used);
        if (year <= 0)
            continue;
        int how;
        int force = year_in_force(ctx, s, &how);
        int expect = year + (int)n;
        if (!force || force == expect)
            continue;
        fl_buf ph = {0};
        size_t end = f->tok[ev + used - 1].end;
        fl_excerpt(&ph, ctx->doc, f->tok[i].start, end, 100);
        static const char *const from[] = {"", "this sentence's year", "\"that year\"", "the document's date"};
        fl_diag *d = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, f->tok[i].start, end,
                               "\"%s\" (%d) falls in %d, but the year here is %d (%s)", fl_buf_cstr(&ph), year, expect,
                               force, from[how]);
        if (how == 1 || how == 2) {
            size_t yt = f->sent_year_tok[s];
            fl_report_related(ctx, d, f->tok[yt].start, f->tok[yt].end,
                              how == 2 ? "\"that year\" is here" : "%d is stated here", force);
            if (how == 2) {
                size_t pt = f->sent_year_from_tok[s];
                fl_report_related(ctx, d, f->tok[pt].start, f->tok[pt].end, "%d is stated here", force);
            }
        }
        fl_buf_free(&ph);
    }
}

/* "Thursday, July 24, 2025" / "Thursday 24 July": the weekday must match. */
static void check_weekdays(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (size_t i = a; i + 1 < b; i++) {
        int wd = fl_phrases_at(&k->weekdays, text, f->tok, b, i, &used);
        if (wd < 0)
            continue;
        size_t j = i + used;
        if (j < b && f->tok[j].kind == FL_TOK_PUNCT && text[f->tok[j].start] == ',')
            j++;
        if (j >= b)
            continue;
        fl_date dt;
        size_t len = fl_parse_date(text + f->tok[j].start, ctx->doc->len - f->tok[j].start, ctx->rules, &dt);
        if (!len || !dt.day || !dt.month)
            continue;
        int how = 1;
        if (!dt.year)
            dt.year = year_in_force(ctx, s, &how);
        if (!dt.year)
            continue;
        int real = fl_weekday(dt.year, dt.month, dt.day);
        if (real == wd)
            continue;
        fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, f->tok[i].start, f->tok[j].start + len,
                  "%d-%02d-%02d was a %s, not a %s", dt.year, dt.month, dt.day, names[real], names[wd]);
    }
}

void fl_check_dates(fl_check_ctx *ctx)
{
    if (!ctx->facts)
        return;
    for (size_t s = 0; s < ctx->doc->nsent; s++) {
        check_anniversaries(ctx, s);
        check_weekdays(ctx, s);
    }
}
