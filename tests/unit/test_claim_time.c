/* test_claim_time.c - a figure's time and what it refers back to, table-driven: periods attached by the
 * sentence's structure (a base of comparison keeps its year, "a year earlier" counts from the sentence's own
 * time), quantities used as adjectives, "the <kind>" resolved to the last name of that kind, and the
 * same-document comparison of figures without a stated period with the traps that must stay apart. Subjects
 * and sentences are invented; none is from the development data. */
#include "unit.h"

#include <math.h>

#include "core/rules.h"

#define DATED "Published: 9 May 2031\n\n"

/* The claim of text whose text starts with figure, or NULL. */
static const fl_claim *find_claim(const fl_claims *c, const char *figure)
{
    for (size_t k = 0; k < c->len; k++)
        if (strncmp(c->items[k].text, figure, strlen(figure)) == 0)
            return &c->items[k];
    return NULL;
}

Test(claim_time, periods_by_structure)
{
    static const struct {
        const char *text;
        const char *figure;
        int year;   /* its period's year, 0 none */
        int month;  /* its month, 0 none */
        int target; /* 1: a target (a deadline still ahead) */
    } cases[] = {
        /* a year after a base of comparison dates that base only; a year before the subject noun dates it */
        {DATED "The 2030 barley harvest is estimated at 6.1 million tonnes, up from 5.2 million tonnes in 2029.\n",
         "6.1", 2030, 0, 0},
        {DATED "The 2030 barley harvest is estimated at 6.1 million tonnes, up from 5.2 million tonnes in 2029.\n",
         "5.2", 2029, 0, 0},
        {DATED "Tolvane Mills sold 410,000 tonnes of flour in 2030, compared with 380,000 tonnes in 2029.\n", "410,000",
         2030, 0, 0},
        /* "a year earlier" after a figure counts from the sentence's time: the document's, with no year stated */
        {DATED "Barley prices averaged 182 euros a tonne in April, against 204 euros a year earlier.\n", "204", 2030, 0,
         0},
        /* ... and a month with no year is of the document's year (the latest April up to May 2031) */
        {DATED "Barley prices averaged 182 euros a tonne in April, against 204 euros a year earlier.\n", "182", 2031, 4,
         0},
        /* "N years ago" counts back from the document's year */
        {DATED "Kestrel Air bought the Orsk terminal for 41 million euros seven years ago.\n", "41", 2024, 0, 0},
        {DATED "Barley prices averaged 198 euros a tonne a year ago.\n", "198", 2030, 0, 0},
        /* ... not a year of an earlier sentence that says when something began */
        {DATED "The Osterby hall opened in 1987. The order book stood at 2.3 billion euros, down from 3.1 billion "
               "euros a year earlier.\n",
         "3.1", 2030, 0, 0},
        /* ... and a year stated earlier in its own sentence */
        {DATED "Exports rose to 5 million tonnes in 2028 from 4 million tonnes a year earlier.\n", "4 million", 2027, 0,
         0},
        /* "That year" opening a sentence still carries the year before */
        {DATED "The Velmar accord was signed in 2022. That year, Velmar exported 5 million tonnes of barley.\n", "5",
         2022, 0, 0},
        /* a year after "on" in a change is the base, not the period */
        {DATED "The Orsk barley harvest was 2.6 million tonnes, down 5 percent on 2029.\n", "2.6", 0, 0, 0},
        /* A month named without its year, or counted from the document's ("last month"), is a month of the document's
         * year: the latest such month up to the document's date, or for a deadline still ahead the coming one (a
         * target). A month with its year keeps it, and a month's key is the same whichever way it was stated. */
        {DATED "Kestrel Air carried 41,200 passengers in April.\n", "41,200", 2031, 4, 0},
        {DATED "Kestrel Air carried 41,200 passengers last month.\n", "41,200", 2031, 4, 0},
        {"Published: 9 January 2031\n\nKestrel Air carried 38,000 passengers last month.\n", "38,000", 2030, 12, 0},
        /* a month after the document's is of the year before */
        {DATED "Kestrel Air carried 52,000 passengers in August.\n", "52,000", 2030, 8, 0},
        {DATED "During March, Kestrel Air carried 40,100 passengers.\n", "40,100", 2031, 3, 0},
        {DATED "Kestrel Air had carried 150,000 passengers by 30 April.\n", "150,000", 2031, 4, 0},
        /* a deadline still ahead is a target of the document's year */
        {DATED "Kestrel Air aims to carry 60,000 passengers a month by September.\n", "60,000", 2031, 9, 1},
        {DATED "Kestrel Air will shut its Orsk base by the end of September, with the loss of 340 jobs.\n", "340", 2031,
         9, 1},
        /* a month with its year keeps the year */
        {DATED "Kestrel Air carried 30,500 passengers in April 2029.\n", "30,500", 2029, 4, 0},
        /* "May" the modal verb is no month, nor a month with no preposition before it */
        {DATED "Kestrel Air says 3,000 passengers may be affected.\n", "3,000", 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        const fl_claim *x = find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x) {
            cr_expect(x->year == cases[i].year && x->month == cases[i].month, "case %zu: %s\n  %s: %d-%d, want %d-%d",
                      i, cases[i].text, cases[i].figure, x->year, x->month, cases[i].year, cases[i].month);
            cr_expect_eq(x->modality == FL_MOD_TARGET, cases[i].target, "case %zu: %s  target (modality %d)", i,
                         cases[i].text, x->modality);
        }
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* A flow of an account with no period of its own, in a report whose lede says which period it covers, is of that
 * period when its clause names whose it is; not a figure that names nobody (a division's is often so given), a
 * base of comparison, a forecast, a figure with its own period, nor any figure of a report that states no period. */
Test(claim_time, reported_flows_take_the_period_the_report_covers)
{
#define INTERIM "Orvel Foods plc - Interim results for the first half of 2031\n\nPublished: 9 September 2031\n\n"
    static const struct {
        const char *text;
        const char *figure;
        int year, part; /* its period's year (0 none) and whether it is a part of the year */
    } cases[] = {
        {INTERIM "The Group took £2.46bn in revenue over the half.\n", "£2.46bn", 2031, 1},
        {INTERIM "Orvel Foods made a pre-tax profit of £151m.\n", "£151m", 2031, 1},
        {INTERIM "Revenue in the bakery division was £410m.\n", "£410m", 0, 0},
        {INTERIM "The Group expects revenue of £5.4bn.\n", "£5.4bn", 0, 0},
        {INTERIM "The Group continues to expect revenue of £5.4bn.\n", "£5.4bn", 0, 0},
        {INTERIM "Analysts are expecting Orvel Foods to report revenue of £5.4bn.\n", "£5.4bn", 0, 0},
        {INTERIM "The Group took £2.46bn in revenue, up from £2.31bn in 2030.\n", "£2.31bn", 2030, 0},
        /* a workforce is a stock as of the report: its period too (claim_model.reporting "stocks") */
        {INTERIM "The Group employs 4,100 people.\n", "4,100", 2031, 1},
        {"Orvel Foods plc\n\nPublished: 9 September 2031\n\nThe Group took £2.46bn in revenue over the half.\n",
         "£2.46bn", 0, 0},
        /* a year stated before the reporting noun is no period of the report */
        {"In 2030 Orvel Foods opened 12 stores, its chief executive said in its results.\n\nThe Group took £2.46bn "
         "in revenue.\n",
         "£2.46bn", 0, 0},
    };
#undef INTERIM
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        const fl_claim *x = find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x)
            cr_expect(x->year == cases[i].year && !!x->part == cases[i].part, "case %zu: %s\n  %s: %d part %d", i,
                      cases[i].text, cases[i].figure, x->year, x->part);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* A report's figures of its accounts are its entity's, the name its lede gives as whose results they are: a
 * headline that names nobody ("Revenue of"), a kind noun of it ("the Group's", "Group revenue") or the first word
 * of its name ("Orvel's"), and "the group" with no name of its kind; not a part's (a modifier, "Bakery revenue", or a
 * phrase of place, "Revenue in bakery"), a base of comparison or a forecast. */
Test(claim_time, report_figures_are_the_reporting_entitys)
{
#define INTERIM "Orvel Foods plc - Interim results for the first half of 2031\n\nPublished: 9 September 2031\n\n"
    static const struct {
        const char *text;
        const char *figure;
        const char *subject; /* NULL: not the entity's (no period of the report) */
    } cases[] = {
        {INTERIM "Highlights\n\nRevenue of £2.46bn, up 6%.\n", "£2.46bn", "Orvel Foods"},
        {INTERIM "Group revenue of £2.46bn.\n", "£2.46bn", "Orvel Foods"},
        {INTERIM "Chief financial officer Ann Voss said the Group's total revenue of £2.46bn was a record.\n",
         "£2.46bn", "Orvel Foods"},
        {INTERIM "At £2.46bn, Orvel's revenue for the first half was the highest in its history.\n", "£2.46bn",
         "Orvel Foods"},
        {INTERIM "The results were achieved by a workforce of 3,900.\n", "3,900", "Orvel Foods"},
        /* the level a change reaches is no base of comparison */
        {INTERIM "Revenue rose 6% to £2.46bn.\n", "£2.46bn", "Orvel Foods"},
        {INTERIM "Revenue was £2.46bn, compared to £2.31bn.\n", "£2.31bn", NULL},
        /* "the group" with no name of its kind is the report's entity, not the person named before */
        {INTERIM "Chief executive Ann Voss spoke to analysts.\n\nThe group employs 4,100 people.\n", "4,100",
         "Orvel Foods"},
        {INTERIM "With sales of £2.46bn, the group's margin narrowed.\n", "£2.46bn", "Orvel Foods"},
        /* a figure restating a share of the whole is a part's */
        {INTERIM "Online sales rose to 31% of revenue, or about £760m.\n", "about £760m", NULL},
        {INTERIM "Bakery revenue was £410m.\n", "£410m", NULL},
        {INTERIM "Revenue in bakery was £410m.\n", "£410m", NULL},
        {INTERIM "Online sales were £300m.\n", "£300m", NULL},
        {INTERIM "Revenue of £2.46bn (H1 2030: £2.31bn).\n", "£2.31bn", NULL},
        {INTERIM "The Group expects revenue of £5.4bn.\n", "£5.4bn", NULL},
        /* a basis ("adjusted") is no part; a highlight's label row; a coordinated clause */
        {INTERIM "Highlights\n\nAdjusted operating profit: £210m\n", "£210m", "Orvel Foods (adjusted)"},
        {INTERIM "Revenue rose 6% to £2.46bn, and adjusted operating profit was £210m.\n", "£210m",
         "Orvel Foods (adjusted)"},
    };
#undef INTERIM
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        const fl_claim *x = find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x && cases[i].subject)
            cr_expect(x->year == 2031 && x->part && x->subject && strcmp(x->subject, cases[i].subject) == 0,
                      "case %zu: %s\n  %s: %d part %d subject \"%s\"", i, cases[i].text, cases[i].figure, x->year,
                      x->part, x->subject ? x->subject : "");
        else if (x)
            cr_expect(!(x->year == 2031 && x->part), "case %zu: %s\n  %s took the report's period (subject \"%s\")", i,
                      cases[i].text, cases[i].figure, x->subject ? x->subject : "");
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* Figures of one basis are compared with each other only: adjusted profit with adjusted profit. */
Test(claim_time, report_bases)
{
#define INTERIM "Orvel Foods plc - Interim results for the first half of 2031\n\nPublished: 9 September 2031\n\n"
    cr_expect_eq(unit_count("t.txt",
                            INTERIM "Highlights\n\nAdjusted operating profit: £210m\n\nRevenue rose 6% to £2.46bn, "
                                    "and adjusted operating profit was £230m.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    cr_expect_eq(unit_count("t.txt",
                            INTERIM "Highlights\n\nAdjusted operating profit: £210m\n\nRevenue rose 6% to £2.46bn, "
                                    "and operating profit was £190m.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
#undef INTERIM
}

Test(claim_time, quantities_as_adjectives)
{
    static const struct {
        const char *text, *figure, *dim;
        double value; /* in the dimension's canonical unit: kilometres, tonnes */
    } cases[] = {
        {DATED "The yard has a 280-metre dry dock.\n", "280-metre", "length", 0.28},
        {DATED "With the 6.4 million-tonne barley crop in store, mills are busy.\n", "6.4 million-tonne", "mass",
         6.4e6},
        {DATED "The council approved a 14.5-million-dollar refit of the hall.\n", "14.5-million-dollar", "money:USD",
         14.5e6},
        {DATED "The station recorded a 41.2C peak.\n", "41.2C", "temperature", 41.2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        const fl_claim *x = find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x) {
            cr_expect_str_eq(x->dim, cases[i].dim, "case %zu: dim %s", i, x->dim);
            cr_expect(fabs(x->value - cases[i].value) <= 1e-6 * cases[i].value, "case %zu: value %g, want %g", i,
                      x->value, cases[i].value);
        }
        fl_claims_free(&c);
        fl_doc_free(d);
    }
    /* a hyphen between two numbers is still a range, and a hyphenated word after a number is no unit */
    fl_claims c;
    fl_doc *d = unit_claims("t.txt", DATED "Between 3-5 million tonnes were lost, 12 well-known mills said.\n", &c);
    const fl_claim *x = find_claim(&c, "3-5");
    cr_expect(x != NULL && x->lo < 3.5e6 && x->hi > 4.5e6, "the range 3-5 million tonnes");
    fl_claims_free(&c);
    fl_doc_free(d);
}

Test(claim_time, the_kind_refers_to_the_last_name_of_that_kind)
{
    static const struct {
        const char *text, *figure, *subject;
    } cases[] = {
        /* "the arena" is the arena named, not the company named after it */
        {DATED "Inspectors visited Morrow Arena on Monday. Talvik Steel said the work would take a year.\n\n"
               "The arena seats 4,200 people.\n",
         "4,200", "Morrow Arena"},
        /* "the company" is still the last name of no kind */
        {DATED "Inspectors visited Morrow Arena on Monday. Talvik Steel said the work would take a year.\n\n"
               "The company employs 3,100 people.\n",
         "3,100", "Talvik Steel"},
        /* "the hall" with no hall named is not the company's: it is the document's own hall (subject_doc) */
        {DATED "Talvik Steel will close its rolling hall. The hall employs 380 people.\n", "380", "the hall"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        const fl_claim *x = find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x)
            cr_expect_str_eq(x->subject, cases[i].subject, "case %zu: subject \"%s\", want \"%s\"", i, x->subject,
                             cases[i].subject);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

Test(claim_time, same_document_without_a_period)
{
    static const struct {
        const char *text;
        size_t want;
    } cases[] = {
        /* a definite phrase refers back to a figure given before: one document, one time */
        {DATED "Talvik Steel had revenue of 84 million euros.\n\nThe company's 91 million euro revenue was a "
               "record.\n",
         1},
        {DATED "Talvik Steel had revenue of 84 million euros.\n\nThe company's 84 million euro revenue was a "
               "record.\n",
         0},
        /* two figures that do not refer back may be of two times */
        {DATED "Talvik Steel had revenue of 84 million euros.\n\nTalvik Steel had revenue of 91 million euros.\n", 0},
        /* another time of day or stage of the report */
        {DATED "Talvik Steel had revenue of 84 million euros.\n\nBy Tuesday morning, the company's 91 million euro "
               "revenue was a record.\n",
         0},
        {DATED "Talvik Steel had revenue of 84 million euros.\n\nThe company's revised 91 million euro revenue was a "
               "record.\n",
         0},
        /* a base of comparison is of another time than the document's */
        {DATED "Talvik Steel had revenue of 91 million euros.\n\nThe company's revenue rose from 84 million euros.\n",
         0},
        /* and so is a results table's comparative in parentheses, "(2030: 84)": not the level of a division */
        {"Talvik Steel plc - Interim results for the 26 weeks to Sunday 30 March 2031\n\nThursday 8 May 2031\n\n- "
         "Revenue of £120.0m (H1 2030: £97.0m), up 23.7%\n\nRevenue in rail was £61.3m.\n",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT), cases[i].want, "case %zu: %s", i,
                     cases[i].text);
}

Test(claim_time, masthead_dates)
{
    static const struct {
        const char *text;
        int doc_date; /* yyyymmdd, 0 none */
    } cases[] = {
        {"Rye bulletin\n\nMinistry of Farming | Crop Bulletin No. 4 | September 2030\n\nRye output was 2.4 million "
         "tonnes.\n",
         20300900},
        {"Housing report\n\nOsby Housing Observatory - Q3 2030 - published 3 November 2030\n\nRents rose 4 percent.\n",
         20301103},
        /* a middle dot or a bullet separates fields as a bar does */
        {"Rye bulletin\n\nMinistry of Farming \xc2\xb7 Tuesday 3 September 2030 \xc2\xb7 09:40\n\nRye output was 2.4 "
         "million tonnes.\n",
         20300903},
        {"Rye bulletin\n\nMinistry of Farming \xe2\x80\xa2 3 September 2030\n\nRye output was 2.4 million tonnes.\n",
         20300903},
        /* a date inside a field's text is no masthead date */
        {"Rye bulletin\n\nMinistry of Farming | Harvest of September 2030 in review\n\nRye output was 2.4 million "
         "tonnes.\n",
         0},
        /* nor is one in the body */
        {"Rye bulletin\n\nFarmers met.\n\nThey met.\n\nThey met.\n\nThey met.\n\nThey met.\n\nThey met - September "
         "2030\n\nRye output was 2.4 million tonnes.\n",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("t.txt", cases[i].text, &c);
        cr_expect(c.len > 0, "case %zu: no claim", i);
        if (c.len)
            cr_expect_eq(c.items[0].doc_date, cases[i].doc_date, "case %zu: document date %d, want %d", i,
                         c.items[0].doc_date, cases[i].doc_date);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

Test(claim_time, running_counts_and_year_totals)
{
    static const struct {
        const char *text;
        size_t want;
    } cases[] = {
        /* a live report's open count, raised further on in the same report, is no conflict with the final one */
        {"Velby gas explosion: what we know\n\nLive coverage summary - updated 10 November 2031, 09:15 CET\n\n"
         "A gas explosion tore through a block of flats in Velby on Monday night.\n\n"
         "22:55 - Two people have been confirmed dead, a fire service spokesman says.\n\n"
         "07:30 - The death toll rises to five. Police say three more bodies have been found.\n\n"
         "Five people were killed in the explosion, the city said.\n",
         0},
        /* a closed count the report never raises is compared as before */
        {"Velby gas explosion: what we know\n\nLive coverage summary - updated 10 November 2031, 09:15 CET\n\n"
         "A gas explosion tore through a block of flats in Velby on Monday night.\n\n"
         "22:55 - Two people were killed, a fire service spokesman says.\n\n"
         "Five people were killed in the explosion, the city said.\n",
         1},
        /* a year's total and the month of a year-less wire dateline are two periods */
        {"Five dead after gas explosion in Velby\n\nVELBY, Nov 10 (Wire) - Five people were killed when a gas "
         "explosion destroyed part of a block of flats in Velby late on Monday, officials said.\n\nGas explosions "
         "in homes killed 21 people in Sweden last year, according to the fire service, down from 29 in 2029.\n",
         0},
        {"Five dead after gas explosion in Velby\n\nVELBY, Nov 10 (Wire) - Five people were killed when a gas "
         "explosion destroyed part of a block of flats in Velby late on Monday, officials said.\n\nNine people "
         "were killed in the explosion, the fire service said.\n",
         1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT), cases[i].want, "case %zu: %s", i,
                     cases[i].text);
}

Test(claim_time, relative_clause_names_for_clause_words)
{
#define CLOSURE                                                                                                        \
    "Torvald to shut Ashby boiler works\n\nLONDON, Jan 20 (Wire) - Torvald Heating will close its boiler works in "    \
    "Ashby, cutting 1,150 jobs, the company said on Tuesday. Chief executive Mara Lind told Ashby staff, and "         \
    "finance chief Per Olsen said Torvald had no choice. Union leader Ada Berg called it a blow to Ashby.\n\nThe "     \
    "1,150 job cuts amount to about 64% of the 1,800 people employed at the site, which has made boilers since "       \
    "the 1960s.\n\nAbout 650 employees will remain at the site, the company said. Boiler production will move to "
    static const struct {
        const char *text;
        size_t want;
    } cases[] = {
        /* a relative clause names what its antecedent names: another plant's staff are not this site's */
        {CLOSURE "the Torvald plant in Kolin, Norland, which employs about 2,400 people.\n", 0},
        /* the same site's staff given twice are compared by their clauses' words */
        {CLOSURE "the Torvald plant in Ashby, which employs about 2,400 people.\n", 1},
    };
#undef CLOSURE
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT), cases[i].want, "case %zu: %s", i,
                     cases[i].text);
}
