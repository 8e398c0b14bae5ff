/* numcheck.c - the per-document numeric rules: numeric-arithmetic and date-inconsistency. */
#include "check/numcheck.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/interval.h"
#include "core/map.h"
#include "core/rules.h"
#include "check/named.h"
#include "doc/excerpt.h"
#include "extract/quantities.h"
#include "extract/tables.h"
#include "packs/rulepack.h"
#include "syntax/syntax.h"

/* ---- numeric-arithmetic ---- */

static int same_measure(const char *a, const char *b)
{
    /* "volume" and "volume/year" measure the same thing for a share */
    size_t la = strcspn(a, "/"), lb = strcspn(b, "/");
    if (strncmp(a, "money:", 6) == 0 || strncmp(b, "money:", 6) == 0)
        return strcmp(a, b) == 0;
    return la == lb && strncmp(a, b, la) == 0;
}

/* Is token i (of the first n) a word of the role (rules/grammar.json)? */
static inline int role(const fl_check_ctx *ctx, size_t i, size_t n, fl_role w)
{
    return fl_role_at(ctx->rules, w, ctx->doc->text, ctx->facts->tok, n, i);
}

/* The first token from i, before end, past the determiners there ("the", "all the") of the sentence that ends at
 * token b. */
static size_t past_determiners(const fl_check_ctx *ctx, size_t i, size_t end, size_t b)
{
    size_t used;
    while (i < end && fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, ctx->facts->tok, b, i,
                                    &used) >= 0)
        i += used;
    return i;
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
    if (v != floor(v) && fabs(v) < 1e6 && fabs(v * 100 - round(v * 100)) < 1e-6) {
        /* a price as printed: "38.25", "42.5" */
        char t[32];
        snprintf(t, sizeof t, "%.2f", v);
        size_t n = strlen(t);
        while (n && t[n - 1] == '0')
            n--;
        n -= n && t[n - 1] == '.'; /* "2.00" of a value a hair above 2 is "2" */
        fl_buf_put(b, t, n);
    } else if (fabs(v) >= 100 || v == floor(v))
        fl_buf_printf(b, "%.0f", v);
    else if (fabs(v) >= 10)
        fl_buf_printf(b, "%.1f", v);
    else
        fl_buf_printf(b, "%.3g", v);
}

/* The percentages [*lo, *hi] that p states. A simple fraction in words ("a quarter", "one in five") is a
 * rounder figure than its digits: it stands for what is nearer to it than to the next simple fraction on
 * either side (a quarter: 22.5-29.2%), and a hedge ("about a quarter", "nearly a fifth") stretches it to the
 * next fraction itself (about a quarter: 20-33.3%; nearly a fifth: 16.7-20%). */
static void stated_share(const fl_facts *f, const fl_qty *p, double *lo, double *hi)
{
    const fl_num *x = &f->num[p->num];
    *lo = p->lo;
    *hi = p->hi;
    double n = x->value > 0 ? 1 / x->value : 0;
    if (!x->words || !x->proportion || n < 2 || n > 10 || fabs(n - round(n)) > 1e-6)
        return;
    if (p->qualifier >= 0 && p->qualifier != FL_Q_APPROX && p->qualifier != FL_Q_NEARLY)
        return; /* "more than a quarter": a bound */
    n = round(n);
    double up = n == 2 ? 2.0 / 3 : 1 / (n - 1), down = 1 / (n + 1), v = 1 / n;
    int hedged = p->qualifier >= 0;
    *lo = fmin(*lo, 100 * (hedged ? down : (v + down) / 2));
    if (p->qualifier != FL_Q_NEARLY)
        *hi = fmax(*hi, 100 * (hedged ? up : (v + up) / 2));
}

/* Does the percentage p state a value in [lo, hi]? */
static int share_fits(const fl_facts *f, double lo, double hi, const fl_qty *p)
{
    double plo, phi;
    stated_share(f, p, &plo, &phi);
    return fl_interval_overlap(lo, hi, plo, phi);
}

static int exact_thing_count(const fl_check_ctx *ctx, const fl_qty *q);
static size_t opening_qty(const fl_facts *f, size_t s);
static int countable(const fl_check_ctx *ctx, const fl_qty *q);
static int part_of(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y);
static int count_share_fits(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *p);
static int exact_count(const fl_facts *f, const fl_qty *q);
static const fl_qty *cell_qty(const fl_facts *f, fl_tspan sp);
static int qualified_before(const fl_check_ctx *ctx, size_t i, size_t a);
static void check_excess_bare(fl_check_ctx *ctx, size_t s, const fl_qty *p, size_t at, size_t from, int dir);
static const fl_qty *amount_of_num(const fl_check_ctx *ctx, size_t s, size_t ni, fl_qty *out);
static int clause_mark(const char *text, const fl_token *t);
static size_t qualifier_tok(const fl_facts *f, const fl_qty *p);

/* Does a full stop, a semicolon, a question or exclamation mark stand in tokens [from, to)? */
static int stop_in(const fl_check_ctx *ctx, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (ctx->facts->tok[i].kind == FL_TOK_PUNCT && strchr(".;?!", ctx->doc->text[ctx->facts->tok[i].start]))
            return 1;
    return 0;
}

/* Does a full stop, a semicolon, a question or exclamation mark stand between amounts p and y (p first)? A
 * sentence that runs on past a footnote marker ("... of 55,000.[1] The campaign ... four deaths") is two. */
static int stop_between(const fl_check_ctx *ctx, const fl_qty *p, const fl_qty *y)
{
    return stop_in(ctx, p->tok_end, y->tok < ctx->facts->ntok ? y->tok : ctx->facts->ntok);
}

/* Does token t open an aside: a comma, an opening parenthesis or a dash ("-", an en or em dash)? */
static int aside_mark(const char *text, const fl_token *t)
{
    const unsigned char *c = (const unsigned char *)text + t->start;
    size_t len = t->end - t->start;
    if (t->kind != FL_TOK_PUNCT)
        return 0;
    return (len == 1 && (c[0] == ',' || c[0] == '(' || c[0] == '-')) ||
           (len == 3 && c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94));
}

/* Does token t open an apposition: a comma or a dash (a hyphen only with a space before it, not the one of
 * "2024-25")? */
static int apposition_mark(const char *text, const fl_token *t)
{
    return aside_mark(text, t) && text[t->start] != '(' && (text[t->start] != '-' || t->space_before);
}

/* Is the amount y after a share's "of" the base of a change ("grew to £51.7 million, or 28 per cent of group
 * revenue, from £43.6 million": a "from" right before it)? The whole is then unstated. */
static int whole_cut_off(const fl_check_ctx *ctx, const fl_qty *y)
{
    return y->tok > 0 && role(ctx, y->tok - 1, ctx->facts->ntok, FL_ROLE_FROM);
}

/* The parse of sentence s's text (from sent_open), its words in *words (free both); NULL with no model or for a
 * sentence longer than a parse is worth (a flattened table). */
static fl_parse *parse_sentence(const fl_check_ctx *ctx, size_t s, fl_str **words)
{
    const fl_facts *f = ctx->facts;
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    size_t a0 = f->sent_open[s], b = f->sent_tok[s + 1];
    *words = NULL;
    if (!sx || b <= a0 || b - a0 > 256)
        return NULL;
    *words = fl_xmalloc((b - a0) * sizeof **words);
    fl_syntax_words(ctx->doc->text, f->tok + a0, b - a0, *words);
    return fl_syntax_parse(sx, *words, b - a0);
}

/* Is token i of sentence s a finite verb (past, present or modal) in the sentence's parse p (a0 its first token)? */
static int finite_verb_at(const fl_parse *p, size_t a0, size_t i)
{
    if (!p || i < a0 || i - a0 >= p->n)
        return 0;
    int t = p->tags[i - a0];
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_MD;
}

/* Does amount y stand in the "of" phrase of share p: no comma, bracket, colon or dash between them, but for a
 * comma that opens a relative clause on the phrase ("15% of its former exports, which peaked at 200 bcm"), and no
 * form of "be" nor other finite verb outside such a clause (the verb the phrase is the subject of: "85% of
 * residents live within 500 m of one")? In
 * "88% of average, and only nine days ..." or "15% of the group total, while ... £48.9m" the whole is left
 * unstated and the amount after it is another clause's; in "half of it met by a £2,100 grant" it is a pronoun's. */
static int in_of_phrase(const fl_check_ctx *ctx, size_t s, const fl_qty *p, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    size_t used;
    int relative = 0, in = 1;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    size_t a0 = f->sent_open[s];
    if (ps && p->tok_end + 1 >= a0 && p->tok_end + 1 - a0 < ps->n && ps->tags[p->tok_end + 1 - a0] == FL_TAG_PRON)
        in = 0; /* "half of it met by a £2,100 grant": the whole is the pronoun's, named before */
    for (size_t i = p->tok_end; i < y->tok && i < f->ntok && in; i++) {
        if (f->tok[i].kind == FL_TOK_PUNCT && text[f->tok[i].start] == ',' && i + 1 < y->tok &&
            fl_phrases_at(&k->relatives, text, f->tok, y->tok, i + 1, &used) >= 0) {
            relative = 1;
            continue;
        }
        if (aside_mark(text, &f->tok[i]) || (f->tok[i].kind == FL_TOK_PUNCT && strchr(")[]:", text[f->tok[i].start])))
            in = 0;
        else if (!relative && f->tok[i].kind == FL_TOK_WORD && !fl_token_is_possessive(text, &f->tok[i]) &&
                 !(i > 0 && f->tok[i].start == f->tok[i - 1].end) &&
                 ((be && fl_lexicon_has_token(be, text, &f->tok[i], 1)) || finite_verb_at(ps, a0, i)))
            in = 0; /* "87% of pick-ups were within the 10-minute window": the phrase ended at its verb */
    }
    fl_parse_free(ps);
    free(words);
    return in;
}

/* Does sentence s open by pointing back to a figure of the sentence before: a word of "figure-anaphors" ("That was
 * about 25% of ..."), or a determiner and one ("The figure is 25% of ...")? A sentence that opens with a noun
 * phrase of its own ("The plant ran at 81% of its capacity") does not: its part is its own. */
static int points_back(const fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "figure-anaphors");
    size_t used, a0 = f->sent_tok[s], b = f->sent_tok[s + 1];
    if (s == 0 || a0 >= b || !ana)
        return 0;
    if (fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[a0], 1))
        return 1;
    return a0 + 1 < b &&
           fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, f->tok, b, a0, &used) >= 0 &&
           used == 1 && fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[a0 + 1], 1);
}

/* "X, about P% of Y": P is a percentage (or a proportion) followed by "of", Y the first amount after it with
 * no stop between them, X the nearest amount of the same measure before it, in the sentence (or the one before, when
 * this one points back to it) that is stated as actual. */
static void check_share(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    if (p->kind != FL_QK_PERCENT || !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF))
        return;
    const fl_qty *y = NULL, *x = NULL;
    for (size_t k = qi + 1; k < f->sent_qty[s + 1] && !y; k++)
        if ((f->qty[k].kind == FL_QK_UNIT || f->qty[k].kind == FL_QK_MONEY) && !stop_between(ctx, p, &f->qty[k]))
            y = &f->qty[k];
    if (!y || whole_cut_off(ctx, y) || !in_of_phrase(ctx, s, p, y))
        return;
    /* the part is in the share's sentence, or in the one before when this one opens by pointing back to it
     * ("... won 1.2 million votes. That was about 25% of ..."); a figure before it otherwise is about
     * something else */
    size_t from = points_back(ctx, s) ? f->sent_qty[s - 1] : f->sent_qty[s];
    for (size_t k = qi; k-- > from;) {
        const fl_qty *c = &f->qty[k];
        int mod = f->qty_modality[k];
        if ((c->kind == FL_QK_UNIT || c->kind == FL_QK_MONEY) && same_measure(c->dim, y->dim) && mod == FL_MOD_ACTUAL &&
            c->qualifier != FL_Q_UP_TO && c->qualifier != FL_Q_AT_LEAST) {
            x = c;
            break;
        }
    }
    if (!x || y->lo <= 0 || isinf(x->hi) || isinf(y->hi))
        return;
    if (count_share_fits(ctx, x, y, p))
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

/* Does a share noun's apposition end right before token at of sentence s: a comma, an article, at most two
 * modifiers, a noun of the share-nouns lexicon and "of" (", a mortality rate of", ", a share of")? */
static int share_noun_before(const fl_check_ctx *ctx, size_t s, size_t at)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *nouns = fl_rules_lexicon(ctx->rules, "share-nouns");
    size_t a0 = f->sent_tok[s], used;
    if (!nouns || at < a0 + 4 || !role(ctx, at - 1, f->ntok, FL_ROLE_OF) ||
        !fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[at - 2], 1))
        return 0;
    for (size_t i = at - 2; i-- > a0 && at - 2 - i <= 3 && f->tok[i].kind == FL_TOK_WORD;)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, f->tok, f->sent_tok[s + 1], i,
                          &used) >= 0)
            return i > a0 && f->tok[i - 1].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i - 1].start] == ',';
    return 0;
}

static int in_relative_after(const fl_check_ctx *ctx, size_t s, const fl_qty *q);

/* Is percentage p of sentence s followed by "of", its determiners and a noun of the whole-nouns lexicon that ends
 * the clause ("75 per cent of the total", "two-thirds of it")? A noun of relative-whole-nouns ("team") names a
 * group of which the count before may be one kind ("3 of the 12 forwards ..., 10 per cent of the team"): it is the
 * whole only when the amount before p stands in a relative clause on the whole's noun ("23 of the 180 nurses who
 * work on the three wards ..., 30 per cent of the team": in_relative_after). */
static int whole_noun_after(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *nouns = fl_rules_lexicon(ctx->rules, "whole-nouns");
    const fl_lexicon *rel = fl_rules_lexicon(ctx->rules, "relative-whole-nouns");
    size_t b = f->sent_tok[s + 1], i = p->tok_end, qi = (size_t)(p - f->qty);
    if (!nouns || i >= b || !role(ctx, i, f->ntok, FL_ROLE_OF))
        return 0;
    i = past_determiners(ctx, i + 1, b, b);
    if (i >= b || !(i + 1 >= b || f->tok[i + 1].kind == FL_TOK_PUNCT))
        return 0;
    if (fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[i], 1))
        return 1;
    return rel && fl_lexicon_has_token(rel, ctx->doc->text, &f->tok[i], 1) && qi > f->sent_qty[s] &&
           in_relative_after(ctx, s, p - 1);
}

/* Is percentage p, starting at token at of sentence s, set after a comma or a dash and followed by "of" and a whole
 * noun that ends the clause (whole_noun_after: ", about 75 per cent of the total")? */
static int of_the_whole(const fl_check_ctx *ctx, size_t s, size_t at, const fl_qty *p)
{
    return at > ctx->facts->sent_tok[s] && aside_mark(ctx->doc->text, &ctx->facts->tok[at - 1]) &&
           whole_noun_after(ctx, s, p);
}

/* Is p a percentage set beside the figure before it, its qualifier included, in sentence s: after punctuation
 * and "or" ("..., or 24%"), in a share noun's apposition (", a mortality rate of 62 per cent"), or right after a
 * parenthesis or a dash ("nine - 74 percent -", "85 (24%)")? */
static int percent_after_or(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    if (p->kind != FL_QK_PERCENT)
        return 0;
    size_t at = p->tok;
    while (at > f->sent_tok[s] && f->tok[at - 1].start >= p->qstart)
        at--;
    if ((at >= 2 && role(ctx, at - 1, f->ntok, FL_ROLE_OR) && f->tok[at - 2].kind == FL_TOK_PUNCT) ||
        share_noun_before(ctx, s, at) || of_the_whole(ctx, s, at, p))
        return 1;
    return at > f->sent_tok[s] && aside_mark(ctx->doc->text, &f->tok[at - 1]) &&
           ctx->doc->text[f->tok[at - 1].start] != ',';
}

/* Is token i a possessive "'s" (or "’s")? */
static int possessive_at(const fl_check_ctx *ctx, size_t i)
{
    return fl_token_is_possessive(ctx->doc->text, &ctx->facts->tok[i]);
}

/* Is token i the end of sentence s's clause: the sentence's end, a stop, a comma, a dash or a bracket? */
static int clause_end_at(const fl_check_ctx *ctx, size_t s, size_t i)
{
    const fl_token *t = &ctx->facts->tok[i];
    const char *text = ctx->doc->text;
    return i >= ctx->facts->sent_tok[s + 1] || (t->kind == FL_TOK_PUNCT && !possessive_at(ctx, i) &&
                                                (strchr(".;,)!?:", text[t->start]) || aside_mark(text, t)));
}

/* What verb token i is: 2 a form of "be" (be-forms), 1 another finite verb of the sentence's parse ps (a0 its first
 * token), 0 neither. */
static int verb_kind(const fl_check_ctx *ctx, const fl_parse *ps, size_t a0, size_t i)
{
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    if (be && ctx->facts->tok[i].kind == FL_TOK_WORD &&
        fl_lexicon_has_token(be, ctx->doc->text, &ctx->facts->tok[i], 1))
        return 2;
    return finite_verb_at(ps, a0, i);
}

/* Does the comma at token c of sentence s close the clause of the part q before it directly: no clause's end
 * (clause_end_at) between q and c, and no second finite verb there, the verb of another noun phrase ("3,100 were on
 * time, a punctuality rate the airline says beats the industry average, 70 per cent": the 70% is the average's)? */
static int closes_part_clause(const fl_check_ctx *ctx, size_t s, const fl_qty *q, size_t c)
{
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    size_t a0 = ctx->facts->sent_open[s];
    int verbs = 0, ok = 1;
    for (size_t i = q->tok_end; i < c && ok; i++) {
        int finite = verb_kind(ctx, ps, a0, i) != 0;
        verbs += finite && !(i > q->tok_end && finite_verb_at(ps, a0, i - 1)); /* "were found": one verb group */
        ok = !clause_end_at(ctx, s, i) && verbs <= 1;
    }
    fl_parse_free(ps);
    free(words);
    return ok;
}

/* Is percentage p set after a bare comma at the end of its clause, its qualifier included: the comma right before
 * it closing the clause of the part before it (closes_part_clause) and a clause's end (clause_end_at) right after
 * it ("71 were returned to owners, more than 90 per cent.")? A percentage followed by more words ("12% more than
 * in 2024", "30% in 2023") states something else. */
static int percent_apposed_end(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, p), qi = (size_t)(p - f->qty);
    if (p->kind != FL_QK_PERCENT || at <= f->sent_tok[s] || qi <= f->sent_qty[s] ||
        f->tok[at - 1].kind != FL_TOK_PUNCT || ctx->doc->text[f->tok[at - 1].start] != ',' ||
        !clause_end_at(ctx, s, p->tok_end))
        return 0;
    return closes_part_clause(ctx, s, p - 1, at - 1);
}

/* percent_after_or, or a percentage apposed at its clause's end (percent_apposed_end). */
static int percent_beside(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    return percent_after_or(ctx, s, p) || percent_apposed_end(ctx, s, p);
}

/* Is the share p set after a part and its whole of another whole, named by an "of" phrase after it that neither
 * is a whole noun (whole_noun_after) nor points back by determiners and a single noun ending the clause ("or 74 per
 * cent of the programme", "about a third of the haul"): "2,000 tonnes of their 5,000 tonnes - 12% of the
 * country's total exports -", "or 3% of national output"? */
static int share_of_other_whole(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1];
    if (!role(ctx, p->tok_end, f->ntok, FL_ROLE_OF) || whole_noun_after(ctx, s, p))
        return 0;
    size_t i = past_determiners(ctx, p->tok_end + 1, b, b);
    int pointed = i > p->tok_end + 1 && i < b && f->tok[i].kind == FL_TOK_WORD && !possessive_at(ctx, i) &&
                  (i + 1 >= b || (f->tok[i + 1].kind == FL_TOK_PUNCT && !possessive_at(ctx, i + 1)));
    return !pointed;
}

/* Do tokens [i, end) link a part to its whole: words of the count-links lexicon ("of the", "of its") and at most
 * one possessor of up to three words ("of the school's", "of Britain's")? */
static int links_whole(const fl_check_ctx *ctx, const fl_lexicon *links, size_t i, size_t end)
{
    const fl_facts *f = ctx->facts;
    int owner = 0;
    while (i < end) {
        if (fl_lexicon_has_token(links, ctx->doc->text, &f->tok[i], 1)) {
            i++;
            continue;
        }
        size_t w = i;
        while (w < end && w - i < 3 && f->tok[w].kind == FL_TOK_WORD && !possessive_at(ctx, w))
            w++;
        if (owner++ || w == i || w >= end || !possessive_at(ctx, w))
            return 0;
        i = w + 1;
    }
    return 1;
}

/* Reports the share p that does not follow from part / whole as printed: "part / whole = share%, not <p>". */
static fl_diag *report_share(fl_check_ctx *ctx, const fl_qty *p, double part, double whole, double share)
{
    fl_buf msg = {0};
    fmt_num(&msg, part);
    fl_buf_puts(&msg, " / ");
    fmt_num(&msg, whole);
    fl_buf_printf(&msg, " = %.1f%%, not ", share);
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    return d;
}

/* Reports the share p that part x of whole y, as printed, does not give, with the part as a related place. */
static fl_diag *report_share_of(fl_check_ctx *ctx, const fl_facts *f, const fl_qty *p, const fl_qty *x, const fl_qty *y)
{
    double py = printed(f, y);
    fl_diag *d = report_share(ctx, p, x->value / (y->value / py), py, 100 * x->value / y->value);
    fl_buf part = {0};
    fl_excerpt(&part, ctx->doc, x->qstart, x->end, 60);
    fl_report_related(ctx, d, x->qstart, x->end, "the part: %s", fl_buf_cstr(&part));
    fl_buf_free(&part);
    return d;
}

/* Is q stated with no qualifier, or one that only rounds it ("about", "some", "nearly"), which its interval holds? */
static int rounding_hedge(const fl_qty *q)
{
    return q->qualifier < 0 || q->qualifier == FL_Q_APPROX || q->qualifier == FL_Q_NEARLY;
}

/* Does amount q of sentence s stand in a relative clause on the noun of the amount y before it: in the parse, q's
 * clause or one it hangs off is a relative clause opened between y and q ("180 nurses and healthcare assistants who
 * work on the three wards"), or opened by a relative pronoun (relatives) right after y's noun phrase ("60 care homes
 * that they visited in 3 counties", where "that" is tagged a subordinator)? Not an amount of the clause y is in
 * ("15 of the 60 members who attended, from a roll of 200") nor of a complement clause ("46 of the 180 nurses said
 * that 12 beds ..."). */
static int in_relative_after(const fl_check_ctx *ctx, size_t s, const fl_qty *q)
{
    const fl_facts *f = ctx->facts;
    size_t qi = (size_t)(q - f->qty), a0 = f->sent_open[s], used;
    if (qi <= f->sent_qty[s])
        return 0;
    const fl_qty *y = q - 1;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int in = 0;
    if (ps && y->tok >= a0 && y->tok_end > a0 && q->tok - a0 < ps->n) {
        int ynp = ps->np_of[y->tok - a0];
        for (int c = ps->clause_of[q->tok - a0], hops = 0; c >= 0 && !in && hops < 8;
             c = ps->clauses[c].parent, hops++) {
            int o = ps->clauses[c].opener;
            if (o < 0 || (size_t)o < y->tok_end - a0 || (size_t)o >= q->tok - a0)
                continue;
            in = ps->clauses[c].kind == FL_CLAUSE_REL ||
                 (o > 0 && ynp >= 0 && ps->np_of[o - 1] == ynp &&
                  fl_phrases_at(&fl_rules_knowledge(ctx->rules)->relatives, ctx->doc->text, f->tok, f->sent_tok[s + 1],
                                a0 + (size_t)o, &used) >= 0);
        }
    }
    fl_parse_free(ps);
    free(words);
    return in;
}

/* "X of the Y, or P%": a part, its whole and the share stated after them ("£96 million of the £212 million
 * budget, or 52 per cent"); the words between part and whole are the count-links lexicon. An amount in a relative
 * clause on the whole's noun stands aside ("23 of the 180 nurses who work on the three wards were off sick, nearly
 * 30 per cent of the team": in_relative_after). */
static void check_share_after(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "count-links");
    if (qi < f->sent_qty[s] + 2 || !links || !percent_beside(ctx, s, p) || share_of_other_whole(ctx, s, p))
        return;
    size_t yi = qi - 1;
    if (yi >= f->sent_qty[s] + 2 && in_relative_after(ctx, s, &f->qty[yi]))
        yi--;
    const fl_qty *x = &f->qty[yi - 1], *y = &f->qty[yi];
    if (!(x->kind == FL_QK_UNIT || x->kind == FL_QK_MONEY) || strcmp(x->dim, y->dim) != 0 || y->lo <= 0 ||
        isinf(x->hi) || isinf(y->hi) || !rounding_hedge(x) || !rounding_hedge(y) ||
        f->qty_clause[x - f->qty] != f->qty_clause[y - f->qty])
        return;
    if (y->tok <= x->tok_end || !links_whole(ctx, links, x->tok_end, qualifier_tok(f, y)) ||
        !role(ctx, x->tok_end, f->ntok, FL_ROLE_OF))
        return;
    if (count_share_fits(ctx, x, y, p))
        return;
    double py = printed(f, y);
    report_share(ctx, p, x->value / (y->value / py), py, 100 * x->value / y->value);
}

static size_t qualifier_tok(const fl_facts *f, const fl_qty *p);
static size_t year_num_at(const fl_check_ctx *ctx, size_t s, size_t t);

/* Is token i a word of "table-totals" ("total", "all", "overall"), which names a whole? */
static int total_word(const fl_check_ctx *ctx, size_t i)
{
    const fl_lexicon *totals = fl_rules_lexicon(ctx->rules, "table-totals");
    return totals && ctx->facts->tok[i].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(totals, ctx->doc->text, &ctx->facts->tok[i], 1);
}

/* The words of the whole a share names after its "of" with no amount: two or three words after the
 * determiners that end the clause ("21% of total expenditure, a proportion ...", "13.4% of all donations"), as
 * tokens [*a, *e); 0 when the phrase is another. */
static int named_whole(const fl_check_ctx *ctx, size_t s, const fl_qty *p, size_t *a, size_t *e)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1];
    if (!role(ctx, p->tok_end, f->ntok, FL_ROLE_OF))
        return 0;
    size_t i = past_determiners(ctx, p->tok_end + 1, b, b), j = i;
    while (j < b && j - i < 4 && f->tok[j].kind == FL_TOK_WORD && !possessive_at(ctx, j))
        j++;
    if (j - i < 2 || j - i > 3 ||
        (j < b &&
         (f->tok[j].kind != FL_TOK_PUNCT || possessive_at(ctx, j) || !strchr(",.;", ctx->doc->text[f->tok[j].start]))))
        return 0;
    *a = i;
    *e = j;
    return 1;
}

/* Do tokens [a, e) spell the text s[from, to) word for word, case aside (one space between words)? */
static int words_spell(const fl_check_ctx *ctx, size_t a, size_t e, size_t from, size_t to)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    size_t at = from;
    for (size_t k = a; k < e; k++) {
        size_t len = f->tok[k].end - f->tok[k].start;
        while (k > a && at < to && text[at] == ' ')
            at++;
        if (at + len > to || strncasecmp(text + at, text + f->tok[k].start, len) != 0 ||
            (at + len < to && fl_is_ascii_alpha((unsigned char)text[at + len])))
            return 0;
        at += len;
    }
    return at == to;
}

/* The amount sentence t opens with the whole's words [a, e) for, its subject: determiners, the same words (after
 * a word of "table-totals": "Total façade area: 214,000 m²"), then words only up to it ("Total expenditure was
 * £3.9m", "Group revenue for the year of £248.6 million"), of part x's measure and larger; NULL when t opens
 * otherwise. */
static const fl_qty *whole_opening(const fl_check_ctx *ctx, size_t t, size_t a, size_t e, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[t + 1], i = past_determiners(ctx, f->sent_open[t], b, b);
    if (i + 1 < b && total_word(ctx, i) && !total_word(ctx, a))
        i++;
    for (size_t k = a; k < e; k++, i++) {
        size_t len = f->tok[k].end - f->tok[k].start;
        if (i >= b || f->tok[i].end - f->tok[i].start != len ||
            strncasecmp(text + f->tok[i].start, text + f->tok[k].start, len) != 0)
            return NULL;
    }
    size_t q0 = f->sent_qty[t];
    while (q0 < f->sent_qty[t + 1] && f->qty[q0].tok < i)
        q0++;
    if (q0 >= f->sent_qty[t + 1])
        return NULL;
    const fl_qty *w = &f->qty[q0];
    size_t at = qualifier_tok(f, w);
    if (at < i || at > i + 6 || w->kind != x->kind || strcmp(w->dim, x->dim) != 0 || w->lo <= x->hi || isinf(w->hi) ||
        f->qty_modality[q0] != FL_MOD_ACTUAL || (w->qualifier >= 0 && w->qualifier != FL_Q_APPROX))
        return NULL;
    for (size_t k = i; k < at; k++)
        if (f->tok[k].kind != FL_TOK_WORD && !fl_mark_at(ctx, k, ':'))
            return NULL;
    return w;
}

/* Is q a count: a bare number or one of a counted unit ("4,200 visits"), stated exactly? */
static int counted(const fl_check_ctx *ctx, const fl_qty *q)
{
    return (q->kind == FL_QK_BARE || fl_count_dimension(ctx->rules, q->dim)) && exact_count(ctx->facts, q);
}

/* The figure of a table's total row that the whole's words [a, e) name: the row's cell in the column whose header
 * is those words but a word of "table-totals" first ("| Total | 512,300 |" under "Donations" for "all donations"),
 * of part x's kind and measure and larger; the one of row *row or after (from 0; *row is then past it, to try the
 * next); NULL when none is left. */
static const fl_qty *whole_in_table(const fl_check_ctx *ctx, size_t a, size_t e, const fl_qty *x, size_t *row)
{
    const fl_facts *f = ctx->facts;
    const fl_tables *tb = &f->tables;
    a += total_word(ctx, a);
    for (; *row < tb->nrows; ++*row) {
        const fl_table_row *r = &tb->rows[*row];
        const fl_table *t = &tb->tables[r->table];
        if (!r->total || !r->piped || r->dated)
            continue;
        for (size_t col = 1; col < r->ncells && col < t->ncols; col++) {
            const fl_qty *w = r->cell[col].end > r->cell[col].start ? cell_qty(f, r->cell[col]) : NULL;
            if (w && words_spell(ctx, a, e, t->head[col].start, t->head[col].end) &&
                ((w->kind == x->kind && strcmp(w->dim, x->dim) == 0) || (counted(ctx, w) && counted(ctx, x))) &&
                w->lo > x->hi && !isinf(w->hi) && w->qualifier < 0) {
                ++*row;
                return w;
            }
        }
    }
    return NULL;
}

/* The part a share p (the qty qi of sentence s) is set beside: the amount right before it, of a unit or money or
 * counted, exact and actual, with ", or", "or", a comma or one word between ("£0.55m represented 21%"); NULL when
 * none. */
static const fl_qty *part_beside(const fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = qi > f->sent_qty[s] ? &f->qty[qi - 1] : NULL;
    size_t at = qualifier_tok(f, p);
    if (!x || p->kind != FL_QK_PERCENT || !(x->kind == FL_QK_UNIT || x->kind == FL_QK_MONEY || counted(ctx, x)) ||
        x->lo <= 0 || isinf(x->hi) || x->qualifier >= 0 || f->qty_modality[qi - 1] != FL_MOD_ACTUAL)
        return NULL;
    int restated = at == x->tok_end + 2 && role(ctx, x->tok_end + 1, f->ntok, FL_ROLE_OR) &&
                   ctx->doc->text[f->tok[x->tok_end].start] == ',';
    if (!restated &&
        !(at == x->tok_end + 1 && (f->tok[x->tok_end].kind == FL_TOK_WORD || fl_mark_at(ctx, x->tok_end, ','))))
        return NULL;
    return x;
}

/* Table cell figure c in the terms of amount x: c itself when of x's kind and measure (or both are counts), a bare
 * number in x's unit as x is printed when its digits are x's ("61.2" for "£61.2m", "68,000" for "£68,000": the part
 * a cell states gives its column's unit) or, with digits not its own, when x's digits gave the column's unit
 * (share: the total row); 0 when neither. */
static int cell_in_terms(const fl_check_ctx *ctx, const fl_qty *c, const fl_qty *x, int same_digits, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    const fl_num *n = &f->num[c->num];
    *out = *c;
    if ((c->kind == x->kind && strcmp(c->dim, x->dim) == 0) || (counted(ctx, c) && counted(ctx, x)))
        return 1;
    size_t digits = 0;
    for (size_t i = n->start; i < n->end; i++)
        digits += ctx->doc->text[i] >= '0' && ctx->doc->text[i] <= '9';
    if (c->kind != FL_QK_BARE || n->scaled || (same_digits && (digits < 3 || n->value != printed(f, x))))
        return 0;
    double k = x->value / printed(f, x);
    out->kind = x->kind;
    out->dim = x->dim;
    out->value *= k;
    out->lo *= k;
    out->hi *= k;
    return 1;
}

/* The one cell of a table's rows that are no total that states amount x (cell_in_terms, its interval meeting x's);
 * its row in *row, its column in *col; 0 when no cell or several do (which row x is, is then not known). */
static int part_cell(const fl_check_ctx *ctx, const fl_qty *x, size_t *row, size_t *col)
{
    const fl_facts *f = ctx->facts;
    const fl_tables *tb = &f->tables;
    size_t n = 0;
    for (size_t ri = 0; ri < tb->nrows; ri++) {
        const fl_table_row *r = &tb->rows[ri];
        for (size_t c = 1; !r->total && r->piped && !r->dated && c < r->ncells; c++) {
            const fl_qty *q = r->cell[c].end > r->cell[c].start ? cell_qty(f, r->cell[c]) : NULL;
            fl_qty t;
            if (q && cell_in_terms(ctx, q, x, 1, &t) && fl_interval_overlap(t.lo, t.hi, x->lo, x->hi) && !isinf(t.hi)) {
                n++;
                *row = ri;
                *col = c;
            }
        }
    }
    return n == 1;
}

/* Does the label of table row r spell tokens [a, e), its marks around aside ("**Total expenditure**")? */
static int label_spells(const fl_check_ctx *ctx, const fl_table_row *r, size_t a, size_t e)
{
    const char *text = ctx->doc->text;
    fl_tspan l = r->cell[0];
    while (l.start < l.end && !fl_is_ascii_alpha((unsigned char)text[l.start]))
        l.start++;
    while (l.end > l.start && !fl_is_ascii_alpha((unsigned char)text[l.end - 1]))
        l.end--;
    return l.end > l.start && words_spell(ctx, a, e, l.start, l.end);
}

/* Does the share p of part x in sentence s hold for an amount of x's measure larger than x that the text states
 * before p, in its sentence or the one before ("Total assets stood at £1,642 billion. ... held £1,118 billion, or
 * 68% of the total": the text's whole, whatever a table's total row says)? */
static int share_of_stated(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    for (size_t qi = f->sent_qty[s ? s - 1 : s]; qi < f->sent_qty[s + 1] && f->qty[qi].tok < p->tok; qi++) {
        const fl_qty *w = &f->qty[qi];
        if (w != x && w->kind == x->kind && strcmp(w->dim, x->dim) == 0 && w->lo > x->hi && !isinf(w->hi) &&
            share_fits(f, 100 * x->lo / w->hi, 100 * x->hi / w->lo, p))
            return 1;
    }
    return 0;
}

/* The whole a share p of sentence s names by the words after its "of" and determiners, one to three that end the
 * clause, when part x is a table's cell (part_cell): the figure in x's column of the total row of x's table that
 * the words spell ("of total expenditure" for "| Total expenditure | 8.73 |"), else of its one total row when the
 * words open with a word of "table-totals" or "whole-nouns" ("of the total awarded", "of all recorded crime", "of
 * everything we paid"); of x's measure and larger. NULL when none, or when the share is of a whole the text states
 * (share_of_stated). */
static const fl_qty *whole_of_column(const fl_check_ctx *ctx, size_t s, const fl_qty *p, const fl_qty *x, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    const fl_tables *tb = &f->tables;
    const fl_lexicon *nouns = fl_rules_lexicon(ctx->rules, "whole-nouns");
    size_t b = f->sent_tok[s + 1], row = 0, col = 0;
    if (p->tok_end >= b || !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF) || !part_cell(ctx, x, &row, &col))
        return NULL;
    size_t a = past_determiners(ctx, p->tok_end + 1, b, b), e = a;
    while (e < b && e - a < 4 && f->tok[e].kind == FL_TOK_WORD && !possessive_at(ctx, e))
        e++;
    if (e == a || e - a > 3 ||
        (e < b && (f->tok[e].kind != FL_TOK_PUNCT || !strchr(",.;", ctx->doc->text[f->tok[e].start]))))
        return NULL;
    int opens = total_word(ctx, a) || (nouns && fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[a], 1));
    const fl_qty *w = NULL, *spelt = NULL;
    size_t totals = 0;
    for (size_t ri = 0; ri < tb->nrows; ri++) {
        const fl_table_row *r = &tb->rows[ri];
        if (r->table != tb->rows[row].table || !r->total || !r->piped || r->dated || col >= r->ncells ||
            r->cell[col].end <= r->cell[col].start)
            continue;
        const fl_qty *c = cell_qty(f, r->cell[col]);
        totals++;
        if (!c || !cell_in_terms(ctx, c, x, 0, out) || out->lo <= x->hi || isinf(out->hi) || c->qualifier >= 0)
            continue;
        w = c;
        if (label_spells(ctx, r, a, e))
            spelt = c;
    }
    w = spelt ? spelt : opens && totals == 1 ? w : NULL;
    return w && cell_in_terms(ctx, w, x, 0, out) && !share_of_stated(ctx, s, x, p) ? out : NULL;
}

/* "Fundraising costs of £0.55m represented 21% of total expenditure", "61,000 m², about 40% of the façade area": a
 * share of a whole named by two or three words (named_whole) with no amount, its part the amount right before it
 * (", or", a comma or one word between). The whole is the amount of another sentence of the document that opens
 * with those words (whole_opening), or a table's total figure under them (whole_in_table); a bare count is the part
 * only of a whole that a table counts. With several, the share is reported only when it is the share of none.
 * With none, a part that a table's cell states is of its column's total (whole_of_column). */
static void check_share_named_whole(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = part_beside(ctx, s, qi), *w = NULL, *c;
    fl_qty col; /* a whole in a table's column */
    size_t a, e, n = 0;
    if (!x)
        return;
    int named = named_whole(ctx, s, p, &a, &e);
    for (size_t t = 0; named && x->kind != FL_QK_BARE && t < ctx->doc->nsent; t++) {
        if (t == s || (c = whole_opening(ctx, t, a, e, x)) == NULL)
            continue;
        if (share_fits(f, 100 * x->lo / c->hi, 100 * x->hi / c->lo, p))
            return;
        n++;
        if (!w || t < s)
            w = c; /* the nearest before the share, else the first after it */
    }
    for (size_t row = 0; named && (c = whole_in_table(ctx, a, e, x, &row)) != NULL;) {
        if (share_fits(f, 100 * x->lo / c->hi, 100 * x->hi / c->lo, p))
            return;
        n++;
        w = w ? w : c;
    }
    if (!n && ((w = whole_of_column(ctx, s, p, x, &col)) == NULL ||
               share_fits(f, 100 * x->lo / w->hi, 100 * x->hi / w->lo, p)))
        return;
    double pw = printed(f, w);
    report_share(ctx, p, x->value / (w->value / pw), pw, 100 * x->value / w->value);
}

/* The words that label amount c of sentence t in a breakdown: two to five words right before it (its hedge or
 * currency aside) after a mark that opens an item ("(", ";", ",", ":"), as tokens [*a, *e); 0 when none. */
static int part_label(const fl_check_ctx *ctx, size_t t, const fl_qty *c, size_t *a, size_t *e)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, c), i = at;
    while (i > f->sent_tok[t] && at - i < 6 && f->tok[i - 1].kind == FL_TOK_WORD && !possessive_at(ctx, i - 1))
        i--;
    if (at - i < 2 || at - i > 5 || i == f->sent_tok[t] || f->tok[i - 1].kind != FL_TOK_PUNCT ||
        f->tok[i - 1].end - f->tok[i - 1].start != 1 || !strchr("(;,:", ctx->doc->text[f->tok[i - 1].start]))
        return 0;
    *a = i;
    *e = at;
    return 1;
}

/* Do the words [a, e) stand in sentence s before token end, one after another, case aside? */
static int words_before(const fl_check_ctx *ctx, size_t s, size_t end, size_t a, size_t e)
{
    const fl_facts *f = ctx->facts;
    for (size_t k = f->sent_open[s]; k + (e - a) <= end; k++) {
        size_t j = 0;
        while (j < e - a && fl_tokens_same_word(ctx->doc->text, &f->tok[k + j], &f->tok[a + j]))
            j++;
        if (j == e - a)
            return 1;
    }
    return 0;
}

/* "- Capital cost: £38.6m (Coastal Fund £29.0m; local contributions £9.6m)" ... "On those figures the Coastal Fund
 * grant covers 82% of the capital cost": a share, its sentence's one amount, of a whole it names (named_whole) and
 * of a part it names before it: the whole is the amount a sentence or list line opens with by the whole's words
 * (whole_opening), and the part the one amount after it there, stated as actual, that the words of the share's
 * sentence label (part_label: "Coastal Fund"). The nearest such line before the share, else the first after it. */
static void check_share_named_both(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = NULL, *w = NULL;
    size_t a, e, la, le;
    if (p->kind != FL_QK_PERCENT || f->qty_modality[qi] != FL_MOD_ACTUAL || f->sent_qty[s + 1] - f->sent_qty[s] != 1 ||
        !named_whole(ctx, s, p, &a, &e))
        return;
    for (size_t t = 0; t < ctx->doc->nsent && (!w || t < s); t++) {
        const fl_qty *px = NULL;
        for (size_t k = f->sent_qty[t]; t != s && k < f->sent_qty[t + 1]; k++) {
            const fl_qty *c = &f->qty[k];
            if (c->kind == FL_QK_PERCENT || f->qty_modality[k] != FL_MOD_ACTUAL || c->qualifier >= 0 ||
                !part_label(ctx, t, c, &la, &le) || !words_before(ctx, s, qualifier_tok(f, p), la, le))
                continue;
            const fl_qty *c0 = whole_opening(ctx, t, a, e, c);
            if (c0 && c0->tok < c->tok && !px) {
                px = c;
                w = c0;
            }
        }
        if (px)
            x = px;
    }
    if (!x || isinf(x->hi) || x->lo <= 0 || share_fits(f, 100 * x->lo / w->hi, 100 * x->hi / w->lo, p))
        return;
    report_share_of(ctx, f, p, x, w);
}

/* The noun phrase that opens parse p's sentence in its main clause, with no possessor, a common noun for its head
 * and no number; -1 otherwise. *clause is that clause. With verb, the clause's verb must follow it right after
 * (its subject: "Leakage accounted for ..."); without, an aside may stand between ("Total leakage, measured as
 * ..., was ..."). */
static int opening_subject(const fl_parse *p, int verb, int *clause)
{
    int n = p->n ? p->np_of[0] : -1;
    if (n < 0 || p->nps[n].start != 0 || p->nps[n].possessor >= 0 || p->tags[p->nps[n].head] != FL_TAG_NOUN)
        return -1;
    int c = p->clause_of[0];
    if (c < 0 || p->clauses[c].parent >= 0 || p->clauses[c].verb < 0 ||
        (verb && p->vgs[p->clauses[c].verb].start != p->nps[n].end))
        return -1;
    for (size_t i = p->nps[n].start; i < p->nps[n].end; i++)
        if (p->tags[i] == FL_TAG_NUM)
            return -1;
    *clause = c;
    return n;
}

/* Does the noun phrase of tokens [i, e) end with the words [a, b), any words before them words of "table-totals"
 * ("Total leakage" names what "Leakage" does; "Mains leakage" names a part of it)? */
static int same_name(const fl_check_ctx *ctx, size_t i, size_t e, size_t a, size_t b)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_lexicon *totals = fl_rules_lexicon(ctx->rules, "table-totals");
    if (e - i < b - a)
        return 0;
    for (size_t k = 0; k < b - a; k++) {
        const fl_token *u = &f->tok[e - 1 - k], *v = &f->tok[b - 1 - k];
        if (u->end - u->start != v->end - v->start ||
            strncasecmp(text + u->start, text + v->start, u->end - u->start) != 0)
            return 0;
    }
    for (size_t k = i; k < e - (b - a); k++)
        if (!totals || !fl_lexicon_has_token(totals, text, &f->tok[k], 1))
            return 0;
    return 1;
}

/* The part sentence t states for a share of whole y whose subject is named by tokens [a, b), or NULL: when t's
 * opening subject (opening_subject) is named so (same_name), the first amount after it of y's measure in its
 * clause. */
static const fl_qty *named_part_in(const fl_check_ctx *ctx, size_t t, size_t a, size_t b, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[t];
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, t, &words);
    int clause, n = p ? opening_subject(p, 0, &clause) : -1, named = 0;
    const fl_qty *x = NULL;
    if (n >= 0) {
        size_t i = past_determiners(ctx, a0 + p->nps[n].start, a0 + p->nps[n].end, f->sent_tok[t + 1]);
        named = same_name(ctx, i, a0 + p->nps[n].head + 1, a, b);
    }
    for (size_t k = f->sent_qty[t]; named && k < f->sent_qty[t + 1] && !x; k++) {
        const fl_qty *c = &f->qty[k];
        if (c->tok >= a0 + p->nps[n].end && c->kind == y->kind && same_measure(c->dim, y->dim) &&
            p->clause_of[c->tok - a0] == clause)
            x = c;
    }
    fl_parse_free(p);
    free(words);
    return x;
}

/* "Total leakage ... was 142.6 megalitres a day. ... Leakage accounted for 19.8% of the 612 Ml/d of water we put
 * into supply": a share that states no part, its sentence opening with the part's name (the main clause's
 * subject, a common noun and its modifiers), of a whole in its "of" phrase (as check_share reads it), is of the
 * amount stated by the nearest of the eight sentences before that opens with the same name as its subject
 * (same_name) and states an amount of the whole's measure in its clause, stated as actual, smaller than the
 * whole. */
static void check_share_named_part(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *y = qi + 1 < f->sent_qty[s + 1] ? &f->qty[qi + 1] : NULL, *x = NULL;
    if (s == 0 || !y || p->kind != FL_QK_PERCENT || qi != opening_qty(f, s) ||
        !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF) || !(y->kind == FL_QK_UNIT || y->kind == FL_QK_MONEY) ||
        stop_between(ctx, p, y) || whole_cut_off(ctx, y) || !in_of_phrase(ctx, s, p, y) || isinf(y->hi) || y->lo <= 0)
        return;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int clause, n = ps ? opening_subject(ps, 1, &clause) : -1;
    size_t a0 = f->sent_open[s], a = 0, b = 0;
    if (n >= 0 && ps->clause_of[p->tok - a0] == clause) {
        a = past_determiners(ctx, a0 + ps->nps[n].start, a0 + ps->nps[n].end, f->sent_tok[s + 1]);
        b = a0 + ps->nps[n].head + 1;
    }
    fl_parse_free(ps);
    free(words);
    size_t t = s;
    while (a < b && !x && t-- > 0 && s - t <= 8)
        x = named_part_in(ctx, t, a, b, y);
    if (!x || f->qty_modality[x - f->qty] != FL_MOD_ACTUAL || (x->qualifier >= 0 && x->qualifier != FL_Q_APPROX) ||
        isinf(x->hi) || x->hi >= y->lo || share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p))
        return;
    report_share_of(ctx, f, p, x, y);
}

/* The number of sentence s that ends right before token at and that no quantity with a unit holds, or NULL. */
static const fl_num *unheld_num_before(const fl_check_ctx *ctx, size_t s, size_t at, int bare_whole)
{
    const fl_facts *f = ctx->facts;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++) {
        const fl_num *n = &f->num[ni];
        if (n->tok + n->ntok != at)
            continue;
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            if (f->qty[qi].num == ni && f->qty[qi].kind != FL_QK_BARE &&
                !(bare_whole && f->qty[qi].kind == FL_QK_UNIT && f->qty[qi].tok_end == at))
                return NULL; /* a count whose noun only its clause gives ("Birds culled: 148,000 of 212,000") is
                              * in the unit of a bare whole too */
        return n->nonclaim || n->range || n->proportion || (n->words && n->value < 2) || n->lo <= 0 || isinf(n->hi)
                   ? NULL
                   : n; /* "one of the 40" may be no count */
    }
    return NULL;
}

/* "installed 3.1 million of the 4.6 million meters, or 74 per cent": a bare number that no quantity holds (a
 * scaled one with no noun of its own) before "of" and the whole y, the share stated after them; the part is in
 * the whole's unit, so the share is the ratio of the two numbers as written, whatever the unit. */
static void check_share_bare_part(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "count-links");
    if (qi < f->sent_qty[s] + 1 || !links || !percent_beside(ctx, s, p) || share_of_other_whole(ctx, s, p))
        return;
    const fl_qty *y = &f->qty[qi - 1];
    const fl_num *yn = &f->num[y->num];
    size_t of = y->tok;
    while (of > f->sent_tok[s] && !role(ctx, of - 1, f->ntok, FL_ROLE_OF))
        of--; /* the "of" of "of the 4.6 million" */
    /* a hedge that rounds the whole ("14,200 of about 96,000 properties") widens it to its interval */
    int hedged = y->qualifier == FL_Q_APPROX || y->qualifier == FL_Q_NEARLY;
    double ylo = hedged ? fmin(y->lo, yn->lo) : yn->lo, yhi = hedged ? fmax(y->hi, yn->hi) : yn->hi;
    if (of <= f->sent_tok[s] + 1 || (y->qualifier >= 0 && !hedged) || ylo <= 0 || isinf(yhi) ||
        !(y->kind == FL_QK_UNIT || y->kind == FL_QK_BARE) || !links_whole(ctx, links, of - 1, qualifier_tok(f, y)))
        return;
    const fl_num *xn = unheld_num_before(ctx, s, of - 1, y->kind == FL_QK_BARE);
    if (!xn || xn->lo > yhi)
        return;
    double lo = 100 * xn->lo / yhi, hi = 100 * xn->hi / ylo;
    if (!hedged && !xn->scaled && !yn->scaled && xn->value == trunc(xn->value) && exact_thing_count(ctx, y))
        lo = hi = 100 * xn->value / yn->value; /* "Five of the seven, or 60%": two counts, their ratio itself */
    if (share_fits(f, lo - 1e-9, hi + 1e-9, p))
        return;
    double scale = xn->scaled ? xn->scale : 1;
    report_share(ctx, p, xn->value / scale, yn->value / scale, 100 * xn->value / yn->value);
}

/* "The 186,000 customers represent roughly one in eight of the operator's 2.3 million fixed-line base": a share
 * whose "of" phrase is its links (count-links, one possessor) and a bare number, whose noun is no unit's, has a
 * whole in the unit of its part when that part, the amount right before the share in its clause, counts things (a
 * count, or a bare number itself: "The 7,400 season-ticket holders are one in three of the club's 41,000"), stated as
 * actual with no bound and smaller than the whole; the share is the ratio of the two as written. */
static void check_share_bare_whole(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "count-links");
    if (p->kind != FL_QK_PERCENT || !links || qi == f->sent_qty[s] || qi + 1 >= f->sent_qty[s + 1] ||
        !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF))
        return;
    const fl_qty *x = &f->qty[qi - 1], *y = &f->qty[qi + 1];
    const fl_num *yn = &f->num[y->num];
    if (y->kind != FL_QK_BARE || y->qualifier >= 0 || yn->nonclaim || yn->range || yn->proportion || y->lo <= 0 ||
        isinf(y->hi) || !links_whole(ctx, links, p->tok_end, y->tok))
        return;
    if (!countable(ctx, x) || x->hi >= y->lo || f->num[x->num].nonclaim ||
        (x->kind == FL_QK_UNIT && f->qty_clause[qi - 1] != f->qty_clause[qi]))
        return;
    for (size_t i = x->tok_end; x->kind == FL_QK_BARE && i < qualifier_tok(f, p); i++)
        if (f->tok[i].kind != FL_TOK_WORD && (f->tok[i].space_before || ctx->doc->text[f->tok[i].start] != '-'))
            return; /* a bare part has no clause of its own: words only join it to its share ("season-ticket") */
    if (share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p))
        return;
    report_share(ctx, p, x->value, y->value, 100 * x->value / y->value);
}

/* "The crowd of 41,238 filled 89% of the 42,000-capacity stadium": a share p, "of", an article and a whole stated as
 * a venue's capacity that premodifies its noun (a number joined by a hyphen to a word of "capacity-words", rules/
 * segmentation.json); the part is the nearest amount before p in its sentence, a whole count of people stated as
 * actual with no bound (a crowd, an attendance). */
static void check_share_capacity(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = qi > f->sent_qty[s] ? &f->qty[qi - 1] : NULL;
    const fl_lexicon *words = fl_rules_lexicon(ctx->rules, "capacity-words");
    size_t at = p->tok_end + 2, b = f->sent_tok[s + 1];
    if (!x || !words || p->kind != FL_QK_PERCENT || at + 2 >= b || !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF) ||
        !role(ctx, p->tok_end + 1, f->ntok, FL_ROLE_ARTICLES) || x->kind == FL_QK_PERCENT ||
        !same_measure(x->dim, "people") || f->qty_modality[qi - 1] != FL_MOD_ACTUAL || x->qualifier >= 0 ||
        x->value != trunc(x->value) || f->num[x->num].scaled)
        return;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++) {
        const fl_num *n = &f->num[ni];
        size_t h = n->tok + n->ntok;
        if (n->tok != at || n->range || n->proportion || n->scaled || n->lo <= 0 || h + 1 >= b ||
            !fl_mark_at(ctx, h, '-') || f->tok[h + 1].space_before ||
            !fl_lexicon_has_token(words, ctx->doc->text, &f->tok[h + 1], 1))
            continue;
        if (x->value <= n->value * 1.5 && !share_fits(f, 100 * x->lo / n->hi, 100 * x->hi / n->lo, p))
            report_share(ctx, p, x->value, n->value, 100 * x->value / n->value);
        return;
    }
}

/* Does percentage p state how full a venue is: a word of "capacity-fills" right after it ("85% full", "at 94%
 * capacity") or "of", a possessive determiner or article and such a word ("92% of capacity", "of its capacity"),
 * ending the clause? */
static int fill_share(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *fills = fl_rules_lexicon(ctx->rules, "capacity-fills");
    size_t i = p->tok_end, b = f->sent_tok[s + 1];
    if (!fills || i >= b)
        return 0;
    if (role(ctx, i, f->ntok, FL_ROLE_OF))
        i = past_determiners(ctx, i + 1, b, b);
    return i < b && f->tok[i].kind == FL_TOK_WORD && fl_lexicon_has_token(fills, ctx->doc->text, &f->tok[i], 1) &&
           clause_end_at(ctx, s, i + 1);
}

/* The comma or dash that sets a venue's fill apart from the venue, when the fill's qualifier starts at token at of
 * sentence s: right before it, or before a relative pronoun and a form of "be" ("the 41,000-capacity stadium, which
 * was roughly 85% full"); 0 when there is none. */
static size_t fill_aside(const fl_check_ctx *ctx, size_t s, size_t at)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    size_t a0 = f->sent_tok[s], used;
    if (at <= a0 + 1)
        return 0;
    if (apposition_mark(text, &f->tok[at - 1]))
        return at - 1;
    for (size_t c = at - 2; c > a0 && c + 4 >= at; c--)
        if (text[f->tok[c].start] == ',' && f->tok[c].kind == FL_TOK_PUNCT &&
            fl_phrases_at(&fl_rules_knowledge(ctx->rules)->relatives, text, f->tok, at, c + 1, &used) >= 0 &&
            c + 1 + used == at - 1 && be && fl_lexicon_has_token(be, text, &f->tok[at - 1], 1))
            return c;
    return 0;
}

/* Is amount x, starting at token x->tok of sentence s, a venue's whole crowd: after a word of "crowd-nouns" and
 * "of" ("a crowd of 38,614"), the object right after a word of "attendance-verbs" ("The final drew 38,614"), or a
 * count whose noun is a crowd noun ("38,614 spectators") as the subject right before an attendance verb ("watched")
 * or after "there" and a form of "be" ("There were 9,150 fans")? Any other count ("brought 2,000 supporters to the
 * 41,000-seat stadium") may be a part of the crowd. */
static int whole_crowd(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_lexicon *crowd = fl_rules_lexicon(ctx->rules, "crowd-nouns");
    const fl_lexicon *verbs = fl_rules_lexicon(ctx->rules, "attendance-verbs");
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    size_t a0 = f->sent_tok[s], i = x->tok, e = x->tok_end;
    if (!crowd || !verbs || !be)
        return 0;
    if (i > a0 + 1 && role(ctx, i - 1, f->ntok, FL_ROLE_OF) && fl_lexicon_has_token(crowd, text, &f->tok[i - 2], 1))
        return 1;
    if (i > a0 && fl_lexicon_has_token(verbs, text, &f->tok[i - 1], 1))
        return 1;
    if (e <= i + f->num[x->num].ntok || !fl_lexicon_has_token(crowd, text, &f->tok[e - 1], 1))
        return 0;
    return (e < f->sent_tok[s + 1] && fl_lexicon_has_token(verbs, text, &f->tok[e], 1)) ||
           (i > a0 + 1 && fl_lexicon_has_token(be, text, &f->tok[i - 1], 1) &&
            fl_lexicon_has_token(crowd, text, &f->tok[i - 2], 1) && (text[f->tok[i - 2].start] | 32) == 't');
}

/* "The final drew 38,614 in a 41,000-seat ground, roughly 85% full": a share of a venue's fill (fill_share) set
 * beside the venue (a comma or a dash right before it, its qualifier included, at most three words after the
 * capacity), whose capacity premodifies its noun (a number joined by a hyphen to a word of "capacity-words"); the
 * part is the amount right before the capacity in the sentence, a whole count of people or a bare whole number
 * stated as actual with no bound that is the whole crowd (whole_crowd), joined to the venue by at most four words
 * ("in a", "at the club's"). */
static void check_share_fill(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    const fl_lexicon *words = fl_rules_lexicon(ctx->rules, "capacity-words");
    size_t at = qualifier_tok(f, p);
    size_t mark = fill_aside(ctx, s, at);
    if (!words || p->kind != FL_QK_PERCENT || qi < f->sent_qty[s] + 2 || !mark || !fill_share(ctx, s, p))
        return;
    const fl_qty *y = &f->qty[qi - 1], *x = &f->qty[qi - 2];
    const fl_num *yn = &f->num[y->num];
    size_t h = yn->tok + yn->ntok; /* the hyphen, or the word after it when the number's tokens hold it */
    h += !(yn->ntok > 1 && fl_mark_at(ctx, h - 1, '-')) && h < at && fl_mark_at(ctx, h, '-');
    if (y->tok != yn->tok || yn->range || yn->proportion || yn->scaled || yn->lo <= 0 || h >= mark ||
        !fl_mark_at(ctx, h - 1, '-') || f->tok[h].space_before ||
        !fl_lexicon_has_token(words, ctx->doc->text, &f->tok[h], 1) || mark - (h + 1) > 3)
        return;
    for (size_t i = h + 1; i < mark; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return; /* the venue's noun and nothing else between the capacity and the share */
    if (!(x->kind == FL_QK_BARE || same_measure(x->dim, "people")) || f->qty_modality[qi - 2] != FL_MOD_ACTUAL ||
        x->qualifier >= 0 || x->value != trunc(x->value) || f->num[x->num].scaled || x->lo <= 0 ||
        x->tok_end >= yn->tok || yn->tok - x->tok_end > 4 || x->value > yn->value * 1.5 || !whole_crowd(ctx, s, x))
        return;
    for (size_t i = x->tok_end; i < yn->tok; i++)
        if (f->tok[i].kind != FL_TOK_WORD && !possessive_at(ctx, i))
            return;
    if (!share_fits(f, 100 * x->lo / yn->hi, 100 * x->hi / yn->lo, p))
        report_share(ctx, p, x->value, yn->value, 100 * x->value / yn->value);
}

/* Is quantity q a count a share may be taken of: a bare whole number ("85") or a count of things ("600
 * buildings"), stated as actual, with no open bound ("about" and "nearly" give an interval)? */
static int countable(const fl_check_ctx *ctx, const fl_qty *q)
{
    const fl_facts *f = ctx->facts;
    return (q->kind == FL_QK_BARE || (q->kind == FL_QK_UNIT && fl_count_dimension(ctx->rules, q->dim))) &&
           (q->qualifier < 0 || q->qualifier == FL_Q_APPROX || q->qualifier == FL_Q_NEARLY) && q->lo > 0 &&
           !isinf(q->hi) && f->qty_modality[q - f->qty] == FL_MOD_ACTUAL;
}

static int exact_count(const fl_facts *f, const fl_qty *q);

/* Is q an exact count of things (exact_count: "seven", "212 stores"), no range or proportion? Its interval of
 * +-0.5 is the tolerance of a measured amount; a count is what it says. */
static int exact_thing_count(const fl_check_ctx *ctx, const fl_qty *q)
{
    const fl_num *n = &ctx->facts->num[q->num];
    return (q->kind == FL_QK_BARE || (q->kind == FL_QK_UNIT && fl_count_dimension(ctx->rules, q->dim))) &&
           exact_count(ctx->facts, q) && q->value >= 1 && !n->range && !n->proportion;
}

/* Does percentage p state the share that part x is of whole y? Of two exact counts (exact_thing_count) the share is
 * their ratio itself, only p's own rounding allowed ("Five of the seven, or 60%" is 71.4%); else any ratio of
 * their intervals. */
static int count_share_fits(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    if (exact_thing_count(ctx, x) && exact_thing_count(ctx, y)) {
        double r = 100 * x->value / y->value;
        return share_fits(f, r - 1e-9, r + 1e-9, p);
    }
    return share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p);
}

/* The first quantity of sentence s's text (after a live page's entry stamp: sent_open), or the sentence's end. */
static size_t opening_qty(const fl_facts *f, size_t s)
{
    size_t q = f->sent_qty[s];
    while (q < f->sent_qty[s + 1] && f->qty[q].tok < f->sent_open[s])
        q++;
    return q;
}

/* Is amount x followed by "of" and a share-anaphors word ("X of them"), both before token end? */
static int of_anaphor(const fl_check_ctx *ctx, const fl_qty *x, size_t end)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "share-anaphors");
    return ana && x->tok_end + 1 < end && role(ctx, x->tok_end, f->ntok, FL_ROLE_OF) &&
           fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[x->tok_end + 1], 1);
}

/* What verb token i of sentence s is: 2 a form of "be" (be-forms), 1 another finite verb of the sentence's parse,
 * 0 neither (verb_kind, the sentence parsed for it). */
static int verb_kind_at(const fl_check_ctx *ctx, size_t s, size_t i)
{
    const fl_facts *f = ctx->facts;
    if (i >= f->ntok)
        return 0;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int kind = verb_kind(ctx, ps, f->sent_open[s], i);
    fl_parse_free(ps);
    free(words);
    return kind;
}

/* Is amount x a bare number with no noun of its own that opens a clause as its subject: at the sentence's start, or
 * after "and" with a comma before it or after a semicolon, and followed by a finite verb or a form of "be" ("...
 * recovered 94 converters, and 71 were returned to owners")? Its noun is left out: it counts a part of a set counted
 * before. */
static int elided_subject(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[s], b = f->sent_tok[s + 1], at = qualifier_tok(f, x);
    if (x->kind != FL_QK_BARE || x->qualifier >= 0 || x->tok_end >= b || f->tok[x->tok_end].kind != FL_TOK_WORD)
        return 0;
    int opens = at == a0 || fl_mark_at(ctx, at - 1, ';') ||
                (at >= a0 + 2 && role(ctx, at - 1, f->ntok, FL_ROLE_AND) && fl_mark_at(ctx, at - 2, ','));
    return opens && verb_kind_at(ctx, s, x->tok_end) != 0;
}

/* Does the part x of a share stand for a whole counted before it by an anaphor: "X of them" (of + a
 * share-anaphors word right after it), or a sentence that opens "Of those, X ..." with x its first amount? */
static int anaphoric_part(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "share-anaphors");
    size_t a0 = f->sent_open[s], n = f->sent_tok[s + 1];
    if (!ana)
        return 0;
    if (of_anaphor(ctx, x, n) || elided_subject(ctx, s, x))
        return 1;
    return a0 + 2 < n && x == &f->qty[opening_qty(f, s)] && role(ctx, a0, f->ntok, FL_ROLE_OF) &&
           fl_lexicon_has_token(ana, text, &f->tok[a0 + 1], 1) && f->tok[a0 + 2].kind == FL_TOK_PUNCT &&
           x->tok > a0 + 2;
}

/* Adds the whole y a part or share was checked against to d as a related location. */
static void relate_whole(fl_check_ctx *ctx, fl_diag *d, const fl_qty *y)
{
    fl_buf whole = {0};
    fl_excerpt(&whole, ctx->doc, y->qstart, y->end, 60);
    fl_report_related(ctx, d, y->qstart, y->end, "the whole: %s", fl_buf_cstr(&whole));
    fl_buf_free(&whole);
}

/* Reports the share p that count x of whole y is not, with a note at the whole. */
static void report_count_share(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    fl_buf msg = {0};
    fmt_num(&msg, printed(f, x));
    fl_buf_puts(&msg, " / ");
    fmt_num(&msg, printed(f, y));
    fl_buf_printf(&msg, " = %.1f%%, not ", 100 * x->value / y->value);
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    relate_whole(ctx, d, y);
}

/* "600 buildings were checked; 85 of them, or 24%, ..." and "... 2,310 of its 2,850 members cast ballots.
 * Of those, 1,940 voted in favour, or 89 per cent": a part that refers back to its whole by an anaphor and
 * the share stated after it (", or P%"). The whole is one of the two nearest counts before the part, in its
 * sentence or the one before, at least as large as the part; the share is reported only when it is the share
 * of neither (which of them "those" stands for is not known), naming the nearer one that is no whole of a
 * part stated with it ("2,310 of its 2,850": the 2,310). */
static void check_share_anaphor(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    if (qi == f->sent_qty[s] || !percent_beside(ctx, s, p))
        return;
    const fl_qty *x = &f->qty[qi - 1];
    if (!countable(ctx, x) || !anaphoric_part(ctx, s, x))
        return;
    const fl_qty *w[2] = {NULL, NULL};
    size_t from = s > 0 ? f->sent_qty[s - 1] : f->sent_qty[s], nw = 0;
    for (size_t k = qi - 1; k-- > from && nw < 2;) {
        const fl_qty *c = &f->qty[k];
        if (c->kind == FL_QK_PERCENT || c->kind == FL_QK_POINTS)
            continue;
        if (countable(ctx, c) && c->hi < x->lo && c->value == trunc(c->value) &&
            !(x->kind == FL_QK_UNIT && c->kind == FL_QK_UNIT && !same_measure(c->dim, x->dim)))
            continue; /* "94 converters ... six addresses, and 71 of them": a smaller count is no whole of the part */
        if (!countable(ctx, c) || c->lo < x->lo ||
            (x->kind == FL_QK_UNIT && c->kind == FL_QK_UNIT && !same_measure(c->dim, x->dim))) {
            if (!nw)
                return; /* a figure of another kind stands between: the whole is not known */
            break;
        }
        w[nw++] = c;
    }
    for (size_t k = 0; k < nw; k++)
        if (count_share_fits(ctx, x, w[k], p))
            return;
    if (!nw)
        return;
    /* "2,310 of its 2,850 members": the whole of a part is not what "those" stands for, its part is */
    const fl_qty *y = w[0];
    if (nw == 2 && w[1]->tok_end < w[0]->tok && role(ctx, w[1]->tok_end, f->ntok, FL_ROLE_OF))
        y = w[1];
    report_count_share(ctx, x, y, p);
}

/* Is amount x a bare number with no noun and no hedge, a comma after it, that is the object of a verb group (a verb
 * that is no form of "be", finite or a participle, after at most three auxiliaries, modals or adverbs: "completed",
 * "had so far completed") that opens a clause with no subject of its own? 1 when a clause coordinator ("and", "but":
 * clause-coordinators) stands right before the group ("planned 1,412 visits ... but completed 986, or ..."), 2 when
 * a pronoun that opens the sentence does ("It completed 986, or ..."), else 0. Its noun is left out: it counts a
 * part of what the clause or sentence before counted. */
static int elided_object(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[s], at = qualifier_tok(f, x);
    if (x->kind != FL_QK_BARE || x->qualifier >= 0 || at < a0 + 2 || x->tok_end >= f->sent_tok[s + 1] ||
        !fl_mark_at(ctx, x->tok_end, ','))
        return 0;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int t = ps && at - 1 - a0 < ps->n ? ps->tags[at - 1 - a0] : FL_TAG_X, kind = 0;
    size_t g = at - 1; /* the verb group's first token */
    if ((t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_VBN) && verb_kind(ctx, ps, a0, at - 1) != 2) {
        while (g > a0 && at - g < 4) {
            int u = ps->tags[g - 1 - a0];
            if (u != FL_TAG_ADV && u != FL_TAG_MD && u != FL_TAG_VBD && u != FL_TAG_VBP && u != FL_TAG_VB)
                break;
            g--;
        }
        if (g > a0 && role(ctx, g - 1, f->ntok, FL_ROLE_COORDINATOR))
            kind = 1;
        else if (g == a0 + 1 && ps->tags[0] == FL_TAG_PRON)
            kind = 2;
    }
    fl_parse_free(ps);
    free(words);
    return kind;
}

/* Is token i a word of lexicon name of the rules? */
static int word_of(const fl_check_ctx *ctx, const char *name, size_t i)
{
    const fl_lexicon *lex = fl_rules_lexicon(ctx->rules, name);
    return lex && i < ctx->facts->ntok && ctx->facts->tok[i].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(lex, ctx->doc->text, &ctx->facts->tok[i], 1);
}

/* Is bare number y followed by a noun phrase of its own: a word that is no function word ("1,412 home fire safety
 * visits", a count whose noun the unit table does not know)? */
static int noun_after(const fl_check_ctx *ctx, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    return y->tok_end < f->ntok && f->tok[y->tok_end].kind == FL_TOK_WORD &&
           !word_of(ctx, "function-words", y->tok_end);
}

/* Does part x's share p tell a change of a stock rather than a part of y: x the object of a verb that changes a
 * stock ("has gained 200", "has cut 90": stock-change-verbs), the share followed by a word of a change's base
 * ("or 25 per cent, since 2020": change-since-words), or whole y the object of a present-tense verb ("now has 1,000
 * pupils": today's total, not the earlier one the change is a share of)? */
static int share_of_change(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, x), yt = qualifier_tok(f, y), a0 = f->sent_open[s];
    if (word_of(ctx, "stock-change-verbs", at - 1) || word_of(ctx, "change-since-words", p->tok_end + 1))
        return 1;
    if (yt <= a0)
        return 0;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int present = ps && yt - 1 - a0 < ps->n && ps->tags[yt - 1 - a0] == FL_TAG_VBP;
    fl_parse_free(ps);
    free(words);
    return present;
}

/* "The service planned 1,412 home fire safety visits ... but completed 986, or 78 per cent.": a part that leaves
 * out its noun as the object of a coordinated verb (elided_object) and the share set after it (", or P%") that ends
 * the clause; the whole is the nearest count of things before the part in its sentence, a count of a noun at least
 * as large as the part with only amounts of no count between (a year, a time). A part whose verb follows a pronoun
 * that opens its sentence ("The council received 2,400 applications. It approved 1,850, or 64 per cent") is of the
 * sentence before's count of a noun when that is its one count as large as the part. A share followed by more words
 * ("or 20% more", "or 15 per cent of the target") states another figure and is not read. */
static void check_share_elided_object(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    if (qi == f->sent_qty[s] || !percent_after_or(ctx, s, p) || !clause_end_at(ctx, s, p->tok_end))
        return;
    const fl_qty *x = &f->qty[qi - 1], *y = NULL;
    int kind = countable(ctx, x) ? elided_object(ctx, s, x) : 0;
    if (!kind || (kind == 2 && (s == 0 || qi - 1 != f->sent_qty[s])))
        return; /* "It completed 986": the part is its sentence's first amount, the whole the sentence before's */
    size_t from = kind == 2 ? f->sent_qty[s - 1] : f->sent_qty[s];
    for (size_t k = qi - 1; k-- > from;) {
        const fl_qty *c = &f->qty[k];
        if (c->kind == FL_QK_PERCENT || c->kind == FL_QK_POINTS || c->kind == FL_QK_MONEY)
            return;
        if (countable(ctx, c)) {
            y = c;
            break;
        }
        if (c->kind == FL_QK_BARE)
            return;
    }
    if (!y || !(y->kind == FL_QK_UNIT || noun_after(ctx, y)) || !part_of(ctx, x, y) ||
        (kind == 1 && stop_between(ctx, y, x)) || count_share_fits(ctx, x, y, p) || share_of_change(ctx, s, x, y, p))
        return;
    for (size_t k = from; kind == 1 && &f->qty[k] != y; k++)
        if (countable(ctx, &f->qty[k]))
            return; /* "runs 40 homes with 1,600 beds but has sold 12": which count the part's noun is is not known */
    for (size_t k = from; kind == 2 && k < f->sent_qty[s]; k++)
        if (&f->qty[k] != y && countable(ctx, &f->qty[k]) && f->qty[k].hi >= x->lo)
            return; /* "2,400 applications from 1,900 households. It approved 1,850": which it counts is not known */
    report_count_share(ctx, x, y, p);
}

/* "The race has a purse of $310,000, shared among the top 20 finishers. Solvang takes home $40,000, or 16% of the
 * total": a share set beside its part (percent_after_or) and followed by "of" and a whole noun that ends its clause
 * (whole_noun_after) and points back to a figure ("figure-anaphors": "total", "it"; not a set, "the cohort"), in a
 * sentence that states no other amount of the part's measure, is of the one amount of that
 * measure larger than the part in the sentence before, stated as actual; with none or several there (which one
 * "the total" names is not known) nothing is checked. */
static void check_share_total_before(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *y = NULL;
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "figure-anaphors");
    if (s == 0 || qi == f->sent_qty[s] || !ana || !percent_after_or(ctx, s, p) || !whole_noun_after(ctx, s, p))
        return;
    size_t w = past_determiners(ctx, p->tok_end + 1, f->sent_tok[s + 1], f->sent_tok[s + 1]);
    if (!fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[w], 1))
        return; /* "8.0% of the cohort": a set, which the sentence before may not be */
    const fl_qty *x = &f->qty[qi - 1];
    if (!(x->kind == FL_QK_UNIT || x->kind == FL_QK_MONEY) || x->qualifier >= 0 || x->lo <= 0 || isinf(x->hi) ||
        f->qty_modality[qi - 1] != FL_MOD_ACTUAL)
        return;
    for (size_t k = f->sent_qty[s]; k < f->sent_qty[s + 1]; k++)
        if (k != qi - 1 && f->qty[k].kind == x->kind && same_measure(f->qty[k].dim, x->dim))
            return; /* the whole may be of the share's own sentence */
    for (size_t k = f->sent_qty[s - 1]; k < f->sent_qty[s]; k++) {
        const fl_qty *c = &f->qty[k];
        if (c->kind != x->kind || !same_measure(c->dim, x->dim) || c->hi <= x->lo)
            continue;
        if (y || f->qty_modality[k] != FL_MOD_ACTUAL || isinf(c->hi) ||
            (c->qualifier >= 0 && c->qualifier != FL_Q_APPROX))
            return;
        y = c;
    }
    if (y && !count_share_fits(ctx, x, y, p))
        report_count_share(ctx, x, y, p);
}

/* Is token i the word of token w or its plural, by the noun-plurals rules (rules/units.json: "cost", "costs")? */
static int same_noun(const fl_check_ctx *ctx, size_t i, size_t w)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    char a[64], b[64];
    if (f->tok[i].kind != FL_TOK_WORD)
        return 0;
    fl_noun_singular(ctx->rules, text + f->tok[i].start, f->tok[i].end - f->tok[i].start, a, sizeof a);
    fl_noun_singular(ctx->rules, text + f->tok[w].start, f->tok[w].end - f->tok[w].start, b, sizeof b);
    return a[0] && strcmp(a, b) == 0;
}

/* Does the clause of amount y of sentence s name the noun of token w (or its plural) before y, as a noun in the
 * parse ("The total cost of the tunnel is 3.8 billion pounds"): not in another clause ("The project's cost has
 * doubled, and the company's revenue reached 3.8 billion pounds"), nor as a verb ("the first phase cost 900
 * million pounds")? */
static int noun_in_clause(const fl_check_ctx *ctx, size_t s, const fl_qty *y, size_t w)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[s];
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int found = 0;
    if (ps && y->tok >= a0 && y->tok - a0 < ps->n) {
        int c = ps->clause_of[y->tok - a0];
        for (size_t i = a0; i < y->tok && !found; i++)
            found = ps->clause_of[i - a0] == c && ps->tags[i - a0] == FL_TAG_NOUN && same_noun(ctx, i, w);
    }
    fl_parse_free(ps);
    free(words);
    return found;
}

/* Are money amounts a and b of one currency, whatever their periods ("120 million pounds a year" and "30 million
 * pounds")? */
static int same_currency(const char *a, const char *b)
{
    size_t la = strcspn(a, "/"), lb = strcspn(b, "/");
    return strncmp(a, "money:", 6) == 0 && la == lb && strncmp(a, b, la) == 0;
}

/* "Voltaris has put the total cost of the project at 3.8 billion pounds. A state grant of 410 million pounds,
 * agreed in 2024, covers about 20 percent of that cost.": a share whose "of" phrase is a demonstrative
 * (whole-demonstratives), at most two modifiers and a noun that ends the clause, in a sentence whose one amount
 * of the part's measure stands in the share's own clause before it, stated as actual. The whole is the one amount
 * of that measure larger than the part in the sentence before, and its clause names the noun (or its plural)
 * before it (noun_in_clause); with none or several, an amount of the currency for another period among them,
 * nothing is checked ("that cost" may be another one). */
static void check_share_pointed_whole(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = NULL, *y = NULL;
    const fl_lexicon *dem = fl_rules_lexicon(ctx->rules, "whole-demonstratives");
    size_t b = f->sent_tok[s + 1], d = p->tok_end + 1, w;
    if (s == 0 || !dem || p->kind != FL_QK_PERCENT || d >= b || !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF) ||
        f->tok[d].kind != FL_TOK_WORD || !fl_lexicon_has_token(dem, ctx->doc->text, &f->tok[d], 1))
        return;
    for (w = d + 1; w < b && w - d <= 3 && !clause_end_at(ctx, s, w + 1); w++)
        if (f->tok[w].kind != FL_TOK_WORD)
            return;
    if (w >= b || f->tok[w].kind != FL_TOK_WORD || !clause_end_at(ctx, s, w + 1))
        return; /* "20% of that cost over ten years": the phrase goes on */
    for (size_t k = f->sent_qty[s]; k < f->sent_qty[s + 1]; k++) {
        const fl_qty *c = &f->qty[k];
        if (k == qi || !(c->kind == FL_QK_UNIT || c->kind == FL_QK_MONEY))
            continue;
        if (x || k > qi)
            return; /* two amounts: which is the part is not known */
        x = c;
    }
    if (!x || !rounding_hedge(x) || x->lo <= 0 || isinf(x->hi) || f->qty_modality[x - f->qty] != FL_MOD_ACTUAL ||
        f->qty_clause[x - f->qty] != f->qty_clause[qi] || stop_between(ctx, x, p))
        return;
    for (size_t k = f->sent_qty[s - 1]; k < f->sent_qty[s]; k++) {
        const fl_qty *c = &f->qty[k];
        if (c->kind != x->kind || !(same_measure(c->dim, x->dim) || same_currency(c->dim, x->dim)) || c->hi <= x->lo)
            continue;
        if (y || strcmp(c->dim, x->dim) != 0 || f->qty_modality[k] != FL_MOD_ACTUAL || isinf(c->hi) ||
            !rounding_hedge(c))
            return; /* another amount, or one of another period ("costs 120 million pounds a year"): which? */
        y = c;
    }
    if (!y || !noun_in_clause(ctx, s - 1, y, w) || count_share_fits(ctx, x, y, p))
        return;
    relate_whole(ctx, report_share_of(ctx, f, p, x, y), y);
}

/* Is there a word of lexicon name among the up to n tokens right before token at of sentence s? */
static int lexicon_before(const fl_check_ctx *ctx, size_t s, const char *name, size_t at, size_t n)
{
    for (size_t i = at; i > ctx->facts->sent_tok[s] && at - i < n; i--)
        if (word_of(ctx, name, i - 1))
            return 1;
    return 0;
}

/* The subject NP of the clause of amount y in sentence s's parse ps (a0 its first token): the parse's subject, or
 * in a clause with no verb ("Network length now 14.2 km") its first NP before y's; -1 when none. */
static int level_subject(const fl_parse *ps, size_t a0, const fl_qty *y)
{
    int c = ps->clause_of[y->tok - a0], ynp = ps->np_of[y->tok - a0];
    int sn = fl_parse_subject(ps, c);
    if (sn >= 0 && sn != ynp && ps->nps[sn].clause == c && ps->nps[sn].end <= y->tok - a0)
        return sn;
    if (ps->clauses[c].verb >= 0)
        return -1;
    for (size_t k = 0; k < ps->nnp; k++)
        if ((int)k != ynp && ps->nps[k].clause == c && ps->nps[k].end <= y->tok - a0)
            return (int)k;
    return -1;
}

/* Does the noun of token w name what new level y of sentence s measures, in the parse ps (a0 its first token): the
 * head of the subject of y's clause ("The network is now 14.2 km long"), a noun modifying that head or its
 * possessor's when the head is a word of extension-measures ("Network length now 14.2 km", "The network's length
 * is now"), or the head of the object of a level marker in y's clause ("bringing the network to 30 km")? Not a
 * modifier of another thing ("The woodland trust now manages 420 hectares") nor a possessor of another subject
 * ("With the network's furthest customer now 14.2 km from the plant"). */
static int names_level(const fl_check_ctx *ctx, const fl_parse *ps, size_t a0, const fl_qty *y, size_t w)
{
    int c = ps->clause_of[y->tok - a0], sn = level_subject(ps, a0, y);
    if (sn >= 0) {
        const fl_np *np = &ps->nps[sn];
        if (ps->tags[np->head] == FL_TAG_NOUN && same_noun(ctx, a0 + np->head, w))
            return 1;
        if (word_of(ctx, "extension-measures", a0 + np->head)) {
            for (size_t i = np->start; i < np->head; i++)
                if (ps->tags[i] == FL_TAG_NOUN && same_noun(ctx, a0 + i, w))
                    return 1;
            if (np->possessor >= 0 && ps->tags[ps->nps[np->possessor].head] == FL_TAG_NOUN &&
                same_noun(ctx, a0 + ps->nps[np->possessor].head, w))
                return 1;
        }
    }
    for (size_t k = 0; k < ps->nnp; k++) {
        const fl_np *np = &ps->nps[k];
        if (np->clause == c && np->start > 0 && np->end <= y->tok - a0 &&
            word_of(ctx, "level-markers", a0 + np->start - 1) && ps->tags[np->head] == FL_TAG_NOUN &&
            same_noun(ctx, a0 + np->head, w))
            return 1;
    }
    return 0;
}

/* Does the extension whose "by" is token by extend what new level y measures: no object between the verb of
 * extension and "by" ("increasing by"), a pronoun that stands for it (extension-pronouns: "extending it by"), or
 * a noun that names the level (names_level: "Network length now 14.2 km; ... extending the network by"); not
 * another thing ("extending the heating season by")? */
static int extends_level(const fl_check_ctx *ctx, const fl_parse *ps, size_t s, size_t by, const fl_qty *y)
{
    size_t v = by, a0 = ctx->facts->sent_open[s];
    while (v > ctx->facts->sent_tok[s] && !word_of(ctx, "extension-verbs", v - 1))
        v--;
    if (v == by)
        return 1;
    if (v + 1 == by && word_of(ctx, "extension-pronouns", v))
        return 1;
    return ps && y->tok >= a0 && by - 1 >= a0 && y->tok - a0 < ps->n && names_level(ctx, ps, a0, y, by - 1);
}

/* Is increment x of sentence s dated by a year in its own clause of the parse ps ("in 2015 crews laid 2.0 km"): an
 * addition of another year than the new level's? */
static int dated_increment(const fl_check_ctx *ctx, const fl_parse *ps, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[s];
    if (!ps || x->tok < a0 || x->tok - a0 >= ps->n)
        return 0;
    int c = ps->clause_of[x->tok - a0];
    for (size_t k = f->sent_num[s]; k < f->sent_num[s + 1]; k++) {
        size_t t = f->num[k].tok;
        if (f->num[k].nonclaim == FL_NC_YEAR && t >= a0 && t - a0 < ps->n && ps->clause_of[t - a0] == c)
            return 1;
    }
    return 0;
}

/* "Network length now 14.2 km; phase 2 laid 6.8 km of pipe, extending the network by 62 per cent": a percentage
 * after "by" and a verb of extension (extension-verbs, at most three words between), an increment that is the
 * object of a verb of addition (increment-verbs: "laid", "added") and the new level of the same measure, the one
 * other amount of it in the sentence, larger, up to four words after "now" or a verb that brings a total to it
 * (level-markers: "bringing the network to 14.2 km"), the increment not dated to a year of its own (dated_increment).
 * The extension is the increment over the old level, the new one
 * less the increment; a percentage that is neither that nor the increment's share of the new level is reported. */
static void check_extension(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = NULL, *y = NULL;
    size_t at = qualifier_tok(f, p);
    if (p->kind != FL_QK_PERCENT || at <= f->sent_tok[s] || !word_of(ctx, "extension-by", at - 1) ||
        !lexicon_before(ctx, s, "extension-verbs", at - 1, 4) || !clause_end_at(ctx, s, p->tok_end))
        return;
    for (size_t k = f->sent_qty[s]; k < f->sent_qty[s + 1]; k++) {
        const fl_qty *c = &f->qty[k];
        if (k == qi || !(c->kind == FL_QK_UNIT || c->kind == FL_QK_MONEY))
            continue;
        if (!rounding_hedge(c) || c->lo <= 0 || isinf(c->hi) || f->qty_modality[k] != FL_MOD_ACTUAL)
            return;
        size_t ct = qualifier_tok(f, c);
        if (!x && word_of(ctx, "increment-verbs", ct - 1))
            x = c;
        else if (!y && lexicon_before(ctx, s, "level-markers", ct, 4))
            y = c;
        else
            return; /* a third amount: which is which is not known */
    }
    if (!x || !y || strcmp(x->dim, y->dim) != 0 || y->lo <= x->hi)
        return;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int ok = extends_level(ctx, ps, s, at - 1, y) && !dated_increment(ctx, ps, s, x);
    fl_parse_free(ps);
    free(words);
    if (!ok)
        return;
    if (share_fits(f, 100 * x->lo / (y->hi - x->lo), 100 * x->hi / (y->lo - x->hi), p) ||
        share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p))
        return;
    fl_buf msg = {0};
    fmt_num(&msg, printed(f, x));
    fl_buf_puts(&msg, " / (");
    fmt_num(&msg, printed(f, y));
    fl_buf_puts(&msg, " - ");
    fmt_num(&msg, printed(f, x));
    fl_buf_printf(&msg, ") = %.1f%%, not ", 100 * x->value / (y->value - x->value));
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    fl_buf lv = {0};
    fl_excerpt(&lv, ctx->doc, y->qstart, y->end, 60);
    fl_report_related(ctx, d, y->qstart, y->end, "the new level: %s", fl_buf_cstr(&lv));
    fl_buf_free(&lv);
}

/* The first token of p with its qualifier ("about a quarter": "about"). */
static size_t qualifier_tok(const fl_facts *f, const fl_qty *p)
{
    size_t i = p->tok;
    while (i > 0 && f->tok[i - 1].start >= p->qstart)
        i--;
    return i;
}

/* The first token of the clause sentence s opens before token end: the sentence's first, or the one after the
 * last colon before end when one stands there ("An update from the hospital: of the 14 people ..."). */
static size_t clause_opening(const fl_check_ctx *ctx, size_t s, size_t end)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = f->sent_open[s];
    for (size_t i = end; i-- > a0 + 1;)
        if (f->tok[i].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i].start] == ':' && f->tok[i + 1].space_before)
            return i + 1;
    return a0;
}

/* The token after a possessor that runs from token i right up to token y ("the depot's 48 charging points":
 * words, the last one possessive or followed by the possessive "'s"), or after a noun and "of" ("the forecast
 * cost of £298m"), or i when there is none. */
static size_t after_possessor(const fl_check_ctx *ctx, size_t i, size_t y)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    if (i >= y)
        return i;
    for (size_t j = i; j < y; j++)
        if (f->tok[j].kind != FL_TOK_WORD && !fl_token_is_possessive(text, &f->tok[j]))
            return i;
    const fl_token *last = &f->tok[y - 1];
    if (fl_token_is_possessive(text, last) || fl_possessive_suffix(text + last->start, last->end - last->start) ||
        (y > i + 1 && role(ctx, y - 1, f->ntok, FL_ROLE_OF)))
        return y;
    return i;
}

static int lexicon_span(const fl_check_ctx *ctx, const fl_lexicon *lex, size_t i, size_t end);

/* Does sentence s (or its clause after a colon) open with "of" (or a word of "whole-openers" and "of": "Out of"),
 * its determiners and its first amount y (a whole) at token at (its number, or the hedge before it), with a comma
 * closing that phrase before its next amount x: "Of the 14 samples taken on March 9, nine ..."? */

static int opening_whole_at(const fl_check_ctx *ctx, size_t s, const fl_qty *y, const fl_qty *x, size_t at)
{
    const fl_facts *f = ctx->facts;
    size_t a0 = clause_opening(ctx, s, y->tok), b = f->sent_tok[s + 1];
    if (a0 + 2 < at && role(ctx, a0 + 1, f->ntok, FL_ROLE_OF) &&
        lexicon_span(ctx, fl_rules_lexicon(ctx->rules, "whole-openers"), a0, a0 + 2))
        a0++; /* "Out of the 640 hives, ..." */
    if (y != &f->qty[opening_qty(f, s)] || !role(ctx, a0, f->ntok, FL_ROLE_OF) || at <= a0)
        return 0;
    size_t i = after_possessor(ctx, past_determiners(ctx, a0 + 1, at, b), at);
    int closed = 0; /* the comma that closes "Of the 14 samples ...," */
    for (size_t t = y->tok_end; t < x->tok; t++)
        closed |= f->tok[t].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[t].start] == ',';
    return i == at && closed;
}

/* opening_whole_at with the whole's number right after the determiners. */
static int opening_whole(const fl_check_ctx *ctx, size_t s, const fl_qty *y, const fl_qty *x)
{
    return opening_whole_at(ctx, s, y, x, y->tok);
}

/* opening_whole, or the same with a hedge that only rounds the whole between its determiners and it ("Of the
 * roughly 1,150 ewes and lambs ..., 230 were killed"): the share is then checked against the whole's interval. */
static int opening_whole_hedged(const fl_check_ctx *ctx, size_t s, const fl_qty *y, const fl_qty *x)
{
    if (opening_whole(ctx, s, y, x))
        return 1;
    return (y->qualifier == FL_Q_APPROX || y->qualifier == FL_Q_NEARLY) &&
           opening_whole_at(ctx, s, y, x, qualifier_tok(ctx->facts, y));
}

/* Can count x be a part of count y: both counts, of one measure, x no larger? */
static int part_of(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y)
{
    return countable(ctx, x) && countable(ctx, y) && x->lo <= y->hi &&
           !(x->kind == FL_QK_UNIT && y->kind == FL_QK_UNIT && !same_measure(x->dim, y->dim));
}

static int list_joint(const fl_check_ctx *ctx, const fl_qty *a, const fl_qty *b);

/* "Of the 47 whales, 29 were refloated and 18 died, a survival rate of 71%": the opening whole (opening_whole), two
 * parts joined by "and" and the share set after the second (qi, percent_after_or). Which part the share is of is
 * not known, so it is reported only when it is the share of neither, nor of their sum ("29 men and 18 women, or
 * 78% of the total"). */
static void check_share_two_parts(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *y = &f->qty[qi - 3], *x1 = &f->qty[qi - 2], *x2 = &f->qty[qi - 1];
    if (!part_of(ctx, x1, y) || !part_of(ctx, x2, y) || !opening_whole(ctx, s, y, x1) || list_joint(ctx, x1, x2) != 2 ||
        x1->lo + x2->lo > y->hi || count_share_fits(ctx, x1, y, p) || count_share_fits(ctx, x2, y, p) ||
        share_fits(f, 100 * (x1->lo + x2->lo) / y->hi, 100 * (x1->hi + x2->hi) / y->lo, p))
        return;
    fl_buf msg = {0};
    for (int k = 0; k < 2; k++) {
        const fl_qty *x = k ? x2 : x1;
        fl_buf_puts(&msg, k ? " and " : "");
        fmt_num(&msg, printed(f, x));
        fl_buf_puts(&msg, " / ");
        fmt_num(&msg, printed(f, y));
        fl_buf_printf(&msg, " = %.1f%%", 100 * x->value / y->value);
    }
    fl_buf_puts(&msg, ", not ");
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    relate_whole(ctx, d, y);
}

/* Is q an amount that counts nothing a share could be of: a time, a length, a speed (a unit of no count dimension),
 * stated as it is ("within ten minutes", "in under three hours")? A count, a sum of money, a percentage or a bare
 * number is not. */
static int amount_of_no_count(const fl_check_ctx *ctx, const fl_qty *q)
{
    return q->kind == FL_QK_UNIT && !fl_count_dimension(ctx->rules, q->dim);
}

/* Is amount q the size of a change, the object of a preposition of one ("by two minutes": change-amount-preps) or
 * of a verb that changes a stock (stock-change-verbs)? A share set after it may be of the change. */
static int change_amount(const fl_check_ctx *ctx, const fl_qty *q)
{
    size_t at = qualifier_tok(ctx->facts, q);
    return at > 0 && (word_of(ctx, "change-amount-preps", at - 1) || word_of(ctx, "stock-change-verbs", at - 1));
}

/* "Of the 14 samples taken on March 9, nine - 74 percent - tested positive": a sentence that opens with "of", its
 * determiners and a count (the whole), a comma closing that phrase, the next amount (the part) and the share set
 * beside it. Amounts that count nothing (amount_of_no_count) may stand between the part and a share that ends its
 * clause: "Of the 61 staff on site, 48 had reached the muster point within ten minutes, or 71 per cent, the company
 * said" is 78.7%. */
static void check_share_opening(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    size_t q0 = opening_qty(f, s);
    if (qi == q0 + 3 && percent_beside(ctx, s, p) && !amount_of_no_count(ctx, &f->qty[q0 + 2])) {
        check_share_two_parts(ctx, s, qi);
        return;
    }
    if (qi < q0 + 2 || !percent_beside(ctx, s, p) || (qi > q0 + 2 && !clause_end_at(ctx, s, p->tok_end)))
        return;
    for (size_t k = q0 + 2; k < qi; k++)
        if (!amount_of_no_count(ctx, &f->qty[k]) || change_amount(ctx, &f->qty[k]))
            return;
    const fl_qty *y = &f->qty[q0], *x = &f->qty[q0 + 1];
    if (!part_of(ctx, x, y) || !opening_whole_hedged(ctx, s, y, x) || count_share_fits(ctx, x, y, p))
        return;
    report_count_share(ctx, x, y, p);
}

static int of_which(const fl_check_ctx *ctx, const fl_qty *y, const fl_qty *x);

/* Is part x set after whole y's noun phrase (at most eight words), a comma and a word of "inclusion-verbs" right
 * before it ("handled 12,400 containers, including 3,100 from Asia")? */
static int included_part(const fl_check_ctx *ctx, const fl_qty *y, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *incl = fl_rules_lexicon(ctx->rules, "inclusion-verbs");
    size_t i = y->tok_end, at = qualifier_tok(f, x);
    while (i < at && i < y->tok_end + 8 && f->tok[i].kind == FL_TOK_WORD)
        i++;
    return incl && i + 2 == at && fl_mark_at(ctx, i, ',') &&
           fl_lexicon_has_token(incl, ctx->doc->text, &f->tok[i + 1], 1);
}

/* "The council received 1,180 claims, of which 330 were successful, 12% of the total": a whole followed by ",
 * of which", the part after it (the next amount) and the share set beside the relative clause (percent_after_or).
 * An amount that is no count may stand between the part and the share ("2,480 detainees, of whom 310 were aged
 * under 18, or 17%": a bound is none); another count is what the share may be of. The part and the whole may be
 * sums or measures of one unit ("raised £84,000, of which £51,000, or about 70 per cent, came from ..."), and the
 * part may follow a word of inclusion ("handled 12,400 containers, including 3,100 from Asia, or 40 per cent of the
 * total"), both only when the share ends its clause or names the whole ("of the total"; not "or 70 per cent more
 * than ...", "or 48 per cent of its budget"). */
static void check_share_of_which(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    if (qi < f->sent_qty[s] + 2 || !percent_beside(ctx, s, p))
        return;
    size_t xi = qi - 1;
    while (xi > f->sent_qty[s] + 1 && !of_which(ctx, &f->qty[xi - 1], &f->qty[xi]) && !countable(ctx, &f->qty[xi]) &&
           f->qty[xi].kind != FL_QK_PERCENT && f->qty[xi].kind != FL_QK_POINTS && !stop_between(ctx, &f->qty[xi], p))
        xi--;
    const fl_qty *y = &f->qty[xi - 1], *x = &f->qty[xi];
    int ends = p->tok_end >= f->sent_tok[s + 1] || clause_end_at(ctx, s, p->tok_end) || whole_noun_after(ctx, s, p);
    int sums = (x->kind == FL_QK_MONEY || x->kind == FL_QK_UNIT) && x->kind == y->kind && !strcmp(x->dim, y->dim) &&
               x->qualifier < 0 && y->qualifier < 0 && x->lo > 0 && x->hi < y->lo && !isinf(y->hi) && ends &&
               xi + 1 == qi && !(xi >= f->sent_qty[s] + 2 && qualifier_tok(f, y) <= f->qty[xi - 2].tok_end + 1);
    int which = of_which(ctx, y, x), incl = !which && ends && included_part(ctx, y, x);
    if (!(part_of(ctx, x, y) || sums) || !(which || incl) || count_share_fits(ctx, x, y, p))
        return;
    report_count_share(ctx, x, y, p);
}

/* Is percentage p a margin: "a margin of 8.8%", "an operating margin of 8.8%", "an 8.8% margin" (the
 * margin-nouns lexicon)? */
static int margin_percent(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *nouns = fl_rules_lexicon(ctx->rules, "margin-nouns");
    size_t at = qualifier_tok(f, p);
    if (!nouns || p->kind != FL_QK_PERCENT)
        return 0;
    if (p->tok_end < f->sent_tok[s + 1] && fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[p->tok_end], 1))
        return 1;
    return at >= f->sent_tok[s] + 2 && role(ctx, at - 1, f->ntok, FL_ROLE_OF) &&
           fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[at - 2], 1);
}

/* The amount a ratio link ("on") sets right after sum x, at most two words between ("£21.7m on revenue of
 * £318.4m"): of x's currency and larger; NULL when none. */
static const fl_qty *ratio_base(const fl_check_ctx *ctx, size_t s, size_t xi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *x = &f->qty[xi], *y = xi + 1 < f->sent_qty[s + 1] ? &f->qty[xi + 1] : NULL;
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "ratio-links");
    size_t i = x->tok_end;
    if (!y || !links || i >= y->tok || !fl_lexicon_has_token(links, ctx->doc->text, &f->tok[i], 1) ||
        y->kind != FL_QK_MONEY || strcmp(x->dim, y->dim) != 0 || y->lo <= x->hi || isinf(y->hi))
        return NULL;
    for (i++; i < qualifier_tok(f, y); i++)
        if (f->tok[i].kind != FL_TOK_WORD || i > x->tok_end + 3)
            return NULL;
    return y;
}

/* "Operating profit of £21.7m on revenue of £318.4m represents a margin of 8.8%": a margin (margin_percent) is
 * the sum before a ratio link over the sum after it (ratio_base), the two before the margin in its sentence
 * with no other amount between. */
static void check_margin(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    if (qi < f->sent_qty[s] + 2 || !margin_percent(ctx, s, p))
        return;
    const fl_qty *x = &f->qty[qi - 2], *y = ratio_base(ctx, s, qi - 2);
    if (x->kind != FL_QK_MONEY || x->lo <= 0 || isinf(x->hi) || y != &f->qty[qi - 1] ||
        share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p))
        return;
    report_count_share(ctx, x, y, p);
}

/* Do tokens [i, at) after a word of remainder name who is left with a sum and what to do with it ("leaving the
 * council to find £1.6m"; a sum only: "leaving the team to recruit 6 more" is no remainder of a count): words
 * only, the one before at a verb after "to"? */
static int remainder_to_find(const fl_check_ctx *ctx, size_t i, size_t at)
{
    const fl_facts *f = ctx->facts;
    if (at < i + 3 || !role(ctx, at - 2, f->ntok, FL_ROLE_TO))
        return 0;
    for (size_t j = i; j < at; j++)
        if (f->tok[j].kind != FL_TOK_WORD)
            return 0;
    return 1;
}

/* Do tokens [i, at) name what a remainder is, a determiner, a word of "remainder-nouns" and "of" ("leaving a
 * shortfall of £0.8m")? */
static int remainder_noun(const fl_check_ctx *ctx, size_t i, size_t at)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *nouns = fl_rules_lexicon(ctx->rules, "remainder-nouns");
    size_t used;
    if (nouns && i < at &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, f->tok, at, i, &used) >= 0)
        i += used;
    return nouns && i + 2 == at && fl_lexicon_has_token(nouns, ctx->doc->text, &f->tok[i], 1) &&
           role(ctx, i + 1, f->ntok, FL_ROLE_OF);
}

/* Is there a word of remainder (arithmetic.remainders) right before amount r, its qualifier aside, or before the
 * noun that names the remainder ("leaving a shortfall of")? */
static int remainder_before(const fl_check_ctx *ctx, size_t s, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, r), used;
    for (size_t i = at; i-- > f->sent_tok[s] && at - i <= 3;)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->remainders, ctx->doc->text, f->tok, f->sent_tok[s + 1], i,
                          &used) >= 0)
            return i + used == at || remainder_noun(ctx, i + used, at);
    for (size_t i = at; i-- > f->sent_tok[s] && at - i <= 5;)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->remainders, ctx->doc->text, f->tok, f->sent_tok[s + 1], i,
                          &used) >= 0 &&
            remainder_noun(ctx, i + used, at))
            return 1;
    for (size_t i = at; r->kind == FL_QK_MONEY && i-- > f->sent_tok[s] && f->tok[i].kind == FL_TOK_WORD;)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->remainders, ctx->doc->text, f->tok, f->sent_tok[s + 1], i,
                          &used) >= 0)
            return remainder_to_find(ctx, i + used, at);
    return 0;
}

/* Is q an amount of a measured dimension, a unit's that counts no things ("5,900 tonnes", "212 km")? */
static int measured(const fl_check_ctx *ctx, const fl_qty *q)
{
    return q->kind == FL_QK_UNIT && !fl_count_dimension(ctx->rules, q->dim);
}

/* How far the exact whole y less part x may be from remainder r: under half a unit for counts; for sums and measured
 * amounts, which are rounded, the rounding of the three, an amount rounded more coarsely than r taken to r's
 * ("£4.25m, of which £3m, leaving £1.2m" is right, "£4.2m ... £3m, leaving £1.6m" is not). */
static double sum_slack(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *r)
{
    if (r->kind != FL_QK_MONEY && !measured(ctx, r))
        return 0.49;
    double hr = (r->hi - r->lo) / 2, hx = (x->hi - x->lo) / 2, hy = (y->hi - y->lo) / 2;
    return hr + fmin(hx, hr) + fmin(hy, hr);
}

/* Can x be a part of y: counts (part_of), or sums of one currency, or amounts of one measured dimension ("8,500
 * tonnes of rock salt ... used 5,900 tonnes, leaving 2,600 tonnes"), x no larger, whatever their modality (a
 * remainder of a budget or a promise is arithmetic too: "will cost £4.2m, of which the government has promised
 * £3m")? */
static int part_of_amount(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y)
{
    if (part_of(ctx, x, y))
        return 1;
    return ((x->kind == FL_QK_MONEY && y->kind == FL_QK_MONEY) || (measured(ctx, x) && measured(ctx, y))) &&
           same_measure(x->dim, y->dim) && x->lo <= y->hi && x->lo > 0 && !isinf(x->hi) && !isinf(y->hi);
}

/* Is whole y followed by a comma, "of" and a share anaphor ("which", "whom"), with part x after them: "£4.2m,
 * of which the government has promised £3m"? The whole's noun phrase may run on to the comma, words only
 * ("1,180 claims for vehicle damage caused by road defects, of which 330 ..."). */
static int of_which(const fl_check_ctx *ctx, const fl_qty *y, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "share-anaphors");
    size_t i = y->tok_end;
    while (i < x->tok && i < y->tok_end + 8 && f->tok[i].kind == FL_TOK_WORD)
        i++;
    return ana && i + 3 <= x->tok && f->tok[i].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i].start] == ',' &&
           role(ctx, i + 1, f->ntok, FL_ROLE_OF) && fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[i + 2], 1);
}

/* Is part x "X of them" standing right after whole y's noun phrase and a comma, as an aside on it: "The fleet has 18
 * minibuses, 14 of them wheelchair-accessible, which leaves five ..."? The words between are the whole's noun
 * phrase, at most four words. */
static int apposed_part(const fl_check_ctx *ctx, const fl_qty *y, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, x);
    if (at < y->tok_end + 1 || at - y->tok_end > 5 || !of_anaphor(ctx, x, f->ntok))
        return 0;
    for (size_t i = y->tok_end; i + 1 < at; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return 0;
    return f->tok[at - 1].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[at - 1].start] == ',';
}

/* Reports remainder r that is not whole y less part x. */
static void report_remainder(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *x2, const fl_qty *y, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    fl_buf msg = {0};
    fmt_num(&msg, printed(f, y));
    fl_buf_puts(&msg, " - ");
    fmt_num(&msg, printed(f, x));
    if (x2) {
        fl_buf_puts(&msg, " - ");
        fmt_num(&msg, printed(f, x2));
    }
    fl_buf_puts(&msg, " = ");
    fmt_num(&msg, printed(f, y) - printed(f, x) - (x2 ? printed(f, x2) : 0));
    fl_buf_puts(&msg, ", not ");
    fl_excerpt(&msg, ctx->doc, r->qstart, r->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, r->qstart, r->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    relate_whole(ctx, d, y);
}

/* "Of the 14 taken to hospital, eight had been discharged by evening, leaving five still being treated", "eight of
 * the 14 ..., leaving five": the count after a word of remainder is the whole less the part, the sentence's first
 * two amounts. */
static void check_remainder(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    size_t q0 = f->sent_qty[s];
    if (qi != q0 + 2)
        return;
    const fl_qty *r = &f->qty[qi], *y = &f->qty[q0], *x = &f->qty[q0 + 1];
    if (!opening_whole(ctx, s, y, x) && !of_which(ctx, y, x) && !(x == y + 1 && apposed_part(ctx, y, x))) {
        /* "eight of the 14 ...": the part, "of", the whole */
        x = &f->qty[q0];
        y = &f->qty[q0 + 1];
        if (x->tok_end >= y->tok || !role(ctx, x->tok_end, f->ntok, FL_ROLE_OF))
            return;
    }
    /* three exact counts are exact ("14", "eight", "five"); a hedged one widens the difference */
    int exact = x->qualifier < 0 && y->qualifier < 0 && r->qualifier < 0;
    if (!part_of_amount(ctx, x, y) || !part_of_amount(ctx, r, y) || !remainder_before(ctx, s, r) ||
        (exact ? fabs(y->value - x->value - r->value) <= sum_slack(ctx, x, y, r)
               : fl_interval_overlap(y->lo - x->hi, y->hi - x->lo, r->lo, r->hi)))
        return;
    report_remainder(ctx, x, NULL, y, r);
}

/* "The university puts the cost of replacing the lost material at £3.1 million. Its insurers are expected to cover
 * £1.9 million, leaving a shortfall of £0.8 million": a remainder (remainder_before) whose sentence states only the
 * part before it, the word of remainder after a comma (", leaving"), no "and" or stop between them and no "of"
 * phrase after the part, is of the whole the sentence
 * before states, the one amount there larger than the part that the part and the remainder can be parts of
 * (part_of_amount); with none or several nothing is checked. */
static void check_remainder_before(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    if (s == 0 || qi != f->sent_qty[s] + 1)
        return;
    const fl_qty *r = &f->qty[qi], *x = &f->qty[qi - 1], *y = NULL;
    if (!remainder_before(ctx, s, r) || role(ctx, x->tok_end, f->ntok, FL_ROLE_OF) || stop_between(ctx, x, r))
        return; /* "Nine of the failed freezers ...; the other five": a part of a whole it names */
    size_t used, comma = 0;
    for (size_t i = x->tok_end; i < r->tok; i++) {
        if (role(ctx, i, f->ntok, FL_ROLE_AND))
            return; /* "killing three people and leaving two missing": a second outcome, no remainder */
        comma |= fl_mark_at(ctx, i, ',') && fl_phrases_at(&fl_rules_knowledge(ctx->rules)->remainders, ctx->doc->text,
                                                          f->tok, f->sent_tok[s + 1], i + 1, &used) >= 0;
    }
    if (!comma)
        return; /* "we could have used the other two": a part of some set, not what the amount leaves */
    for (size_t k = f->sent_qty[s - 1]; k < f->sent_qty[s]; k++) {
        const fl_qty *c = &f->qty[k];
        if (c->kind != x->kind || !same_measure(c->dim, x->dim) || c->lo <= x->hi)
            continue;
        if (y || !part_of_amount(ctx, x, c) || !part_of_amount(ctx, r, c))
            return;
        y = c;
    }
    int exact = x->qualifier < 0 && y && y->qualifier < 0 && r->qualifier < 0;
    if (!y || (exact ? fabs(y->value - x->value - r->value) <= sum_slack(ctx, x, y, r)
                     : fl_interval_overlap(y->lo - x->hi, y->hi - x->lo, r->lo, r->hi)))
        return;
    report_remainder(ctx, x, NULL, y, r);
}

/* "Of the 3,200 released, 2,150 were recaptured and 410 found dead, leaving about 900 at large": the opening whole
 * (opening_whole), two parts joined by "and" and the count after a word of remainder, the whole less both parts. */
static void check_remainder_two_parts(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    size_t q0 = f->sent_qty[s];
    if (qi != q0 + 3)
        return;
    const fl_qty *y = &f->qty[q0], *x1 = &f->qty[q0 + 1], *x2 = &f->qty[q0 + 2], *r = &f->qty[qi];
    if (!opening_whole(ctx, s, y, x1) || list_joint(ctx, x1, x2) != 2 || !part_of(ctx, x1, y) || !part_of(ctx, x2, y) ||
        !part_of(ctx, r, y) || !remainder_before(ctx, s, r) || x1->lo + x2->lo > y->hi)
        return;
    int exact = x1->qualifier < 0 && x2->qualifier < 0 && y->qualifier < 0 && r->qualifier < 0;
    if (exact ? fabs(y->value - x1->value - x2->value - r->value) <= 0.49
              : fl_interval_overlap(y->lo - x1->hi - x2->hi, y->hi - x1->lo - x2->lo, r->lo, r->hi))
        return;
    report_remainder(ctx, x1, x2, y, r);
}

static int summable(const fl_qty *q);
static int addable(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y);
static void report_parts(fl_check_ctx *ctx, const fl_qty *c, size_t first, size_t end, int one);

/* Is amount b added to amount a before it: a's noun (up to four words, no "and"), a comma or none, a word of
 * increment (arithmetic.add_joints: "with", "plus", "on top of") and determiners only before b ("£86m, with £9m",
 * "£180,000 plus a £25,000 top-up")? */
static int increment_joint(const fl_check_ctx *ctx, const fl_qty *a, const fl_qty *b)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t i = a->tok_end, end = qualifier_tok(f, b), used, words = 0;
    while (i < end && f->tok[i].kind == FL_TOK_WORD && words++ < 4 &&
           fl_phrases_at(&k->add_joints, ctx->doc->text, f->tok, end, i, &used) < 0) {
        if (role(ctx, i, f->ntok, FL_ROLE_AND))
            return 0;
        i++;
    }
    i += i < end && fl_mark_at(ctx, i, ',');
    if (i >= end || fl_phrases_at(&k->add_joints, ctx->doc->text, f->tok, end, i, &used) < 0)
        return 0;
    for (i += used; i < end && fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, end, i, &used) >= 0;)
        i += used;
    return i == end || (f->tok[i].kind == FL_TOK_PUNCT && i + 1 == b->tok && i + 1 == end);
}

/* Reports the total c (quantity ci) when the two parts before it, a and b, do not add up to it: exactly for whole
 * counts, else within the figures' rounding. */
static void two_parts_check(fl_check_ctx *ctx, const fl_qty *a, const fl_qty *b, const fl_qty *c, size_t ci)
{
    const fl_facts *f = ctx->facts;
    int exact = exact_count(f, a) && exact_count(f, b) && exact_count(f, c);
    if (exact ? fabs(a->value + b->value - c->value) <= 0.49
              : fl_interval_overlap(a->lo + b->lo, a->hi + b->hi, c->lo, c->hi))
        return;
    report_parts(ctx, c, ci - 2, ci, 0);
}

/* "awarded the contract for €41m, with €6m in performance payments - €49m in all": total c (index ci) stated
 * beside a total word right after an amount added to the one before it (increment_joint), which are its two
 * parts; a total no larger than the first amount makes the second a part of the first, not an addition. */
static void check_increment_total(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c = &f->qty[ci];
    if (ci < f->sent_qty[s] + 2)
        return;
    const fl_qty *a = &f->qty[ci - 2], *b = &f->qty[ci - 1];
    if (!summable(a) || !summable(b) || !addable(ctx, a, c) || !addable(ctx, b, c) || c->value <= a->value ||
        c->value <= b->value || !increment_joint(ctx, a, b))
        return;
    two_parts_check(ctx, a, b, c, ci);
}

static size_t words_between(const fl_facts *f, size_t from, size_t to);

/* Do tokens [i, end) hold words only, at most max of them, and no "and" or "or" (one noun phrase, not a list)? */
static int noun_words(const fl_check_ctx *ctx, size_t i, size_t end, size_t max)
{
    const fl_facts *f = ctx->facts;
    if (end < i || words_between(f, i, end) > max)
        return 0; /* (SIZE_MAX: a token that is no word) */
    for (; i < end; i++)
        if (role(ctx, i, f->ntok, FL_ROLE_AND) || role(ctx, i, f->ntok, FL_ROLE_OR))
            return 0;
    return 1;
}

/* Is amount b taken from amount a before it, or set against it: a's noun (up to four words), a comma or none, a
 * word of subtraction (arithmetic.subtractions: "less", "minus"; not the "less than" of a shortfall) or of
 * comparison (arithmetic.comparisons: "against") and b's noun (up to four words, "of" among them) before b:
 * "income of £1.34m less financing costs of £0.97m", "£21.4bn minus £17.9bn"? 1 a subtraction, 2 a comparison,
 * 0 neither. */
static int subtraction_joint(const fl_check_ctx *ctx, const fl_qty *a, const fl_qty *b)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t i = a->tok_end, end = qualifier_tok(f, b), used = 0, cmp;
    while (i < end && i < a->tok_end + 4 && f->tok[i].kind == FL_TOK_WORD &&
           fl_phrases_at(&k->subtractions, text, f->tok, end, i, &used) < 0 &&
           fl_phrases_at(&k->comparisons, text, f->tok, end, i, &used) < 0)
        i++;
    if (!noun_words(ctx, a->tok_end, i, 4))
        return 0;
    i += i < end && fl_mark_at(ctx, i, ',');
    if (i >= end || fl_phrases_at(&k->shortfall, text, f->tok, end, i, &cmp) >= 0 ||
        fl_phrases_at(&k->excess, text, f->tok, end, i, &cmp) >= 0)
        return 0;
    int how = fl_phrases_at(&k->subtractions, text, f->tok, end, i, &used) >= 0                                ? 1
              : fl_phrases_at(&k->comparisons, text, f->tok, end, i, &used) >= 0 && !fl_mark_at(ctx, end, '(') ? 2
                                                                                                               : 0;
    return how && noun_words(ctx, i + used, end, 4) ? how : 0;
}

/* Is amount r stated as what a subtraction that ends with amount b gives: b's noun (up to four words), a comma or
 * none, a word of difference (arithmetic.differences: "which left", "leaving", "=") right before r (1) or before a
 * determiner, a word of remainder-nouns and "of", at most four words between ("which left a surplus of £0.37m",
 * "left the club with a surplus of": 2); or the comma and that noun phrase alone, an apposition (", a surplus of
 * £0.37m": 2)? 0 when not. */
static int stated_difference(const fl_check_ctx *ctx, const fl_qty *b, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t i = b->tok_end, end = qualifier_tok(f, r), used = 0;
    while (i < end && i < b->tok_end + 4 && f->tok[i].kind == FL_TOK_WORD &&
           fl_phrases_at(&k->differences, ctx->doc->text, f->tok, end, i, &used) < 0)
        i++;
    if (!noun_words(ctx, b->tok_end, i, 4))
        return 0;
    int comma = i < end && fl_mark_at(ctx, i, ',');
    i += comma;
    if (i < end && fl_phrases_at(&k->differences, ctx->doc->text, f->tok, end, i, &used) >= 0) {
        if (i + used == end)
            return 1;
        for (size_t j = i + used; j + 2 <= end && j <= i + used + 4; j++) /* "left the club with a surplus of" */
            if (remainder_noun(ctx, j, end))
                return noun_words(ctx, i + used, j, 4) ? 2 : 0;
        return 0;
    }
    return comma && remainder_noun(ctx, i, end) ? 2 : 0;
}

/* "Income of £1.34m less financing costs of £0.97m left a surplus of £0.61m": amount r (index ri) stated as the
 * result (stated_difference) of the subtraction of the amount right before it from the one before that
 * (subtraction_joint), the three of one measure, the first the larger; r must be their difference within the
 * rounding of the three (exact counts exactly). Two amounts set against each other ("contributions of £21.4bn
 * against benefits of £17.9bn, a surplus of £4.5bn") have a difference only when a noun names it (remainder-nouns:
 * "a surplus of"), the larger less the smaller. */
static void check_subtracted_total(fl_check_ctx *ctx, size_t s, size_t ri)
{
    const fl_facts *f = ctx->facts;
    if (ri < f->sent_qty[s] + 2)
        return;
    const fl_qty *a = &f->qty[ri - 2], *b = &f->qty[ri - 1], *r = &f->qty[ri];
    if (!summable(a) || !summable(b) || !summable(r) || !addable(ctx, a, r) || !addable(ctx, b, r) ||
        !addable(ctx, a, b))
        return;
    int how = subtraction_joint(ctx, a, b), named = how ? stated_difference(ctx, b, r) : 0;
    if (!named || (how == 2 && named != 2))
        return;
    if (how == 2 && a->value < b->value) { /* set against: the larger less the smaller */
        const fl_qty *t = a;
        a = b;
        b = t;
    }
    if (a->value <= b->value)
        return;
    int exact = exact_count(f, a) && exact_count(f, b) && exact_count(f, r);
    if (exact ? fabs(a->value - b->value - r->value) <= 0.49
              : fl_interval_overlap(a->lo - b->hi, a->hi - b->lo, r->lo, r->hi))
        return;
    report_remainder(ctx, b, NULL, a, r);
}

/* How amount b is joined to amount a before it in a breakdown whose parts have their own predicates ("4,120 moved
 * into work, 3,960 ..."): 2 by "and" (a comma may come first), 1 by a comma, 0 not as parts of one list. Words only
 * stand between (at most eight: the part's predicate), then the joiner, then at most a word of remainder
 * (arithmetic.remainders: "and the remaining 188"); *residual is set when that word stands there. */
static int predicate_joint(const fl_check_ctx *ctx, size_t s, const fl_qty *a, const fl_qty *b, int *residual)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t end = qualifier_tok(f, b), j = end, used;
    *residual = 0;
    for (size_t i = end; i-- > a->tok_end && end - i <= 2 && !*residual;) {
        *residual =
            fl_phrases_at(&k->remainders, ctx->doc->text, f->tok, f->sent_tok[s + 1], i, &used) >= 0 && i + used == end;
        j = *residual ? i : j;
    }
    if (*residual && j > a->tok_end && fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, j, j - 1, &used) >= 0 &&
        used == 1)
        j--; /* "and the remaining 188" */
    int and = j > a->tok_end && role(ctx, j - 1, f->ntok, FL_ROLE_AND);
    j -= and;
    int comma = j > a->tok_end && fl_mark_at(ctx, j - 1, ',');
    j -= comma;
    if (j < a->tok_end || j - a->tok_end > 8)
        return 0; /* the part's predicate: at most eight words */
    for (size_t i = a->tok_end; i < j; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return 0;
    return and? 2 : comma ? 1 : 0;
}

/* Does the predicate of the last part x of a breakdown, up to a comma or the sentence's end, name its catch-all
 * with a residual-words word that at most one word follows, or "or"/"and" and at most two ("for other reasons",
 * "were elsewhere", "for other or unknown reasons")? "80 came from other European countries" is no catch-all. */
static int residual_part(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *res = fl_rules_lexicon(ctx->rules, "residual-words");
    size_t b = f->sent_tok[s + 1], e = x->tok_end;
    while (e < b && f->tok[e].kind == FL_TOK_WORD)
        e++;
    if (!res || (e < b && !fl_mark_at(ctx, e, ',') && !(fl_mark_at(ctx, e, '.') && e + 1 == b)))
        return 0;
    for (size_t i = x->tok_end; i < e; i++) {
        if (!fl_lexicon_has_token(res, ctx->doc->text, &f->tok[i], 1))
            continue;
        size_t after = e - i - 1;
        int joined = after >= 2 && (role(ctx, i + 1, f->ntok, FL_ROLE_AND) || role(ctx, i + 1, f->ntok, FL_ROLE_OR));
        return after <= 1 || (joined && after <= 3);
    }
    return 0;
}

/* Are the amounts [first, qi] of sentence s the parts of a complete breakdown: two or more, each summable and with
 * its own predicate (predicate_joint), commas between them and one "and" before the last, the last the catch-all
 * (residual_part, or a word of remainder before it)? */
static int residual_breakdown(const fl_check_ctx *ctx, size_t s, size_t first, size_t qi)
{
    const fl_facts *f = ctx->facts;
    int residual = 0, ands = 0;
    for (size_t k = first; k <= qi; k++) {
        if (!summable(&f->qty[k]) || !addable(ctx, &f->qty[k], &f->qty[first]))
            return 0;
        if (k == first)
            continue;
        int j = predicate_joint(ctx, s, &f->qty[k - 1], &f->qty[k], &residual);
        if (!j || (j == 2) != (k == qi))
            return 0; /* commas between the parts, one "and" before the last */
        ands += j == 2;
    }
    return ands == 1 && (residual || residual_part(ctx, s, &f->qty[qi]));
}

/* Do the parts [first, qi] add up to whole y: exact counts exactly, others as intervals? 1 when they do, 0 when
 * they do not, -1 when y can be no whole of them (of another measure, or smaller than a part). */
static int parts_add_up(const fl_check_ctx *ctx, size_t first, size_t qi, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    double lo = 0, hi = 0, v = 0;
    int exact = exact_count(f, y);
    if (!summable(y))
        return -1;
    for (size_t k = first; k <= qi; k++) {
        const fl_qty *x = &f->qty[k];
        if (!addable(ctx, x, y) || x->lo > y->hi)
            return -1;
        lo += x->lo;
        hi += x->hi;
        v += x->value;
        exact &= exact_count(f, x);
    }
    return exact ? fabs(v - y->value) <= 0.49 : fl_interval_overlap(lo, hi, y->lo, y->hi);
}

/* "Of the 9,850 people who left the count, 4,120 moved into work, 3,960 moved to other benefits and 1,210 left for
 * other or unknown reasons": an opening whole (opening_whole) broken down into three or more parts, the sentence's
 * other amounts, whose last is the catch-all (residual_breakdown). Such a breakdown is complete, so its parts add
 * up to the whole. The whole may be in the sentence before, the parts opening with "Of these," or "X of them"
 * (anaphoric_part: "Greenline felled 1,240 trees. Of these, 695 were diseased, 430 were storm-damaged and 80
 * were felled for other reasons"); of the two nearest amounts there that can be their whole, which one "these"
 * stands for is not known, so it is reported only when the parts add up to neither. A breakdown with no
 * catch-all may leave parts out ("120 were British, 80 German and 40 French") and is not checked. qi is the
 * sentence's last amount. */
static void check_residual_parts(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    size_t q0 = opening_qty(f, s);
    if (qi + 1 != f->sent_qty[s + 1] || qi < q0 + 2)
        return;
    const fl_qty *y = &f->qty[q0];
    if (qi >= q0 + 3 && opening_whole(ctx, s, y, &f->qty[q0 + 1])) {
        if (residual_breakdown(ctx, s, q0 + 1, qi) && parts_add_up(ctx, q0 + 1, qi, y) == 0)
            report_parts(ctx, y, q0 + 1, qi + 1, 0);
        return;
    }
    if (s == 0 || !anaphoric_part(ctx, s, y) || !residual_breakdown(ctx, s, q0, qi))
        return;
    const fl_qty *w = NULL;
    size_t nw = 0;
    for (size_t k = q0; k-- > f->sent_qty[s - 1] && nw < 2;) {
        int fit = parts_add_up(ctx, q0, qi, &f->qty[k]);
        if (fit == 1)
            return;
        if (fit == 0) {
            w = w ? w : &f->qty[k];
            nw++;
        }
    }
    if (w)
        report_parts(ctx, w, q0, qi + 1, 0);
}

/* "Spending to date stands at £251 million, which means £36 million of the forecast cost remains": a remainder r
 * of a whole named by the phrase after its "of" (check/named.h) and a word of what is left (remainder-states)
 * within the three words after the phrase; the part spent is the nearest amount of r's measure before r in the
 * sentence. */
static void check_named_remainder(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *left = fl_rules_lexicon(ctx->rules, "remainder-states");
    const fl_qty *r = &f->qty[qi], *x = NULL;
    size_t b = f->sent_tok[s + 1], end = 0, found = 0;
    if (!left || r->kind != FL_QK_MONEY || r->qualifier >= 0 || isinf(r->hi) || r->tok_end + 1 >= b ||
        !role(ctx, r->tok_end, f->ntok, FL_ROLE_OF))
        return;
    const fl_qty *y = fl_named_amount(ctx, s, r->tok_end + 1, r, 1, &end);
    for (size_t i = end; y && i < b && i < end + 3 && f->tok[i].kind == FL_TOK_WORD && !found; i++)
        found = fl_lexicon_has_token(left, ctx->doc->text, &f->tok[i], 1);
    for (size_t i = f->sent_qty[s]; found && i < qi; i++)
        if (f->qty[i].kind == FL_QK_MONEY && strcmp(f->qty[i].dim, r->dim) == 0 && f->qty[i].qualifier < 0)
            x = &f->qty[i];
    if (!x || x == y || !part_of_amount(ctx, x, y) || fabs(y->value - x->value - r->value) <= sum_slack(ctx, x, y, r))
        return;
    report_remainder(ctx, x, NULL, y, r);
}

/* The word of change at token i (before token end): 1 an increase ("rose", "up"), -1 a decrease, 0 none;
 * *used its length in tokens. */
static int change_at(const fl_check_ctx *ctx, size_t end, size_t i, size_t *used)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    const fl_token *t = ctx->facts->tok;
    if (fl_phrases_at(&k->increase, text, t, end, i, used) >= 0)
        return 1;
    if (fl_phrases_at(&k->decrease, text, t, end, i, used) >= 0)
        return -1;
    return 0;
}

/* The number that starts at token i, or NULL (the numbers are in text order: found by halving). */
static const fl_num *num_at(const fl_facts *f, size_t i)
{
    size_t lo = 0, hi = f->nnum;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->num[mid].tok < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->nnum && f->num[lo].tok == i ? &f->num[lo] : NULL;
}

/* A multiple stated at token i before token end: a word of arithmetic.multiples ("tripled", "fourfold") or a
 * numeral and a word of arithmetic.multiple_suffixes ("3-fold", "2.5-fold"). Its value, 0 when none; *used: its
 * tokens. */
static double multiple_at(const fl_check_ctx *ctx, size_t end, size_t i, size_t *used)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    int mi = fl_phrases_at(&k->multiples, ctx->doc->text, f->tok, end, i, used);
    if (mi >= 0)
        return k->values[mi];
    if (f->tok[i].kind != FL_TOK_NUM)
        return 0;
    const fl_num *n = num_at(f, i);
    size_t suffix;
    if (!n || n->range || n->value <= 0 || n->tok + n->ntok >= end ||
        fl_phrases_at(&k->multiple_suffixes, ctx->doc->text, f->tok, end, n->tok + n->ntok, &suffix) < 0)
        return 0;
    *used = n->ntok + suffix;
    return n->value;
}

/* The multiple an equative states at token i, before token end: a number, a word of arithmetic.times, a word of
 * arithmetic.equatives and one word ("three times as many", "2.5 times as likely"); 0 when none; *used: its
 * length. */
static double equative_at(const fl_check_ctx *ctx, size_t end, size_t i, size_t *used)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_num *n = num_at(f, i);
    size_t t = n ? n->tok + n->ntok : end, times, as;
    if (!n || n->range || n->proportion || n->value <= 1 || t >= end ||
        fl_phrases_at(&k->times, ctx->doc->text, f->tok, end, t, &times) < 0 || t + times >= end ||
        fl_phrases_at(&k->equatives, ctx->doc->text, f->tok, end, t + times, &as) < 0 || t + times + as >= end ||
        f->tok[t + times + as].kind != FL_TOK_WORD)
        return 0;
    *used = t + times + as + 1 - i;
    return n->value;
}

/* Is q the end of a change: right after "to", or after "to" and a noun of level ("to a peak of 46
 * gigawatts", "to a record 3.1 million")? At most three words between, none a number or a mark. */
static int after_to(const fl_check_ctx *ctx, const fl_qty *q, size_t a)
{
    const fl_facts *f = ctx->facts;
    if (q->tok <= a)
        return 0;
    size_t at = qualifier_tok(f, q); /* "to roughly 4,800" */
    if (at > a && role(ctx, at - 1, f->ntok, FL_ROLE_TO))
        return 1;
    for (size_t i = q->tok - 1; i-- > a && q->tok - i <= 5;) {
        if (f->tok[i + 1].kind != FL_TOK_WORD)
            return 0;
        if (role(ctx, i, f->ntok, FL_ROLE_TO))
            return i + 1 < q->tok - 1 && role(ctx, q->tok - 1, f->ntok, FL_ROLE_OF);
    }
    return 0;
}

/* Are two amounts of one clause? A bare number has no clause of its own (the claim stage reads only what it
 * counts): then no mark may stand between the two. */
static int one_clause(const fl_facts *f, const fl_qty *x, const fl_qty *y)
{
    if (x->kind != FL_QK_BARE && y->kind != FL_QK_BARE)
        return f->qty_clause[x - f->qty] == f->qty_clause[y - f->qty];
    size_t lo = x->tok < y->tok ? x->tok_end : y->tok_end, hi = x->tok < y->tok ? y->tok : x->tok;
    for (size_t i = lo; i < hi; i++)
        if (f->tok[i].kind == FL_TOK_PUNCT && !(f->tok[i].end - f->tok[i].start == 1 && !f->tok[i].space_before &&
                                                i + 1 < hi && !f->tok[i + 1].space_before))
            return 0; /* a hyphen or slash inside a word or a season ("in 2024-25") is no mark */
    return 1;
}

/* Are two amounts of one measure? Two bare whole numbers are counts of one thing (what they count is no unit
 * the packs know: "from 18 coaches in 2019 to 27"), both plain or both with a scale word (not "from 4.2 to 5
 * million", whose 4.2 is of the scale after it). A bare number stands for a count the other gives the unit of ("14
 * vessels ... 9"): only a unit counted one by one (its value is its printed number), or a price with no scale
 * ("38.25 crowns ..., down from 42.50"; not "$5 million, down from 4.2", whose 4.2 may be of another scale). */
static int same_dim(const fl_facts *f, const fl_qty *x, const fl_qty *y)
{
    if (x->kind != FL_QK_BARE && y->kind != FL_QK_BARE)
        return strcmp(x->dim, y->dim) == 0;
    if (x->kind == FL_QK_BARE && y->kind == FL_QK_BARE) /* two whole counts: "from 18 coaches in 2019 to 27", */
        return x != y && f->num[x->num].scaled == f->num[y->num].scaled && /* "from 1.62 million to 1.94 million" */
               f->num[x->num].scale == f->num[y->num].scale;
    const fl_qty *bare = x->kind == FL_QK_BARE ? x : y, *unit = bare == x ? y : x;
    const fl_num *nb = &f->num[bare->num], *nu = &f->num[unit->num];
    if (bare == unit || (unit->kind != FL_QK_UNIT && unit->kind != FL_QK_MONEY))
        return 0;
    if (nb->scaled && nu->scaled) /* one scale word on both: "296.2 million phones, up from 281.6 million" */
        return nb->scale == nu->scale && unit->value == nu->value;
    return !nb->scaled && !nu->scaled && printed(f, unit) == unit->value;
}

/* The "from" that introduces amount q in the sentence from token a: right before it, before a possessive of up
 * to three words ("from last season's 92 million"), or before a noun phrase of up to four words whose "of" holds
 * it ("from Monday's close of 233p", "from a peak of 46 gigawatts"); 0 when none. */
static size_t from_of(const fl_check_ctx *ctx, const fl_qty *q, size_t a)
{
    const fl_facts *f = ctx->facts;
    if (q->tok <= a + 1)
        return 0;
    size_t at = qualifier_tok(f, q); /* "from around 52,000" */
    if (at > a + 1 && role(ctx, at - 1, f->ntok, FL_ROLE_FROM))
        return at - 1;
    const fl_lexicon *bases = fl_rules_lexicon(ctx->rules, "change-base-nouns");
    if (at > a + 2 && role(ctx, at - 1, f->ntok, FL_ROLE_OF) && bases &&
        fl_lexicon_has_token(bases, ctx->doc->text, &f->tok[at - 2], 1))
        for (size_t i = at - 1; i-- > a && at - 1 - i <= 5;) {
            if (role(ctx, i, f->ntok, FL_ROLE_FROM))
                return i + 1 < at - 1 ? i : 0;
            if ((f->tok[i].kind != FL_TOK_WORD && !fl_token_is_possessive(ctx->doc->text, &f->tok[i])) ||
                role(ctx, i, f->ntok, FL_ROLE_OF))
                return 0;
        }
    if (!possessive_at(ctx, q->tok - 1))
        return 0;
    for (size_t i = q->tok - 1; i-- > a && q->tok - 1 - i <= 4;) {
        if (role(ctx, i, f->ntok, FL_ROLE_FROM))
            return i;
        if (f->tok[i].kind != FL_TOK_WORD)
            return 0;
    }
    return 0;
}

/* The new level of "X ..., down from Y" / "X, up from Y" / "X, down P% from Y": the last amount of Y's measure
 * before Y in its sentence, when a word of change stands right before Y's "from" (or before a percentage right
 * before it) and a comma before that. *down_from: 1, or 2 when the percentage stands before "from". */
static const fl_qty *level_before(const fl_check_ctx *ctx, size_t s, const fl_qty *y, int *down_from)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], used, fi = from_of(ctx, y, a), w = fi ? fi - 1 : 0;
    int pct = 0;
    for (size_t qi = f->sent_qty[s]; fi && qi < f->sent_qty[s + 1]; qi++)
        if (f->qty[qi].kind == FL_QK_PERCENT && f->qty[qi].tok_end == fi && f->qty[qi].tok > a) {
            w = f->qty[qi].tok - 1;
            pct = 1;
        }
    if (w < a + 1 || f->tok[w - 1].kind != FL_TOK_PUNCT || !change_at(ctx, y->tok, w, &used))
        return NULL;
    const fl_qty *x = NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && f->qty[qi].tok < w; qi++)
        if (f->qty[qi].kind != FL_QK_PERCENT && same_dim(f, &f->qty[qi], y))
            x = &f->qty[qi]; /* "reached 180 mm in the 48 hours ..., up from 80 mm": the 180 mm */
    *down_from = x != NULL ? 1 + pct : 0;
    return x;
}

/* The new level of the market report's "closed up 4.2% at 318 pence, from 296 pence": the amount of y's measure
 * right after a word of "change-levels" (rules/segmentation.json: "at") that follows the percentage p, a word of
 * change right before p, and right before the comma before y's "from"; NULL when the sentence is not so. */
static const fl_qty *level_at_change(const fl_check_ctx *ctx, size_t s, const fl_qty *y, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "change-levels");
    size_t a = f->sent_tok[s], fi = from_of(ctx, y, a), at = p ? qualifier_tok(f, p) : 0, used;
    if (fi && role(ctx, qualifier_tok(f, y) - 1, f->ntok, FL_ROLE_OF))
        return NULL; /* "fell 3% at 250 pence, from a record high of 300 pence": the day's fall, not the fall from it */
    if (!links || !p || !fi || at <= a + 1 || p->tok_end + 2 >= fi || !fl_mark_at(ctx, fi - 1, ',') ||
        !fl_lexicon_has_token(links, ctx->doc->text, &f->tok[p->tok_end], 1) || !change_at(ctx, at, at - 1, &used))
        return NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *x = &f->qty[qi];
        if (x->tok == p->tok_end + 1 && x->tok_end + 1 == fi && x->kind != FL_QK_PERCENT && same_dim(f, x, y))
            return x;
    }
    return NULL;
}

/* Number ni as a quantity of no unit in *out; returns out. */
static const fl_qty *bare_qty(const fl_facts *f, size_t ni, fl_qty *out)
{
    const fl_num *n = &f->num[ni];
    memset(out, 0, sizeof *out);
    out->num = (uint32_t)ni;
    out->qstart = out->start = n->start;
    out->end = n->end;
    out->tok = n->tok;
    out->tok_end = n->tok + n->ntok;
    out->kind = FL_QK_BARE;
    out->qualifier = -1;
    out->value = n->value;
    out->lo = n->lo;
    out->hi = n->hi;
    out->dim = "";
    return out;
}

/* The first quantity of sentence s whose number is ni or a later one (its quantities are in the order of their
 * numbers), by halving: a sentence of many figures must not cost their square. */
static size_t first_qty_from(const fl_facts *f, size_t s, size_t ni)
{
    size_t lo = f->sent_qty[s], hi = f->sent_qty[s + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->qty[mid].num < ni)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A bare number right after "from" (word: FL_ROLE_FROM; or "to") that no quantity holds ("closed at 38.25 crowns, down
 * from 42.50"): as a quantity of no unit in *out, or NULL. Not a year, a name or a label; one with a scale word ("up
 * from 281.6 million") is of the measure of an amount with that scale word (same_dim). */
static const fl_qty *bare_after(const fl_check_ctx *ctx, size_t s, fl_role word, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++) {
        const fl_num *n = &f->num[ni];
        if (n->nonclaim || n->range || n->proportion || n->words || n->tok <= f->sent_tok[s] ||
            !role(ctx, n->tok - 1, f->ntok, word))
            continue;
        size_t lo = first_qty_from(f, s, ni);
        if (lo < f->sent_qty[s + 1] && f->qty[lo].num == ni)
            continue; /* a quantity holds it */
        return bare_qty(f, ni, out);
    }
    return NULL;
}

/* The first number of sentence s at or after token from, as a bare quantity ("fell from 8,470 to 7,840, a drop of
 * 830": the 830): the bare quantity that holds it, or one made in *out when none does or when only its own noun made
 * it a count; NULL when the first number there is held by a quantity with a unit, or is no amount (a year, a label, a
 * range, a proportion, words). */
static const fl_qty *bare_from(const fl_check_ctx *ctx, size_t s, size_t from, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++) {
        const fl_num *n = &f->num[ni];
        if (n->tok < from)
            continue;
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            if (f->qty[qi].num == ni) /* a count only its own noun made ("the 94,000 copies") is a bare one here */
                return f->qty[qi].kind == FL_QK_BARE                         ? &f->qty[qi]
                       : f->qty_own_noun && f->qty_own_noun[qi] && !n->words ? bare_qty(f, ni, out)
                                                                             : NULL;
        if (n->nonclaim || n->range || n->proportion || n->words)
            return NULL;
        return bare_qty(f, ni, out);
    }
    return NULL;
}

static int apposed_change(const fl_check_ctx *ctx, size_t s, size_t from, const fl_qty *p);

/* Is token i the punctuation mark ch? */
int fl_mark_at(const fl_check_ctx *ctx, size_t i, char ch)
{
    const fl_token *t = &ctx->facts->tok[i];
    return t->kind == FL_TOK_PUNCT && t->end - t->start == 1 && ctx->doc->text[t->start] == ch;
}

/* The prior period's figure that a results release brackets right after amount x: "rose 12% to £142.3m (2025:
 * £131.1m)", "(2024/25: 271,000)", "(H1 2025: £84.0m)". The bracket opens with a year (a financial year's second
 * part aside), after a period's label of the results-periods lexicon when one is given, and a colon, and holds
 * that one amount of x's measure; NULL when there is none. */
static const fl_qty *comparative_after(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *labels = fl_rules_lexicon(ctx->rules, "results-periods");
    size_t i = x->tok_end, b = f->sent_tok[s + 1], year = 0;
    if (i + 3 >= b || !fl_mark_at(ctx, i, '('))
        return NULL;
    if (labels && i + 4 < b && fl_lexicon_has_token(labels, ctx->doc->text, &f->tok[i + 1], 0)) {
        i++; /* "(H1 2025: ...)": i stands for the label's opening bracket */
        if (fl_mark_at(ctx, i + 1, ':'))
            year = i + 1; /* "(Q2: 6.35 p/kWh)": the label alone names the period before */
    }
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++)
        if (f->num[ni].tok == i + 1 && f->num[ni].year)
            year = i + 1 + f->num[ni].ntok;
    while (year && year + 1 < b && !fl_mark_at(ctx, year, ':') && year < i + 5 &&
           (f->tok[year].kind == FL_TOK_NUM || fl_mark_at(ctx, year, '/') || fl_mark_at(ctx, year, '-')))
        year++; /* "2024/25" */
    if (!year || year + 1 >= b || !fl_mark_at(ctx, year, ':'))
        return NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *y = &f->qty[qi];
        if (y->tok == year + 1 && y->qualifier < 0 && same_dim(f, x, y) && y->tok_end < b &&
            fl_mark_at(ctx, y->tok_end, ')'))
            return y;
    }
    return NULL;
}

/* The half-width of amount q's interval. */
static double half_width(const fl_qty *q)
{
    return (q->hi - q->lo) / 2;
}

/* A difference as printed: a span of time in hours, minutes and seconds ("1 min 10 s"), another amount in the
 * scale d is printed in ("4.3" of "£5.3 million"). */
static void fmt_difference(fl_buf *b, const fl_facts *f, const fl_qty *d, double v)
{
    if (strcmp(d->dim, "time-span") != 0) {
        fmt_num(b, v * printed(f, d) / d->value);
        return;
    }
    long sec = lround(fabs(v) * 86400);
    if (sec >= 3600)
        fl_buf_printf(b, "%ld h ", sec / 3600);
    if (sec >= 60)
        fl_buf_printf(b, "%ld min ", sec / 60 % 60);
    fl_buf_printf(b, "%ld s", sec % 60);
}

/* Reports a difference d stated between levels x and y ("fell from £21.5 million to £17.2 million, a decline of
 * £5.3 million") that is not x less y, its size only (whether "slower" means more or less depends on the
 * measure). An amount rounded more coarsely than the difference is taken as exact: a writer who states "1 minute
 * 40 seconds" against "a target of 7 minutes" knew the target to the second. */
static void report_difference(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    double hx = half_width(x) > half_width(d) ? 0 : half_width(x),
           hy = half_width(y) > half_width(d) ? 0 : half_width(y);
    double v = fabs(x->value - y->value), lo = fmax(0, v - hx - hy), hi = v + hx + hy;
    if (d->lo <= 0 || fl_interval_overlap(lo, hi, d->lo, d->hi))
        return;
    fl_buf msg = {0};
    fl_excerpt(&msg, ctx->doc, y->qstart, y->end, 40);
    fl_buf_puts(&msg, " and ");
    fl_excerpt(&msg, ctx->doc, x->qstart, x->end, 40);
    fl_buf_puts(&msg, " differ by ");
    fmt_difference(&msg, f, d, v);
    fl_buf_puts(&msg, ", not ");
    fl_excerpt(&msg, ctx->doc, d->qstart, d->end, 40);
    fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, d->qstart, d->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
}

/* The difference between levels x and y stated as an apposition after both ("..., a decline of £5.3 million",
 * "..., 1 minute 40 seconds slower than the standard"): the first amount after them in sentence s, of their
 * measure and not bare (bare when both levels are: then it may be made in *bare), when apposed_change reads it
 * as a change; NULL when none. */
static const fl_qty *difference_after(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y, fl_qty *bare)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *last = x->tok > y->tok ? x : y, *level = x->kind == FL_QK_BARE ? y : x;
    if (x->kind == FL_QK_BARE && y->kind == FL_QK_BARE) { /* "fell from 8,470 to 7,840, a drop of 830" */
        const fl_qty *d = bare_from(ctx, s, last->tok_end, bare);
        return d && !isinf(d->hi) && apposed_change(ctx, s, last->tok_end, d) ? d : NULL;
    }
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *d = &f->qty[qi];
        if (d->tok < last->tok_end)
            continue;
        if ((d->kind != FL_QK_UNIT && d->kind != FL_QK_MONEY) || !same_dim(f, d, level) || isinf(d->hi) ||
            stop_between(ctx, last, d))
            return NULL;
        return apposed_change(ctx, s, last->tok_end, d) ? d : NULL;
    }
    return NULL;
}

/* Is percentage p the restatement of difference d right after it: "or" between them, maybe after a comma ("a drop
 * of 12, or 19%", "a fall of 1,600 or 15 per cent"), or a bracket around it ("a cut of £1.6m (26%)")? */
static int restated_share(const fl_check_ctx *ctx, size_t s, const fl_qty *d, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, p), e = d->tok_end;
    if (p->kind != FL_QK_PERCENT || at <= e || at > e + 2 || p->tok_end >= f->sent_tok[s + 1])
        return 0;
    if (at == e + 1 && fl_mark_at(ctx, e, '('))
        return fl_mark_at(ctx, p->tok_end, ')');
    return role(ctx, at - 1, f->ntok, FL_ROLE_OR) && (at == e + 1 || fl_mark_at(ctx, e, ','));
}

/* The step of the last digit of q's number as printed: 1 for "3", 0.1 for "4.5", for "£1.2 billion" too. */
static double printed_step(const fl_facts *f, const fl_qty *q)
{
    const fl_num *n = &f->num[q->num];
    return (n->hi - n->lo) / (n->scaled ? n->scale : 1);
}

/* Level t (a copy of one end of a change) with the precision of the other end o when t is a whole number printed in
 * digits and o a decimal of the same unit and scale word: "rose from 2.5 MW to 3 MW" states 3 MW as precisely as
 * 2.5 MW, not as 2.5 to 3.5 MW. */
static void as_precise_as(const fl_facts *f, fl_qty *t, const fl_qty *o)
{
    const fl_num *nt = &f->num[t->num], *no = &f->num[o->num];
    double ht = half_width(t), ho = half_width(o);
    if (t->kind != o->kind || t->unit != o->unit || t->currency != o->currency || t->rate != o->rate ||
        nt->scale != no->scale || nt->words || no->words || nt->range || no->range || t->qualifier >= 0 ||
        o->qualifier >= 0 || fabs(printed_step(f, t) - 1) > 1e-9 || printed_step(f, o) >= 1 || ho >= ht)
        return;
    t->lo = t->value - ho;
    t->hi = t->value + ho;
}

/* Level q of a change as the arithmetic reads it: q itself when it has no qualifier; when a hedge that only rounds
 * (qualifiers.approx: "around 310,000", "an estimated 2.18 million") stands before digits, a copy in *out widened to
 * the rounding of its last significant digit as printed (the last decimal, else the last non-zero place: 305,000 to
 * 315,000; 2.175 to 2.185 million; "about 1,000" 500 to 1,500); NULL for a bound ("more than", "nearly"), a number
 * in words or a range. */
static const fl_qty *rounded_level(const fl_facts *f, const fl_qty *q, fl_qty *out)
{
    if (q->qualifier < 0)
        return q;
    const fl_num *n = &f->num[q->num];
    double step = printed_step(f, q), printed = n->value / (n->scaled ? n->scale : 1);
    if (q->qualifier != FL_Q_APPROX || n->words || n->range || n->value <= 0 || step <= 0)
        return NULL;
    if (step >= 1) /* a whole number: its last non-zero place */
        while (printed >= step * 10 && fmod(printed, step * 10) == 0)
            step *= 10;
    double half = step / 2 * (n->scaled ? n->scale : 1) * fabs(q->value / n->value);
    *out = *q;
    out->lo = q->value - half;
    out->hi = q->value + half;
    return out;
}

/* The token after level x of sentence s and the words that follow it ("27,300 in October", "44,900 a year
 * earlier", "£9m in 2025"): up to four words and years, none a word of change or another number; x->tok_end when
 * none. */
static size_t words_after_level(const fl_check_ctx *ctx, size_t s, const fl_qty *x)
{
    const fl_facts *f = ctx->facts;
    size_t i = x->tok_end, b = f->sent_tok[s + 1], used, ni = f->sent_num[s];
    while (ni < f->sent_num[s + 1] && f->num[ni].tok < i)
        ni++;
    while (i < b && i < x->tok_end + 4 && !change_at(ctx, b, i, &used)) {
        if (ni < f->sent_num[s + 1] && f->num[ni].tok == i && f->num[ni].year) {
            i += f->num[ni++].ntok;
            continue;
        }
        if (f->tok[i].kind != FL_TOK_WORD || (ni < f->sent_num[s + 1] && f->num[ni].tok == i))
            break;
        i++;
    }
    return i;
}

/* The token after the aside that restates difference d as a share right after it: ", or P," ("by 1,600, or 15 per
 * cent, from", "by 1,600 (15 per cent) from"); 0 when none. */
static size_t share_aside_end(const fl_check_ctx *ctx, size_t s, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    size_t qi = first_qty_from(f, s, d->num + 1);
    if (qi >= f->sent_qty[s + 1] || f->qty[qi].kind != FL_QK_PERCENT || !restated_share(ctx, s, d, &f->qty[qi]))
        return 0;
    size_t e = f->qty[qi].tok_end;
    if (fl_mark_at(ctx, e, ')')) /* "by 1,600 (15 per cent) from" */
        return e + 1;
    return e < f->sent_tok[s + 1] && fl_mark_at(ctx, e, ',') && fl_mark_at(ctx, d->tok_end, ',') ? e + 1 : 0;
}

/* The difference between levels x and y stated before both, right after a word of change and "by" ("rose by 2,100 to
 * 27,300 ..., from 24,600", "fell by £2.1m from £24.6m to £27.3m"): an amount of their measure, or a bare number
 * when both are bare (then it may be made in *bare), with no mark between it and the first level; NULL when none,
 * or when a word of change opens the base's own comparison ("..., up from 24,600 a year earlier": the month's
 * rise of 2,100 need not be the year's). */
static const fl_qty *difference_before(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y,
                                       fl_qty *bare)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *first = x->tok < y->tok ? x : y, *level = x->kind == FL_QK_BARE ? y : x, *d = NULL;
    size_t a = f->sent_tok[s], used, by = first->tok;
    while (by > a + 1 && !(role(ctx, by, f->ntok, FL_ROLE_BY) && change_at(ctx, by, by - 1, &used)))
        by--;
    size_t fi = from_of(ctx, y, a);
    if (by <= a + 1 || (fi > a && change_at(ctx, y->tok, fi - 1, &used)))
        return NULL; /* "rose by 2,100 to 27,300, up from 24,600 a year earlier": another comparison */
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
        if (f->qty[qi].tok == by + 1 && f->qty[qi].qualifier < 0)
            d = &f->qty[qi];
    if (!d && x->kind == FL_QK_BARE && y->kind == FL_QK_BARE)
        d = bare_from(ctx, s, by + 1, bare);
    if (!d || d->tok != by + 1 || isinf(d->hi) || d->tok_end > first->tok)
        return NULL;
    if (d->kind == FL_QK_BARE ? level->kind != FL_QK_BARE || !same_dim(f, d, level)
                              : (d->kind != FL_QK_UNIT && d->kind != FL_QK_MONEY) || strcmp(d->dim, level->dim) != 0)
        return NULL;
    size_t i = d->tok_end, shared = share_aside_end(ctx, s, d);
    if (shared && shared < first->tok)
        i = shared; /* "fell by 1,600, or 15 per cent, from 8,400 to 7,100": its share restated */
    for (; i < first->tok; i++)
        if (f->tok[i].kind == FL_TOK_PUNCT)
            return NULL; /* "rose by 2,100 in March, the most since 2019, to 27,300": the difference of an aside */
    return d;
}

static int change_after(const fl_check_ctx *ctx, size_t s, const fl_qty *p);
static int excess_at(const fl_check_ctx *ctx, size_t i, size_t *used);
static void report_change(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *p, int dir,
                          double multiple);
static int other_level_holds(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y, const fl_qty *p,
                             int dir);

/* ---- a change told in prose against the table row of its two periods ----
 * A report's table compares two periods ("| Staff vacancies (FTE) | 63 | 47 |" under "Q3 2024/25 | Q3 2025/26")
 * and its text tells the same row's change in words ("Vacancies fell from 63 to forty-one posts"). When the
 * change's base is the row's figure of one period, exactly, and the clause before its "from" names the row's head
 * noun (the label's last word before a bracket), the new level is the row's figure of the next later period the
 * header states: a text that gives another, as printed (a row in thousands gives "436" for "436 thousand"; no
 * hedged level), contradicts its table. Only rows whose columns' headers state their
 * periods (a target column states none), one such row only, and a sentence that states no year of its own (a
 * change to another time: "to 41 by March 2026"). */

/* Does the word token i spell a word of the label l before its bracket ("Vacancies" of "Staff vacancies (FTE)",
 * "Complaints" of "Complaints received"), case aside, a noun of ROW_WORD_MIN letters or more? */
enum { ROW_WORD_MIN = 4 };

static int label_word_at(const fl_check_ctx *ctx, fl_tspan l, size_t i)
{
    const char *s = ctx->doc->text;
    const fl_token *t = &ctx->facts->tok[i];
    size_t n = t->end - t->start, p = l.start;
    if (t->kind != FL_TOK_WORD || n < ROW_WORD_MIN)
        return 0;
    while (p < l.end && s[p] != '(') {
        while (p < l.end && s[p] != '(' && !fl_is_ascii_alpha((unsigned char)s[p]))
            p++;
        size_t w = p;
        while (p < l.end && fl_is_ascii_alpha((unsigned char)s[p]))
            p++;
        if (p - w == n && fl_ascii_ieq(s + w, s + t->start, n))
            return 1;
    }
    return 0;
}

/* Is the word right before the verb of change, the clause's last word before "from" but the verb (its subject's
 * head: "Vacancies fell from"), a word of row r's label? The words between may be an adverb or auxiliary ("have
 * fallen from"): up to CHANGE_SUBJECT_GAP of them. */
enum { CHANGE_SUBJECT_GAP = 3 };

static int subject_of_row(const fl_check_ctx *ctx, const fl_table_row *r, size_t a, size_t fi)
{
    for (size_t i = fi; i-- > a && fi - i <= CHANGE_SUBJECT_GAP + 1;) {
        if (ctx->facts->tok[i].kind != FL_TOK_WORD)
            return 0;
        if (i + 1 < fi && label_word_at(ctx, r->cell[0], i))
            return 1;
    }
    return 0;
}

/* Does sentence tokens [a, e) hold a year (a whole number 1900-2100 of four digits)? */
static int year_token_in(const fl_check_ctx *ctx, size_t a, size_t e)
{
    const fl_facts *f = ctx->facts;
    for (size_t i = a; i < e; i++) {
        const fl_token *t = &f->tok[i];
        if (t->kind == FL_TOK_NUM && t->end - t->start == 4) {
            int y = atoi(ctx->doc->text + t->start);
            if (y >= 1900 && y <= 2100)
                return 1;
        }
    }
    return 0;
}

/* The column of row r's figure of the next period after column cy's, by its table's header (0 when the headers
 * state no such periods). */
static size_t later_column(const fl_check_ctx *ctx, const fl_table_row *r, size_t cy)
{
    const fl_table *t = &ctx->facts->tables.tables[r->table];
    const fl_lexicon *labels = fl_rules_lexicon(ctx->rules, "results-periods");
    fl_tspan lab;
    int yy, yc, best = 0;
    size_t col = 0;
    if (cy >= t->ncols || !fl_table_period_header(ctx->doc->text, t->head[cy], labels, &yy, &lab))
        return 0;
    for (size_t c = 1; c < r->ncells && c < t->ncols; c++)
        if (c != cy && fl_table_period_header(ctx->doc->text, t->head[c], labels, &yc, &lab) && yc > yy &&
            (!best || yc < best)) {
            best = yc;
            col = c;
        }
    return col;
}

/* A change of sentence s from base y to x ("Vacancies fell from 63 to 41") told again of a piped table row of its
 * document: the one row whose label has the clause subject's head word (subject_of_row) and a cell printed as y,
 * the row's figure of the next period (later_column) its x. Reports x when it differs from that figure as printed
 * (a row in thousands gives "436" for "436 thousand"); not when x is in the table itself, y is hedged or the
 * sentence states a year of its own (another period), or two rows or columns hold that base. */
static void table_row_told(fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    const fl_tables *tb = &f->tables;
    size_t a = f->sent_tok[s], fi = from_of(ctx, y, a), col, hint = 0;
    if (!tb->nrows || !fi || y->tok > x->tok || !fl_rule_on(ctx, FL_RULE_NUMERIC_CONFLICT) ||
        fl_tables_cell(tb, x->start, &col, &hint) || y->qualifier >= 0 || year_token_in(ctx, a, f->sent_tok[s + 1]))
        return;
    const fl_table_row *hit = NULL;
    const fl_qty *was = NULL, *is = NULL;
    for (size_t ri = 0; ri < tb->nrows; ri++) {
        const fl_table_row *r = &tb->rows[ri];
        if (!r->piped || r->total || !subject_of_row(ctx, r, a, fi))
            continue;
        for (size_t c = 1; c < r->ncells; c++) {
            const fl_qty *cy = cell_qty(f, r->cell[c]), *cx;
            size_t lc = cy && printed(f, cy) == printed(f, y) ? later_column(ctx, r, c) : 0;
            if (!lc || !(cx = cell_qty(f, r->cell[lc])) ||
                (cx->kind != x->kind && cx->kind != FL_QK_BARE && x->kind != FL_QK_BARE))
                continue;
            if (hit)
                return; /* two rows, or two columns, of that base: which one the text tells is not known */
            hit = r;
            was = cy;
            is = cx;
        }
    }
    /* as printed: a row in thousands gives "436" for "436 thousand"; the base's scale is the row's */
    if (!hit || x->qualifier >= 0 || fabs(printed(f, x) - printed(f, is)) <= 1e-9 * fabs(printed(f, is)) ||
        f->num[x->num].scaled != f->num[y->num].scaled)
        return;
    fl_buf said = {0}, cell = {0}, base = {0};
    fl_excerpt(&said, ctx->doc, x->qstart, x->end, 60);
    fl_excerpt(&cell, ctx->doc, is->qstart, is->end, 40);
    fl_excerpt(&base, ctx->doc, was->qstart, was->end, 40);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_CONFLICT, x->qstart, x->end,
                           "%s conflicts with %s in the table row \"%.*s\" (its figure before, %s, is the base "
                           "stated here)",
                           fl_buf_cstr(&said), fl_buf_cstr(&cell), (int)(hit->cell[0].end - hit->cell[0].start),
                           ctx->doc->text + hit->cell[0].start, fl_buf_cstr(&base));
    fl_report_related(ctx, d, is->qstart, is->end, "the table's figure");
    fl_buf_free(&said);
    fl_buf_free(&cell);
    fl_buf_free(&base);
}

/* A change "rose P% to X from Y" / "X, up P% from Y" / "doubled from Y to X" in one sentence. */
static void check_change(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1];
    size_t q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
    if (q1 - q0 < 2)
        return;
    /* the amounts after "from" and after "to" ("to a peak of 46 gigawatts"); a bare number may stand for a
     * count whose unit the other gives ("from 14 vessels in 2024 to 9 in 2025") */
    const fl_qty *x = NULL, *y = NULL, *p = NULL;
    for (size_t qi = q0; qi < q1; qi++) {
        const fl_qty *q = &f->qty[qi];
        if (q->kind == FL_QK_PERCENT && !p)
            p = q;
        else if ((q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY || q->kind == FL_QK_BARE) && q->tok > a) {
            if (from_of(ctx, q, a) && !y)
                y = q;
            else if (after_to(ctx, q, a) && !x)
                x = q;
        }
    }
    /* "closed at 38.25 crowns on Tuesday, down from 42.50 on Monday": the amount before "down from" is the
     * new level, and the clause "down from" opens is the change's own */
    int down_from = 0, bracketed = 0;
    for (size_t qi = q0; !y && qi < q1; qi++) /* "rose 12% to £142.3m (2025: £131.1m)": the prior year's level */
        if (f->qty[qi].kind != FL_QK_PERCENT && (!x || x == &f->qty[qi]) &&
            (y = comparative_after(ctx, s, &f->qty[qi])) != NULL) {
            x = &f->qty[qi];
            bracketed = 1;
        }
    fl_qty bare;
    if (!y && !x)
        y = bare_after(ctx, s, FL_ROLE_FROM, &bare);
    fl_qty bare_to; /* "fell from 2.5 million to 2.1 million": both bare; "from 96.0 to 99.8" (a decimal is no count) */
    if (y && !x && (y == &bare || y->kind == FL_QK_BARE))
        x = bare_after(ctx, s, FL_ROLE_TO, &bare_to);
    if (y && !x)
        x = level_before(ctx, s, y, &down_from);
    if (y && !x && (x = level_at_change(ctx, s, y, p)) != NULL)
        down_from = 2; /* "up 4.2% at 318 pence, from 296 pence": the percentage before the level */
    else if (x && y && !bracketed && !one_clause(f, x, y) && x->tok < y->tok) {
        int df = 0; /* "rose to X in 2026, up from Y": the clause "up from" opens is the change's own */
        if (level_before(ctx, s, y, &df) == x)
            down_from = df;
        else if (from_of(ctx, y, a) == words_after_level(ctx, s, x) + 1 && fl_mark_at(ctx, from_of(ctx, y, a) - 1, ','))
            down_from = 1; /* "rose to 44,900, from 41,200 a year earlier": only the comma between, or words
                            * before it ("rose by 2,100 to 27,300 in October, from 24,600 in September") */
    }
    fl_qty bare_by; /* "fell by 1,600, or 15 per cent, from 8,400 to 7,100": the share of a difference before both */
    const fl_qty *by = x && y && p ? difference_before(ctx, s, x, y, &bare_by) : NULL;
    if (by && !restated_share(ctx, s, by, p))
        by = NULL;
    if (x && y && p && !by && (by = difference_after(ctx, s, x, y, &bare_by)) != NULL && !restated_share(ctx, s, by, p))
        by = NULL;    /* "..., a drop of 1,600 (15 per cent)": the share of a difference after both */
    fl_qty bare_base; /* "Vacancies fell from 63 to forty-one posts": a bare base no quantity holds */
    const fl_qty *base = y ? y : x ? bare_after(ctx, s, FL_ROLE_FROM, &bare_base) : NULL;
    if (x && base && !down_from && !bracketed && one_clause(f, x, base))
        table_row_told(ctx, s, x, base); /* the table row of its two periods */
    /* a change and its figures are of one clause: "revenue rose 10% to $110 million, and its costs fell from
     * $50 million" pairs nothing across the comma */
    if (x && y && !down_from &&
        ((!bracketed && !one_clause(f, x, y)) || (p && !by && !one_clause(f, p, x->kind == FL_QK_BARE ? y : x) &&
                                                  !apposed_change(ctx, s, (x->tok > y->tok ? x : y)->tok_end, p))))
        return; /* the change is of their clause, or an apposition after both ("..., a 40 percent increase") */
    if (x && y && down_from == 1 && p &&
        (p->tok < y->tok || (!one_clause(f, p, y) && !apposed_change(ctx, s, y->tok_end, p))))
        return;    /* "X, down from Y, a fall of P": the change follows Y, in its clause or as an apposition */
    fl_qty xr, yr; /* "around 310,000, up from 265,000": a hedge that only rounds widens the level */
    int hedged = x && y && (x->qualifier >= 0 || y->qualifier >= 0);
    if (hedged && (x = rounded_level(f, x, &xr)) != NULL)
        y = rounded_level(f, y, &yr);
    if (!x || !y || x == y || !same_dim(f, x, y) || y->lo <= 0 || isinf(x->hi) || isinf(y->hi))
        return;
    fl_qty xt = *x, yt = *y; /* "from 4.5 MW to 3 MW": the whole takes the decimal's precision */
    as_precise_as(f, &xt, y);
    as_precise_as(f, &yt, x);
    fl_qty bare_d; /* a difference restated as a share ("a drop of 12, or 19%") is checked with it */
    const fl_qty *d = by ? by : p ? NULL : difference_after(ctx, s, x, y, &bare_d);
    if (!p && !d) /* "rose by 2,100 to 27,300, from 24,600", "rose by £2.1m from £24.6m to £27.3m" */
        d = difference_before(ctx, s, x, y, &bare_d);
    if (d && !hedged) /* a difference of hedged levels is not read: report_difference takes a coarse level as exact */
        report_difference(ctx, &xt, &yt, d);
    if (d && !p)
        return;
    /* the word of change nearest before the percentage (and its bound: the "more" of "a drop of more than a
     * fifth" states no rise) or the amounts */
    int dir = 0;
    double multiple = 0;
    size_t used;
    size_t stop = by ? by->tok : p ? qualifier_tok(f, p) : (x->tok < y->tok ? x->tok : y->tok);
    if (by && by->tok > x->tok && by->tok > y->tok) /* "..., a drop of 1,600, or 15 per cent": the drop's word */
        dir = apposed_change(ctx, s, (x->tok > y->tok ? x : y)->tok_end, by);
    size_t floor = down_from == 1 ? y->tok_end : a; /* after "down from Y" the change is stated after Y */
    for (size_t i = stop; !dir && i-- > floor && stop - i <= 6;) {
        double mv = p ? 0 : multiple_at(ctx, b, i, &used);
        if (mv > 0) {
            multiple = mv;
            break;
        }
        if ((dir = change_at(ctx, b, i, &used)) != 0)
            break;
    }
    /* "a 31% reduction", "a 5 per cent rise": the word of change right after the percentage */
    if (p && !dir)
        dir = change_after(ctx, s, p);
    if (p && !dir && p->tok > x->tok && p->tok > y->tok) /* "..., a gain of 46 cents, or nearly 20 per cent" */
        dir = apposed_change(ctx, s, (x->tok > y->tok ? x : y)->tok_end, p);
    if (down_from && p && dir && other_level_holds(ctx, s, x, y, p, dir))
        return;
    report_change(ctx, &xt, &yt, p, dir, multiple);
}

/* The word of change right after a percentage ("a 31% reduction", "a 5 per cent rise"): 1 increase, -1
 * decrease, 0 none. */
static int change_after(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    size_t b = ctx->facts->sent_tok[s + 1], used;
    return p->tok_end < b ? change_at(ctx, b, p->tok_end, &used) : 0;
}

/* Reports a change from y to x that is not the stated percentage p in direction dir, or the stated multiple. */
/* Does the change from y to x agree with the stated percentage p in direction dir (1 rise, -1 fall)? */
static int change_holds(const fl_facts *f, const fl_qty *x, const fl_qty *y, const fl_qty *p, int dir)
{
    double lo = 100 * (x->lo - y->hi) / y->hi, hi = 100 * (x->hi - y->lo) / y->lo, plo, phi;
    stated_share(f, p, &plo, &phi);
    if (dir < 0) {
        double t = plo;
        plo = -phi;
        phi = -t;
    }
    return fl_interval_overlap(lo, hi, plo, phi);
}

/* Is there another amount before the base y of "X, up from Y, a rise of P" in sentence s, of y's dimension, from
 * which the stated change holds? "41 incursions at its 64 grounds, up from 29": which amount the base is of is not
 * known, so the change is reported only when it is the change of none. */
static int other_level_holds(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y, const fl_qty *p,
                             int dir)
{
    const fl_facts *f = ctx->facts;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && f->qty[qi].tok < y->tok; qi++) {
        const fl_qty *c = &f->qty[qi];
        if (c != x && c->kind != FL_QK_PERCENT && same_dim(f, c, y) && c->qualifier < 0 && !isinf(c->hi) &&
            change_holds(f, c, y, p, dir))
            return 1;
    }
    return 0;
}

static void report_change(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *p, int dir,
                          double multiple)
{
    const fl_facts *f = ctx->facts;
    fl_buf msg = {0};
    const fl_qty *at = p ? p : x;
    if (p && dir) {
        if (change_holds(f, x, y, p, dir))
            return;
        double pct = 100 * (x->value - y->value) / y->value;
        fl_buf_puts(&msg, "from ");
        fmt_num(&msg, printed(f, y));
        fl_buf_puts(&msg, " to ");
        fmt_num(&msg, x->value / (y->value / printed(f, y)));
        fl_buf_printf(&msg, " is a change of %+.1f%%, not %s", pct,
                      f->num[p->num].words ? (dir > 0 ? "a rise of " : "a fall of ")
                      : dir > 0            ? "+"
                                           : "-");
        fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 40);
    } else if (!p && multiple > 0) {
        double lo = x->lo / y->hi, hi = x->hi / y->lo;
        if (fl_interval_overlap(lo, hi, multiple * 0.95, multiple * 1.05))
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

/* The direction of a change stated by its size as an apposition in tokens [after, comma): an article, the word
 * of change, at most a change link and an amount ("a gain of 46 cents"): 1, -1, or 0 when it is not one. */
static int restated_change(const fl_check_ctx *ctx, size_t s, size_t after, size_t comma)
{
    const fl_facts *f = ctx->facts;
    while (after < comma && role(ctx, after, f->ntok, FL_ROLE_ARTICLES))
        after++;
    size_t used, nums = 0;
    int dir = change_at(ctx, f->sent_tok[s + 1], after, &used);
    if (!dir || comma - (after + used) > 4)
        return 0;
    for (size_t i = after + used; i < comma; i++) {
        nums += f->tok[i].kind == FL_TOK_NUM;
        if (f->tok[i].kind == FL_TOK_PUNCT && strchr(".;:()", ctx->doc->text[f->tok[i].start]))
            return 0;
    }
    return nums == 1 ? dir : 0;
}

/* The sign glued before percentage p, after a space or a mark ("-17.2%", "−3%", "+4.5%"): -1, 1, or 0 when none. */
static int sign_before(const fl_check_ctx *ctx, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, p);
    if (f->num[p->num].minus)
        return -1;
    return at > 0 && fl_mark_at(ctx, at - 1, '+') && f->tok[at - 1].end == f->tok[at].start &&
                   (at < 2 || f->tok[at - 1].space_before || f->tok[at - 2].kind == FL_TOK_PUNCT)
               ? 1
               : 0;
}

/* The change stated as an apposition after token from, ending with the percentage p: after the last comma or
 * dash between them ("up from 1,210 in 2024 – a rise of more than a third") an article, then the word of change and at
 * most a change link ("an increase of 35 percent", "up 35%", "an overrun of 22 percent"), or the percentage and the
 * word of change ("a 30% rise"). 1 an increase, -1 a decrease, 0 none (no comma, or a clause of its own: "..., and
 * prices rose 35%"). */
static int apposed_change(const fl_check_ctx *ctx, size_t s, size_t from, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t after = 0, before = 0; /* the first token after the last comma (or dash) between from and p, and the one
                                   * before; or the bracket that closes right after p ("(a rise of 14%)") */
    int closed = p->tok_end < f->sent_tok[s + 1] && fl_mark_at(ctx, p->tok_end, ')');
    for (size_t i = from; i < p->tok; i++)
        if (apposition_mark(ctx->doc->text, &f->tok[i]) || (closed && fl_mark_at(ctx, i, '(')) ||
            fl_mark_at(ctx, i, ':')) {
            before = after;
            after = i + 1;
        }
    if (!after)
        return 0;
    int paren = closed && fl_mark_at(ctx, after - 1, '(');
    size_t after0 = after;
    size_t at = qualifier_tok(f, p);
    if (!paren && before && after + 1 == at && role(ctx, after, f->ntok, FL_ROLE_OR))
        return restated_change(ctx, s, before, after - 1); /* "a gain of 46 cents, or nearly 20 per cent" */
    while (after < p->tok && role(ctx, after, f->ntok, FL_ROLE_ARTICLES))
        after++;
    size_t used;
    int dir = change_at(ctx, f->sent_tok[s + 1], after, &used);
    const fl_lexicon *mods = fl_rules_lexicon(ctx->rules, "change-modifiers");
    if (!dir && mods && after + 1 < at && fl_lexicon_has_token(mods, ctx->doc->text, &f->tok[after], 1) &&
        (dir = change_at(ctx, f->sent_tok[s + 1], after + 1, &used)) != 0)
        after++; /* "a sharp rise of 14 per cent" (not "a real-terms rise": of other levels) */
    const fl_lexicon *falls = fl_rules_lexicon(ctx->rules, "apposed-decreases");
    if (!dir && falls && after < at && fl_lexicon_has_token(falls, ctx->doc->text, &f->tok[after], 1) &&
        (p->tok_end >= f->sent_tok[s + 1] || clause_end_at(ctx, s, p->tok_end))) {
        dir = -1; /* "..., a loss of 25 per cent": a noun of a fall only as the change's apposition, and not of
                   * another whole ("a loss of 3 per cent of market share") */
        used = 1;
    }
    if (dir && after + used + 1 < at) /* at most a change link between: "an increase of (about)" */
        dir = 0;
    if (dir && after >= at)
        dir = 0; /* the percentage's own bound is no word of change: "and 71 were returned - more than 75 per cent" */
    if (paren || fl_mark_at(ctx, after0 - 1, ':')) /* a bracket or a colon before a word of change: "(a rise of 14%)",
                                                    * ": a rise of 14 per cent", not "(+6.0%)" */
        return dir;
    if (!dir && (after == at || after + 1 == at))
        dir = sign_before(ctx, p); /* "(Q2: 6.35 p/kWh), -17.2%": a glued minus is no dash */
    if (!dir && after == at)
        dir = change_after(ctx, s, p);
    if (!dir && after == at && p->tok_end < f->sent_tok[s + 1] &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->multiple_hedges, ctx->doc->text, f->tok, f->sent_tok[s + 1],
                      p->tok_end, &used) < 0)
        dir = excess_at(ctx, p->tok_end, &used); /* "..., 58 per cent above" (not "20 per cent over five years") */
    return dir;
}

/* The token after the closing parenthesis of an aside that opens right after amount y ("1.2 kN/m² (roughly 25
 * lb per sq ft)"), or 0 when none follows it. */
static size_t restated_after(const fl_check_ctx *ctx, size_t s, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1];
    if (y->tok_end >= b || f->tok[y->tok_end].kind != FL_TOK_PUNCT || ctx->doc->text[f->tok[y->tok_end].start] != '(')
        return 0;
    for (size_t i = y->tok_end + 1; i < b && i < y->tok_end + 12; i++)
        if (f->tok[i].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i].start] == ')')
            return i + 1;
    return 0;
}

/* The token after a year of sentence s at token j that owns what follows ("2024's £198.2m": the year, its
 * apostrophe and "s" glued), or j when there is none. */
static size_t year_owner_end(const fl_check_ctx *ctx, size_t s, size_t j)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    if (j + 2 >= f->sent_tok[s + 1] || year_num_at(ctx, s, j) == SIZE_MAX || f->tok[j + 1].start != f->tok[j].end ||
        f->tok[j + 2].start != f->tok[j + 1].end)
        return j;
    size_t n = f->tok[j + 2].end - f->tok[j + 1].start;
    return fl_possessive_suffix(text + f->tok[j + 1].start, n) == n ? j + 3 : j;
}

/* Where the base of a change stated after its percentage starts: tokens [i, y) of sentence s are a word of
 * "change-bases" (rules/segmentation.json: "on", "over") or of arithmetic.comparisons ("compared with"), then at
 * most six words, possessives and years that own the base ("last year's", "the device's previous best of",
 * "2024's"); 0 when they are not. */
static int base_words(const fl_check_ctx *ctx, size_t s, size_t i, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *bases = fl_rules_lexicon(ctx->rules, "change-bases");
    size_t at = qualifier_tok(f, y), used = 0;
    if (i >= at)
        return 0;
    if (!(bases && fl_lexicon_has_token(bases, ctx->doc->text, &f->tok[i], 1) && (used = 1)) &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->comparisons, ctx->doc->text, f->tok, at, i, &used) < 0)
        return 0;
    if (at - (i + used) > 6)
        return 0;
    for (size_t j = i + used; j < at; j++) {
        size_t owned = year_owner_end(ctx, s, j);
        if (owned > j)
            j = owned - 1;
        else if (f->tok[j].kind != FL_TOK_WORD && !fl_token_is_possessive(ctx->doc->text, &f->tok[j]))
            return 0;
    }
    return 1;
}

/* The base of a change stated after its percentage p, from token at (base_words): the next amount of sentence s
 * when it has a unit, else the bare number there ("up 23 per cent on the 601,000 of July 2025", in *bare); no
 * word of "to", "from" or "by" among the words before it (in "up 10% on an underlying basis to £4m" the amount is
 * the level reached). NULL when none. */
static const fl_qty *base_of_change(const fl_check_ctx *ctx, size_t s, size_t qi, size_t at, fl_qty *bare)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *y = qi + 1 < f->sent_qty[s + 1] ? &f->qty[qi + 1] : NULL;
    if (!y || y->kind == FL_QK_BARE)
        y = bare_from(ctx, s, at, bare);
    if (!y || y->kind == FL_QK_PERCENT || !base_words(ctx, s, at, y))
        return NULL;
    for (size_t i = at; i < y->tok; i++)
        if (role(ctx, i, f->ntok, FL_ROLE_TO) || role(ctx, i, f->ntok, FL_ROLE_FROM) ||
            role(ctx, i, f->ntok, FL_ROLE_BY))
            return NULL;
    return y;
}

/* "Output was 1.8 GJ, a 35% increase on the previous best of 1.5 GJ", "sales of £1.8m, a 20% fall compared with
 * last year's £2.25m", "brought 702,000 passengers, up 23 per cent on the 601,000 of July 2025": level x, then as an
 * apposition the percentage p with its word of change right after it or before it (apposed_change), then the base
 * y after a word of base (base_words); x and y of one measure (the base may be a bare count of x's unit: no level
 * and no base bare but both), neither hedged. */
static void check_change_on(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi];
    size_t used = 0;
    if (p->kind != FL_QK_PERCENT || qi == f->sent_qty[s] || p->tok_end >= f->sent_tok[s + 1])
        return;
    const fl_qty *x = &f->qty[qi - 1];
    int after = change_at(ctx, f->sent_tok[s + 1], p->tok_end, &used);
    used = after ? used : 0;
    int dir = apposed_change(ctx, s, x->tok_end, p);
    fl_qty bare;
    const fl_qty *y = dir && (!after || after == dir) ? base_of_change(ctx, s, qi, p->tok_end + used, &bare) : NULL;
    if (!y || x->kind == FL_QK_PERCENT || (x->kind == FL_QK_BARE && y->kind != FL_QK_BARE) || !same_dim(f, x, y) ||
        y->lo <= 0 || isinf(x->hi) || isinf(y->hi) || x->qualifier >= 0 || y->qualifier >= 0)
        return;
    fl_qty xt = *x, yt = *y;
    as_precise_as(f, &xt, y);
    as_precise_as(f, &yt, x);
    report_change(ctx, &xt, &yt, p, dir, 0);
}

/* Amount c of the sentence before as the other level of a change whose one level is q: of q's measure (a count of
 * things, or a rate of them, for a bare q: "about 3,000 cars a week ... 2,100"), no percentage or bound, widened by a
 * hedge that only rounds (rounded_level) in *out; NULL when it is none. */
static const fl_qty *prior_level(const fl_check_ctx *ctx, const fl_qty *q, const fl_qty *c, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    char counted[64];
    size_t n = strcspn(c->dim, "/");
    if (c->kind == FL_QK_PERCENT || c == q || !same_dim(f, c, q) || n >= sizeof counted)
        return NULL;
    memcpy(counted, c->dim, n);
    counted[n] = 0;
    if (q->kind == FL_QK_BARE && c->kind != FL_QK_BARE && !fl_count_dimension(ctx->rules, counted))
        return NULL;
    c = rounded_level(f, c, out);
    return c && c->lo > 0 && !isinf(c->hi) ? c : NULL;
}

/* Does the change of percentage p (direction dir) hold from or to one of the amounts of the sentence before s that
 * may be q's other level (prior_level), or to their sum ("3,400 people and 5,100. The total was down from 9,440"):
 * read as the base of the change when as_base (q then the level reached), else as the level reached (q the base)?
 * With two such amounts of a unit, which one is meant is not known: it is taken to hold.
 * *near: the nearest such amount with a unit, else the nearest bare one, of those whose change is within a factor of
 * two of the stated one (a figure further off is another's); NULL when none. */
static int prior_level_holds(const fl_check_ctx *ctx, size_t s, const fl_qty *q, const fl_qty *p, int dir, int as_base,
                             const fl_qty **near)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *bare = NULL;
    fl_qty sum = *q;
    size_t n = 0, units = 0;
    sum.lo = sum.hi = 0;
    *near = NULL;
    for (size_t k = f->sent_qty[s]; k-- > f->sent_qty[s - 1];) {
        fl_qty cr;
        const fl_qty *c = prior_level(ctx, q, &f->qty[k], &cr);
        if (!c)
            continue;
        if (change_holds(f, as_base ? q : c, as_base ? c : q, p, dir))
            return 1;
        sum.lo += c->lo;
        sum.hi += c->hi;
        n++;
        units += c->kind != FL_QK_BARE;
        double ratio = as_base ? q->value / c->value : c->value / q->value, stated = 1 + dir * p->value / 100;
        if (ratio / stated < 0.5 || ratio / stated > 2)
            continue; /* a change that far off is of another figure: "closed at 7,400, a fall of 2%" after "300 firms"
                       */
        if (c->kind == FL_QK_BARE)
            bare = bare ? bare : &f->qty[k];
        else
            *near = *near ? *near : &f->qty[k];
    }
    *near = *near ? *near : bare;
    if (units > 1)
        return 1; /* "Losses were EUR 315 million and costs EUR 200 million. That compares with ...": which one is not
                   * known */
    return n > 1 && change_holds(f, as_base ? q : &sum, as_base ? &sum : q, p, dir);
}

/* Does sentence s open with a subject that points back to a figure of the sentence before and states none: words and
 * possessives only up to its verb (a form of "be", a word of change or of comparison) or its first number, the last of
 * them a word of "figure-anaphors" ("Her total was down from ...", "The figure fell 12% from ...", "That was 12% down
 * on ...", "It compares with ...")? */
static int subject_points_back(const fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *ana = fl_rules_lexicon(ctx->rules, "figure-anaphors");
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    size_t a = f->sent_open[s], b = f->sent_tok[s + 1], i = a, used;
    while (i < b &&
           (possessive_at(ctx, i) ||
            (f->tok[i].kind == FL_TOK_WORD && !(be && fl_lexicon_has_token(be, ctx->doc->text, &f->tok[i], 1)))) &&
           !change_at(ctx, b, i, &used) && fl_phrases_at(&k->comparisons, ctx->doc->text, f->tok, b, i, &used) < 0)
        i++;
    return ana && i > a && i < b && (f->tok[i].kind == FL_TOK_WORD || f->tok[i].kind == FL_TOK_NUM) &&
           fl_lexicon_has_token(ana, ctx->doc->text, &f->tok[i - 1], 1);
}

/* Is amount y the base of a change, introduced by the words right before it (determiners aside): "from", a word of
 * "change-bases" ("on"), a word of comparison ("compared with") or one of excess or shortfall ("lower than")? */
static int base_intro(const fl_check_ctx *ctx, size_t s, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *bases = fl_rules_lexicon(ctx->rules, "change-bases");
    size_t a = f->sent_tok[s], at = qualifier_tok(f, y), i = at, used;
    while (i > a && fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, at, i - 1, &used) >= 0 && i - 1 + used == at)
        i--;
    if (i <= a + 1 || y->qualifier >= 0)
        return 0;
    const fl_token *t = &f->tok[i - 1];
    return role(ctx, i - 1, f->ntok, FL_ROLE_FROM) || (bases && fl_lexicon_has_token(bases, ctx->doc->text, t, 1)) ||
           fl_phrases_ending(&k->comparisons, ctx->doc->text, f->tok, at, i - 1, &used) >= 0 ||
           fl_phrases_ending(&k->excess, ctx->doc->text, f->tok, at, i - 1, &used) >= 0 ||
           fl_phrases_ending(&k->shortfall, ctx->doc->text, f->tok, at, i - 1, &used) >= 0;
}

/* The direction of the change of percentage p before its base y in sentence s: a word of change right after p ("12%
 * down on", "12% lower than") or at most two words before it ("fell 12% from", "down 12% on"); 0 when none. */
static int change_before_base(const fl_check_ctx *ctx, size_t s, const fl_qty *p)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, p), used;
    int dir = change_after(ctx, s, p);
    for (size_t i = at; !dir && i-- > f->sent_tok[s] && at - i <= 2;)
        dir = change_at(ctx, at, i, &used);
    return dir;
}

/* The percentage right after amount q in sentence s, stated as the change's apposition with words only after it to
 * the sentence's end or a comma ("..., a fall of 18%.", "..., a fall of 42%, and ..."; not "a fall of 12% on the 300
 * of 2024", whose base is its own): its index, with its direction in *dir; 0 when none. */
static size_t apposed_change_after(const fl_check_ctx *ctx, size_t s, const fl_qty *q, int *dir)
{
    const fl_facts *f = ctx->facts;
    size_t qi = (size_t)(q - f->qty) + 1, b = f->sent_tok[s + 1];
    if (qi >= f->sent_qty[s + 1] || f->qty[qi].kind != FL_QK_PERCENT)
        return 0;
    const fl_qty *p = &f->qty[qi];
    size_t i = p->tok_end;
    while (i < b && f->tok[i].kind == FL_TOK_WORD)
        i++;
    if (i < b && !fl_mark_at(ctx, i, ',') && !(fl_mark_at(ctx, i, '.') && i + 1 == b))
        return 0;
    *dir = apposed_change(ctx, s, q->tok_end, p);
    return *dir ? qi : 0;
}

/* Does the bare count q of sentence s leave its noun to the sentence before: its number in digits, the word after it
 * no noun, name, adjective or number (the tagger's) and not "of" ("Counters recorded 9,800 on Wednesday", "Today it
 * has 37,"; not "507,115 shotgun certificates", "Nine of them")? */
static int noun_left_out(const fl_check_ctx *ctx, size_t s, const fl_qty *q)
{
    const fl_facts *f = ctx->facts;
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1];
    if (!sx || f->num[q->num].words || q->tok_end >= b || role(ctx, q->tok_end, f->ntok, FL_ROLE_OF))
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, a, b - a);
    int t = tags[q->tok_end - a];
    free(tags);
    return t != FL_TAG_NOUN && t != FL_TAG_PROPN && t != FL_TAG_ADJ && t != FL_TAG_NUM;
}

/* A change whose one level stands in the sentence before: "The street draws about 14,000 shoppers a day. Counters
 * recorded 9,800 on Wednesday, a fall of about 45 percent" (a bare count, its noun left to the sentence before, the
 * first amount of its sentence, then the change as an apposition: the base is there) and "She took 18,406 votes.
 * Her total was down from the 21,040 votes ..., a fall of 18%" (a subject that points back, a word of change, "from"
 * and the base, the first amount of its sentence: the level reached is there). Which amount of the sentence before is
 * the level is not known: the change is reported only when it is the change from (or to) none of them. */
static void check_change_before(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t q0 = f->sent_qty[s];
    int dir = 0, as_base = 0; /* as_base: q is the base, the other level the one reached */
    if (s == 0 || q0 == f->sent_qty[s - 1] || q0 + 2 > f->sent_qty[s + 1])
        return; /* the level and the percentage first */
    const fl_qty *q = &f->qty[q0], *p = &f->qty[q0 + 1], *near = NULL;
    if (q->kind == FL_QK_PERCENT) { /* "That was 12% down on the 5,000 ..." */
        const fl_qty *t = q;
        q = p;
        p = t;
    }
    if (p->kind != FL_QK_PERCENT || q->kind == FL_QK_PERCENT || q->qualifier >= 0 || isinf(q->hi) || q->lo <= 0 ||
        f->num[f->sent_num[s]].tok < (p->tok < q->tok ? p->tok : q->tok))
        return; /* no number before them: "104.1 index points, up from 103.0, a rise of 1.1%" has its own level */
    if (base_intro(ctx, s, q) && subject_points_back(ctx, s)) {
        as_base = 1;
        if (p->tok > q->tok)
            dir = apposed_change_after(ctx, s, q, &dir) ? dir : 0;
        else
            dir = change_before_base(ctx, s, p);
    } else if (q->kind == FL_QK_BARE && p->tok > q->tok && exact_count(f, q) && printed_step(f, q) >= 1 &&
               noun_left_out(ctx, s, q) && !apposed_change_after(ctx, s, q, &dir))
        dir = 0;
    if (!dir)
        return;
    if (prior_level_holds(ctx, s, q, p, dir, !as_base, &near) || !near)
        return;
    fl_qty xt = as_base ? *near : *q, yt = as_base ? *q : *near;
    report_change(ctx, &xt, &yt, p, dir, 0);
}

/* Is token i a mark inside a word, no space on either side ("season-ticket", "2024/25")? */
static int glued_mark(const fl_check_ctx *ctx, size_t i)
{
    const fl_token *t = ctx->facts->tok;
    return t[i].kind == FL_TOK_PUNCT && !t[i].space_before && i + 1 < ctx->facts->ntok && !t[i + 1].space_before &&
           t[i].end - t[i].start == 1;
}

/* Do the tokens [i, end) spell a phrase of lexicon lex, up to three words ("equal to", "or")? */
static int lexicon_span(const fl_check_ctx *ctx, const fl_lexicon *lex, size_t i, size_t end)
{
    const fl_token *t = ctx->facts->tok;
    return lex && i < end && end - i <= 3 &&
           fl_lexicon_has(lex, ctx->doc->text + t[i].start, t[end - 1].end - t[i].start, 1);
}

/* "27% of the 1,248,600 trips replaced a car journey, equal to about 450,000 car trips": a share whose "of" phrase
 * states its whole y (determiners only between), its clause running on in words to a comma, then the part stated
 * again as an apposition: a word of "part-restatements" ("equal to", "or"), or none before a hedged amount (", some
 * 800 people"), then amount x of y's measure, its noun and the clause's end. x is not p of y. */
static void check_share_restated(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "part-restatements");
    const fl_qty *p = &f->qty[qi];
    size_t b = f->sent_tok[s + 1], i;
    if (p->kind != FL_QK_PERCENT || qi + 2 >= f->sent_qty[s + 1] || !role(ctx, p->tok_end, f->ntok, FL_ROLE_OF))
        return;
    const fl_qty *y = &f->qty[qi + 1], *x = &f->qty[qi + 2];
    if (past_determiners(ctx, p->tok_end + 1, b, b) != qualifier_tok(f, y) || !summable(y) || !summable(x) ||
        !addable(ctx, x, y) || y->lo <= 0 || y->qualifier >= 0 || x->value >= y->value)
        return;
    for (i = y->tok_end; i < b && (f->tok[i].kind == FL_TOK_WORD || glued_mark(ctx, i));)
        i++; /* its noun and the clause's words ("season-ticket holders switched to the tram") */
    size_t at = qualifier_tok(f, x);
    if (i >= at || !fl_mark_at(ctx, i, ',') ||
        !(lexicon_span(ctx, links, i + 1, at) || (i + 1 == at && x->qualifier == FL_Q_APPROX)))
        return;
    for (i = x->tok_end; i < b && f->tok[i].kind == FL_TOK_WORD && i < x->tok_end + 3; i++)
        if (role(ctx, i, f->ntok, FL_ROLE_OF) || change_at(ctx, b, i, &at))
            return; /* ", 30 of them twice", ", 5,000 down on 2019": another figure */
    if (i < b && !(f->tok[i].kind == FL_TOK_PUNCT && strchr(",.;", ctx->doc->text[f->tok[i].start])))
        return;
    if (share_fits(f, 100 * x->lo / y->hi, 100 * x->hi / y->lo, p))
        return;
    double py = printed(f, y);
    fl_diag *d = report_share(ctx, p, x->value / (y->value / py), py, 100 * x->value / y->value);
    relate_whole(ctx, d, y);
}

/* Is amount y of sentence s compared with amount x before it: a word of comparison (arithmetic.comparisons) at most
 * six tokens after x and only words, at most five, from it to y ("58.2%, compared with 55.9%", "cost 320 million
 * euros, against an original budget of 250 million euros"), no stop between? */
static int compared_with(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1], cmp = 0, used;
    for (size_t i = x->tok_end; i < y->tok && i < b && !cmp; i++)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->comparisons, ctx->doc->text, f->tok, b, i, &used) >= 0)
            cmp = i + used;
    if (!cmp || y->tok - cmp > 5 || cmp - x->tok_end > 6 || stop_between(ctx, x, y))
        return 0;
    for (size_t i = cmp; i < y->tok; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return 0;
    return 1;
}

/* The one year stated among numbers of sentence s in tokens [from, to); 0 when none or several. */
static int year_in(const fl_facts *f, size_t s, size_t from, size_t to)
{
    int year = 0;
    for (size_t k = f->sent_num[s]; k < f->sent_num[s + 1] && f->num[k].tok < to; k++)
        if (f->num[k].tok >= from && f->num[k].nonclaim == FL_NC_YEAR && f->num[k].year) {
            if (year)
                return 0;
            year = f->num[k].year;
        }
    return year;
}

/* The years of two amounts x and y of sentence s compared by a word of comparison at token cmp ("41,250 premises
 * in 2023, against 58,900 in 2025"): x's the one year of its sentence before cmp, y's the one among the words
 * right after it (words_after_level). 1 when both are stated and differ (*yx, *yy), else 0. */
static int compared_years(const fl_check_ctx *ctx, size_t s, const fl_qty *y, size_t cmp, int *yx, int *yy)
{
    const fl_facts *f = ctx->facts;
    *yx = year_in(f, s, f->sent_open[s], cmp);
    *yy = year_in(f, s, y->tok_end, words_after_level(ctx, s, y));
    return *yx && *yy && *yx != *yy;
}

/* The token after the word of comparison that stands between amounts x and y of sentence s (compared_with), or
 * 0. */
static size_t comparison_end(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1], used;
    for (size_t i = x->tok_end; i < y->tok && i < b; i++)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->comparisons, ctx->doc->text, f->tok, b, i, &used) >= 0)
            return i + used;
    return 0;
}

/* Do the years stated with amounts x and y compared in sentence s put x first in time ("41,250 in 2023, against
 * 58,900 in 2025")? A change apposed after them is then from x to y, which check_against_years reads. */
static int compared_in_time_order(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y)
{
    size_t cmp = comparison_end(ctx, s, x, y);
    int yx, yy;
    return cmp && compared_years(ctx, s, y, cmp, &yx, &yy) && yx < yy;
}

/* "A, against B, an overrun of P%" / "A, compared with B, a fall of P%": the amount before a word of comparison
 * (arithmetic.comparisons), the first one after it ("against an original budget of 250 million euros") and the
 * change between them stated as an apposition after the second, a percentage or an amount of their measure ("8
 * minutes 10 seconds against a target of 7 minutes, 1 minute 40 seconds slower than the standard"). Both amounts of one
 * measure, nothing but words between the comparison and its amount, no other amount between the first and the
 * comparison. */
static void check_against(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
    if (q1 - q0 < 3)
        return;
    for (size_t qi = q0; qi + 2 < q1; qi++) {
        const fl_qty *x = &f->qty[qi], *y = &f->qty[qi + 1], *p = &f->qty[qi + 2];
        size_t close = restated_after(ctx, s, y); /* "1.2 kN/m² (roughly 25 lb per sq ft), 58 per cent ..." */
        for (size_t k2 = qi + 2; close && k2 < q1 && f->qty[k2].tok < close; k2++)
            p = k2 + 1 < q1 ? &f->qty[k2 + 1] : p;
        int diff = p->kind != FL_QK_PERCENT && p->kind != FL_QK_BARE &&
                   same_dim(f, p, x); /* "..., 1 minute 40
                                       * seconds slower than the standard" */
        if ((p->kind != FL_QK_PERCENT && !diff) || x->kind == FL_QK_PERCENT || y->kind == FL_QK_PERCENT ||
            x->kind == FL_QK_BARE || y->kind == FL_QK_BARE || !same_dim(f, x, y) || y->lo <= 0 || isinf(x->hi) ||
            isinf(y->hi) || x->qualifier >= 0 || y->qualifier >= 0)
            continue;
        int dir = compared_with(ctx, s, x, y) && y->tok > a && !compared_in_time_order(ctx, s, x, y)
                      ? apposed_change(ctx, s, y->tok_end, p)
                      : 0;
        if (dir && diff)
            report_difference(ctx, x, y, p);
        else if (dir)
            report_change(ctx, x, y, p, dir, 0);
    }
}

/* The percentage that is sentence s's first figure from number pn on, years aside ("... - a rise of 14 per cent"
 * after "318 at the same point last year"); NULL when that figure is no percentage. */
static const fl_qty *percent_after(const fl_check_ctx *ctx, size_t s, size_t pn)
{
    const fl_facts *f = ctx->facts;
    size_t n1 = f->sent_num[s + 1];
    while (pn < n1 && f->num[pn].nonclaim && f->num[pn].year)
        pn++;
    size_t qi = pn < n1 ? first_qty_from(f, s, pn) : f->sent_qty[s + 1];
    return qi < f->sent_qty[s + 1] && f->qty[qi].num == pn && f->qty[qi].kind == FL_QK_PERCENT ? &f->qty[qi] : NULL;
}

/* Does change p (direction dir) to level y hold from an amount of y's measure among numbers [sent_num[s], end) of
 * sentence s ("Of 3,000 calls, 1,240 came ...")? Then which amount it is the change of is not known. */
static int change_of_other(const fl_check_ctx *ctx, size_t s, size_t end, const fl_qty *y, const fl_qty *p, int dir)
{
    const fl_facts *f = ctx->facts;
    for (size_t k = f->sent_num[s]; k < end; k++) {
        fl_qty cb;
        const fl_qty *c = amount_of_num(ctx, s, k, &cb);
        if (c && same_dim(f, c, y) && change_holds(f, c, y, p, dir))
            return 1;
    }
    return 0;
}

/* Is number ni of sentence s the one amount of its clause up to token end: no other number, years aside, from
 * the mark that opens the clause (clause_mark) to end? "In 2024 there were 90 cases in 12 districts, 30% above
 * ..." names no one level. */
static int sole_number(const fl_check_ctx *ctx, size_t s, size_t ni, size_t end)
{
    const fl_facts *f = ctx->facts;
    size_t open = f->num[ni].tok;
    while (open > f->sent_tok[s] && !clause_mark(ctx->doc->text, &f->tok[open - 1]))
        open--;
    for (size_t k = f->sent_num[s]; k < f->sent_num[s + 1] && f->num[k].tok < end; k++)
        if (k != ni && f->num[k].tok >= open && !(f->num[k].nonclaim && f->num[k].year))
            return 0;
    return 1;
}

/* The bare form of check_against: "has reached 347, compared with 318 at the same point last year - a rise of 14
 * per cent", a bare count on either side of a word of comparison (arithmetic.comparisons): the number nearest
 * before it (at most six tokens between, no stop) and the first after it (words only between, at most four), of
 * one measure (same_dim), and the change stated as an apposition after the second (apposed_change) by the first
 * percentage after it. Reported only when the change holds from no other amount of the sentence before the word. */
static void check_against_bare(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], n0 = f->sent_num[s], n1 = f->sent_num[s + 1], used;
    for (size_t ni = n0; ni + 1 < n1; ni++) {
        const fl_num *nx = &f->num[ni], *ny = &f->num[ni + 1];
        size_t cmp = 0, i = nx->tok + nx->ntok;
        for (; i < ny->tok && !cmp && i < nx->tok + nx->ntok + 6; i++)
            if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->comparisons, ctx->doc->text, f->tok, b, i, &used) >= 0)
                cmp = i + used;
        if (!cmp || cmp > ny->tok || words_between(f, cmp, ny->tok) > 4 || stop_in(ctx, nx->tok, ny->tok) ||
            nx->tok <= a || !sole_number(ctx, s, ni, ny->tok))
            continue;
        fl_qty xb, yb;
        const fl_qty *x = amount_of_num(ctx, s, ni, &xb), *y = amount_of_num(ctx, s, ni + 1, &yb), *p = NULL;
        if (!x || !y || (x->kind != FL_QK_BARE && y->kind != FL_QK_BARE) || !same_dim(f, x, y) ||
            (!f->num[ni + 1].scaled && printed_step(f, y) < 1))
            continue;
        p = percent_after(ctx, s, ni + 2); /* the next figure after the base */
        int dir = p ? apposed_change(ctx, s, y->tok_end, p) : 0;
        if (!dir || change_holds(f, x, y, p, dir) || change_of_other(ctx, s, ni, y, p, dir) ||
            compared_in_time_order(ctx, s, x, y))
            continue;
        fl_qty xt = *x, yt = *y;
        as_precise_as(f, &xt, y);
        as_precise_as(f, &yt, x);
        report_change(ctx, &xt, &yt, p, dir, 0);
    }
}

/* "Some 41,250 rural premises could order it in 2023, against 58,900 in 2025, an increase of 52 per cent": an
 * amount x, a comma (or x's year), a word of comparison (arithmetic.comparisons) with no number but a year between
 * them, and an
 * amount y right after it (words only, at most four), each with a year of its own (compared_years); the change
 * apposed after y's words by the next figure (apposed_change, percent_after) is from the earlier year's amount to
 * the later's, whichever is written first. x may be hedged by a word that only rounds it (rounded_level); y may be
 * a bare count that takes x's unit, or both bare counts. The change must end its clause ("an increase of 52 per cent
 * since 2020" is of another period). Reported only when the change holds from no other amount of the sentence. */
static void check_against_years(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1], n0 = f->sent_num[s], n1 = f->sent_num[s + 1];
    for (size_t ni = n0; ni < n1; ni++) {
        size_t yn = ni + 1;
        while (yn < n1 && f->num[yn].nonclaim == FL_NC_YEAR)
            yn++;
        size_t xq = first_qty_from(f, s, ni);
        if (yn >= n1 || f->num[ni].nonclaim || xq >= f->sent_qty[s + 1] || f->qty[xq].num != ni)
            continue;
        fl_qty xr, yb;
        const fl_qty *x = rounded_level(f, &f->qty[xq], &xr), *y = amount_of_num(ctx, s, yn, &yb);
        if (!x || !y || x->kind == FL_QK_PERCENT || x->kind == FL_QK_POINTS || x->lo <= 0 || isinf(x->hi) ||
            !same_dim(f, x, y) || stop_between(ctx, x, y) ||
            (y->kind == FL_QK_BARE && !f->num[yn].scaled && printed_step(f, y) < 1))
            continue; /* a bare decimal may be a time or a price */
        size_t cmp = comparison_end(ctx, s, x, y), used;
        int yx, yy;
        if (!cmp || words_between(f, cmp, y->tok) > 4 || !compared_years(ctx, s, y, cmp, &yx, &yy))
            continue;
        fl_phrases_ending(&fl_rules_knowledge(ctx->rules)->comparisons, ctx->doc->text, f->tok, b, cmp - 1, &used);
        if (cmp - used == 0 || !(fl_mark_at(ctx, cmp - used - 1, ',') || year_in(f, s, cmp - used - 1, cmp - used)))
            continue; /* a comma or x's year before the word: "in 2023 compared with 58,900 in 2025" */
        for (size_t i = cmp; i < qualifier_tok(f, y); i++)
            if (f->tok[i].kind != FL_TOK_WORD)
                goto next;
        const fl_qty *p = percent_after(ctx, s, yn + 1);
        int dir = p ? apposed_change(ctx, s, words_after_level(ctx, s, y), p) : 0;
        const fl_qty *level = yx < yy ? y : x, *base = yx < yy ? x : y;
        if (dir && p->tok_end < b && !clause_mark(ctx->doc->text, &f->tok[p->tok_end]))
            dir = 0; /* "an increase of 52 per cent since 2020", "on 2019": a change of another period */
        if (!dir || change_holds(f, level, base, p, dir) || change_of_other(ctx, s, ni, y, p, dir))
            continue;
        fl_qty lt = *level, bt = *base;
        as_precise_as(f, &lt, base);
        as_precise_as(f, &bt, level);
        report_change(ctx, &lt, &bt, p, dir, 0);
    next:;
    }
}

/* "has reached 347, 29 more than at the same point last year - a rise of 14 per cent": a level x that is the one
 * number of its clause, then as an apposition the difference d, a word of excess or shortfall right after it (or a
 * word of change right before it: "up 29 on last year"), and the change apposed after d by the next figure, a
 * percentage in d's direction. The unstated base is x less d (plus a shortfall); both of one scale, unhedged. */
static void check_level_difference(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], n0 = f->sent_num[s], n1 = f->sent_num[s + 1], used;
    for (size_t ni = n0 + 1; ni + 1 < n1; ni++) {
        const fl_num *nd = &f->num[ni];
        size_t lead = nd->tok; /* the first token of the difference's apposition */
        int dir = nd->tok + nd->ntok < b ? excess_at(ctx, nd->tok + nd->ntok, &used) : 0;
        if (!dir && lead > a + 1 && (dir = change_at(ctx, b, lead - 1, &used)) != 0 && used == 1)
            lead--; /* "up 29 on last year" */
        else if (!dir || used > 2)
            continue;
        if (lead <= a + 1 || !apposition_mark(ctx->doc->text, &f->tok[lead - 1]))
            continue;
        size_t xn = ni - 1;
        const fl_qty *p = percent_after(ctx, s, ni + 1);
        fl_qty xb, db;
        const fl_qty *x = amount_of_num(ctx, s, xn, &xb), *d = amount_of_num(ctx, s, ni, &db);
        if (!p || !x || !d || f->num[xn].scale != nd->scale || !same_dim(f, x, d) ||
            words_between(f, x->tok_end, lead - 1) > 4 || !sole_number(ctx, s, xn, lead) ||
            apposed_change(ctx, s, d->tok_end, p) != dir || x->value - dir * d->value <= 0)
            continue;
        fl_qty y = *x; /* the base, in x's terms */
        y.value = x->value - dir * d->value;
        y.lo = dir > 0 ? x->lo - d->hi : x->lo + d->lo;
        y.hi = dir > 0 ? x->hi - d->lo : x->hi + d->hi;
        if (y.lo <= 0 || change_holds(f, x, &y, p, dir))
            continue;
        double px = printed(f, x), pd = printed(f, d), py = px - dir * pd;
        fl_buf msg = {0};
        fmt_num(&msg, px);
        fl_buf_puts(&msg, dir > 0 ? " - " : " + ");
        fmt_num(&msg, pd);
        fl_buf_puts(&msg, " = ");
        fmt_num(&msg, py);
        fl_buf_printf(&msg, ": a change of %+.1f%%, not ", 100 * (px - py) / py);
        fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 40);
        fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
        fl_buf_free(&msg);
    }
}

/* The percentage of sentence s that a change in points at quantity qi is of, when the level comes before it and its
 * base after: the one percentage before it outside asides ("97.1% of items arrived within three days (target
 * 98.5%), down 1.9 percentage points on the 98.0% ..." is of the 97.1%); NULL when there is none or more than one. */
static const fl_qty *points_level(const fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *x = NULL;
    for (size_t ci = f->sent_qty[s]; ci < qi; ci++) {
        const fl_qty *c = &f->qty[ci];
        int depth = 0; /* parentheses opened and not closed between c and the change */
        for (size_t i = c->tok_end; i < f->qty[qi].tok; i++)
            depth += fl_mark_at(ctx, i, '(') - fl_mark_at(ctx, i, ')');
        if (c->kind == FL_QK_POINTS || (c->kind == FL_QK_PERCENT && depth >= 0 && x))
            return NULL;
        if (c->kind == FL_QK_PERCENT && depth >= 0)
            x = c;
    }
    return x;
}

/* Two percentages x and y (x first) of sentence s that state a change: y after "from" ("45.8%, up from 44.1%",
 * "fell to 3.8%, from 4.1%"), x after "from" and y after "to", y after a word of comparison ("58.2%, compared with
 * 55.9%") or in the bracket of the prior period ("94.2% (H1 2025: 96.8%)"). */
static int percent_pair(const fl_check_ctx *ctx, size_t s, const fl_qty *x, const fl_qty *y)
{
    size_t a = ctx->facts->sent_tok[s];
    return x->kind == FL_QK_PERCENT && y->kind == FL_QK_PERCENT &&
           (from_of(ctx, y, a) || (from_of(ctx, x, a) && after_to(ctx, y, a)) || compared_with(ctx, s, x, y) ||
            comparative_after(ctx, s, x) == y);
}

/* The difference of no direction apposed after token from and ending with d: after the last comma between them
 * ("3.62 per cent, compared with 2.87 per cent, a gap of 0.75 percentage points") an article, a word of
 * difference-nouns, "of" and d, which ends its clause ("a gap of 1.2 points over five years" is of another
 * period). */
static int apposed_gap(const fl_check_ctx *ctx, size_t s, size_t from, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *gaps = fl_rules_lexicon(ctx->rules, "difference-nouns");
    size_t at = qualifier_tok(f, d), b = f->sent_tok[s + 1];
    if (!gaps || at < from + 4 || !fl_mark_at(ctx, at - 4, ',') || !role(ctx, at - 3, f->ntok, FL_ROLE_ARTICLES) ||
        !fl_lexicon_has_token(gaps, ctx->doc->text, &f->tok[at - 2], 1) || !role(ctx, at - 1, f->ntok, FL_ROLE_OF))
        return 0;
    for (size_t i = from; i < at - 4; i++)
        if (fl_mark_at(ctx, i, ';') || fl_mark_at(ctx, i, ':'))
            return 0;
    return d->tok_end >= b || clause_mark(ctx->doc->text, &f->tok[d->tok_end]);
}

/* Is percentage q a change, not a level: right after a word of change ("fell 12.5 per cent", "up 3%"), or after
 * one and "of" or "by" ("a rise of 3.1 per cent", "fell by 8.3 per cent")? */
static int change_level(const fl_check_ctx *ctx, const fl_qty *q)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, q), used;
    if (at > 1 && (role(ctx, at - 1, f->ntok, FL_ROLE_OF) || word_of(ctx, "change-amount-preps", at - 1)))
        at--;
    return at > 0 && (fl_phrases_ending(&k->increase, ctx->doc->text, f->tok, f->ntok, at - 1, &used) >= 0 ||
                      fl_phrases_ending(&k->decrease, ctx->doc->text, f->tok, f->ntok, at - 1, &used) >= 0);
}

/* Is a printed more coarsely than b (5.4 per cent than 0.75 points; 8.2 points not than 54.6 per cent, whose
 * intervals' half-widths differ in their last bits)? */
static int coarser(const fl_qty *a, const fl_qty *b)
{
    return half_width(a) > half_width(b) * (1 + 1e-9);
}

/* The two levels x and y (the quantities at qi - 2 and qi - 1) of a difference of no direction d apposed after
 * them (apposed_gap): two levels, neither a change ("fell 12.5 per cent, compared with a rise of 3.1 per cent, a
 * gap of 15.6 points" is of signed changes), no other percentage before x in its clause (from the sentence's start
 * or its last semicolon or colon: "52.3 per cent in the north and 47.1 per cent in the south, compared with 49.0
 * per cent, a gap of 3.3 points" may be of any two), neither printed coarser than d ("4%, compared with 3%, a gap of
 * 1.4 points" may be of 4.2% and 2.8%); a bare "points" printed as precisely as both levels, since "a margin of 14
 * points" after two percentages with decimals is a score's, not theirs. */
static int gap_levels(const fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *x = &f->qty[qi - 2], *y = &f->qty[qi - 1], *d = &f->qty[qi];
    const fl_num *n = &f->num[d->num];
    size_t unit = n->tok + n->ntok;
    int bare = d->tok_end == unit + 1 && word_of(ctx, "bare-points", unit);
    if (!apposed_gap(ctx, s, y->tok_end, d) || change_level(ctx, x) || change_level(ctx, y) || coarser(x, d) ||
        coarser(y, d) || (bare && (coarser(d, x) || coarser(d, y))))
        return 0;
    size_t clause = f->sent_tok[s]; /* x's clause opens after the last semicolon or colon before it */
    for (size_t i = clause; i < x->tok; i++)
        if (fl_mark_at(ctx, i, ';') || fl_mark_at(ctx, i, ':'))
            clause = i + 1;
    for (size_t ci = f->sent_qty[s]; ci < qi - 2; ci++)
        if (f->qty[ci].kind == FL_QK_PERCENT && f->qty[ci].tok_end >= clause)
            return 0;
    return 1;
}

/* A change in percentage points (d, the quantity at qi) is the difference of the two percentages it is between:
 * stated as an apposition after both ("45.8%, up from 44.1% the year before, an increase of 1.7 percentage points",
 * "from 21.0% to 18.6%, a fall of 2.4 points", "58.2%, compared with 55.9% a year earlier, a rise of 2.3 points"), or
 * as an apposition after the level with the base right after it, after "from" or a word of change-bases ("76.2%, up
 * 0.4 percentage points from 75.8%", "97.1%, down 1.9 percentage points on the 98.0% recorded in 2025": 0.9).
 * A difference of no direction apposed after both ("a gap of 0.75 percentage points") is read of two levels alone
 * in their clause (gap_levels).
 * Neither level hedged; a change whose base is not stated ("up 1.9 points on the year") is not read. */
static void check_point_change(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *d = &f->qty[qi], *x = NULL, *y = NULL;
    size_t q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
    if (d->kind != FL_QK_POINTS || d->qualifier >= 0 || isinf(d->hi) || qi < q0 + 1)
        return;
    if (qi >= q0 + 2 && percent_pair(ctx, s, &f->qty[qi - 2], &f->qty[qi - 1]) &&
        (apposed_change(ctx, s, f->qty[qi - 1].tok_end, d) || gap_levels(ctx, s, qi))) {
        x = &f->qty[qi - 2];
        y = &f->qty[qi - 1];
    } else if (qi + 1 < q1 && (x = points_level(ctx, s, qi)) != NULL && apposed_change(ctx, s, x->tok_end, d)) {
        y = &f->qty[qi + 1];
        if (y->kind != FL_QK_PERCENT ||
            !(from_of(ctx, y, d->tok_end - 1) == d->tok_end || base_words(ctx, s, d->tok_end, y)))
            return;
    }
    if (x && y && x->qualifier < 0 && y->qualifier < 0 && !isinf(x->hi) && !isinf(y->hi))
        report_difference(ctx, y, x, d);
}

/* Does token t end a clause: a comma, a colon, a semicolon, a full stop, a dash or a parenthesis? */
static int clause_mark(const char *text, const fl_token *t)
{
    return t->kind == FL_TOK_PUNCT && (aside_mark(text, t) || strchr(".;:)!?", text[t->start]));
}

/* The word of excess or shortfall at token i (arithmetic.excess, .shortfall): 1 "exceeds", "above", -1 "below",
 * 0 none; *used its length. */
static int excess_at(const fl_check_ctx *ctx, size_t i, size_t *used)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t b = ctx->facts->ntok;
    if (fl_phrases_at(&k->excess, ctx->doc->text, ctx->facts->tok, b, i, used) >= 0)
        return 1;
    if (fl_phrases_at(&k->shortfall, ctx->doc->text, ctx->facts->tok, b, i, used) >= 0)
        return -1;
    return 0;
}

/* The base stated right after token at (determiners and at most two other words between: "the $84 million
 * budget", "its original budget of $84 million"), of d's measure, before token end; NULL when none. */
static const fl_qty *base_after(const fl_check_ctx *ctx, size_t s, size_t at, size_t end, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *y = &f->qty[qi];
        if (y->tok < at || y->tok >= end || y == d)
            continue;
        for (size_t i = at; i < y->tok; i++)
            if (f->tok[i].kind != FL_TOK_WORD)
                return NULL;
        return y->tok - at <= 4 && (y->kind == FL_QK_UNIT || y->kind == FL_QK_MONEY) && same_dim(f, y, d) &&
                       y->qualifier < 0 && y->lo > 0 && !isinf(y->hi)
                   ? y
                   : NULL;
    }
    return NULL;
}

/* The level a difference d is of when no base is stated: the nearest amount of d's measure before token end in
 * sentence s, stated with no bound ("Spending to date of $117.4 million already exceeds ..."); NULL when none. */
static const fl_qty *level_of(const fl_check_ctx *ctx, size_t s, size_t end, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *x = NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && f->qty[qi].tok < end; qi++) {
        const fl_qty *q = &f->qty[qi];
        if (q != d && (q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY) && same_dim(f, q, d))
            x = q;
    }
    return x && x->qualifier < 0 && !isinf(x->hi) ? x : NULL;
}

/* Reports the percentage p that difference d is not of its base: y when stated, else level x less d (dir 1) or
 * plus d (dir -1). */
static void report_excess(fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y, const fl_qty *d, const fl_qty *p,
                          int dir)
{
    const fl_facts *f = ctx->facts;
    double lo = y ? y->lo : dir > 0 ? x->lo - d->hi : x->lo + d->lo;
    double hi = y ? y->hi : dir > 0 ? x->hi - d->lo : x->hi + d->hi;
    double base = y ? y->value : x->value - dir * d->value, unit = printed(f, d) / d->value;
    if (lo <= 0 || base <= 0 || share_fits(ctx->facts, 100 * d->lo / hi, 100 * d->hi / lo, p))
        return;
    fl_buf msg = {0};
    fmt_num(&msg, printed(f, d));
    fl_buf_puts(&msg, " of ");
    fmt_num(&msg, base * unit);
    if (!y) {
        fl_buf_puts(&msg, " (");
        fmt_num(&msg, x->value * unit);
        fl_buf_puts(&msg, dir > 0 ? " - " : " + ");
        fmt_num(&msg, printed(f, d));
        fl_buf_puts(&msg, ")");
    }
    fl_buf_printf(&msg, " = %.1f%%, not ", 100 * d->value / base);
    fl_excerpt(&msg, ctx->doc, p->qstart, p->end, 60);
    fl_diag *g = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    const fl_qty *at = y ? y : x;
    fl_buf ex = {0};
    fl_excerpt(&ex, ctx->doc, at->qstart, at->end, 60);
    fl_report_related(ctx, g, at->qstart, at->end, y ? "the base: %s" : "the level: %s", fl_buf_cstr(&ex));
    fl_buf_free(&ex);
}

/* "$33.4 million over the $84 million budget, 28 per cent": a difference, a word of excess or shortfall right
 * after it and its base, and the percentage set beside the base. */
static void check_excess_after(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    size_t used;
    if (qi < f->sent_qty[s] + 2)
        return;
    const fl_qty *p = &f->qty[qi], *y = &f->qty[qi - 1], *d = &f->qty[qi - 2];
    if ((d->kind != FL_QK_UNIT && d->kind != FL_QK_MONEY) || d->qualifier >= 0 || d->lo <= 0 || isinf(d->hi))
        return;
    int dir = excess_at(ctx, d->tok_end, &used);
    if (!dir || base_after(ctx, s, d->tok_end + used, p->tok, d) != y)
        return;
    size_t at = p->tok; /* the percentage's first token, its qualifier included */
    while (at > y->tok_end && f->tok[at - 1].start >= p->qstart)
        at--;
    if (at > y->tok_end + 1 && role(ctx, at - 1, f->ntok, FL_ROLE_OR))
        at--;
    size_t mark = y->tok_end; /* after the base's noun: "the $84 million budget, 28 per cent" */
    while (mark < at && mark < y->tok_end + 2 && f->tok[mark].kind == FL_TOK_WORD)
        mark++;
    int aside = at == mark + 1 && aside_mark(text, &f->tok[mark]);
    int closed = p->tok_end >= f->sent_tok[s + 1] || f->tok[p->tok_end].kind == FL_TOK_PUNCT;
    if (aside && closed)
        report_excess(ctx, NULL, y, d, p, dir);
}

/* Does an apposition open right before token at of sentence s: a comma or a spaced dash there, or before an article
 * and at most one word that modifies the figure at at ("- a whopping 31 per cent", ", an estimated 40%")? */
static int apposed_at(const fl_check_ctx *ctx, size_t s, size_t at)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], i = at;
    if (i > a + 1 && f->tok[i - 1].kind == FL_TOK_WORD && !role(ctx, i - 1, f->ntok, FL_ROLE_ARTICLES) && i > a + 2 &&
        role(ctx, i - 2, f->ntok, FL_ROLE_ARTICLES))
        i--; /* the modifier */
    if (i > a + 1 && role(ctx, i - 1, f->ntok, FL_ROLE_ARTICLES))
        i--;
    return i > a + 1 && apposition_mark(ctx->doc->text, &f->tok[i - 1]);
}

/* Does a mark that ends a clause (clause_mark) stand among tokens [from, to)? */
static int clause_mark_in(const fl_check_ctx *ctx, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (clause_mark(ctx->doc->text, &ctx->facts->tok[i]))
            return 1;
    return 0;
}

/* The words among tokens [from, to), or SIZE_MAX when another token stands there. */
static size_t words_between(const fl_facts *f, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return SIZE_MAX;
    return to > from ? to - from : 0;
}

/* The bare count that is the subject of sentence s up to its verb at token end ("The 186,400 total is ..."): the
 * one number there, with no mark of a clause in the sentence before the verb, as a bare quantity (bare_from, in
 * *out); NULL when there is none. */
static const fl_qty *bare_subject(const fl_check_ctx *ctx, size_t s, size_t end, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_open[s], nums = 0;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++)
        nums += f->num[ni].tok >= a && f->num[ni].tok < end;
    const fl_qty *x = nums == 1 && !clause_mark_in(ctx, a, end) ? bare_from(ctx, s, a, out) : NULL;
    return x && x->tok < end && x->lo > 0 && !isinf(x->hi) && x->qualifier < 0 ? x : NULL;
}

/* Number ni of sentence s as an amount: the quantity that holds it, or a bare one made in *out when none does;
 * NULL when it is no amount (a year, a label, a range, a proportion, words), is joined to a word by a glued mark
 * ("the 30-year average"), or is hedged or bounded. */
static const fl_qty *amount_of_num(const fl_check_ctx *ctx, size_t s, size_t ni, fl_qty *out)
{
    const fl_facts *f = ctx->facts;
    const fl_num *n = &f->num[ni];
    size_t e = n->tok + n->ntok;
    if (n->nonclaim || n->range || n->proportion || n->words || n->lo <= 0 || isinf(n->hi) ||
        (e < f->sent_tok[s + 1] && !f->tok[e].space_before && f->tok[e].kind == FL_TOK_PUNCT &&
         !clause_mark(ctx->doc->text, &f->tok[e])) ||
        qualified_before(ctx, n->tok, f->sent_tok[s]))
        return NULL;
    size_t lo = first_qty_from(f, s, ni);
    const fl_qty *q = lo < f->sent_qty[s + 1] && f->qty[lo].num == ni ? &f->qty[lo] : bare_qty(f, ni, out);
    return (q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY || q->kind == FL_QK_BARE) && q->qualifier < 0 &&
                   !isinf(q->hi) && q->lo > 0
               ? q
               : NULL;
}

/* The bare form of "spread 1,340 tonnes ..., nearly 70% more than the 900 tonnes": "peaked at 1,240 a day, 24
 * percent above the usual 1,050", the base a bare count (a whole number, or one with a scale word) right after
 * the word of excess or shortfall (token from; at most four words between, no mark) and the level the amount that ends
 * the clause before the apposition of percentage p (its first token at; at most three words after it: "a day"), of one
 * measure (same_dim). Reported only when the change holds from no other amount of the sentence before the level. */
static void check_excess_bare(fl_check_ctx *ctx, size_t s, const fl_qty *p, size_t at, size_t from, int dir)
{
    const fl_facts *f = ctx->facts;
    size_t mark = at, n1 = f->sent_num[s + 1];
    while (mark > f->sent_tok[s] && !apposition_mark(ctx->doc->text, &f->tok[mark - 1]))
        mark--; /* apposed_at: the comma or dash, maybe before an article and a modifier */
    fl_qty xb, yb;
    const fl_qty *y = NULL, *x = NULL;
    size_t ni = f->sent_num[s], xn = SIZE_MAX;
    while (ni < n1 && f->num[ni].tok < from)
        ni++;
    if (mark <= f->sent_tok[s] + 1 || ni >= n1 || words_between(f, from, f->num[ni].tok) > 4 ||
        (y = amount_of_num(ctx, s, ni, &yb)) == NULL || y->kind != FL_QK_BARE ||
        (!f->num[ni].scaled && printed_step(f, y) < 1))
        return; /* a bare decimal may be a time or a price of another unit */
    for (size_t i = f->sent_num[s]; i < n1 && f->num[i].tok < mark; i++)
        xn = i;
    if (xn == SIZE_MAX || words_between(f, f->num[xn].tok + f->num[xn].ntok, mark - 1) > 4 ||
        !sole_number(ctx, s, xn, mark) || (x = amount_of_num(ctx, s, xn, &xb)) == NULL || x->tok_end > mark ||
        !same_dim(f, x, y))
        return;
    if (change_holds(f, x, y, p, dir) || change_of_other(ctx, s, xn, y, p, dir))
        return;
    fl_qty xt = *x, yt = *y;
    as_precise_as(f, &xt, y);
    as_precise_as(f, &yt, x);
    report_change(ctx, &xt, &yt, p, dir, 0);
}

/* "spread 1,340 tonnes of salt ..., nearly 70% more than the 900 tonnes used in January": as an apposition after a
 * comma, a percentage p, a word of excess or shortfall right after it (arithmetic.excess, .shortfall) and the base y
 * stated right after that (base_after); the level is an amount of y's measure before p, neither hedged. Which
 * amount the change is of is not known: it is reported only when it is the change of none. Not of durations: "20%
 * faster than" may be of a speed. A relative pronoun and a form of "be" may open the apposition (", which is 24
 * percent above"). */
static void check_excess_on(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *p = &f->qty[qi], *x = NULL, *y = NULL;
    size_t at = qualifier_tok(f, p), b = f->sent_tok[s + 1], used;
    const fl_lexicon *be = fl_rules_lexicon(ctx->rules, "be-forms");
    int copula = at > 0 && be && fl_lexicon_has_token(be, ctx->doc->text, &f->tok[at - 1], 1);
    if (copula && at > f->sent_tok[s] + 3 && apposition_mark(ctx->doc->text, &f->tok[at - 3]) &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->relatives, ctx->doc->text, f->tok, b, at - 2, &used) >= 0 &&
        used == 1)
        copula = 0; /* ", which is 24 percent above the usual 1,050": an apposition on the amount before */
    else if (!copula && !apposed_at(ctx, s, at))
        return;
    if (p->kind != FL_QK_PERCENT || p->tok_end >= b)
        return;
    int dir = excess_at(ctx, p->tok_end, &used);
    fl_qty xb, yb;
    if (dir && copula && (x = bare_subject(ctx, s, at - 1, &xb)) != NULL &&
        (y = bare_from(ctx, s, p->tok_end + used, &yb)) != NULL && words_between(f, p->tok_end + used, y->tok) <= 4 &&
        same_dim(f, x, y) && y->lo > 0 && !isinf(y->hi) && !change_holds(f, x, y, p, dir))
        report_change(ctx, x, y, p, dir, 0); /* "The 186,400 total is 68% above the 94,000 copies ..." */
    x = y = NULL;
    for (size_t i = f->sent_qty[s]; dir && i < qi; i++) {
        const fl_qty *c = &f->qty[i];
        if ((c->kind != FL_QK_UNIT && c->kind != FL_QK_MONEY) || strcmp(c->dim, "time-span") == 0 ||
            (copula && clause_mark_in(ctx, c->tok_end, at - 1)))
            continue; /* "The 186,400 copies sold were 68% above ...": the level is the copula's subject */
        const fl_qty *base = base_after(ctx, s, p->tok_end + used, b, c);
        if (!base)
            continue; /* of another measure */
        if (c->qualifier >= 0 || isinf(c->hi))
            return;
        if (change_holds(f, c, base, p, dir))
            return;
        x = c;
        y = base;
    }
    if (!x) {
        if (dir && !copula)
            check_excess_bare(ctx, s, p, at, p->tok_end + used, dir);
        return;
    }
    fl_qty xt = *x, yt = *y;
    as_precise_as(f, &xt, y);
    as_precise_as(f, &yt, x);
    report_change(ctx, &xt, &yt, p, dir, 0);
}

/* A difference and its share of the base: "exceeds the approved budget by $33.4 million, or 28 per cent" and
 * "is $42.0 million, or 50 per cent, above the approved budget" (the word of excess before "by" in the
 * difference's clause, or right after the percentage's aside), "$33.4 million over the $84 million budget, 28
 * per cent". The base is the amount stated right after the word, else (a word that bounds no number: not "over",
 * "more than") the level before it less the difference (plus a shortfall). */
static void check_excess(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used = 0, word = 0;
    const fl_qty *p = &f->qty[qi], *d = qi > f->sent_qty[s] ? &f->qty[qi - 1] : NULL, *y = NULL;
    if (!d || p->kind != FL_QK_PERCENT || (d->kind != FL_QK_UNIT && d->kind != FL_QK_MONEY) || d->qualifier >= 0 ||
        d->lo <= 0 || isinf(d->hi) || d->tok <= a)
        return;
    int dir = 0;
    if (percent_after_or(ctx, s, p) && role(ctx, d->tok - 1, f->ntok, FL_ROLE_BY)) /* "exceeds ... by D, or P" */
        for (size_t i = d->tok - 1; i-- > a && d->tok - i <= 9 && !dir && !clause_mark(ctx->doc->text, &f->tok[i]);)
            if ((dir = excess_at(ctx, i, &used)) != 0) {
                word = i;
                y = base_after(ctx, s, i + used, d->tok, d);
            }
    if (!dir && percent_after_or(ctx, s, p) && p->tok_end + 1 < b && aside_mark(ctx->doc->text, &f->tok[p->tok_end]) &&
        (dir = excess_at(ctx, p->tok_end + 1, &used)) != 0) { /* "D, or P, above the budget" */
        word = p->tok_end + 1;
        y = base_after(ctx, s, word + used, b, d);
    }
    if (!dir)
        return;
    const fl_qty *x = y ? NULL : level_of(ctx, s, word, d);
    if (!y && (!x || fl_phrases_at(&k->multiple_hedges, ctx->doc->text, f->tok, b, word, &used) >= 0))
        return;
    report_excess(ctx, x, y, d, p, dir);
}

/* "That forecast would mean an overrun of £55 million against the approved budget": a difference named by a word
 * of change and "of" right before it, compared (arithmetic.comparisons, .excess, .shortfall) with a phrase that
 * names a base stated before (check/named.h), and the level it is of: the amount the sentence's opening phrase
 * names, else the first amount of its measure before it in the sentence. */
static void check_named_difference(fl_check_ctx *ctx, size_t s, size_t qi)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used, at = 0;
    const fl_qty *d = &f->qty[qi];
    if ((d->kind != FL_QK_UNIT && d->kind != FL_QK_MONEY) || d->qualifier >= 0 || d->lo <= 0 || isinf(d->hi) ||
        d->tok < a + 2 || d->tok_end >= b || !role(ctx, d->tok - 1, f->ntok, FL_ROLE_OF) ||
        (fl_phrases_ending(&k->increase, text, f->tok, b, d->tok - 2, &used) < 0 &&
         fl_phrases_ending(&k->decrease, text, f->tok, b, d->tok - 2, &used) < 0))
        return;
    if (fl_phrases_at(&k->comparisons, text, f->tok, b, d->tok_end, &used) >= 0 || excess_at(ctx, d->tok_end, &used))
        at = d->tok_end + used;
    const fl_qty *y = at ? fl_named_amount(ctx, s, at, d, 0, NULL) : NULL, *x = NULL;
    if (!y)
        return;
    const fl_qty *opening = fl_named_amount(ctx, s, a, d, 1, NULL);
    if (opening && opening != y)
        x = opening;
    for (size_t i = f->sent_qty[s]; !x && i < qi; i++)
        if (f->qty[i].kind == d->kind && strcmp(f->qty[i].dim, d->dim) == 0 && f->qty[i].qualifier < 0)
            x = &f->qty[i];
    if (x && x != y && !isinf(x->hi))
        report_difference(ctx, x, y, d);
}

/* "... insured losses at EUR 315 million. That compares with EUR 210 million after the storm of 2019, a 60 per
 * cent increase": a sentence that opens with a determiner and a word of comparison, its first amount (only words
 * between) the base of the one amount of its measure in the sentence before (of two, which one "that" stands for
 * is not known), the change stated as an apposition after the base. */
static void check_against_back(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], q0 = f->sent_qty[s], used, cmp = 0;
    if (s == 0 || f->sent_qty[s + 1] - q0 < 2 || fl_phrases_at(&k->determiners, text, f->tok, b, a, &used) < 0)
        return;
    const fl_qty *y = &f->qty[q0], *p = &f->qty[q0 + 1], *x = NULL;
    for (size_t i = a + used; i < y->tok && i <= a + used + 2 && !cmp; i++)
        if (fl_phrases_at(&k->comparisons, text, f->tok, b, i, &used) >= 0)
            cmp = i + used;
    if (!cmp || p->kind != FL_QK_PERCENT || y->kind == FL_QK_PERCENT || y->kind == FL_QK_BARE || y->tok - cmp > 4 ||
        y->qualifier >= 0 || y->lo <= 0 || isinf(y->hi))
        return;
    for (size_t i = cmp; i < y->tok; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return;
    size_t nx = 0; /* "That" stands for the one amount of the measure the sentence before states */
    for (size_t qi = f->sent_qty[s - 1]; qi < q0; qi++)
        if (f->qty[qi].kind != FL_QK_BARE && f->qty[qi].kind != FL_QK_PERCENT && same_dim(f, &f->qty[qi], y)) {
            x = &f->qty[qi];
            nx++;
        }
    int dir = x && nx == 1 && x->qualifier < 0 && !isinf(x->hi) ? apposed_change(ctx, s, y->tok_end, p) : 0;
    if (dir)
        report_change(ctx, x, y, p, dir, 0);
}

/* Two amounts of one measure in sequence and the change between them stated after a comma: "1,400 on Monday
 * and 1,750 on Tuesday, an increase of 35 percent", "$40 million in 2030 and $52 million in 2031, a 20% rise".
 * Only in a sentence with no other amount, the two joined by a word of a list (not a range "between ... and"),
 * the percentage after both with a word of change right before it (through an article and a change link) or
 * right after it. */
static void check_sequence(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t q0 = f->sent_qty[s];
    if (f->sent_qty[s + 1] - q0 != 3)
        return;
    const fl_qty *y = &f->qty[q0], *x = &f->qty[q0 + 1], *p = &f->qty[q0 + 2];
    /* "1,400 people on Monday and 1,750 on Tuesday": the second may leave out a count's unit */
    int elided = x->kind == FL_QK_BARE && y->kind == FL_QK_UNIT && printed(f, y) == y->value;
    if (p->kind != FL_QK_PERCENT || x->kind == FL_QK_PERCENT || y->kind == FL_QK_PERCENT ||
        (strcmp(x->dim, y->dim) != 0 && !elided) || y->lo <= 0 || isinf(x->hi) || isinf(y->hi) || x->qualifier >= 0 ||
        y->qualifier >= 0 || (y->tok > f->sent_tok[s] && role(ctx, y->tok - 1, f->ntok, FL_ROLE_BETWEEN)))
        return;
    /* the list word joins the second amount's phrase: no comma after it, and the second no base after "from"
     * ("1,240 reports of damp and mould, up from 980": a change from 980, no sequence) */
    int joined = 0;
    for (size_t i = y->tok_end; i < x->tok; i++)
        if (role(ctx, i, f->ntok, FL_ROLE_AND))
            joined = 1;
        else if (f->tok[i].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i].start] == ',')
            joined = 0;
    if (!joined || role(ctx, x->tok - 1, f->ntok, FL_ROLE_FROM))
        return;
    /* the change is an apposition to the pair, not a clause of its own ("..., and prices rose 35%") */
    int dir = apposed_change(ctx, s, x->tok_end, p);
    if (dir)
        report_change(ctx, x, y, p, dir, 0);
}

static int now_word_in(const fl_check_ctx *ctx, size_t from, size_t to);

/* Is amount c, of a sentence at or before s, of another year than sentence s: its sentence states a year (not
 * one carried from before) that is not s's ("a deficit of £1.2m in 2021. ... The deficit is now three times ...")? */
static int other_year(const fl_facts *f, size_t s, const fl_qty *c)
{
    size_t idx = (size_t)(c - f->qty), cs = s;
    while (cs > 0 && f->sent_qty[cs] > idx)
        cs--;
    return f->sent_year[cs] && !f->sent_year_carried[cs] && f->sent_year[cs] != f->sent_year[s];
}

/* The amount a multiple is of: the nearest amount of y's measure before token end in sentence s stated as
 * actual, or, when s opens with a determiner and has none ("The deal is four times the £15.5 million"), in
 * one of the three sentences before, unless that amount is of another year (other_year) or s tells the now ("The
 * deficit is now three times ..."). NULL when none. */
static const fl_qty *multiple_of(const fl_check_ctx *ctx, size_t s, size_t end, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    size_t used, a0 = f->sent_tok[s], q0 = f->sent_qty[s], own = 0;
    for (size_t k = q0; k < f->sent_qty[s + 1] && f->qty[k].tok < end; k++)
        own += f->qty[k].kind != FL_QK_PERCENT;
    int back = !own && fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, f->tok,
                                     f->sent_tok[s + 1], a0, &used) >= 0;
    size_t from = back ? f->sent_qty[s > 3 ? s - 3 : 0] : q0;
    for (size_t k = (size_t)(y - f->qty); k-- > from;) {
        const fl_qty *c = &f->qty[k];
        if (c->tok >= end)
            continue;
        if ((c->kind == FL_QK_UNIT || c->kind == FL_QK_MONEY) && strcmp(c->dim, y->dim) == 0 &&
            f->qty_modality[k] == FL_MOD_ACTUAL && c->qualifier < 0)
            return k < q0 && (other_year(f, s, c) || now_word_in(ctx, a0, f->sent_tok[s + 1])) ? NULL : c;
    }
    return NULL;
}

/* How far a bound on a multiple may miss before it is wrong ("more than four times" of a ratio of 3.95 is a
 * rounding), and how far a multiple may miss, plain and after a hedge of arithmetic.multiple_hedges. */
#define MULTIPLE_BOUND_TOL 0.03
#define MULTIPLE_TOL 0.10
#define MULTIPLE_HEDGED_TOL 0.25
/* how far below its multiple a ratio approached from below ("nearly five times") may fall: half a whole, and a
 * fifth of it, the larger (journalists round "nearly ten times" of 8.4, not "nearly five times" of 3.9) */
#define MULTIPLE_APPROACH_WHOLE 0.5
#define MULTIPLE_APPROACH_SHARE 0.80

/* Does the ratio [lo, hi] of two amounts agree with the multiple value stated at token tok of sentence s? A
 * bound before tok (the
 * qualifiers table: "more than four times", "at least", "less than", "up to") is a bound on the ratio; another
 * hedge ("about", "nearly") rounds it; a plain multiple is within MULTIPLE_TOL. *stated: where the multiple's
 * words start, its qualifier included. */
static int multiple_holds(fl_check_ctx *ctx, size_t s, size_t tok, double value, double lo, double hi, size_t *stated)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[s + 1], used;
    int before = tok > f->sent_tok[s];
    int bound = before ? fl_phrases_ending(&k->qualifiers, text, f->tok, b, tok - 1, &used) : -1;
    *stated = f->tok[bound >= 0 ? tok - used : tok].start;
    if (bound == FL_Q_OVER || bound == FL_Q_AT_LEAST)
        return hi >= value * (1 - MULTIPLE_BOUND_TOL);
    if (bound == FL_Q_UNDER || bound == FL_Q_UP_TO)
        return lo <= value * (1 + MULTIPLE_BOUND_TOL);
    int hedged = before && fl_phrases_ending(&k->multiple_hedges, text, f->tok, b, tok - 1, &used) >= 0;
    /* "nearly five times": approached from below, a ratio that rounds to a whole below the multiple (under 4.5),
     * and under 80% of it (4.0; "nearly ten times" of 8.4 stands), is another multiple ("nearly four times" of 3.87) */
    if (before && fl_phrases_ending(&k->approaches, text, f->tok, b, tok - 1, &used) >= 0 &&
        hi < fmin(value - MULTIPLE_APPROACH_WHOLE, value * MULTIPLE_APPROACH_SHARE))
        return 0;
    double tol = hedged ? MULTIPLE_HEDGED_TOL : MULTIPLE_TOL;
    return fl_interval_overlap(lo, hi, value * (1 - tol), value * (1 + tol));
}

/* The level a multiple of an amount y stated in an earlier sentence is of ("about 150 were on it - three times
 * its posted limit"): the nearest amount of y's measure before token end in sentence s, or a count stated as a
 * bare number (nothing scaled) when y is a count. NULL when none. */
static const fl_qty *level_named(const fl_check_ctx *ctx, size_t s, size_t end, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    int count = fl_count_dimension(ctx->rules, y->dim) && printed(f, y) == y->value;
    for (size_t qi = f->sent_qty[s + 1]; qi-- > f->sent_qty[s];) {
        const fl_qty *x = &f->qty[qi];
        if (x->tok >= end || x == y || (x->qualifier >= 0 && x->qualifier != FL_Q_APPROX) || isinf(x->hi))
            continue;
        if ((x->kind == FL_QK_UNIT || x->kind == FL_QK_MONEY) && strcmp(x->dim, y->dim) == 0)
            return x;
        if (x->kind == FL_QK_BARE && count && !f->num[x->num].scaled)
            return x;
    }
    return NULL;
}

/* The amount a multiple's noun phrase names at its end, right after "of": a determiner at token at, then at most
 * eight words ("five times the provisional guideline value for bathing of 24 ug/L"); NULL when another mark, a
 * comparative's "than" or a number stands before it. */
static const fl_qty *named_by_of(const fl_check_ctx *ctx, size_t s, size_t at)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t b = f->sent_tok[s + 1], used;
    if (at >= b || fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, b, at, &used) < 0)
        return NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *y = &f->qty[qi];
        size_t q = qualifier_tok(f, y);
        if (y->tok < at)
            continue;
        if (q <= at + used || q > at + used + 9 || !(y->kind == FL_QK_UNIT || y->kind == FL_QK_MONEY) ||
            !role(ctx, q - 1, f->ntok, FL_ROLE_OF))
            return NULL;
        for (size_t i = at + used; i < q; i++)
            if (f->tok[i].kind != FL_TOK_WORD || role(ctx, i, f->ntok, FL_ROLE_COMPARISON))
                return NULL;
        return y;
    }
    return NULL;
}

/* Reports the multiple n at token tok of sentence s that amount x is not of amount y, its words from stated, with
 * a note at x. */
static void report_multiple(fl_check_ctx *ctx, const fl_num *n, const fl_qty *x, const fl_qty *y, size_t stated)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    fl_buf msg = {0};
    fmt_num(&msg, x->value / (y->value / printed(f, y)));
    fl_buf_puts(&msg, " is ");
    fl_buf_printf(&msg, "%.2g times ", x->value / y->value);
    fmt_num(&msg, printed(f, y));
    fl_buf_printf(&msg, ", not %.*s%g times", (int)(n->start - stated), text + stated, n->value);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, n->start, y->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    fl_buf part = {0};
    fl_excerpt(&part, ctx->doc, x->qstart, x->end, 60);
    fl_report_related(ctx, d, x->qstart, x->end, "the multiple: %s", fl_buf_cstr(&part));
    fl_buf_free(&part);
}

/* The amount a multiple's noun phrase at token at of sentence s names in apposition: a determiner, words with no
 * figure or mark up to one comma, then determiners and the amount ("five times the previous record for her work,
 * the £6.35m paid in 2019"); NULL when the phrase is not one. */
static const fl_qty *apposed_amount(const fl_check_ctx *ctx, size_t s, size_t at)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[s + 1], i = past_determiners(ctx, at, b, b), comma = 0;
    if (i == at)
        return NULL;
    for (; i < b && !comma; i++)
        if (f->tok[i].kind == FL_TOK_PUNCT && text[f->tok[i].start] == ',' && i > at + 1)
            comma = i;
        else if (f->tok[i].kind != FL_TOK_WORD)
            return NULL;
    size_t d = comma ? past_determiners(ctx, comma + 1, b, b) : 0;
    if (!comma || d == comma + 1)
        return NULL;
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
        const fl_qty *y = &f->qty[qi];
        if (y->tok >= at)
            return qualifier_tok(f, y) == d && (y->kind == FL_QK_UNIT || y->kind == FL_QK_MONEY) ? y : NULL;
    }
    return NULL;
}

/* Does sentence s state an amount other than a percentage before token end? */
static int own_amount_before(const fl_facts *f, size_t s, size_t end)
{
    for (size_t k = f->sent_qty[s]; k < f->sent_qty[s + 1] && f->qty[k].tok < end; k++)
        if (f->qty[k].kind != FL_QK_PERCENT)
            return 1;
    return 0;
}

/* How many sentences back a multiple's subject is looked for by its noun (check_times_named), and how many
 * amounts it may name before it is too vague to check. */
#define NAMED_MULTIPLE_BACK 40
#define NAMED_MULTIPLE_MAX 16

/* Is c an amount that a subject named before a multiple of y may stand for: of y's kind and measure, a value of
 * its own (not y's), no bound? */
static int named_multiple_candidate(const fl_qty *c, const fl_qty *y)
{
    return c->kind == y->kind && same_measure(c->dim, y->dim) && c->lo > 0 && !isinf(c->hi) &&
           (c->qualifier < 0 || c->qualifier == FL_Q_APPROX || c->qualifier == FL_Q_NEARLY) && c->value != y->value;
}

/* The head noun of sentence s's definite opening subject (opening_subject: a common noun and its modifiers, a
 * determiner that is no indefinite article before them) when the multiple at token at stands in its clause and that
 * clause's verb has no modal and no future ("The final cost could be three times ..." is a forecast); 0 when
 * there is none. *generic: a noun of the phrase is a word of "figure-anaphors" ("The sum taken", "The amount
 * stolen": the tagger may take the participle for the head). */
static size_t multiple_subject_head(const fl_check_ctx *ctx, size_t s, size_t at, int *generic)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *indef = fl_rules_lexicon(ctx->rules, "indefinite-articles");
    const fl_lexicon *figures = fl_rules_lexicon(ctx->rules, "figure-anaphors");
    size_t a0 = f->sent_open[s], h = 0;
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    int clause, n = p ? opening_subject(p, 0, &clause) : -1;
    *generic = 0;
    int v = n >= 0 ? p->clauses[clause].verb : -1; /* "The final cost could be three times": a forecast */
    if (n >= 0 && at >= a0 && at - a0 < p->n && p->clause_of[at - a0] == clause && p->nps[n].det >= 0 &&
        !(indef && fl_lexicon_has_token(indef, ctx->doc->text, &f->tok[a0 + p->nps[n].det], 1)) && v >= 0 &&
        p->vgs[v].modal < 0 && p->vgs[v].tense != FL_TENSE_FUTURE) {
        h = a0 + p->nps[n].head;
        for (size_t i = p->nps[n].det + 1; i < p->nps[n].end; i++)
            *generic |= p->tags[i] == FL_TAG_NOUN && figures &&
                        fl_lexicon_has_token(figures, ctx->doc->text, &f->tok[a0 + i], 1);
    }
    fl_parse_free(p);
    free(words);
    return h;
}

/* "The price is almost five times the previous record ..., the £6.35m" and "The sum taken is nearly four times the
 * £850,000 ...": a multiple n of an amount y whose sentence opens with a definite subject (multiple_subject_head)
 * and states no amount before it, when the sentences before give multiple_of nothing. The subject names an amount
 * the document stated earlier, in one of the NAMED_MULTIPLE_BACK sentences before: one whose own words hold a word
 * of the head's lemma (fl_amounts_named: "The hammer price was £16.8m", "faces a deficit of £4.2m"), or, when a noun
 * of the subject is a word of "figure-anaphors" ("The sum", "The amount stolen"), any amount of y's measure
 * (named_multiple_candidate). Which one is meant is not known, so the multiple is reported only when it agrees with
 * none of them, naming the one whose ratio comes nearest to it; with NAMED_MULTIPLE_MAX or more nothing is read. */
static void check_times_named(fl_check_ctx *ctx, size_t s, const fl_num *n, const fl_qty *y)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c[NAMED_MULTIPLE_MAX], *x = NULL;
    int generic;
    size_t h = multiple_subject_head(ctx, s, n->tok, &generic), nc = 0, stated;
    if (!h || y->lo <= 0 || isinf(y->hi) || y->qualifier >= 0 || now_word_in(ctx, f->sent_tok[s], f->sent_tok[s + 1]))
        return; /* "The deficit is now three times ...": of another time than the amounts before */
    size_t first = f->sent_qty[s > NAMED_MULTIPLE_BACK ? s - NAMED_MULTIPLE_BACK : 0];
    if (generic) { /* "The sum": any amount of y's measure before */
        for (size_t k = f->sent_qty[s]; k-- > first && nc < NAMED_MULTIPLE_MAX;)
            if (named_multiple_candidate(&f->qty[k], y))
                c[nc++] = &f->qty[k];
    } else
        nc = fl_amounts_named(ctx, s, h, y, NAMED_MULTIPLE_BACK, c, NAMED_MULTIPLE_MAX);
    if (nc == NAMED_MULTIPLE_MAX)
        return; /* too many to tell */
    for (size_t k = 0; k < nc; k++) {
        if (!named_multiple_candidate(c[k], y) || other_year(f, s, c[k]))
            continue;
        if (multiple_holds(ctx, s, n->tok, n->value, c[k]->lo / y->hi, c[k]->hi / y->lo, &stated))
            return;
        if (!x || fabs(log(c[k]->value / y->value / n->value)) < fabs(log(x->value / y->value / n->value)))
            x = c[k];
    }
    if (x)
        report_multiple(ctx, n, x, y, stated);
}

/* "X is N times Y", "X, N times the Y": a number and a word of multiple (arithmetic.times) right before an
 * amount (determiners only between: "four times sharper than the 20 metres" is none), and the amount it is a multiple
 * of (multiple_of), of one measure, whose ratio must agree with N (multiple_holds).
 */
static void check_times(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[s + 1], used;
    for (size_t ni = f->sent_num[s]; ni < f->sent_num[s + 1]; ni++) {
        const fl_num *n = &f->num[ni];
        size_t t = n->tok + n->ntok;

        if (n->nonclaim || n->range || n->proportion || n->value < 1.5 || t >= b ||
            fl_phrases_at(&k->times, text, f->tok, b, t, &used) < 0)
            continue;
        size_t at = t + used;
        const fl_qty *y = NULL;
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && !y; qi++)
            if (f->qty[qi].tok >= at && f->qty[qi].tok <= at + 3 &&
                (f->qty[qi].kind == FL_QK_UNIT || f->qty[qi].kind == FL_QK_MONEY))
                y = &f->qty[qi];
        for (size_t i = at; y && i < y->tok; i++) /* "four times sharper than the 20 metres" is no multiple */
            if (fl_phrases_at(&k->determiners, text, f->tok, b, i, &used) < 0)
                y = NULL;
        if (!y)
            y = named_by_of(ctx, s, at);
        const fl_qty *x = y && y->lo > 0 && !isinf(y->hi) && y->qualifier < 0 ? multiple_of(ctx, s, n->tok, y) : NULL;
        if (!y && (y = fl_named_amount(ctx, s, at, NULL, 0, NULL)) != NULL) /* "three times its posted limit" */
            x = level_named(ctx, s, n->tok, y);
        if (!y && !own_amount_before(f, s, n->tok) && (y = apposed_amount(ctx, s, at)) != NULL)
            check_times_named(ctx, s, n, y);
        else if (!x && y && !own_amount_before(f, s, n->tok))
            check_times_named(ctx, s, n, y);

        if (!x || isinf(x->hi))
            continue;
        size_t stated;
        if (!multiple_holds(ctx, s, n->tok, n->value, x->lo / y->hi, x->hi / y->lo, &stated))
            report_multiple(ctx, n, x, y, stated);
    }
}

/* The end of an apposition "(nearly) a fourfold increase" opening at token i of sentence s: a hedge or bound
 * at most (arithmetic.multiple_hedges, the qualifiers), articles, a multiple (multiple_at) above one and a word of
 * increase, then the sentence's end or a mark. 0 when tokens [i, ...) are not one; *at: where the multiple's
 * words start after the hedge, *value: the multiple. */
static size_t multiple_apposition(const fl_check_ctx *ctx, size_t s, size_t i, size_t *at, double *value)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[s + 1], used;
    if (i < b && (fl_phrases_at(&k->multiple_hedges, text, f->tok, b, i, &used) >= 0 ||
                  fl_phrases_at(&k->qualifiers, text, f->tok, b, i, &used) >= 0))
        i += used;
    *at = i;
    while (i < b && role(ctx, i, f->ntok, FL_ROLE_ARTICLES))
        i++;
    if (i < b && *at == i && (*value = equative_at(ctx, b, i, &used)) > 1)
        i += used; /* "more than three times as many" */
    else if (i >= b || (*value = multiple_at(ctx, b, i, &used)) <= 1)
        return 0;
    else if ((i += used) >= b || change_at(ctx, b, i, &used) <= 0)
        return 0;
    else
        i += used;
    return i == b || clause_mark(text, &f->tok[i]) ? i : 0;
}

/* "X, compared with Y - nearly a fourfold increase": two amounts of one measure, a comparison
 * (arithmetic.comparisons) after words of the first's clause and at most a comma, and before the second with words
 * only between (a bare count after it takes the first's
 * unit: "3,400 complaints so far, compared with 1,200 last year"), and after the second, at the first comma or
 * dash, a multiple as an apposition ending the sentence or its clause (multiple_apposition): the ratio of the first
 * to the second must agree with it (multiple_holds). "a fourfold increase on 2015" (a base of its own) and "...,
 * while frosts rose fourfold" (a clause of its own) are none. */
static void check_against_multiple(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t b = f->sent_tok[s + 1], q1 = f->sent_qty[s + 1], used;
    for (size_t qi = f->sent_qty[s]; qi + 1 < q1; qi++) {
        size_t yi = qi + 1; /* "Some 41% of those ... below 140mmHg, compared with 19%": amounts of other measures
                             * may stand between two percentages */
        while (f->qty[qi].kind == FL_QK_PERCENT && yi + 1 < q1 && f->qty[yi].kind != FL_QK_PERCENT &&
               f->qty[yi].kind != FL_QK_POINTS)
            yi++;
        fl_qty xr; /* "Some 41%": a hedge that only rounds widens the level */
        const fl_qty *x = rounded_level(f, &f->qty[qi], &xr), *y = &f->qty[yi];
        if (!x || (x->kind != FL_QK_UNIT && x->kind != FL_QK_MONEY && x->kind != FL_QK_PERCENT) ||
            (y->kind == FL_QK_PERCENT) != (x->kind == FL_QK_PERCENT) || !same_dim(f, x, y) || y->lo <= 0 ||
            isinf(x->hi) || isinf(y->hi) || (x->qualifier >= 0 && x->kind != FL_QK_PERCENT) || y->qualifier >= 0)
            continue;
        size_t cmp = 0, i = x->tok_end; /* words and numbers of the first's clause, at most a comma, the comparison */
        while (i < y->tok && (f->tok[i].kind == FL_TOK_WORD || f->tok[i].kind == FL_TOK_NUM) &&
               fl_phrases_at(&k->comparisons, text, f->tok, b, i, &used) < 0)
            i++;
        if (i < y->tok && fl_mark_at(ctx, i, ','))
            i++;
        if (i < y->tok && fl_phrases_at(&k->comparisons, text, f->tok, b, i, &used) >= 0)
            cmp = i + used;
        else if (i < y->tok && x->value > y->value && f->tok[i - 1].kind == FL_TOK_PUNCT &&
                 fl_phrases_at(&k->rise_bases, text, f->tok, b, i, &used) >= 0)
            cmp =
                i + used; /* "counted 147 kites, up from 38 in 2021, nearly four times as many": the base risen from */
        if (!cmp || y->tok - cmp > 5)
            continue;
        int words = 1;
        for (i = cmp; i < y->tok && words; i++)
            words = f->tok[i].kind == FL_TOK_WORD;
        size_t mark = y->tok_end; /* the first comma or dash after the second, no other amount before it */
        while (mark < b && !apposition_mark(text, &f->tok[mark]) && !clause_mark(text, &f->tok[mark]))
            mark++;
        if (!words || mark >= b || !apposition_mark(text, &f->tok[mark]) || (yi + 1 < q1 && f->qty[yi + 1].tok < mark))
            continue;
        size_t at, end, stated;
        double value;
        if (!(end = multiple_apposition(ctx, s, mark + 1, &at, &value)) ||
            multiple_holds(ctx, s, at, value, x->lo / y->hi, x->hi / y->lo, &stated))
            continue;
        fl_buf msg = {0};
        const char *pct = x->kind == FL_QK_PERCENT ? "%" : "";
        fmt_num(&msg, x->value / (y->value / printed(f, y)));
        fl_buf_printf(&msg, "%s is %.2g times ", pct, x->value / y->value);
        fmt_num(&msg, printed(f, y));
        fl_buf_puts(&msg, pct);
        size_t last = f->tok[end - 1].end;
        fl_buf_printf(&msg, ", not %.*s", (int)(last - stated), text + stated);
        fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, stated, last, "%s", fl_buf_cstr(&msg));
        fl_buf_free(&msg);
        fl_buf part = {0};
        fl_excerpt(&part, ctx->doc, x->qstart, y->end, 60);
        fl_report_related(ctx, d, x->qstart, y->end, "the amounts compared: %s", fl_buf_cstr(&part));
        fl_buf_free(&part);
    }
}

/* ---- an average over a span ---- */

/* The days in one period of a rate ("a week": 7), by the time-span unit of that name; 0 when there is none. */
static double period_days(const fl_knowledge *k, int period)
{
    for (size_t u = 0; period >= 0 && u < k->nunits; u++)
        if (strcmp(k->units[u].id, k->periods[period]) == 0 && strcmp(k->units[u].dimension, "time-span") == 0)
            return k->units[u].factor;
    return 0;
}

/* How many periods of a rate (named period, of pd days) span d is: a time-span in days over pd ("eight months" is 8
 * a month), or a bare number of the period's plural ("nine nights" for "a night", whose days no unit gives); 0
 * when d is neither. */
static double periods_in(const fl_check_ctx *ctx, const fl_qty *d, const char *period, double pd)
{
    const fl_facts *f = ctx->facts;
    if (d->value <= 0)
        return 0;
    if (strcmp(d->dim, "time-span") == 0)
        return pd > 0 ? d->value / pd : 0;
    size_t i = d->tok_end, n = strlen(period);
    if (d->kind != FL_QK_BARE || i >= f->ntok || f->tok[i].kind != FL_TOK_WORD)
        return 0;
    const char *w = ctx->doc->text + f->tok[i].start;
    size_t len = f->tok[i].end - f->tok[i].start;
    return len == n + 1 && strncasecmp(w, period, n) == 0 && (w[n] == 's' || w[n] == 'S') ? d->value : 0;
}

/* Is rate r stated as an average: a word of the "average-words" lexicon right before it, or before the "of" that
 * is ("averaging 20 km a day", "an average of roughly 35 miles a night")? */
static int average_cue(const fl_check_ctx *ctx, size_t s, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *cue = fl_rules_lexicon(ctx->rules, "average-words");
    size_t at = qualifier_tok(f, r), a = f->sent_tok[s];
    if (!cue || at <= a)
        return 0;
    if (at >= a + 2 && role(ctx, at - 1, f->ntok, FL_ROLE_OR) && f->tok[at - 2].kind == FL_TOK_PUNCT &&
        ctx->doc->text[f->tok[at - 2].start] == ',')
        return 1; /* "£2.2m over five years, or £440,000 a year": the amount restated per period */
    if (role(ctx, at - 1, f->ntok, FL_ROLE_OF) && at - 1 > a)
        at--;
    return fl_lexicon_has_token(cue, ctx->doc->text, &f->tok[at - 1], 1);
}

/* The noun an average per item is stated of, right after rate figure r ("an average of £16 a basket", "£50 per
 * donor": a word of the "per-item-words" lexicon, then a word), as its token; 0 when there is none. */
static size_t per_item(const fl_check_ctx *ctx, size_t s, const fl_qty *r)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *per = fl_rules_lexicon(ctx->rules, "per-item-words");
    size_t i = r->tok_end, b = f->sent_tok[s + 1];
    if (!per || r->rate >= 0 || i + 1 >= b || f->tok[i].kind != FL_TOK_WORD || f->tok[i + 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(per, ctx->doc->text, &f->tok[i], 1))
        return 0;
    return i + 1;
}

/* The number of items count d is ("180,000 transactions", "48,000 donors": a whole number and its noun, or a
 * counted unit), 0 when d is no count. */
static double items_in(const fl_check_ctx *ctx, const fl_qty *d)
{
    const fl_facts *f = ctx->facts;
    int noun = d->kind == FL_QK_BARE && d->tok_end < f->ntok && f->tok[d->tok_end].kind == FL_TOK_WORD;
    if (d->value < 1 || isinf(d->hi) || !(noun || (d->kind == FL_QK_UNIT && fl_count_dimension(ctx->rules, d->dim))))
        return 0;
    return d->value;
}

/* Reports average r, stated a `per` (a period or an item), that amount x over n of them (d: the span, or the
 * count when `item`) is not; in r's own printed terms ("190 miles over 9 nights is 21.1 a night", "£1.9m over
 * 180,000 transactions is 10.6 a basket"). */
static void report_average(fl_check_ctx *ctx, const fl_qty *r, const fl_qty *x, const fl_qty *d, double n,
                           const char *per, size_t per_len, int item)
{
    const fl_facts *f = ctx->facts;
    double pr = printed(f, r), runit = pr != 0 ? r->value / pr : 1;
    fl_buf msg = {0};
    fl_excerpt(&msg, ctx->doc, x->start, x->end, 40);
    size_t end = d->kind == FL_QK_BARE ? f->tok[d->tok_end].end : d->end; /* "nine nights" */
    fl_buf_puts(&msg, " over ");
    if (item)
        fl_excerpt(&msg, ctx->doc, d->start, end, 40);
    else {
        fmt_num(&msg, n);
        fl_buf_printf(&msg, " %.*ss", (int)per_len, per);
    }
    fl_buf_puts(&msg, " is ");
    fmt_num(&msg, x->value / n / runit);
    fl_buf_printf(&msg, " a %.*s, not ", (int)per_len, per);
    fl_excerpt(&msg, ctx->doc, r->qstart, r->end, 60);
    fl_diag *dg = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, r->qstart, r->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    fl_buf part = {0};
    fl_excerpt(&part, ctx->doc, x->qstart, end, 60);
    fl_report_related(ctx, dg, x->qstart, end, "the amount and its span: %s", fl_buf_cstr(&part));
    fl_buf_free(&part);
}

/* Where the preposition before a span after amount x stands: right after x, or after x's own phrase of a
 * preposition and one word ("£1.9 million in duty over 18 months"), a preposition again after it, before first. */
static size_t own_phrase_end(const fl_check_ctx *ctx, size_t s, const fl_qty *x, size_t first)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t j = x->tok_end, b = f->sent_tok[s + 1], used;
    if (j + 2 <= first && f->tok[j].kind == FL_TOK_WORD && f->tok[j + 1].kind == FL_TOK_WORD &&
        f->tok[j + 2].kind == FL_TOK_WORD &&
        fl_phrases_at(&k->prepositions, ctx->doc->text, f->tok, b, j, &used) >= 0 && used == 1 &&
        fl_phrases_at(&k->prepositions, ctx->doc->text, f->tok, b, j + 1, &used) < 0 &&
        fl_phrases_at(&k->prepositions, ctx->doc->text, f->tok, b, j + 2, &used) >= 0)
        return j + 2;
    return j;
}

/* "X over D, an average of R a P": an amount, the span right after it (a preposition between) and the average
 * per period stated after them in the sentence, which must be X over the span's periods ("190 miles over nine
 * nights, an average of roughly 35 miles a night" is 21.1 a night). So too an average per item: "£1.9m across
 * 180,000 transactions, an average of about £16 a basket" is £10.56 a basket, whatever the item is called. */
static void check_average(fl_check_ctx *ctx, size_t s, size_t ri)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_qty *r = &f->qty[ri];
    size_t used, item = 0;
    const char *slash = r->rate >= 0 && r->dim ? strrchr(r->dim, '/') : NULL;
    double pd = slash ? period_days(k, r->rate) : 0;
    if (isinf(r->hi) || r->lo <= 0 || (!slash && !(item = per_item(ctx, s, r))) || !average_cue(ctx, s, r))
        return;
    size_t dl = slash ? (size_t)(slash - r->dim) : strlen(r->dim);
    for (size_t di = ri; di-- > f->sent_qty[s] + 1;) {
        const fl_qty *d = &f->qty[di], *x = &f->qty[di - 1];
        double n = item ? items_in(ctx, d) : periods_in(ctx, d, k->periods[r->rate], pd);
        if (n <= 0)
            continue;
        /* the preposition before the span: its own word, or the span's qualifier ("over three weeks" reads
         * "over" as a bound, which after an amount it is not) */
        size_t first = qualifier_tok(f, d);
        if (item && first == x->tok_end + 2 &&
            fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, first, first - 1, &used) >= 0)
            first--; /* "across those 180,000 transactions": the count's determiner */
        size_t j = own_phrase_end(ctx, s, x, first);
        if (!item && first == j + 2 &&
            fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, first, first - 1, &used) >= 0)
            first--; /* "over those 18 months" */
        int over = d->qualifier == FL_Q_OVER && first == j;
        double dlo = over || d->kind == FL_QK_BARE ? n : n * d->lo / d->value,
               dhi = over || d->kind == FL_QK_BARE ? n : n * d->hi / d->value;
        if ((!over && (first != j + 1 || f->tok[j].kind != FL_TOK_WORD ||
                       fl_phrases_at(&k->prepositions, ctx->doc->text, f->tok, f->sent_tok[s + 1], j, &used) < 0)) ||
            dlo <= 0 || isinf(dhi) || strlen(x->dim) != dl || strncmp(x->dim, r->dim, dl) != 0 || isinf(x->hi) ||
            x->qualifier == FL_Q_OVER || x->qualifier == FL_Q_UNDER)
            return;
        double lo = x->lo / dhi, hi = x->hi / dlo;
        if (hi >= r->lo * 0.95 && lo <= r->hi * 1.05)
            return;
        if (item)
            report_average(ctx, r, x, d, n, ctx->doc->text + f->tok[item].start, f->tok[item].end - f->tok[item].start,
                           1);
        else
            report_average(ctx, r, x, d, n, k->periods[r->rate], strlen(k->periods[r->rate]), 0);
        return;
    }
}

/* ---- a stated total of parts ---- */

/* Can q be a part or a total of a sum: an amount or a count, bounded, not a percentage? */
static int summable(const fl_qty *q)
{
    return (q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY || q->kind == FL_QK_BARE) && q->lo >= 0 && !isinf(q->hi) &&
           q->qualifier != FL_Q_OVER && q->qualifier != FL_Q_UNDER && q->qualifier != FL_Q_AT_LEAST &&
           q->qualifier != FL_Q_UP_TO;
}

/* Is q a count stated exactly: a whole number with no hedge or bound, no scale word ("1.2 million" is
 * rounded) and no sum of money? Exact counts add up exactly: four and two are six, not seven. */
static int exact_count(const fl_facts *f, const fl_qty *q)
{
    return q->kind != FL_QK_MONEY && q->qualifier < 0 && q->value == trunc(q->value) && !f->num[q->num].scaled;
}

/* Do x and y measure one thing that adds up: the same dimension, or both counts (a bare number or a counted
 * unit: "18,400 supporters and 620 businesses, a total of 20,020 donors")? */
static int addable(const fl_check_ctx *ctx, const fl_qty *x, const fl_qty *y)
{
    int cx = x->kind == FL_QK_BARE || fl_count_dimension(ctx->rules, x->dim);
    int cy = y->kind == FL_QK_BARE || fl_count_dimension(ctx->rules, y->dim);
    return (cx && cy) || (x->kind != FL_QK_BARE && y->kind != FL_QK_BARE && strcmp(x->dim, y->dim) == 0);
}

/* How the amounts a (before) and b of a list are joined: 2 by "and" (a comma may come first), 1 by a comma
 * alone, 0 not as two items of one list (what stands between them is not the first's noun and a joiner). */
static int list_joint(const fl_check_ctx *ctx, const fl_qty *a, const fl_qty *b)
{
    const fl_facts *f = ctx->facts;
    size_t i = a->tok_end, words = 0;
    while (i < b->tok && f->tok[i].kind == FL_TOK_WORD && !role(ctx, i, f->ntok, FL_ROLE_AND) && words < 4) {
        i++;
        words++;
    }
    int comma = i < b->tok && f->tok[i].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[i].start] == ',';
    i += comma;
    int and = i < b->tok && role(ctx, i, f->ntok, FL_ROLE_AND);
    i += and;
    size_t used; /* "a £25,000 bonus and a £15,000 fee": an article of its own before the amount */
    if (i < b->tok && (comma || and) &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->determiners, ctx->doc->text, f->tok, b->tok, i, &used) >= 0 &&
        i + used == qualifier_tok(f, b))
        i += used;
    if (i != qualifier_tok(f, b) && !(i < b->tok && f->tok[i].kind == FL_TOK_PUNCT && i + 1 == b->tok))
        return 0; /* "and $620", "and about 600" stand right before the amount */
    return and? 2 : comma ? 1 : 0;
}

/* The parts of a list that ends with quantity last (index li), in *first..li: at least two amounts joined by
 * commas and one "and", that add up with total. Returns the number of parts, 0 when there is no such list. With
 * and_after, the list's "and" comes after li (one_more): the amounts up to li are joined by commas only, and one
 * is enough. */
static size_t parts_before(const fl_check_ctx *ctx, size_t s, size_t li, const fl_qty *total, size_t *first,
                           int and_after)
{
    const fl_facts *f = ctx->facts;
    size_t k = li, ands = and_after ? 1 : 0;
    if (!summable(&f->qty[li]) || !addable(ctx, &f->qty[li], total))
        return 0;
    while (k > f->sent_qty[s]) {
        const fl_qty *a = &f->qty[k - 1];
        int j = list_joint(ctx, a, &f->qty[k]);
        if (!j || !summable(a) || !addable(ctx, a, total) || (j == 1 && !ands) || (j == 2 && ands))
            break; /* one "and", before the last item; commas before it */
        ands += j == 2;
        k--;
    }
    *first = k;
    return ands == 1 && (li > k || and_after) ? li - k + 1 : 0;
}

/* Does an item counted with an indefinite article close the list whose last amount is q, before token end ("four
 * stewards and a police officer were hurt - six people in all"): q's noun (up to three words), "and", "a" or "an"
 * and words only up to end, an aside's mark right before it aside? Such an item counts one. */
static int one_more(const fl_check_ctx *ctx, const fl_qty *q, size_t end)
{
    const fl_facts *f = ctx->facts;
    size_t i = q->tok_end, words = 0;
    while (i < end && f->tok[i].kind == FL_TOK_WORD && !role(ctx, i, f->ntok, FL_ROLE_AND) && words++ < 3)
        i++;
    if (i + 2 >= end || !role(ctx, i, f->ntok, FL_ROLE_AND) || !role(ctx, i + 1, f->ntok, FL_ROLE_INDEFINITE))
        return 0;
    for (i += 2; i < end; i++)
        if (f->tok[i].kind != FL_TOK_WORD && !(i + 1 == end && aside_mark(ctx->doc->text, &f->tok[i])))
            return 0;
    return 1;
}

/* The total phrase beside quantity c ("a total of 20,020", "22 in all"): 1 before it, 2 after it, 3 opening
 * the sentence ("In all, 22 ..."), 0 none. */
static int total_beside(const fl_check_ctx *ctx, size_t s, const fl_qty *c)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], at = qualifier_tok(f, c), used;
    if (at > a + 1 && fl_phrases_at(&k->totals, ctx->doc->text, f->tok, b, a, &used) >= 0 && a + used + 1 == at &&
        f->tok[at - 1].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[at - 1].start] == ',')
        return 3;
    for (size_t i = at; i-- > a && at - i <= 4;)
        if (fl_phrases_at(&k->totals, ctx->doc->text, f->tok, b, i, &used) >= 0 && i + used == at)
            return i > a && aside_mark(ctx->doc->text, &f->tok[i - 1]) ? 1 : 0;
    if (c->tok_end < b && fl_phrases_at(&k->totals, ctx->doc->text, f->tok, b, c->tok_end, &used) >= 0)
        return at > f->sent_tok[s] && aside_mark(ctx->doc->text, &f->tok[at - 1]) ? 2 : 0;
    return 0;
}

/* Does the list whose first read part is quantity q run on before it: a comma right before q's qualifier, and
 * before it one to four words after a number (an item the list holds but no amount was read from: "In May 148
 * sites were staffed, 51 were vacant and 9 were suspended")? */
static int list_runs_on(const fl_check_ctx *ctx, size_t s, const fl_qty *q)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, q), a = f->sent_tok[s], words = 0;
    if (at <= a + 2 || !fl_mark_at(ctx, at - 1, ','))
        return 0;
    for (size_t i = at - 1; i-- > a && words <= 4; words++)
        if (f->tok[i].kind != FL_TOK_WORD)
            return words > 0 && f->tok[i].kind == FL_TOK_NUM;
    return 0;
}

static void report_parts(fl_check_ctx *ctx, const fl_qty *c, size_t first, size_t end, int one);
static int change_or_of_in(const fl_check_ctx *ctx, size_t i, size_t end);

/* The parts of a breakdown whose items have their own predicates ("148 were staffed, 51 were vacant and 9 were
 * suspended") that ends with quantity li of sentence s, in *first..li: two or more amounts that can add up with
 * total, joined by commas and one "and" before the last (predicate_joint), no word of change, comparison or "of"
 * in their predicates. Returns their number, 0 when there is no such list. */
static size_t predicate_parts(const fl_check_ctx *ctx, size_t s, size_t li, const fl_qty *total, size_t *first)
{
    const fl_facts *f = ctx->facts;
    size_t k = li;
    int ands = 0, residual;
    if (!summable(&f->qty[li]) || !addable(ctx, &f->qty[li], total))
        return 0;
    while (k > f->sent_qty[s]) {
        const fl_qty *a = &f->qty[k - 1];
        int j = predicate_joint(ctx, s, a, &f->qty[k], &residual);
        if (!j || residual || !summable(a) || !addable(ctx, a, total) || (j == 1 && !ands) || (j == 2 && ands) ||
            change_or_of_in(ctx, a->tok_end, qualifier_tok(f, &f->qty[k])))
            break;
        ands += j == 2;
        k--;
    }
    *first = k;
    return ands == 1 && li > k && !change_or_of_in(ctx, f->qty[li].tok_end, qualifier_tok(f, total) - 1) ? li - k + 1
                                                                                                         : 0;
}

/* "148 sites were staffed, 51 were vacant and 9 were suspended, 212 in all": total c after a total phrase beside it
 * (check_total) and a breakdown of parts [first, end) with their own predicates (predicate_parts), exact counts
 * adding up exactly, others within their rounding. */
static void check_predicate_total(fl_check_ctx *ctx, const fl_qty *c, size_t first, size_t end)
{
    const fl_facts *f = ctx->facts;
    double lo = 0, hi = 0, v = 0;
    int exact = exact_count(f, c);
    for (size_t k = first; k < end; k++) {
        if (f->qty[k].value > c->hi)
            return; /* a part larger than the total: no breakdown of it */
        lo += f->qty[k].lo;
        hi += f->qty[k].hi;
        v += f->qty[k].value;
        exact &= exact_count(f, &f->qty[k]);
    }
    if (exact ? fabs(v - c->value) > 0.49 : !fl_interval_overlap(lo, hi, c->lo, c->hi))
        report_parts(ctx, c, first, end, 0);
}

/* "Donations came from 18,400 supporters and 620 businesses, a total of 20,020 donors": the amounts of a list
 * right before an apposition that states their total (arithmetic.totals), and the total not their sum. */
static void check_total(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c = &f->qty[ci];
    size_t first, end = ci, ps = s; /* the parts are [first, end), of sentence ps */
    int how = summable(c) ? total_beside(ctx, s, c) : 0;
    if (how == 3) { /* "... 18,400 supporters and 620 businesses. In all, 20,020 donors gave": the list ends the
                       sentence before */
        if (ci != f->sent_qty[s] || s == 0 || f->sent_qty[s - 1] == ci)
            return;
        ps = s - 1;
        for (size_t i = f->qty[ci - 1].tok_end; i < f->sent_tok[s]; i++)
            if (f->tok[i].kind == FL_TOK_NUM || (f->tok[i].kind == FL_TOK_PUNCT && i + 1 < f->sent_tok[s]))
                return;
    } else if (!how || ci == f->sent_qty[s])
        return;
    else
        for (size_t i = f->qty[ci - 1].tok_end; i < c->tok; i++) /* only the last part's noun and the comma */
            if (f->tok[i].kind == FL_TOK_NUM ||
                (f->tok[i].kind == FL_TOK_PUNCT && !aside_mark(ctx->doc->text, &f->tok[i])))
                return;
    size_t n = parts_before(ctx, ps, end - 1, c, &first, 0);
    if (n >= 2 && list_runs_on(ctx, ps, &f->qty[first]))
        return; /* "In May 148 sites were staffed, 51 were vacant and 9 ...": an item before was not read */
    if (n < 2 && how != 3 && (n = predicate_parts(ctx, s, end - 1, c, &first)) >= 2) {
        check_predicate_total(ctx, c, first, end);
        return;
    }
    int one = 0; /* "four stewards and a police officer were hurt - six people in all": the officer counts one */
    if (n < 2 && how != 3 && fl_count_dimension(ctx->rules, c->dim) &&
        one_more(ctx, &f->qty[end - 1], qualifier_tok(f, c)))
        one = (n = parts_before(ctx, ps, end - 1, c, &first, 1)) > 0;
    if (n + (size_t)one < 2) {
        if (how != 3 && !n)
            check_increment_total(ctx, s, ci);
        return;
    }
    double lo = one, hi = one, v = one;
    int exact = exact_count(f, c);
    for (size_t k = first; k < end; k++) {
        lo += f->qty[k].lo;
        hi += f->qty[k].hi;
        v += f->qty[k].value;
        exact &= exact_count(f, &f->qty[k]);
    }
    if ((one && !exact) || (exact ? fabs(v - c->value) <= 0.49 : fl_interval_overlap(lo, hi, c->lo, c->hi)))
        return;
    for (size_t k = first; k < end && how == 3; k++)
        if (c->value < f->qty[k].value || c->value > 2 * v)
            return; /* a sentence on may count something else ("In all, 3,000 volunteers helped") */
    report_parts(ctx, c, first, end, one);
}

/* Does a word of change or comparison (arithmetic.increase, .decrease, .comparisons, .excess, .shortfall) or "of"
 * stand in tokens [i, end)? */
static int change_or_of_in(const fl_check_ctx *ctx, size_t i, size_t end)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t used;
    for (; i < end; i++)
        if (role(ctx, i, f->ntok, FL_ROLE_OF) || change_at(ctx, end, i, &used) ||
            fl_phrases_at(&k->comparisons, text, f->tok, end, i, &used) >= 0 || excess_at(ctx, i, &used))
            return 1;
    return 0;
}

/* "pocketed a £25,000 bonus from her sponsors on top of a £15,000 appearance fee - a cool £50,000 payday": total c
 * (index ci) set as an apposition (a dash or a comma, an indefinite article and at most two words before it) right
 * after the noun (up to four words) of an amount added to the one before it (increment_joint), c larger than
 * either and under twice their sum, and no word of change, comparison or part in its clause after it ("a £60,000
 * rise on last year", "a £30,000 share of the prize" are no totals). */
static void check_apposed_increment(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c = &f->qty[ci];
    if (ci < f->sent_qty[s] + 2 || total_beside(ctx, s, c))
        return;
    const fl_qty *a = &f->qty[ci - 2], *b = &f->qty[ci - 1];
    size_t i = b->tok_end, at = qualifier_tok(f, c), b_end = f->sent_tok[s + 1], e = c->tok_end;
    while (i < at && f->tok[i].kind == FL_TOK_WORD)
        i++;
    if (!summable(a) || !summable(b) || !summable(c) || !addable(ctx, a, c) || !addable(ctx, b, c) ||
        c->value <= a->value || c->value <= b->value || c->value >= 2 * (a->value + b->value) ||
        !noun_words(ctx, b->tok_end, i, 4) || i + 2 > at || !apposition_mark(ctx->doc->text, &f->tok[i]) ||
        !role(ctx, i + 1, f->ntok, FL_ROLE_INDEFINITE) || !noun_words(ctx, i + 2, at, 2) || !increment_joint(ctx, a, b))
        return;
    while (e < b_end && !clause_mark(ctx->doc->text, &f->tok[e]))
        e++;
    if (change_or_of_in(ctx, c->tok_end, e))
        return;
    two_parts_check(ctx, a, b, c, ci);
}

/* Does sentence s open with a word of addition (arithmetic.additions: "Together with"), then determiners and a
 * possessor only before amount a, its noun phrase (words only) closed by a comma, and words only from there to
 * amount c ("Together with the £14 million rocket, the loss amounts to £25 million")? */
static int added_opening(const fl_check_ctx *ctx, size_t s, const fl_qty *a, const fl_qty *c)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t a0 = f->sent_open[s], b = f->sent_tok[s + 1], used, i;
    if (fl_phrases_at(&k->additions, ctx->doc->text, f->tok, b, a0, &used) < 0)
        return 0;
    for (i = a0 + used; i < a->tok && fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, b, i, &used) >= 0;)
        i += used;
    if (after_possessor(ctx, i, qualifier_tok(f, a)) != qualifier_tok(f, a))
        return 0;
    size_t end = qualifier_tok(f, c);
    for (i = a->tok_end; i < end && f->tok[i].kind == FL_TOK_WORD;)
        i++;
    if (i >= end || !fl_mark_at(ctx, i, ','))
        return 0;
    for (i++; i < end && f->tok[i].kind == FL_TOK_WORD;)
        i++;
    return i == end;
}

/* "Halvard put the cost of repairing the pad at £6.5 million. Together with the £14 million rocket, the loss
 * amounts to about £25 million": the amount after a word of addition that opens sentence s (added_opening) and
 * the one amount of its measure in the sentence before, its last, add up to the first amount after the opening's
 * comma (ci), which states their sum. */
static void check_added_total(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c = &f->qty[ci];
    if (s == 0 || ci != opening_qty(f, s) + 1 || ci < f->sent_qty[s - 1] + 2 || !summable(c))
        return;
    const fl_qty *a = &f->qty[ci - 1], *b = &f->qty[ci - 2];
    if (!summable(a) || !summable(b) || !addable(ctx, a, c) || !addable(ctx, b, c) || c->kind == FL_QK_BARE ||
        a->kind == FL_QK_BARE || b->kind == FL_QK_BARE || c->value < a->value || c->value < b->value ||
        !added_opening(ctx, s, a, c))
        return;
    for (size_t qi = f->sent_qty[s - 1]; qi + 2 < ci; qi++)
        if (addable(ctx, &f->qty[qi], c) && f->qty[qi].kind != FL_QK_BARE)
            return; /* which of two amounts before is added is not known */
    two_parts_check(ctx, a, b, c, ci);
}

/* "expects to lose about £850,000 this year, made up of £520,000 in ticket refunds and £230,000 in contractor
 * costs": amount ci, up to four words and a comma, a word of composition (arithmetic.compositions) and right
 * after it a list of two or more amounts (commas and one "and", each followed only by its noun) that add up
 * with it, which are its parts. */
static void check_composed_total(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_qty *c = &f->qty[ci];
    size_t b = f->sent_tok[s + 1], q1 = f->sent_qty[s + 1], i = c->tok_end, used, last = ci + 1;
    if (ci + 2 >= q1 || !summable(c))
        return;
    while (i < b && i < c->tok_end + 4 && f->tok[i].kind == FL_TOK_WORD &&
           fl_phrases_at(&k->compositions, ctx->doc->text, f->tok, b, i, &used) < 0)
        i++;
    i += i < b && fl_mark_at(ctx, i, ',');
    if (i >= b || fl_phrases_at(&k->compositions, ctx->doc->text, f->tok, b, i, &used) < 0 ||
        i + used != qualifier_tok(f, &f->qty[ci + 1]))
        return;
    while (last + 1 < q1 && list_joint(ctx, &f->qty[last], &f->qty[last + 1]) == 1)
        last++;
    if (last + 1 >= q1 || list_joint(ctx, &f->qty[last], &f->qty[last + 1]) != 2)
        return;
    last++;
    size_t first;
    if (parts_before(ctx, s, last, c, &first, 0) < 2 || first != ci + 1)
        return;
    double lo = 0, hi = 0, v = 0;
    int exact = exact_count(f, c);
    for (size_t q = first; q <= last; q++) {
        lo += f->qty[q].lo;
        hi += f->qty[q].hi;
        v += f->qty[q].value;
        exact &= exact_count(f, &f->qty[q]);
    }
    if (exact ? fabs(v - c->value) <= 0.49 : fl_interval_overlap(lo, hi, c->lo, c->hi))
        return;
    report_parts(ctx, c, first, last + 1, 0);
}

/* Reports total c that is not the sum of the quantities [first, end), and one more item when one is set (an item
 * counted with "a": one_more). */
static void report_parts(fl_check_ctx *ctx, const fl_qty *c, size_t first, size_t end, int one)
{
    const fl_facts *f = ctx->facts;
    double v = one;
    for (size_t k = first; k < end; k++)
        v += f->qty[k].value;
    double unit = printed(f, c) / c->value;
    fl_buf msg = {0};
    for (size_t k = first; k < end; k++) {
        if (k > first)
            fl_buf_puts(&msg, " + ");
        fmt_num(&msg, f->qty[k].value * unit);
    }
    if (one)
        fl_buf_puts(&msg, " + 1");
    fl_buf_puts(&msg, " = ");
    fmt_num(&msg, v * unit);
    fl_buf_puts(&msg, ", not ");
    fl_excerpt(&msg, ctx->doc, c->qstart, c->end, 60);
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, c->qstart, c->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    for (size_t k = first; k < end; k++) {
        fl_buf part = {0};
        fl_excerpt(&part, ctx->doc, f->qty[k].qstart, f->qty[k].end, 60);
        fl_report_related(ctx, d, f->qty[k].qstart, f->qty[k].end, "a part: %s", fl_buf_cstr(&part));
        fl_buf_free(&part);
    }
}

/* Does a definite word stand right before total c, its qualifier aside: "the", a whole-marker ("all") or a
 * possessive ("its", "the ship's")? A list after such a count restates what the known whole is made of. */
static int definite_whole(const fl_check_ctx *ctx, size_t s, const fl_qty *c)
{
    const fl_facts *f = ctx->facts;
    size_t at = qualifier_tok(f, c), used;
    if (at <= f->sent_tok[s])
        return 0;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_token *t = &f->tok[at - 1];
    return (role(ctx, at - 1, f->ntok, FL_ROLE_ARTICLES) && !role(ctx, at - 1, f->ntok, FL_ROLE_INDEFINITE)) ||
           fl_lexicon_has_token(fl_rules_lexicon(ctx->rules, "whole-markers"), ctx->doc->text, t, 1) ||
           fl_phrases_at(&k->possessives, ctx->doc->text, f->tok, f->sent_tok[s + 1], at - 1, &used) >= 0 ||
           possessive_at(ctx, at - 1);
}

/* The token after at most four words from token i, when it is the mark that closes an aside opened by open (the
 * same comma or dash, ")" for "("; the sentence's end after a colon or a dash); 0 when none. */
static size_t aside_close(const fl_check_ctx *ctx, size_t s, size_t i, char open)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1], words = 0;
    while (i < b && f->tok[i].kind == FL_TOK_WORD && words++ < 4)
        i++;
    if (i >= b)
        return (open == ':' || open == '-') ? b : 0;
    const fl_token *t = &f->tok[i];
    int dash = aside_mark(ctx->doc->text, t) && ctx->doc->text[t->start] != ',' && ctx->doc->text[t->start] != '(';
    if ((open == ',' && fl_mark_at(ctx, i, ',')) || (open == '(' && fl_mark_at(ctx, i, ')')) || (open == '-' && dash))
        return i + 1;
    return ((open == ':' || open == '-') && fl_mark_at(ctx, i, '.') && i + 1 == b) ? b : 0;
}

/* Does a word of inclusion-verbs ("including", "comprising") stand right before count c or between its end and the
 * colon at token colon ("including 212 sites:", "212 sites, including:")? The list after it names some parts only. */
static int inclusion_around(const fl_check_ctx *ctx, size_t s, const fl_qty *c, size_t colon)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *inc = fl_rules_lexicon(ctx->rules, "inclusion-verbs");
    size_t at = qualifier_tok(f, c);
    if (!inc || (at > f->sent_tok[s] && fl_lexicon_has_token(inc, ctx->doc->text, &f->tok[at - 1], 1)))
        return 1;
    for (size_t i = c->tok_end; i < colon; i++)
        if (fl_lexicon_has_token(inc, ctx->doc->text, &f->tok[i], 1))
            return 1;
    return 0;
}

/* "The seven people inside, four adults and two children, were lifted out": a definite count (definite_whole)
 * whose noun phrase is followed by an aside that lists its parts (two or more amounts joined by commas and one
 * "and", closed as it was opened), the parts not adding up to it. */
static void check_apposed_parts(fl_check_ctx *ctx, size_t s, size_t ci)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *c = &f->qty[ci];
    if (ci + 2 >= f->sent_qty[s + 1] || !summable(c) || c->kind == FL_QK_MONEY)
        return;
    size_t i = c->tok_end, words = 0, first;
    while (i < f->sent_tok[s + 1] && f->tok[i].kind == FL_TOK_WORD && words++ < 3)
        i++; /* the total's noun and a modifier after it ("people inside") */
    const fl_qty *p0 = &f->qty[ci + 1];
    int colon = i < f->sent_tok[s + 1] && fl_mark_at(ctx, i, ':');
    if (i + 1 != qualifier_tok(f, p0) ||
        !(colon || (aside_mark(ctx->doc->text, &f->tok[i]) && (fl_mark_at(ctx, i, ',') || fl_mark_at(ctx, i, '(') ||
                                                               apposition_mark(ctx->doc->text, &f->tok[i])))) ||
        !(definite_whole(ctx, s, c) || (colon && !inclusion_around(ctx, s, c, i))))
        return;
    if (opening_whole(ctx, s, c, p0))
        return; /* "Of the 300 homes, 120 were flooded and 45 destroyed, a rate of 40%": parts, not all of them */
    char open = fl_mark_at(ctx, i, ',') ? ',' : fl_mark_at(ctx, i, '(') ? '(' : fl_mark_at(ctx, i, ':') ? ':' : '-';
    for (size_t li = ci + 2; li < f->sent_qty[s + 1]; li++) {
        /* the comma after the total's noun reads as a list's too: the parts start after it */
        size_t np = parts_before(ctx, s, li, c, &first, 0);
        if (np < 2 || (first != ci && first != ci + 1) || li < ci + 2)
            continue;
        first = ci + 1;
        size_t close = aside_close(ctx, s, f->qty[li].tok_end, open);
        if (!close || (colon && change_or_of_in(ctx, p0->tok, close)))
            return; /* "212 sites: 148 more than last year and 51 fewer ..." lists no parts */
        /* counts stated exactly add up exactly ("four adults and two children" are six, not seven) */
        double v = 0;
        int exact = exact_count(f, c);
        for (size_t k = first; k <= li; k++) {
            if (f->qty[k].value > c->hi)
                return; /* a part larger than the whole: no breakdown of it */
            v += f->qty[k].value;
            exact &= exact_count(f, &f->qty[k]);
        }
        if (exact && fabs(v - c->value) > 0.49) /* a hedged part may leave others out */
            report_parts(ctx, c, first, li + 1, 0);
        return;
    }
}

/* ---- a table's total row ----
 * A table (extract/tables.c) whose last row names the whole ("All schemes", "Total") states in each column the sum
 * of the rows above it: "Defined benefit | 1,118", "Defined contribution | 524", "All schemes | 1,624" do not add
 * up. Not for a column of changes, of averages or rates (table-nonadditive words in its header or the caption), of
 * percentages, or a table with a row that is a part of another ("of which", table-subrows). */

/* The quantity that starts in cell sp, or NULL (the document's quantities are in order). */
static const fl_qty *cell_qty(const fl_facts *f, fl_tspan sp)
{
    size_t lo = 0, hi = f->nqty;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->qty[mid].start < sp.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->nqty && f->qty[lo].start < sp.end ? &f->qty[lo] : NULL;
}

/* Does a word of lex stand in span sp (first_only: open it, as one word or two)? */
static int span_word(const char *s, fl_tspan sp, const fl_lexicon *lex, int first_only)
{
    size_t i = sp.start, words = 0, open = sp.start;
    while (i < sp.end) {
        while (i < sp.end && !fl_is_ascii_alpha((unsigned char)s[i]))
            i++;
        size_t w = i;
        while (i < sp.end && (fl_is_ascii_alpha((unsigned char)s[i]) || s[i] == '.'))
            i++;
        if (i == w)
            break;
        if ((!first_only && fl_lexicon_has(lex, s + w, i - w, 1)) ||
            (first_only && fl_lexicon_has(lex, s + open, i - open, 1)))
            return 1;
        if (first_only && ++words == 2)
            return 0;
    }
    return 0;
}

/* Does span sp (a caption or a column's header) hold a percent sign as its unit, after no digit ("Punctuality by
 * route, %", "Share (%)", "% full"; not "Stores at 5% off")? Percentages of parts do not add up to the whole's, as
 * "per cent" in words does not (table-nonadditive). */
static int percent_span(const char *s, fl_tspan sp)
{
    for (size_t i = sp.start; i < sp.end; i++)
        if (s[i] == '%' && !(i > sp.start && fl_is_ascii_digit((unsigned char)s[i - 1])))
            return 1;
    return 0;
}

/* Is table cell q a count stated exactly (exact_count), at the value its digits print, with no scale from a header
 * ("(000s)", "£m") that would make it rounded? */
static int exact_cell(const fl_facts *f, const fl_qty *q)
{
    return exact_count(f, q) && q->value == f->num[q->num].value;
}

/* Checks column col of the rows [first, end) of one table, the last its total row. */
static void check_table_column(fl_check_ctx *ctx, const fl_tables *tb, size_t first, size_t end, size_t col)
{
    const fl_facts *f = ctx->facts;
    const char *s = ctx->doc->text;
    const fl_table *t = &tb->tables[tb->rows[first].table];
    if (span_word(s, t->head[col], fl_rules_lexicon(ctx->rules, "table-nonadditive"), 0) ||
        percent_span(s, t->head[col]) || fl_table_change_column(s, ctx->rules, t, col))
        return;
    const fl_qty *total = cell_qty(f, tb->rows[end - 1].cell[col]);
    if (!total || !summable(total) || strchr(total->dim, '/'))
        return;
    double sum = 0, slack = (total->hi - total->lo) / 2;
    int exact = exact_cell(f, total);
    for (size_t k = first; k + 1 < end; k++) {
        const fl_qty *p = cell_qty(f, tb->rows[k].cell[col]);
        if (!p || p->kind != total->kind || !summable(p) || !addable(ctx, p, total) ||
            s[tb->rows[k].cell[col].start] == '+')
            return;
        sum += p->value;
        slack += (p->hi - p->lo) / 2;
        exact &= exact_cell(f, p);
    }
    if (exact)
        slack = 0.49; /* matches played, 18 + 18 + 14 + 12 + 10: counts add up exactly, however many rows */
    if (fabs(sum - total->value) <= slack * (1 + 1e-9))
        return;
    double unit = printed(f, total) / total->value;
    fl_buf msg = {0};
    for (size_t k = first; k + 1 < end; k++) {
        fl_buf_puts(&msg, k > first ? " + " : "the rows above add up to ");
        fmt_num(&msg, cell_qty(f, tb->rows[k].cell[col])->value * unit);
    }
    fl_buf_puts(&msg, " = ");
    fmt_num(&msg, sum * unit);
    fl_buf_puts(&msg, ", not ");
    fl_excerpt(&msg, ctx->doc, total->qstart, total->end, 60);
    fl_buf_puts(&msg, " in the total row");
    fl_diag *d = fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, total->qstart, total->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
    for (size_t k = first; k + 1 < end; k++) {
        const fl_qty *p = cell_qty(f, tb->rows[k].cell[col]);
        fl_report_related(ctx, d, p->qstart, p->end, "a row: %.*s",
                          (int)(tb->rows[k].cell[0].end - tb->rows[k].cell[0].start), s + tb->rows[k].cell[0].start);
    }
}

/* Checks the total row of each table of the document (see above). */
static void check_table_totals(fl_check_ctx *ctx)
{
    const fl_tables *tb = &ctx->facts->tables;
    const fl_lexicon *subrows = fl_rules_lexicon(ctx->rules, "table-subrows"),
                     *nonadd = fl_rules_lexicon(ctx->rules, "table-nonadditive");
    for (size_t a = 0, b; a < tb->nrows; a = b) {
        size_t totals = 0, parts = 0;
        for (b = a; b < tb->nrows && tb->rows[b].table == tb->rows[a].table; b++) {
            totals += tb->rows[b].total;
            parts += span_word(ctx->doc->text, tb->rows[b].cell[0], subrows, 1) ? 100 : 1;
        }
        const fl_table *t = &tb->tables[tb->rows[a].table];
        if (totals != 1 || !tb->rows[b - 1].total || parts < 3 || parts >= 100 ||
            span_word(ctx->doc->text, t->caption, nonadd, 0) || percent_span(ctx->doc->text, t->caption))
            continue;
        for (size_t col = 1; col < tb->rows[a].ncells; col++)
            check_table_column(ctx, tb, a, b, col);
    }
}

/* The year a column's header states: its period (fl_table_period_header: "FY2026", "H1 2026") or else the last year
 * printed in it ("YE Mar 2025", "Oct-Dec 2025", "2026/27 budget (£m)"); 0 when none. */
static int header_year(const fl_check_ctx *ctx, fl_tspan h)
{
    const char *s = ctx->doc->text;
    fl_tspan label;
    int year = 0;
    if (fl_table_period_header(s, h, fl_rules_lexicon(ctx->rules, "results-periods"), &year, &label))
        return year;
    year = 0;
    for (size_t i = h.start; i + 4 <= h.end; i++)
        if ((i == h.start || !fl_is_ascii_digit(s[i - 1])) && fl_is_ascii_digit(s[i]) && fl_is_ascii_digit(s[i + 1]) &&
            fl_is_ascii_digit(s[i + 2]) && fl_is_ascii_digit(s[i + 3]) &&
            (i + 4 == h.end || !fl_is_ascii_digit(s[i + 4]))) {
            int y = atoi(s + i);
            year = y >= 1900 && y <= 2100 ? y : year;
        }
    return year;
}

/* The direction a change cell states by its sign: 1 "+", -1 a minus, a dash or an accounting bracket, 0 none. */
static int cell_sign(const char *s, fl_tspan sp)
{
    const unsigned char *c = (const unsigned char *)s + sp.start;
    size_t n = sp.end - sp.start;
    if (n && c[0] == '+')
        return 1;
    if (n && (c[0] == '-' || c[0] == '('))
        return -1;
    return n >= 3 && c[0] == 0xE2 &&
                   ((c[1] == 0x88 && c[2] == 0x92) || (c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94)))
               ? -1
               : 0;
}

/* The figure of a level in cell sp of a row: a count or an amount printed alone in it, no percentage, range or
 * hedge; NULL when the cell holds another. */
static const fl_qty *level_cell(const fl_facts *f, fl_tspan sp)
{
    const fl_qty *q = sp.end > sp.start ? cell_qty(f, sp) : NULL;
    if (!q || q->kind == FL_QK_PERCENT || q->qualifier >= 0 || q->lo <= 0 || isinf(q->hi) || f->num[q->num].range ||
        f->num[q->num].proportion)
        return NULL;
    return q;
}

/* Does the change from level column i to level column j of row r (the older year first when both headers state
 * one, either way round when not) hold the percentage p of sign dir (0: either), within twice the levels'
 * rounding? */
static int cells_change_holds(const fl_check_ctx *ctx, const fl_table_row *r, int yi, int yj, size_t i, size_t j,
                              const fl_qty *p, int dir)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *xc = level_cell(f, r->cell[i]), *yc = level_cell(f, r->cell[j]);
    if (!xc || !yc || xc->kind != yc->kind || strcmp(xc->dim, yc->dim) != 0)
        return 1;            /* not two levels of one measure: nothing to read */
    fl_qty x = *xc, y = *yc; /* a table's levels may be rounded from those its changes were worked out on: twice
                              * the rounding of their digits */
    x.lo -= (x.hi - x.lo) / 2;
    x.hi += (x.hi - xc->lo) / 2;
    y.lo -= (y.hi - y.lo) / 2;
    y.hi += (y.hi - yc->lo) / 2;
    for (int way = 0; way < 2; way++) {
        const fl_qty *from = way ? &y : &x, *to = way ? &x : &y;
        if (yi && yj && yi != yj && (way ? yj : yi) > (way ? yi : yj))
            continue; /* the older year is the base */
        if ((dir >= 0 && change_holds(f, to, from, p, 1)) || (dir <= 0 && change_holds(f, to, from, p, -1)))
            return 1;
    }
    return 0;
}

/* Checks the change column c of row r of a table: its percentage must be the change between two level columns
 * before it whose headers state a period, one of the pairs of them (the older year the base); a row whose label
 * or levels are percentages (a rate's change may be in points) is not read. Reported at the cell, with the two
 * columns right before the change column as the levels. */
static void check_table_change_cell(fl_check_ctx *ctx, const fl_table *t, const fl_table_row *r, size_t c)
{
    const fl_facts *f = ctx->facts;
    const char *s = ctx->doc->text;
    const fl_qty *p = cell_qty(f, r->cell[c]);
    int years[FL_TABLE_COLS] = {0};
    size_t cols[FL_TABLE_COLS], n = 0;
    if (!p || p->kind != FL_QK_PERCENT || p->qualifier >= 0 || r->dated ||
        memchr(s + r->cell[0].start, '%', r->cell[0].end - r->cell[0].start))
        return;
    for (size_t k = 1; k < c; k++)
        if (!fl_table_change_column(s, ctx->rules, t, k) && !percent_span(s, t->head[k]) &&
            (years[k] = header_year(ctx, t->head[k])) != 0)
            cols[n++] = k;
    if (n < 2)
        return;
    int dir = cell_sign(s, r->cell[c]);
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++)
            if (cells_change_holds(ctx, r, years[cols[a]], years[cols[b]], cols[a], cols[b], p, dir))
                return;
    size_t i = cols[n - 2], j = cols[n - 1];
    const fl_qty *x = cell_qty(f, r->cell[i]), *y = cell_qty(f, r->cell[j]);
    if (years[i] > years[j]) {
        const fl_qty *t2 = x;
        x = y;
        y = t2;
    }
    fl_buf msg = {0};
    fl_buf_puts(&msg, "from ");
    fmt_num(&msg, printed(f, x));
    fl_buf_puts(&msg, " to ");
    fmt_num(&msg, printed(f, y));
    fl_buf_printf(&msg, " is a change of %+.1f%%, not ", 100 * (y->value - x->value) / x->value);
    fl_buf_put(&msg, s + r->cell[c].start, r->cell[c].end - r->cell[c].start);
    fl_buf_printf(&msg, " in the %.*s column", (int)(t->head[c].end - t->head[c].start), s + t->head[c].start);
    fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&msg);
}

/* Checks each change column of each table (fl_table_change_column) whose cells are percentages. */
static void check_table_changes(fl_check_ctx *ctx)
{
    const fl_tables *tb = &ctx->facts->tables;
    for (size_t k = 0; k < tb->nrows; k++) {
        const fl_table_row *r = &tb->rows[k];
        const fl_table *t = &tb->tables[r->table];
        if (!r->piped)
            continue;
        for (size_t c = 2; c < r->ncells && c < t->ncols; c++)
            if (fl_table_change_column(ctx->doc->text, ctx->rules, t, c))
                check_table_change_cell(ctx, t, r, c);
    }
}

/* The side of a vote tally at number ni of sentence s: a whole count printed alone (no year, range, fraction or
 * hedge), its quantity's first token in *tok and the token after it and a word of arithmetic.vote_splits that
 * follows it ("1,212 votes") in *end; 0 when it is none. */
static int vote_side(const fl_check_ctx *ctx, size_t s, size_t ni, size_t *tok, size_t *end)
{
    const fl_facts *f = ctx->facts;
    const fl_num *n = &f->num[ni];
    size_t used, b = f->sent_tok[s + 1];
    if (n->nonclaim || n->range || n->proportion || n->minus || n->value < 1 || n->value != floor(n->value))
        return 0;
    *tok = n->tok;
    *end = n->tok + n->ntok;
    for (size_t qi = first_qty_from(f, s, ni); qi < f->sent_qty[s + 1] && f->qty[qi].num == ni; qi++)
        if (f->qty[qi].qualifier >= 0 || f->qty[qi].kind == FL_QK_PERCENT)
            return 0;
    if (*end < b &&
        fl_phrases_at(&fl_rules_knowledge(ctx->rules)->vote_splits, ctx->doc->text, f->tok, b, *end, &used) >= 0)
        *end += used;
    return 1;
}

/* Is there a word of arithmetic.vote_splits ending right before token t ("voted 1,212 to 388")? */
static int vote_word_before(const fl_check_ctx *ctx, size_t s, size_t t)
{
    const fl_facts *f = ctx->facts;
    size_t used;
    for (size_t i = t; i-- > f->sent_tok[s] && t - i <= 3;)
        if (fl_phrases_at(&fl_rules_knowledge(ctx->rules)->vote_splits, ctx->doc->text, f->tok, t, i, &used) >= 0 &&
            i + used == t)
            return 1;
    return 0;
}

/* A vote tally "voted 1,212 to 388 ..., a 72% majority" / "carried by 1,212 votes to 388, with 72% in favour": two
 * whole counts joined by "to", a word of arithmetic.vote_splits before the first or right after it, and the next
 * amount of the sentence, before any stop and within twelve tokens, a percentage followed by a word of
 * arithmetic.vote_shares ("majority", "in favour"). Which side the share is of is not said: it is reported only
 * when it is the share of neither. */
static void check_vote_split(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    size_t b = f->sent_tok[s + 1], used;
    for (size_t ni = f->sent_num[s]; ni + 1 < f->sent_num[s + 1]; ni++) {
        size_t ta, ea, tb, eb;
        if (!vote_side(ctx, s, ni, &ta, &ea) || !vote_side(ctx, s, ni + 1, &tb, &eb) || !role(ctx, ea, b, FL_ROLE_TO) ||
            tb != ea + 1 || (ea == ta + f->num[ni].ntok && !vote_word_before(ctx, s, ta)))
            continue;
        const fl_qty *p = NULL;
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && !p; qi++)
            if (f->qty[qi].tok >= eb)
                p = &f->qty[qi];
        if (!p || p->kind != FL_QK_PERCENT || p->tok - eb > 12 || p->tok_end >= b ||
            (ni + 2 < f->sent_num[s + 1] && f->num[ni + 2].tok < p->tok) || stop_in(ctx, eb, p->tok) ||
            fl_phrases_at(&fl_rules_knowledge(ctx->rules)->vote_shares, ctx->doc->text, f->tok, b, p->tok_end, &used) <
                0)
            continue;
        double x = f->num[ni].value, y = f->num[ni + 1].value, sx = 100 * x / (x + y), sy = 100 * y / (x + y);
        if (share_fits(f, sx, sx, p) || share_fits(f, sy, sy, p))
            continue;
        fl_report(ctx, FL_RULE_NUMERIC_ARITHMETIC, p->qstart, p->end, "%g / (%g + %g) = %.1f%%, not %.*s", x, x, y, sx,
                  (int)(p->end - p->qstart), ctx->doc->text + p->qstart);
    }
}

void fl_check_arithmetic(fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    if (!f || !ctx->claims)
        return;
    for (size_t s = 0; s < ctx->doc->nsent; s++) {
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++) {
            check_share(ctx, s, qi);
            check_share_after(ctx, s, qi);
            check_share_named_whole(ctx, s, qi);
            check_share_named_part(ctx, s, qi);
            check_share_named_both(ctx, s, qi);
            check_share_bare_part(ctx, s, qi);
            check_share_bare_whole(ctx, s, qi);
            check_share_capacity(ctx, s, qi);
            check_share_fill(ctx, s, qi);
            check_share_anaphor(ctx, s, qi);
            check_share_elided_object(ctx, s, qi);
            check_share_total_before(ctx, s, qi);
            check_share_pointed_whole(ctx, s, qi);
            check_extension(ctx, s, qi);
            check_share_opening(ctx, s, qi);
            check_share_of_which(ctx, s, qi);
            check_share_restated(ctx, s, qi);
            check_margin(ctx, s, qi);
            check_remainder(ctx, s, qi);
            check_remainder_before(ctx, s, qi);
            check_remainder_two_parts(ctx, s, qi);
            check_residual_parts(ctx, s, qi);
            check_named_remainder(ctx, s, qi);
            check_subtracted_total(ctx, s, qi);
            check_change_on(ctx, s, qi);
            check_excess(ctx, s, qi);
            check_excess_after(ctx, s, qi);
            check_excess_on(ctx, s, qi);
            check_named_difference(ctx, s, qi);
            check_total(ctx, s, qi);
            check_apposed_increment(ctx, s, qi);
            check_added_total(ctx, s, qi);
            check_composed_total(ctx, s, qi);
            check_apposed_parts(ctx, s, qi);
        }
        check_change(ctx, s);
        check_change_before(ctx, s);
        check_sequence(ctx, s);
        check_against(ctx, s);
        check_against_bare(ctx, s);
        check_against_years(ctx, s);
        check_level_difference(ctx, s);
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            check_point_change(ctx, s, qi);
        check_against_back(ctx, s);
        check_times(ctx, s);
        check_against_multiple(ctx, s);
        check_vote_split(ctx, s);
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            check_average(ctx, s, qi);
    }
    check_table_totals(ctx);
    check_table_changes(ctx);
}

/* ---- date-inconsistency ---- */

/* The weekdays' names in the messages, Monday first (as fl_weekday counts them). */
static const char *const weekday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

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
    if (idx >= 0)
        return k->values[idx];
    /* a compound in words, a tens cardinal and a unit ordinal joined by a hyphen ("sixty-third") */
    const char *w = text + t->start, *hy = memchr(w, '-', t->end - t->start);
    if (t->kind != FL_TOK_WORD || !hy)
        return NAN;
    int tens = fl_phrases_word(&k->words, w, (size_t)(hy - w)),
        unit = fl_phrases_word(&k->ordinals, hy + 1, (size_t)(text + t->end - hy - 1));
    if (tens < 0 || unit < 0)
        return NAN;
    double tv = k->values[tens], uv = k->values[unit];
    return tv >= 20 && tv <= 90 && fmod(tv, 10) == 0 && uv >= 1 && uv <= 9 ? tv + uv : NAN;
}

/* Longest object noun phrase between an origin verb and "in YEAR" ("founded Brannock Fur Farm in 1968"). */
enum { ORIGIN_OBJECT_MAX = 8 };

uint8_t *fl_window_tags(const fl_check_ctx *ctx, const fl_syntax *sx, size_t a, size_t n)
{
    fl_str *words = fl_xmalloc(n * sizeof(fl_str));
    uint8_t *tags = fl_xmalloc(n);
    fl_syntax_words(ctx->doc->text, ctx->facts->tok + a, n, words);
    fl_syntax_tag(sx, words, n, tags);
    free(words);
    return tags;
}

/* Is the verb at window index j (tags from token a) a beginning: an origin word of the claim model ("founded"), or
 * a past verb after a word of origin-adverbs ("first fired", "first played")? */
static int beginning_verb(const fl_check_ctx *ctx, const uint8_t *tags, size_t a, size_t j)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *adverbs = fl_rules_lexicon(ctx->rules, "origin-adverbs");
    const fl_token *t = ctx->facts->tok;
    size_t used;
    if (tags[j] != FL_TAG_VBD && tags[j] != FL_TAG_VBN)
        return 0;
    return fl_phrases_at(&k->origins, ctx->doc->text, t, a + j + 1, a + j, &used) >= 0 ||
           (j > 0 && adverbs && fl_lexicon_has_token(adverbs, ctx->doc->text, &t[a + j - 1], 1));
}

/* Is the year at token y the time of an origin verb's clause: a preposition right before it, and before that a
 * noun phrase (determiners, adjectives, nouns, names, possessives) or phrases of place (a preposition and its noun
 * phrase) right after a verb that is a beginning (beginning_verb): "founded Brannock Fur Farm in 1968", "opened
 * the town's first cinema in 1932", "was founded in a garage in Corbury in 1953", "first fired its kilns in 1958",
 * "first fired in 1958", "founded by six farmers in 1988" (a count before its noun)? */
static int origin_object_year(const fl_check_ctx *ctx, size_t y, size_t sent_start)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    if (!sx || y < sent_start + 3)
        return 0;
    size_t a = y > sent_start + ORIGIN_OBJECT_MAX + 2 ? y - ORIGIN_OBJECT_MAX - 2 : sent_start, n = y - a;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    int found = 0;
    if (tags[n - 1] == FL_TAG_ADP) {
        size_t j = n - 1;
        while (j > 0 && (tags[j - 1] == FL_TAG_DET || tags[j - 1] == FL_TAG_ADJ || tags[j - 1] == FL_TAG_NOUN ||
                         tags[j - 1] == FL_TAG_PROPN || tags[j - 1] == FL_TAG_POS ||
                         (tags[j - 1] == FL_TAG_NUM && tags[j] == FL_TAG_NOUN) || /* "by six farmers" */
                         /* a gerund modifier inside the phrase: "the old threshing barn" */
                         (tags[j - 1] == FL_TAG_VBG && tags[j] == FL_TAG_NOUN && j >= 2 &&
                          (tags[j - 2] == FL_TAG_DET || tags[j - 2] == FL_TAG_ADJ || tags[j - 2] == FL_TAG_NOUN)) ||
                         (tags[j - 1] == FL_TAG_ADP && tags[j] != FL_TAG_ADP)))
            j--;
        found = j > 0 && beginning_verb(ctx, tags, a, j - 1);
    }
    free(tags);
    return found;
}

/* Is year number x the start of something: an origin word of the claim model ("opened", "signed") at most
 * three tokens before it ("opened in 1952", "signed in 1979"), or an origin verb whose object stands between
 * ("founded Brannock Fur Farm in 1968": origin_object_year)? */
static int origin_year(const fl_check_ctx *ctx, const fl_num *x, size_t sent_start)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    size_t used;
    for (size_t i = x->tok; i-- > sent_start && x->tok - i <= 3;)
        if (fl_phrases_at(&k->origins, ctx->doc->text, f->tok, x->tok, i, &used) >= 0)
            return 1;
    return origin_object_year(ctx, x->tok, sent_start);
}

/* Is year number x the year that names a thing: a "thing-year-links" word right before it and a noun before that
 * ("since the bread dispute of 1984", "the flood in 1968"; not "rose in 1999", "In December 2003")? */
static int thing_year(const fl_check_ctx *ctx, const fl_num *x, size_t sent_start)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "thing-year-links");
    const fl_facts *f = ctx->facts;
    size_t y = x->tok;
    if (!sx || !links || y < sent_start + 2 || !fl_lexicon_has_token(links, ctx->doc->text, &f->tok[y - 1], 1))
        return 0;
    size_t a = y > sent_start + 6 ? y - 6 : sent_start, n = y - a;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    /* a determiner and an adjective are a noun phrase too: "the final of 1986" */
    int found = tags[n - 1] == FL_TAG_ADP && (tags[n - 2] == FL_TAG_NOUN || tags[n - 2] == FL_TAG_PROPN ||
                                              (tags[n - 2] == FL_TAG_ADJ && n >= 3 && tags[n - 3] == FL_TAG_DET));
    free(tags);
    return found;
}

/* Does a paragraph break (a blank line) stand between sentence s - 1 and sentence s? */
static int paragraph_before(const fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    if (s == 0 || f->sent_tok[s] == 0 || f->sent_tok[s] >= f->ntok)
        return 1;
    const char *text = ctx->doc->text;
    int lines = 0;
    for (size_t i = f->tok[f->sent_tok[s] - 1].end; i < f->tok[f->sent_tok[s]].start; i++)
        lines += text[i] == '\n';
    return lines >= 2;
}

/* Does the "of" phrase of an anniversary (its ordinal at token phrase, mark its comma) name a beginning, a word of
 * beginning in it, that a bare time phrase after the comma dates: a thing-year-links word, an optional month, then
 * the year x ("the tenth anniversary of her first election to the borough council, in May 2018")? Not after "N
 * years after", whose comma's year may date the sentence's own clause ("closed four years after its opening, in
 * 2022"). */
static int dated_beginning(const fl_check_ctx *ctx, size_t phrase, size_t mark, const fl_num *x)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "thing-year-links");
    const fl_token *t = ctx->facts->tok;
    const char *text = ctx->doc->text;
    size_t j = mark + 1, used;
    if (!links || j >= x->tok || !fl_lexicon_has_token(links, text, &t[j], 1) ||
        fl_phrases_at(&k->anniversary, text, t, mark, phrase + 1, &used) < 0)
        return 0;
    j++;
    if (j < x->tok && fl_phrases_at(&k->months, text, t, x->tok, j, &used) >= 0)
        j += used;
    if (j != x->tok)
        return 0;
    for (size_t i = phrase; i < mark; i++)
        if (fl_phrases_at(&k->origins, text, t, mark, i, &used) >= 0)
            return 1;
    return 0;
}

/* Does another anniversary or "N years after" phrase start between the phrase at token phrase and token to? A year
 * past it is that phrase's ("fourteen years after the firm was formed, and ninety years after the shop opened in
 * 1936"). */
static int count_between(const fl_check_ctx *ctx, size_t phrase, size_t to)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_token *t = ctx->facts->tok;
    size_t used;
    for (size_t i = phrase + 2; i < to; i++)
        if (fl_phrases_at(&k->years_after, ctx->doc->text, t, to, i, &used) >= 0 ||
            fl_phrases_at(&k->anniversary, ctx->doc->text, t, to, i, &used) >= 0)
            return 1;
    return 0;
}

/* Does a word of beginning open the tokens from j (before token end), a word of origin-adverbs before it allowed
 * ("adopted in 1981", "first held in 1986"; not "the union elected ...")? With relative_ok, a relative and its
 * auxiliary may come first ("which was founded in 1988"). */
static int opens_with_beginning(const fl_check_ctx *ctx, size_t j, size_t end, int relative_ok)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *adverbs = fl_rules_lexicon(ctx->rules, "origin-adverbs"),
                     *relatives = fl_rules_lexicon(ctx->rules, "origin-relatives"),
                     *aux = fl_rules_lexicon(ctx->rules, "origin-passive-aux");
    const fl_token *t = ctx->facts->tok;
    size_t used;
    /* "the 40th anniversary of the co-operative, which was founded in 1988": a relative clause on the "of"
     * phrase's thing, its verb a beginning, is the apposed origin */
    if (relative_ok && j + 1 < end && relatives && fl_lexicon_has_token(relatives, ctx->doc->text, &t[j], 1)) {
        j++;
        if (aux && fl_lexicon_has_token(aux, ctx->doc->text, &t[j], 1))
            j++;
    }
    if (j < end && adverbs && fl_lexicon_has_token(adverbs, ctx->doc->text, &t[j], 1))
        j++;
    return j < end && fl_phrases_at(&k->origins, ctx->doc->text, t, end, j, &used) >= 0;
}

/* Does the aside from token j to year x open with a perfect participle of the beginning of the subject itself
 * ("having opened its gates in 1953", "having been founded in 1938"): words of rules/time.json
 * "origin-perfect-participles", a verb of "origin-perfect-verbs", at most a possessive determiner and a noun of
 * "origin-perfect-objects" (its gates, its doors), then a "thing-year-links" word right before x? Not "having
 * released its first album in 1990" nor "having opened a second shop in 1990": a beginning of another thing. */
static int perfect_origin(const fl_check_ctx *ctx, size_t j, const fl_num *x)
{
    const fl_lexicon *perfect = fl_rules_lexicon(ctx->rules, "origin-perfect-participles"),
                     *verbs = fl_rules_lexicon(ctx->rules, "origin-perfect-verbs"),
                     *objects = fl_rules_lexicon(ctx->rules, "origin-perfect-objects"),
                     *links = fl_rules_lexicon(ctx->rules, "thing-year-links"),
                     *owners = fl_rules_lexicon(ctx->rules, "origin-perfect-owners");
    const fl_token *t = ctx->facts->tok;
    const char *text = ctx->doc->text;
    size_t v = j;
    if (!perfect || !verbs || !objects || !links || !owners)
        return 0;
    while (v < x->tok && v - j < 2 && fl_lexicon_has_token(perfect, text, &t[v], 1))
        v++;
    if (v == j || v >= x->tok || !fl_lexicon_has_token(verbs, text, &t[v], 1))
        return 0;
    size_t k = v + 1;
    if (k + 2 < x->tok && fl_lexicon_has_token(owners, text, &t[k], 1) &&
        fl_lexicon_has_token(objects, text, &t[k + 1], 1))
        k += 2;
    return k + 1 == x->tok && fl_lexicon_has_token(links, text, &t[k], 1);
}

/* Does one preposition alone (the "of" of an anniversary) stand in tokens [phrase, mark)? A relative clause after
 * the comma is then on the "of" phrase's thing ("the 40th anniversary of the co-operative, which was founded in
 * 1988"), not on another noun ("the 40th anniversary of the strike at the pit, which opened in 1950"). */
static int one_preposition(const fl_check_ctx *ctx, size_t phrase, size_t mark)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    if (!sx || mark <= phrase || mark - phrase > 64)
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, phrase, mark - phrase);
    int n = 0;
    for (size_t j = 0; j < mark - phrase; j++)
        n += tags[j] == FL_TAG_ADP;
    free(tags);
    return n == 1;
}

/* Does punctuation between an anniversary or "N years after" phrase at token phrase and the later year x put x
 * outside the phrase's clause ("the 80th anniversary of the treaty ..., who was Secretary of State in 1883" is
 * not counted from 1883)? One comma may open the apposed origin of the "of" phrase's thing ("the 50th
 * anniversary of the city's Tree Charter, adopted in 1979, which ..."), and one dash the aside that tells the
 * origin of an anniversary of no "of" phrase, whose thing the reader knows ("our 50th anniversary year – the club
 * was founded in 1981 –"); an "of" phrase names the thing, and an aside after it may tell of another ("the 60th
 * anniversary of the town's twinning – the choir was formed in 1989 –"). The word of beginning must stand in the
 * aside: in "40 years after it was installed, in 2021" the year past the comma dates the sentence's own clause. */
static int base_crossed(const fl_check_ctx *ctx, size_t phrase, const fl_num *x, int has_of)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    int other = 0, commas = 0, dashes = 0;
    size_t mark = 0;
    /* "seven years after the company was born, and sixty years after the university was founded in 1966": a
     * count between is another phrase, and the year is its base */
    if (count_between(ctx, phrase, x->tok))
        return 1;
    for (size_t t = phrase; t < x->tok && !other; t++) {
        int comma = f->tok[t].kind == FL_TOK_PUNCT && text[f->tok[t].start] == ',';
        int dash = !comma && apposition_mark(text, &f->tok[t]);
        commas += comma;
        dashes += dash;
        other = f->tok[t].kind == FL_TOK_PUNCT && !comma && !dash;
        if (comma || dash)
            mark = t;
    }
    if (other || commas + dashes > 1)
        return 1;
    if (commas + dashes == 1) {
        int fits = commas == 1 ? has_of : !has_of; /* a comma after an "of" phrase, a dash after none */
        /* the comma's aside opens with its beginning ("the Pilotage Code, adopted in 1981"): after a subject of
         * its own ("Twenty years since the strike, the union elected ... in 2019") it is another clause */
        int origin =
            origin_year(ctx, x, mark + 1) &&
            (dashes || opens_with_beginning(ctx, mark + 1, x->tok, has_of && one_preposition(ctx, phrase, mark)));
        /* "marking its 40th anniversary, having been formed in 1984": a perfect participle after
         * the comma tells the origin of the subject whose anniversary it is, as a dash aside does */
        if (!has_of && commas == 1 && perfect_origin(ctx, mark + 1, x))
            return 0;
        return !fits || (!origin && !(has_of && dated_beginning(ctx, phrase, mark, x)));
    }
    return 0;
}

/* Is the year number x, before an anniversary phrase at token phrase, the time the anniversary was marked: the
 * phrase in a participle clause that follows the year's noun ("the retrospective of 1971, held on the fiftieth
 * anniversary of that death", "the gala in 2003 marking the 50th anniversary")? Only a comma, one participle and
 * prepositions or determiners stand between. */
static int marked_at_year(const fl_check_ctx *ctx, const fl_num *x, size_t phrase)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_facts *f = ctx->facts;
    size_t a = x->tok + 1;
    if (!sx || phrase <= a + 1 || phrase - a > 6)
        return 0;
    if (f->tok[a].kind == FL_TOK_PUNCT && ctx->doc->text[f->tok[a].start] == ',')
        a++;
    size_t n = phrase - a;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    int found = n >= 2 && (tags[0] == FL_TAG_VBN || tags[0] == FL_TAG_VBG);
    for (size_t j = 1; j < n && found; j++)
        found = tags[j] == FL_TAG_ADP || tags[j] == FL_TAG_DET;
    free(tags);
    return found;
}

/* The year of a law's title that number x is: four digits of a year right after a word of rules/time.json
 * "title-year-words", as written ("the Station Access Act 2004": a year the number labels read as a numbered act,
 * "Act 2"); 0 when it is none. */
static int title_year(const fl_check_ctx *ctx, const fl_num *x)
{
    const fl_lexicon *words = fl_rules_lexicon(ctx->rules, "title-year-words");
    const fl_token *t = ctx->facts->tok;
    if (!words || x->nonclaim != FL_NC_LABEL || x->tok == 0 || x->ntok != 1 || x->value < 1000 || x->value > 2100 ||
        x->value != (int)x->value || t[x->tok].end - t[x->tok].start != 4 ||
        !fl_lexicon_has_token(words, ctx->doc->text, &t[x->tok - 1], 0))
        return 0;
    return (int)x->value;
}

/* Does a year stand in sentence s after token from, or in the sentence after s in its paragraph? A law's title year
 * is then not known to be what an anniversary counts from: the law may have come into force in that other year
 * ("the 20th anniversary of the Station Access Act 2004, which came into force in 2006"). */
static int year_after(const fl_check_ctx *ctx, size_t s, size_t from)
{
    const fl_facts *f = ctx->facts;
    size_t end = s + 1 < ctx->doc->nsent && !paragraph_before(ctx, s + 1) ? s + 2 : s + 1;
    for (size_t x = f->sent_num[s]; x < f->sent_num[end]; x++)
        if (f->num[x].tok > from && (f->num[x].nonclaim == FL_NC_YEAR || title_year(ctx, &f->num[x])))
            return 1;
    return 0;
}

/* The verb group of parse p that the year at token y of clause c belongs to: the clause's last before it, else its
 * first after it ("given to St Luke's in 1976 and restored in 1990": 1990 is restored's); -1 when it heads no
 * preposition phrase on that verb, or fronted ("in 1978", "In 1982 the family donated"): a year of a noun phrase
 * ("A survey in 2011 found", "the 2011 exhibition") dates that thing, not the verb's act. */
static int year_verb(const fl_parse *p, int c, size_t y)
{
    int v = -1;
    for (size_t g = 0; g < p->nvg; g++)
        if (p->vgs[g].clause == c && p->vgs[g].head < y)
            v = (int)g;
    for (size_t g = 0; v < 0 && g < p->nvg; g++)
        if (p->vgs[g].clause == c && p->vgs[g].head > y)
            v = (int)g;
    int np = v >= 0 ? p->np_of[y] : -1, pp = np >= 0 ? p->nps[np].pp : -1;
    if (pp < 0 || p->nps[np].head != y || (p->pps[pp].attach != FL_ATTACH_VERB && p->pps[pp].host_np >= 0) ||
        (y > p->vgs[v].head && p->pps[pp].host_vg != v))
        return -1;
    return v;
}

/* Does the verb group v of clause c of parse p (sentence start a0) act on what token obj (absolute) names: the head
 * of an object after it in the clause ("sold the bakery", "gave the town a clock"), or of the subject of a passive
 * ("the bakery was sold")? "The bakery sold 20,000 loaves" is not "the sale of the bakery". */
static int verb_acts_on(const fl_check_ctx *ctx, const fl_parse *p, size_t a0, int c, int v, size_t obj)
{
    const fl_vgroup *g = &p->vgs[v];
    int subj = g->passive ? fl_parse_subject(p, c) : -1;
    if (subj >= 0 &&
        fl_tokens_same_word(ctx->doc->text, &ctx->facts->tok[a0 + p->nps[subj].head], &ctx->facts->tok[obj]))
        return 1;
    for (size_t k = 0; k < p->nnp; k++) {
        const fl_np *np = &p->nps[k];
        if (np->start <= g->head || np->clause != c || np->pp >= 0 || p->vg_of[np->start] >= 0)
            continue;
        int between = 0; /* another verb of the clause before it: its object, not this verb's */
        for (size_t t = g->end; t < np->start && !between; t++)
            between = p->vg_of[t] >= 0 && p->vg_of[t] != v;
        if (!between && fl_tokens_same_word(ctx->doc->text, &ctx->facts->tok[a0 + np->head], &ctx->facts->tok[obj]))
            return 1;
    }
    return 0;
}

/* Is the year number x of sentence s dated by a verb of the act the noun at token noun names (rules/time.json
 * "anniversary-nominals", "gift=given"): the verb group the year belongs to (year_verb), not negated ("was not sold in
 * 1999"), is one of the noun's verbs ("The clock was given to the town by the Hale family in 1911, ... the 100th
 * anniversary of the gift", "In 1911 the Hale family donated the clock")? The noun, right after the anniversary's
 * "of" and its determiner, names that act again; a year of another act ("bought in 1990") is not the gift's. When
 * the noun has an "of" object of its own, at token of_obj ("the sale of the bakery"), the verb must act on it
 * (verb_acts_on). SIZE_MAX for noun (of_obj): none. */
static int nominal_year(const fl_check_ctx *ctx, size_t s, const fl_num *x, size_t noun, size_t of_obj)
{
    const fl_lexicon *lex = fl_rules_lexicon(ctx->rules, "anniversary-nominals");
    const fl_facts *f = ctx->facts;
    if (!lex || noun == SIZE_MAX || f->tok[noun].kind != FL_TOK_WORD)
        return 0;
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    size_t a0 = f->sent_open[s];
    int c = p && x->tok >= a0 && x->tok - a0 < p->n ? fl_parse_clause_of(p, x->tok - a0) : -1;
    int v = c >= 0 ? year_verb(p, c, x->tok - a0) : -1, found = 0;
    if (v >= 0 && !p->vgs[v].neg && (of_obj == SIZE_MAX || verb_acts_on(ctx, p, a0, c, v, of_obj))) {
        size_t nl = f->tok[noun].end - f->tok[noun].start;
        for (size_t i = 0; !found && i < fl_lexicon_size(lex); i++) {
            const char *item = fl_lexicon_item(lex, i), *eq = strchr(item, '=');
            found = eq && (size_t)(eq - item) == nl && fl_ascii_ieq(item, ctx->doc->text + f->tok[noun].start, nl) &&
                    fl_token_is(ctx->doc->text, f->tok, f->ntok, a0 + p->vgs[v].head, eq + 1);
        }
    }
    fl_parse_free(p);
    free(words);
    return found;
}

/* The token noun of sentence s when it heads its noun phrase: no noun follows it ("the 40th anniversary of the gift
 * shop" names a shop, not a gift); SIZE_MAX otherwise or with no parse. *of_obj: the head of the object of an "of"
 * phrase right after it ("the sale of the bakery"), SIZE_MAX when there is none. */
static size_t phrase_head(const fl_check_ctx *ctx, size_t s, size_t noun, size_t *of_obj)
{
    fl_str *words;
    fl_parse *p = noun == SIZE_MAX ? NULL : parse_sentence(ctx, s, &words);
    size_t a0 = ctx->facts->sent_open[s], b = ctx->facts->sent_tok[s + 1], head = SIZE_MAX;
    *of_obj = SIZE_MAX;
    if (!p)
        return SIZE_MAX;
    if (noun >= a0 && noun - a0 < p->n) {
        size_t nx = noun - a0 + 1;
        head = nx < p->n && (p->tags[nx] == FL_TAG_NOUN || p->tags[nx] == FL_TAG_PROPN) ? SIZE_MAX : noun;
        for (size_t k = 0; head != SIZE_MAX && k < p->npp; k++)
            if (p->pps[k].prep == nx && p->pps[k].np >= 0 && role(ctx, noun + 1, b, FL_ROLE_OF))
                *of_obj = a0 + p->nps[p->pps[k].np].head;
    }
    fl_parse_free(p);
    free(words);
    return head;
}

/* When the verb of the clause of the anniversary phrase at token phrase of sentence s marks it: FL_TENSE_PAST for a
 * simple past, with no auxiliary but a passive's one "was" ("Staff threw a party for the tenth anniversary of the
 * move", "The 50th anniversary of the restoration was marked with a service"); FL_TENSE_FUTURE for a verb to come
 * ("It will celebrate the 25th anniversary"); FL_TENSE_NONE otherwise. For a base year that a noun's act dates
 * (nominal_year), a past marking may have happened at a past time the sentence does not give, and a marking to
 * come at a year after the document's; a present ("This year marks") or a perfect ("we had planned a celebration
 * in June to mark") ties it to the document's time. (A base year of a word of beginning keeps the document's
 * year: "opened in 2006 and celebrated its 25th anniversary in January".) */
static int marking_time(const fl_check_ctx *ctx, size_t s, size_t phrase)
{
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    size_t a0 = ctx->facts->sent_open[s];
    int c = p && phrase >= a0 && phrase - a0 < p->n ? fl_parse_clause_of(p, phrase - a0) : -1;
    int v = c >= 0 ? fl_parse_verb(p, c) : -1, when = FL_TENSE_NONE;
    if (v >= 0) {
        const fl_vgroup *g = &p->vgs[v];
        int past = g->finite && g->tense == FL_TENSE_PAST && (p->tags[g->head] == FL_TAG_VBD || g->passive);
        int be = g->passive; /* "was marked": the passive's one auxiliary */
        for (size_t t = g->start; past && t < g->head; t++) {
            past = p->tags[t] != FL_TAG_VBP && p->tags[t] != FL_TAG_MD && p->tags[t] != FL_TAG_VB &&
                   p->tags[t] != FL_TAG_VBN && (p->tags[t] != FL_TAG_VBD || be);
            if (p->tags[t] == FL_TAG_VBD)
                be = 0;
        }
        when = past ? FL_TENSE_PAST : g->finite && g->tense == FL_TENSE_FUTURE ? FL_TENSE_FUTURE : FL_TENSE_NONE;
    }
    fl_parse_free(p);
    free(words);
    return when;
}

/* The year an anniversary or "N years after" counts from when no known event names it: the first year
 * stated after the phrase in its sentence ("the 50th anniversary of the treaty signed in 1979", "ten years
 * after her first election in 2013"), else the last year of a beginning before it in the sentence or the
 * one before in its paragraph ("opened in 1952, and ... the hospital's 75th anniversary"), else the first year of
 * the next sentence of its paragraph when a beginning states it. A year before the phrase that
 * begins nothing is the time of the sentence ("in December 2003 for the 50th anniversary party"), not a
 * base; one whose noun a participle clause holding the phrase follows is when it was marked ("the retrospective
 * of 1971, held on the fiftieth anniversary of that death"), and what it counts from is not known. Returns 0 when
 * there is none; *at is its number. */
static int stated_base(const fl_check_ctx *ctx, size_t s, size_t phrase, int has_of, int anaphor, const size_t noun[2],
                       size_t *at)
{
    const fl_facts *f = ctx->facts;
    int before = 0;
    size_t bat = 0;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++) {
        /* "the 20th anniversary of the Station Access Act 2004": the year of the law's title, when no other year
         * after it may be the one it came into force */
        int titled = has_of && f->num[x].tok > phrase ? title_year(ctx, &f->num[x]) : 0;
        if (titled && !base_crossed(ctx, phrase, &f->num[x], has_of)) {
            if (year_after(ctx, s, f->num[x].tok))
                return 0;
            *at = x;
            return titled;
        }
        if (f->num[x].nonclaim != FL_NC_YEAR)
            continue;
        if (f->num[x].tok > phrase && base_crossed(ctx, phrase, &f->num[x], has_of))
            break;
        if (f->num[x].tok > phrase && (has_of || origin_year(ctx, &f->num[x], f->sent_tok[s]))) {
            *at = x;
            return f->num[x].year;
        }
        if (f->num[x].tok > phrase)
            break; /* "the 50th anniversary celebration in 2003": when it was marked, not what it counts from */
        if (marked_at_year(ctx, &f->num[x], phrase)) {
            *at = 0;
            return 0; /* "the retrospective of 1971, held on the fiftieth anniversary": when it was marked */
        }
        if (origin_year(ctx, &f->num[x], f->sent_tok[s]) || (anaphor && thing_year(ctx, &f->num[x], f->sent_tok[s])) ||
            nominal_year(ctx, s, &f->num[x], noun[0], noun[1])) {
            before = f->num[x].year;
            bat = x;
        }
    }
    if (!before && s > 0 && !paragraph_before(ctx, s))
        for (size_t x = f->sent_num[s - 1]; x < f->sent_num[s]; x++)
            if (f->num[x].nonclaim == FL_NC_YEAR && (origin_year(ctx, &f->num[x], f->sent_tok[s - 1]) ||
                                                     nominal_year(ctx, s - 1, &f->num[x], noun[0], noun[1]))) {
                before = f->num[x].year;
                bat = x;
            }
    /* "... marked the mine's 50th anniversary. Caddon Ridge opened in 1974": with none before, the first year of
     * the next sentence when a beginning states it, for an anniversary of no "of" phrase */
    if (!before && !has_of && s + 1 < ctx->doc->nsent && !paragraph_before(ctx, s + 1))
        for (size_t x = f->sent_num[s + 1]; x < f->sent_num[s + 2]; x++)
            if (f->num[x].nonclaim == FL_NC_YEAR) {
                if (origin_year(ctx, &f->num[x], f->sent_tok[s + 1])) {
                    before = f->num[x].year;
                    bat = x;
                }
                break;
            }
    *at = bat;
    return before;
}

/* Does the year at token y, before a count at token phrase of sentence s, date the count's event: in the count's
 * clause of the sentence's parse ("In 2015 the lamp was replaced 30 years after ..."), or apposed to it with no verb
 * between ("was replaced in 2018, 30 years after it was installed")? A year of another clause tells of another
 * event ("spun out in 2019, so the launch came sixty years after ..."). 0 with no parse: the structure is not
 * known. */
static int dates_count(const fl_check_ctx *ctx, size_t s, size_t y, size_t phrase)
{
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    size_t a0 = ctx->facts->sent_open[s];
    int dates = p && y >= a0 && phrase > y && phrase - a0 < p->n;
    if (dates && fl_parse_clause_of(p, y - a0) != fl_parse_clause_of(p, phrase - a0))
        for (size_t i = y + 1; i < phrase && dates; i++) {
            int t = p->tags[i - a0];
            dates = t != FL_TAG_VBD && t != FL_TAG_VBP && t != FL_TAG_VBN && t != FL_TAG_VBG && t != FL_TAG_VB &&
                    t != FL_TAG_MD;
        }
    fl_parse_free(p);
    free(words);
    return dates;
}

/* How many sentences open a document as its heading and standfirst, the most tokens of a standfirst's dating
 * sentence and the last line it may start on. */
enum { HEAD_SENTENCES = 2, HEAD_STANDFIRST_TOKENS = 12, HEAD_LAST_LINE = 5 };

/* Does sentence s start a line of its own (a line break, or a blank line, before it)? A standfirst may stand on
 * the line right under its heading ("THE HORSES OF MELBURY" then "Coastal Life, April 2026 | Words by ..."). */
static int line_before(const fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    if (s == 0 || f->sent_tok[s] == 0 || f->sent_tok[s] >= f->ntok)
        return 1;
    const char *text = ctx->doc->text;
    for (size_t i = f->tok[f->sent_tok[s] - 1].end; i < f->tok[f->sent_tok[s]].start; i++)
        if (text[i] == '\n')
            return 1;
    return 0;
}

/* Is sentence s the document's heading (its first sentence), or the short sentence of no verb that opens the
 * paragraph after it in one of the first lines, a standfirst ("*Coastal Walker Monthly, June 2026.*"; not a lede's
 * "In May 2026 the society walked the path.", which tells of a time the report may be later than)? */
static int head_line(const fl_check_ctx *ctx, size_t s)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_facts *f = ctx->facts;
    if (s == 0)
        return 1;
    size_t a = f->sent_tok[1], n = f->sent_tok[2] - a;
    if (s != 1 || !sx || !line_before(ctx, 1) || n > HEAD_STANDFIRST_TOKENS)
        return 0;
    int line = 1;
    for (size_t i = 0; i < f->tok[a].start; i++)
        line += ctx->doc->text[i] == '\n';
    if (line > HEAD_LAST_LINE)
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    int verb = 0;
    for (size_t j = 0; j < n; j++)
        verb |= tags[j] == FL_TAG_VBD || tags[j] == FL_TAG_VBP || tags[j] == FL_TAG_VB || tags[j] == FL_TAG_VBN ||
                tags[j] == FL_TAG_VBG || tags[j] == FL_TAG_MD;
    free(tags);
    return !verb;
}

static int told_ahead(const fl_check_ctx *ctx, size_t s, size_t i);

/* The most years after a heading's that later_years_ahead looks at: more make the heading's year none. */
enum { LATER_YEARS_MAX = 8 };

/* The most years after a standfirst's that a plan may name: a later one makes the standfirst's year no document's
 * (a retrospective's "January 1963" with a memorial planned for 2028). */
enum { LATER_YEARS_SPAN = 3 };

/* Is every year after year that the document states told as ahead of the document (told_ahead: "is planned for
 * the autumn of 2027", "will open in 2028"), so that year may still be the document's own (a magazine's "April
 * 2026" whose last paragraph plans a survey for 2027)? Not when one is told as past ("reopened in 2027"), nor when
 * there are more than LATER_YEARS_MAX. */
static int later_years_ahead(const fl_check_ctx *ctx, int year)
{
    const fl_facts *f = ctx->facts;
    size_t later = 0;
    for (size_t s = 0; s < ctx->doc->nsent; s++)
        for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
            if (f->num[x].nonclaim == FL_NC_YEAR && f->num[x].year > year &&
                (++later > LATER_YEARS_MAX || f->num[x].year > year + LATER_YEARS_SPAN ||
                 !told_ahead(ctx, s, f->num[x].tok)))
                return 0;
    return 1;
}

/* Does the standfirst (sentence 1) say it is a publication's line: a '|' between its parts ("Coastal Life, April
 * 2026 | Words by ...") or a word of standfirst-cues (time.json: "words by", "issue", "edition")? A place and date
 * under a heading ("Ashby, January 1963") is the time of its story, not the document's. */
static int publication_cue(const fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *cues = fl_rules_lexicon(ctx->rules, "standfirst-cues");
    for (size_t i = f->sent_tok[1]; i < f->sent_tok[2]; i++)
        if (fl_mark_at(ctx, i, '|') || (cues && f->tok[i].kind == FL_TOK_WORD &&
                                        fl_lexicon_words_at(cues, ctx->doc->text, f->tok, f->sent_tok[2], i)))
            return 1;
    return 0;
}

/* Does the standfirst (sentence 1) date the document: a month name right before its year ("Coastal Life, April
 * 2026"), under a heading that is no look back (look-back-words: "Remembering the storm")? A heading's "The storm of
 * October 1987" is the year of its story, not the document's. */
static int standfirst_date(const fl_check_ctx *ctx)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    const fl_lexicon *look = fl_rules_lexicon(ctx->rules, "look-back-words");
    size_t used;
    if (ctx->doc->nsent < 2)
        return 0;
    for (size_t i = f->sent_tok[0]; i < f->sent_tok[1]; i++)
        if (f->tok[i].kind == FL_TOK_WORD && fl_lexicon_words_at(look, ctx->doc->text, f->tok, f->sent_tok[1], i))
            return 0;
    size_t yt = f->sent_year_tok[1];
    return yt > f->sent_tok[1] && yt < f->sent_tok[2] &&
           fl_phrases_at(&k->months, ctx->doc->text, f->tok, yt, yt - 1, &used) > 0 && publication_cue(ctx);
}

/* The document's year: its date's (not one inferred from the years it mentions), or the year its heading states
 * when that is the latest it mentions (a newsletter's "SPRING 2026", a bulletin's "March 2026", no day), or the
 * month and year of its standfirst when every later year it mentions is one ahead (standfirst_date,
 * later_years_ahead); 0 when none. */
static int document_year(const fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    if (!f->date.year || f->date.source == FL_DATE_NONE)
        return 0;
    if (f->date.source != FL_DATE_INFERRED)
        return f->date.year;
    /* the heading or the standfirst line under it ("# A century of cliffs" then "*Coastal Walker Monthly, June
     * 2026.*"), when no later year is mentioned but as one ahead ("The next survey is planned for 2027") */
    for (size_t s = 0; s < ctx->doc->nsent && s < HEAD_SENTENCES; s++)
        if (f->sent_year[s] && f->sent_year[s] <= f->date.year && !f->sent_year_carried[s] && head_line(ctx, s) &&
            (f->sent_year[s] == f->date.year ||
             (s == 1 && standfirst_date(ctx) && later_years_ahead(ctx, f->sent_year[s]))))
            return f->sent_year[s];
    return 0;
}

/* The year in force for a sentence whose stated base year is base: another year stated in the sentence, in
 * the part of it the phrase at token phrase stands in (a year across a semicolon is another clause's: "failed
 * 24 years after entering service; its last examination was in January 2025"), else one a relative year of the sentence
 * counts from the document's date ("last year's 45th anniversary"; one counted from a year before, "the year before",
 * is none known; "this year" is the document's), else the document's year (document_year); 0 when none. */
static int force_besides(const fl_check_ctx *ctx, size_t s, size_t phrase, int base, int *how, size_t *at)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].nonclaim == FL_NC_YEAR && f->num[x].year != base &&
            !(f->num[x].tok < phrase ? stop_in(ctx, f->num[x].tok, phrase) : stop_in(ctx, phrase, f->num[x].tok))) {
            if (f->num[x].tok < phrase && !dates_count(ctx, s, f->num[x].tok, phrase))
                return 0; /* "spun out in 2019, so the launch came sixty years after ...": another clause's year */
            if (f->num[x].tok > phrase && count_between(ctx, phrase, f->num[x].tok))
                continue; /* ", and ninety years after the shop opened in 1936": the other phrase's base */
            *how = 1;
            *at = f->num[x].tok;
            return f->num[x].year;
        }
    int dated = document_year(ctx);
    size_t used;
    for (size_t t = f->sent_tok[s]; t < f->sent_tok[s + 1]; t++) {
        int rel = fl_phrases_at(&k->relative, ctx->doc->text, f->tok, f->sent_tok[s + 1], t, &used);
        if (rel < 0 || (k->rel_from[rel] == 0 && k->rel_offset[rel] == 0)) /* "this year": the document's */
            continue;
        if (!dated || k->rel_from[rel] != 0)
            return 0;
        *how = 4;
        *at = t;
        return dated + k->rel_offset[rel];
    }
    *how = 3;
    return dated;
}

/* Do the two tokens from token j (before b) make a phrase of lexicon name, as written ("years later")? */
static int two_words_in(const fl_check_ctx *ctx, const char *name, size_t j, size_t b)
{
    const fl_lexicon *lex = fl_rules_lexicon(ctx->rules, name);
    const fl_token *t = ctx->facts->tok;
    return lex && j + 2 <= b && fl_lexicon_has(lex, ctx->doc->text + t[j].start, t[j + 1].end - t[j].start, 1);
}

/* The year "N years later" at token phrase counts from: the last year stated before it in its sentence, else in
 * the sentence before in its paragraph, when a word of beginning states it ("The works first fired its kilns in
 * 1958. It will close 58 years later"); 0 when that last year begins nothing (the count may be from it, "moved in
 * 1960 and closed 30 years later") or there is none. *at is its number. */
static int later_base(const fl_check_ctx *ctx, size_t s, size_t phrase, size_t *at)
{
    const fl_facts *f = ctx->facts;
    for (size_t back = 0; back < 2; back++) {
        if (back && (s == 0 || paragraph_before(ctx, s)))
            break;
        size_t t = s - back, last = SIZE_MAX;
        for (size_t x = f->sent_num[t]; x < f->sent_num[t + 1]; x++)
            if (f->num[x].nonclaim == FL_NC_YEAR && f->num[x].tok < phrase)
                last = x;
        if (last == SIZE_MAX)
            continue;
        if (!origin_year(ctx, &f->num[last], f->sent_tok[t]))
            return 0;
        *at = last;
        return f->num[last].year;
    }
    return 0;
}

/* Is verb group g finite, not negated, and of the present? Not a future: "Fifty years later, the ground will
 * revert to the council" tells a time to come, not the document's. */
static int now_verb(const fl_vgroup *g)
{
    return g && g->finite && !g->neg && g->tense == FL_TENSE_PRESENT;
}

/* The verb group of parse p whose clause the count at index i (of the parse) opens: its clause's own verb when it
 * comes after i ("Ten years later, it will close"), else, when a coordinator stands between that verb and i and
 * the parse reads the coordinated clause from after i, the first verb group after i when no finite verb stands
 * between ("opened in 2011, and now, ten years later, it is closing"); NULL when none. */
static const fl_vgroup *fronted_verb(const fl_parse *p, size_t i)
{
    int c = fl_parse_clause_of(p, i), v = c >= 0 ? fl_parse_verb(p, c) : -1;
    if (v < 0)
        return NULL;
    if (p->vgs[v].start > i)
        return &p->vgs[v];
    int conj = 0;
    for (size_t j = p->vgs[v].end; j < i; j++)
        conj |= p->tags[j] == FL_TAG_CONJ;
    if (!conj)
        return NULL;
    for (size_t g = 0; g < p->nvg; g++)
        if (p->vgs[g].start > i)
            return p->vgs[g].finite ? &p->vgs[g] : NULL;
    return NULL;
}

/* Does a time word of the document's now (time.json relative phrases counted from the document with no offset:
 * "now", "today", "currently") stand in tokens [from, to)? */
static int now_word_in(const fl_check_ctx *ctx, size_t from, size_t to)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t used;
    for (size_t t = from; t < to; t++) {
        int r = fl_phrases_at(&k->relative, ctx->doc->text, ctx->facts->tok, to, t, &used);
        if (r >= 0 && k->rel_offset[r] == 0 && k->rel_from[r] == 0)
            return 1;
    }
    return 0;
}

/* Does the count at token i of sentence s open its clause ahead of the clause's own verb, which tells the present,
 * with a word of the document's now before that verb ("The factory opened in 2011 - and now, ten years later, it is
 * shutting")? The clause tells the document's now. A past verb ("Ten years later, the owners added a shed") tells a
 * time not known, a present with no such word may be a story's historic present ("The shop opened in 1990. Ten
 * years later it is the largest in town"), and a verb before the count is told_ahead's. */
static int fronted_now(const fl_check_ctx *ctx, size_t s, size_t i)
{
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    size_t a0 = ctx->facts->sent_open[s];
    const fl_vgroup *g = p && i >= a0 && i - a0 < p->n ? fronted_verb(p, i - a0) : NULL;
    int now = now_verb(g) && now_word_in(ctx, a0, a0 + g->start);
    fl_parse_free(p);
    free(words);
    return now;
}

/* The event class of the first event noun in tokens [a, b), -1 when none. */
static int event_noun_in(const fl_check_ctx *ctx, size_t a, size_t b)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t used;
    for (size_t i = a; i < b; i++) {
        int e = ctx->facts->tok[i].kind == FL_TOK_WORD
                    ? fl_phrases_at(&k->event_nouns, ctx->doc->text, ctx->facts->tok, b, i, &used)
                    : -1;
        if (e >= 0)
            return e;
    }
    return -1;
}

/* Does the document state its own event (class ev) in no year but year: no sentence naming an event of the class
 * states another year ("the 2014 flood", "the flood of March 2014")? */
static int own_event_of_year(const fl_check_ctx *ctx, int ev, int year)
{
    const fl_facts *f = ctx->facts;
    for (size_t s = 0; s < ctx->doc->nsent; s++) {
        int other = 0;
        for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
            other |= f->num[x].nonclaim == FL_NC_YEAR && f->num[x].year != year;
        if (other && event_noun_in(ctx, f->sent_tok[s], f->sent_tok[s + 1]) == ev)
            return 0;
    }
    return 1;
}

/* The month (1..12) of the document's date, or of the month its head line names in the document's year (a
 * standfirst's "Westmoor Life, July 2026"); 0 when neither. */
static int document_month(const fl_check_ctx *ctx)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    if (f->date.source != FL_DATE_INFERRED)
        return f->date.month;
    size_t used;
    for (size_t s = 0; s < ctx->doc->nsent && s < HEAD_SENTENCES; s++)
        for (size_t i = f->sent_tok[s]; i < f->sent_tok[s + 1] && f->sent_year[s] == f->date.year && head_line(ctx, s);
             i++) {
            int m = fl_phrases_at(&k->months, ctx->doc->text, f->tok, f->sent_tok[s + 1], i, &used);
            if (m > 0)
                return m;
        }
    return 0;
}

/* How sentence s dates what it tells against the document's year and month (dm, 0 unknown): 1 in that year (a
 * month not after the document's, "On the first Saturday in June" in a July report; a year of its own that is
 * the document's; a weekday or a day counted from its date, "yesterday", when that date is past its year's first
 * week; "now" or "this year" dates nothing), -1
 * not, or not known (another year, a month after the document's: "on December 28" in a January report, a month
 * counted from the document's date: "last March", a relative year or month, a season), 0 no date at all. */
static int sentence_dated(const fl_check_ctx *ctx, size_t s, int year, int dm)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    const fl_lexicon *back = fl_rules_lexicon(ctx->rules, "date-back-words"),
                     *season = fl_rules_lexicon(ctx->rules, "season-words");
    size_t a = f->sent_open[s], b = f->sent_tok[s + 1], used;
    int month = 0, day = 0;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].nonclaim == FL_NC_YEAR && f->num[x].year != year)
            return -1;
    for (size_t i = a; i < b; i++) {
        if (f->tok[i].kind != FL_TOK_WORD)
            continue;
        int m = i > a || i + 1 == b || f->tok[i + 1].kind == FL_TOK_NUM
                    ? fl_phrases_at(&k->months, text, f->tok, b, i, &used)
                    : -1; /* not a sentence's first "May" */
        int r = fl_phrases_at(&k->relative, text, f->tok, b, i, &used);
        if ((m > 0 && i > a && fl_lexicon_has_token(back, text, &f->tok[i - 1], 1)) ||
            (r >= 0 && (k->rel_offset[r] != 0 || k->rel_from[r] != 0)) ||
            fl_phrases_at(&k->relative_months, text, f->tok, b, i, &used) >= 0 ||
            fl_lexicon_has_token(season, text, &f->tok[i], 1))
            return -1;
        if (m > 0 && !month)
            month = m;
        day |= fl_phrases_at(&k->weekdays, text, f->tok, b, i, &used) >= 0 ||
               fl_phrases_at(&k->relative_days, text, f->tok, b, i, &used) >= 0;
    }
    if (month)
        return dm && month <= dm ? 1 : -1;
    if (day)
        return dm > 1 || (dm == 1 && f->date.day > 7) ? 1 : -1;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].nonclaim == FL_NC_YEAR)
            return 1;
    return 0;
}

/* Does the document date its own event in its year: is its heading no look back at the event (look-back-words: "A
 * year on from the Carrow mill fire", "Remembering the Kelby flood"), and does the first sentence after its head
 * lines that dates anything date it in that year (sentence_dated)? The document's own event happened in its
 * year only when it says so: a retrospective, or a January write-up of a December event, tells of the year before. */
static int own_event_dated(const fl_check_ctx *ctx, int year)
{
    const fl_facts *f = ctx->facts;
    const fl_lexicon *look = fl_rules_lexicon(ctx->rules, "look-back-words");
    for (size_t i = f->sent_tok[0]; i < f->sent_tok[1]; i++)
        if (f->tok[i].kind == FL_TOK_WORD && fl_lexicon_words_at(look, ctx->doc->text, f->tok, f->sent_tok[1], i))
            return 0;
    int dm = document_month(ctx);
    for (size_t s = 1; s < ctx->doc->nsent; s++) {
        if (s < HEAD_SENTENCES && head_line(ctx, s))
            continue;
        int d = sentence_dated(ctx, s, year, dm);
        if (d)
            return d > 0;
    }
    return 0;
}

/* Is the subject of the clause of the count at token i of sentence s the document's own event, of the document's
 * year: a definite phrase of a determiner and nouns only, headed by an event noun of the class the document's title
 * names ("The outbreak came twelve years later" in a report headed "... inside the Carrow Barn outbreak"), its verb
 * no modal's and after the subject, and no sentence of the document giving that event another year
 * (own_event_of_year)? "A fire came ...", "The first fire came ..." (another of the kind) and a retrospective of
 * "the 2014 flood" are not. */
static int own_event_subject(const fl_check_ctx *ctx, size_t s, size_t i, int year)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    int ev = ctx->doc->nsent > 1 && s > 0 ? event_noun_in(ctx, f->sent_tok[0], f->sent_tok[1]) : -1;
    if (ev < 0)
        return 0;
    fl_str *words;
    fl_parse *p = parse_sentence(ctx, s, &words);
    size_t a0 = f->sent_open[s];
    int c = p && i >= a0 && i - a0 < p->n ? fl_parse_clause_of(p, i - a0) : -1;
    int np = c >= 0 ? fl_parse_subject(p, c) : -1, v = c >= 0 ? fl_parse_verb(p, c) : -1, ok = np >= 0 && v >= 0;
    if (ok) {
        const fl_np *n = &p->nps[np];
        ok = n->det >= 0 && n->det == (int32_t)n->start && n->end <= p->vgs[v].start && p->vgs[v].start < i - a0 &&
             p->vgs[v].modal < 0 && p->vgs[v].finite && !p->vgs[v].neg;
        for (size_t t = n->start + 1; ok && t < n->end; t++)
            ok = p->tags[t] == FL_TAG_NOUN || p->tags[t] == FL_TAG_PROPN;
        size_t used;
        ok = ok && fl_phrases_at(&k->event_nouns, ctx->doc->text, f->tok, a0 + n->end, a0 + n->head, &used) == ev;
        /* "the outbreak" itself: a definite determiner, not "a" nor "another" */
        const fl_token *dt = &f->tok[a0 + n->start];
        ok = ok && fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, a0 + n->end, a0 + n->start, &used) >= 0 &&
             !fl_lexicon_has_token(fl_rules_lexicon(ctx->rules, "indefinite-articles"), ctx->doc->text, dt, 1) &&
             !fl_lexicon_has_token(fl_rules_lexicon(ctx->rules, "other-event-words"), ctx->doc->text, dt, 1);
    }
    fl_parse_free(p);
    free(words);
    return ok && own_event_of_year(ctx, ev, year) && own_event_dated(ctx, year);
}

/* The year "N years later" at token phrase of sentence s falls in: the first year stated after it in its clause
 * ("30 years later, in 2010"), else the document's when the clause tells it as ahead ("It will close 58 years
 * later, on Wednesday 30 September"): its date, or the year its heading states (a bulletin's "March 2026", no
 * day); 0 when neither ("Ten years later, he ..." tells of a time not known). */
static int later_force(const fl_check_ctx *ctx, size_t s, size_t phrase, int *how, size_t *at)
{
    const fl_facts *f = ctx->facts;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].nonclaim == FL_NC_YEAR && f->num[x].tok > phrase) {
            if (stop_in(ctx, phrase, f->num[x].tok))
                break;
            *how = 1;
            *at = f->num[x].tok;
            return f->num[x].year;
        }
    int dated = document_year(ctx);
    if (dated && (told_ahead(ctx, s, phrase) || fronted_now(ctx, s, phrase))) {
        *how = 3;
        return dated;
    }
    if (dated && own_event_subject(ctx, s, phrase, dated)) {
        *how = 5;
        return dated;
    }
    return 0;
}

/* The value of the number that is the claim at token i of sentence s ("58" of "58 years later"); NAN when none. */
static double whole_number_at(const fl_check_ctx *ctx, size_t s, size_t i)
{
    const fl_facts *f = ctx->facts;
    double n = NAN;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].tok == i && !f->num[x].nonclaim)
            n = f->num[x].value;
    return n;
}

static int qualified_before(const fl_check_ctx *ctx, size_t i, size_t a);
static int coordinated_count(const fl_check_ctx *ctx, size_t s, size_t i, size_t a);

/* Is token obj of sentence s the subject of a clause ("after it was passed"), not the thing the count is after
 * ("thirty-three years after it"), whose verb names another act than the sentence does before token base (the
 * base year's): "took effect in 2006, two years after it was passed" counts from the passing, whose year is not
 * 2006; "installed in 1990 ... 30 years after it was installed" restates the act of 1990. */
static int other_act_after(const fl_check_ctx *ctx, size_t s, size_t obj, size_t base)
{
    const fl_facts *f = ctx->facts;
    const char *text = ctx->doc->text;
    size_t v = obj + 1, end = f->sent_tok[s + 1];
    int kind = v < end ? verb_kind_at(ctx, s, v) : 0;
    if (!kind)
        return 0;
    v += kind == 2; /* "it was passed": the act is the participle after the form of "be" */
    if (v >= end || f->tok[v].kind != FL_TOK_WORD)
        return 0;
    size_t n = f->tok[v].end - f->tok[v].start;
    for (size_t i = f->sent_tok[s]; i < base; i++)
        if (f->tok[i].end - f->tok[i].start == n && fl_ascii_ieq(text + f->tok[i].start, text + f->tok[v].start, n))
            return 0;
    return 1;
}

/* "the 80th anniversary of E" / "N years after E" / "N years later" in sentence s: E from the known events, or a
 * base year stated in the sentence or the one before; a qualified count ("nearly 25 years since") is not checked. */
static void check_anniversaries(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    for (size_t i = a; i + 1 < b; i++) {
        double n = NAN;
        size_t ev = 0, phrase_end = 0;
        int has_of = 0, later = 0;
        if (fl_phrases_at(&k->anniversary, text, f->tok, b, i + 1, &used) >= 0) {
            n = ordinal_at(ctx, i, b);
            phrase_end = i + 1 + used;
            has_of = role(ctx, phrase_end, b, FL_ROLE_OF);
            ev = phrase_end + (size_t)has_of;
        } else if (f->tok[i].kind == FL_TOK_NUM || f->tok[i].kind == FL_TOK_WORD) {
            if (fl_phrases_at(&k->years_after, text, f->tok, b, i + 1, &used) >= 0) {
                n = whole_number_at(ctx, s, i);
                ev = phrase_end = i + 1 + used;
                has_of = 1;
            } else if (two_words_in(ctx, "years-later", i + 1, b)) {
                n = whole_number_at(ctx, s, i);
                ev = phrase_end = i + 3;
                later = 1;
            }
        }
        /* "nearly 25 years since", "more than 20 years after": not a count of whole years; "by 2029 and 2035, six
         * and twelve years after adoption": counts coordinated are each their year's in order, not the first's */
        if (isnan(n) || n <= 0 || n > 1000 || qualified_before(ctx, i, a) || coordinated_count(ctx, s, i, a))
            continue;
        size_t obj = ev; /* the object's first word: "that" of "forty years after that bitter winter" */
        while (ev < b && fl_phrases_at(&k->determiners, text, f->tok, b, ev, &used) >= 0)
            ev++;
        int year = has_of && ev < b ? fl_phrases_at(&k->events, text, f->tok, b, ev, &used) : -1;
        int how = 0, stated = 0, by_nominal = 0;
        size_t base_at = 0, force_at = 0;
        int force;
        if (later) {
            year = later_base(ctx, s, i, &base_at);
            if (year <= 0)
                continue;
            stated = 1;
            force = later_force(ctx, s, i, &how, &force_at);
            used = 0;
        } else if (year > 0)
            force = year_in_force(ctx, s, &how);
        else {
            const fl_lexicon *anaphors = fl_rules_lexicon(ctx->rules, "base-anaphors");
            int anaphor = anaphors && obj < b && fl_lexicon_has_token(anaphors, text, &f->tok[obj], 1);
            /* "the 50th anniversary of the gift": the noun after the "of" phrase's determiners */
            size_t noun[2] = {SIZE_MAX, SIZE_MAX}; /* and the head of its own "of" object: "the sale of the bakery" */
            noun[0] = has_of && ev < b && ev > obj ? phrase_head(ctx, s, ev, &noun[1]) : SIZE_MAX;
            year = stated_base(ctx, s, i, has_of, anaphor, noun, &base_at);
            if (year > 0 && noun[0] != SIZE_MAX) {
                const fl_num *bx = &f->num[base_at];
                size_t bs = bx->tok < a ? s - 1 : s;
                by_nominal = !origin_year(ctx, bx, f->sent_tok[bs]) && nominal_year(ctx, bs, bx, noun[0], noun[1]);
            }
            if (year <= 0 || (anaphor && f->num[base_at].tok >= a && f->num[base_at].tok < i &&
                              other_act_after(ctx, s, obj, f->num[base_at].tok)))
                continue; /* "took effect in 2006, two years after it was passed": 2006 is the clause's own year */
            stated = 1;
            force = force_besides(ctx, s, i, year, &how, &force_at);
            used = 0;
            ev = phrase_end;
        }
        int expect = year + (int)n;
        /* a nominal base with a marking at a time the sentence does not give: a past one, or one to come for an
         * anniversary after the document's year ("It will celebrate the 25th anniversary of the merger") */
        int when = how == 3 && by_nominal ? marking_time(ctx, s, i) : FL_TENSE_NONE;
        if (!force || force == expect || when == FL_TENSE_PAST || (when == FL_TENSE_FUTURE && expect > force))
            continue;
        fl_buf ph = {0};
        size_t end = f->tok[(used ? ev + used : phrase_end) - 1].end;
        fl_excerpt(&ph, ctx->doc, f->tok[i].start, end, 100);
        static const char *const from[] = {"",
                                           "this sentence's year",
                                           "\"that year\"",
                                           "the document's date",
                                           "a year counted from the document's date",
                                           "the year of the document's own event, its date's"};
        fl_diag *d = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, f->tok[i].start, end,
                               "\"%s\" (%d%s) falls in %d, but the year here is %d (%s)", fl_buf_cstr(&ph), year,
                               stated ? ", the year stated" : "", expect, force, from[how]);
        if (stated) {
            const fl_num *bn = &f->num[base_at];
            fl_report_related(ctx, d, f->tok[bn->tok].start, f->tok[bn->tok].end, "%d is stated here", year);
            if (how == 1 || how == 4)
                fl_report_related(ctx, d, f->tok[force_at].start, f->tok[force_at].end,
                                  how == 1 ? "%d is stated here" : "%d is counted here", force);
        } else if (how == 1 || how == 2) {
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

/* Is the count at token i of sentence s (from token a) coordinated with a count right before it ("six and twelve
 * years after": the second of two)? */
static int coordinated_count(const fl_check_ctx *ctx, size_t s, size_t i, size_t a)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t used;
    return i >= a + 2 && fl_phrases_at(&k->coordinators, ctx->doc->text, ctx->facts->tok, i, i - 1, &used) >= 0 &&
           used == 1 && !isnan(whole_number_at(ctx, s, i - 2));
}

/* Does a qualifier ("some", "more than", "nearly") end right before token i, in the sentence from token a? */
static int qualifier_kind_before(const fl_check_ctx *ctx, size_t i, size_t a, size_t *at);

static int qualified_before(const fl_check_ctx *ctx, size_t i, size_t a)
{
    size_t at;
    return qualifier_kind_before(ctx, i, a, &at) >= 0;
}

/* The number of the year stated at token t of sentence s; SIZE_MAX when none. */
static size_t year_num_at(const fl_check_ctx *ctx, size_t s, size_t t)
{
    const fl_facts *f = ctx->facts;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++)
        if (f->num[x].tok == t && f->num[x].nonclaim == FL_NC_YEAR)
            return x;
    return SIZE_MAX;
}

/* Longest noun phrase between a year and the comma of an apposed "N years ago" ("the 1922 Allotments Act, 104
 * years ago"). */
enum { AGO_PHRASE_MAX = 6 };

/* The year "N years ago" (its number at token i, its phrase ending at token e) is apposed to: the year of the noun
 * phrase right before its comma, no verb nor other punctuation between ("the winter smog of 1998, 26 years ago",
 * "the 1989 lockout, 37 years ago", "in 2014 as a support act, twelve years ago"), or the year of a
 * thing-year-links word right after the phrase ("opened 12 years ago in 2014"); SIZE_MAX when none. */
static size_t ago_base(const fl_check_ctx *ctx, size_t s, size_t i, size_t e)
{
    const fl_facts *f = ctx->facts;
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "thing-year-links");
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1];
    if (e < b && fl_mark_at(ctx, e, ','))
        e++;
    if (e + 1 < b && links && fl_lexicon_has_token(links, text, &f->tok[e], 1) &&
        year_num_at(ctx, s, e + 1) != SIZE_MAX)
        return year_num_at(ctx, s, e + 1);
    if (!sx || i < a + 2 || !fl_mark_at(ctx, i - 1, ','))
        return SIZE_MAX;
    size_t c = i - 1;
    for (size_t y = c; y-- > a && c - y <= AGO_PHRASE_MAX + 1;) {
        if (f->tok[y].kind == FL_TOK_PUNCT)
            return SIZE_MAX;
        size_t x = year_num_at(ctx, s, y), n = c - y - 1;
        if (x == SIZE_MAX)
            continue;
        int verb = 0;
        if (n) {
            uint8_t *tags = fl_window_tags(ctx, sx, y + 1, n);
            for (size_t j = 0; j < n; j++)
                verb |= tags[j] >= FL_TAG_VBD && tags[j] <= FL_TAG_MD;
            free(tags);
        }
        return verb ? SIZE_MAX : x;
    }
    return SIZE_MAX;
}

/* The kind of the qualifier (qualifiers.json: FL_Q_APPROX "some", FL_Q_OVER "more than") that ends right before
 * token i, in the sentence from token a, and its first token (*at, else i); -1 when none. */
static int qualifier_kind_before(const fl_check_ctx *ctx, size_t i, size_t a, size_t *at)
{
    *at = i;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t used;
    for (size_t j = i; j-- > a && i - j <= 3;) {
        int q = fl_phrases_at(&k->qualifiers, ctx->doc->text, ctx->facts->tok, i, j, &used);
        if (q >= 0 && j + used == i) {
            *at = j;
            return q;
        }
    }
    return -1;
}

/* Does a count n of "N years ago" that reaches back d years (the document's year less the year given) fit, with
 * its qualifier q (-1: none) and slack years more either way (1 with a month before the year: the count may be
 * rounded either way)? An approximate count ("some 15 years ago", "about 30 years ago") is off by one at most, by
 * two when it is a round ten, and by a tenth of a round ten when that is more (a writer rounds a long span
 * coarser: "about 100 years ago" for 1921, "some 50 years ago" for 1973, "roughly 60 years ago" for 1963; not
 * "some 25 years ago" for 1999); "more than", "at
 * least" need d at least n; "nearly", "almost" d at most n and at least n - 2; "less than", "up to" d at most n. */
static int ago_fits(int q, int n, int d, int slack)
{
    switch (q) {
    case -1:
        return abs(d - n) <= slack;
    case FL_Q_APPROX:
        return abs(d - n) <= slack + (n % 10 ? 1 : n < 20 ? 2 : n / 10);
    case FL_Q_NEARLY:
        return d <= n + slack && d >= n - 2 - slack;
    case FL_Q_OVER:
    case FL_Q_AT_LEAST:
        return d >= n - slack;
    default:
        return d <= n + slack;
    }
}

/* Does a phrase of the now-possessives lexicon (the document's own time: "this week's", "today's") start at token
 * j of sentence s, before token b, with no finite verb (nor a form of "be") after it in its clause? "30 years before
 * this week's collapse" counts from now; "20 years before today's rules were adopted" from the adoption, and "25
 * years before this year's champion was born" from the birth, each dated by its own verb. */
static int now_possessive_at(const fl_check_ctx *ctx, size_t s, size_t j, size_t b)
{
    const fl_lexicon *lex = fl_rules_lexicon(ctx->rules, "now-possessives");
    const fl_token *t = ctx->facts->tok;
    size_t n = 1;
    while (lex && n <= 3 && j + n <= b &&
           !fl_lexicon_has(lex, ctx->doc->text + t[j].start, t[j + n - 1].end - t[j].start, 1))
        n++;
    if (!lex || n > 3 || j + n > b)
        return 0;
    fl_str *words;
    fl_parse *ps = parse_sentence(ctx, s, &words);
    int verb = 0;
    for (size_t i = j + n; i < b && !verb && !clause_mark(ctx->doc->text, &t[i]); i++)
        verb = verb_kind(ctx, ps, ctx->facts->sent_open[s], i) != 0;
    fl_parse_free(ps);
    free(words);
    return !verb;
}

/* "the winter smog of 1998, 26 years ago": a whole number before a phrase of the years-ago lexicon counts back
 * from the document's date (not inferred), and the year apposed to it (ago_base) must be the one it reaches; with
 * a month before the year ("in December 2018, seven years ago") the count may be rounded either way. A qualified
 * count ("since 2009, some 15 years ago", "more than 20 years ago") must fit as its qualifier says (ago_fits).
 * "N years before" a thing of the document's own time (now-possessives: "in 1986, 30 years before this week's
 * collapse") counts back from it as "N years ago" does. */
static void check_years_ago(fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_date *doc = &f->date;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    if (!doc->year || doc->source == FL_DATE_INFERRED || doc->source == FL_DATE_NONE)
        return;
    for (size_t x = f->sent_num[s]; x < f->sent_num[s + 1]; x++) {
        const fl_num *n = &f->num[x];
        size_t e = n->tok + n->ntok;
        if (n->nonclaim == FL_NC_YEAR || n->range || n->value < 1 || n->value > 200 || n->value != (int)n->value ||
            !(two_words_in(ctx, "years-ago", e, b) ||
              (two_words_in(ctx, "years-before", e, b) && now_possessive_at(ctx, s, e + 2, b))))
            continue; /* "in 1986, 30 years before this week's collapse" counts back from the document's time too */
        size_t qt;
        int q = qualifier_kind_before(ctx, n->tok, a, &qt);
        size_t bx = ago_base(ctx, s, qt, e + 2);
        if (bx == SIZE_MAX || (f->num[bx].year >= doc->year && !two_words_in(ctx, "years-ago", e, b)))
            continue; /* "finish in 2040, four years before this year's plan said": of a year to come */
        const fl_num *y = &f->num[bx];
        int expect = doc->year - (int)n->value;
        int month = y->tok > a && fl_phrases_at(&k->months, ctx->doc->text, f->tok, y->tok, y->tok - 1, &used) >= 0;
        if (ago_fits(q, (int)n->value, doc->year - y->year, month))
            continue;
        static const char *const how[] = {"about ", "nearly ",          "before ",
                                          "after ", "no earlier than ", "no later than "};
        uint32_t end = f->tok[e + 1].end, start = qt < n->tok ? f->tok[qt].start : n->start;
        fl_diag *d = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, start, end,
                               "\"%.*s\" counts back to %s%d from the document's date (%d), but the year given is %d",
                               (int)(end - start), ctx->doc->text + start, q >= 0 && q < FL_Q_COUNT ? how[q] : "",
                               expect, doc->year, y->year);
        fl_report_related(ctx, d, f->tok[y->tok].start, f->tok[y->tok].end, "%d is stated here", y->year);
    }
}

/* A day given with its weekday and no year in force ("Saturday, Aug. 15" in a report that states no year). */
typedef struct {
    int month, day, wd;
    uint32_t start, end;
} yearless_day;

enum { MAX_YEARLESS = 32 };

/* Days apart of two days of one year, in a common year (leap 0) or a leap year (1). */
static long days_apart(const yearless_day *a, const yearless_day *b, int leap)
{
    int y = leap ? 2004 : 2001;
    return fl_days_from_civil(y, b->month, b->day) - fl_days_from_civil(y, a->month, a->day);
}

/* Do two days given with weekdays and no year agree in some year: at most 60 days apart (one year, whatever it
 * is), and a common or a leap year makes their weekdays fit? Days further apart are not compared (1). */
static int yearless_agree(const yearless_day *a, const yearless_day *b)
{
    long apart = days_apart(a, b, 0);
    if (apart > 60 || apart < -60)
        return 1;
    for (int leap = 0; leap < 2; leap++)
        if ((((a->wd + days_apart(a, b, leap)) % 7) + 7) % 7 == b->wd)
            return 1;
    return 0;
}

/* Days a report gives with their weekdays and no year must agree with one another whatever the year: "Saturday,
 * Aug. 15" and "Tuesday, Aug. 19" are four days apart, so the second is a Wednesday; "Monday (April 27)" and
 * "Sunday, April 27" give one day two weekdays. The day most others agree with is the anchor (the first on a
 * tie), and each day that disagrees with it is reported. */
static void check_yearless(fl_check_ctx *ctx, const yearless_day *d, size_t n)
{
    size_t anchor = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        size_t votes = 0;
        for (size_t j = 0; j < n; j++)
            votes += j != i && yearless_agree(&d[i], &d[j]);
        if (votes > best) {
            best = votes;
            anchor = i;
        }
    }
    const yearless_day *a = &d[anchor];
    for (size_t j = 0; j < n; j++) {
        if (j == anchor || yearless_agree(a, &d[j]))
            continue;
        long apart = days_apart(a, &d[j], 0), gap = apart < 0 ? -apart : apart;
        int real = (int)((((a->wd + apart) % 7) + 7) % 7);
        fl_buf first = {0};
        fl_excerpt(&first, ctx->doc, a->start, a->end, 40);
        fl_diag *g;
        if (!apart)
            g = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, d[j].start, d[j].end,
                          "this day is given as a %s in \"%s\", not a %s", weekday_names[a->wd], fl_buf_cstr(&first),
                          weekday_names[d[j].wd]);
        else
            g = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, d[j].start, d[j].end,
                          "%ld day%s %s %s, this day is a %s, not a %s", gap, gap == 1 ? "" : "s",
                          apart < 0 ? "before" : "after", fl_buf_cstr(&first), weekday_names[real],
                          weekday_names[d[j].wd]);
        fl_report_related(ctx, g, a->start, a->end, "%s", fl_buf_cstr(&first));
        fl_buf_free(&first);
    }
}

/* The year a day without its own (dt) takes from a day linked after it that states one, its date ending at byte
 * end of sentence s: a word of date-links, an optional weekday and comma, then a later day of the same year with
 * its year, at most 60 days on ("Wednesday 9 June and Thursday 11 June 2026", "9 June to 11 June 2026"); 0 when
 * none. */
static int linked_year(const fl_check_ctx *ctx, size_t s, size_t end, fl_date dt)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const fl_lexicon *links = fl_rules_lexicon(ctx->rules, "date-links");
    const char *text = ctx->doc->text;
    size_t t = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    while (t < b && f->tok[t].start < end)
        t++;
    if (!links || t + 2 >= b || !fl_lexicon_has_token(links, text, &f->tok[t], 1))
        return 0;
    t++;
    if (fl_phrases_at(&k->weekdays, text, f->tok, b, t, &used) >= 0) {
        t += used;
        t += t < b && fl_mark_at(ctx, t, ',');
    }
    fl_date next;
    if (t >= b || !fl_parse_date(text + f->tok[t].start, ctx->doc->len - f->tok[t].start, ctx->rules, &next) ||
        !next.year || !next.month || !next.day)
        return 0;
    long apart = fl_days_from_civil(next.year, next.month, next.day) - fl_days_from_civil(next.year, dt.month, dt.day);
    return apart > 0 && apart <= 60 ? next.year : 0;
}

/* The date with its day and month that starts at token i before token b ("May 12", "30 January 2026"): its length
 * in bytes, 0 when none starts there. */
static size_t day_date_at(const fl_check_ctx *ctx, size_t b, size_t i, fl_date *dt)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t used;
    if (fl_phrases_at(&k->months, text, f->tok, b, i, &used) < 0 &&
        !(f->tok[i].kind == FL_TOK_NUM && i + 1 < b && fl_phrases_at(&k->months, text, f->tok, b, i + 1, &used) >= 0))
        return 0;
    size_t len = fl_parse_date(text + f->tok[i].start, ctx->doc->len - f->tok[i].start, ctx->rules, dt);
    return len && dt->day && dt->month ? len : 0;
}

/* The year of the full date (day, month and year) of sentence s nearest before token at, where the day dt
 * without its year stands: a day takes the year of the dates told beside it ("closed on Friday 30 January 2026,
 * and the panel met on Thursday 12 March"), not that of a bare year in another phrase ("twenty-five years after it
 * was set up in 2001"). With none before it, the nearest after it, when dt falls on or before that date in its year
 * (not "Saturday 12 December and Monday 4 January 2027"). 0 when there is none. */
static int full_date_year(const fl_check_ctx *ctx, size_t s, size_t at, fl_date day)
{
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1];
    int before = 0;
    for (size_t i = a; i < b; i++) {
        fl_date dt;
        if (!day_date_at(ctx, b, i, &dt) || !dt.year)
            continue;
        if (i < at)
            before = dt.year;
        else
            return before                                                                   ? before
                   : (day.month < dt.month || (day.month == dt.month && day.day <= dt.day)) ? dt.year
                                                                                            : 0;
    }
    return before;
}

/* The year in force for a day without its year (day) at token at of sentence s: the year of a full date beside it
 * (full_date_year); else a year the sentence states after the day is of a later phrase ("on Monday
 * (April 27) ... a ban issued in January 2023") and not the day's, so the document's date (unless inferred) is; 0
 * when none. */
static int day_year(const fl_check_ctx *ctx, size_t s, size_t at, fl_date day, int *how)
{
    const fl_facts *f = ctx->facts;
    int dated = full_date_year(ctx, s, at, day);
    if (dated) {
        *how = 1;
        return dated;
    }
    if (f->sent_year[s] && !f->sent_year_carried[s] && f->sent_year_tok[s] > at) {
        *how = 3;
        return f->date.year && f->date.source != FL_DATE_INFERRED ? f->date.year : 0;
    }
    return year_in_force(ctx, s, how);
}

/* How many days after the document's date a day written without its year must fall to be read as one of the
 * year before ("on Monday, December 30" in a paper of January 3), when its weekday fits that year only. */
enum { YEAR_BEFORE_DAYS = 31 };

/* The most days after the document's date that a day told as to come may be read in the year after its own. */
enum { NEXT_YEAR_DAYS = 92 };

/* Does the finite verb nearest before token i of sentence s tell what it says as ahead of the document: a modal
 * ("will report on Thursday 31 July") or a present ("has organised a sale on Tuesday 19 August", "is to open"),
 * not a past ("was held on")? A day so told is not one of the year before. */
static int told_ahead(const fl_check_ctx *ctx, size_t s, size_t i)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], n = i - a;
    if (!sx || !n || n > 256)
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    int ahead = 0;
    for (size_t j = n; j-- > 0;)
        if (tags[j] == FL_TAG_MD || tags[j] == FL_TAG_VBP || tags[j] == FL_TAG_VBD) {
            ahead = tags[j] != FL_TAG_VBD;
            break;
        }
    free(tags);
    return ahead;
}

/* How many sentences back a yearless day looks for the past year its story tells of (told_back). */
enum { TOLD_BACK_SENTENCES = 3 };

/* Is sentence s told in the past (a past verb, no present nor modal), and does weekday wd fit day dt in the year
 * that one of the TOLD_BACK_SENTENCES sentences before it states, an earlier year than the document's ("The storm
 * struck on Tuesday 16 October 1990. On Wednesday 17 October the clean-up began.")? The day is then that year's. */
static int told_back(const fl_check_ctx *ctx, size_t s, fl_date dt, int wd)
{
    const fl_syntax *sx = fl_rules_syntax(ctx->rules);
    const fl_facts *f = ctx->facts;
    size_t a = f->sent_tok[s], n = f->sent_tok[s + 1] - a;
    if (!sx || !n || n > 256)
        return 0;
    uint8_t *tags = fl_window_tags(ctx, sx, a, n);
    int past = 0, now = 0;
    for (size_t j = 0; j < n; j++) {
        past |= tags[j] == FL_TAG_VBD;
        now |= tags[j] == FL_TAG_MD || tags[j] == FL_TAG_VBP;
    }
    free(tags);
    if (!past || now)
        return 0;
    for (size_t back = 1; back <= TOLD_BACK_SENTENCES && back <= s; back++) {
        int y = f->sent_year[s - back];
        if (y && !f->sent_year_carried[s - back] && y < ctx->facts->date.year)
            return fl_weekday(y, dt.month, dt.day) == wd;
    }
    return 0;
}

/* Judges weekday wd given for date dt (from token i of sentence s; the bytes [start, end) say both): the date takes
 * the year in force when it states none, and is kept in yl (check_yearless) when there is none; a weekday that
 * is not the date's is reported. A day written without its year that falls after the document's date may be of
 * the year before ("on Monday, December 30" in a paper of January 3): it is wrong only if it fits neither. */
static void judge_weekday(fl_check_ctx *ctx, size_t s, size_t i, size_t start, size_t end, fl_date dt, int wd,
                          yearless_day *yl, size_t *nyl)
{
    int how = 1, yearless = !dt.year;
    if (!dt.year)
        dt.year = linked_year(ctx, s, end, dt);
    if (!dt.year)
        dt.year = day_year(ctx, s, i, dt, &how);
    if (!dt.year && *nyl < MAX_YEARLESS)
        yl[(*nyl)++] = (yearless_day){dt.month, dt.day, wd, (uint32_t)start, (uint32_t)end};
    if (!dt.year)
        return;
    const fl_date *doc = &ctx->facts->date;
    long today = fl_days_from_civil(doc->year, doc->month, doc->day);
    long ahead = fl_days_from_civil(dt.year, dt.month, dt.day) - today;
    /* a day far before the document's own, told as to come, whose weekday fits the same day of the year after when
     * that is soon after the document's date, is of that year: "the new year service will be held on Monday 4
     * January" in a bulletin of 1 December 2026 is 4 January 2027. Only ever silences: a day that fits the
     * document's year ("will hear evidence about the crash on Sunday 4 January") may be a past one. */
    long soon = fl_days_from_civil(dt.year + 1, dt.month, dt.day) - today;
    if (yearless && how == 3 && ahead < -YEAR_BEFORE_DAYS && soon <= NEXT_YEAR_DAYS &&
        fl_weekday(dt.year + 1, dt.month, dt.day) == wd && told_ahead(ctx, s, i))
        return;
    int real = fl_weekday(dt.year, dt.month, dt.day);
    if (real == wd)
        return;
    /* a day of a past year the sentences before state, told in the past: "The storm struck on Tuesday 16 October
     * 1990. On Wednesday 17 October the clean-up began." */
    if (yearless && how == 3 && told_back(ctx, s, dt, wd))
        return;
    /* the year before only for a day far enough after the document's own to be a past one: "Wednesday 22
     * January" on a page of 21 January is tomorrow */
    if (yearless && how == 3 && ahead > YEAR_BEFORE_DAYS && fl_weekday(dt.year - 1, dt.month, dt.day) == wd &&
        !told_ahead(ctx, s, i))
        return;
    fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, start, end, "%d-%02d-%02d was a %s, not a %s", dt.year, dt.month, dt.day,
              weekday_names[real], weekday_names[wd]);
}

/* "Thursday, July 24, 2025" / "Thursday 24 July": the weekday must match; a day with no year in force is kept
 * in yl (check_yearless). */
static void check_weekdays(fl_check_ctx *ctx, size_t s, yearless_day *yl, size_t *nyl)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    for (size_t i = a; i + 1 < b; i++) {
        int wd = fl_phrases_at(&k->weekdays, text, f->tok, b, i, &used);
        if (wd < 0)
            continue;
        size_t j = i + used;
        int paren = j < b && f->tok[j].kind == FL_TOK_PUNCT && text[f->tok[j].start] == '(';
        if (j < b && f->tok[j].kind == FL_TOK_PUNCT && (paren || text[f->tok[j].start] == ','))
            j++; /* "Sunday, April 27", "Monday (April 27)" */
        if (j >= b)
            continue;
        fl_date dt;
        size_t len =
            fl_parse_date_after_weekday(text + f->tok[j].start, ctx->doc->len - f->tok[j].start, ctx->rules, &dt);
        if (!len || !dt.day || !dt.month)
            continue;
        len += paren && f->tok[j].start + len < ctx->doc->len && text[f->tok[j].start + len] == ')';
        judge_weekday(ctx, s, i, f->tok[i].start, f->tok[j].start + len, dt, wd, yl, nyl);
    }
}

/* "on May 12, a Tuesday": a date and the weekday apposed to it (a comma, a determiner, a weekday) must match in
 * the year in force; a date with no year in force is kept in yl (check_yearless). */
static void check_apposed_weekdays(fl_check_ctx *ctx, size_t s, yearless_day *yl, size_t *nyl)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    for (size_t i = a; i + 3 < b; i++) {
        fl_date dt;
        size_t len = day_date_at(ctx, b, i, &dt);
        if (!len)
            continue;
        size_t e = i;
        while (e < b && f->tok[e].start < f->tok[i].start + len)
            e++;
        int wd;
        if (e + 2 >= b || f->tok[e].kind != FL_TOK_PUNCT || text[f->tok[e].start] != ',' ||
            fl_phrases_at(&k->determiners, text, f->tok, b, e + 1, &used) < 0 || used != 1 ||
            (wd = fl_phrases_at(&k->weekdays, text, f->tok, b, e + 2, &used)) < 0)
            continue;
        size_t w = e + 2 + used - 1;
        judge_weekday(ctx, s, i, f->tok[i].start, f->tok[w].end, dt, wd, yl, nyl);
        i = w;
    }
}

/* ---- a possessive weekday of an event the document dates ---- */

/* A day the document gives an event: a weekday with its date in a sentence that names one event class. */
typedef struct {
    long days;
    int cls;
    uint32_t start, end;
} event_day;

enum { MAX_EVENT_DAYS = 16 };

/* The event class named at token i: an event noun's, or that of the list of an event verb
 * (claim_model.event_verbs, time.event_intransitive); -1 for none or the document's general verbs. */
static int event_class_at(const fl_check_ctx *ctx, size_t b, size_t i)
{
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    const fl_token *t = ctx->facts->tok;
    size_t used;
    int e = fl_phrases_at(&k->event_nouns, text, t, b, i, &used);
    if (e >= 0 || t[i].kind != FL_TOK_WORD)
        return e;
    int v = fl_event_verb_at(k, text, t, b, i, &used);
    if (v < 0)
        v = fl_phrases_at(&k->event_intransitive, text, t, b, i, &used);
    for (size_t c = 0; v >= 0 && c < k->nevent_classes; c++)
        if (strcmp(k->event_classes[c], k->verb_classes[v]) == 0)
            return (int)c;
    return -1;
}

/* The one event class sentence s names (nouns and verbs, a month's name left out: "March"), -1 for none or
 * several. */
static int sentence_event(const fl_check_ctx *ctx, size_t s)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t b = f->sent_tok[s + 1], used;
    int one = -1;
    for (size_t i = f->sent_tok[s]; i < b; i++) {
        if (fl_phrases_at(&k->months, ctx->doc->text, f->tok, b, i, &used) >= 0)
            continue;
        int e = event_class_at(ctx, b, i);
        if (e >= 0 && one >= 0 && e != one)
            return -1;
        one = e >= 0 ? e : one;
    }
    return one;
}

/* The days sentence s gives with a weekday and a date ("on Wednesday (September 9)", "Wednesday, September 9"),
 * of the one event class it names, appended to d. */
static void event_days(const fl_check_ctx *ctx, size_t s, event_day *d, size_t *n)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], used;
    int cls = -2;
    for (size_t i = a; i + 1 < b && *n < MAX_EVENT_DAYS; i++) {
        if (fl_phrases_at(&k->weekdays, text, f->tok, b, i, &used) < 0)
            continue;
        size_t j = i + used;
        j += f->tok[j].kind == FL_TOK_PUNCT && (text[f->tok[j].start] == '(' || text[f->tok[j].start] == ',');
        fl_date dt;
        int how = 1;
        if (j >= b ||
            !fl_parse_date_after_weekday(text + f->tok[j].start, ctx->doc->len - f->tok[j].start, ctx->rules, &dt) ||
            !dt.day || !dt.month || (!dt.year && !(dt.year = day_year(ctx, s, i, dt, &how))))
            continue;
        if (cls == -2)
            cls = sentence_event(ctx, s);
        if (cls >= 0)
            d[(*n)++] = (event_day){fl_days_from_civil(dt.year, dt.month, dt.day), cls, f->tok[i].start, f->tok[j].end};
    }
}

/* "after Tuesday's leak" in a dated document that gives the leak one day with its weekday and date elsewhere
 * ("on Wednesday (September 9) as ammonia leaked"): the possessive weekday is the last such day up to the
 * document's date, and a day that is not that one is reported. */
static void check_possessive_days(fl_check_ctx *ctx, const event_day *d, size_t n)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    const char *text = ctx->doc->text;
    if (!n || !f->date.day || f->date.source == FL_DATE_INFERRED || f->date.source == FL_DATE_NONE)
        return;
    long doc = fl_days_from_civil(f->date.year, f->date.month, f->date.day);
    int dw = fl_weekday(f->date.year, f->date.month, f->date.day);
    for (size_t i = 0; i + 2 < f->ntok; i++) {
        size_t used;
        int wd = fl_phrases_at(&k->weekdays, text, f->tok, f->ntok, i, &used);
        if (wd < 0 || used != 1 || !possessive_at(ctx, i + 1))
            continue;
        int cls = fl_phrases_at(&k->event_nouns, text, f->tok, f->ntok, i + 2, &used);
        const event_day *at = NULL;
        for (size_t j = 0; j < n && cls >= 0; j++)
            if (d[j].cls == cls && at && at->days != d[j].days)
                at = NULL, cls = -1; /* the document dates the event twice: several events, or one over days */
            else if (d[j].cls == cls)
                at = at ? at : &d[j];
        long day = doc - (dw - wd + 7) % 7;
        if (!at || at->days == day)
            continue;
        int y, m, dd, py, pm, pd;
        fl_civil_from_days(at->days, &y, &m, &dd);
        fl_civil_from_days(day, &py, &pm, &pd);
        fl_buf said = {0};
        fl_excerpt(&said, ctx->doc, f->tok[i].start, f->tok[i + 1 + used].end, 40);
        fl_diag *g = fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, f->tok[i].start, f->tok[i + 1 + used].end,
                               "\"%s\" (%d-%02d-%02d) is not the day the document gives the %s: %s, %d-%02d-%02d",
                               fl_buf_cstr(&said), py, pm, pd, k->event_classes[cls],
                               weekday_names[fl_weekday(y, m, dd)], y, m, dd);
        fl_buf_free(&said);
        fl_report_related(ctx, g, at->start, at->end, "the %s's day here", k->event_classes[cls]);
    }
}

/* "At around 4:30 a.m. local time (11.30 p.m. ET)": a clock time and its rendering in another zone in
 * parentheses must be one moment; the zones are the stated ones or, for "local time" or none, the zone all
 * the document's places are in (time.json zones), with summer time by the document's date. */
static void check_conversions(fl_check_ctx *ctx)
{
    const fl_facts *f = ctx->facts;
    const fl_date *dt = &f->date;
    int known = dt->source != FL_DATE_NONE && dt->source != FL_DATE_INFERRED && dt->day;
    int zone = -2; /* not yet looked up */
    for (size_t i = 0; i < f->ntok; i++) {
        fl_clock a, b;
        if (f->tok[i].kind != FL_TOK_NUM ||
            !fl_clock_conversion(ctx->doc->text, f->tok, f->ntok, i, ctx->rules, 0, &a, &b))
            continue;
        i = b.end;
        if (zone == -2)
            zone = fl_doc_zone(ctx->doc->text, f->tok, f->ntok, ctx->rules);
        int want = 0;
        if (fl_conversion_agrees(ctx->rules, &a, &b, zone, known ? dt->year : 0, known ? dt->month : 0,
                                 known ? dt->day : 0, &want) != 0)
            continue;
        fl_buf said = {0}, other = {0};
        size_t from; /* the time without its hedge */
        for (from = a.first; from < a.end && f->tok[from].kind != FL_TOK_NUM; from++)
            ;
        fl_excerpt(&said, ctx->doc, f->tok[from].start, f->tok[a.end - 1].end, 40);
        fl_excerpt(&other, ctx->doc, f->tok[b.first].start, f->tok[b.end - 1].end, 40);
        int local = (a.zone == FL_NO_ZONE && a.zone_rule < 0) || (b.zone == FL_NO_ZONE && b.zone_rule < 0);
        fl_report(ctx, FL_RULE_DATE_INCONSISTENCY, f->tok[from].start, f->tok[b.end].end,
                  "the time in parentheses is not the same moment: %s is %02d:%02d in the zone of %s%s%s%s",
                  fl_buf_cstr(&said), want / 60, want % 60, fl_buf_cstr(&other), local ? " (local time taken as " : "",
                  local ? fl_rules_knowledge(ctx->rules)->zones[zone].id : "",
                  local ? ", the zone of the places the document names)" : "");
        fl_buf_free(&said);
        fl_buf_free(&other);
    }
}

void fl_check_dates(fl_check_ctx *ctx)
{
    if (!ctx->facts)
        return;
    yearless_day yl[MAX_YEARLESS];
    event_day ed[MAX_EVENT_DAYS];
    size_t nyl = 0, ned = 0;
    for (size_t s = 0; s < ctx->doc->nsent; s++) {
        check_anniversaries(ctx, s);
        check_years_ago(ctx, s);
        check_weekdays(ctx, s, yl, &nyl);
        check_apposed_weekdays(ctx, s, yl, &nyl);
        event_days(ctx, s, ed, &ned);
    }
    check_yearless(ctx, yl, nyl);
    check_possessive_days(ctx, ed, ned);
    check_conversions(ctx);
}
