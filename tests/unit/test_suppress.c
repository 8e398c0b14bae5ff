/* test_suppress.c - where directives are found (comments, directive lines; not code, not mid-line
 * mentions), the paragraph break a comment line leaves, and which diagnostics a directive covers. */
#include "unit.h"

#include "check/check.h"
#include "core/rules.h"

/* The directive texts of a document, joined with "|". */
static char *directives_of(const char *name, const char *text)
{
    fl_doc *d = unit_doc(name, text);
    fl_buf b = {0};
    for (size_t i = 0; i < d->directives.len; i++) {
        if (i)
            fl_buf_putc(&b, '|');
        fl_buf_put(&b, d->raw + d->directives.items[i].start,
                   d->directives.items[i].end - d->directives.items[i].start);
    }
    fl_doc_free(d);
    return fl_buf_take(&b);
}

static void expect_directives(const char *name, const char *text, const char *want)
{
    char *got = directives_of(name, text);
    cr_expect_str_eq(got ? got : "", want, "%s: %s", name, text);
    free(got);
}

Test(suppress, directives_found)
{
    expect_directives("a.md", "<!-- factlint-disable vague-source -->\nText.\n", "factlint-disable vague-source");
    expect_directives("a.md", "Text <!--factlint-enable--> more.\n", "factlint-enable");
    expect_directives("a.md", "<!--\n  factlint-disable-next-line vague-source\n-->\n",
                      "factlint-disable-next-line vague-source");
    expect_directives("a.md", "<!-- a note about factlint-disable -->\n", "");
    expect_directives("a.md", "```\n<!-- factlint-disable-file -->\n```\n", "");
    expect_directives("a.md", "Use `<!-- factlint-disable -->` in a draft.\n", "");
    expect_directives("a.md", "factlint-disable vague-source\n", "");
    expect_directives("a.txt", "factlint-disable vague-source\nText.\n", "factlint-disable vague-source");
    expect_directives("a.txt", "  factlint-disable-file\r\nText.\r\n", "factlint-disable-file");
    expect_directives("a.txt", "Text mentions factlint-disable here.\n", "");
    expect_directives("a.txt", "factlint-disabled is prose.\nfactlint-enablement too.\n", "");
    expect_directives("a.txt", "<!-- factlint-disable -->\n", "");
}

Test(suppress, comment_line_is_a_paragraph_break)
{
    /* the line after a comment line starts a sentence, as it does in the rendered document */
    cr_expect_eq(unit_count("a.md", "Intro.\n<!-- a comment -->\nAnalysts say it will fail.\n", FL_RULE_VAGUE_SOURCE),
                 1);
    cr_expect_eq(unit_count("a.txt", "factlint-enable\nAnalysts say it will fail.\n", FL_RULE_VAGUE_SOURCE), 1);
    /* a directive line is not prose */
    cr_expect_eq(
        unit_count("a.txt", "factlint-disable-next-line source-placeholder\nText.\n", FL_RULE_SOURCE_PLACEHOLDER), 0);
}

Test(suppress, regions)
{
    const char *doc = "Analysts say A.\n"
                      "<!-- factlint-disable-next-line vague-source -->\n"
                      "Analysts say B.\n\n"
                      "Analysts say C.\n"
                      "<!-- factlint-disable -->\n"
                      "Analysts say D. Source link\n"
                      "<!-- factlint-enable -->\n"
                      "Analysts say E.\n";
    cr_expect_eq(unit_count("a.md", doc, FL_RULE_VAGUE_SOURCE), 3); /* A, C, E */
    cr_expect_eq(unit_count("a.md", doc, FL_RULE_UNUSED_SUPPRESSION), 0);
    /* a named enable ends only that rule's region */
    const char *two = "<!-- factlint-disable vague-source source-placeholder -->\n"
                      "Analysts say A.\n"
                      "<!-- factlint-enable vague-source -->\n"
                      "Analysts say B.\n\nSource link\n";
    cr_expect_eq(unit_count("a.md", two, FL_RULE_VAGUE_SOURCE), 1);
    cr_expect_eq(unit_count("a.md", two, FL_RULE_SOURCE_PLACEHOLDER), 0);
    cr_expect_eq(unit_count("a.md", two, FL_RULE_UNUSED_SUPPRESSION), 0);
    /* a directive that covers nothing is reported once, even with two rules */
    cr_expect_eq(unit_count("a.md", "<!-- factlint-disable-next-line vague-source, footnote-gap -->\nText.\n",
                            FL_RULE_UNUSED_SUPPRESSION),
                 1);
}

Test(suppress, limits)
{
    /* suppressed diagnostics do not use up a rule's limit: the one left after 250 suppressed is shown */
    fl_buf b = {0};
    for (int i = 0; i < 250; i++)
        fl_buf_printf(&b, "factlint-disable-next-line vague-source\nAnalysts say it rose %d.\n\n", i);
    fl_buf_puts(&b, "Analysts say it fell.\n");
    cr_expect_eq(unit_count("a.txt", fl_buf_cstr(&b), FL_RULE_VAGUE_SOURCE), 1);
    cr_expect_eq(unit_count("a.txt", fl_buf_cstr(&b), FL_RULE_UNUSED_SUPPRESSION), 0);
    /* 250 stale directives: the limit per file, then one note with the count of the rest */
    b.len = 0;
    for (int i = 0; i < 250; i++)
        fl_buf_printf(&b, "<!-- factlint-disable-next-line footnote-gap -->\nLine %d.\n\n", i);
    cr_expect_eq(unit_count("a.md", fl_buf_cstr(&b), FL_RULE_UNUSED_SUPPRESSION), FL_MAX_PER_RULE + 1);
    fl_buf_free(&b);
}
