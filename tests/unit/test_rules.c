/* test_rules.c - the rule table's examples run as tests, every rule-pack pattern's examples are checked,
 * and malformed packs fail with a message naming the file. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/rules.h"

Test(rules, explain_examples)
{
    for (int r = 0; r < FL_RULE_COUNT; r++) {
        const fl_rule_info *ri = &fl_rule_table[r];
        cr_expect_gt(unit_count(ri->example_name, ri->fail_example, r), 0, "%s: failing example not reported", ri->id);
        cr_expect_eq(unit_count(ri->example_name, ri->pass_example, r), 0, "%s: passing example reported", ri->id);
        cr_expect(ri->summary[0] >= 'a' && ri->summary[0] <= 'z', "%s: summary starts in lower case", ri->id);
        cr_expect_eq(fl_rule_find(ri->id), r);
    }
}

/* Does entry e of the set match somewhere in text? */
static int entry_matches(const fl_patterns *ps, size_t e, const char *text)
{
    fl_matcher *m = fl_matcher_new();
    fl_match *mt;
    size_t n = fl_patterns_scan(ps, m, text, strlen(text), 0, &mt);
    int found = 0;
    for (size_t i = 0; i < n; i++)
        found |= mt[i].entry == e;
    free(mt);
    fl_matcher_free(m);
    return found;
}

Test(rules, pattern_examples)
{
    size_t checked = 0;
    for (int c = 0; fl_pattern_categories[c]; c++) {
        const fl_patterns *ps = fl_rules_patterns(unit_rules(), fl_pattern_categories[c]);
        for (size_t e = 0; e < fl_patterns_size(ps); e++) {
            const char *ex;
            for (size_t i = 0; (ex = fl_patterns_example(ps, e, 1, i)); i++, checked++)
                cr_expect(entry_matches(ps, e, ex), "%s/%s should match \"%s\"", fl_pattern_categories[c],
                          fl_patterns_id(ps, e), ex);
            for (size_t i = 0; (ex = fl_patterns_example(ps, e, 0, i)); i++, checked++) {
                /* a no_match example must not be matched by any entry of the set */
                fl_matcher *m = fl_matcher_new();
                fl_match *mt;
                size_t any = fl_patterns_scan(ps, m, ex, strlen(ex), 0, &mt);
                fl_matcher_free(m);
                cr_expect(!any, "%s: \"%s\" should not match (matched by %s)", fl_pattern_categories[c], ex,
                          any ? fl_patterns_id(ps, mt[0].entry) : "");
                free(mt);
            }
        }
    }
    cr_expect_gt(checked, 20, "the packs carry examples");
}

Test(rules, lexicons_loaded)
{
    const fl_lexicon *abbr = fl_rules_lexicon(unit_rules(), "abbreviations");
    cr_assert(fl_lexicon_has(abbr, "Dr.", 3, 0));
    cr_assert(!fl_lexicon_has(abbr, "dr.", 3, 0));
    const fl_lexicon *notes = fl_rules_lexicon(unit_rules(), "notes-headings");
    cr_assert(fl_lexicon_has(notes, "REFERENCES", 10, 1));
}

static char *write_pack(const char *dir, const char *name, const char *json)
{
    char *path = fl_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(json, f);
    fclose(f);
    return path;
}

static void expect_load_error(const char *json, const char *want)
{
    char dir[] = "/tmp/fl-pack-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char *path = write_pack(dir, "bad.json", json);
    const char *dirs[] = {dir};
    fl_buf err = {0};
    fl_rules *r = fl_rules_load(dirs, 1, &err);
    cr_expect_null(r, "pack should be rejected: %s", json);
    cr_expect(strstr(fl_buf_cstr(&err), want) != NULL, "error \"%s\" should contain \"%s\"", fl_buf_cstr(&err), want);
    cr_expect(strstr(fl_buf_cstr(&err), "bad.json") != NULL, "error names the file: %s", fl_buf_cstr(&err));
    fl_rules_free(r);
    fl_buf_free(&err);
    unlink(path);
    rmdir(dir);
    free(path);
}

Test(rules, malformed_packs)
{
    expect_load_error("{\n  \"lexicons\": {\n    \"abbreviations\": [\"Dr.\",]\n  }\n}\n", "bad.json:3:");
    expect_load_error("[1, 2]", "must be a JSON object");
    expect_load_error("{\"lexicons\": {\"abreviations\": []}}", "unknown lexicon \"abreviations\"");
    expect_load_error("{\"patterns\": {\"vague-source\": [{\"regex\": \"(unclosed\"}]}}",
                      "missing closing parenthesis");
    expect_load_error("{\"patterns\": {\"vague-source\": [{\"regex\": \"(?<n>x)\"}]}}", "named groups");
    expect_load_error("{\"patterns\": {\"vague-source\": [{\"id\": \"x\"}]}}", "no \"regex\"");
    expect_load_error("{\"unitz\": []}", "unknown section \"unitz\"");
    expect_load_error("{\"units\": [{\"id\": \"x\"}]}", "each unit needs");
    expect_load_error("{\"units\": [{\"id\": \"x\", \"dimension\": \"t\", \"factor\": 1, \"signed\": \"yes\"}]}",
                      "x: \"signed\" must be true or false");
    expect_load_error("{\"entities\": [{\"id\": \"a\", \"type\": \"company\", \"name\": \"A\", \"country\": \"ZZ\"}]}",
                      "names country \"ZZ\"");
    expect_load_error(
        "{\"currencies\": [{\"code\": \"A\", \"symbols\": [\"$\"]}, {\"code\": \"B\", \"symbols\": [\"$\"]}]}",
        "belongs to A and B");
    /* a running count changes as a story is told: it cannot be a settled fact; settled acts must be acts */
    expect_load_error("{\"claim_model\": {\"attributes\": [{\"family\": \"deaths\", \"cumulative\": true, "
                      "\"settled\": true}]}}",
                      "deaths: a running count (\"cumulative\") cannot be \"settled\"");
    expect_load_error("{\"claim_model\": {\"acts\": {\"carry\": [\"carried\"]}, \"settled_acts\": [\"board\"]}}",
                      "claim_model.settled_acts: \"board\" is no class of claim_model.acts");
    expect_load_error("{\"claim_model\": {\"settled_acts\": \"carry\"}}", "settled_acts must be an array of classes");
    /* a transfer's place gives a metric family, which must be one */
    expect_load_error("{\"predicates\": {\"transfers\": {\"no-such-family\": [\"hospital\"]}}}",
                      "predicates.transfers names family \"no-such-family\"");
    /* the flows a report's period dates are metric families */
    expect_load_error("{\"claim_model\": {\"reporting\": {\"flows\": [\"no-such-family\"]}}}",
                      "claim_model.reporting.flows names family \"no-such-family\"");
    expect_load_error("{\"claim_model\": {\"reporting\": {\"flows\": \"revenue\"}}}",
                      "claim_model.reporting.flows must be an array of family ids");
    expect_load_error("{\"claim_model\": {\"reporting\": {\"noun\": []}}}", "unknown key \"noun\"");
}

Test(rules, missing_dir)
{
    const char *dirs[] = {"/nonexistent/factlint-rules"};
    fl_buf err = {0};
    cr_assert_null(fl_rules_load(dirs, 1, &err));
    cr_assert(strstr(fl_buf_cstr(&err), "/nonexistent/factlint-rules") != NULL);
    fl_buf_free(&err);
}
