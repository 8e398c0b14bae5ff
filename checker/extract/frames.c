/* frames.c - what a physical measure or a duration measures, read from the frame around it (see frames.h): a
 * length's relation to a reference, and the story key of a measure of the story's event. */
#include "extract/frames.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Past a restatement in brackets right after a figure ("about 12 km (7 miles) from", "85 metres (about 280 feet)
 * above": a number after at most a hedge's words, then the closing bracket): the token after the closing bracket,
 * else end itself. */
static size_t past_restatement(const fl_frame_sentence *s, size_t end)
{
    const fl_token *t = s->t;
    if (end + 2 >= s->b || t[end].kind != FL_TOK_PUNCT || s->text[t[end].start] != '(')
        return end;
    int num = 0;
    for (size_t j = end + 1; j < s->b && j <= end + 6; j++) {
        if (t[j].kind == FL_TOK_NUM)
            num = 1;
        else if (t[j].kind == FL_TOK_PUNCT && s->text[t[j].start] == ')')
            return num ? j + 1 : end;
        else if (!num && t[j].kind != FL_TOK_WORD)
            return end; /* only a hedge's words before the number */
    }
    return end;
}

static void put_lower(fl_buf *b, const fl_frame_sentence *s, size_t i)
{
    if (b->len)
        fl_buf_putc(b, ' ');
    for (size_t x = s->t[i].start; x < s->t[i].end; x++)
        if (s->text[x] != '-')
            fl_buf_putc(b, (char)fl_ascii_lower((unsigned char)s->text[x]));
}

/* The reference: the noun phrase that starts at token at (its determiner included), or its possessor's ("the
 * plant's fence line" is the plant's); a name's words, else its head noun. 0 when no noun heads it, or when it
 * opens with a figure. */
static int reference_of(const fl_frame_sentence *s, size_t at, fl_buf *ref)
{
    const fl_parse *p = s->p;
    if (!p || at >= s->b || at < s->a || at - s->a >= p->n)
        return 0;
    int np = p->np_of[at - s->a];
    if (np < 0 || p->nps[np].start != at - s->a)
        return 0;
    if (p->nps[np].possessor >= 0)
        np = p->nps[np].possessor;
    const fl_np *n = &p->nps[np];
    size_t w = n->start;
    while (w < n->head && p->tags[w] == FL_TAG_DET)
        w++;
    /* "190 miles over nine nights": an amount is no place; "into the 18.4 km stage" names the stage, the
     * figure after its determiner being its extent, a premodifier with a word between it and the head */
    if (p->tags[w] == FL_TAG_NUM && w > n->start && w + 1 == n->head) {
        /* "into the 18.4 km (11.4-mile) stage": the noun after the extent's restatement */
        size_t after = past_restatement(s, s->a + n->end);
        int next = after > s->a + n->end && after < s->b ? p->np_of[after - s->a] : -1;
        if (next < 0 || p->nps[next].start != after - s->a || p->tags[p->nps[next].start] == FL_TAG_DET ||
            p->tags[p->nps[next].start] == FL_TAG_NUM)
            return 0;
        n = &p->nps[next];
        w = n->start;
    }
    if (p->tags[w] == FL_TAG_NUM && (w == n->start || w + 1 >= n->head))
        return 0;
    uint8_t tag = p->tags[n->head];
    if (tag == FL_TAG_PROPN) {
        /* "the 30 km Mirren climb": the name's words, past the extent and its unit */
        for (size_t i = p->tags[w] == FL_TAG_NUM ? w + 2 : n->start; i <= n->head; i++)
            if (p->tags[i] != FL_TAG_DET && s->t[s->a + i].kind == FL_TOK_WORD)
                put_lower(ref, s, s->a + i);
    } else if (tag == FL_TAG_NOUN && s->t[s->a + n->head].kind == FL_TOK_WORD)
        put_lower(ref, s, s->a + n->head);
    return ref->len > 0;
}

int fl_frame_relation(const fl_knowledge *k, const fl_frame_sentence *s, size_t first, size_t end, fl_buf *ref)
{
    size_t used, at = past_restatement(s, end);
    ref->len = 0;
    if (at >= s->b || s->t[at].kind != FL_TOK_WORD)
        return -1;
    int cls = fl_phrases_at(&k->relations, s->text, s->t, s->b, at, &used);
    if (cls < 0 && first > s->a) {
        /* "within 1.5 kilometres of the plant": a radius around what "of" names */
        int radius = fl_phrases_ending(&k->radii, s->text, s->t, s->b, first - 1, &used);
        size_t of_used;
        if (radius >= 0 && fl_phrases_at(&k->prepositions, s->text, s->t, s->b, at, &of_used) == FL_PREP_OF) {
            cls = radius;
            used = of_used;
        }
    }
    if (cls < 0 || !reference_of(s, at + used, ref)) {
        ref->len = 0;
        return -1;
    }
    return cls;
}

static int listed(char *const *v, size_t n, const char *dim)
{
    for (size_t i = 0; dim && i < n; i++)
        if (strcmp(v[i], dim) == 0)
            return 1;
    return 0;
}

int fl_frame_story_dim(const fl_knowledge *k, const char *dim)
{
    return listed(k->story_dims, k->nstory_dims, dim);
}

int fl_frame_entry_dim(const fl_knowledge *k, const char *dim)
{
    if (!dim || strchr(dim, '/'))
        return 0;
    const char *colon = strchr(dim, ':');
    for (size_t i = 0; i < k->nentry_dims; i++)
        if (colon ? strlen(k->entry_dims[i]) == (size_t)(colon - dim) &&
                        memcmp(k->entry_dims[i], dim, (size_t)(colon - dim)) == 0
                  : strcmp(k->entry_dims[i], dim) == 0)
            return 1;
    return 0;
}

/* Is fam a family of measures of an event: the act family (a measured act: a length fallen, a volume leaked), a
 * family of a relation class (a distance from, a position above), or one the claim model marks as an event's
 * (snowfall), whose every dimension is a story dimension? Not a thing's extent ("a 60-inch long chest"), nor a
 * family that also admits money or counts (imports in tonnes). */
int fl_frame_relation_family(const fl_knowledge *k, int fam)
{
    for (size_t i = 0; fam >= 0 && i < k->nrelation_classes; i++)
        if (k->relation_family[i] == fam)
            return 1;
    return 0;
}

static int measure_family(const fl_knowledge *k, int fam)
{
    if (fam < 0 || k->metrics[fam].cumulative)
        return 0;
    if (fam == k->act_family)
        return 1;
    if (!fl_frame_relation_family(k, fam) && !k->metrics[fam].event)
        return 0;
    for (size_t i = 0; i < k->metrics[fam].ndims; i++)
        if (!fl_frame_story_dim(k, k->metrics[fam].dims[i]))
            return 0;
    return k->metrics[fam].ndims > 0;
}

/* How cl's subject stands for its story: 2 none (the claim model refused none: it has no reason) or the
 * document's topic, replaced by story_subject; 1 an event class or an unnamed thing of the story ("the dock"), which
 * the event's keys already join; 0 a name, an entity, the document's "<kind>", or a subject refused with a
 * reason. */
static int story_subject_kind(const fl_claim *cl)
{
    if (cl->src >= 0 || cl->dst >= 0)
        return 0;
    if (!cl->subject || !cl->subject[0])
        return cl->subject_doc || !cl->subject_how || !cl->subject_how[0] ? 2 : 0;
    return !cl->subject_doc && cl->subject_event;
}

int fl_frame_story_key(fl_claim *cl, const fl_knowledge *k, int stated, int person)
{
    if (!k->story_subject || stated || (person && !listed(k->person_dims, k->nperson_dims, cl->dim)) ||
        cl->modality != FL_MOD_ACTUAL || cl->base || cl->part || cl->since || !measure_family(k, cl->family) ||
        !fl_frame_story_dim(k, cl->dim))
        return 0;
    if (story_subject_kind(cl) != 2)
        return 0;
    free(cl->subject);
    cl->subject = fl_xstrdup(k->story_subject);
    cl->subject_doc = 0;
    cl->subject_event = 1;
    cl->period_how = 5;
    cl->year = 0;
    cl->month = cl->day = 0;
    return 1;
}

/* Is s story_subject or the name of an event class ("crash")? */
static int story_or_event(const fl_knowledge *k, const char *s)
{
    if (strcmp(s, k->story_subject) == 0)
        return 1;
    for (size_t e = 0; e < k->nevent_classes; e++)
        if (strcmp(k->event_classes[e], s) == 0)
            return 1;
    return 0;
}

int fl_frame_story_measure(const fl_claim *c, const fl_knowledge *k)
{
    return k->story_subject && c->key && c->period_how == 5 && c->subject_event && c->modality == FL_MOD_ACTUAL &&
           !c->part && !c->since && measure_family(k, c->family) && fl_frame_story_dim(k, c->dim);
}

char *fl_frame_join_key(const fl_claim *c, const fl_knowledge *k)
{
    if (!fl_frame_story_measure(c, k) || !c->subject || !story_or_event(k, c->subject))
        return NULL;
    /* "family|dim|@dir/subject>|..." -> "family|dim|@dir/story>|..." */
    const char *at = strstr(c->key, "|@"), *end = at ? strchr(at, '>') : NULL;
    if (!end)
        return NULL;
    const char *name = end;
    while (name > at + 2 && name[-1] != '/')
        name--;
    fl_buf b = {0};
    fl_buf_put(&b, c->key, (size_t)(name - c->key));
    fl_buf_puts(&b, k->story_subject);
    fl_buf_puts(&b, end);
    return fl_buf_take(&b);
}

void fl_frame_round(fl_claim *cl, const fl_knowledge *k, const fl_num *x)
{
    double v = x->value, step = 1;
    if (!fl_frame_story_measure(cl, k) || x->range || x->proportion || v < 10 || v != trunc(v) || v <= 0)
        return;
    while (fmod(v, step * 10) == 0)
        step *= 10;
    if (step == 1)
        return;
    /* a quarter of the step the figure is rounded to, either way, in the claim's unit */
    double half = step / 4 * (cl->value / v);
    if (cl->value - half < cl->lo)
        cl->lo = cl->value - half;
    if (cl->value + half > cl->hi)
        cl->hi = cl->value + half;
}
