/* fuzz_config.c - libFuzzer target: one buffer read as a .factlint.json (every key, the strict JSON loader).
 * Built and run by `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>

#include "core/input.h"
#include "run/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fl_buf err = {0};
    if (fl_config_check_text((const char *)data, size, "fuzz.json", &err) < 0 && err.len == 0)
        abort(); /* a refusal always says why */
    fl_buf_free(&err);
    return 0;
}
