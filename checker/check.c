/* check.c - reporting helpers shared by every check: byte spans become positions here, through the
 * document's line table, so a diagnostic no longer needs its document once it is made. */
#include "check.h"

#include <stdarg.h>
#include <stdlib.h>

#include "ruletab.h"

fl_diag *fl_report(fl_check_ctx *ctx, int rule, size_t start, size_t end, const char *fmt, ...)
{
    fl_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    fl_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    fl_pos ps = fl_doc_pos(ctx->doc, start);
    fl_pos pe = fl_doc_pos(ctx->doc, end);
    return fl_sink_push(ctx->sink, rule, fl_rule_table[rule].level, ctx->doc->path, ps, pe, fl_buf_take(&b));
}

void fl_report_related(fl_check_ctx *ctx, fl_diag *d, size_t start, size_t end, const char *fmt, ...)
{
    fl_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    fl_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    fl_pos ps = fl_doc_pos(ctx->doc, start);
    fl_pos pe = fl_doc_pos(ctx->doc, end);
    fl_diag_relate(d, ctx->doc->path, ps, pe, fl_buf_take(&b));
}

void fl_excerpt(fl_buf *b, const fl_doc *d, size_t start, size_t end, size_t max)
{
    const char *s = d->raw;
    int space = 0;
    size_t written = 0;
    for (size_t i = start; i < end;) {
        unsigned char c = (unsigned char)s[i];
        if (fl_is_ascii_space(c)) {
            space = 1;
            i++;
            continue;
        }
        int32_t cp;
        size_t n = fl_utf8_next(s, end, i, &cp);
        if (written + n + (space ? 1 : 0) > max) {
            fl_buf_puts(b, "\xE2\x80\xA6");
            return;
        }
        if (space && written) {
            fl_buf_putc(b, ' ');
            written++;
        }
        space = 0;
        fl_buf_put(b, s + i, n);
        written += n;
        i += n;
    }
}
