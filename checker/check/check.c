/* check.c - reporting helpers shared by every check: byte spans become positions here, through the
 * document's line table, so a diagnostic no longer needs its document once it is made. */
#include "check/check.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/rules.h"

static char *vformat(const char *fmt, va_list ap)
{
    fl_buf b = {0};
    fl_buf_vprintf(&b, fmt, ap);
    return fl_buf_take(&b);
}

/* The fingerprint of the document's text at [start, end) (clamped to the document). */
static uint64_t span_hash(const fl_doc *d, size_t start, size_t end)
{
    if (end > d->len)
        end = d->len;
    if (start > end)
        start = end;
    return fl_hash_text(d->raw + start, end - start);
}

fl_diag *fl_report(fl_check_ctx *ctx, int rule, size_t start, size_t end, const char *fmt, ...)
{
    if (ctx->suppressed) {
        fl_pos at = fl_doc_pos(ctx->doc, start);
        if (ctx->suppressed(ctx->suppressed_arg, rule, &at))
            return NULL;
    }
    if (ctx->counts) {
        fl_rule_count *c = &ctx->counts[rule];
        if (c->shown >= FL_MAX_PER_RULE) {
            c->dropped++;
            c->last_start = start;
            c->last_end = end;
            return NULL;
        }
        c->shown++;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    fl_pos ps = fl_doc_pos(ctx->doc, start);
    fl_pos pe = fl_doc_pos(ctx->doc, end);
    fl_diag *d = fl_sink_push(ctx->sink, rule, fl_rule_table[rule].level, ctx->doc->path, ps, pe, msg);
    d->text_hash = span_hash(ctx->doc, start, end);
    return d;
}

void fl_report_related(fl_check_ctx *ctx, fl_diag *d, size_t start, size_t end, const char *fmt, ...)
{
    if (!d)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    fl_pos ps = fl_doc_pos(ctx->doc, start);
    fl_pos pe = fl_doc_pos(ctx->doc, end);
    fl_diag_relate(d, ctx->doc->path, ps, pe, msg);
    d->related[d->nrelated - 1].text_hash = span_hash(ctx->doc, start, end);
}

int fl_rule_on(const fl_check_ctx *ctx, int rule)
{
    return !ctx->levels || ctx->levels[rule] != FL_SEV_OFF;
}

/* The diagnostic that stands for the ones not shown, at the last of them. */
static fl_diag *push_dropped(fl_sink *s, int rule, const char *file, fl_pos start, fl_pos end, size_t dropped)
{
    return fl_sink_push(s, rule, fl_rule_table[rule].level, file, start, end,
                        fl_xasprintf("%zu more %s diagnostics in this file are not shown (the limit is %d per file)",
                                     dropped, fl_rule_table[rule].id, FL_MAX_PER_RULE));
}

void fl_report_dropped(fl_check_ctx *ctx)
{
    if (!ctx->counts)
        return;
    for (int r = 0; r < FL_RULE_COUNT; r++) {
        fl_rule_count *c = &ctx->counts[r];
        if (!c->dropped)
            continue;
        fl_diag *d = push_dropped(ctx->sink, r, ctx->doc->path, fl_doc_pos(ctx->doc, c->last_start),
                                  fl_doc_pos(ctx->doc, c->last_end), c->dropped);
        d->text_hash = span_hash(ctx->doc, c->last_start, c->last_end);
    }
}

void fl_sink_limit_per_file(fl_sink *s)
{
    fl_sink_sort_unique(s);
    fl_sink more = {0};
    size_t shown[FL_RULE_COUNT], dropped[FL_RULE_COUNT];
    fl_pos last_start[FL_RULE_COUNT], last_end[FL_RULE_COUNT];
    const char *file = NULL;
    size_t out = 0;
    for (size_t i = 0; i <= s->len; i++) {
        if (i == s->len || !file || strcmp(s->items[i].file, file) != 0) {
            for (int r = 0; file && r < FL_RULE_COUNT; r++)
                if (dropped[r])
                    push_dropped(&more, r, file, last_start[r], last_end[r], dropped[r]);
            if (i == s->len)
                break;
            file = s->items[i].file;
            memset(shown, 0, sizeof shown);
            memset(dropped, 0, sizeof dropped);
        }
        fl_diag *d = &s->items[i];
        if (shown[d->rule] < FL_MAX_PER_RULE) {
            shown[d->rule]++;
            s->items[out++] = *d;
        } else {
            dropped[d->rule]++;
            last_start[d->rule] = d->start;
            last_end[d->rule] = d->end;
            fl_diag_free(d);
        }
    }
    s->len = out;
    fl_sink_move(s, &more);
}
