/* test_limits.c - limits and defaults that keep hostile input harmless: the corpus-wide join keeps at most
 * FL_MAX_PER_RULE numeric-conflict reports per file, as the per-document checks do, and says how many it did
 * not show; a footnote number has at most 3 digits in every style; options start fully initialised. */
#include "unit.h"

#include <stdlib.h>

#include "check/check.h"
#include "core/rules.h"

/* n claims with one key and values that pairwise disagree: the anchor plus n - 1 conflicts. */
static char *disagreeing_claims(size_t n)
{
    fl_buf b = {0};
    for (size_t i = 0; i < n; i++)
        fl_buf_printf(&b, "Russia delivered %zu bcm of gas to China in 2024.\n", 10 + 3 * i);
    return fl_buf_take(&b);
}

typedef struct {
    size_t shown, more; /* conflicts reported; "N more ... not shown" diagnostics */
    int more_line;      /* where the last "more" diagnostic is */
    char *more_message;
} conflicts;

static conflicts lint_conflicts(const char *text)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, "limits.txt", text, strlen(text), &s);
    conflicts c = {0, 0, 0, NULL};
    for (size_t i = 0; i < s.len; i++) {
        if (s.items[i].rule != FL_RULE_NUMERIC_CONFLICT)
            continue;
        if (strstr(s.items[i].message, "not shown")) {
            c.more++;
            c.more_line = s.items[i].start.line;
            free(c.more_message);
            c.more_message = fl_xstrdup(s.items[i].message);
        } else {
            c.shown++;
        }
    }
    fl_sink_free(&s);
    return c;
}

Test(limits, conflicts_up_to_the_limit_are_all_shown)
{
    char *text = disagreeing_claims(FL_MAX_PER_RULE + 1);
    conflicts c = lint_conflicts(text);
    cr_assert_eq(c.shown, FL_MAX_PER_RULE);
    cr_assert_eq(c.more, 0);
    free(text);
}

Test(limits, conflicts_over_the_limit_are_counted)
{
    char *text = disagreeing_claims(FL_MAX_PER_RULE + 51);
    conflicts c = lint_conflicts(text);
    cr_assert_eq(c.shown, FL_MAX_PER_RULE);
    cr_assert_eq(c.more, 1);
    cr_assert_str_eq(c.more_message,
                     "50 more numeric-conflict diagnostics in this file are not shown (the limit is 200 per file)");
    cr_assert_eq(c.more_line, FL_MAX_PER_RULE + 51, "at the last one not shown");
    free(c.more_message);
    free(text);
}

/* A run of superscript digits longer than 3 is not a footnote marker (as with bracketed and glued ones);
 * a run of 12 used to overflow an int. */
Test(limits, long_superscript_run_is_not_a_marker)
{
    const char *text = "Trade grew.¹²³⁴⁵⁶⁷⁸⁹¹²³ Prices fell.¹ Wages rose.²\n";
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, "sup.txt", text, strlen(text), &s);
    cr_assert_eq(s.len, 1);
    cr_assert_eq(s.items[0].rule, FL_RULE_FOOTNOTE_NO_NOTES);
    cr_assert_str_eq(s.items[0].message, "2 footnote markers (1-2) but no notes section");
    fl_sink_free(&s);
}

/* fl_lint_opts_init sets every field: --explain and the tests lint with options straight from it, and
 * valgrind found --explain reading an uninitialised --date and want_claims. */
Test(limits, lint_opts_init_sets_every_field)
{
    fl_lint_opts o;
    memset(&o, 0xA5, sizeof o);
    fl_lint_opts_init(&o);
    cr_assert_eq(o.jobs, 1);
    cr_assert_eq(o.date.year, 0);
    cr_assert_eq(o.date.source, FL_DATE_NONE);
    cr_assert_eq(o.want_claims, 0);
    cr_assert_null(o.reference);
    for (int i = 0; i < FL_RULE_COUNT; i++)
        cr_assert_eq(o.level[i], fl_rule_table[i].level);
}
