/* quotes.c - quote-altered. A direct quote is a double-quoted span of the segmentation (single quotes
 * nested in one are part of it); editorial brackets ("[does]", "fear[s]") and ellipses ("...", "…") inside
 * it mean the quoted words were changed or cut. */
#include "check/quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "packs/knowledge.h"
#include "core/map.h"
#include "core/rules.h"
#include "doc/tokens.h"

enum { MAX_BRACKET = 40 };

void fl_check_quotes(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    const char *s = d->text;
    for (size_t qi = 0; qi < d->nquote; qi++) {
        const fl_quote *q = &d->quotes[qi];
        if (!fl_quote_outer(d, q))
            continue; /* nested quotes are checked as part of their outer quote */
        fl_buf what = {0};
        size_t first = 0, count = 0;
        for (size_t i = q->inner_start; i < q->inner_end; i++) {
            size_t start = i, end = 0;
            if (s[i] == '[') {
                const char *close = memchr(s + i, ']', q->inner_end - i);
                /* a short editorial insertion, not a footnote marker "[12]" */
                if (close && (size_t)(close - s) - i <= MAX_BRACKET && (size_t)(close - s) > i + 1 &&
                    !fl_doc_is_marker(d, i, (size_t)(close - s) + 1))
                    end = (size_t)(close - s) + 1;
            } else if (s[i] == '.' && i + 2 < q->inner_end && s[i + 1] == '.' && s[i + 2] == '.') {
                end = i + 3;
                while (end < q->inner_end && s[end] == '.')
                    end++;
            } else if ((unsigned char)s[i] == 0xE2 && i + 2 < q->inner_end && (unsigned char)s[i + 1] == 0x80 &&
                       (unsigned char)s[i + 2] == 0xA6)
                end = i + 3;
            if (!end)
                continue;
            /* show the word a bracket is glued to: "fear[s]" */
            size_t ws = start, we = end;
            if (s[start] == '[') {
                while (ws > q->inner_start && fl_is_ascii_alpha((unsigned char)s[ws - 1]))
                    ws--;
                while (we < q->inner_end && fl_is_ascii_alpha((unsigned char)s[we]))
                    we++;
            }
            if (count < 3) {
                fl_buf_puts(&what, count ? ", \"" : "\"");
                fl_excerpt(&what, d, ws, we, MAX_BRACKET + 22);
                fl_buf_puts(&what, "\"");
            }
            if (!count)
                first = start;
            count++;
            i = end - 1;
        }
        if (count) {
            /* the span is the alteration's first character, whole: "…" is three bytes */
            int32_t cp;
            size_t first_end = first + fl_utf8_next(s, d->len, first, &cp);
            fl_report(ctx, FL_RULE_QUOTE_ALTERED, first, first_end, "quotation altered: %s%s inside the quote",
                      fl_buf_cstr(&what), count > 3 ? " and more" : "");
        }
        fl_buf_free(&what);
    }
}

void fl_check_unpaired_marks(fl_check_ctx *ctx)
{
    const fl_doc *d = ctx->doc;
    for (size_t k = 0; k < d->nunpaired; k++) {
        size_t at = d->unpaired_marks[k];
        int32_t cp;
        size_t n = fl_utf8_next(d->text, d->len, at, &cp);
        fl_report(ctx, FL_RULE_UNPAIRED_QUOTE_MARK, at, at + n,
                  "unpaired quotation mark: no mark closes or opens its quote, so where the quote ends is a guess");
    }
}
