/* rpc.h - JSON-RPC 2.0 over a byte stream with LSP's base protocol framing ("Content-Length: N" headers,
 * a blank line, N bytes of JSON). Reads defensively: a bad or missing length, a body that is not JSON and a
 * message over the size limit are reported to the caller, and the reader finds the next message. */
#ifndef FL_RPC_H
#define FL_RPC_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* The largest message body read (64 MiB); a longer one is skipped without being kept. */
#define FL_RPC_MAX_BODY ((size_t)64 << 20)

/* JSON-RPC and LSP error codes. */
enum {
    FL_RPC_PARSE_ERROR = -32700,
    FL_RPC_INVALID_REQUEST = -32600,
    FL_RPC_METHOD_NOT_FOUND = -32601,
    FL_RPC_INVALID_PARAMS = -32602,
    FL_RPC_SERVER_NOT_INITIALIZED = -32002,
};

typedef struct fl_rpc fl_rpc;

/* A connection reading fd_in and writing fd_out (both borrowed, left open). */
fl_rpc *fl_rpc_new(int fd_in, int fd_out);
void fl_rpc_free(fl_rpc *c);

typedef enum {
    FL_RPC_MESSAGE,   /* *msg is an owned JSON value (any type: the caller checks it is a request) */
    FL_RPC_BAD,       /* a framing or JSON error: *error says what, the caller answers with code; read on */
    FL_RPC_EOF,       /* the input ended between messages */
    FL_RPC_TRUNCATED, /* the input ended inside a message */
} fl_rpc_status;

/* Reads the next message. On FL_RPC_BAD, *code is the JSON-RPC error code to answer with (id null) and
 * *error a static description (with the length for an oversized body, in the connection's buffer). */
fl_rpc_status fl_rpc_read(fl_rpc *c, cJSON **msg, int *code, const char **error);

/* Writes msg (borrowed) as one framed message; returns 0, or -1 when the output cannot be written. */
int fl_rpc_write(fl_rpc *c, const cJSON *msg);
/* Writes a response with result (taken; NULL for null) to the request id (borrowed; NULL for null). */
int fl_rpc_result(fl_rpc *c, const cJSON *id, cJSON *result);
/* Writes an error response. */
int fl_rpc_error(fl_rpc *c, const cJSON *id, int code, const char *message);
/* Writes a notification with params (taken). */
int fl_rpc_notify(fl_rpc *c, const char *method, cJSON *params);

#endif
