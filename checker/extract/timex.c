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

/* Digits at s[*i] (one or two), moved past; the value in *v. */
static int short_digits(const char *s, size_t len, size_t *i, int *v)
{
    size_t n = 0;
    *v = 0;
    while (*i + n < len && n < 3 && fl_is_ascii_digit((unsigned char)s[*i + n]))
        *v = *v * 10 + (s[*i + n++] - '0');
    *i += n;
    return n >= 1 && n <= 2;
}

/* A day first with dots, "20.11.2026" (a masthead's date in much of Europe): a real calendar day, not followed by
 * another dot and digit (a version number). Returns its length, 0 when none. */
static size_t dotted_date(const char *s, size_t len, fl_date *out)
{
    size_t i = 0;
    int d, m, y;
    if (!short_digits(s, len, &i, &d) || i >= len || s[i++] != '.' || !short_digits(s, len, &i, &m) || i >= len ||
        s[i++] != '.' || !digits_at(s, len, i, 4, &y) ||
        (i + 5 < len && s[i + 4] == '.' && fl_is_ascii_digit((unsigned char)s[i + 5])))
        return 0;
    char iso[32];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m % 100, d % 100);
    fl_date dt;
    if (fl_parse_iso_date(iso, &dt) != 0)
        return 0;
    out->day = d;
    out->month = m;
    out->year = y;
    return i + 4;
}

/* fl_parse_date's grammar; dot_months: a month's name may be an abbreviation and its dot ("Aug. 11"), two
 * tokens (only in a wire dateline for now: in running text it would make new event days, not yet measured). */
static size_t parse_date(const char *s, size_t len, const fl_rules *r, fl_date *out, int dot_months)
{
    size_t most = dot_months ? 2 : 1;
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
    size_t dotted = dotted_date(s, len, out);
    if (dotted)
        return dotted;
    fl_token *t;
    size_t n = fl_tokenize_text(s, 0, len < 64 ? len : 64, &t);
    size_t used = 0, res = 0;
    int mon;
    double v;
    /* 14 March 2024 */
    /* a month's name is one word, or an abbreviation and its dot ("Aug."): used is 1 or 2 */
    if (n >= 3 && t[0].kind == FL_TOK_NUM && fl_parse_digits(s + t[0].start, t[0].end - t[0].start, &v) == 0 &&
        v >= 1 && v <= 31 && (mon = fl_phrases_at(&k->months, s, t, n, 1, &used)) > 0 && used <= most && 1 + used < n &&
        t[1 + used].kind == FL_TOK_NUM && t[1 + used].end - t[1 + used].start == 4 &&
        digits_at(s, len, t[1 + used].start, 4, &y)) {
        out->day = (int)v;
        out->month = mon;
        out->year = y;
        res = t[1 + used].end;
    } else if (n >= 2 && (mon = fl_phrases_at(&k->months, s, t, n, 0, &used)) > 0 && used <= most && used < n) {
        /* March 14, 2024 / March 2024 / Aug. 11 */
        size_t i = used;
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
        } else if (out->day) {
            /* "Sunday, August 9": a day of the year in force (year 0) */
            out->month = mon;
            res = t[used].end;
        }
    } else if (n >= 2 && t[0].kind == FL_TOK_NUM && t[0].end - t[0].start <= 2 &&
               fl_parse_digits(s + t[0].start, t[0].end - t[0].start, &v) == 0 && v >= 1 && v <= 31 &&
               (mon = fl_phrases_at(&k->months, s, t, n, 1, &used)) > 0 && used <= most) {
        /* "Sunday 9 August": a day of the year in force */
        out->day = (int)v;
        out->month = mon;
        res = t[used].end;
    }
    free(t);
    return res;
}

size_t fl_parse_date(const char *s, size_t len, const fl_rules *r, fl_date *out)
{
    return parse_date(s, len, r, out, 0);
}

size_t fl_parse_date_after_weekday(const char *s, size_t len, const fl_rules *r, fl_date *out)
{
    return parse_date(s, len, r, out, 1);
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
            if (fl_parse_date(s + v, e - v, r, out) && out->year)
                return 1;
        }
        i = fl_next_line(s, d->len, i);
    }
    return 0;
}

static int dash_tok(const char *s, const fl_token *t);

/* Is there a middle dot (U+00B7, "Tullerby Post · Tuesday 10 March 2026") at byte e, before b? A masthead's
 * separator, as "|" is (a bullet, U+2022, starts with 0xE2 as the dashes do). */
static int middle_dot(const char *s, size_t e, size_t b)
{
    return e + 1 < b && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xB7;
}

/* Is c a capital letter (ASCII)? */
static int capital(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Byte e moved past the emphasis marks of a markdown line ("**", "_") that stand at it. */
static size_t past_emphasis(const char *s, size_t e, size_t b)
{
    while (e < b && (s[e] == '*' || s[e] == '_'))
        e++;
    return e;
}

/* Does a masthead's field end at byte e of the line [.., b): only spaces, then the line's end or a separator
 * ("|", a dash; with loose, also a comma, a slash, a full stop that ends a sentence or the clock time of a stamp:
 * "Fri 17 Oct 2025 09.40 BST", "Tue 3 Jun 2025 // 11:02 UTC")? */
static int field_ends(const char *s, size_t e, size_t b, int loose)
{
    e = past_emphasis(s, e, b); /* "**HARLOW BAY, Wednesday 4 March 2026.**": the marks close no field */
    while (e < b && (s[e] == ' ' || s[e] == '\t'))
        e++;
    if (e >= b || s[e] == '|' || s[e] == '-' || (unsigned char)s[e] == 0xE2 || middle_dot(s, e, b))
        return 1;
    if (!loose)
        return 0;
    if (s[e] == ',' || s[e] == '/')
        return 1;
    size_t f = s[e] == '.' ? past_emphasis(s, e + 1, b) : e;
    if (s[e] == '.' && (f >= b || s[f] == ' ' || s[f] == '\t'))
        return 1; /* a full stop ending the field's sentence: "Harbour News live coverage, Sunday 15 March 2026." */
    size_t d = e;
    while (d < b && d < e + 2 && s[d] >= '0' && s[d] <= '9')
        d++;
    return d > e && d + 1 < b && (s[d] == ':' || s[d] == '.') && s[d + 1] >= '0' && s[d + 1] <= '9';
}

/* Does a masthead field start at token i: the line's start, or after a separator ("|", a dash, a comma, a
 * slash, a middle dot or a bullet)? */
static int field_starts(const char *s, const fl_token *t, size_t i)
{
    if (i == 0)
        return 1;
    const fl_token *p = &t[i - 1];
    size_t len = p->end - p->start;
    return dash_tok(s, p) || (len == 1 && (s[p->start] == '|' || s[p->start] == ',' || s[p->start] == '/')) ||
           (len == 2 && middle_dot(s, p->start, p->end)) || (len == 3 && memcmp(s + p->start, "\xe2\x80\xa2", 3) == 0);
}

/* Moves *j past a masthead's weekday at it ("Wednesday,", "Tue") and a comma after it; 1 when there is one. */
static int skip_weekday(const fl_knowledge *k, const char *s, const fl_token *t, size_t n, size_t *j)
{
    size_t used;
    if (fl_phrases_at(&k->weekdays, s, t, n, *j, &used) < 0 &&
        fl_phrases_at(&k->masthead_weekdays, s, t, n, *j, &used) < 0)
        return 0;
    *j += used;
    if (*j < n && s[t[*j].start] == ',')
        (*j)++;
    return 1;
}

/* Is the date at token i a sentence of its own that ends the line [.., b) at byte e: after a full stop, and an
 * optional full stop and the line's end after it ("RNB News live page. Times are local (BST). Sunday 21 June 2026.",
 * a byline's "By Ana Roe, Coastline Echo. Saturday 18 April 2026")? */
static int sentence_field(const char *s, const fl_token *t, size_t i, size_t e, size_t b)
{
    if (i == 0 || t[i - 1].end - t[i - 1].start != 1 || s[t[i - 1].start] != '.')
        return 0;
    if (e < b && s[e] == '.')
        e++;
    while (e < b && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r'))
        e++;
    return e >= b;
}

/* A masthead's date alone as a field, with its weekday: "Wednesday, March 5, 2025", "Elmbury Gazette,
 * Tuesday 10 March 2026", "By Martina Gerber | Wednesday, March 4, 2026", "Tue 3 Jun 2025 // 11:02 UTC",
 * "June 3 2025". A full date (day, month, year); the field ends the line or at a separator or clock time; or the
 * line's last sentence is the date (sentence_field). */
static int masthead_date(const fl_doc *d, const fl_rules *r, const fl_token *t, size_t n, size_t i, size_t b,
                         fl_date *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    size_t j = i;
    int sentence = i > 0 && t[i - 1].end - t[i - 1].start == 1 && s[t[i - 1].start] == '.';
    if (!field_starts(s, t, i) && !sentence)
        return 0;
    skip_weekday(k, s, t, n, &j);
    if (j >= n)
        return 0;
    size_t len = parse_date(s + t[j].start, b - t[j].start, r, out, 1);
    if (!len || !out->year || !out->month || !out->day)
        return 0;
    return sentence ? sentence_field(s, t, i, t[j].start + len, b) : field_ends(s, t[j].start + len, b, 1);
}

/* A line that starts with a dateline label ("Published:") and a date, or a copyright sign and a year; in a
 * masthead line (masthead: one of the first lines) also such a label, or a date alone, as a field after a
 * separator: "Ministry of Farming | Crop Bulletin No. 9 | September 2026", "Housing Observatory - Q3 2026 -
 * published 3 November 2026". */
static int line_date(const fl_doc *d, const fl_rules *r, size_t a, size_t b, int masthead, fl_date *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    fl_token *t;
    size_t n = fl_tokenize_text(s, a, b < a + 200 ? b : a + 200, &t);
    int found = 0;
    size_t used;
    for (size_t i = 0; i < n && i < (masthead ? 40u : 12u) && !found; i++) {
        int field = masthead && i > 0 &&
                    (dash_tok(s, &t[i - 1]) || (t[i - 1].end - t[i - 1].start == 1 && s[t[i - 1].start] == '|'));
        size_t len;
        if (field && (len = fl_parse_date(s + t[i].start, b - t[i].start, r, out)) && out->year && out->month &&
            field_ends(s, t[i].start + len, b, 0)) {
            found = FL_DATE_DATELINE;
            break;
        }
        if (masthead && masthead_date(d, r, t, n, i, b, out)) {
            found = FL_DATE_DATELINE;
            break;
        }
        if (fl_phrases_at(&k->datelines, s, t, n, i, &used) >= 0 && (i == 0 || field)) {
            size_t j = i + used;
            if (j < n && t[j].end - t[j].start == 1 && s[t[j].start] == ':')
                j++;
            /* an optional weekday: "Published: Thursday, 14 March 2024" */
            if (j < n && fl_phrases_at(&k->weekdays, s, t, n, j, &used) >= 0) {
                j += used;
                if (j < n && s[t[j].start] == ',')
                    j++;
            }
            if (j < n && fl_parse_date(s + t[j].start, b - t[j].start, r, out) && out->year)
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

static int wire_dateline(const fl_doc *d, const fl_rules *r, size_t a, size_t b, int with_year, fl_date *out,
                         size_t *end);

fl_date fl_doc_date(const fl_doc *d, const fl_rules *r)
{
    fl_date out = {0, 0, 0, FL_DATE_NONE, 0, 0};
    if (front_matter_date(d, r, &out)) {
        out.source = FL_DATE_FRONT_MATTER;
        return out;
    }
    /* datelines and copyright lines sit among the first or the last lines */
    size_t nl = d->nlines;
    for (size_t li = 0; li < nl; li++) {
        if (li >= 15 && li + 15 < nl)
            li = nl - 15;
        size_t b = fl_line_end(d->text, d->len, d->line_starts[li]);
        /* a wire dateline in a markdown line's emphasis ("**HARLOW BAY, Wednesday 4 March 2026.** The trust ..."): it
         * starts after the marks, right before a place in capitals (a bullet's "* " is no emphasis) */
        size_t a = past_emphasis(d->text, d->line_starts[li], b);
        if (a > d->line_starts[li] && !(a + 1 < b && capital(d->text[a]) && capital(d->text[a + 1])))
            a = d->line_starts[li];
        if (b > a && (line_date(d, r, a, b, li < 5, &out) || (li < 5 && wire_dateline(d, r, a, b, 1, &out, NULL))))
            return out;
    }
    return out;
}

/* Is token t a dash ("-", "--", an en or em dash)? */
static int dash_tok(const char *s, const fl_token *t)
{
    size_t len = t->end - t->start;
    const char *p = s + t->start;
    return (t->kind == FL_TOK_PUNCT && ((len == 1 && p[0] == '-') || (len == 3 && memcmp(p, "\xe2\x80\x93", 3) == 0) ||
                                        (len == 3 && memcmp(p, "\xe2\x80\x94", 3) == 0)));
}

/* The wire dateline of line [a, b): a place of capitalised words (commas and dots between them), a comma, an
 * optional weekday, a month and day without a year (with_year: with one), an optional "(Agency)", and a dash (with
 * a year also the line's end: "ASHBY FOLD, England, Saturday 18 July 2026 (Meridian Press Association)"). *end
 * (unless NULL) is the byte after its dash, or a when the line ends it. */
static int wire_dateline(const fl_doc *d, const fl_rules *r, size_t a, size_t b, int with_year, fl_date *out,
                         size_t *end)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    fl_token *t;
    size_t n = fl_tokenize_text(s, a, b < a + 160 ? b : a + 160, &t), used;
    int found = 0;
    for (size_t i = 1; i < n && i < 10 && !found; i++) {
        const fl_token *p = &t[i - 1];
        int capital = p->kind == FL_TOK_WORD && s[p->start] >= 'A' && s[p->start] <= 'Z';
        if (!capital && !(p->kind == FL_TOK_PUNCT && (s[p->start] == ',' || s[p->start] == '.')))
            break; /* the place is capitalised words */
        if (t[i].kind != FL_TOK_PUNCT || s[t[i].start] != ',' || s[p->start] == ',')
            continue;
        size_t j = i + 1;
        if (j < n && fl_phrases_at(&k->weekdays, s, t, n, j, &used) >= 0) {
            j += used;
            if (j < n && s[t[j].start] == ',')
                j++;
        }
        fl_date dt;
        size_t len = j < n ? parse_date(s + t[j].start, b - t[j].start, r, &dt, 1) : 0;
        if (!len || !dt.year != !with_year || !dt.month || !dt.day)
            continue;
        size_t date_end = t[j].start + len;
        while (j < n && t[j].start < date_end)
            j++;
        /* "(Agency)" */
        if (j < n && s[t[j].start] == '(') {
            size_t c = j + 1;
            while (c < n && c < j + 8 && s[t[c].start] != ')')
                c++;
            j = c < n && s[t[c].start] == ')' ? c + 1 : n;
        }
        if ((j < n && dash_tok(s, &t[j])) || (with_year && j == n && t[n - 1].end >= b)) {
            if (end)
                *end = j < n ? t[j].end : a;
            *out = dt;
            out->source = FL_DATE_DATELINE;
            found = 1;
        }
    }
    free(t);
    return found;
}

size_t fl_wire_dateline_end(const fl_doc *d, const fl_rules *r, size_t a, size_t b)
{
    fl_date dt;
    size_t end = a;
    if (!wire_dateline(d, r, a, b, 1, &dt, &end))
        wire_dateline(d, r, a, b, 0, &dt, &end);
    return end;
}

/* Where a masthead field that may hold a partial date starts at token i of line t[0, n): the line's start or a
 * separator ("|", a dash, a comma, a slash), or right after a dateline label ("Updated", "Posted:"), then past a
 * clock time and a comma ("Updated 18:20, Monday 9 March"). Sets *labelled when a label introduces it. Returns the
 * token after, or n when no field starts at i. */
static size_t partial_field(const fl_doc *d, const fl_rules *r, const fl_token *t, size_t n, size_t i, int *labelled)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    size_t used, j = i;
    if (!field_starts(s, t, i))
        return n;
    *labelled = fl_phrases_at(&k->datelines, s, t, n, j, &used) >= 0;
    if (*labelled) {
        j += used;
        if (j < n && s[t[j].start] == ':')
            j++;
    }
    fl_clock clk;
    /* a stamp's time, 24-hour or not ("Updated 8:20, Tuesday 10 March") */
    if (j < n && fl_clock_read(s, t, n, j, r, 1, &clk) && clk.first == j) {
        j = clk.end;
        if (j < n && s[t[j].start] == ',')
            j++;
    }
    return j;
}

/* A masthead's date without its year as a field of line [a, b): a weekday and a day and month ("Valley Radio News |
 * Updated 18:20, Monday 9 March", "Metro Desk - Tue 3 June"), or after a dateline label a day and month alone
 * ("Posted: March 9"); the field ends the line or at a separator or clock time. */
static int masthead_partial(const fl_doc *d, const fl_rules *r, size_t a, size_t b, fl_date *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const char *s = d->text;
    fl_token *t;
    size_t n = fl_tokenize_text(s, a, b < a + 200 ? b : a + 200, &t);
    int found = 0;
    for (size_t i = 0; i < n && i < 40 && !found; i++) {
        int labelled = 0, weekday = 0;
        size_t j = partial_field(d, r, t, n, i, &labelled);
        if (j < n)
            weekday = skip_weekday(k, s, t, n, &j);
        fl_date dt;
        size_t len = j < n && (weekday || labelled) ? parse_date(s + t[j].start, b - t[j].start, r, &dt, 1) : 0;
        if (len && !dt.year && dt.month && dt.day && field_ends(s, t[j].start + len, b, 1)) {
            *out = dt;
            out->source = FL_DATE_DATELINE;
            found = 1;
        }
    }
    free(t);
    return found;
}

int fl_doc_partial_date(const fl_doc *d, const fl_rules *r, fl_date *out)
{
    memset(out, 0, sizeof(*out));
    size_t seen = 0;
    for (size_t li = 0; li < d->nlines && seen < 4; li++) {
        size_t a = d->line_starts[li];
        size_t b = fl_line_end(d->text, d->len, a);
        while (a < b && (d->text[a] == ' ' || d->text[a] == '\t' || d->text[a] == '\r'))
            a++;
        if (a < d->start || b <= a)
            continue;
        seen++;
        if (wire_dateline(d, r, a, b, 0, out, NULL) || masthead_partial(d, r, a, b, out))
            return 1;
    }
    return 0;
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

long fl_days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's days_from_civil */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void fl_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The precision of a stated minute: a round hour admits 20 minutes either way, a half hour 10, a quarter 7,
 * five minutes 3, any other minute 1. */
static int clock_precision(int minutes)
{
    int m = minutes % 60;
    return m == 0 ? 20 : m % 30 == 0 ? 10 : m % 15 == 0 ? 7 : m % 5 == 0 ? 3 : 1;
}

static int tok_num(const char *text, const fl_token *t, size_t n, size_t i, size_t digits_lo, size_t digits_hi, int *v)
{
    if (i >= n || t[i].kind != FL_TOK_NUM)
        return 0;
    size_t len = t[i].end - t[i].start;
    return len >= digits_lo && len <= digits_hi && digits_at(text, t[i].end, t[i].start, len, v);
}

/* The hour and minute at token i ("9", "10:45", "0800", "06:00", "8.30"): the tokens used, 0 when none. */
static size_t clock_digits(const char *text, const fl_token *t, size_t n, size_t i, int *h, int *mi, int *four,
                           int *dotted)
{
    int a, b;
    *four = *dotted = 0;
    if (tok_num(text, t, n, i, 1, 2, &a) && i + 2 < n && t[i + 1].end - t[i + 1].start == 1 &&
        text[t[i + 1].start] == ':' && !t[i + 1].space_before && !t[i + 2].space_before &&
        tok_num(text, t, n, i + 2, 2, 2, &b) && a < 24 && b < 60) {
        *h = a;
        *mi = b;
        return 3;
    }
    if (tok_num(text, t, n, i, 4, 4, &a) && a / 100 < 24 && a % 100 < 60) {
        *h = a / 100;
        *mi = a % 100;
        *four = 1;
        return 1;
    }
    if (tok_num(text, t, n, i, 1, 2, &a) && a >= 1 && a <= 12) {
        *h = a;
        *mi = 0;
        return 1;
    }
    /* "8.30", "20.45": hour and minute with a full stop, as British and European outlets write them; one
     * number token, read as a clock only where a.m./p.m., a zone or a part of the day says so */
    size_t len = i < n && t[i].kind == FL_TOK_NUM ? t[i].end - t[i].start : 0, dot = len > 3 ? len - 3 : 0;
    if (dot && text[t[i].start + dot] == '.' && digits_at(text, t[i].end, t[i].start, dot, &a) &&
        digits_at(text, t[i].end, t[i].start + dot + 1, 2, &b) && a < 24 && b < 60) {
        *h = a;
        *mi = b;
        *dotted = 1;
        return 1;
    }
    return 0;
}

/* The part of the day a few words after a clock time, inside its phrase ("8.30 on Monday morning", "11:15 that
 * night", "7:45 in the evening"): the hours to add to a 12-hour time (clock_day_parts; 24 is night, p.m. from
 * 6 to 11 and a.m. otherwise), or -2 when none. */
static int day_part_after(const char *text, const fl_token *t, size_t n, size_t j, const fl_knowledge *k, int hour)
{
    size_t used;
    for (size_t x = j; x < n && x < j + 4 && t[x].kind == FL_TOK_WORD; x++) {
        int p = fl_phrases_at(&k->clock_day_parts, text, t, n, x, &used);
        if (p == 24)
            return hour >= 6 && hour < 12 ? 12 : 0; /* night: "at 9.40 that night", "at 2.15 that night" */
        if (p >= 0)
            return p;
    }
    return -2;
}

/* Does the clock time whose number is token i state its minutes ("4:30", "20.45"), not only an hour? */
static int nd_minutes(const char *text, const fl_token *t, size_t n, size_t i)
{
    int h, mi, four, dotted;
    size_t nd = clock_digits(text, t, n, i, &h, &mi, &four, &dotted);
    return nd == 3 || dotted;
}

/* A zone named after a clock time at token j: one that keeps summer time ("ET", "Central European Time"; an
 * index into zones) or the place's own ("local time": FL_LOCAL_ZONE). Returns the tokens it takes. */
static size_t zone_rule_at(const char *text, const fl_token *t, size_t n, size_t j, const fl_knowledge *k, int *rule)
{
    size_t used = 0;
    int z = j < n ? fl_phrases_at(&k->zone_names, text, t, n, j, &used) : -1;
    if (z >= 0) {
        *rule = z;
        return used;
    }
    if (j < n && fl_phrases_at(&k->local_zone, text, t, n, j, &used) >= 0) {
        *rule = FL_LOCAL_ZONE;
        return used;
    }
    return 0;
}

int fl_clock_at(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, fl_clock *out)
{
    return fl_clock_read(text, t, n, i, r, 0, out);
}

int fl_clock_24h(const char *text, const fl_token *t, size_t n, const fl_rules *r)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    int h, mi, four, dotted, h24 = 0;
    size_t used;
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != FL_TOK_NUM)
            continue;
        size_t nd = clock_digits(text, t, n, i, &h, &mi, &four, &dotted);
        if (nd == 3 && fl_phrases_at(&k->clock_periods, text, t, n, i + nd, &used) >= 0)
            return 0; /* a text that writes "11:20 p.m." leaves a bare "11:20" open */
        if (nd == 3 && h > 12)
            h24 = 1;
    }
    return h24;
}

/* An hour with "o'clock" at token i ("two o'clock", "8 o'clock"; time.clock_hour_words, time.clock_oclock): the
 * tokens used, 0 when none; *h is the hour (1 to 12). */
static size_t oclock_at(const char *text, const fl_token *t, size_t n, size_t i, const fl_knowledge *k, int *h)
{
    size_t used = 0, more;
    int v = -1;
    if (i < n && t[i].kind == FL_TOK_WORD)
        v = fl_phrases_at(&k->clock_hour_words, text, t, n, i, &used);
    else if (tok_num(text, t, n, i, 1, 2, &v))
        used = 1;
    if (v < 1 || v > 12 || fl_phrases_at(&k->clock_oclock, text, t, n, i + used, &more) < 0)
        return 0;
    *h = v;
    return used + more;
}

int fl_clock_read(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, int h24, fl_clock *out)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    size_t used, j;
    int h = 0, mi = 0, four = 0, dotted = 0, at = -1, named = 0, has_pm = 0, padded = 0, oclock = 0;
    int v = fl_phrases_at(&k->clock_names, text, t, n, i, &used);
    size_t on = v < 0 ? oclock_at(text, t, n, i, k, &h) : 0;
    if (v >= 0) {
        at = v;
        named = 1;
        j = i + used;
    } else if (on) { /* "two o'clock": a.m. or p.m. only by the part of the day after it, or it is not read */
        oclock = 1;
        at = h * 60;
        j = i + on;
        int pm = fl_phrases_at(&k->clock_periods, text, t, n, j, &used);
        if (pm >= 0) {
            at = (h % 12 + pm) * 60;
            j += used;
            has_pm = 1;
        }
    } else {
        size_t nd = clock_digits(text, t, n, i, &h, &mi, &four, &dotted);
        if (!nd)
            return 0;
        j = i + nd;
        /* an hour written with a leading zero ("04:20", "06:00") is the 24-hour form */
        padded = nd == 3 && t[i].end - t[i].start == 2 && text[t[i].start] == '0';
        int pm = fl_phrases_at(&k->clock_periods, text, t, n, j, &used);
        if (pm >= 0 && !four && h >= 1 && h <= 12) {
            at = (h % 12 + pm) * 60 + mi;
            j += used;
            has_pm = 1;
        } else if (pm < 0 && (nd == 3 || four || dotted))
            at = h * 60 + mi; /* "21:00", "06:00 BST", "2100 GMT", "20.45 CET" */
        else
            return 0;
    }
    /* a zone right after it (an offset may be -1, the value of no phrase too: whether one was found is in used) */
    out->zone = FL_NO_ZONE;
    used = 0;
    int z = fl_phrases_at(&k->time_zones, text, t, n, j, &used);
    if (used) {
        out->zone = z;
        j += used;
    }
    out->zone_rule = FL_NO_ZONE_RULE;
    if (!used && !named && (has_pm || four || nd_minutes(text, t, n, i)))
        j += zone_rule_at(text, t, n, j, k, &out->zone_rule);
    /* without a.m./p.m. only a 24-hour time is read: an hour over 12, or a zone ("at 3:30" may be morning or
     * afternoon, "at 1930" a year) */
    if (!named && !has_pm && out->zone == FL_NO_ZONE && h >= 1 && h <= 12 && !four) {
        int part = day_part_after(text, t, n, j, k, h);
        if (part >= 0) { /* "at 8.30 on Monday morning": the part of the day says a.m. or p.m. */
            at = (h % 12 + part) * 60 + mi;
            has_pm = 1;
        }
    }
    if (!named && !has_pm && !padded && out->zone == FL_NO_ZONE && out->zone_rule == FL_NO_ZONE_RULE &&
        !(h > 12 && !four && !dotted) && !(h24 && !four && !dotted))
        return 0;
    if (oclock && !has_pm)
        return 0; /* "at two o'clock" alone may be either half of the day */
    out->at = at;
    out->first = i;
    out->end = j;
    out->hedged = 0;
    int prec = named ? 20 : clock_precision(at);
    out->lo = at - prec;
    out->hi = at + prec;
    /* a hedge ending right before it: "shortly after", "at around" */
    if (i > 0) {
        int before = fl_phrases_ending(&k->clock_before, text, t, n, i - 1, &used);
        size_t u2 = 0;
        int after = before >= 0 ? fl_phrases_ending(&k->clock_after, text, t, n, i - 1, &u2) : -1;
        used = u2 > used ? u2 : used;
        if (before >= 0 && after >= 0) {
            if (before == after) {
                int w = before > 2 * prec ? before : 2 * prec;
                out->lo = at - w;
                out->hi = at + w;
            } else {
                out->lo = at - before;
                out->hi = at + after;
            }
            out->first = i - used;
            out->hedged = 1;
        }
    }
    return 1;
}

/* The day of month of the nth Sunday (-1: the last) of month m of year y. */
static int nth_sunday(int y, int m, int nth)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    int first = 1 + (6 - fl_weekday(y, m, 1) + 7) % 7; /* fl_weekday: 6 is Sunday */
    if (nth > 0)
        return first + 7 * (nth - 1) <= last ? first + 7 * (nth - 1) : first + 7 * (nth - 2);
    return first + 7 * ((last - first) / 7);
}

int fl_zone_offsets(const fl_knowledge *k, int zone, int y, int m, int d, int out[2])
{
    const fl_zone *z = &k->zones[zone];
    out[0] = z->offset;
    if (z->summer < 0)
        return 1;
    const fl_summer_period *p = k->summers[z->summer];
    size_t np = k->nsummer_periods[z->summer], i = 0;
    while (i < np && y && p[i].from > y)
        i++;
    if (!y || !m || !d || i == np) { /* no date, or a year before every period: either may hold */
        out[1] = z->offset + 60;
        return 2;
    }
    long day = fl_days_from_civil(y, m, d);
    long start = fl_days_from_civil(y, p[i].start_month, nth_sunday(y, p[i].start_month, p[i].start_nth));
    long end = fl_days_from_civil(y, p[i].end_month, nth_sunday(y, p[i].end_month, p[i].end_nth));
    int summer = start < end ? day >= start && day < end : day >= start || day < end;
    out[0] = z->offset + 60 * summer;
    return 1;
}

/* Is token i a dash ("-", an en or em dash)? */
static int dash_at(const char *text, const fl_token *t, size_t i)
{
    const char *p = text + t[i].start;
    size_t len = t[i].end - t[i].start;
    return t[i].kind == FL_TOK_PUNCT && ((len == 1 && *p == '-') || (len == 3 && memcmp(p, "\xe2\x80", 2) == 0 &&
                                                                     (p[2] == '\x93' || p[2] == '\x94')));
}

/* When token i starts a line that opens with a wire dateline ("LONDON, 5 March (Refining Monitor) -",
 * "PARIS (Reuters) -": a dash right after a closing parenthesis within its first 16 tokens), the token of
 * that dash; else i. The dateline names where the outlet wrote, not where the event was. */
static size_t past_dateline(const char *text, const fl_token *t, size_t n, size_t i)
{
    if (i > 0 && !memchr(text + t[i - 1].end, '\n', t[i].start - t[i - 1].end))
        return i;
    for (size_t j = i + 1; j < n && j < i + 16 && !memchr(text + t[j - 1].end, '\n', t[j].start - t[j - 1].end); j++)
        if (dash_at(text, t, j) && text[t[j - 1].start] == ')')
            return j;
    return i;
}

int fl_doc_zone(const char *text, const fl_token *t, size_t n, const fl_rules *r)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    int zone = -1;
    for (size_t i = 0; i < n; i++) {
        i = past_dateline(text, t, n, i);
        size_t used;
        int z = t[i].kind == FL_TOK_WORD ? fl_phrases_at(&k->zone_places, text, t, n, i, &used) : -1;
        if (z < 0)
            continue;
        if (zone >= 0 && (k->zones[z].offset != k->zones[zone].offset || k->zones[z].summer != k->zones[zone].summer))
            return -1; /* places of two zones */
        zone = z;
        i += used - 1;
    }
    return zone;
}

int fl_clock_conversion(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, int h24,
                        fl_clock *a, fl_clock *b)
{
    if (!fl_clock_read(text, t, n, i, r, h24, a))
        return 0;
    size_t j = a->end;
    if (j + 2 >= n || t[j].kind != FL_TOK_PUNCT || text[t[j].start] != '(')
        return 0;
    if (!fl_clock_read(text, t, n, j + 1, r, 1, b) || b->first != j + 1 || b->end >= n ||
        t[b->end].kind != FL_TOK_PUNCT || text[t[b->end].start] != ')')
        return 0;
    return 1;
}

/* The offsets from UTC a clock time's zone may have on day y-m-d (0: not known): a stated offset, a named zone's
 * or, with none or "local time", the document's zone doc_zone (-1: none). Returns how many (0 to 2). */
static int clock_offsets(const fl_knowledge *k, const fl_clock *c, int doc_zone, int y, int m, int d, int out[2])
{
    if (c->zone != FL_NO_ZONE) {
        out[0] = c->zone;
        return 1;
    }
    int z = c->zone_rule >= 0 ? c->zone_rule : doc_zone;
    return z >= 0 ? fl_zone_offsets(k, z, y, m, d, out) : 0;
}

/* Do two clock zones keep summer time in step: both by one rule, so that on a day not known both or neither
 * have it? */
static int same_summer(const fl_knowledge *k, const fl_clock *c, int doc_zone, const fl_clock *o)
{
    int zc = c->zone != FL_NO_ZONE ? -1 : c->zone_rule >= 0 ? c->zone_rule : doc_zone;
    int zo = o->zone != FL_NO_ZONE ? -1 : o->zone_rule >= 0 ? o->zone_rule : doc_zone;
    if (zc < 0 || zo < 0 || k->zones[zc].summer < 0 || k->zones[zo].summer < 0 ||
        !k->nsummer_periods[k->zones[zc].summer] || !k->nsummer_periods[k->zones[zo].summer])
        return 0; /* a summer time kept in some years only keeps no step */
    const fl_summer_period *pc = k->summers[k->zones[zc].summer], *po = k->summers[k->zones[zo].summer];
    return (pc->start_month < pc->end_month) == (po->start_month < po->end_month);
}

/* Does the hedge of clock c ("shortly before 2 a.m.") admit the moment `at` (minutes, in c's zone)? */
static int hedge_admits(const fl_clock *c, int at)
{
    if (!c->hedged)
        return 0;
    for (int day = -1440; day <= 1440; day += 1440) /* the moment may be across midnight of c's day */
        if (at + day >= c->lo && at + day <= c->hi)
            return 1;
    return 0;
}

int fl_conversion_agrees(const fl_rules *r, const fl_clock *a, const fl_clock *b, int doc_zone, int y, int m, int d,
                         int *expected)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    int oa[2], ob[2];
    if ((a->zone == FL_NO_ZONE && a->zone_rule < 0 && b->zone == FL_NO_ZONE && b->zone_rule < 0))
        return -1; /* neither names a zone: no conversion */
    int na = clock_offsets(k, a, doc_zone, y, m, d, oa), nb = clock_offsets(k, b, doc_zone, y, m, d, ob);
    if (!na || !nb)
        return -1;
    int step = na == 2 && nb == 2 && same_summer(k, a, doc_zone, b); /* no date: in step */
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++) {
            if (step && i != j)
                continue;
            int want = ((a->at - oa[i] + ob[j]) % 1440 + 1440) % 1440;
            if (i == 0 && j == 0)
                *expected = want;
            if (want == ((b->at % 1440) + 1440) % 1440 || hedge_admits(a, b->at - ob[j] + oa[i]) ||
                hedge_admits(b, a->at - oa[i] + ob[j]))
                return 1;
        }
    return 0;
}
