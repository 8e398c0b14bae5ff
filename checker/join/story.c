/* story.c - one event for the reports of one story (see story.h). */
#include "join/story.h"

#include <stdlib.h>
#include <string.h>

#include "core/map.h"
#include "core/util.h"
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

static size_t dir_of(const char *file)
{
    const char *slash = strrchr(file, '/');
    return slash ? (size_t)(slash - file) : 0;
}

/* How many figures of one event class a document gives for that class to be its own event: one figure is no
 * evidence of what the document is about ("three tours" keyed to a crash in passing). */
enum { OWN_EVENT_FIGURES = 2 };

/* Each document's own event: the event class most of its own event figures are of (the first on a tie);
 * first[d] is a claim of document d (SIZE_MAX none). */
static void doc_events(const fl_claims *all, const fl_knowledge *k, size_t ndocs, const char **event, size_t *first)
{
    fl_map counts;
    fl_map_init(&counts, 0);
    fl_buf b = {0};
    int *best = fl_xcalloc(ndocs, sizeof *best);
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        if (first[c->doc] == SIZE_MAX)
            first[c->doc] = i;
        if (!own_event_figure(c, k))
            continue;
        b.len = 0;
        fl_buf_printf(&b, "%u|", (unsigned)c->doc);
        for (const char *p = c->subject; *p; p++)
            fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*p));
        int n = fl_map_get(&counts, b.ptr, b.len);
        n = n < 0 ? 1 : n + 1;
        fl_map_put(&counts, b.ptr, b.len, n);
        if (n > best[c->doc] && n >= OWN_EVENT_FIGURES) {
            best[c->doc] = n;
            event[c->doc] = c->subject;
        }
    }
    free(best);
    fl_buf_free(&b);
    fl_map_free(&counts);
}

char **fl_story_event_keys(const fl_claims *all, const fl_knowledge *k)
{
    size_t ndocs = 0;
    for (size_t i = 0; i < all->len; i++)
        if (all->items[i].doc + 1 > ndocs)
            ndocs = all->items[i].doc + 1;
    if (!ndocs)
        return NULL;
    const char **event = fl_xcalloc(ndocs, sizeof *event), **canon = fl_xcalloc(ndocs, sizeof *canon);
    size_t *first = fl_xmalloc(ndocs * sizeof *first), *head = fl_xmalloc(ndocs * sizeof *head), nhead = 0;
    for (size_t d = 0; d < ndocs; d++)
        first[d] = SIZE_MAX;
    doc_events(all, k, ndocs, event, first);
    /* a document of a directory whose names it shares with an earlier report there (a story's first report, its
     * head) is of that story: its own event is the head's */
    for (size_t d = 0; d < ndocs; d++) {
        if (!event[d])
            continue;
        const fl_claim *c = &all->items[first[d]];
        size_t dl = dir_of(c->file), h;
        for (h = 0; h < nhead; h++) {
            const fl_claim *o = &all->items[first[head[h]]];
            if (dir_of(o->file) == dl && memcmp(o->file, c->file, dl) == 0 && fl_story_names_shared(c->names, o->names))
                break;
        }
        canon[d] = h < nhead ? canon[head[h]] : event[d];
        if (h == nhead)
            head[nhead++] = d;
    }
    char **keys = fl_xcalloc(all->len ? all->len : 1, sizeof *keys);
    fl_buf b = {0};
    for (size_t i = 0; i < all->len; i++) {
        const fl_claim *c = &all->items[i];
        size_t at, len;
        const char *to = canon[c->doc];
        if (!own_event_figure(c, k) || !to || same_word(to, c->subject) || !same_word(event[c->doc], c->subject) ||
            !(len = fl_story_key_event(c->key, &at)))
            continue;
        b.len = 0;
        fl_buf_put(&b, c->key, at);
        for (const char *p = to; *p; p++)
            fl_buf_putc(&b, (char)fl_ascii_lower((unsigned char)*p));
        fl_buf_puts(&b, c->key + at + len);
        keys[i] = fl_buf_take(&b);
    }
    fl_buf_free(&b);
    free(event);
    free(canon);
    free(first);
    free(head);
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
