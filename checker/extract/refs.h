/* refs.h - reference figures: a figure inside a definite noun phrase ("the plant's 340 workers", "the £26 million
 * charge", "all 52 nodes") presupposes a quantity its document stated before as news; it is given that quantity's
 * key, so that the joins compare the two. */
#ifndef FL_REFS_H
#define FL_REFS_H

#include <stddef.h>

#include "extract/claims.h"

/* What the noun phrase of one figure says, as the claim model reads it (claims.c): its determiner, its head noun,
 * its possessor. The strings are borrowed views into the document. */
typedef struct {
    int definite;         /* after a definite determiner, a possessive or a whole marker ("the", "its", "all") */
    int subset;           /* a subset marker in the phrase ("the 12 remaining"): a part, not the whole */
    int determined;       /* a determiner two words before it ("the top 3 students"): no figure stated as news */
    const char *own_verb; /* a participle of its own right after its head ("the 44.2 million children targeted"):
                           * restating, the clause of the figure restated must use the word; NULL none */
    size_t own_verb_len;
    const char *qualifier; /* the head of a qualifying phrase after its head ("TB" of "the 36 staff with latent TB"):
                            * restating, the clause of the figure restated must name it; NULL none */
    size_t qualifier_len;
    int whole; /* a whole marker or a possessive before it ("all 26 toilets", "the wheel's 28 gondolas", "its 2,300
                * staff"): the whole complement of what it counts */
    const char *head; /* the head noun: the counted noun of a count ("rescue workers"), the noun after a
                       * premodifying figure or before "of" ("charge", "quota"); NULL none */
    size_t head_len;
    const char *possessor; /* "plant" of "the plant's 340 workers", NULL none or a pronoun ("its") */
    size_t possessor_len;
    int possessor_name; /* the possessor is capitalised: a name */
    const char *label;  /* the first label of its sentence ("category" of "For category 2 calls"), NULL none */
    size_t label_len;
    long label_num; /* its number (2) */
    int own_period; /* its clause states a period that is the figure's own ("the 40 jobs cut in 2023"), not
                     * its predicate's ("the £26 million charge will be spread over 2026") */
} fl_ref_phrase;

/* The figures of one document that a later definite phrase may restate, in document order. */
typedef struct {
    struct fl_ref_figure *v;
    size_t n, cap;
} fl_refs;

/* Gives claim cl, whose phrase is ph, the key of the one figure stated before in its document that it restates
 * (the same dimension, a head noun of one class, no other subject, period or time of report), when there is one
 * and the figures stated before of that class agree with each other; a figure restated that had no key and cl
 * get a key of their own, of the document only (the figure in out is rewritten). Returns 1 when cl restates
 * one, 0 otherwise (cl is then left as it was). Borrows everything; never fails. */
int fl_refs_resolve(fl_refs *rs, const fl_rules *r, fl_claim *cl, const fl_ref_phrase *ph, fl_claims *out);
/* May cl, whose phrase is ph, be restated later: a figure stated as news with a head noun? Then it must be kept
 * in out even when it has no key (fl_refs_note). */
int fl_refs_candidate(const fl_claim *cl, const fl_ref_phrase *ph);
/* Notes out->items[at], a candidate (fl_refs_candidate) just kept, with its phrase ph. */
void fl_refs_note(fl_refs *rs, const fl_rules *r, const fl_claims *out, size_t at, const fl_ref_phrase *ph);
void fl_refs_free(fl_refs *rs);

#endif
