/* excerpt.c - a document's text cut down for a message: white space collapsed, long text shortened. */
#include "doc/excerpt.h"

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
        /* the rest of the word, as far as max allows, appended in one piece */
        size_t k = i + n;
        while (k < end && !fl_is_ascii_space((unsigned char)s[k])) {
            size_t m = fl_utf8_next(s, end, k, &cp);
            if (written + (k - i) + m > max)
                break;
            k += m;
        }
        fl_buf_put(b, s + i, k - i);
        written += k - i;
        if (k < end && !fl_is_ascii_space((unsigned char)s[k])) {
            fl_buf_puts(b, "\xE2\x80\xA6"); /* cut inside the word */
            return;
        }
        i = k;
    }
}
