/* gen.c - corpus generator for `make bench`: recombines the sentences of the seed articles, with varied
 * numbers and years, into a large deterministic corpus, and mixes in statements of a small world of facts
 * (so that many documents state the same figures, mostly agreeing) and quotes by varied speakers.
 * Usage: bench-gen SEED_DIR OUT_DIR MEGABYTES */
#define _POSIX_C_SOURCE 200809L

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum {
    DOC_MIN = 20000, /* document size range in bytes (a document may overshoot by a paragraph) */
    DOC_MAX = 80000,
    FILES_PER_DIR = 500, /* documents per subdirectory */
    NOTES_EVERY = 20,    /* one document in this many ends with a Notes section */
    HEADING_MAX = 100,   /* a seed line this short without sentence punctuation is a heading */
    FACT_EVERY = 3,      /* one paragraph in this many ends with statements of facts */
    QUOTE_EVERY = 10,    /* one paragraph in this many is a quote */
    FACT_WRONG = 40,     /* one fact statement in this many states a wrong figure (a conflict) */
    FACT_YEARS = 20,     /* facts are about the years FACT_YEAR0 .. FACT_YEAR0 + FACT_YEARS - 1 */
    FACT_YEAR0 = 2005,
    TOPIC_PAIRS = 8, /* the first this many countries make the pairs that documents are about */
};

/* Every document draws from its own generator seeded with BASE_SEED and its number, so the corpus is the
 * same on every run and a smaller corpus is a prefix of a larger one. */
static const uint64_t BASE_SEED = 0x666163746c696e74u; /* "factlint" */

static const char *const MONTHS[] = {"January",   "February", "March",    "April",    "May",  "June", "July", "August",
                                     "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
                                     "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec"};

/* Made-up people and publishers for the Notes entries. */
static const char *const AUTHORS[] = {"Maria Okafor",  "Chen Lihua",  "Tomas Lindqvist", "Aisha Rahman",
                                      "Pavel Sorokin", "Ines Duarte", "Kenji Watanabe",  "Grace Mwangi"};
static const char *const PUBLISHERS[] = {"Meridian Press", "Institute for Eurasian Studies", "Harbor Policy Review",
                                         "Northfield University Press", "The Continental Ledger"};

/* Speakers of the quotes: first and last names combine, so surnames are shared by several people. */
static const char *const FIRST_NAMES[] = {"Ana",   "Rui",  "Maria", "Chen",  "Tomas", "Aisha",
                                          "Pavel", "Ines", "Kenji", "Grace", "Omar",  "Lena"};
static const char *const LAST_NAMES[] = {"Silva",  "Okafor",   "Lindqvist", "Rahman", "Sorokin",
                                         "Duarte", "Watanabe", "Mwangi",    "Novak",  "Haddad"};
static const char *const ROLES[] = {"an economist at Meridian Bank",
                                    "a spokeswoman for the ministry",
                                    "a senior analyst at Harbor Capital",
                                    "the company's chief executive",
                                    "a trade negotiator",
                                    "a professor of economics"};

/* The countries of the facts (names factlint's entity pack knows); the first TOPIC_PAIRS form the pairs. */
static const char *const COUNTRIES[] = {"Russia", "China",     "India",     "Germany",    "Japan",  "Brazil",
                                        "Poland", "Italy",     "France",    "Spain",      "Canada", "Mexico",
                                        "Norway", "Australia", "Indonesia", "South Korea"};

/* A kind of fact: a sentence with {A} (and {B} for a pair of countries), {V} (the figure) and {Y} (the
 * year), and the range of its true figures. The true figure of a key (kind, countries, year) is fixed by a
 * hash, so every document that states it states the same one. */
typedef struct {
    const char *text;
    int pair;
    double lo, hi;
} fact_kind;

static const fact_kind FACT_KINDS[] = {
    {"{A} delivered {V} bcm of gas to {B} in {Y}.", 1, 2, 60},
    {"In {Y}, {A} exported {V} million tonnes of coal to {B}.", 1, 1, 90},
    {"Trade between {A} and {B} reached ${V} billion in {Y}.", 1, 10, 400},
    {"{A} lent ${V} billion to {B} in {Y}, according to the finance ministry.", 1, 1, 40},
    {"Inflation in {A} was {V}% in {Y}.", 0, 1, 15},
    {"{A} produced {V} million tonnes of steel in {Y}.", 0, 5, 900},
    {"The unemployment rate in {A} stood at {V}% in {Y}.", 0, 2, 20},
    {"GDP growth in {A} was {V}% in {Y}.", 0, 1, 9},
};

typedef struct {
    const char *p;
    size_t len;
} span;

typedef struct {
    span *v;
    size_t n, cap;
} span_list;

typedef struct {
    char *p;
    size_t len, cap;
} buf;

typedef struct {
    uint64_t s;
} rng;

typedef struct {
    span_list sentences; /* in seed order, so a run of neighbours reads like a paragraph */
    span_list headings;  /* short lines without sentence punctuation */
    char **texts;        /* the seed files' contents, which the spans point into */
    size_t ntexts;
} seeds;

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("bench-gen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        die("out of memory");
    return p;
}

/* ---- random numbers (splitmix64) ---- */

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* A number in [0, n); n > 0. */
static unsigned rng_below(rng *r, unsigned n)
{
    assert(n > 0);
    return (unsigned)(rng_next(r) % n);
}

/* ---- growable buffers ---- */

static void buf_grow(buf *b, size_t extra)
{
    if (b->len + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra)
        cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

static void buf_put(buf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void buf_puts(buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static void buf_putc(buf *b, char c)
{
    buf_grow(b, 1);
    b->p[b->len++] = c;
}

static void buf_printf(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        buf_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void list_push(span_list *l, const char *p, size_t len)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n].p = p;
    l->v[l->n].len = len;
    l->n++;
}

/* ---- reading and splitting the seeds ---- */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || is_upper(c);
}

/* Whether s[0..n) is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
static int valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k;
        unsigned cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            k = 1, cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            k = 2, cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            k = 3, cp = c & 0x07;
        } else {
            return 0;
        }
        if (n - i <= k)
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xc0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + j] & 0x3f);
        }
        if ((k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (k == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return 0;
        i += k + 1;
    }
    return 1;
}

/* Reads a whole file; returns a malloc'd buffer or dies. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    buf b = {0};
    for (;;) {
        buf_grow(&b, 65536);
        size_t got = fread(b.p + b.len, 1, b.cap - b.len, f);
        b.len += got;
        if (got == 0)
            break;
    }
    if (ferror(f))
        die("cannot read %s: %s", path, strerror(errno));
    fclose(f);
    *len = b.len;
    return b.p;
}

/* Whether the word ending just before the '.' at s[i] is an abbreviation that does not end a sentence:
 * a single capital ("U.S.", "J. Smith") or a title. */
static int abbreviation_before(const char *s, size_t start, size_t i)
{
    static const char *const titles[] = {"Mr",  "Mrs", "Ms", "Dr", "St",  "Gen", "Sen", "Rep", "Prof", "Jr",
                                         "Inc", "Co",  "No", "vs", "etc", "Lt",  "Col", "Gov", "Pres"};
    size_t w = i;
    while (w > start && is_alpha(s[w - 1]))
        w--;
    size_t n = i - w;
    if (n == 1 && is_upper(s[w]))
        return 1;
    for (size_t t = 0; t < sizeof titles / sizeof *titles; t++)
        if (strlen(titles[t]) == n && memcmp(titles[t], s + w, n) == 0)
            return 1;
    return 0;
}

/* Length of a closing quote or bracket at s[i..e): ASCII " ' ) or UTF-8 ’ ” ; 0 if none. */
static size_t closing_at(const char *s, size_t i, size_t e)
{
    if (i < e && (s[i] == '"' || s[i] == '\'' || s[i] == ')'))
        return 1;
    if (i + 2 < e && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9d))
        return 3;
    return 0;
}

/* Whether a sentence can start at s[i..e): a capital, a digit or an opening quote. */
static int sentence_start_at(const char *s, size_t i, size_t e)
{
    if (i >= e)
        return 0;
    if (is_upper(s[i]) || is_digit(s[i]) || s[i] == '"' || s[i] == '(')
        return 1;
    return i + 2 < e && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x9c || (unsigned char)s[i + 2] == 0x98);
}

/* Splits one line s[a..e) into sentences. A sentence ends at . ? or ! followed by closing quotes, glued
 * footnote digits (kept with the sentence, as in "ever.”12") and a space before a likely sentence start. */
static void split_sentences(seeds *sd, const char *s, size_t a, size_t e)
{
    size_t start = a;
    for (size_t i = a; i < e; i++) {
        if (s[i] != '.' && s[i] != '?' && s[i] != '!')
            continue;
        if (s[i] == '.' && abbreviation_before(s, start, i))
            continue;
        size_t j = i + 1, q;
        while ((q = closing_at(s, j, e)) > 0)
            j += q;
        while (j < e && is_digit(s[j]))
            j++;
        if (j < e && s[j] == ' ' && sentence_start_at(s, j + 1, e)) {
            list_push(&sd->sentences, s + start, j - start);
            start = j + 1;
            i = j;
        }
    }
    while (start < e && s[start] == ' ')
        start++;
    if (start < e)
        list_push(&sd->sentences, s + start, e - start);
}

/* Sorts a line of the seed into the headings or the sentences. */
static void add_line(seeds *sd, const char *s, size_t a, size_t e)
{
    while (a < e && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    if (a == e)
        return;
    char last = s[e - 1];
    int closing = (e - a >= 3 && closing_at(s, e - 3, e) == 3) || closing_at(s, e - 1, e) == 1;
    int punct = last == '.' || last == '?' || last == '!' || last == ':' || last == ';' || last == ',' || closing ||
                is_digit(last);
    if (!punct && e - a <= HEADING_MAX)
        list_push(&sd->headings, s + a, e - a);
    else
        split_sentences(sd, s, a, e);
}

static int has_txt_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0 && name[0] != '.';
}

static int cmp_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Reads SEED_DIR/ *.txt in name order (readdir order is not stable) and splits them. */
static void load_seeds(seeds *sd, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("cannot open %s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!has_txt_suffix(de->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        size_t len = strlen(de->d_name) + 1;
        names[n] = xrealloc(NULL, len);
        memcpy(names[n++], de->d_name, len);
    }
    closedir(d);
    if (n == 0)
        die("no *.txt seed files in %s", dir);
    qsort(names, n, sizeof *names, cmp_names);

    sd->texts = xrealloc(NULL, n * sizeof *sd->texts);
    sd->ntexts = n;
    for (size_t f = 0; f < n; f++) {
        size_t plen = strlen(dir) + strlen(names[f]) + 2, len;
        char *path = xrealloc(NULL, plen);
        snprintf(path, plen, "%s/%s", dir, names[f]);
        char *s = read_file(path, &len);
        if (!valid_utf8((const unsigned char *)s, len))
            die("%s: not valid UTF-8", path);
        sd->texts[f] = s;
        size_t i = (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) ? 3 : 0; /* byte order mark */
        while (i < len) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - s) : len;
            add_line(sd, s, i, e);
            i = e + 1;
        }
        free(path);
        free(names[f]);
    }
    free(names);
    if (sd->sentences.n == 0)
        die("no sentences in the seed files of %s", dir);
    if (sd->headings.n == 0) /* keep the heading pool non-empty */
        list_push(&sd->headings, "Overview", 8);
}

/* ---- varying numbers ---- */

/* Whether the word before s[i] (after one space) is a month name, as in "July 24". */
static int after_month(const char *s, size_t i)
{
    if (i < 2 || s[i - 1] != ' ')
        return 0;
    size_t e = i - 1, w = e;
    while (w > 0 && is_alpha(s[w - 1]))
        w--;
    for (size_t m = 0; m < sizeof MONTHS / sizeof *MONTHS; m++)
        if (strlen(MONTHS[m]) == e - w && memcmp(MONTHS[m], s + w, e - w) == 0)
            return 1;
    return 0;
}

/* Whether a digit run starting at s[i] is glued to the text before it: a footnote marker after a word,
 * a quote or punctuation ("ever.”12", "Horde,2"), or a name like "G20". Those are copied unchanged. */
static int glued_marker(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    char c = s[i - 1];
    if (is_alpha(c) || c == ')' || c == '"' || c == '\'' || c == ';' || c == ':')
        return 1;
    if (c == '.' || c == ',') /* a decimal point or thousands separator continues a number */
        return i < 2 || !is_digit(s[i - 2]);
    return i >= 3 && (unsigned char)s[i - 3] == 0xe2 && (unsigned char)s[i - 2] == 0x80 &&
           ((unsigned char)c == 0x99 || (unsigned char)c == 0x9d);
}

static const char *ordinal_suffix(unsigned v)
{
    if (v % 100 >= 11 && v % 100 <= 13)
        return "th";
    return v % 10 == 1 ? "st" : v % 10 == 2 ? "nd" : v % 10 == 3 ? "rd" : "th";
}

/* Appends s[0..n) to b with its numbers varied: years 1900-2030 become other years in that range, days
 * after a month stay 1-28, ordinals get the right suffix, other digit runs get new digits of the same
 * shape ("$582.9 billion" -> "$316.4 billion"). Glued footnote markers are kept; about one number in
 * eight is left alone. Only ASCII digits change, so UTF-8 stays intact. */
static void put_varied(buf *b, rng *r, const char *s, size_t n)
{
    size_t done = 0;
    int keep = 0; /* whether the current number, including its parts after "." or ",", is left alone */
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1])))
            continue;
        size_t e = i;
        while (e < n && is_digit(s[e]))
            e++;
        size_t len = e - i;
        int continues = i >= 2 && (s[i - 1] == '.' || s[i - 1] == ',') && is_digit(s[i - 2]);
        int more = e + 1 < n && (s[e] == '.' || s[e] == ',') && is_digit(s[e + 1]);
        if (!continues)
            keep = glued_marker(s, i) || rng_below(r, 8) == 0;
        if (keep) {
            i = e - 1;
            continue;
        }
        buf_put(b, s + done, i - done);
        done = e;
        unsigned v = (unsigned)strtoul(s + i, NULL, 10);
        if (!continues && !more && len == 4 && v >= 1900 && v <= 2030) {
            buf_printf(b, "%u", 1900 + rng_below(r, 131));
        } else if (!continues && !more && len <= 2 && after_month(s, i)) {
            buf_printf(b, "%u", 1 + rng_below(r, 28));
        } else if (!continues && len <= 3 && e + 1 < n &&
                   (memcmp(s + e, "st", 2) == 0 || memcmp(s + e, "nd", 2) == 0 || memcmp(s + e, "rd", 2) == 0 ||
                    memcmp(s + e, "th", 2) == 0)) {
            unsigned lo = len == 1 ? 1 : len == 2 ? 10 : 100, w = lo + rng_below(r, lo * 9);
            buf_printf(b, "%u%s", w, ordinal_suffix(w));
            done = e + 2;
        } else {
            for (size_t k = i; k < e; k++) {
                /* a leading digit stays non-zero, so "31" never becomes "07" */
                int lead = !continues && k == i && (len > 1 || s[k] != '0');
                buf_putc(b, (char)(lead ? '1' + rng_below(r, 9) : '0' + rng_below(r, 10)));
            }
        }
        i = (done > e ? done : e) - 1;
    }
    buf_put(b, s + done, n - done);
}

/* ---- documents ---- */

static const span *pick(rng *r, const span_list *l)
{
    return &l->v[rng_below(r, (unsigned)l->n)];
}

/* A Notes section with numbered entries citing made-up authors. */
static void put_notes(buf *b, rng *r, const seeds *sd, int blank)
{
    unsigned n = 3 + rng_below(r, 18);
    buf_puts(b, blank ? "Notes\n\n" : "\nNotes\n");
    for (unsigned k = 1; k <= n; k++) {
        const span *h = pick(r, &sd->headings);
        buf_printf(b, "%u. %s, “", k, AUTHORS[rng_below(r, sizeof AUTHORS / sizeof *AUTHORS)]);
        put_varied(b, r, h->p, h->len);
        buf_printf(b, ",” %s, %u, p. %u.\n", PUBLISHERS[rng_below(r, sizeof PUBLISHERS / sizeof *PUBLISHERS)],
                   1950 + rng_below(r, 76), 1 + rng_below(r, 400));
    }
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* The true figure of a fact, in [lo, hi) with one decimal, the same in every document. */
static double fact_value(unsigned kind, unsigned a, unsigned b, unsigned year)
{
    rng h = {((uint64_t)kind << 48) ^ ((uint64_t)a << 32) ^ ((uint64_t)b << 16) ^ year};
    const fact_kind *k = &FACT_KINDS[kind];
    double unit = (double)(rng_next(&h) >> 11) / 9007199254740992.0; /* [0, 1) */
    return (double)(long)((k->lo + (k->hi - k->lo) * unit) * 10) / 10;
}

/* Appends a statement of one fact about the document's topic (countries a and b, years from year0): the
 * true figure written in one of three ways that all agree with it ("31.2", "31", "about 31"), or, one time
 * in FACT_WRONG, a figure that does not. */
static void put_fact(buf *b, rng *r, unsigned a, unsigned c, unsigned year0)
{
    unsigned kind = rng_below(r, COUNT(FACT_KINDS));
    const fact_kind *k = &FACT_KINDS[kind];
    if (!k->pair) /* a fact about one country: the topic's or any other */
        a = rng_below(r, 2) ? a : rng_below(r, COUNT(COUNTRIES));
    unsigned year = year0 + rng_below(r, 3);
    double v = fact_value(kind, a, k->pair ? c : 0, year);
    char fig[64];
    if (rng_below(r, FACT_WRONG) == 0)
        snprintf(fig, sizeof fig, "%.1f", v * (rng_below(r, 2) ? 0.5 : 1.6));
    else if (rng_below(r, 3) == 0)
        snprintf(fig, sizeof fig, "%.1f", v);
    else
        snprintf(fig, sizeof fig, "%s%.0f", rng_below(r, 2) ? "about " : "", v);
    char yr[8];
    snprintf(yr, sizeof yr, "%u", year);
    for (const char *t = k->text; *t;) {
        const char *sub = NULL;
        if (t[0] == '{' && t[1] && t[2] == '}') {
            sub = t[1] == 'A' ? COUNTRIES[a] : t[1] == 'B' ? COUNTRIES[c] : t[1] == 'V' ? fig : t[1] == 'Y' ? yr : NULL;
        }
        if (sub) {
            buf_puts(b, sub);
            t += 3;
        } else {
            buf_putc(b, *t++);
        }
    }
}

/* A quote paragraph: a seed sentence in curly quotes, said by a named person, and now and then a second
 * quote by the same person's surname alone. */
static void put_quote(buf *b, rng *r, const seeds *sd)
{
    const span *st = pick(r, &sd->sentences);
    const char *last = LAST_NAMES[rng_below(r, COUNT(LAST_NAMES))];
    buf_puts(b, "“");
    put_varied(b, r, st->p, st->len);
    buf_printf(b, "” said %s %s, %s.", FIRST_NAMES[rng_below(r, COUNT(FIRST_NAMES))], last,
               ROLES[rng_below(r, COUNT(ROLES))]);
    if (rng_below(r, 3) == 0) {
        st = pick(r, &sd->sentences);
        buf_puts(b, " “");
        put_varied(b, r, st->p, st->len);
        buf_printf(b, "” %s added.", last);
    }
}

/* Builds one document of about `target` bytes into b (which is emptied first). Two layouts, as in the
 * seeds: paragraphs one per line, or separated by blank lines; headings now and then. Each document is
 * about a pair of countries and a few years, whose facts it states now and then. */
static void make_doc(buf *b, rng *r, const seeds *sd, size_t target, int notes)
{
    int blank = (int)rng_below(r, 2);
    unsigned heading_odds = 4 + rng_below(r, 12); /* one paragraph in this many is preceded by a heading */
    const span_list *sl = &sd->sentences;
    unsigned topic_a = rng_below(r, TOPIC_PAIRS), topic_b = (topic_a + 1 + rng_below(r, TOPIC_PAIRS - 1)) % TOPIC_PAIRS;
    unsigned year0 = FACT_YEAR0 + rng_below(r, FACT_YEARS - 2);

    b->len = 0;
    const span *title = pick(r, &sd->headings);
    put_varied(b, r, title->p, title->len);
    buf_puts(b, "\n\n");
    for (size_t para = 0; b->len < target; para++) {
        if (para > 0 && rng_below(r, heading_odds) == 0) {
            const span *h = pick(r, &sd->headings);
            put_varied(b, r, h->p, h->len);
            buf_puts(b, blank ? "\n\n" : "\n");
        }
        if (rng_below(r, QUOTE_EVERY) == 0) {
            put_quote(b, r, sd);
            buf_puts(b, blank ? "\n\n" : "\n");
            continue;
        }
        /* half the paragraphs are a run of neighbouring seed sentences, half a random mix */
        unsigned nsent = 1 + rng_below(r, 6);
        int run = (int)rng_below(r, 2);
        size_t k = rng_below(r, (unsigned)sl->n);
        for (unsigned j = 0; j < nsent; j++) {
            const span *st = run ? &sl->v[(k + j) % sl->n] : pick(r, sl);
            if (j > 0)
                buf_putc(b, ' ');
            put_varied(b, r, st->p, st->len);
        }
        if (rng_below(r, FACT_EVERY) == 0) {
            for (unsigned j = 1 + rng_below(r, 3); j > 0; j--) {
                buf_putc(b, ' ');
                put_fact(b, r, topic_a, topic_b, year0);
            }
        }
        buf_puts(b, blank ? "\n\n" : "\n");
    }
    if (notes)
        put_notes(b, r, sd, blank);
}

/* mkdir -p for a path we own; dies on failure. */
static void make_dirs(const char *path)
{
    size_t n = strlen(path);
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        char c = p[i];
        p[i] = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            die("cannot create %s: %s", p, strerror(errno));
        p[i] = c;
    }
    struct stat st;
    if (stat(path, &st) != 0)
        die("cannot create %s: %s", path, strerror(errno));
    if (!S_ISDIR(st.st_mode))
        die("cannot create %s: not a directory", path);
    free(p);
}

static void write_file(const char *path, const buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        die("cannot create %s: %s", path, strerror(errno));
    if (fwrite(b->p, 1, b->len, f) != b->len || fclose(f) != 0)
        die("cannot write %s: %s", path, strerror(errno));
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: bench-gen SEED_DIR OUT_DIR MEGABYTES\n", stderr);
        return 2;
    }
    char *end;
    errno = 0;
    unsigned long mb = strtoul(argv[3], &end, 10);
    if (errno || end == argv[3] || *end || mb == 0 || mb > 1000000 || argv[3][0] == '-')
        die("MEGABYTES must be a whole number from 1 to 1000000, not \"%s\"", argv[3]);
    const unsigned long long want = (unsigned long long)mb * 1000000u;

    seeds sd = {0};
    load_seeds(&sd, argv[1]);
    make_dirs(argv[2]);

    buf doc = {0};
    size_t plen = strlen(argv[2]) + 64;
    char *path = xrealloc(NULL, plen);
    unsigned long long total = 0;
    unsigned long nfiles = 0;
    while (total < want) {
        unsigned long no = nfiles + 1;
        rng r = {BASE_SEED ^ ((uint64_t)no * 0xd1b54a32d192ed03u)};
        size_t target = DOC_MIN + rng_below(&r, DOC_MAX - DOC_MIN + 1);
        make_doc(&doc, &r, &sd, target, rng_below(&r, NOTES_EVERY) == 0);
        if (nfiles % FILES_PER_DIR == 0) {
            snprintf(path, plen, "%s/part-%03lu", argv[2], nfiles / FILES_PER_DIR);
            make_dirs(path);
        }
        snprintf(path, plen, "%s/part-%03lu/doc-%06lu.txt", argv[2], nfiles / FILES_PER_DIR, no);
        write_file(path, &doc);
        total += doc.len;
        nfiles = no;
    }
    printf("bench-gen: %lu files, %llu bytes\n", nfiles, total);

    free(path);
    free(doc.p);
    for (size_t i = 0; i < sd.ntexts; i++)
        free(sd.texts[i]);
    free(sd.texts);
    free(sd.sentences.v);
    free(sd.headings.v);
    return fflush(stdout) == 0 ? 0 : 1;
}
