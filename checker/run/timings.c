/* timings.c - the --timings table: where a run's CPU time went, by stage and by check. */
#include "run/timings.h"

#include <string.h>

#include "run/registry.h"

/* The --timings table, like textlint's TIMING: every stage and check, slowest first, with its
 * share of the total. */
void fl_timings_print(FILE *err, const fl_timings *t)
{
    static const char *const stages[FL_STAGE_COUNT] = {"read and validate",
                                                       "markup and segments",
                                                       "footnotes",
                                                       "numeric claims",
                                                       "attribution",
                                                       "join: numeric-conflict within documents",
                                                       "join: numeric-conflict",
                                                       "join: quote-conflict",
                                                       "limit, levels, suppressions, sort",
                                                       "output"};
    typedef struct {
        char label[160];
        double seconds;
    } row;
    row rows[FL_STAGE_COUNT + FL_RULE_COUNT];
    size_t n = 0;
    double total = 0;
    for (int i = 0; i < FL_STAGE_COUNT; i++) {
        snprintf(rows[n].label, sizeof rows[n].label, "%s", stages[i]);
        rows[n].seconds = t->stage[i];
        total += rows[n++].seconds;
    }
    /* a check under the ids of every rule it implements */
    for (int i = 0; i < FL_RULE_COUNT; i++) {
        if (!fl_rule_check_first(i))
            continue;
        fl_check_fn fn = fl_registry[i].check;
        fl_buf label = {0};
        fl_buf_puts(&label, "check:");
        for (int k = i, sep = 0; k < FL_RULE_COUNT; k++)
            if (fl_registry[k].check == fn) {
                fl_buf_printf(&label, "%s%s", sep ? ", " : " ", fl_rule_table[k].id);
                sep = 1;
            }
        snprintf(rows[n].label, sizeof rows[n].label, "%s", fl_buf_cstr(&label));
        fl_buf_free(&label);
        rows[n].seconds = t->check[i];
        total += rows[n++].seconds;
    }
    /* slowest first (insertion sort: a few dozen rows); ties keep the table's order */
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && rows[k].seconds > rows[k - 1].seconds; k--) {
            row x = rows[k];
            rows[k] = rows[k - 1];
            rows[k - 1] = x;
        }
    const char *head = "Stage or check (CPU time, all threads)";
    int w = (int)strlen(head);
    for (size_t i = 0; i < n; i++)
        if ((int)strlen(rows[i].label) > w)
            w = (int)strlen(rows[i].label);
    fprintf(err, "%-*s | %10s | %8s\n:", w, head, "Time (ms)", "Relative");
    for (int i = 0; i < w; i++)
        fputc('-', err);
    fputs("|-----------:|---------:\n", err);
    for (size_t i = 0; i < n; i++)
        fprintf(err, "%-*s | %10.3f | %7.1f%%\n", w, rows[i].label, rows[i].seconds * 1e3,
                total > 0 ? 100 * rows[i].seconds / total : 0.0);
    fprintf(err, "%-*s | %10.3f | %7.1f%%\n", w, "total", total * 1e3, total > 0 ? 100.0 : 0.0);
}
