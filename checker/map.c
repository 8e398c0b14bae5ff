/* map.c - string -> integer hash map. */
#include "map.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static uint64_t hash(const char *s, size_t n, int fold)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (fold)
            c = (unsigned char)fl_ascii_lower(c);
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

static int same(const fl_map *m, size_t slot, const char *s, size_t n)
{
    if (m->lens[slot] != n)
        return 0;
    return m->fold ? fl_ascii_ieq(m->keys[slot], s, n) : memcmp(m->keys[slot], s, n) == 0;
}

void fl_map_init(fl_map *m, int fold)
{
    memset(m, 0, sizeof(*m));
    m->fold = fold;
}

static void grow(fl_map *m)
{
    fl_map bigger;
    fl_map_init(&bigger, m->fold);
    bigger.cap = m->cap ? m->cap * 2 : 64;
    bigger.keys = fl_xcalloc(bigger.cap, sizeof(char *));
    bigger.lens = fl_xcalloc(bigger.cap, sizeof(size_t));
    bigger.vals = fl_xcalloc(bigger.cap, sizeof(int));
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t k = (size_t)hash(m->keys[i], m->lens[i], m->fold) & (bigger.cap - 1);
        while (bigger.keys[k])
            k = (k + 1) & (bigger.cap - 1);
        bigger.keys[k] = m->keys[i];
        bigger.lens[k] = m->lens[i];
        bigger.vals[k] = m->vals[i];
        bigger.len++;
    }
    free(m->keys);
    free(m->lens);
    free(m->vals);
    *m = bigger;
}

int fl_map_put(fl_map *m, const char *key, size_t n, int val)
{
    if ((m->len + 1) * 2 > m->cap)
        grow(m);
    size_t k = (size_t)hash(key, n, m->fold) & (m->cap - 1);
    while (m->keys[k]) {
        if (same(m, k, key, n))
            return 1;
        k = (k + 1) & (m->cap - 1);
    }
    m->keys[k] = fl_xstrndup(key, n);
    m->lens[k] = n;
    m->vals[k] = val;
    m->len++;
    return 0;
}

void fl_map_set(fl_map *m, const char *key, size_t n, int val)
{
    if (fl_map_put(m, key, n, val) == 0)
        return;
    size_t k = (size_t)hash(key, n, m->fold) & (m->cap - 1);
    while (!same(m, k, key, n))
        k = (k + 1) & (m->cap - 1);
    m->vals[k] = val;
}

int fl_map_get(const fl_map *m, const char *key, size_t n)
{
    if (!m->cap)
        return -1;
    size_t k = (size_t)hash(key, n, m->fold) & (m->cap - 1);
    while (m->keys[k]) {
        if (same(m, k, key, n))
            return m->vals[k];
        k = (k + 1) & (m->cap - 1);
    }
    return -1;
}

void fl_map_free(fl_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->lens);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}
