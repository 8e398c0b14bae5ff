/* accepted.h - applying baselines to a run's findings: --write-baseline records them, --baseline hides the
 * ones it accepts. */
#ifndef FL_ACCEPTED_H
#define FL_ACCEPTED_H

#include "core/diag.h"

typedef struct {
    int trouble;     /* a baseline could not be read or written (the message is on stderr) */
    int baselined;   /* a --baseline was read and applied */
    size_t accepted; /* findings it hid */
    long written;    /* findings written by --write-baseline; -1 when writing failed */
} fl_accepted;

/* Reads baseline (may be NULL) before write_baseline (may be NULL; it may be the same file) replaces it,
 * writes every finding of sink at or above min to write_baseline before the baseline hides any (a
 * refresh), then drops from sink the findings the baseline accepts. Problems are printed to stderr as
 * "factlint: ..." and set res->trouble. */
void fl_accepted_apply(const char *baseline, const char *write_baseline, fl_severity min, fl_sink *sink,
                       fl_accepted *res);

#endif
