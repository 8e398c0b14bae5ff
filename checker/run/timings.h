/* timings.h - the --timings table: where a run's CPU time went, by stage and by check. */
#ifndef FL_TIMINGS_H
#define FL_TIMINGS_H

#include <stdio.h>

#include "run/lint.h"

/* Writes the table of t to err, like textlint's TIMING: every stage and check (a check under the ids of
 * every rule it implements), slowest first, with its share of the total. */
void fl_timings_print(FILE *err, const fl_timings *t);

#endif
