/* deadlines.c - the day a running count is told up to ("320 homes had reported damage by Friday morning", "by this
 * morning" in a live page's entry under the heading "Friday 15 May"): a figure with no period of its own is then of
 * that day and time of day, and meets only a figure told up to the same day and time (claims.c deadline_period,
 * join/numeric.c other_deadlines). */
#include "extract/claims_int.h"

#include <stdlib.h>
#include <string.h>

#include "extract/timex.h"

/* How far back a live page's entry looks for the day heading it is under, in paragraphs (a bound, not a rule). */
enum { HEADING_REACH = 400 };

/* Is token i (its day and month) a day of the month: a number of one or two digits, 1 to 31? */
static int month_day(const sctx *c, size_t i)
{
    const fl_token *t = &c->t[i];
    if (t->kind != FL_TOK_NUM || t->end - t->start > 2)
        return 0;
    int v = atoi(c->text + t->start);
    return v >= 1 && v <= 31 ? v : 0;
}

/* A day read from tokens [i, e) of the document: an optional weekday, then a day and a month in either order
 * ("Friday 15 May", "Friday, May 15", "15 May"), or a weekday alone. Sets *wd (0..6, -1 none), *month and *day
 * (0 none); returns the token after what it read (i when it read nothing). */
static size_t read_day(const sctx *c, size_t i, size_t e, int *wd, int *month, int *day)
{
    size_t used = 1, j = i;
    *wd = -1;
    *month = *day = 0;
    if (j < e && c->t[j].kind == FL_TOK_WORD && (*wd = fl_phrases_at(&c->k->weekdays, c->text, c->t, e, j, &used)) >= 0)
        j += used;
    size_t k = j < e && c->text[c->t[j].start] == ',' ? j + 1 : j;
    int m;
    if (k < e && (*day = month_day(c, k)) > 0 && k + 1 < e &&
        (m = fl_phrases_at(&c->k->months, c->text, c->t, e, k + 1, &used)) > 0) {
        *month = m;
        return k + 1 + used;
    }
    *day = 0;
    if (k < e && c->t[k].kind == FL_TOK_WORD && (m = fl_phrases_at(&c->k->months, c->text, c->t, e, k, &used)) > 0 &&
        k + used < e && (*day = month_day(c, k + used)) > 0) {
        *month = m;
        return k + used + 1;
    }
    *day = 0;
    return j;
}

/* The day heading a live page's entry at paragraph p is under: the last paragraph before it that is only a day
 * ("Friday 15 May", "Saturday 16 May 2026"), a weekday and a day of a month. Sets *wd, *month, *day; 0 none. */
static int heading_day(const sctx *c, const fl_facts *f, size_t p, int *wd, int *month, int *day)
{
    const fl_doc *d = c->d;
    for (size_t n = 0; p > 0 && n < HEADING_REACH; n++) {
        const fl_para *h = &d->paras[--p];
        if (h->stamp || h->nsent != 1 || h->first_sent >= d->nsent)
            continue;
        size_t a = f->sent_tok[h->first_sent], e = f->sent_tok[h->first_sent + 1];
        size_t end = read_day(c, a, e, wd, month, day);
        if (end > a && *month && *day && *wd >= 0) {
            while (end < e && c->t[end].kind == FL_TOK_PUNCT)
                end++;
            if (end < e && c->t[end].kind == FL_TOK_NUM && c->t[end].end - c->t[end].start == 4)
                end++; /* its year */
            while (end < e && c->t[end].kind == FL_TOK_PUNCT)
                end++;
            if (end == e)
                return 1;
        }
    }
    return 0;
}

/* The word at i of the "deadline-day-parts" lexicon ("morning", "evening"), hashed into 12 bits (1..4095); 0 none. */
static uint32_t day_part(const sctx *c, size_t i, size_t e)
{
    const fl_lexicon *parts = fl_rules_lexicon(c->r, "deadline-day-parts");
    if (!parts || i >= e || c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(parts, c->text, &c->t[i], 1))
        return 0;
    return fl_claims_fnv_lower(2166136261u, c->text, c->t[i].start, c->t[i].end) % 4095u + 1u;
}

/* Does token i open a possessive ending ("'s", "’s")? */
static int possessive_at(const sctx *c, size_t i, size_t e)
{
    if (i >= e)
        return 0;
    const char *w = c->text + c->t[i].start;
    size_t n = c->t[i].end - c->t[i].start;
    return (n >= 1 && w[0] == '\'') || (n >= 3 && memcmp(w, "\xE2\x80\x99", 3) == 0);
}

/* The deadline word or phrase ("deadline-words": "by", "as of") at token i of [i, e): the tokens it takes, 0 none. */
static size_t deadline_word(const sctx *c, const fl_lexicon *lex, size_t i, size_t e)
{
    for (size_t n = 1; n <= 2 && i + n <= e; n++) {
        fl_token span = {c->t[i].start, c->t[i + n - 1].end, FL_TOK_WORD, 0, 0};
        if (c->t[i + n - 1].kind == FL_TOK_WORD && fl_lexicon_has_token(lex, c->text, &span, 1))
            return n;
    }
    return 0;
}

/* The day of the document (or of the heading its live entry is under) a relative day counts from: *wd, and *mmdd
 * when its month and day are known. 0 when neither is known (a wire dateline without its year or weekday). */
static int base_day(const sctx *c, const fl_facts *f, const fl_date *date, int *wd, int *mmdd)
{
    int hm, hd;
    size_t p = fl_claims_para_at(c->d, c->t[c->a].start);
    if (p < c->d->npara && c->d->paras[p].entry && heading_day(c, f, p, wd, &hm, &hd)) {
        *mmdd = hm * 100 + hd;
        return 1;
    }
    if (!date->year || !date->month || !date->day || date->source == FL_DATE_INFERRED || date->source == FL_DATE_NONE)
        return 0;
    *wd = fl_weekday(date->year, date->month, date->day);
    *mmdd = date->month * 100 + date->day;
    return 1;
}

/* The deadline the clause [c->ca, c->cb) of a figure states: a word of "deadline-words" and then a weekday ("by
 * Friday morning"), a day and month ("by 15 May"), or a relative day of the document or of its live entry's day
 * heading ("by this morning", "by yesterday evening"), with a time of day after it or in it or none. Encoded as
 * (mmdd << 16) | ((weekday + 1) << 12) | part: mmdd 0 when the day's month and day are not known, part 0 when no
 * time of day is stated; 0 when the clause states no such deadline, or when it is a day whose weekday is not known. */
uint32_t fl_claims_deadline(const sctx *c, const fl_facts *f, const fl_date *date)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "deadline-words");
    size_t e = c->cb ? c->cb : c->b, used = 1;
    if (!lex)
        return 0;
    for (size_t i = c->cb ? c->ca : c->a; i < e; i++) {
        size_t n = c->t[i].kind == FL_TOK_WORD ? deadline_word(c, lex, i, e) : 0;
        if (!n)
            continue;
        size_t j = i + n;
        int wd = -1, month = 0, day = 0, mmdd = 0, rel;
        size_t after = read_day(c, j, e, &wd, &month, &day);
        if (after > j && possessive_at(c, after, e))
            continue; /* "damaged by Friday's storm": the storm's day, no deadline */
        if (after > j && month && wd < 0 && date->year && date->source != FL_DATE_INFERRED &&
            date->source != FL_DATE_NONE)
            wd = fl_weekday(date->year, month, day); /* "by 15 May" in a report of a known year */
        if (after > j && wd >= 0) {
            if (month)
                mmdd = month * 100 + day;
        } else if (after == j && c->t[j].kind == FL_TOK_WORD &&
                   (rel = fl_phrases_at(&c->k->relative_days, c->text, c->t, e, j, &used)) >= 0 && rel <= 0 &&
                   base_day(c, f, date, &wd, &mmdd)) {
            after = j + used;
            wd = ((wd + rel) % 7 + 7) % 7;
            if (rel) { /* "by yesterday evening": the day before the base, its month and day left out */
                mmdd = 0;
            }
            uint32_t own = day_part(c, after - 1, e); /* "this morning" names its own time of day */
            if (own)
                return ((uint32_t)mmdd << 16) | ((uint32_t)(wd + 1) << 12) | own;
        } else
            continue;
        return ((uint32_t)mmdd << 16) | ((uint32_t)(wd + 1) << 12) | day_part(c, after, e);
    }
    return 0;
}
