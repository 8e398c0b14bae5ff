/* test_arena.c - the per-document arena: every allocation is zeroed and aligned; an array grown step by step
 * keeps its contents across the small-to-large boundary; a large array is resized in its own block (growing it
 * a thousand times costs no more than its final size, which the old copy-on-grow arena could not promise). */
#include "unit.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/util.h"

Test(arena, alloc_is_zeroed_and_aligned)
{
    static const size_t sizes[] = {0, 1, 7, 16, 100, 32 * 1024, 32 * 1024 + 1, 200000};
    fl_arena *a = fl_arena_new();
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        unsigned char *p = fl_arena_alloc(a, sizes[i]);
        cr_assert((uintptr_t)p % _Alignof(max_align_t) == 0, "size %zu: misaligned", sizes[i]);
        for (size_t j = 0; j < sizes[i]; j++)
            cr_assert(p[j] == 0, "size %zu: byte %zu not zeroed", sizes[i], j);
        memset(p, 0xAB, sizes[i]);
    }
    fl_arena_free(a);
}

/* Grows an int array one element at a time to n elements through FL_ARENA_GROW, with small allocations in
 * between, and checks every element survived and the grown tail was zero when it appeared. */
static void grow_and_check(size_t n)
{
    fl_arena *a = fl_arena_new();
    int *v = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        FL_ARENA_GROW(a, v, cap, i + 1);
        cr_assert(v[i] == 0, "n %zu: element %zu not zero when grown", n, i);
        v[i] = (int)i * 3 + 1;
        if (i % 1000 == 0)
            fl_arena_strndup(a, "interleaved", 11);
    }
    for (size_t i = 0; i < n; i++)
        cr_assert(v[i] == (int)i * 3 + 1, "n %zu: element %zu lost", n, i);
    fl_arena_free(a);
}

Test(arena, growth_keeps_contents)
{
    static const size_t counts[] = {1, 9, 8191, 8193, 100000, 1000000};
    for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
        grow_and_check(counts[i]);
}

Test(arena, large_realloc_is_in_its_own_block)
{
    fl_arena *a = fl_arena_new();
    char *p = fl_arena_alloc(a, 40000);
    memset(p, 'x', 40000);
    char *small = fl_arena_strndup(a, "kept", 4);
    p = fl_arena_realloc(a, p, 40000, 4000000);
    cr_assert(p[0] == 'x' && p[39999] == 'x' && p[40000] == 0 && p[3999999] == 0);
    cr_assert_str_eq(small, "kept");
    p = fl_arena_realloc(a, p, 4000000, 50000);
    cr_assert(p[0] == 'x' && p[39999] == 'x');
    fl_arena_free(a);
}

/* A large array released early goes at once (the rest stays usable); a small one stays until the arena goes.
 * ASan and valgrind see a double free or a leak if either is wrong. */
Test(arena, release_frees_large_arrays_only)
{
    fl_arena *a = fl_arena_new();
    char *big1 = fl_arena_alloc(a, 100000), *big2 = fl_arena_alloc(a, 200000), *big3 = fl_arena_alloc(a, 300000);
    char *small = fl_arena_strndup(a, "kept", 4);
    big2[0] = 'y';
    fl_arena_release(a, big2);
    fl_arena_release(a, small); /* a small allocation: nothing happens */
    fl_arena_release(a, NULL);
    big1[99999] = 'a';
    big3[299999] = 'c';
    cr_assert_str_eq(small, "kept");
    fl_arena_release(a, big3);
    fl_arena_release(a, big1);
    fl_arena_free(a);
}
