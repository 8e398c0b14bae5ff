/* syntax.h - a shallow syntactic layer for the claim extractors: a part-of-speech tagger and a chunker that
 * finds noun phrases, verb groups, prepositional phrases, quantities, appositions and clauses in a sentence.
 *
 * Design. The tagger is an averaged perceptron (Collins 2002, in Honnibal's greedy design) whose model is
 * data, rules/syntax/pos-model.tsv, trained by tests/tagger/train.py (`make tagger-model`) on the Brown
 * Corpus. The chunker is rules over the tags; the few words that tags do not settle (forms of "be", future
 * modals, clause-opening prepositions, "of", the agent preposition, clause punctuation) are data too, in
 * rules/syntax/lexicon.json. No English word is a C string literal here.
 *
 * Ownership. A loaded fl_syntax is read-only, so any number of threads tag and parse with it at once. A
 * parse borrows the caller's words (they must outlive it) and owns everything else; fl_parse_free frees it
 * in one call. Token, NP, verb-group, PP, clause and quantity references are indexes; -1 means none. */
#ifndef FL_SYNTAX_H
#define FL_SYNTAX_H

#include <stddef.h>
#include <stdint.h>

#include "doc/tokens.h"
#include "core/util.h"

/* The compact tagset. Names as in the model's header; README ("How sentences are parsed") maps Brown's
 * tags onto them. */
typedef enum {
    FL_TAG_NOUN,  /* common noun, also "%" */
    FL_TAG_PROPN, /* proper noun */
    FL_TAG_POS,   /* the possessive "'s" (or "'") cut off by the tokenizer */
    FL_TAG_NUM,   /* cardinal number, in digits or words ("73.5", "million") */
    FL_TAG_SYM,   /* currency symbol before a number */
    FL_TAG_PRON,  /* personal, reflexive, indefinite pronoun; existential "there" */
    FL_TAG_DET,   /* article, determiner, possessive determiner ("its") */
    FL_TAG_ADJ,   /* adjective, ordinal, post-determiner ("many", "last") */
    FL_TAG_ADV,   /* adverb, qualifier */
    FL_TAG_ADP,   /* preposition */
    FL_TAG_CONJ,  /* coordinating conjunction */
    FL_TAG_SCONJ, /* subordinating conjunction, complementizer "that" */
    FL_TAG_VBD,   /* finite verb, past */
    FL_TAG_VBP,   /* finite verb, present */
    FL_TAG_VBN,   /* past participle */
    FL_TAG_VBG,   /* gerund or present participle */
    FL_TAG_VB,    /* base form */
    FL_TAG_MD,    /* modal */
    FL_TAG_TO,    /* infinitival "to" */
    FL_TAG_WH,    /* wh-determiner, pronoun or adverb */
    FL_TAG_NEG,   /* negation */
    FL_TAG_PART,  /* verb particle ("turned away") */
    FL_TAG_PUNCT,
    FL_TAG_X, /* anything else: interjection, foreign word */
    FL_TAG_COUNT
} fl_tag;

/* A loaded model and lexicon: opaque, read-only after loading. */
typedef struct fl_syntax fl_syntax;

/* Loads rules_dir/syntax/pos-model.tsv and rules_dir/syntax/lexicon.json. Returns an owned fl_syntax (free
 * with fl_syntax_free), or NULL with the reason appended to err (a missing or malformed file, a model of
 * another format version or with an unknown tag). */
fl_syntax *fl_syntax_load(const char *rules_dir, fl_buf *err);
void fl_syntax_free(fl_syntax *sx);

/* The name of a tag ("NOUN"); "?" for a value out of range. */
const char *fl_tag_name(int tag);

/* Views of n tokens of text as words, written into out[0, n) (caller-sized): borrows text. A hyphen with a
 * space on each side is viewed as the dash it stands for. */
void fl_syntax_words(const char *text, const fl_token *toks, size_t n, fl_str *out);

/* Tags the sentence words[0, n) into tags[0, n) (fl_tag values). Borrows everything, allocates nothing,
 * never fails; any bytes are accepted (features cut words to 32 bytes). */
void fl_syntax_tag(const fl_syntax *sx, const fl_str *words, size_t n, uint8_t *tags);

/* ---- the chunks of a parse ---- */

enum { FL_TENSE_NONE, FL_TENSE_PAST, FL_TENSE_PRESENT, FL_TENSE_FUTURE };
enum { FL_ATTACH_NP, FL_ATTACH_VERB };
enum {
    FL_CLAUSE_MAIN,      /* the sentence's own clause */
    FL_CLAUSE_SUB,       /* opened by a subordinator: "as Chinese crushers turned away" */
    FL_CLAUSE_REL,       /* opened by a relative pronoun: "which had charge of the election" */
    FL_CLAUSE_COORD,     /* a conjunction and a new subject or verb: "and prices fell" */
    FL_CLAUSE_NONFINITE, /* a participle after a comma: ", citing weak demand" */
    FL_CLAUSE_QUOTE,     /* inside quotation marks */
    FL_CLAUSE_BREAK,     /* after a semicolon, colon, dash or bracket */
};

/* A base noun phrase: tokens [start, end), no PP or clause inside. */
typedef struct {
    uint32_t start, end;
    uint32_t head;     /* the last noun, pronoun or number */
    int32_t det;       /* the determiner token, or -1 */
    int32_t possessor; /* the NP of "Brazil ’s" before "soybean exports", or -1 */
    int32_t appos;     /* an NP in apposition to this one ("a surgeon" after "Dr Lee ,"), or -1 */
    int32_t appos_of;  /* the NP this one is in apposition to, or -1 */
    int32_t pp;        /* the PP whose object this NP is, or -1 */
    int32_t clause;
} fl_np;

/* A verb group: auxiliaries, adverbs and negation up to the head verb. */
typedef struct {
    uint32_t start, end;
    uint32_t head;   /* the last verb */
    int32_t modal;   /* the modal token, or -1 */
    uint8_t neg;     /* a negation inside */
    uint8_t passive; /* a form of "be" (or "get") before a past participle head */
    uint8_t tense;   /* FL_TENSE_* of the first finite verb; future for a future modal */
    uint8_t finite;  /* the group holds a finite verb or a modal */
    uint8_t reduced; /* a reduced relative's participle after its sentence's subject ("taken to hospital"): passive */
    int32_t clause;
} fl_vgroup;

/* A preposition and its object NP, and where it attaches. */
typedef struct {
    uint32_t prep;   /* the preposition token */
    int32_t np;      /* its object, or -1 (a stranded preposition) */
    int32_t host_np; /* the nearest NP before it in the same clause (through other PPs), or -1 */
    int32_t host_vg; /* the clause's verb group when it comes before the preposition, or -1 */
    uint8_t attach;  /* FL_ATTACH_NP or FL_ATTACH_VERB: the guess between host_np and host_vg */
} fl_pp;

/* A number and its unit: "73.5 million tonnes of soybeans". */
typedef struct {
    uint32_t start, end; /* the number tokens: "73.5 million" */
    int32_t np;          /* the NP holding them */
    int32_t unit;        /* the unit's token: the NP's head ("tonnes"), or a symbol ("$", "%"); -1 for a bare number */
    int32_t of_np;       /* the object of an "of" PP right after the NP ("soybeans"), or -1 */
} fl_quantity;

/* A clause. Its tokens need not be contiguous: a relative clause can sit inside its parent. */
typedef struct {
    uint32_t start, end; /* from its first token to past its last */
    int32_t parent;      /* the clause it hangs off, or -1 for the main clause */
    int32_t opener;      /* the token that opened it (subordinator, relative, conjunction, punctuation), or -1 */
    uint8_t kind;        /* FL_CLAUSE_* */
    int32_t verb;        /* its main verb group, or -1 */
    int32_t subject;     /* its subject NP, or -1 (see fl_parse_subject for inherited subjects) */
} fl_clause;

typedef struct {
    size_t n;                           /* tokens */
    const fl_str *words;                /* borrowed */
    uint8_t *tags;                      /* fl_tag per token */
    int32_t *np_of, *vg_of, *clause_of; /* per token: its NP, verb group, clause (-1 none; every token has a clause) */
    fl_np *nps;
    fl_vgroup *vgs;
    fl_pp *pps;
    fl_clause *clauses;
    fl_quantity *quants;
    size_t nnp, nvg, npp, nclause, nquant;
    uint16_t *lex;  /* internal: the lexicon's word classes per token */
    uint8_t *flags; /* internal: apposition marks per token */
} fl_parse;

/* Tags and chunks words[0, n). Borrows words (keep them alive while the parse is used); returns an owned
 * parse, one allocation, freed by fl_parse_free. Never fails (an empty sentence gives an empty parse). */
fl_parse *fl_syntax_parse(const fl_syntax *sx, const fl_str *words, size_t n);
/* The same with tags[0, n) already known (copied). */
fl_parse *fl_syntax_parse_tagged(const fl_syntax *sx, const fl_str *words, const uint8_t *tags, size_t n);
void fl_parse_free(fl_parse *p);

/* ---- queries; each returns -1 (or 0 items) for an index out of range ----
 * Each costs at most time linear in the sentence; a caller facing a sentence of thousands of tokens (a
 * flattened table) should parse a window around the token of interest, as the claim extractors already
 * read 128 tokens on each side. */

/* The clause holding token tok. */
int fl_parse_clause_of(const fl_parse *p, size_t tok);
/* The subject NP of clause c: the NP before its main verb, skipping appositions, fronted PPs and adverbials;
 * for a relative clause with no subject of its own, its antecedent; for a clause with none (coordinated
 * verbs, participles), its parent's. -1 when there is none. */
int fl_parse_subject(const fl_parse *p, int c);
/* The main verb group of clause c, or -1. */
int fl_parse_verb(const fl_parse *p, int c);
/* The NP holding token tok, or -1. */
int fl_parse_np_of(const fl_parse *p, size_t tok);
/* The PPs attached to NP np (to verb group vg), in order: writes up to max PP indexes to out and returns
 * how many there are (possibly more than max). */
size_t fl_parse_np_pps(const fl_parse *p, int np, int *out, size_t max);
size_t fl_parse_verb_pps(const fl_parse *p, int vg, int *out, size_t max);
/* The noun-compound modifiers of NP np: its nouns and proper nouns before the head ("soybean" of "soybean
 * shipments"). Writes up to max token indexes to out and returns how many there are. */
size_t fl_parse_np_modifiers(const fl_parse *p, int np, size_t *out, size_t max);
/* The agent NP of a passive verb group vg (the object of its "by" PP), or -1. */
int fl_parse_agent(const fl_parse *p, int vg);
/* The quantity whose number holds token tok, or -1. */
int fl_parse_quantity_of(const fl_parse *p, size_t tok);
/* The speaker of the speech verb at token verb: the subject of its clause ("the ministry said"), or the NP
 * right after it when the verb follows a quote or reported content and the NP ends the sentence or meets a
 * comma ("said general manager Ana Ruiz"). Of an NP and its apposition, the one headed by a proper noun
 * ("The ministry’s spokesman, Ana Ruiz, said"), else the anchor ("Dr Lee, a surgeon, said"). -1 when there
 * is none. Which verbs are speech verbs is the caller's knowledge (rules/speech.json). */
int fl_parse_speaker(const fl_parse *p, size_t verb);

#endif
