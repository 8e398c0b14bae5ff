/* markers.c - footnote markers and notes sections (the footnote rules are check/footnotes.c).
 *
 * Markers come in explicit forms ([12], [^12], superscripts) and as digits glued to the text. Glued digits
 * are ambiguous ("in January 2022.33" is a year and marker 33; "21.3 bcm" is a decimal), so they are
 * candidates that the document's own footnote sequence accepts or rejects: digits glued after closing
 * punctuation are markers once the document shows that style more than once; digits glued to a letter or
 * after a year's period are markers only where the sequence expects exactly that number. */
#include "extract/markers.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t start, end;
    int value;
    const char *label;
    int style;
    int accepted;
    int decimal_ok; /* for FL_MK_GLUED_DECIMAL: followed by a sentence end */
} cand;

typedef struct {
    cand *items;
    size_t len, cap;
} cand_list;

static void add_cand(cand_list *l, size_t start, size_t end, int value, const char *label, int style)
{
    FL_GROW(l->items, l->cap, l->len + 1);
    cand *c = &l->items[l->len++];
    memset(c, 0, sizeof(*c));
    c->start = start;
    c->end = end;
    c->value = value;
    c->label = label;
    c->style = style;
    c->accepted = style == FL_MK_BRACKET || style == FL_MK_CARET || style == FL_MK_SUPERSCRIPT;
}

static int superscript_digit(int32_t cp)
{
    switch (cp) {
    case 0x2070:
        return 0;
    case 0xB9:
        return 1;
    case 0xB2:
        return 2;
    case 0xB3:
        return 3;
    default:
        return (cp >= 0x2074 && cp <= 0x2079) ? (int)(cp - 0x2070) : -1;
    }
}

/* Reads the run of superscript digits at s[i..end); returns where it ends, with its value in *v, or -1 in *v
 * when it has more than 3 digits: as with bracketed and glued markers, no footnote goes past 999, and a
 * long run ("¹²³⁴⁵¹²³⁴⁵...") must not overflow. */
static size_t superscript_run(const char *s, size_t end, size_t i, int *v)
{
    int32_t cp;
    int dgt, digits = 0;
    *v = 0;
    while (i < end && (dgt = superscript_digit((fl_utf8_next(s, end, i, &cp), cp))) >= 0) {
        if (++digits <= 3)
            *v = *v * 10 + dgt;
        i += fl_utf8_next(s, end, i, &cp);
    }
    if (digits > 3)
        *v = -1;
    return i;
}

static int is_letter_cp(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7);
}

/* Parses 1-3 digits at s[i]; returns the value or -1, and the end in *e. */
static int parse_small(const char *s, size_t i, size_t end, size_t *e)
{
    size_t j = i;
    int v = 0;
    while (j < end && fl_is_ascii_digit((unsigned char)s[j]) && j - i < 4) {
        v = v * 10 + (s[j] - '0');
        j++;
    }
    if (j == i || j - i > 3 || (j < end && fl_is_ascii_digit((unsigned char)s[j])))
        return -1;
    *e = j;
    return v;
}

/* "[^label]:" at the start of a line (up to 3 spaces). Returns the end of "]:" or 0, with the label. */
static size_t md_definition(const char *s, size_t i, size_t le, size_t *la, size_t *lb)
{
    size_t k = i;
    while (k < le && s[k] == ' ' && k - i < 3)
        k++;
    if (k + 4 > le || s[k] != '[' || s[k + 1] != '^')
        return 0;
    size_t a = k + 2, b = a;
    while (b < le && s[b] != ']' && !fl_is_ascii_space((unsigned char)s[b]))
        b++;
    if (b == a || b + 1 >= le || s[b] != ']' || s[b + 1] != ':')
        return 0;
    *la = a;
    *lb = b;
    return b + 2;
}

static int label_value(const char *s, size_t a, size_t b)
{
    size_t e;
    int v = parse_small(s, a, b, &e);
    return (v >= 0 && e == b) ? v : -1;
}

static void add_entry(fl_doc *d, size_t *cap, size_t start, size_t end, int value, const char *label)
{
    FL_ARENA_GROW(d->arena, d->entries, *cap, d->nentries + 1);
    fl_marker *m = &d->entries[d->nentries++];
    m->start = start;
    m->end = end;
    m->value = value;
    m->label = label;
    m->style = label ? FL_MK_CARET : FL_MK_BRACKET;
}

/* A notes entry opening a line: "12. ", "12) ", "[12] ", "12 Author", "¹² ", "^12 ". Returns the value or -1. */
static int entry_number(const char *s, size_t i, size_t le, size_t *ns, size_t *ne)
{
    size_t k = i;
    while (k < le && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k + 1 < le && (s[k] == '-' || s[k] == '*') && s[k + 1] == ' ')
        k += 2;
    size_t e;
    int v;
    if (k + 1 < le && s[k] == '^') {
        /* "^12 text", "^12. text": the caret style's own notes */
        v = parse_small(s, k + 1, le, &e);
        if (v < 0 || e + 1 >= le)
            return -1;
        size_t after = (s[e] == '.' || s[e] == ')' || s[e] == ':') ? e + 1 : e;
        if (s[after] != ' ' && s[after] != '\t')
            return -1;
        *ns = k;
        *ne = after;
        return v;
    }
    if (k < le && s[k] == '(') {
        /* "(12) text": the parenthesised style's own notes */
        v = parse_small(s, k + 1, le, &e);
        if (v < 0 || e + 1 >= le || s[e] != ')' || (s[e + 1] != ' ' && s[e + 1] != '\t'))
            return -1;
        *ns = k;
        *ne = e + 1;
        return v;
    }
    if (k < le && s[k] == '[') {
        v = parse_small(s, k + 1, le, &e);
        if (v >= 0 && e < le && s[e] == ']') {
            *ns = k;
            *ne = e + 1;
            return v;
        }
        return -1;
    }
    int32_t cp;
    if (k < le && superscript_digit((fl_utf8_next(s, le, k, &cp), cp)) >= 0) {
        size_t j = superscript_run(s, le, k, &v);
        if (v < 0)
            return -1;
        *ns = k;
        *ne = j;
        return v;
    }
    v = parse_small(s, k, le, &e);
    if (v < 0 || e >= le)
        return -1;
    if ((s[e] == '.' || s[e] == ')') && e + 1 < le && (s[e + 1] == ' ' || s[e + 1] == '\t')) {
        *ns = k;
        *ne = e + 1;
        return v;
    }
    if ((s[e] == ' ' || s[e] == '\t') && e + 1 < le && !fl_is_ascii_digit((unsigned char)s[e + 1]) && s[e + 1] != ' ' &&
        !(s[e + 1] >= 'a' && s[e + 1] <= 'z')) {
        *ns = k;
        *ne = e;
        return v;
    }
    return -1;
}

/* Does the paragraph name a notes section: a heading of the lexicon ("Notes", "**Sources:**"), or such a line with
 * its entries glued under it in one block ("Sources" then "1 Estate plan.")? Sets *hend to the heading's end. */
static int heading_is_notes(const fl_doc *d, const fl_para *p, const fl_lexicon *lex, size_t *hend)
{
    const char *s = d->text;
    size_t a = p->start, b = p->end, ns, ne;
    if (!p->heading) {
        b = fl_line_end(s, d->len, a);
        size_t next = fl_next_line(s, d->len, a);
        if (b >= p->end || next >= p->end || entry_number(s, next, fl_line_end(s, d->len, next), &ns, &ne) < 0)
            return 0;
    }
    *hend = b;
    while (a < b && (s[a] == '*' || s[a] == '_' || s[a] == ' '))
        a++;
    while (b > a && (s[b - 1] == '*' || s[b - 1] == '_' || s[b - 1] == ':' || s[b - 1] == ' '))
        b--;
    return b > a && fl_lexicon_has(lex, s + a, b - a, 1);
}

/* Does paragraph k start after a blank line? */
static int after_blank(const fl_doc *d, size_t k)
{
    if (k == 0)
        return 1;
    int nl = 0;
    for (size_t i = d->paras[k - 1].end; i < d->paras[k].start; i++)
        nl += d->text[i] == '\n';
    return nl >= 2;
}

/* The entry number that opens paragraph k, or -1. */
static int para_entry(const fl_doc *d, size_t k)
{
    size_t ns, ne;
    return entry_number(d->text, d->paras[k].start, fl_line_end(d->text, d->len, d->paras[k].start), &ns, &ne);
}

/* Does the heading at paragraph k open a new numbered list that restarts below last, the last entry before it
 * ("Recommendations" 1, 2 ... after notes 1-4; a numbered "Bibliography" after "Notes")? A sub-heading whose
 * entries go on with the numbering ("Secondary sources" then 5.) does not. */
static int restarts_list(const fl_doc *d, size_t k, int last)
{
    const fl_para *p = &d->paras[k];
    if (!p->heading || !after_blank(d, k) || para_entry(d, k) >= 0)
        return 0;
    for (size_t i = k + 1; i < d->npara; i++) {
        int v = para_entry(d, i);
        if (v >= 0)
            return v <= last;
    }
    return 0;
}

/* The notes section: the last notes heading with something after it, or, when the heading before it names
 * notes too and only entries stand between them ("Notes" 1, 2 then a numbered "Bibliography"), that earlier one.
 * Its entries end where a heading restarts the numbering (*end). Returns the heading's paragraph, or npara. */
static size_t notes_heading(const fl_doc *d, const fl_lexicon *lex, size_t *hend, size_t *end)
{
    size_t h = d->npara, he = 0;
    for (size_t i = d->npara; i-- > 0;)
        if ((i + 1 < d->npara || !d->paras[i].heading) && heading_is_notes(d, &d->paras[i], lex, &he)) {
            h = i;
            break;
        }
    if (h == d->npara)
        return h;
    *hend = he;
    *end = d->len;
    size_t k = h;
    int last = -1;
    while (k > 0 && para_entry(d, k - 1) >= 0) {
        k--;
        if (last < 0)
            last = para_entry(d, k);
    }
    if (last > 0 && k > 0 && k < h && restarts_list(d, h, last) && heading_is_notes(d, &d->paras[k - 1], lex, &he)) {
        *end = d->paras[h].start;
        *hend = he;
        return k - 1;
    }
    last = -1;
    for (size_t i = h + 1; i < d->npara; i++) {
        if (last > 0 && restarts_list(d, i, last)) {
            *end = d->paras[i].start;
            break;
        }
        int v = para_entry(d, i);
        last = v >= 0 ? v : last;
    }
    return h;
}

static void find_notes(fl_doc *d, const fl_rules *r, size_t *ecap)
{
    const char *s = d->text;
    const fl_lexicon *lex = fl_rules_lexicon(r, "notes-headings");
    size_t hend = 0, end = d->len, h = notes_heading(d, lex, &hend, &end);
    if (h < d->npara) {
        d->notes_start = d->paras[h].start;
        d->notes_heading_end = hend;
        d->has_notes = 1;
    }
    /* Markdown footnote definitions anywhere */
    for (size_t i = d->start; i < d->len; i = fl_next_line(s, d->len, i)) {
        size_t le = fl_line_end(s, d->len, i), la, lb;
        if (md_definition(s, i, le, &la, &lb)) {
            const char *label = fl_arena_strndup(d->arena, s + la, lb - la);
            add_entry(d, ecap, la - 2, lb + 1, label_value(s, la, lb), label);
            d->has_notes = 1;
        }
    }
    if (d->notes_start < d->len) {
        for (size_t i = d->notes_heading_end; i < end; i = fl_next_line(s, d->len, i)) {
            size_t le = fl_line_end(s, d->len, i), ns, ne, la, lb;
            if (md_definition(s, i, le, &la, &lb))
                continue;
            int v = entry_number(s, i, le, &ns, &ne);
            if (v >= 0)
                add_entry(d, ecap, ns, ne, v, NULL);
        }
    }
}

/* Without a heading: a run of numbered paragraphs 1, 2, 3 ... that closes the document. */
static void find_trailing_list(fl_doc *d, size_t *ecap)
{
    const char *s = d->text;
    size_t first = d->npara;
    int expect = -1;
    for (size_t i = d->npara; i-- > 0;) {
        const fl_para *p = &d->paras[i];
        size_t ns, ne;
        int v = entry_number(s, p->start, fl_line_end(s, d->len, p->start), &ns, &ne);
        if (v < 1 || (expect >= 0 && v != expect) || s[ns] == '(')
            break;
        expect = v - 1;
        first = i;
        if (v == 1)
            break;
    }
    if (first + 2 > d->npara || expect != 0)
        return;
    d->notes_start = d->paras[first].start;
    d->notes_heading_end = d->notes_start;
    d->has_notes = 1;
    for (size_t i = first; i < d->npara; i++) {
        size_t ns, ne;
        int v = entry_number(s, d->paras[i].start, fl_line_end(s, d->len, d->paras[i].start), &ns, &ne);
        add_entry(d, ecap, ns, ne, v, NULL);
    }
}

/* Is the text after a glued decimal candidate a sentence end (paragraph end, or a capital next)? */
static int sentence_end_after(const char *s, size_t i, size_t len)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= len || s[i] == '\n' || s[i] == '\r')
        return 1;
    int32_t cp;
    fl_utf8_next(s, len, i, &cp);
    return !(cp >= 'a' && cp <= 'z');
}

static int glued_follow_ok(const char *s, size_t e, size_t len)
{
    if (e >= len)
        return 1;
    unsigned char c = (unsigned char)s[e];
    if (fl_is_ascii_space(c) || strchr(".,;:!?)]\"'", c))
        return 1;
    int32_t cp;
    fl_utf8_next(s, len, e, &cp);
    return cp == 0x201D || cp == 0x2019 || cp == 0x2014 || cp == 0x2013 || cp == 0xA0;
}

/* A bracketed list of note numbers at s[i] == '[': "[12]", "[3, 4]", "[5-7]" (not a link "[1](url)" or a
 * definition "[1]:"); adds a candidate per number and returns the end of the list, or 0 for none. */
static size_t bracket_list(const char *s, size_t i, size_t body_end, cand_list *cl)
{
    size_t j = i + 1, e;
    int vals[16], n = 0, ok = 1, range = 0;
    while (ok) {
        int v = parse_small(s, j, body_end, &e);
        if (v < 0) {
            ok = 0;
            break;
        }
        if (range && n > 0) {
            for (int x = vals[n - 1] + 1; x <= v && n < 16; x++)
                vals[n++] = x;
        } else if (n < 16)
            vals[n++] = v;
        j = e;
        range = 0;
        if (j < body_end && s[j] == ']')
            break;
        if (j < body_end && (s[j] == ',' || s[j] == '-')) {
            range = s[j] == '-';
            j++;
        } else if (j + 2 < body_end && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
                   (unsigned char)s[j + 2] == 0x93) {
            range = 1;
            j += 3;
        } else
            ok = 0;
        while (j < body_end && s[j] == ' ')
            j++;
    }
    if (ok && j < body_end && s[j] == ']' && (j + 1 >= body_end || (s[j + 1] != '(' && s[j + 1] != ':'))) {
        for (int x = 0; x < n; x++)
            add_cand(cl, i, j + 1, vals[x], NULL, FL_MK_BRACKET);
        return j + 1;
    }
    return 0;
}

/* A run of superscript digits at s[i]: a marker unless it is an exponent: after a digit, or a ² or ³ after a unit
 * of one or two letters ("5 km²", "1,200m²", "9.5 million m²") or a short unit after a slash ("kg/m²",
 * "people/km²"). Returns the end of the run. */
static size_t superscript_marker(const fl_doc *d, cand_list *cl, size_t i, size_t body_end)
{
    const char *s = d->text;
    int32_t prev = 0;
    if (i > d->start)
        fl_utf8_prev(s, i, &prev);
    int v;
    size_t j = superscript_run(s, body_end, i, &v);
    int exponent = prev >= '0' && prev <= '9';
    if (!exponent && is_letter_cp(prev)) {
        size_t a = i;
        while (a > d->start && fl_is_ascii_alpha((unsigned char)s[a - 1]) && i - a <= 3)
            a--;
        /* "5 km²", "9.5 million m²": a square or cube of a word of one or two small letters is a unit's,
         * whatever is before it; "+1.3 pts²" is a marker */
        int unit_power = (v == 2 || v == 3) && j - i == 2 && i - a <= 2 && (s[a] >= 'a' && s[a] <= 'z');
        exponent = i - a <= 3 && a > d->start &&
                   (s[a - 1] == '/' || fl_is_ascii_digit((unsigned char)s[a - 1]) || (s[a - 1] == ' ' && unit_power));
    }
    if (!exponent && prev != 0 && prev != ' ' && v > 0)
        add_cand(cl, i, j, v, NULL, FL_MK_SUPERSCRIPT);
    return j;
}

/* Does the bracketed text that closes at s[close] (")" or "]") hold an operator, so that a caret after it
 * is an exponent ("(1+r)^2")? Looks back on the line, up to 64 bytes. */
static int bracket_holds_operator(const fl_doc *d, size_t close)
{
    const char *s = d->text;
    char open = s[close] == ')' ? '(' : '[';
    for (size_t k = close; k-- > d->start && close - k <= 64 && s[k] != '\n';) {
        if (s[k] == open)
            return 0;
        if (strchr("+*/=^", s[k]))
            return 1;
    }
    return 0;
}

/* Is the caret at s[caret] an exponent rather than a footnote marker? After a digit ("10^3"), after a word of
 * one or two letters ("m^2", "km^2", "x^2") or a short unit after a digit or slash ("5sec^2", "kg/mol^2"), after
 * a bracket holding an operator ("(1+r)^2"); a marker follows a longer word, punctuation or a closing quote. */
static int caret_is_exponent(const fl_doc *d, size_t caret)
{
    const char *s = d->text;
    int32_t prev = 0;
    if (caret <= d->start)
        return 1;
    fl_utf8_prev(s, caret, &prev);
    if (prev == ')' || prev == ']')
        return bracket_holds_operator(d, caret - 1);
    if (prev < 0x80 && fl_is_ascii_alpha((unsigned char)prev)) {
        size_t a = caret;
        while (a > d->start && fl_is_ascii_alpha((unsigned char)s[a - 1]) && caret - a <= 3)
            a--;
        size_t len = caret - a;
        return len <= 2 ||
               (len == 3 && a > d->start && (fl_is_ascii_digit((unsigned char)s[a - 1]) || s[a - 1] == '/'));
    }
    if (is_letter_cp(prev) || prev == '%' || prev == '"' || prev == 0x201D || prev == 0x2019 || prev == 0xBB)
        return 0;
    return !(prev > 0 && prev < 0x80 && strchr(".,;:!?", (int)prev));
}

/* Digits after a caret at s[i] (s[i - 1] == '^'): a candidate of the caret style unless an exponent. Returns
 * the end of the digits. */
static size_t caret_marker(const fl_doc *d, cand_list *cl, size_t i, size_t body_end)
{
    const char *s = d->text;
    size_t e;
    int v = parse_small(s, i, body_end, &e);
    if (v <= 0 || !glued_follow_ok(s, e, body_end) ||
        (e + 1 < body_end && (s[e] == '.' || s[e] == ',') && fl_is_ascii_digit((unsigned char)s[e + 1])) ||
        caret_is_exponent(d, i - 1)) {
        while (i < body_end && fl_is_ascii_digit((unsigned char)s[i]))
            i++;
        return i;
    }
    add_cand(cl, i - 1, e, v, NULL, FL_MK_CARET_DIGITS);
    return e;
}

/* "(3)" at s[i - 1] closing a clause after a space ("grapes (1).", "the survey (2),"), in a document whose notes are
 * numbered "(1) ...": its end, or 0. An enumeration "(1) reduce classes" is followed by a word, and is none. */
static size_t paren_marker(const char *s, size_t start, size_t i, size_t body_end, int *v)
{
    size_t e;
    if (i < start + 3 || s[i - 1] != '(' || s[i - 2] != ' ' || (*v = parse_small(s, i, body_end, &e)) <= 0 ||
        e >= body_end || s[e] != ')')
        return 0;
    unsigned char before = (unsigned char)s[i - 3], after = e + 1 < body_end ? (unsigned char)s[e + 1] : '\n';
    if (!((fl_is_ascii_alpha(before) || fl_is_ascii_digit(before)) || before == '%' || before == '.' || before >= 0x80))
        return 0;
    return strchr(".,;:\n\r", after) ? e + 1 : 0;
}

static void scan_markers(fl_doc *d, cand_list *cl, size_t body_end, int paren)
{
    const char *s = d->text;
    size_t i = d->start;
    while (i < body_end) {
        /* eight bytes at a time that hold nothing a marker or a definition starts with (line breaks, "[",
         * digits, non-ASCII): most of the text */
        uint64_t w;
        while (i > d->start && i + 8 <= body_end && !fl_swar_high(w = fl_swar_load(s + i)) && !fl_swar_has(w, '\n') &&
               !fl_swar_has(w, '\r') && !fl_swar_has(w, '[') && !fl_swar_digit(w))
            i += 8;
        if (i >= body_end)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r') {
            size_t la, lb, le = fl_line_end(s, body_end, i + 1);
            size_t ni = i + 1;
            if (c == '\r' && ni < body_end && s[ni] == '\n')
                ni++;
            size_t defend = md_definition(s, ni, le, &la, &lb);
            i = defend ? defend : ni;
            continue;
        }
        if (i == d->start) {
            size_t la, lb, defend = md_definition(s, i, fl_line_end(s, body_end, i), &la, &lb);
            if (defend) {
                i = defend;
                continue;
            }
        }
        if (c == '[') {
            /* [^label] */
            if (i + 3 < body_end && s[i + 1] == '^') {
                size_t a = i + 2, b = a;
                while (b < body_end && s[b] != ']' && !fl_is_ascii_space((unsigned char)s[b]) && b - a < 64)
                    b++;
                if (b > a && b < body_end && s[b] == ']') {
                    const char *label = fl_arena_strndup(d->arena, s + a, b - a);
                    add_cand(cl, i, b + 1, label_value(s, a, b), label, FL_MK_CARET);
                    i = b + 1;
                    continue;
                }
            }
            /* [12] or [3, 4] or [5-7]; not a link "[1](url)" or a reference "[text][1]" — but "[2][3]" is
             * two citations */
            if (i == d->start || s[i - 1] != ']' ||
                (cl->len && cl->items[cl->len - 1].end == i && cl->items[cl->len - 1].style == FL_MK_BRACKET)) {
                size_t end = bracket_list(s, i, body_end, cl);
                if (end) {
                    i = end;
                    continue;
                }
            }
            i++;
            continue;
        }
        if (c >= 0x80) {
            int32_t cp;
            size_t n = fl_utf8_next(s, body_end, i, &cp);
            if (superscript_digit(cp) >= 0) {
                i = superscript_marker(d, cl, i, body_end);
                continue;
            }
            i += n;
            continue;
        }
        int pv;
        size_t pe = paren ? paren_marker(s, d->start, i, body_end, &pv) : 0;
        if (pe) {
            add_cand(cl, i - 1, pe, pv, NULL, FL_MK_BRACKET);
            i = pe;
            continue;
        }
        if (fl_is_ascii_digit(c) && i > d->start && s[i - 1] == '^') {
            i = caret_marker(d, cl, i, body_end);
            continue;
        }
        if (fl_is_ascii_digit(c) && i > d->start && !fl_is_ascii_digit((unsigned char)s[i - 1])) {
            size_t e;
            int v = parse_small(s, i, body_end, &e);
            if (v <= 0 || !glued_follow_ok(s, e, body_end) ||
                (e + 1 < body_end && (s[e] == '.' || s[e] == ',') && fl_is_ascii_digit((unsigned char)s[e + 1]))) {
                while (i < body_end && fl_is_ascii_digit((unsigned char)s[i]))
                    i++;
                continue;
            }
            int32_t prev;
            fl_utf8_prev(s, i, &prev);
            int style = -1;
            if (is_letter_cp(prev))
                style = (prev >= 'A' && prev <= 'Z') ? -1 : FL_MK_GLUED_LETTER; /* CO2, G20, F16: names */
            else if (prev == '.' || prev == ',' || prev == ':' || prev == ';' || prev == '!' || prev == '?') {
                /* the punctuation must close a word, a percentage or a quote: "Horde,2" "ever.’”1" "of 56%.2"; not
                 * "$.50", "-.50",
                 * "2:28-:36" or the prime in "6'.7" */
                int32_t before = 0;
                if (i >= d->start + 2)
                    fl_utf8_prev(s, i - 1, &before);
                if (before >= '0' && before <= '9') {
                    /* "2008.17" may be a year and a marker; "2019,1" too (a thousands group has 3 digits) */
                    if (prev == '.' || (prev == ',' && e - i < 3))
                        style = FL_MK_GLUED_DECIMAL;
                } else if (is_letter_cp(before) || before == '%' || before == ')' || before == ']' || before == '"' ||
                           before == 0x201D || before == 0x2019 || before == 0xBB)
                    style = FL_MK_GLUED_PUNCT;
            } else if (prev == ')' || prev == ']' || prev == '"' || prev == 0x201D || prev == 0x2019 || prev == 0xBB)
                style = FL_MK_GLUED_PUNCT;
            if (style >= 0) {
                add_cand(cl, i, e, v, NULL, style);
                if (style == FL_MK_GLUED_DECIMAL)
                    cl->items[cl->len - 1].decimal_ok = prev == ',' || sentence_end_after(s, e, body_end);
            }
            i = e;
            continue;
        }
        i++;
    }
}

static int is_weak(const cand *c)
{
    return c->style == FL_MK_GLUED_LETTER || c->style == FL_MK_GLUED_DECIMAL;
}

/* May weak candidate c be the marker between the accepted markers prev and next (-1: none)? */
static int weak_fits(const cand *c, int prev, int next, const unsigned char *entry_of)
{
    int v = c->value;
    if (prev < 0 && next < 0)
        return 0;
    if (c->style == FL_MK_GLUED_DECIMAL && !c->decimal_ok)
        return 0;
    if (entry_of && (v >= FL_MAX_NOTE || !entry_of[v]))
        return 0;
    if ((next >= 0 && v >= next) || (prev >= 0 && v <= prev))
        return 0;
    return (prev >= 0 && v == prev + 1) || (next >= 0 && v == next - 1);
}

/* One pass over the weak candidates, forward or backward, against the accepted markers around each. */
static void weak_pass(cand_list *cl, const unsigned char *entry_of, int backward)
{
    size_t n = cl->len;
    int *other = fl_xmalloc((n + 2) * sizeof(int)); /* the accepted value on the far side of each */
    int run = -1;
    for (size_t k = 0; k < n; k++) {
        size_t i = backward ? k : n - 1 - k; /* precompute in the opposite direction */
        other[i] = run;
        const cand *c = &cl->items[i];
        if (c->accepted && c->value >= 0)
            run = c->value;
    }
    run = -1;
    for (size_t k = 0; k < n; k++) {
        size_t i = backward ? n - 1 - k : k;
        cand *c = &cl->items[i];
        if (c->accepted) {
            if (c->value >= 0)
                run = c->value;
            continue;
        }
        if (!is_weak(c))
            continue;
        int prev = backward ? other[i] : run, next = backward ? run : other[i];
        if (weak_fits(c, prev, next, entry_of)) {
            c->accepted = 1;
            run = c->value;
        }
    }
    free(other);
}

/* Accepts glued candidates against the sequence the explicit and punctuation-glued markers establish.
 * When the document has numbered notes, a weak candidate must also have an entry. */
static void judge(cand_list *cl, int has_notes, const unsigned char *entry_of)
{
    size_t npunct = 0, ncaret = 0, nexplicit = 0;
    for (size_t i = 0; i < cl->len; i++) {
        if (cl->items[i].style == FL_MK_GLUED_PUNCT)
            npunct++;
        else if (cl->items[i].style == FL_MK_CARET_DIGITS)
            ncaret++;
        else if (cl->items[i].accepted && cl->items[i].value >= 0)
            nexplicit++;
    }
    /* each glued style once the document uses it twice, has notes or explicit markers */
    int punct_ok = npunct >= 2 || has_notes || nexplicit > 0;
    int caret_ok = ncaret >= 2 || has_notes || nexplicit > 0;
    for (size_t i = 0; i < cl->len; i++)
        if (cl->items[i].style == FL_MK_GLUED_PUNCT)
            cl->items[i].accepted = punct_ok;
        else if (cl->items[i].style == FL_MK_CARET_DIGITS)
            cl->items[i].accepted = caret_ok;
    /* weak candidates: forward (each one after its predecessor), backward (each one before its
     * successor: "2019,1 ... 2020,2 ... fell.3"), and forward again */
    weak_pass(cl, entry_of, 0);
    weak_pass(cl, entry_of, 1);
    weak_pass(cl, entry_of, 0);
    int any = 0;
    for (size_t i = 0; i < cl->len; i++)
        any |= cl->items[i].accepted;
    if (any)
        return;
    /* no sequence yet: glued candidates that count 1, 2, 3 ... on their own */
    int expect = 1;
    size_t taken = 0;
    for (size_t i = 0; i < cl->len; i++) {
        cand *c = &cl->items[i];
        if (c->value == expect && !(c->style == FL_MK_GLUED_DECIMAL && !c->decimal_ok) &&
            !(entry_of && (c->value >= FL_MAX_NOTE || !entry_of[c->value]))) {
            c->accepted = 2;
            expect++;
            taken++;
        }
    }
    for (size_t i = 0; i < cl->len; i++)
        cl->items[i].accepted = taken >= 3 && cl->items[i].accepted == 2;
}

/* Which note numbers have an entry; NULL when the document has no numbered entries. */
static unsigned char *entry_numbers(const fl_doc *d)
{
    unsigned char *has = NULL;
    for (size_t k = 0; k < d->nentries; k++) {
        int v = d->entries[k].value;
        if (v < 0 || v >= FL_MAX_NOTE)
            continue;
        if (!has)
            has = fl_xcalloc(FL_MAX_NOTE, 1);
        has[v] = 1;
    }
    return has;
}

/* Keeps the "(n)" candidates (a bracket style opening with "(") only when the document uses them as a note
 * sequence: each first use one above the highest before it, from 1, and none above the highest entry.
 * Otherwise they are other brackets ("Mary Hale (54),", "section 12 (2).", "equation (4).") and all go. */
static void keep_paren_sequence(const fl_doc *d, cand_list *cl)
{
    int top = 0, max_entry = 0, ok = 1;
    for (size_t k = 0; k < d->nentries; k++)
        if (d->entries[k].value > max_entry)
            max_entry = d->entries[k].value;
    for (size_t i = 0; i < cl->len && ok; i++) {
        const cand *c = &cl->items[i];
        if (d->text[c->start] != '(')
            continue;
        if (c->value > top + 1 || c->value > max_entry)
            ok = 0;
        else if (c->value == top + 1)
            top = c->value;
    }
    if (ok)
        return;
    size_t k = 0;
    for (size_t i = 0; i < cl->len; i++)
        if (d->text[cl->items[i].start] != '(')
            cl->items[k++] = cl->items[i];
    cl->len = k;
}

void fl_cite_extract(fl_doc *d, const fl_rules *r)
{
    size_t ecap = 0;
    find_notes(d, r, &ecap);
    cand_list cl = {0};
    int paren = 0; /* notes numbered "(1) ...": markers "(1)" too */
    for (size_t i = 0; i < d->nentries; i++)
        paren |= !d->entries[i].label && d->text[d->entries[i].start] == '(';
    scan_markers(d, &cl, d->notes_start, paren);
    if (paren)
        keep_paren_sequence(d, &cl);
    unsigned char *entries = entry_numbers(d);
    judge(&cl, d->has_notes, entries);
    free(entries);
    if (!d->has_notes) {
        size_t n = 0;
        for (size_t i = 0; i < cl.len; i++)
            n += cl.items[i].accepted != 0;
        if (n > 0) {
            find_trailing_list(d, &ecap);
            if (d->has_notes) {
                /* the list is not body text: drop candidates inside it and judge again */
                size_t k = 0;
                for (size_t i = 0; i < cl.len; i++)
                    if (cl.items[i].start < d->notes_start)
                        cl.items[k++] = cl.items[i];
                cl.len = k;
                for (size_t i = 0; i < cl.len; i++)
                    cl.items[i].accepted = cl.items[i].style == FL_MK_BRACKET || cl.items[i].style == FL_MK_CARET ||
                                           cl.items[i].style == FL_MK_SUPERSCRIPT;
                entries = entry_numbers(d);
                judge(&cl, 1, entries);
                free(entries);
            }
        }
    }
    size_t cap = 0;
    for (size_t i = 0; i < cl.len; i++) {
        const cand *c = &cl.items[i];
        if (!c->accepted)
            continue;
        /* a bracket list [3, 4] yields one candidate per number over the same span: keep each value */
        FL_ARENA_GROW(d->arena, d->markers, cap, d->nmarkers + 1);
        fl_marker *m = &d->markers[d->nmarkers++];
        m->start = c->start;
        m->end = c->end;
        m->value = c->value;
        m->label = c->label;
        m->style = (uint8_t)c->style;
    }
    free(cl.items);
}
