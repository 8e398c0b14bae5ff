/* lint.c - the run driver: the pipeline for one document, the worker pool, and the merge. */
#include "lint.h"

#include "numcheck.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "citations.h"
#include "document_int.h"
#include "segment.h"

void fl_lint_opts_init(fl_lint_opts *o)
{
    memset(o, 0, sizeof *o); /* no --date, no claims wanted, no reference files */
    for (int i = 0; i < FL_RULE_COUNT; i++)
        o->level[i] = fl_rule_table[i].level;
    o->jobs = 1;
}

static void report_encoding(fl_doc *d, fl_sink *sink)
{
    fl_check_ctx ctx = {d, NULL, NULL, sink, NULL, NULL, NULL, NULL};
    size_t off = d->bad_offset;
    switch (d->status) {
    case FL_DOC_UNREADABLE:
        fl_report(&ctx, FL_RULE_ENCODING, d->start, d->start, "cannot read file: %s", d->error);
        break;
    case FL_DOC_INVALID_UTF8:
        fl_report(&ctx, FL_RULE_ENCODING, off, off + 1,
                  "invalid UTF-8 at byte offset %zu (byte 0x%02X); file skipped", off, (unsigned char)d->raw[off]);
        break;
    case FL_DOC_BINARY:
        fl_report(&ctx, FL_RULE_ENCODING, off, off + 1, "binary file (NUL byte at byte offset %zu); file skipped",
                  off);
        break;
    default:
        break;
    }
}

/* The whole per-document pipeline; diagnostics go to sink, numeric claims to claims. */
static void lint_doc(fl_doc *d, const fl_rules *r, const fl_lint_opts *o, fl_matcher *m, fl_sink *sink,
                     size_t doc_index, fl_claims *claims)
{
    if (d->status != FL_DOC_OK) {
        report_encoding(d, sink);
        return;
    }
    fl_segment(d, r);
    fl_cite_extract(d, r);
    fl_facts facts;
    memset(&facts, 0, sizeof facts);
    int numeric = o->want_claims || o->level[FL_RULE_NUMERIC_CONFLICT] != FL_SEV_OFF ||
                  o->level[FL_RULE_NUMERIC_ARITHMETIC] != FL_SEV_OFF || o->level[FL_RULE_DATE_INCONSISTENCY] != FL_SEV_OFF;
    if (numeric)
        fl_claims_extract(d, r, &o->date, doc_index, claims, &facts);
    fl_rule_count counts[FL_RULE_COUNT];
    memset(counts, 0, sizeof counts);
    fl_check_ctx ctx = {d, r, m, sink, counts, o->level, numeric ? &facts : NULL, numeric ? claims : NULL};
    /* each check once, if any rule it implements is on */
    for (int i = 0; i < FL_RULE_COUNT; i++) {
        fl_check_fn fn = fl_rule_table[i].check;
        if (!fn)
            continue;
        int first = 1, on = 0;
        for (int k = 0; k < FL_RULE_COUNT; k++) {
            if (fl_rule_table[k].check != fn)
                continue;
            if (k < i)
                first = 0;
            if (o->level[k] != FL_SEV_OFF)
                on = 1;
        }
        if (first && on)
            fn(&ctx);
    }
    fl_report_dropped(&ctx);
    fl_facts_free(&facts);
}

/* The numeric-conflict join over claims; its reports are limited per file as every check's are, so a
 * document that repeats one figure in a thousand versions cannot flood the output. */
static void join_claims(const fl_rules *r, const fl_claims *claims, const unsigned char *reference, fl_sink *out)
{
    fl_sink found = {0};
    fl_check_conflicts(r, claims, reference, &found);
    fl_sink_limit_per_file(&found);
    fl_sink_move(out, &found);
}

/* Keeps the diagnostics of enabled rules, at their configured levels. */
static void apply_levels(const fl_lint_opts *o, fl_sink *s)
{
    size_t out = 0;
    for (size_t i = 0; i < s->len; i++) {
        fl_diag *d = &s->items[i];
        fl_severity lv = o->level[d->rule];
        if (lv == FL_SEV_OFF) {
            free(d->message);
            for (size_t k = 0; k < d->nrelated; k++)
                free(d->related[k].message);
            free(d->related);
            continue;
        }
        /* a rule set to another level moves its diagnostics to that level */
        if (lv != fl_rule_table[d->rule].level)
            d->severity = lv;
        s->items[out++] = *d;
    }
    s->len = out;
}

typedef struct {
    const fl_rules *rules;
    const fl_lint_opts *opts;
    const fl_filelist *files;
    fl_sink *results; /* one per file */
    fl_claims *claims; /* one per file */
    unsigned char *unreadable;
    atomic_size_t next;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    fl_matcher *m = fl_matcher_new();
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->files->len)
            break;
        const fl_file *f = &p->files->items[i];
        fl_doc *d = fl_doc_read(f->path, f->display, f->markdown);
        p->unreadable[i] = d->status == FL_DOC_UNREADABLE;
        lint_doc(d, p->rules, p->opts, m, &p->results[i], i, &p->claims[i]);
        fl_doc_free(d);
    }
    fl_matcher_free(m);
    return NULL;
}

void fl_lint_files(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_sink *out,
                   fl_lint_stats *stats, fl_claims *claims)
{
    pool p;
    p.rules = r;
    p.opts = o;
    p.files = files;
    p.results = fl_xcalloc(files->len + 1, sizeof(fl_sink));
    p.claims = fl_xcalloc(files->len + 1, sizeof(fl_claims));
    p.unreadable = fl_xcalloc(files->len + 1, 1);
    atomic_init(&p.next, 0);
    size_t nthreads = o->jobs < 1 ? 1 : (size_t)o->jobs;
    if (nthreads > files->len)
        nthreads = files->len ? files->len : 1;
    if (nthreads == 1) {
        worker(&p);
    } else {
        pthread_t *t = fl_xcalloc(nthreads, sizeof(pthread_t));
        size_t started = 0;
        for (size_t i = 0; i < nthreads; i++)
            if (pthread_create(&t[i], NULL, worker, &p) == 0)
                started++;
            else
                break;
        if (started == 0)
            worker(&p);
        for (size_t i = 0; i < started; i++)
            pthread_join(t[i], NULL);
        free(t);
    }
    stats->unreadable = 0;
    fl_claims all = {0};
    stats->files = 0;
    for (size_t i = 0; i < files->len; i++) {
        stats->unreadable += p.unreadable[i];
        if (o->reference && o->reference[i]) {
            fl_sink_free(&p.results[i]); /* --against: its claims take part, its own findings are not ours */
        } else {
            stats->files++;
            fl_sink_move(out, &p.results[i]);
        }
        FL_GROW(all.items, all.cap, all.len + p.claims[i].len);
        if (p.claims[i].len)
            memcpy(all.items + all.len, p.claims[i].items, p.claims[i].len * sizeof(fl_claim));
        all.len += p.claims[i].len;
        free(p.claims[i].items);
    }
    free(p.results);
    free(p.claims);
    /* the corpus-wide join */
    if (o->level[FL_RULE_NUMERIC_CONFLICT] != FL_SEV_OFF)
        join_claims(r, &all, o->reference, out);
    if (claims)
        *claims = all;
    else
        fl_claims_free(&all);
    free(p.unreadable);
    apply_levels(o, out);
    fl_sink_sort_unique(out);
}

void fl_lint_buffer(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                    fl_sink *out)
{
    fl_matcher *m = fl_matcher_new();
    fl_doc *d = fl_doc_from_buffer(name, buf, len, fl_path_is_markdown(name));
    fl_claims claims = {0};
    lint_doc(d, r, o, m, out, 0, &claims);
    if (o->level[FL_RULE_NUMERIC_CONFLICT] != FL_SEV_OFF)
        join_claims(r, &claims, NULL, out);
    fl_claims_free(&claims);
    fl_doc_free(d);
    fl_matcher_free(m);
    apply_levels(o, out);
    fl_sink_sort_unique(out);
}
