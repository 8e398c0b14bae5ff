/* fuzz_glob.c - libFuzzer target: a configuration glob and a path (the buffer's first line and the rest,
 * without NUL bytes) through fl_glob_match, which must answer in time linear in their product (the fuzzer's
 * timeout catches an exponential one). Built and run by `make fuzz`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "run/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    if (memchr(s, '\0', size))
        return 0;
    const char *nl = memchr(s, '\n', size);
    size_t gl = nl ? (size_t)(nl - s) : size;
    char *glob = fl_xstrndup(s, gl);
    char *path = nl ? fl_xstrndup(nl + 1, size - gl - 1) : fl_xstrdup("a/b/c.md");
    int hit = fl_glob_match(glob, path);
    if (hit != 0 && hit != 1)
        abort();
    free(glob);
    free(path);
    return 0;
}
