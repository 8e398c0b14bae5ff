/* numbers.h - the number grammar: digits with separators and decimals, number words ("forty-two",
 * "two million"), fractions ("a third", "three-quarters"), ratios ("one in five"), scales ("2.5 billion",
 * "$7bn"), ranges ("between 3 and 5", "3-5"); and the numbers that are not claims: years, dates, clock
 * times, ordinals, numbered names ("Boeing 737"), labels ("page 5"), list markers "(1)" and
 * fixed phrases ("five-year plan"). Footnote markers never reach it (the tokenizer drops them). */
#ifndef FL_NUMBERS_H
#define FL_NUMBERS_H

#include <stddef.h>
#include <stdint.h>

#include "packs/rulepack.h"
#include "doc/tokens.h"

typedef enum {
    FL_NC_NONE = 0, /* may be a claim */
    FL_NC_YEAR,
    FL_NC_DATE,
    FL_NC_TIME,
    FL_NC_NAME,   /* a number that is part of a name: "Boeing 737" */
    FL_NC_LABEL,  /* "page 5", "No. 1" */
    FL_NC_LIST,   /* "(1)" */
    FL_NC_PHRASE, /* a fixed phrase: "five-year plan", "one day" */
    FL_NC_AGE,    /* the age of someone a noun names: "a grandad, 61,", "a woman of 44" (extract/ages.c) */
} fl_nonclaim;

/* 64 bytes (offsets and token indexes are 32-bit: a document is under 4 GiB, core/input.h): a document keeps
 * every number until its checks are done. */
typedef struct {
    uint32_t start, end;        /* the number as printed, with its scale word */
    uint32_t tok, ntok;         /* its tokens */
    double value;               /* after the scale; for a range, its low end */
    double lo, hi;              /* the interval the printed precision covers: "31" -> [30.5, 31.5] */
    double scale;               /* the scale word's factor (1 when none) */
    uint8_t words;              /* written in words */
    uint8_t proportion;         /* a fraction or ratio: value is a proportion (0.25) */
    uint8_t range;              /* "between 3 and 5", "3-5": [lo, hi] is the range */
    uint8_t nonclaim;           /* fl_nonclaim */
    uint8_t scaled;             /* a scale word was applied ("billion") */
    uint8_t capitalised_before; /* the token before is a capitalised word inside the sentence */
    uint8_t unit_inside;        /* a word number joined to its unit by a hyphen in one token ("thirty-metre"): the
                                 * unit is the token's part after its last hyphen (fl_unit_inside) */
    uint8_t minus;              /* a minus sign glued before it ("-5°C", "−12") or a "minus-words" word: the value
                                 * stays positive; a signed unit (quantities) negates it */
    uint8_t tail;               /* tokens after its unit that are its own: "and a half" in "a mile and a half" */
    uint8_t at_least;           /* an open suffix after it ("2,000-plus", "2,000+"): the least the figure may be */
    int16_t year;               /* FL_NC_YEAR: the year (1000 to 2100) */
} fl_num;

/* Finds the numbers among tokens t[0, n) of one sentence of text. Returns the count; *out is owned
 * (free()). */
size_t fl_numbers(const char *text, const fl_rules *r, const fl_token *t, size_t n, fl_num **out);

/* The unit (an index into the knowledge's units) written after the last hyphen of word token t of text
 * ("thirty-metre": the metre; "two-kilometre"), or -1 when its last part is no unit name. */
int fl_unit_inside(const char *text, const fl_rules *r, const fl_token *t);

/* Parses a digit string "1,234.5" (commas as thousands separators) into *v; returns the number of
 * decimals, or -1 when s[0, len) is not such a number. For tests and the time module. */
int fl_parse_digits(const char *s, size_t len, double *v);

#endif
