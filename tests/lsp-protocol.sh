#!/bin/sh
# lsp-protocol.sh - `factlint --lsp` at the protocol level: framed JSON-RPC written by hand, for what a real
# client never sends: requests before initialize, malformed and missing Content-Length headers, bodies that
# are not JSON or not objects, unknown methods, oversized messages, truncated input, requests after
# shutdown, exit without shutdown; and the lifecycle and capabilities a client relies on. Each case runs
# the server on a prepared input (with a time limit, so a hang fails) and checks the replies and status.
# usage: lsp-protocol.sh FACTLINT
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pass=0
fail=0
msg() { printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$1" | wc -c)" "$1"; }
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
inited='{"jsonrpc":"2.0","method":"initialized","params":{}}'
shut='{"jsonrpc":"2.0","id":99,"method":"shutdown"}'
quit='{"jsonrpc":"2.0","method":"exit"}'
# run NAME: the server reads $scratch/NAME.in; replies in NAME.out, stderr in NAME.err, status in $status
run() {
    (cd "$scratch" && timeout 30 "$bin" --lsp <"$1.in" >"$1.out" 2>"$1.err")
    status=$?
}
has() { # has NAME TEXT: the replies contain TEXT
    if grep -qF -- "$2" "$scratch/$1.out"; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: $1: no \"$2\" in the replies:"; head -c 600 "$scratch/$1.out"; echo; head -5 "$scratch/$1.err"; fi
}
hasnt() {
    if grep -qF -- "$2" "$scratch/$1.out"; then fail=$((fail + 1)); echo "FAIL: $1: unexpected \"$2\""; else pass=$((pass + 1)); fi
}
status_is() {
    if [ "$status" = "$2" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1: status $status, not $2"; head -5 "$scratch/$1.err"; fi
}
replies() { # replies NAME N: exactly N framed messages were written
    n=$(grep -c 'Content-Length: ' "$scratch/$1.out")
    if [ "$n" = "$2" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1: $n replies, not $2"; fi
}

# the lifecycle: capabilities, shutdown's null result, exit 0
{ msg "$init"; msg "$inited"; msg "$shut"; msg "$quit"; } >"$scratch/life.in"
run life
has life '"id":1,"result":{"capabilities":'
has life '"textDocumentSync":{"openClose":true,"change":1,"save":{"includeText":true}}'
has life '"hoverProvider":true'
has life '"codeActionProvider":{"codeActionKinds":["quickfix"]}'
has life '"serverInfo":{"name":"factlint"'
has life '"id":99,"result":null'
replies life 2
status_is life 0

# a request before initialize: ServerNotInitialized; a notification then is dropped; exit without
# shutdown: status 1
{ msg '{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}'
  msg '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}'; msg "$quit"; } >"$scratch/early.in"
run early
has early '"id":7,"error":{"code":-32002'
replies early 1
status_is early 1

# a body that is not JSON: ParseError with a null id, and the next message is still read
{ msg '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{'; msg "$init"; msg "$shut"; msg "$quit"; } >"$scratch/badjson.in"
run badjson
has badjson '"id":null,"error":{"code":-32700'
has badjson '"id":1,"result":{"capabilities":'
status_is badjson 0

# JSON that is not a request: an array (batches are not part of LSP), a number, an object without a method
{ msg "$init"; msg '[1,2]'; msg '42'; msg '{"jsonrpc":"2.0","id":5}'; msg "$shut"; msg "$quit"; } >"$scratch/notreq.in"
run notreq
has notreq '"id":null,"error":{"code":-32600'
replies notreq 4
status_is notreq 0

# a Content-Length that is not a number, one too large for any integer, and a header block without one:
# each is answered with ParseError and the server finds the next header
{ printf 'Content-Length: abc\r\n\r\n{}'; msg "$init"
  printf 'Content-Length: 99999999999999999999999999\r\n\r\n'; msg '{"jsonrpc":"2.0","id":2,"method":"nosuch"}'
  printf 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"id":3}'
  msg "$shut"; msg "$quit"; } >"$scratch/badlen.in"
run badlen
has badlen '"id":1,"result":{"capabilities":'
has badlen '"id":2,"error":{"code":-32601'
has badlen '"id":99,"result":null'
replies badlen 6
status_is badlen 0

# unknown methods: a request gets MethodNotFound, notifications ($/ or not) get nothing
{ msg "$init"; msg '{"jsonrpc":"2.0","id":3,"method":"workspace/frobnicate","params":{}}'
  msg '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3}}'
  msg '{"jsonrpc":"2.0","method":"textDocument/frobnicated","params":{}}'; msg "$shut"; msg "$quit"; } >"$scratch/unknown.in"
run unknown
has unknown '"id":3,"error":{"code":-32601'
replies unknown 3
status_is unknown 0

# an oversized message (80 MiB, over the 64 MiB limit): refused with its id unknown, its bytes skipped
# without being kept, and the next message answered
{ msg "$init"; printf 'Content-Length: 83886080\r\n\r\n'; head -c 83886080 /dev/zero | tr '\0' ' '
  msg '{"jsonrpc":"2.0","id":4,"method":"nosuch"}'; msg "$shut"; msg "$quit"; } >"$scratch/big.in"
run big
has big '"id":null,"error":{"code":-32600,"message":"message of 83886080 bytes is over the limit'
has big '"id":4,"error":{"code":-32601'
status_is big 0

# input that ends inside a body, or inside a header: status 1, no hang
{ msg "$init"; printf 'Content-Length: 500\r\n\r\n{"jsonrpc"'; } >"$scratch/trunc.in"
run trunc
status_is trunc 1
{ msg "$init"; printf 'Content-Len'; } >"$scratch/trunc2.in"
run trunc2
status_is trunc2 1

# after shutdown, requests are InvalidRequest; unknown documents and bad positions are not errors
doc='{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Note 1","languageId":"markdown","version":1,"text":"Trade grew.1 Prices fell.2\n"}}}'
{ msg "$init"; msg "$inited"; msg "$doc"
  msg '{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nonexistent.md"},"position":{"line":0,"character":0}}}'
  msg '{"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:Note 1"},"position":{"line":-5,"character":100000}}}'
  msg '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nonexistent.md","version":2},"contentChanges":[{"text":"x"}]}}'
  msg '{"jsonrpc":"2.0","id":12,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"untitled:Note 1"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}}'
  msg "$shut"; msg '{"jsonrpc":"2.0","id":13,"method":"textDocument/hover","params":{}}'; msg "$quit"; } >"$scratch/docs.in"
run docs
has docs '"method":"textDocument/publishDiagnostics","params":{"uri":"untitled:Note 1"'
has docs '"code":"footnote-no-notes"'
has docs '"id":10,"result":null'
has docs '"id":11,"result":null'
has docs '"id":12,"result":[{"title":"Suppress footnote-no-notes on this line'
has docs '"newText":"<!-- factlint-disable-next-line footnote-no-notes -->\n"'
has docs '"id":13,"error":{"code":-32600'
status_is docs 0

echo "lsp-protocol: $pass passed, $fail failed"
[ "$fail" = 0 ]
