/* walk.h - turning command-line paths into the sorted list of files to lint. */
#ifndef FL_WALK_H
#define FL_WALK_H

#include <stddef.h>

#include "core/util.h"

typedef struct {
    char *path;    /* owned: what to open */
    char *display; /* owned: the path as reached from the command-line argument */
    int markdown;
    char *data; /* owned: the text itself when it is not read from path (standard input), or NULL */
    size_t len;
} fl_file;

typedef struct {
    fl_file *items;
    size_t len, cap;
    size_t problems; /* unreadable directories (reported on stderr); they make the exit status 2 */
} fl_filelist;

/* Walks each path: a file is always taken; a directory is walked recursively in byte order, skipping
 * hidden entries and taking files with the default extensions (.txt .text .md .markdown). Symbolic
 * links are followed, but never into a directory that is already being walked (a loop). A file reached
 * twice (the same display path) is taken once. Messages about paths that do not exist, unreadable
 * directories and skipped loops go to stderr; the first two count in out->problems. When implicit is set
 * (no path was given), display paths omit "./". */
void fl_walk(const char *const *paths, size_t n, int implicit, fl_filelist *out);

/* fl_walk with choices: unless FL_WALK_NO_IGNORE, a directory walk skips what the .gitignore and
 * .factlintignore files of the walked directories (and of their parents up to the Git work tree's top)
 * ignore, in gitignore's language, and node_modules directories; a file named on the command line is
 * always taken. A path that does not exist and holds *, ? or [ is a glob (** spans directories): the
 * files and directories it matches are taken as if named; one that matches nothing is reported as a
 * path that does not exist. */
enum { FL_WALK_NO_IGNORE = 1 };
void fl_walk_with(const char *const *paths, size_t n, int implicit, int flags, fl_filelist *out);
void fl_filelist_free(fl_filelist *l);

/* Returns 1 when name has one of the default lintable extensions. */
int fl_walk_wanted(const char *name);

#endif
