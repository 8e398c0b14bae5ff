/* rpc.c - LSP's base protocol: framed JSON-RPC messages read from and written to file descriptors. */
#include "lsp/rpc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/util.h"

struct fl_rpc {
    int in, out;
    char buf[65536]; /* bytes read and not consumed: buf[pos, end) */
    size_t pos, end;
    int eof;
    char error[120]; /* the text of the last FL_RPC_BAD that needs a number in it */
};

fl_rpc *fl_rpc_new(int fd_in, int fd_out)
{
    fl_rpc *c = fl_xcalloc(1, sizeof *c);
    c->in = fd_in;
    c->out = fd_out;
    return c;
}

void fl_rpc_free(fl_rpc *c)
{
    free(c);
}

/* Makes at least one unread byte available; returns 0, or -1 at the end of the input. */
static int fill(fl_rpc *c)
{
    if (c->pos < c->end)
        return 0;
    c->pos = c->end = 0;
    while (!c->eof) {
        ssize_t n = read(c->in, c->buf, sizeof c->buf);
        if (n > 0) {
            c->end = (size_t)n;
            return 0;
        }
        if (n < 0 && errno == EINTR)
            continue;
        c->eof = 1;
    }
    return -1;
}

/* Reads one header line (up to LF, CR dropped) into line (cap bytes; a longer line is cut, and its rest
 * read). Returns its length, or -1 at the end of the input; *any is set when a byte was read. */
static long read_line(fl_rpc *c, char *line, size_t cap, int *any)
{
    size_t n = 0;
    for (;;) {
        if (fill(c) < 0)
            return -1;
        *any = 1;
        char ch = c->buf[c->pos++];
        if (ch == '\n')
            break;
        if (n + 1 < cap)
            line[n++] = ch;
    }
    if (n > 0 && line[n - 1] == '\r')
        n--;
    line[n] = '\0';
    return (long)n;
}

/* Skips input up to the start of the next "Content-Length:" header (ASCII case ignored), after a header
 * block that cannot be used. Returns 0, or -1 at the end of the input. */
static int resync(fl_rpc *c)
{
    static const char want[] = "content-length:";
    const size_t len = sizeof want - 1;
    for (;;) {
        for (size_t i = c->pos; i + len <= c->end; i++)
            if (fl_ascii_ieq(c->buf + i, want, len)) {
                c->pos = i;
                return 0;
            }
        /* keep what could be the start of the header, and read on after it */
        size_t keep = c->end - c->pos < len - 1 ? c->end - c->pos : len - 1;
        memmove(c->buf, c->buf + c->end - keep, keep);
        c->pos = 0;
        c->end = keep;
        if (c->eof) {
            c->pos = c->end;
            return -1;
        }
        ssize_t n = read(c->in, c->buf + c->end, sizeof c->buf - c->end);
        if (n > 0)
            c->end += (size_t)n;
        else if (!(n < 0 && errno == EINTR))
            c->eof = 1;
    }
}

/* Parses a Content-Length value: decimal digits only, at most 18 of them. Returns -1 when it is not. */
static long long parse_length(const char *v)
{
    while (*v == ' ' || *v == '\t')
        v++;
    long long n = 0;
    int digits = 0;
    for (; *v >= '0' && *v <= '9'; v++) {
        if (++digits > 18)
            return -1;
        n = n * 10 + (*v - '0');
    }
    while (*v == ' ' || *v == '\t')
        v++;
    return digits && !*v ? n : -1;
}

fl_rpc_status fl_rpc_read(fl_rpc *c, cJSON **msg, int *code, const char **error)
{
    *msg = NULL;
    *code = FL_RPC_PARSE_ERROR;
    char line[256];
    long long length = -1;
    int bad_length = 0, any = 0, lines = 0;
    /* the header block: lines up to an empty one */
    for (;;) {
        long n = read_line(c, line, sizeof line, &any);
        if (n < 0)
            return any ? FL_RPC_TRUNCATED : FL_RPC_EOF;
        if (n == 0) {
            if (lines == 0)
                continue; /* blank lines between messages */
            break;
        }
        lines++;
        if (fl_ascii_ieq(line, "content-length:", 15)) {
            length = parse_length(line + 15);
            bad_length |= length < 0;
        }
    }
    if (length < 0 || bad_length) {
        *error = length < 0 && !bad_length ? "a header block without Content-Length"
                                           : "a Content-Length that is not a number of bytes";
        resync(c); /* at the end of the input, the next read says so */
        return FL_RPC_BAD;
    }
    if ((unsigned long long)length > FL_RPC_MAX_BODY) {
        snprintf(c->error, sizeof c->error, "message of %lld bytes is over the limit of %zu bytes", length,
                 FL_RPC_MAX_BODY);
        *error = c->error;
        *code = FL_RPC_INVALID_REQUEST;
        for (unsigned long long left = (unsigned long long)length; left > 0;) {
            if (fill(c) < 0)
                return FL_RPC_TRUNCATED;
            size_t take = c->end - c->pos;
            if (take > left)
                take = (size_t)left;
            c->pos += take;
            left -= take;
        }
        return FL_RPC_BAD;
    }
    char *body = fl_xmalloc((size_t)length + 1);
    for (size_t got = 0; got < (size_t)length;) {
        if (fill(c) < 0) {
            free(body);
            return FL_RPC_TRUNCATED;
        }
        size_t take = c->end - c->pos;
        if (take > (size_t)length - got)
            take = (size_t)length - got;
        memcpy(body + got, c->buf + c->pos, take);
        c->pos += take;
        got += take;
    }
    body[length] = '\0';
    *msg = cJSON_ParseWithLength(body, (size_t)length);
    free(body);
    if (!*msg) {
        *error = "the message body is not JSON";
        return FL_RPC_BAD;
    }
    return FL_RPC_MESSAGE;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int fl_rpc_write(fl_rpc *c, const cJSON *msg)
{
    char *text = cJSON_PrintUnformatted(msg);
    if (!text) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
    size_t n = strlen(text);
    char head[64];
    int h = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n);
    int rc = write_all(c->out, head, (size_t)h) < 0 || write_all(c->out, text, n) < 0 ? -1 : 0;
    cJSON_free(text);
    return rc;
}

static cJSON *response(const cJSON *id)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "jsonrpc", "2.0");
    cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    return m;
}

int fl_rpc_result(fl_rpc *c, const cJSON *id, cJSON *result)
{
    cJSON *m = response(id);
    cJSON_AddItemToObject(m, "result", result ? result : cJSON_CreateNull());
    int rc = fl_rpc_write(c, m);
    cJSON_Delete(m);
    return rc;
}

int fl_rpc_error(fl_rpc *c, const cJSON *id, int code, const char *message)
{
    cJSON *m = response(id);
    cJSON *e = cJSON_AddObjectToObject(m, "error");
    cJSON_AddNumberToObject(e, "code", code);
    cJSON_AddStringToObject(e, "message", message);
    int rc = fl_rpc_write(c, m);
    cJSON_Delete(m);
    return rc;
}

int fl_rpc_notify(fl_rpc *c, const char *method, cJSON *params)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "jsonrpc", "2.0");
    cJSON_AddStringToObject(m, "method", method);
    cJSON_AddItemToObject(m, "params", params);
    int rc = fl_rpc_write(c, m);
    cJSON_Delete(m);
    return rc;
}
