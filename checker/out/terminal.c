/* terminal.c - colours, source snippets and progress for a person at a terminal. */
#include "out/terminal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/util.h"

int fl_when_parse(const char *s)
{
    return strcmp(s, "auto") == 0     ? FL_WHEN_AUTO
           : strcmp(s, "always") == 0 ? FL_WHEN_ALWAYS
           : strcmp(s, "never") == 0  ? FL_WHEN_NEVER
                                      : -1;
}

/* The source of snippets: one file's text at a time (diagnostics come sorted by file). */
typedef struct {
    char *file; /* the file whose text is held */
    char *text;
    size_t len;
    size_t *lines; /* start of each line */
    size_t nlines;
    const char *stdin_name, *stdin_text;
    size_t stdin_len;
} source;

static void load(source *s, const char *file)
{
    if (s->file && strcmp(s->file, file) == 0)
        return;
    free(s->file);
    free(s->text);
    free(s->lines);
    s->file = fl_xstrdup(file);
    s->text = NULL;
    s->lines = NULL;
    s->nlines = 0;
    fl_buf b = {0};
    if (s->stdin_name && strcmp(file, s->stdin_name) == 0 && s->stdin_text)
        fl_buf_put(&b, s->stdin_text, s->stdin_len);
    else {
        FILE *f = fopen(file, "rb");
        if (!f)
            return;
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            fl_buf_put(&b, chunk, n);
        fclose(f);
    }
    fl_buf_putc(&b, '\0');
    s->len = b.len - 1;
    s->text = fl_buf_take(&b);
    size_t cap = 16;
    s->lines = fl_xmalloc(cap * sizeof(size_t));
    size_t start = 0;
    if (s->len >= 3 && memcmp(s->text, "\xEF\xBB\xBF", 3) == 0)
        start = 3; /* columns do not count a byte-order mark */
    s->lines[s->nlines++] = start;
    for (size_t i = start; i < s->len; i++) {
        if (s->text[i] == '\r' && i + 1 < s->len && s->text[i + 1] == '\n')
            i++;
        else if (s->text[i] != '\n' && s->text[i] != '\r')
            continue;
        FL_GROW(s->lines, cap, s->nlines + 1);
        s->lines[s->nlines++] = i + 1;
    }
}

static const char *source_line(void *arg, const char *file, int line, size_t *len)
{
    source *s = arg;
    load(s, file);
    if (!s->text || line < 1 || (size_t)line > s->nlines)
        return NULL;
    size_t a = s->lines[line - 1], b = a;
    while (b < s->len && s->text[b] != '\n' && s->text[b] != '\r')
        b++;
    *len = b - a;
    return s->text + a;
}

static int stdout_is_terminal(void)
{
    return isatty(1);
}

void fl_text_style_init(fl_text_style *st, fl_when color, fl_when snippets, const char *stdin_name,
                        const char *stdin_text, size_t stdin_len)
{
    memset(st, 0, sizeof *st);
    const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
    st->color = color == FL_WHEN_ALWAYS || (color == FL_WHEN_AUTO && stdout_is_terminal() && !(no_color && *no_color) &&
                                            !(term && strcmp(term, "dumb") == 0));
    st->snippets = snippets == FL_WHEN_ALWAYS || (snippets == FL_WHEN_AUTO && stdout_is_terminal());
    const char *cols = getenv("COLUMNS");
    int w = cols ? atoi(cols) : 0;
    st->width = w > 30 ? w - 9 : 100; /* "%5d | " and the ellipses */
    source *s = fl_xcalloc(1, sizeof *s);
    s->stdin_name = stdin_name;
    s->stdin_text = stdin_text;
    s->stdin_len = stdin_len;
    st->line = source_line;
    st->arg = s;
}

void fl_text_style_free(fl_text_style *st)
{
    source *s = st->arg;
    if (s) {
        free(s->file);
        free(s->text);
        free(s->lines);
        free(s);
    }
    st->arg = NULL;
}

struct fl_progress {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    int stop, shown;
    atomic_size_t *done;
    size_t total;
};

static void *progress_main(void *arg)
{
    fl_progress *p = arg;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pthread_mutex_lock(&p->lock);
    while (!p->stop) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 200 * 1000 * 1000;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p->wake, &p->lock, &until);
        if (p->stop)
            break;
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((double)(now.tv_sec - start.tv_sec) + (double)(now.tv_nsec - start.tv_nsec) / 1e9 < 1.0)
            continue;
        size_t done = atomic_load(p->done);
        fprintf(stderr, "\rfactlint: %zu of %zu files\033[K", done, p->total);
        fflush(stderr);
        p->shown = 1;
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

fl_progress *fl_progress_start(atomic_size_t *done, size_t total)
{
    if (!isatty(2))
        return NULL;
    fl_progress *p = fl_xcalloc(1, sizeof *p);
    p->done = done;
    p->total = total;
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->wake, NULL);
    if (pthread_create(&p->thread, NULL, progress_main, p) != 0) {
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->wake);
        free(p);
        return NULL;
    }
    return p;
}

void fl_progress_stop(fl_progress *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->stop = 1;
    pthread_cond_signal(&p->wake);
    pthread_mutex_unlock(&p->lock);
    pthread_join(p->thread, NULL);
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->wake);
    free(p);
}
