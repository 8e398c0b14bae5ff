/* test_input.c - the hostile-input mechanisms of issue 12 as tables: sizes, the strict JSON loader, the
 * file-name escapes, the regex admission check and globs with many "**". */
#include "unit.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "core/input.h"
#include "run/config.h"

Test(input, sizes)
{
    size_t v;
    cr_assert_eq(fl_parse_size("10", &v), 0);
    cr_assert_eq(v, 10);
    cr_assert_eq(fl_parse_size("64K", &v), 0);
    cr_assert_eq(v, 65536);
    cr_assert_eq(fl_parse_size("2M", &v), 0);
    cr_assert_eq(v, 2097152);
    cr_assert_eq(fl_parse_size("1g", &v), 0);
    cr_assert_eq(v, (size_t)1 << 30);
    /* the largest limit: offsets into a document are 32-bit */
    cr_assert_eq(fl_parse_size("4095M", &v), 0);
    cr_assert_eq(v, FL_MAX_FILE_SIZE_MAX);
    cr_assert_eq(fl_parse_size("4294967295", &v), -1);
    const char *bad[] = {"", "0", "-1", "1T", "1KB", "lots", "99999999999999999999G", " 1", "4G", "4096M"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_eq(fl_parse_size(bad[i], &v), -1, "\"%s\" is not a size", bad[i]);
}

static void json_refused(const char *text, const char *want)
{
    fl_buf err = {0};
    cJSON *v = fl_json_load(text, strlen(text), "f.json", "test", &err);
    cr_assert_null(v, "%s is refused", text);
    cr_assert(strstr(fl_buf_cstr(&err), want), "%s: \"%s\" says %s", text, fl_buf_cstr(&err), want);
    fl_buf_free(&err);
}

Test(input, strict_json)
{
    json_refused("{\"a\": 1} x", "f.json:1: text after the JSON value in test");
    json_refused("{\"a\": 1}\n\n{\"b\": 2}", "f.json:3: text after the JSON value");
    json_refused("{\"a\": 1, \"a\": 2}", "f.json: duplicate key \"a\" in test");
    json_refused("{\"x\": [{\"k\": 1, \"k\": 1}]}", "duplicate key \"k\"");
    json_refused("{\"a\": ", "malformed JSON");
    /* many keys: the hash path of the duplicate check */
    fl_buf big = {0};
    fl_buf_puts(&big, "{");
    for (int i = 0; i < 40; i++)
        fl_buf_printf(&big, "\"k%d\": %d, ", i, i);
    fl_buf_puts(&big, "\"k7\": 0}");
    json_refused(fl_buf_cstr(&big), "duplicate key \"k7\"");
    fl_buf_free(&big);
    fl_buf err = {0};
    cJSON *v = fl_json_load(" {\"a\": {\"a\": 1}} \n\t", 19, "f.json", "test", &err);
    cr_assert_not_null(v, "the same key in two objects, white space after: fine (%s)", fl_buf_cstr(&err));
    cJSON_Delete(v);
    fl_buf_free(&err);
}

static void name_is(int text, const char *name, const char *want)
{
    fl_buf b = {0};
    if (text)
        fl_name_text(&b, name);
    else
        fl_name_utf8(&b, name);
    cr_assert_str_eq(fl_buf_cstr(&b), want);
    fl_buf_free(&b);
}

Test(input, names)
{
    name_is(1, "a/b, c:d.txt", "a/b, c:d.txt");
    name_is(1, "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D.md", "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D.md");
    name_is(1, "line\nbreak\r\t.txt", "line\\nbreak\\r\\t.txt");
    name_is(1, "red\033[31m.txt", "red\\x1b[31m.txt");
    name_is(1, "back\\slash", "back\\\\slash");
    name_is(1, "bad\xFFname", "bad\\xffname");
    name_is(1, "c1\xC2\x9B.txt", "c1\\xc2\\x9b.txt");
    name_is(1, "over\xC0\xAFlong", "over\\xc0\\xaflong");
    name_is(0, "bad\xFFname", "bad\xEF\xBF\xBDname");
    name_is(0, "surrogate\xED\xA0\x80", "surrogate\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    name_is(0, "ok \xE2\x80\x9C.txt", "ok \xE2\x80\x9C.txt");
    cr_assert(fl_name_plain("corpus/001.txt"));
    cr_assert(!fl_name_plain("a\nb"));
    cr_assert(!fl_name_plain("a\\b"));
}

static void pack_refused(const char *regex, const char *want)
{
    fl_buf text = {0}, err = {0};
    fl_buf_printf(&text, "{\"pack\": \"p\", \"patterns\": {\"vague-source\": [{\"id\": \"r\", \"regex\": \"%s\"}]}}",
                  regex);
    fl_rules *r = fl_rules_load_text(text.ptr, text.len, "p.json", &err);
    cr_assert_null(r, "%s is refused", regex);
    cr_assert(strstr(fl_buf_cstr(&err), "p.json: pattern \"r\" in \"vague-source\": "), "%s", fl_buf_cstr(&err));
    cr_assert(strstr(fl_buf_cstr(&err), want), "%s: %s", regex, fl_buf_cstr(&err));
    fl_buf_free(&text);
    fl_buf_free(&err);
}

static void pack_admitted(const char *regex)
{
    fl_buf text = {0}, err = {0};
    fl_buf_printf(&text, "{\"pack\": \"p\", \"patterns\": {\"vague-source\": [{\"id\": \"r\", \"regex\": \"%s\"}]}}",
                  regex);
    fl_rules *r = fl_rules_load_text(text.ptr, text.len, "p.json", &err);
    cr_assert_not_null(r, "%s is admitted: %s", regex, fl_buf_cstr(&err));
    fl_rules_free(r);
    fl_buf_free(&text);
    fl_buf_free(&err);
}

Test(input, regex_admission)
{
    pack_refused("(*COMMIT)zzz", "backtracking verbs");
    pack_refused("(*CR)x", "backtracking verbs");
    pack_refused("(*UTF)x", "backtracking verbs");
    pack_refused("x(*SKIP)(*F)|y", "backtracking verbs");
    pack_refused("a\\\\Cb", "\\C (one byte)");
    pack_refused("(?R)?x", "recursion");
    pack_refused("(a)(?1)", "recursion");
    pack_refused("(a)(?-1)", "recursion");
    pack_refused("(?C1)x", "callouts");
    pack_admitted("\\\\bsources?\\\\s+say\\\\b");
    pack_admitted("[(*]x");                       /* in a class */
    pack_admitted("\\\\(\\\\*x");                 /* escaped */
    pack_admitted("\\\\Q(*COMMIT)\\\\E");         /* quoted */
    pack_admitted("(?i:a)(?:b)(?=c)(?!d)(?<=e)"); /* groups and look-arounds */
    pack_admitted("[[:alpha:]]+ \\\\d{2}");
}

Test(input, glob_stars_linear)
{
    /* fourteen "**" over twenty directories: the recursive search took seconds per path */
    const char *glob = "**/**/**/**/**/**/**/**/**/**/**/**/**/**/zz/**/*.md";
    const char *path = "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/doc.md";
    for (int i = 0; i < 100; i++)
        cr_assert_eq(fl_glob_match(glob, path), 0);
    cr_assert_eq(fl_glob_match("**/**/zz/**/*.md", "a/zz/b/c.md"), 1);
    cr_assert_eq(fl_glob_match("a/**/**/b", "a/b"), 1);
    cr_assert_eq(fl_glob_match("a/**/b/**", "a/x/y/b/z"), 1);
    cr_assert_eq(fl_glob_match("a/**/c", "a/b/d"), 0);
}
