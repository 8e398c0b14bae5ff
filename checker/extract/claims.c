/* claims.c - building numeric claims: for every quantity of a document, find its metric family (trigger
 * words), its parties and their direction (entity aliases and the prepositions around them), its period
 * (stated years, relative years resolved against the document date or the year stated before) and its
 * modality (forecast, target and capacity cues); then write the key that the checks join on. */
#include "extract/claims_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include <libstemmer.h>

#include "doc/excerpt.h"
#include "extract/frames.h"
#include "core/map.h"
#include "extract/refs.h"
#include "extract/tables.h"

/* The figures a live page's corrections say an earlier entry gave wrongly ("14:41 - Correction: in our 13:46 update we
 * gave the wind as 3.1 m/s"): the entry's stamp (minutes + 1, as fl_para's) and the value, for each. A correction
 * that names no entry ("Correction: an earlier update gave the length of stage 7 as 14.8 km") withdraws every
 * figure of its value and measure stated before it: stamp 0, the figure's kind and dimension, and the byte where the
 * correction's sentence starts. */
enum { MAX_ENTRY_FIXES = 16 };
typedef struct entry_fixes {
    size_t n;
    uint16_t stamp[MAX_ENTRY_FIXES];
    double value[MAX_ENTRY_FIXES];
    int8_t kind[MAX_ENTRY_FIXES];
    const char *dim[MAX_ENTRY_FIXES];
    uint32_t before[MAX_ENTRY_FIXES];
} entry_fixes;

/* Words [0, n) of the sentence that starts at token a: a live page's stamp that opens its paragraph ("08:05 - The
 * lines opened at 8am", segment/segment.c), its figures and marks up to the first word, is read as a comma, so that
 * the entry's text parses as the sentence it is and not as a clause of the stamp's. */
static void blank_stamp(const sctx *c, size_t a, size_t n, fl_str *words)
{
    static const char comma[] = ",";
    size_t p = fl_claims_para_at(c->d, c->t[a].start);
    if (p >= c->d->npara || !c->d->paras[p].stamp || c->d->paras[p].start != c->t[a].start)
        return;
    for (size_t i = 0; i < n; i++) {
        for (size_t x = c->t[a + i].start; x < c->t[a + i].end; x++)
            if (fl_is_ascii_alpha((unsigned char)c->text[x]))
                return;
        words[i].ptr = comma;
        words[i].len = 1;
    }
}

/* The parse of the sentence of c, made on first use; NULL when there is no model or the sentence is longer
 * than a parse is worth (a table flattened into one line). */
const fl_parse *fl_claims_parse_of(const sctx *c)
{
    sentence_parse *sp = c->sp;
    const fl_syntax *sx = fl_rules_syntax(c->r);
    if (!sp || !sx || c->a != sp->a || c->b > sp->b)
        return NULL;
    if (!sp->tried) {
        sp->tried = 1;
        size_t n = sp->b - sp->a;
        if (n && n <= 256) {
            sp->words = fl_xmalloc(n * sizeof(fl_str));
            fl_syntax_words(c->text, c->t + sp->a, n, sp->words);
            blank_stamp(c, sp->a, n, sp->words);
            sp->p = fl_syntax_parse(sx, sp->words, n);
        }
    }
    return sp->p;
}

/* h carried on, FNV-1a, over text[from, to) folded to ASCII lower case: the hashes of the words that keep
 * claims apart (a time of day, a fronted scope, a governor, a clause's date words). */
uint32_t fl_claims_fnv_lower(uint32_t h, const char *text, size_t from, size_t to)
{
    for (size_t x = from; x < to; x++) {
        h ^= (unsigned char)fl_ascii_lower((unsigned char)text[x]);
        h *= 16777619u;
    }
    return h;
}

/* Is token i a word of the role (rules/grammar.json)? */
int fl_claims_role(const sctx *c, size_t i, fl_role w)
{
    return fl_role_at(c->r, w, c->text, c->t, c->b, i);
}

/* Is the word at i a unit of time ("week", "years") or a month or weekday? */
int fl_claims_time_phrase(const sctx *c, size_t i)
{
    size_t used, len = c->t[i].end - c->t[i].start;
    const char *w = c->text + c->t[i].start;
    if (fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) >= 0 ||
        fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &used) >= 0)
        return 1;
    for (size_t k = 0; k < c->k->nperiods; k++) {
        size_t pl = strlen(c->k->periods[k]);
        if ((len == pl || (len == pl + 1 && (w[pl] == 's' || w[pl] == 'S'))) &&
            strncasecmp(w, c->k->periods[k], pl) == 0)
            return 1;
    }
    return 0;
}

/* An event noun at i ("fire", "march"), but not a month's name ("the end of March"). */
static int event_at(const sctx *c, size_t i, size_t *used)
{
    int ev = fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, i, used);
    if (ev >= 0 && c->text[c->t[i].start] >= 'A' && c->text[c->t[i].start] <= 'Z' &&
        fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &(size_t){0}) >= 0)
        return -1;
    if (ev >= 0 && fl_phrases_at(&c->k->not_events, c->text, c->t, c->b, i, &(size_t){0}) >= 0)
        return -1; /* "the fire brigade" */
    return ev;
}

/* Is punctuation token t a hyphen (or two)? */
static int hyphen_token(const char *text, const fl_token *t)
{
    size_t len = t->end - t->start;
    return (len == 1 || len == 2) && text[t->start] == '-' && text[t->end - 1] == '-';
}

/* Is token i a hyphen (or two) with a space on each side, written for a dash ("TROMSA, Norway - At least 40
 * people ...", a wire dateline)? */
static int hyphen_at(const sctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_PUNCT && hyphen_token(c->text, &c->t[i]);
}

static int spaced_hyphen(const sctx *c, size_t i)
{
    size_t a = i, b = i;
    if (!hyphen_at(c, i))
        return 0;
    while (a > c->a && !c->t[a].space_before && hyphen_at(c, a - 1))
        a--;
    while (b + 1 < c->b && !c->t[b + 1].space_before && hyphen_at(c, b + 1))
        b++;
    return c->t[a].space_before && b + 1 < c->b && c->t[b + 1].space_before;
}

/* Clause boundaries: , ; : ( ) and dashes. */
static int boundary(const sctx *c, size_t i)
{
    if (c->t[i].kind != FL_TOK_PUNCT)
        return 0;
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    return (len == 1 && strchr(",;:()", s[0])) || (len == 3 && memcmp(s, "\xE2\x80\x94", 3) == 0) ||
           spaced_hyphen(c, i);
}

static int map_entity(const sctx *c, int e)
{
    const fl_knowledge *k = c->k;
    if (e < 0)
        return -1;
    const char *type = k->entities[e].type;
    if (fl_lexicon_has(fl_rules_role(c->r, FL_ROLE_NON_PARTY), type, strlen(type), 0))
        return -1; /* an outlet's name is not a party */
    return k->entities[e].country >= 0 ? k->entities[e].country : e;
}

/* Is token i inside one of the sentence's quantities (from its currency symbol to its unit)? The cursor
 * *qk follows the tokens forward. */
static int in_quantity(const sctx *c, const fl_qty *q, size_t nq, size_t *qk, size_t i)
{
    while (*qk < nq && q[*qk].end <= c->t[i].start)
        (*qk)++;
    return *qk < nq && q[*qk].start <= c->t[i].start && c->t[i].start < q[*qk].end;
}

/* Entity mentions of the sentence; a hyphenated word is tried part by part ("Sino-Russian"). Words
 * inside a quantity ("US$350 billion") are not mentions. */
static size_t find_mentions(const sctx *c, const fl_qty *q, size_t nq, mention **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
    size_t qk = 0;
    for (size_t i = c->a; i < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD || in_quantity(c, q, nq, &qk, i))
            continue;
        size_t used;
        int e = fl_phrases_at(&c->k->aliases, c->text, c->t, c->b, i, &used);
        if (e >= 0) {
            int m = map_entity(c, e);
            if (m >= 0) {
                FL_GROW(*out, cap, n + 1);
                (*out)[n++] = (mention){i, used, m, e};
            }
            i += used - 1;
            continue;
        }
        const char *s = c->text + c->t[i].start;
        size_t len = c->t[i].end - c->t[i].start;
        if (!memchr(s, '-', len))
            continue;
        size_t p = 0;
        while (p < len) {
            const char *dash = memchr(s + p, '-', len - p);
            size_t e2 = dash ? (size_t)(dash - s) : len;
            fl_token part = {c->t[i].start + p, c->t[i].start + e2, FL_TOK_WORD, 1, 0};
            int pe = fl_phrases_at(&c->k->aliases, c->text, &part, 1, 0, &used);
            int m = map_entity(c, pe);
            if (m >= 0) {
                FL_GROW(*out, cap, n + 1);
                (*out)[n++] = (mention){i, 1, m, pe};
            }
            p = e2 + 1;
        }
    }
    return n;
}

static size_t find_triggers(const sctx *c, const fl_qty *q, size_t nq, trigger **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
    size_t qk = 0;
    for (size_t i = c->a; i < c->b; i++) {
        /* a unit or currency word is not a trigger: "670 billion won" */
        if (c->t[i].kind != FL_TOK_WORD || in_quantity(c, q, nq, &qk, i))
            continue;
        size_t used;
        int m = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used);
        if (m >= 0) {
            FL_GROW(*out, cap, n + 1);
            (*out)[n++] = (trigger){i, used, m};
            i += used - 1;
        }
    }
    return n;
}

/* Is the word at tok introduced by a word of the role, articles skipped ("to the European Union")? */
static int preceded_by(const sctx *c, size_t tok, fl_role words)
{
    size_t p = tok;
    while (p > c->a && fl_claims_role(c, p - 1, FL_ROLE_ARTICLES))
        p--;
    return p > c->a && fl_claims_role(c, p - 1, words);
}

static size_t dist(size_t a, size_t b)
{
    return a > b ? a - b : b - a;
}

/* May a figure of dimension dim ("money:USD/volume", "people") belong to metric m? A family that lists its
 * dimensions (claim_model attributes) admits only those: troops are never tonnes. */
static int admits(const fl_knowledge *k, int m, const char *dim)
{
    const fl_metric *me = &k->metrics[m];
    if (!me->ndims)
        return 1;
    size_t len = strcspn(dim, ":/");
    for (size_t i = 0; i < me->ndims; i++)
        if (strlen(me->dims[i]) == len && memcmp(me->dims[i], dim, len) == 0)
            return 1;
    return 0;
}

/* Does the trigger stand right beside the figure: starting at the word after it ("three years late") or ending at
 * the word before it or its qualifier of up to three words ("delayed by about 18 months")? */
static int beside(const trigger *t, const fl_qty *q)
{
    size_t e = t->tok + t->ntok;
    return t->tok == q->tok_end || e == q->tok || (q->qstart < q->start && e < q->tok && e + 3 >= q->tok);
}

/* The metric family of the quantity: the nearest trigger (before wins a tie) whose family admits the
 * quantity's dimension, inside the clause [ca, cb), or anywhere in the window when whole; -1 when none. */
static int family_of(const fl_knowledge *k, const trigger *tr, size_t ntr, const fl_qty *q, size_t ca, size_t cb,
                     int whole, size_t *at)
{
    size_t qtok = q->tok, qlast = q->tok_end > q->tok ? q->tok_end - 1 : q->tok, bd = SIZE_MAX;
    int best = -1;
    for (size_t i = 0; i < ntr; i++) {
        if ((!whole && (tr[i].tok < ca || tr[i].tok >= cb)) || !admits(k, tr[i].metric, q->dim) ||
            (k->metrics[tr[i].metric].adjacent && !beside(&tr[i], q)))
            continue;
        /* a trigger after the figure is as far as it is from the figure's last word ("killed and eleven other
         * workers hurt": hurt is next to the count, killed two words before it) */
        size_t te = tr[i].tok + tr[i].ntok - 1; /* a trigger before it is as far as its last word ("claimed the
                                                 * lives of three men and injured seven others": of is next) */
        size_t dd = tr[i].tok > qlast ? dist(tr[i].tok, qlast) : te < qtok ? qtok - te : dist(tr[i].tok, qtok);
        if (dd < bd || (dd == bd && tr[i].tok < qtok)) {
            bd = dd;
            best = tr[i].metric;
            *at = tr[i].tok;
        }
    }
    return best;
}

typedef struct label label;
static int label_line(const sctx *c, const fl_qty *q, label *lb);
static int measure_label(const sctx *c, const fl_qty *q, size_t *from, size_t *to);

/* The family of a label line's figure by a trigger among the label's words, which say what the figure measures
 * as its clause would ("Students treated in hospital: 11", as "11 students were treated in hospital"); -1 when
 * none or the figure is no label line's. */
static int label_trigger_family(const sctx *c, const trigger *tr, size_t ntr, const fl_qty *q, size_t *at);
static int labelled_whole(const sctx *c, const fl_qty *q);
static int label_act_noun(const sctx *c, size_t i);
static const char *lexicon_pair(const sctx *c, const char *name, const char *w, size_t n, int either);
static size_t label_bracket(const sctx *c, size_t colon);

/* The entity right after one of the prepositions (within 3 tokens, articles and demonym goods allowed),
 * searching from token from up to the sentence end or a clause boundary. */
static int entity_after_word(const sctx *c, const mention *m, size_t nm, size_t from, fl_role preps)
{
    /* a party named after the figure is in its clause: "... to China last year, as Chinese crushers turned
     * away from American cargoes" is not from America */
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b;
    for (size_t i = from; i < end; i++) {
        if (!fl_claims_role(c, i, preps))
            continue;
        /* "to China", "to the European Union", "on Chinese goods": articles only in between */
        size_t j = i + 1;
        while (j < c->b && fl_claims_role(c, j, FL_ROLE_ARTICLES))
            j++;
        for (size_t k = 0; k < nm; k++)
            if (m[k].tok == j)
                return m[k].entity;
        return -1;
    }
    return -1;
}

/* The nearest entity before token at (possessive or subject), not introduced by "to", "with" ... */
static int entity_before(const sctx *c, const mention *m, size_t nm, size_t at)
{
    for (size_t k = nm; k-- > 0;) {
        if (m[k].tok >= at)
            continue;
        if (preceded_by(c, m[k].tok, FL_ROLE_NON_SUBJECT))
            continue;
        return m[k].entity;
    }
    return -1;
}

static int in_mention(const mention *m, size_t nm, size_t i)
{
    for (size_t k = 0; k < nm; k++)
        if (i >= m[k].tok && i < m[k].tok + m[k].ntok)
            return 1;
    return 0;
}

/* Does punctuation ch open a clause, as strchr(".:;\"(", ch) said (NUL included)? Inline: it is asked
 * for every capitalised word. */
static inline int clause_mark(char ch)
{
    return ch == '.' || ch == ':' || ch == ';' || ch == '"' || ch == '(' || ch == '\0';
}

/* Is punctuation p, right before token t, a hyphen (or two) written for a dash, a space after it ("TROMSA,
 * Norway - Five people ...")? A word after it opens a clause. */
static int dash_before(const char *text, const fl_token *p, const fl_token *t)
{
    return hyphen_token(text, p) && t->space_before;
}

static int bullet_item(const sctx *c, size_t i);

/* A capitalised word that names something: not the sentence's first word, a list item's or a clause's first word, not
 * an acronym ("GDP"), a month or a weekday. */
int fl_claims_name_word(const sctx *c, size_t i)
{
    if (i >= c->b || c->t[i].kind != FL_TOK_WORD)
        return 0;
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    if (!(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    int lower = 0;
    for (size_t k = 1; k < len && !lower; k++)
        lower = s[k] >= 'a' && s[k] <= 'z';
    if (!lower)
        return 0;
    size_t used;
    if (fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) >= 0 ||
        fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &used) >= 0)
        return 0;
    /* at the start of a sentence or clause, a capital names something only when the document also
     * capitalises the word inside a sentence ("Chega won ..." after "the populist Chega party"; not
     * "Wildfires burned ...") */
    int starts = i == c->a || bullet_item(c, i) ||
                 (c->t[i - 1].kind == FL_TOK_PUNCT &&
                  (clause_mark(c->text[c->t[i - 1].start]) || c->t[i - 1].end - c->t[i - 1].start == 3 ||
                   dash_before(c->text, &c->t[i - 1], &c->t[i])));
    if (starts && !(c->names && fl_map_get_hashed(c->names, s, len, fl_token_hash(c->text, &c->t[i])) >= 0))
        return 0;
    return 1;
}

/* Is token i a number word ("Three"), or one joined by a hyphen ("Twenty-three")? */
static int number_word(const sctx *c, size_t i)
{
    size_t used;
    const fl_token *t = &c->t[i];
    if (t->kind != FL_TOK_WORD)
        return 0;
    const char *dash = memchr(c->text + t->start, '-', t->end - t->start);
    fl_token part = {t->start, dash ? (uint32_t)(dash - c->text) : t->end, FL_TOK_WORD, 0, 0};
    return fl_phrases_at(&c->k->words, c->text, &part, 1, 0, &used) >= 0;
}

/* Does a name start at token i? A name word, or a capitalised word at a sentence's or clause's start that
 * another name word follows ("Halvard Pumps produced ..."), when it is no determiner, preposition or common
 * sentence opener. */
static int name_start(const sctx *c, size_t i)
{
    size_t used;
    if (i < c->b && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0)
        return 0; /* "The £221 million budget", "That the committee approves" */
    if (i < c->b && fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) >= 0)
        return 0; /* "Net profit was ...", "Revenue rose ...": what is measured names nothing */
    if (i < c->b && (fl_phrases_at(&c->k->qualifiers, c->text, c->t, c->b, i, &used) >= 0 ||
                     fl_phrases_at(&c->k->prepositions, c->text, c->t, c->b, i, &used) >= 0))
        return 0; /* "At least 140 people", "About 3,400 people" after a dateline's dash: a figure's qualifier or a
                   * preposition, capitalised inside the sentence, names nothing */
    if (i < c->b && number_word(c, i))
        return 0; /* "Three people were killed and 27 ...", "Twenty-three patients": a number opening the sentence
                   * names nothing (a word of the number words, or its part before a hyphen; no parse: this is
                   * asked of every capitalised word) */
    if (fl_claims_name_word(c, i))
        return 1;
    if (i + 1 >= c->b || c->t[i].kind != FL_TOK_WORD || !fl_claims_name_word(c, i + 1))
        return 0;
    const char *s = c->text + c->t[i].start;
    if (!(s[0] >= 'A' && s[0] <= 'Z') || fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0 ||
        fl_phrases_at(&c->k->prepositions, c->text, c->t, c->b, i, &used) >= 0 ||
        fl_lexicon_has_token(fl_rules_lexicon(c->r, "sentence-starters"), c->text, &c->t[i], 1))
        return 0;
    return 1;
}

/* Between the last entity before at (or the sentence start) and at, is there a name word (not part of an
 * entity): the subject is some other named thing? */
static int proper_name_before(const sctx *c, const mention *m, size_t nm, size_t at)
{
    size_t from = c->a;
    for (size_t k = 0; k < nm; k++)
        if (m[k].tok < at && m[k].tok + m[k].ntok > from)
            from = m[k].tok + m[k].ntok;
    for (size_t i = from; i < at; i++)
        if (fl_claims_name_word(c, i) && !in_mention(m, nm, i))
            return 1;
    return 0;
}

/* ---- the claim model: the figure's clause and subject ---- */

/* Is the token text s (len bytes) a currency symbol of the packs ("€", "₹"): a sign of money, no mark? */
static int currency_sign(const sctx *c, const char *s, size_t len)
{
    for (size_t i = 0; i < c->k->nsymbols; i++)
        if (c->k->symbol_len[i] == len && memcmp(c->k->symbols[i], s, len) == 0)
            return 1;
    return 0;
}

/* A boundary no clause crosses: ; : ( ) and dashes (a three-byte mark other than a currency sign). */
/* Do tokens [open, close] make a unit conversion's aside right after an amount: an amount ("2 km"), "(", a
 * number, one or two words, ")" ("about 2 km (1.2 miles) east of the village at around 19:40")? Its marks end
 * no clause. */
static int conversion_aside(const sctx *c, size_t open, size_t close)
{
    if (open < c->a + 2 || close >= c->b || close < open + 3 || close > open + 4 ||
        c->t[open - 1].kind != FL_TOK_WORD || c->t[open - 2].kind != FL_TOK_NUM || c->t[open + 1].kind != FL_TOK_NUM ||
        c->text[c->t[open].start] != '(' || c->t[close].end - c->t[close].start != 1 ||
        c->text[c->t[close].start] != ')')
        return 0;
    for (size_t i = open + 2; i < close; i++)
        if (c->t[i].kind != FL_TOK_WORD)
            return 0;
    return 1;
}

/* Is token i the colon of a clock time, between two numbers with no space ("15:05", "at 2:09 a.m.")? It is no clause's
 * edge: a clause runs on past it, and a claim's excerpt keeps the time whole. */
static int clock_colon(const sctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 && c->text[c->t[i].start] == ':' &&
           i > c->a && i + 1 < c->b && c->t[i - 1].kind == FL_TOK_NUM && c->t[i + 1].kind == FL_TOK_NUM &&
           !c->t[i].space_before && !c->t[i + 1].space_before;
}

/* Is token i (a parenthesis) a mark of a unit conversion's aside (conversion_aside)? */
static int conversion_mark(const sctx *c, size_t i)
{
    char ch = c->text[c->t[i].start];
    for (size_t k = 3; k <= 4; k++)
        if ((ch == '(' && conversion_aside(c, i, i + k)) || (ch == ')' && i >= k && conversion_aside(c, i - k, i)))
            return 1;
    return 0;
}

static int strong_boundary(const sctx *c, size_t i)
{
    if (c->t[i].kind != FL_TOK_PUNCT || clock_colon(c, i))
        return 0;
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    return (len == 1 && (s[0] == ';' || s[0] == ':' || ((s[0] == '(' || s[0] == ')') && !conversion_mark(c, i)))) ||
           (len == 3 && !currency_sign(c, s, len)) || spaced_hyphen(c, i);
}

/* Does the coordinator at token i close a comma list of names ("the Varn, Oberkessel and Brannfeld teams"): a name
 * right before it, and before that name's words a comma with a name before it? Such a list is one phrase. */
static int closes_name_list(const sctx *c, size_t i)
{
    size_t k = i;
    while (k > c->a && fl_claims_name_word(c, k - 1))
        k--;
    return k < i && k > c->a + 1 && c->t[k - 1].kind == FL_TOK_PUNCT && c->text[c->t[k - 1].start] == ',' &&
           fl_claims_name_word(c, k - 2);
}

static int punct_is(const sctx *c, size_t i, char ch);

/* Does a new clause start at token i: an opener right after a comma (", as Chinese crushers ..."), or a
 * subordinator wherever it stands (rules/claims.json)? */
/* Is the number before token j the subject of its own verb after the coordinator at i: a verb group right after
 * it ("and 27 were injured"), or a finite one after its counted noun (up to three nouns and adjectives: "A rigger
 * died and 14 people were treated") when the left conjunct has a finite verb of its own (not "100 firefighters and
 * 15 engines were deployed": coordinated counts share their verb)? */
static int counted_subject(const sctx *c, const fl_parse *p, size_t i, size_t j)
{
    if (p->vg_of[j - c->a] >= 0)
        return 1;
    size_t v = i;
    while (v > c->a && c->t[v - 1].kind != FL_TOK_PUNCT &&
           !(p->vg_of[v - 1 - c->a] >= 0 && p->vgs[p->vg_of[v - 1 - c->a]].finite))
        v--;
    if (v == c->a || c->t[v - 1].kind == FL_TOK_PUNCT)
        return 0;
    for (size_t n = 0; j < c->b && n <= 3; j++, n++) {
        int vg = p->vg_of[j - c->a], t = p->tags[j - c->a];
        if (vg >= 0)
            return p->vgs[vg].finite;
        if (c->t[j].kind != FL_TOK_WORD || (t != FL_TAG_NOUN && t != FL_TAG_ADJ))
            return 0;
    }
    return 0;
}

/* Does a comma before token i join two clauses, each with a count for subject: a finite verb before the comma
 * in its clause, and the number at i the subject of its own ("86 people were brought down safely, four were taken
 * to hospital")? Not an opening phrase ("In 2019, 45 people were hurt": no verb before it). */
static int comma_clause(const sctx *c, const fl_parse *p, size_t i)
{
    if (!p || i < c->a + 2 || i + 1 >= c->b || !punct_is(c, i - 1, ',') ||
        (c->t[i].kind != FL_TOK_NUM && !number_word(c, i)))
        return 0;
    size_t v = i - 1;
    while (v > c->a && c->t[v - 1].kind != FL_TOK_PUNCT &&
           !(p->vg_of[v - 1 - c->a] >= 0 && p->vgs[p->vg_of[v - 1 - c->a]].finite))
        v--;
    return v > c->a && c->t[v - 1].kind != FL_TOK_PUNCT && counted_subject(c, p, i - 1, i + 1);
}

static int opens_clause(const sctx *c, size_t i)
{
    size_t used;
    if (i < c->b && comma_clause(c, fl_claims_parse_of(c), i))
        return 1;
    if (i >= c->b || c->t[i].kind != FL_TOK_WORD)
        return 0;
    if (i > c->a && c->t[i - 1].kind == FL_TOK_PUNCT && c->text[c->t[i - 1].start] == ',' &&
        fl_phrases_at(&c->k->clause_openers, c->text, c->t, c->b, i, &used) >= 0)
        return 1;
    /* a participle after a comma opens a clause of its own: "buried eleven skiers, killing two of them"; a past
     * participle when the parse opens a non-finite clause with it after its clause's verb ("Revenue rose to
     * £421.6m, driven by contracts in the Nordic countries"; not "The deal, valued at $4.5 billion, was ...") */
    const fl_parse *p = fl_claims_parse_of(c);
    int pc = p && i > c->a ? p->clause_of[i - c->a] : -1;
    if (p && i > c->a && c->t[i - 1].kind == FL_TOK_PUNCT && c->text[c->t[i - 1].start] == ',' &&
        (p->tags[i - c->a] == FL_TAG_VBG ||
         (p->tags[i - c->a] == FL_TAG_VBN && pc >= 0 && p->clauses[pc].kind == FL_CLAUSE_NONFINITE &&
          p->clauses[pc].opener == (int32_t)(i - c->a))))
        return 1;
    /* "... off Aden and INS Mysore was about 13 nautical miles away": a coordinator before a new name */
    if (fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, i, &used) >= 0 && i + used < c->b &&
        (name_start(c, i + used) || fl_phrases_at(&c->k->aliases, c->text, c->t, c->b, i + used, &used) >= 0) &&
        !closes_name_list(c, i))
        return 1;
    /* "Two people were killed and 27 were injured": a coordinator before a number that is its own verb's
     * subject (not a range's second number, "between 5 and 10 were"), in digits or in words ("and fourteen
     * remained hospitalized": the second conjunct's predicate is its own) */
    if (p && i > c->a && c->t[i - 1].kind != FL_TOK_NUM && !number_word(c, i - 1) &&
        fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, i, &used) >= 0 && i + used + 1 < c->b &&
        (c->t[i + used].kind == FL_TOK_NUM || number_word(c, i + used)) && counted_subject(c, p, i, i + used + 1))
        return 1;
    return fl_phrases_at(&c->k->subordinators, c->text, c->t, c->b, i, &used) >= 0;
}

/* Is token i a speech verb ("said", "reported"): what follows it is the reported clause? */
static int speech_verb(const sctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(fl_rules_lexicon(c->r, "speech-verbs"), c->text, &c->t[i], 1);
}

/* The clause that holds tokens [from, to) of the sentence: [*ca, *cb). A clause reported by a speech verb
 * starts after it ("the exchange said Argentina harvested 17 million tonnes"). */
/* Does a role noun ("spokeswoman", "chief executive") stand in the words right before the speech verb at v, back
 * to the sentence's start or a punctuation mark? */
static int role_speaker(const sctx *c, size_t v)
{
    const fl_lexicon *roles = fl_rules_lexicon(c->r, "role-nouns");
    for (size_t i = v; roles && i > c->a && c->t[i - 1].kind == FL_TOK_WORD; i--)
        if (fl_lexicon_has_token(roles, c->text, &c->t[i - 1], 1))
            return 1;
    return 0;
}

static int change_word(const sctx *c, size_t i);

static int finite_tag(int t)
{
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_MD;
}

/* After a speech verb at a - 1, is [a, from) the start of what was said ("the exchange said Argentina
 * harvested ...": a finite verb follows; "the ministry said 14 people had died": the phrase [from, to) is
 * the subject of the first verb after it), not the verb's object ("Orvane reported third-quarter
 * revenue of ...")? Without a parse, it is. */
static int reported_clause(const sctx *c, size_t a, size_t from, size_t to)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p)
        return 1;
    if (a < from && fl_claims_role(c, a, FL_ROLE_THAT))
        return 1;
    for (size_t i = a; i < from; i++)
        if (finite_tag(p->tags[i - c->a]))
            return 1;
    /* the first verb after the phrase, in its clause (its modifiers between: "sales of $2 billion in 2025 were"),
     * when a person's role names the speaker: an organisation that reports a figure of its own ("the airline said
     * 280 flights were cancelled") is what the figure is about; or when the figure is the size of a change a
     * noun states ("Brill said the 6% rise in revenue had lifted ..."): a change with a verb of its own is what
     * was said, whoever says it, never the speaker's */
    if (to <= from || !(role_speaker(c, a - 1) || (to < c->b && change_word(c, to))))
        return 0;
    for (size_t i = to; i < c->b && i - c->a < p->n && c->t[i].kind != FL_TOK_PUNCT && (i == to || !opens_clause(c, i));
         i++) {
        int t = p->tags[i - c->a];
        if (finite_tag(t))
            return 1;
        if (t == FL_TAG_VB || t == FL_TAG_VBN || t == FL_TAG_VBG || t == FL_TAG_TO)
            return 0;
    }
    return 0;
}

/* Does the figure's clause [c->ca, ...) start right after a speech verb: is it what someone said? */
static int reported_after_speech(const sctx *c)
{
    return c->ca > c->a && c->ca <= c->b && speech_verb(c, c->ca - 1);
}

void fl_claims_clause_span(const sctx *c, size_t from, size_t to, size_t *ca, size_t *cb)
{
    size_t a = from, b = to;
    while (a > c->a && !strong_boundary(c, a - 1) && !opens_clause(c, a) &&
           !(speech_verb(c, a - 1) && reported_clause(c, a, from, to)))
        a--;
    while (b < c->b && !strong_boundary(c, b) && !opens_clause(c, b))
        b++;
    *ca = a;
    *cb = b;
}

int fl_claims_prep_role(const sctx *c, size_t i)
{
    size_t used;
    return i < c->b ? fl_phrases_at(&c->k->prepositions, c->text, c->t, c->b, i, &used) : -1;
}

/* The role of the preposition that introduces the phrase starting at token i (determiners skipped), or -1. */
static int introduced_by(const sctx *c, size_t i, size_t lo)
{
    size_t used;
    while (i > lo && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i - 1, &used) >= 0)
        i--;
    return i > lo ? fl_claims_prep_role(c, i - 1) : -1;
}

enum { SUBJ_NONE, SUBJ_ENTITY, SUBJ_NAME, SUBJ_EVENT, SUBJ_KIND, SUBJ_NOUN };

typedef struct {
    int type;         /* SUBJ_* */
    size_t tok, ntok; /* the phrase */
    int index;        /* entity, event class or kind index */
} subj_t;

/* The subject of the clause [ca, qtok) before the figure: the first entity, name, event or "the <kind>" that no
 * preposition introduces. A name run followed by an event noun ("the Pinecrest flood") is that event. */
enum { MAX_DESCRIPTORS = 3 };

/* Is token i a modifier that tells which entity a descriptor means: one that marks the one new entity a
 * merger or reform makes ("merged", "new": 1) or another than the last named one ("former", "rival",
 * ordinals: 2; rules/claims.json new_entity, other_entity)? 0 when it is neither. */
static int entity_modifier(const sctx *c, size_t i)
{
    size_t used;
    if (c->t[i].kind != FL_TOK_WORD)
        return 0;
    if (fl_phrases_at(&c->k->other_entity, c->text, c->t, c->b, i, &used) >= 0 && used == 1)
        return 2;
    return fl_phrases_at(&c->k->new_entity, c->text, c->t, c->b, i, &used) >= 0 && used == 1;
}

/* The key of a descriptor subject "the <modifiers> <kind noun>" whose kind noun is at head: a descriptor with
 * no name is its head noun with the modifiers that make it another entity kept ("former university": never
 * the last named university), or, with only modifiers of the one new entity, its head noun marked as that
 * entity ("+university": "the merged university" = "the new university"). NULL when no modifier says which:
 * then "the university" refers back to the last named one. */
static char *descriptor(const sctx *c, size_t head)
{
    size_t d = head;
    int other = 0, fresh = 0;
    while (d > c->a && d + MAX_DESCRIPTORS > head && entity_modifier(c, d - 1)) {
        d--;
        other |= entity_modifier(c, d) == 2;
        fresh |= entity_modifier(c, d) == 1;
    }
    if (!other && !fresh)
        return NULL;
    fl_buf b = {0};
    if (!other)
        fl_buf_putc(&b, '+');
    for (size_t i = other ? d : head; i <= head; i++) {
        if (other && i < head && entity_modifier(c, i) != 2)
            continue;
        if (b.len && b.ptr[b.len - 1] != '+')
            fl_buf_putc(&b, ' ');
        for (uint32_t x = c->t[i].start; x < c->t[i].end; x++)
            fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)c->text[x]));
    }
    return fl_buf_take(&b);
}

/* The end of the capitalised words from i (i when none). */
static size_t name_words_end(const sctx *c, size_t i, size_t end)
{
    while (i < end && fl_claims_name_word(c, i))
        i++;
    return i;
}

/* Does the joiner at j join the names around it into one name: '&' always, "and" only when the name it makes
 * ends in a kind noun (e, its end: "the Flood and Coastal Agency"; not "Britain and France")? */
static int joins_name(const sctx *c, size_t j, size_t e)
{
    size_t used;
    const fl_lexicon *joiners = fl_rules_lexicon(c->r, "name-joiners");
    if (!joiners || !fl_lexicon_has_token(joiners, c->text, &c->t[j], 1))
        return 0;
    return c->t[j].kind == FL_TOK_PUNCT || fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, e - 1, &used) >= 0;
}

/* Widens the name [*i, *j) over the joiners that make one name of the capitalised words around it
 * ("Halvard & Rime", "the Flood and Coastal Agency"), within [a, end). */
static void joined_name(const sctx *c, size_t a, size_t end, size_t *i, size_t *j)
{
    for (;;) {
        size_t k = *j + 1 < end ? name_words_end(c, *j + 1, end) : *j + 1;
        if (k <= *j + 1 || !joins_name(c, *j, k))
            break;
        *j = k;
    }
    /* "Halvard & Rime employs": a capital before '&' is a name's word even where a sentence starts */
    while (
        *i >= a + 2 && c->t[*i - 2].kind == FL_TOK_WORD &&
        (fl_claims_name_word(c, *i - 2) || (c->t[*i - 1].kind == FL_TOK_PUNCT && c->text[c->t[*i - 2].start] >= 'A' &&
                                            c->text[c->t[*i - 2].start] <= 'Z')) &&
        joins_name(c, *i - 1, *j)) {
        *i -= 2;
        while (*i > a && fl_claims_name_word(c, *i - 1))
            (*i)--;
    }
}

/* Does the name that ends before token j end in a label of the number after it ("Car No. 14", "Pump Number 3":
 * rules/segmentation.json number-labels)? Then it designates one thing of a kind, and names none. */
static int designation_before(const sctx *c, size_t j)
{
    const fl_lexicon *labels = fl_rules_lexicon(c->r, "number-labels");
    if (!labels || j == 0 || j >= c->b || c->t[j - 1].kind != FL_TOK_WORD)
        return 0;
    size_t end = j;
    if (c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == '.' && c->t[j].start == c->t[j - 1].end)
        end = j + 1; /* "No." is a label with its point */
    if (end >= c->b || c->t[end].kind != FL_TOK_NUM)
        return 0;
    const fl_token *w = &c->t[j - 1];
    return fl_lexicon_has(labels, c->text + w->start, c->t[end - 1].end - w->start, 1);
}

static subj_t clause_subject(const sctx *c, const mention *m, size_t nm, size_t ca, size_t qtok)
{
    subj_t sj = {SUBJ_NONE, 0, 0, -1};
    size_t used, mk = 0;
    for (size_t i = ca; i < qtok; i++) {
        while (mk < nm && m[mk].tok + m[mk].ntok <= i)
            mk++;
        if (mk < nm && m[mk].tok == i) {
            if (introduced_by(c, i, ca) < 0)
                return (subj_t){SUBJ_ENTITY, i, m[mk].ntok, m[mk].raw};
            i += m[mk].ntok - 1;
            continue;
        }
        int ev = event_at(c, i, &used);
        if (ev >= 0) {
            if (introduced_by(c, i, ca) < 0 || introduced_by(c, i, ca) == FL_PREP_OF)
                return (subj_t){SUBJ_EVENT, i, used, ev};
            i += used - 1;
            continue;
        }
        if (name_start(c, i)) {
            size_t j = i + 1;
            while (j < qtok && fl_claims_name_word(c, j) && !in_mention(m, nm, j))
                j++;
            if (j == i) /* the name word is part of an entity mention, handled above */
                continue;
            if (designation_before(c, j)) { /* "Car No. 14 went off the road": a car, no name */
                i = j - 1;
                continue;
            }
            int after = event_at(c, j, &used);
            if (after >= 0 && j + used <= qtok)
                return (subj_t){SUBJ_EVENT, j, used, after};
            if (introduced_by(c, i, ca) < 0) {
                size_t ni = i, nj = j;
                joined_name(c, c->a, qtok, &ni, &nj);
                return (subj_t){SUBJ_NAME, ni, nj - ni, -1};
            }
            i = j - 1;
            continue;
        }
        int kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i, &used);
        size_t d = i;
        while (d > ca && d + MAX_DESCRIPTORS > i && entity_modifier(c, d - 1))
            d--;
        if (kind >= 0 && d > ca && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, d - 1, &used) >= 0 &&
            introduced_by(c, d, ca) < 0)
            return (subj_t){SUBJ_KIND, i, 1, kind};
    }
    return sj;
}

/* An event noun after the figure in its clause that a preposition of place or cause introduces: "died in
 * the fire", "the death toll from the quake". */
static subj_t event_after(const sctx *c, size_t from, size_t cb)
{
    size_t used;
    for (size_t i = from; i < cb; i++) {
        int ev = event_at(c, i, &used);
        if (ev < 0)
            continue;
        size_t p = i;
        const fl_parse *ps = fl_claims_parse_of(c);
        /* its words before it: names, determiners, adjectives ("in a separate crash": that crash's) */
        while (p > from && (fl_claims_name_word(c, p - 1) ||
                            fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, p - 1, &used) >= 0 ||
                            (ps && ps->tags[p - 1 - c->a] == FL_TAG_ADJ)))
            p--;
        int role = p > from ? fl_claims_prep_role(c, p - 1) : -1;
        if (role == FL_PREP_IN || role == FL_PREP_OF || role == FL_PREP_FROM || role == FL_PREP_OTHER)
            return (subj_t){SUBJ_EVENT, i, used, ev};
    }
    return (subj_t){SUBJ_NONE, 0, 0, -1};
}

/* The text of tokens [a, a + n) with a final "'s" dropped: a subject as printed ("Norvik Metals"). */
static char *subject_phrase(const sctx *c, size_t a, size_t n)
{
    fl_buf b = {0};
    for (size_t i = a; i < a + n; i++) {
        if (i > a)
            fl_buf_putc(&b, ' ');
        const char *w = c->text + c->t[i].start;
        size_t len = c->t[i].end - c->t[i].start;
        if (len > 2 && w[len - 2] == '\'' && (w[len - 1] == 's' || w[len - 1] == 'S'))
            len -= 2;
        else if (len > 4 && (unsigned char)w[len - 4] == 0xE2 && (unsigned char)w[len - 3] == 0x80 &&
                 (unsigned char)w[len - 2] == 0x99 && w[len - 1] == 's')
            len -= 4;
        fl_buf_put(&b, w, len);
    }
    return fl_buf_take(&b);
}

/* What the figures of a document are about so far: carried from clause to clause ("the company", a bare
 * "Exports rose ..." in a paragraph about one country, "the fire"). */

/* Is event class e a fallback class (fallback_event) in a document whose own event is another: "the evacuation of
 * some 450 people" in a flood's report names no event of its own, as if no class were named (the flood's figure, or
 * the story's measure)? */
static int other_fallback(const fl_knowledge *k, const discourse *dc, int e)
{
    return dc->doc_event >= 0 && e != dc->doc_event && fl_claims_fallback_event(k, e);
}

/* The kind of a name at i that a measure premodifies in an apposition to a kind noun: "His yacht, the 52-foot
 * Kestrel Bay", "The ferry, the 68-metre Coastal Wren": a comma, a determiner and a number with its unit (hyphened
 * or glued) stand between; -1 none. */
static int apposed_kind(const sctx *c, size_t i)
{
    enum { MEASURE_TOKENS = 4 };
    size_t used, d = i, num = 0;
    while (d > c->a && i - d < MEASURE_TOKENS &&
           fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, d - 1, &used) < 0) {
        const fl_token *t = &c->t[--d];
        if (t->kind == FL_TOK_NUM)
            num = 1;
        else if (t->kind == FL_TOK_WORD ? t->space_before : !(c->text[t->start] == '-' && !t->space_before))
            return -1;
    }
    if (!num || d < c->a + 3 || c->t[d - 2].kind != FL_TOK_PUNCT || c->text[c->t[d - 2].start] != ',')
        return -1;
    int kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, d - 3, &used);
    return kind >= 0 && used == 1 ? kind : -1;
}

/* The kind of a name [i, j): its last word is a kind noun ("Calder Arena", "Steel Fabrication Hall"), one
 * stands right before it in apposition ("the cruise ship Coral Serenade", "His yacht, the 52-foot Kestrel Bay"),
 * or one in lower case right after it, a determiner before the name ("the Ostrava Ridge plant"); -1 none. */
static int name_kind(const sctx *c, size_t i, size_t j)
{
    size_t used;
    int kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, j - 1, &used);
    if (kind >= 0 && used == 1 && j - 1 > i)
        return kind;
    if (i > c->a && (kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i - 1, &used)) >= 0 && used == 1)
        return kind;
    if (j < c->b && i > c->a && c->t[j].kind == FL_TOK_WORD && c->text[c->t[j].start] >= 'a' &&
        c->text[c->t[j].start] <= 'z' && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i - 1, &used) >= 0 &&
        (kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, j, &used)) >= 0 && used == 1)
        return kind;
    return apposed_kind(c, i);
}

static char *full_name(discourse *dc, char *name);
static int titled(const sctx *c, size_t i);
static int byline_para(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_para *p);

/* The kind noun at token i in lower case, into out (cap bytes); "" when it does not fit. */
static void kind_noun_text(const sctx *c, size_t i, char *out, size_t cap)
{
    size_t n = c->t[i].end - c->t[i].start;
    out[0] = '\0';
    if (n >= cap)
        return;
    for (size_t k = 0; k < n; k++)
        out[k] = (char)fl_ascii_lower((unsigned char)c->text[c->t[i].start + k]);
    out[n] = '\0';
}

/* Is token i a kind noun of one word? */
static int one_word_kind(const sctx *c, size_t i)
{
    size_t used;
    return i < c->b && fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i, &used) >= 0 && used == 1;
}

/* The token of the kind noun that gave a name [i, j) its kind (name_kind): its last word, the word before it, the
 * word after it; SIZE_MAX for an apposition's. */
static size_t name_kind_noun(const sctx *c, size_t i, size_t j)
{
    if (j - 1 > i && one_word_kind(c, j - 1))
        return j - 1;
    if (i > c->a && one_word_kind(c, i - 1))
        return i - 1;
    return one_word_kind(c, j) ? j : SIZE_MAX;
}

/* Notes a thing of a kind mentioned in paragraph para: a name (owned; a name seen before only moves to para) or,
 * name NULL, one introduced without a name (always another thing). */
static void see_kind(discourse *dc, char *name, const char *noun, int kind, size_t para)
{
    for (size_t i = 0; name && i < dc->nkind_seen; i++)
        if (dc->kind_seen[i].name && strcasecmp(dc->kind_seen[i].name, name) == 0) {
            dc->kind_seen[i].para = para;
            free(name);
            return;
        }
    dc->kind_seen = fl_xrealloc(dc->kind_seen, (dc->nkind_seen + 1) * sizeof *dc->kind_seen);
    struct kind_mention *m = &dc->kind_seen[dc->nkind_seen++];
    m->name = name;
    m->kind = kind;
    m->para = para;
    snprintf(m->noun, sizeof m->noun, "%s", noun);
}

/* A sentence that opens with an "unnamed-openers" word ("A", "Another"), up to two lower-case words and a kind
 * noun ("A neighbouring farm lost 40 hens"): a thing of that kind with no name, which a later "the farm" may
 * mean as well as the one named before. */
static void note_unnamed_kind(const sctx *c, discourse *dc, size_t para)
{
    enum { MODIFIERS = 2 };
    if (c->b - c->a < 2 || !fl_lexicon_has_token(fl_rules_lexicon(c->r, "unnamed-openers"), c->text, &c->t[c->a], 1))
        return;
    for (size_t i = c->a + 1; i < c->b && i <= c->a + 1 + MODIFIERS; i++) {
        const fl_token *t = &c->t[i];
        if (t->kind != FL_TOK_WORD || !(c->text[t->start] >= 'a' && c->text[t->start] <= 'z'))
            return;
        size_t used;
        int kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i, &used);
        if (kind >= 0 && used == 1 && (size_t)kind < c->k->nkinds) {
            char noun[sizeof dc->kind_seen->noun];
            kind_noun_text(c, i, noun, sizeof noun);
            see_kind(dc, NULL, noun, kind, para);
            return;
        }
    }
}

/* Does the document write the word at token i in lower case somewhere ("makes" for a title-case headline's
 * "Makes")? Then its capital is the headline's, not a name's. The document's runs of letters that have no capital
 * are put in dc->lower_words once, on first use, so that a long document with many names costs linear time. */
static int written_lower(const sctx *c, discourse *dc, size_t i)
{
    if (!dc->lower_ready) {
        fl_map_init(&dc->lower_words, 0);
        dc->lower_ready = 1;
        for (const char *p = c->text; *p;) {
            const char *q = p;
            int lower = 1;
            while (isalpha((unsigned char)*q)) {
                lower &= !isupper((unsigned char)*q);
                q++;
            }
            if (q > p && lower)
                fl_map_put(&dc->lower_words, p, (size_t)(q - p), 1);
            p = q > p ? q : p + 1;
        }
    }
    char w[48];
    size_t n = c->t[i].end - c->t[i].start;
    if (n >= sizeof w)
        return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)tolower((unsigned char)c->text[c->t[i].start + k]);
    return fl_map_get(&dc->lower_words, w, n) >= 0;
}

/* Remembers a name of two words or more, [i, j), as a name given in full, so that its first words after it name
 * it as a subject does ("Pellham employs 2,340 people" after "Pellham Scientific": full_name), whatever its
 * figures' clauses, as two reports of one story name it in full or not. Not a run with a word the document also
 * writes in lower case: a headline's title case ("Corvane Makes Cash Approach"). */
static void note_full_name(const sctx *c, discourse *dc, size_t i, size_t j)
{
    if (j - i < 2 || titled(c, i))
        return; /* "Ombudsman Rosalind Achterberg": a title and a person, whose first word is no short name of theirs */
    for (size_t k = i; k < j; k++)
        if (written_lower(c, dc, k))
            return;
    free(full_name(dc, subject_phrase(c, i, j - i)));
}

/* Remembers the names of a kind that sentence c gives, for "the <kind>" after them. */
static void note_kind_names(const sctx *c, discourse *dc, int byline)
{
    size_t para = c->b > c->a ? fl_claims_para_at(c->d, c->t[c->a].start) : 0;
    note_unnamed_kind(c, dc, para);
    for (size_t i = c->a; i < c->b; i++) {
        if (!name_start(c, i))
            continue;
        size_t j = i + 1;
        while (j < c->b && fl_claims_name_word(c, j))
            j++;
        int kind = name_kind(c, i, j);
        if (kind >= 0 && (size_t)kind < c->k->nkinds) {
            free(dc->kind_name[kind]);
            dc->kind_name[kind] = full_name(dc, subject_phrase(c, i, j - i));
            char noun[sizeof dc->kind_seen->noun] = "";
            size_t at = name_kind_noun(c, i, j);
            if (at != SIZE_MAX)
                kind_noun_text(c, at, noun, sizeof noun);
            see_kind(dc, fl_xstrdup(dc->kind_name[kind]), noun, kind, para);
        } else if (!byline)
            note_full_name(c, dc, i, j);
        i = j - 1;
    }
}

/* The things "the <noun>" at tok, of kind `kind`, may mean: those whose kind noun is that noun ("Brannock Fur Farm"
 * for "the farm"), else all of the kind; of those the paragraph mentions, else of the document's. Sets *one to the
 * last of them and returns how many there are. */
static size_t kind_candidates(const sctx *c, const discourse *dc, int kind, size_t tok, const struct kind_mention **one)
{
    char noun[sizeof dc->kind_seen->noun];
    kind_noun_text(c, tok, noun, sizeof noun);
    int by_noun = 0;
    for (size_t i = 0; i < dc->nkind_seen; i++)
        by_noun |= dc->kind_seen[i].kind == kind && noun[0] && strcmp(dc->kind_seen[i].noun, noun) == 0;
    size_t para = fl_claims_para_at(c->d, c->t[tok].start), n[2] = {0, 0};
    const struct kind_mention *last[2] = {NULL, NULL}; /* in the paragraph, in the document */
    for (size_t i = 0; i < dc->nkind_seen; i++) {
        const struct kind_mention *m = &dc->kind_seen[i];
        if (m->kind != kind || (by_noun && strcmp(m->noun, noun) != 0))
            continue;
        n[1]++;
        last[1] = m;
        if (m->para == para) {
            n[0]++;
            last[0] = m;
        }
    }
    int here = n[0] > 0 ? 0 : 1;
    *one = last[here];
    return n[here];
}

/* The subject "the <kind>" at tok refers back to: the one thing of that kind in reach (kind_candidates) when it has a
 * name, none when there are two ("Carnforth Rovers FC and Kendal Town FC ... The club") or the one is unnamed
 * ("Another farm ... The farm"); with none of the kind mentioned, for a kind whose names need no kind word
 * (claim_model.untyped_kinds: "Carrick Marine Works ... the company"), the entity whose report the document is
 * ("Pellham Toys plc ... announces its results ... The group employs"), or the last named subject when its kind is
 * not known; NULL ("the hall" with no hall named). */
static const char *kind_referent(const sctx *c, const discourse *dc, int kind, size_t tok)
{
    if (kind < 0 || (size_t)kind >= c->k->nkinds)
        return NULL;
    const struct kind_mention *one = NULL;
    size_t n = kind_candidates(c, dc, kind, tok, &one);
    if (n)
        return n == 1 ? one->name : NULL;
    const char *name = c->k->kinds[kind];
    if (fl_phrases_word(&c->k->untyped_kinds, name, strlen(name)) < 0)
        return NULL;
    if (dc->report_entity && dc->report_entity[0])
        return dc->report_entity;
    return dc->last_kind < 0 && !dc->last_person ? dc->last_name : NULL;
}

/* Does "the <kind>" sj mean a thing of its kind named before: one it refers to, or two in reach ("a 31-storey block"
 * after the Dunford Road bridge and the Holm Cross line: the document's own, not the story's unnamed thing)? */
static int kind_in_reach(const sctx *c, const discourse *dc, const subj_t *sj)
{
    const struct kind_mention *one = NULL;
    if (!dc->kind_name[sj->index])
        return 0;
    return kind_referent(c, dc, sj->index, sj->tok) || kind_candidates(c, dc, sj->index, sj->tok, &one);
}

/* The clause's subject when it is an entity: the first mention of the clause before token at that no
 * preposition introduces ("Argentina, the other large South American supplier, shipped ..." is
 * Argentina's); -1 when there is none or no clause is set. */
static int clause_first_entity(const sctx *c, const mention *m, size_t nm, size_t at)
{
    if (!c->cb)
        return -1;
    for (size_t k = 0; k < nm && m[k].tok < at; k++)
        if (m[k].tok >= c->ca && introduced_by(c, m[k].tok, c->ca) < 0)
            return m[k].entity;
    return -1;
}

/* Parties for the quantity at qtok with the family's direction. */
static void parties(const sctx *c, const mention *m, size_t nm, int metric, size_t trig, size_t qtok, int *src,
                    int *dst)
{
    *src = *dst = -1;
    fl_direction dir = c->k->metrics[metric].direction;
    size_t first = qtok < trig ? qtok : trig;
    size_t after = first > c->a ? first : c->a;
    switch (dir) {
    case FL_DIR_FROM_TO:
    case FL_DIR_TO_FROM: {
        int there = entity_after_word(c, m, nm, after, FL_ROLE_PARTY_TO);
        int here = entity_after_word(c, m, nm, after, FL_ROLE_FROM);
        int subject = clause_first_entity(c, m, nm, first);
        if (subject < 0)
            subject = entity_before(c, m, nm, first);
        if (dir == FL_DIR_FROM_TO) {
            *dst = there;
            *src = here >= 0 ? here : subject;
        } else {
            *dst = subject >= 0 ? subject : there;
            *src = here;
        }
        if (*src < 0 && *dst >= 0) {
            /* the one other party the sentence names, when there is exactly one */
            int other = -1, count = 0;
            for (size_t k = 0; k < nm; k++) {
                if (m[k].entity == *dst || m[k].entity == other)
                    continue;
                if (preceded_by(c, m[k].tok, FL_ROLE_PARTY_TO))
                    continue;
                other = m[k].entity;
                count++;
            }
            if (count == 1)
                *src = other;
        }
        if (*src == *dst)
            *src = *dst = -1;
        break;
    }
    case FL_DIR_ON:
        *dst = entity_after_word(c, m, nm, after, FL_ROLE_PARTY_ON);
        *src = entity_before(c, m, nm, first);
        if (*src == *dst)
            *src = -1;
        break;
    case FL_DIR_BETWEEN: {
        /* "between X and Y" (the last one before the quantity), or the parties right around it: "EU-China" */
        size_t from_tok = first, span = 12;
        for (size_t i = qtok; i-- > c->a;)
            if (fl_claims_role(c, i, FL_ROLE_BETWEEN)) {
                from_tok = i;
                span = 6;
                break;
            }
        int a = -1, b = -1;
        for (size_t k = 0; k < nm; k++) {
            if (span == 6 ? (m[k].tok < from_tok || m[k].tok - from_tok > span) : dist(m[k].tok, from_tok) > span)
                continue;
            if (a < 0)
                a = m[k].entity;
            else if (m[k].entity != a && b < 0)
                b = m[k].entity;
        }
        if (a >= 0 && b >= 0) {
            *src = a < b ? a : b;
            *dst = a < b ? b : a;
        }
        break;
    }
    case FL_DIR_NONE:
    default:
        /* the figure of a named subject that is not an entity ("the Socialist Party won ...", "General
         * Motors' revenue") is not its country's: its party is unknown. (Keying on the name itself found
         * more conflicts but also false ones on the Brown corpus: "The others were valued at $325".) */
        if (proper_name_before(c, m, nm, qtok))
            break;
        *src = entity_before(c, m, nm, qtok);
        if (*src < 0)
            *src = entity_before(c, m, nm, first);
        if (*src < 0)
            *src = entity_after_word(c, m, nm, qtok, FL_ROLE_PARTY_OF);
        break;
    }
}

/* Modality: cues in the clause before the quantity, "capacity" right after it. */
/* Does the word of modality at [i, i + n) describe a noun that is not what is measured ("patients waiting
 * for planned treatment"), rather than the figure ("projected revenue of", "the planned 5,000 jobs")? */
static int describes_noun(const sctx *c, size_t i, size_t n)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used, j = i + n;
    if (!p || j >= c->b || p->tags[j - c->a] != FL_TAG_NOUN)
        return 0;
    return fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, j, &used) < 0;
}

/* Is the word of modality at token i a noun of a sense of its own (the "modality-noun-senses" lexicon), the head of
 * its clause's subject before the clause's verb ("hardship projects received £68,000" names schemes, not forecasts;
 * in "the council projects spending of £2m" it is the verb)? */
static int noun_sense(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *senses = fl_rules_lexicon(c->r, "modality-noun-senses");
    if (!p || !senses || i < c->a || i >= c->b || p->tags[i - c->a] != FL_TAG_NOUN ||
        !fl_lexicon_has_token(senses, c->text, &c->t[i], 1))
        return 0;
    int np = p->np_of[i - c->a], cl = p->clause_of[i - c->a];
    return np >= 0 && cl >= 0 && p->nps[np].head == i - c->a && p->clauses[cl].subject == np &&
           p->clauses[cl].verb >= 0;
}

static int possessed(const sctx *c, const fl_qty *q);

/* The comma that ends the phrase opening its sentence with a preposition and holding a possessed figure ("With
 * its 31,000 students, the new university would ..."), whose clause follows the comma; 0 when there is none. */
static size_t fronted_comma(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end;
    if (!c->cb || c->ca != c->a || fl_claims_prep_role(c, c->a) < 0 || !possessed(c, q))
        return 0;
    while (i < c->b && !(c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ','))
        i++;
    return i + 1 < c->b ? i : 0;
}

static int verb_tag(int tag);

static size_t qty_first(const sctx *c, const fl_qty *q);
static int tally_side(const sctx *c, const fl_qty *q, size_t *start);

enum { ATTACHED_MAX = 10 }; /* the words of the phrases attached to a subject figure, before its verb group */

/* The token after the closing comma of a parenthetical phrase between commas that opens at token v, a phrase with no
 * verb in it ("Three people, including the boy, are expected to stay": the verb group follows it); v when none. */
static size_t parenthetical_end(const sctx *c, const fl_parse *p, size_t v)
{
    if (v >= c->b || c->text[c->t[v].start] != ',')
        return v;
    for (size_t i = v + 1; i < c->b && i <= v + ATTACHED_MAX; i++) {
        int t = p->tags[i - c->a];
        if (c->text[c->t[i].start] == ',')
            return i > v + 1 ? i + 1 : v;
        if (c->t[i].kind == FL_TOK_PUNCT || verb_tag(t) || t == FL_TAG_MD || t == FL_TAG_VBG)
            return v;
    }
    return v;
}

/* Is the modal of `used` words at i a narrator's future in the past: a past-tense modal of predicates.json
 * "retrospective-modals" ("would", "was going to") with a word of its "retrospective-adverbs" right after it ("would
 * eventually", "would later"), in a sentence with no speech verb (what someone said would happen stays a forecast:
 * "the firm said the plant would eventually employ 500") and no hypothetical? The narrator tells what came to pass;
 * a modal of what may yet be ("could eventually", "might ultimately") stays a forecast. */
static int retrospective(const sctx *c, size_t i, size_t used)
{
    const fl_lexicon *later = fl_rules_lexicon(c->r, "retrospective-adverbs");
    const fl_lexicon *past = fl_rules_lexicon(c->r, "retrospective-modals");
    size_t u;
    if (!later || !past || used < 1 || i + used >= c->b ||
        !fl_lexicon_has(past, c->text + c->t[i].start, c->t[i + used - 1].end - c->t[i].start, 1) ||
        !fl_lexicon_has_token(later, c->text, &c->t[i + used], 1))
        return 0;
    for (size_t j = c->a; j < c->b; j++)
        if (speech_verb(c, j) || fl_phrases_at(&c->k->hypothetical, c->text, c->t, c->b, j, &u) >= 0)
            return 0;
    return 1;
}

/* The modality a cue states in the verb group right after q (verbs, modals, adverbs and negations, at most four
 * words), when q's clause has no verb before it (q ends the subject phrase): FL_MOD_ACTUAL when none. */
static int verbs_after(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || q->tok < c->a || q->tok_end > c->b)
        return FL_MOD_ACTUAL;
    /* a speech verb right before the figure's phrase opens what was said, whose subject the figure is ("unions say
     * up to 200 jobs will go"), though the clause runs on from the speaker (an organisation's own figure) */
    size_t from = c->ca > c->a ? c->ca : c->a, f = qty_first(c, q);
    while (f > from && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, f - 1, &used) >= 0)
        f--;
    if (f > from && speech_verb(c, f - 1))
        from = f;
    for (size_t i = from; i < q->tok; i++)
        if (verb_tag(p->tags[i - c->a]) || p->tags[i - c->a] == FL_TAG_MD || p->tags[i - c->a] == FL_TAG_VBG)
            return FL_MOD_ACTUAL; /* the figure is no subject's: "said 40 jobs would go" is read from before it */
    /* the phrases attached to the subject figure come before its verb group: "150 of the 410 staff at the creamery
     * would lose their jobs" */
    size_t v = q->tok_end;
    if (v < c->b && fl_claims_prep_role(c, v) >= 0)
        while (v < c->b && v < q->tok_end + ATTACHED_MAX && c->t[v].kind != FL_TOK_PUNCT && !opens_clause(c, v) &&
               !verb_tag(p->tags[v - c->a]) && p->tags[v - c->a] != FL_TAG_MD)
            v++;
    v = parenthetical_end(c, p, v);
    for (size_t i = v; i < c->b && i < v + 4; i++) {
        int t = p->tags[i - c->a];
        if (!(verb_tag(t) || t == FL_TAG_MD || t == FL_TAG_ADV || t == FL_TAG_NEG))
            break;
        int mo = fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used);
        if (mo == FL_MOD_FORECAST && retrospective(c, i, used))
            continue; /* "Eighty-seven guests would eventually report symptoms": what came to pass */
        if (mo > FL_MOD_ACTUAL && mo != FL_MOD_CAPACITY)
            return mo;
    }
    return FL_MOD_ACTUAL;
}

/* The modality of the clause before the comma at token comma when a participle opens the figure's clause after it
 * ("will close its factory, eliminating 1,150 jobs": the closure's, a forecast): the modal auxiliary of that
 * clause; FL_MOD_ACTUAL when none or when no participle follows the comma. */
static int participle_modality(const sctx *c, size_t comma)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || comma + 1 >= c->b || c->text[c->t[comma].start] != ',' || p->tags[comma + 1 - c->a] != FL_TAG_VBG)
        return FL_MOD_ACTUAL;
    for (size_t i = comma; i-- > c->a && !boundary(c, i);) {
        int mo = p->tags[i - c->a] == FL_TAG_MD ? fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used)
                                                : FL_MOD_ACTUAL;
        if (mo == FL_MOD_FORECAST)
            return mo;
    }
    return FL_MOD_ACTUAL;
}

static int label_modality(const sctx *c, const fl_qty *q);

static int modality_of(const sctx *c, const fl_qty *q)
{
    size_t used;
    int tail = label_modality(c, q);
    if (tail > FL_MOD_ACTUAL)
        return tail; /* "- Clean-up cost forecast: £3.4m" */
    /* a possessed figure of an opening phrase has its clause's modality: "With its 31,000 students, the new
     * university would become ..." */
    for (size_t i = fronted_comma(c, q) + 1; i > 1 && i < c->b && i <= fronted_comma(c, q) + 8; i++) {
        int mo = fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used);
        if (mo > FL_MOD_ACTUAL && !(used == 1 && fl_claims_role(c, i, FL_ROLE_BY)))
            return mo;
    }
    for (size_t i = q->tok_end; i < c->b && i < q->tok_end + 3; i++) {
        int mo = fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used);
        if (mo == FL_MOD_CAPACITY)
            return mo;
        if (boundary(c, i))
            break;
    }
    /* the verb group right after a figure that ends its clause's subject: "Waves of 8 to 9 metres had been
     * forecast", "Revenue of $5 million is expected" */
    int after = verbs_after(c, q);
    if (after > FL_MOD_ACTUAL)
        return after;
    /* further back in the clause only a capacity of two words or more: "The national speed limit for coaches on
     * single-carriageway roads such as this part of the A82 is 50mph" */
    for (size_t i = q->tok; i-- > c->a && q->tok - i <= 24;) {
        if (boundary(c, i))
            return participle_modality(c, i);
        int mo = fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used);
        if (q->tok - i > 10 && (mo != FL_MOD_CAPACITY || used < 2))
            continue;
        if (mo > FL_MOD_ACTUAL && !(used == 1 && fl_claims_role(c, i, FL_ROLE_BY)) && i + used <= q->tok &&
            !describes_noun(c, i, used) && !(used == 1 && noun_sense(c, i)))
            return mo;
    }
    return FL_MOD_ACTUAL;
}

/* ---- periods ---- */

/* Is a figure (a number that is no year) of nums[0, nn) before token i? */
static int figure_before(const fl_num *nums, size_t nn, size_t i)
{
    for (size_t k = 0; k < nn && nums[k].tok < i; k++)
        if (!nums[k].nonclaim)
            return 1;
    return 0;
}

/* The numbers of a sentence by token: at[i - a] is the index of the number whose first token is i, or nn. */
typedef struct {
    const fl_num *nums;
    size_t nn, a;
    const size_t *at;
} num_index;

/* The number that starts at token i, or NULL. */
static const fl_num *num_at(const num_index *x, size_t i)
{
    return i >= x->a && x->at[i - x->a] < x->nn ? &x->nums[x->at[i - x->a]] : NULL;
}

/* Is token i a day of the month (a whole number from 1 to 31 that is no year)? */
static int day_number_at(const num_index *x, size_t i)
{
    const fl_num *n = num_at(x, i);
    return n && n->nonclaim != FL_NC_YEAR && n->value >= 1 && n->value <= 31 && n->value == (int)n->value;
}

/* The first token of a weekday (time.json weekdays) and the comma after it that end right before token p ("on
 * Monday 14 September", "on Monday, 14 September"), p when none. */
static size_t weekday_before(const sctx *c, size_t p)
{
    size_t q = p, used;
    if (q > c->a + 1 && c->t[q - 1].kind == FL_TOK_PUNCT && c->text[c->t[q - 1].start] == ',')
        q--;
    if (q > c->a && fl_phrases_ending(&c->k->weekdays, c->text, c->t, c->b, q - 1, &used) >= 0)
        return q - used;
    return p;
}

/* "seven years ago": a whole number at token i and a phrase of the years-ago lexicon count back from the
 * document's year (w->how 2); 0 when token i starts no such phrase or the document has no date. */
static int years_ago(const sctx *c, const num_index *x, const fl_date *date, size_t i, when *w, size_t *used)
{
    const fl_num *n = num_at(x, i);
    if (!n)
        return 0; /* most tokens: no lexicon looked up by name */
    const fl_lexicon *ago = fl_rules_lexicon(c->r, "years-ago");
    if (!ago || !date->year || date->source == FL_DATE_INFERRED || date->source == FL_DATE_NONE ||
        n->nonclaim == FL_NC_YEAR || n->value < 1 || n->value > 200 || n->value != (int)n->value)
        return 0;
    size_t j = i + n->ntok;
    if (j + 2 > c->b || !fl_lexicon_has(ago, c->text + c->t[j].start, c->t[j + 1].end - c->t[j].start, 1))
        return 0; /* the two words as written, one space between */
    w->year = date->year - (int)n->value;
    w->how = 2;
    *used = j + 2 - i;
    return 1;
}

/* Does a word of the "record-words" lexicon stand in the few words before "since" at token i ("the highest since
 * 2019", "its lowest level since 2019", "the first time since 2019")? Then the year is a record's span. */
static int record_since(const sctx *c, size_t i)
{
    const fl_lexicon *rec = fl_rules_lexicon(c->r, "record-words");
    for (size_t k = i; rec && k-- > c->a && i - k <= 3 && c->t[k].kind == FL_TOK_WORD;)
        if (fl_lexicon_has_token(rec, c->text, &c->t[k], 1))
            return 1;
    return 0;
}

/* The months of a span whose end day or month starts at token e ("the year to 31 March 2026", "the 52 weeks
 * ended December 2025", "the six months to 30 June 2026"): 12 when the words before it are a phrase of the
 * "year-to" lexicon of rules/time.json, 6 for one of "half-year-to", else 0. The phrase is looked up as written,
 * in the two to six tokens before, the longest first ("half-year to" before "year to"; "the 12 months to the end
 * of December"). */
int fl_claims_span_before(const sctx *c, size_t e)
{
    const fl_lexicon *year = fl_rules_lexicon(c->r, "year-to"), *half = fl_rules_lexicon(c->r, "half-year-to");
    for (size_t n = 6; n >= 2; n--) {
        if (e < c->a + n)
            continue;
        const char *s = c->text + c->t[e - n].start;
        size_t len = c->t[e - 1].end - c->t[e - n].start;
        if (half && fl_lexicon_has(half, s, len, 1))
            return 6;
        if (year && fl_lexicon_has(year, s, len, 1))
            return 12;
    }
    return 0;
}

/* span_before for the month at token m, after its day if it has one ("to 31 March 2026"). */
static int span_to_month(const sctx *c, const num_index *x, size_t m)
{
    return fl_claims_span_before(c, m > c->a && day_number_at(x, m - 1) ? m - 1 : m);
}

/* Gives w (a year with its month, the month at token m) the span of a year or a half that ends in that month:
 * the year to December is the calendar year, the six months to June and to December its halves; another end
 * month makes a part of its own ("year to march"), never that month alone (set_period names the part). */
static void span_period(const sctx *c, const num_index *x, size_t m, when *w)
{
    int span = span_to_month(c, x, m);
    if (!span)
        return;
    w->span = span == 12 && w->month == 12 ? 0 : span;
    w->span_month = w->month;
    w->part = w->span != 0;
    w->month = 0;
}

/* Is the verb that governs the month at token i of the future: does the main verb group of the clause holding i
 * (the parse of the sentence) hold an auxiliary of time.json "future-auxiliaries" ("will", "shall")? A month it
 * names is then the next of that name, not the last: "Staff will receive £400 each in March", but not "Sales fell
 * in March and will recover by June" (the month's clause is "fell"'s; "will" is the next clause's) nor "The firm
 * will say on Friday that sales fell in March". 0 without a parse. */
static int future_clause(const sctx *c, size_t i)
{
    const fl_lexicon *aux = fl_rules_lexicon(c->r, "future-auxiliaries");
    const fl_parse *p = aux ? fl_claims_parse_of(c) : NULL;
    int vg = p ? fl_parse_verb(p, fl_parse_clause_of(p, i - c->a)) : -1;
    if (vg < 0)
        return 0;
    for (size_t j = c->a + p->vgs[vg].start; j < c->a + p->vgs[vg].end && j < c->b; j++)
        if (c->t[j].kind == FL_TOK_WORD && fl_lexicon_has_token(aux, c->text, &c->t[j], 1))
            return 1;
    return 0;
}

/* A month of the document's year at token i with no year of its own (w->how 2, w->month_only): a month name
 * after a word of time.month_prepositions ("in February", "during March", "by June", "on 12 February", "on Monday
 * 14 September": a weekday may stand before the day), or a phrase of time.relative_months ("last month"). The
 * month is the latest of that name up to the document's (a month after the document's is of the year before), but
 * for a deadline still ahead ("by June" in March: a target of the document's year). Needs the document's date; 0
 * when there is none, or the month states its year ("in February 2026": a stated year). After a phrase of the year-to
 * lexicon ("in the year to December 28", "the six months to 30 September") the month ends the span of that phrase
 * that ended last before the document's month (span_period), not a month of its own. */
static int month_when(const sctx *c, const num_index *x, const fl_date *date, size_t i, when *w, size_t *used)
{
    if (!date->month || date->source == FL_DATE_INFERRED || date->source == FL_DATE_NONE)
        return 0;
    int mon = 0, year = date->year;
    *used = 0; /* an offset may be -1 ("last month"), the value of no phrase too: whether one was found is in used */
    int rel = fl_phrases_at(&c->k->relative_months, c->text, c->t, c->b, i, used);
    if (*used && rel >= -12 && rel <= 12) {
        mon = date->month + rel;
        year += mon < 1 ? -1 : mon > 12 ? 1 : 0;
        mon = mon < 1 ? mon + 12 : mon > 12 ? mon - 12 : mon;
    } else {
        unsigned char first = (unsigned char)c->text[c->t[i].start];
        mon = first >= 'A' && first <= 'Z' ? fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, used) : -1;
        size_t after = i + (mon > 0 ? *used : 0), p = i, pused;
        if (mon <= 0 || (after < c->b && c->t[after].kind == FL_TOK_NUM && !day_number_at(x, after)))
            return 0; /* no month, or one with its year (or another number) after it */
        const fl_lexicon *links = fl_rules_lexicon(c->r, "month-range-links");
        size_t mu;
        if (links && after + 1 < c->b && fl_lexicon_has_token(links, c->text, &c->t[after], 1) &&
            fl_phrases_at(&c->k->months, c->text, c->t, c->b, after + 1, &mu) > 0)
            return 0; /* "October to December 2025": a span of months, read with its year (month_range) */
        int span = span_to_month(c, x, i);
        if (span) { /* "in the year to December 28", "the six months to 30 September": the span that ended last */
            const fl_num *day = i > c->a && day_number_at(x, i - 1)       ? num_at(x, i - 1)
                                : after < c->b && day_number_at(x, after) ? num_at(x, after)
                                                                          : NULL;
            int ended = day ? mon < date->month || (mon == date->month && (int)day->value <= date->day)
                            : mon < date->month; /* "the year to 14 March" in a report of 20 March: this year's */
            w->year = ended ? year : year - 1;
            w->month = mon;
            w->how = 2;
            span_period(c, x, i, w);
            return 1;
        }
        if (p > c->a && day_number_at(x, p - 1))
            p--; /* "on 12 February" */
        /* "on Monday 14 September" */
        p = weekday_before(c, p);
        if (p == c->a || fl_phrases_ending(&c->k->month_preps, c->text, c->t, c->b, p - 1, &pused) < 0)
            return 0;
        size_t ps = p - pused; /* the phrase's first word: "by" of "by the end of September" */
        w->target = (fl_claims_role(c, p - 1, FL_ROLE_DEADLINE) || fl_claims_role(c, ps, FL_ROLE_DEADLINE)) &&
                    mon > date->month; /* "by 31 July" in August: done */
        w->since = fl_claims_role(c, p - 1, FL_ROLE_SINCE) || fl_claims_role(c, ps, FL_ROLE_SINCE);
        if (future_clause(c, i))
            year += mon < date->month ? 1 : 0; /* "will receive £400 each in March" in February: this March */
        else if (mon > date->month && !w->target)
            year--;
    }
    w->year = year;
    w->month = mon;
    w->how = 2;
    w->month_only = 1;
    return 1;
}

/* Gives w (a year with its month, the month at token m) the span of months that a month-range-links word and a
 * month before it open ("In the quarter April to June 2026", "April-June 2026"): a part of the year named by its
 * words ("april to june"), not its last month. Returns 1 when they do. */
static int month_range(const sctx *c, size_t m, when *w)
{
    const fl_lexicon *links = fl_rules_lexicon(c->r, "month-range-links");
    size_t used;
    if (!links || m < c->a + 2 || !fl_lexicon_has_token(links, c->text, &c->t[m - 1], 1) ||
        fl_phrases_at(&c->k->months, c->text, c->t, c->b, m - 2, &used) <= 0 || used != 1)
        return 0;
    w->range_from = fl_phrases_at(&c->k->months, c->text, c->t, c->b, m - 2, &used);
    w->range_to = w->month;
    w->month = 0;
    w->part = 1;
    w->part_tok = m - 2;
    w->part_ntok = 3;
    return 1;
}

int fl_claims_month_pair(const fl_knowledge *k, const char *s, size_t n, int *from, int *to)
{
    size_t dash = 0, after = 0;
    for (size_t i = 1; i + 1 < n && !dash; i++)
        if (s[i] == '-')
            dash = i, after = i + 1;
        else if (i + 3 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
            dash = i, after = i + 3; /* an en or em dash */
    if (!dash || after >= n)
        return 0;
    *from = fl_phrases_word(&k->months, s, dash);
    *to = fl_phrases_word(&k->months, s + after, n - after);
    return *from > 0 && *to > 0 && *from != *to;
}

/* Gives w (a year at token y) the span of months that one hyphenated word before it names ("Jan-Mar 2026",
 * "April-June 2026"), as month_range does for "April to June 2026". Returns 1 when it does. */
static int month_pair(const sctx *c, size_t y, when *w)
{
    int from, to;
    if (y <= c->a || c->t[y - 1].kind != FL_TOK_WORD ||
        !fl_claims_month_pair(c->k, c->text + c->t[y - 1].start, c->t[y - 1].end - c->t[y - 1].start, &from, &to))
        return 0;
    w->range_from = from;
    w->range_to = to;
    w->part = 1;
    w->part_tok = y - 1;
    w->part_ntok = 1;
    return 1;
}

/* Where the sentence goes on after a wire dateline with its date that opens its line (fl_wire_dateline_end, the
 * reader of the document's date): that date is the document's, not a period of the sentence's figures. c->a when
 * there is none. */
static size_t dateline_end(const sctx *c)
{
    size_t start = c->t[c->a].start;
    if (c->b - c->a < 3 || (start > 0 && c->text[start - 1] != '\n'))
        return c->a; /* only a sentence that opens its line */
    size_t end = fl_wire_dateline_end(c->d, c->r, start, c->t[c->b - 1].end), i = c->a;
    while (end > start && i < c->b && c->t[i].start < end)
        i++;
    return i < c->b ? i : c->a;
}

/* The year expressions of a sentence: stated years and relative ones (not a wire dateline's: dateline_end).
 * prev is the last year stated before. */
static size_t find_whens(const sctx *c, const fl_num *nums, size_t nn, const fl_date *date, int *prev, size_t *prev_tok,
                         when **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
    size_t used;
    /* the number at each token of the sentence, so that a sentence of many numbers is not a scan of all its
     * numbers per token */
    size_t *at = fl_xmalloc((c->b - c->a + 1) * sizeof(size_t));
    for (size_t i = c->a; i < c->b; i++)
        at[i - c->a] = nn;
    for (size_t k = 0; k < nn; k++)
        if (nums[k].tok >= c->a && nums[k].tok < c->b)
            at[nums[k].tok - c->a] = k;
    num_index x = {nums, nn, c->a, at};
    for (size_t i = dateline_end(c); i < c->b; i++) {
        when w = {i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        size_t k = at[i - c->a];
        if (k < nn && nums[k].nonclaim == FL_NC_YEAR) {
            w.year = nums[k].year;
            w.how = 1;
            if (i > c->a) {
                int mon = fl_phrases_at(&c->k->months, c->text, c->t, c->b, i - 1, &used);
                if (mon > 0) {
                    w.month = mon;
                    span_period(c, &x, i - 1, &w);
                    if (!w.span)
                        month_range(c, i - 1, &w);
                    size_t d = i - 1 > c->a && day_number_at(&x, i - 2) ? i - 2 : i - 1;
                    w.deadline = d > c->a && fl_claims_role(c, d - 1, FL_ROLE_DEADLINE);
                } else
                    month_pair(c, i, &w); /* "Jan-Mar 2026" */
                if (fl_claims_role(c, i - 1, FL_ROLE_SINCE))
                    w.since = 1;
                if (w.since && record_since(c, i - 1))
                    w.base = 1; /* "the highest since 2019": the record's span, no period of a figure */
                if (fl_claims_role(c, i - 1, FL_ROLE_DEADLINE))
                    w.target = w.deadline = 1;
                /* "down 5 percent on 2025", "against 2024": the year compared with */
                if ((preceded_by(c, i, FL_ROLE_COMPARISON) || preceded_by(c, i, FL_ROLE_PARTY_ON)) &&
                    !(fl_claims_role(c, i - 1, FL_ROLE_TO) && i >= c->a + 2 && fl_claims_role(c, i - 2, FL_ROLE_UP)))
                    w.base = 1;
            }
        }
        if (!w.how && c->t[i].kind == FL_TOK_WORD) {
            int rel = fl_phrases_at(&c->k->relative, c->text, c->t, c->b, i, &used);
            if (rel >= 0) {
                int from = c->k->rel_from[rel];
                /* "236 euros a year earlier", "up from 4 million the previous year": an earlier time after a
                 * figure counts back from the sentence's own time (a year stated before it in the sentence,
                 * else the document's), not from a year of an earlier sentence ("the hall, opened in 1987");
                 * "That year", "A year later" opening a sentence carry the year before */
                if (from == 1 && c->k->rel_offset[rel] < 0 && figure_before(nums, nn, i) && *prev_tok < c->a)
                    from = 0;
                int base = from == 0 ? date->year : from == 1 ? *prev : 0;
                if (base > 0) {
                    w.year = base + c->k->rel_offset[rel];
                    w.how = from == 0 ? 2 : 3;
                    /* "little changed from last year", "up 5 percent on a year earlier" */
                    w.base = preceded_by(c, i, FL_ROLE_COMPARISON) || preceded_by(c, i, FL_ROLE_PARTY_ON);
                }
                i += used - 1;
            }
        }
        if (!w.how && c->t[i].kind == FL_TOK_WORD && month_when(c, &x, date, i, &w, &used))
            i += used - 1;
        else if (!w.how && nn && years_ago(c, &x, date, i, &w, &used))
            i += used - 1;
        if (!w.how)
            continue;
        /* "the first three quarters of 2020", "in January 2022": only part of the year */
        for (size_t back = 1; back <= 6 && !w.span_month && !w.part_ntok && w.tok >= c->a + back; back++) {
            size_t p = w.tok - back;
            if (fl_phrases_at(&c->k->part_of_year, c->text, c->t, c->b, p, &used) >= 0 && p + used <= w.tok) {
                /* which part: "first quarter" and "second quarter" are different periods */
                w.part = 1;
                w.part_tok = p;
                w.part_ntok = used;
                break;
            }
            if (boundary(c, p))
                break;
        }
        if (w.how == 1) {
            *prev = w.year;
            *prev_tok = w.tok;
        }
        FL_GROW(*out, cap, n + 1);
        (*out)[n++] = w;
    }
    free(at);
    return n;
}

/* The first of the year expressions w[0..nw) (in token order) at or after token tok. */
typedef struct {
    const when *w;
    size_t tok;
} when_key;

static int when_before(const void *arg, size_t i)
{
    const when_key *k = arg;
    return k->w[i].tok < k->tok;
}

static size_t first_when_from(const when *w, size_t nw, size_t tok)
{
    when_key k = {w, tok};
    return fl_lower_bound(nw, &k, when_before);
}

/* How far after a figure of comparison a year expression dates that figure only: "from 7.2 million tonnes in
 * 2025", "against 236 euros a year earlier", "compared with 6.9 tonnes last year". */
enum { BASE_WHEN_GAP = 3 };

/* How many tokens a period label of a comparative in parentheses may have: "(H1 2025: £389.5m)". */
enum { COMPARATIVE_LABEL = 4 };

/* Is the figure whose first token is p a results table's comparative: after the colon of a period label that opens
 * a parenthesis, a number among its words ("Revenue £412.0m (H1 2025: £389.5m)", "(2025: 174.2)")? It is the
 * last period's figure, given to compare: a base, as "up from" makes one. */
static int comparative_in_parens(const sctx *c, size_t p)
{
    if (p < c->a + 3 || c->t[p - 1].kind != FL_TOK_PUNCT || c->text[c->t[p - 1].start] != ':')
        return 0;
    int year = 0;
    for (size_t k = p - 1; k-- > c->a && p - 1 - k <= COMPARATIVE_LABEL;) {
        if (c->t[k].kind == FL_TOK_NUM)
            year = 1;
        else if (c->t[k].kind == FL_TOK_PUNCT)
            return c->text[c->t[k].start] == '(' && year && k + 1 < p - 1;
    }
    return 0;
}

/* How many tokens the words naming a normal in parentheses may have: "(long-term average: 57 cm)". */
enum { REFERENCE_LABEL = 5 };

/* Is figure q the normal its sentence's figure is compared with: the words of a reference-levels phrase (and a
 * colon) alone between it (its qualifier aside) and the parenthesis that opens them ("Snowfall: 42 cm
 * (average 57 cm)", "(normal: 6.3C)")? It is of the long run, not of the period its sentence states: no level of the
 * measure. */
static int reference_level(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "reference-levels");
    size_t e = q->tok;
    while (e > c->a && c->t[e - 1].start >= q->qstart)
        e--; /* past its qualifier: "(average about 57 cm)" */
    if (e > c->a && c->t[e - 1].kind == FL_TOK_PUNCT && c->text[c->t[e - 1].start] == ':')
        e--;
    for (size_t s = e; s-- > c->a && e - s <= REFERENCE_LABEL;) {
        if (c->t[s].kind != FL_TOK_PUNCT)
            continue;
        return c->text[c->t[s].start] == '(' && s + 1 < e &&
               fl_lexicon_has(lex, c->text + c->t[s + 1].start, c->t[e - 1].end - c->t[s + 1].start, 1);
    }
    return 0;
}

static int base_holding(const sctx *c, const fl_qty *q);

/* Is figure o introduced as a base of comparison: "from (about) 7.2", "compared with 6.9", "against 236", a
 * comparative "(2025: 174.2)"? Not the places a base verb's subject works from ("covers the county from 22
 * stations": base_holding). */
int fl_claims_base_figure(const sctx *c, const fl_qty *o)
{
    if (base_holding(c, o))
        return 0;
    size_t p = o->tok;
    while (p > c->a && c->t[p - 1].start >= o->qstart)
        p--; /* past its qualifier: "from about 7.2" */
    size_t pr = p;
    while (pr > c->a && fl_claims_role(c, pr - 1, FL_ROLE_ARTICLES))
        pr--;
    /* "rose 6 per cent to £184.6 million": the level reached; not "compared to" (arithmetic comparisons) */
    size_t used;
    int to_level = pr > c->a + 1 && fl_claims_role(c, pr - 1, FL_ROLE_TO) &&
                   fl_phrases_at(&c->k->comparisons, c->text, c->t, c->b, pr - 2, &used) < 0;
    /* a preposition that opens the sentence compares nothing before it: "With 68 boats on the register, ..." */
    int opens = pr == c->a + 1;
    return preceded_by(c, p, FL_ROLE_FROM) || (!to_level && !opens && preceded_by(c, p, FL_ROLE_COMPARISON)) ||
           preceded_by(c, p, FL_ROLE_PARTY_ON) || comparative_in_parens(c, p);
}

/* For fl_lower_bound: is quantity i of qs over before token tok? */
typedef struct {
    const fl_qty *qs;
    size_t tok;
} qty_key;

static int qty_ends_before(const void *arg, size_t i)
{
    const qty_key *k = arg;
    return k->qs[i].tok_end < k->tok;
}

/* Is the year expression at token wt the period of another figure of the sentence than q: one introduced as a
 * base of comparison ("from", "compared with", "against") that stands right before it, between q and it? Such a phrase
 * dates its own figure only, not the level the sentence states: "8.4 million tonnes, up from 7.2 million tonnes in
 * 2025" leaves 8.4 without 2025. */
static int other_base_when(const sctx *c, const fl_qty *qs, size_t nqs, const fl_qty *q, size_t wt)
{
    /* quantities come in token order: only those that end in the BASE_WHEN_GAP tokens before wt are read,
     * so that a sentence of many figures (a flattened table) is not quadratic */
    qty_key key = {qs, wt > BASE_WHEN_GAP ? wt - BASE_WHEN_GAP : 0};
    for (size_t i = fl_lower_bound(nqs, &key, qty_ends_before); i < nqs && qs[i].tok_end <= wt; i++) {
        const fl_qty *o = &qs[i];
        if (o == q || o->tok < c->a)
            continue;
        if (fl_claims_base_figure(c, o) && o->tok >= q->tok_end)
            return 1; /* not a base before q: "climbed from 44.1% to 46.5% last year" dates the change's end */
    }
    return 0;
}

/* The period of the quantity: the nearest year expression after it in its clause, else before it; qs[0, nqs)
 * are the sentence's quantities (a base of comparison among them keeps its year to itself). Only the year
 * expressions near it are looked at, so a sentence of many numbers is not quadratic. */
/* The comma that opens a phrase set off between a subject and its verb, when the comma at p closes one: a
 * finite verb right after p, another comma before it in the sentence with a name or noun right before that
 * one, and a predicate of the phrase's own between them ("Pellham Ridge, a medium-security prison opened in
 * 1994, holds"; not "That earthquake, in 1976, had"); SIZE_MAX otherwise. */
static size_t interposed_start(const sctx *c, size_t p)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (!ps || p + 1 >= c->b || (ps->tags[p + 1 - c->a] != FL_TAG_VBD && ps->tags[p + 1 - c->a] != FL_TAG_VBP))
        return SIZE_MAX;
    for (size_t k = p; k-- > c->a + 1;) {
        if (c->t[k].kind != FL_TOK_PUNCT)
            continue;
        if (c->text[c->t[k].start] != ',')
            return SIZE_MAX;
        int t = ps->tags[k - 1 - c->a], own = 0;
        for (size_t i = k + 1; i < p && !own; i++) /* a predicate of its own: "built in 1987", "which opened" */
            own = ps->tags[i - c->a] == FL_TAG_VBN || ps->tags[i - c->a] == FL_TAG_WH || ps->vg_of[i - c->a] >= 0;
        return (t == FL_TAG_PROPN || t == FL_TAG_NOUN) && own ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Does the time at token at stand inside a phrase set off by a comma between tokens from and at that holds a figure of
 * its own, still open at the time ("damaged 3,100 hectares, about a quarter of the area hit this week": the week is
 * the area's, not the 3,100 hectares')? A phrase closed by a second comma before the time leaves it the figure's
 * ("killed 12 people, including three children, on Tuesday"). */
static int in_apposed_figure(const sctx *c, const fl_qty *qs, size_t nqs, size_t from, size_t at)
{
    int comma = 0, figure = 0;
    for (size_t k = from; k < at; k++) {
        if (c->t[k].kind == FL_TOK_PUNCT && c->text[c->t[k].start] == ',') {
            comma = 1;
            figure = 0;
            continue;
        }
        for (size_t n = 0; comma && !figure && n < nqs; n++)
            figure = qs[n].tok == k;
    }
    return figure;
}

static const when *period_of(const sctx *c, const when *w, size_t nw, const fl_qty *q, const fl_qty *qs, size_t nqs)
{
    /* after it: the first that is not a base of comparison, at most 8 tokens on, with no ';' or '(' between */
    for (size_t i = first_when_from(w, nw, q->tok_end); i < nw && w[i].tok - q->tok_end <= 8; i++) {
        if (w[i].base)
            continue;
        if (other_base_when(c, qs, nqs, q, w[i].tok))
            break;
        int crossed = 0;
        size_t used;
        for (size_t k = q->tok_end; k < w[i].tok && !crossed; k++)
            /* a ';', a '(' or a coordinated clause (", and the board expects ... for 2026") stands between */
            crossed = c->t[k].kind == FL_TOK_PUNCT &&
                      (c->text[c->t[k].start] == ';' || c->text[c->t[k].start] == '(' ||
                       (c->text[c->t[k].start] == ',' && k + 1 < w[i].tok &&
                        fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, k + 1, &used) >= 0));
        if (!crossed && !in_apposed_figure(c, qs, nqs, q->tok_end, w[i].tok))
            return &w[i];
        break;
    }
    /* before it: in the same clause, not inside a parenthesis the quantity is outside of; j counts the year
     * expressions before the token looked at, and the walk ends when there are none */
    size_t lo = q->tok, j = first_when_from(w, nw, q->tok), open, first = qty_first(c, q);
    /* a label's own bracket before its colon is its period: "A&E attendances (March): 14,962" */
    size_t own = first > c->a + 3 && punct_is(c, first - 1, ':') ? label_bracket(c, first - 1) : SIZE_MAX;
    int depth = 0;
    while (lo > c->a && j > 0) {
        size_t p = lo - 1;
        if (c->t[p].kind == FL_TOK_PUNCT && own != SIZE_MAX && (p == own || p == first - 2))
            ; /* the label's own bracket holds the figure's period */
        else if (c->t[p].kind == FL_TOK_PUNCT) {
            char ch = c->text[c->t[p].start];
            if (ch == ')')
                depth++;
            else if (ch == '(' && depth > 0)
                depth--;
            else if (ch == ';' || (ch == '(' && depth == 0))
                break;
            else if (ch == ',' && depth == 0 && (open = interposed_start(c, p)) != SIZE_MAX) {
                lo = open; /* "Pellham Ridge, a prison opened in 1994, holds 1,240 inmates": the apposition's */
                continue;
            }
        }
        while (j > 0 && w[j - 1].tok > p)
            j--;
        for (size_t i = j; i-- > 0 && w[i].tok == p;)
            if (depth == 0 && !w[i].base && !other_base_when(c, qs, nqs, q, w[i].tok))
                return &w[i];
        lo = p;
    }
    return NULL;
}

/* Is quantity qi the old value of a change stated in its sentence: "lowered his 145% tariffs ... to 30%",
 * "reduced ... from 125% to 10%"? A later quantity of the same measure introduced by "to", with a word of
 * change in the sentence. */
/* Does the sentence have a word of change ("rose", "cut", "doubled")? */
static int has_change_word(const sctx *c)
{
    size_t used;
    for (size_t i = c->a; i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && (fl_phrases_at(&c->k->increase, c->text, c->t, c->b, i, &used) >= 0 ||
                                            fl_phrases_at(&c->k->decrease, c->text, c->t, c->b, i, &used) >= 0 ||
                                            fl_phrases_at(&c->k->multiples, c->text, c->t, c->b, i, &used) >= 0))
            return 1;
    return 0;
}

static int change_word(const sctx *c, size_t i)
{
    size_t used;
    return i < c->b && c->t[i].kind == FL_TOK_WORD &&
           (fl_phrases_at(&c->k->increase, c->text, c->t, c->b, i, &used) >= 0 ||
            fl_phrases_at(&c->k->decrease, c->text, c->t, c->b, i, &used) >= 0);
}

/* Is the figure q the base a word of change right before "from" compares with ("Revenue was £31.5m in 2025, up from
 * £30.4m", "down from 412"): the old value, not a level of the clause's period (old_value takes it)? */
static int change_base(const sctx *c, const fl_qty *q)
{
    return q->tok >= c->a + 2 && fl_claims_role(c, q->tok - 1, FL_ROLE_FROM) && change_word(c, q->tok - 2);
}

/* Is the word of change at token i a direction instead: a particle of its verb ("Some 200 fans turned up", "the
 * 12 dogs put down") or a preposition before an article ("rolled 30 metres down the bank")? */
static int direction_word(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return (p && p->tags[i - c->a] == FL_TAG_PART) || fl_claims_role(c, i + 1, FL_ROLE_ARTICLES);
}

/* Is the word of change at token i, after a count q, a motion of what it counts: a preposition of place or
 * path follows it (predicates.json motion_prepositions: "At least 40 people fell into the creek", "dropped
 * onto the rocks")? A count falls to or by a figure; its things fall into a place. */
static int motion_of_counted(const sctx *c, const fl_qty *q, size_t i)
{
    size_t used;
    return fl_count_dimension(c->r, q->dim) && i + 1 < c->b &&
           fl_phrases_at(&c->k->motion_preps, c->text, c->t, c->b, i + 1, &used) >= 0;
}

/* Is the quantity the size of a change rather than a level: "a $1.75 million budget increase", "rose by
 * 5%", "an increase of $2 billion"? */
static int act_admits(const fl_knowledge *k, int a, const char *dim);

static int change_amount(const sctx *c, const fl_qty *q)
{
    size_t used;
    int a;
    if (tally_side(c, q, &used) >= 0)
        return 0; /* "carried by 28 votes to 18": a side of a division */
    for (size_t i = q->tok_end; i < q->tok_end + 2 && i < c->b && c->t[i].kind != FL_TOK_PUNCT; i++)
        if (change_word(c, i) && c->t[i].kind == FL_TOK_WORD && !fl_claims_role(c, i + 1, FL_ROLE_FROM) &&
            !direction_word(c, i) && !motion_of_counted(c, q, i) &&
            /* "12 crew members fell ill": a change of state (rules/predicates.json) of what is counted */
            !(i + 1 < c->b && fl_phrases_at(&c->k->pred_words, c->text, c->t, c->b, i + 1, &used) >= 0))
            /* ("8.4 million tonnes, up from 7.2 million": the level now, its old value after "from")
             * "the 27 jobs being cut": an act done to what a count counts is no change of the count */
            return !(fl_count_dimension(c->r, q->dim) &&
                     (a = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, i, &used)) >= 0 &&
                     act_admits(c->k, a, q->dim));
    size_t p = q->tok;
    while (p > c->a && c->t[p - 1].start >= q->qstart)
        p--;
    if (p >= c->a + 2 && fl_claims_role(c, p - 1, FL_ROLE_CHANGE_LINK) && change_word(c, p - 2))
        return 1;
    /* "rose 28.5%", "fell 45%": a percentage right after a word of change is the change */
    if (q->kind == FL_QK_PERCENT && p > c->a && change_word(c, p - 1))
        return 1;
    return 0;
}

/* Does a relative pronoun ("which", "who") open a clause in [a, b): a figure after it is that clause's? */
static int relative_word_between(const sctx *c, size_t a, size_t b)
{
    size_t used;
    for (size_t i = a; i < b && i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

static int old_value(const sctx *c, const fl_facts *f, size_t qi, size_t q0, size_t qend, const when *w, size_t nw)
{
    const fl_qty *q = &f->qty[qi];
    size_t tally;
    if (change_base(c, q))
        return 1; /* ", up from £30.4m" */
    if (tally_side(c, q, &tally) >= 0)
        return 0; /* "carried by 28 votes to 18, while an amendment fell by ...": a division's sides, no change */
    const when *qw = period_of(c, w, nw, q, f->qty + q0, qend - q0);
    int from = q->tok > c->a && fl_claims_role(c, q->tok - 1, FL_ROLE_FROM);
    size_t k0 = from ? q0 : qi + 1;
    for (size_t k = k0; k < qend; k++) {
        if (k == qi)
            continue;
        const fl_qty *n = &f->qty[k];
        if (!from && k < qi)
            continue;
        /* a "to" inside n's own qualifier is a bound, not a change's end: "a €3.5m fund; farmers can claim up to
         * €450/ha"; after "from" it is one: "rose from £3.5m up to £4.1m" */
        int bound = !from && n->tok > 0 && n->qstart < n->start && c->t[n->tok - 1].start >= n->qstart;
        if (strcmp(n->dim, q->dim) != 0 || n->tok == 0 || bound || !fl_claims_role(c, n->tok - 1, FL_ROLE_TO) ||
            relative_word_between(c, q->tok_end, n->tok))
            continue; /* "reached £221.4m, driven by holiday sales, which rose 11% to £134.0m": the sales' change */
        /* "31 bcm last year ... to increase to 38 bcm this year": each has its own period; and an
         * expected or targeted value is not the end of a change that happened */
        const when *nw2 = period_of(c, w, nw, n, f->qty + q0, qend - q0);
        if ((qw && nw2 && qw != nw2) || modality_of(c, n) != modality_of(c, q))
            continue;
        return 1;
    }
    return 0;
}

/* How far, in tokens each side, the key of a quantity is read. A sentence of up to KEY_WINDOW tokens is read
 * whole; longer ones (a table flattened into one sentence, a huge line) only around each quantity, so that the
 * work per quantity stays bounded and such text is linear instead of quadratic. */
enum { KEY_WINDOW = 128 };

/* ---- bare numbers ---- */

/* The count unit a "number of" phrase of the clause before the figure names: "the number of patients waiting
 * ... reached 48,200" counts patients (the measure nouns are the "measure-nouns" lexicon; up to two words
 * may stand between "of" and the unit: "the number of adult patients"); -1 none. */
static int measured_unit(const sctx *c, const fl_qty *q, int *narrowed)
{
    const fl_lexicon *measure = fl_rules_lexicon(c->r, "measure-nouns");
    size_t used;
    for (size_t i = c->ca; measure && i + 2 < q->tok; i++) {
        if (c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(measure, c->text, &c->t[i], 1) ||
            !fl_claims_role(c, i + 1, FL_ROLE_OF))
            continue;
        for (size_t j = i + 2; j < q->tok && j < i + 5 && c->t[j].kind == FL_TOK_WORD; j++) {
            int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, j, &used);
            if (u >= 0) {
                if (!fl_count_dimension(c->r, c->k->units[u].dimension))
                    break;
                /* "the number of patients waiting more than 18 weeks": a figure in the description makes
                 * it a part of them */
                for (size_t x = j + used; x < q->tok && !*narrowed; x++)
                    *narrowed = c->t[x].kind == FL_TOK_NUM;
                return u;
            }
        }
    }
    return -1;
}

/* Do only verbs, prepositions, particles and adverbs stand in [a, b) ("toll stood at 14", "has risen to 14",
 * "killed at least 14"), so that the number completes the trigger's clause and counts what it names, not a
 * noun between ("killed a farmer aged 34")? Without a parse, only an empty span qualifies. */
static int verbs_between(const sctx *c, size_t a, size_t b)
{
    if (a == b)
        return 1;
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p)
        return 0;
    for (size_t i = a; i < b; i++) {
        int t = p->tags[i - c->a];
        if (t != FL_TAG_VBD && t != FL_TAG_VBP && t != FL_TAG_VBN && t != FL_TAG_VB && t != FL_TAG_ADP &&
            t != FL_TAG_TO && t != FL_TAG_ADV && t != FL_TAG_PART && t != FL_TAG_MD)
            return 0;
    }
    return 1;
}

static int counts_noun_after(const sctx *c, const fl_qty *q);

/* The count unit that the head noun of subject NP np names, when the number q is what the subject's verb
 * group says it came to, with only verbs, particles and prepositions between: "Domestic passengers numbered
 * 128,100", "Visitors to the museum totalled 9,400" (the subject's phrases, no comma or verb, before the
 * verb). -1 otherwise, or when a noun follows the number ("numbered 12 coaches" counts coaches). */
static int subject_head_unit(const sctx *c, const fl_qty *q, const fl_parse *p, int np)
{
    size_t head = c->a + p->nps[np].head, e = c->a + p->nps[np].end, used;
    int v = fl_parse_verb(p, fl_parse_clause_of(p, q->tok - c->a));
    if (v < 0 || c->a + p->vgs[v].start < e || !verbs_between(c, c->a + p->vgs[v].start, q->tok) ||
        counts_noun_after(c, q))
        return -1;
    for (size_t i = e; i < c->a + p->vgs[v].start; i++)
        if (c->t[i].kind == FL_TOK_PUNCT || p->vg_of[i - c->a] >= 0)
            return -1; /* only the subject's own phrases between it and its verb: "Visitors to the museum" */
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, head, &used);
    if (u < 0 || head + used != e || !fl_count_dimension(c->r, c->k->units[u].dimension))
        return -1;
    return u;
}

/* The unit that a trigger inside the clause's subject phrase counts, for a number after that phrase: "Hospital
 * admissions for heart failure fell from 30 ... to 12" counts persons admitted; -1 none. */
static int subject_count_unit(const sctx *c, const fl_qty *q, const trigger *tr, size_t ntr)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p)
        return -1;
    int np = fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a));
    if (np < 0)
        return -1;
    size_t a = c->a + p->nps[np].start, e = c->a + p->nps[np].end;
    if (e > q->tok || a < c->ca)
        return -1;
    for (size_t x = 0; x < ntr; x++)
        if (tr[x].tok >= a && tr[x].tok < e && c->k->metrics[tr[x].metric].count_unit >= 0)
            return c->k->metrics[tr[x].metric].count_unit;
    return subject_head_unit(c, q, p, np);
}

static int noun_tag(const sctx *c, size_t i);

static int modified_noun_after(const sctx *c, const fl_qty *q);

/* Does a bare number count the common noun right after it, one no unit names ("the evacuation of four
 * apartment blocks"), or one its modifiers lead to (modified_noun_after: "stole 1,124 catalytic converters"):
 * then the trigger before it does not say what it counts. A time word is no such noun ("stood at 14
 * yesterday"). */
static int counts_noun_after(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end;
    return i < c->cb && ((noun_tag(c, i) && !fl_claims_time_phrase(c, i) && !fl_claims_role(c, i, FL_ROLE_OF)) ||
                         modified_noun_after(c, q));
}

static int transfer_place_family(const sctx *c, const fl_qty *q);

static int measure_of(const fl_knowledge *k, int idx, const char *dim);
static size_t qty_first(const sctx *c, const fl_qty *q);

/* The family of a collective's size that figure q of dimension dim states, by the measure noun joined to it by a
 * hyphen and a "size-words" word ("the 12,000-strong crowd"), or, when of_too, before "of" right before it ("the
 * crowd of 9,000"); -1 none. */
static int collective_level(const sctx *c, const fl_qty *q, const char *dim);

static int collective_size(const sctx *c, const fl_qty *q, const char *dim, int of_too)
{
    size_t h = q->tok_end, used, first = qty_first(c, q);
    if (h + 2 < c->b && hyphen_at(c, h) && !c->t[h].space_before && !c->t[h + 1].space_before &&
        fl_lexicon_has_token(fl_rules_lexicon(c->r, "size-words"), c->text, &c->t[h + 1], 1))
        return measure_of(c->k, fl_phrases_at(&c->k->measure_nouns, c->text, c->t, c->b, h + 2, &used), dim);
    if (of_too && first >= c->a + 2 && first - 2 >= c->ca && fl_claims_role(c, first - 1, FL_ROLE_OF))
        return measure_of(c->k, fl_phrases_ending(&c->k->measure_nouns, c->text, c->t, c->b, first - 2, &used), dim);
    return collective_level(c, q, dim);
}

/* The count unit of a bare figure that states a collective's size (collective_size), or -1. */
static int collective_unit(const sctx *c, const fl_qty *q)
{
    int fam = collective_size(c, q, "people", 1);
    return fam >= 0 ? c->k->metrics[fam].count_unit : -1;
}

/* Where a bare number's partitive whole ends when that whole is a pronoun ("five of them", "two of whom", "14 of
 * those": "of" and a "share-anaphors" word, rules/segmentation.json) that a finite verb follows: the number
 * counts what the pronoun stands for, so what that verb says is said of the number; q->tok_end otherwise. */
static size_t anaphor_whole_end(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end;
    const fl_lexicon *ana = fl_rules_lexicon(c->r, "share-anaphors");
    if (!ana || i + 1 >= c->cb || !fl_claims_role(c, i, FL_ROLE_OF) || c->t[i + 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(ana, c->text, &c->t[i + 1], 1))
        return i;
    /* the pronoun must be the whole phrase, a finite verb right after it: in "six of those taken to hospital
     * were ..." the participle says what the whole is, not what the six are */
    const fl_parse *p = fl_claims_parse_of(c);
    int vg = p && i + 2 < c->cb ? p->vg_of[i + 2 - c->a] : -1;
    return vg >= 0 && p->vgs[vg].finite && c->a + p->vgs[vg].start == i + 2 ? i + 2 : i;
}

/* A count whose whole is a pronoun ("More than 100 firefighters fought the blaze; five of them were hurt") counts
 * what the count before it in its sentence (else the last of the sentence before) counts, when that one is a
 * count of the same dimension: its unit and item. qs[0..i) are the sentence's quantities before it, before[0..
 * nbefore) the previous sentence's. */
static const fl_qty *last_count(const fl_qty *qs, size_t i)
{
    while (i > 0 && (qs[i - 1].kind != FL_QK_UNIT || qs[i - 1].unit < 0 || !qs[i - 1].dim || !qs[i - 1].item))
        i--;
    return i ? &qs[i - 1] : NULL;
}

static void anaphor_item(const sctx *c, fl_qty *q, const fl_qty *qs, size_t i, const fl_qty *before, size_t nbefore)
{
    if (anaphor_whole_end(c, q) == q->tok_end)
        return;
    const fl_qty *w = last_count(qs, i);
    if (!w)
        w = last_count(before, nbefore); /* "More than 100 firefighters fought it. FIVE of them were hurt." */
    if (!w || !q->dim || strcmp(w->dim, q->dim) != 0 || !fl_count_dimension(c->r, q->dim))
        return;
    q->unit = w->unit;
    q->item = w->item;
}

/* A bare number after a fronted partitive whose whole is a pronoun, the subject of a verb right after it ("Of
 * these, 27 failed"; "Of those, 14 were later released"), counts what the count before it counts (last_count: in
 * its sentence, else the sentence before), as "27 of them failed" does, when its verb says what the part did (an
 * act or a predicate); 1 when so. The pronoun must open its sentence or follow a clause break, so that "most of
 * these, 27 ..." is not read. Being a part of that count, it is never compared with it by its clause's words
 * (similar_candidate). */
static int open_predicate(const sctx *c, const fl_qty *q, char *out, size_t cap, size_t *at);
static size_t premodified_start(const sctx *c, const fl_parse *p, size_t first);
static int act_of(const sctx *c, const fl_qty *q, size_t *at);

/* Is figure q after a fronted partitive whose whole is a pronoun, the subject of a finite verb right after it:
 * "Of these, 27 failed"? */
static int fronted_anaphor(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *ana = fl_rules_lexicon(c->r, "share-anaphors");
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    if (!ana || !p || f < c->a + 3 || q->tok_end >= c->b || c->t[f - 1].kind != FL_TOK_PUNCT ||
        c->text[c->t[f - 1].start] != ',' || c->t[f - 2].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(ana, c->text, &c->t[f - 2], 1) || !fl_claims_role(c, f - 3, FL_ROLE_OF) ||
        (f - 3 > c->a && !strong_boundary(c, f - 4)))
        return 0;
    int vg = p->vg_of[q->tok_end - c->a];
    return vg >= 0 && p->vgs[vg].finite && c->a + p->vgs[vg].start == q->tok_end;
}

/* The last count of things among qs[0, i) (a time-span or a measure after it passed over: "500 staff were
 * screened during the four days ..."), or NULL. */
static const fl_qty *last_count_of_things(const sctx *c, const fl_qty *qs, size_t i)
{
    const fl_qty *w;
    while ((w = last_count(qs, i)) != NULL && !fl_count_dimension(c->r, w->dim))
        i = (size_t)(w - qs);
    return w;
}

static int fronted_anaphor_count(const sctx *c, fl_qty *q, const fl_qty *qs, size_t i, const fl_qty *before,
                                 size_t nbefore)
{
    if (!fronted_anaphor(c, q))
        return 0;
    const fl_qty *w = last_count_of_things(c, qs, i);
    if (!w)
        w = last_count_of_things(c, before, nbefore);
    if (!w)
        return 0;
    fl_qty was = *q;
    q->kind = FL_QK_UNIT;
    q->unit = w->unit;
    q->dim = w->dim;
    q->item = w->item;
    char pred[48];
    size_t at;
    if (act_of(c, q, &at) < 0 && !open_predicate(c, q, pred, sizeof pred, &at)) {
        *q = was; /* "Of those, 1,940 voted in favour": no verb that says what the part did, no part's count */
        return 0;
    }
    return 1;
}

static size_t noun_run(const sctx *c, const fl_parse *p, size_t i, size_t *head);

/* Makes q a count in the generic unit u of the noun at tokens [from, head] in lower case ("day-trippers"), its item;
 * 0 when the noun is too long for an item. */
static int generic_item_count(const sctx *c, fl_qty *q, size_t from, size_t head, int u, fl_qty_strings *pool)
{
    char item[48];
    size_t len = c->t[head].end - c->t[from].start;
    if (len >= sizeof item)
        return 0;
    for (size_t i = 0; i < len; i++)
        item[i] = (char)fl_ascii_lower((unsigned char)c->text[c->t[from].start + i]);
    item[len] = '\0';
    q->kind = FL_QK_UNIT;
    q->unit = u;
    q->dim = fl_qty_intern(pool, c->k->units[u].dimension);
    q->item = fl_qty_intern(pool, item);
    return 1;
}

/* The count the whole qs[0] of a fronted partitive states, into *w: qs[0] itself when a unit counts it ("Of the 120
 * passengers"); else its noun's, in the generic unit, when a lower-case common noun no unit of measure names
 * follows it ("Of the 29,450 ballot papers counted": papers). 0 when neither. */
static int fronted_whole_of(const sctx *c, const fl_parse *p, const fl_qty *qs, fl_qty *w, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    int u = k->act_family >= 0 ? k->metrics[k->act_family].count_unit : -1;
    size_t head, used;
    *w = qs[0];
    if (qs[0].kind == FL_QK_UNIT)
        return qs[0].unit >= 0 && fl_count_dimension(c->r, qs[0].dim);
    if (qs[0].kind != FL_QK_BARE || u < 0 || qs[0].tok_end >= c->b || qs[0].tok_end - c->a >= p->n)
        return 0;
    (void)noun_run(c, p, qs[0].tok_end, &head);
    if (p->tags[head - c->a] != FL_TAG_NOUN || !fl_is_ascii_alpha((unsigned char)c->text[c->t[head].start]) ||
        (c->text[c->t[head].start] >= 'A' && c->text[c->t[head].start] <= 'Z') ||
        fl_phrases_at(&k->unit_names, c->text, c->t, c->b, head, &used) >= 0)
        return 0;
    return generic_item_count(c, w, head, head, u, pool);
}

/* A bare number right after the comma that ends the whole a sentence opens with ("Of the 29,450 ballot papers
 * counted, 138 were rejected", "Of the 80 flats, 18 were destroyed"): the subject of a finite verb group right
 * after it, it counts what the whole counts, as "138 ballot papers were rejected" does, when a verb of its clause
 * says what was done to or by the part (act_of, open_predicate); 1 when so. A part with no such verb ("Of the 80
 * flats, 18 are empty") stays bare. */
static int fronted_whole_count(const sctx *c, fl_qty *q, const fl_qty *qs, size_t i, fl_qty_strings *pool)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), a = c->a + 1, used;
    fl_qty w;
    if (!p || i == 0 || !fronted_whole_of(c, p, qs, &w, pool) || !fl_claims_role(c, c->a, FL_ROLE_OF) ||
        f <= qs[0].tok_end || !punct_is(c, f - 1, ',') || q->tok_end >= c->b || q->tok_end - c->a >= p->n)
        return 0;
    while (a < qs[0].tok && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0)
        a += used;
    size_t head, noun_end = qs[0].kind == FL_QK_UNIT ? qs[0].tok_end : noun_run(c, p, qs[0].tok_end, &head);
    if (noun_end + 1 != f || q->qstart != q->start || q->value < 2)
        return 0; /* only the whole's noun before the comma: a whole described ("Of the 17 boxes that have washed
                     up", "Of the 17 people taken to hospital") is a level of its own that a part would make a whole of
                     a part; nor a part qualified ("all but one") */
    int vg = p->vg_of[q->tok_end - c->a];
    if (a != qty_first(c, &qs[0]) || vg < 0 || !p->vgs[vg].finite || !p->vgs[vg].passive ||
        c->a + p->vgs[vg].start != q->tok_end)
        return 0; /* "Of the 9,850 people who left, 4,120 moved into work": what the part did, no act done to it */
    fl_qty was = *q;
    q->kind = FL_QK_UNIT;
    q->unit = w.unit;
    q->dim = w.dim;
    q->item = w.item;
    char pred[48];
    size_t at;
    if (act_of(c, q, &at) < 0 && !open_predicate(c, q, pred, sizeof pred, &at)) {
        *q = was;
        return 0;
    }
    return 1;
}

/* Is the figure, its determiners aside, the object of a preposition ("five of the 40 were hurt": the 40 is the
 * whole of a part, no subject of the verb after it)? */
static int object_of_preposition(const sctx *c, const fl_qty *q)
{
    size_t f = q->tok, used;
    while (f > c->ca && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, f - 1, &used) >= 0)
        f--;
    return f > c->a && fl_claims_prep_role(c, f - 1) >= 0;
}

/* Is the token at tr in the verb group that starts at token v, or the head of its object right after it (a
 * determiner or adjective between): "[five of them] were injured", "[two of whom] suffered serious injuries"? */
static int verb_of_whole(const sctx *c, size_t v, size_t tr)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || v >= c->cb || tr < v || tr >= c->cb || p->vg_of[v - c->a] < 0)
        return 0;
    int vg = p->vg_of[v - c->a];
    if (c->a + p->vgs[vg].start != v)
        return 0;
    size_t e = c->a + p->vgs[vg].end, used;
    if (tr < e)
        return 1;
    while (e < tr && (p->tags[e - c->a] == FL_TAG_ADJ || p->tags[e - c->a] == FL_TAG_ADV ||
                      fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, e, &used) >= 0))
        e++;
    return e == tr && p->tags[tr - c->a] == FL_TAG_NOUN;
}

static int person_noun_at(const sctx *c, size_t i);

/* Does the trigger ending before token e premodify the noun at e, within one noun phrase, a noun of no kind of
 * person ("the two evacuated blocks": the number counts blocks, not persons evacuated; "three injured firefighters"
 * counts persons)? */
static int participle_premodifies(const sctx *c, size_t e)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return p && e < c->cb && e > c->a && c->t[e].kind == FL_TOK_WORD && p->tags[e - c->a] == FL_TAG_NOUN &&
           p->np_of[e - c->a] >= 0 && p->np_of[e - 1 - c->a] == p->np_of[e - c->a] && !person_noun_at(c, e);
}

/* Does a family's trigger [tr, tr_end) open a participle phrase right after the figure's noun at token noun, a noun
 * of a kind of person that no unit names (person_noun_at: the figure is bare): a reduced relative that says what
 * befell them ("Three climbers taken to hospital were released", "the two walkers injured in the fall"), as "three
 * injured" does? The participle has no object after it: "Three gunmen killed a guard" counts no deaths. */
static int reduced_relative(const sctx *c, size_t noun, size_t tr, size_t tr_end)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || tr != noun + 1 || tr >= c->cb || noun < c->a || p->tags[noun - c->a] != FL_TAG_NOUN ||
        !person_noun_at(c, noun) || (p->tags[tr - c->a] != FL_TAG_VBN && p->tags[tr - c->a] != FL_TAG_VBD))
        return 0;
    int t = tr_end < c->cb ? p->tags[tr_end - c->a] : FL_TAG_PUNCT;
    return t != FL_TAG_DET && t != FL_TAG_NUM && t != FL_TAG_NOUN && t != FL_TAG_PROPN && t != FL_TAG_PRON &&
           !(tr_end < c->cb && c->t[tr_end].kind == FL_TOK_NUM);
}

/* A bare number before a person noun that a reduced relative of a family's trigger follows (reduced_relative:
 * "Three climbers taken to hospital were released") counts persons, as "Three climbers were taken to hospital" does,
 * when nothing else read it (a participle its open predicate reads, "two walkers injured in the fall", counts
 * walkers already); 1 when so. */
static int reduced_relative_count(const sctx *c, fl_qty *q, const trigger *tr, size_t ntr, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    for (size_t x = 0; x < ntr; x++) {
        int u = k->metrics[tr[x].metric].count_unit;
        size_t end = tr[x].tok + tr[x].ntok;
        if (u < 0 || tr[x].tok < c->ca || end > c->cb || !reduced_relative(c, q->tok_end, tr[x].tok, end) ||
            object_of_preposition(c, q) || strcmp(k->units[u].dimension, "people") != 0)
            continue;
        q->kind = FL_QK_UNIT;
        q->unit = u;
        q->dim = fl_qty_intern(pool, k->units[u].dimension);
        q->item = fl_qty_intern(pool, k->units[u].id);
        return 1;
    }
    return 0;
}

/* A bare number ("killed 14", "the death toll stood at 14", "three injured", "the number of patients ...
 * reached 48,200") counts what its clause says: the unit of a "number of" phrase before it, else the unit
 * that the family of a trigger right around it counts (claim_model.attributes "counts"): at most three
 * words before the number ("toll stood at 14") or right after it ("three injured"). Makes q that count and
 * returns 1; 0 when the clause does not say. */
static int bare_count(const sctx *c, fl_qty *q, const trigger *tr, size_t ntr, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    size_t after = anaphor_whole_end(c, q); /* "five of them were hurt": the figure's own words end there */
    int narrowed = 0, unit = measured_unit(c, q, &narrowed);
    for (size_t x = 0; x < ntr && unit < 0; x++) {
        const fl_metric *me = &k->metrics[tr[x].metric];
        size_t end = tr[x].tok + tr[x].ntok;
        if (me->count_unit < 0 || tr[x].tok < c->ca || end > c->cb)
            continue;
        if ((end <= q->tok && q->tok - end <= 3 && verbs_between(c, end, q->tok) && !counts_noun_after(c, q)) ||
            (tr[x].tok == after && (q->tok == c->a || fl_claims_prep_role(c, q->tok - 1) < 0) &&
             !participle_premodifies(c, end)) ||
            (verb_of_whole(c, after, tr[x].tok) && !object_of_preposition(c, q)))
            unit = me->count_unit;
    }
    if (unit < 0)
        unit = subject_count_unit(c, q, tr, ntr);
    if (unit < 0)
        unit = collective_unit(c, q);
    int moved = unit < 0 ? transfer_place_family(c, q) : -1; /* "sending 14 to hospital": persons */
    if (moved >= 0)
        unit = k->metrics[moved].count_unit;
    if (unit < 0)
        return 0;
    q->kind = FL_QK_UNIT;
    q->unit = unit;
    char item[48]; /* an item is at most 47 bytes, as the quantities' are */
    snprintf(item, sizeof item, "%s%s", k->units[unit].id, narrowed ? " (some)" : "");
    q->dim = fl_qty_intern(pool, k->units[unit].dimension);
    q->item = fl_qty_intern(pool, item);
    return 1;
}

static int act_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);
static int tally_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);
static int level_count(const sctx *c, fl_qty *q, const trigger *tr, size_t ntr, fl_qty_strings *pool);
static int label_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);
static int generic_count(const sctx *c, const fl_qty *q);
static int measure_label_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);
static int role_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);
static int act_like(const fl_knowledge *k, int fam);
static int open_bare_count(const sctx *c, fl_qty *q, fl_qty_strings *pool);

static int count_modifier(const sctx *c, const fl_parse *p, size_t j);
enum { PARTITIVE_MODIFIERS = 2 };

/* Does a count unit's name start at token i? */
static int count_unit_at(const sctx *c, size_t i)
{
    size_t used;
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
    return u >= 0 && fl_count_dimension(c->r, c->k->units[u].dimension);
}

static int generic_noun_count(const sctx *c, fl_qty *q, size_t head, int adjacent, fl_qty_strings *pool);

/* Where the noun of a partitive's whole starts, for the bare number q: "of", the count-links words, a possessor
 * ("all 18 of the town's traps", at most two words ending in "'s"), the whole's own number when next is a bare
 * count there at least q ("212 of its 340 stores", "14,200 of the 21,600 lights": *numbered set), then at most
 * two words that describe the noun ("all 11 of the failed units"); when the whole's count has its noun already ("of
 * the 40 trapped miners": *numbered 2), the end of that count. SIZE_MAX when q opens no partitive. */
static size_t partitive_noun_at(const sctx *c, const fl_qty *q, const fl_qty *next, int *numbered)
{
    const fl_lexicon *links = fl_rules_lexicon(c->r, "count-links");
    const fl_parse *p = fl_claims_parse_of(c);
    size_t i = q->tok_end;
    *numbered = 0;
    if (!links || !p || i >= c->cb || !fl_claims_role(c, i, FL_ROLE_OF))
        return SIZE_MAX;
    while (i < c->cb && c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(links, c->text, &c->t[i], 1))
        i++;
    for (size_t w = i; w < i + 2 && w + 1 < c->cb && c->t[w].kind == FL_TOK_WORD; w++)
        if (fl_possessive_suffix(c->text + c->t[w].start, c->t[w].end - c->t[w].start)) {
            i = w + 1; /* "of the town's": the owner of the whole */
            break;
        }
    if (next && next->tok == i && next->value >= q->value && next->qualifier < 0 &&
        (next->kind == FL_QK_BARE || (next->kind == FL_QK_UNIT && fl_count_dimension(c->r, next->dim)))) {
        i = next->tok_end;                            /* "of its 340 stores": the whole's count, a figure of its own */
        *numbered = next->kind == FL_QK_UNIT ? 2 : 1; /* 2: "of the 40 trapped miners", its noun read already */
        if (*numbered == 2)
            return i;
    }
    if (i == q->tok_end + 1 || i >= c->cb || c->t[i].kind != FL_TOK_WORD)
        return SIZE_MAX; /* "400 of evacuees" is no English */
    for (size_t m = 0; m < PARTITIVE_MODIFIERS && i + 1 < c->cb && c->t[i].kind == FL_TOK_WORD &&
                       !count_unit_at(c, i) && count_modifier(c, p, i);
         m++)
        i++; /* "all 11 of the failed units", "some 40 of the stranded passengers": what describes the noun */
    return i;
}

/* Makes q a count in unit `unit` of the knowledge k (its dimension and, as item, the unit's id). */
static void count_in_unit(const fl_knowledge *k, fl_qty *q, int unit, fl_qty_strings *pool)
{
    q->kind = FL_QK_UNIT;
    q->unit = (int16_t)unit;
    q->dim = fl_qty_intern(pool, k->units[unit].dimension);
    q->item = fl_qty_intern(pool, k->units[unit].id);
}

/* A bare number in apposition to the count before it, with a pronoun for its whole and a noun after that: "The
 * parcels fed 8,975 people, 3,120 of them children" (a comma after the count before, words of no verb, figure or
 * mark allowed between, then the figure, "of", a share-anaphors pronoun and one noun that ends the clause). The part
 * counts that noun: its count unit
 * ("children"), else the noun as written in the unit of the count before. Makes q that count and returns 1. */
static int count_unit_of(const sctx *c, size_t i);

static int apposed_part(const sctx *c, fl_qty *q, const fl_qty *prev, fl_qty_strings *pool)
{
    const fl_lexicon *ana = fl_rules_lexicon(c->r, "share-anaphors");
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), i = q->tok_end, n = i + 2;
    char item[48];
    if (!ana || !p || !prev || prev->kind != FL_QK_UNIT || !fl_count_dimension(c->r, prev->dim) ||
        f < prev->tok_end + 1 || !punct_is(c, f - 1, ',') || n >= c->b || !fl_claims_role(c, i, FL_ROLE_OF) ||
        !fl_lexicon_has_token(ana, c->text, &c->t[i + 1], 1) || p->tags[n - c->a] != FL_TAG_NOUN ||
        (n + 1 < c->b && c->t[n + 1].kind != FL_TOK_PUNCT) || !fl_claims_lower_word(c, n, item, sizeof item))
        return 0;
    for (size_t j = prev->tok_end; j + 1 < f; j++)
        if (p->vg_of[j - c->a] >= 0 || c->t[j].kind == FL_TOK_NUM || c->t[j].kind == FL_TOK_PUNCT)
            return 0; /* only words of no verb between: "fed 4,615 people this autumn, 1,270 of them children" */
    int u = count_unit_of(c, n);
    if (u >= 0) {
        count_in_unit(c->k, q, u, pool);
        return 1;
    }
    q->kind = FL_QK_UNIT;
    q->unit = prev->unit;
    q->dim = prev->dim;
    q->item = fl_qty_intern(pool, item);
    return 1;
}

/* A bare number of a partitive phrase counts the noun of its whole (partitive_noun_at): "more than four hundred
 * of the evacuees", "some 40 of its firefighters", "all 11 of the failed units", "212 of its 340 stores". A count
 * unit's noun makes it a count of that unit; any other common noun a count of it when a predicate of its clause
 * says what was done to the part (generic_noun_count: "converted 14,200 of the 21,600 lights" counts lights
 * converted, as "converted 14,200 lights" does). "two of the 14 survivors" with a unit is the quantities' part
 * of a count already. next is the quantity after q, or NULL; a stated whole there is made a count of the same noun.
 * Makes q that count and returns 1; 2 when a stated whole's common noun is counted by no predicate ("rose in three
 * of the four regions"): q and the whole count it, no claim's measure, and stay bare; 0 otherwise. */
static int acted_whole(const sctx *c, const fl_qty *q);

static int partitive_count(const sctx *c, fl_qty *q, fl_qty *next, fl_qty_strings *pool)
{
    int numbered;
    size_t i = partitive_noun_at(c, q, next, &numbered), used, head;
    if (i == SIZE_MAX)
        return 0;
    if (numbered == 2) { /* the whole's count says what it counts */
        q->kind = FL_QK_UNIT;
        q->unit = next->unit;
        q->dim = next->dim;
        q->item = next->item;
        return 1;
    }
    int unit = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
    if (unit >= 0 && fl_count_dimension(c->r, c->k->units[unit].dimension)) {
        count_in_unit(c->k, q, unit, pool);
        return 1;
    }
    const fl_parse *p = fl_claims_parse_of(c);
    size_t end = noun_run(c, p, i, &head);
    if (unit >= 0 || end == i || head + 1 != end || p->tags[head - c->a] != FL_TAG_NOUN || q->value < 2 ||
        q->value != trunc(q->value) || (c->text[c->t[head].start] >= 'A' && c->text[c->t[head].start] <= 'Z') ||
        (end < c->b && fl_claims_prep_role(c, end) == FL_PREP_OF))
        return 0; /* a name, or "12 of the 40 kinds of ...": no noun counted */
    if (numbered && acted_whole(c, next) && generic_noun_count(c, next, head, 1, pool))
        /* "two of the four swimmers who were rescued": the whole is a count of its relative clause's act, whatever
         * the part's verb does to the part */
        return generic_noun_count(c, q, head, 0, pool) ? 1 : 2;
    if (!generic_noun_count(c, q, head, 0, pool))
        /* "Admissions rose in three of the four regions": both count regions, which no predicate keys; not the
         * admissions its clause's trigger would make them (left bare: no claim) */
        return numbered ? 2 : 0;
    if (numbered) { /* the whole counts that noun too, as "34 of the 71 seats" does: no level of it */
        next->kind = FL_QK_UNIT;
        next->unit = q->unit;
        next->dim = q->dim;
        next->item = q->item;
    }
    return 1;
}

/* A bare number right after a coordinator that is the subject of its own verb ("Two people were killed and 27
 * were injured") counts what the count before the coordinator counts: its head is elided. That count must be
 * the subject of a verb group that ends right before the coordinator ("Two people were killed", adverbs and
 * particles aside) and be a count (not a measure). Makes q that count and returns 1. */
static size_t qty_first(const sctx *c, const fl_qty *q);

static int elided_count(const sctx *c, fl_qty *q, const fl_qty *prev)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), used;
    if (!p || !prev || prev->kind != FL_QK_UNIT || prev->unit < 0 || !fl_count_dimension(c->r, prev->dim) ||
        f < c->a + 2 || q->tok_end >= c->b || p->vg_of[q->tok_end - c->a] < 0 ||
        fl_phrases_ending(&c->k->coordinators, c->text, c->t, c->b, f - 1, &used) < 0 || prev->tok_end + used > f)
        return 0;
    int verb = 0;
    for (size_t j = prev->tok_end; j + used < f; j++)
        if (p->vg_of[j - c->a] >= 0)
            verb = 1;
        else if (p->tags[j - c->a] != FL_TAG_ADV && p->tags[j - c->a] != FL_TAG_PART)
            return 0; /* "Two people were killed in the blast and 27 were ...": another phrase between */
    if (!verb)
        return 0; /* "9 at the two middle schools and 7 spread across ...", "14 teams and about 300 registered
                   * players": the count before is no subject of a verb of its own, so no head is shared */
    q->kind = FL_QK_UNIT;
    q->unit = prev->unit;
    q->dim = prev->dim;
    q->item = prev->item;
    return 1;
}

static const char *item_class(const fl_knowledge *k, const char *id);

/* The possessed table's class of what unit u counts ("crew": carry), or -1. */
static int possessed_class_of(const fl_knowledge *k, int u)
{
    const char *what = u >= 0 ? item_class(k, k->units[u].id) : "";
    return u >= 0 ? fl_phrases_word(&k->possessed_preds, what, strlen(what)) : -1;
}

/* The unit a noun names right before the figure's "of" ("a crew of 22"), with *at where that noun starts; -1
 * none. */
static int unit_before_of(const sctx *c, const fl_qty *q, size_t *at)
{
    size_t used, f = qty_first(c, q);
    if (f < c->ca + 2 || f != q->tok || !fl_claims_role(c, f - 1, FL_ROLE_OF))
        return -1;
    int u = fl_phrases_ending(&c->k->unit_names, c->text, c->t, c->b, f - 2, &used);
    if (u >= 0)
        *at = f - 1 - used;
    return u;
}

/* A bare number right after a count unit and "of" is the size of what the unit names: "the ship's crew of 22".
 * Only for a unit the possessed table lists (a whole complement): "teams of four" is the size of each team.
 * Makes q that count and returns 1; 0 otherwise. */
static int noun_of_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    size_t at;
    int u = unit_before_of(c, q, &at);
    if (u < 0 || !fl_count_dimension(c->r, c->k->units[u].dimension) || possessed_class_of(c->k, u) < 0 ||
        (at > c->a && c->t[at - 1].kind == FL_TOK_NUM))
        return 0;
    count_in_unit(c->k, q, u, pool);
    return 1;
}

/* A count whose noun is coordinated with another noun of its dimension ("some two dozen cars and lorries", "40
 * nurses and doctors") counts them both: it becomes a count of the unit named as the dimension is ("vehicles",
 * "people"), over both nouns, when the unit tables have one. */
static void coordinated_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    size_t used, i = q->tok_end;
    if (q->kind != FL_QK_UNIT || q->unit < 0 || !q->dim || !fl_count_dimension(c->r, q->dim) || i + 1 >= c->b ||
        !fl_claims_role(c, i, FL_ROLE_AND))
        return;
    /* the second noun may have premodifiers of its own ("holidaymakers and hotel workers", "and health care
     * workers"): up to two nouns or adjectives before it */
    const fl_parse *p = fl_claims_parse_of(c);
    int u = fl_phrases_at(&k->unit_names, c->text, c->t, c->b, i + 1, &used);
    for (size_t m = i + 1; u < 0 && p && m < i + 3 && m + 1 < c->b && c->t[m].kind == FL_TOK_WORD &&
                           (p->tags[m - c->a] == FL_TAG_NOUN || p->tags[m - c->a] == FL_TAG_ADJ);
         m++)
        if ((u = fl_phrases_at(&k->unit_names, c->text, c->t, c->b, m + 1, &used)) >= 0)
            used += m - i;
    int g = fl_phrases_word(&k->unit_names, q->dim, strlen(q->dim));
    if (u < 0 || u == q->unit || g < 0 || g == q->unit || strcmp(k->units[u].dimension, q->dim) != 0 ||
        strcmp(k->units[g].dimension, q->dim) != 0)
        return;
    q->unit = (int16_t)g;
    q->item = fl_qty_intern(pool, k->units[g].id);
    q->tok_end = i + 1 + used;
    q->end = c->t[q->tok_end - 1].end;
}

/* Is token i a noun of a kind of person: a unit of people ("spectators") or a person noun of
 * claim_model.measures.frames.person_nouns ("players", "parents")? */
static int person_noun_at(const sctx *c, size_t i)
{
    size_t used;
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
    return c->t[i].kind == FL_TOK_WORD && ((u >= 0 && strcmp(c->k->units[u].dimension, "people") == 0) ||
                                           fl_phrases_at(&c->k->person_nouns, c->text, c->t, c->b, i, &used) >= 0);
}

/* A count of a kind of person that a comma list of other kinds continues ("347 players, parents and staff", "250
 * spectators, players and coaches": each member one noun of a kind of person, the last after a coordinator) counts
 * them all: it becomes a count of people over the list, as coordinated_count makes "40 nurses and doctors" one. */
static void person_list(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    size_t i = q->tok_end;
    int g = fl_phrases_word(&k->unit_names, "people", 6), bare = q->kind == FL_QK_BARE && i < c->b;
    if (bare && person_noun_at(c, i))
        i++; /* "347 players": the noun the claim model would count */
    else if (q->kind != FL_QK_UNIT)
        return;
    if (g < 0 || q->unit == g || i < 1 || i + 3 >= c->b || !person_noun_at(c, i - 1) || !punct_is(c, i, ','))
        return;
    while (i + 2 < c->b && punct_is(c, i, ',') && person_noun_at(c, i + 1))
        i += 2;
    if (punct_is(c, i, ','))
        i++; /* the serial comma */
    if (i + 1 >= c->b || !fl_claims_role(c, i, FL_ROLE_AND) || !person_noun_at(c, i + 1) || i == q->tok_end)
        return;
    q->kind = FL_QK_UNIT;
    q->unit = (int16_t)g;
    q->dim = k->units[g].dimension;
    q->item = fl_qty_intern(pool, k->units[g].id);
    q->tok_end = i + 2;
    q->end = c->t[q->tok_end - 1].end;
}

/* The end of the number tokens of q and, past them, of the words that stand for a head noun the text leaves
 * out ("Nine more were hurt", "injuring 11 others": the "elided-heads" lexicon); *num gets the former. */
static size_t elided_heads_end(const sctx *c, const fl_qty *q, size_t *num)
{
    const fl_lexicon *heads = fl_rules_lexicon(c->r, "elided-heads");
    size_t i = q->tok;
    while (i < q->tok_end && (c->t[i].kind == FL_TOK_NUM || number_word(c, i)))
        i++;
    *num = i;
    while (heads && i < c->cb && c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(heads, c->text, &c->t[i], 1))
        i++;
    return i;
}

/* The count unit of a trigger inside the verb group that starts at token h, when the figure before it is the
 * subject of that group's clause ("Nine were injured": the NP of the number is the clause's subject); -1 none. */
static int subject_verb_unit(const sctx *c, const fl_qty *q, size_t h, const trigger *tr, size_t ntr)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || h >= c->cb || p->vg_of[h - c->a] < 0 || p->np_of[q->tok - c->a] < 0)
        return -1;
    const fl_vgroup *vg = &p->vgs[p->vg_of[h - c->a]];
    if (vg->start != h - c->a || fl_parse_subject(p, vg->clause) != p->np_of[q->tok - c->a])
        return -1;
    for (size_t x = 0; x < ntr; x++)
        if (tr[x].tok >= c->a + vg->start && tr[x].tok < c->a + vg->end && c->k->metrics[tr[x].metric].count_unit >= 0)
            return c->k->metrics[tr[x].metric].count_unit;
    return -1;
}

/* A figure whose head noun is left out counts what the trigger of its clause counts: as the subject of the
 * trigger's verb group ("Nine were injured", "Nine more were injured"), or, with an elided-heads word, as its
 * object ("injuring 11 others", at most three verbs or particles between). "11 others" is no count of
 * "others" but of persons. Makes q that count and returns 1; 0 otherwise (a noun the number counts). */
static int elided_head_count(const sctx *c, fl_qty *q, const trigger *tr, size_t ntr, fl_qty_strings *pool)
{
    size_t num, h = elided_heads_end(c, q, &num);
    if (q->kind == FL_QK_BARE ? q->tok_end != num : q->kind != FL_QK_UNIT || h == num || q->tok_end != h)
        return 0;
    int unit = subject_verb_unit(c, q, h, tr, ntr);
    for (size_t x = 0; x < ntr && unit < 0 && h > num; x++) {
        size_t end = tr[x].tok + tr[x].ntok;
        if (tr[x].tok >= c->ca && end <= q->tok && q->tok - end <= 3 && verbs_between(c, end, q->tok))
            unit = c->k->metrics[tr[x].metric].count_unit;
    }
    if (unit < 0)
        return 0;
    q->kind = FL_QK_UNIT;
    q->unit = (int16_t)unit;
    q->tok_end = h; /* "Nine more": the count, whose "more" is no change of it */
    q->end = c->t[h - 1].end;
    q->dim = fl_qty_intern(pool, c->k->units[unit].dimension);
    q->item = fl_qty_intern(pool, c->k->units[unit].id);
    return 1;
}

/* A count whose head noun is left out in a sentence that opens with its whole ("Of the 232 seals that came
 * ashore, 145 had died"): "of", determiners and the sentence's first quantity, a count of a unit, before it.
 * The part counts what the whole counts (seals), not what the clause's trigger counts by default (persons). */
static void of_opening_whole(const sctx *c, fl_qty *part, const fl_qty *q, size_t i)
{
    size_t a = c->a + 1, used;
    if (i == 0 || part == &q[0] || q[0].kind != FL_QK_UNIT || q[0].unit < 0 || !fl_count_dimension(c->r, q[0].dim) ||
        !fl_claims_role(c, c->a, FL_ROLE_OF))
        return;
    while (a < q[0].tok && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0)
        a += used;
    if (a != qty_first(c, &q[0]))
        return;
    part->unit = q[0].unit;
    part->dim = q[0].dim;
    part->item = q[0].item;
}

/* Makes the bare numbers of a sentence counts where their clauses say what they count, before any claim of
 * the sentence is keyed (a change's old value is found by the dimension of the other figures). before[0, nbefore)
 * are the quantities of the sentence before in the same paragraph, last[0, nlast) of the sentence before in any. */
static void resolve_bare(const sctx *c, fl_qty *q, size_t nq, const fl_qty *before, size_t nbefore, const fl_qty *last,
                         size_t nlast, const trigger *tr, size_t ntr, fl_qty_strings *pool)
{
    for (size_t i = 0; i < nq; i++) {
        size_t used;
        coordinated_count(c, &q[i], pool);
        person_list(c, &q[i], pool);
        if (q[i].kind != FL_QK_BARE && q[i].kind != FL_QK_UNIT)
            continue;
        /* read within KEY_WINDOW tokens each side, as a claim's key is, so that a table of numbers flattened
         * into one sentence costs linear time */
        sctx cw = *c;
        cw.a = q[i].tok > c->a + KEY_WINDOW ? q[i].tok - KEY_WINDOW : c->a;
        cw.b = q[i].tok_end + KEY_WINDOW < c->b ? q[i].tok_end + KEY_WINDOW : c->b;
        fl_claims_clause_span(&cw, q[i].tok, q[i].tok_end, &cw.ca, &cw.cb);
        if (q[i].kind == FL_QK_UNIT && tally_count(&cw, &q[i], pool))
            continue; /* "three councillors voted against": votes on one side of a division */
        if (elided_head_count(&cw, &q[i], tr, ntr, pool)) {
            of_opening_whole(c, &q[i], q, i);
            continue;
        }
        if (q[i].kind == FL_QK_UNIT && generic_count(&cw, &q[i]) && label_count(&cw, &q[i], pool))
            continue; /* "Bicycles sold: 286,000 units": bicycles */
        if (q[i].kind != FL_QK_BARE)
            continue;
        /* "arrested three times since October" is how often, not how many (arithmetic.times) */
        if (q[i].tok_end < c->b && fl_phrases_at(&c->k->times, c->text, c->t, c->b, q[i].tok_end, &used) >= 0)
            continue;
        int part = 0;
        if (label_count(&cw, &q[i], pool) || apposed_part(&cw, &q[i], i > 0 ? &q[i - 1] : NULL, pool) ||
            (part = partitive_count(&cw, &q[i], i + 1 < nq ? &q[i + 1] : NULL, pool)) ||
            noun_of_count(&cw, &q[i], pool) || measure_label_count(&cw, &q[i], pool) || role_count(&cw, &q[i], pool) ||
            fronted_anaphor_count(&cw, &q[i], q, i, last, nlast) || fronted_whole_count(&cw, &q[i], q, i, pool)) {
            i += part == 2; /* the whole's count, bare as its part */
            continue;
        }
        if (tally_count(&cw, &q[i], pool))
            continue; /* "31 voted in favour, 22 against": votes on one side of a division */
        if (bare_count(&cw, &q[i], tr, ntr, pool)) {
            anaphor_item(&cw, &q[i], q, i, before, nbefore);
            continue;
        }
        if (!act_count(&cw, &q[i], pool) && !open_bare_count(&cw, &q[i], pool) &&
            !level_count(&cw, &q[i], tr, ntr, pool) && !reduced_relative_count(&cw, &q[i], tr, ntr, pool))
            elided_count(c, &q[i], i > 0 ? &q[i - 1] : NULL);
    }
}

/* Is quantity qi the whole of a part before it: "34 of the 71 seats" (the count-links lexicon joins them)? */
static int whole_of_part(const sctx *c, const fl_facts *f, size_t qi, size_t q0)
{
    const fl_lexicon *links = fl_rules_lexicon(c->r, "count-links");
    if (qi == q0 || !links)
        return 0;
    size_t i = f->qty[qi].tok;
    while (i > f->qty[qi - 1].tok_end && fl_lexicon_has_token(links, c->text, &c->t[i - 1], 1))
        i--;
    return i == f->qty[qi - 1].tok_end && i < f->qty[qi].tok && f->qty[qi - 1].value <= f->qty[qi].value &&
           strcmp(f->qty[qi - 1].dim, f->qty[qi].dim) == 0;
}

/* Is figure q in what its clause's inclusion verb says its subject includes, the subject naming what the figure
 * measures ("Revenue includes the group's share of joint-venture revenue of £38 million": a trigger of a family
 * that admits the figure's unit)? Then the figure is a part of the subject's amount, no level of it. */
static int included_in_subject(const sctx *c, const fl_qty *q, const fl_lexicon *verbs)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cl >= 0 ? fl_parse_verb(p, cl) : -1,
        s = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (vg < 0 || s < 0)
        return 0;
    size_t v = c->a + p->vgs[vg].head, used;
    if (v >= qty_first(c, q) || c->a + p->nps[s].end > v || !fl_lexicon_has_token(verbs, c->text, &c->t[v], 1))
        return 0;
    for (size_t i = c->a + p->nps[s].start; i < c->a + p->nps[s].end; i++) {
        int m = c->t[i].kind == FL_TOK_WORD ? fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) : -1;
        if (m >= 0 && admits(c->k, m, q->dim))
            return 1;
    }
    return 0;
}

/* Is quantity qi a part of an amount before it in its sentence that an inclusion verb right before it joins
 * ("revenue of £248.6 million included £9.1 million from sites opened during the year": the inclusion-verbs
 * lexicon), no level of the whole's subject? */
static int included_part(const sctx *c, const fl_facts *f, size_t qi, size_t q0)
{
    const fl_lexicon *verbs = fl_rules_lexicon(c->r, "inclusion-verbs");
    const fl_qty *q = &f->qty[qi];
    size_t first = qty_first(c, q);
    if (!verbs || first == c->a)
        return 0;
    if (!fl_lexicon_has_token(verbs, c->text, &c->t[first - 1], 1))
        return included_in_subject(c, q, verbs);
    for (size_t i = q0; i < qi; i++)
        if (strcmp(f->qty[i].dim, q->dim) == 0 && f->qty[i].value >= q->value)
            return 1;
    return 0;
}

/* Is quantity qi the whole a sentence opens with, "Of the 47 whales stranded, 18 died": right after its opening
 * "of" and determiners, a count, and a count of the same dimension after it in the sentence (the part)? The part
 * says what happened to some of them; the whole is no figure of that. */
static int opening_whole(const sctx *c, const fl_facts *f, size_t qi, size_t q0)
{
    const fl_qty *q = &f->qty[qi];
    size_t a = c->a + 1, used, q1 = qi + 1;
    if (qi != q0 || !fl_claims_role(c, c->a, FL_ROLE_OF) || !fl_count_dimension(c->r, q->dim))
        return 0;
    while (a < q->tok && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0)
        a += used;
    if (a != qty_first(c, q))
        return 0;
    for (; q1 < f->nqty && f->qty[q1].tok < c->b; q1++)
        if (strcmp(f->qty[q1].dim, q->dim) == 0)
            return 1;
    return 0;
}

/* Where the clause of a figure after an opening whole starts (opening_whole: "Of the 41 injured, seven remain in
 * hospital"): after the comma that ends the whole's phrase, whose words (injured) say what the whole is, not what
 * the part is; ca when the sentence opens with no such phrase or q is inside it. */
static size_t after_opening_whole(const sctx *c, const fl_facts *f, size_t q0, const fl_qty *q, size_t ca)
{
    if (q0 >= f->nqty || &f->qty[q0] == q || ca != c->a || !opening_whole(c, f, q0, q0))
        return ca;
    for (size_t j = f->qty[q0].tok_end; j < q->tok; j++)
        if (punct_is(c, j, ','))
            return j + 1;
    return ca;
}

/* The clause of figure q, the first of its sentence's at q0: clause_span, less an opening whole's phrase. */
static void figure_clause(const sctx *c, const fl_facts *f, size_t q0, const fl_qty *q, size_t *ca, size_t *cb)
{
    fl_claims_clause_span(c, q->tok, q->tok_end, ca, cb);
    *ca = after_opening_whole(c, f, q0, q, *ca);
}

static int relative_vg_at(const sctx *c, const fl_parse *p, size_t j);
static int contact_relative_class(const sctx *c, const fl_parse *p, const fl_qty *q, size_t end, size_t *at);
static int verb_class(const sctx *c, size_t v, size_t part, char *lemma, size_t cap);

static int date_word(const sctx *c, size_t i, size_t *used);

/* Does the relative clause whose own verb ends at token head state a time of its own (date_word) before its
 * sentence's next finite verb, mark, conjunction or grammar.json sequence-opener ("who were rescued last year were
 * found", "who were rescued on Monday"; "who were rescued after a ferry capsized on Tuesday" is the capsizing's)? */
static int relative_time(const sctx *c, const fl_parse *p, size_t head)
{
    size_t used;
    const fl_lexicon *seq = fl_rules_lexicon(c->r, "sequence-openers");
    for (size_t j = head + 1; j < c->b; j++) {
        int t = p->tags[j - c->a], g = p->vg_of[j - c->a];
        if (t == FL_TAG_PUNCT || t == FL_TAG_CONJ || t == FL_TAG_SCONJ || t == FL_TAG_WH ||
            (g >= 0 && p->vgs[g].finite && c->a + p->vgs[g].head >= j) ||
            fl_lexicon_has_token(seq, c->text, &c->t[j], 1))
            return 0;
        if (date_word(c, j, &used))
            return 1;
    }
    return 0;
}

/* The head of relative verb group vg's own verb: the group's last word before another finite verb, which the tagger
 * may have joined to it ("who were rescued have recovered": rescued), else its head. */
static size_t relative_own_head(const sctx *c, const fl_parse *p, int vg)
{
    for (size_t m = p->vgs[vg].start + 2; m < p->vgs[vg].end; m++)
        if (p->tags[m] == FL_TAG_VBD || p->tags[m] == FL_TAG_VBP ||
            (p->tags[m] == FL_TAG_VB && p->tags[m - 1] == FL_TAG_VBN)) /* "were rescued have": a base form after a
                                                                           participle starts a group of its own */
            return c->a + m - 1;
    return c->a + p->vgs[vg].head;
}

/* Does a relative clause right after the counted noun of q, the whole of a part, say what was done to or by all of
 * it, by a verb the tables know (an act of claim_model.acts or a class of predicates.json, with its particle): "two of
 * the four swimmers who were rescued", "two of the four swimmers we pulled out of the water"? The whole is then a
 * count of that act, as "four swimmers were rescued" is, not only the whole of its part; a relative verb of no
 * class ("three of the 40 people who live there"), a negated or modal one ("who were not rescued", "who could not be
 * rescued") or one of a time of its own ("who were rescued last year") leaves it the whole. */
static int acted_whole(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t at, used;
    char lemma[48];
    if (!p || q->tok_end >= c->b || q->tok < c->a)
        return 0;
    if (contact_relative_class(c, p, q, c->b, &at) >= 0)
        return 1;
    int np = p->np_of[q->tok - c->a];
    size_t j = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    while (q->kind == FL_QK_BARE && j < c->b && j < q->tok_end + 3 && p->tags[j - c->a] == FL_TAG_NOUN)
        j++; /* a bare whole, its noun not read yet: "of the four swimmers who" */
    int vg = j < c->b ? relative_vg_at(c, p, j) : -1;
    if (vg < 0 || p->vgs[vg].neg || p->vgs[vg].modal >= 0)
        return 0; /* "the 19 passengers who were not rescued", "who could not be rescued": no count of the act */
    size_t head = relative_own_head(c, p, vg);
    if (relative_time(c, p, head))
        return 0; /* "the 19 passengers who were rescued last year": an act of another time */
    return verb_class(c, head, head + 1 < c->b ? head + 1 : SIZE_MAX, lemma, sizeof lemma) >= 0 ||
           fl_phrases_at(&c->k->acts, c->text, c->t, c->b, head, &used) >= 0;
}

/* How quantity qi is a part's or a whole's figure, or a normal, rather than a level: 2 the whole of a part
 * (whole_of_part, unless a relative clause says what was done to the whole: acted_whole; or the whole a sentence
 * opens with: opening_whole), 4 a part an inclusion verb joins to an amount
 * before it (included_part), 5 the normal a level is compared with (reference_level: "(average 57 cm)"), 0 none. */
static int part_kind(const sctx *c, const fl_facts *f, size_t qi, size_t q0)
{
    if ((whole_of_part(c, f, qi, q0) && !acted_whole(c, &f->qty[qi])) || opening_whole(c, f, qi, q0))
        return 2;
    return included_part(c, f, qi, q0) ? 4 : reference_level(c, &f->qty[qi]) ? 5 : 0;
}

/* ---- claims ---- */

char *fl_claims_excerpt(const fl_doc *d, size_t a, size_t b, size_t max)
{
    fl_buf x = {0};
    fl_excerpt(&x, d, a, b, max);
    return fl_buf_take(&x);
}

/* The clause around the quantity: from the boundary before to the one after, within the sentence. */
char *fl_claims_clause(const sctx *c, const fl_qty *q)
{
    size_t a = q->tok, b = q->tok_end;
    while (a > c->a && (!boundary(c, a - 1) || clock_colon(c, a - 1)))
        a--;
    while (b < c->b && !boundary(c, b))
        b++;
    size_t end = c->t[b - 1].end;
    /* drop the final period of the sentence */
    if (c->t[b - 1].kind == FL_TOK_PUNCT && c->text[c->t[b - 1].start] == '.' && b - 1 > a)
        end = c->t[b - 2].end;
    return fl_claims_excerpt(c->d, c->t[a].start, end, 100);
}

/* Appends s as printf's %s would (NULL as "(null)"): keys are built for every claim, and printf's
 * format parsing cost more than the rest of a key. */
static void put_str(fl_buf *b, const char *s)
{
    fl_buf_puts(b, s ? s : "(null)");
}

static void put_int(fl_buf *b, int v)
{
    char digits[16];
    size_t n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        fl_buf_putc(b, '-');
    while (n)
        fl_buf_putc(b, digits[--n]);
}

/* s (in lower case when lower), or the name claim_model.same_things gives the thing it names ("refit":
 * "refurbishment"), so that one thing named two ways has one key. */
static void put_thing(fl_buf *b, const char *s, const fl_knowledge *k, int lower)
{
    enum { LONGEST = 64 };
    char low[LONGEST];
    size_t n = strlen(s);
    for (size_t i = 0; i < n && n < LONGEST; i++)
        low[i] = (char)fl_ascii_lower((unsigned char)s[i]);
    const char *same = n < LONGEST ? (low[n] = '\0', fl_knowledge_same_thing(k, low)) : NULL;
    if (same || !lower)
        fl_buf_puts(b, same ? same : s);
    else
        for (const char *p = s; *p; p++)
            fl_buf_putc(b, (char)fl_ascii_lower((unsigned char)*p));
}

/* A named subject as its key has it: put_thing's, with a last word of claim_model.company_forms left out when a
 * word stands before it ("Harland & Pike Bank" is "harland & pike", as another report names it). */
static void put_named(fl_buf *b, const char *s, const fl_knowledge *k)
{
    const char *sp = strrchr(s, ' ');
    if (!sp || sp == s || fl_phrases_string(&k->company_forms, sp + 1) < 0) {
        put_thing(b, s, k, 1);
        return;
    }
    char *head = fl_xstrndup(s, (size_t)(sp - s));
    put_thing(b, head, k, 1);
    free(head);
}

/* family|dimension|from>to|modality, then |item|period for the full key. The family is the one the claim is
 * compared as (deliveries as exports); a subject that is not an entity stands where the source would,
 * after an "@" ("@norvik metals"); an event's subject holds its directory, since an event class ("flood")
 * names one event only within a cluster of documents about it. */
/* Is the token at i a verb told in the past: one the tagger reads as past ("cost £14m when it opened") or one after
 * a form of "have" (lexicon have-forms: "had cost", which the tagger may read as a noun)? */
static int past_verb(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *have = fl_rules_lexicon(c->r, "have-forms");
    if (!p || i < c->a || i >= c->b || c->t[i].kind != FL_TOK_WORD)
        return 0;
    return p->tags[i - c->a] == FL_TAG_VBD || p->tags[i - c->a] == FL_TAG_VBN ||
           (i > c->a && have && fl_lexicon_has_token(have, c->text, &c->t[i - 1], 1));
}

/* The modality a claim is keyed with. A one-off amount of a thing of the story (an of_thing family: "the repairs
 * will cost £3.5m", "an 85 million euro scheme", "put the clean-up bill at"; or of a story_amount one: "would use
 * its damage figure of $52 million") dated only by its report is its estimate, whether told as what it will be or
 * with no tense: keyed as a forecast. What it cost, told by a past-tense verb ("had cost £1m"), stays its actual;
 * a target or a capacity stays apart. */
static int key_modality(const fl_claim *cl, const fl_knowledge *k)
{
    int one_off = cl->family >= 0 && (k->metrics[cl->family].of_thing || k->metrics[cl->family].story_amount) &&
                  cl->subject_event && cl->src < 0 && (cl->period_how == 4 || cl->period_how == 5);
    return one_off && !k->metrics[cl->family].decided && cl->modality == FL_MOD_ACTUAL && !cl->told_past
               ? FL_MOD_FORECAST
               : cl->modality;
}

static void put_key(fl_buf *b, const fl_claim *cl, const fl_knowledge *k, int with_period)
{
    static const char *const modalities[] = {"actual", "forecast", "target", "capacity"};
    static const char *const months[] = {"", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};
    int as = k->metrics[cl->family].join_as; /* compared as another family in the units that one admits: a
                                              * company's sales in money are its revenue, tonnes sold are not */
    put_str(b, k->metrics[admits(k, as, cl->dim) ? as : cl->family].id);
    fl_buf_putc(b, '|');
    put_str(b, cl->dim);
    fl_buf_putc(b, '|');
    if (cl->subject_doc && cl->src < 0) {
        fl_buf_puts(b, "@#");
        put_str(b, cl->file);
        if (cl->subject && cl->subject[0]) { /* the document's unnamed "<kind>" */
            fl_buf_putc(b, '#');
            put_str(b, cl->subject);
        }
    } else if (cl->subject && cl->subject[0] && cl->src < 0) {
        fl_buf_putc(b, '@');
        if (cl->subject_event) {
            const char *slash = strrchr(cl->file, '/');
            if (slash) {
                fl_buf_put(b, cl->file, (size_t)(slash - cl->file) + 1);
            }
        }
        if (cl->subject_event)
            put_thing(b, cl->subject, k, 1); /* case-insensitive: "the Club" and "the club" */
        else
            put_named(b, cl->subject, k);
    } else
        put_str(b, cl->src >= 0 ? k->entities[cl->src].id : "");
    fl_buf_putc(b, '>');
    put_str(b, cl->dst >= 0 ? k->entities[cl->dst].id : "");
    fl_buf_putc(b, '|');
    put_str(b, modalities[key_modality(cl, k)]);
    if (with_period) {
        fl_buf_putc(b, '|');
        const char *colon = cl->item ? strchr(cl->item, ':') : NULL; /* "flood:" and its counted noun */
        if (cl->item) {
            fl_buf_put(b, cl->item, colon ? (size_t)(colon + 1 - cl->item) : 0);
            put_thing(b, colon ? colon + 1 : cl->item, k, 0);
        } else
            put_str(b, cl->item);
        fl_buf_putc(b, '|');
        fl_buf_puts(b, cl->since ? "since " : "");
        if (cl->period_how == 5)
            fl_buf_puts(b, "story"); /* an undated report: the join gives it its event's date */
        else if (cl->year > 0)
            put_int(b, cl->year);
        else
            fl_buf_putc(b, '?'); /* a wire dateline's month, its year not known */
        fl_buf_puts(b, cl->month ? "-" : "");
        fl_buf_puts(b, cl->month ? months[cl->month] : "");
        if (cl->day && strcmp(cl->dim, "clock") != 0) { /* times of one event meet whatever day each states */
            fl_buf_putc(b, '-');
            if (cl->day < 10)
                fl_buf_putc(b, '0');
            put_int(b, cl->day);
        }
    }
    if (with_period && cl->part && (cl->part_text[0] || !cl->month)) { /* a month is the "-02" above */
        fl_buf_puts(b, " part:");
        put_str(b, cl->part_text);
    }
}

void fl_claims_make_keys(fl_claim *cl, const fl_knowledge *k)
{
    if (cl->family < 0)
        return;
    fl_direction dir = k->metrics[cl->family].direction;
    int named = (cl->subject && cl->subject[0]) || cl->subject_doc;
    int parties_known =
        dir == FL_DIR_NONE ? (cl->src >= 0 || named) : (cl->src >= 0 && cl->dst >= 0) || (named && cl->subject_event);
    if (!parties_known)
        return;
    fl_buf b = {0};
    put_key(&b, cl, k, 0);
    cl->key_base = fl_buf_take(&b);
    /* an undated report's figure of an event or of its own topic: the join gives it a dated report's period; a
     * settled fact of a named thing of the story (settled_period) is compared among the story's reports */
    if (cl->year > 0 || (cl->period_how == 4 && cl->month) ||
        (cl->period_how == 5 && (cl->subject_event || cl->subject_doc || k->metrics[cl->family].settled))) {
        put_key(&b, cl, k, 1);
        cl->key = fl_buf_take(&b);
    }
}

void fl_claim_make_keys(fl_claim *cl, const fl_knowledge *k)
{
    fl_claims_make_keys(cl, k);
}

/* A paragraph that opens with a dotted number and a capitalised word ("3.1 Buses account for ...", "1.2 It
 * also recommends") is a numbered section: the number is a label, not a quantity. */
static void section_number(const fl_doc *d, size_t s, const fl_token *t, size_t ti, size_t te, fl_num *nums, size_t nn)
{
    if (!nn || nums[0].tok != ti || te < ti + 2 || d->paras[d->sents[s].para].first_sent != s)
        return;
    const fl_token *x = &t[ti], *next = &t[ti + 1];
    if (x->kind != FL_TOK_NUM || !memchr(d->text + x->start, '.', x->end - x->start) || next->kind != FL_TOK_WORD ||
        !(d->text[next->start] >= 'A' && d->text[next->start] <= 'Z') || nums[0].ntok != 1)
        return;
    nums[0].nonclaim = FL_NC_LABEL;
}

/* How many tokens of sentence s, [ti, te), a live page's entry stamp takes before the entry's text: the time and
 * the dash after it ("17:55 – Of the 14 people injured"), or the time alone when the page stamps with no dash
 * ("00:14 Fire crews were called"); 0 when the sentence does not open a stamped paragraph. */
static size_t stamp_tokens(const fl_doc *d, size_t s, const fl_token *t, size_t ti, size_t te)
{
    const fl_para *p = &d->paras[d->sents[s].para];
    if (!p->stamp || p->first_sent != s || ti >= te || t[ti].start > p->start)
        return 0;
    for (size_t j = ti; j < te && j < ti + 6; j++) {
        const fl_token *x = &t[j];
        const char *c = d->text + x->start;
        size_t len = x->end - x->start;
        if (p->bare_stamp && x->kind == FL_TOK_WORD)
            return j - ti;
        if (!p->bare_stamp && x->kind == FL_TOK_PUNCT &&
            ((len == 1 && (c[0] == '-' || c[0] == '|')) ||
             (len == 3 && memcmp(c, "\xe2\x80", 2) == 0 &&
              ((unsigned char)c[2] == 0x93 || (unsigned char)c[2] == 0x94))))
            return j + 1 - ti;
    }
    return 0;
}

/* The kind of list item's marker the punctuation token t is: ITEM_MARK a hyphen, an asterisk or a bullet (U+2022),
 * ITEM_PLUS a plus sign, ITEM_DASH an en or em dash; 0 none. Label lines take the first two (bullet_marker), a
 * sentence that opens a line the first and the last (list_marker_tokens). */
enum { ITEM_MARK = 1, ITEM_PLUS, ITEM_DASH };

static int item_mark(const char *text, const fl_token *t)
{
    const char *m = text + t->start;
    size_t n = t->end - t->start;
    if (t->kind != FL_TOK_PUNCT)
        return 0;
    if (n == 1)
        return *m == '-' || *m == '*' ? ITEM_MARK : *m == '+' ? ITEM_PLUS : 0;
    if (n != 3 || memcmp(m, "\xE2\x80", 2) != 0)
        return 0;
    return (unsigned char)m[2] == 0xA2                                  ? ITEM_MARK
           : (unsigned char)m[2] == 0x93 || (unsigned char)m[2] == 0x94 ? ITEM_DASH
                                                                        : 0;
}

/* How many tokens of sentence s, [ti, te), a list item's marker takes when the sentence opens a line: a hyphen,
 * an asterisk, a bullet or a dash standing alone before the item's text ("- Of the 4,812 applications received,
 * 4,391 were granted, or 93.1%"); 0 otherwise. */
static size_t list_marker_tokens(const fl_doc *d, const fl_token *t, size_t ti, size_t te)
{
    if (ti + 1 >= te || t[ti].kind != FL_TOK_PUNCT || !t[ti + 1].space_before)
        return 0;
    size_t at = t[ti].start;
    while (at > 0 && (d->text[at - 1] == ' ' || d->text[at - 1] == '\t'))
        at--;
    if (at > 0 && d->text[at - 1] != '\n')
        return 0;
    int mark = item_mark(d->text, &t[ti]);
    return mark == ITEM_MARK || mark == ITEM_DASH;
}

/* Is the year at token y (the sentence's tokens from ti) when something began, so no date of the report that
 * mentions it: its clause (back to a comma, colon, semicolon or bracket) has before it the start of a span
 * (`time-since`: "has cared for unwanted dogs since 1995"), a word of a founding (`founding-words`, rules/time.json:
 * "founded in 1995"), or an origin adverb with the year after "in" (`origin-adverbs`: "which served its first
 * steak in Ashcombe in 1998"; not "the first half of 2026")? A thing made or ended then ("models built between
 * March 2023 and November 2024") may be of the report's own time, and still dates it. */
static int origin_year(const fl_doc *d, const fl_rules *r, const fl_token *t, size_t ti, size_t y)
{
    const fl_lexicon *since = fl_rules_lexicon(r, "time-since"), *first = fl_rules_lexicon(r, "origin-adverbs");
    const fl_lexicon *in = fl_rules_lexicon(r, "thing-year-links"), *found = fl_rules_lexicon(r, "founding-words");
    int after_in = y > ti && in && fl_lexicon_has_token(in, d->text, &t[y - 1], 1);
    for (size_t i = y; i > ti; i--) {
        const fl_token *w = &t[i - 1];
        if (w->kind == FL_TOK_PUNCT && strchr(",;:(", d->text[w->start]))
            return 0;
        if (w->kind == FL_TOK_WORD && ((since && fl_lexicon_has_token(since, d->text, w, 1)) ||
                                       (found && fl_lexicon_has_token(found, d->text, w, 1)) ||
                                       (after_in && first && fl_lexicon_has_token(first, d->text, w, 1))))
            return 1;
    }
    return 0;
}

/* Tokens, numbers and quantities of every sentence of d into f (with the per-sentence indexes); returns
 * the latest year the text mentions (0: none). */
static int sentence_facts(fl_doc *d, const fl_rules *r, fl_facts *f)
{
    /* the facts live in the document's arena: freed with it, in one call */
    fl_arena *a = d->arena;
    f->ntok = fl_tokenize_arena(d, d->start, d->len, a, &f->tok);
    f->sent_tok = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    f->sent_open = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    f->sent_num = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    f->sent_qty = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    f->sent_year = fl_arena_alloc(a, (d->nsent + 1) * sizeof(int));
    f->sent_year_carried = fl_arena_alloc(a, (d->nsent + 1) * sizeof(int));
    f->sent_year_tok = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    f->sent_year_from_tok = fl_arena_alloc(a, (d->nsent + 1) * sizeof(uint32_t));
    size_t numcap = 0, qcap = 0;
    /* pass 1: numbers and quantities of every sentence; the latest year mentioned */
    size_t ti = 0;
    int latest = 0;
    for (size_t s = 0; s < d->nsent; s++) {
        while (ti < f->ntok && f->tok[ti].start < d->sents[s].start)
            ti++;
        f->sent_tok[s] = ti;
        size_t te = ti;
        while (te < f->ntok && f->tok[te].end <= d->sents[s].end)
            te++;
        size_t open = ti + stamp_tokens(d, s, f->tok, ti, te);
        f->sent_open[s] = (uint32_t)(open + list_marker_tokens(d, f->tok, open, te));
        f->sent_num[s] = f->nnum;
        f->sent_qty[s] = f->nqty;
        /* a sentence without tokens ("[3, 4]", a footnote marker alone) has no numbers; in a document of
         * such sentences f->tok is NULL, and NULL + 0 is undefined */
        fl_num *nums = NULL;
        size_t nn = te > ti ? fl_numbers(d->text, r, f->tok + ti, te - ti, &nums) : 0;
        for (size_t i = 0; i < nn; i++) {
            nums[i].tok += ti;
            if (nums[i].nonclaim == FL_NC_YEAR && nums[i].year > latest && !origin_year(d, r, f->tok, ti, nums[i].tok))
                latest = nums[i].year; /* "since 1995" says the report is later, not when */
        }
        section_number(d, s, f->tok, ti, te, nums, nn);
        fl_ages_mark_unnamed(d->text, r, f->tok, ti, te, nums, nn);
        fl_qty *qs = NULL;
        /* quantities use sentence-relative tokens */
        for (size_t i = 0; i < nn; i++)
            nums[i].tok -= ti;
        size_t nq = te > ti ? fl_quantities(d->text, r, d->approx_tolerance, f->tok + ti, te - ti, nums, nn,
                                            &f->qty_strings, &qs)
                            : 0;
        for (size_t i = 0; i < nn; i++)
            nums[i].tok += ti;
        for (size_t i = 0; i < nq; i++) {
            qs[i].tok += ti;
            qs[i].tok_end += ti;
            qs[i].num += f->nnum;
        }
        FL_ARENA_GROW(a, f->num, numcap, f->nnum + nn);
        if (nn)
            memcpy(f->num + f->nnum, nums, nn * sizeof(fl_num));
        f->nnum += nn;
        FL_ARENA_GROW(a, f->qty, qcap, f->nqty + nq);
        if (nq)
            memcpy(f->qty + f->nqty, qs, nq * sizeof(fl_qty));
        f->nqty += nq;
        free(nums);
        free(qs);
        ti = te;
    }
    f->sent_tok[d->nsent] = f->ntok;
    f->sent_open[d->nsent] = f->ntok;
    f->sent_num[d->nsent] = f->nnum;
    f->sent_qty[d->nsent] = f->nqty;
    /* no spare capacity: the numbers and quantities live until the document's checks are done */
    if (f->nnum < numcap)
        f->num = fl_arena_realloc(a, f->num, numcap * sizeof(fl_num), f->nnum * sizeof(fl_num));
    if (f->nqty < qcap)
        f->qty = fl_arena_realloc(a, f->qty, qcap * sizeof(fl_qty), f->nqty * sizeof(fl_qty));
    return latest;
}

/* Is token i a word with a capital? */
static int capital_word(const fl_doc *d, const fl_facts *f, size_t i)
{
    return f->tok[i].kind == FL_TOK_WORD && d->text[f->tok[i].start] >= 'A' && d->text[f->tok[i].start] <= 'Z';
}

/* Capitalised words used inside sentences: the document's names, to tell a name that starts a sentence from
 * a common word that does (names is initialised here; the caller frees it). A word inside a longer name, with
 * capitals on both sides ("Health" of "the Aldwick Health Authority"), names nothing alone: "Health officials
 * said" starts with a common word; a name's first or last word ("Aldwick", "Authority") is kept, and so is a
 * word after a sentence's first ("Gran-of-five Maureen Tully": the first may be a descriptor). */
static void doc_names(const fl_doc *d, const fl_facts *f, fl_map *names)
{
    fl_map_init(names, 0);
    for (size_t s = 0; s < d->nsent; s++)
        for (size_t i = f->sent_tok[s] + 1; i < f->sent_tok[s + 1]; i++) {
            const fl_token *t = &f->tok[i];
            const fl_token *p = &f->tok[i - 1];
            if (capital_word(d, f, i) &&
                !(p->kind == FL_TOK_PUNCT &&
                  (clause_mark(d->text[p->start]) || p->end - p->start == 3 || dash_before(d->text, p, t))) &&
                !(i - 1 > f->sent_tok[s] && capital_word(d, f, i - 1) && i + 1 < f->sent_tok[s + 1] &&
                  capital_word(d, f, i + 1)))
                fl_map_put_hashed(names, d->text + t->start, t->end - t->start, fl_token_hash(d->text, t), 1);
        }
}

enum { STORY_NAMES = 8, STORY_SHARED = 3, STORY_TOPICS = 8, TOPICS_SHARED = 4 };

/* Is token i a word of capitals only ("HORROR"), two letters or more? */
static int caps_word(const fl_doc *d, const fl_facts *f, size_t i)
{
    const fl_token *t = &f->tok[i];
    if (t->kind != FL_TOK_WORD || t->end - t->start < 2)
        return 0;
    for (size_t p = t->start; p < t->end; p++)
        if (d->text[p] >= 'a' && d->text[p] <= 'z')
            return 0;
    return 1;
}

/* Is token i of sentence s (its tokens [a, b)) no name of a story: a function word with a capital ("The" after a
 * quote's opening mark, "By" of a byline: the determiners, prepositions, coordinators and subordinators of the claim
 * model), or a word of a run of capitals ("CAR PARK HORROR": a tabloid headline, each word no name; an acronym
 * alone, "BNR", is kept)? */
static int no_story_name(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, size_t i, size_t a, size_t b)
{
    size_t used;
    if (fl_phrases_at(&k->determiners, d->text, f->tok, f->ntok, i, &used) >= 0 ||
        fl_phrases_at(&k->prepositions, d->text, f->tok, f->ntok, i, &used) >= 0 ||
        fl_phrases_at(&k->coordinators, d->text, f->tok, f->ntok, i, &used) >= 0 ||
        fl_phrases_at(&k->subordinators, d->text, f->tok, f->ntok, i, &used) >= 0)
        return 1;
    return caps_word(d, f, i) && ((i > a && caps_word(d, f, i - 1)) || (i + 1 < b && caps_word(d, f, i + 1)));
}

/* How long an author line may be, in bytes ("By Gary Pratt", "(Reporting by Ines Marr; Editing by Tom Hale)"). */
enum { BYLINE_BYTES = 300 };

/* Does a byline word (rules/speech.json "byline-words", as written: "By", "Reporting by", "Live reporting by") open
 * the words from token i, up to b? */
static int byline_words_at(const fl_doc *d, const fl_lexicon *by, const fl_facts *f, size_t i, size_t b)
{
    enum { BYLINE_WORDS = 3 };
    while (i < b && f->tok[i].kind != FL_TOK_WORD)
        i++;
    for (size_t n = 0; i + n < b && n < BYLINE_WORDS && f->tok[i + n].kind == FL_TOK_WORD; n++)
        if (fl_lexicon_has(by, d->text + f->tok[i].start, f->tok[i + n].end - f->tok[i].start, 0))
            return 1;
    return 0;
}

/* Is paragraph p an author line: short, its first words (after an opening bracket) or the first words of one of
 * its parts after a "|" one of rules/speech.json "byline-words" as written ("By Gary Pratt", "Kelderdale Courier |
 * Wednesday 6 May 2026 | By Hannah Whitworth", "BNR East | Live reporting by Sophie Marchetti")? Its names are the
 * authors' and the outlet's, no names of the story. */
static int byline_para(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_para *p)
{
    const fl_lexicon *by = fl_rules_lexicon(r, "byline-words");
    if (!by || !p->nsent || p->end - p->start > BYLINE_BYTES)
        return 0;
    size_t a = f->sent_tok[p->first_sent], b = f->sent_tok[p->first_sent + p->nsent];
    if (byline_words_at(d, by, f, a, b))
        return 1;
    for (size_t i = a; i < b; i++)
        if (f->tok[i].kind == FL_TOK_PUNCT && d->text[f->tok[i].start] == '|' && byline_words_at(d, by, f, i + 1, b))
            return 1;
    return 0;
}

/* Is token i right after a colon ("RUNAWAY TURBINE: Giant sea windmill ...")? Its capital is the phrase's, as a
 * sentence's first word's is. */
static int after_colon(const fl_doc *d, const fl_facts *f, size_t i)
{
    return i > 0 && f->tok[i - 1].kind == FL_TOK_PUNCT && d->text[f->tok[i - 1].start] == ':';
}

/* Is token i, right after a colon, the value of a list item's label ("- Court: Hexley Crown Court", its sentence's
 * tokens from ti: a list item's marker, then one to ITEM_LABEL_WORDS words, then the colon)? A capital there is the
 * value's own, a name's, as it is inside a sentence; a colon after a headline's words gives its capital. */
enum { ITEM_LABEL_WORDS = 4 };

static int item_label_value(const fl_doc *d, const fl_facts *f, size_t ti, size_t i)
{
    size_t m = list_marker_tokens(d, f->tok, ti, i);
    if (!m || i < ti + m + 2 || i - 1 - (ti + m) > ITEM_LABEL_WORDS)
        return 0;
    for (size_t k = ti + m; k + 1 < i; k++)
        if (f->tok[k].kind != FL_TOK_WORD)
            return 0;
    return 1;
}

/* Words of a document counted by their hash, in order of first use, for its STORY_NAMES names or STORY_TOPICS topic
 * words (story_names, story_topics). */
typedef struct {
    fl_map seen;
    uint32_t *hash;
    size_t *count, n, cap;
} word_tally;

/* Counts the word s (hash h) times more in w; 1 when it is new there. */
static int tally_add(word_tally *w, const char *s, size_t len, uint32_t h, size_t times)
{
    int at = fl_map_get_hashed(&w->seen, s, len, h);
    if (at >= 0) {
        w->count[at] += times;
        return 0;
    }
    size_t old = w->cap;
    FL_GROW(w->hash, w->cap, w->n + 1);
    if (w->cap != old)
        w->count = fl_xrealloc(w->count, w->cap * sizeof *w->count);
    w->hash[w->n] = h;
    w->count[w->n] = times;
    fl_map_put_hashed(&w->seen, s, len, h, (int)w->n++);
    return 1;
}

static void tally_free(word_tally *w)
{
    free(w->hash);
    free(w->count);
    fl_map_free(&w->seen);
}

/* The top words of tally w (the most counted, the earlier first use on a tie), one bit each of 128, into sig; frees
 * w. */
static void tally_top(word_tally *w, int top, uint64_t sig[2])
{
    sig[0] = sig[1] = 0;
    for (int t = 0; t < top; t++) {
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < w->n; i++)
            if (w->count[i] && (best == SIZE_MAX || w->count[i] > w->count[best]))
                best = i;
        if (best == SIZE_MAX)
            break;
        sig[w->hash[best] >> 6 & 1] |= (uint64_t)1 << (w->hash[best] & 63);
        w->count[best] = 0;
    }
    tally_free(w);
}

/* The document's story signature: the STORY_NAMES capitalised words it uses most often inside sentences (the
 * earlier first use wins a tie; months and weekdays are no names of a story, nor an author's in a byline, byline_para,
 * nor a word whose capital a colon gives, after_colon: "RUNAWAY TURBINE: Giant ...", nor the first word of a list
 * item, whose capital its marker gives: "- Penalty: £13.4m"), one bit each of 128. Two reports
 * of one event share their place, people and the event's own name ("the Corran blast"); two reports of two
 * fires in one directory share few. */
static void story_names(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, uint64_t sig[2])
{
    size_t used;
    word_tally w = {0};
    fl_map_init(&w.seen, 0);
    for (size_t s = 0, pi = 0; s < d->nsent; s++) {
        while (pi < d->npara && d->paras[pi].first_sent + d->paras[pi].nsent <= s)
            pi++;
        if (pi < d->npara && d->paras[pi].first_sent <= s && byline_para(d, r, f, &d->paras[pi]))
            continue; /* "By Gary Pratt": the author's name */
        for (size_t i = f->sent_tok[s] + 1; i < f->sent_tok[s + 1]; i++) {
            const fl_token *t = &f->tok[i];
            if (t->kind != FL_TOK_WORD || d->text[t->start] < 'A' || d->text[t->start] > 'Z' ||
                (after_colon(d, f, i) && !item_label_value(d, f, f->sent_tok[s], i)) ||
                (i == f->sent_tok[s] + list_marker_tokens(d, f->tok, f->sent_tok[s], f->sent_tok[s + 1])) ||
                fl_phrases_at(&k->months, d->text, f->tok, f->ntok, i, &used) >= 0 ||
                fl_phrases_at(&k->weekdays, d->text, f->tok, f->ntok, i, &used) >= 0 ||
                no_story_name(d, k, f, i, f->sent_tok[s], f->sent_tok[s + 1]))
                continue;
            tally_add(&w, d->text + t->start, t->end - t->start, fl_token_hash(d->text, t), 1);
        }
    }
    tally_top(&w, STORY_NAMES, sig);
}

/* The document's topic signature: the STORY_TOPICS content words it uses most often (in lower case where it uses
 * them, so no name and no sentence's first word; four letters or more; stemmed; not the stop words of
 * rules/similar.json), one bit each of 128. Two short reports of one story may share few names (a tabloid names
 * its own witnesses) and still say "nursery", "places", "shortfall" most; two texts of two stories seldom share
 * three such words. */
static void story_topics(const fl_doc *d, const fl_rules *r, const fl_facts *f, struct sb_stemmer *sb, uint64_t sig[2])
{
    enum { TOPIC_MIN_LETTERS = 4 };
    const fl_lexicon *stop = fl_rules_lexicon(r, "similar-stopwords");
    char w[40];
    word_tally raw = {0}, tl = {0};
    size_t *first = NULL, cap = 0; /* each distinct word's first token, in order of first use */
    fl_map_init(&raw.seen, 0);
    fl_map_init(&tl.seen, 0);
    for (size_t i = 0; i < f->ntok; i++) {
        const fl_token *t = &f->tok[i];
        size_t n = t->end - t->start;
        if (t->kind != FL_TOK_WORD || n < TOPIC_MIN_LETTERS || n >= sizeof w || d->text[t->start] < 'a' ||
            d->text[t->start] > 'z' || !tally_add(&raw, d->text + t->start, n, fl_token_hash(d->text, t), 1))
            continue;
        FL_GROW(first, cap, raw.n);
        first[raw.n - 1] = i;
    }
    /* each distinct word stemmed once, with all its uses: the same counts and order of first use as stemming each */
    for (size_t j = 0; j < raw.n; j++) {
        const fl_token *t = &f->tok[first[j]];
        size_t n = t->end - t->start;
        memcpy(w, d->text + t->start, n);
        if (stop && fl_lexicon_has(stop, w, n, 0))
            continue;
        const sb_symbol *st = sb ? sb_stemmer_stem(sb, (const sb_symbol *)w, (int)n) : NULL;
        const char *stem = st ? (const char *)st : w;
        size_t sn = st ? (size_t)sb_stemmer_length(sb) : n;
        tally_add(&tl, stem, sn, fl_claims_fnv_lower(2166136261u, stem, 0, sn), raw.count[j]);
    }
    free(first);
    tally_free(&raw);
    tally_top(&tl, STORY_TOPICS, sig);
}

int fl_story_names_common(const uint64_t a[2], const uint64_t b[2])
{
    uint64_t x = a[0] & b[0], y = a[1] & b[1];
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    for (; y; y &= y - 1)
        n++;
    return n;
}

int fl_story_names_shared(const uint64_t a[2], const uint64_t b[2])
{
    return fl_story_names_common(a, b) >= STORY_SHARED;
}

int fl_story_topics_shared(const uint64_t a[2], const uint64_t b[2])
{
    return fl_story_names_common(a, b) >= TOPICS_SHARED;
}

/* The name of the part of a year that a span ending in a month is (span_period): "first half", "second half"
 * (as "the first half of 2026" names them), else "year to march", "half to september". */
static const char *const month_names[] = {"",     "january", "february",  "march",   "april",    "may",     "june",
                                          "july", "august",  "september", "october", "november", "december"};

static void span_part_name(const when *pw, char *out, size_t cap)
{
    const char *const *names = month_names;
    if (pw->span == 6 && (pw->span_month == 6 || pw->span_month == 12))
        snprintf(out, cap, "%s half", pw->span_month == 6 ? "first" : "second");
    else
        snprintf(out, cap, "%s to %s", pw->span == 6 ? "half" : "year", names[pw->span_month]);
}

void fl_claims_range_name(int from, int to, char *out, size_t cap)
{
    snprintf(out, cap, "%s to %s", month_names[from], month_names[to]);
}

/* The period of claim cl from the when pw of its sentence (c), against the document date. */
static void set_period(fl_claim *cl, const when *pw, const sctx *c, const fl_date *date)
{
    cl->year = pw->year;
    cl->month = pw->month;
    cl->part = pw->part || pw->month;
    if (pw->part_ntok) {
        size_t a = c->t[pw->part_tok].start, b = c->t[pw->part_tok + pw->part_ntok - 1].end;
        size_t n = b - a < sizeof cl->part_text - 1 ? b - a : sizeof cl->part_text - 1;
        for (size_t x = 0; x < n; x++)
            cl->part_text[x] = (char)fl_ascii_lower((unsigned char)c->text[a + x]);
        cl->part_text[n] = '\0';
        size_t mu;
        if (pw->month && fl_phrases_at(&c->k->months, c->text, c->t, c->b, pw->part_tok, &mu) == pw->month &&
            mu == pw->part_ntok)
            cl->part_text[0] = '\0'; /* "February 2026" is the month its key names: no part besides */
    }
    if (pw->span) /* "the year to 31 March 2026": named by its span, not by its words */
        span_part_name(pw, cl->part_text, sizeof cl->part_text);
    else if (pw->range_from > 0 && pw->range_to > 0) /* "Jan-Mar", "April-June": as "january to march" is */
        fl_claims_range_name(pw->range_from, pw->range_to, cl->part_text, sizeof cl->part_text);
    cl->since = pw->since;
    cl->period_how = pw->how;
    if (pw->target && cl->modality == FL_MOD_ACTUAL && date->year && pw->year >= date->year)
        cl->modality = FL_MOD_TARGET; /* "by 2030", when 2030 is still ahead */
}

static int level_object(const sctx *c, const fl_qty *q, int placed, char *item, size_t cap, int *definite);

/* Does the clause's subject phrase name something other than what is measured: a person ("his average tax
 * rate", "her husband", "Mrs Lee") or some other thing ("trams taking £71 million")? Then neither the
 * paragraph's subject nor the document's topic may stand in for it. A phrase that names only the measure
 * ("output", "the number of patients", "its revenue", a level: "the recycling rate"), a report ("a board paper
 * put ... at") or "it" may; so may the agent of a change of a level the clause's object names ("The deal raises the
 * basic rate to £12.60 an hour": the rate is not the deal's). */
static int subject_is_other(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *person = fl_rules_lexicon(c->r, "person-words"), *report = fl_rules_lexicon(c->r, "report-nouns");
    /* a person before the figure in its sentence may be what it is about, whatever the clause's phrase:
     * "... what he said was the 2014 tax rate: 30 percent"; not one who reports the figure's clause ("the
     * finance director said annual sales of $2 billion were ...") */
    size_t from = reported_after_speech(c) ? c->ca : c->a;
    for (size_t i = from; i < q->tok && person; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(person, c->text, &c->t[i], 1))
            return 1;
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p)
        return 0;
    int np = fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a));
    if (np < 0)
        return 0;
    size_t a = c->a + p->nps[np].start, e = c->a + p->nps[np].end, used;
    if (a >= q->tok || fl_claims_time_phrase(c, c->a + p->nps[np].head) || a < from)
        return 0; /* "last week" read as a subject is when, not what; the speaker is not what was said */
    char item[96];
    int definite;
    if (c->k->level_family >= 0 && admits(c->k, c->k->level_family, q->dim) &&
        level_object(c, q, 0, item, sizeof item, &definite))
        return 0;
    for (size_t i = a; i < e; i++) {
        if (c->t[i].kind != FL_TOK_WORD)
            continue;
        if (person && fl_lexicon_has_token(person, c->text, &c->t[i], 1))
            return 1;
        if (fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) >= 0 ||
            (report && fl_lexicon_has_token(report, c->text, &c->t[i], 1)) ||
            (i == e - 1 && fl_phrases_ending(&c->k->level_heads, c->text, c->t, c->b, i, &used) >= 0))
            return 0; /* "the recycling rate", "Occupancy" (claim_model.measures.levels) name a measure too */
    }
    return p->tags[p->nps[np].head] != FL_TAG_PRON;
}

/* A name the document gave in full before stands for it: "Orvane" after "Orvane Biologics",
 * "Belmoor" after "Belmoor Rovers" (the shorter name's words open the longer one), "Ruiz" after "Ana
 * Ruiz" (or end it). Takes name; returns
 * the name to use, remembered for the names after it. */
static char *full_name(discourse *dc, char *name)
{
    size_t len = strlen(name);
    for (size_t i = dc->nnames; i-- > 0;) {
        size_t full = strlen(dc->names[i]);
        if ((strncasecmp(dc->names[i], name, len) == 0 && dc->names[i][len] == ' ') ||
            (full > len && strcasecmp(dc->names[i] + full - len, name) == 0 && dc->names[i][full - len - 1] == ' ')) {
            free(name);
            return fl_xstrdup(dc->names[i]);
        }
    }
    for (size_t i = 0; i < dc->nnames; i++)
        if (strcasecmp(dc->names[i], name) == 0)
            return name;
    if (dc->nnames < 64) {
        dc->names = fl_xrealloc(dc->names, (dc->nnames + 1) * sizeof(char *));
        dc->names[dc->nnames++] = fl_xstrdup(name);
    }
    return name;
}

/* Is there a number in [a, b)? */
static int figure_between(const sctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (c->t[i].kind == FL_TOK_NUM)
            return 1;
    return 0;
}

/* What a price or fee of the clause [ca, cb) is paid for: the first name that "for" or "of" introduces (a
 * determiner and up to two lower-case words between: "the signing of striker Ana Ruiz", "paid £15m for
 * midfielder Ana Ruiz"), else the first name after the figure that no preposition introduces ("the £34m fee
 * makes Ruiz ..."). Returns the name's phrase (owned) or NULL. */
static char *object_name(const sctx *c, const mention *m, size_t nm, size_t ca, size_t cb, const fl_qty *q)
{
    const fl_lexicon *preps = fl_rules_lexicon(c->r, "price-prepositions");
    size_t after = SIZE_MAX, after_n = 0, used;
    for (size_t i = ca; i < cb && preps; i++) {
        if (in_mention(m, nm, i) || (i >= q->tok && i < q->tok_end) || !name_start(c, i))
            continue;
        if (figure_between(c, i < q->tok ? i : q->tok_end, i < q->tok ? q->tok : i))
            break; /* another figure's phrase: "..., eclipsing the £19 million paid for ..." */
        size_t j = i + 1;
        while (j < cb && fl_claims_name_word(c, j) && !in_mention(m, nm, j))
            j++;
        size_t b = i;
        for (int w = 0; w < 2 && b > ca && c->t[b - 1].kind == FL_TOK_WORD && !fl_claims_name_word(c, b - 1) &&
                        c->text[c->t[b - 1].start] >= 'a' && c->text[c->t[b - 1].start] <= 'z' &&
                        !fl_lexicon_has_token(preps, c->text, &c->t[b - 1], 1) && fl_claims_prep_role(c, b - 1) < 0;
             w++)
            b--;
        while (b > ca && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, b - 1, &used) >= 0)
            b--;
        if (b > ca && fl_lexicon_has_token(preps, c->text, &c->t[b - 1], 1))
            return subject_phrase(c, i, j - i);
        if (after == SIZE_MAX && i >= q->tok_end && (b == ca || fl_claims_prep_role(c, b - 1) < 0)) {
            after = i;
            after_n = j - i;
        }
        i = j - 1;
    }
    return after != SIZE_MAX ? subject_phrase(c, after, after_n) : NULL;
}

/* A new paragraph forgets the last paragraph's subjects. */
static void new_paragraph(discourse *dc, uint32_t para)
{
    if (dc->para == para)
        return;
    dc->para = para;
    dc->last_entity = -1;
    free(dc->para_name);
    dc->para_name = NULL;
}

static size_t qty_first(const sctx *c, const fl_qty *q);

/* The subject noun phrase of the figure's clause, as the chunker finds it (through appositions, fronted
 * phrases and relative clauses); the claim model's word lists decide what it names, and read the clause
 * themselves when there is no parse or it names nothing they know. *said says how it was found. */
/* The first token of the name that ends right before e ("Faculty" of "the Faculty of Health Sciences"), its
 * words joined by "of", not before a; e when no name ends there. */
static size_t name_run_before(const sctx *c, size_t a, size_t e)
{
    size_t b = e;
    while (b > a && (fl_claims_name_word(c, b - 1) || (b - 1 > a && fl_claims_prep_role(c, b - 1) == FL_PREP_OF &&
                                                       b < e && fl_claims_name_word(c, b - 2))))
        b--;
    return b;
}

/* How many words a speaker's phrase between a relative word and its speech verb may have ("which Brenmoor has
 * said", "which the city's building authority says"). */
enum { RELATIVE_SPEAKER_WORDS = 6 };

/* Where a relative clause that holds the figure's clause [ca, ...) opens after a comma: at ca ("the trial, which
 * enrolled ..."), or before the speaker of a speech verb right before ca, the figure's clause being what that
 * speaker said ("the project, which Brenmoor has said will cost ..."). The relative word's token, 0 none. */
static size_t relative_opening(const sctx *c, size_t ca)
{
    size_t r = ca, used;
    if (ca > c->a + 1 && ca < c->b && speech_verb(c, ca - 1))
        for (r = ca - 1; r > c->a + 1 && ca - r <= RELATIVE_SPEAKER_WORDS && c->t[r - 1].kind == FL_TOK_WORD &&
                         fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, r, &used) < 0;)
            r--;
    if (r <= c->a + 1 || r >= c->b || c->t[r - 1].kind != FL_TOK_PUNCT || c->text[c->t[r - 1].start] != ',' ||
        fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, r, &used) < 0)
        return 0;
    return r;
}

/* Is noun phrase np of parse p the subject of the clause cl that holds a figure whose clause (as the claims read
 * it) starts at ca, a relative clause set off by commas standing between them ("The pier, which opened in 1889, is
 * 420 metres long": the pier's length)? A comma and a relative word right after the phrase open a relative clause
 * of cl's, which ca is inside or after. */
static int relative_between(const sctx *c, const fl_parse *p, int np, int cl)
{
    if (np < 0 || cl < 0)
        return 0;
    size_t used, e = c->a + p->nps[np].end;
    if (e + 2 >= c->b || e + 1 > c->ca || c->t[e].kind != FL_TOK_PUNCT || c->text[c->t[e].start] != ',' ||
        fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, e + 1, &used) < 0)
        return 0;
    int rel = p->clause_of[e + 1 - c->a];
    return rel >= 0 && rel != cl && p->clauses[rel].kind == FL_CLAUSE_REL && p->clauses[rel].parent == cl &&
           fl_parse_subject(p, cl) == np;
}

/* Is token i a verb of speech or belief (subjects.json "speech-verbs", "belief-verbs"), or "that" right after one? */
static int reporting_word(const sctx *c, size_t i)
{
    const fl_lexicon *speech = fl_rules_lexicon(c->r, "speech-verbs"),
                     *believe = fl_rules_lexicon(c->r, "belief-verbs");
    if (i > c->a && c->t[i].kind == FL_TOK_WORD && c->t[i].end - c->t[i].start == 4 &&
        fl_ascii_lower((unsigned char)c->text[c->t[i].start]) == 't' &&
        strncmp(c->text + c->t[i].start + 1, "hat", 3) == 0)
        i--; /* "heard that" */
    const fl_parse *p = fl_claims_parse_of(c);
    int vg = p ? p->vg_of[i - c->a] : -1;
    return vg >= 0 && p->vgs[vg].finite && c->t[i].kind == FL_TOK_WORD &&
           ((speech && fl_lexicon_has_token(speech, c->text, &c->t[i], 1)) ||
            (believe && fl_lexicon_has_token(believe, c->text, &c->t[i], 1)));
}

/* The first token of the phrase before the comma at rel - 1 that opens a relative clause at rel: from the last
 * strong boundary, or after a finite verb of speech or belief that reports it ("Prosecutors said the converters,
 * which ..., were worth": the converters, not the prosecutors) when reported is set. */
static size_t comma_relative_start(const sctx *c, size_t rel, int reported)
{
    size_t a = rel - 1;
    while (a > c->a && !strong_boundary(c, a - 1) && !(reported && reporting_word(c, a - 1)))
        a--;
    return a;
}

/* How a subject was found when it is the phrase a relative clause is about ("The project, which ... will cost"). */
static const char RELATIVE_SAID[] = "the phrase its relative clause is about";
/* An act whose clause's subject is one person's pronoun or opens with one ("He scored", "her teammates"): whose
 * it is the text told before, not in the clause's words, so neither the document's topic nor a figure the words of
 * its clause compare (similar_candidate): two people's acts would be told in the same words. */
static const char PRONOUN_SAID[] =
    "a person's pronoun or its possessive (\"He scored\", \"her teammates\"): no subject";

/* Is "of" the word right before figure q? */
static int after_of(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q);
    return first > c->a && fl_claims_role(c, first - 1, FL_ROLE_OF);
}

/* Does figure q, right after "of", stand in a prepositional phrase that opens its sentence, with no verb in it,
 * before the comma after which the subject phrase np of its clause stands ("With total income of £4.6m and spending
 * of £3.9m, the Trust recorded a surplus": the Trust's income; not "With the 7.9 million-tonne crop in store, the
 * ministry expects", whose crop is no measure of the ministry)? */
static int fronted_figure(const sctx *c, const fl_parse *p, const fl_qty *q, int np)
{
    size_t s = c->a + p->nps[np].start;
    if (s <= q->tok_end || s < c->a + 2 || p->tags[0] != FL_TAG_ADP || !after_of(c, q) ||
        c->t[s - 1].kind != FL_TOK_PUNCT || c->text[c->t[s - 1].start] != ',')
        return 0;
    for (size_t i = c->a; i + 1 < s; i++)
        if (p->vg_of[i - c->a] >= 0 || boundary(c, i))
            return 0;
    return 1;
}

/* Does the figure's phrase head the subject of its own clause, after a finite verb of another clause in its
 * sentence's part (ca on), the last one a verb of subjects.json "belief-verbs" ("The Clarion understands 48 jobs
 * will go", "Staff believe 30 detainees had no solicitor")? Who believes the figure is no subject of it. */
static int believed_figure(const sctx *c, const fl_parse *p, const fl_qty *q, size_t ca)
{
    int cl = fl_parse_clause_of(p, q->tok - c->a), np = fl_parse_subject(p, cl);
    size_t first = qty_first(c, q);
    if (np < 0 || c->a + p->nps[np].start > first || c->a + p->nps[np].end <= q->tok)
        return 0;
    const fl_lexicon *believe = fl_rules_lexicon(c->r, "belief-verbs");
    int last = -1;
    for (size_t i = ca > c->a ? ca : c->a; i < first; i++) {
        int vg = p->vg_of[i - c->a];
        if (vg >= 0 && p->vgs[vg].finite && p->clause_of[i - c->a] != cl)
            last = vg;
    }
    return last >= 0 && believe && fl_lexicon_has_token(believe, c->text, &c->t[c->a + p->vgs[last].head], 1);
}

static subj_t figure_subject(const sctx *c, const mention *m, size_t nm, size_t ca, const fl_qty *q, const char **said)
{
    subj_t sj = {SUBJ_NONE, 0, 0, -1};
    *said = "subject of the clause (parsed)";
    const fl_parse *p = fl_claims_parse_of(c);
    if (p && believed_figure(c, p, q, ca)) {
        *said = "the one who believes or reports a figure whose phrase is its own verb's subject: not its subject";
        return sj;
    }

    if (p) {
        int np = fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a));
        size_t used, head = np >= 0 ? c->a + p->nps[np].head : 0;
        /* the subject of a reported clause is in it, not the one who reports it ("the department said sales
         * dropped ..."): a phrase before the clause's start is not taken */
        if (np >= 0 && (c->a + p->nps[np].start < q->tok || fronted_figure(c, p, q, np)) &&
            (c->a + p->nps[np].start >= ca || relative_between(c, p, np, fl_parse_clause_of(p, q->tok - c->a)))) {
            int ev = event_at(c, head, &used);
            /* a phrase headed by an event noun is the event: "the Tarrow dam collapse" */
            sj = ev >= 0 ? (subj_t){SUBJ_EVENT, head, used, ev}
                         : clause_subject(c, m, nm, c->a + p->nps[np].start, c->a + p->nps[np].end);
        }
    }
    if (sj.type == SUBJ_NONE) {
        *said = "clause subject";
        sj = clause_subject(c, m, nm, ca, qty_first(c, q)); /* "More than 30 people": no name in the qualifier */
    }
    size_t rel = sj.type == SUBJ_NONE ? relative_opening(c, ca) : 0;
    if (rel) {
        /* "The VERITY-HF trial, which enrolled 1,420 patients", "The project, which Brenmoor has said will cost
         * 58 million euros": the relative clause is about the phrase before the comma */
        size_t a = comma_relative_start(c, rel, 1), whole = comma_relative_start(c, rel, 0);
        sj = clause_subject(c, m, nm, a, rel - 1);
        if (a != whole && sj.type == SUBJ_KIND) /* "X, leader of the council, said the authority faced" */
            sj = clause_subject(c, m, nm, whole, rel - 1);
        *said = RELATIVE_SAID;
    }
    return sj;
}

/* What the phrase [a, e) that a figure measures names: an event ("the slide", "the avalanche"), a name ("the
 * 68-metre Coastal Wren"), "the <kind>" (its head a kind noun: "the vessel"), else its head noun (SUBJ_NOUN:
 * "the satellite", "the dry dock"). */
static subj_t measured_subject(const sctx *c, const mention *m, size_t nm, size_t a, size_t e)
{
    size_t used, head = e - 1;
    const fl_parse *p = fl_claims_parse_of(c);
    /* an adjective after the noun is no head ("an 85 million euro scheme due for completion": the scheme) */
    if (p && head > a && head - c->a < p->n && p->tags[head - c->a] == FL_TAG_ADJ &&
        p->tags[head - 1 - c->a] == FL_TAG_NOUN)
        e = head--;
    /* a rate phrase names no thing: "every day costs us about £15,000" is a rate (clause_rate), no cost of a day */
    if (fl_phrases_at(&c->k->rates, c->text, c->t, c->b, a, &used) >= 0 && a + used == e)
        return (subj_t){SUBJ_NONE, 0, 0, -1};
    int ev = event_at(c, head, &used), kind;
    if (ev >= 0)
        return (subj_t){SUBJ_EVENT, head, used, ev};
    if (fl_claims_name_word(c, a) || fl_claims_name_word(c, head)) {
        subj_t sj = clause_subject(c, m, nm, a, e);
        if (sj.type != SUBJ_NONE)
            return sj;
    }
    if ((kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, head, &used)) >= 0)
        return (subj_t){SUBJ_KIND, head, 1, kind};
    return (subj_t){SUBJ_NOUN, head, 1, -1};
}

/* The word at i in lower case with the words a hyphen glues before it ("clean-up", which the tokenizer splits
 * after a number); its length, 0 when it does not fit. */
static size_t lower_compound(const sctx *c, size_t i, char *out, size_t cap)
{
    size_t a = i;
    while (a >= c->a + 2 && c->t[a - 1].kind == FL_TOK_PUNCT && c->t[a - 1].end - c->t[a - 1].start == 1 &&
           c->text[c->t[a - 1].start] == '-' && c->t[a - 1].start == c->t[a - 2].end &&
           c->t[a - 1].end == c->t[a].start && c->t[a - 2].kind == FL_TOK_WORD)
        a -= 2;
    size_t from = c->t[a].start, len = c->t[i].end - from;
    if (c->t[i].kind != FL_TOK_WORD || len + 1 > cap)
        return 0;
    for (size_t x = 0; x < len; x++)
        out[x] = (char)fl_ascii_lower((unsigned char)c->text[from + x]);
    out[len] = '\0';
    return len;
}

static int glued_hyphen(const sctx *c, size_t j);

/* The class of claim_model.thing_states that a modifier gives the unnamed thing whose head noun is at head: a word
 * of its phrase before the head, through a figure that premodifies it ("a temporary 60-metre mast", "the 60-metre
 * temporary mast"), up to a determiner, a verb, a preposition or punctuation; the first class listed wins ("a
 * temporary replacement mast" is temporary). -1 when none: the story's own thing. */
static int thing_state(const sctx *c, size_t head)
{
    enum { STATE_WORDS = 6 };
    const fl_parse *p = fl_claims_parse_of(c);
    int best = -1;
    size_t used;
    for (size_t j = head; j > c->a && j > c->ca && head - j < STATE_WORDS;) {
        j--;
        const fl_token *t = &c->t[j];
        if (t->kind == FL_TOK_PUNCT && glued_hyphen(c, j))
            continue; /* "60-metre" */
        if (t->kind == FL_TOK_PUNCT)
            break;
        int tag = p ? p->tags[j - c->a] : FL_TAG_ADJ;
        if (t->kind == FL_TOK_WORD && tag != FL_TAG_NOUN && tag != FL_TAG_ADJ && tag != FL_TAG_NUM && tag != FL_TAG_VBN)
            break;
        int s = fl_phrases_at(&c->k->thing_state_of, c->text, c->t, c->b, j, &used);
        if (s >= 0 && used == 1 && (best < 0 || s < best))
            best = s;
    }
    return best;
}

/* An unnamed thing that a figure measures ("the dry dock"; sj.index: its kind, or -1) is the one its story tells
 * of: keyed as an event's figure is, within its directory and as of the document's date. A modifier of
 * claim_model.thing_states makes it another thing of the story, keyed by its class before the thing's name
 * ("temporary mast"), unless the noun itself names that class ("a permanent replacement": the replacement). */
/* The noun at token i in lower case and singular ("docks": "dock"; not "campus", "analysis"), into out. */
static void thing_noun(const sctx *c, size_t i, char *out, size_t cap)
{
    char w[FL_LEMMA_MAX];
    size_t n = lower_compound(c, i, w, sizeof w);
    fl_noun_singular(c->r, w, n, out, cap);
}

/* The words before the head noun at head of a label that it ends, a colon right after it ("Gas unit" of "- Gas unit
 * rate: 5.64 p/kWh"): a list of labels names one thing of the story by each, its modifiers telling them apart ("Gas
 * unit rate", "Electricity unit rate"). Their first token, or head when the head ends no label or a word before it
 * is no noun or adjective. */
static size_t label_nouns(const sctx *c, size_t head)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t s = head + 2 < c->b ? fl_claims_label_start(c, head + 2) : SIZE_MAX;
    if (!p || s == SIZE_MAX || s >= head)
        return head;
    for (size_t i = s; i < head; i++)
        if (c->t[i].kind != FL_TOK_WORD ||
            (p->tags[i - c->a] != FL_TAG_NOUN && p->tags[i - c->a] != FL_TAG_PROPN && p->tags[i - c->a] != FL_TAG_ADJ))
            return head;
    return s;
}

static void noun_subject(const sctx *c, fl_claim *cl, const subj_t *sj)
{
    char noun[48] = "";
    thing_noun(c, sj->tok, noun, sizeof noun);
    size_t from = thing_state(c, sj->tok) < 0 ? label_nouns(c, sj->tok) : sj->tok;
    if (from < sj->tok && c->t[sj->tok - 1].end - c->t[from].start + strlen(noun) + 2 < sizeof noun) {
        char lab[48]; /* "gas unit rate" */
        size_t n = c->t[sj->tok - 1].end - c->t[from].start;
        for (size_t x = 0; x < n; x++)
            lab[x] = (char)fl_ascii_lower((unsigned char)c->text[c->t[from].start + x]);
        snprintf(lab + n, sizeof lab - n, " %s", noun);
        memcpy(noun, lab, sizeof noun);
    }
    cl->src = cl->dst = -1;
    const char *as = c->k->opening_subject; /* "the breach", "the gap": the story's one opening */
    if (sj->index >= 0 || fl_phrases_word(&c->k->opening_same, noun, strlen(noun)) < 0)
        as = NULL;
    const char *name = as ? as : sj->index >= 0 ? c->k->kinds[sj->index] : noun;
    int state = thing_state(c, sj->tok);
    if (state >= 0) {
        const char *same = fl_knowledge_same_thing(c->k, name), *cls = c->k->thing_states[state];
        name = same ? same : name;
        fl_buf b = {0};
        fl_buf_printf(&b, strcmp(cls, name) == 0 ? "%s" : "%s %s", strcmp(cls, name) == 0 ? name : cls, name);
        cl->subject = fl_buf_take(&b);
    } else
        cl->subject = fl_xstrdup(name);
    /* a general noun that names the thing itself ("the vessel", not "the ship" its kind folds to "vessel") */
    int general = !as && state < 0 && strcmp(noun, name) == 0 && fl_knowledge_stands_for(c->k, noun, "") >= 0;
    cl->subject_how = general ? fl_general_noun_how : "what the figure measures (an unnamed thing of the story)";
    cl->subject_event = 1;
}

const char fl_general_noun_how[] = "what the figure measures (an unnamed thing of the story, by a general noun)";

static int verb_tag(int tag)
{
    return tag == FL_TAG_VB || tag == FL_TAG_VBD || tag == FL_TAG_VBP || tag == FL_TAG_VBN;
}

/* The unnamed thing whose cost a figure of an of_thing family is: the subject phrase of the figure's clause, when
 * the clause's verb is a trigger of the family (the figure's attribute comes from that verb: "Repairs would cost
 * £2.3m", "The repairs to the substation would cost about 3.2 million pounds": "repair") and its head is a
 * common noun that is no trigger ("the total cost was" names no thing). SUBJ_NONE otherwise: "A summary table
 * put the cost at", "The contract accounts for 40% of the line's cost". */
static subj_t costed_thing(const sctx *c, const mention *m, size_t nm, size_t ca, const fl_qty *q)
{
    subj_t none = {SUBJ_NONE, 0, 0, -1};
    const fl_parse *p = fl_claims_parse_of(c);
    int np = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    size_t first = qty_first(c, q), used;
    if (p && (np < 0 || c->a + p->nps[np].end > first) && ca >= c->a && ca < first)
        np = p->np_of[ca - c->a]; /* the phrase that opens the clause, when the parse finds none before it */
    if (np < 0 || c->a + p->nps[np].start < ca || c->a + p->nps[np].end > first)
        return none;
    size_t a = c->a + p->nps[np].start, head = c->a + p->nps[np].head, v = first, end = c->a + p->nps[np].end;
    int inner = 0;
    /* "The move cost $3.2 million": the verb read into the phrase as its head noun, right before the figure
     * after a common noun, is the clause's verb; either reading costs the move */
    if (head + 1 == first && head > a && end == first && p->tags[head - 1 - c->a] == FL_TAG_NOUN &&
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, head, &used) >= 0 && used == 1 &&
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, head - 1, &used) < 0 &&
        fl_phrases_at(&c->k->non_items, c->text, c->t, c->b, head - 1, &used) < 0)
        end = head--, inner = 1;
    /* the verb of the cost, or its trigger after an auxiliary ("had cost", which the tagger may read as a noun) */
    while (v > end && !inner &&
           !((verb_tag(p->tags[v - 1 - c->a]) || (v - 2 >= c->a && verb_tag(p->tags[v - 2 - c->a]))) &&
             fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, v - 1, &used) >= 0))
        v--;
    /* a one-word subject that opens the sentence ("Repairs would cost"): its capital is no name's; a pronoun
     * ("It costs £4.2m a year to keep ...") is no thing */
    int initial = head == a && a == c->a && event_at(c, head, &used) < 0 && p->tags[head - c->a] != FL_TAG_PRON;
    if (v == end || (p->tags[head - c->a] != FL_TAG_NOUN && !initial) || (fl_claims_name_word(c, head) && !initial) ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, head, &used) >= 0)
        return none;
    subj_t sj = initial ? (subj_t){SUBJ_NOUN, head, 1, -1} : measured_subject(c, m, nm, a, head + 1);
    return sj.type == SUBJ_NOUN || (sj.type == SUBJ_KIND && !fl_claims_name_word(c, sj.tok)) ? sj : none;
}

/* The unnamed thing an amount of an of_thing family is of when its clause's subject is a definite phrase headed by a
 * measure noun of the amount's own family (measures.json "nouns") right after a common noun that names the thing
 * ("The repair bill is estimated at £1.6m": the repair, as "Repairs are expected to cost about £2.6m" names it; "The
 * clean-up bill came to"). SUBJ_NONE otherwise: a name or a possessive in the phrase ("the council's repair bill",
 * "the Orvo Bridge repair bill": whose it is the phrase says), an indefinite or other-occurrence phrase ("a repair
 * bill", "another repair bill"), a modifier that is itself a trigger, a measure or a time ("the total cost", "the
 * 2024 bill", "the net cost"), a person's possessive ("his feed bill": claim_model person_pronouns), a phrase that
 * goes on after its measure noun ("the bill for the hall"), an amount that is not its verb's own complement ("is
 * £512, up £38": the change is no level). */
static subj_t billed_thing(const sctx *c, const mention *m, size_t nm, size_t ca, const fl_qty *q, int fam)
{
    subj_t none = {SUBJ_NONE, 0, 0, -1};
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *other = fl_rules_lexicon(c->r, "other-occurrences");
    int clause = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, np = p ? fl_parse_subject(p, clause) : -1;
    int vg = p ? fl_parse_verb(p, clause) : -1;
    size_t used, mu = 0, first = qty_first(c, q);
    /* the phrase goes on after its head: the parse ends the NP at "bill" in "the bill for the hall", so a
     * preposition right after it (tagged so, or of rules' prepositions) is the phrase's own PP */
    if (np < 0 || vg < 0 || c->a + p->nps[np].start < ca || p->nps[np].head + 1 != p->nps[np].end ||
        p->nps[np].end > p->vgs[vg].start || c->a + p->vgs[vg].end > first ||
        (p->nps[np].end < p->vgs[vg].start &&
         (p->tags[p->nps[np].end] == FL_TAG_ADP || fl_claims_prep_role(c, c->a + p->nps[np].end) >= 0)))
        return none;
    /* the amount is the verb's own complement: no figure or comma between ("is £512, up £38": the £38 is none) */
    for (size_t i = c->a + p->vgs[vg].end; i < first; i++)
        if (c->t[i].kind == FL_TOK_NUM || (c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ','))
            return none;
    size_t a = c->a + p->nps[np].start, head = c->a + p->nps[np].head;
    int meas = fl_phrases_ending(&c->k->measure_nouns, c->text, c->t, c->b, head, &mu);
    if (measure_of(c->k, meas, q->dim) != fam || head < a + mu + 1)
        return none;
    size_t thing = head - mu; /* the noun right before the measure noun */
    if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) < 0 || used != 1 ||
        fl_claims_role(c, a, FL_ROLE_INDEFINITE) ||
        fl_phrases_at(&c->k->person_pronouns, c->text, c->t, c->b, a, &used) >= 0 ||
        p->tags[thing - c->a] != FL_TAG_NOUN ||
        fl_phrases_at(&c->k->non_items, c->text, c->t, c->b, thing, &used) >= 0 ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, thing, &used) >= 0 ||
        fl_phrases_at(&c->k->measure_nouns, c->text, c->t, c->b, thing, &used) >= 0 || fl_claims_time_phrase(c, thing))
        return none;
    for (size_t i = a + 1; i <= thing; i++) {
        const fl_token *t = &c->t[i];
        if (t->kind != FL_TOK_WORD || fl_claims_name_word(c, i) ||
            fl_possessive_suffix(c->text + t->start, t->end - t->start) ||
            (p->tags[i - c->a] != FL_TAG_NOUN && p->tags[i - c->a] != FL_TAG_ADJ) ||
            (other && fl_lexicon_has_token(other, c->text, t, 1)))
            return none;
    }
    subj_t sj = measured_subject(c, m, nm, a, thing + 1);
    return sj.type == SUBJ_NOUN || (sj.type == SUBJ_KIND && !fl_claims_name_word(c, sj.tok)) ? sj : none;
}

/* Is the phrase sj, which ends right before figure q, the object of a verb that triggers the figure's family: the
 * one who pays in a double object ("The dispute cost the council £1.9m", "had cost taxpayers £2m"), not what the
 * cost is of? */
static int payer_object(const sctx *c, const subj_t *sj, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used, a = sj->tok;
    if (!p || sj->type == SUBJ_NONE || sj->type == SUBJ_EVENT || sj->tok + sj->ntok != qty_first(c, q))
        return 0;
    while (a > c->a && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a - 1, &used) >= 0)
        a--;
    return a > c->a + 1 && verb_tag(p->tags[a - 1 - c->a]) &&
           fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, a - 1, &used) >= 0 && used == 1;
}

/* The unnamed thing whose value or cost a figure of an of_thing family is when the clause's verb, a trigger word,
 * has that thing as its object and the figure follows the object after a preposition of predicates
 * "appraised-object-preps" ("The museum has valued the hoard at up to £460,000": the hoard, not the museum that
 * valued it). SUBJ_NONE otherwise: an object headed by a trigger ("put the cost at") or by a name names no thing. */
static subj_t appraised_object(const sctx *c, const mention *m, size_t nm, const fl_qty *q)
{
    subj_t none = {SUBJ_NONE, 0, 0, -1};
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *preps = fl_rules_lexicon(c->r, "appraised-object-preps");
    size_t used, first = qty_first(c, q);
    if (!p || !preps || first < c->a + 3 || !fl_lexicon_has_token(preps, c->text, &c->t[first - 1], 1))
        return none;
    int np = p->np_of[first - 2 - c->a];
    if (np < 0 || c->a + p->nps[np].end != first - 1 || p->nps[np].start == 0)
        return none;
    size_t a = c->a + p->nps[np].start, head = c->a + p->nps[np].head, v = a - 1;
    if (!verb_tag(p->tags[v - c->a]) || fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, v, &used) < 0 ||
        used != 1 || p->tags[head - c->a] != FL_TAG_NOUN || fl_claims_name_word(c, head) ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, head, &used) >= 0)
        return none;
    subj_t sj = measured_subject(c, m, nm, a, head + 1);
    return sj.type == SUBJ_NOUN || (sj.type == SUBJ_KIND && !fl_claims_name_word(c, sj.tok)) ? sj : none;
}

/* The subject of a figure of an of_thing family whose thing is its verb's object (appraised_object: "The museum
 * valued the hoard at £460,000": the hoard, as a measured one), or, when the clause's subject *sj is the verb's
 * object right before the figure (payer_object: who pays), the thing the clause's subject names (costed_thing), into
 * *sj: ca, the clause, as the phrase it measures; SIZE_MAX and *sj left alone when there is neither. */
static size_t appraised_subject(const sctx *c, const mention *m, size_t nm, const fl_qty *q, subj_t *sj, size_t ca)
{
    subj_t object = appraised_object(c, m, nm, q);
    if (object.type == SUBJ_NONE && payer_object(c, sj, q))
        object = costed_thing(c, m, nm, ca, q); /* "The dispute cost the council £1.9m": the dispute's cost */
    if (object.type == SUBJ_NONE)
        return SIZE_MAX;
    *sj = object;
    return ca;
}

/* Does the clause [ca, cb) give a scope of many events: a place wider than one event's ("in the region",
 * "nationwide") or a season or year ("this winter", "so far this year"; rules/claims.json "aggregates")? */
/* Is token i a superlative adjective after "the" ("the narrowest", "the highest"), a figure's comparison with others,
 * the scope words after it being theirs? */
static int superlative(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t n = c->t[i].end - c->t[i].start;
    return p && i > c->a && c->t[i].kind == FL_TOK_WORD && p->tags[i - c->a] == FL_TAG_ADJ && n > 4 &&
           strncmp(c->text + c->t[i].end - 3, "est", 3) == 0 && fl_claims_role(c, i - 1, FL_ROLE_ARTICLES);
}

static int aggregate(const sctx *c, size_t ca, size_t cb, const fl_qty *q)
{
    size_t used;
    for (size_t i = ca; i < cb && i < c->b; i++) {
        if (i > q->tok_end && superlative(c, i - 1))
            return 0; /* "is the narrowest in any mayoral race in the region": what it is compared with */
        /* "for four days this month": the frame of a length right after it, no scope of many events */
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->aggregates, c->text, c->t, c->b, i, &used) >= 0 &&
            !(i == q->tok_end && strncmp(q->dim, "time-span", 9) == 0))
            return 1;
    }
    return 0;
}

/* Does the figure's clause, outside the figure, give it as a rate over a period ("500 containers are lost at
 * sea worldwide each year, though ..."): a rate phrase (rules/units.json) that ends its phrase (a comma, a
 * full stop or the clause's end after it; not "a year ago")? Then an act's count is a habitual one, of many
 * events, not the document's. */
static int habitual(const sctx *c, const fl_qty *q, size_t ca, size_t cb)
{
    size_t used;
    for (size_t i = ca; i < cb && i < c->b; i++) {
        if (i >= q->tok && i < q->tok_end)
            continue;
        if (c->t[i].kind != FL_TOK_WORD || fl_phrases_at(&c->k->rates, c->text, c->t, c->b, i, &used) < 0)
            continue;
        if (i + used >= cb || i + used >= c->b || c->t[i + used].kind == FL_TOK_PUNCT)
            return 1;
    }
    return 0;
}

/* Does a title of persons ("titles" lexicon: "Councillor", "Dr.") open the name at token i? */
static int titled(const sctx *c, size_t i)
{
    const fl_lexicon *titles = fl_rules_lexicon(c->r, "titles");
    return titles && i < c->b && fl_lexicon_has_token(titles, c->text, &c->t[i], 1);
}

/* A claim whose clause names its subject (sj, found as said): that name, remembered as the last named subject
 * of the document and of its paragraph. */
static void named_subject(const sctx *c, fl_claim *cl, discourse *dc, const subj_t *sj, const char *said)
{
    cl->src = -1;
    cl->subject = full_name(dc, subject_phrase(c, sj->tok, sj->ntok));
    cl->subject_how = said;
    free(dc->last_name);
    dc->last_name = fl_xstrdup(cl->subject);
    dc->last_kind = name_kind(c, sj->tok, sj->tok + sj->ntok);
    dc->last_person = titled(c, sj->tok);
    free(dc->para_name);
    dc->para_name = fl_xstrdup(cl->subject);
}

static size_t qty_first(const sctx *c, const fl_qty *q);

/* Is q one of a list of values ("magnitude 2.9 and 2.2", "2 or 3"): a number right after it or right before
 * it across "and" or "or"? */
static int listed_value(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end, first = qty_first(c, q);
    if (i + 1 < c->b && (fl_claims_role(c, i, FL_ROLE_AND) || fl_claims_role(c, i, FL_ROLE_OR)) &&
        c->t[i + 1].kind == FL_TOK_NUM)
        return 1;
    return first >= c->a + 2 &&
           (fl_claims_role(c, first - 1, FL_ROLE_AND) || fl_claims_role(c, first - 1, FL_ROLE_OR)) &&
           c->t[first - 2].kind == FL_TOK_NUM;
}

/* Is cl the people a named subject has ("Valdrein has 410 inhabitants", "The Halmark valley has about 1,900
 * residents": the light predicate class of rules/predicates.json, a generic count of people, claim_model
 * generic_counts)? A named place's population is its own, not an act of the document's event, whatever event the
 * document reports; what a named agent records or counts ("the institute had recorded 46 aftershocks") stays the
 * event's. */
static int named_stock(const fl_knowledge *k, const fl_claim *cl, const subj_t *sj)
{
    const char *colon = cl->item ? strchr(cl->item, ':') : NULL;
    return sj->type == SUBJ_NAME && colon &&
           fl_phrases_word(&k->light_preds, cl->item, (size_t)(colon - cl->item)) >= 0 &&
           fl_phrases_word(&k->generic_counts, colon + 1, strlen(colon + 1)) >= 0;
}

static int in_quotation(const sctx *c, const fl_qty *q);

/* How a figure of a first-person subject is the document's own organisation's; a figure that then gets no key (no
 * attribute or act keyed with a period) drops it again (unowned_first_person), left to the same-terms comparison */
static const char FIRST_PERSON_SAID[] = "the document's own organisation (a first-person subject outside quotation)";

/* Does a place phrase open the clause of subject np before it: a PP whose preposition is of subjects.json
 * "place-fronts" and whose object opens with a first-person word or holds a name that is no time ("At our Leeds shop
 * we welcomed 9,100 visitors", "In Leeds we ..."; not "In 2026 we welcomed", "In March we")? The figure is then that
 * place's, a part of the organisation's. */
static int fronted_place(const sctx *c, const fl_parse *p, int np, const fl_lexicon *first)
{
    const fl_lexicon *place = fl_rules_lexicon(c->r, "place-fronts");
    for (size_t i = 0; place && i < p->npp; i++) {
        const fl_pp *pp = &p->pps[i];
        size_t at = c->a + pp->prep;
        if (pp->np < 0 || pp->prep >= p->nps[np].start || at < c->ca || c->t[at].kind != FL_TOK_WORD ||
            p->nps[pp->np].clause != p->nps[np].clause || !fl_lexicon_has_token(place, c->text, &c->t[at], 1))
            continue;
        for (size_t j = c->a + p->nps[pp->np].start; j < c->a + p->nps[pp->np].end; j++)
            if (c->t[j].kind == FL_TOK_WORD && !fl_claims_time_phrase(c, j) &&
                ((j == c->a + p->nps[pp->np].start && fl_lexicon_has_token(first, c->text, &c->t[j], 1)) ||
                 p->tags[j - c->a] == FL_TAG_PROPN))
                return 1;
    }
    return 0;
}

/* Does the figure's clause have a first-person subject (subjects.json "first-person-subjects") outside any
 * quotation of its paragraph: "We employ 212 people", "We welcomed 612,400 visitors in 2025", or "our" before a
 * noun of the organisation's own people as a whole ("own-collectives": "Our crews won twenty-two regattas", "Our 620
 * volunteers gave")? Outside quotation marks the writer's "we" is the document's own organisation, whose report it
 * is; a speaker's "we" ("“We have lost half our crop,” he said") and "our" before any other noun ("our shop", "our
 * survey": a part or a thing of its own) are not. */
static int first_person_subject(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *first = fl_rules_lexicon(c->r, "first-person-subjects"),
                     *own = fl_rules_lexicon(c->r, "own-collectives");
    const fl_parse *p = first && own ? fl_claims_parse_of(c) : NULL;
    int np = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (np < 0 || c->a + p->nps[np].start < c->ca || c->a + p->nps[np].start >= q->tok_end)
        return 0;
    size_t a = c->a + p->nps[np].start, head = c->a + p->nps[np].head;
    if (c->t[a].kind != FL_TOK_WORD || !fl_lexicon_has_token(first, c->text, &c->t[a], 1) ||
        (head != a && !fl_lexicon_has_token(own, c->text, &c->t[head], 1)) || in_quotation(c, q) ||
        fronted_place(c, p, np, first))
        return 0;
    /* the figure in the clause the subject governs: no comma, grammar.json complementizer or subordinator between
     * ("We estimate that the guarantee would cost ..., roughly half of": the guarantee's clause) */
    const fl_lexicon *comp = fl_rules_lexicon(c->r, "complementizers");
    for (size_t i = c->a + p->nps[np].end, used; i < q->tok; i++)
        if ((c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ',') ||
            (comp && fl_lexicon_has_token(comp, c->text, &c->t[i], 1)) ||
            fl_phrases_at(&c->k->subordinators, c->text, c->t, c->b, i, &used) >= 0)
            return 0;
    int open = 0, straight = 0; /* a quotation opened earlier in the paragraph (a blank line ends one) */
    size_t x = c->t[c->a].start;
    while (x > 0 && !(c->text[x - 1] == '\n' && x > 1 && c->text[x - 2] == '\n'))
        x--;
    for (; x < c->t[c->a].start; x++) {
        unsigned char ch = (unsigned char)c->text[x];
        if (ch == '"')
            straight ^= 1;
        else if (ch == 0xE2 && (unsigned char)c->text[x + 1] == 0x80 && ((unsigned char)c->text[x + 2] & 0xFE) == 0x9C)
            open = (unsigned char)c->text[x + 2] == 0x9C;
    }
    return !open && !straight;
}

/* The subject of a claim of no event and no parties with direction, by what its clause's subject is (a name,
 * "the <kind>", an entity), else the paragraph's or the document's. */
static void subject_by_type(const sctx *c, fl_claim *cl, discourse *dc, const subj_t *sjp, const char *said,
                            const fl_qty *q, int own_time)
{
    const fl_knowledge *k = c->k;
    subj_t sj = *sjp;
    switch (sj.type) {
    case SUBJ_NAME:
        named_subject(c, cl, dc, &sj, said);
        break;
    case SUBJ_KIND:
        cl->src = -1;
        if ((cl->subject = descriptor(c, sj.tok)))
            cl->subject_how = "a descriptor: its head noun and what says which one";
        else if (kind_referent(c, dc, sj.index, sj.tok)) {
            cl->subject = fl_xstrdup(kind_referent(c, dc, sj.index, sj.tok));
            cl->subject_how = "\"the <kind>\": the last named subject";
        } else {
            /* "The museum welcomed 2.41 million visitors", none named: the document's one museum, compared
             * within the document only (the clause names it, whatever time it states) */
            fl_buf the = {0};
            fl_buf_puts(&the, "the ");
            fl_buf_put(&the, c->text + c->t[sj.tok].start, c->t[sj.tok].end - c->t[sj.tok].start);
            cl->subject = fl_buf_take(&the);
            for (char *p = cl->subject; *p; p++)
                *p = (char)fl_ascii_lower((unsigned char)*p);
            cl->subject_doc = 1;
            cl->subject_how = "\"the <kind>\", none named: the document's (compared within the document)";
        }
        break;
    case SUBJ_ENTITY:
        if (k->entities[sj.index].country >= 0 && k->entities[sj.index].country != sj.index) {
            /* a company's revenue is not its country's: the company is the subject */
            cl->src = -1;
            cl->subject = fl_xstrdup(k->entities[sj.index].name);
            cl->subject_how = said;
            break;
        }
        if (cl->src < 0)
            cl->src = sj.index;
        if (cl->src >= 0) {
            cl->subject_how = said;
            dc->last_entity = cl->src;
        }
        break;
    default:
        if (cl->src >= 0)
            cl->subject_how = "phrase attached to the figure";
        else if (sj.type == SUBJ_NONE && first_person_subject(c, q)) {
            cl->subject_doc = 1;
            cl->subject_how = FIRST_PERSON_SAID;
        } else if (sj.type == SUBJ_NONE && subject_is_other(c, q))
            ; /* about something the word lists do not know: no subject */
        else if (sj.type == SUBJ_NONE && dc->para_name) {
            /* "Halden Quarry is small. ... output rose to 0.36 Mt": the paragraph's last named subject */
            cl->subject = fl_xstrdup(dc->para_name);
            cl->subject_how = "paragraph subject (named)";
        } else if (dc->last_entity >= 0) {
            cl->src = dc->last_entity;
            cl->subject_how = "paragraph subject";
        } else if (sj.type == SUBJ_NONE && (!own_time || fl_claims_label_start(c, qty_first(c, q)) != SIZE_MAX)) {
            /* nothing names what it is about: the document's own topic, compared within the document only; a
             * label line's figure is the document's whatever period it states ("- Thefts: 421 between October 2023
             * and December 2024") */
            cl->subject_doc = 1;
            cl->subject_how = "the document's topic (compared within the document)";
        }
        break;
    }
}

/* Does the sentence tell of another event than the story's: a word of other-event-words (rules/subjects.json) right
 * before an event noun, past at most two adjectives ("Paris also witnessed another dramatic robbery on Sunday night",
 * "a second blast")? Its acts, and those of the sentence after it ("the robbers escaped with around €60,000"), are that
 * event's, not the document's. */
static int other_event_told(const sctx *c)
{
    size_t used;
    const fl_parse *p = NULL;
    const fl_lexicon *other = fl_rules_lexicon(c->r, "other-event-words");
    for (size_t i = c->a; other && i + 1 < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(other, c->text, &c->t[i], 1) ||
            (i > c->a && punct_is(c, i - 1, '-')))
            continue;
        for (size_t j = i + 1, n = 0; j < c->b && n <= 2 && c->t[j].kind == FL_TOK_WORD; j++, n++) {
            if (fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, j, &used) >= 0)
                return 1;
            if (!p && !(p = fl_claims_parse_of(c)))
                return 0;
            if (p->tags[j - c->a] != FL_TAG_ADJ && p->tags[j - c->a] != FL_TAG_VBN)
                break; /* "another armed robbery" */
        }
    }
    return 0;
}

static void note_members(const sctx *c, discourse *dc);

/* What sentence s tells the discourse before its figures are read: the names of kinds it gives (note_kind_names), and
 * whether it tells of another event than the story's (other_event_told), for itself and the sentence after it. */
static void note_sentence(const sctx *c, discourse *dc, const fl_facts *f, size_t s)
{
    /* an author line's names, and a masthead's or a table row's parts after a "|", are no names of the story */
    int masthead = byline_para(c->d, c->r, f, &c->d->paras[c->d->sents[s].para]);
    for (size_t i = c->a; i < c->b && !masthead; i++)
        masthead = c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == '|';
    note_kind_names(c, dc, masthead);
    note_members(c, dc);
    if (other_event_told(c))
        dc->other_event_end = f->sent_tok[s + 2 <= c->d->nsent ? s + 2 : s + 1];
}

/* Does a name headed by an event noun ("the Ridgeback Fire") name another event than the document's own? A
 * document names its own event in its lede; a name it first gives after that is of another one. */
static int other_named_event(const sctx *c, const discourse *dc, const subj_t *sj)
{
    size_t used, last = sj->tok + sj->ntok - 1;
    if (sj->type != SUBJ_NAME || !sj->ntok || fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, last, &used) < 0)
        return 0;
    size_t at = c->t[sj->tok].start, len = c->t[last].end - at;
    return at >= dc->lede_end && !memmem(c->text, dc->lede_end, c->text + at, len);
}

/* The end of the run of name words from i, when the run is a name the document first gives after its lede (a
 * place the story is not about: its own places are in its title and lede); 0 when not. */
static size_t later_name(const sctx *c, const discourse *dc, size_t i, size_t lo, size_t hi)
{
    size_t j = i;
    while (j < hi && fl_claims_name_word(c, j))
        j++;
    if (j == i || i < lo)
        return 0;
    size_t at = c->t[i].start, len = c->t[j - 1].end - at;
    return at >= dc->lede_end && !memmem(c->text, dc->lede_end, c->text + at, len) ? j : 0;
}

/* Does the figure's clause put it in another place than the story's, one its document names only after the lede:
 * a fronted locative ("In Marram Sands, about 60 people were asked to leave") or a subject phrase that a word of
 * claim_model.other_places marks and that holds such a name ("The neighbouring village of Marram Sands ...
 * evacuated about 60")? */
static int other_place(const sctx *c, const discourse *dc, const fl_qty *q, size_t ca)
{
    size_t used, j;
    if (ca + 2 < q->tok && fl_claims_role(c, ca, FL_ROLE_IN) && (j = later_name(c, dc, ca + 1, ca, q->tok)) != 0 &&
        c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == ',')
        return 1;
    const fl_parse *p = c->k->other_places.n ? fl_claims_parse_of(c) : NULL;
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (s < 0)
        return 0;
    size_t a = c->a + p->nps[s].start, e = c->a + p->nps[s].end, mark = 0;
    for (size_t i = a; i < e && i < q->tok && a >= ca; i++) {
        mark |= fl_phrases_at(&c->k->other_places, c->text, c->t, c->b, i, &used) >= 0;
        if (mark && later_name(c, dc, i, a, e))
            return 1;
    }
    /* and its "of" phrase: "the neighbouring village of Marram Sands" */
    return mark && e + 1 < q->tok && fl_claims_role(c, e, FL_ROLE_OF) && later_name(c, dc, e + 1, a, q->tok);
}

static int nominal(const sctx *c, size_t i);

/* Does the subject of the figure's clause hold a building's or site's name (its last word one of "site-heads",
 * rules/subjects.json) that its document first gives after the lede ("A rest centre at Edderby Leisure Centre
 * sheltered 260 people")? The count is that place's, a part of the story's: the story's own site is in its lede. */
static int later_site_subject(const sctx *c, const discourse *dc, const fl_qty *q, size_t ca)
{
    const fl_lexicon *heads = fl_rules_lexicon(c->r, "site-heads");
    const fl_parse *p = heads ? fl_claims_parse_of(c) : NULL;
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (s < 0)
        return 0;
    size_t a = c->a + p->nps[s].start, e = c->a + p->nps[s].end;
    /* the phrases of place that hang on the subject, up to its verb group: "A rest centre at Edderby ..." */
    while (e < q->tok && c->t[e].kind == FL_TOK_WORD && !verb_tag(p->tags[e - c->a]) &&
           p->tags[e - c->a] != FL_TAG_MD &&
           (fl_claims_prep_role(c, e) >= 0 || nominal(c, e) || fl_claims_name_word(c, e)))
        e++;
    for (size_t i = a; i < e && i < q->tok && a >= ca; i++) {
        size_t j =
            fl_claims_name_word(c, i) && (i == a || !fl_claims_name_word(c, i - 1)) ? later_name(c, dc, i, a, e) : 0;
        if (j > i + 1 && fl_lexicon_has_token(heads, c->text, &c->t[j - 1], 1))
            return 1;
    }
    return 0;
}

/* Is the subject of the figure's clause one member of a set a sentence before names, a partitive whose whole is a
 * pronoun of the share-anaphors lexicon ("Its other schemes were unaffected. The largest of them, at Riverside,
 * serves 1,400 homes"; "One of these has 40 beds"), ending before the figure? Its figures are that member's, not
 * the story's own thing's. */
static int member_subject(const sctx *c, const fl_qty *q, size_t ca)
{
    const fl_lexicon *ana = fl_rules_lexicon(c->r, "share-anaphors");
    const fl_parse *p = ana ? fl_claims_parse_of(c) : NULL;
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (s < 0)
        return 0;
    size_t a = c->a + p->nps[s].start, e = c->a + p->nps[s].end, first = qty_first(c, q);
    return a >= ca && e + 2 <= first && fl_claims_role(c, e, FL_ROLE_OF) && c->t[e + 1].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(ana, c->text, &c->t[e + 1], 1);
}

/* Does a modifier of the measured phrase [np, npe), inside it or among the adjectives and nouns right before it,
 * mark another thing than the one before (claim_model.other_entity: "a second crater", "a smaller hole")? */
static int other_thing(const sctx *c, size_t np, size_t npe)
{
    for (size_t i = np; i < npe && i < c->b; i++)
        if (entity_modifier(c, i) == 2)
            return 1;
    for (size_t i = np; i > c->a && i - 1 >= c->ca && nominal(c, i - 1); i--)
        if (entity_modifier(c, i - 1) == 2)
            return 1;
    return 0;
}

/* Is cl a state's length (item "STATE:time-span": "closed for nine hours")? What was in the state is named by
 * each report its own way ("the B4417", "the road"; "a Cup semi-final", "the match"): the story's. */
static int state_length(const fl_claim *cl)
{
    const char *colon = cl->item ? strchr(cl->item, ':') : NULL;
    return colon && strcmp(colon + 1, "time-span") == 0;
}

/* Is the name subject sj the last of coordinated names ("Ilse and Aputsiaq collected 240 samples", "Quenby,
 * Brennock and Hallorann rowed"): a word of "name-joiners" right before it, a capitalised word before that? The
 * act is the group's, the document's topic, not the last name's. */
static int coordinated_name(const sctx *c, const subj_t *sj)
{
    const fl_lexicon *joiners = fl_rules_lexicon(c->r, "name-joiners");
    if (sj->type != SUBJ_NAME || sj->tok < c->a + 2)
        return 0;
    const fl_token *j = &c->t[sj->tok - 1], *w = &c->t[sj->tok - 2];
    return j->kind == FL_TOK_WORD && fl_lexicon_has_token(joiners, c->text, j, 1) && w->kind == FL_TOK_WORD &&
           c->text[w->start] >= 'A' && c->text[w->start] <= 'Z';
}

/* Is claim cl the length of a state whose holder its clause names (subjects.json "holder-states": a ban, a contract,
 * being missing: "Maren Holt was banned for 18 months" is Holt's ban), so that a named subject keeps it, as a named
 * act's does, rather than the story's event? */
static int holder_state(const sctx *c, const fl_claim *cl)
{
    const char *colon = state_length(cl) ? strchr(cl->item, ':') : NULL;
    return colon && fl_lexicon_has(fl_rules_lexicon(c->r, "holder-states"), cl->item, (size_t)(colon - cl->item), 1);
}

/* The one thing the document's figures measured before by a noun that the general noun may stand for
 * (claim_model.general_things: "The pier is 420 metres long ... The 240-metre structure" is the pier), as keyed
 * then; NULL when noun is no general noun or when they measured none or two such things (a general noun that could
 * be either of two refers to neither). Borrowed from dc. */
static const char *general_referent(const fl_knowledge *k, const discourse *dc, const char *noun)
{
    const char *found = NULL;
    for (size_t i = 0; i < dc->nthings; i++) {
        int stands = fl_knowledge_stands_for(k, noun, dc->thing_nouns[i]);
        if (stands < 0 || (stands && found && strcmp(found, dc->things[i]) != 0))
            return NULL;
        if (stands)
            found = dc->things[i];
    }
    return found;
}

/* Is token i a word of subjects.json "member-words" ("male", "female", "elder"), which tells apart things of one
 * kind a story has several of (two calves, two sisters)? */
static int member_word(const sctx *c, size_t i)
{
    const fl_lexicon *mw = fl_rules_lexicon(c->r, "member-words");
    return mw && i >= c->a && i < c->b && c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(mw, c->text, &c->t[i], 1);
}

/* The noun a member word at i is said of in its sentence: the last of the common nouns right after it ("a male
 * calf"), or the noun before a comma and an indefinite article right before it ("The calves, a male and a female"):
 * its token, SIZE_MAX none. */
static size_t member_noun_of(const sctx *c, const fl_parse *p, size_t i)
{
    size_t j = i + 1;
    while (j < c->b && c->t[j].kind == FL_TOK_WORD && p->tags[j - c->a] == FL_TAG_NOUN && !fl_claims_name_word(c, j))
        j++;
    if (j > i + 1)
        return j - 1;
    if (i >= c->a + 3 && fl_claims_role(c, i - 1, FL_ROLE_INDEFINITE) && punct_is(c, i - 2, ',') &&
        c->t[i - 3].kind == FL_TOK_WORD && p->tags[i - 3 - c->a] == FL_TAG_NOUN && !fl_claims_name_word(c, i - 3))
        return i - 3;
    /* "a male and a female": the second member is said of the first one's noun */
    if (i >= c->a + 4 && fl_claims_role(c, i - 1, FL_ROLE_INDEFINITE) &&
        (fl_claims_role(c, i - 2, FL_ROLE_AND) || fl_claims_role(c, i - 2, FL_ROLE_OR)) && member_word(c, i - 3))
        return member_noun_of(c, p, i - 3);
    return SIZE_MAX;
}

/* Remembers, for "The male" with no noun after it, the noun each member word of the sentence is said of. */
static void note_members(const sctx *c, discourse *dc)
{
    enum { MEMBERS = sizeof dc->member_word / sizeof dc->member_word[0] };
    const fl_parse *p = NULL;
    const fl_lexicon *mw = fl_rules_lexicon(c->r, "member-words");
    for (size_t i = c->a; mw && i < c->b; i++) {
        size_t n;
        if (c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(mw, c->text, &c->t[i], 1) ||
            !(p = p ? p : fl_claims_parse_of(c)) || (n = member_noun_of(c, p, i)) == SIZE_MAX)
            continue;
        char w[16], noun[24];
        if (!lower_compound(c, i, w, sizeof w))
            continue;
        thing_noun(c, n, noun, sizeof noun);
        size_t k = 0;
        while (k < dc->nmember && strcmp(dc->member_word[k], w) != 0)
            k++;
        if (k == MEMBERS || !noun[0])
            continue;
        memcpy(dc->member_word[k], w, sizeof w);
        memcpy(dc->member_noun[k], noun, sizeof noun);
        dc->nmember += k == dc->nmember;
    }
}

/* The subject of an unnamed thing whose phrase a member word tells apart from others of its kind: "male calf" for
 * "The male calf" and, when the document said "a male calf" or "The calves, a male and a female" before, for "The
 * male" with no noun; NULL when no member word is its head or right before it. */
static char *kind_member_subject(const sctx *c, const discourse *dc, const subj_t *sj)
{
    char w[16], noun[24] = "";
    size_t at = member_word(c, sj->tok) ? sj->tok : sj->tok - 1;
    if (sj->index >= 0 || thing_state(c, sj->tok) >= 0 || !member_word(c, at) || !lower_compound(c, at, w, sizeof w))
        return NULL;
    if (at < sj->tok)
        thing_noun(c, sj->tok, noun, sizeof noun);
    for (size_t k = 0; at == sj->tok && k < dc->nmember; k++)
        if (strcmp(dc->member_word[k], w) == 0)
            memcpy(noun, dc->member_noun[k], sizeof noun);
    if (!noun[0])
        return NULL;
    fl_buf b = {0};
    fl_buf_printf(&b, "%s %s", w, noun);
    return fl_buf_take(&b);
}

/* An unnamed thing's figure (noun_subject), remembered for a pronoun of the next sentence ("It weighs ...") and,
 * with its noun, for a general noun after it ("the structure": general_referent). */
static void thing_subject(const sctx *c, fl_claim *cl, discourse *dc, const subj_t *sj)
{
    enum { MAX_THINGS = 64 };
    char noun[48] = "";
    noun_subject(c, cl, sj);
    thing_noun(c, sj->tok, noun, sizeof noun);
    char *member = kind_member_subject(c, dc, sj);
    const char *ref =
        noun[0] && !member && sj->index < 0 && thing_state(c, sj->tok) < 0 ? general_referent(c->k, dc, noun) : NULL;
    if (member) {
        free(cl->subject);
        cl->subject = member;
        cl->subject_how = "a member word and its noun (\"the male calf\", or \"the male\" after \"a male calf\")";
    } else if (ref) {
        free(cl->subject);
        cl->subject = fl_xstrdup(ref);
        cl->subject_how = "a general noun: the one thing of its kind the document measured before";
    } else if (noun[0] && dc->nthings < MAX_THINGS) {
        dc->things = fl_xrealloc(dc->things, (dc->nthings + 1) * sizeof(char *));
        dc->thing_nouns = fl_xrealloc(dc->thing_nouns, (dc->nthings + 1) * sizeof(char *));
        dc->things[dc->nthings] = fl_xstrdup(cl->subject);
        dc->thing_nouns[dc->nthings++] = fl_xstrdup(noun);
    }
    free(dc->last_thing);
    dc->last_thing = fl_xstrdup(cl->subject);
    dc->thing_end = c->sp ? c->sp->b : c->b;
}

/* Is the measured phrase at token i a pronoun of claim_model.thing_pronouns ("It weighs about 35,000 pounds")? Then
 * it is the unnamed thing the sentence right before measured ("The mirror is 27.5 feet across"), keyed as that
 * one (1); with none there it names nothing (0: "A quake shook Velby. It measured 5.2" is the document's event's
 * figure, found from the clause); -1 when it is no such pronoun. */
static int thing_pronoun(const sctx *c, fl_claim *cl, discourse *dc, size_t i)
{
    size_t used, start = c->sp ? c->sp->a : c->a;
    if (fl_phrases_at(&c->k->thing_pronouns, c->text, c->t, c->b, i, &used) < 0)
        return -1;
    if (!dc->last_thing || dc->thing_end != start)
        return 0;
    cl->src = cl->dst = -1;
    cl->subject = fl_xstrdup(dc->last_thing);
    cl->subject_how = "a pronoun: the unnamed thing the sentence before measured";
    cl->subject_event = 1;
    dc->thing_end = c->sp ? c->sp->b : c->b;
    return 1;
}

/* Is the figure's clause's subject phrase marked with a wider scope than its document's own area (subjects.json
 * "wider-scopes": "the national unemployment rate was 5.1%") in a document whose title names a part of a country
 * ("part-scopes": "Labour market bulletin: Varnholt region")? Such a figure is of another area, the whole country;
 * in a national report the national rate is its own. */
static int wider_area(const sctx *c, const fl_qty *q, size_t ca)
{
    const fl_lexicon *wider = fl_rules_lexicon(c->r, "wider-scopes"), *parts = fl_rules_lexicon(c->r, "part-scopes");
    const fl_parse *p = wider && parts ? fl_claims_parse_of(c) : NULL;
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (s < 0 || c->a + p->nps[s].start < ca || c->a + p->nps[s].end > qty_first(c, q))
        return 0;
    int marked = 0;
    for (size_t i = c->a + p->nps[s].start; i < c->a + p->nps[s].end && !marked; i++)
        marked = !fl_claims_name_word(c, i) && fl_lexicon_has_token(wider, c->text, &c->t[i], 1);
    const char *nl = marked ? memchr(c->text, '\n', c->d->len) : NULL;
    size_t title_end = nl ? (size_t)(nl - c->text) : 0;
    for (size_t i = 0; i < c->a && c->t[i].start < title_end; i++)
        if (fl_lexicon_has_token(parts, c->text, &c->t[i], 1))
            return 1;
    return 0;
}

/* Why the figure is about another thing than the story's, when its clause or measured phrase [np, npe) says so
 * (static text), else NULL: a modifier ("a smaller crater, 5 metres across"), one member of a set named before
 * ("The largest of them serves 1,400 homes"), another place an event's or act's clause names ("In Marram Sands,
 * about 60 people were also asked to leave"). */
static const char *other_subject(const sctx *c, const fl_claim *cl, const discourse *dc, const fl_qty *q, size_t ca,
                                 size_t np, size_t npe)
{
    if (np != SIZE_MAX && other_thing(c, np, npe))
        return "another thing than the story's (a modifier says so)";
    if (member_subject(c, q, ca))
        return "one member of a set named before (a partitive of a pronoun)";
    if ((c->k->metrics[cl->family].event || act_like(c->k, cl->family)) && np == SIZE_MAX && other_place(c, dc, q, ca))
        return "another place than the story's (its clause names it)";
    if ((c->k->metrics[cl->family].event || act_like(c->k, cl->family)) && np == SIZE_MAX &&
        later_site_subject(c, dc, q, ca))
        return "a place of its own, named after the lede (its clause's subject)";
    if (wider_area(c, q, ca))
        return "another area than the document's (a wider scope: the national rate in a regional report)";
    return NULL;
}

/* The event class of the event noun a hyphenated time-span premodifies, as the head of its phrase ("a four-hour
 * stoppage", "the two-day fire", after one adjective: "a 40-minute unplanned stoppage"), -1 none ("fire crews":
 * claim_model.not_events; "strike pay": it modifies another noun); *at the noun. */
static int event_premodified(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used, i = q->tok_end;
    if (!p || i >= c->cb || strncmp(q->dim, "time-span", 9) != 0 || !memchr(c->text + q->start, '-', q->end - q->start))
        return -1;
    if (i + 1 < c->cb && p->tags[i - c->a] == FL_TAG_ADJ)
        i++;
    int ev = event_at(c, i, &used);
    if (ev < 0 ||
        (i + used < c->b && (p->tags[i + used - c->a] == FL_TAG_NOUN || p->tags[i + used - c->a] == FL_TAG_PROPN)))
        return -1;
    *at = i;
    return ev;
}

/* Is the claim a state's length keyed by its state ("strike:time-span", the act family; state_duration)? */
static int state_span_claim(const fl_knowledge *k, const fl_claim *cl)
{
    size_t n = cl->item ? strlen(cl->item) : 0;
    return cl->family >= 0 && cl->family == k->act_family && n > 10 && strcmp(cl->item + n - 10, ":time-span") == 0;
}

/* Does a word of subjects.json "other-occurrences" stand in the one or two words right before figure q, in its
 * clause ("further 24-hour strikes", "a separate 24-hour strike", "another two-day walkout")? The event noun the
 * figure premodifies is then another occurrence of its class than the story's. */
static int other_occurrence(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *other = fl_rules_lexicon(c->r, "other-occurrences");
    size_t f = qty_first(c, q);
    for (size_t i = f; other && i > c->ca && i + 2 >= f;) {
        i--;
        if (c->t[i].kind != FL_TOK_WORD)
            return 0;
        if (fl_lexicon_has_token(other, c->text, &c->t[i], 1))
            return 1;
    }
    return 0;
}

/* The subject of a state's length that premodifies an event noun: the event ("called a four-hour stoppage" is the
 * stoppage's, whoever called it), when it is the document's own; none for another ("the 21-year typhoon of a
 * university's rule": a figure of speech in a story of no such event) or for another occurrence of the story's
 * class (other_occurrence: "Further 24-hour strikes have been called for 14 March"); returns 1 when the figure
 * premodifies one. */
static int event_subject(const sctx *c, fl_claim *cl, const fl_qty *q, const discourse *dc)
{
    size_t at;
    int ev = event_premodified(c, q, &at);
    if (ev < 0)
        return 0;
    cl->src = cl->dst = -1;
    if (ev != dc->doc_event) {
        cl->subject_how = "an event the document is not about (its figure premodifies it)";
        return 1;
    }
    if (other_occurrence(c, q)) {
        cl->subject_how = "another occurrence of the story's event (a modifier before its figure says so)";
        return 1;
    }
    cl->subject = fl_xstrdup(c->k->event_classes[ev]);
    cl->subject_how = "the event its figure premodifies";
    cl->subject_event = 1;
    return 1;
}

/* Is the figure a measure (no count) that its clause's subject only observed: the object of an observing verb
 * (subjects.json "observing-verbs": recorded, measured, clocked) right after that subject, with an event the clause
 * names after the figure ("The Met service recorded an 80mph gust on the hill shortly before the collapse": the
 * gust's speed at the collapse, not the service's)? A figure of the observer's own ("the regulator recorded 312
 * complaints"), or one whose clause names no event ("Fenwick recorded a gust of 31mph at 7am"), is not. */
static int observed_measure(const sctx *c, const fl_qty *q, size_t ca, size_t cb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *observing = fl_rules_lexicon(c->r, "observing-verbs");
    if (!p || !observing || fl_count_dimension(c->r, q->dim))
        return 0;
    int cl = fl_parse_clause_of(p, q->tok - c->a), s = fl_parse_subject(p, cl), v = fl_parse_verb(p, cl);
    if (s < 0 || v < 0)
        return 0;
    size_t vt = c->a + p->vgs[v].head, se = c->a + p->nps[s].end;
    return c->a + p->nps[s].start >= ca && se <= vt && vt < qty_first(c, q) &&
           fl_lexicon_has_token(observing, c->text, &c->t[vt], 1) && event_after(c, q->tok_end, cb).type == SUBJ_EVENT;
}

/* Did the subject of figure q's clause only observe or report what claim cl measures: a measure it observed
 * (observed_measure), or a placed level that the object of a verb of levels.puts names ("The council's summary
 * gives Tuesday's daily mean at Mill Lane as 68 µg/m³")? */
static int observer_only(const sctx *c, const fl_claim *cl, const fl_qty *q, size_t ca, size_t cb)
{
    char item[96];
    int definite;
    return observed_measure(c, q, ca, cb) ||
           (cl->family == c->k->level_family && level_object(c, q, 1, item, sizeof item, &definite) == 2);
}

/* Is the subject found at token tok (a name, an entity, "the <kind>") the speaker of a speech verb between it and
 * the figure, the figure an event's toll (a running count of persons: deaths, injuries, evacuations) that the
 * speaker only reports ("Mid-Carrick Council said 310 people were evacuated", "Police say 12 people were hurt")?
 * A toll is the event's, whoever counts it; the act of an organisation of its own ("Corvane Air said 280 flights
 * were scrapped") is no toll, nor is a toll of another event than the document's that its clause names. */
static int toll_reporter(const sctx *c, const fl_claim *cl, const discourse *dc, const fl_qty *q, size_t tok, size_t cb)
{
    const fl_metric *me = &c->k->metrics[cl->family];
    size_t used;
    if (!me->event || !me->cumulative || act_like(c->k, cl->family) || !fl_count_dimension(c->r, q->dim))
        return 0;
    for (size_t i = q->tok_end; i < cb && i < c->b; i++) {
        int ev = event_at(c, i, &used);
        if (ev >= 0 && ev != dc->doc_event)
            return 0; /* "Harbour Police said four people were injured in a separate crash": another event's */
    }
    for (size_t i = tok + 1, first = qty_first(c, q); i < first && i < c->b; i++)
        if (speech_verb(c, i))
            return 1;
    return 0;
}

/* The subject of a claim whose family is known, from its clause or carried from before (see discourse). The
 * phrase [np, npe) is what the figure measures when the structure around it says so (np SIZE_MAX: none). */
/* Is a level of dimension dim read at a place (claim_model.measures.levels "placed": a concentration)? */
int fl_claims_level_placed(const fl_knowledge *k, const char *dim)
{
    for (size_t i = 0; dim && i < k->nlevel_placed; i++)
        if (strcmp(k->level_placed[i], dim) == 0)
            return 1;
    return 0;
}

/* Is claim cl of figure q an event's attribute: of a family marked "event", or a level read at a place, a reading
 * taken in the document's event ("carbon monoxide levels of 410 ppm near the ice"), whoever took it? */
static int event_measure(const fl_knowledge *k, const fl_claim *cl, const fl_qty *q)
{
    return k->metrics[cl->family].event || (cl->family == k->level_family && fl_claims_level_placed(k, q->dim));
}

/* Is the subject of figure q's clause one who acts on an event's people (claim_model.responders: "Police arrested
 * eleven people", "Firefighters rescued 12 passengers"), the figure of claim cl a count of an event's family or of
 * an act that stands after that subject, the object of its verb? The people acted on are the event's, as "Nine
 * people were arrested" are, not the responders'; a count inside the subject ("About 220 officers raided") is
 * theirs. */
static int responder_agent(const sctx *c, const fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = k->responders.n ? fl_claims_parse_of(c) : NULL;
    if (!p || !(k->metrics[cl->family].event || act_like(k, cl->family)) || !fl_count_dimension(c->r, q->dim))
        return 0;
    int s = fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a));
    size_t used, head = s >= 0 ? c->a + p->nps[s].head : 0;
    return s >= 0 && head >= c->ca && c->a + p->nps[s].end <= q->tok &&
           fl_phrases_at(&k->responders, c->text, c->t, c->b, head, &used) >= 0;
}

/* Is the subject at tok of figure q's clause no owner of claim cl's count: one who reports a toll, or a responder
 * who acts on the people counted? */
static int not_owner(const sctx *c, const fl_claim *cl, const discourse *dc, const fl_qty *q, size_t tok, size_t cb)
{
    return toll_reporter(c, cl, dc, q, tok, cb) || responder_agent(c, cl, q);
}

/* Does the parsed subject of figure q's clause open with a word of claim_model.person_pronouns: a personal pronoun
 * ("He scored twenty-seven league goals") or a possessive one ("Her neighbours planted 260 trees")? Whose act that
 * is the text says before: one of its people's, never the document's topic, which its other people may share. */
static int person_pronoun_subject(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = c->k->person_pronouns.n ? fl_claims_parse_of(c) : NULL;
    if (!p)
        return 0;
    int s = fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a));
    size_t used, first = s >= 0 ? c->a + p->nps[s].start : 0;
    return s >= 0 && first < q->tok && fl_phrases_at(&c->k->person_pronouns, c->text, c->t, c->b, first, &used) >= 0;
}

/* The subject of act cl of figure q in a document with no event: the document's own topic ("builders completed
 * 3,420 homes"), or none when its clause's subject is one person's pronoun (person_pronoun_subject). */
static void act_topic(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    cl->src = -1;
    cl->subject_doc = !person_pronoun_subject(c, q);
    cl->subject_how = cl->subject_doc ? "the document's topic (compared within the document)" : PRONOUN_SAID;
}

/* Does the subject of q's clause, before its verb group and the figure, hold a possessive ("Talia's training partner
 * Jonas Verhoeven was banned for two years", "Holt's team-mate"): the holder of the state is one the possessor is
 * related to, whom the name-finding may take for the possessor? A figure inside that phrase ("Holt's 15-month ban")
 * is the possessor's own. */
static int related_holder(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cl >= 0 ? p->clauses[cl].verb : -1;
    size_t v = vg >= 0 ? c->a + p->vgs[vg].start : c->ca;
    for (size_t i = c->ca; i < v && i < q->tok; i++)
        if (p->tags[i - c->a] == FL_TAG_POS)
            return 1;
    return 0;
}

/* Has a holder state's length (holder_state) no holder to key it by: a holder a possessor is related to
 * (related_holder), or, in a document about an event, no name or entity as its clause's subject ("The driver signed
 * a three-year contract" in a crash's report is no length of the crash)? The claim then gets no subject, and why. */
static int unheld_state(const sctx *c, fl_claim *cl, const fl_qty *q, const discourse *dc, int type)
{
    const char *why = NULL;
    if (holder_state(c, cl) && related_holder(c, q))
        why = "one a possessor is related to (\"her training partner\"): not the possessor's own term";
    else if (holder_state(c, cl) && dc->doc_event >= 0 && type != SUBJ_NAME && type != SUBJ_ENTITY)
        why = "a holder's term with no name in a report of an event: not the event's";
    if (why) {
        cl->src = cl->dst = -1;
        cl->subject_how = why;
    }
    return why != NULL;
}

/* Does an act's named subject (a name or an entity) keep it rather than the story's event: with no event in the
 * document ("Velda Motors is recalling 163,000 vehicles"), unless it is a state's length, which is the story's, or
 * the last of coordinated names, whose act is the group's (coordinated_name); always for a holder state's length
 * ("Maren Holt was banned for 18 months", holder_state)? */
static int named_act(const sctx *c, const fl_claim *cl, const discourse *dc, const subj_t *sj)
{
    if (sj->type != SUBJ_NAME && sj->type != SUBJ_ENTITY)
        return 0;
    return holder_state(c, cl) || (dc->doc_event < 0 && !state_length(cl) && !coordinated_name(c, sj));
}

/* The unnamed thing, a common noun, that a relative clause set off by a comma before the figure's clause is about
 * ("the converters, which contain precious metals, were worth about £1.3m"); SUBJ_NONE when there is none. */
static subj_t related_thing(const sctx *c, const mention *m, size_t nm, size_t ca)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t rel = relative_opening(c, ca);
    if (!p || !rel || rel < c->a + 2)
        return (subj_t){SUBJ_NONE, 0, 0, -1};
    size_t a = comma_relative_start(c, rel, 1), head = rel - 2;
    if (a > head || c->t[head].kind != FL_TOK_WORD || p->tags[head - c->a] != FL_TAG_NOUN)
        return (subj_t){SUBJ_NONE, 0, 0, -1};
    for (size_t i = a; i < head; i++)
        if (p->tags[i - c->a] == FL_TAG_ADP || p->vg_of[i - c->a] >= 0)
            return (subj_t){SUBJ_NONE, 0, 0, -1}; /* "the maze of belts under the terminal, which cost": no head */
    return measured_subject(c, m, nm, a, rel - 1);
}

/* The phrase a figure of a family of a thing's amount (of_thing) measures when the clause named none (np
 * SIZE_MAX): the thing a verb appraised at it (appraised_subject), the thing a relative clause before the figure's
 * clause is about when the figure's subject was found so (rel: "the converters, which contain rhodium, were worth
 * about £1.3m"), else the unnamed thing costed ("Repairs would cost £2.3m"); ca when one of the last two is found,
 * into *sj. */
static size_t valued_thing(const sctx *c, const mention *m, size_t nm, size_t ca, const fl_qty *q, int rel, int fam,
                           subj_t *sj)
{
    size_t np = appraised_subject(c, m, nm, q, sj, ca);
    if (np == SIZE_MAX && sj->type == SUBJ_NONE && rel && (*sj = related_thing(c, m, nm, ca)).type != SUBJ_NONE)
        return ca;
    if (np == SIZE_MAX && sj->type == SUBJ_NONE && (*sj = costed_thing(c, m, nm, ca, q)).type != SUBJ_NONE)
        return ca;
    if (np == SIZE_MAX && sj->type == SUBJ_NONE && (*sj = billed_thing(c, m, nm, ca, q, fam)).type != SUBJ_NONE)
        return ca; /* "The repair bill is estimated at £1.6m": the repair */
    return np;
}

static void clause_claim_subject(const sctx *c, fl_claim *cl, const mention *m, size_t nm, size_t ca, size_t cb,
                                 const fl_qty *q, discourse *dc, uint32_t para, int dated, size_t np, size_t npe)
{
    const fl_knowledge *k = c->k;
    const fl_metric *me = &k->metrics[cl->family];
    if (me->of_object) {
        char *what = object_name(c, m, nm, ca, cb, q);
        if (what) {
            cl->src = -1;
            cl->subject = full_name(dc, what);
            cl->subject_how = "what it is paid for";
            return;
        }
    }
    const char *said = "what the figure measures";
    const char *other = other_subject(c, cl, dc, q, ca, np, npe);
    if (other) {
        cl->src = cl->dst = -1;
        cl->subject_how = other;
        return;
    }
    int pronoun = np != SIZE_MAX && npe == np + 1 ? thing_pronoun(c, cl, dc, np) : -1;
    if (pronoun == 1)
        return;
    np = pronoun == 0 ? SIZE_MAX : np; /* an unresolved pronoun: the clause says what the figure is about */
    subj_t sj = np != SIZE_MAX ? measured_subject(c, m, nm, np, npe) : figure_subject(c, m, nm, ca, q, &said);
    if (np == SIZE_MAX && event_measure(k, cl, q) && sj.type != SUBJ_EVENT && observer_only(c, cl, q, ca, cb))
        sj.type = SUBJ_NONE; /* the observer is not what is measured: the event its clause names is */
    if (np == SIZE_MAX && sj.type != SUBJ_NONE && sj.type != SUBJ_EVENT && not_owner(c, cl, dc, q, sj.tok, cb))
        sj.type = SUBJ_NONE; /* who reports a toll, or acts on its people, is not its subject: the event is */
    if (sj.type == SUBJ_EVENT && other_fallback(k, dc, sj.index))
        sj.type = SUBJ_NONE;
    new_paragraph(dc, para);
    if (np == SIZE_MAX && me->of_thing)
        np = valued_thing(c, m, nm, ca, q, said == RELATIVE_SAID, cl->family, &sj);
    /* "the vessel", none named: the story's one vessel; nor is "the plant" whose workers are counted the last
     * named subject of no known kind (a person quoted before it) */
    /* nor is "the project" a relative clause says will cost "58 million euros" (or that "will cost" it), none
     * named, the document's own project: it is the story's one, which another report calls "an 85 million euro
     * scheme" */
    int costed = np != SIZE_MAX || (me->of_thing && sj.type == SUBJ_KIND &&
                                    (said == RELATIVE_SAID || costed_thing(c, m, nm, ca, q).type == SUBJ_KIND));
    if (costed && sj.type == SUBJ_KIND && !kind_in_reach(c, dc, &sj))
        sj.type = SUBJ_NOUN;
    if (sj.type == SUBJ_KIND && thing_state(c, sj.tok) >= 0)
        sj.type = SUBJ_NOUN; /* "a temporary 40-metre bridge": not the Orvo Bridge named before */
    if (sj.type == SUBJ_NOUN) {
        thing_subject(c, cl, dc, &sj);
        return;
    }
    /* an act with no period of its own ("had 241 passengers on board when it was struck", "escaped with 23
     * pieces") is a part of the document's event, whoever its clause names: outlets name the ship, the
     * airline or the gang in their own ways; not of an event named only after the lede ("Last year's Ridgeback
     * Fire destroyed 341 homes") */
    if (unheld_state(c, cl, q, dc, sj.type))
        return;
    if (act_like(k, cl->family) && !dated && sj.type != SUBJ_EVENT && !other_named_event(c, dc, &sj) &&
        !named_act(c, cl, dc, &sj) && !named_stock(k, cl, &sj)) {
        /* with no event, an act its clause gives a named subject ("Velda Motors is recalling 163,000
         * vehicles") is that subject's, compared wherever it is named */
        sj.type = SUBJ_NONE;
        if (dc->doc_event < 0) { /* no event: the document's own topic ("builders completed 3,420 homes") */
            act_topic(c, cl, q);
            return;
        }
    }
    /* "Twenty-three people have died in avalanches in the region this winter": a figure of an event's
     * attribute whose clause has a scope of many events counts them all, not the one the document or the
     * clause names: it has no subject to compare */
    if ((event_measure(k, cl, q) && !act_like(k, cl->family) && aggregate(c, ca, cb, q)) ||
        (act_like(k, cl->family) && (sj.type == SUBJ_NONE || sj.type == SUBJ_EVENT) && habitual(c, q, ca, cb))) {
        cl->src = cl->dst = -1;
        cl->subject_how = "an aggregate of many events (its clause's scope)";
        return;
    }
    /* "Two aftershocks, magnitude 2.9 and 2.2, followed", "shakers around magnitude 2 and 3 are common": a
     * list of values of one measure is of several things, none of them the document's event; counts are another
     * matter ("killed 3 and injured 12") */
    if (event_measure(k, cl, q) && (sj.type == SUBJ_NONE || sj.type == SUBJ_EVENT) &&
        !fl_count_dimension(c->r, q->dim) && listed_value(c, q)) {
        cl->src = cl->dst = -1;
        cl->subject_how = "one of a list of values (several things)";
        return;
    }
    /* an act with a period of its own ("last year the board cut 19 posts") is not the document's event, nor
     * its topic: it needs a subject its clause names */
    int own_time = act_like(k, cl->family) && dated;
    if ((event_measure(k, cl, q) && sj.type == SUBJ_NONE && !own_time) || sj.type == SUBJ_EVENT) {
        /* an event's figure with no other subject is about the event: in the clause, after the figure
         * ("died in the fire"), or the event the document is about */
        subj_t e = sj.type == SUBJ_EVENT ? sj : event_after(c, q->tok_end, cb);
        const char *how = sj.type == SUBJ_EVENT ? said : "event in the clause";
        if (e.type == SUBJ_EVENT && sj.type == SUBJ_NONE && other_fallback(k, dc, e.index))
            e.type = SUBJ_NONE; /* "under evacuation orders" in a fire's report: the fire's */
        if (e.type != SUBJ_EVENT && sj.type == SUBJ_NONE && dc->doc_event >= 0 && event_measure(k, cl, q)) {
            e = (subj_t){SUBJ_EVENT, 0, 0, dc->doc_event};
            how = "the document's event";
        }
        if (e.type == SUBJ_EVENT) {
            cl->src = cl->dst = -1;
            cl->subject = fl_xstrdup(k->event_classes[e.index]);
            cl->subject_how = how;
            cl->subject_event = 1;
            return;
        }
        /* "About 3,400 fans had to leave the East Stand": an event's figure in a report whose event is of no
         * class is the document's own topic, as its acts are; its story's other reports may name the event */
        if (e.type != SUBJ_EVENT && sj.type == SUBJ_NONE && dc->doc_event < 0 && event_measure(k, cl, q) && !dated) {
            cl->src = -1;
            cl->subject_doc = 1;
            cl->subject_how = "the document's topic (an event of no class; compared within the document)";
            return;
        }
    }
    if (me->direction != FL_DIR_NONE)
        return; /* parties with direction, as found */
    subject_by_type(c, cl, dc, &sj, said, q, own_time);
}

/* "With its 31,000 students, the new university would ...": a possessed figure in a phrase that opens its
 * sentence before a comma is its clause's subject's, named after the comma. That subject (a descriptor, "the
 * <kind>" or a name), or NULL. */
static char *fronted_possessor(const sctx *c, const discourse *dc, const mention *m, size_t nm, size_t ca,
                               const fl_qty *q, const char **how)
{
    size_t i = fronted_comma(c, q);
    if (!i || ca != c->a)
        return NULL;
    subj_t sj = clause_subject(c, m, nm, i + 1, c->b);
    *how = "the possessor: the subject after the opening phrase";
    if (sj.type == SUBJ_KIND && sj.tok <= i + 1 + MAX_DESCRIPTORS + 1) {
        char *d = descriptor(c, sj.tok);
        const char *r = d ? NULL : kind_referent(c, dc, sj.index, sj.tok);
        return d ? d : r ? fl_xstrdup(r) : NULL;
    }
    if (sj.type == SUBJ_NAME && sj.tok == i + 1)
        return subject_phrase(c, sj.tok, sj.ntok);
    return NULL;
}

static int act_like(const fl_knowledge *k, int fam);

/* Is q an amount of money that its attribute's noun heads ("the original £240m budget", "the £7.9m budget agreed
 * in 2024"): the noun right after it a trigger word of its claim's family? */
static int amount_of_attribute(const sctx *c, const fl_claim *cl, const fl_qty *q)
{
    size_t used, i = q->tok_end;
    return strncmp(q->dim, "money", 5) == 0 && i < c->b && c->t[i].kind == FL_TOK_WORD &&
           fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) == cl->family;
}

/* How many adjectives an amount's definite phrase may hold between its determiner and the amount ("the original
 * £240m budget", "the revised initial £7.9m budget"). */
enum { DEFINITE_ADJECTIVES = 2 };

/* Is amount q definite across the adjectives before it ("the original £240m budget"): definite_figure, or a
 * determiner or possessive before up to DEFINITE_ADJECTIVES adjectives that stand right before it? */
static int definite_amount(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t at = q->tok, used, adj = 0;
    while (at > c->a && c->t[at - 1].start >= q->qstart)
        at--;
    if (fl_claims_definite_figure(c, q) || !p)
        return fl_claims_definite_figure(c, q);
    while (at > c->a && adj < DEFINITE_ADJECTIVES && at - 1 - c->a < p->n && p->tags[at - 1 - c->a] == FL_TAG_ADJ &&
           c->t[at - 1].kind == FL_TOK_WORD) {
        at--;
        adj++;
    }
    if (!adj || at == c->a || c->t[at - 1].kind != FL_TOK_WORD)
        return 0;
    const fl_token *t = &c->t[at - 1];
    return fl_possessive_suffix(c->text + t->start, t->end - t->start) ||
           (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, at - 1, &used) >= 0 && used == 1 &&
            !fl_claims_role(c, at - 1, FL_ROLE_INDEFINITE));
}

/* Does an act's count, or an amount its attribute's noun heads (amount_of_attribute), refer back to one given
 * before: a definite figure ("Of the 621,000 visitors recorded", "Measured against the original £240m budget")
 * whose noun no "of" phrase follows (that phrase says what it is about: "the 19,000 staff of its rival"), nor, for
 * an amount, any phrase a preposition opens ("the £40m spending on the depot")? */
static int refers_back(const sctx *c, const fl_claim *cl, const fl_qty *q)
{
    size_t i = q->tok_end;
    const fl_token *t = &c->t[q->tok];
    int count = act_like(c->k, cl->family) && fl_count_dimension(c->r, q->dim);
    /* an act's count ("the 23d ward case" is an ordinal, not 23 cases of the court's) or an attribute's amount */
    if (!(count ? fl_claims_definite_figure(c, q) : amount_of_attribute(c, cl, q) && definite_amount(c, q)) ||
        (t->end > t->start && fl_ascii_lower((unsigned char)c->text[t->end - 1]) >= 'a' &&
         fl_ascii_lower((unsigned char)c->text[t->end - 1]) <= 'z' && c->text[t->start] >= '0' &&
         c->text[t->start] <= '9'))
        return 0;
    if (!count) /* the amount's noun says what it is of when a phrase follows: "the £40m spending on the depot" */
        return !(i + 1 < c->b && fl_claims_prep_role(c, i + 1) >= 0);
    while (i < c->b && c->t[i].kind == FL_TOK_WORD && fl_claims_prep_role(c, i) < 0 && i < q->tok_end + 2)
        i++;
    return !(i < c->b && fl_claims_prep_role(c, i) == FL_PREP_OF);
}

/* The "family|item" of a claim, what a figure referring back must share with the one it refers to. */
static char *ref_attribute(const fl_knowledge *k, const fl_claim *cl)
{
    fl_buf b = {0};
    fl_buf_printf(&b, "%s|%s", k->metrics[cl->family].id, cl->item);
    return fl_buf_take(&b);
}

/* The subject of a claim: a possessor named after an opening phrase; else from its clause or carried from
 * before (clause_claim_subject); else, for a definite figure that refers back ("Of the 621,000 visitors
 * recorded", "the 52,000 recalled packages") with no subject of its own, the subject of the last figure of the
 * same attribute. Every named subject is remembered with its attribute for that. */
static void claim_subject(const sctx *c, fl_claim *cl, const mention *m, size_t nm, size_t ca, size_t cb,
                          const fl_qty *q, discourse *dc, uint32_t para, int dated, size_t np, size_t npe)
{
    const char *how = "";
    char *fronted = fronted_possessor(c, dc, m, nm, ca, q, &how);
    if (fronted && c->k->metrics[cl->family].direction == FL_DIR_NONE) {
        new_paragraph(dc, para);
        cl->src = -1;
        cl->subject = fronted;
        cl->subject_how = how;
    } else {
        free(fronted);
        if (act_like(c->k, cl->family) && !dated && c->a < dc->other_event_end) { /* other_event_told */
            cl->src = cl->dst = -1;
            cl->subject_how = "another event (its sentence or the one before tells of another than the story's)";
        } else if (!(c->k->metrics[cl->family].of_state || state_span_claim(c->k, cl)) || !event_subject(c, cl, q, dc))
            /* "called a four-hour stoppage": the stoppage's, whoever called it */
            clause_claim_subject(c, cl, m, nm, ca, cb, q, dc, para, dated, np, npe);
    }
    char *attr = ref_attribute(c->k, cl);
    if (!cl->subject && cl->src < 0 && !cl->subject_event && refers_back(c, cl, q))
        for (size_t i = dc->nref; i-- > 0;)
            if (strcmp(dc->ref_attr[i], attr) == 0) {
                cl->subject = fl_xstrdup(dc->ref_subj[i]);
                cl->subject_doc = dc->ref_doc[i];
                cl->subject_how = "a definite figure: the subject of the last figure of its attribute";
                break;
            }
    if (cl->subject && cl->subject[0] && !cl->subject_event && dc->nref < 256) {
        dc->ref_attr = fl_xrealloc(dc->ref_attr, (dc->nref + 1) * sizeof(char *));
        dc->ref_subj = fl_xrealloc(dc->ref_subj, (dc->nref + 1) * sizeof(char *));
        dc->ref_doc = fl_xrealloc(dc->ref_doc, dc->nref + 1);
        dc->ref_doc[dc->nref] = cl->subject_doc;
        dc->ref_attr[dc->nref] = attr;
        dc->ref_subj[dc->nref++] = fl_xstrdup(cl->subject);
    } else
        free(attr);
}

/* Is the figure's clause a condition a generic statement sets ("cranes should be taken out of service when gusts
 * exceed about 72km/h"): opened by one of claim_model.generic_conditions, its verb a finite present with no modal?
 * A past verb tells what happened ("stopped when gusts reached 113 km/h"). */
static int generic_condition(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = c->k->generic_conditions.n ? fl_claims_parse_of(c) : NULL;
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, v = cl >= 0 ? p->clauses[cl].verb : -1;
    size_t used, op = cl >= 0 && p->clauses[cl].opener >= 0 ? c->a + (size_t)p->clauses[cl].opener : SIZE_MAX;
    if (op == SIZE_MAX || v < 0 || c->a + p->vgs[v].head >= q->tok ||
        fl_phrases_at(&c->k->generic_conditions, c->text, c->t, c->b, op, &used) < 0)
        return 0;
    const fl_vgroup *g = &p->vgs[v];
    return g->finite && g->modal < 0 && g->tense == FL_TENSE_PRESENT && p->tags[g->head] == FL_TAG_VBP;
}

/* Is the figure supposed rather than stated: a cue of the claim model's hypothetical list ("if", "assuming")
 * before it in its sentence? */
int fl_claims_hypothetical(const sctx *c, const fl_qty *q)
{
    size_t used;
    for (size_t i = c->a; i < q->tok; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->hypothetical, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return generic_condition(c, q);
}

/* Does a verb of origin (claim_model.origins) stand at i: "originally built in 1974" tells when a thing was made,
 * not that a figure was replaced? */
static int origin_after(const sctx *c, size_t i)
{
    size_t used;
    return i < c->b && c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->origins, c->text, c->t, c->b, i, &used) >= 0;
}

enum { LABEL_BRACKET_TOKENS = 8 };

/* The token after the colon that ends a correction label whose word ends before token i: a bracket of a few
 * tokens at i and the colon right after it ("Correction (19:10):", "Correction (updated 19:10 BST):": the label's
 * own time stamp). SIZE_MAX when no such colon ends the label there. */
static size_t label_colon_end(const sctx *c, size_t i)
{
    if (i >= c->b || !punct_is(c, i, '('))
        return SIZE_MAX;
    for (size_t j = i + 1; j < c->b && j <= i + LABEL_BRACKET_TOKENS; j++)
        if (punct_is(c, j, ')'))
            return j + 1 < c->b && punct_is(c, j + 1, ':') ? j + 2 : SIZE_MAX;
    return SIZE_MAX;
}

/* Where a label of a correction that opens the sentence c ends, past its colon, or SIZE_MAX when none does (see
 * correction_label). */
static size_t correction_label_end(const sctx *c, size_t tok)
{
    const fl_lexicon *words = fl_rules_lexicon(c->r, "correction-label-words");
    size_t used, end, words_seen = 0;
    /* the first six words and numbers: a stamp's markup ("**01:58** Correction:") is none of them */
    for (size_t i = c->a; i < tok && words_seen < 6; i++) {
        words_seen += c->t[i].kind == FL_TOK_WORD || c->t[i].kind == FL_TOK_NUM;
        if (c->t[i].kind != FL_TOK_WORD)
            continue;
        if (fl_phrases_at(&c->k->retractions, c->text, c->t, c->b, i, &used) >= 0) {
            if (punct_is(c, i + used - 1, ':'))
                return i + used;
            if (i + used < c->b && punct_is(c, i + used, ':'))
                return i + used + 1;
        }
        if (words && fl_lexicon_has_token(words, c->text, &c->t[i], 1) && i + 1 < c->b && punct_is(c, i + 1, '(') &&
            (end = label_colon_end(c, i + 1)) != SIZE_MAX)
            return end; /* "Correction (19:10):" */
    }
    return SIZE_MAX;
}

/* Does a label of a correction open the sentence c, past a live page's time stamp ("14:41 – Correction: in our 13:46
 * update we gave the wind as 3.1 m/s"): a retraction phrase (claim_model.retractions) that ends with a colon, among
 * its first six words, or with its own stamp in brackets before the colon ("Correction (19:10): An update at 16:05
 * said about 600 people had been evacuated")? The figures of that sentence are the ones corrected; the right one
 * follows it. */
static int correction_label(const sctx *c, size_t tok)
{
    return correction_label_end(c, tok) != SIZE_MAX;
}

/* Does the figure or time at token tok stand right after "to" that follows a verb of the "correcting-verbs"
 * lexicon (rules/predicates.json) in its sentence: "Correction: the Weather Office has revised the snowfall to
 * 74cm"? It is then the correction's right figure, not the wrong one a correction label's sentence gives. */
static int corrected_to(const sctx *c, size_t tok)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "correcting-verbs");
    if (!lex || tok < c->a + 2 || c->t[tok - 1].kind != FL_TOK_WORD || c->t[tok - 1].end - c->t[tok - 1].start != 2 ||
        strncasecmp(c->text + c->t[tok - 1].start, "to", 2) != 0)
        return 0;
    for (size_t i = c->a; i + 1 < tok; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(lex, c->text, &c->t[i], 1))
            return 1;
    return 0;
}

/* Is the figure or time at token tok one a correction gives as wrong: of a sentence a correction label opens
 * (correction_label) and no correcting verb gives it as the right one (corrected_to), or of a sentence an earlier
 * report opens ("An earlier version of this article, published on Tuesday, said the slick covered 10 sq km": what
 * that version said, whatever stands between, up to a semicolon or a coordinator: "Earlier we reported 200; the
 * council now says 310": the figure after it is the new one)? */
static int corrected_figure(const sctx *c, size_t tok)
{
    size_t used;
    if (correction_label(c, tok) && !corrected_to(c, tok))
        return 1;
    if (fl_phrases_at(&c->k->superseded, c->text, c->t, c->b, c->a, &used) < 0 || origin_after(c, c->a + used) ||
        used <= 2)
        return 0;
    size_t i = c->a + used;
    while (i < tok && !punct_is(c, i, ';') &&
           !(c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, i, &used) >= 0))
        i++;
    return i == tok;
}

/* The same test for the figure or time at token tok of the clause [ca, cb), or one a correction gives as wrong
 * (corrected_figure). */
int fl_claims_superseded_in(const sctx *c, size_t ca, size_t cb, size_t tok)
{
    size_t used;
    int earlier = corrected_figure(c, tok);
    size_t i0 = ca; /* and the words before the clause up to a punctuation mark: its subject */
    while (i0 > c->a && c->t[i0 - 1].kind != FL_TOK_PUNCT)
        i0--;
    for (size_t i = i0; i < cb && i < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD)
            continue;
        if (fl_phrases_at(&c->k->revisions, c->text, c->t, c->b, i, &used) >= 0) {
            if (i < tok)
                return 0; /* "has since risen to 11": the figure after the revision is the new one */
            earlier = 1;
        } else if (fl_phrases_at(&c->k->superseded, c->text, c->t, c->b, i, &used) >= 0 && !origin_after(c, i + used))
            earlier = 1;
    }
    return earlier;
}

/* Is figure q in a live entry that a correction of the page names by its stamp, with q's value as the one the entry
 * gave wrongly (entry_fixes)? "13:46 - Take-off wind: 3.1 m/s" after "Correction: in our 13:46 update we gave the
 * wind as 3.1 m/s" is replaced. So is a figure of the value and measure a correction that names no entry gives as
 * wrong after it ("the 14.8 km Hessler Ridge test" before "Correction: an earlier update gave the length of stage 7
 * as 14.8 km. It is 18.4 km."). */
static int fixed_entry(const sctx *c, const fl_qty *q)
{
    if (!c->fixes || !c->fixes->n)
        return 0;
    const entry_fixes *fx = c->fixes;
    size_t p = fl_claims_para_at(c->d, c->t[q->tok].start);
    uint16_t e = p < c->d->npara ? (c->d->paras[p].stamp ? c->d->paras[p].stamp : c->d->paras[p].entry) : 0;
    for (size_t i = 0; i < fx->n; i++) {
        if (fx->value[i] != q->value)
            continue;
        if (fx->stamp[i] ? fx->stamp[i] == e
                         : q->end <= fx->before[i] && fx->kind[i] == q->kind && strcmp(fx->dim[i], q->dim) == 0)
            return 1;
    }
    return 0;
}

/* Is the number that starts at byte start of sentence c one a later correction withdraws (fixed_entry): "Kieran
 * Reilly, 44," before "Correction: an earlier update gave Kieran Reilly's age as 44. He is 47."? For the figures
 * another reader claims (extract/ages.c), whose quantity is found by its byte. */
int fl_claims_withdrawn_at(const sctx *c, const fl_facts *f, size_t s, size_t start)
{
    for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
        if (f->qty[qi].start <= start && start < f->qty[qi].end)
            return fixed_entry(c, &f->qty[qi]);
    return 0;
}

/* Does the clause [c->ca, c->cb) of figure q (with the words before it back to a punctuation mark: "Initial
 * reports on Tuesday put ...") present it as a figure that was later replaced: an earlier report of
 * it ("initial reports put the toll at six", "at first") or a revision after it ("six, a figure that was later
 * revised")? A figure after a revision ("has since risen to 11") is the new one, never superseded. A superseded
 * figure is no conflict with the later one: it gets no key and is not compared by its clause's words. */
static int superseded(const sctx *c, const fl_qty *q)
{
    return fl_claims_superseded_in(c, c->ca, c->cb, q->tok) || fixed_entry(c, q);
}

/* A sentence without figures may still name what the next ones are about ("Halvard Pumps expanded its
 * plant. The company produced ..."): a name that opens the sentence, and is no entity, is the last named
 * subject. */
static void sentence_subject(const sctx *c, discourse *dc, uint32_t para)
{
    size_t used, j = c->a;
    new_paragraph(dc, para);
    if (c->a >= c->b || fl_phrases_at(&c->k->aliases, c->text, c->t, c->b, c->a, &used) >= 0 || !name_start(c, c->a))
        return;
    j++;
    while (j < c->b && fl_claims_name_word(c, j))
        j++;
    if (j == c->a || fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, j, &used) >= 0)
        return;
    free(dc->last_name);
    dc->last_name = subject_phrase(c, c->a, j - c->a);
    dc->last_kind = name_kind(c, c->a, j);
    dc->last_person = titled(c, c->a);
    free(dc->para_name);
    dc->para_name = fl_xstrdup(dc->last_name);
}

/* Why a claim has no key, for --dump-claims (static text). */
static const char *why_unkeyed(const fl_claim *cl, const fl_knowledge *k, int change_part)
{
    if (change_part == 3)
        return "adds to or updates a count the document stated before (\"a further 6\", or as of another day)";
    if (change_part == 4)
        return "a part of an amount before it (\"revenue of £248.6m included £9.1m from new sites\"), not a level";
    if (change_part == 2)
        return "the whole of a part (\"34 of the 71 seats\"), not a level of the subject";
    if (change_part == 5)
        return "a normal it is compared with (\"Snowfall: 42 cm (average 57 cm)\"), not a level";
    if (change_part)
        return "a change or its old value, not a level";
    if (cl->family < 0)
        return "no attribute: no trigger word of a family that admits its unit";
    fl_direction dir = k->metrics[cl->family].direction;
    if (dir == FL_DIR_NONE && cl->src < 0 && !cl->subject && !cl->subject_doc)
        return "no subject";
    if (dir != FL_DIR_NONE && (cl->src < 0 || cl->dst < 0))
        return "parties incomplete";
    if (cl->year <= 0)
        return "no period: compared only within its document";
    return "";
}

/* An item given as a plural ("soybeans") is stored in the singular, as a modifier gives it ("soybean
 * shipments"): its last word by fl_noun_singular, in place (a singular is never longer than its plural here). */
static void singular_item(const fl_rules *r, char *item)
{
    char one[160];
    size_t len = strlen(item);
    fl_noun_singular(r, item, len, one, sizeof one);
    if (one[0] && strlen(one) <= len)
        memcpy(item, one, strlen(one) + 1);
}

enum { MAX_CONTRASTS = 32 };

/* Does the document name the contrast the predicates.json lexicon `contrasted-members` gives a class member
 * ("departure=arrival": a word of the contrast, or it with an -s)? Bit i of the result for the lexicon's item i,
 * read once for the document. */
static uint32_t doc_contrasts(const fl_doc *d, const fl_rules *r, const fl_facts *f)
{
    const fl_lexicon *lex = fl_rules_lexicon(r, "contrasted-members");
    size_t n = lex ? fl_lexicon_size(lex) : 0;
    uint32_t seen = 0;
    for (size_t i = 0; i < n && i < MAX_CONTRASTS; i++) {
        const char *item = fl_lexicon_item(lex, i), *eq = strchr(item, '=');
        size_t len = eq ? fl_lexicon_item_len(lex, i) - (size_t)(eq + 1 - item) : 0;
        for (size_t t = 0; len && t < f->ntok && !(seen >> i & 1u); t++) {
            size_t tl = f->tok[t].end - f->tok[t].start;
            const char *w = d->text + f->tok[t].start;
            if ((tl == len || (tl == len + 1 && (w[len] == 's' || w[len] == 'S'))) && strncasecmp(w, eq + 1, len) == 0)
                seen |= 1u << i;
        }
    }
    return seen;
}

/* Is the class member noun one that the document contrasts with another of its class's things (bit set in
 * contrasts for a `contrasted-members` item "noun=contrast": "departures" where arrivals are counted too are a
 * part of the flights, not another name for them)? */
static int contrasted_member(const sctx *c, const char *noun)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "contrasted-members");
    size_t n = lex ? fl_lexicon_size(lex) : 0, len = strlen(noun);
    for (size_t i = 0; i < n && i < MAX_CONTRASTS; i++) {
        const char *item = fl_lexicon_item(lex, i);
        if ((c->contrasts >> i & 1u) && strncasecmp(item, noun, len) == 0 && item[len] == '=')
            return 1;
    }
    return 0;
}

/* An act's item whose counted noun no unit names ("ashore:box", from "17 boxes that have washed up") takes
 * the noun's class in rules/predicates.json "item_classes" ("ashore:container"), as a unit's id does, unless
 * the document contrasts the noun with another of the class (contrasted_member). */
static void counted_class(const sctx *c, fl_claim *cl)
{
    const fl_knowledge *k = c->k;
    const char *colon = strchr(cl->item, ':');
    if (!colon || strchr(colon, ' '))
        return;
    int ic = fl_phrases_word(&k->item_class_of, colon + 1, strlen(colon + 1));
    if (ic < 0 || strcmp(k->item_classes[ic], colon + 1) == 0 || contrasted_member(c, colon + 1))
        return;
    fl_buf b = {0};
    fl_buf_put(&b, cl->item, (size_t)(colon + 1 - cl->item));
    fl_buf_puts(&b, k->item_classes[ic]);
    free(cl->item);
    cl->item = fl_buf_take(&b);
}

/* The noun-compound modifier of the trigger at tok, as the item measured: "soybean shipments", "copper
 * output". One lower-case word right before the trigger (a noun), in the clause, that is no determiner,
 * preposition, entity or word of the claim model's non-items ("annual", "total"); NULL when there is none. */
static char *modifier_item(const sctx *c, const mention *m, size_t nm, size_t tok)
{
    size_t used;
    if (tok == 0 || tok - 1 < c->ca || tok - 1 < c->a)
        return NULL;
    size_t i = tok - 1;
    const char *w = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    if (c->t[i].kind != FL_TOK_WORD || len < 3 || in_mention(m, nm, i))
        return NULL;
    for (size_t x = 0; x < len; x++)
        if (!(w[x] >= 'a' && w[x] <= 'z'))
            return NULL;
    if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0 || fl_claims_prep_role(c, i) >= 0 ||
        fl_phrases_at(&c->k->non_items, c->text, c->t, c->b, i, &used) >= 0 ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) >= 0)
        return NULL;
    const fl_parse *p = fl_claims_parse_of(c);
    if (p && i >= c->a && p->tags[i - c->a] != FL_TAG_NOUN && p->tags[i - c->a] != FL_TAG_ADJ)
        return NULL; /* "will cost", "was paid": a verb is no modifier */
    if (p && tok < c->b && p->tags[tok - c->a] != FL_TAG_NOUN)
        return NULL; /* "The company spent": the subject of a verb trigger modifies nothing */
    char *item = fl_xmalloc(len + 1);
    memcpy(item, w, len);
    item[len] = '\0';
    return item;
}

/* The scope of a figure whose family needs one (a distance is from somewhere): the words after it in its
 * clause (after a restatement in brackets), up to a boundary, a preposition after the place's name or five
 * words, determiners and a place's descriptor ("the town of") dropped: "north of santa rosa", "off aden".
 * Returns NULL when there are none. */
static int place_name_ahead(const sctx *c, size_t i, size_t cb);

static int is_verb_tag(int t);
static char *scope_after(const sctx *c, const fl_qty *q, size_t cb)
{
    fl_buf b = {0};
    size_t used, words = 0, i = q->tok_end;
    /* a restatement in brackets right after the figure ("about 12 kilometers (7 miles) northeast of Castel
     * Ardo"): the scope follows it */
    if (i + 2 < c->b && c->text[c->t[i].start] == '(' && c->t[i + 1].kind == FL_TOK_NUM) {
        size_t j = i + 2;
        while (j < c->b && j < i + 6 && c->text[c->t[j].start] != ')')
            j++;
        if (j < c->b && c->text[c->t[j].start] == ')') {
            i = j + 1;
            cb = c->b;
        }
    }
    /* a place's descriptor between the preposition and its name is left out ("north-east of the town of Castel
     * Ardo" is "northeast of castel ardo"); hyphens inside a word too ("north-east") */
    /* which way and the place's preposition are left out ("4 miles north-east of X", "15 km from X" and "about 3
     * miles southwest of X" are all "x"): outlets name the bearing each in their own way, and one subject is
     * at one place */
    const fl_lexicon *compass = fl_rules_lexicon(c->r, "compass-points");
    const fl_parse *p = fl_claims_parse_of(c);
    int prep = 0, named = 0, head = 0, coord = 0;
    size_t conj_at = SIZE_MAX; /* where the place's words stood before a coordinator that is its last word */
    for (; i < cb && words < 5; i++) {
        if (c->t[i].kind != FL_TOK_WORD)
            break;
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0)
            continue;
        int capital = c->text[c->t[i].start] >= 'A' && c->text[c->t[i].start] <= 'Z';
        int tag = p && i >= c->a && i < c->b ? p->tags[i - c->a] : -1;
        coord |= tag == FL_TAG_CONJ;
        if (head && !capital && tag >= 0 && tag != FL_TAG_NOUN && tag != FL_TAG_PROPN && (!coord || is_verb_tag(tag)))
            break; /* the place's noun ends it: "off the coast when her beacon went off", "... Head late last
                    * night" (after a coordinator it reads on, as above, up to a verb: "from the car park and was
                    * found by a drone" is from the car park) */
        if (named && !capital && fl_claims_prep_role(c, i) >= 0)
            break; /* the name ends the place: "north of Santa Rosa in the Geysers area" (a coordinator may
                    * join another place to it: "west of Cobb and seven miles from ..." reads on) */
        if (prep && !capital && !named && place_name_ahead(c, i, cb))
            continue;
        if (!prep && compass && fl_lexicon_has_token(compass, c->text, &c->t[i], 1))
            continue;
        named |= prep && capital;
        if (!prep && fl_claims_prep_role(c, i) >= 0) {
            prep = 1;
            continue;
        }
        head |= prep && (tag == FL_TAG_NOUN || tag == FL_TAG_PROPN);
        conj_at = tag == FL_TAG_CONJ ? b.len : SIZE_MAX;
        if (b.len)
            fl_buf_putc(&b, ' ');
        for (size_t x = c->t[i].start; x < c->t[i].end; x++)
            if (c->text[x] != '-')
                fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)c->text[x]));
        words++;
    }
    if (conj_at != SIZE_MAX && b.ptr)
        b.ptr[b.len = conj_at] = '\0'; /* "from the car park and was found": a coordinator that joins no place */
    if (!b.len) {
        fl_buf_free(&b);
        return NULL;
    }
    return fl_buf_take(&b);
}

/* The scope of a distance that says how far its clause's subject reached, no place it is from: the figure, in the
 * clause whose verb is before it and of the "reach-verbs" lexicon (rules/units.json: "hear", "feel"), right
 * before a word of the "reach-ends" lexicon, "away" ("The blast was heard 12 miles away", "could be felt up to
 * 5 km away"): "(reach: hear)", the verb's lemma, since how far a bang was heard and how far it was felt
 * differ. NULL none: "Help came from 30 miles away". */
static char *scope_reach(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t i = q->tok_end;
    if (i + 2 < c->b && c->text[c->t[i].start] == '(' && c->t[i + 1].kind == FL_TOK_NUM)
        for (size_t j = i + 2; j < c->b && j < i + 6; j++)
            if (c->text[c->t[j].start] == ')') {
                i = j + 1; /* "12 miles (19km) away" */
                break;
            }
    if (!p || i >= c->b || c->t[i].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(fl_rules_lexicon(c->r, "reach-ends"), c->text, &c->t[i], 1))
        return NULL;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? fl_parse_verb(p, cl) : -1;
    size_t v = vg >= 0 ? c->a + p->vgs[vg].head : SIZE_MAX;
    if (v >= qty_first(c, q))
        return NULL;
    char lemma[FL_LEMMA_MAX], part[16];
    fl_claims_verb_lemma(c, v, lemma, sizeof lemma, part, sizeof part);
    if (!lemma[0] || (part[0] && c->a + p->vgs[vg].end <= qty_first(c, q)) || /* "felt up to 5 km": the figure's */
        !fl_lexicon_has(fl_rules_lexicon(c->r, "reach-verbs"), lemma, strlen(lemma), 1))
        return NULL;
    for (size_t x = v + 1; x < qty_first(c, q); x++)
        if (c->t[x].kind != FL_TOK_WORD || p->clause_of[x - c->a] != cl || fl_claims_prep_role(c, x) >= 0)
            return NULL; /* "was seen in the town 3 miles away": the figure is where the town is */
    fl_buf b = {0};
    fl_buf_printf(&b, "(reach: %s)", lemma);
    return fl_buf_take(&b);
}

/* Does a capitalised word (a place's name) follow token i within a few words of the clause [.., cb), the words
 * between a descriptor of it ("the town of Castel Ardo", units.json "place-descriptor-links") or a place it lies at,
 * the name right after the preposition ("the bridge at Darton", "place-name-links": the town tells two bridges
 * apart)? Another preposition before the name ends the place at i: "from the campsite by volunteer Gwen Attley" is
 * from the campsite, "from the main stage at the Hallam Park Festival" from the main stage. */
static int place_name_ahead(const sctx *c, size_t i, size_t cb)
{
    const fl_lexicon *of = fl_rules_lexicon(c->r, "place-descriptor-links"),
                     *links = fl_rules_lexicon(c->r, "place-name-links");
    for (size_t j = i + 1; j < cb && j < i + 4 && c->t[j].kind == FL_TOK_WORD; j++) {
        if (c->text[c->t[j].start] >= 'A' && c->text[c->t[j].start] <= 'Z')
            return 1;
        if (fl_claims_prep_role(c, j) < 0)
            continue;
        if (of && fl_lexicon_has_token(of, c->text, &c->t[j], 1))
            continue;
        if (!(links && fl_lexicon_has_token(links, c->text, &c->t[j], 1) && j + 1 < cb &&
              c->t[j + 1].kind == FL_TOK_WORD && c->text[c->t[j + 1].start] >= 'A' &&
              c->text[c->t[j + 1].start] <= 'Z'))
            return 0;
    }
    return 0;
}

/* Is the word at i an event noun's mention that names the story's event: not a month ("5 March" is not a
 * march) and not a time of reference after an anchor ("its busiest year since the pandemic")? The noun's
 * class, or -1. */
static int event_mention(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, size_t i)
{
    size_t used;
    if (f->tok[i].kind != FL_TOK_WORD)
        return -1;
    int ev = fl_phrases_at(&k->event_nouns, d->text, f->tok, f->ntok, i, &used);
    if (ev < 0 || (size_t)ev >= k->nevent_classes)
        return -1;
    if (d->text[f->tok[i].start] >= 'A' && d->text[f->tok[i].start] <= 'Z' &&
        fl_phrases_at(&k->months, d->text, f->tok, f->ntok, i, &used) >= 0)
        return -1;
    if (fl_phrases_at(&k->not_events, d->text, f->tok, f->ntok, i, &used) >= 0)
        return -1; /* "Fire commander Ana Ruiz", "fire crews": responders, not the story's fire */
    if (i > 0 && f->tok[i - 1].kind == FL_TOK_WORD &&
        fl_phrases_at(&k->not_events, d->text, f->tok, f->ntok, i - 1, &used) >= 0 && used >= 2)
        return -1; /* "ran riot": a figure of speech the noun ends */
    size_t j = i;
    while (j > 0 && f->tok[j - 1].kind == FL_TOK_WORD &&
           fl_phrases_at(&k->determiners, d->text, f->tok, f->ntok, j - 1, &used) >= 0)
        j--;
    if (j > 0 && fl_phrases_at(&k->event_anchors, d->text, f->tok, f->ntok, j - 1, &used) >= 0)
        return -1;
    return ev;
}

/* How many words the event noun at i spans ("flash flood": two). */
static size_t mention_words(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, size_t i)
{
    size_t used = 1;
    fl_phrases_at(&k->event_nouns, d->text, f->tok, f->ntok, i, &used);
    return used;
}

/* How many words on each side of an event noun compound_noun tags with it: enough for the tagger to read the
 * phrase and the verb after it ("the outage cut 120 trains"). */
enum { COMPOUND_WINDOW = 24 };

/* Does the event noun at i (used words) modify the noun right after it, the two one noun phrase ("the island's
 * demonstration site", "on the flood tide", "the crash investigators"): the phrase names another thing, no event
 * of the story. A day or month after it ("the fire Tuesday") is a time, not a head. Tags a window of sentence s. */
static int compound_noun(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, size_t s,
                         size_t i, size_t used)
{
    const fl_syntax *sx = fl_rules_syntax(r);
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], u, n = i + used;
    if (!sx || n >= b || f->tok[n].kind != FL_TOK_WORD ||
        fl_phrases_at(&k->weekdays, d->text, f->tok, f->ntok, n, &u) >= 0 ||
        fl_phrases_at(&k->months, d->text, f->tok, f->ntok, n, &u) >= 0)
        return 0;
    if (i - a > COMPOUND_WINDOW)
        a = i - COMPOUND_WINDOW;
    fl_str words[2 * COMPOUND_WINDOW + 8];
    uint8_t tags[2 * COMPOUND_WINDOW + 8];
    size_t e = n + COMPOUND_WINDOW < b ? n + COMPOUND_WINDOW : b;
    if (e - a > sizeof tags)
        return 0;
    fl_syntax_words(d->text, f->tok + a, e - a, words);
    fl_syntax_tag(sx, words, e - a, tags);
    return tags[n - 1 - a] == FL_TAG_NOUN && (tags[n - a] == FL_TAG_NOUN || tags[n - a] == FL_TAG_PROPN);
}

/* Does sentence s state a year that is not the document's ("the 2024 storm", "storms killed two hikers in 2024"):
 * an event it names is an earlier one, not the story's? Only with a document date that is no guess. */
static int other_year(const fl_facts *f, size_t s)
{
    if (!f->date.year || f->date.source == FL_DATE_INFERRED || f->date.source == FL_DATE_NONE)
        return 0;
    for (size_t n = f->sent_num[s]; n < f->sent_num[s + 1]; n++)
        if (f->num[n].nonclaim == FL_NC_YEAR && f->num[n].year != f->date.year)
            return 1;
    return 0;
}

/* The index in [from, to) of the largest count, the first named on a tie; -1 when all are 0. */
static int most_named(const size_t *count, const size_t *first, size_t from, size_t to)
{
    int best = -1;
    for (size_t e = from; e < to; e++)
        if (count[e] && (best < 0 || count[e] > count[best] || (count[e] == count[best] && first[e] < first[best])))
            best = (int)e;
    return best;
}

/* Does the event noun at i refer back to an event the reader knows: a referent word before it ("news of the
 * accident", "the fatal crash"; rules/subjects.json "event-referents"), at most two lower-case words between
 * (not "the 2019 raid": a year names another)? */
static int event_referred(const fl_doc *d, const fl_rules *r, const fl_facts *f, size_t i)
{
    const fl_lexicon *refs = fl_rules_lexicon(r, "event-referents");
    for (size_t j = i, n = 0; refs && j > 0 && n <= 2; j--, n++) {
        const fl_token *t = &f->tok[j - 1];
        if (t->kind != FL_TOK_WORD)
            return 0;
        if (fl_lexicon_has_token(refs, d->text, t, 1))
            return 1;
        if (!(d->text[t->start] >= 'a' && d->text[t->start] <= 'z'))
            return 0;
    }
    return 0;
}

/* Is event class e one of the fallback classes (claim_model.fallback_events: an evacuation), the document's own
 * event only when it names no other? */
int fl_claims_fallback_event(const fl_knowledge *k, int e)
{
    for (size_t i = 0; e >= 0 && i < k->nfallback_events; i++)
        if (strcmp(k->fallback_events[i], k->event_classes[e]) == 0)
            return 1;
    return 0;
}

/* The event class the counts of document_event name, or -1: the most named, where a class named once only, not
 * in the lede (the title and its first LEDE_WORDS words) and not referred back to (event_referred) counts for
 * nothing: "winter storms" once in a background sentence of a report on an outbreak names no event of the
 * story, "news of the accident" does. A fallback class (fallback_event) only when no other class is named. */
static int lede_event(const fl_knowledge *k, size_t *count, const size_t *first, const int *referred, size_t nclass,
                      size_t lede)
{
    size_t *other = fl_xmalloc(nclass * sizeof *other);
    for (size_t e = 0; e < nclass; e++) {
        if (count[e] == 1 && first[e] >= lede && !referred[e])
            count[e] = 0;
        other[e] = fl_claims_fallback_event(k, (int)e) ? 0 : count[e];
    }
    int best = most_named(other, first, 0, nclass);
    free(other);
    return best >= 0 ? best : most_named(count, first, 0, nclass);
}

/* Is event class e a consequence of another event of a story (claim_model.consequence_events: "the hotel shut
 * its doors" after an outbreak), which times itself but is never the document's own event? */
int fl_claims_consequence_event(const fl_knowledge *k, int e)
{
    for (size_t i = 0; e >= 0 && i < k->nconsequence_events; i++)
        if (strcmp(k->consequence_events[i], k->event_classes[e]) == 0)
            return 1;
    return 0;
}

/* The event the document is about, or -1: the event class whose nouns the document names most often (its
 * title included; the first named wins a tie), a mention after an anchor ("its busiest year since the
 * pandemic"), in a sentence of another year (other_year) or inside a quote (the speaker's word: "like a panic
 * attack") not counted: one stray word ("March" in a dateline, a "rally" in passing) does not outweigh the
 * story's own event. With no event noun, the first event verb of the lede (the title and first LEDE_WORDS words) that
 * names its class ("a goods train derailed"; not a general one, "it happened", which names none): a story names its
 * event at once, and a verb further down ("an earlier attempt collapsed") makes no event of a briefing, whose figures
 * then fall back to the document's topic. A consequence of another event (consequence_event: a closure) is
 * never the document's event, by noun or by verb. */
/* The event nouns of a document, by class: how many, the first's token and whether it refers back
 * (event_referred). */
typedef struct {
    size_t *count, *first;
    int *referred;
} mentions;

static void mentions_init(mentions *m, size_t nclass)
{
    m->count = fl_xcalloc(nclass, sizeof *m->count);
    m->first = fl_xcalloc(nclass, sizeof *m->first);
    m->referred = fl_xcalloc(nclass, sizeof *m->referred);
}

static void mentions_free(mentions *m)
{
    free(m->count);
    free(m->first);
    free(m->referred);
}

/* Counts the document's event nouns that name an event (event_mention): a noun inside a quote ("It was like a
 * panic attack") is the speaker's word, not the report's event, and one that modifies the noun after it
 * (compound_noun: "the demonstration site", "on the flood tide", "a storm surge") is counted apart, in mods. */
static void count_mentions(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f,
                           mentions *heads, mentions *mods)
{
    for (size_t i = 0, s = 0; i < f->ntok; i++) {
        while (s + 1 < d->nsent && f->sent_tok[s + 1] <= i)
            s++;
        int ev = event_mention(d, k, f, i);
        if (ev < 0 || fl_claims_consequence_event(k, ev) || other_year(f, s) || fl_doc_in_quote(d, f->tok[i].start) ||
            fl_claims_habitual_event(d, r, k, f, s, i))
            continue;
        mentions *m = compound_noun(d, r, k, f, s, i, mention_words(d, k, f, i)) ? mods : heads;
        if (m->count[ev]++ == 0) {
            m->first[ev] = i;
            m->referred[ev] = event_referred(d, r, f, i);
        }
    }
}

int fl_claims_document_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f)
{
    size_t used, nclass = k->nevent_classes, words = 0, lede = f->ntok;
    if (!nclass)
        return -1;
    for (size_t i = 0; i < f->ntok && lede == f->ntok; i++)
        if (f->tok[i].kind == FL_TOK_WORD && ++words > LEDE_WORDS)
            lede = i;
    mentions heads, mods;
    mentions_init(&heads, nclass);
    mentions_init(&mods, nclass);
    count_mentions(d, r, k, f, &heads, &mods);
    int best = lede_event(k, heads.count, heads.first, heads.referred, nclass, lede), fallback = -1;
    if (best < 0 ||
        fl_claims_fallback_event(k, best)) { /* a modifier only with no event noun of its own ("storm surge") */
        int mod = lede_event(k, mods.count, mods.first, mods.referred, nclass, lede);
        best = mod >= 0 && !fl_claims_fallback_event(k, mod) ? mod : best;
    }
    size_t tv = f->ntok; /* a verb whose class its subject tells ("the baggage system crashed": an outage) */
    int tverb = best < 0 || fl_claims_fallback_event(k, best) ? fl_claims_lede_thing_event(d, r, k, f, lede, &tv) : -1;
    for (size_t i = 0, s = 0; (best < 0 || fl_claims_fallback_event(k, best)) && i < lede; i++) {
        while (s + 1 < d->nsent && f->sent_tok[s + 1] <= i)
            s++;
        int verb = i == tv                         ? tverb
                   : f->tok[i].kind == FL_TOK_WORD ? fl_event_verb_at(k, d->text, f->tok, f->ntok, i, &used)
                                                   : -1;
        if (verb >= 0 && fl_claims_habitual_event(d, r, k, f, s, i))
            continue; /* "the crew capsized twice": a repeat, no event of the document's own */
        for (size_t e = 0; verb >= 0 && e < nclass; e++)
            if (strcmp(k->event_classes[e], k->verb_classes[verb]) == 0 && !fl_claims_consequence_event(k, (int)e)) {
                if (!fl_claims_fallback_event(k, (int)e))
                    best = (int)e; /* another class's verb in the lede outweighs a fallback class's noun */
                else if (fallback < 0)
                    fallback = (int)e;
                break;
            }
    }
    if (best < 0 || fl_claims_fallback_event(k, best)) {
        int intr =
            fl_claims_lede_intransitive(d, r, k, f, lede); /* "the wheel stopped turning": the lede's event too */
        best = intr >= 0 && !fl_claims_fallback_event(k, intr) ? intr : best;
    }
    if (best < 0)
        best = fallback;
    mentions_free(&heads);
    mentions_free(&mods);
    return best;
}

/* An event's figure with no stated period is as of the document's month (the news of the event); so is an
 * estimate (a forecast) of what a thing of the story will cost when estimate is set ("Repairs would cost
 * £2.3m": the estimate of the document's day; it stays apart from an actual cost by its modality), when the
 * document's date is known and not inferred, or when a wire dateline gives its day without a year (year 0: the
 * join gives it the year of a dated report of the same event within a few days). */
static void event_period(fl_claim *cl, const fl_date *date, int estimate)
{
    int known = date->month && date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE;
    if (cl->modality != FL_MOD_ACTUAL && !(estimate && cl->modality == FL_MOD_FORECAST))
        return;
    if (!known && !date->wire_month) { /* an undated report: of the story's date, which the join finds */
        cl->period_how = 5;
        return;
    }
    if (!known) { /* a wire dateline's day without its year: the month, its year left to the join */
        cl->year = 0;
        cl->month = date->wire_month;
        cl->period_how = 4;
        return;
    }
    cl->year = date->year;
    cl->month = date->month;
    cl->period_how = 4;
}

/* ---- acts: what was done to what a figure counts ---- */

/* Is fam the family of act-keyed counts, or of the running counts that open predicates key
 * (rules/predicates.json "running": "ill", "missing")? Both are found and keyed as acts. */
static int act_like(const fl_knowledge *k, int fam)
{
    if (fam < 0)
        return 0;
    if (fam == k->act_family)
        return 1;
    for (size_t i = 0; i < k->nrunning_families; i++)
        if (strcmp(k->metrics[fam].id, k->running_families[i]) == 0)
            return 1;
    return 0;
}

/* The family of a claim keyed by the predicate class cls: a running count's (cumulative: compared across
 * documents only of one day, a later larger figure an update when stated as open) or act_family. */
static int act_family_of(const fl_knowledge *k, const char *cls)
{
    int r = fl_phrases_word(&k->running_preds, cls, strlen(cls));
    for (size_t m = 0; r >= 0 && m < k->nmetrics; m++)
        if (strcmp(k->metrics[m].id, k->running_families[r]) == 0)
            return (int)m;
    return k->act_family;
}

/* The first token of q, its qualifier included ("more than 600"). */
static size_t qty_first(const sctx *c, const fl_qty *q)
{
    size_t p = q->tok;
    while (p > c->a && c->t[p - 1].start >= q->qstart)
        p--;
    return p;
}

/* ---- label lines: "Wool collected: 11.9 million kg" ----
 * Bulletins and results releases state figures in verbless lines: a label, a colon, the figure. The label is a
 * noun phrase that says what is measured, often ending in the participle of an act ("Potholes repaired",
 * "Rounds played, 2025-26"). Such a line means what the passive "11.9 million kg of wool were collected" means:
 * the act of the participle, done to the label's noun, which the figure counts or measures. */
static int verb_class(const sctx *c, size_t v, size_t part, char *lemma, size_t cap);
static int linking_object(const sctx *c, const char *lemma);

struct label {
    size_t from, to; /* the label's words, before its colon (none in a verbless list) */
    size_t head;     /* the label's last noun */
    size_t act;      /* the participle's token */
    int cls;         /* its act class (claim_model "acts"), or -1 */
    char pred[48];   /* else its predicate (open_predicate's: a class of rules/predicates.json or the lemma) */
};

enum { LABEL_WORDS = 6, LABEL_SPAN = 14 }; /* the words of a label at most; with its participle's adjuncts */

/* Is token i the punctuation character ch? */
static int punct_is(const sctx *c, size_t i, char ch)
{
    return c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ch;
}

/* Is token i a word of a label's bracketed period: a month, a weekday or a unit of time, or a word of the
 * label-period-words lexicon of rules/segmentation.json ("end", "of", "to")? */
static int label_period_word(const sctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_WORD &&
           (fl_claims_time_phrase(c, i) ||
            fl_lexicon_has_token(fl_rules_lexicon(c->r, "label-period-words"), c->text, &c->t[i], 1));
}

/* Are tokens [a, e), a bracket's inside, a period alone: years, months, day numbers, time words and their joiners
 * ("2025", "2025-26", "year to March 2026"), a four-digit year among them? A month alone ("(March)", "(end of
 * February)") is none: no period of the figure's is read from it, which would then be the document's date. */
static int bracket_period(const sctx *c, size_t a, size_t e)
{
    size_t used;
    int dated = 0;
    for (size_t i = a; i < e; i++) {
        if (c->t[i].kind == FL_TOK_NUM) {
            size_t n = c->t[i].end - c->t[i].start;
            int year = n == 4, split = n == 2 && i > a && (punct_is(c, i - 1, '-') || punct_is(c, i - 1, '/'));
            int day = n <= 2 && ((i + 1 < e && fl_phrases_at(&c->k->months, c->text, c->t, c->b, i + 1, &used) >= 0) ||
                                 (i > a && fl_phrases_at(&c->k->months, c->text, c->t, c->b, i - 1, &used) >= 0));
            if (!year && !split && !day)
                return 0;
            dated |= year;
        } else if (!label_period_word(c, i) && !punct_is(c, i, '-') && !punct_is(c, i, '/') && !punct_is(c, i, ','))
            return 0;
    }
    return dated;
}

/* Are tokens [a, e), a bracket's inside, the classes a count takes in: a plural word of the label-class-ranges
 * lexicon, then numbers or capital letters joined by hyphens, commas, the word of FL_ROLE_TO ("to") or a coordinator
 * (claims.json "coordinators": "and") ("categories 1-3", "bands A to C")? A single class ("category 2") is a part of
 * the count, and no range. */
static int bracket_classes(const sctx *c, size_t a, size_t e)
{
    if (e < a + 2 || c->t[a].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(fl_rules_lexicon(c->r, "label-class-ranges"), c->text, &c->t[a], 1))
        return 0;
    int marks = 0;
    size_t used;
    for (size_t i = a + 1; i < e; i++) {
        const fl_token *t = &c->t[i];
        size_t n = t->end - t->start;
        const char *w = c->text + t->start;
        if (t->kind == FL_TOK_NUM || (t->kind == FL_TOK_WORD && n == 1 && w[0] >= 'A' && w[0] <= 'Z'))
            marks++;
        else if (!punct_is(c, i, '-') && !punct_is(c, i, ',') &&
                 !(t->kind == FL_TOK_WORD &&
                   (fl_claims_role(c, i, FL_ROLE_TO) ||
                    (fl_phrases_at(&c->k->coordinators, c->text, c->t, e, i, &used) >= 0 && used == 1))))
            return 0;
    }
    return marks >= 1;
}

/* The opening bracket of a label's own qualifier right before the colon at token colon, when it names no part of
 * what the label's words name: the period the figure covers ("A&E attendances (March)", "Waiting list (end of
 * February)": bracket_period) or the classes a count takes in by a range ("Pollution incidents (categories 1-3)":
 * bracket_classes), as a key-figures list defines a measure the text states plain. SIZE_MAX when there is none: a
 * bracket of a part, a subgroup or another event ("Staff (full-time)", "Incidents (category 2)", "Sheep lost (2019
 * fire)") leaves the label as it was. */
static size_t label_bracket(const sctx *c, size_t colon)
{
    if (colon < c->a + 3 || !punct_is(c, colon - 1, ')'))
        return SIZE_MAX;
    size_t o = colon - 2;
    while (o > c->a && !punct_is(c, o, '(') && !punct_is(c, o, ')') && colon - 2 - o < LABEL_WORDS)
        o--;
    if (o <= c->a || o + 1 >= colon - 1 || !punct_is(c, o, '('))
        return SIZE_MAX;
    return bracket_period(c, o + 1, colon - 1) || bracket_classes(c, o + 1, colon - 1) ? o : SIZE_MAX;
}

/* Where a label's words end before the colon at token colon: before ", 2025-26" (the period of the figure, a
 * comma and only numbers, hyphens and slashes) when there is one, or before the label's own bracket (label_bracket:
 * "(March)", "(categories 1-3)"), else at the colon. */
static size_t label_end(const sctx *c, size_t colon)
{
    size_t e = colon, o = label_bracket(c, colon);
    if (o != SIZE_MAX)
        return o;
    while (e > c->a && (c->t[e - 1].kind == FL_TOK_NUM || punct_is(c, e - 1, '-') || punct_is(c, e - 1, '/')))
        e--;
    return e < colon && e > c->a && (punct_is(c, e - 1, ',') || fl_claims_prep_role(c, e - 1) >= 0) ? e - 1 : colon;
}

/* Does token i open a clause about a part of the figure before its comma ("71, of whom 3 admitted to hospital",
 * "14, including three children": the table-subrows lexicon of rules/segmentation.json)? */
static int part_clause(const sctx *c, size_t i)
{
    return i < c->b && c->t[i].kind == FL_TOK_WORD &&
           fl_lexicon_prefix(fl_rules_lexicon(c->r, "table-subrows"), c->text + c->t[i].start,
                             c->t[c->b - 1].end - c->t[i].start);
}

/* Does the figure q end its line's statement: no finite verb after it (its own clause would say what it is:
 * "Exports: 6,200 tonnes ... went to buyers overseas"), no column bar ("52,300 | 64,100": the columns' headers
 * hold what each figure is of), bracketed asides ("(2024: 271,000)") aside, and
 * nothing after a comma that opens a clause about a part of it (part_clause)? */
static int ends_statement(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    int depth = 0;
    for (size_t i = q->tok_end; i < c->b; i++) {
        depth += punct_is(c, i, '(') - punct_is(c, i, ')');
        if (depth == 0 && i == q->tok_end && punct_is(c, i, ',') && part_clause(c, i + 1))
            return 1;
        if (depth == 0 && (punct_is(c, i, '|') || finite_tag(p->tags[i - c->a])))
            return 0;
    }
    return 1;
}

/* Is q the figure of a label line whose label ends in an act's participle (see above)? Fills *lb; 1 when so. The
 * label opens its sentence, a capitalised word first, and holds only nouns and adjectives before the participle
 * and at most LABEL_WORDS words; the figure follows the colon right away, or is the base that a bracket after it
 * gives with its own period ("Bicycles sold: 286,000 (2024: 271,000)": the 2024 figure of the same label). A headline
 * ("Trapped in the sky: 27 stuck"), a note ("Note: 12 sites were ...") or a caption ("Table 1: ...") is no such label.
 */
/* Is token i a list item's marker ("-", "*", "+" or a bullet, U+2022) at its sentence's start? */
static int bullet_marker(const sctx *c, size_t i)
{
    int mark = i == c->a ? item_mark(c->text, &c->t[i]) : 0;
    return mark == ITEM_MARK || mark == ITEM_PLUS;
}

/* Does token i open the words of a list item, right after its marker? A list item's label may start in lower
 * case ("• students treated in hospital since the outbreak began: 11"). */
static int bullet_item(const sctx *c, size_t i)
{
    return i > c->a && bullet_marker(c, i - 1);
}

/* Is token i a separator of a line's label:value pairs, ';' or ',' ("- Fatalities: 2; injuries: 17")? */
static int pair_separator(const sctx *c, size_t i)
{
    return punct_is(c, i, ';') || punct_is(c, i, ',');
}

/* Can a label start at token a: a capitalised word, or any word right after a list item's marker or after the
 * separator that ends an earlier label:value pair of its line (see fl_claims_label_start)? */
static int label_opens(const sctx *c, size_t a)
{
    return (c->text[c->t[a].start] >= 'A' && c->text[c->t[a].start] <= 'Z') || bullet_item(c, a) ||
           (a > c->a && pair_separator(c, a - 1));
}

/* The first token of a label that ends with a colon right before token e ("Deaths: 14", "- Time of collapse:
 * 04:17"): the sentence's first token, or the one after its list item's marker, where a label can start
 * (label_opens), with one to LABEL_WORDS tokens before the colon; SIZE_MAX when there is none. A line may hold
 * several label:value pairs ("- Fatalities: 2; injuries: 17, of which 3 serious"): a label may also start right
 * after a ';' or ',' that ends an earlier pair of the line (its own label, as this function has it, and its
 * figure right after its colon), a word first, each pair read as the line of its own it stands for. */
size_t fl_claims_label_start(const sctx *c, size_t e)
{
    size_t s = bullet_marker(c, c->a) ? c->a + 1 : c->a, a = e < 2 ? s : e - 2;
    if (e < s + 2 || !punct_is(c, e - 1, ':'))
        return SIZE_MAX;
    size_t o = label_bracket(c, e - 1); /* the label's own bracket is none of its words: "(categories 1-3)" */
    if (o != SIZE_MAX && o > s) {
        e = o + 1;
        a = o - 1;
    }
    while (a > s && !pair_separator(c, a - 1) && !punct_is(c, a - 1, ':'))
        a--;
    if (a > s && pair_separator(c, a - 1)) { /* a later pair: an earlier one must end at its separator */
        size_t b = a - 1, k = b;
        while (k > s && !punct_is(c, k - 1, ':'))
            k--;
        if (c->t[a].kind == FL_TOK_WORD && k > s && k < b && c->t[k].kind == FL_TOK_NUM &&
            fl_claims_label_start(c, k) != SIZE_MAX && e - 1 - a <= LABEL_WORDS)
            return a;
    }
    if (e - 1 - s > LABEL_WORDS || !label_opens(c, s))
        return SIZE_MAX;
    return s;
}

/* Is the word before the colon at token colon of a label that starts at s a label tail (the label-tails lexicon of
 * rules/segmentation.json: "Clean-up cost forecast", "Repair cost estimate", "Savings target"), a word after the
 * measure the label names that says the figure is its estimate, forecast or target? 1 when so, a word before it. */
static size_t label_tail(const sctx *c, size_t s, size_t colon)
{
    return colon >= s + 2 && c->t[colon - 1].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(fl_rules_lexicon(c->r, "label-tails"), c->text, &c->t[colon - 1], 1);
}

/* The modality a label line's label tail states ("Clean-up cost forecast: £3.4m": a forecast, as "the clean-up is
 * expected to cost £3.4m"; "Savings target: £14m": a target), or its one word ("Expected: 40,000 visitors", as
 * "40,000 visitors are expected"); FL_MOD_ACTUAL when none ("Repair cost estimate"). */
static int label_modality(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q), s = fl_claims_label_start(c, first), used;
    if (s == SIZE_MAX || !(label_tail(c, s, first - 1) || first == s + 2))
        return FL_MOD_ACTUAL;
    int mo = fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, first - 2, &used);
    return mo > FL_MOD_ACTUAL && mo != FL_MOD_CAPACITY && used == 1 && !fl_claims_role(c, first - 2, FL_ROLE_BY)
               ? mo
               : FL_MOD_ACTUAL;
}

/* Is the label's first word at i one the tagger reads as a verb's base form though a count unit names it ("Sheep
 * lost: 230", "Cattle stolen: 40": a plural no "-s" marks, which the tagger takes for an imperative before the
 * participle)? Such a word is the label's noun, as "Sheep killed" is. */
static int counted_base(const sctx *c, const fl_parse *p, size_t i)
{
    size_t used;
    int u = p->tags[i - c->a] == FL_TAG_VB ? fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used) : -1;
    return u >= 0 && used == 1 && fl_count_dimension(c->r, c->k->units[u].dimension);
}

/* Are tokens [a, e) a label's words (see label_line): a capitalised word first (any word after a list item's marker),
 * then nouns and adjectives, at most LABEL_WORDS in all, the last but one a noun and the last the participle? */
static int label_words(const sctx *c, const fl_parse *p, size_t a, size_t e)
{
    if (e < a + 2 || e - a > LABEL_WORDS || !label_opens(c, a))
        return 0;
    for (size_t i = a; i + 1 < e; i++) {
        int t = p->tags[i - c->a];
        if (c->t[i].kind != FL_TOK_WORD ||
            !(t == FL_TAG_NOUN || t == FL_TAG_ADJ || (i == a && (t == FL_TAG_PROPN || counted_base(c, p, i)))))
            return 0;
    }
    return p->tags[e - 2 - c->a] == FL_TAG_NOUN ||
           (e - 2 == a && (p->tags[a - c->a] == FL_TAG_PROPN || counted_base(c, p, a)));
}

/* Fills *lb with the label whose noun is at h and whose participle is at v: its act class, else its predicate
 * (a class of rules/predicates.json or the lemma); 0 when v is no participle or its verb says nothing of what is
 * counted (a linking or speech verb). */
static int phrase_value(const fl_phrases *p, const char *s);

static int label_predicate(const sctx *c, const fl_parse *p, size_t h, size_t v, label *lb)
{
    size_t used;
    int a = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, v, &used), t = p->tags[v - c->a];
    if (c->t[v].kind != FL_TOK_WORD || !(t == FL_TAG_VBN || t == FL_TAG_VBD || (a >= 0 && t == FL_TAG_ADJ)))
        return 0;
    lb->from = lb->to = 0;
    lb->head = h;
    lb->act = v;
    lb->cls = a >= 0 && used == 1 ? a : -1;
    lb->pred[0] = '\0';
    /* the predicate also beside an act class, for a figure the class keys no figures of ("Miners trapped: 27": held,
     * as "27 miners were trapped" is, the act confine keying time-spans only) */
    char lemma[48];
    if (t == FL_TAG_ADJ && lb->cls >= 0) /* "Hours underground": an act's word, no verb */
        return 1;
    char word[48];
    int cls = verb_class(c, v, SIZE_MAX, lemma, sizeof lemma);
    if (cls < 0 && fl_claims_lower_word(c, v, word, sizeof word))
        cls = phrase_value(&c->k->pred_words, word); /* "stuck": held, as the participle, not "stick" */
    if (cls < 0 && (!lemma[0] || linking_object(c, lemma) || speech_verb(c, v)))
        return lb->cls >= 0;
    snprintf(lb->pred, sizeof lb->pred, "%s", cls >= 0 ? c->k->pred_classes[cls] : lemma);
    return 1;
}

/* A verbless list of counts, the whole sentence items split by ';', each a participle and one number, the first
 * with the label's noun before it: "Instruments tested 312; passed 281; failed 31." (the noun left out after the
 * first). Is q the number of one of its items? Fills *lb with that item's participle and the first item's noun. */
static int label_list(const sctx *c, const fl_parse *p, const fl_qty *q, label *lb)
{
    size_t b = c->b, s = c->a, items = 0, h = SIZE_MAX, mine = SIZE_MAX;
    if (b > c->a && punct_is(c, b - 1, '.'))
        b--;
    while (s < b) {
        size_t e = s;
        while (e < b && !punct_is(c, e, ';'))
            e++;
        if (e < s + 2 || c->t[e - 1].kind != FL_TOK_NUM || (items == 0 ? !label_words(c, p, s, e - 1) : e != s + 2))
            return 0;
        if (items++ == 0)
            h = e - 3;
        if (q->tok == e - 1 && q->tok_end == e)
            mine = e - 2;
        s = e + 1;
    }
    return items >= 2 && mine != SIZE_MAX && label_predicate(c, p, h, mine, lb);
}

/* A label whose participle has adjuncts after it, up to the colon at e: "students treated in hospital since the
 * outbreak began", "MMR doses given at the pop-up clinics" (the label's words before the participle as
 * label_words has them, then a preposition, then no figure, at most LABEL_SPAN tokens in all). The participle's
 * token, or SIZE_MAX. */
static size_t label_adjuncts(const sctx *c, const fl_parse *p, size_t s, size_t e)
{
    if (e > s + LABEL_SPAN)
        return SIZE_MAX;
    for (size_t i = s; i < e; i++)
        if (c->t[i].kind == FL_TOK_NUM || c->t[i].kind == FL_TOK_ORD || punct_is(c, i, '|'))
            return SIZE_MAX;
    for (size_t v = s + 1; v + 1 < e && v < s + LABEL_WORDS; v++)
        if (p->tags[v + 1 - c->a] == FL_TAG_ADP && fl_claims_prep_role(c, v + 1) >= 0 && label_words(c, p, s, v + 1))
            return v;
    return SIZE_MAX;
}

static int label_nominals(const sctx *c, const fl_parse *p, size_t a, size_t e);

/* A label whose participle has an adverb or particle after it, up to the colon at e ("Miners trapped underground",
 * "Passengers stranded overnight"; at most two words, no figure): the participle's token, or SIZE_MAX. */
static size_t label_adverbs(const sctx *c, const fl_parse *p, size_t s, size_t e)
{
    for (size_t v = e - 1; v > s && e - v <= 3; v--) {
        int t = p->tags[v - c->a];
        if (c->t[v].kind != FL_TOK_WORD || !(t == FL_TAG_ADV || t == FL_TAG_PART || t == FL_TAG_ADJ))
            return v + 1 < e && label_words(c, p, s, v + 1) ? v : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A label whose nouns an act's or a locative predicate's whole phrase follows, up to the colon at e ("Passengers on
 * board", "Stewards on duty": as "620 stewards were on duty"; not "Fans on the pitch", whose phrase names a place).
 * Fills *lb with the act's class, or the predicate's, and the noun before it; 1 when so. */
static int label_act_phrase(const sctx *c, const fl_parse *p, size_t s, size_t e, label *lb)
{
    size_t used, pused;
    for (size_t v = s + 1; v < e && v <= s + LABEL_WORDS; v++) {
        if (p->tags[v - c->a] != FL_TAG_ADP)
            continue;
        int a = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, v, &used),
            pc = a < 0 ? fl_phrases_at(&c->k->locatives, c->text, c->t, c->b, v, &pused) : -1;
        if ((a < 0 || v + used != e) && (pc < 0 || v + pused != e))
            return 0;
        /* the label's first word as any tag when a noun follows ("Police officers": the tagger's verb) */
        size_t a0 = v - 1 > s && c->t[s].kind == FL_TOK_WORD ? s + 1 : s;
        if (!label_opens(c, s) || !label_nominals(c, p, a0, v) || !noun_tag(c, v - 1))
            return 0;
        *lb = (label){.from = s, .to = e, .head = v - 1, .act = v, .cls = a};
        if (a < 0)
            snprintf(lb->pred, sizeof lb->pred, "%s", c->k->pred_classes[pc]);
        return 1;
    }
    return 0;
}

/* A label that is a participle alone before a figure that counts its own noun ("- Closed: 23 schools", "Rescued: 86
 * people", as "23 schools were closed"; "Expected: 40,000 visitors", a forecast, see label_modality): fills *lb with
 * the participle's predicate, the participle standing for the label's noun; 1 when so. A figure with no noun
 * ("Injured: 14") or with words after it ("Trapped: 27 miners as the mine floods") is none. */
static int participle_label(const sctx *c, const fl_parse *p, const fl_qty *q, size_t s, label *lb)
{
    if (!label_opens(c, s) || q->kind != FL_QK_UNIT || !q->item[0] || !fl_count_dimension(c->r, q->dim) ||
        q->tok_end == qty_first(c, q) + 1 || !ends_statement(c, p, q) ||
        (q->tok_end < c->b && !punct_is(c, q->tok_end, '.') && !punct_is(c, q->tok_end, ',') &&
         !punct_is(c, q->tok_end, '(')) ||
        !label_predicate(c, p, s, s, lb))
        return 0;
    lb->from = s;
    lb->to = s + 1;
    return 1;
}

/* A label that is an act's participle alone, or after a word that names an amount (claim_model.measures.amount_heads:
 * "Total raised", "Amount spent"), before a figure of a measure, not a count, that stands alone after the colon
 * ("Total raised: £148,620", as "£148,620 was raised"; "Spent: £2.1m"): fills *lb with the participle's act and no
 * noun of its own, the figure measuring the act as "you raised £158,620" does; 1 when so. A label with a noun before
 * its participle ("Gravel removed") names the thing the act was done to and is label_words's. */
static int amount_label(const sctx *c, const fl_parse *p, const fl_qty *q, size_t s, size_t e, label *lb)
{
    size_t used;
    if (e > s + 2 || !(q->kind == FL_QK_UNIT || q->kind == FL_QK_MONEY) || fl_count_dimension(c->r, q->dim) ||
        !label_opens(c, s) ||
        (e == s + 2 && (fl_phrases_at(&c->k->amount_heads, c->text, c->t, c->b, s, &used) < 0 || used != 1)) ||
        (q->tok_end < c->b && !punct_is(c, q->tok_end, '.') && !punct_is(c, q->tok_end, '(')) ||
        !ends_statement(c, p, q) || !label_predicate(c, p, SIZE_MAX, e - 1, lb))
        return 0;
    lb->from = s;
    lb->to = e;
    return 1;
}

static int label_line(const sctx *c, const fl_qty *q, label *lb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), colon = c->a;
    if (!p || !c->k->nact_classes)
        return 0;
    if (first < c->a + 2 || !punct_is(c, first - 1, ':'))
        return label_list(c, p, q, lb);
    size_t s = bullet_marker(c, c->a) ? c->a + 1 : c->a, later = fl_claims_label_start(c, first);
    if (later != SIZE_MAX && later > s) { /* a later label:value pair of the line: "...; injuries: 17" */
        s = later;
        colon = first - 1;
    }
    while (colon < first - 1 && !punct_is(c, colon, ':'))
        colon++;
    if (colon < first - 1) { /* the base in brackets after the label's figure: "(2024: 271,000)" */
        size_t o = first - 1;
        while (o > colon && (c->t[o - 1].kind == FL_TOK_NUM || punct_is(c, o - 1, '-') || punct_is(c, o - 1, '/')))
            o--;
        if (o == first - 1 || !punct_is(c, o - 1, '(') || o - 1 <= colon + 1)
            return 0;
    }
    size_t e = label_end(c, colon), v = e - 1;
    if (e == s + 1 && e == colon && participle_label(c, p, q, s, lb))
        return 1;
    if (e == colon && amount_label(c, p, q, s, e, lb))
        return 1;
    if (!label_words(c, p, s, e) && (v = label_adjuncts(c, p, s, e)) == SIZE_MAX)
        v = label_adverbs(c, p, s, e);
    if (v == SIZE_MAX && ends_statement(c, p, q) && label_act_phrase(c, p, s, e, lb)) {
        lb->to = colon;
        return 1;
    }
    if (v == SIZE_MAX || !ends_statement(c, p, q) || !label_predicate(c, p, v - 1, v, lb))
        return 0;
    lb->from = s;
    lb->to = colon;
    return 1;
}

static const char *light_class(const fl_knowledge *k);

/* Is the word at token i a plural ("trips", "stations"), its singular (fl_noun_singular) another word? */
static int plural_word(const sctx *c, size_t i)
{
    char one[48];
    size_t n = c->t[i].end - c->t[i].start;
    fl_noun_singular(c->r, c->text + c->t[i].start, n, one, sizeof one);
    return one[0] && strlen(one) < n;
}

/* Is q a count of a generic kind (claim_model.generic_items: "286,000 units", "11 thermal-imaging units"), which in a
 * label line counts what the label names ("Bicycles sold: 286,000 units", as "286,000 bicycles were sold")? */
static int generic_count(const sctx *c, const fl_qty *q)
{
    size_t used, last = q->tok_end - 1;
    int u = q->kind == FL_QK_UNIT && q->tok_end > q->tok + 1 && c->t[last].kind == FL_TOK_WORD
                ? fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, last, &used)
                : -1; /* the unit its last word names, before label_count gave it the label's */
    const char *id = u >= 0 && used == 1 ? c->k->units[u].id : NULL;
    return id && fl_count_dimension(c->r, q->dim) && fl_phrases_word(&c->k->generic_items, id, strlen(id)) >= 0;
}

/* Do tokens [i, c->b) only state one time, a full stop aside: a preposition, then months, years, day numbers, time
 * words and commas, a month or a year among them ("- Raids: 14 in June 2025", "- Arrests: 3 on 20 January 2026")?
 * The figure before is then alone, of that period. A span's two ends (a coordinator: "between October 2023 and
 * December 2024"; a second preposition: "from January to June 2026"; a dash: "January-June 2026") are not: the
 * claim's period is one month or year, and the span would be keyed to its last one, of which it is no figure. */
static int period_tail(const sctx *c, size_t i)
{
    size_t used, b = c->b;
    if (b > i && punct_is(c, b - 1, '.'))
        b--;
    if (i >= b || c->t[i].kind != FL_TOK_WORD || fl_claims_prep_role(c, i) < 0)
        return 0;
    int dated = 0;
    for (size_t j = i + 1; j < b; j++) {
        const fl_token *t = &c->t[j];
        if (t->kind == FL_TOK_NUM) {
            /* a year, or a day number beside its month ("20 January"); no other figure ("3 in 2024, 5 in 2025") */
            int year = t->end - t->start == 4,
                day = t->end - t->start <= 2 &&
                      ((j + 1 < b && fl_phrases_at(&c->k->months, c->text, c->t, c->b, j + 1, &used) >= 0) ||
                       fl_phrases_at(&c->k->months, c->text, c->t, c->b, j - 1, &used) >= 0);
            if (!year && !day)
                return 0;
            dated |= year;
            continue;
        }
        if (t->kind == FL_TOK_WORD && fl_claims_time_phrase(c, j)) {
            dated |= fl_phrases_at(&c->k->months, c->text, c->t, c->b, j, &used) >= 0;
            continue;
        }
        if (punct_is(c, j, ','))
            continue;
        return 0; /* a coordinator, a second preposition or a dash: a span, or no time at all */
    }
    return dated;
}

/* A label that is the noun phrase its figure counts, with no participle ("- Trips: 1,248,600", "- Docking stations:
 * 198, each with 8 to 20 docks", as "1,248,600 trips", "198 docking stations"): a label's words as
 * fl_claims_label_start and label_nominals have them up to the label's own period (label_end: "Trips, 2025-26"; the
 * first word may be any word when a noun follows: "Docking"), the
 * last a noun in the plural or one a count unit names, none of a measure's unit ("Hours: 35") and no family's trigger
 * (measure_label: "Deaths: 14") and no modifier that makes the figure a statistic or a row of a breakdown (claim_model
 * non_items, levels.statistics: "Average weekday boardings", "All industries"); the figure a whole number, right after
 * the colon, that ends the statement (ends_statement: "(13 April 2025 to 12 April 2026)", ", of which 139 let") and has
 * no noun of its own ("Members: 1,140 farms" counts farms), as before label_count made it a count of the label's noun.
 * A singular label ("Age: 23", "Vote: 684 for") counts nothing. Fills *lb as a stock of that noun (the light class:
 * "has 198 docking stations"), the noun its head and its act; 1 when so. */
static int noun_label(const sctx *c, const fl_qty *q, label *lb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const char *light = light_class(c->k);
    size_t first = qty_first(c, q), from, to, used;
    /* bare, or the count label_count made it: the number alone, no noun of its own ("Members: 1,140 farms") */
    int alone = (generic_count(c, q) ||
                 (c->t[q->tok_end - 1].kind == FL_TOK_NUM && (q->kind == FL_QK_BARE || q->kind == FL_QK_UNIT))) &&
                (q->tok_end == c->b || c->t[q->tok_end].kind == FL_TOK_PUNCT ||
                 period_tail(c, q->tok_end)); /* not "24 to 52", "16 towers" */
    size_t s = p && light && alone && q->value == trunc(q->value) ? fl_claims_label_start(c, first) : SIZE_MAX;
    if (s == SIZE_MAX || measure_label(c, q, &from, &to) >= 0 || !ends_statement(c, p, q))
        return 0;
    size_t e = label_end(c, first - 1), h = e - 1, a0 = e - s > 1 && c->t[s].kind == FL_TOK_WORD ? s + 1 : s;
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, h, &used);
    /* a label of one word may be read as a name for its capital ("Volunteers: 680") */
    int base = h == s && counted_base(c, p, h); /* "Sheep: 1,150", the tagger's verb */
    if ((!base && !label_nominals(c, p, a0, e)) ||
        !(noun_tag(c, h) || base || (h == s && p->tags[h - c->a] == FL_TAG_PROPN)) ||
        (u >= 0 ? !fl_count_dimension(c->r, c->k->units[u].dimension) : !plural_word(c, h)))
        return 0;
    for (size_t i = s; i < h; i++)
        if (fl_phrases_at(&c->k->non_items, c->text, c->t, c->b, i, &used) >= 0 ||
            fl_phrases_at(&c->k->level_statistics, c->text, c->t, c->b, i, &used) >= 0 ||
            p->tags[i - c->a] == FL_TAG_VBN || p->tags[i - c->a] == FL_TAG_VBD)
            return 0; /* "Average weekday boardings", "All industries": a statistic or a row of a breakdown;
                       * "Registered runners": those an act picked out, a part of the whole the list may give
                       * ("Finishers: 1,183") */
    *lb = (label){.from = s, .to = e, .head = h, .act = h, .cls = -1};
    snprintf(lb->pred, sizeof lb->pred, "%s", light);
    return 1;
}

/* A one-word plural label that names the role of what its figure counts, the figure a whole number and its own
 * plural noun right after it, alone to the line's end ("- Members: 1,140 farms", as "1,140 member farms"; "Staff: 45
 * nurses"): fills *lb as a stock of the figure's noun (the light class), the label's word its head; 1 when so. Not
 * a label of a family's trigger ("Deaths: 14 people") or a period ("Members, 2025: 398"), a generic kind ("Drones:
 * 11 units", noun_label's), a noun with words before it ("16 residential towers") or after it ("186 marshals and
 * helpers gave up"), nor the label's own noun again. role_scope gives the count its scope. */
static int role_label(const sctx *c, const fl_qty *q, label *lb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const char *light = light_class(c->k);
    size_t first = qty_first(c, q), last = q->tok_end - 1, from, to, s;
    if (!p || !light || q->kind != FL_QK_UNIT || !fl_count_dimension(c->r, q->dim) || q->value != trunc(q->value) ||
        generic_count(c, q) || last <= first || last - c->a >= p->n || c->t[last].kind != FL_TOK_WORD ||
        p->tags[last - 1 - c->a] != FL_TAG_NUM || !noun_tag(c, last) || !plural_word(c, last) ||
        !(q->tok_end == c->b || c->t[q->tok_end].kind == FL_TOK_PUNCT) || !ends_statement(c, p, q) ||
        (s = fl_claims_label_start(c, first)) == SIZE_MAX || first != s + 2 || c->t[s].kind != FL_TOK_WORD ||
        measure_label(c, q, &from, &to) >= 0 || !(noun_tag(c, s) || p->tags[s - c->a] == FL_TAG_PROPN))
        return 0;
    size_t used;
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, s, &used);
    if (u >= 0 ? used != 1 || !fl_count_dimension(c->r, c->k->units[u].dimension) : !plural_word(c, s))
        return 0; /* the label's word a plural, or one a count unit names ("Members", as noun_label reads it) */
    char a[48], b[48];
    thing_noun(c, s, a, sizeof a);
    thing_noun(c, last, b, sizeof b);
    if (!a[0] || strcmp(a, b) == 0)
        return 0;
    *lb = (label){.from = s, .to = s + 1, .head = s, .act = s, .cls = -1};
    snprintf(lb->pred, sizeof lb->pred, "%s", light);
    return 1;
}

static void item_suffix(fl_claim *cl, const char *how, const char *s);

/* A bare number of a role label before a lower-case plural common noun no unit names ("- Members: 1,140 farms"):
 * makes q a count of that noun in the generic unit, as "1,140 member farms" is, the label standing for the
 * predicate no word of the line gives; 1 when so (role_label). */
static int role_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    int u = c->k->act_family >= 0 ? c->k->metrics[c->k->act_family].count_unit : -1;
    size_t n = q->tok_end, used, first = qty_first(c, q);
    label lb;
    if (u < 0 || q->kind != FL_QK_BARE || n >= c->b || c->t[n].kind != FL_TOK_WORD || first < c->a + 2 ||
        !punct_is(c, first - 1, ':') || fl_claims_label_start(c, first) != first - 2 ||
        !(c->text[c->t[n].start] >= 'a' && c->text[c->t[n].start] <= 'z') ||
        fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, n, &used) >= 0)
        return 0;
    fl_qty with = *q;
    with.tok_end = n + 1;
    if (!generic_item_count(c, &with, n, n, u, pool) || !role_label(c, &with, &lb))
        return 0;
    *q = with;
    return 1;
}

/* A role label's count ("- Members: 1,140 farms") counts what "1,140 member farms" counts: the figure's noun, with
 * the label's word as its modifier ("farm (member)") where the document counts that noun bare (bare_nouns, which
 * leaves out a label's figure right after its colon), as compound_scope keys the compound; elsewhere all of the noun
 * the document counts. */
static void role_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    label lb;
    size_t last = q->tok_end - 1;
    char w[48];
    if (!c->bare_nouns || q->kind != FL_QK_UNIT || strchr(cl->item, '(') || !role_label(c, q, &lb) ||
        fl_map_get(c->bare_nouns, c->text + c->t[last].start, c->t[last].end - c->t[last].start) < 0)
        return;
    thing_noun(c, lb.head, w, sizeof w);
    fl_buf b = {0};
    fl_buf_printf(&b, "(%s)", w);
    item_suffix(cl, " ", b.ptr);
    fl_buf_free(&b);
}

/* Is q a label line's figure that a clause about a part of it follows ("- People treated: 71, of whom 3 admitted to
 * hospital")? The label says what it is; the part clause's trigger is the part's. */
static int labelled_whole(const sctx *c, const fl_qty *q)
{
    label lb;
    return q->tok_end < c->b && punct_is(c, q->tok_end, ',') && part_clause(c, q->tok_end + 1) && label_line(c, q, &lb);
}

static int label_trigger_family(const sctx *c, const trigger *tr, size_t ntr, const fl_qty *q, size_t *at)
{
    label lb;
    size_t from, to;
    if (label_line(c, q, &lb) && lb.to > lb.from)
        return family_of(c->k, tr, ntr, q, lb.from, lb.to, 0, at);
    int m = measure_label(c, q, &from, &to), f = m >= 0 ? family_of(c->k, tr, ntr, q, from, to, 0, at) : -1;
    size_t end = m >= 0 ? label_end(c, qty_first(c, q) - 1) : 0, e = end - (m >= 0 ? label_tail(c, from, end) : 0);
    if (f < 0 && m >= 0 && e > from && label_act_noun(c, e - 1) == m && admits(c->k, m, q->dim)) {
        *at = e - 1; /* no trigger word: the noun that names the act ("Generation in 2025") */
        f = m;
    }
    return f;
}

/* The family of the participle that a label's noun at i names the act of (the label-act-nouns lexicon of
 * rules/segmentation.json, "noun=participle": "Generation in 2025: 1,318 MWh" measures what was generated, as
 * "generated 1,318 MWh in 2025" does), or -1. Only a label's last noun is read so: in a sentence the noun may name
 * a thing ("a new generation of turbines"). */
static int label_act_noun(const sctx *c, size_t i)
{
    const char *as = c->t[i].kind == FL_TOK_WORD
                         ? lexicon_pair(c, "label-act-nouns", c->text + c->t[i].start, c->t[i].end - c->t[i].start, 0)
                         : NULL;
    return as ? fl_phrases_string(&c->k->triggers, as) : -1;
}

/* Is q the figure of a label line whose label names the measure ("Deaths: 14", "- Injuries: 32")? A family's
 * trigger ends the label, right before the colon; the label, a list item's marker aside, is as label_words has it
 * but with no participle (nouns and adjectives, at most LABEL_WORDS); the figure follows the colon, stands alone
 * (punctuation or the line's end after it) and ends the statement. Fills [*from, *to) with the label's words;
 * returns the family, or -1. A label of no trigger ("Contact: 0161 496 0000", "Ref: 2026/114"), a figure with
 * words of its own after it ("Injuries: 14 of the 180 occupants", a headline's "Deaths: 14 as floods hit") is none.
 */
static int measure_label(const sctx *c, const fl_qty *q, size_t *from, size_t *to)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), s = fl_claims_label_start(c, first), used;
    if (!p || s == SIZE_MAX || (q->tok_end < c->b && c->t[q->tok_end].kind != FL_TOK_PUNCT))
        return -1;
    size_t end = label_end(c, first - 1);   /* the label's own period or bracket aside: "Generation in 2025" */
    size_t e = end - label_tail(c, s, end); /* "Revenue forecast": the revenue's */
    for (size_t i = s; i < e; i++) {
        int t = p->tags[i - c->a];
        /* a trigger may open with its preposition after the label's noun ("Teachers on strike", as "600 teachers
         * were on strike") */
        int opens = i > s && t == FL_TAG_ADP && fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used) >= 0 &&
                    i + used == e;
        if (c->t[i].kind != FL_TOK_WORD || !(t == FL_TAG_NOUN || t == FL_TAG_ADJ || t == FL_TAG_PROPN || opens))
            return -1;
    }
    for (size_t i = s; i < e; i++) {
        int m = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used);
        if (m >= 0 && i + used == e && ends_statement(c, p, q)) {
            *from = s;
            *to = end;
            return m;
        }
    }
    int m = e > s ? label_act_noun(c, e - 1) : -1;
    if (m >= 0 && ends_statement(c, p, q)) {
        *from = s;
        *to = end;
    }
    return m >= 0 && ends_statement(c, p, q) ? m : -1;
}

/* A bare number of a label line that names a family of counts ("Deaths: 14") counts what the family counts, as
 * "14 people died" does; 1 when so. */
/* The unit of counts that the label's noun right before its trigger names ("Teachers on strike": teachers, people,
 * as "600 teachers were on strike"), the label's words [from, to) and its trigger ending it as measure_label has
 * them; -1 when none. */
static int label_noun_unit(const sctx *c, size_t from, size_t to)
{
    const fl_knowledge *k = c->k;
    size_t used, tu, e = to - label_tail(c, from, to);
    for (size_t i = from; i < e; i++) {
        int u = fl_phrases_at(&k->unit_names, c->text, c->t, c->b, i, &used);
        if (u >= 0 && i + used < e && fl_phrases_at(&k->triggers, c->text, c->t, c->b, i + used, &tu) >= 0 &&
            i + used + tu == e && fl_count_dimension(c->r, k->units[u].dimension))
            return u;
    }
    return -1;
}

static int measure_label_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    size_t from, to;
    int whole = q->kind == FL_QK_BARE && q->value >= 1 && q->value == trunc(q->value),
        m = whole ? measure_label(c, q, &from, &to) : -1, u = m >= 0 ? k->metrics[m].count_unit : -1;
    if (m >= 0 && u < 0)
        u = label_noun_unit(c, from, to); /* a family that counts no one kind: the label's noun says what */
    if (u < 0 || !admits(k, m, k->units[u].dimension))
        return 0;
    count_in_unit(k, q, u, pool);
    return 1;
}

/* A bare number of a label line (label_line: "Rounds played, 2025-26: 43,100") counts the label's noun, as "43,100
 * rounds were played" does; 1 when so. */
static int label_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    int u = k->act_family >= 0 ? k->metrics[k->act_family].count_unit : -1;
    label lb;
    char item[48];
    if (u < 0 || !(q->kind == FL_QK_BARE || generic_count(c, q)) || q->value < 2 ||
        !(label_line(c, q, &lb) || noun_label(c, q, &lb)) || !fl_claims_lower_word(c, lb.head, item, sizeof item))
        return 0;
    size_t used = 0;
    int named = -1;
    for (size_t i = lb.to > lb.from && lb.from < lb.head ? lb.from : lb.head; i <= lb.head && named < 0; i++)
        if ((named = fl_phrases_at(&k->unit_names, c->text, c->t, c->b, i, &used)) >= 0 && i + used != lb.head + 1)
            named = -1; /* the unit's name may be a phrase the label's noun ends ("Police officers on patrol") */
    if (named >= 0 && fl_count_dimension(c->r, k->units[named].dimension)) {
        u = named; /* "Students treated in hospital: 11" counts people, as "11 students" does */
        snprintf(item, sizeof item, "%s", k->units[named].id);
    }
    q->kind = FL_QK_UNIT;
    q->unit = (int16_t)u;
    q->dim = fl_qty_intern(pool, k->units[u].dimension);
    q->item = fl_qty_intern(pool, item);
    return 1;
}

/* Is the figure's count about a possessor ("its 2,300 workers", "her two children")? */
static int possessed(const sctx *c, const fl_qty *q)
{
    size_t p = qty_first(c, q), used;
    return p > c->a && p - 1 >= c->ca && fl_phrases_at(&c->k->possessives, c->text, c->t, c->b, p - 1, &used) >= 0 &&
           used == 1;
}

/* Is token j a past participle of a listed act, a modifier of the noun a figure counts ("the 52,000 recalled
 * packages")? */
static int act_participle(const sctx *c, const fl_parse *p, size_t j)
{
    size_t used;
    return c->t[j].kind == FL_TOK_WORD &&
           (p->tags[j - c->a] == FL_TAG_VBN || p->tags[j - c->a] == FL_TAG_VBD || p->tags[j - c->a] == FL_TAG_ADJ) &&
           fl_phrases_at(&c->k->acts, c->text, c->t, c->b, j, &used) >= 0 && used == 1;
}

/* An act right after the phrase that ends at token from, only verbs, adverbs and particles between ("600 flights
 * were scrapped", "the 27 jobs being cut"), inside the clause; -1 when none, else its class and *at its start. */
static int act_after(const sctx *c, size_t from, size_t *at)
{
    size_t used, end = c->cb && c->cb < c->b ? c->cb : c->b;
    for (size_t j = from; j < end && j <= from + 3; j++) {
        if (c->t[j].kind != FL_TOK_WORD)
            break;
        int a = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, j, &used);
        if (a >= 0 && (verbs_between(c, from, j) || (j == from + 1 && fl_claims_parse_of(c) &&
                                                     fl_claims_parse_of(c)->tags[from - c->a] == FL_TAG_VBG))) {
            *at = j;
            return a;
        }
    }
    return -1;
}

/* Where the act before a figure that a supply is cut off from or restored to ends: a figure after "to" and a
 * phrase of words of the predicates.json lexicon `supply-nouns` ("cut power to 18,000 homes", "restored the
 * electricity supply to 12,000 homes": the act is done to the homes, as in "18,000 homes lost power"), or after
 * "to" and a passive's verbs whose subject ends with such a word right before them ("Power was cut to 18,000
 * homes"); p (the figure's first token, past its determiners) otherwise. "Staff numbers were cut to 1,200" and
 * "cut spending to" name no supply and stay levels. */
static size_t supplied_to(const sctx *c, size_t p)
{
    const fl_lexicon *supply = fl_rules_lexicon(c->r, "supply-nouns");
    const fl_parse *ps = fl_claims_parse_of(c);
    char w[8];
    size_t j = p - 1, s;
    if (!supply || !ps || p < c->a + 3 || j - 2 < c->ca || !fl_claims_lower_word(c, j, w, sizeof w) ||
        strcmp(w, "to") != 0)
        return p;
    for (s = j; s > c->ca && s > c->a && fl_lexicon_has_token(supply, c->text, &c->t[s - 1], 1); s--)
        ;
    while (s < j && s > c->ca && s > c->a && fl_claims_role(c, s - 1, FL_ROLE_ARTICLES))
        s--; /* "the electricity supply" */
    if (s < j)
        return s > c->ca && verb_tag(ps->tags[s - 1 - c->a]) ? s : p;
    /* "Power was cut to": the act's verb right before "to", its auxiliaries before it, a supply noun before them */
    if (!verb_tag(ps->tags[j - 1 - c->a]))
        return p;
    for (s = j - 1; s > c->ca && s > c->a && verb_tag(ps->tags[s - 1 - c->a]); s--)
        ;
    return s < j - 1 && s > c->ca && s > c->a && fl_lexicon_has_token(supply, c->text, &c->t[s - 1], 1) ? j : p;
}

/* Where the whole of the partitive right after the bare part q ends, when a finite verb group starts there, so
 * that the verb is the part's: "121 of its shops | stayed shut", "96 of the chain's 240 pharmacies | were closed"
 * ("of", determiners, a possessor of one word, the whole's figure, its noun run); SIZE_MAX otherwise ("14 of the
 * 40 cabins inspected": a participle, what the whole is; "12 of the shops in Leeds": no verb right after). */
static size_t partitive_whole_end(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    size_t i = q->tok_end, used, head;
    if (!p || i >= c->cb || i <= q->tok || !(c->t[i - 1].kind == FL_TOK_NUM || p->tags[i - 1 - c->a] == FL_TAG_NUM) ||
        !fl_claims_role(c, i, FL_ROLE_OF))
        return SIZE_MAX;
    for (int pass = 0; pass < 2; pass++) { /* "of the chain's": determiners, a possessor, its determiners */
        for (i++; i < c->cb && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0; i += used)
            ;
        if (pass || i + 1 >= c->cb || c->t[i].kind != FL_TOK_WORD)
            break;
        if (p->tags[i + 1 - c->a] == FL_TAG_POS)
            i++; /* "the chain 's" */
        else if (!fl_possessive_suffix(c->text + c->t[i].start, c->t[i].end - c->t[i].start))
            break;
    }
    while (i < c->cb && (c->t[i].kind == FL_TOK_NUM || p->tags[i - c->a] == FL_TAG_NUM))
        i++; /* "of its 286 shops" */
    size_t end = i < c->cb && c->t[i].kind == FL_TOK_WORD ? noun_run(c, p, i, &head) : i;
    if (end == i || end >= c->cb || p->tags[head - c->a] != FL_TAG_NOUN || head + 1 != end)
        return SIZE_MAX;
    int vg = p->vg_of[end - c->a];
    return vg >= 0 && p->vgs[vg].finite && c->a + p->vgs[vg].start == end ? end : SIZE_MAX;
}

/* The act phrase (claim_model "acts") that governs the counted figure q, or -1, with where it starts in *at:
 *   - one that ends right before the figure, determiners between ("cancelled 480 flights", "escaped with 23
 *     pieces", "will employ the 1,800");
 *   - one right after what it counts, only verbs, adverbs and particles between (a passive or participle:
 *     "600 flights were scrapped", "the 27 jobs being cut", "241 passengers on board"), found from the parse;
 *   - the counted noun itself, a nominalisation: "3,240 completions".
 * All inside the figure's clause. */
static int act_phrase_of(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    size_t used, p = qty_first(c, q);
    if (!k->nact_classes)
        return -1;
    if (k->act_family >= 0 && q->unit >= 0 && q->unit == k->metrics[k->act_family].count_unit && q->tok_end > q->tok) {
        int a = fl_phrases_ending(&k->acts, c->text, c->t, c->b, q->tok_end - 1, &used);
        if (a >= 0 && q->tok_end - used > q->tok) {
            *at = q->tok_end - used; /* "3,240 completions": the act is the noun counted */
            return a;
        }
    }
    const fl_parse *ps = fl_claims_parse_of(c);
    for (size_t j = q->tok + 1; ps && j + 1 < q->tok_end; j++) /* "the 52,000 recalled packages" */
        if (act_participle(c, ps, j)) {
            *at = j;
            return fl_phrases_at(&k->acts, c->text, c->t, c->b, j, &used);
        }
    while (p > c->a && p - 1 >= c->ca && fl_phrases_at(&k->determiners, c->text, c->t, c->b, p - 1, &used) >= 0 &&
           fl_phrases_at(&k->possessives, c->text, c->t, c->b, p - 1, &used) < 0)
        p--;
    /* an act noun and "of": "the recall of 136,000 vehicles", "the elimination of 300 posts" */
    if (ps && p > c->a + 1 && p - 2 >= c->ca && fl_claims_prep_role(c, p - 1) == FL_PREP_OF &&
        ps->tags[p - 2 - c->a] == FL_TAG_NOUN)
        p--;
    p = supplied_to(c, p);
    if (p > c->a && p - 1 >= c->ca && c->t[p - 1].kind == FL_TOK_WORD) {
        /* a phrase that ends before the figure, though a longer one runs on into its qualifier ("strewn over") */
        int a = fl_phrases_ending(&k->acts, c->text, c->t, p, p - 1, &used);
        if (a >= 0 && p - used >= c->ca) {
            *at = p - used;
            return a;
        }
    }
    int a = act_after(c, q->tok_end, at);
    size_t whole = a < 0 ? partitive_whole_end(c, ps, q) : SIZE_MAX;
    return whole != SIZE_MAX ? act_after(c, whole, at) : a; /* "121 of its shops stayed shut": closed */
}

/* Is act class a one of claim_model.measured_acts for the dimension dim ("fall length")? */
static int measured_act(const fl_knowledge *k, int a, const char *dim)
{
    size_t alen = strlen(k->act_classes[a]), dlen = strcspn(dim, ":/");
    for (size_t i = 0; i < k->nmeasured_acts; i++) {
        const char *m = k->measured_acts[i];
        if (strncmp(m, k->act_classes[a], alen) == 0 && m[alen] == ' ' && strlen(m + alen + 1) == dlen &&
            memcmp(m + alen + 1, dim, dlen) == 0)
            return 1;
    }
    return 0;
}

/* The class a measure of dimension dim is keyed as when act class a moves it as a cargo (claim_model.measured_acts
 * "mass=carry" under "drag": "was hauling 2,100 tons of gravel" is carried, "hauled 90 metres" dragged): that
 * class when it keys dim itself, else a. */
static int cargo_act(const fl_knowledge *k, int a, const char *dim)
{
    size_t alen = strlen(k->act_classes[a]), dlen = strcspn(dim, ":/");
    for (size_t i = 0; i < k->nmeasured_acts; i++) {
        const char *m = k->measured_acts[i];
        if (strncmp(m, k->act_classes[a], alen) != 0 || m[alen] != ' ' || strncmp(m + alen + 1, dim, dlen) != 0 ||
            m[alen + 1 + dlen] != '=')
            continue;
        for (size_t b = 0; b < k->nact_classes; b++)
            if (strcmp(k->act_classes[b], m + alen + 2 + dlen) == 0 && measured_act(k, (int)b, dim))
                return (int)b;
    }
    return a;
}

/* Does act class a key figures of dimension dim? A class that claim_model.measured_acts lists keys exactly the
 * dimensions it lists ("fall": a length, so "had fallen ill" is no fall of people), its cargo's too, and a bare
 * number when it lists counts; any other, counts only. */
static int act_admits(const fl_knowledge *k, int a, const char *dim)
{
    size_t alen = strlen(k->act_classes[a]);
    if (!dim[0]) /* a bare number, which a noun after it may make a count ("seized 14,200 bottles of perfume") */
        dim = "count";
    for (size_t i = 0; i < k->nmeasured_acts; i++)
        if (strncmp(k->measured_acts[i], k->act_classes[a], alen) == 0 && k->measured_acts[i][alen] == ' ')
            return measured_act(k, cargo_act(k, a, dim), dim);
    return 1;
}

/* Where the form a sum of money q was in ends: "in" and a noun phrase right after it ("£412,000 in cash was
 * seized"), so that the verb after it says what was done with the sum; q's own end otherwise. */
static size_t money_form_end(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    char w[4];
    size_t j = q->tok_end, end = c->cb && c->cb < c->b ? c->cb : c->b;
    if (!p || strncmp(q->dim, "money", 5) != 0 || j + 1 >= end || p->tags[j - c->a] != FL_TAG_ADP ||
        !fl_claims_lower_word(c, j, w, sizeof w) || strcmp(w, "in") != 0)
        return q->tok_end;
    int np = p->np_of[j + 1 - c->a];
    return np >= 0 && c->a + p->nps[np].start == j + 1 ? c->a + p->nps[np].end : q->tok_end;
}

/* Does a word of claim_model.search_context stand in the sentence, or in the sentence before it in its paragraph
 * ("Police raided a unit on Thursday. Officers recovered 12kg of methamphetamine")? */
static int search_sentence(const sctx *c)
{
    const fl_doc *d = c->d;
    size_t used, from = c->a, s = fl_doc_sentence_of(d, c->t[c->a].start);
    if (s > 0 && s < d->nsent && d->sents[s - 1].para == d->sents[s].para)
        while (from > 0 && c->t[from - 1].start >= d->sents[s - 1].start)
            from--;
    for (size_t i = from; i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->search_context, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

/* The act class of a verb of finding (claim_model.search_finds) that governs figure q in a sentence that tells
 * of a search (search_sentence), when q is of one of claim_model.search_find_dims (a bare number counts what
 * follows it): the nearest verb before the figure in its clause ("Searches uncovered £38,500 in cash", "Inside
 * they found £41,000 in cash and a staggering 720lb of resin": an adjective in -ing is no verb), else the verb
 * group right after its phrase ("£41,000 in cash was found"). Not a count of persons or animals ("found 12
 * people living in the unit" is no seizure), nor a figure after a preposition that follows the verb ("recovered
 * from two broken ribs"); -1 none, *at the verb. */
static int search_find(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    const char *dim = q->dim[0] ? q->dim : "count";
    size_t used, v = SIZE_MAX, end = c->cb && c->cb < c->b ? c->cb : c->b;
    if (!p || !k->nsearch_find_classes || fl_phrases_word(&k->search_find_dims, dim, strcspn(dim, ":/")) < 0)
        return -1;
    for (size_t j = qty_first(c, q); j > c->a && j > c->ca && v == SIZE_MAX; j--)
        if (verb_tag(p->tags[j - 1 - c->a])) /* a verb, not an -ing adjective */
            v = j - 1;
    if (v != SIZE_MAX && v + 1 < end && p->tags[v + 1 - c->a] == FL_TAG_ADP)
        return -1; /* "has since recovered from two broken ribs": the figure is no object of the verb */
    int np = p->np_of[q->tok - c->a];
    size_t after = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    if (money_form_end(c, p, q) > after)
        after = money_form_end(c, p, q); /* "£41,000 in cash was found" */
    int vg = v == SIZE_MAX && after < end ? p->vg_of[after - c->a] : -1;
    if (vg >= 0 && c->a + p->vgs[vg].start == after)
        v = c->a + p->vgs[vg].head;
    int f = v != SIZE_MAX ? fl_phrases_ending(&k->search_finds, c->text, c->t, c->b, v, &used) : -1;
    if (f < 0 || !search_sentence(c))
        return -1;
    for (size_t a = 0; a < k->nact_classes; a++)
        if (strcmp(k->act_classes[a], k->search_find_classes[f]) == 0) {
            *at = v + 1 - used;
            return (int)a;
        }
    return -1;
}

/* Does active verb group vg read as its subject's own act: a direct object of its own after it ("Two lifeboats
 * rescued 12 people") or, with none, a particle of predicates.json "patient-act-withdrawals" right after its verb
 * ("Twelve riders pulled out of the race")? A headline's or caption's reduced passive has neither ("Seventeen people
 * rescued from river after flash flood"). */
static int doer_form(const sctx *c, const fl_parse *p, int vg)
{
    size_t e = c->a + p->vgs[vg].end, h = c->a + p->vgs[vg].head;
    while (e < c->b && p->tags[e - c->a] == FL_TAG_ADV)
        e++;
    int onp = e < c->b ? p->np_of[e - c->a] : -1;
    if (onp >= 0 && c->a + p->nps[onp].start == e)
        return 1;
    return h + 1 < c->b &&
           fl_lexicon_has_token(fl_rules_lexicon(c->r, "patient-act-withdrawals"), c->text, &c->t[h + 1], 1);
}

/* Is the act of class cls (an act class or a predicate class) at token at, after figure q, the finite active verb
 * group vg whose subject the count is, when predicates.json "patient-acts" lists the class: an act done to what a
 * count counts, never by it ("Two lifeboats rescued 12 people", "Twelve riders pulled out of the race": the count
 * did it, and was rescued by no one), read so only in the doer's form (doer_form)? The passive ("46 swimmers were
 * pulled from the water") and a participle
 * ("60 people rescued from the flood were") stay the act's. */
static int patient_act_doer(const sctx *c, const fl_parse *p, int vg, size_t at, const fl_qty *q, const char *cls)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "patient-acts");
    if (!lex || !p || at <= q->tok || at >= c->b || !fl_lexicon_has(lex, cls, strlen(cls), 1))
        return 0;
    if (vg < 0)
        vg = p->vg_of[at - c->a];
    if (vg < 0 || !p->vgs[vg].finite || p->vgs[vg].passive)
        return 0;
    /* the verb of the count's own clause, not a participle the tagger read as a past tense in a reduced relative
     * before it ("23 passengers rescued from the ferry were taken to hospital": rescued) */
    int cl = fl_parse_clause_of(p, q->tok - c->a);
    if (cl < 0 || fl_parse_verb(p, cl) != vg)
        return 0;
    if (!doer_form(c, p, vg))
        return 0;
    /* nor one whose sentence goes on to the count's own verb with no mark, conjunction or clause opener between
     * ("Nine people pulled from the water on Sunday have recovered"; "pulled out of the race after a storm hit
     * the stage" is the riders' own act) */
    size_t used;
    for (size_t j = c->a + p->vgs[vg].end; j < c->b; j++) {
        int t = p->tags[j - c->a], g = p->vg_of[j - c->a];
        if (t == FL_TAG_PUNCT || t == FL_TAG_CONJ || t == FL_TAG_SCONJ || t == FL_TAG_WH ||
            fl_phrases_at(&c->k->clause_openers, c->text, c->t, c->b, j, &used) >= 0)
            break;
        if (g >= 0 && g != vg && p->vgs[g].finite)
            return 0;
    }
    return 1;
}

/* The act (act_phrase_of) that governs figure q, when its class keys figures of q's dimension; else -1. A verb of
 * finding in a search (search_find) comes first; an act the count did to others is none (patient_act_doer). */
static int act_of(const sctx *c, const fl_qty *q, size_t *at)
{
    int f = search_find(c, q, at);
    if (f >= 0 && act_admits(c->k, f, q->dim))
        return f;
    int a = act_phrase_of(c, q, at);
    if (a >= 0 && patient_act_doer(c, fl_claims_parse_of(c), -1, *at, q, c->k->act_classes[a]))
        return -1; /* "Two lifeboats rescued 12 people": the lifeboats were not rescued */
    return a >= 0 && act_admits(c->k, a, q->dim) ? a : -1;
}

/* Is the act phrase of used tokens at token j, right after a bare number, the head noun of its phrase: its last
 * word a noun (a verb's particle, "calls in", or its preposition, "thefts of", is no part of a noun) that heads the
 * parse's noun phrase holding it ("14 closure notices", "94 stolen converters": notices and converters are counted;
 * "12 rescues last night": rescues are)? */
static int act_noun_head(const sctx *c, const fl_parse *p, size_t j, size_t used)
{
    size_t last = j + used - 1;
    int np = fl_parse_np_of(p, last - c->a);
    return p->tags[last - c->a] == FL_TAG_NOUN && np >= 0 && c->a + p->nps[np].head == last;
}

/* A bare number whose next word is a nominalised act counts those acts: "Of the 3,240 completions". Makes q
 * a count of the generic unit, its item left unknown (the act says what was done, not to what); 1 when so. */
static int act_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    size_t used;
    if (q->tok_end >= c->b || fl_phrases_at(&c->k->acts, c->text, c->t, c->b, q->tok_end, &used) < 0)
        return 0;
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || p->tags[q->tok_end - c->a] != FL_TAG_NOUN)
        return 0; /* "14 cancelled", "3 completed": a verb, not the noun the number counts */
    if (!act_noun_head(c, p, q->tok_end, used))
        return 0; /* "took 214 calls in the two hours", "14 closure notices": the act's words are no head noun */
    int u = c->k->act_family >= 0 ? c->k->metrics[c->k->act_family].count_unit : -1;
    if (u < 0)
        return 0;
    q->kind = FL_QK_UNIT;
    q->unit = u;
    q->tok_end += used;
    q->end = c->t[q->tok_end - 1].end;
    q->dim = fl_qty_intern(pool, c->k->units[u].dimension);
    q->item = fl_qty_intern(pool, "");
    return 1;
}

/* ---- open predicates: a counted figure that no family and no listed act names ----
 * Its attribute is its clause's predicate and the class of what it counts ("ill:crew", "present:spectator"),
 * keyed as an act (family act_family), so compared only on the same subject, period and modality. The words
 * are data: rules/predicates.json. */

/* The word at token i in lower case, in out (cap bytes); its length, 0 when it is no word or too long. */
size_t fl_claims_lower_word(const sctx *c, size_t i, char *out, size_t cap)
{
    size_t len = c->t[i].end - c->t[i].start;
    if (c->t[i].kind != FL_TOK_WORD || len + 1 > cap)
        return 0;
    for (size_t x = 0; x < len; x++)
        out[x] = (char)fl_ascii_lower((unsigned char)c->text[c->t[i].start + x]);
    out[len] = '\0';
    return len;
}

/* The value of the whole phrase s (words separated by spaces) in p, or -1. */
static int phrase_value(const fl_phrases *p, const char *s)
{
    if (!strchr(s, ' ')) /* one word: no tokenizing (this runs for every verb an open predicate reads) */
        return fl_phrases_word(p, s, strlen(s));
    fl_token *t = NULL;
    size_t used, n = fl_tokenize_text(s, 0, strlen(s), &t);
    int v = n ? fl_phrases_at(p, s, t, n, 0, &used) : -1;
    free(t);
    return v >= 0 && used == n ? v : -1;
}

/* Does a predicate table know the lemma w of the word: a linking verb, or a predicate phrase of that one word, or
 * a form of a listed act (claims.json acts) other than the word itself ("cancelled": "cancel", not "cancell")? */
static int lemma_known(const fl_knowledge *k, const char *w, const char *word)
{
    size_t len = strlen(w);
    return fl_phrases_word(&k->linking, w, len) >= 0 || fl_phrases_word(&k->pred_words, w, len) >= 0 ||
           (strcmp(w, word) != 0 && fl_phrases_word(&k->acts, w, len) >= 0);
}

/* How many lemmas of one word the suffix rules are read for: a word's ending matches a few of predicates.json's 42
 * rules at most ("s", "es", "ies"), far fewer than this. */
enum { LEMMA_CANDIDATES = 64 };

static void word_lemma(const fl_knowledge *k, const char *w, size_t len, char *out, size_t cap);

/* The lemma of the word at token i, in out: the irregular table's, else of the candidates the suffix rules
 * give in order ("sickened": "sicken", "sickene"; a rule may require the stem's ending: "served" gives
 * "serve"), the first the predicate tables know, else the first. */
void fl_claims_lemma_of(const sctx *c, size_t i, char *out, size_t cap)
{
    char w[40];
    size_t len = fl_claims_lower_word(c, i, w, sizeof w);
    word_lemma(c->k, w, len, out, cap);
}

/* The lemma of the lower-case word w[0, len) (see fl_claims_lemma_of), in out; empty for no word. */
static void word_lemma(const fl_knowledge *k, const char *w, size_t len, char *out, size_t cap)
{
    char cand[LEMMA_CANDIDATES][FL_LEMMA_MAX];
    out[0] = '\0';
    if (!len || !fl_is_ascii_alpha((unsigned char)w[0]))
        return; /* "'" or a figure read as a verb: no lemma */
    int ir = fl_phrases_word(&k->irregular, w, len);
    if (ir >= 0) {
        snprintf(out, cap, "%s", k->lemmas[ir]);
        return;
    }
    /* "served": "serve" (a stem in "v" takes its "e" back), "stopped": "stop" */
    size_t n = fl_suffix_lemmas(k, w, len, cand, LEMMA_CANDIDATES);
    for (size_t j = 0; j < n; j++)
        if (lemma_known(k, cand[j], w)) {
            snprintf(out, cap, "%s", cand[j]);
            return;
        }
    if (n)
        snprintf(out, cap, "%s", cand[0]);
}

static int is_verb_tag(int t)
{
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_VBN || t == FL_TAG_VBG || t == FL_TAG_VB;
}

/* Is the word at token i an adverb by its ending (rules/grammar.json "adverb-suffixes": "-ly", in a word longer
 * than three letters: "only", "nearly"), which is no verb's particle? */
static int suffixed_adverb(const sctx *c, size_t i)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "adverb-suffixes");
    char w[32];
    size_t len = fl_claims_lower_word(c, i, w, sizeof w), n = lex ? fl_lexicon_size(lex) : 0;
    for (size_t j = 0; len > 3 && j < n; j++) {
        const char *suf = fl_lexicon_item(lex, j);
        size_t sl = strlen(suf);
        if (sl < len && strcmp(w + len - sl, suf) == 0)
            return 1;
    }
    return 0;
}

/* The predicate class of the verb at v with the particle at part (SIZE_MAX: none): "laid off" -> "cut",
 * "sickened" -> "ill"; -1 when the tables do not know it. The lemma goes to lemma. */
/* The class of the lemma with the words from token at as a phrase the tables know, the longest of up to
 * PHRASE_WORDS words within the sentence ("return to the sea": refloat; "pull from"; "taken out of the water": rescue,
 * where "taken out of service" is none), or -1. */
enum { PHRASE_WORDS = 4 };

static int lemma_words_class(const sctx *c, const char *lemma, size_t at)
{
    char phrase[96], w[24];
    size_t len = (size_t)snprintf(phrase, sizeof phrase, "%s", lemma), ends[PHRASE_WORDS], n = 0;
    for (size_t j = at; j < c->b && n < PHRASE_WORDS && c->t[j].kind == FL_TOK_WORD; j++) {
        size_t wl = fl_claims_lower_word(c, j, w, sizeof w);
        if (!wl || len + wl + 2 > sizeof phrase)
            break;
        len += (size_t)snprintf(phrase + len, sizeof phrase - len, " %s", w);
        ends[n++] = len;
    }
    while (n > 0) {
        phrase[ends[--n]] = '\0';
        int cls = phrase_value(&c->k->pred_words, phrase);
        if (cls >= 0)
            return cls;
    }
    return -1;
}

static int verb_class(const sctx *c, size_t v, size_t part, char *lemma, size_t cap)
{
    fl_claims_lemma_of(c, v, lemma, cap);
    if (!lemma[0])
        return -1;
    if (part != SIZE_MAX) {
        int cls = lemma_words_class(c, lemma, part);
        if (cls >= 0)
            return cls;
    }
    return phrase_value(&c->k->pred_words, lemma);
}

/* A locative phrase at i ("inside the terminal", "on board"): its class, or -1; one whose noun states a
 * condition ("in hospital", "in custody") is none. A place its phrase narrows with a lower-case modifier
 * ("in the east wing", "at the north gate": a part of the venue) is written to place ("east wing"), to be
 * told apart from the whole ("inside the terminal", "at Orla Arena": place ""). */
static int locative_at(const sctx *c, size_t i, size_t end, char *place, size_t pcap)
{
    size_t used, u, j;
    int cls = fl_phrases_at(&c->k->locatives, c->text, c->t, c->b, i, &used);
    place[0] = '\0';
    if (cls < 0)
        return -1;
    for (j = i + used; j < end && j < i + used + 4 && c->t[j].kind == FL_TOK_WORD; j++)
        if (fl_phrases_at(&c->k->not_places, c->text, c->t, c->b, j, &u) >= 0 || fl_claims_time_phrase(c, j) ||
            fl_phrases_at(&c->k->part_of_year, c->text, c->t, c->b, j, &u) >= 0)
            return -1; /* "in the quarter", "in Q2 2026", "in July": when, not where */
        else if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &u) < 0)
            break; /* the first noun after the determiners decides */
    /* the place's words: up to three, to a boundary, a preposition or a word that opens a clause */
    size_t e = j, len = 0, used2;
    const fl_parse *p = fl_claims_parse_of(c);
    while (e < end && e < j + 3 && c->t[e].kind == FL_TOK_WORD && fl_claims_prep_role(c, e) < 0 &&
           fl_phrases_at(&c->k->clause_openers, c->text, c->t, c->b, e, &used2) < 0 &&
           !(p && is_verb_tag(p->tags[e - c->a]))) /* "the 45 crew on duty were enough": no place */
        if (fl_phrases_at(&c->k->not_places, c->text, c->t, c->b, e++, &u) >= 0)
            return -1; /* "went on simultaneous tours": the noun after an adjective decides too */
    if (e - j < 2)
        return cls; /* "inside the terminal": the venue itself */
    for (size_t m = j; m < e; m++)
        if (!(c->text[c->t[m].start] >= 'a' && c->text[c->t[m].start] <= 'z') ||
            fl_phrases_at(&c->k->non_items, c->text, c->t, c->b, m, &u) >= 0)
            return cls; /* a name ("Orla Arena") or a word that narrows nothing ("the main hall") */
    for (size_t m = j; m < e; m++) {
        char w[40];
        size_t wl = fl_claims_lower_word(c, m, w, sizeof w);
        if (!wl || len + wl + 2 > pcap)
            break;
        len += (size_t)snprintf(place + len, pcap - len, "%s%s", len ? " " : "", w);
    }
    return cls;
}

/* The verb group after a figure that is its clause's subject: no preposition before the figure, and only its
 * own phrase (nouns, a PP, adverbs) between it and the verb; -1 none. */
/* The verb group of the clause whose subject a counted noun is when a relative clause without commas stands
 * between them ("More than 140 people who attended the reception on Sunday have been treated"): after the
 * relative's own verb group (wh at w), the next finite one, with no punctuation, conjunction, other clause
 * opener or number between, not right after a pronoun (the subject of a clause of its own: "people who said
 * they were ill") and not after a speech verb; -1 none. The sentence's punctuation limits it. */
static int verb_after_relative(const sctx *c, const fl_parse *p, size_t w)
{
    int own = -1;
    for (size_t j = w + 1; j < c->b && j < w + 16; j++) {
        int t = p->tags[j - c->a], vg = p->vg_of[j - c->a];
        if (t == FL_TAG_PUNCT || t == FL_TAG_WH || t == FL_TAG_SCONJ || t == FL_TAG_CONJ || c->t[j].kind == FL_TOK_NUM)
            return -1;
        if (vg < 0 || vg == own)
            continue;
        if (own < 0) {
            own = vg;
            if (speech_verb(c, c->a + p->vgs[vg].head))
                return -1;
            continue;
        }
        return p->vgs[vg].finite && p->tags[j - 1 - c->a] != FL_TAG_PRON ? vg : -1;
    }
    return -1;
}

/* Is token j a comma or conjunction between two nouns of a list ("state, county and federal agencies"): a
 * noun before it, a noun or adjective after it and no verb? */
static int list_comma(const sctx *c, const fl_parse *p, size_t j)
{
    int t = p->tags[j - c->a];
    if (j <= c->a || j + 1 >= c->b || (t != FL_TAG_CONJ && !(t == FL_TAG_PUNCT && c->text[c->t[j].start] == ',')))
        return 0;
    int before = p->tags[j - 1 - c->a], after = p->tags[j + 1 - c->a];
    return (before == FL_TAG_NOUN || before == FL_TAG_PROPN) &&
           (after == FL_TAG_NOUN || after == FL_TAG_PROPN || after == FL_TAG_ADJ) && p->vg_of[j + 1 - c->a] < 0;
}

/* Is token j (before end) a figure: a number token or a word tagged a number? */
static int figure_at(const sctx *c, const fl_parse *p, size_t j, size_t end)
{
    return j < end && (c->t[j].kind == FL_TOK_NUM || p->tags[j - c->a] == FL_TAG_NUM);
}

/* The last token of a plain noun phrase from j (determiners, adjectives and lower-case nouns, a noun last) that a
 * verb group follows right after: the second head of a coordinated subject ("300 guests and staff were moved
 * out", "Forty-three shops and the cafe were flooded"), which shares the figure's verb; 0 when there is none. */
static size_t coordinated_head(const sctx *c, const fl_parse *p, size_t j, size_t end)
{
    size_t used, last = 0;
    while (j < end && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) >= 0)
        j += used;
    for (; j < end; j++) {
        int t = p->tags[j - c->a];
        if (p->vg_of[j - c->a] >= 0)
            return last && p->tags[last - c->a] == FL_TAG_NOUN ? last : 0;
        if ((t != FL_TAG_NOUN && t != FL_TAG_ADJ) || c->t[j].kind != FL_TOK_WORD ||
            (c->text[c->t[j].start] >= 'A' && c->text[c->t[j].start] <= 'Z'))
            return 0; /* a name, a figure, a clause: no plain noun phrase */
        last = j;
    }
    return 0;
}

/* The last head of a comma list of plain noun phrases that the figure's noun phrase opens, before the comma at j:
 * ", parents and staff were evacuated" (each member lower-case nouns and adjectives, a noun last; the last after a
 * coordinator, with a verb group right after it: coordinated_head), which shares the figure's verb ("Some 347
 * players, parents and staff were evacuated"); 0 when there is none. */
static size_t listed_head(const sctx *c, const fl_parse *p, size_t j, size_t end)
{
    while (j + 1 < end && punct_is(c, j, ',')) {
        size_t k = j + 1;
        if (p->tags[k - c->a] == FL_TAG_CONJ)
            return coordinated_head(c, p, k + 1, end); /* the serial comma: ", parents, and staff" */
        while (k < end && c->t[k].kind == FL_TOK_WORD && p->vg_of[k - c->a] < 0 &&
               (p->tags[k - c->a] == FL_TAG_NOUN || p->tags[k - c->a] == FL_TAG_ADJ) &&
               !(c->text[c->t[k].start] >= 'A' && c->text[c->t[k].start] <= 'Z'))
            k++;
        if (k == j + 1 || k >= end || p->tags[k - 1 - c->a] != FL_TAG_NOUN)
            return 0;
        if (p->tags[k - c->a] == FL_TAG_CONJ)
            return coordinated_head(c, p, k + 1, end);
        j = k;
    }
    return 0;
}

/* Where a collective noun and its "of" before token first start ("a group of 12 hikers", "the crew of nine":
 * the "collective-nouns" lexicon, one determiner allowed before it), so that what governs the collective
 * governs the count; first when none stands there. */
static size_t collective_start(const sctx *c, size_t first)
{
    const fl_lexicon *coll = fl_rules_lexicon(c->r, "collective-nouns");
    size_t used;
    if (!coll || first < c->a + 2 || first - 2 < c->ca || !fl_claims_role(c, first - 1, FL_ROLE_OF) ||
        c->t[first - 2].kind != FL_TOK_WORD || !fl_lexicon_has_token(coll, c->text, &c->t[first - 2], 1))
        return first;
    first -= 2;
    if (first > c->a && first > c->ca && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, first - 1, &used) >= 0)
        first--;
    return first;
}

/* The finite verb group right after a phrase set off by commas after the figure's noun phrase, that phrase having
 * no finite verb of its own and no other punctuation ("Two hikers, both from the city, were taken ...": an
 * apposition between the count and its verb), or -1. */
static int verb_after_apposition(const sctx *c, const fl_parse *p, size_t j)
{
    if (j + 2 >= c->b || !punct_is(c, j, ',') || opens_clause(c, j + 1))
        return -1; /* "Four people, including a child, were killed": the participle's clause ends the figure's */
    for (size_t k = j + 1; k < c->b && k < j + 16; k++) {
        int vg = p->vg_of[k - c->a];
        if (punct_is(c, k, ',')) {
            vg = k + 1 < c->b ? p->vg_of[k + 1 - c->a] : -1;
            return k > j + 1 && vg >= 0 && p->vgs[vg].finite && c->a + p->vgs[vg].start == k + 1 ? vg : -1;
        }
        if (fl_lexicon_has_token(fl_rules_lexicon(c->r, "age-prefixes"), c->text, &c->t[k], 1))
            continue; /* "Two hikers, a man aged 71 and a woman aged 74, were ...": an age, no verb */
        if (c->t[k].kind == FL_TOK_PUNCT || (vg >= 0 && p->vgs[vg].finite) || p->tags[k - c->a] == FL_TAG_WH)
            return -1; /* "Two hikers, who were lost, ...": a clause of its own */
    }
    return -1;
}

/* The finite verb group right after a non-restrictive relative clause set off by commas after the figure's noun
 * phrase or the phrases of place that hang on it ("About 1,400 staff at the site, which supplies the carmakers,
 * were balloted", "Two hikers, who were lost, were found"): the comma at j, a relative word of claim_model
 * relatives right after it with the relative's own finite verb group, then the next comma with a finite verb
 * group starting right after it; no other punctuation, subordinator or second relative between (a figure of the
 * relative's own may stand in it: "which employs 300 people"), within ASIDE_SPAN tokens. -1 none.
 * The relative is an aside: the count stays the subject of the verb after it. */
enum { ASIDE_SPAN = 24 };

static int verb_after_relative_aside(const sctx *c, const fl_parse *p, size_t j)
{
    size_t used;
    if (j + 3 >= c->b || !punct_is(c, j, ',') ||
        fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, j + 1, &used) < 0 || used != 1 ||
        p->tags[j + 1 - c->a] != FL_TAG_WH)
        return -1;
    int own = -1;
    for (size_t k = j + 2; k < c->b && k < j + ASIDE_SPAN; k++) {
        int t = p->tags[k - c->a], vg = p->vg_of[k - c->a];
        if (punct_is(c, k, ',')) {
            int next = k + 1 < c->b ? p->vg_of[k + 1 - c->a] : -1;
            return own >= 0 && next >= 0 && next != own && p->vgs[next].finite && c->a + p->vgs[next].start == k + 1
                       ? next
                       : -1;
        }
        if (c->t[k].kind == FL_TOK_PUNCT || t == FL_TAG_WH || t == FL_TAG_SCONJ)
            return -1;
        if (vg >= 0 && p->vgs[vg].finite && own < 0)
            own = vg;
    }
    return -1;
}

/* Does the whole's figure, its determiners ending at k, stand in the partitive that opens right after the part q:
 * "112 of the 286 shops", "112 of the chain's 286 shops" ("of", determiners, at most two words of a possessor)?
 * Such a whole ends the part's subject only when a finite verb group follows its noun (pp_count_end): "112 of
 * the chain's 286 shops were closed" says the 112 were closed, as "112 of its shops were closed" does. */
static int stated_whole_of(const sctx *c, const fl_parse *p, const fl_qty *q, size_t k)
{
    size_t i = k, used;
    if (i > c->a && i - 1 > q->tok_end &&
        (p->tags[i - 1 - c->a] == FL_TAG_POS ||
         fl_possessive_suffix(c->text + c->t[i - 1].start, c->t[i - 1].end - c->t[i - 1].start))) {
        i -= p->tags[i - 1 - c->a] == FL_TAG_POS ? 2 : 1; /* "the chain 's", "the chain's" */
        if (i > q->tok_end + 1 && p->tags[i - 1 - c->a] == FL_TAG_NOUN)
            i--; /* "the bank group's" */
        while (i > q->tok_end + 1 && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i - 1, &used) >= 0 &&
               i - 1 + used == i)
            i--;
    }
    return i == q->tok_end + 1 && fl_claims_role(c, q->tok_end, FL_ROLE_OF);
}

/* The last noun of a count that a preposition after the figure's noun opens ("60 rescuers from three teams took
 * part", "40 pupils in two classes fell ill"), determiners allowed between: the figure then counts what the PP
 * says they came from or belonged to, and its verb lies past it. j is the count's first figure; 0 when the
 * figure counts no plain noun (a year, a time, "in 2 hours", a name) or no preposition but "of" opens it, except
 * the stated whole of the part q whose subject it ends (stated_whole_of). */
static size_t pp_count_end(const sctx *c, const fl_parse *p, const fl_qty *q, size_t j, size_t end)
{
    size_t k = j, used;
    while (k > c->a && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, k - 1, &used) >= 0 && k - 1 + used == k)
        k--;
    int whole = stated_whole_of(c, p, q, k);
    if (!whole && (k <= c->a || p->tags[k - 1 - c->a] != FL_TAG_ADP || c->t[k - 1].kind != FL_TOK_WORD ||
                   fl_claims_role(c, k - 1, FL_ROLE_OF)))
        return 0; /* "14 of the 40 cabins inspected": a part of them, whose verb is no act of the 14 */
    while (figure_at(c, p, j + 1, end))
        j++;
    size_t last = 0;
    for (size_t n = j + 1; n < end && c->t[n].kind == FL_TOK_WORD && p->tags[n - c->a] == FL_TAG_NOUN &&
                           p->vg_of[n - c->a] < 0 && !(c->text[c->t[n].start] >= 'A' && c->text[c->t[n].start] <= 'Z');
         n++) {
        if (fl_claims_time_phrase(c, n))
            return 0;
        last = n;
    }
    if (whole &&
        !(last && last + 1 < end && p->vg_of[last + 1 - c->a] >= 0 && p->vgs[p->vg_of[last + 1 - c->a]].finite &&
          c->a + p->vgs[p->vg_of[last + 1 - c->a]].start == last + 1))
        return 0; /* "14 of the 40 cabins inspected failed": the participle says what the whole is */
    return last;
}

static int subject_verb(const sctx *c, const fl_parse *p, const fl_qty *q, size_t end)
{
    size_t used, first = collective_start(c, qty_first(c, q));
    /* "A total of 24 firefighters ... attended": the words that make the figure a sum (arithmetic.totals) open
     * the subject, as they stand between a verb and its object */
    if (first > c->a && first - 1 > c->ca &&
        fl_phrases_ending(&c->k->totals, c->text, c->t, c->b, first - 1, &used) >= 0 && first - used >= c->ca)
        first -= used;
    const fl_lexicon *whole = fl_rules_lexicon(c->r, "whole-markers");
    /* "a survey of all 26 toilets found": a whole marker stands where a determiner may */
    while (first > c->a && first > c->ca &&
           (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, first - 1, &used) >= 0 ||
            (whole && fl_lexicon_has_token(whole, c->text, &c->t[first - 1], 1))))
        first--;
    if (first > c->a && first > c->ca && p->tags[first - 1 - c->a] == FL_TAG_ADP && c->t[first - 1].kind == FL_TOK_WORD)
        return -1; /* "with 1,250 passengers", "among 90 passengers": no subject (a dash the tagger read as one is
                    * no preposition) */
    int in_pp = 0;
    size_t from = anaphor_whole_end(c, q); /* "Five of them were hurt" */
    for (size_t j = from; j < c->b && j < from + 12; j++) {
        int t = p->tags[j - c->a];
        size_t head = j < end && !in_pp ? listed_head(c, p, j, end) : 0;
        if (head) {
            j = head;
            continue;
        }
        if (j >= end || (punct_is(c, j, ',') && !in_pp)) {
            int vg = verb_after_apposition(c, p, j);
            return vg >= 0 ? vg : verb_after_relative_aside(c, p, j);
        }
        if (punct_is(c, j, ',') && in_pp && !list_comma(c, p, j)) {
            /* "1,400 staff at the site, which supplies ..., were", "staff at the plant in Y, 90 miles from Z, were" */
            int vg = verb_after_apposition(c, p, j);
            return vg >= 0 ? vg : verb_after_relative_aside(c, p, j);
        }
        if (p->vg_of[j - c->a] >= 0)
            return p->vg_of[j - c->a];
        if (t == FL_TAG_WH && j == from)
            return verb_after_relative(c, p, j);
        in_pp |= t == FL_TAG_ADP;
        if (in_pp && list_comma(c, p, j))
            continue; /* "150 officers from state, county and federal agencies are involved": a list in its PP */
        head = in_pp && figure_at(c, p, j, end) ? pp_count_end(c, p, q, j, end) : 0;
        if (head) {
            j = head; /* "60 rescuers from three teams took part": the count in the PP is no subject's end */
            continue;
        }
        if (t == FL_TAG_CONJ && !in_pp && figure_at(c, p, j + 1, end)) {
            while (figure_at(c, p, j + 1, end))
                j++; /* "85 firefighters and 14 engines were at the scene": coordinated counts share the verb */
            continue;
        }
        head = t == FL_TAG_CONJ && !in_pp ? coordinated_head(c, p, j + 1, end) : 0;
        if (head) {
            j = head; /* "300 guests and staff were moved out": the coordinated heads share the verb */
            continue;
        }
        if (t == FL_TAG_PUNCT || t == FL_TAG_WH || t == FL_TAG_SCONJ || t == FL_TAG_CONJ || t == FL_TAG_NUM ||
            c->t[j].kind == FL_TOK_NUM)
            return -1;
    }
    return -1;
}

/* The class of the verb at v with the word at w as the tables' phrase: an adverb ("come ashore"), the noun of
 * its object ("need treatment") or a particle after it ("pull from"); or -1. The verb alone is not looked up. */
static int verb_word_class(const sctx *c, size_t v, size_t at)
{
    char lemma[48];
    fl_claims_lemma_of(c, v, lemma, sizeof lemma);
    return lemma[0] ? lemma_words_class(c, lemma, at) : -1;
}

/* The class of the verb at v with the head noun of its object phrase at from (after determiners and
 * adjectives, "needed medical treatment", "spent the first night") as a phrase the tables know ("need
 * treatment": treat; "spend night": shelter), or -1. A light verb and the noun that names an act are that act;
 * the verb alone or another noun is not looked up here. */
enum { OBJECT_MODIFIERS = 3 };

static int object_phrase_class(const sctx *c, const fl_parse *p, size_t v, size_t from, size_t end)
{
    size_t used, j = from;
    while (j < end && j < from + OBJECT_MODIFIERS &&
           (p->tags[j - c->a] == FL_TAG_ADJ || fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) >= 0))
        j++;
    if (j == from || j >= end || p->tags[j - c->a] != FL_TAG_NOUN)
        return -1; /* a noun right after the verb was already read as its particle */
    return verb_word_class(c, v, j);
}

/* The class of the state a result verb (predicates.json result_verbs) leaves what a count counts in, from token j:
 * a preposition and a determiner at most, then a phrase of predicates.json result_states ("leaving 43 buses as
 * burnt-out shells": destroy, as "destroyed 43 buses" is; "were left stranded": held); -1 none. The lemma of the
 * verb is given. */
static int result_state(const sctx *c, const fl_parse *p, const char *lemma, size_t j, size_t end)
{
    size_t used;
    if (!lemma[0] || fl_phrases_word(&c->k->result_verbs, lemma, strlen(lemma)) < 0)
        return -1;
    if (j < end && (p->tags[j - c->a] == FL_TAG_ADP || p->tags[j - c->a] == FL_TAG_SCONJ))
        j++; /* "as", "in" */
    if (j < end && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) >= 0)
        j += used;
    return j < end ? fl_phrases_at(&c->k->result_states, c->text, c->t, end, j, &used) : -1;
}

/* The predicate a light verb of `light-object-verbs` (predicates.json: have, take) and the bare plural noun right
 * after it make for their subject, the noun in the singular, into out (cap bytes): "184 employers took stands" and
 * "148 employers have stands" are one count of those who had a stand. Not a noun with a determiner or a modifier
 * ("took the stand", "have two stands"), nor one in the singular ("took part", "have time"); 0 then. */
static int light_object(const sctx *c, const fl_parse *p, const char *lemma, size_t after, size_t end, char *out,
                        size_t cap)
{
    const fl_lexicon *light = fl_rules_lexicon(c->r, "light-object-verbs");
    char w[48], one[48];
    if (!light || !lemma[0] || !fl_lexicon_has(light, lemma, strlen(lemma), 1) || after >= end ||
        p->tags[after - c->a] != FL_TAG_NOUN)
        return 0;
    int np = p->np_of[after - c->a];
    if (np < 0 || c->a + p->nps[np].start != after || c->a + p->nps[np].end != after + 1 ||
        !fl_claims_lower_word(c, after, w, sizeof w))
        return 0;
    snprintf(one, sizeof one, "%s", w);
    singular_item(c->r, one);
    if (strcmp(one, w) == 0)
        return 0;
    snprintf(out, cap, "%s", one);
    return 1;
}

/* The class of a verb at v that is a speech verb or a word of a class itself ("report": stock) with the noun of
 * its object at from, past adverbs, as a phrase the tables know ("reported symptoms", "would eventually report
 * symptoms": ill); -1 when the object makes none (what the subject said is then no predicate of theirs). */
static int speech_object_class(const sctx *c, const fl_parse *p, size_t v, size_t from, size_t end)
{
    while (from < end && p->tags[from - c->a] == FL_TAG_ADV)
        from++;
    if (from >= end || (p->tags[from - c->a] != FL_TAG_NOUN && p->tags[from - c->a] != FL_TAG_ADP))
        return -1;
    int cls = verb_word_class(c, v, from);
    return cls >= 0 ? cls : object_phrase_class(c, p, v, from, end);
}

/* Does the sentence also state a confirmed count: a verb group other than vg whose head's lemma is a word of
 * predicates.json "confirming-verbs" ("confirm", "diagnose") with a number other than figure q after it in its part
 * of the sentence ("Some 87 guests reported symptoms ..., but tests confirmed illness in only 40")? Those who
 * reported the act are then told apart from those in whom it was confirmed, and are no count of the act. */
static int confirmed_count_beside(const sctx *c, const fl_parse *p, int vg, const fl_qty *q)
{
    const fl_lexicon *confirm = fl_rules_lexicon(c->r, "confirming-verbs");
    char lemma[48];
    for (size_t g = 0; confirm && g < p->nvg; g++) {
        size_t h = c->a + p->vgs[g].head;
        if ((int)g == vg || h >= c->b)
            continue;
        fl_claims_lemma_of(c, h, lemma, sizeof lemma);
        if (!lemma[0] || !fl_lexicon_has(confirm, lemma, strlen(lemma), 1))
            continue;
        for (size_t i = h + 1; i < c->b && !strong_boundary(c, i); i++)
            if ((c->t[i].kind == FL_TOK_NUM || p->tags[i - c->a] == FL_TAG_NUM) &&
                !(q && i >= q->tok && i < q->tok_end))
                return 1;
    }
    return 0;
}

/* The predicate of the verb group vg whose subject is the figure: a predicate adjective or particle after a
 * linking verb ("fell ill", "were taken ill", "were missing"), a locative after one ("were inside the
 * building": present), else the main verb's class or lemma. Returns 1 with the class or lemma in out. */
/* Is the future verb group vg's figure q one part of a split or a scoped share: a PP of predicates.json
 * "future-scope-preps" hosted by the verb, right after it or after q's own phrase ("640 prisoners will be released in
 * the first week", "will protect 900 homes in the village of Upton": a phase's or a place's share, no count of the
 * whole plan; not after another phrase, "will hire 120 lecturers, with 35 more on temporary contracts"), or a noun of
 * "future-rest-nouns" heading a phrase of the sentence ("and the rest in June": the count is split)? */
static int future_part(const sctx *c, const fl_parse *p, int vg, const fl_qty *q)
{
    int fig = fl_parse_np_of(p, q->tok - c->a);
    const fl_lexicon *scope = fl_rules_lexicon(c->r, "future-scope-preps");
    const fl_lexicon *rest = fl_rules_lexicon(c->r, "future-rest-nouns");
    for (size_t i = 0; i < p->npp; i++)
        if (p->pps[i].host_vg == vg && p->pps[i].prep > p->vgs[vg].head &&
            (p->pps[i].host_np < 0 || p->pps[i].host_np == fig) &&
            fl_lexicon_has_token(scope, c->text, &c->t[c->a + p->pps[i].prep], 1))
            return 1;
    for (size_t i = 0; i < p->nnp; i++)
        if (fl_lexicon_has_token(rest, c->text, &c->t[c->a + p->nps[i].head], 1))
            return 1;
    return 0;
}

/* Is the clause of verb group vg, or a clause it is coordinated with, opened by a word of predicates.json
 * "open-question-words" ("asked whether the seven staff will be offered jobs": what may happen)? */
static int open_question_clause(const sctx *c, const fl_parse *p, int vg)
{
    const fl_lexicon *ask = fl_rules_lexicon(c->r, "open-question-words");
    for (int cl = p->vgs[vg].clause; cl >= 0 && (size_t)cl < p->nclause; cl = p->clauses[cl].parent) {
        int op = p->clauses[cl].opener;
        if (op >= 0 && c->t[c->a + op].kind == FL_TOK_WORD && fl_lexicon_has_token(ask, c->text, &c->t[c->a + op], 1))
            return 1;
        if (p->clauses[cl].kind != FL_CLAUSE_COORD)
            return 0;
    }
    return 0;
}

/* Does verb group vg, of a modal, say what will be done to or by what figure q counts: a future modal ("will", "shall":
 * the parse's future tense), no negation, q a count (or a bare number a noun may make one), a verb lemma that is not
 * one of predicates.json "capacity-verbs" ("will hold 14,000 fans" tells what the stadium can hold, "will exceed
 * 10,400 cases" what the count will pass), its clause (or the one it is coordinated with) opened by no word of
 * "open-question-words" ("asked whether the seven staff will be offered jobs": what may happen), and the figure no
 * part of a split or a scoped share (future_part)? The count is then the predicate's as a past verb's is, a forecast
 * by its modality ("up to 1,100 prisoners will be released", "The restrictions will cover 1.6 million households");
 * "can", "could", "may" and "would" say what may be and stay none, as a future's measure of another dimension does. */
static int future_predicate(const sctx *c, const fl_parse *p, int vg, const char *lemma, const fl_qty *q)
{
    const fl_lexicon *cap = fl_rules_lexicon(c->r, "capacity-verbs");
    if (vg < 0 || !q || p->vgs[vg].modal < 0 || p->vgs[vg].tense != FL_TENSE_FUTURE || p->vgs[vg].neg || !lemma[0] ||
        (q->dim[0] && !fl_count_dimension(c->r, q->dim)))
        return 0;
    /* after "will" an active verb is in its base form, the word itself ("exceed"), whatever lemma the suffix rules
     * read; a capacity verb with a particle that the acts table classes with it is that act ("will take on 60
     * apprentices": hire), not what a thing can hold */
    size_t head = c->a + p->vgs[vg].head, used = 0;
    int phrasal = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, head, &used) >= 0 && used > 1;
    if (!phrasal &&
        (fl_lexicon_has(cap, lemma, strlen(lemma), 1) || fl_lexicon_has_token(cap, c->text, &c->t[head], 1)))
        return 0;
    return !open_question_clause(c, p, vg) && !future_part(c, p, vg, q);
}

static int subject_predicate(const sctx *c, const fl_parse *p, int vg, size_t end, char *out, size_t cap,
                             const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    size_t head = c->a + p->vgs[vg].head, after = c->a + p->vgs[vg].end, used;
    char lemma[48], w[40], place[40] = "";
    size_t len = fl_claims_lower_word(c, head, w, sizeof w);
    int cls = len ? fl_phrases_word(&k->pred_words, w, len) : -1; /* "were missing" */
    if (cls < 0)
        for (size_t j = c->a + p->vgs[vg].start; j < head && cls < 0; j++)
            if (speech_verb(c, j))
                return 0;
    /* a speech verb in the passive says what was done to them, not what they said: "11 people were admitted",
     * "90 households were told to leave" */
    if ((cls >= 0 || speech_verb(c, head)) && !p->vgs[vg].passive) {
        int phrase = speech_object_class(c, p, head, after, end); /* "87 guests reported symptoms": ill */
        if (phrase >= 0 && confirmed_count_beside(c, p, vg, q))
            phrase = -1; /* "..., but tests confirmed illness in only 40": a report, not the act */
        cls = phrase >= 0 ? phrase : cls;
    }
    if (cls >= 0 || (speech_verb(c, head) && !p->vgs[vg].passive)) {
        if (cls < 0)
            return 0; /* "12 crew members said": what they said is no predicate of theirs */
        snprintf(out, cap, "%s", k->pred_classes[cls]);
        return 1;
    }
    if (after < end && p->tags[after - c->a] == FL_TAG_ADV && (cls = verb_word_class(c, head, after)) >= 0) {
        snprintf(out, cap, "%s", k->pred_classes[cls]); /* "have come ashore": the verb and its adverb */
        return 1;
    }
    while (after < end && p->tags[after - c->a] == FL_TAG_ADV &&
           fl_phrases_at(&k->pred_words, c->text, c->t, c->b, after, &used) < 0) /* "ill" may be read as one */
        after++;
    /* a particle, or a noun the verb takes as a phrase the tables know ("are taking part": present) */
    size_t part = after < end && (p->tags[after - c->a] == FL_TAG_PART || p->tags[after - c->a] == FL_TAG_ADP ||
                                  p->tags[after - c->a] == FL_TAG_NOUN)
                      ? after
                      : SIZE_MAX;
    if (head + 1 < c->a + p->vgs[vg].end && p->tags[head + 1 - c->a] == FL_TAG_PART)
        part = head + 1; /* the group's own particle: "have washed up" */
    /* a light verb and the noun of an act first ("needed medical treatment": treat), else the verb */
    cls = object_phrase_class(c, p, head, after, end);
    if (cls < 0)
        cls = verb_class(c, head, part, lemma, sizeof lemma);
    else
        fl_claims_lemma_of(c, head, lemma, sizeof lemma);
    if (cls < 0 && p->vgs[vg].passive)
        cls = result_state(c, p, lemma, after, end); /* "were left homeless" */
    if (cls < 0 && !p->vgs[vg].passive && p->vgs[vg].modal < 0 && light_object(c, p, lemma, after, end, out, cap))
        return 1; /* "took stands" */
    if (cls >= 0 && patient_act_doer(c, p, vg, head, q, k->pred_classes[cls]))
        return 0; /* "Twelve riders pulled out of the race": they withdrew, no one pulled them out */
    if (cls >= 0) {
        snprintf(out, cap, "%s", k->pred_classes[cls]);
        return 1;
    }
    if (fl_phrases_word(&k->linking, lemma, strlen(lemma)) >= 0) {
        /* a linking verb says nothing itself: its complement does, or nothing we know does */
        if (after < end && (cls = fl_phrases_at(&k->pred_words, c->text, c->t, c->b, after, &used)) >= 0)
            ;
        else if (after < end && (cls = locative_at(c, after, end, place, sizeof place)) >= 0)
            ;
        else
            return 0;
        snprintf(out, cap, "%s%s%s", k->pred_classes[cls], place[0] ? "@" : "", place);
        return 1;
    }
    if ((p->vgs[vg].modal >= 0 && !future_predicate(c, p, vg, lemma, q)) || !lemma[0])
        return 0; /* "can hold 3,000": what may be, not what was */
    int a = fl_phrases_at(&k->acts, c->text, c->t, c->b, head, &used);
    if (patient_act_doer(c, p, vg, head, q, a >= 0 ? k->act_classes[a] : lemma))
        return 0; /* "Two lifeboats rescued 12 people": the rescuers' count */
    snprintf(out, cap, "%s", lemma);
    return 1;
}

/* The first label of the sentence: a word of "number-labels" before a number ("category 2"). */
static void sentence_label(const sctx *c, fl_ref_phrase *ph)
{
    const fl_lexicon *labels = fl_rules_lexicon(c->r, "number-labels");
    for (size_t i = c->a; labels && i + 1 < c->b; i++)
        if (c->t[i + 1].kind == FL_TOK_NUM && c->t[i].kind == FL_TOK_WORD &&
            fl_lexicon_has_token(labels, c->text, &c->t[i], 1)) {
            ph->label = c->text + c->t[i].start;
            ph->label_len = c->t[i].end - c->t[i].start;
            ph->label_num = strtol(c->text + c->t[i + 1].start, NULL, 10);
            return;
        }
}

/* The verb group of a finite relative clause that opens at token j with a relative word ("who began the race",
 * "that have washed up"), or -1. */
static int relative_vg_at(const sctx *c, const fl_parse *p, size_t j)
{
    size_t used;
    if (j + 1 >= c->b || fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, j, &used) < 0 || used != 1)
        return -1;
    int vg = p->vg_of[j + 1 - c->a];
    return vg >= 0 && p->vgs[vg].start == j + 1 - c->a && p->vgs[vg].finite ? vg : -1;
}

/* "the 36 staff with latent TB", "all 6 libraries in the north": the head of the phrase that a qualifying
 * preposition (subjects.json "qualifying-prepositions") opens right after the head noun (ending at token e), in the
 * same clause; not a locative phrase of a predicate class (predicates.json "locatives": "on board"). */
static void qualifying_phrase(const sctx *c, const fl_parse *p, size_t e, fl_ref_phrase *ph)
{
    size_t used;
    if (e + 1 >= c->b || (c->cb && e + 1 >= c->cb) ||
        !fl_lexicon_has_token(fl_rules_lexicon(c->r, "qualifying-prepositions"), c->text, &c->t[e], 1))
        return;
    if (fl_phrases_at(&c->k->locatives, c->text, c->t, c->b, e, &used) >= 0 && used > 1)
        return; /* "the 2,450 passengers on board": where such a count is, no group of its own */
    int np = p->np_of[e + 1 - c->a];
    if (np < 0 || p->nps[np].start != e + 1 - c->a)
        return;
    const fl_token *h = &c->t[c->a + p->nps[np].head];
    ph->qualifier = c->text + h->start;
    ph->qualifier_len = h->end - h->start;
}

/* "the 720 swimmers who began the race": the head verb of a finite relative clause right after the head noun
 * (ending at token e) is the phrase's own verb, as a participle is ("the 44.2 million children targeted"). */
static void relative_verb_of_head(const sctx *c, const fl_parse *p, size_t e, fl_ref_phrase *ph)
{
    int vg = relative_vg_at(c, p, e);
    if (vg < 0)
        return;
    const fl_token *h = &c->t[c->a + p->vgs[vg].head];
    ph->own_verb = c->text + h->start;
    ph->own_verb_len = h->end - h->start;
}

/* The verb group of the relative clause right after the noun of a figure in a prepositional phrase, when the
 * noun is its subject ("Of the 17 boxes that have washed up, four ...": have washed up), or -1. The figure is
 * no subject of the main clause there; what it counts is what the relative clause says. */
enum { REL_NOUNS = 3 };

static int relative_own_verb(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    size_t used, first = qty_first(c, q), j = q->tok_end;
    while (first > c->a && first > c->ca &&
           fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, first - 1, &used) >= 0)
        first--;
    if (first <= c->a || first <= c->ca || p->tags[first - 1 - c->a] != FL_TAG_ADP)
        return -1;
    while (j < c->b && j < q->tok_end + REL_NOUNS && p->tags[j - c->a] == FL_TAG_NOUN)
        j++;
    return relative_vg_at(c, p, j);
}

/* The class of the verb at v with a particle or preposition after its object, the counted figure q (an
 * adjective or adverb between: "pulled nine people alive from the rubble", "brought 12 miners out"), as a
 * phrase the tables know ("pull from": rescue), or -1; the verb alone is not looked up here. */
enum { SPLIT_MODIFIERS = 2 };

static int split_particle_class(const sctx *c, const fl_parse *p, size_t v, const fl_qty *q, size_t end)
{
    size_t j = q->tok_end;
    while (j < end && j < q->tok_end + SPLIT_MODIFIERS &&
           (p->tags[j - c->a] == FL_TAG_ADJ || p->tags[j - c->a] == FL_TAG_ADV))
        j++;
    if (j >= end || (p->tags[j - c->a] != FL_TAG_PART && p->tags[j - c->a] != FL_TAG_ADP))
        return -1;
    return verb_word_class(c, v, j);
}

/* "the sixty-odd people on the bridge when it collapsed", "the 45 crew on duty were enough": when no verb says
 * what a counted noun did, a locative phrase right after the noun does (predicates.json locatives), as after a
 * linking verb, of the clause's subject, in a sentence that tells what happened (its first finite verb after the figure
 * is past); in the present it says where they belong ("the 420 workers in the hall are welders": a stock, no act).
 * Returns 1 with the class (and the narrowed place) in out and the preposition's token in *at. The weakest reading:
 * tried after every family and predicate. */
static int noun_locative(const sctx *c, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    const fl_parse *p = fl_claims_parse_of(c);
    char place[40] = "";
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b, j = q->tok_end;
    int np = p ? p->np_of[q->tok - c->a] : -1;
    if (np < 0 || q->kind != FL_QK_UNIT || q->tok_end >= end || p->nps[np].pp >= 0 ||
        fl_parse_subject(p, p->nps[np].clause) != np)
        return 0; /* the subject's own phrase: "set fire to the 4x4 vehicle in a side street" says nothing */
    while (j < c->b && (p->vg_of[j - c->a] < 0 || !p->vgs[p->vg_of[j - c->a]].finite))
        j++;
    if (j >= c->b || p->vgs[p->vg_of[j - c->a]].tense != FL_TENSE_PAST)
        return 0;
    int cls = locative_at(c, q->tok_end, end, place, sizeof place);
    if (cls < 0)
        return 0;
    snprintf(out, cap, "%s%s%s", c->k->pred_classes[cls], place[0] ? "@" : "", place);
    *at = q->tok_end;
    return 1;
}

/* Is the lemma a linking verb that says nothing of a count that is its object ("there were 300 people")? One of
 * rules/predicates.json "transitive-linking" is an ordinary verb there ("took 4,300 calls"). */
static int linking_object(const sctx *c, const char *lemma)
{
    size_t n = strlen(lemma);
    return fl_phrases_word(&c->k->linking, lemma, n) >= 0 &&
           !fl_lexicon_has(fl_rules_lexicon(c->r, "transitive-linking"), lemma, n, 1);
}

/* "The 1,540 cancelled appointments will be rebooked": when no verb of the clause says what was done to a counted
 * noun, a past participle between the figure and the noun does (its class, or its lemma): what happened to them
 * before, whatever the clause's own verb says will happen now. 1 with it in out and *at, else 0. A linking verb or
 * a word the predicate tables read as a state ("the 12 missing climbers") is left to them. */
static int premodifier_predicate(const sctx *c, const fl_parse *p, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    size_t used, head;
    (void)noun_run(c, p, q->tok_end, &head);
    for (size_t j = q->tok_end; j < head; j++) {
        int t = p->tags[j - c->a];
        if (t != FL_TAG_VBN && t != FL_TAG_VBD)
            continue;
        char lemma[48];
        int cls = verb_class(c, j, SIZE_MAX, lemma, sizeof lemma);
        if (cls < 0 && (!lemma[0] || fl_phrases_word(&c->k->linking, lemma, strlen(lemma)) >= 0 ||
                        fl_phrases_at(&c->k->pred_words, c->text, c->t, c->b, j, &used) >= 0))
            return 0;
        snprintf(out, cap, "%s", cls >= 0 ? c->k->pred_classes[cls] : lemma);
        *at = j;
        return 1;
    }
    return 0;
}

/* The index of the first predicate class that predicates.light names ("stock"), or -1. */
static int light_index(const fl_knowledge *k)
{
    for (size_t i = 0; i < k->npred_classes; i++)
        if (fl_phrases_word(&k->light_preds, k->pred_classes[i], strlen(k->pred_classes[i])) >= 0)
            return (int)i;
    return -1;
}

/* Is verb group vg a bare present participle that describes the figure whose noun it follows, of a lemma of
 * rules/predicates.json "describing-participles" ("2,400 entries ranging from horses to goats", "1,150 stands
 * including 40 food stalls"): a reduced relative telling its range, parts or sum, not what was done? */
static int describing_participle(const sctx *c, const fl_parse *p, int vg)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "describing-participles");
    size_t head = c->a + p->vgs[vg].head;
    char lemma[48];
    if (!lex || p->vgs[vg].finite || p->vgs[vg].start != p->vgs[vg].head || p->tags[head - c->a] != FL_TAG_VBG)
        return 0;
    fl_claims_lemma_of(c, head, lemma, sizeof lemma);
    return lemma[0] && fl_lexicon_has(lex, lemma, strlen(lemma), 1);
}

/* "The failure of 14 freezers": a figure in the "of" phrase of a noun that names a verb's act (predicates.json
 * nominalisations; v the phrase's first token, after its determiners) counts what the act was done to or by, as
 * "14 freezers failed" does. 1 with the verb's class, else its lemma, in out and the noun in *at. */
static int nominal_predicate(const sctx *c, size_t v, char *out, size_t cap, size_t *at)
{
    size_t used;
    if (v < c->a + 2 || v - 2 < c->ca || !fl_claims_role(c, v - 1, FL_ROLE_OF))
        return 0;
    int n = fl_phrases_ending(&c->k->nominals, c->text, c->t, c->b, v - 2, &used);
    if (n < 0 || v - 1 - used < c->ca)
        return 0;
    const char *lemma = c->k->lemmas[n];
    int cls = phrase_value(&c->k->pred_words, lemma);
    snprintf(out, cap, "%s", cls >= 0 ? c->k->pred_classes[cls] : lemma);
    *at = v - 2;
    return 1;
}

/* "operates 214 pubs and 38 hotels", "sold 40 cars, 12 vans and nine lorries": a counted phrase after a
 * coordinator or a list's comma that ends another count of things (a common noun last, no measure's unit) is the
 * same verb's object. Returns the first
 * token of the list's first counted phrase, or v (the figure's phrase's first token) when it is no later conjunct,
 * or is the subject of a verb of its own ("two died and 27 were injured"). */
static size_t object_list_start(const sctx *c, const fl_parse *p, const fl_qty *q, size_t v)
{
    size_t used;
    int np = p->np_of[q->tok - c->a];
    size_t after = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    int vg = after < c->b ? p->vg_of[after - c->a] : -1;
    if (vg >= 0 && p->vgs[vg].finite && c->a + p->vgs[vg].start == after)
        return v;
    for (size_t start = v; start > c->a + 1 && start - 2 >= c->ca;) {
        size_t cj = start - 1;
        if (!punct_is(c, cj, ',') && fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, cj, &used) < 0)
            break;
        int prev = p->np_of[cj - 1 - c->a];
        if (prev < 0 || p->nps[prev].pp >= 0 || c->a + p->nps[prev].start < c->ca)
            break;
        size_t s = c->a + p->nps[prev].start, n;
        for (n = s; n < cj && !figure_at(c, p, n, cj); n++)
            ;
        size_t h = c->a + p->nps[prev].head;
        int u = fl_phrases_ending(&c->k->unit_names, c->text, c->t, c->b, h, &used);
        if (n >= cj || p->tags[h - c->a] != FL_TAG_NOUN ||
            (u >= 0 && !fl_count_dimension(c->r, c->k->units[u].dimension)) ||
            fl_phrases_ending(&c->k->percent, c->text, c->t, c->b, h, &used) >= 0)
            break; /* "operates hotels and 38 pubs", "had 24 points and seven rebounds": no count of things before */
        v = start = s;
    }
    return v;
}

/* The finite verb group with an auxiliary that starts right after the phrase of figure q ("300 homes were
 * flooded", "73 detainees had been held"), or -1. A lone verb may be a participle that describes the phrase ("to
 * free a dozen people pinned under the rig") or a noun the tagger read as a verb ("32 parallel graphics cores"). */
static int complement_verb(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    int np = p->np_of[q->tok - c->a];
    size_t j = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    int vg = j < c->b ? p->vg_of[j - c->a] : -1;
    if (vg < 0 || c->a + p->vgs[vg].start != j || !p->vgs[vg].finite)
        return -1;
    return p->vgs[vg].end - p->vgs[vg].start > 1 ? vg : -1;
}

/* "That means the 31 whales we refloated are doing well", "the 31 survivors we returned to the sea": a relative
 * clause with no relative word (a pronoun, then its finite verb group) right after the counted phrase says what
 * was done to what the figure counts, whatever verb governs the phrase. Returns the class of its verb with its
 * particle or the words after it, when the tables know it (predicates.classes), with *at its verb; else -1. */
static int known_act(const fl_knowledge *k, const char *item);

static int contact_relative_class(const sctx *c, const fl_parse *p, const fl_qty *q, size_t end, size_t *at)
{
    int np = p->np_of[q->tok - c->a];
    size_t j = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    if (j + 1 >= end || p->tags[j - c->a] != FL_TAG_PRON)
        return -1;
    int vg = p->vg_of[j + 1 - c->a];
    if (vg < 0 || !p->vgs[vg].finite || c->a + p->vgs[vg].start != j + 1 || p->vgs[vg].modal >= 0)
        return -1;
    /* its own verb is the group's last before another finite verb, which the tagger may have joined to it ("we
     * refloated are doing well") */
    size_t head = c->a + p->vgs[vg].head, after = c->a + p->vgs[vg].end;
    for (size_t m = j + 2; m < after; m++)
        if (p->tags[m - c->a] == FL_TAG_VBD || p->tags[m - c->a] == FL_TAG_VBP) {
            head = m - 1;
            after = m;
            break;
        }
    char lemma[48];
    int cls = verb_class(c, head, after < end ? after : SIZE_MAX, lemma, sizeof lemma);
    if (cls >= 0)
        *at = head;
    return cls;
}

/* The verb group of a relative clause right after the counted noun of figure q ("means the 3,800 people who still
 * live in the blocks": still live), whose subject the noun is, when the verb group vg that governs the figure is of
 * a verb that says nothing of what it governs (predicates.json "relative-governors": "mean"); -1 none. What the
 * figure counts is then what the relative clause says of it. An event verb keeps its own object ("killed 120 sheep
 * that were sheltering in the barn" is kill:sheep). */
enum { REL_ADVERBS = 2 };

static int counted_relative(const sctx *c, const fl_parse *p, const fl_qty *q, int vg)
{
    char lemma[32];
    if (vg < 0)
        return -1;
    fl_claims_lemma_of(c, c->a + p->vgs[vg].head, lemma, sizeof lemma);
    const fl_lexicon *gov = fl_rules_lexicon(c->r, "relative-governors");
    if (!gov || !fl_lexicon_has(gov, lemma, strlen(lemma), 1))
        return -1;
    size_t j = q->tok_end;
    while (j < c->b && j < q->tok_end + REL_NOUNS && p->tags[j - c->a] == FL_TAG_NOUN)
        j++;
    size_t used, v = j + 1;
    if (j + 1 >= c->b || fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, j, &used) < 0 || used != 1)
        return -1;
    while (v + 1 < c->b && v < j + 1 + REL_ADVERBS && p->tags[v - c->a] == FL_TAG_ADV)
        v++; /* "who still live" */
    int rv = p->vg_of[v - c->a];
    return rv >= 0 && rv != vg && p->vgs[rv].finite && c->a + p->vgs[rv].start > j ? rv : -1;
}

/* When the verb before figure q, whose object it would be, has no class: the class rel of a relative clause with
 * no relative word after its phrase (at rel_at: "means the 31 whales we refloated": refloat), or, after a bare
 * verb (its group vg), the predicate of the verb group with an auxiliary that follows its phrase, whose subject it
 * is ("Officials estimate 300 homes were flooded": flood), unless that says only what they have ("had water come
 * in": no stock). 1 with it in out and *at. */
static int unclassed_governor(const sctx *c, const fl_parse *p, const fl_qty *q, int rel, size_t rel_at, int bare_verb,
                              int vg, char *out, size_t cap, size_t *at)
{
    const fl_knowledge *k = c->k;
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b;
    if (rel >= 0) {
        snprintf(out, cap, "%s", k->pred_classes[rel]);
        *at = rel_at;
        return 1;
    }
    int own = bare_verb ? complement_verb(c, p, q) : -1;
    if (own >= 0 && own != vg && subject_predicate(c, p, own, end, out, cap, q) &&
        fl_phrases_word(&k->light_preds, out, strlen(out)) < 0) {
        *at = c->a + p->vgs[own].head;
        return 1;
    }
    own = bare_verb ? counted_relative(c, p, q, vg) : -1;
    if (own >= 0 && subject_predicate(c, p, own, end, out, cap, q) &&
        fl_phrases_word(&k->light_preds, out, strlen(out)) < 0) {
        *at = c->a + p->vgs[own].head;
        return 1;
    }
    return 0;
}

/* The predicate of a counted figure with no family and no act (see README "Open predicates"), as a class
 * ("ill") or, for a verb the tables do not know, its lemma ("report"), in out; *at is where it is. Tried in
 * order: a participle right after the figure ("90 passengers struck down"), known to the tables; the verb
 * whose object it is ("sickened thirty", "laid off 70 workers"); the verb group whose subject it is. 0
 * when none says. */
/* Is q a count in the generic unit (the act family's: of a noun no unit names), or a bare number that its noun
 * after it will make one ("There are 3,240 places.")? */
static int generic_count_or_bare(const fl_knowledge *k, const fl_qty *q)
{
    return k->act_family >= 0 && (q->kind == FL_QK_BARE || q->unit == k->metrics[k->act_family].count_unit);
}

/* Where the phrase of figure q starts as a verb's object: before its determiners, a whole marker, one adjective
 * between a determiner and it (premodified_start) and the words that make it a sum. */
static size_t object_phrase_start(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    size_t v = qty_first(c, q), used;
    const fl_knowledge *k = c->k;
    const fl_lexicon *whole = fl_rules_lexicon(c->r, "whole-markers");
    if (premodified_start(c, p, v) < v)
        v--; /* "reported a record 43,850 bookings": its determiner is walked below */
    /* "rolled back all 52 nodes": a whole marker (subjects.json) stands where a determiner may; a "that" the
     * parse reads as a conjunction opens a clause the figure is the subject of ("found that 73 detainees had
     * been held": held, not found) */
    while (v > c->a && v > c->ca && p->tags[v - 1 - c->a] != FL_TAG_SCONJ &&
           (fl_phrases_at(&k->determiners, c->text, c->t, c->b, v - 1, &used) >= 0 ||
            (whole && fl_lexicon_has_token(whole, c->text, &c->t[v - 1], 1))))
        v--;
    /* "logged a total of 227 species": the words that make the figure a sum (arithmetic.totals) stand between
     * the verb and its object */
    if (v > c->a && v - 1 > c->ca && fl_phrases_ending(&k->totals, c->text, c->t, c->b, v - 1, &used) >= 0 &&
        v - used > c->ca)
        v -= used;
    return v;
}

/* The act class (claim_model.acts) of the one word at token v, when a listed act's form is that word alone and out
 * (cap bytes) holds only its lemma, into out: the verb an aside parts from the count is the act it would be right
 * after the count ("About 1,400 staff, who make gearboxes, were sacked" is dismiss, as "About 1,400 staff were
 * sacked" is). */
static void act_word_class(const sctx *c, size_t v, char *out, size_t cap)
{
    size_t used;
    char lemma[48];
    fl_claims_lemma_of(c, v, lemma, sizeof lemma);
    if (strcmp(lemma, out) != 0)
        return; /* a predicate class, or the verb with its particle: the tables' reading stands */
    int a = v < c->b ? fl_phrases_at(&c->k->acts, c->text, c->t, c->b, v, &used) : -1;
    if (a >= 0 && used == 1)
        snprintf(out, cap, "%s", c->k->act_classes[a]);
}

/* The class of the own verb of relative verb group vg when the tagger joined the main clause's verb to it (see
 * relative_own_head): the class the tables give it with its particle, else the act class of claim_model.acts it is,
 * into out with *at the verb; 0 when the group is not joined or its own verb has no class (the joined group's head
 * would give the main verb, what the part did). */
static int merged_relative_class(const sctx *c, const fl_parse *p, int vg, char *out, size_t cap, size_t *at)
{
    size_t head = relative_own_head(c, p, vg), used;
    char lemma[48];
    if (head == c->a + p->vgs[vg].head)
        return 0;
    int cls = verb_class(c, head, head + 1 < c->b ? head + 1 : SIZE_MAX, lemma, sizeof lemma);
    int a = cls < 0 ? fl_phrases_at(&c->k->acts, c->text, c->t, c->b, head, &used) : -1;
    if (cls < 0 && (a < 0 || used != 1))
        return 0;
    snprintf(out, cap, "%s", cls >= 0 ? c->k->pred_classes[cls] : c->k->act_classes[a]);
    *at = head;
    return 1;
}

static int open_predicate(const sctx *c, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b, used;
    char lemma[48], place[40] = "";
    if (!p || !k->npred_classes)
        return 0;
    if (q->tok_end < end && p->tags[q->tok_end - c->a] == FL_TAG_VBN) {
        size_t part = q->tok_end + 1 < end ? q->tok_end + 1 : SIZE_MAX;
        int cls = verb_class(c, q->tok_end, part, lemma, sizeof lemma);
        if (cls >= 0) {
            snprintf(out, cap, "%s", k->pred_classes[cls]);
            *at = q->tok_end;
            return 1;
        }
    }
    size_t v = object_phrase_start(c, p, q);
    v = collective_start(c, v); /* "rescued a group of 12 hikers" */
    v = object_list_start(c, p, q, v);
    if (nominal_predicate(c, v, out, cap, at))
        return 1;
    size_t rel_at = 0;
    int rel = contact_relative_class(c, p, q, end, &rel_at);
    if (v > c->a && v - 1 >= c->ca && is_verb_tag(p->tags[v - 1 - c->a])) {
        fl_claims_lemma_of(c, v - 1, lemma, sizeof lemma); /* "..., leaving 43 buses as burnt-out shells" */
        int rs = result_state(c, p, lemma, q->tok_end, end);
        if (rs >= 0) {
            snprintf(out, cap, "%s", k->pred_classes[rs]);
            *at = v - 1;
            return 1;
        }
    }
    if (v > c->a + 1 && v - 1 > c->ca) {
        size_t part = SIZE_MAX, vh = v - 1;
        int pt = p->tags[vh - c->a];
        if (pt == FL_TAG_ADV && vh > c->ca && is_verb_tag(p->tags[vh - 1 - c->a]) && suffixed_adverb(c, vh))
            vh--; /* an adverb by its ending says how or how much, no particle: "leaves only 486 spare places" */
        else if (pt == FL_TAG_PART || pt == FL_TAG_ADP ||
                 (pt == FL_TAG_ADV && vh > c->ca && is_verb_tag(p->tags[vh - 1 - c->a])))
            part = vh--; /* an adverb right after a verb is its particle: "rolled back all 52 nodes" */
        int vg = p->vg_of[vh - c->a];
        int cls = is_verb_tag(p->tags[vh - c->a]) ? verb_class(c, vh, part, lemma, sizeof lemma) : -1;
        int split = part == SIZE_MAX && is_verb_tag(p->tags[vh - c->a]) ? split_particle_class(c, p, vh, q, end) : -1;
        if (split >= 0)
            cls = split; /* "pulled nine people alive from the rubble" */
        if (cls < 0 && unclassed_governor(c, p, q, rel, rel_at, part == SIZE_MAX && is_verb_tag(p->tags[vh - c->a]), vg,
                                          out, cap, at))
            return 1; /* "means the 31 whales we refloated", "estimate 300 homes were flooded" */
        /* a modal verb says what may be ("can hold 3,000"), except of a stock, which has a modality of its own
         * ("would enrol 38,000 students": a forecast) */
        int light =
            cls >= 0 && fl_phrases_word(&k->light_preds, k->pred_classes[cls], strlen(k->pred_classes[cls])) >= 0;
        /* a reporting verb whose object is the count states that count ("confirmed 23 cases"), when the tables
         * give it a class; one they do not is what was said, no predicate of the count */
        if (is_verb_tag(p->tags[vh - c->a]) && (cls >= 0 || !speech_verb(c, vh)) &&
            (vg < 0 || p->vgs[vg].modal < 0 || light || future_predicate(c, p, vg, lemma, q))) {
            if (cls < 0 && part == SIZE_MAX && vh > c->a && vh - 1 >= c->ca &&
                fl_phrases_at(&k->existential, c->text, c->t, c->b, vh - 1, &used) >= 0 &&
                fl_phrases_word(&k->linking, lemma, strlen(lemma)) >= 0) {
                cls = locative_at(c, q->tok_end, end, place, sizeof place); /* "there were 300 people inside" */
                /* "there were 5,830 insolvencies in the quarter": how many of a thing no unit names there were, a
                 * stock (of persons, "there are 70 children" says only who was about) */
                if (cls < 0 && generic_count_or_bare(k, q))
                    cls = light_index(k);
            }
            /* a verb and its particle the tables do not know are the predicate together: "rolled back" */
            char prt[16] = "";
            if (cls < 0 && part != SIZE_MAX && p->tags[part - c->a] != FL_TAG_ADP)
                fl_claims_lower_word(c, part, prt, sizeof prt);
            if (cls >= 0 || ((part == SIZE_MAX || prt[0]) && lemma[0] && !linking_object(c, lemma))) {
                snprintf(out, cap, "%s%s%s%s%s", cls >= 0 ? k->pred_classes[cls] : lemma, prt[0] ? " " : "", prt,
                         place[0] ? "@" : "", place);
                *at = vh;
                return 1;
            }
        }
    }
    int vg = relative_own_verb(c, p, q);
    if (vg >= 0 && merged_relative_class(c, p, vg, out, cap, at))
        return 1; /* "two of the four swimmers who were rescued have recovered": rescue */
    if (vg >= 0 && subject_predicate(c, p, vg, c->b, out, cap, q)) {
        *at = c->a + p->vgs[vg].head;
        return 1;
    }
    vg = subject_verb(c, p, q, end);
    /* a verb past an aside after the figure's clause end ("..., which supplies the carmakers, were balloted") reads
     * its own words up to the sentence's end */
    if (vg >= 0 && !describing_participle(c, p, vg) &&
        subject_predicate(c, p, vg, c->a + p->vgs[vg].start >= end ? c->b : end, out, cap, q) &&
        (rel < 0 || known_act(k, out))) {
        *at = c->a + p->vgs[vg].head;
        if (c->a + p->vgs[vg].start >= end)
            act_word_class(c, *at, out, cap); /* past an aside: "..., which makes gearboxes, were sacked": dismissed */
        return 1;
    }
    if (rel >= 0) {
        snprintf(out, cap, "%s", k->pred_classes[rel]); /* "the 31 whales we refloated are doing well" */
        *at = rel_at;
        return 1;
    }
    if (premodifier_predicate(c, p, q, out, cap, at))
        return 1;
    /* "a condition survey of all 26 public toilets found ...": a whole set that no verb predicates is the whole
     * stock of what it counts (the light class), as "operates 23 public toilets" is */
    size_t f = qty_first(c, q);
    const fl_lexicon *whole = fl_rules_lexicon(c->r, "whole-markers");
    int light;
    if ((q->kind == FL_QK_UNIT || q->kind == FL_QK_BARE) && f > c->a && f > c->ca && whole &&
        fl_lexicon_has_token(whole, c->text, &c->t[f - 1], 1) && (light = light_index(k)) >= 0) {
        snprintf(out, cap, "%s", k->pred_classes[light]);
        *at = f - 1;
        return 1;
    }
    return 0;
}

/* The class of what a count counts (rules/predicates.json "item_classes": a job cut is a worker's post), or
 * the unit's id. */
static const char *item_class(const fl_knowledge *k, const char *id)
{
    int cl = fl_phrases_word(&k->item_class_of, id, strlen(id));
    return cl >= 0 ? k->item_classes[cl] : id;
}

/* The unit a predicate class counts when its figure names nothing ("sickened thirty": persons), or -1. */
static int bare_unit(const fl_knowledge *k, const char *cls)
{
    int b = fl_phrases_word(&k->bare_preds, cls, strlen(cls));
    for (size_t u = 0; b >= 0 && u < k->nunits; u++)
        if (strcmp(k->units[u].id, k->bare_units[b]) == 0)
            return (int)u;
    return -1;
}

/* The figure is the object of a preposition right after a verb the tables do not know, no determiner between:
 * "linked to 12 crashes", "rose to 40 stores" is not one (a change word is a verb the tables know). */
static int verb_and_preposition(const sctx *c, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    if (!p || f < c->a + 2 || f - 2 < c->ca || p->tags[f - 1 - c->a] != FL_TAG_ADP || change_word(c, f - 2))
        return 0;
    int vg = p->vg_of[f - 2 - c->a];
    if ((p->tags[f - 2 - c->a] != FL_TAG_VBN && p->tags[f - 2 - c->a] != FL_TAG_VBD) || speech_verb(c, f - 2) ||
        (vg >= 0 && p->vgs[vg].modal >= 0))
        return 0;
    char lemma[24], prep[16];
    fl_claims_lemma_of(c, f - 2, lemma, sizeof lemma);
    if (!lemma[0] || !fl_claims_lower_word(c, f - 1, prep, sizeof prep))
        return 0;
    int n = snprintf(out, cap, "%s %s", lemma, prep);
    if (n < 0 || (size_t)n >= cap)
        return 0;
    *at = f - 2;
    return 1;
}

/* A bare number right before a common noun that no unit names ("linked to 12 crashes", "three undersea
 * cables failed") counts that noun, when an open predicate of its clause says what was done to or with
 * them: a count of the generic unit (the act family's), its item the noun as written (after a number above
 * one, every outlet writes the plural). Nouns of several words keep their head, the last noun of the run
 * ("12 forensic firms"), and only a run of at most three words that ends the noun phrase is read; a
 * capitalised run (a name: "3 Doors Down") or a noun followed by "of" ("3 kinds of ...") is not. 1 when so. */
static int impersonal_possessor(const sctx *c, const fl_qty *q);
static int in_quotation(const sctx *c, const fl_qty *q);

/* Is token j a modifier of the noun a figure counts: an adjective ("12 forensic firms"), a listed act's
 * participle ("the 52,000 recalled packages") or any participle a common noun follows ("227 breeding species",
 * "the 40 stranded passengers"): a participle is read as a verb by the tagger, yet before a noun it premodifies
 * it. */
static int count_modifier(const sctx *c, const fl_parse *p, size_t j)
{
    int t = p->tags[j - c->a];
    return t == FL_TAG_ADJ || act_participle(c, p, j) ||
           ((t == FL_TAG_VBG || t == FL_TAG_VBN) && j + 1 < c->b &&
            (noun_tag(c, j + 1) || p->tags[j + 1 - c->a] == FL_TAG_ADJ)); /* "1,150 unused grave spaces" */
}

/* Is token j a hyphen written with no space either side ("long-finned"), joining two words into one? */
static int glued_hyphen(const sctx *c, size_t j)
{
    return j > c->a && j + 1 < c->b && c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == '-' &&
           c->t[j].end - c->t[j].start == 1 && c->t[j - 1].end == c->t[j].start && c->t[j].end == c->t[j + 1].start;
}

/* Does token j, after from, open another noun phrase right after one ("240,000 gas boilers | last year"): the
 * phrase of the counted noun has ended? */
static int np_boundary(const sctx *c, const fl_parse *p, size_t j, size_t from)
{
    int np = p->np_of[j - c->a], prev = j > c->a ? p->np_of[j - 1 - c->a] : -1;
    return j > from && np >= 0 && p->nps[np].start == j - c->a && prev >= 0 && prev != np;
}

/* The words from token i, right after a figure, that may be the noun it counts and its premodifiers: at most
 * three words, each a common noun or a modifier of one (count_modifier: "1,450 outpatient appointments", "227
 * breeding species"), a compound joined by hyphens counted as one ("87 long-finned pilot whales"), within the
 * figure's noun phrase ("240,000 gas boilers | last year"). Returns the end of the run; *head is its last noun,
 * or i when it has none. (An adjective was once refused here because "Three cable systems" became a count that
 * the arithmetic check paired with an unrelated share and whole; arithmetic pairs no such figures now.) */
static size_t noun_run(const sctx *c, const fl_parse *p, size_t i, size_t *head)
{
    size_t end = i, words = 0;
    *head = i;
    while (end < c->b && words < 3 && !np_boundary(c, p, end, i)) {
        if (end > i && glued_hyphen(c, end) && c->t[end + 1].kind == FL_TOK_WORD) {
            if (*head + 1 == end)
                *head = end + 1; /* "4,000 day-trippers": the compound's last piece heads it */
            end += 2;            /* the pieces of a compound, whatever they are tagged */
            continue;
        }
        /* a past form right after the figure, a noun after it, is a participle whatever the tagger says ("5,830
         * registered company insolvencies") */
        int past = end == i && p->tags[end - c->a] == FL_TAG_VBD && end + 1 < c->b && noun_tag(c, end + 1);
        if (c->t[end].kind != FL_TOK_WORD ||
            (p->tags[end - c->a] != FL_TAG_NOUN && !count_modifier(c, p, end) && !past))
            break;
        /* a verb after the noun, no noun after it, is the noun's predicate, no modifier of it: "41 shops closed
         * that evening" counts shops */
        if (end > i && p->tags[end - 1 - c->a] == FL_TAG_NOUN && p->tags[end - c->a] != FL_TAG_NOUN &&
            is_verb_tag(p->tags[end - c->a]) && !(end + 1 < c->b && noun_tag(c, end + 1)))
            break;
        if (p->tags[end - c->a] == FL_TAG_NOUN)
            *head = end;
        end++;
        words++;
    }
    return end;
}

/* Does figure q count a common noun that modifiers lead to, within its clause ("1,124 catalytic converters", "87
 * long-finned pilot whales": noun_run from the word after it, that word no noun itself)? A noun that names a count
 * unit ("27 injured people") or a time ("14 more days") is not one: the trigger before says what such a figure
 * counts, as it did before, and "three injured" has no noun at all. */
static int modified_noun_after(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t i = q->tok_end, head;
    if (!p || i >= c->cb || c->t[i].kind != FL_TOK_WORD || noun_tag(c, i))
        return 0;
    size_t end = noun_run(c, p, i, &head);
    return head > i && end <= c->cb && noun_tag(c, head) && !count_unit_at(c, head) &&
           !fl_claims_time_phrase(c, head) && (end >= c->cb || !fl_claims_role(c, end, FL_ROLE_OF));
}

/* Do the words from token i, right after a figure, end in a common noun (noun_run)? */
static int modified_noun_at(const sctx *c, const fl_parse *p, size_t i)
{
    size_t head;
    (void)noun_run(c, p, i, &head);
    return p->tags[head - c->a] == FL_TAG_NOUN;
}

static int noun_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_knowledge *k = c->k;
    int u = k->act_family >= 0 ? k->metrics[k->act_family].count_unit : -1;
    size_t used, head, end;
    if (u < 0 || !p || q->value < 2 || q->value != trunc(q->value))
        return 0;
    end = noun_run(c, p, q->tok_end, &head);
    /* "recalling 48,000 packages of soft cheese": a listed act says what was done to the noun, whatever it
     * is of ("3 kinds of ..." with none is not read) */
    size_t at;
    /* "14 cases of measles": a family's own noun (a trigger, looked up only before "of") is what is counted,
     * whatever it is of */
    if (p->tags[head - c->a] != FL_TAG_NOUN || head + 1 < end ||
        (c->text[c->t[head].start] >= 'A' && c->text[c->t[head].start] <= 'Z') ||
        (end < c->b && c->t[end].kind == FL_TOK_WORD &&
         (p->tags[end - c->a] == FL_TAG_NOUN ||
          (fl_claims_prep_role(c, end) == FL_PREP_OF &&
           !(fl_phrases_at(&k->triggers, c->text, c->t, c->b, head, &used) >= 0 && used == 1) &&
           act_of(c, q, &at) < 0))))
        return 0;
    /* "548 rushing yards": a noun that names a unit of measure is no counted thing */
    int mu = fl_phrases_at(&k->unit_names, c->text, c->t, c->b, head, &used);
    if (mu >= 0 && !fl_count_dimension(c->r, k->units[mu].dimension))
        return 0;
    if (!generic_noun_count(c, q, head, 1, pool))
        return 0;
    q->tok_end = head + 1;
    q->end = c->t[head].end;
    return 1;
}

/* Makes the bare number q a count of the noun whose head is at token head (the whole of a hyphen compound:
 * "day-trippers"), in the generic unit (the act family's), when an open predicate of q's clause, or a verb and
 * the preposition right before q, says what was done to or with it; adjacent when the noun follows q, so that the
 * figure with its noun may be the predicate's subject too ("the 12.8 million overnight stays | recorded in ...").
 * q's tokens stay its own. 1 when so. */
/* Does a family's trigger end right before the figure q, whose noun at head is a kind of person ("claimed the
 * lives of two fishermen", "the deaths of three deckhands")? The trigger then says what befell them. */
static int person_after_trigger(const sctx *c, const fl_qty *q, size_t head)
{
    size_t used;
    return q->tok > c->a && person_noun_at(c, head) &&
           fl_phrases_ending(&c->k->triggers, c->text, c->t, c->b, q->tok - 1, &used) >= 0;
}

static int measure_noun(const sctx *c, size_t i);

/* Is figure q the count in an "of" phrase of a common noun that names what the things counted make up or are
 * short of ("a trackway of 421 oak stakes", "a backlog of 18,400 applications", "a shortfall of 2,340 places")?
 * That noun is no measure noun ("the number of"), no unit ("a crew of 22": noun_of_count's) and no time ("a period
 * of"); a family's word that counts ("a toll of 14") made the figure its count before (bare_count): the figure
 * counts the noun after it. */
static int of_phrase_head(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), h = f - 2;
    if (!p || f < c->ca + 2 || f < c->a + 2 || !fl_claims_role(c, f - 1, FL_ROLE_OF) ||
        p->tags[h - c->a] != FL_TAG_NOUN || c->t[h].kind != FL_TOK_WORD)
        return 0;
    unsigned char first = (unsigned char)c->text[c->t[h].start];
    return first >= 'a' && first <= 'z' && !measure_noun(c, h) && count_unit_of(c, h) == -1 &&
           !fl_claims_time_phrase(c, h);
}

/* Is figure q the object of a preposition that, after a noun naming an act, says what the act was done to
 * (predicates.json lexicon `act-noun-patients`, "noun preposition": "damage to", "damage at")? "recorded damage to
 * 146 properties" counts damaged properties, as "146 properties were damaged" does: the noun's family or act then
 * keys it. The noun must stand right before the preposition, in the figure's clause. */
static int nominal_patient(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *pairs = fl_rules_lexicon(c->r, "act-noun-patients");
    size_t f = qty_first(c, q);
    char noun[40], prep[16], key[64];
    if (!pairs || f < c->a + 2 || f - 2 < c->ca || c->t[f - 1].kind != FL_TOK_WORD ||
        !fl_claims_lower_word(c, f - 2, noun, sizeof noun) || !fl_claims_lower_word(c, f - 1, prep, sizeof prep))
        return 0;
    int len = snprintf(key, sizeof key, "%s %s", noun, prep);
    return len > 0 && (size_t)len < sizeof key && fl_lexicon_has(pairs, key, (size_t)len, 1);
}

static int generic_noun_count(const sctx *c, fl_qty *q, size_t head, int adjacent, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    int u = k->act_family >= 0 ? k->metrics[k->act_family].count_unit : -1;
    size_t used;
    char pred[48];
    if (u < 0)
        return 0;
    fl_qty with_noun = *q;
    with_noun.tok_end = head + 1;
    if (!open_predicate(c, q, pred, sizeof pred, &used) && !verb_and_preposition(c, q, pred, sizeof pred, &used) &&
        !nominal_patient(c, q) &&
        !impersonal_possessor(c, q) && /* "has told its 64 tenants": a thing's whole complement of them */
        !person_after_trigger(c, q, head) && !(adjacent && of_phrase_head(c, q)) &&
        !(adjacent && open_predicate(c, &with_noun, pred, sizeof pred, &used)))
        return 0;
    size_t from = head; /* the whole of a compound head: "day-trippers" */
    while (from >= c->a + 2 && from - 2 >= q->tok_end && glued_hyphen(c, from - 1))
        from -= 2;
    return generic_item_count(c, q, from, head, u, pool);
}

/* ---- a level that a subject of common nouns came to ---- */

/* Does the verb group vg say what its subject came to, the figure starting at token first: a verb of the
 * "level-verbs" lexicon (rules/predicates.json) by its lemma when the figure follows it ("numbered 312", "were
 * 45"), or with the one word between ("rose to 1,690", "stood at 2,870"; "rose by 40" is a change)? Adverbs
 * after the verb are skipped ("rose sharply to"). */
/* Do the words [j, to) between a verb of change and the particle at to before the level state only the change
 * or the old value and when ("fell by 12 over the year, to 519", "rose from 531 in 2025 to 540", "rose 4%
 * last year to 3,120"): a change link ("by"), a "from" or a figure first, then only figures, determiners, adjectives,
 * adverbs, prepositions, time words and commas, at most LEVEL_CHANGE_SPAN words and no verb; a place or a
 * name between ("fell by 12 in Kent, to 519") narrows what the level counts, and gives none. */
#define LEVEL_CHANGE_SPAN 10
static int change_before_level(const sctx *c, const fl_parse *p, size_t j, size_t to)
{
    if (!(fl_claims_role(c, j, FL_ROLE_FROM) || fl_claims_role(c, j, FL_ROLE_CHANGE_LINK) || figure_at(c, p, j, to)) ||
        to - j > LEVEL_CHANGE_SPAN)
        return 0;
    for (size_t i = j; i < to; i++) {
        int t = p->tags[i - c->a];
        if (p->vg_of[i - c->a] >= 0 ||
            (c->t[i].kind == FL_TOK_PUNCT && !punct_is(c, i, ',') && !figure_at(c, p, i, to) &&
             !(i > j && figure_at(c, p, i - 1, to) && c->text[c->t[i].start] == '%')))
            return 0;
        if (c->t[i].kind == FL_TOK_NUM || t == FL_TAG_NUM || t == FL_TAG_DET || t == FL_TAG_ADJ || t == FL_TAG_ADV ||
            t == FL_TAG_ADP || c->t[i].kind == FL_TOK_PUNCT)
            continue;
        if (t == FL_TAG_NOUN && (fl_claims_time_phrase(c, i) || figure_at(c, p, i - 1, to)))
            continue; /* "over the year", "by 12 branches" */
        return 0;
    }
    return 1;
}

/* Does a figure other than a year follow the level whose figure starts at first, in its sentence ("fell from
 * 8,470 to 7,840, a drop of 830", "rose by 2,100 to 27,300 in October, from 24,600")? Such a sentence is
 * arithmetic, which reads its figures as written. */
static int figure_after_level(const sctx *c, const fl_parse *p, size_t first)
{
    size_t i = first;
    while (figure_at(c, p, i + 1, c->b))
        i++;
    for (i++; i < c->b; i++) {
        size_t n = c->t[i].end - c->t[i].start;
        const char *w = c->text + c->t[i].start;
        if (figure_at(c, p, i, c->b) && !(n == 4 && (memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0)))
            return 1;
    }
    return 0;
}

/* Where the figure that starts at token first starts with one adjective between a determiner and it, which
 * premodifies it ("reported a record 43,850 bookings", "reached an unprecedented 4,200", "made a further 12
 * arrests": syntax/tagger.c reads a word between "a" and a number so): at the determiner; first otherwise. */
static size_t premodified_start(const sctx *c, const fl_parse *p, size_t first)
{
    size_t used;
    if (first > c->a + 1 && first - 1 > c->ca && p->tags[first - 1 - c->a] == FL_TAG_ADJ &&
        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, first - 2, &used) >= 0 && used == 1)
        return first - 2;
    return first;
}

static int level_verb(const sctx *c, const fl_parse *p, int vg, size_t first)
{
    first = premodified_start(c, p, first);
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "level-verbs");
    char lemma[24], w[16], both[48];
    size_t h = c->a + p->vgs[vg].head, j = h + 1;
    if (!lex || first <= h)
        return 0;
    fl_claims_lemma_of(c, h, lemma, sizeof lemma);
    while (j < first && p->tags[j - c->a] == FL_TAG_ADV)
        j++;
    if (!lemma[0] || (j + 1 < first && (!change_before_level(c, p, j, first - 1) || figure_after_level(c, p, first))))
        return 0;
    if (j + 1 < first)
        j = first - 1; /* "fell by 12 over the year, to 519": the level after the change */
    if (j == first)
        return fl_lexicon_has(lex, lemma, strlen(lemma), 1);
    if (!fl_claims_lower_word(c, j, w, sizeof w))
        return 0;
    snprintf(both, sizeof both, "%s %s", lemma, w);
    return fl_lexicon_has(lex, both, strlen(both), 1);
}

/* The family of a collective's size that count q of dimension dim states as what a measure noun of a collective
 * ("crowd", "audience": claim_model.measures.nouns) came to or was put at: the noun ends its clause's subject and
 * the verb group says what it came to ("The crowd was 12,000", "the crowd numbered 16,000"; level_verb) or was put
 * at ("The crowd was estimated at 13,000": an estimate verb heading the group, an estimate preposition right
 * before the figure); -1 none. The active "Police estimated the crowd at 14,000" is left out: in a story of
 * several nights' gatherings it was read as the story's one crowd (a real cluster's protest crowds of 70 and
 * 200, on two nights, conflicted). */
static int collective_level(const sctx *c, const fl_qty *q, const char *dim)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used, e = first;
    if (!p || !dim || !fl_count_dimension(c->r, dim) || first < c->a + 2 || first <= c->ca)
        return -1; /* a count: "put the damage at EUR 4.2 million" and "top speed was 25 km/h" are their families' */
    int at = fl_phrases_ending(&k->estimate_preps, c->text, c->t, c->b, first - 1, &used) >= 0;
    if (at)
        e = first - used;
    int cl = fl_parse_clause_of(p, q->tok - c->a), np = fl_parse_subject(p, cl), vg = fl_parse_verb(p, cl);
    if (np < 0 || vg < 0 || !p->vgs[vg].finite || p->nps[np].pp >= 0 || c->a + p->nps[np].start < c->ca ||
        c->a + p->nps[np].end != c->a + p->vgs[vg].start || c->a + p->vgs[vg].end > first)
        return -1;
    size_t head = c->a + p->nps[np].head, v = c->a + p->vgs[vg].head;
    if (head + 1 != c->a + p->nps[np].end)
        return -1; /* "the crowd of fans was", "the crowd at the final": the noun must end the subject */
    if (!level_verb(c, p, vg, first) &&
        !(at && v + 1 == e && fl_phrases_at(&k->estimate_verbs, c->text, c->t, c->b, v, &used) >= 0))
        return -1;
    return measure_of(k, fl_phrases_ending(&k->measure_nouns, c->text, c->t, c->b, head, &used), dim);
}

/* The head of the subject of a level, when figure q is what a subject of common nouns came to and the tables
 * name no unit for it: "Retail insolvencies rose to 1,690", "Complaints numbered 312", "The number of appeals was
 * 86", "Passenger numbers were 41,000". The subject is the clause's, a plural common noun that no unit, measure
 * noun or family names, with only its determiner and modifiers before it and its verb right after it; a measure
 * noun ("number", "total") gives the noun of its "of" phrase or the noun before it. Returns the head's token, and
 * in [*ma, *me) the modifiers that make it a part ("retail"); SIZE_MAX when there is none. */
static int measure_noun(const sctx *c, size_t i);

/* The count unit the word at i names, in the plural ("passengers") or the singular ("passenger numbers"); -1 for a
 * word no unit names, -2 for a unit that is no count ("tonnes"). */
static int count_unit_of(const sctx *c, size_t i)
{
    char w[48];
    size_t used, n = fl_claims_lower_word(c, i, w, sizeof w);
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
    if (u < 0 || used != 1)
        u = n ? fl_singular_unit(c->r, w, n) : -1;
    if (u >= 0 && !fl_count_dimension(c->r, c->k->units[u].dimension))
        return -2;
    return u;
}

/* Can the word at i be what a level's subject counts: a count unit's name, or a plural ("complaints")? */
static int plural_or_unit(const sctx *c, size_t i)
{
    int u = count_unit_of(c, i);
    size_t n = c->t[i].end - c->t[i].start;
    return u >= 0 || (u == -1 && n > 3 && c->text[c->t[i].end - 1] == 's' && c->text[c->t[i].end - 2] != 's');
}

/* Is [a, e) one prepositional phrase that names only a year or a month, what a level's period is ("Applications for
 * 2026 entry rose 6.2 percent to 48,350", "Visitors in March numbered 9,400"): a preposition other than "of", then
 * determiners, adjectives, numbers and nouns with a year or a month's name among them and no other word of a period
 * ("in the first week of March" is a part of the month), no verb, comma or name? Such a phrase says when, not which
 * part of the subject ("Applications from overseas students" stays no level's subject). */
static int calendar_phrase(const sctx *c, const fl_parse *p, size_t a, size_t e)
{
    size_t used;
    int calendar = 0;
    if (e - a < 2 || e - a > 5 || p->tags[a - c->a] != FL_TAG_ADP || fl_claims_role(c, a, FL_ROLE_OF))
        return 0;
    for (size_t i = a + 1; i < e; i++) {
        int t = p->tags[i - c->a];
        size_t n = c->t[i].end - c->t[i].start;
        const char *w = c->text + c->t[i].start;
        if (p->vg_of[i - c->a] >= 0 || c->t[i].kind == FL_TOK_PUNCT)
            return 0;
        if (c->t[i].kind == FL_TOK_NUM && n == 4 && (memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0))
            calendar = 1;
        else if (fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) >= 0)
            calendar = 1;
        else if (fl_claims_time_phrase(c, i) || !(t == FL_TAG_DET || t == FL_TAG_ADJ || t == FL_TAG_NOUN))
            return 0;
    }
    return calendar;
}

static size_t level_subject(const sctx *c, const fl_qty *q, const trigger *tr, size_t ntr, size_t *ma, size_t *me)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q);
    if (!p || q->value < 2 || q->value != trunc(q->value) || counts_noun_after(c, q) ||
        p->tags[q->tok_end - 1 - c->a] != FL_TAG_NUM)
        return SIZE_MAX; /* "four persons": a figure with its own noun counts that */
    size_t n = q->tok_end;
    if (n < c->b && ((!c->t[n].space_before && c->t[n].kind != FL_TOK_PUNCT) || hyphen_at(c, n)))
        return SIZE_MAX; /* "10U in size", "8-by-12 feet": a measure written on the figure */
    int cl = fl_parse_clause_of(p, q->tok - c->a), np = fl_parse_subject(p, cl), vg = fl_parse_verb(p, cl);
    if (np < 0 || vg < 0 || !p->vgs[vg].finite || p->nps[np].pp >= 0 || c->a + p->nps[np].start < c->ca ||
        c->a + p->vgs[vg].end > first || !level_verb(c, p, vg, first))
        return SIZE_MAX;
    size_t a = c->a + p->nps[np].start, head = c->a + p->nps[np].head, e = c->a + p->nps[np].end;
    size_t v = c->a + p->vgs[vg].start;
    if (p->nps[np].det >= 0)
        a = c->a + (size_t)p->nps[np].det + 1;
    if (measure_noun(c, head)) {
        int of = e + 1 < v && fl_claims_role(c, e, FL_ROLE_OF) ? p->np_of[e + 1 - c->a] : -1;
        if (of >= 0 && head + 1 == e && c->a + p->nps[of].start == e + 1 && c->a + p->nps[of].end == v) {
            a = e + 1; /* "the number of appeals" */
            head = c->a + p->nps[of].head;
            e = v;
        } else if (head > a && head + 1 == v &&
                   (noun_tag(c, head - 1) || (head - 1 == c->ca && p->tags[head - 1 - c->a] == FL_TAG_ADJ))) {
            e = head--; /* "passenger numbers", "Passenger numbers" (a capital the tagger reads as a modifier) */
            if (!fl_is_ascii_alpha((unsigned char)c->text[c->t[head].start]) || count_unit_of(c, head) < -1)
                return SIZE_MAX;
            *ma = a;
            *me = head;
            return head;
        } else {
            return SIZE_MAX;
        }
    }
    if (e != v && calendar_phrase(c, p, e, v))
        v = e; /* "Applications for 2026 entry rose": the phrase says when */
    if (e != v || !noun_tag(c, head) || head + 1 != e ||
        !(plural_or_unit(c, head) ||
          fl_lexicon_has_token(fl_rules_lexicon(c->r, "aggregate-nouns"), c->text, &c->t[head], 1)))
        return SIZE_MAX; /* "Complaints numbered 312", "Membership stood at 2,460" (the aggregate-nouns lexicon) */
    for (size_t x = 0; x < ntr; x++)
        if (tr[x].tok >= a && tr[x].tok < e)
            return SIZE_MAX; /* a family's word says what it counts */
    for (size_t i = a; i < head; i++)
        if (c->t[i].kind != FL_TOK_WORD || (!noun_tag(c, i) && p->tags[i - c->a] != FL_TAG_ADJ))
            return SIZE_MAX; /* a possessor, a figure or a name among the modifiers */
    *ma = a;
    *me = head;
    return head;
}

/* Is the word at i a measure noun ("measure-nouns": number, total), in the singular or the plural ("numbers")? */
static int measure_noun(const sctx *c, size_t i)
{
    const fl_lexicon *measure = fl_rules_lexicon(c->r, "measure-nouns");
    size_t n = c->t[i].end - c->t[i].start;
    const char *w = c->text + c->t[i].start;
    return measure && c->t[i].kind == FL_TOK_WORD &&
           (fl_lexicon_has(measure, w, n, 1) || (n > 1 && w[n - 1] == 's' && fl_lexicon_has(measure, w, n - 1, 1)));
}

/* A bare figure that a subject of common nouns came to (level_subject) counts that noun, as "312 complaints"
 * does: the unit it names ("Passenger numbers were 1,200"), else the generic count of the noun as written; 1
 * when so. */
static int level_count(const sctx *c, fl_qty *q, const trigger *tr, size_t ntr, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    int u = k->act_family >= 0 ? k->metrics[k->act_family].count_unit : -1;
    size_t ma, me, head = u >= 0 ? level_subject(c, q, tr, ntr, &ma, &me) : SIZE_MAX;
    char item[48];
    if (head == SIZE_MAX || !fl_claims_lower_word(c, head, item, sizeof item))
        return 0;
    int named = count_unit_of(c, head);
    if (named >= 0)
        snprintf(item, sizeof item, "%s", k->units[u = named].id);
    q->kind = FL_QK_UNIT;
    q->unit = u;
    q->dim = fl_qty_intern(pool, k->units[u].dimension);
    q->item = fl_qty_intern(pool, item);
    return 1;
}

/* A bare number that a verb of a counting predicate governs ("the outbreak has sickened thirty") counts
 * that predicate's unit; 1 when so. */
static int open_bare_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_parse *p = fl_claims_parse_of(c);
    char lemma[48], out[48];
    size_t at;
    if (p && q->tok_end < c->b && c->t[q->tok_end].kind == FL_TOK_WORD &&
        (act_participle(c, p, q->tok_end) || modified_noun_at(c, p, q->tok_end)))
        return noun_count(c, q, pool); /* "linked to 12 crashes" names its noun, a unit the tables lack */
    if (!p || !c->k->bare_units)
        return 0;
    if (!open_predicate(c, q, out, sizeof out, &at) || at >= q->tok)
        return 0;
    (void)lemma;
    int u = bare_unit(c->k, out);
    if (u < 0)
        return 0;
    q->kind = FL_QK_UNIT;
    q->unit = u;
    q->dim = fl_qty_intern(pool, c->k->units[u].dimension);
    q->item = fl_qty_intern(pool, c->k->units[u].id);
    return 1;
}

static int premodified_phrase(const sctx *c, const fl_qty *q, size_t *a, size_t *e);
static int hyphen_unit(const sctx *c, const fl_qty *q);

/* Is q a count whose unit is joined to it by a hyphen before one thing it belongs to: "the 520-pupil school" is
 * "the school's 520 pupils", "a 300-bed hospital" its beds ("200-seat buses", a plural, are a class of things)? */
static int count_premodifier(const sctx *c, const fl_qty *q)
{
    size_t a, e;
    return q->kind == FL_QK_UNIT && q->unit >= 0 && fl_count_dimension(c->r, q->dim) && hyphen_unit(c, q) &&
           premodified_phrase(c, q, &a, &e);
}

/* The token before the figure's first (determiners skipped) is "'s" or a possessive ("the ferry's 1,300
 * passengers"), or the figure is a count premodifying its possessor ("the 520-pupil school"). */
static int possessor_before(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    return possessed(c, q) || (p && f > c->a && f - 1 >= c->ca && p->tags[f - 1 - c->a] == FL_TAG_POS) ||
           count_premodifier(c, q);
}

/* "a further 6", "6 more": a figure that may add to a count said before. */
static int increment_cue(const sctx *c, const fl_qty *q)
{
    size_t used, num, f = qty_first(c, q);
    (void)elided_heads_end(c, q, &num); /* "Four more people", "Nine more were hurt": right after the number */
    return (f > c->a && f - 1 >= c->ca && fl_phrases_at(&c->k->increments, c->text, c->t, c->b, f - 1, &used) >= 0) ||
           (num < q->tok_end && fl_phrases_at(&c->k->increments, c->text, c->t, c->b, num, &used) >= 0) ||
           (q->tok_end < c->b && fl_phrases_at(&c->k->increments, c->text, c->t, c->b, q->tok_end, &used) >= 0);
}

/* The day the figure's sentence states (a weekday, or a relative day such as "yesterday"): a running count
 * stated as of it; -1 when it states none. */
static int stated_day(const sctx *c)
{
    size_t used;
    int d;
    for (size_t i = c->a; i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD) {
            if ((d = fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &used)) >= 0)
                return d;
            if ((d = fl_phrases_at(&c->k->relative_days, c->text, c->t, c->b, i, &used)) >= 0)
                return 100 + d;
        }
    return -1;
}

/* Does an act or open-predicate claim add to, or update, what the document has already counted with the same
 * attribute? After "a further" it is an increment, not a total; a running count (rules/predicates.json
 * "running") stated as of another day than before ("by Sunday 12 had fallen ill ... on Tuesday 30") is the
 * count at another time. Either is no level to compare (1). Otherwise it is the first total of its kind
 * (and is compared as one: "a further 6 crew members fell ill" after passengers is the crew's count). Every
 * such item is remembered with its day. */
static int open_increment(discourse *dc, const sctx *c, const fl_claim *cl, const fl_qty *q)
{
    if (!strchr(cl->item, ':'))
        return 0;
    int running = cl->family != c->k->act_family, day = running ? stated_day(c) : -1;
    for (size_t i = 0; i < dc->ncounted; i++)
        if (strcmp(dc->counted[i], cl->item) == 0) {
            if (increment_cue(c, q))
                return 1;
            if (day >= 0 && dc->counted_day[i] >= 0 && dc->counted_day[i] != day)
                return 1;
        }
    if (dc->ncounted < 64) {
        dc->counted = fl_xrealloc(dc->counted, (dc->ncounted + 1) * sizeof(char *));
        dc->counted_day = fl_xrealloc(dc->counted_day, (dc->ncounted + 1) * sizeof(int));
        dc->counted_day[dc->ncounted] = day;
        dc->counted[dc->ncounted++] = fl_xstrdup(cl->item);
    }
    return 0;
}

/* Does a claim add to what the document has already counted: an act's (open_increment), or a count of a family
 * ("deaths", "injuries") that an increment cue marks ("Two people died ... Four more died in hospital", "a
 * further 12 were arrested") after a count of the same family and item? Such an addition is no total to
 * compare (1). The first count of each family and item is remembered. */
static int counted_increment(discourse *dc, const sctx *c, const fl_claim *cl, const fl_qty *q)
{
    if (act_like(c->k, cl->family))
        return open_increment(dc, c, cl, q);
    if (cl->family < 0 || !q->dim || !fl_count_dimension(c->r, q->dim))
        return 0;
    char key[128];
    snprintf(key, sizeof key, "%s|%s", c->k->metrics[cl->family].id, cl->item);
    for (size_t i = 0; i < dc->ncounted; i++)
        if (strcmp(dc->counted[i], key) == 0)
            return increment_cue(c, q);
    if (dc->ncounted < 64) {
        dc->counted = fl_xrealloc(dc->counted, (dc->ncounted + 1) * sizeof(char *));
        dc->counted_day = fl_xrealloc(dc->counted_day, (dc->ncounted + 1) * sizeof(int));
        dc->counted_day[dc->ncounted] = -1;
        dc->counted[dc->ncounted++] = fl_xstrdup(key);
    }
    return 0;
}

/* The class of a count that the open predicate cls governs. A light or stative verb (rules/predicates.json
 * "light": have, welcome, record, enrol, attract, serve ...) says nothing of its own: what it governs is the
 * subject's whole complement of the item, one attribute whatever the verb. That is the family a possessive
 * would give ("its 31,000 students": enrolment; sets cl->family, returns NULL), else the item's possessed
 * class ("had 200 passengers": carry, as "the ferry's 1,300 passengers"), else the light class itself ("stock"
 * visitors, "welcomed 612,000 visitors" = "the 621,000 visitors recorded"). Any other class is returned as
 * it is: change verbs (cut, add, lose, hire) stay apart from stocks. */
static const char *stock_class(const sctx *c, fl_claim *cl, const fl_qty *q, const char *cls)
{
    const fl_knowledge *k = c->k;
    if (fl_phrases_word(&k->light_preds, cls, strlen(cls)) < 0 || q->unit < 0)
        return cls;
    for (size_t m = 0; m < k->nmetrics; m++)
        if (k->metrics[m].possessed && k->metrics[m].count_unit == q->unit && admits(k, (int)m, q->dim)) {
            cl->family = (int)m;
            return NULL;
        }
    const char *what = item_class(k, k->units[q->unit].id);
    int pc = fl_phrases_word(&k->possessed_preds, what, strlen(what));
    return pc >= 0 ? k->pred_classes[pc] : cls;
}

/* The act attribute of a measure that no family claims, when its act is one that claim_model.measured_acts
 * lists for its dimension: before it ("fell about 40 metres", "releasing 250 tonnes of fuel oil") or after
 * what it is of ("200,000 liters of bottled water were handed out"). Family act_family, item "ACT:WHAT", what
 * being the head of its "of" phrase ("water"), else its dimension: the unit is left out, so that 40 metres
 * and 300 feet compare after conversion (the key holds the dimension: a mass is never compared with a
 * volume, whose density is not known). */
/* A measured act right before a preposition that opens the figure's phrase ("dragged for 300 metres", "slid over
 * 40 metres"): a path's length, which "for" may introduce as it never does a count's; -1 none. Not "to" or
 * "from" (a level reached or left: "fell to 40 metres"). */
static int act_before_prep(const sctx *c, const fl_qty *q, size_t *at)
{
    size_t used, p = qty_first(c, q);
    if (p < c->a + 2 || p - 2 < c->ca || fl_claims_prep_role(c, p - 1) != FL_PREP_OTHER ||
        c->t[p - 2].kind != FL_TOK_WORD)
        return -1;
    int a = fl_phrases_ending(&c->k->acts, c->text, c->t, c->b, p - 2, &used);
    if (a < 0 || p - 1 - used < c->ca || !measured_act(c->k, a, q->dim))
        return -1;
    *at = p - 1 - used;
    return a;
}

/* Is act class a one of claim_model.ground_acts, whose figure's "of" phrase is the ground it covers? */
static int ground_act(const fl_knowledge *k, int a)
{
    for (size_t i = 0; i < k->nground_acts; i++)
        if (strcmp(k->ground_acts[i], k->act_classes[a]) == 0)
            return 1;
    return 0;
}

/* The qualifier word of figure q is the last word of its act phrase, not a bound: "strewn over 100 yards" is the
 * extent of what was strewn (claim_model.acts lists "strewn over"), not "more than 100 yards". Gives claim cl
 * the interval its digits print, scaled as q's value is; a figure in words keeps q's. */
static void act_takes_qualifier(const sctx *c, fl_claim *cl, const fl_qty *q, size_t at)
{
    size_t used, first = qty_first(c, q);
    double v;
    if (q->qualifier < 0 || at >= first || fl_phrases_at(&c->k->acts, c->text, c->t, c->b, at, &used) < 0 ||
        at + used != q->tok || c->t[q->tok].kind != FL_TOK_NUM)
        return;
    int dec = fl_parse_digits(c->text + c->t[q->tok].start, c->t[q->tok].end - c->t[q->tok].start, &v);
    if (dec < 0 || v <= 0)
        return;
    double factor = q->value / v, half = 0.5 * pow(10, -dec);
    cl->lo = (v - half) * factor;
    cl->hi = (v + half) * factor;
}

/* An act named by the subject of a linking verb whose complement the figure is ("The aircraft's ground roll was
 * some 90 feet", "braking distance was 40 feet": slide, as "skidded 60 metres" is): the act phrase of
 * claim_model acts that ends the subject's phrase at its head; -1 none, *at its first token. */
static int act_of_copula_subject(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    char lemma[48];
    size_t b = q->tok, used;
    while (b > c->a && c->t[b - 1].start >= q->qstart)
        b--; /* before the qualifier ("some") */
    if (!p || b <= c->a || p->vg_of[b - 1 - c->a] < 0)
        return -1;
    const fl_vgroup *vg = &p->vgs[p->vg_of[b - 1 - c->a]];
    fl_claims_lemma_of(c, c->a + vg->head, lemma, sizeof lemma);
    int np = fl_parse_subject(p, vg->clause);
    if (c->a + vg->end != b || fl_phrases_word(&c->k->linking, lemma, strlen(lemma)) < 0 || np < 0)
        return -1;
    for (size_t i = c->a + p->nps[np].start; i <= c->a + p->nps[np].head; i++) {
        int a = fl_phrases_at(&c->k->acts, c->text, c->t, c->b, i, &used);
        if (a >= 0 && i + used == c->a + p->nps[np].head + 1) {
            *at = i;
            return a;
        }
    }
    return -1;
}

/* Is time-span q a moment or an elapsed time, no length of a state: a word of claim_model.span_moments right after
 * it, with no span preposition before it ("disappeared almost a half century ago", "two hours after the burst"; not
 * "trapped for 52 hours before"), or an age or other premodifier glued
 * to it by a hyphen ("a vigil for 16-year-old Kimani")? */
static int span_moment(const sctx *c, const fl_qty *q)
{
    size_t used, f = qty_first(c, q);
    if (strncmp(q->dim, "time-span", 9) != 0)
        return 0;
    if (q->end < c->t[c->b - 1].end && c->text[q->end] == '-')
        return 1;
    /* "in the water for 14 minutes before he was pulled out" is the length, told before what ended it */
    if (f > c->a && fl_phrases_at(&c->k->span_preps, c->text, c->t, c->b, f - 1, &used) >= 0 && f - 1 + used == f)
        return 0;
    return q->tok_end < c->b && fl_phrases_at(&c->k->span_moments, c->text, c->t, c->b, q->tok_end, &used) >= 0;
}

/* The open predicate of a measure that no family and no listed act claims (README "Open predicates"): the verb
 * whose object the figure is ("spent seven minutes inside", "soared 852ft", "raised £2.4 million"), or whose
 * phrase of predicates.open-measure-preps opens the figure's ("burned for 1,342 seconds"), of a dimension that
 * predicates.open-measure-dims lists: its class (predicates.classes) or its lemma, in out, *at the verb. None
 * for a speech, linking, level or change verb (a level reached is no act's measure: "reached 42 metres"), a
 * modal's, a passive's or a participle that premodifies the figure, nor for a figure that premodifies a noun or
 * is the amount of an "of" phrase. 0 when none. */
static int open_measured_act(const sctx *c, const fl_parse *p, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    const fl_knowledge *k = c->k;
    const fl_lexicon *dims = fl_rules_lexicon(c->r, "open-measure-dims"),
                     *preps = fl_rules_lexicon(c->r, "open-measure-preps"),
                     *level = fl_rules_lexicon(c->r, "level-verbs");
    size_t used, v = qty_first(c, q), dl = strcspn(q->dim, ":/");
    char lemma[48];
    if (!p || !dims || !fl_lexicon_has(dims, q->dim, dl, 0))
        return 0;
    while (v > c->a && v > c->ca && fl_phrases_at(&k->determiners, c->text, c->t, c->b, v - 1, &used) >= 0)
        v--;
    if (v <= c->a + 1 || v - 1 <= c->ca)
        return 0;
    size_t vh = v - 1;
    if (p->tags[vh - c->a] == FL_TAG_ADP) {
        if (!preps || !fl_lexicon_has_token(preps, c->text, &c->t[vh], 1) || vh - 1 <= c->ca)
            return 0;
        vh--;
    }
    int vg = p->vg_of[vh - c->a];
    /* "a whopping £12 million", "an estimated $41.2 million": a participle after a determiner premodifies */
    if (vh > c->ca && fl_phrases_at(&k->determiners, c->text, c->t, c->b, vh - 1, &used) >= 0)
        return 0;
    if (!is_verb_tag(p->tags[vh - c->a]) || speech_verb(c, vh) || change_word(c, vh) ||
        (vg >= 0 && (p->vgs[vg].modal >= 0 || p->vgs[vg].passive)))
        return 0; /* "were trapped 300 metres underground": where, no measure of an act */
    if (p->tags[vh - c->a] == FL_TAG_VB && vh > c->ca &&
        (p->tags[vh - 1 - c->a] == FL_TAG_TO || p->tags[vh - 1 - c->a] == FL_TAG_PART))
        return 0; /* "plans to treat 132,000 acres": an infinitive's act is a purpose, not done */
    /* "fired 155mm shells", "builds 90-metre ferries": the figure premodifies a noun; "cleared 6 km of the banks",
     * "sent 4.1 million tonnes of grain to": an amount of a thing, which amount_of_thing keys or leaves */
    size_t after = q->tok_end, end = c->cb && c->cb < c->b ? c->cb : c->b;
    if ((q->end < c->t[c->b - 1].end && c->text[q->end] == '-') ||
        (after < end && (noun_tag(c, after) || fl_claims_role(c, after, FL_ROLE_OF))))
        return 0;
    int cls = verb_class(c, vh, SIZE_MAX, lemma, sizeof lemma);
    if (!lemma[0] || fl_phrases_word(&k->linking, lemma, strlen(lemma)) >= 0 ||
        (level && fl_lexicon_has(level, lemma, strlen(lemma), 0)))
        return 0;
    snprintf(out, cap, "%s", cls >= 0 ? k->pred_classes[cls] : lemma);
    *at = vh;
    return 1;
}

static void measured_act_attribute(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t at = q->tok, from = q->tok_end, head = SIZE_MAX;
    int qi = p ? fl_parse_quantity_of(p, q->tok - c->a) : -1, of = qi >= 0 ? p->quants[qi].of_np : -1;
    if (of >= 0 && c->a + p->nps[of].end <= c->b) {
        from = c->a + p->nps[of].end;
        head = c->a + p->nps[of].head;
    } else if (p && from < c->cb && fl_claims_prep_role(c, from) == FL_PREP_OF) /* "of bottled water had been": up to
                                                                                 * the finite verb */
        while (++from < c->cb && c->t[from].kind == FL_TOK_WORD && !finite_tag(p->tags[from - c->a]))
            head = from;
    int a = possessed(c, q) ? -1 : act_of(c, q, &at);
    if (a < 0 && !possessed(c, q))
        a = act_before_prep(c, q, &at);
    if (a < 0 && from != q->tok_end)
        a = act_after(c, from, &at);
    if (a < 0 && from == q->tok_end && money_form_end(c, p, q) != q->tok_end)
        a = act_after(c, money_form_end(c, p, q), &at); /* "£412,000 in cash was seized" */
    if (a < 0)
        a = act_of_copula_subject(c, p, q, &at);
    label lb;
    if (a < 0 && label_line(c, q, &lb) && lb.cls >= 0) {
        a = lb.cls; /* "Wool collected: 11.9 million kg": the label's noun is what was measured */
        at = lb.act;
        head = head == SIZE_MAX ? lb.head : head;
    }
    if (a >= 0)
        a = cargo_act(k, a, q->dim);
    if (a < 0 || !measured_act(k, a, q->dim) || span_moment(c, q))
        return;
    char what[48] = "";
    size_t n = head != SIZE_MAX && !ground_act(k, a) ? fl_claims_lower_word(c, head, what, sizeof what) : 0;
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:", k->act_classes[a]);
    if (n)
        fl_buf_puts(&it, what);
    else
        fl_buf_put(&it, q->dim, strcspn(q->dim, ":/"));
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = k->act_family;
    act_takes_qualifier(c, cl, q, at);
    *trig = at;
}

/* The attribute of a measure that nothing else claims (no family, act, relation, amount or level): the act of
 * its open predicate (open_measured_act: "soared 852ft" is "soar:length", "raised £2.4 million" "raise:money"),
 * keyed as a listed act's measure is, its unit left out. */
static void open_measured_attribute(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    size_t at;
    char pred[48];
    label lb;
    if (cl->family >= 0 || k->act_family < 0 || fl_count_dimension(c->r, q->dim) || possessed(c, q) ||
        span_moment(c, q))
        return;
    if (!open_measured_act(c, fl_claims_parse_of(c), q, pred, sizeof pred, &at)) {
        const fl_lexicon *dims = fl_rules_lexicon(c->r, "open-measure-dims");
        /* "Total raised: £148,620" (amount_label), as "you raised £158,620" */
        if (!dims || !fl_lexicon_has(dims, q->dim, strcspn(q->dim, ":/"), 0) || !label_line(c, q, &lb) ||
            lb.head != SIZE_MAX || lb.cls >= 0 || !lb.pred[0])
            return;
        snprintf(pred, sizeof pred, "%s", lb.pred);
        at = lb.act;
    }
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:", pred);
    fl_buf_put(&it, q->dim, strcspn(q->dim, ":/"));
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = k->act_family;
    *trig = at;
}

static int possessor_span(const sctx *c, const fl_qty *q, size_t *a, size_t *e);

/* The first predicate class that predicates.light names ("stock"), or NULL. */
static const char *light_class(const fl_knowledge *k)
{
    int i = light_index(k);
    return i >= 0 ? k->pred_classes[i] : NULL;
}

/* Is q the count of a phrase that opens its sentence with a word of predicates.json "holder-fronts" and ends at a
 * comma before the main clause ("With 448 member businesses, the Chamber has never been larger", "With 1,200 beds,
 * the hospital is ..."): what the clause's subject holds, its whole stock of the noun, as "has 448 member
 * businesses" is? Only the figure and its noun, a determiner before it at most: a phrase that says more of the
 * count ("With 40 people dead", "With 12 games left") is a state, not a holding. The main clause's first finite verb
 * must state a holding or a state (predicates.json "holder-verbs": is, has, remains, ranks), not an act: "With 60
 * firefighters, the brigade worked through the night" names those it sent, not all it has. */
static int fronted_holding(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), used;
    char lemma[48];
    if (!p || q->unit < 0 || !fl_count_dimension(c->r, q->dim) || c->ca != c->a || f < c->a + 1 ||
        c->t[c->a].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(fl_rules_lexicon(c->r, "holder-fronts"), c->text, &c->t[c->a], 1))
        return 0;
    if (f > c->a + 1 &&
        !(f == c->a + 2 && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, c->a + 1, &used) >= 0))
        return 0;
    int np = p->np_of[q->tok - c->a];
    size_t end = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    if (end + 1 >= c->b || !punct_is(c, end, ','))
        return 0;
    for (size_t i = end + 1; i < c->b; i++) { /* the main clause's finite verb after the comma */
        int vg = p->vg_of[i - c->a];
        if (vg < 0 || !p->vgs[vg].finite)
            continue;
        fl_claims_lemma_of(c, c->a + p->vgs[vg].head, lemma, sizeof lemma);
        return fl_lexicon_has(fl_rules_lexicon(c->r, "holder-verbs"), lemma, strlen(lemma), 1);
    }
    return 0;
}

/* Is q the count of a "from" phrase (a preposition of the from role, determiners between) of the clause's active
 * finite verb of predicates.json "base-verbs" ("covers 2,140 square kilometres from 38 fire stations", "trades from
 * 212 stores"): the places its subject works from, its stock of them, as "has 38 fire stations" is? Only a habitual
 * reading: the verb in the present (simple or perfect, no modal), or in the past with a time point of
 * predicates.json "base-points" after the figure ("traded from 142 stores at the end of the period"), a stock as at
 * that time; a past act ("operated from four stations overnight") counts the places it was done from, no stock.
 * Not the start of a range or change ("from 38 to 40"), nor a phrase set off from the verb by punctuation ("flies
 * from nine airports, up from six"). */
static int base_holding(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    char lemma[48];
    if (!p || q->unit < 0 || !fl_count_dimension(c->r, q->dim) || introduced_by(c, f, c->ca) != FL_PREP_FROM)
        return 0;
    int np = p->np_of[q->tok - c->a];
    size_t end = np >= 0 ? c->a + p->nps[np].end : q->tok_end;
    if (end < c->b && fl_claims_prep_role(c, end) == FL_PREP_TO)
        return 0;
    int vg = -1;
    for (size_t i = c->ca; i < f; i++)
        if (p->vg_of[i - c->a] >= 0 && p->vgs[p->vg_of[i - c->a]].finite)
            vg = p->vg_of[i - c->a];
    if (vg < 0 || p->vgs[vg].passive || p->vgs[vg].neg || p->vgs[vg].modal >= 0)
        return 0;
    if (p->vgs[vg].tense != FL_TENSE_PRESENT &&
        !(p->vgs[vg].tense == FL_TENSE_PAST && end < c->b &&
          fl_lexicon_words_at(fl_rules_lexicon(c->r, "base-points"), c->text, c->t, c->b, end) > 0))
        return 0;
    for (size_t i = c->a + p->vgs[vg].end; i < f; i++)
        if (c->t[i].kind == FL_TOK_PUNCT)
            return 0; /* "flies from nine airports, up from six": an aside's base of comparison */
    const fl_lexicon *verbs = fl_rules_lexicon(c->r, "base-verbs");
    size_t head = c->a + p->vgs[vg].head;
    fl_claims_lemma_of(c, head, lemma, sizeof lemma);
    return fl_lexicon_has(verbs, lemma, strlen(lemma), 1) || fl_lexicon_has_token(verbs, c->text, &c->t[head], 1);
}

/* Is the figure's possessor a thing, not a person: a word of predicates.impersonal_possessors ("its 64
 * tenants") or a kind noun before "'s" ("the mall's eighty-two tenants"), or a noun of subjects.json "holder-nouns"
 * ("the zoo's ten elephants", "Of the service's 36 stations")? */
static int impersonal_possessor(const sctx *c, const fl_qty *q)
{
    size_t f = qty_first(c, q), used, a, e;
    if (f > c->a && f - 1 >= c->ca &&
        fl_phrases_at(&c->k->impersonal_possessors, c->text, c->t, c->b, f - 1, &used) >= 0)
        return !in_quotation(c, q); /* a speaker's "our" is the speaker's, whatever the document is of */
    if (!possessor_span(c, q, &a, &e))
        return 0;
    if (fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, e - 1, &used) >= 0 && used == 1)
        return 1;
    return fl_lexicon_has_token(c->k->holder_nouns, c->text, &c->t[e - 1], 1);
}

/* The act attribute of a counted figure that no family claims: family act_family, item "ACT:ITEM" (the act's
 * class and what is counted, "cancel:flight"), so that it is compared only with figures of the same act on
 * the same kind of thing (and, as any claim, the same subject, period and modality). A figure about a
 * possessor ("her two children") gets none. */
/* The class of a count of people who take part in what a story tells (predicates.json "participants":
 * volunteers, helpers), by the class of what it counts: whatever verb tells what they did, they are the ones
 * who took part ("More than 300 volunteers answered our text alert", "About 220 volunteers kept the animals
 * wet"); NULL for another count. */
static const char *participant_class(const sctx *c, const fl_claim *cl, const fl_qty *q, const char *what)
{
    if (q->unit < 0)
        return NULL;
    /* the noun it counts ("40 helpers", "220 volunteers"), else its unit */
    size_t len = cl->item ? strcspn(cl->item, " ") : 0;
    int part = len ? fl_phrases_word(&c->k->participant_preds, cl->item, len) : -1;
    if (part < 0)
        part = fl_phrases_word(&c->k->participant_preds, item_class(c->k, what), strlen(item_class(c->k, what)));
    return part >= 0 ? c->k->pred_classes[part] : NULL;
}

/* The finite verb group, with no modal, whose subject a count of participants is, where no open predicate is
 * read (a speech verb: "300 volunteers answered the alert"), or the reduced relative after it (a participle the
 * chunker reads as one: "The 34,800 fans packed into the stands went wild"); or -1. */
static int participant_verb(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b;
    int vg = p ? subject_verb(c, p, q, end) : -1;
    return vg >= 0 && (p->vgs[vg].finite || p->vgs[vg].reduced) && p->vgs[vg].modal < 0 ? vg : -1;
}

/* The class of being there of a count that heads the subject of a verb of a crowd: the class predicates.possessed
 * gives a possessor's count of what it counts (spectators and protesters are "present"), when the clause's verb
 * group (finite, active, no modal, no negation, past: a present or present perfect tells a count so far, as a
 * live page's entry does) has a lemma that, with up to three words after it, is a "crowd-verbs" phrase of that
 * class (rules/predicates.json, "fill=present": "About 2,800 spectators filled the velodrome", "nearly 4,000 fans
 * were on their feet"). Such a count says how many were there, as "2,900 spectators were inside the building"
 * does, whatever other act its clause names ("by the finish"); NULL for another count, verb or class ("3,800
 * tickets were sold", "2,000 fans signed a petition", "300 passengers crammed into the lifeboats"). *at is set to
 * the verb. */
static const char *crowd_class(const sctx *c, const fl_qty *q, const char *what, size_t *at)
{
    const fl_knowledge *k = c->k;
    const fl_lexicon *verbs = fl_rules_lexicon(c->r, "crowd-verbs");
    const fl_parse *p = fl_claims_parse_of(c);
    const char *kind = item_class(k, what);
    int cls = fl_phrases_word(&k->possessed_preds, kind, strlen(kind));
    if (!verbs || !p || q->kind != FL_QK_UNIT || q->unit < 0 || cls < 0)
        return NULL;
    int vg = participant_verb(c, q);
    /* a reduced relative ("The 34,800 fans packed into the stands went wild") tells where they were, as the past does
     */
    if (vg < 0 || p->vgs[vg].neg || (!p->vgs[vg].reduced && (p->vgs[vg].passive || p->vgs[vg].tense != FL_TENSE_PAST)))
        return NULL; /* "1,500 fans have already packed in": how many so far, a live page's entry */
    char phrase[96], w[24];
    size_t head = c->a + p->vgs[vg].head, len;
    fl_claims_lemma_of(c, head, phrase, FL_LEMMA_MAX);
    len = strlen(phrase);
    const char *name = k->pred_classes[cls];
    char key[160];
    for (size_t j = head + 1; len; j++) {
        int n = snprintf(key, sizeof key, "%.*s=%s", (int)len, phrase, name);
        if (n > 0 && (size_t)n < sizeof key && fl_lexicon_has(verbs, key, (size_t)n, 1)) {
            *at = head;
            return name;
        }
        size_t wl =
            j < c->b && j < head + 4 && c->t[j].kind == FL_TOK_WORD ? fl_claims_lower_word(c, j, w, sizeof w) : 0;
        if (!wl || len + wl + 2 > sizeof phrase)
            break;
        len += (size_t)snprintf(phrase + len, sizeof phrase - len, " %s", w);
    }
    return NULL;
}

/* The predicate class (predicates.agents, agent_predicates) that the figure's clause subject and the verb whose
 * object the figure is name together: "Water entered 85 houses", "Floodwater poured into 40 homes" (flood), though
 * "Police entered 5 homes" is no flood; NULL none. Sets *at to the verb. */
static const char *agent_class(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = k->agent_nouns.n ? fl_claims_parse_of(c) : NULL;
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    size_t used, head = s >= 0 ? c->a + p->nps[s].head : 0, v = 0;
    int who = s >= 0 && head >= c->ca && head < q->tok
                  ? fl_phrases_at(&k->agent_nouns, c->text, c->t, c->b, head, &used)
                  : -1;
    char pred[48];
    if (who < 0 || !(open_predicate(c, q, pred, sizeof pred, &v) || verb_and_preposition(c, q, pred, sizeof pred, &v)))
        return NULL;
    if (fl_phrases_string(&k->agent_preds, pred) != who &&
        !(strchr(pred, ' ') == NULL && verb_and_preposition(c, q, pred, sizeof pred, &v) &&
          fl_phrases_string(&k->agent_preds, pred) == who))
        return NULL;
    *at = v;
    return k->pred_classes[who];
}

/* Is the past form at token v, right after a common noun, a reduced relative's participle that the tagger read as a
 * finite verb ("a paper sat by 268,400 pupils across the country was leaked"): a finite verb group follows the
 * figure's phrase (ending at token e) in its sentence, no punctuation before it? */
static int reduced_past(const sctx *c, const fl_parse *p, size_t v, size_t e)
{
    if (p->tags[v - c->a] != FL_TAG_VBD || v <= c->a || p->tags[v - 1 - c->a] != FL_TAG_NOUN)
        return 0;
    for (size_t j = e; j < c->b && c->t[j].kind != FL_TOK_PUNCT; j++) {
        int vg = p->vg_of[j - c->a];
        if (vg >= 0)
            return p->vgs[vg].finite && c->a + p->vgs[vg].start == j;
    }
    return 0;
}

/* The past participle whose doer figure q counts: a count of a counted noun right after a word of grammar.json
 * "agent-prepositions" ("by"; its determiners aside) that a past participle stands right before, in a passive verb
 * group or a reduced relative ("A national maths exam sat by 286,400 pupils", "staffed by 610 volunteers"). The count
 * did what the participle says, so its predicate is that verb (its class in the tables, else its lemma: "sit"), never
 * a family that a trigger elsewhere in the sentence names ("Two people have been arrested after a paper sat by 268,400
 * pupils was leaked": no arrests). Not a participle that is itself a family's trigger ("killed by four gunmen" is left
 * to its family as before), a word of change ("cut by 40 posts": how much), nor a speech verb; nor when a noun follows
 * the figure's unit, which then heads no phrase ("issued by the 14 police forces"). 0 none; else out and *at (the
 * participle). */
static int agent_predicate(const sctx *c, const fl_qty *q, char *out, size_t cap, size_t *at)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *by = fl_rules_lexicon(c->r, "agent-prepositions");
    size_t used;
    if (!p || !by || q->kind != FL_QK_UNIT || q->unit < 0 || !fl_count_dimension(c->r, q->dim))
        return 0;
    size_t f = object_phrase_start(c, p, q);
    if (f < c->a + 2 || f - 2 < c->ca || c->t[f - 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(by, c->text, &c->t[f - 1], 1))
        return 0;
    size_t v = f - 2;
    if (c->t[v].kind != FL_TOK_WORD || !(p->tags[v - c->a] == FL_TAG_VBN || reduced_past(c, p, v, q->tok_end)) ||
        change_word(c, v) || speech_verb(c, v) || fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, v, &used) >= 0)
        return 0;
    if (q->tok_end < c->b && c->t[q->tok_end].kind == FL_TOK_WORD && p->tags[q->tok_end - c->a] == FL_TAG_NOUN)
        return 0; /* "issued by the 14 police forces": the unit is no head of the phrase */
    char lemma[48], prep[16];
    int cls = verb_class(c, v, SIZE_MAX, lemma, sizeof lemma);
    if ((cls < 0 && !lemma[0]) || !fl_claims_lower_word(c, f - 1, prep, sizeof prep))
        return 0;
    /* a verb the tables do not know keeps its preposition, as verb_and_preposition writes it ("boost by") */
    int n = cls >= 0 ? snprintf(out, cap, "%s", c->k->pred_classes[cls]) : snprintf(out, cap, "%s %s", lemma, prep);
    if (n < 0 || (size_t)n >= cap)
        return 0;
    *at = v;
    return 1;
}

/* The class an act of class cls is when it is done to things of the kind kind (predicates.json lexicon
 * `item-acts`, "kind class=class": "flight cut=cancel", as "23 flights were axed" are cancelled), into buf (n
 * bytes); cls itself when the lexicon folds none. */
static const char *item_act(const sctx *c, const char *cls, const char *kind, char *buf, size_t n)
{
    const fl_lexicon *folds = fl_rules_lexicon(c->r, "item-acts");
    char key[160], one[64];
    snprintf(one, sizeof one, "%s", kind);
    singular_item(c->r, one); /* a counted noun no unit names is still in the plural here: "sailings" */
    for (size_t b = 0; folds && b < c->k->nact_classes; b++) {
        int len = snprintf(key, sizeof key, "%s %s=%s", one, cls, c->k->act_classes[b]);
        if (len > 0 && (size_t)len < sizeof key && fl_lexicon_has(folds, key, (size_t)len, 1)) {
            snprintf(buf, n, "%s", c->k->act_classes[b]);
            return buf;
        }
    }
    return cls;
}

/* The class of the act phrase or verb at token j, into out (cap bytes): an act phrase's class (claim_model.acts),
 * else a past verb's predicate class or lemma (verb_class), as the figure it governed would be keyed; the tokens
 * it takes in *used; 0 when j is neither. */
static int act_name_at(const sctx *c, size_t j, size_t end, char *out, size_t cap, size_t *used)
{
    const fl_parse *p = fl_claims_parse_of(c);
    char lemma[48];
    int a = fl_phrases_at(&c->k->acts, c->text, c->t, end, j, used);
    if (a >= 0) {
        snprintf(out, cap, "%s", c->k->act_classes[a]);
        return 1;
    }
    if (!p || j >= end || (p->tags[j - c->a] != FL_TAG_VBN && p->tags[j - c->a] != FL_TAG_VBD))
        return 0;
    int cls = verb_class(c, j, SIZE_MAX, lemma, sizeof lemma);
    snprintf(out, cap, "%s", cls >= 0 ? c->k->pred_classes[cls] : lemma);
    *used = 1;
    return out[0] != '\0';
}

/* An act told as one of two joined by an `alternatives` word (rules/grammar.json: "41 flights cancelled or
 * diverted", "cancelled or diverted 41 flights"): the figure is a total of both, so its class cls (the act at
 * token at) becomes the two classes in the order of their names, "cancel or divert", written to buf (n bytes),
 * and the figure never meets a count of either alone ("23 flights were cancelled and 12 diverted"). Returns buf,
 * else cls: no other act there, or one of the same class ("cancelled or scrapped": synonyms, one act). */
static const char *act_alternative(const sctx *c, const char *cls, const char *kind, size_t at, char *buf, size_t n)
{
    const fl_lexicon *alt = fl_rules_lexicon(c->r, "alternatives");
    size_t used, lo = c->ca > c->a ? c->ca : c->a, hi = c->cb && c->cb < c->b ? c->cb : c->b;
    char self[48], other[48], fold[48];
    if (!alt || at >= hi || !act_name_at(c, at, hi, self, sizeof self, &used) ||
        strcmp(item_act(c, self, kind, fold, sizeof fold), cls) != 0)
        return cls;
    snprintf(self, sizeof self, "%s", cls);
    if (at + used + 1 < hi && fl_lexicon_has_token(alt, c->text, &c->t[at + used], 1) &&
        act_name_at(c, at + used + 1, hi, other, sizeof other, &used))
        ; /* "cancelled or diverted" */
    else if (!(at >= lo + 2 && fl_lexicon_has_token(alt, c->text, &c->t[at - 1], 1) &&
               act_name_at(c, at - 2, hi, other, sizeof other, &used) && at - 2 + used == at - 1))
        return cls;
    const char *second = item_act(c, other, kind, fold, sizeof fold);
    if (strcmp(self, second) == 0)
        return cls;
    int first = strcmp(self, second) < 0;
    snprintf(buf, n, "%s or %s", first ? self : second, first ? second : self);
    return buf;
}

/* The metric family an act of class cls done to people of the kind kind is where its sentence names a site of
 * subjects.json "site-heads" (predicates.json lexicon `site-acts`, "site class kind=family": "hospital hire
 * person=hospitalisations", so "St Aidan's Hospital said 26 people had been brought in overnight" is an admission, as
 * "26 people were taken to hospital" is), -1 none. The act must be done to the count: its object ("the infirmary
 * admitted 26 people") or a passive after it ("26 people were admitted"), never the count's own ("Three people
 * admitted the charges"); another kind ("brought in 40 extra staff") is no admission. */
static int site_family(const sctx *c, const fl_qty *q, const char *cls, const char *kind, size_t at, int *person)
{
    const fl_lexicon *sites = fl_rules_lexicon(c->r, "site-heads"), *acts = fl_rules_lexicon(c->r, "site-acts");
    const fl_parse *p = fl_claims_parse_of(c);
    if (!sites || !acts || !p || at >= c->b || at < c->a)
        return -1;
    int vg = p->vg_of[at - c->a];
    if (at > q->tok && (vg < 0 || !p->vgs[vg].passive))
        return -1;
    char w[48], key[200];
    for (size_t i = c->a; i < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(sites, c->text, &c->t[i], 1) ||
            !fl_claims_lower_word(c, i, w, sizeof w))
            continue;
        for (size_t m = 0; m < c->k->nmetrics; m++) {
            int len = snprintf(key, sizeof key, "%s %s %s=%s", w, cls, kind, c->k->metrics[m].id);
            if (len > 0 && (size_t)len < sizeof key && fl_lexicon_has(acts, key, (size_t)len, 1))
                return (int)m;
            /* a kind of person no unit names ("The three walkers admitted to the Brannfeld hospital") is a person,
             * counted as people are */
            len = q->tok_end > q->tok && person_noun_at(c, q->tok_end - 1)
                      ? snprintf(key, sizeof key, "%s %s person=%s", w, cls, c->k->metrics[m].id)
                      : 0;
            if (len > 0 && (size_t)len < sizeof key && fl_lexicon_has(acts, key, (size_t)len, 1)) {
                *person = 1;
                return (int)m;
            }
        }
    }
    return -1;
}

/* The metric family an act of class cls (or a verb's lemma) done to things of the kind kind is, wherever it is told
 * (predicates.json lexicon `item-families`, "kind class=family": "home clear=evacuations", so "Police cleared 140
 * homes" is an evacuation, as "190 homes were evacuated" is), -1 none. As for site_family, the act must be done to
 * the count: the verb right before it or a passive after it; "cleared debris from 45 homes" names none. */
static int item_family(const sctx *c, const fl_qty *q, const char *cls, const char *kind, size_t at)
{
    const fl_lexicon *fams = fl_rules_lexicon(c->r, "item-families");
    const fl_parse *p = fl_claims_parse_of(c);
    if (!fams || !p || at >= c->b || at < c->a)
        return -1;
    int vg = p->vg_of[at - c->a];
    if (at > q->tok && (vg < 0 || !p->vgs[vg].passive))
        return -1;
    char one[64], key[200];
    snprintf(one, sizeof one, "%s", kind);
    singular_item(c->r, one); /* a counted noun no unit names is still in the plural here: "properties" */
    for (size_t m = 0; m < c->k->nmetrics; m++) {
        int len = snprintf(key, sizeof key, "%s %s=%s", one, cls, c->k->metrics[m].id);
        if (len > 0 && (size_t)len < sizeof key && fl_lexicon_has(fams, key, (size_t)len, 1))
            return (int)m;
    }
    return -1;
}

/* The metric family whose count figure q is when the act of class cls at token at says only that the count falls
 * within what its clause's subject names (predicates.json lexicon `scope-acts`: "The evacuation, which covered
 * roughly 850 people, was lifted" is a count of evacuations, as "850 people were evacuated" is; a passive's agent
 * names it, "850 people were affected by the evacuation"), -1 none. The subject's head noun must be a trigger of a
 * family that counts a kind (claim_model attributes `counts`) and admits the figure's dimension, what q counts
 * that kind, a generic item or one of its `same_counts`, and no responder ("the evacuation affected 200
 * firefighters" tells who worked at it); a trigger that only modifies the head ("the evacuation centre") names
 * none. */
static int same_kind(const fl_knowledge *k, int fam, const char *item);
static int scope_family(const sctx *c, const fl_qty *q, const char *cls, const char *kind, size_t at)
{
    const fl_knowledge *k = c->k;
    const fl_lexicon *scope = fl_rules_lexicon(c->r, "scope-acts");
    const fl_parse *p = scope ? fl_claims_parse_of(c) : NULL;
    if (!p || !fl_lexicon_has(scope, cls, strlen(cls), 1) || at >= c->b || at < c->a || q->tok < c->a)
        return -1;
    int vg = p->vg_of[at - c->a], np;
    if (vg < 0)
        return -1;
    if (p->vgs[vg].passive)
        np = at > q->tok ? fl_parse_agent(p, vg) : -1; /* "850 people were affected by the evacuation" */
    else
        np = at < q->tok ? fl_parse_subject(p, fl_parse_clause_of(p, at - c->a)) : -1;
    if (np < 0 || (!p->vgs[vg].passive && c->a + p->nps[np].end > q->tok))
        return -1; /* a count inside the subject is the subject's own */
    size_t head = c->a + p->nps[np].head, used;
    for (size_t i = c->a + p->nps[np].start; i <= head; i++) {
        int m = fl_phrases_at(&k->triggers, c->text, c->t, c->b, i, &used);
        if (m < 0 || i + used != head + 1)
            continue;
        const fl_metric *me = &k->metrics[m];
        if (m == k->act_family || me->count_unit < 0 || !admits(k, m, q->dim) ||
            fl_phrases_at(&k->responders, c->text, c->t, c->b, q->tok_end > q->tok ? q->tok_end - 1 : q->tok, &used) >=
                0)
            return -1;
        if (fl_phrases_word(&k->generic_items, kind, strlen(kind)) < 0 && !same_kind(k, m, kind) &&
            strcmp(kind, k->units[me->count_unit].id) != 0)
            return -1;
        return m;
    }
    return -1;
}

/* Keys cl as the act of class cls (found at token at) done to what q counts (what, the unit's id): item
 * "CLASS:KIND", KIND the unit's class ("flight"; a job cut is a worker's post), or for a unit that says nothing
 * ("23 pieces of gold jewellery") the first word of what it is of ("gold"), as one outlet may name more of it
 * than another; the class folded for that kind (item_act: axed flights are cancelled) and joined with an
 * alternative act (act_alternative: "cancelled or diverted"). */
static void act_key(const sctx *c, fl_claim *cl, const fl_qty *q, const char *cls, const char *what, size_t at)
{
    const fl_knowledge *k = c->k;
    char kind[64], fold[48], joined[100];
    if (fl_phrases_word(&k->generic_items, what, strlen(what)) < 0)
        snprintf(kind, sizeof kind, "%s", item_class(k, what));
    else if (strcmp(cl->item, what) != 0 && q->unit >= 0 && strcmp(what, k->units[q->unit].id) == 0)
        snprintf(kind, sizeof kind, "%.*s", (int)strcspn(cl->item, " "), cl->item);
    else
        snprintf(kind, sizeof kind, "%s", what);
    cls = item_act(c, cls, kind, fold, sizeof fold); /* "23 flights were axed": cancelled */
    /* "the hospital said 26 people had been brought in": admissions; "Police cleared 140 homes": evacuations */
    int person = 0, fam = site_family(c, q, cls, kind, at, &person);
    if (fam < 0)
        fam = item_family(c, q, cls, kind, at);
    if (fam < 0 && (fam = scope_family(c, q, cls, kind, at)) >= 0) {
        /* "The evacuation covered 850 people": the family's count of its kind, as "850 people were evacuated" */
        free(cl->item);
        cl->item = fl_xstrdup(k->units[k->metrics[fam].count_unit].id);
        cl->family = fam;
        return;
    }
    if (person) {
        free(cl->dim);
        cl->dim = fl_xstrdup("people");
        snprintf(kind, sizeof kind, "person");
    }
    if (fam >= 0) {
        free(cl->item);
        cl->item = fl_xstrdup(kind);
        cl->family = fam;
        return;
    }
    cls = act_alternative(c, cls, kind, at, joined, sizeof joined);
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:%s", cls, kind);
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = act_family_of(k, cls);
}

static void act_attribute(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    size_t at = q->tok;
    char pred[48];
    const char *cls = NULL, *took_part, *what = q->unit >= 0 ? k->units[q->unit].id : "";
    size_t ma, me;
    int vg;
    if (k->act_family >= 0 && !fl_count_dimension(c->r, q->dim) && k->nmeasured_acts) {
        measured_act_attribute(c, cl, q, trig);
        return;
    }
    if (k->act_family < 0 || !fl_count_dimension(c->r, q->dim) || !admits(k, k->act_family, q->dim) ||
        count_premodifier(c, q))
        return; /* "a 12-passenger station wagon": what it can hold, of that one thing, no act's count */
    int a = possessed(c, q) ? -1 : act_of(c, q, &at), ip, u;
    label lb;
    int labelled = a < 0 && (label_line(c, q, &lb) || noun_label(c, q, &lb) || role_label(c, q, &lb)) &&
                   (lb.cls < 0 || act_admits(k, lb.cls, q->dim) || lb.pred[0]);
    if (labelled && lb.cls >= 0 && act_admits(k, lb.cls, q->dim)) {
        a = lb.cls; /* "Vehicles recalled: 136,000" */
        at = lb.act;
    }
    if ((cls = crowd_class(c, q, what, &at)) != NULL)
        a = -1; /* "About 2,800 spectators filled the velodrome": they were there */
    else if ((cls = agent_class(c, q, &at)) != NULL)
        a = -1; /* "Water entered 85 houses": flooded */
    else if (a >= 0)
        cls = k->act_classes[a];
    else if (agent_predicate(c, q, pred, sizeof pred, &at))
        cls = pred; /* "an exam sat by 286,400 pupils": they sat it */
    else if (possessor_before(c, q)) {
        /* "the ferry's 1,300 passengers": the possessor's whole complement of them, whatever the clause says */
        int pc = fl_phrases_word(&k->possessed_preds, item_class(k, what), strlen(item_class(k, what)));
        if (pc < 0 && !(impersonal_possessor(c, q) && (cls = light_class(k))))
            return; /* "her two children": about the possessor, as no table says */
        if (pc >= 0)
            cls = k->pred_classes[pc];
    } else if ((fronted_holding(c, q) || base_holding(c, q)) && (cls = light_class(k)) != NULL) {
        cls = stock_class(c, cl, q, cls); /* "With 448 member businesses, the Chamber ...": what it has */
    } else if (q->unit >= 0 && (ip = fl_phrases_word(&k->item_preds, what, strlen(what))) >= 0) {
        cls = k->pred_classes[ip]; /* "30 illnesses": the noun says what happened to whom */
        if ((u = bare_unit(k, cls)) >= 0)
            what = k->units[u].id;
    } else if (labelled) {
        cls = stock_class(c, cl, q, lb.pred); /* "Rounds played: 43,100", as "43,100 rounds were played" */
        at = lb.act;
    } else if (level_subject(c, q, NULL, 0, &ma, &me) != SIZE_MAX && (cls = light_class(k)) != NULL) {
        cls = stock_class(c, cl, q, cls); /* "Complaints numbered 312": the subject's whole count, a stock */
    } else if (open_predicate(c, q, pred, sizeof pred, &at) ||
               (fl_phrases_word(&k->generic_items, what, strlen(what)) >= 0 &&
                verb_and_preposition(c, q, pred, sizeof pred, &at))) {
        cls = stock_class(c, cl, q, pred); /* "linked to 12 crashes": of a noun no unit names, the verb and its
                                            * preposition */
        if (cls && !known_act(k, cls) && (took_part = participant_class(c, cl, q, what)) != NULL)
            cls = took_part; /* "About 220 volunteers kept the animals wet": they took part */
    } else if ((took_part = participant_class(c, cl, q, what)) != NULL && (vg = participant_verb(c, q)) >= 0) {
        cls = took_part; /* "More than 300 volunteers answered our text alert" */
        at = c->a + (size_t)fl_claims_parse_of(c)->vgs[vg].head;
    } else if (noun_locative(c, q, pred, sizeof pred, &at))
        cls = pred;
    else
        return;
    if (!cls) {
        *trig = at;
        return; /* a stock of a possessed family's: that family's figure */
    }
    act_key(c, cl, q, cls, what, at);
    *trig = at;
}

/* The index of the act class (claim_model.acts) named by the len bytes at name, k->nact_classes when none. */
static size_t act_class_named(const fl_knowledge *k, const char *name, size_t len)
{
    size_t a = 0;
    while (a < k->nact_classes && !(strlen(k->act_classes[a]) == len && memcmp(k->act_classes[a], name, len) == 0))
        a++;
    return a;
}

/* An act counted by its noun alone ("Of the 3,240 completions") counts what the document last counted with
 * that act ("completed 3,420 new homes": homes), and has no attribute when there is none; one that names what
 * it counts is remembered for later. */
static void act_discourse(discourse *dc, const fl_knowledge *k, fl_claim *cl)
{
    const char *colon = strchr(cl->item, ':');
    size_t a = colon ? act_class_named(k, cl->item, (size_t)(colon - cl->item)) : k->nact_classes;
    if (a == k->nact_classes)
        return;
    if (!dc->act_items)
        dc->act_items = fl_xcalloc(k->nact_classes, sizeof(char *));
    if (colon[1]) {
        free(dc->act_items[a]);
        dc->act_items[a] = fl_xstrdup(cl->item);
    } else if (dc->act_items[a]) {
        free(cl->item);
        cl->item = fl_xstrdup(dc->act_items[a]);
    } else
        cl->family = -1; /* "on 106 carries": what was carried is not known, so nor is what it compares with */
}

/* The kind of a stock that a count of plain nouns in the sentence of figures qs[0, n) brings the acts to, after
 * a word of `act-stock-preps` (rules/grammar.json: "took the group from 181 to 186 restaurants", "ended the year
 * with 412 clinics"), into out (cap bytes): what a nominalised act counted alone there ("14 openings and 9
 * closures") was done to. 1 then; -1 when the sentence counts plain nouns but names no one stock ("left it with
 * 60 bars and 14 kiosks": which of them opened is not said); 0 when it counts none. */
static int act_stock_kind(const sctx *c, const fl_qty *qs, size_t n, char *out, size_t cap)
{
    const fl_knowledge *k = c->k;
    const fl_lexicon *preps = fl_rules_lexicon(c->r, "act-stock-preps");
    const fl_parse *p = fl_claims_parse_of(c);
    char one[64];
    int stock = 0, counted = 0;
    out[0] = '\0';
    for (size_t i = 0; preps && p && i < n; i++) {
        const fl_qty *o = &qs[i];
        size_t first = qty_first(c, o), used;
        int np = p->np_of[o->tok - c->a];
        size_t head = np >= 0 ? c->a + p->nps[np].end - 1 : o->tok; /* "186 restaurants": not yet a count */
        if (o->kind != FL_QK_BARE || head <= o->tok || p->tags[head - c->a] != FL_TAG_NOUN ||
            fl_phrases_at(&k->acts, c->text, c->t, c->b, head, &used) >= 0 ||
            !fl_claims_lower_word(c, head, one, sizeof one))
            continue;
        singular_item(c->r, one);
        const char *kind = item_class(k, one);
        counted = 1;
        if (out[0] && strcmp(out, kind) != 0)
            return -1;
        snprintf(out, cap, "%s", kind);
        stock |= first > c->a && fl_lexicon_has_token(preps, c->text, &c->t[first - 1], 1);
    }
    return stock ? 1 : -counted;
}

/* A nominalised act counted alone ("14 openings") in a sentence that counts plain nouns: what the one stock the
 * sentence brings the acts to counts (act_stock_kind), remembered for later counts (act_discourse); no attribute
 * when the sentence names none of them. 0 (act_discourse decides) when the act names its kind or the sentence
 * counts no plain noun. */
static int act_stock_discourse(const sctx *c, discourse *dc, const fl_qty *qs, size_t n, fl_claim *cl)
{
    char kind[64];
    size_t len = strlen(cl->item);
    /* only a counted act of the classes ("open:"), never a measure's open predicate ("deflate after:") */
    int found = len && cl->item[len - 1] == ':' && act_class_named(c->k, cl->item, len - 1) < c->k->nact_classes
                    ? act_stock_kind(c, qs, n, kind, sizeof kind)
                    : 0;
    if (found < 0)
        cl->family = -1; /* "60 bars and 14 kiosks" */
    if (found <= 0)
        return found < 0;
    fl_buf it = {0};
    fl_buf_printf(&it, "%s%s", cl->item, kind);
    free(cl->item);
    cl->item = fl_buf_take(&it);
    act_discourse(dc, c->k, cl);
    return 1;
}

void fl_claims_act_items_free(discourse *dc, const fl_knowledge *k)
{
    for (size_t i = 0; dc->act_items && i < k->nact_classes; i++)
        free(dc->act_items[i]);
    free(dc->act_items);
}

/* ---- owners and scopes: whose count a figure is, and which part of it ---- */

/* The owner that the phrase [a, e) names (a possessor before "'s", the object of "of"): a name, in full; a noun,
 * that noun in lower case ("the VLCC", "the freighter": in a story of two ships the last named one of a kind
 * is not always the one meant); NULL for a phrase with no noun. Returns a new string. */
static char *owner_phrase(const sctx *c, discourse *dc, size_t a, size_t e)
{
    size_t used;
    const fl_parse *p = fl_claims_parse_of(c);
    while (a < e && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0)
        a += used;
    if (a >= e || !p || c->t[e - 1].kind != FL_TOK_WORD)
        return NULL;
    int named = name_start(c, a);
    for (size_t i = a + 1; i < e && named; i++)
        named = fl_claims_name_word(c, i);
    if (named)
        return full_name(dc, subject_phrase(c, a, e - a));
    int tag = p->tags[e - 1 - c->a];
    if (tag != FL_TAG_NOUN && tag != FL_TAG_PROPN)
        return NULL;
    char w[48];
    return fl_claims_lower_word(c, e - 1, w, sizeof w) ? fl_xstrdup(w) : NULL;
}

/* The possessor before "'s" right before the figure ("the VLCC's 25 crew", "the plant's 340 workers"): its phrase
 * [*a, *e), back to a determiner or a word that is no noun. 0 when there is none. */
static int possessor_span(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), i;
    if (count_premodifier(c, q))
        return premodified_phrase(c, q, a, e); /* "the 520-pupil school": the school */
    if (!p || f < c->a + 2 || f - 1 < c->ca || p->tags[f - 1 - c->a] != FL_TAG_POS)
        return 0;
    i = f - 1;
    while (i > c->a && i > c->ca && f - 1 - i < 4 &&
           (p->tags[i - 1 - c->a] == FL_TAG_NOUN || p->tags[i - 1 - c->a] == FL_TAG_PROPN ||
            p->tags[i - 1 - c->a] == FL_TAG_DET))
        if (p->tags[--i - c->a] == FL_TAG_DET)
            break;
    if (i == f - 1)
        return 0;
    *a = i;
    *e = f - 1;
    return 1;
}

/* The owner a possessor before "'s" names (owner_phrase), or NULL. */
static char *possessor_owner(const sctx *c, discourse *dc, const fl_qty *q)
{
    size_t a, e;
    return possessor_span(c, q, &a, &e) ? owner_phrase(c, dc, a, e) : NULL;
}

/* The owner an "of" phrase names right after what the figure counts ("24 crew of the Pacific Lumen"): a name or
 * "the <kind>" only (the object of "of" is as often what is counted of: "24 crew of the rescue team" names no
 * thing); NULL none. */
static char *of_owner(const sctx *c, discourse *dc, const fl_qty *q)
{
    size_t i = q->tok_end, used;
    if (q->kind != FL_QK_UNIT || i >= c->b || i >= c->cb || fl_claims_prep_role(c, i) != FL_PREP_OF ||
        c->t[i - 1].kind != FL_TOK_WORD)
        return NULL;
    size_t a = ++i;
    while (i < c->b && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0)
        i += used;
    if (i < c->b && name_start(c, i)) {
        size_t e = i + 1;
        while (e < c->b && fl_claims_name_word(c, e))
            e++;
        return owner_phrase(c, dc, a, e);
    }
    if (i > a && i < c->b && fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i, &used) >= 0)
        return owner_phrase(c, dc, a, i + 1);
    return NULL;
}

/* The class a possessor's count of the item class what is ("crew": "carry"), or NULL. */
static const char *possessed_class(const fl_knowledge *k, const char *what)
{
    int pc = fl_phrases_word(&k->possessed_preds, what, strlen(what));
    return pc >= 0 ? k->pred_classes[pc] : NULL;
}

/* Is cls one of the item classes the document counts for several possessors? */
static int owned_class(const discourse *dc, const char *cls)
{
    for (size_t i = 0; i < dc->nowned; i++)
        if (strcmp(dc->owned[i], cls) == 0)
            return 1;
    return 0;
}

/* Appends " " and s to cl->item (lower case), or "(s)" when paren. */
static void item_suffix(fl_claim *cl, const char *how, const char *s)
{
    fl_buf b = {0};
    fl_buf_puts(&b, cl->item);
    fl_buf_puts(&b, how);
    for (const char *x = s; *x; x++)
        fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*x));
    free(cl->item);
    cl->item = fl_buf_take(&b);
}

/* Whose count an act's figure is (rules/subjects.json): a count after a possessor ("the VLCC's 25 crew") or of
 * an owner an "of" phrase names ("all 24 crew of the Pacific Lumen") is that owner's. In a document that counts
 * what it counts for two or more possessors (dc->owned), its item says whose ("carry:crew of pacific lumen"), so
 * that one ship's crew is never compared with another's; elsewhere the owner is the story's one thing, named or
 * not, as other reports give it. A whole complement (after a possessor, or a whole-marker before the figure:
 * "all 24 crew of ...") is the possessed class of what it counts ("carry"), whatever its clause's verb ("had been
 * accounted for"). */
static size_t size_noun(const sctx *c, const fl_qty *q);

static void count_owner(const sctx *c, discourse *dc, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    const char *colon = strchr(cl->item, ':');
    if (!act_like(k, cl->family) || !colon || possessed(c, q))
        return;
    const char *cls = possessed_class(k, colon + 1);
    size_t f = qty_first(c, q), noun = size_noun(c, q);
    fl_qty sized = *q; /* "the ship's crew of 22": the possessor of the noun */
    if (noun != SIZE_MAX) {
        sized.tok = (uint32_t)noun;
        sized.qstart = c->t[noun].start;
    }
    char *owner = possessor_owner(c, dc, &sized);
    int whole = owner != NULL;
    if (!owner && cls && (owner = of_owner(c, dc, q)))
        whole = f > c->ca && fl_lexicon_has_token(fl_rules_lexicon(c->r, "whole-markers"), c->text, &c->t[f - 1], 1);
    if (!owner)
        return;
    if (whole && cls) {
        fl_buf b = {0};
        fl_buf_printf(&b, "%s:%s", cls, colon + 1);
        free(cl->item);
        cl->item = fl_buf_take(&b);
        cl->family = act_family_of(k, cls);
        colon = strchr(cl->item, ':');
    }
    if (owned_class(dc, colon + 1))
        item_suffix(cl, " of ", owner);
    free(owner);
}

static int possessive_end(const sctx *c, size_t i);

/* The head word of the possessor that ends at token i, in lower case, into w. */
static void possessor_head(const sctx *c, size_t i, char *w, size_t cap)
{
    size_t n = fl_claims_lower_word(c, i, w, cap), suffix = fl_possessive_suffix(w, n);
    if (suffix && n > suffix)
        w[n - suffix] = '\0';
}

/* Finds the item classes the document counts for two or more possessors: a possessive right before a unit
 * noun, or before a number and its unit noun ("Pacific Lumen's crew", "the VLCC's 25 crew"), with different
 * head words. Fills dc->owned. */
void fl_claims_several_owners(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_map *names, discourse *dc)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    char cls[16][24], head[16][24];
    size_t n = 0, used;
    for (size_t s = 0; s < d->nsent; s++) {
        sctx c = fl_claims_sentence_ctx(d, r, k, f, s);
        c.names = names;
        for (size_t i = c.a; i + 1 < c.b && n < 16; i++) {
            if (c.t[i].kind != FL_TOK_WORD || !possessive_end(&c, i))
                continue;
            size_t j = i + 1;
            if (c.text[c.t[j].start] == '\'' || (unsigned char)c.text[c.t[j].start] == 0xE2)
                j++; /* the "'s" the tokenizer cut off */
            if (j < c.b && c.t[j].kind == FL_TOK_NUM)
                j++;
            int u = j < c.b ? fl_phrases_at(&k->unit_names, c.text, c.t, c.b, j, &used) : -1;
            if (u < 0 || !possessed_class(k, item_class(k, k->units[u].id)))
                continue;
            snprintf(cls[n], sizeof cls[n], "%s", item_class(k, k->units[u].id));
            possessor_head(&c, i, head[n], sizeof head[n]);
            for (size_t x = 0; x < n; x++)
                if (strcmp(cls[x], cls[n]) == 0 && strcmp(head[x], head[n]) != 0 && !owned_class(dc, cls[n])) {
                    dc->owned = fl_xrealloc(dc->owned, (dc->nowned + 1) * sizeof(char *));
                    dc->owned[dc->nowned++] = fl_xstrdup(cls[n]);
                }
            n++;
        }
    }
}

/* An adverb of rules/subjects.json "remaining-adverbs" in the verb group right after a count's noun ("About 300
 * vehicles are still stuck"): its token, or SIZE_MAX. An act's count so is what remains in the state at the time, a
 * part of all that were ever in it ("more than 1,900 vehicles were stranded"), as "the remaining 300" is; a family's
 * running count ("Eleven guests are still being treated in hospital") has its own reading of updates. */
static size_t remaining_adverb(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "remaining-adverbs");
    for (size_t i = q->tok_end; fl_lexicon_size(lex) && i < c->b && i < q->tok_end + 3; i++) {
        int tag = p->tags[i - c->a];
        if (fl_lexicon_has_token(lex, c->text, &c->t[i], 1))
            return i > q->tok_end ? i : SIZE_MAX;
        if (!(tag == FL_TAG_VBP || tag == FL_TAG_VBD || tag == FL_TAG_VB || tag == FL_TAG_MD || tag == FL_TAG_ADV))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A count restricted to a part of what its noun names (rules/subjects.json "subset-markers"): a marker before
 * the figure ("the remaining 40"), between it and its noun ("11 delegated change orders") or in the participle
 * phrase after the noun, up to the clause's finite verb ("the 11 change orders approved under delegated
 * authority were ..."). Its item keeps the marker ("order (delegated)"): it is compared only with counts of the
 * same part; so is a count still in its state (remaining_adverb: "(remaining)"). */
static void subset_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "subset-markers");
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || cl->family < 0 || !fl_count_dimension(c->r, q->dim) || !fl_lexicon_size(lex))
        return;
    size_t f = qty_first(c, q), at = SIZE_MAX;
    if (f > c->ca && f > c->a && fl_lexicon_has_token(lex, c->text, &c->t[f - 1], 1))
        at = f - 1;
    for (size_t i = q->tok + 1; at == SIZE_MAX && i < c->cb && i < c->b; i++) {
        int tag = p->tags[i - c->a];
        /* right after the noun a participle (often read as a past tense: "orders approved under ...") or a
         * preposition opens the phrase; a finite verb after that is the clause's own */
        if (i == q->tok_end && tag != FL_TAG_VBN && tag != FL_TAG_VBD && tag != FL_TAG_ADP)
            break;
        if (i > q->tok_end && (tag == FL_TAG_VBD || tag == FL_TAG_VBP || tag == FL_TAG_MD || tag == FL_TAG_PUNCT ||
                               tag == FL_TAG_CONJ || tag == FL_TAG_WH || i >= q->tok_end + 6))
            break;
        if (fl_lexicon_has_token(lex, c->text, &c->t[i], 1))
            at = i;
    }
    if (at == SIZE_MAX && cl->family == c->k->act_family && (at = remaining_adverb(c, p, q)) != SIZE_MAX) {
        item_suffix(cl, " ", "(remaining)");
        return;
    }
    if (at == SIZE_MAX)
        return;
    char w[32];
    fl_claims_lower_word(c, at, w, sizeof w);
    fl_buf b = {0};
    fl_buf_printf(&b, "(%s)", w);
    item_suffix(cl, " ", b.ptr);
    fl_buf_free(&b);
}

/* Whose count a figure is and which part of it (count_owner, subset_scope). */
/* A count in a relative clause about a name that a preposition introduces ("Offers were highest in the Faculty
 * of Health Sciences, where 7,480 offers were made") counts what is of that name, a part of the whole the
 * document counts: its item keeps the name ("make:offer in faculty of health sciences"). */
static void relative_scope(const sctx *c, fl_claim *cl)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t ca = c->ca, b;
    if (!p || !act_like(c->k, cl->family) || ca < c->a + 3 || ca >= c->b || p->tags[ca - c->a] != FL_TAG_WH ||
        c->t[ca - 1].kind != FL_TOK_PUNCT || c->text[c->t[ca - 1].start] != ',')
        return;
    b = name_run_before(c, c->a, ca - 1);
    if (b == ca - 1 || introduced_by(c, b, c->a) < 0)
        return;
    fl_buf nm = {0};
    for (size_t i = b; i < ca - 1; i++)
        fl_buf_printf(&nm, "%s%.*s", i > b ? " " : "", (int)(c->t[i].end - c->t[i].start), c->text + c->t[i].start);
    char *name = fl_buf_take(&nm);
    item_suffix(cl, " in ", name);
    free(name);
}

/* The modifiers of a level's subject (level_subject) make its count a part: "Retail insolvencies rose to 1,690"
 * is "stock:insolvency (retail)", never compared with all insolvencies. */
static void level_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    size_t ma, me;
    if (!act_like(c->k, cl->family) || level_subject(c, q, NULL, 0, &ma, &me) == SIZE_MAX || ma == me)
        return;
    fl_buf b = {0};
    fl_buf_putc(&b, '(');
    for (size_t i = ma; i < me; i++)
        fl_buf_printf(&b, "%s%.*s", i > ma ? " " : "", (int)(c->t[i].end - c->t[i].start), c->text + c->t[i].start);
    fl_buf_putc(&b, ')');
    item_suffix(cl, " ", b.ptr);
    fl_buf_free(&b);
}

static int names_event(const sctx *c, size_t a, size_t e);

/* The place or part a definite phrase opening the sentence sets (fronted_scope_span) makes an act's count a part:
 * "At the covered market, 96 instruments were tested" is "test:instrument at covered market", never compared with
 * the count of all markets, whatever their periods. */
static void place_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    size_t a, e, used;
    if (!act_like(c->k, cl->family) || !fl_claims_fronted_scope_span(c, q, &a, &e) || names_event(c, a, e))
        return; /* "At the height of the fire, 80 firefighters ...": a time of the event, not a part */
    fl_buf b = {0};
    for (size_t j = a; j < e; j++)
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) < 0)
            fl_buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)(c->t[j].end - c->t[j].start), c->text + c->t[j].start);
    if (b.len)
        item_suffix(cl, " at ", b.ptr);
    fl_buf_free(&b);
}

/* An act's count whose noun a compound's common nouns modify ("32 mountain rescue volunteers", "40 agency staff",
 * "210 crane operators"): the modifiers between the figure and the count unit's name, lower-case words the parse tags
 * as nouns, name a subgroup of what the unit counts, never all of it ("640 volunteers"), where the document also
 * counts the noun bare (bare_nouns: "Most of the 640 volunteers"), so that it tells the subgroup from the whole; a
 * document that never does may use the modifier only to restate the whole ("More than 60 volunteer rescuers took
 * part"). Its item keeps them ("volunteer (mountain rescue)"): it meets only counts of the same subgroup. A hyphened
 * compound describes a kind ("163,000 sport-utility vehicles"), a compound whose last piece is the unit ("4,000
 * day-trippers") and a name ("Kessock Water customers") are no such modifiers; a count of a common noun no unit names
 * has that noun, hyphened pieces and all, as its head. A metric family's count keeps its item ("1,724 road deaths"). */
static void compound_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t s = q->tok, u = SIZE_MAX, used;
    if (!p || !act_like(c->k, cl->family) || !fl_count_dimension(c->r, q->dim) || q->tok_end > c->b)
        return;
    while (s < q->tok_end && p->tags[s - c->a] == FL_TAG_NUM)
        s++;
    for (size_t j = s + 1; j < q->tok_end && u == SIZE_MAX; j++)
        if (fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, j, &used) >= 0 && j + used == q->tok_end)
            u = j;
    if (u == SIZE_MAX && q->tok_end > s + 1) /* a common noun no unit names heads it, with its hyphened pieces */
        for (u = q->tok_end - 1; u >= s + 2 && glued_hyphen(c, u - 1);)
            u -= 2;
    if (u == SIZE_MAX || u <= s || glued_hyphen(c, u - 1) || !c->bare_nouns ||
        fl_map_get(c->bare_nouns, c->text + c->t[u].start, c->t[u].end - c->t[u].start) < 0)
        return;
    fl_buf b = {0};
    for (size_t j = s; j < u; j++) {
        unsigned char c0 = (unsigned char)c->text[c->t[j].start];
        if (c->t[j].kind != FL_TOK_WORD || !noun_tag(c, j) || !(c0 >= 'a' && c0 <= 'z')) {
            fl_buf_free(&b);
            return;
        }
        fl_buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)(c->t[j].end - c->t[j].start), c->text + c->t[j].start);
    }
    if (b.len) {
        fl_buf w = {0};
        fl_buf_printf(&w, "(%s)", b.ptr);
        item_suffix(cl, " ", w.ptr);
        fl_buf_free(&w);
    }
    fl_buf_free(&b);
}

/* A noun label's compound ("Pollution incidents: 38", "- Agency staff: 40"; noun_label, or measure_label's "Noise
 * complaints: 85" when its trigger counts): the label's common nouns
 * before its head name a subgroup of what the head counts, as a compound's do in a sentence (compound_scope: "48
 * pollution incidents"), where the document also counts the head bare; its item keeps them ("incident (pollution)"),
 * so that it meets the sentence that states the same compound. The label's first word is capitalised as a label's
 * is; the others are lower-case nouns (a name or an acronym is no modifier: "Kessock Water customers", "ROV dives"). */
static void label_compound_scope(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    label lb;
    size_t from, to;
    if (!c->bare_nouns || !act_like(c->k, cl->family) || q->kind != FL_QK_UNIT || strchr(cl->item, '('))
        return;
    if (!noun_label(c, q, &lb)) { /* or a label a family's trigger ends ("Noise complaints: 85") */
        if (measure_label(c, q, &from, &to) < 0)
            return;
        size_t end = label_end(c, qty_first(c, q) - 1), e = end - label_tail(c, from, end);
        lb = (label){.from = from, .to = end, .head = e - 1, .act = e - 1, .cls = -1};
    }
    if (lb.from >= lb.head ||
        fl_map_get(c->bare_nouns, c->text + c->t[lb.head].start, c->t[lb.head].end - c->t[lb.head].start) < 0)
        return;
    fl_buf b = {0};
    for (size_t j = lb.from; j < lb.head; j++) {
        unsigned char c0 = (unsigned char)c->text[c->t[j].start],
                      c1 = c->t[j].end > c->t[j].start + 1 ? (unsigned char)c->text[c->t[j].start + 1] : 'a';
        /* the label's capitalised first word may be tagged a name; it is one when the document's sentences use it */
        int noun = noun_tag(c, j) ||
                   (j == lb.from && fl_claims_parse_of(c)->tags[j - c->a] == FL_TAG_PROPN &&
                    !(c->names && fl_map_get(c->names, c->text + c->t[j].start, c->t[j].end - c->t[j].start) >= 0));
        if (c->t[j].kind != FL_TOK_WORD || !noun || (j > lb.from && !(c0 >= 'a' && c0 <= 'z')) ||
            (c1 >= 'A' && c1 <= 'Z')) { /* an acronym is a name: "ROV dives" */
            fl_buf_free(&b);
            return;
        }
        fl_buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)(c->t[j].end - c->t[j].start), c->text + c->t[j].start);
    }
    fl_buf w = {0};
    fl_buf_printf(&w, "(%s)", b.ptr);
    item_suffix(cl, " ", w.ptr);
    fl_buf_free(&w);
    fl_buf_free(&b);
}

static void count_scope(const sctx *c, discourse *dc, fl_claim *cl, const fl_qty *q)
{
    count_owner(c, dc, cl, q);
    subset_scope(c, cl, q);
    compound_scope(c, cl, q);
    label_compound_scope(c, cl, q);
    role_scope(c, cl, q);
    level_scope(c, cl, q);
    relative_scope(c, cl);
    place_scope(c, cl, q);
}

/* ---- transfers: where a verb moves what a figure counts ---- */

/* How many words of a modifier may stand between the figure's noun and the preposition of the place, and between
 * that preposition and the place ("to two local hospitals"). */
enum { TRANSFER_GAP = 3, TRANSFER_NAME = 6 };

/* The words of a name from token j that a place noun ends ("Port Orla Base Hospital", "St Anne's Infirmary"):
 * capitalised words and a possessive "'s", up to TRANSFER_NAME of them; the token after them (j when none). */
static size_t place_name_end(const sctx *c, size_t j, size_t end)
{
    size_t e = j;
    while (e < end && e < j + TRANSFER_NAME && c->t[e].kind == FL_TOK_WORD &&
           ((c->text[c->t[e].start] >= 'A' && c->text[c->t[e].start] <= 'Z') ||
            (e > j && c->t[e].end - c->t[e].start == 2 && c->text[c->t[e].start + 1] == 's')))
        e++;
    return e;
}

/* The family of the place a phrase from j names (rules/predicates.json "transfers": "to hospital", "into two
 * nearby hospitals", "to Port Orla Base Hospital": hospitalisations): a transfer preposition, up to TRANSFER_GAP
 * determiners, numbers or adjectives, or a name's capitalised words, and the place's noun; or -1. */
static int transfer_place(const sctx *c, const fl_parse *p, size_t j, size_t end)
{
    const fl_knowledge *k = c->k;
    size_t used;
    if (j >= end || fl_phrases_at(&k->transfer_preps, c->text, c->t, c->b, j, &used) < 0 || used != 1)
        return -1;
    size_t from = ++j, name = place_name_end(c, j, end);
    if (name > j + 1)
        for (size_t m = j + 1; m < name; m++) /* the name's last word may be the place noun, capitalised */
            if (fl_phrases_at(&k->transfer_places, c->text, c->t, end, m, &used) >= 0 && m + used == name) {
                j = m;
                from = m;
                break;
            }
    for (; j < end && j <= from + TRANSFER_GAP; j++) {
        int place = fl_phrases_at(&k->transfer_places, c->text, c->t, end, j, &used);
        if (place >= 0 && j + used < end && p->tags[j + used - c->a] == FL_TAG_NOUN)
            return -1; /* "to the hospital car park": the place is the noun the phrase ends with */
        if (place >= 0) {
            const char *fam = k->transfer_families[place];
            for (size_t m = 0; m < k->nmetrics; m++)
                if (strcmp(k->metrics[m].id, fam) == 0)
                    return (int)m;
            return -1;
        }
        int t = p->tags[j - c->a];
        if (t != FL_TAG_ADJ && t != FL_TAG_NUM && fl_phrases_at(&k->determiners, c->text, c->t, c->b, j, &used) < 0)
            return -1;
    }
    return -1;
}

/* Is the word at v a verb whose lemma is a transfer verb ("sent", "were flown")? */
static int transfer_verb(const sctx *c, const fl_parse *p, size_t v)
{
    char lemma[48];
    if (!is_verb_tag(p->tags[v - c->a]))
        return 0;
    fl_claims_lemma_of(c, v, lemma, sizeof lemma);
    return lemma[0] && fl_phrases_word(&c->k->transfer_verbs, lemma, strlen(lemma)) >= 0;
}

static int transfer_place_family(const sctx *c, const fl_qty *q);

/* The family a transfer verb gives count q by the place it moves what q counts to: q its object with the place
 * after it ("sent 14 people to hospital", "took nine passengers to two hospitals"), or q the subject of its
 * passive with the place after the verb group ("Fourteen people were flown to hospital"); -1 when no such verb
 * governs q or the place names no family that admits q's dimension. */
static int transfer_family(const sctx *c, const fl_qty *q)
{
    int fam = fl_count_dimension(c->r, q->dim) ? transfer_place_family(c, q) : -1;
    return fam >= 0 && admits(c->k, fam, q->dim) ? fam : -1;
}

/* The family of the place a transfer verb moves what q counts to, whatever q's unit (transfer_family); -1 none. */
static int transfer_place_family(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b, used, v = qty_first(c, q), j = q->tok_end;
    int fam = -1;
    if (!p || !c->k->ntransfer_families)
        return -1;
    while (v > c->a && v > c->ca && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, v - 1, &used) >= 0)
        v--;
    if (v > c->a && v - 1 >= c->ca && transfer_verb(c, p, v - 1)) {
        while (j < end && j < q->tok_end + TRANSFER_GAP &&
               (p->tags[j - c->a] == FL_TAG_NOUN || p->tags[j - c->a] == FL_TAG_ADJ || p->tags[j - c->a] == FL_TAG_ADV))
            j++; /* "sent 14 people injured in the crash": only words of its own phrase */
        fam = transfer_place(c, p, j, end);
    } else {
        int vg = subject_verb(c, p, q, end);
        if (vg < 0 || !p->vgs[vg].passive || !transfer_verb(c, p, c->a + p->vgs[vg].head))
            return -1;
        for (j = c->a + p->vgs[vg].end; j < end && p->tags[j - c->a] == FL_TAG_ADV;)
            j++; /* "were quickly taken to hospital" */
        fam = transfer_place(c, p, j, end);
    }
    return fam;
}

/* The family of a count after a possessive whose family says it is what a possessor has ("its 2,300
 * workers": the workforce), or -1. */
static int possessed_family(const sctx *c, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    if (q->kind != FL_QK_UNIT || q->unit < 0 || !possessor_before(c, q))
        return -1;
    for (size_t m = 0; m < k->nmetrics; m++)
        if (k->metrics[m].possessed && k->metrics[m].count_unit == q->unit)
            return (int)m;
    return -1;
}

/* Is q a thing's whole stock of what it counts, by an impersonal possessive right before it
 * (predicates.impersonal_possessors: "Its 150 kennels, at centres in ...", "our 180 kennels"), not the part of a
 * partitive ("212 of its 340 stores", "Of its 640 pupils, 410 board") nor a speaker's words in a quotation ("thank
 * our 2,410 colleagues": the speaker's "our", whatever the document is of)? The trigger words of its clause say
 * nothing of it: act_attribute keys it as the possessor's stock of the noun. */
static int owned_stock(const sctx *c, const fl_qty *q)
{
    size_t f = qty_first(c, q), used;
    if (q->unit < 0 || !fl_count_dimension(c->r, q->dim) || f <= c->a || f - 1 < c->ca ||
        fl_phrases_at(&c->k->impersonal_possessors, c->text, c->t, c->b, f - 1, &used) < 0)
        return 0;
    return !(f >= c->a + 2 && fl_claims_prep_role(c, f - 2) == FL_PREP_OF) && impersonal_possessor(c, q);
}

/* Does a verb of the figure's own clause govern it: an act, an open predicate ("buried eleven skiers"), or
 * the predicate a count of a noun no unit names was found under ("linked to 12 crashes")? */
static int governed(const sctx *c, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    char pred[48];
    size_t at;
    /* a count of a noun no unit names has one: noun_count made it so only under a predicate */
    if (k->act_family >= 0 && q->unit >= 0 && q->unit == k->metrics[k->act_family].count_unit &&
        strcmp(q->item, k->units[q->unit].id) != 0)
        return 1;
    return act_of(c, q, &at) >= 0 || open_predicate(c, q, pred, sizeof pred, &at);
}

/* ---- measured attributes: read from the structure around the quantity (claim_model.measures) ---- */

/* Is dim a dimension of a rating, which a set of things has as a whole (claim_model.measures.rated_dimensions:
 * "18 MW of boilers", "the 12-megawatt heat pumps")? */
static int rated_dimension(const fl_knowledge *k, const char *dim)
{
    return dim && fl_phrases_word(&k->rated_dims, dim, strcspn(dim, ":/")) >= 0;
}

/* The family a dimension table (premodifiers, by_dimension) gives dim ("money:USD" is "money"), or -1. */
static int dimension_family(char *const *dims, const int *fams, size_t n, const char *dim)
{
    size_t len = strcspn(dim, ":/");
    for (size_t i = 0; i < n; i++)
        if (strlen(dims[i]) == len && memcmp(dims[i], dim, len) == 0)
            return fams[i];
    return -1;
}

/* The family of measure word v (an index into measure_names) for a figure of dimension dim: the one the table
 * names ("dimension": the one premodifiers give dim, never for a sum of money, which is no size of what holds or
 * spans it: "the fund holds £3bn"; "contents": that one only in the contents dimensions, what a container takes),
 * when it admits dim; else -1. */
static int measure_of(const fl_knowledge *k, int v, const char *dim)
{
    if (v < 0 || (size_t)v >= k->nmeasure_names)
        return -1;
    int fam = k->measure_family[v];
    if (fam == FL_MEASURE_NONE)
        return -1; /* "a peak television audience of 3.4 million": viewers, no crowd */
    if (fam == FL_MEASURE_CONTENTS && fl_phrases_word(&k->contents_dims, dim, strlen(dim)) < 0)
        return -1; /* "The estate contains 12 hectares of woodland": a part, no size of the estate */
    if (fam < 0 && strncmp(dim, "money", 5) == 0)
        return -1;
    if (fam < 0)
        fam = dimension_family(k->premod_dims, k->premod_family, k->npremod, dim);
    return fam >= 0 && admits(k, fam, dim) ? fam : -1;
}

/* Is the token at i a word the tagger reads as a noun or adjective (any word without a parse)? */
static int nominal(const sctx *c, size_t i)
{
    if (i >= c->b || c->t[i].kind != FL_TOK_WORD)
        return 0;
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p)
        return 1;
    int t = p->tags[i - c->a];
    return t == FL_TAG_NOUN || t == FL_TAG_PROPN || t == FL_TAG_ADJ;
}

/* Is the token at i a word the tagger reads as a common noun (none without a parse)? */
static int noun_tag(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return p && i >= c->a && i < c->b && c->t[i].kind == FL_TOK_WORD && p->tags[i - c->a] == FL_TAG_NOUN;
}

/* Does the word at i end in a possessive "'s" (or the tokenizer cut one off after it)? */
static int possessive_end(const sctx *c, size_t i)
{
    const char *w = c->text + c->t[i].start;
    size_t n = c->t[i].end - c->t[i].start;
    size_t suffix = fl_possessive_suffix(w, n);
    if (suffix && n > suffix)
        return 1;
    return i + 1 < c->b && c->t[i + 1].kind != FL_TOK_NUM && c->t[i + 1].start == c->t[i].end &&
           (c->text[c->t[i + 1].start] == '\'' || fl_token_is_possessive(c->text, &c->t[i + 1]));
}

/* The token after a parenthesised restatement of a figure in other units that starts at i ("a 24-inch (610mm) main",
 * "90cm (just under 3ft) high": a number after at most two words of a hedge, then the closing parenthesis), or i
 * when there is none. */
static size_t past_restatement(const sctx *c, size_t i)
{
    if (i >= c->b || c->t[i].kind != FL_TOK_PUNCT || c->text[c->t[i].start] != '(')
        return i;
    int num = 0;
    for (size_t j = i + 1; j < c->b && j <= i + 6; j++) {
        if (c->t[j].kind == FL_TOK_NUM)
            num = 1;
        else if (c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == ')')
            return num ? j + 1 : i;
    }
    return i;
}

/* The end of a name from i, before end, that names one thing of a kind: the kind noun in lower case right after
 * it ("the 70-metre Coastal Wren ferry"), its own last word ("the 240-metre Calder Tower") or an apposition's
 * (name_kind: "His yacht, the 52-foot Kestrel Bay"); 0 when
 * it names no kind (claim_model.kinds): "the 17-inch MacBook Pro" is a model, not one thing measured. */
static size_t kind_named_end(const sctx *c, size_t i, size_t end)
{
    size_t used, j = name_words_end(c, i, end);
    if (j < end && c->t[j].kind == FL_TOK_WORD && !fl_claims_name_word(c, j) &&
        fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, j, &used) >= 0 && j + used <= end)
        return j + used;
    return name_kind(c, i, j) >= 0 ? j : 0;
}

/* A premodified phrase that a name opens at i: [i, *e) when the name is of a kind (kind_named_end). */
static int kind_named_phrase(const sctx *c, size_t i, size_t end, size_t *e)
{
    *e = kind_named_end(c, i, end);
    return *e != 0;
}

/* Does a word of time start at i: a month, a weekday, a period ("year") or a day relative to the document's date
 * ("yesterday", "last night")? */
static int day_word(const sctx *c, size_t i)
{
    size_t used = 0; /* an offset may be -1 ("yesterday"): whether a phrase was found is in used */
    if (fl_claims_time_phrase(c, i))
        return 1;
    fl_phrases_at(&c->k->relative_days, c->text, c->t, c->b, i, &used);
    return used > 0;
}

/* Is the word at i a past participle that modifies the common noun right after it, before end ("the 36 km closed
 * section": the tagger reads "closed" as a reduced relative's verb)? Only a figure's first word is read so: after a
 * noun ("the 19-mile stretch closed roads") the participle is the clause's verb. */
static int participle_modifier(const sctx *c, size_t i, size_t end)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return p && i + 1 < end && c->t[i].kind == FL_TOK_WORD && p->tags[i - c->a] == FL_TAG_VBN && noun_tag(c, i + 1) &&
           !fl_claims_name_word(c, i + 1) && !day_word(c, i + 1);
}

/* The noun phrase a premodifying quantity measures: "the 1,450-kilogram satellite", "a 320-metre dry dock": the
 * words right after it (up to four nouns and adjectives), to a possessive, punctuation or any other word. [*a, *e)
 * is the phrase; 0 when there is none, when a name of no kind follows ("the 17-inch MacBook Pro" is a model:
 * kind_named_phrase) or its head is a plural (a class of things), unless an article makes the plural one set whose
 * rating the figure is. */
static int premodified_words(const sctx *c, const fl_qty *q, size_t *a, size_t *e);

static int premodified_phrase(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    if (!premodified_words(c, q, a, e))
        return 0;
    if (fl_claims_name_word(c, *a))
        return 1;
    /* "200-megaton bombs", "30-foot boats": a plural head is a class of things, each of that size; not after an
     * article, of a rated dimension, which a set has as a whole ("the 12-megawatt heat pumps": "two 8 MW pumps"
     * are each of that rating) */
    size_t i = *e, first = qty_first(c, q);
    const char *w = c->text + c->t[i - 1].start;
    size_t n = c->t[i - 1].end - c->t[i - 1].start;
    return !(n > 3 && w[n - 1] == 's' && !strchr("siu", w[n - 2])) ||
           (rated_dimension(c->k, q->dim) && first > c->a && fl_claims_role(c, first - 1, FL_ROLE_ARTICLES));
}

/* The words of premodified_phrase, whatever their head's number: [*a, *e), 0 when there are none. */
static int premodified_words(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    size_t i = past_restatement(c, q->tok_end), end = c->cb && c->cb > i ? c->cb : c->b, used;
    if (i >= end || c->t[i].kind != FL_TOK_WORD || fl_claims_prep_role(c, i) >= 0 ||
        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0 || day_word(c, i))
        return 0; /* "soared 852ft yesterday": a time adverb after the figure is when, not what it measures */
    *a = i;
    if (fl_claims_name_word(c, i))
        return kind_named_phrase(c, i, end, e);
    for (size_t words = 0; i < end && words < 4 && (nominal(c, i) || (!words && participle_modifier(c, i, end))) &&
                           fl_claims_prep_role(c, i) < 0 && !fl_claims_name_word(c, i);
         words++) {
        i++;
        if (possessive_end(c, i - 1))
            break;
        /* a modifier split at its hyphens ("cast-iron") is one word */
        while (i + 1 < end && c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == '-' &&
               c->t[i].end == c->t[i].start + 1 && !c->t[i].space_before && !c->t[i + 1].space_before &&
               c->t[i + 1].kind == FL_TOK_WORD)
            i += 2;
    }
    *e = i;
    return i != *a;
}

/* Is quantity q written as a premodifier, its unit joined to the number by a hyphen ("1,450-kilogram", "700-foot")? */
static int hyphen_unit(const sctx *c, const fl_qty *q)
{
    for (uint32_t x = c->t[q->tok].end; x < q->end; x++)
        if (c->text[x] == '-')
            return 1;
    if (q->kind == FL_QK_UNIT && q->tok_end == q->tok + 1 && c->t[q->tok].kind == FL_TOK_WORD &&
        fl_unit_inside(c->text, c->r, &c->t[q->tok]) >= 0)
        return 1; /* "the thirty-metre tower": number and unit in one token */
    return q->tok + 1 < q->tok_end && c->text[c->t[q->tok + 1].start] == '-';
}

/* Is q a sum of money whose currency is written before the number ("$20 million", "€7,450": its first token is no
 * number) and that a common noun follows, no time word ("£3 million last year" is when, not what)? Such a sum
 * premodifies that noun: "a $20 million flood-barrier project", "the €7,450 holiday"; a day named from today is no such
 * noun ("fined a combined EUR 436m yesterday"). */
static int money_before_noun(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end;
    if (strncmp(q->dim, "money", 5) != 0 || c->t[q->tok].kind == FL_TOK_NUM || i >= c->b || !nominal(c, i) ||
        fl_claims_name_word(c, i))
        return 0;
    while (i < c->b && nominal(c, i) && !day_word(c, i))
        i++;
    return i > q->tok_end && (i >= c->b || !day_word(c, i)) && noun_tag(c, i - 1);
}

/* Is quantity q a number with its unit glued on ("150ft", "20km") or a sum whose currency is named in the singular
 * after it ("85 million euro", "a 5 million pound"), before a noun: written as a premodifier without a hyphen ("the
 * 150ft crane", "an 85 million euro scheme")? */
static int glued_unit(const sctx *c, const fl_qty *q)
{
    size_t last = q->tok_end - 1, n = past_restatement(c, q->tok_end); /* "The 18ft (5.5m) stairway" */
    size_t used;
    if (n >= c->b || c->t[q->tok].kind != FL_TOK_NUM || c->t[last].kind != FL_TOK_WORD)
        return 0;
    int named = fl_claims_name_word(c, n);
    if (named && !kind_named_end(c, n, c->b))
        return 0; /* "the 260ft Harbour Star ship": a name of a kind (kind_named_end); no other name */
    if (!named && (!(noun_tag(c, n) || fl_phrases_at(&c->k->measure_bores, c->text, c->t, c->b, n, &used) >= 0) ||
                   day_word(c, n)))
        return 0; /* "the 900mm main": a bore noun the tagger may read as an adjective */
    if (q->kind == FL_QK_UNIT)
        return last == q->tok + 1 && !c->t[last].space_before;
    return q->kind == FL_QK_MONEY && c->text[c->t[last].end - 1] != 's';
}

/* Does quantity q premodify the noun after it: its unit joined by a hyphen or glued to it, or written before the
 * number ("a magnitude 6.1 quake", "a $20 million project"), or implied by that noun ("a 6.1 quake": no unit word
 * after the number)? */
static int premodifier(const sctx *c, const fl_qty *q)
{
    size_t used;
    return hyphen_unit(c, q) || glued_unit(c, q) ||
           fl_phrases_at(&c->k->unit_prefixes, c->text, c->t, c->b, q->tok, &used) >= 0 ||
           (c->t[q->tok_end - 1].kind == FL_TOK_NUM &&
            fl_phrases_at(&c->k->unit_nouns, c->text, c->t, c->b, q->tok_end, &used) >= 0) ||
           money_before_noun(c, q);
}

/* Does quantity q premodify the noun after it with its unit word spaced from the number, an article right before
 * the number ("a 31 km stretch", "the 36 km closed section")? The article puts the figure inside a noun phrase, so the
 * words after the unit are what it measures (premodified_phrase finds them, a time word excluded); a unit word in
 * "-s" ("the 36 miles home") is a plural, a distance, not a premodifier. */
static int spaced_unit(const sctx *c, const fl_qty *q)
{
    size_t last = q->tok_end - 1, first = qty_first(c, q);
    if (q->kind != FL_QK_UNIT || last != q->tok + 1 || c->t[q->tok].kind != FL_TOK_NUM ||
        c->t[last].kind != FL_TOK_WORD || !c->t[last].space_before || first <= c->a || first - 1 < c->ca ||
        !fl_claims_role(c, first - 1, FL_ROLE_ARTICLES) || q->tok_end >= c->b ||
        !(noun_tag(c, q->tok_end) || participle_modifier(c, q->tok_end, c->b)) || fl_claims_name_word(c, q->tok_end))
        return 0;
    const char *w = c->text + c->t[last].start;
    size_t n = c->t[last].end - c->t[last].start;
    return n > 0 && w[n - 1] != 's';
}

/* The measured attribute that the words right around q state, or -1 (claim_model.measures):
 *   - an axis word right after the unit, no noun phrase after it ("400 metres wide", "800 feet across", "2 metres
 *     in diameter"; not "spread 20 km across the region");
 *   - a measure noun and "of" right before it ("a ransom of $8 million", "an altitude of 600 km", "a speed limit of
 *     40 mph");
 *   - a measure verb whose object it is, adverbs between ("weighed just 900 kg", "measures 40 metres");
 *   - a measure noun right after it ("the EUR 270 million fine", "a $3 million ransom demand");
 *   - its unit joined to it by a hyphen before a noun ("the 1,450-kilogram satellite": the premodifiers table).
 * [*np, *npe) is the phrase the figure measures when the structure names it (the premodified noun, or the phrase
 * before the comma of an apposition: "the avalanche, some 800 feet across"); *np is SIZE_MAX when it is the
 * clause's subject, found as for any claim. */
/* Is the noun at head, which a figure premodifies, a trigger of a family that admits the figure's dimension ("the
 * 7.9 million-tonne wheat crop": a harvest, production)? Then the figure is the amount the noun names, not a
 * measure of a thing, and its clause's trigger says what it is. */
static int trigger_head(const sctx *c, const fl_qty *q, size_t head)
{
    size_t used;
    int m = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, head, &used);
    return m >= 0 && used == 1 && admits(c->k, m, q->dim);
}

/* Does a trigger of a family that admits q's dimension start in [a, e) ("a £3 million budget shortfall": the
 * amount the trigger names, not the cost of a thing)? */
static int trigger_within(const sctx *c, const fl_qty *q, size_t a, size_t e)
{
    size_t used;
    for (size_t i = a; i < e; i++) {
        int m = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used);
        if (m >= 0 && admits(c->k, m, q->dim))
            return 1;
    }
    return 0;
}

/* Is figure q definite by a determiner ("the £580,000 hit"), not by a possessor ("Ostmark's EUR 270 million fine",
 * whose subject its clause finds) nor an indefinite article ("a $500 reward", one of several a story may tell)? */
static int determiner_definite(const sctx *c, const fl_qty *q)
{
    size_t p = q->tok;
    while (p > c->a && c->t[p - 1].start >= q->qstart)
        p--;
    return fl_claims_definite_figure(c, q) && p > c->a &&
           !fl_possessive_suffix(c->text + c->t[p - 1].start, c->t[p - 1].end - c->t[p - 1].start);
}

/* The family of a measure noun that heads the words right after q, at most two nominal modifiers between ("the
 * EUR 270 million fine", "the €800,000 clean-up bill", "a $2 million legal bill"): the noun ends the phrase (no
 * noun and no "of" after it: not "a $5 million budget shortfall"); -1 none. The modifiers of a cost (an of_thing
 * family) are the thing it is of: [*np, *npe); so is the phrase after the "of" of a cost noun right after the figure
 * (of_phrase_thing: "the £2.4m cost of replacing the turbine"); a definite amount its own noun names (a story_amount
 * family) is the story's one such amount, the noun itself. */
static int of_phrase_thing(const sctx *c, size_t a, size_t limit, size_t *np, size_t *npe);

static int measure_head(const sctx *c, const fl_qty *q, size_t end, size_t *np, size_t *npe)
{
    size_t i = q->tok_end, used;
    for (size_t mods = 0; i < end && mods <= 2; mods++) {
        int fam = measure_of(c->k, fl_phrases_at(&c->k->measure_nouns, c->text, c->t, c->b, i, &used), q->dim);
        if (fam >= 0 && !mods && c->k->metrics[fam].of_thing && i + used + 1 < end &&
            fl_claims_role(c, i + used, FL_ROLE_OF) && of_phrase_thing(c, i + used + 1, end, np, npe))
            return fam; /* "the £2.4m cost of replacing the turbine": the turbine's */
        if (fam >= 0 && !(i + used < c->b && (fl_claims_role(c, i + used, FL_ROLE_OF) || noun_tag(c, i + used)))) {
            const fl_metric *me = &c->k->metrics[fam];
            if (mods && me->of_thing) {
                *np = q->tok_end; /* "the €800,000 clean-up bill": the cost of the clean-up */
                *npe = i;
            } else if (me->story_amount && !me->event && determiner_definite(c, q)) {
                *np = i; /* "the £580,000 fine", "the £2m hit": the story's one such amount, restated */
                *npe = i + used;
            }
            return fam;
        }
        if (fam >= 0 || !nominal(c, i) || fl_claims_prep_role(c, i) >= 0 || fl_claims_name_word(c, i))
            return -1;
        i++; /* a modifier split at its hyphens ("clean-up") is one */
        while (i + 1 < end && c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 &&
               c->text[c->t[i].start] == '-' && !c->t[i].space_before && !c->t[i + 1].space_before &&
               c->t[i + 1].kind == FL_TOK_WORD)
            i += 2;
    }
    return -1;
}

/* The subject phrase of the figure's clause when it is what an axis or a measure verb measures ("The crater was 30
 * metres deep", "the trench is 2 metres wide and 3 metres deep", "the basin holds 4,000 gallons"): a common noun
 * heads it, it ends before the figure inside the clause and the clause's verb is a form of "be" or the measure verb
 * at token verb (SIZE_MAX: none). Sets [*np, *npe) to it, up to its head; leaves them when not. */
/* Is the subject phrase s of the relative clause cl its antecedent, the phrase right before the comma and the
 * relative word that open the clause ("The mirror, which weighs 16 tonnes, ...")? */
static int relative_antecedent(const sctx *c, const fl_parse *p, int cl, int s)
{
    const fl_clause *k = &p->clauses[cl];
    size_t used, op = k->opener >= 0 ? (size_t)k->opener : SIZE_MAX, e = p->nps[s].end;
    return k->kind == FL_CLAUSE_REL && op != SIZE_MAX && op >= 1 &&
           (e == op || (e + 1 == op && punct_is(c, c->a + e, ','))) &&
           fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, c->a + op, &used) >= 0;
}

/* The phrase a one-word subject phrase s stands for: the noun phrase right before an intensifier ("The mirror
 * itself weighs": claim_model.intensifiers), else s; a pronoun of claim_model.thing_pronouns ("It weighs") is
 * returned as it is, for the discourse to resolve (clause_claim_subject). */
static int intensified(const sctx *c, const fl_parse *p, int s)
{
    size_t used, a = c->a + p->nps[s].start;
    if (p->nps[s].end - p->nps[s].start != 1 || p->tags[p->nps[s].head] != FL_TAG_PRON ||
        fl_phrases_at(&c->k->intensifiers, c->text, c->t, c->b, a, &used) < 0)
        return s;
    int prev = p->nps[s].start > 0 ? p->np_of[p->nps[s].start - 1] : -1;
    return prev >= 0 && p->nps[prev].end == p->nps[s].start ? prev : s;
}

/* Is clause k of parse p one that the colon of a clock time opened ("at 03:40": a colon between digits it touches),
 * which the parse takes for a clause break? */
static int clock_break(const sctx *c, const fl_parse *p, int k)
{
    int op = p->clauses[k].opener;
    size_t i = op >= 1 ? c->a + (size_t)op : 0;
    return p->clauses[k].kind == FL_CLAUSE_BREAK && op >= 1 && i + 1 < c->b && punct_is(c, i, ':') &&
           c->t[i - 1].end == c->t[i].start && c->t[i].end == c->t[i + 1].start &&
           fl_is_ascii_digit((unsigned char)c->text[c->t[i - 1].end - 1]) &&
           fl_is_ascii_digit((unsigned char)c->text[c->t[i + 1].start]);
}

/* The subject of clause k (fl_parse_subject), inherited past the clause a clock time's colon opened: "The male
 * arrived at 03:40 and weighed 92kg" is the male's weight, not the minutes'. */
static int subject_past_clock(const sctx *c, const fl_parse *p, int k)
{
    for (size_t depth = 0; k >= 0 && (size_t)k < p->nclause && depth <= p->nclause; depth++) {
        if (p->clauses[k].subject >= 0 && !clock_break(c, p, k))
            return p->clauses[k].subject;
        if (p->clauses[k].kind == FL_CLAUSE_QUOTE || p->clauses[k].kind == FL_CLAUSE_MAIN)
            return -1;
        k = p->clauses[k].parent;
    }
    return -1;
}

static void copular_subject(const sctx *c, const fl_qty *q, size_t verb, size_t *np, size_t *npe)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms");
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, s = p ? subject_past_clock(c, p, cl) : -1,
        v = p ? fl_parse_verb(p, cl) : -1;
    if (s < 0 || v < 0 || !be)
        return;
    s = intensified(c, p, s);
    size_t a = c->a + p->nps[s].start, head = c->a + p->nps[s].head, vt = c->a + p->vgs[v].head, used;
    int pronoun = head == a && fl_phrases_at(&c->k->thing_pronouns, c->text, c->t, c->b, head, &used) >= 0;
    if ((a < c->ca && !relative_antecedent(c, p, cl, s) && !relative_between(c, p, s, cl)) || head >= q->tok ||
        vt <= head || vt >= q->tok || !(noun_tag(c, head) || pronoun) || (fl_claims_name_word(c, head) && !pronoun) ||
        (vt != verb && !fl_lexicon_has_token(be, c->text, &c->t[vt], 1)))
        return;
    *np = a;
    *npe = head + 1;
}

/* The attribute a premodifying quantity gives the noun phrase [*np, *npe) it premodifies: the premodifiers table's,
 * by its dimension ("the 1,450-kilogram satellite": its mass), or the one a head names ("an 18-foot fence": its
 * height); not a place along a route ("at the 30-kilometre mark"), nor the amount a trigger head names. A unit of
 * the size classes names a class ("a 15-inch laptop", "a 155mm shell"), except before a noun whose bore it gives
 * (claim_model.measures.bores: "a 900mm main", "a 24-inch pipe"). -1 none. */
static int phrase_premod_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe);

static int premodifier_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    if (q->kind != FL_QK_MONEY && q->unit < 0)
        return -1;
    return premodified_phrase(c, q, np, npe) ? phrase_premod_family(c, q, np, npe) : -1;
}

/* The attribute a premodifying quantity q gives the phrase [*np, *npe) it measures (premodifier_family), or -1. */
static int phrase_premod_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    const fl_knowledge *k = c->k;
    size_t used;
    int sized = q->kind != FL_QK_MONEY &&
                fl_phrases_word(&k->size_classes, k->units[q->unit].id, strlen(k->units[q->unit].id)) >= 0;
    int fam = dimension_family(k->premod_dims, k->premod_family, k->npremod, q->dim);
    if (fam < 0 || !admits(k, fam, q->dim) || fl_phrases_at(&k->positions, c->text, c->t, c->b, *npe - 1, &used) >= 0 ||
        trigger_head(c, q, *npe - 1) || (q->kind == FL_QK_MONEY && trigger_within(c, q, *np, *npe)))
        return -1;
    for (size_t i = *np; sized && i < *npe; i++) {
        /* "the 24-inch main burst": a bore noun anywhere in the phrase (a verb the tagger took for a noun may
         * follow it); the phrase ends with it */
        int bore = measure_of(k, fl_phrases_at(&k->measure_bores, c->text, c->t, c->b, i, &used), q->dim);
        if (bore >= 0) {
            *npe = i + used;
            return bore;
        }
    }
    if (sized)
        return -1;
    int head = measure_of(k, fl_phrases_ending(&k->measure_heads, c->text, c->t, c->b, *npe - 1, &used), q->dim);
    return head >= 0 ? head : fam;
}

static size_t phrase_before(const sctx *c, size_t e);

/* The attribute of figure q after "of" and the noun phrase it measures, as if q premodified it ("a one-off payment of
 * £1,500" is the cost of the payment, as "a one-off £1,500 payment" is): the phrase's words after its article, its
 * head a singular common noun and no time word, and no word of claim_model.measures.amount_heads in it, which names
 * an amount rather than a thing that has it ("a total of £5m", "a rise of £300", "a total offense of 361 yards"); no
 * preposition before the phrase, whose "of" may be a noun's before it ("revenue for the year of £248.6 million").
 * -1 none. */
static int of_premodifier_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    size_t first = qty_first(c, q), used;
    if ((q->kind != FL_QK_MONEY && q->unit < 0) || first < c->a + 2 || first - 2 < c->ca ||
        !fl_claims_role(c, first - 1, FL_ROLE_OF))
        return -1;
    size_t e = first - 1, head = e - 1, start = phrase_before(c, e), a = start;
    while (a < head && (fl_claims_role(c, a, FL_ROLE_ARTICLES) ||
                        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0))
        a++;
    const char *w = c->text + c->t[head].start;
    size_t n = c->t[head].end - c->t[head].start;
    if (a >= e || !noun_tag(c, head) || fl_claims_name_word(c, head) ||
        (n > 3 && w[n - 1] == 's' && !strchr("siu", w[n - 2])) || fl_claims_time_phrase(c, head) ||
        (start > c->a && fl_claims_prep_role(c, start - 1) >= 0))
        return -1; /* "revenue for the year of £248.6 million": "of" after a preposition's object may be the noun's */
    for (size_t i = a; i < e; i++)
        if (fl_phrases_at(&c->k->amount_heads, c->text, c->t, c->b, i, &used) >= 0 && i + used <= e)
            return -1; /* "a total offense of 361 yards": an amount word anywhere makes the phrase an amount */
    *np = a;
    *npe = e;
    int fam = phrase_premod_family(c, q, np, npe);
    if (fam < 0)
        *np = SIZE_MAX;
    return fam;
}

/* The value of number token i written in digits ("2", "8", "1,200"), or -1 when it is no such token. */
static double digits_value(const sctx *c, size_t i)
{
    double v;
    return c->t[i].kind == FL_TOK_NUM && fl_parse_digits(c->text + c->t[i].start, c->t[i].end - c->t[i].start, &v) >= 0
               ? v
               : -1;
}

/* Are tokens i and j one word ("MW" and "MW")? */
static int same_word(const sctx *c, size_t i, size_t j)
{
    size_t n = c->t[i].end - c->t[i].start;
    return n == c->t[j].end - c->t[j].start && memcmp(c->text + c->t[i].start, c->text + c->t[j].start, n) == 0;
}

/* The rating a figure in parentheses gives a set its sentence names before it as a count times one thing's rating
 * ("2 x 8 MW water-source heat pumps at Fenwick Lane (16 MW thermal)": the pumps' 16 MW together, as "the 16 MW heat
 * pumps" is): a number in digits, a multiplication sign (claim_model.measures.multiplication_signs), then a number
 * in q's unit word, whose product is q's number, and the phrase they premodify, [*np, *npe). One thing's rating
 * ("8 MW") measures no set and stays unkeyed. -1 none. */
static int multiplied_total(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    size_t first = qty_first(c, q), used;
    if (q->kind != FL_QK_UNIT || q->unit < 0 || !rated_dimension(c->k, q->dim) || q->tok_end != q->tok + 2 ||
        first <= c->a || !punct_is(c, first - 1, '(') || !(c->k->units[q->unit].factor > 0))
        return -1;
    double total = q->value / c->k->units[q->unit].factor;
    for (size_t i = c->a; i + 3 < first - 1; i++) {
        double n = digits_value(c, i), each = digits_value(c, i + 2);
        if (n <= 0 || each <= 0 || fl_phrases_at(&c->k->multiplication_signs, c->text, c->t, c->b, i + 1, &used) < 0 ||
            used != 1 || !same_word(c, i + 3, q->tok + 1) || fabs(n * each - total) > total * 1e-9)
            continue;
        fl_qty set = *q;
        set.tok = (uint32_t)(i + 2);
        set.tok_end = (uint32_t)(i + 4);
        if (!premodified_words(c, &set, np, npe))
            return -1;
        return phrase_premod_family(c, q, np, npe);
    }
    return -1;
}

/* Is token i the last word of a hyphenated compound's part, glued to the word two before it ("clean-up")? */
static int hyphen_glued(const sctx *c, size_t i, size_t lo)
{
    return i >= lo + 2 && c->t[i].kind == FL_TOK_WORD && c->t[i - 1].kind == FL_TOK_PUNCT &&
           c->text[c->t[i - 1].start] == '-' && c->t[i - 1].end == c->t[i - 1].start + 1 &&
           c->t[i - 1].start == c->t[i - 2].end && c->t[i - 1].end == c->t[i].start && c->t[i - 2].kind == FL_TOK_WORD;
}

/* Is token i one word with a hyphen inside ("clean-up"), a modifier whatever its tag? */
static int compound_word(const sctx *c, size_t i)
{
    const fl_token *t = &c->t[i];
    return t->kind == FL_TOK_WORD && t->end - t->start > 2 &&
           memchr(c->text + t->start + 1, '-', t->end - t->start - 2);
}

/* The family an amount's measured phrase [a, e) names by its first measure noun or trigger that admits q's
 * dimension ("the preliminary damage estimate": damage; "the clean-up bill": cost), at *at for *len words; -1
 * none. */
static int phrase_family(const sctx *c, const fl_qty *q, size_t a, size_t e, size_t *at, size_t *len)
{
    size_t used;
    for (size_t i = a; i < e; i++) {
        /* a measure noun before a trigger: "a penalty of" is the fine, not the family of "fined X" */
        int fam = measure_of(c->k, fl_phrases_at(&c->k->measure_nouns, c->text, c->t, c->b, i, &used), q->dim);
        if (fam < 0 || i + used > e) {
            fam = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used);
            fam = fam >= 0 && admits(c->k, fam, q->dim) ? fam : -1;
        }
        if (fam >= 0 && i + used <= e) {
            *at = i;
            *len = used;
            return fam;
        }
    }
    return -1;
}

/* The family of an amount whose measured phrase is [a, e) ("the preliminary damage estimate", "the clean-up bill",
 * "a penalty"): the one its trigger or measure noun names (phrase_family); what it is of, the noun modifiers before
 * that word ([*np, *npe): the clean-up), else, for an amount its own noun names (claim_model attribute
 * "story_amount": the damage, a fine), that word: the story's one such amount. -1 when neither: a cost with no
 * modifier ("the cost of ...") is left to its trigger, which finds the thing after "of". */
static int amount_phrase(const sctx *c, const fl_qty *q, size_t a, size_t e, size_t *np, size_t *npe)
{
    size_t at, len, m, used;
    int fam = phrase_family(c, q, a, e, &at, &len);
    if (fam < 0)
        return -1;
    const fl_metric *me = &c->k->metrics[fam];
    for (m = at; m > a && (noun_tag(c, m - 1) || compound_word(c, m - 1) || hyphen_glued(c, m - 1, a));)
        m -= hyphen_glued(c, m - 1, a) ? 3 : 1; /* "clean - up": three tokens */
    if (m < at && (me->of_thing || me->story_amount) &&
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, m, &used) < 0) {
        *np = m;
        *npe = at;
    } else if (me->story_amount && !me->event) { /* an event's attribute is its event's (a ransom) */
        *np = at;
        *npe = at + len;
    } else
        return -1;
    return fam;
}

/* The amount an estimator puts a phrase at ("Ostrand put the damage at EUR 4.2 million", "officials put the
 * preliminary damage estimate at $38 million", "The company put the clean-up bill at EUR 3.1 million";
 * claim_model.measures.estimates): the phrase between the verb and the preposition before the figure is what it
 * measures, not the estimator. Its family is the one its trigger or measure noun names; what it is of, the noun
 * modifiers before that word (the clean-up), else, for an amount of no thing's cost, the word itself (the damage
 * of the story). A cost with no modifier ("put the cost of ... at") is left to its trigger. -1 none. */
/* The start of the noun phrase that ends right before token e, inside the figure's clause and at most
 * AMOUNT_PHRASE words: its articles, adjectives, nouns and hyphenated modifiers; it stops before an estimate verb
 * ("put", "estimated") that the tagger reads as a verb or no article precedes ("the cost" is a noun). The head
 * before e is a word whatever its tag ("estimate", which a tagger may read as a verb). e when there is none. */
static size_t phrase_before(const sctx *c, size_t e)
{
    enum { AMOUNT_PHRASE = 8 };
    const fl_parse *p = fl_claims_parse_of(c);
    size_t a, used;
    for (a = e; p && a > c->a && a > c->ca && e - a < AMOUNT_PHRASE; a--) {
        size_t v = a - 1;
        int det = v > c->a && fl_claims_role(c, v - 1, FL_ROLE_ARTICLES);
        if (a < e && fl_phrases_at(&c->k->estimate_verbs, c->text, c->t, c->b, v, &used) >= 0 && used == 1 &&
            (verb_tag(p->tags[v - c->a]) || !det))
            break;
        if (!((a == e && c->t[v].kind == FL_TOK_WORD) || nominal(c, v) || fl_claims_role(c, v, FL_ROLE_ARTICLES) ||
              hyphen_glued(c, v + 1, c->a) || (c->t[v].kind == FL_TOK_PUNCT && hyphen_glued(c, v + 1, c->a))))
            break;
    }
    return a;
}

/* The amount an estimator puts a phrase at when prepositional phrases end it, [a, e) the noun phrase after the last
 * preposition (estimated_amount): the phrases are read from the verb on, and the first that names a story amount
 * is measured ("puts the damage to his own farm at £1.85m": the damage, the farm being what it was done to); a money
 * noun before "of" only restates the phrase after it ("put the cost of the damage to the shop front at £12,000": the
 * damage). Whoever puts or estimates it is its source, never its subject. -1 when no estimate verb opens the first
 * phrase, a phrase before the measured one is no measure followed by "of", the story amount is followed by "of"
 * ("the damage of the earlier barn fire": that fire's), or none names a story amount ("put the value of the
 * stolen watches at": left to its trigger). */
static int estimated_through(const sctx *c, const fl_qty *q, size_t a, size_t e, size_t *np, size_t *npe)
{
    enum { THROUGH_PHRASES = 3 };
    size_t from[THROUGH_PHRASES], to[THROUGH_PHRASES], n = 0, at, len, used;
    from[0] = a;
    to[0] = e;
    for (n = 1;; n++) {
        while (a - 1 > c->a && a - 1 > c->ca &&
               fl_phrases_at(&c->k->possessives, c->text, c->t, c->b, a - 1, &used) >= 0)
            a--; /* "to his own farm" */
        from[n - 1] = a;
        size_t o = a - 1;
        if (n == THROUGH_PHRASES || o <= c->a || o <= c->ca ||
            !(fl_claims_role(c, o, FL_ROLE_OF) || fl_claims_role(c, o, FL_ROLE_TO)))
            return -1;
        a = phrase_before(c, o);
        if (a == c->a || a == o || a - 1 < c->ca)
            return -1;
        from[n] = a;
        to[n] = o;
        if (fl_phrases_at(&c->k->estimate_verbs, c->text, c->t, c->b, a - 1, &used) >= 0)
            break;
    }
    for (size_t i = n + 1; i-- > 0;) { /* from the verb on: phrase i, then its preposition at to[i] */
        int fam = amount_phrase(c, q, from[i], to[i], np, npe), of = i > 0 && fl_claims_role(c, to[i], FL_ROLE_OF);
        if (fam >= 0 && c->k->metrics[fam].story_amount)
            return of ? -1 : fam; /* "the damage of the earlier barn fire": that fire's, left to its trigger */
        if (!of || phrase_family(c, q, from[i], to[i], &at, &len) < 0)
            return -1;
    }
    return -1;
}

static int estimated_amount(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    const fl_knowledge *k = c->k;
    size_t first = qty_first(c, q), used, e, a;
    if (q->kind != FL_QK_MONEY || first < c->a + 3 ||
        fl_phrases_ending(&k->estimate_preps, c->text, c->t, c->b, first - 1, &used) < 0)
        return -1;
    e = first - used;
    a = phrase_before(c, e);
    if (a == c->a || a == e || a - 1 < c->ca)
        return -1;
    if (fl_phrases_at(&k->estimate_verbs, c->text, c->t, c->b, a - 1, &used) < 0)
        return estimated_through(c, q, a, e, np, npe);
    return amount_phrase(c, q, a, e, np, npe);
}

static size_t indirect_object(const sctx *c, size_t v);
static void noun_modified_measure(const sctx *c, size_t mn, size_t *np, size_t *npe);

/* The measure a measure verb gives a figure after a word of measures.estimates "prepositions" ("at"), as it gives its
 * object ("The crack measures 3.7 metres"): the verb's object phrase right before the preposition is what it measures
 * ("Engineers later measured the crack at almost 12 feet": the crack's extent, as "a 12-foot crack" is), or, the
 * verb right before the preposition, its clause's subject ("Ice in the eastern bay was measured at 24 cm"). A measure
 * noun that ends the object names the measure of the nouns before it ("measured the wave height at 9 metres"). Never
 * a sum of money (measure_of), a name or a phrase with no common noun for its head. -1 none. */
static int measured_at(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    const fl_knowledge *k = c->k;
    size_t first = qty_first(c, q), used, e, a;
    int fam;
    if (q->kind == FL_QK_MONEY || first < c->a + 3 || first - 1 <= c->ca ||
        fl_phrases_ending(&k->estimate_preps, c->text, c->t, c->b, first - 1, &used) < 0)
        return -1;
    e = first - used;
    if ((fam = measure_of(k, fl_phrases_ending(&k->measure_verbs, c->text, c->t, c->b, e - 1, &used), q->dim)) >= 0) {
        copular_subject(c, q, e - 1, np, npe); /* "was measured at 24 cm": the subject's */
        return *np != SIZE_MAX ? fam : -1;
    }
    a = phrase_before(c, e);
    if (a == e || a <= c->a || a - 1 < c->ca || !noun_tag(c, e - 1) || fl_claims_name_word(c, e - 1) ||
        (fam = measure_of(k, fl_phrases_ending(&k->measure_verbs, c->text, c->t, c->b, a - 1, &used), q->dim)) < 0)
        return -1;
    int named = measure_of(k, fl_phrases_ending(&k->measure_nouns, c->text, c->t, c->b, e - 1, &used), q->dim);
    if (named >= 0) {
        *np = SIZE_MAX;
        noun_modified_measure(c, e - used, np, npe); /* "the wave height": the waves' */
        return named;
    }
    *np = a;
    *npe = e;
    return fam;
}

/* Are tokens [a, e) words the tagger reads as nouns or adjectives (a name's word too; a participle before the last,
 * "Closed section"), at least one? */
static int label_nominals(const sctx *c, const fl_parse *p, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        int t = p->tags[i - c->a];
        if (c->t[i].kind != FL_TOK_WORD ||
            !(t == FL_TAG_NOUN || t == FL_TAG_ADJ || t == FL_TAG_PROPN || (i + 1 < e && t == FL_TAG_VBN)))
            return 0;
    }
    return e > a;
}

/* The measure of a label line's figure, read as the sentence the line stands for (see fl_claims_label_start: the
 * label opens the line, a list item's marker aside, and the figure stands alone after its colon): a label that a
 * measure noun ends names the measure of the thing its nouns before it name ("- Tunnel length: 3.2 km", as "the
 * tunnel's length is 3.2 km"; "Repair cost: £4.5m"); one that a measure noun opens, "of" and a noun phrase after it,
 * the measure of that phrase ("Depth of the workings: 620 m"); a label of nouns and adjectives and no family's trigger
 * is the thing the figure measures, as the figure premodifying it would ("- Closed section: 31 km" as "the 31 km
 * closed section"). [*np, *npe) is the thing measured (SIZE_MAX: none named, "Depth: 620 m"); -1 when no measure. */
static int label_measure(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_knowledge *k = c->k;
    size_t first = qty_first(c, q), s = fl_claims_label_start(c, first), e = first - 1, after, used;
    if (!p || s == SIZE_MAX || (q->kind != FL_QK_MONEY && q->unit < 0))
        return -1;
    e -= label_tail(c, s, e); /* "Clean-up cost forecast": the clean-up's cost */
    after = past_restatement(c, q->tok_end);
    if (after < c->b && !(c->t[after].kind == FL_TOK_PUNCT && !punct_is(c, after, '-') && !punct_is(c, after, '/')))
        return -1; /* "Closed section: 31 km between junctions 4 and 7 ..." has words of its own after the figure */
    int fam = measure_of(k, fl_phrases_at(&k->measure_nouns, c->text, c->t, c->b, s, &used), q->dim);
    if (fam >= 0 && s + used + 1 < e && fl_claims_role(c, s + used, FL_ROLE_OF)) { /* "Depth of the workings" */
        size_t a = s + used + 1;
        while (a < e && fl_claims_role(c, a, FL_ROLE_ARTICLES))
            a++;
        if (!label_nominals(c, p, a, e) || !noun_tag(c, e - 1))
            return -1;
        *np = a;
        *npe = e;
        return fam;
    }
    /* the first word as a verb's base form when nouns follow it ("Repair cost forecast": the tagger's verb) */
    int nominals = label_nominals(c, p, s, e),
        verb_first = !nominals && s + 1 < e && p->tags[s - c->a] == FL_TAG_VB && label_nominals(c, p, s + 1, e);
    if (!nominals && !verb_first)
        return -1;
    if ((fam = measure_of(k, fl_phrases_ending(&k->measure_nouns, c->text, c->t, c->b, e - 1, &used), q->dim)) >= 0) {
        size_t a = s, u;
        while (a < e - used && (fl_phrases_at(&k->non_items, c->text, c->t, c->b, a, &u) >= 0 ||
                                fl_phrases_at(&k->amount_heads, c->text, c->t, c->b, a, &u) >= 0))
            a++; /* "Net budget", "Maximum depth": no thing named */
        if (a == e - used && a == s && q->kind == FL_QK_MONEY && k->metrics[fam].story_amount &&
            !k->metrics[fam].event) {
            *np = a; /* "- Compensation forecast: £2.6m": the story's compensation, as "Compensation is expected to
                      * total £2.6m" (measure_weak's subject phrase) */
            *npe = e;
            return fam;
        }
        if (a == e - used)
            return -1;
        *np = a; /* "Tunnel length": the tunnel's */
        *npe = e - used;
        return fam;
    }
    if (!nominals || trigger_within(c, q, s, e) || !noun_tag(c, e - 1))
        return -1; /* "Deaths: 14", "Revenue: £1.2bn": the family's, read by its trigger */
    *np = s;
    *npe = e;
    fam = phrase_premod_family(c, q, np, npe);
    if (fam < 0)
        *np = SIZE_MAX;
    return fam;
}

/* The common nouns right before a measure noun that starts at token mn, in its clause, are what it measures ("a
 * ridge height of 18 metres": the ridge, as in "a 21-metre ridge"; "the tunnel length of 5 km"), past modifiers
 * that name no thing (claim_model.non_items, amount_heads: "the total length", "the average depth"); none
 * leaves *np as it is. A sum of money is read by amount_phrase. */
static void noun_modified_measure(const sctx *c, size_t mn, size_t *np, size_t *npe)
{
    const fl_knowledge *k = c->k;
    size_t s = mn, u;
    while (s > c->ca && s > c->a && noun_tag(c, s - 1))
        s--;
    while (s < mn && (fl_phrases_at(&k->non_items, c->text, c->t, c->b, s, &u) >= 0 ||
                      fl_phrases_at(&k->amount_heads, c->text, c->t, c->b, s, &u) >= 0))
        s++;
    if (s < mn) {
        *np = s;
        *npe = mn;
    }
}

/* Does the word at i open a clause that stands as a noun phrase ("what", "where": grammar.json free-relatives)? */
static int free_relative(const sctx *c, size_t i)
{
    const fl_lexicon *fr = fl_rules_lexicon(c->r, "free-relatives");
    return fr && i < c->b && c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(fr, c->text, &c->t[i], 1);
}

static int measure_strong(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    const fl_knowledge *k = c->k;
    /* the axis may follow a restatement in other units: "a hole about 15cm (6in) wide" */
    size_t used, first = qty_first(c, q), i = past_restatement(c, q->tok_end), end = c->cb && c->cb > i ? c->cb : c->b;
    int fam;
    *np = SIZE_MAX;
    /* "a 400-metre-wide slide": an axis joined to the unit by a hyphen premodifies the noun after it */
    int joined = i + 1 < end && c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == '-' &&
                 c->t[i].end == c->t[i].start + 1 && !c->t[i].space_before && !c->t[i + 1].space_before;
    size_t ax = joined ? i + 1 : i;
    /* an axis that is also a preposition, a noun phrase after it, is the preposition ("dragged 200 feet across
     * open fields"), and so is one before a clause that stands as a noun phrase ("ran for 230 metres across what
     * was open fen": grammar.json free-relatives) */
    if (ax < end &&
        (fam = measure_of(k, fl_phrases_at(&k->measure_axes, c->text, c->t, c->b, ax, &used), q->dim)) >= 0 &&
        (joined || fl_claims_prep_role(c, ax) < 0 || !(nominal(c, ax + used) || free_relative(c, ax + used)))) {
        size_t after = ax + used;
        if (joined) {
            fl_qty adj = *q;
            adj.tok_end = (uint32_t)after;
            if (!premodified_phrase(c, &adj, np, npe))
                *np = SIZE_MAX;
            return fam;
        }
        if (!(after < c->b && (c->t[after].kind == FL_TOK_NUM || fl_claims_role(c, after, FL_ROLE_ARTICLES) ||
                               fl_phrases_at(&k->determiners, c->text, c->t, c->b, after, &used) >= 0))) {
            /* an apposition set off by commas: the noun right before the first is what it measures */
            if (first >= c->a + 2 && first - 1 >= c->ca && c->t[first - 1].kind == FL_TOK_PUNCT &&
                c->text[c->t[first - 1].start] == ',' && nominal(c, first - 2) &&
                (after >= c->b || c->t[after].kind == FL_TOK_PUNCT)) {
                *np = first - 2;
                *npe = first - 1;
            } else if (first > c->ca && first > c->a && noun_tag(c, first - 1)) {
                *np = first - 1; /* "a fence some three metres high": the noun it follows */
                *npe = first;
            } else
                copular_subject(c, q, SIZE_MAX, np, npe);
            return fam;
        }
    }
    /* "a penalty of 25,000 rupees", "the clean-up cost of 1.8 mln euros": the amount of a thing or of the story */
    if (q->kind == FL_QK_MONEY && first >= c->a + 2 && first - 2 >= c->ca && fl_claims_role(c, first - 1, FL_ROLE_OF) &&
        phrase_before(c, first - 1) < first - 1 &&
        (fam = amount_phrase(c, q, phrase_before(c, first - 1), first - 1, np, npe)) >= 0)
        return fam;
    if (first >= c->a + 2 && first - 2 >= c->ca && fl_claims_role(c, first - 1, FL_ROLE_OF) &&
        (fam = measure_of(k, fl_phrases_ending(&k->measure_nouns, c->text, c->t, c->b, first - 2, &used), q->dim)) >=
            0) {
        if (q->kind != FL_QK_MONEY) /* a sum's phrase was read above ("the street value of £25,000" is the drugs') */
            noun_modified_measure(c, first - 1 - used, np, npe); /* "a ridge height of 18 metres": the ridge's */
        return fam;                                              /* "a ransom of $8 million" */
    }
    if (first >= c->a + 2 && first - 2 >= c->ca && fl_claims_role(c, first - 1, FL_ROLE_OF) &&
        (fam = measure_of(k, fl_phrases_ending(&k->measure_heads, c->text, c->t, c->b, first - 2, &used), q->dim)) >=
            0) {
        *np = first - 1 - used; /* "waves of up to 9 metres": a head names its measure, and is what is measured */
        *npe = first - 1;
        return fam;
    }
    /* "94 mm of rain": "of" and a measure noun right after the figure, no determiner between */
    if (i + 1 < end && fl_claims_role(c, i, FL_ROLE_OF) &&
        (fam = measure_of(k, fl_phrases_at(&k->measure_nouns, c->text, c->t, c->b, i + 1, &used), q->dim)) >= 0 &&
        !(i + 1 + used < end && nominal(c, i + 1 + used)))
        return fam;
    size_t v = first;
    const fl_parse *p = fl_claims_parse_of(c);
    while (p && v > c->ca && v - 1 >= c->a && p->tags[v - 1 - c->a] == FL_TAG_ADV && first - v < 2)
        v--;
    v = indirect_object(c, v);
    if (v > c->ca && v > c->a &&
        (fam = measure_of(k, fl_phrases_ending(&k->measure_verbs, c->text, c->t, c->b, v - 1, &used), q->dim)) >= 0) {
        copular_subject(c, q, v - 1, np, npe); /* "the basin holds 4,000 gallons": the basin's volume */
        return fam;
    }
    if ((fam = measured_at(c, q, np, npe)) >= 0)
        return fam; /* "Engineers measured the crack at almost 12 feet": the crack's */
    if ((fam = label_measure(c, q, np, npe)) >= 0)
        return fam; /* "- Tunnel length: 3.2 km", "- Closed section: 31 km" */
    if ((fam = measure_head(c, q, end, np, npe)) >= 0 || (fam = collective_size(c, q, q->dim, 0)) >= 0 ||
        (fam = estimated_amount(c, q, np, npe)) >= 0)
        return fam;
    if (k->npremod && (premodifier(c, q) || spaced_unit(c, q)) && (fam = premodifier_family(c, q, np, npe)) >= 0)
        return fam;
    if (k->npremod && (fam = of_premodifier_family(c, q, np, npe)) >= 0)
        return fam;
    if (k->npremod && (fam = multiplied_total(c, q, np, npe)) >= 0)
        return fam;
    *np = SIZE_MAX;
    return -1;
}

/* The start of the indirect object right before token v, a short noun phrase with no figure after a measure verb
 * ("owes creditors £212m", "owing its members £11.6m"), so that the verb is read as the figure's; v when there is
 * none. The verb is found by the table, whatever its tag: "owes" after a noun is often tagged a plural noun. */
static size_t indirect_object(const sctx *c, size_t v)
{
    enum { INDIRECT_MAX = 3 };
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || v <= c->ca || v <= c->a || p->tags[v - 1 - c->a] != FL_TAG_NOUN)
        return v;
    for (size_t i = v - 1; i > c->ca && i > c->a && v - i <= INDIRECT_MAX; i--) {
        int t = p->tags[i - c->a];
        if (c->t[i].kind != FL_TOK_WORD || !(t == FL_TAG_NOUN || t == FL_TAG_ADJ ||
                                             fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0 ||
                                             fl_phrases_at(&c->k->possessives, c->text, c->t, c->b, i, &used) >= 0))
            return v;
        if (fl_phrases_ending(&c->k->measure_verbs, c->text, c->t, c->b, i - 1, &used) >= 0)
            return i;
    }
    return v;
}

/* Is fam one of the axes of an opening (claim_model.measures.openings: width, extent)? */
static int opening_axis(const fl_knowledge *k, int fam)
{
    for (size_t i = 0; i < k->nopening_axes; i++)
        if (fam >= 0 && k->measure_family[k->opening_axes[i]] == fam)
            return 1;
    return 0;
}

/* The family of a figure that measures fam of the phrase [np, npe): an opening's ("breach, some 60 metres wide", "a
 * 40-metre gap") width and length are one measure, claim_model.measures.openings.as; fam otherwise, and when its
 * sentence names another axis of the openings too ("a crack 2 mm wide and 3 metres long": two measures). */
static int opening_family(const sctx *c, const fl_qty *q, int fam, size_t np, size_t npe)
{
    const fl_knowledge *k = c->k;
    size_t used;
    if (np == SIZE_MAX || npe <= np || npe > c->b || !opening_axis(k, fam) ||
        fl_phrases_word(&k->opening_nouns, c->text + c->t[npe - 1].start, c->t[npe - 1].end - c->t[npe - 1].start) < 0)
        return fam;
    for (size_t i = c->a; i < c->b; i++) {
        int other = measure_of(k, fl_phrases_at(&k->measure_axes, c->text, c->t, c->b, i, &used), q->dim);
        if (other >= 0 && other != fam && opening_axis(k, other))
            return fam;
    }
    int as = measure_of(k, k->opening_measure, q->dim);
    return as >= 0 ? as : fam;
}

/* measure_strong, and an opening's measures as one (opening_family). */
static int measure_structure(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    int fam = measure_strong(c, q, np, npe);
    return fam >= 0 ? opening_family(c, q, fam, *np, *npe) : fam;
}

/* The winner of the margin whose verb of winning is at token v: the subject its clause has in the parse, before it,
 * also across the comma of a participle ("Priya Castellane was declared mayor ..., beating independent Owen Brackley
 * by 29 votes": Castellane, not the beaten Brackley after the verb); [*np, *npe) stays SIZE_MAX when there is none or
 * it is a pronoun ("She won by 29 votes": the clause's subject as for any figure). */
static void margin_winner(const sctx *c, const fl_parse *p, size_t v, size_t *np, size_t *npe)
{
    int s = fl_parse_subject(p, fl_parse_clause_of(p, v - c->a));
    if (s >= 0 && c->a + p->nps[s].end <= v && p->tags[p->nps[s].head] != FL_TAG_PRON) {
        *np = c->a + p->nps[s].start;
        *npe = c->a + p->nps[s].end;
    }
}

/* The winning margin a count states (claim_model.measures.margins), in a count unit the table lists: "by" right
 * before the figure and a verb of winning before it, across its object ("won the mayoral election by 29 votes",
 * "beating independent Owen Brackley by 29 votes"), or a margin noun and "of" ("Her majority of just 26 votes"); not
 * a division's tally ("carried by 312 votes to 201": a number after "to"). A margin is no vote total of the winner,
 * whose "won 18,406 votes" it must never meet. The family, or -1. */
static int margin_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    enum { MARGIN_OBJECT = 6 }; /* the words of the verb's object before "by" at most */
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used, first = qty_first(c, q), end = c->cb && c->cb > q->tok_end ? c->cb : c->b;
    if (!p || q->kind != FL_QK_UNIT || q->unit < 0 ||
        fl_phrases_word(&k->margin_units, k->units[q->unit].id, strlen(k->units[q->unit].id)) < 0)
        return -1;
    while (first > c->ca + 1 && first > c->a + 1 && p->tags[first - 1 - c->a] == FL_TAG_ADV)
        first--; /* "a majority of just 26 votes" */
    if (first < c->a + 2 || first - 1 <= c->ca)
        return -1;
    if (q->tok_end + 1 < end && fl_claims_role(c, q->tok_end, FL_ROLE_TO) && c->t[q->tok_end + 1].kind == FL_TOK_NUM)
        return -1;
    if (fl_claims_role(c, first - 1, FL_ROLE_OF))
        return measure_of(k, fl_phrases_ending(&k->margin_nouns, c->text, c->t, c->b, first - 2, &used), q->dim);
    if (!fl_claims_role(c, first - 1, FL_ROLE_BY))
        return -1;
    /* back from "by" over the object's words to the first verb, which must be one of winning */
    for (size_t w = first - 1; w > c->ca && w > c->a && first - 1 - w <= MARGIN_OBJECT; w--) {
        int fam = measure_of(k, fl_phrases_ending(&k->margin_verbs, c->text, c->t, c->b, w - 1, &used), q->dim),
            tag = p->tags[w - 1 - c->a];
        if (fam >= 0)
            margin_winner(c, p, w - used, np, npe);
        if (fam >= 0 || verb_tag(tag) || tag == FL_TAG_VBG || c->t[w - 1].kind != FL_TOK_WORD)
            return fam;
    }
    return -1;
}

/* Is token i a number, in digits or in words ("by seven votes to two")? */
static int numeral_at(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return i >= c->a && i < c->b &&
           (c->t[i].kind == FL_TOK_NUM || (p && c->t[i].kind == FL_TOK_WORD && p->tags[i - c->a] == FL_TAG_NUM));
}

/* Does a word of arithmetic.vote_splits ("voted", "votes") end at token i, or "by" there after one ("vote by 38 to
 * 17") or after a count of votes that starts at first ("by 31 votes to 22"), or "of" after one ("a vote of 228 to
 * 191")? */
static int vote_sign(const sctx *c, size_t i, size_t first, int by_count)
{
    size_t used;
    if (i < c->a || i >= c->b)
        return 0;
    if (fl_claims_role(c, i, FL_ROLE_BY))
        return by_count || (i > c->a && vote_sign(c, i - 1, first, 0) && i != first);
    if (fl_claims_role(c, i, FL_ROLE_OF)) /* "by a vote of 228 to 191" */
        return i > c->a && c->t[i - 1].kind == FL_TOK_WORD &&
               fl_phrases_ending(&c->k->vote_splits, c->text, c->t, c->b, i - 1, &used) >= 0;
    return c->t[i].kind == FL_TOK_WORD && fl_phrases_ending(&c->k->vote_splits, c->text, c->t, c->b, i, &used) >= 0;
}

/* Is token i the number of a tally's first count, its vote sign before it ("voted 1,212", "by 31 votes", "vote by
 * 38")? Its count's noun, a word of arithmetic.vote_splits, may follow it before end. */
static int tally_first_at(const sctx *c, size_t i, size_t end)
{
    size_t used;
    int counted = i + 1 < end && fl_phrases_at(&c->k->vote_splits, c->text, c->t, c->b, i + 1, &used) >= 0;
    return i > c->a && numeral_at(c, i) && vote_sign(c, i - 1, i, counted);
}

/* The side of a division that count q voted on, a word of arithmetic.vote_splits and a side word right after it ("31
 * voted in favour", "182 voted against"), as tally_side gives it, the token after the side word in *end; -1 none. */
static int voted_side(const sctx *c, const fl_qty *q, size_t *end)
{
    size_t used, e = q->tok_end;
    if (e >= c->b || c->t[e].kind != FL_TOK_WORD ||
        fl_phrases_at(&c->k->vote_splits, c->text, c->t, c->b, e, &used) < 0)
        return -1;
    int side = fl_phrases_at(&c->k->margin_sides, c->text, c->t, c->b, e + used, end);
    *end += e + used;
    return side;
}

/* The side of a division whose votes whole count q is (claim_model.measures.margins "sides"), as an index into
 * measure_names, or -1, and in *start the token where its tally starts: the first of a tally, two counts joined by
 * "to" with a vote sign before the first ("passed by 31 votes to 22", "members voted 1,212 to 388": for), the
 * second of one (against; not "took 18,406 votes to 18,377", two candidates' totals with no sign), or a count that
 * a side word follows, past a word of arithmetic.vote_splits ("31 voted in favour", "182 voted against"), or right
 * after it in a sentence that has such a word before the count, the side word ending its clause or a list ("31 voted
 * in favour, 22 against and three abstained"; not "scored 22 against Leeds"). A hedged count, a share or a sum is
 * none. */
static int tally_side(const sctx *c, const fl_qty *q, size_t *start)
{
    const fl_knowledge *k = c->k;
    size_t used, first = qty_first(c, q), e = q->tok_end;
    *start = first;
    if (k->tally_for < 0 || q->qualifier >= 0 || (q->kind != FL_QK_BARE && q->kind != FL_QK_UNIT) ||
        (q->kind == FL_QK_UNIT && (q->unit < 0 || !fl_count_dimension(c->r, q->dim))) || q->value != floor(q->value))
        return -1;
    if (e + 1 < c->b && fl_claims_role(c, e, FL_ROLE_TO) && numeral_at(c, e + 1) &&
        vote_sign(c, first - 1, first,
                  q->kind == FL_QK_UNIT &&
                      fl_phrases_word(&k->margin_units, k->units[q->unit].id, strlen(k->units[q->unit].id)) >= 0))
        return k->tally_for;
    for (size_t n = 2; n <= 3; n++)
        if (first >= c->a + n + 1 && fl_claims_role(c, first - 1, FL_ROLE_TO) &&
            tally_first_at(c, first - n, first - 1)) {
            *start = first - n;
            return k->tally_against;
        }
    int side = voted_side(c, q, &used);
    if (side >= 0)
        return side;
    side = fl_phrases_at(&k->margin_sides, c->text, c->t, c->b, e, &used);
    if (side < 0)
        return side;
    if (side != k->tally_against && used < 2)
        return -1; /* a bare "for" is no side ("31 for Labour") */
    e += used;
    if (e < c->b && (c->t[e].kind == FL_TOK_WORD || c->t[e].kind == FL_TOK_NUM) &&
        fl_phrases_at(&k->coordinators, c->text, c->t, c->b, e, &used) < 0)
        return -1;
    for (size_t i = first; i > c->a; i--)
        if (c->t[i - 1].kind == FL_TOK_WORD && fl_phrases_at(&k->vote_splits, c->text, c->t, c->b, i - 1, &used) >= 0)
            return side;
    return -1;
}

/* Is the verb group ending at token w (exclusive) one of voting ("voted", "vote"), whose subject is the voters? */
static int voting_verb(const sctx *c, size_t w)
{
    size_t used;
    return fl_phrases_ending(&c->k->vote_splits, c->text, c->t, c->b, w - 1, &used) >= 0;
}

/* The phrase that names the division whose tally starts at token start, in [*np, *npe), or 0: the tally's "by"
 * (within its vote sign: "by 31 votes", "by a vote of 228") right after a verb group of no voting, passive or
 * intransitive, names it by its clause's subject ("The budget passed by 31 votes to 22", "The amendment was defeated
 * by 12 votes to 40"), right after that verb's object by the object ("Shareholders backed the pay report by 412
 * votes to 95"); voters who voted ("Members voted 1,212 to 388 to accept", "Councillors vote by 38 to 17") name
 * none, nor does a pronoun, a phrase with a number or a subject the parse finds after the tally. */
static int division_named(const sctx *c, const fl_parse *p, size_t q_tok, size_t start, size_t *np, size_t *npe)
{
    size_t by = start;
    while (by > c->a && by + 4 > start && !fl_claims_role(c, by - 1, FL_ROLE_BY))
        by--;
    if (by <= c->a + 1 || by + 4 <= start || !fl_claims_role(c, by - 1, FL_ROLE_BY))
        return 0;
    size_t w = by - 1; /* the verb group or the object ends right before "by" */
    int s = -1, vg = p->vg_of[w - 1 - c->a];
    if (vg >= 0 && c->a + p->vgs[vg].end == w && !voting_verb(c, w))
        s = fl_parse_subject(p, fl_parse_clause_of(p, q_tok - c->a));
    else if (p->np_of[w - 1 - c->a] >= 0 && c->a + p->nps[p->np_of[w - 1 - c->a]].end == w) {
        s = p->np_of[w - 1 - c->a];
        size_t o = c->a + p->nps[s].start;
        vg = o > c->a ? p->vg_of[o - 1 - c->a] : -1;
        if (vg < 0 || c->a + p->vgs[vg].end != o || voting_verb(c, o))
            return 0;
    }
    if (s < 0 || c->a + p->nps[s].end > start || p->tags[p->nps[s].head] == FL_TAG_PRON)
        return 0;
    for (size_t i = c->a + p->nps[s].start; i < start; i++)
        if (c->t[i].kind == FL_TOK_NUM)
            return 0;
    *np = c->a + p->nps[s].start;
    *npe = c->a + p->nps[s].end;
    return 1;
}

/* The phrase that names the division whose side count q voted on (voted_side), in [*np, *npe), or 0: the noun phrase
 * right after the side word or its "of" ("31 councillors voted in favour of the budget", "22 voted against the
 * budget"), no pronoun, no number in it. */
static int side_named(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *np, size_t *npe)
{
    size_t e;
    if (voted_side(c, q, &e) < 0)
        return 0;
    e += e < c->b && fl_claims_role(c, e, FL_ROLE_OF);
    int s = e < c->b ? p->np_of[e - c->a] : -1;
    if (s < 0 || c->a + p->nps[s].start != e || p->tags[p->nps[s].head] == FL_TAG_PRON)
        return 0;
    for (size_t i = e; i < c->a + p->nps[s].end; i++)
        if (c->t[i].kind == FL_TOK_NUM)
            return 0;
    *np = e;
    *npe = c->a + p->nps[s].end;
    return 1;
}

/* The side of a division that count q votes on (tally_side) when its clause names what was voted on
 * (division_named), or -1; a division that names nothing ("31 voted in favour", "Members voted 1,212 to 388") is no
 * claim: a story may tell of several, and two reports name the voters in their own ways. */
static int tally_named(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    size_t start;
    int side = tally_side(c, q, &start);
    const fl_parse *p = fl_claims_parse_of(c);
    return side >= 0 && p && (division_named(c, p, q->tok, start, np, npe) || side_named(c, p, q, np, npe)) ? side : -1;
}

/* Makes a whole count that is a side of a named division ("The budget passed by 31 votes to 22", "The motion was
 * backed by nine councillors, with three voting against") a count of votes, the unit its side's family counts: one
 * member's vote is one vote. 1 if so. */
static int tally_count(const sctx *c, fl_qty *q, fl_qty_strings *pool)
{
    const fl_knowledge *k = c->k;
    size_t np, npe;
    int fam = measure_of(k, tally_named(c, q, &np, &npe), "count"), unit = fam >= 0 ? k->metrics[fam].count_unit : -1;
    if (unit < 0)
        return 0;
    count_in_unit(k, q, unit, pool);
    return 1;
}

/* The family of the side of a named division that count q votes on (tally_named), its subject in [*np, *npe), else
 * the winning margin q states (margin_family), or -1. */
static int tally_family(const sctx *c, const fl_qty *q, size_t *np, size_t *npe)
{
    size_t n = SIZE_MAX, ne = 0;
    int fam = measure_of(c->k, tally_named(c, q, &n, &ne), q->dim);
    if (fam < 0)
        return margin_family(c, q, np, npe);
    *np = n;
    *npe = ne;
    return fam;
}

/* Does a relation to a reference follow length q (extract/frames.c: "40 metres from the grandstand", "30 metres
 * above the ground")? */
static int related_length(const sctx *c, const fl_qty *q)
{
    fl_frame_sentence s = {c->text, c->t, c->a, c->b, fl_claims_parse_of(c)};
    fl_buf ref = {0};
    int cls =
        s.p && strcmp(q->dim, "length") == 0 ? fl_frame_relation(c->k, &s, qty_first(c, q), q->tok_end, &ref) : -1;
    fl_buf_free(&ref);
    return cls >= 0;
}

/* The amount of a thing that a label line states, read as the passive sentence it stands for ("- Moorland searched:
 * 12 km²" as "12 km² of moorland were searched"; "Road resurfaced: 2.6 km", "Gravel removed: 18,400 tonnes"): a label
 * of a noun and an act's participle (label_line), its noun a common noun that names no measure ("Area searched",
 * "Weight lost": the measure's name, no thing), no family's trigger and no unit of a count ("Volunteers trained"),
 * and the figure alone after the colon, before a ';' that ends its pair or before a clause about its part (", of
 * which 6,200 tonnes ..."). The amount family, [*hp, *hpe) the label's noun; -1 when none. A figure with words of
 * its own after it ("Fencing erected: 1.9 km north of the dam": a position) is none. */
static int labelled_amount(const sctx *c, const fl_qty *q, size_t *hp, size_t *hpe)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t after = past_restatement(c, q->tok_end), used;
    label lb; /* a label's first word is often tagged a name or an adjective ("Moorland", "Rubble"): name_word says */
    if (after < c->b && !punct_is(c, after, '.') && !punct_is(c, after, ';') &&
        !(punct_is(c, after, ',') && part_clause(c, after + 1)))
        return -1;
    if (!label_line(c, q, &lb) || lb.to <= lb.from || lb.head == SIZE_MAX || lb.head + 1 != lb.act ||
        !(noun_tag(c, lb.head) || p->tags[lb.head - c->a] == FL_TAG_PROPN || p->tags[lb.head - c->a] == FL_TAG_ADJ) ||
        fl_claims_name_word(c, lb.head) || trigger_head(c, q, lb.head) ||
        fl_phrases_ending(&k->measure_nouns, c->text, c->t, c->b, lb.head, &used) >= 0 ||
        fl_phrases_ending(&k->measure_heads, c->text, c->t, c->b, lb.head, &used) >= 0 || count_unit_at(c, lb.head))
        return -1;
    *hp = lb.head;
    *hpe = lb.head + 1;
    return k->amount_family;
}

/* Does figure q state the rating of a whole set, which its document names once: right after a definite article
 * ("the 24 MW of gas boilers") or as the value of a label line ("- Standby: 18 MW of gas-fired boilers")? Not a part
 * its possessor or clause tells apart ("Phase one's 30 MW of heat pumps", "will add 15 MW of heat pumps", "has 24 MW
 * of boilers at the centre and 6 MW of boilers at the school"). A colon right before it opens a label's value. */
static int rated_set_figure(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q);
    return first > c->a && (punct_is(c, first - 1, ':') || (fl_claims_role(c, first - 1, FL_ROLE_ARTICLES) &&
                                                            !fl_claims_role(c, first - 1, FL_ROLE_INDEFINITE)));
}

/* The amount of a thing that a figure of no other attribute states ("stained about 2.5 km of the brook", "the
 * scheme's 6.2km of insulated pipework", "3,100 hectares of woodland"): a unit that the family marked "amounts"
 * (rules/measures.json) admits, "of" right after it and a noun phrase inside the clause whose head is a common
 * noun and no trigger. That family, [*hp, *hpe) the head: its modifiers are left out ("of the brook" and "of the
 * upper brook" are one brook's), and the subject, period and modality keep two things apart as for any family.
 * A time-span is an amount only of recorded material (claim_model.measures.recordings: "3,200 hours of footage"),
 * never of what went on for it ("after 12 hours of deliberation").
 * An amount is often a part of its thing, so it has its own family, apart from the thing's extent or mass. A
 * figure of a rated dimension (claim_model.measures.rated_dimensions: power) is no amount of a plural phrase of
 * things but their rating (of a whole set: rated_set_figure), as if it premodified it ("18 MW of gas-fired boilers" is
 * the boilers' capacity, as "the 18 MW boilers" is): the premodifiers table's family, with no act in its item; of a
 * mass noun ("7.2 GW of offshore wind", "33 MW of load") it is none. -1 none. */
static int amount_of_thing(const sctx *c, const fl_qty *q, size_t *hp, size_t *hpe)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t i = past_restatement(c, q->tok_end), end = c->cb && c->cb > i ? c->cb : c->b;
    int rating = q->kind == FL_QK_UNIT && rated_dimension(k, q->dim);
    if (!p || k->amount_family < 0 || q->kind != FL_QK_UNIT || !(rating || admits(k, k->amount_family, q->dim)))
        return -1;
    if (i + 1 >= end || !fl_claims_role(c, i, FL_ROLE_OF))
        return rating ? -1 : labelled_amount(c, q, hp, hpe);
    /* the phrase after "of": a determiner or possessive, then a run of nouns and adjectives or participles ("of
     * insulated pipework"), the last its head (a noun the tagger took for an adjective, "canal", ends it too) */
    size_t j = i + 1, used, head = SIZE_MAX;
    while (j < end && (fl_phrases_at(&k->determiners, c->text, c->t, c->b, j, &used) >= 0 ||
                       fl_phrases_at(&k->possessives, c->text, c->t, c->b, j, &used) >= 0))
        j++;
    for (size_t words = 0; j < end && words < 4 && c->t[j].kind == FL_TOK_WORD && fl_claims_prep_role(c, j) < 0 &&
                           (nominal(c, j) || (p->tags[j - c->a] == FL_TAG_VBN && nominal(c, j + 1)));
         j++, words++)
        head = j;
    if (head == SIZE_MAX || !(noun_tag(c, head) || p->tags[head - c->a] == FL_TAG_ADJ) ||
        fl_claims_name_word(c, head) || trigger_head(c, q, head) ||
        (head + 1 < end && fl_claims_role(c, head + 1, FL_ROLE_OF)))
        return -1; /* not "5 km of the length of the river": what the second "of" names is measured */
    if (strcmp(q->dim, "time-span") == 0 && fl_phrases_at(&k->recordings, c->text, c->t, c->b, head, &used) < 0)
        return -1; /* "12 hours of deliberation", "33 years of tax returns": how long something went on or covers */
    for (size_t x = head + 1; x + 1 < end; x++)
        if ((fl_claims_role(c, x, FL_ROLE_TO) || fl_claims_role(c, x, FL_ROLE_FROM)) &&
            (fl_claims_name_word(c, x + 1) || fl_claims_name_word(c, x + 2)))
            return -1; /* "sent 4.1 million tonnes of grain to Egypt": a transfer between parties, its own family */
    if (rating && (!plural_word(c, head) || !rated_set_figure(c, q)))
        return -1; /* "7.2 GW of offshore wind", "33 MW of load": an amount of what is rated, no things */
    *hp = head;
    *hpe = head + 1;
    return rating ? dimension_family(k->premod_dims, k->premod_family, k->npremod, q->dim) : k->amount_family;
}

/* The number's token when token i is a unit of time joined by a hyphen to the number right before it, no space
 * either side ("hour" of "24-hour", "8-hour"): a window a placed level is summed up over ("the 24-hour average");
 * SIZE_MAX otherwise. */
static size_t window_number(const sctx *c, size_t i)
{
    size_t used;
    if (i < c->a + 2 || c->t[i].kind != FL_TOK_WORD || c->t[i].space_before || c->t[i - 1].space_before ||
        c->t[i - 2].kind != FL_TOK_NUM || c->t[i - 1].end - c->t[i - 1].start != 1 || c->text[c->t[i - 1].start] != '-')
        return SIZE_MAX;
    int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
    return u >= 0 && used == 1 && strcmp(c->k->units[u].dimension, "time-span") == 0 ? i - 2 : SIZE_MAX;
}

/* The way a lexicon of pairs, name ("level-words": "mean=average", "daily=24-hour"), writes the n bytes of word w
 * ("average" for "mean"), any case; with either, w may be that written form too ("average"); NULL when no pair has
 * it. */
static const char *lexicon_pair(const sctx *c, const char *name, const char *w, size_t n, int either)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, name);
    for (size_t i = 0; lex && i < fl_lexicon_size(lex); i++) {
        const char *x = fl_lexicon_item(lex, i), *eq = strchr(x, '=');
        if (eq && (((size_t)(eq - x) == n && strncasecmp(x, w, n) == 0) ||
                   (either && strlen(eq + 1) == n && strncasecmp(eq + 1, w, n) == 0)))
            return eq + 1;
    }
    return NULL;
}

/* Replaces word w (cap bytes) by the one the "level-words" lexicon writes it as (lexicon_pair), so that one window and
 * one summary written two ways are one item. */
static void level_word(const sctx *c, char *w, size_t cap)
{
    const char *as = lexicon_pair(c, "level-words", w, strlen(w), 0);
    if (as)
        snprintf(w, cap, "%s", as);
}

/* Writes into w (cap bytes) the modifier at token i of a level's phrase, lower case, a window its number and unit
 * ("24-hour"), and for a placed level a word the "level-words" lexicon writes another way as that word; the token
 * after it into *next. */
static int level_modifier(const sctx *c, size_t i, size_t head, int placed, char *w, size_t cap, size_t *next)
{
    *next = i + 1;
    if (c->t[i].kind == FL_TOK_NUM && i + 2 < head && window_number(c, i + 2) == i) {
        char unit[40];
        if (!fl_claims_lower_word(c, i + 2, unit, sizeof unit))
            return 0;
        size_t n = c->t[i].end - c->t[i].start;
        if (n + strlen(unit) + 2 > cap)
            return 0;
        memcpy(w, c->text + c->t[i].start, n);
        w[n] = '-';
        memcpy(w + n + 1, unit, strlen(unit) + 1);
        *next = i + 3;
    } else if (!fl_claims_lower_word(c, i, w, cap))
        return 0;
    if (placed)
        level_word(c, w, cap);
    return 1;
}

/* The level that the noun phrase ending at head names (claim_model.measures.levels): its head one of the level
 * heads, a common noun, and the modifiers between the phrase's determiner or possessor and the head ("the
 * district's recycling rate": "recycling rate"; "the overall response rate": "response rate", "overall" being
 * neutral). The item is the modifiers and the head's lemma, at most three modifiers; a head that names a level only
 * with a modifier ("rate", "share") and has none names nothing. A placed level's item is its modifiers alone, every
 * one (what is measured: "nitrate levels", "the nitrate concentration" and "nitrate readings" are "nitrate"; "the
 * average nitrate level" is no reading), and a window of time among them ("the 24-hour average"); a head that is one
 * of levels.statistics names a placed level with a modifier, and is kept ("the daily average", "the hourly nitrate
 * peak": what the readings of a window come to). 0 when the phrase names no level. */
static int level_phrase(const sctx *c, size_t head, int placed, char *item, size_t cap, int *definite)
{
    const fl_knowledge *k = c->k;
    size_t used;
    int alone = fl_phrases_ending(&k->level_heads, c->text, c->t, c->b, head, &used), stat = 0;
    if (alone < 0 && placed && fl_phrases_ending(&k->level_statistics, c->text, c->t, c->b, head, &used) >= 0)
        alone = 0, stat = 1;
    if (alone < 0 || used != 1 || !noun_tag(c, head) || fl_claims_name_word(c, head))
        return 0;
    size_t first = head;
    while (first > c->a && head - first < 3) {
        size_t before = placed ? window_number(c, first - 1) : SIZE_MAX;
        if (before != SIZE_MAX && before >= c->a) {
            first = before;
            continue;
        }
        if (c->t[first - 1].kind != FL_TOK_WORD || fl_claims_name_word(c, first - 1) ||
            !(noun_tag(c, first - 1) || fl_claims_parse_of(c)->tags[first - 1 - c->a] == FL_TAG_ADJ ||
              fl_claims_parse_of(c)->tags[first - 1 - c->a] == FL_TAG_VBG ||
              fl_claims_parse_of(c)->tags[first - 1 - c->a] == FL_TAG_VBN) ||
            possessive_end(c, first - 1))
            break;
        first--;
    }
    fl_buf b = {0};
    for (size_t i = first, next; i < head; i = next) {
        char w[40];
        if ((!placed && fl_phrases_at(&k->level_neutral, c->text, c->t, c->b, i, &used) >= 0) ||
            !level_modifier(c, i, head, placed, w, sizeof w, &next)) {
            next = i + 1;
            continue;
        }
        for (char *h = strchr(w, '-'); h && !(w[0] >= '0' && w[0] <= '9'); h = strchr(h, '-'))
            *h = ' '; /* "blood-alcohol level" is the blood alcohol level; a window keeps its hyphen */
        fl_buf_printf(&b, "%s%s", b.len ? " " : "", w);
    }
    char lemma[FL_LEMMA_MAX];
    fl_claims_lemma_of(c, head, lemma, sizeof lemma);
    if (stat)
        level_word(c, lemma, sizeof lemma);
    int ok = lemma[0] && (alone || b.len) && b.len + strlen(lemma) + 2 <= cap;
    /* "the recycling rate", "the district's", a bare "Occupancy": the one level; "a response rate" one of many */
    *definite = first == c->a || c->t[first - 1].kind != FL_TOK_WORD || possessive_end(c, first - 1) ||
                (fl_phrases_at(&k->determiners, c->text, c->t, c->b, first - 1, &used) >= 0 &&
                 !fl_claims_role(c, first - 1, FL_ROLE_INDEFINITE)) ||
                (fl_claims_parse_of(c)->tags[first - 1 - c->a] != FL_TAG_DET && !noun_tag(c, first - 1));
    if (ok && placed && !stat)
        snprintf(item, cap, "%s", b.len ? b.ptr : "");
    else if (ok)
        snprintf(item, cap, "%s%s%s", b.len ? b.ptr : "", b.len ? " " : "", lemma);
    fl_buf_free(&b);
    return ok;
}

/* Appends to item the phrase in [a, e) that says whose level it is, when its object is a name or a kind of person
 * ("Vacancy rates for paramedics stood at 11%": "vacancy rate for paramedics", not the nurses'); a place of the
 * document's own ("Occupancy at the hotel", "across the estate") adds nothing, unless the level is placed (a
 * concentration, read at one place of many: "nitrate levels at the intake", not at the outfall), whose words up to
 * the first verb or mark are its place. */
static void level_whose(const sctx *c, size_t a, size_t e, int placed, char *item, size_t cap)
{
    size_t used, prep = SIZE_MAX;
    int whose = 0;
    const fl_parse *p = fl_claims_parse_of(c);
    for (size_t i = a; placed && i < e; i++)
        if (c->t[i].kind != FL_TOK_WORD || p->vg_of[i - c->a] >= 0)
            e = i; /* a place is words of no verb: "in the Ouse" of "in the Ouse, which were", "must" */
    for (size_t i = a; i < e; i++) {
        if (prep == SIZE_MAX && fl_claims_prep_role(c, i) >= 0)
            prep = i;
        else if (prep != SIZE_MAX && (placed || fl_claims_name_word(c, i) ||
                                      fl_phrases_at(&c->k->person_nouns, c->text, c->t, c->b, i, &used) >= 0))
            whose = 1;
    }
    for (size_t i = placed ? a : prep; whose && i < e; i++) { /* "downstream of the quarry": all of a place */
        char w[40];
        size_t n = strlen(item);
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) < 0 &&
            fl_claims_lower_word(c, i, w, sizeof w) && n + strlen(w) + 2 <= cap)
            snprintf(item + n, cap - n, " %s", w);
    }
}

/* Appends to item the place a placed level is read at when a preposition right after figure q opens it ("carbon
 * monoxide levels of 410 ppm near the ice": " near ice"): the preposition and its noun phrase's words but its
 * determiners; not a time ("on Monday", "by 11:15"), whose noun phrase holds a number or a time word. */
static void level_place_after(const sctx *c, const fl_qty *q, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t at = q->tok_end, used;
    int np = p && at + 1 < c->b && fl_claims_prep_role(c, at) >= 0 && !fl_claims_role(c, at, FL_ROLE_OF)
                 ? fl_parse_np_of(p, at + 1 - c->a)
                 : -1;
    if (np < 0 || c->a + p->nps[np].start != at + 1)
        return;
    size_t e = c->a + p->nps[np].end;
    for (size_t i = at + 1; i < e; i++)
        if (c->t[i].kind != FL_TOK_WORD || fl_claims_time_phrase(c, i))
            return;
    for (size_t i = at; i < e; i++) {
        char w[40];
        size_t n = strlen(item);
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) < 0 &&
            fl_claims_lower_word(c, i, w, sizeof w) && n + strlen(w) + 2 <= cap)
            snprintf(item + n, cap - n, " %s", w);
    }
}

/* A level that a noun phrase names and figure q states, as no family's trigger does: the phrase the subject of its
 * clause, whose verb is a form of "be" or one of the level verbs right before the figure ("The recycling rate was
 * 45.8%", "Occupancy at the hotel averaged 78%", "the pass rate stood at 91%") or a verb of change whose "to" the
 * figure follows (its new level: "The recycling rate rose 3.7 points to 48.5%"), or the phrase right before "of"
 * and the figure ("a response rate of 81%"). Of the unit the family marked "levels" admits (rules/measures.json);
 * item receives the level (level_phrase, level_whose). -1 none. */
/* The level a noun phrase right before the "of" before figure q names ("a response rate of 81%", "total income of
 * £4.6m"; "Average occupancy across the estate of 81%": one place phrase between), into item; 0 none. */
static int level_of(const sctx *c, const fl_qty *q, int placed, char *item, size_t cap, int *definite)
{
    size_t first = qty_first(c, q);
    if (first < c->ca + 2 || !fl_claims_role(c, first - 1, FL_ROLE_OF))
        return 0;
    if (level_phrase(c, first - 2, placed, item, cap, definite)) {
        if (placed)
            level_place_after(c, q, item, cap);
        return 1;
    }
    for (size_t i = first - 2; i > c->ca && i + 5 > first; i--)
        if (fl_claims_prep_role(c, i) >= 0 && !fl_claims_role(c, i, FL_ROLE_OF)) {
            if (!level_phrase(c, i - 1, placed, item, cap, definite))
                return 0;
            level_whose(c, i, first - 1, placed, item, cap);
            if (placed)
                level_place_after(c, q, item, cap);
            return 1;
        }
    return 0;
}

/* The level family when a noun phrase right before the "of" before figure q names a level ("total income of £4.6m
 * and spending of £3.9m, the Trust recorded a surplus"), no trigger of a family that admits q standing before it in
 * its clause: the "of" says what the figure is, before any trigger after it does. Sets cl's item; -1 none. */
static int level_of_first(const sctx *c, fl_claim *cl, const fl_qty *q, const trigger *tr, size_t ntr)
{
    const fl_knowledge *k = c->k;
    char level[96];
    int definite;
    if (k->level_family < 0 || !admits(k, k->level_family, q->dim) || !fl_claims_parse_of(c))
        return -1;
    for (size_t i = 0; i < ntr; i++)
        if (tr[i].tok >= c->ca && tr[i].tok < q->tok && admits(k, tr[i].metric, q->dim))
            return -1;
    if (!level_of(c, q, fl_claims_level_placed(k, q->dim), level, sizeof level, &definite))
        return -1;
    free(cl->item);
    cl->item = fl_xstrdup(level);
    cl->definite = (int8_t)definite;
    return k->level_family;
}

static void measure_of_item(const sctx *c, size_t h, char *item, size_t cap);

static int level_stated(const sctx *c, const fl_qty *q, char *item, size_t cap, int *definite)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used;
    int placed = fl_claims_level_placed(k, q->dim);
    if (!p || k->level_family < 0 || !admits(k, k->level_family, q->dim) || first < c->ca + 2)
        return -1;
    if (fl_claims_role(c, first - 1, FL_ROLE_OF))
        return level_of(c, q, placed, item, cap, definite) ? k->level_family : -1;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? fl_parse_verb(p, cl) : -1,
        s = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (vg < 0 || s < 0)
        return -1;
    size_t v = c->a + p->vgs[vg].head, e = c->a + p->nps[s].end;
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms");
    int how = be && fl_lexicon_has_token(be, c->text, &c->t[v], 1)
                  ? 1
                  : fl_phrases_at(&k->level_verbs, c->text, c->t, c->b, v, &used); /* 1 states, 2-3 changes, 4 puts */
    if (v >= first || e > v || c->a + p->nps[s].start < c->ca || how < 1 || how > 3 ||
        (how >= 2 && !fl_claims_role(c, first - 1, FL_ROLE_TO)))
        return -1;
    for (size_t i = v + 1; i < first; i++) /* "stood at", "was just over": no noun, verb or clause between; "rose
                                            * 3.7 points to": no other verb nor clause */
        if ((how == 1 && (c->t[i].kind != FL_TOK_WORD || p->tags[i - c->a] == FL_TAG_NOUN ||
                          p->tags[i - c->a] == FL_TAG_PROPN || i > v + 4)) ||
            p->vg_of[i - c->a] >= 0 || p->clause_of[i - c->a] != cl || i > v + 8)
            return -1;
    if (placed && e + 2 < v && c->t[e - 1].kind == FL_TOK_NUM && window_number(c, e + 1) == e - 1) {
        int np = fl_parse_np_of(p, e + 1 - c->a); /* "That day's 24-hour average": the parse ends a phrase at 24 */
        e = np >= 0 && c->a + p->nps[np].start == e + 1 ? c->a + p->nps[np].end : e;
    }
    if (!level_phrase(c, e - 1, placed, item, cap, definite))
        return -1;
    level_whose(c, e, v, placed, item, cap);
    if (placed)
        level_place_after(c, q, item, cap);
    else
        measure_of_item(c, e - 1, item, cap);
    return k->level_family;
}

/* A level that a relative clause's verb of levels.puts gives, its object the relative word, the figure right after
 * its value_preps word ("the overcharge, which the regulator puts at about 11 per cent", as "puts the overcharge at
 * about 11 per cent"): the level is the antecedent, the noun phrase that ends right before the relative word (a
 * comma between). Only a clause its relative word opens, the verb's subject between them. 2 when so, 0 none. */
static int relative_put(const sctx *c, const fl_parse *p, int cl, const fl_qty *q, int placed, char *item, size_t cap,
                        int *definite)
{
    int o = cl >= 0 && p->clauses[cl].kind == FL_CLAUSE_REL ? p->clauses[cl].opener : -1;
    size_t at = o >= 0 ? c->a + (size_t)o : SIZE_MAX, e = at, used;
    if (at == SIZE_MAX || at <= c->a || c->t[at].kind != FL_TOK_WORD ||
        fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, at, &used) < 0 || at + 1 >= qty_first(c, q))
        return 0;
    if (punct_is(c, e - 1, ','))
        e--;
    int np = e > c->a ? fl_parse_np_of(p, e - 1 - c->a) : -1;
    if (np < 0 || c->a + p->nps[np].end != e || !level_phrase(c, e - 1, placed, item, cap, definite))
        return 0;
    return 2;
}

/* A level that the object of a verb of change names, figure q right after the "to" of its new level ("The deal
 * lifts the basic rate from £11.90 to £12.60 an hour", "cut the waiting-list share to 4%"): the verb, one of the
 * level verbs of change (value 2, "increased") or of the transitive ones (3, "raises"), is its clause's, the
 * object the noun phrase right after it, and no other verb nor clause stands before the figure. A verb of levels.puts
 * (4) gives a placed level the figure after a word of levels.value_preps ("gives Tuesday's daily mean at the quay as
 * 69 µg/m³", "put the hourly peak at 212 µg/m³"), the object after a possessor of its own ("Tuesday's"), its place
 * the phrase between (2: the verb's subject only reports the reading). 0 none. */
static int level_object(const sctx *c, const fl_qty *q, int placed, char *item, size_t cap, int *definite)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used;
    int puts = p && (placed || strcmp(q->dim, "percent") == 0) && first > c->ca &&
               fl_phrases_at(&c->k->level_value_preps, c->text, c->t, c->b, first - 1, &used) >= 0 && used == 1;
    int cl = p && first > c->ca && (puts || fl_claims_role(c, first - 1, FL_ROLE_TO))
                 ? fl_parse_clause_of(p, q->tok - c->a)
                 : -1,
        vg = cl >= 0 ? fl_parse_verb(p, cl) : -1;
    size_t v = vg >= 0 ? c->a + p->vgs[vg].head : SIZE_MAX;
    int how = v != SIZE_MAX ? fl_phrases_at(&c->k->level_verbs, c->text, c->t, c->b, v, &used) : -1;
    if (puts && how == 4 && v + 2 == first)
        return relative_put(c, p, cl, q, placed, item, cap, definite);
    if (v == SIZE_MAX || v + 2 >= first || how < 2 || (how == 4) != puts)
        return 0;
    int np = fl_parse_np_of(p, v + 1 - c->a);
    if (np < 0 || c->a + p->nps[np].start != v + 1)
        return 0;
    size_t e = c->a + p->nps[np].end;
    if (puts && (possessive_end(c, e - 1) ||
                 (e > v + 2 && possessive_end(c, e - 2)))) { /* "gives Tuesday's daily mean": the mean is the object */
        np = e < first ? fl_parse_np_of(p, e - c->a) : -1;
        if (np < 0 || c->a + p->nps[np].start != e)
            return 0;
        e = c->a + p->nps[np].end;
    }
    for (size_t i = e; i + 1 < first || (!puts && i < first); i++)
        if (p->vg_of[i - c->a] >= 0 || p->clause_of[i - c->a] != cl || i > e + 8)
            return 0;
    if (!level_phrase(c, e - 1, placed, item, cap, definite))
        return 0;
    if (puts)
        level_whose(c, e, first - 1, placed, item, cap);
    return puts ? 2 : 1;
}

/* How full the subject of figure q's clause is, when one of levels.fills follows the figure ("The grain store was
 * 82% full", "its reservoirs were just 45% full"): the verb a form of "be" or one of the level verbs that state
 * ("remained"), no noun, mark or other verb between it and the figure, the subject's head a common noun. The item
 * is the head's common-noun and adjective modifiers, its lemma and "fill" ("grain store fill"; a name before them,
 * "the Harwick grain store", is left out), then whose it is (level_whose: "reservoirs in Wales"). 0 none. */
static int fill_level(const sctx *c, const fl_qty *q, char *item, size_t cap, int *definite)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used;
    if (!p || q->tok_end >= c->b || c->t[q->tok_end].kind != FL_TOK_WORD ||
        fl_phrases_at(&c->k->level_fills, c->text, c->t, c->b, q->tok_end, &used) < 0)
        return 0;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? fl_parse_verb(p, cl) : -1,
        s = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (vg < 0 || s < 0)
        return 0;
    size_t v = c->a + p->vgs[vg].head, e = c->a + p->nps[s].end, head = e - 1;
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms");
    size_t start = c->a + p->nps[s].start;
    /* "Hollinshaw Reservoir was 38 percent full": the name is the subject, the item only how full */
    int named = fl_claims_name_word(c, head) || p->tags[head - c->a] == FL_TAG_PROPN;
    if (v >= first || e > v || start < c->ca || !(noun_tag(c, head) || named) ||
        (start > c->ca && fl_claims_prep_role(c, start - 1) >= 0) || /* "Reservoirs across the county": not it */
        !((be && fl_lexicon_has_token(be, c->text, &c->t[v], 1)) ||
          fl_phrases_at(&c->k->level_verbs, c->text, c->t, c->b, v, &used) == 1))
        return 0;
    for (size_t i = v + 1; i < first; i++)
        if (c->t[i].kind != FL_TOK_WORD || p->tags[i - c->a] == FL_TAG_NOUN || p->tags[i - c->a] == FL_TAG_PROPN ||
            p->vg_of[i - c->a] >= 0 || p->clause_of[i - c->a] != cl || i > v + 4)
            return 0;
    for (size_t i = c->ca; i < (c->cb ? c->cb : c->b); i++)
        if (p->clause_of[i - c->a] == cl && fl_phrases_at(&c->k->level_usual, c->text, c->t, c->b, i, &used) >= 0)
            return 0; /* "is usually 90% full in October": what it tends to be, no reading */
    if (named) {
        snprintf(item, cap, "fill");
        *definite = 1;
        return 1;
    }
    size_t from = head;
    while (from > c->a + p->nps[s].start && head - from < 3 && c->t[from - 1].kind == FL_TOK_WORD &&
           !fl_claims_name_word(c, from - 1) && !possessive_end(c, from - 1) &&
           (noun_tag(c, from - 1) || p->tags[from - 1 - c->a] == FL_TAG_ADJ))
        from--;
    fl_buf b = {0};
    char w[40], lemma[FL_LEMMA_MAX];
    for (size_t i = from; i < head; i++)
        if (fl_claims_lower_word(c, i, w, sizeof w))
            fl_buf_printf(&b, "%s ", w);
    fl_claims_lemma_of(c, head, lemma, sizeof lemma);
    int ok = lemma[0] && b.len + strlen(lemma) + 8 <= cap;
    if (ok)
        snprintf(item, cap, "%s%s fill", b.len ? b.ptr : "", lemma);
    fl_buf_free(&b);
    if (!ok)
        return 0;
    level_whose(c, e, v, 0, item, cap);
    /* "the grain store", "its reservoirs": the one store, as it is known */
    *definite = from == c->a || c->t[from - 1].kind != FL_TOK_WORD || possessive_end(c, from - 1) ||
                fl_phrases_at(&c->k->possessives, c->text, c->t, c->b, from - 1, &used) >= 0 ||
                (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, from - 1, &used) >= 0 &&
                 !fl_claims_role(c, from - 1, FL_ROLE_INDEFINITE));
    return 1;
}

static int share_measure_level(const sctx *c, const char *item);
static void share_place(const sctx *c, const fl_qty *q, size_t to, char *item, size_t cap);
static void share_count_age(const sctx *c, size_t from, size_t to, char *item, size_t cap);

/* Names the level at head token h by what it is of when that makes a measure of a population that
 * rules/readings.json "share-measures" names ("Uptake of the second dose": "uptake of dose", as "78.4 per cent of
 * children have had both doses" is): the head of the noun phrase right after its "of", singular. item is left as it
 * is otherwise ("Uptake of the flu vaccine" stays "uptake", its document's). */
static void measure_of_item(const sctx *c, size_t h, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int np = p && h + 2 < c->b && fl_claims_role(c, h + 1, FL_ROLE_OF) ? fl_parse_np_of(p, h + 2 - c->a) : -1;
    char w[48], one[48], cand[160];
    if (np < 0 || c->a + p->nps[np].start != h + 2 || p->tags[p->nps[np].head] != FL_TAG_NOUN)
        return;
    size_t n = fl_claims_lower_word(c, c->a + p->nps[np].head, w, sizeof w);
    fl_noun_singular(c->r, w, n, one, sizeof one);
    int len = snprintf(cand, sizeof cand, "%s of %s", item, one);
    if (len > 0 && (size_t)len < cap && (size_t)len < sizeof cand && share_measure_level(c, cand))
        memcpy(item, cand, (size_t)len + 1);
}

enum { LEVEL_CHAIN_HEAD = 4, LEVEL_CHAIN_GAP = 5, LEVEL_CHAIN_MAX = 32 };
/* A level that the noun phrase opening figure q's sentence names, a chain of prepositional phrases after it up to the
 * verb that states the figure, which the parse may not read as one subject ("Uptake of the second dose of the
 * measles, mumps and rubella (MMR) vaccine by age five stands at 81.4%"): the phrase's head a level head
 * (level_phrase) right before a preposition; then words, numbers, commas and brackets, no verb, no figure of q's
 * unit, up to a form of "be" or a level verb that states, and no noun between it and the figure. The item is the
 * level alone (what the chain says is the story's). -1 none. */
static int level_chain(const sctx *c, const fl_qty *q, char *item, size_t cap, int *definite)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms");
    size_t first = qty_first(c, q), h = c->a, used, v = SIZE_MAX;
    if (!p || c->k->level_family < 0 || !admits(c->k, c->k->level_family, q->dim) ||
        fl_claims_level_placed(c->k, q->dim) || first < c->a + 4)
        return -1;
    while (h < first && (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, h, &used) >= 0 ||
                         (p->tags[h - c->a] == FL_TAG_DET && (used = 1))))
        h += used;
    while (h + 1 < first && h < c->a + LEVEL_CHAIN_HEAD && fl_claims_prep_role(c, h + 1) < 0)
        h++;
    if (h + 1 >= first || fl_claims_prep_role(c, h + 1) < 0 || !level_phrase(c, h, 0, item, cap, definite))
        return -1;
    for (size_t i = first - 1; i > h + 1 && i + LEVEL_CHAIN_GAP > first && v == SIZE_MAX; i--)
        if ((be && fl_lexicon_has_token(be, c->text, &c->t[i], 1)) ||
            fl_phrases_at(&c->k->level_verbs, c->text, c->t, c->b, i, &used) == 1)
            v = i;
    if (v == SIZE_MAX || v > h + LEVEL_CHAIN_MAX)
        return -1;
    for (size_t i = v + 1; i < first; i++)
        if (c->t[i].kind != FL_TOK_WORD || p->tags[i - c->a] == FL_TAG_NOUN || p->tags[i - c->a] == FL_TAG_PROPN)
            return -1; /* "stands at", "was just" */
    for (size_t i = h + 1; i < v; i++) {
        char ch = c->t[i].kind == FL_TOK_PUNCT ? c->text[c->t[i].start] : 0;
        if ((p->vg_of[i - c->a] >= 0 && p->tags[i - c->a] != FL_TAG_VBN) || (ch && !strchr(",()-", ch)))
            return -1;
    }
    for (size_t i = h + 1; i + 1 < v; i++)
        if (c->t[i].kind == FL_TOK_NUM && (punct_is(c, i + 1, '%') || c->t[i + 1].kind == FL_TOK_WORD) &&
            !(c->t[i + 1].kind == FL_TOK_WORD && p->tags[i + 1 - c->a] != FL_TAG_NOUN))
            return -1; /* another figure in the chain: "Uptake of 40% ..." is no subject of one level */
    measure_of_item(c, h, item, cap);
    if (share_measure_level(c, item)) {
        share_count_age(c, h + 1, v, item, cap);
        share_place(c, q, v, item, cap); /* "Uptake ... across England stands at": England's */
    }
    *definite = 1;
    return c->k->level_family;
}

/* The level a noun phrase names and figure q states (level_stated), the one the object of a verb of change names
 * (level_object), or how full a thing is (fill_level); -1 none. */
static int named_level(const sctx *c, const fl_qty *q, char *item, size_t cap, int *definite)
{
    int f = level_stated(c, q, item, cap, definite);
    if (f < 0)
        f = level_chain(c, q, item, cap, definite);
    if (f < 0 && c->k->level_family >= 0 && admits(c->k, c->k->level_family, q->dim) &&
        (level_object(c, q, fl_claims_level_placed(c->k, q->dim), item, cap, definite) ||
         (strcmp(q->dim, "percent") == 0 && fill_level(c, q, item, cap, definite))))
        f = c->k->level_family;
    return f;
}

/* The level family when a verb of levels.puts gives figure q, a percentage, as the level its object names ("puts the
 * overcharge at 17 per cent on cartel-affected sales", or its relative clause's antecedent: "the overcharge, which
 * the regulator puts at about 11 per cent"): the object says what the figure is, before a trigger after it ("sales":
 * what the share is charged on) does. Sets cl's item; -1 none. */
static int put_level_item(const sctx *c, const fl_qty *q, char *item, size_t cap, int *definite)
{
    return c->k->level_family >= 0 && strcmp(q->dim, "percent") == 0 && level_object(c, q, 0, item, cap, definite) == 2;
}

static int put_level(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    char level[96];
    int definite;
    if (!put_level_item(c, q, level, sizeof level, &definite))
        return -1;
    free(cl->item);
    cl->item = fl_xstrdup(level);
    cl->definite = (int8_t)definite;
    return c->k->level_family;
}

/* ---- shares of a population ----
 * A survey's figure is often the share of a population that does or is something: "18% of 15-year-olds had vaped in
 * the past 30 days", "18 per cent of 15-year-olds are current vapers", "one in ten 15-year-olds now vapes every day",
 * "Daily vaping among 15-year-olds stands at 5 per cent". Such a share is a level (claim_model.measures.levels) whose
 * item is the population (its head, a kind of person or an age group, with its lower-case modifiers and qualifiers),
 * what its part does or is (the stem of the predicate's verb and of its object, or of what a copula makes it), and
 * how often or over which window (the "share-scopes" lexicon: "every day" and "daily" are "daily"): "share of
 * 15-year-old: vape @daily". Another age group, another predicate, another window is another item. */
enum { SHARE_MODIFIERS = 3, SHARE_QUALIFIER = 12, SHARE_OBJECT = 6, LEDE_PLACE_WORDS = 40 };
static const char SHARE_SAID[] = "the story's: a share of a population its survey measured";
static const char PUT_SAID[] = "the story's: the level a source puts its measure at";

/* The token after an age group that starts at number token i ("15-year-olds", "11- to 16-year-olds": a number and a
 * plural word of the "age-words" lexicon glued to it), writing "15-year-old" into out; i when none. */
static size_t age_group_at(const sctx *c, size_t i, char *out, size_t cap)
{
    const fl_lexicon *ages = fl_rules_lexicon(c->r, "age-words");
    size_t from = i;
    if (i + 3 < c->b && c->t[i].kind == FL_TOK_NUM && hyphen_at(c, i + 1) && fl_claims_role(c, i + 2, FL_ROLE_TO) &&
        c->t[i + 3].kind == FL_TOK_NUM)
        i += 3; /* "11- to 16-year-olds" */
    if (i >= c->b || c->t[i].kind != FL_TOK_NUM)
        return from;
    size_t at = c->t[i].end;
    for (size_t l = 0; ages && l < fl_lexicon_size(ages); l++) {
        const char *w = fl_lexicon_item(ages, l);
        size_t n = strlen(w);
        if (n < 2 || w[n - 1] != 's' || at + n > c->d->len || strncasecmp(c->text + at, w, n) != 0 ||
            fl_is_ascii_alpha((unsigned char)c->text[at + n]))
            continue;
        size_t e = i + 1;
        while (e < c->b && c->t[e].start < at + n)
            e++;
        snprintf(out, cap, "%.*s%s%.*s", (int)(c->t[i].end - c->t[from].start), c->text + c->t[from].start,
                 from < i ? "" : "", (int)(n - 1), w);
        return e;
    }
    return from;
}

/* The token after an age group written in words in word token i ("five-year-olds": a number word, one of the
 * plural "age-words" glued to it), writing it as its digits write it ("5-year-old") into out; i when none. */
static size_t age_words_at(const sctx *c, size_t i, char *out, size_t cap)
{
    const fl_lexicon *ages = fl_rules_lexicon(c->r, "age-words");
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    const char *hy = c->t[i].kind == FL_TOK_WORD ? memchr(s, '-', len) : NULL; /* within the token only */
    size_t dash = hy ? (size_t)(hy - s) : len;
    int idx = hy ? fl_phrases_word(&c->k->words, s, dash) : -1;
    for (size_t l = 0; idx >= 0 && ages && l < fl_lexicon_size(ages); l++) {
        const char *w = fl_lexicon_item(ages, l);
        size_t n = strlen(w);
        if (n >= 2 && w[n - 1] == 's' && dash + n == len && strncasecmp(s + dash, w, n) == 0) {
            snprintf(out, cap, "%g%.*s", c->k->values[idx], (int)(n - 1), w);
            return i + 1;
        }
    }
    return i;
}

/* Appends word w to b, a space before it unless b is empty. */
static void share_word(fl_buf *b, const char *w)
{
    if (w[0])
        fl_buf_printf(b, "%s%s", b->len ? " " : "", w);
}

/* Appends to b the stem of word token i (the document's stemmer: "vaping", "vapes" and "vaped" are "vape"). */
static void share_stem(const sctx *c, size_t i, fl_buf *b)
{
    char w[40];
    size_t n = fl_claims_lower_word(c, i, w, sizeof w);
    const sb_symbol *st = n && c->sb ? sb_stemmer_stem(c->sb, (const sb_symbol *)w, (int)n) : NULL;
    if (st)
        snprintf(w, sizeof w, "%.*s", sb_stemmer_length(c->sb), (const char *)st);
    share_word(b, w);
}

/* The "share-scopes" pair ("every day=daily") whose left side starts at token i: its canonical word into out and its
 * tokens into *used; 0 none. */
static int share_scope_at(const sctx *c, size_t i, char *out, size_t cap, size_t *used)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "share-scopes");
    size_t best = 0;
    for (size_t l = 0; lex && l < fl_lexicon_size(lex); l++) {
        const char *x = fl_lexicon_item(lex, l), *eq = strchr(x, '='), *s = x;
        size_t j = i;
        while (eq && s < eq && j < c->b) {
            size_t n = strcspn(s, " ="), len = c->t[j].end - c->t[j].start;
            if (n != len || strncasecmp(s, c->text + c->t[j].start, n) != 0)
                break;
            s += n + (s[n] == ' ');
            j++;
        }
        if (eq && s == eq && j - i > best) {
            best = j - i;
            snprintf(out, cap, "%s", eq + 1);
        }
    }
    *used = best;
    return best > 0;
}

/* Is the verb group at token j a participle that qualifies the noun before it ("adults aged over 65", "members
 * surveyed in May") rather than the clause's verb: a past or present participle with no auxiliary, another verb group
 * after it before the next punctuation mark? The tagger reads "14% of adults cycled to work" as a participle too:
 * there no verb follows, and it is the verb. */
static int participle_qualifier(const sctx *c, size_t j)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int vg = p->vg_of[j - c->a];
    size_t h = c->a + p->vgs[vg].head;
    if (h != j || (p->tags[j - c->a] != FL_TAG_VBN && p->tags[j - c->a] != FL_TAG_VBG))
        return 0;
    for (size_t i = c->a + p->vgs[vg].end; i < c->b && c->t[i].kind != FL_TOK_PUNCT; i++) {
        int g = p->vg_of[i - c->a];
        if (g >= 0 && p->tags[c->a + p->vgs[g].start - c->a] == FL_TAG_TO)
            i = c->a + p->vgs[g].end - 1; /* "cycled to work": an infinitive is no verb of the clause */
        else if (g >= 0)
            return 1;
    }
    return 0;
}

/* The population phrase at token i ("all 15-year-olds", "adult smokers in the north", "pupils aged 11 to 16"):
 * determiners, up to three lower-case modifiers and a head that is a kind of person (person_noun_at) or an age group,
 * then a qualifier of prepositions, lower-case words and numbers up to the verb group, a comma or a mark; a name in
 * it (the story's place: "15-year-olds in the Lowland Counties") is left out, and a figure set off by commas that
 * restates the share ("a quarter of 15-year-olds, 24 per cent, are") is skipped. Writes the words into b and
 * returns the token of the verb group after it, SIZE_MAX when the phrase names no population or no verb follows. */
static size_t population_words(const sctx *c, size_t i, size_t stop, fl_buf *b, int names);

static size_t population_phrase(const sctx *c, size_t i, size_t stop, fl_buf *b)
{
    return population_words(c, i, stop, b, 0);
}

/* population_phrase, names among the modifiers before the head too when names is set ("of Brackenford children"),
 * written in lower case as the others are. */
static size_t population_words(const sctx *c, size_t i, size_t stop, fl_buf *b, int names)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *wholes = fl_rules_lexicon(c->r, "share-populations");
    size_t used, h = i;
    char w[48];
    while (h < c->b && (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, h, &used) >= 0 ||
                        (p->tags[h - c->a] == FL_TAG_DET && (used = 1))))
        h += used; /* "all", "the" */
    size_t first = h, e = SIZE_MAX;
    for (; h < c->b && h < first + SHARE_MODIFIERS + 1 && e == SIZE_MAX; h++) {
        size_t age = c->t[h].kind == FL_TOK_NUM ? age_group_at(c, h, w, sizeof w) : age_words_at(c, h, w, sizeof w);
        if (age > h || person_noun_at(c, h) || fl_lexicon_has_token(wholes, c->text, &c->t[h], 1)) {
            for (size_t m = first; m < h; m++)
                if (fl_claims_lower_word(c, m, w, sizeof w))
                    share_word(b, w);
            if (age > h)
                e = age; /* w holds the age group */
            else {
                char plural[48];
                size_t n = fl_claims_lower_word(c, h, plural, sizeof plural);
                fl_noun_singular(c->r, plural, n, w, sizeof w); /* "women", "adults": one population */
                e = h + 1;
            }
            share_word(b, w);
        } else if (c->t[h].kind != FL_TOK_WORD || (fl_claims_name_word(c, h) && !names) ||
                   !(p->tags[h - c->a] == FL_TAG_ADJ || p->tags[h - c->a] == FL_TAG_NOUN ||
                     (names && p->tags[h - c->a] == FL_TAG_PROPN)))
            return SIZE_MAX;
    }
    size_t pp = b->len, named = 0; /* where the qualifier's current phrase starts in b; a name was in it */
    for (size_t j = e; e != SIZE_MAX && j < c->b && j < e + SHARE_QUALIFIER; j++) {
        char scope[32];
        if (j == stop) {
            if (named && b->len > pp)
                b->ptr[b->len = pp] = '\0';
            return j;
        }
        if (fl_claims_prep_role(c, j) >= 0 && !named)
            pp = b->len;
        if (fl_claims_name_word(c, j) || p->tags[j - c->a] == FL_TAG_PROPN)
            named = 1; /* "in the Lowland Counties", "in a January survey of 2,000 adults": the story's place or
                        * survey, left out with its preposition and what follows it */
        if (share_scope_at(c, j, scope, sizeof scope, &used) && !scope[0]) {
            j += used - 1; /* "as a whole" */
            continue;
        }
        if (p->tags[j - c->a] == FL_TAG_WH && j + 1 < c->b && p->vg_of[j + 1 - c->a] >= 0) {
            int vg = p->vg_of[j + 1 - c->a]; /* "teenagers who vape": the relative's verb qualifies them */
            share_stem(c, c->a + p->vgs[vg].head, b);
            j = c->a + p->vgs[vg].end - 1;
            continue;
        }
        if (p->vg_of[j - c->a] >= 0 && participle_qualifier(c, j)) {
            int vg = p->vg_of[j - c->a]; /* "adults aged over 65 walk": the participle qualifies them */
            share_stem(c, c->a + p->vgs[vg].head, b);
            j = c->a + p->vgs[vg].end - 1;
            continue;
        }
        if (p->vg_of[j - c->a] >= 0) {
            if (named && b->len > pp)
                b->ptr[b->len = pp] = '\0';
            return p->tags[j - c->a] == FL_TAG_VBG ? SIZE_MAX : j;
        }
        if (p->tags[j - c->a] == FL_TAG_ADV || p->tags[j - c->a] == FL_TAG_POS)
            continue; /* "now", "still"; "the foundation's area" */
        if (c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == ',') {
            size_t k = j + 1; /* ", 24 per cent," */
            while (k < c->b && k < j + 6 && !(c->t[k].kind == FL_TOK_PUNCT && c->text[c->t[k].start] == ','))
                k++;
            if (k >= c->b || k == j + 6 || k == j + 1 ||
                !(c->t[j + 1].kind == FL_TOK_NUM || p->tags[j + 1 - c->a] == FL_TAG_NUM))
                return SIZE_MAX;
            j = k;
            pp = named ? pp : b->len;
        } else if (c->t[j].kind == FL_TOK_PUNCT && !hyphen_at(c, j))
            return SIZE_MAX;
        else if (!fl_claims_name_word(c, j) && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) < 0 &&
                 (c->t[j].kind == FL_TOK_NUM
                      ? snprintf(w, sizeof w, "%.*s", (int)(c->t[j].end - c->t[j].start), c->text + c->t[j].start) > 0
                      : fl_claims_lower_word(c, j, w, sizeof w) > 0))
            share_word(b, w);
    }
    return SIZE_MAX;
}

/* Appends to b what the part of a population does or is, from the verb group at token v to the end of its clause:
 * the stem of the head verb and of its object's head ("had vaped" "vape"; "bought devices": "buy devic"), or after
 * a form of "be" the stems of the words of the phrase it makes the part ("are current vapers": "current vaper");
 * after a speech verb the verb its clause reports is what they do ("said they would": "say would"); and the window
 * of "share-scopes" among its words ("@daily"). 0 when nothing follows the verb that could be read. */
static int share_predicate(const sctx *c, size_t v, fl_buf *b)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int vg = p->vg_of[v - c->a];
    size_t h = c->a + p->vgs[vg].head, e = c->a + p->vgs[vg].end, used;
    char scope[32] = "";
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms"), *speech = fl_rules_lexicon(c->r, "speech-verbs");
    int copula = be && fl_lexicon_has_token(be, c->text, &c->t[h], 1);
    if (speech && fl_lexicon_has_token(speech, c->text, &c->t[h], 1)) {
        share_stem(c, h, b);
        while (e < c->b && p->vg_of[e - c->a] < 0 && c->t[e].kind == FL_TOK_WORD)
            e++; /* "said they would": the reported clause's verb */
        if (e >= c->b || p->vg_of[e - c->a] < 0)
            return 0;
        vg = p->vg_of[e - c->a];
        h = c->a + p->vgs[vg].head;
        e = c->a + p->vgs[vg].end;
    }
    if (!copula)
        share_stem(c, h, b);
    int object = 0;
    for (size_t j = e; j < c->b && c->t[j].kind != FL_TOK_PUNCT; j++) {
        if (share_scope_at(c, j, scope, sizeof scope, &used)) {
            j += used - 1;
            continue;
        }
        int t = p->tags[j - c->a], g = p->vg_of[j - c->a];
        if (g >= 0 && (t == FL_TAG_TO || fl_claims_role(c, j - 1, FL_ROLE_TO))) {
            j = c->a + p->vgs[g].end - 1; /* "walked to work", "walk to work": the tagger reads "work" either way */
            continue;
        }
        if (g >= 0 || t == FL_TAG_SCONJ || t == FL_TAG_CONJ || t == FL_TAG_WH ||
            (t == FL_TAG_ADP && (copula || object)))
            break;
        if (c->t[j].kind == FL_TOK_NUM ||
            t == FL_TAG_NUM) { /* "waited less than 18 weeks": the bound is part of what they did */
            if (j >= e + 2 && fl_claims_prep_role(c, j - 1) >= 0)
                share_stem(c, j - 2, b);
            fl_buf_printf(b, " %.*s", (int)(c->t[j].end - c->t[j].start), c->text + c->t[j].start);
            if (j + 1 < c->b && c->t[j + 1].kind == FL_TOK_WORD)
                share_stem(c, ++j, b);
            object = 1;
            continue;
        }
        if (copula && (t == FL_TAG_ADJ || t == FL_TAG_NOUN || t == FL_TAG_VBN))
            share_stem(c, j, b), object = 1;
        else if (!copula && !object && t == FL_TAG_NOUN && (j + 1 >= c->b || p->tags[j + 1 - c->a] != FL_TAG_NOUN))
            share_stem(c, j, b), object = 1; /* the object's head */
    }
    if (copula && !object)
        return 0;
    if (scope[0])
        fl_buf_printf(b, " @%s", scope);
    return 1;
}

/* The act among a population that the subject of figure q's clause names ("Daily vaping among 15-year-olds stands at
 * 5 per cent"): the subject's head a noun, right before a word of the "share-wholes" lexicon ("among") and a
 * population phrase that ends at the clause's verb, a form of "be" or a level verb that states ("stands at") with no
 * noun between it and the figure. The head's stem goes into pred with its modifiers, a window among them as the scope
 * ("daily vaping": "vape @daily"), the population into pop. The verb's token, SIZE_MAX none. */
static size_t share_among(const sctx *c, const fl_qty *q, fl_buf *pop, fl_buf *pred)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *among = fl_rules_lexicon(c->r, "share-wholes"), *be = fl_rules_lexicon(c->r, "be-forms");
    size_t first = qty_first(c, q), used;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? fl_parse_verb(p, cl) : -1,
        s = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (vg < 0 || s < 0 || !among)
        return SIZE_MAX;
    size_t v = c->a + p->vgs[vg].head, ns = c->a + p->nps[s].start, ne = c->a + p->nps[s].end;
    if (ne >= v || ns < c->ca || !noun_tag(c, ne - 1) || !fl_lexicon_has_token(among, c->text, &c->t[ne], 1) ||
        v >= first || first > v + 3 ||
        !((be && fl_lexicon_has_token(be, c->text, &c->t[v], 1)) ||
          fl_phrases_at(&c->k->level_verbs, c->text, c->t, c->b, v, &used) == 1))
        return SIZE_MAX;
    for (size_t i = v + 1; i < first; i++)
        if (c->t[i].kind != FL_TOK_WORD || p->tags[i - c->a] == FL_TAG_NOUN)
            return SIZE_MAX;
    if (population_phrase(c, ne + 1, SIZE_MAX, pop) != c->a + p->vgs[vg].start)
        return SIZE_MAX;
    char scope[32] = "";
    while (ns > c->ca && c->t[ns - 1].kind == FL_TOK_WORD &&
           (p->tags[ns - 1 - c->a] == FL_TAG_ADV || p->tags[ns - 1 - c->a] == FL_TAG_ADJ))
        ns--; /* "Daily vaping": the parse reads "Daily" as an adverb before the phrase */
    for (size_t i = ns; i + 1 < ne; i++)
        if (!share_scope_at(c, i, scope, sizeof scope, &used) &&
            fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) < 0)
            share_stem(c, i, pred);
    share_stem(c, ne - 1, pred);
    if (scope[0])
        fl_buf_printf(pred, " @%s", scope);
    return v;
}

/* The population a phrase that opens figure q's sentence names ("Among all 11- to 16-year-olds, 11% were current
 * vapers": a word of "share-wholes", the population, a comma right before the figure) and what the part does, the
 * verb group right after the figure (share_predicate). The verb's token, SIZE_MAX none. */
static size_t share_fronted(const sctx *c, const fl_qty *q, fl_buf *pop, fl_buf *pred)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *among = fl_rules_lexicon(c->r, "share-wholes");
    size_t first = qty_first(c, q), comma = first - 1;
    if (!among || first < c->a + 3 || c->t[comma].kind != FL_TOK_PUNCT || c->text[c->t[comma].start] != ',' ||
        !fl_lexicon_has_token(among, c->text, &c->t[c->a], 1) || q->tok_end >= c->b ||
        p->vg_of[q->tok_end - c->a] < 0 || population_phrase(c, c->a + 1, comma, pop) != comma ||
        !share_predicate(c, q->tok_end, pred))
        return SIZE_MAX;
    return q->tok_end;
}

/* The share of a population figure q states by the structure around it (see above), into item: the figure before
 * "of" and the population ("18% of 15-year-olds had vaped"), right before the population ("one in ten 15-year-olds
 * now vapes"), or after the verb of a clause whose subject is an act among the population ("Daily vaping among
 * 15-year-olds stands at 5 per cent": a form of "be" or a level verb, no noun between it and the figure). 0 none. */
static int population_share(const sctx *c, const fl_qty *q, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || strcmp(q->dim, "percent") != 0 || q->kind == FL_QK_POINTS)
        return 0;
    fl_buf pop = {0}, pred = {0};
    size_t at = q->tok_end, v = SIZE_MAX, ratio = 0, used;
    for (size_t i = qty_first(c, q); i < q->tok_end; i++)
        ratio |= fl_claims_prep_role(c, i) >= 0; /* "one in ten", "two out of five" */
    if (at + 1 < c->b && fl_claims_role(c, at, FL_ROLE_OF))
        at++;
    else if (!ratio)
        at = c->b; /* "A third man was taken in": an ordinal, no share; a share names its whole after "of" */
    v = population_phrase(c, at, SIZE_MAX, &pop);
    if (v != SIZE_MAX && !share_predicate(c, v, &pred))
        v = SIZE_MAX;
    if (v == SIZE_MAX) {
        fl_buf_free(&pop);
        fl_buf_free(&pred);
        v = share_among(c, q, &pop, &pred);
    }
    if (v == SIZE_MAX) {
        fl_buf_free(&pop);
        fl_buf_free(&pred);
        v = share_fronted(c, q, &pop, &pred);
    }
    size_t fa, fe;
    if (v != SIZE_MAX && fl_claims_fronted_scope_span(c, q, &fa, &fe)) {
        share_word(&pop, "@"); /* "In the north of the county, 9% of adults ...": of that part only */
        for (size_t i = fa; i < fe; i++) {
            char w[40];
            if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) < 0 &&
                fl_claims_lower_word(c, i, w, sizeof w))
                share_word(&pop, w);
        }
    }
    int ok = v != SIZE_MAX && pop.len && pred.len && pop.len + pred.len + 12 < cap;
    if (ok)
        snprintf(item, cap, "%s: %s", pop.ptr, pred.ptr);
    fl_buf_free(&pop);
    fl_buf_free(&pred);
    return ok;
}

/* Does the verb group vg make the verb phrase of a "share-measures" entry, its words from verb up to eq ("have both
 * dose"): the group's head of that lemma, each further word, in order, a word (or its singular) of the few after the
 * group up to a mark, a verb, a conjunction or a preposition that is not the first ("turned out", "have had both MMR
 * doses by")? */
static int share_verb_at(const sctx *c, const fl_parse *p, int vg, const char *verb, const char *eq)
{
    char lemma[FL_LEMMA_MAX], w[48], one[48];
    size_t vn = strcspn(verb, " ="), j = c->a + p->vgs[vg].head + 1;
    fl_claims_lemma_of(c, c->a + p->vgs[vg].head, lemma, sizeof lemma);
    if (strlen(lemma) != vn || strncmp(lemma, verb, vn) != 0)
        return 0;
    const char *s = verb + vn;
    for (size_t start = j; s < eq && *s == ' ' && j < c->b && j < start + SHARE_OBJECT; j++) {
        int tg = p->tags[j - c->a];
        if (c->t[j].kind == FL_TOK_PUNCT || (p->vg_of[j - c->a] >= 0 && p->vg_of[j - c->a] != vg) ||
            tg == FL_TAG_SCONJ || tg == FL_TAG_CONJ || tg == FL_TAG_WH || (tg == FL_TAG_ADP && j > start))
            return 0;
        size_t n = strcspn(s + 1, " ="), len = fl_claims_lower_word(c, j, w, sizeof w);
        fl_noun_singular(c->r, w, len, one, sizeof one);
        if ((len == n && strncmp(w, s + 1, n) == 0) || (strlen(one) == n && strncmp(one, s + 1, n) == 0))
            s += n + 1;
    }
    return s == eq;
}

/* Does the "share-measures" entry x ("voter turn out=turnout", "* have both dose=uptake": a population, "*" any, a
 * verb's lemma and words of what follows it, then what the share measures) fit a share of population pop whose
 * part's verb group is vg: the population the whole of pop, the verb that group or an infinitive right after it
 * ("bothered to turn out"), the group stating a fact (no modal: "would turn out" is no turnout)? */
static int share_measure_fits(const sctx *c, int vg, const char *pop, const char *x, const char *eq)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t pn = strcspn(x, " ");
    if (pn >= (size_t)(eq - x) || !((pn == 1 && x[0] == '*') || (strlen(pop) == pn && strncmp(pop, x, pn) == 0)))
        return 0;
    for (size_t i = c->a + p->vgs[vg].start; i < c->a + p->vgs[vg].end; i++)
        if (p->tags[i - c->a] == FL_TAG_MD)
            return 0;
    if (share_verb_at(c, p, vg, x + pn + 1, eq))
        return 1;
    size_t e = c->a + p->vgs[vg].end;
    int inf = e < c->b ? p->vg_of[e - c->a] : -1;
    return inf >= 0 && p->tags[p->vgs[inf].start] == FL_TAG_TO && share_verb_at(c, p, inf, x + pn + 1, eq);
}

/* Does the name at token i stand among the first LEDE_PLACE_WORDS words of its document (its title, dateline and
 * lede: "Brackenford measles: ...", "BRACKENFORD, Feb 10")? The story's place is named there. */
static int lede_name(const sctx *c, size_t i)
{
    size_t n = c->t[i].end - c->t[i].start;
    for (size_t j = 0, words = 0; j < c->b && words < LEDE_PLACE_WORDS; j++) {
        if (c->t[j].kind != FL_TOK_WORD)
            continue;
        words++;
        if (c->t[j].end - c->t[j].start == n && strncasecmp(c->text + c->t[j].start, c->text + c->t[i].start, n) == 0)
            return 1;
    }
    return 0;
}

/* Appends to item (cap bytes) the place a share measure is of when the words of its sentence before token to name
 * one other than the story's: a name right after a preposition other than "of" or its determiner that its
 * document's lede does not name (lede_name: "of children in England", "Across England, 83.9% of children ...":
 * " @england"; "of Brackenford children", "(MMR)": the story's, or no place), and the words of a phrase that opens
 * the sentence and scopes it ("In the north of the county, ..."). A national figure beside the local one is
 * another measure. */
static void share_place(const sctx *c, const fl_qty *q, size_t to, char *item, size_t cap)
{
    size_t fa, fe, used;
    char w[40];
    for (size_t i = c->a; i < to && i < c->b; i++) {
        size_t at = i, n = strlen(item);
        if (!fl_claims_name_word(c, i))
            continue;
        while (at > c->a && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, at - 1, &used) >= 0)
            at--;
        if (at > c->a && fl_claims_prep_role(c, at - 1) >= 0 && !fl_claims_role(c, at - 1, FL_ROLE_OF) &&
            !lede_name(c, i) && fl_claims_lower_word(c, i, w, sizeof w) && n + strlen(w) + 3 < cap)
            snprintf(item + n, cap - n, " @%s", w);
    }
    if (!fl_claims_fronted_scope_span(c, q, &fa, &fe))
        return;
    for (size_t i = fa; i < fe; i++) {
        size_t n = strlen(item);
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) < 0 &&
            fl_claims_lower_word(c, i, w, sizeof w) && n + strlen(w) + 3 < cap)
            snprintf(item + n, cap - n, " @%s", w);
    }
}

/* The value of the number at token i: digits, a number word ("five") or, when ordinal is set, an ordinal word
 * ("fifth"); NAN none. */
static double share_number_at(const sctx *c, size_t i, int ordinal)
{
    const char *s = c->text + c->t[i].start;
    size_t n = c->t[i].end - c->t[i].start;
    double v;
    if (c->t[i].kind == FL_TOK_NUM)
        return fl_parse_digits(s, n, &v) >= 0 ? v : NAN; /* the decimals it has, -1 when none is there */
    int w = fl_phrases_word(ordinal ? &c->k->ordinals : &c->k->words, s, n);
    return w >= 0 ? c->k->values[w] : NAN;
}

/* Appends to item (cap bytes) how many of what a share measure counts its words [from, to) say and at which age,
 * so that first and second doses, or uptake by two and by five, stay apart: the count before the measure's object
 * (the last word of item: "dose"), up to three words before it (an ordinal "second", a number word "two", or a
 * "share-counts" word: "both=2"), as " #2"; and an age, the number after a word of "share-age-anchors" marked
 * "after" ("by age five") or the ordinal before one marked "before" ("by their fifth birthday"), or an age group
 * ("five-year-olds"), as " @age 5". */
static void share_count_age(const sctx *c, size_t from, size_t to, char *item, size_t cap)
{
    const fl_lexicon *counts = fl_rules_lexicon(c->r, "share-counts"),
                     *anchors = fl_rules_lexicon(c->r, "share-age-anchors");
    const char *object = strrchr(item, ' ');
    double count = NAN, age = NAN;
    char w[48], one[48];
    for (size_t i = from; i < to && i < c->b; i++) {
        size_t n = c->t[i].kind == FL_TOK_WORD ? fl_claims_lower_word(c, i, w, sizeof w) : 0;
        if (!n)
            continue;
        fl_noun_singular(c->r, w, n, one, sizeof one);
        for (size_t j = i; object && isnan(count) && strcmp(one, object + 1) == 0 && j > from && j + 3 >= i; j--) {
            const char *as = counts ? lexicon_pair(c, "share-counts", c->text + c->t[j - 1].start,
                                                   c->t[j - 1].end - c->t[j - 1].start, 0)
                                    : NULL;
            double v = as ? atof(as) : share_number_at(c, j - 1, 0);
            count = isnan(v) ? share_number_at(c, j - 1, 1) : v;
        }
        const char *mark = anchors ? lexicon_pair(c, "share-age-anchors", w, n, 0) : NULL;
        if (mark && strcmp(mark, "after") == 0 && i + 1 < to && isnan(age))
            age = share_number_at(c, i + 1, 0);
        else if (mark && strcmp(mark, "before") == 0 && i > from && isnan(age))
            age = share_number_at(c, i - 1, 1);
        else if (isnan(age) && (age_words_at(c, i, w, sizeof w) > i || age_group_at(c, i, w, sizeof w) > i))
            age = atof(w);
    }
    size_t n = strlen(item);
    if (!isnan(count) && count > 0 && n + 24 < cap)
        n += (size_t)snprintf(item + n, cap - n, " #%g", count);
    if (!isnan(age) && age > 0 && n + 24 < cap)
        snprintf(item + n, cap - n, " @age %g", age);
}

/* What a share of a population figure q states measures by what its part does, when rules/readings.json
 * "share-measures" lists it ("Barely 38 per cent of voters bothered to turn out": turnout, as "turnout was 38 per
 * cent" says; "78.4 per cent of Brackenford children have had both MMR doses": uptake): the figure before "of", the
 * population (population_words, a name among its modifiers too) and its verb group. The entry's right side into
 * out; 0 none. */
static int share_measure(const sctx *c, const fl_qty *q, char *out, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "share-measures");
    if (!lex || !p || strcmp(q->dim, "percent") != 0 || q->kind == FL_QK_POINTS || q->tok_end + 1 >= c->b ||
        !fl_claims_role(c, q->tok_end, FL_ROLE_OF))
        return 0;
    fl_buf pop = {0};
    size_t v = population_words(c, q->tok_end + 1, SIZE_MAX, &pop, 1);
    int vg = v != SIZE_MAX && pop.len ? p->vg_of[v - c->a] : -1, ok = 0;
    for (size_t l = 0; vg >= 0 && !ok && l < fl_lexicon_size(lex); l++) {
        const char *x = fl_lexicon_item(lex, l), *eq = strchr(x, '=');
        if (eq && share_measure_fits(c, vg, pop.ptr, x, eq))
            ok = snprintf(out, cap, "%s", eq + 1) > 0;
    }
    if (ok) {
        size_t e = v;
        while (e < c->b && c->t[e].kind != FL_TOK_PUNCT)
            e++; /* "have had both MMR doses by their fifth birthday," */
        share_count_age(c, q->tok_end + 1, e, out, cap);
        share_place(c, q, v, out, cap);
    }
    fl_buf_free(&pop);
    return ok;
}

/* The family a share measure names (share_measure): one of rules' families by its id ("turnout"), its item left
 * empty, or else the level family, its item the measure ("uptake"); -1 none. */
static int share_measure_family(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    char what[96];
    if (!share_measure(c, q, what, sizeof what))
        return -1;
    for (size_t m = 0; m < c->k->nmetrics; m++)
        if (strcmp(c->k->metrics[m].id, what) == 0)
            return admits(c->k, (int)m, q->dim) ? (int)m : -1;
    if (c->k->level_family < 0)
        return -1;
    free(cl->item);
    cl->item = fl_xstrdup(what);
    cl->definite = 1;
    return c->k->level_family;
}

/* Is item a measure of a population that rules/readings.json "share-measures" names and no family is ("uptake")?
 * Whoever reports it, the story's statistics measured it (share_subject). */
static int share_measure_level(const sctx *c, const char *item)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "share-measures");
    for (size_t l = 0; lex && item[0] && l < fl_lexicon_size(lex); l++) {
        const char *eq = strchr(fl_lexicon_item(lex, l), '=');
        size_t n = eq ? strlen(eq + 1) : 0;
        if (eq && strncmp(eq + 1, item, n) == 0 &&
            (!item[n] || strncmp(item + n, " @", 2) == 0 || strncmp(item + n, " #", 2) == 0)) {
            for (size_t m = 0; m < c->k->nmetrics; m++)
                if (strcmp(c->k->metrics[m].id, item) == 0)
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* The level family when figure q is the share of a population (population_share), cl's item set to it; a family
 * the share names by what its part does (share_measure), its item left empty; -1 none. */
static int share_family(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    char item[160];
    int named = share_measure_family(c, cl, q);
    if (named >= 0)
        return named;
    if (c->k->level_family < 0 || !population_share(c, q, item, sizeof item))
        return -1;
    free(cl->item);
    cl->item = fl_xstrdup(item);
    return c->k->level_family;
}

/* Makes a share of a population (share_family) the story's: its survey measured it, whoever reports it, so the
 * reports of one story compare it (claim_model.measures.frames story_subject). 0 when cl is no such share. */
static int share_subject(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    char item[160];
    int definite, put = 0;
    if (cl->family < 0 || cl->family != c->k->level_family || !c->k->story_subject)
        return 0;
    if (share_measure_level(c, cl->item))
        ; /* "uptake": a share of a population however it is told ("Uptake ... stands at 81.4%") */
    else if (!population_share(c, q, item, sizeof item) || strcmp(item, cl->item) != 0) {
        /* "puts the overcharge at 17 per cent", "the overcharge, which the regulator puts at about 11 per cent": the
         * story's one measure, which a source estimates (put_level) */
        put = put_level_item(c, q, item, sizeof item, &definite) && definite && strcmp(item, cl->item) == 0;
        if (!put)
            return 0;
    }
    free(cl->subject);
    cl->subject = fl_xstrdup(c->k->story_subject);
    cl->src = cl->dst = -1;
    cl->subject_event = 1;
    cl->subject_doc = 0;
    cl->subject_how = put ? PUT_SAID : SHARE_SAID;
    return 1;
}

/* ---- statistics of the story's many like things ---- */

/* Writes into item (cap bytes) the statistic that the phrase [a, h] names when one of levels.averages modifies its
 * head h ("the average trip", "mean trip length", "The typical trip"): that word as the "level-words" lexicon writes
 * it ("mean" and "typical" are "average"), the modifiers after it and the head's lemma; a head that is a measure
 * noun after a modifier says only what is measured, which the figure's unit tells ("trip length" is "trip"). A
 * label's head may be tagged as any word ("Average wait": a label has no verb). 0 when the phrase names none. */
static int average_phrase(const sctx *c, size_t a, size_t h, int labelled, char *item, size_t cap)
{
    size_t used, at = SIZE_MAX;
    for (size_t i = a; i < h && at == SIZE_MAX; i++)
        if (fl_phrases_at(&c->k->level_averages, c->text, c->t, c->b, i, &used) >= 0 && used == 1)
            at = i;
    if (at == SIZE_MAX || !(noun_tag(c, h) || (labelled && c->t[h].kind == FL_TOK_WORD)) || fl_claims_name_word(c, h))
        return 0;
    if (h > at + 1 && fl_phrases_at(&c->k->measure_nouns, c->text, c->t, c->b, h, &used) >= 0 && used == 1)
        h--; /* "mean trip length": the trip's */
    char w[40], lemma[FL_LEMMA_MAX];
    const char *as;
    if (!fl_claims_lower_word(c, at, w, sizeof w))
        return 0;
    snprintf(item, cap, "%s", (as = lexicon_pair(c, "level-words", w, strlen(w), 1)) ? as : w);
    for (size_t i = at + 1; i < h; i++) {
        size_t n = strlen(item);
        if (c->t[i].kind != FL_TOK_WORD || fl_claims_name_word(c, i) || !fl_claims_lower_word(c, i, w, sizeof w) ||
            n + strlen(w) + 2 > cap)
            return 0;
        snprintf(item + n, cap - n, " %s", w);
    }
    fl_claims_lemma_of(c, h, lemma, sizeof lemma);
    size_t n = strlen(item);
    if (!lemma[0] || n + strlen(lemma) + 2 > cap)
        return 0;
    snprintf(item + n, cap - n, " %s", lemma);
    return 1;
}

/* Appends to item the words of a phrase that opens the sentence before the statistic's phrase at token a, a
 * preposition first and no verb nor time in it ("For band 1 claims, the average wait was 9 days", "At Hollbrook
 * General the average handover took 52 minutes"): whose average it is, as a phrase after it would say. */
static void average_fronted(const sctx *c, size_t a, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used, e = a > c->a && punct_is(c, a - 1, ',') ? a - 1 : a;
    if (e <= c->a + 1 || e > c->a + 8 || p->tags[0] != FL_TAG_ADP)
        return;
    for (size_t i = c->a; i < e; i++)
        if (c->t[i].kind == FL_TOK_PUNCT || p->vg_of[i - c->a] >= 0 || fl_claims_time_phrase(c, i))
            return;
    for (size_t i = c->a; i < e; i++) {
        char w[40];
        size_t n = strlen(item);
        size_t len = c->t[i].end - c->t[i].start;
        if (c->t[i].kind == FL_TOK_NUM && len < sizeof w) /* "band 1", "band 2": two things */
            snprintf(w, sizeof w, "%.*s", (int)len, c->text + c->t[i].start);
        else if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0 ||
                 !fl_claims_lower_word(c, i, w, sizeof w))
            continue;
        if (n + strlen(w) + 2 <= cap)
            snprintf(item + n, cap - n, " %s", w);
    }
}

/* The statistic that the noun phrase ending at token x names (average_phrase), or the one its phrase's host does
 * across a preposition or two ("Average wait from check to scan"), whose phrases up to token e then say whose it
 * is (level_whose: "in Leeds"); 0 none. */
static int average_before(const sctx *c, size_t x, size_t e, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    for (int hops = 0; hops < 3 && x >= c->ca && x < c->b; hops++) {
        int np = fl_parse_np_of(p, x - c->a);
        size_t a = np >= 0 ? c->a + p->nps[np].start : x;
        if (np < 0 || a < c->ca)
            return 0;
        if (average_phrase(c, a, x, 0, item, cap)) {
            average_fronted(c, a, item, cap);
            level_whose(c, x + 1, e, 0, item, cap);
            return 1;
        }
        if (a < c->ca + 2 || p->tags[a - 1 - c->a] != FL_TAG_ADP)
            return 0;
        x = a - 2;
    }
    return 0;
}

/* The statistic a label names whose colon is right before token e ("- Average wait from check to scan: 17 days"):
 * its words up to the first preposition (average_phrase), then whose it is (level_whose); 0 none. */
static int average_label(const sctx *c, size_t e, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t s = fl_claims_label_start(c, e), h = s;
    if (s == SIZE_MAX)
        return 0;
    while (h + 2 < e && p->tags[h + 1 - c->a] != FL_TAG_ADP)
        h++;
    if (!average_phrase(c, s, h, 1, item, cap))
        return 0;
    level_whose(c, h + 1, e - 1, 0, item, cap);
    return 1;
}

/* The statistic "an average of" before figure q names ("Callers waited an average of 9 minutes"): the word, as
 * the "level-words" lexicon writes it, and the lemma of its clause's verb, which says of what ("average wait");
 * 0 none. */
static int average_of(const sctx *c, const fl_qty *q, char *item, size_t cap)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used;
    if (first < c->ca + 3 || !fl_claims_role(c, first - 1, FL_ROLE_OF) ||
        fl_phrases_at(&c->k->level_averages, c->text, c->t, c->b, first - 2, &used) < 0 || used != 1)
        return 0;
    int cl = fl_parse_clause_of(p, first - 2 - c->a), vg = cl >= 0 ? fl_parse_verb(p, cl) : -1;
    size_t v = vg >= 0 ? c->a + p->vgs[vg].head : SIZE_MAX;
    char w[40], lemma[FL_LEMMA_MAX];
    const char *as;
    if (v == SIZE_MAX || v >= first - 2 || v < c->ca || !fl_claims_lower_word(c, first - 2, w, sizeof w))
        return 0;
    for (size_t i = v + 1; i < first - 2; i++)
        if (c->t[i].kind != FL_TOK_WORD || p->vg_of[i - c->a] >= 0 || noun_tag(c, i) || i > v + 3)
            return 0; /* "waited an average of": the verb's own */
    fl_claims_lemma_of(c, v, lemma, sizeof lemma);
    as = lexicon_pair(c, "level-words", w, strlen(w), 1);
    return lemma[0] && snprintf(item, cap, "%s %s", as ? as : w, lemma) < (int)cap;
}

/* The family of a statistic of the story's many like things that figure q states (the attribute marked
 * "averages"), its item the statistic ("average trip"): a noun phrase of one such (average_phrase) right before the
 * figure, a label's colon or words of no verb between ("- Average wait from check to scan: 17 days", "mean trip
 * length 3.4 km"), or before the verb whose complement the figure is, only adverbs and prepositions between ("The
 * typical trip is 2.6 miles", "the average trip covering 3.4 km"); or "an average of" (average_of). One trip and
 * another are many, their average one: it is the story's, as an event's measure is. -1 none. */
static int average_level(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    char item[96];
    size_t first = qty_first(c, q), x = first - 1;
    if (!p || k->average_family < 0 || !admits(k, k->average_family, q->dim) || first < c->a + 2)
        return -1;
    if ((c->t[x].kind == FL_TOK_PUNCT && c->text[c->t[x].start] == ':') || fl_claims_role(c, x, FL_ROLE_OF))
        x--; /* a label's, "an average wait of" */
    int ok = average_of(c, q, item, sizeof item) || average_label(c, first, item, sizeof item) ||
             average_before(c, x, first, item, sizeof item);
    while (!ok && x > c->ca && x + 5 > first && p->vg_of[x - c->a] < 0 && c->t[x].kind == FL_TOK_WORD &&
           (p->tags[x - c->a] == FL_TAG_ADV || p->tags[x - c->a] == FL_TAG_ADP))
        x--; /* "is just over", "covering": to the verb */
    int vg = !ok && x > c->ca ? p->vg_of[x - c->a] : -1;
    if (vg >= 0 && c->a + p->vgs[vg].start > c->ca + 1)
        ok = average_before(c, c->a + p->vgs[vg].start - 1, c->a + p->vgs[vg].start, item, sizeof item);
    if (!ok)
        return -1;
    free(cl->item);
    cl->item = fl_xstrdup(item);
    return k->average_family;
}

/* Does the clause's subject that ends before token e say what it came to at figure q: after the subject's
 * post-modifiers (words of no verb group: "Compensation for the stranded crews"), only verb groups and adverbs up to
 * the figure, and one word of the verb's right before it, the last verb one the "level-verbs" lexicon holds ("is",
 * "totalled", "came to", "is expected to total"; level_verb; not "rose by")? */
static int subject_came_to(const sctx *c, const fl_parse *p, const fl_qty *q, size_t e)
{
    size_t first = qty_first(c, q), v = e;
    while (v < first && p->vg_of[v - c->a] < 0 && c->t[v].kind == FL_TOK_WORD)
        v++; /* the subject's post-modifiers: no mark, no verb */
    if (v == first || p->clause_of[v - c->a] != p->clause_of[q->tok - c->a])
        return 0;
    int last = -1;
    for (size_t i = v; i < first; i++) {
        if (p->vg_of[i - c->a] >= 0)
            last = p->vg_of[i - c->a];
        else if (c->t[i].kind != FL_TOK_WORD || (p->tags[i - c->a] != FL_TAG_ADV && i + 1 < first))
            return 0; /* the word right before the figure may be the verb's own ("came to", "stood at") */
    }
    return last >= 0 && level_verb(c, p, last, first);
}

/* The thing of a money figure whose clause's subject a measure noun of family fam heads ([a, e), subject_came_to):
 * of a story amount ("Compensation for the stranded crews is expected to total £410,000", "The fine was
 * £2m", claim_model attribute "story_amount") the story's one such amount, as "compensation of £410,000" is, or of
 * the thing its noun modifiers name (amount_phrase): [*hp, *hpe). Left alone otherwise: a cost ("the cost of ...")
 * is its trigger's. */
static void story_subject_amount(const sctx *c, const fl_qty *q, int fam, size_t a, size_t e, size_t *hp, size_t *hpe)
{
    size_t np = SIZE_MAX, npe = SIZE_MAX;
    const fl_metric *me = &c->k->metrics[fam];
    if (q->kind == FL_QK_MONEY && me->story_amount && !me->event && amount_phrase(c, q, a, e, &np, &npe) == fam) {
        *hp = np;
        *hpe = npe;
    }
}

/* The measured attribute of a figure whose clause has no trigger: a measure noun in the clause's subject phrase
 * before it ("The limit on that stretch is 40 mph", "A ransom note ... demanded $3 million", "the cost of the
 * renovation was ..."), a head noun of the subject that names its measure ([*hp, *hpe) is then that head), else the
 * one its unit's dimension names (km/h, knots: a speed); -1 none. */
static int measure_weak(const sctx *c, const fl_qty *q, size_t *hp, size_t *hpe)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    int np = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (np >= 0) {
        size_t a = c->a + p->nps[np].start, e = c->a + p->nps[np].end;
        for (size_t i = a; i < e && e <= q->tok && a >= c->ca; i++) {
            int fam = measure_of(k, fl_phrases_at(&k->measure_nouns, c->text, c->t, c->b, i, &used), q->dim);
            if (fam >= 0) {
                if (i + used == e && subject_came_to(c, p, q, e))
                    story_subject_amount(c, q, fam, a, e, hp, hpe);
                return fam;
            }
        }
        /* "Waves reaching 40 feet": the subject's head names its measure (claim_model.measures.heads) and is
         * what is measured; not when a relation to a place follows the figure ("The pole stood about 40 metres
         * from the grandstand": how far, not how high) */
        int fam = e <= q->tok && a >= c->ca && !related_length(c, q)
                      ? measure_of(k, fl_phrases_ending(&k->measure_heads, c->text, c->t, c->b, e - 1, &used), q->dim)
                      : -1;
        if (fam >= 0) {
            *hp = e - used;
            *hpe = e;
            return fam;
        }
    }
    int fam = dimension_family(k->bydim_dims, k->bydim_family, k->nbydim, q->dim);
    return fam >= 0 && admits(k, fam, q->dim) ? fam : -1;
}

/* The attribute a claim took and the phrase it measures, for a figure that restates it in other units. */
typedef struct {
    size_t qi;
    int family;
    size_t np, npe;
    char item[64];   /* what it measures, as its claim's item reads ("below @surface") */
    int8_t has_item; /* item holds it (not too long) */
} measured;

/* Is token i the bracket ch ('(' or ')')? */
static int bracket_at(const sctx *c, size_t i, char ch)
{
    return c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 && c->text[c->t[i].start] == ch;
}

/* Does q restate the quantity p right before it in other units: only a comma and an alternative between ("40
 * mph, or about 64 km/h", "600 km, roughly 370 miles"), or the noun p modifies and a comma ("a 70mph limit,
 * about 113km/h"), or q alone in brackets right after p ("8 km (5 miles)": it takes p's key, one statement with
 * it); one dimension that counts nothing, two units? */
static int restates(const sctx *c, const fl_qty *p, const fl_qty *q)
{
    size_t i = p->tok_end, first = qty_first(c, q), dl = strcspn(p->dim, ":/");
    if (i < first && noun_tag(c, i) && i + 1 < first && c->t[i + 1].kind == FL_TOK_PUNCT &&
        c->text[c->t[i + 1].start] == ',')
        i++; /* the head noun p premodifies, then the comma */
    if (strncmp(p->dim, q->dim, dl) != 0 || strcspn(q->dim, ":/") != dl || first < i || first > i + 2 || p->unit < 0 ||
        q->unit < 0 || p->unit == q->unit || fl_count_dimension(c->r, q->dim))
        return 0; /* "2 dead, 1 wounded" are two counts; a restatement is in another unit */
    if (i < first && c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ',')
        i++;
    if (i < first && fl_claims_role(c, i, FL_ROLE_OR))
        i++;
    if (i + 1 == first && bracket_at(c, i, '(') && q->tok_end < c->b && bracket_at(c, q->tok_end, ')'))
        return 1; /* a conversion's aside, the figure alone in brackets: "8 kilometres (5 miles) below the surface" */
    return i == first && first > p->tok_end;
}

/* A figure that restates the one before in other units ("40 mph, or about 64 km/h") measures what that one
 * measures, and nothing when that one measures nothing ("a 70mph limit, about 113km/h" is no speed of the
 * story's event either); an attribute that does not admit its unit is left to the figure's own reading. */
static void take_restated(const fl_knowledge *k, const measured *prev, const fl_qty *q, fl_claim *cl, size_t *trig,
                          size_t *np, size_t *npe)
{
    if (prev->family >= 0 && !admits(k, prev->family, q->dim))
        return;
    cl->family = prev->family;
    *trig = q->tok;
    *np = prev->np;
    *npe = prev->npe;
}

/* The item of a figure that restates the one before in other units: that one's, read from the words around it
 * ("8 kilometres (5 miles) below the surface": "below @surface"; "190 km (120 miles) away": where it was felt),
 * which the restatement stands between or apart from. Then notes the figure's item in now, for the next one. */
static void restated_item(const measured *taken, int restated, fl_claim *cl, measured *now)
{
    if (restated && taken->has_item && cl->family >= 0 && cl->family == taken->family) {
        free(cl->item);
        cl->item = fl_xstrdup(taken->item);
    }
    now->has_item = cl->item && strlen(cl->item) < sizeof now->item;
    if (now->has_item)
        strcpy(now->item, cl->item);
}

/* Does the clause of q count another kind of what q counts, a figure (digits or a number word) right before a
 * noun of another unit of q's dimension ("Two stewards and nine fans were taken to hospital")? Then q's kind is
 * a part of those the family counts, not all of them (same_kind). */
static int other_kind_counted(const sctx *c, const fl_qty *q)
{
    size_t used, f = qty_first(c, q), end = c->cb ? c->cb : c->b;
    for (size_t i = c->ca + 1; q->dim && i < end; i++) {
        if (i >= f && i <= q->tok_end)
            continue;
        if (c->t[i - 1].kind != FL_TOK_NUM && !number_word(c, i - 1))
            continue;
        int u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->b, i, &used);
        if (u >= 0 && u != q->unit && strcmp(c->k->units[u].dimension, q->dim) == 0)
            return 1;
    }
    return 0;
}

/* Does family fam count item as it counts its count unit ("residents" evacuated are the people evacuated)? */
static int same_kind(const fl_knowledge *k, int fam, const char *item)
{
    const fl_metric *me = &k->metrics[fam];
    for (size_t i = 0; i < me->nsame_kind; i++)
        if (strcmp(k->units[me->same_kind[i]].id, item) == 0)
            return 1;
    return 0;
}

/* The attribute of a claim and what it measures: the item a unit implies (bcm is gas), the family of the
 * nearest trigger that admits the unit (in the clause first), the trigger's noun-compound modifier as the
 * item ("soybean shipments"), in the singular, and a scope for families that need one. *trig is where the
 * trigger is. */
/* A trigger of several words that the figure interrupts: the word right before the figure (its qualifier
 * skipped) and the words after it ("forced about 4,000 people from their homes" is "forced from their
 * homes", the evacuated), unless a coordinator follows the figure. Its family when it admits the figure's
 * unit, else -1. */
static int wrapped_trigger(const sctx *c, const fl_qty *q)
{
    enum { WRAP_MAX = 8 };
    size_t p = q->tok;
    while (p > c->ca && c->t[p - 1].start >= q->qstart)
        p--;
    if (p <= c->ca || c->t[p - 1].kind != FL_TOK_WORD)
        return -1;
    fl_token tmp[WRAP_MAX];
    size_t n = 0, used;
    tmp[n++] = c->t[p - 1];
    for (size_t i = q->tok_end; i < c->cb && i < c->b && n < WRAP_MAX; i++)
        tmp[n++] = c->t[i];
    /* "killed nine workers and injured 23": a coordinated verb after the figure is a clause of its own */
    if (n < 2 || fl_phrases_at(&c->k->coordinators, c->text, tmp, n, 1, &used) >= 0)
        return -1;
    int m = fl_phrases_at(&c->k->triggers, c->text, tmp, n, 0, &used);
    return m >= 0 && used >= 2 && admits(c->k, m, q->dim) ? m : -1;
}

/* A trigger of several words that opens with the noun the figure counts ("1,450 jobs to go", "260 posts are
 * expected to go", "40 jobs lost"): the noun is the figure's unit, so no trigger search finds it. Its family when
 * it admits the figure's unit, else -1. */
static int noun_trigger(const sctx *c, const fl_qty *q)
{
    size_t used, end = c->cb && c->cb < c->b ? c->cb : c->b;
    if (q->kind != FL_QK_UNIT || q->tok_end <= q->tok + 1 || q->tok_end > end)
        return -1;
    int m = fl_phrases_at(&c->k->triggers, c->text, c->t, end, q->tok_end - 1, &used);
    return m >= 0 && used >= 2 && admits(c->k, m, q->dim) ? m : -1;
}

/* A participle of one word that is a family's trigger, premodifying the noun of a count that a definite article
 * opens ("The 1,640 evacuated households were told they might not return": evacuated households, as "1,640
 * households were evacuated" are): the article makes the count the whole set the participle names, whatever
 * its clause's verb says of them. Its family when it admits the figure's unit, else -1. Read only when no
 * trigger of the clause names a family (claim_attribute): "The 300 injured people were taken to hospital" stays
 * an admission. "The remaining 40 evacuated households", "Some 40 evacuated residents", "the 300 evacuated
 * residents of Elm Street" are parts of that set. */
static int participle_trigger(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *arts = fl_rules_lexicon(c->r, "articles"), *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    size_t f = qty_first(c, q), used;
    if (!p || !arts || q->kind != FL_QK_UNIT || !fl_count_dimension(c->r, q->dim) || f <= c->a || f <= c->ca ||
        !fl_lexicon_has_token(arts, c->text, &c->t[f - 1], 1) ||
        (indef && fl_lexicon_has_token(indef, c->text, &c->t[f - 1], 1)))
        return -1;
    if (q->tok_end < c->cb && (p->tags[q->tok_end - c->a] == FL_TAG_ADP || p->tags[q->tok_end - c->a] == FL_TAG_WH))
        return -1; /* "the 300 evacuated residents of Elm Street", "... who returned": a part of them */
    for (size_t i = q->tok + 1; i + 1 < q->tok_end; i++) {
        if (p->tags[i - c->a] != FL_TAG_VBN)
            continue;
        int m = fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, i, &used);
        if (m >= 0 && used == 1 && admits(c->k, m, q->dim)) {
            *at = i;
            return m;
        }
    }
    return -1;
}

/* Does trigger t name the whole of a percentage ("£9.8m, a margin of 7.9% of revenue", "fees of £30.3m, or 0.56% of
 * average assets": "of", determiners and adjectives, then the trigger, right after the percentage)? It says what
 * that share is of, not what the figures around it measure, nor the share itself: a share of the assets is no level
 * of them. */
static int share_whole_trigger(const sctx *c, const trigger *t)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t i = t->tok, used;
    while (i > c->a && (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i - 1, &used) >= 0 ||
                        (p && p->tags[i - 1 - c->a] == FL_TAG_ADJ && t->tok - i < 2)))
        i--;
    if (i < c->a + 2 || !fl_claims_role(c, i - 1, FL_ROLE_OF))
        return 0;
    size_t pct = i - 2; /* the "%", "percent" or "cent" of the percentage */
    const char *w = c->text + c->t[pct].start;
    size_t n = c->t[pct].end - c->t[pct].start;
    return (n == 1 && w[0] == '%') || (n == 4 && !strncasecmp(w, "cent", 4)) ||
           (n == 7 && !strncasecmp(w, "percent", 7));
}

/* Does trigger t stand in a prepositional phrase apposed to figure q, right after q and its comma ("108%, with
 * assets of £5.21bn")? The phrase adds another measure, with its own figure. */
static int apposed_phrase_trigger(const sctx *c, const fl_parse *p, const fl_qty *q, const trigger *t)
{
    size_t i = t->tok;
    while (i > q->tok_end && t->tok - i < 2 &&
           (p->tags[i - 1 - c->a] == FL_TAG_DET || p->tags[i - 1 - c->a] == FL_TAG_ADJ))
        i--;
    return i >= q->tok_end + 2 && i - 2 == q->tok_end && p->tags[i - 1 - c->a] == FL_TAG_ADP &&
           punct_is(c, q->tok_end, ',');
}

/* Does trigger t state its own figure, another than q, in an "of" phrase right after it ("41.2% of the adult
 * population of 1,000,700", "two deliveries of 5 litres", "income of £4.6m and spending of £3.9m": a hedge of up to
 * two words between; a currency sign before the number when q is an "of" phrase's too, or t's phrase is apposed
 * to q, apposed_phrase_trigger)? It says what that figure measures, not what the figures around it do. */
static int own_figure_trigger(const sctx *c, const fl_qty *q, const trigger *t)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t j = t->tok + t->ntok;
    if (!p || j + 1 >= c->b || !fl_claims_role(c, j, FL_ROLE_OF))
        return 0;
    for (size_t i = j + 1; i < c->b && i <= j + 3; i++) {
        if (c->t[i].kind == FL_TOK_PUNCT && i + 1 < c->b && c->t[i + 1].kind == FL_TOK_NUM &&
            c->t[i].end == c->t[i + 1].start && (after_of(c, q) || apposed_phrase_trigger(c, p, q, t)))
            i++; /* a currency sign set solid to its number, for a figure of an "of" phrase ("income of £4.6m and
                  * spending of £3.9m", "assets of £5.21bn against liabilities of £4.82bn"); a comparative keeps
                  * it ("costs of £3.9m (2024: £1.2m)", "(2025: £127.9m) after restructuring costs of £17.4m") */
        if (c->t[i].kind == FL_TOK_NUM)
            return !(i >= qty_first(c, q) && i < q->tok_end);
        int tag = p->tags[i - c->a];
        /* a determiner or a hedge ("of some", "of more than"), no phrase of its own ("cost of rebuilding at") */
        if (c->t[i].kind != FL_TOK_WORD ||
            !(tag == FL_TAG_DET || tag == FL_TAG_ADV || tag == FL_TAG_ADJ || (tag == FL_TAG_ADP && i > j + 1)))
            return 0;
    }
    return 0;
}

/* Has the figure q a trigger of a family that admits it before it in its own stretch of the sentence, after the last
 * clause boundary ("revenue up 7.8% to £128.5m")? */
static int stretch_trigger_before(const sctx *c, const fl_qty *q, const trigger *tr, size_t ntr)
{
    size_t f = qty_first(c, q), from = f;
    while (from > c->a && !boundary(c, from - 1))
        from--;
    for (size_t i = 0; i < ntr; i++)
        if (tr[i].tok >= from && tr[i].tok + tr[i].ntok <= f && admits(c->k, tr[i].metric, q->dim))
            return 1;
    return 0;
}

/* Is the trigger t, after the figure q and a comma, the subject of a verb of its own while a trigger before the
 * figure names it ("revenue up 7.8% to £128.5m, dividend raised": dividend is what was raised, not what the £128.5m
 * measures)? A figure with no trigger before it keeps the later one ("With 21.3 bcm of gas to China, deliveries to
 * China represent ..."). */
static int later_subject_trigger(const sctx *c, const fl_qty *q, const trigger *t, const trigger *tr, size_t ntr)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || t->tok < q->tok_end)
        return 0;
    int tc = p->clause_of[t->tok - c->a];
    if (tc < 0 || p->clauses[tc].verb < 0 || p->clauses[tc].subject < 0)
        return 0;
    const fl_np *np = &p->nps[p->clauses[tc].subject];
    if (t->tok - c->a < np->start || t->tok - c->a >= np->end || p->vgs[p->clauses[tc].verb].start < np->end ||
        c->a + np->start < q->tok_end)
        return 0;
    for (size_t i = q->tok_end; i < c->a + np->start; i++)
        if (c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ',')
            return stretch_trigger_before(c, q, tr, ntr);
    return 0;
}

/* Does a figure end at token e: a number, or a unit set solid to one ("5.21bn", "108%")? */
static int figure_end(const sctx *c, const fl_parse *ps, size_t e)
{
    return ps->tags[e - c->a] == FL_TAG_NUM ||
           (e > c->a && ps->tags[e - 1 - c->a] == FL_TAG_NUM && c->t[e - 1].end == c->t[e].start);
}

/* Where the noun phrase starts whose "of" phrase figure q is, when a preposition right after another figure (and
 * its comma) introduces it ("108%, with assets of £5.21bn against liabilities of £4.82bn"; not "revenue for the
 * year of £248.6m", whose "of" may be the noun's before it, nor "by September, with the loss of 340 jobs"): up
 * to four nouns, adjectives and determiners before the "of", a noun last, and no word of
 * claim_model.measures.amount_heads among them ("rose to a total of £5m" is an amount, which the trigger before it
 * names). SIZE_MAX when there is none. The figure measures that phrase's noun, and no trigger before it. */
static size_t prepositional_head(const sctx *c, const fl_parse *ps, const fl_qty *q)
{
    size_t of = qty_first(c, q) - 1, i = of, used;
    if (!ps || !after_of(c, q) || !noun_tag(c, of - 1))
        return SIZE_MAX;
    while (i > c->a + 1 && of - i < 4 &&
           (ps->tags[i - 1 - c->a] == FL_TAG_NOUN || ps->tags[i - 1 - c->a] == FL_TAG_ADJ ||
            ps->tags[i - 1 - c->a] == FL_TAG_DET))
        i--;
    size_t e = i - 2; /* the token before the preposition: a figure's, or a comma right after a figure's */
    if (i < c->a + 2 || ps->tags[i - 1 - c->a] != FL_TAG_ADP)
        return SIZE_MAX;
    if (punct_is(c, e, ',') && e > c->a)
        e--;
    if (!figure_end(c, ps, e))
        return SIZE_MAX;
    for (size_t j = i; j < of; j++)
        if (fl_phrases_at(&c->k->amount_heads, c->text, c->t, c->b, j, &used) >= 0)
            return SIZE_MAX;
    return i;
}

/* The triggers that may name what q measures, into keep (room for ntr): a verb right before a counted figure
 * that is an act or its open predicate (determiners between) governs it, so a trigger verb before that verb
 * is another verb phrase's ("injuring 23 people and damaging 140 homes": the homes are not injuries). A
 * linking verb keeps them: "was 35 per cent contained ... and had reached 61 per cent". Returns how many are
 * kept. */
static size_t own_triggers(const sctx *c, const fl_qty *q, const trigger *tr, size_t ntr, trigger *keep)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t p = qty_first(c, q), used, n = 0, at = SIZE_MAX;
    char pred[48];
    while (p > c->a && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, p - 1, &used) >= 0)
        p--;
    size_t gov = SIZE_MAX;
    if (ps && p > c->a && is_verb_tag(ps->tags[p - 1 - c->a]) &&
        (fl_phrases_at(&c->k->acts, c->text, c->t, c->b, p - 1, &used) >= 0 ||
         (fl_count_dimension(c->r, q->dim) && open_predicate(c, q, pred, sizeof pred, &at) && at == p - 1)))
        gov = p - 1;
    size_t head = prepositional_head(c, ps, q); /* "against liabilities of £4.82bn": no assets before it */
    for (size_t i = 0; i < ntr; i++)
        if ((gov == SIZE_MAX || tr[i].tok + tr[i].ntok - 1 >= gov || !is_verb_tag(ps->tags[tr[i].tok - c->a])) &&
            (head == SIZE_MAX || tr[i].tok >= head) && !share_whole_trigger(c, &tr[i]) &&
            !own_figure_trigger(c, q, &tr[i]) && !later_subject_trigger(c, q, &tr[i], tr, ntr))
            keep[n++] = tr[i];
    return n;
}

/* The token of the unit noun before "of" when the figure gives the size of its noun ("the ship's crew of 22":
 * crew), or SIZE_MAX. */
static size_t size_noun(const sctx *c, const fl_qty *q)
{
    size_t at;
    if (q->kind != FL_QK_UNIT || unit_before_of(c, q, &at) != q->unit)
        return SIZE_MAX;
    return at;
}

/* A count given as a whole set, after a whole marker (rules/subjects.json "whole-markers": "all 24 crew members
 * had been accounted for", "All 156 passengers were evacuated") or as the size of its noun ("the ship's crew of
 * 22"), of an item the possessed table lists, is its owner's whole complement whatever the verb or trigger: its
 * item becomes "CLASS:ITEM" ("carry:crew", as "had 22 crew") and its family the class's; returns 1. 0 for any
 * other figure. */
static int whole_set_count(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    size_t f = qty_first(c, q);
    int pc = q->kind == FL_QK_UNIT ? possessed_class_of(k, q->unit) : -1;
    if (pc < 0 || k->act_family < 0 || !fl_count_dimension(c->r, q->dim) || f <= c->ca)
        return 0;
    if (!fl_lexicon_has_token(fl_rules_lexicon(c->r, "whole-markers"), c->text, &c->t[f - 1], 1) &&
        size_noun(c, q) == SIZE_MAX)
        return 0;
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:%s", k->pred_classes[pc], item_class(k, k->units[q->unit].id));
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = act_family_of(k, k->pred_classes[pc]);
    return cl->family >= 0;
}

/* ---- durations: how long a state lasted (claim_model.states) ---- */

/* Does the verb group vg tell its state as still running ("has been shut", "have relied", "remains closed":
 * claim_model.running_spans among its words before its head)? Such a figure is the state's length so far, which a
 * later report updates, no final figure to compare. */
static int running_span(const sctx *c, const fl_parse *p, int vg)
{
    size_t used;
    if (vg < 0)
        return 0;
    for (size_t i = c->a + p->vgs[vg].start; i <= c->a + p->vgs[vg].head; i++)
        if (fl_phrases_at(&c->k->running_spans, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

/* The state class of the phrase of claim_model.states that starts in [lo, e) and ends right before e, -1 none;
 * *at its first token. */
static int state_before(const sctx *c, size_t lo, size_t e, size_t *at)
{
    size_t used;
    for (size_t i = lo; i < e; i++) {
        int s = fl_phrases_at(&c->k->states, c->text, c->t, c->b, i, &used);
        if (s >= 0 && i + used == e) {
            *at = i;
            return s;
        }
    }
    return -1;
}

/* The state whose length the time-span q in a "for" phrase gives ("was closed for nine hours", "ran on paper
 * for nearly 40 hours", "was suspended on Saturday for 23 minutes"): a state phrase that ends right before the
 * preposition, or that opens at the head of the verb group the phrase attaches to and ends before it; -1 none.
 * *running is set when the verb group tells the state as still running. */
static int state_of_span(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at, int *running)
{
    size_t f = qty_first(c, q), used;
    if (f <= c->ca + 1 || fl_phrases_at(&c->k->span_preps, c->text, c->t, c->b, f - 1, &used) < 0 || f - 1 + used != f)
        return -1;
    int vg = p ? p->vg_of[f - 2 - c->a] : -1, s = state_before(c, f - 1 > 4 ? f - 5 : c->ca, f - 1, at);
    if (s < 0 && p) {
        int np = fl_parse_np_of(p, f - c->a), pp = np >= 0 ? p->nps[np].pp : -1;
        vg = pp >= 0 && p->pps[pp].attach == FL_ATTACH_VERB ? p->pps[pp].host_vg : -1;
        if (vg < 0 || c->a + p->vgs[vg].head < c->ca)
            return -1;
        size_t h = c->a + p->vgs[vg].head;
        s = fl_phrases_at(&c->k->states, c->text, c->t, c->b, h, &used);
        if (s < 0 || h + used > f - 1)
            return -1;
        *at = h;
    }
    if (s >= 0 && *at < c->ca)
        return -1;
    *running = p && s >= 0 && running_span(c, p, vg >= 0 ? vg : p->vg_of[*at - c->a]);
    return s;
}

/* The state a time-span q premodifies names, as the head of its phrase ("an 11-day strike", "the four-minute
 * raid", "an 18-month renovation", after one adjective: "a 40-minute unplanned stoppage"); -1 none. The figure is
 * a premodifier only when joined to its unit by a hyphen; an age ("a 9-year-old girl") has no state for its head,
 * nor does a state that modifies another noun ("strike pay"). */
static int state_premodified(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    size_t used, i = q->tok_end;
    if (!p || i >= c->cb || !memchr(c->text + q->start, '-', q->end - q->start))
        return -1;
    if (i + 1 < c->cb && p->tags[i - c->a] == FL_TAG_ADJ)
        i++;
    int s = fl_phrases_at(&c->k->states, c->text, c->t, c->b, i, &used);
    if (s < 0 ||
        (i + used < c->b && (p->tags[i + used - c->a] == FL_TAG_NOUN || p->tags[i + used - c->a] == FL_TAG_PROPN)))
        return -1;
    *at = i;
    return s;
}

/* The state class named as event class ev ("strike": a stoppage is a strike's noun, a strike a state), -1 none. */
static int event_state_class(const fl_knowledge *k, int ev)
{
    return ev >= 0 && (size_t)ev < k->nevent_classes ? k->event_state[ev] : -1;
}

/* The state that the subject of q's clause names by its head ("The closure lasted nine hours", "the strike went on
 * for 11 days"), -1 none; *at its first token. */
static int state_subject(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    int s = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (p && (s < 0 || c->a + p->nps[s].start < c->ca))
        /* "It was shut for ten hours, police said, and the search lasted three hours": the first noun phrase of
         * the figure's clause, when the parse gives it another's subject */
        for (s = 0; s < (int)p->nnp && c->a + p->nps[s].start < c->ca; s++)
            ;
    if (!p || s >= (int)p->nnp || c->a + p->nps[s].head >= q->tok)
        return -1;
    size_t h = c->a + p->nps[s].head, used;
    for (size_t i = c->a + p->nps[s].start; i <= h; i++) {
        int st = fl_phrases_at(&c->k->states, c->text, c->t, c->b, i, &used);
        if (st < 0) /* "The stoppage lasted four hours": an event noun of a state's class */
            st = event_state_class(c->k, event_at(c, i, &used));
        if (st >= 0 && i + used == h + 1) {
            *at = i;
            return st;
        }
    }
    return -1;
}

/* The state a relative clause after a definite time-span names, the span being its length ("During the six days
 * the fault went unnoticed", "the nine hours (that) the road was closed", "the 40 hours when staff were without
 * power"): right after the figure, an optional relative word, a noun phrase and the clause's verb group, whose head
 * or the words right after it are a phrase of claim_model.states; -1 none, *at the state's first token. */
static int state_of_relative(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    size_t used, f = qty_first(c, q), i = q->tok_end;
    const fl_lexicon *arts = fl_rules_lexicon(c->r, "articles"), *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    if (!p || f <= c->a || i >= c->b || !fl_lexicon_has_token(arts, c->text, &c->t[f - 1], 1) ||
        fl_lexicon_has_token(indef, c->text, &c->t[f - 1], 1))
        return -1;
    if (fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, i, &used) >= 0)
        i += used;
    int np = i < c->b ? fl_parse_np_of(p, i - c->a) : -1;
    if (np < 0 || c->a + p->nps[np].start != i)
        return -1;
    i = c->a + p->nps[np].end;
    int vg = i < c->b ? p->vg_of[i - c->a] : -1;
    if (vg < 0 || c->a + p->vgs[vg].start != i)
        return -1;
    size_t h = c->a + p->vgs[vg].head;
    for (size_t j = c->a + p->vgs[vg].start; j <= h + 1 && j < c->b; j++) {
        int st = fl_phrases_at(&c->k->states, c->text, c->t, c->b, j, &used);
        if (st >= 0 && j + used >= h + 1 && j + used <= h + 3) {
            *at = j;
            return st;
        }
    }
    return -1;
}

/* The state (or time-span act) a time-span elapsed before the end of is the length of: the figure beside one of
 * claim_model.elapsed_words ("86 hours after the energy centre broke down", "reopened after 11 hours", "freed
 * three hours later") and a verb of claim_model.span_ends in the verb group of its clause or, with none, of the
 * clause it hangs off ("The heating came back on", "reopened", "was rescued"); NULL none, *at the verb. */
static const char *state_ended(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    size_t used, f = qty_first(c, q);
    if (!p || !k->nspan_end_classes ||
        !((f > c->a && fl_phrases_at(&k->elapsed_words, c->text, c->t, c->b, f - 1, &used) >= 0 && f - 1 + used == f) ||
          (q->tok_end < c->b && fl_phrases_at(&k->elapsed_words, c->text, c->t, c->b, q->tok_end, &used) >= 0)))
        return NULL;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? p->clauses[cl].verb : -1;
    if (vg < 0 && cl >= 0 && p->clauses[cl].parent >= 0)
        vg = p->clauses[p->clauses[cl].parent].verb;
    if (vg < 0)
        return NULL;
    size_t h = c->a + p->vgs[vg].head;
    for (size_t i = c->a + p->vgs[vg].start; i <= h && i < c->b; i++) {
        int e = fl_phrases_at(&k->span_ends, c->text, c->t, c->b, i, &used);
        int t = i + used < c->b && i + used != f ? p->tags[i + used - c->a] : FL_TAG_PUNCT;
        /* "were back on shore", "came back on Monday": a particle's object, no end of a state */
        if (e >= 0 && i + used > h && t != FL_TAG_NOUN && t != FL_TAG_PROPN && t != FL_TAG_DET && t != FL_TAG_NUM &&
            t != FL_TAG_PRON) {
            *at = i;
            return k->span_end_classes[e];
        }
    }
    return NULL;
}

/* The class of what lasts ("STATE" of claim_model.states, or an act class that claim_model.measured_acts lets key a
 * time-span: "in the water" is immerse) at token i, ending before e; NULL none. */
static const char *lasting_at(const sctx *c, size_t i, size_t e)
{
    size_t used;
    int s = i < e ? fl_phrases_at(&c->k->states, c->text, c->t, c->b, i, &used) : -1;
    if (s >= 0 && i + used <= e)
        return c->k->state_classes[s];
    int a = i < e ? fl_phrases_at(&c->k->acts, c->text, c->t, c->b, i, &used) : -1;
    return a >= 0 && i + used <= e && measured_act(c->k, a, "time-span") ? c->k->act_classes[a] : NULL;
}

/* The state a time-span was spent in, named right after its unit by one of claim_model.span_state_preps and at most
 * one determiner ("after 19 days on the picket line", "sixteen days on strike"); NULL none. */
static const char *state_after_span(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    size_t i = q->tok_end, used;
    if (i >= c->cb || fl_phrases_at(&k->span_state_preps, c->text, c->t, c->b, i, &used) < 0)
        return NULL;
    i += used;
    if (i < c->cb && fl_phrases_at(&k->determiners, c->text, c->t, c->b, i, &used) >= 0)
        i += used;
    size_t s_used;
    int s = i < c->cb ? fl_phrases_at(&k->states, c->text, c->t, c->b, i, &s_used) : -1;
    if (s < 0 || (i + s_used < c->cb && c->t[i + s_used].kind == FL_TOK_WORD && nominal(c, i + s_used)))
        return NULL; /* "on the strike fund": the state word modifies another noun */
    *at = i;
    return k->state_classes[s];
}

/* What a time-span that someone spent was spent in ("spent 22 minutes in the water", "spent three days trapped",
 * "the 22 minutes he spent in the water": claim_model.span_verbs, then a state or a time-span act right after
 * it); NULL none. */
static const char *state_spent(const sctx *c, const fl_qty *q, size_t *at)
{
    const fl_knowledge *k = c->k;
    size_t f = qty_first(c, q), used, v = SIZE_MAX;
    if (f > c->ca && fl_phrases_at(&k->span_verbs, c->text, c->t, c->b, f - 1, &used) >= 0 && f - 1 + used == f)
        v = q->tok_end;
    for (size_t i = q->tok_end; v == SIZE_MAX && i < c->cb && i <= q->tok_end + 3; i++)
        if (fl_phrases_at(&k->span_verbs, c->text, c->t, c->b, i, &used) >= 0)
            v = i + used; /* "the 22 minutes (that) he spent": a relative clause of the figure */
        else if (c->t[i].kind != FL_TOK_WORD)
            break;
    if (v == SIZE_MAX)
        return state_after_span(c, q, at);
    *at = v;
    return lasting_at(c, v, c->cb);
}

/* Is q's clause a relative clause of a noun whose own clause is yet to come ("Customers who were without power for
 * more than six hours will receive £75"): a condition that picks out whom a rule covers, no length of the story's
 * state? */
static int span_condition(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1;
    if (cl < 0 || p->clauses[cl].kind != FL_CLAUSE_REL)
        return 0;
    /* the relative clause's end is not marked ("who were ... six hours will receive"): the first verb group after
     * the figure, in it or its parent, is the noun's own */
    for (size_t v = 0; v < p->nvg; v++)
        if (c->a + p->vgs[v].start >= q->tok_end &&
            (p->vgs[v].clause == cl || p->vgs[v].clause == p->clauses[cl].parent))
            return p->vgs[v].tense == FL_TENSE_FUTURE || p->vgs[v].modal >= 0;
    return 0;
}

/* Does a phrase of claim_model.not_states cover the state word at token at ("a two-year sentence suspended for 18
 * months": a court's term, no suspension of play)? */
static int not_state(const sctx *c, size_t at)
{
    size_t used;
    for (size_t i = at > c->a + 3 ? at - 3 : c->a; i <= at; i++)
        if (fl_phrases_at(&c->k->not_states, c->text, c->t, c->b, i, &used) >= 0 && i + used > at)
            return 1;
    return 0;
}

static int person_subject(const sctx *c, const fl_qty *q);

/* The family of a state's length (claim_model attribute "of_state": duration), -1 none. */
static int of_state_family(const fl_knowledge *k)
{
    for (size_t i = 0; i < k->nmetrics; i++)
        if (k->metrics[i].of_state)
            return (int)i;
    return -1;
}

/* Does a time-span of no family and no state tell how long an event went on, as "The stoppage lasted four hours"
 * does: a hyphenated figure premodifying an event noun ("a four-hour stoppage", "the two-day fire": claim_model
 * events; "fire crews" is none), or a "for" phrase that opens the sentence before its clause's subject ("For four
 * days this month, shoppers were charged ..."), unless that subject is a person (a career: "For 20 years, she ran
 * the bakery") or the verb tells a span still running ("For years, the mill has ...")? *at: the event noun, or
 * the figure. */
static int event_span(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at)
{
    size_t used, i = q->tok_end, f = qty_first(c, q);
    if (!p || i >= c->cb)
        return 0;
    if (memchr(c->text + q->start, '-', q->end - q->start))
        return event_premodified(c, q, at) >= 0;
    if (f != c->a + 1 || fl_phrases_at(&c->k->span_preps, c->text, c->t, c->b, c->a, &used) < 0 || used != 1)
        return 0;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? p->clauses[cl].verb : -1;
    if (vg < 0 || c->a + p->vgs[vg].start < q->tok_end || running_span(c, p, vg) || person_subject(c, q))
        return 0;
    /* a perfect ("For 18 months, the pair had tried to enrol") tells a span up to a time, and a named subject ("For
     * 20 years, Holmes ...") may be a person's: neither is the story's event */
    const fl_lexicon *have = fl_rules_lexicon(c->r, "have-forms");
    for (size_t v = c->a + p->vgs[vg].start; v <= c->a + p->vgs[vg].head; v++)
        if (fl_lexicon_has_token(have, c->text, &c->t[v], 1))
            return 0;
    int np = fl_parse_subject(p, cl);
    if (np < 0 || p->tags[p->nps[np].head] == FL_TAG_PROPN)
        return 0;
    *at = q->tok;
    return 1;
}

/* The state class named as the event class of the event noun a hyphenated time-span q premodifies ("the 48-hour
 * stoppage": the event class strike, a state class too), NULL when that class is no state's ("the two-day fire"). */
static const char *event_state(const sctx *c, const fl_qty *q)
{
    size_t at;
    int s = event_state_class(c->k, event_premodified(c, q, &at));
    return s >= 0 ? c->k->state_classes[s] : NULL;
}

/* Is the state what of a time-span q, whose state word is at token at, a term of a holder state (subjects.json
 * "holder-states") that was not imposed: a word of "unimposed-terms" in the three words before the figure or its
 * state word, in its clause ("escapes four-year ban", "had sought a four-year ban", "faces a further three-year
 * ban", "pushed for a ban of four years")? */
static int unimposed_term(const sctx *c, const fl_qty *q, size_t at, const char *what)
{
    const fl_lexicon *held = fl_rules_lexicon(c->r, "holder-states"), *not = fl_rules_lexicon(c->r, "unimposed-terms");
    if (!fl_lexicon_has(held, what, strlen(what), 1) || !not )
        return 0;
    size_t e = qty_first(c, q) < at ? qty_first(c, q) : at;
    for (size_t i = e; i > c->ca && i + 3 >= e;) {
        i--;
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(not, c->text, &c->t[i], 1))
            return 1;
    }
    return 0;
}

/* Is time-span q the object of a verb of span-take-verbs (rules/time.json) that is its clause's finite verb, right
 * before the figure or one adverb before it ("The raid took seven minutes", "the search took nearly 40 hours")? Its
 * subject, when an event or state noun names it (state_subject), is what went on that long. Not with an object
 * between ("took crews 52 hours": the figure is no direct object), nor a verb of another clause. */
static int taken_span(const sctx *c, const fl_parse *p, const fl_qty *q)
{
    const fl_lexicon *take = fl_rules_lexicon(c->r, "span-take-verbs");
    size_t v = qty_first(c, q);
    if (!p || !take || v <= c->ca || v <= c->a || memchr(c->text + q->start, '-', q->end - q->start))
        return 0;
    v--;
    if (p->tags[v - c->a] == FL_TAG_ADV && v > c->ca && v > c->a)
        v--;
    int cl = fl_parse_clause_of(p, q->tok - c->a), vg = cl >= 0 ? p->clauses[cl].verb : -1;
    return c->t[v].kind == FL_TOK_WORD && fl_lexicon_has_token(take, c->text, &c->t[v], 1) && vg >= 0 &&
           p->vgs[vg].finite && c->a + p->vgs[vg].head == v;
}

/* Is time-span q how long it is since its clause's act was last done: "it was last serviced 14 months ago" (a word of
 * last-act-words among the verb group's words before its head, a word of ago-words right after the figure) or "the
 * machine had not been serviced for 18 months" (a negated perfect, the figure right after a "for" of span_preps)?
 * Both tell one measure of one thing, its time since the act, whichever way a report words it. Fills lemma with the
 * act's verb (not a linking verb, "have", or a speech verb) and *at with its head; 1 when so. Not a figure before the
 * verb, nor one of a verb with a modal ("will not be serviced for 18 months": a plan). */
enum { SINCE_MIN_DAYS = 28 }; /* the shortest time since an act compared across a story's reports: a month */

static int since_last_act(const sctx *c, const fl_parse *p, const fl_qty *q, size_t *at, char *lemma, size_t cap)
{
    const fl_lexicon *last = fl_rules_lexicon(c->r, "last-act-words"), *ago = fl_rules_lexicon(c->r, "ago-words"),
                     *have = fl_rules_lexicon(c->r, "have-forms");
    size_t f = qty_first(c, q), used;
    int cl = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cl >= 0 ? p->clauses[cl].verb : -1;
    if (vg < 0 || !last || !ago || !have || !p->vgs[vg].finite || p->vgs[vg].modal >= 0 ||
        memchr(c->text + q->start, '-', q->end - q->start))
        return 0;
    size_t a = c->a + p->vgs[vg].start, h = c->a + p->vgs[vg].head;
    if (h >= f || c->t[h].kind != FL_TOK_WORD || speech_verb(c, h))
        return 0;
    int lasted = 0, perfect = 0;
    if (a > c->ca && a > c->a && c->t[a - 1].kind == FL_TOK_WORD &&
        fl_lexicon_has_token(last, c->text, &c->t[a - 1], 1))
        a--; /* "was last serviced": the chunker may leave the adverb out of the group */
    for (size_t i = a; i < h; i++) {
        lasted |= c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(last, c->text, &c->t[i], 1);
        perfect |= c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(have, c->text, &c->t[i], 1);
    }
    int ago_after = q->tok_end < c->b && c->t[q->tok_end].kind == FL_TOK_WORD &&
                    fl_lexicon_has_token(ago, c->text, &c->t[q->tok_end], 1);
    int for_before = f > h + 1 && fl_phrases_at(&c->k->span_preps, c->text, c->t, c->b, f - 1, &used) >= 0 && used == 1;
    if (!(lasted && ago_after && !p->vgs[vg].neg) && !(p->vgs[vg].neg && perfect && for_before && !lasted))
        return 0;
    fl_claims_lemma_of(c, h, lemma, cap);
    if (!lemma[0] || linking_object(c, lemma) || fl_lexicon_has(have, lemma, strlen(lemma), 1))
        return 0;
    *at = h;
    return 1;
}

/* The length of a state that no family claims (a time-span), or that a family of a state's length (of_state) keys
 * with no state of its own: family act_family, item "STATE:time-span", so that
 * a closure is compared with a closure and never with the search or the outage of the same story. A state told
 * as still running ("has been shut for five hours") is left unkeyed: its later, longer figure is an update. */
static void state_duration(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    if (k->act_family < 0 || !k->nstate_classes || strncmp(q->dim, "time-span", 9) != 0)
        return;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t at = q->tok;
    const char *ended = cl->family < 0 ? state_ended(c, p, q, &at) : NULL;
    char since[56], lemma[48];
    size_t since_at = 0;
    /* the time since an act is counted back from the report's day (or the story's), which differs by days between
     * the reports of one story: only a span of a month or more is one measure across them */
    int last_act =
        !ended && cl->family < 0 && cl->lo >= SINCE_MIN_DAYS && since_last_act(c, p, q, &since_at, lemma, sizeof lemma);
    if (!ended && cl->family < 0 && !last_act && span_moment(c, q))
        return; /* "14 months ago" is a moment, unless it is the time since an act was last done */
    int running = 0, s = -1, fam = cl->family;
    if (cl->family >= 0 && !k->metrics[cl->family].of_state) {
        /* a family's trigger that is a state word too, right before "for N" ("the match was held up for half an
         * hour": a suspension, no schedule's delay): the state, the more specific, keys it */
        if (state_of_span(c, p, q, &at, &running) < 0 || at != *trig)
            return;
        cl->family = -1;
    }
    s = ended ? -1 : cl->family >= 0 ? state_subject(c, p, q, &at) : state_of_span(c, p, q, &at, &running);
    if (s < 0 && cl->family < 0 && !ended)
        s = state_premodified(c, p, q, &at);
    if (s < 0 && cl->family < 0 && !ended)
        s = state_of_relative(c, p, q, &at);
    if (s < 0 && cl->family < 0 && !ended && taken_span(c, p, q))
        s = state_subject(c, p, q, &at); /* "The raid took seven minutes", as "The raid lasted seven minutes" */
    const char *what = ended ? ended : s >= 0 ? k->state_classes[s] : cl->family < 0 ? state_spent(c, q, &at) : NULL;
    if (!what && cl->family < 0 && !running && last_act) {
        snprintf(since, sizeof since, "since-%s",
                 lemma); /* "last serviced 14 months ago", "not serviced for 18 months" */
        what = since;
        at = since_at;
    }
    if (!what && cl->family < 0 && !running && !span_condition(c, p, q) && event_span(c, p, q, &at)) {
        cl->family = of_state_family(k); /* "a four-hour stoppage" is how long the stoppage lasted */
        *trig = at;
        what = event_state(c, q); /* "the 48-hour stoppage" is the strike's length, as "a three-day strike" is */
        if (!what)
            return;
    }
    if (!what || running || span_condition(c, p, q) || not_state(c, at) || unimposed_term(c, q, at, what)) {
        cl->family = fam;
        return;
    }
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:time-span", what);
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = k->act_family;
    *trig = at;
}

/* The word of a phrase of list l that ends right before token e, past at most `most` words from the clause's start;
 * its first token, SIZE_MAX none. */
static size_t phrase_ending_before(const sctx *c, const fl_phrases *l, size_t e, size_t most, int *cls)
{
    size_t used;
    for (size_t back = 1; back <= most && e >= c->ca + back; back++) {
        int x = fl_phrases_at(l, c->text, c->t, c->b, e - back, &used);
        if (x >= 0 && used == back) {
            if (cls)
                *cls = x;
            return e - back;
        }
    }
    return SIZE_MAX;
}

/* The head of the subject of time-span q's clause when it names the terms of a court together: a "term-nouns" word
 * heads it and a "term-total-modifiers" word modifies it ("Total prison terms came to 52 years", "The gang's combined
 * sentences totalled 56 years"; rules/predicates.json), and its verb says what it came to (subject_came_to; not
 * "were cut by 2 years"); SIZE_MAX otherwise ("Halloran's sentence was 14 years": one defendant's). */
static size_t total_terms_subject(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *nouns = fl_rules_lexicon(c->r, "term-nouns"),
                     *mods = fl_rules_lexicon(c->r, "term-total-modifiers");
    int s = p && nouns && mods ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (s < 0)
        return SIZE_MAX;
    size_t a = c->a + p->nps[s].start, e = c->a + p->nps[s].end, head = e - 1;
    if (a < c->ca || e > qty_first(c, q) || c->t[head].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(nouns, c->text, &c->t[head], 1) || !subject_came_to(c, p, q, e))
        return SIZE_MAX;
    for (size_t i = a; i < head; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(mods, c->text, &c->t[i], 1))
            return head;
    return SIZE_MAX;
}

/* A court's total term (claim_model.term_totals): a time-span that a verb of term_verbs gives right before it, past
 * a word of term_totals and determiners ("were jailed for a total of 52 years", "sentenced to a combined 56 years in
 * prison"), or with the total word right after it ("jailed for 52 years in total"), is the term of the story's
 * defendants together, keyed as the act family with item "CLASS:time-span" (the act family's subject: the
 * document's event, whoever its clause names); so is one a subject of the court's terms together came to
 * (total_terms_subject). A word of term_not in its sentence ("faces up to", "a minimum
 * term of", "suspended", "must serve") makes it a maximum, a minimum or a suspended term: none. One
 * defendant's term ("Halloran was jailed for 14 years") has no total word: not keyed here. */
static void custody_total(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    size_t f = qty_first(c, q), used;
    int tot = -1;
    if (cl->family >= 0 || k->act_family < 0 || !k->nterm_total_classes || strcmp(q->dim, "time-span") != 0 ||
        memchr(c->text + q->start, '-', q->end - q->start))
        return;
    size_t j = phrase_ending_before(c, &k->term_totals, f, 3, &tot);
    if (j == SIZE_MAX) {
        j = f;
        tot = q->tok_end < c->cb ? fl_phrases_at(&k->term_totals, c->text, c->t, c->b, q->tok_end, &used) : -1;
    }
    while (tot >= 0 && j > c->ca && fl_phrases_at(&k->determiners, c->text, c->t, c->b, j - 1, &used) >= 0 && used == 1)
        j--;
    size_t v = tot >= 0 ? phrase_ending_before(c, &k->term_verbs, j, 5, NULL) : SIZE_MAX;
    if (v == SIZE_MAX && (v = total_terms_subject(c, q)) != SIZE_MAX)
        tot = 0; /* "Total prison terms came to 52 years": the first class of term_totals, the court's total */
    if (v == SIZE_MAX)
        return;
    for (size_t i = c->a; i < c->b; i++)
        if (fl_phrases_at(&k->term_not, c->text, c->t, c->b, i, &used) >= 0)
            return; /* "faces up to 30 years in total", "a minimum term of", "..., suspended for two years" */
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:time-span", k->term_total_classes[tot]);
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = k->act_family;
    *trig = v;
}

/* One defendant's term (the attribute marked "terms"): a time-span right after a verb of claim_model.term_verbs,
 * past determiners ("Halloran was jailed for 14 years", "was sentenced to six years"), the verb the head of its
 * clause's verb group and that clause's subject a phrase headed by a name ("Ferncliffe pension thief" is none), no
 * other name between it and the figure ("Smith was jailed for six years and Jones for four": Jones's is not Smith's);
 * the subject keys it. A sentence with a word of term_not (a maximum, a minimum, parole, a suspended term) or of
 * term_totals (the defendants' total, custody_total) gives none. */
static void one_term(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    const fl_parse *p = fl_claims_parse_of(c);
    size_t j = qty_first(c, q), used;
    if (cl->family >= 0 || k->term_family < 0 || !p || strcmp(q->dim, "time-span") != 0 ||
        memchr(c->text + q->start, '-', q->end - q->start))
        return;
    while (j > c->ca && fl_phrases_at(&k->determiners, c->text, c->t, c->b, j - 1, &used) >= 0 && used == 1)
        j--;
    size_t v = phrase_ending_before(c, &k->term_verbs, j, 5, NULL);
    int cls = v != SIZE_MAX ? fl_parse_clause_of(p, v - c->a) : -1, vg = cls >= 0 ? fl_parse_verb(p, cls) : -1,
        s = cls >= 0 ? fl_parse_subject(p, cls) : -1;
    if (vg < 0 || s < 0 || c->a + p->vgs[vg].head != v || c->a + p->nps[s].end > v)
        return;
    int named = fl_claims_name_word(c, c->a + p->nps[s].head); /* "Ferncliffe pension thief": a place's, no name */
    for (size_t i = c->a + p->nps[s].end; i < j; i++)
        if (fl_claims_name_word(c, i))
            return; /* "Smith was jailed for six years and Jones for four" */
    for (size_t i = c->a; named && i < c->b; i++)
        if (fl_phrases_at(&k->term_not, c->text, c->t, c->b, i, &used) >= 0 ||
            fl_phrases_at(&k->term_totals, c->text, c->t, c->b, i, &used) >= 0)
            return;
    if (!named)
        return;
    cl->family = k->term_family;
    *trig = v;
}

/* A measured act that governs a length, mass, volume or duration (measured_act_attribute: "About 40,000 litres of
 * solution leaked from a storage tank") is nearer to it than a family's trigger elsewhere in its clause
 * ("storage"), as an act is for a count: the act keys it then. */
static void measured_act_nearer(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    if (*trig == q->tok || k->act_family < 0 || !k->nmeasured_acts || fl_count_dimension(c->r, q->dim))
        return;
    int fam = cl->family;
    size_t at = q->tok;
    char *item = cl->item;
    cl->item = fl_xstrdup(item);
    cl->family = -1;
    measured_act_attribute(c, cl, q, &at);
    if (cl->family >= 0 && dist(at, q->tok) < dist(*trig, q->tok)) {
        *trig = at;
        free(item);
        return;
    }
    free(cl->item);
    cl->item = item;
    cl->family = fam;
}

/* Is relation class cls one whose length is where along a route an event happened (frames.event_relations:
 * "about 9 km into the stage"), and does the figure's clause tell no event by an event verb ("About 5 km into the
 * race she led": where she led; "found a second leak 20 km into the section": another event's place)? */
static int route_without_event(const sctx *c, int cls)
{
    const fl_knowledge *k = c->k;
    size_t used, end = c->cb ? c->cb : c->b;
    if (!k->relation_event[cls])
        return 0;
    for (size_t i = c->ca; i < end; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_event_verb_at(k, c->text, c->t, c->b, i, &used) >= 0)
            return 0;
    return 1;
}

/* A length that no family claims, related to a reference by the words around it (extract/frames.c: "15 km from
 * the lighthouse", "30 metres above the ground", "within 3 miles of the plant"): the relation class's family, a
 * scoped one reading its scope as any distance does, another with item "<relation> @<reference>". */
static void relation_attribute(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *trig)
{
    const fl_knowledge *k = c->k;
    fl_frame_sentence s = {c->text, c->t, c->a, c->b, fl_claims_parse_of(c)};
    fl_buf ref = {0};
    size_t first = qty_first(c, q);
    int before = first > c->a ? fl_claims_prep_role(c, first - 1) : -1;
    /* "fell to 40 metres below its rim": a level a change reaches, no measure */
    int cls = s.p && strcmp(q->dim, "length") == 0 && before != FL_PREP_TO && before != FL_PREP_FROM
                  ? fl_frame_relation(k, &s, first, q->tok_end, &ref)
                  : -1;
    int fam = cls >= 0 && !route_without_event(c, cls) ? k->relation_family[cls] : -1;
    if (fam >= 0 && admits(k, fam, q->dim)) {
        cl->family = fam;
        *trig = q->tok;
        if (!k->metrics[fam].scoped) {
            fl_buf it = {0};
            fl_buf_printf(&it, "%s @%.*s", k->relation_classes[cls], (int)ref.len, ref.ptr);
            free(cl->item);
            cl->item = fl_buf_take(&it);
        }
    }
    fl_buf_free(&ref);
}

/* The severity class (claim_model.severities) of a word in the window [from, to) of the figure's clause, which
 * ends at punctuation or another number; -1 none. */
static int severity_in(const sctx *c, size_t from, size_t to)
{
    size_t used;
    for (size_t i = from; i < to && i < c->b && (!c->cb || i < c->cb); i++) {
        if (c->t[i].kind == FL_TOK_PUNCT || c->t[i].kind == FL_TOK_NUM)
            return -1;
        int sev = fl_phrases_at(&c->k->severity_words, c->text, c->t, c->b, i, &used);
        if (sev >= 0)
            return sev;
    }
    return -1;
}

/* "Nine people were seriously injured", "three with minor injuries", "two critically hurt people": a severity
 * word next to the figure's trigger (two words before it, or the word after it: "hurt badly"), or within three
 * words after the figure when it is its own trigger, names a part of the count: its item is "class:item", a part
 * that never meets the whole ("Thirty-one people were injured"). Counts of a family only; an act's item keeps
 * its own form. */
static void severity_part(const sctx *c, fl_claim *cl, const fl_qty *q, size_t trig)
{
    if (cl->family < 0 || !c->k->nseverities || strchr(cl->item, ':') || !fl_count_dimension(c->r, q->dim))
        return;
    size_t a = trig == q->tok ? q->tok_end : trig >= c->ca + 2 ? trig - 2 : c->ca;
    if (a < q->tok_end && trig > q->tok)
        a = q->tok_end; /* not the figure's own words */
    int sev = trig > q->tok ? severity_in(c, a, trig + 1) : -1;
    if (sev < 0)
        sev = trig == q->tok ? severity_in(c, q->tok_end, q->tok_end + 3) : severity_in(c, trig + 1, trig + 2);
    if (sev < 0)
        return;
    fl_buf b = {0};
    fl_buf_printf(&b, "%s:%s", c->k->severities[sev], cl->item);
    free(cl->item);
    cl->item = fl_buf_take(&b);
}

/* The kind of person a noun before token j names as a part of a count of people ("Pedestrian deaths", "Cyclist
 * casualties", "child casualties"): token j - 1 a person noun (person_noun_at), not a generic one ("people"); its
 * singular in out; token j - 1 not before token from. */
static int population_before(const sctx *c, size_t from, size_t j, char *out, size_t cap)
{
    size_t used;
    if (j <= from || !person_noun_at(c, j - 1) ||
        fl_phrases_at(&c->k->generic_counts, c->text, c->t, c->b, j - 1, &used) >= 0)
        return 0;
    const fl_token *t = &c->t[j - 1];
    fl_noun_singular(c->r, c->text + t->start, t->end - t->start, out, cap);
    for (char *o = out; *o; o++)
        *o = (char)fl_ascii_lower((unsigned char)*o);
    return out[0] != 0;
}

/* The kind of person the whole of a part clause before q names ("Cyclist casualties numbered 512, of whom 9 were
 * killed": the nine are cyclists): q right after "of whom" or "of which" (table-subrows) after a comma, and a noun
 * phrase of the sentence before that comma whose head a person noun premodifies (population_before). */
static int population_of_whole(const sctx *c, const fl_qty *q, char *out, size_t cap)
{
    size_t f = qty_first(c, q), comma = f;
    while (comma > c->a && comma + 3 > f && !punct_is(c, comma, ','))
        comma--;
    if (comma <= c->a || comma + 3 < f || !punct_is(c, comma, ',') || !part_clause(c, comma + 1))
        return 0;
    const fl_parse *p = fl_claims_parse_of(c);
    for (size_t j = c->a + 1; p && j < comma; j++)
        if (p->tags[j - c->a] == FL_TAG_NOUN && population_before(c, c->a, j, out, cap))
            return 1;
    return 0;
}

/* A count of people that names the kind of person it counts before its family's trigger noun ("Pedestrian deaths
 * rose to 14"; not a verb's subject: "Police evacuated 412 residents") or before its whole ("Cyclist casualties
 * numbered 512, of whom 9 were killed") counts a part of the people the family counts: its item is "kind:item", a part
 * that never meets the whole ("Deaths numbered 61"). */
static void population_part(const sctx *c, fl_claim *cl, const fl_qty *q, size_t trig)
{
    const fl_knowledge *k = c->k;
    char kind[48];
    int u = cl->family >= 0 ? k->metrics[cl->family].count_unit : -1;
    if (u < 0 || strcmp(k->units[u].dimension, "people") != 0 || strchr(cl->item, ':') ||
        !fl_count_dimension(c->r, q->dim))
        return;
    const fl_parse *p = fl_claims_parse_of(c);
    int noun = p && trig >= c->a && trig < c->b && trig != q->tok && p->tags[trig - c->a] == FL_TAG_NOUN;
    if (!(noun && population_before(c, c->ca, trig, kind, sizeof kind)) &&
        !population_of_whole(c, q, kind, sizeof kind))
        return;
    fl_buf b = {0};
    fl_buf_printf(&b, "%s:%s", kind, cl->item);
    free(cl->item);
    cl->item = fl_buf_take(&b);
}

/* The family (claim_model attribute "rates") whose counted kind is item, for a figure of dimension dim that is a rate
 * of a count ("people/year": "900,000 visitors a year", "25,000 passengers a day"); -1 none, or not a rate. */
static int rate_family(const fl_knowledge *k, const char *item, const char *dim)
{
    const char *slash = strchr(dim, '/');
    if (!slash || !item[0])
        return -1;
    for (size_t m = 0; m < k->nmetrics; m++) {
        const fl_metric *me = &k->metrics[m];
        if (me->rates && me->count_unit >= 0 && strcmp(k->units[me->count_unit].id, item) == 0 &&
            admits(k, (int)m, dim))
            return (int)m;
    }
    return -1;
}

/* A generic item ("1,800 people") of a family that counts one kind ("employ 1,800 people": workers) is that kind;
 * so is a kind the family counts as it (same_kind: residents evacuated), unless its clause counts another kind
 * (other_kind_counted). */
static void generic_as_kind(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    if (cl->family >= 0 && k->metrics[cl->family].count_unit >= 0 &&
        (fl_phrases_word(&k->generic_items, cl->item, strlen(cl->item)) >= 0 ||
         (same_kind(k, cl->family, cl->item) && !other_kind_counted(c, q)))) {
        free(cl->item);
        cl->item = fl_xstrdup(k->units[k->metrics[cl->family].count_unit].id);
    }
}

/* A metric family's count of things, not people, whose noun has a class in rules/predicates.json "item_classes"
 * takes the class as its item, as an act's count does (counted_class): "380 households have been evacuated"
 * meets "around 280 homes had been evacuated". Not a count of people (a family that counts persons keeps its
 * kinds of people apart: claim_model same_counts says which it joins), nor a noun the document contrasts with
 * another of its class. */
static void family_item_class(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    if (cl->family < 0 || cl->family == k->act_family || !q->dim || strcmp(q->dim, "people") == 0 ||
        !fl_count_dimension(c->r, q->dim) || !cl->item[0])
        return;
    const char *what = item_class(k, cl->item);
    if (strcmp(what, cl->item) == 0 || contrasted_member(c, cl->item))
        return;
    free(cl->item);
    cl->item = fl_xstrdup(what);
}

/* A count of a family that is an act's count (claim_model attribute "as_act": "1,540 redundancies", "made 300
 * staff redundant", "1,450 jobs to go") is keyed as that act on what it counts, "cut:worker", as "cut 1,540 jobs"
 * and "150 staff would lose their jobs" are: one attribute in all its wordings. A count of another kind than the
 * family counts ("the loss of 40 homes") is none of its: the family is dropped, and the act or predicate of its
 * clause keys it. */
static void family_as_act(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    if (cl->family < 0 || !k->metrics[cl->family].as_act || k->act_family < 0 || !fl_count_dimension(c->r, q->dim))
        return;
    const fl_metric *me = &k->metrics[cl->family];
    const char *what = item_class(k, cl->item);
    if (me->count_unit >= 0 && strcmp(what, item_class(k, k->units[me->count_unit].id)) != 0) {
        cl->family = -1;
        return;
    }
    fl_buf it = {0};
    fl_buf_printf(&it, "%s:%s", me->as_act, what);
    free(cl->item);
    cl->item = fl_buf_take(&it);
    cl->family = act_family_of(k, me->as_act);
}

/* Drops from tr[0, n) the triggers of a family keyed as an act (as_act) that counts another kind than cl's item:
 * "the loss of the 800,000 visitors" is no job loss, and the visitors' own trigger names them. Returns how many
 * are kept. */
static size_t counted_kind_triggers(const fl_knowledge *k, const fl_claim *cl, trigger *tr, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const fl_metric *me = &k->metrics[tr[i].metric];
        if (me->as_act && me->count_unit >= 0 && cl->item[0] &&
            fl_phrases_word(&k->generic_items, cl->item, strlen(cl->item)) < 0 &&
            strcmp(item_class(k, cl->item), item_class(k, k->units[me->count_unit].id)) != 0)
            continue;
        tr[kept++] = tr[i];
    }
    return kept;
}

/* Appends the word at token i to b in ASCII lower case, after a space when b holds words already. */
static void put_lower_word(fl_buf *b, const sctx *c, size_t i)
{
    if (b->len)
        fl_buf_putc(b, ' ');
    for (size_t x = c->t[i].start; x < c->t[i].end; x++)
        fl_buf_putc(b, (char)fl_ascii_lower((unsigned char)c->text[x]));
}

/* The place a figure set off after it by a comma is of, when nothing after the figure names one: "the nearest
 * branch is in Ashcott, 12 miles away" (the capitalised name right before the comma, lowercased); NULL none. */
static char *scope_apposed(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), i = f >= c->a + 1 ? f - 1 : f, e;
    if (!p || f < c->a + 2 || c->t[i].kind != FL_TOK_PUNCT || c->text[c->t[i].start] != ',')
        return NULL;
    for (e = i; i > c->a && i + 4 > e && c->t[i - 1].kind == FL_TOK_WORD && p->tags[i - 1 - c->a] == FL_TAG_PROPN;)
        i--;
    if (i == e || (i > c->a && c->t[i - 1].kind == FL_TOK_WORD && p->tags[i - 1 - c->a] == FL_TAG_PROPN))
        return NULL; /* no name, or a longer one than a place's */
    fl_buf b = {0};
    for (size_t j = i; j < e; j++)
        put_lower_word(&b, c, j);
    return fl_buf_take(&b);
}

/* Does noun phrase np stand as a thing of its own before a comma: its clause's subject, or the object of a
 * preposition a noun's phrase takes (chained right after another's object), not after a bearing or a figure
 * (apposed_place)? */
static int thing_of_its_own(const sctx *c, const fl_parse *p, int np)
{
    int pp = p->nps[np].pp;
    if (pp < 0)
        return fl_parse_subject(p, p->nps[np].clause) == np;
    size_t prep = c->a + p->pps[pp].prep;
    int host = p->pps[pp].host_np;
    /* a second preposition right after the first one's object takes that object ("from a control point at the
     * car park"), whatever the attachment guess says */
    int chained = host >= 0 && p->nps[host].pp >= 0 && c->a + p->nps[host].end == prep;
    if ((p->pps[pp].attach != FL_ATTACH_NP && !chained) || prep <= c->a)
        return 0;
    const fl_lexicon *compass = fl_rules_lexicon(c->r, "compass-points");
    return !(compass && c->t[prep - 1].kind == FL_TOK_WORD &&
             fl_lexicon_has_token(compass, c->text, &c->t[prep - 1], 1)) &&
           fl_parse_quantity_of(p, prep - 1 - c->a) < 0;
}

/* The named place a distance set off after it by a comma describes, when the figure's scope is a place after it:
 * "a forward control point at the Hollins Ridge car park, 2.5 km from the campsite" is the car park's distance
 * from the campsite, not how far the story's event was from it ("hollins ridge car park"). The phrase right
 * before the comma must name a place: a common noun with a name before it, or a name that is no day or month
 * ("on 20 July, 6.2 km from the campsite" is when, and "in a gully, five miles from the campsite" where the
 * event was). And it must be a thing of its own: the clause's subject ("The car park, 2.5 km from ..."), or the
 * object of a preposition that a noun's phrase takes ("from a control point at the car park"); one the verb takes is
 * where the event was ("was centered in Geyserville, about 20 miles north of Santa Rosa"), and one after a way
 * or a figure the scope of another distance ("two miles northeast of The Geysers, four miles west of Cobb").
 * NULL none (the place's name, lowercased, determiners left out, when there is one). */
static char *apposed_place(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q), used;
    if (!p || f < c->a + 2 || c->t[f - 1].kind != FL_TOK_PUNCT || c->text[c->t[f - 1].start] != ',')
        return NULL;
    int np = fl_parse_np_of(p, f - 2 - c->a);
    if (np < 0 || c->a + p->nps[np].end != f - 1 || !thing_of_its_own(c, p, np))
        return NULL;
    size_t a = c->a + p->nps[np].start, h = c->a + p->nps[np].head;
    int named = 0;
    for (size_t j = a; j < f - 1; j++) {
        if (c->t[j].kind != FL_TOK_WORD || fl_phrases_at(&c->k->months, c->text, c->t, c->b, j, &used) >= 0 ||
            fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, j, &used) >= 0)
            return NULL;
        named |= p->tags[j - c->a] == FL_TAG_PROPN;
    }
    if (!named || (p->tags[h - c->a] != FL_TAG_NOUN && p->tags[h - c->a] != FL_TAG_PROPN))
        return NULL;
    fl_buf b = {0};
    for (size_t j = a; j < f - 1; j++)
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) < 0)
            put_lower_word(&b, c, j);
    return fl_buf_take(&b);
}

/* The family of claim cl's figure q that amount_of_thing gives; a rating's item is none ("18 MW of boilers": as "the
 * 18 MW boilers" has, with no act). */
static int thing_amount(const sctx *c, fl_claim *cl, const fl_qty *q, size_t *np, size_t *npe)
{
    int fam = amount_of_thing(c, q, np, npe);
    if (fam >= 0 && fam != c->k->amount_family) {
        free(cl->item);
        cl->item = fl_xstrdup("");
    }
    return fam;
}

/* Does the trigger at trig stand by the figure: its verb right before it (two words at most: "ran out 8 km") or the
 * word right after it ("the 8 km run-out")? */
static int near_trigger(const sctx *c, const fl_qty *q, size_t trig)
{
    size_t f = qty_first(c, q);
    return (trig < f && trig + 2 >= f) || trig == q->tok_end;
}

/* A count's item is its unit's id unless the claim model names the item the unit stands for ("lives" are
 * persons). */
static void unit_item(const fl_knowledge *k, fl_claim *cl, const fl_qty *q)
{
    if (q->kind == FL_QK_UNIT && q->unit >= 0 && k->unit_item[q->unit] &&
        (!cl->item[0] || strcmp(cl->item, k->units[q->unit].id) == 0)) {
        free(cl->item);
        cl->item = fl_xstrdup(k->unit_item[q->unit]);
    }
}

static int share_family(const sctx *c, fl_claim *cl, const fl_qty *q);
static int share_subject(const sctx *c, fl_claim *cl, const fl_qty *q);

static void claim_attribute(const sctx *cw, fl_claim *cl, const fl_qty *q, const trigger *tr, size_t ntr,
                            const mention *m, size_t nm, size_t *trig, size_t *np, size_t *npe)
{
    const fl_knowledge *k = cw->k;
    char agent[48];
    size_t agent_at;
    unit_item(k, cl, q);
    /* a unit that names what is counted comes first: "claimed nineteen lives", "17 dead", "won 37 seats" */
    cl->family = -1;
    if (whole_set_count(cw, cl, q))
        *trig = q->tok;
    else if ((cl->family = tally_family(cw, q, np, npe)) >= 0)
        *trig = q->tok; /* "passed by 31 votes to 22": the votes for, and against; "won by 29 votes": the margin */
    else if (q->kind == FL_QK_UNIT && q->unit >= 0 && k->unit_family && k->unit_family[q->unit] >= 0 &&
             admits(k, k->unit_family[q->unit], q->dim) && !count_premodifier(cw, q)) {
        cl->family = k->unit_family[q->unit];
        *trig = q->tok;
    } else if ((cl->family = transfer_family(cw, q)) >= 0) {
        *trig = q->tok; /* "sent 14 people to hospital": where the verb moves them says what they are */
    } else if ((cl->family = possessed_family(cw, q)) >= 0) {
        *trig = q->tok;
        possessor_span(cw, q, np, npe); /* "the plant's 340 workers": the plant's workforce */
    } else if (owned_stock(cw, q) || agent_predicate(cw, q, agent, sizeof agent, &agent_at))
        cl->family = -1; /* "Its 150 kennels": the possessor's stock, whatever its clause's words; "a paper sat by
                          * 268,400 pupils": what they did, whatever triggers the sentence holds */
    else if ((cl->family = average_level(cw, cl, q)) >= 0 || (cl->family = measure_structure(cw, q, np, npe)) >= 0)
        *trig = q->tok; /* "the average trip covers 3.4 km", or what the structure around it says */
    else if ((cl->family = share_family(cw, cl, q)) >= 0 || (cl->family = wrapped_trigger(cw, q)) >= 0 ||
             (cl->family = noun_trigger(cw, q)) >= 0 || (cl->family = level_of_first(cw, cl, q, tr, ntr)) >= 0 ||
             (cl->family = put_level(cw, cl, q)) >= 0)
        *trig = q->tok;
    else {
        trigger *own = ntr ? fl_xmalloc(ntr * sizeof *own) : NULL;
        size_t nown = own_triggers(cw, q, tr, ntr, own);
        nown = counted_kind_triggers(k, cl, own, nown);
        if ((cl->family = family_of(k, own, nown, q, cw->ca, cw->cb, 0, trig)) < 0 &&
            (cl->family = participle_trigger(cw, q, trig)) >= 0)
            ; /* "the 1,640 evacuated households were told": evacuated */
        else if (cl->family < 0 && (cl->family = measure_weak(cw, q, np, npe)) >= 0)
            *trig = q->tok;
        else if (cl->family < 0 && (cl->family = label_trigger_family(cw, own, nown, q, trig)) < 0 &&
                 !governed(cw, q) && !labelled_whole(cw, q))
            /* none in its clause: one elsewhere in the sentence, unless a verb of its own clause governs it
             * ("buried eleven skiers, killing two of them"; "linked to 21 crashes, in which four were hurt") or it
             * is a label line's figure before a clause about its part (labelled_whole) */
            cl->family = family_of(k, own, nown, q, cw->ca, cw->cb, 1, trig);
        free(own);
    }
    generic_as_kind(cw, cl, q);
    family_as_act(cw, cl, q);
    /* an act that governs the figure ("would eliminate 37 posts") is nearer to it than a family's trigger
     * elsewhere in its clause ("... rather than layoffs") */
    size_t act_at;
    if (cl->family >= 0 && *trig != q->tok && k->act_family >= 0 && fl_count_dimension(cw->r, q->dim) &&
        act_of(cw, q, &act_at) >= 0 && dist(act_at, q->tok) < dist(*trig, q->tok))
        cl->family = -1;
    family_item_class(cw, cl, q);
    if (cl->family < 0 && (cl->family = rate_family(k, cl->item, q->dim)) >= 0)
        *trig = q->tok; /* "receives 900,000 visitors a year": a rate of what a family counts */
    if (cl->family < 0)
        act_attribute(cw, cl, q, trig);
    else
        measured_act_nearer(cw, cl, q, trig);
    state_duration(cw, cl, q, trig); /* a state's length: "closed for nine hours", "the closure lasted" */
    custody_total(cw, cl, q, trig);  /* "jailed for a total of 52 years": the defendants' term together */
    one_term(cw, cl, q, trig);       /* "Halloran was jailed for 14 years": his term */
    if (cl->family < 0 || (*trig != q->tok && !near_trigger(cw, q, *trig)))
        /* a relation to a place right after a length is its structure, before a trigger away from it: "The order
         * covered homes within 1.5 kilometres of the plant" is a radius, no distance covered */
        relation_attribute(cw, cl, q, trig);
    if (cl->family < 0 && (cl->family = thing_amount(cw, cl, q, np, npe)) >= 0)
        *trig = q->tok; /* no act nor family: "stained 2.5 km of the brook" is the brook's extent */
    char level[96];
    int definite;
    if (cl->family < 0 && (cl->family = named_level(cw, q, level, sizeof level, &definite)) >= 0) {
        *trig = q->tok; /* no act nor family: "the recycling rate was 45.8%" is a level the phrase names */
        free(cl->item);
        cl->item = fl_xstrdup(level);
        cl->definite = (int8_t)definite; /* read by claim_time_marks */
    }
    open_measured_attribute(cw, cl, q, trig);
    cl->src = cl->dst = -1;
    cl->subject_how = "";
    /* the word before a trigger right after the figure is the figure's own unit ("20 miles north of"), no
     * modifier of the trigger: a distance in miles and one in kilometres are one attribute */
    if (cl->family >= 0 && !cl->item[0] && *trig != q->tok && *trig != q->tok_end) {
        char *mod = modifier_item(cw, m, nm, *trig);
        if (mod) {
            free(cl->item);
            cl->item = mod;
        }
    }
    singular_item(cw->r, cl->item);
    counted_class(cw, cl);
    severity_part(cw, cl, q, *trig);
    population_part(cw, cl, q, *trig);
    if (cl->family >= 0 && k->metrics[cl->family].scoped) {
        char *scope = scope_reach(cw, q), *place = NULL;
        if (!scope && (scope = scope_after(cw, q, cw->cb)) != NULL && scope[0] && !cl->item[0])
            place = apposed_place(cw, q);
        if (!scope || !scope[0]) {
            free(scope);
            scope = scope_apposed(cw, q);
        }
        fl_buf it = {0};
        fl_buf_puts(&it, place ? place : cl->item);
        free(place);
        fl_buf_puts(&it, " @");
        fl_buf_puts(&it, scope ? scope : "");
        free(scope);
        free(cl->item);
        cl->item = fl_buf_take(&it);
        if (cl->item[strlen(cl->item) - 1] == '@')
            cl->family = -1; /* no scope: nothing to compare it with */
    }
}

/* Is the act of item "ACT:WHAT" a class the tables name (claim_model.acts, predicates.classes), not a bare lemma? */
static int known_act(const fl_knowledge *k, const char *item)
{
    size_t n = strcspn(item, ":");
    for (size_t i = 0; i < k->nact_classes; i++)
        if (strlen(k->act_classes[i]) == n && memcmp(k->act_classes[i], item, n) == 0)
            return 1;
    for (size_t i = 0; i < k->npred_classes; i++)
        if (strlen(k->pred_classes[i]) == n && memcmp(k->pred_classes[i], item, n) == 0)
            return 1;
    return 0;
}

/* The parties of a claim of family cl->family (parties), and, for a count of a family between two parties that
 * names neither ("100 firefighters and 15 engines were deployed", "The blaze displaced 230 residents": troops
 * and refugees, from one country to another), the act its clause tells instead (act_attribute: "deploy" is
 * "present", at the scene, as "were at the scene" is), when the clause names one the tables know; else the
 * family stays, with its parties incomplete. */
static void claim_parties(const sctx *c, const mention *m, size_t nm, fl_claim *cl, size_t trig, const fl_qty *q)
{
    parties(c, m, nm, cl->family, trig, q->tok, &cl->src, &cl->dst);
    const fl_knowledge *k = c->k;
    if (k->metrics[cl->family].direction == FL_DIR_NONE || (cl->src >= 0 && cl->dst >= 0) || k->act_family < 0 ||
        !fl_count_dimension(c->r, q->dim) || cl->src >= 0 || cl->dst >= 0)
        return;
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b;
    for (size_t j = q->tok_end; j < end; j++)
        if (fl_claims_role(c, j, FL_ROLE_PARTY_TO))
            return; /* "deployed 3,000 troops to the border": a destination, if no party */
    int family = cl->family;
    char *item = fl_xstrdup(cl->item);
    size_t at = trig;
    cl->family = -1;
    act_attribute(c, cl, q, &at);
    if (cl->family < 0 || !known_act(k, cl->item)) {
        cl->family = family; /* no act either: the family's figure, unkeyed */
        free(cl->item);
        cl->item = item;
        return;
    }
    free(item);
    singular_item(c->r, cl->item);
    counted_class(c, cl);
}

/* ---- a sum of a directed family between parties no pack knows ----
 * A fine between two entities the packs know ("the EU fined France") is keyed by its parties. One imposed on a
 * company the packs do not know ("Brightwire has been fined £12.4m by the regulator Linkwatch", "LINKWATCH FINES
 * BRIGHTWIRE £13.4M", a label's "Penalty: £13.4m") is the story's one such amount (claim_model attribute
 * "amount_as": the fine), as "the £12.4m fine" is, when its clause imposes it on the party the document's first
 * such sum was imposed on, or names none; a sum imposed on another party ("since it fined Tessaline Mobile
 * £9.1m") or on an indefinite one ("a paper mill at Denham was fined") is another's, and a cap ("can be fined up
 * to £1,000") none. */
enum { IMPOSED_SPAN = 14 }; /* the trigger, a list of three names and "a total of" */

/* Does a trigger stand at trig before the sum whose first token is first, at most span tokens before it, its verb
 * group no modal's ("will lend", "could be fined")? *used: the trigger's tokens. The test imposed_sum and lent_sum
 * open with. */
static int sum_trigger_at(const sctx *c, const fl_parse *p, size_t trig, size_t first, size_t span, size_t *used)
{
    if (trig < c->a || trig >= first || first - trig > span ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, trig, used) < 0)
        return 0;
    int vg = p->vg_of[trig - c->a];
    return vg < 0 || p->vgs[vg].modal < 0;
}

/* Is the sum q its trigger's at trig: the label's that ends in the trigger ("Penalty: £13.4m"), or right after the
 * trigger with only its object between (names, a list of them, a determiner, an adjective or participle after
 * one, "total of": "fined Ostmark Bank EUR 310 million", "were fined a combined EUR 436m"), no other verb,
 * preposition or punctuation, no modal in the trigger's verb group, and the sum no open bound? */
static int imposed_sum(const sctx *c, const fl_claim *cl, const fl_qty *q, size_t trig)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), from, to, used;
    if (!p || q->qualifier == FL_Q_UP_TO || q->qualifier == FL_Q_AT_LEAST || q->qualifier == FL_Q_OVER)
        return 0;
    if (measure_label(c, q, &from, &to) == cl->family)
        return 1;
    if (!sum_trigger_at(c, p, trig, first, IMPOSED_SPAN, &used))
        return 0;
    for (size_t i = trig + used; i < first; i++) {
        int t = p->tags[i - c->a];
        int after_det = i > trig + used && p->tags[i - 1 - c->a] == FL_TAG_DET;
        if ((c->t[i].kind == FL_TOK_PUNCT && !punct_is(c, i, ',')) || t == FL_TAG_MD ||
            (t == FL_TAG_ADP && !fl_claims_role(c, i, FL_ROLE_OF)) || (verb_tag(t) && !after_det))
            return 0;
    }
    return 1;
}

/* Does the tagger read the token at i as a participle ("neighbouring", "listed")? */
static int participle_tag(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return p && i >= c->a && i < c->b && (p->tags[i - c->a] == FL_TAG_VBG || p->tags[i - c->a] == FL_TAG_VBN);
}

/* Does an indefinite article open a noun phrase in [a, e) ("a paper mill", "a neighbouring mill"; not the amount's
 * own "a total of", "a combined"), or a modifier of another entity stand in it ("rival chain Farrow's": claims.json
 * other_entity)? Either names another party than the story's. */
static int indefinite_party(const sctx *c, size_t a, size_t e)
{
    const fl_lexicon *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    size_t used;
    for (size_t i = a; i < e; i++)
        if (entity_modifier(c, i) == 2)
            return 1; /* "rival chain Farrow's", "a former supplier": another party */
    for (size_t i = a; indef && i + 1 < e; i++) {
        if (c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(indef, c->text, &c->t[i], 1))
            continue;
        size_t j = i + 1;
        while (j < e && (nominal(c, j) || (noun_tag(c, j + 1) && participle_tag(c, j))))
            j++; /* "a neighbouring mill" */
        if (j > i + 1 && noun_tag(c, j - 1) && !(j < c->b && fl_claims_role(c, j, FL_ROLE_OF)) &&
            fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, j - 1, &used) < 0)
            return 1;
    }
    return 0;
}

/* The party named in [a, e): a name's words ("Ostmark Bank"), "*" for a list of names ("Brannock Cement, Calder
 * Materials and Hollin Aggregates"), NULL for none. */
static char *party_named(const sctx *c, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        if (!name_start(c, i))
            continue;
        size_t j = i + 1;
        while (j < e && fl_claims_name_word(c, j))
            j++;
        if (j + 1 < e && (punct_is(c, j, ',') || fl_claims_role(c, j, FL_ROLE_AND)) && name_start(c, j + 1))
            return fl_xstrdup("*");
        return subject_phrase(c, i, j - i);
    }
    return NULL;
}
/* The party the sum q of trigger trig is imposed on (*party, owned, NULL none: party_named): the object between the
 * trigger and the sum ("fined Ostmark Bank EUR 310 million"), else, for a trigger the tagger reads as a verb, its
 * clause's subject ("Brightwire has been fined", a headline's "Brightwire fined £12.4m"). 0 when the object or the
 * subject is an indefinite phrase ("a paper mill at Denham was fined"): some other party. */
/* Does a phrase of a sequence opener after the sum q name a year ("were fined £40,000 after a smaller pitch invasion
 * at a cup quarter-final in 2014")? The sum is then of that earlier event, no sum of the story's. */
static int earlier_event_after(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *seq = fl_rules_lexicon(c->r, "sequence-openers");
    size_t i = q->tok_end;
    while (seq && i < c->b && !(c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(seq, c->text, &c->t[i], 1)))
        i++;
    for (; seq && i < c->b && !punct_is(c, i, ','); i++) {
        const fl_token *t = &c->t[i];
        if (t->kind == FL_TOK_NUM && t->end - t->start == 4 && (c->text[t->start] == '1' || c->text[t->start] == '2'))
            return 1;
    }
    return 0;
}

static int imposed_on(const sctx *c, const fl_qty *q, size_t trig, char **party)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used = 1;
    *party = NULL;
    if (trig >= first) /* a label's */
        return 1;
    fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, trig, &used);
    if (indefinite_party(c, trig + used, first))
        return 0;
    if ((*party = party_named(c, trig + used, first)) != NULL || !verb_tag(p->tags[trig - c->a]))
        return 1;
    int cl = fl_parse_clause_of(p, trig - c->a), np = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (np < 0)
        return 1;
    size_t a = c->a + p->nps[np].start, e = c->a + p->nps[np].end;
    if (indefinite_party(c, a, e))
        return 0;
    *party = party_named(c, a, e);
    return 1;
}

/* Do two parties' names name one party: equal but for case, or one the other's first words ("Ostmark" and "Ostmark
 * Bank")? */
static int same_party(const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y), n = nx < ny ? nx : ny;
    return strncasecmp(x, y, n) == 0 && (nx == ny || (nx > ny ? x[n] : y[n]) == ' ');
}

/* Is the family fam the amount_as of some family with direction (the fine, of fines)? */
static int amount_of_parties(const fl_knowledge *k, int fam)
{
    for (size_t i = 0; fam >= 0 && i < k->nmetrics; i++)
        if (k->metrics[i].amount_as == fam)
            return 1;
    return 0;
}

/* Is the story's amount its own noun [np, npe) names imposed on another party than the document's (see above): the
 * noun, then "on" or "against" (lexicon party-on) and a count ("the EUR 530m fine on four mobile networks"), an
 * indefinite phrase, or a name other than the one the document's first such sum was imposed on? */
static int other_party_amount(const sctx *c, const discourse *dc, size_t npe)
{
    if (npe + 1 >= c->b || !fl_claims_role(c, npe, FL_ROLE_PARTY_ON))
        return 0;
    size_t a = npe + 1, e = a;
    while (e < c->b && c->t[e].kind == FL_TOK_WORD && fl_claims_prep_role(c, e) < 0)
        e++;
    if (number_word(c, a) || (a < c->b && c->t[a].kind == FL_TOK_NUM) || indefinite_party(c, a, e))
        return 1;
    char *party = party_named(c, a, e);
    int other = party && (!dc->imposed_on || !same_party(party, dc->imposed_on));
    free(party);
    return other;
}

/* Makes claim cl the story's one amount of family as (the amount_as of its family), keyed as a measured thing of the
 * story is, how telling why. */
static void make_story_amount(const fl_knowledge *k, fl_claim *cl, int as, const char *how)
{
    cl->family = as;
    cl->src = cl->dst = -1;
    free(cl->subject);
    cl->subject = fl_xstrdup(k->metrics[as].id);
    cl->subject_event = 1;
    cl->subject_doc = 0;
    cl->subject_how = how;
}

/* Makes the sum q of a family with direction whose parties are no two known entities the story's amount of its
 * amount_as family (see above), as a measured thing of the story is keyed, or leaves it; a story amount of that
 * family its noun names ([np, npe)) imposed on another party is no longer the story's. */
static void lent_story_sum(const sctx *c, discourse *dc, fl_claim *cl, const fl_qty *q, size_t trig);

static void story_sum(const sctx *c, discourse *dc, fl_claim *cl, const fl_qty *q, size_t trig, size_t np, size_t npe)
{
    const fl_knowledge *k = c->k;
    int as = cl->family >= 0 ? k->metrics[cl->family].amount_as : -1;
    char *party = NULL;
    if (cl->subject_event && np != SIZE_MAX && amount_of_parties(k, cl->family) && other_party_amount(c, dc, npe)) {
        free(cl->subject);
        cl->subject = NULL;
        cl->subject_event = 0;
        cl->subject_how = "another party's (imposed on another than the story's)";
        return;
    }
    if (as >= 0 && k->metrics[cl->family].direction == FL_DIR_FROM_TO) {
        lent_story_sum(c, dc, cl, q, trig);
        return;
    }
    if (as < 0 || q->kind != FL_QK_MONEY || (cl->src >= 0 && cl->dst >= 0) || !imposed_sum(c, cl, q, trig) ||
        earlier_event_after(c, q) || !imposed_on(c, q, trig, &party))
        return;
    if (party && dc->imposed_on && !same_party(party, dc->imposed_on)) {
        free(party);
        return; /* another party's */
    }
    if (party && !dc->imposed_on)
        dc->imposed_on = party;
    else
        free(party);
    make_story_amount(k, cl, as, "the story's one such amount (imposed on no party the packs know)");
}

/* ---- a loan between parties no pack knows ----
 * A loan's sum ("raise its loan to Dunmere Athletic from £38.5m to £45.4m", "takes the council's total loan to £45.4
 * million", "agreed to lend Dunmere Athletic £38.5m", a label's "Council loan now: £46.4m") is the story's loan (the
 * family's claim_model "amount_as"), as a fine imposed on a party no pack knows is, when it is the level its trigger
 * states: the sum right after the trigger and its object, or the "to" that ends its change; not the "from" it
 * rose from ("from £38.5m"), a sum added to it (a word of lexicon "added-sums": "a further £6.9m", "Extra loan
 * approved: £6.9m"), a plan ("will lend"), a bound ("up to £10m"), nor a loan to another borrower than the
 * document's first (a name after "to" or the lending verb's object). */
enum { LENT_SPAN = 14 };
#define LENT_TERM_PRECISION 0.02 /* a term's years as printed: "25 years" is 24.5 to 25.5 */
static const char fl_loan_term_how[] = "the story's loan's term (the span it is repaid over)";

/* Is a word of lexicon "added-sums" (claims.json) in [a, e)? */
static int added_sum_word(const sctx *c, size_t a, size_t e)
{
    const fl_lexicon *add = fl_rules_lexicon(c->r, "added-sums");
    for (size_t i = a; add && i < e && i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(add, c->text, &c->t[i], 1))
            return 1;
    return 0;
}

/* Is the sum q the level its loan trigger at trig states (see above)? Between them: names, determiners, adjectives,
 * "of", a party's "to", a "from" phrase of the old level, and a verb only when "to" is right before the sum. */
static int lent_sum(const sctx *c, const fl_claim *cl, const fl_qty *q, size_t trig)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), from, to, used;
    if (!p || q->qualifier == FL_Q_UP_TO || q->qualifier == FL_Q_AT_LEAST || q->qualifier == FL_Q_OVER ||
        added_sum_word(c, first > c->a + 2 ? first - 2 : c->a, first))
        return 0;
    if (measure_label(c, q, &from, &to) == cl->family)
        return !added_sum_word(c, from, to);
    if (!sum_trigger_at(c, p, trig, first, LENT_SPAN, &used))
        return 0;
    int to_level = first > trig + used && fl_claims_role(c, first - 1, FL_ROLE_TO);
    for (size_t i = trig + used; i < first; i++) {
        int t = p->tags[i - c->a];
        if (fl_claims_role(c, i, FL_ROLE_FROM) && to_level) {
            while (i + 1 < first - 1 && !fl_claims_role(c, i + 1, FL_ROLE_TO))
                i++; /* "from £38.5m": the old level */
            continue;
        }
        if (c->t[i].kind == FL_TOK_PUNCT || c->t[i].kind == FL_TOK_NUM || t == FL_TAG_MD ||
            added_sum_word(c, i, i + 1) || (verb_tag(t) && !to_level))
            return 0;
        if (t == FL_TAG_ADP && !fl_claims_role(c, i, FL_ROLE_OF) && !fl_claims_role(c, i, FL_ROLE_TO) &&
            !fl_claims_role(c, i, FL_ROLE_PARTY_TO))
            return 0;
    }
    return 1;
}

/* Is the time-span q its loan's term: after "over" right after a word of lexicon "repay-words" ("is repayable over 25
 * years", "will be repaid over 35 years from the stadium's opening"), or a hyphened span right before the trigger
 * ("a 25-year loan")? Not "within five years" (a deadline), nor a span of anything else in the clause. */
static int lent_term(const sctx *c, const fl_qty *q, size_t trig)
{
    size_t first = qty_first(c, q);
    const fl_lexicon *repay = fl_rules_lexicon(c->r, "repay-words");
    if (strcmp(q->dim, "time-span") != 0)
        return 0;
    if (trig == q->tok_end && memchr(c->text + q->start, '-', q->end - q->start))
        return 1;
    return q->qualifier == FL_Q_OVER && first > c->a && c->t[first - 1].kind == FL_TOK_WORD && repay &&
           fl_lexicon_has_token(repay, c->text, &c->t[first - 1], 1);
}

/* Do two borrowers' names name one party: one the other's first or last words ("Athletic", "Dunmere Athletic")? */
static int same_borrower(const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y);
    const char *lg = nx >= ny ? x : y, *sh = nx >= ny ? y : x;
    size_t nl = nx >= ny ? nx : ny, ns = nx >= ny ? ny : nx;
    if (same_party(x, y))
        return 1;
    return strcasecmp(lg + nl - ns, sh) == 0 && lg[nl - ns - 1] == ' ';
}

/* The borrower of the loan whose trigger ends before token a, the sum starting at e: a name in [a, e) (party_named),
 * else the common noun phrase after "to" right after the trigger, in lower case, up to the next preposition, mark
 * or figure ("loans to small firms": "small firms"); NULL when neither. */
static char *lent_borrower(const sctx *c, size_t a, size_t e)
{
    char *party = party_named(c, a, e);
    if (party || a >= e || !fl_claims_role(c, a, FL_ROLE_PARTY_TO))
        return party;
    fl_buf b = {0};
    for (size_t i = a + 1; i < e && c->t[i].kind == FL_TOK_WORD && fl_claims_prep_role(c, i) < 0; i++)
        if (!fl_claims_role(c, i, FL_ROLE_ARTICLES))
            put_lower_word(&b, c, i);
    return b.len ? fl_buf_take(&b) : (fl_buf_free(&b), NULL);
}

/* The lender that noun phrase np of parse p names: a name in it or in its apposition (party_named: "The club's owner,
 * Dev Sharma"), else its head noun in lower case ("councillors"); NULL for none or a pronoun ("it"). */
static char *lender_of_np(const sctx *c, const fl_parse *p, int np)
{
    if (np < 0 || (size_t)np >= p->nnp || p->tags[p->nps[np].head] == FL_TAG_PRON)
        return NULL;
    const fl_np *n = &p->nps[np];
    char *name = party_named(c, c->a + n->start, c->a + n->end);
    if (!name && n->appos >= 0)
        name = party_named(c, c->a + p->nps[n->appos].start, c->a + p->nps[n->appos].end);
    if (name)
        return name;
    fl_buf b = {0};
    put_lower_word(&b, c, c->a + n->head);
    return fl_buf_take(&b);
}

/* The lender after a lending participle at parse index w that no verb group holds ("The club was lent £9m by
 * Barclays"): the object of a preposition of lexicon "agent-prepositions" after it in its clause (lender_of_np). */
static char *lent_agent(const sctx *c, const fl_parse *p, size_t w)
{
    const fl_lexicon *agent = fl_rules_lexicon(c->r, "agent-prepositions");
    for (size_t j = 0; agent && j < p->npp; j++) {
        size_t prep = p->pps[j].prep;
        if (prep > w && p->clause_of[prep] == p->clause_of[w] &&
            fl_lexicon_has_token(agent, c->text, &c->t[c->a + prep], 1))
            return lender_of_np(c, p, p->pps[j].np);
    }
    return NULL;
}

/* The lender of the loan whose trigger [trig, trig + used) is: for a lending verb, its clause's subject ("Barclays
 * lent the club £4m", "Councillors voted to lend") or a passive's agent ("was lent £12m by the council", lent_agent for
 * a participle the tagger reads as an adjective); for a loan
 * noun, the name after "from" right after it ("a loan from Barclays"), else its possessor ("the council's total
 * loan"), unless that is the document's borrower ("the club's loan"). NULL when none is named (lender_of_np). */
static char *lent_lender(const sctx *c, const discourse *dc, size_t trig, size_t used)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || trig < c->a || trig - c->a >= p->n)
        return NULL;
    size_t w = trig - c->a, f = w + used;
    int vg = p->vg_of[w];
    if (vg >= 0 && p->vgs[vg].passive)
        return lender_of_np(c, p, fl_parse_agent(p, vg));
    if (vg >= 0) {
        int cl = fl_parse_clause_of(p, w);
        return lender_of_np(c, p, cl >= 0 ? fl_parse_subject(p, cl) : -1);
    }
    if (p->tags[w] == FL_TAG_ADJ || p->tags[w] == FL_TAG_VBN) /* a participle the tagger read as none of a group */
        return lent_agent(c, p, w);
    if (f + 1 < p->n && fl_claims_role(c, c->a + f, FL_ROLE_FROM) && p->np_of[f + 1] >= 0) {
        const fl_np *n = &p->nps[p->np_of[f + 1]];
        char *name = party_named(c, c->a + n->start, c->a + n->end);
        if (name)
            return name;
    }
    int np = p->np_of[w];
    char *owner = np >= 0 ? lender_of_np(c, p, p->nps[np].possessor) : NULL;
    if (owner && dc->lent_to && same_borrower(owner, dc->lent_to)) {
        free(owner);
        return NULL; /* the borrower's loan */
    }
    return owner;
}

/* Does a word of lexicon "other-loan-cues" (predicates.json) stand in the clause of the trigger trig before it, its
 * own words only ("has also lent", "Separately, Barclays lent", "another loan")? Then it tells another loan. */
static int other_loan_cue(const sctx *c, size_t trig)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *cues = fl_rules_lexicon(c->r, "other-loan-cues");
    if (!p || !cues || trig < c->a || trig - c->a >= p->n)
        return 0;
    int cl = p->clause_of[trig - c->a];
    for (size_t i = cl >= 0 ? p->clauses[cl].start : trig - c->a; i < trig - c->a; i++)
        if (p->clause_of[i] == cl && c->t[c->a + i].kind == FL_TOK_WORD &&
            fl_lexicon_has_token(cues, c->text, &c->t[c->a + i], 1))
            return 1;
    return 0;
}

/* Makes the sum q of a loan whose parties are no two known entities the story's loan (see above), or leaves it. */
static void lent_story_sum(const sctx *c, discourse *dc, fl_claim *cl, const fl_qty *q, size_t trig)
{
    const fl_knowledge *k = c->k;
    int as = cl->family >= 0 ? k->metrics[cl->family].amount_as : -1;
    if (as < 0 || k->metrics[cl->family].direction != FL_DIR_FROM_TO || (cl->src >= 0 && cl->dst >= 0))
        return;
    int term = lent_term(c, q, trig);
    if (!term && (q->kind != FL_QK_MONEY || !lent_sum(c, cl, q, trig) || earlier_event_after(c, q)))
        return;
    size_t used = 1, first = qty_first(c, q);
    char *party = NULL;
    const fl_lexicon *aggregate = fl_rules_lexicon(c->r, "loan-aggregates");
    if (trig >= c->a && trig < c->b && aggregate && fl_lexicon_has_token(aggregate, c->text, &c->t[trig], 1))
        return; /* "Loans to small firms rose to £4.1bn": a market's lending, no one loan */
    if (!term && trig < first && fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, trig, &used) >= 0)
        party = lent_borrower(c, trig + used, first);
    if (party && dc->lent_to && (!strcmp(party, "*") || !same_borrower(party, dc->lent_to))) {
        free(party);
        return; /* another borrower's */
    }
    char *lender = lent_lender(c, dc, trig, used);
    if (other_loan_cue(c, trig) || (lender && dc->lent_by && !same_borrower(lender, dc->lent_by))) {
        free(party);
        free(lender);
        return; /* another lender's, or a loan told as another ("has also lent") */
    }
    if (party && !dc->lent_to)
        dc->lent_to = party;
    else
        free(party);
    if (lender && !dc->lent_by)
        dc->lent_by = lender;
    else
        free(lender);
    make_story_amount(
        k, cl, as, term ? fl_loan_term_how : "the story's one such amount (a loan between no parties the packs know)");
    if (term) { /* the span it is repaid over, as agreed: no bound ("over" is no "more than" here), no plan */
        cl->lo = cl->value * (1 - LENT_TERM_PRECISION);
        cl->hi = cl->value * (1 + LENT_TERM_PRECISION);
    }
}

/* Does the phrase [np, npe) that a figure measures describe a thing rather than state the clause's figure: the noun
 * the figure premodifies ("the 1.2-tonne spacecraft") or an apposition's ("the avalanche, some 800 feet across")?
 * Not a head the figure's "of" follows nor the clause's subject ("Waves of 8 to 9 metres had been forecast"). */
static int describes(const sctx *c, const fl_qty *q, size_t np, size_t npe)
{
    if (np == SIZE_MAX)
        return 0;
    const fl_parse *p = fl_claims_parse_of(c);
    if (np > q->tok_end + 1 && p && fl_claims_role(c, q->tok_end, FL_ROLE_TO) &&
        p->tags[q->tok_end + 1 - c->a] == FL_TAG_VB)
        return 0; /* "a bill of £2m to replace the pier": the infinitive's object (infinitive_thing), not described */
    return np >= q->tok_end || (npe < c->b && c->t[npe].kind == FL_TOK_PUNCT && c->text[c->t[npe].start] == ',');
}

/* Does an event noun stand in [a, e)? */
static int names_event(const sctx *c, size_t a, size_t e)
{
    size_t used;
    for (size_t i = a; i < e && i < c->b; i++)
        if (fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

/* The period of figure q among the year expressions w[0..nw) of its sentence. What the structure says a figure
 * measures of a thing ("the 1.2-tonne spacecraft", "the avalanche, some 800 feet across": desc, [np, npe) the
 * phrase) describes it: it has no time of the clause unless that thing is an event ("the 45-metre crane, put up in
 * March" is no March figure; "a 3.0 quake struck in June 2012" is a June 2012 quake) or a year right after the
 * phrase dates the thing itself (thing_year). */
/* The year that dates the thing of phrase [np, npe) itself: right after the phrase, after one word of the
 * "thing-year-links" lexicon of rules/time.json and the year's day and month if it has them ("Lund's 801ft flight
 * in 2019", "the £470,000 refit of 2019"); not a base, a start or a deadline. NULL when there is none. */
static const when *thing_year(const sctx *c, size_t np, size_t npe, const when *w, size_t nw)
{
    const fl_lexicon *links = fl_rules_lexicon(c->r, "thing-year-links");
    if (!links || np == SIZE_MAX || npe >= c->b || c->t[npe].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(links, c->text, &c->t[npe], 1))
        return NULL;
    for (size_t i = 0; i < nw; i++)
        if (w[i].how == 1 && !w[i].base && !w[i].since && !w[i].deadline && !w[i].span_month &&
            (w[i].tok == npe + 1 || (w[i].month && w[i].tok > npe && w[i].tok <= npe + 3)))
            return &w[i];
    return NULL;
}

static const when *figure_when(const sctx *c, const fl_qty *q, int desc, size_t np, size_t npe, const when *w,
                               size_t nw, const fl_qty *qs, size_t nq)
{
    if (desc && !names_event(c, np, npe))
        return thing_year(c, np, npe, w, nw); /* "Lund's 801ft flight in 2019" is of 2019 */
    const when *pw = period_of(c, w, nw, q, qs, nq);
    /* "By 30 September 2026, the operator should publish ... for its 2,780 registered users": a deadline dates
     * what is to be done by it, not the count a possessor has now */
    return pw && pw->deadline && possessor_before(c, q) ? NULL : pw;
}

/* Does the period pw give a figure a time of its own, apart from its report's? A month of the report's year does
 * not ("had received 41,000 claims by 31 July" is of the event reported), as "last year" does. */
static int own_time(const when *pw)
{
    return pw && !pw->month_only;
}

/* The start of the object of a gerund that opens the phrase at token a ("the cost of replacing the turbine": the
 * turbine, the thing the work is done to, as "the turbine will cost £4.2m to replace" names it), a itself when no
 * gerund opens it; the object is a determiner and nouns before token e ("of replacing turbines", "of repairing it"
 * name none: a when no determiner follows the gerund). */
static size_t gerund_object(const sctx *c, size_t a, size_t e)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || a + 2 >= e || c->t[a].kind != FL_TOK_WORD || p->tags[a - c->a] != FL_TAG_VBG ||
        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a + 1, &used) < 0)
        return a;
    return a + 1;
}

/* The thing an infinitive of work at token a names, before token limit: "to" (a), a verb's base form and its
 * object, which a determiner opens ("the bill to replace the lost buses", "a bill of £4.2m to rebuild the harbour
 * wall": the buses, the wall, as "the cost of replacing the buses" names them); of_phrase_thing reads the object.
 * "to replace laptops" (no determiner), a pronoun or a list name none. 1 when found. */
static int infinitive_thing(const sctx *c, size_t a, size_t limit, size_t *np, size_t *npe)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || a + 3 >= limit || !fl_claims_role(c, a, FL_ROLE_TO) || c->t[a + 1].kind != FL_TOK_WORD ||
        p->tags[a + 1 - c->a] != FL_TAG_VB || fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a + 2, &used) < 0)
        return 0;
    if (of_phrase_thing(c, a + 2, limit, np, npe))
        return 1;
    /* "to replace the 900 MHz NMR magnet", "the 40-tonne crane": a measure among its modifiers, the phrase's head */
    int n = p->np_of[a + 2 - c->a];
    int det = n >= 0 && p->nps[n].det == (int32_t)(a + 2 - c->a);
    size_t e = n >= 0 ? c->a + p->nps[n].end : 0;
    if (det && e + 1 < limit && c->t[e].kind == FL_TOK_PUNCT && c->text[c->t[e].start] == '-' &&
        c->t[e].start == c->t[e - 1].end && c->t[e].end == c->t[e + 1].start && p->np_of[e + 1 - c->a] >= 0)
        n = p->np_of[e + 1 - c->a]; /* "the 120-metre pier": the chunker ends a phrase at the measure's hyphen */
    size_t head = n >= 0 ? c->a + p->nps[n].head : 0, end = n >= 0 ? c->a + p->nps[n].end : 0;
    if (n < 0 || !det || head >= limit || !noun_tag(c, head) || fl_claims_name_word(c, head) ||
        fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, head, &used) >= 0 ||
        (end < limit && p->tags[end - c->a] == FL_TAG_CONJ))
        return 0;
    *np = head;
    *npe = head + 1;
    return 1;
}

/* The thing a cost is of when its trigger noun names it in an "of" phrase before the figure ("put the cost of the
 * clean-up at €1.2 million"): the nouns after "of" and its determiners, up to the next word that is no noun, as the
 * phrase the figure measures [*np, *npe). Only families of a thing (of_thing), only when the structure named none. */
static void costed_of(const sctx *c, const fl_claim *cl, const fl_qty *q, size_t trig, size_t *np, size_t *npe)
{
    size_t used, first = qty_first(c, q);
    if (*np != SIZE_MAX || cl->family < 0 || !c->k->metrics[cl->family].of_thing)
        return;
    /* "faces a bill of £4.2m to replace the magnet": the infinitive after a figure that is a cost noun's "of" object */
    if (first >= c->ca + 2 && first > c->a + 1 && fl_claims_role(c, first - 1, FL_ROLE_OF) && noun_tag(c, first - 2) &&
        (fl_phrases_ending(&c->k->triggers, c->text, c->t, c->b, first - 2, &used) >= 0 ||
         fl_phrases_ending(&c->k->measure_nouns, c->text, c->t, c->b, first - 2, &used) >= 0) &&
        infinitive_thing(c, q->tok_end, c->cb < c->b ? c->cb : c->b, np, npe))
        return;
    if (trig >= first || trig < c->ca || !noun_tag(c, trig) ||
        fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, trig, &used) < 0)
        return;
    if (fl_claims_role(c, trig + used, FL_ROLE_OF) && of_phrase_thing(c, trig + used + 1, first, np, npe))
        return;
    infinitive_thing(c, trig + used, first, np, npe); /* "the bill to replace the lost buses will be around £19m" */
}

/* The thing the phrase after a cost's "of" names, from token a and before token limit: a gerund's object
 * (gerund_object), then after the determiners its adjectives and participles and the nouns after them, up to the
 * next word that is no noun ("the main mirror", "the lost instruments"); [*np, *npe), 1. 0 and
 * left alone when it names none: a name, a list ("the road and the main"), or a kind noun ("the cost of the line": the
 * named one's, see costed_thing). */
static int of_phrase_thing(const sctx *c, size_t a, size_t limit, size_t *np, size_t *npe)
{
    size_t used;
    a = gerund_object(c, a, limit);
    while (a < limit && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, a, &used) >= 0)
        a += used;
    size_t e = a;
    const fl_parse *p = fl_claims_parse_of(c);
    while (p && e + 1 < limit && c->t[e].kind == FL_TOK_WORD &&
           (p->tags[e - c->a] == FL_TAG_ADJ || p->tags[e - c->a] == FL_TAG_VBN))
        e++; /* "the main mirror", "the lost instruments": its modifiers, a noun after them */
    if (e > a && !noun_tag(c, e))
        return 0;
    while (e < limit && (noun_tag(c, e) || (c->t[e].kind == FL_TOK_PUNCT && c->text[c->t[e].start] == '-' &&
                                            e + 1 < limit && c->t[e].end == c->t[e + 1].start)))
        e++;
    if (e == a || fl_claims_name_word(c, a) || c->t[e - 1].kind != FL_TOK_WORD ||
        fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, e - 1, &used) >= 0 ||
        (p && e < limit && p->tags[e - c->a] == FL_TAG_CONJ))
        return 0; /* "of rebuilding the road and replacing the main": two things, neither's cost alone */
    *np = a;
    *npe = e;
    return 1;
}

/* A figure accumulated over a span (claim_model attribute "span": "94 mm of rain in three hours") is of that span:
 * a quantity of the span's dimension in the figure's clause, introduced by a preposition ("in three hours", "in
 * the 24 hours to 9am", "over two days"), goes into its item in the dimension's base unit, so figures over other
 * spans are not compared. */
static void claim_span(const sctx *c, fl_claim *cl, const fl_qty *q, const fl_qty *qs, size_t nq)
{
    const char *dim = cl->family >= 0 ? c->k->metrics[cl->family].span : NULL;
    if (!dim)
        return;
    for (size_t i = 0; i < nq; i++) {
        const fl_qty *x = &qs[i];
        size_t first = qty_first(c, x);
        if (x == q || strcmp(x->dim, dim) != 0 || first < c->ca || x->tok_end > c->cb || isinf(x->hi) ||
            introduced_by(c, first, c->ca) < 0)
            continue;
        fl_buf b = {0};
        fl_buf_printf(&b, "%s /%g", cl->item, x->value);
        free(cl->item);
        cl->item = fl_buf_take(&b);
        return;
    }
}

/* What a figure is of beyond its attribute: the thing a cost is of (costed_of), the span it accumulates over
 * (claim_span) and whether its trigger tells it in the past (past_verb); qs[0, nq) are its sentence's quantities. */
/* Does the sentence of count q (its quantities qs[0..nq)) count another noun of its dimension ("250 passengers and
 * 12 crew on board")? */
static int listed_count(const sctx *c, const fl_qty *q, const fl_qty *qs, size_t nq)
{
    if (q->unit < 0 || !fl_count_dimension(c->r, q->dim))
        return 0;
    for (size_t i = 0; i < nq; i++)
        if (&qs[i] != q && qs[i].kind == FL_QK_UNIT && qs[i].unit >= 0 && qs[i].unit != q->unit &&
            strcmp(qs[i].dim, q->dim) == 0)
            return 1;
    return 0;
}

static void of_what(const sctx *c, fl_claim *cl, const fl_qty *q, size_t trig, size_t *np, size_t *npe,
                    const fl_qty *qs, size_t nq)
{
    costed_of(c, cl, q, trig, np, npe);
    claim_span(c, cl, q, qs, nq);
    cl->told_past = (int8_t)past_verb(c, trig);
    cl->listed = (int8_t)listed_count(c, q, qs, nq);
}

/* ---- running counts ---- */

/* Is q an open bound ("at least 14", "more than £60,000") or does its clause (tokens ca..cb) hold a phrase of
 * words ("so far", "stands at")? What count_state and running_entry each read as a figure still open. */
static int open_in_clause(const sctx *c, const fl_qty *q, size_t ca, size_t cb, const fl_phrases *words)
{
    if (q->qualifier == FL_Q_AT_LEAST || q->qualifier == FL_Q_OVER)
        return 1;
    size_t used;
    for (size_t i = ca; i < cb && i < c->b; i++)
        if (fl_phrases_at(words, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

/* Is a running count stated as still open ("at least 14", "14 so far", "with six still missing": 1) or as
 * having risen ("the toll rose to 19": 2)? The join takes a later, larger figure as an update only then. */
static int count_state(const sctx *c, const fl_qty *q, size_t ca, size_t cb)
{
    if (open_in_clause(c, q, ca, cb, &c->k->open_counts))
        return 1;
    size_t used;
    for (size_t i = q->tok; i-- > ca && q->tok - i <= 4;)
        if (fl_phrases_at(&c->k->increase, c->text, c->t, c->b, i, &used) >= 0 &&
            !(i > c->a && (c->t[i - 1].kind == FL_TOK_NUM || number_word(c, i - 1))))
            return 2; /* "Four more members spent 38 hours trapped": the "more" of another count adds to a group */
    /* "12 engines were at the scene, up from eight in the first hour": risen from a level stated after it */
    for (size_t i = q->tok_end; i < c->b && i < q->tok_end + 6; i++)
        if (fl_phrases_at(&c->k->increase, c->text, c->t, c->b, i, &used) >= 0 &&
            fl_claims_role(c, i + used, FL_ROLE_FROM) && c->t[i - 1].kind == FL_TOK_PUNCT)
            return 2;
    return 0;
}

/* Does the sentence of a live entry's figure q state a span of time besides it, a number before a unit of time
 * ("Forty-five minutes gone and 37.9km covered", "12.7km after the first 15 minutes")? The figure is a split at
 * that point of the event, no final measure. */
static int split_entry(const sctx *c, const fl_qty *q)
{
    size_t used;
    for (size_t i = c->a + 1; i < c->b; i++)
        if ((i < q->tok || i >= q->tok_end) && c->t[i].kind == FL_TOK_WORD && fl_claims_time_phrase(c, i) &&
            fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) < 0 &&
            fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &used) < 0 &&
            (c->t[i - 1].kind == FL_TOK_NUM || number_word(c, i - 1)))
            return 1;
    return 0;
}

/* Is the figure of a live page's entry stated as a running one, a phrase of claim_model.measures.frames.
 * entry_running in its clause ("The fundraising total stands at £151,200", "The relay has now covered 71 km",
 * "38 km so far") or an open bound ("more than £60,000")? Such a figure of a dimension no entry updates otherwise
 * (a sum of money, a length) is the day's running total, an open count (count_state 1), not a fixed measure. */
static int running_entry(const sctx *c, const fl_qty *q, size_t ca, size_t cb)
{
    return open_in_clause(c, q, ca, cb, &c->k->entry_running) || split_entry(c, q);
}

/* Is the count q the subject of a verb group in the present progressive ("about 120 volunteers are helping
 * officers search", "40 crews are fighting the fire"): its clause's subject with that verb, or a noun phrase the
 * verb group follows straight away (a clause the tagger left inside a verb of saying)? A live entry's count so stated
 * is the number at its entry's time, a running one, not the act's total. */
static int progressive_subject(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || q->tok < c->a || q->tok >= c->b)
        return 0;
    int np = p->np_of[q->tok - c->a];
    if (np < 0)
        return 0;
    int cl = p->nps[np].clause, vg = -1;
    if (cl >= 0 && p->clauses[cl].subject == np)
        vg = p->clauses[cl].verb;
    else if (p->nps[np].end < p->n)
        vg = p->vg_of[p->nps[np].end];
    if (vg < 0 || (uint32_t)vg >= p->nvg)
        return 0;
    const fl_vgroup *g = &p->vgs[vg];
    return g->start == p->nps[np].end && g->tense == FL_TENSE_PRESENT && !g->passive && g->modal < 0 &&
           p->tags[g->head] == FL_TAG_VBG;
}

/* Does the figure stand in a definite phrase, after a determiner that is no indefinite article ("the", "its")
 * or a possessive name ("the ship's 2,450 passengers")? Such a phrase presents the figure as known already:
 * it restates one given before ("the 52,000 recalled packages", "the EUR 270 million fine"). */
int fl_claims_definite_figure(const sctx *c, const fl_qty *q)
{
    size_t p = q->tok, used;
    while (p > c->a && c->t[p - 1].start >= q->qstart)
        p--;
    if (p == c->a || c->t[p - 1].kind != FL_TOK_WORD)
        return 0;
    const fl_token *t = &c->t[p - 1];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    if (fl_possessive_suffix(w, n))
        return 1; /* "the ship's", "Ostmark’s" (the tokens split off "'s") */
    return fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, p - 1, &used) >= 0 && used == 1 &&
           !fl_claims_role(c, p - 1, FL_ROLE_INDEFINITE);
}

/* Is count q a noun label's row figure ("- Drones: 11"): the whole count of its noun that a list states, which a
 * later count of that noun told again restates (fl_claims_restated_figure)? */
int fl_claims_row_figure(const sctx *c, const fl_qty *q)
{
    label lb;
    return noun_label(c, q, &lb);
}

/* Is count q its clause's subject, its noun right before the clause's finite verb ("The 13 drones flew in pairs"; not
 * "the 42 volunteers injured in the blast", "the 12 drones that crashed": a part that words after it pick out)? */
int fl_claims_restated_figure(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    return p && fl_count_dimension(c->r, q->dim) && q->tok_end < c->b && c->t[q->tok_end - 1].kind == FL_TOK_WORD &&
           finite_tag(p->tags[q->tok_end - c->a]) && p->vg_of[q->tok_end - c->a] >= 0;
}

/* Does a whole marker ("all": rules/subjects.json "whole-markers") open count q, with only past participles between
 * its number and its noun and no phrase of place or part after it ("all 60 rescuers involved", "All 13 buried
 * skiers"; not "all 25 failing dispensers" nor "all 6 kiosks in the north", parts of them)? Such a count tells again
 * the whole of what its document counted before. */
int fl_claims_whole_figure(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *whole = fl_rules_lexicon(c->r, "whole-markers");
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    int after = fl_claims_prep_role(c, q->tok_end);
    if (!whole || !p || !fl_count_dimension(c->r, q->dim) || f <= c->a || q->tok_end > c->b ||
        !fl_lexicon_has_token(whole, c->text, &c->t[f - 1], 1) || after == FL_PREP_IN || after == FL_PREP_ON ||
        after == FL_PREP_OF)
        return 0;
    for (size_t i = q->tok + 1; i + 1 < q->tok_end; i++)
        if (c->t[i].kind == FL_TOK_WORD && p->tags[i - c->a] != FL_TAG_VBN && p->tags[i - c->a] != FL_TAG_VBD &&
            p->tags[i - c->a] != FL_TAG_NUM)
            return 0;
    return 1;
}

/* ---- the noun phrase of a figure, for reference figures (extract/refs.c) ---- */

/* The compound noun that ends at or starts right after the figure's last token: its count noun ("85 rescue
 * workers": "rescue workers", one modifier kept) or the nouns after a premodifying figure ("the £26 million
 * charge": "charge"); SIZE_MAX when there is none. [*a, *e) is the phrase. */
static int figure_noun(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    size_t last = q->tok_end - 1;
    /* "the 200 person crowd": a count that premodifies a noun measures that noun's thing, no count of its own */
    if (fl_count_dimension(c->r, q->dim) && c->t[last].kind == FL_TOK_WORD && !number_word(c, last) &&
        !noun_tag(c, q->tok_end)) {
        *a = last > q->tok && noun_tag(c, last - 1) && !number_word(c, last - 1) ? last - 1 : last;
        *e = q->tok_end;
        return 1;
    }
    if (fl_count_dimension(c->r, q->dim) || !premodifier(c, q))
        return 0;
    size_t i = q->tok_end;
    while (i < c->b && i < q->tok_end + 3 && noun_tag(c, i) && !fl_claims_name_word(c, i))
        i++;
    *a = i > q->tok_end + 1 ? i - 2 : q->tok_end;
    *e = i;
    return i > q->tok_end;
}

/* The noun a figure is the amount of when "of" introduces it ("a restructuring charge of about £38 million": "charge",
 * "a 2027 quota of 66,400 tonnes": "quota"). */
static int noun_of_figure(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    size_t f = qty_first(c, q);
    if (f < c->a + 2 || fl_count_dimension(c->r, q->dim) || fl_claims_prep_role(c, f - 1) != FL_PREP_OF ||
        !nominal(c, f - 2) || fl_claims_name_word(c, f - 2))
        return 0;
    *a = f - 2;
    *e = f - 1;
    return 1;
}

/* The possessor of a figure's phrase ("the plant's 340 workers"): token index + 1, 0 none or a pronoun. */
static size_t phrase_possessor(const sctx *c, size_t p)
{
    if (p < c->a + 1)
        return 0;
    const fl_token *t = &c->t[p - 1];
    if (p >= c->a + 2 && (c->text[t->start] == '\'' || (unsigned char)c->text[t->start] == 0xE2))
        return c->t[p - 2].kind == FL_TOK_WORD && possessive_end(c, p - 2) ? p - 1 : 0; /* "'s" split off */
    return t->kind == FL_TOK_WORD && possessive_end(c, p - 1) ? p : 0;
}

/* Is the period at token w the figure's own, not its clause predicate's: before it, or after it with no finite verb
 * between ("the 40 jobs cut in 2023", not "the £26 million charge will be spread over 2026")? */
static int own_period(const sctx *c, const fl_qty *q, size_t w)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || w < q->tok)
        return 1;
    for (size_t i = q->tok_end; i < w && i < c->b; i++)
        if (p->tags[i - c->a] == FL_TAG_VBD || p->tags[i - c->a] == FL_TAG_VBP || p->tags[i - c->a] == FL_TAG_MD)
            return 0;
    return 1;
}

/* Is the verb at e, right after the head noun of figure q's phrase, a participle of the phrase's own ("the 44.2
 * million children targeted")? Not a be-form or a verb-group word, and not the finite verb of a clause whose subject
 * is a phrase before the figure's, which the figure's phrase only hangs off ("A survey of all 26 toilets found"):
 * the clause's main verb, with no finite verb after it in its clause (the tagger may read it as a participle). */
static int own_participle(const sctx *c, const fl_parse *p, const fl_qty *q, size_t e)
{
    if (e >= c->b || (p->tags[e - c->a] != FL_TAG_VBN && p->tags[e - c->a] != FL_TAG_VBD) ||
        fl_lexicon_has_token(fl_rules_lexicon(c->r, "be-forms"), c->text, &c->t[e], 1) ||
        fl_lexicon_has_token(fl_rules_lexicon(c->r, "verb-group-words"), c->text, &c->t[e], 1))
        return 0;
    int vg = p->vg_of[e - c->a], np = p->np_of[q->tok - c->a];
    if (vg < 0 || np < 0 || p->nps[np].pp < 0 || p->clauses[p->vgs[vg].clause].verb != vg)
        return 1;
    int s = fl_parse_subject(p, p->vgs[vg].clause);
    if (s < 0 || s == np || c->a + p->nps[s].end > qty_first(c, q))
        return 1;
    for (size_t i = p->vgs[vg].end; i < p->n; i++) /* "a survey of the 500 homes damaged by it found": a finite after */
        if (p->clause_of[i] == p->vgs[vg].clause && finite_tag(p->tags[i]))
            return 1;
    return 0;
}

/* What the noun phrase of figure q (claim cl, period pw) says for reference figures: its determiner, head noun,
 * possessor, whether the period of its clause is its own. */
static void ref_phrase(const sctx *c, const fl_claim *cl, const fl_qty *q, const when *pw, fl_ref_phrase *ph)
{
    *ph = (fl_ref_phrase){0};
    size_t used;
    ph->own_period = pw && (pw->how == 1 || pw->how == 2) && own_period(c, q, pw->tok);
    sentence_label(c, ph);
    size_t p = qty_first(c, q), a, e;
    /* "reports that 17 people": a complementizer, no determiner */
    int that = p > c->a && fl_lexicon_has_token(fl_rules_role(c->r, FL_ROLE_THAT), c->text, &c->t[p - 1], 1);
    int whole = p > c->a && fl_lexicon_has_token(fl_rules_lexicon(c->r, "whole-markers"), c->text, &c->t[p - 1], 1);
    ph->definite = (cl->definite && !that) || whole;
    ph->whole = whole || possessed(c, q) || (cl->definite && phrase_possessor(c, p));
    /* a determiner two words before ("The top 3 students", "the first 40"): a ranked part, no news to restate */
    ph->determined = p > c->a + 1 && !cl->definite &&
                     fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, p - 2, &used) >= 0 && used == 1;
    const fl_token *t0 = &c->t[q->tok], *t1 = t0 + 1;
    if (t0->kind == FL_TOK_NUM && q->tok + 1 < c->b && t1->kind == FL_TOK_WORD && t1->start == t0->end &&
        t1->end - t1->start <= 2)
        return; /* "the 23d ward": an ordinal */
    ph->subset = strchr(cl->item, '(') != NULL ||
                 (p > c->a && fl_lexicon_has_token(fl_rules_lexicon(c->r, "subset-markers"), c->text, &c->t[p - 1], 1));
    if (figure_noun(c, q, &a, &e) || noun_of_figure(c, q, &a, &e)) {
        ph->head = c->text + c->t[a].start;
        ph->head_len = c->t[e - 1].end - c->t[a].start;
        const fl_parse *pp = fl_claims_parse_of(c);
        if (pp && e + 1 < c->b && pp->tags[e - c->a] == FL_TAG_VBG && pp->tags[e + 1 - c->a] == FL_TAG_VBN &&
            fl_lexicon_has_token(fl_rules_lexicon(c->r, "be-forms"), c->text, &c->t[e], 1))
            e++; /* "the 27 jobs being cut": the participle after a participle of be (not "were told") */
        if (pp && own_participle(c, pp, q, e)) {
            ph->own_verb = c->text + c->t[e].start;
            ph->own_verb_len = c->t[e].end - c->t[e].start;
        } else if (pp)
            relative_verb_of_head(c, pp, e, ph);
        if (pp)
            qualifying_phrase(c, pp, e, ph);
    }
    size_t owner = cl->definite ? phrase_possessor(c, p) : 0;
    if (owner) {
        const fl_token *t = &c->t[owner - 1];
        size_t n = t->end - t->start;
        const char *w = c->text + t->start;
        size_t suffix = fl_possessive_suffix(w, n);
        if (n > suffix)
            n -= suffix;
        ph->possessor = w;
        ph->possessor_len = n;
        ph->possessor_name = w[0] >= 'A' && w[0] <= 'Z';
    }
}

/* Is the word token t (or a part of it between hyphens: "Sunday-evening", "third-quarter") a weekday, a month
 * or a word of the time of day, of a part of the year or of a report's stage (the "as-of-words" lexicon)? */
static int as_of_word(const sctx *c, const fl_lexicon *lex, const fl_token *t)
{
    size_t used;
    for (uint32_t a = t->start; a < t->end;) {
        uint32_t b = a;
        while (b < t->end && c->text[b] != '-')
            b++;
        fl_token part = {a, b, FL_TOK_WORD, 0, 0};
        if (b > a && ((lex && fl_lexicon_has_token(lex, c->text, &part, 1)) ||
                      fl_phrases_at(&c->k->weekdays, c->text, &part, 1, 0, &used) >= 0 ||
                      fl_phrases_at(&c->k->months, c->text, &part, 1, 0, &used) > 0))
            return 1;
        a = b + 1;
    }
    return 0;
}

/* Is the word at i the first part of a stretch of an account's time (claim_model.reporting "spans"), before it
 * or joined to it: "first half", "full-year"? That names the period a report covers, no time of a report. */
static int span_part(const sctx *c, size_t i)
{
    size_t used;
    const fl_token *t = &c->t[i];
    const char *dash = memchr(c->text + t->start, '-', t->end - t->start);
    if (dash) {
        fl_token rest = {(uint32_t)(dash + 1 - c->text), t->end, FL_TOK_WORD, 0, 0};
        return fl_phrases_at(&c->k->reporting_spans, c->text, &rest, 1, 0, &used) >= 0;
    }
    return i + 1 < c->b && fl_phrases_at(&c->k->reporting_spans, c->text, c->t, c->b, i + 1, &used) >= 0;
}

/* Is the word at i a month that ends a stretch of an account's time, after a day or none, the "to" and a span of
 * claim_model.reporting ("In the year to 31 December 2025", "the six months to June")? That dates the period a
 * report covers, no time of a report. */
static int span_end(const sctx *c, size_t i)
{
    size_t used, j = i;
    if (fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) <= 0)
        return 0;
    if (j > c->a && c->t[j - 1].kind == FL_TOK_NUM)
        j--;
    return j > c->a + 1 && fl_claims_role(c, j - 1, FL_ROLE_TO) &&
           fl_phrases_ending(&c->k->reporting_spans, c->text, c->t, c->b, j - 2, &used) >= 0;
}

/* Is the word at i one of a window a placed level is summed up over, either side of a "level-words" pair
 * ("daily=24-hour", "yearly=annual")? It is in the level's item, no time of the figure. */
static int window_word(const sctx *c, size_t i)
{
    return lexicon_pair(c, "level-words", c->text + c->t[i].start, c->t[i].end - c->t[i].start, 1) != NULL;
}

/* The time within its day or report that the clause [ca, cb) states for its figures ("Sunday-evening figures",
 * "by Tuesday morning", "at 6 p.m.", "the revised count"), as a hash of those words; 0 when it states none.
 * In a document whose year is not known, a relative year other than its own ("the year before", "last
 * year") names no year but another time all the same, and counts too. */
uint32_t fl_claims_clause_as_of(const sctx *c, size_t ca, size_t cb, int undated, int placed)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "as-of-words"), *clock = fl_rules_lexicon(c->r, "clock-words");
    uint32_t h = 0;
    size_t used = 1;
    for (size_t i = ca; i < cb && i < c->b; i++) {
        const fl_token *t = &c->t[i];
        int clk = clock && fl_lexicon_has_token(clock, c->text, t, 1) && i > ca && c->t[i - 1].kind == FL_TOK_NUM;
        int rel =
            undated && t->kind == FL_TOK_WORD ? fl_phrases_at(&c->k->relative, c->text, c->t, c->b, i, &used) : -1;
        if (rel >= 0 && c->k->rel_offset[rel] == 0)
            rel = -1;
        if (t->kind != FL_TOK_WORD || (placed && window_word(c, i)) ||
            !(clk || rel >= 0 || (as_of_word(c, lex, t) && !span_part(c, i) && !span_end(c, i))))
            continue;
        if (!h)
            h = 2166136261u;
        size_t last = rel >= 0 ? i + used - 1 : i;
        h = fl_claims_fnv_lower(h, c->text, clk ? c->t[i - 1].start : t->start, c->t[last].end);
    }
    return h;
}

/* A whole count stated exactly ("three firms", "612,000 visitors": read as the interval of its rounding, a
 * unit wide) is that number and no other: its interval is narrowed so that it no longer touches the next
 * whole number's ("three" and "two" do not meet at 2.5). Not a running count's (a toll one apart is as
 * often a report of another hour as a disagreement: the join's update rules judge those). */
static void exact_count(const sctx *c, fl_claim *cl)
{
    if (cl->family >= 0 && c->k->metrics[cl->family].cumulative)
        return;
    if (cl->value == trunc(cl->value) && cl->hi - cl->lo == 1.0 && cl->lo == cl->value - 0.5 &&
        fl_count_dimension(c->r, cl->dim)) {
        cl->lo = cl->value - 0.49;
        cl->hi = cl->value + 0.49;
    }
}

/* Is the subject phrase of q's clause a person: a personal pronoun (person-words) or headed by a noun of people
 * (claim_model.measures.frames.person_nouns: "The suspect is described as weighing 130 pounds")? Such a measure is
 * the person's, not one of the story's event. */
static int person_subject(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *person = fl_rules_lexicon(c->r, "person-words");
    const fl_parse *p = fl_claims_parse_of(c);
    int np = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    size_t used, head = np >= 0 ? c->a + p->nps[np].head : 0;
    return np >= 0 && head < c->b && c->t[head].kind == FL_TOK_WORD &&
           ((person && fl_lexicon_has_token(person, c->text, &c->t[head], 1)) ||
            fl_phrases_at(&c->k->person_nouns, c->text, c->t, c->b, head, &used) >= 0);
}

/* Does a distance from a place (a relation class's family: "off the coast", "from the campsite") tell where the
 * person its clause's subject names was at the story's event: a past form of "be" (speech.json "be-forms", the
 * parse's past tense) opens the clause's verb group and is its head or right before it ("She was about 40km off the
 * coast when her beacon went off", "He was found nearly five miles from the campsite", "she was taking on water 12
 * miles north-west of Skerrin Head"), and the figure follows it. Not a present or a modal ("She lives 3 miles from
 * the school", "walkers should keep 500 metres from the turbines"), nor a verb group with a word between the "be"
 * and its head ("He was last seen two miles from the campsite": another moment than the event's), nor a verb of
 * where a person settled or began ("settled-verbs", rules/units.json: "was born 10 miles from Leeds"). Whether the
 * document tells one such distance per place is person_places_settle's to say. */
static int person_at_event_place(const sctx *c, const fl_qty *q, const fl_claim *cl)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int relation = fl_frame_relation_family(c->k, cl->family);
    int cn = p && relation ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cn >= 0 ? fl_parse_verb(p, cn) : -1;
    if (vg < 0 || p->vgs[vg].tense != FL_TENSE_PAST || p->vgs[vg].modal >= 0 || p->vgs[vg].neg ||
        c->a + p->vgs[vg].end > qty_first(c, q) || p->vgs[vg].head > p->vgs[vg].start + 1)
        return 0;
    size_t v0 = c->a + p->vgs[vg].start, v = c->a + p->vgs[vg].head;
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms"), *settled = fl_rules_lexicon(c->r, "settled-verbs");
    if (c->t[v0].kind != FL_TOK_WORD || !be || !fl_lexicon_has_token(be, c->text, &c->t[v0], 1))
        return 0;
    char lemma[FL_LEMMA_MAX], part[16];
    fl_claims_verb_lemma(c, v, lemma, sizeof lemma, part, sizeof part);
    return !settled ||
           (!fl_lexicon_has(settled, lemma, strlen(lemma), 1) && !fl_lexicon_has_token(settled, c->text, &c->t[v], 1));
}

/* A person's distance made the story's (person_place 2) stays so only when the document gives no other distance
 * from the same place (family and scope), a person's or not, with another value: two people's ("The skipper was
 * about 40km off the coast ... Her brother was 12km off the coast") or one person's at two moments ("She was 3 miles
 * from the summit when she slipped ... she was 1 mile from the summit") are no single measure of the event. Such a
 * figure keeps no key: compared with nothing. Claims [first, out->len) are the document's. */
static void person_places_settle(fl_claims *out, size_t first)
{
    for (size_t i = first; i < out->len; i++) {
        fl_claim *a = &out->items[i];
        if (a->person_place != 2)
            continue;
        int other = 0;
        for (size_t j = first; j < out->len && !other; j++) {
            const fl_claim *o = &out->items[j];
            other = j != i && o->person_place && o->family == a->family && o->value != a->value && o->item && a->item &&
                    strcmp(o->item, a->item) == 0;
        }
        if (other) {
            a->key = a->key_base = NULL; /* packed with its text, freed through it */
            a->sim[0] = a->sim[1] = 0;
            a->transposable = 0;
        }
    }
}

/* The period of a claim (stated, or an event's document date), the document's date, and its key, or why it
 * has none (trig: where its trigger is, for report_entity). Returns 1 when the figure is no statement of fact (a
 * condition or assumption, or an earlier figure the text says was replaced), 0 otherwise. */
/* A change's amount in a unit with an offset is a difference, not a level: "rose by 18F" is 10 degrees Celsius,
 * not 18F's -7.8 C; gives claim cl of change part q its value without the offset. */
static void change_without_offset(const sctx *cw, fl_claim *cl, const fl_qty *q, int change_part)
{
    double off = q->kind == FL_QK_UNIT && q->unit >= 0 ? cw->k->units[q->unit].offset : 0;
    if (change_part != 1 || off == 0 || !change_amount(cw, q))
        return;
    cl->value -= off;
    cl->lo -= off;
    cl->hi -= off;
}

/* A flow of an account (claim_model.reporting "flows": revenue, profit) of no stated period, given as what it
 * was (not a base of comparison, a forecast or a target), in a report whose lede says which period it covers, is
 * of that period when its clause names whose it is: "The Group took £4.28bn in revenue over the half" in the
 * interim results for the first half of 2026. Not a figure that names nobody (the document's topic): a
 * division's ("Revenue in brewing was £251.3m") is given so, and is no figure of the whole; nor an event's. */
static void reported_period(fl_claim *cl, const fl_knowledge *k, const fl_report_period *rp)
{
    if (!rp->year || cl->family < 0 || !k->metrics[cl->family].reported || cl->modality != FL_MOD_ACTUAL || cl->base ||
        cl->as_of || cl->subject_event || cl->subject_doc || !cl->subject || !cl->subject[0] || cl->year)
        return; /* as_of: another stage of the report, or a part ("In the eastern region, ...") */
    cl->year = rp->year;
    cl->month = rp->month;
    cl->part = rp->part;
    memcpy(cl->part_text, rp->part_text, sizeof cl->part_text);
    cl->period_how = 6;
}

/* Does the word at i, its possessive "'s" aside, name the report's entity: a kind noun that needs no kind word
 * for its names (claim_model.untyped_kinds: "the Group's", "the company's") or the first word of its name
 * ("Castellan's")? */
static int report_owner(const sctx *c, size_t i, const char *entity)
{
    size_t used, n = c->t[i].end - c->t[i].start, suffix = fl_possessive_suffix(c->text + c->t[i].start, n);
    fl_token w = c->t[i];
    w.end -= (uint32_t)(suffix < n ? suffix : 0);
    int kind = fl_phrases_at(&c->k->kind_nouns, c->text, &w, 1, 0, &used);
    if (kind >= 0 && (size_t)kind < c->k->nkinds &&
        fl_phrases_word(&c->k->untyped_kinds, c->k->kinds[kind], strlen(c->k->kinds[kind])) >= 0)
        return 1;
    size_t first = strcspn(entity, " ");
    return w.end - w.start == first && strncasecmp(c->text + w.start, entity, first) == 0;
}

/* Whose the reported figure of trigger trig is by the words around that trigger: 1 the report's entity's (a
 * possessive of it: "the Group's total revenue"), 0 nobody's in particular (no modifier but a determiner or a
 * word of claim_model.reporting "wholes": "Revenue of", "Group revenue", "a workforce of"), -1 a part's (a
 * modifier, "Pubs revenue", "Online sales", or a phrase of place after it, "Revenue in brewing"; not one of a
 * stretch of time, "in the half"). */
/* Is the word at token i one of the "half-spans" lexicon of rules/time.json ("Half-year revenue", "Interim
 * revenue") in a report that covers a half (its part, "first half", is one too)? Then it says the figure is of the
 * report's own span, not of a part of the report's entity. */
static int report_half_word(const sctx *c, size_t i, const char *report_part)
{
    const fl_lexicon *half = fl_rules_lexicon(c->r, "half-spans");
    return half && report_part[0] && c->t[i].kind == FL_TOK_WORD &&
           fl_lexicon_has(half, report_part, strlen(report_part), 1) &&
           fl_lexicon_has_token(half, c->text, &c->t[i], 1);
}

/* Whose figures a name that labels a headline or line before its colon at token colon says they are ("Strikeline
 * Leisure plc: sales up 9% to £148.6m"): the words after the last punctuation before the colon, two or more of them
 * capitalised (a name, not "Outlook:"); 1 the report's entity's (its first word is the entity's), -1 another's (a
 * rival's line in a results report), 0 no name labels it. */
static int colon_label_owner(const sctx *c, size_t colon, const char *entity)
{
    size_t from = colon, caps = 0;
    while (from > c->a && c->t[from - 1].kind == FL_TOK_WORD)
        caps += (unsigned char)c->text[c->t[--from].start] >= 'A' && (unsigned char)c->text[c->t[from].start] <= 'Z';
    if (caps < 2)
        return 0;
    return report_owner(c, from, entity) ? 1 : -1;
}

static int report_scope(const sctx *c, const fl_qty *q, size_t trig, const fl_report_period *rp, size_t *basis)
{
    const char *entity = rp->entity;
    size_t used, i = trig, lo = trig >= c->ca ? c->ca : c->a;
    *basis = SIZE_MAX;
    if (fl_phrases_at(&c->k->triggers, c->text, c->t, c->b, trig, &used) < 0)
        return -1; /* no trigger word: nothing says what is measured */
    size_t after = trig + used;
    if (after == qty_first(c, q))
        return 0; /* a verb's object ("employs 4,300 people"): its clause's subject says whose */
    int pr = fl_claims_prep_role(c, after);
    if (pr == FL_PREP_IN || pr == FL_PREP_FROM) {
        size_t j = after + 1;
        while (j < c->b && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) >= 0)
            j++;
        if (j >= c->b ||
            !(c->t[j].kind == FL_TOK_NUM || fl_phrases_at(&c->k->reporting_spans, c->text, c->t, c->b, j, &used) >= 0))
            return -1;
    }
    /* "Adjusted operating profit", "underlying group revenue": a basis (claim_model.reporting "bases") is no part */
    for (int moved = 1; moved && i > lo;) {
        moved = fl_phrases_at(&c->k->reporting_wholes, c->text, c->t, c->b, i - 1, &used) >= 0 ||
                report_half_word(c, i - 1, rp->part_text);
        if (!moved && fl_phrases_at(&c->k->reporting_bases, c->text, c->t, c->b, i - 1, &used) >= 0 && used == 1)
            moved = (int)(*basis = i - 1) >= 0;
        i -= (size_t)moved;
    }
    int named = i > c->a && punct_is(c, i - 1, ':') ? colon_label_owner(c, i - 1, entity) : 0;
    if (named)
        return named; /* "Strikeline Leisure plc: sales up 9% to £148.6m"; not "Quillon Press plc: sales ..." */
    if (i <= lo || c->t[i - 1].kind == FL_TOK_PUNCT || fl_claims_role(c, i - 1, FL_ROLE_AND) ||
        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i - 1, &used) >= 0 ||
        (fl_claims_prep_role(c, i - 1) >= 0 && !fl_claims_role(c, i - 1, FL_ROLE_OF)))
        return 0; /* "With sales of £168.4 million, the group's margin ..."; not "31 per cent of revenue": a part */
    size_t owner = phrase_possessor(c, i);
    if (owner && report_owner(c, owner - 1, entity))
        return 1;
    return -1;
}

/* Is subject the report's entity: its name, or the first words of it ("Torvane" of "Torvane Athletic")? */
static int names_entity(const char *subject, const char *entity)
{
    size_t n = strlen(subject);
    return n && strncasecmp(entity, subject, n) == 0 && (entity[n] == 0 || entity[n] == ' ');
}

/* A report's figures of its accounts are its entity's (f->report: the name its lede gives as whose results they
 * are): a flow or stock of claim_model.reporting whose phrase names no part (report_scope) and whose clause names
 * that entity, a kind noun of it ("the company", "the Group's"), or nothing (the document's topic: a headline
 * "Revenue of £412.0m"). reported_period then dates it with the report's period. */
void fl_claims_report_entity(const sctx *c, fl_claim *cl, const fl_qty *q, size_t trig, const fl_report_period *rp)
{
    if (!rp->year || !rp->entity[0] || cl->family < 0 || !c->k->metrics[cl->family].reported || cl->src >= 0 ||
        cl->subject_event)
        return;
    size_t basis;
    int scope = report_scope(c, q, trig, rp, &basis);
    if (scope < 0)
        return;
    const char *s = cl->subject ? cl->subject : "";
    int kind_word = 0;
    if (cl->subject_doc && !strncmp(s, "the ", 4)) {
        int kind = fl_phrases_word(&c->k->kind_nouns, s + 4, strlen(s + 4));
        kind_word = kind >= 0 && (size_t)kind < c->k->nkinds &&
                    fl_phrases_word(&c->k->untyped_kinds, c->k->kinds[kind], strlen(c->k->kinds[kind])) >= 0;
    }
    if (!(scope == 1 || (cl->subject_doc && !s[0]) || kind_word || (!cl->subject_doc && names_entity(s, rp->entity))))
        return;
    free(cl->subject);
    cl->subject_doc = 0;
    cl->subject_how = "the report's own entity (its lede names whose results they are)";
    char w[32];
    if (basis == SIZE_MAX || !fl_claims_lower_word(c, basis, w, sizeof w)) {
        cl->subject = fl_xstrdup(rp->entity);
        return;
    }
    /* "adjusted" profit is another measure than the profit stated with no basis: compared with adjusted profit
     * only (an item would not do: a figure of no item may be any one of its key's items) */
    fl_buf b = {0};
    fl_buf_printf(&b, "%s (%s)", rp->entity, w);
    cl->subject = fl_buf_take(&b);
}

/* The report's own date on a claim (doc_date): yyyymmdd when the document is dated by itself or given a date, a wire
 * dateline's mmdd when only its day is known (the year is left to the join), else 0; and where the date came from. */
void fl_claims_claim_doc_date(fl_claim *cl, const fl_date *date)
{
    cl->date_source = (int8_t)date->source;
    if (date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE)
        cl->doc_date = date->year * 10000 + date->month * 100 + date->day;
    else if (date->wire_month)
        cl->doc_date = date->wire_month * 100 + date->wire_day;
}

/* Does a verb told in the past (past_verb) stand in q's clause before it ("The college had 4,000 students")? */
static int past_before(const sctx *c, const fl_qty *q)
{
    for (size_t i = c->ca; i < q->tok && i < c->b; i++)
        if (past_verb(c, i))
            return 1;
    return 0;
}

/* Is token i the participle of a present perfect ("has written", "have sent"): its verb group's first finite verb
 * is a present "has" or "have"? That tense tells the story's present, not a time gone by. */
static int present_perfect(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int vg = p && i >= c->a && i < c->b ? p->vg_of[i - c->a] : -1;
    return vg >= 0 && p->tags[i - c->a] == FL_TAG_VBN && p->vgs[vg].tense == FL_TENSE_PRESENT && !p->vgs[vg].passive;
}

/* Is q's clause told in the past, when q counts a possessor's complement in its own phrase ("the parents of the
 * school's 1,400 pupils")? The phrase's count is the holder's at the clause's time, so a present perfect ("has
 * written to the parents of the school's 1,400 pupils") is the present; a simple past or a past perfect before the
 * figure ("wrote", "had written") or as its clause's own verb after it ("The school's 720 pupils were taught in
 * huts") still tells another time. */
static int past_before_possessed(const sctx *c, const fl_qty *q)
{
    for (size_t i = c->ca; i < q->tok && i < c->b; i++)
        if (past_verb(c, i) && !present_perfect(c, i))
            return 1;
    const fl_parse *p = fl_claims_parse_of(c);
    int cls = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cls >= 0 ? p->clauses[cls].verb : -1;
    return vg >= 0 && p->vgs[vg].tense == FL_TENSE_PAST;
}

/* Is token i a verb of change: tagged a verb, and a word of arithmetic.json increase, decrease or multiples
 * ("reduced", "cut", "has grown", "doubled")? */
static int change_verb(const sctx *c, size_t i)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    return p && i >= c->a && i < c->b && is_verb_tag(p->tags[i - c->a]) &&
           (change_word(c, i) || fl_phrases_at(&c->k->multiples, c->text, c->t, c->b, i, &used) >= 0);
}

/* Does q's clause tell a change of the count q's possessive phrase states ("Boldon Foods has reduced its 2,340 staff
 * to 1,900", "has doubled its 400 beds", "the school's 940 pupils have fallen to 800")? A verb of change before q in
 * its clause or as the clause's own verb, or a change's end, start or size right after q: "to", "from" or "by"
 * (grammar.json direction-to, direction-from, change-links but "of"), a comma and a word of change before it at
 * most ("its 940 pupils, up from 800"), then a number. The count may be the holder's before or after the act, not
 * the one of the story's time, whatever the tense. */
static int count_changed(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int cls = p && q->tok >= c->a && q->tok < c->b ? fl_parse_clause_of(p, q->tok - c->a) : -1;
    int vg = cls >= 0 ? p->clauses[cls].verb : -1;
    if (vg >= 0 && change_verb(c, c->a + p->vgs[vg].head))
        return 1;
    for (size_t i = c->ca; i < q->tok && i < c->b; i++)
        if (change_verb(c, i))
            return 1;
    size_t i = q->tok_end, used;
    if (i < c->b && c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ',')
        i++;
    if (i < c->b && change_word(c, i))
        i++;
    if (i >= c->b || !(fl_claims_role(c, i, FL_ROLE_TO) || fl_claims_role(c, i, FL_ROLE_FROM) ||
                       (fl_claims_role(c, i, FL_ROLE_CHANGE_LINK) && !fl_claims_role(c, i, FL_ROLE_OF))))
        return 0;
    i++;
    if (i < c->b && fl_phrases_at(&c->k->qualifiers, c->text, c->t, c->b, i, &used) >= 0)
        i += used; /* "to about 1,900" */
    return numeral_at(c, i);
}

/* Is q's possessive phrase ("its 2,340 workers", "the school's 1,400 pupils") the whole of a partitive: after "of"
 * and a number, a fraction or a quantifier of grammar.json "partitive-quantifiers" ("a third of its 2,340 workers",
 * "400 of its 2,340 staff", "most of the school's 1,400 pupils")? Then the present perfect before it may be an act
 * that changed it ("has shed a third of its 2,340 workers"): the holder's count before the act, not the one of the
 * story's time, so that tense is read as told in the past again. */
static int partitive_possessed(const sctx *c, const fl_qty *q)
{
    const fl_lexicon *quant = fl_rules_lexicon(c->r, "partitive-quantifiers");
    size_t s = qty_first(c, q), e, used;
    if (!possessed(c, q) && !possessor_span(c, q, &s, &e))
        return 0;
    s -= possessed(c, q) ? 1 : 0;
    if (s < c->a + 2 || s - 2 < c->ca || !fl_claims_role(c, s - 1, FL_ROLE_OF))
        return 0;
    return c->t[s - 2].kind == FL_TOK_NUM ||
           fl_phrases_ending(&c->k->fractions, c->text, c->t, c->b, s - 2, &used) >= 0 ||
           (quant && fl_lexicon_has_token(quant, c->text, &c->t[s - 2], 1));
}

/* Does a phrase of place that names somewhere follow q ("410 people in Tenby", "at the Harlow plant")? */
static int placed_after(const sctx *c, const fl_qty *q)
{
    size_t i = q->tok_end, used;
    if (i >= c->b || fl_claims_prep_role(c, i) != FL_PREP_IN)
        return 0;
    for (i++; i < c->b && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0; i += used)
        ;
    return fl_claims_name_word(c, i);
}

/* A settled fact of a thing of the story (a family the claim model marks "settled": a wheel's height, a shaft's
 * depth) stated with no period is of no one day: it does not change between two reports of one story, dated or
 * not. It takes the story's period (5), as an undated report's figures do, so the join compares it across the
 * story's reports (settled_keys) instead of only within its document. An estimate, a part or a change keeps none. */
static void settled_period(const sctx *cw, fl_claim *cl, const fl_qty *q)
{
    const fl_knowledge *k = cw->k;
    if (cl->family < 0 || !k->metrics[cl->family].settled || k->metrics[cl->family].cumulative || cl->period_how != 0 ||
        cl->year || cl->modality != FL_MOD_ACTUAL || cl->part || cl->since || cl->subject_doc)
        return;
    if (k->metrics[cl->family].possessed &&
        (cl->told_past ||
         (possessor_before(cw, q) ? past_before_possessed(cw, q) || count_changed(cw, q) ||
                                        (past_before(cw, q) && partitive_possessed(cw, q))
                                  : past_before(cw, q)) ||
         placed_after(cw, q) || !fl_count_dimension(cw->r, cl->dim)))
        return; /* a holder's complement told in the past ("had 4,000 students") was of its time, not the story's;
                 * one at a named place ("employs 410 people in Tenby") is a part of it; a possessed family's
                 * stock is a count (a waiting list's children, not a wait of "more than two hours") */
    cl->period_how = 5;
}

/* A count of no stated period that its clause tells up to a day ("Kestlow District Council said 320 homes had reported
 * damage by Friday morning"; "by this morning" in a live page's entry under the day heading "Friday 15 May") is as
 * of that day: it takes its dated report's month, as an event's figure does, and keeps the day and time of day
 * (fl_claims_deadline) so that the join compares it only with a figure told up to the same day and time, never
 * with a final count or one of another hour. Only what is stated as it was (not a forecast, a base, a change, a
 * part or a span since a date), in a report whose month is known (a wire dateline's month without its year too),
 * and only a count (a running count of things or people, not an amount of money). */
static void deadline_period(const sctx *cw, fl_claim *cl, const fl_qty *q, const fl_facts *f, const fl_date *date)
{
    int known = date->month && date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE;
    if (cl->family < 0 || cl->year || cl->month || cl->period_how || cl->modality != FL_MOD_ACTUAL || cl->base ||
        cl->since || cl->part || !fl_count_dimension(cw->r, cl->dim))
        return;
    uint32_t dl = fl_claims_deadline(cw, f, date, q->tok);
    int mmdd = (int)(dl >> 16), month = known ? date->month : date->wire_month;
    if (!dl || (mmdd && mmdd / 100 != month))
        return; /* a day of another month than the report's: left undated */
    cl->deadline = dl;
    if (cl->subject_doc || (!known && !date->wire_month))
        return; /* compared only within its document, where its deadline still keeps it from another day's count */
    cl->year = known ? date->year : 0;
    cl->month = month;
    cl->period_how = 4;
}

/* Is the sentence a dated entry of a list or timeline, its label a day after the document's own ("- 26 May: 24-hour
 * strike" under "Next dates:" in a report of 22 May): a day and a month (either order, a year after them or not)
 * and a colon, past a bullet, as its first words? Such an entry tells what is set to happen that day, another
 * occurrence than the one the report tells of, whatever its words: its figures are not compared. A year-less
 * label is read in the document's year; a document with no known day (no dateline, no date given) has none. */
static int scheduled_entry(const sctx *c, const fl_date *date)
{
    size_t i = c->a, used;
    if (!date->day || !date->month || !date->year || date->source == FL_DATE_INFERRED)
        return 0;
    while (i < c->b && c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start <= 3)
        i++; /* a bullet: "-", "*", "•" */
    int day = 0, month = 0, year = date->year;
    for (int n = 0; n < 2 && i < c->b; n++, i += used) {
        used = 1;
        if (c->t[i].kind == FL_TOK_NUM && !day)
            day = atoi(c->text + c->t[i].start);
        else if (c->t[i].kind != FL_TOK_WORD || month ||
                 (month = fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used)) <= 0)
            return 0;
    }
    if (i < c->b && c->t[i].kind == FL_TOK_NUM && c->t[i].end - c->t[i].start == 4)
        year = atoi(c->text + c->t[i++].start);
    if (day < 1 || day > 31 || month <= 0 || i >= c->b || c->text[c->t[i].start] != ':')
        return 0;
    return year * 10000 + month * 100 + day > date->year * 10000 + date->month * 100 + date->day;
}

/* Does the figure's sentence, stating no time of its own, open with a distal demonstrative before a noun
 * (grammar.json distal-determiners: "That fire, on Brack Fell, burned 1,100 hectares") right after a sentence that
 * names a year before the document's (a date it states, not the latest year it mentions) and not the document's own
 * ("the largest fire since 2018")? Then it points back
 * to that earlier thing, and its figure is not the story's. */
static int distal_earlier(const sctx *c, const fl_facts *f, const fl_date *date)
{
    const fl_lexicon *distal = fl_rules_lexicon(c->r, "distal-determiners");
    const fl_parse *p = fl_claims_parse_of(c);
    if (!distal || !p || p->n < 2 || p->tags[0] != FL_TAG_DET || p->tags[1] != FL_TAG_NOUN ||
        !fl_lexicon_has_token(distal, c->text, &c->t[c->a], 1) || !date->year || date->source == FL_DATE_INFERRED)
        return 0;
    size_t lo = 0, hi = c->d->nsent;
    while (lo < hi) { /* the sentence that opens at token c->a */
        size_t mid = lo + (hi - lo) / 2;
        if (f->sent_tok[mid] < c->a)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!(lo > 0 && lo <= c->d->nsent && f->sent_tok[lo] == c->a && f->sent_year[lo - 1] &&
          !f->sent_year_carried[lo - 1] && f->sent_year[lo - 1] < date->year))
        return 0;
    for (size_t i = f->sent_tok[lo - 1]; i < c->a; i++) /* "... in 2021. By March 2026 it had spent ...": now too */
        if (c->t[i].kind == FL_TOK_NUM && c->t[i].end - c->t[i].start == 4 &&
            atoi(c->text + c->t[i].start) == date->year)
            return 0;
    return 1;
}

static int claim_time_and_key(const sctx *cw, fl_claim *cl, const fl_qty *q, size_t trig, const when *pw,
                              const fl_facts *f, int change_part)
{
    const fl_knowledge *k = cw->k;
    const fl_date *date = &f->date;
    fl_claims_report_entity(cw, cl, q, trig, &f->report);
    change_without_offset(cw, cl, q, change_part);
    exact_count(cw, cl);
    /* a level of a stock a news report states as of its day ("owes more than £250 million") is dated as an event's
     * figure is; not in a report of accounts (f->report), whose stocks are of its period's end */
    int event = cl->family >= 0 && (k->metrics[cl->family].event || cl->subject_event ||
                                    (k->metrics[cl->family].report_level && !f->report.year));
    /* "the 2,300 dockworkers now on strike": an event's figure as of the document's day is of its month, as
     * one with no period is */
    int now = pw && event && pw->how == 2 && !pw->month && !pw->part && !pw->since && pw->year == date->year;
    /* "appointed administrators on Tuesday, March 3" in a report of March: a day of the document's own month is
     * the news of the event, dated as its figures with no period are (the story's reports meet on it) */
    now = now || (pw && event && pw->month_only && !pw->target && !pw->since && pw->month == date->month &&
                  pw->year == date->year);
    if (pw && !now)
        set_period(cl, pw, cw, date);
    else if (event)
        /* a forecast of an act is the report's news as an estimate is ("around 115 jobs will go"): of its month, apart
         * from the actual count by its modality */
        event_period(cl, date,
                     (cl->subject_event && (k->metrics[cl->family].of_thing || k->metrics[cl->family].story_amount)) ||
                         cl->family == k->act_family);
    else if (!change_part)
        reported_period(cl, k, &f->report);
    if (!pw && !change_part)
        settled_period(cw, cl, q);
    if (!pw && !change_part && !event)
        deadline_period(cw, cl, q, f, date);
    fl_claims_claim_doc_date(cl, date);
    if (cl->family >= 0 && k->metrics[cl->family].cumulative)
        cl->count_state = count_state(cw, q, cw->ca, cw->cb);
    else if (cl->family >= 0 && act_like(k, cl->family) && count_state(cw, q, cw->ca, cw->cb) == 2)
        cl->count_state = 2; /* an act's count stated as risen ("up from eight"); an open one stays a level */
    else if (cl->entry && cl->family >= 0 && fl_frame_entry_dim(k, cl->dim) && running_entry(cw, q, cw->ca, cw->cb))
        cl->count_state = 1; /* a live entry's running total of a measure that is otherwise fixed */
    else if (cl->entry && cl->family >= 0 && cl->family == k->act_family && progressive_subject(cw, q))
        cl->count_state = 1; /* a live entry's "about 120 volunteers are helping": the count at its time */
    int supposed = fl_claims_hypothetical(cw, q), replaced = !supposed && superseded(cw, q);
    int earlier = !supposed && !replaced && !pw && distal_earlier(cw, f, date);
    int scheduled = !supposed && !replaced && !earlier && scheduled_entry(cw, date);
    if (!change_part && !(pw && !now) && (cl->subject_how == SHARE_SAID || cl->subject_how == PUT_SAID)) {
        cl->period_how = 5; /* a share of a population with no stated period: the story's survey's (share_family) */
        cl->year = 0;
        cl->month = cl->day = 0;
    }
    int person = person_subject(cw, q), at_place = person && person_at_event_place(cw, q, cl);
    cl->person_place = (int8_t)fl_frame_relation_family(k, cl->family);
    if (!change_part && !supposed && !replaced && !scheduled && !earlier &&
        fl_frame_story_key(cl, k, pw && !now, person && !at_place)) {
        cl->subject_how = "the story's: a measure of its event, compared across its reports";
        cl->person_place = (int8_t)(at_place ? 2 : cl->person_place);
    }
    if (!change_part && !supposed && !replaced && !scheduled && !earlier)
        fl_claims_make_keys(cl, k);
    if (cl->subject_how == FIRST_PERSON_SAID && !cl->key) {
        /* "Our staff numbered 41 at the end of the year": no period, no key: the organisation's subject would only
         * hide the figure from the same-terms comparison ("Across the trust our staff numbered 44") */
        cl->subject_doc = 0;
        cl->subject_how = NULL;
        free(cl->key_base);
        cl->key_base = NULL;
    }
    cl->why =
        fl_xstrdup(cl->key     ? ""
                   : supposed  ? "hypothetical: a condition or assumption"
                   : replaced  ? "superseded: the text gives it as an earlier figure that was replaced"
                   : scheduled ? "scheduled: a dated entry after the document's day (what is set to happen)"
                   : earlier   ? "an earlier thing: 'That fire' after a sentence of an earlier year points back to it"
                               : why_unkeyed(cl, k, change_part));
    if (!cl->subject)
        cl->subject = fl_xstrdup("");
    return supposed || replaced || scheduled || earlier;
}

/* The direction of the change whose size q is (change_amount's words of change, at the same places): 1 a rise
 * ("rose 8%", "a 6% rise", "3% higher"), -1 a fall, 0 when no word of change says which. */
static int change_direction(const sctx *c, const fl_qty *q)
{
    size_t used, p = q->tok, at = SIZE_MAX;
    for (size_t i = q->tok_end; i < q->tok_end + 2 && i < c->b && c->t[i].kind != FL_TOK_PUNCT && at == SIZE_MAX; i++)
        if (change_word(c, i))
            at = i;
    while (p > c->a && c->t[p - 1].start >= q->qstart)
        p--;
    if (at == SIZE_MAX && p >= c->a + 2 && fl_claims_role(c, p - 1, FL_ROLE_CHANGE_LINK) && change_word(c, p - 2))
        at = p - 2;
    if (at == SIZE_MAX && p > c->a && change_word(c, p - 1))
        at = p - 1;
    if (at == SIZE_MAX)
        return 0;
    return fl_phrases_at(&c->k->increase, c->text, c->t, c->b, at, &used) >= 0 ? 1 : -1;
}

/* Does the subject of the clause of change q narrow its measure to a part: an adjective in the subject phrase
 * ("Like-for-like revenue rose 3%") or a phrase of a preposition that opens the clause, a comma after it
 * ("In the northern region, revenue rose 11%")? The whole's change states no part, and the parts' changes of one
 * measure differ by right. Only for a figure after its subject, not one a noun of change follows. A phrase after the
 * subject ("Revenue at the plant rose") may name the owner as well as a part, and is left to the key as it is for a
 * level. */
static int narrowed_change(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int np = p ? fl_parse_subject(p, fl_parse_clause_of(p, q->tok - c->a)) : -1;
    if (np < 0 || c->a + p->nps[np].end > q->tok || change_word(c, q->tok_end))
        return 0; /* "the 6% rise in revenue": the change a noun states is its own phrase */
    size_t start = c->a + p->nps[np].start;
    int comma = 0;
    for (size_t i = c->ca + 1; i < start; i++)
        comma = comma || punct_is(c, i, ',');
    if (comma && c->ca >= c->a && p->tags[c->ca - c->a] == FL_TAG_ADP)
        return 1;
    for (size_t i = start; i < c->a + p->nps[np].end && i < c->b; i++)
        if (p->tags[i - c->a] == FL_TAG_ADJ)
            return 1;
    return 0;
}

/* A change of a measure is a claim of its own. The size of a change (cl, of figure q, when amount says q is one
 * and a statement of fact: "its revenue rose 8% in 2030", "the 6% rise in revenue in 2030") of an
 * attribute, subject and stated period is keyed as a level of that attribute is, with its direction and the
 * figure's dimension as its own ("rise:percent", "fall:money:GBP"): it meets another report's change of the same
 * thing, period and direction, never a level nor a change in points. Only a percentage or an amount of money: a
 * change of a length or a count is often one stage of a larger one ("until the river had risen by 2 m").
 * A change with no stated period stays unkeyed: a report states several changes of one measure over periods it
 * does not name (on the year, on the quarter). */
static void change_key(const sctx *c, fl_claim *cl, const fl_qty *q, int amount)
{
    int dir = amount ? change_direction(c, q) : 0;
    if (!dir || cl->family < 0 || cl->family == c->k->act_family || cl->year <= 0 || cl->base ||
        (q->kind != FL_QK_PERCENT && q->kind != FL_QK_MONEY) || fl_claims_role(c, q->tok_end, FL_ROLE_OF) ||
        narrowed_change(c, q))
        return; /* "made up 81% of all licences": a share of a whole, not a change */
    fl_buf b = {0};
    fl_buf_printf(&b, "%s:%s", dir > 0 ? "rise" : "fall", cl->dim);
    char *level_dim = cl->dim;
    cl->dim = fl_buf_take(&b);
    fl_claims_make_keys(cl, c->k);
    if (!cl->key) { /* no subject: the change stays unkeyed, in its figure's own dimension */
        free(cl->key_base);
        cl->key_base = NULL;
        free(cl->dim);
        cl->dim = level_dim;
        return;
    }
    free(level_dim);
    free(cl->why);
    cl->why = fl_xstrdup("");
}

/* Adds a finished claim to out, its strings in one block; one that no join can use (no key_base) is only kept
 * when out keeps every claim (a document of two million bare figures kept them all). */
/* The strings of c that claims may share (all but text, whose block holds the claim's own strings). */
static void shareable(fl_claim *c, char **f[FL_CLAIM_SHARED])
{
    char **all[FL_CLAIM_SHARED] = {&c->context, &c->dim, &c->item, &c->subject, &c->why, &c->key, &c->key_base};
    memcpy(f, all, sizeof all);
}

/* Points each string of cl that equals the same string of the claim kept before it at one copy of it in
 * out->shared (made at the first repeat, for both), so that a document repeating a figure keeps its clause
 * and key once, not once per claim; the others go into cl's own block (fl_claim_pack). */
static void pack_sharing(fl_claims *out, fl_claim *cl)
{
    char **now[FL_CLAIM_SHARED], **before[FL_CLAIM_SHARED];
    unsigned same = 0;
    shareable(cl, now);
    if (out->len) {
        shareable(&out->items[out->len - 1], before);
        for (int i = 0; i < FL_CLAIM_SHARED; i++) {
            if (!*now[i] || !*before[i] || strcmp(*now[i], *before[i]) != 0)
                continue;
            if (*before[i] != out->last_shared[i]) {
                FL_GROW(out->shared, out->capshared, out->nshared + 1);
                *before[i] = out->shared[out->nshared++] = fl_xstrdup(*before[i]);
                out->last_shared[i] = *before[i];
            }
            free(*now[i]);
            *now[i] = NULL;
            same |= 1u << i;
        }
    }
    fl_claim_pack(cl);
    for (int i = 0; i < FL_CLAIM_SHARED; i++)
        if (same & (1u << i))
            *now[i] = *before[i];
}

/* Is cl a level the transposition join compares (join/numeric.c transposed_join)? Not a day, time or weekday, not
 * a change or the figure it is from, and none of the figures its why (set by now) says are no level of their own:
 * a part, a whole of a part, a restatement, a normal, a table's change, one the text supposes, replaces or
 * schedules. */
static int transposable(const fl_claim *cl)
{
    static const char *const not_levels[] = {
        "a change", "superseded", "hypothetical", "scheduled", "the whole of a part",
        "restates", "a part of",  "adds to",      "a normal",  "a table's change"};
    if (cl->base || strcmp(cl->dim, "weekday") == 0 || strcmp(cl->dim, "date") == 0 || strcmp(cl->dim, "clock") == 0 ||
        strncmp(cl->dim, "rise:", 5) == 0 || strncmp(cl->dim, "fall:", 5) == 0)
        return 0;
    for (size_t i = 0; cl->why && i < sizeof not_levels / sizeof *not_levels; i++)
        if (strncmp(cl->why, not_levels[i], strlen(not_levels[i])) == 0)
            return 0;
    return 1;
}

int fl_claims_keep_claim(fl_claims *out, fl_claim *cl, int keep)
{
    cl->transposable = (int8_t)(transposable(cl) && (cl->key_base || out->nloose < FL_MAX_LOOSE_TRANSPOSABLE));
    out->nloose += cl->transposable && !cl->key_base;
    if (out->joinable_only && !cl->key_base && !keep && !cl->transposable) {
        fl_claim_pack(cl);
        free(cl->text);
        return 0;
    }
    if (out->joinable_only)
        pack_sharing(out, cl); /* a list the language server splits by document shares nothing */
    else
        fl_claim_pack(cl);
    FL_GROW(out->items, out->cap, out->len + 1);
    out->items[out->len++] = *cl;
    return 1;
}

/* ---- figures no attribute keys: compared by the words of their clauses (join/numeric.c similar_join) ---- */

/* One bit of 64 for the word w[0, n) (lower case). */
static uint64_t word_bit(const char *w, size_t n)
{
    return (uint64_t)1 << (fl_claims_fnv_lower(2166136261u, w, 0, n) & 63);
}

/* Is token i a word of the date the clause states for its figures: a month, a weekday, a relative day or
 * year ("yesterday", "last year"), a year? */
static int date_word(const sctx *c, size_t i, size_t *used)
{
    const fl_token *t = &c->t[i];
    *used = 1;
    if (t->kind == FL_TOK_NUM) {
        long y = strtol(c->text + t->start, NULL, 10);
        return t->end - t->start == 4 && y >= 1800 && y <= 2100;
    }
    return t->kind == FL_TOK_WORD && (fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, used) >= 0 ||
                                      fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, used) >= 0 ||
                                      fl_phrases_at(&c->k->relative, c->text, c->t, c->b, i, used) >= 0);
}

/* Does figure q stand inside a quotation that opens in its sentence (an opening mark before it that no closing
 * mark closes)? Words a speaker chose are compared as a quote, not by their figures' clauses. */
static int in_quotation(const sctx *c, const fl_qty *q)
{
    int open = 0, straight = 0;
    for (size_t x = c->a < c->b ? c->t[c->a].start : q->start; x < q->start; x++) {
        unsigned char ch = (unsigned char)c->text[x];
        if (ch == '"')
            straight ^= 1;
        else if (ch == 0xE2 && (unsigned char)c->text[x + 1] == 0x80 && (unsigned char)c->text[x + 2] == 0x9C)
            open++; /* U+201C */
        else if (ch == 0xE2 && (unsigned char)c->text[x + 1] == 0x80 && (unsigned char)c->text[x + 2] == 0x9D && open)
            open--; /* U+201D */
    }
    return open || straight;
}

/* May figure q be compared by the words of its clause? A count of a noun (an item) in a dimension
 * rules/similar.json lists, stated as a level (not a change, a base of comparison, a condition or a replaced
 * figure: unreal, as claim_time_and_key found) and not inside a quotation. Only such figures are kept for it: a
 * document of two million bare measures keeps none of them. A count an act keys is one too: within its document it
 * also meets the figures no attribute keys by these words (join/numeric.c similar_join); a figure another family
 * keys ("injuring 19") says what it measures, which a clause's words do not. */
/* How many tokens before a figure the "of" of a level's head may stand ("the ratio of one adult to five children"). */
enum { LEVEL_TERM_WORDS = 6 };

/* Is figure q the second term of a ratio a level's head names: after "to" and a first number, in the "of" phrase of
 * a level's head (claim_model.measures.levels heads: "the required ratio of one adult to five children"), no
 * punctuation between? It tells how the level is made, no count of the story's things ("the attendance of 11,240"
 * is one). */
static int level_term(const sctx *c, const fl_qty *q)
{
    size_t used, first = qty_first(c, q);
    int number = 0;
    if (first < c->a + 4 || !fl_claims_role(c, first - 1, FL_ROLE_TO))
        return 0;
    for (size_t i = first - 1; i-- > c->a + 1 && first - i <= LEVEL_TERM_WORDS && c->t[i].kind != FL_TOK_PUNCT;) {
        if (fl_claims_role(c, i, FL_ROLE_OF))
            return number && fl_phrases_at(&c->k->level_heads, c->text, c->t, c->b, i - 1, &used) >= 0 &&
                   i - 1 + used == i;
        number = number || c->t[i].kind == FL_TOK_NUM || number_word(c, i);
    }
    return 0;
}

static int similar_candidate(const sctx *c, const fl_claim *cl, const fl_qty *q, int change_part, int unreal,
                             int measure)
{
    const fl_lexicon *dims = fl_rules_lexicon(c->r, "similar-dimensions");
    const char *colon = strchr(cl->dim, ':'); /* "money:EUR" is of "money" */
    size_t dl = colon ? (size_t)(colon - cl->dim) : strlen(cl->dim);
    /* an undated report's topic figure has a key only for the story join (make_keys): unkeyed here */
    int keyed = cl->key && !(cl->period_how == 5 && cl->subject_doc);
    /* a count dated only by the day it is told up to ("320 homes had reported damage by Friday morning") meets the
     * document's figures of no key told in its words ("By Friday morning, 360 homes had reported damage") */
    keyed = keyed && !(cl->period_how == 4 && cl->deadline);
    return dims && (cl->item[0] ? fl_lexicon_has(dims, cl->dim, dl, 0) : measure) &&
           (!keyed || cl->family == c->k->act_family) && !change_part && !cl->base && q->kind != FL_QK_BARE &&
           cl->subject_how != PRONOUN_SAID && !unreal && !in_quotation(c, q) && !fronted_anaphor(c, q) &&
           !level_term(c, q);
}

/* The bit of the name at token i (w: its n letters, lower case) among a clause's names, or 0 when it is one of
 * the document's story names. */
static uint64_t clause_name_bit(const sctx *c, size_t i, const uint64_t story[2], const char *w, size_t n)
{
    uint32_t h = fl_token_hash(c->text, &c->t[i]);
    return story[h >> 6 & 1] & (uint64_t)1 << (h & 63) ? 0 : word_bit(w, n);
}

/* How far back a relative clause's antecedent is looked for names, in tokens. */
enum { ANTECEDENT_WORDS = 8 };

/* The words of the clause [c->ca, c->cb): its content words (stemmed; not the tokens [skip0, skip1), the figure's
 * own, nor the stop words of rules/similar.json; when clocks is set, no clock time the clause states: "06:47 GMT"
 * is no word or name of it) into sim[0], its names other than the document's story names (story) into sim[1]; the
 * date it states (months, weekdays, relative days, years) is hashed into *date_hash. */
static void words_of_clause(const sctx *c, size_t skip0, size_t skip1, int clocks, const uint64_t story[2],
                            struct sb_stemmer *sb, uint64_t sim[2], uint32_t *date_hash)
{
    const fl_lexicon *stop = fl_rules_lexicon(c->r, "similar-stopwords"),
                     *ordinals = fl_rules_lexicon(c->r, "similar-ordinals");
    char w[40];
    size_t used;
    fl_clock ck;
    sim[0] = sim[1] = 0;
    for (size_t i = c->ca; i < c->cb && i < c->b; i += used) {
        used = 1;
        if (i >= skip0 && i < skip1)
            continue;
        if (clocks && fl_clock_read(c->text, c->t, c->b, i, c->r, 0, &ck) && ck.end > i) {
            used = ck.end - i;
            continue;
        }
        const fl_token *t = &c->t[i];
        if (date_word(c, i, &used)) {
            *date_hash = fl_claims_fnv_lower(*date_hash, c->text, t->start, c->t[i + used - 1].end);
            continue;
        }
        size_t n = fl_claims_lower_word(c, i, w, sizeof w);
        if (n < 3 || !fl_is_ascii_alpha((unsigned char)w[0]))
            continue;
        if (fl_claims_name_word(c, i)) {
            sim[1] |= clause_name_bit(c, i, story, w, n);
            continue;
        }
        if (clocks && ordinals && fl_lexicon_has(ordinals, w, n, 0)) {
            sim[1] |= word_bit(w, n); /* "the first train" and "the last train" are named apart */
            continue;
        }
        if (stop && fl_lexicon_has(stop, w, n, 0))
            continue;
        const sb_symbol *st = sb ? sb_stemmer_stem(sb, (const sb_symbol *)w, (int)n) : NULL;
        sim[0] |= st ? word_bit((const char *)st, (size_t)sb_stemmer_length(sb)) : word_bit(w, n);
    }
    /* a relative clause is about its antecedent: "Vestra's plant in Brno, which employs about 2,400 people"
     * names Brno, so it is not the site of "the 1,800 people employed at the site" */
    size_t r = c->ca, wn;
    if (r < c->b && c->t[r].kind == FL_TOK_PUNCT)
        r++;
    if (r < c->b && fl_phrases_at(&c->k->relatives, c->text, c->t, c->b, r, &used) >= 0)
        for (size_t i = c->ca; i > c->a && c->ca - i < ANTECEDENT_WORDS; i--)
            if (fl_claims_name_word(c, i - 1) && (wn = fl_claims_lower_word(c, i - 1, w, sizeof w)) >= 3)
                sim[1] |= clause_name_bit(c, i - 1, story, w, wn);
}

/* A 16-bit hash (never 0) of the lower-case word w[0, n), stemmed as a clause's words are (words_of_clause). */
static uint32_t stem_hash16(const sctx *c, const char *w, size_t n)
{
    const sb_symbol *st = sb_stemmer_stem(c->sb, (const sb_symbol *)w, (int)n);
    uint32_t h = st ? fl_claims_fnv_lower(2166136261u, (const char *)st, 0, (size_t)sb_stemmer_length(c->sb))
                    : fl_claims_fnv_lower(2166136261u, w, 0, n);
    h = (h ^ h >> 16) & 0xffff;
    return h ? h : 1;
}

/* A 16-bit hash (never 0) of word token i, stemmed as a clause's words are (words_of_clause); 0 for a stop word. */
static uint32_t word_hash16(const sctx *c, size_t i)
{
    const fl_lexicon *stop = fl_rules_lexicon(c->r, "similar-stopwords");
    char w[40];
    size_t n = fl_claims_lower_word(c, i, w, sizeof w);
    if (n < 3 || !fl_is_ascii_alpha((unsigned char)w[0]) || (stop && fl_lexicon_has(stop, w, n, 0)) || !c->sb)
        return 0;
    return stem_hash16(c, w, n);
}

/* word_hash16 of verb token i as the act it tells: of its lemma ("began": "begin"), or of the act a lemma of
 * rules/time.json "same-act-verbs" stands for ("release=publish", "start=begin"), so that two reports' verbs of
 * one act meet. */
static uint32_t act_hash16(const sctx *c, size_t i)
{
    char lemma[FL_LEMMA_MAX];
    if (!word_hash16(c, i))
        return 0;
    fl_claims_lemma_of(c, i, lemma, sizeof lemma);
    size_t n = strlen(lemma);
    const char *act = n ? lexicon_pair(c, "same-act-verbs", lemma, n, 0) : NULL;
    if (!act)
        act = lemma;
    n = strlen(act);
    return n ? stem_hash16(c, act, n) : word_hash16(c, i);
}

uint32_t fl_claims_clause_heads(const sctx *c, size_t e0)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (!ps)
        return 0;
    int cl = fl_parse_clause_of(ps, e0 - c->a), vg = fl_parse_verb(ps, cl), np = fl_parse_subject(ps, cl);
    uint32_t verb = vg >= 0 ? act_hash16(c, c->a + ps->vgs[vg].head) : 0;
    uint32_t subject =
        np >= 0 && ps->tags[ps->nps[np].head] != FL_TAG_PRON && !fl_claims_name_word(c, c->a + ps->nps[np].head)
            ? word_hash16(c, c->a + ps->nps[np].head)
            : 0;
    return verb << 16 | subject;
}

/* The end of the phrase that opens figure q's clause [c->ca, c->cb) when q stands in it: a preposition, then no
 * verb up to the first comma after q ("With 68 boats on the register, the council estimates ..."). The phrase
 * states its own figure; the clause after the comma says another thing. c->cb when there is none. */
static size_t opening_phrase_end(const sctx *c, const fl_qty *q)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || c->ca >= q->tok || c->ca - c->a >= p->n || p->tags[c->ca - c->a] != FL_TAG_ADP)
        return c->cb;
    for (size_t i = c->ca + 1; i < c->cb && i < c->b && i - c->a < p->n; i++) {
        int t = p->tags[i - c->a];
        if (i >= q->tok_end && c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == ',')
            return i;
        if (finite_tag(t) || t == FL_TAG_MD || t == FL_TAG_VBG || t == FL_TAG_VB)
            return c->cb;
    }
    return c->cb;
}

/* The words of the clause [c->ca, c->cb) of figure q, for similar_join (words_of_clause): of the phrase that
 * opens it alone when q stands in that phrase (opening_phrase_end). */
static void clause_words(const sctx *c, const fl_qty *q, const uint64_t story[2], struct sb_stemmer *sb,
                         uint64_t sim[2], uint32_t *date_hash)
{
    sctx w = *c;
    w.cb = opening_phrase_end(c, q);
    words_of_clause(&w, q->tok, q->tok_end, 0, story, sb, sim, date_hash);
}

void fl_claims_clause_words(const sctx *c, size_t skip0, size_t skip1, uint64_t sim[2], uint32_t *date_hash)
{
    sim[0] = sim[1] = 0;
    if (c->story && c->sb)
        words_of_clause(c, skip0, skip1, 1, c->story, c->sb, sim, date_hash);
}

/* For a keyed act count cl: 1 + the bit of its act's verb (stemmed as words_of_clause stems) among clause words,
 * which a figure no attribute keys must hold to meet it ("start:runner": "the 16,800 runners who started"); 0 for
 * an act of a state (rules/similar.json "similar-state-acts": "There are 86 boats" is "present"). */
static uint8_t act_verb_bit(const sctx *c, const fl_claim *cl, struct sb_stemmer *sb)
{
    const fl_lexicon *states = fl_rules_lexicon(c->r, "similar-state-acts");
    const char *colon = strchr(cl->item, ':');
    size_t n = colon ? (size_t)(colon - cl->item) : 0;
    if (!n || (states && fl_lexicon_has(states, cl->item, n, 0)))
        return 0;
    const sb_symbol *st = sb ? sb_stemmer_stem(sb, (const sb_symbol *)cl->item, (int)n) : NULL;
    uint64_t bit = st ? word_bit((const char *)st, (size_t)sb_stemmer_length(sb)) : word_bit(cl->item, n);
    uint8_t i = 1;
    while (!(bit & 1)) {
        bit >>= 1;
        i++;
    }
    return i;
}

/* The head of NP np when it is a common noun, not a name and no token of [skip0, skip1) (parse indexes); SIZE_MAX
 * otherwise. */
static size_t common_head(const sctx *c, const fl_parse *p, int np, size_t skip0, size_t skip1)
{
    if (np < 0)
        return SIZE_MAX;
    size_t h = p->nps[np].head;
    return p->tags[h] == FL_TAG_NOUN && (h < skip0 || h >= skip1) && c->t[c->a + h].kind == FL_TOK_WORD &&
                   !fl_claims_name_word(c, c->a + h)
               ? h
               : SIZE_MAX;
}

/* The noun a measure no noun counts measures (parse index), by the structure of its sentence: the noun figure q
 * modifies ("a 38% premium"); the object of the "of" after it ("4.8 km of frontage"), not a percent's, whose "of"
 * names the whole it is a part of ("11% of people"); the object of an "in" after it ("a fall of 2 mm in rainfall");
 * the object its clause's verb takes before it ("cut blood pressure by 9 mm"); or its clause's subject
 * ("Dizziness affected 11%", "Dizziness was the most common, reported by 17 per cent"). SIZE_MAX when none. */
static size_t measured_noun(const sctx *c, const fl_qty *q, int part_of_whole)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t f = qty_first(c, q);
    if (!p || f < c->a || q->tok_end - c->a > p->n)
        return SIZE_MAX;
    size_t t0 = f - c->a, t1 = q->tok_end - c->a, h;
    int qi = fl_parse_quantity_of(p, q->tok - c->a), np = fl_parse_np_of(p, q->tok - c->a), pps[4];
    int unit = qi >= 0 ? p->quants[qi].unit : -1;
    if (np >= 0 && p->nps[np].head >= t1 && (int)p->nps[np].head != unit &&
        (h = common_head(c, p, np, t0, t1)) != SIZE_MAX)
        return h;
    if (qi >= 0 && !part_of_whole && (h = common_head(c, p, p->quants[qi].of_np, t0, t1)) != SIZE_MAX)
        return h;
    size_t npp = np >= 0 ? fl_parse_np_pps(p, np, pps, 4) : 0;
    for (size_t i = 0; i < npp && i < 4; i++)
        if (fl_claims_role(c, c->a + p->pps[pps[i]].prep, FL_ROLE_IN) &&
            (h = common_head(c, p, p->pps[pps[i]].np, t0, t1)) != SIZE_MAX)
            return h;
    int cl = fl_parse_clause_of(p, t0), vg = fl_parse_verb(p, cl);
    if (vg >= 0 && p->vgs[vg].end < t0 && p->vgs[vg].end < p->n) {
        int object = p->np_of[p->vgs[vg].end];
        if (object != np && (h = common_head(c, p, object, t0, t1)) != SIZE_MAX)
            return h;
    }
    int subject = fl_parse_subject(p, cl);
    return subject != np ? common_head(c, p, subject, t0, t1) : SIZE_MAX;
}

/* Does a figure of q's unit stand before q in its clause (of the sentence's figures qs[0, nq))? q is then the
 * second term of a comparison ("by 20 per cent to 16 per cent", "17 per cent against six per cent"), which
 * measures the thing the clause compares its subject with, not its subject. */
static int second_term(const sctx *c, const fl_qty *q, const fl_qty *qs, size_t nq)
{
    for (size_t j = 0; j < nq; j++)
        if (qs[j].tok >= c->ca && qs[j].tok < q->tok && strcmp(qs[j].dim, q->dim) == 0)
            return 1;
    return 0;
}

/* The noun a measure no noun counts measures (measured_noun), into w (cap bytes), singular and lower case, when
 * figure cl is of a unit rules/similar.json "similar-measures" lists, no attribute is known for it (a family known
 * without its subject, "a street value of £18,000", is that family's to compare) and it is no second term of a
 * comparison (second_term; qs[0, nq) the sentence's figures); 0 when it is none. */
static int measured_item(const sctx *c, const fl_claim *cl, const fl_qty *q, const fl_qty *qs, size_t nq, char *w,
                         size_t cap)
{
    const fl_lexicon *dims = fl_rules_lexicon(c->r, "similar-measures"),
                     *parts = fl_rules_lexicon(c->r, "similar-part-measures");
    const char *colon = strchr(cl->dim, ':'); /* "money:EUR" is of "money" */
    size_t dl = colon ? (size_t)(colon - cl->dim) : strlen(cl->dim), h;
    if (cl->item[0] || cl->key || cl->key_base || cl->family >= 0 || !dims || !fl_lexicon_has(dims, cl->dim, dl, 0) ||
        second_term(c, q, qs, nq) ||
        (h = measured_noun(c, q, parts && fl_lexicon_has(parts, cl->dim, dl, 0))) == SIZE_MAX ||
        !fl_claims_lower_word(c, c->a + h, w, cap))
        return 0;
    singular_item(c->r, w);
    return 1;
}

/* Gives figure cl of quantity q, which has no key, the clause words and date similar_join compares it on, when
 * it may be compared so (similar_candidate); and a key base "~unit|item|modality" when it has none, so that it
 * is kept for that join; a measure no noun counts, "~unit|modality|noun" of the noun it measures (measured_item),
 * whose stem is put among its clause's words too (the subject may stand in the clause its own hangs off). */
static void similar_marks(const sctx *c, fl_claim *cl, const fl_qty *q, const fl_qty *qs, size_t nq, int change_part,
                          int unreal, const uint64_t story[2], struct sb_stemmer *sb)
{
    char noun[40];
    int measure = measured_item(c, cl, q, qs, nq, noun, sizeof noun);
    if (!similar_candidate(c, cl, q, change_part, unreal, measure))
        return;
    uint32_t date_hash = 0;
    clause_words(c, q, story, sb, cl->sim, &date_hash);
    if (measure) {
        size_t n = strlen(noun);
        const sb_symbol *st = sb ? sb_stemmer_stem(sb, (const sb_symbol *)noun, (int)n) : NULL;
        cl->sim[0] |= st ? word_bit((const char *)st, (size_t)sb_stemmer_length(sb)) : word_bit(noun, n);
    }
    if (!cl->sim[0])
        return;
    if (date_hash)
        cl->sim_when = date_hash;
    if (cl->key)
        cl->sim_act = act_verb_bit(c, cl, sb);
    if (cl->key_base)
        return; /* kept for the join within its document already */
    fl_buf b = {0};
    if (measure)
        fl_buf_printf(&b, "~%s|%d|%s", cl->dim, cl->modality, noun);
    else
        fl_buf_printf(&b, "~%s|%s|%d", cl->dim, cl->item, cl->modality);
    cl->key_base = fl_buf_take(&b);
}

/* The noun a figure of tokens [tok, tok_end) is for each of, in tokens [from, end): a word of per-unit-words ("per")
 * outside the figure, or of per-unit-after right after it ("15 pence a share"),
 * not before a rate's period ("per year": the figure's rate) nor a word of per-unit-not ("per cent"), and the
 * last noun of the up to three nouns and adjectives after it ("per foreign arrival": arrival); SIZE_MAX when none. */
static size_t per_noun_in(const sctx *c, size_t tok, size_t tok_end, size_t from, size_t end)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *per = fl_rules_lexicon(c->r, "per-unit-words"), *no = fl_rules_lexicon(c->r, "per-unit-not"),
                     *after = fl_rules_lexicon(c->r, "per-unit-after");
    size_t used;
    if (!p || !per)
        return SIZE_MAX;
    for (size_t i = from; i + 1 < end; i++) {
        if ((i >= tok && i < tok_end) || c->t[i].kind != FL_TOK_WORD ||
            !(fl_lexicon_has_token(per, c->text, &c->t[i], 1) ||
              (i == tok_end && after && fl_lexicon_has_token(after, c->text, &c->t[i], 1))) ||
            fl_phrases_at(&c->k->rates, c->text, c->t, c->b, i, &used) >= 0 ||
            (no && fl_lexicon_has_token(no, c->text, &c->t[i + 1], 1)))
            continue;
        size_t head = SIZE_MAX;
        for (size_t j = i + 1; j < end && j < i + 4 && c->t[j].kind == FL_TOK_WORD; j++) {
            int t = p->tags[j - c->a];
            if (t != FL_TAG_NOUN && t != FL_TAG_ADJ)
                break;
            if (t == FL_TAG_NOUN)
                head = j;
        }
        return head;
    }
    return SIZE_MAX;
}

/* The noun a results table's comparative is for each of: that of the figure its parenthesis follows ("18.4p per
 * share (2024: 16.0p)": per share too), the words between that figure's number and the parenthesis; SIZE_MAX when
 * q is no comparative_in_parens or that figure is for each of nothing. */
static size_t comparative_per_noun(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q), open = first;
    if (!comparative_in_parens(c, first))
        return SIZE_MAX;
    while (open > c->a && !(c->t[open].kind == FL_TOK_PUNCT && c->text[c->t[open].start] == '('))
        open--;
    size_t num = open; /* the token after the figure's number, no clause boundary between it and the parenthesis */
    while (num > c->a && c->t[num - 1].kind != FL_TOK_NUM && (num == open || !boundary(c, num - 1)))
        num--;
    return num > c->a && c->t[num - 1].kind == FL_TOK_NUM ? per_noun_in(c, num - 1, num, num, open + 1) : SIZE_MAX;
}

/* The noun a figure of clause [c->ca, c->cb) is for each of (per_noun_in), or, for a comparative in parentheses,
 * the figure's before it (comparative_per_noun); SIZE_MAX when none. */
static size_t per_unit_noun(const sctx *c, const fl_qty *q)
{
    size_t end = c->cb && c->cb < c->b ? c->cb : c->b, h = per_noun_in(c, q->tok, q->tok_end, c->ca, end);
    return h != SIZE_MAX ? h : comparative_per_noun(c, q);
}

/* A figure for each of a noun (per_unit_noun) is no total: its dimension says of what ("money:crown/per arrival", as
 * "money:USD/barrel" does for a unit), so it meets only figures for each of that noun. Not a percentage, nor a
 * figure with a rate already. */
static void per_unit_item(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    char head[48];
    size_t h;
    const fl_lexicon *each = fl_rules_lexicon(c->r, "each-words");
    if (cl->family < 0 || q->kind == FL_QK_PERCENT || q->rate >= 0)
        return;
    if (each && q->tok_end < c->b && cl->dim && strncmp(cl->dim, "money", 5) == 0 &&
        c->t[q->tok_end].kind == FL_TOK_WORD && fl_lexicon_has_token(each, c->text, &c->t[q->tok_end], 1)) {
        fl_buf b = {0}; /* "a one-off payment of £400 each": for each one, never the total */
        fl_buf_printf(&b, "%s/each", cl->dim);
        free(cl->dim);
        cl->dim = fl_buf_take(&b);
        return;
    }
    if ((h = per_unit_noun(c, q)) == SIZE_MAX)
        return;
    fl_claims_lemma_of(c, h, head, sizeof head);
    if (!head[0])
        return;
    fl_buf b = {0};
    fl_buf_puts(&b, cl->dim ? cl->dim : "");
    fl_buf_puts(&b, "/per ");
    fl_buf_puts(&b, head);
    free(cl->dim);
    cl->dim = fl_buf_take(&b);
}

/* The item of an amount of a thing (of the family amount_of_thing gives, [np, npe) its head): the head, after the lemma
 * of the verb whose subject or object the amount is ("replace:main" for "replaced 186 km of ageing mains",
 * "boil:helium" for "1,500 litres of liquid helium boiled off" and "boiled off 900 litres of liquid helium"), a verb's
 * act being often on a part of the thing; the head alone when no verb but a form of "be" or "have" or a measure verb,
 * which states a size and does nothing to it, governs it ("the network's 4.8km of pipework", "through 14,600
 * kilometres of mains", "The scheme's 6.2km of pipework is ...", "The archive holds 3,200 hours of footage"). */
static void amount_item(const sctx *c, fl_claim *cl, const fl_qty *q, size_t np, size_t npe)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *be = fl_rules_lexicon(c->r, "be-forms"), *have = fl_rules_lexicon(c->r, "have-forms");
    char head[64], lemma[FL_LEMMA_MAX], part[16];
    if (cl->family < 0 || cl->family != c->k->amount_family || np == SIZE_MAX || npe <= np)
        return;
    fl_claims_lemma_of(c, npe - 1, head, sizeof head);
    lemma[0] = '\0';
    int cl_of = p ? fl_parse_clause_of(p, q->tok - c->a) : -1, vg = cl_of >= 0 ? fl_parse_verb(p, cl_of) : -1,
        s = cl_of >= 0 ? fl_parse_subject(p, cl_of) : -1;
    size_t first = qty_first(c, q), v = vg >= 0 ? c->a + p->vgs[vg].head : SIZE_MAX;
    const fl_lexicon *speech = fl_rules_lexicon(c->r, "speech-verbs");
    if (v != SIZE_MAX && v < first && speech && fl_lexicon_has_token(speech, c->text, &c->t[v], 1)) {
        /* "The university said 1,500 litres of helium boiled off": the reported clause's verb, after the amount */
        v = SIZE_MAX;
        for (size_t j = npe; j < c->b && j < npe + 4 && c->t[j].kind == FL_TOK_WORD && v == SIZE_MAX; j++)
            if (p->vg_of[j - c->a] >= 0)
                v = c->a + p->vgs[p->vg_of[j - c->a]].head;
        s = -1;
    }
    size_t used;
    if (v != SIZE_MAX && !(be && fl_lexicon_has_token(be, c->text, &c->t[v], 1)) &&
        !(have && fl_lexicon_has_token(have, c->text, &c->t[v], 1)) &&
        fl_phrases_at(&c->k->measure_verbs, c->text, c->t, c->b, v, &used) < 0) {
        int subject = v > q->tok && (s < 0 || (c->a + p->nps[s].start <= first && q->tok < c->a + p->nps[s].end));
        int object = v < first;
        for (size_t i = v + 1 + (v + 1 < first && p->tags[v + 1 - c->a] == FL_TAG_PART); object && i < first; i++)
            if (c->t[i].kind != FL_TOK_WORD || fl_claims_prep_role(c, i) >= 0 || p->tags[i - c->a] == FL_TAG_NOUN ||
                p->tags[i - c->a] == FL_TAG_PROPN)
                object = 0; /* "keep water in the network's 4.8km": a preposition's */
        if (subject || object)
            fl_claims_verb_lemma(c, v, lemma, sizeof lemma, part, sizeof part);
    }
    label lb; /* "- Forest searched: 48 km²": the label's participle, as "48 km² of forest were searched" */
    if (!lemma[0] && npe == np + 1 && label_line(c, q, &lb) && lb.head == np && lb.act == npe)
        fl_claims_verb_lemma(c, lb.act, lemma, sizeof lemma, part, sizeof part);
    free(cl->item);
    fl_buf b = {0};
    fl_buf_printf(&b, "%s%s%s", lemma, lemma[0] ? ":" : "", head);
    cl->item = fl_buf_take(&b);
}

/* The period of the rate that a one-word phrase of the rates lexicon right before the noun at head makes it, head a
 * word of grammar.json "rate-nouns" ("hourly rate", "weekly pay", "daily cost"); -1 when none. */
static int noun_rate(const sctx *c, size_t head)
{
    const fl_lexicon *nouns = fl_rules_lexicon(c->r, "rate-nouns");
    size_t used;
    if (!nouns || head <= c->a || head >= c->b || c->t[head].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(nouns, c->text, &c->t[head], 1))
        return -1;
    int r = fl_phrases_at(&c->k->rates, c->text, c->t, c->b, head - 1, &used);
    return r >= 0 && used == 1 ? r : -1;
}

/* The head of the noun phrase a sum of money q, first token first, is the level of, when that phrase is a label
 * right before the colon it follows ("Hourly rate: £13.21"), the phrase before an "of" right before it ("an hourly
 * rate of £13.12") or its clause's subject with only its verb group, adverbs and one preposition between ("The
 * hourly rate will rise to £13.21"); SIZE_MAX when none. */
static size_t level_phrase_head(const sctx *c, const fl_qty *q, size_t first)
{
    const fl_parse *p = fl_claims_parse_of(c);
    if (!p || first < c->a + 2)
        return SIZE_MAX;
    const fl_token *t = &c->t[first - 1];
    if (t->kind == FL_TOK_PUNCT && t->end - t->start == 1 && c->text[t->start] == ':')
        return first - 2;
    if (fl_claims_role(c, first - 1, FL_ROLE_OF))
        return first - 2;
    int cl = fl_parse_clause_of(p, q->tok - c->a), np = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    if (np < 0 || c->a + p->nps[np].end > first)
        return SIZE_MAX;
    int preps = 0;
    for (size_t i = c->a + p->nps[np].end; i < first; i++) {
        int tag = p->tags[i - c->a];
        if (tag == FL_TAG_ADP && !preps++)
            continue;
        if (p->vg_of[i - c->a] < 0 && tag != FL_TAG_ADV && tag != FL_TAG_MD && tag != FL_TAG_NEG &&
            tag != FL_TAG_PART && tag != FL_TAG_TO)
            return SIZE_MAX;
    }
    return c->a + p->nps[np].head;
}

/* A sum of money with no rate of its own is a rate when the phrase it is the level of names one ("Hourly rate:
 * £13.21", "The hourly rate will rise to £13.21": money per hour, as "£13.21 an hour" is); its dimension says so. */
static void phrase_rate_item(const sctx *c, fl_claim *cl, const fl_qty *q)
{
    size_t head;
    int r;
    if (cl->family < 0 || q->rate >= 0 || !cl->dim || strncmp(cl->dim, "money", 5) != 0 || strchr(cl->dim, '/') ||
        (head = level_phrase_head(c, q, qty_first(c, q))) == SIZE_MAX || (r = noun_rate(c, head)) < 0)
        return;
    fl_buf b = {0};
    fl_buf_printf(&b, "%s/%s", cl->dim, c->k->periods[r]);
    free(cl->dim);
    cl->dim = fl_buf_take(&b);
}

/* The item of a figure, the thing an amount measures (amount_item), for each of what it is (per_unit_item), and the
 * rate its phrase names (phrase_rate_item). */
static void figure_item(const sctx *c, fl_claim *cl, const fl_qty *q, size_t np, size_t npe)
{
    amount_item(c, cl, q, np, npe);
    per_unit_item(c, cl, q);
    phrase_rate_item(c, cl, q);
}

/* The claim of quantity q of sentence s, its value and text set, nothing keyed yet. */
static fl_claim new_claim(fl_doc *d, const sctx *cw, const fl_qty *q, size_t doc_index, size_t seq, size_t s)
{
    fl_claim cl;
    memset(&cl, 0, sizeof cl);
    cl.file = d->path;
    cl.doc = doc_index;
    cl.seq = seq;
    cl.sentence = s;
    cl.start = fl_doc_pos(d, q->start);
    cl.end = fl_doc_pos(d, q->end);
    cl.text = fl_claims_excerpt(d, q->qstart, q->end, 80);
    cl.context = fl_claims_clause(cw, q);
    cl.dim = fl_xstrdup(q->dim);
    cl.item = fl_xstrdup(q->item);
    cl.value = q->value;
    cl.lo = q->lo;
    cl.hi = q->hi;
    return cl;
}

/* Pass 1 of a document: its tokens, numbers and quantities (sentence_facts), its date, and room for what pass 2
 * says of each quantity. */
/* Gives the claim cl of figure q (period pw), when a definite phrase of its restates a figure given before, that
 * figure's key (extract/refs.c); returns whether it may be restated later itself (*ph: its phrase, for
 * fl_refs_note). A part's whole, a change or a supposed figure (skip) neither restates nor is restated. */
static int reference_figure(const sctx *cw, fl_claim *cl, const fl_qty *q, const when *pw, int skip, fl_refs *refs,
                            fl_claims *out, fl_ref_phrase *ph)
{
    ref_phrase(cw, cl, q, pw, ph);
    return !skip && !fl_refs_resolve(refs, cw->r, cl, ph, out) && fl_refs_candidate(cl, ph);
}

/* Is token i a word written in capitals only, two letters or more ("QUILLFEATHER", "PLC")? */
static int capitals_word(const sctx *c, size_t i)
{
    const fl_token *t = &c->t[i];
    size_t letters = 0;
    for (uint32_t x = t->start; x < t->end; x++) {
        char ch = c->text[x];
        if (ch >= 'a' && ch <= 'z')
            return 0;
        letters += ch >= 'A' && ch <= 'Z';
    }
    return t->kind == FL_TOK_WORD && letters >= 2;
}

/* The entity of a lede written in capitals ("BRAMBLECOTE HOMEWARES PLC - INTERIM RESULTS FOR ..."), whose name no
 * capital tells from the words around it: the words in capitals that open the sentence, up to a dash or colon right
 * before the reporting noun at token noun, as a name is written ("Bramblecote Homewares Plc"). 0 when another word
 * stands between ("RIVER TRAFFIC MAY RESUME: HARBOUR RESULTS DUE": a headline, no report's title). */
static int capitals_entity(const sctx *c, size_t noun, fl_report_period *out)
{
    size_t e = c->a;
    while (e < noun && capitals_word(c, e))
        e++;
    if (e == c->a || e + 1 != noun || c->t[e].kind != FL_TOK_PUNCT || !strchr("-:\xE2", c->text[c->t[e].start]) ||
        !capitals_word(c, noun))
        return 0;
    fl_buf b = {0};
    for (size_t i = c->a; i < e; i++) {
        fl_buf_puts(&b, i > c->a ? " " : "");
        for (uint32_t x = c->t[i].start; x < c->t[i].end; x++) {
            char ch = c->text[x];
            fl_buf_put(&b, x > c->t[i].start && ch >= 'A' && ch <= 'Z' ? &(char){(char)(ch + 32)} : &ch, 1);
        }
    }
    snprintf(out->entity, sizeof out->entity, "%s", b.ptr ? b.ptr : "");
    fl_buf_free(&b);
    return 1;
}

/* The first year a sentence of tokens [a, b) states after one of its reporting nouns (claim_model
 * .reporting "nouns": "results", "trading update"), with its part of the year ("the first half of 2026"), as a
 * period the report covers: not a base of comparison, a start ("since") or a deadline; 0 when there is none. */
static int report_when(const sctx *c, const fl_facts *f, size_t s, fl_report_period *out)
{
    size_t used, noun = c->b;
    for (size_t i = c->a; i < c->b && noun == c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->reporting_nouns, c->text, c->t, c->b, i, &used) >= 0)
            noun = i;
    if (noun == c->b)
        return 0;
    size_t nn = f->sent_num[s + 1] - f->sent_num[s];
    int prev = 0;
    size_t prev_tok = 0, found = 0;
    when *w;
    size_t nw = find_whens(c, nn ? f->num + f->sent_num[s] : NULL, nn, &f->date, &prev, &prev_tok, &w);
    for (size_t i = 0; i < nw && !found; i++) {
        if (w[i].tok < noun || w[i].how != 1 || w[i].base || w[i].since || w[i].target)
            continue;
        fl_claim tmp = {0};
        set_period(&tmp, &w[i], c, &f->date);
        subj_t sj = clause_subject(c, NULL, 0, c->a, noun);
        if (sj.type == SUBJ_NAME) {
            char *name = subject_phrase(c, sj.tok, sj.ntok);
            snprintf(out->entity, sizeof out->entity, "%s", name);
            free(name);
        } else
            capitals_entity(c, noun, out);
        out->year = tmp.year;
        out->month = tmp.month;
        out->part = tmp.part;
        memcpy(out->part_text, tmp.part_text, sizeof out->part_text);
        found = 1;
    }
    free(w);
    return (int)found;
}

/* The period the report says in its lede (its title and first LEDE_WORDS words) that it covers:
 * "Interim results for the 26 weeks to 29 March 2026", "announces its results for the first half of the
 * 2026/27 financial year". The first lede sentence that states one gives it. */
static void report_period(const fl_doc *d, const fl_rules *r, fl_facts *f)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    size_t words = 0;
    for (size_t s = 0; s < d->nsent && words < LEDE_WORDS; s++) {
        sctx c = fl_claims_sentence_ctx(d, r, k, f, s);
        if (report_when(&c, f, s, &f->report))
            return;
        for (size_t i = c.a; i < c.b; i++)
            words += f->tok[i].kind == FL_TOK_WORD;
    }
}

static void document_facts(fl_doc *d, const fl_rules *r, const fl_date *given, fl_facts *f)
{
    memset(f, 0, sizeof(*f));
    int latest = sentence_facts(d, r, f);
    f->date = fl_claims_document_date(d, r, given, latest);
    if (fl_rules_knowledge(r)->nreported_flows)
        report_period(d, r, f);
    f->qty_modality = fl_arena_alloc(d->arena, (f->nqty + 1) * sizeof(int));
    f->qty_clause = fl_arena_alloc(d->arena, (f->nqty + 1) * sizeof(uint32_t));
    fl_tables_find(d->text, d->start, d->len, r, &f->tables);
    f->contrasts = f->nqty ? doc_contrasts(d, r, f) : 0;
}

/* Notes in mv the verbs of the story's main event that sentence s tells (see main_verbs): the title's (the first
 * line of the document) first verb and its first act noun (time.event_nominals), and the main verb of the first
 * sentence after the title whose main clause has a finite verb (the lede; a byline or dateline has none). */
static void main_event_verbs(const sctx *c, size_t s, main_verbs *mv)
{
    if (mv->lede_done)
        return; /* before the parse: a sentence with no figure is parsed only when something needs it */
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t title_end = mv->title_end, used;
    if (!ps)
        return;
    for (size_t i = c->a; s == 0 && i < c->b && c->t[i].start < title_end; i++) {
        int tag = ps->tags[i - c->a], nom;
        if (!mv->lemma[0][0] && (tag == FL_TAG_VBD || tag == FL_TAG_VBP || tag == FL_TAG_VBN))
            fl_claims_verb_lemma(c, i, mv->lemma[0], sizeof mv->lemma[0], mv->particle[0], sizeof mv->particle[0]);
        if (!mv->lemma[1][0] && c->t[i].kind == FL_TOK_WORD &&
            (nom = fl_phrases_at(&c->k->event_nominals, c->text, c->t, c->b, i, &used)) >= 0)
            snprintf(mv->lemma[1], sizeof mv->lemma[1], "%s", c->k->nominal_verbs[nom]);
    }
    if (c->t[c->a].start < title_end)
        return; /* the title (and a byline or dateline the segmenter kept with it) */
    for (size_t cl = 0; cl < ps->nclause && !mv->lede_done; cl++) {
        int vg = ps->clauses[cl].parent < 0 ? ps->clauses[cl].verb : -1;
        if (vg < 0 || !ps->vgs[vg].finite)
            continue;
        fl_claims_verb_lemma(c, c->a + ps->vgs[vg].head, mv->lemma[2], sizeof mv->lemma[2], mv->particle[2],
                             sizeof mv->particle[2]);
        mv->lede_done = 1;
    }
}

/* The claims of sentence s that are no quantity's: the days and clock times of its events, the weekdays it gives,
 * the ages of its people. */
/* ---- a count told in parts by severity: "Nine people were seriously hurt and 23 suffered minor injuries" ---- */

/* The severity class (an index into claim_model.severities) of a part claim cl ("serious:person"), with the item
 * after the colon in *base; -1 when its item names none or it has no key. */
static int severity_class_of(const fl_knowledge *k, const fl_claim *cl, const char **base)
{
    const char *colon = cl->key ? strchr(cl->item, ':') : NULL;
    if (!colon)
        return -1;
    size_t n = (size_t)(colon - cl->item);
    for (size_t i = 0; i < k->nseverities; i++)
        if (strlen(k->severities[i]) == n && memcmp(k->severities[i], cl->item, n) == 0) {
            *base = colon + 1;
            return (int)i;
        }
    return -1;
}

/* The quantity of [q0, q1) that claim cl was made from (where it starts), or NULL. */
static const fl_qty *claim_qty(fl_doc *d, const fl_facts *f, size_t q0, size_t q1, const fl_claim *cl)
{
    for (size_t qi = q0; qi < q1; qi++) {
        fl_pos p = fl_doc_pos(d, f->qty[qi].start);
        if (p.line == cl->start.line && p.col[0] == cl->start.col[0])
            return &f->qty[qi];
    }
    return NULL;
}

/* Does the figure of claim cl name its own counted noun ("Nine people", not "23" whose noun is left out)? The
 * sentence's quantities [q0, q1) hold it. */
static int part_names_noun(fl_doc *d, const fl_facts *f, size_t q0, size_t q1, const fl_claim *cl)
{
    const fl_qty *q = claim_qty(d, f, q0, q1, cl);
    return !q || q->tok_end > f->num[q->num].tok + f->num[q->num].ntok;
}

/* Where the claims of sentence s of document doc_index, the last ones of out, begin. */
static size_t sentence_claims_from(const fl_claims *out, size_t doc_index, size_t s)
{
    size_t from = out->len;
    while (from > 0 && out->items[from - 1].doc == doc_index && out->items[from - 1].sentence == s)
        from--;
    return from;
}

/* Makes sum, a copy of first whose value, lo and hi are the parts' sum, the claim of that sum: text the parts'
 * texts (in text) and "= SUM", item item, no key yet, ending at end, the next of the document's claims. */
static void sum_claim(fl_claim *sum, const fl_claim *first, fl_buf *text, const char *item, fl_pos end, size_t *seq)
{
    fl_buf_printf(text, " = %.15g", sum->value);
    sum->text = fl_buf_take(text);
    sum->context = fl_xstrdup(first->context);
    sum->dim = fl_xstrdup(first->dim);
    sum->item = fl_xstrdup(item);
    sum->subject = fl_xstrdup(first->subject ? first->subject : "");
    sum->why = fl_xstrdup("");
    sum->key = sum->key_base = NULL;
    sum->end = end;
    sum->listed = sum->definite = 0;
    sum->seq = (uint32_t)(*seq)++;
}

/* Is a word of severity_sums.not ("including", "among them") in the sentence before token e? */
static int severity_sum_not(const sctx *c, size_t e)
{
    size_t used;
    for (size_t i = c->a; i < e && i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->severity_sum_not, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
    return 0;
}

/* Can claims a and b be parts of one count: one key but for the severity, one dimension, period and time? */
static int same_count(const fl_claim *a, const fl_claim *b)
{
    return a->key_base && b->key_base && strcmp(a->key_base, b->key_base) == 0 && strcmp(a->dim, b->dim) == 0 &&
           a->year == b->year && a->month == b->month && a->part == b->part && a->period_how == b->period_how &&
           a->modality == b->modality && a->as_of == b->as_of && a->entry == b->entry;
}

/* The parts of one count by severity among the claims [from, out->len) of a sentence (their indexes in part[],
 * at most cap); 0 when they are not a complete breakdown: two or more parts of one count, each of another
 * severity class, one of them of a light class (severity_sums.light) and one of another, the counted nouns
 * the parts name all one (*base). */
static size_t severity_parts(const fl_knowledge *k, fl_doc *d, const fl_facts *f, size_t s, const fl_claims *out,
                             size_t from, size_t *part, size_t cap, const char **base)
{
    size_t n = 0;
    int light = 0, grave = 0;
    unsigned seen = 0;
    *base = NULL;
    for (size_t i = from; i < out->len; i++) {
        const fl_claim *cl = &out->items[i];
        const char *b;
        int sev = severity_class_of(k, cl, &b);
        if (sev < 0)
            continue;
        if (n == cap || sev >= 32 || (seen & 1u << sev) || (n && !same_count(&out->items[part[0]], cl)))
            return 0; /* two parts of one class, or parts of two counts: no one breakdown */
        seen |= 1u << sev;
        const char *name = k->severities[sev];
        if (fl_phrases_word(&k->severity_light, name, strlen(name)) >= 0)
            light = 1;
        else
            grave = 1;
        if (part_names_noun(d, f, f->sent_qty[s], f->sent_qty[s + 1], cl)) {
            if (*base && strcmp(*base, b) != 0)
                return 0; /* "Four workers ... and 12 people": not one count */
            *base = b;
        } else if (!*base && !n)
            *base = b;
        part[n++] = i;
    }
    return n >= 2 && light && grave && *base ? n : 0;
}

/* The parts of a count a sentence tells by severity, as a complete breakdown ("Nine people were seriously hurt
 * and 23 suffered minor injuries"; severity_parts), are claimed once more as their sum, keyed as the whole is
 * (injuries of person, 32), so that it meets a total another sentence or report states ("Thirty people were
 * injured"). Its text shows the sum ("Nine people + 23 = 32"); the parts keep their own keys. Not when a word of
 * severity_sums.not stands before them: "Forty people were hurt, including six seriously and 10 ..." */
static void severity_sum(const sctx *c, fl_doc *d, const fl_facts *f, size_t s, size_t doc_index, size_t *seq,
                         fl_claims *out)
{
    const fl_knowledge *k = c->k;
    size_t from = sentence_claims_from(out, doc_index, s);
    size_t part[8];
    const char *base;
    size_t n = k->nseverities ? severity_parts(k, d, f, s, out, from, part, 8, &base) : 0;
    if (!n)
        return;
    const fl_claim *first = &out->items[part[0]];
    const fl_qty *fq = claim_qty(d, f, f->sent_qty[s], f->sent_qty[s + 1], first);
    if (fq && severity_sum_not(c, fq->tok))
        return;
    fl_claim sum = *first;
    fl_buf text = {0};
    size_t exact = 0;
    sum.value = sum.lo = sum.hi = 0;
    for (size_t i = 0; i < n; i++) {
        const fl_claim *p = &out->items[part[i]];
        fl_buf_printf(&text, "%s%s", i ? " + " : "", p->text);
        sum.value += p->value;
        sum.lo += p->lo;
        sum.hi += p->hi;
        exact += p->value == floor(p->value) && p->lo >= p->value - 0.5 && p->hi <= p->value + 0.5;
    }
    if (exact == n) { /* exact counts add up to an exact count */
        sum.lo = sum.value - 0.5;
        sum.hi = sum.value + 0.5;
    }
    sum_claim(&sum, first, &text, base, out->items[part[n - 1]].end, seq);
    sum.doc = (uint32_t)doc_index;
    fl_claims_make_keys(&sum, k);
    if (!sum.key_base) {
        fl_claim_pack(&sum);
        free(sum.text);
        return;
    }
    fl_claims_keep_claim(out, &sum, 0);
}

/* ---- a count told in joined parts: "12,436 home supporters and 1,950 from Tarnbury were in the ground" ---- */

enum { JOINED_MAX = 6 };

/* The claim of out [from, out->len) at quantity q, or NULL. */
static fl_claim *claim_at(fl_doc *d, const fl_qty *q, fl_claims *out, size_t from)
{
    fl_pos p = fl_doc_pos(d, q->start);
    for (size_t i = from; i < out->len; i++)
        if (out->items[i].start.line == p.line && out->items[i].start.col[0] == p.col[0])
            return &out->items[i];
    return NULL;
}

/* Is token i a word of the "and" role (rules/grammar.json) that the parse tags a conjunction? */
static int and_at(const sctx *c, const fl_parse *p, size_t i)
{
    return i < c->b && c->t[i].kind == FL_TOK_WORD && fl_claims_role(c, i, FL_ROLE_AND) &&
           p->tags[i - c->a] == FL_TAG_CONJ;
}

/* Does a verb of the parse stand in [i, e)? */
static int verb_in(const sctx *c, const fl_parse *p, size_t i, size_t e)
{
    for (; i < e && i < c->b; i++)
        if (verb_tag(p->tags[i - c->a]) || p->tags[i - c->a] == FL_TAG_MD)
            return 1;
    return 0;
}

/* Where the phrase after the last part, from token i, ends: at the sentence's end or a punctuation mark. */
static size_t phrase_end(const sctx *c, size_t i)
{
    while (i < c->b && c->t[i].kind != FL_TOK_PUNCT)
        i++;
    return i;
}

/* Do the parts [q0, q1) of the sentence share one predicate: the verb group comes either before the first part
 * (its objects: "drew 5,100 visitors and 700 from abroad"; a speech verb right before it only reports) or after
 * the last (their subject: "... and 1,950 from Tarnbury were in the ground"), not both ("Police arrested 12 people
 * and 3 were charged" is two clauses)? */
static int one_predicate(const sctx *c, const fl_parse *p, const fl_facts *f, size_t q0, size_t q1)
{
    size_t first = f->qty[q0].tok, a = first;
    while (a > c->a && c->t[a - 1].kind != FL_TOK_PUNCT)
        a--;
    if (first > a && speech_verb(c, first - 1))
        first--;
    size_t last = f->qty[q1 - 1].tok_end;
    if (last < c->b && c->t[last].kind == FL_TOK_WORD && fl_claims_role(c, last, FL_ROLE_OF))
        return 0; /* "1,950 of them": a part of a part */
    return verb_in(c, p, a, first) + verb_in(c, p, last, phrase_end(c, last)) == 1;
}

/* The run of parts that starts at quantity q0 and is joined by commas and a last "and", each part right after
 * the one before or the words with no verb that hang on it ("1,450 workers at the plant, 590 at the shops and
 * 180 at the depot"): how many there are (at most cap), 0 when fewer than two or no "and" ends it, or when the
 * words that hang on a part have a word of a date (date_word: "1,400 people on Monday night and 1,750 on
 * Tuesday night" are one count at two times). */
static size_t joined_run(const sctx *c, const fl_parse *p, const fl_facts *f, size_t q0, size_t qe, size_t cap)
{
    size_t n = 1, used;
    for (size_t q = q0; q + 1 < qe && n < cap; q++, n++) {
        size_t j = f->qty[q].tok_end;
        while (j < f->qty[q + 1].tok && c->t[j].kind == FL_TOK_WORD && !and_at(c, p, j) && !verb_in(c, p, j, j + 1)) {
            if (date_word(c, j, &used))
                return 0;
            j++;
        }
        if (f->qty[q + 1].tok != j + 1)
            break;
        if (and_at(c, p, j))
            return n + 1;
        if (c->t[j].kind != FL_TOK_PUNCT || c->text[c->t[j].start] != ',')
            break;
    }
    return 0;
}

/* Drops the key of claim a, a part of the count whose sum is claimed: its strings are unpacked, rewritten and
 * packed again. */
static void drop_part_key(fl_claim *cl, const char *why);

static void unkey_part(fl_claim *a)
{
    char **fs[] = {&a->text, &a->context, &a->dim, &a->item, &a->subject, &a->why, &a->key, &a->key_base};
    char *block = a->text;
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
        *fs[i] = *fs[i] ? fl_xstrdup(*fs[i]) : NULL;
    free(block);
    drop_part_key(a, "a part of a count told in parts joined by \"and\": their sum is claimed as the whole");
    fl_claim_pack(a);
}

/* Does the part at quantity q name no noun of its own: the word right after its number is a preposition
 * ("1,950 from Tarnbury", "12 to Westgate") or none? */
static int part_leaves_noun(const sctx *c, const fl_parse *p, const fl_facts *f, const fl_qty *q)
{
    size_t j = f->num[q->num].tok + f->num[q->num].ntok;
    if (j >= c->b || c->t[j].kind != FL_TOK_WORD)
        return 1;
    int t = p->tags[j - c->a];
    return t == FL_TAG_ADP || t == FL_TAG_TO || and_at(c, p, j) || verb_in(c, p, j, j + 1);
}

/* Does the phrase that hangs on a part, tokens [i, e) up to the next part or punctuation, count what it is of
 * ("1,900 across its four plants", "2,300 at its 11 sites")? Such a part is the whole of those places, and a part
 * before it ("410 people in Millhaven and 1,900 across its four plants") is one of them: no sum. */
static int counts_places(const sctx *c, size_t i, size_t e)
{
    for (; i < e; i++)
        if (c->t[i].kind == FL_TOK_NUM || number_word(c, i))
            return 1;
    return 0;
}

/* Are the parts [q0, q0 + n) one count's (their claims in part[], NULL where none): exact counts of people or
 * things, none qualified ("about 300") nor a range, the first naming its noun with no verb in its phrase ("720
 * started apprenticeships" is a clause), each later one naming no noun (part_leaves_noun) or having a claim of
 * the first's key ("210 passengers and 30 crew" are two counts, "four stewards and one officer" too), and the
 * first not the sum of the others ("1,350 people at the year end, 1,020 in the UK and 330 in the Netherlands":
 * a whole and its parts)? */
static int one_count_parts(const sctx *c, fl_doc *d, const fl_facts *f, size_t q0, size_t n, size_t from,
                           fl_claims *out, fl_claim **part)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_qty *q1 = &f->qty[q0];
    double rest = 0;
    if (strcmp(part[0]->dim, "people") != 0 && strcmp(part[0]->dim, "count") != 0)
        return 0;
    if (verb_in(c, p, f->num[q1->num].tok + f->num[q1->num].ntok, q1->tok_end))
        return 0;
    for (size_t i = 0; i < n; i++) {
        const fl_qty *q = &f->qty[q0 + i];
        const fl_num *v = &f->num[q->num];
        if (q->qstart != q->start || v->range || v->nonclaim || v->value != floor(v->value) || v->lo < v->value - 0.5)
            return 0;
        rest += i ? v->value : 0;
        if (!i)
            continue;
        part[i] = claim_at(d, q, out, from);
        if (counts_places(c, q->tok_end, i + 1 < n ? f->qty[q0 + i + 1].tok : phrase_end(c, q->tok_end)))
            return 0;
        int named = !part_leaves_noun(c, p, f, q);
        if (named &&
            (q->tok_end <= v->tok + v->ntok || !part[i] || !part[i]->key || strcmp(part[i]->key, part[0]->key) != 0))
            return 0;
        if (!named && part[i] && part[i]->key && strcmp(part[i]->key, part[0]->key) != 0)
            return 0;
    }
    return !(n > 2 && rest == f->num[q1->num].value);
}

/* Claims the sum of the parts [q0, q0 + n), keyed as the first part is, and drops the parts' keys; 0 when they
 * are not one count: each part names no noun ("1,950 from Tarnbury", the first's by ellipsis) or has a claim of
 * the first's key. */
static int joined_sum(const sctx *c, fl_doc *d, const fl_facts *f, size_t q0, size_t n, size_t from, size_t *seq,
                      fl_claims *out)
{
    fl_claim *first = claim_at(d, &f->qty[q0], out, from), *part[JOINED_MAX];
    if (!first || !first->key || first->family < 0 || !part_names_noun(d, f, q0, q0 + 1, first))
        return 0;
    part[0] = first;
    if (!one_count_parts(c, d, f, q0, n, from, out, part))
        return 0;
    fl_claim sum = *first;
    fl_buf text = {0};
    sum.value = sum.lo = sum.hi = 0;
    for (size_t i = 0; i < n; i++) {
        const fl_qty *q = &f->qty[q0 + i];
        const fl_num *v = &f->num[q->num];
        fl_buf_printf(&text, "%s%.*s", i ? " + " : "", (int)(c->t[q->tok_end - 1].end - c->t[q->tok].start),
                      c->text + c->t[q->tok].start);
        sum.value += v->value;
        sum.lo += v->lo;
        sum.hi += v->hi;
    }
    sum_claim(&sum, first, &text, first->item, fl_doc_pos(d, f->qty[q0 + n - 1].end), seq);
    sum.key = fl_xstrdup(first->key); /* keyed as the first part */
    sum.key_base = first->key_base ? fl_xstrdup(first->key_base) : NULL;
    for (size_t i = 0; i < n; i++)
        if (part[i] && part[i]->key)
            unkey_part(part[i]);
    fl_claims_keep_claim(out, &sum, 0);
    return 1;
}

/* A count a sentence tells in parts that "and" joins as the subjects or objects of one predicate ("12,436 home
 * supporters and 1,950 from Tarnbury were in the ground"; one_predicate), each part after the first naming no
 * noun or the first's, is claimed as their sum, keyed as the first part was (the crowd), and the parts lose
 * that key: none of them is the whole. Not when a word of severity_sums.not ("including", "among them") stands
 * before them: they are then some of a larger whole. */
static void joined_parts(const sctx *c, fl_doc *d, const fl_facts *f, size_t s, size_t doc_index, size_t *seq,
                         fl_claims *out)
{
    size_t from = sentence_claims_from(out, doc_index, s), q0 = f->sent_qty[s], qe = f->sent_qty[s + 1];
    const fl_parse *p = from < out->len ? fl_claims_parse_of(c) : NULL;
    if (!p)
        return;
    for (size_t q = q0; q < qe; q++) {
        size_t n = joined_run(c, p, f, q, qe, JOINED_MAX);
        if (n && one_predicate(c, p, f, q, q + n) && !severity_sum_not(c, f->qty[q].tok) &&
            joined_sum(c, d, f, q, n, from, seq, out))
            return;
        if (n)
            q += n - 1;
    }
}

static void sentence_claims(const sctx *c, fl_doc *d, const fl_facts *f, size_t s, discourse *dc, int h24, int zone,
                            size_t doc_index, size_t *seq, fl_claims *out)
{
    severity_sum(c, d, f, s, doc_index, seq, out);
    joined_parts(c, d, f, s, doc_index, seq, out);
    if (s == 0)
        fl_claims_dated_claim(c, f, s, doc_index, seq, out);
    main_event_verbs(c, s, &dc->main);
    if (c->a >= dc->other_event_end) /* not the days and times of another event (other_event_told) */
        fl_claims_event_whens(c, f, s, dc->doc_event, &dc->main, h24, zone, doc_index, seq, out);
    fl_claims_weekday_claims(c, f, s, doc_index, seq, out);
    fl_claims_stated_days(c, f, s, doc_index, seq, out);
    fl_claims_age_claims(c, f, s, doc_index, seq, &dc->ages, out);
}

/* Where the quantities of the sentence before s start when it is in s's paragraph (a pronoun's antecedent may
 * be there); where s's start otherwise. */
static size_t paragraph_before(const fl_doc *d, const fl_facts *f, size_t s)
{
    return s && d->sents[s - 1].para == d->sents[s].para ? f->sent_qty[s - 1] : f->sent_qty[s];
}

/* ---- table cells: "All schemes | 1,604 | 1,624 | +20" under "Table 1: Assets by scheme type, £ billion" ----
 * A cell of a table (extract/tables.c) is a claim its table says all of: what is measured and in what unit from the
 * caption, when from its column's header (else the caption), which part from its row's label (a total row is the
 * whole). Its key has the shape a sentence's figure of the same thing has ("Total assets ... stood at £1,642
 * billion at the end of September 2026": the document's topic, its family, its month), so that the two meet. */

/* The tokens [*a, *b) inside the span sp (the document's tokens are in order). */
static void span_tokens(const fl_facts *f, fl_tspan sp, size_t *a, size_t *b)
{
    size_t lo = 0, hi = f->ntok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->tok[mid].start < sp.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    *a = lo;
    while (lo < f->ntok && f->tok[lo].end <= sp.end)
        lo++;
    *b = lo;
}
/* The end of the unit words s[i, b) once a qualifier of the "table-unit-qualifiers" lexicon that ends them is left
 * out ("£m unless stated": "£m"). */
static size_t unqualified_end(const char *s, size_t i, size_t b, const fl_lexicon *qual)
{
    for (size_t x = 0; x < fl_lexicon_size(qual); x++) {
        size_t n = fl_lexicon_item_len(qual, x);
        if (b - i > n + 1 && s[b - n - 1] == ' ' && strncasecmp(s + b - n, fl_lexicon_item(qual, x), n) == 0) {
            for (b -= n; b > i && (s[b - 1] == ' ' || s[b - 1] == ',');)
                b--;
            return b;
        }
    }
    return b;
}

/* Is s[a, b) a thousands notation ("000", "'000", "000s"): the figures are thousands of the unit before it? */
static int thousands_words(const char *s, size_t a, size_t b)
{
    a += a < b && s[a] == '\'';
    b -= b > a && s[b - 1] == 's';
    return b - a == 3 && memcmp(s + a, "000", 3) == 0;
}

/* Past a currency sign at s[p] (a dollar, or one character of several bytes: "£", "€") before b; p when none. */
static size_t past_currency_sign(const char *s, size_t p, size_t b)
{
    if (p < b && s[p] == '$')
        return p + 1;
    if (p < b && (unsigned char)s[p] >= 0xC0)
        for (p++; p < b && ((unsigned char)s[p] & 0xC0) == 0x80;)
            p++;
    return p;
}

/* Is the figure q a thousands notation after a currency sign, a unit and no amount ("| (£000) | 2025 |", "$'000"):
 * its number a thousands notation, its value none? */
static int thousands_notation(const fl_doc *d, const fl_facts *f, const fl_qty *q)
{
    const fl_num *n = &f->num[q->num];
    return q->value == 0 && n->start > 0 && thousands_words(d->text, n->start, n->end) &&
           past_currency_sign(d->text, q->start, n->start) == n->start;
}

/* The unit words s[i, b) of a caption (caption_unit_words) into *pre and *post, a qualifier that ends them left out:
 * 1 when they are at most 24 bytes. */
static int unit_words_from(const char *s, size_t i, size_t b, const fl_lexicon *qual, fl_tspan *pre, fl_tspan *post)
{
    while (i < b && s[i] == ' ')
        i++;
    b = unqualified_end(s, i, b, qual);
    size_t p = past_currency_sign(s, i, b);
    *pre = (fl_tspan){(uint32_t)i, (uint32_t)p};
    while (p < b && s[p] == ' ')
        p++;
    *post = (fl_tspan){(uint32_t)p, (uint32_t)b};
    return b > i && b - i <= 24;
}

/* Has s[a, b) no digit, or only a thousands notation after its currency sign ("£000")? */
static int unit_without_digits(const char *s, size_t a, size_t b)
{
    while (a < b && s[a] == ' ')
        a++;
    size_t p = past_currency_sign(s, a, b);
    while (p < b && s[p] == ' ')
        p++;
    if (thousands_words(s, p, b))
        return 1;
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
    return 1;
}

/* The unit of a row's label or a column's header: a bracket that ends it, a footnote marker after it allowed
 * ("Operating profit (£m)", "Net cash at period end (£m)[2]", "Residual waste per household (kg)"), no digit in
 * it; 1 when there is one, into *pre and *post as caption_unit_words. */
static int bracket_unit_words(const char *s, fl_tspan sp, const fl_lexicon *qual, fl_tspan *pre, fl_tspan *post)
{
    size_t a = sp.start, b = sp.end, i;
    if (b > a && s[b - 1] == ']')
        while (b > a && s[b - 1] != '[')
            b--; /* a footnote marker "[2]" */
    b -= b > a && s[b - 1] == '[';
    if (b <= a || s[b - 1] != ')')
        return 0;
    for (i = --b; i > a && s[i - 1] != '(';)
        i--;
    if (i == a || !unit_without_digits(s, i, b))
        return 0;
    return unit_words_from(s, i, b, qual, pre, post);
}

/* The caption's unit: its last phrase after a comma ("£ billion", "£m", "tonnes", "%"), or a bracket that ends it
 * ("Summary income statement (£ million)", "Summary table (£m unless stated)": a qualifier left out), no digit in it
 * but a thousands notation ("£000"); 1 when there is one, its currency sign in *pre ("£", "$"; may be empty) and the
 * rest in *post. */
static int caption_unit_words(const char *s, fl_tspan cap, const fl_lexicon *qual, fl_tspan *pre, fl_tspan *post)
{
    size_t a = cap.start, b = cap.end, i;
    if (b > a && s[b - 1] == ')')
        return bracket_unit_words(s, cap, qual, pre, post);
    while (b > a && (s[b - 1] == ']' || (s[b - 1] >= '0' && s[b - 1] <= '9') || s[b - 1] == '[')) {
        if (s[b - 1] != ']')
            break; /* "..., Q2 2026": a period, no unit; "..., £000": thousands */
        while (b > a && s[b - 1] != '[')
            b--; /* a footnote marker "[3]" */
        b = b > a ? b - 1 : b;
    }
    for (i = b; i > a && s[i - 1] != ',';)
        i--;
    if (i == a || !unit_without_digits(s, i, b))
        return 0;
    return unit_words_from(s, i, b, qual, pre, post);
}

static int printed_quantity(const fl_doc *d, const fl_rules *r, fl_facts *f, const char *buf, size_t len,
                            const fl_qty *q, fl_qty *out);

/* A bare cell's figure q in the unit words pre and post, read as the text would print it ("£1,624 billion",
 * "£524m", "1,412 tonnes", "£000": "£1,412 thousand"): into *out (kind, unit, dimension and value); 1 when it reads
 * as a quantity with a unit. */
static int unit_quantity(const fl_doc *d, const fl_rules *r, fl_facts *f, fl_tspan pre, fl_tspan post, const fl_qty *q,
                         fl_qty *out)
{
    const char *s = d->text;
    const fl_num *n = &f->num[q->num];
    size_t npost = post.end - post.start;
    const char *words = s + post.start;
    if (thousands_words(s, post.start, post.end)) {
        words = "thousand";
        npost = strlen(words);
    }
    int glued = npost <= 3 && (pre.end > pre.start || s[post.start] == '%'); /* "£524m", "64%" */
    char buf[96];
    int len = snprintf(buf, sizeof buf, "%.*s%.*s%s%.*s", (int)(pre.end - pre.start), s + pre.start,
                       (int)(n->end - n->start), s + n->start, glued || !npost ? "" : " ", (int)npost, words);
    if (len <= 0 || (size_t)len >= sizeof buf)
        return 0;
    return printed_quantity(d, r, f, buf, (size_t)len, q, out);
}

/* The figure q as the text buf[0, len) prints it ("612 beds"), read by the quantity reader: into *out (kind, unit,
 * dimension, item and value), its place q's; 1 when it reads as a quantity with a unit. */
static int printed_quantity(const fl_doc *d, const fl_rules *r, fl_facts *f, const char *buf, size_t len,
                            const fl_qty *q, fl_qty *out)
{
    fl_token *tk = NULL;
    fl_num *nums = NULL;
    fl_qty *qs = NULL;
    size_t nt = fl_tokenize_text(buf, 0, len, &tk);
    size_t nn = nt ? fl_numbers(buf, r, tk, nt, &nums) : 0;
    size_t nq = nn ? fl_quantities(buf, r, d->approx_tolerance, tk, nt, nums, nn, &f->qty_strings, &qs) : 0;
    int ok = nq == 1 && qs[0].kind != FL_QK_BARE && qs[0].kind != FL_QK_NONE;
    if (ok) {
        fl_qty was = *q;
        *out = qs[0];
        out->num = was.num;
        out->qstart = was.qstart;
        out->start = was.start;
        out->end = was.end;
        out->tok = was.tok;
        out->tok_end = was.tok_end;
    }
    free(tk);
    free(nums);
    free(qs);
    return ok;
}

/* A bare cell's figure (cell col of row, not the label column) in the unit the table's corner cell states alone, the
 * header cell over the row labels ("| £m | FY2026 | FY2025 |", "| (€000) | 2025 |", "| $bn | Q1 |", "| % |"): the
 * whole cell its unit words, no digit in it but a thousands notation, a currency sign or a percent sign in it unless
 * bracketed ("(tonnes)"). A corner that labels the rows ("Region", "Item", "Month": "468,100 Month" would read as a
 * span of time) is no unit, and one read as a count of things is refused (a label column's noun). A row whose
 * label names a rate or a ratio (a word of "table-nonadditive": "Dividend per share", "Average fare") takes none: its
 * figures are in another unit than the corner's amounts (pence, a fare). Into *out as unit_quantity; 1 when so. */
static int corner_quantity(const fl_doc *d, const fl_rules *r, fl_facts *f, const fl_table *t, const fl_table_row *row,
                           size_t col, const fl_qty *q, fl_qty *out)
{
    const char *s = d->text;
    const fl_lexicon *qual = fl_rules_lexicon(r, "table-unit-qualifiers");
    const fl_lexicon *rate = fl_rules_lexicon(r, "table-nonadditive");
    fl_tspan c = t->head[0], pre, post;
    size_t a, b;
    if (col == 0 || !c.end || c.end <= c.start)
        return 0;
    span_tokens(f, row->cell[0], &a, &b);
    for (size_t i = a; rate && i < b; i++)
        if (f->tok[i].kind == FL_TOK_WORD && fl_lexicon_has_token(rate, s, &f->tok[i], 1))
            return 0;
    int words = s[c.end - 1] == ')'
                    ? bracket_unit_words(s, c, qual, &pre, &post)
                    : unit_without_digits(s, c.start, c.end) && unit_words_from(s, c.start, c.end, qual, &pre, &post) &&
                          (pre.end > pre.start || (post.end == post.start + 1 && s[post.start] == '%'));
    return words && unit_quantity(d, r, f, pre, post, q, out) && !fl_count_dimension(r, out->dim);
}

/* A bare cell's figure (cell col of row) in the unit its table gives it: the bracket that ends its row's label
 * ("Operating profit (£m) | 21.4"), else its column header's ("Revenue (£m)", or the unit after a period header:
 * "FY2026 £m"), else the caption's (see
 * caption_unit_words); the nearest says it, so that "Dividend per share (p)" under "(£m unless stated)" is pence.
 * Into *out as unit_quantity; 1 when one reads. */
static int caption_quantity(const fl_doc *d, const fl_rules *r, fl_facts *f, const fl_table *t, const fl_table_row *row,
                            size_t col, const fl_qty *q, fl_qty *out)
{
    fl_tspan pre, post;
    const char *s = d->text;
    const fl_lexicon *qual = fl_rules_lexicon(r, "table-unit-qualifiers");
    if (bracket_unit_words(s, row->cell[0], qual, &pre, &post) && unit_quantity(d, r, f, pre, post, q, out))
        return 1; /* not "Revenue (restated)": no unit, the caption's then */
    if (t->head[col].end && bracket_unit_words(s, t->head[col], qual, &pre, &post) &&
        unit_quantity(d, r, f, pre, post, q, out))
        return 1;
    fl_tspan u;
    if (t->head[col].end && fl_table_header_unit(s, t->head[col], fl_rules_lexicon(r, "results-periods"), &u) &&
        unit_words_from(s, u.start, u.end, qual, &pre, &post) && unit_quantity(d, r, f, pre, post, q, out))
        return 1; /* "FY2026 £m" */
    if (corner_quantity(d, r, f, t, row, col, q, out))
        return 1; /* "| £m | FY2026 | FY2025 |" */
    return t->caption.end && caption_unit_words(s, t->caption, qual, &pre, &post) &&
           unit_quantity(d, r, f, pre, post, q, out);
}

/* The multiplier that the unit words s[a, b) state alone, a scale of no unit ("thousands", "millions", "000s"; a plural
 * in the singular, as the text prints "1,480 thousand"), read by the quantity reader as the figure 1 before them
 * would be: the scale, or 1 when the words are no scale (a unit, a currency, other words). */
static double scale_words(const fl_rules *r, const char *s, size_t a, size_t b)
{
    char one[40], buf[64];
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    if (b <= a || b - a >= sizeof one)
        return 1;
    fl_noun_singular(r, s + a, b - a, one, sizeof one);
    /* a thousands notation ("000s") is read as "1,000" is; a scale word as "1 thousand" */
    int len = thousands_words(s, a, b) ? snprintf(buf, sizeof buf, "1,000")
                                       : snprintf(buf, sizeof buf, "1 %s", one[0] ? one : "");
    fl_token *tk = NULL;
    fl_num *nums = NULL;
    fl_qty *qs = NULL;
    fl_qty_strings pool = {0};
    size_t nt = len > 0 && (size_t)len < sizeof buf ? fl_tokenize_text(buf, 0, (size_t)len, &tk) : 0;
    size_t nn = nt ? fl_numbers(buf, r, tk, nt, &nums) : 0;
    size_t nq = nn == 1 ? fl_quantities(buf, r, 0, tk, nt, nums, nn, &pool, &qs) : 0;
    double v = nq == 1 && qs[0].kind == FL_QK_BARE && qs[0].end == (size_t)len && qs[0].value > 1 ? qs[0].value : 1;
    fl_qty_strings_free(&pool);
    free(tk);
    free(nums);
    free(qs);
    return v;
}

/* The scale a table states for a bare cell's count (cell col of row): a bracket of a scale alone that ends its row's
 * label, else its column's header, else the caption's last comma phrase or bracket ("Table 1: Visitor days by area
 * (thousands)", "Estimated incidents by offence group, Northvale, thousands", "2030 (000s)"), the first that states
 * one; a bracket of other words ("Lanner Valley (north)") says none. 1 when none says one. */
static double cell_scale(const fl_doc *d, const fl_rules *r, const fl_table *t, const fl_table_row *row, size_t col)
{
    const char *s = d->text;
    const fl_lexicon *qual = fl_rules_lexicon(r, "table-unit-qualifiers");
    fl_tspan pre, post;
    double sc = 1;
    if (bracket_unit_words(s, row->cell[0], qual, &pre, &post) && pre.end == pre.start)
        sc = scale_words(r, s, post.start, post.end);
    if (sc == 1 && t->head[col].end && bracket_unit_words(s, t->head[col], qual, &pre, &post) && pre.end == pre.start)
        sc = scale_words(r, s, post.start, post.end);
    if (sc == 1 && t->caption.end && caption_unit_words(s, t->caption, qual, &pre, &post) && pre.end == pre.start)
        sc = scale_words(r, s, post.start, post.end);
    return sc;
}

/* The words of span sp when it is a short noun phrase alone: at most three words of letters (a hyphen or an
 * apostrophe inside), no digit, bracket or other mark ("Beds", "Hospital beds"); else an empty span. Ends at a word
 * of "table-breakdowns" when by is set ("Beds by hospital, November 2026": "Beds"). */
static fl_tspan noun_span(const char *s, fl_tspan sp, const fl_lexicon *by)
{
    fl_tspan none = {0, 0}, out = {sp.start, sp.start};
    size_t words = 0, i = sp.start;
    while (i < sp.end) {
        while (i < sp.end && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < sp.end && (fl_is_ascii_alpha((unsigned char)s[i]) || s[i] == '-' || s[i] == '\''))
            i++;
        if (i == w)
            return i == sp.end && words ? out : none;
        if (by && words && fl_lexicon_has(by, s + w, i - w, 1))
            return out;
        if (++words > 3 || (i < sp.end && s[i] != ' '))
            return by && i < sp.end && s[i] == ',' && words <= 3 ? (fl_tspan){out.start, (uint32_t)i} : none;
        out.end = (uint32_t)i;
    }
    return words ? out : none;
}

/* Is the phrase *sp of two words a counted noun and a past participle, in either order ("Services cancelled",
 * "Cancelled services", "Potholes repaired"; the participle an "-ed" word of five letters or more or an irregular
 * form), or of three words a noun of two and the participle last ("Food parcels issued")? Then *sp is narrowed to the
 * noun and the participle's predicate class, or its lemma when no class has it, is written to pred, as the text's
 * "cancelled 3,412 services" is keyed; 1 when so. */
static int header_participle(const fl_knowledge *k, const char *s, fl_tspan *sp, char *pred, size_t cap)
{
    size_t mid = sp->start, last = sp->end;
    while (mid < sp->end && s[mid] != ' ')
        mid++;
    while (last > mid && s[last - 1] != ' ')
        last--;
    if (mid >= sp->end || (last > mid + 1 && memchr(s + mid + 1, ' ', last - mid - 2)))
        return 0;
    int three = last > mid + 1; /* "Food parcels issued": the participle last, after its noun's two words */
    fl_tspan w[2] = {{sp->start, (uint32_t)(three ? last - 1 : mid)}, {(uint32_t)(three ? last : mid + 1), sp->end}};
    for (int x = three; x < 2; x++) {
        char low[40], lemma[FL_LEMMA_MAX];
        size_t n = w[x].end - w[x].start;
        if (n >= sizeof low)
            continue;
        for (size_t i = 0; i < n; i++)
            low[i] = (char)fl_ascii_lower((unsigned char)s[w[x].start + i]);
        low[n] = 0;
        int irregular = fl_phrases_word(&k->irregular, low, n) >= 0;
        if (!irregular && (n < 5 || strcmp(low + n - 2, "ed") != 0))
            continue;
        word_lemma(k, low, n, lemma, sizeof lemma);
        if (!lemma[0] || strcmp(lemma, low) == 0)
            continue;
        int cls = phrase_value(&k->pred_words, lemma);
        snprintf(pred, cap, "%s", cls >= 0 ? k->pred_classes[cls] : lemma);
        *sp = w[1 - x];
        return 1;
    }
    return 0;
}

/* A bare cell's figure (cell col of a table) as a count of the things its column's header names ("Beds",
 * "Wards": "612" is "612 beds"), or, when the header names none (a period, "2026", or no header), its caption's
 * head ("Beds by hospital, November 2026"), read as the text reads the figure before that noun: a count of
 * things (a count dimension but people, whose counts families of their own key: "count", "vehicles"), or a
 * plural noun the unit tables do not know ("Wards": the act's count unit, as the text's "15 wards"). Into *out and the
 * stock item ("stock:bed", as "Kelton General has 612 beds") into item; 1 when so. */
static int span_count(const fl_doc *d, const fl_rules *r, fl_facts *f, fl_tspan *sp, int acted, const fl_qty *q,
                      fl_qty *out, char *item, size_t size);

static int header_count(const fl_doc *d, const fl_rules *r, fl_facts *f, const fl_table *t, size_t col, const fl_qty *q,
                        fl_qty *out, char *item, size_t size)
{
    const char *s = d->text;
    fl_tspan sp = t->head[col].end ? noun_span(s, t->head[col], NULL) : (fl_tspan){0, 0};
    if (sp.end == sp.start && t->caption.end)
        sp = noun_span(s, t->caption, fl_rules_lexicon(r, "table-breakdowns"));
    return span_count(d, r, f, &sp, 0, q, out, item, size);
}

/* The count of header_count that the noun phrase *sp names (with acted, only when a participle in it says the act
 * done to its noun: "Households supported", whose counted noun then folds to its class as a sentence's does:
 * "support:home"): 1 when so, into *out and item, *sp narrowed to the noun. */
static int span_count(const fl_doc *d, const fl_rules *r, fl_facts *f, fl_tspan *spp, int acted, const fl_qty *q,
                      fl_qty *out, char *item, size_t size)
{
    fl_tspan sp = *spp;
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    int li = light_index(k);
    const fl_num *n = &f->num[q->num];
    char buf[96], pred[FL_LEMMA_MAX];
    if (li < 0 || k->act_family < 0 || sp.end == sp.start)
        return 0;
    snprintf(pred, sizeof pred, "%s", k->pred_classes[li]);
    /* "Services cancelled": "cancel", the noun "Services" */
    if (!header_participle(k, s, &sp, pred, sizeof pred) && acted)
        return 0;
    *spp = sp;
    int len = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(n->end - n->start), s + n->start, (int)(sp.end - sp.start),
                       s + sp.start);
    if (len <= 0 || (size_t)len >= sizeof buf)
        return 0;
    for (int i = (int)(n->end - n->start); i < len; i++)
        buf[i] = (char)fl_ascii_lower((unsigned char)buf[i]); /* "Wards" as "wards", no name */
    if (printed_quantity(d, r, f, buf, (size_t)len, q, out))
        return fl_count_dimension(r, out->dim) && strcmp(out->dim, "people") != 0 && out->item && out->item[0] &&
               snprintf(item, size, "%s:%s", pred, acted ? item_class(k, out->item) : out->item) < (int)size;
    /* a plural noun the unit tables do not know counts things, as the text's "15 wards" does */
    const char *last = strrchr(buf, ' ') + 1;
    char one[40];
    int u = k->metrics[k->act_family].count_unit;
    fl_noun_singular(r, last, strlen(last), one, sizeof one);
    if (u < 0 || !one[0] || strcmp(one, last) == 0 || snprintf(item, size, "%s:%s", pred, one) >= (int)size)
        return 0;
    *out = *q;
    out->kind = FL_QK_UNIT;
    out->unit = (int16_t)u;
    out->dim = fl_qty_intern(&f->qty_strings, k->units[u].dimension);
    out->item = fl_qty_intern(&f->qty_strings, one);
    return 1;
}

/* The family of the first trigger in span sp whose family admits dimension dim, or -1. */
static int span_family(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, fl_tspan sp, const char *dim)
{
    size_t a, b, used;
    span_tokens(f, sp, &a, &b);
    for (size_t i = a; i < b; i++) {
        int m = f->tok[i].kind == FL_TOK_WORD ? fl_phrases_at(&k->triggers, d->text, f->tok, b, i, &used) : -1;
        if (m >= 0 && admits(k, m, dim))
            return m;
    }
    return -1;
}

/* A year split with the next one ("2024/25", "2025-26", a financial year or season: of its first year, as the
 * text's figures of it are), or, when bare, a year alone ("2025"), at tokens t[0, n): the bytes it spans, 0 when
 * there is none. */
static size_t split_year(const char *s, const fl_token *t, size_t n, int bare)
{
    if (!n || t[0].kind != FL_TOK_NUM || t[0].end - t[0].start != 4 || atoi(s + t[0].start) < 1900 ||
        atoi(s + t[0].start) > 2100)
        return 0;
    if (n < 3 || t[1].space_before || t[2].space_before || t[2].kind != FL_TOK_NUM || t[2].end - t[2].start != 2 ||
        !((t[1].end - t[1].start == 1 && (s[t[1].start] == '/' || s[t[1].start] == '-')) ||
          (t[1].end - t[1].start == 3 && memcmp(s + t[1].start, "\xE2\x80\x93", 3) == 0))) /* "2024–25" */
        return bare && (n == 1 || t[1].space_before || s[t[1].start] == ':') ? 4 : 0;
    return atoi(s + t[2].start) == (atoi(s + t[0].start) + 1) % 100 ? t[2].end - t[0].start : 0;
}

/* The dates span sp states, in order ("End of September 2026"; "2024/25 and 2025/26"; with bare, a year alone too):
 * how many, the first max of them into out. */
static size_t span_dates(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_tspan sp, fl_date *out, size_t max,
                         int bare)
{
    size_t a, b, found = 0;
    span_tokens(f, sp, &a, &b);
    for (size_t i = a; i < b; i++) {
        fl_date dt = {0};
        size_t used = split_year(d->text, f->tok + i, b - i, bare);
        if (used)
            dt.year = atoi(d->text + f->tok[i].start);
        else
            used = fl_parse_date(d->text + f->tok[i].start, sp.end - f->tok[i].start, r, &dt);
        if (!used || dt.year <= 0)
            continue;
        if (found < max)
            out[found] = dt;
        found++;
        for (size_t end = f->tok[i].start + used; i + 1 < b && f->tok[i + 1].start < end;)
            i++;
    }
    return found;
}

/* The one date of span sp ("End of September 2026", "Q2 2026" is none): 1 when sp states exactly one, into *out. */
static int span_date(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_tspan sp, fl_date *out)
{
    return sp.end > sp.start && span_dates(d, r, f, sp, out, 1, 0) == 1;
}

/* A bare cell's figure (cell col of a row, not a total) as a count of what its row's label names when that label is
 * a noun and the participle of the act done to it ("Households supported", "Food parcels issued": as the text's
 * "supported 2,318 households") and the column's header is a period ("2025", "2025-26", "Q1 2026") rather than a
 * noun of its own: into *out and the act's item ("support:home") into item as header_count, with the noun's
 * modifiers as its scope where the document counts the noun bare (bare, compound_scope's: "issue:parcel (food)");
 * 1 when so. */
static int row_label_count(const fl_doc *d, const fl_rules *r, fl_facts *f, const fl_table *t, const fl_table_row *row,
                           size_t col, const fl_qty *q, fl_qty *out, char *item, size_t size, const fl_map *bare)
{
    int year;
    fl_tspan lab;
    fl_date dt;
    const fl_tspan h = t->head[col];
    if (row->total || !h.end ||
        !(fl_table_period_header(d->text, h, fl_rules_lexicon(r, "results-periods"), &year, &lab) ||
          span_date(d, r, f, h, &dt)))
        return 0;
    fl_tspan sp = noun_span(d->text, row->cell[0], NULL);
    if (!span_count(d, r, f, &sp, 1, q, out, item, size))
        return 0;
    const char *s = d->text, *sp_end = s + sp.end, *head = sp_end;
    while (head > s + sp.start && head[-1] != ' ')
        head--;
    size_t used = strlen(item);
    if (head > s + sp.start && bare && fl_map_get(bare, head, (size_t)(sp_end - head)) >= 0 &&
        used + (size_t)(head - s - sp.start) + 2 < size) { /* "Food parcels issued" where the text counts "parcels" */
        item[used++] = ' ';
        item[used++] = '(';
        for (const char *x = s + sp.start; x + 1 < head; x++)
            item[used++] = (char)fl_ascii_lower((unsigned char)*x);
        item[used++] = ')';
        item[used] = 0;
    }
    return 1;
}

/* The year alone that ends a caption after its comma ("Table 1: Visits and loans by authority, 2025", as "Rounds
 * played, 2025-26" is of its season): 1 when there is one, into *out. */
static int caption_year(const fl_doc *d, const fl_facts *f, fl_tspan sp, fl_date *out)
{
    size_t a, b;
    if (!sp.end)
        return 0;
    span_tokens(f, sp, &a, &b);
    if (b < a + 3 || f->tok[b - 2].kind != FL_TOK_PUNCT || d->text[f->tok[b - 2].start] != ',' ||
        !split_year(d->text, f->tok + b - 1, 1, 1))
        return 0;
    *out = (fl_date){.year = atoi(d->text + f->tok[b - 1].start)};
    return 1;
}

/* The period a row's label lab is, all of it: a month and year ("January 2026"), a date, a year or a split year
 * ("2024/25") alone, as the rows of a series are; 1 when so, into *out. */
static int row_period(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_tspan lab, fl_date *out)
{
    size_t a, b;
    span_tokens(f, lab, &a, &b);
    if (a >= b)
        return 0;
    fl_date dt = {0};
    size_t used = split_year(d->text, f->tok + a, b - a, 1);
    if (used)
        dt.year = atoi(d->text + f->tok[a].start);
    else
        used = fl_parse_date(d->text + f->tok[a].start, lab.end - f->tok[a].start, r, &dt);
    if (!used || dt.year <= 0 || f->tok[a].start + used != lab.end)
        return 0;
    *out = dt;
    return 1;
}

/* The period of cell col of a table's row: the one it states before its figure ("October 2026 4.8%"), its column's
 * header's, its row's label's when that is a period alone ("January 2026", row_period), the caption's one, or, when
 * the caption states one period for each column of figures and the table has no header ("Table 1: Key indicators,
 * 2024/25 and 2025/26"), the caption's in column order. 1 when one is found. */
static int cell_date(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_table *t, const fl_table_row *row,
                     size_t col, fl_date *out)
{
    fl_date all[FL_TABLE_COLS];
    fl_tspan per = row->per[col];
    int year;
    fl_tspan lab;
    if ((per.end > per.start && span_dates(d, r, f, per, out, 1, 1) == 1) || span_date(d, r, f, t->head[col], out))
        return 1;
    if (t->head[col].end &&
        fl_table_period_header(d->text, t->head[col], fl_rules_lexicon(r, "results-periods"), &year, &lab)) {
        *out = (fl_date){.year = year}; /* "H1 2026", "FY2025", "2025/26" */
        return 1;
    }
    if (row_period(d, r, f, row->cell[0], out))
        return 1; /* "January 2026 | 468,100" */
    size_t n = t->caption.end ? span_dates(d, r, f, t->caption, all, FL_TABLE_COLS, 0) : 0;
    if (n == 0 && caption_year(d, f, t->caption, out))
        return 1; /* "Table 1: Loans by branch, 2025" */
    if (n == 1 || (n >= 2 && n + 1 == row->ncells && !t->head[col].end))
        *out = all[n == 1 ? 0 : col - 1];
    return n == 1 || (n >= 2 && n + 1 == row->ncells && !t->head[col].end);
}

/* Is cell col of a row of an earlier period than another cell of the row ("October 2025 4.6%" beside "October 2026
 * 4.8%"): a figure of a time before the table's, as a base of comparison is? */
static int earlier_cell(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_table *t,
                        const fl_table_row *row, size_t col, const fl_date *dt)
{
    fl_date o;
    for (size_t c = 1; c < row->ncells; c++)
        if (c != col && cell_date(d, r, f, t, row, c, &o) &&
            (o.year > dt->year || (o.year == dt->year && o.month > dt->month)))
            return 1;
    return 0;
}

/* Is cell col of a row of a later period than another cell of the row ("2025-26" beside "2024-25")? */
static int later_cell(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_table *t, const fl_table_row *row,
                      size_t col, const fl_date *dt)
{
    fl_date o;
    for (size_t c = 1; c < row->ncells; c++)
        if (c != col && cell_date(d, r, f, t, row, c, &o) &&
            (o.year < dt->year || (o.year == dt->year && o.month < dt->month)))
            return 1;
    return 0;
}

/* Is the document of no date at all (its claims of no stated period are "an undated report"'s, key period "story")? */
static int undated_report(const fl_date *date)
{
    return (date->source == FL_DATE_NONE || date->source == FL_DATE_INFERRED) && !date->wire_month;
}

/* The period of cell col of a row whose column's header is a period alone ("H1 2026", "FY2026", "2026"; see
 * fl_table_period_header) in a report whose lede says which period it covers: the report's period, when the
 * header's year is the report's, no other cell of the row is of that year and another is of the same label a year
 * before (the results' own column beside its comparative, as "Revenue rose to £148.6 million" in the text is of the
 * six months to 30 June 2026; a column of guidance for the year has no comparative); else the header's year and
 * its label as the part ("h1 2025", as the text's "(H1 2025: £127.3 million)"). 1 when the header is such a
 * period, into *cl's period. */
static int header_period(const fl_doc *d, const fl_rules *r, const fl_facts *f, const fl_table *t,
                         const fl_table_row *row, size_t col, fl_claim *cl)
{
    const fl_lexicon *labels = fl_rules_lexicon(r, "results-periods");
    const fl_report_period *rp = &f->report;
    int year, other;
    fl_tspan lab, ol;
    if (!t->head[col].end || !fl_table_period_header(d->text, t->head[col], labels, &year, &lab))
        return 0;
    int alone = 1, before = 0;
    for (size_t c = 1; c < row->ncells; c++)
        if (c != col && t->head[c].end && fl_table_period_header(d->text, t->head[c], labels, &other, &ol)) {
            alone &= other != year;
            before |= other == year - 1 && ol.end - ol.start == lab.end - lab.start &&
                      strncasecmp(d->text + ol.start, d->text + lab.start, lab.end - lab.start) == 0;
        }
    if (rp->year == year && alone && before) {
        cl->year = rp->year;
        cl->month = rp->month;
        cl->part = rp->part;
        memcpy(cl->part_text, rp->part_text, sizeof cl->part_text);
        return 1;
    }
    cl->year = year;
    cl->month = 0;
    size_t n = lab.end - lab.start;
    if (!n || n >= sizeof cl->part_text || (n == 2 && strncasecmp(d->text + lab.start, "FY", 2) == 0))
        return 1; /* "FY2025" is the year 2025, as the text's "(2025: £267.2m)" */
    cl->part = 1;
    for (size_t x = 0; x < n; x++)
        cl->part_text[x] = (char)fl_ascii_lower((unsigned char)d->text[lab.start + x]);
    cl->part_text[n] = 0;
    return 1;
}

/* The measure a row's label names when its table's caption and header name none: a trigger word that opens it,
 * nothing after but a bracket or one level head of those that need a modifier ("Unemployment rate (16 and over)",
 * "Revenue"; not "Fare income", a level of its own), of a family that
 * admits dimension dim; or a level (claim_model.measures.levels) that all of it names before any bracket
 * ("Recycling rate": item "recycling rate", its neutral words left out, a plural head in the singular). The family,
 * the level's phrase in item (else ""); -1 none. */
static int label_family(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, fl_tspan lab, const char *dim,
                        char *item, size_t cap)
{
    size_t a, b, used;
    span_tokens(f, lab, &a, &b);
    item[0] = 0;
    for (size_t i = a; i < b; i++)
        if (f->tok[i].kind != FL_TOK_WORD)
            b = i; /* up to a bracket */
    if (a >= b || b - a > 4)
        return -1;
    int m = fl_phrases_at(&k->triggers, d->text, f->tok, b, a, &used);
    size_t rest = a + used;
    if (m >= 0 && admits(k, m, dim) &&
        (rest == b ||
         (rest + 1 == b && fl_phrases_at(&k->level_heads, d->text, f->tok, b, rest, &used) == 0 && used == 1)))
        return m; /* a head that needs a modifier, "rate", not one that names a level alone ("Fare income") */
    if (k->level_family < 0 || !admits(k, k->level_family, dim))
        return -1;
    char w[40];
    fl_buf buf = {0};
    int alone = -1;
    for (size_t i = a; i < b; i++) {
        size_t n = f->tok[i].end - f->tok[i].start;
        if (n >= sizeof w || fl_phrases_at(&k->level_neutral, d->text, f->tok, b, i, &used) >= 0)
            continue;
        for (size_t x = 0; x < n; x++)
            w[x] = (char)fl_ascii_lower((unsigned char)d->text[f->tok[i].start + x]);
        w[n] = 0;
        if (i + 1 == b) {
            alone = fl_phrases_word(&k->level_heads, w, n);
            if (alone < 0 && n > 1 && w[n - 1] == 's' && (alone = fl_phrases_word(&k->level_heads, w, n - 1)) >= 0)
                w[n - 1] = 0; /* "rates": the lemma */
        }
        fl_buf_printf(&buf, "%s%s", buf.len ? " " : "", w);
    }
    int ok = alone >= 0 && (alone || strchr(buf.ptr, ' ')) && buf.len < cap;
    if (ok)
        memcpy(item, buf.ptr, buf.len + 1);
    fl_buf_free(&buf);
    return ok ? k->level_family : -1;
}

/* The level a caption's head names ("Punctuality by operator, %": the words before a word of "table-breakdowns" of
 * rules/segmentation.json, a comma or a bracket), as label_family reads a row's label: the level family, its phrase
 * in item; -1 none (a head that is no level phrase, "Trains by operator"). */
static int caption_level(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_tspan cap, const char *dim,
                         char *item, size_t size)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const fl_lexicon *by = fl_rules_lexicon(r, "table-breakdowns");
    size_t a, b;
    span_tokens(f, cap, &a, &b);
    for (size_t i = a + 1; by && i < b; i++)
        if (f->tok[i].kind == FL_TOK_WORD && fl_lexicon_has_token(by, d->text, &f->tok[i], 1)) {
            cap.end = f->tok[i - 1].end;
            break;
        }
    int m = label_family(d, k, f, cap, dim, item, size);
    return m >= 0 && m == k->level_family ? m : -1;
}

/* Is column col of table t a change ("Change", "Change on year"), or the cell a signed one ("+8", "-1.5")? */
static int change_cell(const fl_doc *d, const fl_rules *r, const fl_table *t, const fl_table_row *row, size_t col)
{
    const char *s = d->text;
    fl_tspan c = row->cell[col];
    return s[c.start] == '+' || s[c.start] == '-' || (unsigned char)s[c.start] == 0xE2 ||
           fl_table_change_column(s, r, t, col);
}

/* How a table's row that is a part of the topic is subjected (table_claim), and how one the text names is. */
static const char ROW_PART[] = "a table's row: a part of the topic";
static const char ROW_NAMED[] = "a table's row: the subject the text names by its label";
static const char ROW_PLACE[] = "a table's row the clause names after a preposition";

/* Does a row's label lab say a time: a digit ("Q1 2025 total", "2024/25") or a month or weekday ("January")? */
static int timed_label(const fl_doc *d, const fl_knowledge *k, const fl_facts *f, fl_tspan lab)
{
    size_t a, b, used;
    span_tokens(f, lab, &a, &b);
    for (size_t i = a; i < b; i++)
        if (f->tok[i].kind == FL_TOK_NUM || fl_phrases_at(&k->months, d->text, f->tok, b, i, &used) >= 0 ||
            fl_phrases_at(&k->weekdays, d->text, f->tok, b, i, &used) >= 0)
            return 1;
    for (size_t i = lab.start; i < lab.end; i++)
        if (fl_is_ascii_digit((unsigned char)d->text[i]))
            return 1;
    return 0;
}

/* The words of a row's label that name its measure: a total row's past its first word when that word says the total
 * (a word of "table-totals": "Total revenue" names revenue, as "Revenue" does), else the whole label. */
static fl_tspan row_measure_label(const fl_doc *d, const fl_rules *r, const fl_table_row *row)
{
    const char *s = d->text;
    fl_tspan lab = row->cell[0];
    size_t w = lab.start;
    while (w < lab.end && s[w] != ' ')
        w++;
    if (row->total && w + 1 < lab.end &&
        fl_lexicon_has(fl_rules_lexicon(r, "table-totals"), s + lab.start, w - lab.start, 1))
        lab.start = (uint32_t)w + 1;
    return lab;
}

/* Is row a total row of a table with another total row ("Total income", "Total expenditure")? Its label then says
 * which whole it is, as a part's label says which part. */
static int one_of_totals(const fl_tables *tb, const fl_table_row *row)
{
    size_t n = 0;
    for (size_t i = 0; row->total && i < tb->nrows; i++)
        n += tb->rows[i].table == row->table && tb->rows[i].total;
    return n > 1;
}

/* The claim of the figure q in cell col of a table's row (see above), kept in out when its table says what it
 * measures and when; none for a change. */
static void table_claim(fl_doc *d, const fl_rules *r, fl_facts *f, const fl_tables *tb, const fl_table_row *row,
                        size_t col, const fl_qty *q, size_t doc_index, size_t *seq, size_t s, fl_claims *out,
                        const fl_map *bare)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const fl_table *t = &tb->tables[row->table];
    fl_qty u = *q;
    fl_date dt = {0};
    char level[64] = ""; /* the item a level phrase or a stock gives */
    int stock = 0, acted = 0;
    const char *why = change_cell(d, r, t, row, col) ? "a table's change column"
                      : q->kind == FL_QK_BARE && !caption_quantity(d, r, f, t, row, col, q, &u) &&
                              !(stock = header_count(d, r, f, t, col, q, &u, level, sizeof level)) &&
                              !(stock = acted = row_label_count(d, r, f, t, row, col, q, &u, level, sizeof level, bare))
                          ? "a table's cell: no unit"
                          : NULL;
    if (!why && !stock && q->kind != FL_QK_BARE && fl_count_dimension(r, q->dim) && q->qstart == row->cell[col].start &&
        q->end == row->cell[col].end) /* a count the cell prints bare, its noun read from elsewhere */
        stock = acted = row_label_count(d, r, f, t, row, col, q, &u, level, sizeof level, bare);
    if (stock) { /* "1,480" under "(thousands)": 1,480,000 visitor days, as the text prints them */
        double sc = cell_scale(d, r, t, row, col);
        u.value *= sc;
        u.lo *= sc;
        u.hi *= sc;
    }
    int fam = why ? -1 : stock ? k->act_family : span_family(d, k, f, t->head[col], u.dim), by_label = 0;
    if (!why && fam < 0 && t->caption.end)
        fam = span_family(d, k, f, t->caption, u.dim);
    by_label = acted; /* "Households supported": the document's own, as the text's count */
    if (!why && fam < 0)
        by_label = (fam = label_family(d, k, f, row_measure_label(d, r, row), u.dim, level, sizeof level)) >= 0;
    if (!why && fam < 0 && t->caption.end)
        fam = caption_level(d, r, f, t->caption, u.dim, level, sizeof level); /* the rows are its parts */
    why = why ? why : fam < 0 ? "a table's cell: no attribute in its caption, header or label" : NULL;
    const fl_report_period *rp = &f->report;
    int reported = by_label && fam != k->level_family && k->metrics[fam].reported && rp->year && rp->entity[0];
    int dated = !why && cell_date(d, r, f, t, row, col, &dt);
    if (!why && !dated && stock && f->date.year && !timed_label(d, k, f, row->cell[0])) {
        /* "Beds": how many there are, as of the document's date; a row of a period ("Q1 2025 total") is none */
        dated = 1;
        dt = (fl_date){.year = f->date.year, .month = f->date.month};
    }
    int of_report = !why && !dated && reported && row->dated;
    if (of_report)
        dt = (fl_date){.year = rp->year, .month = rp->month}; /* "Revenue: 1,240.0 | 2025: 1,310.0": the report's */
    else if (!why && !dated)
        why = "a table's cell: no period in itself, its header or caption";
    fl_claim cl;
    memset(&cl, 0, sizeof cl);
    cl.file = d->path;
    cl.doc = (uint32_t)doc_index;
    cl.seq = (uint32_t)(*seq)++;
    cl.sentence = (uint32_t)s;
    cl.start = fl_doc_pos(d, u.start);
    cl.end = fl_doc_pos(d, u.end);
    cl.text = fl_claims_excerpt(d, u.qstart, u.end, 80);
    cl.context = fl_claims_excerpt(d, row->cell[0].start, row->cell[row->ncells - 1].end, 120);
    cl.dim = fl_xstrdup(u.dim);
    cl.item = fl_xstrdup(level[0] ? level : u.item ? u.item : "");
    cl.value = u.value;
    cl.lo = u.lo;
    cl.hi = u.hi;
    cl.family = fam;
    cl.src = cl.dst = -1;
    cl.modality = FL_MOD_ACTUAL;
    cl.year = dt.year;
    cl.month = (int8_t)dt.month;
    cl.part = dt.month ? 1 : 0;
    if (of_report && rp->part) { /* the report's part too: "the year to september" */
        cl.part = 1;
        memcpy(cl.part_text, rp->part_text, sizeof cl.part_text);
    }
    cl.period_how = dated || why ? 1 : 6;
    cl.base = (int8_t)(!why && earlier_cell(d, r, f, t, row, col, &dt));
    if (!why && dated && !row->per[col].end && header_period(d, r, f, t, row, col, &cl))
        cl.period_how = 1;
    if (acted && !why && !cl.base && undated_report(&f->date) && later_cell(d, r, f, t, row, col, &dt))
        cl.period_how = 5; /* an undated review's own year, its latest column: the story's, as its text's counts */
    cl.subject_doc = 1;    /* the document's topic; a part's row names which part of it */
    fl_buf b = {0};
    fl_date lab_dt;
    int series = row_period(d, r, f, row->cell[0], &lab_dt); /* "January 2026": the topic then, no part */
    int whole = row->total && !one_of_totals(tb, row);
    for (size_t i = row->cell[0].start; !whole && !by_label && !series && i < row->cell[0].end; i++)
        fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)d->text[i]));
    cl.subject = b.len ? fl_buf_take(&b) : fl_xstrdup(reported ? rp->entity : "");
    cl.subject_doc = !reported || b.len;
    fl_buf_free(&b);
    cl.subject_how = whole                                ? "a table's total row: the document's topic"
                     : row->total && !by_label && !series ? "a table's total row, one of several: its label's whole"
                     : series                             ? "a table's row of a period: the document's topic then"
                     : reported                           ? "a table's row naming a measure: the report's own entity"
                     : by_label                           ? "a table's row naming a measure: the document's topic"
                                                          : ROW_PART;
    fl_claims_claim_doc_date(&cl, &f->date); /* a wire dateline's day too, as the text's figures have */
    if (!why)
        fl_claims_make_keys(&cl, k);
    cl.why = fl_xstrdup(cl.key ? "" : why ? why : "a table's cell with no subject");
    fl_claims_keep_claim(out, &cl, 0);
}

/* Claims the figure q when it stands in a table's cell (a row of bars, or a bare figure of a "Label: value" row under
 * a caption): 1 when so (the sentence's own reading of it is then none); 1 with no claim too when q is a thousands
 * notation (a header's "(£000)": a unit, no figure). */
static int table_cell(fl_doc *d, const fl_rules *r, fl_facts *f, discourse *dc, const fl_qty *q, size_t doc_index,
                      size_t *seq, size_t s, fl_claims *out, const fl_map *bare)
{
    if (thousands_notation(d, f, q))
        return 1;
    size_t col;
    const fl_tables *tb = dc->tables;
    const fl_table_row *row = tb->nrows ? fl_tables_cell(tb, q->start, &col, &dc->row_hint) : NULL;
    if (!row || !(row->piped || row->dated || q->kind == FL_QK_BARE))
        return 0;
    table_claim(d, r, f, tb, row, col, q, doc_index, seq, s, out, bare);
    return 1;
}

/* A string kept with out's shared ones (freed with them): a claim's key or subject rewritten after it was kept. */
static char *keep_shared(fl_claims *out, char *s)
{
    if (s) {
        FL_GROW(out->shared, out->capshared, out->nshared + 1);
        out->shared[out->nshared++] = s;
    }
    return s;
}

/* A table's row whose label the text of its document names as the subject of a figure ("| Fenmouth | 212.4 |"
 * and "Fenmouth's revenue was £212.4m"): its cells, claims first to out->len, are that subject's, not a part of
 * the document's topic known only there, so they meet the text's figures of that subject (and other
 * documents'), and so are the text's figures that name the row after a preposition (row_place). A subject the text
 * gives a figure of by name; a row label the text never names stays the document's. */
static void named_rows(const fl_knowledge *k, fl_claims *out, size_t first)
{
    fl_map named; /* the subjects the text names, case aside: the first claim of each */
    fl_map_init(&named, 1);
    for (size_t j = first; j < out->len; j++) {
        const fl_claim *o = &out->items[j];
        if (o->key_base && !o->subject_doc && !o->subject_event && o->src < 0 && o->subject && o->subject[0] &&
            !(o->subject_how && strncmp(o->subject_how, "a table's", 9) == 0))
            fl_map_put(&named, o->subject, strlen(o->subject), (int)j);
    }
    for (size_t i = first; named.len && i < out->len; i++) {
        fl_claim *cell = &out->items[i];
        if ((cell->subject_how != ROW_PART && cell->subject_how != ROW_PLACE) || !cell->key || !cell->subject ||
            !cell->subject[0])
            continue;
        int j = fl_map_get(&named, cell->subject, strlen(cell->subject));
        if (j < 0)
            continue;
        cell->subject = keep_shared(out, fl_xstrdup(out->items[j].subject));
        cell->subject_doc = 0;
        cell->subject_how = ROW_NAMED;
        cell->key = cell->key_base = NULL;
        fl_claims_make_keys(cell, k);
        keep_shared(out, cell->key);
        keep_shared(out, cell->key_base);
    }
    fl_map_free(&named);
}

/* The row of tb whose label the noun phrase np of c's parse says, all of it ("the Valley line", its opening
 * determiner left out; case aside): the row, or NULL (a total row is none). */
static const fl_table_row *named_row(const sctx *c, const fl_tables *tb, const fl_np *np)
{
    size_t a = c->a + np->start + (np->det >= 0 && (uint32_t)np->det == np->start), b = c->a + np->end;
    if (a >= b)
        return NULL;
    int r = fl_map_get(&tb->labels, c->text + c->t[a].start, c->t[b - 1].end - c->t[a].start);
    return r >= 0 ? &tb->rows[r] : NULL;
}

/* The name the noun phrase np of c's parse is, its opening determiner left out ("Harrow Cross"): its bytes, when
 * all its words are capitalised and none is a month or a weekday ("In March" says when); empty otherwise. */
static fl_tspan place_name(const sctx *c, const fl_np *np)
{
    size_t a = c->a + np->start + (np->det >= 0 && (uint32_t)np->det == np->start), b = c->a + np->end, used;
    fl_tspan none = {0, 0};
    if (a >= b)
        return none;
    for (size_t i = a; i < b; i++)
        if (c->t[i].kind != FL_TOK_WORD || !fl_claims_name_word(c, i) ||
            fl_phrases_at(&c->k->months, c->text, c->t, c->b, i, &used) >= 0 ||
            fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &used) >= 0)
            return none;
    return (fl_tspan){(uint32_t)c->t[a].start, (uint32_t)c->t[b - 1].end};
}

/* How far into a document its headline and lede are looked for the topic's own name, in bytes. */
enum { TOPIC_LEAD = 2000 };

/* Is the name at (in the text) one the document's opening names before its first table's first row (at most
 * TOPIC_LEAD bytes: the headline and lede), the topic's own ("Revenue at Brackwater Water" under "Brackwater Water:
 * annual report")? */
static int topic_name(const sctx *c, const fl_tables *tb, fl_tspan at)
{
    size_t from = c->d->start, to = tb->rows[0].cell[0].start, n = at.end - at.start;
    if (to > from + TOPIC_LEAD)
        to = from + TOPIC_LEAD;
    for (size_t i = from; i + n <= to; i++)
        if (i != at.start && strncmp(c->text + i, c->text + at.start, n) == 0)
            return 1;
    return 0;
}

/* Where the places row_place reads for figure q end: at the first comma after the figure in its clause, past which
 * a phrase that follows the figure ("We supported 2,813 households across the valley, referred to us by agencies
 * including the advice office on Market Street") describes another noun, not where the figure was; else the
 * clause's end. */
static size_t row_place_end(const sctx *c, const fl_qty *q)
{
    for (size_t i = q->tok_end; i < c->cb; i++)
        if (c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 && c->text[c->t[i].start] == ',')
            return i;
    return c->cb;
}

/* A figure of the document's topic (no subject named) whose clause [ca, cb) names a row of one of the document's
 * tables, not a total, in the object of a preposition of "table-row-places" of rules/segmentation.json ("On the
 * Valley line, punctuality was 77.2%", "At St Anne's, punctuality was 93.0%", "punctuality at Kelton General
 * was ..."): that row's part of the topic, as the row's cells are (table_claim), so the two meet. A level phrase
 * that took the place in ("punctuality on airport link") keeps its head only. A name there that is no row's
 * label ("At Harrow Cross, punctuality was 70.2%") is a part too, that place's, not the whole a total row
 * states, unless the document's headline or lede names it (topic_name): then it is the topic's own name. */
static void row_place(const sctx *c, const fl_tables *tb, fl_claim *cl, size_t ca, size_t cb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    const fl_lexicon *places = fl_rules_lexicon(c->r, "table-row-places");
    if (!p || !places || !tb || !tb->nrows || !cl->subject_doc || (cl->subject && cl->subject[0]) || cl->src >= 0)
        return;
    for (size_t x = 0; x < p->npp; x++) {
        const fl_pp *pp = &p->pps[x];
        size_t prep = c->a + pp->prep;
        if (pp->np < 0 || prep < ca || prep >= cb || !fl_lexicon_has_token(places, c->text, &c->t[prep], 1))
            continue;
        const fl_np *np = &p->nps[pp->np];
        const fl_table_row *row = named_row(c, tb, np);
        fl_tspan at = row ? row->cell[0] : place_name(c, np);
        if (!row && at.end > at.start && topic_name(c, tb, at))
            return; /* "Revenue at Brackwater Water" in Brackwater Water's report: the topic's */
        if (at.end > at.start) {
            fl_buf b = {0};
            for (size_t i = at.start; i < at.end; i++)
                fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)c->text[i]));
            free(cl->subject);
            cl->subject = fl_buf_take(&b);
            cl->subject_how = row ? ROW_PLACE : "a place the clause names after a preposition, no row of its tables";
            char *in = cl->item ? strstr(cl->item, " ") : NULL; /* "punctuality on airport link" */
            size_t pl = c->t[prep].end - c->t[prep].start;
            if (in && strncasecmp(in + 1, c->text + c->t[prep].start, pl) == 0 && in[1 + pl] == ' ' &&
                strcmp(in + 2 + pl, cl->subject) == 0)
                *in = 0;
            return;
        }
    }
}

/* ---- a label's rate: "Daily running cost: £11,500" ----
 * A key-figures line gives a rate in its label, before the colon, rather than after the figure: "Daily running
 * cost: £11,500" is £11,500 a day, as "running the hospice costs £11,500 a day" is, "Weekly food bill: £2,300" £2,300
 * a week. A rate phrase of the rates of rules/units.json among the label's words (not one an indefinite article
 * opens: "Cost of a day's care" names one day's cost) makes the figure right after the colon a rate of its period,
 * when it has no rate or per-unit of its own ("Average price: £162 per tonne"). Returns the period, or -1. */
static int label_rate_phrase(const sctx *c, const fl_qty *q);

int fl_claims_label_rate(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q);
    if (q->rate >= 0 || !(q->kind == FL_QK_MONEY || q->kind == FL_QK_UNIT) || !q->dim || strchr(q->dim, '/') ||
        first <= c->a + 1 || first > c->b)
        return -1;
    return label_rate_phrase(c, q);
}

/* Is word i capitalised with a capitalised word right after it, before token end: the first word of a name ("Daily
 * Courier fine: £50,000" names a newspaper, no daily sum)? */
static int name_word_pair(const sctx *c, size_t i, size_t end)
{
    return i + 1 < end && c->t[i + 1].kind == FL_TOK_WORD && isupper((unsigned char)c->text[c->t[i].start]) &&
           isupper((unsigned char)c->text[c->t[i + 1].start]);
}

/* The period of a rate phrase among the words of the label that ends right before figure q, or -1; a capitalised
 * rate word opening a name is none (name_word_pair). */
static int label_rate_phrase(const sctx *c, const fl_qty *q)
{
    const fl_knowledge *k = c->k;
    size_t first = qty_first(c, q), used;
    size_t s = first > c->a + 1 && first <= c->b ? fl_claims_label_start(c, first) : SIZE_MAX;
    if (s == SIZE_MAX)
        return -1;
    const fl_lexicon *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    for (size_t i = s; i + 1 < first; i++) {
        if (c->t[i].kind != FL_TOK_WORD || (indef && fl_lexicon_has_token(indef, c->text, &c->t[i], 1)) ||
            name_word_pair(c, i, first))
            continue;
        int r = fl_phrases_at(&k->rates, c->text, c->t, first - 1, i, &used);
        if (r >= 0 && i + used < first)
            return r;
    }
    return -1;
}

/* Is q a figure whose rate its label line states (label_rates), the label stating no period of its own? The label
 * names one rate of the document, as a definite phrase does ("the daily running cost"): it is compared with the
 * document's other figures of its key. */
int fl_claims_label_rate_figure(const sctx *c, const fl_qty *q)
{
    size_t colon = qty_first(c, q) - 1;
    /* a label of its own period is of that time, not the document's: "Daily running cost (2024): £1,980" */
    return q->rate >= 0 && label_rate_phrase(c, q) == q->rate && label_end(c, colon) == colon &&
           label_bracket(c, colon) == SIZE_MAX;
}

/* Is figure q, in the clause whose rate phrase ends at token from (the clause ending at cb), what the rate is of:
 * the object or complement of its clause's own verb (the parse), with no comma between the verb and it ("Every
 * day it cost more to keep the shelter open, a total of £66,650" appends a sum), no phrase of a total of
 * arithmetic "totals" in the clause ("has spent a total of £29,000", "£29,000 in all"), and no phrase of a span of
 * rules/grammar.json "rate-span-prepositions" between the rate phrase and it ("Each week since January",
 * "Every day for a month": the figure may cover the span)? A hedge before it leaves it the object ("costs us about
 * £15,000"). */
static int rate_object(const sctx *c, const fl_qty *q, size_t from, size_t cb)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t first = qty_first(c, q), used;
    if (!p || first - c->a >= p->n)
        return 0;
    size_t ft = first - c->a;
    int cl = p->clause_of[ft], np = p->np_of[ft], v = cl >= 0 ? p->clauses[cl].verb : -1;
    if (v < 0 || p->vgs[v].end > ft || c->a + p->vgs[v].start < from)
        return 0;
    if (np >= 0 && p->nps[np].pp >= 0 &&
        fl_phrases_at(&c->k->multiple_hedges, c->text, c->t, c->b, c->a + p->pps[p->nps[np].pp].prep, &used) < 0)
        return 0; /* the object of a preposition: "a total of £66,650", "rose by £50" */
    for (size_t i = c->a + p->vgs[v].end; i < first; i++)
        if (c->t[i].kind == FL_TOK_PUNCT)
            return 0;
    for (size_t i = from; i < cb; i++)
        if (fl_phrases_at(&c->k->totals, c->text, c->t, cb, i, &used) >= 0)
            return 0;
    const fl_lexicon *span = fl_rules_lexicon(c->r, "rate-span-prepositions");
    for (size_t i = from; i < first; i++)
        if (span && fl_lexicon_has_token(span, c->text, &c->t[i], 1))
            return 0;
    return 1;
}

/* The period of a rate phrase that opens the clause of figure q, before it ("Every day costs us about £15,000",
 * "Each week the kitchen spends £2,900 on food": £15,000 a day, £2,900 a week), when q is a sum of money with no
 * rate or per-unit of its own; not one an indefinite article opens ("A day later it cost £300" places the figure in
 * time). -1 when none. */
static int clause_rate(const sctx *c, const fl_qty *q)
{
    size_t first = qty_first(c, q), ca, cb, used;
    if (q->rate >= 0 || q->kind != FL_QK_MONEY || !q->dim || strchr(q->dim, '/') || first <= c->a || first > c->b)
        return -1; /* a count is often a stock the clause tells ("every day ... to keep our 16 beds open") */
    fl_claims_clause_span(c, first, q->tok_end, &ca, &cb);
    const fl_lexicon *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    if (ca >= first || c->t[ca].kind != FL_TOK_WORD || (indef && fl_lexicon_has_token(indef, c->text, &c->t[ca], 1)))
        return -1;
    /* a phrase of its own ("every day", "each week"), no adjective of the clause's noun: "quarterly sales of
     * EUR 436 million" are the quarter's sales, told as "third-quarter sales" are */
    int r = fl_phrases_at(&c->k->rates, c->text, c->t, first, ca, &used);
    return r >= 0 && used >= 2 && ca + used < first && rate_object(c, q, ca + used, cb) ? r : -1;
}

/* Gives each figure of a label line whose label states a rate (fl_claims_label_rate), or whose clause a rate phrase
 * opens (clause_rate), that rate. */
static void label_rates(const sctx *c, fl_qty *q, size_t nq, fl_qty_strings *pool)
{
    for (size_t i = 0; i < nq; i++) {
        int r = fl_claims_label_rate(c, &q[i]);
        if (r < 0)
            r = clause_rate(c, &q[i]);
        if (r < 0)
            continue;
        char buf[96];
        snprintf(buf, sizeof buf, "%s/%s", q[i].dim, c->k->periods[r]);
        q[i].rate = (int16_t)r;
        q[i].dim = fl_qty_intern(pool, buf);
    }
}

/* Makes the bare numbers of sentence s counts (resolve_bare): a pronoun's antecedent may be in the sentence before
 * in its paragraph; a fronted "Of those," opens its sentence and may open its paragraph too, its whole being the
 * sentence before whatever paragraph that is in (a news paragraph is often one sentence). */
static void resolve_sentence(const sctx *c, const fl_doc *d, fl_facts *f, size_t s, const trigger *tr, size_t ntr)
{
    size_t q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1], b0 = paragraph_before(d, f, s);
    size_t l0 = s ? f->sent_qty[s - 1] : q0;
    resolve_bare(c, f->qty + q0, q1 - q0, f->qty + b0, q0 - b0, f->qty + l0, q0 - l0, tr, ntr, &f->qty_strings);
    label_rates(c, f->qty + q0, q1 - q0, &f->qty_strings);
}

/* Takes away the key of claim cl, a part of a whole, with why as the reason. */
static void drop_part_key(fl_claim *cl, const char *why)
{
    free(cl->key);
    free(cl->key_base);
    free(cl->why);
    cl->key = cl->key_base = NULL;
    cl->why = fl_xstrdup(why);
}

/* Unkeys claim cl of figure qi of sentence s when the figure is a part of a whole that a pronoun names ("Of these,
 * 118 ran out of fuel", "120 of them were evacuated by boat") and its key is the key of that whole's own claim
 * (the count before it that the pronoun stands for, resolve_bare: in its sentence, else the sentence before, else
 * its paragraph), which is in out from first on: a part is never the whole it is part of. A part whose key is
 * another ("Of these, 27 were injured": injuries) keeps it. */
static void anaphor_part_unkey(const sctx *c, fl_doc *d, const fl_facts *f, size_t s, size_t qi, const fl_claims *out,
                               size_t first, fl_claim *cl)
{
    const fl_qty *q = &f->qty[qi];
    if (!cl->key || (!fronted_anaphor(c, q) && anaphor_whole_end(c, q) == q->tok_end))
        return;
    size_t q0 = f->sent_qty[s], l0 = s ? f->sent_qty[s - 1] : q0, b0 = paragraph_before(d, f, s);
    const fl_qty *w = last_count_of_things(c, f->qty + q0, qi - q0);
    if (!w)
        w = last_count_of_things(c, f->qty + l0, q0 - l0);
    if (!w)
        w = last_count_of_things(c, f->qty + b0, q0 - b0);
    if (!w)
        return;
    fl_pos at = fl_doc_pos(d, w->start);
    for (size_t i = out->len; i > first; i--) {
        const fl_claim *whole = &out->items[i - 1];
        if (whole->start.line != at.line || whole->start.col[FL_COL_BYTE] != at.col[FL_COL_BYTE])
            continue;
        if (whole->key && strcmp(whole->key, cl->key) == 0)
            drop_part_key(cl, "a part of the count before it that a pronoun names (\"Of these\"): never compared with "
                              "that whole, whose key it would take");
        return;
    }
}

/* Does a phrase of place follow figure q in its clause, an "in" or "on" phrase whose first word past its
 * determiners names no time, state or condition ("were stopped on the Kesterline viaduct"; not "on Monday", "in
 * hospital", "in 2025")? */
static int place_after(const sctx *c, const fl_qty *q)
{
    size_t used;
    for (size_t i = q->tok_end; i + 1 < c->cb && i + 1 < c->b; i++) {
        int role = fl_claims_prep_role(c, i);
        if (role != FL_PREP_IN && role != FL_PREP_ON)
            continue;
        size_t j = i + 1;
        while (j < c->cb && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) >= 0)
            j++;
        if (j < c->cb && c->t[j].kind == FL_TOK_WORD && !fl_claims_time_phrase(c, j) &&
            fl_phrases_at(&c->k->not_places, c->text, c->t, c->b, j, &used) < 0 &&
            fl_phrases_at(&c->k->months, c->text, c->t, c->b, j, &used) < 0 &&
            fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, j, &used) < 0)
            return 1;
    }
    return 0;
}

/* Unkeys claim cl of figure qi of sentence s when it is a partitive of a whole that states no number, put in a
 * place its clause names ("Six of the trains were stopped on the viaduct"), and the document counted that noun
 * before with a larger number ("14 stalled trains"): the whole is that count, and the figure the part of it in
 * that place, never a second count of the noun, whatever act keys the two. With no place the part may be a count of
 * its own ("18 of the flats had been destroyed" after "The building has 80 flats": the flats destroyed). */
static void partitive_part_unkey(const sctx *c, const fl_facts *f, size_t qi, fl_claim *cl)
{
    const fl_qty *q = &f->qty[qi];
    int numbered;
    if (!cl->key || cl->family < 0 || !act_like(c->k, cl->family) || q->kind != FL_QK_UNIT || !q->item || !*q->item ||
        !fl_count_dimension(c->r, q->dim) || partitive_noun_at(c, q, NULL, &numbered) == SIZE_MAX || !place_after(c, q))
        return;
    for (size_t j = 0; j < qi; j++) {
        const fl_qty *w = &f->qty[j];
        if (w->kind == FL_QK_UNIT && w->item && strcmp(w->item, q->item) == 0 && strcmp(w->dim, q->dim) == 0 &&
            w->value > q->value) {
            drop_part_key(cl, "a part of a whole stated before (\"six of the trains\" after \"14 trains\"): never "
                              "compared with a count of the whole");
            return;
        }
    }
}

/* Collects in out the figures the corrections of document d give as wrong (corrected_figure) with no entry named
 * (entry_fixes' stamp 0): the value and measure of each, which the figures stated before the correction withdraw.
 * A figure past a semicolon of a correction's sentence is the right one ("Correction: at 09:30 we first gave the
 * price as 1,462p; the correct figure is 1,642p"), and withdraws none. A bare number withdraws only when it is the
 * one figure the correction gives ("an earlier update gave the driver's age as 44": the 44 of an earlier entry);
 * beside another ("gave the length of stage 7 as 14.8 km") it names what was wrong, not the wrong figure. */
static void withdrawn_figures(const fl_doc *d, const fl_rules *r, const fl_facts *f, entry_fixes *out)
{
    for (size_t s = 0; s < d->nsent; s++) {
        sctx c = fl_claims_sentence_ctx(d, r, fl_rules_knowledge(r), f, s);
        size_t semi = c.a, given = 0;
        while (semi < c.b && !punct_is(&c, semi, ';'))
            semi++;
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1]; qi++)
            given += f->qty[qi].tok <= semi && corrected_figure(&c, f->qty[qi].tok);
        for (size_t qi = f->sent_qty[s]; qi < f->sent_qty[s + 1] && out->n < MAX_ENTRY_FIXES; qi++) {
            const fl_qty *q = &f->qty[qi];
            if ((q->kind == FL_QK_BARE && given != 1) || q->tok > semi || !corrected_figure(&c, q->tok))
                continue;
            out->stamp[out->n] = 0;
            out->kind[out->n] = q->kind;
            out->dim[out->n] = q->dim;
            out->before[out->n] = (uint32_t)c.t[c.a].start;
            out->value[out->n++] = q->value;
        }
    }
}

/* Collects the live entries that the corrections of document d name by their stamps (entry_fixes): a sentence
 * that a correction label opens (correction_label), in a page of entries (an entry's or a paragraph of its own:
 * "Correction (19:10): An update at 16:05 said ..."), that names a clock time other than its
 * own entry's stamp ("in our 13:46 update") gives that time's entry each of its figures as a wrong one. */
static entry_fixes entry_fixes_of(const fl_doc *d, const fl_rules *r, const fl_facts *f, int h24)
{
    entry_fixes fx = {0}, *out = &fx;
    withdrawn_figures(d, r, f, out);
    size_t label_para = SIZE_MAX; /* the paragraph of the sentence before when a correction label opened it */
    int page = 0;                 /* a page of entries: a correction of its own paragraph is one of them too */
    for (size_t p = 0; p < d->npara && !page; p++)
        page = d->paras[p].stamp || d->paras[p].entry;
    for (size_t s = 0; s < d->nsent && page; s++) {
        size_t p = d->sents[s].para, q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
        if (p >= d->npara)
            continue;
        sctx c = fl_claims_sentence_ctx(d, r, fl_rules_knowledge(r), f, s);
        /* "Correction: ... revised the snowfall to 74cm. Our 17:05 entry gave ... 82cm": the label's sentence and
         * the next one of its paragraph, right after it */
        size_t label_end = correction_label_end(&c, c.b);
        int labelled = label_end != SIZE_MAX, goes_on = !labelled && s && label_para == p && d->sents[s - 1].para == p;
        label_para = labelled ? p : SIZE_MAX;
        if (!(labelled || goes_on) || q1 == q0)
            continue;
        for (size_t i = c.a; i < c.b; i++) {
            fl_clock ck;
            if (!fl_clock_read(c.text, c.t, c.b, i, r, h24, &ck))
                continue;
            i = ck.end - 1;
            if (fl_claims_entry_stamp(d, c.t[ck.first].start) || ck.at < 0 || ck.at >= 1440 ||
                (labelled && ck.first < label_end))
                continue; /* the label's own stamp, "Correction (19:10):", names no entry it corrects */
            for (size_t qi = q0; qi < q1 && out->n < MAX_ENTRY_FIXES; qi++) {
                if (f->qty[qi].tok < ck.end && f->qty[qi].tok_end > ck.first)
                    continue; /* the time itself */
                out->stamp[out->n] = (uint16_t)(ck.at + 1);
                out->value[out->n++] = f->qty[qi].value;
            }
        }
    }
    return fx;
}

/* Ends a document's claims, out from first on: the rows its text names (named_rows), then its story names and topic
 * words in each. */
static void document_done(const fl_knowledge *k, fl_claims *out, size_t first, const uint64_t story[2],
                          const uint64_t topics[2])
{
    named_rows(k, out, first);
    person_places_settle(out, first);
    for (size_t i = first; i < out->len; i++) {
        memcpy(out->items[i].names, story, sizeof out->items[i].names);
        memcpy(out->items[i].topics, topics, sizeof out->items[i].topics);
    }
}

/* The words that stand right after a figure written in digits anywhere in the document ("640 volunteers"): the
 * nouns the document counts bare, with no modifier before them (compound_scope); not a label's figure right after
 * its colon ("Members: 1,140 farms", which its label scopes: role_scope). */
static fl_map bare_counted_nouns(const fl_doc *d, const fl_facts *f)
{
    fl_map out;
    fl_map_init(&out, 1);
    for (size_t t = 0; t + 1 < f->ntok; t++)
        if (f->tok[t].kind == FL_TOK_NUM && f->tok[t + 1].kind == FL_TOK_WORD &&
            !(t > 0 && f->tok[t - 1].kind == FL_TOK_PUNCT && d->text[f->tok[t - 1].start] == ':' &&
              f->tok[t - 1].end == f->tok[t - 1].start + 1))
            fl_map_put(&out, d->text + f->tok[t + 1].start, f->tok[t + 1].end - f->tok[t + 1].start, 1);
    return out;
}

/* Frees the document's maps of names and of bare counted nouns. */
static void doc_maps_free(fl_map *names, fl_map *bare)
{
    fl_map_free(names);
    fl_map_free(bare);
}

/* Does the document's lede (its title and first words, dc->lede_end) use the word at i, in any case, its noun in
 * the singular ("Road" in "Reported Road Casualties" for "road deaths")? The lede names the story's own scope. */
static int lede_word(const sctx *c, const discourse *dc, size_t i)
{
    char w[40];
    const char *s = c->text + c->t[i].start, *end = c->text + c->t[i].end;
    for (const char *h; s < end; s = h + 1) { /* each piece of a hyphened word: "Opening-day" in an opening's story */
        h = memchr(s, '-', (size_t)(end - s));
        h = h ? h : end;
        fl_noun_singular(c->r, s, (size_t)(h - s), w, sizeof w);
        size_t n = strlen(w);
        for (size_t x = 0; n > 2 && x + n <= dc->lede_end; x++)
            if (strncasecmp(c->text + x, w, n) == 0)
                return 1;
    }
    return 0;
}

/* A count of a metric family whose trigger noun heads its clause's subject, with words before it or a phrase
 * after it up to its verb ("Drink-driving deaths are estimated at 260", "Deaths on motorways rose to 112",
 * "Deaths in the Northern Lowlands region fell from 301 to 262"), counts a part of what the family counts when
 * one of those words is one the lede never uses: the story's own scope is in its lede ("Road deaths fell to 1,742"
 * in a report on road casualties is the whole). Its item keeps the words in brackets ("person (on motorways)"), so
 * it meets only counts of the same part, never the whole. Determiners, figures and words of time ("Deaths in 2025")
 * narrow nothing. */
static void subject_part(const sctx *c, const discourse *dc, fl_claim *cl, const fl_qty *q, size_t trig)
{
    const fl_parse *p = fl_claims_parse_of(c);
    size_t used;
    if (!p || cl->family < 0 || act_like(c->k, cl->family) || !fl_count_dimension(c->r, q->dim) || trig < c->a ||
        trig >= q->tok || strchr(cl->item, '(') || measure_noun(c, trig))
        return; /* "The number of vessels": what its "of" phrase names is what is counted */
    int clause = fl_parse_clause_of(p, q->tok - c->a), np = fl_parse_subject(p, clause), vg = fl_parse_verb(p, clause);
    if (np < 0 || vg < 0 || c->a + p->nps[np].head != trig || c->a + p->nps[np].start < c->ca ||
        c->a + p->vgs[vg].start > q->tok || c->a + p->vgs[vg].start <= trig)
        return;
    size_t a = c->a + p->nps[np].start;
    if (a > c->ca && c->t[a - 1].kind == FL_TOK_WORD &&
        memchr(c->text + c->t[a - 1].start, '-', c->t[a - 1].end - c->t[a - 1].start))
        a--; /* "Drink-driving deaths": a compound the parse leaves out of the phrase */
    fl_buf b = {0};
    int narrows = 0;
    for (size_t i = a; i < c->a + p->vgs[vg].start; i++) {
        if (i == trig || c->t[i].kind != FL_TOK_WORD ||
            fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, i, &used) >= 0)
            continue;
        if (fl_claims_time_phrase(c, i) || fl_claims_role(c, i, FL_ROLE_AND)) {
            fl_buf_free(&b);
            return; /* "Deaths in July", "Deaths and injuries": a time or a second measure, no part */
        }
        int t = p->tags[i - c->a];
        narrows |= (t == FL_TAG_NOUN || t == FL_TAG_ADJ || fl_claims_name_word(c, i) ||
                    memchr(c->text + c->t[i].start, '-', c->t[i].end - c->t[i].start)) &&
                   fl_claims_prep_role(c, i) < 0 && !lede_word(c, dc, i);
        fl_buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)(c->t[i].end - c->t[i].start), c->text + c->t[i].start);
    }
    if (narrows) {
        fl_buf w = {0};
        fl_buf_printf(&w, "(%s)", b.ptr);
        item_suffix(cl, " ", w.ptr);
        fl_buf_free(&w);
    }
    fl_buf_free(&b);
}

/* Whose figure cl is (its family known): its parties, its subject, the story's amount a sum between parties no
 * pack knows is (story_sum), the table row it stands in and the scope of its count. */
static void claim_whose(const sctx *cw, discourse *dc, fl_claim *cl, const mention *m, size_t nm, const fl_qty *q,
                        size_t trig, uint32_t para, int dated, size_t np, size_t npe)
{
    claim_parties(cw, m, nm, cl, trig, q);
    if (!share_subject(cw, cl, q))
        claim_subject(cw, cl, m, nm, cw->ca, cw->cb, q, dc, para, dated, np, npe);
    story_sum(cw, dc, cl, q, trig, np, npe);
    row_place(cw, dc->tables, cl, cw->ca, row_place_end(cw, q));
    count_scope(cw, dc, cl, q);
    subject_part(cw, dc, cl, q, trig);
}

/* Does figure qi restate the one before it (restates)? Then it measures what that one does
 * (take_restated). *taken gets what the one before measured, *prev what this one measures, for the next. */
static int restated_figure(const sctx *cw, const fl_qty *qty, size_t q0, size_t qi, measured *prev, measured *taken,
                           fl_claim *cl, size_t *trig, size_t *np, size_t *npe)
{
    int restated = qi > q0 && prev->qi == qi - 1 ? restates(cw, &qty[qi - 1], &qty[qi]) : 0;
    if (restated)
        take_restated(cw->k, prev, &qty[qi], cl, trig, np, npe);
    *taken = *prev;
    *prev = (measured){qi, cl->family, *np, *npe, "", 0};
    return restated;
}

void fl_claims_extract(fl_doc *d, const fl_rules *r, const fl_date *given, size_t doc_index, fl_claims *out,
                       fl_facts *f)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    document_facts(d, r, given, f);
    fl_map names, bare = bare_counted_nouns(d, f);
    doc_names(d, f, &names);
    size_t first_claim = out->len;
    uint64_t story[2];
    story_names(d, r, k, f, story);
    struct sb_stemmer *sb = sb_stemmer_new("english", NULL);   /* UTF-8 */
    discourse dc = fl_claims_discourse_start(d, r, f, &names); /* pass 2: keys */
    fl_refs refs = {0}; /* figures stated as news that a definite phrase may restate */
    int prev_year = 0, h24 = fl_clock_24h(d->text, f->tok, f->ntok, r), zone = fl_doc_zone(d->text, f->tok, f->ntok, r);
    size_t prev_tok = 0, seq = 0;
    const entry_fixes fixes = entry_fixes_of(d, r, f, h24);
    for (size_t s = 0; s < d->nsent; s++) {
        sentence_parse sp = {NULL, NULL, 0, f->sent_tok[s], f->sent_tok[s + 1]};
        sctx c = {d,      d->text,      k,     r,     f->tok, f->sent_tok[s], f->sent_tok[s + 1], &names, 0, 0, &sp,
                  &fixes, f->contrasts, &bare, story, sb}; /* every part: positional, as sctx declares them */
        size_t nn = f->sent_num[s + 1] - f->sent_num[s];
        const fl_num *nums = nn ? f->num + f->sent_num[s] : NULL; /* f->num is NULL in a document without numbers */
        int carried_in = prev_year;
        size_t carried_tok = prev_tok;
        when *w;
        size_t nw = find_whens(&c, nums, nn, &f->date, &prev_year, &prev_tok, &w);
        fl_claims_year_in_force(f, s, w, nw, carried_in, carried_tok);
        note_sentence(&c, &dc, f, s);
        size_t q0 = f->sent_qty[s], q1 = f->sent_qty[s + 1];
        if (q1 == q0)
            sentence_subject(&c, &dc, d->sents[s].para);
        mention *m = NULL;
        trigger *tr = NULL;
        size_t nm = 0, ntr = 0;
        int change = 0;
        if (q1 > q0) {
            nm = find_mentions(&c, f->qty + q0, q1 - q0, &m);
            ntr = find_triggers(&c, f->qty + q0, q1 - q0, &tr);
            resolve_sentence(&c, d, f, s, tr, ntr);
            change = q1 - q0 > 1 && has_change_word(&c);
        }
        size_t m0 = 0, m1 = 0, tr0 = 0, tr1 = 0, wq0 = q0, wq1 = q0;
        measured prev = {SIZE_MAX, -1, SIZE_MAX, 0, "", 0}, taken;
        for (size_t qi = q0; qi < q1; qi++) {
            const fl_qty *q = &f->qty[qi];
            f->qty_modality[qi] = FL_MOD_ACTUAL;
            if (table_cell(d, r, f, &dc, q, doc_index, &seq, s, out, &bare) || q->kind == FL_QK_BARE)
                continue; /* its table says what it is; a number its clause says nothing about is no claim */
            /* the window its key is read from (a normal sentence's whole), with the mentions, triggers and
             * quantities inside it; quantities come in token order, so the window only moves forward */
            sctx cw = c;
            cw.a = q->tok > c.a + KEY_WINDOW ? q->tok - KEY_WINDOW : c.a;
            cw.b = q->tok_end + KEY_WINDOW < c.b ? q->tok_end + KEY_WINDOW : c.b;
            while (m0 < nm && m[m0].tok < cw.a)
                m0++;
            for (m1 = m1 < m0 ? m0 : m1; m1 < nm && m[m1].tok < cw.b;)
                m1++;
            while (tr0 < ntr && tr[tr0].tok < cw.a)
                tr0++;
            for (tr1 = tr1 < tr0 ? tr0 : tr1; tr1 < ntr && tr[tr1].tok < cw.b;)
                tr1++;
            while (wq0 < qi && f->qty[wq0].tok < cw.a)
                wq0++;
            for (wq1 = wq1 <= qi ? qi + 1 : wq1; wq1 < q1 && f->qty[wq1].tok_end <= cw.b;)
                wq1++;
            fl_claim cl = new_claim(d, &cw, q, doc_index, seq++, s);
            size_t trig = q->tok, ca, cb;
            figure_clause(&cw, f, q0, q, &ca, &cb);
            cw.ca = ca;
            cw.cb = cb;
            f->qty_clause[qi] = ca;
            /* a sentence without triggers or mentions has NULL arrays, and NULL + 0 is undefined */
            size_t np = SIZE_MAX, npe = 0; /* the phrase the structure says the figure measures */
            claim_attribute(&cw, &cl, q, tr ? tr + tr0 : NULL, tr1 - tr0, m ? m + m0 : NULL, m1 - m0, &trig, &np, &npe);
            int restated = restated_figure(&cw, f->qty, q0, qi, &prev, &taken, &cl, &trig, &np, &npe);
            of_what(&cw, &cl, q, trig, &np, &npe, f->qty + q0, q1 - q0);
            figure_item(&cw, &cl, q, np, npe);
            restated_item(&taken, restated, &cl, &prev);
            if (cl.family >= 0 && cl.family == k->act_family &&
                !act_stock_discourse(&cw, &dc, f->qty + q0, q1 - q0, &cl))
                act_discourse(&dc, k, &cl);
            int desc = describes(&cw, q, np, npe);
            const when *pw = figure_when(&cw, q, desc, np, npe, w, nw, f->qty + q0, q1 - q0);
            if (cl.family >= 0)
                claim_whose(&cw, &dc, &cl, m ? m + m0 : NULL, m1 - m0, q, trig, d->sents[s].para, own_time(pw), np,
                            npe);
            cl.modality = desc || cl.subject_how == fl_loan_term_how ? FL_MOD_ACTUAL : modality_of(&cw, q);
            int increment = counted_increment(&dc, &cw, &cl, q);
            int old = !increment && change && old_value(&cw, f, qi, wq0, wq1, w, nw);
            int amount = !increment && !old && change_amount(&cw, q);
            int change_part = increment ? 3 : old || amount ? 1 : part_kind(&cw, f, qi, q0);
            fl_claims_claim_time_marks(&cw, &cl, q, f->date.year == 0);
            int unreal = claim_time_and_key(&cw, &cl, q, trig, pw, f, change_part);
            change_key(&cw, &cl, q, amount && !unreal);
            fl_frame_round(&cl, k, &f->num[q->num]);
            fl_ref_phrase ph;
            int candidate = reference_figure(&cw, &cl, q, pw, unreal || change_part, &refs, out, &ph);
            anaphor_part_unkey(&cw, d, f, s, qi, out, first_claim, &cl);
            partitive_part_unkey(&cw, f, qi, &cl);
            similar_marks(&cw, &cl, q, f->qty + q0, q1 - q0, change_part, unreal, story, sb);
            f->qty_modality[qi] = cl.modality;
            if (fl_claims_keep_claim(out, &cl, candidate) && candidate)
                fl_refs_note(&refs, r, out, out->len - 1, &ph);
        }
        sentence_claims(&c, d, f, s, &dc, h24, zone, doc_index, &seq, out);
        free(m);
        free(tr);
        free(w);
        fl_parse_free(sp.p);
        free(sp.words);
    }
    fl_claims_discourse_free(&dc, k);
    fl_refs_free(&refs);
    doc_maps_free(&names, &bare);
    uint64_t topics[2];
    story_topics(d, r, f, sb, topics);
    sb_stemmer_delete(sb); /* NULL-safe */
    document_done(k, out, first_claim, story, topics);
}

sctx fl_claims_sentence_ctx(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, size_t s)
{
    return (sctx){.d = d, .text = d->text, .k = k, .r = r, .t = f->tok, .a = f->sent_tok[s], .b = f->sent_tok[s + 1]};
}

void fl_facts_release(fl_facts *f, fl_arena *a)
{
    void *arrays[] = {f->num,          f->sent_num,          f->qty,           f->sent_qty,
                      f->sent_year,    f->sent_year_carried, f->sent_year_tok, f->sent_year_from_tok,
                      f->qty_modality, f->qty_clause};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        fl_arena_release(a, arrays[i]);
    f->num = NULL;
    f->qty = NULL;
    f->nnum = f->nqty = 0;
    f->sent_num = f->sent_qty = f->sent_year_tok = f->sent_year_from_tok = f->qty_clause = NULL;
    f->sent_year = f->sent_year_carried = f->qty_modality = NULL;
}

void fl_facts_free(fl_facts *f)
{
    /* tokens, numbers, quantities and the per-sentence indexes live in the document's arena */
    fl_qty_strings_free(&f->qty_strings);
    fl_tables_free(&f->tables);
    memset(f, 0, sizeof(*f));
}

void fl_claims_shrink(fl_claims *c)
{
    if (c->cap > c->len) {
        c->items = c->len ? fl_xrealloc(c->items, c->len * sizeof(fl_claim)) : (free(c->items), NULL);
        c->cap = c->len;
    }
    if (c->capquote > c->nquote) {
        c->quotes = c->nquote ? fl_xrealloc(c->quotes, c->nquote * sizeof(fl_qclaim)) : (free(c->quotes), NULL);
        c->capquote = c->nquote;
    }
}

/* Moves the nf strings *f[i] (NULL ones stay NULL) into one allocation and returns it: the first string is
 * at its start ("" when it was NULL), so freeing the first frees them all. */
static char *pack_strings(char **f[], size_t nf)
{
    size_t total = 0, len[8] = {0};
    for (size_t i = 0; i < nf; i++) {
        len[i] = *f[i] ? strlen(*f[i]) + 1 : 0;
        total += len[i];
    }
    char *block = fl_xmalloc(total + (len[0] ? 0 : 1)), *p = block;
    if (!len[0])
        *p++ = '\0';
    for (size_t i = 0; i < nf; i++) {
        if (!*f[i])
            continue;
        memcpy(p, *f[i], len[i]);
        free(*f[i]);
        *f[i] = p;
        p += len[i];
    }
    return block;
}

void fl_claim_pack(fl_claim *c)
{
    char **f[] = {&c->text, &c->context, &c->dim, &c->item, &c->subject, &c->why, &c->key, &c->key_base};
    c->text = pack_strings(f, sizeof f / sizeof f[0]); /* freed through text */
}

void fl_qclaim_pack(fl_qclaim *q)
{
    char **f[] = {&q->speaker, &q->speaker_key, &q->audience, &q->hedge, &q->source, &q->text};
    q->speaker = pack_strings(f, sizeof f / sizeof f[0]); /* freed through speaker */
}

void fl_claims_take_shared(fl_claims *dst, fl_claims *src)
{
    if (!src->nshared)
        return;
    FL_GROW(dst->shared, dst->capshared, dst->nshared + src->nshared);
    memcpy(dst->shared + dst->nshared, src->shared, src->nshared * sizeof(char *));
    dst->nshared += src->nshared;
    free(src->shared);
    src->shared = NULL;
    src->nshared = src->capshared = 0;
    memset(src->last_shared, 0, sizeof src->last_shared);
}

void fl_claims_free(fl_claims *c)
{
    for (size_t i = 0; i < c->len; i++)
        free(c->items[i].text); /* the block of all its strings (fl_claim_pack) */
    free(c->items);
    for (size_t i = 0; i < c->nquote; i++)
        free(c->quotes[i].speaker); /* the block of all its strings (fl_qclaim_pack) */
    free(c->quotes);
    for (size_t i = 0; i < c->ncopy; i++)
        free(c->copies[i].text);
    free(c->copies);
    for (size_t i = 0; i < c->nshared; i++)
        free(c->shared[i]);
    free(c->shared);
    memset(c, 0, sizeof(*c));
}

void fl_claim_period(const fl_claim *c, char *buf, size_t cap)
{
    static const char *const months[] = {"",         "January ",  "February ", "March ",  "April ",
                                         "May ",     "June ",     "July ",     "August ", "September ",
                                         "October ", "November ", "December "};
    if (c->period_how == 5) /* a dated report's measure of the story, or a settled fact: of no day of its own */
        snprintf(buf, cap, "%s", c->doc_date >= 10000 ? "no date of its own" : "an undated report");
    else if (c->year <= 0 && c->period_how == 4 && c->month > 0 && c->month <= 12)
        snprintf(buf, cap, "%.*s, year not stated", (int)strlen(months[c->month]) - 1, months[c->month]);
    else if (c->year <= 0)
        snprintf(buf, cap, "%s", "");
    else if (c->since)
        snprintf(buf, cap, "since %d", c->year);
    else if (c->month && c->day)
        snprintf(buf, cap, "%d %s%d", c->day, months[c->month], c->year);
    else if (c->month)
        snprintf(buf, cap, "%s%d", months[c->month], c->year);
    else if (c->part && c->part_text[0])
        snprintf(buf, cap, "%s %d", c->part_text, c->year);
    else
        snprintf(buf, cap, "%s%d", c->part ? "part of " : "", c->year);
}
