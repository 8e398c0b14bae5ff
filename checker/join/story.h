/* story.h - one event for the reports of one story: the figures of a document's own event (its deaths, its
 * evacuees, its cost) are keyed by the event class that document names most ("fire" in one outlet's report,
 * "explosion" in another's); the reports of one story (one directory, shared names, see fl_story_docs) are of one
 * event, so such figures are keyed by the event of the story's first report. */
#ifndef FL_JOIN_STORY_H
#define FL_JOIN_STORY_H

#include "extract/claims.h"
#include "packs/knowledge.h"

/* The keys of all's claims with the event of a document's own figures made the story's (story: what
 * fl_story_docs returned for all, borrowed): keys[i] is a new string (free it) when claim i's key changed, else
 * NULL; NULL when all is empty. A day or clock time of a document's own event is made the story's too (when its
 * sentence names its class, only a momentary class for a momentary event the story timed first), unless the
 * story tells its class apart from the story's event (a report times it as another event than its own, or times
 * both: the fire broke out after the blast). */
char **fl_story_event_keys(const fl_claims *all, const fl_knowledge *k, const size_t *story);

/* Marks the claims of one document (claims->items[from..len)) with its own event (fl_claim.doc_event): the event
 * class most of its own event figures are of (a count or measure of the event at the document's date), when it
 * gives two or more of that class. Run where a document's claims are all at hand (the map step), never on a part of
 * them. */
void fl_story_mark_events(fl_claims *claims, size_t from, const fl_knowledge *k);

/* The story of each document (indexed by fl_claim.doc, up to the largest doc of all): the index of the story's
 * first document. Two documents of one directory are of one story when they share three of their most used names,
 * or two and the event class of their own figures ("fire" in both), or one when their own events are momentary and
 * of one day ("collapsed" in one, "crashed down" in the other); documents linked so through others are of one
 * story too. Returns a new array (free it), NULL when all is empty. */
size_t *fl_story_docs(const fl_claims *all, const fl_knowledge *k);

/* Are claims a and b, of two documents of one directory that share two of their most used names, of one story
 * when their clauses tell one act by one verb ("Cabinet on Tuesday 14 April approved the assessment", "The figures
 * were approved at Wednesday's cabinet meeting")? The verb stands for the event class two reports' own events give
 * (fl_story_docs): the caller has compared the verbs. */
int fl_story_act_linked(const fl_claim *a, const fl_claim *b);
/* The stories of n claims of one key (cs, borrowed), told from what each claim carries alone (its document's names
 * and own event, its directory), never from other documents: two documents are of one story as fl_story_docs
 * links them, but only directly or through documents that have claims among the n. Whatever documents a reducer
 * holds besides, the claims of one key meet in one reducer, so each gives them the same stories. Returns a new
 * array (free it): out[i] is the index in cs of the first claim of claim i's story. */
size_t *fl_story_of_claims(const fl_claim *const *cs, size_t n, const fl_knowledge *k);
/* The stories of n claims as fl_story_of_claims tells them, but two documents of one directory that share two of
 * their most used names, or their most used words, are one story too: for figures whose values alone are telling
 * evidence that they are one (the same three or more digits in another order), of one unit. */
size_t *fl_story_of_figures(const fl_claim *const *cs, size_t n, const fl_knowledge *k);

/* The stories (fl_story_of_claims) of the claims of a list, from all->items[first] along next (SIZE_MAX ends it):
 * *n claims, *at their indexes in all and *cs the claims themselves (new arrays: free them). Returns the new array
 * of stories, indexed as *cs. */
size_t *fl_story_of_list(const fl_claims *all, size_t first, const size_t *next, const fl_knowledge *k, size_t *n,
                         size_t **at, const fl_claim ***cs);

/* The event class of a key's subject ("...|@dir/fire>|..." -> "fire" of length 4), 0 when its subject is no
 * event of a directory; *at is where it starts. */
size_t fl_story_key_event(const char *key, size_t *at);

/* Where the file of a figure of a document's own topic stands in its key ("...|@#dir/a.txt#the hall>|..." ->
 * "a.txt", the directory kept before it): its length (0 when the key names no document's topic), *at its start. */
size_t fl_story_topic_file(const char *key, size_t *at);

/* The route of a topic figure's claim c (fl_story_topic_file holds): its key without the file and without the
 * period (a period its sentence states and one its document gives can be one): every figure of one attribute of
 * the topic of a directory's documents meets in one reducer. Writes route (its contents replaced). */
void fl_story_topic_route(const fl_claim *c, fl_buf *route);

/* The keys of all's figures of a document's own topic ("...|@#dir/a.txt>|...") made their story's: the figures
 * of one route whose documents fl_story_of_claims links into a story of two documents or more are keyed by the
 * story's first file by name ("...|@#dir/~a.txt>|..."), whatever other documents a reducer holds. keys[i] is a
 * new string (free it) when claim i's key changed, else NULL; NULL when all is empty. */
char **fl_story_topic_keys(const fl_claims *all, const fl_knowledge *k);

/* The keys of all's figures of an unnamed thing of a story by a general noun (claim_model.general_things: "the 24m
 * vessel") made the key of the one thing of its kind that the figures of its route (attribute, item, modality,
 * directory) name in the other reports of its story (fl_story_of_claims): "the 65ft trawler". Two things the
 * general noun may stand for ("the mast" and "the crane" for "the structure"), or one of them with a qualifier of
 * its own ("the temporary mast"), leave it alone. keys[i] is a new string (free it) when claim i's key changed,
 * else NULL; NULL when all is empty. */
char **fl_story_general_keys(const fl_claims *all, const fl_knowledge *k);

#endif
