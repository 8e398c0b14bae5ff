/* tables.c - tables in plain text (tables.h): captions, header rows and rows of figures, found line by line. */
#include "extract/tables.h"

#include <stdlib.h>
#include <string.h>

#include "core/util.h"

typedef struct {
    uint32_t start, end; /* the line, trimmed */
} line;

static int space(char ch)
{
    return ch == ' ' || ch == '\t';
}

static fl_tspan trim(const char *s, size_t a, size_t b)
{
    while (a < b && space(s[a]))
        a++;
    while (b > a && space(s[b - 1]))
        b--;
    return (fl_tspan){(uint32_t)a, (uint32_t)b};
}

/* Do the n bytes at s open with an en dash (U+2013), the dash a typeset span of years is printed with? */
static int en_dash(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x93;
}

/* A period, not a figure: a year alone or a span of years ("2026", "2025/26", "2024-25", "2024–25"). */
static int year_cell(const char *s, size_t n)
{
    if (n < 4 || !fl_is_ascii_digit(s[0]) || !fl_is_ascii_digit(s[1]) || !fl_is_ascii_digit(s[2]) ||
        !fl_is_ascii_digit(s[3]))
        return 0;
    if (n == 4)
        return 1;
    size_t sep = s[4] == '/' || s[4] == '-' ? 1 : en_dash(s + 4, n - 4) ? 3 : 0; /* "2024–25", as printed */
    if (!sep)
        return 0;
    for (size_t i = 4 + sep; i < n; i++)
        if (!fl_is_ascii_digit(s[i]))
            return 0;
    return n == 6 + sep || n == 8 + sep;
}

/* The unit that ends a period header after a space (s[a, b) past the year): a currency sign and at most three
 * letters after it ("£m", "$bn", "€000"), or a bracket of no digit but a thousands notation ("(£m)", "(tonnes)"),
 * at most 16 bytes: the unit's first byte, or b when there is none. */
static size_t period_unit(const char *s, size_t a, size_t b)
{
    size_t u = a;
    while (u < b && space(s[u]))
        u++;
    if (u == a || u == b || b - u > 16)
        return b;
    if (s[u] == '(' && s[b - 1] == ')') {
        for (size_t i = u + 1; i + 1 < b; i++)
            if (s[i] == '(' || (fl_is_ascii_digit(s[i]) && s[i] != '0'))
                return b;
        return u;
    }
    size_t p = u;
    if (s[p] == '$')
        p++;
    else if ((unsigned char)s[p] >= 0xC0)
        for (p++; p < b && ((unsigned char)s[p] & 0xC0) == 0x80;)
            p++;
    if (p == u || b - p > 3)
        return b;
    for (size_t i = p; i < b; i++)
        if (!fl_is_ascii_alpha(s[i]) && s[i] != '0')
            return b;
    return u;
}

int fl_table_header_unit(const char *s, fl_tspan h, const fl_lexicon *labels, fl_tspan *unit)
{
    int year;
    fl_tspan lab;
    size_t e = h.end;
    while (e > h.start && !space(s[e - 1]) && s[e - 1] != ')')
        e--;
    if (e > h.start && s[e - 1] == ')') /* "FY2026 (£m)": from its bracket */
        while (e > h.start && s[e - 1] != '(')
            e--;
    e -= e > h.start && s[e - 1] == '(';
    while (e > h.start && space(s[e - 1]))
        e--;
    if (e == h.start || period_unit(s, e, h.end) == h.end || !fl_table_period_header(s, h, labels, &year, &lab))
        return 0;
    *unit = (fl_tspan){(uint32_t)period_unit(s, e, h.end), h.end};
    return 1;
}

int fl_table_period_header(const char *s, fl_tspan h, const fl_lexicon *labels, int *year, fl_tspan *label)
{
    size_t a = h.start, b = h.end, w = a;
    while (w < b && fl_is_ascii_alpha(s[w]))
        w++;
    if (w > a && w < b && fl_is_ascii_digit(s[w]) && (w + 1 == b || space(s[w + 1])))
        w++; /* "H1", "Q3" */
    *label = (fl_tspan){(uint32_t)a, (uint32_t)w};
    if (w > a && !fl_lexicon_has(labels, s + a, w - a, 1))
        return 0;
    while (w < b && space(s[w]))
        w++;
    size_t y = w;
    while (y < b && !space(s[y]))
        y++;
    if (y < b && period_unit(s, y, b) < b)
        b = y; /* "FY2026 £m": the period before its unit */
    if (!year_cell(s + w, b - w))
        return 0;
    *year = atoi(s + w);
    return *year >= 1900 && *year <= 2100;
}

/* Does the n bytes at s open with an ordinal's suffix ("st", "nd", "rd", "th") that ends a word there? */
static int ordinal_suffix(const char *s, size_t n)
{
    static const char *const sfx[] = {"st", "nd", "rd", "th"};
    if (n < 2 || (n > 2 && fl_is_ascii_alpha((unsigned char)s[2])))
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (fl_ascii_ieq(s, sfx[k], 2))
            return 1;
    return 0;
}

int fl_table_figure(const char *s, size_t n)
{
    size_t i = 0;
    size_t w = 0;
    while (w < n && !space(s[w]))
        w++;
    if (year_cell(s, n) || (n > 5 && year_cell(s, 4) && space(s[4]) && period_unit(s, 4, n) < n) ||
        (w > 4 && w < n && year_cell(s, w)))
        return 0; /* "2025/26", "2025 £m", "2026/27 budget (£m)": a span of years is never a figure */
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    else if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x88 && (unsigned char)s[2] == 0x92)
        i += 3; /* a minus sign */
    /* a currency sign: "$", or one character that is not ASCII ("£", "€") */
    if (i < n && s[i] == '$')
        i++;
    else if (i < n && (unsigned char)s[i] >= 0xC0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    if (i >= n || !fl_is_ascii_digit(s[i]))
        return 0;
    size_t d = i;
    while (d < n && fl_is_ascii_digit(s[d]))
        d++;
    return !ordinal_suffix(s + d, n - d); /* "1st XI", "3rd place": a label, no figure */
}

int fl_table_change_column(const char *s, const fl_rules *r, const fl_table *t, size_t col)
{
    fl_tspan h = t->head[col];
    return h.end > h.start && fl_lexicon_has(fl_rules_lexicon(r, "table-changes"), s + h.start, h.end - h.start, 1);
}

/* Cell c without the Markdown emphasis around it, one mark or two on each side ("**Total**", "**262,500**"). */
static fl_tspan unemphasised(const char *s, fl_tspan c)
{
    for (int k = 0;
         k < 2 && c.end - c.start > 2 && (s[c.start] == '*' || s[c.start] == '_') && s[c.end - 1] == s[c.start]; k++) {
        c.start++;
        c.end--;
    }
    return c;
}

/* Splits the line [a, b) at its bars into cells (a Markdown row's outer bars dropped); returns their count, 0 when
 * the line has no bar or more cells than FL_TABLE_COLS, or an empty cell but, when corner is set (a header row), the
 * first: the corner over the row labels is often left blank ("| | FY2026 | FY2025 | Change |"). */
static size_t bar_cells(const char *s, size_t a, size_t b, fl_tspan *cell, int corner)
{
    if (!memchr(s + a, '|', b - a))
        return 0;
    if (s[a] == '|')
        a++;
    if (b > a && s[b - 1] == '|')
        b--;
    size_t n = 0, from = a;
    for (size_t i = a; i <= b; i++) {
        if (i < b && s[i] != '|')
            continue;
        if (n == FL_TABLE_COLS)
            return 0;
        cell[n] = unemphasised(s, trim(s, from, i));
        if (cell[n].start == cell[n].end && (n || !corner))
            return 0;
        n++;
        from = i + 1;
    }
    return n;
}

/* A Markdown table's rule line ("---|:---:"): only dashes, colons, bars and spaces. */
static int rule_line(const char *s, size_t a, size_t b)
{
    int dash = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '-')
            dash = 1;
        else if (s[i] != ':' && s[i] != '|' && !space(s[i]))
            return 0;
    }
    return dash;
}

/* Is s[a, b) a period a cell states before its figure: at most four words, each of letters or a year ("October
 * 2026", "2025", "Q2 2026" is not one), a year among them? */
static int cell_period(const char *s, size_t a, size_t b)
{
    size_t words = 0, years = 0;
    for (size_t i = a; i < b;) {
        size_t e = i;
        while (e < b && !space(s[e]))
            e++;
        int letters = 1;
        for (size_t x = i; x < e; x++)
            letters &= fl_is_ascii_alpha(s[x]);
        if (year_cell(s + i, e - i))
            years++;
        else if (!letters)
            return 0;
        words++;
        for (i = e; i < b && space(s[i]);)
            i++;
    }
    return years && words <= 4;
}

/* Splits the value cell *c of a "Label: value" row into the period it states and its figure: "October 2026 4.8%",
 * "2025: 1,310.0" (*per the period, *c the figure), or a figure alone (*per none). 0 when it is neither. */
static int dated_figure(const char *s, fl_tspan *c, fl_tspan *per)
{
    *per = (fl_tspan){0, 0};
    size_t f = c->end;
    while (f > c->start && !space(s[f - 1]))
        f--;
    size_t e = f;
    while (e > c->start && space(s[e - 1]))
        e--;
    e -= e > c->start && s[e - 1] == ':';
    if (f == c->start || !fl_table_figure(s + f, c->end - f) || !cell_period(s, c->start, e))
        return fl_table_figure(s + c->start, c->end - c->start); /* "421 million" */
    *per = trim(s, c->start, e);
    c->start = (uint32_t)f;
    return 1;
}

/* The cells of a "Label: value" row ("Potholes repaired: 52,300 | 64,100"): the label before the colon, a figure
 * right after it and the figures after its bars, each perhaps after its own period (per, dated_figure); 0 when the
 * line is no such row. */
static size_t label_cells(const char *s, size_t a, size_t b, fl_tspan *cell, fl_tspan *per)
{
    const char *colon = memchr(s + a, ':', b - a);
    if (!colon || colon == s + a || !((s[a] >= 'A' && s[a] <= 'Z') || (s[a] >= 'a' && s[a] <= 'z')))
        return 0;
    size_t c = (size_t)(colon - s);
    if (c + 1 >= b || !space(s[c + 1]))
        return 0;
    cell[0] = trim(s, a, c);
    size_t n = bar_cells(s, c + 1, b, cell + 1, 0);
    if (!n) {
        n = 1;
        cell[1] = trim(s, c + 1, b);
    } else if (n + 1 > FL_TABLE_COLS)
        return 0;
    per[0] = (fl_tspan){0, 0};
    for (size_t i = 1; i <= n; i++)
        if (!dated_figure(s, &cell[i], &per[i]))
            return 0;
    return n + 1;
}

/* Is the line [a, b) a caption ("Table 1: ...", "Table 2. ..."): a word of "table-captions", a number or a short
 * id, then a colon or a stop? Sets *text to what follows. */
static int caption(const char *s, size_t a, size_t b, const fl_lexicon *words, fl_tspan *text)
{
    size_t w = a;
    while (w < b && !space(s[w]))
        w++;
    if (w == a || w >= b || !fl_lexicon_has(words, s + a, w - a, 1))
        return 0;
    size_t id = w + 1, e = id;
    while (e < b && e - id < 6 && (fl_is_ascii_digit(s[e]) || fl_is_ascii_alpha(s[e])))
        e++;
    if (e == id || !fl_is_ascii_digit(s[id]) || e >= b || (s[e] != ':' && s[e] != '.'))
        return 0;
    *text = trim(s, e + 1, b);
    return text->start < text->end;
}

/* Is the line [a, b) a heading that ends in the unit of the figures under it, in brackets ("Summary income statement
 * (£ million)", "Key figures ($m)", "Summary table (£m unless stated)", "Costs (£000)"): words, then a bracket of
 * at most 40 bytes that closes the line, no digit in it but a thousands notation ("000")? Sets *text to all of it. */
static int unit_heading(const char *s, size_t a, size_t b, fl_tspan *text)
{
    if (b - a < 4 || s[b - 1] != ')' || !fl_is_ascii_alpha(s[a]))
        return 0;
    size_t o = b - 1;
    while (o > a && s[o - 1] != '(')
        o--;
    if (o <= a + 1 || b - 1 - o > 40 || b - 1 == o || memchr(s + a, '|', b - a) || memchr(s + a, ':', b - a))
        return 0;
    for (size_t i = o; i < b - 1; i++) {
        if (i + 3 <= b - 1 && memcmp(s + i, "000", 3) == 0 && !fl_is_ascii_digit(s[i - 1]) &&
            (i + 3 == b - 1 || !fl_is_ascii_digit(s[i + 3])))
            i += 2; /* "£000" */
        else if (fl_is_ascii_digit(s[i]) || s[i] == '(')
            return 0;
    }
    *text = (fl_tspan){(uint32_t)a, (uint32_t)b};
    return 1;
}

/* Is the line [a, b) a title a header row may stand under ("Revenue by segment", "Fines by company, EUR m"): a
 * capital first, at most 60 bytes and eight words, no bar, colon or digit, and no stop, question or exclamation mark
 * at its end (a sentence)? */
static int title_line(const char *s, size_t a, size_t b)
{
    size_t words = 1;
    if (b - a > 60 || s[a] < 'A' || s[a] > 'Z' || s[b - 1] == '.' || s[b - 1] == '?' || s[b - 1] == '!')
        return 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '|' || s[i] == ':' || fl_is_ascii_digit(s[i]))
            return 0;
        words += space(s[i]) && !space(s[i + 1]);
    }
    return words <= 8;
}

/* Does a row's label name the whole: its first or last word, or all of it, a word of "table-totals"? */
static int total_label(const char *s, fl_tspan l, const fl_lexicon *totals)
{
    size_t a = l.start, b = l.end, w = a, v = b;
    while (w < b && !space(s[w]))
        w++;
    while (v > a && !space(s[v - 1]))
        v--;
    return fl_lexicon_has(totals, s + a, b - a, 1) || fl_lexicon_has(totals, s + a, w - a, 1) ||
           fl_lexicon_has(totals, s + v, b - v, 1);
}

/* A row of figures: a label that is no figure and a figure among its other cells. */
static int figure_row(const char *s, const fl_tspan *cell, size_t n)
{
    if (n < 2 || fl_table_figure(s + cell[0].start, cell[0].end - cell[0].start))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (fl_table_figure(s + cell[i].start, cell[i].end - cell[i].start))
            return 1;
    return 0;
}

typedef struct {
    const char *s;
    const line *ln;
    size_t nl;
    const fl_lexicon *captions, *totals;
} finder;

/* The table that starts at line i, when one does, into out (its rows appended); returns the lines it spans, 0 when
 * none starts there. */
static size_t table_at(const finder *f, size_t i, fl_tables *out, size_t *caprows)
{
    const char *s = f->s;
    fl_table t;
    memset(&t, 0, sizeof t);
    size_t j = i, ncols = 0, header = 0, nrows = 0, n;
    int heading = 0, titled = 0;
    fl_tspan cell[FL_TABLE_COLS];
    fl_tspan per[FL_TABLE_COLS];
    if (caption(s, f->ln[j].start, f->ln[j].end, f->captions, &t.caption) ||
        (heading = unit_heading(s, f->ln[j].start, f->ln[j].end, &t.caption)))
        j++;
    else if (j + 1 < f->nl && title_line(s, f->ln[j].start, f->ln[j].end) &&
             (n = bar_cells(s, f->ln[j + 1].start, f->ln[j + 1].end, cell, 1)) >= 2 && !figure_row(s, cell, n)) {
        t.caption = (fl_tspan){f->ln[j].start, f->ln[j].end}; /* a title right above a header row */
        titled = 1;
        j++;
    }
    n = j < f->nl ? bar_cells(s, f->ln[j].start, f->ln[j].end, cell, 1) : 0;
    /* under a caption, "Employment rate: October 2026 76.2% | October 2025 75.8%" is a row, no header */
    fl_tspan scratch[FL_TABLE_COLS];
    if (n >= 2 && !figure_row(s, cell, n) &&
        !(t.caption.end && label_cells(s, f->ln[j].start, f->ln[j].end, scratch, per))) {
        memcpy(t.head, cell, n * sizeof cell[0]);
        ncols = n;
        header = 1;
        j++;
    }
    size_t first = out->nrows;
    for (; j < f->nl; j++) {
        /* under a caption with no header, "Potholes repaired: 52,300 | 64,100" is a label and two cells */
        /* under a heading, only such rows, or rows of bars under a header row ("Summary table (£m unless
         * stated)", then "Measure | FY2026 | FY2025") */
        memset(per, 0, sizeof per);
        n = t.caption.end && !header ? label_cells(s, f->ln[j].start, f->ln[j].end, cell, per) : 0;
        int piped = !n;
        if (!n && (!heading || header))
            n = bar_cells(s, f->ln[j].start, f->ln[j].end, cell, 0);
        if (!n || !figure_row(s, cell, n) || (ncols && n != ncols))
            break;
        ncols = n;
        FL_GROW(out->rows, *caprows, out->nrows + 1);
        fl_table_row *r = &out->rows[out->nrows++];
        memset(r, 0, sizeof *r);
        r->table = (uint32_t)out->ntables;
        memcpy(r->cell, cell, n * sizeof cell[0]);
        r->ncells = (uint8_t)n;
        r->piped = (uint8_t)piped;
        memcpy(r->per, per, sizeof per);
        for (size_t c = 1; c < n; c++)
            r->dated |= per[c].end > per[c].start;
        r->total = (uint8_t)total_label(s, cell[0], f->totals);
        nrows++;
    }
    if (!(t.caption.end && !titled ? nrows >= 1 : header && nrows >= 2)) {
        out->nrows = first;
        return 0;
    }
    t.ncols = (uint8_t)ncols;
    out->tables = fl_xrealloc(out->tables, (out->ntables + 1) * sizeof *out->tables);
    out->tables[out->ntables++] = t;
    return j - i;
}

void fl_tables_find(const char *text, size_t start, size_t end, const fl_rules *r, fl_tables *out)
{
    memset(out, 0, sizeof *out);
    if (!memchr(text + start, '|', end - start) && !memchr(text + start, ':', end - start))
        return;
    line *ln = NULL;
    size_t nl = 0, cap = 0;
    for (size_t i = start; i < end; i = fl_next_line(text, end, i)) {
        fl_tspan t = trim(text, i, fl_line_end(text, end, i));
        if (t.start == t.end || rule_line(text, t.start, t.end))
            continue; /* blank lines and a Markdown table's rule line part no table */
        FL_GROW(ln, cap, nl + 1);
        ln[nl++] = (line){t.start, t.end};
    }
    finder f = {text, ln, nl, fl_rules_lexicon(r, "table-captions"), fl_rules_lexicon(r, "table-totals")};
    size_t caprows = 0;
    for (size_t i = 0; i < nl;) {
        size_t used = table_at(&f, i, out, &caprows);
        i += used ? used : 1;
    }
    free(ln);
    fl_map_init(&out->labels, 1);
    for (size_t i = 0; i < out->nrows; i++)
        if (!out->rows[i].total)
            fl_map_put(&out->labels, text + out->rows[i].cell[0].start,
                       out->rows[i].cell[0].end - out->rows[i].cell[0].start, (int)i);
}

void fl_tables_free(fl_tables *t)
{
    free(t->tables);
    free(t->rows);
    fl_map_free(&t->labels);
    memset(t, 0, sizeof *t);
}

const fl_table_row *fl_tables_cell(const fl_tables *t, size_t off, size_t *col, size_t *hint)
{
    size_t i = *hint;
    while (i < t->nrows && t->rows[i].cell[t->rows[i].ncells - 1].end <= off)
        i++;
    *hint = i;
    if (i == t->nrows)
        return NULL;
    const fl_table_row *r = &t->rows[i];
    for (size_t c = 1; c < r->ncells; c++)
        if (off >= r->cell[c].start && off < r->cell[c].end) {
            *col = c;
            return r;
        }
    return NULL;
}
