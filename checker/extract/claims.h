/* claims.h - numeric claims: a quantity with its key (metric family, parties with direction, period,
 * modality, what is measured), extracted per document and kept after the document is freed, so that the
 * corpus can be joined on the key. */
#ifndef FL_CLAIMS_H
#define FL_CLAIMS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/diag.h"
#include "doc/document_int.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "extract/tables.h"
#include "packs/rulepack.h"
#include "extract/timex.h"

/* A document keeps every claim a join can use until the run ends, so the layout is kept small (240 bytes, 272
 * before): small enumerations and flags are bytes, document-relative indexes 32-bit (a document is under 4 GiB,
 * core/input.h). */
/* The subject_how of a person's age by one name the document never gives in full, no title before it ("mum
 * Sundari, 23,"): the window join (join/ages.c) compares it across the reports of its directory. */
#define FL_SINGLE_NAME_AGE "a person's age (a name the document never gives in full)"
/* told_past of an age told with a present-tense verb after it ("Ann Roe, 43, is charged"): the age on its report's
 * own date, not one carried from the time of the story's event ("Ann Roe, 43, fired") */
#define FL_TOLD_PRESENT 2
/* ... of a person its sentence gives as dead ("Ann Roe, 43, died"): her age stays the one she died at */
#define FL_TOLD_DEAD 3
/* ... told in the past in a sentence naming another year than its report's ("In 2017 Ann Roe, 36, was fined"):
 * the age of that year's event, not of the report's date */
#define FL_TOLD_ELSEWHEN 4
/* ... and such a name its lede (title and first words) never gives: any passer-by of that first name ("One of them,
 * Emma, 34,"; "florist Emma, 52," in another report), compared within its document only, never across the story */
#define FL_SINGLE_NAME_AGE_ASIDE "a person's age (a name the document never gives in full, not in its lede)"

typedef struct {
    const char *file; /* borrowed display path */
    fl_pos start, end;
    char *text;              /* as printed, qualifier included: "about 15%" */
    char *context;           /* the clause around it: "the utility delivered 31 bcm to Poland last year" */
    char *dim;               /* what the interval measures: "volume", "money:USD", "percent" */
    char *item;              /* "gas", "troops" or "" */
    double value, lo, hi;    /* canonical unit; hi may be INFINITY */
    int family;              /* metric index, -1 unknown */
    int src, dst;            /* entity indices (companies mapped to their country), -1 unknown */
    int16_t year;            /* period; year 0 when unknown */
    int16_t told_back;       /* an act's count whose clause states its day ("Some 70 volunteers searched ... on
                              * Saturday" in a report of Monday): 1 + the days from that day to its report's date
                              * (3); 0 none or not known (extract/deadlines.c fl_claims_told_back) */
    int8_t month, day;       /* day only for an event's document date */
    int8_t person_place;     /* a distance from a place (a relation class's family): 1, 2 a person's made the story's
                              * (claims.c person_at_event_place, person_places_settle); 0 neither */
    int8_t modality;         /* fl_modality */
    int8_t part;             /* only part of the year: "in the first half of 2020" */
    int8_t since;            /* "since 2012" */
    int8_t period_how;       /* 0 none, 1 stated, 2 relative to the document date, 3 relative to a year stated before,
                              * 4 the document's date, for an event figure with no stated period, 5 the story's
                              * date: an event figure with no stated period in an undated document (the join
                              * gives it the date of the other reports of its event, when they agree on one),
                              * 6 the period the report covers: a flow of an account (revenue) with no stated
                              * period in a report whose lede says which period it covers (fl_report_period) */
    int8_t subject_event;    /* the subject is an event class ("flood"), not a name: joined within one directory */
    int8_t subject_doc;      /* nothing names the subject: the document's topic, joined within the document only */
    int8_t part_whole;       /* of a figure compared by its clause's words: 1 its clause says it is a whole ("It
                              * employs 1,150 people in total"), 2 its clause's subject (a relative clause's
                              * antecedent) is a part or unit of a thing ("head office, which employs about 640
                              * people"); a whole never meets a part so (extract/claims.c part_or_whole) */
    int16_t doc_event;       /* the document's own event (fl_story_mark_events): 1 + its index in the packs' event
                              * classes, 0 none; a fact of the whole document, so that a reducer holding only some of
                              * its claims knows it */
    char part_text[24];      /* which part: "first half" */
    char doc_parts[24];      /* for a count that leaves its noun out ("Of these, 27 were injured"): the nouns of
                              * claim_model.part_counts its document counts ("firefighter"), space-separated; a fact
                              * of the document that a reducer holding only this claim's key needs (fl_items_mark) */
    int8_t transposable;     /* a level the transposition join compares (join/numeric.c transposed_join): not a change,
                              * a base, a part, a restatement, nor a figure the text supposes, replaces or schedules */
    uint8_t sim_act;         /* a keyed act count with clause words too: 1 + the bit its act's verb (stemmed) has among
                              * them, which the clause of a figure no attribute keys must hold to meet it ("started");
                              * 0 for an act of a state ("There are 86 boats": rules/similar.json similar-state-acts) */
    uint16_t entry;          /* in a live page (two or more entries stamped with a clock time on a line of its own),
                              * the entry's time in minutes + 1; 0 otherwise. Figures of two entries of one page are
                              * two times; an earlier entry's figure that a later one restates is not compared */
    char *subject;           /* what the figure is about when it is not an entity: "Norvik Metals", "flood"; "" none */
    const char *subject_how; /* how it was found (static): "clause subject", "paragraph subject" ... or "" */
    int doc_date;            /* the document's date as yyyymmdd when it is known (not inferred), else 0 */
    int event_day;           /* the day its document states its own event was on, as yyyymmdd (fl_story_mark_events:
                              * "on Saturday" in a report of Thursday 18 June 2026 is 20260613), 0 none; a fact of the
                              * whole document, carried by each claim as doc_event is */
    int8_t date_source;      /* the document date's fl_date_source, for relative periods */
    int8_t base;             /* a base of comparison, or a figure of another time than the sentence's: "up from 7.2
                              * million tonnes in 2025", "236 euros a year earlier"; within its document it is not
                              * compared with a figure of no stated period (which is of the document's time) */
    int8_t definite;         /* the figure stands in a definite phrase that refers back to it: "the 52,000 recalled
                              * packages", "the ship's 2,450 passengers", "the EUR 270 million fine" */
    int8_t row;      /* a key-figures row that counts the noun its label names, no act said (noun_label: "- Drones: 11",
                      * "Volunteers: 640"): the whole of that noun its document's list gives */
    int8_t restated; /* a definite count that is its clause's subject, a finite verb right after it ("The 13 drones
                      * flew in pairs"): it refers back to the count of its noun its document gave */
    int8_t whole;    /* a count a whole-quantifier opens ("all 60 rescuers", "All 13 buried skiers"): the whole of what
                      * its document counted before, told again; only past participles between it and its noun */
    int8_t suppressed;  /* read from a claim record: a directive of its document suppresses its join's findings at it */
    int8_t listed;      /* a count its sentence gives beside a count of another noun of its dimension ("250 passengers
                         * and 12 crew"): one part of a whole, no noun a generic count may be (join/items.c) */
    int8_t told_past;   /* an amount of a thing of the story told by a past-tense verb ("had cost £1m"): what it
                         * cost, keyed apart from the estimates of it and from its tenseless mentions; of an age,
                         * FL_TOLD_PRESENT when its person's clause is in the present, FL_TOLD_DEAD or
                         * FL_TOLD_ELSEWHEN (above) */
    int8_t count_state; /* a running count (a death toll): 1 stated as still open ("at least", "so far"), 2 stated as
                         * having risen ("rose to"), 0 neither */
    int8_t dual;        /* a clock time its document gives both local and with a zone ("9:40 p.m. (2140 GMT)", or a
                         * local time of a document whose places are all in one zone): claimed once in each, and
                         * two such times are compared in the local one only */
    int8_t own_noun;    /* only the noun after its figure made it a count (claims.c own_noun_count): 1 after a clause's
                         * or a whole's label's colon, 2 after another label's ("Second quarter: 481 complaints") */
    uint32_t as_of;     /* the time within its day or report its clause states ("by Tuesday morning", "later",
                         * "the revised figure"), hashed; 0 none. Two figures of no stated period in one
                         * document are compared only when they agree on it */
    uint32_t deadline;  /* the day (and time of day) a count is told up to, when that alone dates it ("by Friday
                         * morning"): (mmdd << 16) | ((weekday + 1) << 12) | time-of-day hash, mmdd 0 when not known;
                         * 0 none (extract/deadlines.c). Such a figure meets only one told up to the same day */
    uint32_t governor;  /* a date or clock time of an event: the head of the subject of its own clause, hashed,
                         * when that clause says what happened then ("the slope gave way at 11:20"); 0 otherwise.
                         * Two such times of one event in one document with one governor are one fact told twice */
    char *why;          /* why the claim has no key, for --dump-claims: "no attribute", "no subject" ...; "" keyed */
    char *key;          /* every part known; NULL otherwise */
    char *key_base;     /* the key without its period (family and parties known); NULL otherwise */
    uint64_t names[2];  /* the document's most used names (capitalised words inside sentences), one bit each of
                         * 128: an undated report's figure takes the date of dated reports of its event only when
                         * their documents share names (fl_story_names_shared) */
    uint64_t topics[2]; /* the document's most used content words (stemmed), one bit each of 128: two reports of one
                         * story that share few names share these (fl_story_topics_shared) */
    uint64_t sim[2];    /* a figure with no key: the content words of its clause, stemmed, sim[0], and its names other
                         * than the document's story names, sim[1], one bit each of 64 (0 0: not compared so); the
                         * join compares such figures whose clauses share words (similar_join) */
    uint32_t sim_when;  /* for those: a hash of the date words of its clause (months, weekdays, years), 0 none */
    uint32_t doc;       /* index of its document in the run */
    uint32_t seq;       /* its order in the document */
    uint32_t sentence;  /* its sentence in the document */
} fl_claim;

/* An attributed claim: a direct quote or reported speech, with who said it, to whom, how hedged and on
 * whose word. Kept after its document is freed, so that the corpus can be joined on the speaker. */
typedef struct {
    const char *file;  /* borrowed display path */
    fl_pos start, end; /* the quoted text, or the reported content */
    int direct;        /* 1: a direct quote; 0: reported speech */
    char *speaker;     /* as resolved ("Ana Silva"), a description ("the ministry"), or "" when none */
    char *speaker_key; /* NFC-normalised, case-folded full name; NULL when the speaker is not a named person */
    int local;         /* the key is only a surname: joined within the document only */
    const char *how;   /* the sieve step that found the speaker (static) */
    char *audience;    /* "union leaders in Porto" or "" */
    char *hedge;       /* "reportedly" or "" */
    char *source;      /* the source chain: "according to a European official ...; note 52" or "" */
    char *text;        /* the quoted words or the reported content */
    size_t doc, seq, sentence;
    int suppressed; /* as fl_claim's */
    int medium;     /* what the attribution says the remark was made in: FL_MEDIUM_WRITTEN ("wrote in a letter"),
                     * FL_MEDIUM_SPOKEN ("said in an interview"), FL_MEDIUM_NONE when it says neither or both */
} fl_qclaim;

enum { FL_MEDIUM_NONE, FL_MEDIUM_WRITTEN, FL_MEDIUM_SPOKEN };

enum { FL_CLAIM_SHARED = 7 }; /* the strings of a numeric claim that claims may share: all but text */

/* A document keeps at most this many figures with no key for the transposition join (its first ones): a table of
 * two million bare figures must not keep them all. */
#define FL_MAX_LOOSE_TRANSPOSABLE 4000

typedef struct fl_claims_s {
    fl_claim *items;
    size_t len, cap;
    fl_qclaim *quotes; /* attributed claims, in document order */
    fl_claim *copies;  /* read from keyed records: the copies of transposable claims routed on their digits
                        * (fl_join_transposed_part), which the transposition join reads instead of items */
    size_t ncopy, capcopy;
    int copied;    /* read from keyed records: copies is the transposition join's */
    size_t nloose; /* the transposable claims with no key_base kept so far (at most FL_MAX_LOOSE_TRANSPOSABLE: a
                    * list is one document's while it is extracted) */
    size_t nquote, capquote;
    int joinable_only; /* keep only the numeric claims a join can use (those with a key_base): set when the
                        * claims are neither dumped nor shown, since the others are then never read again */
    /* strings that several numeric claims point at (a context, unit, item, subject or key equal to the claim
     * before's, as when a document repeats one figure), kept once and freed with the list; NULL when none.
     * Only a joinable_only list shares (the language server moves claims to lists of their own documents) */
    char **shared; /* each malloc'd (not an arena: most documents share a few short strings, if any) */
    size_t nshared, capshared;
    const char *last_shared[FL_CLAIM_SHARED]; /* while claims are kept: the claim before's strings in shared */
} fl_claims;

/* The period a report says in its lede that it covers ("announces its results for the first half of the 2026/27
 * financial year"): year 0 when it says none; and whose report it is, the name its lede sentence gives as its
 * subject ("Halden Brewing Group plc ... today announces its interim results"): "" when it names none. */
typedef struct {
    int year;
    int8_t month, part;
    char part_text[24];
    char entity[64];
} fl_report_period;

/* The facts of one document that the per-document numeric checks use. Their arrays live in the document's
 * arena (valid until fl_doc_free); fl_facts_free only clears the struct. */
typedef struct fl_facts_s {
    fl_token *tok;
    size_t ntok;
    uint32_t *sent_tok;  /* first token of each sentence; nsent + 1 entries (indexes are 32-bit, as offsets) */
    uint32_t *sent_open; /* the token its text opens with: after a live page's entry stamp ("17:55 – Of the 14
                          * people injured, ...") and a list item's marker ("- Of the 4,812 ..."), else
                          * sent_tok's */
    fl_num *num;
    size_t nnum;
    uint32_t *sent_num;
    fl_qty *qty;
    size_t nqty;
    uint32_t *sent_qty;
    int *sent_year;               /* the year stated in (or carried into) each sentence, 0 none */
    int *sent_year_carried;       /* 1 when it came from "that year" and the sentence before */
    uint32_t *sent_year_tok;      /* where it is stated (token index) */
    uint32_t *sent_year_from_tok; /* where a carried year was first stated */
    fl_date date;
    fl_report_period report;    /* the period its lede says the report covers */
    int *qty_modality;          /* the modality of each quantity's claim; FL_MOD_ACTUAL without one */
    uint32_t *qty_clause;       /* the first token of each quantity's clause: arithmetic pairs figures of one clause */
    uint8_t *qty_own_noun;      /* what own_noun_count made of a quantity (fl_claim.own_noun), 0 nothing */
    fl_qty_strings qty_strings; /* the quantities' dimensions and items */
    fl_tables tables;           /* the document's tables (extract/tables.c), found once for the claims and checks */
    uint32_t contrasts;         /* the `contrasted-members` contrasts it names (claims.c doc_contrasts), one bit each */
} fl_facts;

/* Extracts the numeric claims of a segmented document (with its footnotes known) into out, with
 * doc_index; given is the --date fallback (year 0 when none). Fills facts for the per-document checks. */
void fl_claims_extract(fl_doc *d, const fl_rules *r, const fl_date *given, size_t doc_index, fl_claims *out,
                       fl_facts *facts);
/* Frees the numbers, quantities and per-sentence tables of f (in arena a, the document's) once the checks that
 * read them are done; the tokens (and sent_tok) stay, for attribution. */
void fl_facts_release(fl_facts *f, fl_arena *a);
void fl_facts_free(fl_facts *f);
/* Makes a claim's key and key base from its parts (family, parties or subject, modality, item, period), when they
 * are known; leaves them NULL otherwise. The strings are the claim's own. */
void fl_claim_make_keys(fl_claim *cl, const fl_knowledge *k);
/* Moves a finished claim's strings into one allocation, text first (a claim is one malloc, not eight: a
 * document of two million figures kept 2 GB, most of it malloc's overhead); fl_claims_free frees it. */
void fl_claim_pack(fl_claim *c);
/* The same for an attributed claim, speaker first. */
void fl_qclaim_pack(fl_qclaim *q);
/* Moves src's shared strings to dst (when src's claims are moved there). */
void fl_claims_take_shared(fl_claims *dst, fl_claims *src);
/* Gives back the arrays' spare capacity (claims are kept until the corpus-wide joins). */
void fl_claims_shrink(fl_claims *c);
void fl_claims_free(fl_claims *c);

/* "2024", "the first part of 2020", "since 2012", "" (unknown): the period for messages. */
/* Do two claims' documents share enough of their most used names to be reports of one story? */
/* How an unnamed thing's figure got its subject when the noun that names it is a general noun itself
 * (claim_model.general_things: "the 24m vessel", "the ride"): the join may key it by the one thing of its kind its
 * story measures (fl_story_general_keys). */
extern const char fl_general_noun_how[];

int fl_story_names_shared(const uint64_t a[2], const uint64_t b[2]);
/* Do two claims' documents share enough of their most used content words to be reports of one story? */
int fl_story_topics_shared(const uint64_t a[2], const uint64_t b[2]);
/* How many of their most used names (or, given topics, content words) two claims' documents share (of 8 each). */
int fl_story_names_common(const uint64_t a[2], const uint64_t b[2]);

void fl_claim_period(const fl_claim *c, char *buf, size_t cap);

#endif
