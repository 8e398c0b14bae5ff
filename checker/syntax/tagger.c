/* tagger.c - the part-of-speech tagger: loads rules/syntax/pos-model.tsv (an averaged perceptron trained by
 * tests/tagger/train.py) and tags a sentence greedily, left to right, with no allocation. The features are
 * the strings train.py computes, hashed with 64-bit FNV-1a; change them together (and the format version). */
#include "syntax/syntax_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MODEL_FORMAT = 1, MAX_WORD = 32 };

static const char *const tag_names[FL_TAG_COUNT] = {
    "NOUN", "PROPN", "POS", "NUM", "SYM", "PRON", "DET", "ADJ", "ADV", "ADP",  "CONJ",  "SCONJ",
    "VBD",  "VBP",   "VBN", "VBG", "VB",  "MD",   "TO",  "WH",  "NEG", "PART", "PUNCT", "X",
};

const char *fl_tag_name(int tag)
{
    return tag >= 0 && tag < FL_TAG_COUNT ? tag_names[tag] : "?";
}

static int tag_of_name(const char *s, size_t n)
{
    for (int t = 0; t < FL_TAG_COUNT; t++)
        if (strlen(tag_names[t]) == n && memcmp(tag_names[t], s, n) == 0)
            return t;
    return -1;
}

/* ---- hashing ---- */

#define FNV_OFFSET 14695981039346656037ull
#define FNV_PRIME 1099511628211ull

static inline uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * FNV_PRIME;
    return h;
}

static inline size_t slot_of(uint64_t key, size_t mask)
{
    return (size_t)(key ^ (key >> 29)) & mask;
}

static inline uint64_t nonzero(uint64_t h)
{
    return h ? h : 1;
}

/* ---- the word forms the features read ---- */

/* A word cut to MAX_WORD bytes and transformed. */
typedef struct {
    uint8_t b[MAX_WORD];
    uint8_t n;
} wform;

/* ASCII lower case, digits as 0 (train.py: lower). */
static void lower_of(fl_str w, wform *o)
{
    size_t n = w.len < MAX_WORD ? w.len : MAX_WORD;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)w.ptr[i];
        o->b[i] = (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : (c >= '0' && c <= '9') ? '0' : c;
    }
    o->n = (uint8_t)n;
}

/* Byte classes with runs collapsed (train.py: shape). */
static void shape_of(fl_str w, wform *o)
{
    size_t n = w.len < MAX_WORD ? w.len : MAX_WORD;
    o->n = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)w.ptr[i];
        uint8_t k = (c >= 'A' && c <= 'Z')                  ? 'X'
                    : ((c >= 'a' && c <= 'z') || c >= 0x80) ? 'x'
                    : (c >= '0' && c <= '9')                ? 'd'
                                                            : c;
        if (o->n == 0 || o->b[o->n - 1] != k)
            o->b[o->n++] = k;
    }
}

static void marker(const char *m, wform *o)
{
    o->n = (uint8_t)strlen(m);
    memcpy(o->b, m, o->n);
}

/* The context word at position i (-2 .. n+1, n > 0), lowered, with the start and end markers of train.py. */
static void ctx_of(const fl_str *words, size_t n, long i, wform *o)
{
    static const char *const start[2] = {"-S1-", "-S2-"}, *const end[2] = {"-E1-", "-E2-"};
    if (i < 0)
        marker(start[i + 2], o);
    else if ((size_t)i >= n)
        marker(end[(size_t)i - n], o);
    else
        lower_of(words[i], o);
}

/* ---- scoring ---- */

static inline void add_feature(const fl_syntax *sx, uint64_t key, int32_t *scores)
{
    key = nonzero(key);
    size_t i = slot_of(key, sx->feat_mask);
    for (;;) {
        const fl_feat_slot *s = &sx->feat[i];
        if (s->key == key) {
            for (uint32_t k = 0; k < s->n; k++)
                scores[sx->wtag[s->off + k]] += sx->wval[s->off + k];
            return;
        }
        if (!s->key)
            return;
        i = (i + 1) & sx->feat_mask;
    }
}

/* The hash of prefix followed by the bytes of f. */
static inline uint64_t fh(const char *prefix, size_t plen, const wform *f)
{
    return fnv(fnv(FNV_OFFSET, prefix, plen), f->b, f->n);
}

static inline uint64_t fh_suffix(const char *prefix, size_t plen, const wform *f)
{
    size_t k = f->n < 3 ? f->n : 3;
    return fnv(fnv(FNV_OFFSET, prefix, plen), f->b + f->n - k, k);
}

static int dict_tag(const fl_syntax *sx, fl_str w)
{
    if (!sx->dict_mask)
        return -1;
    uint64_t key = nonzero(fnv(FNV_OFFSET, w.ptr, w.len));
    size_t i = slot_of(key, sx->dict_mask);
    while (sx->dict[i].key) {
        if (sx->dict[i].key == key)
            return sx->dict[i].tag;
        i = (i + 1) & sx->dict_mask;
    }
    return -1;
}

/* Does word w end in a plural's or a third person's -s ("offers", "houses"; not "gas", "press", "bus")? */
static int s_form(fl_str w)
{
    if (w.len < 4 || !(w.ptr[0] >= 'a' && w.ptr[0] <= 'z') || w.ptr[w.len - 1] != 's')
        return 0;
    char b = w.ptr[w.len - 2];
    return b != 's' && b != 'u' && b != 'i' && b != '\'';
}

/* Corrections of the model's tag of a word in -s by its context, where the model, trained on Brown's
 * sentences, errs on news: after a cardinal number such a word is the noun it counts ("made 31,200 offers"),
 * unless the lexicon lists it as a verb ("the 3 was"), a name comes before the number or an object after the
 * word; after a comma and a relative pronoun it is the relative clause's verb (", which houses about 1,600
 * prisoners"); after a noun and before a number in digits it is that noun's verb ("The jail houses 990
 * prisoners"), not a compound. */
static int dict_tag(const fl_syntax *sx, fl_str w);

/* Does a verb's object or complement start at word i: a determiner, pronoun or number ("2025-26 includes a
 * contingency")? A determiner before a noun of time opens a time phrase, no object ("received 4,000 calls this
 * morning", "made 34,200 offers this cycle"). */
static int object_start(const fl_syntax *sx, const fl_str *words, size_t n, size_t i)
{
    if (i >= n || !words[i].len)
        return 0;
    int t = dict_tag(sx, words[i]);
    if (t == FL_TAG_DET && i + 1 < n && (fl_syntax_lex(sx, words[i + 1]) & FL_LEX_TIME_NOUN))
        return 0;
    return t == FL_TAG_DET || t == FL_TAG_PRON || t == FL_TAG_NUM || (words[i].ptr[0] >= '0' && words[i].ptr[0] <= '9');
}

static int corrected(const fl_syntax *sx, const fl_str *words, size_t n, size_t i, const uint8_t *tags, int tag)
{
    if (!s_form(words[i]))
        return tag;
    /* not after a name's number ("GarageBand 09 allows", "Version 12 ships"), nor before an object */
    if (i > 0 && tags[i - 1] == FL_TAG_NUM && (tag == FL_TAG_VBP || tag == FL_TAG_VBD) &&
        !(fl_syntax_lex(sx, words[i]) & (FL_LEX_NUMBER_VERB | FL_LEX_BE)) &&
        !(i > 1 && (tags[i - 2] == FL_TAG_PROPN || (tags[i - 2] == FL_TAG_NOUN && words[i - 2].len &&
                                                    words[i - 2].ptr[0] >= 'A' && words[i - 2].ptr[0] <= 'Z'))) &&
        !object_start(sx, words, n, i + 1))
        return FL_TAG_NOUN;
    if (i > 1 && tag == FL_TAG_NOUN && (fl_syntax_lex(sx, words[i - 1]) & FL_LEX_RELATIVE) &&
        (fl_syntax_lex(sx, words[i - 2]) & FL_LEX_COMMA))
        return FL_TAG_VBP;
    /* "The jail houses 990 prisoners": a noun's verb before a number in digits, where the model reads a
     * compound */
    if (i > 0 && i + 1 < n && tag == FL_TAG_NOUN && (tags[i - 1] == FL_TAG_NOUN || tags[i - 1] == FL_TAG_PROPN) &&
        words[i + 1].len && words[i + 1].len != 4 && words[i + 1].ptr[0] >= '0' && words[i + 1].ptr[0] <= '9')
        return FL_TAG_VBP; /* (not a year's four digits: "the trade figures 2023") */
    return tag;
}

/* A correction of the model, trained on Brown, on news: a predeterminer after a determiner is a noun when no
 * noun follows it ("Revenue in the half reached", "the first half."), not "half the". */
static int after_determiner(const fl_syntax *sx, const fl_str *words, size_t n, size_t i, const uint8_t *tags, int tag)
{
    if (tag == FL_TAG_DET && i > 0 &&
        (tags[i - 1] == FL_TAG_DET || (tags[i - 1] == FL_TAG_ADJ && i > 1 && tags[i - 2] == FL_TAG_DET))) {
        int next = i + 1 < n ? dict_tag(sx, words[i + 1]) : -1;
        int digit = i + 1 < n && words[i + 1].len && words[i + 1].ptr[0] >= '0' && words[i + 1].ptr[0] <= '9';
        if (!digit && next != FL_TAG_NOUN && next != FL_TAG_PROPN && next != FL_TAG_ADJ && next != FL_TAG_NUM &&
            next != FL_TAG_SYM)
            return FL_TAG_NOUN;
    }
    return tag;
}

/* A correction of the model by the grammar of a noun phrase: between a figure (a number, or a number and its unit:
 * "the £3.4m overtime bill") and a noun no adverb stands, so a word the model reads as an adverb there from its
 * context alone, whose own word weighs for a noun ("overtime"; not "more", "still", "only"), is a modifier noun. */
static int between_figure_and_noun(const fl_syntax *sx, const fl_str *words, size_t n, size_t i, const uint8_t *tags,
                                   const wform *w, int tag)
{
    if (tag != FL_TAG_ADV || i == 0 || i + 1 >= n || dict_tag(sx, words[i + 1]) != FL_TAG_NOUN ||
        !(tags[i - 1] == FL_TAG_NUM || (i > 1 && tags[i - 1] == FL_TAG_NOUN && tags[i - 2] == FL_TAG_NUM)))
        return tag;
    int32_t own[FL_TAG_COUNT] = {0};
    add_feature(sx, fh("w ", 2, w), own);
    return own[FL_TAG_NOUN] > own[FL_TAG_ADV] ? FL_TAG_NOUN : tag;
}

/* Is word w a year in digits (1900 to 2099)? */
static int year_word(fl_str w)
{
    return w.len == 4 && (!memcmp(w.ptr, "19", 2) || !memcmp(w.ptr, "20", 2)) && w.ptr[2] >= '0' && w.ptr[2] <= '9' &&
           w.ptr[3] >= '0' && w.ptr[3] <= '9';
}

/* A year after a determiner or possessive premodifies a noun phrase ("The 2025 combined ratio", "its 2024 revised
 * forecast"): a past form between it and a noun is a participle modifier, never a finite verb whose subject the
 * year would be. */
static int after_premodifying_year(const fl_syntax *sx, const fl_str *words, size_t n, size_t i, const uint8_t *tags,
                                   int tag)
{
    if (tag != FL_TAG_VBD || i < 2 || i + 1 >= n || tags[i - 1] != FL_TAG_NUM || !year_word(words[i - 1]) ||
        !(tags[i - 2] == FL_TAG_DET || tags[i - 2] == FL_TAG_POS) || dict_tag(sx, words[i + 1]) != FL_TAG_NOUN)
        return tag;
    return FL_TAG_VBN;
}

enum { LABEL_PHRASE_WORDS = 8 }; /* the words of a label phrase before its colon, at most */

/* Does word w end in a plural's -s, in either case ("Weirs", "calls"; as s_form)? */
static int plural_form(fl_str w)
{
    char low[64];
    if (w.len < 4 || w.len >= sizeof low ||
        !((w.ptr[0] >= 'a' && w.ptr[0] <= 'z') || (w.ptr[0] >= 'A' && w.ptr[0] <= 'Z')))
        return 0;
    memcpy(low, w.ptr, w.len);
    low[0] = (char)(low[0] | 0x20);
    return s_form((fl_str){low, w.len});
}

/* Does a figure start at word i: a number, a currency symbol, or one qualifying word before a number ("some 7,900")? */
static int figure_at(const fl_str *words, size_t n, size_t i, const uint8_t *tags)
{
    if (i >= n)
        return 0;
    if (tags[i] == FL_TAG_NUM || tags[i] == FL_TAG_SYM ||
        (words[i].len && words[i].ptr[0] >= '0' && words[i].ptr[0] <= '9'))
        return 1;
    return (tags[i] == FL_TAG_ADV || tags[i] == FL_TAG_ADJ || tags[i] == FL_TAG_DET) && i + 1 < n &&
           (tags[i + 1] == FL_TAG_NUM || tags[i + 1] == FL_TAG_SYM);
}

/* A correction of the model by the grammar of a label ("Weirs removed: 16", "- Emergency calls answered: 71,400",
 * "Households on alternative supply: 38,000"): the words before a colon that a figure follows, a list item's marker
 * aside, are a noun phrase, a participle and its adjuncts after it at most, never a finite verb. The model, trained on
 * Brown's sentences, reads such a fragment's plural nouns as present verbs and a capitalised first word as an
 * adverb or an imperative: before the participle, a word in -s read so is a noun, and an imperative first is a noun
 * that premodifies ("Peak backlog"); a past form is the participle. */
static void label_phrase(const fl_str *words, size_t n, uint8_t *tags)
{
    size_t s = n && tags[0] == FL_TAG_PUNCT ? 1 : 0, colon = s;
    while (colon < n && colon < s + LABEL_PHRASE_WORDS && !(words[colon].len == 1 && words[colon].ptr[0] == ':'))
        colon++;
    if (colon >= n || colon < s + 2 || !(words[colon].len == 1 && words[colon].ptr[0] == ':') ||
        !figure_at(words, n, colon + 1, tags) || (tags[colon - 1] == FL_TAG_NUM && words[colon - 1].len <= 2))
        return; /* (not a clock time's colon: "was shut at 11:52") */
    for (size_t i = s; i < colon; i++)
        if (tags[i] == FL_TAG_MD || tags[i] == FL_TAG_PRON || tags[i] == FL_TAG_TO)
            return; /* a sentence, not a label ("We expect: 40") */
    for (size_t i = s, participle = 0; i < colon && !participle; i++) {
        int t = tags[i];
        if ((t == FL_TAG_VBP || t == FL_TAG_ADV || t == FL_TAG_VB) && plural_form(words[i]))
            tags[i] = FL_TAG_NOUN;
        else if (t == FL_TAG_VB && i == s && i + 1 < colon && tags[i + 1] == FL_TAG_NOUN)
            tags[i] = FL_TAG_NOUN;
        else if (t == FL_TAG_VBD || t == FL_TAG_VBN) {
            tags[i] = FL_TAG_VBN;
            participle = 1;
        }
    }
}

/* A lower-case word between a singular indefinite article and a number premodifies the figure, whatever the
 * model read: "a record 43,850 bookings", "a further 12 arrests", "a whopping 720lb". The article cannot go with the
 * plural noun the number counts, so it and the word belong to the figure's phrase, and the word is an adjective
 * (the model, trained on Brown, reads "record" as a noun and "whopping" as a verb, which cut the figure's noun
 * phrase in two: "a record" became the verb's object and the figure counted nothing). */
static void article_premodifier(const fl_syntax *sx, const fl_str *words, size_t n, uint8_t *tags)
{
    for (size_t i = 1; i + 1 < n; i++)
        if (tags[i + 1] == FL_TAG_NUM && tags[i - 1] == FL_TAG_DET && tags[i] != FL_TAG_NUM &&
            tags[i] != FL_TAG_PUNCT && words[i].len && words[i].ptr[0] >= 'a' && words[i].ptr[0] <= 'z' &&
            (fl_syntax_lex(sx, words[i - 1]) & FL_LEX_INDEFINITE))
            tags[i] = FL_TAG_ADJ;
}

void fl_syntax_tag(const fl_syntax *sx, const fl_str *words, size_t n, uint8_t *tags)
{
    if (n == 0)
        return;
    /* win[k] is the lowered word at position i - 2 + k */
    wform win[5];
    for (int k = 0; k < 5; k++)
        ctx_of(words, n, (long)k - 2, &win[k]);
    const char *p1 = "-S1-", *p2 = "-S2-";
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memmove(&win[0], &win[1], 4 * sizeof win[0]);
            ctx_of(words, n, (long)i + 2, &win[4]);
        }
        int tag = dict_tag(sx, words[i]);
        if (tag < 0) {
            int32_t scores[FL_TAG_COUNT] = {0};
            const wform *w = &win[2];
            wform sh, nsh;
            shape_of(words[i], &sh);
            if (i + 1 < n)
                shape_of(words[i + 1], &nsh);
            else
                marker("-E-", &nsh);
            char c[2] = {words[i].len && words[i].ptr[0] >= 'A' && words[i].ptr[0] <= 'Z' ? '1' : '0',
                         i == 0 ? 'S' : 'M'};
            size_t l1 = strlen(p1), l2 = strlen(p2);
            wform first = {{0}, 0};
            if (w->n) {
                first.b[0] = w->b[0];
                first.n = 1;
            }
            uint64_t t1 = fnv(fnv(FNV_OFFSET, "t ", 2), p1, l1);
            uint64_t keys[16] = {
                fnv(FNV_OFFSET, "b", 1),
                fh("w ", 2, w),
                fh_suffix("s ", 2, w),
                fh("p ", 2, &first),
                fh("h ", 2, &sh),
                fnv(fnv(FNV_OFFSET, "c ", 2), c, 2),
                t1,
                fnv(fnv(fnv(fnv(FNV_OFFSET, "tt ", 3), p2, l2), " ", 1), p1, l1),
                fnv(fnv(fnv(fnv(FNV_OFFSET, "tw ", 3), p1, l1), " ", 1), w->b, w->n),
                fh("pw ", 3, &win[1]),
                fh_suffix("ps ", 3, &win[1]),
                fh("ppw ", 4, &win[0]),
                fh("nw ", 3, &win[3]),
                fh_suffix("ns ", 3, &win[3]),
                fh("nnw ", 4, &win[4]),
                fh("nh ", 3, &nsh),
            };
            for (int k = 0; k < 16; k++)
                add_feature(sx, keys[k], scores);
            tag = 0;
            for (int t = 1; t < FL_TAG_COUNT; t++) /* the first of equal scores wins, as in train.py */
                if (scores[t] > scores[tag])
                    tag = t;
        }
        tag = corrected(sx, words, n, i, tags, tag);
        tag = after_determiner(sx, words, n, i, tags, tag);
        tag = between_figure_and_noun(sx, words, n, i, tags, &win[2], tag);
        tag = after_premodifying_year(sx, words, n, i, tags, tag);
        if (fl_syntax_lex(sx, words[i]) & FL_LEX_ADVERB)
            tag = FL_TAG_ADV; /* a closed class the model, trained on Brown, may read as nouns ("gravel downstream") */
        if ((fl_syntax_lex(sx, words[i]) & FL_LEX_NOUN) && tag >= FL_TAG_VBD && tag <= FL_TAG_VB)
            tag = FL_TAG_NOUN; /* a noun the model, trained on Brown, may read as a verb ("revenue up 6%") */
        if ((fl_syntax_lex(sx, words[i]) & FL_LEX_VERB) && (tag == FL_TAG_NOUN || tag == FL_TAG_PROPN))
            tag = FL_TAG_VBP; /* a verb never a noun the model may read as a compound's ("The university confirms") */
        if (i > 0 && tags[i - 1] == FL_TAG_NUM && (fl_syntax_lex(sx, words[i]) & FL_LEX_CLOCK_SUFFIX))
            tag = FL_TAG_NOUN; /* "stopped at 11.40am": the clock's half of the day, not the verb "am" */
        tags[i] = (uint8_t)tag;
        p2 = p1;
        p1 = tag_names[tag];
    }
    /* a sentence's first word read as an imperative before a preposition, with a finite verb of its own clause
     * later, is that verb's subject: "Revenue in the half reached £221.4m" (not "Read in full here") */
    for (size_t i = 2;
         n > 2 && tags[0] == FL_TAG_VB && tags[1] == FL_TAG_ADP && words[0].len && words[0].ptr[0] >= 'A' &&
         words[0].ptr[0] <= 'Z' && i < n && tags[i] != FL_TAG_PUNCT && tags[i] != FL_TAG_CONJ;
         i++)
        if (tags[i] == FL_TAG_VBD || tags[i] == FL_TAG_VBP)
            tags[0] = FL_TAG_NOUN;
    label_phrase(words, n, tags);
    article_premodifier(sx, words, n, tags);
}

void fl_syntax_words(const char *text, const fl_token *toks, size_t n, fl_str *out)
{
    static const char em_dash[] = "\xE2\x80\x94";
    for (size_t i = 0; i < n; i++) {
        out[i].ptr = text + toks[i].start;
        out[i].len = toks[i].end - toks[i].start;
        /* a hyphen with a space on each side is a dash ("CALDER BAY, Jan. 23 - A fire ..."), as typewritten
         * text writes one: the parser reads it as the dash it stands for */
        int spaced = toks[i].space_before && (i + 1 == n || toks[i + 1].space_before);
        if (spaced && toks[i].kind == FL_TOK_PUNCT && out[i].len <= 2 && out[i].ptr[0] == '-' &&
            out[i].ptr[out[i].len - 1] == '-') {
            out[i].ptr = em_dash;
            out[i].len = sizeof em_dash - 1;
        }
    }
}

/* ---- loading ---- */

static size_t table_size(size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    return cap;
}

/* The next line of [*p, end) (without its \n) as [*ls, *le); returns 0 at the end. */
static int next_line(const char **p, const char *end, const char **ls, const char **le)
{
    if (*p >= end)
        return 0;
    *ls = *p;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    *le = nl ? nl : end;
    *p = nl ? nl + 1 : end;
    return 1;
}

/* Fields split at tabs: up to max of them into f (start, end); returns how many. */
static int split_tabs(const char *ls, const char *le, const char **fs, const char **fe, int max)
{
    int k = 0;
    const char *s = ls;
    while (k < max) {
        const char *t = memchr(s, '\t', (size_t)(le - s));
        fs[k] = s;
        fe[k] = t ? t : le;
        k++;
        if (!t)
            break;
        s = t + 1;
    }
    return k;
}

static int check_header(const char *ls, const char *le, const char *path, fl_buf *err)
{
    const char *fs[4], *fe[4];
    static const char magic[] = "#factlint-pos-model";
    if (split_tabs(ls, le, fs, fe, 4) < 3 || (size_t)(fe[0] - fs[0]) != sizeof magic - 1 ||
        memcmp(fs[0], magic, sizeof magic - 1) != 0)
        return fl_fail(err, path, "not a factlint part-of-speech model (no %s header line)", magic);
    if (atoi(fs[1]) != MODEL_FORMAT)
        return fl_fail(err, path, "model format %d, expected %d (run make tagger-model)", atoi(fs[1]), MODEL_FORMAT);
    /* the tagset must be this tagger's, in its order */
    const char *s = fs[2];
    int t = 0;
    while (s < fe[2]) {
        const char *c = memchr(s, ',', (size_t)(fe[2] - s));
        const char *e = c ? c : fe[2];
        if (t >= FL_TAG_COUNT || tag_of_name(s, (size_t)(e - s)) != t)
            return fl_fail(err, path, "the model's tagset differs from the tagger's at tag %d", t + 1);
        t++;
        s = c ? c + 1 : fe[2];
    }
    if (t != FL_TAG_COUNT)
        return fl_fail(err, path, "the model has %d tags, the tagger %d", t, FL_TAG_COUNT);
    return 0;
}

static char *slurp(const char *path, size_t *len, fl_buf *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fl_fail(err, path, "cannot open: %s", strerror(errno));
        return NULL;
    }
    fl_buf b = {0};
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        fl_buf_put(&b, chunk, k);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fl_buf_free(&b);
        fl_fail(err, path, "cannot read");
        return NULL;
    }
    *len = b.len;
    return fl_buf_take(&b);
}

int fl_syntax_load_model(fl_syntax *sx, const char *path, fl_buf *err)
{
    size_t len = 0;
    char *text = slurp(path, &len, err);
    if (!text)
        return -1;
    const char *end = text + len, *p = text, *ls, *le;
    if (!next_line(&p, end, &ls, &le) || check_header(ls, le, path, err) < 0) {
        if (!err->len)
            fl_fail(err, path, "empty model");
        free(text);
        return -1;
    }
    /* first pass: sizes */
    size_t nfeat = 0, ndict = 0, nweights = 0;
    const char *body = p;
    while (next_line(&p, end, &ls, &le)) {
        if (le > ls && *ls == 'f') {
            nfeat++;
            for (const char *q = ls; q < le; q++)
                nweights += *q == ':';
        } else if (le > ls && *ls == 'd')
            ndict++;
    }
    sx->feat_mask = table_size(nfeat) - 1;
    sx->feat = fl_xcalloc(sx->feat_mask + 1, sizeof *sx->feat);
    sx->dict_mask = table_size(ndict) - 1;
    sx->dict = fl_xcalloc(sx->dict_mask + 1, sizeof *sx->dict);
    sx->wtag = fl_xmalloc(nweights + 1);
    sx->wval = fl_xmalloc((nweights + 1) * sizeof *sx->wval);
    /* second pass: the tables */
    size_t nw = 0, line = 1;
    int rc = 0;
    p = body;
    while (rc == 0 && next_line(&p, end, &ls, &le)) {
        line++;
        if (le == ls)
            continue;
        const char *fs[3], *fe[3];
        if (split_tabs(ls, le, fs, fe, 3) != 3 || fe[0] - fs[0] != 1) {
            rc = fl_fail(err, path, "line %zu: expected three tab-separated fields", line);
            break;
        }
        uint64_t key = nonzero(fnv(FNV_OFFSET, fs[1], (size_t)(fe[1] - fs[1])));
        if (*ls == 'd') {
            int t = tag_of_name(fs[2], (size_t)(fe[2] - fs[2]));
            if (t < 0) {
                rc = fl_fail(err, path, "line %zu: unknown tag", line);
                break;
            }
            size_t i = slot_of(key, sx->dict_mask);
            while (sx->dict[i].key && sx->dict[i].key != key)
                i = (i + 1) & sx->dict_mask;
            sx->dict[i].key = key;
            sx->dict[i].tag = (uint8_t)t;
        } else if (*ls == 'f') {
            size_t i = slot_of(key, sx->feat_mask);
            while (sx->feat[i].key && sx->feat[i].key != key)
                i = (i + 1) & sx->feat_mask;
            if (sx->feat[i].key) {
                rc = fl_fail(err, path, "line %zu: a feature repeated (or two whose hashes collide)", line);
                break;
            }
            sx->feat[i].key = key;
            sx->feat[i].off = (uint32_t)nw;
            const char *q = fs[2];
            while (q < fe[2]) {
                char *after;
                long t = strtol(q, &after, 10);
                if (after == q || *after != ':' || t < 0 || t >= FL_TAG_COUNT) {
                    rc = fl_fail(err, path, "line %zu: expected TAG:WEIGHT pairs", line);
                    break;
                }
                long v = strtol(after + 1, &after, 10);
                sx->wtag[nw] = (uint8_t)t;
                sx->wval[nw] = (int32_t)v;
                nw++;
                q = after;
                while (q < fe[2] && *q == ' ')
                    q++;
            }
            sx->feat[i].n = (uint32_t)(nw - sx->feat[i].off);
        } else {
            rc = fl_fail(err, path, "line %zu: unknown record type '%c'", line, *ls);
        }
    }
    free(text);
    return rc;
}
