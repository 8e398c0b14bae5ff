/* named.c - amounts a noun phrase names (see named.h). A phrase names an amount when the amount's own words
 * hold a word of the phrase head's lemma: "budget" names the amount of "an original budget of £86 million" and
 * of "budgeted at £86 million", "limit" the one of "limited it to 75 people". The nearest such amount is the one
 * meant. Lemmas come from the lemmatiser's tables (rules/predicates.json irregular and suffixes). */
#include "check/named.h"

#include <math.h>
#include <string.h>

#include "core/rules.h"

enum {
    NAMED_WORDS = 3, /* words of a named phrase after its determiner */
    OWN_BEFORE = 5,  /* words of an amount's clause right before it that may name it */
    OWN_AFTER = 2,   /* and right after it ("the £86 million budget") */
    WORD_MAX = 40,   /* bytes of a word compared */
    LEMMAS_MAX = 8   /* lemmas kept of one word */
};

typedef char word_buf[FL_LEMMA_MAX];

/* Token i as a lower-case ASCII word in out; 0 when it is no word or too long. */
static size_t lower_tok(const fl_check_ctx *ctx, size_t i, char *out)
{
    const fl_token *t = &ctx->facts->tok[i];
    size_t n = t->end - t->start;
    if (t->kind != FL_TOK_WORD || n == 0 || n >= WORD_MAX)
        return 0;
    for (size_t j = 0; j < n; j++) {
        out[j] = (char)fl_ascii_lower((unsigned char)ctx->doc->text[t->start + j]);
    }
    out[n] = '\0';
    return n;
}

/* The word w and the lemmas the tables give it (the irregular form's, every suffix rule's) in out; their
 * number. */
static size_t lemmas(const fl_knowledge *k, const char *w, size_t len, word_buf *out)
{
    size_t n = 0;
    snprintf(out[n++], FL_LEMMA_MAX, "%s", w);
    int ir = fl_phrases_word(&k->irregular, w, len);
    if (ir >= 0)
        snprintf(out[n++], FL_LEMMA_MAX, "%s", k->lemmas[ir]);
    return n + fl_suffix_lemmas(k, w, len, out + n, LEMMAS_MAX - n);
}

/* Does token i hold a word of one of the lemmas head[0, nh)? */
static int of_lemma(const fl_check_ctx *ctx, size_t i, word_buf *head, size_t nh)
{
    word_buf w, mine[LEMMAS_MAX];
    size_t len = lower_tok(ctx, i, w);
    if (len < 3)
        return 0;
    size_t n = lemmas(fl_rules_knowledge(ctx->rules), w, len, mine);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < nh; b++)
            if (strcmp(mine[a], head[b]) == 0)
                return 1;
    return 0;
}

/* Do amount q's own words (the words of its clause right before it, its qualifier's excluded, and the two right
 * after it) hold a word of the head's lemmas? */
static int names(const fl_check_ctx *ctx, size_t qi, word_buf *head, size_t nh)
{
    const fl_facts *f = ctx->facts;
    const fl_qty *q = &f->qty[qi];
    size_t i = q->tok, clause = f->qty_clause[qi];
    while (i > clause && f->tok[i - 1].start >= q->qstart)
        i--;
    for (size_t seen = 0; i > clause && seen < OWN_BEFORE && f->tok[i - 1].kind == FL_TOK_WORD; seen++)
        if (of_lemma(ctx, --i, head, nh))
            return 1;
    for (size_t j = q->tok_end; j < f->ntok && j < q->tok_end + OWN_AFTER && f->tok[j].kind == FL_TOK_WORD; j++)
        if (of_lemma(ctx, j, head, nh))
            return 1;
    return 0;
}

/* Are x and like amounts of one measure (like NULL: x is an amount of a unit or money)? */
static int measure_of(const fl_qty *x, const fl_qty *like)
{
    if (x->kind != FL_QK_UNIT && x->kind != FL_QK_MONEY)
        return 0;
    return !like || strcmp(x->dim, like->dim) == 0;
}

/* The nearest amount before token at (in s or the FL_NAMED_BACK sentences before it) of like's measure that the
 * head word at token h names; NULL when none. */
static const fl_qty *named_by(const fl_check_ctx *ctx, size_t s, size_t at, size_t h, const fl_qty *like)
{
    const fl_facts *f = ctx->facts;
    word_buf w, head[LEMMAS_MAX];
    size_t len = lower_tok(ctx, h, w);
    if (len < 3)
        return NULL;
    size_t nh = lemmas(fl_rules_knowledge(ctx->rules), w, len, head);
    size_t first = f->sent_qty[s >= FL_NAMED_BACK ? s - FL_NAMED_BACK : 0];
    for (size_t qi = f->sent_qty[s + 1]; qi-- > first;) {
        const fl_qty *x = &f->qty[qi];
        if (x->tok >= at || !measure_of(x, like) || x == like || x->lo <= 0 || isinf(x->hi))
            continue;
        if (names(ctx, qi, head, nh))
            return x->qualifier < 0 || x->qualifier == FL_Q_APPROX ? x : NULL;
    }
    return NULL;
}

const fl_qty *fl_named_amount(const fl_check_ctx *ctx, size_t s, size_t at, const fl_qty *like, int open, size_t *end)
{
    const fl_facts *f = ctx->facts;
    const fl_knowledge *k = fl_rules_knowledge(ctx->rules);
    size_t b = f->sent_tok[s + 1], used, i;
    if (at >= b || fl_phrases_at(&k->determiners, ctx->doc->text, f->tok, b, at, &used) < 0)
        return NULL;
    size_t first = at + used;
    for (i = first; i < b && i < first + NAMED_WORDS && f->tok[i].kind == FL_TOK_WORD; i++)
        if (open) {
            const fl_qty *x = named_by(ctx, s, at, i, like);
            if (x) {
                if (end)
                    *end = i + 1;
                return x;
            }
        }
    if (open || i == first || (i < b && f->tok[i].kind == FL_TOK_NUM))
        return NULL; /* "the 75", "the budget's 12 lines" */
    if (end)
        *end = i;
    return named_by(ctx, s, at, i - 1, like);
}

size_t fl_amounts_named(const fl_check_ctx *ctx, size_t s, size_t h, const fl_qty *like, size_t back,
                        const fl_qty **out, size_t max)
{
    const fl_facts *f = ctx->facts;
    word_buf w, head[LEMMAS_MAX];
    size_t len = lower_tok(ctx, h, w), n = 0;
    if (len < 3)
        return 0;
    size_t nh = lemmas(fl_rules_knowledge(ctx->rules), w, len, head);
    size_t first = f->sent_qty[s >= back ? s - back : 0];
    for (size_t qi = f->sent_qty[s]; qi-- > first && n < max;)
        if (measure_of(&f->qty[qi], like) && names(ctx, qi, head, nh))
            out[n++] = &f->qty[qi];
    return n;
}
