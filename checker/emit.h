/* emit.h - emitters: the diagnostics of a run as compiler-style text or one JSON document. */
#ifndef FL_EMIT_H
#define FL_EMIT_H

#include <stdio.h>

#include "diag.h"

typedef enum { FL_FMT_TEXT, FL_FMT_JSON } fl_format;

typedef struct {
    size_t files, errors, warnings, notes;
} fl_summary;

/* Counts what will be shown: diagnostics at or above min. */
fl_summary fl_summarize(const fl_sink *s, fl_severity min, size_t files);

/* Writes the diagnostics at or above min to out. Text: "file:line:col: severity: message [rule]" and a
 * "note:" line per related location, columns in unit. JSON: SPEC §4, columns in code points. */
void fl_emit(FILE *out, fl_format fmt, const fl_sink *s, fl_severity min, fl_colunit unit, const fl_summary *sum);

/* The stderr summary line: "factlint: 5 files, 7 warnings, 9 notes". */
void fl_emit_summary(FILE *err, const fl_summary *sum);

#endif
