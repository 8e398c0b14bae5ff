/* claims_int.h - what the two halves of building numeric claims share: claims.c (families, subjects, items,
 * periods, keys) and claim_times.c (dates and clock times of events, ages, weekdays, the discourse a document's
 * figures carry). Only checker/extract/claims.c and claim_times.c include it; the functions below are theirs
 * and nobody else's, each documented where it is defined. */
#ifndef FL_CLAIMS_INT_H
#define FL_CLAIMS_INT_H

#include "extract/claims.h"
#include "extract/ages.h"
#include "syntax/syntax.h"

typedef struct {
    size_t tok, ntok;
    int entity; /* mapped to its country when it has one */
    int raw;    /* the entity named, before that mapping */
} mention;

typedef struct {
    size_t tok, ntok;
    int metric;
} trigger;

typedef struct {
    const fl_doc *d;
    const char *text;
    const fl_knowledge *k;
    const fl_rules *r;
    const fl_token *t;
    size_t a, b;                     /* the sentence's tokens [a, b) */
    const fl_map *names;             /* capitalised words the document uses inside sentences */
    size_t ca, cb;                   /* the clause of the quantity being keyed (cb 0 when none is set) */
    struct sentence_parse *sp;       /* the sentence's shallow parse, made when a claim first needs it; NULL: none */
    const struct entry_fixes *fixes; /* the live entries the document's corrections name; NULL: none */
    uint32_t contrasts;              /* bit i: the document names the contrast of `contrasted-members` item i */
    const fl_map *bare_nouns;        /* words right after a figure in the document (claims.c bare_counted_nouns) */
    const uint64_t *story;           /* the document's story names (two words of 64 bits); NULL: none */
    struct sb_stemmer *sb;           /* the document's stemmer of clause words; NULL: none */
    int month_dated;                 /* the document's date gives its month, from which a month alone is read */
} sctx;

/* The context of sentence s of document d (its tokens, the rules), every other part unset: the caller sets the ones
 * it uses (sp, names, ...). */
sctx fl_claims_sentence_ctx(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, size_t s);

/* The shallow parse of one sentence (syntax/), made at most once and only for a sentence with a figure
 * whose attribute is known. */
typedef struct sentence_parse {
    fl_parse *p;
    fl_str *words;
    int tried;
    size_t a, b; /* the sentence's tokens: the parse covers them all, and is given only to a context that
                  * starts where it does (a window of a long sentence gets none), so indices line up */
} sentence_parse;

/* The story's main event as its report tells it: the lemmas of the verb (and its particle) of the headline's
 * first verb, of an act noun of the headline (time.event_nominals: "failure" is "fail") and of the main verb of
 * the lede's first sentence that has one ("The lower gate failed at 5.40am"). */
enum { MAIN_VERBS = 3 };

typedef struct {
    char lemma[MAIN_VERBS][FL_LEMMA_MAX];
    char particle[MAIN_VERBS][16];
    int lede_done;    /* the lede's verb was looked for */
    size_t lede_end;  /* where the lede (the title and first LEDE_WORDS words) ends, a byte offset */
    size_t title_end; /* where the document's first line ends, a byte offset */
} main_verbs;

/* One thing of a kind a document named ("Brannock Fur Farm") or introduced without a name ("A neighbouring farm"):
 * name NULL for the unnamed one. */
struct kind_mention {
    char *name;
    char noun[24]; /* its kind noun, lower case ("farm"), "" when the kind came from an apposition */
    int kind;
    size_t para; /* the paragraph it was last mentioned in */
};

typedef struct {
    char *last_name; /* the last named subject (not an entity) of the document */
    int last_entity; /* the last entity subject of the current paragraph, -1 none */
    char *para_name; /* the last named subject of the current paragraph, NULL none */
    uint32_t para;   /* that paragraph */
    int doc_event;   /* the first event class the document names, -1 none */
    size_t lede_end; /* where the document's lede (its title and first LEDE_WORDS words) ends, a byte offset */
    char **names;    /* every named subject of the document so far, in full ("Orvane Biologics") */
    size_t nnames;
    char **act_items; /* per act class, the last item counted with it ("complete:home"), or NULL */
    char **counted;   /* the act items ("ill:crew") the document has counted so far, for "a further 6" */
    int *counted_day; /* the day each was stated as of (stated_day), -1 none */
    size_t ncounted;
    char **kind_name;               /* per kind (claim_model.kinds), the last name of that kind: "Calder Arena" for "the
                                     * arena", "Coral Serenade" after "the cruise ship Coral Serenade"; NULL none */
    struct kind_mention *kind_seen; /* every name of a kind the document gave, and each unnamed "A <kind noun>" that
                                     * opens a sentence, for "the <kind>" (kind_referent in claims.c) */
    size_t nkind_seen;
    int last_kind;             /* the kind of last_name, -1 when it has none */
    int last_person;           /* last_name opens with a title of persons ("Councillor Ana Ruiz"): no "the company" */
    const char *report_entity; /* whose report the document is (fl_report_period.entity): "" none; borrowed */
    char **ref_attr;           /* "family|item" of the named subjects' figures so far, for a definite figure that refers
                                * back to one ("Of the 621,000 visitors recorded ...") */
    char **ref_subj;           /* the subject of each */
    int8_t *ref_doc;           /* and whether it is the document's own (an unnamed "the <kind>": subject_doc) */
    size_t nref;
    char **owned; /* the item classes ("crew") the document names for two or more possessors ("Pacific
                   * Lumen's crew", "the VLCC's 25 crew"): a count's owner tells them apart (count_owner) */
    size_t nowned;
    fl_ages_state ages; /* the people the document has named and given ages (extract/ages.c) */
    char *last_thing;   /* the unnamed thing a figure last measured ("mirror"), NULL none */
    char **things;      /* every unnamed thing the figures measured so far, as keyed ("pier") */
    char **thing_nouns; /* and the noun each was named by, for a general noun after it ("the structure") */
    size_t nthings;
    size_t thing_end;        /* the end token of the sentence that measured it */
    char member_word[8][16]; /* member words (subjects.json "member-words") the document put before a noun ("male
                              * calf") or in an apposition to one ("The calves, a male and a female"), lower case */
    char member_noun[8][24]; /* and that noun, singular ("calf"): what "The male" with no noun names */
    size_t nmember;
    main_verbs main;         /* the verbs of the story's main event its headline and lede tell (main_event_verbs) */
    const fl_tables *tables; /* the document's tables (fl_facts): their cells' figures are claimed as tables say */
    size_t row_hint;         /* the table row of the figure last looked up (fl_tables_cell) */
    size_t other_event_end;  /* a sentence that tells of another event than the story's ("another robbery") and the
                              * one after it end at this token: their acts are that event's (other_event_told) */
    char *imposed_on;        /* the party the document's first sum of a directed family with no known parties was
                              * imposed on ("Brightwire", "*" for several), NULL none (story_sum in claims.c) */
    char *lent_to;           /* the borrower the document's first such loan was made to, NULL none (lent_story_sum) */
    char *lent_by;      /* the lender of the document's first such loan that names one, NULL none (lent_story_sum) */
    fl_map lower_words; /* the words the document writes in lower case (claims.c written_lower), made on first
                         * use when lower_ready is 0 */
    int lower_ready;
} discourse;

typedef struct {
    size_t tok;
    int year, month, part, since, how, target;
    int base;       /* a base of comparison, not a period: "compared to 2021", "up from 2020", "than in 2019" */
    int month_only; /* a month of the document's year with no year of its own ("in February", "last month") */
    size_t part_tok, part_ntok; /* the words that name the part of the year */
    int span, span_month;       /* a year (12) or a half (6) that ends in a month: "the year to 31 March 2026" */
    int deadline;               /* a deadline word before the year or its day and month: "By 30 September 2026" */
    int range_from, range_to;   /* the first and last months of a span of months ("April to June", "Jan-Mar"), or 0 */
    int present;                /* a phrase of the document's own present ("today", "this week": present-times) */
    int unresolved; /* years from the report's own year when that year is not known ("last year": -1, "two years
                     * ago": -2, in a report with a year-less dateline or none): another time than the report's */
} when;

enum { LEDE_WORDS = 120 };

/* claims.c's, used by claim_times.c */
const fl_parse *fl_claims_parse_of(const sctx *c);
uint32_t fl_claims_fnv_lower(uint32_t h, const char *text, size_t from, size_t to);
int fl_claims_role(const sctx *c, size_t i, fl_role w);
int fl_claims_time_phrase(const sctx *c, size_t i);
int fl_claims_name_word(const sctx *c, size_t i);
void fl_claims_clause_span(const sctx *c, size_t from, size_t to, size_t *ca, size_t *cb);
int fl_claims_prep_role(const sctx *c, size_t i);
int fl_claims_span_before(const sctx *c, size_t e);
/* Is s[0, n), one word, two months joined by a hyphen or a dash ("Jan-Mar", "April–June")? Then 1, the months into
 * *from and *to. */
int fl_claims_month_pair(const fl_knowledge *k, const char *s, size_t n, int *from, int *to);
/* The name a span of months from..to (1-12) goes by in a claim's period: "january to march", into out. */
void fl_claims_range_name(int from, int to, char *out, size_t cap);
int fl_claims_base_figure(const sctx *c, const fl_qty *o);
char *fl_claims_excerpt(const fl_doc *d, size_t a, size_t b, size_t max);
char *fl_claims_clause(const sctx *c, const fl_qty *q);
void fl_claims_make_keys(fl_claim *cl, const fl_knowledge *k);
int fl_claims_hypothetical(const sctx *c, const fl_qty *q);
int fl_claims_superseded_in(const sctx *c, size_t ca, size_t cb, size_t tok);
int fl_claims_withdrawn_at(const sctx *c, const fl_facts *f, size_t s, size_t start);
int fl_claims_fallback_event(const fl_knowledge *k, int e);
int fl_claims_consequence_event(const fl_knowledge *k, int e);
int fl_claims_document_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f);
size_t fl_claims_label_start(const sctx *c, size_t e);
size_t fl_claims_lower_word(const sctx *c, size_t i, char *out, size_t cap);
void fl_claims_lemma_of(const sctx *c, size_t i, char *out, size_t cap);
void fl_claims_act_items_free(discourse *dc, const fl_knowledge *k);
void fl_claims_several_owners(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_map *names, discourse *dc);
int fl_claims_definite_figure(const sctx *c, const fl_qty *q);
int fl_claims_whole_figure(const sctx *c, const fl_qty *q);
int fl_claims_row_figure(const sctx *c, const fl_qty *q);
int fl_claims_label_rate(const sctx *c, const fl_qty *q);
int fl_claims_label_rate_figure(const sctx *c, const fl_qty *q);
int fl_claims_restated_figure(const sctx *c, const fl_qty *q);
int fl_claims_level_placed(const fl_knowledge *k, const char *dim);
uint32_t fl_claims_clause_as_of(const sctx *c, size_t ca, size_t cb, int undated, int placed);
int fl_claims_within_period(const sctx *c, size_t ca, size_t cb);
void fl_claims_report_entity(const sctx *c, fl_claim *cl, const fl_qty *q, size_t trig, const fl_report_period *rp);
void fl_claims_claim_doc_date(fl_claim *cl, const fl_date *date);
int fl_claims_keep_claim(fl_claims *out, fl_claim *cl, int keep);
/* The content words and names of the clause [c->ca, c->cb) into sim (as a figure's with no key: claims.c
 * similar_marks), the tokens [skip0, skip1) and every clock time left out; its date words hashed into *date_hash. */
void fl_claims_clause_words(const sctx *c, size_t skip0, size_t skip1, uint64_t sim[2], uint32_t *date_hash);
/* The heads of the parse's clause of token e0: a 16-bit hash of its main verb (stemmed) in the high half and of
 * its subject's head noun in the low half (0: none; no pronoun, no name); 0 when the clause has neither. */
uint32_t fl_claims_clause_heads(const sctx *c, size_t e0);

/* claim_times.c's, used by claims.c */
int fl_claims_lede_intransitive(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f,
                                size_t lede);
int fl_claims_habitual_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f, size_t s,
                             size_t i);
int fl_claims_lede_thing_event(const fl_doc *d, const fl_rules *r, const fl_knowledge *k, const fl_facts *f,
                               size_t lede, size_t *at);
void fl_claims_verb_lemma(const sctx *c, size_t v, char *lemma, size_t cap, char *particle, size_t pcap);
size_t fl_claims_para_at(const fl_doc *d, size_t off);
uint32_t fl_claims_deadline(const sctx *c, const fl_facts *f, const fl_date *date, size_t tok);
int fl_claims_told_back(const sctx *c, const fl_facts *f, const fl_date *date, size_t tok);
int fl_claims_entry_stamp(const fl_doc *d, size_t off);
void fl_claims_year_in_force(fl_facts *f, size_t s, const when *w, size_t nw, int carried_in, size_t carried_tok);
void fl_claims_event_whens(const sctx *c, const fl_facts *f, size_t s, int doc_event, const main_verbs *mv, int h24,
                           int zone, size_t doc_index, size_t *seq, fl_claims *out);
void fl_claims_age_claims(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_ages_state *st,
                          fl_claims *out);
void fl_claims_weekday_claims(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq,
                              fl_claims *out);
void fl_claims_stated_days(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_claims *out);
void fl_claims_dated_claim(const sctx *c, const fl_facts *f, size_t s, size_t doc_index, size_t *seq, fl_claims *out);
fl_date fl_claims_document_date(const fl_doc *d, const fl_rules *r, const fl_date *given, int latest);
discourse fl_claims_discourse_start(const fl_doc *d, const fl_rules *r, const fl_facts *f, fl_map *names);
void fl_claims_discourse_free(discourse *dc, const fl_knowledge *k);
int fl_claims_fronted_scope_span(const sctx *c, const fl_qty *q, size_t *a, size_t *e);
void fl_claims_claim_time_marks(const sctx *cw, fl_claim *cl, const fl_qty *q, int undated);

#endif
