/* inputs.c - what a run lints: the linted files, the --against reference files after them, and each
 * file's configuration. */
#include "run/inputs.h"

#include <stdlib.h>
#include <string.h>

void fl_rules_override(const signed char *rule_cli, fl_severity *level)
{
    for (int r = 0; r < FL_RULE_COUNT; r++) {
        if (rule_cli[r] < 0)
            level[r] = FL_SEV_OFF;
        else if (rule_cli[r] > 0 && level[r] == FL_SEV_OFF)
            level[r] = fl_rule_table[r].level;
    }
}

unsigned char *fl_inputs_add_reference(fl_filelist *files, const char *const *paths, size_t n)
{
    if (!n)
        return NULL;
    size_t nlinted = files->len;
    fl_filelist refs = {0};
    fl_walk(paths, n, 0, &refs);
    files->problems += refs.problems;
    unsigned char *reference = fl_xcalloc(files->len + refs.len + 1, 1);
    for (size_t i = 0; i < refs.len; i++) {
        int dup = 0;
        for (size_t k = 0; k < nlinted && !dup; k++)
            dup = strcmp(files->items[k].display, refs.items[i].display) == 0;
        if (dup) {
            free(refs.items[i].path);
            free(refs.items[i].display);
            continue;
        }
        FL_GROW(files->items, files->cap, files->len + 1);
        reference[files->len] = 1;
        files->items[files->len++] = refs.items[i];
    }
    free(refs.items);
    return reference;
}

int fl_inputs_configure(fl_configs *cs, const signed char *rule_cli, fl_filelist *files, unsigned char *reference,
                        fl_file_opts **fopts, fl_buf *err)
{
    fl_file_opts *fo = fl_xcalloc(files->len + 1, sizeof(fl_file_opts));
    size_t out = 0, configured = 0;
    for (size_t i = 0; i < files->len; i++) {
        fl_file_config fc;
        fl_severity base[FL_RULE_COUNT];
        for (int r = 0; r < FL_RULE_COUNT; r++)
            base[r] = fl_rule_table[r].level;
        if (fl_configs_for(cs, files->items[i].path, base, &fc, err) < 0) {
            free(fo);
            return -1;
        }
        if (fc.excluded) {
            free(files->items[i].path);
            free(files->items[i].display);
            continue;
        }
        configured += fc.config != NULL;
        fl_rules_override(rule_cli, fc.level);
        memcpy(fo[out].level, fc.level, sizeof fc.level);
        fo[out].date = fc.date;
        fo[out].approx_tolerance = fc.approx_tolerance;
        if (reference)
            reference[out] = reference[i];
        files->items[out++] = files->items[i];
    }
    files->len = out;
    if (configured)
        *fopts = fo;
    else
        free(fo);
    return 0;
}
