/* quantities.h - what a number measures: a unit (with an optional rate and "of ITEM"), money (currency
 * symbol or name, "per 1,000 cubic metres"), a percentage or percentage points, or a proportion; and the
 * qualifier before it ("about", "more than") turned into the interval SPEC §6 gives. */
#ifndef FL_QUANTITIES_H
#define FL_QUANTITIES_H

#include <stddef.h>

#include "core/map.h"
#include "extract/numbers.h"

/* FL_QK_BARE: a whole number with no unit ("killed 14", "reached 48,200"); the claim model makes it a count
 * when its clause says what it counts, and no check reads it otherwise. */
typedef enum { FL_QK_NONE, FL_QK_UNIT, FL_QK_MONEY, FL_QK_PERCENT, FL_QK_POINTS, FL_QK_BARE } fl_qty_kind;

/* 72 bytes (offsets and indexes are 32-bit: a document is under 4 GiB, core/input.h): a document keeps every
 * quantity until its checks are done. */
typedef struct {
    uint32_t num;                 /* index of its number */
    uint32_t qstart;              /* where the qualifier starts (== start without one) */
    uint32_t start, end;          /* from the currency symbol or number to the unit and rate */
    uint32_t tok, tok_end;        /* tokens [tok, tok_end) of the quantity, qualifier excluded */
    int8_t kind;                  /* fl_qty_kind */
    int8_t qualifier;             /* fl_qualifier, -1 when none */
    int16_t unit, currency, rate; /* indices into the knowledge tables, -1 when none */
    double value;                 /* as printed, in the canonical unit of its dimension */
    double lo, hi;                /* the interval the claim covers, qualifier applied (hi may be INFINITY) */
    const char *dim;  /* "volume", "money:USD", "money:USD/volume", "percent", "people/day" (fl_qty_strings) */
    const char *item; /* what is measured: "gas" from "of gas", the unit id for counts; "" unknown */
} fl_qty;

/* The dimensions and items of a document's quantities, each kept once: a quantity points at them rather than
 * holding 112 bytes of arrays (two million figures in one document held 400 MB of them). */
typedef struct {
    fl_map index; /* string -> its index in strs */
    char **strs;
    size_t len, cap;
} fl_qty_strings;

/* The pooled copy of s (at most FL_QTY_STR_MAX - 1 bytes of it are kept by fl_quantities). */
const char *fl_qty_intern(fl_qty_strings *pool, const char *s);
void fl_qty_strings_free(fl_qty_strings *pool);

/* Finds the quantities of one sentence's numbers; may mark numbers that belong to another quantity
 * ("1,000" in "$60 per 1,000 cubic metres") as non-claims. "about" widens by approx (negative: the rule
 * packs' tolerance). Returns the count; *out is owned (free()). */
size_t fl_quantities(const char *text, const fl_rules *r, double approx, const fl_token *t, size_t nt, fl_num *nums,
                     size_t nnum, fl_qty_strings *pool, fl_qty **out);

/* The count unit whose name the word w[0, n) is the singular of, by the "noun-plurals" rules of rules/units.json
 * read backwards ("pupil" -> "pupils"): a unit as a hyphen joins it to a number ("the 520-pupil school"). Borrows
 * w; -1 when there is none. */
int fl_singular_unit(const fl_rules *r, const char *w, size_t n);

/* s[0, n) in lower case into out (cap bytes), its last word in the singular by the first rule of "noun-plurals"
 * (rules/units.json, items "ending=replacement": "ies=y", "s=") whose ending it has, unless it has an ending of
 * "noun-singulars" ("ss", "us", "is": "bus", "census", "analysis" are singular), and a stem of three letters or more
 * is left of the last word ("repair crews" -> "repair crew", "natural gas" stays); "" when it does not fit in out. */
void fl_noun_singular(const fl_rules *r, const char *s, size_t n, char *out, size_t cap);

/* Is dim a dimension of counted things (people, vehicles, animals, munitions, count)? */
int fl_count_dimension(const fl_rules *r, const char *dim);
#endif
