/* util.h - memory policy, string views, growable buffers and arenas shared by every stage.
 * One out-of-memory policy: every allocation goes through fl_xmalloc (cJSON's too, input.h), and running
 * out anywhere prints "factlint: out of memory" and exits with status 2, never an abort. */
#ifndef FL_UTIL_H
#define FL_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Prints "factlint: out of memory" and exits with status 2 at once (_exit: no handlers, no stdio flush),
 * from any thread. Every allocation failure ends here, also those of PCRE2 and cJSON objects. */
_Noreturn void fl_oom(void);

/* Allocate or exit: on failure fl_oom(). Never return NULL. */
void *fl_xmalloc(size_t n);
void *fl_xcalloc(size_t count, size_t size);
void *fl_xrealloc(void *p, size_t n);
/* Returns an owned copy of s (or of its first n bytes with fl_xstrndup). */
char *fl_xstrdup(const char *s);
char *fl_xstrndup(const char *s, size_t n);
/* Returns an owned, formatted string. */
char *fl_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow a dynamic array: ensures *cap >= need, element size elem. */
#define FL_GROW(ptr, cap, need)                                                                                        \
    do {                                                                                                               \
        if ((need) > (cap)) {                                                                                          \
            size_t fl_nc_ = (cap) ? (cap) : 8;                                                                         \
            while (fl_nc_ < (need))                                                                                    \
                fl_nc_ *= 2;                                                                                           \
            (ptr) = fl_xrealloc((ptr), fl_nc_ * sizeof(*(ptr)));                                                       \
            (cap) = fl_nc_;                                                                                            \
        }                                                                                                              \
    } while (0)

/* A borrowed view of bytes; never owns its memory. */
typedef struct {
    const char *ptr;
    size_t len;
} fl_str;

/* An owned growable byte buffer, always NUL-terminated when len > 0 or after any append. */
typedef struct {
    char *ptr;
    size_t len;
    size_t cap;
} fl_buf;

/* Appends "file: message" to err and returns -1: the error path of every loader. */
int fl_fail(fl_buf *err, const char *file, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

void fl_buf_put(fl_buf *b, const char *s, size_t n);
void fl_buf_puts(fl_buf *b, const char *s);
void fl_buf_putc(fl_buf *b, char c);
void fl_buf_printf(fl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends text with the bytes that are not valid UTF-8 shown as \xNN (an example may hold one on purpose). */
void fl_buf_put_valid_utf8(fl_buf *b, const char *text);
void fl_buf_vprintf(fl_buf *b, const char *fmt, va_list ap);
/* Returns the buffer's string (never NULL; "" when empty); the buffer keeps ownership. */
const char *fl_buf_cstr(const fl_buf *b);
/* Transfers ownership of the string to the caller and resets the buffer. */
char *fl_buf_take(fl_buf *b);
void fl_buf_free(fl_buf *b);

/* An arena: many small allocations freed in one call (one per document). */
typedef struct fl_arena fl_arena;
fl_arena *fl_arena_new(void);
/* Returns zeroed memory owned by the arena, aligned for any type. */
void *fl_arena_alloc(fl_arena *a, size_t n);
char *fl_arena_strndup(fl_arena *a, const char *s, size_t n);
/* Resizes p (old bytes, from fl_arena_alloc or NULL) to n bytes, keeping its contents and zeroing bytes past
 * old: a large array (over half a block) has a block of its own that is resized with realloc; a small one grows
 * in place when it is the arena's latest allocation and its block has room, else it is copied (the old bytes
 * stay until the arena is freed). */
void *fl_arena_realloc(fl_arena *a, void *p, size_t old, size_t n);
/* FL_GROW for an array that lives in arena a. */
#define FL_ARENA_GROW(a, ptr, cap, need)                                                                               \
    do {                                                                                                               \
        if ((need) > (cap)) {                                                                                          \
            size_t fl_nc_ = (cap) ? (cap) : 8;                                                                         \
            while (fl_nc_ < (need))                                                                                    \
                fl_nc_ *= 2;                                                                                           \
            (ptr) = fl_arena_realloc((a), (ptr), (cap) * sizeof(*(ptr)), fl_nc_ * sizeof(*(ptr)));                     \
            (cap) = fl_nc_;                                                                                            \
        }                                                                                                              \
    } while (0)
/* Frees p (from fl_arena_alloc or fl_arena_realloc) before the arena, when it is a large array (a block of its
 * own); a small one stays until fl_arena_free. p must not be used afterwards. */
void fl_arena_release(fl_arena *a, void *p);
void fl_arena_free(fl_arena *a);

/* ASCII helpers that never depend on the locale; inline, since every stage calls them per byte. */
static inline int fl_is_ascii_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline int fl_is_ascii_digit(int c)
{
    return c >= '0' && c <= '9';
}

static inline int fl_is_ascii_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int fl_ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Eight bytes at a time, for the scans that pass over plain ASCII text: the bytes of s[0, 8) as a word, and
 * a non-zero value when the word holds byte b (or any byte above 0x7F, for fl_swar_high). */
static inline uint64_t fl_swar_load(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

static inline uint64_t fl_swar_has(uint64_t w, unsigned char b)
{
    uint64_t x = w ^ (0x0101010101010101ull * b);
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

static inline uint64_t fl_swar_high(uint64_t w)
{
    return w & 0x8080808080808080ull;
}

/* Non-zero when the word, of ASCII bytes only (no fl_swar_high), holds a digit 0-9. */
static inline uint64_t fl_swar_digit(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, low7 = ones * 127;
    /* bytes strictly between '0' - 1 and '9' + 1 (the "hasbetween" of Bit Twiddling Hacks) */
    return (ones * (127 + '9' + 1) - (w & low7)) & ~w & ((w & low7) + ones * (127 - ('0' - 1))) & 0x8080808080808080ull;
}

/* Case-insensitive ASCII comparison of n bytes; returns 1 when equal. */
static inline int fl_ascii_ieq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (fl_ascii_lower((unsigned char)a[i]) != fl_ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* The end of the line containing s[i] (the offset of its \n or \r, or len), and the start of the next
 * line (past \n, \r\n or \r). */
size_t fl_line_end(const char *s, size_t len, size_t i);
size_t fl_next_line(const char *s, size_t len, size_t i);

/* Appends abs (an absolute path) relative to dir (an absolute directory, no trailing '/' unless it is "/"):
 * "a/b.md" under dir, "../c/d.md" beside it. Both should be canonical (realpath). */
void fl_path_relative(fl_buf *b, const char *abs, const char *dir);

/* Decode the code point starting at s[i] (bounded by len); returns its byte length (>= 1) and stores the
 * code point in *cp (U+FFFD for an invalid sequence). Decodes the one before i with fl_utf8_prev. */
size_t fl_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp);
static inline size_t fl_utf8_next(const char *s, size_t len, size_t i, int32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { /* most text is ASCII: no call */
        *cp = c;
        return 1;
    }
    return fl_utf8_decode(s, len, i, cp);
}
size_t fl_utf8_prev(const char *s, size_t i, int32_t *cp);

/* File names on output. fl_name_text appends name for a line of text (the text and GitHub formats, messages
 * on stderr): a backslash as "\\", \n, \r and \t as those, and any other control character (C0, DEL, C1)
 * and every byte of invalid UTF-8 as \xHH, so that a name can neither split a diagnostic line nor send
 * escape sequences to a terminal; any other name is appended unchanged. fl_name_utf8 appends name as valid
 * UTF-8 for the JSON formats (JSON, SARIF, rdjsonl, claim records, baselines): each byte of invalid UTF-8
 * becomes U+FFFD. Both return 1 when they changed something. */
int fl_name_text(fl_buf *b, const char *name);
int fl_name_utf8(fl_buf *b, const char *name);
/* Is name printed unchanged by fl_name_text (and fl_name_utf8)? The common case, tested without copying. */
int fl_name_plain(const char *name);
/* A file name for a line of text output (fl_name_text) or for JSON (fl_name_utf8): name itself when it
 * needs no change, else the changed copy in b (b owns it; valid until b's next use). */
const char *fl_text_name(fl_buf *b, const char *name);
const char *fl_json_name(fl_buf *b, const char *name);

/* An owned copy of s[0, n) in NFC with Unicode case folding, so that names typed with precomposed or
 * combining accents, in any case, compare equal. Invalid UTF-8 is copied as it is. */
char *fl_fold(const char *s, size_t n);

/* The canonical absolute directory holding path ("." for a bare name), owned; NULL when it does not
 * exist. */
char *fl_dir_of(const char *path);

/* The one binary search: the first index i of [0, n) for which below(arg, i) is false, when below holds for
 * a prefix of the indexes (a sorted array, "element i is before the key"); n when it holds for all. Inline,
 * so that a static below is inlined into the search. */
static inline size_t fl_lower_bound(size_t n, const void *arg, int (*below)(const void *arg, size_t i))
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (below(arg, mid))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

#endif
