/* frames.h - what a physical measure or a duration measures, read from the frame around it rather than from a
 * word list of attributes: a length related to a reference by a preposition ("15 km from the lighthouse", "30
 * metres above the ground", "within three miles of the plant"), and the key of a measure of a story's event (a
 * length fallen, a volume leaked, how long people were trapped) that no name claims, which the reports of one
 * story share. The words are data: claim_model.measures.frames (rules/measures.json). */
#ifndef FL_FRAMES_H
#define FL_FRAMES_H

#include <stddef.h>

#include "core/util.h"
#include "doc/tokens.h"
#include "extract/claims.h"
#include "extract/numbers.h"
#include "packs/knowledge.h"
#include "syntax/syntax.h"

/* A sentence as the frame readers see it: its text and tokens [a, b) (indexes into t), its parse (token i of the
 * sentence is parse token i - a), borrowed. */
typedef struct {
    const char *text;
    const fl_token *t;
    size_t a, b;
    const fl_parse *p;
} fl_frame_sentence;

/* The relation class (index into k->relation_classes) of a length whose figure spans tokens [first, end) (its
 * qualifier included) and that a relation word right after it ("from", "above"), or a radius word right before it
 * and "of" right after it ("within 1.5 km of"), relates to the noun phrase that follows: its reference. Writes
 * the reference to ref (cleared first: a name's words, else the head noun, a possessor's for "the plant's fence
 * line"; lower case). -1 (ref empty) when there is no such frame. */
int fl_frame_relation(const fl_knowledge *k, const fl_frame_sentence *s, size_t first, size_t end, fl_buf *ref);

/* Is dim a dimension of a story's measures (claim_model.measures.frames.story_dimensions)? */
int fl_frame_story_dim(const fl_knowledge *k, const char *dim);

/* Is dim a dimension that no entry of a live page updates (claim_model.measures.frames.entry_dimensions): a
 * thing's length or a sum of money, not a count that rises as the day goes on? "money" names every "money:CUR";
 * a rate ("money:GBP/year") is none. */
int fl_frame_entry_dim(const fl_knowledge *k, const char *dim);

/* Is fam the family of a relation class (a distance from a place, a position above one)? */
int fl_frame_relation_family(const fl_knowledge *k, int fam);

/* Makes cl, a measure of a story dimension stated as a fact with no period of its own (stated: its clause states
 * one; person: its clause's subject is a person, whose measure is the story's only in a person dimension, how long
 * they were trapped, not a suspect's weight), a measure of its story: its period the story's (period_how 5, the join's
 * "settled" facts of one story), and, when nothing but the document's topic is its subject, the subject story_subject
 * (an event class or an unnamed thing of the story stays: the join reads both as the story, fl_frame_join_key), so that
 * two reports' "fell about 40 metres" and "plunged 300ft" meet whatever each names as the event. Only a family of
 * physical measures (the act family or one of story dimensions only). A subject that the claim model refused (another
 * thing, an aggregate, a list) or a name is left alone. Returns 1 when it did. */
int fl_frame_story_key(fl_claim *cl, const fl_knowledge *k, int stated, int person);

/* Is c a measure of its story (fl_frame_story_key made it one, or an undated report's measure of its event of
 * the same kind), which the reports of one story compare whatever each names as the event? */
int fl_frame_story_measure(const fl_claim *c, const fl_knowledge *k);

/* The join key of a story measure whose subject is story_subject or an event class: its key with that subject
 * replaced by story_subject ("act|length|@dir/crash>|..." and "act|length|@dir/story>|..." meet). Returns an
 * owned string, or NULL when c is no such measure. */
char *fl_frame_join_key(const fl_claim *c, const fl_knowledge *k);

/* Widens a story measure's interval when its number x is round ("30-foot", "200,000 litres": a multiple of 10 or
 * more), by a quarter of the step it is rounded to either way: a round figure is a rough one, and its conversion in
 * another report ("10-metre") agrees with it. Anything else is left alone. */
void fl_frame_round(fl_claim *cl, const fl_knowledge *k, const fl_num *x);

/* The item of a day or clock time of the story's moment: a thing of the story that failed, burst or gave way, or
 * an incident that happened (extract/claim_times.c story_happening), whatever word each report calls its event by; the
 * join (join/story.c) keys it as the momentary event the story times, or as the story's own. */
#define FL_STORY_MOMENT "moment"

/* The item of a day or clock time of the start of a state of the story ("The fault first appeared on Monday",
 * "ran from Saturday 17 October until ..."): its own attribute, compared only with other starts of the story. */
#define FL_STORY_START "start"

/* The items of a clock time or day of the start and the end of the story's own activity ("Odegaard set off at
 * 2.45pm", "The pulse ... began at 14:07"; extract/claim_times.c story_activity): "activity-start" for the story's
 * protagonist, "activity-start:pulse" for a noun of an activity class (time.activities). Like a state's start,
 * the story's own, never an event's moment. */
#define FL_STORY_ACTIVITY "activity-"
#define FL_STORY_ACT_START FL_STORY_ACTIVITY "start"
#define FL_STORY_ACT_END FL_STORY_ACTIVITY "end"
#define FL_STORY_ACT_MILESTONE FL_STORY_ACTIVITY "milestone"

#endif
