/* quantities.c - units, money, percentages and qualifiers around the numbers of a sentence. The names
 * are knowledge (units, currencies, percent words, qualifiers of the rule packs); this file is the
 * grammar that attaches them. */
#include "extract/quantities.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    const char *text;
    const fl_rules *r;
    const fl_knowledge *k;
    const fl_token *t;
    size_t n;
    const fl_lexicon *function_words;
    const fl_lexicon *count_links;
    const fl_lexicon *topic_preps, *topic_heads;
} ctx;

/* Is token i a word of the role (rules/grammar.json)? */
static inline int role(const ctx *c, size_t i, fl_role w)
{
    return fl_role_at(c->r, w, c->text, c->t, c->n, i);
}

static int function_word(const ctx *c, size_t i)
{
    return i < c->n && fl_lexicon_has_token(c->function_words, c->text, &c->t[i], 1);
}

/* A currency symbol that ends right before offset at (one space allowed): returns its currency index and
 * stores where the symbol starts. */
static int symbol_before(const ctx *c, size_t at, size_t floor, size_t *sym_start)
{
    const char *s = c->text;
    for (int space = 0; space < 2; space++) {
        size_t end = at;
        if (space) {
            if (end == floor || s[end - 1] != ' ')
                return -1;
            end--;
        }
        for (size_t i = 0; i < c->k->nsymbols; i++) {
            const char *sym = c->k->symbols[i];
            size_t len = c->k->symbol_len[i];
            if (end < floor + len || s[end - 1] != sym[len - 1] || memcmp(s + end - len, sym, len) != 0)
                continue;
            size_t b = end - len;
            /* a symbol glued to letters is part of a word ("US$" is a symbol itself) */
            if (b > floor && fl_is_ascii_alpha((unsigned char)s[b - 1]))
                continue;
            if (space && fl_is_ascii_alpha((unsigned char)sym[len - 1]) == 0 && len == 1)
                continue; /* "$ 5" is rare; "the $ sign" is not money */
            *sym_start = b;
            return c->k->symbol_currency[i];
        }
    }
    return -1;
}

/* Is the unit word that ends before token i the first part of a compound noun: a hyphen with no space either side
 * and a word after it ("4,000 day-trippers"), that word neither a measure axis ("a 10 metre-high wall") nor one
 * of the unit-adjective-tails lexicon ("a 19 year-old")? */
static int compound_head_after(const ctx *c, size_t i)
{
    const fl_lexicon *tails = fl_rules_lexicon(c->r, "unit-adjective-tails");
    size_t used;
    if (i == 0 || i + 1 >= c->n || c->t[i].kind != FL_TOK_PUNCT || c->t[i].end - c->t[i].start != 1 ||
        c->text[c->t[i].start] != '-' || c->t[i - 1].end != c->t[i].start || c->t[i].end != c->t[i + 1].start ||
        c->t[i + 1].kind != FL_TOK_WORD)
        return 0;
    return fl_phrases_at(&c->k->measure_axes, c->text, c->t, c->n, i + 1, &used) < 0 &&
           !(tails && fl_lexicon_has_token(tails, c->text, &c->t[i + 1], 1));
}

/* The unit at token i: case-sensitive symbols first (or a name written only glued to its number, "9in"), then
 * names, unless a name is longer ("lb per sq ft" is no "lb"). Stores the tokens used. */
static int unit_in(const ctx *c, const fl_token *t, size_t n, size_t i, size_t *used)
{
    size_t un = 0;
    int u = fl_phrases_at(&c->k->unit_symbols, c->text, t, n, i, used);
    if (u < 0 && i > 0 && i < n && !t[i].space_before && t[i - 1].kind == FL_TOK_NUM)
        u = fl_phrases_at(&c->k->unit_glued, c->text, t, n, i, used); /* "9in", never "9 in" */
    int v = fl_phrases_at(&c->k->unit_names, c->text, t, n, i, &un);
    if (v >= 0 && (u < 0 || un > *used)) {
        *used = un;
        u = v;
    }
    return u;
}

/* The unit at token i (unit_in), none when it is the first part of a compound noun (compound_head_after). */
static int unit_at(const ctx *c, size_t i, size_t *used)
{
    int u = unit_in(c, c->t, c->n, i, used);
    return u >= 0 && compound_head_after(c, i + *used) ? -1 : u;
}

/* A unit of money joined by a slash to what it is paid for, written as the one word at token *j ("5.64 p/kWh",
 * "53.68 p/day", "c/litre"): makes q an amount of that unit, moves *j past the word and returns the unit's factor,
 * with the period after the slash in *rate (-1 for a unit: "p/kWh" reads as "pence per kWh" does, an amount of
 * money); 1 and q untouched when the word is none. */
static double slash_unit(const ctx *c, fl_qty *q, size_t *j, int *rate)
{
    size_t i = *j;
    if (i >= c->n || c->t[i].kind != FL_TOK_WORD)
        return 1;
    const fl_token *w = &c->t[i];
    const char *sl = memchr(c->text + w->start, '/', w->end - w->start);
    if (!sl || sl == c->text + w->start)
        return 1;
    uint32_t at = (uint32_t)(sl - c->text);
    fl_token parts[3] = {{w->start, at, FL_TOK_WORD, w->space_before, 0},
                         {at, at + 1, FL_TOK_PUNCT, 0, 0},
                         {at + 1, w->end, FL_TOK_WORD, 0, 0}};
    size_t used = 0, per = 0;
    int u = unit_in(c, parts, 3, 0, &used);
    if (u < 0 || used != 1 || strncmp(c->k->units[u].dimension, "money:", 6) != 0)
        return 1;
    if ((*rate = fl_phrases_at(&c->k->rates, c->text, parts, 3, 1, &used)) < 0 || used != 2) {
        *rate = -1;
        if (unit_in(c, parts, 3, 2, &per) < 0 || per != 1)
            return 1;
    }
    q->kind = FL_QK_UNIT;
    q->unit = (int16_t)u;
    ++*j;
    return c->k->units[u].factor;
}

/* A unit written before its number, right before token i, a hyphen allowed between ("magnitude 6.1",
 * "magnitude-6.1"): its index and the tokens before i it takes, or -1. */
static int unit_before(const ctx *c, size_t i, size_t *taken)
{
    if (i == 0)
        return -1;
    size_t last = i - 1, used;
    if (c->t[last].end - c->t[last].start == 1 && c->text[c->t[last].start] == '-' && last > 0)
        last--;
    int u = fl_phrases_ending(&c->k->unit_prefixes, c->text, c->t, c->n, last, &used);
    if (u >= 0)
        *taken = i - (last + 1 - used);
    return u;
}

/* A scale whose noun the number premodifies, written with a decimal point ("a 6.1 quake": a magnitude; not "two
 * quakes", "the 2 quakes"): the unit's index, or -1. */
static int scale_noun_after(const ctx *c, const fl_num *x, size_t i)
{
    size_t used;
    if (i >= c->n || !memchr(c->text + x->start, '.', x->end - x->start))
        return -1;
    return fl_phrases_at(&c->k->unit_nouns, c->text, c->t, c->n, i, &used);
}

/* Does the unit dimension count things (the count-dimensions lexicon: "people", "vehicles")? */
int fl_count_dimension(const fl_rules *r, const char *dim)
{
    return fl_lexicon_has(fl_rules_role(r, FL_ROLE_COUNT_DIMENSION), dim, strlen(dim), 0);
}

static int count_dimension(const ctx *c, const char *dim)
{
    return fl_count_dimension(c->r, dim);
}

int fl_singular_unit(const fl_rules *r, const char *w, size_t n)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const fl_lexicon *plurals = fl_rules_lexicon(r, "noun-plurals");
    char cand[48];
    for (size_t i = 0; plurals && n >= 3 && i < fl_lexicon_size(plurals); i++) {
        const char *rule = fl_lexicon_item(plurals, i), *eq = strchr(rule, '=');
        size_t plen = eq ? (size_t)(eq - rule) : 0, slen = eq ? strlen(eq + 1) : 0;
        if (!eq || slen >= n || n - slen + plen >= sizeof cand || strncasecmp(w + n - slen, eq + 1, slen) != 0)
            continue;
        for (size_t x = 0; x < n - slen; x++)
            cand[x] = (char)fl_ascii_lower((unsigned char)w[x]);
        memcpy(cand + n - slen, rule, plen);
        cand[n - slen + plen] = '\0';
        int u = fl_phrases_word(&k->unit_names, cand, strlen(cand));
        if (u >= 0 && fl_count_dimension(r, k->units[u].dimension))
            return u;
    }
    return -1;
}

void fl_noun_singular(const fl_rules *r, const char *s, size_t n, char *out, size_t cap)
{
    if (n == 0 || n >= cap) {
        if (cap)
            out[0] = '\0';
        return;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = (char)fl_ascii_lower((unsigned char)s[i]);
    out[n] = '\0';
    const fl_lexicon *plurals = fl_rules_lexicon(r, "noun-plurals"), *singulars = fl_rules_lexicon(r, "noun-singulars");
    for (size_t i = 0; singulars && i < fl_lexicon_size(singulars); i++) {
        size_t len = fl_lexicon_item_len(singulars, i);
        if (len < n && memcmp(out + n - len, fl_lexicon_item(singulars, i), len) == 0)
            return;
    }
    const char *sp = strrchr(out, ' ');
    size_t word = sp ? n - (size_t)(sp + 1 - out) : n;
    const fl_lexicon *irregular = fl_rules_lexicon(r, "noun-irregulars");
    for (size_t i = 0; irregular && i < fl_lexicon_size(irregular); i++) {
        const char *rule = fl_lexicon_item(irregular, i), *eq = strchr(rule, '=');
        size_t len = eq ? (size_t)(eq - rule) : 0, rep = eq ? strlen(eq + 1) : 0;
        if (!eq || len != word || memcmp(out + n - len, rule, len) != 0 || n - len + rep >= cap)
            continue; /* the whole last word: "calves" is "calf" */
        memcpy(out + n - len, eq + 1, rep);
        out[n - len + rep] = '\0';
        return;
    }
    for (size_t i = 0; plurals && i < fl_lexicon_size(plurals); i++) {
        const char *rule = fl_lexicon_item(plurals, i), *eq = strchr(rule, '=');
        size_t len = eq ? (size_t)(eq - rule) : 0, rep = eq ? strlen(eq + 1) : 0;
        if (!eq || len + 3 > word || memcmp(out + n - len, rule, len) != 0 || n - len + rep >= cap)
            continue;
        memcpy(out + n - len, eq + 1, rep);
        out[n - len + rep] = '\0';
        return;
    }
}

/* The count unit of the singular at token i joined by a hyphen to the number before it ("520-pupil"), or -1. */
static int hyphen_singular_at(const ctx *c, size_t i)
{
    if (i < 1 || i >= c->n || c->t[i].kind != FL_TOK_WORD || c->t[i].space_before ||
        c->t[i - 1].end - c->t[i - 1].start != 1 || c->text[c->t[i - 1].start] != '-')
        return -1;
    return fl_singular_unit(c->r, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
}

/* The end of the words from token i that link a part to its whole: the "count-links" lexicon ("of the") and at
 * most one possessor of up to three words ("of the school's 640 pupils"); i when none. */
static size_t links_end(const ctx *c, size_t i)
{
    size_t k = i;
    int owner = 0;
    while (k < c->n && c->count_links) {
        if (fl_lexicon_has_token(c->count_links, c->text, &c->t[k], 1)) {
            k++;
            continue;
        }
        size_t w = k;
        while (w < c->n && w - k < 3 && c->t[w].kind == FL_TOK_WORD && !fl_token_is_possessive(c->text, &c->t[w]))
            w++;
        if (owner++ || w == k || k == i || w >= c->n || !fl_token_is_possessive(c->text, &c->t[w]))
            break;
        k = w + 1;
    }
    return k;
}

/* How many modifiers may stand between a count and its noun: "1,240 vacant prison officer posts". */
enum { COUNT_MODIFIERS = 3 };

/* A count's head noun a few words on: "1,420 adult patients" (at most COUNT_MODIFIERS lower-case modifiers, no
 * function word), "600 Nordvale Air flights" (one more when a name stands before the noun), or the whole's noun of
 * a part: "34 of the 71 seats" (the links are the "count-links" lexicon). Only units of a count dimension;
 * stores the tokens used from i (through the noun). */
static int count_unit_after(const ctx *c, size_t i, const fl_num *nums, size_t ni, size_t nnum, size_t *used)
{
    size_t k = i, u_used;
    int u, named = 0;
    for (size_t w = 0;
         w < COUNT_MODIFIERS + (size_t)named && k < c->n && c->t[k].kind == FL_TOK_WORD && !function_word(c, k); w++) {
        if (c->text[c->t[k].start] >= 'A' && c->text[c->t[k].start] <= 'Z')
            named = 1;
        k++;
        /* a modifier split at its hyphens (after a number the tokenizer splits them: "sport-utility") is one */
        size_t from = k;
        while (k + 1 < c->n && c->t[k].kind == FL_TOK_PUNCT && c->t[k].end - c->t[k].start == 1 &&
               c->text[c->t[k].start] == '-' && !c->t[k].space_before && !c->t[k + 1].space_before &&
               c->t[k + 1].kind == FL_TOK_WORD)
            k += 2;
        if ((u = unit_at(c, k, &u_used)) >= 0 && count_dimension(c, c->k->units[u].dimension)) {
            *used = k + u_used - i;
            return u;
        }
        /* else a compound noun whose last piece names a count unit counts that: "4,000 day-trippers were" */
        if (k > from && (u = unit_at(c, k - 1, &u_used)) >= 0 && u_used == 1 &&
            count_dimension(c, c->k->units[u].dimension)) {
            *used = k - i;
            return u;
        }
    }
    k = links_end(c, i);
    if (k == i)
        return -1;
    size_t dn = ni + 1;
    while (dn < nnum && nums[dn].tok < k)
        dn++;
    if (dn >= nnum || nums[dn].tok != k || nums[dn].value < nums[ni].value)
        return -1;
    k += nums[dn].ntok;
    if ((u = unit_at(c, k, &u_used)) >= 0 && count_dimension(c, c->k->units[u].dimension)) {
        *used = 0; /* the whole's figure keeps its own tokens */
        return u;
    }
    return -1;
}

/* "of liquefied natural gas to China" -> "liquefied natural gas" (lower case, at most three words). */
static void item_after(const ctx *c, size_t i, char *out, size_t cap)
{
    if (!role(c, i, FL_ROLE_OF))
        return;
    i++;
    while (i < c->n && role(c, i, FL_ROLE_ARTICLES))
        i++;
    size_t len = 0;
    for (size_t w = 0; w < 3 && i < c->n && c->t[i].kind == FL_TOK_WORD && !function_word(c, i); w++, i++) {
        size_t tl = c->t[i].end - c->t[i].start;
        if (len + tl + 2 > cap)
            break;
        if (len)
            out[len++] = ' ';
        for (size_t k = 0; k < tl; k++)
            out[len++] = (char)fl_ascii_lower((unsigned char)c->text[c->t[i].start + k]);
    }
    out[len] = '\0';
}

/* Moves q's value and interval by off: a scale whose zero is not its canonical unit's (°F). */
static void shift(fl_qty *q, double off)
{
    q->value += off;
    q->lo += off;
    q->hi += off;
}

static void apply_qualifier(fl_qty *q, double tol)
{
    double v = q->value;
    switch (q->qualifier) {
    case FL_Q_APPROX:
        q->lo = fmin(q->lo, v * (1 - tol));
        q->hi = fmax(q->hi, v * (1 + tol));
        break;
    case FL_Q_NEARLY:
        q->lo = 0.9 * v;
        q->hi = v;
        break;
    case FL_Q_OVER:
        q->lo = v;
        q->hi = INFINITY;
        break;
    case FL_Q_UNDER:
        q->lo = 0;
        q->hi = v;
        break;
    case FL_Q_UP_TO:
        q->lo = 0;
        q->hi = v;
        break;
    case FL_Q_AT_LEAST:
        q->lo = v;
        q->hi = INFINITY;
        break;
    default:
        break;
    }
}

/* q's dimension: "money:CUR" (with "/UNIT" of a "per" unit), the unit's dimension, "percent" or "points",
 * then "/PERIOD" for a rate. */
static void set_dim(const ctx *c, fl_qty *q, const char *per, fl_qty_strings *pool)
{
    const char *dim = q->kind == FL_QK_PERCENT ? "percent" : q->kind == FL_QK_POINTS ? "points" : "";
    char buf[64]; /* a dimension is at most 63 bytes */
    if (q->kind == FL_QK_MONEY)
        snprintf(buf, sizeof buf, "money:%s%s", c->k->currencies[q->currency], per);
    else if (q->kind == FL_QK_UNIT)
        snprintf(buf, sizeof buf, "%s", c->k->units[q->unit].dimension);
    else
        snprintf(buf, sizeof buf, "%s", dim);
    if (q->rate >= 0) {
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "/%s", c->k->periods[q->rate]);
    }
    q->dim = fl_qty_intern(pool, buf);
}

/* A unit's item: "of gas" after it, or the unit itself for a count ("1,240 patients"). */
static void set_item(const ctx *c, fl_qty *q, size_t j, fl_qty_strings *pool)
{
    char item[48] = ""; /* an item is at most 47 bytes */
    item_after(c, j, item, sizeof item);
    if (!item[0] && count_dimension(c, c->k->units[q->unit].dimension))
        snprintf(item, sizeof item, "%s", c->k->units[q->unit].id);
    q->item = fl_qty_intern(pool, item);
}

const char *fl_qty_intern(fl_qty_strings *pool, const char *s)
{
    size_t len = strlen(s);
    int i = fl_map_get(&pool->index, s, len);
    if (i >= 0)
        return pool->strs[i];
    FL_GROW(pool->strs, pool->cap, pool->len + 1);
    pool->strs[pool->len] = fl_xstrndup(s, len);
    fl_map_put(&pool->index, s, len, (int)pool->len);
    return pool->strs[pool->len++];
}

void fl_qty_strings_free(fl_qty_strings *pool)
{
    for (size_t i = 0; i < pool->len; i++)
        free(pool->strs[i]);
    free(pool->strs);
    fl_map_free(&pool->index);
    memset(pool, 0, sizeof *pool);
}

/* Does the figure whose first token is first open a conversion's aside of a mass: in brackets, nothing or a
 * qualifier of the qualifiers pack before it ("about", "just over", "nearly"), right after a unit of mass
 * ("ninety-two kilograms (about 150 pounds)", "a 40kg (88 pounds) sack")? Its currency name is then that mass in
 * other units, no sum of money; any other word in the bracket ("(worth 150 pounds)", "(sold for 90 pounds)") tells
 * a price. The tokens are the sentence's, so the unit before the bracket is of its sentence. */
static int mass_aside(const ctx *c, size_t first)
{
    size_t i = first, used;
    if (first > 0 && fl_phrases_ending(&c->k->qualifiers, c->text, c->t, c->n, first - 1, &used) >= 0 && used <= first)
        i = first - used;
    if (i < 2 || c->t[i - 1].kind != FL_TOK_PUNCT || c->text[c->t[i - 1].start] != '(' ||
        c->t[i - 2].kind != FL_TOK_WORD)
        return 0;
    const char *w = c->text + c->t[i - 2].start;
    size_t n = c->t[i - 2].end - c->t[i - 2].start;
    int u = fl_phrases_word(&c->k->unit_symbols, w, n);
    if (u < 0)
        u = fl_phrases_word(&c->k->unit_names, w, n);
    return u >= 0 && strcmp(c->k->units[u].dimension, "mass") == 0;
}

/* Is token i a unit of a person's height (readings.json "height-units": "foot", "ft", "inches")? Either a word of
 * the lexicon right after a number ("5 feet", "4 inches"), or a token that writes a number and the unit in one
 * or glued to it by a hyphen ("6ft", "5-foot", "5-foot-8"): the unit once the digits, hyphens and dots around it are
 * set aside. A unit of "height-tail-units" ("in") counts only as the inches after a larger unit of the same height
 * ("5ft 10in"), never alone ("finished 3 in 2019"): *tail tells which it is. */
static int height_unit_token(const ctx *c, const fl_lexicon *units, size_t i, int *tail)
{
    const char *w = c->text + c->t[i].start, *e = c->text + c->t[i].end;
    int digits = 0;
    while (w < e && (isdigit((unsigned char)*w) || *w == '-' || *w == '.'))
        digits |= isdigit((unsigned char)*w++) != 0;
    while (e > w && (isdigit((unsigned char)e[-1]) || e[-1] == '-' || e[-1] == '.'))
        e--;
    if (e <= w || !fl_lexicon_has(units, w, (size_t)(e - w), 1))
        return 0;
    const fl_lexicon *tails = fl_rules_lexicon(c->r, "height-tail-units");
    *tail = tails && fl_lexicon_has(tails, w, (size_t)(e - w), 1);
    if (!digits && i > 1 && c->t[i - 1].kind == FL_TOK_PUNCT && c->text[c->t[i - 1].start] == '-' &&
        c->t[i - 1].start == c->t[i - 2].end && c->t[i - 1].end == c->t[i].start)
        i--; /* "5-foot": the number glued to the unit by a hyphen */
    return digits || (i > 0 && c->t[i - 1].kind == FL_TOK_NUM);
}

static int hyphen_token(const ctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_PUNCT && c->text[c->t[i].start] == '-';
}

/* Is the height whose last unit is token h a description's ("Orozco is 5-foot-8", "described him as white,
 * 6-foot-1", "Comeaux, a 6-foot")? The height is its numbers, hyphens and units ("5 feet 4 inches", "5ft 10in");
 * a unit of "height-tail-units" needs a larger unit in it; right before it stands a comma or a word of
 * readings.json "height-frames" ("is", "as", "a"). A verb of motion or a measure ("She cleared 6 feet", "Rainfall
 * reached 4 inches", "The spire rises 300 feet"), or a determiner of a thing ("The 30ft yacht"), is no frame. */
static int height_frame(const ctx *c, const fl_lexicon *units, size_t h)
{
    const fl_lexicon *frames = fl_rules_lexicon(c->r, "height-frames");
    int major = 0, tails = 0, tail;
    size_t j = h + 1;
    for (; j > 0; j--) {
        if (height_unit_token(c, units, j - 1, &tail)) {
            major |= !tail;
            tails |= tail;
        } else if (c->t[j - 1].kind != FL_TOK_NUM && !hyphen_token(c, j - 1))
            break;
    }
    if (!frames || j == 0 || (tails && !major))
        return 0;
    const fl_token *t = &c->t[j - 1];
    return (t->kind == FL_TOK_PUNCT && c->text[t->start] == ',') ||
           (t->kind == FL_TOK_WORD && fl_lexicon_has_token(frames, c->text, t, 1));
}

enum { HEIGHT_LOOKBACK = 8 }; /* tokens of "5 feet 4 inches tall, about" before a weight */

/* Does a person's height stand right before the figure at token first, joined to it only by a comma or a word of
 * readings.json "height-links" ("tall", "about"), in a description's frame (height_frame): "Orozco is 5-foot-8,
 * 135 pounds", "a 6-foot, 200-pound male", "is 5 feet 4 inches tall, about 120 pounds"? A description of a body
 * gives its height and then its weight: the figure after the height is the weight, not money. Anything else
 * between them (a verb, a noun: "a 10-foot boat that cost 500 pounds"; "and", which may open a clause of its own:
 * "The tower is 300 ft tall and about 2 million pounds was spent") breaks the description. Numbers and hyphens are
 * passed only as the height's own ("5-foot 8"), next to its unit, never between a link and the figure. */
static int height_before(const ctx *c, size_t first)
{
    const fl_lexicon *units = fl_rules_lexicon(c->r, "height-units"), *links = fl_rules_lexicon(c->r, "height-links");
    if (!units || !links)
        return 0;
    int in_height = 0, tail;
    for (size_t i = first; i > 0 && i + HEIGHT_LOOKBACK > first; i--) {
        const fl_token *t = &c->t[i - 1];
        if (height_unit_token(c, units, i - 1, &tail))
            return i < first && height_frame(c, units, i - 1); /* a comma or "tall" joins it to the figure */
        if (t->kind == FL_TOK_NUM || hyphen_token(c, i - 1)) {
            in_height = 1;
            continue;
        }
        if (!in_height && ((t->kind == FL_TOK_PUNCT && c->text[t->start] == ',') ||
                           (t->kind == FL_TOK_WORD && fl_lexicon_has_token(links, c->text, t, 1))))
            continue;
        return 0;
    }
    return 0;
}

/* A currency name at token j that a weight cue before the figure makes a unit of mass ("weighing 130 pounds",
 * "a weight of 6.6 pounds"): a word of the weight-cues lexicon among the four words before the number's first
 * token (no punctuation between), and the name one of the unit-readings lexicon ("pounds=lb": the unit its right
 * side names). The unit's index, or -1. */
static int cued_unit(const ctx *c, size_t first, size_t j)
{
    const fl_lexicon *cues = fl_rules_lexicon(c->r, "weight-cues"), *reads = fl_rules_lexicon(c->r, "unit-readings");
    int cued = 0;
    for (size_t i = first; i > 0 && i + 4 > first && !cued && c->t[i - 1].kind == FL_TOK_WORD; i--)
        cued = fl_lexicon_has_token(cues, c->text, &c->t[i - 1], 1);
    cued = cued || mass_aside(c, first) || height_before(c, first);
    if (!cued || j >= c->n)
        return -1;
    const char *w = c->text + c->t[j].start;
    size_t n = c->t[j].end - c->t[j].start;
    for (size_t i = 0; i < fl_lexicon_size(reads); i++) {
        const char *x = fl_lexicon_item(reads, i), *eq = strchr(x, '=');
        if (eq && (size_t)(eq - x) == n && strncasecmp(x, w, n) == 0) {
            int u = fl_phrases_word(&c->k->unit_symbols, eq + 1, strlen(eq + 1));
            return u >= 0 ? u : fl_phrases_word(&c->k->unit_names, eq + 1, strlen(eq + 1));
        }
    }
    return -1;
}

/* Is the bar token i of t[0, n) ("|")? */
static int bar_token(const ctx *c, size_t i)
{
    return c->t[i].end - c->t[i].start == 1 && c->text[c->t[i].start] == '|';
}

/* Is token i a mark of Markdown emphasis, "*" or "_" ("**262,500**")? */
static int emphasis_token(const ctx *c, size_t i)
{
    return c->t[i].kind == FL_TOK_PUNCT && (c->text[c->t[i].start] == '*' || c->text[c->t[i].start] == '_');
}

/* Does the number x stand alone in a cell of a row of bars ("Operating profit (£m) | 21.4 | 15.9"), its emphasis
 * aside ("| **143.6** |"): a bar right before it, and a bar or the end of its line right after? What it measures is
 * then for its table to say (extract/tables.c), whatever its fraction; a word of the next line is no unit of it. */
static int bar_cell_alone(const ctx *c, const fl_num *x)
{
    size_t before = x->tok, after = x->tok + x->ntok;
    while (before > 0 && emphasis_token(c, before - 1))
        before--;
    if (before == 0 || !bar_token(c, before - 1))
        return 0;
    while (after < c->n && emphasis_token(c, after) && before < x->tok)
        after++;
    if (after >= c->n || bar_token(c, after))
        return 1;
    return memchr(c->text + x->end, '\n', c->t[after].start - x->end) != NULL;
}

/* Is the proportion x a ratio ("four in five", "three out of ten"): a word of the "in" or "out" role among its
 * tokens? A unit after a ratio names what it is a share of, never its own ("nearly four in five tonnes of cement" is
 * 80% of the cement), unlike a fraction's ("half a tonne"). */
static int ratio_figure(const ctx *c, const fl_num *x)
{
    for (size_t i = x->tok; x->proportion && i < x->tok + x->ntok; i++)
        if (role(c, i, FL_ROLE_IN) || role(c, i, FL_ROLE_OUT))
            return 1;
    return 0;
}

/* What the number nums[ni] is when no currency symbol stands before it: a percentage, money by a currency name, a
 * unit after it, before it or implied by the noun it premodifies, a proportion, or a bare whole number; sets
 * q's kind, unit or currency and tokens, moves *j past the words it reads, and returns the unit's factor. */
static double read_kind(const ctx *c, const fl_num *nums, size_t ni, size_t nnum, fl_qty *q, size_t *j)
{
    const fl_num *x = &nums[ni];
    double factor = 1;
    size_t used;
    int pk;
    if (bar_cell_alone(c, x)) {
        q->kind = FL_QK_BARE;
        return factor;
    }
    if ((pk = fl_phrases_at(&c->k->percent, c->text, c->t, c->n, *j, &used)) >= 0) {
        q->kind = pk == FL_PCT_PERCENT ? FL_QK_PERCENT : FL_QK_POINTS;
        if (pk == FL_PCT_BASIS_POINTS)
            factor = 0.01;
        *j += used;
    } else if ((q->currency = fl_phrases_at(&c->k->currency_names, c->text, c->t, c->n, *j, &used)) >= 0) {
        q->kind = FL_QK_MONEY;
        if (used == 1 && (q->unit = cued_unit(c, q->tok, *j)) >= 0) {
            q->kind = FL_QK_UNIT; /* "weighing 130 pounds": a weight, not money */
            q->currency = -1;
            factor = c->k->units[q->unit].factor;
        }
        *j += used;
    } else if (x->unit_inside && (q->unit = (int16_t)fl_unit_inside(c->text, c->r, &c->t[q->tok])) >= 0) {
        q->kind = FL_QK_UNIT; /* "the thirty-metre tower": the unit after the hyphen, in the number's token */
        factor = c->k->units[q->unit].factor;
    } else if ((q->unit = hyphen_singular_at(c, *j)) >= 0) {
        q->kind = FL_QK_UNIT; /* "the 520-pupil school" */
        factor = c->k->units[q->unit].factor;
        *j += 1;
    } else if (!ratio_figure(c, x) &&
               ((q->unit = unit_at(c, *j, &used)) >= 0 ||
                (!x->proportion && (q->unit = count_unit_after(c, *j, nums, ni, nnum, &used)) >= 0))) {
        q->kind = FL_QK_UNIT;
        factor = c->k->units[q->unit].factor;
        *j += used;
    } else if (!x->proportion && (q->unit = unit_before(c, q->tok, &used)) >= 0) {
        q->kind = FL_QK_UNIT; /* "a magnitude 6.1 earthquake" */
        factor = c->k->units[q->unit].factor;
        q->tok -= (uint32_t)used;
        q->start = c->t[q->tok].start;
    } else if ((q->unit = scale_noun_after(c, x, *j)) >= 0) {
        q->kind = FL_QK_UNIT; /* the noun stays out of the quantity: it is what the figure measures */
        factor = c->k->units[q->unit].factor;
    } else if (x->proportion) {
        q->kind = FL_QK_PERCENT;
        factor = 100; /* a third = 33.3% */
    } else if (x->value >= 1 && x->value == trunc(x->value))
        q->kind = FL_QK_BARE; /* what it counts is for the claim model to say */
    return factor;
}

/* "6ft 2in", "11lb 4oz", "2 hours 30 minutes", "three hours and 40 minutes": a second number right after the
 * unit of nums[ni] (whose unit factor is f), or after a conjunction of the "and" role there, in a smaller unit of
 * the same dimension, is part of the figure. Returns its value in base units with its interval in *lo and *hi (the
 * whole interval of the figure is then the first number's value plus that), and moves *j past it; 0 when there is
 * none. */
static double compound_part(const ctx *c, fl_num *nums, size_t ni, size_t nnum, const fl_qty *q, double f, size_t *j,
                            double *lo, double *hi)
{
    size_t used, at = *j + (size_t)role(c, *j, FL_ROLE_AND);
    fl_num *y = ni + 1 < nnum ? &nums[ni + 1] : NULL;
    if (!y || y->tok != at || y->nonclaim || y->range || y->proportion || nums[ni].range)
        return 0;
    int u = unit_at(c, y->tok + y->ntok, &used);
    if (u < 0 || c->k->units[u].rate >= 0 || c->k->units[q->unit].rate >= 0 ||
        strcmp(c->k->units[u].dimension, c->k->units[q->unit].dimension) != 0 || c->k->units[u].factor >= f)
        return 0;
    double f2 = c->k->units[u].factor;
    y->nonclaim = FL_NC_PHRASE; /* part of this figure, not a claim of its own */
    *j = y->tok + y->ntok + used;
    *lo = y->lo * f2;
    *hi = y->hi * f2;
    return y->value * f2;
}

/* A qualifier that follows a number and stands before its noun ("150 or so people", "a dozen or more
 * hikers"): its index, *j moved past it; -1 (and *j kept) when none, or when no word follows it. */
static int qualifier_before_noun(const ctx *c, size_t *j)
{
    size_t used;
    if (!role(c, *j, FL_ROLE_OR))
        return -1;
    int ql = fl_phrases_at(&c->k->qualifiers, c->text, c->t, c->n, *j, &used);
    if (ql < 0 || *j + used >= c->n || c->t[*j + used].kind != FL_TOK_WORD)
        return -1;
    *j += used;
    return ql;
}

/* Is the qualifier word at token qb - 1 a preposition of topic (grammar.json topic-prepositions) after a word of
 * topic-heads, before money q that premodifies a noun at token j ("jailed over £2.37m university invoice fraud":
 * a fraud of £2.37m; "a row over £40m contract")? */
static int topic_preposition(const ctx *c, const fl_qty *q, size_t qb, size_t j)
{
    return q->kind == FL_QK_MONEY && qb >= 2 && j < c->n && c->topic_preps && c->topic_heads &&
           fl_lexicon_has_token(c->topic_preps, c->text, &c->t[qb - 1], 1) &&
           fl_lexicon_has_token(c->topic_heads, c->text, &c->t[qb - 2], 1) && c->t[j].kind == FL_TOK_WORD &&
           !(c->function_words && fl_lexicon_has_token(c->function_words, c->text, &c->t[j], 1));
}

/* q's qualifier: one before it ("about", "more than"), one between its number and its noun (post: "a dozen or so
 * people"), an open suffix of its number ("2,000-plus fans"), or one after it at token j ("or more"); q->qstart
 * where one before it starts. */
static void set_qualifier(const ctx *c, fl_qty *q, const fl_num *x, int post, size_t j)
{
    size_t qb = q->tok, used;
    q->qstart = q->start;
    if (qb > 0) {
        int ql = fl_phrases_ending(&c->k->qualifiers, c->text, c->t, c->n, qb - 1, &used);
        if (ql >= 0 && used == 1 && topic_preposition(c, q, qb, j))
            ql = -1;
        if (ql >= 0) {
            q->qualifier = ql;
            q->qstart = c->t[qb - used].start;
        }
    }
    if (q->qualifier < 0 && post >= 0)
        q->qualifier = post;
    if (q->qualifier < 0 && x->at_least)
        q->qualifier = FL_Q_AT_LEAST;
    if (q->qualifier < 0 && role(c, j, FL_ROLE_OR)) {
        int ql = fl_phrases_at(&c->k->qualifiers, c->text, c->t, c->n, j, &used);
        if (ql >= 0)
            q->qualifier = ql;
    }
}

size_t fl_quantities(const char *text, const fl_rules *r, double approx, const fl_token *t, size_t nt, fl_num *nums,
                     size_t nnum, fl_qty_strings *pool, fl_qty **out)
{
    ctx c = {text,
             r,
             fl_rules_knowledge(r),
             t,
             nt,
             fl_rules_lexicon(r, "function-words"),
             fl_rules_lexicon(r, "count-links"),
             fl_rules_lexicon(r, "topic-prepositions"),
             fl_rules_lexicon(r, "topic-heads")};
    size_t n = 0, cap = 0;
    *out = NULL;
    size_t floor = nt ? t[0].start : 0;
    for (size_t ni = 0; ni < nnum; ni++) {
        fl_num *x = &nums[ni];
        if (x->nonclaim)
            continue;
        fl_qty q;
        memset(&q, 0, sizeof q);
        q.num = ni;
        q.unit = q.currency = q.rate = q.qualifier = -1;
        q.dim = q.item = "";
        q.start = x->start;
        q.end = x->end;
        q.tok = x->tok;
        size_t j = x->tok + x->ntok, used;
        double factor = 1;
        size_t sym = q.start;
        q.currency = (int16_t)symbol_before(&c, x->start, floor, &sym);
        q.start = (uint32_t)sym;
        if (q.currency >= 0) {
            q.kind = FL_QK_MONEY;
            while (q.tok > 0 && t[q.tok - 1].start >= q.start)
                q.tok--;
        }
        int post = q.kind == FL_QK_NONE ? qualifier_before_noun(&c, &j) : -1; /* "a dozen or so people" */
        int slash_rate = -1;
        if (q.kind == FL_QK_NONE)
            factor = slash_unit(&c, &q, &j, &slash_rate); /* "5.64 p/kWh" */
        if (q.kind == FL_QK_NONE)
            factor = read_kind(&c, nums, ni, nnum, &q, &j);
        if (q.kind == FL_QK_NONE)
            continue;
        /* a unit may also follow money: "$60 per 1,000 cubic metres" */
        char per[32] = "";
        if (q.kind == FL_QK_MONEY && role(&c, j, FL_ROLE_PER)) {
            size_t k = j + 1;
            double amount = 1;
            size_t dn;
            for (dn = ni + 1; dn < nnum && nums[dn].tok < k; dn++)
                ;
            if (dn < nnum && nums[dn].tok == k) {
                amount = nums[dn].value;
                k = nums[dn].tok + nums[dn].ntok;
            }
            int u = unit_at(&c, k, &used);
            if (u >= 0 && amount > 0) {
                if (dn < nnum && nums[dn].tok == j + 1)
                    nums[dn].nonclaim = FL_NC_PHRASE; /* the denominator is not a claim */
                factor = 1 / (amount * c.k->units[u].factor);
                snprintf(per, sizeof per, "/%s", c.k->units[u].dimension);
                j = k + used;
            }
        }
        /* a rate: "200 bcm annually", "5 million barrels a day" */
        if (slash_rate >= 0 || (q.unit >= 0 && c.k->units[q.unit].rate >= 0))
            q.rate = slash_rate >= 0 ? slash_rate : c.k->units[q.unit].rate; /* "53.68 p/day" */
        else if (q.kind != FL_QK_BARE && (q.rate = fl_phrases_at(&c.k->rates, text, t, nt, j, &used)) >= 0) {
            /* "a year earlier", "a year ago" place the figure in time; they are not a rate */
            if (role(&c, j + used, FL_ROLE_OFFSET))
                q.rate = -1;
            else
                j += used;
        }
        if (q.kind == FL_QK_UNIT)
            j += x->tail; /* "a mile and a half": the fraction after the unit */
        double part = 0, part_lo = 0, part_hi = 0;
        if (q.kind == FL_QK_UNIT)
            part = compound_part(&c, nums, ni, nnum, &q, factor, &j, &part_lo, &part_hi);
        if (q.kind == FL_QK_UNIT)
            set_item(&c, &q, j, pool);
        set_dim(&c, &q, per, pool);
        q.tok_end = j;
        q.end = j > 0 ? t[j - 1].end : q.end;
        q.value = x->value * factor + part;
        q.lo = part ? x->value * factor + part_lo : x->lo * factor;
        q.hi = part ? x->value * factor + part_hi : x->hi * factor;
        if (x->minus && q.kind == FL_QK_UNIT && c.k->units[q.unit].sign) {
            double lo = q.lo; /* "-5°C": below the scale's zero */
            q.value = -q.value;
            q.lo = -q.hi;
            q.hi = -lo;
        }
        if (q.kind == FL_QK_UNIT && c.k->units[q.unit].offset != 0)
            shift(&q, c.k->units[q.unit].offset); /* "61F": 16.1 in °C */
        set_qualifier(&c, &q, x, post, j);
        if (!x->range)
            apply_qualifier(&q, approx >= 0 ? approx : c.k->approx_tolerance);
        FL_GROW(*out, cap, n + 1);
        (*out)[n++] = q;
    }
    return n;
}
