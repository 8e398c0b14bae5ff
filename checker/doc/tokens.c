/* tokens.c - a small tokenizer for English news text over byte offsets. */
#include "doc/tokens.h"

#include <stdlib.h>
#include <string.h>

enum { ASCII_DIGIT = 1, ASCII_LETTER = 2 };

/* ASCII_DIGIT and ASCII_LETTER of each byte (none for bytes above 0x7F). */
static const uint8_t ascii_kind[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2,
    ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2,
    ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2,
    ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2,
    ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

static inline int is_letter(int32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return 1;
    /* Latin and other scripts; not general punctuation, currency or symbols */
    return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F);
}

static inline int is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

static inline int is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
}

/* Is [a, b) inside a footnote marker? The cursor *k only moves forward, as the tokenizer does. */
static inline int marker_at(const fl_doc *d, size_t *k, size_t a, size_t b)
{
    if (!d)
        return 0;
    while (*k < d->nmarkers && d->markers[*k].end <= a)
        (*k)++;
    return *k < d->nmarkers && d->markers[*k].start < b;
}

/* Do s[i, j) alternate letters and periods, starting and ending with a letter ("U.S" of "U.S.")? */
static inline int initials(const char *s, size_t i, size_t j)
{
    size_t k = i;
    int alt = 1;
    for (size_t q = i; q < j; q++)
        alt &= (q - k) % 2 == 0 ? fl_is_ascii_alpha((unsigned char)s[q]) : s[q] == '.';
    return alt && (j - i) % 2 == 1 && j - i >= 3;
}

/* The end of an ordinal or decade suffix glued to a number at s[j] ("th" of "80th", "s" of "1990s"), or 0
 * when the letters there are a word ("5km", "3bn"). */
static inline size_t ordinal_end(const char *s, size_t j, size_t end)
{
    size_t k = j;
    while (k < end && fl_is_ascii_alpha((unsigned char)s[k]))
        k++;
    size_t sl = k - j;
    int ord = (sl == 2 && (fl_ascii_ieq(s + j, "st", 2) || fl_ascii_ieq(s + j, "nd", 2) ||
                           fl_ascii_ieq(s + j, "rd", 2) || fl_ascii_ieq(s + j, "th", 2))) ||
              (sl == 1 && (s[j] == 's'));
    return ord ? k : 0;
}

/* Appends t to toks (in arena a when it is not NULL, else malloc'd). */
static inline void push_token(fl_arena *a, fl_token **toks, size_t *n, size_t *cap, fl_token t)
{
    if (a)
        FL_ARENA_GROW(a, *toks, *cap, *n + 1);
    else
        FL_GROW(*toks, *cap, *n + 1);
    (*toks)[(*n)++] = t;
}

/* toks (n of cap) without spare capacity: a document's tokens live through every extraction stage. */
static fl_token *trimmed(fl_arena *a, fl_token *toks, size_t n, size_t cap)
{
    if (n && n < cap)
        toks = a ? fl_arena_realloc(a, toks, cap * sizeof(fl_token), n * sizeof(fl_token))
                 : fl_xrealloc(toks, n * sizeof(fl_token));
    if (a && !toks)
        toks = fl_arena_alloc(a, 0); /* never NULL: the stages index it with a count of 0 */
    return toks;
}

/* Does the word token t come right after a number on its line ("7.9 million-tonne") or after a number and a hyphen
 * ("12.5-million-dollar")? A hyphenated word there is a quantity used as an adjective: it is split at its
 * hyphens, so that its scale and unit are words of their own. toks[0, n) are the tokens before it. */
static int follows_number(const char *s, const fl_token *toks, size_t n, const fl_token *t)
{
    if (n > 0 && toks[n - 1].kind == FL_TOK_NUM)
        return !memchr(s + toks[n - 1].end, '\n', t->start - toks[n - 1].end); /* not a line's last number */
    return n > 1 && toks[n - 1].kind == FL_TOK_PUNCT && toks[n - 1].end - toks[n - 1].start == 1 &&
           s[toks[n - 1].start] == '-' && !toks[n - 1].space_before && !t->space_before &&
           toks[n - 2].kind == FL_TOK_NUM;
}

/* Is the word that starts at byte i, its hyphen followed by the code point next, a model's designation ("14 AK-47
 * rifles", "12 F-16 jets", "two MiG-29s"): a capital letter opens it and a digit follows the hyphen? After a number
 * it stays one word: it is no scale or unit that a quantity used as an adjective splits off ("7.9 million-tonne"). */
static int designation(const char *s, size_t i, int32_t next)
{
    return s[i] >= 'A' && s[i] <= 'Z' && is_digit(next);
}

static size_t tokenize(const fl_doc *d, fl_arena *a, const char *s, size_t start, size_t end, fl_token **out)
{
    size_t n = 0, cap = 0;
    fl_token *toks = NULL;
    size_t i = start;
    size_t mk = d ? fl_doc_marker_from(d, start) : 0;
    int space = 1;
    while (i < end) {
        int32_t cp;
        size_t len = fl_utf8_next(s, end, i, &cp);
        if (is_space(cp)) {
            space = 1;
            i += len;
            continue;
        }
        fl_token t = {i, i + len, FL_TOK_PUNCT, (uint8_t)space, 0};
        space = 0;
        if (marker_at(d, &mk, i, i + len)) {
            /* skip the whole marker */
            size_t j = i;
            while (j < end && marker_at(d, &mk, j, j + 1))
                j++;
            i = j > i ? j : i + len;
            continue;
        }
        if (is_letter(cp) || is_digit(cp)) {
            int numeric = is_digit(cp);
            int after_number = !numeric && follows_number(s, toks, n, &t);
            size_t j = i + len;
            /* where the next marker starts: before it no byte can be in a marker */
            size_t free_until = !d ? end : mk < d->nmarkers ? d->markers[mk].start : end;
            const uint8_t want = numeric ? ASCII_DIGIT : ASCII_DIGIT | ASCII_LETTER;
            while (j < end) {
                /* an ASCII letter or digit continues the token whatever follows it: the common case, in a
                 * tight loop up to the next marker */
                size_t lim = free_until < end ? free_until : end;
                while (j < lim && (ascii_kind[(unsigned char)s[j]] & want))
                    j++;
                if (j >= end)
                    break;
                if (ascii_kind[(unsigned char)s[j]] & want) {
                    /* at a marker's start */
                    if (marker_at(d, &mk, j, j + 1))
                        break;
                    free_until = d && mk < d->nmarkers ? d->markers[mk].start : end;
                    j++;
                    continue;
                }
                if ((unsigned char)s[j] < 0x80 && !strchr(",.'-/", s[j]))
                    break; /* white space and other ASCII punctuation end every token */
                int32_t c2, c3 = 0;
                size_t l2 = fl_utf8_next(s, end, j, &c2);
                if (marker_at(d, &mk, j, j + l2))
                    break;
                if (j + l2 < end)
                    fl_utf8_next(s, end, j + l2, &c3);
                if (numeric) {
                    if (is_digit(c2) ||
                        ((c2 == ',' || c2 == '.') && is_digit(c3) && !marker_at(d, &mk, j + l2, j + l2 + 1))) {
                        j += l2;
                        continue;
                    }
                    break;
                }
                if (is_letter(c2) || is_digit(c2) || c2 == 0xB2 || c2 == 0xB3) {
                    j += l2;
                    continue;
                }
                /* U+2010 and U+2011 (the non-breaking hyphen) join words as "-" does: "twenty‑one" */
                if (((c2 == '\'' || c2 == 0x2019 || (c2 == '-' && (!after_number || designation(s, i, c3))) ||
                      c2 == '/' || c2 == 0x2010 || c2 == 0x2011) &&
                     (is_letter(c3) || is_digit(c3))) ||
                    (c2 == '.' && is_letter(c3))) {
                    j += l2;
                    continue;
                }
                /* "U.S." keeps its final period when letters and periods alternate */
                if (c2 == '.' && j > i && is_letter(cp) && j - i <= 6 && initials(s, i, j))
                    j += l2;
                break;
            }
            t.end = j;
            t.kind = numeric ? FL_TOK_NUM : FL_TOK_WORD;
            if (numeric && j < end && fl_is_ascii_alpha((unsigned char)s[j]) && !marker_at(d, &mk, j, j + 1)) {
                /* "80th", "1990s": an ordinal or decade; "5km", "3bn": a number then a word */
                size_t k = ordinal_end(s, j, end);
                if (k) {
                    t.end = k;
                    t.kind = FL_TOK_ORD;
                }
            }
        }
        /* a possessive is its own token: "China’s" -> "China" "’s" */
        if (t.kind == FL_TOK_WORD && t.end - t.start > 4) {
            size_t e = t.end;
            size_t cut = 0;
            if (s[e - 1] == 's' && s[e - 2] == '\'')
                cut = 2;
            else if (s[e - 1] == 's' && (unsigned char)s[e - 2] == 0x99 && (unsigned char)s[e - 3] == 0x80 &&
                     (unsigned char)s[e - 4] == 0xE2)
                cut = 4;
            if (cut) {
                fl_token word = t;
                word.end = e - cut;
                word.hash = fl_map_hash(s + word.start, word.end - word.start);
                push_token(a, &toks, &n, &cap, word);
                t.start = e - cut;
                t.space_before = 0;
            }
        }
        t.hash = fl_map_hash(s + t.start, t.end - t.start);
        push_token(a, &toks, &n, &cap, t);
        i = t.end;
    }
    *out = trimmed(a, toks, n, cap);
    return n;
}

size_t fl_tokenize(const fl_doc *d, size_t start, size_t end, fl_token **out)
{
    return tokenize(d, NULL, d->text, start, end, out);
}

size_t fl_tokenize_arena(const fl_doc *d, size_t start, size_t end, fl_arena *a, fl_token **out)
{
    return tokenize(d, a, d->text, start, end, out);
}

size_t fl_tokenize_text(const char *s, size_t start, size_t end, fl_token **out)
{
    return tokenize(NULL, NULL, s, start, end, out);
}
