/* numbers.c - the number grammar over tokens. Word tables (number words, scales, fractions) come from the
 * "numbers" section of the rule packs; this file knows only the grammar that combines them. */
#include "extract/numbers.h"
#include "extract/quantities.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int fl_parse_digits(const char *s, size_t len, double *v)
{
    double val = 0, scale = 0.1;
    int decimals = -1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (decimals < 0)
                val = val * 10 + (c - '0');
            else {
                val += (c - '0') * scale;
                scale /= 10;
                decimals++;
            }
        } else if (c == ',' && decimals < 0)
            continue;
        else if (c == '.' && decimals < 0)
            decimals = 0;
        else
            return -1;
    }
    *v = val;
    return decimals < 0 ? 0 : decimals;
}

typedef struct {
    const char *text;
    const fl_rules *r;
    const fl_knowledge *k;
    const fl_token *t;
    size_t n;
} ctx;

/* Is token i a word of the role (rules/grammar.json)? */
static inline int role(const ctx *c, size_t i, fl_role w)
{
    return fl_role_at(c->r, w, c->text, c->t, c->n, i);
}

static inline int tok_char(const ctx *c, size_t i, char ch)
{
    return i < c->n && c->t[i].end - c->t[i].start == 1 && c->text[c->t[i].start] == ch;
}

/* A dash between two numbers: -, – (U+2013) or — (U+2014). */
static int tok_dash(const ctx *c, size_t i)
{
    if (i >= c->n)
        return 0;
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    return (len == 1 && s[0] == '-') || (len == 3 && memcmp(s, "\xE2\x80\x93", 3) == 0);
}

static int is_month(const ctx *c, size_t i)
{
    size_t used = 0;
    return i < c->n && fl_phrases_at(&c->k->months, c->text, c->t, c->n, i, &used) >= 0;
}

static int lex(const ctx *c, const char *name, size_t i)
{
    return i < c->n &&
           fl_lexicon_has(fl_rules_lexicon(c->r, name), c->text + c->t[i].start, c->t[i].end - c->t[i].start, 0);
}

/* The value of a one-word entry of a knowledge table, or NAN. */
static inline double table1(const ctx *c, const fl_phrases *p, const char *s, size_t len)
{
    int idx = fl_phrases_word(p, s, len);
    return idx >= 0 ? c->k->values[idx] : NAN;
}

static inline double table_at(const ctx *c, const fl_phrases *p, size_t i, size_t *used)
{
    int idx = fl_phrases_at(p, c->text, c->t, c->n, i, used);
    return idx >= 0 ? c->k->values[idx] : NAN;
}

/* The value of one word-number token, hyphenated forms included: "forty-two", "one-quarter",
 * "three-quarters". Sets *prop for fractions. NAN when it is not one. */
static inline double word_token(const ctx *c, size_t i, int *prop)
{
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    const char *dash = NULL; /* words are short: a loop, not a call to memchr */
    size_t dash_len = 1;     /* "-", or U+2010 and U+2011 (three bytes) */
    for (size_t k = 0; k < len && !dash; k++)
        if (s[k] == '-')
            dash = s + k;
        else if ((unsigned char)s[k] == 0xE2 && k + 2 < len && (unsigned char)s[k + 1] == 0x80 &&
                 ((unsigned char)s[k + 2] == 0x90 || (unsigned char)s[k + 2] == 0x91)) {
            dash = s + k;
            dash_len = 3;
        }
    if (!dash) {
        size_t used = 0;
        double v = table_at(c, &c->k->words, i, &used);
        if (!isnan(v) && used == 1)
            return v;
        v = table_at(c, &c->k->fractions, i, &used);
        if (!isnan(v) && used == 1) {
            *prop = 1;
            return v;
        }
        return NAN;
    }
    double a = table1(c, &c->k->words, s, (size_t)(dash - s));
    const char *rest = dash + dash_len;
    size_t rl = len - (size_t)(rest - s);
    if (isnan(a))
        return NAN;
    double b = table1(c, &c->k->words, rest, rl);
    if (!isnan(b) && a >= 20 && a < 100 && b < 10)
        return a + b; /* forty-two */
    double f = table1(c, &c->k->fractions, rest, rl);
    if (!isnan(f)) {
        *prop = 1;
        return a * f; /* one-quarter, three-quarters */
    }
    return NAN;
}

int fl_unit_inside(const char *text, const fl_rules *r, const fl_token *t)
{
    const char *s = text + t->start;
    size_t len = t->end - t->start, dash = len;
    while (dash > 0 && s[dash - 1] != '-')
        dash--;
    if (t->kind != FL_TOK_WORD || dash < 2 || dash == len)
        return -1;
    const fl_knowledge *k = fl_rules_knowledge(r);
    int u = fl_phrases_word(&k->unit_names, s + dash, len - dash);
    return u >= 0 ? u : fl_singular_unit(r, s + dash, len - dash);
}

/* A word number joined to its unit by a hyphen in token i ("the thirty-metre tower", "a two-kilometre stretch",
 * "forty-two-tonne"): its value, or NAN. The number is the part before the last hyphen. */
static double word_with_unit(const ctx *c, size_t i)
{
    const fl_token *t = &c->t[i];
    const char *s = c->text + t->start;
    size_t dash = t->end - t->start;
    if (fl_unit_inside(c->text, c->r, t) < 0)
        return NAN;
    while (s[dash - 1] != '-')
        dash--;
    fl_token left = {t->start, t->start + dash - 1, FL_TOK_WORD, 0, 0};
    ctx part = *c;
    part.t = &left;
    part.n = 1;
    int prop = 0;
    double v = word_token(&part, 0, &prop);
    return prop || isnan(v) || v < 1 ? NAN : v;
}

/* "twenty-one" split at its hyphen because it follows a number ("In 2024 twenty-one people"): the tens word
 * at token i, a hyphen and a unit word glued to it. Returns the tokens used (3) with their value in *v, or 0. */
static size_t split_tens(const ctx *c, size_t i, double tens, double *v)
{
    if (tens < 20 || tens >= 100 || i + 2 >= c->n || c->t[i + 1].space_before || c->t[i + 2].space_before ||
        c->t[i + 1].end - c->t[i + 1].start != 1 || c->text[c->t[i + 1].start] != '-' ||
        c->t[i + 2].kind != FL_TOK_WORD)
        return 0;
    int p = 0;
    double u = word_token(c, i + 2, &p);
    if (isnan(u) || p || u < 1 || u >= 10)
        return 0;
    *v = tens + u;
    return 3;
}

/* Is the number at token i negative: a hyphen-minus or minus sign (U+2212) glued before it, itself after a space,
 * an opening bracket or the sentence start ("fell to -5°C", "(−12)"; not the "-" of "2-1"), or a word of the
 * "minus-words" lexicon ("minus 5C")? */
static int minus_before(const ctx *c, size_t i)
{
    if (i == 0)
        return 0;
    const fl_token *m = &c->t[i - 1];
    const char *s = c->text + m->start;
    size_t len = m->end - m->start;
    if ((len == 1 && s[0] == '-') || (len == 3 && memcmp(s, "\xE2\x88\x92", 3) == 0))
        return !c->t[i].space_before && (i == 1 || m->space_before || tok_char(c, i - 2, '('));
    return lex(c, "minus-words", i - 1);
}

/* Is token i the name of a rate period ("quarter", "year")? */
static int period_word(const ctx *c, size_t i)
{
    for (size_t p = 0; p < c->k->nperiods; p++) {
        size_t len = strlen(c->k->periods[p]);
        if (i < c->n && c->t[i].end - c->t[i].start >= len &&
            fl_ascii_ieq(c->text + c->t[i].start, c->k->periods[p], len))
            return 1;
    }
    return 0;
}

/* Whether the bare fraction word at j names a part of a period, not a share, because a determiner stands right
 * before it: "in the same quarter of 2025", "the final half of the year" (rules/grammar.json period-determiners;
 * a share's fraction has an article, a number or nothing before it: "a quarter of", "three quarters of"). */
static int period_after_determiner(const ctx *c, size_t j)
{
    return j > 0 && role(c, j - 1, FL_ROLE_PERIOD_DETERMINER);
}

/* A number in words before a fraction word at j: "two thirds of the money" is one share, two of three parts
 * (66.7%), as the hyphenated "two-thirds" is; a whole of parts ("two halves of 15", "four quarters") is no share
 * but a count of them, which ends before the fraction word. current is the whole number read before j, total what
 * a scale added (none for a numerator). Sets *val and *prop when it is a share. */
static int share_after_whole(const ctx *c, size_t j, double current, double total, double *val, int *prop)
{
    int p = 0;
    double f = word_token(c, j, &p);
    if (total != 0 || current < 1 || current * f >= 1 - 1e-6 || !role(c, j + 1, FL_ROLE_OF))
        return 0;
    *val = current * f;
    *prop = 1;
    return 1;
}

/* Whether the fraction word at j counts parts that make a whole with the number before it ("two halves", "three
 * thirds"), so it is no share of its own. */
static int parts_of_whole(const ctx *c, size_t j, double f)
{
    int p = 0;
    if (j == 0 || c->t[j - 1].kind != FL_TOK_WORD)
        return 0;
    double w = word_token(c, j - 1, &p);
    return !isnan(w) && !p && w * f >= 1 - 1e-6;
}

/* The token after the word of a ratio at j ("in" of "one in five", "in every" of "one in every five", "out of" of
 * "three out of ten"), or 0. */
static size_t ratio_denominator(const ctx *c, size_t j)
{
    if (role(c, j, FL_ROLE_IN))
        return j + 1 + (size_t)role(c, j + 1, FL_ROLE_EVERY);
    return role(c, j, FL_ROLE_OUT) && role(c, j + 1, FL_ROLE_OF) ? j + 2 : 0;
}

/* "half a million", "a quarter of a million", "half a dozen": a fraction (value f, its words ending before token
 * j) of a scale word or a collective ("dozen") after an optional "of" and an article. Returns the tokens from
 * j that it uses (0 when none) with the count in *v. */
static size_t fraction_of_scale(const ctx *c, size_t j, double f, double *v)
{
    size_t k = j + (role(c, j, FL_ROLE_OF) ? 1 : 0), used = 0;
    if (!role(c, k, FL_ROLE_INDEFINITE))
        return 0;
    double sc = table_at(c, &c->k->scales, k + 1, &used);
    if (isnan(sc) || sc < 1000)
        sc = table_at(c, &c->k->collectives, k + 1, &used);
    if (isnan(sc))
        return 0;
    *v = f * sc;
    return k + 1 + used - j;
}

/* "half an hour", "a quarter of an hour", "half a mile": a fraction whose words end before token j, then an optional
 * "of" and an article before a unit of numbers.fraction_units. Returns the tokens from j up to the unit (the
 * article's end: the unit is read after the number as any unit is), 0 when none. */
static size_t fraction_of_unit(const ctx *c, size_t j)
{
    size_t k = j + (role(c, j, FL_ROLE_OF) ? 1 : 0), used;
    if (!role(c, k, FL_ROLE_INDEFINITE) || k + 1 >= c->n ||
        fl_phrases_at(&c->k->fraction_units, c->text, c->t, c->n, k + 1, &used) < 0)
        return 0;
    return k + 1 - j;
}

/* "a mile and a half", "an hour and a half": after an article (token j - 1), a unit of numbers.fraction_units at
 * token j, then "and", an article and "half" (one token; a third or a quarter there is as often an ordinal or a
 * share: "a month and a third collection", "an hour and a quarter of its members"). Returns the tokens from j to
 * the fraction's end (the unit's, then UNIT_HALF_TAIL), 0 when none, and sets *v to one and a half. The unit is
 * read after the article as any unit is; the tokens after it are the number's ("a metre and a half of snow"). Not
 * after a figure, whose rate the article and unit are ("£30,000 a year and a half of it", "£900 a month and a
 * half-price deposit"), nor before a glued hyphen ("a half-price"). */
enum { UNIT_HALF_TAIL = 3 };

static size_t unit_and_fraction(const ctx *c, size_t j, double *v)
{
    size_t used, fu = 0;
    if (j < 2 || j >= c->n || c->t[j - 2].kind == FL_TOK_NUM ||
        fl_phrases_at(&c->k->fraction_units, c->text, c->t, c->n, j, &used) < 0)
        return 0;
    size_t f = j + used + 2;
    if (!role(c, j + used, FL_ROLE_AND) || !role(c, j + used + 1, FL_ROLE_INDEFINITE) ||
        table_at(c, &c->k->fractions, f, &fu) != 0.5 || fu != 1 ||
        (tok_char(c, f + 1, '-') && !c->t[f + 1].space_before))
        return 0;
    *v = 1.5;
    return used + UNIT_HALF_TAIL;
}

/* Does a change link ("by", "of": rules/grammar.json) stand right before token i, or before a qualifier that
 * ends right before it ("a drop of about a quarter")? */
static int change_size(const ctx *c, size_t i)
{
    size_t used;
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
        if (k + 1 == i && role(c, k, FL_ROLE_CHANGE_LINK))
            return 1;
        if (k > 0 && fl_phrases_at(&c->k->qualifiers, c->text, c->t, c->n, k, &used) >= 0 && k + used == i)
            return role(c, k - 1, FL_ROLE_CHANGE_LINK);
    }
    return 0;
}

/* The decimal part of a number in words: a word of numbers.json decimal_points at token j, then one or more single
 * digit words ("one point one billion", "two point five per cent", "three point oh" is not read). Returns the
 * tokens used (0 when none) and adds the part to *v. */
static size_t decimal_words(const ctx *c, size_t j, double *v, int *dec)
{
    size_t used = 0, k;
    if (fl_phrases_at(&c->k->decimal_points, c->text, c->t, c->n, j, &used) < 0)
        return 0;
    double part = 0, place = 0.1;
    for (k = j + used; k < c->n && c->t[k].kind == FL_TOK_WORD; k++) {
        int p = 0;
        double d = word_token(c, k, &p);
        if (isnan(d) || p || d >= 10 || d != floor(d))
            break;
        part += d * place;
        place /= 10;
    }
    if (k == j + used)
        return 0;
    *v += part;
    *dec = (int)(k - j - used);
    return k - j;
}

/* "two and a half", "one and a quarter": a fraction after "and" and an article that adds to the whole number before
 * token j ("two and a half million", "three and a half hours"). Returns the tokens used (0 when none) and adds
 * the fraction to *v (read to *dec decimals: 1 for a half, 2 for a third). */
static size_t and_fraction(const ctx *c, size_t j, double *v, int *dec)
{
    size_t used = 0;
    if (!role(c, j, FL_ROLE_AND) || !role(c, j + 1, FL_ROLE_INDEFINITE))
        return 0;
    double f = table_at(c, &c->k->fractions, j + 2, &used);
    if (isnan(f) || used != 1 || role(c, j + 3, FL_ROLE_OF))
        return 0;
    *v += f;
    *dec = f * 10 == floor(f * 10) ? 1 : 2;
    return 3;
}

/* The decimals ("point one") or the added fraction ("and a half") of a whole number in words at token j, before the
 * scale ("billion") that may follow: the tokens used (0 none), the part added to *v. */
static size_t number_tail(const ctx *c, size_t j, double *v, int *dec)
{
    size_t part = decimal_words(c, j, v, dec);
    return part ? part : and_fraction(c, j, v, dec);
}

/* A multiplier word alone at token j with "and" and a whole number word under a hundred after it, as a determiner
 * other than "a" leaves it ("the hundred and twelve runners", "his hundred and twenty-one days"): sets *current to
 * its value (the multiplier of one) and *any, and returns the token it used (1); 0 when there is none. */
static size_t multiplier_and(const ctx *c, size_t j, double *current, int *any)
{
    size_t used = 0;
    int p = 0;
    double m = table_at(c, &c->k->multipliers, j, &used);
    if (isnan(m) || used != 1 || c->text[c->t[j].start] < 'a' || c->text[c->t[j].start] > 'z' ||
        !role(c, j + 1, FL_ROLE_AND) || j + 2 >= c->n || c->t[j + 2].kind != FL_TOK_WORD)
        return 0; /* a capital is a name's: "the Hundred and Ten Club" */
    double w = word_token(c, j + 2, &p);
    if (isnan(w) || p || w < 1 || w >= 100)
        return 0;
    *current = m;
    *any = 1;
    return 1;
}

/* A fraction after the article at token j: "a third" (a share: *prop), "a quarter of a million" (*scaled 2), "a
 * quarter of an hour" (*scaled 3: of a unit, read after it). Returns its tokens, 0 when none. */
static size_t article_fraction(const ctx *c, size_t j, double *val, int *prop, int *scaled)
{
    size_t used = 0;
    double f = table_at(c, &c->k->fractions, j + 1, &used);
    /* a fraction that also names a period ("in a quarter") is one only before "of" or as the size of a change
     * ("fell by a quarter", "a drop of about a quarter") */
    if (isnan(f) || (period_word(c, j + 1) && !role(c, j + 1 + used, FL_ROLE_OF) && !change_size(c, j)))
        return 0;
    size_t of = fraction_of_scale(c, j + 1 + used, f, val);
    if (of) {
        *scaled = 2;
        return 1 + used + of;
    }
    if ((of = fraction_of_unit(c, j + 1 + used)) != 0) {
        *val = f; /* "a quarter of an hour" */
        *scaled = 3;
        return 1 + used + of;
    }
    *val = f;
    *prop = 1;
    return 1 + used;
}

/* Parses a number written in words at token i: "forty", "two hundred and fifty", "a dozen", "a third",
 * "two million", "two thousand and five", "one point one billion", "two and a half million", "half a million"
 * (*scaled 2: a fraction of a scale), "half an hour" and the article of "a mile and a half" (*scaled 3: of a unit,
 * read after it; unit_and_fraction). Returns
 * the token count (0 when there is none). *dec: the decimals its words give ("one point one": 1; else 0). */
static size_t word_number(const ctx *c, size_t i, double *val, int *prop, int *scaled, int *dec)
{
    size_t j = i;
    double total = 0, current = 0;
    int any = 0;
    *prop = 0;
    *scaled = 0;
    *dec = 0;
    if (role(c, j, FL_ROLE_INDEFINITE)) {
        size_t used = article_fraction(c, j, val, prop, scaled);
        if (used)
            return used;
        double col = table_at(c, &c->k->collectives, j + 1, &used);
        if (isnan(col))
            col = table_at(c, &c->k->multipliers, j + 1, &used); /* "a hundred and ten": one hundred */
        if (!isnan(col)) {
            current = col;
            any = 1;
            j += 1 + used;
        } else {
            double sc = table_at(c, &c->k->scales, j + 1, &used);
            if (!isnan(sc) && sc >= 1000) {
                *val = sc;
                *scaled = 1;
                return 1 + used; /* "a million" */
            }
            if (unit_and_fraction(c, j + 1, val)) {
                *scaled = 3; /* "a mile and a half": the article is the number, the unit after it */
                return 1;
            }
            return 0;
        }
    } else
        j += multiplier_and(c, j, &current, &any); /* "the hundred and twelve runners": a hundred */
    while (j < c->n && c->t[j].kind == FL_TOK_WORD) {
        int p = 0;
        double w = word_token(c, j, &p);
        size_t used = 0;
        if (!isnan(w)) {
            if (p) {
                if (any) {
                    if (share_after_whole(c, j, current, total, val, prop))
                        return j + 1 - i;
                    break;
                }
                if (parts_of_whole(c, j, w))
                    return 0;
                size_t of = fraction_of_scale(c, j + 1, w, val);
                if (of) {
                    *scaled = 2; /* "half a million", "three-quarters of a million" */
                    return j + 1 + of - i;
                }
                if ((of = fraction_of_unit(c, j + 1)) != 0) {
                    *val = w; /* "half an hour", "three quarters of an hour" */
                    *scaled = 3;
                    return j + 1 + of - i;
                }
                /* a bare fraction word is an ordinal ("Third, ...") unless "of" follows: "half of them" */
                if (!memchr(c->text + c->t[j].start, '-', c->t[j].end - c->t[j].start) && !role(c, j + 1, FL_ROLE_OF))
                    return 0;
                if (period_after_determiner(c, j))
                    return 0;
                *val = w;
                *prop = 1;
                return j + 1 - i;
            }
            size_t split = split_tens(c, j, w, &w);
            current += w;
            any = 1;
            j += split ? split : 1;
            continue;
        }
        if (any && !isnan(table_at(c, &c->k->multipliers, j, &used))) {
            current *= table_at(c, &c->k->multipliers, j, &used);
            j += used;
            continue;
        }
        if (any && !isnan(table_at(c, &c->k->collectives, j, &used)) && current < 100) {
            current *= table_at(c, &c->k->collectives, j, &used);
            j += used;
            continue;
        }
        if (any) {
            double sc = table_at(c, &c->k->scales, j, &used);
            if (!isnan(sc) && sc >= 1000) {
                total += round(current * sc * 1000) / 1000; /* "1.1 billion" is a whole count */
                current = 0;
                *scaled = 1;
                j += used;
                continue;
            }
        }
        if (any && role(c, j, FL_ROLE_AND) && j + 1 < c->n) {
            int p2 = 0;
            if (!isnan(word_token(c, j + 1, &p2)) && !p2 && (current >= 100 || (current == 0 && total >= 1000))) {
                j++;
                continue;
            }
        }
        size_t part = any && !*scaled && total == 0 ? number_tail(c, j, &current, dec) : 0;
        if (part) {
            j += part;
            continue;
        }
        break;
    }
    if (!any)
        return 0;
    *val = total + current;
    return j - i;
}

/* A scale word after a number ("billion", "bn", "m"); returns its factor and the tokens used, or NAN. */
static double scale_after(const ctx *c, size_t i, size_t *used)
{
    double sc = table_at(c, &c->k->scales, i, used);
    if (!isnan(sc))
        return sc;
    int idx = fl_phrases_at(&c->k->case_scales, c->text, c->t, c->n, i, used);
    return idx >= 0 ? c->k->values[idx] : NAN;
}

/* Is token i a hyphen joining the number before it to a word right after it ("320-metre")? */
static int hyphen_word(const ctx *c, size_t i)
{
    return i + 1 < c->n && tok_char(c, i, '-') && !c->t[i].space_before && !c->t[i + 1].space_before &&
           c->t[i + 1].kind == FL_TOK_WORD;
}

/* Does a unit (a symbol or a name of the units pack) start at token i? */
static int unit_word(const ctx *c, size_t i)
{
    size_t used;
    return fl_phrases_at(&c->k->unit_symbols, c->text, c->t, c->n, i, &used) >= 0 ||
           fl_phrases_at(&c->k->unit_names, c->text, c->t, c->n, i, &used) >= 0 ||
           fl_phrases_at(&c->k->currency_names, c->text, c->t, c->n, i, &used) >= 0;
}

/* Does word token k name one thing, not many: no ending of a plural ("vessels") unless one of the singulars
 * ("bus", "census": the "noun-singulars" lexicon of rules/units.json) ends it? */
static int singular_word(const ctx *c, size_t k)
{
    const char *w = c->text + c->t[k].start;
    size_t n = c->t[k].end - c->t[k].start;
    const fl_lexicon *singulars = fl_rules_lexicon(c->r, "noun-singulars");
    if (n < 3 || w[n - 1] != 's')
        return 1;
    for (size_t x = 0; singulars && x < fl_lexicon_size(singulars); x++) {
        size_t len = fl_lexicon_item_len(singulars, x);
        if (len < n && memcmp(w + n - len, fl_lexicon_item(singulars, x), len) == 0)
            return 1;
    }
    return 0;
}

/* Is word token i a currency symbol written as letters ("EUR", "JPY")? */
static int currency_symbol_word(const ctx *c, size_t i)
{
    size_t len = c->t[i].end - c->t[i].start;
    for (size_t k = 0; c->t[i].kind == FL_TOK_WORD && k < c->k->nsymbols; k++)
        if (c->k->symbol_len[k] == len && memcmp(c->k->symbols[k], c->text + c->t[i].start, len) == 0)
            return 1;
    return 0;
}

/* Does a currency come right before the number at token i: a symbol glued to it ("£24"), a currency code or
 * name before it ("EUR 24", "GBP 38.6")? Then a scale letter after it is a scale, never metres. */
static int currency_before(const ctx *c, size_t i)
{
    size_t used;
    return i > 0 && ((!c->t[i].space_before && c->t[i - 1].kind != FL_TOK_WORD) ||
                     fl_phrases_at(&c->k->currency_names, c->text, c->t, c->n, i - 1, &used) >= 0 ||
                     currency_symbol_word(c, i - 1));
}

/* The unit at token k (its index into the knowledge's units), or -1: a symbol, a name, or a name written only glued
 * to its number ("in" of "6ft 2in"). */
static int unit_index_at(const ctx *c, size_t k)
{
    size_t used;
    int u = fl_phrases_at(&c->k->unit_symbols, c->text, c->t, c->n, k, &used);
    if (u < 0)
        u = fl_phrases_at(&c->k->unit_names, c->text, c->t, c->n, k, &used);
    if (u < 0 && k > 0 && !c->t[k].space_before && c->t[k - 1].kind == FL_TOK_NUM)
        u = fl_phrases_at(&c->k->unit_glued, c->text, c->t, c->n, k, &used);
    return u;
}

/* Is token k a unit of length other than the letter "m" (whose reading is the question): "ft", "miles", the "in"
 * of "6ft 2in"? */
static int length_unit(const ctx *c, size_t k)
{
    int u = unit_index_at(c, k);
    return u >= 0 && strcmp(c->k->units[u].dimension, "length") == 0 &&
           !(c->t[k].end - c->t[k].start == 1 && c->text[c->t[k].start] == 'm');
}

/* Is the glued "m" at token j of the number at i one side of a conversion of a length in parentheses ("6ft 2in
 * (1.88m)", "1.88m (6ft 2in)"): metres? */
static int length_aside(const ctx *c, size_t i, size_t j)
{
    if (i >= 2 && tok_char(c, i - 1, '(') && j + 1 < c->n && tok_char(c, j + 1, ')'))
        return length_unit(c, i - 2);
    return j + 3 < c->n && tok_char(c, j + 1, '(') && c->t[j + 2].kind == FL_TOK_NUM && length_unit(c, j + 3);
}

/* Is the scale letter glued to the number at i, at token j, a length ("the 24m vessel": metres), not a scale
 * ("£24m", "EUR 24m yesterday", "24m barrels", "24m of it")? Only a lower-case "m" with no currency before the
 * number and a singular common noun after it, one that no unit, scale or function word is: one thing of that
 * length; or a hyphen glued to it and a measure's axis word ("a 137m-tall turbine", "the 40m-long barge":
 * claim_model.measures.axes), which only a length takes, unless a noun of grammar.json scale-long-heads follows
 * ("a 7.6m-long waiting list"); or a side of a length's conversion in parentheses (length_aside). */
static int length_letter(const ctx *c, size_t i, size_t j)
{
    size_t k = j + 1, used;
    if (c->t[j].end - c->t[j].start != 1 || c->text[c->t[j].start] != 'm' || c->t[j].space_before || k >= c->n)
        return 0;
    int in_aside = i >= 2 && tok_char(c, i - 1, '('); /* "6ft 2in (1.88m)": the glued "(" is no currency sign */
    if (!in_aside && currency_before(c, i))
        return 0; /* "£24m", "EUR 24m": a sum */
    if (length_aside(c, i, j))
        return 1;
    if (tok_char(c, k, '-') && !c->t[k].space_before && k + 1 < c->n && !c->t[k + 1].space_before &&
        c->t[k + 1].kind == FL_TOK_WORD && fl_phrases_at(&c->k->measure_axes, c->text, c->t, c->n, k + 1, &used) >= 0)
        return !lex(c, "scale-long-heads", k + 1 + used); /* "a 7.6m-long waiting list": millions */
    if (c->t[k].kind != FL_TOK_WORD || !c->t[k].space_before)
        return 0;
    unsigned char first = (unsigned char)c->text[c->t[k].start];
    return first >= 'a' && first <= 'z' && !unit_word(c, k) && isnan(scale_after(c, k, &used)) &&
           !lex(c, "function-words", k) && singular_word(c, k);
}

/* "2.5 billion": the value and its interval times the scale. */
/* Multiplies by a scale word's value, rounded to a thousandth: 4.1 * 1e6 is 4099999.9999999995 in binary, and
 * "4.1 million" is a whole count. */
static double scaled_by(double v, double sc)
{
    return round(v * sc * 1000) / 1000;
}

static void apply_scale(fl_num *x, double sc)
{
    x->value = scaled_by(x->value, sc);
    x->lo = scaled_by(x->lo, sc);
    x->hi = scaled_by(x->hi, sc);
    x->scaled = 1;
    x->scale = sc;
}

static int capitalised_word(const ctx *c, size_t i)
{
    if (i >= c->n || c->t[i].kind != FL_TOK_WORD)
        return 0;
    unsigned char ch = (unsigned char)c->text[c->t[i].start];
    return ch >= 'A' && ch <= 'Z';
}

static void push(fl_num **out, size_t *n, size_t *cap, const fl_num *x)
{
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = *x;
}

/* "between X and Y" (and "between X% and Y%"): the two numbers of nums[0, cnt) become one range; returns
 * the new count. */
static size_t merge_between(const ctx *c, fl_num *nums, size_t cnt)
{
    const fl_token *t = c->t;
    const char *text = c->text;
    for (size_t a = 0; a + 1 < cnt; a++) {
        fl_num *x = &nums[a], *y = &nums[a + 1];
        if (x->nonclaim || y->nonclaim || x->range || y->range)
            continue;
        /* "between 3 and 5", and "between 3% and 5%" with the unit repeated */
        size_t gap = x->tok + x->ntok;
        int unit_between =
            y->tok == gap + 2 && gap + 1 < c->n && y->tok + y->ntok < c->n &&
            t[gap].end - t[gap].start == t[y->tok + y->ntok].end - t[y->tok + y->ntok].start &&
            memcmp(text + t[gap].start, text + t[y->tok + y->ntok].start, t[gap].end - t[gap].start) == 0;
        if (unit_between)
            gap++;
        if (x->tok > 0 && role(c, x->tok - 1, FL_ROLE_BETWEEN) && y->tok == gap + 1 && role(c, gap, FL_ROLE_AND) &&
            y->value > x->value) {
            if (!x->scaled && y->scaled) {
                /* "between 3 and 5 billion": the scale applies to both */
                x->value *= y->scale;
                x->lo *= y->scale;
                x->scaled = 1;
                x->scale = y->scale;
            }
            x->range = 1;
            x->hi = y->hi;
            if (!unit_between) {
                x->end = y->end;
                x->ntok = y->tok + y->ntok - x->tok;
            }
            memmove(y, y + 1, (cnt - a - 2) * sizeof(fl_num));
            cnt--;
        }
    }
    return cnt;
}

/* The value and interval of a number in words: a proportion to 1%, "two million" as "2 million" (half a
 * unit of the leading number's last place, dec decimals, scaled), "forty" as "40". */
static void word_interval(fl_num *x, double v, int prop, int scaled, int dec)
{
    x->value = v;
    if (prop) {
        x->lo = v * 0.99;
        x->hi = v * 1.01;
    } else if (scaled >= 2) {
        /* "half a million", "half an hour": a round share of a scale or a unit, read as within a tenth */
        x->lo = v * 0.9;
        x->hi = v * 1.1;
    } else if (scaled) {
        /* "two million" as "2 million": half a unit of the leading number, scaled */
        double lead = v, sc = 1;
        while (lead >= 1000 && (dec || fmod(lead, 1000) == 0)) {
            lead /= 1000;
            sc *= 1000;
        }
        x->lo = (lead - 0.5 * pow(10, -dec)) * sc; /* "one point one billion": 1.05 to 1.15 billion */
        x->hi = (lead + 0.5 * pow(10, -dec)) * sc;
    } else {
        /* "forty" as "40", "two point five" as "2.5" */
        x->lo = v - 0.5 * pow(10, -dec);
        x->hi = v + 0.5 * pow(10, -dec);
    }
}

/* "one in five", "three out of ten": a ratio after the word number *v ending at j makes it a proportion
 * (*v becomes the share and *prop 1); returns where the figure ends. */
static size_t ratio_after(const ctx *c, size_t j, double *v, int *prop)
{
    int p2, s2, d2;
    double den;
    size_t l2;
    size_t k2 = ratio_denominator(c, j);
    if (k2 && (l2 = word_number(c, k2, &den, &p2, &s2, &d2)) > 0 && !p2 && den > *v && den > 0) {
        *v = *v / den;
        *prop = 1;
        return k2 + l2;
    }
    return j;
}

/* "1 in 5 adults", "2 in every 10 homes", "1 in 1,000": a ratio of digits after the whole number v (below 100)
 * ending at j: the denominator a whole number above v, no year ("4 in 2026"), round when v is above ten ("27 in 34
 * games" counts goals), with no unit after it but a count's ("3 in 10 minutes", "1 in 5 years" are times). Returns the
 * tokens it uses from j (0 when none); *share the proportion. */
static size_t digit_ratio(const ctx *c, size_t j, double v, double *share)
{
    size_t k = ratio_denominator(c, j), used;
    double den;
    if (!k || v < 1 || v >= 100 || k >= c->n || c->t[k].kind != FL_TOK_NUM ||
        fl_parse_digits(c->text + c->t[k].start, c->t[k].end - c->t[k].start, &den) != 0 || den <= v || den >= 1e7 ||
        (den >= 1000 && den <= 2100 && !memchr(c->text + c->t[k].start, ',', c->t[k].end - c->t[k].start)))
        return 0; /* "4 in 2026": a year */
    if (v > 10 && fmod(den, 10) != 0)
        return 0; /* "scored 27 in 34 games": a count in a span; a ratio has a small or a round term */
    int u = k + 1 < c->n ? unit_index_at(c, k + 1) : -1;
    if (u >= 0 && !fl_lexicon_has(fl_rules_role(c->r, FL_ROLE_COUNT_DIMENSION), c->k->units[u].dimension,
                                  strlen(c->k->units[u].dimension), 0))
        return 0;
    if (k + 1 < c->n &&
        (!isnan(scale_after(c, k + 1, &used)) || (c->t[k + 1].kind == FL_TOK_PUNCT && !c->t[k + 1].space_before &&
                                                  (tok_dash(c, k + 1) || tok_char(c, k + 1, '%')))))
        return 0;
    *share = v / den;
    return k + 1 - j;
}

/* A second number glued to the one at token j - 1 (value v, dec decimals) by a dash: a range "3-5" / "3–5"
 * written without spaces widens x; a score or a vote of small whole numbers ("9-3", "2-1", "218-214") makes
 * it no count ("2019-20" is a year's). Returns the tokens used after j - 1 (2 or 0). */
static size_t dash_pair(const ctx *c, size_t j, double v, int dec, fl_num *x)
{
    const fl_token *t = c->t;
    if (!(j + 1 < c->n && tok_dash(c, j) && !t[j].space_before && t[j + 1].kind == FL_TOK_NUM &&
          !t[j + 1].space_before))
        return 0;
    double v2;
    int dec2 = fl_parse_digits(c->text + t[j + 1].start, t[j + 1].end - t[j + 1].start, &v2);
    if (dec2 >= 0 && v2 > v) {
        x->range = 1;
        x->hi = v2 + 0.5 * pow(10, -dec2);
        return 2;
    }
    if (dec2 >= 0 && dec == 0 && dec2 == 0 && v < 1000) {
        x->nonclaim = FL_NC_LABEL;
        return 2;
    }
    return 0;
}

/* A season after the year v at token j - 1: a dash or a slash, then the next year's last two digits (or, after a
 * slash, the next year), all glued ("the 2025/26 season", "2019-20"; "2019-2020" is a range of years): the tokens it
 * uses after j - 1 (2 or 0). The second year is the label's, no amount of its own. */
static size_t season_pair(const ctx *c, size_t j, double v, int dec)
{
    const fl_token *t = c->t;
    if (dec != 0 || v < 1000 || v > 2100 ||
        !(j + 1 < c->n && (tok_dash(c, j) || tok_char(c, j, '/')) && !t[j].space_before &&
          t[j + 1].kind == FL_TOK_NUM && !t[j + 1].space_before))
        return 0;
    double v2;
    size_t digits = t[j + 1].end - t[j + 1].start;
    if (fl_parse_digits(c->text + t[j + 1].start, digits, &v2) != 0)
        return 0;
    return (digits == 2 && (int)v2 == ((int)v + 1) % 100) || (digits == 4 && v2 == v + 1 && tok_char(c, j, '/')) ? 2
                                                                                                                 : 0;
}

/* The interval of "N-odd": [v, v + f * the unit of v's last non-zero place). */
static void odd_interval(fl_num *x, double v, double f)
{
    double place = 1;
    while (v >= place * 10 && fmod(v, place * 10) == 0)
        place *= 10;
    x->lo = v;
    x->hi = v + f * place;
}

/* "sixty-odd", "150-odd", "thirty odd": a suffix of numbers.json approximate_suffixes after the number at x
 * (ending before token j) makes it at least the number and below it plus the suffix's share of the unit of its
 * last non-zero place (60 to 70, 200 to 300). Returns the tokens it takes (0: none). The suffix inside the
 * number's own token ("sixty-odd") is read by odd_word. */
static size_t odd_after(const ctx *c, fl_num *x, size_t j)
{
    size_t used = 0, skip = hyphen_word(c, j) ? 1 : 0;
    if (x->proportion || x->range || j + skip >= c->n)
        return 0;
    if ((skip && lex(c, "open-suffixes", j + 1)) ||
        (tok_char(c, j, '+') && !c->t[j].space_before &&
         !(j + 1 < c->n && c->t[j + 1].kind == FL_TOK_NUM && !c->t[j + 1].space_before))) { /* not "4+1" */
        x->at_least = 1; /* "2,000-plus fans", "2,000+ staff": at least the number */
        return skip + 1;
    }
    if (!skip && !c->t[j].space_before)
        return 0;
    double f = table_at(c, &c->k->approx_suffixes, j + skip, &used);
    if (isnan(f))
        return 0;
    odd_interval(x, x->value, f);
    return skip + used;
}

/* A tens word and an approximate suffix in one token ("sixty-odd", "forty-odd"): its value (NAN none), the
 * interval set in x. */
static double odd_word(const ctx *c, size_t i, fl_num *x)
{
    const char *s = c->text + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start, d = len;
    while (d > 0 && s[d - 1] != '-')
        d--;
    if (d < 2 || d == len)
        return NAN;
    double v = table1(c, &c->k->words, s, d - 1), f = table1(c, &c->k->approx_suffixes, s + d, len - d);
    if (isnan(v) || isnan(f))
        return NAN;
    odd_interval(x, v, f);
    return v;
}

/* A number written in words at token i ("forty-two", "a dozen", "three million", "sixty-odd") into x: returns
 * the token after it, or 0 when none starts there. */
static size_t word_figure(const ctx *c, size_t i, fl_num *x)
{
    double v;
    int prop, scaled, dec = 0;
    size_t used, len = word_number(c, i, &v, &prop, &scaled, &dec);
    if (!len && !isnan(v = word_with_unit(c, i))) {
        len = 1; /* "the thirty-metre tower": the unit is the quantity's to read */
        x->unit_inside = 1;
        prop = scaled = 0;
    }
    int odd = 0;
    if (!len && !isnan(v = odd_word(c, i, x))) {
        len = 1;
        odd = 1;
        prop = scaled = 0;
    }
    if (!len)
        return 0;
    size_t j = i + len;
    if (!prop && !odd)
        j = ratio_after(c, j, &v, &prop);
    x->words = 1;
    x->proportion = (uint8_t)prop;
    x->scaled = (uint8_t)(scaled == 3 ? 0 : scaled); /* a fraction of a unit: the unit is read after it */
    if (!odd)
        word_interval(x, v, prop, scaled, dec);
    else
        x->value = v;
    if (!scaled) {
        double sc = scale_after(c, j, &used);
        if (!isnan(sc) && sc >= 1000) {
            apply_scale(x, sc);
            j += used;
        }
    }
    if (!odd)
        j += odd_after(c, x, j);
    x->ntok = j - i;
    x->end = c->t[j - 1].end;
    if (i > 0 && lex(c, "number-labels", i - 1))
        x->nonclaim = FL_NC_LABEL;
    return j;
}

/* Does a number in words inside the fixed phrase at tokens [i, i + used) go on past the phrase's end ("for one
 * thousand three hundred seconds", "at one point one billion euros")? Then the phrase is not the idiom. */
static int number_outruns(const ctx *c, size_t i, size_t used)
{
    for (size_t p = i; p < i + used; p++) {
        double v;
        int prop, scaled, dec;
        size_t len = word_number(c, p, &v, &prop, &scaled, &dec);
        if (len && p + len > i + used)
            return 1;
    }
    return 0;
}

/* Is the whole number at token i the digits of a model's designation written with a space, after a count ("six AK
 * 47 rifles", "12 AK 47 guns"): right after a word of one to three capital letters alone, which right follows the
 * count's number (nums[0, cnt) the numbers before)? The count is what the phrase counts; the second number names
 * the model, as "AK-47" does written whole, and is no count of its own ("47 rifles"). */
static int spaced_designation(const ctx *c, const fl_num *nums, size_t cnt, size_t i, int plain_int)
{
    if (!plain_int || i < 2 || cnt == 0 || c->t[i - 1].kind != FL_TOK_WORD || nums[cnt - 1].nonclaim ||
        nums[cnt - 1].tok + nums[cnt - 1].ntok != i - 1)
        return 0;
    size_t len = c->t[i - 1].end - c->t[i - 1].start;
    if (len < 1 || len > 3)
        return 0;
    for (size_t k = 0; k < len; k++)
        if (c->text[c->t[i - 1].start + k] < 'A' || c->text[c->t[i - 1].start + k] > 'Z')
            return 0;
    return 1;
}

size_t fl_numbers(const char *text, const fl_rules *r, const fl_token *t, size_t n, fl_num **out)
{
    ctx c = {text, r, fl_rules_knowledge(r), t, n};
    size_t cnt = 0, cap = 0;
    *out = NULL;
    size_t skip_until = 0; /* tokens of a fixed phrase */
    for (size_t i = 0; i < n; i++) {
        size_t used = 0;
        if (i >= skip_until && fl_phrases_at(&c.k->non_claims, text, t, n, i, &used) >= 0 &&
            !number_outruns(&c, i, used)) {
            skip_until = i + used;
            fl_num x = {0};
            x.start = t[i].start;
            x.end = t[i + used - 1].end;
            x.tok = i;
            x.ntok = used;
            x.nonclaim = FL_NC_PHRASE;
            push(out, &cnt, &cap, &x);
        }
        if (i < skip_until)
            continue;
        fl_num x = {0};
        x.tok = i;
        x.start = t[i].start;
        x.scale = 1;
        x.capitalised_before = (uint8_t)(i > 0 && capitalised_word(&c, i - 1) && i - 1 > 0);
        if (t[i].kind == FL_TOK_NUM) {
            double v;
            int dec = fl_parse_digits(text + t[i].start, t[i].end - t[i].start, &v);
            if (dec < 0)
                continue;
            double half = 0.5 * pow(10, -dec);
            size_t j = i + 1;
            x.minus = (uint8_t)minus_before(&c, i);
            x.value = v;
            x.lo = v - half;
            x.hi = v + half;
            size_t season = season_pair(&c, j, v, dec);
            j += season ? season : dash_pair(&c, j, v, dec, &x);
            /* "12.5-million-dollar": a scale joined by a hyphen */
            size_t hy = hyphen_word(&c, j) && !isnan(scale_after(&c, j + 1, &used)) ? 1 : 0;
            j += hy;
            double sc = scale_after(&c, j, &used);
            if (!isnan(sc) &&
                !(used == 1 && (text[t[j].start] == 'm' || text[t[j].start] == 'M') && t[j].end - t[j].start == 1 &&
                  t[j].space_before && !currency_before(&c, i)) &&
                !length_letter(&c, i, j)) {
                /* "5 m" with a space is metres, as is "the 24m vessel"; "$5m", "5m barrels", "GBP 5 m" are
                 * millions */
                apply_scale(&x, sc);
                j += used;
            }
            j += odd_after(&c, &x, j); /* "150-odd" */
            double share;
            size_t ratio = dec == 0 && !x.scaled && !x.range ? digit_ratio(&c, j, v, &share) : 0;
            if (ratio) { /* "1 in 5 adults": a share, as "one in five adults" is */
                x.proportion = 1;
                x.value = share;
                x.lo = share * 0.99;
                x.hi = share * 1.01;
                j += ratio;
            }
            x.end = t[j - 1].end;
            /* "a 320-metre dock", "the 7.9 million-tonne crop": the unit after a hyphen is the figure's */
            if (hyphen_word(&c, j) && (unit_word(&c, j + 1) || fl_singular_unit(c.r, text + t[j + 1].start,
                                                                                t[j + 1].end - t[j + 1].start) >= 0))
                j++;
            x.ntok = j - i;
            size_t digits = t[i].end - t[i].start;
            int plain_int = dec == 0 && !memchr(text + t[i].start, ',', digits);
            /* what the number is, from its neighbours */
            if (plain_int && digits == 4 && v >= 1000 && v <= 2100 && !x.scaled && !x.range) {
                x.nonclaim = FL_NC_YEAR;
                x.year = (int16_t)v;
            }
            if ((i > 0 && is_month(&c, i - 1)) || (i > 1 && tok_char(&c, i - 1, '.') && is_month(&c, i - 2)) ||
                (!x.scaled && is_month(&c, j) && v >= 1 && v <= 31 && plain_int))
                x.nonclaim = x.nonclaim == FL_NC_YEAR ? FL_NC_YEAR : FL_NC_DATE;
            if ((j < n && tok_char(&c, j, ':') && !t[j].space_before && j + 1 < n && t[j + 1].kind == FL_TOK_NUM &&
                 !t[j + 1].space_before) || /* "9:45", not "2025: 43,100" */
                (i > 0 && tok_char(&c, i - 1, ':') && !t[i].space_before && i > 1 && t[i - 2].kind == FL_TOK_NUM) ||
                lex(&c, "clock-words", j))
                x.nonclaim = FL_NC_TIME;
            /* "left at 1930.", "at 0815 on Monday": a 24-hour clock time after a clock preposition, with no
             * noun after it ("at 2019 prices" is a year) */
            if (x.nonclaim == FL_NC_YEAR && i > 0 && lex(&c, "clock-prepositions", i - 1) && (int)v % 100 < 60 &&
                (int)v / 100 < 24 && (j >= n || t[j].kind == FL_TOK_PUNCT))
                x.nonclaim = FL_NC_TIME;
            if (i > 0 && (lex(&c, "number-labels", i - 1)))
                x.nonclaim = FL_NC_LABEL;
            if (spaced_designation(&c, *out, cnt, i, plain_int))
                x.nonclaim = FL_NC_NAME;
            if (i > 0 && tok_char(&c, i - 1, '(') && tok_char(&c, j, ')') && plain_int && v < 100)
                x.nonclaim = FL_NC_LIST;
            push(out, &cnt, &cap, &x);
            i = j - 1;
            continue;
        }
        size_t j = t[i].kind == FL_TOK_WORD ? word_figure(&c, i, &x) : 0;
        if (j) {
            double whole;
            size_t tail = j == i + 1 ? unit_and_fraction(&c, j, &whole) : 0;
            if (tail) {
                skip_until = j + tail; /* "and a half" after the unit is the number's, no share */
                x.tail = UNIT_HALF_TAIL;
            }
            push(out, &cnt, &cap, &x);
            i = j - 1;
        }
    }
    return merge_between(&c, *out, cnt);
}
