/* test_emit.c - the escaping the machine-readable formats depend on: GitHub workflow-command data and
 * properties, and file paths as SARIF URI references. */
#include "unit.h"

#include <stdlib.h>

#include "out/emit.h"

static void expect_github(const char *in, int property, const char *want)
{
    fl_buf b = {0};
    fl_github_escape(&b, in, property);
    cr_expect_str_eq(fl_buf_cstr(&b), want, "escape(%s, property=%d)", in, property);
    fl_buf_free(&b);
}

Test(emit, github_escape_data)
{
    expect_github("plain text", 0, "plain text");
    expect_github("", 0, "");
    expect_github("10.7%, not about 15%", 0, "10.7%25, not about 15%25");
    expect_github("%25 is already escaped", 0, "%2525 is already escaped");
    expect_github("one\ntwo", 0, "one%0Atwo");
    expect_github("crlf\r\nend", 0, "crlf%0D%0Aend");
    /* in the message, ':' and ',' are data: "::" only ends the properties */
    expect_github("a: b, c :: d", 0, "a: b, c :: d");
    expect_github("“quoted” – 中国", 0, "“quoted” – 中国");
}

Test(emit, github_escape_property)
{
    expect_github("input/a.txt", 1, "input/a.txt");
    expect_github("Notes, draft: v1.txt", 1, "Notes%2C draft%3A v1.txt");
    expect_github("C:\\docs\\a,b.md", 1, "C%3A\\docs\\a%2Cb.md");
    expect_github("100%\r\n", 1, "100%25%0D%0A");
    expect_github("::warning file=x::injected", 1, "%3A%3Awarning file=x%3A%3Ainjected");
}

static void expect_uri(const char *path, const char *want)
{
    fl_buf b = {0};
    fl_uri_from_path(&b, path);
    cr_expect_str_eq(fl_buf_cstr(&b), want, "uri(%s)", path);
    fl_buf_free(&b);
}

Test(emit, sarif_uri)
{
    expect_uri("corpus/001_f284fabe15bb3e57.txt", "corpus/001_f284fabe15bb3e57.txt");
    expect_uri("./corpus/a.txt", "corpus/a.txt");
    expect_uri(".//a.txt", "a.txt");
    expect_uri("../drafts/a.md", "../drafts/a.md");
    expect_uri("/srv/news/a.md", "file:///srv/news/a.md");
    expect_uri("Notes, draft: v1.txt", "Notes%2C%20draft%3A%20v1.txt");
    expect_uri("über/bericht.md", "%C3%BCber/bericht.md");
    expect_uri("a#b?c%d.txt", "a%23b%3Fc%25d.txt");
}

Test(emit, format_names)
{
    cr_expect_eq(fl_format_parse("text"), FL_FMT_TEXT);
    cr_expect_eq(fl_format_parse("json"), FL_FMT_JSON);
    cr_expect_eq(fl_format_parse("sarif"), FL_FMT_SARIF);
    cr_expect_eq(fl_format_parse("github"), FL_FMT_GITHUB);
    cr_expect_eq(fl_format_parse("rdjsonl"), FL_FMT_RDJSONL);
    cr_expect_eq(fl_format_parse("SARIF"), -1);
    cr_expect_eq(fl_format_parse("xml"), -1);
}

/* Writes the sink in fmt to a string. */
static char *emit_to_string(fl_format fmt, const fl_sink *s)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert(f != NULL);
    fl_summary sum = fl_summarize(s, FL_SEV_NOTE, 1);
    fl_emit(f, fmt, s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
    fclose(f);
    return text;
}

Test(emit, sarif_line_hash_counts_occurrences)
{
    /* two findings of one rule on lines with the same text get :1 and :2; the hash is the line's */
    const char *doc = "Analysts say it rose.\n\nAnalysts say it rose.\n";
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, "t.txt", doc, strlen(doc), &s);
    cr_assert_eq(s.len, 2);
    cr_expect_eq(s.items[0].start.line_hash, s.items[1].start.line_hash);
    cr_expect_eq(s.items[0].start.line_hash, fl_hash_text("  Analysts say\tit rose. ", 24));
    char *out = emit_to_string(FL_FMT_SARIF, &s);
    char want[64];
    snprintf(want, sizeof want, "\"%016llx:1\"", (unsigned long long)s.items[0].start.line_hash);
    cr_expect(strstr(out, want) != NULL, "no %s in %s", want, out);
    snprintf(want, sizeof want, "\"%016llx:2\"", (unsigned long long)s.items[0].start.line_hash);
    cr_expect(strstr(out, want) != NULL, "no %s", want);
    free(out);
    fl_sink_free(&s);
}

Test(emit, sarif_message_brackets_and_links)
{
    /* literal brackets are escaped, the link to the related location is not */
    const char *doc = "Trade grew.1 Prices fell.2 Wages rose.4\n\nNotes\n1. A.\n2. B.\n4. C.\n";
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, "t.txt", doc, strlen(doc), &s);
    char *out = emit_to_string(FL_FMT_SARIF, &s);
    cr_expect(strstr(out, "footnote 3 is missing: 2 is followed by 4 (see [line 1](1))") != NULL, "%s", out);
    free(out);
    fl_sink_free(&s);
    const char *q = "He said: \xE2\x80\x9C"
                    "Beijing [does] not want it.\xE2\x80\x9D\n";
    fl_lint_buffer(unit_rules(), &o, "t.txt", q, strlen(q), &s);
    out = emit_to_string(FL_FMT_SARIF, &s);
    cr_expect(strstr(out, "\\\\[does\\\\]") != NULL, "%s", out);
    free(out);
    fl_sink_free(&s);
}

Test(emit, hash_text_normalises_white_space)
{
    uint64_t h = fl_hash_text("a b", 3);
    cr_expect_eq(fl_hash_text(" a\t\tb\r\n", 7), h);
    cr_expect_eq(fl_hash_text("a\nb", 3), h);
    cr_expect_neq(fl_hash_text("ab", 2), h);
    cr_expect_neq(fl_hash_text("a c", 3), h);
    cr_expect_neq(fl_hash_text("", 0), 0u);
}
