/* test_segment.c - paragraphs, sentences and quotation spans. */
#include "unit.h"

/* Returns the sentences of text joined by " | ". */
static char *sentences(const char *name, const char *text)
{
    fl_doc *d = unit_doc(name, text);
    fl_buf b = {0};
    for (size_t i = 0; i < d->nsent; i++) {
        if (i)
            fl_buf_puts(&b, " | ");
        fl_buf_put(&b, d->text + d->sents[i].start, d->sents[i].end - d->sents[i].start);
    }
    fl_doc_free(d);
    return fl_buf_take(&b);
}

static void expect_sentences(const char *text, const char *want)
{
    char *got = sentences("t.txt", text);
    cr_expect_str_eq(got, want, "text: %s", text);
    free(got);
}

Test(segment, sentence_table)
{
    /* a line that is only a clock time stamps a live page's entry: a sentence of its own, not the next line's */
    expect_sentences("18:35\nPolice say 12 people were rescued.\n16:10 GMT\nNine were rescued.",
                     "18:35 | Police say 12 people were rescued. | 16:10 GMT | Nine were rescued.");
    expect_sentences("4.10pm\nThe river rose.\n\n9:40 p.m. ET\nIt fell.",
                     "4.10pm | The river rose. | 9:40 p.m. ET | It fell.");
    expect_sentences("18:35 Police say 12 people\nwere rescued.", "18:35 Police say 12 people\nwere rescued.");
    expect_sentences("One. Two! Three? Four", "One. | Two! | Three? | Four");
    expect_sentences("The U.S. economy grew. It slowed.", "The U.S. economy grew. | It slowed.");
    expect_sentences("He met Dr. Smith in Jan. 2020 at 3.5 p.m. sharp.",
                     "He met Dr. Smith in Jan. 2020 at 3.5 p.m. sharp.");
    expect_sentences("John F. Kennedy spoke. Crowds cheered.", "John F. Kennedy spoke. | Crowds cheered.");
    expect_sentences("Growth was 2.5 percent. Prices rose.", "Growth was 2.5 percent. | Prices rose.");
    expect_sentences("It grew 3.5%. Then it fell.", "It grew 3.5%. | Then it fell.");
    expect_sentences("He said: “It is over.” Then he left.", "He said: “It is over.” | Then he left.");
    expect_sentences("It rose in 2008.17 However, it fell.", "It rose in 2008.17 | However, it fell.");
    expect_sentences("Russia conquered them.3 Around the same time, China fell.",
                     "Russia conquered them.3 | Around the same time, China fell.");
    expect_sentences("They went to the U.S. The talks failed.", "They went to the U.S. | The talks failed.");
    expect_sentences("Acme Inc. said profits rose.", "Acme Inc. said profits rose.");
    expect_sentences("e.g. this one. Yes.", "e.g. this one. | Yes.");
    expect_sentences("Wait... what? Really.", "Wait... what? | Really.");
    /* bracketed footnote markers after the stop belong to the sentence they follow */
    expect_sentences("Four died.[1] The bridge shut.[2, 3] Then rain.[^a] Done.",
                     "Four died.[1] | The bridge shut.[2, 3] | Then rain.[^a] | Done.");
    expect_sentences("See note.[a] It ends. Cited [1] here.", "See note.[a] It ends. | Cited [1] here.");
    /* and superscript markers */
    expect_sentences("Officers tested 312 scales.¹ Of these, 27 failed.²³ Done.",
                     "Officers tested 312 scales.¹ | Of these, 27 failed.²³ | Done.");
}

Test(segment, paragraphs_by_line_in_unwrapped_text)
{
    fl_doc *d = unit_doc("t.txt", "First paragraph is one long line.\nSecond paragraph.\n\nThird.\n");
    cr_assert_eq(d->npara, 3);
    fl_doc_free(d);
}

Test(segment, paragraphs_by_block_in_wrapped_text)
{
    const char *t = "This text is wrapped at a short width\nso that one paragraph runs over\nseveral lines of text\n\n"
                    "And a second paragraph follows\nafter the blank line here.\n";
    fl_doc *d = unit_doc("t.txt", t);
    cr_assert_eq(d->npara, 2);
    cr_assert_eq(d->paras[0].nlines, 3);
    fl_doc_free(d);
}

Test(segment, markdown_blocks)
{
    const char *t = "# Heading\n\nA paragraph\nwrapped here.\n- item one\n- item two\n\nSetext\n======\n\nEnd.\n";
    fl_doc *d = unit_doc("t.md", t);
    cr_assert_eq(d->npara, 6);
    cr_assert_eq(d->paras[0].heading, 1);
    cr_assert_eq(d->paras[4].heading, 1);
    fl_doc_free(d);
}

/* The inner text of each quote joined by " | ". */
static char *quotes(const char *text)
{
    fl_doc *d = unit_doc("t.txt", text);
    fl_buf b = {0};
    for (size_t i = 0; i < d->nquote; i++) {
        if (i)
            fl_buf_puts(&b, " | ");
        const fl_quote *q = &d->quotes[i];
        fl_buf_printf(&b, "%d%s%s%s:", q->depth, q->unclosed ? "u" : "", q->cont ? "c" : "", q->unpaired ? "x" : "");
        fl_buf_put(&b, d->text + q->inner_start, q->inner_end - q->inner_start);
    }
    fl_doc_free(d);
    return fl_buf_take(&b);
}

static void expect_quotes(const char *text, const char *want)
{
    char *got = quotes(text);
    cr_expect_str_eq(got, want, "text: %s", text);
    free(got);
}

Test(quotes, span_table)
{
    expect_quotes("He said “it is over” today.", "0:it is over");
    expect_quotes("He said \"it is over\" today.", "0:it is over");
    expect_quotes("“We share ‘forever and ever.’”1", "0:We share ‘forever and ever.’ | 1:forever and ever.");
    expect_quotes("China’s “no-limits friendship” isn’t new.", "0:no-limits friendship");
    expect_quotes("“Beijing [does] not want it,” he said.", "0:Beijing [does] not want it,");
    expect_quotes("Il a dit « non » hier.", "0: non ");
    expect_quotes("“From its perspective, the US is overstretched.",
                  "0ux:From its perspective, the US is overstretched.");
    expect_quotes("It's the 1990s' legacy, isn't it?", "");
    expect_quotes("He said \"she called it 'absurd' twice\".", "0:she called it 'absurd' twice | 1:absurd");
}

/* Pairing with news conventions: mixed curly and straight marks, a misshapen closing mark, a quote that
 * runs on into the next paragraph (reopened, or closed there), and stray marks that pair with nothing. */
Test(quotes, news_pairing_table)
{
    /* mixed marks: a curly opening and a straight closing mark are one quote */
    expect_quotes("“The vote is close,\" Ruiz said.", "0:The vote is close,");
    expect_quotes("\"The vote is close,” Ruiz said.", "0:The vote is close,");
    /* a closing mark typed as an opening one after the question mark */
    expect_quotes("“Who can guarantee it?“ he asked.", "0:Who can guarantee it?");
    /* continued paragraph, reopened by convention: the first part is open to its end, not unpaired */
    expect_quotes("“We cannot pay.\n“Nor can they,” she said.\n", "0u:We cannot pay. | 0:Nor can they,");
    /* continued without reopening: the closing mark in the next line closes it */
    expect_quotes("“We cannot pay.\nNor can they,” she said.\n", "0u:We cannot pay. | 0c:Nor can they,");
    /* through a line with no marks at all, to the closing mark two lines on */
    expect_quotes("“One.\nTwo.\nThree,” she said.\n", "0u:One. | 0uc:Two. | 0c:Three,");
    /* an opening mark nothing continues or closes is unpaired; the quotes after it still pair */
    expect_quotes("He said “we will win.\nLater “it is over,” she said.\n", "0ux:we will win. | 0:it is over,");
    /* a stray straight mark does not shift the quotes after it */
    expect_quotes("The 6\" pipe and \"a stray \"real quote\" here.", "0:real quote");
    /* single quotes nested in double ones, and apostrophes inside */
    expect_quotes("“It’s ‘over’ now,” he said.", "0:It’s ‘over’ now, | 1:over");
    /* a closing mark in a paragraph with no quote open before it and none in the paragraph before */
    expect_quotes("Plain line.\nIt is over,” she said.\n", "");
}

/* The direct quotes at the top level (fl_quote_outer) as quotes() writes them. */
static void expect_outer(const char *text, const char *want)
{
    fl_doc *d = unit_doc("t.txt", text);
    fl_buf b = {0};
    for (size_t i = 0; i < d->nquote; i++) {
        const fl_quote *q = &d->quotes[i];
        if (!fl_quote_outer(d, q))
            continue;
        fl_buf_printf(&b, "%s%s%s%s:", b.len ? " | " : "", q->unclosed ? "u" : "", q->cont ? "c" : "",
                      q->unpaired ? "x" : "");
        fl_buf_put(&b, d->text + q->inner_start, q->inner_end - q->inner_start);
    }
    char *got = fl_buf_take(&b);
    cr_expect_str_eq(got, want, "text: %s got: %s", text, got);
    free(got);
    fl_doc_free(d);
}

/* A document that quotes in single marks (British style) has its outermost single-quoted spans read as
 * quotes; elsewhere single marks are nested quotes, scare quotes or apostrophes. */
Test(quotes, single_marks_table)
{
    /* curly and straight single marks, the doubles nested in them */
    expect_outer("Ana Ruiz said: ‘The crew’s boat sank. They told us “go home”.’\n",
                 ":The crew’s boat sank. They told us “go home”.");
    expect_outer("Ana Ruiz said: 'The boats' owners were told.'\n", ":The boats' owners were told.");
    /* a straight mark at the top level opens only before a letter: not the elision of "'90s" */
    expect_outer("Ana Ruiz said: 'In the '90s it was worse.'\n", ":In the '90s it was worse.");
    /* a story quoting in double marks: its single-quoted spans are not quotes of their own */
    expect_outer("The so-called 'storm wall' failed. \"It was too low,\" Ruiz said.\n", ":It was too low,");
    /* "rock 'n' roll" is no quoted span (no space inside), so it does not make the style */
    expect_outer("They played rock 'n' roll all night.\n", "");
    /* a plural possessive does not close a quote; a title ending in "s" closes at it when nothing else does */
    expect_outer("Ruiz said: 'The boats' owners were told.'\n", ":The boats' owners were told.");
    expect_outer("A law 'On political parties' was passed. 'It is fair,' Ruiz said.\n",
                 ":On political parties | :It is fair,");
    expect_outer("A law 'On political parties' was passed in 'the spring of the year'.\n",
                 ":On political parties | :the spring of the year");
    /* a quote left open at a paragraph end, reopened or closed in the next */
    expect_outer("Ruiz said: ‘We knew.\n\n‘We did nothing,’ she said.\n", "u:We knew. | :We did nothing,");
    expect_outer("Ruiz said: 'We knew.\nWe did nothing,' she said.\n", "u:We knew. | c:We did nothing,");
}

/* The stray marks found: each unpairable mark once, in order. */
Test(quotes, unpaired_marks)
{
    const char *t = "He said “we will win.\nLater “it is over.” Fine.\nIt is over,” she said. “Fine,” he said.\n";
    fl_doc *d = unit_doc("t.txt", t);
    cr_assert_eq(d->nunpaired, 2);
    cr_assert_eq(d->unpaired_marks[0], (size_t)(strstr(t, "“we") - t));
    cr_assert_eq(d->unpaired_marks[1], (size_t)(strstr(t, "” she") - t));
    fl_doc_free(d);
}

Test(quotes, in_quote_lookup)
{
    const char *t = "Analysts say “experts agree” here.";
    fl_doc *d = unit_doc("t.txt", t);
    cr_assert_eq(fl_doc_in_quote(d, (size_t)(strstr(t, "experts") - t)), 1);
    cr_assert_eq(fl_doc_in_quote(d, 0), 0);
    cr_assert_eq(fl_doc_in_quote(d, (size_t)(strstr(t, "here") - t)), 0);
    fl_doc_free(d);
}
