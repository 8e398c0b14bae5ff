/* deadlines.c - the day a running count is told up to ("320 homes had reported damage by Friday morning", "by this
 * morning" in a live page's entry under the heading "Friday 15 May"): a figure with no period of its own is then of
 * that day and time of day, and meets only a figure told up to the same day and time (claims.c deadline_period,
 * join/numeric.c other_deadlines). */
#include "extract/claims_int.h"

#include <string.h>

#include "extract/timex.h"

/* How far back a live page's entry looks for the day heading it is under, in paragraphs (a bound, not a rule). */
enum { HEADING_REACH = 400 };

/* A day read from tokens [i, e) of the document: an optional weekday, then a day and a month as timex reads a date
 * (fl_parse_date: "Friday 15 May", "Friday, May 15", "15 May", "15 May 2026"), or a weekday alone. Sets *wd (0..6,
 * -1 none), *month and *day (0 none); returns the token after what it read (i when it read nothing). */
static size_t read_day(const sctx *c, size_t i, size_t e, int *wd, int *month, int *day)
{
    size_t used = 1, j = i;
    *wd = -1;
    *month = *day = 0;
    if (j < e && c->t[j].kind == FL_TOK_WORD && (*wd = fl_phrases_at(&c->k->weekdays, c->text, c->t, e, j, &used)) >= 0)
        j += used;
    size_t k = j < e && c->text[c->t[j].start] == ',' ? j + 1 : j;
    if (k >= e)
        return j;
    fl_date dt = {0};
    size_t from = c->t[k].start, len = c->t[e - 1].end - from;
    size_t n = *wd >= 0 ? fl_parse_date_after_weekday(c->text + from, len, c->r, &dt)
                        : fl_parse_date(c->text + from, len, c->r, &dt);
    if (!n || !dt.month || !dt.day)
        return j;
    while (k < e && c->t[k].start < from + n)
        k++;
    *month = dt.month;
    *day = dt.day;
    return k;
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

/* A part of the words [from, to) hashed into 12 bits (1..4095): a time of day (day_part), a qualifier of a day ("early
 * Friday") or a clock time ("by 9am on Friday") that stands for its time of day. */
static uint32_t words_part(const sctx *c, size_t from, size_t to)
{
    return fl_claims_fnv_lower(2166136261u, c->text, c->t[from].start, c->t[to - 1].end) % 4095u + 1u;
}

/* The word at i of the "deadline-day-parts" lexicon ("morning", "evening"), hashed as words_part does; 0 none. */
static uint32_t day_part(const sctx *c, size_t i, size_t e)
{
    const fl_lexicon *parts = fl_rules_lexicon(c->r, "deadline-day-parts");
    if (!parts || i >= e || c->t[i].kind != FL_TOK_WORD || !fl_lexicon_has_token(parts, c->text, &c->t[i], 1))
        return 0;
    return words_part(c, i, i + 1);
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

/* The deadline a deadline word's phrase states from its token j on (e the sentence's or clause's end): a weekday
 * ("Friday morning"), a day and month ("15 May"), or a relative day of the document or of its live entry's day heading
 * ("this morning", "yesterday evening"), with a time of day after it or in it, or part (a qualifier or a clock time
 * before it) when it names none. Not a day with a possessive ending ("Friday's storm", "this morning's deadline"):
 * that is another thing's day. Encoded as fl_claims_deadline's; 0 none. */
static uint32_t deadline_after(const sctx *c, const fl_facts *f, const fl_date *date, size_t j, size_t e, uint32_t part)
{
    int wd = -1, month = 0, day = 0, mmdd = 0, rel;
    size_t used = 1, after = read_day(c, j, e, &wd, &month, &day);
    if (after > j && month && wd < 0 && date->year && date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE)
        wd = fl_weekday(date->year, month, day); /* "by 15 May" in a report of a known year */
    uint32_t own = 0;
    if (after > j && wd >= 0) {
        if (month)
            mmdd = month * 100 + day;
    } else if (after == j && j < e && c->t[j].kind == FL_TOK_WORD &&
               (rel = fl_phrases_at(&c->k->relative_days, c->text, c->t, e, j, &used)) >= 0 && rel <= 0 &&
               base_day(c, f, date, &wd, &mmdd)) {
        after = j + used;
        wd = ((wd + rel) % 7 + 7) % 7;
        if (rel) /* "by yesterday evening": the day before the base, its month and day left out */
            mmdd = 0;
        own = day_part(c, after - 1, e); /* "this morning" names its own time of day */
    } else
        return 0;
    if (after < e && fl_token_is_possessive(c->text, &c->t[after]))
        return 0; /* "damaged by Friday's storm", "by this morning's deadline": another thing's day */
    own = own ? own : day_part(c, after, e);
    return ((uint32_t)mmdd << 16) | ((uint32_t)(wd + 1) << 12) | (own ? own : part);
}

/* The deadline of PP x of the parse ps: its preposition a word of "deadline-words" ("by") or the last word of one
 * ("as of"), its object a day, after a qualifier the parse tags as an adjective ("by early Friday") or not; or a
 * clock time with a day's PP right after it ("by 9am on Friday"). 0 none. */
static uint32_t pp_deadline(const sctx *c, const fl_facts *f, const fl_date *date, const fl_parse *ps, const fl_pp *x,
                            const fl_lexicon *lex)
{
    size_t p = c->a + x->prep;
    if (x->np < 0 || (deadline_word(c, lex, p, c->b) != 1 && !(p > c->a && deadline_word(c, lex, p - 1, c->b) == 2)))
        return 0;
    const fl_np *o = &ps->nps[x->np];
    size_t j = c->a + o->start, e = c->a + o->end;
    uint32_t part = 0;
    if (ps->tags[o->start] == FL_TAG_ADJ && o->start + 1 < o->end)
        part = words_part(c, j, j + 1), j++;
    uint32_t dl = deadline_after(c, f, date, j, c->b, part);
    if (dl || ps->tags[o->start] != FL_TAG_NUM)
        return dl;
    for (size_t i = 0; i < ps->npp; i++) /* "by 9am on Friday" */
        if (ps->pps[i].prep == o->end && ps->pps[i].np >= 0)
            return deadline_after(c, f, date, c->a + ps->nps[ps->pps[i].np].start, c->b, words_part(c, j, e));
    return 0;
}

/* The deadline the clause [c->ca, c->cb) states, read word by word: for a sentence the parse does not cover. */
static uint32_t clause_deadline(const sctx *c, const fl_facts *f, const fl_date *date, const fl_lexicon *lex)
{
    size_t e = c->cb ? c->cb : c->b;
    for (size_t i = c->cb ? c->ca : c->a; i < e; i++) {
        size_t n = c->t[i].kind == FL_TOK_WORD ? deadline_word(c, lex, i, e) : 0;
        uint32_t dl = n ? deadline_after(c, f, date, i + n, e, 0) : 0;
        if (dl)
            return dl;
    }
    return 0;
}

/* The deadline a figure at token tok is told up to: a PP of a word of "deadline-words" and a day attached to the verb
 * of the figure's clause or of a clause hanging off it after the figure ("320 homes had reported damage by Friday
 * morning", "by 15 May", "by this morning" in a live
 * page's entry under the day heading "Friday 15 May", "as of early Friday", "by 9am on Friday"), or fronted before
 * the subject of the sentence's main clause ("By Friday morning, 360 homes had reported damage"). Encoded as
 * (mmdd << 16) | ((weekday + 1) << 12) | part: mmdd 0 when the day's month and day are not known, part 0 when no
 * time of day is stated; 0 when there is no such deadline, or when it is a day whose weekday is not known. */
uint32_t fl_claims_deadline(const sctx *c, const fl_facts *f, const fl_date *date, size_t tok)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "deadline-words");
    const fl_parse *ps = lex ? fl_claims_parse_of(c) : NULL;
    if (!lex || !ps || tok < c->a || tok - c->a >= ps->n)
        return lex ? clause_deadline(c, f, date, lex) : 0;
    int own = fl_parse_clause_of(ps, tok - c->a), pps[16];
    for (size_t k = 0; k < ps->nclause; k++) {
        /* the figure's clause, and a clause hanging off it after the figure: "170 homes and shops had reported damage
         * by this evening", where the parse may open a clause at "and" */
        if ((int)k != own && (ps->clauses[k].parent != own || ps->clauses[k].start <= tok - c->a))
            continue;
        size_t n = fl_parse_verb_pps(ps, fl_parse_verb(ps, (int)k), pps, 16);
        for (size_t i = 0; i < n && i < 16; i++) {
            uint32_t dl = pp_deadline(c, f, date, ps, &ps->pps[pps[i]], lex);
            if (dl)
                return dl;
        }
    }
    int main = ps->nclause ? ps->clauses[0].subject : -1;
    for (size_t i = 0; main >= 0 && i < ps->npp && ps->pps[i].prep < ps->nps[main].start; i++) {
        uint32_t dl = pp_deadline(c, f, date, ps, &ps->pps[i], lex);
        if (dl)
            return dl;
    }
    return 0;
}

/* The day the clause of a figure at token tok states it of: a PP of a day attached to the verb of its clause ("Some
 * 70 volunteers searched for the walker on Saturday"; "on 14 June"), not one of a deadline, a start or an end ("by
 * Friday", "since Monday", "from", "to"). Returned as 1 + the days from that day back to the report's date (a weekday
 * is the last such day on or before it; a day and month of its year within 60 days before it); 0 none, or when the
 * report's day is not known. */
int fl_claims_told_back(const sctx *c, const fl_facts *f, const fl_date *date, size_t tok)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int wd0, mmdd0, pps[16];
    if (!ps || tok < c->a || tok - c->a >= ps->n || !base_day(c, f, date, &wd0, &mmdd0) || !date->year)
        return 0;
    size_t n = fl_parse_verb_pps(ps, fl_parse_verb(ps, fl_parse_clause_of(ps, tok - c->a)), pps, 16);
    for (size_t i = 0; i < n && i < 16; i++) {
        const fl_pp *x = &ps->pps[pps[i]];
        size_t p = c->a + x->prep;
        if (x->np < 0 || fl_claims_role(c, p, FL_ROLE_DEADLINE) || fl_claims_role(c, p, FL_ROLE_BY) ||
            fl_claims_role(c, p, FL_ROLE_SINCE) || fl_claims_role(c, p, FL_ROLE_FROM) ||
            fl_claims_role(c, p, FL_ROLE_TO))
            continue;
        int wd, month, day;
        size_t j = c->a + ps->nps[x->np].start, e = c->a + ps->nps[x->np].end;
        if (read_day(c, j, e, &wd, &month, &day) == j || (e > j && fl_token_is_possessive(c->text, &c->t[e - 1])))
            continue;
        if (month) {
            long back =
                fl_days_from_civil(date->year, mmdd0 / 100, mmdd0 % 100) - fl_days_from_civil(date->year, month, day);
            return back >= 0 && back <= 60 ? (int)back + 1 : 0;
        }
        if (wd >= 0)
            return (wd0 - wd + 7) % 7 + 1;
    }
    return 0;
}
