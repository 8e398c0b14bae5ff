/* unit.h - helpers shared by the criterion unit tests: the built-in rule packs, and linting a buffer. */
#ifndef FL_UNIT_H
#define FL_UNIT_H

#include <criterion/criterion.h>
#include <string.h>

#include "doc/document_int.h"
#include "run/lint.h"
#include "packs/rulepack.h"
#include "segment/segment.h"
#include "check/footnotes.h"
#include "extract/claims.h"
#include "join/numeric.h"
#include "join/story.h"

/* The built-in packs, loaded once per test process (tests run from tests/unit). */
const fl_rules *unit_rules(void);

/* Builds and segments a document from a string (and extracts its footnotes). Free with fl_doc_free. */
fl_doc *unit_doc(const char *name, const char *text);

/* Reads a whole file (a test failure when it cannot); returns an owned NUL-terminated buffer and its
 * length in *len (len may be NULL). */
char *unit_slurp(const char *path, size_t *len);

/* Extracts the numeric claims of text (a file called name, no configured date) into *out, which it clears;
 * returns the document, to free with fl_doc_free after the claims (fl_claims_free). */
fl_doc *unit_claims(const char *name, const char *text, fl_claims *out);

/* Extracts the claims of two documents of one directory (c/a.txt and c/b.txt, no configured date) and joins
 * them as a run does; returns how many numeric-conflict and date-inconsistency findings the join reports. */
size_t unit_join_findings(const char *ta, const char *tb);

/* The first claim of c whose text starts with prefix, or NULL. */
const fl_claim *unit_find_claim(const fl_claims *c, const char *prefix);

/* Lints text as a file called name; returns how many diagnostics of rule were reported. */
size_t unit_count(const char *name, const char *text, int rule);

#endif
