/* diag.c - the diagnostics sink: append, relate, sort, deduplicate. */
#include "core/diag.h"

#include <stdlib.h>
#include <string.h>

#include "core/util.h"

fl_diag *fl_sink_push(fl_sink *s, int rule, fl_severity sev, const char *file, fl_pos start, fl_pos end, char *message)
{
    FL_GROW(s->items, s->cap, s->len + 1);
    fl_diag *d = &s->items[s->len++];
    memset(d, 0, sizeof(*d));
    d->rule = rule;
    d->severity = sev;
    d->file = file;
    d->start = start;
    d->end = end;
    d->message = message;
    return d;
}

void fl_diag_relate(fl_diag *d, const char *file, fl_pos start, fl_pos end, char *message)
{
    FL_GROW(d->related, d->caprelated, d->nrelated + 1);
    fl_related *r = &d->related[d->nrelated++];
    memset(r, 0, sizeof *r);
    r->file = file;
    r->start = start;
    r->end = end;
    r->message = message;
}

void fl_sink_move(fl_sink *dst, fl_sink *src)
{
    FL_GROW(dst->items, dst->cap, dst->len + src->len);
    if (src->len)
        memcpy(dst->items + dst->len, src->items, src->len * sizeof(fl_diag));
    dst->len += src->len;
    free(src->items);
    src->items = NULL;
    src->len = src->cap = 0;
}

static int cmp_pos(const fl_pos *a, const fl_pos *b)
{
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col[FL_COL_BYTE] != b->col[FL_COL_BYTE])
        return a->col[FL_COL_BYTE] < b->col[FL_COL_BYTE] ? -1 : 1;
    return 0;
}

static int cmp_diag(const void *pa, const void *pb)
{
    const fl_diag *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if ((c = cmp_pos(&a->start, &b->start)))
        return c;
    if (a->rule != b->rule)
        return a->rule < b->rule ? -1 : 1;
    if ((c = cmp_pos(&a->end, &b->end)))
        return c;
    return strcmp(a->message, b->message);
}

void fl_diag_free(fl_diag *d)
{
    free(d->message);
    for (size_t i = 0; i < d->nrelated; i++)
        free(d->related[i].message);
    free(d->related);
}

void fl_sink_sort_unique(fl_sink *s)
{
    if (s->len > 1)
        qsort(s->items, s->len, sizeof(fl_diag), cmp_diag);
    size_t out = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (out > 0 && cmp_diag(&s->items[out - 1], &s->items[i]) == 0) {
            fl_diag_free(&s->items[i]);
            continue;
        }
        s->items[out++] = s->items[i];
    }
    s->len = out;
}

void fl_sink_free(fl_sink *s)
{
    for (size_t i = 0; i < s->len; i++)
        fl_diag_free(&s->items[i]);
    free(s->items);
    s->items = NULL;
    s->len = s->cap = 0;
}

uint64_t fl_hash_text(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ULL;
    int space = 0, any = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (fl_is_ascii_space(c)) {
            space = any;
            continue;
        }
        if (space) {
            h = (h ^ ' ') * 1099511628211ULL;
            space = 0;
        }
        h = (h ^ c) * 1099511628211ULL;
        any = 1;
    }
    return h ? h : 1;
}

static const char *const sev_names[] = {"off", "note", "warning", "error"};

const char *fl_severity_name(fl_severity s)
{
    return sev_names[s];
}

int fl_severity_parse(const char *s, int allow_off)
{
    for (int i = allow_off ? 0 : 1; i <= FL_SEV_ERROR; i++)
        if (strcmp(s, sev_names[i]) == 0)
            return i;
    return -1;
}
