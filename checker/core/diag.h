/* diag.h - diagnostics as data: checks push {rule, severity, span, related[], message} into a sink and never
 * print. Positions are resolved from byte offsets by the document's line table when a diagnostic is added. */
#ifndef FL_DIAG_H
#define FL_DIAG_H

#include <stddef.h>
#include <stdint.h>

typedef enum { FL_SEV_OFF = 0, FL_SEV_NOTE = 1, FL_SEV_WARNING = 2, FL_SEV_ERROR = 3 } fl_severity;

/* Column units of SPEC §3 --column-unit. */
typedef enum { FL_COL_DISPLAY = 0, FL_COL_BYTE = 1, FL_COL_CODEPOINT = 2 } fl_colunit;

/* A resolved position: 1-based line, the 1-based column in each unit, and the fingerprint of its line's
 * text (fl_hash_text), so a position keeps the identity of its line once the document is gone. */
typedef struct {
    int line;
    int col[3]; /* indexed by fl_colunit */
    uint64_t line_hash;
} fl_pos;

typedef struct {
    const char *file; /* borrowed: owned by the run's file list */
    fl_pos start, end;
    char *message;      /* owned */
    uint64_t text_hash; /* fl_hash_text of the located text; 0 when not known */
} fl_related;

typedef struct {
    int rule; /* index into the rule table */
    fl_severity severity;
    const char *file;  /* borrowed */
    fl_pos start, end; /* end is exclusive */
    char *message;     /* owned */
    fl_related *related;
    size_t nrelated, caprelated;
    uint64_t text_hash; /* fl_hash_text of the text at [start, end), for baseline fingerprints; 0 when not known */
} fl_diag;

/* A growable list of diagnostics. */
typedef struct {
    fl_diag *items;
    size_t len, cap;
} fl_sink;

/* Appends a diagnostic; takes ownership of message. Returns it so related locations can be attached
 * (the pointer is valid until the next add). */
fl_diag *fl_sink_push(fl_sink *s, int rule, fl_severity sev, const char *file, fl_pos start, fl_pos end, char *message);
/* Attaches a related location; takes ownership of message. */
void fl_diag_relate(fl_diag *d, const char *file, fl_pos start, fl_pos end, char *message);
/* Frees what a diagnostic owns (its message and related locations), not the diagnostic itself. */
void fl_diag_free(fl_diag *d);
/* Moves every diagnostic of src to the end of dst and empties src. */
void fl_sink_move(fl_sink *dst, fl_sink *src);
/* Sorts by (path, line, column, rule, message) and removes exact duplicates. */
void fl_sink_sort_unique(fl_sink *s);
void fl_sink_free(fl_sink *s);

/* The fingerprint of a line or span of text: 64-bit FNV-1a over s[0, n) with every run of ASCII white
 * space read as one space and none at either end, so re-wrapping, indentation and CRLF do not change it.
 * Never 0 (0 means "not known" in the structures above). */
uint64_t fl_hash_text(const char *s, size_t n);

const char *fl_severity_name(fl_severity s);
/* Parses "error", "warning", "note" (and "off" when allow_off); returns -1 when unknown. */
int fl_severity_parse(const char *s, int allow_off);

#endif
