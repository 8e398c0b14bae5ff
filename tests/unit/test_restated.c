/* test_restated.c - reference figures (extract/refs.c), table-driven: a figure in a definite noun phrase restates
 * the one figure its document stated before with a head noun of one class (a count of a part too) and is compared
 * with it; subsets, other
 * possessors, figures that disagree among themselves, complementizers, counts that premodify a noun, figures of
 * a past year under a participle of the phrase's own, phrases qualified by a phrase of their own ("with a fever")
 * and possessive wholes after an act's count are not; "all N" restates a stock whatever its clause's verb. Subjects and
 * sentences are invented; none is from the development data. */
#include "unit.h"

#include "core/rules.h"

#define DATED "Published: 9 May 2031\n\n"

Test(restated, definite_phrases_and_their_traps)
{
    static const struct {
        const char *text;
        size_t want; /* numeric-conflict findings */
    } cases[] = {
        /* a possessive phrase restates the workforce its possessor was given */
        {DATED "The Orvo mill employs 520 people.\n\nThe mill's 480 workers were sent home.\n", 1},
        {DATED "The Orvo mill employs 520 people.\n\nThe mill's 520 workers were sent home.\n", 0},
        /* another possessor's count, a subset */
        {DATED "The Orvo mill employs 520 people.\n\nThe company's 9,000 workers were not affected.\n", 0},
        {DATED "The Orvo mill employs 520 people.\n\nThe remaining 480 workers were sent home.\n", 0},
        /* one figure before with no key of its own: both get one of the document */
        {DATED "Orvo Power sent 40 repair crews into the network on Monday.\n\nThe 30 crews it deployed worked all "
               "night.\n",
         1},
        /* two figures before that disagree: which one is restated is not known */
        {DATED "Orvo Power sent 40 repair crews into the network on Monday.\n\nOn Tuesday, Orvo Power sent 55 repair "
               "crews.\n\nThe 30 crews it deployed worked all night.\n",
         0},
        /* a money head noun; the years are the predicate's, not the figure's */
        {DATED "The bank will book a restructuring charge of about £40 million.\n\nThe £25 million charge will be "
               "spread over 2031 and 2032.\n",
         1},
        /* "that" as a complementizer; a count that premodifies a noun */
        {DATED "Two people were killed in the blast.\n\nOfficials said that 17 people were treated.\n", 0},
        {DATED "About 130 people marched on Monday.\n\nPart of the 200 person crowd left at noon.\n", 0},
        /* a participle of its own, no period: not last year's figure */
        {DATED "Last year the owner sold 12 homes near the mill.\n\nThe 20 homes being sold are near the river.\n", 0},
        /* a relative clause of its own names what they did: the figure before must say it too */
        {DATED "Lifeboats pulled 60 rowers out of the estuary.\n\nEach of the 410 rowers who started the race "
               "paid a fee.\n",
         0},
        {DATED "Lifeboats pulled 60 rowers out of the estuary.\n\nThe 45 rowers who were pulled out were "
               "treated.\n",
         0},
        /* a count of a part (a subset marker between the figure and its noun) is restated by a definite phrase
         * with none, unless another part was counted too; a participle before the noun names the act */
        {DATED "A total of 1,450 outpatient appointments were cancelled on Monday.\n\nThe 1,540 cancelled "
               "appointments will be rebooked next week.\n",
         1},
        {DATED "Some 300 outpatient appointments were cancelled on Monday.\n\nSome 120 surgical appointments were "
               "cancelled on Tuesday.\n\nThe 410 cancelled appointments will be rebooked.\n",
         0},
        /* a predicate of its own that counts another event's people: what else befell them, no restatement */
        {DATED "Fourteen workers were injured in the blast.\n\nAll 62 workers on the shift were evacuated.\n", 0},
        {DATED "Fourteen workers were injured in the blast.\n\nAll 62 workers on the shift were injured.\n", 1},
        /* a qualifying phrase of its own ("with", "in" ...) makes another group, unless the figure before names
         * its head too */
        {DATED "Some 800 pupils were tested at the school.\n\nThe 40 pupils with a fever were sent home.\n", 0},
        {DATED "Some 800 pupils were tested at the school.\n\nThe 40 pupils without a fever were sent home.\n", 0},
        {DATED "Doctors sent home 55 pupils with a fever.\n\nThe 40 pupils with a fever were sent home.\n", 1},
        {DATED "The trust runs 14 public libraries.\n\nAll 6 libraries in the north were closed in March.\n", 0},
        /* a possessive whole is the possessor's stock, never an act's count (a curly apostrophe too) */
        {DATED "Some 300 staff have been vaccinated so far.\n\nThe firm said the depot\u2019s 380 workers were all "
               "offered a day off.\n",
         0},
        {DATED "Some 300 staff have been vaccinated so far.\n\nThe firm said its 380 workers were all offered a day "
               "off.\n",
         0},
        {DATED "The Orvo depot employs 520 people.\n\nThe depot\u2019s 480 workers were sent home.\n", 1},
        /* the whole complement of a stock ("all N" after "runs N") is that stock, whatever its clause's verb; a
         * finite verb after a phrase the figure's hangs off is that phrase's, not the figure's own participle */
        {DATED "The trust runs 14 public libraries.\n\nA survey of all 16 public libraries found that 5 need new "
               "roofs.\n",
         1},
        {DATED "The trust runs 14 public libraries.\n\nA survey of all 14 public libraries found that 5 need new "
               "roofs.\n",
         0},
        {DATED "The trust runs 14 public libraries.\n\nAll 16 libraries were closed in March.\n", 1},
        /* no whole marker: another act's count, not the stock */
        {DATED "The trust runs 14 public libraries.\n\nA survey of 16 libraries found that 5 need new roofs.\n", 0},
        {DATED "The trust runs 14 public libraries.\n\nThe 6 libraries were closed in March.\n", 0},
        /* a label of one word with other numbers: two things of one kind ("category 1", "category 2") */
        {DATED "For band 1 claims, the average wait was 9 days against a target of 5 days.\n\nFor band 2 "
               "claims, the average wait was 30 days, twice the 15-day target.\n",
         0},
        /* one band: its target restated, and its average wait given twice (a statistic of the story's waits) */
        {DATED "For band 1 claims, the average wait was 9 days against a target of 5 days.\n\nFor band 1 "
               "claims, the average wait was 30 days, twice the 15-day target.\n",
         2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT), cases[i].want, "case %zu: %s", i,
                     cases[i].text);
}

Test(restated, dump_says_what_is_restated)
{
    fl_claims c = {0};
    fl_doc *d =
        unit_claims("t.txt", DATED "The Orvo mill employs 520 people.\n\nThe mill's 480 workers were sent home.\n", &c);
    const fl_claim *x = unit_find_claim(&c, "480"), *a = unit_find_claim(&c, "520");
    cr_assert(x != NULL && a != NULL);
    cr_expect(strncmp(x->why, "restates: The Orvo mill employs 520 people, line 3", 50) == 0, "why: %s", x->why);
    cr_expect(x->key_base && a->key_base && strcmp(x->key_base, a->key_base) == 0, "keys: %s / %s",
              x->key_base ? x->key_base : "(none)", a->key_base ? a->key_base : "(none)");
    fl_claims_free(&c);
    fl_doc_free(d);
}
