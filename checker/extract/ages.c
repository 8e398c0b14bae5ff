/* ages.c - the ages news gives its people (see ages.h). */
#include "extract/ages.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "core/util.h"
#include "syntax/syntax.h"

enum {
    NAME_WORDS = 4,     /* the longest run of capitalised words read as a name ("Police Sergeant Ana Ruiz") */
    NOUN_WORDS = 2,     /* the common nouns between an age and the name after it ("19-year-old nursing student") */
    OLDEST_AGE = 120,   /* a bare number beside a name above this is no age */
    AGE_SLIP = 5,       /* years an age may be off from the one given before and still describe the same person */
    MOST_CHILDREN = 40, /* a count beside a parent noun above this is no person's children ("a father of 2,000") */
    OLDEST_THING = 999, /* the most years a thing's age (digits alone) is read for ("the 150-year-old lighthouse") */
    THING_NAMED = 3     /* how often a document names a thing, at least, for it to be the story's thing */
};

/* Does token i open with a capital letter? */
static int capitalised(const char *text, const fl_token *t)
{
    utf8proc_int32_t cp;
    if (t->kind != FL_TOK_WORD ||
        utf8proc_iterate((const utf8proc_uint8_t *)text + t->start, (utf8proc_ssize_t)(t->end - t->start), &cp) <= 0)
        return 0;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int punct_at(const char *text, const fl_token *t, size_t i, size_t b, const char *marks)
{
    return i < b && t[i].kind == FL_TOK_PUNCT && t[i].end - t[i].start == 1 && strchr(marks, text[t[i].start]);
}

/* Is token i a name's word: capitalised and no article ("The", "A" opening a sentence)? */
static int name_word(const char *text, const fl_rules *r, const fl_token *t, size_t b, size_t i)
{
    return capitalised(text, &t[i]) && !fl_role_at(r, FL_ROLE_ARTICLES, text, t, b, i);
}

/* The full name given before that ends with the word of token w ("Jodie Pryce" for "Pryce"), NULL none. */
static const char *known_surname(const char *text, const fl_token *w, const fl_ages_state *st)
{
    size_t len = w->end - w->start;
    for (size_t i = st->nfull; i-- > 0;) {
        const char *sp = strrchr(st->full[i], ' ');
        if (sp && strlen(sp + 1) == len && strncmp(sp + 1, text + w->start, len) == 0)
            return st->full[i];
    }
    return NULL;
}

/* The first token of the name ending at token j (tokens [a, j] of a sentence), SIZE_MAX none: a run of capitalised
 * words, NAME_WORDS at most; a single word that opens the sentence is no name ("Police, 19, ...") unless it ends a
 * full name given before ("Pryce, 21, ..."). */
static size_t name_ending(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, size_t j,
                          const fl_ages_state *st)
{
    size_t s = j + 1;
    while (s > a && j + 1 - (s - 1) <= NAME_WORDS && name_word(text, r, t, b, s - 1))
        s--;
    if (s == j + 1 || (s == a && s == j && !known_surname(text, &t[s], st)))
        return SIZE_MAX;
    return s;
}

/* The end of the name starting at token i (a run of capitalised words), i when none. */
static size_t name_starting(const char *text, const fl_rules *r, const fl_token *t, size_t b, size_t i)
{
    size_t e = i;
    while (e < b && e < i + NAME_WORDS && name_word(text, r, t, b, e))
        e++;
    return e;
}

/* The name of tokens [s, e): its last two words (a title before them is no part of it: "Sergeant Ana Ruiz"), or
 * its one word, which is the full name the document gave before that ends with it when there is one (*local 0),
 * else itself, known within the document only (*local 1). */
static char *name_of(const char *text, const fl_token *t, size_t s, size_t e, const fl_ages_state *st, int *local)
{
    *local = 0;
    if (e - s >= 2)
        return fl_xstrndup(text + t[e - 2].start, t[e - 1].end - t[e - 2].start);
    const char *full = known_surname(text, &t[s], st);
    if (full)
        return fl_xstrdup(full);
    /* after a title ("Mrs Okafor"), 2: the same word alone may be another of the family in another report */
    int titled = s > 0 && st->titles &&
                 ((t[s - 1].kind == FL_TOK_WORD && fl_lexicon_has_token(st->titles, text, &t[s - 1], 1)) ||
                  (s > 1 && t[s - 1].kind != FL_TOK_WORD && t[s - 1].end - t[s - 1].start == 1 &&
                   text[t[s - 1].start] == '.' && fl_lexicon_has_token(st->titles, text, &t[s - 2], 1)));
    *local = titled ? 2 : 1;
    return fl_xstrndup(text + t[s].start, t[s].end - t[s].start);
}

/* The length of an age word ("-year-old", " years old": "age-words", lex) at byte at, 0 none. */
static size_t age_word_at(const char *text, const fl_lexicon *lex, size_t at, size_t limit)
{
    for (size_t i = 0; lex && i < fl_lexicon_size(lex); i++) {
        size_t len = fl_lexicon_item_len(lex, i);
        if (at + len <= limit && strncasecmp(text + at, fl_lexicon_item(lex, i), len) == 0 &&
            (at + len == limit || !fl_is_ascii_alpha((unsigned char)text[at + len])))
            return len;
    }
    return 0;
}

static void ages_ready(const fl_rules *r, fl_ages_state *st);

/* The role noun ("role-nouns", in lower case) that gives the name starting at token i its role: right before it,
 * or before a comma or a naming link before it ("pilot Graham Teale", "the pilot, Graham Teale", "named the pilot
 * as Graham Teale"); SIZE_MAX none. */
static size_t role_of_name(const char *text, const fl_token *t, size_t a, size_t b, size_t i, const fl_ages_state *st)
{
    if (i > a && (punct_at(text, t, i - 1, b, ",") ||
                  (t[i - 1].kind == FL_TOK_WORD && fl_lexicon_has_token(st->naming_links, text, &t[i - 1], 1))))
        i--;
    if (i > a && t[i - 1].kind == FL_TOK_WORD && !capitalised(text, &t[i - 1]) &&
        fl_lexicon_has_token(st->roles, text, &t[i - 1], 1))
        return i - 1;
    return SIZE_MAX;
}

/* The index of role word token w among the roles st noted, nroles none. */
static size_t role_index(const char *text, const fl_token *w, const fl_ages_state *st)
{
    size_t len = w->end - w->start, i = 0;
    while (i < st->nroles && !(strlen(st->role[i]) == len && strncasecmp(st->role[i], text + w->start, len) == 0))
        i++;
    return i;
}

/* Notes that role word token w names the person name (taken): a role given to two people names none. */
static void note_role(const char *text, const fl_token *w, char *name, fl_ages_state *st)
{
    size_t i = role_index(text, w, st);
    if (i < st->nroles) {
        if (st->role_name[i] && strcmp(st->role_name[i], name) != 0) {
            free(st->role_name[i]);
            st->role_name[i] = NULL;
        }
        free(name);
        return;
    }
    size_t old = st->caproles;
    FL_GROW(st->role, st->caproles, st->nroles + 1);
    if (st->caproles != old)
        st->role_name = fl_xrealloc(st->role_name, st->caproles * sizeof(char *));
    st->role[st->nroles] = fl_xstrndup(text + w->start, w->end - w->start);
    st->role_name[st->nroles++] = name;
}

/* Remembers the full names (two or more capitalised words inside the sentence) of tokens [a, b), and the roles
 * they are given. */
void fl_ages_note_names(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st)
{
    ages_ready(r, st);
    if (st->back_t != t)
        st->nback = 0;
    st->back_t = t;
    memmove(st->back_a + 1, st->back_a, (FL_AGES_BACK - 1) * sizeof st->back_a[0]);
    memmove(st->back_b + 1, st->back_b, (FL_AGES_BACK - 1) * sizeof st->back_b[0]);
    st->back_a[0] = a;
    st->back_b[0] = b;
    st->nback += st->nback < FL_AGES_BACK;
    for (size_t i = a; i < b; i++) {
        size_t e = name_starting(text, r, t, b, i);
        if (e - i >= 2) {
            FL_GROW(st->full, st->capfull, st->nfull + 1);
            st->full[st->nfull++] = fl_xstrndup(text + t[e - 2].start, t[e - 1].end - t[e - 2].start);
            size_t role = role_of_name(text, t, a, b, i, st);
            if (role != SIZE_MAX)
                note_role(text, &t[role], fl_xstrdup(st->full[st->nfull - 1]), st);
        }
        i = e > i ? e : i;
    }
}

typedef struct {
    const char *text;
    const fl_rules *r;
    const fl_token *t;
    size_t a, b;
    const uint8_t *tags; /* of tokens [a, b), NULL when not tagged */
    const fl_ages_state *st;
} sent;

/* Do the two tokens before token i make a relative clause of the present that states an age ("age-relatives": "who
 * is" of "Ana Ruiz, who is 19,"; not "who was")? */
static int age_relative(const sent *c, size_t i)
{
    if (i < c->a + 2 || c->t[i - 1].kind != FL_TOK_WORD || c->t[i - 2].kind != FL_TOK_WORD ||
        c->t[i - 1].start - c->t[i - 2].end > 1) /* "who is", "who's" */
        return 0;
    return fl_lexicon_has(c->st->relatives, c->text + c->t[i - 2].start, c->t[i - 1].end - c->t[i - 2].start, 1);
}

/* The name before an age at token i: "Ana Ruiz, 19", "Ana Ruiz (19)", "Ana Ruiz, a 19-year-old", "Ana Ruiz, aged
 * 19", "Ana Ruiz, who is 19"; [*s, *e) its tokens. */
static int name_before(const sent *c, size_t i, size_t *s, size_t *e)
{
    if (age_relative(c, i))
        i -= 2;
    else if (i > c->a && (fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, i - 1) ||
                          fl_lexicon_has_token(c->st->prefixes, c->text, &c->t[i - 1], 1)))
        i--;
    if (i < c->a + 2 || !punct_at(c->text, c->t, i - 1, c->b, ",("))
        return 0;
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, i - 2, c->st);
    *e = i - 1;
    return *s != SIZE_MAX;
}

/* The name that opens the sentence and an "age-copulas" word joins to the number at token i ("Ingrid Solvang is
 * thirty-four, and she ..."); [*s, *e) its tokens. */
static int name_is(const sent *c, size_t i, size_t *s, size_t *e)
{
    if (i < c->a + 2 || c->t[i - 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(c->st->copulas, c->text, &c->t[i - 1], 1))
        return 0;
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, i - 2, c->st);
    *e = i - 1;
    return *s == c->a;
}

/* The name before "the" and an age word that a comma, a bracket or a relative pronoun closes ("Oskarsen, the
 * 25-year-old, is conscious", "Lindqvist, the 43-year-old who won the title": the number at token i, its word ending
 * before token k); not "Ana Ruiz, the 19-year-old's mother" (the age of someone else). [*s, *e) its tokens. */
static int name_the_before(const sent *c, size_t i, size_t k, size_t *s, size_t *e)
{
    return i > c->a + 2 && fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, i - 1) &&
           !fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, i - 1) && k < c->b &&
           (punct_at(c->text, c->t, k, c->b, ",)") || (c->tags && c->tags[k - c->a] == FL_TAG_WH)) &&
           name_before(c, i - 1, s, e);
}

/* Is token i a common noun or an adjective (by the tagger; never without its tags)? */
static int noun_word(const sent *c, size_t i)
{
    return i < c->b && c->t[i].kind == FL_TOK_WORD && c->tags &&
           (c->tags[i - c->a] == FL_TAG_NOUN || c->tags[i - c->a] == FL_TAG_ADJ);
}

/* The name after an age word ending before token i: "19-year-old (nursing student) Ana Ruiz"; not a name that
 * premodifies a noun ("the 29-year-old Hawaiian Gardens gang member": a place's). */
static int name_after(const sent *c, size_t i, size_t *s, size_t *e)
{
    for (size_t k = 0; k <= NOUN_WORDS && i < c->b; k++, i++) {
        *e = name_starting(c->text, c->r, c->t, c->b, i);
        if (*e > i) {
            *s = i;
            return !noun_word(c, *e);
        }
        if (!noun_word(c, i))
            return 0;
    }
    return 0;
}

/* Is token i a word of lexicon lex? */
static int word_in(const sent *c, const fl_lexicon *lex, size_t i)
{
    return i < c->b && c->t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(lex, c->text, &c->t[i], 1);
}

/* Does a word of a second person ("person-nouns", "role-nouns") stand in tokens [a, b) outside [s, e)? */
static int other_person(const sent *c, size_t a, size_t b, size_t s, size_t e)
{
    for (size_t k = a; k < b; k++)
        if ((k < s || k >= e) && (word_in(c, c->st->others, k) || word_in(c, c->st->roles, k)))
            return 1;
    return 0;
}

/* The name given after the comma at token j, in the same clause: a "naming-verbs" word with no second person before
 * it ("..., whose son was named as ..." names the son), then a "naming-links" word right before the name ("..., was
 * named by the charity as Graham Telford"); [*s, *e) its tokens. */
static int named_later(const sent *c, size_t j, size_t *s, size_t *e)
{
    if (!punct_at(c->text, c->t, j, c->b, ","))
        return 0;
    size_t k = j + 1;
    while (k < c->b && !word_in(c, c->st->naming, k) && c->t[k].kind == FL_TOK_WORD)
        k++;
    if (other_person(c, j + 1, k, k, k))
        return 0;
    while (k < c->b && !word_in(c, c->st->naming_links, k) && c->t[k].kind == FL_TOK_WORD)
        k++;
    if (k + 1 >= c->b || !word_in(c, c->st->naming_links, k))
        return 0;
    *s = k + 1;
    *e = name_starting(c->text, c->r, c->t, c->b, k + 1);
    return *e > *s;
}

/* The name a role noun with an age is given later in its sentence: "The pilot, aged 52, was named by the charity
 * as Graham Telford" (a "role-nouns" word, then the age between commas at tokens [i, j), then named_later);
 * [*s, *e) its tokens. */
static int named_role(const sent *c, size_t i, size_t j, size_t *s, size_t *e)
{
    if (i > c->a && fl_lexicon_has_token(c->st->prefixes, c->text, &c->t[i - 1], 1))
        i--;
    if (i < c->a + 2 || !punct_at(c->text, c->t, i - 1, c->b, ",") || !word_in(c, c->st->roles, i - 2))
        return 0;
    return named_later(c, j, s, e);
}

/* The name a person noun that an age word premodifies is given after a comma: "A 71-year-old man, named by police
 * as Gareth Pellow, was found dead" (the age word ending before token k, at most NOUN_WORDS common nouns or
 * adjectives, the last a "person-nouns" or "role-nouns" word, then named_later); [*s, *e) its tokens. */
static int named_person(const sent *c, size_t k, size_t *s, size_t *e)
{
    for (size_t n = 0; n < NOUN_WORDS && k < c->b && noun_word(c, k); n++, k++)
        if (word_in(c, c->st->others, k) || word_in(c, c->st->roles, k))
            return named_later(c, k + 1, s, e);
    return 0;
}

/* Appends the age v printed in bytes [start, end) of the person of tokens [s, e). */
static void add_age(const sent *c, double v, size_t start, size_t end, size_t s, size_t e, fl_ages_state *st,
                    fl_age **out, size_t *n, size_t *cap)
{
    int local;
    char *name = name_of(c->text, c->t, s, e, st, &local);
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = (fl_age){v, start, end, name, local, 0};
}

/* Is number x printed as digits alone or in words: not a score or a record ("43-1", "7-7")? */
static int plain(const char *text, const fl_num *x)
{
    for (size_t i = x->start; !x->words && i < x->end; i++)
        if (text[i] < '0' || text[i] > '9')
            return 0;
    return 1;
}

/* Does an "age-past" word stand right before token i ("then-15-year-old Ana Ruiz": an age of another time)? */
static int past_age(const sent *c, size_t i)
{
    const fl_lexicon *lex = c->st->past;
    for (size_t k = i; k > c->a && k + 2 >= i; k--)
        if (c->t[k - 1].kind == FL_TOK_WORD && fl_lexicon_has_token(lex, c->text, &c->t[k - 1], 1))
            return 1;
    return 0;
}

/* Is v a whole number of years a person may be? */
static int age_value(double v)
{
    return v >= 1 && v <= OLDEST_AGE && v == floor(v);
}

/* An age v with its age word, in bytes [start, end), tokens [i, k), of a role noun right after it that a definite
 * article opens ("the 63-year-old pilot"): the person the document named in that role before ("Police named the
 * pilot as Graham Teale, 58"), when it named one person so; none otherwise. */
static void role_age(const sent *c, double v, size_t start, size_t end, size_t i, size_t k, fl_ages_state *st,
                     fl_age **out, size_t *n, size_t *cap)
{
    if (i <= c->a || !fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, i - 1) ||
        fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, i - 1) || !word_in(c, st->roles, k))
        return;
    size_t x = role_index(c->text, &c->t[k], st);
    if (x == st->nroles || !st->role_name[x])
        return;
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = (fl_age){v, start, end, fl_xstrdup(st->role_name[x]), 0, 0};
}

/* Is token k a "story-roles" word the document does not give several people (fl_ages_note_document)? */
static int story_role(const sent *c, size_t k)
{
    if (!word_in(c, c->st->story_roles, k) || capitalised(c->text, &c->t[k]))
        return 0;
    size_t len = c->t[k].end - c->t[k].start;
    for (size_t x = 0; x < c->st->nshared; x++)
        if (strlen(c->st->shared[x]) == len && strncasecmp(c->st->shared[x], c->text + c->t[k].start, len) == 0)
            return 0;
    return 1;
}

/* Does a definite determiner open the noun phrase whose words before token i are nouns and adjectives: a
 * "story-role-determiners" word ("the driver", "its bus driver") or a possessive ("the van's driver")? */
static int definite_before(const sent *c, size_t i)
{
    while (i > c->a && noun_word(c, i - 1))
        i--;
    return i > c->a && c->tags && (word_in(c, c->st->role_dets, i - 1) || c->tags[i - 1 - c->a] == FL_TAG_POS);
}

/* Appends age v, in bytes [start, end), of the story role of token k: the person the document named in that role
 * when it named one ("Police named the driver as Tom Reed"), else the role itself (role 1), when the document named
 * no two people so. */
static void story_role_age(const sent *c, double v, size_t start, size_t end, size_t k, fl_ages_state *st, fl_age **out,
                           size_t *n, size_t *cap)
{
    size_t x = role_index(c->text, &c->t[k], st);
    char *name;
    if (x < st->nroles)
        name = st->role_name[x] ? fl_xstrdup(st->role_name[x]) : NULL;
    else {
        name = fl_xstrndup(c->text + c->t[k].start, c->t[k].end - c->t[k].start);
        for (char *p = name; *p; p++)
            *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    }
    if (!name)
        return;
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = (fl_age){v, start, end, name, 0, x == st->nroles};
}

/* The story role a bare age between commas is apposed to: "the driver, 54,", "Its driver, aged 54," (the number at
 * token i): its token, SIZE_MAX none. */
static size_t role_before(const sent *c, size_t i)
{
    if (i > c->a && fl_lexicon_has_token(c->st->prefixes, c->text, &c->t[i - 1], 1))
        i--;
    if (i < c->a + 3 || !punct_at(c->text, c->t, i - 1, c->b, ",") || !story_role(c, i - 2) ||
        !definite_before(c, i - 2))
        return SIZE_MAX;
    return i - 2;
}

/* The story role an age word (the number at token i, its word ending before token k) describes with no name: the
 * head noun of its definite phrase ("The van's 45-year-old driver", "the 45-year-old bus driver"; not "the
 * 45-year-old driver's wife") or the definite role it is apposed to ("Its driver, a 54-year-old dad of three");
 * its token, SIZE_MAX none. */
static size_t role_of_age(const sent *c, size_t i, size_t k)
{
    if (definite_before(c, i)) {
        for (size_t n = 0; n < NOUN_WORDS && noun_word(c, k); n++, k++)
            if (story_role(c, k) && !noun_word(c, k + 1) &&
                !(k + 1 < c->b && c->tags && c->tags[k + 1 - c->a] == FL_TAG_POS))
                return k;
        return SIZE_MAX;
    }
    if (i < c->a + 4 || !fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, i - 1) ||
        !punct_at(c->text, c->t, i - 2, c->b, ",") || !story_role(c, i - 3) || !definite_before(c, i - 3))
        return SIZE_MAX;
    return i - 3;
}

/* Is tag g a verb's, a modal's or an adverb's (what may follow the subject "The 29-year-old")? */
static int verb_tag(uint8_t g)
{
    return g == FL_TAG_VBD || g == FL_TAG_VBP || g == FL_TAG_VBN || g == FL_TAG_MD || g == FL_TAG_ADV;
}

/* Is the NP np of a parse (sentence tokens from a) a relative of someone before with an age of its own other than
 * v: a possessive determiner opens it and ", N," follows it ("Her mum Sandra, 51, said")? */
static int aged_relative(const sent *c, const fl_np *np, size_t a, double v)
{
    size_t e = a + np->end;
    double age;
    return np->det >= 0 && word_in(c, c->st->persons, a + (size_t)np->det) && e + 2 < c->b &&
           punct_at(c->text, c->t, e, SIZE_MAX, ",") && c->t[e + 1].kind == FL_TOK_NUM &&
           punct_at(c->text, c->t, e + 2, SIZE_MAX, ",") &&
           fl_parse_digits(c->text + c->t[e + 1].start, c->t[e + 1].end - c->t[e + 1].start, &age) == 0 && age != v;
}

/* The one full name (two capitalised words or more) that ends the subject NP of a clause of parse p (sentence
 * [a, b)) below its main clause ("Tarnby celebrated as local musher Ingrid Solvang returned home": the main subject
 * a place, not a person); [*s, *e) its tokens, 1; 0 when no clause or two clauses have one. */
static int clause_name(const sent *c, const fl_parse *p, size_t a, size_t b, size_t *s, size_t *e)
{
    int found = 0;
    for (size_t cl = 0; cl < p->nclause; cl++) {
        int subj = p->clauses[cl].parent >= 0 ? p->clauses[cl].subject : -1;
        if (subj < 0 || p->tags[p->nps[subj].head] != FL_TAG_PROPN)
            continue;
        size_t last = a + p->nps[subj].end - 1, first;
        if (!capitalised(c->text, &c->t[last]) ||
            (first = name_ending(c->text, c->r, c->t, a + p->nps[subj].start, b, last, c->st)) == SIZE_MAX ||
            last == first || (found && *s == first))
            continue;
        if (found++)
            return 0;
        *s = first;
        *e = last + 1;
    }
    return found;
}

/* Does parse p of sentence [a, b) name someone outside the name [s, e): a run of proper nouns that no determiner
 * and no preposition opens ("Petrov thanked Alan Reeve"; not "steered the Skerry Belle", "arrived in Oban")? */
static int other_name(const fl_parse *p, size_t a, size_t b, size_t s, size_t e)
{
    for (size_t k = a; k < b; k++)
        if ((k < s || k >= e) && p->tags[k - a] == FL_TAG_PROPN &&
            !(k > a && (p->tags[k - 1 - a] == FL_TAG_PROPN || p->tags[k - 1 - a] == FL_TAG_DET ||
                        p->tags[k - 1 - a] == FL_TAG_ADP)))
            return 1;
    return 0;
}

/* The person sentence [a, b) is about, for "the N-year-old" (age v) after it: its main clause's subject NP when a
 * name ends it and no second person is in the sentence ([*s, *e) the name, 1); when the main subject is no person
 * (a common noun, a single word opening the sentence), the one full name ending a subordinate clause's subject
 * (clause_name); 0 to look one sentence further back (the subject is a pronoun, or a relative given an age of their
 * own other than v); -1 to stop. With alone (for a he/she subject, copula_age) the main subject's name must be the
 * sentence's only proper noun, and no subordinate clause's name stands for it. */
static int lead_in(const sent *c, size_t a, size_t b, double v, int alone, size_t *s, size_t *e)
{
    const fl_syntax *sx = fl_rules_syntax(c->r);
    if (!sx || b <= a || b - a > 256)
        return -1;
    fl_str *words = fl_xmalloc((b - a) * sizeof *words);
    fl_syntax_words(c->text, c->t + a, b - a, words);
    fl_parse *p = fl_syntax_parse(sx, words, b - a);
    int subj = -1, got = -1;
    for (size_t cl = 0; cl < p->nclause && subj < 0; cl++)
        if (p->clauses[cl].parent < 0)
            subj = fl_parse_subject(p, (int)cl);
    if (subj >= 0) {
        const fl_np *np = &p->nps[subj];
        size_t last = a + np->end - 1;
        sent whole = *c;
        whole.a = a;
        whole.b = b;
        if (p->tags[np->head] == FL_TAG_PRON)
            got = word_in(c, c->st->persons, a + np->head) && !other_person(&whole, a, b, b, b) ? 0 : -1;
        else if (capitalised(c->text, &c->t[last]) &&
                 (*s = name_ending(c->text, c->r, c->t, a + np->start, b, last, c->st)) != SIZE_MAX) {
            *e = last + 1;
            if (aged_relative(&whole, np, a, v))
                got = 0;
            else if (!other_person(&whole, a, b, a + np->start, *e) && !(alone && other_name(p, a, b, *s, *e)))
                got = 1;
        } else if (!alone && !word_in(&whole, c->st->persons, a + np->head) &&
                   !word_in(&whole, c->st->others, a + np->head) && !word_in(&whole, c->st->roles, a + np->head) &&
                   clause_name(&whole, p, a, b, s, e) && !other_person(&whole, a, b, *s, *e))
            got = 1;
    }
    fl_parse_free(p);
    free(words);
    return got;
}

/* Has the document given the person name an age more than AGE_SLIP years from v? */
static int far_from_known(const fl_ages_state *st, const char *name, double v)
{
    for (size_t i = 0; i < st->naged; i++)
        if (strcmp(st->aged[i].name, name) == 0 && fabs(st->aged[i].value - v) > AGE_SLIP)
            return 1;
    return 0;
}

static void lead_person(const sent *c, double v, size_t start, size_t end, int alone, fl_ages_state *st, fl_age **out,
                        size_t *n, size_t *cap);

/* Does a detached aside of no clause of its own open at comma k and a verb follow it ("The 56-year-old, neat in a
 * navy suit, did not look up", "The 43-year-old, wearing a grey suit, showed no emotion"): it opens with an
 * adjective, a participle, a preposition or an adverb (not "his passenger", another person), and no finite verb,
 * modal or relative word stands before the closing comma? */
static int aside_then_verb(const sent *c, size_t k)
{
    if (!punct_at(c->text, c->t, k, c->b, ",") || k + 1 >= c->b)
        return 0;
    uint8_t first = c->tags[k + 1 - c->a]; /* a description, not another noun phrase ("his passenger") */
    if (first != FL_TAG_ADJ && first != FL_TAG_VBG && first != FL_TAG_VBN && first != FL_TAG_ADP && first != FL_TAG_ADV)
        return 0;
    for (size_t j = k + 1; j + 1 < c->b; j++) {
        uint8_t g = c->tags[j - c->a];
        if (g == FL_TAG_VBD || g == FL_TAG_VBP || g == FL_TAG_MD || g == FL_TAG_WH || g == FL_TAG_SCONJ ||
            (c->t[j].kind == FL_TOK_PUNCT && !punct_at(c->text, c->t, j, c->b, ",")))
            return 0;
        if (punct_at(c->text, c->t, j, c->b, ","))
            return j > k + 1 && verb_tag(c->tags[j + 1 - c->a]);
    }
    return 0;
}

/* "The 29-year-old set off at 2.15pm": an age word that heads the definite subject opening its sentence (a verb
 * right after it, or after an aside between commas: aside_then_verb; tokens [i, k) the number and its word, in
 * bytes [start, end)) is the age of the person the
 * sentences before are about (lead_in), when the sentence right before or, through pronoun subjects and aged
 * relatives, one at most FL_AGES_BACK back names one, and the document gave that person no age far from it; none
 * otherwise. */
static void lead_age(const sent *c, double v, size_t start, size_t end, size_t i, size_t k, fl_ages_state *st,
                     fl_age **out, size_t *n, size_t *cap)
{
    if (i != c->a + 1 || k + 1 >= c->b || !c->tags ||
        !(verb_tag(c->tags[k - c->a]) ||
          (punct_at(c->text, c->t, k, c->b, ",") && c->tags[k + 1 - c->a] == FL_TAG_WH) || aside_then_verb(c, k)) ||
        !fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, c->a) ||
        fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, c->a) || st->back_t != c->t)
        return;
    lead_person(c, v, start, end, 0, st, out, n, cap);
}

/* Appends age v, in bytes [start, end), of the person the sentences before are about (lead_in, alone), when the
 * sentence right before or, through pronoun subjects and aged relatives, one at most FL_AGES_BACK back names one
 * and the document gave that person no age far from it. */
static void lead_person(const sent *c, double v, size_t start, size_t end, int alone, fl_ages_state *st, fl_age **out,
                        size_t *n, size_t *cap)
{
    for (size_t back = 0; back < st->nback; back++) {
        size_t s, e;
        int got = lead_in(c, st->back_a[back], st->back_b[back], v, alone, &s, &e);
        if (got < 0)
            return;
        if (got > 0) {
            int local;
            char *name = name_of(c->text, c->t, s, e, st, &local);
            if (far_from_known(st, name, v)) {
                free(name);
                return;
            }
            FL_GROW(*out, *cap, *n + 1);
            (*out)[(*n)++] = (fl_age){v, start, end, name, local, 0};
            return;
        }
    }
}

/* An age v with its age word, in bytes [start, end), tokens [i, k) ("the 19-year-old student Ana Ruiz"): of the name
 * after it or before it, of the role noun after it (role_age), or, as the subject "The 21-year-old" alone, of the
 * person the sentences right before are about when they name one and no second person (lead_age): news calls the
 * accused and the victim so in one paragraph. */
static void age_with_word(const sent *c, double v, size_t start, size_t end, size_t i, size_t k, fl_ages_state *st,
                          fl_age **out, size_t *n, size_t *cap)
{
    size_t s, e, before = *n;
    size_t role;
    if (name_after(c, k, &s, &e) || name_before(c, i, &s, &e) || name_the_before(c, i, k, &s, &e) ||
        named_person(c, k, &s, &e))
        add_age(c, v, start, end, s, e, st, out, n, cap);
    else
        role_age(c, v, start, end, i, k, st, out, n, cap);
    if (*n == before && (role = role_of_age(c, i, k)) != SIZE_MAX)
        story_role_age(c, v, start, end, role, st, out, n, cap);
    if (*n == before)
        lead_age(c, v, start, end, i, k, st, out, n, cap);
}

/* Does the phrase of a bare number end at token j: the sentence ends, a comma, a full stop or a semicolon follows,
 * or "and" and a word that is no number ("Oona Marsh is 51 and has led the trust ...", "is 51 and lives in ...";
 * not a record, "is 12 and 3")? */
static int copula_end(const sent *c, size_t j)
{
    return j == c->b || punct_at(c->text, c->t, j, c->b, ",.;") ||
           (c->tags && j + 1 < c->b && c->tags[j - c->a] == FL_TAG_CONJ && c->t[j].end - c->t[j].start == 3 &&
            strncasecmp(c->text + c->t[j].start, "and", 3) == 0 && c->t[j + 1].kind == FL_TOK_WORD &&
            c->tags[j + 1 - c->a] != FL_TAG_NUM);
}

/* The name set off by commas after the noun phrase that opens the sentence, right before the copula at token i - 1
 * ("The trust's director, Oona Marsh, is 47": the apposition names the subject); [*s, *e) its tokens. The words
 * before the first comma are a determiner's, a possessive's, nouns and adjectives only. */
static int apposed_is(const sent *c, size_t i, size_t *s, size_t *e)
{
    if (!c->tags || i < c->a + 5 || !punct_at(c->text, c->t, i - 2, c->b, ","))
        return 0;
    size_t first = name_ending(c->text, c->r, c->t, c->a + 1, c->b, i - 3, c->st);
    if (first == SIZE_MAX || !punct_at(c->text, c->t, first - 1, c->b, ","))
        return 0;
    for (size_t k = c->a; k + 1 < first; k++) {
        uint8_t g = c->tags[k - c->a];
        if (!(g == FL_TAG_DET || g == FL_TAG_POS || g == FL_TAG_NOUN || g == FL_TAG_ADJ || g == FL_TAG_PROPN))
            return 0;
    }
    *s = first;
    *e = i - 2;
    return 1;
}

/* A bare number v (tokens [i, j), bytes [start, end)) after an "age-copulas" word, its phrase ending there
 * (copula_end): the age of the name that opens the sentence ("Ingrid Solvang is 34 and has ...", name_is), of the
 * name apposed to the noun phrase that opens it (apposed_is), or, after a he/she subject that opens it ("She is
 * 47."), of the person the sentences before are about when that person's name is their only proper noun
 * (lead_person, alone). */
static void copula_age(const sent *c, double v, size_t start, size_t end, size_t i, size_t j, fl_ages_state *st,
                       fl_age **out, size_t *n, size_t *cap)
{
    size_t s, e;
    if (i < c->a + 2 || c->t[i - 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(st->copulas, c->text, &c->t[i - 1], 1) || !copula_end(c, j))
        return;
    if (name_is(c, i, &s, &e) || apposed_is(c, i, &s, &e))
        add_age(c, v, start, end, s, e, st, out, n, cap);
    else if (i == c->a + 2 && c->tags && c->tags[0] == FL_TAG_PRON && word_in(c, st->persons, c->a) &&
             st->back_t == c->t)
        lead_person(c, v, start, end, 1, st, out, n, cap);
}

/* Is token k a word of a person: a person, role, parent or child noun, or a pronoun of one? */
static int person_word(const sent *c, size_t k)
{
    const fl_ages_state *st = c->st;
    const fl_lexicon *lex[] = {st->others,  st->roles,    st->female,  st->male,       st->story_roles,
                               st->parents, st->children, st->persons, st->age_persons};
    for (size_t x = 0; x < sizeof lex / sizeof lex[0]; x++)
        if (word_in(c, lex[x], k))
            return 1;
    return 0;
}

/* Is document token d the word of token h ("escalator"), or, when plural is set, that word and an "s" or "es"
 * ("escalators", "boxes")? */
static int same_word(const char *text, const fl_token *d, const fl_token *h, int plural)
{
    size_t len = h->end - h->start, dl = d->end - d->start;
    if (d->kind != FL_TOK_WORD || dl < len || strncasecmp(text + d->start, text + h->start, len) != 0)
        return 0;
    const char *rest = text + d->start + len;
    return plural ? (dl == len + 1 && rest[0] == 's') || (dl == len + 2 && strncmp(rest, "es", 2) == 0) : dl == len;
}

/* Is the noun of token h the story's one thing of its kind: the document names it THING_NAMED times or more, never
 * in the plural and never after a "story-role-sharers" word ("another escalator", "the second bridge")? */
static int story_thing(const sent *c, size_t h)
{
    const fl_ages_state *st = c->st;
    size_t named = 0;
    for (size_t i = 0; st->doc_t == c->t && i < st->doc_n; i++) {
        if (same_word(c->text, &c->t[i], &c->t[h], 1))
            return 0;
        if (!same_word(c->text, &c->t[i], &c->t[h], 0))
            continue;
        if (i > 0 && c->t[i - 1].kind == FL_TOK_WORD &&
            fl_lexicon_has_token(st->role_sharers, c->text, &c->t[i - 1], 1))
            return 0;
        named++;
    }
    return named >= THING_NAMED;
}

/* Are tokens [s, e) a thing's nouns and adjectives, in lower case, NOUN_WORDS + 1 at most, the last a common noun
 * in the singular ("escalator", "road bridge"; not "trams", "bus shelters"), none a word of a person ("striker",
 * "woman": person_word)? */
static int thing_words(const sent *c, size_t s, size_t e)
{
    if (!c->tags || e <= s || e - s > NOUN_WORDS + 1 || c->tags[e - 1 - c->a] != FL_TAG_NOUN)
        return 0;
    for (size_t k = s; k < e; k++)
        if (!noun_word(c, k) || capitalised(c->text, &c->t[k]) || person_word(c, k))
            return 0;
    const char *w = c->text + c->t[e - 1].start;
    size_t len = c->t[e - 1].end - c->t[e - 1].start;
    return !(len > 2 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u'); /* "bus", "glass" */
}

/* The head of the thing an age word premodifies after a "story-role-determiners" word or a possessive ("the
 * 26-year-old escalator", "The cathedral's 140-year-old organ": the number at token i, its word ending before token
 * k), SIZE_MAX none: its nouns (thing_words) end a noun phrase, with no possessive after them ("the 12-year-old's
 * bicycle"). */
static size_t premodified_thing(const sent *c, size_t i, size_t k)
{
    if (!c->tags || i <= c->a || !(word_in(c, c->st->role_dets, i - 1) || c->tags[i - 1 - c->a] == FL_TAG_POS))
        return SIZE_MAX; /* "the", "its", "The cathedral's" */
    size_t e = k;
    while (e < c->b && e < k + NOUN_WORDS + 2 && noun_word(c, e))
        e++;
    if (e < c->b && c->tags[e - c->a] == FL_TAG_POS)
        return SIZE_MAX;
    return thing_words(c, k, e) ? e - 1 : SIZE_MAX;
}

/* The head of the thing the sentence opens with, a definite article and its nouns (thing_words), that an
 * "age-copulas" word or a comma and a "thing-age-relatives" pair right before the number at token i joins to it
 * ("The escalator is 22 years old.", "The escalator, which is 26 years old, ..."); the age word ends before token k
 * and its phrase there (copula_end). SIZE_MAX none. */
static size_t subject_thing(const sent *c, size_t i, size_t k)
{
    size_t np_end;
    if (i < c->a + 3 || !copula_end(c, k) || c->t[i - 1].kind != FL_TOK_WORD)
        return SIZE_MAX;
    if (i >= c->a + 5 && c->t[i - 2].kind == FL_TOK_WORD && c->t[i - 1].start - c->t[i - 2].end <= 1 &&
        fl_lexicon_has(c->st->thing_relatives, c->text + c->t[i - 2].start, c->t[i - 1].end - c->t[i - 2].start, 1) &&
        punct_at(c->text, c->t, i - 3, c->b, ","))
        np_end = i - 3; /* "The ferry, which is 34 years old," */
    else if (fl_lexicon_has_token(c->st->copulas, c->text, &c->t[i - 1], 1))
        np_end = i - 1;
    else
        return SIZE_MAX;
    if (!fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, c->a) ||
        fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, c->a) || !thing_words(c, c->a + 1, np_end))
        return SIZE_MAX;
    return np_end - 1;
}

/* Appends age v, in bytes [start, end), of the story's thing an age word describes (the number at token i, the word
 * ending before token k): "the 26-year-old escalator", "The escalator is 22 years old" (premodified_thing,
 * subject_thing), when the document names that thing as its one of the kind (story_thing). Its name is the head
 * noun in lower case; it is compared among the reports of the story (role 2). */
static void thing_age(const sent *c, double v, size_t start, size_t end, size_t i, size_t k, fl_age **out, size_t *n,
                      size_t *cap)
{
    size_t h = premodified_thing(c, i, k);
    if (h == SIZE_MAX)
        h = subject_thing(c, i, k);
    if (h == SIZE_MAX || !story_thing(c, h))
        return;
    char *name = fl_xstrndup(c->text + c->t[h].start, c->t[h].end - c->t[h].start);
    for (char *p = name; *p; p++)
        *p = (char)fl_ascii_lower((unsigned char)*p);
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = (fl_age){v, start, end, name, 0, 2};
}

/* The length of the age word (lex) that word token t ends with after something else ("twenty-one-year-old"), 0
 * none. */
static size_t age_word_ending(const char *text, const fl_lexicon *lex, const fl_token *t)
{
    size_t n = t->end - t->start;
    for (size_t x = 0; lex && t->kind == FL_TOK_WORD && x < fl_lexicon_size(lex); x++) {
        size_t len = fl_lexicon_item_len(lex, x);
        if (len < n && strncasecmp(text + t->end - len, fl_lexicon_item(lex, x), len) == 0)
            return len;
    }
    return 0;
}

/* A word that is a number in words and an age word ("twenty-one-year-old", one token): the age, else 0. */
static double worded_age(const sent *c, size_t i, size_t *word)
{
    const fl_token *t = &c->t[i];
    size_t len = age_word_ending(c->text, c->st->words, t);
    if (!len)
        return 0;
    fl_token head = *t;
    head.end = (uint32_t)(t->end - len);
    head.hash = 0;
    fl_num *num = NULL;
    double v = fl_numbers(c->text, c->r, &head, 1, &num) == 1 && num[0].end == head.end ? num[0].value : 0;
    free(num);
    *word = len;
    return age_value(v) ? v : 0;
}

/* Looks up the lexicons of st once. */
static void ages_ready(const fl_rules *r, fl_ages_state *st)
{
    if (st->ready)
        return;
    st->ready = 1;
    st->words = fl_rules_lexicon(r, "age-words");
    st->prefixes = fl_rules_lexicon(r, "age-prefixes");
    st->past = fl_rules_lexicon(r, "age-past");
    st->roles = fl_rules_lexicon(r, "role-nouns");
    st->naming = fl_rules_lexicon(r, "naming-verbs");
    st->naming_links = fl_rules_lexicon(r, "naming-links");
    st->persons = fl_rules_lexicon(r, "person-words");
    st->others = fl_rules_lexicon(r, "person-nouns");
    st->relatives = fl_rules_lexicon(r, "age-relatives");
    st->copulas = fl_rules_lexicon(r, "age-copulas");
    st->parents = fl_rules_lexicon(r, "parent-nouns");
    st->children = fl_rules_lexicon(r, "child-nouns");
    st->parent_copulas = fl_rules_lexicon(r, "parent-copulas");
    st->possessives = fl_rules_lexicon(r, "parent-possessives");
    st->having = fl_rules_lexicon(r, "parent-verbs");
    st->titles = fl_rules_lexicon(r, "titles");
    st->hit_verbs = fl_rules_lexicon(r, "hit-verbs");
    st->hit_times = fl_rules_lexicon(r, "hit-times");
    st->hit_items = fl_rules_lexicon(r, "hit-items");
    st->hit_item_verbs = fl_rules_lexicon(r, "hit-item-verbs");
    st->hit_by = fl_rules_lexicon(r, "hit-by");
    st->story_roles = fl_rules_lexicon(r, "story-roles");
    st->role_dets = fl_rules_lexicon(r, "story-role-determiners");
    st->role_sharers = fl_rules_lexicon(r, "story-role-sharers");
    st->female = fl_rules_lexicon(r, "female-person-nouns");
    st->male = fl_rules_lexicon(r, "male-person-nouns");
    st->age_persons = fl_rules_lexicon(r, "age-person-nouns");
    st->thing_relatives = fl_rules_lexicon(r, "thing-age-relatives");
    st->fronts = fl_rules_lexicon(r, "age-fronts");
    st->front_relatives = fl_rules_lexicon(r, "age-front-relatives");
    st->front_verbs = fl_rules_lexicon(r, "age-front-verbs");
    st->front_adverbs = fl_rules_lexicon(r, "age-front-adverbs");
    st->front_partitives = fl_rules_lexicon(r, "age-front-partitives");
    st->place_heads = fl_rules_lexicon(r, "place-name-heads");
}

/* The "story-roles" word token t is in the plural ("drivers"): its singular's length, 0 none. */
static size_t plural_role(const char *text, const fl_token *t, const fl_ages_state *st)
{
    size_t len = t->end - t->start;
    return len > 2 && text[t->end - 1] == 's' && fl_lexicon_has(st->story_roles, text + t->start, len - 1, 1) ? len - 1
                                                                                                              : 0;
}

void fl_ages_note_document(const char *text, const fl_rules *r, const fl_token *t, size_t n, fl_ages_state *st)
{
    ages_ready(r, st);
    st->doc_t = t;
    st->doc_n = n;
    for (size_t i = 0; st->story_roles && i < n; i++) {
        if (t[i].kind != FL_TOK_WORD)
            continue;
        size_t len = plural_role(text, &t[i], st);
        if (!len && i > 0 && t[i - 1].kind == FL_TOK_WORD &&
            fl_lexicon_has_token(st->role_sharers, text, &t[i - 1], 1) &&
            fl_lexicon_has_token(st->story_roles, text, &t[i], 1))
            len = t[i].end - t[i].start;
        if (!len)
            continue;
        FL_GROW(st->shared, st->capshared, st->nshared + 1);
        st->shared[st->nshared++] = fl_xstrndup(text + t[i].start, len);
    }
}

/* The name an "age-fronts" word and a bare number, opening the sentence and set off by a comma, put before the
 * subject of a verb of the present ("At 44, Oyelaran has spent ..."): the number at token i (its phrase ending at
 * token j) is the age now of the name right after the comma when that name is the whole subject and a finite verb
 * of the present follows it; a past verb ("At 20, Solheim joined the navy") tells an age of another time, and a
 * date, a clock time or a measure ("At 31 December", "At 10:40", "At 44 metres") is no bare number ending there.
 * [*s, *e) its tokens. */
static int person_phrase_at(const sent *c, size_t k);
static int thing_phrase_at(const sent *c, size_t k);
static int not_its_age(const sent *c, size_t s, size_t e);

static int fronted_age(const sent *c, size_t i, size_t j, size_t *s, size_t *e)
{
    if (!c->tags || i != c->a + 1 || c->t[c->a].kind != FL_TOK_WORD || !c->st->fronts ||
        !fl_lexicon_has_token(c->st->fronts, c->text, &c->t[c->a], 1) || !punct_at(c->text, c->t, j, c->b, ","))
        return 0;
    *s = j + 1;
    *e = name_starting(c->text, c->r, c->t, c->b, *s);
    if (!(*e > *s && *e < c->b && c->tags[*e - c->a] == FL_TAG_VBP) || not_its_age(c, *s, *e))
        return 0; /* "At 49, Death Valley is ...": a place's name, no one's age */
    /* after a copula of "age-front-verbs" the name's age is lost only to a phrase of a thing ("At 49, Salt Basin is
     * the hottest place": a temperature); a bare superlative, an adjective or a verb keeps it ("At 17, Lee is the
     * youngest", "is too young to vote", "is still coaching") */
    return !word_in(c, c->st->front_verbs, *e) || !thing_phrase_at(c, *e + 1);
}

/* Is token k the plural in "s" of a word of a person ("players", "members")? */
static int plural_person(const sent *c, size_t k)
{
    const fl_token *t = &c->t[k];
    size_t n = t->end - t->start;
    if (n < 3 || c->text[t->end - 1] != 's')
        return 0;
    const fl_ages_state *st = c->st;
    const fl_lexicon *lex[] = {st->others, st->roles, st->story_roles, st->persons, st->age_persons};
    for (size_t x = 0; x < sizeof lex / sizeof lex[0]; x++)
        if (lex[x] && fl_lexicon_has(lex[x], c->text + t->start, n - 1, 1))
            return 1;
    return 0;
}

/* Does a noun phrase of a thing open at token k, after adverbs and a partitive "one of" ("the hottest place", "one
 * of the hottest spots"): a common noun before a preposition, "to", a verb or a mark, with no word of a person in
 * the phrase ("the youngest player", "a senior international" are a person's)? */
static int thing_phrase_at(const sent *c, size_t k)
{
    while (k < c->b && c->t[k].kind == FL_TOK_WORD && c->tags[k - c->a] == FL_TAG_ADV)
        k++;
    if (c->st->front_partitives && k < c->b && c->t[k].kind == FL_TOK_WORD)
        k += fl_lexicon_words_at(c->st->front_partitives, c->text, c->t, c->b, k); /* "one of the youngest players" */
    int thing = 0;
    for (; k < c->b && c->t[k].kind == FL_TOK_WORD; k++) {
        fl_tag g = c->tags[k - c->a];
        if (g == FL_TAG_ADP || g == FL_TAG_TO || g == FL_TAG_VBP || g == FL_TAG_VBD || g == FL_TAG_MD ||
            g == FL_TAG_VBG || g == FL_TAG_VBN || g == FL_TAG_CONJ)
            break;
        if (person_word(c, k) || plural_person(c, k))
            return 0;
        thing |= g == FL_TAG_NOUN;
    }
    return thing;
}

/* Does a noun phrase of a person open at token k, its words up to a preposition, "to", a verb or a mark ("the youngest
 * conductor to win", "the club's leading scorer"; not "the hottest place in", "two points clear")? */
static int person_phrase_at(const sent *c, size_t k)
{
    int person = 0;
    for (; k < c->b && c->t[k].kind == FL_TOK_WORD; k++) {
        fl_tag g = c->tags[k - c->a];
        if (g == FL_TAG_ADP || g == FL_TAG_TO || g == FL_TAG_VBP || g == FL_TAG_VBD || g == FL_TAG_MD)
            break;
        person |= person_word(c, k);
    }
    return person;
}

/* Is the clause from token j on, after adverbs, a verb of the present that tells a person's age now: an
 * "age-front-verbs" copula before a noun phrase of a person ("becomes the youngest conductor", "is the oldest
 * member"), or, with rel set (a relative "who" before the age), any present verb after an "age-front-adverbs" word
 * ("who at 38 still plays")? Not a plural ("are two points clear"), a past ("who at 20 joined") nor another verb
 * ("who at 11 opens the debate": a clock time; "is the hottest place": a temperature). */
static int present_after(const sent *c, size_t j, int rel)
{
    int still = 0;
    for (; j < c->b && c->tags[j - c->a] == FL_TAG_ADV; j++)
        still |= word_in(c, c->st->front_adverbs, j);
    if (j >= c->b || c->tags[j - c->a] != FL_TAG_VBP)
        return 0;
    if (still && rel)
        return 1;
    return word_in(c, c->st->front_verbs, j) && person_phrase_at(c, j + 1);
}

/* Is the name of tokens [s, e) no one's age here: a place's name ("Death Valley"), or a name in a phrase of "of"
 * after a noun, the relative then possibly the noun's ("the daughter of conductor Sian Pritchard, who at 12")? */
static int not_its_age(const sent *c, size_t s, size_t e)
{
    if (word_in(c, c->st->place_heads, e - 1))
        return 1;
    while (s > c->a && c->t[s - 1].kind == FL_TOK_WORD && c->tags[s - 1 - c->a] == FL_TAG_NOUN)
        s--; /* "conductor Sian Pritchard" */
    return s > c->a && c->t[s - 1].kind == FL_TOK_WORD && c->tags[s - 1 - c->a] == FL_TAG_ADP &&
           fl_role_at(c->r, FL_ROLE_OF, c->text, c->t, c->b, s - 1);
}

/* An age fronted inside the clause of a name, before a verb of the present (present_after): "Pritchard, who at 36
 * becomes the youngest ...", with an "age-front-relatives" pronoun right after the name's comma, or "Pritchard, at
 * 36, is the youngest ...", the name opening its sentence and the age between commas: the number at token i (its
 * phrase ending at token j) is that name's age now. A clock time, a price or a measure ("who at 3pm", "at 36p", "at
 * 36 mph") has more after the number than a verb; a past verb ("who at 20 joined") is another time's. [*s, *e) its
 * tokens. */
static int inner_fronted_age(const sent *c, size_t i, size_t j, size_t *s, size_t *e)
{
    if (!c->tags || !c->st->fronts || i < c->a + 3 || c->t[i - 1].kind != FL_TOK_WORD ||
        !fl_lexicon_has_token(c->st->fronts, c->text, &c->t[i - 1], 1))
        return 0;
    if (c->st->front_relatives && c->t[i - 2].kind == FL_TOK_WORD && i >= c->a + 4 &&
        fl_lexicon_has_token(c->st->front_relatives, c->text, &c->t[i - 2], 1) &&
        punct_at(c->text, c->t, i - 3, c->b, ",") && present_after(c, j, 1)) {
        *s = name_ending(c->text, c->r, c->t, c->a, c->b, i - 4, c->st); /* "Pritchard, who at 36 becomes" */
        *e = i - 3;
        return *s != SIZE_MAX && !not_its_age(c, *s, *e);
    }
    if (!punct_at(c->text, c->t, i - 2, c->b, ",") || !punct_at(c->text, c->t, j, c->b, ",") ||
        !present_after(c, j + 1, 0))
        return 0;
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, i - 3, c->st); /* "Pritchard, at 36, is" */
    *e = i - 2;
    return *s == c->a && !not_its_age(c, *s, *e);
}

int fl_ages_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, const fl_num *nums,
                     size_t nn, fl_ages_state *st)
{
    ages_ready(r, st);
    for (size_t i = 0; i < nn; i++)
        if ((age_value(nums[i].value) ||
             (nums[i].value <= OLDEST_THING && age_word_at(text, st->words, nums[i].end, t[b - 1].end))) &&
            !nums[i].range && !nums[i].scaled) /* "the 150-year-old lighthouse" */
            return 1;
    for (size_t i = a; i < b; i++)
        if (age_word_ending(text, st->words, &t[i]))
            return 1;
    return 0;
}

size_t fl_ages_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                           const uint8_t *tags, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out,
                           size_t *n, size_t *cap)
{
    ages_ready(r, st);
    sent c = {text, r, t, a, b, tags, st};
    size_t before = *n, word;
    for (size_t ni = 0; ni < nn; ni++) {
        const fl_num *x = &nums[ni];
        size_t i = x->tok, j = x->tok + x->ntok, s, e;
        int person = age_value(x->value),
            thing = x->value >= 1 && x->value <= OLDEST_THING && x->value == floor(x->value);
        if (x->range || x->proportion || x->scaled || !thing || !plain(text, x) || past_age(&c, i))
            continue;
        if ((word = age_word_at(text, st->words, x->end, t[b - 1].end)) != 0) { /* "19-year-old" */
            size_t k = j, had = *n;
            while (k < b && t[k].start < x->end + word)
                k++;
            if (person)
                age_with_word(&c, x->value, x->start, x->end + word, i, k, st, out, n, cap);
            if (*n == had) /* "the 26-year-old escalator" */
                thing_age(&c, x->value, x->start, x->end + word, i, k, out, n, cap);
            continue;
        }
        if (!person)
            continue;
        /* "Ana Ruiz, 19," / "Ana Ruiz (19)" / "Ana Ruiz, aged 19": a bare number that ends its phrase */
        int paren = i > a && punct_at(text, t, i - 1, b, "("),
            ends = j == b || punct_at(text, t, j, b, paren ? ")" : ",.;)");
        size_t role;
        if (ends && (name_before(&c, i, &s, &e) || named_role(&c, i, j, &s, &e) || (!paren && name_is(&c, i, &s, &e))))
            add_age(&c, x->value, x->start, x->end, s, e, st, out, n, cap);
        else if (!paren && ((age_relative(&c, i) && copula_end(&c, j) && name_before(&c, i, &s, &e)) ||
                            fronted_age(&c, i, j, &s, &e) || inner_fronted_age(&c, i, j, &s, &e)))
            /* "Ana Ruiz, who is 19 and has ...", "At 19, Ruiz has", "Ruiz, who at 19 becomes" */
            add_age(&c, x->value, x->start, x->end, s, e, st, out, n, cap);
        else if (ends && !paren && (role = role_before(&c, i)) != SIZE_MAX)
            story_role_age(&c, x->value, x->start, x->end, role, st, out, n, cap);
        else if (!paren)
            copula_age(&c, x->value, x->start, x->end, i, j, st, out, n, cap);
    }
    for (size_t i = a; i < b; i++) { /* "the twenty-one-year-old", which no number holds */
        double v = worded_age(&c, i, &word);
        size_t had = *n;
        if (v > 0 && !past_age(&c, i))
            age_with_word(&c, v, t[i].start, t[i].end, i, i + 1, st, out, n, cap);
        if (v > 0 && !past_age(&c, i) && *n == had)
            thing_age(&c, v, t[i].start, t[i].end, i, i + 1, out, n, cap);
    }
    for (size_t x = before; x < *n; x++) {
        FL_GROW(st->aged, st->capaged, st->naged + 1);
        st->aged[st->naged] = (*out)[x];
        st->aged[st->naged++].name = fl_xstrdup((*out)[x].name);
    }
    fl_ages_note_names(text, r, t, a, b, st);
    return *n - before;
}

/* Are tokens [s, e) a name by the tagger (every word a proper noun), or untagged? */
static int proper_name(const sent *c, size_t s, size_t e)
{
    for (size_t k = s; c->tags && k < e; k++)
        if (c->tags[k - c->a] != FL_TAG_PROPN)
            return 0;
    return e > s;
}

/* Does a phrase end at token j: the sentence's end, or a comma, a full stop, a bracket or a dash? */
static int phrase_end(const sent *c, size_t j)
{
    return j >= c->b || punct_at(c->text, c->t, j, c->b, ",.;)") ||
           (c->t[j].kind == FL_TOK_PUNCT && c->text[c->t[j].start] == '\xe2'); /* a dash: "—", "–" */
}

/* The person a "parent-nouns" word at token k with its children's count ending before token j describes ("mother of
 * 12"): a name of two proper nouns right after ("Brooklyn Mother of 13 Zurana Horton"); the name it is apposed to, an
 * age between them or none, when the phrase ends there ("Zurana Horton, 34, a mother of 12, was shot"); or the name
 * opening the sentence that a "parent-copulas" word joins to it ("Horton was the mother of 12 children"); [*s, *e)
 * its tokens. */
static int parent_person(const sent *c, size_t k, size_t j, size_t *s, size_t *e)
{
    *e = name_starting(c->text, c->r, c->t, c->b, j);
    if (*e >= j + 2 && proper_name(c, j, *e)) {
        *s = j;
        return 1;
    }
    if (!phrase_end(c, j))
        return 0;
    size_t h = k;
    if (h > c->a && fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, h - 1))
        h--;
    if (h > c->a + 1 && punct_at(c->text, c->t, h - 1, c->b, ",")) {
        size_t x = h - 1; /* the comma */
        if (x >= c->a + 3 && c->t[x - 1].kind == FL_TOK_NUM && punct_at(c->text, c->t, x - 2, c->b, ","))
            x -= 2; /* ", 34," */
        *s = name_ending(c->text, c->r, c->t, c->a, c->b, x - 1, c->st);
        *e = x;
        return *s != SIZE_MAX && proper_name(c, *s, *e);
    }
    if (h < c->a + 2 || !word_in(c, c->st->parent_copulas, h - 1))
        return 0;
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, h - 2, c->st);
    *e = h - 1;
    return *s == c->a;
}

/* The name that ends the subject of parse p's main clause, when a "parent-possessives" or a "parent-verbs" word before
 * token i is that person's ("Horton, 34, was walking with one of her 12 children", "Ruiz has three children"): the
 * word's clause has that subject (a relative clause of another noun has its own: "the death of her granddaughter,
 * who had four children"), and no other name and no person noun stand between the two; [*s, *e) its tokens. */
static int subject_parent(const sent *c, const fl_parse *p, size_t i, size_t *s, size_t *e)
{
    int subj = -1;
    for (size_t cl = 0; p && cl < p->nclause && subj < 0; cl++)
        if (p->clauses[cl].parent < 0)
            subj = fl_parse_subject(p, (int)cl);
    if (subj < 0 || p->tags[p->nps[subj].head] != FL_TAG_PROPN ||
        fl_parse_subject(p, fl_parse_clause_of(p, i - 1 - c->a)) != subj) /* "her granddaughter, who had four" */
        return 0;
    size_t last = c->a + p->nps[subj].end - 1;
    if (last + 1 >= i || !capitalised(c->text, &c->t[last]) ||
        (*s = name_ending(c->text, c->r, c->t, c->a + p->nps[subj].start, c->b, last, c->st)) == SIZE_MAX)
        return 0;
    *e = last + 1;
    for (size_t k = *e; k + 1 < i; k++)
        if (name_word(c->text, c->r, c->t, c->b, k) || word_in(c, c->st->others, k) || word_in(c, c->st->roles, k))
            return 0;
    return 1;
}

/* Notes that the parent noun at token k described the person name ("Zurana Horton, 34, a mother of 12"): a second
 * person so described, or a second parent noun, leaves the document no one parent. */
static void note_parent(const sent *c, size_t k, const char *name, fl_ages_state *st)
{
    const fl_token *w = &c->t[k];
    size_t len = w->end - w->start;
    if (!st->parent_name && !st->parent_many) {
        st->parent_name = fl_xstrdup(name);
        st->parent_noun = fl_xstrndup(c->text + w->start, len);
    } else if (st->parent_name && (strcmp(st->parent_name, name) != 0 || strlen(st->parent_noun) != len ||
                                   strncasecmp(st->parent_noun, c->text + w->start, len) != 0)) {
        free(st->parent_name);
        free(st->parent_noun);
        st->parent_name = st->parent_noun = NULL;
        st->parent_many = 1;
    }
}

/* "the mother of 13" with no name (the parent noun at token k, a definite article before it, the count v in bytes
 * [start, end)): the one person the document described by that parent noun and a name before, when it described
 * one. */
static void described_parent(const sent *c, double v, size_t start, size_t end, size_t k, fl_ages_state *st,
                             fl_age **out, size_t *n, size_t *cap)
{
    const fl_token *w = &c->t[k];
    size_t len = w->end - w->start;
    if (!st->parent_name || k <= c->a || !fl_role_at(c->r, FL_ROLE_ARTICLES, c->text, c->t, c->b, k - 1) ||
        fl_role_at(c->r, FL_ROLE_INDEFINITE, c->text, c->t, c->b, k - 1) || strlen(st->parent_noun) != len ||
        strncasecmp(st->parent_noun, c->text + w->start, len) != 0)
        return;
    FL_GROW(*out, *cap, *n + 1);
    (*out)[(*n)++] = (fl_age){v, start, end, fl_xstrdup(st->parent_name), strchr(st->parent_name, ' ') == NULL, 0};
}

int fl_children_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st)
{
    ages_ready(r, st);
    for (size_t i = a; i < b; i++)
        if (t[i].kind == FL_TOK_WORD &&
            (fl_lexicon_has_token(st->parents, text, &t[i], 1) || fl_lexicon_has_token(st->children, text, &t[i], 1)))
            return 1;
    return 0;
}

size_t fl_children_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                               const fl_parse *p, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out,
                               size_t *n, size_t *cap)
{
    ages_ready(r, st);
    sent c = {text, r, t, a, b, p ? p->tags : NULL, st};
    size_t before = *n;
    for (size_t ni = 0; ni < nn; ni++) {
        const fl_num *x = &nums[ni];
        size_t i = x->tok, j = x->tok + x->ntok, s, e;
        if (x->range || x->proportion || x->scaled || !age_value(x->value) || x->value > MOST_CHILDREN ||
            !plain(text, x) || i < a + 2)
            continue;
        int counted = word_in(&c, st->children, j);
        size_t end = t[j - 1 + (size_t)counted].end;
        if (word_in(&c, st->parents, i - 2) && fl_role_at(r, FL_ROLE_OF, text, t, b, i - 1)) { /* "mother of 12" */
            if (parent_person(&c, i - 2, j + (size_t)counted, &s, &e)) {
                add_age(&c, x->value, x->start, end, s, e, st, out, n, cap);
                note_parent(&c, i - 2, (*out)[*n - 1].name, st);
            } else
                described_parent(&c, x->value, x->start, end, i - 2, st, out, n, cap);
        } else if (counted && (word_in(&c, st->possessives, i - 1) || word_in(&c, st->having, i - 1)) &&
                   subject_parent(&c, p, i, &s, &e)) /* "her 12 children", "has three children" */
            add_age(&c, x->value, x->start, end, s, e, st, out, n, cap);
    }
    return *n - before;
}

/* The name tokens from i give, past a title ("Mr. Gray"): two proper nouns or one; [*s, *e) its tokens. */
static int name_from(const sent *c, size_t i, size_t *s, size_t *e)
{
    if (word_in(c, c->st->titles, i)) {
        i++;
        if (punct_at(c->text, c->t, i, c->b, "."))
            i++;
    }
    *s = i;
    *e = name_starting(c->text, c->r, c->t, c->b, i);
    return i < c->b && proper_name(c, *s, *e);
}

/* The name right before a verb group starting at token v, past an age between commas ("Gray, 16, was shot"), its
 * words proper nouns; [*s, *e) its tokens. */
static int name_before_group(const sent *c, size_t v, size_t *s, size_t *e)
{
    if (v >= c->a + 4 && punct_at(c->text, c->t, v - 1, c->b, ",") && c->t[v - 2].kind == FL_TOK_NUM &&
        punct_at(c->text, c->t, v - 3, c->b, ","))
        v -= 3;
    if (v <= c->a)
        return 0;
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, v - 1, c->st);
    *e = v;
    return *s != SIZE_MAX && proper_name(c, *s, *e);
}

/* The verb group of parse p (sentence tokens from c->a) whose head is token k, when that head is a word of lex;
 * NULL otherwise. */
static const fl_vgroup *group_headed(const sent *c, const fl_parse *p, size_t k, const fl_lexicon *lex)
{
    int vg = k >= c->a && k < c->b ? p->vg_of[k - c->a] : -1;
    if (vg < 0 || c->a + p->vgs[vg].head != k || !word_in(c, lex, k))
        return NULL;
    return &p->vgs[vg];
}

/* The person a count of "hit-times" at tokens [i, j) says was hit that many times: the subject name of a passive
 * "hit-verbs" group right before it ("Gray, 16, was shot eleven times"), or the name between an active one and it
 * ("hitting Gray eleven times", "shot Ana Ruiz 11 times"; "shot at" is none: a shot that missed); [*s, *e) its
 * tokens. */
static int times_hit(const sent *c, const fl_parse *p, size_t i, size_t *s, size_t *e)
{
    const fl_vgroup *g = group_headed(c, p, i - 1, c->st->hit_verbs);
    if (g)
        return g->passive && name_before_group(c, c->a + g->start, s, e);
    *s = name_ending(c->text, c->r, c->t, c->a, c->b, i - 1, c->st);
    *e = i;
    if (*s == SIZE_MAX || !proper_name(c, *s, *e))
        return 0;
    size_t v = *s;
    if (v >= c->a + 2 && punct_at(c->text, c->t, v - 1, c->b, ".") && word_in(c, c->st->titles, v - 2))
        v -= 2; /* "Mr. Gray" */
    else if (v > c->a && word_in(c, c->st->titles, v - 1))
        v--;
    g = v > c->a ? group_headed(c, p, v - 1, c->st->hit_verbs) : NULL;
    return g && !g->passive;
}

/* The person a count of "hit-items" at tokens [i, j) (the head of its noun phrase np) says was hit by that many: the
 * name right after an active "hit-item-verbs" group of which the phrase is the subject ("Seven bullets hit Mr.
 * Gray", "seven bullets entered Gray's body"), or the subject name of the passive one a "hit-by" word joins it to
 * ("Gray was hit by seven bullets"); [*s, *e) its tokens. */
static int items_hit(const sent *c, const fl_parse *p, int np, size_t *s, size_t *e)
{
    size_t end = c->a + p->nps[np].end, start = c->a + p->nps[np].start;
    const fl_vgroup *g;
    int vg = end < c->b ? p->vg_of[end - c->a] : -1;
    if (vg >= 0 && p->vgs[vg].start == p->nps[np].end && fl_parse_subject(p, p->vgs[vg].clause) == np &&
        (g = group_headed(c, p, c->a + p->vgs[vg].head, c->st->hit_item_verbs)) && !g->passive)
        return name_from(c, c->a + g->end, s, e);
    if (start < c->a + 2 || !word_in(c, c->st->hit_by, start - 1))
        return 0;
    g = group_headed(c, p, start - 2, c->st->hit_item_verbs);
    return g && g->passive && name_before_group(c, c->a + g->start, s, e);
}

/* Is the name of tokens [s, e) a person's by what the document says: a title before it ("Mr. Gray"), or an age it
 * gave that person ("16-year-old Kimani Gray"; a place is hit, struck and shot at too: "hit Florida three times")? */
static int known_person(const sent *c, size_t s, size_t e, const fl_ages_state *st)
{
    if ((s > c->a && word_in(c, st->titles, s - 1)) ||
        (s >= c->a + 2 && punct_at(c->text, c->t, s - 1, c->b, ".") && word_in(c, st->titles, s - 2)))
        return 1;
    int local, aged = 0;
    char *name = name_of(c->text, c->t, s, e, st, &local);
    for (size_t i = 0; i < st->naged && !aged; i++)
        aged = strcmp(st->aged[i].name, name) == 0;
    free(name);
    return aged;
}

int fl_hits_possible(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_ages_state *st)
{
    ages_ready(r, st);
    for (size_t i = a; i < b; i++)
        if (t[i].kind == FL_TOK_WORD && (fl_lexicon_has_token(st->hit_times, text, &t[i], 1) ||
                                         fl_lexicon_has_token(st->hit_items, text, &t[i], 1)))
            return 1;
    return 0;
}

size_t fl_hits_in_sentence(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b,
                           const fl_parse *p, const fl_num *nums, size_t nn, fl_ages_state *st, fl_age **out, size_t *n,
                           size_t *cap)
{
    ages_ready(r, st);
    sent c = {text, r, t, a, b, p ? p->tags : NULL, st};
    size_t before = *n;
    for (size_t ni = 0; p && ni < nn; ni++) {
        const fl_num *x = &nums[ni];
        size_t i = x->tok, j = x->tok + x->ntok, s, e;
        if (x->range || x->proportion || x->scaled || !age_value(x->value) || !plain(text, x) || j >= b)
            continue;
        int np = p->np_of[j - a], found = 0;
        if (word_in(&c, st->hit_times, j) && i > a)
            found = times_hit(&c, p, i, &s, &e);
        else if (word_in(&c, st->hit_items, j) && np >= 0 && a + p->nps[np].head == j && a + p->nps[np].start == i)
            found = items_hit(&c, p, np, &s, &e);
        if (found && known_person(&c, s, e, st))
            add_age(&c, x->value, x->start, t[j].end, s, e, st, out, n, cap);
    }
    return *n - before;
}

/* Is token i a noun of a person (the lexicons lex[0, nlex)) that a determiner opens, one lower-case word between
 * at most: an indefinite article, or a definite one before a word not in the plural ("his grandson", not "the
 * victims")? */
static int determined_person(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, size_t i,
                             const fl_lexicon *const *lex, size_t nlex)
{
    int person = 0;
    for (size_t x = 0; x < nlex && !person; x++)
        person = t[i].kind == FL_TOK_WORD && fl_lexicon_has_token(lex[x], text, &t[i], 1);
    if (!person || capitalised(text, &t[i]))
        return 0;
    const fl_lexicon *dets = fl_rules_lexicon(r, "story-role-determiners");
    int plural = text[t[i].end - 1] == 's';
    for (size_t d = i; d-- > a && d + 2 >= i;) {
        if (fl_role_at(r, FL_ROLE_INDEFINITE, text, t, b, d))
            return 1;
        if (t[d].kind == FL_TOK_WORD && fl_lexicon_has_token(dets, text, &t[d], 1))
            return !plural;
        if (t[d].kind != FL_TOK_WORD || capitalised(text, &t[d]))
            return 0;
    }
    return 0;
}

void fl_ages_mark_unnamed(const char *text, const fl_rules *r, const fl_token *t, size_t a, size_t b, fl_num *nums,
                          size_t nn)
{
    const fl_lexicon *lex[4] = {NULL}, *parents = NULL;
    for (size_t ni = 0; ni < nn; ni++) {
        fl_num *x = &nums[ni];
        size_t i = x->tok, j = x->tok + x->ntok;
        if (x->nonclaim || x->range || x->scaled || !age_value(x->value) || !plain(text, x) || i < a + 3 ||
            !(j == b || punct_at(text, t, j, b, ",.;)") ||
              (t[j].kind == FL_TOK_WORD && fl_role_at(r, FL_ROLE_AND, text, t, b, j))))
            continue; /* the phrase ends: "a woman of 44, all from ...", "a man of 44 and a boy" */
        int comma = punct_at(text, t, i - 1, b, ",");
        int of = t[i - 1].kind == FL_TOK_WORD && fl_role_at(r, FL_ROLE_OF, text, t, b, i - 1);
        if (!comma && !of)
            continue;
        if (!lex[0]) {
            static const char *const names[] = {"person-nouns", "role-nouns", "female-person-nouns",
                                                "male-person-nouns"};
            for (size_t k = 0; k < 4; k++)
                lex[k] = fl_rules_lexicon(r, names[k]);
            parents = fl_rules_lexicon(r, "parent-nouns");
        }
        if (of && (fl_lexicon_has_token(parents, text, &t[i - 2], 1) ||
                   !fl_role_at(r, FL_ROLE_INDEFINITE, text, t, b, i - 3)))
            continue; /* "a mother of 12": children; "the death of 44": no person's age */
        if (determined_person(text, r, t, a, b, i - 2, lex, 4))
            x->nonclaim = FL_NC_AGE;
    }
}

void fl_ages_state_free(fl_ages_state *st)
{
    for (size_t i = 0; i < st->nroles; i++) {
        free(st->role[i]);
        free(st->role_name[i]);
    }
    free(st->role);
    free(st->role_name);
    for (size_t i = 0; i < st->nfull; i++)
        free(st->full[i]);
    free(st->full);
    for (size_t i = 0; i < st->naged; i++)
        free(st->aged[i].name);
    free(st->aged);
    free(st->parent_name);
    free(st->parent_noun);
    for (size_t i = 0; i < st->nshared; i++)
        free(st->shared[i]);
    free(st->shared);
    memset(st, 0, sizeof *st);
}
