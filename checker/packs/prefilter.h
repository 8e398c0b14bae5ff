/* prefilter.h - the literal prefilter of the rule packs' pattern sets. At load time each regex is read (not
 * run) to find the byte strings, folded to lower case, that any of its matches must begin with; at match
 * time those strings, as one automaton, pick the positions where some entry of the set could begin, so that
 * PCRE2 runs only there instead of at every character. General: it knows regex syntax, never the words. */
#ifndef FL_PREFILTER_H
#define FL_PREFILTER_H

#include <stddef.h>

typedef struct fl_prefilter fl_prefilter;

/* Builds the prefilter of regexes[0..n) (PCRE2 syntax, as the packs write them). Returns an owned prefilter,
 * or NULL when it would not help or could be wrong: a regex uses a construct the analysis does not know or
 * that makes match positions depend on each other (backtracking verbs such as (*COMMIT), \G, callouts), or
 * some entry may begin with anything. NULL is not an error: the set is then scanned without a prefilter. */
fl_prefilter *fl_prefilter_build(const char *const *regexes, size_t n);
void fl_prefilter_free(fl_prefilter *pf);

/* Returns the first character boundary p in [from, len] of text (valid UTF-8) where a match of some entry
 * could begin, or (size_t)-1 when there is none. Position 0 is the start of the subject (\A). */
size_t fl_prefilter_next(const fl_prefilter *pf, const char *text, size_t len, size_t from);

/* The candidates of n prefilters in one pass over text[from, len]: cands[k] gets (owned; free() it, NULL when
 * there are none) every position that fl_prefilter_next would return for pfs[k] from from on, in order, and
 * counts[k] how many. */
void fl_prefilter_all(const fl_prefilter *const *pfs, size_t n, const char *text, size_t len, size_t from,
                      size_t **cands, size_t *counts);

/* Number of automaton states (for tests; 0 for NULL). */
size_t fl_prefilter_states(const fl_prefilter *pf);

#endif
