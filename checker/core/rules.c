/* rules.c - the rule catalogue: data only. Every rule's explain text carries one failing and one passing
 * example; the test suite lints both and checks that the rule fires on the first and stays silent on the
 * second. Which code implements a rule is said by the registry (run/registry.c). */
#include "core/rules.h"

#include <string.h>

const fl_rule_info fl_rule_table[FL_RULE_COUNT] = {
    [FL_RULE_ENCODING] =
        {"encoding", FL_SEV_ERROR, "invalid UTF-8, a binary file or an unreadable file",
         "factlint reads UTF-8 text. A file with an invalid UTF-8 sequence, a NUL byte (a binary file) or that\n"
         "cannot be read is reported at the first bad byte, with its line and byte offset, and skipped; the\n"
         "rest of the run goes on. A UTF-8 byte-order mark is accepted and skipped; CRLF and CR line ends are\n"
         "line ends. Convert Latin-1 or Windows-1252 files first, e.g. `iconv -f windows-1252 -t utf-8`.",
         "Prices rose \xFF sharply.\n", "Prices rose sharply.\n", "example.txt"},
    [FL_RULE_NUMERIC_CONFLICT] =
        {"numeric-conflict", FL_SEV_WARNING, "two claims about the same quantity whose values cannot both be true",
         "Every figure is read as an interval (\"31\" covers 30.5 to 31.5; \"about\" widens by 10%; \"more than\"\n"
         "opens upwards) and keyed by what it measures: the metric family (exports, deliveries, GDP, tariff\n"
         "rate ...), the parties and direction (Russia to China is not China to Russia), the period (a stated\n"
         "year, or \"last year\" resolved against the document date), the modality (actual, forecast, target,\n"
         "capacity) and the unit's dimension. Claims with the same key whose intervals do not overlap\n"
         "conflict, within a document or across the corpus. When several agree and one differs, the one that\n"
         "differs is reported, pointing at the others. A claim whose period is unknown is compared only within\n"
         "its own document; `factlint --dump-claims` shows every key.",
         "Russia delivered 31 bcm of gas to China in 2024.\nIn 2024 Russia delivered 21 bcm of gas to China.\n",
         "Russia delivered 31 bcm of gas to China in 2024.\nIn 2024 Russia delivered about 30 bcm of gas to China.\n",
         "example.txt"},
    [FL_RULE_NUMERIC_ARITHMETIC] =
        {"numeric-arithmetic", FL_SEV_WARNING,
         "a stated share, change or multiple that the stated figures do not support",
         "Shares (\"X, about P% of Y\", \"one-quarter of Y\"), changes (\"rose P% to X from Y\") and multiples\n"
         "(\"doubled from Y to X\") are recomputed from the figures in the sentence (or the one before) with\n"
         "interval arithmetic, and reported only when the stated and computed intervals do not overlap. The\n"
         "message shows the computation.",
         "Exports reached 21.3 bcm, about 15% of the 200 bcm sold to Europe.\n",
         "Exports reached 21.3 bcm, about 11% of the 200 bcm sold to Europe.\n", "example.txt"},
    [FL_RULE_DATE_INCONSISTENCY] =
        {"date-inconsistency", FL_SEV_WARNING,
         "a weekday that does not match its date, or an anniversary or elapsed time that does not fit the year",
         "A weekday named with a date must be that date's weekday. \"The Nth anniversary of E\" and \"N years\n"
         "after E\" must fall in the year in force: the year the sentence states, a year carried over by \"that\n"
         "year\" from the sentence before, or the document's own date. E's year is stated in the text or comes\n"
         "from the events of the rule packs (the end of the Second World War: 1945).",
         "The treaty was signed in 2022. That year, crowds marked the 80th anniversary of the end of World War II.\n",
         "The treaty was signed in 2025. That year, crowds marked the 80th anniversary of the end of World War II.\n",
         "example.txt"},
    [FL_RULE_QUOTE_CONFLICT] =
        {"quote-conflict", FL_SEV_WARNING,
         "two renderings of one speaker's remark that differ in words, audience or content",
         "Quotes and reported speech are joined on their speaker (the full name after NFC normalisation and\n"
         "case folding; a surname resolves to the one full name in its document, or in the corpus). Two\n"
         "direct quotes are renderings of one remark when they align - a run of five words in common, or most\n"
         "of the shorter one's words in order - after house style is folded (apostrophes, hyphens, initialisms,\n"
         "spelling variants, numerals, contractions: rules/house-style.json). Words outside the aligned span,\n"
         "and a passage left out in the middle, are excerpts; an ellipsis marks a cut. Inside the span each\n"
         "place where the words differ is named. A paraphrase and a quote of one remark are compared only on\n"
         "meaning: a negation on one side, a different number or modality, a predicate reversed on the same\n"
         "object, different names after a shared word; a differing audience is then added. Two paraphrases\n"
         "are never compared. When one rendering is hedged (\"reportedly\") and the other is not, the message\n"
         "says so. Each side of a conflict is reported and points at the other.",
         "“We will not raise taxes this year,” said Ana Silva, the finance minister.\nAt the same event Silva said: "
         "“We will not raise fees this year.”\n",
         "“We will not raise taxes this year,” said Ana Silva, the finance minister.\nAt the same event Silva said: "
         "“We will not raise taxes this year.”\n",
         "example.txt"},
    [FL_RULE_QUOTE_ALTERED] =
        {"quote-altered", FL_SEV_NOTE, "brackets or ellipses inside a direct quote",
         "Square brackets (\"the bank [does] not want\", \"fear[s]\") and ellipses (\"...\", \"…\") inside quotation\n"
         "marks show that the quoted words were changed or cut. That is legitimate editing, but each one is\n"
         "a place where a quote can drift from what was said, so this note lists them for a check against\n"
         "the source. Bracketed footnote markers (\"[12]\") are not editing. One note per quote.",
         "He said: “The bank [does] not want to see a loss because it fear[s] the result.”\n",
         "He said: “The bank does not want to see a loss because it fears the result.”\n", "example.txt"},
    [FL_RULE_AMBIGUOUS_ATTRIBUTION] =
        {"ambiguous-attribution", FL_SEV_WARNING, "a surname that fits two or more people the document quotes",
         "A surname on its own (\"Silva adds\", \"said Smith\") must name one person. When the document quotes\n"
         "two people who share it (\"Ana Silva\" and \"Rui Silva\"), the reader cannot tell who spoke; use the\n"
         "full name. Speakers are found where the text attributes words to them (\"said Jane Doe\", \"Jane Doe,\n"
         "a professor, argues\", \"– Jane Doe\"); names in bylines (\"Written by\", \"writes for\") are authors\n"
         "and do not count.",
         "“Rates will fall,” said Ana Silva, an economist.\n“Rates will rise,” said Rui Silva, a banker.\n“Wait and "
         "see,” Silva added.\n",
         "“Rates will fall,” said Ana Silva, an economist.\n“Rates will rise,” said Rui Costa, a banker.\n“Wait and "
         "see,” Silva added.\n",
         "example.txt"},
    [FL_RULE_UNATTRIBUTED_QUOTE] =
        {"unattributed-quote", FL_SEV_WARNING, "a direct quote with no speaker",
         "A quotation that reads as speech (four or more words, a sentence of its own) needs a speaker. The\n"
         "attribution sieve looks for one, most precise pattern first: “Q,” said S / “Q,” S said / “Q” – S /\n"
         "“Q” (S added) / S said: “Q” / S told A (that) … “Q” / according to S; a quote that opens a\n"
         "paragraph after another speaker's quote continues that speaker, and so does a quote later in the\n"
         "same paragraph; a quote that runs over several paragraphs takes the attribution at its end; “he\n"
         "said” resolves to the nearest person of matching gender. The discourse carries a speaker: the\n"
         "subject of a speech or stance verb in the sentences just before (“The mayor said the depot would\n"
         "close. “We cannot keep paying for it.”” or “The union issued a statement.”) speaks the quote that\n"
         "follows, until another person is named. Short quoted terms with no speech cue (“no-limits\n"
         "friendship”) are scare quotes and are not reported, nor is a quote whose marks do not pair\n"
         "(see unpaired-quote-mark). Pronouns and descriptions (“the ministry said”) count as attribution\n"
         "even when they name no one.",
         "The budget vote is on Monday.\n\n“We will cut the deficit by half before the next election.”\n",
         "The budget vote is on Monday.\n\n“We will cut the deficit by half before the next election,” she said.\n",
         "example.txt"},
    [FL_RULE_ANONYMOUS_SOURCE] =
        {"anonymous-source", FL_SEV_NOTE, "a claim sourced to someone who is not named",
         "Anonymous sourcing (\"people familiar with the matter\", \"a senior official who asked not to be\n"
         "named\", \"on condition of anonymity\") is sometimes necessary, but every use should be deliberate:\n"
         "this note lists them so an editor can check each one. Phrases come from the \"anonymous-source\"\n"
         "patterns of the rule packs. Phrases inside a direct quote are the speaker's, not the article's, and\n"
         "are not reported; several phrases in one sentence make one note.",
         "The merger is off, according to people familiar with the matter.\n",
         "The merger is off, according to Jane Okafor, the company's spokeswoman.\n", "example.txt"},
    [FL_RULE_VAGUE_SOURCE] =
        {"vague-source", FL_SEV_NOTE, "a claim attributed to an unnamed group: \"analysts say\", \"experts agree\"",
         "Weasel attributions (\"analysts say\", \"experts agree\", \"critics argue\", \"studies show\") give a\n"
         "claim the weight of a source without naming one. Name the analysts or cite the study. Phrases come\n"
         "from the \"vague-source\" patterns of the rule packs; phrases inside a direct quote are not reported.",
         "Analysts say the merger will fail.\n",
         "Two analysts at Moody's, Ana Ruiz and Tom Berg, expect the merger to fail.\n", "example.txt"},
    [FL_RULE_FOOTNOTE_GAP] =
        {"footnote-gap", FL_SEV_WARNING, "a number missing from a footnote sequence",
         "Footnote markers should run 1, 2, 3 ... without holes; a missing number usually means a note was\n"
         "deleted or a marker was lost in editing. The diagnostic points at the marker after the gap and\n"
         "names the one before it. Digits glued to a word (\"billion21\") or after a year (\"in 2008.17\") count\n"
         "as markers only where the document's own sequence expects that number.",
         "Trade grew.1 Prices fell.2 Wages rose.4\n\nNotes\n1. Customs data.\n2. Price index.\n4. Wage survey.\n",
         "Trade grew.1 Prices fell.2 Wages rose.3\n\nNotes\n1. Customs data.\n2. Price index.\n3. Wage survey.\n",
         "example.txt"},
    [FL_RULE_FOOTNOTE_ORDER] =
        {"footnote-order", FL_SEV_WARNING, "a duplicate or out-of-order footnote marker",
         "Each new footnote number should be one more than the highest so far. A number that first appears\n"
         "after a higher one is out of order; a superscript or glued number used twice is a duplicate.\n"
         "Bracketed [n] and Markdown [^n] citations may repeat a source, so their repeats are not reported.",
         "Trade grew.1 Prices fell.3 Wages rose.2\n\nNotes\n1. Customs data.\n2. Wage survey.\n3. Price index.\n",
         "Trade grew.1 Prices fell.2 Wages rose.3\n\nNotes\n1. Customs data.\n2. Price index.\n3. Wage survey.\n",
         "example.txt"},
    [FL_RULE_FOOTNOTE_UNDEFINED] =
        {"footnote-undefined", FL_SEV_WARNING, "a footnote marker with no entry in the notes section",
         "Every marker needs a matching entry in the notes section (a \"Notes\", \"References\", \"Endnotes\" or\n"
         "\"Sources\" heading followed by numbered entries, or Markdown definitions such as `[^3]: ...`).\n"
         "Each missing number is reported once, at its first use.",
         "Trade grew.1 Prices fell.2\n\nNotes\n1. Customs data.\n",
         "Trade grew.1 Prices fell.2\n\nNotes\n1. Customs data.\n2. Price index.\n", "example.txt"},
    [FL_RULE_FOOTNOTE_UNUSED] =
        {"footnote-unused", FL_SEV_NOTE, "a notes entry that no marker uses",
         "An entry in the notes section that no marker points to is either a leftover or a sign that its\n"
         "marker was lost. A numbered list in a document without any markers is a bibliography, not notes,\n"
         "and is not reported; Markdown footnote definitions always need a reference.",
         "Trade grew.1 Prices fell.2\n\nNotes\n1. Customs data.\n2. Price index.\n3. Wage survey.\n",
         "Trade grew.1 Prices fell.2\n\nNotes\n1. Customs data.\n2. Price index.\n", "example.txt"},
    [FL_RULE_FOOTNOTE_NO_NOTES] =
        {"footnote-no-notes", FL_SEV_WARNING, "footnote markers in a document that has no notes section",
         "The document uses footnote markers but has no notes section to resolve them, typically because the\n"
         "notes were lost when the text was copied out of a PDF or a CMS. Reported once per document, at the\n"
         "first marker, with the number of markers.",
         "Trade grew.1 Prices fell.2\n", "Trade grew.1 Prices fell.2\n\nNotes\n1. Customs data.\n2. Price index.\n",
         "example.txt"},
    [FL_RULE_SOURCE_PLACEHOLDER] =
        {"source-placeholder", FL_SEV_WARNING,
         "a placeholder where a source should be: \"Source link\", \"Source: TK\", \"[citation needed]\"",
         "Placeholders left by writers or lost in copying (\"Source link\" with no link, \"Source: TK\",\n"
         "\"[citation needed]\", \"[link]\", \"(Source link)\" in running text, Markdown links with an empty\n"
         "target) mean a claim has no source yet. Phrases come from the \"source-placeholder\" patterns of\n"
         "the rule packs.",
         "The ministry confirmed the figures.\n\nSource link\n",
         "The ministry confirmed the figures.\n\nSource: Ministry of Finance, annual report 2024.\n", "example.txt"},
    [FL_RULE_UNUSED_SUPPRESSION] =
        {"unused-suppression", FL_SEV_NOTE, "an inline suppression that suppresses nothing",
         "Diagnostics can be suppressed where they occur: in Markdown with HTML comments\n"
         "`<!-- factlint-disable RULE[,RULE] -->` ... `<!-- factlint-enable -->`,\n"
         "`<!-- factlint-disable-next-line RULE -->` and `<!-- factlint-disable-file -->` (no rule: every rule);\n"
         "in plain text with the same directives on a line of their own (`factlint-disable-next-line RULE`).\n"
         "Text after \" -- \" is a reason and is ignored. A suppression that suppresses nothing is reported, so\n"
         "stale ones are cleaned up when the text they covered changes: so is one that names an unknown rule,\n"
         "an unknown directive, or a factlint-enable with nothing to end. Rules that are off in the run are\n"
         "not counted against a suppression.",
         "<!-- factlint-disable-next-line vague-source -->\nThe ministry confirmed the figures.\n",
         "<!-- factlint-disable-next-line vague-source -->\nAnalysts say the merger will fail.\n", "example.md"},
    [FL_RULE_UNPAIRED_QUOTE_MARK] =
        {"unpaired-quote-mark", FL_SEV_NOTE, "a quotation mark that no other mark closes or opens",
         "Quotation marks are paired as news copy writes them: curly and straight marks mixed (“…,\" she\n"
         "said), a closing mark typed as an opening one (?“ he asked), a quote that runs on into the next\n"
         "paragraph, reopened there with a new opening mark or closed there without one. A mark that still\n"
         "pairs with nothing - an opening mark never closed or continued, a closing mark with no quote open -\n"
         "is noted once, at the mark, and left out of the pairing, so the quotes after it pair as written\n"
         "instead of shifting by one. Where a quote with an unpaired mark ends is a guess, so it is not\n"
         "reported as unattributed. Inch and second marks after digits (a 12\" pipe) are not quotation marks.",
         "“We will reopen the bridge in May,” the engineer said. “The money is there.\n\nTraffic resumed on Monday.\n",
         "“We will reopen the bridge in May,” the engineer said. “The money is there.”\n\nTraffic resumed on Monday.\n",
         "example.txt"},
};

int fl_rule_find(const char *id)
{
    for (int i = 0; i < FL_RULE_COUNT; i++)
        if (strcmp(fl_rule_table[i].id, id) == 0)
            return i;
    return -1;
}
