/* named.h - amounts a noun phrase names: "the approved budget", "its posted limit", "that forecast" stand for an
 * amount stated before ("an original budget of £86 million", "limited it to 75 people", "forecasts a final cost of
 * £131 million"), so a difference or a multiple stated against the phrase can be checked against the amount. */
#ifndef FL_NAMED_H
#define FL_NAMED_H

#include <stddef.h>

#include "check/check.h"
#include "extract/claims.h"

/* How many sentences before the phrase's own the amount it names may be stated in. */
enum { FL_NAMED_BACK = 3 };

/* The amount the definite noun phrase at token at of sentence s names: a determiner (claims' determiners), one
 * to three words with no figure and nothing else between, the last one its head; the nearest amount before the
 * phrase (in s or the FL_NAMED_BACK sentences before it) of like's measure (any unit or money when like is NULL)
 * whose own words (its clause's words right before it, or the two right after it) hold a word of the head's
 * lemma. open: the phrase's end is not known (a clause's subject: "That forecast would mean ..."), so each of
 * its first words is tried as the head, in order. *end (may be NULL) is where the phrase ends. NULL when the
 * phrase is not one or names none. */
const fl_qty *fl_named_amount(const fl_check_ctx *ctx, size_t s, size_t at, const fl_qty *like, int open, size_t *end);

/* The amounts of like's measure stated in the back sentences before sentence s whose own words hold a word of the
 * lemma of the head word at token h ("The deficit is ..." names the "deficit of £4.2m" stated before), nearest
 * first, up to max in out; their number. */
size_t fl_amounts_named(const fl_check_ctx *ctx, size_t s, size_t h, const fl_qty *like, size_t back,
                        const fl_qty **out, size_t max);

#endif
