/* chunk.c - the chunker over tags: base noun phrases, verb groups, prepositional phrases, appositions,
 * clauses and quantities of one sentence, and the queries the claim extractors ask of them. Words that tags
 * do not settle come from rules/syntax/lexicon.json (fl_syntax_lex). */
#include "syntax/syntax_int.h"

#include <stdlib.h>
#include <string.h>

enum {
    F_APPOS_COMMA = 1, /* a comma that opens or closes an apposition: no clause boundary */
    F_IN_APPOS = 2,    /* inside an apposition (after its anchor) */
};

static int is_noun(int t)
{
    return t == FL_TAG_NOUN || t == FL_TAG_PROPN;
}

static int is_verb(int t)
{
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_VBN || t == FL_TAG_VBG || t == FL_TAG_VB;
}

static int is_finite(int t)
{
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_MD;
}

/* ---- the parse's one allocation ---- */

static size_t align8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

static fl_parse *parse_new(const fl_str *words, size_t n)
{
    size_t m = n ? n : 1;
    size_t sz = align8(sizeof(fl_parse)) + align8(m) /* tags */ + 3 * align8(m * sizeof(int32_t)) +
                align8(m * sizeof(fl_np)) + align8(m * sizeof(fl_vgroup)) + align8(m * sizeof(fl_pp)) +
                align8((m + 1) * sizeof(fl_clause)) + align8(m * sizeof(fl_quantity)) + align8(m * sizeof(uint16_t)) +
                align8(m);
    char *b = fl_xcalloc(1, sz);
    fl_parse *p = (fl_parse *)b;
    b += align8(sizeof(fl_parse));
#define TAKE(field, count)                                                                                             \
    do {                                                                                                               \
        p->field = (void *)b;                                                                                          \
        b += align8((count) * sizeof(*p->field));                                                                      \
    } while (0)
    TAKE(tags, m);
    TAKE(np_of, m);
    TAKE(vg_of, m);
    TAKE(clause_of, m);
    TAKE(nps, m);
    TAKE(vgs, m);
    TAKE(pps, m);
    TAKE(clauses, m + 1);
    TAKE(quants, m);
    TAKE(lex, m);
    TAKE(flags, m);
#undef TAKE
    p->n = n;
    p->words = words;
    for (size_t i = 0; i < n; i++)
        p->np_of[i] = p->vg_of[i] = p->clause_of[i] = -1;
    return p;
}

void fl_parse_free(fl_parse *p)
{
    free(p);
}

/* ---- lexicon ---- */

/* Do words i and j = i + 1 touch, no space between them? */
static int touching(const fl_parse *p, size_t i, size_t j)
{
    return p->words[i].ptr + p->words[i].len == p->words[j].ptr;
}

static void lex_words(const fl_syntax *sx, fl_parse *p)
{
    for (size_t i = 0; i < p->n; i++) {
        fl_str w = p->words[i];
        int bits = fl_syntax_lex(sx, w);
        for (size_t k = 0; k < sx->nneg_suffix; k++) {
            size_t sl = strlen(sx->neg_suffix[k]);
            if (w.len > sl && fl_ascii_ieq(w.ptr + w.len - sl, sx->neg_suffix[k], sl))
                bits |= FL_LEX_NEG;
        }
        p->lex[i] = (uint16_t)bits;
    }
    /* hyphens with a space on each side of their run are a dash ("TROMSA, Norway - At least 40 people fell ill",
     * "--" cut into two) */
    for (size_t a = 1, b; a + 1 < p->n; a = b + 1) {
        b = a;
        if (!(p->lex[a] & FL_LEX_SPACED_BREAK))
            continue;
        while (b + 1 < p->n && (p->lex[b + 1] & FL_LEX_SPACED_BREAK) && touching(p, b, b + 1))
            b++;
        if (b + 1 < p->n && !touching(p, a - 1, a) && !touching(p, b, b + 1))
            p->lex[a] |= FL_LEX_BREAK;
    }
}

/* ---- noun phrases ---- */

static int np_can_start(const fl_parse *p, size_t i)
{
    int t = p->tags[i];
    if (t == FL_TAG_DET || t == FL_TAG_ADJ || t == FL_TAG_NUM || t == FL_TAG_SYM || is_noun(t) || t == FL_TAG_PRON)
        return 1;
    /* "nearly 5 million", "very large ships" */
    return t == FL_TAG_ADV && i + 1 < p->n &&
           (p->tags[i + 1] == FL_TAG_ADJ || p->tags[i + 1] == FL_TAG_NUM || p->tags[i + 1] == FL_TAG_SYM);
}

/* Can token i, inside an NP that starts at s and has no noun yet, premodify its head? */
static int premodifier(const fl_parse *p, size_t i, size_t s)
{
    int t = p->tags[i];
    int next = i + 1 < p->n ? p->tags[i + 1] : -1;
    if (t == FL_TAG_ADJ && i > s && p->tags[i - 1] == FL_TAG_NUM && (p->lex[i] & FL_LEX_TIME_ADJ))
        return 0; /* "rose to 45,000 last year": the time is an NP of its own */
    if (t == FL_TAG_ADJ || t == FL_TAG_NUM || t == FL_TAG_SYM)
        return 1;
    if (t == FL_TAG_ADV) /* "nearly 5", "very large" */
        return next == FL_TAG_ADJ || next == FL_TAG_NUM || next == FL_TAG_SYM;
    if (t == FL_TAG_VBG || t == FL_TAG_VBN) /* "the seized ship", "a rising share" */
        return i > s && (is_noun(next) || next == FL_TAG_ADJ);
    return 0;
}

static int add_np(fl_parse *p, size_t s, size_t e, int det, int possessor)
{
    fl_np *np = &p->nps[p->nnp];
    np->start = (uint32_t)s;
    np->end = (uint32_t)e;
    np->head = (uint32_t)(e - 1);
    if (p->tags[e - 1] == FL_TAG_POS && e - 1 > s)
        np->head = (uint32_t)(e - 2);
    np->det = det;
    np->possessor = possessor;
    np->appos = np->appos_of = np->pp = np->clause = -1;
    for (size_t k = s; k < e; k++)
        p->np_of[k] = (int32_t)p->nnp;
    return (int)p->nnp++;
}

/* DET* (ADV | ADJ | NUM | SYM | participle)* (NOUN | PROPN)*, a pronoun alone, or a possessor ending in POS
 * ("Brazil ’s") followed by the NP it possesses. */
static void chunk_nps(fl_parse *p)
{
    size_t n = p->n, i = 0;
    int possessor = -1;
    while (i < n) {
        if (!np_can_start(p, i)) {
            possessor = -1;
            i++;
            continue;
        }
        size_t s = i;
        int det = -1;
        if (p->tags[i] == FL_TAG_PRON) {
            i++;
        } else {
            while (i < n && p->tags[i] == FL_TAG_DET) {
                if (det < 0)
                    det = (int)i;
                i++;
            }
            int noun = 0, figure = 0;
            while (i < n) {
                if (noun && figure && (p->lex[i] & FL_LEX_DAY))
                    break; /* "436m yesterday": the day is an NP of its own */
                if (p->tags[i] == FL_TAG_NUM)
                    figure = 1;
                if (is_noun(p->tags[i]))
                    noun = 1;
                else if (noun || !premodifier(p, i, s))
                    break; /* after a noun only nouns: "China last year" is two NPs */
                i++;
            }
        }
        if (i == s) { /* a determiner alone would have advanced; defensive */
            i++;
            continue;
        }
        if (i < n && p->tags[i] == FL_TAG_POS) {
            possessor = add_np(p, s, i + 1, det, possessor);
            i++;
            continue;
        }
        add_np(p, s, i, det, possessor);
        possessor = -1;
    }
}

/* ---- verb groups ---- */

static int vg_continues(const fl_parse *p, size_t j)
{
    int t = p->tags[j];
    if (is_verb(t) || t == FL_TAG_MD || t == FL_TAG_NEG)
        return 1;
    /* an adverb between verbs: "has also said", "did not" */
    if (t == FL_TAG_ADV && j + 1 < p->n && p->np_of[j + 1] < 0) {
        int u = p->tags[j + 1];
        return is_verb(u) || u == FL_TAG_NEG || u == FL_TAG_ADV;
    }
    return 0;
}

/* How many tokens a reduced relative's prepositional phrases may take before the finite verb (see reduced_relative). */
enum { RELATIVE_SPAN = 16 };

/* Is the lone participle that ends at token i, after a subject, a reduced relative: prepositional phrases only after
 * it (a preposition and the noun phrase right after it, each; adverbs), then a finite verb ("Three climbers taken |
 * to hospital after the avalanche | were released", "Police called to the scene found ...")? Its subject is then the
 * finite verb's, and the participle tells what was done to it, a passive; a noun phrase after a phrase ("said on
 * Monday the plan was") is a clause of its own, no such verb. */
static int reduced_relative(const fl_parse *p, size_t i)
{
    size_t j = i, stop = i + RELATIVE_SPAN < p->n ? i + RELATIVE_SPAN : p->n;
    if (j >= p->n || !(p->tags[j] == FL_TAG_ADP || p->tags[j] == FL_TAG_TO))
        return 0;
    while (j < stop) {
        int t = p->tags[j];
        if (t == FL_TAG_ADV) {
            j++;
            continue;
        }
        if (t != FL_TAG_ADP && t != FL_TAG_TO)
            return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_MD;
        int k = j + 1 < p->n ? p->np_of[j + 1] : -1;
        if (k < 0 || p->nps[k].start != j + 1)
            return 0;
        j = p->nps[k].end;
    }
    return 0;
}

/* Is the word at token i a past form that is also a participle, a regular one ("admitted", "rescued")? */
static int regular_past(const fl_parse *p, size_t i)
{
    fl_str w = p->words[i];
    return w.len > 3 && fl_ascii_ieq(w.ptr + w.len - 2, "ed", 2);
}

static void chunk_vgs(const fl_syntax *sx, fl_parse *p)
{
    (void)sx;
    size_t n = p->n, i = 0;
    while (i < n) {
        int t = p->tags[i];
        int opens = p->np_of[i] < 0 && (is_verb(t) || t == FL_TAG_MD ||
                                        ((t == FL_TAG_NEG || t == FL_TAG_TO) && i + 1 < n && p->np_of[i + 1] < 0 &&
                                         (is_verb(p->tags[i + 1]) || p->tags[i + 1] == FL_TAG_ADV)));
        if (!opens) {
            i++;
            continue;
        }
        size_t s = i++;
        while (i < n && p->np_of[i] < 0 && vg_continues(p, i))
            i++;
        while (i > s + 1 && p->tags[i - 1] == FL_TAG_ADV) /* a trailing adverb is not part of it */
            i--;
        /* a particle right after: "turned away" */
        if (i < n && p->tags[i] == FL_TAG_PART)
            i++;
        fl_vgroup *g = &p->vgs[p->nvg];
        memset(g, 0, sizeof *g);
        g->start = (uint32_t)s;
        g->end = (uint32_t)i;
        g->modal = -1;
        g->clause = -1;
        int head = -1;
        for (size_t k = s; k < i; k++) {
            int u = p->tags[k];
            if (is_verb(u))
                head = (int)k;
            if (u == FL_TAG_MD && g->modal < 0)
                g->modal = (int)k;
            if (u == FL_TAG_NEG || (p->lex[k] & FL_LEX_NEG))
                g->neg = 1;
            if (is_finite(u))
                g->finite = 1;
            if (g->tense == FL_TENSE_NONE) {
                if (u == FL_TAG_VBD)
                    g->tense = FL_TENSE_PAST;
                else if (u == FL_TAG_VBP)
                    g->tense = FL_TENSE_PRESENT;
                else if (u == FL_TAG_MD && (p->lex[k] & FL_LEX_FUTURE))
                    g->tense = FL_TENSE_FUTURE;
            }
        }
        g->head = (uint32_t)(head >= 0 ? head : g->modal >= 0 ? g->modal : (int)s);
        if (head >= 0 && p->tags[head] == FL_TAG_VBN)
            for (size_t k = s; k < (size_t)head; k++)
                if (p->lex[k] & FL_LEX_BE)
                    g->passive = 1;
        /* a lone participle, or a regular past form, right after a subject that opens the sentence, with only
         * prepositional phrases between it and a finite verb, is a reduced relative ("Three climbers taken to
         * hospital were released", "The three walkers admitted to the hospital were stable"): no finite verb of
         * its own, a passive */
        if (head == (int)s && i == s + 1 && s > 0 && p->np_of[s - 1] >= 0 &&
            (p->tags[s] == FL_TAG_VBN || (p->tags[s] == FL_TAG_VBD && regular_past(p, s))) &&
            p->nps[p->np_of[s - 1]].start == 0 && reduced_relative(p, i)) {
            p->tags[s] = FL_TAG_VBN;
            g->finite = 0;
            g->tense = FL_TENSE_NONE;
            g->passive = g->reduced = 1;
        }
        /* a lone participle is a past ("The EU imposed tariffs") after a subject that opens the sentence or
         * a clause, or before an object; not a reduced relative ("the ship seized by Iran") */
        else if (!g->finite && head == (int)s && p->tags[s] == FL_TAG_VBN && s > 0 && p->np_of[s - 1] >= 0) {
            size_t before = p->nps[p->np_of[s - 1]].start;
            while (before > 0 && p->np_of[before - 1] >= 0 && p->tags[before - 1] == FL_TAG_POS)
                before = p->nps[p->np_of[before - 1]].start;
            int starts = before == 0 || p->tags[before - 1] == FL_TAG_SCONJ || p->tags[before - 1] == FL_TAG_WH ||
                         p->tags[before - 1] == FL_TAG_CONJ || (p->lex[before - 1] & (FL_LEX_COMMA | FL_LEX_QUOTE));
            int object = i < n && p->np_of[i] >= 0 && p->nps[p->np_of[i]].start == i;
            if (starts || object) {
                g->finite = 1;
                g->tense = FL_TENSE_PAST;
            }
        }
        /* a base form right after a subject is a present ("they say"), not an imperative */
        if (!g->finite && p->tags[s] == FL_TAG_VB && s > 0 && p->np_of[s - 1] >= 0) {
            g->finite = 1;
            g->tense = FL_TENSE_PRESENT;
        }
        for (size_t k = s; k < i; k++)
            p->vg_of[k] = (int32_t)p->nvg;
        p->nvg++;
    }
}

/* ---- prepositional phrases ---- */

static void chunk_pps(fl_parse *p)
{
    for (size_t i = 0; i + 1 < p->n; i++) {
        int t = p->tags[i];
        int obj = p->np_of[i + 1];
        if (!(t == FL_TAG_ADP || (t == FL_TAG_TO && obj >= 0)))
            continue;
        fl_pp *pp = &p->pps[p->npp];
        pp->prep = (uint32_t)i;
        pp->np = obj >= 0 && p->nps[obj].start == i + 1 ? obj : -1;
        /* the object of "of Brazil ’s exports" is the possessed NP */
        if (pp->np >= 0 && p->tags[p->nps[pp->np].end - 1] == FL_TAG_POS && p->nps[pp->np].end < p->n &&
            p->np_of[p->nps[pp->np].end] >= 0)
            pp->np = p->np_of[p->nps[pp->np].end];
        pp->host_np = pp->host_vg = -1;
        if (pp->np >= 0)
            p->nps[pp->np].pp = (int32_t)p->npp;
        p->npp++;
    }
}

/* ---- appositions ---- */

/* The end of NP k followed by the NPs it possesses, if any. */
static size_t np_span_end(const fl_parse *p, int k)
{
    size_t e = p->nps[k].end;
    while (e < p->n && p->tags[e - 1] == FL_TAG_POS && p->np_of[e] >= 0)
        e = p->nps[p->np_of[e]].end;
    return e;
}

/* Does a finite verb group start at j (after adverbs)? */
static int finite_at(const fl_parse *p, size_t j)
{
    while (j < p->n && p->tags[j] == FL_TAG_ADV && p->vg_of[j] < 0)
        j++;
    return j < p->n && p->vg_of[j] >= 0 && p->vgs[p->vg_of[j]].start == j && p->vgs[p->vg_of[j]].finite;
}

/* The end of NP k with the PPs after it ("a surgeon at the hospital"). */
static size_t np_with_pps(const fl_parse *p, int k)
{
    size_t e = np_span_end(p, k);
    while (e + 1 < p->n && (p->tags[e] == FL_TAG_ADP) && p->np_of[e + 1] >= 0 && p->nps[p->np_of[e + 1]].start == e + 1)
        e = p->nps[p->np_of[e + 1]].end;
    return e;
}

/* NP a , NP b [PP]* followed by a comma (not a list's "and") or the end: b is in apposition to a when b
 * opens with a determiner or is a common noun, or names the person a describes ("the spokesman, Ana Ruiz"). */
static void find_appositions(fl_parse *p)
{
    for (size_t k = 0; k < p->nnp; k++) {
        fl_np *a = &p->nps[k];
        size_t c = a->end;
        if (p->tags[a->head] == FL_TAG_PRON || c + 1 >= p->n || !(p->lex[c] & FL_LEX_COMMA))
            continue;
        int bi = p->np_of[c + 1];
        if (bi < 0 || p->nps[bi].start != c + 1 || p->nps[bi].possessor >= 0 || p->tags[c + 1] == FL_TAG_POS)
            continue;
        /* "the ministry ’s chief economist": the possessed NP stands in apposition */
        size_t be = np_span_end(p, bi);
        if (be > p->nps[bi].end)
            bi = p->np_of[be - 1];
        const fl_np *b = &p->nps[bi];
        int ta = p->tags[a->head], tb = p->tags[b->head];
        if (tb == FL_TAG_PRON || ta == FL_TAG_NUM)
            continue;
        size_t e = np_with_pps(p, bi);
        /* any NP between commas right before the verb interrupts: "The deal, worth $4.5 billion, was" */
        int interrupts = e + 1 < p->n && (p->lex[e] & FL_LEX_COMMA) && finite_at(p, e + 1);
        if (!interrupts &&
            (!(p->tags[c + 1] == FL_TAG_DET || tb == FL_TAG_NOUN || (ta == FL_TAG_NOUN && tb == FL_TAG_PROPN)) ||
             tb == FL_TAG_NUM))
            continue;
        int closes = e == p->n || (p->lex[e] & FL_LEX_COMMA);
        if (!closes && p->tags[e] == FL_TAG_PUNCT && !(p->lex[e] & (FL_LEX_QUOTE | FL_LEX_BREAK)))
            closes = e + 1 == p->n || p->tags[e + 1] == FL_TAG_PUNCT; /* the sentence's end */
        if (!closes)
            continue;
        if (e < p->n && (p->lex[e] & FL_LEX_COMMA) &&
            (e + 1 >= p->n || p->tags[e + 1] == FL_TAG_CONJ || p->tags[e + 1] == FL_TAG_PUNCT))
            continue; /* "soybeans, corn, and wheat" */
        a->appos = bi;
        p->nps[bi].appos_of = (int32_t)k;
        p->flags[c] |= F_APPOS_COMMA;
        for (size_t q = c + 1; q < e; q++)
            p->flags[q] |= F_IN_APPOS;
        if (e < p->n && (p->lex[e] & FL_LEX_COMMA))
            p->flags[e] |= F_APPOS_COMMA;
    }
}

/* ---- clauses ---- */

/* Does an NP start at i whose end is followed by a finite verb group: a new subject and its verb? */
static int subject_verb_at(const fl_parse *p, size_t i)
{
    int k = i < p->n ? p->np_of[i] : -1;
    return k >= 0 && p->nps[k].start == i && finite_at(p, np_span_end(p, k));
}

/* Is there a finite verb group in (i, next boundary)? Looks at most LOOKAHEAD tokens ahead, so that a
 * sentence of many subordinators costs linear time. */
enum { LOOKAHEAD = 48 };
static int finite_ahead(const fl_parse *p, size_t i)
{
    size_t lim = p->n - i > LOOKAHEAD ? i + LOOKAHEAD : p->n;
    for (size_t j = i + 1; j < lim; j++) {
        if ((p->lex[j] & (FL_LEX_COMMA | FL_LEX_BREAK | FL_LEX_QUOTE)) || p->tags[j] == FL_TAG_SCONJ ||
            p->tags[j] == FL_TAG_WH)
            return 0;
        if (p->vg_of[j] >= 0 && p->vgs[p->vg_of[j]].finite)
            return 1;
    }
    return 0;
}

enum { HAS_VERB = 1, HAS_FINITE = 2 };

typedef struct {
    int32_t *stack;
    size_t depth;
    uint8_t *has_verb; /* per clause: HAS_VERB, HAS_FINITE */
    size_t quotes;     /* quote clauses on the stack */
} clause_scan;

static int push_clause(fl_parse *p, clause_scan *cs, int kind, int opener)
{
    int parent = cs->depth ? cs->stack[cs->depth - 1] : -1;
    fl_clause *c = &p->clauses[p->nclause];
    c->start = c->end = 0;
    c->parent = parent;
    c->opener = opener;
    c->kind = (uint8_t)kind;
    c->verb = c->subject = -1;
    cs->stack[cs->depth++] = (int32_t)p->nclause;
    cs->quotes += kind == FL_CLAUSE_QUOTE;
    return (int)p->nclause++;
}

static int top_kind(const fl_parse *p, const clause_scan *cs)
{
    return p->clauses[cs->stack[cs->depth - 1]].kind;
}

static void pop(const fl_parse *p, clause_scan *cs)
{
    cs->quotes -= top_kind(p, cs) == FL_CLAUSE_QUOTE;
    cs->depth--;
}

/* Pops the clauses above the nearest quote (or the main clause). */
static void pop_to_base(const fl_parse *p, clause_scan *cs)
{
    while (cs->depth > 1 && top_kind(p, cs) != FL_CLAUSE_QUOTE)
        pop(p, cs);
}

/* Is the conjunction at token i inside a subject list that opens the sentence: only noun phrases and commas before
 * it and no verb yet ("Some 347 players, parents and staff were evacuated", "Police and firefighters were called"),
 * so that what follows it is the list's last member, not a clause of its own? */
static int subject_list(const fl_parse *p, const clause_scan *cs, size_t i)
{
    if (cs->depth != 1 || cs->has_verb[cs->stack[0]] || i == 0 || p->np_of[i - 1] < 0)
        return 0;
    for (size_t k = 0; k < i; k++)
        if (p->np_of[k] < 0 && !((p->lex[k] & FL_LEX_COMMA) && !(p->flags[k] & F_APPOS_COMMA)))
            return 0;
    return 1;
}

static void split_clauses(fl_parse *p, clause_scan *cs)
{
    push_clause(p, cs, FL_CLAUSE_MAIN, -1);
    for (size_t i = 0; i < p->n; i++) {
        int t = p->tags[i];
        int lx = p->lex[i];
        int top = cs->stack[cs->depth - 1];
        if (lx & FL_LEX_QUOTE) {
            if (cs->quotes) {
                /* closing: the quote mark ends the quote and whatever opened inside it */
                p->clause_of[i] = top;
                pop_to_base(p, cs);
                pop(p, cs);
                continue;
            }
            pop_to_base(p, cs);
            push_clause(p, cs, FL_CLAUSE_QUOTE, (int)i);
        } else if (lx & FL_LEX_BREAK) {
            p->clause_of[i] = top;
            pop_to_base(p, cs);
            push_clause(p, cs, FL_CLAUSE_BREAK, (int)i);
            continue;
        } else if ((lx & FL_LEX_COMMA) && !(p->flags[i] & F_APPOS_COMMA)) {
            int k = top_kind(p, cs);
            p->clause_of[i] = top;
            if ((k == FL_CLAUSE_SUB || k == FL_CLAUSE_REL || k == FL_CLAUSE_NONFINITE || k == FL_CLAUSE_COORD) &&
                (cs->has_verb[top] || k == FL_CLAUSE_NONFINITE))
                pop(p, cs);
            /* ", citing weak demand" after the clause's verb (before it, a participle after an interrupting
             * phrase is the verb the tagger missed: "The President, in a message, tied ...") */
            top = cs->stack[cs->depth - 1];
            if (cs->has_verb[top] && i + 1 < p->n && (p->tags[i + 1] == FL_TAG_VBG || p->tags[i + 1] == FL_TAG_VBN) &&
                p->vg_of[i + 1] >= 0 && !p->vgs[p->vg_of[i + 1]].finite)
                push_clause(p, cs, FL_CLAUSE_NONFINITE, (int)i + 1);
            continue;
        } else if ((t == FL_TAG_SCONJ && finite_ahead(p, i)) ||
                   (t == FL_TAG_ADP && (lx & FL_LEX_CLAUSE_PREP) && subject_verb_at(p, i + 1))) {
            push_clause(p, cs, FL_CLAUSE_SUB, (int)i);
        } else if (t == FL_TAG_WH && p->np_of[i] < 0) {
            push_clause(p, cs, FL_CLAUSE_REL, (int)i);
        } else if (t == FL_TAG_CONJ && (subject_verb_at(p, i + 1) || finite_at(p, i + 1)) && !subject_list(p, cs, i)) {
            push_clause(p, cs, FL_CLAUSE_COORD, (int)i);
        } else if ((cs->has_verb[top] & HAS_FINITE) && p->np_of[i] >= 0 && p->nps[p->np_of[i]].start == i && i > 0 &&
                   p->tags[i - 1] != FL_TAG_ADP && p->tags[i - 1] != FL_TAG_TO && !(p->flags[i] & F_IN_APPOS) &&
                   subject_verb_at(p, i)) {
            /* "the ministry said exports rose": a second subject and verb open a complement clause */
            push_clause(p, cs, FL_CLAUSE_SUB, -1);
        }
        top = cs->stack[cs->depth - 1];
        p->clause_of[i] = top;
        if (p->vg_of[i] >= 0)
            cs->has_verb[top] |= (uint8_t)(HAS_VERB | (p->vgs[p->vg_of[i]].finite ? HAS_FINITE : 0));
    }
    /* extents */
    for (size_t c = 0; c < p->nclause; c++)
        p->clauses[c].start = UINT32_MAX;
    for (size_t i = 0; i < p->n; i++) {
        fl_clause *c = &p->clauses[p->clause_of[i]];
        if (c->start == UINT32_MAX)
            c->start = (uint32_t)i;
        c->end = (uint32_t)i + 1;
    }
    for (size_t c = 0; c < p->nclause; c++)
        if (p->clauses[c].start == UINT32_MAX)
            p->clauses[c].start = p->clauses[c].end = 0;
    for (size_t k = 0; k < p->nnp; k++)
        p->nps[k].clause = p->clause_of[p->nps[k].head];
    for (size_t k = 0; k < p->nvg; k++)
        p->vgs[k].clause = p->clause_of[p->vgs[k].head];
}

/* A preposition that opened a clause ("after the carmaker missed") heads no PP: its NP is the subject. */
static void drop_opening_pps(fl_parse *p)
{
    size_t k = 0;
    for (size_t j = 0; j < p->npp; j++) {
        const fl_pp *pp = &p->pps[j];
        if (p->clauses[p->clause_of[pp->prep]].opener == (int32_t)pp->prep)
            continue;
        p->pps[k++] = *pp;
    }
    p->npp = k;
    for (size_t j = 0; j < p->nnp; j++)
        p->nps[j].pp = -1;
    for (size_t j = 0; j < p->npp; j++)
        if (p->pps[j].np >= 0)
            p->nps[p->pps[j].np].pp = (int32_t)j;
}

/* ---- attachment, quantities, verbs and subjects ---- */

/* last_vg: scratch of one int per clause. */
static void attach_pps(fl_parse *p, int32_t *last_vg)
{
    for (size_t c = 0; c < p->nclause; c++)
        last_vg[c] = -1;
    size_t k = 0;
    for (size_t i = 0; i < p->n && k < p->npp; i++) {
        int c = p->clause_of[i];
        if (p->pps[k].prep == i) {
            fl_pp *pp = &p->pps[k++];
            if (i > 0 && p->np_of[i - 1] >= 0 && p->nps[p->np_of[i - 1]].clause == c)
                pp->host_np = p->np_of[i - 1];
            pp->host_vg = last_vg[c];
            int of = p->lex[i] & FL_LEX_NOUN_PREP;
            pp->attach = (uint8_t)(pp->host_np >= 0 && (of || pp->host_vg < 0) ? FL_ATTACH_NP
                                   : pp->host_vg >= 0                          ? FL_ATTACH_VERB
                                                                               : FL_ATTACH_NP);
        }
        if (p->vg_of[i] >= 0 && p->vgs[p->vg_of[i]].clause == c)
            last_vg[c] = p->vg_of[i];
    }
}

static void find_quantities(fl_parse *p)
{
    for (size_t k = 0; k < p->nnp; k++) {
        const fl_np *np = &p->nps[k];
        size_t i = np->start;
        while (i < np->end) {
            if (p->tags[i] != FL_TAG_NUM) {
                i++;
                continue;
            }
            size_t s = i;
            while (i < np->end && p->tags[i] == FL_TAG_NUM)
                i++;
            fl_quantity *q = &p->quants[p->nquant++];
            q->start = (uint32_t)s;
            q->end = (uint32_t)i;
            q->np = (int32_t)k;
            q->unit = -1;
            q->of_np = -1;
            if (np->head >= i && p->tags[np->head] != FL_TAG_NUM)
                q->unit = (int32_t)np->head;
            else if (s > np->start && p->tags[s - 1] == FL_TAG_SYM)
                q->unit = (int32_t)(s - 1);
            size_t e = np->end;
            int obj = e + 1 < p->n && (p->lex[e] & FL_LEX_NOUN_PREP) ? p->np_of[e + 1] : -1;
            if (obj >= 0 && p->nps[obj].pp >= 0 && p->pps[p->nps[obj].pp].prep == e)
                q->of_np = p->pps[p->nps[obj].pp].np;
        }
    }
}

/* Can NP k be a subject: not a PP's object, not in apposition, not a possessor, not inside an apposition,
 * not the object of a participle or infinitive ("The number of migrants crossing the Channel rose"), not a day
 * alone right after another NP ("Some 300 workers yesterday staged": when, not who)? */
static int candidate(const fl_parse *p, size_t k)
{
    const fl_np *np = &p->nps[k];
    int prev_vg = np->start > 0 ? p->vg_of[np->start - 1] : -1;
    if (np->end == np->start + 1 && (p->lex[np->start] & FL_LEX_DAY) && np->start > 0 && p->np_of[np->start - 1] >= 0)
        return 0;
    return np->pp < 0 && np->appos_of < 0 && !(p->flags[np->start] & F_IN_APPOS) &&
           p->tags[np->end - 1] != FL_TAG_POS && (prev_vg < 0 || p->vgs[prev_vg].finite);
}

/* Is NP k the complement of a particle right after another NP in a clause with no finite verb: a verbless
 * headline's change ("Sales up 9% to £148.6m in record year for bowling", "Profits down 5%": the figure after "up",
 * its subject the NP before)? */
static int particle_complement(const fl_parse *p, size_t k)
{
    const fl_np *np = &p->nps[k];
    int32_t v = p->clauses[np->clause].verb;
    return (v < 0 || !p->vgs[v].finite) && np->start > 1 && p->tags[np->start - 1] == FL_TAG_PART &&
           p->np_of[np->start - 2] >= 0;
}

/* Each clause's verb and subject, in passes over the verb groups and NPs (linear time). first: scratch of
 * one int per clause. */
static void clause_heads(fl_parse *p, int32_t *first)
{
    for (size_t c = 0; c < p->nclause; c++)
        first[c] = -1;
    /* the first finite verb group, else the first */
    for (size_t k = 0; k < p->nvg; k++) {
        fl_clause *cl = &p->clauses[p->vgs[k].clause];
        if (first[p->vgs[k].clause] < 0)
            first[p->vgs[k].clause] = (int32_t)k;
        if (cl->verb < 0 && p->vgs[k].finite)
            cl->verb = (int32_t)k;
    }
    for (size_t c = 0; c < p->nclause; c++) {
        if (p->clauses[c].verb < 0)
            p->clauses[c].verb = first[c];
        first[c] = -1; /* now: the first candidate NP */
    }
    /* the last candidate NP between the opener and the verb; and the first candidate at all */
    for (size_t k = 0; k < p->nnp; k++) {
        const fl_np *np = &p->nps[k];
        fl_clause *cl = &p->clauses[np->clause];
        if (!candidate(p, k) || particle_complement(p, k))
            continue;
        if (first[np->clause] < 0)
            first[np->clause] = (int32_t)k;
        size_t limit = cl->verb >= 0 ? p->vgs[cl->verb].start : p->n;
        size_t from = cl->opener >= 0 ? (size_t)cl->opener : 0;
        if (np->start >= from && np->end <= limit)
            cl->subject = (int32_t)k;
    }
    for (size_t c = 0; c < p->nclause; c++) {
        fl_clause *cl = &p->clauses[c];
        /* a relative clause without a subject of its own: its antecedent ("cargoes, which were") */
        if (cl->subject < 0 && cl->kind == FL_CLAUSE_REL && cl->opener > 0) {
            size_t a = (size_t)cl->opener - 1;
            if (a > 0 && (p->lex[a] & FL_LEX_COMMA))
                a--;
            if (p->np_of[a] >= 0)
                cl->subject = p->np_of[a];
        }
        /* none before the verb: the NP right before it, even a PP's object ("At least 42 people were") */
        if (cl->subject < 0 && cl->verb >= 0 && p->vgs[cl->verb].start > 0) {
            int k = p->np_of[p->vgs[cl->verb].start - 1];
            if (k >= 0 && p->nps[k].clause == (int32_t)c && p->nps[k].start >= (uint32_t)(cl->opener + 1))
                cl->subject = k;
        }
        /* no verb at all: its first candidate ("Brazil (" before a bracket) */
        if (cl->subject < 0 && cl->verb < 0 && cl->kind != FL_CLAUSE_QUOTE)
            cl->subject = first[c];
    }
}

fl_parse *fl_syntax_parse_tagged(const fl_syntax *sx, const fl_str *words, const uint8_t *tags, size_t n)
{
    fl_parse *p = parse_new(words, n);
    if (n == 0)
        return p;
    memcpy(p->tags, tags, n);
    lex_words(sx, p);
    chunk_nps(p);
    chunk_vgs(sx, p);
    chunk_pps(p);
    find_appositions(p);
    clause_scan cs = {fl_xmalloc((n + 1) * sizeof(int32_t)), 0, fl_xcalloc(n + 1, 1), 0};
    split_clauses(p, &cs);
    free(cs.has_verb);
    drop_opening_pps(p);
    attach_pps(p, cs.stack); /* the stack's memory, n + 1 ints, is the scratch of the last two passes */
    find_quantities(p);
    clause_heads(p, cs.stack);
    free(cs.stack);
    return p;
}

fl_parse *fl_syntax_parse(const fl_syntax *sx, const fl_str *words, size_t n)
{
    uint8_t stackbuf[256];
    uint8_t *tags = n <= sizeof stackbuf ? stackbuf : fl_xmalloc(n);
    fl_syntax_tag(sx, words, n, tags);
    fl_parse *p = fl_syntax_parse_tagged(sx, words, tags, n);
    if (tags != stackbuf)
        free(tags);
    return p;
}

/* ---- queries ---- */

int fl_parse_clause_of(const fl_parse *p, size_t tok)
{
    return tok < p->n ? p->clause_of[tok] : -1;
}

int fl_parse_subject(const fl_parse *p, int c)
{
    /* inherited along parents for clauses without their own (coordinated verbs, participles), never out of
     * a quote; the depth bound guards against a cycle */
    for (size_t depth = 0; c >= 0 && (size_t)c < p->nclause && depth <= p->nclause; depth++) {
        const fl_clause *cl = &p->clauses[c];
        if (cl->subject >= 0)
            return cl->subject;
        if (cl->kind == FL_CLAUSE_QUOTE || cl->kind == FL_CLAUSE_MAIN)
            return -1;
        c = cl->parent;
    }
    return -1;
}

int fl_parse_verb(const fl_parse *p, int c)
{
    return c >= 0 && (size_t)c < p->nclause ? p->clauses[c].verb : -1;
}

int fl_parse_np_of(const fl_parse *p, size_t tok)
{
    return tok < p->n ? p->np_of[tok] : -1;
}

static size_t pps_where(const fl_parse *p, int attach, int host, int is_np, int *out, size_t max)
{
    size_t k = 0;
    for (size_t j = 0; j < p->npp; j++) {
        const fl_pp *pp = &p->pps[j];
        if (pp->attach == attach && (is_np ? pp->host_np : pp->host_vg) == host) {
            if (k < max)
                out[k] = (int)j;
            k++;
        }
    }
    return k;
}

size_t fl_parse_np_pps(const fl_parse *p, int np, int *out, size_t max)
{
    if (np < 0 || (size_t)np >= p->nnp)
        return 0;
    return pps_where(p, FL_ATTACH_NP, np, 1, out, max);
}

size_t fl_parse_verb_pps(const fl_parse *p, int vg, int *out, size_t max)
{
    if (vg < 0 || (size_t)vg >= p->nvg)
        return 0;
    return pps_where(p, FL_ATTACH_VERB, vg, 0, out, max);
}

size_t fl_parse_np_modifiers(const fl_parse *p, int np, size_t *out, size_t max)
{
    if (np < 0 || (size_t)np >= p->nnp)
        return 0;
    size_t k = 0;
    const fl_np *x = &p->nps[np];
    for (size_t i = x->start; i < x->head; i++) {
        if (is_noun(p->tags[i])) {
            if (k < max)
                out[k] = i;
            k++;
        }
    }
    return k;
}

int fl_parse_agent(const fl_parse *p, int vg)
{
    if (vg < 0 || (size_t)vg >= p->nvg || !p->vgs[vg].passive)
        return -1;
    for (size_t j = 0; j < p->npp; j++)
        if (p->pps[j].host_vg == vg && (p->lex[p->pps[j].prep] & FL_LEX_AGENT) && p->pps[j].prep >= p->vgs[vg].end)
            return p->pps[j].np;
    return -1;
}

int fl_parse_quantity_of(const fl_parse *p, size_t tok)
{
    for (size_t k = 0; k < p->nquant; k++)
        if (tok >= p->quants[k].start && tok < p->quants[k].end)
            return (int)k;
    return -1;
}

/* The last NP of clause c before token limit that can be a subject: not a PP's object, not in apposition,
 * not a possessor, not inside an apposition's span. */
static int subject_before(const fl_parse *p, int c, size_t from, size_t limit)
{
    int best = -1;
    for (size_t k = 0; k < p->nnp; k++) {
        const fl_np *np = &p->nps[k];
        if (np->start < from || np->end > limit || np->clause != c || !candidate(p, k))
            continue;
        best = (int)k;
    }
    return best;
}

/* Of an NP and the one in apposition to it, the one that names: the proper noun ("Ana Ruiz" of "The
 * ministry’s spokesman, Ana Ruiz,"), else the anchor ("Dr Lee" of "Dr Lee, a surgeon"). */
static int anchor(const fl_parse *p, int np)
{
    if (np < 0)
        return -1;
    if (p->nps[np].appos_of >= 0)
        np = p->nps[np].appos_of;
    int b = p->nps[np].appos;
    if (b >= 0 && p->tags[p->nps[np].head] != FL_TAG_PROPN && p->tags[p->nps[b].head] == FL_TAG_PROPN)
        return b;
    return np;
}

int fl_parse_speaker(const fl_parse *p, size_t verb)
{
    if (verb >= p->n || p->vg_of[verb] < 0)
        return -1;
    const fl_vgroup *g = &p->vgs[p->vg_of[verb]];
    int c = p->clause_of[verb];
    const fl_clause *cl = &p->clauses[c];
    size_t from = cl->opener >= 0 ? (size_t)cl->opener : 0;
    int before = subject_before(p, c, from, g->start);
    /* inversion: "..., said general manager Ana Ruiz." / "” said the ministry" - an NP right after the verb
     * that ends the sentence or meets a comma, after a quote or after reported content of this clause */
    int after = g->end < p->n ? p->np_of[g->end] : -1;
    if (after >= 0 && p->nps[after].start == g->end && p->tags[p->nps[after].head] != FL_TAG_PRON) {
        size_t e = np_span_end(p, after);
        int ends =
            e >= p->n || (p->lex[e] & FL_LEX_COMMA) || (p->tags[e] == FL_TAG_PUNCT && !(p->lex[e] & FL_LEX_BREAK));
        int after_quote = g->start > 0 && (p->lex[g->start - 1] & FL_LEX_QUOTE);
        int after_content = 0;
        if (g->start > 0 && (p->lex[g->start - 1] & FL_LEX_COMMA) && !(p->flags[g->start - 1] & F_APPOS_COMMA)) {
            for (size_t k = 0; k < p->nvg; k++)
                if (p->vgs[k].clause == c && p->vgs[k].end < g->start && p->vgs[k].finite)
                    after_content = 1;
        }
        if (ends && (after_quote || after_content || before < 0)) {
            /* the possessed NP of "the ministry ’s spokesman" */
            while (p->tags[p->nps[after].end - 1] == FL_TAG_POS && p->nps[after].end < p->n &&
                   p->np_of[p->nps[after].end] >= 0)
                after = p->np_of[p->nps[after].end];
            return after;
        }
    }
    return anchor(p, before >= 0 ? before : fl_parse_subject(p, c));
}
