/* knowledge.h - the domain knowledge that numeric claims need, loaded from rule-pack sections: number
 * words, units, rates, currencies, percent words, entities, metric families, modality cues, well-known
 * events, qualifiers and non-claim phrases. Read-only once loaded; shared by every thread. */
#ifndef FL_KNOWLEDGE_H
#define FL_KNOWLEDGE_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "core/map.h"
#include "doc/tokens.h"
#include "core/util.h"

/* One phrase of a table. */
/* The most units, rate periods and currencies the packs may define: a quantity keeps their indexes in 16 bits
 * (extract/quantities.h). */
#define FL_KNOWLEDGE_MAX_INDEX 32767

/* The measure_family of the verbs of a container's contents ("holds"): its size in the contents_dims only. */
enum { FL_MEASURE_CONTENTS = -2, FL_MEASURE_NONE = -3, FL_MEASURE_GROWTH = -4 };

typedef struct {
    char *key; /* normalised: words joined by single spaces, ’ as ', lower case when the table folds */
    size_t len;
    uint32_t hash;   /* its words' fl_map_hash values combined (see knowledge.c), as tokens give them */
    uint32_t first;  /* fl_map_hash of its first word */
    uint32_t *whash; /* fl_map_hash of each word (owned) */
    size_t words;
    int val;
} fl_phrase;

/* A table of phrases (one or more words) with an integer value each. Looked up from tokens: a phrase's hash
 * combines its words' hashes, which the tokenizer computed, so no key is built to look one up. */
typedef struct {
    fl_phrase *items;
    size_t n, cap;
    uint32_t *slots; /* open addressing by hash: pairs of (hash, index + 1), index 0 empty */
    size_t nslots;
    uint8_t *longest; /* by first-word hash (masked): most words of a phrase starting with such a word */
    size_t nlongest;
    uint8_t *prefixes; /* a bit per (masked) hash of the first words of a phrase, every count of them: a
                        * lookup stops extending where no phrase begins with the words so far */
    int fold;          /* ASCII case-insensitive: keys are stored and compared in lower case */
} fl_phrases;

/* Finds the longest phrase of p starting at token i (tokens are joined with single spaces; ’ counts as ').
 * Returns its value and stores the number of tokens in *used, or -1. Inline is only the test that no phrase
 * starts with the token's word, the answer for most tokens. */
int fl_phrases_from(const fl_phrases *p, const char *text, const fl_token *t, size_t n, size_t i, size_t *used);
static inline int fl_phrases_at(const fl_phrases *p, const char *text, const fl_token *t, size_t n, size_t i,
                                size_t *used)
{
    if (i >= n || !p->n || !p->longest[fl_token_hash(text, &t[i]) & (p->nlongest - 1)])
        return -1;
    return fl_phrases_from(p, text, t, n, i, used);
}
/* The value of a one-word phrase given as bytes (a part of a hyphenated word), or -1. */
int fl_phrases_word(const fl_phrases *p, const char *s, size_t len);
/* The value of a phrase given as its words separated by single spaces ("pour into"), all of them, or -1. */
int fl_phrases_string(const fl_phrases *p, const char *s);
/* The same, for a phrase that ends at token i (inclusive). */
int fl_phrases_ending(const fl_phrases *p, const char *text, const fl_token *t, size_t n, size_t i, size_t *used);

typedef struct {
    char *id, *dimension;
    double factor;
    int rate;           /* index into periods, or -1 */
    int sign;           /* "signed": the scale has negative values, and a minus before the number is its sign (-5°C) */
    double offset;      /* "offset": added after the factor, for a scale whose zero is not the canonical unit's (°F to
                         * °C: value * 5/9 - 160/9); 0 for every other unit */
    double also_factor; /* "also_factor": the value a bare name has in another country's usage (a gallon: the US
                         * one, or the imperial one), which a conversion may have used; 0 when none */
} fl_unit;

typedef enum { FL_DIR_FROM_TO, FL_DIR_TO_FROM, FL_DIR_BETWEEN, FL_DIR_ON, FL_DIR_NONE } fl_direction;

typedef struct {
    char *id;
    fl_direction direction;
    /* the claim model (section "claim_model", attributes): */
    char **dims; /* the dimensions a figure of this family may have ("people"); none listed: any */
    size_t ndims;
    int event;        /* a figure about an event (deaths, arrests): with no stated period it takes the document date */
    int scoped;       /* a figure needs a scope after it to be compared: "20 miles north of Santa Rosa" */
    char *span;       /* the dimension of a span its figure accumulates over ("94 mm of rain in three hours"): a span of
                       * it in the figure's clause is part of its key; NULL none (claim_model attribute "span") */
    int cumulative;   /* a running count (a death toll): a larger figure in a later document is an update */
    int of_state;     /* its figure is how long a state lasted: the state its clause's subject names ("the closure
                       * lasted nine hours") keys it as a state's length (claim_model attribute "of_state") */
    int adjacent;     /* its triggers name the figure only right beside it: "three years late", "delayed by 18
                       * months" (claim_model attribute "adjacent") */
    int settled;      /* a fact of an event that does not change as its story is told (a height, how many were aboard):
                       * undated reports of one story compare it with each other (claim_model attribute "settled") */
    int of_object;    /* a price or fee is about what is bought ("paid £15m for Ana Ruiz"), not the buyer */
    int of_thing;     /* a cost is of the thing its clause's subject names: an unnamed one ("Repairs would cost
                       * £2.3m") is the story's, keyed as a measured thing is */
    int story_amount; /* a one-off amount of the story its own noun names ("the damage", "a fine of"): with no
                       * thing named, it is the story's one such amount (claim_model attribute "story_amount") */
    int decided;      /* a story amount set by a decision (a fine): what it is as soon as it is told, never an
                       * estimate of it for want of a past tense (claim_model attribute "decided") */
    int amount_as;    /* for a family with direction: the story amount family a sum of it is when its parties are no
                       * two known entities ("Brightwire has been fined £12.4m" is the story's fine; claim_model
                       * attribute "amount_as"); -1 none */
    int report_level; /* a level of a stock that news reports as of its day ("The group owes more than £250 million"):
                       * with no stated period, of its dated report's month, as an event's figure is (claim_model
                       * attribute "report_level") */
    int count_unit;   /* the unit a bare number of this family counts ("killed 14": persons), -1 none */
    char *as_act;     /* the act class (claim_model "acts") its counts are keyed as, on what they count: "1,540
                       * redundancies" is "cut:worker", as "cut 1,540 jobs" is (claim_model attribute "as_act"); NULL
                       * none */
    int join_as; /* the family it is compared as ("deliveries" from A to B are A's "exports" to B); itself by default */
    int possessed;  /* a count of its count_unit after a possessive ("its 2,300 workers") is of this family */
    int rates;      /* a rate of its count_unit ("900,000 visitors a year", "25,000 passengers a day") is of this family
                     * when nothing else claims it (claim_model attribute "rates") */
    int reported;   /* a flow an account reports for its period (revenue, profit): with no period of its own, a figure
                     * of a report whose lede states the period it covers is of that period (claim_model
                     * .reporting "flows") */
    int *same_kind; /* units that count what count_unit does in this family ("340 residents were evacuated" and
                     * "520 people were evacuated" are one count): claim_model attribute "same_counts" */
    size_t nsame_kind;
} fl_metric;

/* Roles of the prepositions of the claim model: what a phrase they introduce is to the figure. */
typedef enum {
    FL_PREP_TO,
    FL_PREP_FROM,
    FL_PREP_ON,
    FL_PREP_IN,
    FL_PREP_OF,
    FL_PREP_OTHER,
    FL_PREP_COUNT
} fl_prep_role;

typedef struct {
    char *id, *type, *name;
    char *country_id; /* "country" as the pack gives it, or NULL */
    char *origin;     /* the pack file that defined it, for messages */
    int country;      /* index of that entity (a company's country), or -1 */
} fl_entity;

typedef enum { FL_Q_APPROX, FL_Q_NEARLY, FL_Q_OVER, FL_Q_UNDER, FL_Q_UP_TO, FL_Q_AT_LEAST, FL_Q_COUNT } fl_qualifier;
typedef enum { FL_MOD_ACTUAL, FL_MOD_FORECAST, FL_MOD_TARGET, FL_MOD_CAPACITY, FL_MOD_COUNT } fl_modality;
typedef enum { FL_PCT_PERCENT, FL_PCT_POINTS, FL_PCT_BASIS_POINTS } fl_percent_kind;

/* A summer-time rule's period (time.json summer_times): from year `from` on, an hour is added from the
 * `start_nth` Sunday of `start_month` to the `end_nth` Sunday of `end_month` (nth -1: the last). */
typedef struct {
    int from, start_month, start_nth, end_month, end_nth;
} fl_summer_period;

/* A time zone (time.json zones): minutes from UTC and the summer-time rule it keeps (-1: none). */
typedef struct {
    char *id;
    int offset;
    int summer; /* index into the summer_times rules, or -1 */
} fl_zone;

typedef struct {
    /* numbers */
    fl_phrases words, multipliers, scales, case_scales, fractions, collectives, ordinals; /* value: index */
    fl_phrases fraction_units;  /* numbers "fraction_units": units a fraction and an article may measure ("half an
                                 * hour", "a quarter of an hour") */
    fl_phrases approx_suffixes; /* numbers.json approximate_suffixes: 'odd' in 'sixty-odd' (value: index) */
    fl_phrases decimal_points;  /* numbers.json decimal_points: 'point' of 'one point one billion' */
    double *values;             /* the numbers the tables above point to */
    size_t nvalues, capvalues;
    /* units */
    fl_unit *units;
    size_t nunits, capunits;
    fl_phrases unit_names, unit_symbols; /* -> unit index */
    fl_phrases unit_glued;               /* -> unit index: names only glued to the number, as written ("9in") */
    fl_phrases unit_prefixes;            /* names written before the number ("magnitude 6.1") -> unit index */
    fl_phrases unit_nouns;               /* nouns a decimal premodifies in the unit ("a 6.1 quake") -> unit index */
    char **periods;                      /* rate periods: "day", "year" ... */
    size_t nperiods, capperiods;
    fl_phrases rates; /* -> period index */
    /* money and percent */
    char **currencies; /* ISO codes */
    size_t ncurrencies, capcurrencies;
    fl_phrases currency_names; /* -> currency index */
    char **symbols;            /* currency symbols, longest first after fl_knowledge_finish */
    size_t *symbol_len;        /* their lengths (set by fl_knowledge_finish) */
    int *symbol_currency;
    size_t nsymbols, capsymbols;
    fl_phrases percent; /* -> fl_percent_kind */
    /* entities and keys */
    fl_entity *entities;
    size_t nentities, capentities;
    fl_phrases aliases; /* case-sensitive -> entity index */
    fl_metric *metrics;
    size_t nmetrics, capmetrics;
    fl_phrases triggers;         /* -> metric index */
    fl_phrases modalities;       /* -> fl_modality */
    fl_phrases events;           /* -> year */
    fl_phrases qualifiers;       /* -> fl_qualifier */
    fl_phrases non_claims;       /* -> 1 */
    double approx_tolerance;     /* "about": +-10% unless a pack says otherwise */
    double conversion_tolerance; /* units.json: how far a conversion in parentheses may stray ("86km (53 miles)") */
    /* time */
    fl_phrases relative;        /* -> index into rel_offset / rel_from */
    int *rel_offset, *rel_from; /* rel_from: 0 document, 1 previous year mentioned, 2 none (a rate) */
    size_t nrel, caprel;
    fl_phrases datelines, copyright, anniversary, years_after, part_of_year; /* -> 1 */
    fl_phrases months;                                                       /* case-sensitive -> 1..12 */
    fl_phrases increase, decrease;                                           /* change words -> 1 */
    fl_phrases update_verbs;      /* raise_to: "bringing" the toll "to three" -> 1 */
    fl_phrases comparisons;       /* "against", "compared with": the amount after one is the base of the one before */
    fl_phrases times;             /* "times": "four times the £15.5 million" */
    fl_phrases multiple_hedges;   /* "about", "nearly": a multiple after one is rounded */
    fl_phrases approaches;        /* "nearly", "almost": a multiple after one is approached from below */
    fl_phrases rise_bases;        /* "up from": the amount after one is the base the one before rose from */
    fl_phrases totals;            /* "a total of", "in all": the amount beside one is the sum of the parts before */
    fl_phrases remainders;        /* "leaving": the amount after one is a whole less the part before it */
    fl_phrases additions;         /* "Together with": the amount after one and one before add up to the clause's */
    fl_phrases compositions;      /* "made up of": the amount before one is the sum of the list after it */
    fl_phrases add_joints;        /* ", with", "plus": the amount after one is added to the one before it */
    fl_phrases subtractions;      /* "less", "minus": the amount after one is taken from the one before it */
    fl_phrases differences;       /* "left", "leaving": the amount after one is what a subtraction before gives */
    fl_phrases vote_splits;       /* "voted", "votes": "voted 1,212 to 388" splits 1,600 votes */
    fl_phrases vote_shares;       /* "majority", "in favour": the percentage before one is a side's share */
    fl_phrases excess, shortfall; /* "exceeds", "above" / "below": a difference of an amount from its base */
    fl_phrases multiples;         /* "doubled" -> index into values */
    fl_phrases multiple_suffixes; /* "-fold": the numeral before one is a multiple ("a 2.5-fold rise") */
    fl_phrases equatives;         /* "as": "N times" before one and a word states a multiple ("three times as many") */
    fl_phrases weekdays;          /* case-sensitive -> 0 (Monday) .. 6 */
    fl_phrases masthead_weekdays; /* case-sensitive -> 0 .. 6: a masthead's short weekdays ("Fri 17 Oct 2025") */
    /* clock times and event days (time.json) */
    fl_phrases clock_before, clock_after; /* a hedge before a clock time -> minutes it admits before / after */
    fl_phrases clock_periods;             /* "p.m." -> 12, "a.m." -> 0 */
    fl_phrases clock_day_parts;           /* "morning" -> 0, "evening" -> 12, "night" -> -1 (by the hour) */
    fl_phrases clock_names;               /* "noon" -> 720 (minutes after midnight) */
    fl_phrases clock_hour_words;          /* "two" -> 2: an hour in words before "o'clock" */
    fl_phrases clock_oclock;              /* "o'clock": the word after an hour that makes it a clock time */
    fl_phrases time_zones;                /* case-sensitive "GMT" -> 0, "EDT" -> -240 (minutes from UTC) */
    fl_phrases relative_days;             /* "yesterday" -> -1 (days from the document's date) */
    fl_phrases relative_months;           /* "last month" -> -1 (months from the document's date) */
    fl_zone *zones;                       /* time zones of places, with their summer time (time.json zones) */
    size_t nzones, capzones;
    fl_summer_period **summers; /* summer_times rules: each a list of periods, latest first */
    size_t *nsummer_periods;
    char **summer_names;
    size_t nsummers, capsummers;
    fl_phrases zone_names;       /* case-sensitive "ET", "Central European Time" -> index into zones */
    fl_phrases zone_places;      /* case-sensitive "Paris", "France" -> index into zones */
    fl_phrases local_zone;       /* "local time": the zone of the document's place -> 1 */
    fl_phrases weekday_ahead;    /* "next": a weekday after it is still to come -> 1 */
    fl_phrases month_preps;      /* "in", "during": a month name after one is a period of the document's year */
    fl_phrases event_milestones; /* "docked", "discovered" -> index into milestone_classes: another moment
                                  * of an event than its happening */
    char **milestone_classes;
    size_t nmilestone_classes, capmilestone_classes;
    fl_phrases event_intransitive; /* "released" -> index into verb_classes: an event verb only as the active,
                                    * finite verb of its clause with no object */
    fl_phrases thing_event_verbs;  /* "crashed", "failed" -> index into verb_classes: an event verb of that class
                                    * only when its subject is one of the class's things (event_things) */
    fl_phrases event_things;       /* "system", "server" -> index into verb_classes: the things whose
                                    * thing_event_verbs tell an event of that class */
    fl_phrases event_nominals;     /* "failure", "switch-on" -> index into nominal_verbs: a headline's noun of
                                    * an act, and the lemma of its verb ("fail", "switch") */
    char **nominal_verbs;
    size_t nnominal_verbs, capnominal_verbs;
    fl_phrases activity_starts; /* "set off", "got under way": the start of the story's own activity -> 1 */
    fl_phrases activity_ends;   /* "finished", "crossed the line": the end of the story's own activity -> 1 */
    fl_phrases activities;      /* "pulse", "shot" -> index into activity_classes: a noun of an activity */
    char **activity_classes;
    size_t nactivity_classes, capactivity_classes;
    fl_phrases thing_milestones;   /* "arrived": a milestone of which a thing of a kind may be the subject -> 1 */
    fl_phrases closure_milestones; /* "closed", "reopened" -> index into closure_classes: a closure or reopening
                                    * of a thing */
    char **closure_classes;
    size_t nclosure_classes, capclosure_classes;
    fl_phrases closure_things; /* "road", "pass" -> index into closure_thing_classes: what closes and reopens */
    char **closure_thing_classes;
    size_t nclosure_thing_classes, capclosure_thing_classes;
    fl_phrases event_repeats;     /* "again", "second": the clause tells another occurrence -> 1 */
    fl_phrases story_happenings;  /* "failed", "gave way": a thing's own happening as its clause's intransitive
                                   * verb, the story's event when the thing is the story's main thing -> 1 */
    fl_phrases happening_nouns;   /* "failure", "incident": a noun of whatever happened, no class of its own -> 1 */
    fl_phrases happen_verbs;      /* "happened", "took place": a happening noun's verb of its moment -> 1 */
    fl_phrases story_starts;      /* "began", "first appeared": the start of a state of the story -> 1 */
    fl_phrases story_spans;       /* "ran", "lasted": a state's length, its "from" phrase its start -> 1 */
    fl_phrases event_discoveries; /* "found missing": with no event named, the discovery of the document's */
    /* the claim model (section "claim_model"): how a figure's clause, subject and attribute are found */
    fl_phrases clause_openers;     /* open a clause after a comma: "as", "while", "and" -> 1 */
    fl_phrases subordinators;      /* open a clause wherever they stand: "which", "whereas" -> 1 */
    fl_phrases prepositions;       /* -> fl_prep_role */
    fl_phrases determiners;        /* "the", "its" -> 1 */
    fl_phrases origins;            /* "opened", "signed": a year right after one is when something began */
    fl_phrases coordinators;       /* "and", "but": before a new name they open a clause */
    fl_phrases relatives;          /* "which", "who": a clause they open after a comma is about the phrase before */
    fl_phrases hypothetical;       /* "if", "assuming": a figure after one in its sentence is supposed -> 1 */
    fl_phrases generic_conditions; /* "when": a present-tense clause it opens states a condition, not an event */
    fl_phrases intensifiers;       /* "itself": the subject is the noun phrase right before it */
    fl_phrases thing_pronouns;     /* "it": a measured subject that is the thing the sentence before measured */
    fl_phrases person_pronouns;    /* "he", "their": an act's subject that is someone's, never the document's topic */
    fl_phrases company_forms;      /* "bank", "plc": a last word that does not tell a named subject apart */
    fl_phrases event_verb_preps;   /* "in", "down": an event verb ending in one is none before an object */
    fl_phrases event_verbs; /* "gave way", "occurred" -> index into verb_classes: the clause says when it happened */
    char **verb_classes;    /* the event class a verb list is about ("collapse"), or "document": the document's */
    size_t nverb_classes, capverb_classes;
    fl_phrases open_counts; /* "so far", "missing": a running count in such a clause may still grow -> 1 */
    fl_phrases superseded;  /* "initial reports", "at first": a figure of such a clause was replaced later -> 1 */
    fl_phrases retractions; /* "that was wrong": a sentence opening with one retracts the sentence before -> 1 */
    fl_phrases revisions;   /* "was later revised", "has since risen": a figure before one in its clause was replaced;
                             * one after it ("has since risen to 11") is the new figure -> 1 */
    fl_phrases non_items;   /* modifiers that do not name what is measured: "annual", "total" -> 1 */
    fl_phrases kind_nouns;  /* "company", "club" -> index into kinds: "the company" is the last named one */
    char **kinds;
    size_t nkinds, capkinds;
    fl_phrases event_nouns; /* "flood", "quake" -> index into event_classes: what an event figure is about */
    char **event_classes;
    size_t nevent_classes, capevent_classes;
    char **unit_item; /* per unit: the commodity it implies ("gas" for bcm), or NULL */
    int *unit_family; /* per unit: the metric family it implies ("lives" are deaths), or -1 */
    /* acts (claim_model "acts"): verbs, their participles and nominalisations that say what was done to what a
     * figure counts ("cancelled 480 flights", "27 jobs being cut", "3,240 completions"), grouped into classes of
     * synonyms; a counted figure of no family is keyed by its act and what it counts, as family act_family */
    fl_phrases acts; /* -> index into act_classes */
    char **act_classes;
    size_t nact_classes, capact_classes;
    int act_family; /* the family of act-keyed figures (the attribute marked "acts"), or -1 */
    /* the family of an amount of a thing of no other family (the attribute marked "amounts": "stained 2.5 km of
     * the brook", "3,100 hectares of woodland"; its units the dimensions it is read in), or -1 */
    int amount_family;
    /* the family of a level that a noun phrase names (the attribute marked "levels": "the recycling rate was
     * 45.8%", "a response rate of 81%", "Occupancy averaged 78%"), or -1; claim_model.measures.levels: the head
     * nouns of such a phrase (-> 1: the head alone names one, "occupancy"; 0: it needs a modifier, "rate"), the
     * verbs that state a level ("stood at", "averaged": -> 1) or change it ("rose ... to": -> 2; a transitive one,
     * "raised the rate to": -> 3) and the modifiers that
     * name no other level ("overall") */
    int level_family;
    /* the family of one defendant's term (the attribute marked "terms": "Halloran was jailed for 14 years"), keyed by
     * the named person its clause's subject is, or -1 */
    int term_family;
    fl_phrases level_heads, level_verbs, level_neutral;
    /* claim_model.measures.levels "fills": the words after a percentage that make it how full its clause's subject
     * is ("The grain store was 82% full"; fill_level), and "usual": the adverbs that make such a clause tell what it
     * tends to be, no reading ("is usually 90% full") */
    fl_phrases level_fills, level_usual;
    /* claim_model.measures.levels "statistics": the nouns that name a placed level by how its readings are summed
     * up over a window ("the daily average", "the hourly peak"), the noun kept in its item; and "value_preps": the
     * word before the figure of a level that a verb's object names ("gives the daily mean as 69 µg/m³", "put the
     * hourly peak at 212 µg/m³", the verb one of "puts") */
    fl_phrases level_statistics, level_value_preps;
    /* the family of a statistic of the story's many like things (the attribute marked "averages": "the average
     * trip covers 3.4 km", "waited an average of 9 minutes"), or -1; claim_model.measures.levels "averages": the
     * modifiers that make a noun phrase such a statistic ("average", "mean", "typical"), its item the words from
     * one on and the head's lemma, written as the "level-words" lexicon writes them */
    int average_family;
    fl_phrases level_averages;
    /* claim_model.measures.levels "placed": the dimensions of a level read at a place (a concentration of a
     * pollutant: "nitrate levels at the intake"), whose item keeps the place phrase after its noun phrase */
    char **level_placed;
    size_t nlevel_placed, caplevel_placed;
    /* states (claim_model "states"): what lasts, grouped into classes of synonyms (closed = shut = closure; an
     * outage = offline = on paper): a duration of no family ("was closed for nine hours", "an 11-day strike")
     * is keyed by its state's class, as family act_family, item "CLASS:time-span" */
    fl_phrases states; /* -> index into state_classes */
    char **state_classes;
    size_t nstate_classes, capstate_classes;
    fl_phrases span_preps;       /* claim_model "span_preps": the prepositions of a state's length ("for") */
    fl_phrases span_verbs;       /* claim_model "span_verbs": verbs of time spent in a state ("spent") */
    fl_phrases span_state_preps; /* claim_model "span_state_preps": prepositions between a time-span and the state
                                  * it was spent in ("19 days on the picket line") */
    fl_phrases span_moments;     /* claim_model "span_moments": words after a time-span that make it a moment or an
                                  * elapsed time ("ago", "after"), no state's length */
    fl_phrases not_states;       /* claim_model "not_states": phrases in which a state word names no state that lasts
                                  * ("sentence suspended": a court's term) */
    fl_phrases
        span_ends; /* claim_model "span_ends": verbs that end a state or a time-span act ("came back on" ends an
                    * outage, "reopened" a closure) -> index into span_end_classes: a time-span elapsed before
                    * one ("86 hours after the plant broke down", "reopened after 11 hours") is the state's length */
    char **span_end_classes;
    size_t nspan_end_classes, capspan_end_classes;
    /* a court's total term (claim_model "term_verbs", "term_totals", "term_not"): a time-span a verb of
     * term_verbs gives ("jailed for", "sentenced to") with a word of term_totals right before or after it ("a
     * total of 52 years", "a combined 56 years", "52 years in total") is the term of the story's defendants
     * together, keyed as the act family with item "CLASS:time-span" (the term_totals class); a word of term_not
     * before it in its clause ("faces up to", "a minimum term of", "suspended") makes it none */
    fl_phrases term_verbs, term_not;
    fl_phrases term_totals; /* -> index into term_total_classes */
    char **term_total_classes;
    size_t nterm_total_classes, capterm_total_classes;
    fl_phrases elapsed_words; /* claim_model "elapsed_words": "after", "later": beside a time-span, the time elapsed */
    fl_phrases span_periods;  /* claim_model "span_periods": a span named with no number after a preposition ("in the
                               * past week"), its last word the unit (claims.c claim_span) */
    fl_phrases running_spans; /* claim_model "running_spans": words of a verb group that tell a duration still
                               * running ("has been shut for five hours"): no final figure to compare */
    /* measured acts (claim_model "measured_acts"): the act classes whose figure may be a measure, and of which
     * dimension, as "class dimension" ("fall length": "fell about 40 metres" is the fall's height) */
    char **measured_acts;
    size_t nmeasured_acts, capmeasured_acts;
    /* settled acts (claim_model "settled_acts"): the act classes whose counts do not change as a story is told
     * ("carry": how many were aboard), compared across undated reports of one story as a settled family is */
    char **settled_acts;
    size_t nsettled_acts, capsettled_acts;
    /* ground acts (claim_model "ground_acts"): the act classes whose figure's "of" phrase is the ground it covers,
     * not what was done ("strewn over 100 yards of crops": what was strewn is not the crops); their measured
     * figure's item is its dimension, so that reports naming the ground differently compare */
    char **ground_acts;
    size_t nground_acts, capground_acts;
    /* search finds (claim_model "search_finds", "search_context", "search_find_dims"): verbs of finding
     * ("found", "uncovered") -> index into search_find_classes, each an act class ("seize"): a figure of one of
     * search_find_dims that such a verb governs, in a sentence with a word of search_context ("searches",
     * "raid", "hidden"), is what that act did ("Searches uncovered £38,500 in cash" is seized cash) */
    fl_phrases search_finds; /* -> index into search_find_classes */
    char **search_find_classes;
    size_t nsearch_find_classes, capsearch_find_classes;
    fl_phrases search_context, search_find_dims;
    /* momentary events (claim_model "momentary_events"): the event classes that happen at one moment (a crash, an
     * explosion), whose day has one weekday in every report; a storm or a strike may span several */
    char **momentary_events;
    size_t nmomentary_events, capmomentary_events;
    /* noun-timed events (claim_model "noun_timed_events"): the event classes whose noun in a time's clause tells
     * what happened then whatever the verb ("received a mayday at 23:40", "sent out a distress call at 11.40pm"):
     * a call is sent, received or answered at the moment it is timed */
    char **noun_timed_events;
    size_t nnoun_timed_events, capnoun_timed_events;
    /* consequence events (claim_model "consequence_events"): the event classes that happen because of another
     * event of a story ("the hotel shut its doors" after an outbreak): they time themselves (their day is a
     * claim) but are never the document's own event, which its deaths and cases are about */
    char **consequence_events;
    size_t nconsequence_events, capconsequence_events;
    /* fallback events (claim_model "fallback_events"): the event classes that are a document's own event only when
     * it names no other class ("fans were evacuated from the stand" over a crack; the evacuation before a flood is
     * the flood's story) */
    char **fallback_events;
    size_t nfallback_events, capfallback_events;
    fl_phrases possessives;    /* "its", "her": a figure after one is about the possessor -> 1 */
    fl_phrases generic_items;  /* "person", "unit": items that say nothing more than the dimension -> 1 */
    fl_phrases generic_counts; /* "person", "man": counted nouns a specific one of their key may name (join/items.c) */
    fl_phrases part_counts;    /* "firefighter": counted nouns of those who serve at an event, a part of its people
                                * that a generic count never is (join/items.c) */
    /* open predicates (rules/predicates.json, section "predicates"): the attribute of a counted figure that
     * no family and no act names, from its clause's predicate (extract/claims.c open_predicate) */
    fl_phrases pred_words; /* lemma phrases ("fall ill", "sicken", "missing") -> index into pred_classes */
    char **pred_classes;   /* "ill", "present": shared with locatives, item_preds and possessed_preds */
    size_t npred_classes, cappred_classes;
    fl_phrases linking;       /* lemmas of linking and change-of-state verbs ("be", "fall", "take") -> 1 */
    fl_phrases existential;   /* "there" (of "there were") -> 1 */
    fl_phrases result_verbs;  /* predicates.json result_verbs: "leave" of "leaving 43 buses as burnt-out shells" -> 1 */
    fl_phrases result_states; /* predicates.json result_states: "burnt-out shells" -> its class (pred_classes) */
    fl_phrases motion_preps;  /* predicates.json motion_prepositions: "fell into the creek" is a fall, no change -> 1 */
    fl_phrases locatives;     /* "inside", "on board" -> index into pred_classes */
    fl_phrases not_places;    /* "hospital", "custody": a locative phrase with one states a condition -> 1 */
    fl_phrases item_preds;    /* unit ids whose noun names the predicate ("illness") -> pred class */
    fl_phrases bare_preds;    /* pred classes whose bare object ("sickened nineteen") counts a unit -> index
                               * into bare_units (unit ids) */
    char **bare_units;
    size_t nbare_units, capbare_units;
    fl_phrases possessed_preds;   /* unit ids -> the pred class of a possessor's count of them ("the ferry's
                                   * 1,300 passengers": carry) */
    fl_phrases participant_preds; /* unit ids -> the pred class of a count of people who took part, whatever
                                   * their verb ("300 volunteers answered the alert": present) */
    fl_phrases item_class_of;     /* unit ids -> index into item_classes ("job" is a "worker" position) */
    char **item_classes;
    size_t nitem_classes, capitem_classes;
    fl_phrases increments;    /* "further", "another": "a further 6" may add to a count -> 1 */
    fl_phrases running_preds; /* pred classes of running counts ("ill") -> index into running_families: the
                               * family (cumulative) their claims take instead of act_family */
    char **running_families;
    size_t nrunning_families, caprunning_families;
    /* transfers (predicates "transfers"): a verb that moves what a figure counts somewhere ("sent 14 people to
     * hospital", "were flown to hospital") keys it by where: a noun of the place -> index into transfer_families
     * (metric family ids); the verbs' lemmas and the prepositions that head the place -> 1 */
    fl_phrases transfer_places, transfer_verbs, transfer_preps;
    char **transfer_families;
    size_t ntransfer_families, captransfer_families;
    char *transfer_origin; /* the pack file that last gave transfers, for fl_knowledge_finish's message */
    fl_phrases irregular;  /* inflected verb forms -> index into lemmas */
    fl_phrases nominals;   /* nouns of a verb's act ("failure") -> index into lemmas: the verb's lemma */
    char **lemmas;
    size_t nlemmas, caplemmas;
    char **suffixes; /* the lemmatiser's suffix rules, triples (suffix, replacement, the ending the stem must
                      * have or ""), tried in order */
    size_t nsuffixes, capsuffixes;
    /* measured attributes (claim_model "measures"): words whose place around a figure says what it measures,
     * each -> index into measure_names, whose metric family is measure_family[] ("dimension": -1, the family
     * premod_family gives the figure's dimension) */
    fl_phrases measure_axes;   /* after the unit: "wide", "across", "in diameter" */
    fl_phrases measure_nouns;  /* "ransom", "altitude", "limit": "a ransom of $8 million" */
    fl_phrases measure_verbs;  /* "weighed", "measures": the figure is their object */
    fl_phrases measure_heads;  /* a noun a unit premodifies whose measure it names: "an 18-foot fence" (height) */
    fl_phrases measure_bores;  /* a noun a size-class unit premodifies whose bore it gives: "a 900mm main" */
    fl_phrases estimate_verbs; /* "put", "estimated": an estimator puts the phrase they govern at the figure */
    /* claim_model.measures.margins: the verbs of winning whose "by" figure is the winning margin ("won by 29 votes",
     * "beating Owen Brackley by 29 votes"), the nouns whose "of" figure is one ("a majority of 26 votes") -> index
     * into measure_names (its "family"), and the count units a margin is given in ("vote") -> 1 */
    fl_phrases margin_verbs, margin_nouns, margin_units;
    /* claim_model.measures.margins "sides": the words after a count that say which side of a division it voted on
     * ("31 voted in favour", "22 against") -> index into measure_names of that side's family; tally_for and
     * tally_against are the families of the first and second count of a tally ("by 31 votes to 22"), -1 none */
    fl_phrases margin_sides;
    int tally_for, tally_against;
    fl_phrases estimate_preps; /* "at": what introduces the figure of an estimate ("put the damage at €4m") */
    char **measure_names;
    size_t nmeasure_names, capmeasure_names;
    int *measure_family; /* -1: "dimension"; FL_MEASURE_CONTENTS: "contents"; FL_MEASURE_NONE: "none";
                          * FL_MEASURE_GROWTH: "size-reached" */
    char **premod_dims;  /* a unit of this dimension premodifying a noun ("a 320-metre dock") ... */
    int *premod_family;  /* ... measures this family of the noun (index into measure_names until finished) */
    size_t npremod, cappremod;
    fl_phrases size_classes;  /* unit ids whose premodifier names a size class ("a 15-inch laptop") -> 1 */
    fl_phrases positions;     /* nouns a length premodifies as a place along a route ("the 30-kilometre mark") -> 1 */
    fl_phrases amount_heads;  /* nouns that before "of" and a figure name an amount, no thing ("a total of") -> 1 */
    fl_phrases recordings;    /* nouns of recorded material whose running time is an amount ("hours of footage") -> 1 */
    fl_phrases contents_dims; /* dimensions in which the "contents" verbs give a container's size ("mass") -> 1 */
    fl_phrases rated_dims;    /* dimensions of a rating that a set of things has as a whole ("power") -> 1 */
    fl_phrases multiplication_signs; /* signs between a count and one thing's figure ("2 x 8 MW") -> 1 */
    /* openings (claim_model.measures.openings): nouns of an opening ("breach", "gap") -> 1, whose measures on the
     * axes opening_axes (measure_names indices: width, extent) are one measure, opening_measure; such a noun, what
     * a figure measures; one of opening_same -> 1 ("breach", "gap") is the story's one opening_subject ("opening") */
    fl_phrases opening_nouns, opening_same;
    /* severities (claim_model.severities): a word that names how badly ("seriously", "critical", "minor") -> index
     * into severities, the class ("serious"); a count it qualifies is a part of the whole, keyed apart */
    fl_phrases severity_words;
    /* predicates.agents and agent_predicates: a clause subject ("water") and a predicate lemma ("enter", "pour
     * into") that together name a class ("flood": "Water entered 85 houses"), each -> index into pred_classes */
    fl_phrases agent_nouns, agent_preds;
    /* claim_model.severity_sums: "light" the severity classes ("minor") a complete breakdown of a count by severity
     * has one part of, beside a part of another class; "not" the words before the parts that make them some
     * of a larger whole ("including", "among them") */
    fl_phrases severity_light, severity_sum_not;
    /* claim_model.part_whole_words: a word of a figure's clause that tells a part's value apart from the whole's
     * ("the wheels alone", "in total") -> 1: no general noun's figure is keyed by one thing then */
    fl_phrases part_whole_words;
    fl_phrases other_places; /* claim_model.other_places: "neighbouring" before a place named after the lede -> 1 */
    /* same_things (claim_model.same_things): a noun that names one thing as another does ("refit", "big top") ->
     * index into same_things, the name keys use for it ("refurbishment", "tent") */
    fl_phrases same_thing_of;
    char **same_things;
    size_t nsame_things, capsame_things;
    /* not_event_objects (claim_model.not_event_objects): the head of an "of" phrase after an event noun that makes
     * the noun name no event of its class ("flights" of "the grounding of all flights": no ship's grounding) ->
     * index into not_event_object_classes, that class's name */
    fl_phrases not_event_object_of;
    char **not_event_object_classes;
    size_t nnot_event_object_classes, capnot_event_object_classes;
    /* thing_states (claim_model.thing_states): a modifier that makes an unnamed thing of the story another one
     * ("temporary", "interim"; "permanent", "replacement") -> index into thing_states, the class a key puts
     * before the thing's noun ("temporary mast"); the first class listed wins when two modify one noun */
    fl_phrases thing_state_of;
    char **thing_states;
    size_t nthing_states, capthing_states;
    /* general_things (claim_model.general_things): pairs of a general noun and a noun of a thing it may stand for
     * ("structure" and "pier"), general_thing[i] and specific_thing[i], both lower case and singular */
    char **general_thing, **specific_thing;
    size_t ngeneral_things, capgeneral_things;
    char **severities;
    size_t nseverities, capseverities;
    int *opening_axes;
    size_t nopening_axes, capopening_axes;
    int opening_measure; /* index into measure_names, -1 none */
    char *opening_subject;
    /* frames (claim_model.measures.frames, extract/frames.c): a measure of a story's event, keyed by the story */
    char **story_dims; /* dimensions of a story's measures: "length", "time-span" */
    size_t nstory_dims, capstory_dims;
    char **person_dims; /* of those, the dimensions a person's measure of the story may have ("trapped for 52
                         * hours"), not a suspect's weight */
    size_t nperson_dims, capperson_dims;
    char **entry_dims; /* dimensions of a thing's measures that no live page's entry updates: "length", "money" */
    size_t nentry_dims, capentry_dims;
    /* words that state a live entry's figure as a running one ("so far", "total", "stands at") */
    fl_phrases entry_running;
    fl_phrases person_nouns; /* common nouns of people: a measure whose clause's subject one heads is a person's */
    char *story_subject;     /* the subject such a measure with no other is keyed by ("story"), NULL none */
    fl_phrases relations;    /* words right after a length that relate it to a reference ("from", "above") -> class */
    fl_phrases radii;        /* words before a length that make it a radius around what its "of" names -> class */
    char **relation_classes;
    size_t nrelation_classes, caprelation_classes;
    char **event_relations; /* relation classes whose length is where along a route an event happened ("9 km into
                             * the stage"): a measure only in a clause that tells an event */
    size_t nevent_relations, capevent_relations;
    unsigned char *relation_event; /* per relation class: one of event_relations */
    int *event_state;              /* per event class: the state class of the same name (a strike is both), -1 none */
    int *relation_family;          /* per relation class: the metric family it keys (index into measure_names until
                                    * finished): a scoped family of that name, else relation_default */
    int relation_default;          /* the family of the other classes, -1 none */
    char **bydim_dims;             /* a unit of this dimension with no other attribute (km/h) ... */
    int *bydim_family;             /* ... is of this family */
    size_t nbydim, capbydim;
    fl_phrases untyped_kinds;         /* kinds (of kinds) whose names need no kind word: "the company" may be the last
                                       * name of the document ("Carrick Marine Works"), "the hall" only a hall's -> 1 */
    fl_phrases light_preds;           /* pred classes of light and stative verbs ("stock": have, welcome, record): what
                                       * they govern is its possessor's whole complement, keyed as the possessed table
                                       * or a possessed family says, whatever the verb -> 1 */
    fl_phrases impersonal_possessors; /* possessive words of things, not persons ("its"): a count after one of a
                                       * class the possessed table lacks is its whole complement, the light
                                       * class ("its 64 tenants": stock) -> 1 */
    fl_phrases not_events;       /* "fire brigade", "fire crews": an event noun heading a name of no event (responders);
                                  * "ran riot": a figure of speech the noun ends (one word before it) */
    fl_phrases event_anchors;    /* "since": an event noun right after one is a time of reference ("its busiest year
                                  * since the pandemic"), not the story's event -> 1 */
    fl_phrases responders;       /* "police", "firefighters": those who act on an event's people; a count of the
                                  * people they act on ("Police arrested eleven people") is the event's -> 1 */
    fl_phrases reporting_nouns;  /* "results", "trading update": a lede sentence with one and a year states the
                                  * period the report covers (claim_model.reporting "nouns") -> 1 */
    fl_phrases reporting_spans;  /* "half", "period", "year": "revenue in the half" is the whole's, "revenue in brewing"
                                  * a part's (claim_model.reporting "spans") -> 1 */
    fl_phrases reporting_wholes; /* "total", "consolidated": a modifier of a reported figure that says it is the
                                  * whole's, not a part's (claim_model.reporting "wholes") -> 1 */
    fl_phrases reporting_bases;  /* "adjusted", "underlying": the basis a reported figure is stated on; figures of one
                                  * basis are compared with each other only */
    char **reported_flows;       /* the family ids of claim_model.reporting "flows", until fl_knowledge_finish */
    size_t nreported_flows, capreported_flows;
    char *reported_origin;   /* the pack that named them, for a message */
    fl_phrases aggregates;   /* "in the region", "this winter", "nationwide": a figure of an event whose clause
                              * has one counts many events, not the document's one -> 1 */
    fl_phrases new_entity;   /* "merged", "new", "combined": a descriptor subject ("the merged university") that
                              * names the one entity a merger or reform makes -> 1 */
    fl_phrases other_entity; /* "former", "old", "rival", ordinals: a descriptor of another entity than the last
                              * named one of its kind -> 1 */
    const struct fl_lexicon *holder_nouns; /* subjects.json "holder-nouns", set when the lexicons are indexed */
    void *pending; /* attributes and unit items read before the metrics and units they name (knowledge.c) */
} fl_knowledge;

void fl_knowledge_init(fl_knowledge *k);
/* Loads one top-level pack section. Returns 1 when name is a knowledge section (loaded), 0 when it is not
 * one, -1 on an error (message appended to err, naming file). */
int fl_knowledge_section(fl_knowledge *k, const char *name, const cJSON *sec, const char *file, fl_buf *err);
/* Resolves references between sections (a company's country); returns -1 with a message on error. */
int fl_knowledge_finish(fl_knowledge *k, fl_buf *err);
void fl_knowledge_free(fl_knowledge *k);
/* The event verb phrase (claim_model.event_verbs) at token i, its class (index into verb_classes) or -1, *used its
 * tokens; none when its last word is one of claim_model.event_verb_prepositions that takes an object, a
 * determiner or a capitalised word other than a weekday right after it ("came down Harlow Hill", "fell in May",
 * "went down the stairs"; "came down on Tuesday", "came down Tuesday" stay events). */
int fl_event_verb_at(const fl_knowledge *k, const char *text, const fl_token *t, size_t n, size_t i, size_t *used);

/* The longest lemma a suffix rule makes, with its NUL. */
enum { FL_LEMMA_MAX = 48 };
/* The lemmas the lemmatiser's suffix rules (predicates.json suffixes) give the lower-case word w[0, len), in the
 * rules' order ("sickened": "sicken", "sickene"; a rule may require the stem's ending: "served" gives "serve"),
 * at most max of them into out. Returns their number. */
size_t fl_suffix_lemmas(const fl_knowledge *k, const char *w, size_t len, char (*out)[FL_LEMMA_MAX], size_t max);

/* Returns the entity index whose id is id, or -1. */
int fl_knowledge_entity(const fl_knowledge *k, const char *id);
/* The name keys use for the thing the noun or noun phrase s (lower case, words separated by single spaces; a
 * plural in -s is tried as its singular) names (claim_model.same_things: "refit" and "renovations" name a
 * "refurbishment"); NULL when the table does not hold it. Borrows s; the result lives as long as k. */
const char *fl_knowledge_same_thing(const fl_knowledge *k, const char *s);
/* Does the general noun general stand for a thing named by the noun specific (claim_model.general_things: "the
 * structure" for a pier)? 1 yes, 0 no; -1 when general is no general noun at all. Borrows both. */
int fl_knowledge_stands_for(const fl_knowledge *k, const char *general, const char *specific);

#endif
