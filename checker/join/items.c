/* items.c - one count named with other words: a generic counted noun ("six men on board", "27 people taken to
 * hospital") is the one specific noun the other claims of its key name ("seven crew", "nineteen revellers"). */
#include "join/items.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/map.h"

/* The counted noun of key: the part of its item field (the field before the last '|') after the act's ':', as
 * [*at, *at + *len); 0 when the key has no such field or the noun is empty. */
static int noun_of(const char *key, size_t *at, size_t *len)
{
    const char *last = strrchr(key, '|');
    if (!last || last == key)
        return 0;
    const char *p = last - 1;
    while (p > key && *p != '|')
        p--;
    if (*p != '|')
        return 0;
    const char *item = p + 1, *colon = memchr(item, ':', (size_t)(last - item));
    const char *noun = colon ? colon + 1 : item;
    *at = (size_t)(noun - key);
    *len = (size_t)(last - noun);
    return *len > 0 || !colon; /* an item field left empty: what the figure is of is not stated */
}

/* Is claim c's empty item field an item left unstated: a figure of a measure, not a day or a clock time (whose
 * item field holds how its zone is known)? */
static int item_unstated(const fl_claim *c)
{
    return !c->dim || (strcmp(c->dim, "clock") != 0 && strcmp(c->dim, "date") != 0 && strcmp(c->dim, "weekday") != 0);
}

typedef struct {
    size_t specific; /* a claim whose key names the specific noun, or SIZE_MAX */
    int many;        /* two specific nouns: which one a generic is is not known */
    int blocked;     /* a document gives both a generic and a specific noun */
    size_t part;     /* a claim whose key names a noun of claim_model.part_counts ("firefighter"), or SIZE_MAX */
    int many_parts;  /* two such nouns */
} noun_group;

/* Is the noun of key (at, len) one of claim_model.part_counts: those who serve at an event, a part of its people? */
static int part_noun(const char *key, size_t at, size_t len, const fl_knowledge *k)
{
    return len > 0 && fl_phrases_word(&k->part_counts, key + at, len) >= 0;
}

/* The map of "doc#noun" of every claim's counted noun (the value is unused): which nouns a document counts. */
static void doc_nouns_of(char **keys, const fl_claims *all, fl_map *counted)
{
    fl_buf b = {0};
    size_t at, len;
    for (size_t i = 0; i < all->len; i++) {
        /* the part nouns its document counts, as the claim carries them (fl_items_mark) */
        for (const char *w = all->items[i].doc_parts; *w;) {
            size_t n = strcspn(w, " ");
            b.len = 0;
            fl_buf_printf(&b, "%zu#%.*s", (size_t)all->items[i].doc, (int)n, w);
            fl_map_put(counted, b.ptr, b.len, 1);
            w += n + (w[n] == ' ');
        }
        if (!keys[i] || !noun_of(keys[i], &at, &len) || !len)
            continue;
        b.len = 0;
        fl_buf_printf(&b, "%zu#%.*s", (size_t)all->items[i].doc, (int)len, keys[i] + at);
        fl_map_put(counted, b.ptr, b.len, 1);
    }
    fl_buf_free(&b);
}

/* Does the document of claim i count the noun of key (at, len) in any of its claims ("More than 100
 * firefighters fought the blaze. Of these, 27 were injured")? */
static int doc_counts(const fl_map *counted, const fl_claims *all, size_t i, const char *key, size_t at, size_t len)
{
    fl_buf b = {0};
    fl_buf_printf(&b, "%zu#%.*s", (size_t)all->items[i].doc, (int)len, key + at);
    int found = fl_map_get(counted, b.ptr, b.len) >= 0;
    fl_buf_free(&b);
    return found;
}

/* The group (by the key without its noun) of each claim with a noun, in group[]; -1 for none. */
static size_t group_keys(char **keys, const fl_claims *all, const fl_knowledge *k, int *group, unsigned char *generic,
                         fl_map *groups)
{
    size_t ngroups = 0, at, len;
    fl_buf coarse = {0};
    for (size_t i = 0; i < all->len; i++) {
        group[i] = -1;
        if (!keys[i] || !noun_of(keys[i], &at, &len) || (len == 0 && !item_unstated(&all->items[i])))
            continue;
        if (memchr(keys[i] + at, '(', len))
            continue; /* a part its scope names ("person (remaining)", "the last 40 residents"): no noun a generic
                       * count of the whole takes */
        coarse.len = 0;
        fl_buf_put(&coarse, keys[i], at);
        fl_buf_puts(&coarse, keys[i] + at + len);
        int g = fl_map_get(groups, coarse.ptr, coarse.len);
        if (g < 0) {
            g = (int)ngroups++;
            fl_map_put(groups, coarse.ptr, coarse.len, g);
        }
        group[i] = g;
        generic[i] = len == 0 || fl_phrases_word(&k->generic_counts, keys[i] + at, len) >= 0;
    }
    fl_buf_free(&coarse);
    return ngroups;
}

/* What one document gives of one group: the largest generic count and the smallest specific one. */
typedef struct {
    int group;
    double generic_hi, specific_lo;
} doc_nouns;

/* The one specific noun of each group, and the groups a document blocks: it gives a generic and a specific noun
 * that may be a part and its whole ("12 people were treated ... nine fans": the fans may be of the people), or its
 * specific noun is one of a list (fl_claim.listed). A specific count larger than the generic one of its document
 * is no part of it ("Nine people were treated ... eleven fans needed treatment": fans are people) and blocks
 * nothing: the two disagree. */
static void group_nouns(char **keys, const fl_claims *all, const int *group, const unsigned char *generic,
                        const fl_knowledge *k, noun_group *ng)
{
    fl_map seen; /* "group#doc" -> its doc_nouns */
    fl_map_init(&seen, 0);
    doc_nouns *dn = NULL;
    size_t ndn = 0, capdn = 0;
    fl_buf b = {0};
    size_t at, len, sat, slen;
    for (size_t i = 0; i < all->len; i++) {
        if (group[i] < 0)
            continue;
        noun_group *g = &ng[group[i]];
        g->blocked |= !generic[i] && all->items[i].listed; /* one part of a listed whole */
        if (!generic[i] && (noun_of(keys[i], &at, &len), part_noun(keys[i], at, len, k))) {
            if (g->part == SIZE_MAX)
                g->part = i;
            else if (noun_of(keys[g->part], &sat, &slen) &&
                     (slen != len || memcmp(keys[g->part] + sat, keys[i] + at, len) != 0))
                g->many_parts = 1;
        } else if (!generic[i]) {
            if (g->specific == SIZE_MAX)
                g->specific = i;
            else if (noun_of(keys[g->specific], &sat, &slen) &&
                     (slen != len || memcmp(keys[g->specific] + sat, keys[i] + at, len) != 0))
                g->many = 1;
        }
        b.len = 0;
        fl_buf_printf(&b, "%d#%zu", group[i], (size_t)all->items[i].doc);
        int slot = fl_map_get(&seen, b.ptr, b.len);
        if (slot < 0) {
            FL_GROW(dn, capdn, ndn + 1);
            dn[ndn] = (doc_nouns){group[i], -INFINITY, INFINITY};
            fl_map_put(&seen, b.ptr, b.len, slot = (int)ndn++);
        }
        if (generic[i])
            dn[slot].generic_hi = fmax(dn[slot].generic_hi, all->items[i].hi);
        else
            dn[slot].specific_lo = fmin(dn[slot].specific_lo, all->items[i].lo);
    }
    for (size_t d = 0; d < ndn; d++) /* a document with no specific noun tells no part ("At least 12 people") */
        if (dn[d].specific_lo < INFINITY && dn[d].specific_lo <= dn[d].generic_hi)
            ng[dn[d].group].blocked = 1;
    free(dn);
    fl_buf_free(&b);
    fl_map_free(&seen);
}

/* Does claim c leave its counted noun out ("Of these, 27 were injured", "twenty-seven"): its text a lone word or
 * ending in a digit, not "17 people"? */
static int noun_left_out(const fl_claim *c)
{
    size_t n = c->text ? strlen(c->text) : 0;
    return n && ((c->text[n - 1] >= '0' && c->text[n - 1] <= '9') || !strchr(c->text, ' '));
}

/* The claim whose noun the generic claim i of group g takes, or SIZE_MAX: the group's one specific noun, else its
 * one noun of those who serve at an event ("Two firefighters were injured") when i leaves its noun out and its own
 * document counts them ("More than 100 firefighters fought the blaze. Of these, 27 were injured"); elsewhere they
 * are a part of the event's people, not what a generic count counts ("17 people were injured", beside "60
 * firefighters tackled the blaze"). counted is made on first use. */
static size_t noun_taken(char **keys, const fl_claims *all, const noun_group *g, size_t i, fl_map *counted, int *made)
{
    if (g->many || g->blocked)
        return SIZE_MAX;
    if (g->specific != SIZE_MAX)
        return g->specific;
    size_t at, len;
    if (g->part == SIZE_MAX || g->many_parts || !noun_left_out(&all->items[i]) || !noun_of(keys[g->part], &at, &len))
        return SIZE_MAX;
    if (!(*made)++)
        doc_nouns_of(keys, all, counted);
    return doc_counts(counted, all, i, keys[g->part], at, len) ? g->part : SIZE_MAX;
}

void fl_items_resolve(char **keys, const fl_claims *all, const fl_knowledge *k)
{
    if (!all->len || !k->generic_counts.n)
        return;
    int *group = fl_xmalloc(all->len * sizeof *group);
    unsigned char *generic = fl_xcalloc(all->len, 1);
    fl_map groups, counted;
    fl_map_init(&groups, 0);
    fl_map_init(&counted, 0);
    int made = 0;
    size_t ngroups = group_keys(keys, all, k, group, generic, &groups);
    noun_group *ng = fl_xmalloc((ngroups ? ngroups : 1) * sizeof *ng);
    for (size_t g = 0; g < ngroups; g++)
        ng[g] = (noun_group){SIZE_MAX, 0, 0, SIZE_MAX, 0};
    group_nouns(keys, all, group, generic, k, ng);
    char **taken = fl_xcalloc(all->len, sizeof *taken); /* the new keys, set after all are read */
    size_t at, len, sat, slen;
    for (size_t i = 0; i < all->len; i++) {
        size_t to = group[i] < 0 || !generic[i] ? SIZE_MAX : noun_taken(keys, all, &ng[group[i]], i, &counted, &made);
        if (to == SIZE_MAX)
            continue;
        noun_of(keys[i], &at, &len);
        noun_of(keys[to], &sat, &slen);
        fl_buf b = {0};
        fl_buf_put(&b, keys[i], at);
        fl_buf_put(&b, keys[to] + sat, slen);
        fl_buf_puts(&b, keys[i] + at + len);
        taken[i] = fl_buf_take(&b);
    }
    for (size_t i = 0; i < all->len; i++)
        if (taken[i]) {
            free(keys[i]);
            keys[i] = taken[i];
        }
    free(taken);
    free(ng);
    fl_map_free(&counted);
    fl_map_free(&groups);
    free(generic);
    free(group);
}

/* Is the word (w, n) one of the space-separated words of list? */
static int listed_word(const char *list, const char *w, size_t n)
{
    for (const char *p = list; *p;) {
        size_t m = strcspn(p, " ");
        if (m == n && memcmp(p, w, n) == 0)
            return 1;
        p += m + (p[m] == ' ');
    }
    return 0;
}

void fl_items_mark(fl_claims *claims, size_t from, const fl_knowledge *k)
{
    char parts[sizeof claims->items[0].doc_parts] = "";
    size_t used = 0, at, len;
    for (size_t i = from; i < claims->len; i++) {
        const char *key = claims->items[i].key;
        if (!key || !noun_of(key, &at, &len) || !part_noun(key, at, len, k) || listed_word(parts, key + at, len) ||
            used + (used > 0) + len >= sizeof parts) /* a document rarely counts more than two kinds of them */
            continue;
        if (used)
            parts[used++] = ' ';
        memcpy(parts + used, key + at, len);
        used += len;
        parts[used] = '\0';
    }
    for (size_t i = from; used && i < claims->len; i++)
        if (claims->items[i].key && noun_left_out(&claims->items[i]))
            memcpy(claims->items[i].doc_parts, parts, used + 1);
}

void fl_items_route(fl_buf *route)
{
    size_t at, len;
    fl_buf_putc(route, 0);
    route->len--;
    if (!noun_of(route->ptr, &at, &len))
        return;
    memmove(route->ptr + at, route->ptr + at + len, route->len - at - len + 1); /* and its terminating NUL */
    route->len -= len;
}
