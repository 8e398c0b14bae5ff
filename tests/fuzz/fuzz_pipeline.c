/* fuzz_pipeline.c - libFuzzer target: one buffer through the whole pipeline (document, masking, segments,
 * footnotes, numbers, claims, every check, the in-document join) as plain text and as Markdown, then through
 * both emitters, and through the claim records (--dump-claims, read back as --check-claims does, must
 * finish with the same diagnostics). Built and run by `make fuzz`; a crash input given as an
 * argument is replayed: build/fuzz/fuzz_pipeline CRASH-FILE. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/markers.h"
#include "extract/claims.h"
#include "out/emit.h"
#include "run/lint.h"
#include "run/records.h"
#include "fuzz_rules.h"
#include "packs/rulepack.h"
#include "segment/segment.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loaded once; read-only afterwards, as in a real run. Deliberately never freed: the fuzzer exits. */
static fl_rules *rules;
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rules = fuzz_load_rules("fuzz_pipeline");
    devnull = fopen("/dev/null", "w");
    if (!devnull)
        abort();
    return 0;
}

/* Checks what every emitter relies on: positions are 1-based and output is sorted by line. */
static void check_sink(const fl_sink *s)
{
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->start.line < 1 || d->start.col[FL_COL_BYTE] < 1 || d->end.line < d->start.line)
            abort();
        if (i > 0 && s->items[i - 1].start.line > d->start.line)
            abort();
    }
}

static void lint_as(const char *name, const char *buf, size_t len, fl_format fmt)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(rules, &o, name, buf, len, &s);
    check_sink(&s);
    fl_summary sum = fl_summarize(&s, FL_SEV_NOTE, 1);
    fl_emit(devnull, fmt, &s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
    fl_sink_free(&s);
}

/* The text output of a finished run, in a malloc'd buffer. */
static char *finish_text(fl_run *run, size_t *len)
{
    fl_sink s = {0};
    fl_lint_finish(rules, run, &s);
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    if (!f)
        abort();
    fl_summary sum = fl_summarize(&s, FL_SEV_NOTE, 1);
    fl_emit(f, FL_FMT_JSON, &s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
    fclose(f);
    fl_sink_free(&s);
    return text;
}

/* The --dump-claims and --check-claims path: the run written as claim records and read back must finish
 * with the same diagnostics as the run itself. */
static void round_trip(const char *name, const char *buf, size_t len)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_run run, back;
    fl_lint_buffer_collect(rules, &o, name, buf, len, &run);
    char *records = NULL;
    size_t nrecords = 0;
    FILE *f = open_memstream(&records, &nrecords);
    if (!f)
        abort();
    fl_records_write(f, FL_RECORDS_KEYED, rules, &run);
    fclose(f);
    fl_records_reader *rd = fl_records_reader_new(rules);
    fl_buf err = {0};
    size_t files;
    f = fmemopen(records, nrecords ? nrecords : 1, "r");
    if (!f || fl_records_read(rd, "records", f, &err) < 0 || fl_records_finish(rd, &back, &files, &err) < 0) {
        fprintf(stderr, "fuzz_pipeline: the claim records do not read back: %s\n", fl_buf_cstr(&err));
        abort();
    }
    fclose(f);
    size_t na, nb;
    char *a = finish_text(&run, &na), *b = finish_text(&back, &nb);
    if (na != nb || memcmp(a, b, na) != 0) {
        fprintf(stderr, "fuzz_pipeline: --check-claims differs from the run:\n%s\n---\n%s\n", a, b);
        abort();
    }
    free(a);
    free(b);
    free(records);
    fl_buf_free(&err);
    fl_run_free(&run);
    fl_run_free(&back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data;
    lint_as("fuzz.txt", buf, size, FL_FMT_TEXT);
    lint_as("fuzz.md", buf, size, FL_FMT_JSON);
    round_trip("fuzz.txt", buf, size);
    round_trip("fuzz.md", buf, size);
    return 0;
}
