/* input.c - the bounded reader and the strict JSON loader every input goes through. */
#include "core/input.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/map.h"

/* Reads from fd into out until EOF or until want bytes are in; returns the bytes read, or -1 (errno). */
static long long read_upto(int fd, fl_buf *out, size_t want)
{
    size_t got = 0;
    while (got < want) {
        size_t chunk = want - got < 1 << 20 ? want - got : 1 << 20;
        fl_buf_put(out, NULL, 0); /* make room for the terminator */
        if (out->cap - out->len - 1 < chunk) {
            size_t cap = out->cap ? out->cap : 4096;
            while (cap - out->len - 1 < chunk)
                cap *= 2;
            out->ptr = fl_xrealloc(out->ptr, cap);
            out->cap = cap;
        }
        ssize_t n = read(fd, out->ptr + out->len, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        out->len += (size_t)n;
        out->ptr[out->len] = '\0';
        got += (size_t)n;
    }
    return (long long)got;
}

static fl_read_status fail_errno(fl_buf *out, fl_buf *why, int e)
{
    out->len = 0;
    if (out->ptr)
        out->ptr[0] = '\0';
    fl_buf_puts(why, strerror(e ? e : EIO));
    return FL_READ_ERRNO;
}

static fl_read_status fail_limit(fl_buf *out)
{
    out->len = 0;
    if (out->ptr)
        out->ptr[0] = '\0';
    return FL_READ_LIMIT;
}

static fl_read_status read_fd(int fd, size_t max, fl_buf *out, fl_buf *why)
{
    if (max == 0)
        max = FL_MAX_FILE_SIZE_DEFAULT;
    if (max > FL_MAX_FILE_SIZE_MAX)
        max = FL_MAX_FILE_SIZE_MAX; /* offsets into a document are 32-bit */
    struct stat st;
    if (fstat(fd, &st) != 0)
        return fail_errno(out, why, errno);
    if (S_ISDIR(st.st_mode))
        return fail_errno(out, why, EISDIR);
    fl_buf_put(out, NULL, 0);
    if (S_ISREG(st.st_mode)) {
        size_t size = (size_t)st.st_size;
        if ((unsigned long long)st.st_size > max) {
            fl_buf_printf(why,
                          "file of %lld bytes is larger than the limit of %zu bytes (--max-file-size); file skipped",
                          (long long)st.st_size, max);
            return fail_limit(out);
        }
        long long n = read_upto(fd, out, size);
        if (n < 0)
            return fail_errno(out, why, errno);
        /* a file that grows while it is read (a log being written) is read up to its size at open */
        char extra;
        ssize_t more;
        while ((more = read(fd, &extra, 1)) < 0 && errno == EINTR)
            ;
        if (more > 0) {
            fl_buf_printf(why, "file grew while it was read (%lld bytes at open); file skipped", (long long)st.st_size);
            return fail_limit(out);
        }
        return FL_READ_OK;
    }
    /* a device, FIFO or socket: up to the limit, and one byte more to tell whether it goes on */
    long long n = read_upto(fd, out, max + 1);
    if (n < 0)
        return fail_errno(out, why, errno);
    if ((size_t)n > max) {
        fl_buf_printf(why, "file is larger than the limit of %zu bytes (--max-file-size); file skipped", max);
        return fail_limit(out);
    }
    return FL_READ_OK;
}

fl_read_status fl_read_file(const char *path, size_t max, fl_buf *out, fl_buf *why)
{
    int fd;
    while ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)) < 0 && errno == EINTR)
        ;
    if (fd < 0)
        return fail_errno(out, why, errno);
    fl_read_status st = read_fd(fd, max, out, why);
    close(fd);
    return st;
}

int fl_parse_size(const char *s, size_t *out)
{
    if (!s || !fl_is_ascii_digit((unsigned char)s[0]))
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno)
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case 'K':
    case 'k':
        shift = 10;
        end++;
        break;
    case 'M':
    case 'm':
        shift = 20;
        end++;
        break;
    case 'G':
    case 'g':
        shift = 30;
        end++;
        break;
    default:
        break;
    }
    if (*end || v == 0 || v > (FL_MAX_FILE_SIZE_MAX >> shift) || (v << shift) > FL_MAX_FILE_SIZE_MAX)
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

/* ---- JSON ---- */

static int line_of(const char *buf, size_t len, const char *at)
{
    int line = 1;
    for (const char *p = buf; p < at && p < buf + len; p++)
        line += *p == '\n';
    return line;
}

/* The first member name that an object of v (v itself or any value inside it) has twice, or NULL. */
static const char *duplicate_key(const cJSON *v)
{
    for (; v; v = v->next) {
        if (cJSON_IsObject(v)) {
            size_t n = 0;
            for (const cJSON *m = v->child; m; m = m->next)
                n++;
            if (n > 1 && n <= 16) {
                for (const cJSON *a = v->child; a; a = a->next)
                    for (const cJSON *b = a->next; b; b = b->next)
                        if (a->string && b->string && strcmp(a->string, b->string) == 0)
                            return a->string;
            } else if (n > 16) {
                fl_map seen;
                fl_map_init(&seen, 0);
                const char *dup = NULL;
                for (const cJSON *a = v->child; a && !dup; a = a->next)
                    if (a->string && fl_map_put(&seen, a->string, strlen(a->string), 1) == 1)
                        dup = a->string;
                fl_map_free(&seen);
                if (dup)
                    return dup;
            }
        }
        if (v->child) {
            const char *dup = duplicate_key(v->child);
            if (dup)
                return dup;
        }
    }
    return NULL;
}

/* Parses; returns NULL or the problem ("malformed JSON", "text after the JSON value", "duplicate key"),
 * with *at where a syntax problem is and *dup the duplicate name. */
static const char *load(const char *text, size_t len, cJSON **value, const char **at, const char **dup)
{
    const char *end = NULL;
    *value = NULL;
    *at = NULL;
    *dup = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    if (!root) {
        *at = end ? end : cJSON_GetErrorPtr();
        return "malformed JSON";
    }
    const char *p = end ? end : text + len;
    while (p < text + len && fl_is_ascii_space((unsigned char)*p))
        p++;
    if (p < text + len) {
        cJSON_Delete(root);
        *at = p;
        return "text after the JSON value";
    }
    if ((*dup = duplicate_key(root)) != NULL) {
        static const char problem[] = "duplicate key";
        *value = root; /* kept until the name is copied */
        return problem;
    }
    *value = root;
    return NULL;
}

cJSON *fl_json_load(const char *text, size_t len, const char *file, const char *what, fl_buf *err)
{
    cJSON *v;
    const char *at, *dup;
    const char *problem = load(text, len, &v, &at, &dup);
    if (!problem)
        return v;
    if (dup)
        fl_buf_printf(err, "%s: duplicate key \"%s\" in %s", file, dup, what);
    else
        fl_buf_printf(err, "%s:%d: %s in %s", file, at ? line_of(text, len, at) : 1, problem, what);
    cJSON_Delete(v);
    return NULL;
}

const char *fl_json_load_line(const char *text, size_t len, cJSON **value)
{
    const char *at, *dup;
    const char *problem = load(text, len, value, &at, &dup);
    if (problem) {
        cJSON_Delete(*value);
        *value = NULL;
    }
    return problem;
}

static void *json_alloc(size_t n)
{
    return fl_xmalloc(n);
}

void fl_json_init(void)
{
    cJSON_Hooks hooks = {json_alloc, free};
    cJSON_InitHooks(&hooks);
}
