/* map.h - a string -> integer hash map (open addressing, FNV-1a), optionally ASCII case-insensitive.
 * Used for the word tables of the rule packs: number words, unit names, entity aliases, triggers. */
#ifndef FL_MAP_H
#define FL_MAP_H

#include <stddef.h>
#include <stdint.h>

/* One slot: a probe reads one slot, not four arrays. */
typedef struct {
    char *key; /* owned copy; NULL: empty slot */
    size_t len;
    uint32_t hash; /* fl_map_hash of the key */
    int val;
} fl_map_slot;

typedef struct {
    fl_map_slot *slots;
    size_t cap, len;
    int fold; /* compare ASCII case-insensitively */
} fl_map;

/* An empty map; fold selects case-insensitive keys. */
void fl_map_init(fl_map *m, int fold);
/* Sets key (copied) to val; returns 0, or 1 when the key was already there (its value is kept). */
int fl_map_put(fl_map *m, const char *key, size_t n, int val);
/* The same with key's fl_map_hash already known (a token's). */
int fl_map_put_hashed(fl_map *m, const char *key, size_t n, uint32_t hash, int val);
/* Sets key to val, replacing an existing value. */
void fl_map_set(fl_map *m, const char *key, size_t n, int val);
/* Returns the value of key, or -1 when absent. */
int fl_map_get(const fl_map *m, const char *key, size_t n);
/* The same with key's fl_map_hash already known (a token's, computed once by the tokenizer). */
int fl_map_get_hashed(const fl_map *m, const char *key, size_t n, uint32_t hash);

/* The hash of every map, folded or not: FNV-1a over the bytes with ASCII letters in lower case and ’ read as
 * ' (a key's exact bytes still decide equality). Never 0, so 0 can mean "not computed". Inline: the
 * tokenizer hashes every token. */
static inline uint32_t fl_map_hash(const char *s, size_t n)
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
void fl_map_free(fl_map *m);

#endif
