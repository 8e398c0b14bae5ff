/* ages.h - the ages news gives its people: "Jodie Pryce, 19,", "the 19-year-old student Jodie Pryce", "Jodie
 * Pryce, a 19-year-old student", "Jodie Pryce (19)", "Jodie Pryce, aged 19". Each is a claim of the person's age
 * (extract/claims.c keys it), so that two ages of one person in one document, or in two reports of one month, are
 * compared. The words are data: the "age-words" that follow a number ("-year-old", "years old") and the "age-prefixes"
 * before one ("aged"). */
#ifndef FL_EXTRACT_AGES_H
#define FL_EXTRACT_AGES_H

#include <stddef.h>
#include <stdint.h>

#include "doc/tokens.h"
#include "extract/numbers.h"
#include "packs/rulepack.h"
#include "syntax/syntax.h"

/* An age found in a sentence: its value, the bytes printed for it ("19", "19-year-old", "twenty-one-year-old"), and
 * the person: a full name ("Jodie Pryce", a new string), or a single name the document never gave in full
 * ("Sandra"), which is compared within the document only (local), or the role of a person the story has one of and
 * names no one in ("driver" of "the driver, 54,": role 1), or the story's one thing of its kind ("escalator" of "the
 * 26-year-old escalator": role 2), both compared among the reports of the story. */
typedef struct {
    double value;
    size_t start, end;
    char *name;
    int local;
    int role;
} fl_age;

enum { FL_AGES_BACK = 3 }; /* how many sentences back "the 29-year-old" may find the person it describes */

/* What a document has said of its people so far, sentence by sentence: the full names it gave (a later surname
 * alone is that person). */
typedef struct {
    char **full;
    size_t nfull, capfull;
    char **role, **role_name; /* the roles the document named people in ("pilot": "Graham Teale"); a role given to
                               * two people has role_name NULL */
    size_t nroles, caproles;
    fl_age *aged; /* the ages given so far, each with its own copy of the name (an age far from a person's is no
                   * description of them: "The 9-year-old" after "Ana, 29") */
    size_t naged, capaged;
    size_t back_a[FL_AGES_BACK], back_b[FL_AGES_BACK]; /* the token ranges of the sentences before, newest first */
    size_t nback;
    const fl_token *back_t; /* the tokens they index */
    int ready;              /* the lexicons below are looked up (once per document: a lookup by name costs) */
    const fl_lexicon *words, *prefixes, *past, *roles, *naming, *naming_links, *persons, *others, *relatives, *copulas;
    const fl_lexicon *parents, *children, *parent_copulas, *possessives, *having; /* of fl_children_in_sentence */
    char *parent_name, *parent_noun; /* the one person the document described by a parent noun and a count of
                                      * children ("Zurana Horton, 34, a mother of 12"), and that noun */
    int parent_many;                 /* it described two, or one by two nouns: "the mother of 13" is no one's */
    const fl_lexicon *titles, *hit_verbs, *hit_times, *hit_items, *hit_item_verbs, *hit_by; /* of fl_hits_in_sentence */
    const fl_lexicon *story_roles, *role_dets, *role_sharers; /* of the ages of a story's roles ("the driver, 54,") */
    char **shared; /* the "story-roles" the document gives several people ("two drivers", "another caretaker") */
    size_t nshared, capshared;
    const fl_token *doc_t; /* the document's tokens, doc_n of them (how often it names a thing, fl_ages_in_sentence) */
    size_t doc_n;
    const fl_lexicon *female, *male, *age_persons, *thing_relatives; /* of the ages of a story's things */
    const fl_lexicon *fronts;                                        /* "age-fronts": "At 44, Oyelaran has ..." */
    const fl_lexicon *front_relatives; /* "age-front-relatives": "Pritchard, who at 36 becomes ..." */
    const fl_lexicon *front_verbs, *front_adverbs, *place_heads; /* "age-front-verbs", "age-front-adverbs" */
    const fl_lexicon *front_partitives; /* "age-front-partitives": "one of" before such a copula's phrase */
} fl_ages_state;

/* May sentence tokens t[a, b) with numbers nums[0, nn) state an age: a whole number a person may be, or a word
 * ending in an age word ("twenty-one-year-old")? A cheap test before the sentence is tagged for
 * fl_ages_in_sentence. */
/* Notes the full names of a sentence that fl_ages_in_sentence is not run on (a later surname alone is that person),
 * and the roles they are given ("the pilot, Graham Teale"; "named the pilot as Graham Teale"). */
void fl_ages_note_names(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st);

int fl_ages_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, const fl_num *nums,
                     size_t nn, fl_ages_state *st);

/* The ages that sentence tokens t[a, b) of text state (tags: their fl_tag from [a], or NULL), numbers nums[0, nn)
 * of that sentence; appends to *out (a growing array of *n, capacity *cap) and returns how many it added. st
 * carries the document's people from sentence to sentence. */
size_t fl_ages_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                           const uint8_t *tags, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out,
                           size_t *n, size_t *cap);

/* Does sentence tokens t[a, b) hold a "parent-nouns" or a "child-nouns" word (a cheap test before its parse)? */
int fl_children_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st);

/* The counts of their children that sentence tokens t[a, b) of text give its people (p: its parse, or NULL; nums[0,
 * nn) its numbers), each as an fl_age whose value is the count: a "parent-nouns" word and "of" before the count ("a
 * mother of 12", "father of three children") with the person's name right after it, apposed to it before it
 * ("Zurana Horton, 34, a mother of 12,") or joined to it by a "parent-copulas" word ("Horton was the mother of 12
 * children"); or a "parent-possessives" or "parent-verbs" word before a count of a "child-nouns" word ("one of her
 * 12 children", "has three children") whose person is the name ending the main clause's subject, no other name or
 * person noun between; or "the mother of 13", a definite article before the parent noun and no name, when the
 * document described one person before by that noun, a count and a name: that person. Appends to *out as
 * fl_ages_in_sentence does (call it before that, which notes the sentence's names) and returns how many it added. */
size_t fl_children_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                               const fl_parse *p, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out,
                               size_t *n, size_t *cap);

/* Does sentence tokens t[a, b) hold a "hit-times" or a "hit-items" word (a cheap test before its parse)? */
int fl_hits_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st);

/* How many times sentence tokens t[a, b) of text say its people were hit (shot) in parse p (NULL: none), as fl_ages
 * whose value is the count: a count of "hit-times" ("eleven times") after a passive "hit-verbs" group with a name as
 * its subject ("Gray, 16, was shot eleven times") or after an active one and its object name ("hitting Gray eleven
 * times"); a count of "hit-items" ("seven bullets") as the subject of an active "hit-item-verbs" group with a name
 * right after it ("Seven bullets hit Mr. Gray", "seven bullets entered Gray's body") or joined by a "hit-by" word to
 * a passive one with a name as its subject ("Gray was hit by seven bullets"); a name with a title before it
 * or one the document gave an age (a place is hit too). Appends to *out as fl_ages_in_sentence does (call it after
 * that, which notes the ages) and returns how many it added. */
size_t fl_hits_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                           const fl_parse *p, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out, size_t *n,
                           size_t *cap);

/* Notes which "story-roles" document tokens t[0, n) give several people: a role in the plural ("the two drivers") or
 * after a "story-role-sharers" word ("another caretaker"); such a role's age is no one's. Call it once, before the
 * document's first fl_ages_in_sentence. */
void fl_ages_note_document(const char *text, const fl_rules *r, const fl_token *t, size_t n, fl_ages_state *st);

/* Marks the numbers nums[0, nn) of sentence tokens t[a, b) that are the age of a person a singular noun names
 * (FL_NC_AGE: no count of anything): a bare whole number set off by a comma after the noun ("a grandad, 61,", "his
 * grandson, 12") or after "of" ("a woman of 44"; not "a mother of 12"), its phrase ending there. The noun is one
 * of "person-nouns", "role-nouns", "female-person-nouns" or "male-person-nouns", a determiner before it (an
 * indefinite article, or "story-role-determiners" before a word not in the plural), one lower-case word between. */
void fl_ages_mark_unnamed(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_num *nums,
                          size_t nn);

void fl_ages_state_free(fl_ages_state *st);

#endif
