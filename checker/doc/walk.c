/* walk.c - recursive, sorted, loop-safe directory walk, with ignore files and command-line globs. */
#include "doc/walk.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc/document.h"

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

/* One line of an ignore file. */
typedef struct {
    char *glob;                     /* without its "!", leading "/" and trailing "/" */
    int negate, dir_only, anchored; /* anchored: it holds a "/", so it matches paths from its directory */
} ignore_rule;

/* The rules of the ignore files of one directory, which their paths are relative to. */
typedef struct {
    char *dir; /* absolute, without a trailing "/" */
    ignore_rule *rules;
    size_t n, cap;
} ignore_level;

typedef struct {
    fl_filelist *out;
    dir_id *stack;
    size_t depth, cap;
    int no_ignore;
    ignore_level *levels; /* from the outermost directory in */
    size_t nlevels, caplevels;
} walker;

/* ---- gitignore patterns ---- */

/* Does glob match path, both split at "/"? Each segment matches with fnmatch; "**" matches any number of
 * segments. */
static int match_segments(const char *glob, const char *path)
{
    if (glob[0] == '*' && glob[1] == '*' && (glob[2] == '/' || glob[2] == '\0')) {
        const char *rest = glob[2] ? glob + 3 : glob + 2;
        if (!*rest)
            return 1;
        for (const char *p = path;; p++) {
            if (match_segments(rest, p))
                return 1;
            p = strchr(p, '/');
            if (!p)
                return 0;
        }
    }
    const char *gs = strchr(glob, '/'), *ps = strchr(path, '/');
    size_t gl = gs ? (size_t)(gs - glob) : strlen(glob), pl = ps ? (size_t)(ps - path) : strlen(path);
    char g[NAME_MAX + 1], q[NAME_MAX + 1];
    if (gl > NAME_MAX || pl > NAME_MAX)
        return 0;
    memcpy(g, glob, gl);
    g[gl] = '\0';
    memcpy(q, path, pl);
    q[pl] = '\0';
    if (fnmatch(g, q, 0) != 0)
        return 0;
    if (!gs)
        return !ps; /* a directory's pattern covers what is under it: the caller tests each level */
    return ps && match_segments(gs + 1, ps + 1);
}

/* Reads the rules of dir/name into lv. */
static void read_ignore_file(ignore_level *lv, const char *dir, const char *name)
{
    char *path = fl_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    free(path);
    if (!f)
        return;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        while (n > 0 && line[n - 1] == ' ' && (n < 2 || line[n - 2] != '\\'))
            line[--n] = '\0';
        char *p = line;
        if (!*p || *p == '#')
            continue;
        ignore_rule r = {0};
        if (*p == '!') {
            r.negate = 1;
            p++;
        } else if (*p == '\\' && (p[1] == '!' || p[1] == '#'))
            p++;
        n = strlen(p);
        if (n && p[n - 1] == '/') {
            r.dir_only = 1;
            p[--n] = '\0';
        }
        if (strchr(p, '/'))
            r.anchored = 1;
        if (*p == '/')
            p++;
        if (!*p)
            continue;
        r.glob = fl_xstrdup(p);
        FL_GROW(lv->rules, lv->cap, lv->n + 1);
        lv->rules[lv->n++] = r;
    }
    fclose(f);
}

static void push_level(walker *w, const char *absdir)
{
    FL_GROW(w->levels, w->caplevels, w->nlevels + 1);
    ignore_level *lv = &w->levels[w->nlevels++];
    memset(lv, 0, sizeof *lv);
    lv->dir = fl_xstrdup(absdir);
    read_ignore_file(lv, absdir, ".gitignore");
    read_ignore_file(lv, absdir, ".factlintignore");
}

static void pop_level(walker *w)
{
    ignore_level *lv = &w->levels[--w->nlevels];
    for (size_t i = 0; i < lv->n; i++)
        free(lv->rules[i].glob);
    free(lv->rules);
    free(lv->dir);
}

/* Is the entry at absolute path abs (a directory when is_dir) ignored? The last rule that matches decides,
 * the deepest ignore file last, as Git decides. */
static int ignored(const walker *w, const char *abs, const char *name, int is_dir)
{
    if (w->no_ignore)
        return 0;
    if (is_dir && strcmp(name, "node_modules") == 0)
        return 1;
    int verdict = 0;
    for (size_t k = 0; k < w->nlevels; k++) {
        const ignore_level *lv = &w->levels[k];
        size_t dl = strlen(lv->dir);
        if (strncmp(abs, lv->dir, dl) != 0 || (abs[dl] != '/' && dl != 1))
            continue;
        const char *rel = abs + dl + (dl == 1 ? 0 : 1);
        for (size_t i = 0; i < lv->n; i++) {
            const ignore_rule *r = &lv->rules[i];
            if (r->dir_only && !is_dir)
                continue;
            int hit = r->anchored ? match_segments(r->glob, rel) : fnmatch(r->glob, name, 0) == 0;
            if (hit)
                verdict = !r->negate;
        }
    }
    return verdict;
}

/* The ignore files of the directories above absdir, up to the top of its Git work tree (none when it is
 * not in one), outermost first. */
static void push_parents(walker *w, const char *absdir)
{
    char *dir = fl_xstrdup(absdir);
    char **chain = NULL;
    size_t n = 0, cap = 0;
    int in_git = 0;
    for (;;) {
        char *git = fl_xasprintf("%s/.git", *dir ? dir : "");
        struct stat st;
        int top = stat(git, &st) == 0;
        free(git);
        char *slash = strrchr(dir, '/');
        if (top) {
            in_git = 1;
            break;
        }
        if (!slash || slash == dir)
            break;
        *slash = '\0';
        FL_GROW(chain, cap, n + 1);
        chain[n++] = fl_xstrdup(dir);
    }
    if (in_git)
        for (size_t i = n; i > 0; i--)
            push_level(w, chain[i - 1]);
    for (size_t i = 0; i < n; i++)
        free(chain[i]);
    free(chain);
    free(dir);
}

static const char *const extensions[] = {".txt", ".text", ".md", ".markdown", NULL};

int fl_walk_wanted(const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; extensions[i]; i++) {
        size_t e = strlen(extensions[i]);
        if (n > e && fl_ascii_ieq(name + n - e, extensions[i], e))
            return 1;
    }
    return 0;
}

static void add_file(fl_filelist *l, const char *path, const char *display)
{
    FL_GROW(l->items, l->cap, l->len + 1);
    fl_file *f = &l->items[l->len++];
    f->path = fl_xstrdup(path);
    f->display = fl_xstrdup(display);
    f->markdown = fl_path_is_markdown(path);
    f->data = NULL;
    f->len = 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of directory d (closed here), sorted by bytes: with pattern NULL every name that does not start
 * with "." (hidden entries, "." and ".."), otherwise those the shell pattern matches (a leading "." only
 * when the pattern has one). *n is their count; the array and names are owned (free()). */
static char **read_names(DIR *d, const char *pattern, size_t *n)
{
    char **names = NULL;
    size_t cap = 0;
    struct dirent *de;
    *n = 0;
    while ((de = readdir(d))) {
        if (pattern ? strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0 ||
                          fnmatch(pattern, de->d_name, FNM_PERIOD) != 0
                    : de->d_name[0] == '.')
            continue;
        FL_GROW(names, cap, *n + 1);
        names[(*n)++] = fl_xstrdup(de->d_name);
    }
    closedir(d);
    if (*n)
        qsort(names, *n, sizeof(char *), cmp_name);
    return names;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir);
    if (n == 0)
        return fl_xstrdup(name);
    return fl_xasprintf("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", name);
}

static void walk_dir(walker *w, const char *path, const char *display, const char *abs, const struct stat *st)
{
    for (size_t i = 0; i < w->depth; i++) {
        if (w->stack[i].dev == st->st_dev && w->stack[i].ino == st->st_ino) {
            fl_buf nb = {0};
            fl_name_text(&nb, *display ? display : path);
            fprintf(stderr, "factlint: skipping %s: symbolic link loop\n", fl_buf_cstr(&nb));
            fl_buf_free(&nb);
            return;
        }
    }
    DIR *d = opendir(path);
    if (!d) {
        int e = errno;
        fl_buf nb = {0};
        fl_name_text(&nb, *display ? display : path);
        fprintf(stderr, "factlint: %s: %s\n", fl_buf_cstr(&nb), strerror(e));
        fl_buf_free(&nb);
        w->out->problems++;
        return;
    }
    if (!w->no_ignore)
        push_level(w, abs);
    FL_GROW(w->stack, w->cap, w->depth + 1);
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    size_t n;
    char **names = read_names(d, NULL, &n);
    for (size_t i = 0; i < n; i++) {
        char *cpath = join(path, names[i]);
        char *cdisp = join(display, names[i]);
        char *cabs = join(abs, names[i]);
        struct stat cst;
        if (stat(cpath, &cst) == 0) {
            int dir = S_ISDIR(cst.st_mode);
            if (ignored(w, cabs, names[i], dir))
                ; /* .gitignore, .factlintignore or node_modules */
            else if (dir)
                walk_dir(w, cpath, cdisp, cabs, &cst);
            else if (S_ISREG(cst.st_mode) && fl_walk_wanted(names[i]))
                add_file(w->out, cpath, cdisp);
        } else if (fl_walk_wanted(names[i]) && !ignored(w, cabs, names[i], 0)) {
            /* a dangling link or a vanished file: lint it, so the reader reports why it cannot be read */
            add_file(w->out, cpath, cdisp);
        } else if (errno != ENOENT && errno != ELOOP) {
            /* an entry that cannot be examined (a path longer than PATH_MAX, a subdirectory of a directory
             * that is readable but not searchable) may be a directory of documents: say so, never drop it
             * silently (a dangling link or a link loop of another name is no document) */
            int e = errno;
            fl_buf nb = {0};
            fl_name_text(&nb, cdisp);
            fprintf(stderr, "factlint: %s: %s\n", fl_buf_cstr(&nb), strerror(e));
            fl_buf_free(&nb);
            w->out->problems++;
        }
        free(cpath);
        free(cdisp);
        free(cabs);
        free(names[i]);
    }
    free(names);
    w->depth--;
    if (!w->no_ignore)
        pop_level(w);
}

typedef struct {
    const char *display;
    size_t index;
} file_ref;

static int cmp_ref(const void *pa, const void *pb)
{
    const file_ref *a = pa, *b = pb;
    int c = strcmp(a->display, b->display);
    return c ? c : (a->index < b->index ? -1 : a->index > b->index);
}

/* Drops files reached twice (keeping the first); the list keeps walk order otherwise. */
static void drop_duplicates(fl_filelist *l)
{
    if (l->len < 2)
        return;
    file_ref *refs = fl_xmalloc(l->len * sizeof(file_ref));
    for (size_t i = 0; i < l->len; i++) {
        refs[i].display = l->items[i].display;
        refs[i].index = i;
    }
    qsort(refs, l->len, sizeof(file_ref), cmp_ref);
    unsigned char *drop = fl_xcalloc(l->len, 1);
    for (size_t i = 1; i < l->len; i++)
        if (strcmp(refs[i - 1].display, refs[i].display) == 0)
            drop[refs[i].index] = 1;
    free(refs);
    size_t out = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (drop[i]) {
            free(l->items[i].path);
            free(l->items[i].display);
            free(l->items[i].data);
        } else
            l->items[out++] = l->items[i];
    }
    l->len = out;
    free(drop);
}

/* ---- command-line globs ---- */

static int has_glob(const char *p)
{
    return strpbrk(p, "*?[") != NULL;
}

/* Adds to *m the paths under dir (a directory, "" for the current one) that the segments of glob match. */
static void expand(const char *dir, const char *glob, char ***m, size_t *n, size_t *cap)
{
    const char *slash = strchr(glob, '/');
    size_t gl = slash ? (size_t)(slash - glob) : strlen(glob);
    const char *rest = slash ? slash + 1 : NULL;
    while (rest && *rest == '/')
        rest++;
    if (rest && !*rest)
        rest = NULL;
    char seg[NAME_MAX + 1];
    if (gl > NAME_MAX)
        return;
    memcpy(seg, glob, gl);
    seg[gl] = '\0';
    if (strcmp(seg, "**") == 0) {
        /* zero directories, then every directory below (hidden ones excepted, as in the walk) */
        if (rest)
            expand(dir, rest, m, n, cap);
        DIR *d = opendir(*dir ? dir : ".");
        if (!d)
            return;
        size_t k;
        char **names = read_names(d, NULL, &k);
        for (size_t i = 0; i < k; i++) {
            char *sub = join(dir, names[i]);
            struct stat st;
            if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
                expand(sub, glob, m, n, cap);
            free(sub);
            free(names[i]);
        }
        free(names);
        if (!rest) {
            FL_GROW(*m, *cap, *n + 1);
            (*m)[(*n)++] = fl_xstrdup(*dir ? dir : ".");
        }
        return;
    }
    if (!has_glob(seg)) {
        char *sub = join(dir, seg);
        struct stat st;
        if (!rest) {
            if (stat(sub, &st) == 0) {
                FL_GROW(*m, *cap, *n + 1);
                (*m)[(*n)++] = sub;
                return;
            }
        } else if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            expand(sub, rest, m, n, cap);
        free(sub);
        return;
    }
    DIR *d = opendir(*dir ? dir : ".");
    if (!d)
        return;
    size_t k;
    char **names = read_names(d, seg, &k);
    for (size_t i = 0; i < k; i++) {
        char *sub = join(dir, names[i]);
        struct stat st;
        if (!rest) {
            FL_GROW(*m, *cap, *n + 1);
            (*m)[(*n)++] = sub;
            sub = NULL;
        } else if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            expand(sub, rest, m, n, cap);
        free(sub);
        free(names[i]);
    }
    free(names);
}

/* Walks one path that exists. */
static void walk_path(walker *w, const char *path, int implicit)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        int e = errno;
        fl_buf nb = {0};
        fl_name_text(&nb, path);
        fprintf(stderr, "factlint: %s: %s\n", fl_buf_cstr(&nb), strerror(e));
        fl_buf_free(&nb);
        w->out->problems++;
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        add_file(w->out, path, path);
        return;
    }
    char real[PATH_MAX];
    const char *abs = realpath(path, real) ? real : path;
    size_t before = w->nlevels;
    if (!w->no_ignore)
        push_parents(w, abs);
    walk_dir(w, path, implicit && strcmp(path, ".") == 0 ? "" : path, abs, &st);
    while (w->nlevels > before)
        pop_level(w);
}

void fl_walk_with(const char *const *paths, size_t n, int implicit, int flags, fl_filelist *out)
{
    walker w = {out, NULL, 0, 0, flags & FL_WALK_NO_IGNORE, NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0 && has_glob(paths[i])) {
            char **m = NULL;
            size_t k = 0, cap = 0;
            const char *g = paths[i];
            expand(g[0] == '/' ? "/" : "", g[0] == '/' ? g + 1 : g, &m, &k, &cap);
            if (!k) {
                fl_buf nb = {0};
                fl_name_text(&nb, paths[i]);
                fprintf(stderr, "factlint: %s: no file matches\n", fl_buf_cstr(&nb));
                fl_buf_free(&nb);
                out->problems++;
            }
            for (size_t j = 0; j < k; j++) {
                walk_path(&w, m[j], 0);
                free(m[j]);
            }
            free(m);
            continue;
        }
        walk_path(&w, paths[i], implicit);
    }
    free(w.stack);
    free(w.levels);
    drop_duplicates(out);
}

void fl_walk(const char *const *paths, size_t n, int implicit, fl_filelist *out)
{
    fl_walk_with(paths, n, implicit, 0, out);
}

void fl_filelist_free(fl_filelist *l)
{
    for (size_t i = 0; i < l->len; i++) {
        free(l->items[i].path);
        free(l->items[i].display);
        free(l->items[i].data);
    }
    free(l->items);
    l->items = NULL;
    l->len = l->cap = 0;
}
