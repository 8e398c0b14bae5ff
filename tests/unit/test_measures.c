/* test_measures.c - measured attributes read from the structure around a quantity (claim_model.measures in
 * rules/measures.json): axis words after a unit, measure nouns and verbs, a unit premodifying a noun, a unit's
 * dimension; what the figure measures as its subject; and the traps that must stay apart. Table-driven; every
 * subject and sentence is invented, none is from the development data. */
#include "unit.h"

#include "extract/claims.h"
#include "check/numcheck.h"

#define DATED "Published: 9 May 2031\n\n"

typedef struct {
    const char *text;    /* a whole document */
    const char *figure;  /* the claim whose text starts with this */
    const char *family;  /* its attribute, "" none */
    const char *subject; /* its subject ("" none); NULL: not checked */
} attr_case;

static void run_attr_cases(const attr_case *cases, size_t n)
{
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < n; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x) {
            const char *fam = x->family >= 0 ? k->metrics[x->family].id : "";
            cr_expect_str_eq(fam, cases[i].family, "case %zu: %s\n  family \"%s\", want \"%s\"", i, cases[i].text, fam,
                             cases[i].family);
            if (cases[i].subject)
                cr_expect_str_eq(x->subject, cases[i].subject, "case %zu: %s\n  subject \"%s\", want \"%s\"", i,
                                 cases[i].text, x->subject, cases[i].subject);
        }
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

Test(measures, attributes_from_structure)
{
    static const attr_case cases[] = {
        /* an axis word right after the unit; the clause's subject is what is measured (an event noun here) */
        {DATED "The mudslide was about 250 metres wide, officials said.\n", "about 250", "width", "landslide"},
        /* an apposition: the noun before the comma */
        {DATED "A drone filmed the mudslide, some 900 feet across, from above.\n", "some 900", "width", "landslide"},
        {DATED "The Orvel canal is 42 kilometres long.\n", "42", "extent", NULL},
        /* the axis after a restatement in other units, a hedge inside it */
        {DATED "The crack in the dam wall was 3 metres (10ft) deep.\n", "3", "depth", NULL},
        {DATED "The hoardings in front of the stand were 90cm (just under 3ft) high.\n", "90cm", "height", NULL},
        /* an axis joined to the unit by a hyphen premodifies the noun after it */
        {DATED "A mudslide hit Karsby. The 250-metre-wide slide buried the road.\n", "250", "width", "landslide"},
        {DATED "Rescuers dug a 3-metre-deep trench beside the road.\n", "3", "depth", "trench"},
        {DATED "The crack in the dam wall was 3 metres deep.\n", "3", "depth", NULL},
        /* a copular clause: its subject phrase is what the axis measures, not Varn, who reports it */
        {DATED "A pit opened in Velby on Monday. The crater was 30 metres deep, Varn said.\n", "30", "depth", "crater"},
        {DATED "Rescuers dug beside the road. The trench is 2 metres wide and 3 metres deep.\n", "3", "depth",
         "trench"},
        /* not a copula: the subject acts, and is no measure ("The crew dug 3 metres deep") */
        {DATED "The crew dug 3 metres deep into the bank.\n", "3", "depth", ""},
        {DATED "The new pipe is 1.4 metres in diameter.\n", "1.4", "diameter", NULL},
        /* not an axis but a preposition: a noun phrase follows (the scatter's extent, an act, not a width) */
        {DATED "Debris was scattered 20 km across the valley.\n", "20", "act", NULL},
        /* a measure noun before "of" */
        {DATED "The gang demanded a ransom of $4 million from the Tarvo Clinic.\n", "$4", "ransom", NULL},
        {DATED "The probe will orbit at an altitude of 410 km.\n", "410", "height", NULL},
        {DATED "The bend carries a speed limit of 30 mph.\n", "30", "speed-limit", NULL},
        /* a measure noun after the figure */
        {DATED "Analysts say the EUR 95 million fine will hurt Brannock Bank.\n", "EUR 95", "fine", NULL},
        /* a measure verb whose object the figure is */
        {DATED "The old Velda buoy weighed just 640 kg.\n", "640", "mass", NULL},
        /* a unit joined to its number by a hyphen before a noun: the noun's mass or length */
        {DATED "The 2,100-kilogram satellite reached orbit on Monday.\n", "2,100", "mass", "spacecraft"},
        /* a collective's size: a measure noun joined by a hyphen and a size word, or before "of"; a count that
         * another noun of the clause counts is not the collective's ("210 stewards ... for a crowd of"); the size
         * of the crowd is keyed as the act "present" on spectators (attendance's as_act), as "9,000 fans packed
         * into the stands" is */
        {DATED "A stage fell at Varlow. The 12,000-strong crowd fled.\n", "12,000", "act", NULL},
        {DATED "A stage fell at Varlow. Police moved the crowd of 9,000 out.\n", "9,000", "act", NULL},
        {DATED "A stage fell at Varlow. Just 210 stewards were on duty for a crowd of more than 50,000.\n", "210",
         "act", NULL},
        {DATED "A stage fell at Varlow. The 12,000-member union protested.\n", "12,000", "", NULL},
        /* a word number joined to its unit in one token reads as its digits do ("thirty-metre" = "30-metre") */
        {DATED "The thirty-metre crane toppled on Monday.\n", "thirty-metre", "height", "crane"},
        {DATED "A two-kilometre stretch of the Orvel canal was drained.\n", "two-kilometre", "extent", NULL},
        {DATED "A forty-two-tonne barge sank on Monday.\n", "forty-two-tonne", "mass", NULL},
        {DATED "Workers flooded the port's 280-metre dry dock on Monday.\n", "280", "extent", "dock"},
        /* a head that names what its premodifier measures; a noun right before the figure and its axis */
        {DATED "Two men climbed a 12-foot perimeter fence at the Varn depot.\n", "12", "height", "fence"},
        {DATED "Two men climbed a perimeter fence some four metres high at the Varn depot.\n", "some four", "height",
         "fence"},
        /* a measure noun in the clause's subject phrase */
        {DATED "The limit on the Harrow bridge is 20 mph.\n", "20", "speed-limit", NULL},
        /* a unit whose dimension names its attribute */
        {DATED "A tram derailed in Osterby on Monday. It was travelling at 70 km/h.\n", "70", "speed", "crash"},
        /* a length an hour or a second, abbreviated, is a speed too */
        {DATED "A tram derailed in Osterby on Monday. It was travelling at 70 km an hour.\n", "70", "speed", "crash"},
        {DATED "A fireball exploded over Osterby on Monday. It struck the air at 17 km a second.\n", "17", "speed",
         NULL},
        /* the same measure restated in other units */
        {DATED "The limit on the Harrow bridge is 20 mph, or about 32 km/h.\n", "about 32", "speed-limit", NULL},
        /* ... after the noun the first premodifies: a limit, not the speed of the story's crash */
        {DATED "A car crashed in Osterby on Monday. The road carries a 70mph limit, about 113km/h.\n", "about 113",
         "speed-limit", NULL},
        /* a scale written before the number, after it, or implied by the noun the number premodifies */
        {DATED "A magnitude 5.2 earthquake shook Velby on Monday.\n", "magnitude 5.2", "magnitude", "earthquake"},
        {DATED "A 5.2-magnitude earthquake shook Velby on Monday.\n", "5.2-magnitude", "magnitude", "earthquake"},
        {DATED "A 5.2 quake shook Velby on Monday.\n", "5.2", "magnitude", "earthquake"},
        {DATED "A quake shook Velby on Monday. The quake had a magnitude of 5.2.\n", "magnitude of 5.2", "magnitude",
         "earthquake"},
        {DATED "A quake shook Velby on Monday. The quake measured 5.2 on the Richter scale.\n", "5.2 on", "magnitude",
         "earthquake"},
        {DATED "A quake shook Velby on Monday. It measured 5.2 on the Richter scale.\n", "5.2 on", "magnitude",
         "earthquake"},
        {DATED "A quake shook Velby on Monday. Seismologists put the magnitude at 5.2.\n", "magnitude at 5.2",
         "magnitude", "earthquake"},
        {DATED "A quake shook Velby on Monday. It had a preliminary magnitude of 5.2.\n", "magnitude of 5.2",
         "magnitude", "earthquake"},
        /* a measure noun after the figure's "of"; a head before "of" or heading the subject names its measure */
        {DATED "The Orsa weather station logged 38 mm of rain overnight.\n", "38", "rainfall", NULL},
        {DATED "Swells of up to 6 metres battered the Tolvik pier.\n", "up to 6", "height", NULL},
        {DATED "Waves reaching 20 feet hit the Tolvik pier.\n", "20", "height", NULL},
        /* ... not when a relation to a place follows the figure: how far, not how high */
        {DATED "The Tolvik pole stood about 40 metres from the main grandstand.\n", "about 40", "distance", NULL},
        {DATED "The Tolvik pole stood about 40 metres tall beside the grandstand.\n", "about 40", "height", NULL},
        /* a measure noun heading the phrase the figure premodifies, modifiers between */
        {DATED "The owner said the £640,000 repair bill would fall on the Varn club.\n", "£640,000", "cost", NULL},
        {DATED "The owner said the €90,000 clean-up bill would fall on the Varn club.\n", "€90,000", "cost", NULL},
        /* a sum whose currency stands before the number premodifies the noun after it: that thing's cost */
        {DATED "Tarvo Council backed a $12 million sea-wall project on Monday.\n", "$12", "cost", "project"},
        {DATED "The Orvel family spent a €7,450 holiday in Velby.\n", "€7,450", "cost", "holiday"},
        /* a measure noun in the subject phrase: visibility, an event's measure */
        {DATED "A tram derailed in Osterby on Monday. Visibility was about 60 metres at the time.\n", "about 60",
         "visibility", "crash"},
        /* a measured act, a preposition between: the length of a path */
        {DATED "A tram derailed in Osterby on Monday. The tram skidded for 90 metres.\n", "90", "act", "crash"},
        {DATED "A tram derailed in Osterby on Monday. A car was dragged 30 feet across open fields.\n", "30", "act",
         "crash"},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
}

Test(measures, traps_stay_apart)
{
    static const attr_case cases[] = {
        /* a model named by its size is no measure of one thing */
        {DATED "The 16-inch Corvo Pad replaces the 14-inch Corvo Pad.\n", "16-inch", "", NULL},
        /* a size class or yield premodifier */
        {DATED "The army ordered 400 new 155-millimetre shells.\n", "155", "", NULL},
        {DATED "The test was of a 20-kilotonne device.\n", "20", "", NULL},
        /* a plural head is a class of things */
        {DATED "The yard builds 90-metre ferries for export.\n", "90", "", NULL},
        /* a distance to a place is no width or height: a position below its reference (frames.c) */
        {DATED "The slope broke about 200 metres below the summit.\n", "about 200", "position", NULL},
        /* a speed that premodifies a zone or limit is the limit; a top speed is what a vehicle can do */
        {DATED "A car crashed in Osterby on Monday. It was travelling at 90 km/h in a 50 km/h zone.\n", "50",
         "speed-limit", NULL},
        {DATED "A car crashed in Osterby on Monday. The car has a top speed of 250 km/h.\n", "250", "rated-speed",
         NULL},
        /* a measure noun that modifies another head is no head: "budget shortfall" is a deficit (its trigger) */
        {DATED "Tarvo Council faces a £3 million budget shortfall.\n", "£3", "budget-deficit", NULL},
        /* an amount of a thing, apart from its extent (amount_of_a_thing) */
        {DATED "The yard laid 40 metres of rail track on Monday.\n", "40", "amount", NULL},
        /* a modifier that marks another thing than the story's: no subject */
        {DATED "A pit opened in Velby on Monday. The crater was 30 metres deep. A smaller crater, about 4 metres "
               "across, opened in May.\n",
         "about 4", "width", ""},
        {DATED "A pit opened in Velby on Monday. The crater was 30 metres deep. A second crater, about 4 metres "
               "across, opened in May.\n",
         "about 4", "width", ""},
        /* a sum before a time word premodifies nothing: its verb's family, not a cost of "year" or "Tuesday" */
        {DATED "Tarvo Council spent $3 million last year.\n", "$3", "spending", NULL},
        {DATED "Tarvo Council paid $3 million Tuesday.\n", "$3", "prices", NULL},
        {DATED "The Varn trip cost £245 a head.\n", "£245", "cost", NULL},
        /* a measured act before "to" reaches a level: no path */
        {DATED "The Orvel reservoir fell to 40 metres below its rim.\n", "40", "", NULL},
        /* two counts are no restatement of one another */
        {DATED "Two dead, 5 injured in tram derailment at Osterby.\n", "5", "injuries", NULL},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
}

Test(measures, conflicts_and_traps)
{
    /* one slide's width in two units that disagree */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A mudslide buried the road above Karsby.\n\nThe slide was about 300 metres wide.\n\n"
                                  "Photographs show the mudslide, some 600 feet across, above the road.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* the same width in two units agrees */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A mudslide buried the road above Karsby.\n\nThe slide was about 300 metres wide.\n\n"
                                  "Photographs show the mudslide, some 1,000 feet across, above the road.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    /* two rewards offered by two bodies, each indefinite: no conflict; a definite hit restates the loss */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A depot burned in Velby.\n\nThe Velby union offered a $5,000 reward for information."
                                  "\n\nA $500 reward was offered by the Orvane branch.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A fire closed the Velby fair.\n\nThe society faces a loss of £850,000.\n\n"
                                  "Its reserves will absorb the £580,000 hit, the treasurer said.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* one quake's magnitude in three notations, two of which disagree */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A magnitude 5.2 earthquake shook Velby on Monday.\n\n"
                                  "The quake measured 4.8 on the Richter scale, the survey said.\n\n"
                                  "The 5.2 quake cut power to 900 homes.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* a list of magnitudes is of several quakes, none of them the document's */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A magnitude 5.2 earthquake shook Velby on Monday.\n\n"
                                  "Two aftershocks, magnitude 3.1 and 2.8, followed. Quakes of magnitude 2 or 3 are "
                                  "common in the valley.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    /* an aftershock's magnitude is not the main quake's; counts of quakes and tremors are no magnitudes */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A magnitude 5.2 earthquake shook Velby on Monday.\n\n"
                                  "A 4.1-magnitude aftershock followed at noon. Two quakes and 3 tremors have hit the "
                                  "valley since 2029, and repairs cost two orders of magnitude more than planned.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    /* one satellite's mass as a satellite and as a spacecraft */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "The 2,100-kilogram satellite reached orbit on Monday.\n\n"
                                  "Engineers will test the 1.6-tonne spacecraft's cameras.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* another named satellite of the same kind, and a rocket's capacity, stay apart */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "The 2,100-kilogram satellite reached orbit on Monday.\n\n"
                                  "The first Velda satellite weighed just 700 kg.\n\n"
                                  "The Corra rocket can carry up to 3 tonnes.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    /* a train's speed against the limit on the line: two attributes */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A tram derailed in Osterby on Monday.\n\nIt entered the curve at 70 km/h.\n\n"
                                  "The limit on the curve is 25 mph, or about 40 km/h.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    /* the tram's speed in two units that disagree */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A tram derailed in Osterby on Monday.\n\nIt entered the curve at 70 km/h.\n\n"
                                  "Inspectors asked why the tram was doing 60 miles an hour.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* one fence's height as a premodifier and after the noun, in two units that disagree; its length stays apart */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "Two men escaped from the Varn depot.\n\nThey climbed a 12-foot perimeter fence.\n\n"
                                  "The fence, some 400 metres long, was cut.\n\nPolice said the men had scaled a "
                                  "perimeter fence some six metres high.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
    /* a part (the fracture line's depth) is not the slide's width */
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "A mudslide buried the road above Karsby.\n\nThe slide was about 300 metres wide.\n\n"
                                  "The fracture line was up to 2 metres deep.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
}

/* A document's event is what its event nouns name, not responders named after it ("fire crews" at a sinkhole,
 * claim_model.not_events); a bare number that counts the noun after it is no count of the trigger's people. */
Test(measures, responders_and_counted_nouns)
{
    static const attr_case cases[] = {
        {DATED "A sinkhole opened in Osterby on Monday, forcing the evacuation of 80 residents.\n\nFire crews and the "
               "fire brigade attended. Fire commander Ana Ruiz said the road would stay shut.\n",
         "80", "evacuations", "collapse"},
        {DATED "A fire broke out in Osterby on Monday, forcing the evacuation of 80 residents.\n", "80", "evacuations",
         "fire"},
        /* a hyphenated event verb names its class (claim_model.event_verbs) */
        {DATED "A hot-air balloon crash-landed in Osterby on Monday. Nine people were taken to hospital.\n", "Nine",
         "hospitalisations", "crash"},
        /* residents moved out of buildings were evacuated (metrics.json evacuations) */
        {DATED "A sinkhole opened in Osterby on Monday. About 120 residents were moved out of four apartment "
               "blocks.\n",
         "About 120", "evacuations", "collapse"},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
    fl_claims c;
    fl_doc *d = unit_claims("story/t.txt",
                            DATED "A fire broke out in Osterby on Monday, forcing the evacuation of four apartment "
                                  "blocks.\n",
                            &c);
    const fl_claim *x = unit_find_claim(&c, "four");
    cr_expect(x == NULL || strcmp(x->item ? x->item : "", "person") != 0, "four apartment blocks counted as people");
    fl_claims_free(&c);
    fl_doc_free(d);
}

/* A distance's scope is its place: the words after the preposition up to the place's noun, not a clause or a
 * time after it; a coordinated second place reads on (its own figure follows). */
Test(measures, distance_scopes_end_at_the_place)
{
    static const struct {
        const char *text, *figure, *item;
    } cases[] = {
        {DATED "The trawler was about 40km off the coast when its beacon went off.\n", "about 40km", " @coast"},
        {DATED "The raft drifted some 9 nautical miles south of Varrow Head late last night.\n", "some 9",
         " @varrow head"},
        {DATED "The epicentre was 12 kilometres north-east of the town of Castel Brune, officials said.\n", "12",
         " @castel brune"},
        {DATED "The quake struck six miles west of Ormsby and seven miles from Tull.\n", "six miles",
         " @ormsby and seven miles"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x)
            cr_expect_str_eq(x->item, cases[i].item, "case %zu: item \"%s\", want \"%s\"", i, x->item, cases[i].item);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* The words of each family as a class, and the measures of a named thing: a volume premodifying its noun, held or
 * a capacity; a pipe's bore in a size-class unit; how long something lasted; a rate of what a family counts;
 * money in subunits. The traps: a calibre stays a class, a count of visitors is no rate, a year is no duration. */
Test(measures, classes_volumes_bores_rates)
{
    static const attr_case cases[] = {
        {DATED "Water poured from the depot's 6,000-litre storage tank into Orvel Street.\n", "6,000-litre", "volume",
         "tank"},
        {DATED "The tank holds roughly 3,000 gallons, the fire service said.\n", "roughly 3,000", "volume", "tank"},
        {DATED "The Karsby reservoir can hold 2 million gallons.\n", "2 million", "volume", NULL},
        {DATED "Crews replaced a 450mm pipe under Velda Road.\n", "450mm", "diameter", "pipe"},
        {DATED "A 30-inch sewer collapsed under Velda Road on Monday.\n", "30-inch", "diameter", "sewer"},
        /* a bore noun the tagger reads as an adjective, a restatement in brackets, a hyphenated modifier */
        {DATED "The 750mm main, laid in 1902, gave way at dawn.\n", "750mm", "diameter", "main"},
        {DATED "A 30-inch (760mm) cast-iron trunk main failed beneath Velda Road.\n", "30-inch", "diameter", "main"},
        /* a delay named by its noun */
        {DATED "The Orvel tunnel opened in 2030. The twenty-month delay angered residents.\n", "twenty-month", "delay",
         NULL},
        /* a calibre or screen size stays a class, no measure of one thing */
        {DATED "Gunners fired 155mm shells at the ridge.\n", "155mm", "", NULL},
        {DATED "The 15-inch laptop went on sale in Varlow.\n", "15-inch", "", NULL},
        /* how long something lasted, and the delay beside it */
        {DATED "A blaze broke out at the Orvel mill. The blaze lasted nearly four hours.\n", "nearly four", "duration",
         NULL},
        /* a state that lasted is keyed by the state (claim_model.states: a stand-off), as the act family */
        {DATED "A blaze broke out at the Orvel mill. The stand-off lasted nearly four hours.\n", "nearly four", "act",
         NULL},
        {DATED "The Velda bridge opened 14 months behind schedule.\n", "14 months", "delay", NULL},
        /* a rate of what a family counts; the same noun counted once is no rate */
        {DATED "Karsby Abbey receives about 400,000 visitors a year, its trustees said.\n", "about 400,000", "visitors",
         NULL},
        {DATED "Around 12,000 passengers a day use the Orvel ferry.\n", "Around 12,000", "ridership", NULL},
        {DATED "A roof fell at Karsby Abbey. Three visitors were hurt.\n", "Three", "injuries", NULL},
        /* the nouns and verbs of a family as a class */
        {DATED "A fire swept the Velby flats. Four tenants drowned in the flooded basement.\n", "Four", "deaths", NULL},
        {DATED "A storm hit Varlow. Nine people suffered minor injuries.\n", "Nine", "injuries", NULL},
        {DATED "Velda Mining will pay a final dividend of 9p per share.\n", "9p", "dividend", NULL},
        /* a count of job losses is the act "cut" (test jobs_lost_as_one_act) */
        {DATED "Brannock Bank said 1,200 staff would be made redundant.\n", "1,200", "act", NULL},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A money subunit is its currency's hundredth: 12p and £0.12 agree, 12p and 15p do not. */
Test(measures, money_subunits)
{
    cr_expect_eq(unit_count("story/t.txt",
                            DATED "Velda Mining will pay a final dividend of 12p per share for 2030.\n\n"
                                  "Velda Mining will pay a final dividend of £0.12 a share for 2030, its chair said.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 0);
    cr_expect_eq(unit_count("story/t.txt",
                            DATED
                            "Velda Mining will pay a final dividend of 12p per share for 2030.\n\n"
                            "Velda Mining will pay a final dividend of 15 pence a share for 2030, its chair said.\n",
                            FL_RULE_NUMERIC_CONFLICT),
                 1);
}

/* One-off amounts of a story: the phrase an estimator puts at a figure, an amount after "of", and the story's
 * one amount its own noun names (claim_model attribute story_amount). */
Test(measures, story_amounts)
{
    static const attr_case cases[] = {
        /* an estimator is no subject: the phrase it puts at the figure is what is measured */
        {DATED "A blast hit the Orvane depot. Tarsk Holdings put the damage at EUR 6.1 million.\n", "EUR 6.1", "damage",
         "damage"},
        {DATED "A storm hit Velby. County officials put the preliminary damage estimate at $12 million.\n", "$12",
         "damage", "damage"},
        {DATED "Gas leaked at Orvane. The firm put the clean-up bill at EUR 2.2 million on Friday.\n", "EUR 2.2",
         "cost", "clean-up"},
        {DATED "Gas leaked at Orvane. The firm expects a clean-up cost of EUR 2.2 million.\n", "EUR 2.2", "cost",
         "clean-up"},
        /* a measure noun before "of" that is also a trigger of another family ("penalty" of "fines") */
        {DATED "The regulator imposed a penalty of £40,000 on the Velby bakery.\n", "£40,000", "fine", "penalty"},
        /* a money loss, a hit and a charge: a loss is the story's one loss (a hit is one, equivalents.json), never
         * a cost, which a result is not ("cost £1.2m to stage and made a loss of"); a charge is a cost */
        {DATED "A fire closed the Velby fair. The organisers face a loss of £300,000.\n", "£300,000", "loss", "loss"},
        {DATED "A fire closed the Velby fair. Reserves will absorb the £300,000 hit.\n", "£300,000", "loss", "hit"},
        {DATED "The Velby fair cost £1.2m to stage and made a loss of £300,000.\n", "£1.2m", "cost", NULL},
        {DATED "The Velby fair cost £1.2m to stage and made a loss of £300,000.\n", "£300,000", "loss", "loss"},
        {DATED "Tarsk will book a one-off charge of £12m for the closure.\n", "£12m", "cost", NULL},
        {DATED "Tarsk took a £9m write-down on the Orvane plant.\n", "£9m", "cost", NULL},
        /* a premodified story amount is the story's one such amount too */
        {DATED "Analysts say the EUR 95 million fine will hurt Brannock Bank.\n", "EUR 95", "fine", "fine"},
        /* an event's attribute stays its event's */
        {DATED "Hackers hit the Tarvo Clinic. The gang demanded a ransom of $4 million.\n", "$4", "ransom", NULL},
        /* "the project, which ... will cost": the story's one project */
        {DATED "A crane fell at Orvane. The project, which Tarsk has said will cost 40 million euros, is halted.\n",
         "40 million", "cost", "project"},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
}

/* What must stay apart: a budget is no one-off amount of the story, and a cost with no modifier is left to its
 * trigger (the thing after "of"). Keys: a story thing's amount told with no tense or as what it will be is its
 * estimate (keyed as a forecast); told in the past ("had cost"), its actual. */
Test(measures, story_amount_traps)
{
    static const struct {
        const char *text, *figure, *not_subject, *in_key; /* in_key NULL: not checked */
    } cases[] = {
        {DATED "The council set its annual budget at £9 million.\n", "£9", "budget", NULL},
        {DATED "A pier collapsed. The firm estimated the cost of rebuilding the pier at £3 million.\n", "£3", "cost",
         NULL},
        {DATED "A crane fell at Orvane. Repairs will cost about £2 million.\n", "about £2", "cost", "|forecast|"},
        {DATED "A storm hit Velby. The county would use its damage figure of $9 million to seek aid.\n", "$9", "",
         "|forecast|"},
        {DATED "A storm hit Velby. The county put the damage at $9 million.\n", "$9", "", "|forecast|"},
        /* what a thing cost, told in the past, stays apart from the estimates of it */
        {DATED "A crane fell at Orvane. The new crane had cost about £2 million.\n", "about £2", "", "|actual|"},
        /* an indefinite amount before its noun may be one of several: not the story's one ("a $500 reward") */
        {DATED "A depot burned in Velby. The union offered a $500 reward for information.\n", "$500", "reward", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_assert(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        cr_expect(!x->subject || strcmp(x->subject, cases[i].not_subject) != 0, "case %zu: subject \"%s\"", i,
                  x->subject);
        if (cases[i].in_key)
            cr_expect(x->key && strstr(x->key, cases[i].in_key), "case %zu: key \"%s\", want \"%s\" in it", i,
                      x->key ? x->key : "(none)", cases[i].in_key);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* Job losses in all their wordings are one attribute, the act "cut" of what the figure counts (workers: a job, a
 * post, a role or a redundancy is a worker's), keyed by modality and, in a dated report, by its month; jobs
 * created, the workforce and the loss of other things stay apart. */
typedef struct {
    const char *text, *figure;
    const char *item; /* its item ("cut:worker"); "" any other than cut:worker */
    int modality;     /* fl_modality */
    int month;        /* its period's month: 0 none */
} cut_case;

Test(measures, jobs_lost_as_one_act)
{
    static const cut_case cases[] = {
        {DATED "Orlen Tooling said 1,540 redundancies would be made.\n", "1,540", "cut:worker", FL_MOD_FORECAST, 5},
        {DATED "Orlen Tooling closed with 1,540 redundancies.\n", "1,540", "cut:worker", FL_MOD_ACTUAL, 5},
        {DATED "Orlen Tooling announced 300 layoffs.\n", "300", "cut:worker", FL_MOD_ACTUAL, 5},
        {DATED "Orlen Tooling collapses, 1,450 jobs to go.\n", "1,450", "cut:worker", FL_MOD_ACTUAL, 5},
        {DATED "Unions say up to 200 jobs will go.\n", "up to 200", "cut:worker", FL_MOD_FORECAST, 5},
        {DATED "Some 260 posts are expected to go over the next year.\n", "Some 260", "cut:worker", FL_MOD_FORECAST, 5},
        {DATED "The plant shut with the loss of 90 jobs.\n", "90", "cut:worker", FL_MOD_ACTUAL, 5},
        /* the phrase attached to a subject figure comes before its verb group */
        {DATED "Officials said 150 of the 410 staff at the mill would lose their jobs.\n", "150", "cut:worker",
         FL_MOD_FORECAST, 5},
        /* apart: jobs created, the loss of homes */
        {DATED "Orlen Tooling will create 200 jobs.\n", "200", "", FL_MOD_FORECAST, 5},
        {DATED "The storm caused the loss of 40 homes.\n", "40", "", FL_MOD_ACTUAL, 5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x && cases[i].item[0]) {
            cr_expect_str_eq(x->item, cases[i].item, "case %zu: %s\n  item \"%s\"", i, cases[i].text, x->item);
            cr_expect_eq(x->modality, cases[i].modality, "case %zu: %s\n  modality %d", i, cases[i].text,
                         (int)x->modality);
            cr_expect_eq(x->month, cases[i].month, "case %zu: %s\n  month %d", i, cases[i].text, (int)x->month);
        } else if (x)
            cr_expect(strcmp(x->item, "cut:worker") != 0, "case %zu: %s\n  item cut:worker", i, cases[i].text);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* What a subject owes is its debt in all the verb's shapes (the figure the object of "owe", an indirect object
 * between: "owes creditors £212m"); a level a dated news report states with no period is of the report's month
 * (claim_model attribute "report_level"); a loss or revenue is no debt. */
Test(measures, debts_owed)
{
    static const struct {
        const char *text, *figure, *family;
        int month; /* its period's month, 0 none; -1 not checked */
    } cases[] = {
        {DATED "Orlen Tooling owes creditors about £212m.\n", "about £212m", "debt", 5},
        {DATED "The group owes more than £250 million.\n", "more than £250", "debt", 5},
        {DATED "Orlen Tooling collapsed owing its suppliers £11.6m.\n", "£11.6m", "debt", 5},
        {DATED "Suppliers are owed almost £16 million.\n", "almost £16", "debt", 5},
        {DATED "Orlen Tooling has debts of £40m.\n", "£40m", "debt", 5},
        {DATED "At the end of 2029 Orlen Tooling owed £31m.\n", "£31m", "debt", -1},
        /* "!debt": any family but debt */
        {DATED "Orlen Tooling made a loss of £3m.\n", "£3m", "!debt", -1},
        {DATED "Orlen Tooling owes its success to its 90 engineers.\n", "90", "!debt", -1},
    };
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x) {
            const char *fam = x->family >= 0 ? k->metrics[x->family].id : "";
            if (cases[i].family[0] == '!')
                cr_expect_str_neq(fam, cases[i].family + 1, "case %zu: %s\n  family \"%s\"", i, cases[i].text, fam);
            else
                cr_expect_str_eq(fam, cases[i].family, "case %zu: %s\n  family \"%s\"", i, cases[i].text, fam);
            if (cases[i].month >= 0)
                cr_expect_eq(x->month, cases[i].month, "case %zu: %s\n  month %d", i, cases[i].text, (int)x->month);
        }
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* What a measure's subject phrase stands for when it is no plain noun phrase before its verb: the antecedent of a
 * relative clause that holds the figure, the phrase before an intensifier, a pronoun for the unnamed thing the
 * sentence right before measured; a cost verb the tagger reads into its subject phrase; and a condition clause
 * whose figure is no event's. */
Test(measures, subject_across_relatives_and_pronouns)
{
    static const attr_case cases[] = {
        /* a non-restrictive relative clause: the phrase before the comma */
        {DATED "The boiler, which weighs 12 tonnes, was lifted onto a barge.\n", "12", "mass", "boiler"},
        /* an intensifier after the subject phrase */
        {DATED "The boiler itself weighs 12 tonnes.\n", "12", "mass", "boiler"},
        /* a pronoun right after a sentence that measured an unnamed thing */
        {DATED "The boiler is 9 metres long. It weighs 12 tonnes.\n", "12", "mass", "boiler"},
        /* not when a sentence without that thing stands between: the pronoun may be anything */
        {DATED "The boiler is 9 metres long. Crews worked overnight. It weighs 12 tonnes.\n", "12", "mass", ""},
        /* nor a pronoun with no such sentence: an event's figure stays the event's */
        {DATED "A quake shook Velby on Monday. It measured 5.2 on the Richter scale.\n", "5.2 on", "magnitude",
         "earthquake"},
        /* a cost verb read into the phrase before the figure: the noun before it is the thing costed */
        {DATED "The refit cost $3.2 million, covered by the owners.\n", "$3.2", "cost", "refit"},
        {DATED "Freight cost $3.2 million.\n", "$3.2", "cost", "freight"},
        {DATED "Demolition cost $3.2 million.\n", "$3.2", "cost", "demolition"},
        /* a compound noun of the cost family ("total cost") is no verb: no thing */
        {DATED "The total cost $3.2 million.\n", "$3.2", "cost", ""},
    };
    run_attr_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A present-tense clause opened by a generic condition ("when gusts exceed ...") is a rule, not what happened: its
 * figure is supposed and gets no key; a past one ("when gusts reached ...") tells the event. */
Test(measures, generic_conditions)
{
    static const struct {
        const char *text, *figure;
        int keyed;
    } cases[] = {
        {DATED "A crane fell in Velby. Cranes should stop working when gusts exceed 72 km/h.\n", "72", 0},
        {DATED "A crane fell in Velby. Cranes stop whenever gusts top 72 km/h.\n", "72", 0},
        {DATED "A crane fell in Velby. The crane fell when gusts reached 72 km/h.\n", "72", 1},
        {DATED "A crane fell in Velby. The crane will fall when gusts reach 72 km/h, engineers warned.\n", "72", -1},
        /* an amount an authority weighed is no amount it set (claim_model.hypothetical "had considered") */
        {DATED "Brannock Bank was fined. The regulator had considered a penalty of £90m at first.\n", "£90m", 0},
        {DATED "Brannock Bank was fined. The regulator imposed a penalty of £90m on Monday.\n", "£90m", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x && cases[i].keyed >= 0)
            cr_expect_eq(x->key != NULL, cases[i].keyed, "case %zu: %s\n  key %s", i, cases[i].text,
                         x->key ? x->key : "(none)");
        if (x && cases[i].keyed == 0)
            cr_expect(strstr(x->why, "hypothetical") != NULL, "case %zu: why \"%s\"", i, x->why);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* A company's legal form or generic last word (claim_model.company_forms) does not tell it apart: its key is the
 * name without it. A word that names another thing ("University") stays. */
Test(measures, company_forms_left_out_of_keys)
{
    static const struct {
        const char *text, *figure, *key_part;
    } cases[] = {
        {DATED "Corvin & Dale Bank is closing 38 branches.\n", "38", "@corvin & dale>"},
        {DATED "Corvin & Dale is closing 38 branches.\n", "38", "@corvin & dale>"},
        {DATED "Tessmark Holdings reported revenue of £41m in 2030.\n", "£41m", "@tessmark>"},
        {DATED "Velby University reported revenue of £41m in 2030.\n", "£41m", "@velby university>"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x)
            cr_expect(x->key && strstr(x->key, cases[i].key_part), "case %zu: %s\n  key %s, want %s in it", i,
                      cases[i].text, x->key ? x->key : "(none)", cases[i].key_part);
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* An amount of a thing that nothing else measures ("N <unit> of <noun phrase>") is the family marked "amounts"
 * (rules/measures.json), of the phrase's head, with the verb whose subject or object it is in its item: an amount is
 * often a part of its thing, so it meets only amounts of that thing under the same verb, never the thing's extent. */
typedef struct {
    const char *text;   /* a whole document */
    const char *figure; /* the claim whose text starts with this */
    const char *family; /* its attribute, "" none */
    const char *item;   /* its item; NULL: not checked */
} amount_case;

Test(measures, amount_of_a_thing)
{
    static const amount_case cases[] = {
        {DATED "The dye stained about 3 km of the Orvel canal.\n", "about 3", "amount", "stain:canal"},
        /* no verb but "be" governs it: the head alone, its modifiers left out */
        {DATED "The estate's 4.1km of buried cabling is the longest in Varn.\n", "4.1km", "amount", "cable"},
        {DATED "Water runs through 900 kilometres of mains.\n", "900", "amount", "main"},
        /* a reporting verb: the reported clause's verb */
        {DATED "The firm said 300 litres of diesel drained away.\n", "300", "amount", "drain:diesel"},
        /* a verb's particle is no preposition */
        {DATED "The tank boiled off 80 litres of nitrogen.\n", "80", "amount", "boil:nitrogen"},
        /* a trigger after "of" says what it is: the mill's production */
        {DATED "The Varn mill produced 500 tonnes of steel in 2030.\n", "500", "production", NULL},
        /* a second "of": what it names is measured, not the first noun */
        {DATED "Crews cleared 6 km of the banks of the Orvel.\n", "6", "", NULL},
        /* not a unit of the family's dimensions */
        {DATED "The dye stained about 40% of the Orvel canal.\n", "about 40%", "", NULL},
        /* a transfer to or from a named party is no amount of its thing */
        {DATED "Varnland sent 4.1 million tonnes of grain to Egypt in 2030.\n", "4.1", "", NULL},
        /* an axis states the thing's own extent, a family of its own */
        {DATED "The Orvel canal is 42 kilometres long.\n", "42", "extent", NULL},
    };
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_claims c;
        fl_doc *d = unit_claims("story/t.txt", cases[i].text, &c);
        const fl_claim *x = unit_find_claim(&c, cases[i].figure);
        cr_expect(x != NULL, "case %zu: no claim \"%s\"", i, cases[i].figure);
        if (x) {
            const char *fam = x->family >= 0 ? k->metrics[x->family].id : "";
            cr_expect_str_eq(fam, cases[i].family, "case %zu: %s\n  family \"%s\", want \"%s\"", i, cases[i].text, fam,
                             cases[i].family);
            if (cases[i].item)
                cr_expect_str_eq(x->item, cases[i].item, "case %zu: %s\n  item \"%s\", want \"%s\"", i, cases[i].text,
                                 x->item, cases[i].item);
        }
        fl_claims_free(&c);
        fl_doc_free(d);
    }
}

/* An amount of a part of a thing is never the thing's extent: "replaced 186 km of mains" and "14,600 km of mains"
 * stay apart, and so do the canal's amount and its length; two amounts under one verb meet. */
Test(measures, amounts_stay_apart)
{
    static const struct {
        const char *text;
        size_t conflicts;
    } cases[] = {
        {DATED "Varn Water runs 14,600 kilometres of mains. Last year it replaced 186 km of mains.\n", 0},
        {DATED "The Orvel canal is 38 km long. The dye stained 3 km of the canal.\n", 0},
        {DATED "The dye stained 3 km of the canal.\n\nBy Monday night the dye had stained 9 km of the canal.\n", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_count("story/t.txt", cases[i].text, FL_RULE_NUMERIC_CONFLICT), cases[i].conflicts,
                     "case %zu: %s", i, cases[i].text);
}
