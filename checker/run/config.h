/* config.h - .factlint.json: per-directory settings found by walking up from each linted file (so results
 * do not depend on the working directory), or one file named with --config. A configuration sets rule
 * levels, include/exclude globs and per-glob document dates (globs relative to the configuration file),
 * extra rule-pack directories and the approximation tolerance. */
#ifndef FL_CONFIG_H
#define FL_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "core/diag.h"
#include "core/rules.h"
#include "extract/timex.h"
#include "core/util.h"

/* The name looked for in each directory. */
#define FL_CONFIG_NAME ".factlint.json"

typedef struct fl_config fl_config;
typedef struct fl_configs fl_configs;

/* What a configuration says about one file. */
typedef struct {
    const fl_config *config;          /* borrowed from the fl_configs; NULL when no configuration applies */
    fl_severity level[FL_RULE_COUNT]; /* the levels given, changed by the configuration's "rules" */
    int excluded;                     /* "include" does not match it, or "exclude" does */
    fl_date date;                     /* from "dates"; year 0 when no glob matches */
    double approx_tolerance;          /* "approx-tolerance"; negative when not set */
} fl_file_config;

/* A run's configurations. explicit_path (borrowed) is --config's file, used for every file; disabled
 * (--no-config) ignores configuration files altogether. */
fl_configs *fl_configs_new(const char *explicit_path, int disabled);
void fl_configs_free(fl_configs *cs);

/* Finds the configuration for path (a file; it need not exist) and applies it to base levels. Each
 * configuration file is read once. Returns 0, or -1 with a message naming the file (and the key, for a bad
 * key or value) in err. */
int fl_configs_for(fl_configs *cs, const char *path, const fl_severity *base, fl_file_config *out, fl_buf *err);

/* The rule-pack directories (absolute) of every configuration read so far, in the order they were
 * read, without repeats; *n is set to the count. Borrowed. */
const char *const *fl_configs_pack_dirs(const fl_configs *cs, size_t *n);

/* The configuration's file path as found. Borrowed. */
const char *fl_config_path(const fl_config *c);

/* Writes fc, the settings for path, as one JSON document (--print-config). */
void fl_config_print(FILE *out, const char *path, const fl_file_config *fc);

/* Does a gitignore-style glob match path (relative, '/'-separated)? "*", "?" and "[...]" stay within a
 * segment, "**" spans segments, a glob without a '/' matches any one segment (a file or directory name,
 * and so everything under that directory), a trailing '/' matches a directory and everything under it, a
 * leading '/' anchors without changing anything. */
int fl_glob_match(const char *glob, const char *path);

#endif
