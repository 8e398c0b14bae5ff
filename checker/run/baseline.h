/* baseline.h - accepted findings: a file of fingerprints (rule, file, and the normalised text of the spans
 * a diagnostic points at: never line numbers), so CI fails only on new findings and moving lines around
 * does not break it. */
#ifndef FL_BASELINE_H
#define FL_BASELINE_H

#include <stddef.h>

#include "core/diag.h"
#include "core/util.h"

typedef struct fl_baseline fl_baseline;

/* Reads a baseline file written by fl_baseline_write. Returns an owned baseline, or NULL with a message
 * naming the file in err when it cannot be read or is not a factlint baseline. */
fl_baseline *fl_baseline_read(const char *path, fl_buf *err);
/* The same with a limit on the file's size (0: FL_MAX_FILE_SIZE_DEFAULT, input.h). */
fl_baseline *fl_baseline_read_max(const char *path, size_t max, fl_buf *err);
/* Reads a baseline from text[0, len) (borrowed) named path in messages; its paths are then relative to the
 * working directory. NULL with err on failure. */
fl_baseline *fl_baseline_parse(const char *text, size_t len, const char *path, fl_buf *err);

/* Drops from sink the diagnostics whose fingerprint the baseline holds; each entry accepts one finding,
 * so a second copy of an accepted finding is new. Returns how many were dropped. */
size_t fl_baseline_filter(fl_baseline *b, fl_sink *sink);

void fl_baseline_free(fl_baseline *b);

/* Writes the fingerprints of sink's diagnostics at or above min to path (JSON, sorted by file, rule and
 * fingerprint, so the file only changes when findings do). Returns the number written, or -1 with a
 * message in err. */
long fl_baseline_write(const char *path, const fl_sink *sink, fl_severity min, fl_buf *err);

/* The fingerprint of d as 16 hex digits in out (17 bytes): FNV-1a over the rule id, the file's path
 * relative to base_dir (an absolute, canonical directory; NULL: the path as given) and the text hash of
 * the primary span and of each related location with its path. */
void fl_baseline_fingerprint(const fl_diag *d, const char *base_dir, char out[17]);

#endif
