/* document_int.h - the document layout that only the core stages (segmentation, extractors, checks) see. */
#ifndef FL_DOCUMENT_INT_H
#define FL_DOCUMENT_INT_H

#include <stdint.h>

#include "doc/document.h"
#include "doc/markup.h"
#include "core/util.h"

/* Offsets into a document are 32-bit (it is under 4 GiB, core/input.h): a long document keeps its paragraphs,
 * sentences and quotes until its checks are done. */
typedef struct {
    uint32_t start, end; /* byte span, end exclusive, without the line break */
    uint32_t first_sent, nsent;
    uint32_t first_quote, nquote;
    uint32_t nlines;    /* physical lines it spans */
    uint8_t heading;    /* a Markdown heading, or a short line without final punctuation */
    uint16_t stamp;     /* a line that is only a clock time, a live page's entry time ("18:35", "4.10pm GMT"), or
                         * one that opens the entry's text: its minutes + 1; 0 for none */
    uint16_t entry;     /* in a document with two or more stamps, the stamp of the last stamp paragraph at or before
                         * this one (the live entry it belongs to); 0 otherwise */
    uint8_t bare_stamp; /* the stamp opens the entry's text with no dash ("00:14 Fire crews were called ...") */
} fl_para;

typedef struct {
    uint32_t start, end;
    uint32_t para;
} fl_sent;

typedef struct {
    uint32_t start, end;             /* from the opening mark to after the closing one (or the paragraph end) */
    uint32_t inner_start, inner_end; /* the quoted text without its marks */
    uint32_t para;
    uint8_t depth;    /* 0 for outermost */
    uint8_t unclosed; /* runs to the end of its paragraph without a closing mark */
    uint8_t single;   /* single quotation marks */
    uint8_t cont;     /* continues a quote left open in the paragraph before: no opening mark, starts at the
                       * paragraph start and ends at a closing mark that opens nothing in its paragraph */
    uint8_t unpaired; /* unclosed, and the next paragraph neither reopens nor closes it: a stray mark */
    uint8_t pull;     /* single marks around a whole line of a document that quotes in double marks: a
                       * pull-quote ("'It looked like the end of the world'" under a headline) */
} fl_quote;

/* How a footnote marker is written. Explicit styles are markers by their form; glued digits are markers
 * only when the document's footnote sequence says so. */
typedef enum {
    FL_MK_BRACKET,       /* [12], [3, 4] */
    FL_MK_CARET,         /* Markdown [^12] or [^label] */
    FL_MK_SUPERSCRIPT,   /* ¹² */
    FL_MK_GLUED_PUNCT,   /* after closing punctuation: ever.’”1  Horde,2  2025),38 */
    FL_MK_GLUED_LETTER,  /* after a letter: billion21 */
    FL_MK_GLUED_DECIMAL, /* after a year and a period: in 2008.17 */
    FL_MK_CARET_DIGITS,  /* a caret and digits glued after a word or punctuation: in March.^1  30 villages^2 */
} fl_marker_style;

typedef struct {
    size_t start, end; /* the marker's own bytes */
    int value;         /* the note number, or -1 for a Markdown label */
    const char *label; /* Markdown label (arena), NULL for numbers */
    uint8_t style;     /* fl_marker_style */
} fl_marker;

struct fl_doc {
    const char *path; /* borrowed display path */
    char *raw;        /* owned bytes, NUL-terminated */
    size_t len;
    size_t start; /* offset of the first byte after a BOM */
    char *text;   /* raw with masked spans (code, comments, URLs) blanked; == raw when nothing is masked */
    int markdown;
    fl_doc_status status;
    char *error;
    int error_whole; /* error is a whole sentence (a size limit), not an I/O error's text */
    size_t bad_offset;

    size_t *line_starts;
    size_t nlines;
    uint64_t *line_hash; /* fl_hash_text of each line, computed when first asked for (0: not yet) */
    /* position cache: conversion continues forward on the same line */
    size_t cache_line, cache_off;
    fl_pos cache_pos;
    /* checkpoints every FL_CHECKPOINT bytes of the last long line asked about, so random access into a
     * huge line costs O(FL_CHECKPOINT), not O(line length) */
    size_t ck_line; /* line index + 1; 0 when none */
    size_t *ck_off;
    fl_pos *ck_pos;
    size_t nck;

    fl_arena *arena;
    fl_para *paras;
    size_t npara;
    fl_sent *sents;
    size_t nsent;
    fl_quote *quotes;
    size_t nquote;
    size_t *unpaired_marks; /* double quotation marks that no other mark pairs with, in order (byte offsets) */
    size_t nunpaired;
    int single_outer; /* the document quotes in single marks, doubles nested in them (British style): its
                       * outermost single-quoted spans are direct quotes (segment.c decides) */

    /* accepted footnote markers, in document order (filled by the citation extractor) */
    fl_marker *markers;
    size_t nmarkers;
    size_t notes_start;       /* offset where the notes section begins, or len when there is none */
    size_t notes_heading_end; /* end of the notes heading, when there is one */
    int has_notes;            /* a notes heading, Markdown definitions or a trailing numbered list */
    fl_marker *entries;       /* notes entries: the number or label that opens each */
    size_t nentries;

    fl_directive_spans directives; /* factlint directives (comments or directive lines), in order */
    double approx_tolerance;       /* "about" widens by this (configuration); negative: the rule packs' value */
};

/* Is quote q a direct quote at the top level: double-quoted, single-quoted in a document that quotes in
 * single marks, or a pull-quote line in single marks? (A single-quoted span elsewhere is nested in a quote, a scare
 * quote or a pair of apostrophes.) */
static inline int fl_quote_outer(const fl_doc *d, const fl_quote *q)
{
    return q->depth == 0 && (!q->single || d->single_outer || q->pull);
}

/* Returns the index of the line containing off. */
size_t fl_doc_line_of(const fl_doc *d, size_t off);
/* Returns 1 when off lies inside a direct-quote span (any depth). */
int fl_doc_in_quote(const fl_doc *d, size_t off);
/* Returns the index of the first accepted marker that ends after off (d->nmarkers when none). */
size_t fl_doc_marker_from(const fl_doc *d, size_t off);
/* Returns 1 when [start, end) overlaps an accepted footnote marker. */
int fl_doc_is_marker(const fl_doc *d, size_t start, size_t end);
/* Returns the sentence index containing off, or d->nsent when none. */
size_t fl_doc_sentence_of(const fl_doc *d, size_t off);

#endif
