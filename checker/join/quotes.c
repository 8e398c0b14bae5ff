/* quotes.c - quote-conflict: the run's quotes and reported speech joined on their speaker; misquotes and
 * renderings of one remark that differ in audience, content or negation. */
#include "join/quotes.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libstemmer.h>

#include "core/map.h"
#include "core/rules.h"
#include "doc/tokens.h"
#include "extract/numbers.h"
#include "packs/knowledge.h"

enum {
    MAX_WORDS = 400,
    MAX_REPS = 400,
    WINDOW = 5,
    MIN_QUOTE_WORDS = 5,
    LONG_RUN = 5,
    MAX_SUB = 4,
    MAX_INSERT = 3,
    MAX_GAPS = 3,
    NEG_SCOPE = 4,
    PRED_BACK = 4,
    REWORD_WORDS = 8,
    REWORD_SHARED = 4,
    SHAPE_OPEN = 2,
    SHAPE_CLOSE = 3,
    SHAPE_RUN = 3,
    ANCHOR_BEFORE = 3,
    ANCHOR_AFTER = 2,
    DIVERGE = 3,
    SLIP_LETTERS = 3,
    NAME_LETTERS = 40,
    NAME_EDITS = 3,
    PARTICLE_LETTERS = 3,
    SAME_SET_WORDS = 3,
    FRAMED_SHARE = 6,
    SAME_SET_SHARE = 8,
    NEAR_GAP = 3,
    END_WORDS = 2
};

enum { SLIP_LETTER = 1, SLIP_NAME = 2 }; /* the kinds of slip (slip) */

#define ELLIPSIS "\x01"

typedef struct {
    uint64_t h;        /* hash of w, for the word alignment */
    char *w;           /* folded word or phrase; ELLIPSIS for "..." */
    char *stem;        /* stem, "#entity", or NULL for a stopword */
    size_t start, end; /* in the claim's text */
    uint8_t neg;       /* a negation */
    uint8_t num;       /* a number (digits, or a number word that house style writes in digits) */
    uint8_t cap;       /* capitalised where a sentence does not begin: a name */
    uint8_t doubt;     /* a verb of doubt ("questioned"): a negation before it affirms */
    uint8_t pro;       /* a pro-form ("that", "it") that may stand for a noun phrase */
    uint8_t opens;     /* ends a negation's scope: a coordinator or a word that opens a clause ("and", "who") */
    uint8_t limit;     /* makes a negation a limit, not a reversal: "not ... until", "not only" */
    uint8_t degree;    /* says how much of the rest holds ("nearly", "partly"): one more or less is a new claim */
    uint8_t det;       /* a negation of the noun after it: "no", "none", "without" */
    uint8_t prep;      /* a preposition or article: the word after it is no predicate ("of becoming") */
    uint8_t ends;      /* a full stop, question or exclamation mark follows: the word ends a sentence */
    const char *modal; /* the class of a modal word ("will", "may"), or NULL */
} word;

/* House style, as the rule packs give it: which characters are apostrophes and hyphens, and which
 * renderings of a word agree ("colour" and "color", "eleventh" and "11th", "per cent" and "percent"). */
typedef struct {
    struct sb_stemmer *sb; /* Snowball's English stemmer */
    const fl_lexicon *apostrophes, *hyphens, *stop, *neg, *neg_suffixes, *pro, *doubt;
    fl_map variants; /* folded left side -> item index */
    const fl_lexicon *style;
    fl_map modals; /* folded modal word -> item index of "word=class" */
    const fl_lexicon *modal;
    fl_map opposites; /* "stem\x1fstem" of two predicates that reverse each other ("raise", "freeze") */
    fl_map synonyms;  /* "stem\x1fstem" of two predicates that say the same ("cut", "trim") */
    const fl_lexicon *openers, *limits, *degrees, *coord, *alt, *dets, *preps, *quantities;
} fold_ctx;

/* A stem of a rendering's set of stems, with its hash: the sets are compared pairwise within every speaker's
 * group, and comparing hashes first leaves strcmp for the stems that are equal. */
typedef struct {
    uint64_t h;
    const char *s;
} stem_ref;

typedef struct {
    const fl_qclaim *q;
    word *w;
    size_t n;
    stem_ref *content; /* the stems, duplicates kept out, sorted by hash then text (only counts and
                        * membership are asked of them, so any fixed order does) */
    size_t ncontent;
    stem_ref *aud;
    size_t naud;
    int hedged; /* a hedge adverb, or a claim made on someone else's word ("according to") */
} rendering;

/* The stem of the folded word w (Snowball's English stemmer, sb: not shared between threads), so
 * "officials" meets "official" and "fears" meets "fear"; owned. */
static char *stem(struct sb_stemmer *sb, const char *w)
{
    const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)strlen(w));
    if (!st) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
    return fl_xstrndup((const char *)st, (size_t)sb_stemmer_length(sb));
}

/* A negation word ("not") or a word with a negating ending ("didn't": the negation-suffixes role). */
static int is_negation(const fold_ctx *f, const char *x, size_t xl)
{
    return fl_lexicon_has(f->neg, x, xl, 1) || fl_lexicon_suffix(f->neg_suffixes, x, xl);
}

/* The right side of "left=right" item i of lex. */
static const char *right_side(const fl_lexicon *lex, size_t i)
{
    const char *x = fl_lexicon_item(lex, i);
    const char *eq = strchr(x, '=');
    return eq ? eq + 1 : x;
}

static void index_pairs(fl_map *m, const fl_lexicon *lex)
{
    fl_map_init(m, 0);
    for (size_t i = 0; lex && i < fl_lexicon_size(lex); i++) {
        const char *x = fl_lexicon_item(lex, i);
        const char *eq = strchr(x, '=');
        if (!eq)
            continue;
        char *l = fl_fold(x, (size_t)(eq - x));
        fl_map_put(m, l, strlen(l), (int)i);
        free(l);
    }
}

/* Both orders of the stems of every pair of lex ("raise=freeze"; a group "cut=trim=reduce" pairs each word
 * with every other) as "stem\x1fstem" keys of m. */
static void stem_pairs(fl_map *m, const fl_lexicon *lex, struct sb_stemmer *sb)
{
    fl_map_init(m, 0);
    for (size_t i = 0; lex && i < fl_lexicon_size(lex); i++) {
        const char *x = fl_lexicon_item(lex, i);
        char *st[16];
        size_t n = 0;
        for (const char *p = x; *p && n < 16;) {
            const char *eq = strchr(p, '=');
            size_t l = eq ? (size_t)(eq - p) : strlen(p);
            char *w = fl_fold(p, l);
            st[n++] = stem(sb, w);
            free(w);
            p += l + (eq != NULL);
        }
        for (size_t a = 0; a < n; a++)
            for (size_t b = 0; b < n; b++) {
                if (a == b)
                    continue;
                char *k = fl_xasprintf("%s\x1f%s", st[a], st[b]);
                fl_map_put(m, k, strlen(k), 1);
                free(k);
            }
        for (size_t a = 0; a < n; a++)
            free(st[a]);
    }
}

static void fold_init(fold_ctx *f, const fl_rules *r, struct sb_stemmer *sb)
{
    f->sb = sb;
    f->apostrophes = fl_rules_lexicon(r, "quote-apostrophes");
    f->hyphens = fl_rules_lexicon(r, "quote-hyphens");
    f->stop = fl_rules_lexicon(r, "stopwords");
    f->neg = fl_rules_lexicon(r, "negations");
    f->neg_suffixes = fl_rules_role(r, FL_ROLE_NEGATION_SUFFIX);
    f->pro = fl_rules_lexicon(r, "pro-forms");
    f->doubt = fl_rules_lexicon(r, "doubt-verbs");
    f->style = fl_rules_lexicon(r, "house-style");
    f->modal = fl_rules_lexicon(r, "modal-words");
    index_pairs(&f->variants, f->style);
    index_pairs(&f->modals, f->modal);
    stem_pairs(&f->opposites, fl_rules_lexicon(r, "opposites"), sb);
    stem_pairs(&f->synonyms, fl_rules_lexicon(r, "synonyms"), sb);
    f->openers = fl_rules_lexicon(r, "clause-openers");
    f->limits = fl_rules_lexicon(r, "negation-limits");
    f->degrees = fl_rules_lexicon(r, "degree-words");
    f->coord = fl_rules_role(r, FL_ROLE_COORDINATOR);
    f->alt = fl_rules_role(r, FL_ROLE_OR);
    f->dets = fl_rules_lexicon(r, "noun-negations");
    f->quantities = fl_rules_lexicon(r, "quantity-words");
    f->preps = fl_rules_lexicon(r, "org-prepositions");
}

static void fold_free(fold_ctx *f)
{
    fl_map_free(&f->variants);
    fl_map_free(&f->modals);
    fl_map_free(&f->opposites);
    fl_map_free(&f->synonyms);
}

/* The item of lex (a set of characters) that starts x, or 0. */
static size_t char_at(const fl_lexicon *lex, const char *x, size_t xl)
{
    const size_t *items;
    size_t m = lex ? fl_lexicon_starting(lex, (unsigned char)x[0], &items) : 0;
    for (size_t k = 0; k < m; k++) {
        size_t il = fl_lexicon_item_len(lex, items[k]);
        if (il <= xl && memcmp(x, fl_lexicon_item(lex, items[k]), il) == 0)
            return il;
    }
    return 0;
}

/* A word as house style would write it: folded case and Unicode form, apostrophes alike, no possessive,
 * no hyphens, no dots in an initialism ("F.B.I." is "fbi"), and the agreed spelling of a variant. */
static char *fold_word(const fold_ctx *f, const char *x, size_t xl)
{
    fl_buf b = {0};
    size_t letters = 0, dots = 0;
    /* a compound is folded part by part, so that "one-in-three" is "1in3", as "1 in 3" written as one is */
    for (size_t i = 1, n; i + 1 < xl; i++) {
        if ((n = char_at(f->hyphens, x + i, xl - i)) && i + n < xl) {
            char *head = fold_word(f, x, i), *tail = fold_word(f, x + i + n, xl - i - n);
            char *w = fl_xasprintf("%s%s", head, tail);
            free(head);
            free(tail);
            return w;
        }
    }
    for (size_t i = 0; i < xl;) {
        size_t n;
        if ((n = char_at(f->apostrophes, x + i, xl - i))) {
            fl_buf_putc(&b, '\'');
            i += n;
        } else if ((n = char_at(f->hyphens, x + i, xl - i))) {
            i += n;
        } else {
            if (x[i] == '.')
                dots++;
            else
                letters++;
            fl_buf_putc(&b, x[i++]);
        }
    }
    char *raw = fl_buf_take(&b);
    char *w = fl_fold(raw, strlen(raw));
    free(raw);
    size_t wl = strlen(w);
    if (dots && dots + 1 >= letters) { /* "f.b.i." or "u.s" */
        size_t o = 0;
        for (size_t i = 0; i < wl; i++)
            if (w[i] != '.')
                w[o++] = w[i];
        w[o] = 0;
        wl = o;
    }
    if (wl > 2 && strcmp(w + wl - 2, "'s") == 0)
        w[wl -= 2] = 0;
    else if (wl > 1 && w[wl - 1] == '\'')
        w[--wl] = 0;
    int v = fl_map_get(&f->variants, w, wl);
    if (v >= 0) {
        free(w);
        w = fl_fold(right_side(f->style, (size_t)v), strlen(right_side(f->style, (size_t)v)));
    }
    return w;
}

static int all_digits(const char *w)
{
    if (!*w)
        return 0;
    for (; *w; w++)
        if (!(fl_is_ascii_digit((unsigned char)*w) || *w == ',' || *w == '.'))
            return 0;
    return 1;
}

/* The numbers among tokens t[0, nt) of s that are one word of a rendering, by the token each starts at (numbers'
 * indexes into *nums, -1 elsewhere; NULL when there are none): a number of words or of digits ("fifteen hundred",
 * "a hundred and sixty", "1,500", "2.5bn") that is no range, proportion, year, date or time, all of its tokens words
 * or numerals and none a collective (numbers.json: "a couple of" is no "two" the speaker said). Its folded form is
 * its value ("1500"), so that the ways outlets write one number meet. */
static int *number_starts(const char *s, const fl_rules *r, const fl_token *t, size_t nt, fl_num **nums)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    size_t nn = fl_numbers(s, r, t, nt, nums), used;
    int *at = NULL;
    for (size_t n = 0; n < nn; n++) {
        const fl_num *x = &(*nums)[n];
        int ok = !x->range && !x->proportion && x->nonclaim == FL_NC_NONE && x->ntok > 0 && x->tok + x->ntok <= nt;
        for (size_t i = x->tok; ok && i < x->tok + x->ntok; i++)
            ok = (t[i].kind == FL_TOK_WORD || t[i].kind == FL_TOK_NUM) &&
                 fl_phrases_at(&k->collectives, s, t, nt, i, &used) < 0; /* "a couple of", "a dozen": the
                                                                          * speaker's own words, not "two" */
        if (!ok)
            continue;
        if (!at) {
            at = fl_xmalloc(nt * sizeof *at);
            for (size_t i = 0; i < nt; i++)
                at[i] = -1;
        }
        at[x->tok] = (int)n;
    }
    return at;
}

/* Splits text into folded words with their stems. Editorial brackets are dropped ("fear[s]" is "fears",
 * "[does]" is "does") and so are words in parentheses (a writer's gloss, never the speaker's), entity aliases become
 * one word ("United States" and "US" both stem to #US), a number one word of its value (number_starts), and
 * ellipses are kept as one marker word. */
static word *words_of(const char *text, const fl_rules *r, const fold_ctx *f, size_t *nout)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    size_t len = strlen(text);
    /* brackets out, so that "fear[s]" is one token */
    char *s = fl_xmalloc(len + 1);
    size_t *from = fl_xmalloc((len + 1) * sizeof(size_t)); /* offset in text of each byte of s */
    size_t sl = 0;
    for (size_t i = 0; i <= len; i++) {
        if (text[i] == '[' || text[i] == ']')
            continue;
        from[sl] = i;
        s[sl++] = text[i];
    }
    sl--;
    fl_token *t;
    size_t nt = fl_tokenize_text(s, 0, sl, &t);
    word *w = fl_xcalloc(nt + 1, sizeof(word));
    fl_num *nums = NULL;
    int *num_at = number_starts(s, r, t, nt, &nums);
    size_t n = 0;
    int paren = 0, sentence_start = 1;
    for (size_t i = 0; i < nt && n < MAX_WORDS; i++) {
        const char *x = s + t[i].start;
        size_t xl = t[i].end - t[i].start;
        if (t[i].kind == FL_TOK_PUNCT) {
            int ell = (xl == 3 && memcmp(x, "\xE2\x80\xA6", 3) == 0) ||
                      (x[0] == '.' && i + 1 < nt && s[t[i + 1].start] == '.' && t[i + 1].start == t[i].end);
            if (ell && (!n || strcmp(w[n - 1].w, ELLIPSIS) != 0))
                w[n++] = (word){.w = fl_xstrdup(ELLIPSIS), .start = from[t[i].start], .end = from[t[i].end - 1] + 1};
            paren += x[0] == '(';
            paren -= x[0] == ')' && paren > 0;
            sentence_start |= !ell && (x[0] == '.' || x[0] == '?' || x[0] == '!' || x[0] == ':');
            if (!ell && n && (x[0] == '.' || x[0] == '?' || x[0] == '!'))
                w[n - 1].ends = 1;
            continue;
        }
        if ((xl == 4 && memcmp(x, "\xE2\x80\x99s", 4) == 0) || (xl == 2 && memcmp(x, "'s", 2) == 0))
            continue; /* a possessive */
        if (paren > 0)
            continue; /* words in parentheses are the writer's, as bracketed ones are: "the (local) police" */
        if (num_at && num_at[i] >= 0) {
            const fl_num *nm = &nums[num_at[i]];
            word *o = &w[n++];
            o->start = from[t[i].start];
            o->end = from[t[nm->tok + nm->ntok - 1].end - 1] + 1;
            o->w = fl_xasprintf("%.15g", nm->value);
            o->stem = fl_xstrdup(o->w);
            o->num = 1;
            sentence_start = 0;
            i += nm->ntok - 1;
            continue;
        }
        size_t used = 1;
        int ent = fl_phrases_at(&k->aliases, s, t, nt, i, &used);
        if (ent < 0)
            used = 1;
        word *o = &w[n++];
        o->start = from[t[i].start];
        o->end = from[t[i + used - 1].end - 1] + 1;
        o->w = fold_word(f, x, t[i + used - 1].end - t[i].start);
        o->neg = (uint8_t)is_negation(f, x, xl);
        o->num = (uint8_t)(t[i].kind == FL_TOK_NUM || all_digits(o->w) ||
                           (used == 1 && fl_lexicon_has(f->quantities, x, xl, 1))); /* "dozens of lives" */
        /* a name: capitalised where no sentence begins, and not a word such as "I" */
        o->cap = (uint8_t)(!sentence_start && x[0] >= 'A' && x[0] <= 'Z' && !fl_lexicon_has(f->stop, x, xl, 1));
        o->pro = (uint8_t)(used == 1 && fl_lexicon_has(f->pro, x, xl, 1));
        o->doubt = (uint8_t)(used == 1 && fl_lexicon_has(f->doubt, x, xl, 1));
        o->opens = (uint8_t)(used == 1 && (fl_lexicon_has(f->openers, x, xl, 1) || fl_lexicon_has(f->coord, x, xl, 1) ||
                                           fl_lexicon_has(f->alt, x, xl, 1)));
        o->limit = (uint8_t)(used == 1 && fl_lexicon_has(f->limits, x, xl, 1));
        o->degree = (uint8_t)(used == 1 && fl_lexicon_has(f->degrees, x, xl, 1));
        o->det = (uint8_t)(used == 1 && fl_lexicon_has(f->dets, x, xl, 1));
        o->prep = (uint8_t)(used == 1 && fl_lexicon_has(f->preps, x, xl, 1));
        int mi = fl_map_get(&f->modals, o->w, strlen(o->w));
        o->modal = mi >= 0 ? right_side(f->modal, (size_t)mi) : NULL;
        sentence_start = 0;
        if (ent >= 0) {
            int e = k->entities[ent].country >= 0 ? k->entities[ent].country : ent;
            o->stem = fl_xasprintf("#%s", k->entities[e].id);
        } else if (!fl_lexicon_has(f->stop, x, xl, 1) && !o->neg && !o->modal) {
            o->stem = stem(f->sb, o->w);
        }
        i += used - 1;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t h = 1469598103934665603ULL; /* FNV-1a */
        for (const char *p = w[i].w; *p; p++)
            h = (h ^ (unsigned char)*p) * 1099511628211ULL;
        w[i].h = h;
    }
    free(num_at);
    free(nums);
    free(t);
    free(from);
    free(s);
    *nout = n;
    return w;
}

static void free_words(word *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(w[i].w);
        free(w[i].stem);
    }
    free(w);
}

/* The sorted, unique stems of w (borrowed pointers). */
static uint64_t stem_hash(const char *x)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *x; x++)
        h = (h ^ (unsigned char)*x) * 1099511628211ULL;
    return h;
}

static int cmp_stem(const stem_ref *a, const stem_ref *b)
{
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return strcmp(a->s, b->s);
}

static int cmp_stem_qsort(const void *a, const void *b)
{
    return cmp_stem(a, b);
}

/* The stems of w, unique, in stem_ref order (borrowed strings). */
static stem_ref *stems_of(const word *w, size_t n, size_t *nout)
{
    stem_ref *c = fl_xcalloc(n + 1, sizeof(stem_ref));
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i].stem) {
            c[m].h = stem_hash(w[i].stem);
            c[m++].s = w[i].stem;
        }
    qsort(c, m, sizeof(stem_ref), cmp_stem_qsort);
    size_t u = 0;
    for (size_t i = 0; i < m; i++)
        if (!u || cmp_stem(&c[u - 1], &c[i]) != 0)
            c[u++] = c[i];
    *nout = u;
    return c;
}

/* How many stems a and b have in common. */
static size_t shared(const stem_ref *a, size_t na, const stem_ref *b, size_t nb)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        int d = cmp_stem(&a[i], &b[j]);
        if (d == 0) {
            k++;
            i++;
            j++;
        } else if (d < 0) {
            i++;
        } else {
            j++;
        }
    }
    return k;
}

static int contains(const stem_ref *a, size_t na, const char *x)
{
    stem_ref key = {stem_hash(x), x};
    return bsearch(&key, a, na, sizeof(stem_ref), cmp_stem_qsort) != NULL;
}

typedef struct {
    word *aw; /* the audience's words */
    size_t naw;
} audience_words;

static void render(rendering *x, const fl_qclaim *q, const fl_rules *r, const fold_ctx *f, audience_words *aud)
{
    memset(x, 0, sizeof *x);
    x->q = q;
    x->w = words_of(q->text, r, f, &x->n);
    x->content = stems_of(x->w, x->n, &x->ncontent);
    aud->aw = words_of(q->audience, r, f, &aud->naw);
    x->aud = stems_of(aud->aw, aud->naw, &x->naud);
    x->hedged = q->hedge[0] || fl_lexicon_prefix(fl_rules_role(r, FL_ROLE_HEDGED_SOURCE), q->source, strlen(q->source));
}

/* Words of the quote only (no ellipsis): how many. */
static size_t real_words(const rendering *x)
{
    size_t k = 0;
    for (size_t i = 0; i < x->n; i++)
        k += strcmp(x->w[i].w, ELLIPSIS) != 0;
    return k;
}

/* One place where two aligned renderings differ: words [a0, a1) here, [b0, b1) there. */
typedef struct {
    size_t a0, a1, b0, b1;
} gap;

/* Do the words [from, to) hold something that carries meaning on its own: a negation, a number, a name or a
 * degree word ("We followed [nearly] every procedure": an outlet that leaves it out or puts it in changes the
 * claim, not its wording)? */
static int weighty(const word *w, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (w[k].neg || w[k].num || w[k].cap || w[k].degree)
            return 1;
    return 0;
}

/* Is x's w[from, to), the words one side has between two firm anchors (inrow shared words before, after
 * after), one content word inside a phrase, no mark on either side of it: "We followed every [safety] protocol"?
 * No outlet cuts a single word from the middle of a phrase it quotes whole; a word between two sentences or
 * clauses ("theology. [Oh,] not a theology") is a filler an outlet may leave out. */
static int inserted_word(const rendering *x, size_t from, size_t to, size_t inrow, size_t after)
{
    if (to != from + 1 || !x->w[from].stem || inrow < ANCHOR_BEFORE || after < ANCHOR_AFTER || from == 0 || to >= x->n)
        return 0;
    const char *t = x->q->text;
    for (size_t k = x->w[from - 1].end; k < x->w[to].start; k++)
        if ((k < x->w[from].start || k >= x->w[from].end) && t[k] != ' ')
            return 0; /* a mark beside the word */
    return 1;
}

static int has_ellipsis(const word *w, size_t n, size_t from, size_t to)
{
    for (size_t k = from ? from - 1 : 0; k <= to && k < n; k++)
        if (strcmp(w[k].w, ELLIPSIS) == 0)
            return 1;
    return 0;
}

/* The same words written as one or as several ("data center" and "datacenter", "do not" and "don't"). */
static int same_compound(const word *a, size_t a0, size_t a1, const word *b, size_t b0, size_t b1)
{
    fl_buf x = {0}, y = {0};
    for (size_t k = a0; k < a1; k++)
        fl_buf_puts(&x, a[k].w);
    for (size_t k = b0; k < b1; k++)
        fl_buf_puts(&y, b[k].w);
    int same = x.len == y.len && memcmp(fl_buf_cstr(&x), fl_buf_cstr(&y), x.len) == 0;
    fl_buf_free(&x);
    fl_buf_free(&y);
    return same;
}

/* Both sides of an edge of the alignment hold a few words, and what they hold carries meaning. */
static int edge_change(const rendering *a, const rendering *b, size_t a0, size_t a1, size_t b0, size_t b1)
{
    return a1 > a0 && b1 > b0 && a1 - a0 <= MAX_SUB && b1 - b0 <= MAX_SUB && !has_ellipsis(a->w, a->n, a0, a1) &&
           !has_ellipsis(b->w, b->n, b0, b1) && (weighty(a->w, a0, a1) || weighty(b->w, b0, b1)) &&
           !same_compound(a->w, a0, a1, b->w, b0, b1);
}

static size_t common_stems(const word *w, size_t from, size_t to, const word *v, size_t vfrom, size_t vto);
static size_t content_in(const word *w, size_t from, size_t to);

/* Does a partial quote (its first letter in lower case: the outlet's sentence runs into it) open with one content
 * word in place of the content word the other rendering has right before a run of LONG_RUN shared words or more
 * ("said the crack had “widened visibly in the space of a few minutes”" / "“The crack had grown visibly in the space
 * of a few minutes”")? The marks put that word in the speaker's mouth. x is the side with one word before the run at
 * x->w[i], y the other, whose run starts at y->w[j]. */
static int opening_swap(const rendering *x, size_t i, const rendering *y, size_t j, size_t run)
{
    if (i != 1 || j == 0 || run < LONG_RUN || !(x->q->text[0] >= 'a' && x->q->text[0] <= 'z'))
        return 0;
    const word *u = &x->w[0], *v = &y->w[j - 1];
    return u->stem && v->stem && u->stem[0] != '#' && v->stem[0] != '#' && strcmp(u->stem, v->stem) != 0 && !u->cap &&
           !v->cap && strcmp(v->w, ELLIPSIS) != 0 && !has_ellipsis(y->w, y->n, j - 1, j);
}

/* Where the sentence of x->w[i] ends: past the first word from i on that ends a sentence, or x->n. */
static size_t sentence_end(const rendering *x, size_t i)
{
    while (i < x->n && !x->w[i].ends)
        i++;
    return i < x->n ? i + 1 : x->n;
}

/* Do both a and b end with a few words of their own (up to END_WORDS + 1 each, 2 * END_WORDS together), after most
 * of the shorter one in common (matched words, 70% of it at least, the last inrow of them in a row): "... and they
 * did it superbly" / "... and they did it brilliantly", "... back to where they were" / "... back to where they
 * used to be"? Both close the remark at the same place, with a content word on one side that the other does not
 * hold: the ending rewritten, not a shorter excerpt (an excerpt has no words of its own there). Two sentences that
 * go separate ways go on longer (diverge). */
static int last_words(const rendering *a, const rendering *b, size_t i, size_t j, size_t matched, size_t inrow,
                      size_t *ae, size_t *be)
{
    /* the shorter may be one sentence of the longer, repeated: then the longer's rest counts to the end of
     * that sentence ("I could not see the end of my own cab." / "... my own bonnet. Then I saw ...") */
    size_t ea = sentence_end(a, i), eb = sentence_end(b, j);
    if (ea < a->n && eb < b->n)
        ea = a->n, eb = b->n; /* both go on: no quote ends here */
    size_t la = ea - i, lb = eb - j, least = real_words(a) < real_words(b) ? real_words(a) : real_words(b);
    if (la == 0 || lb == 0 || la > END_WORDS + 1 || lb > END_WORDS + 1 || la + lb > 2 * END_WORDS ||
        matched < LONG_RUN || inrow < SHAPE_RUN || matched * 10 < least * 7 || has_ellipsis(a->w, a->n, i, ea) ||
        has_ellipsis(b->w, b->n, j, eb) || same_compound(a->w, i, ea, b->w, j, eb))
        return 0;
    *ae = ea, *be = eb;
    return weighty(a->w, i, ea) || weighty(b->w, j, eb) ||
           (common_stems(a->w, i, ea, b->w, j, eb) == 0 && (content_in(a->w, i, ea) || content_in(b->w, j, eb)));
}

/* A negation or a number in w[from, to). */
static int plain_change(const word *w, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (w[k].neg || w[k].num)
            return 1;
    return 0;
}

/* A pro-form on one side for a short noun phrase on the other ("That is not the goal" / "The river is not
 * the goal"): the same words with the referent spelt out, not a change. */
static int referent_only(const word *a, size_t a0, size_t a1, const word *b, size_t b0, size_t b1)
{
    if (a1 - a0 == 1 && b1 - b0 == 1 && a[a0].pro && b[b0].pro)
        return 0; /* one pro-form for another ("they destroyed his life" / "it destroyed his life"): another referent */
    if (a1 - a0 == 1 && a[a0].pro)
        return b1 > b0 && b1 - b0 <= 3 && !plain_change(b, b0, b1);
    if (b1 - b0 == 1 && b[b0].pro)
        return a1 > a0 && a1 - a0 <= 3 && !plain_change(a, a0, a1);
    return 0;
}

/* The number of words from a[i] and b[j] on that are the same, one for one. */
static size_t run_at(const rendering *a, size_t i, const rendering *b, size_t j)
{
    size_t r = 0;
    while (i + r < a->n && j + r < b->n && a->w[i + r].h == b->w[j + r].h && strcmp(a->w[i + r].w, ELLIPSIS) != 0)
        r++;
    return r;
}

/* The place before the first word a and b have in common (a[i], b[j], after a[si, i) and b[sj, j)), if it is a
 * difference: both open with a few different words that carry meaning ("will not exceed three percent" / "could
 * reach four percent"), or a partial quote opens with a word of its own in place of the other's (opening_swap).
 * Sets *g and returns 1; 0 for an excerpt. */
static int opening_gap(const rendering *a, const rendering *b, size_t si, size_t i, size_t sj, size_t j, gap *g)
{
    if (edge_change(a, b, si, i, sj, j))
        *g = (gap){si, i, sj, j};
    else if (si == 0 && sj == 0 && opening_swap(a, i, b, j, run_at(a, i, b, j)))
        *g = (gap){0, 1, j - 1, j};
    else if (si == 0 && sj == 0 && opening_swap(b, j, a, i, run_at(a, i, b, j)))
        *g = (gap){i - 1, i, 0, 1};
    else
        return 0;
    return 1;
}

/* Does the alignment (the common-subsequence table L of a and b) leave out a long passage on one side
 * between a[i], b[j] and its next shared word? */
/* Moves (*i, *j) along the common-subsequence table L of a and b to the next pair of words the longest
 * common subsequence matches. */
static void next_pair(const rendering *a, const rendering *b, const unsigned short *L, size_t *i, size_t *j)
{
    size_t m = b->n;
#define AT(x, y) L[(x) * (m + 1) + (y)]
    while (!(a->w[*i].h == b->w[*j].h && AT(*i, *j) == AT(*i + 1, *j + 1) + 1)) {
        if (AT(*i + 1, *j) >= AT(*i, *j + 1))
            ++*i;
        else
            ++*j;
    }
#undef AT
}

static int jump_after(const rendering *a, const rendering *b, const unsigned short *L, size_t i, size_t j)
{
    size_t n = a->n, m = b->n;
#define AT(x, y) L[(x) * (m + 1) + (y)]
    if (i >= n || j >= m || AT(i, j) == 0)
        return 0;
#undef AT
    size_t si = i, sj = j;
    next_pair(a, b, L, &i, &j);
    return i - si > MAX_INSERT || j - sj > MAX_INSERT;
}

/* The longest common subsequence of the content stems (the words that carry meaning, in order) of a's words
 * outside [a0, a1) and b's outside [b0, b1); the content words compared are counted in *ca and *cb. */
static size_t common_content(const rendering *a, size_t a0, size_t a1, const rendering *b, size_t b0, size_t b1,
                             size_t *ca, size_t *cb)
{
    const char **x = fl_xcalloc(a->n + 1, sizeof(char *)), **y = fl_xcalloc(b->n + 1, sizeof(char *));
    size_t nx = 0, ny = 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->w[i].stem && (i < a0 || i >= a1))
            x[nx++] = a->w[i].stem;
    for (size_t j = 0; j < b->n; j++)
        if (b->w[j].stem && (j < b0 || j >= b1))
            y[ny++] = b->w[j].stem;
    size_t *prev = fl_xcalloc(ny + 1, sizeof(size_t)), *cur = fl_xcalloc(ny + 1, sizeof(size_t));
    for (size_t i = 1; i <= nx; i++) {
        for (size_t j = 1; j <= ny; j++)
            cur[j] = strcmp(x[i - 1], y[j - 1]) == 0 ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
        size_t *t = prev;
        prev = cur;
        cur = t;
    }
    size_t k = prev[ny];
    free(prev), free(cur), free(x), free(y);
    *ca = nx;
    *cb = ny;
    return k;
}

/* Do a and b have the same shape: the words they share in order open and close both (the first shared word
 * among the first SHAPE_OPEN words of each, the last that carries meaning among the last SHAPE_CLOSE)? L is the
 * common-subsequence table of align_quotes. */
static int same_shape(const rendering *a, const rendering *b, const unsigned short *L)
{
    size_t n = a->n, m = b->n;
#define AT(x, y) L[(x) * (m + 1) + (y)]
    if (AT(0, 0) == 0)
        return 0;
    size_t i = 0, j = 0;
    next_pair(a, b, L, &i, &j);
    if (i >= SHAPE_OPEN || j >= SHAPE_OPEN)
        return 0;
    size_t ci = i, cj = j; /* the last shared word that carries meaning (a content word or a run of two) */
    while (AT(i + 1, j + 1) > 0) {
        size_t pi = i, pj = j;
        i++;
        j++;
        next_pair(a, b, L, &i, &j);
        if (a->w[i].stem || (i == pi + 1 && j == pj + 1))
            ci = i, cj = j;
    }
#undef AT
    /* a closing "the" or "has" shared by chance is no closing anchor */
    return ci + SHAPE_CLOSE >= n && cj + SHAPE_CLOSE >= m;
}

/* Two direct quotes of one speaker in two stories that share no long run of words may still be one remark
 * reworded by one outlet ("We cannot agree to a deal that puts the airline's future at risk" / "We will not
 * sign a deal that puts this airline's future in danger"). They are when all of these hold: both are whole
 * sentences of some length (REWORD_WORDS words or more, the longer at most half as long again as the
 * shorter, no ellipsis); they have the same shape (same_shape); and the content words they share in order
 * are at least REWORD_SHARED and at least half of each side's, or at least two with FRAMED_SHARE tenths of the
 * shorter one's words in order. (align_quotes also asks for a run of SHAPE_RUN
 * words in common: a phrase, not scattered words.) Two different sentences that open alike fail the
 * closing anchor; two remarks on one topic fail the share of content words in order. */
static int reworded(const rendering *a, const rendering *b, const unsigned short *L)
{
    size_t na = real_words(a), nb = real_words(b);
    if (na < REWORD_WORDS || nb < REWORD_WORDS || na * 2 > nb * 3 || nb * 2 > na * 3 || na != a->n || nb != b->n ||
        !same_shape(a, b, L))
        return 0;
    size_t ca, cb, k = common_content(a, 0, 0, b, 0, 0, &ca, &cb);
    if (k >= REWORD_SHARED && k * 2 >= ca && k * 2 >= cb)
        return 1;
    /* or most of the words in order (FRAMED_SHARE tenths of the shorter) with a content word or two changed
     * between a frame that opens and closes both: "We will not sail again until every deck has been
     * inspected" / "We are not sailing anything until every single deck has been checked" */
    size_t least = na < nb ? na : nb;
    return k >= 2 && (size_t)L[0] * 10 >= least * FRAMED_SHARE;
}

/* Two whole quotes of one speaker in two stories that say the same things in another order or construction
 * ("We have lost neighbours, friends and children tonight" / "We lost neighbours and friends tonight, and we
 * lost children"; "a failure of equipment, not of people" / "an equipment failure, not a failure of our
 * people"): they open with the same word, are of a similar length (the longer at most half as long again, no
 * ellipsis), and their sets of content words are nearly one set: SAME_SET_WORDS or more in common, and at
 * least SAME_SET_SHARE tenths of the larger set. Two remarks on one topic share a few content words, not all
 * of them. */
static int same_words(const rendering *a, const rendering *b)
{
    size_t na = real_words(a), nb = real_words(b);
    if (na < MIN_QUOTE_WORDS || nb < MIN_QUOTE_WORDS || na * 2 > nb * 3 || nb * 2 > na * 3 || na != a->n ||
        nb != b->n || a->w[0].h != b->w[0].h)
        return 0;
    size_t k = shared(a->content, a->ncontent, b->content, b->ncontent);
    size_t most = a->ncontent > b->ncontent ? a->ncontent : b->ncontent;
    return k >= SAME_SET_WORDS && k * 10 >= most * SAME_SET_SHARE;
}

/* Does each of a and b put a content word that the other also holds somewhere the other does not: fewer of the
 * content words they share stand in one order than each holds ("neighbours, friends and children tonight" /
 * "neighbours and friends tonight, and we lost children")? A word written as one or as two ("data center")
 * is no content word of the other's. */
static int reordered(const rendering *a, const rendering *b)
{
    size_t ia = 0, ib = 0, ca, cb;
    for (size_t i = 0; i < a->n; i++)
        ia += a->w[i].stem && contains(b->content, b->ncontent, a->w[i].stem);
    for (size_t j = 0; j < b->n; j++)
        ib += b->w[j].stem && contains(a->content, a->ncontent, b->w[j].stem);
    size_t k = common_content(a, 0, 0, b, 0, 0, &ca, &cb);
    return k < ia && k < ib;
}

/* Two whole quotes of one speaker in two stories of the same number of words that differ only word for word
 * at a few places ("We are counting the dead street by street" / "We are counting our dead house by house"):
 * they open alike (the first SHAPE_RUN words), at most MAX_GAPS words differ, no two of them side by side, and
 * a content word is shared beyond the opening. An outlet's rewording of one word, written the same way at
 * each place, leaves the sentence's frame standing. */
static int word_for_word(const rendering *a, const rendering *b)
{
    size_t n = real_words(a);
    if (n < REWORD_WORDS || n != a->n || b->n != n || real_words(b) != n)
        return 0;
    size_t diff = 0, content = 0;
    for (size_t i = 0; i < n; i++) {
        if (a->w[i].h == b->w[i].h) {
            content += i >= SHAPE_RUN && a->w[i].stem != NULL;
            continue;
        }
        if (i < SHAPE_RUN || ++diff > MAX_GAPS || (i > 0 && a->w[i - 1].h != b->w[i - 1].h))
            return 0;
    }
    return diff > 0 && content > 0;
}

/* Two different sentences that share a run of words ("We will not sign a contract that leaves the drivers
 * without a pension" / "We will not sign a contract before the board has seen the accounts"): after the
 * longest run in common [a0, a0 + len) / [b0, b0 + len) both go on with DIVERGE content words or more and share
 * under a third of them in order, or they do so before it, and the two do not have the same shape. Words on
 * one side only (a longer excerpt) are no divergence. */
static int diverge(const rendering *a, const rendering *b, const unsigned short *L, size_t a0, size_t b0, size_t len)
{
    size_t ca, cb, k;
    for (int end = 0; end < 2; end++) {
        /* common_content leaves out one range: the run and what comes before it (end 0), or after it (end 1) */
        k = end ? common_content(a, a0, a->n, b, b0, b->n, &ca, &cb)
                : common_content(a, 0, a0 + len, b, 0, b0 + len, &ca, &cb);
        if (ca >= DIVERGE && cb >= DIVERGE && k * 3 < (ca < cb ? ca : cb))
            return !same_shape(a, b, L);
    }
    return 0;
}

/* Do the attributions of a and b say they were made in different media, one written and one spoken ("wrote in a
 * letter" / "said on Fox News")? Then they are two occasions, not one remark that two outlets render. */
static int other_media(const fl_qclaim *a, const fl_qclaim *b)
{
    return a->medium != FL_MEDIUM_NONE && b->medium != FL_MEDIUM_NONE && a->medium != b->medium;
}

/* Does one story quote a remark again inside a longer quote: the shorter of the two (least words, a sentence of
 * REWORD_WORDS or more) stands in the longer but for a word or two (lcs words in common in order, a run of
 * longest among them): "This is the darkest day our town has seen" and, later, "This is the darkest day our
 * town has known, and we will carry it together"? */
static int repeated(size_t least, size_t lcs, size_t longest)
{
    return least >= REWORD_WORDS && lcs + END_WORDS >= least && longest >= LONG_RUN;
}

/* Does the whole quote s, a sentence that opens alike in l, end with its full stop where l goes on in the same
 * sentence, from l's word j, with a word or two of content to its own stop ("The youth have no outlets for their
 * anger, no community." / "..., no community center.")? A full sentence quoted with its stop says the speaker
 * stopped there; a fragment ("a power grab.") may be cut anywhere. inrow: the words in common in a row before;
 * *end: where l's sentence ends. */
static int sentence_cut(const rendering *s, const rendering *l, size_t j, size_t inrow, size_t *end)
{
    size_t n = s->n;
    if (!n || !s->w[n - 1].ends || j == 0 || l->w[j - 1].ends || inrow < SHAPE_RUN || s->w[0].h != l->w[0].h ||
        !(s->q->text[0] >= 'A' && s->q->text[0] <= 'Z') || has_ellipsis(s->w, n, 0, n))
        return 0;
    size_t e = sentence_end(l, j);
    if (e == j || e - j > END_WORDS || !content_in(l->w, j, e) || has_ellipsis(l->w, l->n, j, e))
        return 0;
    *end = e;
    return 1;
}

/* Are two direct quotes two remarks, not one rendered twice, by their longest run in common (longest words from
 * a[la0] and b[lb0]), their common words in order (lcs) and the table L of align_quotes? */
static int two_remarks(const rendering *a, const rendering *b, const unsigned short *L, size_t lcs, size_t longest,
                       size_t la0, size_t lb0)
{
    size_t na = real_words(a), nb = real_words(b);
    size_t least = na < nb ? na : nb, most = na > nb ? na : nb;
    /* one outlet quoting a speaker twice in one story: two remarks unless the two are nearly whole copies, or
     * the shorter is repeated in the longer; a written remark and a spoken one ("wrote in a letter", "said in an
     * interview"): two occasions unless nearly whole copies (a statement read out) */
    int same_story = a->q->doc == b->q->doc, occasions = other_media(a->q, b->q);
    /* a run in common that is less than half of the shorter one, the rest in other words: a phrase the speaker
     * repeats in two answers ("I do not favor civil unions if they are identical to marriage other than by name" /
     * "If a civil union is identical to marriage other than with the name, why, I don't support that"), not
     * one remark that two outlets render; the same words in another order are still one */
    int phrase_only = lcs * 2 < least && !same_words(a, b);
    return (lcs * 10 < least * 7 && phrase_only) ||
           (longest < LONG_RUN && lcs * 10 < least * 7 &&
            (same_story ||
             ((longest < SHAPE_RUN || !reworded(a, b, L)) && !same_words(a, b) && !word_for_word(a, b)))) ||
           (same_story && lcs * 10 < most * 8 && !repeated(least, lcs, longest)) ||
           (occasions && lcs * 10 < most * 8) || diverge(a, b, L, la0, lb0, longest);
}

/* Two direct quotes as renderings of one remark. They are one remark when they align: a long run of words
 * in common, or most of the shorter one's words in order (after house style is folded). The words outside
 * the aligned span are a shorter excerpt, and so is a passage one side leaves out in the middle; inside it,
 * each place where the two sides say different words is a difference (as is a word one side adds that
 * carries meaning on its own: a negation, a number, a name), unless an ellipsis
 * marks the cut. Returns the number of differences put in g (at most MAX_GAPS), or -1 when the two are
 * not renderings of one remark. */
static int align_quotes(const rendering *a, const rendering *b, gap *g)
{
    size_t n = a->n, m = b->n;
    size_t na = real_words(a), nb = real_words(b);
    size_t least = na < nb ? na : nb;
    if (least < MIN_QUOTE_WORDS)
        return -1;
    unsigned short *L = fl_xcalloc((n + 1) * (m + 1), sizeof(unsigned short));
    unsigned short *run = fl_xcalloc(2 * (m + 1), sizeof(unsigned short));
    size_t longest = 0, la0 = 0, lb0 = 0; /* the longest run of words in common, and where it starts */
#define AT(i, j) L[(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;) {
        unsigned short *cur = run + (i % 2) * (m + 1), *next = run + ((i + 1) % 2) * (m + 1);
        for (size_t j = m; j-- > 0;) {
            int eq = a->w[i].h == b->w[j].h && strcmp(a->w[i].w, ELLIPSIS) != 0;
            cur[j] = eq ? (unsigned short)(next[j + 1] + 1) : 0;
            if (cur[j] > longest) {
                longest = cur[j];
                la0 = i;
                lb0 = j;
            }
            AT(i, j) = eq ? (unsigned short)(AT(i + 1, j + 1) + 1)
                          : (AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1));
        }
    }
    free(run);
    size_t lcs = AT(0, 0);
    if (two_remarks(a, b, L, lcs, longest, la0, lb0)) {
        free(L);
        return -1;
    }
    int ng = 0;
    size_t i = 0, j = 0, matched = 0, inrow = 0; /* inrow: the shared words in a row before the current place */
    int last_gap = 0, jumped = 0; /* jumped: a long passage was left out since the last two shared words */
    while (i < n && j < m && ng < MAX_GAPS) {
        if (a->w[i].h == b->w[j].h && AT(i, j) == AT(i + 1, j + 1) + 1) {
            i++;
            j++;
            matched++;
            inrow = last_gap ? 1 : inrow + 1;
            last_gap = 0;
            continue;
        }
        last_gap = 1;
        if (AT(i, j) == 0) {
            /* no word in common after this: the rest is a longer excerpt on one side, unless both sides end
             * with a few different words that carry meaning ("... this year, not three" / "..., four") */
            size_t ae = n, be = m;
            if (matched && (edge_change(a, b, i, n, j, m) || last_words(a, b, i, j, matched, inrow, &ae, &be)))
                g[ng++] = (gap){i, ae, j, be};
            break;
        }
        size_t si = i, sj = j;
        next_pair(a, b, L, &i, &j);
        if (!matched) {
            /* before the first common word: an excerpt, unless it is a difference (opening_gap) */
            ng += opening_gap(a, b, si, i, sj, j, &g[ng]);
            continue;
        }
        size_t la = i - si, lb = j - sj;
        if (inrow >= 2)
            jumped = 0;
        int big = la && lb ? la > MAX_SUB || lb > MAX_SUB : (la ? la : lb) > MAX_INSERT;
        int joint = (inrow < 2 && jumped) || big;
        jumped |= big;
        if (has_ellipsis(a->w, n, si, i) || has_ellipsis(b->w, m, sj, j))
            continue; /* a cut the quote marks */
        /* one shared word between this place and a long passage that one side leaves out: two differently
         * cut passages happen to meet on a common word ("It's [not] about your jobs" / "It's about some ...") */
        size_t after = run_at(a, i, b, j);
        if (!big && (joint || (after < 2 && jump_after(a, b, L, i + after, j + after))))
            continue;
        if (la && lb && referent_only(a->w, si, i, b->w, sj, j))
            continue;
        if (la && lb) {
            if (same_compound(a->w, si, i, b->w, sj, j))
                continue;
            /* a longer rewording held between firm anchors ("and that is why everyone came home" / "and that
             * is the reason every person got home") is a difference; otherwise the two go separate ways */
            int anchored = inrow >= ANCHOR_BEFORE && after >= ANCHOR_AFTER && la <= 2 * MAX_SUB && lb <= 2 * MAX_SUB;
            /* between two long anchors (a phrase of LONG_RUN words or more on each side) the middle may be
             * longer, up to as long as the anchors together: "We are taking this step out of an abundance of
             * caution, and we apologise to every customer" / "We are taking this step because our own testing
             * found a fault, and we apologise to every customer" is one sentence with its reason changed */
            anchored |= inrow >= LONG_RUN && after >= LONG_RUN && la <= inrow + after && lb <= inrow + after;
            if (la > MAX_SUB && lb > MAX_SUB && !anchored)
                break; /* the two go separate ways: different passages */
            if ((la > MAX_SUB || lb > MAX_SUB) && !anchored)
                continue;
        }
        /* a word in the phrase that closes both quotes has the end of both as its anchor after ("it is the
         * [whole] business."): neither side cut the words after it */
        size_t tail = after && i + after == n && j + after == m ? ANCHOR_AFTER : after;
        if (!(la && lb) &&
            ((la ? la : lb) > MAX_INSERT || !(la ? weighty(a->w, si, i) || inserted_word(a, si, i, inrow, tail)
                                                 : weighty(b->w, sj, j) || inserted_word(b, sj, j, inrow, tail))))
            continue; /* a passage left out in the middle */
        g[ng++] = (gap){si, i, sj, j};
    }
#undef AT
    free(L);
    size_t e;
    if (ng < MAX_GAPS && i == n && j < m && sentence_cut(a, b, j, inrow, &e))
        g[ng++] = (gap){n, n, j, e};
    else if (ng < MAX_GAPS && j == m && i < n && sentence_cut(b, a, i, inrow, &e))
        g[ng++] = (gap){i, e, m, m};
    if (!ng && lcs < least && a->q->doc != b->q->doc && same_words(a, b) && reordered(a, b)) {
        /* the same words in another order: neither is an excerpt of the other; the place is all but the words
         * both open and close with */
        size_t p = 0, s = 0;
        while (p < n && p < m && a->w[p].h == b->w[p].h)
            p++;
        while (s < n - p && s < m - p && a->w[n - 1 - s].h == b->w[m - 1 - s].h)
            s++;
        g[ng++] = (gap){p, n - s, p, m - s};
    }
    return ng;
}

/* align_quotes from both sides: the common-subsequence table breaks ties by the order of its arguments, so
 * "as a structural failure, not a criminal matter" / "as a possible criminal matter as well as a structural
 * failure" meet on "structural failure" from one side (a passage left out, no difference) and on "criminal
 * matter" from the other (a difference). When one order finds no difference the other is asked, and its
 * differences are given in a's terms. */
static int align_pair(const rendering *a, const rendering *b, gap *g)
{
    gap h[MAX_GAPS];
    int ng = align_quotes(a, b, g);
    if (ng != 0)
        return ng; /* two remarks (the decision does not depend on the order), or differences found */
    int nh = align_quotes(b, a, h);
    if (nh <= ng)
        return ng;
    for (int k = 0; k < nh; k++)
        g[k] = (gap){h[k].b0, h[k].b1, h[k].a0, h[k].a1};
    return nh;
}

static void put_words(fl_buf *b, const rendering *x, size_t from, size_t to)
{
    if (from >= to) {
        fl_buf_puts(b, "(nothing)");
        return;
    }
    const char *t = x->q->text;
    fl_buf_putc(b, '"');
    fl_buf_put(b, t + x->w[from].start, x->w[to - 1].end - x->w[from].start);
    fl_buf_putc(b, '"');
}

/* Two renderings of evidently one remark: the content words that matter are shared, and so is the
 * audience when both name one. */
static int same_remark(const rendering *a, const rendering *b)
{
    size_t k = shared(a->content, a->ncontent, b->content, b->ncontent);
    size_t least = a->ncontent < b->ncontent ? a->ncontent : b->ncontent;
    if (k < 2 || k * 10 < least * 3 || (k == 2 && k * 3 < least * 2))
        return 0; /* two shared content words only in a short remark ("would not cut investment this year") */
    int aud_same = a->naud && b->naud && shared(a->aud, a->naud, b->aud, b->naud) > 0;
    if ((a->naud && b->naud && !aud_same) || other_media(a->q, b->q))
        return 0; /* said to different people, or written and spoken: different occasions */
    return aud_same || (k >= 4 && k * 2 >= least) || (k * 3 >= least * 2 && least <= 4);
}

/* Content stems in w[from, to) that also appear in v[vfrom, vto). */
static size_t common_stems(const word *w, size_t from, size_t to, const word *v, size_t vfrom, size_t vto)
{
    size_t k = 0;
    for (size_t x = from; x < to; x++)
        for (size_t y = vfrom; y < vto; y++)
            k += w[x].stem && v[y].stem && strcmp(w[x].stem, v[y].stem) == 0;
    return k;
}

static size_t content_in(const word *w, size_t from, size_t to)
{
    size_t k = 0;
    for (size_t x = from; x < to; x++)
        k += w[x].stem != NULL;
    return k;
}

/* Where two renderings of one remark say different things around the words they share: for each shared
 * content word (an anchor), the words just before it ("freeze nursing salaries" vs "raise nursing
 * salaries") and after it ("cut the pension budget next year" vs "cut the health budget next year") must
 * share something. The first anchor where they share nothing gives the spans to show. */
static int differing_content(const rendering *a, const rendering *b, size_t *a0, size_t *a1, size_t *b0, size_t *b1)
{
    for (size_t i = 0; i < a->n; i++) {
        const char *st = a->w[i].stem;
        if (!st || st[0] == '#' || !contains(b->content, b->ncontent, st))
            continue;
        size_t j = 0;
        while (j < b->n && !(b->w[j].stem && strcmp(b->w[j].stem, st) == 0))
            j++;
        /* the shared run from the anchor on */
        size_t ie = i + 1, je = j + 1;
        while (ie < a->n && je < b->n && a->w[ie].stem && b->w[je].stem && strcmp(a->w[ie].stem, b->w[je].stem) == 0) {
            ie++;
            je++;
        }
        /* before: up to 2 words back; after: up to WINDOW words on (an ellipsis ends a window) */
        size_t sa = i, sb = j;
        while (sa > 0 && sa + 2 > i && a->w[sa - 1].w[0] != 1)
            sa--;
        while (sb > 0 && sb + 2 > j && b->w[sb - 1].w[0] != 1)
            sb--;
        size_t ea = ie, eb = je;
        while (ea < a->n && ea < ie + WINDOW && a->w[ea].w[0] != 1)
            ea++;
        while (eb < b->n && eb < je + WINDOW && b->w[eb].w[0] != 1)
            eb++;
        int before =
            content_in(a->w, sa, i) >= 1 && content_in(b->w, sb, j) >= 1 && !common_stems(a->w, sa, i, b->w, sb, j);
        int after =
            content_in(a->w, ie, ea) >= 2 && content_in(b->w, je, eb) >= 2 && !common_stems(a->w, ie, ea, b->w, je, eb);
        if (!before && !after)
            continue;
        *a0 = before ? sa : i;
        *b0 = before ? sb : j;
        *a1 = after ? ea : ie;
        *b1 = after ? eb : je;
        return 1;
    }
    return 0;
}

static void free_rendering(rendering *x, audience_words *aud)
{
    free_words(x->w, x->n);
    free(x->content);
    free(x->aud);
    free_words(aud->aw, aud->naw);
}

static char *side_text(const fl_qclaim *q)
{
    fl_buf b = {0};
    fl_buf_printf(&b, "the other rendering: %s \"", q->direct ? "quoted" : "reported");
    size_t len = strlen(q->text);
    if (len > 120) {
        size_t cut = 117;
        while (cut > 0 && ((unsigned char)q->text[cut] & 0xC0) == 0x80)
            cut--;
        fl_buf_put(&b, q->text, cut);
        fl_buf_puts(&b, "\xE2\x80\xA6");
    } else {
        fl_buf_puts(&b, q->text);
    }
    fl_buf_puts(&b, "\"");
    if (q->audience[0])
        fl_buf_printf(&b, ", to %s", q->audience);
    if (q->hedge[0])
        fl_buf_printf(&b, ", %s", q->hedge);
    return fl_buf_take(&b);
}

static void report(fl_sink *out, const rendering *a, const rendering *b, const char *what, int slight)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%s's words are rendered differently elsewhere: %s", a->q->speaker, what);
    if (slight)
        fl_buf_puts(&msg,
                    slight & SLIP_LETTER ? " (a slip of one letter or a repeated word)" : " (a name spelled two ways)");
    if (a->hedged != b->hedged)
        fl_buf_printf(&msg, "; %s",
                      a->hedged ? "hedged here, stated flatly there" : "stated flatly here, hedged there");
    fl_severity level = fl_rule_table[FL_RULE_QUOTE_CONFLICT].level;
    fl_diag *d = fl_sink_push(out, FL_RULE_QUOTE_CONFLICT, slight && level > FL_SEV_NOTE ? FL_SEV_NOTE : level,
                              a->q->file, a->q->start, a->q->end, fl_buf_take(&msg));
    fl_diag_relate(d, b->q->file, b->q->start, b->q->end, side_text(b->q));
    /* what a baseline recognises the finding by: the quoted words, not where they are */
    d->text_hash = fl_hash_text(a->q->text, strlen(a->q->text));
    d->related[0].text_hash = fl_hash_text(b->q->text, strlen(b->q->text));
}

/* Is there a word with the test in x's words (from - back, from] (stopwords and negations counted)? */
static const word *before(const rendering *x, size_t at, size_t back, int what)
{
    for (size_t k = at; k-- > 0 && k + back >= at;) {
        const word *w = &x->w[k];
        if ((what == 'n' && w->neg) || (what == '#' && w->num) || (what == 'm' && w->modal))
            return w;
        if (what == '#' && w->stem)
            break; /* a number belongs to the word right after it */
    }
    return NULL;
}

/* Does punctuation that ends a clause (a comma, a stop, a colon, a bracket, a dash) stand between x's
 * words k and k + 1? */
static int clause_punct(const rendering *x, size_t k)
{
    const unsigned char *t = (const unsigned char *)x->q->text;
    for (size_t c = x->w[k].end; c < x->w[k + 1].start; c++)
        if (strchr(",;:.?!()", t[c]) || (t[c] == 0xE2 && t[c + 1] == 0x80 && (t[c + 2] == 0x93 || t[c + 2] == 0x94)))
            return 1;
    return 0;
}

/* The negation whose scope holds x's word at: the nearest one before it, at most NEG_SCOPE content words back in
 * its clause (no clause punctuation and no word that opens a clause between: "isn't the one who fired"
 * does not negate "fired"), or -1; a negated verb of doubt on the way affirms ("never questioned the
 * plan"): -1. A word of its clause that makes it a limit ("would not reopen until March", "not only"),
 * when limit is given, goes there (-1 when none). */
static long negation_of(const rendering *x, size_t at, long *limit)
{
    size_t content = 0; /* content words between */
    for (size_t k = at; k-- > 0 && k + 2 * NEG_SCOPE >= at && content <= NEG_SCOPE;) {
        if (clause_punct(x, k))
            return -1;
        content += x->w[k].stem != NULL;
        if (x->w[k].neg) {
            if (limit)
                *limit = -1;
            for (size_t m = k + 1; limit && m < x->n && m <= k + 2 * NEG_SCOPE; m++) {
                if (x->w[m].limit) {
                    *limit = (long)m;
                    break;
                }
                if (x->w[m].opens || (m + 1 < x->n && clause_punct(x, m)))
                    break;
            }
            return (long)k;
        }
        if (x->w[k].doubt || x->w[k].opens)
            return -1;
    }
    return -1;
}

/* Does x hold the word w (folded)? */
static int has_word(const rendering *x, const char *w)
{
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->w[i].w, w) == 0)
            return 1;
    return 0;
}

/* Do two stems name one predicate: equal, or synonyms ("cut", "trim")? */
static int same_stem(const fold_ctx *f, const char *x, const char *y)
{
    if (strcmp(x, y) == 0)
        return 1;
    char *key = fl_xasprintf("%s\x1f%s", x, y);
    int same = fl_map_get(&f->synonyms, key, strlen(key)) >= 0;
    free(key);
    return same;
}

/* A negation at n's word k over its word at, against o's word y (the same stem) with no negation: is it the
 * same predicate that one side negates? The negated predicate, the first content word after the negation
 * ("would not cut investment": "cut"), must be y's stem or a word of y's clause up to PRED_BACK words before
 * it, or a synonym ("will trim investment"); "won't sell the depot" against "would keep the depot" is no
 * reversal. The spans to show (from a modal or auxiliary before the negation or the predicate) go to *n0
 * and *o0. */
static int same_predicate(const fold_ctx *f, const rendering *n, size_t k, size_t at, const rendering *o, size_t y,
                          size_t *n0, size_t *o0)
{
    size_t p = k + 1;
    while (p < at && !n->w[p].stem && !n->w[k].det)
        p++;
    if (!n->w[p].stem)
        return 0; /* "no one to tell his story": the negation is of "one" */
    for (size_t m = y + 1; m-- > 0 && m + PRED_BACK >= y;) {
        if (m < y && (clause_punct(o, m) || o->w[m + 1].opens))
            break;
        if (!o->w[m].stem || !same_stem(f, n->w[p].stem, o->w[m].stem))
            continue;
        if (m > 0 && o->w[m - 1].prep)
            return 0; /* a noun, not what is asserted: "the chances of becoming president" */
        *n0 = k > 0 && !n->w[k - 1].stem && !clause_punct(n, k - 1) ? k - 1 : k;
        *o0 = m > 0 && !o->w[m - 1].stem && !clause_punct(o, m - 1) ? m - 1 : m;
        return 1;
    }
    return 0;
}

/* The names in x's words [from, to): entity stems and capitalised words, as one string for comparison. */
static int names_in(const rendering *x, size_t from, size_t to, fl_buf *out)
{
    int k = 0;
    for (size_t i = from; i < to; i++)
        if (x->w[i].stem && (x->w[i].stem[0] == '#' || x->w[i].cap)) {
            fl_buf_puts(out, x->w[i].stem);
            fl_buf_putc(out, ' ');
            k++;
        }
    return k;
}

/* Does x name in its words [from, to) something that y does not name anywhere? A named object changed on
 * one side at least ("towards Asia" / "to Beijing" when only one names Asia), not moved: "our next Surgeon
 * General, Doctor Ana Ruiz" / "nominate Dr. Ana Ruiz as Surgeon General" name the same on both sides. */
static int name_missing(const rendering *x, size_t from, size_t to, const rendering *y)
{
    for (size_t i = from; i < to; i++)
        if (x->w[i].stem && (x->w[i].stem[0] == '#' || x->w[i].cap) && !contains(y->content, y->ncontent, x->w[i].stem))
            return 1;
    return 0;
}

/* A paraphrase against a quote of one remark: outlets rewrite reported speech freely (tense, person,
 * synonyms, what they leave out), so only what carries the meaning is compared, at the content words the
 * two share in order: a negation on one side only, a different number, a different modality, or different
 * names where the two say different things after a shared word (the named object). */
/* The next content word of x after word i (within a few words), or x->n. */
static size_t next_content(const rendering *x, size_t i)
{
    for (size_t k = i + 1; k < x->n && k <= i + 3; k++)
        if (x->w[k].stem)
            return k;
    return x->n;
}

/* A predicate reversed on the same object: "raise nursing salaries" and "freeze nursing salaries"; not when
 * one side says both ("a chance that we win ..., but a chance that we could lose" against "a chance of
 * losing"), and not when one of the two is negated ("would not raise nursing salaries" says "will freeze
 * nursing salaries"). */
static void opposite_predicates(const rendering *a, const rendering *b, const fold_ctx *f, fl_buf *what)
{
    for (size_t x = 0; x < a->n; x++) {
        size_t nx = next_content(a, x);
        if (!a->w[x].stem || nx >= a->n)
            continue;
        for (size_t y = 0; y < b->n; y++) {
            size_t ny = next_content(b, y);
            if (!b->w[y].stem || ny >= b->n || strcmp(a->w[nx].stem, b->w[ny].stem) != 0)
                continue;
            if (contains(b->content, b->ncontent, a->w[x].stem) || contains(a->content, a->ncontent, b->w[y].stem))
                continue;
            char *key = fl_xasprintf("%s\x1f%s", a->w[x].stem, b->w[y].stem);
            int opp = fl_map_get(&f->opposites, key, strlen(key)) >= 0;
            free(key);
            if (!opp || (negation_of(a, x, NULL) >= 0) != (negation_of(b, y, NULL) >= 0))
                continue;
            fl_buf_printf(what, "%s\"%.*s\" here, \"%.*s\" there", what->len ? "; " : "",
                          (int)(a->w[nx].end - a->w[x].start), a->q->text + a->w[x].start,
                          (int)(b->w[ny].end - b->w[y].start), b->q->text + b->w[y].start);
            return;
        }
    }
}

/* A negation on one side only of a's word x and b's word y (one stem), of the same predicate
 * (same_predicate): the words from the negation or the predicate to the shared word, each side, go to out
 * ("\"would not cut investment\" here, \"will trim investment\" there"). */
static int negation_change(const rendering *a, size_t x, const rendering *b, size_t y, const fold_ctx *f, fl_buf *out)
{
    long la = -1, lb = -1, ka = negation_of(a, x, &la), kb = negation_of(b, y, &lb);
    size_t n0, o0;
    if ((ka >= 0) == (kb >= 0))
        return 0;
    /* a limit on the negated side only: "will not reopen until March" says "will reopen in March" */
    if (ka >= 0 ? la >= 0 && !has_word(b, a->w[la].w) : lb >= 0 && !has_word(a, b->w[lb].w))
        return 0;
    if (ka >= 0 ? !same_predicate(f, a, (size_t)ka, x, b, y, &n0, &o0)
                : !same_predicate(f, b, (size_t)kb, y, a, x, &n0, &o0))
        return 0;
    put_words(out, a, ka >= 0 ? n0 : o0, x + 1);
    fl_buf_puts(out, " here, ");
    put_words(out, b, ka >= 0 ? o0 : n0, y + 1);
    fl_buf_puts(out, " there");
    return 1;
}

static void meaning_changes(const rendering *a, const rendering *b, const fold_ctx *f, fl_buf *what)
{
    int num = 0, modal = 0;
    fl_buf neg = {0};
    opposite_predicates(a, b, f, what);
    /* each content word with the first word of the other side that has its stem: the same pairs from
     * either side, so both sides of a conflict say the same */
    for (size_t x = 0; x < a->n; x++) {
        if (!a->w[x].stem || a->w[x].stem[0] == '#')
            continue;
        size_t y = 0;
        while (y < b->n && !(b->w[y].stem && strcmp(b->w[y].stem, a->w[x].stem) == 0))
            y++;
        if (y == b->n)
            continue;
        if (!neg.len)
            negation_change(a, x, b, y, f, &neg);
        const word *p = before(a, x, 2, '#'), *q = before(b, y, 2, '#');
        if (!num && p && q && strcmp(p->w, q->w) != 0) {
            fl_buf_printf(what, "%s\"%.*s\" here, \"%.*s\" there", what->len ? "; " : "", (int)(p->end - p->start),
                          a->q->text + p->start, (int)(q->end - q->start), b->q->text + q->start);
            num = 1;
        }
        p = before(a, x, 3, 'm');
        q = before(b, y, 3, 'm');
        if (!modal && p && q && strcmp(p->modal, q->modal) != 0) {
            fl_buf_printf(what, "%s\"%.*s\" here, \"%.*s\" there", what->len ? "; " : "", (int)(p->end - p->start),
                          a->q->text + p->start, (int)(q->end - q->start), b->q->text + q->start);
            modal = 1;
        }
    }
    size_t a0, a1, b0, b1;
    if (differing_content(a, b, &a0, &a1, &b0, &b1)) {
        fl_buf x = {0}, y = {0};
        if (names_in(a, a0, a1, &x) && names_in(b, b0, b1, &y) && strcmp(fl_buf_cstr(&x), fl_buf_cstr(&y)) != 0 &&
            (name_missing(a, a0, a1, b) || name_missing(b, b0, b1, a))) {
            fl_buf_puts(what, what->len ? "; " : "");
            put_words(what, a, a0, a1);
            fl_buf_puts(what, " here, ");
            put_words(what, b, b0, b1);
            fl_buf_puts(what, " there");
        }
        fl_buf_free(&x);
        fl_buf_free(&y);
    }
    if (neg.len)
        fl_buf_printf(what, "%s%s", what->len ? "; " : "", fl_buf_cstr(&neg));
    fl_buf_free(&neg);
}

/* The number of single-letter edits (insert, delete, substitute, swap two neighbours) from x to y, or
 * more than 1 as 2. */
static int one_edit(const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y);
    if (nx > ny + 1 || ny > nx + 1)
        return 2;
    size_t i = 0;
    while (i < nx && i < ny && x[i] == y[i])
        i++;
    if (i == nx && i == ny)
        return 0;
    if (nx == ny) /* a substitution, or two neighbours swapped */
        return strcmp(x + i + 1, y + i + 1) == 0 ||
                       (i + 1 < nx && x[i] == y[i + 1] && x[i + 1] == y[i] && strcmp(x + i + 2, y + i + 2) == 0)
                   ? 1
                   : 2;
    return strcmp(nx > ny ? x + i + 1 : x + i, nx > ny ? y + i : y + i + 1) == 0 ? 1 : 2;
}

/* The single-letter edits (insert, delete, substitute) from x to y, up to NAME_EDITS + 1 (more are not
 * counted); x and y of at most NAME_LETTERS bytes, else NAME_EDITS + 1. */
static size_t edits(const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y), row[NAME_LETTERS + 1];
    if (nx > NAME_LETTERS || ny > NAME_LETTERS)
        return NAME_EDITS + 1;
    for (size_t j = 0; j <= ny; j++)
        row[j] = j;
    for (size_t i = 1; i <= nx; i++) {
        size_t diag = row[0], least = row[0] = i;
        for (size_t j = 1; j <= ny; j++) {
            size_t up = row[j], best = diag + (x[i - 1] != y[j - 1]);
            best = up + 1 < best ? up + 1 : best;
            best = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
            diag = up;
            row[j] = best;
            least = best < least ? best : least;
        }
        if (least > NAME_EDITS)
            return NAME_EDITS + 1;
    }
    return row[ny] < NAME_EDITS + 1 ? row[ny] : NAME_EDITS + 1;
}

static int capital(char ch)
{
    return ch >= 'A' && ch <= 'Z';
}

/* The letters of a particle that opens the name w of text and a hyphen joins to it ("al-" of "al-Qaddafi",
 * "el-" of "el-Sisi": at most PARTICLE_LETTERS ASCII letters), as its folded word holds them; 0 when none. */
static size_t particle(const char *text, const word *w)
{
    size_t k = w->start;
    while (k < w->end && k - w->start <= PARTICLE_LETTERS && fl_is_ascii_alpha((unsigned char)text[k]))
        k++;
    return k > w->start && k - w->start <= PARTICLE_LETTERS && k + 1 < w->end && text[k] == '-' &&
                   strlen(w->w) > k - w->start
               ? k - w->start
               : 0;
}

/* One name spelled two ways, as outlets transliterate it ("Gadhafi" / "al-Qaddafi", "Muammar" / "Moammar"):
 * two capitalised words of SLIP_LETTERS letters or more, a particle of PARTICLE_LETTERS letters or fewer
 * before a hyphen left out, that differ in at most a third of their letters and NAME_EDITS edits. */
static int name_spelling(const rendering *a, const word *x, const rendering *b, const word *y)
{
    size_t px = particle(a->q->text, x), py = particle(b->q->text, y);
    if (!(x->cap || (px && capital(a->q->text[x->start + px + 1]))) ||
        !(y->cap || (py && capital(b->q->text[y->start + py + 1]))) || x->num || y->num)
        return 0;
    const char *p = x->w + px, *q = y->w + py;
    size_t np = strlen(p), nq = strlen(q), e = edits(p, q);
    return np > SLIP_LETTERS && nq > SLIP_LETTERS && e > 0 && e <= NAME_EDITS && e * 3 <= (np > nq ? np : nq);
}

/* A slip rather than a change of words: a word written twice on one side only ("I, I think" / "I think":
 * a stammer one outlet kept), or one word each side that differ by one letter and are both longer than
 * SLIP_LETTERS ("goverment" / "government", "form" / "from"), neither a number nor a negation, or a name
 * spelled two ways (name_spelling). Short words ("run" / "ran", "to" / "for") are different words. Which of
 * them: SLIP_LETTER (a letter or a repeated word), SLIP_NAME, or 0 for none. */
static int slip(const rendering *a, const rendering *b, const gap *g)
{
    const rendering *one = g->a1 > g->a0 ? a : b;
    size_t f = one == a ? g->a0 : g->b0, t = one == a ? g->a1 : g->b1;
    if (g->a1 == g->a0 || g->b1 == g->b0) {
        for (size_t k = f; k < t; k++)
            if (!((k > 0 && one->w[k - 1].h == one->w[k].h) || (k + 1 < one->n && one->w[k + 1].h == one->w[k].h)))
                return 0;
        return t > f ? SLIP_LETTER : 0;
    }
    if (g->a1 - g->a0 != 1 || g->b1 - g->b0 != 1)
        return 0;
    const word *x = &a->w[g->a0], *y = &b->w[g->b0];
    if (!x->neg && !y->neg && !x->num && !y->num && strlen(x->w) > SLIP_LETTERS && strlen(y->w) > SLIP_LETTERS &&
        one_edit(x->w, y->w) == 1)
        return SLIP_LETTER;
    return name_spelling(a, x, b, y) ? SLIP_NAME : 0;
}

/* The gaps as a reader can see them: two gaps with at most NEAR_GAP shared words between are one place
 * ("not something we" / "something we never", not a missing "not" and an added "never"), and a side with no
 * words takes the shared word before and after the gap on both sides, so each side names words ("as sound,
 * not as a" / "as a", not "(nothing)"). The new number of gaps. */
static int readable_gaps(const rendering *a, const rendering *b, gap *g, int ng)
{
    int m = 0;
    unsigned char own[MAX_GAPS][2]; /* does each side of a merged gap hold words of its own */
    for (int k = 0; k < ng; k++) {
        int oa = g[k].a1 > g[k].a0, ob = g[k].b1 > g[k].b0;
        if (m > 0 && g[k].a0 <= g[m - 1].a1 + NEAR_GAP && g[k].b0 <= g[m - 1].b1 + NEAR_GAP &&
            g[k].a0 - g[m - 1].a1 == g[k].b0 - g[m - 1].b1) {
            g[m - 1].a1 = g[k].a1;
            g[m - 1].b1 = g[k].b1;
            own[m - 1][0] |= (unsigned char)oa;
            own[m - 1][1] |= (unsigned char)ob;
            continue;
        }
        own[m][0] = (unsigned char)oa;
        own[m][1] = (unsigned char)ob;
        g[m++] = g[k];
    }
    for (int k = 0; k < m; k++) {
        if (own[k][0] && own[k][1])
            continue;
        if (g[k].a0 > 0 && g[k].b0 > 0)
            g[k].a0--, g[k].b0--;
        if (g[k].a1 < a->n && g[k].b1 < b->n)
            g[k].a1++, g[k].b1++;
    }
    return m;
}

/* What differs between a and b, from a's side ("here") and b's ("there"); empty when they agree. *slight is
 * set when every difference of two direct quotes is a slip: the kinds of slip (SLIP_LETTER, SLIP_NAME). */
static void differences(const rendering *a, const rendering *b, const fold_ctx *f, fl_buf *what, int *slight)
{
    *slight = 0;
    if (a->q->direct && b->q->direct) {
        gap g[MAX_GAPS];
        int ng = align_pair(a, b, g);
        for (int k = 0; k < ng; k++) {
            int kind = slip(a, b, &g[k]);
            *slight = kind && (k == 0 || *slight) ? *slight | kind : 0;
        }
        ng = readable_gaps(a, b, g, ng);
        for (int k = 0; k < ng; k++) {
            fl_buf_puts(what, k ? "; " : "");
            put_words(what, a, g[k].a0, g[k].a1);
            fl_buf_puts(what, " here, ");
            put_words(what, b, g[k].b0, g[k].b1);
            fl_buf_puts(what, " there");
        }
        return;
    }
    /* two paraphrases: each outlet's own words, not the speaker's; nothing to hold them to */
    if (!a->q->direct && !b->q->direct)
        return;
    if (!same_remark(a, b))
        return;
    fl_buf changes = {0};
    meaning_changes(a, b, f, &changes);
    if (changes.len) {
        if (a->naud && b->naud && (a->naud != b->naud || shared(a->aud, a->naud, b->aud, b->naud) != a->naud))
            fl_buf_printf(what, "to \"%s\" here, \"%s\" there; ", a->q->audience, b->q->audience);
        fl_buf_puts(what, fl_buf_cstr(&changes));
    }
    fl_buf_free(&changes);
}

/* Does a come after b in path order (file name, then place)? */
static int later(const fl_qclaim *a, const fl_qclaim *b)
{
    int c = strcmp(a->file, b->file);
    if (c)
        return c > 0;
    return a->start.line != b->start.line ? a->start.line > b->start.line : a->start.col[0] > b->start.col[0];
}

typedef struct {
    size_t group; /* index of the speaker's group */
    size_t claim;
} member;

static int cmp_member(const void *x, const void *y)
{
    const member *a = x, *b = y;
    return a->group != b->group ? (a->group < b->group ? -1 : 1) : (a->claim < b->claim ? -1 : a->claim > b->claim);
}

void fl_join_quotes(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out)
{
    fl_join_quotes_in(r, all, reference, SIZE_MAX, out);
}

/* The rendering's identity (kind, words, audience), and with doc != SIZE_MAX the document's copy of it. */
static char *signature(const fl_qclaim *q, size_t doc)
{
    /* built by hand, not with a format: the join asks for one per pair and third rendering (attested) */
    fl_buf b = {0};
    if (doc != SIZE_MAX) {
        char num[24];
        size_t n = sizeof num;
        do
            num[--n] = (char)('0' + doc % 10);
        while ((doc /= 10) && n);
        fl_buf_put(&b, num + n, sizeof num - n);
        fl_buf_putc(&b, '\x1f');
    }
    fl_buf_putc(&b, q->direct ? '1' : '0');
    fl_buf_putc(&b, '\x1f');
    fl_buf_puts(&b, q->text);
    fl_buf_putc(&b, '\x1f');
    fl_buf_puts(&b, q->audience);
    return fl_buf_take(&b);
}

/* The length of the longest common subsequence of a's and b's words (house style folded). */
static size_t common_words(const rendering *a, const rendering *b)
{
    size_t m = b->n, *prev = fl_xcalloc(m + 1, sizeof(size_t)), *cur = fl_xcalloc(m + 1, sizeof(size_t));
    for (size_t i = 1; i <= a->n; i++) {
        for (size_t j = 1; j <= m; j++)
            cur[j] = a->w[i - 1].h == b->w[j - 1].h ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
        size_t *t = prev;
        prev = cur;
        cur = t;
    }
    size_t l = prev[m];
    free(prev);
    free(cur);
    return l;
}

/* Does the document of x[i] also quote direct quote x[j] word for word (house style folded, with no difference
 * where they align) in another rendering? Either the whole of it (at least four in five of its words, in
 * order), or more of it than x[i] has in common with it (MIN_QUOTE_WORDS at least) in a rendering that also
 * holds all that x[i] shares with x[j] ("We've got a big challenge, and we've got work to do" and, later,
 * "We've got a real challenge"; not the other half of a quote that one outlet split in two). Then the
 * speaker said it twice and that outlet quotes both sayings, or x[i] is another remark: a difference between
 * x[i] and x[j] is no misquote. held: the documents' renderings (signature). */
static int attested(const rendering *x, size_t n, size_t i, size_t j, fl_map *held)
{
    if (!x[j].q->direct || !x[i].q->direct)
        return 0;
    size_t doc = x[i].q->doc, whole = (real_words(&x[j]) * 4 + 4) / 5, own = common_words(&x[i], &x[j]);
    for (size_t k = 0; k < n; k++) {
        if (k == j || k == i || !x[k].q->direct)
            continue;
        char *in_doc = signature(x[k].q, doc);
        int has = fl_map_get(held, in_doc, strlen(in_doc)) >= 0;
        free(in_doc);
        if (!has)
            continue;
        size_t kj = common_words(&x[k], &x[j]);
        gap g[MAX_GAPS];
        if ((kj >= whole || (kj > own && kj >= MIN_QUOTE_WORDS && common_words(&x[k], &x[i]) >= own)) &&
            align_quotes(&x[k], &x[j], g) == 0)
            return 1;
    }
    return 0;
}

/* The surname of a full speaker key, [*at, *at + return): its last word, or the word before a name suffix that
 * ends it ("theodore ruiz jr": "ruiz"; suffixes: the name-suffixes lexicon); 0 when the key is one word. */
static size_t surname_of(const char *key, const fl_lexicon *suffixes, const char **at)
{
    const char *sp = strrchr(key, ' ');
    if (!sp)
        return 0;
    const char *last = sp + 1;
    if (fl_lexicon_has(suffixes, last, strlen(last), 1)) {
        const char *b = sp;
        while (b > key && b[-1] != ' ')
            b--;
        if (b > key) {
            *at = b;
            return (size_t)(sp - b);
        }
    }
    *at = last;
    return strlen(last);
}

typedef struct {
    fl_map full;                /* every full speaker key of the corpus (quotes that are not local) */
    fl_map surname;             /* a full name's surname -> the quote whose speaker it ends (surname_owners) */
    const fl_lexicon *suffixes; /* name-suffixes */
    const fl_lexicon *org;      /* organisation-words */
} speaker_names;

/* The full name that a full speaker key stands for (a tail of it): a key that ends with another speaker's full key
 * of two words or more is that speaker, named with words before the name that the titles lexicon does not hold ("cllr
 * ana ruiz", "mum-of-two ana ruiz" and "ana ruiz" in another outlet); not when that key is an organisation's (its last
 * word an organisation-words entry: "ohio environmental protection agency" is not "environmental protection
 * agency"). The key itself otherwise. */
static const char *named_as(const speaker_names *sn, const char *key)
{
    for (const char *sp = strchr(key, ' '); sp; sp = strchr(sp + 1, ' ')) {
        const char *tail = sp + 1, *last = strrchr(tail, ' ');
        if (!last)
            break;
        if (fl_map_get(&sn->full, tail, strlen(tail)) >= 0 && !fl_lexicon_has(sn->org, last + 1, strlen(last + 1), 1))
            return tail;
    }
    return key;
}

/* Maps each surname of a full speaker name to the quote whose speaker it ends (-2 when two different full names
 * end with it). */
static void surname_owners(const fl_claims *all, speaker_names *sn)
{
    fl_map_init(&sn->full, 0);
    fl_map_init(&sn->surname, 0);
    for (size_t i = 0; i < all->nquote; i++) {
        const fl_qclaim *q = &all->quotes[i];
        if (q->speaker_key && !q->local)
            fl_map_set(&sn->full, q->speaker_key, strlen(q->speaker_key), 1);
    }
    for (size_t i = 0; i < all->nquote; i++) {
        const fl_qclaim *q = &all->quotes[i];
        if (!q->speaker_key || q->local)
            continue;
        const char *at;
        size_t sl = surname_of(q->speaker_key, sn->suffixes, &at);
        if (!sl)
            continue;
        int had = fl_map_get(&sn->surname, at, sl);
        if (had == -1)
            fl_map_set(&sn->surname, at, sl, (int)i);
        else if (had >= 0 && strcmp(named_as(sn, all->quotes[had].speaker_key), named_as(sn, q->speaker_key)) != 0)
            fl_map_set(&sn->surname, at, sl, -2);
    }
}

/* The join group of quote q's speaker (a new string): its full name (named_as); a surname the one full name of the
 * corpus ending with it claims joins that name; a surname no full name claims joins the same surname in the other
 * documents (outlets that name the speaker once in full and quote them by surname after); any other local speaker is
 * a group of its document only. */
static char *group_key(const fl_claims *all, const fl_qclaim *q, const speaker_names *sn)
{
    int full = q->local && !strchr(q->speaker_key, ' ')
                   ? fl_map_get(&sn->surname, q->speaker_key, strlen(q->speaker_key))
                   : -1;
    if (full >= 0)
        return fl_xstrdup(named_as(sn, all->quotes[full].speaker_key));
    if (q->local && (full == -2 || strchr(q->speaker_key, ' ')))
        return fl_xasprintf("%zu\x1f%s", q->doc, q->speaker_key);
    return q->local ? fl_xasprintf("\x1f%s", q->speaker_key) : fl_xstrdup(named_as(sn, q->speaker_key));
}

/* May the rendering q be reported: not in a reference document, and in the focus when there is one? */
static int reportable(const fl_qclaim *q, const unsigned char *reference, size_t focus)
{
    return !(reference && reference[q->doc]) && (focus == SIZE_MAX || q->doc == focus);
}

typedef struct {
    size_t i, j, common; /* a pair of renderings that differ (i < j), and their words in common in order */
} pair_ref;

static int cmp_pair(const void *x, const void *y)
{
    const pair_ref *a = x, *b = y;
    if (a->common != b->common)
        return a->common > b->common ? -1 : 1;
    return a->i != b->i ? (a->i < b->i ? -1 : 1) : (a->j < b->j ? -1 : a->j > b->j);
}

/* The pairs (i < j) of the n renderings x that differ (said), those with the most words in common first: a
 * rendering is reported against the closest of the renderings it differs from, the one most likely the same
 * remark ("it's like, it ruined his life" against "it's like they ruined his life", not against the same
 * speaker's "they destroyed his life"). Owned; *np pairs. */
static pair_ref *closest_first(const rendering *x, size_t n, char *const *said, size_t *np)
{
    pair_ref *p = fl_xcalloc(n * n + 1, sizeof(pair_ref));
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (said[i * n + j])
                p[k++] = (pair_ref){i, j, common_words(&x[i], &x[j])};
    qsort(p, k, sizeof(pair_ref), cmp_pair);
    *np = k;
    return p;
}

/* The quote-conflicts of one speaker's n renderings x: both renderings of a pair that differs are reported, each
 * with the other as its related location (SPEC 7, item 3), first the one that differs from more of the others,
 * each counted once per document that holds it (the odd one out of three outlets, when two quote the same
 * words), then the later in path order; a rendering is reported once, against the first it differs from.
 * A pair whose every difference is a slip (slip) is a note. */
static void report_group(fl_sink *out, rendering *x, size_t n, const size_t *copies, fl_map *held, const fold_ctx *fold,
                         const unsigned char *reference, size_t focus)
{
    /* what differs, from the first side of each pair (i < j), and whether it is only slips */
    char **said = fl_xcalloc(n * n, sizeof(char *));
    unsigned char *slights = fl_xcalloc(n * n, 1), *reported = fl_xcalloc(n, 1);
    size_t *odd = fl_xcalloc(n, sizeof(size_t));
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            const fl_qclaim *qi = x[i].q, *qj = x[j].q;
            /* a remark and its own framing in one passage are one rendering */
            if (qi->doc == qj->doc && (!qi->direct || !qj->direct) && qi->sentence + 1 >= qj->sentence &&
                qj->sentence + 1 >= qi->sentence)
                continue;
            /* a pair of reference documents is never reported; the focus (the language server's document)
             * is not asked here, so that the choice of side is the command line's */
            if (!reportable(qi, reference, SIZE_MAX) && !reportable(qj, reference, SIZE_MAX))
                continue;
            fl_buf w = {0};
            int slight;
            differences(&x[i], &x[j], fold, &w, &slight);
            if (w.len && !attested(x, n, i, j, held) && !attested(x, n, j, i, held)) {
                said[i * n + j] = fl_buf_take(&w);
                slights[i * n + j] = (unsigned char)slight;
                odd[i] += copies[j], odd[j] += copies[i];
            }
            fl_buf_free(&w);
        }
    }
    size_t np;
    pair_ref *pairs = closest_first(x, n, said, &np);
    for (size_t p = 0; p < np; p++) {
        size_t i = pairs[p].i, j = pairs[p].j;
        size_t at = odd[i] != odd[j] ? (odd[i] > odd[j] ? i : j) : later(x[i].q, x[j].q) ? i : j;
        size_t side[2] = {at, at == i ? j : i};
        /* both renderings are reported, each pointing at the other (SPEC 7, item 3): the odd one out first */
        for (int k = 0; k < 2; k++) {
            size_t here = side[k], there = side[1 - k];
            if (reported[here] || !reportable(x[here].q, reference, focus))
                continue;
            if (here == i) {
                report(out, &x[i], &x[j], said[i * n + j], slights[i * n + j]);
                reported[here] = 1;
                continue;
            }
            fl_buf w = {0};
            int slight;
            differences(&x[here], &x[there], fold, &w, &slight);
            if (w.len) {
                report(out, &x[here], &x[there], fl_buf_cstr(&w), slight);
                reported[here] = 1;
            }
            fl_buf_free(&w);
        }
    }
    free(pairs);
    for (size_t k = 0; k < n * n; k++)
        free(said[k]);
    free(said);
    free(slights);
    free(reported);
    free(odd);
}

void fl_join_quotes_in(const fl_rules *r, const fl_claims *all, const unsigned char *reference, size_t focus,
                       fl_sink *out)
{
    struct sb_stemmer *sb = sb_stemmer_new("english", NULL); /* UTF-8 */
    if (!sb) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
    /* the join: one group per speaker (a surname-only speaker is a group of its document only) */
    fold_ctx fold;
    fold_init(&fold, r, sb);
    fl_map groups;
    fl_map_init(&groups, 0);
    member *mem = fl_xcalloc(all->nquote + 1, sizeof(member));
    size_t nmem = 0;
    /* a surname alone ("Crowley told KTLA") joins the one full name of the corpus that ends with it */
    speaker_names names = {.suffixes = fl_rules_lexicon(r, "name-suffixes"),
                           .org = fl_rules_lexicon(r, "organisation-words")};
    surname_owners(all, &names);
    for (size_t i = 0; i < all->nquote; i++) {
        const fl_qclaim *q = &all->quotes[i];
        if (!q->speaker_key)
            continue;
        char *key = group_key(all, q, &names);
        int g = fl_map_get(&groups, key, strlen(key));
        if (g < 0) {
            g = (int)groups.len;
            fl_map_put(&groups, key, strlen(key), g);
        }
        free(key);
        mem[nmem++] = (member){(size_t)g, i};
    }
    qsort(mem, nmem, sizeof(member), cmp_member);
    for (size_t a = 0; a < nmem;) {
        size_t b = a;
        while (b < nmem && mem[b].group == mem[a].group)
            b++;
        if (b - a < 2) { /* a speaker quoted once: nothing to compare */
            a = b;
            continue;
        }
        /* identical renderings (same kind, words and audience) agree: keep one of each, the first; which
         * document holds which rendering is kept in held */
        size_t n = 0;
        fl_map seen, held;
        fl_map_init(&seen, 0);
        fl_map_init(&held, 0);
        size_t *copies = fl_xcalloc(b - a, sizeof(size_t)); /* the documents that hold each kept rendering */
        for (size_t i = a; i < b; i++) {
            const fl_qclaim *q = &all->quotes[mem[i].claim];
            char *sig = signature(q, SIZE_MAX), *in_doc = signature(q, q->doc);
            int first = fl_map_put(&held, in_doc, strlen(in_doc), 1) == 0, k = fl_map_get(&seen, sig, strlen(sig));
            if (k >= 0) {
                copies[k] += (size_t)first;
            } else if (n < MAX_REPS) {
                fl_map_put(&seen, sig, strlen(sig), (int)n);
                copies[n] = 1;
                mem[a + n++] = mem[i];
            }
            free(sig);
            free(in_doc);
        }
        fl_map_free(&seen);
        int focused = focus == SIZE_MAX;
        for (size_t i = 0; i < n && !focused; i++)
            focused = all->quotes[mem[a + i].claim].doc == focus;
        if (n >= 2 && focused) {
            rendering *x = fl_xcalloc(n, sizeof(rendering));
            audience_words *aw = fl_xcalloc(n, sizeof(audience_words));
            for (size_t i = 0; i < n; i++)
                render(&x[i], &all->quotes[mem[a + i].claim], r, &fold, &aw[i]);
            report_group(out, x, n, copies, &held, &fold, reference, focus);
            for (size_t i = 0; i < n; i++)
                free_rendering(&x[i], &aw[i]);
            free(x);
            free(aw);
        }
        fl_map_free(&held);
        free(copies);
        a = b;
    }
    sb_stemmer_delete(sb);
    free(mem);
    fold_free(&fold);
    fl_map_free(&groups);
    fl_map_free(&names.full);
    fl_map_free(&names.surname);
}
