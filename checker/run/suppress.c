/* suppress.c - inline suppression directives: parsing them into regions, dropping the diagnostics they
 * cover, and reporting the ones that cover nothing. */
#include "run/suppress.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "check/check.h"
#include "doc/document_int.h"
#include "core/json.h"
#include "core/map.h"
#include "core/rules.h"

enum { DIR_DISABLE, DIR_ENABLE, DIR_NEXT_LINE, DIR_FILE, DIR_UNKNOWN };

static const char *const dir_words[] = {"factlint-disable", "factlint-enable", "factlint-disable-next-line",
                                        "factlint-disable-file"};

typedef struct {
    fl_pos start, end; /* the directive's text */
    fl_pos close;      /* the end of its comment or line: what it covers starts after it */
    char *text;        /* owned: as written, without a " -- reason" */
    fl_buf problem;    /* why it cannot work: unknown rules, an unknown directive, nothing to end */
    uint64_t text_hash;
    size_t reg0, nreg; /* its regions: regs[reg0, reg0 + nreg) */
} directive;

/* rule over [from, to) in (line, byte column) order */
typedef struct {
    int rule; /* -1: every rule */
    int from_line, from_col, to_line, to_col;
    size_t dir;
    int open; /* a factlint-disable no factlint-enable has ended yet */
    int used;
    /* claim records only: the join keys of the claims it covers, whose findings the reduce step makes */
    char **keys;
    size_t nkeys, capkeys;
} region;

struct fl_suppressions {
    const char *file;
    const fl_severity *levels;
    directive *dirs;
    size_t ndirs;
    region *regs;
    size_t nregs, capregs;
    /* for lookups: next-line regions in line order (directives come in document order), the others */
    size_t *line_regs, *span_regs;
    size_t nline, nspan;
};

static void add_region(fl_suppressions *s, int rule, size_t dir, int fl, int fc, int tl, int tc, int open)
{
    FL_GROW(s->regs, s->capregs, s->nregs + 1);
    region *r = &s->regs[s->nregs++];
    r->rule = rule;
    r->dir = dir;
    r->from_line = fl;
    r->from_col = fc;
    r->to_line = tl;
    r->to_col = tc;
    r->open = open;
    r->used = 0;
    r->keys = NULL;
    r->nkeys = r->capkeys = 0;
}

static void problem(directive *d, const char *msg)
{
    if (d->problem.len)
        fl_buf_puts(&d->problem, "; ");
    fl_buf_puts(&d->problem, msg);
}

/* Ends the open regions of rule (-1 with every_rule: all of them) at the directive's start; returns how many. */
static size_t end_regions(fl_suppressions *s, int rule, int every_rule, const fl_pos *at)
{
    size_t n = 0;
    for (size_t i = 0; i < s->nregs; i++) {
        region *r = &s->regs[i];
        if (!r->open || (!every_rule && r->rule != rule))
            continue;
        r->open = 0;
        r->to_line = at->line;
        r->to_col = at->col[FL_COL_BYTE];
        n++;
    }
    return n;
}

/* Parses one directive text and adds its regions. */
static void parse_directive(fl_suppressions *s, size_t k, const char *t, size_t n)
{
    directive *dv = &s->dirs[k];
    int kind = DIR_UNKNOWN;
    size_t wl = 0;
    for (int w = 0; w < (int)(sizeof dir_words / sizeof dir_words[0]); w++) {
        size_t l = strlen(dir_words[w]);
        if (l > wl && n >= l && memcmp(t, dir_words[w], l) == 0 && (n == l || fl_is_ascii_space((unsigned char)t[l]))) {
            kind = w;
            wl = l;
        }
    }
    if (kind == DIR_UNKNOWN) {
        size_t e = 0;
        while (e < n && !fl_is_ascii_space((unsigned char)t[e]))
            e++;
        char *word = fl_xstrndup(t, e);
        char *msg = fl_xasprintf("unknown directive \"%s\" (known: factlint-disable, factlint-enable, "
                                 "factlint-disable-next-line, factlint-disable-file)",
                                 word);
        problem(dv, msg);
        free(msg);
        free(word);
        return;
    }
    /* the rule list: ids separated by commas and/or white space */
    int rules[FL_RULE_COUNT] = {0};
    size_t nrules = 0;
    for (size_t i = wl; i < n;) {
        while (i < n && (fl_is_ascii_space((unsigned char)t[i]) || t[i] == ','))
            i++;
        size_t b = i;
        while (i < n && !fl_is_ascii_space((unsigned char)t[i]) && t[i] != ',')
            i++;
        if (i == b)
            continue;
        char *id = fl_xstrndup(t + b, i - b);
        int r = fl_rule_find(id);
        if (r < 0) {
            char *msg = fl_xasprintf("unknown rule \"%s\"", id);
            problem(dv, msg);
            free(msg);
        } else {
            int dup = 0;
            for (size_t q = 0; q < nrules; q++)
                dup |= rules[q] == r;
            if (!dup)
                rules[nrules++] = r;
        }
        free(id);
    }
    int all = nrules == 0 && dv->problem.len == 0;
    size_t nr = all ? 1 : nrules;
    for (size_t q = 0; q < nr; q++) {
        int rule = all ? -1 : rules[q];
        switch (kind) {
        case DIR_DISABLE:
            add_region(s, rule, k, dv->close.line, dv->close.col[FL_COL_BYTE], INT_MAX, 0, 1);
            break;
        case DIR_NEXT_LINE:
            add_region(s, rule, k, dv->close.line + 1, 1, dv->close.line + 2, 1, 0);
            break;
        case DIR_FILE:
            add_region(s, rule, k, 1, 1, INT_MAX, 0, 0);
            break;
        case DIR_ENABLE:
            if (end_regions(s, rule, all, &dv->start) == 0) {
                char *msg = all ? fl_xstrdup("nothing is disabled here")
                                : fl_xasprintf("%s is not disabled here", fl_rule_table[rule].id);
                problem(dv, msg);
                free(msg);
            }
            break;
        }
    }
}

/* The lookup lists of fl_suppress_covers, once every region is there. */
static void index_regions(fl_suppressions *s)
{
    s->line_regs = fl_xcalloc(s->nregs + 1, sizeof(size_t));
    s->span_regs = fl_xcalloc(s->nregs + 1, sizeof(size_t));
    for (size_t i = 0; i < s->nregs; i++) {
        const region *r = &s->regs[i];
        if (r->to_line == r->from_line + 1 && r->from_col == 1 && r->to_col == 1)
            s->line_regs[s->nline++] = i;
        else
            s->span_regs[s->nspan++] = i;
    }
}

fl_suppressions *fl_suppress_scan(fl_doc *d, const fl_severity *levels)
{
    if (d->directives.len == 0)
        return NULL;
    fl_suppressions *s = fl_xcalloc(1, sizeof *s);
    s->file = d->path;
    s->levels = levels;
    s->ndirs = d->directives.len;
    s->dirs = fl_xcalloc(s->ndirs, sizeof(directive));
    for (size_t k = 0; k < s->ndirs; k++) {
        size_t a = d->directives.items[k].start, b = d->directives.items[k].end;
        /* " -- reason" is for the reader */
        for (size_t i = a; i + 3 < b; i++)
            if (memcmp(d->raw + i, " --", 3) == 0 && fl_is_ascii_space((unsigned char)d->raw[i + 3])) {
                b = i;
                break;
            }
        while (b > a && fl_is_ascii_space((unsigned char)d->raw[b - 1]))
            b--;
        directive *dv = &s->dirs[k];
        dv->start = fl_doc_pos(d, d->directives.items[k].start);
        dv->end = fl_doc_pos(d, d->directives.items[k].end);
        dv->close = fl_doc_pos(d, d->directives.items[k].close);
        dv->text = fl_xstrndup(d->raw + a, b - a);
        dv->text_hash = fl_hash_text(d->raw + a, b - a);
        dv->reg0 = s->nregs;
        parse_directive(s, k, dv->text, b - a);
        dv->nreg = s->nregs - dv->reg0;
    }
    index_regions(s);
    return s;
}

static int before(int la, int ca, int lb, int cb)
{
    return la < lb || (la == lb && ca < cb);
}

static int covers(const region *r, int rule, const fl_pos *pos)
{
    int l = pos->line, c = pos->col[FL_COL_BYTE];
    return (r->rule < 0 || r->rule == rule) && !before(l, c, r->from_line, r->from_col) &&
           before(l, c, r->to_line, r->to_col);
}

typedef struct {
    const fl_suppressions *s;
    int line;
} line_key;

/* Is the i-th next-line region before the line? */
static int line_region_before(const void *arg, size_t i)
{
    const line_key *k = arg;
    return k->s->regs[k->s->line_regs[i]].from_line < k->line;
}

/* Calls visit(region, arg) for each region of s that covers a diagnostic of rule at pos; returns how many. */
static size_t each_cover(fl_suppressions *s, int rule, const fl_pos *pos, void (*visit)(region *, void *), void *arg)
{
    size_t hits = 0;
    /* the next-line regions of pos's line: binary search, they are in line order */
    line_key key = {s, pos->line};
    size_t lo = fl_lower_bound(s->nline, &key, line_region_before);
    for (size_t k = lo; k < s->nline && s->regs[s->line_regs[k]].from_line == pos->line; k++) {
        region *r = &s->regs[s->line_regs[k]];
        if (covers(r, rule, pos)) {
            visit(r, arg);
            hits++;
        }
    }
    for (size_t k = 0; k < s->nspan; k++) {
        region *r = &s->regs[s->span_regs[k]];
        if (covers(r, rule, pos)) {
            visit(r, arg);
            hits++;
        }
    }
    return hits;
}

static void mark_used(region *r, void *arg)
{
    (void)arg;
    r->used = 1;
}

int fl_suppress_covers(fl_suppressions *s, int rule, const fl_pos *pos)
{
    if (rule == FL_RULE_UNUSED_SUPPRESSION)
        return 0;
    return each_cover(s, rule, pos, mark_used, NULL) > 0;
}

static void add_key(region *r, void *arg)
{
    const char *key = arg;
    for (size_t i = 0; i < r->nkeys; i++)
        if (strcmp(r->keys[i], key) == 0)
            return;
    FL_GROW(r->keys, r->capkeys, r->nkeys + 1);
    r->keys[r->nkeys++] = fl_xstrdup(key);
}

int fl_suppress_note_claim(fl_suppressions *s, int rule, const fl_pos *pos, const char *key)
{
    return each_cover(s, rule, pos, add_key, (void *)key) > 0;
}

void fl_suppress_settle(fl_suppressions *s, int (*held)(const char *key, void *arg), void *arg)
{
    for (size_t i = 0; i < s->nregs; i++) {
        region *r = &s->regs[i];
        for (size_t k = 0; k < r->nkeys && !r->used; k++)
            if (!held(r->keys[k], arg))
                r->used = 1; /* its use is decided where that key's claims are: not here */
    }
}

/* Adds the unused-suppression note of directive k of s, when it has something to say. */
/* Adds the unused-suppression note of directive k of s when it has something to say and fewer than
 * FL_MAX_PER_RULE have been added; returns 1 when it had something to say. */
static int report(fl_suppressions *s, size_t k, size_t shown, fl_sink *sink)
{
    const fl_severity *levels = s->levels;
    directive *dv = &s->dirs[k];
    fl_buf unused = {0};
    size_t nunused = 0, nregions = dv->nreg;
    for (size_t i = dv->reg0; i < dv->reg0 + dv->nreg; i++) {
        const region *r = &s->regs[i];
        if (r->used || (r->rule >= 0 && (levels[r->rule] == FL_SEV_OFF || r->rule == FL_RULE_UNUSED_SUPPRESSION)))
            continue;
        if (r->rule >= 0)
            fl_buf_printf(&unused, "%s%s", nunused ? ", " : "", fl_rule_table[r->rule].id);
        nunused++;
    }
    if (nunused == 0 && dv->problem.len == 0) {
        fl_buf_free(&unused);
        return 0;
    }
    if (shown >= FL_MAX_PER_RULE) {
        fl_buf_free(&unused);
        return 1;
    }
    fl_buf msg = {0};
    fl_buf_printf(&msg, "\"%s\"", dv->text);
    if (dv->problem.len)
        fl_buf_printf(&msg, ": %s", fl_buf_cstr(&dv->problem));
    if (nunused)
        fl_buf_printf(&msg, "%s suppresses nothing", dv->problem.len ? "; it" : "");
    if (nunused && unused.len && nunused < nregions)
        fl_buf_printf(&msg, " for %s", fl_buf_cstr(&unused));
    fl_diag *d = fl_sink_push(sink, FL_RULE_UNUSED_SUPPRESSION, levels[FL_RULE_UNUSED_SUPPRESSION], s->file, dv->start,
                              dv->end, fl_buf_take(&msg));
    d->text_hash = dv->text_hash;
    fl_buf_free(&unused);
    return 1;
}

void fl_suppress_apply(fl_suppressions *const *sets, size_t n, fl_sink *sink)
{
    fl_map byfile;
    fl_map_init(&byfile, 0);
    size_t any = 0;
    for (size_t i = 0; i < n; i++)
        if (sets[i]) {
            fl_map_set(&byfile, sets[i]->file, strlen(sets[i]->file), (int)i);
            any++;
        }
    if (!any) {
        fl_map_free(&byfile);
        return;
    }
    size_t out = 0;
    for (size_t i = 0; i < sink->len; i++) {
        fl_diag *d = &sink->items[i];
        int f = fl_map_get(&byfile, d->file, strlen(d->file));
        if (f >= 0 && fl_suppress_covers(sets[f], d->rule, &d->start)) {
            free(d->message);
            for (size_t k = 0; k < d->nrelated; k++)
                free(d->related[k].message);
            free(d->related);
            continue;
        }
        sink->items[out++] = *d;
    }
    sink->len = out;
    fl_map_free(&byfile);
    for (size_t i = 0; i < n; i++) {
        fl_suppressions *s = sets[i];
        if (!s || s->levels[FL_RULE_UNUSED_SUPPRESSION] == FL_SEV_OFF)
            continue;
        size_t said = 0, last = 0;
        for (size_t k = 0; k < s->ndirs; k++)
            if (report(s, k, said, sink)) {
                said++;
                last = k;
            }
        if (said > FL_MAX_PER_RULE) {
            fl_diag *d = fl_sink_push(
                sink, FL_RULE_UNUSED_SUPPRESSION, s->levels[FL_RULE_UNUSED_SUPPRESSION], s->file, s->dirs[last].start,
                s->dirs[last].end,
                fl_xasprintf("%zu more %s diagnostics in this file are not shown (the limit is %d "
                             "per file)",
                             said - FL_MAX_PER_RULE, fl_rule_table[FL_RULE_UNUSED_SUPPRESSION].id, FL_MAX_PER_RULE));
            d->text_hash = s->dirs[last].text_hash;
        }
    }
}

void fl_suppress_free(fl_suppressions *s)
{
    if (!s)
        return;
    for (size_t k = 0; k < s->ndirs; k++) {
        free(s->dirs[k].text);
        fl_buf_free(&s->dirs[k].problem);
    }
    free(s->dirs);
    for (size_t i = 0; i < s->nregs; i++) {
        for (size_t k = 0; k < s->regs[i].nkeys; k++)
            free(s->regs[i].keys[k]);
        free(s->regs[i].keys);
    }
    free(s->regs);
    free(s->line_regs);
    free(s->span_regs);
    free(s);
}

/* ---- claim records ---- */

static cJSON *pair(int a, int b)
{
    const int v[2] = {a, b};
    return cJSON_CreateIntArray(v, 2);
}

cJSON *fl_suppress_to_json(const fl_suppressions *s)
{
    cJSON *dirs = cJSON_CreateArray();
    for (size_t k = 0; dirs && k < s->ndirs; k++) {
        const directive *dv = &s->dirs[k];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToArray(dirs, o);
        cJSON_AddItemToObject(o, "start", fl_pos_to_json(&dv->start));
        cJSON_AddItemToObject(o, "end", fl_pos_to_json(&dv->end));
        cJSON_AddItemToObject(o, "close", fl_pos_to_json(&dv->close));
        cJSON_AddStringToObject(o, "text", dv->text);
        cJSON_AddStringToObject(o, "problem", fl_buf_cstr(&dv->problem));
        cJSON_AddItemToObject(o, "text_hash", fl_hash_to_json(dv->text_hash));
        cJSON *regs = cJSON_AddArrayToObject(o, "regions");
        for (size_t i = dv->reg0; i < dv->reg0 + dv->nreg; i++) {
            const region *r = &s->regs[i];
            cJSON *x = cJSON_CreateObject();
            cJSON_AddItemToArray(regs, x);
            if (r->rule >= 0)
                cJSON_AddStringToObject(x, "rule", fl_rule_table[r->rule].id);
            else
                cJSON_AddNullToObject(x, "rule");
            cJSON_AddItemToObject(x, "from", pair(r->from_line, r->from_col));
            cJSON_AddItemToObject(x, "to", pair(r->to_line, r->to_col));
            cJSON_AddBoolToObject(x, "open", r->open);
            cJSON_AddBoolToObject(x, "used", r->used);
            if (r->nkeys)
                cJSON_AddItemToObject(x, "keys", cJSON_CreateStringArray((const char *const *)r->keys, (int)r->nkeys));
        }
    }
    return dirs;
}

static int read_pair(const cJSON *j, int *a, int *b)
{
    if (!cJSON_IsArray(j) || cJSON_GetArraySize(j) != 2 || !cJSON_IsNumber(j->child) || !cJSON_IsNumber(j->child->next))
        return -1;
    *a = j->child->valueint;
    *b = j->child->next->valueint;
    return 0;
}

fl_suppressions *fl_suppress_from_json(const cJSON *j, const char *file, const fl_severity *levels)
{
    if (!cJSON_IsArray(j) || cJSON_GetArraySize(j) == 0)
        return NULL;
    fl_suppressions *s = fl_xcalloc(1, sizeof *s);
    s->file = file;
    s->levels = levels;
    s->dirs = fl_xcalloc((size_t)cJSON_GetArraySize(j), sizeof(directive));
    const cJSON *o;
    cJSON_ArrayForEach (o, j) {
        directive *dv = &s->dirs[s->ndirs++];
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
        const cJSON *problem = cJSON_GetObjectItemCaseSensitive(o, "problem");
        const cJSON *regs = cJSON_GetObjectItemCaseSensitive(o, "regions");
        if (fl_pos_from_json(cJSON_GetObjectItemCaseSensitive(o, "start"), &dv->start) < 0 ||
            fl_pos_from_json(cJSON_GetObjectItemCaseSensitive(o, "end"), &dv->end) < 0 ||
            fl_pos_from_json(cJSON_GetObjectItemCaseSensitive(o, "close"), &dv->close) < 0 ||
            fl_hash_from_json(cJSON_GetObjectItemCaseSensitive(o, "text_hash"), &dv->text_hash) < 0 ||
            !cJSON_IsString(text) || !cJSON_IsString(problem) || !cJSON_IsArray(regs))
            goto bad;
        dv->text = fl_xstrdup(text->valuestring);
        if (problem->valuestring[0])
            fl_buf_puts(&dv->problem, problem->valuestring);
        dv->reg0 = s->nregs;
        const cJSON *x;
        cJSON_ArrayForEach (x, regs) {
            const cJSON *rule = cJSON_GetObjectItemCaseSensitive(x, "rule");
            int id = cJSON_IsString(rule) ? fl_rule_find(rule->valuestring) : -1;
            int fl, fc, tl, tc;
            if ((!cJSON_IsNull(rule) && id < 0) ||
                read_pair(cJSON_GetObjectItemCaseSensitive(x, "from"), &fl, &fc) < 0 ||
                read_pair(cJSON_GetObjectItemCaseSensitive(x, "to"), &tl, &tc) < 0)
                goto bad;
            add_region(s, id, s->ndirs - 1, fl, fc, tl, tc, cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(x, "open")));
            region *added = &s->regs[s->nregs - 1];
            added->used = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(x, "used"));
            const cJSON *keys = cJSON_GetObjectItemCaseSensitive(x, "keys"), *key;
            cJSON_ArrayForEach (key, keys) {
                if (!cJSON_IsString(key))
                    goto bad;
                add_key(added, key->valuestring);
            }
        }
        dv->nreg = s->nregs - dv->reg0;
    }
    index_regions(s);
    return s;
bad:
    fl_suppress_free(s);
    return NULL;
}
