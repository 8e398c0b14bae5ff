/* fuzz_records.c - libFuzzer target: one buffer read as claim records (--check-claims), then, when it reads,
 * finished (the corpus-wide joins, levels, suppressions) and printed as JSON. Built and run by `make fuzz`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/input.h"
#include "out/emit.h"
#include "packs/rulepack.h"
#include "run/lint.h"
#include "run/records.h"
#include "fuzz_rules.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loaded once; read-only afterwards, as in a real run. Deliberately never freed: the fuzzer exits. */
static fl_rules *rules;
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rules = fuzz_load_rules("fuzz_records");
    devnull = fopen("/dev/null", "w");
    if (!devnull)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen((void *)data, size ? size : 1, "r");
    if (!f)
        abort();
    if (size == 0)
        fgetc(f); /* fmemopen cannot open an empty buffer: read its one byte away */
    fl_records_reader *rd = fl_records_reader_new(rules);
    fl_records_set_max(rd, 4096); /* the limit on a record is exercised too */
    fl_buf err = {0};
    fl_run run;
    size_t files;
    int rc = fl_records_read(rd, "fuzz.jsonl", f, &err);
    if (rc < 0)
        fl_records_reader_free(rd); /* fl_records_finish frees it otherwise, whatever it returns */
    if (rc == 0 && fl_records_finish(rd, &run, &files, &err) == 0) {
        fl_sink s = {0};
        fl_lint_finish(rules, &run, &s);
        fl_summary sum = fl_summarize(&s, FL_SEV_NOTE, files);
        fl_emit(devnull, FL_FMT_TEXT, &s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
        fl_emit(devnull, FL_FMT_SARIF, &s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
        fl_sink_free(&s);
        fl_run_free(&run);
    } else if (err.len == 0) {
        abort(); /* a refusal always says why */
    }
    fclose(f);
    fl_buf_free(&err);
    return 0;
}
