/* test_records.c - claim records (--dump-claims, --check-claims): a run written as records and read back
 * finishes with the diagnostics of the run itself; numbers come back exactly; a reducer that holds only
 * part of the records neither reports a suppression another reducer uses nor shows what it suppresses. */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "out/emit.h"
#include "run/records.h"
#include "core/rules.h"

/* The records of run, as --dump-claims writes them (form), in a malloc'd string. */
static char *records_of(fl_run *run, fl_records_form form)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert_not_null(f);
    fl_records_write(f, form, unit_rules(), run);
    fclose(f);
    return text;
}

/* Reads records back into run, as --check-claims does; a test failure when they do not read. */
static void read_back(const char *records, fl_run *run)
{
    fl_records_reader *rd = fl_records_reader_new(unit_rules());
    fl_buf err = {0};
    size_t files;
    FILE *f = fmemopen((void *)records, strlen(records), "r");
    cr_assert_not_null(f);
    int rc = fl_records_read(rd, "records", f, &err);
    fclose(f);
    if (rc == 0)
        rc = fl_records_finish(rd, run, &files, &err);
    else
        fl_records_reader_free(rd);
    cr_assert_eq(rc, 0, "records do not read back: %s", fl_buf_cstr(&err));
    fl_buf_free(&err);
}

/* The diagnostics of a finished run as text, one per line with their related notes, malloc'd. */
static char *finished(fl_run *run)
{
    fl_sink s = {0};
    fl_lint_finish(unit_rules(), run, &s);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert_not_null(f);
    fl_summary sum = fl_summarize(&s, FL_SEV_NOTE, 1);
    fl_emit(f, FL_FMT_TEXT, &s, FL_SEV_NOTE, FL_COL_DISPLAY, &sum);
    fclose(f);
    fl_sink_free(&s);
    return text;
}

/* Lints text as name directly and through its records (in form); both outputs must be equal. Returns the
 * direct output (malloc'd) for further checks. */
static char *round_trip(const char *name, const char *text, fl_records_form form)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_run direct, half, back;
    fl_lint_buffer_collect(unit_rules(), &o, name, text, strlen(text), &direct);
    fl_lint_buffer_collect(unit_rules(), &o, name, text, strlen(text), &half);
    char *records = records_of(&half, form);
    read_back(records, &back);
    char *a = finished(&direct), *b = finished(&back);
    cr_assert_str_eq(b, a, "through records (%s):\n%s\ndirect:\n%s", records, b, a);
    free(b);
    free(records);
    fl_run_free(&direct);
    fl_run_free(&half);
    fl_run_free(&back);
    return a;
}

static const char *const documents[][2] = {
    /* numeric-conflict within the document, through the keyed and the partial join */
    {"gas.txt", "In 2024 Russia delivered 31 bcm of gas to China. Later that year Russia delivered 45 bcm of gas "
                "to China, officials said. Deliveries reached 60 bcm.\n"},
    /* quote-conflict: one speaker, two renderings */
    {"fleet.txt",
     "Nordbuss is changing course. \u201cOur fleet will be mostly electric by 2030, and every depot will "
     "have chargers,\u201d Karin Holm said.\n\nLater, at the annual meeting: \u201cOur fleet will be fully "
     "electric by 2030, and every depot will have chargers,\u201d said Karin Holm, chief executive of "
     "Nordbuss.\n"},
    /* an unbounded interval and a fraction that needs 17 digits */
    {"bounds.txt", "More than 350 billion dollars flowed. Russia delivered 0.30000000000000004 bcm of gas to China "
                   "in 2023, and 0.1 bcm in 2023 too.\n"},
    /* suppressions: one used by the join, one unused, one for an unknown rule */
    {"sup.md", "Russia delivered 31 bcm of gas to China in 2024.\n\n"
               "<!-- factlint-disable-next-line numeric-conflict -->\n"
               "Russia delivered 45 bcm of gas to China in 2024.\n\n"
               "<!-- factlint-disable-next-line quote-conflict -->\n"
               "Nothing to see here.\n\n"
               "<!-- factlint-disable no-such-rule -->\n"},
    /* footnotes and sourcing: per-document findings pass through as they are */
    {"notes.md", "A senior official said the talks failed.[^1] Sources say more.[^3]\n\n[^1]: Ibid.\n[^2]: TODO\n"},
};

Test(records, round_trip_equals_the_run)
{
    for (size_t i = 0; i < sizeof documents / sizeof documents[0]; i++)
        for (int form = FL_RECORDS_JSON; form <= FL_RECORDS_KEYED; form++)
            free(round_trip(documents[i][0], documents[i][1], (fl_records_form)form));
}

Test(records, the_documents_give_findings_to_compare)
{
    /* the round trip must compare something: each document reports what it is there for */
    char *gas = round_trip(documents[0][0], documents[0][1], FL_RECORDS_JSON);
    cr_expect(strstr(gas, "[numeric-conflict]"), "%s", gas);
    char *fleet = round_trip(documents[1][0], documents[1][1], FL_RECORDS_JSON);
    cr_expect(strstr(fleet, "[quote-conflict]"), "%s", fleet);
    char *sup = round_trip(documents[3][0], documents[3][1], FL_RECORDS_JSON);
    cr_expect(strstr(sup, "sup.md:6:6: note: \"factlint-disable-next-line quote-conflict\" suppresses nothing"), "%s",
              sup);
    cr_expect(strstr(sup, "no-such-rule"), "%s", sup);
    cr_expect(!strstr(sup, "factlint-disable-next-line numeric-conflict\" suppresses nothing"), "%s", sup);
    cr_expect(!strstr(sup, "sup.md:4:"), "the suppressed conflict is shown:\n%s", sup);
    free(gas);
    free(fleet);
    free(sup);
}

/* The first half of a run over documents[i] into run; returns its records (malloc'd). */
static char *collect(size_t i, fl_run *run)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_lint_buffer_collect(unit_rules(), &o, documents[i][0], documents[i][1], strlen(documents[i][1]), run);
    return records_of(run, FL_RECORDS_JSON);
}

Test(records, numbers_come_back_exactly)
{
    fl_run run, back;
    char *records = collect(2, &run);
    read_back(records, &back);
    cr_assert_eq(back.claims.len, run.claims.len);
    cr_assert_gt(run.claims.len, 2);
    int unbounded = 0;
    for (size_t i = 0; i < run.claims.len; i++) {
        const fl_claim *a = &run.claims.items[i], *b = &back.claims.items[i];
        cr_expect(a->value == b->value && a->lo == b->lo && a->hi == b->hi,
                  "claim %zu: %.17g [%.17g, %.17g] came back "
                  "as %.17g [%.17g, %.17g]",
                  i, a->value, a->lo, a->hi, b->value, b->lo, b->hi);
        cr_expect_str_eq(b->text, a->text);
        cr_expect_eq(b->start.line_hash, a->start.line_hash);
        unbounded |= isinf(a->hi);
    }
    cr_expect(unbounded, "no unbounded claim in the test document");
    free(records);
    fl_run_free(&run);
    fl_run_free(&back);
}

/* Keeps the lines of records that do not contain drop. */
static char *drop_lines(const char *records, const char *drop)
{
    fl_buf b = {0};
    for (const char *p = records; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) + 1 : strlen(p);
        char *line = fl_xstrndup(p, n);
        if (!strstr(line, drop))
            fl_buf_put(&b, p, n);
        free(line);
        p += n;
    }
    return fl_buf_take(&b);
}

/* s with every from replaced by to, malloc'd. */
static char *replaced(const char *s, const char *from, const char *to)
{
    fl_buf b = {0};
    for (const char *p; (p = strstr(s, from)); s = p + strlen(from)) {
        fl_buf_put(&b, s, (size_t)(p - s));
        fl_buf_puts(&b, to);
    }
    fl_buf_puts(&b, s);
    return fl_buf_take(&b);
}

Test(records, a_reducer_without_the_claims_does_not_call_a_suppression_unused)
{
    /* sup.md's numeric-conflict directive is used by the join, which a reducer without the claims of that
     * key never sees: it must not call the directive unused */
    fl_run run, back;
    char *records = collect(3, &run);
    char *part = drop_lines(records, "\"type\":\"numeric\"");
    read_back(part, &back);
    char *text = finished(&back);
    cr_expect(!strstr(text, "factlint-disable-next-line numeric-conflict\" suppresses nothing"), "%s", text);
    cr_expect(strstr(text, "factlint-disable-next-line quote-conflict\" suppresses nothing"), "%s", text);
    free(text);
    free(part);
    fl_run_free(&back);
    /* and a reducer with the claims but not the file record does not show the suppressed conflict at line 4,
     * because its claim record says it is suppressed */
    part = drop_lines(records, "\"type\":\"file\"");
    read_back(part, &back);
    text = finished(&back);
    cr_expect(!strstr(text, "sup.md:4:"), "%s", text);
    free(text);
    fl_run_free(&back);
    cr_assert(strstr(part, "\"suppressed\":true"), "no claim record says it is suppressed:\n%s", part);
    char *unflagged = replaced(part, "\"suppressed\":true", "\"suppressed\":false");
    free(part);
    part = unflagged;
    read_back(part, &back);
    text = finished(&back);
    cr_expect(strstr(text, "sup.md:4:"), "without the flag the conflict shows:\n%s", text);
    free(text);
    free(part);
    fl_run_free(&back);
    free(records);
    fl_run_free(&run);
}

/* --check-claims on records: 0, or -1 with the message in err. */
static int read_records(const char *records, fl_buf *err)
{
    fl_records_reader *rd = fl_records_reader_new(unit_rules());
    FILE *f = fmemopen((void *)records, strlen(records), "r");
    cr_assert_not_null(f);
    int rc = fl_records_read(rd, "bad.rec", f, err);
    fclose(f);
    if (rc < 0) {
        fl_records_reader_free(rd);
        return rc;
    }
    fl_run run;
    size_t files;
    if ((rc = fl_records_finish(rd, &run, &files, err)) == 0)
        fl_run_free(&run);
    return rc;
}

Test(records, bad_records_are_refused_with_their_line)
{
    static const char *const cases[][2] = {
        {"{\"key\":\"\",\"type\":\"numeric\"}\n", "bad.rec:1: a numeric claim record without all of its fields"},
        {"\n\nnot json\n", "bad.rec:3: not a claim record"},
        {"{\"key\":\"x\",\"type\":\"opinion\"}\n", "bad.rec:1: a record of an unknown type"},
        {"{\"key\":\"f\",\"type\":\"diagnostic\",\"rule\":\"no-such-rule\"}\n", "bad.rec:1: a diagnostic record"},
        {"{\"key\":\"f\",\"type\":\"file\",\"file\":\"f\",\"reference\":false,\"unreadable\":false,\"levels\":{}}\n"
         "{\"key\":\"f\",\"type\":\"file\",\"file\":\"f\",\"reference\":false,\"unreadable\":false,\"levels\":{}}\n",
         "bad.rec:2: a second file record of f"},
        {"{\"key\":\"f\",\"type\":\"file\",\"file\":\"f\",\"reference\":false,\"unreadable\":false,\"levels\":"
         "{\"numeric-conflict\":\"loud\"}}\n",
         "bad.rec:1: a file record with an unknown rule or level"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_buf err = {0};
        cr_expect_eq(read_records(cases[i][0], &err), -1, "accepted: %s", cases[i][0]);
        cr_expect(strstr(fl_buf_cstr(&err), cases[i][1]), "for %s: %s", cases[i][0], fl_buf_cstr(&err));
        fl_buf_free(&err);
    }
}
