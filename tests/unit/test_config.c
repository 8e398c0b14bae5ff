/* test_config.c - the glob language of include, exclude and dates; paths relative to a configuration;
 * ISO dates. */
#include "unit.h"

#include <stdlib.h>

#include "run/config.h"

Test(config, globs)
{
    static const struct {
        const char *glob, *path;
        int match;
    } cases[] = {
        /* a glob without '/' is a file or directory name anywhere */
        {"*.md", "a.md", 1},
        {"*.md", "notes/deep/a.md", 1},
        {"*.md", "a.txt", 0},
        {"README.md", "docs/README.md", 1},
        {"drafts", "articles/drafts/a.md", 1},
        {"drafts", "articles/drafts.md", 0},
        {"old-?.txt", "x/old-1.txt", 1},
        {"old-?.txt", "x/old-12.txt", 0},
        {"[ab].txt", "b.txt", 1},
        {"[ab].txt", "c.txt", 0},
        /* with a '/' it is anchored at the configuration's directory */
        {"articles/*.md", "articles/a.md", 1},
        {"articles/*.md", "articles/sub/a.md", 0},
        {"articles/*.md", "x/articles/a.md", 0},
        {"/articles/*.md", "articles/a.md", 1},
        {"articles/**/*.md", "articles/a.md", 1},
        {"articles/**/*.md", "articles/2019/05/a.md", 1},
        {"**/old-*.txt", "old-a.txt", 1},
        {"**/old-*.txt", "a/b/old-a.txt", 1},
        {"archive/**", "archive/2019/a.txt", 1},
        {"archive/**", "archived/a.txt", 0},
        /* a directory's glob covers what is under it; a trailing '/' only directories */
        {"articles/drafts", "articles/drafts/a.md", 1},
        {"drafts/", "drafts/a.md", 1},
        {"drafts/", "drafts", 0},
        {"a.md/", "a.md", 0},
        {"*", "anything/at/all.txt", 1},
        {"../outside/*.md", "../outside/a.md", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(fl_glob_match(cases[i].glob, cases[i].path), cases[i].match, "glob %s, path %s", cases[i].glob,
                     cases[i].path);
}

static void expect_relative(const char *abs, const char *dir, const char *want)
{
    fl_buf b = {0};
    fl_path_relative(&b, abs, dir);
    cr_expect_str_eq(fl_buf_cstr(&b), want, "%s from %s", abs, dir);
    fl_buf_free(&b);
}

Test(config, relative_paths)
{
    expect_relative("/a/b/c.md", "/a/b", "c.md");
    expect_relative("/a/b/c/d.md", "/a/b", "c/d.md");
    expect_relative("/a/x.md", "/a/b", "../x.md");
    expect_relative("/a/bc/x.md", "/a/b", "../bc/x.md");
    expect_relative("/x/y.md", "/a/b/c", "../../../x/y.md");
    expect_relative("/a/b.md", "/", "a/b.md");
}

Test(config, iso_dates)
{
    fl_date d;
    cr_expect_eq(fl_parse_iso_date("2019-06-30", &d), 0);
    cr_expect(d.year == 2019 && d.month == 6 && d.day == 30 && d.source == FL_DATE_GIVEN);
    cr_expect_eq(fl_parse_iso_date("2024-02-29", &d), 0);
    cr_expect_eq(fl_parse_iso_date("2019-02-30", &d), -1);
    cr_expect_eq(fl_parse_iso_date("2019-13-01", &d), -1);
    cr_expect_eq(fl_parse_iso_date("2023-02-29", &d), -1);
    cr_expect_eq(fl_parse_iso_date("1900-02-29", &d), -1);
    cr_expect_eq(fl_parse_iso_date("2000-02-29", &d), 0);
    cr_expect_eq(fl_parse_iso_date("2019-6-3", &d), 0); /* as --date always took it */
    cr_expect_eq(fl_parse_iso_date("2019-06-30x", &d), -1);
    cr_expect_eq(fl_parse_iso_date("", &d), -1);
}
