/* config.c - reading .factlint.json files, finding the one for each file, and matching its globs. */
#include "run/config.h"

#include <assert.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/json.h"
#include "core/input.h"
#include "core/map.h"

struct fl_config {
    char *path; /* as found: for messages and --print-config */
    char *dir;  /* its directory, absolute and canonical: globs and rule packs are relative to it */
    fl_severity level[FL_RULE_COUNT];
    unsigned char set[FL_RULE_COUNT]; /* 1 where "rules" names the rule */
    char **include, **exclude, **packs, **date_globs;
    size_t ninclude, nexclude, npacks, ndates;
    fl_date *dates;
    double approx_tolerance; /* negative when not set */
    size_t max_file_size;    /* 0 when not set */
};

struct fl_configs {
    const char *explicit_path;
    int disabled;
    fl_config **items;
    size_t len, cap;
    fl_map by_dir; /* absolute directory -> index of its configuration, or -1 for none */
    char **pack_dirs;
    size_t npack_dirs, cappack;
    char *cwd;  /* canonical: configurations found by walking up are named relative to it */
    size_t max; /* the limit on a configuration file's size (0: the default) */
};

static const char *const known_keys[] = {"$schema",          "rules", "include",       "exclude", "rule-packs",
                                         "approx-tolerance", "dates", "max-file-size", NULL};

/* ---- globs ---- */

/* Does the pattern's segments match the path's, "**" standing for any number of segments? Dynamic
 * programming over (pattern segment, path segment): O(np * ns) fnmatch calls at most, where the recursive
 * search took exponential time in the number of "**" (ten of them cost 31 s per file). */
static int match_segments(char *const *pat, size_t np, char *const *seg, size_t ns)
{
    /* row[j]: pattern segments [i, np) match path segments [j, ns); computed from i = np down */
    unsigned char *row = fl_xcalloc(ns + 1, 1), *next = fl_xcalloc(ns + 1, 1);
    row[ns] = 1;
    for (size_t i = np; i-- > 0;) {
        int stars = strcmp(pat[i], "**") == 0;
        next[ns] = stars ? row[ns] : 0;
        for (size_t j = ns; j-- > 0;) {
            if (stars)
                next[j] = row[j] || next[j + 1]; /* "**" matches nothing here, or one more segment */
            else
                next[j] = row[j + 1] && fnmatch(pat[i], seg[j], 0) == 0;
        }
        unsigned char *t = row;
        row = next;
        next = t;
    }
    int hit = row[0];
    free(row);
    free(next);
    return hit;
}

/* Splits s at '/' into owned segments (empty ones dropped); returns the count. *buf owns the storage. */
static size_t split(const char *s, char **buf, char ***segs)
{
    *buf = fl_xstrdup(s);
    size_t n = 0, cap = 8;
    *segs = fl_xmalloc(cap * sizeof(char *));
    for (char *save = NULL, *t = strtok_r(*buf, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
        FL_GROW(*segs, cap, n + 1);
        (*segs)[n++] = t;
    }
    return n;
}

int fl_glob_match(const char *glob, const char *path)
{
    size_t gl = strlen(glob);
    int dir_only = gl > 0 && glob[gl - 1] == '/';
    int anchored = glob[0] == '/' || memchr(glob, '/', gl - (size_t)dir_only) != NULL;
    char *gbuf, *pbuf, **gs, **ps;
    size_t ng = split(glob, &gbuf, &gs), np = split(path, &pbuf, &ps);
    int hit = 0;
    /* a directory's glob covers everything under it: try the path and each leading directory */
    size_t last = dir_only ? np - (np > 0) : np;
    if (ng > 0) {
        if (!anchored) {
            for (size_t i = 0; i < last && !hit; i++)
                hit = fnmatch(gs[0], ps[i], 0) == 0;
        } else {
            for (size_t l = last; l > 0 && !hit; l--)
                hit = match_segments(gs, ng, ps, l);
        }
    }
    free(gbuf);
    free(gs);
    free(pbuf);
    free(ps);
    return hit;
}

/* ---- reading one file ---- */

static void config_free(fl_config *c)
{
    if (!c)
        return;
    char **lists[] = {c->include, c->exclude, c->packs, c->date_globs};
    size_t counts[] = {c->ninclude, c->nexclude, c->npacks, c->ndates};
    for (int l = 0; l < 4; l++) {
        for (size_t i = 0; i < counts[l]; i++)
            free(lists[l][i]);
        free(lists[l]);
    }
    free(c->dates);
    free(c->path);
    free(c->dir);
    free(c);
}

/* An array of non-empty strings into an owned list. */
static int read_strings(const cJSON *v, const char *key, const char *path, char ***out, size_t *n, fl_buf *err)
{
    if (!cJSON_IsArray(v))
        return fl_fail(err, path, "\"%s\" must be an array of strings", key);
    /* each key is read once: the strict JSON loader refuses a key given twice, which would have appended a
     * second list to the first one's array (a heap overflow) */
    assert(*out == NULL && *n == 0);
    size_t cap = (size_t)cJSON_GetArraySize(v) + 1;
    *out = fl_xcalloc(cap, sizeof(char *));
    const cJSON *e;
    cJSON_ArrayForEach (e, v) {
        if (!cJSON_IsString(e) || !e->valuestring[0])
            return fl_fail(err, path, "\"%s\" must be an array of non-empty strings", key);
        (*out)[(*n)++] = fl_xstrdup(e->valuestring);
    }
    return 0;
}

/* "max-file-size": bytes, or a string with K, M or G. */
/* Metadata dates that are no publication dates: a crawl's default stands in for every document ("dates"
 * that all of four or more documents share), or falls on the first of a month with no other document of the
 * map dated within a week of it (the other documents tell the event's days). Such a date is dropped (source
 * FL_DATE_NONE): the document's own dateline, or the latest year it mentions, is used instead, so that
 * "Tuesday" is not resolved against a day months away from the event. */
static void mark_placeholders(fl_date *dates, size_t n)
{
    int all_same = n >= 4;
    for (size_t i = 1; i < n && all_same; i++)
        all_same = dates[i].year == dates[0].year && dates[i].month == dates[0].month && dates[i].day == dates[0].day;
    unsigned char *drop = fl_xcalloc(n + 1, 1);
    for (size_t i = 0; i < n; i++) {
        long di = fl_days_from_civil(dates[i].year, dates[i].month, dates[i].day);
        int others = 0, near = 0;
        for (size_t j = 0; j < n; j++) {
            long dj = fl_days_from_civil(dates[j].year, dates[j].month, dates[j].day);
            if (dj == di)
                continue;
            others = 1;
            near |= labs(dj - di) <= 7;
        }
        drop[i] = (unsigned char)(all_same || (dates[i].day == 1 && others && !near));
    }
    for (size_t i = 0; i < n; i++)
        if (drop[i])
            dates[i].source = FL_DATE_NONE;
    free(drop);
}

static int read_max_size(fl_config *c, const cJSON *v, const char *path, fl_buf *err)
{
    size_t size = 0;
    int good = cJSON_IsString(v)
                   ? fl_parse_size(v->valuestring, &size) == 0
                   : cJSON_IsNumber(v) && v->valuedouble >= 1 && v->valuedouble <= (double)FL_MAX_FILE_SIZE_MAX &&
                         v->valuedouble == (double)(long long)v->valuedouble;
    if (!good) {
        char *shown = cJSON_PrintUnformatted(v);
        int rc =
            fl_fail(err, path,
                    "\"max-file-size\": %s is not a size (bytes, or a number with K, M or G, e.g. \"64M\"; at most "
                    "4095M)",
                    shown ? shown : "the value");
        cJSON_free(shown);
        return rc;
    }
    c->max_file_size = cJSON_IsString(v) ? size : (size_t)v->valuedouble;
    return 0;
}

static int read_key(fl_config *c, const cJSON *v, const char *cwd, fl_buf *err)
{
    const char *key = v->string, *path = c->path;
    if (strcmp(key, "$schema") == 0) {
        if (!cJSON_IsString(v))
            return fl_fail(err, path, "\"$schema\" must be a string");
        return 0;
    }
    if (strcmp(key, "rules") == 0) {
        if (!cJSON_IsObject(v))
            return fl_fail(err, path,
                           "\"rules\" must be an object of rule ids and levels, e.g. {\"vague-source\": \"off\"}");
        const cJSON *e;
        cJSON_ArrayForEach (e, v) {
            int r = fl_rule_find(e->string);
            if (r < 0)
                return fl_fail(err, path, "\"rules\": unknown rule \"%s\" (factlint --list-rules lists them)",
                               e->string);
            int lv = cJSON_IsString(e) ? fl_severity_parse(e->valuestring, 1) : -1;
            if (lv < 0) {
                char *shown = cJSON_PrintUnformatted(e);
                int rc = fl_fail(err, path, "\"rules\".\"%s\": %s is not a level (off, note, warning, error)",
                                 e->string, shown ? shown : "the value");
                cJSON_free(shown);
                return rc;
            }
            c->level[r] = (fl_severity)lv;
            c->set[r] = 1;
        }
        return 0;
    }
    if (strcmp(key, "include") == 0)
        return read_strings(v, key, path, &c->include, &c->ninclude, err);
    if (strcmp(key, "exclude") == 0)
        return read_strings(v, key, path, &c->exclude, &c->nexclude, err);
    if (strcmp(key, "rule-packs") == 0) {
        if (read_strings(v, key, path, &c->packs, &c->npacks, err) < 0)
            return -1;
        for (size_t i = 0; i < c->npacks; i++) {
            char *joined = c->packs[i][0] == '/' ? fl_xstrdup(c->packs[i]) : fl_xasprintf("%s/%s", c->dir, c->packs[i]);
            char *abs = realpath(joined, NULL);
            struct stat st;
            if (!abs || stat(abs, &st) != 0 || !S_ISDIR(st.st_mode)) {
                int rc = fl_fail(err, path,
                                 "\"rule-packs\": \"%s\" is not a directory (a path relative to the "
                                 "configuration's directory)",
                                 c->packs[i]);
                free(joined);
                free(abs);
                return rc;
            }
            free(joined);
            int absolute = c->packs[i][0] == '/';
            free(c->packs[i]);
            /* named as reached from the working directory, like the files */
            fl_buf shown = {0};
            if (cwd && !absolute)
                fl_path_relative(&shown, abs, cwd);
            else
                fl_buf_puts(&shown, abs);
            free(abs);
            c->packs[i] = fl_buf_take(&shown);
        }
        return 0;
    }
    if (strcmp(key, "approx-tolerance") == 0) {
        if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0 && v->valuedouble < 1)) {
            char *shown = cJSON_PrintUnformatted(v);
            int rc =
                fl_fail(err, path, "\"approx-tolerance\": %s is not a number from 0 to 1 (0.1 makes \"about\" +-10%%)",
                        shown ? shown : "the value");
            cJSON_free(shown);
            return rc;
        }
        c->approx_tolerance = v->valuedouble;
        return 0;
    }
    if (strcmp(key, "max-file-size") == 0)
        return read_max_size(c, v, path, err);
    if (strcmp(key, "dates") == 0) {
        if (!cJSON_IsObject(v))
            return fl_fail(
                err, path,
                "\"dates\" must be an object of globs and dates, e.g. {\"archive/2019/**\": \"2019-12-31\"}");
        assert(c->date_globs == NULL && c->ndates == 0); /* read once, as the lists are */
        size_t cap = (size_t)cJSON_GetArraySize(v) + 1;
        c->date_globs = fl_xcalloc(cap, sizeof(char *));
        c->dates = fl_xcalloc(cap, sizeof(fl_date));
        const cJSON *e;
        cJSON_ArrayForEach (e, v) {
            if (!cJSON_IsString(e) || fl_parse_iso_date(e->valuestring, &c->dates[c->ndates]) < 0) {
                char *shown = cJSON_PrintUnformatted(e);
                int rc = fl_fail(err, path, "\"dates\".\"%s\": %s is not a date (YYYY-MM-DD)", e->string,
                                 shown ? shown : "the value");
                cJSON_free(shown);
                return rc;
            }
            if (!e->string[0])
                return fl_fail(err, path, "\"dates\": a glob may not be empty");
            c->date_globs[c->ndates++] = fl_xstrdup(e->string);
        }
        mark_placeholders(c->dates, c->ndates);
        return 0;
    }
    if (fl_rule_find(key) >= 0)
        return fl_fail(err, path, "unknown key \"%s\" (rule levels go in \"rules\": {\"%s\": \"off\"})", key, key);
    fl_buf known = {0};
    for (int k = 0; known_keys[k]; k++)
        fl_buf_printf(&known, "%s%s", k ? ", " : "", known_keys[k]);
    int rc = fl_fail(err, path, "unknown key \"%s\" (known: %s)", key, fl_buf_cstr(&known));
    fl_buf_free(&known);
    return rc;
}

/* Parses text[0, len) as the configuration at path (dir: its canonical directory, taken). NULL with err on
 * failure. */
static fl_config *config_parse(const char *text, size_t len, const char *path, char *dir, const char *cwd, fl_buf *err)
{
    fl_config *c = fl_xcalloc(1, sizeof *c);
    c->path = fl_xstrdup(path);
    c->dir = dir;
    c->approx_tolerance = -1;
    /* one value, nothing after it, and no key given twice (a repeated list would be read twice) */
    cJSON *root = fl_json_load(text, len, path, "configuration", err);
    if (!root) {
        config_free(c);
        return NULL;
    }
    int rc = 0;
    if (!cJSON_IsObject(root))
        rc = fl_fail(err, path, "a configuration must be a JSON object");
    const cJSON *v;
    if (rc == 0)
        cJSON_ArrayForEach (v, root)
            if ((rc = read_key(c, v, cwd, err)) < 0)
                break;
    cJSON_Delete(root);
    if (rc < 0) {
        config_free(c);
        return NULL;
    }
    return c;
}

/* Reads the configuration at path (dir: its canonical directory, taken), at most max bytes (0: the
 * default). NULL with err on failure. */
static fl_config *config_read(const char *path, char *dir, const char *cwd, size_t max, fl_buf *err)
{
    fl_buf text = {0}, why = {0};
    fl_read_status st = fl_read_file(path, max, &text, &why);
    if (st != FL_READ_OK) {
        if (st == FL_READ_ERRNO)
            fl_fail(err, path, "cannot read configuration: %s", fl_buf_cstr(&why));
        else
            fl_fail(err, path, "%s", fl_buf_cstr(&why));
        fl_buf_free(&text);
        fl_buf_free(&why);
        free(dir);
        return NULL;
    }
    fl_buf_free(&why);
    fl_config *c = config_parse(fl_buf_cstr(&text), text.len, path, dir, cwd, err);
    fl_buf_free(&text);
    return c;
}

int fl_config_check_text(const char *text, size_t len, const char *name, fl_buf *err)
{
    char *cwd = realpath(".", NULL);
    fl_config *c = config_parse(text, len, name, fl_xstrdup(cwd ? cwd : "/"), cwd, err);
    free(cwd);
    if (!c)
        return -1;
    config_free(c);
    return 0;
}

/* ---- the run's set ---- */

fl_configs *fl_configs_new(const char *explicit_path, int disabled)
{
    fl_configs *cs = fl_xcalloc(1, sizeof *cs);
    cs->explicit_path = explicit_path;
    cs->disabled = disabled;
    fl_map_init(&cs->by_dir, 0);
    cs->cwd = realpath(".", NULL);
    return cs;
}

void fl_configs_free(fl_configs *cs)
{
    if (!cs)
        return;
    for (size_t i = 0; i < cs->len; i++)
        config_free(cs->items[i]);
    free(cs->items);
    free(cs->pack_dirs);
    free(cs->cwd);
    fl_map_free(&cs->by_dir);
    free(cs);
}

static int add_config(fl_configs *cs, fl_config *c)
{
    if (cs->len == cs->cap) {
        cs->cap = cs->cap ? 2 * cs->cap : 8;
        cs->items = fl_xrealloc(cs->items, cs->cap * sizeof(fl_config *));
    }
    cs->items[cs->len] = c;
    for (size_t i = 0; i < c->npacks; i++) {
        int dup = 0;
        for (size_t k = 0; k < cs->npack_dirs && !dup; k++)
            dup = strcmp(cs->pack_dirs[k], c->packs[i]) == 0;
        if (!dup) {
            FL_GROW(cs->pack_dirs, cs->cappack, cs->npack_dirs + 1);
            cs->pack_dirs[cs->npack_dirs++] = c->packs[i];
        }
    }
    return (int)cs->len++;
}

/* Finds the configuration for files in dir (canonical), walking up; returns its index or -1 (none), or
 * -2 with err. */
static int find_for_dir(fl_configs *cs, const char *dir, fl_buf *err)
{
    /* fl_map_get returns -1 for a directory not seen yet; one known to have none is stored as -3 */
    int found = fl_map_get(&cs->by_dir, dir, strlen(dir));
    if (found == -3)
        return -1;
    if (found >= 0)
        return found;
    char *cand = strcmp(dir, "/") == 0 ? fl_xstrdup("/" FL_CONFIG_NAME) : fl_xasprintf("%s/%s", dir, FL_CONFIG_NAME);
    struct stat st;
    int idx;
    if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
        fl_buf shown = {0};
        if (cs->cwd)
            fl_path_relative(&shown, cand, cs->cwd);
        else
            fl_buf_puts(&shown, cand);
        fl_config *c = config_read(fl_buf_cstr(&shown), fl_xstrdup(dir), cs->cwd, cs->max, err);
        fl_buf_free(&shown);
        if (!c) {
            free(cand);
            return -2;
        }
        idx = add_config(cs, c);
    } else if (strcmp(dir, "/") == 0) {
        idx = -1;
    } else {
        char *parent = fl_xstrdup(dir);
        char *slash = strrchr(parent, '/');
        if (slash == parent)
            slash[1] = '\0';
        else
            *slash = '\0';
        idx = find_for_dir(cs, parent, err);
        free(parent);
        if (idx == -2) {
            free(cand);
            return -2;
        }
    }
    free(cand);
    fl_map_set(&cs->by_dir, dir, strlen(dir), idx < 0 ? -3 : idx);
    return idx;
}

/* path relative to the configuration's directory, for its globs. */
static char *relative_to(const fl_config *c, const char *path)
{
    char *abs = realpath(path, NULL);
    if (!abs) {
        /* a file that does not exist (--print-config): its directory's canonical path and its name */
        char *dir = fl_dir_of(path);
        const char *slash = strrchr(path, '/');
        abs =
            dir ? fl_xasprintf("%s/%s", strcmp(dir, "/") == 0 ? "" : dir, slash ? slash + 1 : path) : fl_xstrdup(path);
        free(dir);
    }
    fl_buf b = {0};
    fl_path_relative(&b, abs, c->dir);
    free(abs);
    return fl_buf_take(&b);
}

int fl_configs_for(fl_configs *cs, const char *path, const fl_severity *base, fl_file_config *out, fl_buf *err)
{
    memset(out, 0, sizeof *out);
    memcpy(out->level, base, sizeof out->level);
    out->approx_tolerance = -1;
    if (cs->disabled)
        return 0;
    const fl_config *c = NULL;
    if (cs->explicit_path) {
        if (cs->len == 0) {
            char *dir = fl_dir_of(cs->explicit_path);
            fl_config *nc = dir ? config_read(cs->explicit_path, dir, cs->cwd, cs->max, err) : NULL;
            if (!dir)
                fl_fail(err, cs->explicit_path, "cannot read configuration: %s", strerror(errno));
            if (!nc)
                return -1;
            add_config(cs, nc);
        }
        c = cs->items[0];
    } else {
        char *dir = fl_dir_of(path);
        if (!dir)
            return 0; /* no such directory: nothing to configure (the walk reports the path) */
        int idx = find_for_dir(cs, dir, err);
        free(dir);
        if (idx == -2)
            return -1;
        c = idx >= 0 ? cs->items[idx] : NULL;
    }
    if (!c)
        return 0;
    out->config = c;
    for (int r = 0; r < FL_RULE_COUNT; r++)
        if (c->set[r])
            out->level[r] = c->level[r];
    out->approx_tolerance = c->approx_tolerance;
    out->max_file_size = c->max_file_size;
    char *rel = relative_to(c, path);
    if (c->ninclude) {
        int in = 0;
        for (size_t i = 0; i < c->ninclude && !in; i++)
            in = fl_glob_match(c->include[i], rel);
        out->excluded = !in;
    }
    for (size_t i = 0; i < c->nexclude && !out->excluded; i++)
        out->excluded = fl_glob_match(c->exclude[i], rel);
    for (size_t i = 0; i < c->ndates; i++)
        if (fl_glob_match(c->date_globs[i], rel)) {
            if (c->dates[i].source != FL_DATE_NONE) /* a placeholder (mark_placeholders) gives no date */
                out->date = c->dates[i];
            break;
        }
    free(rel);
    return 0;
}

void fl_configs_set_max(fl_configs *cs, size_t max)
{
    cs->max = max;
}

const char *const *fl_configs_pack_dirs(const fl_configs *cs, size_t *n)
{
    *n = cs->npack_dirs;
    return (const char *const *)cs->pack_dirs;
}

const char *fl_config_path(const fl_config *c)
{
    return c->path;
}

static cJSON *or_die(cJSON *item)
{
    if (!item) {
        fl_oom();
    }
    return item;
}

static void add_list(cJSON *o, const char *key, char *const *items, size_t n)
{
    cJSON *arr = or_die(cJSON_AddArrayToObject(o, key));
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(arr, or_die(cJSON_CreateString(items[i])));
}

void fl_config_print(FILE *out, const char *path, const fl_file_config *fc)
{
    const fl_config *c = fc->config;
    cJSON *o = or_die(cJSON_CreateObject());
    or_die(cJSON_AddStringToObject(o, "file", path));
    if (c)
        or_die(cJSON_AddStringToObject(o, "config", c->path));
    else
        or_die(cJSON_AddNullToObject(o, "config"));
    or_die(cJSON_AddBoolToObject(o, "linted", !fc->excluded));
    cJSON *rules = or_die(cJSON_AddObjectToObject(o, "rules"));
    for (int r = 0; r < FL_RULE_COUNT; r++)
        or_die(cJSON_AddStringToObject(rules, fl_rule_table[r].id, fl_severity_name(fc->level[r])));
    add_list(o, "include", c ? c->include : NULL, c ? c->ninclude : 0);
    add_list(o, "exclude", c ? c->exclude : NULL, c ? c->nexclude : 0);
    add_list(o, "rule-packs", c ? c->packs : NULL, c ? c->npacks : 0);
    if (fc->approx_tolerance >= 0)
        or_die(cJSON_AddNumberToObject(o, "approx-tolerance", fc->approx_tolerance));
    else
        or_die(cJSON_AddNullToObject(o, "approx-tolerance"));
    if (fc->date.year) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", fc->date.year, fc->date.month, fc->date.day);
        or_die(cJSON_AddStringToObject(o, "date", d));
    } else
        or_die(cJSON_AddNullToObject(o, "date"));
    fl_json_print(out, o, 1);
}
