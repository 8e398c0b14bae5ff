/* test_tables.c - tables in plain text (extract/tables.c) and the claims of their cells (extract/claims.c). */
#include "unit.h"

#include "extract/tables.h"

typedef struct {
    const char *text;
    size_t ntables, nrows;
    int total_row; /* the index of the one total row, -1 none */
    int piped;     /* the rows' cells are parted by bars */
} table_case;

static const table_case table_cases[] = {
    /* caption, header, three rows, the last the whole */
    {"Table 1: Assets by scheme type, £ billion\n\nScheme type | End of June 2026 | End of September 2026 | Change\n\n"
     "Defined benefit | 1,110 | 1,118 | +8\n\nDefined contribution | 494 | 524 | +30\n\nAll schemes | 1,604 | 1,624 | "
     "+20\n",
     1, 3, 2, 1},
    /* a header with no caption, Markdown bars and rule line */
    {"| District | Active adults | Share |\n|---|---|---|\n| Ashmoor City | 812,000 | 64.2% |\n| Lowmere | 391,000 | "
     "58.7% |\n| Total | 1,203,000 | 61.0% |\n",
     1, 3, 2, 1},
    /* "Label: value" rows under a caption */
    {"Table 1: Registered company insolvencies by industry, Q2 2026\nConstruction: 1,412\nRetail: 1,690\nAll "
     "industries: 3,102\n",
     1, 3, 2, 0},
    /* "Label: a | b" rows under a caption: the label ends at the colon */
    {"Table 1: Highway maintenance, 2024/25 and 2025/26\nNetwork length (km): 4,870 | 4,870\nPotholes repaired: 52,300 "
     "| "
     "64,100\n",
     1, 2, -1, 0},
    /* a dateline with bars is no table; nor a lone header and one row */
    {"Statistical bulletin | Office for Statistics | Published: Thursday 26 November 2026\n\nMain points\n", 0, 0, -1,
     0},
    {"Region | 2025 | 2026\nNorth | 1,200 | 1,300\n\nThe north grew.\n", 0, 0, -1, 0},
    /* a header and two rows, years as the header's cells (a period is no figure) */
    {"Region | 2025 | 2026\nNorth | 1,200 | 1,300\nSouth | 900 | 950\n", 1, 2, -1, 1},
    /* "Label: value" lines with no caption are label lines (claims.c label_line), no table */
    {"Wool collected: 11.9 million kg\nMembers: 1,240\n", 0, 0, -1, 0},
    /* a row of another number of cells ends the table */
    {"Table 2: Sales, £m\nUnit | 2025 | 2026\nShops | 12.1 | 13.4\nOnline | 3.2 | 4.0 | 1.1\n", 1, 1, -1, 1},
};

Test(tables, finds_captions_headers_rows_and_totals)
{
    for (size_t i = 0; i < sizeof table_cases / sizeof table_cases[0]; i++) {
        const table_case *tc = &table_cases[i];
        fl_tables t;
        fl_tables_find(tc->text, 0, strlen(tc->text), unit_rules(), &t);
        cr_expect_eq(t.ntables, tc->ntables, "case %zu: %zu tables", i, t.ntables);
        cr_expect_eq(t.nrows, tc->nrows, "case %zu: %zu rows", i, t.nrows);
        for (size_t j = 0; j < t.nrows; j++) {
            const fl_tspan *l = &t.rows[j].cell[0];
            cr_expect(!memchr(tc->text + l->start, ':', l->end - l->start), "case %zu row %zu: a label has no colon", i,
                      j);
            cr_expect_eq(t.rows[j].total, (int)j == tc->total_row, "case %zu row %zu total", i, j);
            cr_expect_eq(t.rows[j].piped, tc->piped, "case %zu row %zu piped", i, j);
        }
        fl_tables_free(&t);
    }
}

Test(tables, figure_cells)
{
    static const struct {
        const char *cell;
        int figure;
    } cases[] = {{"1,118", 1},   {"+8", 1},      {"64.2%", 1},
                 {"£3.4m", 1},   {"−1.5", 1},    {"$12", 1},
                 {"2025/26", 0}, {"2026", 0},    {"End of June 2026", 0},
                 {"Change", 0},  {"2024-25", 0}, {"Q2 2026", 0},
                 {"38.6[4]", 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(fl_table_figure(cases[i].cell, strlen(cases[i].cell)), cases[i].figure, "%s", cases[i].cell);
}

/* The cells' keys: the total row's September cell has the key of the text's September total; the June column, the
 * part rows and the change column do not. */
static const char pensions[] =
    "Pension schemes: assets, July to September 2026\n\nBulletin | Office for Pensions | Published: Thursday 26 "
    "November 2026\n\nTotal assets held by occupational pension schemes stood at £1,642 billion at the end of "
    "September 2026.\n\nTable 1: Assets by scheme type, £ billion\n\nScheme type | End of June 2026 | End of "
    "September 2026 | Change\n\nDefined benefit | 1,110 | 1,118 | +8\n\nAll schemes | 1,604 | 1,624 | +20\n";

static const char *key_of(const fl_claims *c, const char *prefix)
{
    const fl_claim *cl = unit_find_claim(c, prefix);
    return cl && cl->key ? cl->key : "";
}

Test(tables, cell_keys_meet_the_texts)
{
    fl_claims c;
    fl_doc *d = unit_claims("p/pensions.txt", pensions, &c);
    const char *text = key_of(&c, "£1,642"), *sep = key_of(&c, "1,624"), *june = key_of(&c, "1,604"),
               *part = key_of(&c, "1,118");
    cr_expect(text[0] != '\0', "the text's total is keyed");
    cr_expect_str_eq(sep, text, "the total row's September cell meets the text");
    cr_expect_str_neq(june, text, "the June column is another period");
    cr_expect_str_neq(part, text, "a part's row is no total");
    cr_expect_null(unit_find_claim(&c, "+20"), "a change column gives no level");
    cr_expect_null(unit_find_claim(&c, "+8"), "a change column gives no level");
    const fl_claim *cl = unit_find_claim(&c, "1,624");
    cr_assert_not_null(cl);
    cr_expect_float_eq(cl->value, 1.624e12, 1, "in the caption's unit");
    fl_claims_free(&c);
    fl_doc_free(d);
    cr_expect_eq(unit_count("p/pensions.txt", pensions, FL_RULE_NUMERIC_CONFLICT), 1);
}

/* A total row that is not the sum of the rows above it (numcheck.c check_table_totals), and the tables it is no
 * sum of. */
Test(tables, total_row_adds_up)
{
    static const struct {
        const char *text;
        size_t n;
    } cases[] = {
        {"Table 1: Sales by shop, £m\n\nShop | 2025 | 2026\n\nNorth | 110 | 118\n\nSouth | 49 | 52\n\nAll shops | 159 "
         "| "
         "162\n",
         1},
        {"Table 1: Sales by shop, £m\n\nShop | 2025 | 2026\n\nNorth | 110 | 118\n\nSouth | 49 | 52\n\nAll shops | 159 "
         "| "
         "170\n",
         0},
        /* rounded parts: 1.4 + 2.4 may be 3.9 */
        {"Table 2: Output, million tonnes\nMine | 2026\nEast | 1.4\nWest | 2.4\nTotal | 3.9\n", 0},
        /* an average column, a share column, a change column */
        {"Region | Average price | Share | Change\nNorth | 110 | 40% | +3\nSouth | 90 | 50% | +4\nAll regions | 96 | "
         "100% "
         "| +9\n",
         0},
        /* a row that is a part of the row above */
        {"Table 3: Staff\nUnit | 2026\nHospitals | 900\nof which nurses | 400\nClinics | 100\nTotal | 1,000\n", 0},
        /* no total row; a total row that is not the last */
        {"Table 4: Staff\nUnit | 2026\nHospitals | 900\nClinics | 100\nCare homes | 400\n", 0},
        {"Table 5: Staff\nUnit | 2026\nTotal | 1,000\nHospitals | 900\nClinics | 300\n", 0},
        /* "Label: value" rows under a caption */
        {"Table 1: Insolvencies by industry, Q2 2026\nConstruction: 1,412\nRetail: 1,690\nAll industries: 2,900\n", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_ARITHMETIC), cases[i].n, "case %zu", i);
}

/* A "Label: value" row whose cells state their own periods, and a heading that ends in its unit as a caption: the
 * figure is the cell, the period apart (per); a heading with no such row under it, or a bracket with a digit, is
 * no caption. */
Test(tables, dated_cells_and_unit_headings)
{
    static const char labour[] = "Table 1: Headline indicators\n\nUnemployment rate (16 and over): October 2026 4.8% | "
                                 "October 2025 4.6%\n\nVacancies: 2026 16,900 | 2025 19,200\n";
    fl_tables t;
    fl_tables_find(labour, 0, strlen(labour), unit_rules(), &t);
    cr_assert_eq(t.nrows, 2);
    const fl_table_row *r = &t.rows[0];
    cr_expect(r->dated);
    cr_expect_eq(r->ncells, 3);
    cr_expect_eq(strncmp(labour + r->cell[1].start, "4.8%", r->cell[1].end - r->cell[1].start), 0);
    cr_expect_eq(strncmp(labour + r->per[2].start, "October 2025", r->per[2].end - r->per[2].start), 0);
    cr_expect_eq(strncmp(labour + t.rows[1].per[1].start, "2026", 4), 0);
    fl_tables_free(&t);
    static const char income[] =
        "Summary income statement (£ million)\n\nRevenue: 1,240.0 | 2025: 1,310.0\n\nProfit before tax: 41.2 | 2025: "
        "33.9\n";
    fl_tables_find(income, 0, strlen(income), unit_rules(), &t);
    cr_expect_eq(t.ntables, 1);
    cr_assert_eq(t.nrows, 2);
    cr_expect_eq(t.rows[0].per[1].end, t.rows[0].per[1].start, "the first cell states no period");
    cr_expect_eq(strncmp(income + t.rows[0].per[2].start, "2025", 4), 0);
    cr_expect_eq(strncmp(income + t.rows[0].cell[2].start, "1,310.0", 7), 0);
    fl_tables_free(&t);
    static const char *none[] = {"Summary (£ million)\n\nRevenue rose sharply in the year.\n",
                                 "Results (2025)\n\nRevenue: 1,240.0\n",
                                 "Table 1: Output\n\nGrowth: strong 4.8% | weak 4.6%\n"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        fl_tables_find(none[i], 0, strlen(none[i]), unit_rules(), &t);
        cr_expect_eq(t.nrows, 0, "case %zu: %zu rows", i, t.nrows);
        fl_tables_free(&t);
    }
}

/* Each cell takes its own period: the table's October 2026 unemployment rate meets the text's, October 2025's only
 * the text's October 2025 figure. */
Test(tables, dated_cells_meet_the_texts_of_their_period)
{
    static const char doc[] =
        "Labour market bulletin: Varnholt region, October 2026\n\nThe unemployment rate was 4.3% in October 2026, "
        "compared with 4.6% in October 2025.\n\nTable 1: Headline indicators\n\nUnemployment rate (16 and over): "
        "October 2026 4.8% | October 2025 4.6%\n";
    fl_claims c;
    fl_doc *d = unit_claims("l/labour.txt", doc, &c);
    const char *now = key_of(&c, "4.3%"), *cell = key_of(&c, "4.8%");
    cr_expect(now[0] != '\0');
    cr_expect_str_eq(cell, now, "the October 2026 cell has the text's key");
    fl_claims_free(&c);
    fl_doc_free(d);
    cr_expect_eq(unit_count("l/labour.txt", doc, FL_RULE_NUMERIC_CONFLICT), 1);
}

/* A header-less table whose caption gives its columns' periods, a row label that names a level: the latest column
 * meets the text's level of no stated period; the earlier column is a base, and meets it not. */
Test(tables, caption_periods_and_level_rows)
{
    static const char *docs[] = {
        "Waste statistics: Penhallow\n\nThe county's recycling rate was 51.2%.\n\nTable 1: Key indicators, "
        "2024/25 and 2025/26\n\nRecycling rate | 49.7% | 55.1%\n",
        "Waste statistics: Penhallow\n\nThe county's recycling rate was 55.1%.\n\nTable 1: Key indicators, "
        "2024/25 and 2025/26\n\nRecycling rate | 49.7% | 55.1%\n",
        /* a row label that names a part of a level, or no level, keys nothing */
        "Waste statistics: Penhallow\n\nThe county's recycling rate was 51.2%.\n\nTable 1: Key indicators, "
        "2024/25 and 2025/26\n\nGarden waste | 49.7% | 55.1%\n",
    };
    static const size_t want[] = {1, 0, 0};
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
        cr_expect_eq(unit_count("r/recycling.txt", docs[i], FL_RULE_NUMERIC_CONFLICT), want[i], "case %zu", i);
    fl_claims c;
    fl_doc *d = unit_claims("r/recycling.txt", docs[0], &c);
    const fl_claim *cl = unit_find_claim(&c, "55.1%");
    cr_assert_not_null(cl);
    cr_expect_str_eq(cl->item, "recycling rate");
    cr_expect_eq(cl->year, 2025);
    cl = unit_find_claim(&c, "49.7%");
    cr_assert_not_null(cl);
    cr_expect_eq(cl->year, 2024);
    cr_expect(cl->base, "the earlier column is a base");
    fl_claims_free(&c);
    fl_doc_free(d);
}

/* A results release's heading unit: the row "Revenue" is the report's entity's revenue, its first cell of the
 * report's period; a part the text says revenue includes is no level of it. */
Test(tables, heading_unit_and_report_period)
{
    static const char *docs[] = {
        "Grebe Civil Engineering plc: results for the year ended 31 August 2026\n\nRevenue of £2.16 billion, up 9% "
        "from £1.98 billion in 2025.\n\nSummary income statement (£ million)\n\nRevenue: 2,060.0 | 2025: 1,980.0\n",
        "Grebe Civil Engineering plc: results for the year ended 31 August 2026\n\nRevenue of £2.16 billion, up 9% "
        "from £1.98 billion in 2025.\n\nSummary income statement (£ million)\n\nRevenue: 2,160.0 | 2025: 1,980.0\n\n"
        "Revenue includes the group's share of joint-venture revenue of £44 million.\n",
    };
    static const size_t want[] = {1, 0};
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
        cr_expect_eq(unit_count("c/results.txt", docs[i], FL_RULE_NUMERIC_CONFLICT), want[i], "case %zu", i);
    fl_claims c;
    fl_doc *d = unit_claims("c/results.txt", docs[1], &c);
    const fl_claim *cl = unit_find_claim(&c, "2,160.0");
    cr_assert_not_null(cl);
    cr_expect_float_eq(cl->value, 2.16e9, 1, "in the heading's unit");
    cr_expect_str_eq(cl->key, key_of(&c, "£2.16 billion"));
    cr_expect_str_eq(key_of(&c, "£44 million"), "", "a part of revenue, no level of it");
    fl_claims_free(&c);
    fl_doc_free(d);
}
