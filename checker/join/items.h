/* items.h - one count named with other words: a generic item of a join key ("six men on board") takes the one
 * specific item the key's other claims name ("seven crew on board"). */
#ifndef FL_JOIN_ITEMS_H
#define FL_JOIN_ITEMS_H

#include "core/util.h"
#include "extract/claims.h"
#include "packs/knowledge.h"

/* Rewrites, in keys[0..all->len) (each NULL or an owned join key of all->items[i], its item the field before the
 * last '|'), the key of a claim whose counted noun is one of claim_model.generic_counts ("carry:man",
 * "person") to the key of the one specific noun ("carry:crew", "spectator") that the claims of the same key
 * but for that noun give, when they give exactly one and no document gives both a generic and that specific
 * noun under the key (a document that counts "six people, four of them crew" tells a part from its whole). A
 * noun of claim_model.part_counts ("firefighter") is no such specific noun: only a count that leaves its noun out
 * in a document that counts it takes it ("Of these, 27 were injured"). Each rewritten key is freed and replaced by a
 * new owned string. Never fails (out of memory aborts). */
void fl_items_resolve(char **keys, const fl_claims *all, const fl_knowledge *k);

/* Marks each claim of one document (claims->items[from..len)) that leaves its counted noun out with the nouns of
 * claim_model.part_counts that the document's claims count (fl_claim.doc_parts), so that fl_items_resolve finds
 * them in a reducer that holds only this claim's key. */
void fl_items_mark(fl_claims *claims, size_t from, const fl_knowledge *k);

/* The route of a key without its counted noun: route (a key or route whose last fields are "item|" or
 * "item|period") with the noun of its item field ("carry:crew" -> "carry:") left out, in place, so that a generic
 * noun and the specific ones it may take (fl_items_resolve) meet in one reducer. */
void fl_items_route(fl_buf *route);

#endif
