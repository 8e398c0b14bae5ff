/* test_limits.c - output stays bounded: the corpus-wide join keeps at most FL_MAX_PER_RULE numeric-conflict
 * reports per file, as the per-document checks do, and says how many it did not show. */
#include "unit.h"

#include <stdlib.h>

#include "check.h"
#include "ruletab.h"

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
    int more_line; /* where the last "more" diagnostic is */
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
