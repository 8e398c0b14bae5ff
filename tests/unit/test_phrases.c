/* test_phrases.c - the word tables looked up from tokens: one hash per token for folded and exact tables, the
 * longest phrase at a position, case and ’ as the keys are normalised, and lexicon lookups by token; and the
 * fast paths of the text helpers they rely on (name folding, line ends). */
#include "unit.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "check/check.h"
#include "packs/knowledge.h"
#include "doc/tokens.h"

/* Looks up the phrase of table p at token i of text: its value (or -1) and the words it used. */
static int phrase_at(const fl_phrases *p, const char *text, size_t i, size_t *used)
{
    fl_token *t;
    size_t n = fl_tokenize_text(text, 0, strlen(text), &t);
    *used = 0;
    int v = fl_phrases_at(p, text, t, n, i, used);
    free(t);
    return v;
}

Test(phrases, hash_folds_case_and_apostrophe)
{
    cr_expect_eq(fl_map_hash("China\xE2\x80\x99s", 9), fl_map_hash("china's", 7));
    cr_expect_neq(fl_map_hash("China", 5), fl_map_hash("Chine", 5));
    cr_expect_neq(fl_map_hash("", 0), 0u, "0 means not computed");
    fl_token *t;
    const char *text = "The  BANK\xE2\x80\x99s view";
    size_t n = fl_tokenize_text(text, 0, strlen(text), &t);
    cr_assert_eq(n, 4);
    for (size_t i = 0; i < n; i++)
        cr_expect_eq(t[i].hash, fl_map_hash(text + t[i].start, t[i].end - t[i].start), "token %zu", i);
    free(t);
}

Test(phrases, longest_phrase_and_normalisation)
{
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    size_t used;
    int china = phrase_at(&k->aliases, "China", 0, &used);
    cr_assert_geq(china, 0);
    cr_expect_eq(used, 1);
    /* the longest alias wins, and ’ matches the ' of the pack (both spellings are one key) */
    cr_expect_eq(phrase_at(&k->aliases, "the People\xE2\x80\x99s Republic of China said", 1, &used), china);
    cr_expect_eq(used, 5);
    cr_expect_eq(phrase_at(&k->aliases, "the People's Republic of China said", 1, &used), china);
    cr_expect_eq(used, 5);
    /* aliases are case-sensitive: no 5-word match in lower case */
    phrase_at(&k->aliases, "the people's republic of china said", 1, &used);
    cr_expect_neq(used, 5);
    /* a phrase cut short by the end of the text does not match in full */
    cr_expect_neq(phrase_at(&k->aliases, "People's Republic of", 0, &used), china);
    /* qualifiers are case-insensitive */
    int more = phrase_at(&k->qualifiers, "more than 40", 0, &used);
    cr_assert_geq(more, 0);
    cr_expect_eq(used, 2);
    cr_expect_eq(phrase_at(&k->qualifiers, "MORE THAN 40", 0, &used), more);
    cr_expect_eq(used, 2);
    /* one word given as bytes: a part of a hyphenated word */
    cr_expect_eq(fl_phrases_word(&k->aliases, "China-", 5), china);
    cr_expect_eq(fl_phrases_word(&k->aliases, "", 0), -1);
}

Test(phrases, lexicon_by_token)
{
    const fl_lexicon *verbs = fl_rules_lexicon(unit_rules(), "speech-verbs");
    const char *text = "She SAID it, he said";
    fl_token *t;
    size_t n = fl_tokenize_text(text, 0, strlen(text), &t);
    cr_assert_eq(n, 6);
    cr_expect(fl_lexicon_has_token(verbs, text, &t[5], 0));
    cr_expect(!fl_lexicon_has_token(verbs, text, &t[1], 0), "exact lookups keep case");
    cr_expect(fl_lexicon_has_token(verbs, text, &t[1], 1), "folded lookups do not");
    cr_expect(!fl_lexicon_has_token(verbs, text, &t[2], 1));
    free(t);
    /* entries grouped by first byte, for phrase searches */
    const size_t *items;
    size_t m = fl_lexicon_starting(verbs, 's', &items);
    cr_assert_gt(m, 0);
    for (size_t i = 0; i < m; i++)
        cr_expect_eq(fl_ascii_lower((unsigned char)fl_lexicon_item(verbs, items[i])[0]), 's');
}

Test(phrases, fold_ascii_as_utf8proc)
{
    /* ASCII skips utf8proc; the result must be what utf8proc's NFC case folding gives */
    static const char *const words[] = {"Ana Silva", "WANG YI", "o'Neil-Smith 42", "",
                                        "\t[x]~",    "Z\x7f",   "Caf\xC3\xA9",     "\xC3\x89MILE"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char *got = fl_fold(words[i], strlen(words[i]));
        utf8proc_uint8_t *want = NULL;
        utf8proc_map((const utf8proc_uint8_t *)words[i], (utf8proc_ssize_t)strlen(words[i]), &want,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
        cr_expect_str_eq(got, (const char *)want, "fold of \"%s\"", words[i]);
        free(got);
        free(want);
    }
}

Test(phrases, line_end)
{
    const char *s = "ab\r\ncd\ref\ngh";
    size_t len = strlen(s);
    cr_expect_eq(fl_line_end(s, len, 0), 2);
    cr_expect_eq(fl_line_end(s, len, 4), 6);
    cr_expect_eq(fl_line_end(s, len, 7), 9);
    cr_expect_eq(fl_line_end(s, len, 10), len);
    cr_expect_eq(fl_line_end(s, len, len), len);
    cr_expect_eq(fl_next_line(s, len, 0), 4);
    cr_expect_eq(fl_next_line(s, len, 4), 7);
}

/* fl_excerpt as it was written first, one character at a time: the reference for the one that appends whole
 * words. */
static void excerpt_reference(fl_buf *b, const char *s, size_t start, size_t end, size_t max)
{
    int space = 0;
    size_t written = 0;
    for (size_t i = start; i < end;) {
        unsigned char c = (unsigned char)s[i];
        if (fl_is_ascii_space(c)) {
            space = 1;
            i++;
            continue;
        }
        int32_t cp;
        size_t n = fl_utf8_next(s, end, i, &cp);
        if (written + n + (space ? 1 : 0) > max) {
            fl_buf_puts(b, "\xE2\x80\xA6");
            return;
        }
        if (space && written) {
            fl_buf_putc(b, ' ');
            written++;
        }
        space = 0;
        fl_buf_put(b, s + i, n);
        written += n;
        i += n;
    }
}

Test(phrases, excerpt_as_reference)
{
    static const char *const pieces[] = {"a", "word", " ", "  ", "\n", "\t", "\xC3\xA9", "\xE2\x80\x9C", "x.y", "12,5"};
    uint64_t seed = 42;
    for (int t = 0; t < 2000; t++) {
        fl_buf text = {0};
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t n = (size_t)(seed >> 60);
        for (size_t k = 0; k < n; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            fl_buf_puts(&text, pieces[(seed >> 33) % (sizeof pieces / sizeof pieces[0])]);
        }
        fl_doc *d = fl_doc_from_buffer("t.txt", fl_buf_cstr(&text), text.len, 0);
        for (size_t max = 0; max < 24; max += 1 + (size_t)(seed >> 62)) {
            size_t a = text.len ? (size_t)(seed >> 40) % text.len : 0;
            while (a > 0 && ((unsigned char)text.ptr[a] & 0xC0) == 0x80)
                a--;
            fl_buf got = {0}, want = {0};
            fl_excerpt(&got, d, a, text.len, max);
            excerpt_reference(&want, fl_buf_cstr(&text), a, text.len, max);
            cr_expect_str_eq(fl_buf_cstr(&got), fl_buf_cstr(&want), "excerpt of \"%s\" from %zu, max %zu",
                             fl_buf_cstr(&text), a, max);
            fl_buf_free(&got);
            fl_buf_free(&want);
        }
        fl_doc_free(d);
        fl_buf_free(&text);
    }
}
