/* numeric.c - numeric-conflict: the join of the whole run's numeric claims on their keys (and within one
 * document for claims whose period or item is unknown). */
#include "join/numeric.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/interval.h"
#include "core/map.h"
#include "core/rules.h"
#include "extract/timex.h"
#include "join/ages.h"
#include "join/items.h"
#include "join/story.h"
#include "extract/frames.h"

/* ---- shared helpers ---- */

/* Is c a clock time (minutes after midnight: 23:50 and 00:10 are 20 minutes apart) or a day of an event? */
static int is_clock(const fl_claim *c)
{
    return strcmp(c->dim, "clock") == 0;
}

static int is_when(const fl_claim *c)
{
    return is_clock(c) || strcmp(c->dim, "date") == 0;
}

/* Is c the weekday a report gives a day (compared in weekday_join only)? */
static int is_weekday(const fl_claim *c)
{
    return strcmp(c->dim, "weekday") == 0;
}

/* Do two claims' rounding intervals only touch ("about 3 miles" is 2.5 to 3.5, "four miles" 3.5 to 4.5), with
 * neither stated value inside the other's interval? A figure rounds to one side of a half, never both, so such
 * a pair disagrees; a bound that is the other's value ("at least 12" and "up to 12") still agrees. */
static int only_touch(double alo, double ahi, double av, double blo, double bhi, double bv)
{
    if (!isfinite(alo) || !isfinite(ahi) || !isfinite(blo) || !isfinite(bhi))
        return 0;
    double m = fmax(fmax(fabs(alo), fabs(ahi)), fmax(fabs(blo), fabs(bhi)));
    double eps = 1e-9 * m;
    int touch = fabs(ahi - blo) <= eps || fabs(bhi - alo) <= eps;
    return touch && !(av >= blo - eps && av <= bhi + eps) && !(bv >= alo - eps && bv <= ahi + eps);
}

/* Do a's interval shifted by shift (minutes across midnight) and b's meet? Halves that only touch do not when
 * halves is set. */
static int intervals_meet(const fl_claim *a, double shift, const fl_claim *b, int halves)
{
    double alo = a->lo + shift, ahi = a->hi + shift;
    return fl_interval_overlap(alo, ahi, b->lo, b->hi) &&
           !(halves && only_touch(alo, ahi, a->value + shift, b->lo, b->hi, b->value));
}

/* The widest a precise figure's interval is, a part of its value: "81.4%" (81.35 to 81.45), "1,340" (1,339.5 to
 * 1,340.5); "About 81%" (72.9 to 89.1) is vague. */
#define PRECISE_WIDTH 0.02

/* Do two claims' intervals meet? Clock times meet across midnight too. Between figures of a known period,
 * halves that only touch do not; a figure of no stated period, joined within its document only, meets one it
 * touches. */
static int claims_overlap(const fl_claim *a, const fl_claim *b)
{
    int halves = a->key && b->key;
    if (intervals_meet(a, 0, b, halves))
        return 1;
    return is_clock(a) && (intervals_meet(a, 1440, b, halves) || intervals_meet(a, -1440, b, halves));
}

static void describe(fl_buf *b, const fl_claim *c, const fl_knowledge *k)
{
    const char *fam = k->metrics[c->family].id;
    fl_direction dir = k->metrics[c->family].direction;
    const char *src = c->src >= 0 ? k->entities[c->src].name : NULL;
    const char *dst = c->dst >= 0 ? k->entities[c->dst].name : NULL;
    fl_buf_printf(b, "%s", fam);
    /* the story's one amount its own noun names ("the damage", "a penalty": a fine) is the story's */
    const char *same = c->subject && c->subject_event ? fl_knowledge_same_thing(k, c->subject) : NULL;
    int own = c->subject && c->subject_event && strcmp(same ? same : c->subject, fam) == 0;
    if (c->subject && c->subject[0] && !src)
        fl_buf_printf(b, own ? " of the story" : c->subject_event ? " of the %s" : " of %s", own ? "" : c->subject);
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

/* Reports claim c with the message msg (taken) under rule, its related place the claim it disagrees with. */
static fl_diag *push_pair(fl_sink *out, int rule, const fl_claim *c, const fl_claim *anchor, fl_buf *msg)
{
    fl_diag *d = fl_sink_push(out, rule, fl_rule_table[rule].level, c->file, c->start, c->end, fl_buf_take(msg));
    fl_diag_relate(d, anchor->file, anchor->start, anchor->end, related_text(anchor));
    /* the documents are gone by now: the claims' own texts identify the spans */
    d->text_hash = fl_hash_text(c->text, strlen(c->text));
    d->related[0].text_hash = fl_hash_text(anchor->text, strlen(anchor->text));
    return d;
}

static void report_conflict(const fl_claim *c, const fl_claim *anchor, const fl_claim *own, size_t agree,
                            const fl_knowledge *k, fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%s (", c->text);
    describe(&msg, c, k);
    fl_buf_printf(&msg, ") conflicts with %s stated elsewhere", anchor->text);
    if (agree > 1)
        fl_buf_printf(&msg, " (%zu statements agree with it)", agree);
    /* the day or the time of an event is a date finding */
    fl_diag *d = push_pair(out, is_when(c) ? FL_RULE_DATE_INCONSISTENCY : FL_RULE_NUMERIC_CONFLICT, c, anchor, &msg);
    if (own) { /* the report contradicts itself: its own statement that agrees with the anchor */
        fl_buf b = {0};
        char *rel = related_text(own);
        fl_buf_printf(&b, "%s, in the same report", rel);
        free(rel);
        fl_diag_relate(d, own->file, own->start, own->end, fl_buf_take(&b));
        d->related[d->nrelated - 1].text_hash = fl_hash_text(own->text, strlen(own->text));
    }
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

/* Is one of two disagreeing figures of a running count (a death toll, arrests) a later report of it? Only
 * when it is of the same subject (the key says so), in a document of a later date, larger (a toll grows; one
 * that shrinks is a conflict), and the count was still moving: the earlier figure was stated as open ("at
 * least 14", "14 so far", "with six missing") or the later one as having risen ("the toll rose to 19").
 * Without either, two reports give two different final counts of one thing, which is what an editor checks. */
/* Which of two figures' reports is dated later: 1 c's, -1 a's, 0 the same day or either undated. A wire
 * dateline's date is mmdd (no year): then only months and days are compared. */
static int report_order(const fl_claim *c, const fl_claim *a)
{
    int dc = c->doc_date, da = a->doc_date;
    if (dc < 10000 || da < 10000) {
        dc %= 10000;
        da %= 10000;
    }
    if (!dc || !da)
        return 0;
    return (dc > da) - (dc < da);
}

static long days_apart(int a, int b);

/* Does the later report's figure state its count of a day (extract/deadlines.c fl_claims_told_back: "Some 70
 * volunteers searched ... on Saturday") on or before the earlier report's date? Both reports then give the count of
 * that day: the earlier's progressive count is no earlier level of the later's. */
static int told_by(const fl_claim *later, const fl_claim *earlier)
{
    return later->told_back && days_apart(later->doc_date, earlier->doc_date) <= later->told_back - 1;
}

static int updated(const fl_claim *c, const fl_claim *a, const fl_knowledge *k)
{
    int order = report_order(c, a);
    if (c->family < 0 || !order)
        return 0;
    const fl_claim *later = order > 0 ? c : a, *earlier = later == c ? a : c;
    /* an act's count a report states in the present progressive ("about 600 firefighters are tackling it") is the
     * count on its day, which a later report's larger one ("850 firefighters were deployed") passed */
    if (!k->metrics[c->family].cumulative)
        return c->family == k->act_family && later->lo >= earlier->hi && earlier->count_state == 1 &&
               !told_by(later, earlier);
    return later->lo >= earlier->hi && (earlier->count_state == 1 || later->count_state == 2);
}

/* Is c's period no period its text states: none, or the date of its document or story (an event's figure)? */
static int event_time(const fl_claim *c)
{
    return c->period_how == 0 || c->period_how == 4 || c->period_how == 5;
}

/* Is one of two disagreeing counts stated as having risen to itself ("12 engines were at the scene, up from eight";
 * "the toll rose to 19") and the other smaller, neither of a period its clause states? The smaller is the count at
 * an earlier time, which the other report gives: a count that moved, not two versions of one. A figure of a stated
 * period ("2.41 million visitors in 2025-26, up from 2.18 million") is that period's level. Not when the risen
 * figure's report is dated before the other's: a later report's smaller count is no earlier level of it. */
static int risen_from(const fl_claim *c, const fl_claim *a)
{
    const fl_claim *r = c->count_state == 2 ? c : a, *o = r == c ? a : c;
    return r->count_state == 2 && o->hi <= r->lo && event_time(r) && event_time(o) && report_order(r, o) >= 0;
}

/* Is one of two disagreeing figures of a running count from an undated report, and either stated as still
 * open or as having risen? Then which came first is not known: the larger may be the later report. */
static int unordered(const fl_claim *c, const fl_claim *a, const fl_knowledge *k)
{
    return c->family >= 0 && k->metrics[c->family].cumulative && (c->period_how == 5 || a->period_how == 5) &&
           (c->count_state || a->count_state);
}

/* Is one of two disagreeing figures a live entry's running total of a measure no entry updates otherwise
 * (extract/claims.c running_entry: "37.9km covered" after forty-five minutes; not a running count, which updated
 * and unordered judge), or an act's count an entry states in the present progressive ("about 120 volunteers are
 * helping"), below the other? It was the figure at its entry's time, which the other's
 * final or later figure passed: no second version of one measure. */
static int entry_split(const fl_claim *c, const fl_claim *a, const fl_knowledge *k)
{
    const fl_claim *r = c->entry && c->count_state == 1 ? c : a, *o = r == c ? a : c;
    return r->entry && r->count_state == 1 && r->hi <= o->lo && r->family >= 0 && !k->metrics[r->family].cumulative &&
           (fl_frame_entry_dim(k, r->dim) || r->family == k->act_family);
}

/* Are two clock times of an event stated on two different days? A time's key leaves its day out (a time
 * with its day and one without meet), but two days make two moments, not one told twice. */
static int other_days(const fl_claim *c, const fl_claim *a)
{
    return is_clock(c) && c->day && a->day && (c->day != a->day || c->month != a->month || c->year != a->year);
}

/* Are two readings of a level read at a place (claim_model.measures.levels "placed": "the daily average at Mill Lane")
 * given for two times, each its own ("Tuesday's", "at 9am on Tuesday" and "Wednesday's")? A reading's key leaves its
 * day and hour out (one with no time is of the story's own), but two stated times are two readings. */
static int other_reading_times(const fl_claim *c, const fl_claim *a, const fl_knowledge *k)
{
    int placed = 0;
    for (size_t i = 0; c->family >= 0 && c->family == k->level_family && i < k->nlevel_placed; i++)
        placed |= strcmp(k->level_placed[i], c->dim) == 0;
    return placed && c->as_of && a->as_of && c->as_of != a->as_of;
}

/* Do two figures each state a day of their own (told_back: "on Saturday", "skied 31 kilometres yesterday") and
 * are those two days? Within one report the days are told apart by their distance from its date; across two
 * reports of known dates, by the day each names. Two days' distances are two figures, not one told twice. */
static int other_told_days(const fl_claim *c, const fl_claim *a)
{
    if (!c->told_back || !a->told_back)
        return 0;
    if (c->doc == a->doc)
        return c->told_back != a->told_back;
    if (c->doc_date <= 0 || a->doc_date <= 0)
        return 0;
    int y = c->doc_date >= 10000 ? c->doc_date / 10000 : a->doc_date >= 10000 ? a->doc_date / 10000 : 2001;
    int ya = a->doc_date >= 10000 ? a->doc_date / 10000 : y, yc = c->doc_date >= 10000 ? c->doc_date / 10000 : y;
    long dc = fl_days_from_civil(yc, c->doc_date / 100 % 100, c->doc_date % 100) - (c->told_back - 1);
    long da = fl_days_from_civil(ya, a->doc_date / 100 % 100, a->doc_date % 100) - (a->told_back - 1);
    return dc != da;
}

/* Are two counts told up to a day ("by Friday morning", extract/deadlines.c) told up to two days or times, or is one
 * of them so told and the other, of another report, not (a final count, or one of another time)? A running count
 * grows: only two figures of one day and one time of day, in reports a few days apart at most, are one count. Within
 * one document a figure of no deadline is of the report's time, which the other joins' tests of its clause tell. */
static int other_deadlines(const fl_claim *c, const fl_claim *a)
{
    if (!c->deadline != !a->deadline)
        return c->doc != a->doc;
    if (!c->deadline)
        return 0;
    if ((c->deadline & 0xffffu) != (a->deadline & 0xffffu))
        return 1;
    int cm = (int)(c->deadline >> 16), am = (int)(a->deadline >> 16);
    if (cm && am && cm != am)
        return 1;
    return c->doc != a->doc && c->doc_date > 0 && a->doc_date > 0 && days_apart(c->doc_date, a->doc_date) > 3;
}

/* Is a day or time of an event found only from an event noun beside it ("a magnitude 4.6 tremor at 11:05
 * a.m.", "the 3:30 a.m. fire"), not from what its clause's subject did? Such a phrase may name another
 * occurrence of the class (an aftershock of the quake). */
static int noun_when(const fl_claim *c)
{
    return c->subject_how && strncmp(c->subject_how, "event noun ", 11) == 0;
}

/* Does one document give an event two days (or two clock times) that do not meet? Then the event lasts
 * longer than a day (a protest over several nights, a fire and its rekindling) or the class names several
 * events: its days are not one fact, and none of the group is compared. Two times whose own clauses say that
 * one thing did it ("The slope released shortly after 2 p.m." ... "the slope gave way at 11:20": one
 * governor) are one fact told twice, and are compared. When only one of the two is found from an event noun
 * beside it ("A strong earthquake struck at 3:17 a.m." ... "a magnitude 4.6 tremor at 11:05 a.m."), that one
 * is of another occurrence: it leaves the group (drop[i] set) and the rest is compared. A day of the event told
 * again by a definite noun of its verb ("At that meeting, held on 19 February": definite) is one fact with the
 * others, and is compared. g is in claim order. */
static int spans_several(const ref *g, size_t n, unsigned char *drop)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n && g[j].c->doc == g[i].c->doc; j++) {
            if (claims_overlap(g[i].c, g[j].c) ||
                (g[i].c->governor && g[i].c->governor == g[j].c->governor && g[i].c->sentence != g[j].c->sentence) ||
                (!is_clock(g[i].c) && (g[i].c->definite || g[j].c->definite)))
                continue;
            if (noun_when(g[i].c) == noun_when(g[j].c))
                return 1;
            drop[noun_when(g[i].c) ? i : j] = 1;
        }
    return 0;
}

/* A day whose year is not stated (year 0, its value of the year 2000) takes the year most days of its event
 * have; the group's refs then point at copies with that year, which the caller frees. NULL when every day
 * has its year. */
static fl_claim *date_years(ref *g, size_t n)
{
    int best = 0, best_n = 0, yearless = 0;
    for (size_t i = 0; i < n; i++) {
        yearless |= g[i].c->year == 0;
        int y = g[i].c->year, cnt = 0;
        for (size_t j = 0; j < n && y; j++)
            cnt += g[j].c->year == y;
        if (cnt > best_n) {
            best = y;
            best_n = cnt;
        }
    }
    if (!yearless || !best)
        return NULL;
    fl_claim *fixed = fl_xmalloc(n * sizeof(fl_claim));
    for (size_t i = 0; i < n; i++) {
        fixed[i] = *g[i].c;
        if (fixed[i].year == 0 && fixed[i].month) {
            double shift = (double)(fl_days_from_civil(best, fixed[i].month, fixed[i].day) -
                                    fl_days_from_civil(2000, fixed[i].month, fixed[i].day));
            fixed[i].value += shift;
            fixed[i].lo += shift;
            fixed[i].hi += shift;
        }
        g[i].c = &fixed[i];
    }
    return fixed;
}

/* One group of claims with the same key: the claim most others agree with is the anchor; every claim that
 * does not overlap it is reported. */
/* Is c an open running count ("Two people have been confirmed dead" in a live report) that its own document
 * raises further on ("five")? It was true when written; the later figure is the one to compare. */
static int raised_later(const ref *g, size_t n, const fl_claim *c)
{
    if (c->count_state != 1)
        return 0;
    for (size_t j = 0; j < n; j++)
        if (g[j].c->doc == c->doc && g[j].c->seq > c->seq && g[j].c->lo >= c->hi)
            return 1;
    return 0;
}

static int is_settled(const fl_claim *c, const fl_knowledge *k);

/* Does c stay what it is between a live page's entries: a settled fact of the event (is_settled: how many were
 * aboard), or a measure of a dimension no entry updates (a thing's width, a jackpot) stated as no open count of a
 * running family? The story's assessed amount (story_amount: the damage) is revised as the day goes on. */
static int entry_fixed(const fl_claim *c, const fl_knowledge *k)
{
    if (is_settled(c, k))
        return 1;
    return c->family >= 0 && !k->metrics[c->family].cumulative && !k->metrics[c->family].story_amount &&
           c->count_state == 0 && fl_frame_entry_dim(k, c->dim);
}

/* Drops from the group the figures of a live page whose entries give the count two values ("Nine people have
 * been rescued" at 16:10, "12" at 18:35): each was true at its time, and which one another report is to be
 * compared with is not known (a page may run newest first or last, and its summary may sit anywhere). A fixed
 * fact (entry_fixed: a vessel's length, how many were aboard, a jackpot's amount) does not change between entries
 * and stays. Returns the new size. */
static size_t moving_entries(ref *g, size_t n, const fl_knowledge *k)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int moved = 0;
        for (size_t j = 0; j < n && g[i].c->entry && !moved && !entry_fixed(g[i].c, k); j++)
            moved = g[j].c->doc == g[i].c->doc && g[j].c->entry != g[i].c->entry && !claims_overlap(g[i].c, g[j].c);
        if (!moved)
            g[m++] = g[i];
    }
    return m;
}

/* Are a and b, of one document, figures of two entries of a live page (or of one entry and of the page's text
 * outside its entries), either one a figure that entries update (not entry_fixed: a count, a running total)?
 * Each was true at its time: the pairwise test of moving_entries, for the figures of no stated period that
 * partial_join compares. */
static int other_entry_moving(const fl_claim *a, const fl_claim *b, const fl_knowledge *k)
{
    return a->entry != b->entry && ((a->entry && !entry_fixed(a, k)) || (b->entry && !entry_fixed(b, k)));
}

/* Most figures a key's agreement is counted pair by pair for (n^2 interval tests). */
enum { PAIRWISE_COUNT_MAX = 64 };

/* The figure the others of a group are judged against, and how many figures agree with it (itself included):
 * most agreement wins, counted pair by pair as the report judges them (across midnight for times; halves that
 * only touch disagree); on a tie, what was already published (--against) is the anchor, then the figure that
 * at least touches most others (of "3", "four" and "five" deaths, "four"). A bound ("more than 200 passengers")
 * agrees with figures that disagree with each other (212 and 248), so it is the anchor only when no stated
 * figure can be. A key with very many figures is counted on sorted ends only, where touching ends agree. */
static size_t choose_anchor(const ref *g, size_t n, const unsigned char *reference, size_t *agree)
{
    size_t *count = fl_xmalloc(n * sizeof(size_t)), *touch = fl_xmalloc(n * sizeof(size_t));
    overlap_counts(g, n, touch);
    if (is_clock(g[0].c) || n <= PAIRWISE_COUNT_MAX)
        for (size_t i = 0; i < n; i++) {
            count[i] = 0;
            for (size_t j = 0; j < n; j++)
                count[i] += (size_t)claims_overlap(g[i].c, g[j].c);
        }
    else
        memcpy(count, touch, n * sizeof(size_t));
    size_t anchor = 0;
    for (size_t i = 1; i < n; i++) {
        int ref_i = reference && reference[g[i].c->doc], ref_a = reference && reference[g[anchor].c->doc];
        int open_i = !isfinite(g[i].c->hi), open_a = !isfinite(g[anchor].c->hi);
        int tie = count[i] == count[anchor];
        if ((open_a && !open_i) || (open_a == open_i && (count[i] > count[anchor] || (tie && ref_i && !ref_a) ||
                                                         (tie && ref_i == ref_a && touch[i] > touch[anchor]))))
            anchor = i;
    }
    *agree = count[anchor];
    free(count);
    free(touch);
    return anchor;
}

/* Is c's item a time's in UTC ("UTC", "activity-start UTC"), the twin of a local time of its sentence? */
static int utc_item(const fl_claim *c)
{
    size_t n = strlen(c->item);
    return n >= 3 && strcmp(c->item + n - 3, "UTC") == 0;
}

/* A day or time of c's own report, in another sentence, that agrees with the anchor a of another report, where
 * c does not: the report gives its event two days or times ("on Tuesday" ... "Wednesday's explosion"), which the
 * finding shows beside the anchor; NULL when none. */
static const fl_claim *own_agreeing(const ref *g, size_t n, const fl_claim *c, const fl_claim *a)
{
    if (!is_when(c) || a->doc == c->doc)
        return NULL;
    for (size_t j = 0; j < n; j++)
        if (g[j].c != c && g[j].c->doc == c->doc && g[j].c->sentence != c->sentence && claims_overlap(g[j].c, a))
            return g[j].c;
    return NULL;
}

/* Is c, which does not meet the anchor a of its group g[0, n), reported against it: not of a's sentence, not a
 * time's twin in UTC, not an update, another day or reading time, a raised or risen figure of the group, a weekday
 * counted from a date the text does not state, nor a reference document's? */
static int judged_against(const ref *g, size_t n, const fl_claim *c, const fl_claim *a, const unsigned char *reference,
                          const fl_knowledge *k)
{
    /* two times each given both local and in UTC are compared once, local */
    if ((c->doc == a->doc && c->sentence == a->sentence) || (c->dual && a->dual && utc_item(c)))
        return 0;
    if (updated(c, a, k) || unordered(c, a, k) || other_days(c, a) || raised_later(g, n, c) || risen_from(c, a) ||
        entry_split(c, a, k) || other_reading_times(c, a, k) || other_deadlines(c, a) || other_told_days(c, a))
        return 0;
    /* a weekday or "yesterday" counted from a date the text does not state (configuration, --date) rests on
     * that date: it may agree with others or be outvoted, but it is not reported itself (a crawl's dates can
     * be days or months off) */
    if (strcmp(c->dim, "date") == 0 && c->period_how == 2 && c->date_source == FL_DATE_GIVEN)
        return 0;
    return !(reference && reference[c->doc]);
}

/* Is c's figure precise: an interval no wider than its rounding gives ("81.4%", not "About 81%": 72.9 to 89.1)? */
static int precise_figure(const fl_claim *c)
{
    return isfinite(c->lo) && isfinite(c->hi) && c->hi - c->lo <= PRECISE_WIDTH * fabs(c->value);
}

/* When the anchor of group g[0, n) is vague ("About 81%") and meets two precise figures that do not meet each
 * other ("81.4%", "78.4 per cent"), those two still cannot both be right: the precise figures the anchor met are
 * judged against the first of them that meets the most of the others, as the anchor's misses were. */
static void precise_against_vague(ref *g, size_t n, size_t anchor, const unsigned char *reference,
                                  const fl_knowledge *k, fl_sink *out)
{
    const fl_claim *a = g[anchor].c;
    size_t best = SIZE_MAX, most = 0;
    if (precise_figure(a) || is_when(a) || strcmp(a->dim, "date") == 0)
        return;
    for (size_t i = 0; i < n; i++) {
        if (i == anchor || !precise_figure(g[i].c) || !claims_overlap(g[i].c, a))
            continue;
        size_t meets = 0;
        for (size_t j = 0; j < n; j++)
            meets += claims_overlap(g[i].c, g[j].c);
        if (best == SIZE_MAX || meets > most)
            best = i, most = meets;
    }
    if (best == SIZE_MAX)
        return;
    const fl_claim *p = g[best].c;
    for (size_t i = 0; i < n; i++) {
        const fl_claim *c = g[i].c;
        if (i == anchor || i == best || !precise_figure(c) || !claims_overlap(c, a) || claims_overlap(c, p) ||
            !judged_against(g, n, c, p, reference, k))
            continue;
        report_conflict(c, p, own_agreeing(g, n, c, p), most, k, out);
    }
}

/* Length of an act's item without a qualifier in brackets after its noun ("rescue:angler (ice)" -> "rescue:angler"). */
static size_t act_item_len(const char *item)
{
    const char *q = strstr(item, " (");
    return q ? (size_t)(q - item) : strlen(item);
}

/* The act counts of every report that have a key base, sorted by document and key base once per run, so that a
 * claim finds its own report's other counts of its key base by a binary search (own_report_counts_anchor). */
typedef struct {
    const fl_claim **v;
    size_t n;
} own_counts;

static int cmp_doc_base(const fl_claim *a, const fl_claim *b)
{
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    return strcmp(a->key_base, b->key_base);
}

static int cmp_own_count(const void *x, const void *y)
{
    return cmp_doc_base(*(const fl_claim *const *)x, *(const fl_claim *const *)y);
}

static own_counts own_counts_index(const fl_claims *all, const fl_knowledge *k)
{
    own_counts ix = {fl_xmalloc((all->len + 1) * sizeof(const fl_claim *)), 0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *e = &all->items[i];
        if (e->family == k->act_family && e->key_base && !e->base)
            ix.v[ix.n++] = e;
    }
    qsort(ix.v, ix.n, sizeof(const fl_claim *), cmp_own_count);
    return ix;
}

/* Do e and c, of one report and key base, tell one period: the same month and part of it, and no two different
 * times within it ("on Saturday" and "On Sunday they rescued 27 ice skaters"); a figure with no time of its own
 * is of its report's. */
static int same_own_period(const fl_claim *e, const fl_claim *c)
{
    return e->year == c->year && e->month == c->month && e->day == c->day && e->part == c->part &&
           e->since == c->since && (!e->as_of || !c->as_of || e->as_of == c->as_of);
}

/* Does c's own report count its act and noun again in c's period, keyed apart from c's group g[0, n) by a qualifier
 * only, with the figure of the anchor a of another report ("Rescuers plucked 38 ice anglers ... Two anglers were
 * pulled from the water after falling through")? Then c counts another set than a does (a part of it), which its
 * report tells beside a's: no disagreement with a. A count of another day or time ("On Sunday they rescued 27 ice
 * skaters") tells nothing of c's, and a report's second figure in c's own group is a contradiction of its own:
 * both stay. */
static int own_report_counts_anchor(const own_counts *ix, const ref *g, size_t n, const fl_claim *c, const fl_claim *a,
                                    const fl_knowledge *k)
{
    if (!ix || a->doc == c->doc || c->family != k->act_family || !strchr(c->item, ':') || !c->key_base)
        return 0;
    size_t len = act_item_len(c->item), lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_doc_base(ix->v[mid], c) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < ix->n && cmp_doc_base(ix->v[i], c) == 0; i++) {
        const fl_claim *e = ix->v[i];
        if (e == c || act_item_len(e->item) != len || strncmp(e->item, c->item, len) != 0 || !same_own_period(e, c) ||
            !claims_overlap(e, a) || claims_overlap(e, c))
            continue;
        int grouped = 0;
        for (size_t j = 0; j < n && !grouped; j++)
            grouped = g[j].c == e;
        if (!grouped)
            return 1;
    }
    return 0;
}

static void judge_group(const own_counts *ix, ref *g, size_t n, const unsigned char *reference, const fl_knowledge *k,
                        fl_sink *out)
{
    n = moving_entries(g, n, k);
    if (n < 2)
        return;
    qsort(g, n, sizeof(ref), cmp_ref_order);
    fl_claim *fixed = strcmp(g[0].c->dim, "date") == 0 ? date_years(g, n) : NULL;
    unsigned char *drop = fl_xcalloc(n, 1);
    if (is_when(g[0].c) && spans_several(g, n, drop)) {
        free(drop);
        free(fixed);
        return;
    }
    size_t kept = 0; /* the days and times of other occurrences leave the group */
    for (size_t i = 0; i < n; i++)
        if (!drop[i])
            g[kept++] = g[i];
    free(drop);
    n = kept;
    size_t agree = 0, anchor = choose_anchor(g, n, reference, &agree);
    const fl_claim *a = g[anchor].c;
    for (size_t i = 0; i < n; i++) {
        const fl_claim *c = g[i].c;
        if (i == anchor || claims_overlap(c, a) || !judged_against(g, n, c, a, reference, k) ||
            own_report_counts_anchor(ix, g, n, c, a, k))
            continue;
        report_conflict(c, a, own_agreeing(g, n, c, a), agree, k, out);
    }
    precise_against_vague(g, n, anchor, reference, k, out);
    free(fixed);
}

/* May a claim take part in the corpus-wide join? Its period must not rest on an inferred document date. */
/* Is c a figure of its document's own topic (its key names the document or the story, "|@#")? */
static int is_topic(const fl_claim *c)
{
    size_t at;
    return c->key && fl_story_topic_file(c->key, &at);
}

/* Is c's key one the joins within a document take as its key? Not an undated report's figure of its own topic:
 * that key only lets the story join give it a dated report's period (story_key); within its document it is
 * compared as a figure of no known period is (partial_join, similar_join). */
static int within_keyed(const fl_claim *c)
{
    return c->key && !(c->period_how == 5 && is_topic(c));
}

static int corpus_wide(const fl_claim *c)
{
    return !(c->period_how == 2 && c->date_source == FL_DATE_INFERRED);
}

/* Is figure d, of a flow of an account (claim_model.reporting "flows"), of a stated year before the year of the
 * dated document of figure u, which states none? */
static int earlier_year(const fl_claim *d, const fl_claim *u, const fl_knowledge *k)
{
    return d->family >= 0 && k->metrics[d->family].reported && u->doc_date >= 10000 && d->year < u->doc_date / 10000;
}

/* Is figure d dated by its text relative to its document's date ("last year", "a year earlier") to a year before
 * that of the dated document of figure u, which states none? Then it is no figure of u's time. */
static int relative_earlier(const fl_claim *d, const fl_claim *u)
{
    return d->period_how == 2 && u->doc_date >= 10000 && d->year < u->doc_date / 10000;
}

/* Is figure d a base of comparison with no period of its own ("up 7.1% from £265.7 million") and figure u, of
 * its document, of a stated period in or after the year of that document's date? The base is of a time before
 * the figure it is compared with, so it is no figure of u's period ("revenue of £284.6 million for the year to
 * September 2026"). */
static int base_before(const fl_claim *d, const fl_claim *u)
{
    return d->base && !d->year && u->year && u->doc_date >= 10000 && u->year >= u->doc_date / 10000;
}

/* Do two figures' items allow them to be one measure: one of them has none, or both the same? A subgroup's item
 * ("(youth)": a rate of one group of the population) meets only the same subgroup's. */
static int items_match(const fl_claim *a, const fl_claim *b)
{
    if (a->item[0] == '(' || b->item[0] == '(')
        return strcmp(a->item, b->item) == 0;
    return !a->item[0] || !b->item[0] || strcmp(a->item, b->item) == 0;
}

/* The counted noun of an act's item ("work:rescuer" -> "rescuer"), the item itself when it names no act. */
static const char *act_noun(const fl_claim *c)
{
    const char *colon = strchr(c->item, ':');
    return colon ? colon + 1 : c->item;
}

/* Is b, a later count of a's group (one document, attribute, subject, modality) that a whole marker opens ("all
 * 60 rescuers involved in the operation"), the whole that a, the one other count of b's noun before it in the group
 * ([0, n)), counted by another act ("More than 90 rescuers ... worked in shifts")? It tells that count again. So does
 * a definite count that is its clause's subject (restated: "The 13 drones flew in pairs") when a is a key-figures
 * row of the noun ("- Drones: 11 thermal-imaging units"), the list's whole of it. */
static int whole_told_again(const ref *g, size_t n, const fl_claim *a, const fl_claim *b, const fl_knowledge *k)
{
    if (!(b->whole || (b->restated && a->row)) || a->family != k->act_family || !strchr(a->item, ':') ||
        !strchr(b->item, ':') || !act_noun(a)[0] || strcmp(act_noun(a), act_noun(b)) != 0)
        return 0;
    size_t before = 0;
    for (size_t i = 0; i < n && g[i].c != b; i++)
        before += strcmp(act_noun(g[i].c), act_noun(b)) == 0 && !g[i].c->base;
    return before == 1;
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

/* Does the sentence of claim g[x] state another figure of its group ([0, n)) that disagrees with it: a table
 * row of two columns ("| Net profit | €312m | €295m |"), "4,200 seats, 3,100 of them covered"? Then what
 * tells its figures apart (a column's heading, a scope) is not in the key, and neither is of the document's
 * time for certain. */
static int sentence_has_other(const ref *g, size_t n, size_t x)
{
    for (size_t i = 0; i < n; i++)
        if (i != x && !g[i].c->base && g[i].c->sentence == g[x].c->sentence && !claims_overlap(g[i].c, g[x].c))
            return 1;
    return 0;
}

/* Within one document, claims whose period or item is unknown are compared with the others of the same
 * family, parties, dimension and modality. The later one of a disagreeing pair is reported. */
static void partial_join(const fl_claims *all, const unsigned char *reference, const fl_knowledge *k, fl_sink *out)
{
    ref *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < all->len; i++) {
        /* days and times of events are compared only as a whole group (judge_group): see spans_several */
        if (!all->items[i].key_base || all->items[i].key_base[0] == '~' || is_when(&all->items[i]) ||
            is_weekday(&all->items[i]))
            continue; /* a figure no attribute keys ("~..."): similar_join */
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
            unsigned char twice[MAX_PARTIAL_GROUP]; /* sentence_has_other, for each of the group */
            for (size_t x = i; x < j; x++)
                twice[x - i] = (unsigned char)sentence_has_other(v + i, j - i, x - i);
            for (size_t b = i + 1; b < j; b++) {
                const fl_claim *cb = v[b].c;
                for (size_t a = i; a < b; a++) {
                    const fl_claim *ca = v[a].c;
                    /* the exact join compared them already, unless one of them joined only within the document */
                    int both_keyed = within_keyed(ca) && within_keyed(cb) && corpus_wide(ca) == corpus_wide(cb) &&
                                     (strcmp(ca->key, cb->key) == 0 || strcmp(ca->item, cb->item) == 0);
                    if (both_keyed)
                        continue; /* the exact join compares them (or their periods differ) */
                    if (ca->year && cb->year &&
                        (ca->year != cb->year || ca->month != cb->month || ca->part != cb->part))
                        continue;
                    /* a month of a year-less wire dateline and a period with a year but another month (a whole
                     * year: "killed 21 people in the country last year") are two periods */
                    if (!ca->year != !cb->year && ca->month != cb->month)
                        continue;
                    /* a flow of an account of no period is of the document's own time, not of a year before it:
                     * "E-bike revenue rose to £84.9m" is not last year's "(2024-25: £171.2m)"; a one-off amount
                     * keeps the year it was set in ("an original budget of £212 million" approved in 2019) */
                    if (!ca->year != !cb->year && (earlier_year(ca->year ? ca : cb, ca->year ? cb : ca, k) ||
                                                   relative_earlier(ca->year ? ca : cb, ca->year ? cb : ca)))
                        continue;
                    /* two figures without a period in one document are of the document's time; they are
                     * compared when one of them refers back to a figure given before ("the 52,000 recalled
                     * packages"), unless their clauses state other times of the day or of the report ("by
                     * Tuesday morning", "the revised figure"), one of them is a running count stated as having
                     * risen, or a sentence of theirs gives the measure twice (a table row's columns); a
                     * country's figures are compared as they were */
                    int whole = whole_told_again(v + i, j - i, ca, cb, k);
                    if (!ca->year && !cb->year && ca->src < 0 &&
                        ((!ca->definite && !cb->definite && !whole) || ca->as_of != cb->as_of || ca->count_state == 2 ||
                         cb->count_state == 2 || twice[a - i] || twice[b - i]))
                        continue;
                    /* a figure of no stated period is of the document's time: not of the time a base of
                     * comparison names ("up from 7.2 million tonnes in 2025", "236 euros a year earlier") */
                    if ((!ca->year && cb->base) || (!cb->year && ca->base) || base_before(ca, cb) ||
                        base_before(cb, ca))
                        continue;
                    /* nor of another time of day, report stage or part ("In the eastern region, ...") */
                    if ((!ca->year || !cb->year) && ca->as_of != cb->as_of)
                        continue;
                    /* nor of another entry of a live page when either is a figure entries update (moving_entries),
                     * nor a count told up to a day and one told up to another or to none */
                    if (other_entry_moving(ca, cb, k) || other_deadlines(ca, cb))
                        continue;
                    /* a time with a zone and one without are not compared: the zone of the other is not known */
                    if ((!items_match(ca, cb) && !whole) || (is_clock(ca) && strcmp(ca->item, cb->item) != 0) ||
                        claims_overlap(ca, cb) || ca->sentence == cb->sentence)
                        continue;
                    if (!(reference && reference[cb->doc]))
                        report_conflict(cb, ca, NULL, 1, k, out);
                    break;
                }
            }
        }
        i = j;
    }
    free(v);
}

enum { WIRE_DAYS = 3 };

/* How many days after its event a dated report that states the event's day may be published for that day to date
 * a wire's dateline by it (own_event_near): a follow-up of the week, or a feature of the month. */
enum { NEWS_DAYS = 31 };

/* Is c an event's figure dated by a wire dateline's month, its year not known (key "...|?-08")? */
static int wire_dated(const fl_claim *c)
{
    return c->key && c->period_how == 4 && c->year == 0 && c->month && !c->day && !c->part && !c->since;
}

/* The key of an event's figure dated by its document's month without its year: "...|item|2024-08" and
 * "...|item|?-08" are both "...|item|-08". 0 when c is no such figure. */
static int key_without_year(const fl_claim *c, fl_buf *b)
{
    /* a clock time's key holds only its month, whatever day its sentence states */
    int clock_month = is_clock(c) && c->month && (c->period_how == 4 || c->year);
    if (!c->key || (c->period_how != 4 && !clock_month) || !c->month || (c->day && !clock_month) || c->part ||
        c->since || c->doc_date <= 0)
        return 0;
    const char *bar = strrchr(c->key, '|'), *dash = bar ? strchr(bar, '-') : NULL;
    if (!dash)
        return 0;
    b->len = 0;
    fl_buf_put(b, c->key, (size_t)(bar + 1 - c->key));
    fl_buf_puts(b, dash);
    return 1;
}

/* Days between two documents' dates by month and day (yyyymmdd or a wire dateline's mmdd). */
static long days_apart(int a, int b)
{
    int y = a >= 10000 ? a / 10000 : b >= 10000 ? b / 10000 : 2001;
    long x = fl_days_from_civil(y, a / 100 % 100, a % 100), z = fl_days_from_civil(y, b / 100 % 100, b % 100);
    return x > z ? x - z : z - x;
}

/* The first dated figure (a year known) and the first wire-dated one (no year) of each key without its year. */
static void wire_anchors(const fl_claims *all, fl_map *dated, fl_map *wire)
{
    fl_buf b = {0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!key_without_year(c, &b))
            continue;
        fl_map *m = wire_dated(c) ? wire : c->doc_date >= 10000 && corpus_wide(c) ? dated : NULL;
        if (m && fl_map_get(m, b.ptr, b.len) < 0)
            fl_map_put(m, b.ptr, b.len, (int)i);
    }
    fl_buf_free(&b);
}

/* The day a clock time of an event is stated to be on, as a document date (yyyymmdd). */
static int on_day(const fl_claim *c)
{
    return c->year * 10000 + c->month * 100 + c->day;
}

/* Is o, a dated report's figure of its own event, of the days of wire-dated figure c: its document states the day
 * of that event (fl_story_mark_events: "on Saturday" in a report of Thursday 18 June is 13 June) within WIRE_DAYS
 * of c's dateline? The report's date and the event's day are of one event, so a follow-up published five days later
 * that tells what happened that day gives the dateline its year. */
static int own_event_near(const fl_claim *c, const fl_claim *o)
{
    if (!o->event_day || !o->subject_event || o->doc_event <= 0 || o->doc_date < 10000)
        return 0;
    /* the event the report is news of: on or before its date, within a month of it (not an earlier one of its
     * class that the report recalls, "a crash on the same bend in June 2019") */
    long ev = fl_days_from_civil(o->event_day / 10000, o->event_day / 100 % 100, o->event_day % 100);
    long at = fl_days_from_civil(o->doc_date / 10000, o->doc_date / 100 % 100, o->doc_date % 100);
    return ev <= at && at - ev <= NEWS_DAYS && days_apart(c->doc_date, o->event_day) <= WIRE_DAYS;
}

/* Is c a figure that stays what it was as its story goes on (no running count, not stated as open or risen, no
 * live page's entry, no clock time of one of its days), so that reports of one story in one month give it
 * alike whatever days apart they are? */
static int month_fact(const fl_claim *c, const fl_knowledge *k)
{
    return c->family >= 0 && !k->metrics[c->family].cumulative && c->count_state == 0 && !c->entry && !is_clock(c);
}

/* The join key of a figure dated by a wire dateline without a year: the key of a dated report of the same event
 * whose date, or the day its clock time is stated to be on (a follow-up of five days later: "on Saturday"), is
 * within WIRE_DAYS days by month and day (a year-less date takes its year), or, for a fact that stays what it was
 * (month_fact), of a dated report of its story (story: fl_story_docs, or NULL) in the same month whatever the
 * days between; else its own key (with the other year-less reports) when it is within WIRE_DAYS days of the first
 * wire-dated report; else NULL (compared only within its document). */
static const char *wire_key(const fl_claims *all, const fl_claim *c, const fl_map *dated, const fl_map *wire,
                            const size_t *story, const fl_knowledge *k)
{
    fl_buf b = {0};
    const char *key = NULL;
    if (key_without_year(c, &b)) {
        int d = fl_map_get(dated, b.ptr, b.len), w = fl_map_get(wire, b.ptr, b.len);
        const fl_claim *o = d >= 0 ? &all->items[d] : NULL;
        if (o && (days_apart(c->doc_date, o->doc_date) <= WIRE_DAYS ||
                  (is_clock(o) && o->day && o->year && days_apart(c->doc_date, on_day(o)) <= WIRE_DAYS) ||
                  own_event_near(c, o)))
            key = o->key;
        else if (o && story && story[c->doc] == story[o->doc] && month_fact(c, k) && month_fact(o, k))
            key = o->key;
        else if (w >= 0 && days_apart(c->doc_date, all->items[w].doc_date) <= WIRE_DAYS)
            key = c->key;
    }
    fl_buf_free(&b);
    return key;
}

/* What the dated reports of one event's figure say about its period, for the undated reports of it: the key
 * of the first dated one, and whether they all have that key (one month) and one document date. */
typedef struct {
    const char *key;
    int doc_date;      /* mmdd */
    int other_key;     /* a dated report of another month */
    int other_date;    /* a dated report of another day */
    uint64_t names[2]; /* the names of the dated reports' documents, together */
    size_t story;      /* the story of the first dated report (fl_story_docs) */
    int other_story;   /* a dated report of another story */
    double lo, hi;     /* the first dated report's figure */
    int moved;         /* a dated report gives another figure, or one stated as open or as having risen */
} story_anchor;

/* The key of an undated report's figure ("...|item|story") without its period: "...|item|". */
static void key_without_period(const char *key, fl_buf *b)
{
    const char *bar = strrchr(key, '|');
    b->len = 0;
    fl_buf_put(b, key, bar ? (size_t)(bar + 1 - key) : strlen(key));
}

static void story_anchors(const fl_claims *all, const char *const *keys, const size_t *story, fl_map *index,
                          story_anchor **out, size_t *n)
{
    fl_buf b = {0};
    size_t cap = 0;
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!keys[i] || !(c->subject_event || is_topic(c)) || (c->day && !is_clock(c)) || c->part || c->since ||
            (c->period_how != 4 && !(is_clock(c) && c->year)))
            continue;
        key_without_period(keys[i], &b);
        int at = fl_map_get(index, b.ptr, b.len), mmdd = c->doc_date % 10000;
        if (at < 0) {
            FL_GROW(*out, cap, *n + 1);
            (*out)[*n] = (story_anchor){keys[i],
                                        mmdd,
                                        0,
                                        0,
                                        {c->names[0], c->names[1]},
                                        story ? story[c->doc] : 0,
                                        0,
                                        c->lo,
                                        c->hi,
                                        c->count_state != 0};
            fl_map_put(index, b.ptr, b.len, (int)(*n)++);
            continue;
        }
        story_anchor *s = &(*out)[at];
        s->other_key |= strcmp(s->key, keys[i]) != 0;
        s->other_date |= s->doc_date != mmdd;
        s->other_story |= story && story[c->doc] != s->story;
        s->moved |= c->count_state != 0 || c->hi < s->lo || c->lo > s->hi;
        s->names[0] |= c->names[0];
        s->names[1] |= c->names[1];
    }
    fl_buf_free(&b);
}

/* How many of their most used names an undated report shares with the dated reports of its directory for its
 * clock time of their event to be compared: as for a day's weekday, fewer than for a figure, since a time is
 * of one event of its class and milestone (its keys name both) and short reports name few things often. */
enum { CLOCK_NAMES = 2 };

/* The join key of an undated report's figure of an event: the key of the dated reports of the event (same
 * event class, directory, attribute) when their documents share names with its own or all are of its story
 * (fl_story_docs; not another fire in the same directory) and they are of one month (and, for a running count, of one
 * day: a toll reported on two days may have grown in between, and which day the undated report is of is not known;
 * unless the reports of the other days give it the same figure, none as open or risen: a settled count);
 * NULL (compared only within its document) otherwise, also when no report of the event is dated. */
static const char *story_key(const fl_claim *c, const fl_map *index, const story_anchor *anchors, const size_t *story,
                             const fl_knowledge *k, fl_buf *scratch)
{
    key_without_period(c->key, scratch);
    int at = fl_map_get(index, scratch->ptr, scratch->len);
    if (at < 0)
        return NULL;
    const story_anchor *s = &anchors[at];
    int running = c->family >= 0 && k->metrics[c->family].cumulative;
    int shared = is_clock(c) ? fl_story_names_common(c->names, s->names) >= CLOCK_NAMES
                             : fl_story_names_shared(c->names, s->names);
    /* a topic's figures are keyed by their story already (fl_story_topic_keys) */
    int one_story = is_topic(c) || (story && !s->other_story && story[c->doc] == s->story);
    if (s->other_key || (running && s->other_date && s->moved) || !(one_story || shared))
        return NULL;
    return s->key;
}

/* ---- settled facts of undated reports ---- */

/* Is c's attribute a settled fact of its event (a height, how many were aboard: claim_model "settled" and
 * "settled_acts"), which undated reports of one story may compare with each other? A running count never is. */
static int is_settled(const fl_claim *c, const fl_knowledge *k)
{
    if (c->family < 0 || k->metrics[c->family].cumulative)
        return 0;
    if (k->metrics[c->family].settled || fl_frame_story_measure(c, k))
        return 1;
    const char *colon = c->item ? strchr(c->item, ':') : NULL;
    /* a stock ("stock:kennel", predicates.light: "Its 150 kennels") is what its holder has, not what happened */
    if (colon && c->family == k->act_family &&
        fl_phrases_word(&k->light_preds, c->item, (size_t)(colon - c->item)) >= 0)
        return 1;
    for (size_t i = 0; colon && c->family == k->act_family && i < k->nsettled_acts; i++)
        if (strlen(k->settled_acts[i]) == (size_t)(colon - c->item) &&
            memcmp(k->settled_acts[i], c->item, (size_t)(colon - c->item)) == 0)
            return 1;
    return 0;
}

/* Is c a fact of its story that undated reports of one story may compare with each other: a settled one
 * (is_settled), or a figure of the event or of a thing of the story (not of a document's own topic) of a family that
 * is no running count (not cumulative), its clause not stating it as open ("so far"), and no act's count of a live
 * page's entry ("seven walkers have now been rescued" at 11:40 was true at its time)? No report being dated, all
 * are of the story's one time, as dated reports of one month are: a dhow's length, the rescuers who took part. */
static int undated_story_fact(const fl_claim *c, const fl_knowledge *k)
{
    if (is_settled(c, k))
        return 1;
    return !is_topic(c) && c->family >= 0 && (c->family != k->act_family || !c->entry) &&
           !k->metrics[c->family].cumulative && c->count_state == 0;
}

/* The story keys of one key's claims, a list from all->items[first] along next (see settled_keys); jk[i]: the key
 * claim i is grouped by (its key, or its story measure's: fl_frame_join_key). */
static void key_stories(const fl_claims *all, size_t first, const size_t *next, const fl_knowledge *k, char *const *jk,
                        char **keys)
{
    size_t n, *at;
    const fl_claim **cs;
    size_t *up = fl_story_of_list(all, first, next, k, &n, &at, &cs);
    for (size_t j = 0; j < n; j++) {
        fl_buf kb = {0};
        fl_buf_printf(&kb, "~%zu|%s", at[up[j]], jk[at[j]] ? jk[at[j]] : cs[j]->key);
        keys[at[j]] = fl_buf_take(&kb);
    }
    free(up);
    free(at);
    free(cs);
}

/* Gives each undated report's settled fact that no dated report anchors (story_key: NULL) the join key of its
 * story among the claims of its key (fl_story_of_claims): "~N|" and its key, N the story's first claim. Claims of one
 * key meet in one reducer, so every split of the documents gives them the same stories. keys[i]: a new string or
 * NULL. */
static void settled_keys(const fl_claims *all, const fl_map *index, const story_anchor *anchors, const size_t *story,
                         const fl_knowledge *k, char **keys)
{
    fl_map by_key;
    fl_map_init(&by_key, 0);
    size_t *next = fl_xmalloc((all->len ? all->len : 1) * sizeof *next), *last = NULL, nkeys = 0, cap = 0;
    size_t *head = NULL;
    fl_buf b = {0};
    /* a measure of the story's event is grouped whatever event class or none its report names */
    char **jk = fl_xcalloc(all->len ? all->len : 1, sizeof *jk);
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        next[i] = SIZE_MAX;
        if (!c->key || c->period_how != 5 || !undated_story_fact(c, k) || c->part || c->since ||
            story_key(c, index, anchors, story, k, &b))
            continue;
        jk[i] = fl_frame_join_key(c, k);
        const char *key = jk[i] ? jk[i] : c->key;
        int g = fl_map_get(&by_key, key, strlen(key));
        if (g < 0) {
            FL_GROW(head, cap, nkeys + 1);
            last = fl_xrealloc(last, cap * sizeof *last);
            head[nkeys] = last[nkeys] = i;
            fl_map_put(&by_key, key, strlen(key), g = (int)nkeys++);
        } else
            last[g] = next[last[g]] = i;
    }
    for (size_t g = 0; g < nkeys; g++)
        key_stories(all, head[g], next, k, jk, keys);
    for (size_t i = 0; i < all->len; i++)
        free(jk[i]);
    free(jk);
    fl_buf_free(&b);
    fl_map_free(&by_key);
    free(next);
    free(last);
    free(head);
}

/* ---- weekdays of days ---- */

/* How many of their most used names two documents of one directory share to be reports of one story, for a
 * day they give: fewer than for an event's figures (fl_story_names_shared), since one day given two weekdays
 * is wrong in one of them whatever the event, and short reports name few things often. */
enum { WEEKDAY_NAMES = 2 };

static const char *const weekday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

/* The length of the directory part of a path ("cluster/a.txt" -> 7), 0 for none. */
static size_t dir_len(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) : 0;
}

/* A weekday of a day of no stated year in an undated report, against the year of the first dated report in
 * its directory when they share names (one story): "Thursday, November 18" when the story's other reports
 * are of 2026, a Wednesday. years maps a directory to the index of a claim of its first dated report. */
/* How many days from a dated report's date a day of no stated year may be, and how many names the two reports share,
 * for the day to be taken as of the dated report's year when they share too few names to be one story: a tabloid
 * names the place once ("yesterday (Wednesday, January 22)" beside a report dated 21 January 2026). */
enum { NEAR_DATED_DAYS = 31, NEAR_DATED_NAMES = 1 };

/* Is day c (no year stated) within NEAR_DATED_DAYS of the date of dated report d's claim in its year, their reports
 * sharing a name? */
static int near_dated(const fl_claim *c, const fl_claim *d)
{
    int y = d->doc_date / 10000, m = d->doc_date / 100 % 100, dd = d->doc_date % 100;
    long apart = fl_days_from_civil(y, c->month, c->day) - fl_days_from_civil(y, m, dd);
    return apart > -NEAR_DATED_DAYS && apart < NEAR_DATED_DAYS &&
           fl_story_names_common(c->names, d->names) >= NEAR_DATED_NAMES;
}

/* Does a report of the story give day c's month and day with a stated year in which it falls on c's weekday
 * ("Sunday, April 13, 2025" in the wire beside the tabloid's "Sunday, April 13")? The story tells of that year's
 * day, not of the dated reports' year. v: the weekday claims of c's key (its directory and month-day). */
static int weekday_of_stated_year(const ref *v, size_t n, const fl_claim *c)
{
    for (size_t x = 0; x < n; x++)
        if (v[x].c->year && v[x].c->month && fl_weekday(v[x].c->year, c->month, c->day) == (int)c->value &&
            fl_story_names_common(c->names, v[x].c->names) >= WEEKDAY_NAMES)
            return 1;
    return 0;
}

/* Where the day of a weekday given with no year takes its year from: the first dated report of each directory
 * (years), the first of them that gives a weekday (wyears), and the days reports state with their year (days, n:
 * stated_year). */
typedef struct {
    const fl_map *years, *wyears;
    const ref *days;
    size_t ndays;
} year_maps;

/* Is c a day its report states with its year and no weekday ("on 10 February 2026": fl_claims_stated_days)? */
static int is_stated_day(const fl_claim *c)
{
    return c->value < 0 && c->year && c->month;
}

/* The year of weekday c's day (no year stated) that the same day of the month stated with its year gives, in c's
 * report or in one of its directory sharing a name with it (NEAR_DATED_NAMES, as near_dated asks): "on 10 February
 * 2026" beside "on Wednesday 10 February". 0 when none, or when they give two years (a day of another occurrence:
 * "our first concert there, on 16 May 2012"). Days near it are not taken: in a folder of unrelated articles, names
 * shared by chance would give it the days of other years, and in its own report the per-document check compares
 * them (check/numcheck.c). */
static int stated_year(const fl_claim *c, const year_maps *m)
{
    int year = 0;
    for (size_t x = 0; x < m->ndays; x++) {
        const fl_claim *d = m->days[x].c;
        if (d->month != c->month || d->day != c->day || dir_len(d->file) != dir_len(c->file) ||
            strncmp(d->file, c->file, dir_len(c->file)) != 0 ||
            (d->doc != c->doc && fl_story_names_common(c->names, d->names) < NEAR_DATED_NAMES))
            continue;
        if (year && year != d->year)
            return 0;
        year = d->year;
    }
    return year;
}

/* Reports c's weekday when it is not its day's in year at, which why tells the source of. */
static void report_year_weekday(const fl_claim *c, int at, const char *why, fl_sink *out)
{
    int real = fl_weekday(at, c->month, c->day);
    if (real == (int)c->value || real < 0 || real > 6)
        return;
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%04d-%02d-%02d was a %s, not a %s (%s)", at, c->month, c->day, weekday_names[real],
                  weekday_names[(int)c->value], why);
    fl_diag *d = fl_sink_push(out, FL_RULE_DATE_INCONSISTENCY, fl_rule_table[FL_RULE_DATE_INCONSISTENCY].level, c->file,
                              c->start, c->end, fl_buf_take(&msg));
    d->text_hash = fl_hash_text(c->text, strlen(c->text));
}

static void weekday_year(const fl_claims *all, const ref *v, size_t n, const fl_claim *c, const year_maps *m,
                         fl_sink *out)
{
    if (c->year || c->doc_date >= 10000 || c->period_how == 2 || weekday_of_stated_year(v, n, c))
        return; /* a year stated, or one counted from an undated report's own date ("April 13 last year") */
    int stated = stated_year(c, m);
    if (stated) {
        report_year_weekday(c, stated, "the year a report of the story gives this day", out);
        return;
    }
    const fl_map *years = m->years, *wyears = m->wyears;
    int i = fl_map_get(years, c->file, dir_len(c->file));
    if (i >= 0 && fl_story_names_common(c->names, all->items[i].names) < WEEKDAY_NAMES) {
        /* else a dated report near it that gives a weekday too (its claim is routed with c's) */
        i = fl_map_get(wyears, c->file, dir_len(c->file));
        i = i >= 0 && near_dated(c, &all->items[i]) ? i : -1;
    }
    if (i >= 0) /* else no dated report, or one of another story that shares the directory */
        report_year_weekday(c, all->items[i].doc_date / 10000, "the year of the dated reports beside it", out);
}

static int cmp_key_order(const void *pa, const void *pb)
{
    const ref *a = pa, *b = pb;
    int s = strcmp(a->c->key, b->c->key);
    return s ? s : a->index < b->index ? -1 : a->index > b->index;
}

/* Is c the weekday of an event's day ("weekday-of|..."), not of a day stated with its date? */
static int is_event_weekday(const fl_claim *c)
{
    return strncmp(c->key, "weekday-of|", 11) == 0;
}

/* Does one report give an event two weekdays (an event of several days: a storm of Saturday and Sunday), or do
 * two reports give it two dates (which day is meant is not settled, or the reports are of two occurrences years
 * apart: a weekday alone has no year to tell them apart)? */
static int several_days(const ref *v, size_t n)
{
    for (size_t x = 0; x < n; x++)
        for (size_t y = 0; y < x; y++) {
            const fl_claim *a = v[x].c, *b = v[y].c;
            if ((a->doc == b->doc && a->value != b->value) ||
                (a->month && b->month && (a->year != b->year || a->month != b->month || a->day != b->day)))
                return 1;
        }
    return 0;
}

/* How many documents give a's weekday (a weekday alone, of no year, is reported against the weekday of two
 * reports or more, never against one report's: its event may have been another's, its day another year's)? */
static size_t docs_giving(const ref *v, size_t n, const fl_claim *a)
{
    size_t docs = 0;
    for (size_t x = 0; x < n; x++) {
        size_t y = 0;
        while (y < x && !(v[y].c->doc == v[x].c->doc && v[y].c->value == a->value))
            y++;
        docs += v[x].c->value == a->value && y == x;
    }
    return docs;
}

/* Reports c's weekday against the anchor a's, which agree statements give. */
static void report_weekday(const fl_claim *c, const fl_claim *a, size_t agree, fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%s: the day is given as a %s here and as a %s elsewhere", c->text,
                  weekday_names[(int)c->value], weekday_names[(int)a->value]);
    if (agree > 1)
        fl_buf_printf(&msg, " (%zu statements agree with it)", agree);
    push_pair(out, FL_RULE_DATE_INCONSISTENCY, c, a, &msg);
}

/* Days apart within which one weekday cannot fall twice: "Saturday, April 25" and "Saturday, April 26" in two
 * reports of one story cannot both be right, whatever the year. */
enum { WEEK_DAYS = 7 };

/* The days from a's month-day to b's in a year of no leap day (a day of no stated year), or in their year. */
static long month_days_apart(const fl_claim *a, const fl_claim *b)
{
    int y = a->year ? a->year : 2001;
    return fl_days_from_civil(y, b->month, b->day) - fl_days_from_civil(y, a->month, a->day);
}

/* Does statement a come before b in the order of files and lines (whatever order a reducer holds them in)? */
static int first_told(const fl_claim *a, const fl_claim *b)
{
    int s = strcmp(a->file, b->file);
    return s                                ? s < 0
           : a->start.line != b->start.line ? a->start.line < b->start.line
                                            : a->start.col[FL_COL_BYTE] < b->start.col[FL_COL_BYTE];
}

/* Reports the days of v[0, n) (sorted by key: directory, then month-day) that give one weekday to two days less
 * than a week apart, of one year or of none stated, in two reports of one story (their directory, and names
 * shared): the day more statements give (the first told on a tie) is the anchor. Only weekday claims are read, and
 * they are routed by directory: every reducer finds the same. */
static void weekday_twice(const ref *v, size_t n, const unsigned char *reference, fl_sink *out)
{
    unsigned char *told = fl_xcalloc(n ? n : 1, 1);
    for (size_t x = 0; x < n; x++)
        for (size_t y = x + 1; y < n; y++) {
            const fl_claim *a = v[x].c, *b = v[y].c;
            if (is_event_weekday(a) || is_event_weekday(b) || !a->month || !b->month)
                continue;
            if (dir_len(a->file) != dir_len(b->file) || strncmp(a->file, b->file, dir_len(a->file)) != 0)
                break; /* the next directory */
            long apart = month_days_apart(a, b);
            if (a->value != b->value || a->doc == b->doc || a->year != b->year || apart <= 0 || apart >= WEEK_DAYS ||
                fl_story_names_common(a->names, b->names) < WEEKDAY_NAMES)
                continue;
            size_t na = 0, nb = 0, ai = x, bi = y;
            for (size_t z = 0; z < n; z++) {
                const fl_claim *o = v[z].c;
                if (is_event_weekday(o) || o->value != a->value || dir_len(o->file) != dir_len(a->file) ||
                    strncmp(o->file, a->file, dir_len(a->file)) != 0)
                    continue;
                int on_a = o->month == a->month && o->day == a->day, on_b = o->month == b->month && o->day == b->day;
                na += (size_t)on_a;
                nb += (size_t)on_b;
                ai = on_a && first_told(o, v[ai].c) ? z : ai;
                bi = on_b && first_told(o, v[bi].c) ? z : bi;
            }
            /* the day fewer statements give is reported; on a tie, the one whose first statement comes later */
            int b_wins = nb > na || (nb == na && first_told(v[bi].c, v[ai].c));
            size_t ci = b_wins ? ai : bi;
            const fl_claim *c = v[ci].c, *anchor = b_wins ? v[bi].c : v[ai].c;
            if (told[ci] || (reference && reference[c->doc]))
                continue;
            told[ci] = 1;
            fl_buf msg = {0};
            fl_buf_printf(&msg,
                          "the %s is the %02d-%02d here and the %02d-%02d elsewhere: one weekday does not fall on two "
                          "days %ld apart",
                          weekday_names[(int)c->value], c->month, c->day, anchor->month, anchor->day, apart);
            push_pair(out, FL_RULE_DATE_INCONSISTENCY, c, anchor, &msg);
        }
    free(told);
}

/* The weekdays reports give one day (key: directory and month-day): those of the same year, or of no stated year,
 * must agree; the weekday most of them give is the anchor (the first such statement), and each other one is
 * reported. A day of an undated report is also checked against its story's year, and one weekday given two days of
 * one week in two reports of one story is reported (weekday_twice). */
static void weekday_join(const fl_claims *all, const unsigned char *reference, fl_sink *out)
{
    fl_map years;
    fl_map_init(&years, 0);
    ref *v = NULL;
    size_t n = 0, cap = 0;
    fl_map wyears; /* the first dated report's weekday claim of each directory, which meets c in any reducer */
    fl_map_init(&wyears, 0);
    ref *days = NULL;
    size_t ndays = 0, dcap = 0;
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (c->doc_date >= 10000 && fl_map_get(&years, c->file, dir_len(c->file)) < 0)
            fl_map_put(&years, c->file, dir_len(c->file), (int)i);
        if (c->doc_date >= 10000 && c->key && is_weekday(c) && !is_event_weekday(c) &&
            fl_map_get(&wyears, c->file, dir_len(c->file)) < 0)
            fl_map_put(&wyears, c->file, dir_len(c->file), (int)i);
        if (c->key && is_weekday(c) && is_stated_day(c)) {
            FL_GROW(days, dcap, ndays + 1);
            days[ndays++] = (ref){c, i};
        }
        if (c->key && is_weekday(c) && c->value >= 0 && c->value <= 6) {
            FL_GROW(v, cap, n + 1);
            v[n++] = (ref){c, i};
        }
    }
    if (n > 1)
        qsort(v, n, sizeof(ref), cmp_key_order);
    const year_maps maps = {&years, &wyears, days, ndays};
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].c->key, v[i].c->key) == 0)
            j++;
        size_t count[7] = {0}, first[7];
        for (size_t x = j; x-- > i;) {
            count[(int)v[x].c->value]++;
            first[(int)v[x].c->value] = x;
        }
        int best = (int)v[i].c->value;
        for (int w = 0; w < 7; w++)
            if (count[w] > count[best] || (count[w] == count[best] && count[w] && first[w] < first[best]))
                best = w;
        const fl_claim *a = v[first[best]].c;
        for (size_t x = i; x < j; x++) {
            const fl_claim *c = v[x].c;
            if (reference && reference[c->doc])
                continue;
            int of_event = is_event_weekday(c);
            if (!of_event)
                weekday_year(all, v + i, j - i, c, &maps, out);
            /* two reports of one story: documents of one directory that share names (a folder of unrelated
             * articles may give one day of two years); two weekdays of one day in one report are the per-document
             * check's (check/numcheck.c), against the calendar or each other. An event's weekday is reported only
             * where the report gives no date (full days are compared as days), and not of an event of several days */
            if (c->value != a->value && !(a->year && c->year && a->year != c->year) && c->doc != a->doc &&
                fl_story_names_common(c->names, a->names) >= WEEKDAY_NAMES &&
                (!of_event || (!c->month && !several_days(v + i, j - i) && docs_giving(v + i, j - i, a) > 1)))
                report_weekday(c, a, count[best], out);
        }
        i = j;
    }
    weekday_twice(v, n, reference, out);
    free(v);
    free(days);
    fl_map_free(&wyears);
    fl_map_free(&years);
}

/* ---- figures no attribute keys: compared by the words of their clauses ---- */

/* How many words two clauses must share (the counted noun one of them) and how many times
 * apart their figures may be for two figures no attribute keys to be taken as the same measure of the same
 * thing; the largest group compared pair by pair. */
enum { SIM_MIN_SHARED = 2, SIM_MAX_RATIO = 2, MAX_SIMILAR_GROUP = 400 };

/* How many content words the clauses of two clock times no event claims must share, and the most such times
 * compared pair by pair. */
enum { OPEN_TIME_SHARED = 2, MAX_OPEN_TIMES = 4000 };

static int popcount64(uint64_t x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

/* A figure similar_join compares, with its group: document, unit, counted noun (an act's or a stock's item
 * without its verb: "guide:pupil" counts pupils) and modality. */
typedef struct {
    const fl_claim *c;
    size_t index;
    char *group;
} simref;

/* The counted noun of a figure's item: the item without its act's verb ("guide:pupil" counts pupils). */
static const char *counted_noun(const fl_claim *c)
{
    const char *colon = strrchr(c->item, ':');
    return colon ? colon + 1 : c->item;
}

/* The noun the similar joins compare a figure by: its counted noun; of a measure no noun counts, the noun it
 * measures, which its key base "~unit|modality|noun" ends with (extract/claims.c similar_marks: "a 38%
 * premium"); "" none. */
static const char *similar_noun(const fl_claim *c)
{
    if (c->item[0])
        return counted_noun(c);
    const char *bar = c->key_base && c->key_base[0] == '~' ? strrchr(c->key_base, '|') : NULL;
    return bar ? bar + 1 : "";
}

/* The class of the noun a figure counts (rules/predicates.json "item_classes": a boat is a vessel), as a keyed
 * figure's item has it already ("present:vessel"), so that a figure no attribute keys meets a keyed one. */
static const char *counted_class(const fl_claim *c, const fl_knowledge *k)
{
    const char *noun = similar_noun(c);
    int ic = fl_phrases_word(&k->item_class_of, noun, strlen(noun));
    return ic >= 0 ? k->item_classes[ic] : noun;
}

static char *similar_group(const fl_claim *c, const fl_knowledge *k)
{
    fl_buf b = {0};
    fl_buf_printf(&b, "%u|%s|%s|%d", (unsigned)c->doc, c->dim, counted_class(c, k), c->modality);
    return fl_buf_take(&b);
}

static int cmp_similar(const void *pa, const void *pb)
{
    const simref *a = pa, *b = pb;
    int s = strcmp(a->group, b->group);
    if (s)
        return s;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Do the content words of the clauses of a and b meet: min_common at least, and a part-th of the smaller clause's
 * words? */
static int content_words_meet(const fl_claim *a, const fl_claim *b, int min_common, int part)
{
    int common = popcount64(a->sim[0] & b->sim[0]);
    int na = popcount64(a->sim[0]), nb = popcount64(b->sim[0]);
    return common >= min_common && part * common >= (na < nb ? na : nb);
}

/* Do the clauses of a and b name the same others (or none), and do their content words meet (content_words_meet)? */
static int clause_words_meet(const fl_claim *a, const fl_claim *b, int min_common, int part)
{
    if ((a->sim[1] || b->sim[1]) && !(a->sim[1] & b->sim[1]))
        return 0;
    return content_words_meet(a, b, min_common, part);
}

/* clause_words_meet for two figures, which must also stand no more than SIM_MAX_RATIO apart (two statements of
 * one quantity that disagree are a discrepancy, not another order of magnitude: figures further apart with the
 * same noun count different things, "1,900 animals", "38 born"). */
static int words_meet(const fl_claim *a, const fl_claim *b, int min_common, int part)
{
    if ((a->part_whole | b->part_whole) == 3)
        return 0; /* a whole ("in total") and a part ("head office, which employs"): two things */
    double lo = fmin(fabs(a->value), fabs(b->value)), hi = fmax(fabs(a->value), fabs(b->value));
    return lo > 0 && hi <= SIM_MAX_RATIO * lo && clause_words_meet(a, b, min_common, part);
}

/* The year and month a figure states, 0 0 when it is of its document's (or story's, or report's) time: a keyed
 * figure of no stated period takes the document's date (claims.h period_how 4 to 6), as none is stated. */
static int stated_month(const fl_claim *c)
{
    return c->period_how >= 4 ? 0 : c->year * 13 + c->month;
}

/* Are a and b, figures of one document, unit, counted noun (its class: similar_group) and modality, at most one of
 * them keyed by an attribute, the same measure of the same thing by the words of their clauses: in two sentences,
 * stated for the same date (or none) and time of day, naming the same others (or none), no more than SIM_MAX_RATIO
 * apart, and sharing the counted noun and a content word more (SIM_MIN_SHARED words in all), a quarter of the
 * smaller clause's at least? Two figures no attribute keys count one noun, not only one class. Across documents
 * (similar_across) the test is stricter. */
static int similar(const fl_claim *a, const fl_claim *b)
{
    if (a->sentence == b->sentence || a->own_noun || b->own_noun) /* one document: similar_group keys on it */
        return 0; /* a count only its noun made ("six rebounds", "11 seasons") may be any of that noun */
    if (a->key_base && b->key_base && a->key_base[0] != '~' && strcmp(a->key_base, b->key_base) == 0 &&
        items_match(a, b))
        return 0; /* the join within the document compares them by their key */
    if (!within_keyed(a) && !within_keyed(b) && strcmp(similar_noun(a), similar_noun(b)) != 0)
        return 0;
    /* a keyed act count meets a figure of no act of its own (another act counts another thing; the same act with
     * no key had its subject refused: "The largest of them serves 1,400 homes") whose clause holds its act's verb
     * ("the 16,800 runners who started"), unless the act is a state ("With 68 boats on the register") */
    const fl_claim *keyed = within_keyed(a) ? a : within_keyed(b) ? b : NULL, *other = keyed == a ? b : a;
    if (keyed && (strchr(other->item, ':') || (keyed->sim_act && !(other->sim[0] >> (keyed->sim_act - 1) & 1))))
        return 0;
    /* nor figures of two entries of a live page, which are of two times ("14 cases" at 09:12, "23" at 16:05) */
    if (stated_month(a) != stated_month(b) || a->as_of != b->as_of || a->sim_when != b->sim_when || a->base ||
        b->base || a->entry != b->entry || other_deadlines(a, b))
        return 0;
    return words_meet(a, b, SIM_MIN_SHARED - 1, 4); /* the counted noun is one */
}

static void report_similar(const fl_claim *c, const fl_claim *anchor, fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg,
                  "%s conflicts with %s stated elsewhere in the same terms (%s: "
                  "their clauses share their words, names and date)",
                  c->text, anchor->text,
                  within_keyed(c) || within_keyed(anchor) ? "one of them has no key"
                                                          : "no attribute is known for either");
    push_pair(out, FL_RULE_NUMERIC_CONFLICT, c, anchor, &msg);
}

/* Is c a figure similar_join and similar_story_join compare: no key, its clause's words taken (extract/claims.c
 * similar_marks), a counted noun or the noun a measure measures? */
static int similar_figure(const fl_claim *c)
{
    return !within_keyed(c) && c->sim[0] && similar_noun(c)[0];
}

/* Is c such a figure of a measure no noun counts ("a 38% premium")? Only the reports of one story are compared
 * so (similar_story_join): within one document such measures are most often the parts of one whole, or the rows
 * of a table ("North American sales rose to £38m", "Online sales grew to £52m"). */
static int similar_measure(const fl_claim *c)
{
    return similar_figure(c) && !c->item[0];
}

/* Is c a keyed figure whose clause's words were taken too: similar_join compares it with the figures of its
 * document no attribute keys (a keyed one with another keyed one is the keyed join's). */
static int similar_keyed(const fl_claim *c)
{
    return within_keyed(c) && c->sim[0] && c->item[0];
}

/* The figures similar_join (keyed ones too when with_keyed) and similar_story_join compare (similar_figure), each
 * with its group (group()), sorted by group and claim order. *n of them. */
static simref *similar_refs(const fl_claims *all, char *(*group)(const fl_claim *, const fl_knowledge *),
                            const fl_knowledge *k, int with_keyed, size_t *n)
{
    simref *v = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t i = 0; i < all->len; i++)
        if ((similar_figure(&all->items[i]) && !(with_keyed && similar_measure(&all->items[i]))) ||
            (with_keyed && similar_keyed(&all->items[i]))) {
            FL_GROW(v, cap, *n + 1);
            v[(*n)++] = (simref){&all->items[i], i, group(&all->items[i], k)};
        }
    if (*n > 1)
        qsort(v, *n, sizeof *v, cmp_similar);
    return v;
}

static void similar_refs_free(simref *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i].group);
    free(v);
}

/* Figures whose clauses' words were taken (extract/claims.c similar_marks), in groups of one document, unit,
 * class of counted noun and modality: each that disagrees with an earlier one it is similar() to, at most one of
 * the two keyed, is reported, once. A keyed figure meets the figures no attribute keys that tell it again in the
 * same words ("There are 86 boats on the register", "With 68 boats on the register"). */
static void similar_join(const fl_claims *all, const unsigned char *reference, const fl_knowledge *k, fl_sink *out)
{
    size_t n;
    simref *v = similar_refs(all, similar_group, k, 1, &n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].group, v[i].group) == 0)
            j++;
        for (size_t b = i + 1; b < j && j - i <= MAX_SIMILAR_GROUP; b++) {
            const fl_claim *cb = v[b].c;
            if (reference && reference[cb->doc])
                continue;
            for (size_t a = i; a < b; a++)
                if (!(within_keyed(v[a].c) && within_keyed(cb)) && similar(v[a].c, cb) && !claims_overlap(v[a].c, cb)) {
                    report_similar(cb, v[a].c, out);
                    break;
                }
        }
        i = j;
    }
    similar_refs_free(v, n);
}

/* ---- the same across the reports of one story ---- */

/* Are a and b, figures of one unit, counted noun and modality that no attribute keys, in two reports of one
 * story, the same measure of the same thing by the words of their clauses? As similar() within a document, but
 * the reports of one story word one thing their own way, and the words of two reports' clauses meet by chance
 * more often than two sentences of one: the counted noun and another word at least, and half the smaller clause's
 * words at least (not a quarter); no live page's entry (true at its time), no figure a change is from. */
static int similar_across(const fl_claim *a, const fl_claim *b)
{
    if (a->doc == b->doc || a->base || b->base || a->entry || b->entry || a->sim_when != b->sim_when || a->own_noun ||
        b->own_noun)
        return 0;
    /* two reports of one game give two players' touchdowns in the same words (the dev clusters) */
    return words_meet(a, b, SIM_MIN_SHARED, 2);
}

/* The group similar_story_join compares a figure in: unit, counted noun (its item without the verb) and
 * modality, of any document. */
static void put_story_group(fl_buf *b, const fl_claim *c)
{
    fl_buf_printf(b, "%s|%s|%d", c->dim, similar_noun(c), c->modality);
}

static char *similar_story_group(const fl_claim *c, const fl_knowledge *k)
{
    (void)k;
    fl_buf b = {0};
    put_story_group(&b, c);
    return fl_buf_take(&b);
}

static int open_time_claim(const fl_claim *c);

int fl_join_similar_part(const fl_claim *c, fl_buf *b)
{
    if (open_time_claim(c)) { /* open_time_join's group */
        b->len = 0;
        fl_buf_puts(b, "~@");
        fl_buf_puts(b, c->dim);
        fl_buf_putc(b, '|');
        fl_buf_puts(b, c->item);
        return 1;
    }
    if (!similar_figure(c))
        return 0;
    b->len = 0;
    fl_buf_putc(b, '~');
    put_story_group(b, c);
    return 1;
}

/* Figures with no key, as similar_join takes them, across the reports of one story: in groups of unit, counted
 * noun and modality, the stories told from the group's own claims (fl_story_of_claims: the figures with no key
 * all meet in one reducer, so a split run finds the stories a single run does); each that disagrees with an
 * earlier one of another report of its story it is similar_across() to is reported, once. */
static void similar_story_join(const fl_claims *all, const unsigned char *reference, const fl_knowledge *k,
                               fl_sink *out)
{
    size_t n;
    simref *v = similar_refs(all, similar_story_group, k, 0, &n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].group, v[i].group) == 0)
            j++;
        if (j - i > 1 && j - i <= MAX_SIMILAR_GROUP) {
            const fl_claim **cs = fl_xmalloc((j - i) * sizeof *cs);
            for (size_t x = i; x < j; x++)
                cs[x - i] = v[x].c;
            size_t *story = fl_story_of_claims(cs, j - i, k);
            for (size_t b = 1; b < j - i; b++) {
                if (reference && reference[cs[b]->doc])
                    continue;
                for (size_t a = 0; a < b; a++)
                    if (story[a] == story[b] && similar_across(cs[a], cs[b]) && !claims_overlap(cs[a], cs[b])) {
                        report_similar(cs[b], cs[a], out);
                        break;
                    }
            }
            free(story);
            free(cs);
        }
        i = j;
    }
    similar_refs_free(v, n);
}

/* ---- clock times no event claims: compared by the words of their clauses ---- */

/* Is c a clock time no event claims, which its clause's words stand for (extract/claim_times.c open_time)? */
static int open_time_claim(const fl_claim *c)
{
    return !c->key && c->sim[0] && is_when(c) && c->key_base && c->key_base[0] == '~';
}

/* Do a and b, clock times no event claims in two reports, of one day and zone (open_times_similar), tell the same
 * act of the same thing, however long their clauses: one main verb, the same subject and one content word more, or
 * two more words when their subjects differ ("Its clearing hotline opened at 7am" and "The university's clearing
 * lines opened at 8am sharp and the switchboard lit up within seconds"), a third of the smaller clause's words at
 * least; names as open_times_similar asks (names_apart: only one clause gives some)? */
static int same_act(const fl_claim *a, const fl_claim *b, int names_apart)
{
    uint32_t va = a->governor >> 16, sa = a->governor & 0xffff;
    if (!va || va != b->governor >> 16)
        return 0;
    int need = sa && sa == (b->governor & 0xffff) ? OPEN_TIME_SHARED : OPEN_TIME_SHARED + 1;
    return names_apart ? content_words_meet(a, b, need, 3) : clause_words_meet(a, b, need, 3);
}

/* Are a and b, clock times no event claims, of one zone (stated, or none), in two sentences, the time of the same
 * thing by the words of their clauses: of the same day (stated, or the document's), naming the same others (or
 * none; an ordinal is one: "the first train" is not "the last train"), and sharing OPEN_TIME_SHARED content words at
 * least, half the smaller clause's? Across documents (across) the two must be reports of one story. */
static int open_times_similar(const fl_claim *a, const fl_claim *b)
{
    /* of one year, or of one none states (a year-less wire dateline gives its month only: a clock time of no year
     * meets one of a year as the same act only, same_act) */
    int days = !is_clock(a), years_apart = !days && a->year != b->year;
    if ((a->doc == b->doc && a->sentence == b->sentence) || strcmp(a->item, b->item) != 0 ||
        strcmp(a->dim, b->dim) != 0 || (a->year && b->year && a->year != b->year) || a->month != b->month ||
        a->day != b->day)
        return 0;
    /* one main verb, or one subject ("the lorry blocked the road" is not "the police closed the road"); else a
     * word more */
    uint32_t va = a->governor >> 16, vb = b->governor >> 16, sa = a->governor & 0xffff, sb = b->governor & 0xffff;
    int heads = (va && va == vb) || (sa && sa == sb);
    int need = heads ? OPEN_TIME_SHARED : OPEN_TIME_SHARED + 1;
    /* a day counted from a report's date ("yesterday", "on Tuesday") names less of its act than a date does: its
     * clause must have the other's verb or subject, and the same names or none ("began on Sunday" is not the
     * unit's necropsies that "began on Monday 16 November") */
    int counted = days && (a->period_how == 2 || b->period_how == 2);
    if (counted && !heads)
        return 0;
    /* two days of one act (the main verb) of one thing (the subject's head): the names beside them tell where and by
     * whom ("presented on Saturday at the Soil Congress", "presented in Dravemouth on Sunday 19 April by Dr Marren"),
     * no other act */
    if (days && va && va == vb && sa && sa == sb)
        return content_words_meet(a, b, need, 2);
    /* a name only one clause gives ("on Friday 14 August, a teacher from Wellmarsh") tells no other day or time:
     * names differ only when both give some */
    int names_apart = !a->sim[1] != !b->sim[1] && !counted;
    if (!years_apart && (names_apart ? content_words_meet(a, b, need, 2) : clause_words_meet(a, b, need, 2)))
        return 1;
    return !days && a->doc != b->doc && same_act(a, b, names_apart);
}

static void report_open_time(const fl_claim *c, const fl_claim *anchor, fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg,
                  "%s conflicts with %s stated elsewhere in the same terms (no event is known for either: their "
                  "clauses share their words%s)",
                  c->text, anchor->text, is_clock(c) ? ", names and day" : " and names");
    push_pair(out, FL_RULE_DATE_INCONSISTENCY, c, anchor, &msg);
}

/* Orders days and clock times no event claims (pointers into one list of claims) by what they measure (a day, a
 * clock time), item (zone and kind of time), then by their order in the list. */
static int cmp_open_time(const void *pa, const void *pb)
{
    const fl_claim *a = *(const fl_claim *const *)pa, *b = *(const fl_claim *const *)pb;
    int s = strcmp(a->dim, b->dim);
    s = s ? s : strcmp(a->item, b->item);
    if (s)
        return s;
    return a < b ? -1 : a > b; /* both in the run's claims: their order there */
}

/* May days a and b, no event claims, be compared though the stories of their group's claims do not link their
 * reports: is the act of their clauses, told by one verb, an event of one story (fl_story_act_linked)? */
static int act_day_story(const fl_claim *a, const fl_claim *b)
{
    uint32_t va = a->governor >> 16;
    return !is_clock(a) && va && va == b->governor >> 16 && fl_story_act_linked(a, b);
}

/* One item's clock times no event claims (cs, n), as open_time_join compares them. */
static void open_time_group(const fl_claim **cs, size_t n, const unsigned char *reference, const fl_knowledge *k,
                            int across, fl_sink *out)
{
    size_t *story = across ? fl_story_of_claims(cs, n, k) : NULL;
    unsigned char *told = fl_xcalloc(n, 1);
    for (size_t b = 1; b < n; b++) {
        if (reference && reference[cs[b]->doc])
            continue;
        for (size_t a = 0; a < b && !told[b]; a++) {
            if ((cs[a]->doc == cs[b]->doc) == across ||
                (story && story[a] != story[b] && !act_day_story(cs[a], cs[b])) || !open_times_similar(cs[a], cs[b]) ||
                claims_overlap(cs[a], cs[b]))
                continue;
            for (size_t x = 0; x < n; x++) /* its other rendering, told already */
                told[b] |= told[x] && x != b && cs[x]->doc == cs[b]->doc && cs[x]->start.line == cs[b]->start.line &&
                           cs[x]->start.col[FL_COL_BYTE] == cs[b]->start.col[FL_COL_BYTE];
            if (told[b])
                break;
            report_open_time(cs[b], cs[a], out);
            told[b] = 1;
        }
    }
    free(told);
    free(story);
}

/* Clock times no event claims, in one document (across 0) or across the reports of one story (across 1), in
 * groups of one item (open_times_similar compares only those; the language server partitions them so,
 * fl_join_similar_part), the stories told from a group's own claims (fl_story_of_claims): each that disagrees
 * with an earlier one it is open_times_similar() to is reported, once at its place (its rendering in another zone
 * is not reported again). A group of more than MAX_OPEN_TIMES is not compared. */
static void open_time_join(const fl_claims *all, const unsigned char *reference, const fl_knowledge *k, int across,
                           fl_sink *out)
{
    const fl_claim **cs = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < all->len; i++)
        if (open_time_claim(&all->items[i])) {
            FL_GROW(cs, cap, n + 1);
            cs[n++] = &all->items[i];
        }
    if (n > 1)
        qsort(cs, n, sizeof *cs, cmp_open_time);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(cs[j]->dim, cs[i]->dim) == 0 && strcmp(cs[j]->item, cs[i]->item) == 0)
            j++;
        /* days only across the reports of a story: a document's own days of one act are its chronology */
        if (j - i > 1 && j - i <= MAX_OPEN_TIMES && (across || is_clock(cs[i])))
            open_time_group(cs + i, j - i, reference, k, across, out);
        i = j;
    }
    free(cs);
}

/* Marks the figures of an event that their sentence gives as a series: two figures of one key that do not meet
 * in one sentence ("housed 1,400 people on Monday night and 1,750 on Tuesday night") are the count at two
 * times, and which of them another figure of no stated time is of is not known; they are not compared. Dates and clock
 * times are left to their own rules. */
static unsigned char *series_marks(const fl_claims *all)
{
    unsigned char *series = fl_xcalloc(all->len ? all->len : 1, 1);
    fl_map first;
    fl_map_init(&first, 0);
    fl_buf b = {0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!c->key || !c->subject_event || is_when(c) || is_weekday(c))
            continue;
        b.len = 0;
        fl_buf_printf(&b, "%u|%u|%s", (unsigned)c->doc, (unsigned)c->sentence, c->key);
        int at = fl_map_get(&first, b.ptr, b.len);
        if (at < 0)
            fl_map_put(&first, b.ptr, b.len, (int)i);
        else if (!claims_overlap(c, &all->items[at]))
            series[i] = series[at] = 1;
    }
    fl_buf_free(&b);
    fl_map_free(&first);
    return series;
}

/* ---- dollars of no stated country ---- */

/* The currency table reads "$" alone as the US dollar, but an outlet writes its own country's dollar so ("$23
 * million" in a Canadian paper), and an outlet writing for readers elsewhere names it ("C$38m"). Amounts of two
 * currencies are never compared by value: a "$" amount of a story whose reports write one other dollar (and no
 * "US$") is taken as that dollar; of a story that writes two, or one and "US$", it is compared with nothing; of
 * a story that writes no other dollar it is the US dollar. */
enum { DOLLAR_NONE, DOLLAR_ONE, DOLLAR_MIXED };

typedef struct {
    int state;    /* DOLLAR_* : the other dollars the story writes */
    int us;       /* and whether it writes "US$" */
    char code[8]; /* the one other dollar's currency code ("CAD") */
} story_dollar;

static const char USD[] = "money:USD";

/* Where c's text writes "$": after a letter for a named dollar ("C$", "US$"); NULL none. */
static const char *dollar_sign(const fl_claim *c)
{
    return strncmp(c->dim, "money:", 6) == 0 ? strchr(c->text, '$') : NULL;
}

static int lettered(const fl_claim *c, const char *sign)
{
    char b = sign > c->text ? sign[-1] : ' ';
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '.';
}

/* Is c an amount in "$" alone ("$23 million", "about $23 million")? */
static int bare_dollar(const fl_claim *c)
{
    const char *sign = dollar_sign(c);
    return sign && strncmp(c->dim, USD, sizeof USD - 1) == 0 && !lettered(c, sign);
}

/* The other dollars each story (fl_story_docs: indexed by the story's first document) writes. */
static story_dollar *story_dollars(const fl_claims *all, const size_t *story)
{
    size_t ndocs = 0;
    for (size_t i = 0; i < all->len; i++)
        ndocs = all->items[i].doc + 1 > ndocs ? all->items[i].doc + 1 : ndocs;
    story_dollar *sd = fl_xcalloc(ndocs ? ndocs : 1, sizeof *sd);
    for (size_t i = 0; story && i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        const char *sign = dollar_sign(c), *code = c->dim + 6;
        if (!sign || !lettered(c, sign))
            continue;
        story_dollar *d = &sd[story[c->doc]];
        size_t n = strcspn(code, "/");
        if (strncmp(c->dim, USD, sizeof USD - 1) == 0)
            d->us = 1;
        else if (n >= sizeof d->code ||
                 (d->state == DOLLAR_ONE && (strlen(d->code) != n || memcmp(d->code, code, n) != 0)))
            d->state = DOLLAR_MIXED; /* a second other dollar */
        else if (d->state == DOLLAR_NONE) {
            memcpy(d->code, code, n);
            d->code[n] = 0;
            d->state = DOLLAR_ONE;
        }
    }
    return sd;
}

/* The join key of a "$" amount in key, rewritten to its story's one other dollar ("money:USD" -> "money:CAD");
 * 0 when it is compared with nothing (its story writes two other dollars, or one and "US$"). */
static int dollar_key(fl_buf *key, const fl_claim *c, const size_t *story, const story_dollar *sd)
{
    if (!story || !bare_dollar(c) || sd[story[c->doc]].state == DOLLAR_NONE)
        return 1;
    if (sd[story[c->doc]].state == DOLLAR_MIXED || sd[story[c->doc]].us)
        return 0;
    fl_buf_putc(key, 0);
    char *at = strstr(key->ptr, USD);
    key->len--;
    if (!at)
        return 1;
    fl_buf b = {0};
    fl_buf_put(&b, key->ptr, (size_t)(at - key->ptr) + 6);
    fl_buf_puts(&b, sd[story[c->doc]].code);
    fl_buf_puts(&b, at + sizeof USD - 1);
    key->len = 0;
    fl_buf_put(key, b.ptr, b.len);
    fl_buf_free(&b);
    return 1;
}

/* The keys of claims all (view: all, or a copy of it to write to) after fl_items_resolve: a claim whose generic
 * count takes a specific noun is given its new key in the view (made a copy of all->items when it is still the
 * run's own, orig); returns the owned keys to free after the join (NULL when none changed). */
static char **generic_keys(fl_claims *view, const fl_claims *all, const fl_claim *orig, const fl_knowledge *k)
{
    char **named = fl_xcalloc(all->len ? all->len : 1, sizeof *named);
    for (size_t i = 0; i < all->len; i++)
        named[i] = all->items[i].key && !is_weekday(&all->items[i]) ? fl_xstrdup(all->items[i].key) : NULL;
    fl_items_resolve(named, all, k);
    int changed = 0;
    for (size_t i = 0; i < all->len; i++) {
        if (!named[i] || strcmp(named[i], all->items[i].key) == 0)
            continue;
        if (!changed++ && view->items == orig) {
            view->items = fl_xmalloc(all->len * sizeof *view->items);
            memcpy(view->items, all->items, all->len * sizeof *view->items);
        }
        view->items[i].key = named[i];
    }
    if (!changed) {
        for (size_t i = 0; i < all->len; i++)
            free(named[i]);
        free(named);
        return NULL;
    }
    return named;
}

/* The key claim c joins on (owned), from its key ck after the story's keys (NULL: its own key, within its
 * document): "#doc|" before a key compared within its document, its story's dollar for "$"; NULL when c is
 * compared with nothing (an undated report's topic figure no dated report of its story anchors, or a "$" amount
 * of a story of several dollars). */
static char *join_key(const fl_claim *c, const char *ck, const size_t *docs, const story_dollar *dollars)
{
    if (!ck && !within_keyed(c))
        return NULL;
    fl_buf key = {0};
    if (!corpus_wide(c) || !ck)
        fl_buf_printf(&key, "#%zu|", (size_t)c->doc);
    fl_buf_puts(&key, ck ? ck : c->key);
    if (!dollar_key(&key, c, docs, dollars)) {
        fl_buf_free(&key);
        return NULL;
    }
    return fl_buf_take(&key);
}

/* ---- transposed digits ---- */

/* The significant digits of a figure's value, at most FL_SIG_DIGITS of them, without its point or the zeros that
 * only place it ("612,000" and "£61.2m" both give "612"), into out; their number. */
static size_t value_digits(double v, char out[32])
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*f", 6, fabs(v));
    size_t n = 0;
    for (const char *p = buf; *p && n < 31; p++)
        if (*p >= '0' && *p <= '9' && (n || *p != '0'))
            out[n++] = *p;
    while (n && out[n - 1] == '0')
        n--;
    out[n] = '\0';
    return n;
}

static int cmp_char(const void *a, const void *b)
{
    return *(const char *)a - *(const char *)b;
}

/* The digits of c's value sorted (the group its transpositions share) into out; 0 when c is no figure a
 * transposition is told in: fewer than two significant digits, or all of them one digit ("1,100" and "1,010"
 * are both "11"). */
static int transposition_digits(const fl_claim *c, char out[32])
{
    size_t n = value_digits(c->value, out);
    if (n < 2 || n > 7)
        return 0;
    qsort(out, n, 1, cmp_char);
    return out[0] != out[n - 1];
}

/* The unit a transposition is compared in: a count of people is a count ("612,000 journeys", "621,000 riders"). */
static const char *transposition_dim(const fl_claim *c)
{
    return strcmp(c->dim, "people") == 0 ? "count" : c->dim;
}

int fl_join_transposed_part(const fl_claim *c, fl_buf *b)
{
    char d[32];
    if (fl_join_age_part(c, b)) /* a person's ages meet by the person (join/ages.c) */
        return 1;
    if (!c->transposable || !transposition_digits(c, d))
        return 0;
    b->len = 0;
    fl_buf_printf(b, "~t|%s|%s", d, transposition_dim(c));
    return 1;
}

/* A unit so general that two figures of it with no counted noun and no attribute say nothing of being one
 * measure: a share, a sum of money, a bare count. */
static int generic_dim(const char *dim)
{
    return strcmp(dim, "percent") == 0 || strcmp(dim, "count") == 0 || strncmp(dim, "money", 5) == 0;
}

/* How many significant digits make two figures' shared digits telling on their own: two figures of one unit in one
 * story whose three or more significant digits are the same in another order ("£486,000", "£468,000"; "1,140
 * contracted growers", "1,410 grower partners") are one figure copied wrong far more often than two measures that
 * happen to share them, whatever their nouns; with two ("23 cars", "32 cars"; "12%", "21%") chance pairs are
 * common, and the nouns or attributes must say they are one measure. */
enum { TRANSPOSED_TELLING_DIGITS = 3 };

/* Are keys a and b the same but for their subjects ("|@...>|"), which the story join may make one ("@#dir/a.txt>"
 * and "@#dir/b.txt>", a report's own topic and another's event), and their periods, which it may find one ("2026-02"
 * and "?-02": a day with no year stated)? Keys that differ in more (a modality, the act's item) never meet in the
 * keyed join. */
static int keys_meet_in_story(const char *a, const char *b)
{
    const char *sa = strstr(a, "|@"), *sb = strstr(b, "|@");
    const char *ea = sa ? strstr(sa, ">|") : NULL, *eb = sb ? strstr(sb, ">|") : NULL;
    if (!ea || !eb)
        return strcmp(a, b) == 0;
    const char *pa = strrchr(ea, '|'), *pb = strrchr(eb, '|');
    return sa - a == sb - b && memcmp(a, b, (size_t)(sa - a)) == 0 && pa - ea == pb - eb &&
           memcmp(ea, eb, (size_t)(pa - ea)) == 0;
}

/* Does the keyed join compare a and b, keyed figures of one attribute and counted item (of two-digit figures
 * always; of telling ones when their keys meet in the story)? Not two figures of undated reports' own topics
 * (within_keyed): only a dated report of their story anchors those, and when none does ("The new depots created
 * 250 jobs" and "... created 520 jobs" in two undated reports) the keyed join leaves them apart. */
static int keyed_compares(const fl_claim *a, const fl_claim *b, int telling)
{
    if (!a->key || !b->key || a->family != b->family || strcmp(a->item, b->item) != 0 ||
        (!within_keyed(a) && !within_keyed(b)))
        return 0;
    return !telling || keys_meet_in_story(a->key, b->key);
}

/* Are a and b, of the same digits in another order, near enough in value to be one figure copied wrong? No more
 * than twice apart; or, when a slip in the leading digit parts them further ("180 staff were affected", "the
 * closures hit 810 workers"), of one order of magnitude (not "19" and "190") and both keyed figures of one
 * attribute counting one noun: values that far apart need their parts to say they are one measure. */
static int transposition_near(const fl_claim *a, const fl_claim *b)
{
    double lo = fmin(fabs(a->value), fabs(b->value)), hi = fmax(fabs(a->value), fabs(b->value));
    if (lo <= 0)
        return 0;
    if (hi <= SIM_MAX_RATIO * lo)
        return 1;
    return floor(log10(lo) + 1e-9) == floor(log10(hi) + 1e-9) && a->key && b->key && a->family == b->family &&
           counted_noun(a)[0] && strcmp(counted_noun(a), counted_noun(b)) == 0;
}

/* Do a and b, figures of one unit and modality whose values are the same digits in another order, measure the
 * same thing as far as their parts say: not two attributes, and (unless their digits are telling, above) the same
 * counted noun or attribute (or, in a unit that is not generic, none known on one side: "1.86 million TEU", "1.68
 * million TEU"); no two subjects their clauses name; no two periods stated; not the pair the keyed (one
 * attribute's keys, equal but for their subjects and periods when the digits are telling) or the similar joins
 * compare. */
static int transposition_pair(const fl_claim *a, const fl_claim *b)
{
    if ((a->doc == b->doc && a->start.line == b->start.line) || a->modality != b->modality ||
        strcmp(transposition_dim(a), transposition_dim(b)) != 0)
        return 0;
    char da[32], db[32];
    int telling = value_digits(a->value, da) >= TRANSPOSED_TELLING_DIGITS;
    value_digits(b->value, db);
    if (keyed_compares(a, b, telling))
        return 0; /* the keyed join's: one attribute's keys meet there when their story says they are one */
    if (!transposition_near(a, b) || claims_overlap(a, b))
        return 0;
    /* a count only its own noun made says nothing else of what it counts: it meets counts of that noun alone,
     * whatever its digits ("2,715 kiosks", "2,751 kiosks"; not "241 respondents" and "412" of another thing) */
    if ((a->own_noun || b->own_noun) && strcmp(counted_noun(a), counted_noun(b)) != 0)
        return 0;
    if ((a->own_noun == 2 && b->own_noun == 2) ||
        ((a->own_noun == 2 || b->own_noun == 2) && a->own_noun != 1 && b->own_noun != 1 && a->doc == b->doc))
        return 0; /* two labels' rows ("First quarter: 418 complaints", "Second quarter: 481 complaints"), or a label's
                   * row and another figure of its document: the label says what it counts beyond the noun, and
                   * only a figure another report or a clause's colon gives of that noun may be its slip */
    if (strcmp(da, db) == 0)
        return 0; /* one figure in two scales ("1.2 million", "1,200"): another matter */
    /* two attributes known: two measures ("employs 430 people", "the mine's 340 workers"), unless telling digits
     * differ only after their first, a slip in copying a figure's later digits that two triggers' words for one
     * measure leave ("valuing it at £768m", "the £786m cost of the approach"); a first digit moved as well parts
     * two measures of a report ("revenue of £412m", "net debt of £214m") */
    if (a->family >= 0 && b->family >= 0 && a->family != b->family && !(telling && da[0] == db[0]))
        return 0;
    const char *na = counted_noun(a), *nb = counted_noun(b);
    int unknown = (!na[0] && a->family < 0) || (!nb[0] && b->family < 0);
    if (!telling && !(na[0] && strcmp(na, nb) == 0) && !(a->family >= 0 && a->family == b->family) &&
        !(unknown && !generic_dim(transposition_dim(a))))
        return 0;
    /* two shares of two populations ("78% of patients were seen within four hours", "87% of respondents reported
     * lost trade": the item's part before its ':'): one family, but two measures, and two digits meet by chance;
     * one population's shares told with two verbs ("seen", "treated or admitted") may be one share mistyped */
    if (!telling && strcmp(transposition_dim(a), "percent") == 0 && a->item && b->item && a->item[0] && b->item[0] &&
        (strcspn(a->item, ":") != strcspn(b->item, ":") || strncmp(a->item, b->item, strcspn(a->item, ":")) != 0))
        return 0;
    /* two subjects named ("the 32-year-old Peterson", "his wife, 23-year-old Laci"); two reports' names of one
     * event's class ("fire", "explosion") are the story's */
    if (a->subject && b->subject && a->subject[0] && b->subject[0] && !a->subject_event && !b->subject_event &&
        strcasecmp(a->subject, b->subject) != 0)
        return 0;
    /* two stated periods: years, then months */
    int sa = a->period_how == 1 || a->period_how == 3 || a->period_how == 6;
    int sb = b->period_how == 1 || b->period_how == 3 || b->period_how == 6;
    if (sa && sb && (a->year != b->year || (a->month && b->month && a->month != b->month)))
        return 0;
    /* what similar_join and similar_story_join compare */
    if (similar_figure(a) && similar_figure(b) && a->modality == b->modality && strcmp(a->dim, b->dim) == 0 &&
        strcmp(similar_noun(a), similar_noun(b)) == 0 &&
        (a->doc == b->doc ? !similar_measure(a) && (similar(a, b) || similar(b, a)) : similar_across(a, b)))
        return 0;
    return 1;
}

/* Is c a flow of a report's account (claim_model.reporting "flows": revenue, sales) of no period at all, in an
 * undated report? Its half or year may be any, and a flow's value in another is near by its nature ("£2.46bn in
 * revenue over the half" in an undated report, "Group revenue of £2.64bn" for the half to August in a dated one):
 * no transposition across two reports. */
static int unperiodic_flow(const fl_claim *c, const fl_knowledge *k)
{
    return c->family >= 0 && k->metrics[c->family].reported && c->period_how == 0 && c->doc_date == 0;
}

static void report_transposed(const fl_claim *c, const fl_claim *anchor, fl_sink *out)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg,
                  "%s conflicts with %s stated elsewhere (the same digits in another order: one of them may be "
                  "transposed)",
                  c->text, anchor->text);
    push_pair(out, FL_RULE_NUMERIC_CONFLICT, c, anchor, &msg);
}

/* Has a join of this document reported a and b as a pair already (partial_join, similar_join: within one document
 * they all run in one pass, so the transposition join there adds no second warning on one pair)? */
static int pair_reported(const fl_sink *out, const fl_claim *a, const fl_claim *b)
{
    for (size_t i = 0; i < out->len; i++) {
        const fl_diag *d = &out->items[i];
        if (d->rule != FL_RULE_NUMERIC_CONFLICT || d->nrelated < 1)
            continue;
        const fl_related *r = &d->related[0];
        if ((d->start.line == b->start.line && d->start.col[0] == b->start.col[0] && r->start.line == a->start.line &&
             r->start.col[0] == a->start.col[0] && strcmp(d->file, b->file) == 0 && strcmp(r->file, a->file) == 0) ||
            (d->start.line == a->start.line && d->start.col[0] == a->start.col[0] && r->start.line == b->start.line &&
             r->start.col[0] == b->start.col[0] && strcmp(d->file, a->file) == 0 && strcmp(r->file, b->file) == 0))
            return 1;
    }
    return 0;
}

typedef struct {
    const fl_claim *c;
    char digits[32];
} tref;

static int cmp_tref(const void *pa, const void *pb)
{
    const tref *a = pa, *b = pb;
    int s = strcmp(a->digits, b->digits);
    if (s)
        return s;
    s = strcmp(transposition_dim(a->c), transposition_dim(b->c));
    if (s)
        return s;
    return a->c < b->c ? -1 : a->c > b->c; /* both in one array: their order there */
}

/* Figures whose values are the same digits in another order ("612,000" and "621,000", "£48.6m" and "£46.8m"),
 * in groups of sorted digits and unit: each that a transposition_pair() makes with an earlier one of its document
 * (across 0) or of another report of its story (across 1) is reported, once. A transposition is the commonest
 * slip in copying a figure, and two figures of one measure that happen to share their digits are rare: it is
 * the evidence that lets two figures meet that no key joins. */
static void transposed_join(const fl_claim *items, size_t len, const unsigned char *reference, const fl_knowledge *k,
                            int across, fl_sink *out)
{
    tref *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < len; i++) {
        FL_GROW(v, cap, n + 1);
        v[n].c = &items[i];
        /* across reports, a person's ages meet by the person instead (fl_join_transposed_part) */
        if (items[i].transposable && !(across && fl_join_age_routed(&items[i])) &&
            transposition_digits(&items[i], v[n].digits))
            n++;
    }
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_tref);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].digits, v[i].digits) == 0 &&
               strcmp(transposition_dim(v[j].c), transposition_dim(v[i].c)) == 0)
            j++;
        if (j - i > 1 && j - i <= MAX_SIMILAR_GROUP) {
            const fl_claim **cs = fl_xmalloc((j - i) * sizeof *cs);
            for (size_t x = i; x < j; x++)
                cs[x - i] = v[x].c;
            size_t *story = !across                                            ? NULL
                            : strlen(v[i].digits) >= TRANSPOSED_TELLING_DIGITS ? fl_story_of_figures(cs, j - i, k)
                                                                               : fl_story_of_claims(cs, j - i, k);
            for (size_t b = 1; b < j - i; b++) {
                if (reference && reference[cs[b]->doc])
                    continue;
                for (size_t a = 0; a < b; a++)
                    if ((cs[a]->doc != cs[b]->doc) == across && (!story || story[a] == story[b]) &&
                        !(across && (unperiodic_flow(cs[a], k) || unperiodic_flow(cs[b], k))) &&
                        transposition_pair(cs[a], cs[b])) {
                        if (across || !pair_reported(out, cs[a], cs[b]))
                            report_transposed(cs[b], cs[a], out);
                        break;
                    }
            }
            free(story);
            free(cs);
        }
        i = j;
    }
    free(v);
}

/* The exact join: the claims of all grouped by their join keys (joined[i], owned, freed here; NULL: no part of
 * it), each group judged. */
static void judge_joined(const fl_claims *all, char **joined, const unsigned char *reference, const fl_knowledge *k,
                         fl_sink *out)
{
    fl_map groups;
    fl_map_init(&groups, 0);
    ref **members = NULL;
    size_t *sizes = NULL, *caps = NULL, ngroups = 0, capg = 0;
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!joined[i])
            continue;
        int g = fl_map_get(&groups, joined[i], strlen(joined[i]));
        if (g < 0) {
            g = (int)ngroups;
            fl_map_put(&groups, joined[i], strlen(joined[i]), g);
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
        free(joined[i]);
        FL_GROW(members[g], caps[g], sizes[g] + 1);
        members[g][sizes[g]++] = (ref){c, i};
    }
    own_counts ix = own_counts_index(all, k);
    for (size_t g = 0; g < ngroups; g++) {
        judge_group(&ix, members[g], sizes[g], reference, k, out);
        free(members[g]);
    }
    free(ix.v);
    free(members);
    free(sizes);
    free(caps);
    fl_map_free(&groups);
}

void fl_join_numeric(const fl_rules *r, const fl_claims *all, const unsigned char *reference, int joins, fl_sink *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    if (joins & FL_CONFLICT_WITHIN) {
        partial_join(all, reference, k, out);
        similar_join(all, reference, k, out);
        open_time_join(all, reference, k, 0, out);
        transposed_join(all->items, all->len, reference, k, 0, out);
    }
    if (joins & FL_CONFLICT_TRANSPOSED) /* a reducer of the keyed records has the copies routed for it */
    {
        transposed_join(all->copied ? all->copies : all->items, all->copied ? all->ncopy : all->len, reference, k, 1,
                        out);
        fl_join_ages(all->copied ? all->copies : all->items, all->copied ? all->ncopy : all->len, reference, out);
    }
    if (!(joins & FL_CONFLICT_KEYED))
        return;
    weekday_join(all, reference, out);
    /* the figures of a document's own event are keyed by its story's event ("fire" here, "explosion" in the
     * story's first report) */
    similar_story_join(all, reference, k, out);
    open_time_join(all, reference, k, 1, out);
    size_t *docs = fl_story_docs(all, k);
    char **story = fl_story_event_keys(all, k, docs);
    /* and the figures of a document's own topic by its story (a stalled ride, a trapped party: no event class) */
    char **topic = fl_story_topic_keys(all, k);
    fl_claims view = *all;
    const fl_claim *orig = all->items;
    char **general = NULL;
    if (story) {
        view.items = fl_xmalloc((all->len ? all->len : 1) * sizeof *view.items);
        memcpy(view.items, all->items, all->len * sizeof *view.items);
        for (size_t i = 0; i < all->len; i++)
            if (story[i] || topic[i])
                view.items[i].key = story[i] ? story[i] : topic[i];
        all = &view;
        /* and a general noun's figure ("the 24m vessel") by the one thing of its kind its story measures ("the
         * 65ft trawler") */
        general = fl_story_general_keys(&view, k);
        for (size_t i = 0; general && i < all->len; i++)
            if (general[i])
                view.items[i].key = general[i];
    }
    /* a generic count ("six men on board") is the one specific count of its key ("seven crew"), before the
     * story's dated reports anchor its undated ones by key */
    char **named = generic_keys(&view, all, orig, k);
    if (named)
        all = &view;
    /* exact join: a hash on the full key; claims whose period rests on an inferred date join only within
     * their document */
    fl_buf key = {0};
    fl_map dated, wire;
    fl_map_init(&dated, 0);
    fl_map_init(&wire, 0);
    wire_anchors(all, &dated, &wire);
    /* each claim's key after a wire-dated one took a dated report's year; then undated reports take theirs */
    const char **keys = fl_xcalloc(all->len ? all->len : 1, sizeof *keys);
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        keys[i] = !c->key ? NULL : wire_dated(c) ? wire_key(all, c, &dated, &wire, docs, k) : c->key;
    }
    unsigned char *series = series_marks(all);
    fl_map story_index;
    fl_map_init(&story_index, 0);
    story_anchor *anchors = NULL;
    size_t nanchors = 0;
    story_dollar *dollars = story_dollars(all, docs);
    story_anchors(all, keys, docs, &story_index, &anchors, &nanchors);
    char **settled = fl_xcalloc(all->len ? all->len : 1, sizeof *settled);
    settled_keys(all, &story_index, anchors, docs, k, settled);
    char **joined = fl_xcalloc(all->len ? all->len : 1, sizeof *joined);
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        const char *ck = !c->key || is_weekday(c) ? NULL
                         : c->period_how == 5     ? story_key(c, &story_index, anchors, docs, k, &key)
                                                  : keys[i];
        joined[i] = c->key && !is_weekday(c) && !series[i] ? join_key(c, ck ? ck : settled[i], docs, dollars) : NULL;
    }
    /* a generic count ("six men on board") is the one specific count its key's other claims name ("seven crew") */
    fl_items_resolve(joined, all, k);
    judge_joined(all, joined, reference, k, out);
    fl_buf_free(&key);
    fl_map_free(&dated);
    fl_map_free(&wire);
    fl_map_free(&story_index);
    free(anchors);
    free(docs);
    free(dollars);
    free(keys);
    free(joined);
    for (size_t i = 0; i < all->len; i++)
        free(settled[i]);
    free(settled);
    free(series);
    for (size_t i = 0; named && i < all->len; i++)
        free(named[i]);
    free(named);
    if (story) {
        for (size_t i = 0; i < all->len; i++) {
            free(story[i]);
            free(topic[i]);
        }
        free(story);
        free(topic);
    }
    for (size_t i = 0; general && i < all->len; i++)
        free(general[i]);
    free(general);
    if (view.items != orig)
        free(view.items);
}
