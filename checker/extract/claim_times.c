/* claim_times.c - the dates and clock times of events as claims ("the bridge gave way at 4:15 p.m."), ages
 * and weekdays of a document, its date, and the discourse (last named subject, paragraph, lede) that claims.c
 * carries from figure to figure. */
#include "extract/claims_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "doc/excerpt.h"
#include "extract/frames.h"
#include "core/map.h"
#include "extract/refs.h"
#include "extract/tables.h"

/* The metric family whose figures have dimension dim ("date", "clock"), or -1. */
static int family_with_dim(const fl_knowledge *k, const char *dim)
{
    for (size_t m = 0; m < k->nmetrics; m++)
        if (k->metrics[m].ndims == 1 && strcmp(k->metrics[m].dims[0], dim) == 0)
            return (int)m;
    return -1;
}

/* What a date or clock time is the time of: an event class (ev) or a kind of thing (kind, "vessel") and
 * the milestone of it the clause tells (-1: its happening); governor hashes the head of the clause's subject
 * when the time's own clause says who or what did it ("the slope gave way at 11:20"), 0 otherwise. */
typedef struct {
    int ev, kind, milestone;
    uint32_t governor;
    int loose;
    int story; /* the story's main event, in a report that names no class of it (claim_model story_subject); 2: the
                * start or end of the story's own activity (story_activity) */
    char lemma[FL_LEMMA_MAX];            /* the verb that told the story's event (story set): "fail" */
    const char *closure_thing, *closure; /* a thing's closure or reopening (closure_when): "road", "closed" */
    const char *how;
    int restated;    /* the event told again by a definite noun of its verb ("that meeting, held on 19 February") */
    int presupposed; /* the possessor of the event's noun ("the cause of Wednesday's explosion"): a fact the
                      * clause takes as given, whatever its verb's tense or modality */
} when_of;

/* Is the event noun at token i, of n tokens, followed by an "of" phrase whose object's head is one of
 * claim_model.not_event_objects of the noun's class ("The grounding of all flights came at 06:10": planes kept on
 * the ground, no ship's grounding)? Without a parse, it is not. */
static int object_not_event(const sctx *c, size_t i, size_t n)
{
    const fl_knowledge *k = c->k;
    const fl_parse *ps = k->nnot_event_object_classes ? fl_claims_parse_of(c) : NULL;
    size_t used, j = i + n;
    int ev = ps && j < c->b ? fl_phrases_at(&k->event_nouns, c->text, c->t, c->b, i, &used) : -1;
    if (ev < 0 || (size_t)ev >= k->nevent_classes || fl_claims_prep_role(c, j) != FL_PREP_OF)
        return 0;
    for (size_t p = 0; p < ps->npp; p++)
        if (ps->pps[p].prep == j - c->a && ps->pps[p].np >= 0) {
            int m =
                fl_phrases_at(&k->not_event_object_of, c->text, c->t, c->b, c->a + ps->nps[ps->pps[p].np].head, &used);
            return m >= 0 && strcmp(k->not_event_object_classes[m], k->event_classes[ev]) == 0;
        }
    return 0;
}

/* Is the event noun at token i, of n tokens, the head of its noun phrase, naming an event? "fire" in "the fire
 * service" names no fire, nor "grounding" in "the grounding of all flights" (object_not_event). Without a parse,
 * it is taken as one. */
static int heads_phrase(const sctx *c, size_t i, size_t n)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_np_of(ps, i - c->a) : -1;
    return (np < 0 || ps->nps[np].head <= i + n - 1 - c->a) && !object_not_event(c, i, n);
}

/* Is token i inside an event verb that starts at most two tokens before it ("were alerted", "alerted the
 * coastguard": a call, no milestone "alerted" of another event)? */
static int in_event_verb(const sctx *c, size_t ca, size_t i)
{
    size_t used;
    for (size_t j = i + 1; j-- > ca && i - j <= 2;)
        if (fl_event_verb_at(c->k, c->text, c->t, c->b, j, &used) >= 0 && j + used > i)
            return 1;
    return 0;
}

/* The first milestone verb ("docked", "was first detected") of tokens [ca, cb), or -1; *at is its token. A
 * verb of the parse only ("the report", "after the ferry's sailing" are none), and none inside an event verb. */
static int clause_milestone(const sctx *c, size_t ca, size_t cb, size_t *at)
{
    size_t used;
    const fl_parse *ps = NULL;
    for (size_t i = ca; i < cb; i++) {
        int m =
            c->t[i].kind == FL_TOK_WORD ? fl_phrases_at(&c->k->event_milestones, c->text, c->t, c->b, i, &used) : -1;
        if (m >= 0 && in_event_verb(c, ca, i))
            m = -1;
        if (m >= 0 && (ps = ps ? ps : fl_claims_parse_of(c)) && ps->vg_of[i - c->a] < 0)
            m = -1;
        if (m >= 0) {
            *at = i;
            return m;
        }
    }
    return -1;
}

/* Does a phrase that is the verb's object start at token j ("police released the names")? An event verb
 * followed by one is used transitively and tells no event ("the slope released" does). Days and times are
 * no objects ("collapsed Saturday"). */
static int object_after(const sctx *c, size_t j, size_t cb)
{
    size_t used;
    const fl_knowledge *k = c->k;
    if (j >= cb || c->t[j].kind == FL_TOK_PUNCT)
        return 0;
    if (c->t[j].kind == FL_TOK_NUM || fl_phrases_at(&k->determiners, c->text, c->t, c->b, j, &used) >= 0)
        return 1;
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_np_of(ps, j - c->a) : -1;
    if (np < 0 || ps->nps[np].start != j - c->a)
        return 0;
    size_t h = c->a + ps->nps[np].head;
    return fl_phrases_at(&k->weekdays, c->text, c->t, c->b, h, &used) < 0 &&
           fl_phrases_at(&k->months, c->text, c->t, c->b, h, &used) < 0 &&
           fl_phrases_at(&k->relative_days, c->text, c->t, c->b, h, &used) < 0 &&
           fl_phrases_at(&k->clock_names, c->text, c->t, c->b, h, &used) < 0;
}

/* Is the verb of n tokens at token i the finite, active verb of its clause, with no object after it ("the
 * slope released shortly after 2 p.m."; not "the video was released", "documents released on Friday",
 * "police released the names")? */
static int intransitive_at(const sctx *c, size_t i, size_t n, size_t ca, size_t cb)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int vg = ps ? ps->vg_of[i - c->a] : -1;
    /* a lone participle the parse reads as a past ("The hotel closed on May 12": finite, no auxiliary) is one */
    int lone = vg >= 0 && ps->tags[i - c->a] == FL_TAG_VBN && ps->vgs[vg].start == i - c->a;
    if (vg < 0 || ps->vgs[vg].passive || !ps->vgs[vg].finite ||
        (ps->tags[i - c->a] != FL_TAG_VBD && ps->tags[i - c->a] != FL_TAG_VBP && !lone))
        return 0;
    /* its clause's subject, no object of a preposition ("according to tax returns released Friday"), before it,
     * and no finite verb after it in the clause ("documents released on Friday showed") */
    int cl = fl_parse_clause_of(ps, i - c->a), np = fl_parse_subject(ps, cl);
    if (np < 0 || ps->nps[np].pp >= 0 || ps->nps[np].end > i - c->a || c->a + ps->nps[np].start < ca)
        return 0;
    for (size_t j = i + n; j < cb; j++) {
        int v = ps->vg_of[j - c->a];
        if (v >= 0 && v != vg && ps->vgs[v].finite && ps->vgs[v].clause == ps->vgs[vg].clause)
            return 0;
    }
    return !object_after(c, i + n, cb);
}

/* The noun phrase that is the subject of the verb at token v: the one right before its verb group and, while that
 * one is the object of a preposition that opens no clause ("at", "of"; not "after"), the phrase it hangs on ("the
 * baggage system at Kestrelford Airport crashed": the system). -1 when no noun phrase stands there. */
static int verb_subject_np(const sctx *c, size_t v)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int vg = ps ? ps->vg_of[v - c->a] : -1;
    int np = vg >= 0 && ps->vgs[vg].start > 0 ? fl_parse_np_of(ps, ps->vgs[vg].start - 1) : -1;
    size_t used;
    for (int hops = 0; np >= 0 && ps->nps[np].pp >= 0 && hops < 4; hops++) {
        const fl_pp *pp = &ps->pps[ps->nps[np].pp];
        if (fl_phrases_at(&c->k->clause_openers, c->text, c->t, c->b, c->a + pp->prep, &used) >= 0)
            break; /* "after the system crashed": the phrase after the opener is the subject */
        np = pp->host_np;
    }
    return np;
}

/* Is the subject noun phrase np (n: reached through n possessors) of a thing_event_verbs verb of class verb the
 * class's thing told bare, as a class of the bare-thing-events lexicon needs: no possessor, none reached, and no
 * word before its head but one of bare-thing-words ("Alarms sounded", "the sirens went off"; not "Car alarms",
 * "the site's gas alarm", "his alarm": another alarm each, or a person's)? Any other class's thing always is. */
static int bare_thing(const sctx *c, int np, int n, int verb)
{
    const char *cls = c->k->verb_classes[verb];
    const fl_lexicon *bare = fl_rules_lexicon(c->r, "bare-thing-events");
    if (!bare || !fl_lexicon_has(bare, cls, strlen(cls), 1))
        return 1;
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *words = fl_rules_lexicon(c->r, "bare-thing-words");
    if (n > 0 || ps->nps[np].possessor >= 0)
        return 0;
    for (size_t j = c->a + ps->nps[np].start; j < c->a + ps->nps[np].head; j++)
        if (!words || !fl_lexicon_has_token(words, c->text, &c->t[j], 1))
            return 0;
    return 1;
}

/* The verb of claim_model.thing_event_verbs at token i, the active, finite verb of its clause with no object or "to"
 * after it, whose subject (verb_subject_np) has a head noun, or a possessor's, among the event_things of the
 * verb's class ("the baggage system crashed at 4.52am", "the sorting system's central controller failed"): its
 * index into verb_classes, *used its tokens; -1 otherwise ("the van crashed", "the server failed to restart"), -2
 * when its thing is not told bare (bare_thing: "his alarm went off"), a verb that then tells no event at all. */
static int thing_event_verb(const sctx *c, size_t i, size_t cb, size_t *used)
{
    const fl_knowledge *k = c->k;
    int verb = c->t[i].kind == FL_TOK_WORD ? fl_phrases_at(&k->thing_event_verbs, c->text, c->t, c->b, i, used) : -1;
    const fl_parse *ps = verb >= 0 ? fl_claims_parse_of(c) : NULL;
    int vg = ps ? ps->vg_of[i - c->a] : -1;
    if (vg < 0 || ps->vgs[vg].passive || !ps->vgs[vg].finite || object_after(c, i + *used, cb) ||
        (i + *used < c->b && fl_claims_role(c, i + *used, FL_ROLE_TO)))
        return -1;
    int np = verb_subject_np(c, i);
    for (int n = 0; np >= 0 && n < 2; n++, np = ps->nps[np].possessor) {
        size_t h = c->a + ps->nps[np].head, u;
        if (ps->tags[ps->nps[np].head] != FL_TAG_PRON &&
            fl_phrases_at(&k->event_things, c->text, c->t, c->b, h, &u) == verb)
            return bare_thing(c, np, n, verb) ? verb : -2;
    }
    return -1;
}

/* The hash of the head of the subject of the clause of token e0 and of what the clause says it did (how, the
 * class of its event verb or milestone; NULL: nothing said, 0 returned), when the subject comes before the time
 * and is no pronoun, and the clause tells no repeat ("again", "a second section"); 0 otherwise. */
static uint32_t clause_governor(const sctx *c, size_t ca, size_t cb, size_t e0, const char *how)
{
    if (!how)
        return 0;
    size_t used;
    for (size_t i = ca; i < cb; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->event_repeats, c->text, c->t, c->b, i, &used) >= 0)
            return 0;
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_subject(ps, fl_parse_clause_of(ps, e0 - c->a)) : -1;
    if (np < 0 || c->a + ps->nps[np].head >= e0 || c->a + ps->nps[np].start < ca ||
        ps->tags[ps->nps[np].head] == FL_TAG_PRON)
        return 0;
    const fl_token *t = &c->t[c->a + ps->nps[np].head];
    uint32_t h = fl_claims_fnv_lower(2166136261u, c->text, t->start, t->end);
    for (; *how; how++) {
        h ^= (unsigned char)*how;
        h *= 16777619u;
    }
    return h ? h : 1;
}

/* May a thing of a kind be the subject of milestone ms ("the vessel docked"; not "the agency announced")? */
static int thing_milestone(const fl_knowledge *k, int ms)
{
    if (ms < 0)
        return 0;
    const char *name = k->milestone_classes[ms];
    fl_token t = {0, (uint32_t)strlen(name), FL_TOK_WORD, 0, 0};
    size_t used;
    return fl_phrases_at(&k->thing_milestones, name, &t, 1, 0, &used) >= 0;
}

/* The class of thing (time.closure_things: "road") the head of noun phrase np, or its possessor's, names; NULL. */
static const char *closure_thing_of(const sctx *c, int np)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used;
    for (int n = 0; np >= 0 && n < 2; n++, np = ps->nps[np].possessor) {
        size_t h = c->a + ps->nps[np].head;
        int t = ps->tags[ps->nps[np].head] == FL_TAG_PRON
                    ? -1
                    : fl_phrases_ending(&c->k->closure_things, c->text, c->t, c->b, h, &used);
        if (t >= 0)
            return c->k->closure_thing_classes[t];
    }
    return NULL;
}

/* The closure or reopening of a thing that a clock time or day at token e0 is the time of: the last verb of
 * time.closure_milestones before it in its clause [ca, e0), a past, finite verb with no modal or negation, whose
 * thing (closure_thing_of) is the object right after the active verb ("police shut the road at 14:20") or else the
 * verb's subject ("the pass was closed at 11:52", "the road reopened at 18:05"). Sets w's closure_thing and closure
 * ("road", "closed"); 0 when none ("the pass was not closed at 09:00", "the road closes at 18:00"). */
static int closure_when(const sctx *c, size_t e0, size_t ca, when_of *w)
{
    const fl_knowledge *k = c->k;
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used = 0, i = e0;
    int m = -1;
    while (ps && m < 0 && i-- > ca)
        m = c->t[i].kind == FL_TOK_WORD && ps->vg_of[i - c->a] >= 0
                ? fl_phrases_at(&k->closure_milestones, c->text, c->t, c->b, i, &used)
                : -1;
    if (m < 0)
        return 0;
    const fl_vgroup *vg = &ps->vgs[ps->vg_of[i - c->a]];
    if (vg->neg || vg->modal >= 0 || !vg->finite || vg->tense != FL_TENSE_PAST)
        return 0;
    int obj = !vg->passive && object_after(c, i + used, e0) ? fl_parse_np_of(ps, i + used - c->a) : -1;
    const char *thing = obj >= 0 ? closure_thing_of(c, obj) : NULL;
    if (!thing && obj < 0) {
        int np = verb_subject_np(c, i);
        thing = np >= 0 && c->a + ps->nps[np].start >= ca ? closure_thing_of(c, np) : NULL;
    }
    if (!thing)
        return 0;
    w->closure_thing = thing;
    w->closure = k->closure_classes[m];
    w->how =
        obj >= 0 ? "the closure or reopening of its verb's object" : "the closure or reopening of its verb's subject";
    return 1;
}

/* The event the pronoun subject of the clause of e0 stands for (rules/time.json "event-pronouns") when a
 * subordinator alone parts it from an event noun right before it ("an update on the outbreak since it was declared
 * on 2 February"); -1 when it is none. */
static int pronoun_event(const sctx *c, size_t e0)
{
    const fl_lexicon *pron = fl_rules_lexicon(c->r, "event-pronouns");
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_subject(ps, fl_parse_clause_of(ps, e0 - c->a)) : -1;
    if (np < 0 || c->a + ps->nps[np].start >= e0)
        return -1;
    size_t h = ps->nps[np].head, st = ps->nps[np].start, used;
    if (!pron || ps->tags[h] != FL_TAG_PRON || st != h || st < 2 || ps->tags[st - 1] != FL_TAG_SCONJ ||
        !fl_lexicon_has_token(pron, c->text, &c->t[c->a + h], 1))
        return -1;
    return fl_phrases_ending(&c->k->event_nouns, c->text, c->t, c->b, c->a + st - 2, &used);
}

/* The subject of the clause of e0, when it comes before e0 and its head is an event noun (*ev) or it holds a
 * kind noun (*kind: "the ship", "the barge Orla"); 0 when neither. */
static int subject_thing(const sctx *c, size_t e0, int *ev, int *kind)
{
    size_t used;
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_subject(ps, fl_parse_clause_of(ps, e0 - c->a)) : -1;
    if (np < 0 || c->a + ps->nps[np].start >= e0)
        return 0;
    size_t h = c->a + ps->nps[np].head;
    *ev = fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, h, &used);
    if (*ev >= 0 && object_not_event(c, h, used))
        *ev = -1; /* "The grounding of all flights came at 06:10" */
    *kind = -1;
    /* the kind its head names, or one before a name ("the barge Orla") */
    for (size_t i = h + 1; *ev < 0 && *kind < 0 && i-- > c->a + ps->nps[np].start;)
        *kind = fl_phrases_at(&c->k->kind_nouns, c->text, c->t, c->b, i, &used);
    return *ev >= 0 || *kind >= 0;
}

/* The event class a list of event verbs names ("collapse"), or -1 for a list of the document's event. */
static int verb_event_class(const fl_knowledge *k, int verb)
{
    for (size_t e = 0; e < k->nevent_classes; e++)
        if (strcmp(k->event_classes[e], k->verb_classes[verb]) == 0)
            return (int)e;
    return -1;
}

/* Is the subject of the clause of token i a thing, not a person: its head neither a pronoun nor a capitalised
 * word ("the Orvik wheel stopped", not "Kiprono broke away from a group of five", "he stopped")? */
static int lede_thing_subject(const sctx *c, size_t i)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int np = ps ? fl_parse_subject(ps, fl_parse_clause_of(ps, i - c->a)) : -1;
    if (np < 0)
        return 0;
    size_t h = c->a + ps->nps[np].head;
    return ps->tags[ps->nps[np].head] != FL_TAG_PRON &&
           !(c->text[c->t[h].start] >= 'A' && c->text[c->t[h].start] <= 'Z');
}

/* Does a word of "habitual-frequencies" stand in the clause of the event word at token i, from the start of the
 * word's verb group on ("capsized twice", "a slope that floods most winters", "has often flooded"), or anywhere in a
 * clause the parse found no verb in, where the event noun is the verb it misread ("The road floods every year", "The
 * river often floods")? Not before a determiner, number, adjective or a word of "multiplier-links", "as" (a
 * multiplier: "destroyed twice as many homes", "three times larger"). The clause then tells a habit or repeats,
 * no one event. */
static int habitual_clause(const sctx *c, const fl_lexicon *lex, size_t i)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (!ps)
        return 0;
    int cl = ps->clause_of[i - c->a], vg = ps->vg_of[i - c->a];
    if (vg < 0 && ps->clauses[cl].verb >= 0)
        return 0;
    size_t j = vg >= 0 ? c->a + ps->vgs[vg].start : c->a + ps->clauses[cl].start;
    for (; j < c->b && j < c->a + ps->clauses[cl].end; j++) {
        size_t n = c->t[j].kind == FL_TOK_WORD && ps->clause_of[j - c->a] == cl
                       ? fl_lexicon_words_at(lex, c->text, c->t, c->b, j)
                       : 0;
        if (!n)
            continue;
        uint8_t tag = j + n < c->b ? ps->tags[j + n - c->a] : FL_TAG_PUNCT;
        return !(tag == FL_TAG_DET || tag == FL_TAG_NUM || tag == FL_TAG_ADJ ||
                 (j + n < c->b && c->t[j + n].kind == FL_TOK_WORD &&
                  fl_lexicon_has_token(fl_rules_lexicon(c->r, "multiplier-links"), c->text, &c->t[j + n], 1)));
    }
    return 0;
}

/* Is the event word at token i of sentence s a verb whose clause tells a habit or a repeat (habitual_clause)?
 * Such a word ("the crew capsized twice", "a slope that floods most winters") names no event of the document's own.
 * The sentence is parsed only when it holds a word of the list. */
int fl_claims_habitual_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, size_t s,
                             size_t i)
{
    const fl_lexicon *lex = fl_rules_lexicon(r, "habitual-frequencies");
    size_t a = f->sent_tok[s], b = f->sent_tok[s + 1], j = a;
    while (j < b && !(f->tok[j].kind == FL_TOK_WORD && fl_lexicon_words_at(lex, d->text, f->tok, b, j)))
        j++;
    if (j == b || i < a || i >= b)
        return 0;
    sentence_parse sp = {NULL, NULL, 0, a, b};
    sctx c = {d, d->text, k, r, f->tok, a, b, NULL, 0, 0, &sp, NULL, 0, NULL, NULL, NULL, 0};
    int got = habitual_clause(&c, lex, i);
    fl_parse_free(sp.p);
    free(sp.words);
    return got;
}

/* The class of the first verb of event_intransitive that the lede (the sentences that start before token lede)
 * tells as its clause's intransitive verb (intransitive_at: "the observation wheel stopped turning", "the chairlift
 * broke down"; not "police stopped a car", "the video was released") with a thing as its subject (lede_thing_subject;
 * not "Kiprono broke away from the leaders"), outside quotes and of no consequence's
 * class (consequence_event); -1 when none. Each sentence of the lede is parsed for it. */
int fl_claims_lede_intransitive(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f,
                                size_t lede)
{
    int found = -1;
    for (size_t s = 0; s < d->nsent && found < 0 && f->sent_tok[s] < lede; s++) {
        sentence_parse sp = {NULL, NULL, 0, f->sent_tok[s], f->sent_tok[s + 1]};
        sctx c = fl_claims_sentence_ctx(d, r, k, f, s);
        c.sp = &sp;
        for (size_t i = c.a, used; i < c.b && found < 0; i++) {
            int verb = f->tok[i].kind == FL_TOK_WORD && !fl_doc_in_quote(d, f->tok[i].start)
                           ? fl_phrases_at(&k->event_intransitive, d->text, f->tok, c.b, i, &used)
                           : -1;
            int e = verb >= 0 ? verb_event_class(k, verb) : -1;
            if (e >= 0 && !fl_claims_consequence_event(k, e) && intransitive_at(&c, i, used, c.a, c.b) &&
                lede_thing_subject(&c, i) && !habitual_clause(&c, fl_rules_lexicon(r, "habitual-frequencies"), i))
                found = e;
        }
        fl_parse_free(sp.p);
        free(sp.words);
    }
    return found < 0 ? -1 : found;
}

/* The first verb of thing_event_verbs that the lede (its tokens before lede) tells with a thing of its class as its
 * subject (thing_event_verb: "the baggage system at Kestrelford Airport crashed at 4.52am"), outside quotes: its
 * index into verb_classes, *at its token; -1 when none. Only a sentence with such a verb is parsed. */
int fl_claims_lede_thing_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f,
                               size_t lede, size_t *at)
{
    int found = -1;
    for (size_t s = 0; s < d->nsent && found < 0 && f->sent_tok[s] < lede; s++) {
        sentence_parse sp = {NULL, NULL, 0, f->sent_tok[s], f->sent_tok[s + 1]};
        sctx c = fl_claims_sentence_ctx(d, r, k, f, s);
        c.sp = &sp;
        for (size_t i = c.a, used; i < c.b && i < lede && found < 0; i++)
            if (f->tok[i].kind == FL_TOK_WORD && !fl_doc_in_quote(d, f->tok[i].start) &&
                (found = thing_event_verb(&c, i, c.b, &used)) >= 0)
                *at = i;
        fl_parse_free(sp.p);
        free(sp.words);
    }
    return found < 0 ? -1 : found;
}

/* Is token v in a subordinate or relative clause that hangs below the clause of the time at token e0, a clause
 * with a verb of its own? "Jurors yesterday watched video of the moment that a mother was struck": the day is
 * the watching's, not the striking's. A clause opened by a time-clause-opener ("when", "as") tells what happened
 * at the time of its parent. */
static int under_own_verb(const sctx *c, size_t e0, size_t v)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (!ps || e0 < c->a || v < c->a)
        return 0;
    const fl_lexicon *opens = fl_rules_lexicon(c->r, "time-clause-openers");
    int ct = fl_parse_clause_of(ps, e0 - c->a), cl = fl_parse_clause_of(ps, v - c->a);
    /* "at 12:42 on Tuesday, 57 hours after the ferry sank": the clock's colon breaks no clause; a break with
     * no verb of its own that the time stands in belongs to the clause it hangs on */
    while (ct >= 0 && ct != cl && ps->clauses[ct].kind == FL_CLAUSE_BREAK && fl_parse_verb(ps, ct) < 0)
        ct = ps->clauses[ct].parent;
    if (ct < 0 || cl < 0 || ct == cl || fl_parse_verb(ps, ct) < 0)
        return 0;
    int below = 0;
    for (int x = cl; x >= 0 && x != ct; x = ps->clauses[x].parent) {
        const fl_clause *k = &ps->clauses[x];
        if (k->kind == FL_CLAUSE_REL || k->kind == FL_CLAUSE_SUB) {
            if (k->opener >= 0 && opens && fl_lexicon_has_token(opens, c->text, &c->t[c->a + (size_t)k->opener], 1))
                return 0;
            below = 1;
        }
        if (ps->clauses[x].parent == ct)
            return below;
    }
    return 0;
}

/* Is the event noun at token i, of n tokens, a capitalised word inside a sentence that a coordinator joins to another
 * capitalised word ("Westry Fire and Rescue Service said alarms sounded": an organisation's name, no fire)? */
static int name_conjunct(const sctx *c, size_t i, size_t n)
{
    size_t used, j = i + n;
    unsigned char f = (unsigned char)c->text[c->t[i].start];
    if (i == c->a || f < 'A' || f > 'Z' || j + 1 >= c->b ||
        fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, j, &used) < 0 || j + used >= c->b)
        return 0;
    unsigned char g = (unsigned char)c->text[c->t[j + used].start];
    return c->t[j + used].kind == FL_TOK_WORD && g >= 'A' && g <= 'Z';
}

/* Is the event noun at token i, of one token, a participle working as a verb: the parse reads it as the verb of its
 * clause, no determiner, possessive or adjective right before it ("talks collapsed, grounding most of the network":
 * an act, no grounding named)? "The shooting outside the club happened at 1.15am" names a shooting, though the
 * tagger reads "shooting" as a participle: a determiner is before it, and the clause's verb is "happened". */
static int gerund_verb(const sctx *c, size_t i, size_t n)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (n != 1 || !ps || ps->tags[i - c->a] != FL_TAG_VBG || ps->vg_of[i - c->a] < 0)
        return 0;
    int before = i > c->a ? ps->tags[i - 1 - c->a] : -1, cl = fl_parse_clause_of(ps, i - c->a);
    return before != FL_TAG_DET && before != FL_TAG_POS && before != FL_TAG_ADJ && cl >= 0 &&
           fl_parse_verb(ps, cl) == ps->vg_of[i - c->a];
}

/* The event verb of the clause [ca, cb) ("gave way"; one of event_intransitive only as intransitive_at says),
 * or -1; the event nouns of the
 * sentence that head their phrases: *named the first one's class, *several when they are of two classes. */
static int clause_event_verb(const sctx *c, size_t e0, size_t ca, size_t cb, int *named, int *several)
{
    const fl_knowledge *k = c->k;
    size_t used;
    int verb = -1, ev;
    *named = -1;
    *several = 0;
    for (size_t i = c->a; i < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD || fl_phrases_at(&k->months, c->text, c->t, c->b, i, &used) >= 0)
            continue; /* "March" is a month here, not a march */
        if ((ev = fl_phrases_at(&k->event_nouns, c->text, c->t, c->b, i, &used)) >= 0) {
            if (!heads_phrase(c, i, used) || gerund_verb(c, i, used) || name_conjunct(c, i, used))
                continue;
            *several |= *named >= 0 && *named != ev;
            *named = *named < 0 ? ev : *named;
        } else if (verb < 0 && i >= ca && i < cb && !under_own_verb(c, e0, i) &&
                   (verb = thing_event_verb(c, i, cb, &used)) == -2) {
            verb = -1; /* "Car alarms went off": no explosion, no alarm of the story */
            i += used - 1;
        } else if (verb < 0 && i >= ca && i < cb && !under_own_verb(c, e0, i) &&
                   (verb = fl_event_verb_at(k, c->text, c->t, c->b, i, &used)) < 0 &&
                   (verb = fl_phrases_at(&k->event_intransitive, c->text, c->t, c->b, i, &used)) >= 0 &&
                   !intransitive_at(c, i, used, ca, cb))
            verb = -1;
    }
    return verb;
}

/* Is the time at tokens [e0, e1) a cleft's ("It was ... on Thursday morning when ..."): a relative "when" right
 * after it (a part of the day between: the time.as-of-words), the subject of its clause a lone pronoun before
 * it, and the clause's verb a linking verb? */
static int cleft_clause(const sctx *c, size_t e0, size_t e1)
{
    const fl_lexicon *part = fl_rules_lexicon(c->r, "as-of-words");
    while (e1 < c->b && part && c->t[e1].kind == FL_TOK_WORD && fl_lexicon_has_token(part, c->text, &c->t[e1], 1))
        e1++;
    if (e1 >= c->b || !fl_claims_role(c, e1, FL_ROLE_TIME_RELATIVE))
        return 0;
    const fl_parse *ps = fl_claims_parse_of(c);
    int cl = ps ? fl_parse_clause_of(ps, e0 - c->a) : -1;
    int np = cl >= 0 ? fl_parse_subject(ps, cl) : -1, vg = cl >= 0 ? fl_parse_verb(ps, cl) : -1;
    if (np < 0 || vg < 0 || ps->nps[np].end - ps->nps[np].start != 1 || ps->tags[ps->nps[np].head] != FL_TAG_PRON ||
        c->a + ps->nps[np].head >= e0 || ps->vgs[vg].head > e0 - c->a)
        return 0;
    char lemma[32];
    fl_claims_lemma_of(c, c->a + ps->vgs[vg].head, lemma, sizeof lemma);
    return fl_phrases_word(&c->k->linking, lemma, strlen(lemma)) >= 0;
}

/* The event class of the noun phrase a day at token e0 is the possessor of ("Wednesday's fog pile-up": its head
 * an event noun), or -1. */
static int possessed_event(const sctx *c, size_t e0)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used;
    for (size_t q = 0; ps && q < ps->nnp; q++) {
        int p = ps->nps[q].possessor;
        if (p >= 0 && ps->nps[p].start <= e0 - c->a && e0 - c->a < ps->nps[p].end)
            return fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, c->a + ps->nps[q].head, &used);
    }
    return -1;
}

enum { MAX_PLACE_PPS = 3 };

/* Does the parsed NP np of sentence c hold a name ("Saltmere", "the Bay of Tolvik")? */
static int np_named(const sctx *c, const fl_np *np)
{
    for (size_t i = np->start; i < np->end; i++)
        if (fl_claims_name_word(c, c->a + i))
            return 1;
    return 0;
}

/* The end of a predicate coordinated after a comma, its coordinator at token cb (the end of a clause), with no subject
 * of its own
 * ("At 2.15pm on Saturday 15 August, the lead car crept towards the crest of its lift hill in Millbrook, Ohio, and
 * stopped"): a coordinator and right after it a finite past verb (the parse's), which shares the clause's subject and
 * its time, as it does with no comma ("crept towards the crest at 2.15pm and stopped"). A conjunct with a subject of
 * its own ("set off at around 10:45, and the slope gave way at 11:20"), a figure of its own (its own time: "and
 * stopped at 14:40") or a word of time.later-words ("left at 06:10, and sank hours later") is not; cb then. */
static size_t shared_predicate_end(const sctx *c, size_t cb)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used, x, e;
    if (!ps || cb <= c->a || cb + 1 >= c->b || c->t[cb - 1].kind != FL_TOK_PUNCT ||
        c->text[c->t[cb - 1].start] != ',' || fl_phrases_at(&c->k->coordinators, c->text, c->t, c->b, cb, &used) < 0 ||
        used != 1 || cb + 1 - c->a >= ps->n || ps->tags[cb + 1 - c->a] != FL_TAG_VBD)
        return cb;
    fl_claims_clause_span(c, cb + 1, cb + 1, &x, &e);
    const fl_lexicon *later = fl_rules_lexicon(c->r, "later-words");
    for (size_t i = cb + 1; i < e; i++)
        if (c->t[i].kind == FL_TOK_NUM ||
            (c->t[i].kind == FL_TOK_WORD && later && fl_lexicon_has_token(later, c->text, &c->t[i], 1)))
            return cb;
    return e;
}

/* The event class of the noun that a date's preposition at token p follows across the named places between
 * them ("made an emergency landing at Saltmere on Sunday", "the blast in Port Telm on Monday"): each step back
 * is a parsed NP that holds a name, is the object of an "in" or "of" preposition (claim_model.prepositions) and
 * names no event itself, at most MAX_PLACE_PPS of them ("the derailment at a meeting on Monday" is no such
 * place: the meeting's day). -1 when none. */
static int event_noun_across_places(const sctx *c, size_t p)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used;
    for (int step = 0; ps && step < MAX_PLACE_PPS && p > c->a; step++) {
        const fl_np *np = NULL;
        for (size_t q = 0; q < ps->nnp && !np; q++)
            if (ps->nps[q].end == p - c->a && ps->nps[q].pp >= 0)
                np = &ps->nps[q];
        if (!np)
            return -1;
        size_t prep = c->a + ps->pps[np->pp].prep;
        int pr = fl_claims_prep_role(c, prep);
        if ((pr != FL_PREP_IN && pr != FL_PREP_OF) || prep <= c->a || !np_named(c, np) ||
            fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, c->a + np->head, &used) >= 0)
            return -1;
        int ev = fl_phrases_ending(&c->k->event_nouns, c->text, c->t, c->b, prep - 1, &used);
        if (ev >= 0)
            return ev;
        p = prep;
    }
    return -1;
}

/* Is event class ev noun-timed (claim_model.noun_timed_events)? */
static int noun_timed(const fl_knowledge *k, int ev)
{
    for (size_t n = 0; ev >= 0 && n < k->nnoun_timed_events; n++)
        if (strcmp(k->noun_timed_events[n], k->event_classes[ev]) == 0)
            return 1;
    return 0;
}

/* The class of a noun-timed event (claim_model.noun_timed_events: a call) whose noun heads a phrase in the clause
 * [ca, cb) ("received a mayday ... at 23:40", "sent out a distress call at 11.40pm"), or -1. */
static int clause_timed_noun(const sctx *c, size_t ca, size_t cb)
{
    const fl_knowledge *k = c->k;
    size_t used;
    for (size_t i = ca; i < cb; i++) {
        int ev = c->t[i].kind == FL_TOK_WORD ? fl_phrases_at(&k->event_nouns, c->text, c->t, c->b, i, &used) : -1;
        if (ev < 0 || !heads_phrase(c, i, used))
            continue;
        if (noun_timed(k, ev))
            return ev;
    }
    return -1;
}

/* The governor of a time of a noun-timed event (a call for help: one act of its story, whoever tells it: "the
 * skipper radioed for help", "the coastguard received a mayday"), its class's hash, when the clause [ca, cb) tells
 * no repeat ("a second mayday"); 0 otherwise. */
static uint32_t call_governor(const sctx *c, size_t ca, size_t cb, int ev)
{
    size_t used;
    if (!noun_timed(c->k, ev))
        return 0;
    for (size_t i = ca; i < cb; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_phrases_at(&c->k->event_repeats, c->text, c->t, c->b, i, &used) >= 0)
            return 0;
    uint32_t h = 2166136261u;
    for (const char *p = c->k->event_classes[ev]; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 16777619u;
    }
    return h ? h : 1;
}

/* The lemma of the verb at token v in lemma and the particle right after it ("switched on": "on") in particle,
 * "" when none. */
void fl_claims_verb_lemma(const sctx *c, size_t v, char *lemma, size_t cap, char *particle, size_t pcap)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    fl_claims_lemma_of(c, v, lemma, cap);
    particle[0] = '\0';
    if (ps && v + 1 < c->b && ps->tags[v + 1 - c->a] == FL_TAG_PART)
        fl_claims_lower_word(c, v + 1, particle, pcap);
}

/* Is lemma (with its particle part, "" for none) one of the first n of the story's main verbs mv (a particle on
 * either side that differs makes it another)? The lemma goes to out (FL_LEMMA_MAX bytes). */
static int main_lemma(const main_verbs *mv, const char *lemma, const char *part, int n, char *out)
{
    for (int i = 0; lemma[0] && i < n; i++)
        if (strcmp(mv->lemma[i], lemma) == 0 &&
            (!part[0] || !mv->particle[i][0] || strcmp(part, mv->particle[i]) == 0)) {
            snprintf(out, FL_LEMMA_MAX, "%s", lemma);
            return 1;
        }
    return 0;
}

/* Is the verb of the clause of token e0 one of the story's main event (mv): its head a past, active with no object
 * or passive ("the gate failed at 5.40am", "the arrays were switched on on Monday"), of a lemma and particle of mv (a
 * particle only one of the two gives is no difference: "switches on" in a headline, "were switched on")? No
 * modal, no negation: "could have failed" and "did not stop" tell no moment. In a document that names its event's
 * class (classed), only the headline's verbs: its lede's verb may be another act of the story ("Dockers met at
 * 6 a.m., after talks collapsed"), and its event has its own verbs. The lemma goes to out (FL_LEMMA_MAX bytes). */
static int main_event_clause(const sctx *c, size_t e0, const main_verbs *mv, int classed, char *out)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int cl = ps ? fl_parse_clause_of(ps, e0 - c->a) : -1, vg = cl >= 0 ? fl_parse_verb(ps, cl) : -1;
    if (!mv || vg < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg || !ps->vgs[vg].finite ||
        ps->vgs[vg].tense != FL_TENSE_PAST)
        return 0; /* "are scheduled for November 14": a plan */
    int tag = ps->tags[ps->vgs[vg].head];
    if (tag != FL_TAG_VBD && !(tag == FL_TAG_VBN && (ps->vgs[vg].passive || ps->vgs[vg].start == ps->vgs[vg].head)))
        return 0;
    char lemma[FL_LEMMA_MAX], part[16];
    size_t head = c->a + ps->vgs[vg].head, ca, cb;
    fl_claims_verb_lemma(c, head, lemma, sizeof lemma, part, sizeof part);
    fl_claims_clause_span(c, e0, e0 + 1, &ca, &cb);
    if (!ps->vgs[vg].passive && object_after(c, head + 1 + (part[0] != '\0'), cb))
        return 0; /* "Ostrand put the damage at ... on Tuesday": an act on something, not the event's happening */
    return main_lemma(mv, lemma, part, classed ? MAIN_VERBS - 1 : MAIN_VERBS, out);
}

/* The act the lemma w tells as rules/time.json "same-act-verbs" writes it ("sentence=jail": "jail"), else w. */
static const char *act_of_lemma(const sctx *c, const char *w)
{
    const fl_lexicon *lex = fl_rules_lexicon(c->r, "same-act-verbs");
    size_t n = strlen(w);
    for (size_t i = 0; lex && n && i < fl_lexicon_size(lex); i++) {
        const char *x = fl_lexicon_item(lex, i), *eq = strchr(x, '=');
        if (eq && (size_t)(eq - x) == n && strncasecmp(x, w, n) == 0)
            return eq + 1;
    }
    return w;
}

/* Is token i a mark of emphasis ("*" or "_" of Markdown's "**Sentenced:**")? */
static int emphasis_mark(const sctx *c, size_t i)
{
    char ch = c->text[c->t[i].start];
    return c->t[i].kind == FL_TOK_PUNCT && c->t[i].end == c->t[i].start + 1 && (ch == '*' || ch == '_');
}

/* The word of a label line of one word whose colon ends right before token e0 ("Sentenced: 4 March", "- **Sentenced:**
 * Wednesday 4 March 2026"): the line's first word, a list item's marker and marks of emphasis aside; SIZE_MAX when
 * there is none. */
static size_t one_word_label(const sctx *c, size_t e0)
{
    size_t j = e0;
    while (j > c->a && emphasis_mark(c, j - 1))
        j--;
    if (j < c->a + 2 || c->t[j - 1].kind != FL_TOK_PUNCT || c->text[c->t[j - 1].start] != ':' ||
        c->t[j - 2].kind != FL_TOK_WORD)
        return SIZE_MAX;
    size_t w = j - 2, k = w;
    while (k > c->a && emphasis_mark(c, k - 1))
        k--;
    if (k == c->a + 1 && c->t[c->a].kind == FL_TOK_PUNCT && strchr("-*", c->text[c->t[c->a].start]))
        k--; /* the list item's marker */
    return k == c->a ? w : SIZE_MAX;
}

/* Is the day or time at token e0, right after the colon of a label line whose label is one past participle
 * ("- **Sentenced:** Wednesday 4 March 2026", "Opened: 14 May"), when the story's main event (mv) was done: the
 * participle's lemma, or the act it tells (act_of_lemma: "sentenced" is the "jailed" of the headline), one of
 * the headline's verbs of mv (a lede's verb may be the label's own line: "Published: 20 March 2024", a dateline
 * label, is none)? The label states the act's day as "was sentenced on ..." does. The main verb's lemma goes to
 * out (FL_LEMMA_MAX bytes). */
static int label_main_event(const sctx *c, size_t e0, const main_verbs *mv, char *out)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t s = one_word_label(c, e0);
    if (!mv || !ps || s == SIZE_MAX)
        return 0;
    int tag = ps->tags[s - c->a];
    if (tag != FL_TAG_VBN && tag != FL_TAG_VBD)
        return 0;
    char lemma[FL_LEMMA_MAX];
    fl_claims_lemma_of(c, s, lemma, sizeof lemma);
    const char *act = act_of_lemma(c, lemma);
    size_t used;
    if (fl_phrases_at(&c->k->datelines, c->text, c->t, c->b, s, &used) >= 0)
        return 0; /* "Published: 20 March 2024": the report's own date */
    for (int i = 0; lemma[0] && i < MAIN_VERBS - 1; i++)
        if (mv->lemma[i][0] && strcmp(act_of_lemma(c, mv->lemma[i]), act) == 0) {
            snprintf(out, FL_LEMMA_MAX, "%s", mv->lemma[i]);
            return 1;
        }
    return 0;
}

/* Is the day or time at token e0 when the story's main event (mv) was held: right after the preposition after a
 * verb of `event-held-verbs` ("held", "took place"), past and passive ("The meeting was held on 19 February") or a
 * participle after a comma ("At that meeting, held on 19 February, ..."), whose subject (or the phrase before the
 * comma) is a determiner of `event-back-determiners` and a noun whose lemma is one of mv's ("meeting": "meet"): the
 * event told again, one fact with the day the lede gives (join/numeric.c spans_several)? An adjective or a figure in
 * the phrase ("the previous meeting", "a second meeting") or another determiner ("a meeting") makes it another
 * occurrence. The lemma goes to out (FL_LEMMA_MAX bytes). */
static int held_main_event(const sctx *c, size_t e0, const main_verbs *mv, char *out)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *held = fl_rules_lexicon(c->r, "event-held-verbs"),
                     *back = fl_rules_lexicon(c->r, "event-back-determiners");
    int cl = ps ? fl_parse_clause_of(ps, e0 - c->a) : -1, vg = cl >= 0 ? fl_parse_verb(ps, cl) : -1;
    if (!mv || !held || !back || vg < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg)
        return 0;
    size_t head = c->a + ps->vgs[vg].head;
    int tag = ps->tags[ps->vgs[vg].head];
    if ((tag != FL_TAG_VBN && tag != FL_TAG_VBD) || e0 != head + 2 || fl_claims_prep_role(c, head + 1) < 0 ||
        !fl_lexicon_has_token(held, c->text, &c->t[head], 1))
        return 0;
    int np = -1;
    /* the participle alone after a comma (the tagger may read it as a past verb) */
    if (ps->vgs[vg].start == ps->vgs[vg].head && head >= c->a + 2 && c->t[head - 1].kind == FL_TOK_PUNCT &&
        c->text[c->t[head - 1].start] == ',')
        np = fl_parse_np_of(ps, head - 2 - c->a);
    else if (tag == FL_TAG_VBN && ps->vgs[vg].passive && ps->vgs[vg].finite && ps->vgs[vg].tense == FL_TENSE_PAST)
        np = fl_parse_subject(ps, cl);
    if (np < 0)
        return 0;
    const fl_np *n = &ps->nps[np];
    if (n->det < 0 || n->start != (uint32_t)n->det || n->head != n->start + 1 || n->end != n->head + 1 ||
        ps->tags[n->head] != FL_TAG_NOUN || !fl_lexicon_has_token(back, c->text, &c->t[c->a + n->start], 1))
        return 0;
    char lemma[FL_LEMMA_MAX];
    fl_claims_lemma_of(c, c->a + n->head, lemma, sizeof lemma);
    return main_lemma(mv, lemma, "", MAIN_VERBS, out);
}

/* Is the event of class ev named in sentence c only as what came before the act of the time's clause: in a clause
 * or phrase opened by a word of `sequence-openers` ("after pulling off a daring escape", "following the
 * explosion")? */
static int event_named_before(const sctx *c, int ev)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *seq = fl_rules_lexicon(c->r, "sequence-openers");
    size_t used;
    int before = 0;
    if (!ps || !seq)
        return 0;
    for (size_t i = c->a; i < c->b; i++) {
        if (c->t[i].kind != FL_TOK_WORD || fl_phrases_at(&c->k->event_nouns, c->text, c->t, c->b, i, &used) != ev ||
            !heads_phrase(c, i, used))
            continue;
        int cl = fl_parse_clause_of(ps, i - c->a), op = cl >= 0 ? ps->clauses[cl].opener : -1;
        int np = fl_parse_np_of(ps, i - c->a);
        size_t np0 = np >= 0 ? c->a + ps->nps[np].start : i;
        if ((op >= 0 && fl_lexicon_has_token(seq, c->text, &c->t[c->a + (size_t)op], 1)) ||
            (np0 > c->a && fl_lexicon_has_token(seq, c->text, &c->t[np0 - 1], 1)))
            before = 1;
        else
            return 0;
    }
    return before;
}

/* Fills w for a time of the story's main event told by the verb of its clause (main_event_clause): the document's
 * event when it names one (and the sentence names no other), else the story's (w->story), which the join gives the
 * event the story's other reports name. */
static int main_event_when(const sctx *c, size_t ca, size_t cb, size_t e0, int doc_event, int named, when_of *w)
{
    if (doc_event >= 0 && named >= 0 && named != doc_event)
        return 0;
    if (named >= 0 && event_named_before(c, named))
        return 0; /* "was captured Monday after pulling off a daring escape": the time is the capture's */
    if (!c->k->story_subject && doc_event < 0)
        return 0;
    w->ev = doc_event;
    w->story = doc_event < 0;
    w->loose = 1;
    w->how = doc_event >= 0 ? "the document's event (the verb its headline or lede tells it by)"
                            : "the story's event (the verb its headline or lede tells it by)";
    w->governor = clause_governor(c, ca, cb, e0, "main");
    return 1;
}

/* Does the word at token h name one of the story's main things: is it a word of the lede (the title and the words
 * up to byte lede_end) outside sentence c, its case and a plural "s" aside ("The vat failed" under "Dye vat
 * rupture ...", "The energy centre failed" after "the estate's energy centre broke down"), or the first part of a
 * closed compound there whose rest is an event noun ("The hail began" under "Hailstorm smashes roofs")? */
static int main_thing(const sctx *c, size_t h, size_t lede_end)
{
    const char *w = c->text + c->t[h].start;
    size_t n = c->t[h].end - c->t[h].start;
    n -= n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S');
    for (size_t i = 0; c->t[i].start < lede_end && i < c->a; i++) {
        const char *v = c->text + c->t[i].start;
        size_t m = c->t[i].end - c->t[i].start;
        m -= m == n + 1 && (v[m - 1] == 's' || v[m - 1] == 'S');
        if (c->t[i].kind == FL_TOK_WORD && m == n && fl_ascii_ieq(v, w, n))
            return 1;
        /* a closed compound that opens with the word and ends in an event noun: "hail" of "Hailstorm smashes
         * roofs" (not "fire" of "firefighters") */
        if (c->t[i].kind == FL_TOK_WORD && n >= 3 && m > n + 2 && fl_ascii_ieq(v, w, n) &&
            fl_phrases_word(&c->k->event_nouns, v + n, m - n) >= 0)
            return 1;
    }
    return 0;
}

/* Does the verb at token head (of the clause of a day or time at token e0) tell the start of a state: one of
 * story_starts (1), or one of story_spans with the day or time right after a "from" (2: "ran from Saturday 17
 * October until Tuesday 20 October"; its "until" day is no start)? 0 when neither. */
static int story_start(const sctx *c, size_t head, size_t e0, size_t *used)
{
    const fl_knowledge *k = c->k;
    /* "first appeared": a phrase that opens with the adverb before the verb */
    if ((head > c->a && fl_phrases_at(&k->story_starts, c->text, c->t, c->b, head - 1, used) >= 0 && *used >= 2) ||
        fl_phrases_at(&k->story_starts, c->text, c->t, c->b, head, used) >= 0)
        return 1;
    if (fl_phrases_at(&k->story_spans, c->text, c->t, c->b, head, used) >= 0 && e0 > c->a &&
        fl_claims_prep_role(c, e0 - 1) == FL_PREP_FROM)
        return 2;
    return 0;
}

/* Fills w for a time at token e0 of the story's moment (see FL_STORY_MOMENT): the finite, active past verb of its
 * clause, with no modal, negation, object or infinitive after it, is one of story_happenings and its subject's head
 * (its last common noun when a figure reads as its head) a thing (no pronoun, no name) that names one of the story's
 * main things (main_thing: "The vat failed at 06:40"), or the verb is one of happen_verbs and the subject's head one of
 * happening_nouns ("The failure ... happened at 02:15"); a milestone of the clause ("crews arrived") makes it none.
 * Returns 0 when it is no such time. */
static int story_happening(const sctx *c, size_t e0, size_t lede_end, when_of *w)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int cl = ps ? fl_parse_clause_of(ps, e0 - c->a) : -1, vg = cl >= 0 ? fl_parse_verb(ps, cl) : -1;
    int np = cl >= 0 ? fl_parse_subject(ps, cl) : -1;
    size_t ca, cb, used, mat, head, h;
    if (!c->k->story_subject || vg < 0 || np < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg ||
        ps->vgs[vg].tense != FL_TENSE_PAST || ps->vgs[vg].passive)
        return 0;
    head = c->a + ps->vgs[vg].head;
    h = c->a + ps->nps[np].head;
    /* the last common noun before the verb, where a figure reads as the subject's head ("The 40,000-litre vat") */
    for (size_t i = ps->vgs[vg].start; ps->tags[ps->nps[np].head] == FL_TAG_NUM && i-- > ps->nps[np].start;)
        if (ps->tags[i] == FL_TAG_NOUN) {
            h = c->a + i;
            break;
        }
    fl_claims_clause_span(c, e0, e0 + 1, &ca, &cb);
    /* "The fault, caused by a software update, ran from ...": the phrase that opens the clause, a comma after it,
     * is the subject the participle's phrase interrupts */
    for (size_t q = 0; q < ps->nnp; q++)
        if (c->a + ps->nps[q].start == ca && ps->nps[q].end < ps->nps[np].start && c->a + ps->nps[q].end < c->b &&
            c->text[c->t[c->a + ps->nps[q].end].start] == ',' && ps->tags[ps->nps[q].head] == FL_TAG_NOUN)
            h = c->a + ps->nps[q].head;
    if (head >= cb || h >= head || ps->tags[ps->nps[np].head] == FL_TAG_PRON || clause_milestone(c, ca, cb, &mat) >= 0)
        return 0;
    int noun = fl_phrases_at(&c->k->happening_nouns, c->text, c->t, c->b, h, &used) >= 0 &&
               fl_phrases_at(&c->k->happen_verbs, c->text, c->t, c->b, head, &used) >= 0;
    /* the start of a state: "The fault first appeared on Monday", "ran from Saturday 17 October until ..." */
    int start = story_start(c, head, e0, &used), subject = noun || main_thing(c, h, lede_end);
    /* a start of the main thing's or a happening noun's own state, with no object ("640 swimmers started the
     * race", "began his interview" start no state of the story) */
    if (start &&
        !((subject || fl_phrases_at(&c->k->happening_nouns, c->text, c->t, c->b, h, &used) >= 0) &&
          ps->tags[h - c->a] == FL_TAG_NOUN && intransitive_at(c, head, 1, ca, cb) && lede_thing_subject(c, e0)))
        return 0;
    /* "the system failed to send alerts": a catenative verb tells what did not happen, not a thing's happening */
    if (!noun && !start &&
        !(fl_phrases_at(&c->k->story_happenings, c->text, c->t, c->b, head, &used) >= 0 &&
          !(head + used < c->b && ps->tags[head + used - c->a] == FL_TAG_TO) &&
          intransitive_at(c, head, used, ca, cb) && lede_thing_subject(c, e0) && subject))
        return 0;
    const char *item = start ? FL_STORY_START : FL_STORY_MOMENT;
    memset(w, 0, sizeof *w);
    w->ev = w->kind = w->milestone = -1;
    w->story = 1;
    w->loose = start != 2; /* a "from" phrase ties its day to the span: its "until" day is another */
    snprintf(w->lemma, sizeof w->lemma, "%s", item);
    w->how = start  ? "the start of the story's state (its verb)"
             : noun ? "the story's moment (a happening noun's verb)"
                    : "the story's moment (its main thing's happening)";
    w->governor = clause_governor(c, ca, cb, e0, item);
    return 1;
}

/* Is the word at token h a word of the title (the first line of the document, before byte title_end) outside
 * sentence c ("Odegaard set off at 2.45pm" under "Odegaard breaks women's hour record")? */
static int title_word(const sctx *c, size_t h, size_t title_end)
{
    size_t n = c->t[h].end - c->t[h].start;
    for (size_t i = 0; i < c->a && c->t[i].start < title_end; i++)
        if (c->t[i].kind == FL_TOK_WORD && c->t[i].end - c->t[i].start == n &&
            fl_ascii_ieq(c->text + c->t[i].start, c->text + c->t[h].start, n))
            return 1;
    return 0;
}

/* Who or what does the story's own activity in the clause whose verb group vg and subject np (-1: none) the parse
 * gives: the story's protagonist, a name of the title that is the subject or, where the parse finds no subject,
 * the capitalised words that open the sentence before the verb ("Odegaard set off"), or a definite age noun
 * ("The 29-year-old", as news calls the person it is about) (-2); a definite noun of an activity class
 * (time.activities: "The pulse", "the shot"), no adjective, figure or possessor in its phrase (not "the previous
 * attempt", "Friday's race"), its class (>= 0); -1 when it is none of these. */
static int activity_subject(const sctx *c, int vg, int np, size_t title_end)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t used;
    if (np < 0) {
        size_t v = ps->vgs[vg].start, i = 0;
        while (i < v && c->t[c->a + i].kind == FL_TOK_WORD && c->text[c->t[c->a + i].start] >= 'A' &&
               c->text[c->t[c->a + i].start] <= 'Z')
            i++;
        return i == v && i > 0 && title_word(c, c->a + v - 1, title_end) ? -2 : -1;
    }
    const fl_np *n = &ps->nps[np];
    size_t h = c->a + n->head, d = c->a + n->start;
    if (n->end > ps->vgs[vg].start || n->pp >= 0 || n->possessor >= 0)
        return -1;
    if (ps->tags[n->head] == FL_TAG_PROPN)
        return title_word(c, h, title_end) ? -2 : -1;
    int definite = n->det >= 0 && fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, d, &used) >= 0 &&
                   !fl_claims_role(c, d, FL_ROLE_INDEFINITE);
    if (!definite)
        return -1;
    /* "The 29-year-old": a figure, then an age word (subjects.json "age-words") up to the verb */
    if (ps->tags[n->head] == FL_TAG_NUM && n->head == n->start + 1) {
        const fl_lexicon *ages = fl_rules_lexicon(c->r, "age-words");
        size_t v = c->a + ps->vgs[vg].start, at = c->t[h].end, len = v > h + 1 ? c->t[v - 1].end - at : 0;
        int age = 0;
        for (size_t i = 0; ages && len && i < fl_lexicon_size(ages) && !age; i++)
            age = fl_lexicon_item_len(ages, i) == len && strncasecmp(c->text + at, fl_lexicon_item(ages, i), len) == 0;
        return age ? -2 : -1;
    }
    for (uint32_t i = n->start; i < n->end; i++)
        if (ps->tags[i] == FL_TAG_ADJ || ps->tags[i] == FL_TAG_NUM || ps->tags[i] == FL_TAG_POS)
            return -1;
    int cls =
        ps->tags[n->head] == FL_TAG_NOUN ? fl_phrases_ending(&c->k->activities, c->text, c->t, c->b, h, &used) : -1;
    return cls >= 0 && h + 1 - used >= d ? cls : -1;
}

/* Fills w for a clock time or day at token e0 of the start or the end of the story's own activity: the verb of its
 * clause (finite, active, past, no modal, no negation, no object after it) is one of time.activity_starts ("set
 * off", "got under way", "fired up") or activity_ends ("finished", "crossed the line"), and its subject is the
 * story's protagonist or a noun of an activity (activity_subject). A scheduled start ("was due to start at 14:00",
 * "will begin at") has no such verb. Returns 0 when it is no such time. */
static int story_activity(const sctx *c, size_t e0, when_of *w)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int cl = ps ? fl_parse_clause_of(ps, e0 - c->a) : -1, vg = -1;
    const char *nl = memchr(c->text, '\n', c->d->len);
    size_t title_end = nl ? (size_t)(nl - c->text) : c->d->len, used = 0, ca, cb, mat;
    if (cl < 0)
        return 0;
    fl_claims_clause_span(c, e0, e0 + 1, &ca, &cb);
    /* the verb group right before the time ("The 29-year-old set off at 2.15pm sharp, and by the finish ... fans
     * were on their feet": a participle the parse leaves out of the clause it gives "fans were") */
    for (size_t i = e0; vg < 0 && i-- > ca;)
        vg = ps->vg_of[i - c->a];
    if (vg < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg || ps->vgs[vg].passive || c->t[c->a].start < title_end)
        return 0;
    size_t head = c->a + ps->vgs[vg].head;
    int tag = ps->tags[head - c->a];
    /* a finite past, or a lone participle the parse reads as one ("Odegaard set off") */
    if (!(tag == FL_TAG_VBD && ps->vgs[vg].finite) && !(tag == FL_TAG_VBN && ps->vgs[vg].start == ps->vgs[vg].head))
        return 0;
    int end = 0;
    if (fl_phrases_at(&c->k->activity_starts, c->text, c->t, c->b, head, &used) < 0)
        end = fl_phrases_at(&c->k->activity_ends, c->text, c->t, c->b, head, &used) >= 0;
    if (!used || head + used > e0)
        return 0;
    int ms = clause_milestone(c, ca, e0, &mat);
    if ((ms >= 0 && mat != head) || object_after(c, head + used, cb))
        return 0;
    int np = fl_parse_verb(ps, cl) == vg ? fl_parse_subject(ps, cl) : -1;
    if (np >= 0 && (ps->clauses[cl].subject != np || ps->tags[ps->nps[np].head] == FL_TAG_PRON))
        return 0; /* an inherited subject ("... and ended at 14:29") or a pronoun */
    if (fl_parse_verb(ps, cl) != vg && (np = fl_parse_np_of(ps, 0)) >= 0 && ps->nps[np].start != 0)
        np = -1; /* the verb the parse left out: its subject the phrase that opens the sentence */
    int cls = activity_subject(c, vg, np, title_end);
    if (cls == -1)
        return 0;
    memset(w, 0, sizeof *w);
    w->ev = w->kind = w->milestone = -1;
    w->story = 2;
    snprintf(w->lemma, sizeof w->lemma, "%s%s%s", end ? FL_STORY_ACT_END : FL_STORY_ACT_START, cls >= 0 ? ":" : "",
             cls >= 0 ? c->k->activity_classes[cls] : "");
    w->how = end ? "the end of the story's activity (its verb and subject)"
                 : "the start of the story's activity (its verb and subject)";
    w->governor = clause_governor(c, ca, cb, e0, w->lemma);
    return 1;
}

/* Is NP np, of the phrase a milestone verb tells of, a noun of lex (a decision's: "its decision", "the verdict")
 * led by a determiner, no figure in it (not "two rulings")? */
static int milestone_noun(const sctx *c, int np, const fl_lexicon *lex)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (np < 0 || !lex || ps->nps[np].det < 0)
        return 0;
    for (uint32_t i = ps->nps[np].start; i < ps->nps[np].end; i++)
        if (ps->tags[i] == FL_TAG_NUM)
            return 0;
    size_t h = c->a + ps->nps[np].head;
    return fl_lexicon_words_at(lex, c->text, c->t, c->b, h) == 1;
}

/* Does sentence c open with a fronted place phrase: a preposition, a name and a comma ("In Eastmoor, the result was
 * declared at 1.10 a.m.")? Such a sentence tells of one of several places of a roundup, not the story's one result. */
static int fronted_place(const sctx *c)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    size_t i = 1;
    if (!ps || ps->n < 3 || ps->tags[0] != FL_TAG_ADP)
        return 0;
    while (i < ps->n && ps->tags[i] == FL_TAG_PROPN)
        i++;
    return i > 1 && c->a + i < c->b && c->t[c->a + i].kind == FL_TOK_PUNCT && c->text[c->t[c->a + i].start] == ',';
}

/* Is NP np, of the phrase a milestone verb tells of, a noun of lex (a story's results: "the result", "the figures")
 * led by a determiner, or a plural with none ("Results of the round were published"), no figure and no adjective in
 * it (not "the provisional results", "two sets of figures": a part, another set)? */
static int milestone_result(const sctx *c, int np, const fl_lexicon *lex)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (np < 0 || !lex || ps->nps[np].possessor >= 0)
        return 0;
    for (uint32_t i = ps->nps[np].start; i < ps->nps[np].end; i++)
        if (ps->tags[i] == FL_TAG_NUM || ps->tags[i] == FL_TAG_ADJ)
            return 0;
    size_t h = c->a + ps->nps[np].head;
    if (ps->nps[np].det < 0 && c->text[c->t[h].end - 1] != 's')
        return 0;
    return fl_lexicon_words_at(lex, c->text, c->t, c->b, h) == 1;
}

/* Is NP np a person the story is about: a personal pronoun of lex ("he", "her"), a name, or a noun of a person
 * (milestone-person-nouns: "A nine-year-old boy who went missing"), no possessor (not "his body", "the knife",
 * "the boy's bike")? */
static int milestone_person(const sctx *c, int np, const fl_lexicon *lex)
{
    const fl_lexicon *nouns = fl_rules_lexicon(c->r, "milestone-person-nouns");
    const fl_parse *ps = fl_claims_parse_of(c);
    if (np < 0 || ps->nps[np].possessor >= 0)
        return 0;
    size_t h = c->a + ps->nps[np].head;
    if (ps->tags[ps->nps[np].head] == FL_TAG_PROPN)
        return ps->nps[np].det < 0;
    if (ps->tags[ps->nps[np].head] == FL_TAG_NOUN)
        return nouns && fl_lexicon_words_at(nouns, c->text, c->t, c->b, h) == 1;
    /* "her" before a noun is its possessor ("located her car") */
    size_t next = ps->nps[np].end;
    if (next < ps->n && (ps->tags[next] == FL_TAG_NOUN || ps->tags[next] == FL_TAG_PROPN))
        return 0;
    return ps->tags[ps->nps[np].head] == FL_TAG_PRON && ps->nps[np].end == ps->nps[np].start + 1 && lex &&
           fl_lexicon_words_at(lex, c->text, c->t, c->b, h) == 1;
}

/* The NP that ends right before token i (a passive's subject: "he was found"), or -1. */
static int np_ending_at(const fl_parse *ps, size_t i)
{
    int np = i > 0 ? fl_parse_np_of(ps, i - 1) : -1;
    return np >= 0 && ps->nps[np].end == i ? np : -1;
}

/* The NP that starts at token i, or -1. */
static int np_starting_at(const fl_parse *ps, size_t i)
{
    int np = fl_parse_np_of(ps, i);
    return np >= 0 && ps->nps[np].start == i ? np : -1;
}

/* The noun a past verb group vg tells of as a reduced passive: the verb, one word, right after a
 * comma that closes the NP it follows ("The penalty, announced on Thursday 14 May, covers ...", "The ruling,
 * delivered at 11:40, ..."), the NP opening its clause; -1 otherwise. */
static int reduced_passive_subject(const sctx *c, const fl_parse *ps, int vg)
{
    size_t v = ps->vgs[vg].start;
    if (v < 2 || ps->vgs[vg].end != v + 1 || c->t[c->a + v - 1].kind != FL_TOK_PUNCT ||
        c->text[c->t[c->a + v - 1].start] != ',')
        return -1;
    int np = np_ending_at(ps, v - 1);
    return np >= 0 && ps->nps[np].start == 0 ? np : -1;
}

/* Does noun phrase np hold an adjective, a number or a possessor ("the first round", "the 2025 ballot", "last
 * year's vote"): one part of the story's whole, or another one of its kind? */
static int aside_part(const fl_parse *ps, int np)
{
    uint32_t s = ps->nps[np].start;
    if (s > 0 && ps->tags[s - 1] == FL_TAG_POS)
        return 1;
    for (uint32_t i = s; i < ps->nps[np].end; i++)
        if (ps->tags[i] == FL_TAG_ADJ || ps->tags[i] == FL_TAG_NUM || ps->tags[i] == FL_TAG_POS)
            return 1;
    return 0;
}

/* The subject of passive verb group vg past an aside in parentheses right before it ("Results of Allocation Round 8
 * (AR8) were published", "Ines Marlow (pictured) was found"): the noun phrase that ends at the opening parenthesis
 * and, while it is a name that is the object of "of", the phrase it hangs on ("Results"); -1 when no parenthesis
 * closes right before the verb group, no noun phrase ends at its opening, the phrase hangs on another preposition
 * ("Results for Block C (Harrow House)") or is no name ("Results of the staff survey (PDF)": another thing), or a
 * phrase on the way has an adjective, a number or a possessor ("Results of the first round (R1)": a part; "the
 * 2025 ballot (TB1)", "last year's vote (2025)": another one). */
static int aside_subject(const sctx *c, const fl_parse *ps, int vg)
{
    size_t v = ps->vgs[vg].start, open = v;
    if (v < 3 || c->t[c->a + v - 1].kind != FL_TOK_PUNCT || c->text[c->t[c->a + v - 1].start] != ')')
        return -1;
    for (size_t i = v - 1; i-- > 0 && v - i < 12;)
        if (c->t[c->a + i].kind == FL_TOK_PUNCT &&
            (c->text[c->t[c->a + i].start] == '(' || c->text[c->t[c->a + i].start] == ')')) {
            open = c->text[c->t[c->a + i].start] == '(' ? i : v;
            break;
        }
    int np = open < v ? np_ending_at(ps, open) : -1;
    /* a number that ends a name ("Allocation Round 8") is the name's */
    if (np >= 0 && ps->nps[np].end == ps->nps[np].start + 1 && ps->tags[ps->nps[np].start] == FL_TAG_NUM) {
        int name = np_ending_at(ps, ps->nps[np].start);
        np = name >= 0 && ps->tags[ps->nps[name].head] == FL_TAG_PROPN ? name : -1;
    }
    for (int hops = 0; np >= 0 && ps->nps[np].pp >= 0 && hops < 4; hops++) {
        const fl_pp *pp = &ps->pps[ps->nps[np].pp];
        if (pp->host_np < 0 || fl_claims_prep_role(c, c->a + pp->prep) != FL_PREP_OF || aside_part(ps, np) ||
            ps->tags[ps->nps[np].head] != FL_TAG_PROPN)
            return -1;
        np = pp->host_np;
    }
    return np >= 0 && !aside_part(ps, np) ? np : -1;
}

/* Fills w for a clock time or day at token e0 of a milestone of the story (time.json lexicons "milestone-..."):
 * a decision announced or heard ("the tribunal announced its decision at 11:40", "heard the verdict at 12.40pm",
 * "The ruling was delivered at 11:40": a verb of milestone-decision-verbs, past, no modal or negation, its object
 * or passive subject a determined noun of milestone-decision-nouns) or a person found, the end of a search ("he
 * was found at 07:55", "Police found Okafor at 7.35am": a verb of milestone-found-verbs whose passive subject or
 * object is a pronoun of milestone-persons or a name; not "his body was found", "the knife was found", nor found
 * as milestone-found-not says, "found dead") or the story's results made public ("the result was declared at 3.12
 * a.m.": a verb of milestone-result-verbs, a noun of milestone-result-nouns, milestone_result). Its item is
 * "activity-milestone:decision", ":found" or ":result", the story's
 * own as an activity's start or end is. Returns 0 when it is no such time. */
static int story_milestone(const sctx *c, size_t e0, when_of *w)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *dverbs = fl_rules_lexicon(c->r, "milestone-decision-verbs"),
                     *dnouns = fl_rules_lexicon(c->r, "milestone-decision-nouns"),
                     *fverbs = fl_rules_lexicon(c->r, "milestone-found-verbs"),
                     *persons = fl_rules_lexicon(c->r, "milestone-persons"),
                     *fnot = fl_rules_lexicon(c->r, "milestone-found-not"),
                     *rverbs = fl_rules_lexicon(c->r, "milestone-result-verbs"),
                     *rnouns = fl_rules_lexicon(c->r, "milestone-result-nouns");
    size_t ca, cb;
    int vg = -1;
    if (!ps || !dverbs || !fverbs)
        return 0;
    fl_claims_clause_span(c, e0, e0 + 1, &ca, &cb);
    for (size_t i = e0; vg < 0 && i-- > ca;)
        vg = ps->vg_of[i - c->a];
    if (vg < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg)
        return 0;
    size_t head = c->a + ps->vgs[vg].head, after = c->a + ps->vgs[vg].end;
    int tag = ps->tags[ps->vgs[vg].head], passive = ps->vgs[vg].passive;
    /* "The penalty, announced on Thursday 14 May, covers ...": the noun is what was announced */
    int reduced = !passive && (tag == FL_TAG_VBD || tag == FL_TAG_VBN) ? reduced_passive_subject(c, ps, vg) : -1;
    if (reduced < 0 && !(tag == FL_TAG_VBD && ps->vgs[vg].finite) &&
        !(tag == FL_TAG_VBN && passive && ps->vgs[vg].finite))
        return 0;
    if (reduced >= 0 && after < e0 && np_starting_at(ps, after - c->a) >= 0)
        return 0; /* "The regulator, announced its fine": an object follows, the verb is active */
    passive |= reduced >= 0;
    int obj = after < e0 && !passive ? fl_parse_np_of(ps, after - c->a) : -1;
    if (obj >= 0 && c->a + ps->nps[obj].start != after)
        obj = -1;
    int subj = reduced >= 0 ? reduced : passive ? np_ending_at(ps, ps->vgs[vg].start) : -1;
    if (passive && (subj < 0 || ps->nps[subj].pp >= 0)) /* "A boy who went missing from a campsite was found" */
        subj = ps->clauses[ps->clause_of[ps->vgs[vg].start]].subject;
    if (passive && subj < 0 && reduced < 0) /* "Results of Allocation Round 8 (AR8) were published" */
        subj = aside_subject(c, ps, vg);
    const char *what = NULL;
    if (fl_lexicon_words_at(dverbs, c->text, c->t, c->b, head) && milestone_noun(c, passive ? subj : obj, dnouns))
        what = "decision";
    else if (fl_lexicon_words_at(fverbs, c->text, c->t, c->b, head) &&
             milestone_person(c, passive ? subj : obj, persons)) {
        size_t past = passive || obj < 0 ? after : c->a + ps->nps[obj].end;
        if (past < e0 && fnot && fl_lexicon_words_at(fnot, c->text, c->t, c->b, past))
            return 0;
        what = "found";
    } else if (rverbs && fl_lexicon_words_at(rverbs, c->text, c->t, c->b, head) && !fronted_place(c) &&
               (milestone_result(c, passive ? subj : obj, rnouns) ||
                (passive && milestone_result(c, ps->clauses[ps->clause_of[ps->vgs[vg].start]].subject, rnouns))))
        what = "result"; /* "the result was declared at 3.12 a.m.", "Bosses posted the figures at 7am", or the
                          * clause's subject of a passive; not after a fronted place ("In Eastmoor, the result was
                          * declared at 1.10 a.m.": a roundup's); a subject past an aside in parentheses ("Results of
                          * Round 8 (AR8) were published") is read by aside_subject. */
    if (!what)
        return 0;
    memset(w, 0, sizeof *w);
    w->ev = w->kind = w->milestone = -1;
    w->story = 2;
    snprintf(w->lemma, sizeof w->lemma, "%s:%s", FL_STORY_ACT_MILESTONE, what);
    w->how = "a milestone of the story (its verb and what it tells of)";
    w->governor = clause_governor(c, ca, cb, e0, w->lemma);
    return 1;
}

/* Does token range [a, b) of sentence c hold a word of lex (a repeat's "second", "another"; a first's "first")? */
static int range_has_word(const sctx *c, size_t a, size_t b, const fl_lexicon *lex)
{
    for (size_t i = a; lex && i < b; i++)
        if (c->t[i].kind == FL_TOK_WORD && fl_lexicon_words_at(lex, c->text, c->t, c->b, i))
            return 1;
    return 0;
}

/* Is NP np the thing a discovery verb found, as the story's: no figure in it, no word of milestone-discovery-not
 * ("a second pod", "another plume"), no person (milestone_person: "he was spotted on CCTV" is a sighting of someone,
 * of which a manhunt has many; nor people of milestone-discovery-persons: "spotted the crews"), no indefinite article
 * (a thing the story had not named: "A body was discovered at 6 a.m." in a story of a fire), no possessor ("The
 * owner's car was spotted") and no phrase of a preposition after it, before the time e0, whose object is a common
 * noun: that names a thing apart from the story's ("the damage to the chapel", "the cracks in the chapel wall",
 * "the problem with the wiring")? */
static int discovery_thing(const sctx *c, int np, size_t e0, const fl_lexicon *nots)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (np < 0 || milestone_person(c, np, fl_rules_lexicon(c->r, "milestone-persons")) ||
        range_has_word(c, c->a + ps->nps[np].head, c->a + ps->nps[np].head + 1,
                       fl_rules_lexicon(c->r, "milestone-discovery-persons")) ||
        ps->nps[np].possessor >= 0 ||
        (ps->nps[np].det >= 0 && fl_claims_role(c, c->a + (size_t)ps->nps[np].det, FL_ROLE_INDEFINITE)))
        return 0;
    for (uint32_t i = ps->nps[np].start; i < ps->nps[np].end; i++)
        if (ps->tags[i] == FL_TAG_NUM || ps->tags[i] == FL_TAG_POS)
            return 0;
    for (size_t p = 0; p < ps->npp; p++) {
        const fl_pp *pp = &ps->pps[p];
        if (pp->prep == ps->nps[np].end && pp->np >= 0 && c->a + ps->nps[pp->np].end <= e0 &&
            ps->tags[ps->nps[pp->np].head] != FL_TAG_PROPN && ps->tags[ps->nps[pp->np].head] != FL_TAG_NUM)
            return 0;
    }
    return !range_has_word(c, c->a + ps->nps[np].start, c->a + ps->nps[np].end, nots);
}

/* Fills w for a clock time or day at token e0 that tells when the story's event was first seen or reported, when
 * its clause names no event of its own (when_event found none): the finite past verb of its clause, no modal or
 * negation, is one of milestone-discovery-verbs ("The animals were spotted at 6.40am", "a neighbour noticed the
 * smoke at 2.10am"; those of milestone-discovery-first only with a word of milestone-discovery-firsts in its verb
 * group, "were first seen", "was first reported") and its passive subject or object is a thing (discovery_thing),
 * or a noun phrase of the clause before the time has a word of milestone-discovery-firsts and a head of
 * milestone-report-nouns ("received the first call from a dog walker at 06:40", "The first 999 call came in at
 * 14:40"; not "a call at 11:00 gave an update"). Item "activity-milestone:discovered": one moment per story,
 * never its event's time (the stranding, the rescue). Returns 0 when it is no such time. */
static int story_discovery(const sctx *c, size_t e0, when_of *w)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *verbs = fl_rules_lexicon(c->r, "milestone-discovery-verbs"),
                     *fverbs = fl_rules_lexicon(c->r, "milestone-discovery-first"),
                     *firsts = fl_rules_lexicon(c->r, "milestone-discovery-firsts"),
                     *nots = fl_rules_lexicon(c->r, "milestone-discovery-not"),
                     *nouns = fl_rules_lexicon(c->r, "milestone-report-nouns");
    size_t ca, cb;
    int vg = -1, found = 0;
    if (!ps || !verbs || !firsts || !nouns)
        return 0;
    fl_claims_clause_span(c, e0, e0 + 1, &ca, &cb);
    /* the last finite verb before the time: "noticed smoke coming from the roof at 2.10am" is the noticing's */
    for (size_t i = e0; vg < 0 && i-- > ca;)
        if ((vg = ps->vg_of[i - c->a]) >= 0 && !ps->vgs[vg].finite)
            vg = -1;
    if (vg < 0 || ps->vgs[vg].modal >= 0 || ps->vgs[vg].neg)
        return 0;
    size_t head = c->a + ps->vgs[vg].head, after = c->a + ps->vgs[vg].end;
    int tag = ps->tags[ps->vgs[vg].head], passive = ps->vgs[vg].passive;
    if (range_has_word(c, ca, cb, nots))
        return 0; /* "a second pod was spotted", "the whales were spotted again" */
    /* a past, or a participle the parse reads as finite: a passive or a lone one ("A neighbour noticed smoke") */
    if ((tag == FL_TAG_VBD || (tag == FL_TAG_VBN && (passive || ps->vgs[vg].end == ps->vgs[vg].start + 1))) &&
        (fl_lexicon_words_at(verbs, c->text, c->t, c->b, head) ||
         (fverbs && fl_lexicon_words_at(fverbs, c->text, c->t, c->b, head) &&
          range_has_word(c, c->a + ps->vgs[vg].start, after, firsts)))) {
        int np = passive ? np_ending_at(ps, ps->vgs[vg].start) : after < e0 ? np_starting_at(ps, after - c->a) : -1;
        if (passive && np < 0)
            np = ps->clauses[ps->clause_of[ps->vgs[vg].start]].subject;
        found = discovery_thing(c, np, e0, nots);
    }
    for (size_t s = ca; !found && s < e0; s++) { /* the noun phrases of the clause before the time */
        int np = np_starting_at(ps, s - c->a);
        size_t h = np >= 0 ? c->a + ps->nps[np].head : e0;
        found = h < e0 && fl_lexicon_words_at(nouns, c->text, c->t, c->b, h) == 1 && range_has_word(c, s, h, firsts);
    }
    if (!found)
        return 0;
    memset(w, 0, sizeof *w);
    w->ev = w->kind = w->milestone = -1;
    w->story = 2;
    snprintf(w->lemma, sizeof w->lemma, "%s:%s", FL_STORY_ACT_MILESTONE, "discovered");
    w->how = "the story's discovery (a first sighting or report: its verb or noun)";
    w->governor = clause_governor(c, ca, cb, e0, w->lemma);
    return 1;
}

/* Is the word at token i, an event noun of class ev, a plural whose singular (fl_noun_singular) is a noun of
 * the same class ("elections", "crashes")? */
static int plural_event(const sctx *c, size_t i, int ev)
{
    char w[FL_LEMMA_MAX];
    size_t n = c->t[i].end - c->t[i].start;
    if (c->t[i].kind != FL_TOK_WORD || c->text[c->t[i].end - 1] != 's')
        return 0;
    fl_noun_singular(c->r, c->text + c->t[i].start, n, w, sizeof w);
    return w[0] && strlen(w) < n && fl_phrases_word(&c->k->event_nouns, w, strlen(w)) == ev;
}

/* The event whose time a label line states at token e0, right after the label's colon, when an event noun ends
 * the label ("- Time of collapse: 04:17, when T7 stopped reporting", as "the collapse at 04:17"): the label opens
 * its line (a list item's marker aside), at most LABEL_WORDS words, capitalised or after a marker; or -1. */
static int label_event(const sctx *c, size_t e0)
{
    size_t s = fl_claims_label_start(c, e0), used;
    if (s == SIZE_MAX)
        return -1;
    for (size_t i = s; i + 1 < e0; i++)
        if (c->t[i].kind != FL_TOK_WORD)
            return -1;
    return fl_phrases_ending(&c->k->event_nouns, c->text, c->t, c->b, e0 - 2, &used);
}

/* The event a date or clock time at tokens [e0, e1) of sentence c is about (see when_of): an event noun right
 * after it ("the 3:30 a.m. fire", "the November 18 sinking") or right before its preposition ("the collapse on
 * Tuesday", "discovered the intrusion on October 14"), the subject of its clause when an event noun or a kind
 * heads it ("The collapse happened shortly after 9 p.m.", "the ship docked at 6:30 a.m."), else the class of
 * the event verb of its clause, or the document's event for the general ones ("it happened"). A milestone
 * verb of the clause ("docked", "was discovered") makes the time that milestone's. Returns 0 when none. */
static int when_event(const sctx *c, size_t e0, size_t e1, int doc_event, const main_verbs *mv, when_of *w)
{
    const fl_knowledge *k = c->k;
    size_t used, ca, cb, mat = 0;
    memset(w, 0, sizeof *w);
    w->ev = w->kind = w->milestone = -1;
    if ((w->ev = fl_phrases_at(&k->event_nouns, c->text, c->t, c->b, e1, &used)) >= 0 &&
        !object_not_event(c, e1, used)) {
        w->how = "event noun after it";
        return 1;
    }
    w->ev = -1;
    if ((w->ev = possessed_event(c, e0)) >= 0) {
        w->how = "event noun it is the possessor of";
        w->presupposed = 1;
        return 1;
    }
    fl_claims_clause_span(c, e0, e1, &ca, &cb);
    if (closure_when(c, e0, ca, w))
        return 1; /* "police shut the road at 14:20": the road's closure, not the storm's time */
    int ms = clause_milestone(c, ca, e0, &mat); /* "at 8:30 p.m., shortly after the ferry left" is no departure */
    size_t p = e0 > c->a && fl_claims_prep_role(c, e0 - 1) >= 0 ? e0 - 1 : e0;
    if (p > c->a && (w->ev = fl_phrases_ending(&k->event_nouns, c->text, c->t, c->b, p - 1, &used)) >= 0) {
        if (plural_event(c, p - 1, w->ev))
            return 0; /* "contested elections on Oct. 15": several events, which one is not said */
        w->how = "event noun before it";
        w->milestone = ms >= 0 && mat < e0 ? ms : -1;
        return 1;
    }
    if ((w->ev = label_event(c, e0)) >= 0) {
        w->how = "event noun that ends its label";
        return 1;
    }
    if (p > c->a && p < e0 && (w->ev = event_noun_across_places(c, p)) >= 0) {
        w->how = "event noun before it, across the places between";
        w->milestone = ms >= 0 && mat < e0 ? ms : -1;
        return 1;
    }
    /* "on the night of March 3, when the seam gave way": the relative clause tells what happened then */
    size_t rel = cb < c->b && c->t[cb].kind == FL_TOK_PUNCT ? cb + 1 : cb, cb0 = cb;
    if (rel < c->b && fl_claims_role(c, rel, FL_ROLE_TIME_RELATIVE)) {
        size_t ra;
        fl_claims_clause_span(c, rel + 1, rel + 1, &ra, &cb);
    }
    if (cb == cb0)
        cb = shared_predicate_end(c, cb);
    int named, several;
    int verb = clause_event_verb(c, e0, ca, cb, &named, &several);
    int ev, kind;
    if ((named >= 0 || ms >= 0) && subject_thing(c, e0, &ev, &kind) && (ev >= 0 || thing_milestone(k, ms))) {
        w->ev = ev;
        w->kind = kind;
        w->milestone = ms;
        w->governor = clause_governor(c, ca, cb0, e0,
                                      ms >= 0     ? k->milestone_classes[ms]
                                      : verb >= 0 ? k->verb_classes[verb]
                                                  : NULL);
        w->how = ev >= 0 ? "subject of the clause (parsed)" : "subject of the clause (parsed), a kind";
        return 1;
    }
    /* "an update on the outbreak since it was declared on 2 February": the pronoun stands for the event noun before
     * its subordinator, when its own verb tells a milestone or an act of that event */
    if (!several && (ms >= 0 || verb >= 0) && (ev = pronoun_event(c, e0)) >= 0 &&
        (ms >= 0 || verb_event_class(k, verb) < 0 || verb_event_class(k, verb) == ev)) {
        w->ev = ev;
        w->milestone = ms;
        w->governor = clause_governor(c, ca, cb0, e0, ms >= 0 ? k->milestone_classes[ms] : k->verb_classes[verb]);
        w->how = "event noun the pronoun subject of its clause stands for";
        return 1;
    }
    /* "the inmates were discovered missing at the 6:15 a.m. count": a discovery that names its own state (the
     * time.event_discoveries) is the document's event's, when the sentence names no event and no event verb */
    if (ms >= 0 && named < 0 && verb < 0 && doc_event >= 0 &&
        fl_phrases_at(&k->event_discoveries, c->text, c->t, c->b, mat, &used) >= 0) {
        w->ev = doc_event;
        w->milestone = ms;
        w->loose = 1;
        w->how = "the document's event (a discovery of its state)";
        return 1;
    }
    /* "It was a little before eight on Thursday morning when the fog thickened": a cleft that sets the scene of
     * the moment its relative clause tells, in a sentence that names no event: the document's event's */
    if (verb < 0 && ms < 0 && named < 0 && doc_event >= 0 && cleft_clause(c, e0, e1)) {
        w->ev = doc_event;
        w->loose = 1;
        w->how = "the document's event (a cleft setting its scene)";
        return 1;
    }
    /* "received a mayday from the trawler at 23:40": a call's noun in the clause tells what happened then */
    if (verb < 0 && ms < 0 && !several && named >= 0 && (w->ev = clause_timed_noun(c, ca, cb0)) >= 0) {
        w->loose = 1;
        w->how = "event noun in the clause (a noun-timed event)";
        w->governor = call_governor(c, ca, cb0, w->ev);
        return 1;
    }
    /* an event verb of the clause: the class its list names, or the document's event for the general ones;
     * another event named in the sentence makes it unclear which one happened then */
    if (verb < 0 && !several && ms < 0 && main_event_clause(c, e0, mv, doc_event >= 0, w->lemma))
        return main_event_when(c, ca, cb0, e0, doc_event, named, w);
    if (verb < 0 && !several && ms < 0 && named < 0 && label_main_event(c, e0, mv, w->lemma))
        return main_event_when(c, ca, cb0, e0, doc_event, named, w);
    if (verb < 0 && !several && ms < 0 && held_main_event(c, e0, mv, w->lemma)) {
        w->restated = 1;
        return main_event_when(c, ca, cb0, e0, doc_event, named, w);
    }
    if (verb < 0 || several || ms >= 0)
        return 0;
    int cls = verb_event_class(k, verb);
    w->how = cls >= 0 ? "event verb" : "the document's event (an event verb in the sentence)";
    w->loose = 1;
    if (cls < 0)
        cls = doc_event;
    w->ev = cls >= 0 && (named < 0 || named == cls) ? cls : -1;
    w->governor = w->ev < 0              ? 0
                  : noun_timed(k, w->ev) ? call_governor(c, ca, cb0, w->ev)
                                         : clause_governor(c, ca, cb0, e0, k->verb_classes[verb]);
    return w->ev >= 0;
}

/* The event of a date or clock time at tokens [e0, e1): the start or end of the story's activity (story_activity),
 * else its event (when_event), or, when its clause names no class of its own (none found, or only the verb that
 * told the story's event), the story's moment (story_happening). */
static int when_story_event(const sctx *c, size_t e0, size_t e1, int doc_event, const main_verbs *mv, when_of *w)
{
    /* the start or end of the story's activity first: "The shot fired up at 14:37" is no shooting */
    if (mv && (story_activity(c, e0, w) || story_milestone(c, e0, w)))
        return 1;
    int got = when_event(c, e0, e1, doc_event, mv, w);
    when_of h;
    if ((!got || w->story) && mv && story_happening(c, e0, mv->lede_end, &h)) {
        *w = h;
        return 1;
    }
    if (!got && mv && story_discovery(c, e0, w))
        return 1; /* "The animals were spotted at 6.40am": the story's discovery, not its event */
    return got;
}

/* Is the main verb of the parse's clause of token e0 under a modal ("The proposal would have to receive approval,
 * by two-thirds majorities, before March 1 to be printed on the April 4 ballot": commas do not end that clause)? */
static int modal_clause(const sctx *c, size_t e0)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    int cl = ps && e0 >= c->a ? fl_parse_clause_of(ps, e0 - c->a) : -1, vg = cl >= 0 ? fl_parse_verb(ps, cl) : -1;
    return vg >= 0 && ps->vgs[vg].modal >= 0;
}

/* Does the clause of tokens [e0, e1) speak of a plan or a possibility (a modality cue, a hypothetical)? Its
 * dates are not what happened. With upto set, only its words up to the time count: the start of an activity
 * its own verb tells ("The shot fired up at 14:37 and ran to the planned end") is no plan for what follows. */
static int supposed_clause(const sctx *c, size_t e0, size_t e1, int upto)
{
    size_t used, ca, cb;
    if (!upto && modal_clause(c, e0))
        return 1;
    fl_claims_clause_span(c, e0, e1, &ca, &cb);
    cb = upto ? e1 : cb;
    for (size_t i = ca; i < cb; i++) {
        if (i >= e1 && fl_claims_role(c, i, FL_ROLE_TIME_RELATIVE))
            break; /* "at the hour when the first bus would have been on the road" is the relative clause's */
        if (c->t[i].kind != FL_TOK_WORD)
            continue;
        if (fl_phrases_at(&c->k->hypothetical, c->text, c->t, c->b, i, &used) >= 0)
            return 1;
        if (fl_phrases_at(&c->k->modalities, c->text, c->t, c->b, i, &used) < 0)
            continue;
        /* "by" says a deadline only before a time ("by 2030", "by March"), not before its agent ("was discovered
         * at 21:40 by a night-shift operator") */
        if (used == 1 && fl_claims_role(c, i, FL_ROLE_BY) && i + 1 < c->b && c->t[i + 1].kind != FL_TOK_NUM &&
            fl_phrases_at(&c->k->months, c->text, c->t, c->b, i + 1, &used) < 0 &&
            fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i + 1, &used) < 0 &&
            fl_phrases_at(&c->k->clock_names, c->text, c->t, c->b, i + 1, &used) < 0)
            continue;
        return 1;
    }
    return 0;
}

/* A day stated at token i: "Tuesday, March 4", "March 4, 2025", "4 March", a weekday alone ("on Tuesday",
 * the last such day up to the document's date) or a relative day ("yesterday"). *days is the day (days since
 * 1970), *rel 1 when it was counted from the document's date, 2 when its year is not known (the day is then
 * of the year 2000). Returns the tokens used, 0 when none. */
static size_t day_at(const sctx *c, size_t i, const fl_date *date, int dated, long *days, int *rel)
{
    const fl_knowledge *k = c->k;
    size_t used, j = i;
    long doc = dated ? fl_days_from_civil(date->year, date->month, date->day) : 0;
    *rel = 0;
    size_t wused = 0;
    int wd = fl_phrases_at(&k->weekdays, c->text, c->t, c->b, i, &wused);
    const fl_lexicon *indef = fl_rules_lexicon(c->r, "indefinite-articles");
    if (wd >= 0 && i > c->a && indef && fl_lexicon_has_token(indef, c->text, &c->t[i - 1], 1))
        return 0; /* "on a Tuesday afternoon": any Tuesday, no day */
    if (wd >= 0) {
        j = i + wused;
        if (j < c->b && c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == ',')
            j++;
    }
    /* an offset may be -1 ("yesterday"), the value of no phrase too: whether one was found is in used */
    used = 0;
    int rd = wd < 0 ? fl_phrases_at(&k->relative_days, c->text, c->t, c->b, i, &used) : 0;
    if (used && wd < 0) {
        if (!dated)
            return 0;
        *days = doc + rd;
        *rel = 1;
        return used;
    }
    fl_date dt;
    size_t len = 0;
    /* a date starts with a month's name or a day before one ("4 March"): the date grammar is asked only then */
    if (j < c->b && (fl_phrases_at(&k->months, c->text, c->t, c->b, j, &used) >= 0 ||
                     (c->t[j].kind == FL_TOK_NUM && fl_phrases_at(&k->months, c->text, c->t, c->b, j + 1, &used) >= 0)))
        /* read within the sentence, where a month's dot ends nothing ("on Feb. 12, police said") */
        len = fl_parse_date_after_weekday(c->text + c->t[j].start, c->t[c->b - 1].end - c->t[j].start, c->r, &dt);
    if (len && dt.day && dt.month) {
        /* a day without its year ("on June 20") is not given the document's year (an article may look back
         * years) nor one stated elsewhere in the sentence ("the first since 1991"): the join gives it the year
         * the other days of its event have */
        if (!dt.year) {
            *days = fl_days_from_civil(2000, dt.month, dt.day);
            *rel = 2;
        } else
            *days = fl_days_from_civil(dt.year, dt.month, dt.day);
        size_t e = j;
        while (e < c->b && c->t[e].start < c->t[j].start + len)
            e++;
        /* "June 17 last year": a relative year right after it, counted from the document's date, is its year */
        int ry = !dt.year && dated && e < c->b ? fl_phrases_at(&k->relative, c->text, c->t, c->b, e, &used) : -1;
        if (ry >= 0 && k->rel_from[ry] == 0) {
            *days = fl_days_from_civil(date->year + k->rel_offset[ry], dt.month, dt.day);
            *rel = 1;
            e += used;
        }
        return e - i;
    }
    if (wd < 0)
        return 0;
    /* a weekday alone: the last such day up to the document's date ("next Tuesday" is no report of it); in a
     * report with no full date, only its weekday (*rel 3, *days the weekday) */
    if (i > c->a && fl_phrases_at(&k->weekday_ahead, c->text, c->t, c->b, i - 1, &used) >= 0)
        return 0;
    if (!dated) {
        *days = wd;
        *rel = 3;
        return wused;
    }
    int dw = fl_weekday(date->year, date->month, date->day);
    *days = doc - (dw - wd + 7) % 7;
    *rel = 1;
    return wused;
}

/* Is the clause of token i told in the past (or is its tense unknown)? "The vote is Thursday" counts no
 * Thursday back from the document's date. */
static int past_clause(const sctx *c, size_t i)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    if (!ps)
        return 1;
    int vg = fl_parse_verb(ps, fl_parse_clause_of(ps, i - c->a));
    return vg < 0 || ps->vgs[vg].tense == FL_TENSE_PAST || ps->vgs[vg].tense == FL_TENSE_NONE;
}

/* The last paragraph of d that starts at or before byte off; d->npara when it has none. */
size_t fl_claims_para_at(const fl_doc *d, size_t off)
{
    size_t lo = 0, hi = d->npara;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->paras[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return d->npara ? lo : d->npara;
}

/* Does the clock time at byte off open a paragraph that a live page stamps with it ("00:14 Fire crews were
 * called ...": segment's fl_para.stamp)? The time the entry was posted, not the time of an event. */
int fl_claims_entry_stamp(const fl_doc *d, size_t off)
{
    size_t p = fl_claims_para_at(d, off);
    return p < d->npara && d->paras[p].start == off && d->paras[p].stamp > 0;
}

/* Is the token before i (a comma or dash skipped) a year? A clock time right after a full date is a
 * publication stamp, not the time of an event. */
static int stamp_before(const sctx *c, size_t i)
{
    size_t j = i;
    while (j > c->a && c->t[j - 1].kind == FL_TOK_PUNCT && j + 2 > i)
        j--;
    return j > c->a && c->t[j - 1].kind == FL_TOK_NUM && c->t[j - 1].end - c->t[j - 1].start == 4;
}

/* Appends the claim of a date (clock 0) or clock time of an event at tokens [e0, e1). */
static void push_when(const sctx *c, fl_claims *out, fl_claim *cl, size_t e0, size_t e1, const char *shown)
{
    fl_buf b = {0};
    char *t = fl_claims_excerpt(c->d, c->t[e0].start, c->t[e1 - 1].end, 60);
    fl_buf_printf(&b, "%s (%s)", t, shown);
    free(t);
    cl->text = fl_buf_take(&b);
    fl_doc *d = (fl_doc *)c->d; /* fl_doc_pos caches its line lookups in the document */
    cl->start = fl_doc_pos(d, c->t[e0].start);
    cl->end = fl_doc_pos(d, c->t[e1 - 1].end);
    cl->context = fl_claims_excerpt(c->d, c->t[c->a].start, c->t[c->b - 1].end, 100);
    fl_claims_keep_claim(out, cl, 0);
}

/* The year in force in sentence s: stated in it, or carried by "that year" from the year before. */
void fl_claims_year_in_force(fl_facts *f, size_t s, const when *w, size_t nw, int carried_in, size_t carried_tok)
{
    for (size_t i = 0; i < nw; i++) {
        if (w[i].how == 1 || w[i].how == 3) {
            f->sent_year[s] = w[i].year;
            f->sent_year_tok[s] = w[i].tok;
            f->sent_year_carried[s] = w[i].how == 3 && w[i].year == carried_in;
            f->sent_year_from_tok[s] = f->sent_year_carried[s] ? carried_tok : w[i].tok;
            break;
        }
    }
}

/* A date or clock time found in a sentence. */
typedef struct {
    size_t e0, e1;
    int clock, rel;
    int twin; /* a clock time claimed again in the other zone kind: 1 its rendering in parentheses, 3 its local time
               * turned to UTC by the zone of the document's places; 2 on the time itself */
    fl_clock ck;
    long days;
    int apposed; /* 1 + the weekday apposed to a date of no year ("May 12, a Tuesday"), 0 when none */
} when_at;

/* The weekday apposed to a date ending at token e ("May 12, a Tuesday": a comma, a determiner and a weekday): the
 * tokens it takes, 0 when none; *wd is the weekday (0 Monday). */
static size_t apposed_weekday(const sctx *c, size_t e, int *wd)
{
    size_t used, wused;
    if (e + 2 >= c->b || c->t[e].kind != FL_TOK_PUNCT || c->text[c->t[e].start] != ',' ||
        fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, e + 1, &used) < 0 || used != 1)
        return 0;
    *wd = fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, e + 2, &wused);
    return *wd >= 0 ? 2 + wused : 0;
}

enum { MAX_WHENS = 16 };

/* Is clock time x, whose number or name is token at, followed by its rendering in another zone in
 * parentheses, one of them with a stated zone and the other local ("9:40 p.m. (2140 GMT)", "0540 GMT (7:40
 * a.m. local time)")? Then *twin is that rendering over x's tokens (the time is claimed in both zones) and
 * *close the closing parenthesis. */
static int conversion_twin(const sctx *c, const when_at *x, size_t at, int h24, when_at *twin, size_t *close)
{
    fl_clock a, b;
    if (!fl_clock_conversion(c->text, c->t, c->b, at, c->r, h24, &a, &b) || a.end != x->ck.end ||
        (a.zone == FL_NO_ZONE) == (b.zone == FL_NO_ZONE))
        return 0;
    *twin = *x;
    twin->ck = b;
    twin->ck.first = x->ck.first;
    twin->ck.end = x->ck.end;
    twin->twin = 1;
    *close = b.end;
    return 1;
}

/* Do the words at token e make the clock figure before it what is left on a game's clock ("with 7:41 to go", "14:05
 * left"; grammar.json clock-countdowns), no time of day? */
static int countdown_after(const sctx *c, size_t e)
{
    const fl_lexicon *left = fl_rules_lexicon(c->r, "clock-countdowns");
    for (size_t n = 1; left && n <= 2 && e + n <= c->b; n++)
        if (fl_lexicon_has(left, c->text + c->t[e].start, c->t[e + n - 1].end - c->t[e].start, 1))
            return 1;
    return 0;
}

/* The dates and clock times of sentence c, at most MAX_WHENS; publication stamps left out. */
static size_t find_event_whens(const sctx *c, const fl_facts *f, int dated, int h24, when_at *w)
{
    size_t nw = 0;
    for (size_t i = c->a; i < c->b && nw < MAX_WHENS; i++) {
        when_at x;
        memset(&x, 0, sizeof x);
        size_t n;
        if (fl_clock_read(c->text, c->t, c->b, i, c->r, h24, &x.ck)) {
            size_t at = i, close;
            i = x.ck.end - 1;
            if (fl_claims_entry_stamp(c->d, c->t[x.ck.first].start) || countdown_after(c, x.ck.end))
                continue;
            if (stamp_before(c, x.ck.first)) {
                /* "July 21, 2013, 2:21 pm BST": when the page was published, its date included */
                if (nw && !w[nw - 1].clock && w[nw - 1].e1 + 2 >= x.ck.first)
                    nw--;
                continue;
            }
            x.clock = 1;
            x.e0 = x.ck.first;
            x.e1 = x.ck.end;
            /* "9:40 p.m. (2140 GMT)": claimed in both zones, so that it meets the reports that give either */
            if (nw + 1 < MAX_WHENS && conversion_twin(c, &x, at, h24, &w[nw + 1], &close)) {
                w[nw] = x;
                w[nw].twin = 2;
                nw += 2;
                i = close;
                continue;
            }
        } else if ((n = day_at(c, i, &f->date, dated, &x.days, &x.rel)) > 0) {
            x.e0 = i;
            x.e1 = i + n;
            int wd;
            size_t more = x.rel == 2 ? apposed_weekday(c, x.e1, &wd) : 0, wused;
            if (more) { /* "on May 12, a Tuesday": one day, its weekday told after it */
                x.apposed = 1 + wd;
                x.e1 += more;
            } else if (x.rel == 2 && (wd = fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, i, &wused)) >= 0)
                x.apposed = 1 + wd; /* "on Tuesday, May 12" */
            i = x.e1 - 1;
        } else
            continue;
        w[nw++] = x;
    }
    return nw;
}

/* Fills the value and period of a clock time's claim: minutes after midnight (UTC when a zone is stated),
 * of the day its sentence states (day >= 0), else of the document's month. */
static void clock_claim(fl_claim *cl, const when_at *x, const when_at *day, const fl_date *date, int dated, char *shown,
                        size_t cap)
{
    int utc = x->ck.zone != FL_NO_ZONE ? x->ck.zone : 0;
    cl->dim = fl_xstrdup("clock");
    cl->item = fl_xstrdup(x->ck.zone != FL_NO_ZONE ? "UTC" : "");
    cl->value = x->ck.at - utc;
    cl->lo = x->ck.lo - utc;
    cl->hi = x->ck.hi - utc;
    int lo = ((x->ck.lo - utc) % 1440 + 1440) % 1440, hi = ((x->ck.hi - utc) % 1440 + 1440) % 1440;
    snprintf(shown, cap, "%02d:%02d-%02d:%02d%s%s", lo / 60, lo % 60, hi / 60, hi % 60,
             x->ck.zone != FL_NO_ZONE ? " UTC" : "",
             x->twin == 3   ? ", turned to UTC by its zone"
             : x->twin == 1 ? ", as in parentheses"
                            : "");
    if (day && day->rel != 2 && day->rel != 3) {
        int year, month, mday,
            m = x->ck.at - utc; /* the stated day is the zone's: "11:30 p.m. EDT Saturday" is Sunday */
        fl_civil_from_days(day->days + (m < 0 ? -1 : m >= 1440 ? 1 : 0), &year, &month, &mday);
        cl->year = (int16_t)year;
        cl->month = (int8_t)month;
        cl->day = (int8_t)mday;
        cl->period_how = day->rel ? 2 : 1;
    } else if (dated) {
        cl->year = date->year;
        cl->month = date->month;
        cl->period_how = 4;
    } else if (date->wire_month) { /* a wire dateline's month, its year left to the join */
        cl->month = date->wire_month;
        cl->period_how = 4;
    } else if (date->source == FL_DATE_NONE || date->source == FL_DATE_INFERRED)
        cl->period_how = 5; /* an undated report: the story's date */
}

/* Adds to w[0, nw) (at most MAX_WHENS) each clock time with no zone, or a named one that keeps summer time
 * ("ET"), again in UTC, by that zone or else the zone of the document's places (zone, -1: none; fl_doc_zone),
 * when its offset on the time's day (its sentence's, else the document's) is known: the time is claimed both
 * as stated and in UTC. Returns the new count. */
static size_t place_twins(const fl_knowledge *k, when_at *w, size_t nw, const when_at *day, const fl_date *date,
                          int dated, int zone)
{
    int y = dated ? date->year : 0, m = dated ? date->month : 0, d = dated ? date->day : 0, off[2];
    if (day && day->rel != 2 && day->rel != 3)
        fl_civil_from_days(day->days, &y, &m, &d);
    for (size_t i = 0, n = nw; i < n && nw < MAX_WHENS; i++) {
        int z = w[i].ck.zone_rule >= 0 ? w[i].ck.zone_rule : zone;
        if (!w[i].clock || w[i].twin || w[i].ck.zone != FL_NO_ZONE || z < 0 || fl_zone_offsets(k, z, y, m, d, off) != 1)
            continue;
        w[nw] = w[i];
        w[nw].ck.zone = off[0];
        w[nw++].twin = 3;
        w[i].twin = 2;
    }
    return nw;
}

/* Is a day of sentence w[0, nw) a day in UTC, not the place's: does the sentence state a clock time in UTC
 * ("at 0130 UTC on Sunday", which may be Saturday evening where it happened) and are the places the document
 * names (zone, -1: not known) not on UTC that day? */
static int utc_day(const fl_knowledge *k, const when_at *w, size_t nw, const when_at *day, int zone)
{
    int utc = 0, off[2];
    for (size_t i = 0; i < nw; i++)
        utc |= w[i].clock && w[i].ck.zone == 0 && w[i].twin != 1 && w[i].twin != 3;
    if (!utc || zone < 0)
        return utc;
    int y = 0, m = 0, d = 0;
    if (day->rel != 2 && day->rel != 3)
        fl_civil_from_days(day->days, &y, &m, &d);
    return !(fl_zone_offsets(k, zone, y, m, d, off) == 1 && off[0] == 0);
}

/* Is day or time x the stamp of a live page's entry that opens its paragraph (segment/segment.c: "**08:05** The
 * lines opened at 8am"), the time of the post, not of an act its clause tells? */
static int stamps_entry(const sctx *c, const when_at *x)
{
    size_t p = fl_claims_para_at(c->d, c->t[x->e0].start);
    if (p >= c->d->npara || !c->d->paras[p].stamp)
        return 0;
    for (size_t i = c->d->paras[p].start; i < c->t[x->e0].start; i++)
        if (c->text[i] != '*' && c->text[i] != '_')
            return 0; /* a stamp's own emphasis marks only ("**08:05**") */
    return 1;
}

/* Does day or time x open its paragraph, a live page's stamp (stamps_entry) or any other (a report's lone
 * "00:10 The fire broke out", which may be its event's time)? */
static int opens_paragraph(const sctx *c, const when_at *x)
{
    size_t p = fl_claims_para_at(c->d, c->t[x->e0].start);
    return stamps_entry(c, x) || (p < c->d->npara && c->d->paras[p].start == c->t[x->e0].start);
}

/* Does the clause of x hold another date (clock time) of x's kind, not a stamp that opens its paragraph? */
static int several_in_clause(const sctx *c, const when_at *w, size_t nw, const when_at *x)
{
    size_t ca, cb, same = 0;
    fl_claims_clause_span(c, x->e0, x->e1, &ca, &cb);
    for (size_t j = 0; j < nw; j++)
        same += (size_t)(w[j].clock == x->clock && (w[j].twin == 0 || w[j].twin == 2) && w[j].e0 >= ca &&
                         w[j].e0 < cb && (&w[j] == x || !stamps_entry(c, &w[j])));
    return same > 1;
}

/* The subject of a time's claim: its event class or kind, with the milestone: "collapse", "vessel:arrived". */
static char *when_subject(const fl_knowledge *k, const when_of *w)
{
    fl_buf b = {0};
    if (w->story)
        return fl_xstrdup(k->story_subject);
    if (w->closure_thing) {
        fl_buf_printf(&b, "%s:%s", w->closure_thing, w->closure);
        return fl_buf_take(&b);
    }
    fl_buf_printf(&b, "%s%s%s", w->ev >= 0 ? k->event_classes[w->ev] : k->kinds[w->kind], w->milestone >= 0 ? ":" : "",
                  w->milestone >= 0 ? k->milestone_classes[w->milestone] : "");
    return fl_buf_take(&b);
}

static const char *const weekday_of_event[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};

/* Is w's event of a momentary class (claim_model.momentary_events: a crash, not a storm), no milestone of it? */
static int momentary(const fl_knowledge *k, const when_of *w)
{
    for (size_t i = 0; w->ev >= 0 && w->milestone < 0 && i < k->nmomentary_events; i++)
        if (strcmp(k->momentary_events[i], k->event_classes[w->ev]) == 0)
            return 1;
    return 0;
}

/* Is w the day of the document's own momentary event told as the possessor of its noun ("will try to establish
 * the cause of Wednesday's explosion", "whether ties were removed before Tuesday's collapse")? The day is given,
 * not planned or supposed: the clause's modality or tense says nothing of it, and in a report of one such event
 * it is that event's day, one fact with the event's other days. A class that lasts or is planned ("ahead of
 * Thursday's vote", "Friday's strike"), another event than the document's and a sentence that tells a repeat or
 * another of the act ("Tuesday's blast was the second", "the previous collapse": time.event_repeats,
 * other-event-words) are not. */
static int given_day(const sctx *c, const when_of *w, int doc_event)
{
    if (!w->presupposed || w->ev < 0 || w->ev != doc_event || !momentary(c->k, w))
        return 0;
    size_t used;
    const fl_lexicon *other = fl_rules_lexicon(c->r, "other-event-words");
    for (size_t i = c->a; i < c->b; i++)
        if (c->t[i].kind == FL_TOK_WORD && (fl_phrases_at(&c->k->event_repeats, c->text, c->t, c->b, i, &used) >= 0 ||
                                            fl_lexicon_has_token(other, c->text, &c->t[i], 1)))
            return 0;
    return 1;
}

/* Is the day or time x of event w (when_story_event) one of a plan or a supposition, or a relative day told in a
 * clause not in the past? Not a day given as the possessor of the report's own event's noun (given_day), which
 * keeps w->presupposed set only then. */
static int planned_when(const sctx *c, const when_at *x, when_of *w, int doc_event)
{
    w->presupposed = given_day(c, w, doc_event);
    return !w->presupposed && (supposed_clause(c, x->e0, x->e1, w->story == 2) ||
                               ((x->rel == 1 || x->rel == 3) && !past_clause(c, x->e0)));
}

/* Makes cl (its subject and document fields set) the weekday of its event's day, wd (0 Monday): keyed
 * "weekday-of|" and the event's key base, compared in the join with the weekdays other reports give the event
 * (a report with no full date gives only its weekday: "on Saturday"). */
static void event_weekday(fl_claim *cl, const fl_knowledge *k, int fam_date, int wd)
{
    cl->family = fam_date;
    cl->dim = fl_xstrdup("date");
    cl->item = fl_xstrdup("");
    cl->period_how = 1;
    fl_claims_make_keys(cl, k);
    free(cl->dim);
    cl->dim = fl_xstrdup("weekday");
    cl->value = wd;
    cl->lo = wd - 0.25;
    cl->hi = wd + 0.25;
    free(cl->key);
    cl->key = NULL;
    if (cl->key_base && cl->subject && cl->subject[0]) {
        fl_buf kb = {0};
        fl_buf_printf(&kb, "weekday-of|%s", cl->key_base);
        cl->key = fl_buf_take(&kb);
    }
    cl->why = fl_xstrdup(cl->key ? "" : "no event key");
}

/* A new claim of sentence s of document doc_index that no quantity gives (a day, a clock time, a weekday, an age),
 * the next in the document's order: no parties, nothing else set. */
static fl_claim sentence_claim(const sctx *c, size_t doc_index, size_t *seq, size_t s)
{
    fl_claim cl;
    memset(&cl, 0, sizeof cl);
    cl.file = c->d->path;
    cl.doc = (uint32_t)doc_index;
    cl.seq = (uint32_t)(*seq)++;
    cl.sentence = (uint32_t)s;
    cl.src = cl.dst = -1;
    return cl;
}

/* Does the sentence after sentence s (of c) retract what c said: does it open with a retraction ("That was
 * wrong; the time was 2.50pm.", claim_model.retractions)? Then c's days and times are no claims: the next
 * sentence gives the right one. */
static int retracted_by_next(const sctx *c, const fl_facts *f, size_t s)
{
    if (s + 1 >= c->d->nsent)
        return 0;
    size_t i = f->sent_tok[s + 1], end = f->sent_tok[s + 2], used;
    while (i < end && c->t[i].kind != FL_TOK_WORD)
        i++; /* a quotation mark or dash before it */
    return i < end && fl_phrases_at(&c->k->retractions, c->text, c->t, end, i, &used) >= 0;
}

/* Is the day or time x one its text gives as replaced: its clause names an earlier version ("the original
 * version of the summary said the plane came down at 3.50pm", claim_model.superseded)? */
static int replaced_when(const sctx *c, const when_at *x)
{
    size_t ca, cb;
    fl_claims_clause_span(c, x->e0, x->e1, &ca, &cb);
    return fl_claims_superseded_in(c, ca, cb, x->e0);
}

/* Makes the verb that told the story's main event the item of its day or time cl (w->story; see main_event_when): a
 * follow-up's refloating is not the grounding its story began with. The event told again by a definite noun of its
 * verb (w->restated: "that meeting, held on 19 February") makes cl definite: one fact with its other days. */
static void story_item(fl_claim *cl, const when_of *w)
{
    /* a day given as the possessor of the report's one event's noun (planned_when): one fact with its other days,
     * not another occurrence */
    cl->definite = (int8_t)(w->restated || (w->presupposed && strcmp(cl->dim, "date") == 0));
    if (!w->story)
        return;
    /* an activity's time in UTC keeps the zone beside its item ("activity-start UTC"), so that only zoned times
     * meet */
    int utc = w->story == 2 && cl->item && strcmp(cl->item, "UTC") == 0;
    free(cl->item);
    fl_buf b = {0};
    fl_buf_printf(&b, "%s%s", w->lemma, utc ? " UTC" : "");
    cl->item = fl_buf_take(&b);
}

/* Is day x the end of a year's or a half's span ("the six months to 30 June 2026"): a period's end, no event's? */
static int span_end(const sctx *c, const when_at *x)
{
    return !x->clock && fl_claims_span_before(c, x->e0);
}

/* Is day x a bound of its clause's act, a word of `day-bound-words` right before it ("released on bail until April
 * 16", "must be repaid by 3 May", "before 12 June"): a deadline, a bail or remand date, an expiry, no day the act
 * happened on, whatever event the clause names? */
static int bound_day(const sctx *c, const when_at *x)
{
    const fl_lexicon *bound = fl_rules_lexicon(c->r, "day-bound-words");
    return !x->clock && bound && x->e0 > c->a && c->t[x->e0 - 1].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(bound, c->text, &c->t[x->e0 - 1], 1);
}

/* Is day x the day a speaker said something, the active speech verb right before it, a preposition between or none
 * ("ITAR-TASS reported September 26", "the minister said on Tuesday"; speech.json speech-verbs): the report's day,
 * no event's ("the result was announced on 3 May" is the announcement's)? */
static int speech_day(const sctx *c, const when_at *x)
{
    const fl_lexicon *speech = fl_rules_lexicon(c->r, "speech-verbs"), *be = fl_rules_lexicon(c->r, "be-forms");
    size_t i = x->e0;
    if (i > c->a && fl_claims_prep_role(c, i - 1) >= 0)
        i--;
    return speech && i > c->a && c->t[i - 1].kind == FL_TOK_WORD &&
           fl_lexicon_has_token(speech, c->text, &c->t[i - 1], 1) &&
           !(i - 1 > c->a && be && fl_lexicon_has_token(be, c->text, &c->t[i - 2], 1));
}

/* Is day x one counted from the document's date (x->rel 1: "yesterday", "on Tuesday") that is not the
 * reporter's: a weekday after a determiner ("on the Tuesday afternoon", "that Saturday"), the day in the
 * story's own telling, or one inside a quotation, the speaker's day ("stuck on the wheel today")? */
static int borrowed_relative_day(const sctx *c, const fl_date *date, const when_at *x)
{
    size_t used;
    if (x->rel != 1)
        return 0;
    /* a date given by the run (--date, a configuration) is when the report was filed at best, not its own date */
    if (date->source == FL_DATE_GIVEN || fl_doc_in_quote(c->d, c->t[x->e0].start))
        return 1;
    return x->e0 > c->a && fl_phrases_at(&c->k->weekdays, c->text, c->t, c->b, x->e0, &used) >= 0 &&
           fl_phrases_at(&c->k->determiners, c->text, c->t, x->e0, x->e0 - 1, &used) >= 0;
}

/* Is when x the time of what a phrase of a sequence opener names, not of its clause's act: x's noun phrase is the
 * object of a preposition right after a noun phrase that a word of `sequence-openers` opens, through at most three
 * such prepositional phrases ("fell ill after a reception on Saturday 6 June", "after a dinner at the hall at
 * 8pm", "following Saturday's reception": a possessive of that phrase's noun too)? The phrase's noun must be no
 * time itself (`sequence-times`: "after midnight on Sunday" dates the act). The parse's phrases, not token counts. */
static int sequence_phrase_when(const sctx *c, const when_at *x)
{
    const fl_parse *ps = fl_claims_parse_of(c);
    const fl_lexicon *seq = fl_rules_lexicon(c->r, "sequence-openers");
    const fl_lexicon *times = fl_rules_lexicon(c->r, "sequence-times");
    if (!ps || !seq || x->e0 < c->a || x->e0 - c->a >= ps->n)
        return 0;
    int np = fl_parse_np_of(ps, x->e0 - c->a);
    if (np < 0)
        return 0;
    int owner = -1; /* "Saturday's reception": the NP the date is the possessor of */
    for (size_t i = ps->nps[np].end; i < ps->n && i <= ps->nps[np].end + 1 && owner < 0; i++) {
        int o = fl_parse_np_of(ps, i);
        owner = o >= 0 && ps->nps[o].possessor == np ? o : -1;
    }
    size_t lead = ps->nps[np].start; /* where the phrase of the owner's noun opens: at its possessor */
    if (owner >= 0)
        np = owner;
    for (int hop = 0; hop < 4 && np >= 0; hop++) {
        size_t start = hop == 0 ? lead : ps->nps[np].start, head = ps->nps[np].head;
        if (hop > 0 || owner >= 0) {
            if (ps->tags[head] != FL_TAG_NOUN || (times && fl_lexicon_has_token(times, c->text, &c->t[c->a + head], 1)))
                return 0; /* "after midnight on Sunday", "after 10pm on Saturday": a time, the act's */
            if (start > 0 && fl_lexicon_has_token(seq, c->text, &c->t[c->a + start - 1], 1))
                return 1;
        }
        /* the preposition right before this NP, and the NP right before that */
        if (start < 2 || ps->tags[start - 1] != FL_TAG_ADP ||
            fl_lexicon_has_token(seq, c->text, &c->t[c->a + start - 1], 1))
            return 0;
        np = np_ending_at(ps, start - 1);
    }
    return 0;
}

/* Claims day x of sentence c (w[0, nw) its dates and times), a date with its day of the month that no event claims
 * ("the letters were posted on Friday 6 February"), with its clause's words, as open_time claims a clock time: the
 * join compares it with the days other clauses in the same words give, in its document and across the reports of
 * its story (join/numeric.c open_time_join). Only a day told in the past: not one of a plan, a modal, a supposition
 * or a time still ahead ("will hold an emergency meeting on 24 March"), a weekday alone in a report of no full date,
 * a day counted from the document's date that is not the reporter's (borrowed_relative_day; one that is, "approved at
 * Wednesday's cabinet meeting", "yesterday", is claimed with period_how 2, and the join asks more of its clause),
 * a day its clause holds beside another (a span), a period's end, a repeat or another
 * of the act ("met again on 19 March", "the previous meeting, held on 17 February"), the day a speaker said something
 * ("reported September 26"), one its text replaces, nor one that opens its paragraph (a stamp). Returns 1. */
static int open_day(const sctx *c, const fl_date *date, const when_at *w, size_t nw, const when_at *x, size_t doc_index,
                    size_t *seq, size_t s, fl_claims *out)
{
    int fam = family_with_dim(c->k, "date");
    if (x->clock || x->rel == 3 || borrowed_relative_day(c, date, x) || fam < 0 || several_in_clause(c, w, nw, x) ||
        span_end(c, x) || supposed_clause(c, x->e0, x->e1, 0) || !past_clause(c, x->e0) || speech_day(c, x) ||
        replaced_when(c, x) || sequence_phrase_when(c, x))
        return 1;
    if (opens_paragraph(c, x))
        return 1;
    sctx cc = *c;
    fl_claims_clause_span(c, x->e0, x->e1, &cc.ca, &cc.cb);
    size_t used;
    const fl_lexicon *other = fl_rules_lexicon(c->r, "other-event-words");
    for (size_t i = cc.ca; i < cc.cb; i++)
        if (c->t[i].kind == FL_TOK_WORD && (fl_phrases_at(&c->k->event_repeats, c->text, c->t, c->b, i, &used) >= 0 ||
                                            fl_lexicon_has_token(other, c->text, &c->t[i], 1)))
            return 1; /* "met again on 19 March", "the previous meeting, held on 17 February": another of the act */
    uint64_t sim[2];
    uint32_t date_hash = 0;
    fl_claims_clause_words(&cc, x->e0, x->e1, sim, &date_hash);
    uint32_t heads = fl_claims_clause_heads(c, x->e0);
    if (!(sim[0] & (sim[0] - 1)) || !heads)
        return 1; /* fewer than two content words, which no other day's clause can meet ("Updated 17:10, Friday 4
                   * April", a stamp) */
    fl_claim cl = sentence_claim(c, doc_index, seq, s);
    int y, m, d;
    fl_civil_from_days(x->days, &y, &m, &d);
    cl.family = fam;
    cl.sim[0] = sim[0];
    cl.sim[1] = sim[1];
    cl.governor = heads;

    cl.dim = fl_xstrdup("date");
    cl.item = fl_xstrdup("");
    cl.year = x->rel == 2 ? 0 : y; /* the day of the month is the value: a day of no year meets one of any */
    if (x->rel == 1)
        cl.period_how = 2; /* a day counted from the document's date: the join asks more of its clause */
    cl.value = m * 32 + d;
    cl.lo = cl.value - 0.25;
    cl.hi = cl.value + 0.25;
    char shown[64];
    snprintf(shown, sizeof shown, "%02d-%02d", m, d);
    cl.key_base = fl_xstrdup("~day");
    cl.why = fl_xstrdup("no event: compared by its clause's words");
    push_when(c, out, &cl, x->e0, x->e1, shown);
    return 1;
}

/* Claims clock time x of sentence c (w[0, nw) its dates and times; day the one it states, or NULL) that no event
 * claims ("the van was stopped at 06:47"), with its clause's words (sim, as a figure's with no key): the join
 * compares it with the times other clauses in the same words give, in its document and across the reports of its
 * story (join/numeric.c open_time_join). Not a time its clause holds beside another (a start and an end), of a
 * plan, a possibility or a time still ahead, nor one its text replaces; a rendering in another zone is claimed
 * too ("06:47 (0547 GMT)"), one a place's zone gives is not. Returns 1 (the caller goes on to the next).
 * fl_claims_event_whens calls it for each time when_story_event finds no event of. */
static int open_time(const sctx *c, const fl_facts *f, const when_at *w, size_t nw, const when_at *x,
                     const when_at *day, size_t doc_index, size_t *seq, size_t s, fl_claims *out)
{
    const fl_date *date = &f->date;
    int dated = date->day && date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE;
    int fam = family_with_dim(c->k, "clock");
    if (!x->clock)
        return open_day(c, date, w, nw, x, doc_index, seq, s, out);
    if (x->twin == 3 || fam < 0 || several_in_clause(c, w, nw, x) || supposed_clause(c, x->e0, x->e1, 0) ||
        modal_clause(c, x->e0) || !past_clause(c, x->e0) || replaced_when(c, x) || sequence_phrase_when(c, x))
        return 1;
    if (opens_paragraph(c, x))
        return 1; /* a time that opens its paragraph stamps it ("10:30 \"Nobody has told us ...\"") */
    sctx cc = *c;
    fl_claims_clause_span(c, x->e0, x->e1, &cc.ca, &cc.cb);
    uint64_t sim[2];
    uint32_t date_hash = 0;
    fl_claims_clause_words(&cc, x->e0, x->e1, sim, &date_hash);
    uint32_t heads = fl_claims_clause_heads(c, x->e0);
    if (!sim[0] || !heads)
        return 1;
    fl_claim cl = sentence_claim(c, doc_index, seq, s);
    cl.family = fam;
    cl.sim[0] = sim[0];
    cl.sim[1] = sim[1];
    cl.sim_when = date_hash;
    cl.governor = heads;
    cl.dual = x->twin != 0;
    cl.date_source = date->source;
    char shown[64];
    clock_claim(&cl, x, day, date, dated, shown, sizeof shown);
    if (day && day->rel == 2 && x->ck.zone == FL_NO_ZONE) {
        /* "at 9.47pm on Thursday 12 February": of that day, its year left open, as open_day claims such a day (a
         * time "on Thursday" in another report is of the day the weekday counts back to) */
        int y, m, d;
        fl_civil_from_days(day->days, &y, &m, &d);
        cl.year = 0;
        cl.month = (int8_t)m;
        cl.day = (int8_t)d;
        cl.period_how = 1;
    }
    fl_buf b = {0};
    fl_buf_printf(&b, "~clock|%s", cl.item);
    cl.key_base = fl_buf_take(&b);
    cl.why = fl_xstrdup("no event: compared by its clause's words");
    push_when(c, out, &cl, x->e0, x->e1, shown);
    return 1;
}

/* The dates and clock times of events in sentence c: each is a claim of its event (the "event-date" and
 * "event-time" families), keyed like an event's figure and compared within the cluster. A clock time is of
 * the day its sentence states, else of the document's month. */
void fl_claims_event_whens(const sctx *c, const fl_facts *f, size_t s, int doc_event, const main_verbs *mv, int h24,
                           int zone, size_t doc_index, size_t *seq, fl_claims *out)
{
    const fl_knowledge *k = c->k;
    const fl_date *date = &f->date;
    int dated = date->day && date->source != FL_DATE_INFERRED && date->source != FL_DATE_NONE;
    int fam_date = family_with_dim(k, "date"), fam_time = family_with_dim(k, "clock");
    if (fam_date < 0 || fam_time < 0)
        return;
    when_at w[MAX_WHENS];
    size_t nw = find_event_whens(c, f, dated, h24, w);
    const when_at *day = NULL;
    for (size_t i = 0; i < nw && !day; i++)
        day = w[i].clock ? NULL : &w[i];
    nw = place_twins(k, w, nw, day, date, dated, zone);
    if (retracted_by_next(c, f, s))
        return;
    long doc_day = dated ? fl_days_from_civil(date->year, date->month, date->day) : 0;
    for (size_t i = 0; i < nw; i++) {
        const when_at *x = &w[i];
        when_of wo;
        long ahead = x->days;
        if (!x->clock && x->rel == 2 && dated) { /* a day without its year: of the document's year, for this */
            int y, m, d;
            fl_civil_from_days(x->days, &y, &m, &d);
            ahead = fl_days_from_civil(date->year, m, d);
        }
        if (stamps_entry(c, x) || (!x->clock && utc_day(k, w, nw, x, zone)) || bound_day(c, x) ||
            (!when_story_event(c, x->e0, x->e1, doc_event, mv, &wo) &&
             open_time(c, f, w, nw, x, day, doc_index, seq, s, out)) ||
            (!x->clock && dated && ahead > doc_day) || planned_when(c, x, &wo, doc_event) || replaced_when(c, x) ||
            span_end(c, x) || (fl_claims_fallback_event(k, wo.ev) && wo.ev != doc_event))
            continue; /* a stamp, a UTC day, no event, a day ahead, a plan, a replaced time, a period's end, a fallback
                       * class's time in a report of another event (the day the flood's evacuation ended) */
        /* an event found from its clause's verb does not say which of the clause's days or times is its */
        if ((wo.loose && several_in_clause(c, w, nw, x)) || (wo.story == 1 && x->clock && x->ck.zone != FL_NO_ZONE))
            continue; /* (the story's event keys its verb as the item, which a time in UTC has taken) */
        fl_claim cl = sentence_claim(c, doc_index, seq, s);
        cl.subject = when_subject(k, &wo);
        cl.subject_how = wo.how;
        cl.subject_event = 1;
        cl.governor = wo.governor;
        cl.dual = x->twin != 0;
        cl.date_source = date->source;
        if (dated)
            cl.doc_date = date->year * 10000 + date->month * 100 + date->day;
        else if (date->wire_month)
            cl.doc_date = date->wire_month * 100 + date->wire_day; /* mmdd: the year is not known */
        char shown[64];
        if (x->clock) {
            cl.family = fam_time;
            clock_claim(&cl, x, day, date, dated, shown, sizeof shown);
        } else if (x->rel == 3) {
            if (!momentary(k, &wo)) {
                free(cl.subject);
                continue;
            }
            event_weekday(&cl, k, fam_date, (int)x->days);
            snprintf(shown, sizeof shown, "the %s's weekday", k->event_classes[wo.ev]);
            push_when(c, out, &cl, x->e0, x->e1, shown);
            continue;
        } else {
            int y, m, d;
            fl_civil_from_days(x->days, &y, &m, &d);
            cl.family = fam_date;
            cl.dim = fl_xstrdup("date");
            cl.item = fl_xstrdup("");
            cl.value = (double)x->days;
            cl.lo = x->days - 0.25;
            cl.hi = x->days + 0.25;
            cl.year = x->rel == 2 ? 0 : y;
            cl.month = m;
            cl.day = d;
            cl.period_how = x->rel == 1 ? 2 : 1;
            if (x->rel == 2)
                snprintf(shown, sizeof shown, "%02d-%02d, year not stated", m, d);
            else
                snprintf(shown, sizeof shown, "%04d-%02d-%02d", y, m, d);
        }
        story_item(&cl, &wo);
        fl_claims_make_keys(&cl, k);
        if (!x->clock && cl.key_base) {
            /* an event's days are compared whatever their year (the value holds it): one event per class and
             * cluster */
            free(cl.key);
            fl_buf kb = {0};
            fl_buf_printf(&kb, "%s|%s|", cl.key_base, wo.story ? cl.item : "");
            cl.key = fl_buf_take(&kb);
        }
        cl.why = fl_xstrdup(cl.key ? "" : "no period: the document's date is not known");
        if (!x->clock && (x->rel != 2 || x->apposed) && cl.key && momentary(k, &wo)) {
            /* a full day's weekday takes part in the vote on the event's weekday (the reports that give no date),
             * and so does one told beside a day of no year ("May 12, a Tuesday"), as a weekday alone */
            fl_claim wc;
            memset(&wc, 0, sizeof wc);
            wc.file = cl.file;
            wc.doc = cl.doc;
            wc.seq = (*seq)++;
            wc.sentence = s;
            wc.src = wc.dst = -1;
            wc.subject = fl_xstrdup(cl.subject);
            wc.subject_how = cl.subject_how;
            wc.subject_event = 1;
            wc.governor = cl.governor;
            wc.date_source = cl.date_source;
            wc.doc_date = cl.doc_date;
            int told = x->rel == 2;
            wc.year = cl.year;
            wc.month = told ? 0 : cl.month; /* a full day's: a report that gives no date has none */
            wc.day = told ? 0 : cl.day;
            event_weekday(&wc, k, fam_date, told ? x->apposed - 1 : fl_weekday(cl.year, cl.month, cl.day));
            char wshown[48];
            snprintf(wshown, sizeof wshown, "%s, the %s's weekday", weekday_of_event[(int)wc.value],
                     k->event_classes[wo.ev]);
            push_when(c, out, &wc, x->e0, x->e1, wshown);
        }
        push_when(c, out, &cl, x->e0, x->e1, shown);
    }
}

/* Is name a word of the document's lede (its title and first LEDE_WORDS words), in its own case? A name the story's
 * reports name there is one of the story's people ("to 23-year-old mother Sundari"); one named only further down
 * may be any passer-by of that first name ("One of them, Emma, 34,", "florist Emma, 52," in the next report). */
static int name_in_lede(const sctx *c, const fl_facts *f, const char *name)
{
    size_t words = 0, n = strlen(name);
    for (size_t i = 0; i < f->ntok && words < LEDE_WORDS; i++)
        if (f->tok[i].kind == FL_TOK_WORD && ++words && f->tok[i].end - f->tok[i].start == n &&
            memcmp(c->text + f->tok[i].start, name, n) == 0)
            return 1;
    return 0;
}

/* The first token of age x in c's sentence (c->b when none). */
static size_t age_token(const sctx *c, const fl_age *x)
{
    size_t i = c->a;
    while (i < c->b && c->t[i].start < x->start)
        i++;
    return i;
}

/* The NP of the person whose age x is, in parse p of c's sentence: the NP the age's NP is in apposition to ("Ann
 * Roe" of "Ann Roe, 43,"), else the age's own NP; -1 when the age has no NP. */
static int age_person_np(const sctx *c, const fl_parse *p, const fl_age *x)
{
    size_t i = age_token(c, x);
    int np = i < c->b ? fl_parse_np_of(p, i - c->a) : -1;
    if (np < 0)
        return -1;
    return p->nps[np].appos_of >= 0 ? p->nps[np].appos_of : np;
}

/* The clause whose subject is the person of age x ("Ann Roe, 43, is charged"), or -1: an age inside another noun
 * phrase's modifier or a prepositional object ("A memorial to Ann Roe, 43, stands"; "The fire that killed Ann Roe,
 * 43, is") is no subject's. */
static int age_subject_clause(const sctx *c, const fl_parse *p, const fl_age *x)
{
    int np = age_person_np(c, p, x);
    if (np < 0 || p->nps[np].pp >= 0)
        return -1;
    int cl = fl_parse_clause_of(p, p->nps[np].head);
    int s = cl >= 0 ? fl_parse_subject(p, cl) : -1;
    int own = s >= 0 && (s == np || p->nps[s].appos_of == np || p->nps[np].appos_of == s);
    return own ? cl : -1;
}

/* Is the age x of its sentence told in the present tense of the clause its person is the subject of ("Ann Roe, 43,
 * is charged", "has been accused", "will face"), so that the age is told of its report's own date? */
static int age_told_present(const sctx *c, const fl_age *x)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int cl = p ? age_subject_clause(c, p, x) : -1;
    int vg = cl >= 0 ? fl_parse_verb(p, cl) : -1;
    if (vg < 0 || !p->vgs[vg].finite)
        return 0;
    return p->vgs[vg].tense == FL_TENSE_PRESENT || p->vgs[vg].tense == FL_TENSE_FUTURE;
}

/* Does verb group v tell its subject dead: a death verb ("died"), passive ("was killed"), or a state after it ("was
 * found dead")? */
static int death_verb(const sctx *c, const fl_vgroup *v)
{
    const fl_token *h = &c->t[c->a + v->head];
    if (fl_lexicon_has_token(fl_rules_lexicon(c->r, "age-death-verbs"), c->text, h, 1) ||
        (v->passive && fl_lexicon_has_token(fl_rules_lexicon(c->r, "age-death-passives"), c->text, h, 1)))
        return 1;
    return c->a + v->end < c->b &&
           fl_lexicon_has_token(fl_rules_lexicon(c->r, "age-death-states"), c->text, &c->t[c->a + v->end], 1);
}

/* Does the sentence give the person of age x as dead: the subject of a death verb ("Ann Roe, 43, died"; "was
 * killed"), told dead ("was found dead"), or in apposition to a victim ("Ann Roe, 43, one of the victims")
 * (rules/subjects.json age-death-*)? */
static int age_told_dead(const sctx *c, const fl_age *x)
{
    const fl_parse *p = fl_claims_parse_of(c);
    int np = p ? age_person_np(c, p, x) : -1;
    if (np < 0)
        return 0;
    const fl_lexicon *nouns = fl_rules_lexicon(c->r, "age-death-nouns");
    int own = fl_parse_np_of(p, age_token(c, x) - c->a);
    size_t after = own >= 0 ? c->a + p->nps[own].end : c->b; /* the comma closing the age */
    int next = after + 1 < c->b && c->text[c->t[after].start] == ',' ? fl_parse_np_of(p, after + 1 - c->a) : -1;
    if (next >= 0 && nouns) { /* the phrase after it: "Ann Roe, 43, a victim", "one of the victims" */
        int pps[2];
        size_t npp = fl_parse_np_pps(p, next, pps, 2);
        int of = npp && p->pps[pps[0]].np >= 0 ? p->pps[pps[0]].np : -1;
        if (fl_lexicon_has_token(nouns, c->text, &c->t[c->a + p->nps[next].head], 1) ||
            (of >= 0 && fl_lexicon_has_token(nouns, c->text, &c->t[c->a + p->nps[of].head], 1)))
            return 1;
    }
    int cl = age_subject_clause(c, p, x);
    int vg = cl >= 0 ? fl_parse_verb(p, cl) : -1;
    if (vg < 0 && after + 1 < c->b && c->text[c->t[after].start] == ',')
        vg = p->vg_of[after + 1 - c->a]; /* a reported clause the parse keeps in its speech verb's: "Police say
                                          * Ann Roe, 43, died" */
    return vg >= 0 && death_verb(c, &p->vgs[vg]);
}

/* Does the sentence of age x, told in the past, name a year other than its report's year ("In 2017 Ann Roe, 36, was
 * fined"; "court records from 2015 show")? Such an age is of that year's event, not of its report's date. */
static int age_told_elsewhen(const sctx *c, const fl_facts *f)
{
    for (size_t i = c->a; i < c->b; i++) {
        const fl_token *t = &c->t[i];
        if (t->end - t->start != 4 || !isdigit((unsigned char)c->text[t->start]))
            continue;
        int y = atoi(c->text + t->start);
        int digits = isdigit((unsigned char)c->text[t->start + 1]) && isdigit((unsigned char)c->text[t->start + 2]) &&
                     isdigit((unsigned char)c->text[t->start + 3]);
        if (digits && y >= 1900 && y <= 2099 && y != f->date.year)
            return 1;
    }
    return 0;
}

/* A number sentence s gives person x (extract/ages.c) as a claim of family fam of unit dim, keyed by the person (a
 * full name, compared wherever it is named; a single name, within its document) and the document's month: what a
 * person is changes, so only reports of one month are compared. what names it ("age") in subject_how. */
static void person_claim(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, const fl_age *x,
                         int fam, const char *dim, fl_claims *out)
{
    int dated = f->date.month && f->date.source != FL_DATE_INFERRED && f->date.source != FL_DATE_NONE;
    int age = strcmp(dim, "age") == 0;
    fl_claim cl = sentence_claim(c, doc_index, seq, s);
    cl.family = fam;
    cl.dim = fl_xstrdup(dim);
    cl.item = fl_xstrdup("");
    cl.value = x->value;
    cl.lo = cl.value - 0.25; /* a whole number: 19 and 21 differ, 19 and "nineteen" agree */
    cl.hi = cl.value + 0.25;
    cl.subject = x->name;
    cl.subject_doc = (int8_t)(!x->role && (x->local || !dated)); /* an undated report's: its own time, its page */
    cl.subject_event = (int8_t)(x->role != 0); /* "the driver", "the escalator": the story's, within its directory */
    cl.subject_how = x->local ? "a person's (a name the document never gives in full)" : "a person's";
    if (age)
        cl.subject_how = x->role == 2                                   ? "the age of the story's one thing of its kind"
                         : x->role                                      ? "the age of the story's one person in a role"
                         : x->local == 1 && name_in_lede(c, f, x->name) ? FL_SINGLE_NAME_AGE
                         : x->local == 1                                ? FL_SINGLE_NAME_AGE_ASIDE
                         : x->local ? "a person's age (a title and a name the document never gives in full)"
                                    : "a person's age";
    cl.date_source = f->date.source;
    if (age && age_told_dead(c, x))
        cl.told_past = FL_TOLD_DEAD;
    else if (age && age_told_present(c, x))
        cl.told_past = FL_TOLD_PRESENT;
    else if (age && age_told_elsewhen(c, f))
        cl.told_past = FL_TOLD_ELSEWHEN;
    if (dated) {
        cl.year = f->date.year;
        cl.month = f->date.month;
        cl.period_how = 4;
        cl.doc_date = f->date.year * 10000 + f->date.month * 100 + f->date.day;
    } else if (x->role)
        cl.period_how = 5; /* an undated report's role: the story's time, as its event's figures */
    int replaced = fl_claims_withdrawn_at(c, f, s, x->start); /* a correction after it gives it as wrong */
    if (fam >= 0 && !replaced)
        fl_claims_make_keys(&cl, c->k);
    if (!dated && !x->role && cl.key_base) { /* within one undated document, one time */
        fl_buf kb = {0};
        fl_buf_printf(&kb, "%s||undated", cl.key_base);
        cl.key = fl_buf_take(&kb);
    }
    cl.why = fl_xstrdup(cl.key     ? ""
                        : replaced ? "superseded: a correction after it gives it as wrong"
                        : age      ? "no attribute: no family counts ages"
                                   : "no attribute: no family of its unit");
    cl.text = fl_claims_excerpt(c->d, x->start, x->end, 60);
    fl_doc *d = (fl_doc *)c->d; /* fl_doc_pos caches its line lookups in the document */
    cl.start = fl_doc_pos(d, x->start);
    cl.end = fl_doc_pos(d, x->end);
    cl.context = fl_claims_excerpt(c->d, c->t[c->a].start, c->t[c->b - 1].end, 100);
    fl_claims_keep_claim(out, &cl, 0);
}

typedef size_t (*person_finder)(const char *, const fl_rules *, const fl_token *, size_t, size_t, const fl_parse *,
                                const fl_num *, size_t, fl_ages_state *, fl_age **, size_t *, size_t *);

/* The numbers of its people that find gives sentence s (numbers nums[0, nn)), as claims of the family whose unit is
 * dim, when the rule packs have one (person_claim); ages[0, *cap) is a scratch array. */
static void person_counts(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_ages_state *st,
                          const fl_num *nums, size_t nn, person_finder find, const char *dim, fl_age **ages,
                          size_t *cap, fl_claims *out)
{
    int fam = family_with_dim(c->k, dim);
    if (fam < 0)
        return;
    size_t n = find(c->text, c->r, c->t, c->a, c->b, fl_claims_parse_of(c), nums, nn, st, ages, &(size_t){0}, cap);
    for (size_t i = 0; i < n; i++)
        person_claim(c, f, s, doc_index, seq, &(*ages)[i], fam, dim, out);
}

/* The ages sentence s gives its people (extract/ages.c), as claims of the family whose unit is "age" (person_claim),
 * the counts of their children ("a mother of 12", "one of her 12 children"), of the family whose unit is
 * "children", and how many times they were hit ("shot eleven times", "hit by seven bullets"), of "hits". */
void fl_claims_age_claims(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_ages_state *st,
                          fl_claims *out)
{
    size_t nn = f->sent_num[s + 1] - f->sent_num[s], n = 0, cap = 0;
    fl_age *ages = NULL;
    const fl_num *nums = nn ? f->num + f->sent_num[s] : NULL;
    if (s == 0)
        fl_ages_note_document(c->text, c->r, c->t, f->ntok, st);
    if (nn && fl_children_possible(c->text, c->r, c->t, c->a, c->b, st))
        person_counts(c, f, s, doc_index, seq, st, nums, nn, fl_children_in_sentence, "children", &ages, &cap, out);
    if (!fl_ages_possible(c->text, c->r, c->t, c->a, c->b, nums, nn, st)) {
        fl_ages_note_names(c->text, c->r, c->t, c->a, c->b, st); /* no sentence is tagged for an age it cannot state */
    } else {
        const fl_parse *p = fl_claims_parse_of(c);
        fl_ages_in_sentence(c->text, c->r, c->t, c->a, c->b, p ? p->tags : NULL, nums, nn, st, &ages, &n, &cap);
        int fam = family_with_dim(c->k, "age");
        for (size_t i = 0; i < n; i++)
            person_claim(c, f, s, doc_index, seq, &ages[i], fam, "age", out);
    }
    if (nn && fl_hits_possible(c->text, c->r, c->t, c->a, c->b, st)) /* after the ages: who is a person */
        person_counts(c, f, s, doc_index, seq, st, nums, nn, fl_hits_in_sentence, "hits", &ages, &cap, out);
    free(ages);
}

/* A relative year right after a weekday's date of no year ("on Sunday, April 13 last year"), counted from the
 * document's date: of a dated report, the day's year (as day_at); of an undated one, a year of no known number
 * (period_how 2), which the join checks against no neighbour's year. Returns the token after the day and it. */
static size_t weekday_relative_year(const sctx *c, fl_claim *cl, int stated, size_t e)
{
    size_t used;
    int ry = !stated && e < c->b ? fl_phrases_at(&c->k->relative, c->text, c->t, c->b, e, &used) : -1;
    if (ry < 0 || c->k->rel_from[ry] != 0)
        return e;
    if (cl->doc_date >= 10000)
        cl->year = cl->doc_date / 10000 + c->k->rel_offset[ry];
    else
        cl->period_how = 2;
    return e + used;
}

/* The weekday claim of day dt (wd its weekday, 0 Monday, or -1 for none: a day stated with its year only), of the
 * date family fam, keyed by the document's directory and dt's month-day: every report's weekdays of one day meet in
 * one reducer (join/numeric.c weekday_join). Its year is dt's. */
static fl_claim day_claim(const sctx *c, size_t doc_index, size_t *seq, size_t s, int fam, int wd, const fl_date *dt)
{
    fl_claim cl = sentence_claim(c, doc_index, seq, s);
    cl.family = fam;
    cl.dim = fl_xstrdup("weekday");
    cl.item = fl_xstrdup("");
    cl.subject = fl_xstrdup("");
    cl.value = wd;
    cl.lo = wd < 0 ? wd : wd - 0.25;
    cl.hi = wd < 0 ? wd : wd + 0.25;
    cl.year = dt->year;
    cl.month = (int8_t)dt->month;
    cl.day = (int8_t)dt->day;
    cl.period_how = 1;
    const char *slash = strrchr(c->d->path, '/');
    fl_buf kb = {0};
    fl_buf_printf(&kb, "weekday|%.*s|%02d-%02d", slash ? (int)(slash - c->d->path) : 0, c->d->path, dt->month, dt->day);
    cl.key = fl_buf_take(&kb);
    cl.key_base = fl_xstrdup(cl.key);
    cl.why = fl_xstrdup("");
    return cl;
}

/* The weekdays that sentence s gives a day ("on Thursday, November 18"), as claims keyed by the day's month
 * and day in its directory (one story per cluster): two reports that give one day two weekdays disagree,
 * whatever the year, and a day of an undated report can be checked against the year of the story's dated
 * reports (join/numeric.c). Value: the weekday, 0 (Monday) to 6. */
void fl_claims_weekday_claims(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_claims *out)
{
    const fl_knowledge *k = c->k;
    int fam_date = family_with_dim(k, "date");
    size_t used;
    for (size_t i = c->a; i + 1 < c->b && fam_date >= 0; i++) {
        int wd = fl_phrases_at(&k->weekdays, c->text, c->t, c->b, i, &used);
        if (wd < 0)
            continue;
        size_t j = i + used;
        const fl_lexicon *part = fl_rules_lexicon(c->r, "as-of-words");
        if (j < c->b && part && c->t[j].kind == FL_TOK_WORD && fl_lexicon_has_token(part, c->text, &c->t[j], 1))
            j++; /* "on Wednesday morning, November 18" */
        if (j < c->b && c->t[j].kind == FL_TOK_PUNCT &&
            (c->text[c->t[j].start] == ',' || c->text[c->t[j].start] == '('))
            j++; /* "Saturday, May 16", "Saturday (May 16)" */
        fl_date dt;
        size_t len =
            j < c->b ? fl_parse_date_after_weekday(c->text + c->t[j].start, c->d->len - c->t[j].start, c->r, &dt) : 0;
        if (!len || !dt.day || !dt.month)
            continue;
        size_t e1 = j;
        while (e1 < c->b && c->t[e1].start < c->t[j].start + len)
            e1++;
        fl_claim cl = day_claim(c, doc_index, seq, s, fam_date, wd, &dt);
        cl.year = dt.year ? dt.year : f->sent_year[s];
        fl_claims_claim_doc_date(&cl, &f->date);
        e1 = weekday_relative_year(c, &cl, dt.year, e1);
        char shown[24];
        snprintf(shown, sizeof shown, "%02d-%02d", dt.month, dt.day);
        push_when(c, out, &cl, i, e1, shown);
        i = e1 - 1;
    }
}

/* The days sentence s gives with their year and no weekday ("on 10 February 2026") as weekday claims of no weekday
 * (value -1) keyed by directory and month-day as the weekdays given days are: routed with them, so that a day its
 * story gives with a weekday and no year ("on Wednesday 10 February", in this report or another) is of that year
 * (join/numeric.c, weekday_year). Not the document's own date, which fl_claims_dated_claim gives. Never compared. */
void fl_claims_stated_days(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_claims *out)
{
    const fl_date *own = &f->date;
    int dated = own->source != FL_DATE_NONE && own->source != FL_DATE_INFERRED && own->source != FL_DATE_GIVEN;
    const fl_knowledge *k = c->k;
    int fam_date = family_with_dim(k, "date");
    size_t used;
    for (size_t i = c->a; i < c->b && fam_date >= 0; i++) {
        if (c->t[i].kind != FL_TOK_NUM && fl_phrases_at(&k->months, c->text, c->t, c->b, i, &used) <= 0)
            continue;
        if (i > c->a && fl_phrases_at(&k->weekdays, c->text, c->t, c->b, i - 1, &used) >= 0)
            continue; /* "Tuesday 10 February 2026": a weekday claim (fl_claims_weekday_claims) */
        fl_date dt;
        size_t len = fl_parse_date(c->text + c->t[i].start, c->t[c->b - 1].end - c->t[i].start, c->r, &dt);
        if (!len || !dt.year || !dt.month || !dt.day ||
            (dated && dt.year == own->year && dt.month == own->month && dt.day == own->day))
            continue; /* the document's own date (a dateline, "Published: 9 May 2031"): its dated claim */
        size_t e1 = i;
        while (e1 < c->b && c->t[e1].start < c->t[i].start + len)
            e1++;
        fl_claim cl = day_claim(c, doc_index, seq, s, fam_date, -1, &dt);
        char shown[32];
        snprintf(shown, sizeof shown, "a day of %04d", dt.year);
        push_when(c, out, &cl, i, e1, shown);
        i = e1 - 1;
    }
}

/* The date of a report dated by itself (front matter, dateline; not a date given, nor an inferred one) as a weekday
 * claim of no weekday (value -1) keyed "weekday|dir|dated": routed with the weekdays its directory's reports give
 * days, so that a day of an undated report of its story can take its year (join/numeric.c, weekday_year) though it
 * gives no weekday itself. Never compared. */
void fl_claims_dated_claim(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_claims *out)
{
    int fam_date = family_with_dim(c->k, "date");
    if (fam_date < 0 || !f->date.day || !f->date.month || f->date.source == FL_DATE_INFERRED ||
        f->date.source == FL_DATE_NONE || f->date.source == FL_DATE_GIVEN || c->b <= c->a)
        return;
    fl_claim cl = sentence_claim(c, doc_index, seq, s);
    cl.family = fam_date;
    cl.dim = fl_xstrdup("weekday");
    cl.item = fl_xstrdup("");
    cl.subject = fl_xstrdup("");
    cl.value = cl.lo = cl.hi = -1;
    cl.period_how = 1;
    cl.date_source = f->date.source;
    cl.doc_date = f->date.year * 10000 + f->date.month * 100 + f->date.day;
    const char *slash = strrchr(c->d->path, '/');
    fl_buf kb = {0};
    fl_buf_printf(&kb, "weekday|%.*s|dated", slash ? (int)(slash - c->d->path) : 0, c->d->path);
    cl.key = fl_buf_take(&kb);
    cl.key_base = fl_xstrdup(cl.key);
    cl.why = fl_xstrdup("");
    char shown[48];
    snprintf(shown, sizeof shown, "the document's date, %04d-%02d-%02d", f->date.year, f->date.month, f->date.day);
    push_when(c, out, &cl, c->a, c->a + 1, shown);
}

/* The document date: its own (front matter, dateline, copyright line), else the one given, else a wire
 * dateline's day without its year (wire_month, wire_day) with the latest year mentioned as an inferred year. */
fl_date fl_claims_document_date(const fl_doc *d, const fl_rules *r, const fl_date *given, int latest)
{
    fl_date date = fl_doc_date(d, r), wire;
    if (date.source == FL_DATE_NONE && given && given->year)
        date = *given;
    if (date.source == FL_DATE_NONE && fl_doc_partial_date(d, r, &wire)) {
        date.wire_month = wire.month;
        date.wire_day = wire.day;
    }
    if (date.source == FL_DATE_NONE && latest) {
        date.year = latest;
        date.source = FL_DATE_INFERRED;
    }
    return date;
}

/* Frees what the discourse of a document holds. */
/* The discourse of a document before its first sentence: no subject yet, its event, the item classes it
 * counts for several possessors. */
discourse fl_claims_discourse_start(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_map *names)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    discourse dc = {
        .last_entity = -1, .para = UINT32_MAX, .doc_event = fl_claims_document_event(d, r, k, f), .last_kind = -1};
    dc.kind_name = fl_xcalloc(k->nkinds + 1, sizeof(char *));
    dc.report_entity = f->report.year ? f->report.entity : "";
    size_t words = 0;
    for (size_t i = 0; i < f->ntok && words <= LEDE_WORDS; i++)
        if (f->tok[i].kind == FL_TOK_WORD && ++words <= LEDE_WORDS)
            dc.lede_end = dc.main.lede_end = f->tok[i].end;
    const char *nl = memchr(d->text, '\n', d->len);
    dc.main.title_end = nl ? (size_t)(nl - d->text) : d->len;
    fl_claims_several_owners(d, r, f, names, &dc);
    dc.tables = &f->tables;
    return dc;
}

void fl_claims_discourse_free(discourse *dc, const fl_knowledge *k)
{
    free(dc->last_name);
    free(dc->last_thing);
    free(dc->imposed_on);
    free(dc->lent_to);
    free(dc->lent_by);
    for (size_t i = 0; i < dc->nthings; i++) {
        free(dc->things[i]);
        free(dc->thing_nouns[i]);
    }
    free(dc->things);
    free(dc->thing_nouns);
    fl_ages_state_free(&dc->ages);
    for (size_t i = 0; i < k->nkinds; i++)
        free(dc->kind_name[i]);
    free(dc->kind_name);
    for (size_t i = 0; i < dc->nkind_seen; i++)
        free(dc->kind_seen[i].name);
    free(dc->kind_seen);
    free(dc->para_name);
    for (size_t i = 0; i < dc->nnames; i++)
        free(dc->names[i]);
    free(dc->names);
    fl_claims_act_items_free(dc, k);
    for (size_t i = 0; i < dc->ncounted; i++)
        free(dc->counted[i]);
    free(dc->counted);
    free(dc->counted_day);
    for (size_t i = 0; i < dc->nref; i++) {
        free(dc->ref_attr[i]);
        free(dc->ref_subj[i]);
    }
    free(dc->ref_attr);
    free(dc->ref_subj);
    free(dc->ref_doc);
    if (dc->lower_ready)
        fl_map_free(&dc->lower_words);
    for (size_t i = 0; i < dc->nowned; i++)
        free(dc->owned[i]);
    free(dc->owned);
}

/* A place or part that a definite phrase opening the sentence sets for the figures after it: "In the eastern
 * region, the wheat harvest was 2.6 million tonnes" (a part of the country's harvest): its words [*a, *e), 1; 0
 * when the sentence opens with none, or with a time ("In the first quarter of 2025,"), a report ("In the
 * report,") or a number. Only phrases of the "in" role that a comma ends before the figure count. fronted_scope
 * hashes the words. */
int fl_claims_fronted_scope_span(const sctx *c, const fl_qty *q, size_t *a, size_t *e)
{
    const fl_lexicon *report = fl_rules_lexicon(c->r, "report-nouns");
    size_t i = c->a;
    if (i + 1 < c->b && i < q->tok && c->t[i].kind == FL_TOK_NUM && c->t[i + 1].kind == FL_TOK_WORD &&
        c->text[c->t[i + 1].start] >= 'A' && c->text[c->t[i + 1].start] <= 'Z')
        i++; /* a paragraph's number: "2.5 At the covered market, ..." */
    if (fl_claims_prep_role(c, i) != FL_PREP_IN || !fl_claims_role(c, i + 1, FL_ROLE_ARTICLES) ||
        fl_claims_role(c, i + 1, FL_ROLE_INDEFINITE))
        return 0; /* "In the eastern region,", not "In natural gas," (what all the figures are of) */
    for (size_t j = i + 1; j < c->b && j < q->tok && j <= i + 8; j++) {
        const fl_token *t = &c->t[j];
        if (t->kind == FL_TOK_PUNCT && c->text[t->start] == ',') {
            *a = i + 1;
            *e = j;
            return j > i + 1;
        }
        if (t->kind != FL_TOK_WORD || fl_claims_time_phrase(c, j) ||
            (report && fl_lexicon_has_token(report, c->text, t, 1)))
            return 0;
    }
    return 0;
}

static uint32_t fronted_scope(const sctx *c, const fl_qty *q)
{
    size_t a, e, used;
    if (!fl_claims_fronted_scope_span(c, q, &a, &e))
        return 0;
    uint32_t h = 2166136261u;
    for (size_t j = a; j < e; j++)
        if (fl_phrases_at(&c->k->determiners, c->text, c->t, c->b, j, &used) < 0)
            h = fl_claims_fnv_lower(h, c->text, c->t[j].start, c->t[j].end);
    return h;
}

/* The live entry of the sentence at byte off: the minutes + 1 of its entry's stamp (segment: fl_para.entry), or
 * 0 when its document stamps no entries. */
static uint16_t live_entry(const fl_doc *d, size_t off)
{
    size_t p = fl_claims_para_at(d, off);
    return p < d->npara ? d->paras[p].entry : 0;
}

/* The day a motion figure names right after it ("skied 31 kilometres yesterday", "ran 18 miles today": time.json
 * relative_days), for a claim of predicates.motion-family or of the act predicates.motion-act names: 1 + the days
 * from that day back to its report's date, as fl_claims_told_back gives a clause's day ("yesterday" 2, "today" 1);
 * 0 none. The join keeps a figure of its own day apart from one of another day (numeric.c other_told_days). */
static int motion_day(const sctx *cw, const fl_claim *cl, const fl_qty *q)
{
    const fl_lexicon *fam = fl_rules_lexicon(cw->r, "motion-family"), *act = fl_rules_lexicon(cw->r, "motion-act");
    size_t used = 0;
    if (cl->family < 0 || q->tok_end >= cw->b)
        return 0;
    const char *id = cw->k->metrics[cl->family].id;
    size_t al = fl_lexicon_size(act) ? fl_lexicon_item_len(act, 0) : 0;
    int moved = (fam && fl_lexicon_has(fam, id, strlen(id), 0)) ||
                (al && cl->family == cw->k->act_family && cl->item &&
                 strncmp(cl->item, fl_lexicon_item(act, 0), al) == 0 && cl->item[al] == ':');
    int v = moved ? fl_phrases_at(&cw->k->relative_days, cw->text, cw->t, cw->b, q->tok_end, &used) : 1;
    return used && v <= 0 ? 1 - v : 0;
}

/* The time parts of claim cl of quantity q that the join reads besides its period: whether it is a base of
 * comparison, the time of day or report stage its clause states, whether a definite phrase refers back to it. */
void fl_claims_claim_time_marks(const sctx *cw, fl_claim *cl, const fl_qty *q, int undated)
{
    cl->base = (int8_t)fl_claims_base_figure(cw, q);
    cl->entry = live_entry(cw->d, cw->t[cw->a].start);
    int placed = cl->family >= 0 && cl->family == cw->k->level_family && fl_claims_level_placed(cw->k, q->dim);
    cl->as_of = fl_claims_clause_as_of(cw, cw->ca, cw->cb, undated, placed);
    uint32_t scope = fronted_scope(cw, q);
    if (scope)
        cl->as_of = cl->as_of * 31u + scope; /* a part is not its whole: kept apart as another time is */
    int day = motion_day(cw, cl, q);
    if (day)
        cl->told_back = (int16_t)day; /* "skied 31 kilometres yesterday" is not today's 18 */
    /* a level's phrase (claim_attribute kept whether it is definite): "the recycling rate was 45.8%" is the one
     * level, as it is known */
    int level_definite = cl->family >= 0 && cl->family == cw->k->level_family && cl->definite;
    cl->definite = (int8_t)(fl_claims_definite_figure(cw, q) || level_definite || fl_claims_label_rate_figure(cw, q));
    cl->whole = (int8_t)fl_claims_whole_figure(cw, q);
    cl->row = (int8_t)fl_claims_row_figure(cw, q);
    cl->restated = (int8_t)(cl->definite && fl_claims_restated_figure(cw, q));
}
