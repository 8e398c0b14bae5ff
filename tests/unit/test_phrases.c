/* test_phrases.c - the word tables looked up from tokens: one hash per token for folded and exact tables, the
 * longest phrase at a position, case and ’ as the keys are normalised, and lexicon lookups by token; and the
 * fast paths of the text helpers they rely on (name folding, line ends). */
#include "unit.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "knowledge.h"
#include "tokens.h"

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
    static const char *const words[] = {"Ana Silva", "WANG YI", "o'Neil-Smith 42", "", "\t[x]~", "Z\x7f",
                                        "Caf\xC3\xA9", "\xC3\x89MILE"};
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
