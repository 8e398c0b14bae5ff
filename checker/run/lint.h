/* lint.h - a run: the per-document pipeline (read, validate, mask, segment, extract, check) over a list of
 * files on N worker threads, with the results merged in file order so output never depends on N. */
#ifndef FL_LINT_H
#define FL_LINT_H

#include <stddef.h>

#include "extract/claims.h"
#include "core/diag.h"
#include "packs/rulepack.h"
#include "core/rules.h"
#include "doc/walk.h"

/* What a configuration changes for one file of the list. */
typedef struct {
    fl_severity level[FL_RULE_COUNT]; /* its levels, in place of fl_lint_opts.level */
    fl_date date;            /* for it when its own date cannot be found, before fl_lint_opts.date; year 0: none */
    double approx_tolerance; /* "about" widens by this; negative: the rule packs' value */
} fl_file_opts;

/* --timings: where a run's time goes, in seconds of CPU time summed over the threads. */
typedef enum {
    FL_STAGE_READ,         /* reading and validating the file */
    FL_STAGE_SEGMENT,      /* Markdown masking, paragraphs, sentences, quotation spans */
    FL_STAGE_CITATIONS,    /* footnote markers and notes */
    FL_STAGE_CLAIMS,       /* numbers, quantities and numeric claims */
    FL_STAGE_SPEECH,       /* attribution and reported speech */
    FL_STAGE_JOIN_WITHIN,  /* numeric-conflict's join within each document */
    FL_STAGE_JOIN_NUMERIC, /* numeric-conflict's corpus-wide join */
    FL_STAGE_JOIN_QUOTES,  /* quote-conflict's join */
    FL_STAGE_MERGE,        /* the per-file limit, levels, suppressions and the sort of the findings */
    FL_STAGE_OUTPUT,       /* writing the output (timed by the caller) */
    FL_STAGE_COUNT
} fl_stage;

typedef struct {
    double stage[FL_STAGE_COUNT];
    double check[FL_RULE_COUNT]; /* per check, under the first rule of the table that it implements */
} fl_timings;

/* The CPU time of the calling thread, in seconds. */
double fl_thread_seconds(void);

typedef struct {
    fl_severity level[FL_RULE_COUNT]; /* effective level per rule; FL_SEV_OFF disables it */
    int jobs;                         /* worker threads, >= 1 */
    fl_date date;                     /* --date: for documents whose date cannot be found (year 0: none) */
    int want_claims;                  /* extract claims even when no numeric rule is on (--dump-claims) */
    const unsigned char *reference;   /* per file: 1 for --against files (claims only, never reported); may be NULL */
    const fl_file_opts *file_opts;    /* per file of the list (configuration); NULL: the above for every file */
    fl_timings *timings;              /* --timings: the run's times are added here; NULL: nothing is timed */
} fl_lint_opts;

typedef struct {
    size_t files;      /* documents linted */
    size_t unreadable; /* files that could not be read (exit status 2) */
} fl_lint_stats;

struct fl_suppressions;

/* A run between its per-document work and its corpus-wide joins: what fl_lint_collect leaves after linting
 * a list of files (the map step), or what the reduce step reads back from claim records (records.h).
 * Documents are numbered 0..ndocs-1; claims point at their document by that number. */
typedef struct {
    size_t ndocs;
    const char **file;         /* display path per document (borrowed from the file list, or in strings) */
    unsigned char *reference;  /* per document: an --against file (its claims take part, it is not reported) */
    unsigned char *unreadable; /* per document: could not be read */
    fl_severity (*level)[FL_RULE_COUNT]; /* per document: the levels that apply to it */
    struct fl_suppressions **sups;       /* per document: its inline suppressions, or NULL */
    fl_sink diags;                       /* the per-document checks' findings, without the reference documents' */
    fl_sink local;    /* the findings of the joins confined to one document (numeric-conflict's partial join) */
    fl_claims claims; /* every document's claims, numeric and attributed, ordered by (file, seq) */
    char **strings;   /* owned strings that the fields above borrow (the reduce step's file names) */
    size_t nstrings, capstrings;
    fl_timings *timings; /* borrowed: fl_lint_finish adds its times here; NULL: nothing is timed */
} fl_run;

/* Sets every rule to its default level, jobs to 1 and every other field to zero (none). */
void fl_lint_opts_init(fl_lint_opts *o);

/* Lints every file of the list with the read-only rules r; diagnostics of enabled rules go to out
 * (sorted, deduplicated, severities per o->level). The claims of all files go to claims (ordered by file
 * path, then by their order in the document) when it is not NULL. */
void fl_lint_files(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_sink *out,
                   fl_lint_stats *stats, fl_claims *claims);

/* The two halves of fl_lint_files. fl_lint_collect runs the per-document pipeline over the list and the
 * joins confined to one document, leaving the rest in run (its file names borrowed from files);
 * fl_lint_finish runs the corpus-wide joins over run's claims and merges everything into out as
 * fl_lint_files does. Between the two, the run can be written as claim records and read back, on other
 * machines, by the reduce step (records.h): --dump-claims and --check-claims. */
void fl_lint_collect(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_run *run,
                     fl_lint_stats *stats);
void fl_lint_finish(const fl_rules *r, fl_run *run, fl_sink *out);
/* Orders run's claims by (file, seq): the order every join sees, whatever order the documents came in. */
void fl_run_sort_claims(fl_run *run);
/* Gives run room for n documents, each with the default levels and nothing else. */
void fl_run_init(fl_run *run, size_t n);
void fl_run_free(fl_run *run);

/* Lints one in-memory document named name (borrowed; must outlive out's diagnostics). For tests and the
 * fuzz target. */
void fl_lint_buffer(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                    fl_sink *out);
/* Its first half, as fl_lint_collect's (the run borrows name). */
void fl_lint_buffer_collect(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                            fl_run *run);

#endif
