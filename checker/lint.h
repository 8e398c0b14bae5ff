/* lint.h - a run: the per-document pipeline (read, validate, mask, segment, extract, check) over a list of
 * files on N worker threads, with the results merged in file order so output never depends on N. */
#ifndef FL_LINT_H
#define FL_LINT_H

#include <stddef.h>

#include "claims.h"
#include "diag.h"
#include "rulepack.h"
#include "ruletab.h"
#include "walk.h"

/* What a configuration changes for one file of the list. */
typedef struct {
    fl_severity level[FL_RULE_COUNT]; /* its levels, in place of fl_lint_opts.level */
    fl_date date; /* for it when its own date cannot be found, before fl_lint_opts.date; year 0: none */
    double approx_tolerance; /* "about" widens by this; negative: the rule packs' value */
} fl_file_opts;

typedef struct {
    fl_severity level[FL_RULE_COUNT]; /* effective level per rule; FL_SEV_OFF disables it */
    int jobs; /* worker threads, >= 1 */
    fl_date date; /* --date: for documents whose date cannot be found (year 0: none) */
    int want_claims; /* extract claims even when no numeric rule is on (--dump-claims) */
    const unsigned char *reference; /* per file: 1 for --against files (claims only, never reported); may be NULL */
    const fl_file_opts *file_opts; /* per file of the list (configuration); NULL: the above for every file */
} fl_lint_opts;

typedef struct {
    size_t files; /* documents linted */
    size_t unreadable; /* files that could not be read (exit status 2) */
} fl_lint_stats;

/* Sets every rule to its default level, jobs to 1 and every other field to zero (none). */
void fl_lint_opts_init(fl_lint_opts *o);

/* Lints every file of the list with the read-only rules r; diagnostics of enabled rules go to out
 * (sorted, deduplicated, severities per o->level). The numeric claims of all files go to claims (in file
 * order) when it is not NULL. */
void fl_lint_files(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_sink *out,
                   fl_lint_stats *stats, fl_claims *claims);

/* Lints one in-memory document named name (borrowed; must outlive out's diagnostics). For tests and the
 * fuzz target. */
void fl_lint_buffer(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                    fl_sink *out);

#endif
