/* ages.h - one person's ages across the reports of a story months apart, or undated: an age moves by one at most
 * within a year. */
#ifndef FL_JOIN_AGES_H
#define FL_JOIN_AGES_H

#include "core/diag.h"
#include "core/util.h"
#include "extract/claims.h"

/* The group the window join compares an age in (after "~a|": the folded full name of its person), into b (its
 * contents replaced); 0, b untouched, when c is no age of a person named in full of a dated report's month or of an
 * undated report. The keyed records route a copy of the claim on it, and the language server partitions by it, as
 * by fl_join_transposed_part. */
int fl_join_age_part(const fl_claim *c, fl_buf *b);

/* Is c such an age (fl_join_age_part would route it)? */
int fl_join_age_routed(const fl_claim *c);

/* The ages of one person named in full (fl_join_age_part) in two reports of one directory whose keys differ (two
 * months; an undated report, which takes its story's time when a dated report of the directory gives the person an
 * age), the reports' months under a year apart, that differ by two or more: each in the minority is reported against
 * the one the most statements agree with. items[0, len) in (file, seq) order; claims of documents marked in
 * reference (may be NULL) are never reported on. */
void fl_join_ages(const fl_claim *items, size_t len, const unsigned char *reference, fl_sink *out);

#endif
