/* map.c - string -> integer hash map. */
#include "map.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

uint32_t fl_map_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
                c = '\'';
                i += 2;
            }
        } else if ((unsigned)(c - 'A') < 26u)
            c = (unsigned char)(c + ('a' - 'A'));
        h = (h ^ c) * 16777619u;
    }
    return h ? h : 1;
}

static int same(const fl_map *m, size_t slot, const char *s, size_t n, uint32_t hash)
{
    if (m->hashes[slot] != hash || m->lens[slot] != n)
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
    bigger.hashes = fl_xcalloc(bigger.cap, sizeof(uint32_t));
    bigger.vals = fl_xcalloc(bigger.cap, sizeof(int));
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t k = (size_t)m->hashes[i] & (bigger.cap - 1);
        while (bigger.keys[k])
            k = (k + 1) & (bigger.cap - 1);
        bigger.keys[k] = m->keys[i];
        bigger.lens[k] = m->lens[i];
        bigger.hashes[k] = m->hashes[i];
        bigger.vals[k] = m->vals[i];
        bigger.len++;
    }
    free(m->keys);
    free(m->lens);
    free(m->hashes);
    free(m->vals);
    *m = bigger;
}

/* The slot holding key, or the empty slot where it would go. */
static size_t slot_of(const fl_map *m, const char *key, size_t n, uint32_t hash)
{
    size_t k = (size_t)hash & (m->cap - 1);
    while (m->keys[k] && !same(m, k, key, n, hash))
        k = (k + 1) & (m->cap - 1);
    return k;
}

int fl_map_put(fl_map *m, const char *key, size_t n, int val)
{
    if ((m->len + 1) * 2 > m->cap)
        grow(m);
    uint32_t hash = fl_map_hash(key, n);
    size_t k = slot_of(m, key, n, hash);
    if (m->keys[k])
        return 1;
    m->keys[k] = fl_xstrndup(key, n);
    m->lens[k] = n;
    m->hashes[k] = hash;
    m->vals[k] = val;
    m->len++;
    return 0;
}

void fl_map_set(fl_map *m, const char *key, size_t n, int val)
{
    if (fl_map_put(m, key, n, val) == 0)
        return;
    m->vals[slot_of(m, key, n, fl_map_hash(key, n))] = val;
}

int fl_map_get(const fl_map *m, const char *key, size_t n)
{
    return m->cap ? fl_map_get_hashed(m, key, n, fl_map_hash(key, n)) : -1;
}

int fl_map_get_hashed(const fl_map *m, const char *key, size_t n, uint32_t hash)
{
    if (!m->cap)
        return -1;
    size_t k = slot_of(m, key, n, hash);
    return m->keys[k] ? m->vals[k] : -1;
}

void fl_map_free(fl_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->lens);
    free(m->hashes);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}
