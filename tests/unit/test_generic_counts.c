/* test_generic_counts.c - one count named with other words (join/items.c): a generic counted noun ("six men on
 * board"), or an item left unstated, is the one specific noun its key's other claims name ("seven crew"), unless a
 * document tells them apart or the key names two specific nouns; and the route of a key leaves its noun out.
 * Table-driven; every key, sentence and place is invented. */
#include "unit.h"

#include "core/rules.h"
#include "join/items.h"

Test(generic_counts, resolve_keys)
{
    static const struct {
        const char *keys[4]; /* NULL ends */
        size_t docs[4];
        const char *want[4];
    } cases[] = {
        /* a generic noun takes the one specific noun of its key */
        {{"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:man|story"},
         {0, 1},
         {"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:crew|story"}},
        {{"hospitalisations|people|@c/crush>|actual|spectator|2031-06",
          "hospitalisations|people|@c/crush>|actual|person|2031-06"},
         {0, 1},
         {"hospitalisations|people|@c/crush>|actual|spectator|2031-06",
          "hospitalisations|people|@c/crush>|actual|spectator|2031-06"}},
        /* two specific nouns: which one the generic is is not known */
        {{"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:passenger|story",
          "act|people|@c/sinking>|actual|carry:person|story"},
         {0, 1, 2},
         {"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:passenger|story",
          "act|people|@c/sinking>|actual|carry:person|story"}},
        /* a document that gives both tells a part from its whole */
        {{"deaths|people|@c/fire>|actual|person|2031-03", "deaths|people|@c/fire>|actual|resident|2031-03",
          "deaths|people|@c/fire>|actual|person|2031-03"},
         {0, 0, 1},
         {"deaths|people|@c/fire>|actual|person|2031-03", "deaths|people|@c/fire>|actual|resident|2031-03",
          "deaths|people|@c/fire>|actual|person|2031-03"}},
        /* an item left unstated is the one item its key's other figures name ("0.4 Mt" of the mine's coal) */
        {{"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual||2030"},
         {0, 1},
         {"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual|coal|2030"}},
        /* ... but not when the key names two items, nor when one report gives both (a part and its whole) */
        {{"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual|copper|2030",
          "production|mass|@c/mine>|actual||2030"},
         {0, 1, 2},
         {"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual|copper|2030",
          "production|mass|@c/mine>|actual||2030"}},
        {{"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual||2030",
          "production|mass|@c/mine>|actual||2030"},
         {0, 0, 1},
         {"production|mass|@c/mine>|actual|coal|2030", "production|mass|@c/mine>|actual||2030",
          "production|mass|@c/mine>|actual||2030"}},
        /* an act's counted noun left empty is no item ("carry:") */
        {{"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:|story"},
         {0, 1},
         {"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|carry:|story"}},
        /* another act, another period, another subject: another key */
        {{"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|rescue:man|story",
          "act|people|@c/sinking>|actual|carry:man|2030"},
         {0, 1, 2},
         {"act|people|@c/sinking>|actual|carry:crew|story", "act|people|@c/sinking>|actual|rescue:man|story",
          "act|people|@c/sinking>|actual|carry:man|2030"}},
    };
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = 0;
        while (n < 4 && cases[i].keys[n])
            n++;
        fl_claim items[4];
        char *keys[4];
        memset(items, 0, sizeof items);
        for (size_t j = 0; j < n; j++) {
            items[j].doc = (uint32_t)cases[i].docs[j];
            keys[j] = fl_xstrdup(cases[i].keys[j]);
        }
        fl_claims all;
        memset(&all, 0, sizeof all);
        all.items = items;
        all.len = all.cap = n;
        fl_items_resolve(keys, &all, k);
        for (size_t j = 0; j < n; j++) {
            cr_expect_str_eq(keys[j], cases[i].want[j], "case %zu, key %zu", i, j);
            free(keys[j]);
        }
    }
}

Test(generic_counts, route_without_noun)
{
    static const struct {
        const char *route, *want;
    } cases[] = {
        {"act|people|@c/>|actual|carry:crew|", "act|people|@c/>|actual|carry:|"},
        {"injuries|people|@c/>|actual|person|", "injuries|people|@c/>|actual||"},
        {"exports|mass|a>b|actual||", "exports|mass|a>b|actual||"},
        {"nobar", "nobar"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_buf b = {0};
        fl_buf_puts(&b, cases[i].route);
        fl_items_route(&b);
        cr_expect(b.len == strlen(cases[i].want) && memcmp(b.ptr, cases[i].want, b.len) == 0, "case %zu: %.*s", i,
                  (int)b.len, b.ptr);
        fl_buf_free(&b);
    }
}

Test(generic_counts, across_two_reports)
{
    static const struct {
        const char *a, *b;
        size_t findings;
    } cases[] = {
        {"Published: 10 February 2031\n\nThe Kestrel sank off Orvik on Sunday with seven crew on board, the coastguard "
         "said.\n",
         "Published: 10 February 2031\n\nThe Kestrel sank off Orvik on Sunday with six men on board, the coastguard "
         "said.\n",
         1},
        /* a report that counts passengers and crew apart: people on board are neither */
        {"Published: 10 February 2031\n\nThe Kestrel sank off Orvik on Sunday with 250 passengers and 12 crew on "
         "board, the coastguard said.\n",
         "Published: 10 February 2031\n\nThe Kestrel sank off Orvik on Sunday with about 300 people on board, the "
         "coastguard said.\n",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(unit_join_findings(cases[i].a, cases[i].b), cases[i].findings, "case %zu", i);
}
