/* server.h - `factlint --lsp`: a Language Server Protocol 3.17 server on standard input and output. It
 * lints the workspace folders the client names (configurations and --against apply as on the command
 * line), keeps their claims in memory, and publishes the findings of each open document as it is edited,
 * with related information into other documents, hovers on claims and a suppressing code action. */
#ifndef FL_SERVER_H
#define FL_SERVER_H

#include <stddef.h>

#include "packs/rulepack.h"
#include "run/config.h"
#include "run/lint.h"

typedef struct {
    fl_lint_opts opts;          /* levels (--enable/--disable), --date, --jobs for the first lint of the workspace */
    const char *const *against; /* --against paths (borrowed) */
    size_t nagainst;
    const char *config; /* --config, or NULL */
    int no_config;      /* --no-config */
    int timings;        /* --timings: the time of each change on stderr */
    int fd_in, fd_out;
    /* loads the built-in packs, the --rules directories and extra (the configurations' pack directories):
     * main's loader; NULL after a message on stderr */
    fl_rules *(*load_packs)(void *arg, const char *const *extra, size_t nextra);
    void *load_arg;
} fl_lsp_opts;

/* Serves one client until it sends "exit" or the input ends. Returns the exit status: 0 after shutdown
 * and exit, 1 otherwise (LSP's rule), 2 when the rule packs cannot be loaded. */
int fl_lsp_serve(const fl_lsp_opts *o);

#endif
