/* segment.c - paragraphs (lines or blank-line blocks), sentences (terminal punctuation with abbreviation,
 * initial and decimal handling) and quotation spans (curly, straight and angle quotes, nested). */
#include "segment/segment.h"

#include <stdlib.h>
#include <string.h>

#include "doc/document_int.h"

typedef struct {
    size_t start, end;
} span;

static void trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && fl_is_ascii_space((unsigned char)s[*a]))
        (*a)++;
    while (*b > *a && fl_is_ascii_space((unsigned char)s[*b - 1]))
        (*b)--;
}

/* Is cp a superscript digit (a footnote marker: "¹", "²", "⁴")? */
static int superscript_digit(int32_t cp)
{
    return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079);
}

/* Does [a, b) open with a notes entry's number in the superscript or caret style, then a space or a capital
 * ("¹ Land Registry, April 2026.", "²Index calculations.", "^3 Ibid.")? */
static int note_entry_start(const char *s, size_t a, size_t b)
{
    size_t i = a;
    int32_t cp;
    if (s[a] == '^') {
        for (i = a + 1; i < b && i - a < 4 && fl_is_ascii_digit((unsigned char)s[i]); i++)
            ;
        if (i == a + 1)
            return 0;
    } else {
        while (i < b && i - a < 9) {
            size_t n = fl_utf8_next(s, b, i, &cp);
            if (!superscript_digit(cp))
                break;
            i += n;
        }
        if (i == a)
            return 0;
    }
    return i < b && (s[i] == ' ' || (s[i] >= 'A' && s[i] <= 'Z'));
}

/* A line that starts a new block even without a blank line before it. */
static int block_start(const char *s, size_t a, size_t b, int markdown)
{
    trim(s, &a, &b);
    if (a >= b)
        return 0;
    char c = s[a];
    if (markdown && (c == '#' || c == '>' || c == '|'))
        return 1;
    if ((c == '-' || c == '*' || c == '+' || c == '\xE2') && a + 1 < b) {
        if (c == '\xE2') /* U+2022 bullet */
            return b - a > 3 && (unsigned char)s[a + 1] == 0x80 && (unsigned char)s[a + 2] == 0xA2;
        return s[a + 1] == ' ';
    }
    size_t i = a;
    while (i < b && fl_is_ascii_digit((unsigned char)s[i]) && i - a < 4)
        i++;
    if (i > a && i + 1 < b && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ')
        return 1;
    if (note_entry_start(s, a, b))
        return 1;
    if (c == '[' && i == a) {
        /* [1] entry or [^1]: definition */
        const char *close = memchr(s + a, ']', b - a);
        return close && close - (s + a) <= 12;
    }
    return 0;
}

static int setext_underline(const char *s, size_t a, size_t b)
{
    trim(s, &a, &b);
    if (b - a < 2 || (s[a] != '=' && s[a] != '-'))
        return 0;
    for (size_t i = a; i < b; i++)
        if (s[i] != s[a])
            return 0;
    return 1;
}

/* Plain text is hard-wrapped when its lines are short and most non-blank lines run on into the next. */
static int looks_wrapped(const char *s, size_t len, size_t start)
{
    size_t lines = 0, long_lines = 0, runon = 0;
    size_t prev_a = 0, prev_b = 0;
    int prev_nonblank = 0;
    for (size_t i = start; i < len; i = fl_next_line(s, len, i)) {
        size_t a = i, b = fl_line_end(s, len, i);
        trim(s, &a, &b);
        if (a >= b) {
            prev_nonblank = 0;
            continue;
        }
        lines++;
        if (b - a > 100)
            long_lines++;
        if (prev_nonblank) {
            char last = s[prev_b - 1];
            if (!strchr(".!?:\"", last) && !(prev_b - prev_a >= 3 && (unsigned char)s[prev_b - 3] == 0xE2))
                runon++;
        }
        prev_a = a;
        prev_b = b;
        prev_nonblank = 1;
    }
    return lines >= 3 && long_lines * 10 < lines && runon * 4 >= lines;
}

/* Does the line s[a, b) end with sentence punctuation, possibly followed by closing quotes or brackets? */
static int ends_sentence(const char *s, size_t a, size_t b)
{
    while (b > a) {
        int32_t cp;
        size_t n = fl_utf8_prev(s, b, &cp);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
            (cp >= '0' && cp <= '9')) {
            b -= n; /* closing marks and glued footnote digits */
            continue;
        }
        return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026;
    }
    return 0;
}

static int is_heading(const fl_doc *d, size_t a, size_t b, int markdown_heading)
{
    if (markdown_heading)
        return 1;
    const char *s = d->text;
    if (b - a > 80)
        return 0;
    unsigned char last = (unsigned char)s[b - 1];
    if (strchr(".!?;,\"'", last) || last >= 0x80)
        return 0;
    for (size_t i = a; i < b; i++)
        if (s[i] == '\n' || s[i] == '\r')
            return 0;
    return 1;
}

/* The Markdown emphasis marks ("*", "**", "_", "__") that open [a, b): their count, 0 for none. */
static size_t emphasis_marks(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && i - a < 2 && (s[i] == '*' || s[i] == '_') && s[i] == s[a])
        i++;
    return i - a;
}

/* Is the line [a, b) only a clock time (in Markdown emphasis or not: "**08:05**"), as a live page stamps its entries:
 * one or two digits, ":" or ".", two digits, and at most two short words of letters and dots ("18:35", "16:10 GMT",
 * "4.10pm", "9:40 p.m. ET")? With lead set, may the time also lead the entry's text after a dash ("22:55 - Two people
 * ...")? Returns the time's minutes + 1 (a "pm" word after an hour before 12 adds twelve hours), 0 when it is none. */
static int stamp_at(const char *s, size_t a, size_t b, int lead)
{
    size_t marks = emphasis_marks(s, a, b), i = a + marks;
    int h = 0, pm = 0;
    a = i;
    while (i < b && i - a < 2 && fl_is_ascii_digit((unsigned char)s[i]))
        h = h * 10 + (s[i++] - '0');
    if (i == a || i + 3 > b || (s[i] != ':' && s[i] != '.') || !fl_is_ascii_digit((unsigned char)s[i + 1]) ||
        !fl_is_ascii_digit((unsigned char)s[i + 2]))
        return 0;
    int m = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    i += 3;
    if (marks && emphasis_marks(s, i, b) == marks)
        i += marks; /* "**08:05**" */
    for (int words = 0; i < b; words++) {
        while (i < b && s[i] == ' ')
            i++;
        size_t w = i;
        size_t dl = s[w] == '-' || s[w] == '|' ? 1
                    : b - w > 3 && memcmp(s + w, "\xE2\x80", 2) == 0 &&
                            ((unsigned char)s[w + 2] == 0x93 || (unsigned char)s[w + 2] == 0x94)
                        ? 3
                        : 0; /* "-", "|", an en or em dash */
        if (lead && dl && w > a && s[w - 1] == ' ' && w + dl < b && s[w + dl] == ' ')
            break; /* "22:55 - Two people ..." */
        while (i < b && (fl_is_ascii_alpha((unsigned char)s[i]) || s[i] == '.'))
            i++;
        if (words == 2 || i == w || i - w > 6 || (i < b && s[i] != ' '))
            return 0;
        pm |= i - w >= 2 && (s[w] == 'p' || s[w] == 'P') && (s[w + 1] == 'm' || s[w + 1] == 'M' || s[w + 1] == '.');
    }
    if (pm && h < 12)
        h += 12;
    return (h % 24) * 60 + m % 60 + 1;
}

/* Does the paragraph [a, b) open with a 24-hour clock time, a space and a capital letter, as a live page
 * stamps its entries with no dash ("00:14 Fire crews were called ...")? Returns the minutes + 1, 0 when not. */
static int bare_stamp(const char *s, size_t a, size_t b)
{
    size_t i = a;
    int h = 0;
    while (i < b && i - a < 2 && fl_is_ascii_digit((unsigned char)s[i]))
        h = h * 10 + (s[i++] - '0');
    if (i == a || i + 5 > b || s[i] != ':' || !fl_is_ascii_digit((unsigned char)s[i + 1]) ||
        !fl_is_ascii_digit((unsigned char)s[i + 2]) || s[i + 3] != ' ' || s[i + 4] < 'A' || s[i + 4] > 'Z')
        return 0;
    int m = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    return h < 24 && m < 60 ? h * 60 + m + 1 : 0;
}

static int stamp_line(const char *s, size_t a, size_t b)
{
    return stamp_at(s, a, b, 0) > 0;
}

/* Marks each paragraph with the time of the live entry it belongs to, in a document that stamps two or more
 * entries; a time that opens an entry's text with no dash is a stamp in a document where two or more do. */
static void mark_entries(fl_doc *d)
{
    uint32_t nstamps = 0, nbare = 0;
    uint16_t last = 0;
    for (uint32_t i = 0; i < d->npara; i++)
        nbare += d->paras[i].bare_stamp;
    for (uint32_t i = 0; i < d->npara; i++) {
        if (d->paras[i].bare_stamp && nbare < 2)
            d->paras[i].stamp = 0; /* one paragraph that opens with a time is no live page's entry */
        nstamps += d->paras[i].stamp > 0;
    }
    for (uint32_t i = 0; nstamps >= 2 && i < d->npara; i++) {
        if (d->paras[i].stamp)
            last = d->paras[i].stamp;
        d->paras[i].entry = last;
    }
}

static void push_para(fl_doc *d, size_t *cap, size_t a, size_t b, uint32_t nlines, int md_heading)
{
    const char *s = d->text;
    if (md_heading) {
        while (a < b && s[a] == '#')
            a++;
        trim(s, &a, &b);
        while (b > a && s[b - 1] == '#')
            b--;
        trim(s, &a, &b);
    }
    if (a >= b)
        return;
    FL_ARENA_GROW(d->arena, d->paras, *cap, d->npara + 1);
    fl_para *p = &d->paras[d->npara++];
    memset(p, 0, sizeof(*p));
    p->start = a;
    p->end = b;
    p->nlines = nlines;
    p->heading = (uint8_t)(nlines == 1 && is_heading(d, a, b, md_heading));
    p->stamp = (uint16_t)(md_heading ? 0 : stamp_at(s, a, b, 1));
    if (!p->stamp && !md_heading && (p->stamp = (uint16_t)bare_stamp(s, a, b)) > 0)
        p->bare_stamp = 1;
}

/* Most words a label_row's label may have, and the bytes before its colon at most. */
enum { ROW_LABEL_WORDS = 8, ROW_LABEL_BYTES = 64 };

/* Is the line [a, b) a key figure's row, "Label: value": a capitalised label of at most ROW_LABEL_WORDS words and
 * no sentence punctuation, a colon and a space, and a figure somewhere after it ("Total raised: £148,620",
 * "Event date: Sunday 10 May 2026")? A run of such lines is a list of rows however a Markdown paragraph would join
 * them: each is read alone, as in plain text. */
static int label_row(const char *s, size_t a, size_t b)
{
    trim(s, &a, &b);
    if (a >= b || !(s[a] >= 'A' && s[a] <= 'Z'))
        return 0;
    size_t i = a, words = 1;
    while (i < b && i - a < ROW_LABEL_BYTES && !(s[i] == ':' && i + 1 < b && s[i + 1] == ' ')) {
        if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';' || s[i] == '"' || s[i] == '|')
            return 0;
        words += s[i] == ' ';
        i++;
    }
    if (i >= b || s[i] != ':' || words > ROW_LABEL_WORDS)
        return 0;
    for (i += 2; i < b; i++)
        if (fl_is_ascii_digit((unsigned char)s[i]))
            return 1;
    return 0;
}

static void split_paragraphs(fl_doc *d)
{
    const char *s = d->text;
    size_t len = d->len, cap = 0;
    int blocks = d->markdown || looks_wrapped(s, len, d->start);
    size_t i = d->start;
    while (i < len) {
        size_t a = i, b = fl_line_end(s, len, i);
        size_t nl = fl_next_line(s, len, i);
        trim(s, &a, &b);
        if (a >= b) {
            i = nl;
            continue;
        }
        int md_heading = d->markdown && s[a] == '#';
        if (md_heading) {
            push_para(d, &cap, a, b, 1, md_heading);
            i = nl;
            continue;
        }
        if (!blocks) {
            /* one paragraph per line, except a line broken mid-sentence: it does not end in sentence
             * punctuation and the next line goes on in lower case */
            uint32_t nlines = 1;
            while (nl < len) {
                size_t na = nl, nb = fl_line_end(s, len, nl);
                trim(s, &na, &nb);
                if (na >= nb || ends_sentence(s, a, b) || !(s[na] >= 'a' && s[na] <= 'z'))
                    break;
                b = nb;
                nlines++;
                nl = fl_next_line(s, len, nl);
            }
            push_para(d, &cap, a, b, nlines, 0);
            i = nl;
            continue;
        }
        /* a block: following lines until a blank line, a block start or a live entry's time line */
        size_t end = b, last = a; /* the block's last line starts at last */
        uint32_t nlines = 1;
        size_t j = nl;
        while (j < len && !stamp_line(s, a, b)) {
            size_t ja = j, jb = fl_line_end(s, len, j);
            trim(s, &ja, &jb);
            if (ja >= jb || stamp_line(s, ja, jb))
                break;
            if (setext_underline(s, ja, jb) && nlines == 1) {
                push_para(d, &cap, a, end, 1, 1);
                a = end = 0;
                j = fl_next_line(s, len, j);
                break;
            }
            if (block_start(s, ja, jb, d->markdown) || (label_row(s, ja, jb) && label_row(s, last, end)))
                break;
            last = ja;
            end = jb;
            nlines++;
            j = fl_next_line(s, len, j);
        }
        if (end)
            push_para(d, &cap, a, end, nlines, 0);
        i = j;
    }
}

/* ---- quotation spans ---- */

static int is_letter_or_digit(int32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000);
}

static int is_space_cp(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A);
}

/* opener kinds */
enum { Q_CURLY = 1, Q_STRAIGHT, Q_GUILLEMET, Q_CURLY_SINGLE, Q_STRAIGHT_SINGLE, Q_LOW, Q_CARRIED, Q_CARRIED_SINGLE };

static int is_double(int kind)
{
    return kind != Q_CURLY_SINGLE && kind != Q_STRAIGHT_SINGLE && kind != Q_CARRIED_SINGLE;
}

/* Does an unclosed quote of this kind at this depth run on to its paragraph's end (and maybe into the next
 * one)? A double quote does; a single one only at the top level of a document that quotes in single marks
 * (elsewhere it was an apostrophe or a nested slip). */
static int runs_on(const fl_doc *d, int kind, size_t depth)
{
    return is_double(kind) || (d->single_outer && depth == 0);
}

typedef struct {
    int kind;
    size_t start, inner;
} opener;

/* What the pairing of one paragraph needs besides the document: where unpaired marks go. */
typedef struct {
    size_t qcap, ucap;
} quote_state;

static void add_quote(fl_doc *d, size_t *cap, uint32_t para, const opener *o, size_t inner_end, size_t end,
                      size_t depth, int unclosed)
{
    FL_ARENA_GROW(d->arena, d->quotes, *cap, d->nquote + 1);
    fl_quote *q = &d->quotes[d->nquote++];
    memset(q, 0, sizeof *q);
    q->start = o->start;
    q->inner_start = o->inner;
    q->inner_end = inner_end;
    q->end = end;
    q->para = para;
    q->depth = (uint8_t)(depth > 255 ? 255 : depth);
    q->unclosed = (uint8_t)unclosed;
    q->single = (uint8_t)!is_double(o->kind);
    q->cont = (uint8_t)(o->kind == Q_CARRIED || o->kind == Q_CARRIED_SINGLE);
}

static void unpaired_mark(fl_doc *d, quote_state *st, size_t off)
{
    FL_ARENA_GROW(d->arena, d->unpaired_marks, st->ucap, d->nunpaired + 1);
    d->unpaired_marks[d->nunpaired++] = off;
}

enum { MAX_QUOTE_DEPTH = 64, CARRY_PARAGRAPHS = 5, CARRY_LINES = 12, MIN_SINGLE_QUOTES = 1, PULL_WORDS = 4 };

/* The context of a quotation mark: could it open (after a space, a bracket or a dash, before a non-space)
 * or close (after a non-space, before a space, punctuation or the end)? */
typedef struct {
    int32_t cp, prev, next;
    int32_t after; /* the character after next */
    int open_ctx, close_ctx;
} mark;

static int is_double_mark(int32_t cp)
{
    return cp == 0x201C || cp == 0x201E || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == '"';
}

static mark read_mark(const char *s, size_t from, size_t to, size_t i, size_t *n)
{
    mark m = {0, 0, 0, 0, 0, 0};
    *n = fl_utf8_next(s, to, i, &m.cp);
    if (i > from)
        fl_utf8_prev(s, i, &m.prev);
    if (i + *n < to) {
        size_t k = fl_utf8_next(s, to, i + *n, &m.next);
        if (i + *n + k < to)
            fl_utf8_next(s, to, i + *n + k, &m.after);
    }
    int32_t p = m.prev, x = m.next;
    m.open_ctx = (i == from || is_space_cp(p) || strchr("([{-/", p > 0 && p < 128 ? (int)p : 'x') || p == 0x201C ||
                  p == 0x2018 || p == 0x2014 || p == 0x2013 || p == '"') &&
                 x && !is_space_cp(x);
    m.close_ctx =
        i > from && !is_space_cp(p) &&
        (!x || is_space_cp(x) || strchr(".,;:!?)]}-/", x > 0 && x < 128 ? (int)x : 'x') || x == 0x2019 || x == 0x201D ||
         x == '\'' || x == 0x2026 || x == 0x2014 || x == 0x2013 || ((x >= '0' && x <= '9') && !is_letter_or_digit(p)));
    return m;
}

/* Does a double mark read as a closing one? The glyph says so, unless its place says otherwise ("?“ he
 * asked" closes; a straight mark closes after a word and before a space or punctuation). */
static int reads_closing(const mark *m)
{
    if (m->cp == 0x201D || m->cp == 0xBB)
        return !(m->open_ctx && !m->close_ctx);
    if (m->cp == '"')
        return m->close_ctx && !m->open_ctx && !(m->prev >= '0' && m->prev <= '9');
    return m->cp == 0x201C && m->close_ctx && !m->open_ctx;
}

static int opens_word(const mark *m);

/* Does a single mark close a quote (after a word, not before a letter: not "crew’s"), and not as the
 * apostrophe of a plural possessive ("the boats' owners": after an "s", before a lower-case word)? */
static int single_closes(const mark *m)
{
    return (m->cp == 0x2019 || m->cp == '\'') && m->close_ctx && !is_letter_or_digit(m->next) &&
           !(m->prev == 's' && m->next == ' ' && m->after >= 'a' && m->after <= 'z');
}

/* The first double quotation mark of paragraph pi (single, when single is set): 1 when it closes, 0 when it
 * opens or there is none; *found says whether there was one. */
static int first_mark_closes(const fl_doc *d, uint32_t pi, int single, int *found)
{
    const fl_para *p = &d->paras[pi];
    *found = 0;
    for (size_t i = p->start; i < p->end;) {
        unsigned char b = (unsigned char)d->text[i];
        if (b < 0x80 && b != '"' && b != '\'') {
            i++;
            continue;
        }
        size_t n;
        mark m = read_mark(d->text, p->start, p->end, i, &n);
        if (!single && is_double_mark(m.cp) && !(m.cp == '"' && !m.open_ctx && !m.close_ctx)) {
            *found = 1;
            return reads_closing(&m);
        }
        if (single && (single_closes(&m) || ((m.cp == 0x2018 || m.cp == '\'') && opens_word(&m)))) {
            *found = 1;
            return single_closes(&m);
        }
        i += n;
    }
    return 0;
}

static int reopens(const fl_doc *d, uint32_t pi, int single);

/* Does a mark in opening position stand before a letter (a quote's first word, not "'90s")? */
static int opens_word(const mark *m)
{
    return m->open_ctx && is_letter_or_digit(m->next) && !(m->next >= '0' && m->next <= '9');
}

/* Does the document quote in single marks (British style, doubles nested in them)? More spans of words
 * open with a single mark and close with one (after a space: not "rock 'n' roll") than open with a double
 * mark. */
static int quotes_in_single(const fl_doc *d)
{
    size_t singles = 0, doubles = 0;
    int open = 0, spaced = 0, dopen = 0; /* a single span open, a space seen in it; a double quote open */
    for (uint32_t pi = 0; pi < d->npara; pi++) {
        const fl_para *p = &d->paras[pi];
        for (size_t i = p->start; i < p->end;) {
            unsigned char b = (unsigned char)d->text[i];
            if (b < 0x80 && b != '"' && b != '\'') {
                spaced |= open && b == ' ';
                i++;
                continue;
            }
            size_t n;
            mark m = read_mark(d->text, p->start, p->end, i, &n);
            int single = m.cp == '\'' || m.cp == 0x2018 || m.cp == 0x2019;
            if (single && open && spaced && single_closes(&m)) {
                singles += !dopen; /* not one nested in a double quote */
                open = 0;
            } else if (single && m.cp != 0x2019 && opens_word(&m) && !open) {
                open = 1;
                spaced = 0;
            } else if (is_double_mark(m.cp) && (dopen ? reads_closing(&m) : opens_word(&m))) {
                doubles += !dopen && !open; /* not one nested in a single quote */
                dopen = !dopen;
            }
            i += n;
        }
        spaced |= open; /* a paragraph break inside the span */
    }
    return singles >= MIN_SINGLE_QUOTES && singles > doubles;
}

/* Is the text printed one sentence per line: lines one after another, and at most one in five holding a
 * sentence end followed by more text (". The")? Computed once per document by pair_quotes. */
static int sentence_lines(const fl_doc *d)
{
    uint32_t several = 0, single_breaks = 0;
    for (uint32_t pi = 0; pi < d->npara; pi++) {
        const fl_para *p = &d->paras[pi];
        for (size_t i = p->start; i + 2 < p->end; i++) {
            if ((d->text[i] == '.' || d->text[i] == '?' || d->text[i] == '!') && d->text[i + 1] == ' ' &&
                d->text[i + 2] >= 'A' && d->text[i + 2] <= 'Z') {
                several++;
                break;
            }
        }
        if (pi + 1 < d->npara) {
            int breaks = 0;
            for (size_t i = p->end; i < d->paras[pi + 1].start; i++)
                breaks += d->text[i] == '\n';
            single_breaks += breaks <= 1;
        }
    }
    return d->npara >= 4 && single_breaks * 2 > d->npara && several * 5 <= d->npara;
}

/* Does a quote left open at the end of paragraph pi run on into the next one without being reopened (its
 * closing mark comes before any opening mark in the next few paragraphs, or the first mark reopens it at
 * the start of a line after some with no marks, in text printed one sentence per line, where a quote also
 * gets more lines to run on)? */
static int carries_on(const fl_doc *d, uint32_t pi, int lines, int single)
{
    uint32_t reach = lines ? CARRY_LINES : CARRY_PARAGRAPHS;
    for (uint32_t k = pi + 1; k < d->npara && k <= pi + reach; k++) {
        int found;
        int closes = first_mark_closes(d, k, single, &found);
        if (found)
            return closes || (lines && k > pi + 1 && reopens(d, k, single));
    }
    return 0;
}

enum { SM_CLOSES = 1, SM_POSSESSIVE };

/* A single mark ’ or ' at m: SM_CLOSES when it closes the quote on top of the stack, SM_POSSESSIVE when it
 * would but reads as a plural possessive ("the boats' owners"); *kind_open is set when it opens one. A quote
 * at the top level of a document that quotes in single marks closes as single_closes says, a nested one
 * after any word; a straight mark opens at the top level only in such a document, and before a letter
 * (not the elision of "'90s"). */
static int single_mark(const fl_doc *d, const mark *m, int top, size_t depth, int *kind_open)
{
    int own = top == (m->cp == '\'' ? Q_STRAIGHT_SINGLE : Q_CURLY_SINGLE);
    if ((own || top == Q_CARRIED_SINGLE) && (own && depth > 1 ? !is_letter_or_digit(m->next) : single_closes(m)))
        return SM_CLOSES;
    if ((own || top == Q_CARRIED_SINGLE) && depth == 1 && m->close_ctx && !is_letter_or_digit(m->next))
        return SM_POSSESSIVE;
    if (m->cp == '\'' && opens_word(m) && (depth || d->single_outer))
        *kind_open = Q_STRAIGHT_SINGLE;
    return 0;
}

/* The quotes still open at the end of paragraph pi: a double quote runs to the paragraph end (a quote
 * continued in the next paragraph); an unclosed single quote was most likely an apostrophe or a nested slip
 * and is dropped, unless the document quotes in single marks: then a top-level one closes at the last
 * mark that read as a possessive after it ("a law 'On political parties' was passed"), if any, or runs on.
 * Returns the kind of the quote left open, as find_quotes does. */
static int close_paragraph(fl_doc *d, quote_state *st, uint32_t pi, opener *stack, size_t depth,
                           const opener *possessive)
{
    const fl_para *p = &d->paras[pi];
    int open_at_end = 0;
    for (size_t k = 0; k < depth; k++) {
        if (!runs_on(d, stack[k].kind, k))
            continue;
        if (k == 0 && !is_double(stack[0].kind) && possessive->start > stack[0].start) {
            add_quote(d, &st->qcap, pi, &stack[0], possessive->start, possessive->inner, 0, 0);
            continue;
        }
        add_quote(d, &st->qcap, pi, &stack[k], p->end, p->end, k, 1);
        if (k == 0)
            open_at_end = is_double(stack[k].kind) ? Q_CARRIED : Q_CARRIED_SINGLE;
    }
    return open_at_end;
}

/* Is paragraph pi one line that is a single-quoted sentence whole, as a tabloid sets a pull-quote under its
 * headline ("'It looked like the end of the world'"), with only heading lines before it: an opening single mark before
 * a capital letter, a closing one at the line's end, PULL_WORDS words or more, no other quotation mark between but
 * apostrophes inside words
 * ("world's")? Sets the quote's inner span. */
static int pull_line(const fl_doc *d, uint32_t pi, size_t *inner, size_t *inner_end)
{
    const char *s = d->text;
    const fl_para *p = &d->paras[pi];
    if (p->nlines != 1 || p->end <= p->start + 2)
        return 0;
    for (uint32_t k = 0; k < pi; k++)
        if (!d->paras[k].heading)
            return 0; /* a line in the body between paragraphs is a crosshead, a part of a quote below */
    int32_t first, last;
    size_t n = fl_utf8_next(s, p->end, p->start, &first);
    size_t e = p->end - fl_utf8_prev(s, p->end, &last);
    if (!(first == '\'' || first == 0x2018) || !(last == '\'' || last == 0x2019) || e <= p->start + n ||
        !(s[p->start + n] >= 'A' && s[p->start + n] <= 'Z'))
        return 0;
    size_t spaces = 0;
    for (size_t i = p->start + n; i < e;) {
        int32_t cp, next = 0;
        size_t k = fl_utf8_next(s, e, i, &cp);
        if (i + k < e)
            fl_utf8_next(s, e, i + k, &next);
        if (is_double_mark(cp) || cp == 0x2018 || ((cp == '\'' || cp == 0x2019) && !is_letter_or_digit(next)))
            return 0; /* another quote, or a mark that may close one */
        spaces += cp == ' ';
        i += k;
    }
    if (spaces + 1 < PULL_WORDS || is_space_cp(s[e - 1]))
        return 0;
    *inner = p->start + n;
    *inner_end = e;
    return 1;
}

/* Pairs the quotation marks of paragraph pi. carried: the paragraph starts inside a quote left open in the
 * paragraph before (no reopening mark): Q_CARRIED, Q_CARRIED_SINGLE or 0. Returns the kind of the quote
 * still open at its end, as carried would take it (0 for none). */
static int find_quotes(fl_doc *d, uint32_t pi, quote_state *st, int carried)
{
    const char *s = d->text;
    fl_para *p = &d->paras[pi];
    opener stack[MAX_QUOTE_DEPTH];
    opener possessive = {0, 0, 0};
    size_t depth = 0;
    size_t first = d->nquote;
    p->first_quote = (uint32_t)first;
    if (carried)
        stack[depth++] = (opener){carried, p->start, p->start};
    size_t pin, pend;
    if (!carried && !d->single_outer && pull_line(d, pi, &pin, &pend)) {
        opener o = {Q_STRAIGHT_SINGLE, p->start, pin};
        add_quote(d, &st->qcap, pi, &o, pend, p->end, 0, 0);
        d->quotes[d->nquote - 1].pull = 1;
        p->nquote = 1;
        return 0;
    }
    size_t i = p->start;
    while (i < p->end) {
        /* eight ASCII bytes without quotation marks at a time */
        uint64_t w;
        while (i + 8 <= p->end && !fl_swar_high(w = fl_swar_load(s + i)) && !fl_swar_has(w, '"') &&
               !fl_swar_has(w, '\''))
            i += 8;
        if (i >= p->end)
            break;
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && b != '"' && b != '\'') {
            i++; /* no quotation mark: nothing opens or closes here */
            continue;
        }
        size_t n;
        mark m = read_mark(s, p->start, p->end, i, &n);
        int32_t cp = m.cp;
        if (!is_double_mark(cp) && cp != 0x2018 && cp != 0x2019 && cp != '\'') {
            i += n;
            continue;
        }
        long dtop = -1; /* the innermost open double quote */
        for (size_t k = depth; k > 0; k--)
            if (is_double(stack[k - 1].kind)) {
                dtop = (long)k - 1;
                break;
            }
        int top = depth ? stack[depth - 1].kind : 0;
        int kind_open = 0, closes = 0, orphan = 0;
        if (is_double_mark(cp)) {
            int closing = reads_closing(&m);
            if (cp == '"' && dtop >= 0 && !closing && m.open_ctx && stack[dtop].kind == Q_STRAIGHT &&
                (size_t)dtop + 1 == depth) {
                /* a straight mark that can only open while another straight one is open: that one was
                 * stray, and this one opens the quote (the stray mark shifts nothing after it) */
                unpaired_mark(d, st, stack[dtop].start);
                stack[dtop].start = i;
                stack[dtop].inner = i + n;
                i += n;
                continue;
            }
            if (dtop >= 0 && (closing || (cp == '"' && !m.open_ctx)))
                closes = 1;
            else if (closing || (cp == '"' && !m.open_ctx && !m.close_ctx))
                orphan = closing;
            else if (cp == '"' ? m.open_ctx : 1)
                kind_open = cp == 0x201E ? Q_LOW : cp == 0xAB ? Q_GUILLEMET : cp == '"' ? Q_STRAIGHT : Q_CURLY;
        } else if (cp == 0x2018) {
            if (m.open_ctx)
                kind_open = Q_CURLY_SINGLE;
        } else {
            closes = single_mark(d, &m, top, depth, &kind_open);
            if (closes == SM_POSSESSIVE) {
                possessive = (opener){0, i, i + n}; /* the mark that closes the quote if nothing else does */
                closes = 0;
            }
        }
        if (closes) {
            /* a double mark closes the innermost double quote; single quotes left open inside it were
             * apostrophes */
            if (is_double_mark(cp))
                depth = (size_t)dtop + 1;
            depth--;
            add_quote(d, &st->qcap, pi, &stack[depth], i, i + n, depth, 0);
        } else if (orphan) {
            /* a closing mark with no quote open closes nothing; after a digit it is an inch mark (17” screen) */
            if (!(m.prev >= '0' && m.prev <= '9'))
                unpaired_mark(d, st, i);
        } else if (kind_open && depth < MAX_QUOTE_DEPTH) {
            /* a single quote opening while one is open at the top level after a possessive-looking mark:
             * that mark closed it ("a law 'On parties' was passed. 'It is fair,' she said") */
            if (depth == 1 && !is_double(kind_open) && !is_double(stack[0].kind) && possessive.start > stack[0].start) {
                add_quote(d, &st->qcap, pi, &stack[0], possessive.start, possessive.inner, 0, 0);
                depth = 0;
            }
            if (!depth)
                possessive.start = 0;
            stack[depth].kind = kind_open;
            stack[depth].start = i;
            stack[depth].inner = i + n;
            depth++;
        }
        i += n;
    }
    int open_at_end = close_paragraph(d, st, pi, stack, depth, &possessive);
    /* order by start */
    for (size_t a = first + 1; a < d->nquote; a++) {
        fl_quote q = d->quotes[a];
        size_t b = a;
        while (b > first && d->quotes[b - 1].start > q.start) {
            d->quotes[b] = d->quotes[b - 1];
            b--;
        }
        d->quotes[b] = q;
    }
    p->nquote = (uint32_t)(d->nquote - first);
    return open_at_end;
}

/* Does paragraph pi open with an opening double quotation mark (single, when single is set): a quote
 * reopened after a paragraph? */
static int reopens(const fl_doc *d, uint32_t pi, int single)
{
    const fl_para *p = &d->paras[pi];
    if (p->start >= p->end)
        return 0;
    size_t n;
    mark m = read_mark(d->text, p->start, p->end, p->start, &n);
    if (single)
        return (m.cp == 0x2018 || m.cp == '\'') && opens_word(&m);
    return is_double_mark(m.cp) && !reads_closing(&m);
}

static int cmp_offset(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Pairs the quotation marks of every paragraph, with the news conventions across paragraphs: a quote left
 * open at a paragraph end continues when the next paragraph reopens it, or when its closing mark comes
 * first in the next few paragraphs; otherwise its opening mark is unpaired. */
static void pair_quotes(fl_doc *d)
{
    quote_state st = {0, 0};
    int carried = 0;
    size_t origin = 0; /* the quote whose opening mark a carried chain began with */
    int lines = -1;    /* sentence_lines, asked the first time a quote is left open */
    for (uint32_t pi = 0; pi < d->npara; pi++) {
        size_t first = d->nquote;
        int open = find_quotes(d, pi, &st, carried), single = open == Q_CARRIED_SINGLE;
        carried = 0;
        if (!open)
            continue;
        size_t q = first; /* the outermost quote open at the end */
        while (q < d->nquote && !(d->quotes[q].unclosed && d->quotes[q].depth == 0))
            q++;
        if (!d->quotes[q].cont)
            origin = q;
        if (pi + 1 < d->npara && reopens(d, pi + 1, single))
            continue;
        if (lines < 0)
            lines = sentence_lines(d);
        if (pi + 1 < d->npara && carries_on(d, pi, lines, single)) {
            carried = open;
            continue;
        }
        d->quotes[q].unpaired = 1;
        d->quotes[origin].unpaired = 1;
        unpaired_mark(d, &st, d->quotes[origin].start);
    }
    if (d->nunpaired > 1)
        qsort(d->unpaired_marks, d->nunpaired, sizeof(size_t), cmp_offset);
}

/* ---- sentences ---- */

static int is_closer(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB;
}

/* A footnote marker glued to what precedes it, "[2]", "[3, 4]", "[^note]": returns the offset past
   it, or i when there is none. */
static size_t skip_note_marker(const char *s, size_t i, size_t end)
{
    if (i >= end || s[i] != '[')
        return i;
    size_t k = i + 1;
    int label = k < end && s[k] == '^';
    if (label)
        k++;
    size_t body = k;
    while (k < end && k - body < 12 &&
           (fl_is_ascii_digit((unsigned char)s[k]) || (label && fl_is_ascii_alpha((unsigned char)s[k])) ||
            (!label && k > body && (s[k] == ',' || s[k] == '-' || s[k] == ' '))))
        k++;
    if (k == body || k >= end || s[k] != ']' || (!label && !fl_is_ascii_digit((unsigned char)s[k - 1])))
        return i;
    return k + 1;
}

static int starts_sentence(int32_t cp)
{
    if (cp >= 'a' && cp <= 'z')
        return 0;
    return 1;
}

/* The token ending just before the period at dot: back to whitespace, without opening punctuation. */
static void token_before(const char *s, size_t from, size_t dot, size_t *ta)
{
    size_t a = dot;
    while (a > from && dot - a < 32 && !fl_is_ascii_space((unsigned char)s[a - 1]) && s[a - 1] != '(' &&
           s[a - 1] != '"')
        a--;
    /* skip an opening curly quote or dash glued to the token */
    while (a < dot && (unsigned char)s[a] >= 0x80 && !fl_is_ascii_alpha((unsigned char)s[a])) {
        int32_t cp;
        size_t n = fl_utf8_next(s, dot, a, &cp);
        if (cp >= 0xC0 && cp < 0x2000)
            break;
        a += n;
    }
    *ta = a;
}

/* "U.S.", "e.g.": single letters separated by periods. */
static int is_initialism(const char *s, size_t a, size_t b)
{
    size_t letters = 0;
    for (size_t i = a; i < b; i += 2) {
        if (!fl_is_ascii_alpha((unsigned char)s[i]) || i + 1 >= b + 1 || s[i + 1] != '.')
            return 0;
        letters++;
    }
    return letters >= 2;
}

static size_t next_word(const char *s, size_t i, size_t end, size_t *wend)
{
    size_t a = i;
    while (a < end && !fl_is_ascii_alpha((unsigned char)s[a]) && (unsigned char)s[a] < 0x80 &&
           !fl_is_ascii_space((unsigned char)s[a]))
        a++;
    size_t b = a;
    while (b < end && b - a < 32 && (fl_is_ascii_alpha((unsigned char)s[b]) || (unsigned char)s[b] >= 0x80))
        b++;
    *wend = b;
    return a;
}

/* Decides whether the period at dot ends a sentence; next is the offset of the next non-space. */
static int period_ends(const fl_doc *d, const fl_rules *r, size_t pstart, size_t dot, size_t next, size_t pend)
{
    const char *s = d->text;
    size_t ta;
    token_before(s, pstart, dot, &ta);
    size_t tlen = dot + 1 - ta;
    if (tlen == 0)
        return 1;
    /* a single capital letter: an initial ("John F. Kennedy") */
    if (dot == ta + 1 && s[ta] >= 'A' && s[ta] <= 'Z')
        return 0;
    if (fl_lexicon_has(fl_rules_lexicon(r, "abbreviations"), s + ta, tlen, 0))
        return 0;
    if (is_initialism(s, ta, dot + 1) || fl_lexicon_has(fl_rules_lexicon(r, "final-abbreviations"), s + ta, tlen, 0)) {
        size_t we;
        size_t wa = next_word(s, next, pend, &we);
        return we > wa && fl_lexicon_has(fl_rules_lexicon(r, "sentence-starters"), s + wa, we - wa, 0);
    }
    return 1;
}

static void push_sent(fl_doc *d, size_t *cap, uint32_t para, size_t a, size_t b)
{
    trim(d->text, &a, &b);
    if (a >= b)
        return;
    FL_ARENA_GROW(d->arena, d->sents, *cap, d->nsent + 1);
    fl_sent *t = &d->sents[d->nsent++];
    t->start = a;
    t->end = b;
    t->para = para;
}

static void split_sentences(fl_doc *d, const fl_rules *r, uint32_t pi, size_t *cap)
{
    const char *s = d->text;
    fl_para *p = &d->paras[pi];
    p->first_sent = (uint32_t)d->nsent;
    size_t a = p->start;
    size_t i = p->start;
    while (i < p->end) {
        /* eight ASCII bytes without terminal punctuation at a time: the common case */
        uint64_t w;
        while (i + 8 <= p->end && !fl_swar_high(w = fl_swar_load(s + i)) && !fl_swar_has(w, '.') &&
               !fl_swar_has(w, '!') && !fl_swar_has(w, '?'))
            i += 8;
        if (i >= p->end)
            break;
        int32_t cp;
        size_t n = fl_utf8_next(s, p->end, i, &cp);
        if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) {
            i += n;
            continue;
        }
        size_t term = i;
        size_t j = i + n;
        /* runs of terminal punctuation, then closing quotes and brackets */
        for (;;) {
            if (j >= p->end)
                break;
            int32_t c2;
            size_t n2 = fl_utf8_next(s, p->end, j, &c2);
            if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || is_closer(c2) || superscript_digit(c2))
                j += n2; /* a superscript footnote marker too: "... March 2026.¹ Of these" */
            else
                break;
        }
        /* a bracketed footnote marker after the stop: "... lost.[2] The" */
        j = skip_note_marker(s, j, p->end);
        /* a decimal or a glued footnote marker: digits right after the period */
        size_t k = j;
        while (k < p->end && fl_is_ascii_digit((unsigned char)s[k]) && k - j < 4)
            k++;
        if (k > j) {
            if (cp == '.' && k < p->end && !fl_is_ascii_space((unsigned char)s[k]) && s[k] != ',' && s[k] != ';') {
                i = k;
                continue; /* "3.5%", "1.2bn" */
            }
            /* "2.5 percent": a decimal unless the integer part is a year-like four digits */
            if (cp == '.' && j == term + 1 && term > p->start && fl_is_ascii_digit((unsigned char)s[term - 1])) {
                size_t g = term;
                while (g > p->start && fl_is_ascii_digit((unsigned char)s[g - 1]))
                    g--;
                if (term - g != 4) {
                    i = k;
                    continue;
                }
            }
            j = k;
            while (j < p->end && (s[j] == ',' || fl_is_ascii_digit((unsigned char)s[j])))
                j++;
        }
        if (j < p->end && !fl_is_ascii_space((unsigned char)s[j])) {
            i = j > i + n ? j : i + n;
            continue;
        }
        size_t nx = j;
        while (nx < p->end && fl_is_ascii_space((unsigned char)s[nx]))
            nx++;
        if (nx >= p->end)
            break;
        int32_t c3;
        fl_utf8_next(s, p->end, nx, &c3);
        int ends = starts_sentence(c3);
        if (ends && cp == '.')
            ends = period_ends(d, r, a, term, nx, p->end);
        if (ends) {
            push_sent(d, cap, pi, a, j);
            a = nx;
        }
        i = nx;
    }
    push_sent(d, cap, pi, a, p->end);
    p->nsent = (uint32_t)(d->nsent - p->first_sent);
}

void fl_segment(fl_doc *d, const fl_rules *r)
{
    split_paragraphs(d);
    mark_entries(d);
    size_t scap = 0;
    d->single_outer = quotes_in_single(d);
    pair_quotes(d);
    for (uint32_t pi = 0; pi < d->npara; pi++)
        split_sentences(d, r, pi, &scap);
}
