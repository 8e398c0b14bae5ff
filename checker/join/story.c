/* story.c - one event for the reports of one story (see story.h). */
#include "join/story.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/map.h"
#include "core/util.h"
#include "extract/frames.h"
#include "packs/knowledge.h"

static int same_word(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (fl_ascii_lower((unsigned char)*a) != fl_ascii_lower((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* Is c an event's figure of the kind a document's own event has (a count or measure stated for the event's
 * date, no milestone: "fire:ended" is another fact), not a day or clock time? */
static int own_event_figure(const fl_claim *c, const fl_knowledge *k)
{
    size_t e = 0;
    while (c->subject && e < k->nevent_classes && !same_word(k->event_classes[e], c->subject))
        e++; /* an event class ("fire"), not an unnamed thing of the story ("the indictment") */
    return e < k->nevent_classes && c->key && c->subject_event && c->subject && c->subject[0] &&
           !strchr(c->subject, ':') && (c->period_how == 4 || c->period_how == 5) && strcmp(c->dim, "clock") != 0 &&
           strcmp(c->dim, "date") != 0 && strcmp(c->dim, "weekday") != 0;
}

/* Is c a day or clock time of an event class, no milestone of it ("crash", not "crash:discovered"), keyed? */
static int event_when(const fl_claim *c)
{
    return c->key && c->subject_event && c->subject && c->subject[0] && !strchr(c->subject, ':') &&
           (strcmp(c->dim, "clock") == 0 || strcmp(c->dim, "date") == 0);
}

/* Is cls a momentary event class (claim_model.momentary_events: a collapse, a crash; not a fire)? */
static int momentary_class(const fl_knowledge *k, const char *cls)
{
    for (size_t i = 0; i < k->nmomentary_events; i++)
        if (same_word(k->momentary_events[i], cls))
            return 1;
    return 0;
}

/* Is c a day, clock time or weekday of an event class (event_when, or the weekday of its day)? */
static int event_when_or_weekday(const fl_claim *c)
{
    return event_when(c) || (c->key && c->subject_event && c->subject && c->subject[0] && !strchr(c->subject, ':') &&
                             strcmp(c->dim, "weekday") == 0);
}

static size_t dir_of(const char *file)
{
    const char *slash = strrchr(file, '/');
    return slash ? (size_t)(slash - file) : 0;
}

/* How many figures of one event class a document gives for that class to be its own event: one figure is no
 * evidence of what the document is about ("three tours" keyed to a crash in passing). */
enum { OWN_EVENT_FIGURES = 2 };

/* The event class index of an own event figure's subject (own_event_figure holds), -1 none. */
static int event_class(const fl_claim *c, const fl_knowledge *k)
{
    for (size_t e = 0; e < k->nevent_classes; e++)
        if (same_word(k->event_classes[e], c->subject))
            return (int)e;
    return -1;
}

void fl_story_mark_events(fl_claims *claims, size_t from, const fl_knowledge *k)
{
    size_t n = k->nevent_classes, best = 0;
    int event = 0;
    size_t *counts = fl_xcalloc(n ? n : 1, sizeof *counts);
    for (size_t i = from; i < claims->len; i++) {
        const fl_claim *c = &claims->items[i];
        int e = own_event_figure(c, k) ? event_class(c, k) : -1;
        if (e < 0)
            continue;
        /* the class most of its figures are of, the first to reach that count on a tie */
        if (++counts[e] > best && counts[e] >= OWN_EVENT_FIGURES) {
            best = counts[e];
            event = e + 1;
        }
    }
    /* the day of the own event: the first day or clock time with its year and day its document gives that event
     * (no milestone of it: "crash", not "road:reopened") */
    int day = 0;
    for (size_t i = from; i < claims->len && event && !day; i++) {
        const fl_claim *c = &claims->items[i];
        if (event_when(c) && c->year > 0 && c->month && c->day && same_word(k->event_classes[event - 1], c->subject))
            day = c->year * 10000 + c->month * 100 + c->day;
    }
    for (size_t i = from; i < claims->len; i++) {
        claims->items[i].doc_event = (int16_t)event;
        claims->items[i].event_day = day;
    }
    free(counts);
}

/* The own event's class name of c's document (fl_story_mark_events), NULL none. */
static const char *claim_doc_event(const fl_claim *c, const fl_knowledge *k)
{
    return c->doc_event > 0 && (size_t)c->doc_event <= k->nevent_classes ? k->event_classes[c->doc_event - 1] : NULL;
}

/* Each document's own event (what fl_story_mark_events found in the map step, carried by each of its claims);
 * first[d] is a claim of document d (SIZE_MAX none). */
static void doc_events(const fl_claims *all, const fl_knowledge *k, const char **event, size_t *first)
{
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (first[c->doc] == SIZE_MAX)
            first[c->doc] = i;
        if (claim_doc_event(c, k))
            event[c->doc] = claim_doc_event(c, k);
    }
}

/* How many of their most used names two reports of one directory that give their own event one class ("fire" in
 * both) share to be of one story: fewer than fl_story_names_shared asks of any two (a tabloid names the place and
 * the airline, and its other names are its own: a witness, a headline's capitals). */
enum { EVENT_SHARED = 2 };

static size_t story_root(size_t *up, size_t d)
{
    while (up[d] != d)
        d = up[d] = up[up[d]];
    return d;
}

/* Are documents a and b (claims ca, cb of each, of one directory) reports of one story by their names: enough of
 * them, or two and their own event's class when both have one (a fire and a flood at one plant are two stories),
 * else two and the words they use most (short reports of one story share few names: a tabloid names its own
 * witnesses; two reports of two games share their words, not their names)? */
static int one_story(const fl_claim *ca, const fl_claim *cb, const char *ea, const char *eb)
{
    int shared = fl_story_names_common(ca->names, cb->names);
    if (shared < EVENT_SHARED)
        return 0;
    if (ea && eb)
        return fl_story_names_shared(ca->names, cb->names) || same_word(ea, eb);
    return fl_story_names_shared(ca->names, cb->names) || fl_story_topics_shared(ca->topics, cb->topics);
}

/* How many of their most used names two documents of one directory whose own event is of one class share to be
 * of one story for a fact of that event they both give: one (the place, the operator) — the own event, decided from
 * each document alone in the map step, says more than names here, and no document outside the two may vouch. */
enum { SETTLED_SHARED = 1 };

/* Are the files of claims a and b in one directory? */
static int claims_same_dir(const fl_claim *a, const fl_claim *b)
{
    size_t da = dir_of(a->file);
    return da == dir_of(b->file) && memcmp(a->file, b->file, da) == 0;
}

int fl_story_act_linked(const fl_claim *a, const fl_claim *b)
{
    return a->doc != b->doc && claims_same_dir(a, b) && fl_story_names_common(a->names, b->names) >= EVENT_SHARED;
}

/* Is c a settled fact of no date of its own (a family the claim model marks "settled", the story's period)? */
static int settled_fact(const fl_claim *c, const fl_knowledge *k)
{
    return c->family >= 0 && k->metrics[c->family].settled && c->period_how == 5 && c->modality == FL_MOD_ACTUAL;
}

/* Are the documents of claims a and b one, or two of one directory of one story: one_story links them, or their
 * own events are of one class and they share a name? */
static int claims_linked(const fl_claim *a, const fl_claim *b, const fl_knowledge *k)
{
    if (a->doc == b->doc)
        return 1;
    if (!claims_same_dir(a, b))
        return 0;
    /* two measures of one story's kind (frames.c: "fell about 40 metres", "plunged 300ft") say, as one own event
     * does, that the two reports tell one event */
    int measures = fl_frame_story_measure(a, k) && fl_frame_story_measure(b, k);
    /* so do two settled facts of one thing of no date of their own ("the Orvik tower stands 55 metres tall"): the
     * claims given here are of one key, so of one named thing */
    measures |= settled_fact(a, k) && settled_fact(b, k);
    return ((measures || (a->doc_event > 0 && a->doc_event == b->doc_event)) &&
            fl_story_names_common(a->names, b->names) >= SETTLED_SHARED) ||
           one_story(a, b, claim_doc_event(a, k), claim_doc_event(b, k));
}

/* Are the documents of claims a and b, of one directory, of one story by a weaker sign than claims_linked asks,
 * for figures whose own values already say they are one (fl_story_of_figures): two of their most used names, or
 * their most used words? A tabloid's report names its own witnesses and shares the story's words, not its names;
 * a short bulletin shares two names. */
static int claims_near(const fl_claim *a, const fl_claim *b, const fl_knowledge *k)
{
    return claims_linked(a, b, k) ||
           (claims_same_dir(a, b) && (fl_story_names_common(a->names, b->names) >= EVENT_SHARED ||
                                      fl_story_topics_shared(a->topics, b->topics)));
}

static size_t *story_of(const fl_claim *const *cs, size_t n, const fl_knowledge *k,
                        int (*linked)(const fl_claim *, const fl_claim *, const fl_knowledge *))
{
    size_t *up = fl_xmalloc((n ? n : 1) * sizeof *up);
    for (size_t i = 0; i < n; i++)
        up[i] = i;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++) {
            size_t ra = story_root(up, i), rb = story_root(up, j);
            if (ra != rb && linked(cs[i], cs[j], k))
                up[ra > rb ? ra : rb] = ra < rb ? ra : rb;
        }
    for (size_t i = 0; i < n; i++)
        up[i] = story_root(up, i);
    return up;
}

size_t *fl_story_of_claims(const fl_claim *const *cs, size_t n, const fl_knowledge *k)
{
    return story_of(cs, n, k, claims_linked);
}

size_t *fl_story_of_figures(const fl_claim *const *cs, size_t n, const fl_knowledge *k)
{
    return story_of(cs, n, k, claims_near);
}

/* A document with claims and where its directory ends in its path, for sorting documents by directory. */
typedef struct {
    size_t doc;
    const char *file;
    size_t dl;
} doc_dir;

static int cmp_doc_dir(const void *pa, const void *pb)
{
    const doc_dir *a = pa, *b = pb;
    size_t n = a->dl < b->dl ? a->dl : b->dl;
    int s = memcmp(a->file, b->file, n);
    if (s || a->dl != b->dl)
        return s ? s : a->dl < b->dl ? -1 : 1;
    return a->doc < b->doc ? -1 : a->doc > b->doc;
}

static int same_dir(const doc_dir *a, const doc_dir *b)
{
    return a->dl == b->dl && memcmp(a->file, b->file, a->dl) == 0;
}

/* The day of each document's own event (day[d], days from the epoch; has[d] 0 when it gives none): the first day
 * it gives an event of the class of its own (event[d]). */
static void event_days(const fl_claims *all, const char **event, double *day, unsigned char *has)
{
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (!has[c->doc] && event[c->doc] && event_when(c) && strcmp(c->dim, "date") == 0 &&
            same_word(event[c->doc], c->subject)) {
            has[c->doc] = 1;
            day[c->doc] = c->value;
        }
    }
}

/* How many of their most used names two reports of one directory whose own events are momentary and of one day
 * share to be of one story whatever class word each uses ("collapsed" in one, "crashed down" in another): the
 * place, or the operator. */
enum { DAY_SHARED = 1 };

/* Are documents d and e (their first claims a, b) of one directory reports of one story: one_story links them by
 * names, or each has a momentary event of its own (of either class), on one day, and they share a name? */
static int linked_docs(const fl_claim *a, const fl_claim *b, const char *ea, const char *eb, const double *day,
                       const unsigned char *has, const fl_knowledge *k)
{
    if (one_story(a, b, ea, eb))
        return 1;
    return ea && eb && momentary_class(k, ea) && momentary_class(k, eb) && has[a->doc] && has[b->doc] &&
           day[a->doc] == day[b->doc] && fl_story_names_common(a->names, b->names) >= DAY_SHARED;
}

/* Links the documents of each directory into stories (up[d], by story_root: the story's first document); only
 * documents of one directory are compared, pair by pair. */
static void link_stories(const fl_claims *all, const fl_knowledge *k, size_t ndocs, const size_t *first,
                         const char **event, size_t *up)
{
    double *day = fl_xcalloc(ndocs, sizeof *day);
    unsigned char *has = fl_xcalloc(ndocs, 1);
    event_days(all, event, day, has);
    doc_dir *v = fl_xmalloc(ndocs * sizeof *v);
    size_t n = 0;
    for (size_t d = 0; d < ndocs; d++) {
        up[d] = d;
        if (first[d] != SIZE_MAX)
            v[n++] = (doc_dir){d, all->items[first[d]].file, dir_of(all->items[first[d]].file)};
    }
    qsort(v, n, sizeof *v, cmp_doc_dir);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j-- > 0 && same_dir(&v[i], &v[j]);) {
            size_t d = v[i].doc, e = v[j].doc;
            if (!linked_docs(&all->items[first[d]], &all->items[first[e]], event[d], event[e], day, has, k))
                continue;
            size_t ra = story_root(up, d), rb = story_root(up, e);
            if (ra != rb)
                up[ra > rb ? ra : rb] = ra < rb ? ra : rb;
        }
    for (size_t d = 0; d < ndocs; d++)
        up[d] = story_root(up, d);
    free(v);
    free(day);
    free(has);
}

static size_t count_docs(const fl_claims *all)
{
    size_t ndocs = 0;
    for (size_t i = 0; i < all->len; i++)
        if (all->items[i].doc + 1 > ndocs)
            ndocs = all->items[i].doc + 1;
    return ndocs;
}

/* Each document's own event (event[d]), its first claim (first[d]) and its story (up[d]). */
static void stories(const fl_claims *all, const fl_knowledge *k, size_t ndocs, const char **event, size_t *first,
                    size_t *up)
{
    for (size_t d = 0; d < ndocs; d++)
        first[d] = SIZE_MAX;
    doc_events(all, k, event, first);
    link_stories(all, k, ndocs, first, event, up);
}

size_t *fl_story_docs(const fl_claims *all, const fl_knowledge *k)
{
    size_t ndocs = count_docs(all);
    if (!ndocs)
        return NULL;
    const char **event = fl_xcalloc(ndocs, sizeof *event);
    size_t *first = fl_xmalloc(ndocs * sizeof *first), *up = fl_xmalloc(ndocs * sizeof *up);
    stories(all, k, ndocs, event, first, up);
    free(event);
    free(first);
    return up;
}

/* Was day or time c given its document's event, its sentence naming no class of its own ("struck the bridge at
 * about 4.50am")? */
static int doc_event_when(const fl_claim *c)
{
    static const char how[] = "the document's event";
    return event_when(c) && c->subject_how && strncmp(c->subject_how, how, sizeof how - 1) == 0;
}

/* The event each story times by name (timed[s], s a story's first document): the class of the first day or time
 * its sentence names ("the collision happened at 03:50") that is its report's own event. */
static void story_timed(const fl_claims *all, const char **event, const size_t *up, const char **timed)
{
    size_t ndocs = count_docs(all), *from = fl_xmalloc(ndocs * sizeof *from);
    for (size_t d = 0; d < ndocs; d++)
        from[d] = SIZE_MAX;
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        size_t s = up[c->doc];
        if (event_when(c) && !doc_event_when(c) && event[c->doc] && same_word(event[c->doc], c->subject) &&
            c->doc < from[s]) {
            from[s] = c->doc;
            timed[s] = event[c->doc];
        }
    }
    free(from);
}

/* "story|class" (the class lower-cased), the key of classes_apart. */
static void story_class_key(fl_buf *b, size_t story, const char *cls)
{
    b->len = 0;
    fl_buf_printf(b, "%zu|", story);
    for (const char *p = cls; *p; p++)
        fl_buf_putc(b, (char)fl_ascii_lower((unsigned char)*p));
}

/* Marks in apart ("story|class") the classes a story tells apart from the event it times by name (timed): a report
 * gives a day or time of the class that is not its own event (the fire that broke out after the collision), or
 * gives days or times of both. */
static void classes_apart(const fl_claims *all, const char **event, const char **timed, const size_t *up, fl_map *apart)
{
    fl_buf b = {0};
    size_t ndocs = count_docs(all);
    unsigned char *both = fl_xcalloc(ndocs, 1);
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        both[c->doc] |= event_when(c) && timed[up[c->doc]] && same_word(timed[up[c->doc]], c->subject);
    }
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        const char *to = timed[up[c->doc]];
        if (!event_when(c) || !to || same_word(to, c->subject) ||
            (event[c->doc] && same_word(event[c->doc], c->subject) && !both[c->doc]))
            continue;
        story_class_key(&b, up[c->doc], c->subject);
        fl_map_set(apart, b.ptr, b.len, 1);
    }
    free(both);
    fl_buf_free(&b);
}

/* The event a figure of document c->doc's own event is keyed by (NULL: its own): a count or measure
 * (own_event_figure) the story's first report's event (canon); a day or time given its document's event
 * (doc_event_when) the event the story times by name (timed), unless the story tells its class apart
 * (classes_apart): "the collision happened at 03:50" in one report, "struck the bridge at about 4.50am" in a
 * report about the line's closure. */
static const char *story_event_of(const fl_claim *c, const fl_knowledge *k, const char *const *event,
                                  const char *const *canon, const char *const *timed, const size_t *up,
                                  const fl_map *apart, fl_buf *b)
{
    const char *own = event[c->doc];
    if (!own || !c->subject || !same_word(own, c->subject))
        return NULL;
    if (own_event_figure(c, k))
        return canon[c->doc];
    /* a day or time given the report's own event ("struck the bridge at about 4.50am"); or one its sentence names
     * by a momentary class ("the deck collapsed at 7.20am") when the story timed a momentary event first by
     * another word ("crashed down at 6.50am"): one moment, two words. A fire and the blast of one story are two
     * events, each with its own time (a fire lasts, it is no word for a moment) */
    const char *to = timed[up[c->doc]];
    if (!to ||
        !(doc_event_when(c) || (event_when_or_weekday(c) && momentary_class(k, c->subject) && momentary_class(k, to))))
        return NULL;
    story_class_key(b, up[c->doc], c->subject);
    return fl_map_get(apart, b->ptr, b->len) < 0 ? timed[up[c->doc]] : NULL;
}

/* Is c a figure of its document's own topic ("...|@#dir/a.txt>|...", no thing of it named: not "#the hall") of
 * the kind a story's event has (a count or measure of an event family, as of the document's date or the story's),
 * no day or clock time? *at and *len: where its file stands in the key (fl_story_topic_file). */
static int topic_event_figure(const fl_claim *c, const fl_knowledge *k, size_t *at, size_t *len)
{
    if (!c->key || !(*len = fl_story_topic_file(c->key, at)) || c->key[*at + *len] != '>')
        return 0;
    return c->family >= 0 && (size_t)c->family < k->nmetrics && k->metrics[c->family].event &&
           (c->period_how == 4 || c->period_how == 5) && strcmp(c->dim, "clock") != 0 && strcmp(c->dim, "date") != 0 &&
           strcmp(c->dim, "weekday") != 0;
}

/* The key of a topic figure c of a report that names no event of its own (topic_event_figure: its file at [at,
 * at + len) of the key) in a story whose other reports do: the story's event (to), as theirs are keyed
 * ("...|@#dir/a.txt>|..." -> "...|@dir/crash>|..."). A feature or a radio report that tells the crash without
 * naming it counts the same dead. Returns a new string. */
static char *topic_as_event(const char *key, size_t at, size_t len, const char *to)
{
    const char *topic = strstr(key, "|@#");
    fl_buf b = {0};
    fl_buf_put(&b, key, (size_t)(topic + 2 - key));
    fl_buf_put(&b, topic + 3, (size_t)(key + at - (topic + 3)));
    for (const char *p = to; *p; p++)
        fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*p));
    fl_buf_puts(&b, key + at + len);
    return fl_buf_take(&b);
}

/* Is c a measure of its story's event that its report gave the story's subject (fl_frame_story_key: "trapped for
 * almost two hours" in a report that names no event class)? In a story whose other reports name one, it is that
 * event's, as their own figures of it are keyed ("...|@dir/story>|..." -> "...|@dir/breakdown>|..."). */
static int story_measure(const fl_claim *c, const fl_knowledge *k)
{
    return k->story_subject && c->key && c->subject_event && c->subject && strcmp(c->subject, k->story_subject) == 0;
}

/* The key of a day or time of the story's main event that its report gave the story's subject, its verb the item
 * (extract/claim_times.c main_event_when: "the arrays were switched on on Monday 20 April"): in a story whose other
 * reports name an event class (to), that event's, whatever verb told it ("failed at 5.40am", "gave way at about
 * 4.40 a.m."); in a story none of whose reports names one, the story's own, by the file of its first report (root)
 * and the verb, so that reports of one story that tell one act meet and the unrelated documents of one directory
 * do not ("...|@dir/story>|actual|switch|" -> "...|@dir/story~first.txt>|actual|switch|"). The event's part of key
 * is [at, at + len). Returns a new string. */
static char *story_own_when(const char *key, size_t at, size_t len, const char *to, const char *root)
{
    const char *slash = strrchr(root, '/');
    fl_buf b = {0};
    fl_buf_put(&b, key, at);
    if (to) {
        for (const char *p = to; *p; p++)
            fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*p));
        /* "|modality|item|period": the item (the verb) left out, as the event's own days and times have none */
        const char *mod = strchr(key + at + len, '|'), *item = mod ? strchr(mod + 1, '|') : NULL;
        const char *end = item ? strchr(item + 1, '|') : NULL;
        if (!end) {
            fl_buf_puts(&b, key + at + len);
            return fl_buf_take(&b);
        }
        fl_buf_put(&b, key + at + len, (size_t)(item + 1 - (key + at + len)));
        fl_buf_puts(&b, end);
        return fl_buf_take(&b);
    }
    fl_buf_put(&b, key + at, len);
    fl_buf_printf(&b, "~%s", slash ? slash + 1 : root);
    fl_buf_puts(&b, key + at + len);
    return fl_buf_take(&b);
}

/* The event a story's moment is keyed by in story s (its first document), or NULL (the story's own): the momentary
 * class the story times by name (timed), else the momentary class of its first report that names one (canon). A
 * spill, a flood or a fire lasts: the moment a thing failed is no time of theirs. */
static const char *moment_event(const fl_knowledge *k, size_t s, const char *const *timed, const char *const *canon)
{
    if (timed[s])
        return momentary_class(k, timed[s]) ? timed[s] : NULL;
    return canon[s] && momentary_class(k, canon[s]) ? canon[s] : NULL;
}

/* Marks in owned ("story|class") the class of each report's own event: the story has joined that class to its
 * event (a bulletin's escape, a radio report's break-in of one night). */
static void classes_owned(const char **event, size_t ndocs, const size_t *up, fl_map *owned)
{
    fl_buf b = {0};
    for (size_t d = 0; d < ndocs; d++)
        if (event[d]) {
            story_class_key(&b, up[d], event[d]);
            fl_map_set(owned, b.ptr, b.len, 1);
        }
    fl_buf_free(&b);
}

/* The story's event (to) for a figure of an event class that is not its report's own (own_event_figure's shape,
 * one figure: "poultry keepers have lost 640 hens" to the break-in in a feature that names no event of its own, or
 * in a bulletin about the escape): when another report of the story has that class as its own event, the story has
 * already told that event by both words, unless it tells the class apart by a day or time (classes_apart). The
 * report's own event, if any, must be the story's. NULL when it stays keyed apart: a class no report has as its
 * own ("a fire at the farm in 2019") is another event. */
static const char *story_event_word(const fl_claim *c, const fl_knowledge *k, const char *own, const char *to,
                                    const fl_map *owned, const fl_map *apart, fl_buf *b, size_t story)
{
    if (!to || !own_event_figure(c, k) || same_word(to, c->subject) || (own && !same_word(own, to)) ||
        (own && same_word(own, c->subject)))
        return NULL;
    story_class_key(b, story, c->subject);
    return fl_map_get(owned, b->ptr, b->len) >= 0 && fl_map_get(apart, b->ptr, b->len) < 0 ? to : NULL;
}

char **fl_story_event_keys(const fl_claims *all, const fl_knowledge *k, const size_t *up)
{
    size_t ndocs = count_docs(all);
    if (!ndocs || !up)
        return NULL;
    const char **event = fl_xcalloc(ndocs, sizeof *event), **canon = fl_xcalloc(ndocs, sizeof *canon);
    size_t *first = fl_xmalloc(ndocs * sizeof *first);
    for (size_t d = 0; d < ndocs; d++)
        first[d] = SIZE_MAX;
    doc_events(all, k, event, first);
    /* a document of a story is of the event of the story's first report that names one */
    for (size_t d = 0; d < ndocs; d++)
        if (event[d] && !canon[up[d]])
            canon[up[d]] = event[d];
    /* the story's event, for the reports that name none (topic_as_event) */
    const char **story_event = fl_xcalloc(ndocs, sizeof *story_event);
    for (size_t d = 0; d < ndocs; d++)
        story_event[d] = event[d] ? NULL : canon[up[d]];
    const char **story_canon = fl_xmalloc(ndocs * sizeof *story_canon);
    memcpy(story_canon, canon, ndocs * sizeof *story_canon);
    for (size_t d = ndocs; d-- > 0;)
        canon[d] = event[d] ? canon[up[d]] : NULL;
    char **keys = fl_xcalloc(all->len ? all->len : 1, sizeof *keys);
    const char **timed = fl_xcalloc(ndocs, sizeof *timed);
    story_timed(all, event, up, timed);
    fl_map apart;
    fl_map_init(&apart, 0);
    classes_apart(all, event, timed, up, &apart);
    fl_map owned;
    fl_map_init(&owned, 0);
    classes_owned(event, ndocs, up, &owned);
    fl_buf b = {0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        size_t at, len;
        if (story_event[c->doc] && topic_event_figure(c, k, &at, &len)) {
            keys[i] = topic_as_event(c->key, at, len, story_event[c->doc]);
            continue;
        }
        /* a day or clock time of the story's moment (item FL_STORY_MOMENT: "The vat failed at 06:40"), of the
         * start of its state (FL_STORY_START) or of the start or end of its activity ("activity-..."): a start is
         * the story's own, never an event's moment */
        int measure = story_measure(c, k), when = measure && event_when(c);
        int start = when && c->item &&
                    (strcmp(c->item, FL_STORY_START) == 0 ||
                     strncmp(c->item, FL_STORY_ACTIVITY, strlen(FL_STORY_ACTIVITY)) == 0);
        int moment = when && c->item && strcmp(c->item, FL_STORY_MOMENT) == 0;
        if ((start || moment) && (len = fl_story_key_event(c->key, &at))) {
            keys[i] = story_own_when(c->key, at, len, start ? NULL : moment_event(k, up[c->doc], timed, story_canon),
                                     all->items[first[up[c->doc]]].file);
            continue;
        }
        if (when && (len = fl_story_key_event(c->key, &at))) {
            keys[i] = story_own_when(c->key, at, len, story_event[c->doc], all->items[first[up[c->doc]]].file);
            continue;
        }
        const char *to = story_event[c->doc] && measure ? story_event[c->doc]
                                                        : story_event_of(c, k, event, canon, timed, up, &apart, &b);
        if (!to)
            to = story_event_word(c, k, event[c->doc], story_canon[up[c->doc]], &owned, &apart, &b, up[c->doc]);
        if (!to || same_word(to, c->subject) || !(len = fl_story_key_event(c->key, &at)))
            continue;
        b.len = 0;
        fl_buf_put(&b, c->key, at);
        for (const char *p = to; *p; p++)
            fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*p));
        fl_buf_puts(&b, c->key + at + len);
        keys[i] = fl_buf_take(&b);
    }
    fl_buf_free(&b);
    fl_map_free(&apart);
    fl_map_free(&owned);
    free(timed);
    free(event);
    free(canon);
    free(story_event);
    free(story_canon);
    free(first);
    return keys;
}

size_t fl_story_key_event(const char *key, size_t *at)
{
    const char *a = strstr(key, "|@"), *e = a ? strchr(a, '>') : NULL;
    if (!e || a[2] == '#')
        return 0;
    const char *slash = a + 2;
    for (const char *p = a + 2; p < e; p++)
        if (*p == '/')
            slash = p + 1;
    *at = (size_t)(slash - key);
    return (size_t)(e - slash);
}

/* ---- figures of a document's own topic ---- */

size_t fl_story_topic_file(const char *key, size_t *at)
{
    const char *a = strstr(key, "|@#");
    if (!a)
        return 0;
    a += 3;
    const char *e = a + strcspn(a, "#>"), *slash = a;
    for (const char *p = a; p < e; p++)
        if (*p == '/')
            slash = p + 1;
    *at = (size_t)(slash - key);
    return (size_t)(e - slash);
}

void fl_story_topic_route(const fl_claim *c, fl_buf *route)
{
    size_t at, len = fl_story_topic_file(c->key, &at);
    const char *topic = strstr(c->key, "|@#");
    route->len = 0;
    if (c->key[at + len] == '>') { /* the document's own topic: routed as the directory's events are */
        fl_buf_put(route, c->key, (size_t)(topic + 2 - c->key));
        fl_buf_put(route, topic + 3, (size_t)(c->key + at - (topic + 3)));
    } else
        fl_buf_put(route, c->key, at);
    const char *rest = c->key + at + len, *bar = strrchr(rest, '|');
    fl_buf_put(route, rest, bar ? (size_t)(bar + 1 - rest) : strlen(rest));
}

size_t *fl_story_of_list(const fl_claims *all, size_t first, const size_t *next, const fl_knowledge *k, size_t *n,
                         size_t **at, const fl_claim ***cs)
{
    size_t m = 0;
    for (size_t i = first; i != SIZE_MAX; i = next[i])
        m++;
    *cs = fl_xmalloc((m ? m : 1) * sizeof **cs);
    *at = fl_xmalloc((m ? m : 1) * sizeof **at);
    *n = m;
    m = 0;
    for (size_t i = first; i != SIZE_MAX; i = next[i]) {
        (*at)[m] = i;
        (*cs)[m++] = &all->items[i];
    }
    return fl_story_of_claims(*cs, *n, k);
}

/* Links the stories up[0, n) of topic figures cs[0, n) of one route (one act on one counted item, one modality:
 * "Some 310 jobs will go", "Nearly 400 jobs will be lost nationally") whose documents of one directory share
 * EVENT_SHARED of their most used names (the company's): an act that neither report gives an agent is the story's,
 * and two reports that count the same act on the same thing, naming the same names, tell one story. */
static void topic_acts_linked(const fl_claim *const *cs, size_t n, const fl_knowledge *k, size_t *up)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++) {
            const fl_claim *a = cs[i], *b = cs[j];
            size_t da = dir_of(a->file), ra = story_root(up, i), rb = story_root(up, j);
            if (ra == rb || a->family != k->act_family || b->family != k->act_family || da != dir_of(b->file) ||
                memcmp(a->file, b->file, da) != 0 || fl_story_names_common(a->names, b->names) < EVENT_SHARED)
                continue;
            up[ra > rb ? ra : rb] = ra < rb ? ra : rb;
        }
    for (size_t i = 0; i < n; i++)
        up[i] = story_root(up, i);
}

/* The claims of one route of topic figures (a list from first along next), given the key of their story when it
 * holds two documents or more: the directory's "~" and the story's first file by name, for each (keys[i]). */
static void topic_stories(const fl_claims *all, size_t first, const size_t *next, const fl_knowledge *k, char **keys)
{
    size_t n, *at;
    const fl_claim **cs;
    size_t *up = fl_story_of_list(all, first, next, k, &n, &at, &cs), *root = fl_xmalloc(n * sizeof *root);
    topic_acts_linked(cs, n, k, up);
    /* each story's first file by name (whatever order a reducer holds its claims in), and whether it has two */
    unsigned char *two = fl_xcalloc(n, 1);
    for (size_t j = 0; j < n; j++)
        root[j] = SIZE_MAX;
    for (size_t j = 0; j < n; j++) {
        size_t r = up[j];
        if (root[r] != SIZE_MAX && cs[root[r]]->doc != cs[j]->doc)
            two[r] = 1;
        if (root[r] == SIZE_MAX || strcmp(cs[j]->file, cs[root[r]]->file) < 0)
            root[r] = j;
    }
    fl_buf b = {0};
    for (size_t j = 0; j < n; j++) {
        size_t r = up[j], ra, rl, ca, cl = fl_story_topic_file(cs[j]->key, &ca);
        if (!two[r])
            continue;
        rl = fl_story_topic_file(cs[root[r]]->key, &ra);
        b.len = 0;
        fl_buf_put(&b, cs[j]->key, ca);
        fl_buf_putc(&b, '~');
        fl_buf_put(&b, cs[root[r]]->key + ra, rl);
        fl_buf_puts(&b, cs[j]->key + ca + cl);
        keys[at[j]] = fl_buf_take(&b);
    }
    fl_buf_free(&b);
    free(two);
    free(root);
    free(up);
    free(at);
    free(cs);
}

/* Groups the claims of all by the route route_of gives them (0: none), each group a list from its first claim along
 * next, and hands each group of two claims or more to each, which sets keys[i] for the claims it re-keys; the
 * keys (all->len entries, NULL where none), or NULL when all is empty. */
static char **keys_by_route(const fl_claims *all, const fl_knowledge *k,
                            int (*route_of)(const fl_claim *, const fl_knowledge *, fl_buf *),
                            void (*each)(const fl_claims *, size_t, const size_t *, const fl_knowledge *, char **))
{
    if (!all->len)
        return NULL;
    char **keys = fl_xcalloc(all->len, sizeof *keys);
    size_t *next = fl_xmalloc(all->len * sizeof *next), *head = NULL, *last = NULL, ngroups = 0, cap = 0;
    fl_map groups;
    fl_map_init(&groups, 0);
    fl_buf route = {0};
    for (size_t i = 0; i < all->len; i++) {
        next[i] = SIZE_MAX;
        if (!route_of(&all->items[i], k, &route))
            continue;
        int g = fl_map_get(&groups, route.ptr, route.len);
        if (g < 0) {
            FL_GROW(head, cap, ngroups + 1);
            last = fl_xrealloc(last, cap * sizeof *last);
            head[ngroups] = last[ngroups] = i;
            fl_map_put(&groups, route.ptr, route.len, (int)ngroups++);
        } else
            last[g] = next[last[g]] = i;
    }
    for (size_t g = 0; g < ngroups; g++)
        if (next[head[g]] != SIZE_MAX)
            each(all, head[g], next, k, keys);
    fl_buf_free(&route);
    fl_map_free(&groups);
    free(next);
    free(head);
    free(last);
    return keys;
}

/* The route of a topic figure (its key names a document's topic) in route: 1; 0 for any other claim, and for the
 * age of a one-name person its document's lede never names (a passer-by: two reports' "Emma" are two people). */
static int topic_route_of(const fl_claim *c, const fl_knowledge *k, fl_buf *route)
{
    size_t at;
    (void)k;
    if (!c->key || !fl_story_topic_file(c->key, &at) ||
        (c->subject_how && strcmp(c->subject_how, FL_SINGLE_NAME_AGE_ASIDE) == 0))
        return 0;
    fl_story_topic_route(c, route);
    return 1;
}

char **fl_story_topic_keys(const fl_claims *all, const fl_knowledge *k)
{
    return keys_by_route(all, k, topic_route_of, topic_stories);
}

/* ---- a general noun of one report for the one thing of its kind its story's reports measure ---- */

/* The unnamed thing c's key names ("...|@dir/vessel>|..." -> "vessel", *at where it starts), when c is keyed by an
 * unnamed thing of its directory (its key's subject is its claim's subject, no event class, no document's topic);
 * 0 otherwise. */
static size_t thing_key(const fl_claim *c, const fl_knowledge *k, size_t *at)
{
    size_t len =
        c->key && c->subject_event && c->subject && !strchr(c->subject, ':') ? fl_story_key_event(c->key, at) : 0;
    if (!len || strlen(c->subject) != len || memcmp(c->key + *at, c->subject, len) != 0)
        return 0;
    for (size_t e = 0; e < k->nevent_classes; e++)
        if (same_word(k->event_classes[e], c->subject))
            return 0;
    return len;
}

/* The route of a thing's figure (thing_key holds) in route: its key without the thing's noun and without the period,
 * so that the figures of one attribute of the unnamed things of a directory meet (as records.c routes them): 1; 0
 * for any other claim. */
static int thing_route_of(const fl_claim *c, const fl_knowledge *k, fl_buf *route)
{
    size_t at, len = thing_key(c, k, &at);
    if (!len)
        return 0;
    route->len = 0;
    fl_buf_put(route, c->key, at);
    const char *rest = c->key + at + len, *bar = strrchr(rest, '|');
    fl_buf_put(route, rest, bar ? (size_t)(bar + 1 - rest) : strlen(rest));
    return 1;
}

/* Does noun s name a thing the general noun g stands for, with no qualifier before it ("mast"; never "temporary
 * mast", another thing of the story)? */
static int stands_for(const fl_knowledge *k, const char *g, const char *s)
{
    return !strchr(s, ' ') && fl_knowledge_stands_for(k, g, s) == 1;
}

/* Is s the name of a kind (claim_model.kinds: "vessel") that keys a noun the general noun g stands for ("ferry" for
 * "craft")? Such a figure is of another thing of g's kind, or of the same one: no telling. */
static int kind_of_general(const fl_knowledge *k, const char *g, const char *s)
{
    for (size_t i = 0; i < k->ngeneral_things; i++) {
        int kind = strcmp(k->general_thing[i], g) == 0 ? fl_phrases_string(&k->kind_nouns, k->specific_thing[i]) : -1;
        if (kind >= 0 && (size_t)kind < k->nkinds && strcmp(k->kinds[kind], s) == 0)
            return 1;
    }
    return 0;
}

/* The claims of one route of things' figures (a list from first along next): a general noun's figure (claim j: "the
 * 24m vessel") in a story of two reports or more whose figures of the route name one thing only that the general
 * noun may stand for ("the 65ft trawler" in another report), and no other thing of its kind or that thing with a
 * qualifier ("the temporary mast"), is keyed by that thing (keys[i]). */
/* Is c's subject a general noun's ("the 24m vessel"), as records.c reads it back? */
static int general_figure(const fl_claim *c)
{
    return c->subject_how && strcmp(c->subject_how, fl_general_noun_how) == 0;
}

/* Does the clause around c (its context) have a word of claim_model.part_whole_words ("the wheels alone", "in
 * total"), telling a part's value apart from the whole's? */
static int part_or_whole(const fl_claim *c, const fl_knowledge *k)
{
    const char *s = c->context ? c->context : "";
    char w[2][32];
    size_t len[2] = {0, 0};
    for (;;) {
        while (*s && !isalpha((unsigned char)*s))
            s++;
        if (!*s)
            return 0;
        size_t n = 0;
        char cur[32];
        for (; isalpha((unsigned char)*s); s++)
            if (n + 1 < sizeof cur)
                cur[n++] = (char)tolower((unsigned char)*s);
        cur[n] = 0;
        memcpy(w[0], w[1], sizeof w[0]);
        len[0] = len[1];
        memcpy(w[1], cur, n + 1);
        len[1] = n;
        char pair[96];
        snprintf(pair, sizeof pair, "%s %s", w[0], w[1]);
        if (fl_phrases_string(&k->part_whole_words, w[1]) >= 0 ||
            (len[0] && fl_phrases_string(&k->part_whole_words, pair) >= 0))
            return 1;
    }
}

static void general_of_route(const fl_claims *all, size_t first, const size_t *next, const fl_knowledge *k, char **keys)
{
    size_t i = first;
    while (i != SIZE_MAX && !general_figure(&all->items[i]))
        i = next[i];
    if (i == SIZE_MAX)
        return; /* no general noun names a figure of the route */
    size_t n, *at;
    const fl_claim **cs;
    size_t *up = fl_story_of_list(all, first, next, k, &n, &at, &cs);
    fl_buf b = {0};
    for (size_t j = 0; j < n; j++) {
        size_t ja, jl = thing_key(cs[j], k, &ja);
        if (!general_figure(cs[j]))
            continue; /* no general noun names it ("the ship", which its kind keys as "vessel", is a ship) */
        if (part_or_whole(cs[j], k))
            continue; /* "the stolen parts were worth £63,000 in total": the whole, never one thing's */
        const char *one = NULL;
        int other_doc = 0, apart = 0;
        for (size_t m = 0; m < n && !apart; m++) {
            const char *s = cs[m]->subject;
            if (up[m] != up[j])
                continue;
            if (strcmp(s, cs[j]->subject) == 0) {
                /* another thing its kind keys by the general noun ("the ferry" is a vessel) may be this one */
                apart = !general_figure(cs[m]);
                continue;
            }
            const char *last = strrchr(s, ' ');
            int kind = kind_of_general(k, cs[j]->subject, s);
            if (!kind && !stands_for(k, cs[j]->subject, s) && !(last && stands_for(k, cs[j]->subject, last + 1)))
                continue;
            apart = kind || (one && strcmp(one, s) != 0) || strchr(s, ' ') || part_or_whole(cs[m], k);
            one = s;
            other_doc |= cs[m]->doc != cs[j]->doc;
        }
        if (!one || apart || !other_doc)
            continue;
        b.len = 0;
        fl_buf_put(&b, cs[j]->key, ja);
        fl_buf_puts(&b, one);
        fl_buf_puts(&b, cs[j]->key + ja + jl);
        keys[at[j]] = fl_buf_take(&b);
    }
    fl_buf_free(&b);
    free(up);
    free(at);
    free(cs);
}

char **fl_story_general_keys(const fl_claims *all, const fl_knowledge *k)
{
    return k->ngeneral_things ? keys_by_route(all, k, thing_route_of, general_of_route) : NULL;
}
