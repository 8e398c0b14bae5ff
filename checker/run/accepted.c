/* accepted.c - applying --baseline and --write-baseline to a run's findings. */
#include "run/accepted.h"

#include <stdio.h>

#include "run/baseline.h"

void fl_accepted_apply(const char *baseline, const char *write_baseline, fl_severity min, fl_sink *sink,
                       fl_accepted *res)
{
    res->trouble = 0;
    res->accepted = 0;
    fl_buf berr = {0};
    /* read --baseline before --write-baseline may replace the same file */
    fl_baseline *base = baseline ? fl_baseline_read(baseline, &berr) : NULL;
    if (baseline && !base) {
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&berr));
        res->trouble = 1;
    }
    /* --write-baseline records what the run finds, before the baseline hides anything: a refresh */
    berr.len = 0;
    res->written = write_baseline ? fl_baseline_write(write_baseline, sink, min, &berr) : 0;
    if (res->written < 0) {
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&berr));
        res->trouble = 1;
    }
    res->baselined = base != NULL;
    if (base)
        res->accepted = fl_baseline_filter(base, sink);
    fl_baseline_free(base);
    fl_buf_free(&berr);
}
