/* speakers.c - speaker names and surname resolution. Names are found by their position, not from a list
 * of people: a run of capitalised words next to a speech verb, after an attribution dash, or with an
 * appositive ("Ana Silva, a bank economist"). Speech verbs, titles, name particles and byline words come
 * from the rule packs. */
#include "speakers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ruletab.h"
#include "tokens.h"

typedef struct {
    size_t tok, ntok; /* the name's tokens */
    int author; /* from a byline: an author, not a speaker */
} person;

typedef struct {
    const fl_doc *d;
    const fl_rules *r;
    const fl_knowledge *k;
    const char *s;
    const fl_token *t;
    size_t n;
} sp;

static int lexicon(const sp *c, const char *name, size_t i, int fold)
{
    return i < c->n && fl_lexicon_has(fl_rules_lexicon(c->r, name), c->s + c->t[i].start, c->t[i].end - c->t[i].start, fold);
}

static int is_dash(const sp *c, size_t i)
{
    if (i >= c->n || c->t[i].kind != FL_TOK_PUNCT)
        return 0;
    const char *x = c->s + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    return (len == 3 && (memcmp(x, "\xE2\x80\x93", 3) == 0 || memcmp(x, "\xE2\x80\x94", 3) == 0)) ||
           (len == 1 && x[0] == '-');
}

static int punct(const sp *c, size_t i, char ch)
{
    return i < c->n && c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 && c->s[c->t[i].start] == ch;
}

/* A capitalised word that may be part of a personal name: not an entity alias, a month, a title. */
static int name_token(const sp *c, size_t i)
{
    if (i >= c->n || c->t[i].kind != FL_TOK_WORD)
        return 0;
    const char *x = c->s + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    if (!(x[0] >= 'A' && x[0] <= 'Z'))
        return 0;
    int lower = 0;
    for (size_t k = 1; k < len; k++)
        lower |= x[k] >= 'a' && x[k] <= 'z';
    if (!lower || lexicon(c, "titles", i, 0) || lexicon(c, "function-words", i, 1))
        return 0;
    size_t used;
    if (fl_phrases_at(&c->k->aliases, c->s, c->t, c->n, i, &used) >= 0 ||
        fl_phrases_at(&c->k->months, c->s, c->t, c->n, i, &used) >= 0 ||
        fl_phrases_at(&c->k->weekdays, c->s, c->t, c->n, i, &used) >= 0)
        return 0;
    return 1;
}

/* The name run starting at i: capitalised words and lower-case particles between them. */
static size_t name_run(const sp *c, size_t i)
{
    size_t j = i;
    while (j < c->n && (name_token(c, j) || (j > i && lexicon(c, "name-particles", j, 0) && name_token(c, j + 1))))
        j++;
    return j - i;
}

static int speech_verb(const sp *c, size_t i)
{
    /* "reportedly said": one adverb may stand before the verb */
    if (i < c->n && c->t[i].kind == FL_TOK_WORD && c->t[i].end - c->t[i].start > 2 &&
        memcmp(c->s + c->t[i].end - 2, "ly", 2) == 0 && lexicon(c, "speech-verbs", i + 1, 1))
        return 1;
    return lexicon(c, "speech-verbs", i, 1);
}

/* Is the run [i, i + len) in an attribution context? */
static int speaker_context(const sp *c, size_t i, size_t len)
{
    size_t e = i + len;
    if (speech_verb(c, e) || (i > 0 && speech_verb(c, i - 1)))
        return 1;
    if (i > 0 && is_dash(c, i - 1))
        return 1; /* "– Ana Silva, Director ..." */
    /* an appositive: "Ana Silva, a bank economist", "Rui Costa, another analyst" */
    if (punct(c, e, ',') && e + 1 < c->n && c->t[e + 1].kind == FL_TOK_WORD &&
        c->s[c->t[e + 1].start] >= 'a' && c->s[c->t[e + 1].start] <= 'z')
        return 1;
    /* "the bank's chief economist, Ana Silva, ..." */
    if (i > 0 && punct(c, i - 1, ',') && punct(c, e, ','))
        return 1;
    return 0;
}

static int same_word(const sp *c, size_t a, size_t b)
{
    size_t la = c->t[a].end - c->t[a].start, lb = c->t[b].end - c->t[b].start;
    return la == lb && memcmp(c->s + c->t[a].start, c->s + c->t[b].start, la) == 0;
}

static int same_name(const sp *c, const person *a, const person *b)
{
    if (a->ntok != b->ntok)
        return 0;
    for (size_t k = 0; k < a->ntok; k++)
        if (!same_word(c, a->tok + k, b->tok + k))
            return 0;
    return 1;
}

/* Paragraphs that are bylines: their names are authors. */
static int byline_paragraph(const sp *c, const fl_para *p)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "byline-words");
    for (size_t i = 0; i < fl_lexicon_size(lex); i++) {
        const char *w = fl_lexicon_item(lex, i);
        size_t wl = strlen(w);
        for (size_t o = p->start; o + wl <= p->end; o++)
            if (memcmp(c->s + o, w, wl) == 0 && (o == p->start || !fl_is_ascii_alpha((unsigned char)c->s[o - 1])) &&
                (o + wl == p->end || !fl_is_ascii_alpha((unsigned char)c->s[o + wl])))
                return 1;
    }
    return 0;
}

void fl_check_attribution(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    sp c = {d, ctx->rules, fl_rules_knowledge(ctx->rules), d->text, NULL, 0};
    fl_token *toks;
    c.n = fl_tokenize(d, d->start, d->len, &toks);
    c.t = toks;
    person *people = NULL;
    size_t np = 0, cap = 0;
    /* full names (two or more words) in attribution contexts, and the names of bylines */
    size_t pi = 0, author_pi = SIZE_MAX;
    int author = 0;
    for (size_t i = 0; i < c.n; i++) {
        while (pi < d->npara && d->paras[pi].end <= c.t[i].start)
            pi++;
        if (pi != author_pi) { /* once per paragraph: a scan per token made one long paragraph quadratic */
            author_pi = pi;
            author = pi < d->npara && byline_paragraph(&c, &d->paras[pi]);
        }
        size_t len = name_run(&c, i);
        if (len < 2 || len > 5) {
            i += len ? len - 1 : 0;
            continue;
        }
        if (author || speaker_context(&c, i, len)) {
            FL_GROW(people, cap, np + 1);
            people[np++] = (person){i, len, author};
        }
        i += len - 1;
    }
    /* surname references: one name word next to a speech verb or after an attribution dash */
    for (size_t i = 0; i < c.n; i++) {
        if (!name_token(&c, i) || name_run(&c, i) != 1 || (i > 0 && name_token(&c, i - 1)))
            continue;
        if (!(speech_verb(&c, i + 1) || (i > 0 && speech_verb(&c, i - 1) && !punct(&c, i + 1, ',')) ||
              (i > 0 && is_dash(&c, i - 1))))
            continue;
        /* speakers (not authors) whose first or last word is this one, each name once */
        size_t found[8], nf = 0;
        for (size_t k = 0; k < np && nf < 8; k++) {
            const person *p = &people[k];
            if (p->author || !(same_word(&c, p->tok, i) || same_word(&c, p->tok + p->ntok - 1, i)))
                continue;
            int dup = 0;
            for (size_t x = 0; x < nf && !dup; x++)
                dup = same_name(&c, &people[found[x]], p);
            if (!dup)
                found[nf++] = k;
        }
        if (nf < 2)
            continue;
        fl_buf names = {0};
        for (size_t x = 0; x < nf; x++) {
            const person *p = &people[found[x]];
            fl_buf_puts(&names, x == 0 ? "" : x + 1 == nf ? " or " : ", ");
            fl_buf_put(&names, c.s + c.t[p->tok].start, c.t[p->tok + p->ntok - 1].end - c.t[p->tok].start);
        }
        fl_buf word = {0};
        fl_buf_put(&word, c.s + c.t[i].start, c.t[i].end - c.t[i].start);
        fl_diag *dg = fl_report(ctx, FL_RULE_AMBIGUOUS_ATTRIBUTION, c.t[i].start, c.t[i].end,
                                "\"%s\" could be %s", fl_buf_cstr(&word), fl_buf_cstr(&names));
        for (size_t x = 0; x < nf; x++) {
            const person *p = &people[found[x]];
            size_t a = c.t[p->tok].start, b = c.t[p->tok + p->ntok - 1].end;
            fl_buf nm = {0};
            fl_buf_put(&nm, c.s + a, b - a);
            fl_report_related(ctx, dg, a, b, "%s is named here", fl_buf_cstr(&nm));
            fl_buf_free(&nm);
        }
        fl_buf_free(&word);
        fl_buf_free(&names);
    }
    free(people);
    free(toks);
}
