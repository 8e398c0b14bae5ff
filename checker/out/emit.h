/* emit.h - emitters: the diagnostics of a run as compiler-style text, one JSON document, SARIF 2.1.0,
 * GitHub Actions workflow commands or reviewdog's rdjsonl. */
#ifndef FL_EMIT_H
#define FL_EMIT_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "core/diag.h"
#include "core/util.h"

typedef enum { FL_FMT_TEXT, FL_FMT_JSON, FL_FMT_SARIF, FL_FMT_GITHUB, FL_FMT_RDJSONL } fl_format;

/* Parses a --format value ("text", "json", "sarif", "github", "rdjsonl"); returns -1 when unknown. */
int fl_format_parse(const char *name);

typedef struct {
    size_t files, errors, warnings, notes;
} fl_summary;

/* Counts what will be shown: diagnostics at or above min. */
fl_summary fl_summarize(const fl_sink *s, fl_severity min, size_t files);

/* Writes the diagnostics at or above min to out. Text: "file:line:col: severity: message [rule]" and a
 * "note:" line per related location, columns in unit. JSON: SPEC §4, columns in code points. SARIF:
 * one log with the rule table as rules[], code-point columns and a primaryLocationLineHash per result.
 * GitHub: one "::error/::warning/::notice" workflow command per diagnostic, related locations in its
 * message. rdjsonl: one reviewdog Diagnostic per line, UTF-8 byte columns. The unit matters for text
 * only; every end column is exclusive. */
void fl_emit(FILE *out, fl_format fmt, const fl_sink *s, fl_severity min, fl_colunit unit, const fl_summary *sum);

/* The stderr summary line: "factlint: 5 files, 7 warnings, 9 notes". */
void fl_emit_summary(FILE *err, const fl_summary *sum);

/* Appends s to b escaped for a GitHub workflow command: '%', CR and LF as %25, %0D, %0A, and for a
 * property value (property set) also ':' and ',' as %3A and %2C. */
void fl_github_escape(fl_buf *b, const char *s, int property);

/* Appends path to b as a URI reference for SARIF's artifactLocation.uri: bytes other than unreserved
 * characters and '/' percent-encoded, a leading "./" dropped, an absolute path as a file:// URI. */
void fl_uri_from_path(fl_buf *b, const char *path);

#endif
