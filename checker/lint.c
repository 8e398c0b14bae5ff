/* lint.c - the run driver: the pipeline for one document, the worker pool, and the merge. */
#include "lint.h"

#include "map.h"

#include "numcheck.h"
#include "quotes.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "citations.h"
#include "document_int.h"
#include "segment.h"
#include "speakers.h"
#include "suppress.h"

enum { JOIN_NUMERIC = 1, JOIN_QUOTES = 2 };

/* The corpus-wide joins that levels switch on. */
static int joins_of(const fl_severity *level)
{
    return (level[FL_RULE_NUMERIC_CONFLICT] != FL_SEV_OFF ? JOIN_NUMERIC : 0) |
           (level[FL_RULE_QUOTE_CONFLICT] != FL_SEV_OFF ? JOIN_QUOTES : 0);
}

void fl_lint_opts_init(fl_lint_opts *o)
{
    memset(o, 0, sizeof *o); /* no --date, no claims wanted, no reference files */
    for (int i = 0; i < FL_RULE_COUNT; i++)
        o->level[i] = fl_rule_table[i].level;
    o->jobs = 1;
}

static void report_encoding(fl_doc *d, fl_sink *sink)
{
    fl_check_ctx ctx = {d, NULL, NULL, sink, NULL, NULL, NULL, NULL, NULL, NULL};
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
                     size_t doc_index, fl_claims *claims, fl_suppressions *sup)
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
    fl_speech speech = {0};
    int quotes = o->want_claims || o->level[FL_RULE_QUOTE_CONFLICT] != FL_SEV_OFF ||
                 o->level[FL_RULE_UNATTRIBUTED_QUOTE] != FL_SEV_OFF || o->level[FL_RULE_AMBIGUOUS_ATTRIBUTION] != FL_SEV_OFF;
    if (quotes)
        fl_speech_extract(d, r, numeric ? facts.tok : NULL, facts.ntok, doc_index, claims, &speech);
    fl_rule_count counts[FL_RULE_COUNT];
    memset(counts, 0, sizeof counts);
    fl_check_ctx ctx = {d,      r, m, sink, counts, o->level, numeric ? &facts : NULL, numeric ? claims : NULL,
                        quotes ? &speech : NULL, sup};
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
    fl_speech_free(&speech); /* before the facts: it borrows their tokens */
    fl_facts_free(&facts);
}

/* The corpus-wide joins over claims (numeric-conflict, quote-conflict, as their JOIN_ bits in joins say);
 * their reports are limited per file as every check's are, so a document that repeats one figure or one
 * quote in a thousand versions cannot flood the output. */
static void join_claims(const fl_rules *r, int joins, const fl_claims *claims, const unsigned char *reference,
                        fl_sink *out)
{
    fl_sink found = {0};
    if (joins & JOIN_NUMERIC)
        fl_check_conflicts(r, claims, reference, &found);
    if (joins & JOIN_QUOTES)
        fl_check_quote_conflicts(r, claims, reference, &found);
    fl_sink_limit_per_file(&found);
    fl_sink_move(out, &found);
}

/* Keeps the diagnostics of enabled rules, at their configured levels: those of the file a diagnostic is
 * in when files has per-file options (files: the run's list), else o's. */
static void apply_levels(const fl_lint_opts *o, const fl_filelist *files, fl_sink *s)
{
    fl_map byfile;
    fl_map_init(&byfile, 0);
    if (o->file_opts && files)
        for (size_t i = 0; i < files->len; i++)
            fl_map_set(&byfile, files->items[i].display, strlen(files->items[i].display), (int)i);
    size_t out = 0;
    for (size_t i = 0; i < s->len; i++) {
        fl_diag *d = &s->items[i];
        int f = o->file_opts && byfile.len ? fl_map_get(&byfile, d->file, strlen(d->file)) : -1;
        fl_severity lv = f >= 0 && o->file_opts ? o->file_opts[f].level[d->rule] : o->level[d->rule];
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
    fl_map_free(&byfile);
}

typedef struct {
    const fl_rules *rules;
    const fl_lint_opts *opts;
    const fl_filelist *files;
    fl_sink *results; /* one per file */
    fl_claims *claims; /* one per file */
    fl_suppressions **sups; /* one per file; NULL when it has no directives */
    int conflicts; /* JOIN_ bits: numeric-conflict or quote-conflict is on for some file, so its join runs */
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
        /* this file's options: its configuration's levels, date and tolerance over the run's */
        fl_lint_opts o = *p->opts;
        if (o.file_opts) {
            const fl_file_opts *fo = &o.file_opts[i];
            memcpy(o.level, fo->level, sizeof o.level);
            if (fo->date.year)
                o.date = fo->date;
            d->approx_tolerance = fo->approx_tolerance;
        }
        /* the corpus-wide joins need every file's claims when their rule is on for any of them */
        o.want_claims |= p->conflicts;
        /* its inline suppressions apply as its checks report, and to the corpus-wide findings at the end */
        if (d->status == FL_DOC_OK && !(o.reference && o.reference[i]))
            p->sups[i] = fl_suppress_scan(d, o.file_opts ? o.file_opts[i].level : p->opts->level);
        lint_doc(d, p->rules, &o, m, &p->results[i], i, &p->claims[i], p->sups[i]);
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
    p.sups = fl_xcalloc(files->len + 1, sizeof(fl_suppressions *));
    p.conflicts = joins_of(o->level);
    for (size_t i = 0; o->file_opts && i < files->len; i++)
        p.conflicts |= joins_of(o->file_opts[i].level);
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
        FL_GROW(all.quotes, all.capquote, all.nquote + p.claims[i].nquote);
        if (p.claims[i].nquote)
            memcpy(all.quotes + all.nquote, p.claims[i].quotes, p.claims[i].nquote * sizeof(fl_qclaim));
        all.nquote += p.claims[i].nquote;
        free(p.claims[i].quotes);
    }
    free(p.results);
    free(p.claims);
    /* the corpus-wide join */
    join_claims(r, p.conflicts, &all, o->reference, out);
    if (claims)
        *claims = all;
    else
        fl_claims_free(&all);
    free(p.unreadable);
    apply_levels(o, files, out);
    fl_suppress_apply(p.sups, files->len, out);
    for (size_t i = 0; i < files->len; i++)
        fl_suppress_free(p.sups[i]);
    free(p.sups);
    fl_sink_sort_unique(out);
}

void fl_lint_buffer(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                    fl_sink *out)
{
    fl_matcher *m = fl_matcher_new();
    fl_doc *d = fl_doc_from_buffer(name, buf, len, fl_path_is_markdown(name));
    fl_claims claims = {0};
    fl_suppressions *sup = d->status == FL_DOC_OK ? fl_suppress_scan(d, o->level) : NULL;
    lint_doc(d, r, o, m, out, 0, &claims, sup);
    join_claims(r, joins_of(o->level), &claims, NULL, out);
    fl_claims_free(&claims);
    fl_doc_free(d);
    fl_matcher_free(m);
    apply_levels(o, NULL, out);
    fl_suppress_apply(&sup, 1, out);
    fl_suppress_free(sup);
    fl_sink_sort_unique(out);
}
