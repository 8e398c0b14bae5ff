/* walk.c - recursive, sorted, loop-safe directory walk. */
#include "doc/walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc/document.h"

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    fl_filelist *out;
    dir_id *stack;
    size_t depth, cap;
} walker;

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
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir);
    if (n == 0)
        return fl_xstrdup(name);
    return fl_xasprintf("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", name);
}

static void walk_dir(walker *w, const char *path, const char *display, const struct stat *st)
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
    FL_GROW(w->stack, w->cap, w->depth + 1);
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue; /* ".", ".." and hidden entries */
        FL_GROW(names, cap, n + 1);
        names[n++] = fl_xstrdup(de->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(char *), cmp_name);
    for (size_t i = 0; i < n; i++) {
        char *cpath = join(path, names[i]);
        char *cdisp = join(display, names[i]);
        struct stat cst;
        if (stat(cpath, &cst) == 0) {
            if (S_ISDIR(cst.st_mode))
                walk_dir(w, cpath, cdisp, &cst);
            else if (S_ISREG(cst.st_mode) && fl_walk_wanted(names[i]))
                add_file(w->out, cpath, cdisp);
        } else if (fl_walk_wanted(names[i])) {
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
        free(names[i]);
    }
    free(names);
    w->depth--;
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
        } else
            l->items[out++] = l->items[i];
    }
    l->len = out;
    free(drop);
}

void fl_walk(const char *const *paths, size_t n, int implicit, fl_filelist *out)
{
    walker w = {out, NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            int e = errno;
            fl_buf nb = {0};
            fl_name_text(&nb, paths[i]);
            fprintf(stderr, "factlint: %s: %s\n", fl_buf_cstr(&nb), strerror(e));
            fl_buf_free(&nb);
            out->problems++;
            continue;
        }
        if (S_ISDIR(st.st_mode))
            walk_dir(&w, paths[i], implicit && strcmp(paths[i], ".") == 0 ? "" : paths[i], &st);
        else
            add_file(out, paths[i], paths[i]);
    }
    free(w.stack);
    drop_duplicates(out);
}

void fl_filelist_free(fl_filelist *l)
{
    for (size_t i = 0; i < l->len; i++) {
        free(l->items[i].path);
        free(l->items[i].display);
    }
    free(l->items);
    l->items = NULL;
    l->len = l->cap = 0;
}
