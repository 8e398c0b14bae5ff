/* check.h - what a per-document check receives, and the helpers it reports through. Checks never print:
 * they push diagnostics into the context's sink. */
#ifndef FL_CHECK_H
#define FL_CHECK_H

#include <stddef.h>

#include "diag.h"
#include "document_int.h"
#include "rulepack.h"

typedef struct {
    fl_doc *doc; /* borrowed; segmented */
    const fl_rules *rules; /* borrowed, read-only */
    fl_matcher *matcher; /* borrowed, this thread's */
    fl_sink *sink; /* borrowed: where diagnostics go */
} fl_check_ctx;

typedef void (*fl_check_fn)(fl_check_ctx *ctx);

/* Reports rule at the document's bytes [start, end), at the rule's default level. Returns the diagnostic
 * so related locations can be attached (valid until the next report). */
fl_diag *fl_report(fl_check_ctx *ctx, int rule, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Attaches a related location in the same document. */
void fl_report_related(fl_check_ctx *ctx, fl_diag *d, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Appends text[start, end) of the original bytes to b for a message: runs of white space become one
 * space, and text longer than max bytes is cut at a character boundary and ends with "…". */
void fl_excerpt(fl_buf *b, const fl_doc *d, size_t start, size_t end, size_t max);

#endif
