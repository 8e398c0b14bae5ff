/* baseline.c - reading, matching and writing baselines of accepted findings. */
#include "run/baseline.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/map.h"
#include "core/rules.h"

enum { BASELINE_VERSION = 1 };

struct fl_baseline {
    char *dir;     /* the baseline file's directory, absolute and canonical */
    fl_map counts; /* fingerprint -> how many findings it still accepts */
};

/* Appends file's path relative to base (canonical; NULL: the path as given). */
static void relative_path(fl_buf *b, const char *file, const char *base)
{
    char *abs = base ? realpath(file, NULL) : NULL;
    if (!abs) {
        fl_buf_puts(b, file);
        return;
    }
    fl_path_relative(b, abs, base);
    free(abs);
}

static void hash_bytes(uint64_t *h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        *h = (*h ^ (unsigned char)s[i]) * 1099511628211ULL;
}

static void hash_str(uint64_t *h, const char *s)
{
    hash_bytes(h, s, strlen(s) + 1); /* with its NUL: "ab"+"c" differs from "a"+"bc" */
}

static void hash_location(uint64_t *h, const char *file, uint64_t text_hash, const char *base)
{
    fl_buf b = {0};
    relative_path(&b, file, base);
    hash_str(h, fl_buf_cstr(&b));
    fl_buf_free(&b);
    char hex[17];
    snprintf(hex, sizeof hex, "%016" PRIx64, text_hash);
    hash_str(h, hex);
}

void fl_baseline_fingerprint(const fl_diag *d, const char *base_dir, char out[17])
{
    uint64_t h = 14695981039346656037ULL;
    hash_str(&h, fl_rule_table[d->rule].id);
    hash_location(&h, d->file, d->text_hash, base_dir);
    for (size_t k = 0; k < d->nrelated; k++)
        hash_location(&h, d->related[k].file, d->related[k].text_hash, base_dir);
    snprintf(out, 17, "%016" PRIx64, h);
}

static int is_fingerprint(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
            return 0;
    return n == 16;
}

fl_baseline *fl_baseline_read(const char *path, fl_buf *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fl_buf_printf(err, "cannot read baseline %s: %s", path, strerror(errno));
        return NULL;
    }
    fl_buf text = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fl_buf_put(&text, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fl_buf_printf(err, "cannot read baseline %s", path);
        fl_buf_free(&text);
        return NULL;
    }
    cJSON *root = cJSON_Parse(fl_buf_cstr(&text));
    fl_buf_free(&text);
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "factlint-baseline");
    const cJSON *findings = cJSON_GetObjectItemCaseSensitive(root, "findings");
    if (!cJSON_IsObject(root) || !cJSON_IsNumber(version) || !cJSON_IsArray(findings)) {
        fl_buf_printf(err, "%s is not a factlint baseline (write one with --write-baseline=%s)", path, path);
        cJSON_Delete(root);
        return NULL;
    }
    if (version->valuedouble != BASELINE_VERSION) {
        fl_buf_printf(err, "%s: baseline version %g is not supported (this factlint reads version %d)", path,
                      version->valuedouble, BASELINE_VERSION);
        cJSON_Delete(root);
        return NULL;
    }
    fl_baseline *b = fl_xcalloc(1, sizeof *b);
    fl_map_init(&b->counts, 0);
    size_t i = 0;
    const cJSON *e;
    cJSON_ArrayForEach (e, findings) {
        const cJSON *fp = cJSON_GetObjectItemCaseSensitive(e, "fingerprint");
        if (!cJSON_IsString(fp) || !is_fingerprint(fp->valuestring)) {
            fl_buf_printf(err, "%s: finding %zu has no \"fingerprint\" of 16 hex digits", path, i + 1);
            cJSON_Delete(root);
            fl_baseline_free(b);
            return NULL;
        }
        int c = fl_map_get(&b->counts, fp->valuestring, 16);
        fl_map_set(&b->counts, fp->valuestring, 16, c < 0 ? 1 : c + 1);
        i++;
    }
    cJSON_Delete(root);
    b->dir = fl_dir_of(path);
    return b;
}

size_t fl_baseline_filter(fl_baseline *b, fl_sink *sink)
{
    size_t out = 0, dropped = 0;
    for (size_t i = 0; i < sink->len; i++) {
        fl_diag *d = &sink->items[i];
        char fp[17];
        fl_baseline_fingerprint(d, b->dir, fp);
        int c = fl_map_get(&b->counts, fp, 16);
        if (c > 0) {
            fl_map_set(&b->counts, fp, 16, c - 1);
            free(d->message);
            for (size_t k = 0; k < d->nrelated; k++)
                free(d->related[k].message);
            free(d->related);
            dropped++;
            continue;
        }
        sink->items[out++] = *d;
    }
    sink->len = out;
    return dropped;
}

void fl_baseline_free(fl_baseline *b)
{
    if (!b)
        return;
    fl_map_free(&b->counts);
    free(b->dir);
    free(b);
}

typedef struct {
    char fp[17];
    const char *rule;
    char *file; /* owned: relative to the baseline */
    const char *message;
} entry;

static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (!c)
        c = strcmp(a->rule, b->rule);
    if (!c)
        c = strcmp(a->fp, b->fp);
    if (!c)
        c = strcmp(a->message, b->message);
    return c;
}

long fl_baseline_write(const char *path, const fl_sink *sink, fl_severity min, fl_buf *err)
{
    char *dir = fl_dir_of(path);
    if (!dir) {
        fl_buf_printf(err, "cannot write baseline %s: %s", path, strerror(errno));
        return -1;
    }
    entry *es = fl_xcalloc(sink->len + 1, sizeof(entry));
    size_t n = 0;
    for (size_t i = 0; i < sink->len; i++) {
        const fl_diag *d = &sink->items[i];
        if (d->severity < min)
            continue;
        fl_baseline_fingerprint(d, dir, es[n].fp);
        es[n].rule = fl_rule_table[d->rule].id;
        fl_buf rel = {0};
        relative_path(&rel, d->file, dir);
        es[n].file = fl_buf_take(&rel);
        es[n].message = d->message;
        n++;
    }
    qsort(es, n, sizeof(entry), cmp_entry);
    /* one finding per line: reviewable diffs */
    fl_buf out = {0};
    fl_buf_printf(&out, "{\"factlint-baseline\": %d,\n \"findings\": [", BASELINE_VERSION);
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        if (!o || !cJSON_AddStringToObject(o, "fingerprint", es[i].fp) ||
            !cJSON_AddStringToObject(o, "rule", es[i].rule) || !cJSON_AddStringToObject(o, "file", es[i].file) ||
            !cJSON_AddStringToObject(o, "message", es[i].message)) {
            fputs("factlint: out of memory\n", stderr);
            abort();
        }
        char *line = cJSON_PrintUnformatted(o);
        if (!line) {
            fputs("factlint: out of memory\n", stderr);
            abort();
        }
        fl_buf_printf(&out, "%s\n  %s", i ? "," : "", line);
        cJSON_free(line);
        cJSON_Delete(o);
        free(es[i].file);
    }
    fl_buf_puts(&out, n ? "\n]}\n" : "]}\n");
    free(es);
    free(dir);
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(out.ptr, 1, out.len, f) == out.len;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok) {
        fl_buf_printf(err, "cannot write baseline %s: %s", path, strerror(errno));
        fl_buf_free(&out);
        return -1;
    }
    fl_buf_free(&out);
    return (long)n;
}
