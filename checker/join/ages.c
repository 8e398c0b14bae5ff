/* ages.c - one person's ages across the reports of a story months apart, or undated. The keyed join compares a
 * person's ages within one month ("Graham Oldacre, 54," in two reports of March); a report of the next month, or one
 * with no date, keys its age apart, though a story's reports weeks apart cannot give one man 54 and 56. Here an age
 * may move by one between two such reports (a birthday between them), never by two. */
#include "join/ages.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/rules.h"

/* How many months apart two dated reports may be for their ages to be compared loosely (under a year: one
 * birthday at most between them, in either order), how many at most for their ages to be compared by the years
 * between them (a story's reports years apart: its trial, its anniversary), and how large a group of one
 * person's ages is compared pair by pair. */
enum { AGE_WINDOW_MONTHS = 11, AGE_SPAN_MONTHS = 120, AGE_MAX_GROUP = 64 };

/* Is c's person one name the document never gives in full, with no title, that its lede names (FL_SINGLE_NAME_AGE)? */
static int single_name(const fl_claim *c)
{
    return c->subject_how && strcmp(c->subject_how, FL_SINGLE_NAME_AGE) == 0 && !strchr(c->subject, ' ');
}

/* Is c an age of a person the document names in full (not a role, not a name given only in part), stated of its
 * dated report's month or of an undated report, as a fact (not a figure of another stated time)? */
static int person_age(const fl_claim *c)
{
    if (!c->key || !c->dim || strcmp(c->dim, "age") != 0 || c->subject_event || !c->subject || !c->subject[0] ||
        c->modality != FL_MOD_ACTUAL || c->part || c->since)
        return 0;
    /* one name alone only when no title is before it ("Mrs Okafor" and "Mr Okafor" are two people) */
    if (!strchr(c->subject, ' ') && !single_name(c))
        return 0;
    return (c->period_how == 4 && c->year && c->month) || (c->period_how == 0 && !c->doc_date && !c->year);
}

int fl_join_age_routed(const fl_claim *c)
{
    return c->transposable && person_age(c);
}

int fl_join_age_part(const fl_claim *c, fl_buf *b)
{
    if (!fl_join_age_routed(c))
        return 0;
    b->len = 0;
    fl_buf_puts(b, "~a|");
    for (const char *p = c->subject; *p; p++)
        fl_buf_putc(b, (char)tolower((unsigned char)*p));
    return 1;
}

typedef struct {
    const fl_claim *c;
    char *person;
    size_t index;
} aref;

/* qsort order of ages: by person, then by their order in the claims (so each person's ages are in a run). */
static int cmp_aref(const void *pa, const void *pb)
{
    const aref *a = pa, *b = pb;
    int s = strcmp(a->person, b->person);
    return s ? s : a->index < b->index ? -1 : a->index > b->index;
}

/* Are a and b of one directory (a story's reports)? */
static int same_dir(const fl_claim *a, const fl_claim *b)
{
    const char *sa = strrchr(a->file, '/'), *sb = strrchr(b->file, '/');
    size_t la = sa ? (size_t)(sa - a->file) : 0, lb = sb ? (size_t)(sb - b->file) : 0;
    return la == lb && memcmp(a->file, b->file, la) == 0;
}

/* c's month as a count of months from year 0 (January 2026 is 2026 * 12): months apart by subtraction. */
static int month_index(const fl_claim *c)
{
    return c->year * 12 + c->month - 1;
}

/* The months of the person's dated ages in the directory of c among g[0, n): whether there is one, and their span
 * is under a year (the story's time an undated report of it takes). */
static int story_time_known(const aref *g, size_t n, const fl_claim *c)
{
    int lo = 0, hi = 0, any = 0;
    for (size_t i = 0; i < n; i++) {
        const fl_claim *o = g[i].c;
        if (!o->year || !same_dir(o, c))
            continue;
        int m = month_index(o);
        lo = any && lo < m ? lo : m;
        hi = any && hi > m ? hi : m;
        any = 1;
    }
    return any && hi - lo <= AGE_WINDOW_MONTHS;
}

/* Is c's report dated by its own words: its front matter or its dateline? */
static int own_date(const fl_claim *c)
{
    return c->date_source == FL_DATE_FRONT_MATTER || c->date_source == FL_DATE_DATELINE;
}

/* Does some report of a's directory give the person of ages g[0, n) as dead ("Ann Roe, 43, died")? Her age stays
 * the one she died at, years on. */
static int told_dead(const aref *g, size_t n, const fl_claim *a)
{
    for (size_t i = 0; i < n; i++)
        if (g[i].c->told_past == FL_TOLD_DEAD && same_dir(g[i].c, a))
            return 1;
    return 0;
}

/* Does the window join compare a and b, ages of one person: two reports of one directory whose keys differ (the
 * keyed join compares the others), both dated (at most AGE_SPAN_MONTHS apart), or one or both undated when a dated
 * report of the directory gives the person an age? */
static int age_comparable(const aref *g, size_t n, const fl_claim *a, const fl_claim *b)
{
    if (a->doc == b->doc || !same_dir(a, b) || strcmp(a->key, b->key) == 0)
        return 0;
    if (a->year && b->year) { /* one name alone is keyed by its document: one month too */
        int d = abs(month_index(a) - month_index(b));
        const fl_claim *later = month_index(a) > month_index(b) ? a : b, *earlier = later == a ? b : a;
        /* years apart, the later report's age counts only told of its own date (a victim's age stays hers, and an
         * age told with the event's past, "Ann Roe, 43, fired", is of its time), and both reports dated by their
         * own words (a date given from outside may stand for a story's time, not the report's) */
        return (d > 0 || single_name(a)) &&
               (d <= AGE_WINDOW_MONTHS ||
                (d <= AGE_SPAN_MONTHS && later->told_past == FL_TOLD_PRESENT &&
                 earlier->told_past != FL_TOLD_ELSEWHEN && own_date(a) && own_date(b) && !told_dead(g, n, a)));
    }
    return story_time_known(g, n, a);
}

/* Do ages a and b differ in a way the time between their reports cannot explain: by two years or more when they
 * are undated or dated under a year apart, else by fewer or more birthdays than the months between their reports'
 * months hold (m months apart, the time between is over m - 1 and under m + 1 months: at least (m - 1) / 12
 * birthdays, at most (m + 12) / 12; "Ann Roe, 43," in reports of September 2010 and of September 2012)? */
static int age_conflict(const fl_claim *a, const fl_claim *b)
{
    double d = a->value - b->value;
    int m = a->year && b->year ? month_index(a) - month_index(b) : 0;
    if (m <= AGE_WINDOW_MONTHS && m >= -AGE_WINDOW_MONTHS)
        return d >= 2 || d <= -2;
    double grown = m > 0 ? d : -d; /* the later report's age less the earlier's */
    int months = m > 0 ? m : -m;
    return grown < (months - 1) / 12 || grown > (months + 12) / 12;
}

/* How many ages of g[0, n) agree with g[i] (itself included): the same age in its own report or one the window
 * compares it with. */
static size_t age_support(const aref *g, size_t n, size_t i)
{
    size_t s = 0;
    for (size_t j = 0; j < n; j++)
        if (g[j].c->value == g[i].c->value && (j == i || g[j].c->doc == g[i].c->doc ||
                                               (age_comparable(g, n, g[i].c, g[j].c) && !age_conflict(g[i].c, g[j].c))))
            s++;
    return s;
}

/* Does a claim of b's key state another age than b? The keyed join reports that pair. */
static int keyed_disagrees(const aref *g, size_t n, const fl_claim *b)
{
    for (size_t j = 0; j < n; j++)
        if (g[j].c != b && strcmp(g[j].c->key, b->key) == 0 && g[j].c->value != b->value)
            return 1;
    return 0;
}

/* Reports age c against age a, the one most reports agree with, as a numeric-conflict with a note at a. */
static void report_age(const fl_claim *c, const fl_claim *a, fl_sink *out)
{
    char pc[48], pa[48];
    fl_claim_period(c, pc, sizeof pc);
    fl_claim_period(a, pa, sizeof pa);
    fl_buf msg = {0};
    int m = c->year && a->year ? abs(month_index(c) - month_index(a)) : 0;
    fl_buf_printf(&msg, "%s (age of %s, %s) conflicts with %s stated elsewhere (%s): ", c->text, c->subject,
                  pc[0] ? pc : "an undated report", a->text, pa[0] ? pa : "an undated report");
    if (m > AGE_WINDOW_MONTHS)
        fl_buf_printf(&msg, "an age moves by %d to %d between two reports %d months apart", (m - 1) / 12, (m + 12) / 12,
                      m);
    else
        fl_buf_puts(&msg, "an age moves by one at most between two reports of a story under a year apart");
    fl_diag *d = fl_sink_push(out, FL_RULE_NUMERIC_CONFLICT, fl_rule_table[FL_RULE_NUMERIC_CONFLICT].level, c->file,
                              c->start, c->end, fl_buf_take(&msg));
    fl_buf rel = {0};
    fl_buf_printf(&rel, "%s here (\"%s\"%s%s)", a->text, a->context, pa[0] ? ", " : "", pa);
    fl_diag_relate(d, a->file, a->start, a->end, fl_buf_take(&rel));
    d->text_hash = fl_hash_text(c->text, strlen(c->text));
    d->related[0].text_hash = fl_hash_text(a->text, strlen(a->text));
}

/* One person's ages g[0, n): each that some compared age conflicts with is reported against the conflicting one
 * the most ages agree with, when fewer agree with it (on a tie, the later is reported); of reports years apart, the
 * later age is reported whatever agrees with it (its report carried an age of years before). */
static void judge_person(const aref *g, size_t n, const unsigned char *reference, fl_sink *out)
{
    size_t *support = malloc(n * sizeof *support);
    if (!support)
        fl_oom();
    for (size_t i = 0; i < n; i++)
        support[i] = age_support(g, n, i);
    for (size_t b = 0; b < n; b++) {
        const fl_claim *cb = g[b].c;
        if ((reference && reference[cb->doc]) || keyed_disagrees(g, n, cb))
            continue;
        size_t best = n;
        for (size_t a = 0; a < n; a++)
            if (a != b && age_conflict(g[a].c, cb) && age_comparable(g, n, g[a].c, cb) &&
                (best == n || support[a] > support[best]))
                best = a;
        if (best == n)
            continue;
        int m = cb->year && g[best].c->year ? month_index(cb) - month_index(g[best].c) : 0;
        if (m > AGE_WINDOW_MONTHS || m < -AGE_WINDOW_MONTHS
                ? m > 0 /* years apart: the later age is the stale one */
                : support[b] < support[best] || (support[b] == support[best] && best < b))
            report_age(cb, g[best].c, out);
    }
    free(support);
}

void fl_join_ages(const fl_claim *items, size_t len, const unsigned char *reference, fl_sink *out)
{
    aref *v = NULL;
    size_t n = 0, cap = 0;
    fl_buf b = {0};
    for (size_t i = 0; i < len; i++) {
        if (!fl_join_age_part(&items[i], &b))
            continue;
        FL_GROW(v, cap, n + 1);
        v[n++] = (aref){&items[i], fl_xstrdup(b.ptr), i};
    }
    fl_buf_free(&b);
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_aref);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].person, v[i].person) == 0)
            j++;
        if (j - i > 1 && j - i <= AGE_MAX_GROUP)
            judge_person(v + i, j - i, reference, out);
        i = j;
    }
    for (size_t i = 0; i < n; i++)
        free(v[i].person);
    free(v);
}
