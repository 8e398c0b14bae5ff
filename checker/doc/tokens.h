/* tokens.h - word, number and punctuation tokens of a span of the masked text, for the claim extractors.
 * Footnote markers are never part of a token ("billion21" is "billion" and marker 21). */
#ifndef FL_TOKENS_H
#define FL_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc/document_int.h"
#include "core/map.h"

typedef enum {
    FL_TOK_WORD,  /* letters, with internal ' ’ - . / and digits: "China’s", "U.S.", "27-nation", "G20" */
    FL_TOK_NUM,   /* digits with internal , or . between digits: "1,000", "21.3" */
    FL_TOK_ORD,   /* an ordinal or decade written with digits: "80th", "19th", "1990s" */
    FL_TOK_PUNCT, /* any other single character: "$", "%", "(", "“", "–" */
} fl_token_kind;

/* 16 bytes: offsets are 32-bit, since no document is larger than FL_MAX_FILE_SIZE_MAX (core/input.h, under
 * 4 GiB); a document keeps about one token per five bytes of text until its checks are done. */
typedef struct {
    uint32_t start, end;
    uint8_t kind;
    uint8_t space_before; /* white space separates it from the previous token */
    uint32_t hash;        /* fl_map_hash of its bytes, so word tables need not hash it again; 0: not computed */
} fl_token;

/* The fl_map_hash of token t of text (computed now for a token made by hand). */
static inline uint32_t fl_token_hash(const char *text, const fl_token *t)
{
    return t->hash ? t->hash : fl_map_hash(text + t->start, t->end - t->start);
}

/* Is token i (of n) exactly the word w, ASCII case-insensitively? Inline: the grammar asks for every token. */
static inline int fl_token_is(const char *text, const fl_token *t, size_t n, size_t i, const char *w)
{
    size_t len = strlen(w);
    return i < n && t[i].end - t[i].start == len && fl_ascii_ieq(text + t[i].start, w, len);
}

/* Are tokens a and b both words that read the same, ASCII case-insensitively ("Store" and "store")? */
static inline int fl_tokens_same_word(const char *text, const fl_token *a, const fl_token *b)
{
    size_t len = a->end - a->start;
    return a->kind == FL_TOK_WORD && b->kind == FL_TOK_WORD && b->end - b->start == len &&
           fl_ascii_ieq(text + a->start, text + b->start, len);
}

/* Is token t the possessive "'s" (or "’s") the tokenizer cuts off a word ("the school's")? */
static inline int fl_token_is_possessive(const char *text, const fl_token *t)
{
    const char *c = text + t->start;
    size_t len = t->end - t->start;
    return (len == 2 && c[0] == '\'' && c[1] == 's') || (len == 4 && memcmp(c, "\xE2\x80\x99s", 4) == 0);
}

/* The length of the possessive ending of the word w[0, n): 2 for "'s" (or "'S"), 4 for "’s", 0 none. */
static inline size_t fl_possessive_suffix(const char *w, size_t n)
{
    if (n >= 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S'))
        return 2;
    return n >= 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0 ? 4 : 0;
}

/* Tokenizes d->text[start, end). Returns the count; *out is owned (free()). */
size_t fl_tokenize(const fl_doc *d, size_t start, size_t end, fl_token **out);
/* The same into arena a (*out lives until the arena is freed): no second copy of a long document's tokens. */
size_t fl_tokenize_arena(const fl_doc *d, size_t start, size_t end, fl_arena *a, fl_token **out);
/* The same over any text (no footnote markers): for phrases of the rule packs. */
size_t fl_tokenize_text(const char *s, size_t start, size_t end, fl_token **out);

#endif
