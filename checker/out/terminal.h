/* terminal.h - what a run shows a person at a terminal and nobody else: colours and source snippets in the
 * text output (fl_text_style), and a progress line on stderr for runs longer than a second. */
#ifndef FL_TERMINAL_H
#define FL_TERMINAL_H

#include <stdatomic.h>
#include <stddef.h>

#include "out/emit.h"

typedef enum { FL_WHEN_AUTO, FL_WHEN_ALWAYS, FL_WHEN_NEVER } fl_when;

/* Parses "auto", "always" or "never"; -1 when it is none of them. */
int fl_when_parse(const char *s);

/* The style of text output: colours when color says so (auto: stdout is a terminal, NO_COLOR is unset or
 * empty and TERM is not "dumb"), snippets when snippets says so (auto: stdout is a terminal), windowed to
 * the terminal's width ($COLUMNS, else 100). Source lines are read from the files named in diagnostics
 * (their display paths, which are valid from the working directory), or for stdin_name from stdin_text
 * (both borrowed; may be NULL). Free with fl_text_style_free. */
void fl_text_style_init(fl_text_style *st, fl_when color, fl_when snippets, const char *stdin_name,
                        const char *stdin_text, size_t stdin_len);
void fl_text_style_free(fl_text_style *st);

typedef struct fl_progress fl_progress;

/* Starts a thread that, once a run has taken a second and while stderr is a terminal, keeps a line
 * "factlint: N of TOTAL files" on stderr from *done (counted by the workers); NULL when stderr is not a
 * terminal. fl_progress_stop ends it and clears the line. */
fl_progress *fl_progress_start(atomic_size_t *done, size_t total);
void fl_progress_stop(fl_progress *p);

#endif
