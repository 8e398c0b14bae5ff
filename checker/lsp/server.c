/* server.c - the language server: the LSP lifecycle, document synchronisation, diagnostics, hovers on claims
 * and the suppressing code action, over the workspace's claims held in memory (workspace.h). */
#include "lsp/server.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/version.h"
#include "doc/document.h"
#include "lsp/rpc.h"
#include "lsp/workspace.h"
#include "out/emit.h"
#include "core/rules.h"

enum { ENC_UTF16, ENC_UTF8, ENC_UTF32 };

typedef struct {
    char *uri; /* as the client sent it, so that publishDiagnostics names it the same way */
    long doc;  /* in the workspace */
    int version;
    size_t *lines; /* start of each line of the text */
    size_t nlines;
    fl_sink shown; /* the findings last published: what code actions act on */
} open_doc;

typedef struct {
    const fl_lsp_opts *o;
    fl_rpc *rpc;
    fl_rules *rules;
    fl_configs *cs;
    fl_ws *ws;
    int initialized, shut_down, encoding;
    char *root; /* the first workspace folder, for paths in hovers; may be NULL */
    open_doc *open;
    size_t nopen, capopen;
} server;

/* ---- URIs and paths ---- */

static int hexval(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* A document's name for a URI: the path of a file: URI (percent-decoded; the real path when it exists),
 * the URI itself otherwise. Owned. */
static char *name_of_uri(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0)
        return fl_xstrdup(uri);
    const char *p = uri + 7;
    if (strncmp(p, "localhost/", 10) == 0)
        p += 9;
    fl_buf b = {0};
    for (; *p; p++) {
        if (*p == '%' && hexval((unsigned char)p[1]) >= 0 && hexval((unsigned char)p[2]) >= 0) {
            fl_buf_putc(&b, (char)(hexval((unsigned char)p[1]) * 16 + hexval((unsigned char)p[2])));
            p += 2;
        } else
            fl_buf_putc(&b, *p);
    }
    char *path = fl_buf_take(&b);
    char real[PATH_MAX];
    if (realpath(path, real)) {
        free(path);
        return fl_xstrdup(real);
    }
    return path;
}

/* ---- positions ---- */

static void index_lines(open_doc *od, const char *text, size_t len)
{
    free(od->lines);
    size_t cap = 16;
    od->lines = fl_xmalloc(cap * sizeof(size_t));
    od->nlines = 0;
    od->lines[od->nlines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
            i++;
        else if (text[i] != '\n' && text[i] != '\r')
            continue;
        FL_GROW(od->lines, cap, od->nlines + 1);
        od->lines[od->nlines++] = i + 1;
    }
}

static open_doc *find_open_doc(server *s, long doc)
{
    for (size_t i = 0; i < s->nopen; i++)
        if (s->open[i].doc == doc)
            return &s->open[i];
    return NULL;
}

static open_doc *find_open_uri(server *s, const char *uri)
{
    for (size_t i = 0; i < s->nopen; i++)
        if (strcmp(s->open[i].uri, uri) == 0)
            return &s->open[i];
    return NULL;
}

/* The LSP character of a position in the document named file: in the negotiated encoding, counted in the
 * editor's text when it is open, else from the code-point column (exact unless the line holds characters
 * beyond the BMP before it). */
static int lsp_character(server *s, const char *file, const fl_pos *p)
{
    if (s->encoding == ENC_UTF8)
        return p->col[FL_COL_BYTE] - 1;
    if (s->encoding == ENC_UTF32)
        return p->col[FL_COL_CODEPOINT] - 1;
    long doc = fl_ws_find(s->ws, file);
    open_doc *od = doc >= 0 ? find_open_doc(s, doc) : NULL;
    size_t len;
    const char *text = od ? fl_ws_text(s->ws, (size_t)doc, &len) : NULL;
    if (!text || p->line < 1 || (size_t)p->line > od->nlines)
        return p->col[FL_COL_CODEPOINT] - 1;
    size_t at = od->lines[p->line - 1], end = at + (size_t)(p->col[FL_COL_BYTE] - 1);
    int units = 0;
    while (at < end && at < len) {
        int32_t cp;
        at += fl_utf8_next(text, len, at, &cp);
        units += cp >= 0x10000 ? 2 : 1;
    }
    return units;
}

/* The byte offset of an LSP position in an open document's text, or -1 when it is not in it. */
static long offset_of(server *s, const open_doc *od, const cJSON *pos)
{
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(pos, "line");
    const cJSON *ch = cJSON_GetObjectItemCaseSensitive(pos, "character");
    if (!cJSON_IsNumber(line) || !cJSON_IsNumber(ch) || line->valuedouble < 0 || ch->valuedouble < 0 ||
        line->valuedouble >= (double)od->nlines)
        return -1;
    size_t len;
    const char *text = fl_ws_text(s->ws, (size_t)od->doc, &len);
    size_t at = od->lines[(size_t)line->valuedouble];
    size_t end = (size_t)line->valuedouble + 1 < od->nlines ? od->lines[(size_t)line->valuedouble + 1] : len;
    double want = ch->valuedouble, units = 0;
    while (at < end && units < want && text[at] != '\n' && text[at] != '\r') {
        int32_t cp;
        size_t k = fl_utf8_next(text, len, at, &cp);
        units += s->encoding == ENC_UTF8 ? (double)k : s->encoding == ENC_UTF16 && cp >= 0x10000 ? 2 : 1;
        at += k;
    }
    return (long)at;
}

static cJSON *lsp_position(server *s, const char *file, const fl_pos *p)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "line", p->line - 1);
    cJSON_AddNumberToObject(o, "character", lsp_character(s, file, p));
    return o;
}

static cJSON *lsp_range(server *s, const char *file, const fl_pos *start, const fl_pos *end)
{
    cJSON *r = cJSON_CreateObject();
    cJSON_AddItemToObject(r, "start", lsp_position(s, file, start));
    cJSON_AddItemToObject(r, "end", lsp_position(s, file, end));
    return r;
}

/* The URI of the document named file: the client's own for an open document. */
static char *uri_of(server *s, const char *file)
{
    long doc = fl_ws_find(s->ws, file);
    open_doc *od = doc >= 0 ? find_open_doc(s, doc) : NULL;
    if (od)
        return fl_xstrdup(od->uri);
    if (file[0] != '/')
        return fl_xstrdup(file);
    fl_buf b = {0};
    fl_uri_from_path(&b, file);
    return fl_buf_take(&b);
}

/* A path for people: relative to the workspace folder when under it. */
static const char *shown_path(const server *s, const char *file)
{
    size_t n = s->root ? strlen(s->root) : 0;
    if (n && strncmp(file, s->root, n) == 0 && file[n] == '/')
        return file + n + 1;
    return file;
}

/* ---- diagnostics ---- */

static cJSON *diagnostic_json(server *s, const fl_diag *d)
{
    static const int severity[] = {3, 3, 2, 1}; /* note: Information, warning: Warning, error: Error */
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "range", lsp_range(s, d->file, &d->start, &d->end));
    cJSON_AddNumberToObject(o, "severity", severity[d->severity]);
    cJSON_AddStringToObject(o, "code", fl_rule_table[d->rule].id);
    cJSON *desc = cJSON_AddObjectToObject(o, "codeDescription");
    cJSON_AddStringToObject(desc, "href", FL_RULES_URI);
    cJSON_AddStringToObject(o, "source", "factlint");
    cJSON_AddStringToObject(o, "message", d->message);
    if (d->nrelated) {
        cJSON *rel = cJSON_AddArrayToObject(o, "relatedInformation");
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            cJSON *ri = cJSON_CreateObject();
            cJSON *loc = cJSON_AddObjectToObject(ri, "location");
            char *uri = uri_of(s, r->file);
            cJSON_AddStringToObject(loc, "uri", uri);
            free(uri);
            cJSON_AddItemToObject(loc, "range", lsp_range(s, r->file, &r->start, &r->end));
            cJSON_AddStringToObject(ri, "message", r->message);
            cJSON_AddItemToArray(rel, ri);
        }
    }
    return o;
}

static void publish(server *s, open_doc *od)
{
    fl_sink_free(&od->shown);
    fl_ws_diagnostics(s->ws, (size_t)od->doc, &od->shown);
    cJSON *params = cJSON_CreateObject();
    cJSON_AddStringToObject(params, "uri", od->uri);
    cJSON_AddNumberToObject(params, "version", od->version);
    cJSON *arr = cJSON_AddArrayToObject(params, "diagnostics");
    for (size_t i = 0; i < od->shown.len; i++)
        cJSON_AddItemToArray(arr, diagnostic_json(s, &od->shown.items[i]));
    fl_rpc_notify(s->rpc, "textDocument/publishDiagnostics", params);
}

/* Publishes the open documents among those a change affected. */
static void publish_affected(server *s, const size_t *affected, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        open_doc *od = find_open_doc(s, (long)affected[i]);
        if (od)
            publish(s, od);
    }
}

/* ---- lifecycle ---- */

static const char *str_at(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Walks the workspace folders and --against paths, reads their configurations, loads the packs they
 * name, and lints everything once. Returns 0, or -1 after a message in err. */
static int load_workspace(server *s, const cJSON *params, fl_buf *err)
{
    const char **roots = NULL;
    char **owned = NULL;
    size_t nroots = 0, cap = 0, capo = 0;
    const cJSON *folders = cJSON_GetObjectItemCaseSensitive(params, "workspaceFolders");
    const cJSON *f;
    cJSON_ArrayForEach (f, (cJSON_IsArray(folders) ? folders : NULL)) {
        const char *uri = str_at(f, "uri");
        if (uri && strncmp(uri, "file://", 7) == 0) {
            FL_GROW(owned, capo, nroots + 1);
            owned[nroots++] = name_of_uri(uri);
        }
    }
    const char *root_uri = str_at(params, "rootUri"), *root_path = str_at(params, "rootPath");
    if (!nroots && (root_uri || root_path)) {
        FL_GROW(owned, capo, 1);
        if (root_uri && strncmp(root_uri, "file://", 7) == 0)
            owned[nroots++] = name_of_uri(root_uri);
        else if (root_path) {
            char real[PATH_MAX];
            owned[nroots++] = fl_xstrdup(realpath(root_path, real) ? real : root_path);
        }
    }
    FL_GROW(roots, cap, nroots + 1);
    for (size_t i = 0; i < nroots; i++)
        roots[i] = owned[i];
    s->root = nroots ? fl_xstrdup(owned[0]) : NULL;
    fl_filelist files = {0};
    if (nroots)
        fl_walk(roots, nroots, 0, &files);
    size_t nlinted = files.len;
    if (s->o->nagainst) {
        /* the reference corpus, by real path so that it meets the workspace's names */
        fl_filelist refs = {0};
        fl_walk(s->o->against, s->o->nagainst, 0, &refs);
        for (size_t i = 0; i < refs.len; i++) {
            char real[PATH_MAX];
            if (realpath(refs.items[i].path, real)) {
                free(refs.items[i].display);
                refs.items[i].display = fl_xstrdup(real);
            }
            FL_GROW(files.items, files.cap, files.len + 1);
            files.items[files.len++] = refs.items[i];
        }
        free(refs.items);
    }
    unsigned char *reference = fl_xcalloc(files.len + 1, 1);
    for (size_t i = nlinted; i < files.len; i++)
        reference[i] = 1;
    /* the configurations first: the packs they name are loaded for the whole workspace */
    s->cs = fl_configs_new(s->o->config, s->o->no_config);
    for (size_t i = 0; i < files.len; i++) {
        fl_file_config fc;
        fl_buf e = {0};
        if (fl_configs_for(s->cs, files.items[i].display, s->o->opts.level, &fc, &e) < 0)
            fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&e));
        fl_buf_free(&e);
    }
    size_t nextra = 0;
    const char *const *extra = fl_configs_pack_dirs(s->cs, &nextra);
    s->rules = s->o->load_packs(s->o->load_arg, extra, nextra);
    int rc = 0;
    if (!s->rules) {
        fl_buf_puts(err, "cannot load the rule packs (see the server's stderr)");
        rc = -1;
    } else {
        s->ws = fl_ws_new(s->rules, &s->o->opts, s->cs);
        fl_buf cerr = {0};
        fl_ws_load(s->ws, &files, reference, &cerr);
        if (cerr.len)
            fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&cerr));
        fl_buf_free(&cerr);
    }
    free(reference);
    fl_filelist_free(&files);
    for (size_t i = 0; i < nroots; i++)
        free(owned[i]);
    free(owned);
    free(roots);
    return rc;
}

static void initialize(server *s, const cJSON *id, const cJSON *params)
{
    if (s->initialized) {
        fl_rpc_error(s->rpc, id, FL_RPC_INVALID_REQUEST, "initialize was already received");
        return;
    }
    /* position encoding: bytes when the client can, then code points, else LSP's default UTF-16 */
    const cJSON *general =
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "capabilities"), "general");
    const cJSON *encs = cJSON_GetObjectItemCaseSensitive(general, "positionEncodings"), *e;
    int utf8 = 0, utf32 = 0;
    cJSON_ArrayForEach (e, (cJSON_IsArray(encs) ? encs : NULL)) {
        utf8 |= cJSON_IsString(e) && strcmp(e->valuestring, "utf-8") == 0;
        utf32 |= cJSON_IsString(e) && strcmp(e->valuestring, "utf-32") == 0;
    }
    s->encoding = utf8 ? ENC_UTF8 : utf32 ? ENC_UTF32 : ENC_UTF16;
    fl_buf err = {0};
    if (load_workspace(s, params, &err) < 0) {
        fl_rpc_error(s->rpc, id, -32603, fl_buf_cstr(&err));
        fl_buf_free(&err);
        return;
    }
    fl_buf_free(&err);
    s->initialized = 1;
    cJSON *res = cJSON_CreateObject();
    cJSON *caps = cJSON_AddObjectToObject(res, "capabilities");
    static const char *const names[] = {"utf-16", "utf-8", "utf-32"};
    cJSON_AddStringToObject(caps, "positionEncoding", names[s->encoding]);
    cJSON *sync = cJSON_AddObjectToObject(caps, "textDocumentSync");
    cJSON_AddTrueToObject(sync, "openClose");
    cJSON_AddNumberToObject(sync, "change", 1); /* full text: one document's lint dominates anyway */
    cJSON_AddTrueToObject(cJSON_AddObjectToObject(sync, "save"), "includeText");
    cJSON_AddTrueToObject(caps, "hoverProvider");
    cJSON *ca = cJSON_AddObjectToObject(caps, "codeActionProvider");
    cJSON *kinds = cJSON_AddArrayToObject(ca, "codeActionKinds");
    cJSON_AddItemToArray(kinds, cJSON_CreateString("quickfix"));
    cJSON *info = cJSON_AddObjectToObject(res, "serverInfo");
    cJSON_AddStringToObject(info, "name", "factlint");
    cJSON_AddStringToObject(info, "version", FL_VERSION);
    fl_rpc_result(s->rpc, id, res);
}

/* ---- documents ---- */

static int is_markdown(const char *name, const char *language)
{
    return (language && strcmp(language, "markdown") == 0) || fl_path_is_markdown(name);
}

/* Sets an open document's text and publishes what changed. */
static void set_text(server *s, open_doc *od, const char *name, int markdown, const char *text, size_t len)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    const size_t *affected;
    size_t n;
    od->doc = (long)fl_ws_set_text(s->ws, name, markdown, text, len, &affected, &n);
    index_lines(od, text, len);
    publish_affected(s, affected, n);
    if (s->o->timings) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        const fl_ws_stats *st = fl_ws_last_change(s->ws);
        fprintf(stderr,
                "factlint: lsp: %s: %.2f ms (extract %.2f ms, join %.2f ms over %zu keys and %zu claims, %zu keys "
                "unchanged), "
                "%zu of %zu documents affected\n",
                shown_path(s, name), (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
                st->extract_ms, st->join_ms, st->partitions, st->claims, st->cached, n, fl_ws_size(s->ws));
    }
}

static void did_open(server *s, const cJSON *params)
{
    const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
    const char *uri = str_at(td, "uri"), *text = str_at(td, "text");
    if (!uri || !text)
        return;
    open_doc *od = find_open_uri(s, uri);
    if (!od) {
        FL_GROW(s->open, s->capopen, s->nopen + 1);
        od = &s->open[s->nopen++];
        memset(od, 0, sizeof *od);
        od->uri = fl_xstrdup(uri);
        od->doc = -1;
    }
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(td, "version");
    od->version = cJSON_IsNumber(v) ? (int)v->valuedouble : 0;
    char *name = name_of_uri(uri);
    set_text(s, od, name, is_markdown(name, str_at(td, "languageId")), text, strlen(text));
    free(name);
}

/* Applies one content change: the whole text, or a range of it (for clients that send ranges anyway). */
static void apply_change(server *s, open_doc *od, const cJSON *change, fl_buf *text)
{
    const char *t = str_at(change, "text");
    if (!t)
        return;
    const cJSON *range = cJSON_GetObjectItemCaseSensitive(change, "range");
    if (!range) {
        text->len = 0;
        fl_buf_puts(text, t);
        return;
    }
    long a = offset_of(s, od, cJSON_GetObjectItemCaseSensitive(range, "start"));
    long b = offset_of(s, od, cJSON_GetObjectItemCaseSensitive(range, "end"));
    if (a < 0 || b < a)
        return;
    fl_buf out = {0};
    fl_buf_put(&out, text->ptr, (size_t)a);
    fl_buf_puts(&out, t);
    fl_buf_put(&out, text->ptr + b, text->len - (size_t)b);
    fl_buf_free(text);
    *text = out;
    index_lines(od, text->ptr, text->len);
}

static void did_change(server *s, const cJSON *params)
{
    const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
    const char *uri = str_at(td, "uri");
    open_doc *od = uri ? find_open_uri(s, uri) : NULL;
    const cJSON *changes = cJSON_GetObjectItemCaseSensitive(params, "contentChanges"), *c;
    if (!od || od->doc < 0 || !cJSON_IsArray(changes))
        return;
    size_t len;
    const char *old = fl_ws_text(s->ws, (size_t)od->doc, &len);
    fl_buf text = {0};
    fl_buf_put(&text, old ? old : "", old ? len : 0);
    cJSON_ArrayForEach (c, changes)
        apply_change(s, od, c, &text);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(td, "version");
    if (cJSON_IsNumber(v))
        od->version = (int)v->valuedouble;
    char *name = fl_xstrdup(fl_ws_name(s->ws, (size_t)od->doc));
    set_text(s, od, name, -1, fl_buf_cstr(&text), text.len);
    free(name);
    fl_buf_free(&text);
}

static void did_save(server *s, const cJSON *params)
{
    const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
    const char *uri = str_at(td, "uri"), *text = str_at(params, "text");
    open_doc *od = uri ? find_open_uri(s, uri) : NULL;
    if (!od || od->doc < 0 || !text)
        return;
    char *name = fl_xstrdup(fl_ws_name(s->ws, (size_t)od->doc));
    set_text(s, od, name, -1, text, strlen(text));
    free(name);
}

static void did_close(server *s, const cJSON *params)
{
    const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
    const char *uri = str_at(td, "uri");
    open_doc *od = uri ? find_open_uri(s, uri) : NULL;
    if (!od)
        return;
    /* the editor clears what was shown; the document falls back to its file for the other documents */
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "uri", od->uri);
    cJSON_AddArrayToObject(p, "diagnostics");
    fl_rpc_notify(s->rpc, "textDocument/publishDiagnostics", p);
    long doc = od->doc;
    free(od->uri);
    free(od->lines);
    fl_sink_free(&od->shown);
    *od = s->open[--s->nopen];
    if (doc >= 0) {
        const size_t *affected;
        size_t n;
        fl_ws_revert(s->ws, (size_t)doc, &affected, &n);
        publish_affected(s, affected, n);
    }
}

/* ---- hover ---- */

static int pos_before(int line_a, int col_a, int line_b, int col_b)
{
    return line_a < line_b || (line_a == line_b && col_a <= col_b);
}

/* Does [start, end) hold (line, byte column)? */
static int holds(const fl_pos *start, const fl_pos *end, int line, int col)
{
    return pos_before(start->line, start->col[FL_COL_BYTE], line, col) &&
           !pos_before(end->line, end->col[FL_COL_BYTE], line, col);
}

static void put_number(fl_buf *b, double v)
{
    if (isinf(v))
        fl_buf_puts(b, v > 0 ? "∞" : "-∞");
    else
        fl_buf_printf(b, "%.15g", v);
}

static void hover_numeric(server *s, fl_buf *b, size_t doc, size_t i)
{
    const fl_claims *cl = fl_ws_claims(s->ws, doc);
    const fl_claim *c = &cl->items[i];
    const fl_knowledge *k = fl_rules_knowledge(s->rules);
    static const char *const modality[] = {"actual", "forecast", "target", "capacity"};
    fl_buf_printf(b, "**factlint read** `%s`: ", c->text);
    put_number(b, c->value);
    fl_buf_puts(b, " (from ");
    put_number(b, c->lo);
    fl_buf_puts(b, " to ");
    put_number(b, c->hi);
    fl_buf_printf(b, ", %s)\n\n", c->dim);
    char period[64];
    fl_claim_period(c, period, sizeof period);
    fl_buf_printf(b, "- metric: %s\n- parties: %s → %s\n- period: %s\n- modality: %s\n",
                  c->family >= 0 ? k->metrics[c->family].id : "unknown", c->src >= 0 ? k->entities[c->src].id : "?",
                  c->dst >= 0 ? k->entities[c->dst].id : "?", period[0] ? period : "unknown",
                  c->modality >= 0 && c->modality < 4 ? modality[c->modality] : "?");
    if (c->item[0])
        fl_buf_printf(b, "- item: %s\n", c->item);
    fl_buf_printf(b, "- context: \"%s\"\n", c->context);
    if (!c->key) {
        fl_buf_puts(b, "\nNo key (a part is unknown): compared only with figures in its own document.\n");
        return;
    }
    fl_buf_printf(b, "- key: `%s`\n\n", c->key);
    size_t n;
    const fl_claim **peers = fl_ws_peers(s->ws, doc, i, &n);
    if (!n)
        fl_buf_puts(b, "**Compared with**: no other claim in the workspace has this key.\n");
    else
        fl_buf_printf(b, "**Compared with** %zu %s of the same key:\n", n, n == 1 ? "claim" : "claims");
    for (size_t j = 0; j < n && j < 20; j++)
        fl_buf_printf(b, "- `%s` at %s:%d:%d: \"%s\"\n", peers[j]->text, shown_path(s, peers[j]->file),
                      peers[j]->start.line, peers[j]->start.col[FL_COL_CODEPOINT], peers[j]->context);
    if (n > 20)
        fl_buf_printf(b, "- and %zu more\n", n - 20);
    free(peers);
}

static void hover_quote(server *s, fl_buf *b, size_t doc, size_t i)
{
    const fl_qclaim *q = &fl_ws_claims(s->ws, doc)->quotes[i];
    fl_buf_printf(b, "**factlint read** %s by **%s**", q->direct ? "a direct quote" : "reported speech",
                  q->speaker[0] ? q->speaker : "nobody named");
    if (q->how)
        fl_buf_printf(b, " (found by: %s)", q->how);
    fl_buf_puts(b, "\n\n");
    if (q->audience[0])
        fl_buf_printf(b, "- audience: %s\n", q->audience);
    if (q->hedge[0])
        fl_buf_printf(b, "- hedge: %s\n", q->hedge);
    if (q->source[0])
        fl_buf_printf(b, "- source: %s\n", q->source);
    fl_buf_printf(b, "- words: \"%s\"\n", q->text);
    if (!q->speaker_key) {
        fl_buf_puts(b, "\nNot a named person: not compared with other renderings.\n");
        return;
    }
    fl_buf_printf(b, "- speaker key: `%s`\n\n", q->speaker_key);
    size_t n;
    const fl_qclaim **peers = fl_ws_quote_peers(s->ws, doc, i, &n);
    if (!n)
        fl_buf_puts(b, "**Compared with**: no other rendering by this speaker in the workspace.\n");
    else
        fl_buf_printf(b, "**Compared with** %zu %s by the same surname:\n", n, n == 1 ? "rendering" : "renderings");
    for (size_t j = 0; j < n && j < 20; j++)
        fl_buf_printf(b, "- %s (%s) at %s:%d:%d: \"%s\"\n", peers[j]->speaker, peers[j]->direct ? "quote" : "reported",
                      shown_path(s, peers[j]->file), peers[j]->start.line, peers[j]->start.col[FL_COL_CODEPOINT],
                      peers[j]->text);
    if (n > 20)
        fl_buf_printf(b, "- and %zu more\n", n - 20);
    free(peers);
}

static cJSON *hover(server *s, const cJSON *params)
{
    const char *uri = str_at(cJSON_GetObjectItemCaseSensitive(params, "textDocument"), "uri");
    open_doc *od = uri ? find_open_uri(s, uri) : NULL;
    if (!od || od->doc < 0)
        return NULL;
    const cJSON *pos = cJSON_GetObjectItemCaseSensitive(params, "position");
    long off = offset_of(s, od, pos);
    if (off < 0)
        return NULL;
    int line = (int)cJSON_GetObjectItemCaseSensitive(pos, "line")->valuedouble + 1;
    int col = (int)(off - (long)od->lines[line - 1]) + 1;
    size_t doc = (size_t)od->doc;
    const fl_claims *cl = fl_ws_claims(s->ws, doc);
    fl_buf b = {0};
    for (size_t i = 0; i < cl->len && !b.len; i++)
        if (holds(&cl->items[i].start, &cl->items[i].end, line, col))
            hover_numeric(s, &b, doc, i);
    for (size_t i = 0; i < cl->nquote && !b.len; i++)
        if (holds(&cl->quotes[i].start, &cl->quotes[i].end, line, col))
            hover_quote(s, &b, doc, i);
    if (!b.len)
        return NULL;
    cJSON *res = cJSON_CreateObject();
    cJSON *contents = cJSON_AddObjectToObject(res, "contents");
    cJSON_AddStringToObject(contents, "kind", "markdown");
    cJSON_AddStringToObject(contents, "value", fl_buf_cstr(&b));
    fl_buf_free(&b);
    return res;
}

/* ---- code actions ---- */

static cJSON *code_actions(server *s, const cJSON *params)
{
    const char *uri = str_at(cJSON_GetObjectItemCaseSensitive(params, "textDocument"), "uri");
    open_doc *od = uri ? find_open_uri(s, uri) : NULL;
    cJSON *res = cJSON_CreateArray();
    const cJSON *range = cJSON_GetObjectItemCaseSensitive(params, "range");
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(range, "start"), "line");
    const cJSON *en = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(range, "end"), "line");
    if (!od || od->doc < 0 || !cJSON_IsNumber(st) || !cJSON_IsNumber(en))
        return res;
    size_t len;
    const char *text = fl_ws_text(s->ws, (size_t)od->doc, &len);
    int markdown = fl_ws_markdown(s->ws, (size_t)od->doc);
    fl_buf seen = {0};
    for (size_t i = 0; i < od->shown.len; i++) {
        const fl_diag *d = &od->shown.items[i];
        int line = d->start.line - 1;
        if (line < st->valuedouble || line > en->valuedouble || d->rule == FL_RULE_UNUSED_SUPPRESSION ||
            d->rule == FL_RULE_ENCODING || (size_t)line >= od->nlines)
            continue;
        const char *id = fl_rule_table[d->rule].id;
        char key[96];
        snprintf(key, sizeof key, "|%d:%s|", line, id);
        if (seen.len && strstr(fl_buf_cstr(&seen), key))
            continue;
        fl_buf_puts(&seen, key);
        /* the directive goes on a line of its own above, indented as the line is */
        fl_buf nt = {0};
        for (size_t at = od->lines[line]; text && at < len && (text[at] == ' ' || text[at] == '\t'); at++)
            fl_buf_putc(&nt, text[at]);
        fl_buf_printf(&nt, markdown ? "<!-- factlint-disable-next-line %s -->\n" : "factlint-disable-next-line %s\n",
                      id);
        cJSON *a = cJSON_CreateObject();
        char title[160];
        snprintf(title, sizeof title, "Suppress %s on this line (factlint-disable-next-line)", id);
        cJSON_AddStringToObject(a, "title", title);
        cJSON_AddStringToObject(a, "kind", "quickfix");
        cJSON_AddItemToArray(cJSON_AddArrayToObject(a, "diagnostics"), diagnostic_json(s, d));
        cJSON *edits =
            cJSON_AddArrayToObject(cJSON_AddObjectToObject(cJSON_AddObjectToObject(a, "edit"), "changes"), od->uri);
        cJSON *te = cJSON_CreateObject();
        cJSON *r = cJSON_AddObjectToObject(te, "range");
        for (int k = 0; k < 2; k++) {
            cJSON *p = cJSON_AddObjectToObject(r, k ? "end" : "start");
            cJSON_AddNumberToObject(p, "line", line);
            cJSON_AddNumberToObject(p, "character", 0);
        }
        cJSON_AddStringToObject(te, "newText", fl_buf_cstr(&nt));
        cJSON_AddItemToArray(edits, te);
        cJSON_AddItemToArray(res, a);
        fl_buf_free(&nt);
    }
    fl_buf_free(&seen);
    return res;
}

/* ---- dispatch ---- */

static int is_request(const cJSON *id)
{
    return id && (cJSON_IsNumber(id) || cJSON_IsString(id));
}

/* Handles one message; returns -1 to read on, or the exit status. */
static int handle(server *s, const cJSON *msg)
{
    if (!cJSON_IsObject(msg)) {
        fl_rpc_error(s->rpc, NULL, FL_RPC_INVALID_REQUEST, "a message must be a JSON object");
        return -1;
    }
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(msg, "id");
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(msg, "method");
    const cJSON *params = cJSON_GetObjectItemCaseSensitive(msg, "params");
    int request = is_request(id);
    if (!m) {
        if (!id)
            fl_rpc_error(s->rpc, NULL, FL_RPC_INVALID_REQUEST, "a message without a method or an id");
        return -1; /* a response to a request of ours: none is sent */
    }
    if (!cJSON_IsString(m)) {
        fl_rpc_error(s->rpc, request ? id : NULL, FL_RPC_INVALID_REQUEST, "the method is not a string");
        return -1;
    }
    const char *method = m->valuestring;
    if (strcmp(method, "exit") == 0)
        return s->shut_down ? 0 : 1;
    if (!s->initialized && strcmp(method, "initialize") != 0) {
        if (request)
            fl_rpc_error(s->rpc, id, FL_RPC_SERVER_NOT_INITIALIZED, "the server is not initialized yet");
        return -1;
    }
    if (s->shut_down) {
        if (request)
            fl_rpc_error(s->rpc, id, FL_RPC_INVALID_REQUEST, "the server is shut down");
        return -1;
    }
    if (request) {
        if (strcmp(method, "initialize") == 0)
            initialize(s, id, params);
        else if (strcmp(method, "shutdown") == 0) {
            s->shut_down = 1;
            fl_rpc_result(s->rpc, id, NULL);
        } else if (strcmp(method, "textDocument/hover") == 0)
            fl_rpc_result(s->rpc, id, hover(s, params));
        else if (strcmp(method, "textDocument/codeAction") == 0)
            fl_rpc_result(s->rpc, id, code_actions(s, params));
        else
            fl_rpc_error(s->rpc, id, FL_RPC_METHOD_NOT_FOUND, "unknown method");
        return -1;
    }
    if (strcmp(method, "textDocument/didOpen") == 0)
        did_open(s, params);
    else if (strcmp(method, "textDocument/didChange") == 0)
        did_change(s, params);
    else if (strcmp(method, "textDocument/didSave") == 0)
        did_save(s, params);
    else if (strcmp(method, "textDocument/didClose") == 0)
        did_close(s, params);
    /* other notifications (initialized, $/cancelRequest, $/setTrace, ...) need nothing */
    return -1;
}

int fl_lsp_serve(const fl_lsp_opts *o)
{
    server s;
    memset(&s, 0, sizeof s);
    s.o = o;
    s.rpc = fl_rpc_new(o->fd_in, o->fd_out);
    int status = -1;
    while (status < 0) {
        cJSON *msg;
        int code;
        const char *error;
        switch (fl_rpc_read(s.rpc, &msg, &code, &error)) {
        case FL_RPC_MESSAGE:
            status = handle(&s, msg);
            cJSON_Delete(msg);
            break;
        case FL_RPC_BAD:
            fprintf(stderr, "factlint: lsp: %s\n", error);
            fl_rpc_error(s.rpc, NULL, code, error);
            break;
        case FL_RPC_EOF:
            status = s.shut_down ? 0 : 1;
            break;
        case FL_RPC_TRUNCATED:
            fputs("factlint: lsp: the input ended inside a message\n", stderr);
            status = 1;
            break;
        }
    }
    for (size_t i = 0; i < s.nopen; i++) {
        free(s.open[i].uri);
        free(s.open[i].lines);
        fl_sink_free(&s.open[i].shown);
    }
    free(s.open);
    fl_ws_free(s.ws);
    fl_configs_free(s.cs);
    fl_rules_free(s.rules);
    free(s.root);
    fl_rpc_free(s.rpc);
    return status;
}
