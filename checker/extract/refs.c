/* refs.c - reference figures: a figure in a definite noun phrase restates one its document gave before as news
 * ("The plant employs 430 people" ... "the plant's 340 workers"); it takes that figure's key (refs.h). */
#include "extract/refs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "extract/quantities.h"

static int alnum(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || (fl_ascii_lower(ch) >= 'a' && fl_ascii_lower(ch) <= 'z') || ch >= 0x80;
}

enum { NOUN_MAX = 48 };

/* A figure stated as news that a later definite phrase may restate: its claim in the document's list, and the
 * classes of its head noun and of what it counts. */
typedef struct fl_ref_figure {
    size_t at;              /* index in the claim list */
    char head[NOUN_MAX];    /* class of its head noun ("rescuer", "charge"), "" none */
    char counted[NOUN_MAX]; /* class of the noun its item counts ("worker"), "" none */
    char label[NOUN_MAX];   /* its sentence's first label word, lower case ("category"), "" none */
    long label_num;         /* its number */
} fl_ref_figure;

/* The class rules/units.json "restated-nouns" gives noun w ("laptop=computer": "computer"), or w itself. */
static void noun_class(const fl_rules *r, const char *w, char *out)
{
    const fl_lexicon *lex = fl_rules_lexicon(r, "restated-nouns");
    const size_t *items;
    size_t n = fl_lexicon_starting(lex, (unsigned char)w[0], &items), len = strlen(w);
    for (size_t i = 0; i < n; i++) {
        const char *e = fl_lexicon_item(lex, items[i]);
        const char *eq = strchr(e, '=');
        if (eq && (size_t)(eq - e) == len && strncasecmp(e, w, len) == 0 && strlen(eq + 1) < NOUN_MAX) {
            memcpy(out, eq + 1, strlen(eq + 1) + 1);
            return;
        }
    }
    if (out != w)
        memmove(out, w, len + 1);
}

/* The class of a head noun phrase: of the whole phrase when the lexicon has it ("rescue worker"), else of its
 * last word ("repair crew" -> "crew"). */
static void head_class(const fl_rules *r, const char *s, size_t n, char *out)
{
    char w[NOUN_MAX];
    fl_noun_singular(r, s, n, w, sizeof w);
    if (!w[0]) {
        out[0] = '\0';
        return;
    }
    noun_class(r, w, out);
    if (strcmp(out, w) != 0)
        return;
    const char *sp = strrchr(w, ' ');
    if (sp)
        noun_class(r, sp + 1, out);
}

/* The class of what a claim's item counts: the noun after an act's colon ("roll back:node" -> "node"). */
static void counted_class(const fl_rules *r, const fl_claim *cl, char *out)
{
    const char *colon = strrchr(cl->item, ':'), *noun = colon ? colon + 1 : cl->item;
    const char *scope = strstr(noun, " ("); /* "appointment (outpatient)": a part of what it counts */
    size_t n = scope ? (size_t)(scope - noun) : strlen(noun);
    char w[NOUN_MAX];
    out[0] = '\0';
    if (n && n < NOUN_MAX && fl_count_dimension(r, cl->dim)) {
        memcpy(w, noun, n);
        w[n] = '\0';
        noun_class(r, w, out);
    }
}

int fl_refs_candidate(const fl_claim *cl, const fl_ref_phrase *ph)
{
    /* a capacity or forecast is no figure a definite phrase restates as fact ("holds 50,000" ... "the 42,000 fans");
     * a count of a part is one ("1,450 outpatient appointments were cancelled" ... "the 1,540 cancelled
     * appointments"), unless the whole was stated too (the candidates then disagree) */
    return !ph->definite && !ph->determined && ph->head && (cl->modality == 0 || cl->modality == 2) && !cl->base &&
           !cl->count_state;
}

void fl_refs_note(fl_refs *rs, const fl_rules *r, const fl_claims *out, size_t at, const fl_ref_phrase *ph)
{
    FL_GROW(rs->v, rs->cap, rs->n + 1);
    fl_ref_figure *f = &rs->v[rs->n++];
    f->at = at;
    head_class(r, ph->head, ph->head_len, f->head);
    counted_class(r, &out->items[at], f->counted);
    f->label[0] = '\0';
    f->label_num = ph->label_num;
    if (ph->label && ph->label_len < NOUN_MAX) {
        for (size_t i = 0; i < ph->label_len; i++)
            f->label[i] = (char)fl_ascii_lower((unsigned char)ph->label[i]);
        f->label[ph->label_len] = '\0';
    }
}

/* Do the sentences of a reference and of a figure stated before name one label word with other numbers ("For
 * category 1 calls ..., a target of 7 minutes" ... "For category 2 calls, ... the 18-minute target")? Then the
 * two are of two things of one kind. */
static int labels_differ(const fl_ref_phrase *ph, const fl_ref_figure *f)
{
    return ph->label && f->label[0] && strlen(f->label) == ph->label_len &&
           strncasecmp(f->label, ph->label, ph->label_len) == 0 && f->label_num != ph->label_num;
}

void fl_refs_free(fl_refs *rs)
{
    free(rs->v);
    *rs = (fl_refs){0};
}

/* Do the classes of two figures' nouns meet (either of one with either of the other)? */
static int nouns_meet(const char *h1, const char *c1, const char *h2, const char *c2)
{
    return (h1[0] && (strcmp(h1, h2) == 0 || strcmp(h1, c2) == 0)) ||
           (c1[0] && (strcmp(c1, h2) == 0 || strcmp(c1, c2) == 0));
}

/* Does a reference with a participle of its own (its head's class head) restate figure f, stated before, whose
 * noun says nothing but the dimension (claim_model.generic_items: "Three people were taken to hospital" ... "the
 * two passengers taken there")? The participle must then be in f's context (restatable): its noun says only who
 * they were. A noun of a kind of people ("412,300 adults were seen" ... "the 118,400 children seen") is none. */
static int generic_meet(const fl_knowledge *k, const fl_ref_phrase *ph, const char *head, const fl_ref_figure *f)
{
    return ph->own_verb && head[0] &&
           (fl_phrases_word(&k->generic_items, f->counted, strlen(f->counted)) >= 0 ||
            fl_phrases_word(&k->generic_items, f->head, strlen(f->head)) >= 0);
}

/* Does text hold the word w[0, n) (ASCII case folded)? */
static int word_in(const char *text, const char *w, size_t n)
{
    for (const char *s = text; *s; s++)
        if ((s == text || !alnum((unsigned char)s[-1])) && strncasecmp(s, w, n) == 0 && !alnum((unsigned char)s[n]))
            return 1;
    return 0;
}

/* Does the clause of a figure stated before name the possessor of the reference ("the plant's"), or a noun of its
 * class ("the works employs ..."), before that figure (as whose it is: not "has 350 employees with 13 offices")? A
 * name must be named. */
static int names_possessor(const fl_rules *r, const fl_claim *a, const fl_ref_phrase *ph)
{
    char want[NOUN_MAX], w[NOUN_MAX];
    head_class(r, ph->possessor, ph->possessor_len, want);
    const char *fig = strstr(a->context, a->text), *end = fig ? fig : a->context + strlen(a->context);
    if (!want[0])
        return 0;
    for (const char *s = a->context; *s && s < end;) {
        while (*s && !alnum((unsigned char)*s))
            s++;
        const char *e = s;
        while (*e && (alnum((unsigned char)*e) || *e == '-'))
            e++;
        if (e > s) {
            head_class(r, s, (size_t)(e - s), w);
            if (w[0] && strcmp(w, want) == 0 &&
                (!ph->possessor_name ||
                 ((size_t)(e - s) == ph->possessor_len && strncasecmp(s, ph->possessor, ph->possessor_len) == 0)))
                return 1;
        }
        s = e;
    }
    return 0;
}

/* Is the act of item ("stock:toilet", "carry:passenger") one that tells a whole complement: a light predicate's class
 * (predicates.json "light") or the class a possessor's count of the noun after the colon has ("possessed")? */
static int stock_act(const fl_knowledge *k, const char *item)
{
    const char *colon = strrchr(item, ':');
    size_t n = colon ? (size_t)(colon - item) : 0;
    char act[NOUN_MAX];
    if (!colon || n == 0 || n >= NOUN_MAX)
        return 0;
    memcpy(act, item, n);
    act[n] = '\0';
    if (fl_phrases_word(&k->light_preds, act, n) >= 0)
        return 1;
    int pc = fl_phrases_word(&k->possessed_preds, colon + 1, strlen(colon + 1));
    return pc >= 0 && strcmp(k->pred_classes[pc], act) == 0;
}

/* Is figure a, stated before, one that cl may restate: the same dimension, nouns of one class, another sentence
 * and live-page entry, no other named party or possessor, no other stated period? */
static int restatable(const fl_rules *r, const fl_claim *cl, const fl_ref_phrase *ph, const char *head,
                      const char *counted, const fl_ref_figure *f, const fl_claim *a)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    if (a->doc != cl->doc || a->sentence == cl->sentence || a->entry != cl->entry || strcmp(a->dim, cl->dim) != 0 ||
        !(nouns_meet(head, counted, f->head, f->counted) || generic_meet(k, ph, head, f)))
        return 0;
    if ((cl->src >= 0 && a->src >= 0 && cl->src != a->src) || labels_differ(ph, f))
        return 0;
    /* a subject named of its own ("With its 9,000 students, the new college ...") is another thing's */
    if (cl->subject && (cl->subject[0] == '+' || (cl->subject[0] >= 'A' && cl->subject[0] <= 'Z')) && a->subject &&
        a->subject[0] && strcasecmp(cl->subject, a->subject) != 0)
        return 0;
    /* a predicate of its own that counts another event's people ("All 62 staff ... were evacuated" after "Fourteen
     * workers were injured") says what else befell them: another count, not a restatement */
    if (cl->family >= 0 && a->family >= 0 && cl->family != a->family && k->metrics[cl->family].event &&
        k->metrics[a->family].event)
        return 0;
    /* a participle of its own names what was done to them: the same as there ("the 44.2 million children targeted") */
    if (ph->own_verb && !word_in(a->context, ph->own_verb, ph->own_verb_len))
        return 0;
    /* a qualifying phrase of its own ("The 36 staff with latent TB") makes another group: the same as there */
    if (ph->qualifier && !word_in(a->context, ph->qualifier, ph->qualifier_len))
        return 0;
    /* a possessive whole ("the centre's 460 workers", "its 2,300 staff") is the possessor's stock: no act's count */
    if (ph->whole && cl->family >= 0 && k->metrics[cl->family].possessed && a->family != cl->family)
        return 0;
    /* an act the reference's count names ("carry:passenger") must be the act of the figure it restates; the whole
     * complement of a stock ("all 26 toilets" after "operates 23 toilets") is that stock whatever its clause says */
    const char *act = strrchr(cl->item, ':'), *aact = strrchr(a->item, ':');
    if (act &&
        (!aact || act - cl->item != aact - a->item || strncmp(cl->item, a->item, (size_t)(act - cl->item)) != 0) &&
        !(ph->whole && !ph->own_verb && !ph->qualifier && aact && a->family == k->act_family && stock_act(k, a->item)))
        return 0;
    /* "Last year the board cut 19 positions" ... "the 27 teaching jobs being cut": a participle of its own tells an
     * act of the document's time, unless it states a period; a figure of a past year is of another time */
    if (ph->own_verb && !ph->own_period && (a->period_how == 1 || a->period_how == 2) && a->year &&
        a->doc_date >= 10000 && a->year < a->doc_date / 10000)
        return 0;
    if (ph->own_period && (cl->year != a->year || cl->month != a->month || cl->part != a->part))
        return 0; /* "the 40 jobs cut in 2023": another period */
    return !ph->possessor || names_possessor(r, a, ph);
}

/* The one figure stated before that cl restates: the last of those it may restate, when all of them agree with
 * it; NULL when there is none or they disagree (which one is meant is not known). */
static const fl_ref_figure *antecedent(const fl_refs *rs, const fl_rules *r, const fl_claim *cl,
                                       const fl_ref_phrase *ph, const fl_claims *out)
{
    char head[NOUN_MAX], counted[NOUN_MAX];
    head_class(r, ph->head, ph->head_len, head);
    counted_class(r, cl, counted);
    if (!head[0] && !counted[0])
        return NULL;
    const fl_ref_figure *last = NULL;
    for (size_t i = rs->n; i-- > 0;) {
        const fl_claim *a = &out->items[rs->v[i].at];
        if (!restatable(r, cl, ph, head, counted, &rs->v[i], a))
            continue;
        if (!last)
            last = &rs->v[i];
        else if (a->hi < out->items[last->at].lo || a->lo > out->items[last->at].hi)
            return NULL; /* "260 crews on Monday, 300 on Tuesday": which one "the 180 crews" restates is not known */
    }
    return last;
}

/* Takes a's period, modality and time of report into cl (a's strings are not touched). */
static void take_time(fl_claim *cl, const fl_claim *a, const fl_knowledge *k)
{
    cl->year = a->year;
    cl->month = a->month;
    cl->day = a->day;
    cl->part = a->part;
    memcpy(cl->part_text, a->part_text, sizeof cl->part_text);
    cl->since = a->since;
    cl->period_how = a->period_how;
    cl->modality = a->modality;
    cl->base = 0;
    cl->definite = 1;
    if (cl->family < 0 || !k->metrics[cl->family].cumulative)
        cl->as_of = a->as_of; /* a settled figure restated at another hour is the same figure */
}

static void replace(char **s, const char *with)
{
    free(*s);
    *s = fl_xstrdup(with);
}

/* Gives cl the key of a, a figure with a key of its own. */
static void take_key(fl_claim *cl, const fl_claim *a, const fl_knowledge *k)
{
    cl->family = a->family;
    cl->src = a->src;
    cl->dst = a->dst;
    cl->subject_doc = a->subject_doc;
    cl->subject_event = a->subject_event;
    replace(&cl->subject, a->subject ? a->subject : "");
    replace(&cl->item, a->item);
    take_time(cl, a, k);
    free(cl->key);
    free(cl->key_base);
    cl->key = a->key ? fl_xstrdup(a->key) : NULL;
    cl->key_base = fl_xstrdup(a->key_base);
}

/* The family a key of the document only is made of for two figures of no key: one of theirs that needs no
 * parties, else the act family. */
static int local_family(const fl_knowledge *k, const fl_claim *a, const fl_claim *cl)
{
    if (a->family >= 0 && k->metrics[a->family].direction == FL_DIR_NONE)
        return a->family;
    if (cl->family >= 0 && k->metrics[cl->family].direction == FL_DIR_NONE)
        return cl->family;
    return k->act_family;
}

/* Makes c's key one of its document only: family fam, subject "restated <noun>". */
static void local_key(fl_claim *c, const fl_knowledge *k, int fam, const char *noun)
{
    fl_buf b = {0};
    fl_buf_printf(&b, "restated %s", noun);
    free(c->subject);
    c->subject = fl_buf_take(&b);
    replace(&c->item, noun);
    c->family = fam;
    c->src = c->dst = -1;
    c->subject_doc = 1;
    c->subject_event = 0;
    free(c->key);
    free(c->key_base);
    c->key = c->key_base = NULL;
    fl_claim_make_keys(c, k);
}

/* Gives the figure restated, out->items[at], a key of the document only: its strings are unpacked, rewritten
 * and packed again. */
static void key_restated(fl_claims *out, size_t at, const fl_knowledge *k, int fam, const char *noun)
{
    fl_claim *a = &out->items[at];
    char **f[] = {&a->text, &a->context, &a->dim, &a->item, &a->subject, &a->why, &a->key, &a->key_base};
    char *block = a->text;
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        *f[i] = *f[i] ? fl_xstrdup(*f[i]) : NULL;
    free(block);
    local_key(a, k, fam, noun);
    replace(&a->why, a->key_base ? "" : "no key: a figure restated later");
    fl_claim_pack(a);
}

int fl_refs_resolve(fl_refs *rs, const fl_rules *r, fl_claim *cl, const fl_ref_phrase *ph, fl_claims *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    if (!ph->definite || ph->subset || !ph->head || cl->count_state || k->act_family < 0)
        return 0;
    const fl_ref_figure *f = antecedent(rs, r, cl, ph, out);
    if (!f)
        return 0;
    const fl_claim *a = &out->items[f->at];
    int line = a->start.line;
    fl_buf why = {0};
    fl_buf_printf(&why, "restates: %s, line %d", a->context, line);
    if (a->key_base && a->key_base[0] != '~' && a->family >= 0)
        take_key(cl, a, k);
    else {
        int fam = local_family(k, a, cl);
        const char *noun = f->counted[0] ? f->counted : f->head;
        char keep[NOUN_MAX];
        memcpy(keep, noun, strlen(noun) + 1);
        key_restated(out, f->at, k, fam, keep);
        a = &out->items[f->at];
        take_time(cl, a, k);
        local_key(cl, k, fam, keep);
        if (!cl->key_base || !a->key_base || strcmp(cl->key_base, a->key_base) != 0) {
            fl_buf_free(&why);
            return 0;
        }
    }
    cl->subject_how = "the figure its definite phrase restates";
    free(cl->why);
    cl->why = fl_buf_take(&why);
    return 1;
}
