/* speakers.c - who said what.
 *
 * People: a run of capitalised words (with lower-case particles) that is not an entity, a month or a
 * title, found in an attribution context: next to a speech verb, after an attribution dash, with an
 * appositive ("Ana Silva, a bank economist") or between commas ("the bank's chief economist, Ana Silva,").
 * Bylines name authors, who are never speakers. A person's aliases are the titles before the name
 * ("Finance Minister") and the descriptions around it ("top diplomat", "China expert"); a one-word
 * reference resolves to the one person whose first or last name it is.
 *
 * Quotes: every outermost double quote goes through an ordered sieve, the most precise pattern first,
 * in the spirit of CoreNLP's quote attribution:
 *   "Q," said S | "Q," S said | "Q" - S, title | "Q" (S added) | S said: "Q" / S said (that) ... "Q" |
 *   according to S | a quote that continues the speaker of the quote before it (same paragraph, or a
 *   paragraph that opens with a quote) | he/she resolved to the nearest person of matching gender.
 * A short quoted term with no speech cue ("no-limits friendship") is a scare quote, not speech.
 *
 * Reported speech: "S (reportedly) told A that C", "S said C", "C, S said" are claims too.
 *
 * Every word list (speech verbs, titles, pronouns and their genders, hedges, audience stops, source
 * phrases) comes from the rule packs. */
#include "extract/speakers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "packs/knowledge.h"
#include "packs/rulepack.h"
#include "syntax/syntax.h"
#include "core/map.h"
#include "doc/excerpt.h"
#include "doc/tokens.h"

enum {
    MAX_NAME = 5,
    MAX_TEXT = 1200,
    MAX_AUDIENCE = 12,
    SUBJECT_WINDOW = 16,
    PHRASE_WINDOW = 400,
    PHRASE_WORDS = 6, /* the lower-case words of a speech phrase before the name it introduces */
    MAX_BYLINE = 300,
    NONE = -1,
    UNNAMED = -3,   /* the discourse's current speaker is a person given by a description, not a name */
    AMBIGUOUS = -4, /* a pronoun that two people, or a person and someone unnamed, may stand for */
    CARRY_SENTENCES = 3,
    CHAIN_PARAGRAPHS = 6, /* how far back a chain of he/she may reach for its person */
    CHAIN_HOPS = 4,
    VOICE_PARAS = 3,
    TITLE_HOPS = 3,
    LONG_NAME = 4,
    NP_WINDOW = 32,
    PULL_LETTERS = 24,      /* a pull-quote is found by its letters: this many at least, about five words */
    PULL_LINE_LETTERS = 12, /* the same for a line set off in single marks under a headline */
    ADVERBIAL = 12
};

/* The lexicons this file reads, looked up by name once per document. */
enum {
    LX_SPEECH_VERBS,
    LX_TITLES,
    LX_FUNCTION_WORDS,
    LX_STOPWORDS,
    LX_NAME_PARTICLES,
    LX_ORG_PREPOSITIONS,
    LX_HEDGES,
    LX_MALE_WORDS,
    LX_FEMALE_WORDS,
    LX_PRONOUNS,
    LX_AUDIENCE_VERBS,
    LX_AUDIENCE_STOPS,
    LX_BARE_REPORT_VERBS,
    LX_QUOTE_VERBS,
    LX_REMARK_NOUNS,
    LX_BYLINE_WORDS,
    LX_SOURCE_PHRASES,
    LX_SPEECH_PHRASES,
    LX_STANCE_VERBS,
    LX_NAME_SUFFIXES,
    LX_VERB_GROUP,
    LX_NAMING_NOUNS,
    LX_THOUGHT_PHRASES,
    LX_BE_FORMS,
    LX_PARTICIPLES,
    LX_FIRST_PERSON,
    LX_QUESTION_VERBS,
    LX_ORG_WORDS,
    LX_ROLE_NOUNS,
    LX_FIRST_SINGULAR,
    LX_WRITTEN,
    LX_SPOKEN,
    LX_BROADCAST,
    LX_PLACE_PREPOSITIONS,
    LX_THING_NAME_HEADS,
    LX_PLACE_NAME_HEADS,
    LX_GESTURE_VERBS,
    LX_FEMALE_NOUNS,
    LX_MALE_NOUNS,
    LX_FIRM_JOINERS,
    LX_POSSESSIVES,
    LX_NON_PERSON_TITLES,
    LX_AGENT_PREPOSITIONS,
    LX_NAMING_PARTICIPLES,
    LX_OTHERS_HEADINGS,
    LX_COUNT
};

static const char *const lexicon_names[LX_COUNT] = {
    "speech-verbs",
    "titles",
    "function-words",
    "stopwords",
    "name-particles",
    "org-prepositions",
    "hedges",
    "male-words",
    "female-words",
    "pronouns",
    "audience-verbs",
    "audience-stops",
    "bare-report-verbs",
    "quote-verbs",
    "remark-nouns",
    "byline-words",
    "source-phrases",
    "speech-phrases",
    "stance-verbs",
    "name-suffixes",
    "verb-group-words",
    "naming-nouns",
    "thought-phrases",
    "be-forms",
    "speech-participles",
    "first-person-words",
    "question-verbs",
    "organisation-words",
    "role-nouns",
    "first-person-singular",
    "written-media",
    "spoken-media",
    "broadcast-leads",
    "place-prepositions",
    "thing-name-heads",
    "place-name-heads",
    "gesture-verbs",
    "female-person-nouns",
    "male-person-nouns",
    "firm-name-joiners",
    "possessive-pronouns",
    "non-person-titles",
    "agent-prepositions",
    "naming-participles",
    "others-words-headings",
};

typedef enum { SPK_NONE, SPK_PERSON, SPK_NAME, SPK_PRONOUN, SPK_DESC } spk_kind;

typedef struct {
    char *name;           /* "Ana Silva" */
    char *key;            /* folded */
    char *firstw, *lastw; /* folded first and last name words */
    char *alias;          /* lower-case description ("finance minister") or NULL */
    size_t tok, end;      /* its first full mention: first token, end byte */
    int gender;           /* 0 unknown, 'm', 'f' */
    int author;           /* named in a byline */
    int quoted;           /* a quote or reported speech is attributed to them */
} person;

typedef struct {
    spk_kind kind;
    int person;       /* SPK_PERSON: index into the people */
    size_t tok, ntok; /* where the speaker is named; ntok 0 when nowhere */
    const char *how;
} speaker;

typedef struct {
    size_t tok;
    int person;
} mention;

typedef struct sp_s {
    const fl_doc *d;
    const fl_rules *r;
    const fl_knowledge *k;
    const fl_lexicon *lex[LX_COUNT];
    const char *s;
    fl_token *t;
    size_t n;
    int borrowed;     /* t belongs to the numeric stage (both live in the document's arena) */
    uint32_t *tsent;  /* sentence of each token */
    uint8_t *isname;  /* name_token of each token: 0 not yet known, 1 no, 2 yes */
    uint8_t *isverb;  /* is_verb of each token, the same way */
    uint8_t *inquote; /* in_quote of each token, the same way */
    uint8_t *tagged; /* tag_of of each token plus 1, 0 not yet known: kept for every token of a sentence tagged whole */
    uint8_t *intitle;  /* 1 where a title of several words covers the token ("Fire Chief", "Coast Guard") */
    size_t *according; /* the first "according to" outside quotes at or after each token in its sentence
                          (SIZE_MAX when there is none); built on first use, so that a sentence of many
                          quotes is scanned once, not once per quote */
    uint8_t *spoke;    /* 1 where a claim's speaker is named by one word (a surname reference) */
    person *pp;
    size_t np, capp;
    fl_map bykey;  /* folded full name -> person */
    fl_map byword; /* folded first or last name word -> person, or -2 when several speakers share it */
    fl_map pairs;  /* two capitalised words in a row inside a sentence, after no capitalised word ("Ana Ruiz") */
    mention *mm;
    size_t nm, capm;
    int reporting; /* reported_speech runs: its pronouns reach no further than the chain (document_person) */
} sp;

/* ---- token tests ---- */

static int lexicon(const sp *c, int lx, size_t i, int fold)
{
    return i < c->n && fl_lexicon_has_token(c->lex[lx], c->s, &c->t[i], fold);
}

/* Is token i a word of the role (rules/grammar.json)? */
static int role(const sp *c, size_t i, fl_role w)
{
    return fl_role_at(c->r, w, c->s, c->t, c->n, i);
}

/* "according to" at token i (the source-lead and source-lead-link roles) */
static int according_at(const sp *c, size_t i)
{
    return role(c, i, FL_ROLE_ACCORDING) && role(c, i + 1, FL_ROLE_ACCORDING_TO);
}

/* Is token i a speech verb (any case)? Cached per token: the sieve asks often. */
static int is_verb(const sp *c, size_t i)
{
    if (i >= c->n)
        return 0;
    if (!c->isverb[i])
        c->isverb[i] = (uint8_t)(1 + lexicon(c, LX_SPEECH_VERBS, i, 1));
    return c->isverb[i] == 2;
}

static inline int is_word(const sp *c, size_t i)
{
    return i < c->n && c->t[i].kind == FL_TOK_WORD;
}

/* Is token i a title word: a one-word title ("Chief", "Dr.") or part of a title of several words from the
 * same lexicon ("Fire Chief", "Press Secretary", "Coast Guard Commander")? */
static int title_word(const sp *c, size_t i)
{
    return i < c->n && (c->intitle[i] || lexicon(c, LX_TITLES, i, 0));
}

static inline int lower_word(const sp *c, size_t i)
{
    return is_word(c, i) && c->s[c->t[i].start] >= 'a' && c->s[c->t[i].start] <= 'z';
}

static inline int punct(const sp *c, size_t i, char ch)
{
    return i < c->n && c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 && c->s[c->t[i].start] == ch;
}

static inline int punct_str(const sp *c, size_t i, const char *x)
{
    size_t len = strlen(x);
    return i < c->n && c->t[i].kind == FL_TOK_PUNCT && c->t[i].end - c->t[i].start == len &&
           memcmp(c->s + c->t[i].start, x, len) == 0;
}

static inline int is_dash(const sp *c, size_t i)
{
    return punct_str(c, i, "\xE2\x80\x93") || punct_str(c, i, "\xE2\x80\x94") || punct(c, i, '-');
}

/* A quotation mark: a double one, or a single one in a document that quotes in single marks */
static inline int is_quote_mark(const sp *c, size_t i)
{
    return punct(c, i, '"') || punct_str(c, i, "\xE2\x80\x9C") || punct_str(c, i, "\xE2\x80\x9D") ||
           punct_str(c, i, "\xC2\xAB") || punct_str(c, i, "\xC2\xBB") || punct_str(c, i, "\xE2\x80\x9E") ||
           (c->d->single_outer &&
            (punct(c, i, '\'') || punct_str(c, i, "\xE2\x80\x98") || punct_str(c, i, "\xE2\x80\x99")));
}

static inline int same_sentence(const sp *c, size_t a, size_t b)
{
    return a < c->n && b < c->n && c->tsent[a] == c->tsent[b];
}

/* Are tokens a and b in one paragraph? A headline or a byline with no final stop is no part of the name
 * that opens the next paragraph ("By Ana Ruiz" / "Rui Costa said ..."). */
static inline int same_para(const sp *c, size_t a, size_t b)
{
    return c->d->sents[c->tsent[a]].para == c->d->sents[c->tsent[b]].para;
}

/* Is token i inside a direct quote? Cached per token, as name_token is. */
static int in_quote(const sp *c, size_t i)
{
    if (i >= c->n)
        return 0;
    if (!c->inquote[i])
        c->inquote[i] = (uint8_t)(1 + fl_doc_in_quote(c->d, c->t[i].start));
    return c->inquote[i] == 2;
}

/* The first token at or after o in o's sentence that starts "according to" outside quotes, or SIZE_MAX. The
 * table is built backwards in one pass the first time it is asked for. */
static size_t next_according(sp *c, size_t o)
{
    if (o >= c->n)
        return SIZE_MAX;
    if (!c->according) {
        c->according = fl_xmalloc(c->n * sizeof(size_t));
        size_t next = SIZE_MAX;
        for (size_t k = c->n; k-- > 0;) {
            if (k + 1 < c->n && c->tsent[k] != c->tsent[k + 1])
                next = SIZE_MAX;
            if (!in_quote(c, k) && according_at(c, k))
                next = k;
            c->according[k] = next;
        }
    }
    return c->according[o];
}

static int name_token(const sp *c, size_t i);
static int opening_word(const sp *c, size_t i);
static int adverb(const sp *c, size_t i);
static int capital_word(const sp *c, size_t i);

/* A capitalised word that may be part of a personal name: not an entity alias, a month, a title or a
 * common word ("But", "The"). */
static int name_token_uncached(const sp *c, size_t i)
{
    if (!is_word(c, i))
        return 0;
    const char *x = c->s + c->t[i].start;
    size_t len = c->t[i].end - c->t[i].start;
    if (!(x[0] >= 'A' && x[0] <= 'Z'))
        return 0;
    int lower = 0;
    for (size_t k = 1; k < len; k++)
        lower |= x[k] >= 'a' && x[k] <= 'z';
    if (!lower || title_word(c, i) || lexicon(c, LX_FUNCTION_WORDS, i, 1) || lexicon(c, LX_STOPWORDS, i, 1) ||
        is_verb(c, i))
        return 0;
    if (opening_word(c, i))
        return 0;
    size_t used;
    if (fl_phrases_at(&c->k->aliases, c->s, c->t, c->n, i, &used) >= 0 ||
        fl_phrases_at(&c->k->months, c->s, c->t, c->n, i, &used) >= 0 ||
        fl_phrases_at(&c->k->weekdays, c->s, c->t, c->n, i, &used) >= 0)
        return 0;
    return 1;
}

/* Is the capitalised word at i, the first of its sentence, a word of the sentence rather than of the name
 * after it ("Meanwhile Ana Ruiz said", "Separately Ana Ruiz told ...")? It is when two name words follow it
 * and it is an adverb ("-ly"), or those two name words stand without it inside a sentence elsewhere. */
static int opening_word(const sp *c, size_t i)
{
    if (i > 0 && same_sentence(c, i - 1, i))
        return 0;
    if (i + 2 >= c->n || !same_sentence(c, i, i + 2) || !name_token(c, i + 1) || !name_token(c, i + 2))
        return 0;
    /* the two name words stand without it inside a sentence elsewhere: "... said Ana Ruiz" (a word the
     * document also writes in lower case is no evidence: "Mark", "Bill" and "Grant" are names too) */
    int alone = fl_map_get(&c->pairs, c->s + c->t[i + 1].start, c->t[i + 2].end - c->t[i + 1].start) >= 0;
    return alone || adverb(c, i);
}

/* A word that opens with a capital letter (A-Z). */
static int capital_word(const sp *c, size_t i)
{
    return is_word(c, i) && c->s[c->t[i].start] >= 'A' && c->s[c->t[i].start] <= 'Z';
}

static int name_token(const sp *c, size_t i)
{
    if (i >= c->n)
        return 0;
    if (!c->isname[i])
        c->isname[i] = (uint8_t)(1 + name_token_uncached(c, i));
    return c->isname[i] == 2;
}

/* A middle initial at token j: one capital letter and its full stop ("John A. Smith"). */
static int initial_at(const sp *c, size_t j)
{
    return is_word(c, j) && c->t[j].end - c->t[j].start == 1 && c->s[c->t[j].start] >= 'A' &&
           c->s[c->t[j].start] <= 'Z' && punct(c, j + 1, '.') && c->t[j + 1].start == c->t[j].end;
}

/* The name run starting at i: capitalised words, with lower-case particles and middle initials between
 * them. */
static size_t name_run(const sp *c, size_t i)
{
    size_t j = i;
    while (j < c->n && (j == i || same_para(c, i, j))) {
        if (name_token(c, j)) {
            j++;
            continue;
        }
        if (j > i && initial_at(c, j) && name_token(c, j + 2) && same_sentence(c, j, j + 2)) {
            j += 2;
            continue;
        }
        /* "von der Leyen": particles only between name words */
        size_t k = j;
        while (k > i && k < c->n && lexicon(c, LX_NAME_PARTICLES, k, 0))
            k++;
        if (k == j || !name_token(c, k))
            break;
        j = k;
    }
    return j - i;
}

/* The start of the name run that ends at token j (inclusive), or NONE. */
static long name_run_ending(const sp *c, size_t j)
{
    if (!name_token(c, j))
        return NONE;
    size_t i = j;
    for (;;) {
        if (i > 0 && name_token(c, i - 1) && same_para(c, i - 1, j)) {
            i--;
            continue;
        }
        if (i > 2 && initial_at(c, i - 2) && name_token(c, i - 3) && same_sentence(c, i - 3, i)) {
            i -= 2;
            continue;
        }
        size_t k = i;
        while (k > 0 && lexicon(c, LX_NAME_PARTICLES, k - 1, 0))
            k--;
        if (k == i || k == 0 || !name_token(c, k - 1))
            break;
        i = k - 1;
    }
    return (long)i;
}

/* The end of a lower-case role that starts at token u in the sentence of token i: up to TITLE_HOPS + 1 words,
 * no function word, stopword or verb among them, the last a word of the role-nouns lexicon ("chief executive",
 * "senior vice president"); u when there is none. */
static size_t role_run(const sp *c, size_t u, size_t i)
{
    size_t e = u;
    for (size_t v = u; v < u + TITLE_HOPS + 1 && lower_word(c, v) && same_sentence(c, v, i) && !in_quote(c, v) &&
                       !lexicon(c, LX_FUNCTION_WORDS, v, 1) && !lexicon(c, LX_STOPWORDS, v, 1) && !is_verb(c, v);
         v++)
        if (lexicon(c, LX_ROLE_NOUNS, v, 1))
            e = v + 1;
    return e;
}

/* An organisation's initials at token i: a word of two capital letters or more and nothing else ("FBI", "NHS"). */
static int initials_at(const sp *c, size_t i)
{
    if (!is_word(c, i) || c->t[i].end - c->t[i].start < 2)
        return 0;
    for (size_t k = c->t[i].start; k < c->t[i].end; k++)
        if (c->s[k] < 'A' || c->s[k] > 'Z')
            return 0;
    return 1;
}

/* "Saints Head Coach Ana Ruiz", "Corvane chief executive Ana Ruiz", "Fulton County District Attorney Ana Ruiz": a name
 * run at token i followed by title words and a full name is an organisation that belongs to the title; the full name is
 * the person; so are an organisation's initials, alone or before its name ("FBI Director Ana Ruiz", "NHS England chief
 * executive Ana Ruiz"). Returns where the person's name starts, or i. */
static size_t titled_name(const sp *c, size_t i)
{
    /* capitalised words and listed title words may alternate ("Chief Sustainability Officer Ana Ruiz":
     * "Sustainability" is no listed title, but a listed one follows it): the person is the full name after
     * the last title word of the run */
    size_t t = i, start = i;
    for (int hop = 0; hop < TITLE_HOPS; hop++) {
        size_t u = t + name_run(c, t);
        if (u == t && initials_at(c, t) && same_sentence(c, t, t + 1))
            u = t + 1 + name_run(c, t + 1);
        size_t v = u;
        while (v < c->n && same_sentence(c, v, i) && (title_word(c, v) || (punct(c, v, '.') && title_word(c, v - 1))))
            v++;
        if (v == u)
            v = role_run(c, u, i); /* "Corvane chief executive Ana Ruiz": a lower-case role */
        if (v == u || v >= c->n || !same_sentence(c, v, i) || !name_run(c, v))
            break;
        if (name_run(c, v) >= 2)
            start = v;
        t = v;
    }
    return start;
}

/* Where the person's name starts in a run of capitalised words [i, i + len) that no listed title splits: a
 * run of LONG_NAME words or more is an unlisted title before a name ("Regional Operations Lead Ana Ruiz"),
 * so its last two words are the name; a shorter run is the name, and so is a run with a word of an
 * organisation (the organisation-words lexicon). */
static size_t name_start(const sp *c, size_t i, size_t len)
{
    /* a capitalised role before a full name: "Skipper Ana Ruiz has spoken", "Coach Ana Ruiz said" (the role-nouns
     * lexicon, any case); the name is the words after it */
    if (len >= 3 && len < LONG_NAME && lexicon(c, LX_ROLE_NOUNS, i, 1) && name_token(c, i + 1) &&
        name_token(c, i + 2) && !lexicon(c, LX_ORG_WORDS, i + 1, 0))
        return i + 1;
    if (len < LONG_NAME)
        return i;
    for (size_t k = i; k < i + len; k++)
        if (!name_token(c, k) || lexicon(c, LX_ORG_WORDS, k, 0))
            return i; /* a particle or an initial: one long name ("Ana de la Ruiz", "John A. Smith"); an
                       * organisation ("Electronic Data Systems Corporation") */
    return i + len - 2;
}

/* Does the name at i follow, in its sentence, a lower-case word of lexicon lx? */
static int after_word_of(const sp *c, size_t i, int lx)
{
    return i > 0 && lower_word(c, i - 1) && same_sentence(c, i - 1, i) && lexicon(c, lx, i - 1, 1);
}

/* Does the name at i follow a preposition or article ("with the International Crisis Group", "at Temple
 * University")? Then it names an organisation or a place, not the subject. */
static int after_preposition(const sp *c, size_t i)
{
    return after_word_of(c, i, LX_ORG_PREPOSITIONS);
}

static int adverb(const sp *c, size_t i)
{
    if (!is_word(c, i))
        return 0;
    size_t len = c->t[i].end - c->t[i].start;
    return lexicon(c, LX_HEDGES, i, 1) ||
           (len > 3 && fl_lexicon_suffix(fl_rules_role(c->r, FL_ROLE_ADVERB_SUFFIX), c->s + c->t[i].start, len)) ||
           role(c, i, FL_ROLE_ADVERB);
}

/* The speech verb at i, or after one adverb at i ("reportedly said"): its index, or NONE. */
static int tag_of(const sp *c, size_t i);

/* Is the speech verb at i a participle that modifies the noun after it ("counted cracked windows", "the stated
 * aim"): no verb of speech? Never right after a name word: "Dalgleish told reporters" is the name's verb, whatever
 * the tagger, trained on Brown, made of a surname in "-ish" ("establish") and so of the verb after it. */
static int modifier_participle(const sp *c, size_t i)
{
    return i + 1 < c->n && c->tsent[i + 1] == c->tsent[i] && tag_of(c, i) == FL_TAG_VBN &&
           tag_of(c, i + 1) == FL_TAG_NOUN && !(i > 0 && c->tsent[i - 1] == c->tsent[i] && name_token(c, i - 1));
}

static long speech_verb(const sp *c, size_t i)
{
    if (i >= c->n || in_quote(c, i))
        return NONE;
    if (is_verb(c, i) && lower_word(c, i) && !role(c, i, FL_ROLE_ACCORDING) && !modifier_participle(c, i))
        return (long)i;
    if (adverb(c, i) && is_verb(c, i + 1) && !role(c, i + 1, FL_ROLE_ACCORDING) && !modifier_participle(c, i + 1))
        return (long)i + 1;
    return NONE;
}

/* The last token of the subject before a verb group that ends at token j and whose verb is token v: adverbs,
 * auxiliaries and negations are skipped ("her office later said", "he would not specify", "he is expected to
 * say"); a form of "be" only when more of the group follows it ("was told" stays a passive). */
static long skip_verb_group(const sp *c, long j, size_t v)
{
    while (j >= 0 && same_sentence(c, (size_t)j, v) && !in_quote(c, (size_t)j) && lower_word(c, (size_t)j)) {
        if (adverb(c, (size_t)j) || lexicon(c, LX_VERB_GROUP, (size_t)j, 1) ||
            (lexicon(c, LX_BE_FORMS, (size_t)j, 1) && (size_t)j + 1 < v))
            j--;
        else if (role(c, (size_t)j, FL_ROLE_TO) && j > 0 && lower_word(c, (size_t)j - 1) &&
                 lexicon(c, LX_VERB_GROUP, (size_t)j - 1, 1))
            j--; /* "is expected to", "declined to" */
        else
            break;
    }
    return j;
}

typedef struct {
    const sp *c;
    size_t off;
} token_key;

static int token_starts_before(const void *arg, size_t i)
{
    const token_key *k = arg;
    return k->c->t[i].start < k->off;
}

static size_t first_token_at(const sp *c, size_t off)
{
    token_key k = {c, off};
    return fl_lower_bound(c->n, &k, token_starts_before);
}

/* Is token i the "’s" of a possessive, which the tokenizer splits from its word ("Ana Ruiz’s lawyer")? */
static int possessive_at(const sp *c, size_t i)
{
    return is_word(c, i) && !c->t[i].space_before && fl_token_is_possessive(c->s, &c->t[i]);
}

/* Is token i a possessive mark inside a name: "'s", or the apostrophe of a plural's ("the Officers' Federation")? */
static int name_owner_mark(const sp *c, size_t i)
{
    const fl_token *t = &c->t[i];
    const char *w = c->s + t->start;
    size_t n = t->end - t->start;
    if (possessive_at(c, i))
        return 1;
    if (i == 0 || t->kind != FL_TOK_PUNCT || t->space_before ||
        !(n == 1 ? w[0] == '\'' : n == 3 && !memcmp(w, "\xE2\x80\x99", 3)))
        return 0;
    const fl_token *p = &c->t[i - 1];
    return p->kind == FL_TOK_WORD && p->end > p->start && (c->s[p->end - 1] == 's' || c->s[p->end - 1] == 'S');
}

/* ---- people ---- */

static char *join_tokens(const sp *c, size_t i, size_t len)
{
    fl_buf b = {0};
    for (size_t k = 0; k < len; k++) {
        if (k && !punct(c, i + k, '.'))
            fl_buf_putc(&b, ' ');
        fl_buf_put(&b, c->s + c->t[i + k].start, c->t[i + k].end - c->t[i + k].start);
    }
    return fl_buf_take(&b);
}

/* The key of the full name [i, i + len): folded, without middle initials, so that "John A. Smith" and "John
 * Smith" are one person across documents. Owned. */
static char *name_key(const sp *c, size_t i, size_t len)
{
    fl_buf b = {0};
    for (size_t k = 0; k < len; k++) {
        if (initial_at(c, i + k) && k > 0 && k + 2 < len) {
            k++;
            continue;
        }
        if (b.len)
            fl_buf_putc(&b, ' ');
        fl_buf_put(&b, c->s + c->t[i + k].start, c->t[i + k].end - c->t[i + k].start);
    }
    char *key = fl_fold(fl_buf_cstr(&b), b.len);
    fl_buf_free(&b);
    return key;
}

static char *fold_token(const sp *c, size_t i)
{
    return fl_fold(c->s + c->t[i].start, c->t[i].end - c->t[i].start);
}

/* The gender a word gives ('m', 'f') or 0: a pronoun ("she", "his") or a title ("Mr", "Lady"), by case, so that
 * "lady" and "father" in running text are none; the first word of a sentence in any case ("She said: ..."). */
static int gender_by_case(const sp *c, size_t i, int fold)
{
    if (lexicon(c, LX_MALE_WORDS, i, fold))
        return 'm';
    if (lexicon(c, LX_FEMALE_WORDS, i, fold))
        return 'f';
    return 0;
}

static int gender_at(const sp *c, size_t i)
{
    return gender_by_case(c, i, i < c->n && (i == 0 || !same_sentence(c, i - 1, i)));
}

/* A lower-case description of the words [a, b): "top diplomat", "finance minister". */
static char *description(const sp *c, size_t a, size_t b)
{
    fl_buf x = {0};
    for (size_t k = a; k < b; k++) {
        if (!is_word(c, k))
            continue;
        if (x.len)
            fl_buf_putc(&x, ' ');
        for (size_t o = c->t[k].start; o < c->t[k].end; o++) {
            char ch = c->s[o];
            fl_buf_putc(&x, ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch);
        }
    }
    if (!x.len) {
        fl_buf_free(&x);
        return NULL;
    }
    return fl_buf_take(&x);
}

/* Aliases and gender from the words around the full mention [i, i + len). */
static void describe(sp *c, person *p, size_t i, size_t len)
{
    /* titles before the name: "Finance Minister Ana Silva", "Mr. Costa" */
    size_t a = i;
    for (;;) {
        if (a > 0 && title_word(c, a - 1) && same_sentence(c, a - 1, i))
            a--;
        else if (a > 1 && punct(c, a - 1, '.') && title_word(c, a - 2) && same_sentence(c, a - 2, i))
            a -= 2; /* "Mr." */
        else
            break;
    }
    for (size_t k = a; k < i && !p->gender; k++)
        p->gender = gender_at(c, k);
    if (a < i && !p->alias)
        p->alias = description(c, a, i);
    size_t e = i + len;
    /* an appositive after: "Ana Silva, a bank economist at ...," */
    if (!p->alias && punct(c, e, ',') && lower_word(c, e + 1)) {
        size_t b = e + 1;
        while (b < c->n && b < e + 8 && is_word(c, b) && !punct(c, b, ',') && !role(c, b, FL_ROLE_APPOSITIVE_STOP))
            b++;
        size_t from = e + 1;
        while (from < b && lexicon(c, LX_FUNCTION_WORDS, from, 1))
            from++; /* "a", "the", "another" */
        if (from < b)
            p->alias = description(c, from, b);
    }
    /* a description before, between commas: "the union's chief negotiator, Ana Silva," */
    if (!p->alias && i >= 2 && punct(c, i - 1, ',') && lower_word(c, i - 2)) {
        size_t b = i - 1, from = b;
        while (from > 0 && from + 6 > b && lower_word(c, from - 1) && !lexicon(c, LX_FUNCTION_WORDS, from - 1, 1) &&
               same_sentence(c, from - 1, i))
            from--;
        if (from < b)
            p->alias = description(c, from, b);
    }
}

static int find_person(const sp *c, const char *key)
{
    return fl_map_get(&c->bykey, key, strlen(key));
}

/* The person named by the full name [i, i + len), added when new. */
static int add_person(sp *c, size_t i, size_t len, int author)
{
    char *name = join_tokens(c, i, len);
    char *key = name_key(c, i, len);
    int k = find_person(c, key);
    if (k >= 0) {
        free(name);
        free(key);
        c->pp[k].author &= author; /* a byline author who is also quoted is a speaker */
        describe(c, &c->pp[k], i, len);
        return k;
    }
    FL_GROW(c->pp, c->capp, c->np + 1);
    person *p = &c->pp[c->np];
    memset(p, 0, sizeof *p);
    p->name = name;
    p->key = key;
    p->firstw = fold_token(c, i);
    /* the surname of "Jesse Jackson Jr." is "Jackson": a suffix is part of the name, not the surname */
    size_t last = i + len - 1;
    if (len > 2 && lexicon(c, LX_NAME_SUFFIXES, last, 0))
        last--;
    p->lastw = fold_token(c, last);
    p->tok = i;
    p->end = c->t[i + len - 1].end;
    p->author = author;
    describe(c, p, i, len);
    fl_map_put(&c->bykey, key, strlen(key), (int)c->np);
    return (int)c->np++;
}

/* Speakers (not authors) whose first or last name is token i: the one person, NONE when none, or -2 when
 * several fit. */
static int resolve_word(const sp *c, size_t i)
{
    char *w = fold_token(c, i);
    int found = fl_map_get(&c->byword, w, strlen(w));
    free(w);
    return found;
}

/* resolve_word at token i, where several speakers have the word: the one of them named in full before i, when
 * only one is ("Jesse Ruiz Jr. pleaded guilty ... “Q,” Ruiz said ... his wife, Sandra Ruiz": a surname refers
 * to the namesake the story has introduced so far); -2 when none or several are. */
static int resolve_word_at(const sp *c, size_t i)
{
    int found = resolve_word(c, i);
    if (found != -2)
        return found;
    char *w = fold_token(c, i);
    for (size_t k = 0; k < c->np; k++) {
        const person *p = &c->pp[k];
        if (p->author || p->tok >= i || (strcmp(p->firstw, w) != 0 && strcmp(p->lastw, w) != 0))
            continue;
        if (found >= 0) {
            found = -2;
            break;
        }
        found = (int)k;
    }
    free(w);
    return found == NONE ? -2 : found;
}

/* The first and last name words of the speakers, for one-word references. */
static void index_words(sp *c)
{
    for (size_t k = 0; k < c->np; k++) {
        const person *p = &c->pp[k];
        if (p->author)
            continue;
        const char *words[2] = {p->firstw, p->lastw};
        for (int x = 0; x < 2; x++) {
            int had = fl_map_get(&c->byword, words[x], strlen(words[x]));
            if (had == -1)
                fl_map_set(&c->byword, words[x], strlen(words[x]), (int)k);
            else if (had != (int)k)
                fl_map_set(&c->byword, words[x], strlen(words[x]), -2);
        }
    }
}
/* A preposition (not an article) at token i: "said of the plan". */
static int preposition(const sp *c, size_t i)
{
    return lexicon(c, LX_ORG_PREPOSITIONS, i, 1) && !role(c, i, FL_ROLE_ARTICLES);
}

/* A post-modifier that opens with the preposition of an affiliation at token e (the appositive-stops role:
 * "of", "at", "with"), right after a name, and runs into the verb of the name's clause: "Ana Ruiz of the
 * coast guard's northern region said", "Ana Ruiz at Tecnova told": the speech verb (words only, in one
 * sentence, outside quotes), or NONE. ("Conservative Republicans in the House pleaded" names a group.) */
static long modifier_verb(const sp *c, size_t e)
{
    if (!lower_word(c, e) || !role(c, e, FL_ROLE_APPOSITIVE_STOP) || in_quote(c, e))
        return NONE;
    for (size_t k = e + 1; k < c->n && k <= e + SUBJECT_WINDOW && same_sentence(c, k, e); k++) {
        if (!is_word(c, k) || in_quote(c, k))
            return NONE;
        if (speech_verb(c, k) == (long)k)
            return (long)k;
        if (is_verb(c, k))
            return NONE;
    }
    return NONE;
}

/* The name a post-modifier of affiliation follows, when the name at b is that post-modifier's object ("Ana Ruiz of
 * Kelsmoor Hospital", "Ana Ruiz at the Tecnova lab": the appositive-stops role, an article after it or not): its last
 * token, its first in *first; NONE when the words before the preposition are no name ("a senior analyst with the
 * Crisis Group"). */
static long affiliated_name(const sp *c, size_t b, long *first)
{
    size_t p = b - 1;
    if (p > 0 && role(c, p, FL_ROLE_ARTICLES))
        p--;
    if (p == 0 || !lower_word(c, p) || !role(c, p, FL_ROLE_APPOSITIVE_STOP) || !same_sentence(c, p - 1, p))
        return NONE;
    long a = name_run_ending(c, p - 1);
    /* a capitalised word alone that opens its sentence is no name ("Residents of Kelsmoor, where ...") */
    if (a < 0 || p - (size_t)a > MAX_NAME || after_preposition(c, (size_t)a) ||
        ((size_t)a + 1 == p && (a == 0 || !same_sentence(c, (size_t)a - 1, (size_t)a))))
        return NONE;
    *first = a;
    return (long)p - 1;
}

/* After a name's age and the comma at token k ("Ana Ruiz, 62,"): does the clause go on to a speech verb,
 * right away or after a comma that closes a relative clause ("Ana Ruiz, 62, who has lived here since 1991,
 * said")? A victim's age ("Ana Ruiz, 34, was killed") is no attribution. */
static int aged_speaker(const sp *c, size_t k)
{
    if (speech_verb(c, k + 1) >= 0)
        return 1;
    for (size_t x = k + 1; x < c->n && x <= k + 2 * SUBJECT_WINDOW && same_sentence(c, x, k) && !in_quote(c, x); x++)
        if (punct(c, x, ','))
            return speech_verb(c, x + 1) >= 0;
    return 0;
}

/* The first token of the titles before the name at token i, an organisation before them included ("said
 * Harbour Board Chief Executive Ana Ruiz"); i when there are none. */
static size_t titles_start(const sp *c, size_t i)
{
    size_t b = i;
    while (b > 0 && same_sentence(c, b - 1, i) &&
           (title_word(c, b - 1) || (punct(c, b - 1, '.') && b > 1 && title_word(c, b - 2))))
        b--;
    long o;
    if (b < i && b > 0 && (o = name_run_ending(c, b - 1)) >= 0 && same_sentence(c, (size_t)o, i) &&
        titled_name(c, (size_t)o) == i)
        b = (size_t)o;
    return b;
}

/* Is the full name from token i the subject of a finite verb, after a lower-case common noun that it names: "talk show
 * host Ana Ruiz closed the meeting", "bell ringer Tor Fenn ran to help", "depot boss Ana Ruiz, 52, looked on"
 * (by the tags of the words around it: any noun, not only the role-nouns lexicon; the caller rules out
 * organisation words)? The verb is at token v: right after the name, or past an age between commas. */
static int noun_before_subject(const sp *c, size_t i, size_t v)
{
    const fl_syntax *sx = fl_rules_syntax(c->r);
    if (!sx || i < 1 || v >= c->n || !lower_word(c, i - 1) || !lower_word(c, v) || !same_sentence(c, i - 1, v) ||
        in_quote(c, i - 1) || in_quote(c, v))
        return 0;
    size_t a = first_token_at(c, c->d->sents[c->tsent[i]].start), b = v + 2;
    if (i - a > NP_WINDOW)
        a = i - NP_WINDOW;
    if (b > c->n || !same_sentence(c, v + 1, v))
        b = v + 1;
    fl_str words[NP_WINDOW * 2];
    uint8_t tags[NP_WINDOW * 2];
    if (b - a > NP_WINDOW * 2)
        return 0;
    fl_syntax_words(c->s, c->t + a, b - a, words);
    fl_syntax_tag(sx, words, b - a, tags);
    int verb = tags[v - a] == FL_TAG_VBD || tags[v - a] == FL_TAG_VBP;
    return tags[i - 1 - a] == FL_TAG_NOUN && verb;
}

/* Where a name that ends at token e (exclusive) ends with its suffix's full stop: past it when the last word is a
 * name suffix with its stop ("Theodore Ruiz Jr., a lawyer, said": the comma after it is the name's), else e. */
static size_t past_suffix_stop(const sp *c, size_t e)
{
    if (e == 0 || e + 1 >= c->n || !punct(c, e, '.') || c->t[e].start != c->t[e - 1].end ||
        !lexicon(c, LX_NAME_SUFFIXES, e - 1, 0) || !same_sentence(c, e - 1, e + 1))
        return e;
    return e + 1;
}

/* Is the run [i, i + len) in an attribution context? */
static int speaker_context(const sp *c, size_t i, size_t len)
{
    size_t e = past_suffix_stop(c, i + len), b = titles_start(c, i);
    if (speech_verb(c, e) >= 0 || (i > 0 && speech_verb(c, i - 1) >= 0) || (b > 0 && speech_verb(c, b - 1) >= 0))
        return 1; /* "Ana Ruiz said", "said Ana Ruiz", "said Fire Chief Ana Ruiz" */
    if (lower_word(c, e) && lexicon(c, LX_STANCE_VERBS, e, 1) && !in_quote(c, e))
        return 1; /* "Ana Silva defended the plan" */
    if (punct(c, e, ',') && speech_verb(c, e + 1) >= 0)
        return 1; /* "Yuri Ushakov, said" */
    int aged = punct(c, e, ',') && e + 1 < c->n && c->t[e + 1].kind == FL_TOK_NUM && punct(c, e + 2, ',');
    if (aged && aged_speaker(c, e + 2))
        return 1; /* an age: "Ana Ruiz, 62, who has lived here since 1991, said"; alone it is no attribution
                   * ("Ana Ruiz, 34, was killed"), but it does not hide the apposition or title around it */
    if (modifier_verb(c, e) >= 0)
        return 1; /* "Ana Ruiz of the port authority said" */
    if (i > 0 && is_dash(c, i - 1))
        return 1; /* "– Ana Silva, Director ..." */
    if (punct(c, e, ':') && is_quote_mark(c, e + 1) && same_sentence(c, e, e + 1))
        return 1; /* a quote after the name and a colon: "Ana Silva: “Q”", "15:00 Chief forecaster Ana Silva: “Q”" */
    /* an appositive: "Ana Silva, a bank economist", "Rui Costa, another analyst", or one that opens with a
     * name and holds a role noun before its closing comma: "Callum Reith, Northline's operations director," */
    if (punct(c, e, ',') && lower_word(c, e + 1))
        return 1;
    for (size_t k = e + 1; punct(c, e, ',') && k < c->n && k < e + 7 && same_sentence(c, k, e) && !punct(c, k, ',');
         k++)
        if (lower_word(c, k) && lexicon(c, LX_ROLE_NOUNS, k, 1) && punct(c, k + 1, ','))
            return 1;
    /* "the bank's chief economist, Ana Silva, ...", "The pilot, Ana Silva, 58, has flown ..." */
    if (i > 0 && punct(c, i - 1, ',') && punct(c, e, ','))
        return 1;
    /* a full name after its title or role: "Mayor Ana Silva walked through the town", "Plant manager Ana Silva
     * met the families" (the role-nouns lexicon); not a name with a word of an organisation ("the state
     * Chemical Safety Office") */
    if (b < i ||
        (i > 0 && lower_word(c, i - 1) && same_sentence(c, i - 1, i) && !in_quote(c, i - 1) &&
         lexicon(c, LX_ROLE_NOUNS, i - 1, 1)) ||
        noun_before_subject(c, i, aged ? e + 3 : e)) {
        for (size_t k = i; k < e; k++)
            if (lexicon(c, LX_ORG_WORDS, k, 0))
                return 0;
        return 1;
    }
    return 0;
}

/* The earliest phrase of the lexicon lx in text[from, to) that stands as whole words (ASCII case-folded
 * when fold; outside quotations when outside): its offset, or to when there is none. */
static size_t find_phrase(const sp *c, int lx, size_t from, size_t to, int fold, int outside)
{
    /* the first position where some phrase stands is the earliest of every phrase's first occurrence */
    const fl_lexicon *lex = c->lex[lx];
    for (size_t o = from; o < to; o++) {
        if (o > from && fl_is_ascii_alpha((unsigned char)c->s[o - 1]))
            continue; /* inside a word: no phrase starts here */
        const size_t *items;
        size_t m = fl_lexicon_starting(lex, (unsigned char)fl_ascii_lower((unsigned char)c->s[o]), &items);
        for (size_t x = 0; x < m; x++) {
            const char *w = fl_lexicon_item(lex, items[x]);
            size_t wl = fl_lexicon_item_len(lex, items[x]);
            /* the second byte first (the first matched already, as far as case goes): most fail there */
            if (o + wl > to ||
                (wl > 1 && (fold ? fl_ascii_lower((unsigned char)c->s[o + 1]) != fl_ascii_lower((unsigned char)w[1])
                                 : c->s[o + 1] != w[1])))
                continue;
            if ((fold ? strncasecmp(c->s + o, w, wl) : memcmp(c->s + o, w, wl)) != 0)
                continue;
            if ((o + wl < c->d->len && fl_is_ascii_alpha((unsigned char)c->s[o + wl])) ||
                (outside && fl_doc_in_quote(c->d, o)))
                continue;
            return o;
        }
    }
    return to;
}

/* Paragraphs that are bylines: their names are authors. */
static int byline_paragraph(const sp *c, const fl_para *p)
{
    if (p->end - p->start > MAX_BYLINE)
        return 0; /* an author line is short */
    return find_phrase(c, LX_BYLINE_WORDS, p->start, p->end, 0, 0) < p->end;
}

/* A surname after its title next to a speech or stance verb, when no full name of the document ends or starts with
 * it: "Mr. Ruiz asserted that ...", "President Ruiz said", "Ms Ruiz told ..." — a person the story names only
 * so (its full name may be in another story), whom a pronoun may stand for and a later "Ruiz" names. */
static void titled_surnames(sp *c)
{
    size_t had = c->np;
    for (size_t i = 1; i < c->n; i++) {
        size_t len = name_run(c, i);
        if (len != 1 || in_quote(c, i) || lexicon(c, LX_ORG_WORDS, i, 0) || name_token(c, i - 1))
            continue;
        int titled = (title_word(c, i - 1) && same_sentence(c, i - 1, i)) ||
                     (i > 1 && punct(c, i - 1, '.') && title_word(c, i - 2) && same_sentence(c, i - 2, i));
        size_t b = titles_start(c, i);
        /* given words right there: "Mr. Ruiz said", "said President Ruiz", "Mr. Ruiz asserted" */
        int speaks = speech_verb(c, i + 1) >= 0 || (b > 0 && speech_verb(c, b - 1) >= 0) ||
                     (lower_word(c, i + 1) && lexicon(c, LX_STANCE_VERBS, i + 1, 1) && !in_quote(c, i + 1));
        if (!titled || !speaks || resolve_word(c, i) != NONE || after_preposition(c, b))
            continue;
        add_person(c, i, 1, 0);
    }
    if (c->np > had)
        index_words(c);
}

/* Full names in attribution contexts and in bylines, then every mention of them. */
static void find_people(sp *c)
{
    const fl_doc *d = c->d;
    size_t pi = 0;
    int author = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (pi < d->npara && d->paras[pi].end <= c->t[i].start) {
            while (pi < d->npara && d->paras[pi].end <= c->t[i].start)
                pi++;
            author = -1;
        }
        size_t len = name_run(c, i);
        if (len < 2 || len > MAX_NAME || in_quote(c, i)) {
            i += len ? len - 1 : 0;
            continue;
        }
        if (author < 0)
            author = pi < d->npara && byline_paragraph(c, &d->paras[pi]);
        if (author || (speaker_context(c, i, len) && !after_preposition(c, i))) {
            size_t at = name_start(c, i, len);
            int k = add_person(c, at, len - (at - i), author == 1);
            /* next to a speech verb: they are given words ("said Ana Silva", "Ana Silva, said") */
            size_t e = past_suffix_stop(c, i + len);
            size_t b = titles_start(c, i);
            if (!author && (speech_verb(c, e) >= 0 || (i > 0 && speech_verb(c, i - 1) >= 0) ||
                            (b > 0 && speech_verb(c, b - 1) >= 0) || (punct(c, e, ',') && speech_verb(c, e + 1) >= 0) ||
                            modifier_verb(c, e) >= 0))
                c->pp[k].quoted = 1;
        }
        i += len - 1;
    }
    index_words(c);
    titled_surnames(c);
    for (size_t i = 0; i < c->n; i++) {
        size_t len = name_run(c, i);
        if (!len)
            continue;
        int who = NONE;
        size_t at = i; /* where the name starts, after an unlisted title */
        if (len >= 2 && len <= MAX_NAME) {
            at = name_start(c, i, len);
            size_t nl = len - (at - i);
            char *name = join_tokens(c, at, nl);
            char *key = name_key(c, at, nl);
            who = find_person(c, key);
            free(name);
            free(key);
        } else if (len == 1) {
            who = resolve_word_at(c, i);
        }
        if (who >= 0 && !c->pp[who].author && !in_quote(c, i)) {
            FL_GROW(c->mm, c->capm, c->nm + 1);
            c->mm[c->nm++] = (mention){at, who};
        }
        i += len - 1;
    }
}

/* ---- the speaker of a subject ---- */

static speaker named(const sp *c, size_t i, size_t len, const char *how)
{
    size_t at = name_start(c, i, len);
    len -= at - i;
    i = at;
    speaker x = {SPK_NAME, NONE, i, len, how};
    if (len >= 2) {
        char *name = join_tokens(c, i, len);
        char *key = name_key(c, i, len);
        x.person = find_person(c, key);
        free(name);
        free(key);
    } else {
        x.person = resolve_word_at(c, i);
        if (x.person == -2)
            x.person = NONE; /* several people fit: ambiguous-attribution reports it */
    }
    if (x.person >= 0)
        x.kind = SPK_PERSON;
    return x;
}

/* A description subject ending at token j: a noun phrase of up to four words that starts the clause or
 * follows a determiner ("the finance minister", "officials", "a spokesman"); anything else is no speaker. */
static speaker described(const sp *c, size_t j, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    if (!is_word(c, j) || lexicon(c, LX_STOPWORDS, j, 1) || lexicon(c, LX_FUNCTION_WORDS, j, 1) || in_quote(c, j) ||
        adverb(c, j))
        return none;
    size_t a = j;
    while (a > 0 && a + 4 > j && is_word(c, a - 1) && same_sentence(c, a - 1, j) && !in_quote(c, a - 1) &&
           !lexicon(c, LX_STOPWORDS, a - 1, 1) && !lexicon(c, LX_FUNCTION_WORDS, a - 1, 1) && !is_verb(c, a - 1))
        a--;
    /* a determiner or possessive may open it; then the clause must begin there */
    if (a > 0 && same_sentence(c, a - 1, j) && role(c, a - 1, FL_ROLE_ARTICLES))
        a--;
    /* a possessive determiner at the start of the clause: "her rep confirms", "its board said" */
    else if (a > 0 && a < j + 1 && same_sentence(c, a - 1, j) && lexicon(c, LX_STOPWORDS, a - 1, 1) &&
             (a == 1 || !same_sentence(c, a - 2, j) || c->t[a - 2].kind == FL_TOK_PUNCT ||
              role(c, a - 2, FL_ROLE_COORDINATOR)) &&
             (gender_by_case(c, a - 1, 0) || lexicon(c, LX_PRONOUNS, a - 1, 1) == 0))
        a--;
    if (a > 0 && same_sentence(c, a - 1, j) && c->t[a - 1].kind != FL_TOK_PUNCT &&
        !role(c, a - 1, FL_ROLE_COORDINATOR) && !is_verb(c, a - 1))
        return none;
    if (fl_phrases_at(&c->k->months, c->s, c->t, c->n, j, &(size_t){0}) >= 0)
        return none;
    speaker x = {SPK_DESC, NONE, a, j + 1 - a, how};
    for (size_t k = a + 1; k <= j; k++)
        if (possessive_at(c, k) && name_token(c, k - 1) &&
            (resolve_word(c, k - 1) != NONE || (k >= 2 && title_word(c, k - 2)) ||
             (k >= 3 && punct(c, k - 2, '.') && title_word(c, k - 3))))
            return x; /* "Mr. Ruiz’s lawyer": a person's, not the one person called "the lawyer" ("the ship's
                       * owner", "the company's chief executive" are) */
    /* "the minister said": the one person with that title or description */
    const char *head = c->s + c->t[j].start;
    size_t hl = c->t[j].end - c->t[j].start;
    int found = NONE;
    for (size_t k = 0; k < c->np; k++) {
        const char *al = c->pp[k].alias;
        if (!al || c->pp[k].author)
            continue;
        size_t al_len = strlen(al);
        if (al_len >= hl && strncasecmp(al + al_len - hl, head, hl) == 0 &&
            (al_len == hl || al[al_len - hl - 1] == ' '))
            found = found == NONE ? (int)k : -2;
    }
    if (found >= 0) {
        x.kind = SPK_PERSON;
        x.person = found;
        x.how = "title";
    }
    return x;
}

/* Does a noun phrase that starts at token b open its clause: the sentence's first word, or after punctuation,
 * a conjunction, an article or a title ("Commander Ana Ruiz", "and the coach Ana Ruiz")? */
static int clause_opens(const sp *c, size_t b)
{
    size_t k = b;
    while (k > 0 && same_sentence(c, k - 1, b) &&
           (title_word(c, k - 1) || (punct(c, k - 1, '.') && k > 1 && title_word(c, k - 2))))
        k--;
    if (k > 0 && same_sentence(c, k - 1, b) && role(c, k - 1, FL_ROLE_ARTICLES))
        k--;
    return k == 0 || !same_sentence(c, k - 1, b) || c->t[k - 1].kind == FL_TOK_PUNCT ||
           role(c, k - 1, FL_ROLE_COORDINATOR);
}

/* The head of a subject whose name has a post-modifier, the subject of the verb at v whose last word is token
 * j: "Ana Ruiz of the coast guard's northern region said", "Ana Ruiz from Tecnova told". The name opens its
 * clause and is not itself the object of a preposition. */
static speaker modified_name(const sp *c, size_t j, size_t v, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    for (size_t k = j + 1; k-- > 1 && k + SUBJECT_WINDOW > j;) {
        if (!same_sentence(c, k, v) || in_quote(c, k) || !is_word(c, k))
            break;
        long b;
        if (modifier_verb(c, k) != (long)v || (b = name_run_ending(c, k - 1)) < 0 || k - (size_t)b > MAX_NAME ||
            after_preposition(c, (size_t)b) || !clause_opens(c, (size_t)b))
            continue;
        speaker x = named(c, (size_t)b, k - (size_t)b, how);
        return x.kind == SPK_PERSON || k - (size_t)b >= 2 ? x : none;
    }
    return none;
}

/* The tag of token i, by the tags of the words of its sentence; FL_TAG_X when there is no model. A sentence of up to
 * SENTENCE_TAGS tokens is tagged whole, once, and every one of its tags kept (the tagger reads each word's neighbours
 * and the tags before it, so the whole sentence is the best context); in a longer one (a flattened table), only a
 * window of NP_WINDOW tokens each side of i, for i alone. */
enum { SENTENCE_TAGS = 4 * NP_WINDOW };

static int tag_of(const sp *c, size_t i)
{
    const fl_syntax *sx = fl_rules_syntax(c->r);
    if (!sx || i >= c->n)
        return FL_TAG_X;
    if (c->tagged[i])
        return c->tagged[i] - 1;
    size_t a = first_token_at(c, c->d->sents[c->tsent[i]].start), b = first_token_at(c, c->d->sents[c->tsent[i]].end);
    int whole = b <= c->n && b > i && b - a <= SENTENCE_TAGS;
    if (!whole) {
        if (i - a > NP_WINDOW)
            a = i - NP_WINDOW;
        if (b > c->n || b <= i || b - i > NP_WINDOW)
            b = i + NP_WINDOW < c->n ? i + NP_WINDOW : c->n;
    }
    fl_str words[SENTENCE_TAGS];
    uint8_t tags[SENTENCE_TAGS];
    fl_syntax_words(c->s, c->t + a, b - a, words);
    fl_syntax_tag(sx, words, b - a, tags);
    for (size_t j = whole ? a : i; j < (whole ? b : i + 1); j++)
        c->tagged[j] = (uint8_t)(tags[j - a] + 1);
    return tags[i - a];
}

/* Does a verb open the words at token i ("…,” calling the report accurate and saying …): a clause whose
 * subject is named before the quote, never a noun phrase that names a speaker? */
static int verb_opens(const sp *c, size_t i)
{
    if (!lower_word(c, i) || in_quote(c, i))
        return 0;
    int t = tag_of(c, i);
    return t == FL_TAG_VBG || t == FL_TAG_VBN || t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_VB;
}

/* The head noun of what the possessive at token k owns ("Ana Ruiz ’s chief lawyer said": "lawyer"), by the tags
 * of its sentence: the last of the nouns and adjectives right after it; c->n when there is none or no model. */
static size_t possessed_head(const sp *c, size_t k)
{
    const fl_syntax *sx = fl_rules_syntax(c->r);
    size_t a = first_token_at(c, c->d->sents[c->tsent[k]].start), b = first_token_at(c, c->d->sents[c->tsent[k]].end);
    if (!sx || b > a + NP_WINDOW * 4)
        b = a + NP_WINDOW * 4;
    if (!sx || k + 1 >= b || b > c->n)
        return c->n;
    fl_str words[NP_WINDOW * 4];
    uint8_t tags[NP_WINDOW * 4];
    fl_syntax_words(c->s, c->t + a, b - a, words);
    fl_syntax_tag(sx, words, b - a, tags);
    size_t head = c->n;
    for (size_t j = k + 1; j < b && (tags[j - a] == FL_TAG_ADJ || tags[j - a] == FL_TAG_NOUN); j++)
        if (tags[j - a] == FL_TAG_NOUN)
            head = j;
    return head;
}

/* The subject a name owns, the possessive at token k before token v ("Ana Ruiz’s lawyer, meanwhile, ..."): the
 * name of what it owns, right after its head or as an apposition ("Ana Ruiz’s lawyer Tor Fenn", "the port's
 * harbour master, Tor Fenn,", "the port's director, Tor Fenn: “Q”"), else the head as a description; no speaker when
 * there is no head. */
static speaker owned_subject(const sp *c, size_t k, size_t v, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    size_t e = possessed_head(c, k), at = e + 1;
    if (at < v && punct(c, at, ','))
        at++;
    size_t nl = at < v ? name_run(c, at) : 0;
    if (nl >= 2 && nl <= MAX_NAME &&
        (at == e + 1 || (at + nl < v && punct(c, at + nl, ',')) || (at + nl + 1 == v && punct(c, at + nl, ':'))))
        return named(c, at, nl, how); /* "the firm's director, Ana Ruiz, said", "... director, Ana Ruiz: “Q”" */
    return e < v ? described(c, e, how) : none;
}

/* The subject that opens the sentence of token v: a name after its titles ("Mr. Ruiz sought to ...") or a
 * pronoun; no speaker otherwise. A name that is not a known person may be an opening phrase; the caller
 * decides. */
static speaker sentence_subject(const sp *c, size_t v, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    size_t k = first_token_at(c, c->d->sents[c->tsent[v]].start);
    while (k < v &&
           (title_word(c, k) || role(c, k, FL_ROLE_ARTICLES) || (punct(c, k, '.') && k > 0 && title_word(c, k - 1))))
        k++;
    k = titled_name(c, k);
    size_t len = name_run(c, k);
    if (k < v && !in_quote(c, k) && len && len <= MAX_NAME && possessive_at(c, k + len))
        return owned_subject(c, k + len, v, how);
    if (k < v && !in_quote(c, k) && len && len <= MAX_NAME)
        return named(c, k, len, how);
    if (k < v && !in_quote(c, k) && lexicon(c, LX_PRONOUNS, k, 1))
        return (speaker){SPK_PRONOUN, NONE, k, 1, how};
    return none;
}

/* Is the word at token k a participle (tag VBG) right after a comma: the opening of an aside between a name and
 * its verb ("Ana Ruiz, speaking at the quay, said:", "Ana Ruiz, standing by the gate, told ...")? */
static int aside_participle(const sp *c, size_t k)
{
    return k > 0 && punct(c, k - 1, ',') && lower_word(c, k) && tag_of(c, k) == FL_TAG_VBG;
}

/* Is the name at token a, past its title words, the object of a preposition after a lower-case noun: "a lawyer
 * for Mrs. Ruiz said", "a spokesperson for Vice President Ana Ruiz said"? The noun is the subject, not the name
 * ("Secretary of State Ana Ruiz said": the preposition is the title's own). */
static int titled_object(const sp *c, size_t a)
{
    size_t b = a;
    while (b > 0 && same_sentence(c, b - 1, a) &&
           (title_word(c, b - 1) || (punct(c, b - 1, '.') && b > 1 && title_word(c, b - 2))))
        b--;
    return b < a && b >= 2 && same_sentence(c, b - 2, a) && preposition(c, b - 1) && lower_word(c, b - 1) &&
           lower_word(c, b - 2) && !title_word(c, b - 2) && !in_quote(c, b - 2);
}

/* The token before a participle whose word before is token j, past adverbs and one subordinating word or
 * preposition ("said, before again claiming", "said, while insisting"): the comma that opens the participle's
 * clause when there is one; j when nothing is skipped. */
static size_t participle_comma(const sp *c, long j)
{
    long p = j;
    while (p > 0 && (adverb(c, (size_t)p) || (lower_word(c, (size_t)p) && tag_of(c, (size_t)p) == FL_TAG_ADV)) &&
           !in_quote(c, (size_t)p))
        p--;
    if (p > 0 && lower_word(c, (size_t)p) && !in_quote(c, (size_t)p) &&
        (tag_of(c, (size_t)p) == FL_TAG_SCONJ || tag_of(c, (size_t)p) == FL_TAG_ADP))
        p--;
    while (p > 0 && (adverb(c, (size_t)p) || (lower_word(c, (size_t)p) && tag_of(c, (size_t)p) == FL_TAG_ADV)) &&
           !in_quote(c, (size_t)p))
        p--;
    return p >= 0 && punct(c, (size_t)p, ',') ? (size_t)p : (size_t)j;
}

static speaker subject_before(const sp *c, long j, const char *how);
static speaker subject_after(const sp *c, size_t v, const char *how);

/* The subject of the nearest speech verb before token e in its sentence, outside quotes ("“Q,” Ana Ruiz said" or
 * "“Q,” said Ana Ruiz"), or no speaker. */
static speaker verb_subject_before(const sp *c, size_t e, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    for (size_t k = e; k-- > 0 && same_sentence(c, k, e);) {
        if (in_quote(c, k) || speech_verb(c, k) != (long)k)
            continue;
        speaker x = subject_before(c, (long)k - 1, how);
        if (x.kind == SPK_NONE && k > 0 && c->t[k - 1].kind == FL_TOK_PUNCT)
            x = subject_after(c, k, how);
        return x;
    }
    return none;
}

/* The subject at or before token j (the word before a speech verb, adverbs skipped): a name, a name with
 * an appositive ("Ana Silva, a bank economist, said"), a pronoun or a description. */
static speaker subject_before(const sp *c, long j, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    if (j < 0)
        return none;
    size_t v = (size_t)j + 1; /* the verb */
    /* "Ana Ruiz compared him to a saint, saying ...": a participle after a comma speaks for the subject of
     * the sentence, not for the noun before the comma; so after "before", "while" ("..., before again
     * claiming ...") */
    if (punct(c, participle_comma(c, j), ',') && lower_word(c, v) && lexicon(c, LX_PARTICIPLES, v, 1)) {
        speaker x = sentence_subject(c, v, how);
        if (x.kind == SPK_PERSON || x.kind == SPK_PRONOUN || x.kind == SPK_DESC)
            return x; /* a known person, a pronoun or what a name owns; anything else may be an opening phrase
                       * ("Like Ana,") */
        x = verb_subject_before(c, participle_comma(c, j), how);
        if (x.kind == SPK_PERSON || x.kind == SPK_PRONOUN)
            return x; /* "“Q,” Ana Ruiz said, claiming ...": the subject of the speech verb the participle goes on from
                       */
    }
    /* "Ms Ruiz's warning – “Q” –", "Ruiz's reply: “Q”": the speech word is a noun the name owns, at the head of
     * its clause, and the owner speaks ("Ruiz's lawyer said" has no speech word right after the possessive; in
     * "He called Ruiz's comments “Q”" the noun is an object, and the words are the subject's) */
    if (possessive_at(c, (size_t)j) && j > 0 && same_sentence(c, (size_t)j - 1, v) && !in_quote(c, (size_t)j - 1)) {
        long a = name_run_ending(c, (size_t)j - 1);
        if (a >= 0 && (size_t)j - (size_t)a <= MAX_NAME && clause_opens(c, (size_t)a))
            return named(c, (size_t)a, (size_t)j - (size_t)a, how);
    }
    j = skip_verb_group(c, j, v);
    /* "Ana Ruiz (D-Calif.) said": a short parenthetical after the name */
    if (j > 0 && punct(c, (size_t)j, ')')) {
        long b = j - 1;
        while (b >= 0 && b + 8 > j && !punct(c, (size_t)b, '(') && !punct(c, (size_t)b, ')'))
            b--;
        if (b > 0 && punct(c, (size_t)b, '('))
            j = b - 1;
    }
    int comma = j >= 0 && punct(c, (size_t)j, ',');
    if (comma)
        j--;
    if (j < 0 || !same_sentence(c, (size_t)j, v) || in_quote(c, (size_t)j))
        return none;
    long a = name_run_ending(c, (size_t)j);
    /* "head of prints at Harcastle & Wyne, said": a firm's name joined by "&" is one name, not its last part */
    for (long f;
         a > 1 && lexicon(c, LX_FIRM_JOINERS, (size_t)a - 1, 0) && (f = name_run_ending(c, (size_t)a - 2)) >= 0;)
        a = f;
    if (a >= 0 && (size_t)j + 1 - (size_t)a > MAX_NAME)
        a = NONE;
    /* "a senior analyst with the Crisis Group, said", "director at the consultancy Teneo, wrote": a name at
     * the end of an appositive is not the subject; the name before the appositive is */
    int prep = a > 0 && (after_preposition(c, (size_t)a) || titled_object(c, (size_t)a));
    /* so is a name a possessive owns there: "Ana Ruiz, chair of the Port Fishermen's Association, said" (the
     * appositive's comma and the name before it are looked for below; with none, the name is the subject) */
    int inside = prep || (a > 0 && comma && (lower_word(c, (size_t)a - 1) || name_owner_mark(c, (size_t)a - 1)) &&
                          same_sentence(c, (size_t)a - 1, v));
    if (a >= 0 && !inside)
        return named(c, (size_t)a, (size_t)j + 1 - (size_t)a, how);
    if (a < 0 && lexicon(c, LX_PRONOUNS, (size_t)j, 1)) {
        speaker x = {SPK_PRONOUN, NONE, (size_t)j, 1, how};
        return x;
    }
    /* an appositive between the name and the verb; a participle that opens it after the comma is an aside of
     * the subject's, not the verb of another clause ("Ana Ruiz, speaking at the quay, said:") */
    for (long k = j; k > 0 && k + SUBJECT_WINDOW > j; k--) {
        long b;
        if (!same_sentence(c, (size_t)k, v) || in_quote(c, (size_t)k) ||
            (speech_verb(c, (size_t)k) >= 0 && !(comma && aside_participle(c, (size_t)k))))
            break;
        /* the name ends before the comma, or before its suffix's full stop ("Ana Ruiz Jr., a lawyer, said") */
        size_t ke = (size_t)k > 1 && past_suffix_stop(c, (size_t)k - 1) == (size_t)k ? (size_t)k - 1 : (size_t)k;
        if (k < j && punct(c, (size_t)k, ',') && (b = name_run_ending(c, ke - 1)) >= 0 && ke - (size_t)b <= MAX_NAME) {
            if (!after_preposition(c, (size_t)b))
                return named(c, (size_t)b, ke - (size_t)b, how);
            long h, he = affiliated_name(c, (size_t)b, &h);
            if (he >= 0) /* "Prof Ana Ruiz of Kelsmoor Hospital, who led the study, said:" */
                return named(c, (size_t)h, (size_t)he + 1 - (size_t)h, how);
        }
    }
    if (a >= 0 && !prep)
        return named(c, (size_t)a, (size_t)j + 1 - (size_t)a, how);
    speaker head = modified_name(c, (size_t)j, v, how);
    if (head.kind != SPK_NONE)
        return head;
    if (a >= 0 || !is_word(c, (size_t)j))
        return none;
    return described(c, (size_t)j, how);
}

/* Where the full name starts after the titles at token i: "said Lt. Ana Ruiz", "said general manager Ana Ruiz",
 * "said state police Sgt. Ana Ruiz", "Chief forecaster Ana Ruiz:" (titles and lower-case words of a title before a
 * name of two words or more); i when no such name follows. */
static size_t past_titles(const sp *c, size_t i)
{
    size_t t = i;
    while (t < c->n && t < i + 6 && same_sentence(c, t, i) &&
           (title_word(c, t) || (t > i && punct(c, t, '.') && title_word(c, t - 1)) ||
            (lower_word(c, t) && !lexicon(c, LX_FUNCTION_WORDS, t, 1) && !lexicon(c, LX_STOPWORDS, t, 1) &&
             !is_verb(c, t) && !adverb(c, t))))
        t++;
    return t > i && name_run(c, t) >= 2 && name_run(c, t) <= MAX_NAME ? t : i;
}

/* The subject after a verb at v ("said Ana Silva, ..."). */
static speaker subject_after(const sp *c, size_t v, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    size_t i = v + 1;
    if (!same_sentence(c, i, v) || in_quote(c, i))
        return none;
    i = past_titles(c, i);
    i = titled_name(c, i); /* "said Harbour Board Chief Ana Ruiz" */
    size_t len = name_run(c, i);
    if (len >= 1 && len <= MAX_NAME)
        return named(c, i, len, how);
    if (lexicon(c, LX_PRONOUNS, i, 1)) {
        speaker x = {SPK_PRONOUN, NONE, i, 1, how};
        return x;
    }
    /* "said the minister", "said a spokesman for the ministry": a description up to punctuation */
    size_t e = i + 1;
    while (e < c->n && e < i + 6 && is_word(c, e) && same_sentence(c, e, v) && !lexicon(c, LX_FUNCTION_WORDS, e, 1) &&
           !lexicon(c, LX_STOPWORDS, e, 1))
        e++;
    if (e > i + 1 && lexicon(c, LX_FUNCTION_WORDS, i, 1))
        return described(c, e - 1, how);
    return none;
}

/* The speaker named by the noun phrase [j, k) that is the subject of a verb at k: titles and determiners
 * before the name ("the Rev. Ana Ruiz", "House Speaker Ana Ruiz"), the name, then what may follow it - a
 * party tag, an apposition, a post-modifier ("Ana Ruiz (D-Calif.)", "Ana Ruiz, a former prosecutor
 * elected in 2012,", "Ana Ruiz of the Wasilla Bible Church", "Ana Ruiz and Rui Costa"). The first name
 * that is not the object of a preposition is the head; with no name, the phrase is a description ("a
 * statement from the party committee", "the letter"). */
static speaker noun_phrase(const sp *c, size_t j, size_t k, const char *how)
{
    speaker none = {SPK_NONE, NONE, 0, 0, how};
    if (j >= k)
        return none;
    for (size_t i = j; i < k; i++) {
        if (!same_sentence(c, i, j) || is_quote_mark(c, i) || in_quote(c, i))
            return none;
        size_t len = name_run(c, i);
        if (!len)
            continue;
        const fl_token *last = &c->t[i + len - 1];
        int possessive = possessive_at(c, i + len) ||
                         (last->end - last->start > 2 &&
                          (c->s[last->end - 1] == 's' &&
                           (c->s[last->end - 2] == '\'' || (unsigned char)c->s[last->end - 2] == 0x99)));
        size_t t = titled_name(c, i);
        if (t != i && t < k) {
            i = t - 1;
            continue;
        }
        if (len <= MAX_NAME && !after_preposition(c, i) && !possessive)
            return named(c, i, len, how);
        i += len - 1;
    }
    if (lexicon(c, LX_PRONOUNS, j, 1) && k == j + 1) {
        speaker x = {SPK_PRONOUN, NONE, j, 1, how};
        return x;
    }
    /* a description: up to its first comma or preposition after the head word */
    size_t e = j + 1;
    while (e < k && ((is_word(c, e) && !lexicon(c, LX_ORG_PREPOSITIONS, e, 1) && !adverb(c, e)) ||
                     (punct(c, e, '.') && title_word(c, e - 1))))
        e++; /* "Mr. Ruiz’s lawyer": past the stop of a title */
    if (!is_word(c, j))
        return none;
    return described(c, e - 1, how);
}

/* The first mention (outside quotes) at or after token from: a binary search, the mentions being in token
 * order. */
static size_t first_mention(const sp *c, size_t from)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->mm[mid].tok < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is the name at token i after a preposition of place ("on the quay in Varrow")? It is a place there, whatever else
 * it names ("Varrow Seafoods said ..."): no one a pronoun may stand for. */
static int place_mention(const sp *c, size_t i)
{
    return after_word_of(c, i, LX_PLACE_PREPOSITIONS);
}

static int tag_of(const sp *c, size_t i);

/* Is a tag a verb's that takes an object: finite, base form or participle? */
static int finite_verb_tag(int t)
{
    return t == FL_TAG_VBD || t == FL_TAG_VBP || t == FL_TAG_VB || t == FL_TAG_VBG;
}

/* Is the person named at token i the object of a preposition, or of a verb, introduced by a role or title:
 * "speaking to our reporter Ana Ruiz", "met headteacher Ana Ruiz"? Someone spoken to or about, not a second speaker
 * whom a pronoun may stand for. */
static int role_object(const sp *c, size_t i)
{
    size_t r = titles_start(c, i);
    while (r > 0 && same_sentence(c, r - 1, i) && lower_word(c, r - 1) && !in_quote(c, r - 1) &&
           lexicon(c, LX_ROLE_NOUNS, r - 1, 1))
        r--;
    if (r == i)
        return 0; /* no role: "met Ana Ruiz" may name the next speaker */
    if (r > 1 && same_sentence(c, r - 1, i) && lower_word(c, r - 1) &&
        (lexicon(c, LX_FUNCTION_WORDS, r - 1, 1) || lexicon(c, LX_FIRST_PERSON, r - 1, 1)) && !preposition(c, r - 1) &&
        !role(c, r - 1, FL_ROLE_TO))
        r--; /* "our", "the" */
    if (r == 0 || !same_sentence(c, r - 1, i) || !lower_word(c, r - 1) || in_quote(c, r - 1))
        return 0;
    /* after a preposition, or a verb's object ("met headteacher Ana Ruiz"; not "said headteacher Ana Ruiz") */
    return preposition(c, r - 1) || role(c, r - 1, FL_ROLE_TO) ||
           (!is_verb(c, r - 1) && finite_verb_tag(tag_of(c, r - 1)));
}

/* Is the name at token i the one whose role a person named after it holds ("Ardley Heat chief executive Tomasz
 * Ferrand": its name words, then role nouns in lower case, then a name)? It names an organisation there, not
 * someone a pronoun may stand for. */
static int role_holder(const sp *c, size_t i)
{
    size_t j = i;
    while (j < c->n && same_sentence(c, i, j) && name_token(c, j))
        j++;
    size_t r = j;
    while (r < c->n && same_sentence(c, i, r) && lower_word(c, r) && lexicon(c, LX_ROLE_NOUNS, r, 1))
        r++;
    return j > i && r > j && r < c->n && same_sentence(c, i, r) && (name_token(c, r) || title_word(c, r));
}

/* Does a person other than p whose gender may be g have a mention (outside quotes) in tokens [from, to)? */
static int other_fitting(const sp *c, int p, int g, size_t from, size_t to)
{
    size_t lo = first_mention(c, from);
    for (size_t m = lo; m < c->nm && c->mm[m].tok < to; m++) {
        const person *q = &c->pp[c->mm[m].person];
        if (place_mention(c, c->mm[m].tok) || role_object(c, c->mm[m].tok))
            continue;
        if (c->mm[m].person != p && (!q->gender || q->gender == g))
            return 1;
    }
    return 0;
}

/* Does the word at token i name a person whom a pronoun of gender g may stand for: a role ("lawyer",
 * "spokesman": the role-nouns lexicon) or a title, whose gender, if it has one, is g? */
static int person_noun(const sp *c, size_t i, int g)
{
    if (!is_word(c, i) || !(lexicon(c, LX_ROLE_NOUNS, i, 1) || lexicon(c, LX_TITLES, i, 1)))
        return 0;
    if (!lexicon(c, LX_ROLE_NOUNS, i, 1) && lexicon(c, LX_NON_PERSON_TITLES, i, 1))
        return 0; /* "her parents' house", "the state": a title word that names no one alone */
    int own = lexicon(c, LX_MALE_WORDS, i, 1) ? 'm' : lexicon(c, LX_FEMALE_WORDS, i, 1) ? 'f' : 0;
    return !own || own == g;
}

/* The discourse's current speaker at token i: the person who last said something (the subject of the last
 * speech or stance verb outside quotes) in i's sentence before it or in the sentences before it in its
 * paragraph, or the paragraph before when i's paragraph opens with the quote ("Ana Ruiz said the road
 * would stay shut. “Q,” she told reporters."), when their gender does
 * not contradict g and no other person who may be g is named between them and i; NONE otherwise. Another
 * speaker (a description, a pronoun) before that ends the search: UNNAMED when it is a person's role or title
 * that fits g ("the company's lawyer"). */
static int discourse_speaker(const sp *c, size_t i, int g, int *asker)
{
    const fl_doc *d = c->d;
    size_t s = c->tsent[i];
    uint32_t para = d->sents[s].para;
    /* a paragraph that opens with the quote ("“Q,” he said.") goes on from the paragraph before */
    size_t k0 = first_token_at(c, d->paras[para].start);
    while (k0 < i && (in_quote(c, k0) || !is_word(c, k0)))
        k0++;
    if (k0 == i && para > 0)
        para--;
    for (size_t back = 0; back <= CARRY_SENTENCES && back <= s && d->sents[s - back].para >= para; back++) {
        size_t si = s - back, first = first_token_at(c, d->sents[si].start);
        size_t end = si == s ? i : first_token_at(c, d->sents[si].end);
        for (size_t k = end; k-- > first;) {
            if (in_quote(c, k) || !lower_word(c, k) ||
                (speech_verb(c, k) != (long)k && !lexicon(c, LX_STANCE_VERBS, k, 1)))
                continue;
            speaker who = subject_before(c, (long)k - 1, "");
            if (who.kind == SPK_NONE && k > 0 && c->t[k - 1].kind == FL_TOK_PUNCT)
                who = subject_after(c, k, "");
            if (who.kind == SPK_NONE)
                continue;
            if (lexicon(c, LX_QUESTION_VERBS, k, 1) && who.tok < i) {
                /* "Berg asked Ana Ruiz whether ...": the one asked answers; "Berg asked whether ...": not Berg */
                speaker asked = subject_after(c, k, "");
                if (asked.kind == SPK_PERSON && asked.person != who.person &&
                    !(c->pp[asked.person].gender && c->pp[asked.person].gender != g))
                    return asked.person;
                if (who.kind == SPK_PERSON)
                    *asker = who.person;
                return NONE;
            }
            if (who.kind == SPK_DESC && who.ntok && who.tok < i && person_noun(c, who.tok + who.ntok - 1, g))
                /* "Ana Ruiz’s lawyer said ... He added": the lawyer, whose name is not given, unless someone
                 * who fits is named after ("The governor said ... Tor Fenn refused ... “Q,” he said.") */
                return other_fitting(c, NONE, g, who.tok + who.ntok, i) ? NONE : UNNAMED;
            if (who.kind != SPK_PERSON || who.tok >= i)
                return NONE;
            const person *p = &c->pp[who.person];
            if ((p->gender && p->gender != g) || other_fitting(c, who.person, g, who.tok + who.ntok, i))
                return NONE;
            return who.person;
        }
    }
    return NONE;
}

/* Is token i inside parentheses that open in its sentence: an aside ("(presumably Sen. Ana Ruiz)")? */
static int in_parens(const sp *c, size_t i)
{
    for (size_t k = i; k-- > 0 && same_sentence(c, k, i);) {
        if (punct(c, k, ')'))
            return 0;
        if (punct(c, k, '('))
            return 1;
    }
    return 0;
}

/* Is the capitalised run at token k (outside quotes) a name that no mention covers: someone the chain of
 * pronouns cannot see past ("Nichols, who argued he was insane, ...")? */
static int unknown_name(const sp *c, size_t k)
{
    size_t m = first_mention(c, k);
    if (m < c->nm && c->mm[m].tok == k)
        return 0;
    return tag_of(c, k) == FL_TAG_PROPN;
}

/* What paragraph p is to a chain of pronouns of gender g: PARA_PRONOUN when it is narrative that goes on about
 * someone as such a he/she and names no one the people do not cover; PARA_QUOTED when it holds nothing but
 * quoted words (the middle of a quote that runs over paragraphs); PARA_MIXED when it holds a quote and words
 * of the writer's (someone's attributed remark); PARA_OTHER otherwise. */
enum { PARA_OTHER, PARA_PRONOUN, PARA_QUOTED, PARA_MIXED };
static int chain_para(const sp *c, uint32_t p, int g)
{
    const fl_para *pp = &c->d->paras[p];
    if (!pp->nsent)
        return PARA_OTHER;
    size_t end = c->d->sents[pp->first_sent + pp->nsent - 1].end;
    int outside = 0, quoted = 0, fits = 0, unknown = 0, names = 0;
    for (size_t k = first_token_at(c, pp->start); k < c->n && c->t[k].start < end; k++) {
        if (in_quote(c, k) || is_quote_mark(c, k)) {
            quoted = 1;
            continue;
        }
        if (!is_word(c, k))
            continue;
        outside = 1;
        size_t len = name_run(c, k);
        unknown |= len && !unknown && unknown_name(c, k);
        names |= len && (unknown_name(c, k) || (first_mention(c, k) < c->nm && c->mm[first_mention(c, k)].tok == k));
        fits |= lexicon(c, LX_PRONOUNS, k, 1) && gender_at(c, k) == g;
        k += len ? len - 1 : 0;
    }
    if (!outside)
        return PARA_QUOTED;
    /* a remark attributed to a he/she that names no one ("“Q,” he said.") goes on about the same person */
    if (quoted)
        return fits && !names ? PARA_PRONOUN : PARA_MIXED;
    return fits && !unknown ? PARA_PRONOUN : PARA_OTHER;
}

/* Does a name that no mention covers stand outside quotes in paragraph para before token i? */
static int unknown_before(const sp *c, uint32_t para, size_t i)
{
    for (size_t k = first_token_at(c, c->d->paras[para].start); k < i; k++) {
        size_t len = is_word(c, k) && !in_quote(c, k) ? name_run(c, k) : 0;
        if (len && unknown_name(c, k))
            return 1;
        k += len ? len - 1 : 0;
    }
    return 0;
}

/* Is token i a preposition's object, past its titles and article ("the ministry of the Rev Ana Ruiz")? */
static int object_mention(const sp *c, size_t i)
{
    size_t b = titles_start(c, i);
    if (b > 0 && same_sentence(c, b - 1, i) && role(c, b - 1, FL_ROLE_ARTICLES))
        b--;
    return after_preposition(c, b);
}

/* The first paragraph whose people a he/she of gender g in paragraph para may stand for: the paragraph before,
 * and further back across paragraphs that each go on about someone as a he/she of that gender (a chain of
 * pronouns: "Ana Ruiz ran the depot." / "She closed it in May." / "“Q,” she said."), after the middle of the
 * pronoun's own quote when it runs over paragraphs; at most CHAIN_PARAGRAPHS. */
static uint32_t pronoun_chain_start(const sp *c, uint32_t para, int g)
{
    uint32_t lim = para > 0 ? para - 1 : 0;
    int own_quote = 1; /* still inside the paragraphs of the pronoun's own quote */
    while (lim > 0 && para - lim < CHAIN_PARAGRAPHS) {
        int kind = chain_para(c, lim, g);
        if (kind == PARA_OTHER || kind == PARA_MIXED || (kind == PARA_QUOTED && !own_quote))
            break;
        own_quote = kind == PARA_QUOTED;
        /* the paragraph before is searched for the person: not when it quotes someone, whose name it gives */
        int before = chain_para(c, lim - 1, g);
        if (before == PARA_MIXED || (before == PARA_QUOTED && !own_quote))
            break;
        lim--;
    }
    return lim;
}

/* Does the name of p end in a word that makes it a place or an organisation ("Tallis Strand", "Marsh Lane",
 * "Varrow Seafoods Group"): the place-name-heads and organisation-words lexicons? No one a he/she stands for. */
static int thing_person(const sp *c, const person *p)
{
    size_t n = p->lastw ? strlen(p->lastw) : 0;
    return n && ((c->lex[LX_PLACE_NAME_HEADS] && fl_lexicon_has(c->lex[LX_PLACE_NAME_HEADS], p->lastw, n, 1)) ||
                 (c->lex[LX_ORG_WORDS] && fl_lexicon_has(c->lex[LX_ORG_WORDS], p->lastw, n, 1)));
}

static size_t introducing_name(const sp *c, size_t si, size_t *len);

/* Is the name of len words at token k one of a place or an organisation by its last word ("Sallow Creek" is
 * not, "Varrow Seafoods Group" is: the place-name-heads and organisation-words lexicons)? */
static int thing_name(const sp *c, size_t k, size_t len)
{
    return lexicon(c, LX_PLACE_NAME_HEADS, k + len - 1, 0) || lexicon(c, LX_ORG_WORDS, k + len - 1, 0) ||
           lexicon(c, LX_THING_NAME_HEADS, k, 0);
}

/* Does a he/she of gender g stand outside quotes after token k in its sentence or in the next sentence of its
 * paragraph ("Ingrid Solvang is thirty-four, and she has been ...")? What a name that has not spoken is taken
 * to be: a person of that gender. */
static int pronoun_follows(const sp *c, size_t k, int g)
{
    size_t s = c->tsent[k];
    size_t last = s + 1 < c->d->nsent && c->d->sents[s + 1].para == c->d->sents[s].para ? s + 1 : s;
    for (size_t j = k + 1; j < c->n && c->tsent[j] <= last; j++)
        if (!in_quote(c, j) && is_word(c, j) && lexicon(c, LX_PRONOUNS, j, 1) && gender_at(c, j) == g)
            return 1;
    return 0;
}

/* Does token k stand in a heading, a title or dateline line ("Saturday 14 March 2026 | Coastal Weekly")? */
static int in_heading(const sp *c, size_t k)
{
    return c->d->paras[c->d->sents[c->tsent[k]].para].heading;
}

/* A name of two words or more outside quotes in tokens [from, to) that no mention covers and that may be a
 * person's: not after an article ("the Harrow Ridge 500"), a preposition of place, in parentheses or in a
 * heading, not a place's or an organisation's name. Its first token, or SIZE_MAX. */
static size_t unknown_person_name(const sp *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        size_t len = is_word(c, k) && !in_quote(c, k) ? name_run(c, k) : 0;
        if (len >= 2 && len <= MAX_NAME && unknown_name(c, k) && !thing_name(c, k, len) && !place_mention(c, k) &&
            !in_parens(c, k) && !role_holder(c, k) && !(k > 0 && role(c, k - 1, FL_ROLE_ARTICLES)) && !in_heading(c, k))
            return k;
        k += len ? len - 1 : 0;
    }
    return SIZE_MAX;
}

/* Is the word at token i a noun for a person of gender g ("a woman in the crowd", "his wife": the
 * female-person-nouns and male-person-nouns lexicons, and the nouns of female-words and male-words)? */
static int gendered_noun(const sp *c, size_t i, int g)
{
    if (tag_of(c, i) != FL_TAG_NOUN)
        return 0; /* "her", "himself" */
    if (i >= 2 && role(c, i - 1, FL_ROLE_ARTICLES) && lexicon(c, LX_BE_FORMS, i - 2, 1))
        return 0; /* "since she was a girl": what someone is, no one else */
    return lexicon(c, g == 'f' ? LX_FEMALE_NOUNS : LX_MALE_NOUNS, i, 1) || gender_at(c, i) == g;
}

/* he/she of gender g at token i when the chain of pronouns before it reaches no one: a feature that goes on
 * about its one person over paragraphs that do not name them ("Ingrid Solvang is thirty-four, and she ..." /
 * "The trail is five hundred miles long." / "“Q,” she says."). The one person the document has named before i
 * whom the pronoun may stand for: a speaker it knows whose gender is g (or unknown, with a he/she of gender g
 * right after their first mention: pronoun_follows), or the subject that opens a sentence with a full name
 * followed by such a he/she (introducing_name; added to the people). NONE when no one is; AMBIGUOUS when two
 * are, when someone named whose gender is not known may be meant, when another name of two words that may be
 * a person's stands before i (unknown_person_name), or when a person's role or a noun for a person that fits
 * g ("a nurse", "a woman in the crowd") stands between that person's last mention and i: it may be theirs. */
static int document_person(sp *c, size_t i, int g)
{
    int found = NONE, unsure = 0; /* unsure: someone named whose gender is not known may be meant */
    size_t last = 0;
    for (size_t m = 0; m < c->nm && c->mm[m].tok < i; m++) {
        const mention *x = &c->mm[m];
        const person *p = &c->pp[x->person];
        if (place_mention(c, x->tok) || role_holder(c, x->tok) || thing_person(c, p) || in_parens(c, x->tok) ||
            (x->tok > 0 && role(c, x->tok - 1, FL_ROLE_ARTICLES)) || in_heading(c, x->tok) ||
            (p->gender && p->gender != g))
            continue;
        if (!p->gender && !pronoun_follows(c, p->tok, g)) {
            unsure = 1;
            continue;
        }
        if (found != NONE && found != x->person)
            return AMBIGUOUS; /* a second person */
        found = x->person;
        last = x->tok;
    }
    for (size_t si = 0; si <= c->tsent[i]; si++) {
        size_t len, k = introducing_name(c, si, &len);
        if (k == SIZE_MAX || k >= i || unknown_person_name(c, k, k + 1) != k || !pronoun_follows(c, k, g))
            continue;
        int p = add_person(c, k, len, 0);
        if (found != NONE && found != p)
            return AMBIGUOUS;
        found = p;
        last = k > last ? k : last;
    }
    if (found == NONE || unsure)
        return found == NONE ? NONE : AMBIGUOUS;
    for (size_t u = unknown_person_name(c, 0, i); u != SIZE_MAX; u = unknown_person_name(c, u + 1, i)) {
        char *key = name_key(c, u, name_run(c, u));
        int other = strcmp(key, c->pp[found].key) != 0;
        free(key);
        if (other)
            return AMBIGUOUS;
        u += name_run(c, u) - 1;
    }
    for (size_t k = last + 1; k < i; k++)
        if (!in_quote(c, k) && lower_word(c, k) && (person_noun(c, k, g) || gendered_noun(c, k, g)))
            return AMBIGUOUS;
    if (!c->pp[found].gender)
        c->pp[found].gender = g;
    return found;
}

/* he/she at token i: the discourse's current speaker when they fit (discourse_speaker), else the nearest
 * person mentioned before it (outside quotes and asides in parentheses, in this paragraph or the one before,
 * or further back along a chain of pronouns: pronoun_chain_start) whose gender fits; NONE when two people fit
 * equally. */
static int resolve_pronoun(sp *c, size_t i)
{
    int g = gender_at(c, i);
    if (!g)
        return NONE;  /* "they", "it", "I": no one to resolve to */
    int asker = NONE; /* the person whose question the words answer: not the one answering */
    int cur = discourse_speaker(c, i, g, &asker);
    if (cur == UNNAMED)
        return NONE; /* not someone named further back */
    if (cur >= 0) {
        if (!c->pp[cur].gender)
            c->pp[cur].gender = g;
        return cur;
    }
    uint32_t para = c->d->sents[c->tsent[i]].para, lim = pronoun_chain_start(c, para, g);
    int nearer = lim + 1 < para && unknown_before(c, para, i);
    if (nearer)
        lim = para - 1; /* "After Kathy was hurt, she cried": someone the people do not cover is nearer */
    size_t k = c->nm;
    while (k > 0 && c->mm[k - 1].tok >= i)
        k--;
    int found = NONE;
    uint32_t found_sent = 0;
    for (; k > 0; k--) {
        const mention *m = &c->mm[k - 1];
        if (c->d->sents[c->tsent[m->tok]].para < lim)
            break;
        person *p = &c->pp[m->person];
        if ((g && p->gender && p->gender != g) || m->person == asker || in_parens(c, m->tok) ||
            place_mention(c, m->tok) || role_object(c, m->tok) || role_holder(c, m->tok) || thing_person(c, p))
            continue;
        if (c->d->sents[c->tsent[m->tok]].para + 1 < para && object_mention(c, m->tok))
            continue; /* along a chain of pronouns, the person it is about, not one named in passing */
        if (found == NONE) {
            found = m->person;
            found_sent = c->tsent[m->tok];
        } else if (c->tsent[m->tok] == found_sent && m->person != found) {
            return AMBIGUOUS; /* two people in the sentence that names the nearest one */
        } else if (c->tsent[m->tok] != found_sent) {
            break;
        }
    }
    if (found == NONE && !nearer && !c->reporting)
        return document_person(c, i, g); /* the chain reaches no one: the one person of the story */
    if (found >= 0 && g && !c->pp[found].gender)
        c->pp[found].gender = g;
    return found;
}

/* ---- claims ---- */

typedef struct {
    speaker who;
    long verb; /* the speech verb that introduced it, or NONE */
} attribution;

/* Any speaker: a person, a name, a pronoun, a description. */
static int attributed(const attribution *a)
{
    return a->who.kind != SPK_NONE;
}

static void resolve(sp *c, attribution *a)
{
    if (a->who.kind == SPK_PRONOUN) {
        int p = resolve_pronoun(c, a->who.tok);
        if (p >= 0) {
            a->who.kind = SPK_PERSON;
            a->who.person = p;
            a->who.how = "pronoun";
        } else if (p == AMBIGUOUS) {
            a->who.how = "pronoun-ambiguous"; /* left a pronoun: two people may be meant */
        }
    }
}

/* The audience after an audience verb at v: "told union leaders in Porto that ..." -> [a, b). */
static int audience(const sp *c, long v, size_t *a, size_t *b)
{
    if (v < 0 || !lexicon(c, LX_AUDIENCE_VERBS, (size_t)v, 1))
        return 0;
    size_t i = (size_t)v + 1, e = i;
    while (e < c->n && e < i + MAX_AUDIENCE && is_word(c, e) && same_sentence(c, e, (size_t)v) && !in_quote(c, e) &&
           !lexicon(c, LX_AUDIENCE_STOPS, e, 1) &&
           fl_phrases_at(&c->k->weekdays, c->s, c->t, c->n, e, &(size_t){0}) < 0 &&
           fl_phrases_at(&c->k->months, c->s, c->t, c->n, e, &(size_t){0}) < 0)
        e++;
    if (e == i)
        return 0;
    *a = i;
    *b = e;
    return 1;
}

static char *excerpt(const sp *c, size_t start, size_t end)
{
    fl_buf b = {0};
    fl_excerpt(&b, c->d, start, end, MAX_TEXT);
    return fl_buf_take(&b);
}

/* The hedge of a claim: a hedge adverb anywhere in its sentence outside quotes. */
static char *hedge_of(const sp *c, size_t sent)
{
    const fl_sent *st = &c->d->sents[sent];
    for (size_t i = first_token_at(c, st->start); i < c->n && c->t[i].start < st->end; i++)
        if (!in_quote(c, i) && lexicon(c, LX_HEDGES, i, 1))
            return fl_xstrndup(c->s + c->t[i].start, c->t[i].end - c->t[i].start);
    return fl_xstrdup("");
}

/* The source chain of sentence sent: "according to ...", "first reported by ...", and footnote markers
 * after from. */
static void source_of(const sp *c, size_t sent, size_t from, fl_buf *out)
{
    const fl_sent *st = &c->d->sents[sent];
    /* near the claim only: a huge sentence is not scanned whole for every claim in it */
    size_t lo = from > st->start + 4 * PHRASE_WINDOW ? from - 4 * PHRASE_WINDOW : st->start;
    size_t hi = from + 4 * PHRASE_WINDOW < st->end ? from + 4 * PHRASE_WINDOW : st->end;
    size_t best = find_phrase(c, LX_SOURCE_PHRASES, lo, hi, 1, 1);
    if (best < hi) {
        /* to the sentence end, or to a quotation or "that" clause that follows */
        size_t e = hi;
        for (size_t o = best; o < e; o++)
            if (fl_doc_in_quote(c->d, o) || (o > best && strncmp(c->s + o, " that ", 6) == 0)) {
                e = o;
                break;
            }
        /* without the punctuation, spaces and opening quotation mark before what follows */
        for (;;) {
            if (e > best && (c->s[e - 1] == '.' || c->s[e - 1] == ',' || fl_is_ascii_space((unsigned char)c->s[e - 1])))
                e--;
            else if (e >= best + 3 && memcmp(c->s + e - 3, "\xE2\x80\x9C", 3) == 0)
                e -= 3;
            else
                break;
        }
        if (out->len)
            fl_buf_puts(out, "; ");
        fl_excerpt(out, c->d, best, e, 200);
    }
    for (size_t m = fl_doc_marker_from(c->d, from); m < c->d->nmarkers && c->d->markers[m].start < st->end; m++) {
        if (c->d->markers[m].value < 0)
            continue;
        fl_buf_printf(out, "%snote %d", out->len ? "; " : "", c->d->markers[m].value);
    }
}

/* "said on Fox News", "told Channel 4's evening programme": a speech verb outside quotes in [from, to), then a
 * word of the broadcast-leads lexicon and a capitalised word that is no weekday, month or written medium
 * ("on Monday", "on Twitter"): a broadcaster or a programme, where a remark is spoken. */
static int broadcast(const sp *c, size_t from, size_t to)
{
    for (size_t k = from; k + 2 < to; k++) {
        size_t used;
        if (in_quote(c, k) || speech_verb(c, k) != (long)k || !lexicon(c, LX_BROADCAST, k + 1, 1) ||
            !capital_word(c, k + 2) || lexicon(c, LX_WRITTEN, k + 2, 1) ||
            fl_phrases_at(&c->k->months, c->s, c->t, c->n, k + 2, &used) >= 0 ||
            fl_phrases_at(&c->k->weekdays, c->s, c->t, c->n, k + 2, &used) >= 0)
            continue;
        return 1;
    }
    return 0;
}

/* What the sentence sent says a remark was made in, outside its quotes: written ("wrote", "in a letter", "in
 * a statement": the written-media lexicon), spoken ("in an interview", "told reporters", "said on Fox News":
 * spoken-media, broadcast), or neither (FL_MEDIUM_NONE, also when it says both). */
static int medium_of(const sp *c, size_t sent)
{
    size_t from = c->d->sents[sent].start, to = c->d->sents[sent].end;
    int written = find_phrase(c, LX_WRITTEN, from, to, 1, 1) < to;
    int spoken =
        find_phrase(c, LX_SPOKEN, from, to, 1, 1) < to || broadcast(c, first_token_at(c, from), first_token_at(c, to));
    return written == spoken ? FL_MEDIUM_NONE : written ? FL_MEDIUM_WRITTEN : FL_MEDIUM_SPOKEN;
}

/* The medium of claim q, in sentence sent of its document: its sentence's, or, when that says none, the medium of
 * the claim before it when that is the same speaker's in the same paragraph ("Ana Ruiz wrote in a letter ...
 * She added that ..."). */
static int claim_medium(const sp *c, const fl_claims *out, const fl_qclaim *q, size_t sent)
{
    int m = medium_of(c, sent);
    if (m != FL_MEDIUM_NONE || out->nquote == 0 || !q->speaker[0])
        return m;
    const fl_qclaim *p = &out->quotes[out->nquote - 1];
    if (p->doc != q->doc || strcmp(p->speaker, q->speaker) != 0 || p->sentence >= c->d->nsent ||
        c->d->sents[p->sentence].para != c->d->sents[sent].para)
        return m;
    return p->medium;
}

static void push_claim(sp *c, fl_claims *out, size_t doc_index, int direct, const attribution *a, size_t start,
                       size_t end, long verb, size_t sent)
{
    fl_doc *d = (fl_doc *)c->d;
    FL_GROW(out->quotes, out->capquote, out->nquote + 1);
    fl_qclaim *q = &out->quotes[out->nquote];
    memset(q, 0, sizeof *q);
    q->file = d->path;
    q->start = fl_doc_pos(d, start);
    q->end = fl_doc_pos(d, end);
    q->direct = direct;
    q->how = a->who.kind == SPK_NONE ? "" : a->who.how;
    if (a->who.ntok == 1 && a->who.tok < c->n)
        c->spoke[a->who.tok] = 1;
    if (a->who.kind == SPK_PERSON) {
        c->pp[a->who.person].quoted = 1;
        q->speaker = fl_xstrdup(c->pp[a->who.person].name);
        q->speaker_key = fl_xstrdup(c->pp[a->who.person].key);
        q->local = strchr(q->speaker, ' ') == NULL;
    } else if (a->who.ntok) {
        q->speaker = excerpt(c, c->t[a->who.tok].start, c->t[a->who.tok + a->who.ntok - 1].end);
        if (a->who.kind == SPK_NAME) {
            q->speaker_key = fl_fold(q->speaker, strlen(q->speaker));
            q->local = 1;
        }
    } else {
        q->speaker = fl_xstrdup("");
    }
    size_t aa, ab;
    q->audience = audience(c, verb, &aa, &ab) ? excerpt(c, c->t[aa].start, c->t[ab - 1].end) : fl_xstrdup("");
    q->hedge = hedge_of(c, sent);
    fl_buf src = {0};
    source_of(c, sent, start, &src);
    q->source = fl_buf_take(&src);
    q->text = excerpt(c, start, end);
    q->doc = doc_index;
    q->seq = out->nquote;
    q->sentence = sent;
    q->medium = claim_medium(c, out, q, sent);
    out->nquote++;
}

/* Does the speech phrase at byte at run into a lower-case noun, so that it is part of a noun phrase or of
 * another verb's ("the following morning", "went on strike"), not a speech phrase? */
static int phrase_modifies(const sp *c, size_t at)
{
    const fl_lexicon *lex = c->lex[LX_SPEECH_PHRASES];
    const size_t *items;
    size_t m = fl_lexicon_starting(lex, (unsigned char)fl_ascii_lower((unsigned char)c->s[at]), &items), end = at;
    for (size_t x = 0; x < m; x++) {
        size_t wl = fl_lexicon_item_len(lex, items[x]);
        if (at + wl <= c->d->len && at + wl > end && !strncasecmp(c->s + at, fl_lexicon_item(lex, items[x]), wl))
            end = at + wl;
    }
    size_t k = first_token_at(c, at);
    while (k < c->n && c->t[k].start < end)
        k++;
    return k < c->n && k > 0 && same_sentence(c, k - 1, k) && is_word(c, k) && lower_word(c, k) &&
           tag_of(c, k) == FL_TAG_NOUN;
}

/* Where in [from, to) one of the "speech-phrases" ("put it", "in the words of") stands outside quotes, SIZE_MAX
 * none. */
static size_t speech_phrase(const sp *c, size_t from, size_t to)
{
    if (to > from + PHRASE_WINDOW)
        to = from + PHRASE_WINDOW; /* phrases sit next to the quote; a huge sentence is not scanned */
    for (size_t at = find_phrase(c, LX_SPEECH_PHRASES, from, to, 1, 1); at < to;
         at = find_phrase(c, LX_SPEECH_PHRASES, at + 1, to, 1, 1)) {
        if (!phrase_modifies(c, at))
            return at;
    }
    return SIZE_MAX;
}

/* The speaker of a speech phrase at byte at: the subject before it ("As Ana Ruiz put it"), the pronoun that
 * opens it ("she recalled"), or the name after its lower-case words ("in the words of Ana Ruiz"). */
static speaker phrase_subject(const sp *c, size_t at)
{
    speaker none = {SPK_NONE, NONE, 0, 0, "phrase"};
    size_t k = first_token_at(c, at);
    if (k >= c->n)
        return none;
    if (lexicon(c, LX_PRONOUNS, k, 1))
        return (speaker){SPK_PRONOUN, NONE, k, 1, "phrase"};
    /* "As she put it": the pronoun before the phrase */
    if (k > 0 && same_sentence(c, k - 1, k) && lexicon(c, LX_PRONOUNS, k - 1, 1))
        return (speaker){SPK_PRONOUN, NONE, k - 1, 1, "phrase"};
    if (k > 0 && same_sentence(c, k - 1, k) && name_run_ending(c, k - 1) >= 0)
        return subject_before(c, (long)k - 1, "phrase");
    size_t e = k + 1;
    while (e < c->n && e < k + PHRASE_WORDS && lower_word(c, e) && same_sentence(c, e, k))
        e++;
    if (e < c->n && same_sentence(c, e, k) && name_run(c, e) >= 1)
        return subject_after(c, e - 1, "phrase");
    return none;
}

/* Is the speech verb at v a passive with no agent: a form of "be" before it (adverbs between) and no word of
 * agent-prepositions ("by") after it in its sentence ("That was how the moment was described to this newspaper")?
 * Nobody is said to speak. */
static int agentless_passive(const sp *c, size_t v)
{
    size_t j = v;
    while (j > 0 && same_sentence(c, j - 1, v) && lower_word(c, j - 1) && adverb(c, j - 1))
        j--;
    if (j == 0 || !same_sentence(c, j - 1, v) || !lower_word(c, j - 1) || !lexicon(c, LX_BE_FORMS, j - 1, 1))
        return 0;
    for (size_t k = v + 1; k < c->n && same_sentence(c, k, v); k++)
        if (lower_word(c, k) && lexicon(c, LX_AGENT_PREPOSITIONS, k, 1))
            return 0;
    return 1;
}

/* A speech verb next to the quote whose subject cannot be named: the quote is attributed all the same. */
static attribution verb_only(long v)
{
    attribution a = {{SPK_DESC, NONE, 0, 0, "verb-only"}, v};
    return a;
}

/* "according to S" at token k: S, or a description ("a statement from the company"); attributed either way. */
static attribution according_to(sp *c, size_t k)
{
    attribution a = {subject_after(c, k + 1, "according-to"), NONE};
    resolve(c, &a);
    if (!attributed(&a)) {
        a = verb_only(NONE);
        a.who.how = "according-to";
    }
    return a;
}

/* Is token i a finite verb of the tagger's (past or present)? */
static int finite_verb_at(const sp *c, size_t i)
{
    int t = tag_of(c, i);
    return lower_word(c, i) && !in_quote(c, i) && (t == FL_TAG_VBD || t == FL_TAG_VBP);
}

/* The named subject of the finite verb nearest before the coordinator at token co, the speech verb at v coordinated
 * with it: "Lola Grant walked back on and screamed: “Q”", "... before Ana Ruiz left the stage and said: “Q”" (the
 * verb's own subject, a person or a name; a description or a pronoun is none: "the crowd rose and shouted"). The
 * verb is the clause's: no punctuation, subordinator or quote between it and the coordinator. */
static speaker verb_coordinated_subject(const sp *c, size_t co, size_t v)
{
    speaker none = {SPK_NONE, NONE, 0, 0, "before-quote"};
    for (size_t x = co; x-- > 0 && same_sentence(c, x, v) && x + SUBJECT_WINDOW > co;) {
        if (in_quote(c, x) || c->t[x].kind == FL_TOK_PUNCT || tag_of(c, x) == FL_TAG_SCONJ ||
            tag_of(c, x) == FL_TAG_CONJ)
            return none;
        if (!finite_verb_at(c, x))
            continue;
        speaker s = subject_before(c, (long)x - 1, "before-quote");
        return s.kind == SPK_PERSON || s.kind == SPK_NAME ? s : none;
    }
    return none;
}

/* The subject of a speech verb at v that a coordinator opens ("but promised", "and added"): the named subject
 * of the speech verb before it in its sentence ("Ana Ruiz said the history was “lost” but promised: “Q”"), past
 * quotes inside the clause; no speaker otherwise. */
static speaker coordinated_subject(const sp *c, size_t v)
{
    speaker none = {SPK_NONE, NONE, 0, 0, "before-quote"};
    size_t k = v;
    while (k > 0 && same_sentence(c, k - 1, v) && adverb(c, k - 1))
        k--;
    if (k == 0 || !same_sentence(c, k - 1, v) || !role(c, k - 1, FL_ROLE_COORDINATOR))
        return none;
    for (size_t x = k - 1; x-- > 0 && same_sentence(c, x, v);) {
        if (speech_verb(c, x) != (long)x)
            continue;
        speaker s = subject_before(c, (long)x - 1, "before-quote");
        return s.kind == SPK_PERSON || s.kind == SPK_NAME ? s : none;
    }
    return verb_coordinated_subject(c, k - 1, v);
}

/* Is the verb at k a naming participle set off by a comma before a name ("the robot, called Skerry: “Q”",
 * "her boat, named Kestrel, ...")? It gives the noun before it a name: the name after it is no speaker, and the
 * verb no speech verb. */
static int naming_aside(const sp *c, size_t k)
{
    return k > 0 && k + 1 < c->n && lower_word(c, k) && lexicon(c, LX_NAMING_PARTICIPLES, k, 1) &&
           punct(c, k - 1, ',') && same_sentence(c, k - 1, k) && same_sentence(c, k, k + 1) && name_run(c, k + 1) >= 1;
}

/* The speech verb before token k in its sentence, outside quotes, or NONE. */
static long speech_verb_before(const sp *c, size_t k)
{
    for (size_t x = k; x-- > 0 && same_sentence(c, x, k);)
        if (!in_quote(c, x) && speech_verb(c, x) == (long)x)
            return (long)x;
    return NONE;
}

/* A speech word at token k that is the noun of a phrase on the verb before it ("said in his remarks: “Q”", "told
 * reporters in a reply: “Q”": a preposition, a determiner, the noun) names no speaker: the speech verb before it in
 * its sentence does, when there is one; k otherwise. */
static long past_remark_noun(const sp *c, size_t k)
{
    if (k < 2 || !same_sentence(c, k - 2, k) || tag_of(c, k) != FL_TAG_NOUN || tag_of(c, k - 1) != FL_TAG_DET ||
        tag_of(c, k - 2) != FL_TAG_ADP)
        return (long)k;
    long v = speech_verb_before(c, k - 2);
    return v == NONE ? (long)k : v;
}

/* S said: "Q" / S told A (that) ... "Q": the nearest speech verb before the quote at token o, in its
 * sentence; past a naming aside ("she described the robot, called Skerry: “Q”") to the speech verb before it. */
static attribution before_quote(sp *c, size_t o)
{
    attribution a = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    for (long k = (long)o - 1; k >= 0 && same_sentence(c, (size_t)k, o); k--) {
        if (is_quote_mark(c, (size_t)k) && !in_quote(c, (size_t)k) && k + 1 < (long)o)
            break;
        /* "Said he: “Q”", "Cried one professor: “Q”" */
        int first = k == 0 || !same_sentence(c, (size_t)k - 1, (size_t)k);
        if (is_verb(c, (size_t)k) && (lower_word(c, (size_t)k) || (first && is_word(c, (size_t)k))) &&
            !in_quote(c, (size_t)k)) {
            if (naming_aside(c, (size_t)k) && (k = speech_verb_before(c, (size_t)k)) == NONE)
                break;
            k = past_remark_noun(c, (size_t)k);
            if (according_at(c, (size_t)k)) {
                return according_to(c, (size_t)k);
            } else {
                a.verb = k;
                a.who = subject_before(c, k - 1, "before-quote");
                /* inverted only after punctuation: "..., said Ana Silva: “Q”" */
                if (a.who.kind == SPK_NONE && k > 0 && c->t[k - 1].kind == FL_TOK_PUNCT)
                    a.who = subject_after(c, (size_t)k, "before-quote");
                /* "S said the history was “lost” but promised: “Q”": a verb coordinated with an earlier
                 * speech verb of the sentence shares its subject */
                if (a.who.kind == SPK_NONE)
                    a.who = coordinated_subject(c, (size_t)k);
                /* "... and inquired, “Q”": the verb introduces the quote */
                if (a.who.kind == SPK_NONE && k + 5 >= (long)o)
                    return verb_only(k);
            }
            resolve(c, &a);
            if (attributed(&a))
                return a;
            break;
        }
    }
    return a;
}

/* The sieve for the quote whose marks are at tokens o and cl (cl == NONE when unclosed). */
/* Sets *out to a and says the sieve has decided (1). */
static int decided(attribution *out, attribution a)
{
    *out = a;
    return 1;
}

/* Is the sentence that starts at token j an attribution ("Ana Ruiz, a councillor, said." "Ana Ruiz said
 * before the vote."), not a statement of its own: no reported clause after its speech verb ("Ana Ruiz also
 * said that she had lied", "Ana Ruiz said she had lied", "... said the plan failed")? */
static int attribution_line(const sp *c, size_t j)
{
    for (size_t k = j; k < c->n && k < j + NP_WINDOW && same_sentence(c, k, j); k++) {
        if (speech_verb(c, k) != (long)k)
            continue;
        size_t e = k + 1;
        while (adverb(c, e) && same_sentence(c, e, k))
            e++;
        return !(same_sentence(c, e, k) && (role(c, e, FL_ROLE_THAT) || lexicon(c, LX_PRONOUNS, e, 1) ||
                                            role(c, e, FL_ROLE_ARTICLES) || name_token(c, e)));
    }
    return 0;
}

/* "Q," transport chair Ana Ruiz crowed.: a quote that ends in a comma and is followed, to its sentence's end, by
 * a noun phrase that names a person (or "he"/"she") and one finite verb with nothing after it but adverbs. The
 * clause has no other business than telling who spoke, whatever its verb ("fumed", "beamed"): the person's
 * words. A phrase that names no one ("a pattern is emerging") or a verb with an object decides nothing. */
static int closing_clause(sp *c, long cl, size_t j, attribution *out)
{
    if (!(cl > 0 && punct(c, (size_t)cl - 1, ',')) && !punct(c, (size_t)cl + 1, ','))
        return 0;
    size_t v = j;
    for (; v < c->n && same_sentence(c, v, j) && !(lower_word(c, v) && finite_verb_tag(tag_of(c, v))); v++) {
        int t = tag_of(c, v);
        if (!(is_word(c, v) && !lower_word(c, v)) && !(punct(c, v, '.') && v > j && title_word(c, v - 1)) &&
            t != FL_TAG_NOUN && t != FL_TAG_ADJ && t != FL_TAG_DET && t != FL_TAG_PROPN)
            return 0; /* a preposition, a conjunction, an auxiliary, a comma: not a bare noun phrase */
    }
    if (v >= c->n || !same_sentence(c, v, j) || tag_of(c, v) == FL_TAG_VBG)
        return 0;
    size_t e = v + 1;
    while (adverb(c, e) && same_sentence(c, e, v))
        e++;
    if (!(punct(c, e, '.') || punct(c, e, '!')) || (e + 1 < c->n && same_sentence(c, e + 1, v)))
        return 0;
    attribution a = {noun_phrase(c, j, v, "after-quote"), (long)v};
    if (a.who.kind == SPK_PRONOUN && gender_at(c, a.who.tok) == 0)
        return 0; /* "it", "they": a thing or a crowd may do what the verb says */
    if (a.who.kind != SPK_NAME && a.who.kind != SPK_PERSON && a.who.kind != SPK_PRONOUN)
        return 0;
    resolve(c, &a);
    return decided(out, a);
}

/* The sieve's patterns after the quote's closing mark, token cl: "Q" - S, title; "Q" (S added); "Q," said S;
 * "Q," S said. Returns 1 with *out set when one of them decides, 0 to go on. */
static int after_quote(sp *c, size_t o, long cl, attribution *out)
{
    attribution a = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    size_t j = (size_t)cl + 1;
    while (j < c->n && c->d->markers && fl_doc_is_marker(c->d, c->t[j].start, c->t[j].end))
        j++;
    /* "Q"?? He asked: question and exclamation marks outside the quote */
    while (j < c->n && (punct(c, j, '?') || punct(c, j, '!')))
        j++;
    if (punct(c, j, ','))
        j++;
    /* nothing after the quote in its paragraph: the next paragraph is someone else's business, unless the
     * quote ends on a question or exclamation mark that leaves its attribution to the next line
     * ("“Right now!” / Ana Ruiz, a councillor, said.": one sentence per line) */
    if (j >= c->n || c->d->sents[c->tsent[j]].para != c->d->sents[c->tsent[cl]].para) {
        int open_end = cl > 0 && j < c->n && (punct(c, (size_t)cl - 1, '?') || punct(c, (size_t)cl - 1, '!')) &&
                       c->d->sents[c->tsent[j]].para == c->d->sents[c->tsent[cl]].para + 1 && name_run(c, j) &&
                       c->t[j].start == c->d->paras[c->d->sents[c->tsent[j]].para].start && attribution_line(c, j);
        if (!open_end)
            j = c->n;
    }
    /* "Q." Critics say the plan failed: a quote that closes its sentence is attributed by the next one only when
     * that sentence does nothing else ("“Q.” Ana Ruiz said."); one that reports a clause of its own speaks for
     * itself */
    int own_sentence = j < c->n && c->tsent[j] != c->tsent[cl] && !attribution_line(c, j);
    /* "Q" - S, title */
    if (is_dash(c, j) && name_run(c, j + 1)) {
        size_t len = name_run(c, j + 1);
        a.who = named(c, j + 1, len, "dash");
        a.verb = speech_verb(c, j + 1 + len);
        resolve(c, &a);
        return decided(out, a);
    }
    /* "Q" (S added) */
    if (punct(c, j, '(') && name_run(c, j + 1) && speech_verb(c, j + 1 + name_run(c, j + 1)) >= 0) {
        a.who = named(c, j + 1, name_run(c, j + 1), "parenthesis");
        resolve(c, &a);
        return decided(out, a);
    }
    /* "Q," said S ("Q??" Asked S, when the question mark ended the sentence) */
    long v = speech_verb(c, j);
    if (v < 0 && is_word(c, j) && is_verb(c, j) && !role(c, j, FL_ROLE_ACCORDING))
        v = (long)j;
    if (v >= 0) {
        a.verb = v;
        a.who = subject_after(c, (size_t)v, "said-after");
        resolve(c, &a);
        if (!attributed(&a)) {
            /* "S told parliament that the deficit “Q,” adding that ...": the participle goes on with the
             * subject named before the quote */
            attribution b = before_quote(c, o);
            a = b.who.kind == SPK_PERSON || b.who.kind == SPK_NAME ? b : verb_only(v);
        }
        return decided(out, a);
    }
    if (own_sentence)
        return 0;
    /* "Q," S said / "Q," the bank's economist, Ana Silva, said: a subject right after the quote */
    size_t ref = j; /* a token of the sentence the noun phrase is in */
    for (size_t k = j; k < c->n && k < j + NP_WINDOW; k++) {
        /* a title inside the noun phrase: "Ana Ruiz, co-author of “The Long Road,” said" */
        size_t e = k + 1;
        while (k > j + 1 && is_quote_mark(c, k) && e < c->n && e < k + NP_WINDOW / 2 && !is_quote_mark(c, e))
            e++;
        if (k > j + 1 && is_quote_mark(c, k) && is_quote_mark(c, e) && (lower_word(c, k - 1) || punct(c, k - 1, ','))) {
            k = e;
            ref = e + 1;
            continue;
        }
        if (!same_sentence(c, k, ref) || is_quote_mark(c, k))
            break;
        if (k < j + 5 && lexicon(c, LX_QUOTE_VERBS, k, 1) && lower_word(c, k))
            return decided(out,
                           verb_only((long)k)); /* "Q", the account reads / runs an old adage / is how she puts it */
        if ((v = speech_verb(c, k)) >= 0 && (size_t)v == k) {
            a.verb = v;
            /* the head of the noun phrase between the quote and its verb; the word before the verb when the
             * phrase names no one ("one of the rookies") */
            /* "“Q,” he is expected to say": the verb group is not part of the noun phrase */
            long g = skip_verb_group(c, (long)k - 1, (size_t)k);
            size_t np_end = g >= (long)j ? (size_t)g + 1 : (size_t)k;
            /* a name between the words after the quote and the speech verb is its subject, whatever the first
             * word is tagged ("resort boss Morag Dunleavy told": "resort" read as a verb) */
            size_t nm = j;
            while (nm < np_end && !name_run(c, nm))
                nm++;
            if (np_end > j && verb_opens(c, j) && (nm == np_end || nm + name_run(c, nm) != np_end)) {
                attribution b = before_quote(c, o); /* "S acknowledged “Q,” calling ... and saying" */
                resolve(c, &b);
                return decided(out, attributed(&b) ? b : verb_only(v));
            }
            a.who = noun_phrase(c, j, np_end, "after-quote");
            if (a.who.kind != SPK_PERSON && a.who.kind != SPK_NAME) {
                speaker near = subject_before(c, (long)k - 1, "after-quote");
                if (near.kind != SPK_NONE && near.tok >= j)
                    a.who = near;
            }
            if (a.who.kind != SPK_NONE && a.who.tok >= j) {
                resolve(c, &a);
                return decided(out, a);
            }
            a.who.kind = SPK_NONE;
            if (k == j + 1 && role(c, j, FL_ROLE_COORDINATOR)) {
                attribution b = before_quote(c, o); /* "S said it was “Q” but promised ...": S's */
                if (b.who.kind == SPK_PERSON || b.who.kind == SPK_NAME)
                    return decided(out, b);
            }
            if (k < j + 4 || np_end < j + 4)
                return decided(out, verb_only(v)); /* "Q," one of the rookies sighed and remarked */
            break;
        }
    }
    return closing_clause(c, cl, j, out);
}

/* Do the tokens [from, to) before a colon or dash hold a word of the writer's: not the unit of a number before
 * it, a weekday or a month? A time stamp ("23:30 -", "Monday, 9.40pm:") or a numbered label opens a live-blog
 * entry or a list item; it introduces no one's words. */
static int writer_words(const sp *c, size_t from, size_t to)
{
    size_t used;
    for (size_t k = from; k < to; k++)
        if (is_word(c, k) && !in_quote(c, k) && !(k > from && c->t[k - 1].kind == FL_TOK_NUM) &&
            fl_phrases_at(&c->k->months, c->s, c->t, c->n, k, &used) < 0 &&
            fl_phrases_at(&c->k->weekdays, c->s, c->t, c->n, k, &used) < 0)
            return 1;
    return 0;
}

/* Is the word at token e a noun for a person: a role ("lawyer", "deputy") or a kin or person noun ("daughter")? */
static int owned_person(const sp *c, size_t e)
{
    return lexicon(c, LX_ROLE_NOUNS, e, 1) || lexicon(c, LX_FEMALE_NOUNS, e, 1) || lexicon(c, LX_MALE_NOUNS, e, 1);
}

/* The name or pronoun that opens the subject at token k, before the quote at o, past its titles and a role
 * after them ("Prosecutor Ana Ruiz told the paper:", "Chief executive Ana Ruiz apologised:"); no speaker
 * otherwise. */
static speaker subject_at(const sp *c, size_t k, size_t o)
{
    speaker none = {SPK_NONE, NONE, 0, 0, "colon"};
    while (k < o && !is_word(c, k))
        k++;
    size_t t = title_word(c, k) ? past_titles(c, k) : k; /* "Chief forecaster Ana Ruiz:" */
    while (k < o && (title_word(c, k) || (punct(c, k, '.') && k > 0 && title_word(c, k - 1)) ||
                     (k > 0 && title_word(c, k - 1) && lower_word(c, k) && lexicon(c, LX_ROLE_NOUNS, k, 1))))
        k++;
    if (t > k && t < o)
        k = t;
    if (k >= o)
        return none;
    k = titled_name(c, k);
    size_t len = name_run(c, k);
    /* "Varrow’s port director, Tor Fenn, told reporters:" is Tor Fenn's, "Her deputy, Tor Fenn, was blunt:" too;
     * "Tor Fenn’s message was simple:" and "Her message was blunt:" are the owner's own, unless what is owned is
     * a person ("Tor Fenn’s daughter was less sure:"), who speaks for themself */
    int owner = len && len <= MAX_NAME && possessive_at(c, k + len) ? 1
                : !len && lexicon(c, LX_POSSESSIVES, k, 1)          ? 2
                                                                    : 0;
    if (owner) {
        size_t at = owner == 1 ? k + len : k;
        speaker s = owned_subject(c, at, o, "colon");
        if (s.kind == SPK_NAME || s.kind == SPK_PERSON)
            return s;
        size_t e = possessed_head(c, at);
        if (e < o && owned_person(c, e))
            return s;
        if (owner == 2)
            return e < o && lower_word(c, e) ? (speaker){SPK_PRONOUN, NONE, k, 1, "colon-owner"} : none;
    }
    if (len && len <= MAX_NAME)
        return named(c, k, len, "colon");
    if (lexicon(c, LX_PRONOUNS, k, 1))
        return (speaker){SPK_PRONOUN, NONE, k, 1, "colon"};
    return none;
}

/* The first token of the subject of the clause that ends the words [a, e) (those before a colon), by the
 * sentence's parse: the subject past a fronted phrase or clause ("Asked what he saw, Ana Ruiz repeated");
 * c->n when there is none, the words are too many, or there is no model. */
static size_t clause_subject(const sp *c, size_t a, size_t e)
{
    const fl_syntax *sx = fl_rules_syntax(c->r);
    if (!sx || e <= a || e - a > NP_WINDOW * 4 || e > c->n)
        return c->n;
    fl_str words[NP_WINDOW * 4];
    fl_syntax_words(c->s, c->t + a, e - a, words);
    fl_parse *p = fl_syntax_parse(sx, words, e - a);
    /* the clause of the words right before the colon, out of a relative clause inside it */
    int cl = fl_parse_clause_of(p, e - a - 1);
    for (size_t depth = 0; cl >= 0 && p->clauses[cl].kind == FL_CLAUSE_REL && depth < p->nclause; depth++)
        cl = p->clauses[cl].parent;
    int np = cl >= 0 && p->clauses[cl].kind != FL_CLAUSE_QUOTE ? fl_parse_subject(p, cl) : -1;
    size_t k = np >= 0 ? a + p->nps[np].start : c->n;
    fl_parse_free(p);
    return k;
}

/* Are the tokens [from, to) before a colon or dash one capitalised word and a time stamp or number right
 * after it ("Update 14:30 -", "Latest 9.40pm:"): a live-blog entry's label, which introduces no one? */
static int entry_label(const sp *c, size_t from, size_t to)
{
    size_t k = from;
    while (k < to && !is_word(c, k))
        k++;
    return k + 1 < to && !lower_word(c, k) && !name_token(c, k + 1) && c->t[k + 1].kind == FL_TOK_NUM &&
           !writer_words(c, k + 1, to);
}

/* Is the quote at token o introduced by a colon or dash after words of the writer's in its sentence ("S was
 * blunt: “Q”", "The statement reads: “Q”")? */
static int colon_introduced(const sp *c, size_t o)
{
    if (o == 0 || !(punct(c, o - 1, ':') || is_dash(c, o - 1)) || !same_sentence(c, o - 1, o))
        return 0;
    size_t from = first_token_at(c, c->d->sents[c->tsent[o]].start);
    return writer_words(c, from, o - 1) && !entry_label(c, from, o - 1);
}

static attribution attribute(sp *c, size_t o, long cl)
{
    attribution a = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    if (cl >= 0 && after_quote(c, o, cl, &a))
        return a;
    a = before_quote(c, o);
    if (attributed(&a))
        return a;
    /* "a plaque reads, “Q”", "the letter ran: “Q”": a document speaks through a quote verb */
    if (o >= 2 && (punct(c, o - 1, ',') || punct(c, o - 1, ':')) && same_sentence(c, o - 2, o) &&
        lower_word(c, o - 2) && lexicon(c, LX_QUOTE_VERBS, o - 2, 1)) {
        a = verb_only((long)o - 2);
        a.who.how = "quote-verb";
        return a;
    }
    /* "Q," when ..., said S: a later ", said S" in the sentence */
    if (cl >= 0) {
        for (size_t k = (size_t)cl + 1; k < c->n && same_sentence(c, k, (size_t)cl) && !is_quote_mark(c, k); k++) {
            if (punct(c, k, ',') && speech_verb(c, k + 1) >= 0) {
                long v = speech_verb(c, k + 1);
                a.verb = v;
                a.who = subject_after(c, (size_t)v, "said-after");
                if (a.who.kind == SPK_PERSON || a.who.kind == SPK_NAME) {
                    resolve(c, &a);
                    return a;
                }
                a.who.kind = SPK_NONE;
            }
        }
    }
    /* "Q." That was how one farmer put it: a speech verb or phrase in the next sentence of the paragraph (not
     * for a quote its own sentence's subject introduces with a colon: below) */
    if (cl >= 0 && !colon_introduced(c, o)) {
        size_t ns = c->tsent[cl] + 1;
        const fl_doc *d = c->d;
        size_t e = (size_t)cl + 1;
        while (e < c->n && fl_doc_is_marker(d, c->t[e].start, c->t[e].end))
            e++;
        if (ns < d->nsent && (e >= c->n || c->tsent[e] == ns) && d->sents[ns].para == d->sents[c->tsent[cl]].para &&
            !fl_doc_in_quote(d, d->sents[ns].start + 1)) {
            const fl_sent *st = &d->sents[ns];
            int said = speech_phrase(c, st->start, st->end) != SIZE_MAX;
            for (size_t k = e; k < c->n && k < e + SUBJECT_WINDOW && c->tsent[k] == ns && !said; k++)
                said =
                    speech_verb(c, k) >= 0 && !is_quote_mark(c, k) && !agentless_passive(c, (size_t)speech_verb(c, k));
            if (said) {
                a.who = (speaker){SPK_DESC, NONE, 0, 0, "next-sentence"};
                return a;
            }
        }
    }
    /* S did something: "Q" - a quote introduced by a colon (or a dash) speaks for the sentence's subject,
     * or for whatever the sentence names ("the statement reads:", "its theme:") */
    if (colon_introduced(c, o)) {
        size_t k = first_token_at(c, c->d->sents[c->tsent[o]].start);
        a.who = subject_at(c, k, o);
        if (a.who.kind == SPK_NONE || (a.who.kind == SPK_NAME && a.who.ntok == 1)) {
            /* past a fronted phrase: "Asked what he saw, Ana Ruiz repeated: “Q”"; a lone capitalised word
             * that no one is called may be the phrase's own ("Reached by phone, Ana Ruiz was blunt: “Q”") */
            speaker s = subject_at(c, clause_subject(c, k, o - 1), o);
            if (s.kind != SPK_NONE && (a.who.kind == SPK_NONE || s.tok != a.who.tok))
                a.who = s;
        }
        resolve(c, &a);
        if (attributed(&a))
            return a;
        a = verb_only(NONE);
        a.who.how = "colon";
        return a;
    }
    /* in the words of S, "Q" / "Q", is the way the prince puts it */
    const fl_sent *st = &c->d->sents[c->tsent[o]];
    size_t at = speech_phrase(c, c->t[o].start > st->start + PHRASE_WINDOW ? c->t[o].start - PHRASE_WINDOW : st->start,
                              c->t[o].start);
    if (at == SIZE_MAX && cl >= 0 && same_sentence(c, (size_t)cl, o))
        at = speech_phrase(c, c->t[cl].end, st->end);
    if (at != SIZE_MAX) {
        a = (attribution){phrase_subject(c, at), NONE};
        resolve(c, &a);
        if (!attributed(&a)) {
            a = verb_only(NONE);
            a.who.how = "phrase";
        }
        return a;
    }
    /* according to S, anywhere in the sentence */
    size_t k = next_according(c, o);
    if (k != SIZE_MAX)
        a = according_to(c, k);
    return a;
}

/* Does the quote read as speech rather than a term or a title: several words, and a sentence of its own
 * (capitalised, or closed with punctuation inside the marks)? */
static int speechlike(const sp *c, const fl_quote *q, size_t o, long cl)
{
    size_t words = 0, e = cl >= 0 ? (size_t)cl : first_token_at(c, q->inner_end);
    for (size_t k = o + 1; k < e; k++)
        words += c->t[k].kind == FL_TOK_WORD || c->t[k].kind == FL_TOK_NUM;
    if (words < 4)
        return 0;
    /* a quote in apposition to a naming noun is a name: "the slogan “Q”", "the 1974 book, “Q,” and" */
    size_t b = o;
    if (b > 0 && (punct(c, b - 1, ',') || punct(c, b - 1, ':')))
        b--;
    if (b > 0 && same_sentence(c, b - 1, o) && lower_word(c, b - 1) && lexicon(c, LX_NAMING_NOUNS, b - 1, 1))
        return 0;
    /* imagined words: "“Q,” you could almost hear him thinking", "as if to say “Q”" */
    const fl_sent *st = &c->d->sents[c->tsent[o]];
    if (find_phrase(c, LX_THOUGHT_PHRASES, st->start, st->end, 1, 1) < st->end)
        return 0;
    /* speech closes with its punctuation inside the marks (“Q.” “Q,” “Q?”); a closed quote that ends on a
     * bare word is a title, a slogan or a saying used as a noun phrase (their credo, “Q”, is ...) */
    if (cl >= 0 && e > o + 1 && c->t[e - 1].kind != FL_TOK_PUNCT && !q->pull)
        return 0; /* (a pull-quote line drops its final stop, as a headline does) */
    /* a fragment ("superior to the alliances of the past") is part of the sentence around it */
    if (!(c->t[o + 1].kind == FL_TOK_WORD && c->s[c->t[o + 1].start] >= 'A' && c->s[c->t[o + 1].start] <= 'Z'))
        return 0;
    /* a title: its content words capitalised ("Joint Statement on International Relations", "Company of
     * the Year") */
    size_t caps = 0, content = 0, stops = 0;
    for (size_t k = o + 1; k < e; k++) {
        if (c->t[k].kind != FL_TOK_WORD)
            continue;
        if (c->s[c->t[k].start] == '\'' || (unsigned char)c->s[c->t[k].start] == 0xE2)
            continue; /* the "’s" of a possessive ("the President’s Men") */
        if (lexicon(c, LX_STOPWORDS, k, 1) || lexicon(c, LX_FUNCTION_WORDS, k, 1)) {
            stops += c->s[c->t[k].start] >= 'a' && c->s[c->t[k].start] <= 'z';
            continue;
        }
        content++;
        caps += c->s[c->t[k].start] >= 'A' && c->s[c->t[k].start] <= 'Z';
    }
    if (content && (caps == content || caps * 2 > content + stops))
        return 0;
    /* a fragment inside a sentence ("the GOP is “Campaigning on the carcass of ...”"): a word right before
     * it and no sentence of its own inside */
    if (o > 0 && same_sentence(c, o - 1, o) && is_word(c, o - 1)) {
        int sentence = 0;
        for (size_t k = o + 1; k + 1 < e && !sentence; k++)
            sentence =
                c->t[k].kind == FL_TOK_PUNCT && strchr(".?!", c->s[c->t[k].start]) && c->t[k].end - c->t[k].start == 1;
        if (!sentence)
            return 0;
    }
    return 1;
}

/* A heading or title line; not a line that introduces what follows ("Dr. Schweitzer wrote:"). */
static int title_line(const sp *c, const fl_para *p)
{
    if (!p->heading)
        return 0;
    size_t e = p->end;
    while (e > p->start && fl_is_ascii_space((unsigned char)c->s[e - 1]))
        e--;
    return !(e > p->start &&
             (c->s[e - 1] == ':' || c->s[e - 1] == '-' ||
              (e >= p->start + 3 && (unsigned char)c->s[e - 3] == 0xE2 && (unsigned char)c->s[e - 2] == 0x80 &&
               ((unsigned char)c->s[e - 1] == 0x93 || (unsigned char)c->s[e - 1] == 0x94))));
}

/* The paragraph before paragraph para that is of the body, headings skipped (UINT32_MAX: none); *others 1 when a
 * heading skipped names other people's words (others-words-headings: "WHAT OUR VOLUNTEERS SAY", "Your letters",
 * "OVERHEARD AT THE STALLS"), under which a speaker before it does not go on; a plain subhead ("## Housing",
 * "EARLY STARTS") does not stop the speaker of a speech or a profile. */
static uint32_t body_before(const sp *c, uint32_t para, int *others)
{
    *others = 0;
    while (para > 0 && title_line(c, &c->d->paras[para - 1])) {
        const fl_para *h = &c->d->paras[--para];
        for (size_t k = first_token_at(c, h->start); k < c->n && c->t[k].start < h->end && !*others; k++)
            *others = lexicon(c, LX_OTHERS_HEADINGS, k, 1);
    }
    return para > 0 ? para - 1 : UINT32_MAX;
}

/* Does the speech verb at k report something: a colon, comma or "that" after it, its sentence's end, or a
 * clause with an auxiliary or a form of "be" ("it added the plant would reopen")? Not "it adds 45 teachers
 * for the youngest pupils": a verb of speech with an object that is no clause. */
static int reports_clause(const sp *c, size_t k)
{
    size_t n = k + 1;
    while (n < c->n && same_sentence(c, n, k) && adverb(c, n))
        n++;
    if (n >= c->n || !same_sentence(c, n, k) || punct(c, n, ',') || punct(c, n, ':') || punct(c, n, '.') ||
        is_quote_mark(c, n) || role(c, n, FL_ROLE_THAT))
        return 1;
    for (size_t x = n; x < c->n && same_sentence(c, x, k) && !in_quote(c, x); x++)
        if (lower_word(c, x) && (lexicon(c, LX_BE_FORMS, x, 1) || lexicon(c, LX_VERB_GROUP, x, 1)))
            return 1;
    return 0;
}

/* Does the verb at token k report a clause that opens with "that" (adverbs between: "revealed today that")? */
static int that_clause(const sp *c, size_t k)
{
    size_t n = k + 1;
    while (n < c->n && same_sentence(c, n, k) && adverb(c, n))
        n++;
    return n < c->n && same_sentence(c, n, k) && role(c, n, FL_ROLE_THAT);
}

/* A quote that opens a paragraph after "The Mayor said:" or "..., Moritz declared.": the speaker of the
 * last sentence of paragraph pi. */
static attribution previous_paragraph(sp *c, size_t pi)
{
    attribution a = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    const fl_para *p = &c->d->paras[pi];
    if (!p->nsent)
        return a;
    size_t sent = p->first_sent + p->nsent - 1;
    size_t first = first_token_at(c, c->d->sents[sent].start), last = first_token_at(c, c->d->sents[sent].end);
    if (first >= last)
        return a;
    size_t e = last;
    while (e > first && fl_doc_is_marker(c->d, c->t[e - 1].start, c->t[e - 1].end))
        e--;
    int colon = e > first && (punct(c, e - 1, ':') || is_dash(c, e - 1));
    for (size_t k = first; k < e; k++) {
        if (speech_verb(c, k) != (long)k || is_quote_mark(c, k))
            continue;
        a.verb = (long)k;
        a.who = subject_before(c, (long)k - 1, "previous-paragraph");
        if (a.who.kind == SPK_NONE && k > 0 && c->t[k - 1].kind == FL_TOK_PUNCT)
            a.who = subject_after(c, k, "previous-paragraph");
        resolve(c, &a);
        if (a.who.kind == SPK_PRONOUN && !gender_at(c, a.who.tok) && !reports_clause(c, k))
            continue; /* "..., and it adds 45 teachers." names no speaker of the quote after it */
        if (a.who.kind == SPK_PRONOUN && !colon && lexicon(c, LX_FIRST_SINGULAR, a.who.tok, 1))
            continue; /* "Riders I spoke to put their speed at ...": the writer's narrative, whose "I" never speaks
                       * a quote set apart after it (one the writer's colon introduces is the writer's own) */
        /* a description only when the sentence ends with its verb: "The gas station man sighed unhappily." */
        if (attributed(&a) && (colon || a.who.kind != SPK_DESC || k + 3 >= e))
            return a;
    }
    if (colon)
        return verb_only(NONE); /* "The first of the beliefs now reads:" */
    a.who.kind = SPK_NONE;
    return a;
}

/* Is token k the mark of a possessive after a name: "'s", or a bare apostrophe after a name that ends in "s"
 * and before a lower-case word ("Dr. Collins' experience")? */
static int owner_mark(const sp *c, size_t k)
{
    if (possessive_at(c, k))
        return 1;
    if (k == 0 || k + 1 >= c->n || c->t[k].space_before || !lower_word(c, k + 1) || in_quote(c, k - 1))
        return 0;
    const char *x = c->s + c->t[k].start, *w = c->s + c->t[k - 1].start;
    size_t xl = c->t[k].end - c->t[k].start, wl = c->t[k - 1].end - c->t[k - 1].start;
    int apostrophe = (xl == 1 && x[0] == '\'') || (xl == 3 && memcmp(x, "\xE2\x80\x99", 3) == 0);
    return apostrophe && wl > 1 && w[wl - 1] == 's';
}

/* Is a person other than who named (outside quotes) in tokens [from, to)? A description or an unresolved
 * name counts any person as another. */
static int other_person_between(const sp *c, const speaker *who, size_t from, size_t to)
{
    size_t lo = first_mention(c, from);
    for (size_t m = lo; m < c->nm && c->mm[m].tok < to; m++) {
        if (who->kind == SPK_PERSON && c->mm[m].person == who->person)
            continue;
        if (c->mm[m].tok >= who->tok && c->mm[m].tok < who->tok + who->ntok)
            continue; /* the speaker's own name */
        size_t pos = c->mm[m].tok + name_run(c, c->mm[m].tok);
        if (owner_mark(c, pos) && speech_verb(c, pos + 1) < 0 && !lexicon(c, LX_REMARK_NOUNS, pos + 1, 1))
            continue; /* an owner ("lauded Dr. Ruiz' experience"), not one who may have said it ("Ruiz's comment") */
        return 1;
    }
    return 0;
}

/* Is paragraph p only about a person already in the discourse: every sentence (at most CARRY_SENTENCES - 1)
 * has a he/she outside quotes, and no quote? The pronoun's gender ('m', 'f'), or 0. */
static int pronoun_paragraph(const sp *c, uint32_t p)
{
    const fl_para *pp = &c->d->paras[p];
    if (!pp->nsent || pp->nsent >= CARRY_SENTENCES)
        return 0;
    int g = 0;
    for (size_t si = pp->first_sent; si < pp->first_sent + pp->nsent; si++) {
        int found = 0;
        for (size_t k = first_token_at(c, c->d->sents[si].start); k < c->n && c->t[k].start < c->d->sents[si].end;
             k++) {
            if (in_quote(c, k) || is_quote_mark(c, k))
                return 0;
            if (!found && lexicon(c, LX_PRONOUNS, k, 1) && gender_at(c, k))
                found = gender_at(c, k);
        }
        if (!found || (g && found != g))
            return 0;
        g = found;
    }
    return g;
}

enum { VOICE_SINGULAR = 1, VOICE_PLURAL = 2 };

/* Does the quote that opens at token o (closing at cl, NONE when unclosed) speak in the first person: a word
 * of the first-person-words lexicon inside it ("we", "our", "I")? "US" in capitals is a country. The voices it
 * speaks in: VOICE_SINGULAR ("I", "me": the first-person-singular lexicon), VOICE_PLURAL ("we", "our"), or 0. */
static int first_person(const sp *c, size_t o, long cl)
{
    size_t end = cl >= 0 ? (size_t)cl : c->n;
    int voice = 0;
    for (size_t k = o + 1; k < end && k < o + MAX_TEXT; k++) {
        if (!in_quote(c, k))
            break;
        size_t len = c->t[k].end - c->t[k].start;
        int caps = len > 1;
        for (size_t j = 0; j < len && caps; j++)
            caps = !(c->s[c->t[k].start + j] >= 'a' && c->s[c->t[k].start + j] <= 'z');
        if (is_word(c, k) && !caps && lexicon(c, LX_FIRST_PERSON, k, 1))
            voice |= lexicon(c, LX_FIRST_SINGULAR, k, 1) ? VOICE_SINGULAR : VOICE_PLURAL;
    }
    return voice;
}

/* Does the quote hold a word that speaks of someone in the third person with a gender ("she", "his")? */
static int third_person(const sp *c, size_t o, long cl)
{
    size_t end = cl >= 0 ? (size_t)cl : c->n;
    for (size_t k = o + 1; k < end && k < o + MAX_TEXT && in_quote(c, k); k++)
        if (is_word(c, k) && (lexicon(c, LX_MALE_WORDS, k, 1) || lexicon(c, LX_FEMALE_WORDS, k, 1)))
            return 1;
    return 0;
}

/* Are two speakers one known person? */
static int same_person(const speaker *a, speaker b)
{
    return a->kind == SPK_PERSON && b.kind == SPK_PERSON && a->person == b.person;
}

/* Does sentence si open with a full name as its subject, past titles ("Ana Ruiz, 16, a reserve for the
 * club, was ...", "Student Ana Ruiz was ...": a comma or a lower-case word after the name)? Its first token
 * and length, or SIZE_MAX. */
static size_t introducing_name(const sp *c, size_t si, size_t *len)
{
    const fl_sent *st = &c->d->sents[si];
    size_t b = first_token_at(c, st->start), e = first_token_at(c, st->end), k = b;
    while (k < e && (title_word(c, k) || (punct(c, k, '.') && k > b && title_word(c, k - 1))))
        k++;
    k = titled_name(c, k);
    *len = name_run(c, k);
    size_t n = k + *len;
    if (*len < 2 || *len > MAX_NAME || n >= e || in_quote(c, k) || !(punct(c, n, ',') || lower_word(c, n)))
        return SIZE_MAX;
    /* "Storm Ana had been forecast for days.": the name of a thing introduces no one */
    return lexicon(c, LX_THING_NAME_HEADS, k, 0) ? SIZE_MAX : k;
}

/* The speaker that the discourse carries to the quote at token o: the subject of the last speech or stance
 * verb before it, in its own sentence, the sentences before it in its paragraph, or (when the quote opens
 * its paragraph) the last sentences of the paragraph before ("The mayor said the depot would close. “We
 * cannot keep paying for it.”"). Another person named after that subject ends the carry: the quote could
 * be theirs; the audience of the speech verb ("told Marsh that ...") does not. Across a paragraph's end,
 * reported speech carries a person (a name, he or she); a description ("the operator says buses will run
 * ...", "officials said") only to a quote in its voice ("we", "our"): its reported clause has given what
 * it said, and a bare quote after it may be anyone's. */
static attribution carried_speaker(sp *c, size_t o, long cl, int opens_para)
{
    attribution none = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    const fl_doc *d = c->d;
    size_t s = c->tsent[o];
    uint32_t para = d->sents[s].para, reach = opens_para && para > 0 ? para - 1 : para;
    /* a paragraph between that only goes on about him or her ("In her old age, she refused to be
     * photographed.") keeps the speaker of the paragraph before it */
    int g = opens_para && para > 1 ? pronoun_paragraph(c, para - 1) : 0;
    if (g)
        reach = para - 2;
    size_t intro = SIZE_MAX, ilen = 0; /* a person introduced in a sentence between */
    for (size_t back = 0; back <= CARRY_SENTENCES && back <= s; back++) {
        size_t si = s - back;
        if (d->sents[si].para < reach)
            break;
        size_t first = first_token_at(c, d->sents[si].start);
        size_t end = si == s ? o : first_token_at(c, d->sents[si].end);
        for (size_t k = end; k-- > first;) {
            if (in_quote(c, k) || !is_word(c, k))
                continue;
            /* "According to Ana Ruiz, the plan costs more." carries Ana Ruiz to the quote that follows */
            if (according_at(c, k)) {
                attribution a = according_to(c, k);
                if (a.who.kind == SPK_PERSON || a.who.kind == SPK_NAME)
                    return other_person_between(c, &a.who, k + 2, o) ? none : a;
                continue;
            }
            if (!lower_word(c, k))
                continue;
            int stance = lexicon(c, LX_STANCE_VERBS, k, 1);
            if (!stance && speech_verb(c, k) != (long)k)
                continue;
            if (lexicon(c, LX_QUESTION_VERBS, k, 1)) {
                /* a question: the words after it are the answer of the one asked, when named */
                attribution asked = {subject_after(c, k, "carried-answer"), (long)k};
                return asked.who.kind == SPK_PERSON && !other_person_between(c, &asked.who, k + 1 + asked.who.ntok, o)
                           ? asked
                           : none;
            }
            attribution a = {subject_before(c, (long)k - 1, stance ? "carried-stance" : "carried-speech"), (long)k};
            /* "“Q,” said Ana Ruiz": the subject after the verb; not after "told" ("…, told the board"): the one told */
            if (a.who.kind == SPK_NONE && k > 0 && c->t[k - 1].kind == FL_TOK_PUNCT && !stance &&
                !lexicon(c, LX_AUDIENCE_VERBS, k, 1))
                a.who = subject_after(c, k, "carried-speech");
            /* "At the seminar the Leader said ...": a determiner and a head word right before the verb */
            if (a.who.kind == SPK_NONE && k >= 2 && is_word(c, k - 1) && !lower_word(c, k - 1) &&
                lexicon(c, LX_TITLES, k - 1, 0) && lexicon(c, LX_FUNCTION_WORDS, k - 2, 1))
                a.who = (speaker){SPK_DESC, NONE, k - 2, 2, stance ? "carried-stance" : "carried-speech"};
            resolve(c, &a);
            if (a.who.kind == SPK_NONE || (a.who.kind == SPK_DESC && !a.who.ntok) ||
                (a.who.kind == SPK_PRONOUN && !gender_at(c, a.who.tok) && !stance && !reports_clause(c, k)))
                continue;
            /* an organisation's reported clause, then a quote not in its voice nor its statement; a stance
             * verb that reports a clause too ("The Gazette can reveal that ...": the clause is what it said) */
            int clause = !stance ? a.who.kind == SPK_DESC
                                 : (a.who.kind == SPK_DESC || a.who.kind == SPK_NAME) && that_clause(c, k);
            if (clause && d->sents[si].para < para && !first_person(c, o, cl) &&
                find_phrase(c, LX_REMARK_NOUNS, d->sents[si].start, d->sents[si].end, 1, 1) >= d->sents[si].end)
                return none;
            if (g && d->sents[si].para + 1 < para &&
                (a.who.kind != SPK_PERSON || (c->pp[a.who.person].gender && c->pp[a.who.person].gender != g)))
                return none; /* across the bridge only a person the pronoun fits */
            /* the one told ("told Marsh that ...") is the audience, not another who may have said it */
            size_t from = k + 1, aa, ab;
            if (!stance && audience(c, (long)k, &aa, &ab))
                while (from < ab && is_word(c, from) && !lower_word(c, from))
                    from++; /* the capitalised name right after the verb, not what the audience phrase runs into */
            if (intro != SIZE_MAX && !same_person(&a.who, named(c, intro, ilen, "")))
                return none; /* "Ana Ruiz, 41, was on the bridge." between: the quote could be hers */
            return other_person_between(c, &a.who, from, o) ? none : a;
        }
        /* a sentence that names someone but gives no one the word: the quote could be theirs */
        speaker nobody = {SPK_DESC, NONE, 0, 0, ""};
        if (other_person_between(c, &nobody, first, end))
            return none;
        if (back > 0 && intro == SIZE_MAX)
            intro = introducing_name(c, si, &ilen);
    }
    return none;
}

/* The speaker of a quote at token o that opens its sentence right after a sentence of its paragraph that ends
 * with someone's act, not their speech ("Asked about the cost, Ruiz shrugs. “Nobody knows yet.”", "She smiles.":
 * the gesture-verbs lexicon, an adverb after it allowed): the subject of that act when it is a person. */
static attribution gesture_speaker(sp *c, size_t o)
{
    attribution none = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    size_t s = c->tsent[o];
    if (s == 0 || c->d->sents[s - 1].para != c->d->sents[s].para)
        return none;
    for (size_t k = first_token_at(c, c->d->sents[s].start); k < o; k++)
        if (is_word(c, k))
            return none; /* words before the quote in its sentence: not a quote of its own */
    size_t first = first_token_at(c, c->d->sents[s - 1].start);
    size_t k = first_token_at(c, c->d->sents[s - 1].end);
    while (k > first && !is_word(c, k - 1))
        k--; /* the full stop */
    if (k > first + 1 && tag_of(c, k - 1) == FL_TAG_ADV)
        k--; /* "she laughs softly." */
    if (k <= first + 1 || in_quote(c, k - 1) || !lower_word(c, k - 1) || !lexicon(c, LX_GESTURE_VERBS, k - 1, 1))
        return none;
    attribution a = {subject_before(c, (long)k - 2, "gesture"), (long)k - 1};
    /* a person's act: a name, he or she, or a person's role ("The coach shrugs."), not "The engine paused." */
    if (a.who.kind == SPK_NONE || (a.who.kind == SPK_PRONOUN && !gender_at(c, a.who.tok)) ||
        (a.who.kind == SPK_DESC && (!a.who.ntok || !lexicon(c, LX_ROLE_NOUNS, a.who.tok + a.who.ntok - 1, 1))))
        return none;
    resolve(c, &a);
    return a;
}

/* May the pronoun at token i stand for the person who: the gender does not contradict, and no other person who
 * fits is named between them ("Ana Ruiz said the council had met Rui Costa. / “Q,” he said." is unresolved)? */
static int pronoun_fits(const sp *c, size_t i, const speaker *who)
{
    int g = gender_at(c, i), pg = c->pp[who->person].gender;
    if (!g)
        return 1;
    return (!pg || pg == g) && !other_fitting(c, who->person, g, who->tok + who->ntok, i);
}

/* The first double quote after quote qi at the top level, or d->nquote. */
static size_t next_top_quote(const fl_doc *d, size_t qi)
{
    for (size_t k = qi + 1; k < d->nquote; k++)
        if (fl_quote_outer(d, &d->quotes[k]))
            return k;
    return d->nquote;
}

/* The token that opens quote q: its opening mark, or its first token when it continues a quote of the
 * paragraph before without one; c->n when there is none. */
static size_t quote_open_token(const sp *c, const fl_quote *q)
{
    size_t o = first_token_at(c, q->cont ? q->inner_start : q->start);
    if (o >= c->n || (!q->cont && !q->pull && !is_quote_mark(c, o)) || c->t[o].start >= q->end)
        return c->n;
    return o;
}

static long quote_close_token(const sp *c, const fl_quote *q)
{
    if (q->unclosed)
        return NONE;
    size_t k = first_token_at(c, q->inner_end);
    return k < c->n && c->t[k].start == q->inner_end ? (long)k : NONE;
}

/* A quote left open at its paragraph's end whose attribution comes after its last part ("“A. / B,” said
 * X."): the sieve on the parts that continue it, in the paragraphs that follow. */
static attribution chain_end(sp *c, size_t qi)
{
    attribution a = {{SPK_NONE, NONE, 0, 0, ""}, NONE};
    const fl_doc *d = c->d;
    for (int hop = 0; hop < CHAIN_HOPS && d->quotes[qi].unclosed && !d->quotes[qi].unpaired; hop++) {
        size_t nq = next_top_quote(d, qi);
        if (nq >= d->nquote || d->quotes[nq].para != d->quotes[qi].para + 1)
            break;
        const fl_quote *q = &d->quotes[nq];
        if (!q->cont && q->start != d->paras[q->para].start)
            break;
        size_t o = quote_open_token(c, q);
        if (o >= c->n)
            break;
        a = attribute(c, o, quote_close_token(c, q));
        if (attributed(&a)) {
            a.who.how = "quote-end";
            return a;
        }
        qi = nq;
    }
    a.who.kind = SPK_NONE;
    return a;
}

/* Are tokens [from, to) narrative that gives no one else the word: no quote mark, no person mentioned, no
 * full name that is not a preposition's object, no speech or stance verb, no he/she? Then a speaker before
 * them is still the one talking. */
static int quiet_between(const sp *c, size_t from, size_t to)
{
    size_t m = first_mention(c, from);
    if (m < c->nm && c->mm[m].tok < to)
        return 0;
    for (size_t k = from; k < to; k++) {
        if (in_quote(c, k) || is_quote_mark(c, k))
            return 0;
        if (!is_word(c, k))
            continue;
        if (lower_word(c, k) && (speech_verb(c, k) == (long)k || lexicon(c, LX_STANCE_VERBS, k, 1)))
            return 0;
        if (lower_word(c, k) && gender_at(c, k))
            return 0;
        size_t len = name_run(c, k);
        if (len >= 2 && !after_preposition(c, k))
            return 0;
        k += len ? len - 1 : 0;
    }
    return 1;
}

/* A quote that is a sentence of its own right after a sentence that introduces a person, in one paragraph
 * ("Ana Ruiz, 16, a reserve for the club, was on the bench when the lights went out. “Then everybody started
 * screaming.”"): the sentence before opens with a full name as its subject (a verb or an apposition after
 * it), names no one else, and the quote does not speak of someone as he or she (words about the person,
 * not theirs); and no one earlier in the paragraph was given the word (then there are two candidates). The
 * person is the speaker (resolved_by "introduced"). */
static speaker introduced(const sp *c, size_t o, long cl, int opens_para, int rival)
{
    speaker none = {SPK_NONE, NONE, 0, 0, ""};
    const fl_doc *d = c->d;
    size_t s = c->tsent[o];
    if (s == 0 || third_person(c, o, cl))
        return none;
    /* or the last sentence of the paragraph before, when the quote opens its own ("Ana Ruiz, 19, was in the
     * third carriage. / “We were thrown against the seats.”") and no speaker quoted a few paragraphs back
     * (rival) may be going on in their own voice */
    uint32_t ip = d->sents[s - 1].para;
    if (ip != d->sents[s].para &&
        !(opens_para && !rival && ip + 1 == d->sents[s].para && !title_line(c, &d->paras[ip])))
        return none;
    size_t k = first_token_at(c, d->sents[s].start);
    while (k < o && !is_word(c, k) && !is_quote_mark(c, k))
        k++;
    if (k != o)
        return none; /* words of the writer's before the quote in its sentence */
    size_t b = first_token_at(c, d->sents[s - 1].start), e = first_token_at(c, d->sents[s - 1].end), len;
    k = introducing_name(c, s - 1, &len);
    if (k == SIZE_MAX)
        return none;
    size_t n = k + len;
    /* across a paragraph's end the sentence must present the person, by an apposition or a form of "be" ("Ana
     * Ruiz, 19, was ...", "Ana Ruiz was in the third carriage."), not tell what they did ("Referee Dominic
     * Pratt led the players off and abandoned the match.": a witness's words may follow); one word may stand
     * before the "be" ("had been warned", "has long been") */
    if (ip != d->sents[s].para && !punct(c, n, ',') && !lexicon(c, LX_BE_FORMS, n, 1) &&
        !(lower_word(c, n) && n + 1 < e && lexicon(c, LX_BE_FORMS, n + 1, 1)))
        return none;
    /* a speaker or a person earlier in the paragraph makes it two candidates: the carry decides, or no one */
    size_t p0 = first_token_at(c, d->paras[ip].start), m = first_mention(c, p0);
    if (m < c->nm && c->mm[m].tok < b)
        return none;
    for (size_t x = p0; x < b; x++)
        if (!in_quote(c, x) && lower_word(c, x) && (speech_verb(c, x) == (long)x || lexicon(c, LX_STANCE_VERBS, x, 1)))
            return none;
    speaker who = named(c, k, len, "introduced");
    for (size_t x = n; x < e; x++) {
        if (in_quote(c, x) || is_quote_mark(c, x))
            return none;
        size_t l = name_run(c, x);
        if (l >= 2)
            return none; /* another full name, a preposition's object too ("with Ana Ruiz") */
        x += l ? l - 1 : 0;
    }
    return other_person_between(c, &who, n, e) ? none : who;
}

/* Does the quote whose opening mark is token o open paragraph p, past a block-quote or list mark before it
 * ("> “Q”", "• “Q”": punctuation only; a time stamp, "23:30 - “Q”", is words of the writer's)? */
static int opens_paragraph(const sp *c, const fl_para *p, size_t o)
{
    size_t k = first_token_at(c, p->start);
    while (k < o && c->t[k].kind == FL_TOK_PUNCT && !is_quote_mark(c, k))
        k++;
    return k == o;
}

/* The letters and digits of text[a, b), case-folded, into out (caller-sized, b - a + 1 bytes). */
static size_t letters_of(const char *text, size_t a, size_t b, char *out)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        if (fl_is_ascii_alpha((unsigned char)text[i]) || (text[i] >= '0' && text[i] <= '9') || (text[i] & 0x80))
            out[n++] = (char)fl_ascii_lower((unsigned char)text[i]);
    out[n] = 0;
    return n;
}

/* Is quote qi a pull-quote: its words (letters and digits, case-folded) stand whole in another top-level quote
 * of the document, as a page repeats a line of its body in large type? Then it is that quote's, and is not
 * reported as unattributed; where the two are the only renderings and neither is attributed, the pair goes
 * unreported. */
static int pull_quote(const fl_doc *d, size_t qi)
{
    const fl_quote *q = &d->quotes[qi];
    char *x = fl_xmalloc(q->inner_end - q->inner_start + 1);
    size_t xn = letters_of(d->text, q->inner_start, q->inner_end, x);
    int found = 0;
    size_t least = q->pull ? PULL_LINE_LETTERS : PULL_LETTERS; /* a pull-quote line is set off as one */
    for (size_t k = 0; k < d->nquote && xn >= least && !found; k++) {
        const fl_quote *r = &d->quotes[k];
        if (k == qi || !fl_quote_outer(d, r))
            continue;
        char *y = fl_xmalloc(r->inner_end - r->inner_start + 1);
        letters_of(d->text, r->inner_start, r->inner_end, y);
        found = strstr(y, x) != NULL;
        free(y);
    }
    free(x);
    return found;
}

static void attribute_quotes(sp *c, fl_claims *out, size_t doc_index, fl_speech *facts)
{
    fl_doc *d = (fl_doc *)c->d;
    speaker last = {SPK_NONE, NONE, 0, 0, ""}; /* the speaker of the last attributed quote */
    int last_voice = 0;                        /* the first-person voices of that speaker's quotes so far */
    uint32_t last_para = UINT32_MAX;
    size_t last_end = 0; /* the first token after the sentence of the last attributed quote */
    int last_unclosed = 0;
    uint32_t reported_para = 0;
    int reported = 0; /* an unattributed quote was reported, in paragraph reported_para */
    size_t cap = 0;
    for (size_t qi = 0; qi < d->nquote; qi++) {
        const fl_quote *q = &d->quotes[qi];
        if (!fl_quote_outer(d, q))
            continue;
        size_t o = quote_open_token(c, q);
        if (o >= c->n)
            continue;
        long cl = quote_close_token(c, q);
        const fl_para *p = &d->paras[q->para];
        if (title_line(c, p))
            continue; /* a quoted headline or title line */
        attribution a = attribute(c, o, cl);
        int others; /* a heading before it names others' words: no speaker before it goes on */
        uint32_t prev = body_before(c, q->para, &others);
        int opens_para = q->cont || q->start == p->start || first_token_at(c, p->start) == o;
        /* past a block-quote or list mark the quote opens its paragraph for an introduction before it, but
         * no speaker of the quote before goes on into it (a verse set off after a quote: nobody's) */
        int opens_marked = opens_para || opens_paragraph(c, p, o);
        /* in one paragraph, a quote after more than CARRY_SENTENCES - 1 sentences of narrative that give others
         * the word or name them (a paragraph of one sentence per line, a whole release) is no longer the last
         * speaker's by position alone */
        int near =
            last_para == q->para && (c->tsent[o] < c->tsent[last_end < c->n ? last_end : c->n - 1] + CARRY_SENTENCES ||
                                     quiet_between(c, last_end, o));
        if (!attributed(&a) && last.kind != SPK_NONE &&
            (near || (last_para != q->para && opens_para && ((last_para == prev && !others) || last_unclosed)))) {
            a.who = last;
            a.who.how = last_para == q->para ? "same-paragraph" : last_unclosed ? "multi-paragraph" : "continuation";
        }
        if (!attributed(&a))
            a = chain_end(c, qi);
        if ((!attributed(&a) || a.who.kind == SPK_PRONOUN) && opens_marked && prev != UINT32_MAX && !others) {
            /* the quote's own attribution at its end wins, unless it is a pronoun the introduction names */
            attribution b = previous_paragraph(c, prev);
            if (!attributed(&a) || (b.who.kind == SPK_PERSON && pronoun_fits(c, a.who.tok, &b.who)))
                a = b;
        }
        if (!attributed(&a))
            a = gesture_speaker(c, o);
        if (!attributed(&a))
            a = carried_speaker(c, o, cl, opens_para);
        if (!attributed(&a))
            a.who = introduced(c, o, cl, opens_para,
                               last.kind != SPK_NONE && last_para != UINT32_MAX && q->para <= last_para + VOICE_PARAS);
        /* a quote in the voice of the last speaker ("we", "our") a few paragraphs on, with nothing between that
         * gives anyone else the word: that speaker goes on */
        if (!attributed(&a) && last.kind == SPK_DESC && last.ntok && opens_para && last_para != UINT32_MAX &&
            q->para > last_para && q->para <= last_para + VOICE_PARAS && first_person(c, o, cl) == VOICE_PLURAL &&
            !(last_voice & VOICE_SINGULAR) && quiet_between(c, last_end, o)) {
            /* only the "we" of an office, a crew or a team that is not named as a person ("a council
             * spokeswoman": its statement goes on; after "Chair Ana Ruiz said" and a paragraph about the club's
             * spending, a bare "We ..." may be anyone's at the club), one that has not spoken as "I": a personal
             * account
             * ("My daughter screamed.") does not go on after narrative, where a bare quote may be any witness's
             * ("The lift opened in 2019." / "Nobody told us anything."), nor is an office the "I" of one
             * ("It was a good day for us." / the course / "Everybody warned me.") */
            /* (an office that is described: a verb with no subject, "was said to be “stable” by doctors",
             * names no one whose "we" could go on) */
            a.who = last;
            a.who.how = "voice";
        }
        /* "..., she said" closing a run of quotes by one person: that person, if the gender fits */
        /* (a surname the document never spells out in full is a speaker too: "…,” Ruiz said. “…,” he added.) */
        if (a.who.kind == SPK_PRONOUN && (last.kind == SPK_PERSON || (last.kind == SPK_NAME && last.ntok)) &&
            (last_para == q->para || last_para == prev)) {
            int g = gender_at(c, a.who.tok), pg = last.kind == SPK_PERSON ? c->pp[last.person].gender : 0;
            if (g && (!pg || pg == g)) {
                a.who = last;
                a.who.how = "pronoun";
                if (!pg && last.kind == SPK_PERSON)
                    c->pp[last.person].gender = g;
            }
        }
        if (attributed(&a)) {
            int voice = first_person(c, o, cl);
            last_voice = same_person(&last, a.who) || (last.kind == a.who.kind && last.kind != SPK_PERSON &&
                                                       last.tok == a.who.tok && last.ntok == a.who.ntok)
                             ? last_voice | voice
                             : voice;
            last = a.who;
            last_para = q->para;
            last_unclosed = q->unclosed;
            /* the narrative after the quote starts after its sentence (the attribution is not narrative) */
            last_end = first_token_at(c, d->sents[c->tsent[cl >= 0 ? (size_t)cl : o]].end);
            size_t sent = c->tsent[o];
            push_claim(c, out, doc_index, 1, &a, q->inner_start, q->inner_end, a.verb, sent);
        } else if (!q->cont && !q->unpaired && speechlike(c, q, o, cl) && !pull_quote(d, qi)) {
            /* a part that continues a quote is speech when the quote was; a stray mark's extent is a guess */
            /* one report per paragraph, and per run of paragraphs of unattributed quotes (a letter
             * quoted paragraph by paragraph): the quotes after the first belong to the same unnamed voice */
            if (!reported || (q->para != reported_para && q->para != reported_para + 1)) {
                FL_GROW(facts->unattributed, cap, facts->nunattributed + 1);
                facts->unattributed[facts->nunattributed++] = qi;
            }
            reported_para = q->para;
            reported = 1;
            last.kind = SPK_NONE;
        } else if (q->para != last_para && !q->cont) {
            last.kind = SPK_NONE; /* a scare quote in a new paragraph ends the run of a speaker */
        }
    }
}

/* Reported speech: "S (reportedly) told A that C", "S said (that) C", "C, S said". Only named people:
 * what "officials said" cannot be compared with anything. */
static void reported_speech(sp *c, fl_claims *out, size_t doc_index)
{
    c->reporting = 1; /* a clause a he/she reports is paraphrase: no further than its own paragraphs */
    for (size_t v = 0; v < c->n; v++) {
        if (!lower_word(c, v) || !is_verb(c, v) || in_quote(c, v) || role(c, v, FL_ROLE_ACCORDING))
            continue;
        size_t sent = c->tsent[v];
        const fl_sent *st = &c->d->sents[sent];
        attribution a = {subject_before(c, (long)v - 1, "reported"), (long)v};
        resolve(c, &a);
        /* "Costa added that ...": a surname given words is noted even when it fits two people */
        if (a.who.kind != SPK_PERSON && !(a.who.kind == SPK_NAME && a.who.ntok == 1))
            continue;
        size_t from = v + 1, aa, ab;
        if (audience(c, (long)v, &aa, &ab))
            from = ab;
        size_t start, end;
        /* "S said on the first day of the strike that C": an adverbial phrase before "that" */
        if (from < c->n && c->tsent[from] == sent && lexicon(c, LX_ORG_PREPOSITIONS, from, 1) && !in_quote(c, from)) {
            for (size_t k = from + 1; k < c->n && k < from + ADVERBIAL && c->tsent[k] == sent; k++) {
                if (is_quote_mark(c, k) || in_quote(c, k) || is_verb(c, k))
                    break;
                if (role(c, k, FL_ROLE_THAT)) {
                    from = k;
                    break;
                }
            }
        }
        if (from < c->n && c->tsent[from] == sent && role(c, from, FL_ROLE_THAT)) {
            from++;
        } else if (!(from < c->n && c->tsent[from] == sent && is_word(c, from) &&
                     !lexicon(c, LX_AUDIENCE_STOPS, from, 1) && !preposition(c, from) &&
                     lexicon(c, LX_BARE_REPORT_VERBS, v, 1))) {
            /* "said of the plan" is no clause: the words after a preposition are what it was said about */
            /* "C, S said." at the end of the sentence */
            size_t after = v + 1;
            if (!(after >= c->n || c->tsent[after] != sent || punct(c, after, '.')) || a.who.tok == 0 ||
                !punct(c, a.who.tok - 1, ','))
                continue;
            size_t first = first_token_at(c, st->start);
            if (first >= a.who.tok - 1)
                continue;
            start = c->t[first].start;
            end = c->t[a.who.tok - 2].end;
            goto found;
        }
        if (from >= c->n || c->tsent[from] != sent)
            continue;
        start = c->t[from].start;
        {
            size_t e = from;
            /* up to the sentence's end, a quote, "according to", or an apposition to the whole clause (", a
             * surprisingly downbeat assessment from ...": the writer's words, not the speaker's) */
            while (e < c->n && c->tsent[e] == sent && !is_quote_mark(c, e) &&
                   !(punct(c, e, ',') && (role(c, e + 1, FL_ROLE_ACCORDING) || role(c, e + 1, FL_ROLE_ARTICLES))))
                e++;
            if (e < c->n && c->tsent[e] == sent && is_quote_mark(c, e))
                continue; /* the direct quote that follows is the claim */
            while (e > from && c->t[e - 1].kind == FL_TOK_PUNCT)
                e--;
            if (e <= from)
                continue;
            end = c->t[e - 1].end;
        }
    found:;
        size_t words = 0;
        for (size_t k = first_token_at(c, start); k < c->n && c->t[k].start < end; k++) {
            if (is_quote_mark(c, k) || in_quote(c, k)) {
                words = 0;
                break;
            }
            words += is_word(c, k);
        }
        if (words < 4)
            continue;
        if (a.who.kind != SPK_PERSON) {
            c->spoke[a.who.tok] = 1;
            continue;
        }
        push_claim(c, out, doc_index, 0, &a, start, end, (long)v, sent);
    }
    c->reporting = 0;
}

/* "Silva's remarks were first reported by X": the source of the person's claims in the sentence before. */
static void remark_sources(sp *c, fl_claims *out, size_t first_claim)
{
    for (size_t m = 0; m < c->nm; m++) {
        size_t i = c->mm[m].tok, sent = c->tsent[i];
        int remark = 0;
        for (size_t k = i; k < c->n && k < i + 4 && c->tsent[k] == sent; k++)
            remark |= lexicon(c, LX_REMARK_NOUNS, k, 1);
        if (!remark)
            continue;
        fl_buf src = {0};
        source_of(c, sent, c->d->sents[sent].end, &src);
        for (size_t q = out->nquote; src.len && q > first_claim; q--) {
            fl_qclaim *x = &out->quotes[q - 1];
            if (x->sentence + 1 < sent || x->sentence >= sent || !x->speaker_key ||
                strcmp(x->speaker_key, c->pp[c->mm[m].person].key) != 0)
                continue;
            fl_buf b = {0};
            fl_buf_puts(&b, x->source);
            fl_buf_printf(&b, "%s%s", b.len ? "; " : "", fl_buf_cstr(&src));
            free(x->source);
            x->source = fl_buf_take(&b);
        }
        fl_buf_free(&src);
    }
}

/* The titles of several words ("Fire Chief", "Coast Guard Commander" as "Coast Guard" + "Commander"): each
 * token such a title of the titles lexicon covers, starting at a capitalised word, is marked a title word. */
static void mark_titles(sp *c)
{
    const fl_lexicon *lex = c->lex[LX_TITLES];
    for (size_t i = 0; i < c->n; i++) {
        const char *x = c->s + c->t[i].start;
        if (!is_word(c, i) || !(x[0] >= 'A' && x[0] <= 'Z'))
            continue;
        const size_t *items;
        size_t m = fl_lexicon_starting(lex, (unsigned char)fl_ascii_lower((unsigned char)x[0]), &items), best = 0;
        for (size_t k = 0; k < m; k++) {
            const char *w = fl_lexicon_item(lex, items[k]);
            size_t wl = fl_lexicon_item_len(lex, items[k]);
            if (wl > best && memchr(w, ' ', wl) && c->t[i].start + wl <= c->d->len && strncasecmp(x, w, wl) == 0 &&
                !(c->t[i].start + wl < c->d->len && fl_is_ascii_alpha((unsigned char)x[wl])))
                best = wl;
        }
        for (size_t k = i; best && k < c->n && c->t[k].start < c->t[i].start + best; k++)
            c->intitle[k] = 1;
    }
    /* only before a name: "the Coast Guard said" names an organisation, "Coast Guard Commander Ana Ruiz" a
     * person with a title */
    for (size_t i = 0; i < c->n; i++) {
        if (!c->intitle[i])
            continue;
        size_t e = i;
        while (e < c->n && same_sentence(c, e, i) &&
               (title_word(c, e) || (e > i && punct(c, e, '.') && title_word(c, e - 1))))
            e++;
        const char *x = e < c->n ? c->s + c->t[e].start : "";
        if (!(is_word(c, e) && same_sentence(c, e, i) && x[0] >= 'A' && x[0] <= 'Z'))
            for (size_t k = i; k < e; k++)
                c->intitle[k] = 0;
        i = e;
    }
    /* a role that opens its sentence, capitalised there, before a full name is a title: "Pilot Ana Ruiz, 58,
     * has flown ...", "Driver Ana Ruiz told ..." (the role-nouns lexicon) */
    for (size_t i = 0; i + 2 < c->n; i++)
        if ((i == 0 || !same_sentence(c, i - 1, i)) && capital_word(c, i) && !c->intitle[i] &&
            lexicon(c, LX_ROLE_NOUNS, i, 1) && same_sentence(c, i, i + 2) && name_token(c, i + 1) &&
            name_token(c, i + 2))
            c->intitle[i] = 1;
}

/* tok: the document's tokens when the numeric stage made them (borrowed), or NULL to tokenize here. */
static void sp_init(sp *c, fl_doc *d, const fl_rules *r, const fl_token *tok, size_t ntok)
{
    memset(c, 0, sizeof *c);
    c->d = d;
    c->r = r;
    c->k = fl_rules_knowledge(r);
    for (int i = 0; i < LX_COUNT; i++)
        c->lex[i] = fl_rules_lexicon(r, lexicon_names[i]);
    c->s = d->text;
    if (tok) {
        c->t = (fl_token *)tok;
        c->n = ntok;
        c->borrowed = 1;
    } else {
        c->n = fl_tokenize_arena(d, d->start, d->len, d->arena, &c->t);
    }
    /* the tokens and the per-token tables live in the document's arena */
    c->tsent = fl_arena_alloc(d->arena, (c->n + 1) * sizeof(uint32_t));
    c->isname = fl_arena_alloc(d->arena, c->n + 1);
    c->isverb = fl_arena_alloc(d->arena, c->n + 1);
    c->inquote = fl_arena_alloc(d->arena, c->n + 1);
    c->tagged = fl_arena_alloc(d->arena, c->n + 1);
    c->intitle = fl_arena_alloc(d->arena, c->n + 1);
    c->spoke = fl_arena_alloc(d->arena, c->n + 1);
    fl_map_init(&c->bykey, 0);
    fl_map_init(&c->byword, 0);
    fl_map_init(&c->pairs, 0);
    size_t si = 0;
    for (size_t i = 0; i < c->n; i++) {
        while (si + 1 < d->nsent && d->sents[si].end <= c->t[i].start)
            si++;
        c->tsent[i] = (uint32_t)si;
    }
    for (size_t i = 1; i + 1 < c->n; i++)
        if (same_sentence(c, i - 1, i) && same_sentence(c, i, i + 1) && !capital_word(c, i - 1) && capital_word(c, i) &&
            capital_word(c, i + 1) && c->t[i].end < c->t[i + 1].start)
            fl_map_put(&c->pairs, c->s + c->t[i].start, c->t[i + 1].end - c->t[i].start, 1);
    if (!d->nsent)
        c->n = 0; /* nothing to attribute */
    mark_titles(c);
    find_people(c);
}

static void sp_free(sp *c)
{
    for (size_t k = 0; k < c->np; k++) {
        free(c->pp[k].name);
        free(c->pp[k].key);
        free(c->pp[k].firstw);
        free(c->pp[k].lastw);
        free(c->pp[k].alias);
    }
    free(c->pp);
    fl_map_free(&c->bykey);
    fl_map_free(&c->byword);
    fl_map_free(&c->pairs);
    free(c->mm);
    free(c->according);
}

static int cmp_position(const void *x, const void *y)
{
    const fl_qclaim *a = x, *b = y;
    if (a->start.line != b->start.line)
        return a->start.line < b->start.line ? -1 : 1;
    if (a->start.col[FL_COL_BYTE] != b->start.col[FL_COL_BYTE])
        return a->start.col[FL_COL_BYTE] < b->start.col[FL_COL_BYTE] ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void fl_speech_extract(fl_doc *d, const fl_rules *r, const fl_token *tok, size_t ntok, size_t doc_index, fl_claims *out,
                       fl_speech *facts)
{
    sp *cp = fl_xmalloc(sizeof(sp));
    sp_init(cp, d, r, tok, ntok);
    facts->people = cp;
    size_t first = out->nquote;
    attribute_quotes(cp, out, doc_index, facts);
    reported_speech(cp, out, doc_index);
    remark_sources(cp, out, first);
    /* document order (quotes first, then reported speech: two runs to merge) */
    for (size_t a = first; a < out->nquote; a++)
        out->quotes[a].seq = a - first;
    if (out->nquote > first)
        qsort(out->quotes + first, out->nquote - first, sizeof(fl_qclaim), cmp_position);
    for (size_t a = first; a < out->nquote; a++) {
        out->quotes[a].seq = a - first;
        fl_qclaim_pack(&out->quotes[a]);
    }
}

void fl_speech_free(fl_speech *s)
{
    if (s->people) {
        sp_free(s->people);
        free(s->people);
    }
    free(s->unattributed);
    memset(s, 0, sizeof *s);
}

/* ---- facts for the checks ---- */

size_t fl_speech_ambiguities(const fl_speech *s, fl_ambiguity **out)
{
    *out = NULL;
    if (!s->people)
        return 0;
    const sp *c = s->people;
    size_t n = 0, cap = 0;
    /* surname references: one name word next to a speech verb or after an attribution dash */
    for (size_t i = 0; i < c->n; i++) {
        if (!name_token(c, i) || name_run(c, i) != 1 || (i > 0 && name_token(c, i - 1)))
            continue;
        if (!(speech_verb(c, i + 1) >= 0 || (i > 0 && speech_verb(c, i - 1) >= 0 && !punct(c, i + 1, ',')) ||
              (i > 0 && is_dash(c, i - 1))))
            continue;
        if (resolve_word_at(c, i) != -2)
            continue; /* one speaker or none has this name, or one of them named in full so far */
        if (!c->spoke[i])
            continue; /* narration ("as Ortiz spoke with them"), not the speaker of a quote or a claim */
        char *w = fold_token(c, i);
        int found[FL_MAX_AMBIGUOUS];
        size_t nf = 0;
        for (size_t k = 0; k < c->np && nf < FL_MAX_AMBIGUOUS; k++) {
            const person *p = &c->pp[k];
            /* only namesakes the document quotes: a spouse named once is not a candidate */
            if (!p->author && p->quoted && (strcmp(p->firstw, w) == 0 || strcmp(p->lastw, w) == 0))
                found[nf++] = (int)k;
        }
        free(w);
        if (nf < 2)
            continue;
        FL_GROW(*out, cap, n + 1);
        fl_ambiguity *a = &(*out)[n++];
        memset(a, 0, sizeof *a);
        a->start = c->t[i].start;
        a->end = c->t[i].end;
        a->text = c->s;
        a->n = nf;
        for (size_t x = 0; x < nf; x++) {
            const person *p = &c->pp[found[x]];
            a->who[x].name = p->name;
            a->who[x].start = c->t[p->tok].start;
            a->who[x].end = p->end;
        }
    }
    return n;
}
