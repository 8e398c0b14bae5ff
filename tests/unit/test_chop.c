/* test_chop.c - hostile input in the spirit of ctags' chop tests: prefixes of every corpus file (cut at
 * any byte, so also inside a UTF-8 sequence) and single-byte deletions lint without a crash, and each
 * result is sorted and bounded. Run under `make asan` this also checks every access. */
#include "unit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/rules.h"

static size_t lint(const char *buf, size_t len)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, "chop.txt", buf, len, &s);
    for (size_t i = 1; i < s.len; i++)
        cr_assert(s.items[i - 1].start.line <= s.items[i].start.line, "output is sorted");
    size_t n = s.len;
    fl_sink_free(&s);
    return n;
}

Test(chop, prefixes_and_deletions, .timeout = 120)
{
    DIR *dir = opendir("../../corpus");
    cr_assert_not_null(dir);
    struct dirent *de;
    size_t runs = 0;
    while ((de = readdir(dir))) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        char *path = fl_xasprintf("../../corpus/%s", de->d_name);
        size_t len;
        char *text = unit_slurp(path, &len);
        /* every prefix of the first 400 bytes, then every 97th */
        for (size_t cut = 0; cut <= len; cut += cut < 400 ? 1 : 97, runs++)
            lint(text, cut);
        /* single-byte deletions at 40 places */
        char *copy = malloc(len + 1);
        for (size_t k = 0; k < 40 && len > 1; k++, runs++) {
            size_t at = (k * 7919) % len;
            memcpy(copy, text, at);
            memcpy(copy + at, text + at + 1, len - at - 1);
            lint(copy, len - 1);
        }
        free(copy);
        free(text);
        free(path);
    }
    closedir(dir);
    cr_assert_gt(runs, 1000, "chop ran %zu lints", runs);
}
