/* fuzz_baseline.c - libFuzzer target: one buffer read as a baseline (--baseline), and when it reads, used to
 * filter a few findings. Built and run by `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>

#include "core/diag.h"
#include "run/baseline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl_buf err = {0};
    fl_baseline *b = fl_baseline_parse((const char *)data, size, "fuzz.json", &err);
    if (!b && err.len == 0)
        abort(); /* a refusal always says why */
    if (b) {
        fl_sink s = {0};
        fl_pos p = {1, {1, 1, 1}, 0};
        for (int i = 0; i < 3; i++)
            fl_sink_push(&s, i, FL_SEV_WARNING, "fuzz.txt", p, p, fl_xstrdup("a finding"));
        fl_baseline_filter(b, &s);
        fl_sink_free(&s);
        fl_baseline_free(b);
    }
    fl_buf_free(&err);
    return 0;
}
