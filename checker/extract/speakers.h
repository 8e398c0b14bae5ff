/* speakers.h - who said what. People are found by their position, not from a list: a run of capitalised
 * words next to a speech verb, after an attribution dash, or with an appositive ("Ana Silva, a bank
 * economist"); bylines name authors, not speakers. Every direct quote is attributed by an ordered sieve
 * (the most precise pattern first), and reported speech ("S told A that ...") becomes a claim too. */
#ifndef FL_SPEAKERS_H
#define FL_SPEAKERS_H

#include "doc/tokens.h"
#include "extract/claims.h"

/* What the per-document checks need from the extraction; freed with fl_speech_free. */
typedef struct fl_speech_s {
    size_t *unattributed; /* quote indices (into the document's quotes) with no speaker */
    size_t nunattributed;
    struct sp_s *people; /* the people and tokens found, for ambiguous-attribution */
} fl_speech;

/* Attributes the quotes and reported speech of a segmented document; the claims go to out->quotes with
 * doc_index. tok/ntok: the document's tokens when already made (borrowed; they must outlive facts), or
 * NULL. */
void fl_speech_extract(fl_doc *d, const fl_rules *r, const fl_token *tok, size_t ntok, size_t doc_index, fl_claims *out,
                       fl_speech *facts);
void fl_speech_free(fl_speech *s);

enum { FL_MAX_AMBIGUOUS = 8 }; /* at most this many speakers are named for one reference */

/* A surname reference next to speech that fits two or more speakers of the document. */
typedef struct {
    size_t start, end; /* the reference: bytes of text */
    const char *text;  /* borrowed: the text the offsets are in */
    size_t n;          /* speakers it fits, 2..FL_MAX_AMBIGUOUS, in the order they were found */
    struct {
        const char *name;  /* borrowed from the extraction: "Ana Silva" */
        size_t start, end; /* where the name first appears */
    } who[FL_MAX_AMBIGUOUS];
} fl_ambiguity;

/* The ambiguous surname references of s's document, in text order: returns their number and sets *out to
 * an owned array (free() it; NULL when there are none). The names are valid until fl_speech_free(s). */
size_t fl_speech_ambiguities(const fl_speech *s, fl_ambiguity **out);

#endif
