/* lint.c - the run driver: the pipeline for one document, the worker pool, and the merge. */
#include "run/lint.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check/check.h"
#include "core/map.h"
#include "doc/document_int.h"
#include "extract/markers.h"
#include "extract/speakers.h"
#include "join/items.h"
#include "join/story.h"
#include "run/registry.h"
#include "run/suppress.h"
#include "segment/segment.h"

/* The timing stage of join j of the registry. */
_Static_assert(FL_STAGE_JOIN_QUOTES - FL_STAGE_JOIN_NUMERIC == FL_JOIN_QUOTES - FL_JOIN_NUMERIC,
               "a stage per join, in the registry's order");
#define JOIN_STAGE(j) (FL_STAGE_JOIN_NUMERIC + (j)-FL_JOIN_NUMERIC)

/* A worker thread\'s stack: no stage recurses deeply (PCRE2 keeps its backtracking on the heap). */
enum { WORKER_STACK = 2 * 1024 * 1024 };

/* The corpus-wide joins that levels switch on: bit 1 << j for join j of the registry. */
static int joins_of(const fl_severity *level)
{
    return (int)fl_registry_joins(level);
}

/* fl_check_ctx.suppressed for a document's inline suppressions (arg). */
static int covered(void *arg, int rule, const fl_pos *at)
{
    return fl_suppress_covers(arg, rule, at);
}

void fl_lint_opts_init(fl_lint_opts *o)
{
    memset(o, 0, sizeof *o); /* no --date, no claims wanted, no reference files */
    for (int i = 0; i < FL_RULE_COUNT; i++)
        o->level[i] = fl_rule_table[i].level;
    o->jobs = 1;
}

double fl_thread_seconds(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* When timing (tm is not NULL): adds the time since *since to the stage, or to the check when stage is
 * negative, and restarts the clock. */
static void lap(fl_timings *tm, int stage, int check, double *since)
{
    if (!tm)
        return;
    double now = fl_thread_seconds();
    if (stage >= 0)
        tm->stage[stage] += now - *since;
    else
        tm->check[check] += now - *since;
    *since = now;
}

/* Does check i read only the document's facts (numeric claims), not its speech? Such checks run before
 * attribution, so that the facts can be released first. */
static int facts_check(int i)
{
    fl_check_fn fn = fl_registry[i].check;
    for (int k = 0; k < FL_RULE_COUNT; k++)
        if (fl_registry[k].check == fn && fl_registry[k].needs != FL_NEEDS_CLAIMS)
            return 0;
    return 1;
}

/* Runs each check of the pass once (facts: those facts_check says, else the others), if any rule it
 * implements is on. */
static void run_checks(fl_check_ctx *ctx, const fl_lint_opts *o, int facts, fl_timings *tm, double *t)
{
    for (int i = 0; i < FL_RULE_COUNT; i++) {
        if (!fl_rule_check_first(i) || facts_check(i) != facts)
            continue;
        fl_check_fn fn = fl_registry[i].check;
        int on = 0;
        for (int k = i; k < FL_RULE_COUNT; k++)
            if (fl_registry[k].check == fn && o->level[k] != FL_SEV_OFF)
                on = 1;
        if (on) {
            fn(ctx);
            lap(tm, -1, i, t);
        }
    }
}

/* The whole per-document pipeline; diagnostics go to sink, numeric claims to claims; times add to tm
 * (may be NULL). The checks of the facts run before attribution and the facts' numbers, quantities and
 * per-sentence tables are released then, so that a long document's peak is the claim stage's, not that plus
 * attribution's tables (each rule's findings are its own check's, so the order changes no output). */
static void lint_doc(fl_doc *d, const fl_rules *r, const fl_lint_opts *o, fl_matcher *m, fl_sink *sink,
                     size_t doc_index, fl_claims *claims, fl_suppressions *sup, fl_timings *tm)
{
    if (d->status != FL_DOC_OK) {
        fl_check_ctx bad = {.doc = d, .sink = sink};
        fl_registry_unreadable(&bad);
        return;
    }
    double t = tm ? fl_thread_seconds() : 0;
    fl_segment(d, r);
    lap(tm, FL_STAGE_SEGMENT, -1, &t);
    fl_cite_extract(d, r);
    lap(tm, FL_STAGE_CITATIONS, -1, &t);
    fl_facts facts;
    memset(&facts, 0, sizeof facts);
    unsigned needs = fl_registry_needs(o->level);
    int numeric = o->want_claims || (needs & FL_NEEDS_CLAIMS);
    if (numeric) {
        size_t from = claims->len;
        fl_claims_extract(d, r, &o->date, doc_index, claims, &facts);
        /* a fact of the whole document, carried by each claim: a reducer may hold only some of them */
        fl_story_mark_events(claims, from, fl_rules_knowledge(r));
        fl_items_mark(claims, from, fl_rules_knowledge(r));
    }
    lap(tm, FL_STAGE_CLAIMS, -1, &t);
    fl_speech speech = {0};
    int quotes = o->want_claims || (needs & FL_NEEDS_SPEECH);
    fl_rule_count counts[FL_RULE_COUNT];
    memset(counts, 0, sizeof counts);
    fl_check_ctx ctx = {.doc = d,
                        .rules = r,
                        .matcher = m,
                        .sink = sink,
                        .counts = counts,
                        .levels = o->level,
                        .facts = numeric ? &facts : NULL,
                        .claims = numeric ? claims : NULL,
                        .suppressed = sup ? covered : NULL,
                        .suppressed_arg = sup};
    run_checks(&ctx, o, 1, tm, &t);
    if (numeric)
        fl_facts_release(&facts, d->arena);
    ctx.facts = NULL;
    if (quotes)
        fl_speech_extract(d, r, numeric ? facts.tok : NULL, facts.ntok, doc_index, claims, &speech);
    lap(tm, FL_STAGE_SPEECH, -1, &t);
    ctx.speech = quotes ? &speech : NULL;
    run_checks(&ctx, o, 0, tm, &t);
    fl_report_dropped(&ctx);
    fl_speech_free(&speech); /* before the facts: it borrows their tokens */
    fl_facts_free(&facts);
}

/* The joins confined to one document (numeric-conflict's partial join), into out. */
static void join_within(const fl_rules *r, int joins, const fl_claims *claims, const unsigned char *reference,
                        fl_sink *out)
{
    for (int j = 0; j < FL_JOIN_COUNT; j++)
        if ((joins & (1 << j)) && fl_joins[j].within)
            fl_joins[j].within(r, claims, reference, out);
}

/* The corpus-wide joins over claims (the registry's, as their bits in joins say);
 * their reports and those of the joins within documents (within, emptied) are limited per file as every
 * check's are, so a document that repeats one figure or one quote in a thousand versions cannot flood the
 * output. */
static void join_corpus(const fl_rules *r, int joins, const fl_claims *claims, const unsigned char *reference,
                        fl_sink *within, fl_sink *out, fl_timings *tm)
{
    fl_sink found = {0};
    double t = tm ? fl_thread_seconds() : 0;
    for (int j = 0; j < FL_JOIN_COUNT; j++) {
        if (joins & (1 << j))
            fl_joins[j].corpus(r, claims, reference, &found);
        lap(tm, JOIN_STAGE(j), -1, &t);
    }
    fl_sink_move(&found, within);
    fl_sink_limit_per_file(&found);
    fl_sink_move(out, &found);
    lap(tm, FL_STAGE_MERGE, -1, &t);
}

/* Keeps the diagnostics of enabled rules, at the levels of the document each one is in. */
static void apply_levels(const fl_run *run, fl_sink *s)
{
    fl_map byfile;
    fl_map_init(&byfile, 0);
    for (size_t i = 0; i < run->ndocs; i++)
        fl_map_set(&byfile, run->file[i], strlen(run->file[i]), (int)i);
    size_t out = 0;
    for (size_t i = 0; i < s->len; i++) {
        fl_diag *d = &s->items[i];
        int f = fl_map_get(&byfile, d->file, strlen(d->file));
        fl_severity lv = f >= 0 ? run->level[f][d->rule] : fl_rule_table[d->rule].level;
        if (lv == FL_SEV_OFF) {
            fl_diag_free(d);
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

void fl_run_init(fl_run *run, size_t n)
{
    memset(run, 0, sizeof *run);
    run->ndocs = n;
    run->file = fl_xcalloc(n + 1, sizeof(char *));
    run->reference = fl_xcalloc(n + 1, 1);
    run->unreadable = fl_xcalloc(n + 1, 1);
    run->level = fl_xcalloc(n + 1, sizeof *run->level);
    run->sups = fl_xcalloc(n + 1, sizeof(fl_suppressions *));
}

void fl_run_free(fl_run *run)
{
    for (size_t i = 0; i < run->ndocs; i++)
        fl_suppress_free(run->sups[i]);
    free(run->sups);
    free(run->file);
    free(run->reference);
    free(run->unreadable);
    free(run->level);
    fl_sink_free(&run->diags);
    fl_sink_free(&run->local);
    fl_claims_free(&run->claims);
    for (size_t i = 0; i < run->nstrings; i++)
        free(run->strings[i]);
    free(run->strings);
    memset(run, 0, sizeof *run);
}

typedef struct {
    size_t rank, seq, index;
} claim_order;

static int cmp_claim_order(const void *pa, const void *pb)
{
    const claim_order *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

typedef struct {
    const char *file;
    size_t doc;
} doc_name;

static int cmp_doc_name(const void *pa, const void *pb)
{
    return strcmp(((const doc_name *)pa)->file, ((const doc_name *)pb)->file);
}

/* Reorders n items of size bytes at items by ord (which it sorts). */
static void reorder(void *items, size_t n, size_t size, claim_order *ord)
{
    if (n < 2)
        return;
    qsort(ord, n, sizeof *ord, cmp_claim_order);
    char *copy = fl_xmalloc(n * size);
    for (size_t i = 0; i < n; i++)
        memcpy(copy + i * size, (char *)items + ord[i].index * size, size);
    memcpy(items, copy, n * size);
    free(copy);
}

void fl_run_sort_claims(fl_run *run)
{
    /* each document's rank in path order */
    doc_name *byname = fl_xmalloc((run->ndocs + 1) * sizeof *byname);
    size_t *rank = fl_xmalloc((run->ndocs + 1) * sizeof(size_t));
    for (size_t i = 0; i < run->ndocs; i++)
        byname[i] = (doc_name){run->file[i], i};
    qsort(byname, run->ndocs, sizeof *byname, cmp_doc_name);
    for (size_t i = 0; i < run->ndocs; i++)
        rank[byname[i].doc] = i;
    fl_claims *c = &run->claims;
    size_t n = c->len > c->nquote ? c->len : c->nquote;
    claim_order *ord = fl_xmalloc((n + 1) * sizeof *ord);
    for (size_t i = 0; i < c->len; i++)
        ord[i] = (claim_order){rank[c->items[i].doc], c->items[i].seq, i};
    reorder(c->items, c->len, sizeof(fl_claim), ord);
    for (size_t i = 0; i < c->nquote; i++)
        ord[i] = (claim_order){rank[c->quotes[i].doc], c->quotes[i].seq, i};
    reorder(c->quotes, c->nquote, sizeof(fl_qclaim), ord);
    if (c->ncopy > n)
        ord = fl_xrealloc(ord, (c->ncopy + 1) * sizeof *ord);
    for (size_t i = 0; i < c->ncopy; i++)
        ord[i] = (claim_order){rank[c->copies[i].doc], c->copies[i].seq, i};
    reorder(c->copies, c->ncopy, sizeof(fl_claim), ord);
    free(ord);
    free(byname);
    free(rank);
}

typedef struct {
    const fl_rules *rules;
    const fl_lint_opts *opts;
    const fl_filelist *files;
    fl_sink *results;                           /* one per file */
    fl_claims *claims;                          /* one per file */
    fl_suppressions **sups;                     /* one per file; NULL when it has no directives */
    const fl_severity (*levels)[FL_RULE_COUNT]; /* one per file */
    int conflicts; /* join bits (joins_of): a join's rule is on for some file, so the join runs */
    unsigned char *unreadable;
    atomic_size_t next;
    pthread_mutex_t lock; /* for adding the workers' times */
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    fl_matcher *m = fl_matcher_new();
    fl_timings mine, *tm = p->opts->timings ? &mine : NULL;
    memset(&mine, 0, sizeof mine);
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->files->len)
            break;
        const fl_file *f = &p->files->items[i];
        double t = tm ? fl_thread_seconds() : 0;
        size_t max = p->opts->max_file_size;
        if (p->opts->file_opts && p->opts->file_opts[i].max_file_size)
            max = p->opts->file_opts[i].max_file_size;
        fl_doc *d = f->data ? fl_doc_from_buffer(f->display, f->data, f->len, f->markdown)
                            : fl_doc_read_max(f->path, f->display, f->markdown, max);
        lap(tm, FL_STAGE_READ, -1, &t);
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
            p->sups[i] = fl_suppress_scan(d, p->levels[i]);
        lint_doc(d, p->rules, &o, m, &p->results[i], i, &p->claims[i], p->sups[i], tm);
        fl_doc_free(d);
        fl_claims_shrink(&p->claims[i]); /* kept until the joins: no spare capacity */
        if (p->opts->progress)
            atomic_fetch_add(p->opts->progress, 1);
    }
    fl_matcher_free(m);
    if (tm) {
        pthread_mutex_lock(&p->lock);
        for (int k = 0; k < FL_STAGE_COUNT; k++)
            p->opts->timings->stage[k] += mine.stage[k];
        for (int k = 0; k < FL_RULE_COUNT; k++)
            p->opts->timings->check[k] += mine.check[k];
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}

void fl_lint_collect(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_run *run,
                     fl_lint_stats *stats)
{
    pool p;
    p.rules = r;
    p.opts = o;
    p.files = files;
    p.results = fl_xcalloc(files->len + 1, sizeof(fl_sink));
    p.claims = fl_xcalloc(files->len + 1, sizeof(fl_claims));
    for (size_t i = 0; i < files->len; i++)
        p.claims[i].joinable_only = !o->want_claims;
    fl_run_init(run, files->len);
    for (size_t i = 0; i < files->len; i++) {
        run->file[i] = files->items[i].display;
        run->reference[i] = o->reference && o->reference[i];
        memcpy(run->level[i], o->file_opts ? o->file_opts[i].level : o->level, sizeof run->level[i]);
    }
    p.sups = run->sups;
    p.levels = (const fl_severity(*)[FL_RULE_COUNT])run->level;
    p.conflicts = joins_of(o->level);
    for (size_t i = 0; o->file_opts && i < files->len; i++)
        p.conflicts |= joins_of(o->file_opts[i].level);
    p.unreadable = run->unreadable;
    atomic_init(&p.next, 0);
    pthread_mutex_init(&p.lock, NULL);
    size_t nthreads = o->jobs < 1 ? 1 : (size_t)o->jobs;
    if (nthreads > files->len)
        nthreads = files->len ? files->len : 1;
    if (nthreads == 1) {
        worker(&p);
    } else {
        pthread_t *t = fl_xcalloc(nthreads, sizeof(pthread_t));
        size_t started = 0;
        /* a stack of WORKER_STACK rather than the default 8 MB, so that many workers under a memory limit
         * leave room for the documents; a thread that cannot be started leaves its share to the others */
        pthread_attr_t attr;
        int have_attr = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, WORKER_STACK) == 0;
        for (size_t i = 0; i < nthreads; i++)
            if (pthread_create(&t[i], have_attr ? &attr : NULL, worker, &p) == 0)
                started++;
            else
                break;
        if (have_attr)
            pthread_attr_destroy(&attr);
        if (started == 0)
            worker(&p);
        for (size_t i = 0; i < started; i++)
            pthread_join(t[i], NULL);
        free(t);
    }
    stats->unreadable = 0;
    stats->files = 0;
    fl_claims *all = &run->claims;
    /* the run's claims are grown once to their total, not doubled while copied: a single file of a million
     * claims would otherwise hold them twice, and up to twice again in spare capacity */
    size_t nclaims = all->len, nquotes = all->nquote, with = 0, last = 0;
    for (size_t i = 0; i < files->len; i++) {
        nclaims += p.claims[i].len;
        nquotes += p.claims[i].nquote;
        if (p.claims[i].len || p.claims[i].nquote) {
            with++;
            last = i;
        }
    }
    if (with == 1 && !all->cap && !all->capquote) {
        /* one document's claims are the run's: moved, not copied (a copy held them twice) */
        *all = p.claims[last];
        all->joinable_only = 0;
        memset(&p.claims[last], 0, sizeof p.claims[last]);
        nclaims = nquotes = 0;
    }
    if (nclaims > all->cap) {
        all->items = fl_xrealloc(all->items, nclaims * sizeof(fl_claim));
        all->cap = nclaims;
    }
    if (nquotes > all->capquote) {
        all->quotes = fl_xrealloc(all->quotes, nquotes * sizeof(fl_qclaim));
        all->capquote = nquotes;
    }
    for (size_t i = 0; i < files->len; i++) {
        stats->unreadable += p.unreadable[i];
        if (run->reference[i]) {
            fl_sink_free(&p.results[i]); /* --against: its claims take part, its own findings are not ours */
        } else {
            stats->files++;
            fl_sink_move(&run->diags, &p.results[i]);
        }
        FL_GROW(all->items, all->cap, all->len + p.claims[i].len);
        if (p.claims[i].len)
            memcpy(all->items + all->len, p.claims[i].items, p.claims[i].len * sizeof(fl_claim));
        all->len += p.claims[i].len;
        free(p.claims[i].items);
        fl_claims_take_shared(all, &p.claims[i]);
        FL_GROW(all->quotes, all->capquote, all->nquote + p.claims[i].nquote);
        if (p.claims[i].nquote)
            memcpy(all->quotes + all->nquote, p.claims[i].quotes, p.claims[i].nquote * sizeof(fl_qclaim));
        all->nquote += p.claims[i].nquote;
        free(p.claims[i].quotes);
    }
    pthread_mutex_destroy(&p.lock);
    free(p.results);
    free(p.claims);
    run->timings = o->timings;
    double t = run->timings ? fl_thread_seconds() : 0;
    fl_run_sort_claims(run);
    join_within(r, p.conflicts, &run->claims, run->reference, &run->local);
    lap(run->timings, FL_STAGE_JOIN_WITHIN, -1, &t);
}

/* "rule:line:column:file", the identity of a finding at a claim. */
static void finding_key(fl_buf *key, int rule, const fl_pos *start, const char *file)
{
    key->len = 0;
    fl_buf_printf(key, "%d:%d:%d:%s", rule, start->line, start->col[FL_COL_BYTE], file);
}

/* Drops the corpus-wide findings at claims that a directive suppresses, in documents whose directives this
 * run does not hold (a reducer without their file records): the claim records said so. */
static void drop_suppressed_claims(const fl_run *run, fl_sink *s)
{
    fl_map at;
    fl_map_init(&at, 0);
    fl_buf key = {0};
    for (size_t i = 0; i < run->claims.len; i++) {
        const fl_claim *c = &run->claims.items[i];
        if (c->suppressed && !run->sups[c->doc]) {
            finding_key(&key, fl_joins[FL_JOIN_NUMERIC].rule, &c->start, c->file);
            fl_map_put(&at, key.ptr, key.len, 1);
        }
    }
    for (size_t i = 0; i < run->claims.nquote; i++) {
        const fl_qclaim *q = &run->claims.quotes[i];
        if (q->suppressed && !run->sups[q->doc]) {
            finding_key(&key, fl_joins[FL_JOIN_QUOTES].rule, &q->start, q->file);
            fl_map_put(&at, key.ptr, key.len, 1);
        }
    }
    if (at.len) {
        size_t out = 0;
        for (size_t i = 0; i < s->len; i++) {
            fl_diag *d = &s->items[i];
            finding_key(&key, d->rule, &d->start, d->file);
            if (fl_map_get(&at, key.ptr, key.len) >= 0)
                fl_diag_free(d);
            else
                s->items[out++] = *d;
        }
        s->len = out;
    }
    fl_buf_free(&key);
    fl_map_free(&at);
}

void fl_lint_finish(const fl_rules *r, fl_run *run, fl_sink *out)
{
    int joins = 0;
    for (size_t i = 0; i < run->ndocs; i++)
        joins |= joins_of(run->level[i]);
    join_corpus(r, joins, &run->claims, run->reference, &run->local, out, run->timings);
    double t = run->timings ? fl_thread_seconds() : 0;
    fl_sink_move(out, &run->diags);
    apply_levels(run, out);
    drop_suppressed_claims(run, out);
    fl_suppress_apply(run->sups, run->ndocs, out);
    fl_sink_sort_unique(out);
    lap(run->timings, FL_STAGE_MERGE, -1, &t);
}

void fl_lint_files(const fl_rules *r, const fl_lint_opts *o, const fl_filelist *files, fl_sink *out,
                   fl_lint_stats *stats, fl_claims *claims)
{
    fl_run run;
    fl_lint_collect(r, o, files, &run, stats);
    fl_lint_finish(r, &run, out);
    if (claims) {
        *claims = run.claims;
        memset(&run.claims, 0, sizeof run.claims);
    }
    fl_run_free(&run);
}

void fl_lint_buffer_collect(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                            fl_run *run)
{
    fl_lint_text_collect(r, o, NULL, name, fl_path_is_markdown(name), buf, len, run);
}

void fl_lint_text_collect(const fl_rules *r, const fl_lint_opts *opts, const fl_file_opts *fo, const char *name,
                          int markdown, const char *buf, size_t len, fl_run *run)
{
    fl_matcher *m = fl_matcher_new();
    fl_doc *d = fl_doc_from_buffer(name, buf, len, markdown);
    /* its configuration's levels, date and tolerance over the run's, as the workers apply them */
    fl_lint_opts copy = *opts;
    const fl_lint_opts *o = opts;
    if (fo) {
        memcpy(copy.level, fo->level, sizeof copy.level);
        if (fo->date.year)
            copy.date = fo->date;
        d->approx_tolerance = fo->approx_tolerance;
        o = &copy;
    }
    fl_run_init(run, 1);
    run->file[0] = name;
    memcpy(run->level[0], o->level, sizeof run->level[0]);
    run->unreadable[0] = d->status == FL_DOC_UNREADABLE;
    /* the suppressions borrow their levels: fo's when given, which the caller keeps, else the run's */
    run->sups[0] = d->status == FL_DOC_OK ? fl_suppress_scan(d, fo ? fo->level : run->level[0]) : NULL;
    lint_doc(d, r, o, m, &run->diags, 0, &run->claims, run->sups[0], NULL);
    fl_doc_free(d); /* what the run keeps borrows name, not the document */
    fl_matcher_free(m);
    join_within(r, joins_of(o->level), &run->claims, NULL, &run->local);
}

void fl_lint_buffer(const fl_rules *r, const fl_lint_opts *o, const char *name, const char *buf, size_t len,
                    fl_sink *out)
{
    fl_run run;
    fl_lint_buffer_collect(r, o, name, buf, len, &run);
    fl_lint_finish(r, &run, out);
    fl_run_free(&run);
}
