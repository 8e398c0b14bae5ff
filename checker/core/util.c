/* util.c - allocation policy (out of memory exits with status 2), buffers, arenas and small byte helpers. */
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

void fl_oom(void)
{
    /* exit status 2 (trouble), like any other failure to run; _exit, since other threads may be in the
     * middle of work that atexit handlers and stdio's flush must not see */
    static const char msg[] = "factlint: out of memory\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w;
    _exit(2);
}

static void oom(void)
{
    fl_oom();
}

void *fl_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *fl_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *fl_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom();
    return q;
}

char *fl_xstrndup(const char *s, size_t n)
{
    char *p = fl_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *fl_xstrdup(const char *s)
{
    return fl_xstrndup(s, strlen(s));
}

char *fl_xasprintf(const char *fmt, ...)
{
    fl_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    fl_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return fl_buf_take(&b);
}

static void buf_reserve(fl_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < need)
            cap *= 2;
        b->ptr = fl_xrealloc(b->ptr, cap);
        b->cap = cap;
    }
}

void fl_buf_put(fl_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void fl_buf_puts(fl_buf *b, const char *s)
{
    fl_buf_put(b, s, strlen(s));
}

void fl_buf_putc(fl_buf *b, char c)
{
    fl_buf_put(b, &c, 1);
}

void fl_buf_vprintf(fl_buf *b, const char *fmt, va_list ap)
{
    /* format into the room the buffer has; only when that is too small, grow and format again */
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(room ? b->ptr + b->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (room)
            b->ptr[b->len] = '\0';
        return;
    }
    if ((size_t)n < room) {
        b->len += (size_t)n;
        return;
    }
    buf_reserve(b, (size_t)n);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void fl_buf_put_valid_utf8(fl_buf *b, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = fl_utf8_next(text, n, i, &cp);
        if (cp == 0xFFFD && !(k == 3 && memcmp(text + i, "\xEF\xBF\xBD", 3) == 0)) {
            fl_buf_printf(b, "\\x%02X", (unsigned char)text[i]);
            i++;
            continue;
        }
        fl_buf_put(b, text + i, k);
        i += k;
    }
}

void fl_buf_printf(fl_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fl_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *fl_buf_cstr(const fl_buf *b)
{
    return b->ptr ? b->ptr : "";
}

char *fl_buf_take(fl_buf *b)
{
    char *p = b->ptr ? b->ptr : fl_xstrdup("");
    /* a kept string holds its length, not the buffer's growth room: claims keep millions of them */
    if (b->ptr && b->cap - b->len > 16)
        p = fl_xrealloc(p, b->len + 1);
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

void fl_buf_free(fl_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

/* Arena: a chain of small-request blocks, and a list of large requests, each a block of its own that
 * fl_arena_realloc can grow with realloc, so an array that keeps growing over a long document leaves no
 * abandoned copies behind (a million-sentence document's sentence array is one block, not twenty). */
typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    max_align_t data[];
} arena_block;

struct fl_arena {
    arena_block *head; /* small requests, newest block first */
    arena_block *big;  /* requests over ARENA_BIG, one block each */
};

enum { ARENA_BLOCK = 64 * 1024, ARENA_BIG = ARENA_BLOCK / 2 };

fl_arena *fl_arena_new(void)
{
    return fl_xcalloc(1, sizeof(fl_arena));
}

static size_t arena_round(size_t n)
{
    size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    return n ? n : align;
}

void *fl_arena_alloc(fl_arena *a, size_t n)
{
    n = arena_round(n);
    arena_block *b;
    if (n > ARENA_BIG) {
        b = fl_xmalloc(sizeof(arena_block) + n);
        b->used = b->size = n;
        b->next = a->big;
        a->big = b;
        memset(b->data, 0, n);
        return b->data;
    }
    b = a->head;
    if (!b || b->size - b->used < n) {
        b = fl_xmalloc(sizeof(arena_block) + ARENA_BLOCK);
        b->used = 0;
        b->size = ARENA_BLOCK;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

/* The link that points at the large block whose data is p, or NULL. */
static arena_block **arena_big_link(fl_arena *a, void *p)
{
    for (arena_block **l = &a->big; *l; l = &(*l)->next)
        if ((void *)(*l)->data == p)
            return l;
    return NULL;
}

void *fl_arena_realloc(fl_arena *a, void *p, size_t old, size_t n)
{
    size_t o = arena_round(old), m = arena_round(n);
    arena_block **l;
    if (p && o > ARENA_BIG && m > ARENA_BIG && (l = arena_big_link(a, p)) != NULL) {
        arena_block *b = fl_xrealloc(*l, sizeof(arena_block) + m);
        if (m > o)
            memset((char *)b->data + o, 0, m - o);
        b->used = b->size = m;
        *l = b;
        return b->data;
    }
    arena_block *b = a->head;
    if (p && b && m >= o && m <= ARENA_BIG && (char *)p + o == (char *)b->data + b->used &&
        b->size - b->used >= m - o) {
        memset((char *)p + o, 0, m - o);
        b->used += m - o;
        return p;
    }
    void *q = fl_arena_alloc(a, n);
    if (p && old)
        memcpy(q, p, old < n ? old : n);
    return q;
}

void fl_arena_release(fl_arena *a, void *p)
{
    arena_block **l = p ? arena_big_link(a, p) : NULL;
    if (!l)
        return;
    arena_block *b = *l;
    *l = b->next;
    free(b);
}

char *fl_arena_strndup(fl_arena *a, const char *s, size_t n)
{
    char *p = fl_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void fl_arena_free(fl_arena *a)
{
    if (!a)
        return;
    for (int list = 0; list < 2; list++) {
        arena_block *b = list ? a->big : a->head;
        while (b) {
            arena_block *next = b->next;
            free(b);
            b = next;
        }
    }
    free(a);
}

/* The code point at s[i], multi-byte or not (fl_utf8_next inlines the ASCII case). */
size_t fl_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[i];
    size_t n;
    int32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2;
        v = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        v = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        v = c & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (i + n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k < n; k++) {
        if ((u[i + k] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (u[i + k] & 0x3F);
    }
    *cp = v;
    return n;
}

size_t fl_utf8_prev(const char *s, size_t i, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i == 0) {
        *cp = 0;
        return 0;
    }
    size_t j = i - 1;
    size_t steps = 1;
    while (j > 0 && steps < 4 && (u[j] & 0xC0) == 0x80) {
        j--;
        steps++;
    }
    size_t n = fl_utf8_next(s, i, j, cp);
    if (j + n != i) {
        *cp = 0xFFFD;
        return 1;
    }
    return n;
}

size_t fl_line_end(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return i;
    /* two vectorised scans (memchr) rather than a byte loop: lines are often whole paragraphs */
    const char *lf = memchr(s + i, '\n', len - i);
    size_t end = lf ? (size_t)(lf - s) : len;
    const char *cr = memchr(s + i, '\r', end - i);
    return cr ? (size_t)(cr - s) : end;
}

size_t fl_next_line(const char *s, size_t len, size_t i)
{
    i = fl_line_end(s, len, i);
    if (i < len && s[i] == '\r')
        i++;
    if (i < len && s[i] == '\n')
        i++;
    return i;
}

int fl_fail(fl_buf *err, const char *file, const char *fmt, ...)
{
    va_list ap;
    fl_buf_printf(err, "%s: ", file);
    va_start(ap, fmt);
    fl_buf_vprintf(err, fmt, ap);
    va_end(ap);
    return -1;
}

char *fl_fold(const char *s, size_t n)
{
    /* ASCII is already NFC and folds to lower case: no need for utf8proc's decomposition */
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n) {
        char *copy = fl_xstrndup(s, n); /* up to a NUL, as the copy of utf8proc's string would be */
        for (char *p = copy; *p; p++)
            *p = (char)fl_ascii_lower((unsigned char)*p);
        return copy;
    }
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (r < 0) {
        free(out);
        return fl_xstrndup(s, n);
    }
    char *copy = fl_xstrdup((char *)out); /* our allocator's memory, whatever utf8proc used */
    free(out);
    return copy;
}

void fl_path_relative(fl_buf *b, const char *abs, const char *dir)
{
    size_t dlen = strlen(dir);
    if (dlen == 1 && dir[0] == '/') {
        fl_buf_puts(b, abs + (abs[0] == '/'));
        return;
    }
    if (strncmp(abs, dir, dlen) == 0 && abs[dlen] == '/') {
        fl_buf_puts(b, abs + dlen + 1);
        return;
    }
    /* the directories both start with, then one "../" per directory of dir below them */
    size_t common = 0;
    for (size_t i = 0; dir[i] && dir[i] == abs[i]; i++)
        if (dir[i] == '/')
            common = i + 1;
    if (dir[common])
        fl_buf_puts(b, "../");
    for (const char *p = dir + common; *p; p++)
        if (*p == '/')
            fl_buf_puts(b, "../");
    fl_buf_puts(b, abs + common);
}

char *fl_dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? fl_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : fl_xstrdup(".");
    char *abs = realpath(dir, NULL);
    free(dir);
    return abs;
}

/* The length of the valid UTF-8 sequence at s (NUL-terminated), or 0 when it is not one (overlong forms,
 * surrogates and code points above U+10FFFF are not). */
static size_t utf8_valid(const unsigned char *s, int32_t *cp)
{
    unsigned char c = s[0];
    size_t n;
    int32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else
        return 0;
    for (size_t k = 1; k < n; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0; /* also the terminating NUL */
        v = (v << 6) | (s[k] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

int fl_name_plain(const char *name)
{
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        int32_t cp;
        size_t n = utf8_valid(p, &cp);
        if (n == 0 || cp < 0x20 || cp == '\\' || (cp >= 0x7F && cp <= 0x9F))
            return 0;
        p += n;
    }
    return 1;
}

int fl_name_text(fl_buf *b, const char *name)
{
    static const char hex[] = "0123456789abcdef";
    int changed = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        int32_t cp;
        size_t n = utf8_valid(p, &cp);
        if (n && cp >= 0x20 && cp != '\\' && !(cp >= 0x7F && cp <= 0x9F)) {
            fl_buf_put(b, (const char *)p, n);
            p += n;
            continue;
        }
        changed = 1;
        if (n == 0)
            n = 1; /* one byte of invalid UTF-8 at a time */
        for (size_t k = 0; k < n; k++) {
            unsigned char c = p[k];
            if (c == '\\')
                fl_buf_puts(b, "\\\\");
            else if (c == '\n')
                fl_buf_puts(b, "\\n");
            else if (c == '\r')
                fl_buf_puts(b, "\\r");
            else if (c == '\t')
                fl_buf_puts(b, "\\t");
            else {
                char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
                fl_buf_put(b, esc, 4);
            }
        }
        p += n;
    }
    fl_buf_put(b, NULL, 0);
    return changed;
}

int fl_name_utf8(fl_buf *b, const char *name)
{
    int changed = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        int32_t cp;
        size_t n = utf8_valid(p, &cp);
        if (n) {
            fl_buf_put(b, (const char *)p, n);
            p += n;
        } else {
            fl_buf_puts(b, "\xEF\xBF\xBD");
            p++;
            changed = 1;
        }
    }
    fl_buf_put(b, NULL, 0);
    return changed;
}

const char *fl_text_name(fl_buf *b, const char *name)
{
    if (fl_name_plain(name))
        return name;
    b->len = 0;
    fl_name_text(b, name);
    return b->ptr;
}

const char *fl_json_name(fl_buf *b, const char *name)
{
    if (fl_name_plain(name))
        return name;
    b->len = 0;
    fl_name_utf8(b, name);
    return b->ptr;
}
