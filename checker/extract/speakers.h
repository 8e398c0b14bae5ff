/* speakers.h - who said what. People are found by their position, not from a list: a run of capitalised
 * words next to a speech verb, after an attribution dash, or with an appositive ("Ana Silva, a bank
 * economist"); bylines name authors, not speakers. Every direct quote is attributed by an ordered sieve
 * (the most precise pattern first), and reported speech ("S told A that ...") becomes a claim too. */
#ifndef FL_SPEAKERS_H
#define FL_SPEAKERS_H

#include "check/check.h"
#include "extract/claims.h"
#include "doc/tokens.h"

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

/* ambiguous-attribution: a surname reference that fits two or more speakers of the document. */
void fl_check_attribution(fl_check_ctx *ctx);
/* unattributed-quote: a quote that reads as speech with no speaker the sieve can find. */
void fl_check_unattributed(fl_check_ctx *ctx);

#endif
