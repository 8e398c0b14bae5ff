/* test_fuzz_regress.c - every input the fuzzer once failed on (tests/fuzz/regress/) lints as text and as
 * Markdown, with sorted output and valid positions. Under `make asan` this replays the memory errors;
 * undefined behaviour that only clang's UBSan reports (a null pointer plus zero) needs `make fuzz-regress`,
 * which replays the same inputs through the fuzz target. */
#include "unit.h"

#include <dirent.h>
#include <stdlib.h>

static void lint_checked(const char *name, const char *buf, size_t len)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, name, buf, len, &s);
    for (size_t i = 0; i < s.len; i++) {
        cr_assert_geq(s.items[i].start.line, 1, "%s: line of diagnostic %zu", name, i);
        cr_assert_geq(s.items[i].start.col[FL_COL_BYTE], 1, "%s: column of diagnostic %zu", name, i);
        if (i > 0)
            cr_assert_leq(s.items[i - 1].start.line, s.items[i].start.line, "%s: output is sorted", name);
    }
    fl_sink_free(&s);
}

Test(fuzz, regressions)
{
    DIR *dir = opendir("../fuzz/regress");
    cr_assert_not_null(dir);
    struct dirent *de;
    size_t n = 0;
    while ((de = readdir(dir))) {
        if (de->d_name[0] == '.')
            continue;
        char *path = fl_xasprintf("../fuzz/regress/%s", de->d_name);
        size_t len;
        char *text = unit_slurp(path, &len);
        lint_checked("regress.txt", text, len);
        lint_checked("regress.md", text, len);
        free(text);
        free(path);
        n++;
    }
    closedir(dir);
    cr_assert_gt(n, 0, "no inputs in tests/fuzz/regress");
}
