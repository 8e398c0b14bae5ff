/* test_prefilter.c - the literal prefilter of the pattern sets: where it lets PCRE2 run, that it refuses
 * what it cannot follow, and that a scan with it finds exactly what a scan at every position finds. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "packs/prefilter.h"

/* The first candidate position of regex in text, or -1; -2 when no prefilter is built. */
static long first_candidate(const char *regex, const char *text)
{
    fl_prefilter *pf = fl_prefilter_build(&regex, 1);
    if (!pf)
        return -2;
    size_t p = fl_prefilter_next(pf, text, strlen(text), 0);
    fl_prefilter_free(pf);
    return p == (size_t)-1 ? -1 : (long)p;
}

Test(prefilter, candidates)
{
    static const struct {
        const char *regex, *text;
        long want;
    } cases[] = {
        {"(?:[ ]|\\A)\\Kfoo", "a foo", 1},
        {"(?:[ ]|\\A)\\Kfoo", "foo", 0}, /* \A: the start of the subject */
        {"(?:[ ]|\\A)\\Kfoo", "xfoo", -1},
        {"(?:[ ]|\\A)\\Kfoo", "a FOO", 1}, /* letters in either case */
        {"(?:[ ]|\\A)\\Kfoo", "a fo", -1}, /* the text ends before the string does */
        {"(?<=x)ab", "zab", 1},            /* assertions are taken as true */
        {"a\\b", "ab", 0},
        {"kelvin",
         "\xE2\x84\xAA"
         "elvin",
         0},                               /* PCRE2 folds k with U+212A KELVIN SIGN */
        {"caf\xC3\xA9", "CAF\xC3\x89", 0}, /* a non-ASCII letter with a case partner: any character */
        {"x[0-9]{2,3}y", "x12y x123y", 0},
        {"x[0-9]{2,3}y", "x1y", -1},
        {"(?:one|two)\\s+them", "two  them", 0},
        {"(?:one|two)\\s+them", "two them", 0},
        {"(?:one|two)\\s+them", "three them", -1},
        {"[^a]b", "xy", -1}, /* a negated class: any character */
        {"\xE2\x80\x9C[^\xE2\x80\x9D]{0,300}\xE2\x80\x9D", "x \xE2\x80\x9Chi\xE2\x80\x9D", 2},
        {"(*MARK:m)zz|(*FAIL)a", "a zz", 2},
        /* \b, \B and ^ before the first byte look at the byte before */
        {"\\bfoo", "xfoo foo", 5},
        {"\\bfoo", "foo", 0},
        {"\\Bfoo", "foo xfoo", 5},
        {"\\b\\(x", "a(x", 1},
        {"^foo", "x foo\nfoo", 6},
        {"^foo", "foo", 0},
        {"x\\bfoo", "xfoo", 0}, /* after the first byte: taken as true */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(first_candidate(cases[i].regex, cases[i].text), cases[i].want, "/%s/ on \"%s\": %ld, not %ld",
                     cases[i].regex, cases[i].text, first_candidate(cases[i].regex, cases[i].text), cases[i].want);
}

Test(prefilter, refuses)
{
    /* constructs that tie one start position to another, that it does not read, or that match anywhere */
    const char *refused[] = {"(*COMMIT)a", "a(*SKIP)b", "\\Ga", "a*",      "(?:x|)", "(?x) a b",
                             "(a)(?1)",    "(?(1)a|b)", "(?R)", "\\Qa\\E", "(?<n>a)"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        cr_expect_eq(first_candidate(refused[i], "a b"), -2, "/%s/ should get no prefilter", refused[i]);
}

static char *write_pack(const char *dir, const char *json)
{
    char *path = fl_xasprintf("%s/p.json", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(json, f);
    fclose(f);
    return path;
}

/* Both scans of text agree: same matches, same entries. Returns the number of matches. */
static size_t expect_same_scan(const fl_patterns *ps, fl_matcher *m, const char *text, size_t len)
{
    fl_match *a, *b;
    size_t na = fl_patterns_scan(ps, m, text, len, 0, &a);
    size_t nb = fl_patterns_scan_unfiltered(ps, m, text, len, 0, &b);
    cr_expect_eq(na, nb, "%zu matches with the prefilter, %zu without, in \"%.*s\"", na, nb,
                 (int)(len < 200 ? len : 200), text);
    for (size_t i = 0; i < na && i < nb; i++)
        cr_expect(a[i].start == b[i].start && a[i].end == b[i].end && a[i].entry == b[i].entry,
                  "match %zu differs in \"%.*s\"", i, (int)(len < 200 ? len : 200), text);
    free(a);
    free(b);
    return nb;
}

Test(prefilter, random_texts_agree)
{
    /* JSON strings: each \\ is one backslash of the regex */
    static const char pack[] = "{\"patterns\": {\"vague-source\": ["
                               "{\"regex\": \"(?:[ \\\\t(]|\\\\A)\\\\Kanalysts\\\\s+say\\\\b\"},"
                               "{\"regex\": \"(?<![a-z])ab+c?\"},"
                               "{\"regex\": \"kelvin|sun\"},"
                               "{\"regex\": \"(?-i:ABC)\\\\d{1,3}\", \"case_sensitive\": true},"
                               "{\"regex\": \"x(?=y)|(?<=x)z\"},"
                               "{\"regex\": \"caf[e\xC3\xA9]\\\\s*(?:au|du)\\\\s+lait\"},"
                               "{\"regex\": \"(?:\\\\w+\\\\s+){0,4}?says\\\\b\"},"
                               "{\"regex\": \"[^\\\\n]{2}ZZ\"},"
                               "{\"regex\": \"\xE2\x80\x9C[^\xE2\x80\x9D]{0,300}\xE2\x80\x9D\"},"
                               "{\"regex\": \"^(?:one|two)\\\\s+(?:of\\\\s+)?them$\"}"
                               "]}}";
    char dir[] = "/tmp/fl-prefilter-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char *path = write_pack(dir, pack);
    const char *dirs[] = {dir};
    fl_buf err = {0};
    fl_rules *r = fl_rules_load(dirs, 1, &err);
    cr_assert_not_null(r, "%s", fl_buf_cstr(&err));
    const fl_patterns *ps = fl_rules_patterns(r, "vague-source");
    cr_assert(fl_patterns_filtered(ps), "the test set gets a prefilter");
    static const char *const pieces[] = {"analysts",
                                         "say",
                                         " ",
                                         "  ",
                                         "\n",
                                         "\t",
                                         "(",
                                         "[",
                                         "ab",
                                         "b",
                                         "c",
                                         "ABC",
                                         "abc",
                                         "12",
                                         "1234",
                                         "x",
                                         "y",
                                         "z",
                                         "ZZ",
                                         "kelvin",
                                         "Kelvin",
                                         "sun",
                                         "caf",
                                         "e",
                                         "\xC3\xA9",
                                         "\xC3\x89",
                                         "au",
                                         "lait",
                                         "says",
                                         "one",
                                         "two",
                                         "of",
                                         "them",
                                         ".",
                                         ",",
                                         "\xE2\x80\x9C",
                                         "\xE2\x80\x9D",
                                         "\xE2\x84\xAA"
                                         "elvin",
                                         "\xC5\xBF"
                                         "un",
                                         "\xE2\x80\x99"};
    size_t npieces = sizeof pieces / sizeof pieces[0];
    uint64_t seed = 0x5eed;
    fl_matcher *m = fl_matcher_new();
    size_t found = 0;
    for (int t = 0; t < 3000; t++) {
        fl_buf text = {0};
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t n = (size_t)(seed >> 59) + 1;
        for (size_t k = 0; k < n; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            fl_buf_puts(&text, pieces[(seed >> 33) % npieces]);
        }
        found += expect_same_scan(ps, m, fl_buf_cstr(&text), text.len);
        fl_buf_free(&text);
    }
    cr_expect_gt(found, 1000, "the random texts match often enough to compare (%zu matches)", found);
    fl_matcher_free(m);
    fl_rules_free(r);
    fl_buf_free(&err);
    unlink(path);
    rmdir(dir);
    free(path);
}

Test(prefilter, builtin_sets_agree_on_the_corpus)
{
    static const char *const files[] = {
        "../../corpus/000_85c0c68bcbb3fd5c.txt", "../../corpus/001_f284fabe15bb3e57.txt",
        "../../corpus/002_8b157dc9f83a780c.txt", "../../corpus/003_860d12fbc20625a9.txt",
        "../../corpus/004_938b4ca250a01584.txt"};
    fl_matcher *m = fl_matcher_new();
    for (int c = 0; fl_pattern_categories[c]; c++) {
        const fl_patterns *ps = fl_rules_patterns(unit_rules(), fl_pattern_categories[c]);
        cr_expect(fl_patterns_filtered(ps), "%s: the built-in set gets a prefilter", fl_pattern_categories[c]);
        for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
            size_t len;
            char *text = unit_slurp(files[f], &len);
            expect_same_scan(ps, m, text, len);
            free(text);
        }
        /* and every example of the set, alone and inside other text */
        for (size_t e = 0; e < fl_patterns_size(ps); e++) {
            const char *ex;
            for (int kind = 0; kind < 2; kind++)
                for (size_t i = 0; (ex = fl_patterns_example(ps, e, kind, i)); i++) {
                    expect_same_scan(ps, m, ex, strlen(ex));
                    char *wrapped = fl_xasprintf("Earlier, (%s). And: %s\n\n%s", ex, ex, ex);
                    expect_same_scan(ps, m, wrapped, strlen(wrapped));
                    free(wrapped);
                }
        }
    }
    fl_matcher_free(m);
}

Test(prefilter, sets_scanned_together_agree)
{
    /* fl_patterns_scan_sets runs one automaton of every entry first: each set's matches must be its own */
    static const char *const files[] = {"../../corpus/000_85c0c68bcbb3fd5c.txt",
                                        "../../corpus/001_f284fabe15bb3e57.txt",
                                        "../../corpus/003_860d12fbc20625a9.txt"};
    const fl_patterns *sets[8];
    size_t nsets = 0;
    for (int c = 0; fl_pattern_categories[c]; c++)
        sets[nsets++] = fl_rules_patterns(unit_rules(), fl_pattern_categories[c]);
    fl_matcher *m = fl_matcher_new();
    size_t found = 0;
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        size_t len;
        char *text = unit_slurp(files[f], &len);
        fl_match *outs[8];
        size_t counts[8];
        fl_patterns_scan_sets(sets, nsets, m, text, len, 0, outs, counts);
        for (size_t i = 0; i < nsets; i++) {
            fl_match *want;
            size_t n = fl_patterns_scan_unfiltered(sets[i], m, text, len, 0, &want);
            cr_expect_eq(counts[i], n, "%s in %s: %zu matches together, %zu alone", fl_pattern_categories[i], files[f],
                         counts[i], n);
            for (size_t k = 0; k < n && k < counts[i]; k++)
                cr_expect(outs[i][k].start == want[k].start && outs[i][k].end == want[k].end &&
                          outs[i][k].entry == want[k].entry);
            found += n;
            free(want);
            free(outs[i]);
        }
        free(text);
    }
    cr_expect_gt(found, 3, "the corpus has sourcing phrases to find");
    fl_matcher_free(m);
}
