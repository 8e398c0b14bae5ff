/* map.c - string -> integer hash map. */
#include "core/map.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"

static int same(const fl_map *m, const fl_map_slot *x, const char *s, size_t n, uint32_t hash)
{
    if (x->hash != hash || x->len != n)
        return 0;
    return m->fold ? fl_ascii_ieq(x->key, s, n) : memcmp(x->key, s, n) == 0;
}

void fl_map_init(fl_map *m, int fold)
{
    memset(m, 0, sizeof(*m));
    m->fold = fold;
}

static void grow(fl_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    fl_map_slot *slots = fl_xcalloc(cap, sizeof(fl_map_slot));
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key)
            continue;
        size_t k = (size_t)m->slots[i].hash & (cap - 1);
        while (slots[k].key)
            k = (k + 1) & (cap - 1);
        slots[k] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

/* The slot holding key, or the empty slot where it would go. */
static fl_map_slot *slot_of(const fl_map *m, const char *key, size_t n, uint32_t hash)
{
    size_t k = (size_t)hash & (m->cap - 1);
    while (m->slots[k].key && !same(m, &m->slots[k], key, n, hash))
        k = (k + 1) & (m->cap - 1);
    return &m->slots[k];
}

int fl_map_put(fl_map *m, const char *key, size_t n, int val)
{
    return fl_map_put_hashed(m, key, n, fl_map_hash(key, n), val);
}

int fl_map_put_hashed(fl_map *m, const char *key, size_t n, uint32_t hash, int val)
{
    if ((m->len + 1) * 2 > m->cap)
        grow(m);
    fl_map_slot *x = slot_of(m, key, n, hash);
    if (x->key)
        return 1;
    x->key = fl_xstrndup(key, n);
    x->len = n;
    x->hash = hash;
    x->val = val;
    m->len++;
    return 0;
}

void fl_map_set(fl_map *m, const char *key, size_t n, int val)
{
    if (fl_map_put(m, key, n, val) == 0)
        return;
    slot_of(m, key, n, fl_map_hash(key, n))->val = val;
}

int fl_map_get(const fl_map *m, const char *key, size_t n)
{
    return m->cap ? fl_map_get_hashed(m, key, n, fl_map_hash(key, n)) : -1;
}

int fl_map_get_hashed(const fl_map *m, const char *key, size_t n, uint32_t hash)
{
    if (!m->cap)
        return -1;
    const fl_map_slot *x = slot_of(m, key, n, hash);
    return x->key ? x->val : -1;
}

void fl_map_free(fl_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    memset(m, 0, sizeof(*m));
}
