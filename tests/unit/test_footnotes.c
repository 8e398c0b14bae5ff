/* test_footnotes.c - footnote markers, notes sections and sequencing. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

Test(footnotes, seed_001_sequence)
{
    char *text = unit_slurp("../../corpus/001_f284fabe15bb3e57.txt", NULL);
    fl_doc *d = unit_doc("001.txt", text);
    cr_assert_eq(d->nmarkers, 51);
    /* 1..52 without 18, in order */
    int expect = 1;
    for (size_t i = 0; i < d->nmarkers; i++) {
        if (expect == 18)
            expect++;
        cr_assert_eq(d->markers[i].value, expect, "marker %zu is %d, expected %d", i, d->markers[i].value, expect);
        expect++;
    }
    cr_assert_eq(d->has_notes, 0);
    fl_doc_free(d);
    free(text);
}

/* The text of marker k of d. */
static int marker_at(const fl_doc *d, const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    cr_assert_not_null(p, "needle %s", needle);
    size_t off = (size_t)(p - text) + strlen(needle);
    for (size_t i = 0; i < d->nmarkers; i++)
        if (d->markers[i].start == off)
            return d->markers[i].value;
    return -1;
}

Test(footnotes, glued_year_and_marker)
{
    const char *t = "Trade grew.31 Prices fell.32 It began in January 2022.33 Then it slowed.34\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(marker_at(d, t, "January 2022."), 33);
    fl_doc_free(d);
}

Test(footnotes, glued_to_word)
{
    const char *t = "Costs rose.20 Loans totaled nearly $7 billion21 and more. Growth slowed.22\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(marker_at(d, t, "billion"), 21);
    cr_assert_eq(d->nmarkers, 3);
    fl_doc_free(d);
}

Test(footnotes, glued_after_a_percentage)
{
    const char *t = "Visits rose.1 Costs grew by 18%.2 Staff fell.3\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(marker_at(d, t, "18%."), 2);
    cr_assert_eq(d->nmarkers, 3);
    fl_doc_free(d);
}

Test(footnotes, decimal_is_not_marker)
{
    const char *t = "Exports rose.37 With 21.3 bcm of gas (up to 38 bcm by 2025),38 deliveries grew.39\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->nmarkers, 3);
    cr_assert_eq(marker_at(d, t, "2025),"), 38);
    cr_assert_eq(marker_at(d, t, "21."), -1);
    fl_doc_free(d);
}

Test(footnotes, lone_code_names_are_not_markers)
{
    const char *t = "The G20 met in Rome. CO2 emissions fell 2.5 percent. The F16 flew.\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->nmarkers, 0);
    fl_doc_free(d);
}

Test(footnotes, single_glued_punct_is_not_enough)
{
    const char *t = "He said it was “final.”1 Nothing else followed.\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->nmarkers, 0);
    fl_doc_free(d);
}

Test(footnotes, bracketed_and_markdown)
{
    const char *t = "Prices rose [1] and fell [2, 3].[^note] See [the data](http://x.org/1) and [4].\n\n"
                    "[^note]: A note.\n";
    fl_doc *d = unit_doc("a.md", t);
    cr_assert_eq(d->nmarkers, 5);
    cr_assert_eq(d->markers[0].value, 1);
    cr_assert_eq(d->markers[1].value, 2);
    cr_assert_eq(d->markers[2].value, 3);
    cr_assert_str_eq(d->markers[3].label, "note");
    cr_assert_eq(d->markers[4].value, 4);
    cr_assert_eq(d->nentries, 1);
    fl_doc_free(d);
}

Test(footnotes, superscripts_but_not_units)
{
    const char *t = "The area is 500 km² in total.¹ Prices rose.² Wages fell.³\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->nmarkers, 3);
    cr_assert_eq(d->markers[0].value, 1);
    fl_doc_free(d);
}

/* exponents of units glued to the number or after a slash, and a ² or ³ after a word of one or two small letters
 * ("million m²"), are no markers; a superscript after any other word is (a ² after "in" or "so" is read as a unit's:
 * the cost of the rule) */
Test(footnotes, unit_exponents_in_every_spelling)
{
    static const struct {
        const char *text;
        int markers;
    } cases[] = {
        {"The hall covers 1,200m² of floor.\n", 0},
        {"The roof was rated at 150 kg/m² by its designers.\n", 0},
        {"Density reached 40 people/km² in the square.\n", 0},
        {"A snow load of 1.5 kN/m² was assumed.\n", 0},
        {"The vessel holds 30 m³ of water.\n", 0},
        {"Prices rose in March.¹ Output grew in May.²\n", 2},
        {"The ministry² said so.\n", 1},
        {"It made 9.5 million m² of tile.\n", 0},
        {"The site covers 2.4 thousand km² of moor.\n", 0},
        {"The rate rose by +1.3 pts² on the year.\n", 1},
        {"Turnover was up 4 per cent.³\n", 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        fl_doc *d = unit_doc("a.txt", cases[k].text);
        cr_assert_eq(d->nmarkers, cases[k].markers, "%s: %zu markers, want %d", cases[k].text, d->nmarkers,
                     cases[k].markers);
        fl_doc_free(d);
    }
}

Test(footnotes, notes_section_entries)
{
    const char *t = "Trade grew.1 Prices fell.2\n\nReferences\n\n1. Customs data.\n2) Price index.\n[3] Wages.\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->has_notes, 1);
    cr_assert_eq(d->nentries, 3);
    cr_assert_eq(d->entries[2].value, 3);
    cr_assert_eq(d->nmarkers, 2);
    fl_doc_free(d);
}

Test(footnotes, trailing_numbered_list_is_notes)
{
    const char *t = "Trade grew.1 Prices fell.2\n1. Customs data.\n2. Price index.\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->has_notes, 1);
    cr_assert_eq(d->nentries, 2);
    fl_doc_free(d);
}

Test(footnotes, rules_fire)
{
    cr_assert_eq(unit_count("a.txt", "Trade grew.1 Prices fell.2 Wages rose.5\n", FL_RULE_FOOTNOTE_GAP), 1);
    cr_assert_eq(unit_count("a.txt", "Trade grew.1 Prices fell.2 Wages rose.5\n", FL_RULE_FOOTNOTE_NO_NOTES), 1);
    cr_assert_eq(unit_count("a.txt", "Trade grew.1 Prices fell.3 Wages rose.2\n\nNotes\n1. a\n2. b\n3. c\n",
                            FL_RULE_FOOTNOTE_ORDER),
                 1);
    cr_assert_eq(unit_count("a.txt", "Trade grew.1 Prices fell.1\n\nNotes\n1. a\n", FL_RULE_FOOTNOTE_ORDER), 1);
    cr_assert_eq(unit_count("a.txt", "Trade grew [1]. Prices fell [1].\n\nNotes\n[1] a\n", FL_RULE_FOOTNOTE_ORDER), 0);
    cr_assert_eq(unit_count("a.md", "Trade grew.[^a] Fell.[^b]\n\n[^a]: x\n", FL_RULE_FOOTNOTE_UNDEFINED), 1);
    cr_assert_eq(unit_count("a.md", "Trade grew.[^a]\n\n[^a]: x\n[^b]: y\n", FL_RULE_FOOTNOTE_UNUSED), 1);
}

Test(footnotes, punctuation_not_closing_a_word)
{
    /* from the Brown corpus: prices, race times, arc-minutes and correlations are not markers */
    const char *texts[] = {
        "Most shippers will swallow their $.50 to $3 charge. Green studs cost about $.65, and dry studs cost $.03 "
        "more.\n",
        "His best mile to date is 2:28-:33. Prompt Time paced in 2:28-:36; Kimberly Gal in 2:30-:36.\n",
        "The diameter of the antenna beam, 6'.7, was small; the main lobe was about 18'.5, and the rest was noise.\n",
        "The correlation between onset age and completion age was -.50, and that between onset and span was -.10.\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        fl_doc *d = unit_doc("a.txt", texts[i]);
        cr_expect_eq(d->nmarkers, 0, "text %zu has %zu markers", i, d->nmarkers);
        fl_doc_free(d);
    }
}

/* Caret markers glued after a word or punctuation, and carets that are exponents: one row per text, with the
 * number of markers the document should have. */
Test(footnotes, caret_markers_and_exponents)
{
    static const struct {
        const char *text;
        size_t markers;
    } rows[] = {
        {"Rain fell in May.^1 It flooded 30 farms^2 and \"the old mill\"^3 by June,^4 said 45%^5 of owners.\n", 5},
        {"The room is 40 m^2 and the farm 3 km^2; y = x^2 and 10^3 cases.\n", 0},
        {"Debt grows as (1+r)^2 and (a*b)^3 while the code is 2^10 or ^12.\n", 0},
        {"The tank of 5mol^2 and the ratio kg/cm^3 are units.\n", 0},
        {"A long number^1234 and a decimal^1.5 are not markers, nor is March.^0 or word^2x.\n", 0},
        {"Only one note here.^1\n", 0},
        {"One caret note.^1 Another.^2\n", 2},
        {"Water use fell.^1\n\nNotes\n\n^1 Utility report.\n", 1},
    };
    for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++) {
        fl_doc *d = unit_doc("a.txt", rows[r].text);
        cr_assert_eq(d->nmarkers, rows[r].markers, "row %zu: %zu markers, expected %zu", r, d->nmarkers,
                     rows[r].markers);
        for (size_t i = 0; i < d->nmarkers; i++)
            cr_assert_eq(d->markers[i].style, FL_MK_CARET_DIGITS, "row %zu marker %zu", r, i);
        fl_doc_free(d);
    }
}

Test(footnotes, caret_notes_entries)
{
    const char *t = "Sales rose.^1 Costs fell.^2 Staff left.^3\n\nNotes\n\n^1 Annual report.\n2. Board minutes.\n^3: "
                    "Union letter.\n";
    fl_doc *d = unit_doc("a.txt", t);
    cr_assert_eq(d->nmarkers, 3);
    cr_assert_eq(marker_at(d, t, "Costs fell."), 2);
    cr_assert_eq(d->nentries, 3);
    for (size_t k = 0; k < d->nentries; k++)
        cr_assert_eq(d->entries[k].value, (int)k + 1);
    fl_doc_free(d);
}
