/* quotes.c - quote-conflict: the run's quotes and reported speech joined on their speaker; misquotes and
 * renderings of one remark that differ in audience, content or negation. */
#include "join/quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/map.h"
#include "core/rules.h"
#include "doc/tokens.h"
#include "packs/knowledge.h"

enum { MAX_WORDS = 400, MAX_REPS = 400, WINDOW = 5, MIN_QUOTE_WORDS = 5 };

#define ELLIPSIS "\x01"

typedef struct {
    uint64_t h;        /* hash of w, for the word alignment */
    char *w;           /* folded word or phrase; ELLIPSIS for "..." */
    char *stem;        /* stem, "#entity", or NULL for a stopword */
    size_t start, end; /* in the claim's text */
} word;

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
    int negated;
    int hedged; /* a hedge adverb, or a claim made on someone else's word ("according to") */
} rendering;

/* A light stem: plural and verb endings off, so "officials" meets "official" and "fears" meets "fear". */
static char *stem(const char *w)
{
    size_t n = strlen(w);
    char *s = fl_xstrdup(w);
    if (n > 4 && strcmp(s + n - 3, "ies") == 0)
        strcpy(s + n - 3, "y");
    else if (n > 5 && strcmp(s + n - 3, "ing") == 0)
        s[n - 3] = 0;
    else if (n > 4 && strcmp(s + n - 2, "ed") == 0)
        s[n - 2] = 0;
    else if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i')
        s[n - 1] = 0;
    return s;
}

static int is_negation(const fl_lexicon *neg, const char *x, size_t xl)
{
    return fl_lexicon_has(neg, x, xl, 1) || (xl > 3 && memcmp(x + xl - 3, "n't", 3) == 0) ||
           (xl > 5 && memcmp(x + xl - 5, "n\xE2\x80\x99t", 5) == 0);
}

/* Splits text into folded words with their stems. Editorial brackets are dropped ("fear[s]" is "fears",
 * "[does]" is "does"), entity aliases become one word ("United States" and "US" both stem to #US), and
 * ellipses are kept as one marker word. */
static word *words_of(const char *text, const fl_rules *r, size_t *nout, int *negated)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    const fl_lexicon *stop = fl_rules_lexicon(r, "stopwords");
    const fl_lexicon *neg = fl_rules_lexicon(r, "negations");
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
    size_t n = 0;
    *negated = 0;
    for (size_t i = 0; i < nt && n < MAX_WORDS; i++) {
        const char *x = s + t[i].start;
        size_t xl = t[i].end - t[i].start;
        if (t[i].kind == FL_TOK_PUNCT) {
            int ell = (xl == 3 && memcmp(x, "\xE2\x80\xA6", 3) == 0) ||
                      (x[0] == '.' && i + 1 < nt && s[t[i + 1].start] == '.' && t[i + 1].start == t[i].end);
            if (ell && (!n || strcmp(w[n - 1].w, ELLIPSIS) != 0))
                w[n++] = (word){0, fl_xstrdup(ELLIPSIS), NULL, from[t[i].start], from[t[i].end - 1] + 1};
            continue;
        }
        if ((xl == 4 && memcmp(x, "\xE2\x80\x99s", 4) == 0) || (xl == 2 && memcmp(x, "'s", 2) == 0))
            continue; /* a possessive */
        size_t used = 1;
        int ent = fl_phrases_at(&k->aliases, s, t, nt, i, &used);
        if (ent < 0)
            used = 1;
        word *o = &w[n++];
        o->start = from[t[i].start];
        o->end = from[t[i + used - 1].end - 1] + 1;
        o->w = fl_fold(x, t[i + used - 1].end - t[i].start);
        if (is_negation(neg, x, xl))
            *negated = 1;
        if (ent >= 0) {
            int e = k->entities[ent].country >= 0 ? k->entities[ent].country : ent;
            o->stem = fl_xasprintf("#%s", k->entities[e].id);
        } else if (!fl_lexicon_has(stop, x, xl, 1) && !is_negation(neg, x, xl)) {
            o->stem = stem(o->w);
        }
        i += used - 1;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t h = 1469598103934665603ULL; /* FNV-1a */
        for (const char *p = w[i].w; *p; p++)
            h = (h ^ (unsigned char)*p) * 1099511628211ULL;
        w[i].h = h;
    }
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

static void render(rendering *x, const fl_qclaim *q, const fl_rules *r, audience_words *aud)
{
    memset(x, 0, sizeof *x);
    x->q = q;
    x->w = words_of(q->text, r, &x->n, &x->negated);
    x->content = stems_of(x->w, x->n, &x->ncontent);
    int unused;
    aud->aw = words_of(q->audience, r, &aud->naw, &unused);
    x->aud = stems_of(aud->aw, aud->naw, &x->naud);
    x->hedged = q->hedge[0] || strncasecmp(q->source, "according to", 12) == 0;
}

/* Words of the quote only (no ellipsis): how many. */
static size_t real_words(const rendering *x)
{
    size_t k = 0;
    for (size_t i = 0; i < x->n; i++)
        k += strcmp(x->w[i].w, ELLIPSIS) != 0;
    return k;
}

/* Two direct quotes: the first place where their words differ inside both (a substitution or an
 * insertion in the middle that no ellipsis explains). Returns 1 and the differing word ranges (possibly
 * empty on one side) when the quotes are nearly identical but differ; 0 when they agree or are different
 * remarks. */
static int misquote(const rendering *a, const rendering *b, size_t *a0, size_t *a1, size_t *b0, size_t *b1)
{
    size_t n = a->n, m = b->n;
    size_t na = real_words(a), nb = real_words(b);
    if (na < MIN_QUOTE_WORDS || nb < MIN_QUOTE_WORDS)
        return 0;
    unsigned short *L = fl_xcalloc((n + 1) * (m + 1), sizeof(unsigned short));
#define AT(i, j) L[(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            AT(i, j) = a->w[i].h == b->w[j].h ? (unsigned short)(AT(i + 1, j + 1) + 1)
                                              : (AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1));
    size_t lcs = AT(0, 0);
    int found = 0;
    /* nearly identical: the common words make up most of the shorter quote */
    if (lcs * 10 >= (na < nb ? na : nb) * 8 && lcs < (na > nb ? na : nb)) {
        size_t i = 0, j = 0, matched = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a->w[i].h == b->w[j].h) {
                i++;
                j++;
                matched++;
                continue;
            }
            size_t si = i, sj = j;
            while (i < n || j < m) {
                if (i < n && j < m && a->w[i].h == b->w[j].h && AT(i, j) == AT(i + 1, j + 1) + 1 &&
                    AT(i, j) == lcs - matched)
                    break;
                if (j >= m || (i < n && AT(i + 1, j) >= AT(i, j + 1)))
                    i++;
                else
                    j++;
            }
            /* a run at either end is a shorter excerpt; one next to an ellipsis is a cut */
            int at_end = matched == 0 || (i == n && j == m);
            int cut = (si > 0 && strcmp(a->w[si - 1].w, ELLIPSIS) == 0) ||
                      (sj > 0 && strcmp(b->w[sj - 1].w, ELLIPSIS) == 0) ||
                      (i < n && strcmp(a->w[i].w, ELLIPSIS) == 0) || (j < m && strcmp(b->w[j].w, ELLIPSIS) == 0);
            for (size_t k = si; k < i; k++)
                cut |= strcmp(a->w[k].w, ELLIPSIS) == 0;
            for (size_t k = sj; k < j; k++)
                cut |= strcmp(b->w[k].w, ELLIPSIS) == 0;
            if (!at_end && !cut) {
                *a0 = si;
                *a1 = i;
                *b0 = sj;
                *b1 = j;
                found = 1;
                break;
            }
        }
    }
#undef AT
    free(L);
    return found;
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
    if (k < 3 || k * 10 < least * 3)
        return 0;
    int aud_same = a->naud && b->naud && shared(a->aud, a->naud, b->aud, b->naud) > 0;
    if (a->naud && b->naud && !aud_same)
        return 0; /* said to different people: different occasions */
    return aud_same || (k >= 4 && k * 2 >= least);
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

static void report(fl_sink *out, const rendering *a, const rendering *b, const char *what)
{
    fl_buf msg = {0};
    fl_buf_printf(&msg, "%s's words are rendered differently elsewhere: %s", a->q->speaker, what);
    if (a->hedged != b->hedged)
        fl_buf_printf(&msg, "; %s",
                      a->hedged ? "hedged here, stated flatly there" : "stated flatly here, hedged there");
    fl_diag *d = fl_sink_push(out, FL_RULE_QUOTE_CONFLICT, fl_rule_table[FL_RULE_QUOTE_CONFLICT].level, a->q->file,
                              a->q->start, a->q->end, fl_buf_take(&msg));
    fl_diag_relate(d, b->q->file, b->q->start, b->q->end, side_text(b->q));
    /* what a baseline recognises the finding by: the quoted words, not where they are */
    d->text_hash = fl_hash_text(a->q->text, strlen(a->q->text));
    d->related[0].text_hash = fl_hash_text(b->q->text, strlen(b->q->text));
}

/* What differs between a and b, from a's side ("here") and b's ("there"); empty when they agree. */
static void differences(const rendering *a, const rendering *b, fl_buf *what)
{
    size_t a0, a1, b0, b1;
    if (a->q->direct && b->q->direct) {
        /* nearly identical quotes share most content words: a cheap test before the alignment */
        size_t least = a->ncontent < b->ncontent ? a->ncontent : b->ncontent;
        if (shared(a->content, a->ncontent, b->content, b->ncontent) * 2 < least)
            return;
        if (misquote(a, b, &a0, &a1, &b0, &b1)) {
            put_words(what, a, a0, a1);
            fl_buf_puts(what, " here, ");
            put_words(what, b, b0, b1);
            fl_buf_puts(what, " there");
        }
        return;
    }
    if (!same_remark(a, b))
        return;
    size_t n0 = what->len;
    if (a->naud && b->naud && (a->naud != b->naud || shared(a->aud, a->naud, b->aud, b->naud) != a->naud))
        fl_buf_printf(what, "to \"%s\" here, \"%s\" there", a->q->audience, b->q->audience);
    if (differing_content(a, b, &a0, &a1, &b0, &b1)) {
        fl_buf_puts(what, what->len > n0 ? "; " : "");
        put_words(what, a, a0, a1);
        fl_buf_puts(what, " here, ");
        put_words(what, b, b0, b1);
        fl_buf_puts(what, " there");
    }
    if (a->negated != b->negated)
        fl_buf_printf(what, "%s%s", what->len > n0 ? "; " : "",
                      a->negated ? "negated here, not there" : "not negated here, negated there");
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
    /* the join: one group per speaker (a surname-only speaker is a group of its document only) */
    fl_map groups;
    fl_map_init(&groups, 0);
    member *mem = fl_xcalloc(all->nquote + 1, sizeof(member));
    size_t nmem = 0;
    /* a surname alone ("Crowley told KTLA") joins the one full name of the corpus that ends with it */
    fl_map surname;
    fl_map_init(&surname, 0);
    for (size_t i = 0; i < all->nquote; i++) {
        const fl_qclaim *q = &all->quotes[i];
        if (!q->speaker_key || q->local)
            continue;
        const char *sp = strrchr(q->speaker_key, ' ');
        if (!sp)
            continue;
        int had = fl_map_get(&surname, sp + 1, strlen(sp + 1));
        if (had == -1)
            fl_map_set(&surname, sp + 1, strlen(sp + 1), (int)i);
        else if (had >= 0 && strcmp(all->quotes[had].speaker_key, q->speaker_key) != 0)
            fl_map_set(&surname, sp + 1, strlen(sp + 1), -2);
    }
    for (size_t i = 0; i < all->nquote; i++) {
        const fl_qclaim *q = &all->quotes[i];
        if (!q->speaker_key)
            continue;
        int full = q->local && !strchr(q->speaker_key, ' ')
                       ? fl_map_get(&surname, q->speaker_key, strlen(q->speaker_key))
                       : -1;
        char *key = full >= 0  ? fl_xstrdup(all->quotes[full].speaker_key)
                    : q->local ? fl_xasprintf("%zu\x1f%s", q->doc, q->speaker_key)
                               : fl_xstrdup(q->speaker_key);
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
        /* identical renderings (same kind, words and audience) agree: keep one of each, the first */
        size_t n = 0;
        fl_map seen;
        fl_map_init(&seen, 0);
        for (size_t i = a; i < b && n < MAX_REPS; i++) {
            const fl_qclaim *q = &all->quotes[mem[i].claim];
            char *sig = fl_xasprintf("%d\x1f%s\x1f%s", q->direct, q->text, q->audience);
            if (fl_map_put(&seen, sig, strlen(sig), 1) == 0)
                mem[a + n++] = mem[i];
            free(sig);
        }
        fl_map_free(&seen);
        if (n >= 2) {
            rendering *x = fl_xcalloc(n, sizeof(rendering));
            audience_words *aw = fl_xcalloc(n, sizeof(audience_words));
            unsigned char *reported = fl_xcalloc(n, 1);
            for (size_t i = 0; i < n; i++)
                render(&x[i], &all->quotes[mem[a + i].claim], r, &aw[i]);
            for (size_t i = 0; i < n; i++) {
                for (size_t j = i + 1; j < n; j++) {
                    const fl_qclaim *qi = x[i].q, *qj = x[j].q;
                    /* a remark and its own framing in one passage are one rendering */
                    if (qi->doc == qj->doc && (!qi->direct || !qj->direct) && qi->sentence + 1 >= qj->sentence &&
                        qj->sentence + 1 >= qi->sentence)
                        continue;
                    int ri = !(reference && reference[qi->doc]) && !reported[i];
                    int rj = !(reference && reference[qj->doc]) && !reported[j];
                    if (!ri && !rj)
                        continue;
                    fl_buf wi = {0}, wj = {0};
                    differences(&x[i], &x[j], &wi);
                    if (wi.len) {
                        differences(&x[j], &x[i], &wj);
                        if (ri) {
                            report(out, &x[i], &x[j], fl_buf_cstr(&wi));
                            reported[i] = 1;
                        }
                        if (rj && wj.len) {
                            report(out, &x[j], &x[i], fl_buf_cstr(&wj));
                            reported[j] = 1;
                        }
                    }
                    fl_buf_free(&wi);
                    fl_buf_free(&wj);
                }
            }
            for (size_t i = 0; i < n; i++)
                free_rendering(&x[i], &aw[i]);
            free(x);
            free(aw);
            free(reported);
        }
        a = b;
    }
    free(mem);
    fl_map_free(&groups);
    fl_map_free(&surname);
}
