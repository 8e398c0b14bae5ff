/* test_speakers.c - attribution: quote spans, each step of the sieve, aliases, surname and pronoun
 * resolution, bylines, reported speech, and the content-overlap decisions of quote-conflict. */
#include "extract/speakers.h"
#include "join/quotes.h"
#include "unit.h"

/* The attributed claims of text (owned by *out; free with fl_claims_free) and its unattributed quotes. */
static size_t claims_of(const char *text, fl_claims *out, size_t *unattributed)
{
    fl_doc *d = unit_doc("t.txt", text);
    fl_speech sp = {0};
    memset(out, 0, sizeof *out);
    fl_speech_extract(d, unit_rules(), NULL, 0, 0, out, &sp);
    if (unattributed)
        *unattributed = sp.nunattributed;
    fl_speech_free(&sp);
    /* the claims keep their strings; the file name is borrowed from the document, so drop it */
    for (size_t i = 0; i < out->nquote; i++)
        out->quotes[i].file = NULL;
    fl_doc_free(d);
    return out->nquote;
}

/* The first direct quote's claim, or NULL. */
static const fl_qclaim *first_quote(const fl_claims *c)
{
    for (size_t i = 0; i < c->nquote; i++)
        if (c->quotes[i].direct)
            return &c->quotes[i];
    return NULL;
}

/* The speaker of quote claim q (none: checked by the caller) and how it was found, as a case of text expects. */
static void expect_speaker(const char *text, const fl_qclaim *q, const char *speaker, const char *how)
{
    if (!q)
        return;
    cr_expect_str_eq(q->speaker, speaker, "%s: speaker %s", text, q->speaker);
    cr_expect_str_eq(q->how, how, "%s: resolved by %s", text, q->how);
}

Test(speakers, quote_spans)
{
    static const struct {
        const char *text;
        size_t nquote; /* outermost double quotes */
        int unclosed;
    } cases[] = {
        {"“Prices will fall,” she said.", 1, 0},
        {"\"Prices will fall,\" she said.", 1, 0},
        {"«Les prix vont baisser», a-t-elle dit.", 1, 0},
        {"“He told me ‘never again’ twice,” she said.", 1, 0}, /* the single quotes are inside */
        {"“The first paragraph opens a quote that runs on.\n\n“And closes here,” she said.", 2, 1},
        {"It is a “bromance”, not a “partnership”.", 2, 0},
    };
    /* unpaired marks: one sentence per line, a quote runs on over a line with no marks and is reopened on
     * the line after (no unpaired mark); the same with a paragraph of several sentences between is unpaired */
    static const struct {
        const char *text;
        size_t unpaired;
    } pairs[] = {
        {"The mill burnt down on Sunday.\nIts owner spoke to us.\n“It was the oldest mill in the valley.\nNobody can "
         "replace it.\n“It is a great loss.”\nThe fire service is investigating.\n",
         0},
        {"The mill burnt down on Sunday. Its owner spoke.\n\n“It was the oldest mill in the valley. We are sad.\n\n"
         "The fire service is investigating. Nobody was hurt.\n\n“It is a great loss.”\n",
         1},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fl_doc *d = unit_doc("t.txt", pairs[i].text);
        cr_expect_eq(d->nunpaired, pairs[i].unpaired, "%s: %zu unpaired", pairs[i].text, d->nunpaired);
        fl_doc_free(d);
    }
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_doc *d = unit_doc("t.txt", cases[i].text);
        size_t outer = 0;
        int unclosed = 0;
        for (size_t k = 0; k < d->nquote; k++) {
            if (d->quotes[k].depth == 0 && !d->quotes[k].single)
                outer++;
            unclosed |= d->quotes[k].unclosed;
        }
        cr_expect_eq(outer, cases[i].nquote, "%s: %zu quotes", cases[i].text, outer);
        cr_expect_eq(unclosed, cases[i].unclosed, "%s: unclosed", cases[i].text);
        fl_doc_free(d);
    }
}

Test(speakers, sieve)
{
    static const struct {
        const char *text;
        const char *speaker; /* of the first direct quote */
        const char *how;
    } cases[] = {
        {"“Rates will fall next year,” said Ana Silva, an economist at the bank.", "Ana Silva", "said-after"},
        {"“Rates will fall next year,” Ana Silva said.", "Ana Silva", "after-quote"},
        {"“Rates will fall,” the bank's chief economist, Ana Silva, said on Monday.", "Ana Silva", "after-quote"},
        {"“Rates will fall next year,” – Ana Silva, Director of Research at the bank.", "Ana Silva", "dash"},
        {"“Rates will fall next year” (Ana Silva added).", "Ana Silva", "parenthesis"},
        {"Ana Silva said: “Rates will fall next year.”", "Ana Silva", "before-quote"},
        {"Ana Silva told reporters that the bank expected “rates to fall next year.”", "Ana Silva", "before-quote"},
        {"“Rates will fall,” when the inflation figures come in next month, said Ana Silva.", "Ana Silva",
         "said-after"},
        {"“Rates will fall next year.” That was how one trader put it.", "", "next-sentence"},
        {"Ana Silva posted a message on Monday: “Rates will fall next year.”", "Ana Silva", "before-quote"},
        {"Ana Silva was blunt on Monday: “Rates will fall next year.”", "Ana Silva", "colon"},
        /* a possessor before the speaker's role is not the speaker: the apposition's name is */
        {"Varrow's port director, Ana Silva, was blunt on the quay: “Rates will fall next year.”", "Ana Silva",
         "colon"},
        {"Ana Silva's message to the traders was simple: “Rates will fall next year.”", "Ana Silva", "colon"},
        {"Varrow's port director, Ana Silva, spoke to reporters on the quay: “Rates will fall next year.”", "Ana Silva",
         "before-quote"},
        {"Rates will fall, according to Ana Silva, because “cuts are coming soon.”", "Ana Silva", "according-to"},
        {"“Rates will fall,” said Ana Silva, an economist. “They have to.”", "Ana Silva", "said-after"},
        /* a role before the name, whatever its first word is tagged ("resort" read as a verb) */
        {"“Rates will fall,” resort boss Ana Silva told the Courier.", "Ana Silva", "after-quote"},
        {"“Rates will fall,” bank boss Ana Silva told reporters.", "Ana Silva", "after-quote"},
        /* an apposition that opens with a name and ends in a role noun */
        {"“Rates will fall,” Ana Silva, Varrow's chief economist, told me.", "Ana Silva", "after-quote"},
        {"“How far?” asked Ana Silva.", "Ana Silva", "said-after"},
        {"“How far will rates fall”?? Asked Ana Silva.", "Ana Silva", "said-after"},
        /* a speech phrase names its speaker before it, opens with a pronoun or names one after its words */
        {"As Silva put it, “Rates will fall next year.”", "Silva", "phrase"},
        {"In the words of Ana Silva, “Rates will fall next year.”", "Ana Silva", "phrase"},
        {"“Rates will fall next year,” as one trader put it.", "", "verb-only"},
        {"In his words, “Rates will fall next year.”", "", "phrase"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        claims_of(cases[i].text, &c, NULL);
        const fl_qclaim *q = first_quote(&c);
        cr_expect(q != NULL, "%s: no quote claim", cases[i].text);
        expect_speaker(cases[i].text, q, cases[i].speaker, cases[i].how);
        fl_claims_free(&c);
    }
}

/* A speaker named once, with an apposition that opens with a name and ends in a role noun, is a person of the
 * document: the quote is joined with other documents' (not local to its own). */
Test(speakers, named_with_a_role_apposition)
{
    fl_claims c;
    claims_of("“The mast was neglected,” Callan Reith, Northline's operations director, told me.", &c, NULL);
    const fl_qclaim *q = first_quote(&c);
    cr_assert(q != NULL);
    cr_expect_str_eq(q->speaker, "Callan Reith");
    cr_expect_eq(q->local, 0);
    fl_claims_free(&c);
    claims_of("“The mast was neglected,” Callan Reith, Northline, told me.", &c, NULL);
    q = first_quote(&c);
    cr_assert(q != NULL);
    cr_expect_eq(q->local, 1, "no role noun in the apposition: a name the document does not know");
    fl_claims_free(&c);
}

/* A direct quote's expected speaker and how it was found. */
typedef struct {
    const char *text;
    size_t which; /* index of the direct quote claim to check */
    const char *speaker, *how;
} speaker_case;

static void run_speaker_cases(const speaker_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        fl_claims c;
        claims_of(cases[i].text, &c, NULL);
        size_t seen = 0;
        const fl_qclaim *q = NULL;
        for (size_t k = 0; k < c.nquote && !q; k++)
            if (c.quotes[k].direct && seen++ == cases[i].which)
                q = &c.quotes[k];
        cr_expect(q != NULL, "%s: no quote claim %zu", cases[i].text, cases[i].which);
        expect_speaker(cases[i].text, q, cases[i].speaker, cases[i].how);
        fl_claims_free(&c);
    }
}

Test(speakers, continuation_and_pronouns)
{
    static const speaker_case cases[] = {
        /* a paragraph that opens with a quote continues the speaker of the one before */
        {"“Rates will fall next year,” said Ana Silva, an economist.\n\n“Then they will rise again.”", 1, "Ana Silva",
         "continuation"},
        /* a later quote in the same paragraph */
        {"“Rates will fall,” said Ana Silva. “Then they will rise again.”", 1, "Ana Silva", "same-paragraph"},
        /* an unclosed quote runs into the next paragraph */
        {"“Rates will fall next year,” said Ana Silva, “and then they will rise.\n\n“Nobody can stop that.”", 2,
         "Ana Silva", "multi-paragraph"},
        /* he/she: the nearest person named before */
        {"Rui Costa, a trader, was blunt.\n\n“Rates will fall next year,” he said.", 0, "Rui Costa", "pronoun"},
        /* gender from a title: "she" skips Mr. Costa */
        {"Mr. Rui Costa spoke first and Ana Silva said nothing.\n\n“Rates will fall next year,” she said.", 0,
         "Ana Silva", "pronoun"},
        /* a pronoun before a speech phrase: "As she put it" */
        {"Mayor Ana Silva returned to her first point.\n\nAs she put it, “Rates will fall next year.”", 0, "Ana Silva",
         "pronoun"},
        /* a role's name with an age before its verb: "depot boss Ana Silva, 52, looked on" names a person */
        {"Depot boss Ana Silva, 52, looked on.\n\n“Rates will fall next year,” she said.", 0, "Ana Silva", "pronoun"},
        /* someone spoken to, or a verb's object, introduced by a role is no second person for the pronoun */
        {"Mayor Ana Silva was speaking to our reporter Rui Costa.\n\n“Rates will fall next year,” she said.", 0,
         "Ana Silva", "pronoun"},
        {"Ana Silva, a parent, met headteacher Rui Costa on Monday.\n\n“Rates will fall next year,” she said.", 0,
         "Ana Silva", "pronoun"},
        /* an organisation whose role a person named after it holds is no second person for the pronoun, also
         * when the document named it alone before */
        {"The depot shut, according to a log Velda Heat shared.\n\nVelda Heat chief executive Rui Costa faced 200 "
         "residents. He told the meeting: “We failed these families.”",
         0, "Rui Costa", "pronoun"},
        /* two people in the sentence that names the nearest: unresolved */
        {"Ana Silva met Rui Costa.\n\n“Rates will fall next year,” he said.", 0, "he", "after-quote"},
        /* a title alias: "the minister" is Finance Minister Ana Silva */
        {"Finance Minister Ana Silva spoke first.\n\n“Rates will fall next year,” the minister said.", 0, "Ana Silva",
         "title"},
        /* an appositive alias */
        {"“Rates will fall,” said Ana Silva, a professor at the university.\n\n“Prices too,” the professor said.", 1,
         "Ana Silva", "title"},
        /* a surname resolves to the one full name */
        {"“Rates will fall,” said Ana Silva.\n\n“Prices will follow next year,” Silva added.", 1, "Ana Silva",
         "after-quote"},
    };
    run_speaker_cases(cases, sizeof cases / sizeof cases[0]);
}

Test(speakers, names_fold)
{
    fl_claims c;
    /* NFC and NFD spellings of one name, in two cases */
    claims_of(
        "“Prices will fall next year,” said Jos\xC3\xA9 Ortega.\n\n“Rents too, and soon,” said Jose\xCC\x81 Ortega.",
        &c, NULL);
    cr_assert_eq(c.nquote, 2);
    cr_expect_str_eq(c.quotes[0].speaker_key, "jos\xC3\xA9 ortega");
    cr_expect_str_eq(c.quotes[1].speaker_key, "jos\xC3\xA9 ortega");
    fl_claims_free(&c);
}

Test(speakers, unattributed)
{
    static const struct {
        const char *text;
        size_t unattributed;
    } cases[] = {
        {"The council met.\n\n“We cannot keep the libraries open on Sundays.”\n\nThe vote was postponed.", 1},
        {"The council met.\n\n“We cannot keep the libraries open on Sundays,” she said.", 0},
        /* the name of a thing before a quote introduces no speaker; a person's name does */
        {"Hurricane Tobin had been forecast for a week.\n\n“Every harbour on this coast knows how fast it "
         "turns.”",
         1},
        {"Ana Tobin had been warned for a week.\n\n“Every harbour on this coast knows how fast it turns.”", 0},
        /* across a paragraph's end, a sentence that tells what a person did presents no speaker */
        {"Referee Ana Tobin led the players off and abandoned the match.\n\n“Nobody told us anything for ages.”", 1},
        {"Ana Tobin, 34, led the players off.\n\n“Nobody told us anything for ages.”", 0},
        /* scare quotes, titles and fragments are not speech */
        {"Observers called it a “no-limits friendship” and a “bromance”.", 0},
        {"The agency published “Guidelines for Safe Water Storage in Rural Districts” last year.", 0},
        {"The report says prices are “higher than at any time since the war began”.", 0},
        /* a byline's names are authors, and a quote after "X said:" is attributed */
        {"The Mayor said:\n\n“We will build the bridge next year.”", 0},
        /* the attribution after a quote must be in the quote's own paragraph */
        {"“I have never seen anything like it in thirty years.”\n\nJim Smith said: “It is a tragedy for us.”", 1},
        /* one report per paragraph */
        {"The hall was quiet.\n\n“We will build it.” “We will pay for it.” “We will open it in June.”", 1},
        /* not utterances: a title with its comma inside the marks, a slogan named as such, imagined words */
        {"The story became known through the 1981 novel, “All the Harbour's Lamps,” and a later film.", 0},
        {"The crowd learnt the saga, “All the Harbour's Lamps,” which made her famous.", 0},
        {"She kept repeating the slogan, “Bread for the whole valley now,” at every stop.", 0},
        {"“I will beat every one of you,” you could almost hear her thinking as she ran.", 0},
        /* "it adds" with an object that is no clause gives nobody the word: the quote after it is nobody's */
        {"The new timetable doubles the night buses, and it adds 12 drivers for the airport route.\n\n“It was "
         "never about the fares. It was about waiting an hour in the rain.”\n\nThe depot opens in May.",
         1},
        /* one who spoke only as "we" (a team, an office) is not the "I" of a personal account after the
         * narrative; the same speaker going on as "we" is */
        {"“It was a quiet day for us,” the race doctor Orla Brennick said.\n\nThe course climbs through the old "
         "town after the bridge.\n\n“Nobody warned me about that hill, and I paid for it.”",
         1},
        {"“It was a quiet day for us,” a race doctor said.\n\nThe course climbs through the old "
         "town after the bridge.\n\n“We treated only a few runners for cramp.”",
         0},
        /* but a named person's "we" is a person's, not an office's: after a paragraph of narrative a bare
         * "we" quote may be anyone's at the race */
        {"“It was a quiet day for us,” the race doctor Orla Brennick said.\n\nThe course climbs through the old "
         "town after the bridge.\n\n“We treated only a few runners for cramp.”",
         1},
        /* a paper's "can reveal that ...": its clause is what it said; a bare quote after it is nobody's, but
         * one in its own voice, or after a stance verb with no clause, carries */
        {"The Harbour Gazette can reveal that only four inspectors checked the pier last year.\n\n“It felt like "
         "the whole deck was moving under every foot on it.”\n\nThe pier reopens in May.",
         1},
        {"The Harbour Trust has defended the inspections.\n\n“It felt like the whole deck was moving under every "
         "foot on it.”\n\nThe pier reopens in May.",
         0},
        /* a pull-quote: a line of an attributed quote repeated on its own further down is that quote's */
        {"“We cannot wait for another winter of flooding before we act,” said Ana Ruiz, the council leader.\n\n"
         "The wall will cost four million.\n\nResidents have been flooded three times.\n\n“We cannot wait for "
         "another winter of flooding.”",
         0},
        /* but a bare quote of other words after narrative is still reported */
        {"“We cannot wait for another winter of flooding before we act,” said Ana Ruiz, the council leader.\n\n"
         "The wall will cost four million.\n\nResidents have been flooded three times.\n\n“The water came "
         "right up to the door of every house.”",
         1},
        /* a block-quote mark before the quote: it still opens its paragraph, after an introduction */
        {"In a statement, the council said:\n\n> “The harbour wall will be built in two phases, starting in "
         "March.”",
         0},
        /* a clause after it does: the company's reported speech carries to its own voice */
        {"The operator said the night buses would double, and it added the depot would open in May.\n\n“We "
         "have listened to every rider.”",
         0},
        /* a fragment said by nobody named ("was said to be “…” by doctors") gives no office a voice to go on */
        {"Her mother said: “She rang me.”\n\nThe woman was said to be “stable but shaken” by doctors.\n\nThe "
         "crowd scattered.\n\n“It was like a bomb going off next to us.”",
         1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        size_t n;
        claims_of(cases[i].text, &c, &n);
        cr_expect_eq(n, cases[i].unattributed, "%s: %zu unattributed", cases[i].text, n);
        fl_claims_free(&c);
    }
}

Test(speakers, reported_speech)
{
    static const struct {
        const char *text;
        const char *speaker, *audience, *hedge, *content;
    } cases[] = {
        {"Ana Silva privately told union leaders in Porto that the plan would be dropped next year.", "Ana Silva",
         "union leaders in Porto", "", "the plan would be dropped next year"},
        {"Ana Silva reportedly said the plan would be dropped next year.", "Ana Silva", "", "reportedly",
         "the plan would be dropped next year"},
        {"The plan will be dropped next year, Ana Silva said.", "Ana Silva", "", "",
         "The plan will be dropped next year"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        claims_of(cases[i].text, &c, NULL);
        cr_assert_eq(c.nquote, 1, "%s: %zu claims", cases[i].text, c.nquote);
        const fl_qclaim *q = &c.quotes[0];
        cr_expect_eq(q->direct, 0);
        cr_expect_str_eq(q->speaker, cases[i].speaker, "%s", cases[i].text);
        cr_expect_str_eq(q->audience, cases[i].audience, "%s: audience %s", cases[i].text, q->audience);
        cr_expect_str_eq(q->hedge, cases[i].hedge, "%s: hedge %s", cases[i].text, q->hedge);
        cr_expect_str_eq(q->text, cases[i].content, "%s: content %s", cases[i].text, q->text);
        fl_claims_free(&c);
    }
    /* no speaker, no claim: what "officials said" cannot be compared */
    fl_claims c;
    cr_expect_eq(claims_of("Officials said the plan would be dropped next year.", &c, NULL), 0);
    fl_claims_free(&c);
    /* bylines are authors */
    cr_expect_eq(claims_of("Written by: Ana Silva and Rui Costa\n", &c, NULL), 0);
    fl_claims_free(&c);
}

Test(speakers, bylines_are_not_speakers)
{
    const char *text = "“Rates will fall next year,” said Rui Wang, an economist.\n\n“Then rise,” Wang added.\n\n"
                       "Written by: Ana Silva and Li Wang\n";
    cr_expect_eq(unit_count("t.txt", text, FL_RULE_AMBIGUOUS_ATTRIBUTION), 0);
    const char *two = "“Rates will fall next year,” said Rui Wang, an economist.\n\n“No,” said Li Wang, a banker.\n\n"
                      "“Then rise,” Wang added.\n";
    cr_expect_eq(unit_count("t.txt", two, FL_RULE_AMBIGUOUS_ATTRIBUTION), 1);
}

/* quote-conflict within one document: the same join and scoring as across documents */
Test(speakers, content_overlap)
{
    static const struct {
        const char *text;
        size_t conflicts;
    } cases[] = {
        /* verbatim, in other quote marks, case and punctuation: agree */
        {"“We will not raise taxes this year,” said Ana Silva.\n\nLater.\n\nMore.\n\n"
         "Ana Silva said: \"we will NOT raise taxes - this year.\"",
         0},
        /* editorial brackets and an ellipsis: agree */
        {"“The bank does not want to see prices fall, because it fears a slump,” said Ana Silva.\n\nLater.\n\nMore.\n\n"
         "Ana Silva said: “The bank [does] not want to see prices fall … it fear[s] a slump.”",
         0},
        /* a shorter excerpt of the same quote: agree */
        {"“We will not raise taxes this year, whatever the deficit says,” said Ana Silva.\n\nLater.\n\nMore.\n\n"
         "Ana Silva said: “We will not raise taxes this year.”",
         0},
        /* one word changed: a misquote, reported on both sides */
        {"“We will not raise taxes this year,” said Ana Silva.\n\nLater.\n\nMore.\n\n"
         "Ana Silva said: “We will not raise fees this year.”",
         2},
        /* two different remarks: too little in common */
        {"“The stadium will open in August and seat forty thousand fans,” said Ana Silva.\n\nLater.\n\nMore.\n\n"
         "Ana Silva said: “Rents in the old town have doubled and we need social housing.”",
         0},
        /* a paraphrase and a quote of one remark that differ in what was said */
        {"Ana Silva told union leaders in Porto that the government would freeze nursing salaries.\n\nLater.\n\n"
         "More.\n\nAna Silva told a union delegate: “The government will raise nursing salaries.”",
         2},
        /* a paraphrase and a quote that agree */
        {"Ana Silva told union leaders that the government would raise nursing salaries soon.\n\nLater.\n\n"
         "More.\n\nAna Silva told union leaders: “The government will raise nursing salaries soon.”",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = unit_count("t.txt", cases[i].text, FL_RULE_QUOTE_CONFLICT);
        cr_expect_eq(n, cases[i].conflicts, "%s: %zu conflicts", cases[i].text, n);
    }
}

/* The speaker and resolution of the claim at index k (all claims, document order). */
static void expect_claim(const char *text, size_t k, const char *speaker, const char *how)
{
    fl_claims c;
    size_t n = claims_of(text, &c, NULL);
    cr_expect(n > k, "%s: only %zu claims", text, n);
    expect_speaker(text, n > k ? &c.quotes[k] : NULL, speaker, how);
    fl_claims_free(&c);
}

/* Speaker phrases read as noun phrases: titles and ranks before the name, party tags, appositions and
 * post-modifiers between the quote and its verb, organisations and documents as descriptions. */
Test(speakers, speaker_phrases)
{
    static const struct {
        const char *text, *speaker, *how;
    } cases[] = {
        {"“The road reopens on Friday,” said Lt. Mara Quint of the highway patrol.", "Mara Quint", "said-after"},
        {"“The road reopens on Friday,” said general manager Mara Quint.", "Mara Quint", "said-after"},
        /* an organisation's initials before the title */
        {"“The road reopens on Friday,” said HTA chief executive Mara Quint.", "Mara Quint", "said-after"},
        {"“The road reopens on Friday,” said FBI Director Mara Quint.", "Mara Quint", "said-after"},
        {"“The road reopens on Friday,” Sen. Mara Quint (D-Ore.) said.", "Mara Quint", "after-quote"},
        {"“The road reopens on Friday,” Mara Quint, a former engineer elected to the council in 2012, said.",
         "Mara Quint", "after-quote"},
        {"“The road reopens on Friday,” the Rev. Mara Quint of the Harbour Chapel said Sunday.", "Mara Quint",
         "after-quote"},
        {"“The road reopens on Friday,” a spokesman for the highway agency said.", "a spokesman", "after-quote"},
        {"“The road reopens on Friday,” the letter said.", "the letter", "after-quote"},
        {"“The road reopens on Friday,” Mara Quint and Tomas Berg said in a joint statement.", "Mara Quint",
         "after-quote"},
        /* a verb group between the subject and the verb */
        {"“The road reopens on Friday,” Mara Quint is expected to say.", "Mara Quint", "after-quote"},
        /* a title in quote marks inside the apposition, even across a line */
        {"“The road reopens on Friday,” Mara Quint, author of “Roads:\nA History of Tolls,” said on Monday.",
         "Mara Quint", "after-quote"},
        /* a quote that ends on "!" leaves its attribution to the next line */
        {"“Open the road now!”\nMara Quint, a councillor, said before the meeting.", "Mara Quint", "after-quote"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_claim(cases[i].text, 0, cases[i].speaker, cases[i].how);
}

/* The discourse carries a speaker to a quote with no attribution of its own: the subject of a speech or
 * stance verb before it, until another person is named. */
Test(speakers, carry_over)
{
    static const struct {
        const char *text, *speaker, *how;
        size_t unattributed;
    } cases[] = {
        {"Mara Quint said the depot would close. “We cannot keep paying for it.”", "Mara Quint", "carried-speech", 0},
        {"Mara Quint defended the plan on Monday. “We cannot keep paying for it.”", "Mara Quint", "carried-stance", 0},
        {"The union issued a statement on Monday.\n\n“We cannot keep paying for it and we will not.”", "The union",
         "carried-stance", 0},
        /* adverbs and auxiliaries between subject and verb; communication verbs; according to */
        {"Mara Quint visited the depot and her office later released a statement.\n\n“We cannot keep paying for "
         "it.”",
         "her office", "carried-stance", 0},
        {"Mara Quint would not specify how many drivers were affected. “They were all told on Monday.”", "Mara Quint",
         "carried-stance", 0},
        {"According to Mara Quint of the depot board, the closure saves money.\n\n“We cannot keep paying for it "
         "any longer.”",
         "Mara Quint", "according-to", 0},
        /* a refusal to respond gives no one the word */
        {"Officials did not respond to requests for comment.\n\n“We cannot keep paying for it any longer.”", "", "", 1},
        /* another person named in between: the quote could be theirs */
        {"Mara Quint said the depot would close. Tomas Berg, a driver, has worked there for years. “We cannot "
         "keep paying for it.”",
         "", "", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        size_t un = 0;
        claims_of(cases[i].text, &c, &un);
        const fl_qclaim *q = first_quote(&c);
        cr_expect_eq(un, cases[i].unattributed, "%s: %zu unattributed", cases[i].text, un);
        if (cases[i].speaker[0]) {
            cr_expect(q != NULL, "%s: no quote claim", cases[i].text);
            expect_speaker(cases[i].text, q, cases[i].speaker, cases[i].how);
        } else {
            cr_expect(q == NULL, "%s: attributed to %s", cases[i].text, q ? q->speaker : "");
        }
        fl_claims_free(&c);
    }
}

/* A quote over several paragraphs: the attribution at its end speaks for all of it, whether the next
 * paragraph reopens the quote or only closes it; the parts continue one speaker. */
Test(speakers, continued_quotes)
{
    static const struct {
        const char *text;
        size_t claim;
        const char *speaker, *how;
    } cases[] = {
        {"“The first truck left at dawn.\nNobody was hurt,” said Mara Quint.\n", 0, "Mara Quint", "quote-end"},
        {"“The first truck left at dawn.\nNobody was hurt,” said Mara Quint.\n", 1, "Mara Quint", "said-after"},
        {"“The first truck left at dawn.\n\n“Nobody was hurt,” said Mara Quint.\n", 0, "Mara Quint", "quote-end"},
        {"“One truck left at dawn.\nThe second one at noon.\nNobody was hurt,” said Mara Quint.\n", 1, "Mara Quint",
         "multi-paragraph"},
        {"“The vote is close,\" Mara Quint said.", 0, "Mara Quint", "after-quote"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_claim(cases[i].text, cases[i].claim, cases[i].speaker, cases[i].how);
}

/* ambiguous-attribution counts only namesakes the document gives words to; a suffix stays in the name. */
Test(speakers, namesakes)
{
    static const struct {
        const char *text;
        size_t reports;
    } cases[] = {
        {"“We will rebuild,” said Mara Quint. Her husband, Tomas Quint, was not at the meeting. “Soon,” Quint "
         "added.",
         0},
        {"“We will rebuild,” said Mara Quint. “We will wait,” said Tomas Quint. “Soon,” Quint added.", 1},
        {"“We will rebuild,” said Rep. Tomas Quint Jr. His father, Tomas Quint, was mayor. “Soon,” Quint added.", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = unit_count("t.txt", cases[i].text, FL_RULE_AMBIGUOUS_ATTRIBUTION);
        cr_expect_eq(n, cases[i].reports, "%s: %zu reports", cases[i].text, n);
    }
}

/* quote-conflict: alignment with house style folded, excerpts at either end or in the middle, and what a
 * paraphrase is held to. Counts are reports (each side of a conflict is one). */
Test(speakers, alignment_with_folding)
{
    static const struct {
        const char *text;
        size_t conflicts;
    } cases[] = {
        /* apostrophes, hyphens, dotted initialisms, spelling variants, numerals: agree */
        {"“We can’t let the F.B.I. decide on same-sex unions in the eleventh hour,” said Mara Quint.\n\nLater.\n\n"
         "More.\n\nMara Quint said: “We can't let the FBI decide on same sex unions in the 11th hour.”",
         0},
        {"“Our defence of the programme is a matter of honour for the whole city,” said Mara Quint.\n\nLater.\n\n"
         "More.\n\nMara Quint said: “Our defense of the program is a matter of honor for the whole city.”",
         0},
        /* an excerpt at the end, at the start, and a passage left out in the middle: agree */
        {"“We will rebuild the bridge and reopen the port before the winter storms,” said Mara Quint.\n\nLater."
         "\n\nMore.\n\nMara Quint said the city would act: “reopen the port before the winter storms.”",
         0},
        {"“We will rebuild the bridge, whatever it costs us, and reopen the port before winter,” said Mara "
         "Quint.\n\nLater.\n\nMore.\n\nMara Quint said: “We will rebuild the bridge and reopen the port before "
         "winter.”",
         0},
        /* one word changed inside the aligned span: reported on both sides */
        {"“The closure was damaging to the whole harbour economy this year,” said Mara Quint.\n\nLater.\n\nMore."
         "\n\nMara Quint said: “The closure was damaging for the whole harbour economy this year.”",
         2},
        /* a negation added: reported */
        {"“I used money that should have been used for the campaign fund,” said Mara Quint.\n\nLater.\n\nMore."
         "\n\nMara Quint said: “I used money that shouldn't have been used for the campaign fund.”",
         2},
        /* a paraphrase rewritten in tense and person agrees; one that reverses the quote does not */
        {"Mara Quint said the company would keep its investment plans for the harbour this year.\n\nLater.\n\n"
         "More.\n\nMara Quint said: “We will keep our investment plans for the harbour this year.”",
         0},
        {"Mara Quint said the company would not cut investment this year.\n\nLater.\n\nMore.\n\n"
         "Mara Quint said: “We will cut investment this year.”",
         2},
        /* a negation before a shared word across a left-out passage: two cuts meeting on one word, agree */
        {"“It is not about you. It is not about your jobs. It is about a false idea of the harbour,” said Mara "
         "Quint.\n\nLater.\n\nMore.\n\nMara Quint said: “It is about a false idea of the harbour, a false plan.”",
         0},
        /* a pro-form for the noun phrase it stands for: agree */
        {"“We are here to care for the river. The river is not the goal, people are,” said Mara Quint.\n\nLater."
         "\n\nMore.\n\nMara Quint said: “We are here to care for the river. That is not the goal, people are.”",
         0},
        /* a negated verb of doubt in a paraphrase is no reversal */
        {"Mara Quint said she never questioned the mayor's honesty.\n\nLater.\n\nMore.\n\n"
         "Mara Quint said: “I believe the mayor is honest about the harbour.”",
         0},
        /* one speaker named only by surname in both stories, after "he added": one word differs, reported */
        {"“We will raise the sea wall,” Quint said. “We need to use whatever stone is necessary to finish it "
         "by June,” he added.\n\nLater.\n\nMore.\n\n“And we need to use whatever rock is necessary to finish it "
         "by June.” Quint said.",
         2},
        /* a title abbreviated by one outlet, spelt out by the other: agree */
        {"“I feel very badly for Gen. Berg and his whole family tonight,” said Mara Quint.\n\nLater.\n\nMore.\n\n"
         "Mara Quint said: “I feel badly for General Berg and his whole family tonight.”",
         0},
        /* one story repeats a line inside a longer quote, one word changed: reported on both sides */
        {"“Nobody on the quay has faced a harder winter since the war,” said Mara Quint.\n\nLater.\n\nMore.\n\n"
         "Quint returned to it at the vigil. “Nobody on the quay has lived through a harder winter since the war, "
         "and we will get through it together,” she said.",
         2},
        /* one story, two sentences that open alike: two remarks */
        {"“We will open the new school in the spring next year,” said Mara Quint.\n\nLater.\n\nMore.\n\n"
         "“We will open the new library in the autumn, and the pool after that,” Quint said.",
         0},
        /* two paraphrases: each outlet's own words, never compared */
        {"Mara Quint said the fire started in the kitchen at dawn.\n\nLater.\n\nMore.\n\n"
         "Mara Quint said the fire began in the cellar after midnight.",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = unit_count("t.txt", cases[i].text, FL_RULE_QUOTE_CONFLICT);
        cr_expect_eq(n, cases[i].conflicts, "%s: %zu conflicts", cases[i].text, n);
    }
}

/* Titles of several words before a name ("Fire Chief", "Coast Guard Commander", an organisation before a
 * title), and names with a post-modifier or an age: the name is the speaker. */
Test(speakers, compound_titles)
{
    static const struct {
        const char *text, *speaker, *how;
    } cases[] = {
        {"“The wind will decide it,” Fire Chief Orla Brennick said.", "Orla Brennick", "after-quote"},
        {"“The wind will decide it,” said Police Chief Orla Brennick.", "Orla Brennick", "said-after"},
        {"Press Secretary Orla Brennick said: “The wind will decide it.”", "Orla Brennick", "before-quote"},
        {"“The wind will decide it,” Coast Guard Commander Orla Brennick told reporters.", "Orla Brennick",
         "after-quote"},
        {"“The wind will decide it,” Harbour Board Chief Executive Orla Brennick said.", "Orla Brennick",
         "after-quote"},
        {"“The wind will decide it,” Lakeside Rovers Head Coach Orla Brennick said.", "Orla Brennick", "after-quote"},
        {"Historian Orla Brennick told the paper: “The wind will decide it.”", "Orla Brennick", "before-quote"},
        /* a post-modifier of affiliation between the name and its verb */
        {"Orla Brennick of the coast guard's northern region said: “The wind will decide it.”", "Orla Brennick",
         "before-quote"},
        /* titles (and an organisation before them) after the verb: the name is a person who speaks */
        {"“The wind will decide it,” said Harbour Board Chief Executive Orla Brennick.", "Orla Brennick", "said-after"},
        /* a middle initial belongs to the name */
        {"“The wind will decide it,” said Sen. Orla K. Brennick of the valley.", "Orla K. Brennick", "said-after"},
        /* a participle after a comma speaks for the sentence's subject, not for the noun before the comma */
        {"Orla Brennick, the mayor, compared the flood to the storm that hit Tavi Okonjo, saying “nothing like it "
         "had been seen.”",
         "Orla Brennick", "before-quote"},
        /* a company's name and a lower-case role before the name; a descriptive title before it */
        {"“The wind will decide it,” Corvane chief executive Orla Brennick told reporters.", "Orla Brennick",
         "after-quote"},
        {"“The wind will decide it,” Corvane senior vice president Orla Brennick said.", "Orla Brennick",
         "after-quote"},
        {"Pensioner Orla Brennick said: “The wind will decide it.”", "Orla Brennick", "before-quote"},
        /* the same words after "the" name an organisation, which stays a speaker of its own */
        {"“The wind will decide it,” the Coast Guard said.", "the Coast Guard", "after-quote"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_claim(cases[i].text, 0, cases[i].speaker, cases[i].how);
}

/* he/she after a sentence in which a named person said something: that person, unless the gender says
 * otherwise or another person who fits is named in between. */
Test(speakers, pronoun_carry_over)
{
    static const speaker_case cases[] = {
        /* the speaker of the sentence before, even with a common noun that is also a name elsewhere */
        {"Last year's Brookfield Fire, the largest on record, burnt for weeks.\n\nFire Chief Orla Brennick said "
         "the next two days would decide it. “We will not get ahead of this fire until the wind drops,” she told "
         "reporters.",
         0, "Orla Brennick", "pronoun"},
        {"Commander Tavi Okonjo of the coast guard's northern region said it could have been far worse. “The crew "
         "did exactly what they were trained to do,” he said.",
         0, "Tavi Okonjo", "pronoun"},
        /* an age apposition before a speech verb sets up the speaker */
        {"Orla Brennick, 62, who has lived in the valley since 1990, said she left with only her dog.\n\n“I keep "
         "thinking about the photographs,” she said.",
         0, "Orla Brennick", "pronoun"},
        /* the gender contradicts the speaker before: the nearest person who fits */
        {"Mr. Tavi Okonjo spoke to Orla Brennick, a neighbour. Mr. Okonjo said the road was shut. “We lost "
         "everything,” she said.",
         0, "Orla Brennick", "pronoun"},
        /* another person who fits is named in between: the sentence before names two, unresolved */
        {"Orla Brennick said the plan had failed and Tavi Okonjo, her deputy, agreed with it. “It is over,” he said.",
         0, "Tavi Okonjo", "pronoun"},
        {"Orla Brennick said the council had met Tavi Okonjo, a builder.\n\n“It is over,” he said.", 0, "he",
         "pronoun-ambiguous"},
        /* a name after a preposition of place is a place there, though a firm of that name speaks later */
        {"Harbour master Tavi Okonjo has just spoken to reporters on the quay in Varrow. “We will search all "
         "night,” he said.\n\nVarrow Seafoods has issued a statement saying the crew were experienced.",
         0, "Tavi Okonjo", "pronoun"},
        /* a full name after its title or role is a person even when it says nothing: the pronoun's referent */
        {"Depot manager Orla Brennick met the drivers on Friday, according to a union spokesman.\n\n“We are "
         "not reopening anything until every bus has been checked,” she told the paper.",
         0, "Orla Brennick", "pronoun"},
        {"Harwick Mayor Orla Brennick walked the flooded lanes with the fire crews.\n\n“We are counting the "
         "damage door by door,” she said.",
         0, "Orla Brennick", "pronoun"},
        /* a title and a role before a colon: "Chief executive S apologised: “Q”" */
        {"Chief executive Orla Brennick apologised in a statement: “This should never have happened, and I am "
         "sorry.”",
         0, "Orla Brennick", "colon"},
        /* a title and lower-case role words before a colon, after a time stamp; initials before the role */
        {"16:40 Deputy harbourmaster Orla Brennick: “Nobody should cross to the island tonight.”", 0, "Orla Brennick",
         "colon"},
        {"20:15 - HTA operations director Orla Brennick has spoken to reporters at the quay: “We are truly "
         "sorry.”",
         0, "Orla Brennick", "colon"},
        /* a name with a word of an organisation after a role is no person */
        {"Inspectors from the state Harbour Safety Office examined the pier.\n\n“The pier is closed,” she "
         "said.",
         0, "she", "after-quote"},
    };
    run_speaker_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A he/she reaches back along paragraphs that only go on about someone by that pronoun; an aside in
 * parentheses names no antecedent; a full name after any common noun, subject of a finite verb, is a person. */
Test(speakers, pronoun_chains)
{
    static const speaker_case cases[] = {
        /* a chain of narrative paragraphs, each with a he that fits */
        {"Tavi Okonjo, a ferry captain, sailed the strait for thirty years.\n\nLast winter he retired.\n\nBut he "
         "still walks the quay every morning.\n\n“The sea does not let you go,” he said.",
         0, "Tavi Okonjo", "pronoun"},
        /* a paragraph between with no pronoun breaks the chain */
        {"Tavi Okonjo, a ferry captain, sailed the strait for thirty years.\n\nThe harbour was rebuilt in "
         "May.\n\nThe quay is quiet now.\n\n“The sea does not let you go,” he said.",
         0, "he", "after-quote"},
        /* a name in a parenthetical aside is no antecedent */
        {"The captain swiped at one rival (presumably Sen. Rui Costa) for his votes.\n\n“The sea does not let "
         "you go,” he said.",
         0, "he", "after-quote"},
        /* a name nobody was introduced by in the pronoun's own paragraph is nearer than the chain */
        {"Ana Ruiz, a nurse, ran the ward.\n\nLater she retired.\n\nWhen Kathy was hurt, she cried: “Help "
         "me.”",
         0, "she", "before-quote"},
        /* a verb after the quote opens a clause of the subject before it, not a noun phrase */
        {"Tor Fenn, a trader, was blunt. He admitted he “lost money that was not mine,” calling the charge "
         "fair and saying he was sorry.",
         0, "Tor Fenn", "pronoun"},
        /* any common noun before a full name that is a finite verb's subject: the name is a person */
        {"Talk show host Tavi Okonjo closed the conference on Saturday.\n\n“The sea does not let you go,” he "
         "said.",
         0, "Tavi Okonjo", "pronoun"},
    };
    run_speaker_cases(cases, sizeof cases / sizeof cases[0]);
}

/* quote-conflict reports between two stories (documents a.txt and b.txt); the message of the one at a.txt
 * goes to *msg when msg is given (owned; NULL when none). */
static size_t conflicts_with(const char *one, const char *two, char **msg);

static size_t conflicts_across(const char *one, const char *two)
{
    return conflicts_with(one, two, NULL);
}

static size_t conflicts_with(const char *one, const char *two, char **msg)
{
    fl_doc *d[2] = {unit_doc("a.txt", one), unit_doc("b.txt", two)};
    fl_claims c;
    memset(&c, 0, sizeof c);
    for (size_t i = 0; i < 2; i++) {
        fl_speech sp = {0};
        fl_speech_extract(d[i], unit_rules(), NULL, 0, i, &c, &sp);
        fl_speech_free(&sp);
    }
    fl_sink s = {0};
    fl_join_quotes(unit_rules(), &c, NULL, &s);
    size_t n = 0;
    if (msg)
        *msg = NULL;
    for (size_t i = 0; i < s.len; i++) {
        n += s.items[i].rule == FL_RULE_QUOTE_CONFLICT;
        if (msg && !*msg && s.items[i].rule == FL_RULE_QUOTE_CONFLICT && strcmp(s.items[i].file, "a.txt") == 0)
            *msg = strdup(s.items[i].message);
    }
    fl_sink_free(&s);
    fl_claims_free(&c);
    fl_doc_free(d[0]);
    fl_doc_free(d[1]);
    return n;
}

/* Is it one remark? Two stories quote one speaker; the decision is per pair of direct quotes. */
Test(speakers, same_remark)
{
    static const struct {
        const char *one, *two;
        size_t conflicts;
    } cases[] = {
        /* one sentence reworded by one outlet: same shape, most content words in order, a phrase in common */
        {"“We cannot accept a contract that puts the harbour's future at risk,” said Orla Brennick.",
         "“We will not sign a contract that puts this harbour's future in danger,” Orla Brennick said.", 2},
        {"“These bells rang for nine centuries over the valley, and now they are gone in a single week,” said Orla "
         "Brennick.",
         "“These chimes rang nine centuries over the town, and we lost them in one week,” Orla Brennick said.", 2},
        /* the same opening, then two different endings: two remarks */
        {"“These bells rang for nine centuries over the valley, and now they are silent for good,” said Orla "
         "Brennick.",
         "“These bells rang for nine centuries over the valley before the town even had a name,” Orla Brennick "
         "said.",
         0},
        /* a longer rewording between firm anchors */
        {"“The pilots did exactly what they were trained to do, and that is why everyone came home tonight,” "
         "said Orla Brennick.",
         "“The pilots did what they were trained to do, and that is the reason every person got home tonight,” "
         "Orla Brennick said.",
         2},
        /* two different sentences that open alike */
        {"“We will not sign a contract that leaves the drivers without a pension,” said Orla Brennick.",
         "“We will not sign a contract before the board has seen the accounts,” Orla Brennick said.", 0},
        /* two remarks on one topic: a few content words shared, not in one shape */
        {"“The harbour will reopen next spring once the new wall is finished,” said Orla Brennick.",
         "“Nobody should expect the harbour to make money before the wall is paid for,” Orla Brennick said.", 0},
        /* the same remark in the same words: agree */
        {"“We cannot accept a contract that puts the harbour's future at risk,” said Orla Brennick.",
         "“We cannot accept a contract that puts the harbour’s future at risk,” Orla Brennick said.", 0},
        /* a paraphrase against a quote is held only to what carries meaning */
        {"Orla Brennick said the union could not accept a contract that put the harbour's future at risk.",
         "“We cannot accept a contract that puts the harbour's future at risk,” Orla Brennick said.", 0},
        /* one outlet quotes both sayings: the other outlet's is one of them, not a misquote */
        {"“We have a big job ahead, and we have work to do,” said Orla Brennick. Later she added: “We have a "
         "hard job ahead.”",
         "“We have a big job ahead, and we have work to do,” Orla Brennick said.", 0},
        /* a reversed predicate is no reversal when the quote says both */
        {"Orla Brennick said there was a chance of losing the harbour contract.",
         "“There is a chance we win the harbour contract, and a chance we could lose the harbour contract,” Orla "
         "Brennick said.",
         0},
        /* two different speakers with one surname are not joined */
        {"“We cannot accept a contract that puts the harbour's future at risk,” said Orla Brennick.",
         "“We will not sign a contract that puts this harbour's future in danger,” Tomas Brennick said.", 0},
        /* the last word rewritten, the rest in common: one remark, reported */
        {"“The divers searched every wreck in the bay, and they searched it carefully,” said Orla Brennick.",
         "“The divers searched every wreck in the bay, and they searched it thoroughly,” Orla Brennick said.", 2},
        {"“We will rebuild the pier and we will open it to the village,” said Orla Brennick.",
         "“We will rebuild the pier and we will open it to the families,” Orla Brennick said.", 2},
        /* a shorter excerpt, or two endings that go on with words of their own: no rewritten last word */
        {"“The divers searched every wreck in the bay, and they searched it carefully,” said Orla Brennick.",
         "“The divers searched every wreck in the bay,” Orla Brennick said.", 0},
        {"“The divers searched every wreck in the bay, and then the storm came back in the night,” said Orla "
         "Brennick.",
         "“The divers searched every wreck in the bay before the lifeboat crews were even called out,” Orla "
         "Brennick said.",
         0},
        /* the same word for word on one side: the other side's ending is the same word written apart */
        {"“The divers searched every wreck in the bay, and they searched it at nightfall,” said Orla Brennick.",
         "“The divers searched every wreck in the bay, and they searched it at night fall,” Orla Brennick said.", 0},
        /* a written remark and a spoken one that share a stock phrase: two occasions, not one remark; with a
         * medium named on one side only they are compared */
        {"Orla Brennick wrote in a letter to the board that the delay “only deepens our need to know who signed "
         "the order, when they signed it and why they signed it.”",
         "“I need to know who signed it and when they signed it and above all why they signed it,” Orla Brennick "
         "said in an interview.",
         0},
        {"Orla Brennick wrote in a letter to the board that the delay “only deepens our need to know who signed "
         "the order, when they signed it and why they signed it.”",
         "“I need to know who signed it and when they signed it and above all why they signed it,” Orla Brennick "
         "said.",
         2},
        {"“I want to know who signed the order, when they signed it and why they signed it,” Orla Brennick wrote.",
         "“I want to know who approved the order, when they signed it and why they signed it,” Orla Brennick said.", 2},
        /* a statement read out, nearly word for word: still one remark */
        {"“We will close the yard for a week and pay every worker in full,” Orla Brennick said in a statement.",
         "“We will close the yard for a week and pay each worker in full,” Orla Brennick said in an interview.", 2},
        /* a company's name before a lower-case role: the full name after it is the speaker, joined with the
         * name the other outlet gives */
        {"“The pilots kept every passenger calm through the whole descent,” Corvane chief executive Orla "
         "Brennick said.",
         "Orla Brennick said: “The pilots kept every passenger calm through the entire descent.”", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = conflicts_across(cases[i].one, cases[i].two);
        cr_expect_eq(n, cases[i].conflicts, "%s / %s: %zu conflicts", cases[i].one, cases[i].two, n);
    }
}

/* A paraphrase against a quote of one remark, fifth pass: a negation on one side only is a reversal when it
 * negates the same predicate or a synonym inside its clause, with no limit on the negated side only; a
 * negated opposite agrees; the message names the words of each side. The message at a.txt ("" when there
 * is no conflict). */
Test(speakers, paraphrase_polarity)
{
    static const struct {
        const char *one, *two, *msg;
    } cases[] = {
        {"Mayor Petra Lund said on Monday that the council would not close the Harbour Street library this year.",
         "“We will close the Harbour Street library this year,” Lund told reporters.",
         "\"would not close\" here, \"will close\" there"},
        /* a synonym of the predicate */
        {"Mayor Petra Lund said the council would not cut spending on the ferry next year.",
         "“We will trim spending on the ferry next year,” Lund told reporters.",
         "\"would not cut spending\" here, \"will trim spending\" there"},
        /* a limit on the negated side only: no reversal; on both sides: a reversal */
        {"Mayor Petra Lund said the Harbour Street library would not reopen until the spring.",
         "“The Harbour Street library will reopen in the spring,” Lund told reporters.", ""},
        {"Mayor Petra Lund said the union would call off the ferry strike before the members had voted.",
         "“We will not call off the ferry strike before the members have voted,” Lund told reporters.",
         "\"would call\" here, \"will not call\" there"},
        /* both negated, with different verb groups */
        {"Mayor Petra Lund said the council would not sell the old ferry depot.",
         "“We are not going to sell the old ferry depot,” Lund told reporters.", ""},
        /* a different predicate on one side: "keep" is not "not sell" word for word, and is no reversal */
        {"Mayor Petra Lund said the council would keep the old ferry depot.",
         "“We won't sell the old ferry depot,” Lund told reporters.", ""},
        /* a negated opposite agrees */
        {"Mayor Petra Lund said the council would not raise ferry fares next year.",
         "“We will freeze ferry fares next year,” Lund told reporters.", ""},
        /* a negation of a noun, and a clause of its own, negate no shared predicate */
        {"Mayor Petra Lund said the council had no one to run the old ferry depot.",
         "“We will run the old ferry depot ourselves,” Lund told reporters.", ""},
        {"Mayor Petra Lund said she did not know whether the council would sell the old ferry depot.",
         "“We will sell the old ferry depot,” Lund told reporters.", ""},
        /* a noun after a preposition is not what is asserted */
        {"Mayor Petra Lund said nobody had hurt the depot's chances of becoming a ferry museum.",
         "“The old depot is not going to become a ferry museum,” Lund told reporters.", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *msg;
        conflicts_with(cases[i].one, cases[i].two, &msg);
        if (cases[i].msg[0])
            cr_expect(msg && strstr(msg, cases[i].msg), "%s / %s: %s", cases[i].one, cases[i].two, msg ? msg : "none");
        else
            cr_expect(msg == NULL, "%s / %s: %s", cases[i].one, cases[i].two, msg);
        free(msg);
    }
}

/* A paragraph between that only goes on about the speaker ("In her old age, she refused to ...") keeps them
 * the speaker of a quote that follows; one about someone else (he, not she) does not. */
Test(speakers, carry_across_a_pronoun_paragraph)
{
    static const struct {
        const char *text, *speaker; /* of the last direct quote; "" when it stays unattributed */
        size_t unattributed;
    } cases[] = {
        {"Mara Quint said she was tired.\n\n“I have no idea why they still ask,” she told the paper.\n\nIn her "
         "old age, she refused to give interviews.\n\n“I want to be remembered as I was when I was young.”",
         "Mara Quint", 0},
        {"Mara Quint said she was tired.\n\n“I have no idea why they still ask,” she told the paper.\n\nIn his "
         "old age, he refused to give interviews.\n\n“I want to be remembered as I was when I was young.”",
         "", 1},
        {"Mara Quint said she was tired.\n\n“I have no idea why they still ask,” she told the paper.\n\nIn her "
         "old age, she refused to see Tomas Berg, a cousin.\n\n“I want to be remembered as I was when I was "
         "young.”",
         "", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        size_t un = 0;
        claims_of(cases[i].text, &c, &un);
        const fl_qclaim *last = NULL;
        for (size_t k = 0; k < c.nquote; k++)
            if (c.quotes[k].direct)
                last = &c.quotes[k];
        cr_expect_eq(un, cases[i].unattributed, "%s: %zu unattributed", cases[i].text, un);
        cr_expect(last != NULL, "%s: no quote", cases[i].text);
        if (last && cases[i].speaker[0])
            cr_expect_str_eq(last->speaker, cases[i].speaker, "%s: speaker %s", cases[i].text, last->speaker);
        else if (last)
            cr_expect(strstr(last->text, "remembered") == NULL, "%s: attributed to %s", cases[i].text, last->speaker);
        fl_claims_free(&c);
    }
}

/* The last direct quote's claim, or NULL. */
static const fl_qclaim *last_quote(const fl_claims *c)
{
    for (size_t i = c->nquote; i-- > 0;)
        if (c->quotes[i].direct)
            return &c->quotes[i];
    return NULL;
}

/* The last quote of each text: its speaker and how it was found ("" speaker: the quote has no claim). */
typedef struct {
    const char *text, *speaker, *how;
} last_case;

static void run_last_quote_cases(const last_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        fl_claims c;
        claims_of(cases[i].text, &c, NULL);
        const fl_qclaim *q = last_quote(&c);
        if (cases[i].speaker[0]) {
            cr_expect(q != NULL, "%s: no quote claim", cases[i].text);
            expect_speaker(cases[i].text, q, cases[i].speaker, cases[i].how);
        } else {
            /* the final quote has no claim */
            const char *open = strrchr(cases[i].text, '\xE2');
            while (open && open > cases[i].text && strncmp(open, "“", 3) != 0)
                open--;
            for (size_t k = 0; k < c.nquote; k++)
                cr_expect(!open || strncmp(c.quotes[k].text, open + 3, strlen(c.quotes[k].text)) != 0,
                          "%s: attributed to %s (%s)", cases[i].text, c.quotes[k].speaker, c.quotes[k].how);
        }
        fl_claims_free(&c);
    }
}

/* The discourse model, fourth pass: a person introduced in the sentence before a bare quote; the speaker's
 * own voice carried over quiet paragraphs; the answer to a question goes to the one asked; a title of
 * unlisted words before a name. The last quote of each text is checked ("" speaker: unattributed). */
Test(speakers, discourse_voice_and_questions)
{
    static const last_case cases[] = {
        /* the one told is the audience of reported speech, not another who may have said the quote */
        {"Judge Petra Lund told Sven Ekholm that he had treated the fund as his own. “You betrayed every family in "
         "this town.”",
         "Petra Lund", "carried-speech"},
        /* a person named in a sentence between still ends the carry */
        {"Judge Petra Lund told Sven Ekholm that he had treated the fund as his own. His lawyer, Ana Ruiz, "
         "stood up. “You betrayed every family in this town.”",
         "", ""},
        /* introduced by the sentence before, in its paragraph */
        {"Petra Lund, 41, a ferry pilot, was on the bridge when the engine stopped. “Then the lights went out and "
         "the deck tilted.”",
         "Petra Lund", "introduced"},
        /* not when the quote speaks of the person (words about her, not hers) */
        {"Petra Lund, 41, a ferry pilot, died when the engine room flooded. “She was the calmest person on the "
         "boat.”",
         "", ""},
        /* not when a second person is named in that sentence */
        {"Petra Lund, 41, was on the bridge with Sven Ekholm when the engine stopped. “Then the lights went out "
         "and the deck tilted.”",
         "", ""},
        /* the speaker's own voice, two quiet paragraphs on */
        {"“The engine stopped at noon,” a coastguard spokeswoman said.\n\nThe ferry drifted for two hours.\n\n"
         "Tugs towed it to the harbour.\n\n“We reached every passenger before dark.”",
         "a coastguard spokeswoman", "voice"},
        /* not without the first person */
        {"“The engine stopped at noon,” a coastguard spokeswoman said.\n\nThe ferry drifted for two hours.\n\n"
         "“It was the worst storm in years and the waves were enormous.”",
         "", ""},
        /* someone else given the word in between speaks now */
        {"“The engine stopped at noon,” a coastguard spokeswoman said.\n\nThe harbour master said the tugs were "
         "late.\n\n“We reached every passenger before dark.”",
         "The harbour master", "carried-speech"},
        /* not when someone else is named in between */
        {"“The engine stopped at noon,” a coastguard spokeswoman said.\n\nPetra Lund, the pilot, stayed on the "
         "bridge.\n\n“We reached every passenger before dark.”",
         "", ""},
        /* not too far on */
        {"“The engine stopped at noon,” a coastguard spokeswoman said.\n\nThe ferry drifted.\n\nTugs came.\n\n"
         "The storm eased.\n\nThe port reopened.\n\n“We reached every passenger before dark.”",
         "", ""},
        /* the answer to a question is the answerer's */
        {"Petra Lund, the ferry's owner, met the crews on Monday. Sven Ekholm, a union official, asked whether "
         "the night crossing would stay. “We will keep it until the spring,” she said.",
         "Petra Lund", "pronoun"},
        {"Reporters asked Petra Lund whether the night crossing would stay. “We will keep it until the spring,” "
         "she said.",
         "Petra Lund", "pronoun"},
        /* unlisted words of a title before the name, between listed ones or before it */
        {"“The crossing will resume in March,” said Chief Navigation Officer Petra Lund.", "Petra Lund", "said-after"},
        {"“The crossing will resume in March,” said Regional Fleet Lead Petra Lund.", "Petra Lund", "said-after"},
        /* a sentence's opening word before a name it does not belong to */
        {"“The crossing is safe,” said Petra Lund.\n\nMeanwhile Petra Lund said: “The ferry will sail at dawn.”",
         "Petra Lund", "before-quote"},
        {"Separately Petra Lund said: “The ferry will sail at dawn.”", "Petra Lund", "before-quote"},
        /* a first name that is also a word stays a name */
        {"Grant Ellis Moore said: “The ferry will sail at dawn.” The grant was paid.", "Grant Ellis Moore",
         "before-quote"},
        /* a headline with no final stop is no part of the name that opens the next paragraph */
        {"Ferry Returns\n\nPetra Lund said: “The ferry will sail at dawn.”", "Petra Lund", "before-quote"},
        /* a long run with a word of an organisation stays an organisation */
        {"“The crossing will resume in March,” said Northern Ferry Holdings Group.", "Northern Ferry Holdings Group",
         "said-after"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The discourse carry over a paragraph's end, fifth pass: a person introduced by the last sentence of the
 * paragraph before speaks the quote that opens the next; reported speech carries a person, but a description
 * only to a quote in its voice; the one told is never the speaker. */
Test(speakers, carry_across_paragraphs)
{
    static const last_case cases[] = {
        /* introduced at the end of the paragraph before */
        {"Petra Lund, 41, a ferry pilot, was on the bridge when the engine stopped.\n\n“Then the lights went out "
         "and the deck tilted.”",
         "Petra Lund", "introduced"},
        {"The ferry left at dawn.\n\nStudent Petra Lund, 19, was in the bar when it listed.\n\n“We were thrown "
         "against the tables, but nobody near us was hurt.”",
         "Petra Lund", "introduced"},
        /* not when a sentence follows the introduction in its paragraph */
        {"Petra Lund, 41, a ferry pilot, was on the bridge when the engine stopped. The ferry drifted for an "
         "hour.\n\n“Then the lights went out and the deck tilted.”",
         "", ""},
        /* not when someone was given the word earlier in that paragraph */
        {"Sven Ekholm said the crossing was safe. Petra Lund, 41, was on the bridge when the engine stopped.\n\n"
         "“Then the lights went out and the deck tilted.”",
         "", ""},
        /* not when someone quoted a paragraph or two before may be going on */
        {"“The storm came early,” a coastguard spokeswoman said.\n\nPetra Lund, 41, a ferry pilot, was on the "
         "bridge when the engine stopped.\n\n“Then the lights went out and the deck tilted.”",
         "", ""},
        /* not when the quote speaks of someone as he or she */
        {"Petra Lund, 41, a ferry pilot, died when the engine room flooded.\n\n“She was the calmest person on "
         "the boat.”",
         "", ""},
        /* reported speech of a person carries to the next paragraph's quote */
        {"Petra Lund said crossings would run every hour.\n\n“It sounded like thunder and then the deck "
         "lifted.”",
         "Petra Lund", "previous-paragraph"},
        /* a description's reported clause does not, unless the quote is in its voice */
        {"The ferry line said in a statement that crossings would resume.\n\n“The safety of passengers comes "
         "first and the boats are being checked.”",
         "The ferry line", "carried-speech"},
        {"The first ferry left at noon, and the operator says crossings will run every hour until the storm "
         "passes.\n\n“It sounded like thunder, and then the deck lifted and everyone was screaming.”",
         "", ""},
        {"The operator says crossings will run every hour.\n\n“We will add a second boat when the storm "
         "passes.”",
         "The operator", "carried-speech"},
        /* a stance verb of a description still carries (its statement follows) */
        {"The ferry line issued a statement on Monday.\n\n“The crossing will resume when the storm passes.”",
         "The ferry line", "carried-stance"},
        /* the one told after a subject the carry cannot read is not the speaker */
        {"Northwind Dairy, which trades as the Valley Creamery, told the licensing board it would stop paying.\n\n"
         "“We will make no further payments on our loans.”",
         "Northwind Dairy", "previous-paragraph"},
        {"Northwind Dairy, which trades as the Valley Creamery, told the licensing board it would stop paying.\n\n"
         "“We will make no further payments on our loans,” Petra Lund, its chief executive, notified the board.",
         "Petra Lund", "after-quote"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Speakers that do not go on: a personal account after narrative paragraphs (a bare quote may be any
 * witness's; only the "we" of an office goes on), and a quote in a live-blog entry of its own, whose time
 * stamp before a dash or colon introduces no one. The traps stay attributed. */
Test(speakers, personal_voice_and_time_stamps)
{
    static const last_case cases[] = {
        /* a witness who spoke as "I"/"my" is not the voice of a bare quote two paragraphs of narrative on */
        {"“We heard a crack, and my son started crying,” said Tor Fenn, 39, a visitor from Leeds.\n\nThe family "
         "were brought down by rope.\n\nThe gondola was built in 2011 and carries six people.\n\n“Nobody told us "
         "anything for an hour.”",
         "", ""},
        /* an office that has spoken only as "we" goes on in its voice */
        {"“We closed the pier at noon,” a harbour spokesman said.\n\nThe storm passed overnight.\n\n“We will "
         "reopen it on Friday once the divers are done.”",
         "a harbour spokesman", "voice"},
        /* a time stamp before a dash or a colon introduces no one */
        {"23:30 - “The corridor was full of smoke, so we crawled out with towels over our faces.”", "", ""},
        {"Monday, 9.40pm: “The corridor was full of smoke, so we crawled out with towels over our faces.”", "", ""},
        /* nor does the entry before carry its speaker to a quote in an entry of its own */
        {"22:55 - Fire officer Ana Ruiz said two floors were burning.\n\n23:30 - “The corridor was full of smoke, "
         "so we crawled out with towels over our faces.”",
         "", ""},
        /* the traps: a colon after a speaker, after words of the writer's, and "He said:" after the person (the
         * colon gives no one the quote; the pronoun is the one person the story has introduced) */
        {"Fire officer Ana Ruiz said: “The corridor was full of smoke, so we crawled out.”", "Ana Ruiz",
         "before-quote"},
        {"Ana Ruiz, the fire officer, reached the door at 23:30: “The corridor was full of smoke.”", "Ana Ruiz",
         "colon"},
        {"Tor Fenn, 39, was in the cabin behind with his two sons. He said: “We heard a crack and then the cabin "
         "in front was gone.”",
         "Tor Fenn", "pronoun"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* He or she opening a sentence has its gender too; a name's possessive is no subject ("Edda Vorn’s lawyer"),
 * and after such a person, whose name is not given, a pronoun is theirs, not someone named further back. */
Test(speakers, pronouns_and_possessives)
{
    static const last_case cases[] = {
        {"Edda Vorn said the ferry would run again in May. She said: “The engines have been rebuilt and tested.”",
         "Edda Vorn", "pronoun"},
        {"Tor Fenn, the harbour master, said the quay was safe.\n\nHe added: “Nobody will be allowed on the old "
         "pier.”",
         "Tor Fenn", "pronoun"},
        /* a possessive: the one the name owns speaks */
        {"Edda Vorn’s lawyer, meanwhile, attacked the ruling, saying the court “had ignored every piece of "
         "evidence.”",
         "Edda Vorn’s lawyer", "before-quote"},
        {"“The court ignored every piece of evidence,” Edda Vorn’s lawyer said.", "Edda Vorn’s lawyer", "after-quote"},
        /* a pronoun after a person given by a role is theirs, not the person named before */
        {"Edda Vorn said the ruling was wrong.\n\nThe board's lawyer said an appeal had been lodged. “We will "
         "win it in the spring,” he added.",
         "he", "after-quote"},
        /* unless someone who fits is named after the role: the nearest one */
        {"The governor said the bill would be rewritten. Tor Fenn, though, refused to take credit. “I did not "
         "sway my father,” he said.",
         "Tor Fenn", "pronoun"},
        /* a person's lawyer is not the one person the document calls a lawyer */
        {"Tor Fenn, a lawyer, said the review was slow.\n\nThe delays were “the result of bureaucratic "
         "errors,” Mr. Vorn’s lawyer wrote last month.",
         "Vorn’s lawyer", "after-quote"},
        /* the lawyer's name after the possessive phrase is the speaker */
        {"Edda Vorn’s lawyer Tor Fenn later said he wrote the letter, saying he “did not mean to break the "
         "news.”",
         "Tor Fenn", "before-quote"},
        /* but an organisation is no "he": the person named before */
        {"Tor Fenn said the ruling was wrong.\n\nThe ministry said an appeal had been lodged. “We will win it in "
         "the spring,” he added.",
         "Tor Fenn", "pronoun"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A person introduced with an age stays a person when a title or an apposition also says so, and a role that
 * opens its sentence, capitalised there, is the title of the full name after it; a pronoun in a later
 * paragraph then finds them. An age alone, with no attribution, still makes no one a person. */
Test(speakers, titled_and_aged_people)
{
    static const last_case cases[] = {
        {"Pilot Petra Lund, 58, has flown the route for 30 years.\n\nReached by phone, she told the paper: "
         "“The swell came from nowhere and there was nothing I could do.”",
         "Petra Lund", "pronoun"},
        {"The pilot, Petra Lund, 58, has flown the route for 30 years.\n\nReached by phone, she told the paper: "
         "“The swell came from nowhere and there was nothing I could do.”",
         "Petra Lund", "pronoun"},
        /* the role is no part of the name */
        {"Driver Sven Ekholm told the paper: “I could not see the end of my own bonnet.”", "Sven Ekholm",
         "before-quote"},
        /* an age alone: no one to resolve to */
        {"Petra Lund, 58, was found on the shore.\n\nReached by phone, she told the paper: “The swell came from "
         "nowhere.”",
         "she", "before-quote"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A colon introduction whose sentence opens with a fronted phrase or clause: the subject of the clause before
 * the colon speaks, by the sentence's parse. */
Test(speakers, colon_after_fronted_phrase)
{
    static const last_case cases[] = {
        {"“The swell came from nowhere,” said Petra Lund.\n\nAsked what she remembered most, Lund repeated: "
         "“There was nothing I could do.”",
         "Petra Lund", "colon"},
        {"After the hearing on Monday, Petra Lund repeated her view: “The ruling is wrong.”", "Petra Lund", "colon"},
        {"Reached by phone in Lyon, France, Petra Lund was blunt: “The ruling is wrong.”", "Petra Lund", "colon"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Forms of attribution that name the speaker around the quote: a participle aside between the name and its verb,
 * a name suffix's full stop before an appositive, a capitalised role before a name, a speech noun the name owns
 * at the head of its clause, a name after its titles that is a preposition's object, a titled surname with no
 * full name, a participle that goes on from the speech verb, an owner named between a stance verb and its quote,
 * a chain of pronouns through "he said" paragraphs, and a surname shared by namesakes. */
Test(speakers, attribution_forms)
{
    static const last_case cases[] = {
        {"Skipper Rosa Vell, speaking at the slipway, said: “The ramp failed in the night.”", "Rosa Vell",
         "before-quote"},
        {"Tomas Brell Jr., a lawyer for the co-op, said the vote was void.\n\n“The members were never asked,” he "
         "said.",
         "Tomas Brell Jr", "pronoun"},
        {"06:20 - Skipper Ilse Marden has spoken to our reporter at the quay: “We lost the mast at dawn.”",
         "Ilse Marden", "colon"},
        {"Engineer Lorna Tait said the mains were old.\n\nMs Tait's warning – “This street will flood again unless "
         "the mains are replaced” – was echoed by traders.",
         "Lorna Tait", "before-quote"},
        {"Mr. Halvorsen asserted that the plan was sound.\n\n“We will finish the bridge by May,” he said.", "Halvorsen",
         "pronoun"},
        {"“It is a shame,” Arne Halvorsen said, before again claiming that the mayor “lied to the council about the "
         "bridge.”",
         "Arne Halvorsen", "before-quote"},
        {"Dr. Eva Brandt said the trial had ended.\n\nMayor Ana Ruiz lauded Dr. Brandt's work at the launch. “She is "
         "one of the finest doctors in the country.”",
         "Ana Ruiz", "carried-stance"},
        {"Tor Haugen, the keynote speaker, ripped into the budget on Saturday.\n\n“It is not enough to cut a "
         "little,” he said.\n\nNoting that he was a former accountant, he said the books were a mess.\n\n“My name "
         "is the council and I have a problem,” he declared.",
         "Tor Haugen", "pronoun"},
        /* the namesake named in full so far; both named before: the surname stays ambiguous */
        {"Former mayor Oskar Lind Jr. pleaded guilty on Monday.\n\n“I let the town down,” Lind said.\n\nHis wife, "
         "Greta Lind, said she would appeal.",
         "Oskar Lind Jr", "after-quote"},
        {"Former mayor Oskar Lind Jr. pleaded guilty on Monday. His wife, Greta Lind, said she would appeal.\n\n“I "
         "let the town down,” Lind said.",
         "Lind", "after-quote"},
    };
    run_last_quote_cases(cases, sizeof cases / sizeof cases[0]);
    /* a lawyer for the person speaks, not the person: the quote is the speech verb's, no one named */
    const char *lawyer = "Ana Ruiz said the case was closed.\n\nA lawyer for Mrs. Ruiz said: “There is no need to "
                         "hand over the files.”";
    fl_claims c;
    claims_of(lawyer, &c, NULL);
    const fl_qclaim *q = last_quote(&c);
    cr_expect(q != NULL, "%s: no quote claim", lawyer);
    if (q)
        cr_expect_str_eq(q->speaker, "", "%s: speaker %s", lawyer, q->speaker);
    fl_claims_free(&c);
}
