/* rulepack.c - loading rule packs (cJSON), building lexicon hash sets and compiling pattern sets with PCRE2.
 * Pattern entries of one category are combined as (?|(?:P0)(*MARK:0)|(?:P1)(*MARK:1)...): one scan finds
 * whichever entry matches first, the mark names it, and branch reset keeps each entry's group numbers. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "packs/rulepack.h"

#include "packs/knowledge.h"
#include "core/input.h"
#include "core/map.h"
#include "packs/prefilter.h"

#include <assert.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const fl_lexicon_names[] = {
    "abbreviations",         /* never end a sentence: "Dr.", "Jan.", "e.g." */
    "final-abbreviations",   /* end a sentence only before a sentence starter: "Inc.", "etc." */
    "sentence-starters",     /* words that begin a sentence after an initialism: "The", "But" */
    "notes-headings",        /* headings that open a notes section: "Notes", "References" */
    "number-labels",         /* words before a number that names rather than counts: "page", "section", "No." */
    "clock-words",           /* words after a clock time: "a.m.", "GMT" */
    "minus-words",           /* a word that makes the number after it negative on a signed scale: "minus" */
    "clock-prepositions",    /* a word before a four-digit clock time: "at 1930" is half past seven, not a year */
    "function-words",        /* words that end the name of what a quantity measures: "of gas to China" */
    "speech-verbs",          /* verbs that attribute words to a speaker: "said", "adds", "asserts" */
    "byline-words",          /* words of author lines: "Written by", "writes for" */
    "name-particles",        /* lower-case words inside personal names: "von", "der", "bin" */
    "firm-name-joiners",     /* a sign that joins two names into one firm's, never two people: "Harcastle & Wyne" */
    "possessive-pronouns",   /* a speaker's own words after a colon: "Her message was blunt:" */
    "non-person-titles",     /* title words that name no one alone: "House", "State" ("her parents' house") */
    "titles",                /* words before a name that are not part of it: "President", "Dr." */
    "audience-verbs",        /* speech verbs whose object is the audience: "told", "briefed" */
    "hedges",                /* adverbs that report without vouching: "reportedly", "allegedly" */
    "pronouns",              /* subject pronouns that may stand for a speaker: "he", "she" */
    "male-words",            /* pronouns and titles that mark a man: "he", "Mr" */
    "female-words",          /* pronouns and titles that mark a woman: "she", "Ms" */
    "audience-stops",        /* words that end an audience: "that", "during" */
    "negations",             /* words that negate a clause: "not", "never" */
    "remark-nouns",          /* nouns for what someone said: "remarks", "statement" */
    "source-phrases",        /* phrases of a source chain: "according to", "first reported by" */
    "stopwords",             /* words that carry no content when two remarks are compared */
    "speech-phrases",        /* phrases that attribute the quote before them: "That was how one farmer put it" */
    "bare-report-verbs",     /* verbs that report a clause without "that": "said the plan would fail" */
    "quote-verbs",           /* verbs that attribute only right after a quote: "..., the account reads" */
    "org-prepositions",      /* words before a name that make it an organisation or place: "with the", "at" */
    "thing-name-heads",      /* first words of a name of a thing, not a person: "Storm Ana", "Operation X" */
    "place-name-heads",      /* last words of a place's name: "Tallis Strand", "Marsh Lane": no one a he/she means */
    "gesture-verbs",         /* acts ending a sentence whose subject speaks the quote after it: "Ruiz shrugs." */
    "female-person-nouns",   /* nouns for a woman or girl: someone unnamed a "she" may stand for */
    "male-person-nouns",     /* nouns for a man or boy: someone unnamed a "he" may stand for */
    "place-prepositions",    /* words before a name that make it a place there: "in", "near" (no one who may speak) */
    "stance-verbs",          /* verbs whose subject is the voice of the quote that follows: "believes", "praised" */
    "name-suffixes",         /* words after a name that are part of it: "Jr.", "III" */
    "verb-group-words",      /* auxiliaries, negations and adverbs between a subject and its verb: "would not" */
    "naming-nouns",          /* nouns whose quoted apposition is a name, not speech: "the slogan", "book" */
    "be-forms",              /* forms of "be" that may open a verb group: "is expected to say" */
    "have-forms",            /* forms of "have" before a past participle: "had cost £1m" is told in the past */
    "speech-participles",    /* speech verbs as participles after a comma: "..., saying" speaks for the subject */
    "naming-participles",    /* participles that give the noun before them a name: "the robot, called Skerry" */
    "others-words-headings", /* heading words over other people's words: "WHAT OUR VOLUNTEERS SAY", "Letters" */
    "first-person-words",    /* words of a speaker's own voice: a quote with "we" or "our" goes on with its speaker */
    "question-verbs",        /* verbs of asking: their subject asked, so the answer after them is not theirs */
    "organisation-words",    /* words that make a long capitalised run an organisation: "Electronic Data Systems" */
    "first-person-singular", /* the singular of first-person-words: a person's own account, not an office's "we" */
    "role-nouns",            /* lower-case roles that make the full name after them a person: "plant manager" */
    "thought-phrases",       /* words that make a quote imagined, not said: "thinking", "as if to say" */
    "house-style",           /* renderings that agree: "colour=color", "eleventh=11th" (left side becomes right side) */
    "quote-apostrophes",     /* characters that are apostrophes in quoted words: "’" */
    "quote-hyphens",         /* characters that join or split compounds in quoted words: "-" */
    "modal-words",           /* words of modality whose change alters a remark: "will", "might", "must" */
    "pro-forms",             /* words that stand for a noun phrase: "that" for "the river" is no change */
    "opposites",             /* predicates that reverse each other on the same object: "raise=freeze", "rise=fall" */
    "pro-forms",             /* words that stand for a noun phrase: "that" for "the river" is no change */
    "doubt-verbs",           /* verbs whose negation affirms: "never questioned his faith" is no reversal */
    "synonyms",              /* predicates that say the same: "cut=trim=reduce" (a negated one is compared) */
    "clause-openers",        /* words that open a clause and end a negation's scope: "who", "whether" */
    "negation-limits",       /* words that make a negation a limit, not a reversal: "not ... until", "not only" */
    "degree-words",          /* adverbs that change how much of a quote holds: "we followed [nearly] every rule" */
    "noun-negations",        /* negations of the noun after them: "no plans", "without cutting" */
    "quantity-words",        /* words of a vague quantity a quote may carry: "dozens of lives" */
    "elided-heads",          /* words for a head noun left out: "Nine more were hurt", "injuring 11 others" */
    "collective-nouns",      /* a whole whose "of" gives its count: "a group of 12 hikers", "a crew of nine" */
    "count-links",           /* words between a part and its whole's count: "34 of the 71 seats" */
    "inclusion-verbs",       /* verbs whose object is a part of an amount before them: "£248.6m included £9.1m" */
    "years-ago",             /* words after a number that count years back from the document's date: "years ago" */
    "years-before",          /* words after a number that count years back to the "now-possessives" thing */
    "now-possessives",       /* words of the document's own time before a noun: "30 years before this week's" */
    "present-times",         /* relative times that are the document's own present: "today", "this week" */
    "last-act-words",        /* in a verb group before a span and "ago": the time since the act was last done */
    "size-reached-times",    /* in a clause of "has grown to": the size of another time ("overnight", "at its peak") */
    "particle-measure-stops", /* after a figure of "stretches across": no size of the subject ("of farmland", "from") */
    "size-claim-verbs",       /* over a clause of "has grown to": a claim no one vouches for ("residents claim that") */
    "partitive-extent-dims",  /* an area before "of the": still the subject's ("across 332 hectares of the estuary") */
    "ago-words",              /* right after a time-span: counted back from the report ("14 months ago") */
    "span-take-verbs",     /* verbs whose event subject went on for their time-span object: "The raid took 7 minutes" */
    "span-take-purposes",  /* after "took N": the infinitive's mark before a state's end: "took 11 hours to reach" */
    "span-of-preps",       /* between a time-span and the state it measures: "after 15 hours of deliberation" */
    "span-part-words",     /* before a time-span: a part of the state's time: "the first two hours of talks" */
    "span-end-part-words", /* after a "took N to" end phrase: a part: "to reach its verdicts on the last count" */
    "span-other-phase-words", /* in a guarded state's sentence: another round of it: "at his retrial", "sentence" */
    "span-sentence-guarded-states", /* states another occurrence of which a sentence often tells: deliberation */
    "years-later",        /* words after a number that count years on from a year stated before: "58 years later" */
    "origin-adverbs",     /* words before a past verb that make it a beginning: "first fired its kilns in 1958" */
    "origin-relatives",   /* relatives opening an origin aside on an "of" thing: ", which was founded in 1988" */
    "origin-passive-aux", /* the auxiliary after them: "which was founded", "that were formed" */
    "origin-perfect-participles", /* after a comma, a beginning of the subject: "..., having opened in 1953" */
    "origin-perfect-verbs",       /* the subject's own beginning after those: "having been founded in 1938" */
    "origin-perfect-owners",      /* the determiners of its object: "having opened its gates in 1953" */
    "origin-perfect-objects",     /* the objects that still tell the subject's beginning: "its doors", "its gates" */
    "event-pronouns", /* a subject standing for the event noun before its subordinator: "the outbreak since it" */
    "founding-words", /* words of a founding whose year dates no report: "founded in 1995" */
    "date-links",     /* words joining two days whose last states the year of both: "9 June and 11 June 2026" */
    "half-spans",     /* words of a half year: "Half-year revenue" in the results for the first half */
    "quarter-spans",  /* words of a quarter: "quarterly sales" in the results for the third quarter */
    "quarter-generic-words",  /* words of any quarter: "quarterly sales" */
    "quarter-codes",          /* codes of the quarters, in the order of quarter-names: "q3" */
    "quarter-names",          /* names of the quarters, in the order of quarter-codes: "third quarter" */
    "other-period-words",     /* words that name another period than a report's: "before the pandemic", "a year ago" */
    "report-praise-words",    /* words that praise a report's flow and name no part: "Record sales of £88.1m" */
    "first-set-words",        /* words of an amount set at the start: "the original £68 million budget" */
    "thing-year-links",       /* words between a thing and the year that dates it: "Lund's 801ft flight in 2019" */
    "title-year-words",       /* title words a law's year follows: "the Station Access Act 2004" (its year, no label) */
    "base-anaphors",          /* determiners pointing back to a thing named before: "N years after that winter" */
    "event-held-verbs",       /* the verbs a meeting or ceremony is held by: "the meeting, held on 19 February" */
    "event-back-determiners", /* determiners of an event told again: "that meeting, held on 19 February" */
    "year-to",                /* words before a month and year that end a year's span: "the year to March 2026" */
    "half-year-to",           /* words before a month and year that end a half's span: "the six months to 30 June" */
    "record-words",           /* words before "since" that make its year a record's span: "the highest since 2019" */
    "compass-points",         /* which way a distance goes, left out of its scope: "north-east" (of), "away" (from) */
    "reach-verbs",            /* verbs of sensing whose "N miles away" is how far the subject reached: "was heard" */
    "reach-ends",             /* the word after a reach's distance: "away" of "heard 12 miles away" */
    "repay-words",            /* words before the "over" of a loan's term ("repayable over 25 years") */
    "loan-aggregates",        /* loan triggers of a market's lending ("loans", "lending"), no one loan */
    "added-sums",             /* words that make a loan's sum an addition to it ("a further £6.9m") */
    "other-loan-cues",        /* words before a loan's trigger that tell another loan: "has also lent" */
    "or-conversion-ends",     /* the marks that end a conversion told after ", or" (check/conversions.c) */
    "or-alternative-cues",    /* words that make ", or" join two choices, not an amount and its conversion */
    "or-choice-modals",       /* modals of permission or option that make ", or" join two choices: "can do 5km, or" */
    "place-descriptor-links", /* words between a place's descriptor and its name: "the town of Castel Ardo" */
    "place-name-links",       /* words between a place's noun and the bare name that tells it apart: "the bridge at
                               * Darton" */
    "settled-verbs",          /* verbs of where a person settled or began: "was born 10 miles from", no event's */
    "share-anaphors",         /* words that stand for a whole counted before: "85 of them, or 24%", "Of those, ..." */
    "whole-openers",      /* words before the "of" that opens a sentence with its whole: "Out of the 640 hives, ..." */
    "extension-by",       /* the preposition of an extension's size: "extending the network by 62 per cent" */
    "extension-verbs",    /* verbs of extension before "by": "extending", "increasing" */
    "extension-pronouns", /* pronouns that stand for what an extension extends: "extending it by" */
    "extension-measures", /* subject heads of a level that its modifier names: "Network length now 14.2 km" */
    "increment-verbs",    /* verbs whose object is an increment: "laid 6.8 km", "added 120 beds" */
    "level-markers",      /* words before a new level: "now 14.2 km", "bringing the network to 14.2 km" */
    "relative-whole-nouns", /* whole nouns only after a relative clause on the whole: "30 per cent of the team" */
    "whole-demonstratives", /* words that point the "of" phrase of a share back to a whole before: "of that cost" */
    "stock-change-verbs",   /* verbs whose object changes a stock: "has gained 200, or 25 per cent" is no part */
    "change-since-words",   /* words after a share that give a change's base: "or 25 per cent, since 2020" */
    "change-amount-preps",  /* prepositions of a change's size: "cut their time by two minutes, or 20 per cent" */
    "figure-anaphors",      /* a sentence's first words that point back to a figure: "That was 25% of", "The figure" */
    "part-restatements", /* words before a share's part stated again: "27% of the 1,248,600 trips, equal to 337,000" */
    "change-bases",      /* words after a change's noun that name its base: "a 35% increase on last year's £1.5m" */
    "modality-noun-senses", /* modality words that as nouns name things: "hardship projects received £68,000" */
    "capacity-words",       /* words a venue's capacity is joined to before its noun: "the 42,000-capacity stadium" */
    "capacity-fills",       /* words after a percentage of a venue's capacity: "85% full", "at 94% capacity" */
    "crowd-nouns",          /* nouns of a venue's whole crowd: "a crowd of 38,614", "38,614 spectators watched" */
    "attendance-verbs",     /* verbs whose subject or object is the crowd: "drew 38,614", "38,614 fans watched" */
    "change-levels",        /* words between a change's percentage and its new level: "up 4.2% at 318 pence, from" */
    "change-modifiers",     /* words between an apposed change's article and its word: "a sharp rise of 14 per cent" */
    "change-base-nouns",    /* a noun before "of" whose figure is a change's base: "from Monday's close of 233p" */
    "apposed-decreases",    /* nouns of a fall only as a change's apposition: "..., a loss of 25 per cent" */
    "difference-nouns",     /* nouns of a difference of no direction: "..., a gap of 0.8 percentage points" */
    "bare-points",          /* a unit of points that may be a score's as well as percentages': "a gap of 9 points" */
    "remainder-nouns",      /* the noun that names a remainder before its amount: "leaving a shortfall of £0.8m" */
    "remainder-states",     /* words after a part of a whole that make it what is left: "£36m of the cost remains" */
    "residual-words",       /* words of a breakdown's catch-all part: "1,210 left for other or unknown reasons" */
    "share-nouns",          /* nouns of a share set beside its part: "145 died, a mortality rate of 62 per cent" */
    "whole-nouns",          /* nouns of the whole a share is of: "30 were damaged, 75 per cent of the total" */
    "margin-nouns",         /* a percentage that is a margin: "a margin of 8.8%", "an 8.8% margin" */
    "ratio-links",          /* the word between a margin's two sums: "£21.7m on revenue of £318.4m" */
    "results-periods",      /* a period's label before the year of a results bracket: "(H1 2025: £84.0m)" */
    "reference-levels",     /* words opening a bracket's figure that is a normal: "Snowfall: 42 cm (average 57 cm)" */
    "average-words",        /* words before a rate that make it an average: "an average of 35 miles a night" */
    "per-item-words",       /* words after an average that name its item: "an average of £16 a basket" */
    "person-words",         /* pronouns and titles of persons: a figure of "his" or "Mrs ..." is no document topic */
    "report-nouns",         /* what reports a figure, not its subject: "a board paper put the number at ..." */
    "price-prepositions",   /* what a price or fee is paid for: "£15m for Ana Ruiz", "the signing of Ana Ruiz" */
    "measure-nouns",        /* nouns whose "of" phrase names what a bare number counts: "the number of patients" */
    "aggregate-nouns",      /* singular nouns of a count a level verb states: "membership stood at 2,460" */
    "as-of-words", /* words of the time a figure was given as of within its day or report: "morning", "later" */
    "relative-comparatives", /* after a relative time, a comparison of two times: "a year later than planned" */
    "deadline-words",        /* words before the day a count is told up to: "by Friday morning", "as of 15 May" */
    "deadline-day-parts",    /* times of day after such a day, or in it: "by Friday morning", "by this evening" */
    "similar-dimensions",    /* units whose figures no attribute keys are compared by their clauses' words */
    "similar-measures",      /* units of measures no noun counts, compared by the noun they measure and their clauses */
    "similar-part-measures", /* of those, units of a part of a whole: its "of" names the whole, not what it measures */
    "similar-stopwords",     /* words that say nothing of what such a figure measures: "the", "said", "about" */
    "similar-ordinals",      /* words that tell one of a series ("first", "last"): a clock time's clause names them */
    "similar-state-acts",    /* acts of a state, no verb a clause must repeat: a keyed "There are 86 boats" (present) */
    "whole-markers",         /* words before a count that make it its owner's whole complement: "all 24 crew of" */
    "name-joiners",          /* words that join capitalised words into one name: "Halvard & Rime" */
    "event-referents",       /* words before an event noun that refer back to the story's event: "the accident" */
    "subset-markers",        /* modifiers that make a count a part of the whole it names: "the 11 delegated orders" */
    "subset-openers",        /* words right before a count only that make it the rest of a whole: "the last 40" */
    "underway-place-dims",   /* dimensions of a place a work under way goes on in: "along a 3-mile stretch" */
    "underway-work-verbs",   /* -ing verbs of a work done on a place: "is laying lining along a 400-metre stretch" */
    "remaining-adverbs",     /* adverbs of a count's verb group that make it what remains: "300 are still stuck" */
    "holder-states",         /* state classes whose length is its holder's, the clause's named subject: "ban" */
    "member-words",          /* words that tell apart things of one kind a story has several of: "male calf" */
    "belief-verbs",          /* verbs whose subject believes a figure its object clause states: "understands" */
    "unimposed-terms", /* words before a holder state's span that make it no term imposed: "escapes a four-year ban" */
    "other-occurrences",       /* modifiers before an event's premodifying span: another occurrence of its class */
    "antecedent-host-preps",   /* prepositions a relative clause's antecedent climbs through to its host noun */
    "first-person-subjects",   /* a writer's "we", "our": the document's own organisation outside quotation */
    "own-collectives",         /* an organisation's people as a whole after "our": "Our crews won" */
    "place-fronts",            /* a place phrase opening a clause before "we": "At our Leeds shop we welcomed" */
    "qualifying-prepositions", /* prepositions after a definite count's noun that make it another group unless the
                                * figure it would restate names the same: "the 36 staff with latent TB" */
    "observing-verbs",     /* verbs by which an observer reports a measure it took: "the Met service recorded a gust" */
    "holder-nouns",        /* a noun of a thing that holds a complement, which no kind table lists, before "'s": "zoo"
                            * ("the zoo's ten elephants": the zoo's whole stock of them) */
    "site-heads",          /* last words of a building's or site's name: "Centre" ("Edderby Leisure Centre") */
    "wider-scopes",        /* modifiers of a subject that make it the whole country: "the national unemployment rate" */
    "subgroup-modifiers",  /* a trigger's modifiers that name a group of the population: "youth unemployment" */
    "part-scopes",         /* title words that make a document a report on a part of a country: "Varnholt region" */
    "open-measure-dims",   /* dimensions of measures an open predicate keys: "spent seven minutes inside" */
    "evaluative-articles", /* an article before an evaluative adjective and a figure: "soared a jaw-dropping 852ft" */
    "motion-verbs",        /* verbs whose length is the distance travelled: "soared 852ft", "ran 80 metres" */
    "motion-dims",         /* the dimensions a motion verb measures as distance travelled: "length" */
    "motion-family",       /* the family of a named mover's distance: "distance-travelled" */
    "motion-act",          /* the act of another mover's: "travel" ("travel:balloon") */
    "open-measure-preps",  /* prepositions between such a verb and its measure: "burned for 1,342 seconds" */
    "appraised-object-preps", /* after the object a value or cost is of: "valued the hoard at £460,000" */
    "retrospective-adverbs",  /* after a modal, a narrator's future in the past: "would eventually report" */
    "retrospective-modals",   /* the past-tense modals of that future: "would", "was going to" */
    "confirming-verbs",       /* a count confirmed beside one reported: "tests confirmed illness in only 40" */
    "complement-verbs",       /* verbs whose passive needs its complement: "declared unfit", "deemed unsafe" */
    "transitive-linking", /* linking verbs that, with a counted object, are that object's predicate: "took 4,300 calls"
                           */
    "describing-participles", /* lemmas whose bare participle after a counted noun describes the figure:
                               * "2,400 entries ranging from ..." */
    "light-object-verbs",     /* verbs whose bare plural object is their subject's predicate: "took stands" */
    "level-verbs",            /* verbs (with the word before the figure) that state the level their subject came to:
                               * "numbered 312", "rose to 1,690" */
    "term-nouns",             /* nouns of a court's terms heading a subject: "terms" ("Total prison terms came to") */
    "term-total-modifiers",   /* their modifiers that make them the terms together: "total", "combined" */
    "month-range-links",      /* words between two months that make one span of them: "April to June 2026" */
    "future-auxiliaries",     /* auxiliaries of the future: a bare month in their clause is the next of its name */
    "correction-label-words", /* words that open a correction label before a bracketed stamp: "Correction (19:10):" */
    "correcting-verbs",       /* verbs of a correction whose figure after "to" is the right one: "revised the
                               * snowfall to 74cm" */
    "age-words",              /* what follows a number that is a person's age: "-year-old", " years old" */
    "age-prefixes",           /* what precedes one: "aged" ("Ana Ruiz, aged 19") */
    "age-past",               /* words before an age of another time: "then" ("the then-15-year-old") */
    "age-person-nouns",       /* nouns of a person no other list has, that an age describes: "striker" */
    "thing-age-relatives",    /* a relative pair before a thing's age: "which is" ("The pier, which is 96") */
    "age-fronts",             /* a preposition opening a sentence before a bare age: "At 44, Oyelaran has ..." */
    "age-front-relatives",    /* a relative pronoun before a fronted age: "Pritchard, who at 36 becomes ..." */
    "age-front-verbs", /* copulas after such an age, a person noun after: "who at 36 becomes the youngest conductor" */
    "age-front-adverbs",      /* adverbs before any verb after it: "who at 38 still plays" */
    "age-front-partitives",   /* before the phrase after such a copula: "is one of the youngest players" */
    "age-death-verbs",        /* a death verb whose subject an age's person is: "Ann Roe, 43, died" (join/ages.c) */
    "age-death-passives",     /* ... passive: "was killed" */
    "age-death-states",       /* after its verb: "was found dead" */
    "age-death-nouns",        /* in apposition: "Ann Roe, 43, one of the victims" */
    "story-roles",            /* roles a story has one person in: "driver" (the age of "the driver, 54,") */
    "story-role-determiners", /* definite determiners before such a role: "the", "its" ("Its driver, 54,") */
    "story-role-sharers",     /* words before it that make it one of several: "another" ("another caretaker") */
    "naming-verbs",   /* verbs giving a role noun with an age its name: "named" ("The pilot, 52, was named as") */
    "naming-links",   /* the word right before the name they give: "as" */
    "person-nouns",   /* common nouns of a person ("woman", "daughter"): a sentence with one has a second person */
    "age-relatives",  /* two words of a relative clause before an age of the present: "who is" ("Ana, who is 19,") */
    "age-copulas",    /* a present copula between a name opening its sentence and an age: "Ingrid Solvang is 34," */
    "parent-nouns",   /* nouns of a parent before "of" and a count of children: "mother" ("a mother of 12") */
    "child-nouns",    /* nouns a count of a person's children counts: "children" ("her 12 children") */
    "parent-copulas", /* a copula between a name opening its sentence and a parent noun: "was" ("Ana was the mother of")
                       */
    "parent-possessives",    /* possessives before a count of children whose parent is the clause subject: "her" */
    "parent-verbs",          /* verbs before one: "has" ("Ana Ruiz has three children") */
    "hit-verbs",             /* verbs whose count of times is how often a person was hit: "shot" ("shot 11 times") */
    "hit-times",             /* the word of that count: "times" */
    "hit-items",             /* what hits a person, counted: "bullets" ("hit by seven bullets") */
    "hit-item-verbs",        /* verbs by which they hit: "hit", "entered" ("seven bullets entered his body") */
    "hit-by",                /* the word joining them to a passive one: "by" */
    "per-unit-words",        /* a word before the noun a figure is for each of: "per" ("1,600 crowns per visitor") */
    "per-unit-not",          /* a word after one that makes no unit: "cent", "annum" */
    "per-unit-after",        /* such a word right after a figure only: "a" ("15 pence a share") */
    "distal-determiners",    /* "that", "those": "That fire ... burned" after a sentence of an earlier year */
    "partitive-quantifiers", /* "most", "half": "a third of its 2,340 workers" is the whole of a partitive */
    "each-words",            /* right after a sum, a sum for each one: "each" ("a payment of £400 each") */
    "rate-nouns",            /* nouns of money a rate word before them makes a rate: "hourly rate", "weekly pay" */
    "open-suffixes",         /* after a figure and a hyphen, its least value: "plus" ("2,000-plus fans") */
    "scale-long-heads",      /* nouns after "3m-long" that make the m millions: "queue", "waiting list" */
    "topic-prepositions",    /* "over" as a preposition of topic before money: "jailed over £2.37m fraud" */
    "topic-heads",           /* the words before it that make it one: "jailed", "row", "years" */
    "time-clause-openers",   /* words opening a clause that tells what happened at its parent's time: "as" */
    "clock-countdowns",      /* words after a clock figure that make it a game clock's: "to go" ("with 7:41 to go") */
    "sequence-openers",      /* words opening a clause or phrase of an event before or after the act: "after" */
    "sequence-times",        /* a time, no event, after a sequence opener: "midnight" */
    "unnamed-openers",       /* opens a sentence whose subject is a thing of a kind with no name: "Another" */
    "other-event-words",     /* before an event noun, another event than the story's: "another robbery" */
    "bare-thing-events",     /* thing_event_verbs classes told only by a bare thing: "alarm" */
    "bare-thing-words",      /* the words that may stand before such a thing: "the" ("the alarm sounded") */
    "later-words",           /* a word that tells a later time in a coordinated predicate ("and sank hours later") */
    "standfirst-cues",       /* words of a publication's standfirst line: "Words by", "issue", "edition" */
    "look-back-words",       /* a heading's words of a look back at its event: "A year on from the mill fire" */
    "date-back-words",       /* before a month, a time relative to the document's: "last March", "next June" */
    "season-words",          /* a season, a part of a year of no month: "in the autumn" */
    "anniversary-nominals",  /* "noun=verb": a noun that names again the act the verb a year's phrase hangs on tells,
                              * as the thing of an anniversary ("gift=given": "given ... in 1978 ... the 50th
                              * anniversary of the gift" counts from 1978; check/numcheck.c nominal_year); a verb of
                              * another common sense is none ("left", "won", "found") */
    "same-act-verbs",        /* "lemma=act": a verb's lemma and the act it tells, as another report words it
                              * ("release=publish": a clock time's act, join/numeric.c same_act) */
    "size-words",          /* a word joining a count to the collective it sizes: "strong" ("the 12,000-strong crowd") */
    "crowd-verbs",         /* a verb (with the words after it) whose subject count says they were there, and the class
                            * it gives: "fill=present", "be on their feet=present" */
    "site-acts",           /* "site class kind=family": an act done to people where a site is named ("hospital hire
                            * person=hospitalisations") */
    "item-acts",           /* "kind class=class": an act class that, done to a kind, is another ("flight cut=cancel") */
    "item-families",       /* "kind class=family": an act done to a kind that is a metric family's count ("home
                            * clear=evacuations") */
    "holder-fronts",       /* a preposition opening a sentence whose phrase, a count and its noun up to a comma,
                            * is what the main clause's subject holds: "with" ("With 448 member businesses, the
                            * Chamber has never been larger": a stock) */
    "base-verbs",          /* a verb's lemma whose "from" phrase of a count names the places its subject works from,
                            * its stock of them, in a habitual reading: "cover" ("covers the county from 38 fire
                            * stations"); no verb of an act done once ("respond", "work") */
    "base-points",         /* a time point after a past base verb's "from" count that makes it a stock as at that
                            * time: "at the end of" ("traded from 142 stores at the end of the period") */
    "holder-verbs",        /* a verb's lemma of a holding or a state that a "holder-fronts" phrase's main clause must
                            * have: "be", "have" ("With 1,200 beds, the hospital is ..."), not an act ("worked") */
    "capacity-verbs",      /* a verb's lemma that after "will" tells what a thing can hold or a figure will pass, no
                            * act: "hold" ("will hold 14,000 fans"), "exceed"; kept out of the open predicates of a
                            * future */
    "open-question-words", /* a word opening a future's clause (the parse's opener) that makes it what may happen:
                            * "whether" ("asked whether the seven staff will be offered jobs") */
    "future-scope-preps",  /* a preposition of time or place whose phrase, hosted by a future's verb, makes its count
                            * a phase's or a place's share: "in" ("will be released in the first week") */
    "future-rest-nouns",   /* a noun heading a phrase of a future's sentence that splits its count: "rest" ("and the
                            * rest in June") */
    "patient-act-withdrawals", /* a particle right after such a verb, with no object: the subject withdrew ("pulled
                                  out of the race") */
    "patient-acts",            /* an act class done to what a count counts, never by it: "rescue" ("Two lifeboats
                                * rescued 12 people", "Twelve riders pulled out of the race": the count in the active
                                * subject did it, no one was rescued) */
    "relative-governors",      /* a verb's lemma that says nothing of what its object counts, so a relative clause after
                                * the counted noun does: "mean" ("means the 3,800 people who still live there") */
    "scope-acts",         /* a verb's lemma or act class that says only that its object falls within what its subject
                           * (a passive's agent) names: "cover" ("The evacuation covered 850 people": evacuations) */
    "supply-nouns",       /* a supply cut off from or restored to what a figure after "to" counts: "power" ("cut power
                           * to 18,000 homes") */
    "act-noun-patients",  /* "noun preposition": a noun of an act and the preposition after which a figure counts what
                           * the act was done to: "damage to" ("recorded damage to 146 properties") */
    "contrasted-members", /* "noun=contrast": an item class member not folded where its contrast is named
                           * ("departure=arrival") */
    "restated-nouns",     /* "noun=class": nouns a definite phrase may restate a figure by ("laptop=computer") */
    "noun-plurals",       /* "ending=replacement": a plural noun's ending and its singular's ("ies=y", "s=") */
    "noun-singulars",     /* endings of singular nouns that end in "s" ("ss", "us"): no plural rule applies */
    "noun-irregulars",    /* "plural=singular" of whole words no ending rule gives ("calves=calf") */
    "unit-readings",      /* a currency name that a cue word makes a unit: "pounds=lb" after "weighing" */
    "weight-cues",        /* words before a figure that make an ambiguous currency name a weight: "weighing" */
    "height-units",       /* units of a person's height before a weight: "foot" ("5-foot-8, 135 pounds") */
    "height-tail-units",  /* height units that count only after a larger one: "in" ("5ft 10in", never "3 in 2019") */
    "height-frames",      /* words right before a person's height in a description: "is", "as", "a" */
    "height-links",       /* words that may join a height to the weight after it: "tall", "about" */
    "level-words",  /* "word=canonical": a placed level's words written two ways ("mean=average", "daily=24-hour") */
    "share-scopes", /* "phrase=canonical": how often or over which window a share of a population does something
                     * ("every day=daily", "in the last 30 days=past month") */
    "share-wholes", /* the word after an act that names the population it is measured among: "among" */
    "share-populations", /* nouns of the people a survey measures a share of, besides kinds of person: "respondents" */
    "share-measures",    /* "population verb words=family": a share whose part does that is the family's figure
                          * ("voter turn out=turnout": "38 per cent of voters turned out") */
    "share-counts",      /* "word=count": how many a share measure's object counts ("both=2": "both doses") */
    "share-age-anchors", /* "word=after|before": where the age of a share measure stands ("age=after": "by age
                          * five"; "birthday=before": "by their fifth birthday") */
    "unit-adjective-tails", /* words a unit joins by a hyphen that keep it the unit: "a 19 year-old" */
    "written-media",        /* words that say a remark was written: "wrote", "in a letter", "in a statement" */
    "spoken-media",         /* words that say a remark was spoken: "in an interview", "told reporters", "on the show" */
    "broadcast-leads",      /* the word after a speech verb before a broadcaster or programme: "said on Channel 4" */
    "table-captions", /* the word that opens a table's caption line: "Table" ("Table 1: Assets by type, £ billion") */
    "table-totals",   /* a row label's first or last word that makes the row the whole: "All", "Total" */
    "table-subrows",  /* a row label's opening that makes the row a part of the row above: "of which" */
    "label-tails",    /* a word that ends a label after its measure, the figure's modality: "forecast" */
    "label-class-ranges",    /* a plural class noun opening a label's bracket of a range: "(categories 1-3)" */
    "label-period-words",    /* words of a label's bracketed period besides times: "(end of February)" */
    "label-month-leads",     /* the only words before a month that is a label's bracket: "(end of February)" */
    "label-act-nouns",       /* a label's noun that names an act, "noun=participle": "generation=generated" */
    "table-breakdowns",      /* a word that ends a caption's head, the measure its rows break down: "by" */
    "table-row-places",      /* a preposition before a row's label in the text: the figure is that row's ("at", "on") */
    "table-nonadditive",     /* header or caption words of figures that do not add up to the total row: "average" */
    "table-changes",         /* a column header that makes its figures changes, not levels: "Change", "Difference" */
    "table-unit-qualifiers", /* words after a table's unit in its bracket, left out: "(£m unless stated)" */
    "habitual-frequencies",  /* words after an event verb that tell a repeat or a habit: "capsized twice" */
    "multiplier-links",      /* a word after one of those that makes it a multiplier: "twice as many" */
    /* a story's milestones (rules/time.json, extract/claim_times.c story_milestone) */
    "milestone-decision-verbs",    /* past verbs that announce or hear a decision: "announced", "heard" */
    "milestone-decision-nouns",    /* a decision's nouns: "verdict", "ruling" */
    "milestone-found-verbs",       /* verbs of a missing person found: "found", "located" */
    "milestone-persons",           /* pronouns of a person found: "he", "her" */
    "milestone-person-nouns",      /* nouns of a person found: "boy", "walker" */
    "milestone-found-not",         /* words after "found" that make it no end of a search: "dead" */
    "milestone-result-verbs",      /* past verbs that publish a story's results: "published", "declared" */
    "milestone-result-nouns",      /* the nouns of its results: "results", "figures", "winners" */
    "milestone-discovery-verbs",   /* past verbs of a story's thing first seen: "spotted", "discovered" */
    "milestone-discovery-first",   /* such verbs only with a first: "seen", "reported" ("were first seen") */
    "milestone-discovery-firsts",  /* the words of a first: "first", "initial" */
    "milestone-discovery-not",     /* words of another sighting: "second", "another", "again" */
    "milestone-discovery-persons", /* plural nouns of people seen, never the story's thing: "crews", "staff" */
    "milestone-report-nouns",      /* nouns of a first report after a first: "call", "sighting" ("the first call") */
    "act-stock-preps",             /* words before a stock the acts bring it to: "to 186 restaurants" (grammar.json) */
    "free-relatives",     /* a word that opens a clause standing as a noun phrase: "what" ("across what was open
                           * fen"); an axis word that is a preposition before one is the preposition */
    "agent-prepositions", /* the word before a participle's doer: "by" ("an exam sat by 286,400 pupils") */
    "own-noun-labels", /* a label's only words for its figure to count the noun after it by that noun alone: "Total" */
    "whole-words",     /* in a figure's clause, it is a whole: "overall", "altogether" ("in total": after "in") */
    "whole-after-in",  /* after "in" at a clause's end, a whole: "total", "all" ("It employs 1,150 in total") */
    "part-nouns",      /* a subject that is a part or unit of a thing: "office", "branch", "plant" */
    "day-bound-words", /* right before a day, a bound, no event's day: "until" ("bailed until April 16") */
    "rate-span-prepositions", /* between "every day" and a sum, a span it covers: "since", "for" */
    /* the word roles (fl_role, rules/grammar.json): FL_ROLE_FIRST on, in fl_role's order */
    "articles",                 /* articles skipped before a name or noun: "the", "a" */
    "indefinite-articles",      /* before a fraction ("a third") or a weekday ("on a Tuesday": no day) */
    "direction-to",             /* the preposition of a change's end or a flow's destination: "to" */
    "direction-from",           /* the preposition of a change's start or a flow's source: "from" */
    "party-to",                 /* prepositions before the receiving party of a flow: "to", "into" */
    "party-on",                 /* prepositions before the party a measure targets: "on", "against" */
    "party-of",                 /* prepositions before the party a figure belongs to: "in", "of", "for" */
    "non-subject-prepositions", /* prepositions that make the name after them no subject: "to", "with" */
    "comparison-bases",         /* prepositions before the period a figure is compared with: "than", "versus" */
    "range-between",            /* the word that opens a range or a pair: "between" */
    "range-and",                /* the word that joins a range's ends or a list's numbers: "and" */
    "deadline-by",              /* a one-word modality phrase that is a deadline, not a target: "by" */
    "deadline-prepositions",    /* prepositions before a year that make it a target date: "by", "until" */
    "time-since",               /* the preposition before a year that starts a period: "since" */
    "limit-up",                 /* the word before "to" that makes it a limit, not a base: "up" */
    "change-links",             /* words between a word of change and its size: "rose by", "an increase of" */
    "part-of",                  /* the preposition of a part or of what a figure counts: "of" */
    "share-in",                 /* the word of a ratio "one in five" */
    "share-out",                /* the first word of a ratio "four out of five" */
    "share-every",              /* a word between a ratio's "in" and its second number: "one in every five" */
    "rate-per",                 /* the word of a rate after a sum: "per" */
    "period-offsets",           /* words after a period that make it an offset, not a quantity: "ago", "later" */
    "alternatives",             /* the word that joins two alternative figures: "or" */
    "source-lead",              /* the first word of "according to": never a speech verb */
    "source-lead-link",         /* the second word of "according to" */
    "appositive-stops",         /* prepositions that end the description in an appositive: "an economist at ..." */
    "clause-coordinators",      /* words that may stand before a speaker's description: "and", "but" */
    "complementizers",          /* the word that opens reported speech: "said that" */
    "report-adverbs",           /* adverbs that may stand between a speaker and the verb: "also" */
    "adverb-suffixes",          /* endings of adverbs (in a word longer than three letters): "-ly" */
    "negation-suffixes",        /* endings that negate a word: "n't" */
    "hedged-sources",           /* openings of a source that report without vouching: "according to" */
    "non-party-types",          /* entity types (rules/entities.json) whose names are never a party: "media" */
    "count-dimensions",         /* unit dimensions (rules/units.json) that count things: "people", "vehicles" */
    "time-relatives",           /* the relative that opens a clause of what happened at a time: "on March 3, when" */
    "period-determiners",       /* words before a fraction word that make it a period: "the same quarter of 2025" */
    NULL,
};

const char *const fl_pattern_categories[] = {
    "vague-source",
    "anonymous-source",
    "source-placeholder",
    NULL,
};

enum { NLEX = sizeof(fl_lexicon_names) / sizeof(fl_lexicon_names[0]) - 1 };
enum { NPAT = sizeof(fl_pattern_categories) / sizeof(fl_pattern_categories[0]) - 1 };

struct fl_lexicon {
    char **items;
    size_t len, cap;
    fl_map exact, folded;  /* item -> index */
    size_t *lens;          /* the items' lengths */
    uint8_t *bloom;        /* a bit per (masked) fl_map_hash of an item: most words are in no lexicon, and this
                            * says so without a probe of the maps */
    size_t nbloom;         /* bits, a power of two */
    size_t *by_first;      /* item indices grouped by their first byte in lower case */
    size_t first_off[257]; /* the group of byte b: by_first[first_off[b], first_off[b + 1]) */
};

typedef struct {
    char *id, *regex, *message;
    char *pack; /* the pack file it came from, for messages */
    int case_sensitive;
    char **examples[2];
    size_t nexamples[2];
} pat_entry;

/* A set's entries are compiled into as few alternations as PCRE2's size limit allows (usually one). When the
 * entries allow a prefilter, the chunk is compiled a second time anchored, to be run only where the prefilter
 * says some entry could begin. */
typedef struct {
    pcre2_code *code;
    pcre2_code *anchored; /* NULL without a prefilter */
    fl_prefilter *filter;
    size_t first, last; /* its entries [first, last) */
} pat_chunk;

struct fl_patterns {
    pat_entry *entries;
    size_t len, cap;
    pat_chunk *chunks;
    size_t nchunks;
};

struct fl_rules {
    fl_lexicon lex[NLEX];
    fl_map lex_index; /* a lexicon's name -> its index in lex: the extractors look lexicons up per figure */
    fl_patterns pat[NPAT];
    fl_knowledge know;
    size_t npacks;
    size_t max;        /* the limit on a pack file's size (0: the default) */
    fl_syntax *syntax; /* the tagger and chunker of the first directory that has one (syntax/), or NULL */
};

struct fl_matcher {
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *stack;
    size_t limit_hits;
    size_t scan_hits; /* limit hits in the current scan (one document): the budget */
    /* where the current scan spent its budget: the set, its chunk and the position of the last limit hit */
    const fl_patterns *spent;
    const pat_chunk *spent_chunk;
    size_t spent_at;
};

static int find_name(const char *const *names, const char *name)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

const fl_lexicon *fl_rules_lexicon(const fl_rules *r, const char *name)
{
    int i = fl_map_get(&r->lex_index, name, strlen(name));
    assert(i >= 0);
    return &r->lex[i];
}

/* A new rule set, empty, with its index of lexicon names. */
static fl_rules *rules_new(void)
{
    fl_rules *r = fl_xcalloc(1, sizeof(fl_rules));
    fl_knowledge_init(&r->know);
    fl_map_init(&r->lex_index, 0);
    for (int i = 0; fl_lexicon_names[i]; i++)
        fl_map_put(&r->lex_index, fl_lexicon_names[i], strlen(fl_lexicon_names[i]), i);
    return r;
}

static size_t bloom_bit(const fl_lexicon *lex, uint32_t h)
{
    return (size_t)(h * 0x85EBCA6Bu >> 5) & (lex->nbloom - 1);
}

static int bloom_maybe(const fl_lexicon *lex, uint32_t h)
{
    size_t b = bloom_bit(lex, h);
    return (lex->bloom[b >> 3] >> (b & 7)) & 1;
}

int fl_lexicon_has(const fl_lexicon *lex, const char *s, size_t n, int fold)
{
    uint32_t h = fl_map_hash(s, n);
    return bloom_maybe(lex, h) && fl_map_get_hashed(fold ? &lex->folded : &lex->exact, s, n, h) >= 0;
}

int fl_lexicon_has_token(const fl_lexicon *lex, const char *text, const fl_token *t, int fold)
{
    uint32_t h = fl_token_hash(text, t);
    return bloom_maybe(lex, h) &&
           fl_map_get_hashed(fold ? &lex->folded : &lex->exact, text + t->start, t->end - t->start, h) >= 0;
}

size_t fl_lexicon_starting(const fl_lexicon *lex, unsigned char first, const size_t **items)
{
    *items = lex->by_first + lex->first_off[first];
    return lex->first_off[first + 1] - lex->first_off[first];
}

size_t fl_lexicon_words_at(const fl_lexicon *lex, const char *text, const fl_token *t, size_t b, size_t i)
{
    const size_t *items;
    size_t m = fl_lexicon_starting(lex, (unsigned char)fl_ascii_lower((unsigned char)text[t[i].start]), &items);
    for (size_t x = 0; x < m; x++) {
        const char *e = fl_lexicon_item(lex, items[x]);
        size_t len = fl_lexicon_item_len(lex, items[x]), o = 0, j = i;
        while (j < b && t[j].kind == FL_TOK_WORD) {
            size_t w = t[j].end - t[j].start;
            if (o + w > len || !fl_ascii_ieq(e + o, text + t[j].start, w) || (o + w < len && e[o + w] != ' '))
                break;
            o += w + 1, j++;
            if (o > len)
                return j - i;
        }
    }
    return 0;
}

size_t fl_lexicon_size(const fl_lexicon *lex)
{
    return lex->len;
}

size_t fl_lexicon_item_len(const fl_lexicon *lex, size_t i)
{
    return i < lex->len ? lex->lens[i] : 0;
}

const char *fl_lexicon_item(const fl_lexicon *lex, size_t i)
{
    return i < lex->len ? lex->items[i] : NULL;
}

/* fl_lexicon_names lists the word roles last, in fl_role's order */
enum { ROLE_FIRST = NLEX - FL_ROLE_COUNT };

const fl_lexicon *fl_rules_role(const fl_rules *r, fl_role role)
{
    assert(role >= 0 && role < FL_ROLE_COUNT && strcmp(fl_lexicon_names[ROLE_FIRST], "articles") == 0);
    return &r->lex[ROLE_FIRST + role];
}

int fl_role_at(const fl_rules *r, fl_role role, const char *text, const fl_token *t, size_t n, size_t i)
{
    return i < n && fl_lexicon_has_token(&r->lex[ROLE_FIRST + role], text, &t[i], 1);
}

int fl_lexicon_suffix(const fl_lexicon *lex, const char *s, size_t n)
{
    for (size_t i = 0; i < lex->len; i++)
        if (n > lex->lens[i] && memcmp(s + n - lex->lens[i], lex->items[i], lex->lens[i]) == 0)
            return 1;
    return 0;
}

int fl_lexicon_prefix(const fl_lexicon *lex, const char *s, size_t n)
{
    for (size_t i = 0; i < lex->len; i++)
        if (n >= lex->lens[i] && fl_ascii_ieq(s, lex->items[i], lex->lens[i]))
            return 1;
    return 0;
}

const fl_patterns *fl_rules_patterns(const fl_rules *r, const char *category)
{
    int i = find_name(fl_pattern_categories, category);
    assert(i >= 0);
    return &r->pat[i];
}

size_t fl_patterns_size(const fl_patterns *p)
{
    return p->len;
}

const char *fl_patterns_id(const fl_patterns *p, size_t entry)
{
    return entry < p->len ? p->entries[entry].id : NULL;
}

const char *fl_patterns_message(const fl_patterns *p, size_t entry)
{
    return entry < p->len ? p->entries[entry].message : NULL;
}

const char *fl_patterns_example(const fl_patterns *p, size_t entry, int kind, size_t i)
{
    if (entry >= p->len || kind < 0 || kind > 1 || i >= p->entries[entry].nexamples[kind])
        return NULL;
    return p->entries[entry].examples[kind][i];
}

const fl_syntax *fl_rules_syntax(const fl_rules *r)
{
    return r->syntax;
}

const fl_knowledge *fl_rules_knowledge(const fl_rules *r)
{
    return &r->know;
}

size_t fl_rules_npacks(const fl_rules *r)
{
    return r->npacks;
}

/* ---- loading ---- */

static int load_strings(cJSON *arr, char ***out, size_t *n, size_t *cap, fl_buf *err, const char *file,
                        const char *what)
{
    if (!cJSON_IsArray(arr))
        return fl_fail(err, file, "%s must be an array of strings", what);
    cJSON *it;
    cJSON_ArrayForEach (it, arr) {
        if (!cJSON_IsString(it) || !it->valuestring[0])
            return fl_fail(err, file, "%s must hold non-empty strings", what);
        FL_GROW(*out, *cap, *n + 1);
        (*out)[(*n)++] = fl_xstrdup(it->valuestring);
    }
    return 0;
}

/* Compiles with the options every pack regex gets: UTF, multi-line anchors, and CR, LF or CRLF as line
 * ends (documents may use any). Not UCP: \b, \w and \s are ASCII, which is a quarter faster; the masked
 * text has Unicode spaces turned into ASCII ones, and caseless matching still folds non-ASCII letters. */
static pcre2_code *compile_regex(const char *src, size_t len, uint32_t extra, int *code, PCRE2_SIZE *off)
{
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) {
        fl_oom();
    }
    pcre2_set_newline(cc, PCRE2_NEWLINE_ANYCRLF);
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, len, PCRE2_UTF | PCRE2_MULTILINE | extra, code, off, cc);
    pcre2_compile_context_free(cc);
    return re;
}

/* The admission check of a pack regex. The patterns of a set run combined in one alternation, so a
 * construct that reaches beyond its own entry, or splits characters, is refused before it is compiled:
 * backtracking verbs and start-of-pattern options ("(*COMMIT)", "(*CR)", "(*UTF)", "(*LIMIT_MATCH=1)": a
 * verb decides for the whole alternation), recursion and subroutine calls ("(?R)", "(?1)", "(?&n)",
 * "(?P>n)", "\g<1>": group numbers are the alternation's), callouts "(?C)", and "\C" (one byte, which can
 * split a UTF-8 character). Returns what is wrong, or NULL. */
static const char *regex_admission(const char *re)
{
    for (size_t i = 0; re[i];) {
        char c = re[i];
        if (c == '\\') {
            char e = re[i + 1];
            if (e == 'C')
                return "\\C (one byte) may split a UTF-8 character";
            if (e == 'g' && (re[i + 2] == '<' || re[i + 2] == '\''))
                return "subroutine calls (\\g<...>) are not allowed";
            if (e == 'Q') { /* literal text up to \E */
                const char *q = strstr(re + i + 2, "\\E");
                if (!q)
                    return NULL;
                i = (size_t)(q - re) + 2;
                continue;
            }
            i += e ? 2 : 1;
            continue;
        }
        if (c == '[') { /* a class: nothing in it is a group or a verb */
            size_t k = i + 1;
            if (re[k] == '^')
                k++;
            if (re[k] == ']')
                k++;
            while (re[k] && re[k] != ']') {
                if (re[k] == '\\' && re[k + 1])
                    k += 2;
                else if (re[k] == '[' && re[k + 1] == ':') {
                    const char *close = strstr(re + k + 2, ":]");
                    k = close ? (size_t)(close - re) + 2 : k + 1;
                } else
                    k++;
            }
            i = re[k] ? k + 1 : k;
            continue;
        }
        if (c == '(' && re[i + 1] == '*')
            return "backtracking verbs and start-of-pattern options such as (*COMMIT), (*SKIP), (*CR) and (*UTF) "
                   "are not allowed (the patterns of a set run as one)";
        if (c == '(' && re[i + 1] == '?') {
            char o = re[i + 2];
            if (o == 'R' || fl_is_ascii_digit((unsigned char)o) ||
                ((o == '+' || o == '-') && fl_is_ascii_digit((unsigned char)re[i + 3])) || o == '&' ||
                (o == 'P' && re[i + 3] == '>'))
                return "recursion and subroutine calls such as (?R) and (?1) are not allowed";
            if (o == 'C')
                return "callouts (?C) are not allowed";
        }
        i++;
    }
    return NULL;
}

static int check_regex(const char *regex, int case_sensitive, fl_buf *err, const char *file, const char *cat,
                       const char *id)
{
    const char *refused = regex_admission(regex);
    if (refused)
        return fl_fail(err, file, "pattern \"%s\" in \"%s\": %s", id, cat, refused);
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = compile_regex(regex, PCRE2_ZERO_TERMINATED, case_sensitive ? 0 : PCRE2_CASELESS, &code, &off);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        return fl_fail(err, file, "pattern \"%s\" in \"%s\": %s at offset %zu", id, cat, (char *)msg, (size_t)off);
    }
    uint32_t names = 0;
    pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &names);
    pcre2_code_free(re);
    if (names)
        return fl_fail(err, file, "pattern \"%s\" in \"%s\": named groups are not allowed (use (?:...))", id, cat);
    return 0;
}

static int load_pattern_entry(fl_patterns *ps, cJSON *e, fl_buf *err, const char *file, const char *cat)
{
    if (!cJSON_IsObject(e))
        return fl_fail(err, file, "entries of patterns.\"%s\" must be objects", cat);
    /* the entry joins the set first, so fl_rules_free releases it on every error path */
    FL_GROW(ps->entries, ps->cap, ps->len + 1);
    pat_entry *pe = &ps->entries[ps->len++];
    memset(pe, 0, sizeof(*pe));
    pe->pack = fl_xstrdup(file);
    cJSON *f;
    cJSON_ArrayForEach (f, e) {
        const char *k = f->string;
        if (strcmp(k, "id") == 0 || strcmp(k, "regex") == 0 || strcmp(k, "message") == 0) {
            if (!cJSON_IsString(f))
                return fl_fail(err, file, "patterns.\"%s\": \"%s\" must be a string", cat, k);
            char **dst = k[0] == 'i' ? &pe->id : k[0] == 'r' ? &pe->regex : &pe->message;
            free(*dst);
            *dst = fl_xstrdup(f->valuestring);
        } else if (strcmp(k, "case_sensitive") == 0) {
            if (!cJSON_IsBool(f))
                return fl_fail(err, file, "patterns.\"%s\": \"case_sensitive\" must be true or false", cat);
            pe->case_sensitive = cJSON_IsTrue(f);
        } else if (strcmp(k, "match") == 0 || strcmp(k, "no_match") == 0) {
            int kind = k[0] == 'm';
            size_t cap = 0;
            if (load_strings(f, &pe->examples[kind], &pe->nexamples[kind], &cap, err, file, k) < 0)
                return -1;
        } else
            return fl_fail(
                err, file,
                "patterns.\"%s\": unknown key \"%s\" (known: id, regex, case_sensitive, message, match, no_match)", cat,
                k);
    }
    if (!pe->regex)
        return fl_fail(err, file, "patterns.\"%s\": an entry has no \"regex\"", cat);
    if (!pe->id)
        pe->id = fl_xasprintf("%s#%zu", cat, ps->len);
    return check_regex(pe->regex, pe->case_sensitive, err, file, cat, pe->id);
}

/* Loads one pack from text[0, len), named file in messages. */
static int load_pack_text(fl_rules *r, const char *text, size_t len, const char *file, fl_buf *err)
{
    /* one value, nothing after it, no key given twice (a second "patterns" would be read silently) */
    cJSON *root = fl_json_load(text, len, file, "rule pack", err);
    if (!root)
        return -1;
    int rc = 0;
    if (!cJSON_IsObject(root))
        rc = fl_fail(err, file, "a rule pack must be a JSON object");
    cJSON *sec;
    for (sec = rc ? NULL : root->child; sec && rc == 0; sec = sec->next) {
        const char *k = sec->string;
        if (strcmp(k, "pack") == 0 || strcmp(k, "description") == 0) {
            if (!cJSON_IsString(sec))
                rc = fl_fail(err, file, "\"%s\" must be a string", k);
        } else if (strcmp(k, "lexicons") == 0) {
            if (!cJSON_IsObject(sec)) {
                rc = fl_fail(err, file, "\"lexicons\" must be an object of string arrays");
                break;
            }
            cJSON *lx;
            cJSON_ArrayForEach (lx, sec) {
                int i = find_name(fl_lexicon_names, lx->string);
                if (i < 0) {
                    rc = fl_fail(err, file, "unknown lexicon \"%s\"", lx->string);
                    break;
                }
                fl_lexicon *L = &r->lex[i];
                if ((rc = load_strings(lx, &L->items, &L->len, &L->cap, err, file, lx->string)) < 0)
                    break;
            }
        } else if (strcmp(k, "patterns") == 0) {
            if (!cJSON_IsObject(sec)) {
                rc = fl_fail(err, file, "\"patterns\" must be an object of pattern arrays");
                break;
            }
            cJSON *cat;
            cJSON_ArrayForEach (cat, sec) {
                int i = find_name(fl_pattern_categories, cat->string);
                if (i < 0) {
                    rc = fl_fail(err, file, "unknown pattern category \"%s\"", cat->string);
                    break;
                }
                if (!cJSON_IsArray(cat)) {
                    rc = fl_fail(err, file, "patterns.\"%s\" must be an array", cat->string);
                    break;
                }
                cJSON *e;
                cJSON_ArrayForEach (e, cat) {
                    if ((rc = load_pattern_entry(&r->pat[i], e, err, file, cat->string)) < 0)
                        break;
                }
                if (rc)
                    break;
            }
        } else {
            int handled = fl_knowledge_section(&r->know, k, sec, file, err);
            if (handled < 0)
                rc = -1;
            else if (handled == 0)
                rc = fl_fail(
                    err, file,
                    "unknown section \"%s\" (known: pack, description, lexicons, patterns, numbers, units, rates, "
                    "currencies, percent, entities, metrics, modalities, events, qualifiers, non_claims, "
                    "approx_tolerance, time, arithmetic, claim_model)",
                    k);
        }
    }
    cJSON_Delete(root);
    return rc;
}

static int load_pack(fl_rules *r, const char *file, fl_buf *err)
{
    fl_buf text = {0}, why = {0};
    fl_read_status st = fl_read_file(file, r->max, &text, &why);
    int rc;
    if (st == FL_READ_OK)
        rc = load_pack_text(r, fl_buf_cstr(&text), text.len, file, err);
    else if (st == FL_READ_ERRNO)
        rc = fl_fail(err, file, "cannot read rule pack: %s", fl_buf_cstr(&why));
    else
        rc = fl_fail(err, file, "%s", fl_buf_cstr(&why));
    fl_buf_free(&text);
    fl_buf_free(&why);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_dir(fl_rules *r, const char *dir, fl_buf *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        fl_buf_printf(err, "%s: cannot open rule-pack directory: %s", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
            continue;
        FL_GROW(names, cap, n + 1);
        names[n++] = fl_xstrdup(de->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(char *), cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            size_t dl = strlen(dir);
            char *path = fl_xasprintf("%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
            rc = load_pack(r, path, err);
            free(path);
            r->npacks++;
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* Compiles entries [a, b) as one alternation; when PCRE2 says it is too large, splits it in two. */
static int compile_chunk(fl_patterns *ps, size_t a, size_t b, const char *cat, fl_buf *err)
{
    fl_buf src = {0};
    fl_buf_puts(&src, "(?|");
    for (size_t i = a; i < b; i++) {
        fl_buf_printf(&src, "%s(?%s:%s)(*MARK:%zu)", i > a ? "|" : "", ps->entries[i].case_sensitive ? "-i" : "i",
                      ps->entries[i].regex, i);
    }
    fl_buf_puts(&src, ")");
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = compile_regex(fl_buf_cstr(&src), src.len, 0, &code, &off);
    if (!re && code == PCRE2_ERROR_PATTERN_TOO_LARGE && b - a > 1) {
        fl_buf_free(&src);
        size_t mid = a + (b - a) / 2;
        return compile_chunk(ps, a, mid, cat, err) < 0 ? -1 : compile_chunk(ps, mid, b, cat, err);
    }
    if (!re) {
        fl_buf_free(&src);
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        fl_buf_printf(err, "rule packs: cannot compile the patterns of \"%s\": %s", cat, (char *)msg);
        return -1;
    }
    pat_chunk ch = {re, NULL, NULL, a, b};
    const char **regexes = fl_xcalloc(b - a, sizeof(char *));
    for (size_t i = a; i < b; i++)
        regexes[i - a] = ps->entries[i].regex;
    ch.filter = fl_prefilter_build(regexes, b - a);
    free(regexes);
    if (ch.filter) {
        /* compiled anchored, since PCRE2_ANCHORED at match time would leave JIT for the interpreter */
        ch.anchored = compile_regex(fl_buf_cstr(&src), src.len, PCRE2_ANCHORED, &code, &off);
        if (ch.anchored)
            pcre2_jit_compile(ch.anchored, PCRE2_JIT_COMPLETE);
        else {
            fl_prefilter_free(ch.filter);
            ch.filter = NULL;
        }
    }
    /* the unanchored pattern scans only without a prefilter (and in tests), so only then is it worth JIT
     * compiling; PCRE2 falls back to its interpreter when JIT is absent */
    if (!ch.filter)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    fl_buf_free(&src);
    ps->chunks = fl_xrealloc(ps->chunks, (ps->nchunks + 1) * sizeof(pat_chunk));
    ps->chunks[ps->nchunks++] = ch;
    return 0;
}

static int compile_set(fl_patterns *ps, const char *cat, fl_buf *err)
{
    return ps->len ? compile_chunk(ps, 0, ps->len, cat, err) : 0;
}

static fl_rules *finish_load(fl_rules *r, fl_buf *err);

fl_rules *fl_rules_load(const char *const *dirs, size_t ndirs, fl_buf *err)
{
    return fl_rules_load_max(dirs, ndirs, 0, err);
}

fl_rules *fl_rules_load_max(const char *const *dirs, size_t ndirs, size_t max, fl_buf *err)
{
    fl_rules *r = rules_new();
    r->max = max;
    for (size_t i = 0; i < ndirs; i++) {
        if (load_dir(r, dirs[i], err) < 0) {
            fl_rules_free(r);
            return NULL;
        }
    }
    /* the shallow syntax the claim extractors read clauses and subjects with: the first directory that holds
     * a model; without one they fall back to the claim model's word lists alone */
    for (size_t i = 0; i < ndirs && !r->syntax; i++) {
        fl_buf path = {0};
        fl_buf_printf(&path, "%s/syntax/pos-model.tsv", dirs[i]);
        FILE *probe = fopen(fl_buf_cstr(&path), "rb");
        fl_buf_free(&path);
        if (!probe)
            continue;
        fclose(probe);
        r->syntax = fl_syntax_load(dirs[i], err);
        if (!r->syntax) {
            fl_rules_free(r);
            return NULL;
        }
    }
    return finish_load(r, err);
}

fl_rules *fl_rules_load_text(const char *text, size_t len, const char *name, fl_buf *err)
{
    fl_rules *r = rules_new();
    if (load_pack_text(r, text, len, name, err) < 0) {
        fl_rules_free(r);
        return NULL;
    }
    r->npacks++;
    return finish_load(r, err);
}

/* Indexes the lexicons and compiles the pattern sets of the packs loaded into r; r or NULL (r freed). */
static fl_rules *finish_load(fl_rules *r, fl_buf *err)
{
    if (fl_knowledge_finish(&r->know, err) < 0) {
        fl_rules_free(r);
        return NULL;
    }
    for (int i = 0; i < NLEX; i++) {
        fl_lexicon *L = &r->lex[i];
        fl_map_init(&L->exact, 0);
        fl_map_init(&L->folded, 1);
        for (size_t k = 0; k < L->len; k++) {
            fl_map_put(&L->exact, L->items[k], strlen(L->items[k]), (int)k);
            fl_map_put(&L->folded, L->items[k], strlen(L->items[k]), (int)k);
        }
        L->lens = fl_xcalloc(L->len + 1, sizeof(size_t));
        for (size_t k = 0; k < L->len; k++)
            L->lens[k] = strlen(L->items[k]);
        /* 16 bits per item, at least 512 */
        for (L->nbloom = 512; L->nbloom < 16 * L->len; L->nbloom *= 2)
            ;
        L->bloom = fl_xcalloc(L->nbloom / 8, 1);
        for (size_t k = 0; k < L->len; k++) {
            size_t b = bloom_bit(L, fl_map_hash(L->items[k], L->lens[k]));
            L->bloom[b >> 3] |= (uint8_t)(1u << (b & 7));
        }
        /* counting sort of the items by first byte */
        L->by_first = fl_xcalloc(L->len + 1, sizeof(size_t));
        size_t count[257] = {0};
        for (size_t k = 0; k < L->len; k++)
            count[fl_ascii_lower((unsigned char)L->items[k][0]) + 1]++;
        for (int b = 0; b < 256; b++)
            count[b + 1] += count[b];
        memcpy(L->first_off, count, sizeof count);
        for (size_t k = 0; k < L->len; k++)
            L->by_first[count[fl_ascii_lower((unsigned char)L->items[k][0])]++] = k;
    }
    r->know.holder_nouns = fl_rules_lexicon(r, "holder-nouns"); /* looked up once, not per figure */
    for (int i = 0; i < NPAT; i++) {
        if (compile_set(&r->pat[i], fl_pattern_categories[i], err) < 0) {
            fl_rules_free(r);
            return NULL;
        }
    }
    return r;
}

void fl_rules_free(fl_rules *r)
{
    if (!r)
        return;
    fl_syntax_free(r->syntax);
    fl_knowledge_free(&r->know);
    fl_map_free(&r->lex_index);
    for (int i = 0; i < NLEX; i++) {
        for (size_t k = 0; k < r->lex[i].len; k++)
            free(r->lex[i].items[k]);
        free(r->lex[i].items);
        fl_map_free(&r->lex[i].exact);
        fl_map_free(&r->lex[i].folded);
        free(r->lex[i].by_first);
        free(r->lex[i].lens);
        free(r->lex[i].bloom);
    }
    for (int i = 0; i < NPAT; i++) {
        fl_patterns *ps = &r->pat[i];
        for (size_t k = 0; k < ps->len; k++) {
            pat_entry *e = &ps->entries[k];
            free(e->id);
            free(e->pack);
            free(e->regex);
            free(e->message);
            for (int kind = 0; kind < 2; kind++) {
                for (size_t x = 0; x < e->nexamples[kind]; x++)
                    free(e->examples[kind][x]);
                free(e->examples[kind]);
            }
        }
        free(ps->entries);
        for (size_t k = 0; k < ps->nchunks; k++) {
            pcre2_code_free(ps->chunks[k].code);
            pcre2_code_free(ps->chunks[k].anchored);
            fl_prefilter_free(ps->chunks[k].filter);
        }
        free(ps->chunks);
    }
    free(r);
}

/* ---- matching ---- */

enum { MATCH_LIMIT = 2000000, DEPTH_LIMIT = 10000, SCAN_LIMIT_HITS = 8 };

fl_matcher *fl_matcher_new(void)
{
    fl_matcher *m = fl_xcalloc(1, sizeof(fl_matcher));
    m->md = pcre2_match_data_create(64, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->stack = pcre2_jit_stack_create((size_t)32 * 1024, (size_t)1024 * 1024, NULL);
    if (!m->md || !m->mctx) {
        fl_oom();
    }
    pcre2_set_match_limit(m->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(m->mctx, DEPTH_LIMIT);
    if (m->stack)
        pcre2_jit_stack_assign(m->mctx, NULL, m->stack);
    return m;
}

void fl_matcher_free(fl_matcher *m)
{
    if (!m)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    pcre2_jit_stack_free(m->stack);
    free(m);
}

int fl_matcher_budget(void)
{
    return SCAN_LIMIT_HITS;
}

size_t fl_matcher_limit_hits(const fl_matcher *m)
{
    return m->limit_hits;
}

/* Records the match in m->md (whole match [s, e), the entry in its mark) and returns where the next search
 * starts: after the match, or one character on after an empty one. */
static size_t take_match(fl_matcher *m, const char *text, size_t len, fl_match **out, size_t *n, size_t *cap)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    size_t s = ov[0], e = ov[1];
    PCRE2_SPTR mark = pcre2_get_mark(m->md);
    size_t pos = e > s ? e : s + 1;
    while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
        pos++; /* stay on a character boundary */
    if (e == s || !mark)
        return pos; /* an entry that matches the empty string reports nothing */
    FL_GROW(*out, *cap, *n + 1);
    (*out)[*n].start = s;
    (*out)[*n].end = e;
    (*out)[*n].entry = (size_t)strtoul((const char *)mark, NULL, 10);
    (*n)++;
    return pos;
}

/* Where a match or depth limit was hit at pos: the next line (at most 4 KB on), rather than a hang. */
static size_t skip_line(fl_matcher *m, const char *text, size_t len, size_t pos)
{
    m->limit_hits++;
    m->scan_hits++;
    m->spent_at = pos;
    size_t next = pos + 1;
    while (next < len && next - pos < 4096 && text[next] != '\n')
        next++;
    while (next < len && ((unsigned char)text[next] & 0xC0) == 0x80)
        next++;
    return next;
}

/* The positions a chunk's anchored pattern runs at, from its prefilter. */
typedef struct {
    const size_t *pos;
    size_t n;
} cand_list;

/* Appends every match of one compiled chunk in text[from, len). With candidates (from the chunk's prefilter),
 * the anchored pattern runs only at them: no other position can begin a match of any entry, so the first
 * candidate where the anchored pattern matches is where the unanchored search would have found its match.
 * Without, the unanchored pattern searches. */
static void scan_chunk(const pat_chunk *ch, const cand_list *cl, fl_matcher *m, const char *text, size_t len,
                       size_t from, fl_match **out, size_t *n, size_t *cap)
{
    size_t pos = from, next = 0;
    /* the budget is per document: once its scan has hit the match limit SCAN_LIMIT_HITS times, the rest of
     * the document is not matched (a catastrophic pattern over 10,000 lines cost 10,000 limits) */
    while (pos <= len && m->scan_hits < SCAN_LIMIT_HITS) {
        size_t at = pos;
        int rc;
        if (cl) {
            while (next < cl->n && cl->pos[next] < pos)
                next++;
            if (next == cl->n)
                return;
            at = cl->pos[next++];
            rc = pcre2_match(ch->anchored, (PCRE2_SPTR)text, len, at, PCRE2_NO_UTF_CHECK, m->md, m->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                continue;
        } else {
            rc = pcre2_match(ch->code, (PCRE2_SPTR)text, len, pos, PCRE2_NO_UTF_CHECK, m->md, m->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                return;
        }
        if (rc < 0) {
            pos = skip_line(m, text, len, at);
            if (m->scan_hits == SCAN_LIMIT_HITS)
                m->spent_chunk = ch;
        } else
            pos = take_match(m, text, len, out, n, cap);
    }
}

static int cmp_match(const void *pa, const void *pb)
{
    const fl_match *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* Scans sets[0..nsets); filtered: with the prefilters, all found in one pass over the text. */
static void scan(const fl_patterns *const *sets, size_t nsets, int filtered, fl_matcher *m, const char *text,
                 size_t len, size_t from, fl_match **outs, size_t *counts)
{
    m->scan_hits = 0;
    m->spent = NULL;
    m->spent_chunk = NULL;
    /* the prefilters of every chunk, run together */
    size_t nf = 0;
    for (size_t i = 0; i < nsets; i++)
        for (size_t k = 0; k < sets[i]->nchunks; k++)
            nf += filtered && sets[i]->chunks[k].filter;
    const fl_prefilter **pfs = fl_xcalloc(nf + 1, sizeof(fl_prefilter *));
    size_t **cands = fl_xcalloc(nf + 1, sizeof(size_t *));
    size_t *ncands = fl_xcalloc(nf + 1, sizeof(size_t));
    nf = 0;
    for (size_t i = 0; i < nsets; i++)
        for (size_t k = 0; k < sets[i]->nchunks; k++)
            if (filtered && sets[i]->chunks[k].filter)
                pfs[nf++] = sets[i]->chunks[k].filter;
    if (nf)
        fl_prefilter_all(pfs, nf, text, len, from, cands, ncands);
    nf = 0;
    for (size_t i = 0; i < nsets; i++) {
        const fl_patterns *p = sets[i];
        size_t n = 0, cap = 0;
        outs[i] = NULL;
        for (size_t k = 0; k < p->nchunks; k++) {
            cand_list cl = {NULL, 0};
            if (filtered && p->chunks[k].filter) {
                cl.pos = cands[nf];
                cl.n = ncands[nf++];
            }
            scan_chunk(&p->chunks[k], filtered && p->chunks[k].filter ? &cl : NULL, m, text, len, from, &outs[i], &n,
                       &cap);
            if (m->spent_chunk == &p->chunks[k])
                m->spent = p;
        }
        if (p->nchunks > 1 && n > 1) {
            /* chunks scan independently: order by start and drop matches overlapping an earlier one */
            qsort(outs[i], n, sizeof(fl_match), cmp_match);
            size_t keep = 0;
            for (size_t x = 0; x < n; x++)
                if (keep == 0 || outs[i][x].start >= outs[i][keep - 1].end)
                    outs[i][keep++] = outs[i][x];
            n = keep;
        }
        counts[i] = n;
    }
    for (size_t k = 0; k < nf; k++)
        free(cands[k]);
    free(cands);
    free(ncands);
    free(pfs);
}

size_t fl_patterns_scan(const fl_patterns *p, fl_matcher *m, const char *text, size_t len, size_t from, fl_match **out)
{
    size_t n;
    scan(&p, 1, 1, m, text, len, from, out, &n);
    return n;
}

void fl_patterns_scan_sets(const fl_patterns *const *sets, size_t nsets, fl_matcher *m, const char *text, size_t len,
                           size_t from, fl_match **outs, size_t *counts)
{
    scan(sets, nsets, 1, m, text, len, from, outs, counts);
}

size_t fl_patterns_scan_unfiltered(const fl_patterns *p, fl_matcher *m, const char *text, size_t len, size_t from,
                                   fl_match **out)
{
    size_t n;
    scan(&p, 1, 0, m, text, len, from, out, &n);
    return n;
}

/* The entry of chunk ch whose pattern alone hits a limit when it searches text from at, or the chunk's first
 * entry when none does alone (then the alternation as a whole hit it). */
static size_t spent_entry(const fl_patterns *p, const pat_chunk *ch, fl_matcher *m, const char *text, size_t len,
                          size_t at)
{
    for (size_t i = ch->first; i < ch->last; i++) {
        int code;
        PCRE2_SIZE off;
        const pat_entry *e = &p->entries[i];
        pcre2_code *re =
            compile_regex(e->regex, PCRE2_ZERO_TERMINATED, e->case_sensitive ? 0 : PCRE2_CASELESS, &code, &off);
        if (!re)
            continue;
        int rc = pcre2_match(re, (PCRE2_SPTR)text, len, at, PCRE2_NO_UTF_CHECK, m->md, m->mctx);
        pcre2_code_free(re);
        if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
            return i;
    }
    return ch->first;
}

int fl_matcher_spent(fl_matcher *m, const char *text, size_t len, const fl_patterns **set, size_t *entry, size_t *pos)
{
    if (!m->spent || !m->spent_chunk)
        return 0;
    *set = m->spent;
    *pos = m->spent_at;
    *entry = spent_entry(m->spent, m->spent_chunk, m, text, len, m->spent_at);
    return 1;
}

const char *fl_patterns_pack(const fl_patterns *p, size_t entry)
{
    return entry < p->len ? p->entries[entry].pack : NULL;
}

const char *fl_patterns_regex(const fl_patterns *p, size_t entry)
{
    return entry < p->len ? p->entries[entry].regex : NULL;
}

int fl_patterns_filtered(const fl_patterns *p)
{
    for (size_t k = 0; k < p->nchunks; k++)
        if (!p->chunks[k].filter)
            return 0;
    return p->nchunks > 0;
}

/* ---- where the built-in packs live ---- */

#include <sys/stat.h>
#include <unistd.h>

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

char *fl_rules_default_dir(void)
{
    const char *env = getenv("FACTLINT_RULES");
    if (env && *env)
        return fl_xstrdup(env);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    const char *const rel[] = {"/rules", "/../rules", "/../share/factlint/rules", NULL};
    for (int i = 0; rel[i]; i++) {
        char *cand = fl_xasprintf("%s%s", exe, rel[i]);
        if (is_dir(cand))
            return cand;
        free(cand);
    }
    return NULL;
}
