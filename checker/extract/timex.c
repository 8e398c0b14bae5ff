/* timex.c - document dates and date arithmetic. */
#include "extract/timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/numbers.h"
#include "doc/tokens.h"

int fl_weekday(int y, int m, int d)
{
    /* Sakamoto's method, shifted so that Monday is 0 */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 Sunday */
    return (w + 6) % 7;
}

static int digits_at(const char *s, size_t len, size_t i, size_t n, int *v)
{
    if (i + n > len)
        return 0;
    int x = 0;
    for (size_t k = 0; k < n; k++) {
        if (!fl_is_ascii_digit((unsigned char)s[i + k]))
            return 0;
        x = x * 10 + (s[i + k] - '0');
    }
    if (i + n < len && fl_is_ascii_digit((unsigned char)s[i + n]))
        return 0;
    *v = x;
    return 1;
}

int fl_parse_iso_date(const char *s, fl_date *out)
{
    int y, m, d;
    char tail;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 1000 || m < 1 || m > 12 || d < 1 || d > days[m - 1] ||
        (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
        return -1;
    out->year = y;
    out->month = m;
    out->day = d;
    out->source = FL_DATE_GIVEN;
    return 0;
}

size_t fl_parse_date(const char *s, size_t len, const fl_rules *r, fl_date *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    memset(out, 0, sizeof(*out));
    int y, m, d;
    /* ISO: 2024-03-14, a real calendar day (fl_parse_iso_date's) */
    if (digits_at(s, len, 0, 4, &y) && len >= 10 && s[4] == '-' && digits_at(s, len, 5, 2, &m) && s[7] == '-' &&
        digits_at(s, len, 8, 2, &d)) {
        char iso[11];
        memcpy(iso, s, 10);
        iso[10] = '\0';
        if (fl_parse_iso_date(iso, out) == 0) {
            out->source = FL_DATE_NONE;
            return 10;
        }
        memset(out, 0, sizeof(*out));
    }
    fl_token *t;
    size_t n = fl_tokenize_text(s, 0, len < 64 ? len : 64, &t);
    size_t used = 0, res = 0;
    int mon;
    double v;
    /* 14 March 2024 */
    if (n >= 3 && t[0].kind == FL_TOK_NUM && fl_parse_digits(s + t[0].start, t[0].end - t[0].start, &v) == 0 &&
        v >= 1 && v <= 31 && (mon = fl_phrases_at(&k->months, s, t, n, 1, &used)) > 0 && used == 1 &&
        t[2].kind == FL_TOK_NUM && t[2].end - t[2].start == 4 && digits_at(s, len, t[2].start, 4, &y)) {
        out->day = (int)v;
        out->month = mon;
        out->year = y;
        res = t[2].end;
    } else if (n >= 2 && (mon = fl_phrases_at(&k->months, s, t, n, 0, &used)) > 0 && used == 1) {
        /* March 14, 2024 / March 2024 */
        size_t i = 1;
        if (t[i].kind == FL_TOK_NUM && t[i].end - t[i].start <= 2 &&
            fl_parse_digits(s + t[i].start, t[i].end - t[i].start, &v) == 0 && v >= 1 && v <= 31) {
            out->day = (int)v;
            i++;
            if (i < n && t[i].end - t[i].start == 1 && s[t[i].start] == ',')
                i++;
        }
        if (i < n && t[i].kind == FL_TOK_NUM && t[i].end - t[i].start == 4 && digits_at(s, len, t[i].start, 4, &y)) {
            out->month = mon;
            out->year = y;
            res = t[i].end;
        } else
            out->day = 0;
    }
    free(t);
    return res;
}

static size_t skip_spaces(const char *s, size_t i, size_t end)
{
    while (i < end && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* "date: 2024-03-14" in front matter (raw text: front matter is masked). */
static int front_matter_date(const fl_doc *d, const fl_rules *r, fl_date *out)
{
    const char *s = d->raw;
    size_t i = d->start;
    if (d->len - i < 4 || memcmp(s + i, "---", 3) != 0)
        return 0;
    i = fl_next_line(s, d->len, i);
    while (i < d->len) {
        size_t e = fl_line_end(s, d->len, i);
        if (e - i == 3 && (memcmp(s + i, "---", 3) == 0 || memcmp(s + i, "...", 3) == 0))
            return 0;
        if (e - i > 5 && fl_ascii_ieq(s + i, "date:", 5)) {
            size_t v = skip_spaces(s, i + 5, e);
            if (v < e && (s[v] == '"' || s[v] == '\''))
                v++;
            if (fl_parse_date(s + v, e - v, r, out))
                return 1;
        }
        i = fl_next_line(s, d->len, i);
    }
    return 0;
}

/* A line that starts with a dateline label ("Published:") and a date, or a copyright sign and a year. */
static int line_date(const fl_doc *d, const fl_rules *r, size_t a, size_t b, fl_date *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    fl_token *t;
    size_t n = fl_tokenize_text(s, a, b < a + 200 ? b : a + 200, &t);
    int found = 0;
    size_t used;
    for (size_t i = 0; i < n && i < 12 && !found; i++) {
        if (fl_phrases_at(&k->datelines, s, t, n, i, &used) >= 0 && i == 0) {
            size_t j = i + used;
            if (j < n && t[j].end - t[j].start == 1 && s[t[j].start] == ':')
                j++;
            /* an optional weekday: "Published: Thursday, 14 March 2024" */
            if (j < n && fl_phrases_at(&k->weekdays, s, t, n, j, &used) >= 0) {
                j += used;
                if (j < n && s[t[j].start] == ',')
                    j++;
            }
            if (j < n && fl_parse_date(s + t[j].start, b - t[j].start, r, out))
                found = FL_DATE_DATELINE;
        }
        if (!found && fl_phrases_at(&k->copyright, s, t, n, i, &used) >= 0) {
            size_t j = i + used;
            int y;
            if (j < n && t[j].kind == FL_TOK_NUM && t[j].end - t[j].start == 4 && digits_at(s, b, t[j].start, 4, &y) &&
                y >= 1900 && y <= 2200) {
                memset(out, 0, sizeof(*out));
                out->year = y;
                found = FL_DATE_COPYRIGHT;
            }
        }
    }
    free(t);
    if (found)
        out->source = found;
    return found;
}

fl_date fl_doc_date(const fl_doc *d, const fl_rules *r)
{
    fl_date out = {0, 0, 0, FL_DATE_NONE};
    if (front_matter_date(d, r, &out)) {
        out.source = FL_DATE_FRONT_MATTER;
        return out;
    }
    /* datelines and copyright lines sit among the first or the last lines */
    size_t nl = d->nlines;
    for (size_t li = 0; li < nl; li++) {
        if (li >= 15 && li + 15 < nl)
            li = nl - 15;
        size_t a = d->line_starts[li];
        size_t b = fl_line_end(d->text, d->len, a);
        if (b > a && line_date(d, r, a, b, &out))
            return out;
    }
    return out;
}

const char *fl_date_source_text(int source)
{
    switch (source) {
    case FL_DATE_FRONT_MATTER:
        return "the front matter's date";
    case FL_DATE_DATELINE:
        return "the dateline";
    case FL_DATE_COPYRIGHT:
        return "the copyright line";
    case FL_DATE_GIVEN:
        return "--date";
    case FL_DATE_INFERRED:
        return "the latest year the document mentions";
    default:
        return "nothing";
    }
}
