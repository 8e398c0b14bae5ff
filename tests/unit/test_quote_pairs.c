/* test_quote_pairs.c - quote-conflict over several stories: the alignment does not depend on which story
 * comes first, both renderings of a pair are reported, each pointing at the other (SPEC 7, item 3), the
 * odd one out first, else the later in path order, and slips are notes. Every name and sentence is made up. */
#include "extract/speakers.h"
#include "join/quotes.h"
#include "unit.h"

enum { MAX_STORIES = 3 };

/* What the join reports for stories texts[0..n) named a.txt, b.txt, c.txt. */
typedef struct {
    size_t warnings, notes;
    char at[16];      /* the file of the first report, or "" */
    char related[16]; /* its related location's file, or "" */
} outcome;

static outcome join_stories(const char *const *texts, size_t n)
{
    static const char *const names[MAX_STORIES] = {"a.txt", "b.txt", "c.txt"};
    fl_doc *d[MAX_STORIES];
    fl_claims c;
    memset(&c, 0, sizeof c);
    for (size_t i = 0; i < n; i++) {
        d[i] = unit_doc(names[i], texts[i]);
        fl_speech sp = {0};
        fl_speech_extract(d[i], unit_rules(), NULL, 0, i, &c, &sp);
        fl_speech_free(&sp);
    }
    fl_sink s = {0};
    fl_join_quotes(unit_rules(), &c, NULL, &s);
    outcome o = {0, 0, "", ""};
    for (size_t i = 0; i < s.len; i++) {
        if (s.items[i].rule != FL_RULE_QUOTE_CONFLICT)
            continue;
        if (s.items[i].severity == FL_SEV_NOTE)
            o.notes++;
        else
            o.warnings++;
        if (!o.at[0]) {
            snprintf(o.at, sizeof o.at, "%s", s.items[i].file);
            if (s.items[i].nrelated)
                snprintf(o.related, sizeof o.related, "%s", s.items[i].related[0].file);
        }
    }
    fl_sink_free(&s);
    fl_claims_free(&c);
    for (size_t i = 0; i < n; i++)
        fl_doc_free(d[i]);
    return o;
}

/* Two stories in either order find the same difference, reported on both, the later story first. */
Test(quote_pairs, either_order_both_sides)
{
    static const struct {
        const char *one, *two;
        size_t warnings, notes;
    } cases[] = {
        /* two clauses swapped and one negated: the alignment meets on either noun phrase */
        {"“We are handling this as a gas leak, not an act of sabotage, for the moment,” said Edda Vorn.",
         "“For the moment we are handling this as a possible act of sabotage as well as a gas leak,” Edda Vorn "
         "said.",
         1, 0},
        /* the same opening and closing, the reason between them changed */
        {"“We are closing the north ferry out of an abundance of caution, and we thank every passenger for their "
         "patience,” said Edda Vorn.",
         "“We are closing the north ferry because our own divers found cracks in the hull, and we thank every "
         "passenger for their patience,” Edda Vorn said.",
         1, 0},
        /* a real one-word difference of a short word stays a warning */
        {"“The strike was damaging to the whole valley economy this winter,” said Edda Vorn.",
         "“The strike was damaging for the whole valley economy this winter,” Edda Vorn said.", 1, 0},
        /* a typo of one letter in a long word is a note */
        {"“The council must publish the whole inspection report before the summer,” said Edda Vorn.",
         "“The council must publish the whole inspecton report before the summer,” Edda Vorn said.", 0, 1},
        /* two neighbouring letters swapped */
        {"“We heard nothing from the ministry about the bridge for three weeks,” said Edda Vorn.",
         "“We heard nothing form the ministry about the bridge for three weeks,” Edda Vorn said.", 0, 1},
        /* a word the speaker said twice, kept by one outlet: a stammer, a passage left out, no report */
        {"“I, I think the ferry will run again before the spring tides,” said Edda Vorn.",
         "“I think the ferry will run again before the spring tides,” Edda Vorn said.", 0, 0},
        /* a slip and a real change together: a warning */
        {"“The council must publish the whole inspection report before the summer,” said Edda Vorn.",
         "“The council may publish the whole inspecton report after the summer,” Edda Vorn said.", 1, 0},
        /* one letter, but a number word or a negation is never a slip */
        {"“We will not move the depot before the winter, whatever the board decides,” said Edda Vorn.",
         "“We will now move the depot before the winter, whatever the board decides,” Edda Vorn said.", 1, 0},
        /* a name spelled two ways, as outlets transliterate it, is a note; another name is a warning */
        {"“Now it looks like al-Qaddafi will hold the port until the winter,” said Edda Vorn.",
         "“Now it looks like Gadhafi will hold the port until the winter,” Edda Vorn said.", 0, 1},
        {"“Now it looks like Ostrowski will hold the port until the winter,” said Edda Vorn.",
         "“Now it looks like Kowalczyk will hold the port until the winter,” Edda Vorn said.", 1, 0},
        /* two different remarks that share an opening stay apart in either order */
        {"“We are closing the north ferry until the storm has passed over the islands,” said Edda Vorn.",
         "“We are closing the north ferry for good because nobody has paid for the repairs,” Edda Vorn said.", 0, 0},
        /* the same content words in another order: one remark reworded, reported */
        {"“We have lost barns, orchards and horses this spring,” said Edda Vorn.",
         "“We lost barns and orchards this spring, and we lost horses,” Edda Vorn said.", 1, 0},
        {"“This was a failure of planning, not of money,” said Edda Vorn.",
         "“This was a planning failure, not a failure of our money,” Edda Vorn said.", 1, 0},
        /* one word rewritten the same way at each place, the frame standing */
        {"“We are mapping the damage field by field,” said Edda Vorn.",
         "“We are mapping our damage farm by farm,” Edda Vorn said.", 1, 0},
        /* one content word added inside a phrase quoted whole is a difference; a filler between two sentences
         * ("Oh,") is one an outlet may leave out */
        {"“We checked every harness, but the wind rose within minutes,” said Edda Vorn.",
         "“We checked every safety harness, but the wind rose within minutes,” Edda Vorn said.", 1, 0},
        {"“It was never about the ferry. Well, not the ferry we have now,” said Edda Vorn.",
         "“It was never about the ferry. Not the ferry we have now,” Edda Vorn said.", 0, 0},
        /* a word of quantity carries meaning as a number does */
        {"“The new sea wall held, and that is what saved homes,” said Edda Vorn.",
         "“The new sea wall held, and that is what saved hundreds of homes,” Edda Vorn said.", 1, 0},
        /* a word written as one or as two is house style, not another order */
        {"“We will move the data center and its staff to the coast,” said Edda Vorn.",
         "“We will move the datacenter and its staff to the coast,” Edda Vorn said.", 0, 0},
        /* most words in order between a frame that opens and closes both, two content words changed */
        {"“We will not sail again until every deck has been inspected,” said Edda Vorn.",
         "“We are not sailing anything until every single deck has been checked,” Edda Vorn said.", 1, 0},
        /* a compound is folded part by part: number words in it are numerals */
        {"“There is a one-in-three chance that the ferry will not run this winter,” said Edda Vorn.",
         "“There is a 1 in 3 chance that the ferry will not run this winter,” Edda Vorn said.", 0, 0},
        /* two remarks on one topic that open alike share some content words, not the set */
        {"“We are mapping the damage with drones from the air,” said Edda Vorn.",
         "“We are paying farmers for the damage before the winter,” Edda Vorn said.", 0, 0},
        /* the ending rewritten in a few words of each side's own, one holding a content word; not a pronoun for a
         * pronoun, nor an ending that goes on longer */
        {"“The old sea wall is simply not as strong as it was,” said Edda Vorn.",
         "“The old sea wall is simply not as strong as it used to be,” Edda Vorn said.", 1, 0},
        {"“The crews worked through the storm for three nights, and we are proud of them,” said Edda Vorn.",
         "“The crews worked through the storm for three nights, and we are proud of that,” Edda Vorn said.", 0, 0},
        {"“The old sea wall is simply not as strong as it was,” said Edda Vorn.",
         "“The old sea wall is simply not as strong as it needs to be for the winter,” Edda Vorn said.", 0, 0},
        /* the same frame with two content words changed side by side: different remarks */
        {"“We are asking the council for money and time,” said Edda Vorn.",
         "“We are asking the ministry about roads and bridges,” Edda Vorn said.", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int order = 0; order < 2; order++) {
            const char *t[2] = {order ? cases[i].two : cases[i].one, order ? cases[i].one : cases[i].two};
            outcome o = join_stories(t, 2);
            cr_expect_eq(o.warnings, 2 * cases[i].warnings, "case %zu order %d: %zu warnings", i, order, o.warnings);
            cr_expect_eq(o.notes, 2 * cases[i].notes, "case %zu order %d: %zu notes", i, order, o.notes);
            if (o.warnings + o.notes) {
                cr_expect_str_eq(o.at, "b.txt", "case %zu order %d: reported at %s", i, order, o.at);
                cr_expect_str_eq(o.related, "a.txt", "case %zu order %d: related %s", i, order, o.related);
            }
        }
    }
}

/* Three stories: two quote the same words and one differs; the odd one is reported first, wherever it is, then
 * the words the two others share (once, at the first of them). */
Test(quote_pairs, odd_one_out)
{
    const char *same = "“The pumps ran all night, and that is why every house on the river stayed dry,” said Edda "
                       "Vorn.";
    const char *odd = "“The pumps ran all night, and that is why every house on the harbour stayed dry,” Edda Vorn "
                      "said.";
    const char *where[3] = {"a.txt", "b.txt", "c.txt"};
    for (size_t k = 0; k < 3; k++) {
        const char *t[3] = {same, same, same};
        t[k] = odd;
        outcome o = join_stories(t, 3);
        cr_expect_eq(o.warnings, 2, "odd story %zu: %zu warnings", k, o.warnings);
        cr_expect_str_eq(o.at, where[k], "odd story %zu: reported at %s", k, o.at);
    }
}

/* A sentence of a longer quote repeated on its own with its last word changed: the longer's rest is counted to
 * the end of that sentence, so the change is found, in one story ("repeated") or across two; the same
 * sentence repeated word for word is no conflict. */
Test(quote_pairs, one_sentence_repeated)
{
    static const struct {
        const char *one, *two; /* two NULL: one story */
        size_t warnings;
    } cases[] = {
        {"Driver Edda Vorn told the paper: “I could not see the far end of my own bonnet. Then I saw the brake "
         "lights and it was too late.”\n\nThe lorry was carrying water.\n\nAsked what she remembered most, Vorn "
         "repeated: “I could not see the far end of my own cab.”",
         NULL, 1},
        {"Driver Edda Vorn told the paper: “I could not see the far end of my own bonnet. Then I saw the brake "
         "lights and it was too late.”\n\nThe lorry was carrying water.\n\nAsked what she remembered most, Vorn "
         "repeated: “I could not see the far end of my own bonnet.”",
         NULL, 0},
        {"Driver Edda Vorn told the paper: “I could not see the far end of my own bonnet. Then I saw the brake "
         "lights and it was too late.”",
         "“I could not see the far end of my own cab,” said Edda Vorn.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *t[2] = {cases[i].one, cases[i].two};
        outcome o = join_stories(t, cases[i].two ? 2 : 1);
        cr_expect_eq(o.warnings, 2 * cases[i].warnings, "case %zu: %zu warnings", i, o.warnings);
    }
}

/* One pro-form for another is another referent ("they ruined" / "it ruined"), while a pro-form for the noun
 * phrase it stands for agrees; a phrase in common that is under half of the shorter quote, the rest in other
 * words, is a talking point said twice, not one remark; a whole sentence that stops where the other goes on. */
Test(quote_pairs, referents_and_repeated_phrases)
{
    static const struct {
        const char *one, *two;
        size_t warnings;
    } cases[] = {
        {"“The inspector lied and they ruined his whole career,” said Edda Vorn.",
         "“The inspector lied, and it ruined his whole career,” Edda Vorn said.", 1},
        {"“The ferry is not the goal, the islanders are,” said Edda Vorn.",
         "“That is not the goal, the islanders are,” Edda Vorn said.", 0},
        {"“I do not favour civil levies if they are identical to the tax other than by name,” said Edda Vorn.",
         "“If a civil levy is identical to the tax other than with the name, why, I don't support that,” Edda Vorn "
         "said.",
         0},
        /* a whole sentence quoted with its stop where the other goes on: a word dropped; a fragment may be cut */
        {"“The young people on the estate have no outlets for their anger, no youth.” said Edda Vorn.",
         "“The young people on the estate have no outlets for their anger, no youth club.” said Edda Vorn.", 1},
        {"Edda Vorn called the plan “a grab for power by the harbour board.”",
         "Edda Vorn called the plan “a grab for power by the harbour board over the islands.”", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int order = 0; order < 2; order++) {
            const char *t[2] = {order ? cases[i].two : cases[i].one, order ? cases[i].one : cases[i].two};
            outcome o = join_stories(t, 2);
            cr_expect_eq(o.warnings, 2 * cases[i].warnings, "case %zu order %d: %zu warnings", i, order, o.warnings);
        }
    }
}

/* A story that quotes two remarks of one speaker, another that renders the second with one word changed: the
 * rendering is reported against the closest of the two, the one it shares most words with. */
Test(quote_pairs, closest_rendering)
{
    const char *t[2] = {"“The inspector lied many times to the board, and nothing happened to him. The driver lied "
                        "and they ruined his life,” said Edda Vorn.\n\nThe hearing went on.\n\nLater she returned to "
                        "it. “Nothing happened to him. The driver lied and it’s like they ruined his life. Very "
                        "unfair,” Edda Vorn said.",
                        "“Nothing happened to him. The driver lied, and it’s like, it ruined his life. It’s very "
                        "unfair,” Edda Vorn said."};
    static const char *const names[2] = {"a.txt", "b.txt"};
    fl_doc *d[2];
    fl_claims c;
    memset(&c, 0, sizeof c);
    for (size_t i = 0; i < 2; i++) {
        d[i] = unit_doc(names[i], t[i]);
        fl_speech sp = {0};
        fl_speech_extract(d[i], unit_rules(), NULL, 0, i, &c, &sp);
        fl_speech_free(&sp);
    }
    fl_sink s = {0};
    fl_join_quotes(unit_rules(), &c, NULL, &s);
    size_t found = 0;
    for (size_t i = 0; i < s.len; i++) {
        const fl_diag *x = &s.items[i];
        if (x->rule != FL_RULE_QUOTE_CONFLICT || strcmp(x->file, "b.txt") != 0)
            continue;
        found++;
        cr_expect(x->nrelated == 1 && x->related[0].start.line == 5, "reported against line %zu: %s",
                  x->nrelated ? (size_t)x->related[0].start.line : 0, x->message);
    }
    cr_expect_eq(found, 1, "%zu reports in b.txt", found);
    fl_sink_free(&s);
    fl_claims_free(&c);
    for (size_t i = 0; i < 2; i++)
        fl_doc_free(d[i]);
}
