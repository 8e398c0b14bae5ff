/* quantities.h - what a number measures: a unit (with an optional rate and "of ITEM"), money (currency
 * symbol or name, "per 1,000 cubic metres"), a percentage or percentage points, or a proportion; and the
 * qualifier before it ("about", "more than") turned into the interval SPEC §6 gives. */
#ifndef FL_QUANTITIES_H
#define FL_QUANTITIES_H

#include <stddef.h>

#include "extract/numbers.h"

/* FL_QK_BARE: a whole number with no unit ("killed 14", "reached 48,200"); the claim model makes it a count
 * when its clause says what it counts, and no check reads it otherwise. */
typedef enum { FL_QK_NONE, FL_QK_UNIT, FL_QK_MONEY, FL_QK_PERCENT, FL_QK_POINTS, FL_QK_BARE } fl_qty_kind;

typedef struct {
    size_t num;               /* index of its number */
    size_t qstart;            /* where the qualifier starts (== start without one) */
    size_t start, end;        /* from the currency symbol or number to the unit and rate */
    size_t tok, tok_end;      /* tokens [tok, tok_end) of the quantity, qualifier excluded */
    int kind;                 /* fl_qty_kind */
    int unit, currency, rate; /* indices into the knowledge tables, -1 when none */
    int qualifier;            /* fl_qualifier, -1 when none */
    double value;             /* as printed, in the canonical unit of its dimension */
    double lo, hi;            /* the interval the claim covers, qualifier applied (hi may be INFINITY) */
    char dim[64];             /* "volume", "money:USD", "money:USD/volume", "percent", "people/day" */
    char item[48];            /* what is measured: "gas" from "of gas", the unit id for counts; "" unknown */
} fl_qty;

/* Finds the quantities of one sentence's numbers; may mark numbers that belong to another quantity
 * ("1,000" in "$60 per 1,000 cubic metres") as non-claims. "about" widens by approx (negative: the rule
 * packs' tolerance). Returns the count; *out is owned (free()). */
size_t fl_quantities(const char *text, const fl_rules *r, double approx, const fl_token *t, size_t nt, fl_num *nums,
                     size_t nnum, fl_qty **out);

/* Is dim a dimension of counted things (people, vehicles, animals, munitions, count)? */
int fl_count_dimension(const fl_rules *r, const char *dim);
#endif
