/* test_claims.c - units, qualifiers and intervals, time resolution and keys of numeric claims. */
#include "unit.h"

#include <math.h>

#include "extract/claims.h"
#include "check/numcheck.h"
#include "core/rules.h"

/* The first claim whose text starts with prefix. */
static const fl_claim *find(const fl_claims *c, const char *prefix)
{
    for (size_t i = 0; i < c->len; i++)
        if (strncmp(c->items[i].text, prefix, strlen(prefix)) == 0)
            return &c->items[i];
    cr_assert_fail("no claim starting with \"%s\"", prefix);
    return NULL;
}

static void expect_interval(const char *text, const char *prefix, const char *dim, double lo, double hi)
{
    fl_claims c;
    fl_doc *d = unit_claims("t.txt", text, &c);
    const fl_claim *x = find(&c, prefix);
    cr_expect_str_eq(x->dim, dim, "%s: unit %s, want %s", text, x->dim, dim);
    cr_expect(fabs(x->lo - lo) <= 1e-5 * fmax(1, fabs(lo)), "%s: low %g, want %g", text, x->lo, lo);
    if (isinf(hi))
        cr_expect(isinf(x->hi), "%s: high %g, want infinity", text, x->hi);
    else
        cr_expect(fabs(x->hi - hi) <= 1e-5 * fmax(1, fabs(hi)), "%s: high %g, want %g", text, x->hi, hi);
    fl_claims_free(&c);
    fl_doc_free(d);
}

Test(units, aliases_resolve_to_one_unit)
{
    expect_interval("Russia sent 31 bcm.", "31 bcm", "volume", 30.5e9, 31.5e9);
    expect_interval("Russia sent 200 billion cubic meters.", "200 billion", "volume", 199.5e9, 200.5e9);
    expect_interval("Russia sent 200 billion cubic metres.", "200 billion", "volume", 199.5e9, 200.5e9);
    expect_interval("They shipped 10.8 million tons of oil.", "10.8 million", "mass", 10.75e6, 10.85e6);
    expect_interval("They shipped 10.8 Mt of oil.", "10.8 Mt", "mass", 10.75e6, 10.85e6);
    expect_interval("Output was 2 million barrels a day.", "2 million", "volume/day", 1.5e6 * 0.158987,
                    2.5e6 * 0.158987);
    expect_interval("Output was 2 million bpd.", "2 million", "volume/day", 1.5e6 * 0.158987, 2.5e6 * 0.158987);
}

Test(units, money_and_percent)
{
    expect_interval("Trade was $582.9 billion.", "$582.9", "money:USD", 582.85e9, 582.95e9);
    expect_interval("Trade was US$350 billion.", "US$350", "money:USD", 349.5e9, 350.5e9);
    expect_interval("It cost 5 billion yuan.", "5 billion", "money:CNY", 4.5e9, 5.5e9);
    expect_interval("It cost €4bn.", "€4bn", "money:EUR", 3.5e9, 4.5e9);
    expect_interval("Tariffs rose to 145%.", "145%", "percent", 144.5, 145.5);
    expect_interval("Tariffs rose five percent.", "five percent", "percent", 4.5, 5.5);
    expect_interval("Rates rose 2 percentage points.", "2 percentage", "points", 1.5, 2.5);
    expect_interval("A third of voters stayed home.", "A third", "percent", 33.0, 33.666666);
    expect_interval("Gas cost $60 per 1,000 cubic meters.", "$60", "money:USD/volume", 0.0595, 0.0605);
}

/* a second number in a smaller unit of the same dimension is part of the figure; a fraction of a scale is a
 * count within a tenth */
Test(units, compound_figures_and_fractions_of_scales)
{
    expect_interval("The fish weighed 11lb 4oz.", "11lb 4oz", "mass", (11 * 0.45359237 + 3.5 * 0.028349523) / 1000,
                    (11 * 0.45359237 + 4.5 * 0.028349523) / 1000);
    expect_interval("The climb took 2 hours 30 minutes.", "2 hours 30", "time-span", (2 + 29.5 / 60) / 24,
                    (2 + 30.5 / 60) / 24);
    expect_interval("They were trapped for three hours and 40 minutes.", "three hours and 40", "time-span",
                    (3 + 39.5 / 60) / 24, (3 + 40.5 / 60) / 24);
    /* a larger unit after "and" is another figure */
    expect_interval("It took 40 minutes and 3 hours.", "40", "time-span", 39.5 / 1440, 40.5 / 1440);
    expect_interval("He was 5 feet 10 inches tall.", "5 feet 10", "length", (5 * 0.3048 + 9.5 * 0.0254) / 1000,
                    (5 * 0.3048 + 10.5 * 0.0254) / 1000);
    expect_interval("The march drew half a million people.", "half a million", "people", 450000, 550000);
    expect_interval("A quarter of a million homes lost power.", "A quarter of a million", "count", 225000, 275000);
    expect_interval("The bill was half a billion dollars.", "half a billion", "money:USD", 450e6, 550e6);
    expect_interval("Half a dozen people were hurt.", "Half a dozen", "people", 5.4, 6.6);
    /* a qualifier after the number and before its noun: the noun is still the figure's */
    expect_interval("A dozen or so people were hurt.", "A dozen or so", "people", 10.8, 13.2);
    expect_interval("At the scene 150 or more people were hurt.", "150 or more", "people", 150, INFINITY);
    /* an open suffix (grammar.json open-suffixes, or a glued "+") makes the number the least value */
    expect_interval("At the scene 2,000-plus people were hurt.", "2,000-plus", "people", 2000, INFINITY);
    expect_interval("At the scene 2,000+ people were hurt.", "2,000+", "people", 2000, INFINITY);
    expect_interval("At the scene 2,000 people were hurt, plus 12 staff.", "2,000", "people", 1999.5, 2000.5);
}

/* a signed scale takes a minus glued before its number or the word "minus"; other units and a score do not */
Test(units, signed_scales)
{
    expect_interval("It fell to -5°C overnight.", "5°C", "temperature", -5.5, -4.5);
    expect_interval("It fell to minus 12C overnight.", "12C", "temperature", -12.5, -11.5);
    expect_interval("The low was (−8 °C) on Monday.", "8 °C", "temperature", -8.5, -7.5);
    expect_interval("It rose to 3°C from -5°C.", "3°C", "temperature", 2.5, 3.5);
    expect_interval("Shares moved -5% on Monday.", "5%", "percent", 4.5, 5.5);
    expect_interval("The 2-1 win came after a 40 km drive.", "40 km", "length", 39.5, 40.5);
}

/* Fahrenheit is a temperature in degrees Celsius through its factor and offset (units.json "offset"): 61F is
 * 16.1 C, -4F is -20 C; a change's amount is a difference, so "by 18F" is 10 C, no offset */
Test(units, fahrenheit_is_celsius)
{
    expect_interval("The water was 61F on Monday.", "61F", "temperature", (60.5 - 32) * 5 / 9, (61.5 - 32) * 5 / 9);
    expect_interval("It fell to -4F overnight.", "4F", "temperature", (-4.5 - 32) * 5 / 9, (-3.5 - 32) * 5 / 9);
    expect_interval("Temperatures in Varlow rose by 18F to 68F on Tuesday.", "18F", "temperature", 17.5 * 5 / 9,
                    18.5 * 5 / 9);
}

/* A currency name that a weight word before the figure makes a weight (rules/readings.json). */
Test(units, pounds_weighed_are_a_weight)
{
    const double lb = 0.000453592;
    expect_interval("The suspect is described as weighing 130 pounds.", "130 pounds", "mass", 129.5 * lb, 130.5 * lb);
    expect_interval("The laptop has an overall weight of 6.6 pounds.", "6.6 pounds", "mass", 6.55 * lb, 6.65 * lb);
    expect_interval("The dog weighed in at 40 pounds.", "40 pounds", "mass", 39.5 * lb, 40.5 * lb);
    expect_interval("The ticket cost 130 pounds.", "130 pounds", "money:GBP", 129.5, 130.5);
    expect_interval("She paid 40 pounds for a weight of flour.", "40 pounds", "money:GBP", 39.5, 40.5);
}

Test(qualifiers, intervals)
{
    expect_interval("It was about 15%.", "about 15%", "percent", 13.5, 16.5);
    expect_interval("It was nearly 40%.", "nearly 40%", "percent", 36, 40);
    expect_interval("It was more than 50%.", "more than 50%", "percent", 50, INFINITY);
    expect_interval("It was less than 5%.", "less than 5%", "percent", 0, 5);
    expect_interval("It was up to 100%.", "up to 100%", "percent", 0, 100);
    expect_interval("It was at least 20%.", "at least 20%", "percent", 20, INFINITY);
    expect_interval("It was between 3% and 5%.", "3%", "percent", 2.5, 5.5);
    expect_interval("It was around 200 bcm.", "around 200", "volume", 180e9, 220e9);
}

static const fl_claim *only(const fl_claims *c, const char *prefix)
{
    return find(c, prefix);
}

Test(time, relative_years)
{
    fl_claims c;
    fl_doc *d =
        unit_claims("t.txt",
                    "Published: 14 March 2025\n\nRussia delivered 31 bcm to China last year.\n"
                    "Investment was $150 million in 2019 and $75.5 million in the first half of the following year.\n",
                    &c);
    const fl_claim *x = only(&c, "31 bcm");
    cr_expect_eq(x->year, 2024);
    cr_expect_eq(x->period_how, 2);
    cr_expect_eq(x->date_source, FL_DATE_DATELINE);
    const fl_claim *y = only(&c, "$75.5");
    cr_expect_eq(y->year, 2020);
    cr_expect_eq(y->part, 1);
    cr_expect_eq(only(&c, "$150")->year, 2019);
    fl_claims_free(&c);
    fl_doc_free(d);
}

Test(time, document_dates)
{
    struct {
        const char *name, *text;
        int year, source;
    } cases[] = {
        {"a.md", "---\ntitle: x\ndate: 2024-01-02\n---\nText.\n", 2024, FL_DATE_FRONT_MATTER},
        {"a.txt", "Published: 14 March 2024\n\nText.\n", 2024, FL_DATE_DATELINE},
        {"a.txt", "Updated: March 14, 2023\n\nText.\n", 2023, FL_DATE_DATELINE},
        {"a.txt", "Text.\n\n©2025 THE NEW YORK TIMES\n", 2025, FL_DATE_COPYRIGHT},
        {"a.txt", "Text with no date.\n", 0, FL_DATE_NONE},
        /* a masthead's day-first dotted date; a version number or no real day is none */
        {"a.txt", "Title\n\nFREIGHT WEEKLY | Issue 46/2026 | 20.11.2026\n\nText.\n", 2026, FL_DATE_DATELINE},
        {"a.txt", "Title\n\nTOOLKIT | Release 20.11.2026.1\n\nText.\n", 0, FL_DATE_NONE},
        {"a.txt", "Title\n\nFREIGHT WEEKLY | 31.11.2026\n\nText.\n", 0, FL_DATE_NONE},
        /* a wire dateline with its year: on its own line, or before a dash and the lede, its agency or none */
        {"a.txt", "Title\n\nASHBY FOLD, England, Saturday 18 July 2026 (Meridian Press Association)\n\nText.\n", 2026,
         FL_DATE_DATELINE},
        {"a.txt", "Title\n\nDUNMORE, March 3, 2031 (Coastwire) - Four people died on Sunday.\n", 2031,
         FL_DATE_DATELINE},
        {"a.txt", "Title\n\nMILLHAVEN, Tuesday 14 April 2026 \xe2\x80\x93 The wall fell.\n", 2026, FL_DATE_DATELINE},
        /* ... not a place and a date in running text that goes on after it */
        {"a.txt", "Title\n\nIn Dunmore, March 3, 2031 was a cold day.\n", 0, FL_DATE_NONE},
        {"a.txt", "Title\n\nDUNMORE, March 3, 2031 was a cold day.\n", 0, FL_DATE_NONE},
        /* a wire dateline inside markdown emphasis, before its place in capitals; not a date in running text */
        {"a.md", "# Title\n\n**HARLOW BAY, Wednesday 4 March 2026.** The trust announced it.\n", 2026,
         FL_DATE_DATELINE},
        {"a.md", "# Title\n\n**HARLOW BAY, 4 March 2026** - The trust announced it.\n", 2026, FL_DATE_DATELINE},
        {"a.md", "# Title\n\n*Harlow Bay, 4 March 2031 was a cold day.*\n", 0, FL_DATE_NONE},
        /* a byline's last sentence, the date, with or without a full stop after it */
        {"a.txt", "Title\nBy Ana Roe, Coastline Echo. Saturday 18 April 2026\n\nText.\n", 2026, FL_DATE_DATELINE},
        {"a.txt", "Title\n\nThe pier closed. Saturday 18 April 2026 was wet, they said.\n", 0, FL_DATE_NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_doc *d = unit_doc(cases[i].name, cases[i].text);
        fl_date dt = fl_doc_date(d, unit_rules());
        cr_expect_eq(dt.year, cases[i].year, "case %zu: year %d", i, dt.year);
        cr_expect_eq(dt.source, cases[i].source, "case %zu: source %d", i, dt.source);
        fl_doc_free(d);
    }
    cr_expect_eq(fl_weekday(2025, 7, 24), 3); /* a Thursday */
    cr_expect_eq(fl_weekday(2024, 2, 29), 3);
    cr_expect_eq(fl_weekday(2000, 1, 1), 5); /* a Saturday */
}

/* A document's text and the month and day its partial date should give (0, 0: none). */
typedef struct {
    const char *text;
    int month, day;
} partial_case;

static void run_partial_cases(const partial_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        fl_doc *d = unit_doc("p.txt", cases[i].text);
        fl_date dt;
        int got = fl_doc_partial_date(d, unit_rules(), &dt);
        cr_expect_eq(got, cases[i].month != 0, "case %zu: found %d", i, got);
        if (got) {
            cr_expect_eq(dt.month, cases[i].month, "case %zu: month %d", i, dt.month);
            cr_expect_eq(dt.day, cases[i].day, "case %zu: day %d", i, dt.day);
            cr_expect_eq(dt.year, 0, "case %zu: year %d", i, dt.year);
        }
        fl_doc_free(d);
    }
}

/* A masthead field with a weekday and a day and month but no year gives the document a month and day (year
 * unknown), as a wire dateline does; so does a day and month after a dateline label. A full date, a day and month
 * with neither weekday nor label, a field that goes on in words, or a date in running text gives none. */
Test(timex, masthead_date_without_year)
{
    static const partial_case cases[] = {
        {"Headline\n\nValley Radio News | Updated 18:20, Monday 9 March\n\nA train left the rails.\n", 3, 9},
        {"Headline\n\nMetro Desk - Tue 3 June\n\nA bridge fell.\n", 6, 3},
        {"Headline\n\nCounty News | Updated 8:20, Tuesday 10 March\n\nA bridge fell.\n", 3, 10},
        {"Headline\n\nPosted: March 9\n\nA bridge fell.\n", 3, 9},
        {"Headline\n\nBy Ann Lee | Friday, October 2, 09:15\n\nA bridge fell.\n", 10, 2},
        {"Headline\n\nCity Hall | Wednesday, 11 June 2031\n\nA bridge fell.\n", 0, 0},
        {"Headline\n\nWeather desk | March 9\n\nRain fell.\n", 0, 0},
        {"Headline\n\nSport | Monday 9 March fixtures\n\nRain fell.\n", 0, 0},
        {"The council met on Monday 9 March to vote.\n", 0, 0},
    };
    run_partial_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A wire dateline with a day and no year gives the document a month and day (year unknown); a place that is
 * not capitalised, a day with a year, or no dash after the date gives none. */
Test(timex, wire_dateline_without_year)
{
    static const partial_case cases[] = {
        {"Title line\n\nHAVERSTOCK, Aug. 11 (Delta Wire) - A bridge fell on Monday.\n", 8, 11},
        {"LAKETON, Tuesday, March 3 - The vote was held.\n", 3, 3},
        {"Port Esk, 9 Sept. \xe2\x80\x94 Rain fell.\n", 9, 9},
        {"ST. MORLAND, Ill., Dec. 2 (Agency) -- Snow fell.\n", 12, 2},
        {"the town, Aug. 11 - lower case is no place.\n", 0, 0},
        {"HAVERSTOCK, Aug. 11 the bridge fell.\n", 0, 0},
        {"HAVERSTOCK, Aug. 11, 2031 - a full date is not partial.\n", 0, 0},
        {"A bridge fell.\nIt was old.\nNobody was hurt.\nRepairs begin.\nLATER, May 5 - too far down.\n", 0, 0},
    };
    run_partial_cases(cases, sizeof cases / sizeof cases[0]);
    /* in running text an abbreviation and its dot is not read as a month yet (only in a wire dateline) */
    fl_date dt;
    cr_expect_eq(fl_parse_date("Aug. 11 (Agency)", 16, unit_rules(), &dt), 0);
    cr_expect_gt(fl_parse_date("Aug 11 (Agency)", 15, unit_rules(), &dt), 0);
    cr_expect_eq(dt.month, 8);
    cr_expect_eq(dt.day, 11);
}

static void expect_key(const char *text, const char *prefix, const char *key)
{
    fl_claims c;
    fl_doc *d = unit_claims("t.txt", text, &c);
    const fl_claim *x = find(&c, prefix);
    cr_expect_str_eq(x->key ? x->key : "", key, "%s\n  key: %s\n  want: %s", text, x->key ? x->key : "", key);
    fl_claims_free(&c);
    fl_doc_free(d);
}

Test(keys, wire_dateline_month_without_year)
{
    /* an event's figure with no stated period takes the wire dateline's month, its year unknown ("?") */
    expect_key("HAVERSTOCK, Aug. 11 (Delta Wire) - The Haverstock flood killed 14 people, officials said.", "14",
               "deaths|people|@flood>|actual|person|?-08");
}

Test(keys, family_parties_period_modality)
{
    expect_key("Gazprom delivered 31 bcm to China in 2024.", "31",
               "exports|volume|RU>CN|actual|gas|2024"); /* deliveries are compared as exports; bcm is gas */
    expect_key("China imported 31 bcm from Russia in 2024.", "31", "imports|volume|RU>CN|actual|gas|2024");
    expect_key("The US ran a trade deficit of $295 billion with China in 2024.", "$295",
               "trade-balance|money:USD|CN>US|actual||2024");
    expect_key("Trade between China and the United States was $582.9 billion in 2024.", "$582.9",
               "trade-volume|money:USD|CN>US|actual||2024");
    expect_key("In 2024, the United States sold 10.8 million tons of oil to China.", "10.8",
               "sales|mass|US>|actual|oil|2024");
    expect_key("Exports to China are expected to reach 38 bcm in 2025 from Russia.", "38",
               "exports|volume|RU>CN|forecast|gas|2025");
    expect_key("Russia's nominal GDP is projected to be $2.135 trillion in 2025.", "$2.135",
               "gdp|money:USD|RU>|forecast||2025");
    /* no period: no key (compared only within the document) */
    expect_key("Gazprom delivered 31 bcm to China.", "31", "");
    /* a currency symbol is not a party: "US$350 billion" says nothing about the United States */
    expect_key("Brazil exported US$350 billion of goods to China in 2024.", "US$350",
               "exports|money:USD|BR>CN|actual||2024");
    /* the old value of a change is not a claim */
    expect_key("China cut its tariffs on U.S. goods from 125% to 10%.", "125%", "");
}

Test(conflicts, join_reports_the_outlier)
{
    const char *t = "Published: 1 May 2025\n\nRussia delivered 31 bcm of gas to China in 2024.\n"
                    "In 2024 Russia delivered about 30 bcm of gas to China.\n"
                    "Russia delivered 31.2 bcm of gas to China in 2024.\n"
                    "In 2024, Russia delivered 21 bcm of gas to China.\n";
    cr_expect_eq(unit_count("t.txt", t, FL_RULE_NUMERIC_CONFLICT), 1);
    const char *agree = "Published: 1 May 2025\n\nBrazil sold 2.5 billion dollars of beef to China in 2024.\n"
                        "In 2024 Brazil sold 2,500 million dollars of beef to China.\n";
    cr_expect_eq(unit_count("t.txt", agree, FL_RULE_NUMERIC_CONFLICT), 0);
    /* an open interval ("more than") conflicts with a figure below it */
    const char *open = "Published: 1 May 2025\n\nIn 2024 Brazil sold more than $4 billion of beef to China.\n"
                       "Brazil sold $3 billion of beef to China in 2024.\n";
    cr_expect_eq(unit_count("t.txt", open, FL_RULE_NUMERIC_CONFLICT), 1);
    const char *other_way = "Published: 1 May 2025\n\nBrazil sold $4 billion of beef to China in 2024.\n"
                            "In 2024 China sold $9 billion of steel to Brazil.\n";
    cr_expect_eq(unit_count("t.txt", other_way, FL_RULE_NUMERIC_CONFLICT), 0);
}

/* a flow of an account stated with no period in a dated report is of the report's own time, not of a year before
 * it that a comparative in brackets gives; a one-off amount keeps the year it was set in */
Test(conflicts, flows_of_no_period_and_earlier_years)
{
    const char *flow = "Published: 2 March 2026\n\nRevenue of £90.2m (2024-25: £75.0m).\n\n"
                       "Garden revenue rose to £31.5m.\n";
    cr_expect_eq(unit_count("t.txt", flow, FL_RULE_NUMERIC_CONFLICT), 0);
    const char *once = "Published: 2 March 2026\n\nThe bridge was approved in 2021 with a budget of £14 million.\n\n"
                       "The bridge's budget of £18 million has not changed.\n";
    cr_expect_eq(unit_count("t.txt", once, FL_RULE_NUMERIC_CONFLICT), 1);
}

Test(arithmetic, shares_and_changes)
{
    cr_expect_eq(unit_count("t.txt", "Exports reached 21.3 bcm, about 15% of the 200 bcm sold to Europe.\n",
                            FL_RULE_NUMERIC_ARITHMETIC),
                 1);
    cr_expect_eq(unit_count("t.txt", "Exports reached 21.3 bcm, about 11% of the 200 bcm sold to Europe.\n",
                            FL_RULE_NUMERIC_ARITHMETIC),
                 0);
    cr_expect_eq(unit_count("t.txt",
                            "It pays $60 per 1,000 cubic meters. That is roughly one-quarter of the $260 per "
                            "1,000 cubic meters it paid before.\n",
                            FL_RULE_NUMERIC_ARITHMETIC),
                 0);
    cr_expect_eq(unit_count("t.txt", "Revenue rose 10% to $5.5 billion from $4 billion.\n", FL_RULE_NUMERIC_ARITHMETIC),
                 1);
    cr_expect_eq(unit_count("t.txt", "Revenue rose 10% to $4.4 billion from $4 billion.\n", FL_RULE_NUMERIC_ARITHMETIC),
                 0);
    /* "X, down P% from Y", and a base a possessive time phrase introduces ("from last year's Y") */
    static const struct {
        const char *text;
        size_t want;
    } from_cases[] = {
        {"Fares brought in $41.6 million, down 9% from $52 million.\n", 1},
        {"Fares brought in $41.6 million, down 20% from $52 million.\n", 0},
        {"Fares brought in $41.6 million, down 9% from last year's $52 million.\n", 1},
        {"Fares brought in $41.6 million, down 20% from last year's $52 million.\n", 0},
        {"Fares rose 5% to $41.6 million from the previous season's $52 million.\n", 1},
        {"Fares were $41.6 million, down from $52 million, a fall of 20%.\n", 0},
    };
    for (size_t i = 0; i < sizeof from_cases / sizeof from_cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", from_cases[i].text, FL_RULE_NUMERIC_ARITHMETIC), from_cases[i].want, "%s",
                     from_cases[i].text);
    /* the whole is in the share's clause: not a figure of a clause after it (a sentence that runs on past a
     * footnote marker) */
    cr_expect_eq(unit_count("t.txt",
                            "Teams vaccinated 48,200 children, reaching 87.6 percent of the target population of "
                            "55,000.[1] The drive followed an outbreak in which 312 cases and four deaths were "
                            "recorded.\n",
                            FL_RULE_NUMERIC_ARITHMETIC),
                 0);
    cr_expect_eq(unit_count("t.txt", "Teams vaccinated 48,200 children, 80 percent of the 55,000 children targeted.\n",
                            FL_RULE_NUMERIC_ARITHMETIC),
                 1);
}

/* the operands of a share or a change are the ones its structure names: the whole inside the share's "of" phrase
 * (not an amount of the clause after a comma or a bracket), the part of the sentence before only when this one
 * points back to it ("That was"), and a change's level any amount before its base from which the change holds */
Test(arithmetic, operands_by_structure)
{
    static const struct {
        const char *text;
        size_t want;
    } cases[] = {
        /* the whole is left unstated ("of average", "of revenue"): the amount after the comma is another's */
        {"Only 61 hours were logged, 70% of average, and just six days were dry.\n", 0},
        {"Tickets earned $3.2m, or 12% of revenue, against $2.9m a year earlier.\n", 0},
        {"The east got 90 mm (150% of its normal), while the west had 40 mm.\n", 0},
        {"Tickets earned $3.2m, 12% of the $26.7m total.\n", 0},
        {"Tickets earned $3.2m, 20% of the $26.7m total.\n", 1},
        {"Tickets earned $3.2m, 20% of its sales, which reached $26.7m.\n", 1},
        {"Tickets earned $3.2m, 20% of its sales, which reached $26.7m.\n", 1},
        /* a sentence that opens with its own noun phrase takes no part from the one before */
        {"The mill shipped 9,000 tonnes last year.\nThe plant ran at 70% of its capacity of 12,000 tonnes.\n", 0},
        {"The mill shipped 9,000 tonnes last year.\nThat was about 20% of its capacity of 12,000 tonnes.\n", 1},
        {"The mill shipped 9,000 tonnes last year.\nThat was about 75% of its capacity of 12,000 tonnes.\n", 0},
        /* the base's level: any amount before it from which the change holds */
        {"There were 52 complaints at its 80 branches, up from 40 the year before, a rise of 30%.\n", 0},
        {"There were 52 complaints at its 80 branches, up from 40 the year before, a rise of 10%.\n", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_ARITHMETIC), cases[i].want, "%s",
                     cases[i].text);
}

/* a change stated as a simple fraction in words, restated by its size, or beside an excess word after a
 * comparison; a stated total of a list of parts: each sentence with the number of findings it must give */
Test(arithmetic, fractions_totals_and_bases)
{
    static const struct {
        const char *text;
        int n;
    } cases[] = {
        /* a fraction rounds to the midpoints of the next simple fractions, a hedge stretches it to them */
        {"Its population has fallen from 4,100 in 2010 to 3,400 today, a drop of about a quarter.\n", 1},
        {"Its population has fallen from 4,100 in 2010 to 3,100 today, a drop of about a quarter.\n", 0},
        {"Its population has fallen from 4,100 in 2010 to 3,400 today, a drop of nearly a fifth.\n", 0},
        {"Sales rose from 300 units to 400 units, an increase of a third.\n", 0},
        {"Sales rose from 300 units to 500 units, an increase of a third.\n", 1},
        /* "more than a quarter" is a bound, not a rounded fraction */
        {"Sales rose from 300 units to 360 units, an increase of more than a quarter.\n", 1},
        /* a season is no clause mark between a change's amounts */
        {"School visits rose from 88,000 pupils in 2024-25 to 102,000 in 2025-26, an increase of 21 per cent.\n", 1},
        {"School visits rose from 88,000 pupils in 2024-25 to 102,000 in 2025-26, an increase of 16 per cent.\n", 0},
        /* a change restated by its size */
        {"The contract climbed from 312 cents to 358 cents a pound, a gain of 46 cents, or nearly 20 per cent.\n", 1},
        {"The contract climbed from 312 cents to 358 cents a pound, a gain of 46 cents, or nearly 15 per cent.\n", 0},
        /* a percentage beside an excess word after a comparison, an aside after the base skipped */
        {"The roof carried 1.9 kN/m² when it failed, against a design load of 1.2 kN/m² (roughly 25 lb per sq ft), "
         "more than 80 per cent above the figure it was built for.\n",
         1},
        {"The roof carried 1.9 kN/m² when it failed, against a design load of 1.2 kN/m² (roughly 25 lb per sq ft), "
         "more than 50 per cent above the figure it was built for.\n",
         0},
        /* "over" after a percentage may be a span of time: no excess */
        {"Output reached 1.9 million tonnes, against 1.2 million tonnes, 80 per cent over five years.\n", 0},
        /* a stated total */
        {"Donations came from 18,400 individual supporters and 620 businesses, a total of 20,020 donors.\n", 1},
        {"Donations came from 18,400 individual supporters and 620 businesses, a total of 19,020 donors.\n", 0},
        {"Five people were killed and 17 injured, 25 in all.\n", 1},
        {"The fund paid $2.0 million in cash, $1.5 million in shares and $0.5 million in bonds, a total of $4.5 "
         "million.\n",
         1},
        {"The fund paid $2.0 million in cash, $1.5 million in shares and $0.5 million in bonds, a total of $4.0 "
         "million.\n",
         0},
        /* the whole of which the list is a part, a running total: no sum */
        {"The club has 300 members in Leeds and 200 in York, out of a total of 1,200 across the country.\n", 0},
        {"Police arrested 12 men and 4 women on Friday, bringing the total to 40.\n", 0},
        /* a total that opens the next sentence; one that counts something else is left alone */
        {"Donations came from 18,400 supporters and 620 businesses. In all, 20,020 donors gave.\n", 1},
        {"Donations came from 18,400 supporters and 620 businesses. In all, 3,000 volunteers helped.\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_ARITHMETIC), cases[i].n, "case %zu: %s", i,
                     cases[i].text);
}

/* a possessive weekday of an event ("Tuesday's leak") against the one day the document gives the event with its
 * weekday and date */
Test(dates, possessive_weekdays_of_a_dated_event)
{
#define LEAK                                                                                                           \
    "Published: Friday, 11 September 2026\n\nResidents woke to a smell on Wednesday (September 9) as "                 \
    "ammonia leaked from a tank.\n\n"
    static const struct {
        const char *text;
        int n;
    } cases[] = {
        {LEAK "The councillor spoke after Tuesday's leak.\n", 1},
        {LEAK "The councillor spoke after Wednesday's leak.\n", 0},
        /* a weekday of something that is no event of the document's: a meeting */
        {LEAK "She will speak at Monday's council meeting.\n", 0},
        /* the event dated twice: several leaks, or one over days */
        {LEAK "A second cloud drifted over the port on Thursday, September 10, as more ammonia leaked.\n\nThe "
              "councillor spoke after Tuesday's leak.\n",
         0},
        /* an undated document: the weekday cannot be counted back */
        {"Residents woke to a smell on Wednesday (September 9, 2026) as ammonia leaked from a tank.\n\nThe "
         "councillor spoke after Tuesday's leak.\n",
         0},
    };
#undef LEAK
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_DATE_INCONSISTENCY), cases[i].n, "case %zu: %s", i,
                     cases[i].text);
}

Test(dates, anniversaries_and_weekdays)
{
    cr_expect_eq(unit_count("t.txt",
                            "It happened in 2022. That year, crowds marked the 80th anniversary of the end of "
                            "World War II.\n",
                            FL_RULE_DATE_INCONSISTENCY),
                 1);
    cr_expect_eq(unit_count("t.txt", "In 2025, crowds marked the 80th anniversary of the end of World War II.\n",
                            FL_RULE_DATE_INCONSISTENCY),
                 0);
    /* no year in force: an inferred date is not enough */
    cr_expect_eq(unit_count("t.txt",
                            "Crowds marked the 80th anniversary of the end of World War II. Trade hit $5 "
                            "billion in 2024.\n",
                            FL_RULE_DATE_INCONSISTENCY),
                 0);
    cr_expect_eq(unit_count("t.txt", "The summit opened on Thursday, July 24, 2025.\n", FL_RULE_DATE_INCONSISTENCY), 0);
    cr_expect_eq(unit_count("t.txt", "The summit opened on Tuesday, July 24, 2025.\n", FL_RULE_DATE_INCONSISTENCY), 1);
}

/* A day written without its year far enough after the document's date may be one of the year before, when its
 * weekday fits that year only; not when the nearest finite verb before it tells it as ahead (a modal, a present). */
Test(dates, weekdays_of_a_day_without_its_year)
{
    static const struct {
        const char *text;
        int findings;
    } cases[] = {
        /* 31 July 2026 is a Friday, 31 July 2025 a Thursday */
        {"Published: 19 June 2026\n\nThe review will report on Thursday 31 July.\n", 1},
        {"Published: 19 June 2026\n\nThe society has organised a sale on Thursday 31 July.\n", 1},
        {"Published: 19 June 2026\n\nThe university said the review is to report on Thursday 31 July.\n", 1},
        {"Published: 19 June 2026\n\nThe review will report on Friday 31 July.\n", 0},
        /* told in the past: the day of the year before */
        {"Published: 19 June 2026\n\nThe review reported on Thursday 31 July, a year late.\n", 0},
        {"Published: 19 June 2026\n\nThe last sale was held on Thursday 31 July.\n", 0},
        /* no verb before it: either year may hold */
        {"Published: 19 June 2026\n\nThursday 31 July: the review reports.\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_DATE_INCONSISTENCY), cases[i].findings, "case %zu: %s",
                     i, cases[i].text);
}
