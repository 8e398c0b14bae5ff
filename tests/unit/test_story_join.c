/* test_story_join.c - figures and event times across the reports of one story: a masthead's date alone as a
 * field, one event for a story's reports whatever each names it, counts of one kind in other words (residents
 * evacuated are people evacuated), series of one count, event times whose clause names an agent, and the traps
 * that must stay apart. Table-driven; every sentence, place and event is invented. */
#include "unit.h"

#include "extract/claims.h"
#include "extract/timex.h"
#include "join/numeric.h"
#include "join/story.h"
#include "core/rules.h"

Test(story_join, masthead_date_fields)
{
    static const struct {
        const char *text;
        int doc_date; /* yyyymmdd, 0 none */
    } cases[] = {
        /* a date alone on its line, with its weekday, after a byline, after a paper's name, with a stamp's time */
        {"Blast at Orvik mill\n\nBy Ada Lenz, staff writer\n\nWednesday, March 5, 2031\n\nThe blast killed two "
         "people.\n",
         20310305},
        {"Blast at Orvik mill\n\nTelmen Gazette, Tuesday 4 March 2031\n\nThe blast killed two people.\n", 20310304},
        {"Blast at Orvik mill\n\nBy Ada Lenz | Wednesday, March 5, 2031\n\nThe blast killed two people.\n", 20310305},
        {"Blast at Orvik mill\n\nAda Lenz\n\nFri 7 Mar 2031 09.40 BST\n\nThe blast killed two people.\n", 20310307},
        {"Blast at Orvik mill\n\nAda Lenz\n\nTue 4 Mar 2031 // 11:02 UTC\n\nThe blast killed two people.\n", 20310304},
        {"Blast at Orvik mill\n\nAda Lenz\n\nJune 3 2031\n\nThe blast killed two people.\n", 20310603},
        /* traps: a date inside a headline's words, a month without its day, a date in the body */
        {"Orvik recalls the blast of March 5, 2031 at its mill\n\nThe blast killed two people.\n", 0},
        {"Blast at Orvik mill\n\nTelmen Gazette, March 2031 issue\n\nThe blast killed two people.\n", 0},
        {"Blast at Orvik mill\n\nThe mill opened.\n\nIt grew.\n\nIt shrank.\n\nIt closed.\n\nMarch 5, 2031\n\nThe "
         "blast killed two people.\n",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        cr_expect(c.len > 0, "case %zu: no claim", i);
        if (c.len)
            cr_expect_eq(c.items[c.len - 1].doc_date, cases[i].doc_date, "case %zu: document date %d, want %d", i,
                         c.items[c.len - 1].doc_date, cases[i].doc_date);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

Test(story_join, the_event_of_a_key)
{
    static const struct {
        const char *key, *event;
    } cases[] = {
        {"deaths|people|@c/fire>|actual|person|2031-03", "fire"},
        {"deaths|people|@fire>|actual|person|2031-03", "fire"},
        {"deaths|people|@#c/a.txt>|actual|person|2031-03", ""},
        {"deaths|people|country:x>|actual|person|2031", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t at = 0, n = fl_story_key_event(cases[i].key, &at);
        cr_expect(n == strlen(cases[i].event) && (!n || memcmp(cases[i].key + at, cases[i].event, n) == 0),
                  "case %zu (%s): %.*s", i, cases[i].key, (int)n, cases[i].key + at);
    }
}

typedef struct {
    const char *a, *b; /* two documents of one directory */
    int findings;      /* numeric-conflict and date-inconsistency findings of the join */
} story_case;

/* Expects each case's join of its two documents to give its number of findings. */
static void run_story_cases(const story_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t got = unit_join_findings(cases[i].a, cases[i].b);
        cr_expect_eq(got, (size_t)cases[i].findings, "case %zu: %zu findings, want %d\n  %s  %s", i, got,
                     cases[i].findings, cases[i].a, cases[i].b);
    }
}

/* A fire's report and an explosion's report of one story (Orvik, Telmen, Kessa named in both). */
#define FIRE_A                                                                                                         \
    "Published: 6 May 2031\n\nThe fire at the Orvik plant near Telmen in the Kessa valley killed two workers, "        \
    "Orvik officials said. The fire injured 11 people, Telmen police said in Kessa.\n\n"
#define BLAST_B                                                                                                        \
    "Published: 6 May 2031\n\nThe explosion at the Orvik plant near Telmen killed two workers, the Orvik mayor "       \
    "said in the Kessa valley. The explosion injured 11 people, Telmen police said.\n\n"

/* Words enough to end a report's lede (its first 120 words). */
#define PADDING                                                                                                        \
    "Crews worked through the night in the valley. Crews worked through the night in the valley. Crews worked "        \
    "through the night in the valley. Crews worked through the night in the valley. Crews worked through the night "   \
    "in the valley. Crews worked through the night in the valley. Crews worked through the night in the valley. "      \
    "Crews worked through the night in the valley. Crews worked through the night in the valley. Crews worked "        \
    "through the night in the valley. Crews worked through the night in the valley. Crews worked through the night "   \
    "in the valley.\n\n"

Test(story_join, figures_across_the_reports_of_one_story)
{
    static const story_case cases[] = {
        /* one story, its event named "fire" in one report and "explosion" in the other: one event */
        {FIRE_A "Police evacuated 2,300 people from Telmen, Orvik officials said.\n",
         BLAST_B "About 3,200 people were evacuated from Telmen, the Orvik mayor said.\n", 1},
        {FIRE_A "Police evacuated 2,300 people from Telmen, Orvik officials said.\n",
         BLAST_B "About 2,300 people were evacuated from Telmen, the Orvik mayor said.\n", 0},
        /* residents evacuated are the people evacuated */
        {FIRE_A "Police said 340 residents were evacuated from Telmen.\n",
         BLAST_B "About 520 people were evacuated from Telmen, the Orvik mayor said.\n", 1},
        {FIRE_A "Police said 340 residents were evacuated from Telmen.\n",
         BLAST_B "About 350 people were evacuated from Telmen, the Orvik mayor said.\n", 0},
        /* trap: residents killed are not all the people killed */
        {FIRE_A "Four residents were killed in Telmen, Orvik officials said.\n",
         BLAST_B "Six people were killed in Telmen, the Orvik mayor said.\n", 0},
        /* trap: another story in the same directory (no shared names) stays apart */
        {FIRE_A "Police evacuated 2,300 people from Telmen, Orvik officials said.\n",
         "Published: 6 May 2031\n\nThe explosion at the Brask depot above Lunde killed two workers. The explosion "
         "injured 11 people in Lunde. About 3,200 people were evacuated from Lunde, the Brask mayor said.\n",
         0},
        /* trap: days and times keep their own event: the fire broke out after the blast */
        {FIRE_A "The fire broke out at 9:50 p.m., Orvik officials said.\n",
         BLAST_B "The explosion happened at 9:40 p.m., the Orvik mayor said.\n", 0},
        /* trap: a sentence that gives one count on two days is a series, not compared */
        {FIRE_A "Shelters housed 1,400 evacuated people on Monday night and 1,750 on Tuesday night, Orvik officials "
                "said.\n",
         BLAST_B "About 3,000 people were evacuated from Telmen, the Orvik mayor said.\n", 0},
        /* killed and hurt in one clause: the count after "killed and" is the injured */
        {FIRE_A "Two workers were killed and eleven other workers hurt in Telmen.\n",
         BLAST_B "Two workers were killed and 11 workers were injured in Telmen, the Orvik mayor said.\n", 0},
        /* a leak discovered by someone at a time: the agent's "by" is no deadline */
        {"Published: 6 May 2031\n\nThe leak at the Orvik plant was discovered at 21:40 by a night-shift "
         "operator.\n",
         "Published: 6 May 2031\n\nAt the Orvik plant, staff spotted the leak at around 3 a.m.\n", 1},
        /* one distance in two units; the place's descriptor ("the town of") and what follows its name apart */
        {"Published: 6 May 2031\n\nThe Orvik landslide struck about 12 kilometers north of Telmen, officials said.\n",
         "Published: 6 May 2031\n\nThe Orvik landslide struck about 20 miles north of the town of Telmen in the "
         "Kessa valley.\n",
         1},
        {"Published: 6 May 2031\n\nThe Orvik landslide struck about 12 kilometers north of Telmen, officials said.\n",
         "Published: 6 May 2031\n\nThe Orvik landslide struck about 7.5 miles north of the town of Telmen in the "
         "Kessa valley.\n",
         0},
        /* trap: another place, and a place joined to another */
        {"Published: 6 May 2031\n\nThe Orvik landslide struck about 12 kilometers north of Telmen, officials said.\n",
         "Published: 6 May 2031\n\nThe Orvik landslide struck about 20 miles north of Brask.\n", 0},
        {"Published: 6 May 2031\n\nThe Orvik landslide struck about 12 kilometers north of Telmen, officials said.\n",
         "Published: 6 May 2031\n\nThe Orvik landslide struck 20 miles north of Telmen and four miles from Brask.\n",
         0},
        /* a live page's entries (a clock time alone on a line) are two times: nine rescued at 16:10 and 12 at
         * 18:35 are not compared with each other, nor with another report, as the page's count moved */
        {"Published: 6 May 2031\n\n18:35\nPolice say 12 people have been rescued from the Orvik flood.\n\n16:10\n"
         "Nine people have been rescued from the Orvik flood, police say.\n",
         "Published: 6 May 2031\n\nRescuers saved 14 people from the Orvik flood, police said.\n", 0},
        {"Published: 6 May 2031\n\n18:35\nPolice say 12 people have been rescued from the Orvik flood.\n\n16:10\n"
         "Nine people have been rescued from the Orvik flood, police say.\n",
         "Published: 6 May 2031\n\nPolice said 12 people have been rescued from the Orvik flood.\n", 0},
        /* ... but a settled fact of the event (how many were aboard) does not move between entries */
        {"Published: 6 May 2031\n\n18:35\nThe owners say the Orvik trawler sank with nine crew on board.\n\n16:10\n"
         "The Orvik trawler sank with six crew on board, police say.\n",
         "Published: 6 May 2031\n\nRescuers said the Orvik trawler sank off Telmen.\n", 1},
        /* ... nor a measure of a dimension no entry updates (frames.entry_dimensions): a hole's width, a jackpot */
        {"Published: 6 May 2031\n\n18:35\nThe Orvik meteorite left a hole about 15cm wide in the roof.\n\n16:10\n"
         "The Orvik meteorite left a hole about 8cm across in the roof, police say.\n",
         "Published: 6 May 2031\n\nThe Orvik meteorite fell on a farm near Telmen.\n", 1},
        {"Published: 6 May 2031\n\n18:35\nThe Orvik meteorite left a hole about 15cm wide in the roof.\n\n16:10\n"
         "The Orvik meteorite left a hole about six inches across in the roof, police say.\n",
         "Published: 6 May 2031\n\nThe Orvik meteorite fell on a farm near Telmen.\n", 0},
        {"Published: 6 May 2031\n\n18:35\nThe Orvik lottery says the £6.3m jackpot was paid to one ticket.\n\n16:10\n"
         "Saturday's £3.6m jackpot at the Orvik lottery was won by one ticket.\n",
         "Published: 6 May 2031\n\nThe Orvik lottery paid its jackpot in Telmen.\n", 1},
        /* trap: the story's assessed damage is revised as the day goes on */
        {"Published: 6 May 2031\n\n18:35\nThe Orvik flood has caused damage estimated at £5m, the council says.\n\n"
         "16:10\nThe Orvik flood has caused damage estimated at £2m, the council says.\n",
         "Published: 6 May 2031\n\nThe Orvik flood reached Telmen.\n", 0},
        /* a page whose entries agree is compared as any report; one entry disagreeing within itself still is */
        {"Published: 6 May 2031\n\n18:35\nPolice say 12 people have been rescued from the Orvik flood.\n\n16:10\n"
         "Police say 12 people have been rescued from the Orvik flood.\n",
         "Published: 6 May 2031\n\nPolice said 20 people have been rescued from the Orvik flood.\n", 1},
        /* trap: an unnamed "the museum" is each document's own: two reports' are not joined */
        {"Published: 6 May 2031\n\nThe museum welcomed 2.41 million visitors in 2030.\n",
         "Published: 6 May 2031\n\nThe museum welcomed 2.1 million visitors in 2030.\n", 0},
        /* two names shared and one event class: one story (a tabloid names the plant and the town, its other
         * names are its own), also when undated */
        {"Published: 6 May 2031\n\nThe fire at the Orvik plant near Telmen killed two workers. The fire injured 11 "
         "people, police said. Police evacuated 2,300 people from Telmen.\n",
         "Blaze terror\n\nTerrified Brask gran Ada Lenz told how the fire at the Orvik plant killed two workers. The "
         "fire injured 11 people. About 3,200 people were evacuated from Telmen, said Lenz.\n",
         1},
        /* trap: two names shared and two event classes: two stories of one directory */
        {"Published: 6 May 2031\n\nThe fire at the Orvik plant near Telmen killed two workers. The fire injured 11 "
         "people, police said. Police evacuated 2,300 people from Telmen.\n",
         "Flood terror\n\nTerrified Brask gran Ada Lenz told how the flood at the Orvik plant killed two workers. The "
         "flood injured 11 people. About 3,200 people were evacuated from Telmen, said Lenz.\n",
         0},
        /* homes destroyed, flattened or wiped out are one act's count */
        {FIRE_A "The fire destroyed 64 homes in Telmen, Orvik officials said.\n",
         BLAST_B "Eighty-two homes were flattened in Telmen, the Orvik mayor said.\n", 1},
        {FIRE_A "The fire destroyed 64 homes in Telmen, Orvik officials said.\n",
         BLAST_B "Some 64 homes were wiped out in Telmen, the Orvik mayor said.\n", 0},
        /* trap: homes damaged are not homes destroyed; another event, named only after the lede, is not the story's */
        {FIRE_A "The fire destroyed 64 homes in Telmen, Orvik officials said.\n",
         BLAST_B "Another 210 homes were damaged in Telmen, the Orvik mayor said.\n", 0},
        {FIRE_A "The fire destroyed 64 homes in Telmen, Orvik officials said.\n",
         BLAST_B PADDING "Last year's Brask Gorge Fire destroyed 90 homes over three weeks.\n", 0},
        /* stewards on duty and stewards on patrol are one count; police on duty are another */
        {FIRE_A "About 350 stewards were on duty in Telmen, Orvik officials said.\n",
         BLAST_B "Just 210 stewards were on patrol in Telmen, the Orvik mayor said.\n", 1},
        {FIRE_A "About 350 stewards were on duty in Telmen, Orvik officials said.\n",
         BLAST_B "Some 210 police officers were on duty in Telmen, the Orvik mayor said.\n", 0},
        /* "$" in a story whose reports write one other dollar is that dollar: never compared by value with it */
        {FIRE_A "The Orvik Group paid a ransom of $4 million, police said.\n",
         BLAST_B "The Orvik Group paid a ransom of C$9 million, police said.\n", 1},
        {FIRE_A "The Orvik Group paid a ransom of $4 million, police said.\n",
         BLAST_B "The Orvik Group paid a ransom of C$4 million, police said.\n", 0},
        /* trap: US$ and C$ are two currencies, and a "$" beside both is either */
        {FIRE_A "The Orvik Group paid a ransom of $4 million, police said. Its insurer paid C$4 million.\n",
         BLAST_B "The Orvik Group paid a ransom of US$9 million, police said.\n", 0},
        /* one moment, two class words: the deck "collapsed" in one report and "crashed down" in the other (both
         * momentary), so their times are of one event; reports that each name an event of their own on one day
         * and share a name are of one story */
        {"Published: 6 May 2031\n\nPart of the Orvik car park collapsed at 7.20am on Tuesday. The collapse injured "
         "four people. The collapse trapped 23 cars, police said in Telmen.\n",
         "Published: 6 May 2031\n\nA slab of the Orvik deck crashed down at 6.50am on Tuesday. The crash injured "
         "four people. The crash trapped 23 cars.\n",
         1},
        {"Published: 6 May 2031\n\nPart of the Orvik car park collapsed at 7.20am on Tuesday. The collapse injured "
         "four people. The collapse trapped 23 cars, police said in Telmen.\n",
         "Published: 6 May 2031\n\nA slab of the Orvik deck crashed down at 7.20am on Tuesday. The crash injured "
         "four people. The crash trapped 23 cars.\n",
         0},
        /* trap: two events of one day in one directory that share no name stay two stories */
        {"Published: 6 May 2031\n\nPart of the Orvik car park collapsed at 7.20am on Tuesday. The collapse injured "
         "four people. The collapse trapped 23 cars, police said in Telmen.\n",
         "Published: 6 May 2031\n\nA lorry crashed into the Brask bridge at 6.50am on Tuesday. The crash injured "
         "four people. The crash trapped 23 cars in Lunde.\n",
         0},
        /* trap: words of a headline in capitals and a capitalised "The" are no names the two reports share */
        {"DECK HORROR AT CAR PARK\n\nPublished: 6 May 2031\n\nPart of the Orvik car park collapsed at 7.20am on "
         "Tuesday. The collapse injured four people. \"The noise was awful,\" said Ada Lenz. \"The cars fell.\"\n",
         "CAR PARK HORROR AT DECK\n\nPublished: 6 May 2031\n\nA lorry crashed into the Brask bridge at 6.50am on "
         "Tuesday. The crash injured four people. \"The lorry hit us,\" said Kai Moss. \"The bridge shook.\"\n",
         0},
        /* a company's failure is an event of its day whichever phrase tells it (claim_model insolvency) */
        {"Published: 5 March 2031\n\nOrvik Dairies entered administration on 27 February, Telmen officials said.\n",
         "Published: 5 March 2031\n\nOrvik Dairies collapsed into administration on 2 March, Telmen officials "
         "said.\n",
         1},
        {"Published: 5 March 2031\n\nOrvik Dairies entered administration on 2 March, Telmen officials said.\n",
         "Published: 5 March 2031\n\nOrvik Dairies collapsed into administration on 2 March, Telmen officials "
         "said.\n",
         0},
        /* trap: a government's administration is no company's failure */
        {"Published: 5 March 2031\n\nThe Orvik administration said on 27 February that Telmen would get aid.\n",
         "Published: 5 March 2031\n\nThe Orvik administration said on 2 March that Telmen would get aid.\n", 0},
        /* trap: how often is no count */
        {FIRE_A "Police said the owner had been arrested three times since 2029.\n",
         BLAST_B "One person was arrested in Telmen, the Orvik mayor said.\n", 0},
    };
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Figures of a document's own topic (a story of no event class: a stalled ride) are keyed by their story: two
 * reports that share names meet, also an undated one with a dated one; reports of another story, or another
 * fact of the story, stay apart. */
#define RIDE_A                                                                                                         \
    "Published: 6 May 2031\n\nThe Orvik Ridge gondola stopped above Telmen in the Kessa valley, Brask Lifts said. "    \
    "Brask Lifts said the Orvik Ridge line would stay shut.\n\n"
#define RIDE_B                                                                                                         \
    "Gondola riders lowered by rope\n\nThe Orvik Ridge gondola stopped above Telmen, Brask Lifts said. Kessa valley "  \
    "crews lowered riders by rope.\n\n"

Test(story_join, topic_figures_across_the_reports_of_one_story)
{
    static const story_case cases[] = {
        {RIDE_A "About 140 riders were stranded, Brask Lifts said.\n",
         RIDE_B "More than 200 riders were stranded, Brask Lifts said.\n", 1},
        {RIDE_A "About 140 riders were stranded, Brask Lifts said.\n",
         RIDE_B "About 150 riders were stranded, Brask Lifts said.\n", 0},
        /* both dated */
        {RIDE_A "About 140 riders were stranded, Brask Lifts said.\n",
         "Published: 7 May 2031\n\n" RIDE_B "More than 200 riders were stranded, Brask Lifts said.\n", 1},
        /* trap: another fact of the story (riders lowered, not stranded) */
        {RIDE_A "About 140 riders were stranded, Brask Lifts said.\n",
         RIDE_B "Crews lowered 60 riders by rope, Brask Lifts said.\n", 0},
        /* trap: a report of another story in the directory (a district's yearly figure, no shared names) */
        {RIDE_A "About 140 riders were stranded, Brask Lifts said.\n",
         "Published: 2 May 2031\n\nLift report\n\nAbout 900 riders were stranded on lifts across the Hale district, "
         "the Lunde Safety Board said.\n",
         0},
    };
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Measures of a story's event that no name claims (frames.c): a length fallen, a radius around a reference, how
 * long people were trapped, keyed by the story, so that two reports of it compare in their own units; another
 * reference, a figure and its rough conversion, and one duration told in two units stay apart. */
Test(story_join, measures_of_the_story)
{
#define CABIN                                                                                                          \
    "Published: 6 May 2031\n\nCabin falls at Orvik resort near Telmen\n\nThe cabin fell about 40 metres, Telmen "      \
    "police said. The Orvik resort was closed.\n"
#define ZONE                                                                                                           \
    "Published: 6 May 2031\n\nLeak at Orvik plant near Telmen\n\nHomes within 1.5 kilometres of the plant's fence "    \
    "line were evacuated, Telmen police said. The Orvik plant was closed.\n"
#define PIT                                                                                                            \
    "Published: 6 May 2031\n\nOrvik miners freed near Telmen\n\nFour miners were trapped for 52 hours, Telmen police " \
    "said. The Orvik pit was closed.\n"
#define STOPPED                                                                                                        \
    "Published: 7 May 2031\n\nRiders freed at Orvik resort near Telmen\n\nA cabin came to a halt above Telmen on "     \
    "Tuesday evening. Six riders were trapped for more than three hours and two were hurt, Telmen police said. The "   \
    "Orvik resort was closed, Brask Lifts said.\n"
    static const story_case cases[] = {
        {CABIN, "Orvik horror\n\nA packed cabin plunged 300ft near Telmen, police said. The Orvik resort was shut.\n",
         1},
        {CABIN, "Orvik horror\n\nA packed cabin plunged 130ft near Telmen, police said. The Orvik resort was shut.\n",
         0},
        {ZONE,
         "Orvik leak\n\nThe evacuation zone covered homes within three miles of the plant near Telmen. The Orvik "
         "plant was shut.\n",
         1},
        {ZONE,
         "Orvik leak\n\nThe evacuation zone covered homes within 1 mile of the plant near Telmen. The Orvik plant "
         "was shut.\n",
         0},
        /* trap: another reference */
        {ZONE,
         "Orvik leak\n\nThe evacuation zone covered homes within three miles of the school near Telmen. The Orvik "
         "plant was shut.\n",
         0},
        /* trap: a thing's extent is no measure of the story's event */
        {"Published: 6 May 2031\n\nOrvik fair near Telmen\n\nRecessed panels decorate a 60-inch long chest, Telmen "
         "police said. The Orvik fair was closed.\n",
         "Orvik fair\n\nThe foot of the frame is about three inches long near Telmen. The Orvik fair was shut.\n", 0},
        {PIT, "Orvik miracle\n\nThe men spent forty hours below ground near Telmen. The Orvik pit was shut.\n", 1},
        {PIT,
         "Orvik miracle\n\nThe men spent two days and four hours below ground near Telmen. The Orvik pit was "
         "shut.\n",
         0},
        /* a report that names no event class gives its measure to the story's event, which another report names
         * ("came to a halt": a breakdown), so a dated report of each meets */
        {STOPPED,
         "Published: 9 May 2031\n\nQuestions for Orvik resort\n\nA cabin at the Orvik resort near Telmen fell "
         "several metres. The six riders were trapped for almost two hours, Telmen police said. Brask Lifts said "
         "it was sorry.\n",
         1},
        {STOPPED,
         "Published: 9 May 2031\n\nQuestions for Orvik resort\n\nA cabin at the Orvik resort near Telmen fell "
         "several metres. The six riders were trapped for about three and a half hours, Telmen police "
         "said.\n",
         0},
        /* trap: a report of another story in the directory (no shared names) */
        {STOPPED,
         "Published: 9 May 2031\n\nQuestions for Lunde mine\n\nA cage at the Brask mine above Lunde fell "
         "several metres. The six miners were trapped for almost two hours, Hale police said.\n",
         0},
    };
#undef CABIN
#undef ZONE
#undef PIT
#undef STOPPED
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* An act that neither report gives an agent ("Some 310 jobs will go") is the story's: two reports of one directory
 * that count it and share two of their most used names (the company's) meet, though they share too few for any
 * figure of their topic; another act, another counted thing, or reports that share one name stay apart. */
Test(story_join, agentless_acts_of_one_story)
{
#define BANK_A                                                                                                         \
    "Published: 8 May 2031\n\nCorvin Dale to shut branches\n\nThe lender Corvin Dale said it would shut branches in "  \
    "Telmen and Brask. Corvin Dale said demand had moved to its app.\n\n"
#define BANK_B                                                                                                         \
    "Published: 9 May 2031\n\nLunde loses its bank\n\nLunde will lose the branch of Corvin Dale. Shoppers in Lunde "   \
    "said Corvin Dale had served the Lunde market for a century.\n\n"
#define BANK_C                                                                                                         \
    "Published: 9 May 2031\n\nLunde loses its bank\n\nLunde will lose its Hale Mutual branch. Shoppers in Lunde "      \
    "said Hale Mutual had served the Lunde market for a century.\n\n"
    static const story_case cases[] = {
        {BANK_A "Some 310 jobs will go.\n", BANK_B "Nearly 400 jobs will be lost nationally.\n", 1},
        {BANK_A "Some 310 jobs will go.\n", BANK_B "Some 310 jobs will be lost nationally.\n", 0},
        /* trap: another story (another company) in the directory */
        {BANK_A "Some 310 jobs will go.\n", BANK_C "Nearly 400 jobs will be lost nationally.\n", 0},
    };
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The lede's intransitive event verb names the document's event as an event verb or noun does ("the Orvik wheel
 * stopped turning", "broke down" and "ground to a halt" are one breakdown): two reports that word one happening
 * differently give its counts one subject. A transitive use ("Police stopped a lorry") names no event. */
Test(story_join, intransitive_lede_verbs_name_the_event)
{
#define HALT_A                                                                                                         \
    "Published: 9 May 2031\n\nOrvik wheel riders stranded\n\nRiders were stranded on Saturday when the Orvik wheel "   \
    "near Telmen ground to a halt, Telmen police said.\n\n"
#define STOP_B                                                                                                         \
    "Published: 9 May 2031\n\nOrvik wheel stops\n\nRiders were stranded on Saturday when the Orvik wheel near "        \
    "Telmen stopped turning, Telmen police said.\n\n"
#define DOWN_B                                                                                                         \
    "Published: 9 May 2031\n\nOrvik wheel riders stuck\n\nThe Orvik wheel near Telmen broke down on Saturday, "        \
    "Telmen police said.\n\n"
#define LORRY_B                                                                                                        \
    "Published: 9 May 2031\n\nOrvik checks near Telmen\n\nPolice stopped a lorry near the Orvik wheel in Telmen on "   \
    "Saturday, Telmen police said.\n\n"
    static const story_case cases[] = {
        {HALT_A "Four people were taken to hospital.\n", STOP_B "Seven people were taken to hospital.\n", 1},
        {HALT_A "Four people were taken to hospital.\n", STOP_B "Four people were taken to hospital.\n", 0},
        {HALT_A "Four people were taken to hospital.\n", DOWN_B "Seven people were taken to hospital.\n", 1},
        /* trap: a transitive "stopped" names no breakdown */
        {HALT_A "Four people were taken to hospital.\n", LORRY_B "Seven people were taken to hospital.\n", 0},
    };
#undef HALT_A
#undef STOP_B
#undef DOWN_B
#undef LORRY_B
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A settled fact of a thing of the story (a height: claim_model "settled") stated with no period is of no day of its
 * own: two dated reports of one story compare it as undated ones do, two things of the story stay apart. */
Test(story_join, settled_facts_of_dated_reports)
{
#define TOWER_A                                                                                                        \
    "Published: 9 May 2031\n\nOrvik tower shut\n\nThe Orvik tower near Telmen was shut on Saturday after a lift "      \
    "fault, Telmen police said.\n\n"
#define TOWER_B                                                                                                        \
    "Published: 10 May 2031\n\nOrvik tower visitors stuck\n\nVisitors were stuck in the Orvik tower near Telmen on "   \
    "Saturday, Telmen police said.\n\n"
    static const story_case cases[] = {
        {TOWER_A "The Orvik tower stands 55 metres tall.\n", TOWER_B "The Orvik tower stands 61 metres tall.\n", 1},
        {TOWER_A "The Orvik tower stands 55 metres tall.\n", TOWER_B "The Orvik tower stands 180ft tall.\n", 0},
        /* trap: another thing of the story */
        {TOWER_A "The Orvik tower stands 55 metres tall.\n", TOWER_B "The Brask mast stands 61 metres tall.\n", 0},
        /* trap: a height as of a stated year is no settled fact of today */
        {TOWER_A "The Orvik tower stands 55 metres tall.\n", TOWER_B "In 1990 the Orvik tower stood 61 metres tall.\n",
         0},
    };
#undef TOWER_A
#undef TOWER_B
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The nouns of one event class are one event, whichever an outlet uses: a "cluster" of cases is an outbreak (a
 * "cluster bomb" is none), and "shuddered to a stop" is a breakdown as "ground to a halt" is. */
Test(story_join, one_event_in_other_words)
{
#define OUTBREAK_A                                                                                                     \
    "Published: 9 May 2031\n\nOrvik outbreak\n\nAn outbreak at the Orvik plant near Telmen has made workers ill, "     \
    "Telmen health officials said.\n\n"
#define CLUSTER_B                                                                                                      \
    "Published: 9 May 2031\n\nOrvik cluster\n\nA cluster of cases at the Orvik plant near Telmen has made workers "    \
    "ill, Telmen health officials said.\n\n"
#define BOMB_B                                                                                                         \
    "Published: 9 May 2031\n\nOrvik plant\n\nCluster bombs were found at the Orvik plant near Telmen, Telmen "         \
    "officials said.\n\n"
#define SHUDDER_B                                                                                                      \
    "Published: 9 May 2031\n\nOrvik wheel\n\nRiders were stranded on Saturday when the Orvik wheel near Telmen "       \
    "shuddered to a stop, Telmen police said.\n\n"
#define HALT_A                                                                                                         \
    "Published: 9 May 2031\n\nOrvik wheel riders stranded\n\nRiders were stranded on Saturday when the Orvik wheel "   \
    "near Telmen ground to a halt, Telmen police said.\n\n"
    static const story_case cases[] = {
        {OUTBREAK_A "Four people were taken to hospital.\n", CLUSTER_B "Seven people were taken to hospital.\n", 1},
        {OUTBREAK_A "Four people were taken to hospital.\n", CLUSTER_B "Four people were taken to hospital.\n", 0},
        {OUTBREAK_A "Four people were taken to hospital.\n", BOMB_B "Seven people were taken to hospital.\n", 0},
        {HALT_A "Four people were taken to hospital.\n", SHUDDER_B "Seven people were taken to hospital.\n", 1},
    };
#undef OUTBREAK_A
#undef CLUSTER_B
#undef BOMB_B
#undef SHUDDER_B
#undef HALT_A
    run_story_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Two documents' topic signatures (their eight most used content words, stemmed): two short reports of one story
 * share four or more of them, though they may share few names; two texts of two stories share few. */
Test(story_join, topic_words_shared)
{
    static const struct {
        const char *a, *b;
        int shared; /* fl_story_topics_shared */
    } cases[] = {
        {"The trustees of Kestle village hall launched an appeal to repair the hall's leaking roof. The hall has 64 "
         "regular bookings, the trustees said. The roof repair will cost about £48,000, and the trustees hope "
         "grants will cover the repair bill.\n",
         "Villagers are asked to save their leaking village hall. The hall has 46 regular bookings, and the "
         "trustees cannot risk losing bookings to the leaking roof. The roof repair will cost about £48,000, the "
         "trustees say.\n",
         1},
        /* traps: a hall's roof and a school's sports day; words in capitals or stop words only */
        {"The trustees of Kestle village hall launched an appeal to repair the hall's leaking roof. The hall has 64 "
         "regular bookings, the trustees said.\n",
         "Pupils at Kestle primary school ran relay races at their sports day. About 210 pupils took part, and "
         "parents cheered the races from the field.\n",
         0},
        {"Kestle Village Hall Trustees Launched An Appeal. The club has 64 members.\n",
         "Kestle Village Hall Trustees Launched An Appeal. The band has 46 players.\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims ca, cb;
        fl_doc *da = unit_claims("a.txt", cases[i].a, &ca), *db = unit_claims("b.txt", cases[i].b, &cb);
        cr_expect(ca.len > 0 && cb.len > 0, "case %zu: no claim", i);
        if (ca.len && cb.len)
            cr_expect_eq(fl_story_topics_shared(ca.items[0].topics, cb.items[0].topics), cases[i].shared,
                         "case %zu: topics shared %d, want %d", i,
                         fl_story_topics_shared(ca.items[0].topics, cb.items[0].topics), cases[i].shared);
        fl_claims_free(&ca);
        fl_claims_free(&cb);
        fl_doc_free(da);
        fl_doc_free(db);
    }
}

/* Two days of one act told by one verb in two reports (join/numeric.c act_day_story): their documents are of one
 * story when they stand in one directory and share two of their most used names; one name, another directory or one
 * document is not enough. */
Test(story_join, one_act_links_two_reports)
{
    static const struct {
        const char *fa, *fb;
        uint64_t na, nb; /* the first word of each document's names */
        int linked;
    } cases[] = {
        {"c/board.txt", "c/gazette.txt", 0x3, 0x3, 1},
        {"c/board.txt", "c/gazette.txt", 0x7, 0xe, 1},
        /* traps: one name shared, two directories, a longer directory name that starts alike, one document */
        {"c/board.txt", "c/gazette.txt", 0x3, 0x6, 0},
        {"c/board.txt", "d/gazette.txt", 0x3, 0x3, 0},
        {"c/board.txt", "cc/gazette.txt", 0x3, 0x3, 0},
        {"c/board.txt", "c/board.txt", 0x3, 0x3, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claim a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        a.file = cases[i].fa;
        b.file = cases[i].fb;
        b.doc = strcmp(cases[i].fa, cases[i].fb) != 0;
        a.names[0] = cases[i].na;
        b.names[0] = cases[i].nb;
        cr_expect_eq(fl_story_act_linked(&a, &b), cases[i].linked, "case %zu: %d", i, !cases[i].linked);
    }
}
