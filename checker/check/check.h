/* check.h - what a per-document check receives, and the helpers it reports through. Checks never print:
 * they push diagnostics into the context's sink. */
#ifndef FL_CHECK_H
#define FL_CHECK_H

#include <stddef.h>

#include "core/diag.h"
#include "doc/document_int.h"
#include "doc/excerpt.h"
#include "packs/rulepack.h"

/* At most this many diagnostics of one rule per document; the rest are counted and summarised in one
 * more diagnostic ("N more ... not shown"), so a broken document cannot flood the output. */
#define FL_MAX_PER_RULE 200

typedef struct {
    size_t shown, dropped;
    size_t last_start, last_end; /* the last dropped span */
} fl_rule_count;

typedef struct {
    fl_doc *doc;                      /* borrowed; segmented */
    const fl_rules *rules;            /* borrowed, read-only */
    fl_matcher *matcher;              /* borrowed, this thread's */
    fl_sink *sink;                    /* borrowed: where diagnostics go */
    fl_rule_count *counts;            /* borrowed: one per rule, zeroed per document; NULL for no limit */
    const fl_severity *levels;        /* borrowed: effective level per rule (FL_SEV_OFF: skip its work); may be NULL */
    const struct fl_facts_s *facts;   /* borrowed: numbers, quantities and years of the document, or NULL */
    const struct fl_claims_s *claims; /* borrowed: the document's numeric claims, or NULL */
    const struct fl_speech_s *speech; /* borrowed: the document's quotes without a speaker, or NULL */
    /* Is a diagnostic of rule at *at suppressed (and its suppression used)? NULL: nothing is. The run sets
     * it (its inline suppressions, run/suppress.h), so checks report without knowing the pass above them. */
    int (*suppressed)(void *arg, int rule, const fl_pos *at);
    void *suppressed_arg; /* borrowed: suppressed's first argument */
} fl_check_ctx;

/* Is rule on in this run? A check that implements several rules skips the work of those that are off. */
int fl_rule_on(const fl_check_ctx *ctx, int rule);

typedef void (*fl_check_fn)(fl_check_ctx *ctx);

/* Reports rule at the document's bytes [start, end), at the rule's default level. Returns the diagnostic
 * so related locations can be attached (valid until the next report), or NULL when an inline suppression
 * covers it or the rule's limit for this document is reached (fl_report_related accepts NULL); suppressed
 * diagnostics do not count towards the limit. */
fl_diag *fl_report(fl_check_ctx *ctx, int rule, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Attaches a related location in the same document; does nothing when d is NULL. */
void fl_report_related(fl_check_ctx *ctx, fl_diag *d, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Adds the "N more ... not shown" diagnostics for the rules that reached their limit. */
void fl_report_dropped(fl_check_ctx *ctx);

/* The same limit for diagnostics made outside a document's checks (the corpus-wide join): sorts s and keeps
 * the first FL_MAX_PER_RULE of each rule in each file, replacing the rest with one "N more" diagnostic. */
void fl_sink_limit_per_file(fl_sink *s);

#endif
