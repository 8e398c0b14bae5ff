/* test_syntax.c - the shallow syntactic layer (checker/syntax/): tags of news sentences, noun phrases and
 * their modifiers, quantities, verb groups, clause splits, subjects, appositions, PP attachment and the
 * speakers of speech verbs. */
#include <stdlib.h>

#include "syntax/syntax.h"
#include "unit.h"

static fl_syntax *sx;

static const fl_syntax *syntax(void)
{
    if (!sx) {
        const char *env = getenv("FACTLINT_RULES");
        fl_buf err = {0};
        sx = fl_syntax_load(env && *env ? env : "../../rules", &err);
        if (!sx)
            cr_assert_fail("cannot load the syntax model: %s", fl_buf_cstr(&err));
        fl_buf_free(&err);
    }
    return sx;
}

/* A sentence tokenized and parsed; free with sent_free. */
typedef struct {
    const char *text;
    fl_token *toks;
    fl_str *words;
    fl_parse *p;
} sent;

static sent sent_parse(const char *text)
{
    sent s = {text, NULL, NULL, NULL};
    size_t n = fl_tokenize_text(text, 0, strlen(text), &s.toks);
    s.words = calloc(n ? n : 1, sizeof *s.words);
    fl_syntax_words(text, s.toks, n, s.words);
    s.p = fl_syntax_parse(syntax(), s.words, n);
    return s;
}

static void sent_free(sent *s)
{
    fl_parse_free(s->p);
    free(s->words);
    free(s->toks);
}

/* The index of the k-th (0-based) token spelled w, or a test failure. */
static size_t tok_nth(const sent *s, const char *w, int k)
{
    for (size_t i = 0; i < s->p->n; i++)
        if (s->words[i].len == strlen(w) && memcmp(s->words[i].ptr, w, s->words[i].len) == 0 && k-- == 0)
            return i;
    cr_assert_fail("%s: no token \"%s\"", s->text, w);
    return 0;
}

static size_t tok(const sent *s, const char *w)
{
    return tok_nth(s, w, 0);
}

/* The word of token i as a string (for messages and comparisons); a static buffer. */
static const char *word(const sent *s, long i)
{
    static char buf[8][64];
    static int k;
    if (i < 0 || (size_t)i >= s->p->n)
        return "(none)";
    char *b = buf[k++ % 8];
    snprintf(b, 64, "%.*s", (int)s->words[i].len, s->words[i].ptr);
    return b;
}

/* The head word of NP np, or "(none)". */
static const char *head(const sent *s, int np)
{
    return np < 0 ? "(none)" : word(s, s->p->nps[np].head);
}

/* The words of tokens [a, b) joined by spaces; a static buffer. */
static const char *span(const sent *s, size_t a, size_t b)
{
    static char buf[4][256];
    static int k;
    char *o = buf[k++ % 4];
    o[0] = 0;
    for (size_t i = a; i < b && i < s->p->n; i++)
        snprintf(o + strlen(o), 256 - strlen(o), "%s%s", i > a ? " " : "", word(s, (long)i));
    return o;
}

Test(syntax, load_fails_cleanly)
{
    fl_buf err = {0};
    fl_syntax *none = fl_syntax_load("/nonexistent-rules-dir", &err);
    cr_expect_null(none);
    cr_expect(strstr(fl_buf_cstr(&err), "pos-model.tsv") != NULL, "error: %s", fl_buf_cstr(&err));
    fl_buf_free(&err);
}

Test(syntax, tags_of_news_sentences)
{
    static const struct {
        const char *text;
        const char *word;
        int nth;
        int tag;
    } cases[] = {
        /* the corrections of words in -s: a noun after a number, a verb after ", which" or before digits */
        {"The agency approved 4,800 requests, the report said.", "requests", 0, FL_TAG_NOUN},
        {"The agency approved 4,800 requests to date.", "requests", 0, FL_TAG_NOUN},
        {"The agency now confirms 23 cases.", "cases", 0, FL_TAG_NOUN},
        {"The agency now confirms 23 cases in total.", "cases", 0, FL_TAG_NOUN},
        {"The budget for 2030-31 includes a reserve.", "includes", 0, FL_TAG_VBP},
        {"The updated Notewise 09 allows users to record.", "allows", 0, FL_TAG_VBP},
        {"Release 3 allows users to record.", "allows", 0, FL_TAG_VBP},
        {"The depot, which stores about 2,000 crates, closed.", "stores", 0, FL_TAG_VBP},
        {"The warehouse stores 2,000 crates.", "stores", 0, FL_TAG_VBP},
        {"The trade figures 2023 were revised.", "figures", 0, FL_TAG_NOUN},
        /* a predeterminer after a determiner with no noun after it is a noun; a first word read as an imperative
         * before a preposition, with a finite verb later in its clause, is its subject */
        {"Revenue in the half reached 221.4 million pounds.", "half", 0, FL_TAG_NOUN},
        {"Revenue in the first half reached 221.4 million pounds.", "half", 0, FL_TAG_NOUN},
        {"Revenue in the half reached 221.4 million pounds.", "Revenue", 0, FL_TAG_NOUN},
        {"Half the staff left.", "Half", 0, FL_TAG_DET},
        /* no adverb between a figure and its noun; a year after a determiner premodifies (tagger.c) */
        {"Much of the £2.6m standby bill went on night shifts.", "standby", 0, FL_TAG_NOUN},
        {"Much of the £2.6m overtime bill went on night shifts.", "overtime", 0, FL_TAG_NOUN},
        {"The depot hired 30 more drivers.", "more", 0, FL_TAG_ADJ},
        {"The 2031 revised budget is £4m.", "revised", 0, FL_TAG_VBN},
        {"The 2031 combined ratio of 95.1% was a record.", "combined", 0, FL_TAG_VBN},
        {"Sales in 2031 rose 4% on the year.", "rose", 0, FL_TAG_VBD},
        {"Read in full here.", "Read", 0, FL_TAG_VB},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "Brazil", 0, FL_TAG_PROPN},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "shipped", 0, FL_TAG_VBD},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "73.5", 0, FL_TAG_NUM},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "million", 0, FL_TAG_NUM},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "tonnes", 0, FL_TAG_NOUN},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "to", 0, FL_TAG_ADP},
        {"The ministry said exports would rise 5% in 2024.", "ministry", 0, FL_TAG_NOUN},
        {"The ministry said exports would rise 5% in 2024.", "said", 0, FL_TAG_VBD},
        {"The ministry said exports would rise 5% in 2024.", "would", 0, FL_TAG_MD},
        {"The ministry said exports would rise 5% in 2024.", "rise", 0, FL_TAG_VB},
        {"The ministry said exports would rise 5% in 2024.", "2024", 0, FL_TAG_NUM},
        {"The soldier was killed by a sniper on Tuesday.", "killed", 0, FL_TAG_VBN},
        {"The soldier was killed by a sniper on Tuesday.", "by", 0, FL_TAG_ADP},
        {"Gazprom delivered 31 bcm to China in 2023, the company said.", "Gazprom", 0, FL_TAG_PROPN},
        {"Gazprom delivered 31 bcm to China in 2023, the company said.", "delivered", 0, FL_TAG_VBD},
        {"China’s soybean imports fell as crushers turned away.", "’s", 0, FL_TAG_POS},
        {"China’s soybean imports fell as crushers turned away.", "as", 0, FL_TAG_SCONJ},
        {"Prices have not risen since the war, which ended in 2022.", "not", 0, FL_TAG_NEG},
        {"Prices have not risen since the war, which ended in 2022.", "which", 0, FL_TAG_WH},
        {"Prices have not risen since the war, which ended in 2022.", "risen", 0, FL_TAG_VBN},
        {"The company plans to sell its stake for $5 billion.", "to", 0, FL_TAG_TO},
        {"The company plans to sell its stake for $5 billion.", "sell", 0, FL_TAG_VB},
        {"The company plans to sell its stake for $5 billion.", "$", 0, FL_TAG_SYM},
        /* a clock's half of the day after its number is no verb "am"; "I am" keeps its verb */
        {"The lift stopped at 11.40am, with skiers on board.", "am", 0, FL_TAG_NOUN},
        {"The pump failed at 6 pm on Monday.", "pm", 0, FL_TAG_NOUN},
        {"I am sure the pump failed.", "am", 0, FL_TAG_VBP},
        /* a present verb of saying never a noun (rules/syntax/lexicon.json present_verbs), which the model read as
         * a compound's noun, so that the reported clause's subject was lost */
        {"The university confirms applications reached a record 43,850 this year.", "confirms", 0, FL_TAG_VBP},
        {"The university confirms applications reached a record 43,850 this year.", "applications", 0, FL_TAG_NOUN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        size_t k = tok_nth(&s, cases[i].word, cases[i].nth);
        cr_expect_eq(s.p->tags[k], cases[i].tag, "%s: \"%s\" is %s, expected %s", cases[i].text, cases[i].word,
                     fl_tag_name(s.p->tags[k]), fl_tag_name(cases[i].tag));
        sent_free(&s);
    }
}

Test(syntax, noun_phrases)
{
    static const struct {
        const char *text;
        const char *in; /* a word of the NP */
        const char *np; /* its span */
        const char *head;
        const char *modifiers; /* noun-compound modifiers, space-separated */
        const char *possessor; /* the possessor's span, or "" */
    } cases[] = {
        {"The Brazilian soybean shipments rose sharply.", "soybean", "The Brazilian soybean shipments", "shipments",
         "soybean", ""},
        {"China’s soybean imports fell.", "imports", "soybean imports", "imports", "soybean", "China ’s"},
        {"Exports of iron ore rose.", "ore", "iron ore", "ore", "iron", ""},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "year", "last year", "year", "", ""},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "China", "China", "China", "", ""},
        {"The central bank raised its main interest rate.", "rate", "its main interest rate", "rate", "interest", ""},
        {"They were fined 436 euros yesterday.", "euros", "436 euros", "euros", "", ""},
        {"They were fined 436 euros yesterday.", "yesterday", "yesterday", "yesterday", "", ""},
        {"The Today programme aired.", "Today", "The Today programme", "programme", "Today", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        int np = fl_parse_np_of(s.p, tok(&s, cases[i].in));
        cr_assert_geq(np, 0, "%s: \"%s\" is in no NP", cases[i].text, cases[i].in);
        const fl_np *x = &s.p->nps[np];
        cr_expect_str_eq(span(&s, x->start, x->end), cases[i].np, "%s", cases[i].text);
        cr_expect_str_eq(head(&s, np), cases[i].head, "%s", cases[i].text);
        size_t mods[8];
        size_t nm = fl_parse_np_modifiers(s.p, np, mods, 8);
        char got[128] = "";
        for (size_t k = 0; k < nm && k < 8; k++)
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? " " : "", word(&s, (long)mods[k]));
        cr_expect_str_eq(got, cases[i].modifiers, "%s: modifiers", cases[i].text);
        const char *poss = x->possessor >= 0 ? span(&s, s.p->nps[x->possessor].start, s.p->nps[x->possessor].end) : "";
        cr_expect_str_eq(poss, cases[i].possessor, "%s: possessor", cases[i].text);
        sent_free(&s);
    }
}

Test(syntax, quantities)
{
    static const struct {
        const char *text;
        const char *num;
        const char *number; /* the quantity's number span */
        const char *unit;
        const char *of; /* the head of the of-complement, or "(none)" */
    } cases[] = {
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year.", "73.5", "73.5 million", "tonnes",
         "soybeans"},
        {"The company plans to sell its stake for $5 billion.", "5", "5 billion", "$", "(none)"},
        {"Exports rose 5% in 2024.", "5", "5", "%", "(none)"},
        {"Gazprom delivered 31 bcm of gas to China.", "31", "31", "bcm", "gas"},
        {"The number of migrants rose to 45,000 last year.", "45,000", "45,000", "(none)", "(none)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        int q = fl_parse_quantity_of(s.p, tok(&s, cases[i].num));
        cr_assert_geq(q, 0, "%s: no quantity at %s", cases[i].text, cases[i].num);
        const fl_quantity *x = &s.p->quants[q];
        cr_expect_str_eq(span(&s, x->start, x->end), cases[i].number, "%s: number", cases[i].text);
        cr_expect_str_eq(word(&s, x->unit), cases[i].unit, "%s: unit", cases[i].text);
        cr_expect_str_eq(head(&s, x->of_np), cases[i].of, "%s: of", cases[i].text);
        sent_free(&s);
    }
}

Test(syntax, verb_groups)
{
    static const struct {
        const char *text;
        const char *verb; /* a word of the group */
        const char *group;
        const char *head;
        int passive, neg, tense, modal;
    } cases[] = {
        {"The soldier was killed by a sniper on Tuesday.", "killed", "was killed", "killed", 1, 0, FL_TENSE_PAST, 0},
        {"A sniper killed the soldier on Tuesday.", "killed", "killed", "killed", 0, 0, FL_TENSE_PAST, 0},
        {"Exports will not rise this year.", "rise", "will not rise", "rise", 0, 1, FL_TENSE_FUTURE, 1},
        {"Prices have been falling for months.", "falling", "have been falling", "falling", 0, 0, FL_TENSE_PRESENT, 0},
        {"The plant could be closed next year.", "closed", "could be closed", "closed", 1, 0, FL_TENSE_NONE, 1},
        {"Officials didn't confirm the figure.", "confirm", "didn't confirm", "confirm", 0, 1, FL_TENSE_PAST, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        int g = s.p->vg_of[tok(&s, cases[i].verb)];
        cr_assert_geq(g, 0, "%s: \"%s\" is in no verb group", cases[i].text, cases[i].verb);
        const fl_vgroup *x = &s.p->vgs[g];
        cr_expect_str_eq(span(&s, x->start, x->end), cases[i].group, "%s", cases[i].text);
        cr_expect_str_eq(word(&s, x->head), cases[i].head, "%s: head", cases[i].text);
        cr_expect_eq(x->passive, cases[i].passive, "%s: passive", cases[i].text);
        cr_expect_eq(x->neg, cases[i].neg, "%s: negation", cases[i].text);
        cr_expect_eq(x->tense, cases[i].tense, "%s: tense %d", cases[i].text, x->tense);
        cr_expect_eq(x->modal >= 0, cases[i].modal, "%s: modal", cases[i].text);
        sent_free(&s);
    }
}

/* A lone participle (or a regular past form) after the sentence's subject, with only prepositional phrases between it
 * and a finite verb, is a reduced relative: not finite, passive; a noun phrase after its phrases is a clause's own
 * subject ("said on Monday the plan was"), and a participle with an object is a past ("The EU imposed tariffs"). */
Test(syntax, reduced_relatives)
{
    static const struct {
        const char *text;
        const char *verb;
        int reduced;
    } cases[] = {
        {"Three climbers taken to hospital after the avalanche were released.", "taken", 1},
        {"The three walkers admitted to the Brannfeld hospital were stable.", "admitted", 1},
        {"The 34,800 fans packed into the stands went wild.", "packed", 1},
        {"Officials said on Monday the plan was dead.", "said", 0},
        {"The EU imposed tariffs on steel.", "imposed", 0},
        {"Three climbers were taken to hospital.", "taken", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        int g = s.p->vg_of[tok(&s, cases[i].verb)];
        cr_assert_geq(g, 0, "%s: \"%s\" is in no verb group", cases[i].text, cases[i].verb);
        const fl_vgroup *x = &s.p->vgs[g];
        cr_expect_eq(x->reduced, cases[i].reduced, "%s: reduced", cases[i].text);
        if (cases[i].reduced)
            cr_expect(!x->finite && x->passive, "%s: a reduced relative is a passive, not finite", cases[i].text);
        else
            cr_expect(x->finite, "%s: finite", cases[i].text);
        sent_free(&s);
    }
}

Test(syntax, passive_agent)
{
    sent s = sent_parse("The soldier was killed by a sniper on Tuesday.");
    int c = fl_parse_clause_of(s.p, tok(&s, "killed"));
    int g = fl_parse_verb(s.p, c);
    cr_assert_geq(g, 0);
    cr_expect_str_eq(word(&s, s.p->vgs[g].head), "killed");
    cr_expect_str_eq(head(&s, fl_parse_subject(s.p, c)), "soldier");
    cr_expect_str_eq(head(&s, fl_parse_agent(s.p, g)), "sniper");
    int pps[4];
    size_t n = fl_parse_verb_pps(s.p, g, pps, 4);
    cr_expect_eq(n, 2, "by and on attach to the verb: %zu", n);
    sent_free(&s);

    sent a = sent_parse("A sniper killed the soldier on Tuesday.");
    g = fl_parse_verb(a.p, fl_parse_clause_of(a.p, tok(&a, "killed")));
    cr_expect_eq(fl_parse_agent(a.p, g), -1, "an active verb has no agent");
    sent_free(&a);
}

/* The subject (head word) of the clause that holds a number, and which tokens share its clause. */
Test(syntax, clauses_and_subjects)
{
    static const struct {
        const char *text;
        const char *at;      /* a token */
        const char *subject; /* the head of the subject of its clause */
        const char *verb;    /* the head of its clause's verb */
        const char *other;   /* a token that must be in another clause, or NULL */
    } cases[] = {
        {"Some 300 workers yesterday staged a walkout.", "walkout", "workers", "staged", NULL},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year, as Chinese crushers turned away from "
         "American cargoes.",
         "73.5", "Brazil", "shipped", "crushers"},
        {"Brazil shipped 73.5 million tonnes of soybeans to China last year, as Chinese crushers turned away from "
         "American cargoes.",
         "American", "crushers", "turned", "73.5"},
        {"In the first half of 2024, Brazil shipped 40 million tonnes to China.", "40", "Brazil", "shipped", NULL},
        {"Last year, according to the ministry, exports rose 12% to 90 million tonnes.", "90", "exports", "rose", NULL},
        {"Brazil, which exports soybeans, shipped 73.5 million tonnes last year.", "73.5", "Brazil", "shipped",
         "soybeans"},
        {"Brazil, which exports soybeans, shipped 73.5 million tonnes last year.", "soybeans", "Brazil", "exports",
         "73.5"},
        {"The ministry said exports rose 5% in March.", "5", "exports", "rose", "ministry"},
        {"Exports rose 5% while imports fell 3%.", "3", "imports", "fell", "5"},
        {"Exports rose 5% and imports fell 3%; the deficit narrowed to $2 billion.", "2", "deficit", "narrowed", "3"},
        {"Output rose 4% and exceeded 10 million tonnes.", "10", "Output", "exceeded", NULL},
        {"Ana Ruiz, a surgeon at the hospital, treated 40 patients.", "40", "Ruiz", "treated", NULL},
        {"The deal, worth $4.5 billion, was approved by regulators.", "regulators", "deal", "approved", NULL},
        {"At least 42 people were killed when a bomb exploded, officials said.", "42", "people", "killed", "bomb"},
        {"Shares of Tesla fell 12% after the carmaker missed delivery estimates.", "estimates", "carmaker", "missed",
         "12"},
        {"The number of migrants crossing the Channel rose to 45,000 last year.", "45,000", "number", "rose", NULL},
        /* a relative clause between the subject and its verb: the verb's clause keeps the subject */
        {"The pier, which opened in 1889, is 420 metres long.", "420", "pier", "is", "opened"},
        {"Russia, China’s largest oil supplier, shipped 2.1 million barrels per day in March.", "2.1", "Russia",
         "shipped", NULL},
        /* a hyphen spaced as a dash ends a wire dateline's clause; one inside a word ("long-haul") does not */
        {"TROMSA, Norway - At least 40 people fell ill, officials said.", "40", "people", "fell", "Norway"},
        {"TROMSA, Norway -- Some 40 long-haul drivers fell ill.", "40", "drivers", "fell", "Norway"},
        /* a coordinator inside a subject list that opens the sentence opens no clause; after a verb it does */
        {"Some 347 players, parents and staff were evacuated.", "347", "staff", "evacuated", NULL},
        {"Police and 40 firefighters were called.", "Police", "firefighters", "called", NULL},
        {"Prices rose and exports fell 3%.", "3", "exports", "fell", "Prices"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        size_t t = tok(&s, cases[i].at);
        int c = fl_parse_clause_of(s.p, t);
        cr_assert_geq(c, 0);
        cr_expect_str_eq(head(&s, fl_parse_subject(s.p, c)), cases[i].subject, "%s: subject of %s", cases[i].text,
                         cases[i].at);
        int g = fl_parse_verb(s.p, c);
        cr_expect_str_eq(g >= 0 ? word(&s, s.p->vgs[g].head) : "(none)", cases[i].verb, "%s: verb of %s", cases[i].text,
                         cases[i].at);
        if (cases[i].other)
            cr_expect_neq(fl_parse_clause_of(s.p, tok(&s, cases[i].other)), c, "%s: %s and %s share a clause",
                          cases[i].text, cases[i].at, cases[i].other);
        sent_free(&s);
    }
}

Test(syntax, the_as_clause_is_subordinate)
{
    sent s = sent_parse("Brazil shipped 73.5 million tonnes of soybeans to China last year, as Chinese crushers "
                        "turned away from American cargoes.");
    int c = fl_parse_clause_of(s.p, tok(&s, "as"));
    cr_expect_eq(s.p->clauses[c].kind, FL_CLAUSE_SUB);
    cr_expect_str_eq(word(&s, s.p->clauses[c].opener), "as");
    cr_expect_eq(s.p->clauses[c].parent, fl_parse_clause_of(s.p, tok(&s, "Brazil")));
    /* "to China" hangs off the verb, "of soybeans" off the tonnes, "from American cargoes" off "turned" */
    int main_verb = fl_parse_verb(s.p, fl_parse_clause_of(s.p, tok(&s, "Brazil")));
    int pps[4];
    size_t n = fl_parse_verb_pps(s.p, main_verb, pps, 4);
    cr_assert_eq(n, 1, "%zu PPs on shipped", n);
    cr_expect_str_eq(word(&s, s.p->pps[pps[0]].prep), "to");
    cr_expect_str_eq(head(&s, s.p->pps[pps[0]].np), "China");
    n = fl_parse_np_pps(s.p, fl_parse_np_of(s.p, tok(&s, "tonnes")), pps, 4);
    cr_assert_eq(n, 1, "%zu PPs on tonnes", n);
    cr_expect_str_eq(head(&s, s.p->pps[pps[0]].np), "soybeans");
    n = fl_parse_verb_pps(s.p, fl_parse_verb(s.p, c), pps, 4);
    cr_assert_eq(n, 1, "%zu PPs on turned", n);
    cr_expect_str_eq(head(&s, s.p->pps[pps[0]].np), "cargoes");
    sent_free(&s);
}

Test(syntax, apposition)
{
    sent s = sent_parse("Ana Ruiz, a surgeon at the hospital, said the wards were full.");
    int a = fl_parse_np_of(s.p, tok(&s, "Ruiz"));
    int b = fl_parse_np_of(s.p, tok(&s, "surgeon"));
    cr_assert_geq(a, 0);
    cr_expect_eq(s.p->nps[a].appos, b);
    cr_expect_eq(s.p->nps[b].appos_of, a);
    /* the hospital is inside the apposition, not a clause of its own */
    cr_expect_eq(fl_parse_clause_of(s.p, tok(&s, "hospital")), fl_parse_clause_of(s.p, tok(&s, "Ana")));
    sent_free(&s);

    /* a list is no apposition */
    sent l = sent_parse("Brazil exports soybeans, corn, and wheat.");
    int x = fl_parse_np_of(l.p, tok(&l, "soybeans"));
    cr_expect_eq(l.p->nps[x].appos, -1, "a list read as an apposition");
    sent_free(&l);
}

Test(syntax, speakers)
{
    static const struct {
        const char *text;
        const char *verb;
        const char *speaker; /* head of the speaker NP */
    } cases[] = {
        {"Exports will rise next year, the ministry said.", "said", "ministry"},
        {"“Prices will fall,” the ministry said.", "said", "ministry"},
        {"“Prices will fall,” said general manager Ana Ruiz.", "said", "Ruiz"},
        {"Exports will rise, said Ana Ruiz, the general manager.", "said", "Ruiz"},
        {"Dr Lee, a surgeon at the hospital, said the wards were full.", "said", "Lee"},
        {"The ministry said on Monday that exports would rise.", "said", "ministry"},
        {"Brazil, which exports soybeans, said it would ship more.", "said", "Brazil"},
        {"The company told investors that sales fell 5%.", "told", "company"},
        {"The ministry’s spokesman, Ana Ruiz, said exports would fall.", "said", "Ruiz"},
        {"“It is a disaster,” Ruiz told reporters on Monday.", "told", "Ruiz"},
        {"Exports rose 5% in May, the ministry said on Monday.", "said", "ministry"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sent s = sent_parse(cases[i].text);
        int np = fl_parse_speaker(s.p, tok(&s, cases[i].verb));
        cr_expect_str_eq(head(&s, np), cases[i].speaker, "%s", cases[i].text);
        sent_free(&s);
    }
}

Test(syntax, degenerate_input)
{
    fl_parse *p = fl_syntax_parse(syntax(), NULL, 0);
    cr_expect_eq(p->n, 0);
    cr_expect_eq(fl_parse_clause_of(p, 0), -1);
    cr_expect_eq(fl_parse_speaker(p, 3), -1);
    fl_parse_free(p);
    /* punctuation only, unbalanced quotes, a very long word */
    static const char *const texts[] = {"” , ; “ “", "—", "Supercalifragilisticexpialidociousnessandthensome said."};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        sent s = sent_parse(texts[i]);
        for (size_t k = 0; k < s.p->n; k++)
            cr_expect_geq(s.p->clause_of[k], 0, "%s: token %zu has no clause", texts[i], k);
        sent_free(&s);
    }
}

/* Random sentences over a vocabulary of every tag's typical words, quotes, commas and breaks: the parse's
 * invariants hold (every token in one clause, NPs and verb groups inside the sentence with their heads,
 * parents before children, indexes in range) and every query stays in range. */
Test(syntax, invariants_on_random_sentences)
{
    static const char *const vocab[] = {
        "the",     "a",   "Brazil", "China", "’s",    "exports", "rose",   "said",  "was",   "killed",
        "by",      "of",  "to",     "in",    "73.5",  "million", "tonnes", "$",     "%",     ",",
        ";",       "“",   "”",      "\"",    "(",     ")",       "—",      "which", "as",    "and",
        "that",    "not", "will",   "have",  "been",  "falling", "last",   "year",  "Ana",   "Ruiz",
        "surgeon", ".",   "after",  "who",   "could", "be",      "up",     "very",  "large",
    };
    const size_t nv = sizeof vocab / sizeof vocab[0];
    uint32_t seed = 12345;
    fl_str words[64];
    for (int round = 0; round < 3000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % 64;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *w = vocab[(seed >> 16) % nv];
            words[i].ptr = w;
            words[i].len = strlen(w);
        }
        fl_parse *p = fl_syntax_parse(syntax(), words, n);
        cr_assert_eq(p->n, n);
        for (size_t i = 0; i < n; i++) {
            cr_assert(p->clause_of[i] >= 0 && (size_t)p->clause_of[i] < p->nclause, "round %d token %zu", round, i);
            cr_assert(p->tags[i] < FL_TAG_COUNT);
        }
        for (size_t k = 0; k < p->nnp; k++) {
            const fl_np *x = &p->nps[k];
            cr_assert(x->start < x->end && x->end <= n && x->head >= x->start && x->head < x->end, "round %d", round);
            cr_assert(x->possessor < (int32_t)k && x->appos < (int32_t)p->nnp && x->pp < (int32_t)p->npp);
            for (size_t i = x->start; i < x->end; i++)
                cr_assert_eq(p->np_of[i], (int32_t)k, "round %d: NPs overlap", round);
        }
        for (size_t k = 0; k < p->nvg; k++) {
            const fl_vgroup *g = &p->vgs[k];
            cr_assert(g->start < g->end && g->end <= n && g->head >= g->start && g->head < g->end, "round %d", round);
        }
        for (size_t k = 0; k < p->npp; k++) {
            const fl_pp *x = &p->pps[k];
            cr_assert(x->prep < n && x->np < (int32_t)p->nnp && x->host_np < (int32_t)p->nnp &&
                      x->host_vg < (int32_t)p->nvg);
        }
        for (size_t c = 0; c < p->nclause; c++) {
            const fl_clause *x = &p->clauses[c];
            cr_assert(x->parent < (int32_t)c && x->verb < (int32_t)p->nvg && x->subject < (int32_t)p->nnp);
            int s = fl_parse_subject(p, (int)c);
            cr_assert(s >= -1 && s < (int32_t)p->nnp);
        }
        for (size_t i = 0; i < n; i++) {
            int s = fl_parse_speaker(p, i);
            cr_assert(s >= -1 && s < (int32_t)p->nnp);
            int q = fl_parse_quantity_of(p, i);
            cr_assert(q >= -1 && q < (int32_t)p->nquant);
        }
        fl_parse_free(p);
    }
}
