/* test_ages.c - a person's age as a claim (extract/ages.c): which numbers are ages, of whom, and when two ages of
 * one person are compared. Table-driven; every name and sentence is invented, none is from the development data. */
#include "unit.h"

#include "extract/claims.h"

#define DATED "Published: 9 May 2031\n\n"

/* The subject of the first "age" claim of text whose shown text starts with figure: "" when there is none. */
static char *age_of(const char *text, const char *figure)
{
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    fl_claims c;
    fl_doc *d = unit_claims("story/t.txt", text, &c);
    char *who = NULL;
    for (size_t i = 0; i < c.len && !who; i++) {
        const fl_claim *x = &c.items[i];
        if (x->family >= 0 && strcmp(k->metrics[x->family].id, "age") == 0 &&
            strncmp(x->text, figure, strlen(figure)) == 0)
            who = strdup(x->subject);
    }
    fl_claims_free(&c);
    fl_doc_free(d);
    return who ? who : strdup("");
}

Test(ages, who_is_how_old)
{
    static const struct {
        const char *text, *figure, *who; /* who: "" when the figure is no age */
    } cases[] = {
        {DATED "Tomas Verlaine, 34, was taken to hospital.\n", "34", "Tomas Verlaine"},
        {DATED "Nurse Ilse Marrow (52) was on duty.\n", "52", "Ilse Marrow"},
        {DATED "Ilse Marrow, aged 52, was on duty.\n", "52", "Ilse Marrow"},
        {DATED "Ilse Marrow, a 52-year-old nurse, was on duty.\n", "52-year-old", "Ilse Marrow"},
        {DATED "The 52-year-old nurse Ilse Marrow was on duty.\n", "52-year-old", "Ilse Marrow"},
        {DATED "The forty-one-year-old Ilse Marrow was on duty.\n", "forty-one-year-old", "Ilse Marrow"},
        /* a surname alone is the person the document named in full before */
        {DATED "Ilse Marrow was on duty.\n\nMarrow, 52, said little.\n", "52", "Ilse Marrow"},
        /* no name beside it, a name that premodifies a noun, another time, a score, a count */
        {DATED "The 52-year-old was on duty.\n", "52", ""},
        {DATED "The 29-year-old Dalby Vale gang member was held.\n", "29", ""},
        {DATED "Ilse Marrow was on duty.\n\nThe then-49-year-old Marrow said little.\n", "49", ""},
        {DATED "The Dalby Rovers won 43-1 at home.\n", "43", ""},
        {DATED "In Dalby, 19 people were hurt.\n", "19", ""},
        {DATED "On Friday, 19 people were hurt.\n", "19", ""},
        /* a role noun with an age, the person named later in its sentence by a naming verb and "as" */
        {DATED "The pilot, aged 52, was named by the charity as Ilse Marrow.\n", "52", "Ilse Marrow"},
        {DATED "The driver, 34, was named locally as Tomas Verlaine.\n", "34", "Tomas Verlaine"},
        /* a role noun with an age that its sentence names no one for: the story's one pilot (story-roles); a noun of
         * no role */
        {DATED "The pilot, aged 52, said the engine failed as Ilse Marrow watched.\n", "52", "pilot"},
        {DATED "The bridge, 52, was named after Ilse Marrow.\n", "52", ""},
        {DATED "Its driver, a 52-year-old father of two, was unhurt.\n", "52", "driver"},
        {DATED "The van's 52-year-old driver was unhurt.\n", "52", "driver"},
        {DATED "The 52-year-old driver's wife was unhurt.\n", "52", ""},
        /* a role given to several people, a generic person noun, a role with no definite determiner */
        {DATED "The driver, 52, and the other driver were unhurt.\n", "52", ""},
        {DATED "Two drivers were hurt.\n\nThe driver, 52, was unhurt.\n", "52", ""},
        {DATED "The witness, 52, was unhurt.\n", "52", ""},
        {DATED "The victim, 52, was unhurt.\n", "52", ""},
        {DATED "A driver, 52, was unhurt.\n", "52", ""},
        /* a name apposed to "the <age>" that a relative clause follows */
        {DATED "Ilse Marrow won.\n\nMarrow, the 52-year-old who won in 2029, said little.\n", "52", "Ilse Marrow"},
        /* "the <age> <role>": the one person the document named in that role before */
        {DATED "Police named the pilot as Ilse Marrow.\n\nThe 52-year-old pilot had flown for years.\n", "52",
         "Ilse Marrow"},
        {DATED "The pilot, Ilse Marrow, was unhurt.\n\nThe 52-year-old pilot had flown for years.\n", "52",
         "Ilse Marrow"},
        {DATED "Her teacher Tomas Verlaine was unhurt.\n\nThe 52-year-old teacher said little.\n", "52",
         "Tomas Verlaine"},
        /* not a role given to two people, an indefinite one, a role named for nobody, another role */
        {DATED "The pilot, Ilse Marrow, and the pilot, Tomas Verlaine, were unhurt.\n\nThe 52-year-old pilot said "
               "little.\n",
         "52", ""},
        {DATED "Police named the pilot as Ilse Marrow.\n\nA 52-year-old pilot said little.\n", "52", ""},
        /* a role named for nobody: the role's own (story-roles) */
        {DATED "The 52-year-old pilot had flown for years.\n", "52", "pilot"},
        {DATED "Police named the pilot as Ilse Marrow.\n\nThe 52-year-old driver said little.\n", "52", "driver"},
        /* a relative clause of the present; one of the past is an age of another time */
        {DATED "Ilse Marrow, who is 52, was on duty.\n", "52", "Ilse Marrow"},
        {DATED "Ilse Marrow, who was 52 when she retired, said little.\n", "52", ""},
        /* "The <age>" as the subject: the person the sentence before is about, through a he/she subject and a
         * relative given an age of their own */
        {DATED "Ilse Marrow won the race.\n\nThe 52-year-old was on duty.\n", "52", "Ilse Marrow"},
        {DATED "Ilse Marrow, 52, won.\n\nHer father Tomas Marrow, 80, was proud. She was not.\n\nThe 51-year-old "
               "was on duty.\n",
         "51", "Ilse Marrow"},
        /* a relative with no age of their own is the one the sentence before is about */
        {DATED "Ilse Marrow won.\n\nHer son Tomas Marrow was proud.\n\nThe 9-year-old was on duty.\n", "9",
         "Tomas Marrow"},
        /* a second person in the sentence before, an indefinite, a common noun subject, an age far from the one
         * given */
        {DATED "Ilse Marrow met a woman.\n\nThe 52-year-old was on duty.\n", "52", ""},
        {DATED "Ilse Marrow won the race.\n\nA 52-year-old was on duty.\n", "52", ""},
        {DATED "The pilot won the race.\n\nThe 52-year-old was on duty.\n", "52", ""},
        {DATED "Ilse Marrow, 34, won the race.\n\nThe 9-year-old was on duty.\n", "9", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *who = age_of(cases[i].text, cases[i].figure);
        cr_expect_str_eq(who, cases[i].who, "case %zu: %s\n  age of \"%s\", want \"%s\"", i, cases[i].text, who,
                         cases[i].who);
        free(who);
    }
}

Test(ages, compared)
{
    static const struct {
        const char *text;
        size_t conflicts;
    } cases[] = {
        {DATED "Tomas Verlaine, 34, was hurt.\n\nVerlaine, 36, was discharged later.\n", 1},
        {DATED "Tomas Verlaine, 34, was hurt.\n\nThe 34-year-old Tomas Verlaine was discharged.\n", 0},
        {DATED "Tomas Verlaine, 34, was hurt.\n\nHis brother Marek Verlaine, 36, was not.\n", 0},
        /* an undated document: its ages are of one time all the same */
        {"Tomas Verlaine, 34, was hurt.\n\nVerlaine, thirty-six, was discharged later.\n", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = unit_count("story/t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT);
        cr_expect_eq(n, cases[i].conflicts, "case %zu: %s\n  %zu conflicts, want %zu", i, cases[i].text, n,
                     cases[i].conflicts);
    }
}
