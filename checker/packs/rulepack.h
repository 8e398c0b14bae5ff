/* rulepack.h - rule packs: the domain knowledge (phrase lexicons and regex pattern sets) read from
 * the rules directory with cJSON. Regexes are compiled once with PCRE2 JIT and run with match limits. A loaded
 * fl_rules is read-only, so every worker thread shares it; each thread owns its own fl_matcher. */
#ifndef FL_RULEPACK_H
#define FL_RULEPACK_H

#include <stddef.h>

#include "packs/knowledge.h"
#include "syntax/syntax.h"
#include "core/util.h"

typedef struct fl_rules fl_rules;
typedef struct fl_lexicon fl_lexicon;
typedef struct fl_patterns fl_patterns;
typedef struct fl_matcher fl_matcher;

/* Loads every *.json file of each directory, in order, files sorted by name. Returns an owned fl_rules, or
 * NULL with a one-line message ("rules/x.json:12: ...") appended to err. A directory that does not exist
 * is an error too. */
fl_rules *fl_rules_load(const char *const *dirs, size_t ndirs, fl_buf *err);
/* The same with a limit on each pack file's size (--max-file-size; 0: FL_MAX_FILE_SIZE_DEFAULT). */
fl_rules *fl_rules_load_max(const char *const *dirs, size_t ndirs, size_t max, fl_buf *err);
/* Loads one pack from text[0, len) (borrowed), named name in messages, and nothing else (for the fuzz
 * target). Returns an owned fl_rules, or NULL with the message in err. */
fl_rules *fl_rules_load_text(const char *text, size_t len, const char *name, fl_buf *err);
void fl_rules_free(fl_rules *r);
/* Returns the built-in rule-pack directory (owned): $FACTLINT_RULES, else rules/ next to the executable (or
 * one level up, or ../share/factlint/rules); NULL when none exists. */
char *fl_rules_default_dir(void);
/* The part-of-speech tagger and chunker loaded with the packs (syntax/ of the first rules directory that has
 * one); borrowed, read-only, NULL when no directory has a model. */
const fl_syntax *fl_rules_syntax(const fl_rules *r);
/* The knowledge sections (numbers, units, entities ...) of all packs; borrowed, read-only. */
const fl_knowledge *fl_rules_knowledge(const fl_rules *r);
/* Number of pack files loaded. */
size_t fl_rules_npacks(const fl_rules *r);

/* Lexicons are named phrase lists. Returns the merged lexicon; never NULL (empty when no pack has it).
 * The name must be one of the known lexicon names (an assert). */
const fl_lexicon *fl_rules_lexicon(const fl_rules *r, const char *name);
/* Returns 1 when s[0..n) is in the lexicon; fold compares ASCII case-insensitively. */
int fl_lexicon_has(const fl_lexicon *lex, const char *s, size_t n, int fold);
/* The same for the bytes of token t of text, with the hash the tokenizer computed. */
int fl_lexicon_has_token(const fl_lexicon *lex, const char *text, const fl_token *t, int fold);
size_t fl_lexicon_size(const fl_lexicon *lex);
/* The indices of the entries whose first byte, in ASCII lower case, is first: stores them (borrowed) in
 * *items and returns their count. */
size_t fl_lexicon_starting(const fl_lexicon *lex, unsigned char first, const size_t **items);
/* How many word tokens of t[0, b) from i on spell an entry of lex ("most winters": 2), 0 none; case folded. */
size_t fl_lexicon_words_at(const fl_lexicon *lex, const char *text, const fl_token *t, size_t b, size_t i);
/* Returns entry i (borrowed). */
const char *fl_lexicon_item(const fl_lexicon *lex, size_t i);
/* The length of entry i in bytes. */
size_t fl_lexicon_item_len(const fl_lexicon *lex, size_t i);

/* Word roles: the grammatical words the extractors test (a preposition that gives a flow its direction, the
 * "and" of a range ...), each a lexicon of rules/grammar.json named in fl_lexicon_names, found by index. */
typedef enum {
    FL_ROLE_ARTICLES,
    FL_ROLE_INDEFINITE,
    FL_ROLE_TO,
    FL_ROLE_FROM,
    FL_ROLE_PARTY_TO,
    FL_ROLE_PARTY_ON,
    FL_ROLE_PARTY_OF,
    FL_ROLE_NON_SUBJECT,
    FL_ROLE_COMPARISON,
    FL_ROLE_BETWEEN,
    FL_ROLE_AND,
    FL_ROLE_BY,
    FL_ROLE_DEADLINE,
    FL_ROLE_SINCE,
    FL_ROLE_UP,
    FL_ROLE_CHANGE_LINK,
    FL_ROLE_OF,
    FL_ROLE_IN,
    FL_ROLE_OUT,
    FL_ROLE_EVERY,
    FL_ROLE_PER,
    FL_ROLE_OFFSET,
    FL_ROLE_OR,
    FL_ROLE_ACCORDING,
    FL_ROLE_ACCORDING_TO,
    FL_ROLE_APPOSITIVE_STOP,
    FL_ROLE_COORDINATOR,
    FL_ROLE_THAT,
    FL_ROLE_ADVERB,
    FL_ROLE_ADVERB_SUFFIX,
    FL_ROLE_NEGATION_SUFFIX,
    FL_ROLE_HEDGED_SOURCE,
    FL_ROLE_NON_PARTY,
    FL_ROLE_COUNT_DIMENSION,
    FL_ROLE_TIME_RELATIVE,
    FL_ROLE_PERIOD_DETERMINER,
    FL_ROLE_COUNT
} fl_role;
/* The lexicon of a role; never NULL. */
const fl_lexicon *fl_rules_role(const fl_rules *r, fl_role role);
/* Returns 1 when token i of t[0..n) is a word of the role (ASCII case-insensitive); 0 past n. */
int fl_role_at(const fl_rules *r, fl_role role, const char *text, const fl_token *t, size_t n, size_t i);
/* Returns 1 when s[0..n) is longer than one of lex's entries and ends with it (byte for byte): "n't". */
int fl_lexicon_suffix(const fl_lexicon *lex, const char *s, size_t n);
/* Returns 1 when s[0..n) begins with one of lex's entries (ASCII case-insensitive): "according to". */
int fl_lexicon_prefix(const fl_lexicon *lex, const char *s, size_t n);

/* Pattern sets are named lists of regexes combined into one compiled alternation. Never NULL. */
const fl_patterns *fl_rules_patterns(const fl_rules *r, const char *category);
size_t fl_patterns_size(const fl_patterns *p);
/* The entry's id and message template (NULL when it has none); borrowed. */
const char *fl_patterns_id(const fl_patterns *p, size_t entry);
const char *fl_patterns_message(const fl_patterns *p, size_t entry);
/* The entry's examples: kind 1 = should match, 0 = should not. Returns NULL past the last one. */
const char *fl_patterns_example(const fl_patterns *p, size_t entry, int kind, size_t i);

typedef struct {
    size_t start, end; /* byte span of the whole match */
    size_t entry;      /* which entry of the set matched */
} fl_match;

/* Per-thread match scratch (match data, JIT stack, limits). */
fl_matcher *fl_matcher_new(void);
void fl_matcher_free(fl_matcher *m);

/* Finds every match of the set in text[from, len): leftmost, non-overlapping, sorted by start. Returns the
 * count and stores an owned array in *out (free() it; NULL when there are none). Where a match limit is hit the
 * scan skips to the next line (fl_matcher_limit_hits counts those); after 8 such hits in one scan (one
 * document: the budget is per document, not per line) the scan stops. text must be valid UTF-8. */
size_t fl_patterns_scan(const fl_patterns *p, fl_matcher *m, const char *text, size_t len, size_t from, fl_match **out);
size_t fl_matcher_limit_hits(const fl_matcher *m);
/* How many limit hits a scan (one document) may have before it stops: the budget. */
int fl_matcher_budget(void);
/* After a scan over text[0, len): when it spent its budget (the rest of the document was not matched), stores
 * the set, the entry whose pattern hit the limit and the position of the last hit, and returns 1; else 0. */
int fl_matcher_spent(fl_matcher *m, const char *text, size_t len, const fl_patterns **set, size_t *entry, size_t *pos);
/* The pack file an entry came from, and its regex (NULL past the last entry). */
const char *fl_patterns_pack(const fl_patterns *p, size_t entry);
const char *fl_patterns_regex(const fl_patterns *p, size_t entry);
/* fl_patterns_scan of each of sets[0..nsets) over the same text, with one pass of their prefilters over it:
 * outs[i] and counts[i] get what fl_patterns_scan would return for sets[i]. */
void fl_patterns_scan_sets(const fl_patterns *const *sets, size_t nsets, fl_matcher *m, const char *text, size_t len,
                           size_t from, fl_match **outs, size_t *counts);
/* The same scan at every position, without the literal prefilter (prefilter.h): for tests, which compare the
 * two. */
size_t fl_patterns_scan_unfiltered(const fl_patterns *p, fl_matcher *m, const char *text, size_t len, size_t from,
                                   fl_match **out);
/* Returns 1 when every part of the set is scanned with a prefilter. */
int fl_patterns_filtered(const fl_patterns *p);

/* Names the rule packs know, for --help and error messages. */
extern const char *const fl_lexicon_names[];
extern const char *const fl_pattern_categories[];

#endif
