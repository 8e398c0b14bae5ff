/* workspace.c - a workspace's claims in memory, re-joined by partition when one document changes. */
#include "lsp/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check/check.h"
#include "join/numeric.h"
#include "join/quotes.h"
#include "doc/document.h"
#include "core/map.h"
#include "core/rules.h"
#include "run/suppress.h"

/* The findings of a partition's join in one document, and where that document's claims of the partition were
 * then: while nothing the join reads changes (the partition's generation), an edit elsewhere in the
 * document only moves them. */
typedef struct ws_cache {
    int part;
    unsigned gen;
    fl_sink found;
    fl_pos *start, *end; /* the document's claims in the partition, in member order */
    size_t n;
} ws_cache;

typedef struct {
    char *name; /* owned: a path, or a URI for documents that are not files */
    int markdown, reference, excluded, is_file;
    fl_file_opts *fo; /* owned, and never moved: its configuration's levels, date and tolerance, which its
                       * suppressions borrow */
    fl_claims claims; /* its claims: doc is its index, file its name */
    int *parts;       /* the partitions its claims are in, without repeats */
    uint64_t *sig;    /* per partition: a hash of everything the joins read of its claims there */
    size_t nparts;
    struct ws_cache *cache; /* per partition: its join's findings in this document, as last computed */
    size_t ncache, capcache;
    char *text; /* owned: the editor's text, or NULL: read from the file */
    size_t len;
    int fresh;             /* local and sups are those of its last lint, not yet used by fl_ws_diagnostics */
    fl_sink local;         /* its per-document findings */
    fl_suppressions *sups; /* its inline suppressions as its checks left them */
} ws_doc;

typedef struct {
    size_t doc, claim; /* a claim of the partition: doc's numeric claim, or its attributed claim */
} ws_member;

typedef struct {
    size_t *docs; /* the documents with claims in it, without repeats */
    size_t ndocs, cap;
    ws_member *members; /* its claims */
    size_t nmembers, capmembers;
    int quotes;     /* a quote-conflict partition (a surname), else numeric-conflict (a key) */
    int transposed; /* a numeric-conflict partition of figures of one sorted digits and unit (the transposition
                     * join's: fl_join_transposed_part), else of a key */
    char *id;       /* owned: the key or the surname */
    unsigned gen;   /* changes whenever what its join reads changes */
} ws_part;

struct fl_ws {
    const fl_rules *rules;
    fl_lint_opts base;
    fl_configs *cs;
    ws_doc *docs;
    size_t ndocs, capdocs;
    unsigned char *reference; /* per document, for the joins */
    size_t capref;
    fl_map byname; /* name -> document */
    ws_part *parts;
    size_t nparts, capparts;
    fl_map bypart; /* "n" key or "q" surname -> partition */
    size_t *affected;
    size_t naffected, capaffected;
    unsigned char on[FL_RULE_COUNT]; /* the rule is on for some document (its configuration) */
    fl_ws_stats last;                /* of the last change */
    unsigned *mark;                  /* per document: the stamp of the last change that listed it as affected */
    size_t capmark, nmarked;
    unsigned stamp;
};

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

const fl_ws_stats *fl_ws_last_change(const fl_ws *w)
{
    return &w->last;
}

fl_ws *fl_ws_new(const fl_rules *r, const fl_lint_opts *base, fl_configs *cs)
{
    fl_ws *w = fl_xcalloc(1, sizeof *w);
    w->rules = r;
    w->base = *base;
    w->base.want_claims = 1; /* hovers show claims even where no join needs them */
    w->base.file_opts = NULL;
    w->base.reference = NULL;
    w->cs = cs;
    fl_map_init(&w->byname, 0);
    fl_map_init(&w->bypart, 0);
    return w;
}

void fl_ws_free(fl_ws *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->ndocs; i++) {
        free(w->docs[i].name);
        fl_claims_free(&w->docs[i].claims);
        free(w->docs[i].parts);
        free(w->docs[i].sig);
        for (size_t k = 0; k < w->docs[i].ncache; k++) {
            fl_sink_free(&w->docs[i].cache[k].found);
            free(w->docs[i].cache[k].start);
            free(w->docs[i].cache[k].end);
        }
        free(w->docs[i].cache);
        free(w->docs[i].text);
        fl_sink_free(&w->docs[i].local);
        fl_suppress_free(w->docs[i].sups);
        free(w->docs[i].fo);
    }
    for (size_t i = 0; i < w->nparts; i++) {
        free(w->parts[i].docs);
        free(w->parts[i].members);
        free(w->parts[i].id);
    }
    free(w->docs);
    free(w->parts);
    free(w->reference);
    free(w->affected);
    free(w->mark);
    fl_map_free(&w->byname);
    fl_map_free(&w->bypart);
    free(w);
}

long fl_ws_find(const fl_ws *w, const char *name)
{
    return fl_map_get(&w->byname, name, strlen(name));
}

const char *fl_ws_name(const fl_ws *w, size_t doc)
{
    return w->docs[doc].name;
}

const char *fl_ws_text(const fl_ws *w, size_t doc, size_t *len)
{
    *len = w->docs[doc].len;
    return w->docs[doc].text;
}

const fl_claims *fl_ws_claims(const fl_ws *w, size_t doc)
{
    return &w->docs[doc].claims;
}

int fl_ws_markdown(const fl_ws *w, size_t doc)
{
    return w->docs[doc].markdown;
}

size_t fl_ws_size(const fl_ws *w)
{
    return w->ndocs;
}

/* Adds a document with its configuration; returns its index. */
static size_t add_doc(fl_ws *w, const char *name, int markdown, int is_file, int reference, fl_buf *err)
{
    FL_GROW(w->docs, w->capdocs, w->ndocs + 1);
    size_t i = w->ndocs++;
    ws_doc *d = &w->docs[i];
    memset(d, 0, sizeof *d);
    d->name = fl_xstrdup(name);
    d->markdown = markdown;
    d->is_file = is_file;
    d->reference = reference;
    d->fo = fl_xcalloc(1, sizeof *d->fo);
    memcpy(d->fo->level, w->base.level, sizeof d->fo->level);
    d->fo->approx_tolerance = -1;
    if (is_file && w->cs) {
        fl_file_config fc;
        fl_buf e = {0};
        if (fl_configs_for(w->cs, name, w->base.level, &fc, &e) < 0) {
            if (err)
                fl_buf_printf(err, "%s%s", err->len ? "\n" : "", fl_buf_cstr(&e));
        } else {
            memcpy(d->fo->level, fc.level, sizeof d->fo->level);
            d->fo->date = fc.date;
            d->fo->approx_tolerance = fc.approx_tolerance;
            d->excluded = fc.excluded;
        }
        for (int r = 0; r < FL_RULE_COUNT; r++)
            w->on[r] |= d->fo->level[r] != FL_SEV_OFF;
        fl_buf_free(&e);
    }
    FL_GROW(w->reference, w->capref, w->ndocs);
    w->reference[i] = (unsigned char)reference;
    fl_map_set(&w->byname, name, strlen(name), (int)i);
    return i;
}

/* The partition of "n" + key or "q" + surname, made when new. */
/* The partition id, of quotes (kind 'q'), numeric claims of a key ('n') or of a transposition group ('t'):
 * made when new. */
static int part_of(fl_ws *w, char kind, const char *id)
{
    fl_buf k = {0};
    fl_buf_putc(&k, kind);
    fl_buf_puts(&k, id);
    int p = fl_map_get(&w->bypart, k.ptr, k.len);
    if (p < 0) {
        FL_GROW(w->parts, w->capparts, w->nparts + 1);
        p = (int)w->nparts++;
        memset(&w->parts[p], 0, sizeof w->parts[p]);
        w->parts[p].quotes = kind == 'q';
        w->parts[p].transposed = kind == 't';
        w->parts[p].id = fl_xstrdup(id);
        fl_map_set(&w->bypart, k.ptr, k.len, p);
    }
    fl_buf_free(&k);
    return p;
}

/* The surname a speaker key joins on: its last word (quote-conflict's join never looks past it). */
static const char *surname(const char *speaker_key)
{
    const char *sp = strrchr(speaker_key, ' ');
    return sp ? sp + 1 : speaker_key;
}

static int numeric_part(const fl_claim *c)
{
    return c->key != NULL;
}

static uint64_t mix(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return (h ^ 0xff) * 1099511628211ull;
}

static uint64_t mix_str(uint64_t h, const char *s)
{
    return mix(h, s ? s : "", s ? strlen(s) : 0);
}

/* A hash of what the joins read of a numeric claim, positions aside. */
static uint64_t claim_hash(const fl_claim *c)
{
    uint64_t h = 14695981039346656037ull;
    h = mix_str(mix_str(mix_str(mix_str(mix_str(h, c->text), c->context), c->dim), c->item), c->key);
    double v[3] = {c->value, c->lo, c->hi};
    int n[15] = {c->family,     c->src,         c->dst,   c->modality,   c->year,
                 c->month,      c->part,        c->since, c->period_how, c->date_source,
                 c->suppressed, c->count_state, c->base,  (int)c->as_of, c->definite};
    size_t z[2] = {c->seq, c->sentence};
    uint32_t sim[3] = {c->sim_when, c->entry, c->sim_act}; /* and the words the similar joins read */
    h = mix(mix(h, c->sim, sizeof c->sim), sim, sizeof sim);
    h = mix(mix(mix(mix(mix_str(h, c->part_text), v, sizeof v), n, sizeof n), z, sizeof z), c->names, sizeof c->names);
    return mix(h, c->topics, sizeof c->topics);
}

static uint64_t quote_hash(const fl_qclaim *q)
{
    uint64_t h = 14695981039346656037ull;
    h = mix_str(mix_str(mix_str(mix_str(mix_str(h, q->speaker), q->speaker_key), q->audience), q->hedge), q->source);
    int n[4] = {q->direct, q->local, q->suppressed, q->medium};
    size_t z[2] = {q->seq, q->sentence};
    return mix(mix(mix_str(mix_str(h, q->text), q->how), n, sizeof n), z, sizeof z);
}

/* Adds claim i of doc (a numeric claim, or an attributed one when i >= the numeric claims' count), of hash h, to
 * partition p, and p to doc's partitions (seen: those it has, by id) with the claim's hash in its signature. */
static void add_member(fl_ws *w, size_t doc, size_t i, int p, uint64_t h, fl_map *seen, size_t *cap)
{
    ws_doc *d = &w->docs[doc];
    ws_part *mp = &w->parts[p];
    FL_GROW(mp->members, mp->capmembers, mp->nmembers + 1);
    mp->members[mp->nmembers++] = (ws_member){doc, i < d->claims.len ? i : i - d->claims.len};
    char pk[24];
    int n = snprintf(pk, sizeof pk, "%d", p);
    int k = fl_map_get(seen, pk, (size_t)n);
    if (k >= 0) {
        d->sig[k] = (d->sig[k] ^ h) * 1099511628211ull;
        return;
    }
    fl_map_put(seen, pk, (size_t)n, (int)d->nparts);
    size_t oldcap = *cap;
    FL_GROW(d->parts, *cap, d->nparts + 1);
    if (*cap != oldcap)
        d->sig = fl_xrealloc(d->sig, *cap * sizeof(uint64_t));
    d->sig[d->nparts] = (14695981039346656037ull ^ h) * 1099511628211ull;
    d->parts[d->nparts++] = p;
    ws_part *wp = &w->parts[p];
    FL_GROW(wp->docs, wp->cap, wp->ndocs + 1);
    wp->docs[wp->ndocs++] = doc;
}

/* Records the partitions of doc's claims in it and in the partitions. */
static void index_doc(fl_ws *w, size_t doc)
{
    ws_doc *d = &w->docs[doc];
    free(d->parts);
    free(d->sig);
    d->parts = NULL;
    d->sig = NULL;
    d->nparts = 0;
    size_t cap = 0;
    fl_map seen;
    fl_map_init(&seen, 0);
    fl_buf part = {0};
    for (size_t i = 0; i < d->claims.len + d->claims.nquote; i++) {
        if (i < d->claims.len) {
            const fl_claim *c = &d->claims.items[i];
            uint64_t h = claim_hash(c);
            if (numeric_part(c))
                add_member(w, doc, i, part_of(w, 'n', c->key), h, &seen, &cap);
            else if (fl_join_similar_part(c, &part)) /* compared across the story's reports by its clause's words */
                add_member(w, doc, i, part_of(w, 'n', part.ptr), h, &seen, &cap);
            if (fl_join_transposed_part(c, &part)) /* and by the digits of its value */
                add_member(w, doc, i, part_of(w, 't', part.ptr), h, &seen, &cap);
        } else {
            const fl_qclaim *q = &d->claims.quotes[i - d->claims.len];
            if (q->speaker_key)
                add_member(w, doc, i, part_of(w, 'q', surname(q->speaker_key)), quote_hash(q), &seen, &cap);
        }
    }
    fl_buf_free(&part);
    fl_map_free(&seen);
}

/* Removes doc from the partitions it was in. */
static void unindex_doc(fl_ws *w, size_t doc)
{
    ws_doc *d = &w->docs[doc];
    for (size_t k = 0; k < d->nparts; k++) {
        ws_part *wp = &w->parts[d->parts[k]];
        for (size_t j = 0; j < wp->ndocs; j++)
            if (wp->docs[j] == doc) {
                wp->docs[j] = wp->docs[--wp->ndocs];
                break;
            }
        size_t kept = 0;
        for (size_t j = 0; j < wp->nmembers; j++)
            if (wp->members[j].doc != doc)
                wp->members[kept++] = wp->members[j];
        wp->nmembers = kept;
    }
}

typedef struct {
    const char *file;
    size_t seq, index;
} member;

static int cmp_member(const void *pa, const void *pb)
{
    const member *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The claims of partition p (shallow copies: the documents own their strings), in (file, seq) order, as the
 * joins of a whole run see them. Free with free_subset. */
static void subset(const fl_ws *w, int p, fl_claims *out)
{
    const ws_part *wp = &w->parts[p];
    memset(out, 0, sizeof *out);
    for (size_t k = 0; k < wp->nmembers; k++) {
        const ws_doc *d = &w->docs[wp->members[k].doc];
        if (d->excluded)
            continue;
        if (wp->quotes) {
            FL_GROW(out->quotes, out->capquote, out->nquote + 1);
            out->quotes[out->nquote++] = d->claims.quotes[wp->members[k].claim];
        } else {
            FL_GROW(out->items, out->cap, out->len + 1);
            out->items[out->len++] = d->claims.items[wp->members[k].claim];
        }
    }
    size_t n = wp->quotes ? out->nquote : out->len;
    if (n < 2)
        return;
    member *m = fl_xmalloc(n * sizeof *m);
    for (size_t i = 0; i < n; i++)
        m[i] = wp->quotes ? (member){out->quotes[i].file, out->quotes[i].seq, i}
                          : (member){out->items[i].file, out->items[i].seq, i};
    qsort(m, n, sizeof *m, cmp_member);
    size_t size = wp->quotes ? sizeof(fl_qclaim) : sizeof(fl_claim);
    char *base = wp->quotes ? (char *)out->quotes : (char *)out->items;
    char *copy = fl_xmalloc(n * size);
    for (size_t i = 0; i < n; i++)
        memcpy(copy + i * size, base + m[i].index * size, size);
    memcpy(base, copy, n * size);
    free(copy);
    free(m);
}

static void free_subset(fl_claims *c)
{
    free(c->items);
    free(c->quotes);
}

/* Is rule on for any document? Its join runs only then, as in a run. */
static int rule_on_anywhere(const fl_ws *w, int rule)
{
    return w->base.level[rule] != FL_SEV_OFF || w->on[rule];
}

/* The findings of partition p's join in document doc, into out: numeric-conflict's whole join (an anchor
 * per group), quote-conflict's comparisons that involve doc. */
static void join_for(fl_ws *w, int p, size_t doc, fl_sink *out)
{
    ws_part *wp = &w->parts[p];
    fl_claims sub;
    subset(w, p, &sub);
    fl_sink found = {0};
    w->last.partitions++;
    w->last.claims += wp->quotes ? sub.nquote : sub.len;
    if (wp->quotes) {
        if (sub.nquote >= 2 && rule_on_anywhere(w, FL_RULE_QUOTE_CONFLICT))
            fl_join_quotes_in(w->rules, &sub, w->reference, doc, &found);
    } else if (sub.len >= 2 && rule_on_anywhere(w, FL_RULE_NUMERIC_CONFLICT)) {
        fl_join_numeric(w->rules, &sub, w->reference, wp->transposed ? FL_CONFLICT_TRANSPOSED : FL_CONFLICT_KEYED,
                        &found);
    }
    free_subset(&sub);
    for (size_t i = 0; i < found.len; i++) {
        if (strcmp(found.items[i].file, w->docs[doc].name) == 0) {
            FL_GROW(out->items, out->cap, out->len + 1);
            out->items[out->len++] = found.items[i];
        } else
            fl_diag_free(&found.items[i]);
    }
    free(found.items);
}

/* Where doc's claims of partition p are: *start and *end (owned) in member order; returns their count. */
static size_t member_positions(const fl_ws *w, size_t doc, int p, fl_pos **start, fl_pos **end)
{
    const ws_part *wp = &w->parts[p];
    const ws_doc *d = &w->docs[doc];
    size_t n = 0;
    *start = fl_xmalloc((wp->nmembers + 1) * sizeof(fl_pos));
    *end = fl_xmalloc((wp->nmembers + 1) * sizeof(fl_pos));
    for (size_t k = 0; k < wp->nmembers; k++) {
        if (wp->members[k].doc != doc)
            continue;
        size_t i = wp->members[k].claim;
        (*start)[n] = wp->quotes ? d->claims.quotes[i].start : d->claims.items[i].start;
        (*end)[n++] = wp->quotes ? d->claims.quotes[i].end : d->claims.items[i].end;
    }
    return n;
}

static int same_pos(const fl_pos *a, const fl_pos *b)
{
    return a->line == b->line && a->col[FL_COL_BYTE] == b->col[FL_COL_BYTE];
}

/* Moves a position of doc's old claims to where the same claim is now. */
static void remap(fl_pos *p, const ws_cache *c, const fl_pos *start, const fl_pos *end)
{
    for (size_t j = 0; j < c->n; j++) {
        if (same_pos(p, &c->start[j])) {
            *p = start[j];
            return;
        }
        if (same_pos(p, &c->end[j])) {
            *p = end[j];
            return;
        }
    }
}

/* Appends a deep copy of d to out. */
static void copy_diag(fl_sink *out, const fl_diag *d)
{
    fl_diag *c = fl_sink_push(out, d->rule, d->severity, d->file, d->start, d->end, fl_xstrdup(d->message));
    c->text_hash = d->text_hash;
    for (size_t k = 0; k < d->nrelated; k++) {
        const fl_related *r = &d->related[k];
        fl_diag_relate(c, r->file, r->start, r->end, fl_xstrdup(r->message));
        c->related[k].text_hash = r->text_hash;
    }
}

/* The findings of partition p's join in doc, into out: from doc's cache when nothing the join reads has
 * changed since (only moved to where doc's claims are now), else joined and cached. */
static void cached_join(fl_ws *w, size_t doc, int p, fl_sink *out)
{
    ws_doc *d = &w->docs[doc];
    fl_pos *start, *end;
    size_t n = member_positions(w, doc, p, &start, &end);
    ws_cache *c = NULL;
    for (size_t k = 0; k < d->ncache && !c; k++)
        if (d->cache[k].part == p)
            c = &d->cache[k];
    if (c && c->gen == w->parts[p].gen && c->n == n) {
        w->last.cached++;
        for (size_t i = 0; i < c->found.len; i++) {
            copy_diag(out, &c->found.items[i]);
            fl_diag *x = &out->items[out->len - 1];
            remap(&x->start, c, start, end);
            remap(&x->end, c, start, end);
            for (size_t r = 0; r < x->nrelated; r++)
                if (strcmp(x->related[r].file, d->name) == 0) {
                    remap(&x->related[r].start, c, start, end);
                    remap(&x->related[r].end, c, start, end);
                }
        }
        free(c->start);
        free(c->end);
    } else {
        if (!c) {
            FL_GROW(d->cache, d->capcache, d->ncache + 1);
            c = &d->cache[d->ncache++];
            memset(c, 0, sizeof *c);
            c->part = p;
        } else {
            fl_sink_free(&c->found);
            free(c->start);
            free(c->end);
        }
        c->gen = w->parts[p].gen;
        join_for(w, p, doc, &c->found);
        for (size_t i = 0; i < c->found.len; i++)
            copy_diag(out, &c->found.items[i]);
    }
    c->start = start;
    c->end = end;
    c->n = n;
}

/* Reads a file whole; NULL when it cannot be read (the lint then reports nothing for it). */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fl_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fl_buf_put(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return b.ptr ? fl_buf_take(&b) : fl_xstrdup("");
}

/* Lints doc from its text (or its file): its claims replace the old ones when keep_claims is set; its
 * per-document findings and suppressions go to local and *sups when they are not NULL. */
static void lint_one(fl_ws *w, size_t doc, int keep_claims, fl_sink *local, fl_suppressions **sups)
{
    ws_doc *d = &w->docs[doc];
    size_t len = d->len;
    char *owned = NULL;
    const char *text = d->text;
    if (!text) {
        owned = d->is_file ? slurp(d->name, &len) : NULL;
        text = owned ? owned : "";
        if (!owned)
            len = 0;
    }
    fl_run run;
    fl_lint_text_collect(w->rules, &w->base, d->fo, d->name, d->markdown, text, len, &run);
    if (keep_claims) {
        fl_claims_free(&d->claims);
        d->claims = run.claims;
        memset(&run.claims, 0, sizeof run.claims);
        for (size_t i = 0; i < d->claims.len; i++)
            d->claims.items[i].doc = doc;
        for (size_t i = 0; i < d->claims.nquote; i++)
            d->claims.quotes[i].doc = doc;
    }
    if (local) {
        fl_sink_move(local, &run.diags);
        fl_sink_move(local, &run.local);
    }
    if (sups) {
        *sups = run.sups[0];
        run.sups[0] = NULL;
    }
    fl_run_free(&run);
    free(owned);
}

size_t fl_ws_load(fl_ws *w, const fl_filelist *files, const unsigned char *reference, fl_buf *err)
{
    /* the new files, in a list of their own for the worker pool */
    fl_filelist fresh = {0};
    unsigned char *ref = fl_xcalloc(files->len + 1, 1);
    fl_file_opts *fo = fl_xcalloc(files->len + 1, sizeof *fo);
    size_t first = w->ndocs;
    for (size_t i = 0; i < files->len; i++) {
        if (fl_ws_find(w, files->items[i].display) >= 0)
            continue;
        size_t doc = add_doc(w, files->items[i].display, files->items[i].markdown, 1, reference && reference[i], err);
        FL_GROW(fresh.items, fresh.cap, fresh.len + 1);
        fresh.items[fresh.len] = files->items[i]; /* borrowed: not freed with fresh */
        ref[fresh.len] = (unsigned char)w->docs[doc].reference;
        fo[fresh.len++] = *w->docs[doc].fo;
    }
    fl_lint_opts o = w->base;
    o.reference = ref;
    o.file_opts = fo;
    fl_run run;
    fl_lint_stats stats;
    fl_lint_collect(w->rules, &o, &fresh, &run, &stats);
    /* each document keeps its claims, pointing at its own name */
    for (size_t i = 0; i < run.claims.len; i++) {
        fl_claim *c = &run.claims.items[i];
        ws_doc *d = &w->docs[first + c->doc];
        c->doc += first;
        c->file = d->name;
        FL_GROW(d->claims.items, d->claims.cap, d->claims.len + 1);
        d->claims.items[d->claims.len++] = *c;
    }
    for (size_t i = 0; i < run.claims.nquote; i++) {
        fl_qclaim *q = &run.claims.quotes[i];
        ws_doc *d = &w->docs[first + q->doc];
        q->doc += first;
        q->file = d->name;
        FL_GROW(d->claims.quotes, d->claims.capquote, d->claims.nquote + 1);
        d->claims.quotes[d->claims.nquote++] = *q;
    }
    run.claims.len = run.claims.nquote = 0; /* moved */
    fl_run_free(&run);
    /* excluded files take no part */
    for (size_t i = first; i < w->ndocs; i++) {
        if (w->docs[i].excluded) {
            fl_claims_free(&w->docs[i].claims);
            memset(&w->docs[i].claims, 0, sizeof w->docs[i].claims);
        }
        index_doc(w, i);
    }
    free(fresh.items);
    free(ref);
    free(fo);
    return w->ndocs - first;
}

/* Re-extracts doc and moves it to the partitions of its new claims; fills w->affected with it and the
 * documents of its old and new partitions. */
static void changed(fl_ws *w, size_t doc)
{
    ws_doc *d = &w->docs[doc];
    int *old = d->parts;
    uint64_t *oldsig = d->sig;
    size_t nold = d->nparts;
    unindex_doc(w, doc);
    d->parts = NULL;
    d->sig = NULL;
    d->nparts = 0;
    memset(&w->last, 0, sizeof w->last);
    double t = now_ms();
    fl_sink_free(&d->local);
    fl_suppress_free(d->sups);
    d->sups = NULL;
    d->fresh = !d->excluded;
    if (!d->excluded)
        lint_one(w, doc, 1, &d->local, &d->sups);
    index_doc(w, doc);
    w->last.extract_ms = now_ms() - t;
    /* the partitions to join again: old and new */
    /* marks instead of a set: a change touches every document of its partitions */
    FL_GROW(w->mark, w->capmark, w->ndocs);
    for (size_t i = w->nmarked; i < w->ndocs; i++)
        w->mark[i] = 0;
    w->nmarked = w->ndocs;
    if (++w->stamp == 0) {
        memset(w->mark, 0, w->ndocs * sizeof *w->mark);
        w->stamp = 1;
    }
    unsigned done = w->stamp;
    w->naffected = 0;
    FL_GROW(w->affected, w->capaffected, 1);
    w->affected[w->naffected++] = doc;
    w->mark[doc] = done;
    for (size_t k = 0; k < nold + d->nparts; k++) {
        int p = k < nold ? old[k] : d->parts[k - nold];
        int again = 0;
        for (size_t j = 0; j < k && !again; j++)
            again = (j < nold ? old[j] : d->parts[j - nold]) == p;
        if (again)
            continue;
        /* a partition whose claims of doc read differently now is new to every document's cache */
        uint64_t before = 0, after = 0;
        for (size_t j = 0; j < nold; j++)
            if (old[j] == p)
                before = oldsig[j];
        for (size_t j = 0; j < d->nparts; j++)
            if (d->parts[j] == p)
                after = d->sig[j];
        if (before != after)
            w->parts[p].gen++;
        const ws_part *wp = &w->parts[p];
        for (size_t j = 0; j < wp->ndocs; j++) {
            if (w->mark[wp->docs[j]] == done)
                continue;
            w->mark[wp->docs[j]] = done;
            FL_GROW(w->affected, w->capaffected, w->naffected + 1);
            w->affected[w->naffected++] = wp->docs[j];
        }
    }
    free(old);
    free(oldsig);
}

size_t fl_ws_set_text(fl_ws *w, const char *name, int markdown, const char *text, size_t len, const size_t **affected,
                      size_t *naffected)
{
    long found = fl_ws_find(w, name);
    size_t doc = found >= 0
                     ? (size_t)found
                     : add_doc(w, name, markdown >= 0 ? markdown : fl_path_is_markdown(name), name[0] == '/', 0, NULL);
    ws_doc *d = &w->docs[doc];
    if (markdown >= 0)
        d->markdown = markdown;
    free(d->text);
    d->text = fl_xmalloc(len + 1);
    memcpy(d->text, text, len);
    d->text[len] = '\0';
    d->len = len;
    changed(w, doc);
    *affected = w->affected;
    *naffected = w->naffected;
    return doc;
}

void fl_ws_revert(fl_ws *w, size_t doc, const size_t **affected, size_t *naffected)
{
    ws_doc *d = &w->docs[doc];
    free(d->text);
    d->text = NULL;
    d->len = 0;
    changed(w, doc);
    *affected = w->affected;
    *naffected = w->naffected;
}

void fl_ws_diagnostics(fl_ws *w, size_t doc, fl_sink *out)
{
    ws_doc *d = &w->docs[doc];
    if (d->reference || d->excluded)
        return;
    /* the corpus-wide findings in doc, limited per rule as a run limits them */
    double t = now_ms();
    fl_sink joined = {0};
    for (size_t k = 0; k < d->nparts; k++)
        cached_join(w, doc, d->parts[k], &joined);
    w->last.join_ms += now_ms() - t;
    /* its own findings, and its suppressions as they stand after its checks: those of the change just made,
     * or of a lint again, since applying a set of suppressions marks it used */
    fl_suppressions *sups = NULL;
    if (d->fresh) {
        fl_sink_move(out, &d->local);
        sups = d->sups;
        d->sups = NULL;
        d->fresh = 0;
    } else
        lint_one(w, doc, 0, out, &sups);
    fl_sink_limit_per_file(&joined);
    fl_sink_move(out, &joined);
    /* the document's levels, as a run's apply_levels */
    size_t kept = 0;
    for (size_t i = 0; i < out->len; i++) {
        fl_diag *x = &out->items[i];
        fl_severity lv = d->fo->level[x->rule];
        if (lv == FL_SEV_OFF) {
            fl_diag_free(x);
            continue;
        }
        if (lv != fl_rule_table[x->rule].level)
            x->severity = lv;
        out->items[kept++] = *x;
    }
    out->len = kept;
    fl_suppress_apply(&sups, 1, out);
    fl_suppress_free(sups);
    fl_sink_sort_unique(out);
}

/* The claims of the join partition kind ('n' numeric key, 'q' speaker surname) + key into *sub (free with
 * free_subset). Returns 0, or -1 when no document has that partition. */
static int part_subset(const fl_ws *w, char kind, const char *key, fl_claims *sub)
{
    fl_buf k = {0};
    fl_buf_putc(&k, kind);
    fl_buf_puts(&k, key);
    int p = fl_map_get(&w->bypart, k.ptr, k.len);
    fl_buf_free(&k);
    if (p < 0)
        return -1;
    subset(w, p, sub);
    return 0;
}

const fl_claim **fl_ws_peers(const fl_ws *w, size_t doc, size_t i, size_t *n)
{
    const fl_claim *c = &w->docs[doc].claims.items[i];
    *n = 0;
    if (!numeric_part(c))
        return NULL;
    fl_claims sub;
    if (part_subset(w, 'n', c->key, &sub) < 0)
        return NULL;
    const fl_claim **out = fl_xcalloc(sub.len + 1, sizeof *out);
    for (size_t j = 0; j < sub.len; j++) {
        if (sub.items[j].doc == doc && sub.items[j].seq == c->seq)
            continue;
        /* point into the documents, not the subset's copies */
        const ws_doc *od = &w->docs[sub.items[j].doc];
        for (size_t m = 0; m < od->claims.len; m++)
            if (od->claims.items[m].seq == sub.items[j].seq) {
                out[(*n)++] = &od->claims.items[m];
                break;
            }
    }
    free_subset(&sub);
    return out;
}

const fl_qclaim **fl_ws_quote_peers(const fl_ws *w, size_t doc, size_t i, size_t *n)
{
    const fl_qclaim *q = &w->docs[doc].claims.quotes[i];
    *n = 0;
    if (!q->speaker_key)
        return NULL;
    fl_claims sub;
    if (part_subset(w, 'q', surname(q->speaker_key), &sub) < 0)
        return NULL;
    const fl_qclaim **out = fl_xcalloc(sub.nquote + 1, sizeof *out);
    for (size_t j = 0; j < sub.nquote; j++) {
        if (sub.quotes[j].doc == doc && sub.quotes[j].seq == q->seq)
            continue;
        const ws_doc *od = &w->docs[sub.quotes[j].doc];
        for (size_t m = 0; m < od->claims.nquote; m++)
            if (od->claims.quotes[m].seq == sub.quotes[j].seq) {
                out[(*n)++] = &od->claims.quotes[m];
                break;
            }
    }
    free_subset(&sub);
    return out;
}
