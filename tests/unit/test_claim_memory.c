/* test_claim_memory.c - what a long document's claims share (issue 12, defect 17): a claim's strings equal to
 * the claim before's are one copy when only joins read the claims, none when they are dumped or shown; the
 * shared copies move with the claims. */
#include "unit.h"

#include "extract/claims.h"

/* The numeric claims of text, joinable_only as given. */
static fl_doc *claims_of(const char *text, int joinable_only, fl_claims *out)
{
    fl_doc *d = unit_doc("t.txt", text);
    fl_facts f;
    fl_date none = {0, 0, 0, 0, 0, 0};
    memset(out, 0, sizeof(*out));
    out->joinable_only = joinable_only;
    fl_claims_extract(d, unit_rules(), &none, 0, out, &f);
    fl_facts_free(&f);
    return d;
}

#define REPEATED                                                                                                       \
    "Russia delivered 31 bcm of gas to China in 2024, analysts said. "                                                 \
    "Russia delivered 31 bcm of gas to China in 2024, analysts said. "                                                 \
    "Russia delivered 31 bcm of gas to China in 2024, analysts said. "                                                 \
    "Russia delivered 18 bcm of gas to Turkey in 2023."

Test(claim_memory, repeated_strings_are_shared)
{
    fl_claims shared, own;
    fl_doc *d1 = claims_of(REPEATED, 1, &shared), *d2 = claims_of(REPEATED, 0, &own);
    cr_assert_eq(shared.len, 4);
    cr_assert_eq(own.len, 4);
    for (size_t i = 0; i < 4; i++) {
        const fl_claim *a = &shared.items[i], *b = &own.items[i];
        /* the same strings either way */
        cr_assert_str_eq(a->text, b->text);
        cr_assert_str_eq(a->context, b->context);
        cr_assert_str_eq(a->dim, b->dim);
        cr_assert_str_eq(a->item, b->item);
        cr_assert_str_eq(a->key, b->key);
        cr_assert_str_eq(a->key_base, b->key_base);
        cr_assert_neq(a->text, own.items[i].text);
    }
    /* repeats point at one copy; the claim that differs has its own */
    cr_assert_eq(shared.items[0].key, shared.items[1].key);
    cr_assert_eq(shared.items[1].key, shared.items[2].key);
    cr_assert_eq(shared.items[0].context, shared.items[2].context);
    cr_assert_neq(shared.items[2].key, shared.items[3].key);
    cr_assert_neq(shared.items[2].context, shared.items[3].context);
    cr_assert_eq(shared.items[2].dim, shared.items[3].dim); /* "volume" both */
    cr_assert_gt(shared.nshared, 0);
    /* a dumped or shown list shares nothing */
    cr_assert_neq(own.items[0].key, own.items[1].key);
    cr_assert_eq(own.nshared, 0);
    /* moved to another list, the shared copies go with them (ASan: no leak, no use after free) */
    fl_claims all;
    memset(&all, 0, sizeof all);
    fl_claims_take_shared(&all, &shared);
    cr_assert_eq(shared.nshared, 0);
    all.items = shared.items;
    all.len = shared.len;
    all.cap = shared.cap;
    memset(&shared, 0, sizeof shared);
    cr_assert_str_eq(all.items[2].key, own.items[2].key);
    fl_claims_free(&all);
    fl_claims_free(&own);
    fl_claims_free(&shared);
    fl_doc_free(d1);
    fl_doc_free(d2);
}
