/* inputs.h - what a run lints: the files of the command line's paths, the --against reference files after
 * them, and each file's configuration (levels, date, tolerance; the files it excludes). */
#ifndef FL_INPUTS_H
#define FL_INPUTS_H

#include "core/rules.h"
#include "doc/walk.h"
#include "run/config.h"
#include "run/lint.h"

/* The command line's --enable (1) and --disable (-1) of each rule (rule_cli[FL_RULE_COUNT]; 0: neither)
 * over level (defaults or a configuration's): a disabled rule is off, an enabled one that is off gets its
 * default level. */
void fl_rules_override(const signed char *rule_cli, fl_severity *level);

/* Walks the n --against paths and appends their files to files, except those already among its files (a
 * file in both is linted); adds their walk problems to files->problems. Returns the owned per-file flags
 * (1: an --against file) for the list that results, or NULL when n is 0. */
unsigned char *fl_inputs_add_reference(fl_filelist *files, const char *const *paths, size_t n);

/* Finds each file's configuration in cs, drops the files it excludes (with their reference flags; reference
 * may be NULL) and applies rule_cli over each file's levels. Returns 0 and sets *fopts to the owned options
 * per remaining file, or leaves it alone when no file has a configuration; returns -1 with err set when a
 * configuration cannot be read. */
int fl_inputs_configure(fl_configs *cs, const signed char *rule_cli, fl_filelist *files, unsigned char *reference,
                        fl_file_opts **fopts, fl_buf *err);

#endif
