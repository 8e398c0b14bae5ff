/* registry.h - which code implements each rule of the catalogue (core/rules.h): its per-document check,
 * its corpus-wide join, and what extraction it needs. The pipeline (lint.c) reads this table and names no
 * rule. Adding a rule: a catalogue row, a registry row, and the file of its check or join. */
#ifndef FL_REGISTRY_H
#define FL_REGISTRY_H

#include "check/check.h"
#include "core/rules.h"
#include "extract/claims.h"

/* What a rule needs extracted before its check or join runs. */
enum {
    FL_NEEDS_CLAIMS = 1, /* numeric claims (numbers, quantities, keys) and the document's facts */
    FL_NEEDS_SPEECH = 2  /* quotes and reported speech with their speakers */
};

/* A join over every document's claims: reference (per document, may be NULL) marks --against documents. */
typedef void (*fl_join_fn)(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out);

typedef struct {
    fl_join_fn within; /* the part confined to one document, run at the end of the map step; NULL: none */
    fl_join_fn corpus; /* the corpus-wide part, run by the reduce step */
    int rule;          /* the rule it reports, at its claims (what claim records' "suppressed" flags are for) */
} fl_join;

/* The joins, in the order they run: numeric claims, then quotes. */
enum { FL_JOIN_NUMERIC, FL_JOIN_QUOTES, FL_JOIN_COUNT };
extern const fl_join fl_joins[FL_JOIN_COUNT];

typedef struct {
    fl_check_fn check; /* per-document check; several rules may share one (called once); NULL: none */
    int join;          /* 1 + the index in fl_joins of the join that reports it; 0: none */
    unsigned needs;    /* FL_NEEDS_ bits */
} fl_rule_impl;

extern const fl_rule_impl fl_registry[FL_RULE_COUNT];

/* The check of a document that did not read as UTF-8 text (the encoding rule), in place of the others. */
extern const fl_check_fn fl_registry_unreadable;

/* Is rule i the first of the registry whose check is its check (NULL checks: never)? A check that
 * implements several rules runs, and is timed, under that first rule. */
int fl_rule_check_first(int i);

/* The FL_NEEDS_ bits of the rules that are on (level not FL_SEV_OFF) in level[FL_RULE_COUNT]. */
unsigned fl_registry_needs(const fl_severity *level);

/* Bit 1 << j for each join j of fl_joins whose rule is on in level[FL_RULE_COUNT]. */
unsigned fl_registry_joins(const fl_severity *level);

#endif
