/* fuzz_packs.c - libFuzzer target: one buffer read as a rule pack (lexicons, patterns with the regex
 * admission check, knowledge sections), and when it loads, its pattern sets run over a sample text. Built
 * and run by `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "packs/rulepack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sample[] = "Analysts say the deal, sources said, will fail. \"Source link\" Officials told "
                             "reporters 31 bcm \xE2\x80\x9Cwas agreed\xE2\x80\x9D in 2024.\r\nNext line\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl_buf err = {0};
    fl_rules *r = fl_rules_load_text((const char *)data, size, "fuzz.json", &err);
    if (!r && err.len == 0)
        abort(); /* a refusal always says why */
    if (r) {
        fl_matcher *m = fl_matcher_new();
        for (size_t c = 0; fl_pattern_categories[c]; c++) {
            fl_match *found = NULL;
            size_t n =
                fl_patterns_scan(fl_rules_patterns(r, fl_pattern_categories[c]), m, sample, strlen(sample), 0, &found);
            for (size_t i = 0; i < n; i++)
                if (found[i].end > strlen(sample) || found[i].start > found[i].end)
                    abort();
            free(found);
        }
        fl_matcher_free(m);
        fl_rules_free(r);
    }
    fl_buf_free(&err);
    return 0;
}
