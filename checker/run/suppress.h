/* suppress.h - inline suppression. The directives of a document (HTML comments in Markdown, directive
 * lines in plain text; see markup.h) become regions: a rule (or every rule) over a range of positions.
 * Once every check has run, the diagnostics inside a region of their rule are dropped, and each directive
 * that dropped nothing is reported as unused-suppression, so stale suppressions get cleaned up. */
#ifndef FL_SUPPRESS_H
#define FL_SUPPRESS_H

#include <stddef.h>

#include "core/diag.h"
#include "doc/document.h"

typedef struct fl_suppressions fl_suppressions;
struct fl_suppressions; /* the tag, for headers that only pass it along (check.h) */

/* Reads the directives of a checked document (its positions are resolved here, so the result outlives
 * it); levels are the rule levels for that document (borrowed, must outlive the set). Returns NULL when
 * the document has none; otherwise an owned set that names the document's display path (borrowed). */
fl_suppressions *fl_suppress_scan(fl_doc *d, const fl_severity *levels);

/* Is a diagnostic of rule at pos (in s's document) suppressed? Marks the regions that cover it as used.
 * Checks call it through fl_report, so that suppressed diagnostics never count towards a rule's limit. */
int fl_suppress_covers(fl_suppressions *s, int rule, const fl_pos *pos);

/* Drops from sink every diagnostic that a region of sets[0..n) covers (matched by file name; NULL sets
 * are skipped), then adds an unused-suppression diagnostic, at its document's level of that rule, for
 * each directive that covered nothing of a rule that is on for the document, named an unknown rule or
 * directive, or ended nothing (at most FL_MAX_PER_RULE per file, then one note with the count of the rest).
 * Diagnostics of unused-suppression itself are never suppressed. */
void fl_suppress_apply(fl_suppressions *const *sets, size_t n, fl_sink *sink);

void fl_suppress_free(fl_suppressions *s);

/* For claim records (the map step): records that the claim at pos, joined on key, would have the findings
 * of rule at it suppressed, without marking anything used; returns 1 when a region covers it. */
int fl_suppress_note_claim(fl_suppressions *s, int rule, const fl_pos *pos, const char *key);
/* For the reduce step: a region not used yet that covers claims of a key this reducer does not hold
 * (held(key, arg) is 0) counts as used, since its use is decided by the reducer that holds them. */
void fl_suppress_settle(fl_suppressions *s, int (*held)(const char *key, void *arg), void *arg);

struct cJSON;

/* The directives of s and which of their regions are used so far, as JSON (for claim records), and back:
 * an owned set for file with levels (both borrowed, as fl_suppress_scan's). fl_suppress_from_json returns
 * NULL when j is not what fl_suppress_to_json writes. */
struct cJSON *fl_suppress_to_json(const fl_suppressions *s);
fl_suppressions *fl_suppress_from_json(const struct cJSON *j, const char *file, const fl_severity *levels);

#endif
