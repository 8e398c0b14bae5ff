/* syntax_int.h - the loaded model and lexicon shared by the tagger and the chunker; only checker/syntax/
 * includes it. */
#ifndef FL_SYNTAX_INT_H
#define FL_SYNTAX_INT_H

#include "core/map.h"
#include "syntax/syntax.h"

/* Word classes of rules/syntax/lexicon.json, as bits of one map value. */
enum {
    FL_LEX_BE = 1 << 0,          /* forms of "be" (and "get"): a passive before a participle */
    FL_LEX_FUTURE = 1 << 1,      /* modals of the future */
    FL_LEX_CLAUSE_PREP = 1 << 2, /* prepositions that open a clause when a subject and verb follow */
    FL_LEX_AGENT = 1 << 3,       /* the preposition of a passive's agent */
    FL_LEX_NOUN_PREP = 1 << 4,   /* prepositions that attach to the noun before them */
    FL_LEX_BREAK = 1 << 5,       /* punctuation that ends a clause */
    FL_LEX_QUOTE = 1 << 6,       /* quotation marks */
    FL_LEX_COMMA = 1 << 7,
    FL_LEX_NEG = 1 << 8,           /* negating words the tagger may not tag NEG */
    FL_LEX_TIME_ADJ = 1 << 9,      /* adjectives that open a time NP after a number ("45,000 last year") */
    FL_LEX_SPACED_BREAK = 1 << 10, /* punctuation that ends a clause when spaced on both sides: "PLACE - text" */
    FL_LEX_NUMBER_VERB = 1 << 11,  /* verbs in -s that may follow a number ("the 3 was"): not read as nouns */
    FL_LEX_RELATIVE = 1 << 12,     /* relative pronouns whose next word in -s is a verb (", which houses") */
    FL_LEX_ADVERB = 1 << 13,       /* adverbs of place and direction, never nouns ("downstream", "ashore") */
    FL_LEX_CLOCK_SUFFIX = 1 << 14, /* a clock time's half of the day after its number ("11.40am"): never a verb */
    FL_LEX_DAY = 1 << 15,          /* days named from today ("yesterday"): never the last noun of a figure's NP */
    FL_LEX_NOUN = 1 << 16,         /* nouns of news never verbs, the model reads as verbs ("revenue up 6%") */
    FL_LEX_INDEFINITE = 1 << 17,   /* the singular indefinite articles: "a record 43,850 bookings" */
    FL_LEX_TIME_NOUN = 1 << 18,    /* nouns of a stretch of time a determiner opens: "4,000 calls this morning" */
    FL_LEX_VERB = 1 << 19,         /* present verbs in -s never nouns, the model reads as nouns ("confirms") */
};

/* One feature: the 64-bit hash of its string (0: empty slot) and its weights wtag/wval[off, off + n). */
typedef struct {
    uint64_t key;
    uint32_t off, n;
} fl_feat_slot;

/* One word of the tag dictionary: frequent words with one tag. */
typedef struct {
    uint64_t key;
    uint8_t tag;
} fl_dict_slot;

struct fl_syntax {
    fl_feat_slot *feat;
    size_t feat_mask;
    uint8_t *wtag;
    int32_t *wval;
    fl_dict_slot *dict;
    size_t dict_mask;
    fl_map lex;        /* word or punctuation -> FL_LEX_* bits, ASCII case-insensitive */
    char **neg_suffix; /* endings that negate a word ("n't") */
    size_t nneg_suffix;
};

/* The FL_LEX_* bits of a word (0 when it is in no class). */
int fl_syntax_lex(const fl_syntax *sx, fl_str w);

/* Loaders of the two files, filling sx; return 0, or -1 with err appended. */
int fl_syntax_load_model(fl_syntax *sx, const char *path, fl_buf *err);
int fl_syntax_load_lexicon(fl_syntax *sx, const char *path, fl_buf *err);

#endif
