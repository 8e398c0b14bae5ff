#!/usr/bin/env python3
"""lsp-bench.py - the language server's time per keystroke on a large workspace (make lsp-bench).

Starts `factlint --lsp --timings` on WORKSPACE, opens one of its documents, sends CHANGES full-text
didChange notifications as a writer typing would (one character added, then a figure changed, in turn),
and reads the server's own per-change time from stderr (re-extracting the document, re-joining its keys
and publishing the affected open documents). Prints the time to initialize (the first lint of the whole
workspace) and the median, 90th percentile and worst time per change.
usage: lsp-bench.py FACTLINT WORKSPACE [CHANGES]"""
import json, os, re, statistics, subprocess, sys, time

binary, ws = sys.argv[1], os.path.abspath(sys.argv[2])
changes = int(sys.argv[3]) if len(sys.argv) > 3 else 60
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(ws) for f in fs if f.endswith((".txt", ".md")))
total = sum(os.path.getsize(f) for f in files)
# a document of typical size with figures in it
doc = sorted(files, key=os.path.getsize)[len(files) // 2]
text = open(doc, encoding="utf-8").read()

proc = subprocess.Popen([binary, "--lsp", "--timings"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)

def send(obj):
    body = json.dumps(obj).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def read():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("lsp-bench: the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

def until(pred):
    while True:
        m = read()
        if pred(m):
            return m

uri = "file://" + doc
t0 = time.monotonic()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"rootUri": "file://" + ws, "capabilities": {}}})
until(lambda m: m.get("id") == 1)
init = time.monotonic() - t0
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
figure = re.search(r"\b\d+(\.\d+)? (bcm|billion|million|tonnes|%)", text)
roundtrip = []
for i in range(changes):
    if i % 2 == 0:
        new = text[: len(text) // 2] + "x" + text[len(text) // 2:]  # a character typed
    elif figure:
        a, b = figure.span(0)
        new = text[:a] + str(i + 7) + text[a + len(figure.group(0).split(" ")[0]):]  # a figure changed
    else:
        new = text
    t = time.monotonic()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": i + 2}, "contentChanges": [{"text": new}]}})
    until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
          and m["params"].get("version") == i + 2)
    roundtrip.append((time.monotonic() - t) * 1e3)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
until(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit"})
err = proc.communicate(timeout=60)[1].decode()
if os.environ.get("LSP_BENCH_LOG"):
    sys.stderr.write(err)
server = [float(x) for x in re.findall(r": ([0-9.]+) ms \(", err)][1:]  # the didOpen first

def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]

print(f"lsp-bench: workspace {len(files)} files, {total / 1e6:.1f} MB; edited {os.path.relpath(doc, ws)} "
      f"({len(text.encode()) / 1e3:.1f} kB)")
print(f"lsp-bench: initialize (first lint of the workspace, -j default): {init:.2f} s")
print(f"lsp-bench: per change, in the server: median {statistics.median(server):.2f} ms, "
      f"90th percentile {q(server, 0.9):.2f} ms, worst {max(server):.2f} ms ({len(server)} changes)")
print(f"lsp-bench: per change, round trip to the diagnostics: median {statistics.median(roundtrip):.2f} ms, "
      f"worst {max(roundtrip):.2f} ms")
