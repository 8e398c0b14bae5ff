/* markup.c - Markdown-aware masking. A small line-based scanner in the spirit of cmark's block pass:
 * front matter and fenced/indented code by lines, then inline code, comments, tags and link targets. */
#include "doc/markup.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"

typedef struct {
    const char *raw;
    char *out; /* NULL until the first masked byte */
    size_t len;
    /* labels of Markdown reference definitions "[label]: url" */
    fl_str *labels;
    size_t nlabels, caplabels;
    fl_directive_spans *dirs; /* where directives go; NULL: not wanted */
    /* where masked comments and directive lines end: a line they leave blank reads as a paragraph break */
    size_t *breaks;
    size_t nbreaks, capbreaks;
} masker;

static void note_break(masker *m, size_t off)
{
    FL_GROW(m->breaks, m->capbreaks, m->nbreaks + 1);
    m->breaks[m->nbreaks++] = off;
}

/* A line that held only a comment or a directive is blank once masked, but the text after it would still
 * read as the continuation of what came before ("   \nAnalysts say" is not a sentence start to a pattern
 * that looks for "\n\n"). The masked line's last byte becomes a line break, so the next line starts after
 * an empty line, as it does in the rendered document. Offsets stay exact; the line table is the raw one. */
static void blank_lines_break(masker *m)
{
    for (size_t k = 0; k < m->nbreaks && m->out; k++) {
        size_t off = m->breaks[k] ? m->breaks[k] - 1 : 0;
        size_t ls = off;
        while (ls > 0 && m->raw[ls - 1] != '\n' && m->raw[ls - 1] != '\r')
            ls--;
        size_t le = fl_line_end(m->raw, m->len, ls);
        if (le == ls)
            continue;
        size_t i = ls;
        while (i < le && (m->out[i] == ' ' || m->out[i] == '\t'))
            i++;
        if (i == le)
            m->out[le - 1] = '\n';
    }
}

/* Records s[from, to) trimmed of white space as a directive when it starts with "factlint-"; close is
 * where its comment or line ends. */
static void directive(masker *m, size_t from, size_t to, size_t close)
{
    if (!m->dirs)
        return;
    while (from < to && fl_is_ascii_space((unsigned char)m->raw[from]))
        from++;
    while (to > from && fl_is_ascii_space((unsigned char)m->raw[to - 1]))
        to--;
    if (to - from < 9 || memcmp(m->raw + from, "factlint-", 9) != 0)
        return;
    FL_GROW(m->dirs->items, m->dirs->cap, m->dirs->len + 1);
    m->dirs->items[m->dirs->len].start = from;
    m->dirs->items[m->dirs->len].end = to;
    m->dirs->items[m->dirs->len].close = close;
    m->dirs->len++;
}

/* A plain-text directive line: optional white space, then one of the directive words, then white space
 * or the end of the line. */
static int directive_line(const char *s, size_t from, size_t to)
{
    static const char *const words[] = {"factlint-disable-next-line", "factlint-disable-file", "factlint-disable",
                                        "factlint-enable"};
    while (from < to && (s[from] == ' ' || s[from] == '\t'))
        from++;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w]);
        if (to - from >= n && memcmp(s + from, words[w], n) == 0 &&
            (from + n == to || fl_is_ascii_space((unsigned char)s[from + n])))
            return 1;
    }
    return 0;
}

static int label_defined(const masker *m, const char *s, size_t n)
{
    for (size_t i = 0; i < m->nlabels; i++)
        if (m->labels[i].len == n && fl_ascii_ieq(m->labels[i].ptr, s, n))
            return 1;
    return 0;
}

static void mask(masker *m, size_t from, size_t to)
{
    if (to > m->len)
        to = m->len;
    if (from >= to)
        return;
    if (!m->out) {
        m->out = fl_xmalloc(m->len + 1);
        memcpy(m->out, m->raw, m->len);
        m->out[m->len] = '\0';
    }
    for (size_t i = from; i < to; i++)
        if (m->out[i] != '\n' && m->out[i] != '\r')
            m->out[i] = ' ';
}

static int is_blank(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

/* A fence line: up to 3 spaces, then ``` or ~~~ (3 or more). Returns the fence length, stores its char. */
static size_t fence_at(const char *s, size_t from, size_t to, char *ch, size_t *after)
{
    size_t i = from, ind = 0;
    while (i < to && s[i] == ' ' && ind < 4) {
        i++;
        ind++;
    }
    if (ind > 3 || i >= to || (s[i] != '`' && s[i] != '~'))
        return 0;
    char c = s[i];
    size_t n = 0;
    while (i < to && s[i] == c) {
        i++;
        n++;
    }
    if (n < 3)
        return 0;
    *ch = c;
    *after = i;
    return n;
}

static int is_url_char(unsigned char c)
{
    return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '`' && c != 0x7F;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Bare URLs (scheme:// or www.) in any document; trailing punctuation stays outside. A URL starts where
 * "http..." or "ftp" begins a word and "://" follows it, or where "www." follows a space or "(" (any case);
 * those starts are found from the rarer ':' and '.' rather than by testing every letter, then masked left
 * to right, each search going on after the URL before. */
static void mask_urls(masker *m, size_t start)
{
    const char *s = m->raw;
    const size_t len = m->len;
    size_t *cand = NULL, n = 0, cap = 0;
    for (const char *p = s + start; p < s + len && (p = memchr(p, ':', (size_t)(s + len - p))) != NULL; p++) {
        size_t q = (size_t)(p - s), i = q;
        if (q + 3 > len || p[1] != '/' || p[2] != '/')
            continue;
        while (i > 0 && fl_is_ascii_alpha((unsigned char)s[i - 1]))
            i--; /* the word before "://": its start is the candidate */
        if (i < start || i + 4 >= len || !(fl_ascii_ieq(s + i, "http", 4) || fl_ascii_ieq(s + i, "ftp:", 4)))
            continue;
        FL_GROW(cand, cap, n + 1);
        cand[n++] = i;
    }
    for (const char *p = s + start; p < s + len && (p = memchr(p, '.', (size_t)(s + len - p))) != NULL; p++) {
        size_t q = (size_t)(p - s);
        if (q < start + 3)
            continue;
        size_t i = q - 3;
        if (i + 4 >= len || !fl_ascii_ieq(s + i, "www.", 4) ||
            !(i == 0 || fl_is_ascii_space((unsigned char)s[i - 1]) || s[i - 1] == '('))
            continue;
        FL_GROW(cand, cap, n + 1);
        cand[n++] = i;
    }
    if (n > 1)
        qsort(cand, n, sizeof(size_t), cmp_size);
    size_t next = start;
    for (size_t k = 0; k < n; k++) {
        size_t b = cand[k];
        if (b < next)
            continue; /* inside the URL before */
        size_t e = b;
        while (e < len && is_url_char((unsigned char)s[e]))
            e++;
        while (e > b && strchr(".,;:!?)]'", s[e - 1]))
            e--;
        mask(m, b, e);
        next = e + 1;
    }
    free(cand);
}

enum { MAX_TICKS = 32, MAX_LINK_TARGET = 2048 };

/* Masks inline code, comments, tags and link targets in one block. Searches that failed are remembered
 * (no closing run of n backticks after p; no "-->" after p), so hostile input stays linear. */
static void mask_inline(masker *m, size_t from, size_t to)
{
    const char *s = m->raw;
    size_t i = from;
    size_t no_ticks_after[MAX_TICKS + 1];
    for (int k = 0; k <= MAX_TICKS; k++)
        no_ticks_after[k] = SIZE_MAX;
    size_t no_comment_end_after = SIZE_MAX;
    while (i < to) {
        char c = s[i];
        if (c == '\\' && i + 1 < to) {
            i += 2;
            continue;
        }
        if (c == '`') {
            size_t n = 0;
            while (i + n < to && s[i + n] == '`')
                n++;
            /* find a closing run of the same length in this block */
            size_t j = i + n;
            size_t close = 0;
            if (n <= MAX_TICKS && i >= no_ticks_after[n])
                j = to;
            while (j < to) {
                if (s[j] == '`') {
                    size_t k = 0;
                    while (j + k < to && s[j + k] == '`')
                        k++;
                    if (k == n) {
                        close = j;
                        break;
                    }
                    j += k;
                } else
                    j++;
            }
            if (close) {
                mask(m, i, close + n);
                i = close + n;
            } else {
                if (n <= MAX_TICKS && i < no_ticks_after[n])
                    no_ticks_after[n] = i;
                i += n;
            }
            continue;
        }
        if (c == '<' && i + 3 < to && memcmp(s + i, "<!--", 4) == 0) {
            const char *e = NULL;
            for (size_t j = i + 4; j + 2 < m->len && i < no_comment_end_after; j++)
                if (memcmp(s + j, "-->", 3) == 0) {
                    e = s + j + 3;
                    break;
                }
            if (!e)
                no_comment_end_after = i;
            size_t end = e ? (size_t)(e - s) : to;
            if (e)
                directive(m, i + 4, end - 3, end);
            mask(m, i, end);
            note_break(m, end);
            i = end;
            continue;
        }
        if (c == '<' && i + 1 < to && (fl_is_ascii_alpha((unsigned char)s[i + 1]) || s[i + 1] == '/')) {
            size_t j = i + 1;
            while (j < to && s[j] != '>' && s[j] != '<' && s[j] != '\n' && j - i < MAX_LINK_TARGET)
                j++;
            if (j < to && s[j] == '>') {
                mask(m, i, j + 1);
                i = j + 1;
                continue;
            }
        }
        if (c == ']' && i + 1 < to && s[i + 1] == '[') {
            /* a reference link "[text][ref]" or "[text][]": the second bracket names a target, when a definition
             * "[ref]: url" names it (CommonMark); "[1][2]" with no such definition is two citations */
            const char *close = memchr(s + i + 1, ']', to - i - 1 < 200 ? to - i - 1 : 200);
            if (close && (close == s + i + 2 || label_defined(m, s + i + 2, (size_t)(close - s) - i - 2))) {
                size_t e = (size_t)(close - s) + 1;
                mask(m, i + 1, e);
                i = e;
                continue;
            }
        }
        if (c == '[' && m->nlabels && i + 1 < to && s[i + 1] != '^') {
            /* a shortcut reference "[label]" to a definition: a link, its text stays prose */
            const char *close = memchr(s + i + 1, ']', to - i - 1 < 200 ? to - i - 1 : 200);
            if (close) {
                size_t e = (size_t)(close - s);
                if ((e + 1 >= to || (s[e + 1] != '(' && s[e + 1] != '[' && s[e + 1] != ':')) &&
                    label_defined(m, s + i + 1, e - i - 1)) {
                    mask(m, i, i + 1);
                    mask(m, e, e + 1);
                    i = e + 1;
                    continue;
                }
            }
        }
        if (c == ']' && i + 1 < to && s[i + 1] == '(') {
            /* link or image target: mask the parenthesised destination and title */
            size_t j = i + 2;
            int depth = 1;
            while (j < to && depth > 0 && j - i < MAX_LINK_TARGET) {
                if (s[j] == '(')
                    depth++;
                else if (s[j] == ')')
                    depth--;
                else if (s[j] == '\n' && j + 1 < to && (s[j + 1] == '\n' || s[j + 1] == '\r'))
                    break;
                j++;
            }
            if (depth == 0) {
                mask(m, i + 1, j);
                i = j;
                continue;
            }
        }
        i++;
    }
}

/* Unicode spaces (no-break, thin, ideographic ...) become as many ASCII spaces as they have bytes, so
 * patterns can use \s without Unicode tables and offsets stay exact. */
static void ascii_spaces(masker *m, size_t start)
{
    const unsigned char *s = (const unsigned char *)m->raw;
    const size_t len = m->len;
    for (size_t i = start; i + 1 < len; i++) {
        /* eight ASCII bytes at a time: the common case */
        uint64_t w;
        while (i + 9 < len && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull)))
            i += 8;
        if (s[i] < 0xC2)
            continue; /* ASCII and continuation bytes */
        if (s[i] == 0xC2 && s[i + 1] == 0xA0) {
            mask(m, i, i + 2);
            i++;
        } else if (i + 2 < m->len && ((s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF)) ||
                                      (s[i] == 0xE2 && s[i + 1] == 0x81 && s[i + 2] == 0x9F) ||
                                      (s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80))) {
            mask(m, i, i + 3);
            i += 2;
        }
    }
}

/* ---- bold labels: "- **Cash seized:** almost £50,000" ----
 * A key-facts list or a fact box often sets each line's label in strong emphasis, its colon inside or right after
 * the closing "**". Rendered, the line reads "Cash seized: almost £50,000", a label line; the two runs of "**" are
 * masked so that the claims layer reads it as the plain label line it is. Only a label that opens its line (after
 * a list item's marker) and ends in a colon: emphasis elsewhere is left as written. */
enum { BOLD_LABEL_MAX = 80 }; /* the bytes of a bold label at most */

/* Where the words of the line [from, to) start, past up to three spaces and a list item's marker ("- ", "* ", "+ ",
 * "1. ", "1) ") and the spaces after it. */
static size_t line_words_start(const char *s, size_t from, size_t to)
{
    size_t k = from;
    while (k < to && k - from < 3 && s[k] == ' ')
        k++;
    size_t m = k;
    if (m < to && (s[m] == '-' || s[m] == '+' || s[m] == '*') && m + 1 < to && s[m + 1] == ' ')
        m++;
    else {
        while (m < to && m - k < 3 && s[m] >= '0' && s[m] <= '9')
            m++;
        m = m > k && m + 1 < to && (s[m] == '.' || s[m] == ')') && s[m + 1] == ' ' ? m + 1 : k;
    }
    while (m < to && s[m] == ' ')
        m++;
    return m;
}

static void mask_bold_labels(masker *m, size_t start)
{
    const char *s = m->raw;
    for (size_t j = start; j < m->len; j = fl_next_line(s, m->len, j)) {
        size_t le = fl_line_end(s, m->len, j), w = line_words_start(s, j, le);
        if (w + 4 >= le || s[w] != '*' || s[w + 1] != '*' || s[w + 2] == '*' || s[w + 2] == ' ')
            continue;
        size_t e = w + 2;
        while (e + 1 < le && e - w < BOLD_LABEL_MAX && !(s[e] == '*' && s[e + 1] == '*'))
            e++;
        if (e + 1 >= le || s[e] != '*' || s[e + 1] != '*' || e == w + 2)
            continue;
        /* the colon inside the emphasis ("**Cash seized:**") or right after it ("**Cash seized**:") */
        if (s[e - 1] != ':' && !(e + 2 < le && s[e + 2] == ':'))
            continue;
        mask(m, w, w + 2);
        mask(m, e, e + 2);
    }
}

char *fl_markup_mask(char *raw, size_t len, size_t start, int markdown, fl_directive_spans *dirs)
{
    masker m = {raw, NULL, len, NULL, 0, 0, dirs, NULL, 0, 0};
    if (!markdown && dirs) {
        for (size_t j = start; j < len; j = fl_next_line(raw, len, j)) {
            size_t le = fl_line_end(raw, len, j);
            if (le - j >= 15 && directive_line(raw, j, le)) {
                directive(&m, j, le, le);
                mask(&m, j, le);
                note_break(&m, le);
            }
        }
    }
    if (markdown) {
        /* reference definitions "[label]: url" (not footnote definitions "[^id]:"): links, not text */
        for (size_t j = start; j < len; j = fl_next_line(raw, len, j)) {
            size_t le = fl_line_end(raw, len, j);
            size_t k = j;
            while (k < le && k - j < 3 && raw[k] == ' ')
                k++;
            if (k + 1 < le && raw[k] == '[' && raw[k + 1] != '^') {
                const char *close = memchr(raw + k, ']', le - k);
                if (close && close > raw + k + 1 && (size_t)(close - raw) + 1 < le && close[1] == ':') {
                    FL_GROW(m.labels, m.caplabels, m.nlabels + 1);
                    m.labels[m.nlabels].ptr = raw + k + 1;
                    m.labels[m.nlabels++].len = (size_t)(close - raw) - k - 1;
                }
            }
        }
        size_t i = start;
        /* front matter: --- ... --- (or ...) at the very start */
        size_t e = fl_line_end(raw, len, i);
        if (e - i == 3 && memcmp(raw + i, "---", 3) == 0) {
            size_t j = fl_next_line(raw, len, i);
            while (j < len) {
                size_t le = fl_line_end(raw, len, j);
                if (le - j == 3 && (memcmp(raw + j, "---", 3) == 0 || memcmp(raw + j, "...", 3) == 0)) {
                    mask(&m, i, le);
                    i = fl_next_line(raw, len, j);
                    break;
                }
                j = fl_next_line(raw, len, j);
            }
        }
        int prev_blank = 1, in_code = 0;
        size_t block_start = i;
        char fch = 0;
        size_t flen = 0;
        while (i < len) {
            size_t le = fl_line_end(raw, len, i);
            size_t nl = fl_next_line(raw, len, i);
            char c2 = 0;
            size_t n2, after = 0;
            if (in_code) {
                mask(&m, i, le);
                if (fence_at(raw, i, le, &c2, &after) >= flen && c2 == fch && is_blank(raw, after, le))
                    in_code = 0;
                i = nl;
                block_start = i;
                prev_blank = 0;
                continue;
            }
            if ((n2 = fence_at(raw, i, le, &c2, &after)) > 0) {
                mask_inline(&m, block_start, i);
                in_code = 1;
                fch = c2;
                flen = n2;
                mask(&m, i, le);
                i = nl;
                prev_blank = 0;
                continue;
            }
            int blank = is_blank(raw, i, le);
            if (!blank && prev_blank && (raw[i] == '\t' || (le - i >= 4 && memcmp(raw + i, "    ", 4) == 0))) {
                /* indented code: runs until a non-blank line that is not indented */
                mask_inline(&m, block_start, i);
                size_t j = i;
                while (j < len) {
                    size_t je = fl_line_end(raw, len, j);
                    int jb = is_blank(raw, j, je);
                    if (!jb && !(raw[j] == '\t' || (je - j >= 4 && memcmp(raw + j, "    ", 4) == 0)))
                        break;
                    mask(&m, j, je);
                    j = fl_next_line(raw, len, j);
                }
                i = j;
                block_start = i;
                prev_blank = 1;
                continue;
            }
            if (blank) {
                mask_inline(&m, block_start, i);
                block_start = nl;
            }
            prev_blank = blank;
            i = nl;
        }
        if (!in_code)
            mask_inline(&m, block_start, len);
        for (size_t k = 0; k < m.nlabels; k++)
            mask(&m, (size_t)(m.labels[k].ptr - raw) - 1, fl_line_end(raw, len, (size_t)(m.labels[k].ptr - raw)));
        free(m.labels);
        mask_bold_labels(&m, start);
    }
    mask_urls(&m, start);
    ascii_spaces(&m, start);
    blank_lines_break(&m);
    free(m.breaks);
    return m.out ? m.out : raw;
}
