/* workspace.h - the language server's memory of a workspace: every document's claims, kept between edits
 * and indexed by the partition of the corpus-wide joins they take part in (a numeric claim's key, a
 * speaker's surname). A change re-extracts one document; the findings of a document come from joining only
 * the partitions it holds (numeric-conflict's groups whole, quote-conflict's comparisons with that document),
 * so a keystroke costs one document's lint and a few joins, whatever the size of the workspace. */
#ifndef FL_WORKSPACE_H
#define FL_WORKSPACE_H

#include <stddef.h>

#include "doc/walk.h"
#include "extract/claims.h"
#include "packs/rulepack.h"
#include "run/config.h"
#include "run/lint.h"

typedef struct fl_ws fl_ws;

/* An empty workspace linting with rules r, the run options base (levels and --date of the command line;
 * want_claims is implied) and the configurations cs (NULL: none). All three are borrowed and must outlive
 * the workspace. */
fl_ws *fl_ws_new(const fl_rules *r, const fl_lint_opts *base, fl_configs *cs);
void fl_ws_free(fl_ws *w);

/* Adds the files of the list (names copied; reference[i] set for --against files, or NULL), lints them on
 * base->jobs threads and joins them. A file already in the workspace is skipped. Configuration errors go
 * to err (the file keeps the default levels); returns the number of files added. */
size_t fl_ws_load(fl_ws *w, const fl_filelist *files, const unsigned char *reference, fl_buf *err);

/* The document named name (a path for files, the URI for others), or -1. */
long fl_ws_find(const fl_ws *w, const char *name);

/* Sets the text of the document named name (added when new; text copied; markdown -1 keeps its format, or
 * reads it from the name for a new document) and re-extracts it. *affected (owned by the workspace, valid until the
 * next call) lists the documents whose findings may have changed, the document itself first. Returns its index. */
size_t fl_ws_set_text(fl_ws *w, const char *name, int markdown, const char *text, size_t len, const size_t **affected,
                      size_t *naffected);
/* What the last fl_ws_set_text or fl_ws_revert cost, with the fl_ws_diagnostics calls after it (--timings). */
typedef struct {
    double extract_ms;         /* linting the changed document again */
    double join_ms;            /* joining the partitions of the documents whose findings were asked for */
    size_t partitions, claims; /* the partitions joined and the claims in them */
    size_t cached;             /* the partitions whose findings were reused (nothing they read changed) */
} fl_ws_stats;
const fl_ws_stats *fl_ws_last_change(const fl_ws *w);

/* Forgets the text set for doc, reading it from its file again (when it is one) as fl_ws_set_text would:
 * a closed editor buffer no longer stands for the file. Same *affected. */
void fl_ws_revert(fl_ws *w, size_t doc, const size_t **affected, size_t *naffected);

/* The findings in doc as a run over the workspace would report them (levels, limits, inline suppressions,
 * sorted), into out (empty for --against and excluded documents). Positions name w's strings: valid while
 * w lives. */
void fl_ws_diagnostics(fl_ws *w, size_t doc, fl_sink *out);

const char *fl_ws_name(const fl_ws *w, size_t doc);
/* The text last set for doc, or NULL when it is read from its file. */
const char *fl_ws_text(const fl_ws *w, size_t doc, size_t *len);
/* doc's claims (numeric and attributed, in document order). */
const fl_claims *fl_ws_claims(const fl_ws *w, size_t doc);
size_t fl_ws_size(const fl_ws *w);
/* Is doc read as Markdown? */
int fl_ws_markdown(const fl_ws *w, size_t doc);

/* The claims joined with doc's numeric claim i (same key), or with its attributed claim i (same surname),
 * other than itself: an owned array of borrowed pointers (free it), in (file, position) order; *n their
 * count. */
const fl_claim **fl_ws_peers(const fl_ws *w, size_t doc, size_t i, size_t *n);
const fl_qclaim **fl_ws_quote_peers(const fl_ws *w, size_t doc, size_t i, size_t *n);

#endif
