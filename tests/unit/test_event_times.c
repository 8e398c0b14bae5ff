/* test_event_times.c - dates and clock times of events as claims: clock times and their tolerance (hedge,
 * precision, zone), the calendar arithmetic, which event a day or time is keyed to, what is no claim (plans,
 * publication stamps, times without a.m./p.m.), and the running-count rule of the join. Table-driven; every
 * sentence, place and event is invented. */
#include "unit.h"

#include "extract/claims.h"
#include "extract/timex.h"
#include "join/numeric.h"
#include "core/rules.h"

typedef struct {
    const char *text; /* the clock time starts at its first token, or after a hedge of one or two words */
    size_t at_tok;    /* the token of its number or name */
    int ok, at, lo, hi, zone;
} clock_case;

Test(event_times, clock_times_and_their_tolerance)
{
    static const clock_case cases[] = {
        /* a round hour admits 20 minutes, a half hour 10, a quarter 7, five minutes 3, a minute 1 */
        {"9 p.m.", 0, 1, 1260, 1240, 1280, FL_NO_ZONE},
        {"10:30 p.m.", 0, 1, 1350, 1340, 1360, FL_NO_ZONE},
        {"10:45 pm", 0, 1, 1365, 1358, 1372, FL_NO_ZONE},
        {"3:33 a.m.", 0, 1, 213, 212, 214, FL_NO_ZONE},
        {"12:10 a.m.", 0, 1, 10, 7, 13, FL_NO_ZONE},
        {"noon", 0, 1, 720, 700, 740, FL_NO_ZONE},
        /* hedges: an interval of their own, a symmetric one at least twice the precision */
        {"shortly after 9 p.m.", 2, 1, 1260, 1260, 1290, FL_NO_ZONE},
        {"just before midnight", 2, 1, 0, -15, 0, FL_NO_ZONE},
        {"around 10:45 p.m.", 1, 1, 1365, 1350, 1380, FL_NO_ZONE},
        {"about 8 p.m.", 1, 1, 1200, 1160, 1240, FL_NO_ZONE},
        {"by 7 a.m.", 1, 1, 420, -60, 420, FL_NO_ZONE},
        {"a little before 8 p.m.", 3, 1, 1200, 1170, 1200, FL_NO_ZONE},
        {"just gone 4 a.m.", 2, 1, 240, 240, 255, FL_NO_ZONE},
        {"nearly 11 p.m.", 1, 1, 1380, 1365, 1380, FL_NO_ZONE},
        {"not long after 6 a.m.", 3, 1, 360, 360, 390, FL_NO_ZONE},
        {"two o'clock p.m.", 0, 1, 840, 820, 860, FL_NO_ZONE},
        /* 24-hour times and zones */
        {"21:40", 0, 1, 1300, 1297, 1303, FL_NO_ZONE},
        {"21:41", 0, 1, 1301, 1300, 1302, FL_NO_ZONE},
        {"06:00 BST", 0, 1, 360, 340, 380, 60},
        {"2100 GMT", 0, 1, 1260, 1240, 1280, 0},
        {"2:09 am PDT", 0, 1, 129, 128, 130, -420},
        /* an hour with a leading zero is the 24-hour form */
        {"04:20", 0, 1, 260, 257, 263, FL_NO_ZONE},
        {"about 06:00", 1, 1, 360, 320, 400, FL_NO_ZONE},
        /* no clock time: morning or afternoon unknown, a year, a score, a count */
        {"3:30", 0, 0, 0, 0, 0, 0},
        {"4:20", 0, 0, 0, 0, 0, 0},
        {"1930", 0, 0, 0, 0, 0, 0},
        {"14 people", 0, 0, 0, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const clock_case *c = &cases[i];
        fl_token *t;
        size_t n = fl_tokenize_text(c->text, 0, strlen(c->text), &t);
        fl_clock ck;
        int ok = fl_clock_at(c->text, t, n, c->at_tok, unit_rules(), &ck);
        cr_expect_eq(ok, c->ok, "case %zu (%s): read %d, want %d", i, c->text, ok, c->ok);
        if (ok && c->ok) {
            cr_expect(ck.at == c->at && ck.lo == c->lo && ck.hi == c->hi && ck.zone == c->zone,
                      "case %zu (%s): at %d [%d, %d] zone %d, want %d [%d, %d] zone %d", i, c->text, ck.at, ck.lo,
                      ck.hi, ck.zone, c->at, c->lo, c->hi, c->zone);
            cr_expect_eq(ck.end, n, "case %zu (%s): ends at token %zu of %zu", i, c->text, ck.end, n);
        }
        free(t);
    }
}

/* A time written with a full stop ("8.30", as British and European outlets do) and a 12-hour time with no a.m.
 * or p.m. are read only where a.m./p.m., a zone or a part of the day a few words on says which half of the day
 * it is; the time ends before that part. */
Test(event_times, dotted_times_and_parts_of_the_day)
{
    static const struct {
        const char *text;
        size_t at_tok;
        int ok, at;
        size_t end; /* the token after the time */
    } cases[] = {
        {"8.30 p.m.", 0, 1, 1230, 2},
        {"9.15pm", 0, 1, 1275, 2},
        {"shortly after 8.30 on Monday morning", 2, 1, 510, 3},
        {"at 7:45 in the evening", 1, 1, 1185, 4},
        {"at 9.40 that night", 1, 1, 1300, 2},
        {"at 2:15 that night", 1, 1, 135, 4},
        {"20.45 CET", 0, 1, 1245, 2},
        /* an hour with o'clock, in words or digits: the half of the day only by the part of the day after it */
        {"a little after two o'clock on the morning of Sunday", 3, 1, 120, 5},
        {"a little before eight o\u2019clock on Saturday evening", 3, 1, 1200, 5},
        {"3 o'clock in the afternoon", 0, 1, 900, 2},
        {"at Two o'clock on Monday morning", 1, 1, 120, 3},
        {"at two o'clock", 1, 0, 0, 0},
        {"two o'clock on Monday", 0, 0, 0, 0},
        {"at 13 o'clock in the afternoon", 1, 0, 0, 0},
        /* no half of the day, or none said: a decimal, a 24-hour figure with a stop, a plain hour */
        {"8.30 on Monday", 0, 0, 0, 0},
        {"rose 20.45 on Monday", 1, 0, 0, 0},
        {"killed 3 on Monday morning", 1, 0, 0, 0},
        {"8.305 in the morning", 0, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_token *t;
        size_t n = fl_tokenize_text(cases[i].text, 0, strlen(cases[i].text), &t);
        fl_clock ck;
        int ok = fl_clock_at(cases[i].text, t, n, cases[i].at_tok, unit_rules(), &ck);
        cr_expect_eq(ok, cases[i].ok, "case %zu (%s): read %d, want %d", i, cases[i].text, ok, cases[i].ok);
        if (ok && cases[i].ok)
            cr_expect(ck.at == cases[i].at && ck.end == cases[i].end, "case %zu (%s): at %d, end %zu; want %d, %zu", i,
                      cases[i].text, ck.at, ck.end, cases[i].at, cases[i].end);
        free(t);
    }
}

Test(event_times, calendar_days)
{
    static const int dates[][4] = {
        {1970, 1, 1, 0}, {2000, 2, 29, 11016}, {2031, 5, 9, 22408}, {1899, 12, 31, -25568}, {2024, 12, 31, 20088},
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        long d = fl_days_from_civil(dates[i][0], dates[i][1], dates[i][2]);
        cr_expect_eq(d, dates[i][3], "case %zu: %ld, want %d", i, d, dates[i][3]);
        int y, m, dd;
        fl_civil_from_days(d, &y, &m, &dd);
        cr_expect(y == dates[i][0] && m == dates[i][1] && dd == dates[i][2], "case %zu: back to %d-%d-%d", i, y, m, dd);
    }
}

/* The claims of a document called t.txt. */
static fl_doc *extract(const char *text, fl_claims *out)
{
    return unit_claims("t.txt", text, out);
}

typedef struct {
    const char *text;  /* a whole document */
    const char *shown; /* the claim whose text starts with this; NULL: the document has no day or time claim */
    const char *key;   /* its key */
} when_case;

/* 9 May 2031 was a Friday */
#define DATED "Published: 9 May 2031\n\n"

Test(event_times, days_and_times_are_claims_of_their_event)
{
    static const when_case cases[] = {
        /* the clause's subject is the event */
        {DATED "The landslide happened shortly after 9 p.m. near Orvik.\n", "shortly after 9 p.m. (21:00-21:30)",
         "event-time|clock|@landslide>|actual||2031-05"},
        /* an event noun right before the day's preposition, or right after the day */
        {DATED "Crews cleared the road a week after the landslide on Thursday, May 1.\n",
         "Thursday, May 1 (05-01, year not stated)", "event-date|date|@landslide>|actual||"},
        {DATED "Residents recalled the May 2 derailment at a meeting.\n", "May 2 (05-02, year not stated)",
         "event-date|date|@crash>|actual||"},
        /* across the named places between the event noun and the day's preposition (an 'in' or 'of' phrase) */
        {DATED "An Orvik Air jet made an emergency landing at Telm on Tuesday.\n", "Tuesday (2031-05-06)",
         "event-date|date|@crash>|actual||"},
        {DATED "The blast in the Port of Telm on Tuesday shook the town.\n", "Tuesday (2031-05-06)",
         "event-date|date|@explosion>|actual||"},
        /* a weekday alone is the last such day up to the document's date; "yesterday" the day before it */
        {DATED "The Orvik landslide struck on Tuesday.\n", "Tuesday (2031-05-06)",
         "event-date|date|@landslide>|actual||"},
        {DATED "The Orvik flood struck yesterday, officials said.\n", "yesterday (2031-05-08)",
         "event-date|date|@flood>|actual||"},
        /* an event verb names its class; a general one ("happened") the document's event */
        {DATED "The Orvik bridge collapse closed the valley.\n\nThe deck gave way at 4:15 p.m.\n",
         "4:15 p.m. (16:08-16:22)", "event-time|clock|@collapse>|actual||2031-05"},
        {DATED "Fire crews reached the Telm warehouse fire at dawn.\n\nIt broke out at 3:40 a.m., a guard said.\n",
         "3:40 a.m. (03:37-03:43)", "event-time|clock|@fire>|actual||2031-05"},
        /* a river bursting its banks tells the flood */
        {DATED "The River Orvik burst its banks at 3.10am.\n", "3.10am (03:07-03:13)",
         "event-time|clock|@flood>|actual||2031-05"},
        /* a time takes the month of the day its sentence states (the join compares the days) */
        {DATED "The Orvik landslide struck at 2:10 a.m. on Wednesday.\n", "2:10 a.m. (02:07-02:13)",
         "event-time|clock|@landslide>|actual||2031-05"},
        /* a relative clause of time tells what happened then */
        {DATED "The Orvik road was closed.\n\nIt came on the night of Monday, May 5, when the slope gave way.\n",
         "Monday, May 5 (05-05, year not stated)", "event-date|date|@collapse>|actual||"},
        /* a phrase of several words as the event verb; a time with a full stop placed by its part of the day */
        {DATED "A goods train came off the tracks near Orvik shortly after 8.30 on Wednesday morning.\n",
         "shortly after 8.30 (08:30-09:00)", "event-time|clock|@crash>|actual||2031-05"},
        /* a zone: the time in UTC, compared only with times in UTC */
        {DATED "The Orvik landslide struck at 06:20 CEST.\n", "06:20 CEST (04:17-04:23 UTC)",
         "event-time|clock|@landslide>|actual|UTC|2031-05"},
        /* the event verb of the time's own clause: another clause of the sentence tells other events */
        {DATED "Orvik dockers walked off the job at 6 a.m., after talks over pay collapsed.\n", "6 a.m. (05:40-06:20)",
         "event-time|clock|@strike>|actual||2031-05"},
        {DATED "The guides set off at around 10:45, and the Orvik slope gave way at 11:20.\n\nA helicopter landed at "
               "14:35.\n",
         "11:20 (11:17-11:23)", "event-time|clock|@collapse>|actual||2031-05"},
        /* a verb that tells the event only when nothing follows it as its object */
        {DATED "The Orvik slope released shortly after 2 p.m. on the north face.\n",
         "shortly after 2 p.m. (14:00-14:30)", "event-time|clock|@collapse>|actual||2031-05"},
        /* an event noun that modifies another names no event ("the fire service") */
        {DATED "The roof of the Telm hall caved in shortly after 9 p.m., according to the fire service log.\n",
         "shortly after 9 p.m. (21:00-21:30)", "event-time|clock|@collapse>|actual||2031-05"},
        /* the story's moment: a thing the lede names that failed, burst or gave way (whatever the report calls
         * the event), or a happening noun that happened; keyed by FL_STORY_MOMENT, not by its verb */
        {"Dye vat rupture turns Orvik brook blue\n\nPublished: 9 May 2031\n\nThe vat failed at 06:40, officials "
         "said.\n",
         "06:40 (06:37-06:43)", "event-time|clock|@story>|actual|moment|2031-05"},
        {"Orvik dye vat spill\n\nPublished: 9 May 2031\n\nThe 40,000-litre vat failed shortly after 6.40am.\n",
         "shortly after 6.40am (06:40-07:10)", "event-time|clock|@story>|actual|moment|2031-05"},
        {"Heat is back on in Orvik\n\nPublished: 9 May 2031\n\nResidents were cold after the energy centre broke "
         "down.\n\nThe energy centre failed at about 4am, the log shows.\n",
         "at about 4am (03:20-04:40)", "event-time|clock|@story>|actual|moment|2031-05"},
        {"Orvik heat network failure leaves homes cold\n\nPublished: 9 May 2031\n\nThe failure, in the main "
         "exchanger, happened at 02:15, the company said.\n",
         "02:15 (02:08-02:22)", "event-time|clock|@story>|actual|moment|2031-05"},
        /* the start of a state of the story (FL_STORY_START), its own attribute: a start verb, or a span verb's
         * "from" day (its "until" day is none) */
        {"Orvik pricing fault hits stores\n\nPublished: 9 May 2031\n\nThe fault first appeared on Monday, May "
         "5.\n",
         "Monday, May 5 (05-05, year not stated)", "event-date|date|@story>|actual|start|"},
        {"Orvik pricing fault hits stores\n\nPublished: 9 May 2031\n\nThe fault, caused by an update, ran from "
         "Saturday, May 3 until Tuesday, May 6.\n",
         "Saturday, May 3 (05-03, year not stated)", "event-date|date|@story>|actual|start|"},
        /* a milestone verb: the time is of that milestone of the event, or of the kind of thing that did it */
        {DATED "Telm Bank said it discovered the intrusion on May 2.\n", "May 2 (05-02, year not stated)",
         "event-date|date|@intrusion:discovered>|actual||"},
        {DATED "The intrusion was first detected on May 4, when an engineer saw odd traffic.\n",
         "May 4 (05-04, year not stated)", "event-date|date|@intrusion:discovered>|actual||"},
        {DATED "The Orvik ferry docked at 6:30 a.m. on Monday.\n", "6:30 a.m. (06:20-06:40)",
         "event-time|clock|@vessel:arrived>|actual||2031-05"},
        {DATED "A caller reported the fire at 3:33 a.m.\n", "3:33 a.m. (03:32-03:34)",
         "event-time|clock|@fire:reported>|actual||2031-05"},
        {DATED "Ammonia leaked from the Orvik depot at 5:40 a.m.\n", "5:40 a.m. (05:37-05:43)",
         "event-time|clock|@spill>|actual||2031-05"},
        /* a discovery that names its own state, with no event named, is the document's event's; a crowd crush
         * is an event */
        {DATED "Three inmates escaped from Telm prison overnight.\n\nThe men were discovered missing at the 6:15 "
               "a.m. count.\n",
         "6:15 a.m. (06:08-06:22)", "event-time|clock|@escape:discovered>|actual||2031-05"},
        {DATED "The Orvik jailbreak shocked the town.\n\nThe men were found to be missing during a 5:30 a.m. "
               "headcount.\n",
         "5:30 a.m. (05:20-05:40)", "event-time|clock|@escape:discovered>|actual||2031-05"},
        {DATED "The crush happened at about 21:40 near the Telm stage.\n", "at about 21:40 (21:25-21:55)",
         "event-time|clock|@crush>|actual||2031-05"},
        /* a milestone after the time, in a phrase of its own, is not the time's */
        {DATED "The Orvik collision happened at about 8:30 p.m., shortly after the ferry left Telm.\n",
         "at about 8:30 p.m. (20:10-20:50)", "event-time|clock|@crash>|actual||2031-05"},
        /* a road vehicle's crash told by its verbs; an outage by its noun or verb */
        {DATED "A coach carrying 46 passengers overturned on the Telm road shortly before 8 a.m.\n",
         "shortly before 8 a.m. (07:30-08:00)", "event-time|clock|@crash>|actual||2031-05"},
        {DATED "The Orvik bus left the road at about 10:20 on Saturday morning.\n", "at about 10:20 (10:05-10:35)",
         "event-time|clock|@crash>|actual||2031-05"},
        {DATED "The Telm Bank outage began at about 7am, when an update failed.\n", "at about 7am (06:20-07:40)",
         "event-time|clock|@outage>|actual||2031-05"},
        {DATED "Telm Bank's app stopped working shortly after 10am.\n", "shortly after 10am (10:00-10:30)",
         "event-time|clock|@outage>|actual||2031-05"},
        /* an hour with o'clock and the part of the day after it; a boat that went over (sinking, intransitive) */
        {DATED "The Orvik yacht capsized at a little after two o'clock on Sunday morning.\n",
         "a little after two o'clock (02:00-02:30)", "event-time|clock|@sinking>|actual||2031-05"},
        {DATED "The Orvik yacht went over just before 4am.\n", "just before 4am (03:45-04:00)",
         "event-time|clock|@sinking>|actual||2031-05"},
        /* a fire's start and a structure's collapse told by their verb phrases */
        {DATED "The Orvik warehouse caught fire shortly after 3 a.m.\n", "shortly after 3 a.m. (03:00-03:30)",
         "event-time|clock|@fire>|actual||2031-05"},
        {DATED "The Orvik stand came crashing down at about 9 p.m.\n", "at about 9 p.m. (20:20-21:40)",
         "event-time|clock|@collapse>|actual||2031-05"},
        /* a closure of premises, by its verbs; a lone participle read as the clause's past */
        {DATED "The Orvik hotel shut its doors on Tuesday.\n", "Tuesday (2031-05-06)",
         "event-date|date|@closure>|actual||"},
        {DATED "The hotel closed on May 5.\n", "May 5 (05-05, year not stated)", "event-date|date|@closure>|actual||"},
        /* a weekday apposed to a day of no year is the event's weekday */
        {DATED "The Orvik hotel closed on May 5, a Monday, after the inspection.\n",
         "May 5, a Monday (05-05, year not stated)", "event-date|date|@closure>|actual||"},
        {DATED "The Orvik hotel closed on May 5, a Monday, after the inspection.\n",
         "May 5, a Monday (Monday, the closure's weekday)", "weekday-of|event-date|date|@closure>|actual"},
        {DATED "The Orvik hotel closed on Monday, May 5.\n", "Monday, May 5 (Monday, the closure's weekday)",
         "weekday-of|event-date|date|@closure>|actual"},
        /* a clock time's "am" is no verb that would end the clause before it: the chairlift's stop is timed */
        {DATED "The Orvik chairlift stopped at 11.40am, with skiers still on board.\n", "11.40am (11:37-11:43)",
         "event-time|clock|@breakdown>|actual||2031-05"},
        /* the story's main event by the verb its headline or lede tells it by, whatever the verb: the document's
         * event when it names one, else the story's */
        {"Orvik sluice failure strands barges\n\nPublished: 9 May 2031\n\nThe Orvik sluice gate failed at 5.40am on "
         "Tuesday.\n",
         "5.40am (05:37-05:43)", "event-time|clock|@story>|actual|fail|2031-05"},
        {"Telm switches on its tidal turbines\n\nPublished: 9 May 2031\n\nThe turbines were switched on on Monday "
         "5 May.\n",
         "Monday 5 May (05-05, year not stated)", "event-date|date|@story>|actual|switch|"},
        {"Orvik flood: river gauge stops\n\nPublished: 9 May 2031\n\nThe Orvik flood cut the town in two.\n\nThe "
         "gauge stopped at 3.10am.\n",
         "3.10am (03:07-03:13)", "event-time|clock|@breakdown>|actual||2031-05"},
        {"Orvik sluice failure\n\nPublished: 9 May 2031\n\nThe Orvik flood cut the town in two.\n\nThe sluice "
         "gate failed at 3.10am.\n",
         "3.10am (03:07-03:13)", "event-time|clock|@flood>|actual||2031-05"},
        /* an alarm's time is the alarm's, never the story's moment nor an explosion's ("went off") */
        {"Orvik dye vat spill\n\nPublished: 9 May 2031\n\nThe alarm sounded at 11.20am.\n", "11.20am (11:17-11:23)",
         "event-time|clock|@alarm>|actual||2031-05"},
        {"Orvik gas blast\n\nPublished: 9 May 2031\n\nSirens went off at the Orvik works at 4.40am.\n",
         "4.40am (04:37-04:43)", "event-time|clock|@alarm>|actual||2031-05"},
        /* a first sighting or first report of the story, by its verb or its noun with a first: the story's
         * discovery, not its event's time */
        {"Orvik whale stranding\n\nPublished: 9 May 2031\n\nThe animals were spotted at 6.40am by a walker.\n",
         "6.40am (06:37-06:43)", "event-time|clock|@story>|actual|activity-milestone:discovered|2031-05"},
        {"Orvik whale stranding\n\nPublished: 9 May 2031\n\nThe coastguard received the first call at 06:40.\n",
         "06:40 (06:37-06:43)", "event-time|clock|@story>|actual|activity-milestone:discovered|2031-05"},
        /* a wire dateline before a spaced hyphen is no subject of the lede's clause */
        {DATED "ORVIK, May 5 (Telm News) - A fire at the Orvik depot cut power to the port at 18:52 on Monday.\n",
         "18:52 (18:51-18:53)", "event-time|clock|@fire>|actual||2031-05"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = extract(cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].shown);
        cr_expect(x != NULL, "case %zu: no claim \"%s\" in %s", i, cases[i].shown, cases[i].text);
        if (x)
            cr_expect_str_eq(x->key ? x->key : "", cases[i].key, "case %zu: key %s, want %s", i, x->key ? x->key : "",
                             cases[i].key);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

Test(event_times, what_is_no_claim_of_an_event)
{
    static const char *const docs[] = {
        /* a plan, a day still ahead, a weekday told in the present */
        DATED "The Orvik landslide inquiry will open on Tuesday, May 20.\n",
        DATED "The Orvik election is Thursday, officials said.\n",
        DATED "Officials said the landslide could happen at 9 p.m. if the rain continues.\n",
        /* no event in the sentence (the lede's verb, the story's main event, is another), or two */
        DATED "The Orvik council met.\n\nThe mayor spoke at 9 p.m. in Orvik.\n",
        DATED "Firefighters said it happened at 9 p.m., after the fire and the explosion.\n",
        /* a publication stamp after a full date */
        DATED "Orvik landslide May 8, 2031, 2:21 pm BST The landslide struck the village.\n",
        /* several times in a sentence whose verb alone names the event */
        DATED "The Orvik landslide closed the road.\n\nIt struck between 2 a.m. and 3 a.m.\n",
        /* an event verb of another clause: the dockers' meeting is not when the talks collapsed */
        DATED "Orvik dockers met at 6 a.m., after talks over pay collapsed.\n",
        /* a verb told of events only without an object, passive, or as a participle */
        DATED "The Orvik slope collapse closed the road.\n\nPolice released the names at 5 p.m.\n",
        DATED "The Orvik slope collapse closed the road.\n\nThe video was released at 4 p.m.\n",
        DATED "The Orvik slope collapse closed the road.\n\nDocuments released at 6 p.m. showed it.\n",
        /* a milestone of a kind that is no thing's: an organisation announcing something */
        DATED "The Orvik agency announced the plan at 4 p.m.\n",
        /* a leak told by a verb only as the active verb of its clause with no object */
        DATED "The Orvik oil spill closed the port.\n\nThe memo was leaked at 4 p.m.\n",
        DATED "The Orvik oil spill closed the port.\n\nA clerk leaked the memo at 4 p.m.\n",
        /* a discovery of something else than the event's state, in a story of a fire */
        DATED "The Telm warehouse fire burned for hours.\n\nA body was discovered at 6 a.m.\n",
        /* a gathering between the event noun and the day is no place of the event: the day is the meeting's */
        DATED "Residents recalled the Orvik derailment at a meeting on Tuesday.\n",
        /* a closure verb with an object; an hour with o'clock and no part of the day */
        DATED "The Orvik hotel closed the pool at 4 p.m.\n",
        DATED "The Orvik yacht sank at two o'clock.\n",
        /* the headline's verb with an object after it in the body is an act on something, not the event's
         * happening; a verb of another event than the headline's and lede's; a negated one */
        "Orvik gate blast puts harvest in doubt\n\nPublished: 9 May 2031\n\nOn Tuesday evening, Telm put the "
        "damage at EUR 4 million.\n",
        "Orvik sluice failure\n\nPublished: 9 May 2031\n\nThe Orvik sluice gate failed.\n\nThe council met at 4 "
        "p.m. on Tuesday.\n",
        "Orvik sluice failure\n\nPublished: 9 May 2031\n\nThe Orvik sluice gate failed.\n\nThe second gate did "
        "not fail at 4 p.m.\n",
        /* the story's moment only of the story's main thing (a word of its lede), by a happening verb with no
         * modal, object or infinitive; other times of the story (crews arriving, a gate reopening, an alarm)
         * are none (a road's reopening is the road's own: tests/cases/closure-time-*; an alarm's, the alarm's own:
         * days_and_times_are_claims_of_their_event) */
        "Orvik flood closes roads\n\nPublished: 9 May 2031\n\nThe pump failed at 4 a.m., officials said.\n",
        "Orvik payroll glitch\n\nPublished: 9 May 2031\n\nThe glitch hit the payroll system.\n\nThe system "
        "failed to send alerts at 4 a.m. on Tuesday.\n",
        "Orvik dye vat spill\n\nPublished: 9 May 2031\n\nCrews arrived at 07:05 and the gate reopened at 2 "
        "p.m.\n\nThe vat could have failed at 5 a.m.\n\nThe vat did not fail at 6 a.m.\n",
        "Orvik dye vat spill\n\nPublished: 9 May 2031\n\nThe incident report was filed at 4 p.m.\n",
        /* a start with an object, or of a person, starts no state of the story */
        "Orvik swim crossing\n\nPublished: 9 May 2031\n\nThe swimmers were cold.\n\nAbout 640 swimmers started "
        "the crossing at 8:30 a.m.\n",
        "Orvik fault interview\n\nPublished: 9 May 2031\n\nThe host began his interview with the fault on "
        "Sunday.\n",
        /* another sighting, a person's, a later call, a negated or supposed one: no discovery of the story */
        "Orvik whale stranding\n\nPublished: 9 May 2031\n\nA second pod was spotted at 11 a.m.\n",
        "Orvik whale stranding\n\nPublished: 9 May 2031\n\nHe was spotted on the cliff at 11 p.m.\n",
        "Orvik whale stranding\n\nPublished: 9 May 2031\n\nA later call at 10 a.m. gave an update.\n",
        "Orvik whale stranding\n\nPublished: 9 May 2031\n\nThe whales were not noticed until 9 a.m.\n",
        "Orvik whale stranding\n\nPublished: 9 May 2031\n\nWalkers could have spotted them at 6 a.m.\n",
        /* a bare 11:20 in a text that writes 12-hour times with a colon: morning or evening is not known */
        DATED "The Orvik slope gave way at 11:20.\n\nThe gate reopened at 2:15 p.m.\n",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        fl_claims c;
        fl_doc *d = extract(docs[i], &c);
        for (size_t k = 0; k < c.len; k++)
            cr_expect((strcmp(c.items[k].dim, "clock") != 0 && strcmp(c.items[k].dim, "date") != 0) ||
                          (c.items[k].key_base && c.items[k].key_base[0] == '~'), /* no event's: open_time */
                      "case %zu: %s is a claim (%s)", i, c.items[k].text, c.items[k].key ? c.items[k].key : "");
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* ---- the join ---- */

typedef struct {
    const char *a, *b; /* two documents of one directory */
    int findings;      /* numeric-conflict and date-inconsistency findings of the join */
} join_case;

Test(event_times, the_join_of_days_times_and_running_counts)
{
    static const join_case cases[] = {
        /* times of one event beyond their hedges; compatible ones */
        {"Published: 6 May 2031\n\nThe Orvik landslide happened shortly after 9 p.m.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide happened at around 10:45 p.m.\n", 1},
        {"Published: 6 May 2031\n\nThe Orvik landslide happened shortly after 9 p.m.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide happened at 9:12 p.m.\n", 0},
        {"Published: 6 May 2031\n\nThe Orvik landslide struck at 11:50 p.m.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide struck at about 12:05 a.m.\n", 0},
        /* days of one event: stated, and counted from the dateline */
        {"Published: 6 May 2031\n\nThe Orvik landslide struck on Monday, May 5.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide struck on Sunday, May 4.\n", 1},
        {"Published: 6 May 2031\n\nThe Orvik landslide struck on Monday, May 5.\n",
         "Published: 6 May 2031\n\nThe Orvik landslide struck yesterday.\n", 0},
        /* a document that gives the event two days: several events, or one over days; not compared */
        {"Published: 6 May 2031\n\nThe Orvik protest began on Saturday.\n\nThe protest turned violent on Sunday, May "
         "4.\n",
         "Published: 8 May 2031\n\nThe protest was on Monday, May 5.\n", 0},
        /* one document that gives one event two times, each in a clause whose subject did it: one fact told
         * twice, compared; a repeat ("a second section") or another milestone is another fact */
        {"Published: 6 May 2031\n\nThe Orvik slope released shortly after 2 p.m.\n\nA guide said the slope gave way "
         "at 11:20.\n\nA helicopter landed at 14:35.\n",
         "Published: 8 May 2031\n\nOrvik reopened its school.\n", 1},
        {"Published: 6 May 2031\n\nThe roof of the Orvik hall collapsed at 7:40 p.m.\n\nA second section of the "
         "roof collapsed at 9:10 p.m.\n",
         "Published: 8 May 2031\n\nOrvik reopened its school.\n", 0},
        /* a ship's arrival told in two reports with two verbs and two nouns of one kind */
        /* the story's moment, whatever each report calls its event (a spill, a rupture), and its precision: a
         * moment that agrees; the time an alarm sounded is none */
        {"Questions over vat supports after Tarrow Brook dye spill\n\nPublished: 4 March 2031\n\nA dye vat at "
         "Velden Dyeworks in Brindlecombe failed at 7.15am yesterday, sending dye down the Tarrow Brook.\n",
         "Dye vat rupture turns Brindlecombe brook blue\n\nBRINDLECOMBE, 3 March 2031 (Press Agency) - The vat at "
         "the Velden Dyeworks plant failed at 06:40, sending dye down the Tarrow Brook.\n",
         1},
        {"Questions over vat supports after Tarrow Brook dye spill\n\nPublished: 4 March 2031\n\nA dye vat at "
         "Velden Dyeworks in Brindlecombe failed at 6.40am yesterday, sending dye down the Tarrow Brook.\n",
         "Dye vat rupture turns Brindlecombe brook blue\n\nBRINDLECOMBE, 3 March 2031 (Press Agency) - The vat at "
         "the Velden Dyeworks plant gave way at 06:40, sending dye down the Tarrow Brook.\n",
         0},
        {"Questions over vat supports after Tarrow Brook dye spill\n\nPublished: 4 March 2031\n\nA dye vat at "
         "Velden Dyeworks in Brindlecombe failed at 6.40am yesterday, sending dye down the Tarrow Brook.\n",
         "Dye vat rupture turns Brindlecombe brook blue\n\nBRINDLECOMBE, 3 March 2031 (Press Agency) - The alarm at "
         "the Velden Dyeworks plant sounded at 07:15, as dye ran down the Tarrow Brook.\n",
         0},
        /* two starts of the story's state; a start and a moment are two attributes */
        {"Pelham pricing fault hits Velden stores\n\nPublished: 23 October 2026\n\nThe fault first appeared on "
         "Monday 12 October 2026 at Pelham stores in Velden, Tarrow and Brindlecombe.\n",
         "Pelham pricing fault hits Velden stores\n\nPublished: 22 October 2026\n\nThe fault began on Saturday 17 "
         "October 2026 at Pelham stores in Velden, Tarrow and Brindlecombe.\n",
         1},
        {"Pelham pricing fault hits Velden stores\n\nPublished: 23 October 2026\n\nThe fault first appeared on "
         "Monday 12 October 2026 at Pelham stores in Velden, Tarrow and Brindlecombe.\n",
         "Pelham pricing fault hits Velden stores\n\nPublished: 22 October 2026\n\nThe fault failed on Saturday 17 "
         "October 2026 at Pelham stores in Velden, Tarrow and Brindlecombe.\n",
         0},
        {"Published: 6 May 2031\n\nThe Orvik ferry docked at 6:30 a.m. on Monday.\n",
         "Published: 6 May 2031\n\nThe vessel arrived in Orvik shortly before noon on Monday.\n", 1},
        /* a milestone is not the event's happening */
        {"Published: 6 May 2031\n\nThe Orvik intrusion happened on May 2.\n",
         "Published: 8 May 2031\n\nTelm Bank said it discovered the intrusion on May 5.\n", 0},
        {"Published: 6 May 2031\n\nTelm Bank said it discovered the intrusion on May 2.\n",
         "Published: 8 May 2031\n\nThe intrusion was first detected on May 5.\n", 1},
        /* a running count: a later, larger figure is an update only when the earlier was open or the later rose */
        {"Published: 6 May 2031\n\nThe Orvik landslide killed 14 people.\n",
         "Published: 16 May 2031\n\nThe Orvik landslide killed 19 people.\n", 1},
        {"Published: 6 May 2031\n\nThe Orvik landslide has killed at least 14 people.\n",
         "Published: 16 May 2031\n\nThe Orvik landslide killed 19 people.\n", 0},
        {"Published: 6 May 2031\n\nThe Orvik landslide killed 14 people so far.\n",
         "Published: 16 May 2031\n\nThe Orvik landslide killed 19 people.\n", 0},
        {"Published: 6 May 2031\n\nThe Orvik landslide killed 14 people.\n",
         "Published: 16 May 2031\n\nThe death toll from the Orvik landslide rose to 19 people.\n", 0},
        /* a toll that shrinks is a conflict, open or not */
        {"Published: 6 May 2031\n\nThe Orvik landslide has killed at least 19 people.\n",
         "Published: 16 May 2031\n\nThe Orvik landslide killed 14 people.\n", 1},
        /* a time with its day and one without meet; two times on two stated days do not (their days are
         * the one finding) */
        {"Published: 8 May 2031\n\nThe Orvik landslide struck at 2:10 a.m. on Wednesday.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide happened at about 5 a.m.\n", 1},
        {"Published: 8 May 2031\n\nThe Orvik landslide struck at 2:10 a.m. on Wednesday.\n",
         "Published: 8 May 2031\n\nThe Orvik landslide struck at 5 a.m. on Tuesday.\n", 1},
        /* an undated report takes the date of a dated report of the same story (shared names) */
        {"Published: 6 May 2031\n\nThe Orvik landslide near Telmen in the Kessa valley killed 14 people, Orvik "
         "officials said.\n",
         "The Orvik landslide near Telmen killed 19 people, the Orvik mayor said in the Kessa valley.\n", 1},
        {"Published: 6 May 2031\n\nThe Orvik landslide near Telmen in the Kessa valley happened at 9 p.m., Orvik "
         "officials said.\n",
         "The Orvik landslide near Telmen happened at about 11 p.m., the Orvik mayor said in the Kessa valley.\n", 1},
        {"Published: 6 May 2031\n\nThe Orvik landslide near Telmen in the Kessa valley killed 14 people, Orvik "
         "officials said.\n",
         "The Orvik landslide near Telmen killed about 14 people, the Orvik mayor said in the Kessa valley.\n", 0},
        /* ... not of another story in the same directory (no shared names) */
        {"Published: 6 May 2031\n\nThe Orvik landslide near Telmen in the Kessa valley killed 14 people, Orvik "
         "officials said.\n",
         "The Brask landslide above Lunde killed 19 people, the Brask mayor said in Lunde.\n", 0},
        /* ... nor a running count stated as open on either side (which report came first is not known) */
        {"Published: 6 May 2031\n\nThe Orvik landslide near Telmen in the Kessa valley killed 14 people, Orvik "
         "officials said.\n",
         "The Orvik landslide near Telmen has killed at least 19 people, the Orvik mayor said in the Kessa valley.\n",
         0},
        /* a document's time of the event from what its subject did, and another from an event noun beside
         * it ("a magnitude 4.6 tremor", an aftershock): the second leaves the group, the first is compared */
        {"Published: 6 May 2031\n\nA strong earthquake struck the Orvik valley at 3:17 a.m.\n\nThe strongest "
         "aftershock, a magnitude 4.6 tremor at 11:05 a.m., shook Telm.\n",
         "Published: 6 May 2031\n\nThe quake struck the Orvik valley shortly before 2am.\n", 1},
        {"Published: 6 May 2031\n\nA strong earthquake struck the Orvik valley at 3:17 a.m.\n\nThe strongest "
         "aftershock, a magnitude 4.6 tremor at 11:05 a.m., shook Telm.\n",
         "Published: 6 May 2031\n\nThe quake struck the Orvik valley at about 3:20 a.m.\n", 0},
        /* a year-less wire report and a dated follow-up five days later whose time is stated to be on the
         * wire's day */
        {"ORVIK, May 3 (Telm News) - A coach overturned near Orvik at about 10:20 a.m. on Saturday.\n",
         "Published: Thursday, 8 May 2031\n\nA coach overturned near Orvik shortly before 8 a.m. on Saturday.\n", 1},
        /* an undated report's clock time of the event meets a dated one's when they share two names (a time is
         * of one event of its class and milestone); a count needs three */
        {"Published: 6 May 2031\n\nThree inmates escaped from Orvik Ridge prison.\n\nThe men were discovered "
         "missing at the 6:15 a.m. count on Tuesday.\n",
         "Three men escaped from Orvik Ridge overnight.\n\nThe men were found to be missing during a 5:30 a.m. "
         "headcount.\n",
         1},
        {"Published: 6 May 2031\n\nThree inmates escaped from Orvik Ridge prison.\n\nThe men were discovered "
         "missing at the 6:15 a.m. count on Tuesday.\n",
         "Three men escaped from Orvik Ridge overnight.\n\nThe men were found to be missing during a 6:15 a.m. "
         "headcount.\n",
         0},
        /* the day of the story's main event, told by one verb in two reports that name no event class: compared
         * within the story, not with an unrelated document of the directory */
        {"Telm switches on its tidal turbines\n\nPublished: 9 May 2031\n\nThe Telm turbines at Orvik Sound were "
         "switched on on Monday 5 May.\n",
         "Turbines power Telm\n\nPublished: 10 May 2031\n\nThe Telm turbines at Orvik Sound were switched on on "
         "Wednesday 7 May.\n",
         1},
        {"Telm switches on its tidal turbines\n\nPublished: 9 May 2031\n\nThe Telm turbines at Orvik Sound were "
         "switched on on Monday 5 May.\n",
         "Brask opens its library\n\nPublished: 10 May 2031\n\nThe Brask library in Lunde was opened on "
         "Wednesday 7 May.\n",
         0},
        /* ... nor a follow-up report whose headline tells another act of the story (the verb is the item) */
        {"Telm switches on its tidal turbines\n\nPublished: 9 May 2031\n\nThe Telm turbines at Orvik Sound were "
         "switched on on Monday 5 May.\n",
         "Telm turbines restarted\n\nPublished: 10 May 2031\n\nThe Telm turbines at Orvik Sound, which were switched "
         "on "
         "last week, were restarted on Wednesday 7 May.\n",
         0},
        /* a day of an undated report takes the year of a dated report of its directory near it that shares a name,
         * though the dated one gives no weekday itself (its own date is routed with the weekdays) */
        {"Published: 22 January 2031\n\nA coach left the D90 road above Saint-Aubrac, rescuers said.\n",
         "A coach skidded off an icy road near Saint-Aubrac yesterday (Tuesday, January 23).\n", 1},
        {"Published: 22 January 2031\n\nA coach left the D90 road above Saint-Aubrac, rescuers said.\n",
         "A coach skidded off an icy road near Saint-Aubrac yesterday (Thursday, January 23).\n", 0},
        {"Published: 22 January 2031\n\nA coach left the D90 road above Saint-Aubrac, rescuers said.\n",
         "A coach skidded off an icy road near Saint-Aubrac on Tuesday, June 23.\n", 0},
        /* two undated reports: no date to share */
        {"The Orvik landslide near Telmen in the Kessa valley killed 14 people, Orvik officials said.\n",
         "The Orvik landslide near Telmen killed 19 people, the Orvik mayor said in the Kessa valley.\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = unit_join_findings(cases[i].a, cases[i].b);
        cr_expect_eq(n, (size_t)cases[i].findings, "case %zu: %zu findings, want %d\n  %s  %s", i, n, cases[i].findings,
                     cases[i].a, cases[i].b);
    }
}
