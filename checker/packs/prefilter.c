/* prefilter.c - reads PCRE2 regexes into an automaton that says where in a text a match could begin.
 *
 * The regexes are read into a byte-level NFA that accepts a superset of what they match: every assertion
 * (lookarounds, \b, ^, $, \K) is taken as true, anything that is not a short list of characters (., \p{..},
 * negated or large classes, back references) as any character, and counted repeats above REPEAT_MAX as
 * unbounded. ASCII letters match both cases, and k and s also the Kelvin sign and long s, as PCRE2's caseless
 * UTF matching does. \A is kept, as a virtual NUL byte read before the first byte of the subject, because
 * the packs' entries begin (?:[ \t...]|\A) and would otherwise let every letter begin a match.
 *
 * That NFA is made deterministic breadth first, up to DFA_MAX states; a state past the budget, or a walk
 * longer than WALK_MAX bytes, counts as a possible match. So the automaton can say "maybe" where no match is,
 * never "no" where one is: positions it rejects cannot begin a match of any entry. */
#include "packs/prefilter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/util.h"

enum {
    REPEAT_MAX = 3,      /* counted repeats above this are read as unbounded */
    CLASS_MAX = 256,     /* code points a class may list before it counts as any character */
    DFA_MAX = 8192,      /* deterministic states built; later ones count as a match */
    WALK_MAX = 64,       /* bytes walked from one position before it counts as a match */
    QUAD_BITS = 1 << 17, /* the filter of the first four bytes: 16 KB, which stays in the L1 cache */
    NFA_MAX = 1 << 20,   /* NFA nodes; a larger set gets no prefilter */
};

/* ---- the NFA ---- */

/* Assertions about the byte before the match, kept where they stand before its first byte (elsewhere, as
 * every other assertion, they are taken as true). */
enum { A_NONE, A_WORDB, A_NWORDB, A_LINE }; /* \b, \B, ^ */

typedef struct {
    int bs;     /* index of the byte set of the one byte transition, -1 for none */
    int next;   /* its target */
    int eps;    /* first empty transition (index into nfa.edges), -1 for none */
    int assert; /* A_ */
} nnode;

typedef struct {
    int to, next; /* target, and the node's next empty transition (-1: last) */
} eedge;

typedef struct {
    uint8_t b[32];
} byteset;

typedef struct {
    nnode *v;
    size_t n, cap;
    eedge *edges;
    size_t nedges, capedges;
    byteset *sets;
    size_t nsets, capsets;
    int *set_slots; /* hash of sets -> index + 1 */
    size_t set_cap;
} nfa;

typedef struct {
    int in, out;
} frag;

static int bs_has(const byteset *s, int b)
{
    return (s->b[b >> 3] >> (b & 7)) & 1;
}

static void bs_add(byteset *s, int b)
{
    s->b[b >> 3] |= (uint8_t)(1u << (b & 7));
}

static uint64_t bs_hash(const byteset *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < 32; i++)
        h = (h ^ s->b[i]) * 1099511628211ULL;
    return h;
}

/* Returns the index of set s in the NFA's table, adding it when new. */
static int set_index(nfa *a, const byteset *s)
{
    if ((a->nsets + 1) * 2 > a->set_cap) {
        size_t cap = a->set_cap ? a->set_cap * 2 : 256;
        int *slots = fl_xcalloc(cap, sizeof(int));
        for (size_t i = 0; i < a->nsets; i++) {
            size_t k = (size_t)bs_hash(&a->sets[i]) & (cap - 1);
            while (slots[k])
                k = (k + 1) & (cap - 1);
            slots[k] = (int)i + 1;
        }
        free(a->set_slots);
        a->set_slots = slots;
        a->set_cap = cap;
    }
    size_t k = (size_t)bs_hash(s) & (a->set_cap - 1);
    while (a->set_slots[k]) {
        if (memcmp(&a->sets[a->set_slots[k] - 1], s, sizeof *s) == 0)
            return a->set_slots[k] - 1;
        k = (k + 1) & (a->set_cap - 1);
    }
    FL_GROW(a->sets, a->capsets, a->nsets + 1);
    a->sets[a->nsets] = *s;
    a->set_slots[k] = (int)a->nsets + 1;
    return (int)a->nsets++;
}

static void nfa_free(nfa *a)
{
    free(a->v);
    free(a->edges);
    free(a->sets);
    free(a->set_slots);
}

/* ---- the regex reader ---- */

typedef struct {
    const char *re;
    size_t i, n;
    int bail; /* a construct the reader does not know or must not ignore */
    int mute; /* inside an assertion: read, but build nothing */
    nfa *a;
} reader;

static int node(reader *r)
{
    if (r->mute)
        return -1;
    if (r->a->n >= NFA_MAX) {
        r->bail = 1;
        r->mute = 1 << 20; /* stop building; the result is thrown away */
        return -1;
    }
    FL_GROW(r->a->v, r->a->cap, r->a->n + 1);
    nnode *x = &r->a->v[r->a->n];
    x->bs = -1;
    x->next = -1;
    x->eps = -1;
    x->assert = A_NONE;
    return (int)r->a->n++;
}

static void eps(reader *r, int from, int to)
{
    if (from < 0 || to < 0)
        return;
    nfa *a = r->a;
    FL_GROW(a->edges, a->capedges, a->nedges + 1);
    a->edges[a->nedges].to = to;
    a->edges[a->nedges].next = a->v[from].eps;
    a->v[from].eps = (int)a->nedges++;
}

static void edge(reader *r, int from, const byteset *s, int to)
{
    if (from < 0 || to < 0)
        return;
    r->a->v[from].bs = set_index(r->a, s);
    r->a->v[from].next = to;
}

static frag empty(reader *r)
{
    int n = node(r);
    frag f = {n, n};
    return f;
}

/* An assertion about the byte before (A_): the empty string, with a condition on where it stands. */
static frag assertion(reader *r, int kind)
{
    frag f = empty(r);
    if (f.in >= 0)
        r->a->v[f.in].assert = kind;
    return f;
}

/* Matches nothing: the out node is unreachable. */
static frag never(reader *r)
{
    frag f = {node(r), node(r)};
    return f;
}

static frag one_byte(reader *r, const byteset *s)
{
    frag f = {node(r), node(r)};
    edge(r, f.in, s, f.out);
    return f;
}

/* A byte string (as from a UTF-8 sequence), each byte exactly. */
static frag bytes(reader *r, const unsigned char *b, size_t n)
{
    frag f = empty(r);
    for (size_t i = 0; i < n; i++) {
        byteset s = {{0}};
        bs_add(&s, b[i]);
        int to = node(r);
        edge(r, f.out, &s, to);
        f.out = to;
    }
    return f;
}

/* Any one character: a byte, then any continuation bytes. */
static frag any_char(reader *r)
{
    byteset all, cont = {{0}};
    memset(&all, 0xFF, sizeof all);
    for (int b = 0x80; b < 0xC0; b++)
        bs_add(&cont, b);
    frag f = {node(r), node(r)};
    int m = node(r);
    edge(r, f.in, &all, m);
    edge(r, m, &cont, m);
    eps(r, m, f.out);
    return f;
}

/* A code point that may match other code points under case folding (ASCII letters are handled apart). */
static int has_case(int32_t cp)
{
    return utf8proc_tolower(cp) != cp || utf8proc_toupper(cp) != cp || utf8proc_totitle(cp) != cp;
}

/* The byte set of an ASCII character without other case variants than ASCII ones (all but k and s); 0 for
 * others. */
static int plain_ascii(int32_t cp, byteset *s)
{
    if (cp <= 0 || cp >= 0x80)
        return 0;
    int lo = fl_ascii_lower(cp);
    if (lo == 'k' || lo == 's')
        return 0;
    memset(s, 0, sizeof *s);
    bs_add(s, lo);
    bs_add(s, lo >= 'a' && lo <= 'z' ? lo - 'a' + 'A' : lo);
    return 1;
}

/* One of the code points cps[0..n). */
static frag chars(reader *r, const int32_t *cps, size_t n)
{
    byteset one;
    if (n == 1 && plain_ascii(cps[0], &one))
        return one_byte(r, &one);
    frag f = {node(r), node(r)};
    byteset ascii = {{0}};
    int nascii = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t cp = cps[i];
        if (cp < 0x80) {
            int lo = fl_ascii_lower(cp);
            bs_add(&ascii, cp);
            bs_add(&ascii, lo);
            bs_add(&ascii, lo >= 'a' && lo <= 'z' ? lo - 'a' + 'A' : lo);
            nascii++;
            /* caseless UTF matching: k also matches U+212A KELVIN SIGN, s U+017F LATIN SMALL LETTER LONG S */
            const unsigned char *extra = lo == 'k'   ? (const unsigned char *)"\xE2\x84\xAA"
                                         : lo == 's' ? (const unsigned char *)"\xC5\xBF"
                                                     : NULL;
            if (extra) {
                frag x = bytes(r, extra, strlen((const char *)extra));
                eps(r, f.in, x.in);
                eps(r, x.out, f.out);
            }
        } else if (has_case(cp)) {
            frag x = any_char(r);
            eps(r, f.in, x.in);
            eps(r, x.out, f.out);
        } else {
            unsigned char buf[4];
            utf8proc_ssize_t len = utf8proc_encode_char(cp, buf);
            frag x = bytes(r, buf, (size_t)len);
            eps(r, f.in, x.in);
            eps(r, x.out, f.out);
        }
    }
    if (nascii) {
        frag x = one_byte(r, &ascii);
        eps(r, f.in, x.in);
        eps(r, x.out, f.out);
    }
    return f;
}

static int peek(const reader *r, size_t ahead)
{
    return r->i + ahead < r->n ? (unsigned char)r->re[r->i + ahead] : -1;
}

/* Reads one UTF-8 code point of the regex. */
static int32_t read_cp(reader *r)
{
    int32_t cp;
    utf8proc_ssize_t len =
        utf8proc_iterate((const utf8proc_uint8_t *)r->re + r->i, (utf8proc_ssize_t)(r->n - r->i), &cp);
    if (len <= 0) {
        r->bail = 1;
        r->i = r->n;
        return 0;
    }
    r->i += (size_t)len;
    return cp;
}

static int hex_digit(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* \x{hhh} or \xhh after the x; returns the code point or -1. */
static int32_t read_hex(reader *r)
{
    long v = 0;
    int digits = 0;
    if (peek(r, 0) == '{') {
        r->i++;
        while (r->i < r->n && r->re[r->i] != '}') {
            int d = hex_digit(r->re[r->i++]);
            if (d < 0 || ++digits > 6)
                return -1;
            v = v * 16 + d;
        }
        if (r->i >= r->n || !digits)
            return -1;
        r->i++;
        return (int32_t)v;
    }
    int d;
    while (digits < 2 && r->i < r->n && (d = hex_digit(r->re[r->i])) >= 0) {
        v = v * 16 + d;
        digits++;
        r->i++;
    }
    return (int32_t)v;
}

typedef struct {
    int32_t cps[CLASS_MAX];
    size_t n;
    int any; /* too many to list, or not listable */
} cpset;

static void cp_add(cpset *c, int32_t cp)
{
    if (c->any)
        return;
    if (c->n == CLASS_MAX) {
        c->any = 1;
        return;
    }
    c->cps[c->n++] = cp;
}

static void cp_range(cpset *c, int32_t lo, int32_t hi)
{
    if (hi < lo || hi - lo >= CLASS_MAX) {
        c->any = 1;
        return;
    }
    for (int32_t x = lo; x <= hi; x++)
        cp_add(c, x);
}

static void skip_property(reader *r)
{
    if (peek(r, 0) == '{') {
        while (r->i < r->n && r->re[r->i] != '}')
            r->i++;
        if (r->i < r->n)
            r->i++;
    } else if (r->i < r->n)
        r->i++;
}

/* The class escapes (after the backslash): adds their characters to c and returns 1, or returns 0 when e is
 * not one. */
static int class_escape(reader *r, cpset *c, int e)
{
    switch (e) {
    case 'd':
        cp_range(c, '0', '9');
        return 1;
    case 's': /* without PCRE2_UCP: ASCII white space */
        cp_add(c, ' ');
        cp_range(c, '\t', '\r');
        return 1;
    case 'w':
        cp_range(c, 'a', 'z');
        cp_range(c, '0', '9');
        cp_add(c, '_');
        return 1;
    case 'p':
    case 'P':
        skip_property(r);
        c->any = 1;
        return 1;
    case 'D':
    case 'S':
    case 'W':
    case 'h':
    case 'H':
    case 'v':
    case 'V':
    case 'N':
    case 'R':
    case 'X':
    case 'C':
        c->any = 1;
        return 1;
    default:
        return 0;
    }
}

/* A single-character escape (after the backslash); returns the code point, or -1 when it is not one. */
static int32_t simple_escape(reader *r, int e)
{
    switch (e) {
    case 'n':
        return '\n';
    case 't':
        return '\t';
    case 'r':
        return '\r';
    case 'f':
        return '\f';
    case 'e':
        return 0x1B;
    case 'a':
        return 0x07;
    case 'x':
        return read_hex(r);
    default:
        if (e > 0 && e < 0x80 && !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')))
            return e; /* escaped punctuation stands for itself */
        return -1;
    }
}

static frag class_frag(reader *r, const cpset *c)
{
    return c->any ? any_char(r) : chars(r, c->cps, c->n);
}

/* [...] after its '[' */
static frag parse_class(reader *r)
{
    cpset c = {.n = 0, .any = 0};
    int neg = peek(r, 0) == '^';
    if (neg)
        r->i++;
    int first = 1;
    int32_t prev = -1; /* the last single code point, which a '-' makes a range */
    while (r->i < r->n && !r->bail) {
        int ch = peek(r, 0);
        if (ch == ']' && !first)
            break;
        first = 0;
        if (ch == '[' && peek(r, 1) == ':') { /* [:alpha:] */
            const char *end = strstr(r->re + r->i, ":]");
            if (!end) {
                r->bail = 1;
                break;
            }
            r->i = (size_t)(end - r->re) + 2;
            c.any = 1;
            prev = -1;
            continue;
        }
        int32_t cp;
        if (ch == '\\') {
            int e = peek(r, 1);
            r->i += 2;
            if (e < 0 || class_escape(r, &c, e)) {
                prev = -1;
                continue;
            }
            cp = e == 'b' ? 0x08 : simple_escape(r, e);
        } else if (ch == '-' && prev >= 0 && peek(r, 1) >= 0 && peek(r, 1) != ']') {
            r->i++;
            int32_t hi;
            if (peek(r, 0) == '\\') {
                int e = peek(r, 1);
                r->i += 2;
                hi = simple_escape(r, e);
            } else
                hi = read_cp(r);
            if (hi < 0) {
                r->bail = 1;
                break;
            }
            cp_range(&c, prev + 1, hi);
            prev = -1;
            continue;
        } else
            cp = read_cp(r);
        if (cp < 0) {
            r->bail = 1;
            break;
        }
        cp_add(&c, cp);
        prev = cp;
    }
    if (peek(r, 0) != ']')
        r->bail = 1;
    else
        r->i++;
    if (neg)
        c.any = 1;
    if (!c.any && c.n == 0)
        return never(r);
    return class_frag(r, &c);
}

static frag parse_alt(reader *r);

/* A group after its '(' up to and including ')'. */
static frag parse_group(reader *r)
{
    int assertion = 0;
    if (peek(r, 0) == '*') {
        /* (*MARK:name) and (*:name) match the empty string; (*FAIL) nothing; other verbs change how one
         * start position depends on another, so such a set gets no prefilter */
        size_t k = r->i + 1;
        while (k < r->n && r->re[k] != ':' && r->re[k] != ')')
            k++;
        size_t nl = k - (r->i + 1);
        const char *name = r->re + r->i + 1;
        int mark = (nl == 4 && memcmp(name, "MARK", 4) == 0) || nl == 0;
        int fail = (nl == 4 && memcmp(name, "FAIL", 4) == 0) || (nl == 1 && name[0] == 'F');
        if (!mark && !fail) {
            r->bail = 1;
            return empty(r);
        }
        while (k < r->n && r->re[k] != ')')
            k++;
        r->i = k < r->n ? k + 1 : r->n;
        return mark ? empty(r) : never(r);
    }
    if (peek(r, 0) == '?') {
        int c = peek(r, 1);
        if (c == ':' || c == '|' || c == '>') {
            r->i += 2;
        } else if (c == '=' || c == '!') {
            r->i += 2;
            assertion = 1;
        } else if (c == '<' && (peek(r, 2) == '=' || peek(r, 2) == '!')) {
            r->i += 3;
            assertion = 1;
        } else if (c == '#') {
            while (r->i < r->n && r->re[r->i] != ')')
                r->i++;
            if (r->i < r->n)
                r->i++;
            return empty(r);
        } else {
            /* option settings (?i) (?-i) (?i:...); x would make white space not literal */
            size_t k = r->i + 1;
            while (k < r->n && r->re[k] && strchr("imnsJUa-^", r->re[k]))
                k++;
            if (k == r->i + 1 || k >= r->n || (r->re[k] != ':' && r->re[k] != ')')) {
                r->bail = 1; /* conditionals, recursion, callouts, named groups, extended syntax */
                return empty(r);
            }
            r->i = k + 1;
            if (r->re[k] == ')')
                return empty(r);
        }
    }
    if (assertion)
        r->mute++;
    frag inner = parse_alt(r);
    if (assertion)
        r->mute--;
    if (peek(r, 0) != ')') {
        r->bail = 1;
        return empty(r);
    }
    r->i++;
    return assertion ? empty(r) : inner;
}

/* One atom, without its quantifier. */
static frag parse_atom(reader *r)
{
    int c = peek(r, 0);
    if (c == '(') {
        r->i++;
        return parse_group(r);
    }
    if (c == '[') {
        r->i++;
        return parse_class(r);
    }
    if (c == '.') {
        r->i++;
        return any_char(r);
    }
    if (c == '^' || c == '$') {
        r->i++;
        return c == '^' ? assertion(r, A_LINE) : empty(r);
    }
    if (c == '{' && peek(r, 1) == ',') {
        r->bail = 1; /* {,n}: a quantifier in newer PCRE2, a literal in older ones */
        return empty(r);
    }
    if (c != '\\') {
        int32_t cp = read_cp(r);
        return chars(r, &cp, 1);
    }
    int e = peek(r, 1);
    r->i += 2;
    if (e < 0) {
        r->bail = 1;
        return empty(r);
    }
    if (e == 'A') {
        byteset nul = {{0}};
        bs_add(&nul, 0);
        return one_byte(r, &nul); /* the virtual NUL before the subject */
    }
    if (e == 'b' || e == 'B')
        return assertion(r, e == 'b' ? A_WORDB : A_NWORDB);
    if (strchr("zZK", e))
        return empty(r);
    if (strchr("GQEgkco", e)) {
        r->bail = 1; /* \G ties a match to the search's start; the rest the reader does not follow */
        return empty(r);
    }
    if (e >= '0' && e <= '9')
        return any_char(r); /* a back reference (any text) or an octal escape */
    cpset cs = {.n = 0, .any = 0};
    if (class_escape(r, &cs, e))
        return class_frag(r, &cs);
    int32_t cp = simple_escape(r, e);
    if (cp < 0) {
        r->bail = 1;
        return empty(r);
    }
    return chars(r, &cp, 1);
}

/* Reads a quantifier if there is one: *min, and *max (-1: unbounded); returns 0 when there is none. */
static int parse_quant(reader *r, long *min, long *max)
{
    int c = peek(r, 0);
    if (c == '?' || c == '*' || c == '+') {
        r->i++;
        *min = c == '+';
        *max = c == '?' ? 1 : -1;
    } else if (c == '{') {
        size_t k = r->i + 1;
        long a = 0, b;
        int da = 0, db = 0;
        while (k < r->n && r->re[k] >= '0' && r->re[k] <= '9' && da < 6) {
            a = a * 10 + (r->re[k++] - '0');
            da++;
        }
        if (!da)
            return 0; /* a literal '{' */
        if (k < r->n && r->re[k] == '}') {
            b = a;
        } else if (k < r->n && r->re[k] == ',') {
            k++;
            b = 0;
            while (k < r->n && r->re[k] >= '0' && r->re[k] <= '9' && db < 6) {
                b = b * 10 + (r->re[k++] - '0');
                db++;
            }
            if (!db)
                b = -1;
            if (k >= r->n || r->re[k] != '}')
                return 0;
        } else
            return 0;
        r->i = k + 1;
        *min = a;
        *max = b;
    } else
        return 0;
    if (peek(r, 0) == '?' || peek(r, 0) == '+')
        r->i++; /* lazy or possessive: the same texts, or fewer */
    return 1;
}

/* Another copy of the atom at [at, end) of the regex. */
static frag reparse(reader *r, size_t at, size_t end)
{
    size_t save = r->i;
    r->i = at;
    frag f = parse_atom(r);
    if (r->i != end)
        r->bail = 1;
    r->i = save;
    return f;
}

/* The atom at [at, end), already read once as f, repeated {min, max}. */
static frag repeat(reader *r, frag f, size_t at, size_t end, long min, long max)
{
    if (max < 0 || max > REPEAT_MAX) {
        max = -1; /* a{n,m} matches a subset of what a{min(n, REPEAT_MAX),} matches */
        if (min > REPEAT_MAX)
            min = REPEAT_MAX;
    }
    frag out = empty(r);
    int have = 1; /* f is still unused */
    for (long i = 0; i < min; i++) {
        frag x = have ? f : reparse(r, at, end);
        have = 0;
        eps(r, out.out, x.in);
        out.out = x.out;
    }
    if (max < 0) {
        frag x = have ? f : reparse(r, at, end);
        int loop = node(r), after = node(r);
        eps(r, out.out, loop);
        eps(r, loop, x.in);
        eps(r, loop, after);
        eps(r, x.out, loop);
        out.out = after;
        return out;
    }
    int done = node(r);
    for (long i = min; i < max; i++) {
        frag x = have ? f : reparse(r, at, end);
        have = 0;
        eps(r, out.out, done);
        eps(r, out.out, x.in);
        out.out = x.out;
    }
    eps(r, out.out, done);
    out.out = done;
    return out;
}

static frag parse_seq(reader *r)
{
    frag acc = empty(r);
    while (r->i < r->n && !r->bail) {
        int c = peek(r, 0);
        if (c == '|' || c == ')')
            break;
        size_t at = r->i;
        byteset lit;
        if (!r->mute && c != '\\' && !strchr("()[].^${|*+?", c) && plain_ascii(c, &lit)) {
            int q = peek(r, 1);
            if (q != '*' && q != '+' && q != '?' && q != '{') {
                /* a literal character: one transition from the sequence's end, no empty ones */
                r->i++;
                int to = node(r);
                edge(r, acc.out, &lit, to);
                acc.out = to;
                continue;
            }
        }
        frag x = parse_atom(r);
        size_t end = r->i;
        long min, max;
        if (parse_quant(r, &min, &max)) {
            x = repeat(r, x, at, end, min, max);
            if (parse_quant(r, &min, &max))
                r->bail = 1; /* a quantified quantifier */
        }
        eps(r, acc.out, x.in);
        acc.out = x.out;
    }
    return acc;
}

static frag parse_alt(reader *r)
{
    frag first = parse_seq(r);
    if (peek(r, 0) != '|' || r->bail)
        return first;
    frag f = {node(r), node(r)};
    eps(r, f.in, first.in);
    eps(r, first.out, f.out);
    while (!r->bail && peek(r, 0) == '|') {
        r->i++;
        frag b = parse_seq(r);
        eps(r, f.in, b.in);
        eps(r, b.out, f.out);
    }
    return f;
}

/* ---- the DFA ---- */

/* What the byte before a position says to \b, \B and ^: a non-word byte, a word byte (ASCII letter, digit
 * or _, as \w is without PCRE2_UCP), or a line break or the start of the subject. */
enum { C_OTHER, C_WORD, C_LINE, NCTX };

struct fl_prefilter {
    uint8_t cls[256]; /* byte -> class */
    size_t ncls;
    uint16_t *next; /* state * ncls + class -> state: 0 dead, 1 a possible match, START + context the starts */
    size_t nstates;
    uint16_t after_nul;          /* the state after the virtual NUL of \A at the start of the subject (0: none) */
    uint8_t ctx[256];            /* the context C_ after each byte */
    uint8_t first[NCTX][256];    /* bytes that do not lead from the start in that context to the dead state */
    uint8_t any[256];            /* bytes that do so in some context */
    uint8_t after[65536 / 8];    /* bit (b0 << 8 | b1): b1 after b0 does (first[ctx[b0]][b1]) */
    uint8_t quad[QUAD_BITS / 8]; /* hashed bits of the byte classes of four bytes that do not lead from a
                                  * start to the dead state: a clear bit rules a position out */
};

enum { DEAD = 0, MATCH = 1, START = 2, FIRST_STATE = START + NCTX };

size_t fl_prefilter_states(const fl_prefilter *pf)
{
    return pf ? pf->nstates : 0;
}

void fl_prefilter_free(fl_prefilter *pf)
{
    if (!pf)
        return;
    free(pf->next);
    free(pf);
}

typedef struct {
    const nfa *a;
    int final;
    int *stamp; /* per NFA node: the closure that last visited it */
    int stamp_now;
    int *stack;
    /* per NFA node, once computed: its closure (the byte-transition nodes reachable by empty transitions,
     * sorted) as [clo_off, clo_off + clo_len) of clo_pool; clo_len -1: the final node is reachable */
    long *clo_off, *clo_len;
    int *clo_pool;
    size_t nclo, capclo;
    /* the DFA states' NFA node lists, in one pool */
    int *pool;
    size_t npool, cappool;
    size_t *off, *len;
    size_t ndfa, capdfa, caplen;
    int *slots; /* hash: key -> DFA index + 1 */
    size_t nslots;
} builder;

static void sort_ints(int *k, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        int x = k[i];
        size_t j = i;
        while (j > 0 && k[j - 1] > x) {
            k[j] = k[j - 1];
            j--;
        }
        k[j] = x;
    }
}

/* The closure of node x (see builder), computed once. */
static void node_closure(builder *b, int x)
{
    if (b->clo_len[x] != -2)
        return;
    b->stamp_now++;
    size_t sp = 0, start = b->nclo;
    long len = 0;
    b->stamp[x] = b->stamp_now;
    b->stack[sp++] = x;
    while (sp) {
        int y = b->stack[--sp];
        if (y == b->final)
            len = -1;
        const nnode *nd = &b->a->v[y];
        if (nd->bs >= 0 && len >= 0) {
            FL_GROW(b->clo_pool, b->capclo, b->nclo + 1);
            b->clo_pool[b->nclo++] = y;
        }
        for (int e = nd->eps; e >= 0; e = b->a->edges[e].next) {
            int z = b->a->edges[e].to;
            if (b->stamp[z] != b->stamp_now) {
                b->stamp[z] = b->stamp_now;
                b->stack[sp++] = z;
            }
        }
    }
    if (len < 0) {
        b->nclo = start;
        b->clo_off[x] = 0;
        b->clo_len[x] = -1;
        return;
    }
    b->clo_off[x] = (long)start;
    b->clo_len[x] = (long)(b->nclo - start);
    sort_ints(b->clo_pool + start, b->nclo - start);
}

/* The union of the closures of seeds[0..n), sorted, appended to the pool (not yet a state); returns its
 * count, or -1 when the final node is reachable. */
static long closure(builder *b, const int *seeds, size_t n)
{
    size_t start = b->npool;
    for (size_t i = 0; i < n; i++) {
        node_closure(b, seeds[i]);
        if (b->clo_len[seeds[i]] < 0) {
            b->npool = start;
            return -1;
        }
    }
    b->stamp_now++;
    int mark = b->stamp_now;
    for (size_t i = 0; i < n; i++) {
        const int *c = b->clo_pool + b->clo_off[seeds[i]];
        for (long k = 0; k < b->clo_len[seeds[i]]; k++) {
            if (b->stamp[c[k]] == mark)
                continue;
            b->stamp[c[k]] = mark;
            FL_GROW(b->pool, b->cappool, b->npool + 1);
            b->pool[b->npool++] = c[k];
        }
    }
    size_t m = b->npool - start;
    if (n > 1)
        sort_ints(b->pool + start, m);
    return (long)m;
}

static uint64_t key_hash(const int *k, size_t n)
{
    uint64_t h = 1469598103934665603ULL ^ n;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint64_t)(uint32_t)k[i]) * 1099511628211ULL;
    return h;
}

/* Makes the sorted node list at the end of the pool a DFA state: returns its index (an existing one when the
 * same list is known), or -1 when the budget is spent. */
static long intern(builder *b, size_t start, size_t n)
{
    int *k = b->pool + start;
    uint64_t h = key_hash(k, n);
    size_t slot = (size_t)h & (b->nslots - 1);
    while (b->slots[slot]) {
        size_t d = (size_t)b->slots[slot] - 1;
        if (b->len[d] == n && memcmp(b->pool + b->off[d], k, n * sizeof(int)) == 0) {
            b->npool = start;
            return (long)d;
        }
        slot = (slot + 1) & (b->nslots - 1);
    }
    if (b->ndfa >= DFA_MAX) {
        b->npool = start;
        return -1;
    }
    FL_GROW(b->off, b->capdfa, b->ndfa + 1);
    FL_GROW(b->len, b->caplen, b->ndfa + 1);
    b->off[b->ndfa] = start;
    b->len[b->ndfa] = n;
    b->slots[slot] = (int)b->ndfa + 1;
    return (long)b->ndfa++;
}

/* Splits the bytes into classes that every byte set of the NFA either contains whole or not at all. */
static size_t byte_classes(const nfa *a, uint8_t *cls, uint8_t *rep)
{
    uint16_t id[256] = {0};
    size_t nid = 1;
    for (size_t s = 0; s < a->nsets; s++) {
        uint16_t map[2 * 256];
        memset(map, 0xFF, sizeof map);
        size_t n = 0;
        uint16_t nw[256];
        for (int c = 0; c < 256; c++) {
            int key = id[c] * 2 + bs_has(&a->sets[s], c);
            if (map[key] == 0xFFFF)
                map[key] = (uint16_t)n++;
            nw[c] = map[key];
        }
        memcpy(id, nw, sizeof id);
        nid = n;
    }
    for (int c = 255; c >= 0; c--) {
        cls[c] = (uint8_t)id[c];
        rep[id[c]] = (uint8_t)c;
    }
    return nid;
}

/* The filter bit of four classes packed six bits each. */
static size_t quad_bit(uint32_t key)
{
    return (size_t)((key * 0x9E3779B1u) >> (32 - 17)) & (QUAD_BITS - 1);
}

/* Sets the bits of every four classes that, read from state s after depth classes (packed in key), do not
 * reach the dead state; after a possible match, whatever classes follow. */
static void quad_fill(fl_prefilter *pf, size_t s, int depth, uint32_t key)
{
    if (depth == 4) {
        size_t b = quad_bit(key);
        pf->quad[b >> 3] |= (uint8_t)(1u << (b & 7));
        return;
    }
    for (size_t c = 0; c < pf->ncls; c++) {
        size_t t = s == MATCH ? MATCH : pf->next[s * pf->ncls + c];
        if (t != DEAD)
            quad_fill(pf, t, depth + 1, key | (uint32_t)c << (6 * depth));
    }
}

static int is_word_byte(int b)
{
    return fl_is_ascii_alpha(b) || fl_is_ascii_digit(b) || b == '_';
}

/* The closure of the start in context ctx: the byte-transition nodes reachable by empty transitions, each with
 * what the first byte must be for the assertions passed on the way (0 anything, 1 a word byte, 2 another
 * byte), as node * 3 + that, appended to the pool; returns their count, or -1 when the final node is
 * reachable (a match may be empty). */
static long start_closure(builder *b, int start, int ctx)
{
    const nfa *a = b->a;
    unsigned char *seen = fl_xcalloc(a->n * 3, 1);
    int *stack = fl_xmalloc(a->n * 3 * sizeof(int));
    size_t sp = 0, begin = b->npool;
    long result = 0;
    seen[(size_t)start * 3] = 1;
    stack[sp++] = start * 3;
    while (sp) {
        int e = stack[--sp];
        int x = e / 3, need = e % 3;
        const nnode *nd = &a->v[x];
        if (nd->assert == A_LINE && ctx != C_LINE)
            continue;
        if (nd->assert == A_WORDB || nd->assert == A_NWORDB) {
            /* \b: the first byte's kind differs from the one before; \B: it is the same */
            int want = (ctx == C_WORD) == (nd->assert == A_WORDB) ? 2 : 1;
            if (need && need != want)
                continue; /* both kinds at once: no path */
            need = want;
        }
        if (x == b->final)
            result = -1;
        if (nd->bs >= 0) {
            FL_GROW(b->pool, b->cappool, b->npool + 1);
            b->pool[b->npool++] = x * 3 + need;
        }
        for (int k = nd->eps; k >= 0; k = a->edges[k].next) {
            int y = a->edges[k].to * 3 + need;
            if (!seen[y]) {
                seen[y] = 1;
                stack[sp++] = y;
            }
        }
    }
    free(seen);
    free(stack);
    if (result < 0) {
        b->npool = begin;
        return -1;
    }
    return (long)(b->npool - begin);
}

/* The tables a built DFA of ndfa states is read with: MATCH absorbing, the start of the subject (\A), the
 * first bytes per context, the byte pairs that may start a match and the quick test by quads. */
static void finish_tables(fl_prefilter *pf, size_t ndfa)
{
    pf->nstates = ndfa + FIRST_STATE;
    /* MATCH stays MATCH whatever follows */
    for (size_t c = 0; c < pf->ncls; c++)
        pf->next[MATCH * pf->ncls + c] = MATCH;
    /* the virtual NUL of \A is read at the start of the subject, a C_LINE context */
    pf->after_nul = pf->next[(START + C_LINE) * pf->ncls + pf->cls[0]];
    for (int x = 0; x < NCTX; x++) {
        for (int c = 1; c < 256; c++) { /* never 0: the virtual NUL is no byte of the text */
            pf->first[x][c] = pf->next[(START + (size_t)x) * pf->ncls + pf->cls[c]] != DEAD;
            pf->any[c] |= pf->first[x][c];
        }
        if (pf->ncls <= 64)
            quad_fill(pf, START + (size_t)x, 0, 0);
    }
    for (int b0 = 0; b0 < 256; b0++)
        for (int b1 = 0; b1 < 256; b1++)
            if (pf->first[pf->ctx[b0]][b1])
                pf->after[(b0 << 8 | b1) >> 3] |= (uint8_t)(1u << (b1 & 7));
    if (pf->ncls > 64)
        memset(pf->quad, 0xFF, sizeof pf->quad); /* classes too many to key: no quick test */
    pf->next = fl_xrealloc(pf->next, pf->nstates * pf->ncls * sizeof(uint16_t));
}

static fl_prefilter *determinize(nfa *a, int start, int final)
{
    fl_prefilter *pf = fl_xcalloc(1, sizeof *pf);
    /* word bytes and line breaks get classes of their own, for the contexts */
    byteset word = {{0}}, line = {{0}};
    for (int c = 0; c < 256; c++) {
        if (is_word_byte(c))
            bs_add(&word, c);
        pf->ctx[c] = c == '\n' || c == '\r' ? C_LINE : is_word_byte(c) ? C_WORD : C_OTHER;
    }
    bs_add(&line, '\n');
    bs_add(&line, '\r');
    set_index(a, &word);
    set_index(a, &line);
    uint8_t rep[256];
    pf->ncls = byte_classes(a, pf->cls, rep);
    /* the classes of each byte set */
    size_t *set_off = fl_xcalloc(a->nsets + 1, sizeof(size_t));
    uint8_t *set_cls = fl_xmalloc(a->nsets * pf->ncls + 1);
    for (size_t s = 0; s < a->nsets; s++) {
        set_off[s + 1] = set_off[s];
        for (size_t c = 0; c < pf->ncls; c++)
            if (bs_has(&a->sets[s], rep[c]))
                set_cls[set_off[s + 1]++] = (uint8_t)c;
    }
    builder b;
    memset(&b, 0, sizeof b);
    b.a = a;
    b.final = final;
    b.stamp = fl_xcalloc(a->n, sizeof(int));
    b.stack = fl_xmalloc(a->n * sizeof(int));
    b.clo_off = fl_xmalloc(a->n * sizeof(long));
    b.clo_len = fl_xmalloc(a->n * sizeof(long));
    for (size_t i = 0; i < a->n; i++)
        b.clo_len[i] = -2; /* not computed yet */
    b.nslots = (size_t)4 * DFA_MAX;
    b.slots = fl_xcalloc(b.nslots, sizeof(int));
    /* DFA state d is automaton state d + FIRST_STATE; the starts (one per context) are built apart */
    pf->next = fl_xcalloc((DFA_MAX + FIRST_STATE) * pf->ncls, sizeof(uint16_t));
    fl_prefilter *result = pf;
    int **bucket = fl_xcalloc(pf->ncls, sizeof(int *));
    size_t *nb = fl_xcalloc(pf->ncls, sizeof(size_t)), *capb = fl_xcalloc(pf->ncls, sizeof(size_t));
    /* rows of the starts, then of the states they lead to, breadth first */
    size_t any_nodes = 0;
    for (long d = -(long)NCTX; d < (long)b.ndfa; d++) {
        memset(nb, 0, pf->ncls * sizeof(size_t));
        size_t from, count;
        if (d < 0) {
            long n = start_closure(&b, start, (int)(d + NCTX));
            if (n < 0) {
                result = NULL; /* the empty string matches: no filter */
                break;
            }
            any_nodes += (size_t)n;
            from = b.npool - (size_t)n;
            count = (size_t)n;
        } else {
            from = b.off[d];
            count = b.len[d];
        }
        for (size_t i = 0; i < count; i++) {
            int e = b.pool[from + i], need = d < 0 ? e % 3 : 0;
            const nnode *x = &a->v[d < 0 ? e / 3 : e];
            for (size_t k = set_off[x->bs]; k < set_off[x->bs + 1]; k++) {
                size_t c = set_cls[k];
                if (need && (need == 1) != is_word_byte(rep[c]))
                    continue; /* what a \b or \B before the match requires of its first byte */
                FL_GROW(bucket[c], capb[c], nb[c] + 1);
                bucket[c][nb[c]++] = x->next;
            }
        }
        if (d < 0)
            b.npool = from; /* a start's list is not a state's key */
        size_t row = d < 0 ? (size_t)(d + NCTX) + START : (size_t)d + FIRST_STATE;
        for (size_t c = 0; c < pf->ncls; c++) {
            if (!nb[c])
                continue;
            long n = closure(&b, bucket[c], nb[c]);
            long to = n < 0 ? -1 : n == 0 ? -2 : intern(&b, b.npool - (size_t)n, (size_t)n);
            uint16_t t = to == -2 ? DEAD : to < 0 ? MATCH : (uint16_t)(to + FIRST_STATE);
            pf->next[row * pf->ncls + c] = t;
        }
    }
    for (size_t c = 0; c < pf->ncls; c++)
        free(bucket[c]);
    free(bucket);
    free(nb);
    free(capb);
    if (!result || !any_nodes) {
        result = NULL; /* the empty string matches, or nothing does: no filter */
        goto done;
    }
    finish_tables(pf, b.ndfa);
done:
    free(set_off);
    free(set_cls);
    free(b.stamp);
    free(b.stack);
    free(b.clo_off);
    free(b.clo_len);
    free(b.clo_pool);
    free(b.pool);
    free(b.off);
    free(b.len);
    free(b.slots);
    if (!result)
        fl_prefilter_free(pf);
    return result;
}

fl_prefilter *fl_prefilter_build(const char *const *regexes, size_t n)
{
    nfa a;
    memset(&a, 0, sizeof a);
    reader r = {NULL, 0, 0, 0, 0, &a};
    int start = node(&r), final = node(&r);
    for (size_t i = 0; i < n && !r.bail; i++) {
        r.re = regexes[i];
        r.i = 0;
        r.n = strlen(regexes[i]);
        frag f = parse_alt(&r);
        if (r.i != r.n)
            r.bail = 1;
        eps(&r, start, f.in);
        eps(&r, f.out, final);
    }
    fl_prefilter *pf = r.bail ? NULL : determinize(&a, start, final);
    nfa_free(&a);
    return pf;
}

/* Can a match begin at text[p], with the automaton in state s? */
static int walk(const fl_prefilter *pf, size_t s, const char *text, size_t len, size_t p)
{
    size_t stop = len - p > WALK_MAX ? p + WALK_MAX : len;
    for (; p < stop; p++) {
        s = pf->next[s * pf->ncls + pf->cls[(unsigned char)text[p]]];
        if (s <= MATCH)
            return (int)s;
    }
    return stop < len; /* walked far enough to be called a match, or met the end with nothing matched */
}

/* The context of position p: what the byte before it says to \b, \B and ^. */
static int context_at(const fl_prefilter *pf, const unsigned char *u, size_t p)
{
    return p == 0 ? C_LINE : pf->ctx[u[p - 1]];
}

/* Can a match begin at u[p], a byte that some start accepts? */
static int begins_at(const fl_prefilter *pf, const unsigned char *u, size_t len, size_t p)
{
    int ctx = context_at(pf, u, p);
    if (!pf->first[ctx][u[p]] || (u[p] & 0xC0) == 0x80)
        return 0; /* not from this start, or inside a character */
    if (p + 3 < len) {
        /* the first four bytes, by a bit that fits in the L1 cache where the automaton does not */
        size_t b = quad_bit((uint32_t)pf->cls[u[p]] | (uint32_t)pf->cls[u[p + 1]] << 6 |
                            (uint32_t)pf->cls[u[p + 2]] << 12 | (uint32_t)pf->cls[u[p + 3]] << 18);
        if (!((pf->quad[b >> 3] >> (b & 7)) & 1))
            return 0;
    }
    return walk(pf, START + (size_t)ctx, (const char *)u, len, p);
}

/* Can a match begin at the start of the subject, through \A? */
static int begins_at_subject(const fl_prefilter *pf, const char *text, size_t len)
{
    return pf->after_nul && (pf->after_nul == MATCH || walk(pf, pf->after_nul, text, len, 0));
}

/* Does the byte pair u[p - 1] u[p] pass the table of pairs t? */
static int pair_passes(const uint8_t *t, const unsigned char *u, size_t p)
{
    unsigned k = (unsigned)u[p - 1] << 8 | u[p];
    return (t[k >> 3] >> (k & 7)) & 1;
}

size_t fl_prefilter_next(const fl_prefilter *pf, const char *text, size_t len, size_t from)
{
    if (from == 0 && begins_at_subject(pf, text, len))
        return 0;
    const unsigned char *u = (const unsigned char *)text;
    size_t p = from;
    if (p == 0 && len && begins_at(pf, u, len, 0))
        return 0;
    for (p = p ? p : 1; p < len; p++) {
        /* most bytes cannot begin a match after the byte before them: a tight loop over them */
        if (pair_passes(pf->after, u, p) && begins_at(pf, u, len, p))
            return p;
    }
    return (size_t)-1;
}

void fl_prefilter_all(const fl_prefilter *const *pfs, size_t n, const char *text, size_t len, size_t from,
                      size_t **cands, size_t *counts)
{
    uint8_t any[65536 / 8] = {0};
    size_t *caps = fl_xcalloc(n + 1, sizeof(size_t));
    const unsigned char *u = (const unsigned char *)text;
    for (size_t k = 0; k < n; k++) {
        cands[k] = NULL;
        counts[k] = 0;
        for (size_t x = 0; x < sizeof any; x++)
            any[x] |= pfs[k]->after[x];
        if (from == 0 && len && (begins_at_subject(pfs[k], text, len) || begins_at(pfs[k], u, len, 0))) {
            FL_GROW(cands[k], caps[k], counts[k] + 1);
            cands[k][counts[k]++] = 0;
        }
    }
    /* one pass for every automaton: skip the bytes none of them can begin with after the byte before */
    for (size_t p = from ? from : 1; p < len; p++) {
        if (!pair_passes(any, u, p))
            continue;
        for (size_t k = 0; k < n; k++) {
            if (!pair_passes(pfs[k]->after, u, p) || !begins_at(pfs[k], u, len, p))
                continue;
            FL_GROW(cands[k], caps[k], counts[k] + 1);
            cands[k][counts[k]++] = p;
        }
    }
    free(caps);
}
