/* test_time_zones.c - time zones of places and summer time (time.json zones, summer_times), a clock time
 * given in two zones ("4:30 a.m. local time (11.30 p.m. ET)") checked as one moment, and relative days
 * ("the day before yesterday") counted from the document date. Table-driven; the
 * sentences are invented, the places are those of the zone table. */
#include "unit.h"

#include "core/rules.h"
#include "doc/tokens.h"
#include "extract/timex.h"

static int zone_index(const char *id)
{
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < k->nzones; i++)
        if (strcmp(k->zones[i].id, id) == 0)
            return (int)i;
    cr_assert_fail("no zone %s in time.json", id);
    return -1;
}

Test(time_zones, summer_time_by_date)
{
    static const struct {
        const char *zone;
        int y, m, d, n, off;
    } cases[] = {
        {"europe-central", 2013, 9, 9, 1, 120},  /* summer */
        {"europe-central", 2013, 12, 19, 1, 60}, /* winter */
        {"europe-central", 2013, 3, 30, 1, 60},  /* the day before the last Sunday of March */
        {"europe-central", 2013, 3, 31, 1, 120}, /* the last Sunday of March */
        {"europe-central", 2013, 10, 27, 1, 60}, /* the last Sunday of October: back to winter */
        {"us-eastern", 2013, 3, 10, 1, -240},    /* the second Sunday of March since 2007 */
        {"us-eastern", 2013, 3, 9, 1, -300},
        {"us-eastern", 2005, 3, 20, 1, -300}, /* before 2007: from the first Sunday of April */
        {"us-eastern", 2005, 4, 3, 1, -240},
        {"us-eastern", 2005, 10, 30, 1, -300},      /* ... to the last Sunday of October */
        {"australia-eastern", 2013, 1, 15, 1, 660}, /* southern summer, across the new year */
        {"australia-eastern", 2013, 7, 1, 1, 600},
        {"japan-korea", 2013, 7, 1, 1, 540},  /* no summer time */
        {"europe-western", 0, 0, 0, 2, 0},    /* no date: standard or summer time */
        {"egypt-levant", 2013, 7, 1, 2, 120}, /* summer time in some years only: either */
    };
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int out[2] = {0, 0};
        int n = fl_zone_offsets(k, zone_index(cases[i].zone), cases[i].y, cases[i].m, cases[i].d, out);
        cr_expect_eq(n, cases[i].n, "%s %d-%d-%d: %d offsets", cases[i].zone, cases[i].y, cases[i].m, cases[i].d, n);
        cr_expect_eq(out[0], cases[i].off, "%s %d-%d-%d: offset %d, want %d", cases[i].zone, cases[i].y, cases[i].m,
                     cases[i].d, out[0], cases[i].off);
    }
}

Test(time_zones, the_zone_of_a_documents_places)
{
    static const struct {
        const char *text, *zone; /* zone NULL: none */
    } cases[] = {
        {"Police in Paris and Lyon said the van was found.", "europe-central"},
        {"The team flew from Paris to Tokyo.", NULL},                 /* places of two zones */
        {"The council met on Tuesday.", NULL},                        /* no place */
        {"Officials in Toronto and New York said so.", "us-eastern"}, /* one zone, two countries */
        /* a wire dateline names where the outlet wrote, not where the event was */
        {"LONDON, 5 March (Refining Monitor) - An explosion hit the Varnholm refinery.", NULL},
        {"PARIS (Reuters) - Thieves rammed a shop near the Louvre in Paris.", "europe-central"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_token *t = NULL;
        size_t n = fl_tokenize_text(cases[i].text, 0, strlen(cases[i].text), &t);
        int z = fl_doc_zone(cases[i].text, t, n, unit_rules());
        const char *got = z >= 0 ? fl_rules_knowledge(unit_rules())->zones[z].id : NULL;
        cr_expect(got == cases[i].zone || (got && cases[i].zone && strcmp(got, cases[i].zone) == 0),
                  "%s: zone %s, want %s", cases[i].text, got ? got : "none", cases[i].zone ? cases[i].zone : "none");
        free(t);
    }
}

Test(time_zones, a_time_and_its_rendering_in_another_zone)
{
    static const struct {
        const char *text;
        size_t findings;
    } cases[] = {
        /* Paris in summer or winter is 6 hours ahead of New York: 4:30 is 22:30 ET */
        {"Thieves rammed a shop in Paris at around 4:30 a.m. local time (11.30 p.m. ET).", 1},
        {"Thieves rammed a shop in Paris at around 4:30 a.m. local time (10.30 p.m. ET).", 0},
        /* a fixed zone and a place without summer time */
        {"The train reached Tokyo at 9:15 p.m. (1215 GMT).", 0},
        {"The train reached Tokyo at 9:15 p.m. (1315 GMT).", 1},
        /* the other way round: the stated zone first, local time in parentheses */
        {"The valve in Oslo was shut at 0540 GMT (8:40 a.m. local time).", 1},
        {"The valve in Oslo was shut at 0540 GMT (6:40 a.m. local time).", 0}, /* no date: winter or summer */
        {"The valve in Oslo was shut at 0540 GMT (7:40 a.m. local time).", 0},
        /* summer time by the document's date */
        {"---\ndate: 2024-07-03\n---\nThe blast in London came at 4.52pm (1552 GMT).\n", 0},
        {"---\ndate: 2024-12-03\n---\nThe blast in London came at 4.52pm (1552 GMT).\n", 1},
        /* no place, or places of two zones: the local zone is not known */
        {"The cut came at 10:00 am (0800 GMT).", 0},
        {"The cables off Sicily and Egypt were cut at 10:00 am (0900 GMT).", 0}, /* places of two zones */
        {"Flights from Paris to Tokyo left at 10:00 am (0500 GMT).", 0},
        /* two stated zones */
        {"The statement came at 07:58 GMT (23:58 PST).", 0},
        {"The statement came at 07:58 GMT (22:58 PST).", 1},
        /* not a rendering: a second time of another moment in parentheses has no zone either */
        {"The fire in Paris began at 4:30 a.m. (and was out by 6 a.m.).", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("z.md", cases[i].text, FL_RULE_DATE_INCONSISTENCY), cases[i].findings, "%s",
                     cases[i].text);
}

Test(time_zones, a_local_time_meets_a_time_with_a_zone)
{
    static const struct {
        const char *a, *b;
        size_t findings;
    } cases[] = {
        /* Lyon keeps summer time in July: 4.52pm is 14:52 UTC */
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Lyon at 4.52pm on Wednesday, police said.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 1452 GMT on Wednesday, officials said.\n",
         0},
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Lyon at 4.52pm on Wednesday, police said.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 1552 GMT on Wednesday, officials said.\n",
         1},
        /* no place of the zone table: a local time and a zoned one are not compared */
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Varnholm at 4.52pm on Wednesday.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 1552 GMT on Wednesday.\n", 0},
        /* a time given in both zones meets reports of either */
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Varnholm at 9:40 p.m. (2140 GMT) on "
         "Wednesday.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 2340 GMT on Wednesday.\n", 1},
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Varnholm at 9:40 p.m. (2140 GMT) on "
         "Wednesday.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 2140 GMT on Wednesday.\n", 0},
        /* two such reports that disagree are reported once, not once per zone */
        {"Published: 4 July 2024\n\nAn explosion tore through a depot in Varnholm at 9:40 p.m. (2140 GMT) on "
         "Wednesday.\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 11:40 p.m. (2340 GMT) on Wednesday.\n", 1},
        /* a time with no minutes and "local time" is read with its zone */
        {"Published: 4 July 2024\n\nAn explosion hit a depot in Varnholm at 11 p.m. local time (2300 GMT).\n",
         "Published: 4 July 2024\n\nAn explosion ripped through a depot at 0100 GMT.\n", 1},
        /* a zone's day: 9:30pm on Saturday in New York in March (EST) is 02:30 UTC on Sunday */
        {"Published: 4 March 2025\n\nThe quake struck New York at 9:30pm on Saturday, officials said.\n",
         "Published: 4 March 2025\n\nThe quake struck at 0230 UTC on Sunday, officials said.\n", 0},
        {"Published: 4 March 2025\n\nThe quake struck New York at 9:30pm on Saturday, officials said.\n",
         "Published: 4 March 2025\n\nThe quake struck at 0330 UTC on Sunday, officials said.\n", 1},
        /* a named zone that keeps summer time: 9:30 p.m. ET in March 2025 (EST) is 02:30 UTC */
        {"Published: 4 March 2025\n\nThe quake struck at 9:30 p.m. ET on Saturday, officials said.\n",
         "Published: 4 March 2025\n\nThe quake struck at 0330 UTC on Sunday, officials said.\n", 1},
        {"Published: 4 March 2025\n\nThe quake struck at 9:30 p.m. ET on Saturday, officials said.\n",
         "Published: 4 March 2025\n\nThe quake struck at 0230 UTC on Sunday, officials said.\n", 0},
        /* a day in UTC is not compared with the place's day */
        {"Published: 4 March 2025\n\nThe quake struck on Saturday night, officials said.\n",
         "Published: 4 March 2025\n\nThe quake struck at 0230 UTC on Sunday, officials said.\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_join_findings(cases[i].a, cases[i].b), cases[i].findings, "case %zu", i);
}

Test(relative_days, counted_back_from_the_documents_date)
{
    static const struct {
        const char *sentence, *figure;
        int day; /* of March 2025; the document is of Wednesday 5 March */
    } cases[] = {
        {"The bridge collapsed yesterday, police said.", "yesterday", 4},
        {"The bridge collapsed the day before yesterday, police said.", "the day before yesterday", 3},
        {"The bridge collapsed late last night, police said.", "last night", 4},
        {"The bridge collapsed early this morning, police said.", "this morning", 5},
        {"The bridge collapsed on Monday evening, police said.", "Monday", 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[256];
        snprintf(text, sizeof text, "Published: Wednesday, 5 March 2025\n\n%s\n", cases[i].sentence);
        fl_claims c;
        fl_doc *d = unit_claims("r.txt", text, &c);
        const fl_claim *cl = unit_find_claim(&c, cases[i].figure);
        cr_expect(cl && cl->month == 3 && cl->day == cases[i].day, "%s: day %d, want %d", cases[i].sentence,
                  cl ? cl->day : -1, cases[i].day);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}
