/* fuzz_rules.h - the built-in rule packs for a fuzz target that lints: loaded once at start (FACTLINT_RULES, else
 * ./rules), read-only afterwards as in a real run, never freed (the fuzzer exits). A target that cannot load them
 * aborts with a message naming itself. */
#ifndef FL_FUZZ_RULES_H
#define FL_FUZZ_RULES_H

#include <stdio.h>
#include <stdlib.h>

#include "packs/rulepack.h"

static fl_rules *fuzz_load_rules(const char *target)
{
    const char *env = getenv("FACTLINT_RULES");
    const char *dir = env && *env ? env : "rules";
    fl_buf err = {0};
    fl_rules *r = fl_rules_load(&dir, 1, &err);
    if (!r) {
        fprintf(stderr, "%s: cannot load the rule packs from %s (set FACTLINT_RULES): %s\n", target, dir,
                fl_buf_cstr(&err));
        abort();
    }
    fl_buf_free(&err);
    return r;
}

#endif
