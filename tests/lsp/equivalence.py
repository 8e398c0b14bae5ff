#!/usr/bin/env python3
"""equivalence.py - the language server reports what the command line reports. A workspace is linted by
`factlint --lsp` (utf-32 positions, so columns are the JSON output's code points); one document of it is
opened and edited step by step (text typed before its claims, figures changed, sentences deleted and
restored, a suppression added), and after every step the diagnostics the server publishes for it must equal,
field by field, those `factlint --format=json` gives for that document in a copy of the workspace holding
the edited text. Run by tests/lsp-protocol.sh; prints one FAIL line per difference.
A second document of the workspace (OTHER) is open too and is checked after every step as well: its
findings change when the edited document's claims do, without it being edited.
usage: equivalence.py FACTLINT WORKSPACE DOC OTHER"""
import json, os, random, shutil, subprocess, sys, tempfile

binary, ws, rel, other = os.path.abspath(sys.argv[1]), os.path.realpath(sys.argv[2]), sys.argv[3], sys.argv[4]
path = os.path.join(ws, rel)
text = open(path, encoding="utf-8").read()
proc = subprocess.Popen(os.environ.get("LSP_WRAP", "").split() + [binary, "--lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

def send(obj):
    body = json.dumps(obj).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def read():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            sys.exit("FAIL: the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

uri = "file://" + path
other_uri = "file://" + os.path.join(ws, other)
latest = {}
def sync(n):
    """Reads up to the answer to a request sent after the changes: every publication they caused is in."""
    send({"jsonrpc": "2.0", "id": 1000 + n, "method": "textDocument/hover",
          "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}})
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics":
            latest[m["params"]["uri"]] = m["params"]["diagnostics"]
        if m.get("id") == 1000 + n:
            return

def from_lsp(diags):
    out = []
    for d in diags:
        rel_ = [(r["location"]["uri"][len("file://" + ws) + 1:], r["location"]["range"]["start"]["line"] + 1,
                 r["location"]["range"]["start"]["character"] + 1, r["message"]) for r in d.get("relatedInformation", [])]
        s, e = d["range"]["start"], d["range"]["end"]
        out.append((d["code"], s["line"] + 1, s["character"] + 1, e["line"] + 1, e["character"] + 1, d["message"], rel_))
    return sorted(out, key=repr)

cli_runs = {}
def from_cli(edited, name):
    if edited not in cli_runs:
        cli_runs.clear()
        cli_runs[edited] = run_cli(edited)
    out = []
    for d in cli_runs[edited]["diagnostics"]:
        if d["file"] != name:
            continue
        rel_ = [(r["file"], r["line"], r["column"], r["message"]) for r in d["related"]]
        out.append((d["rule"], d["line"], d["column"], d["end_line"], d["end_column"], d["message"], rel_))
    return sorted(out, key=repr)

def run_cli(edited):
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "ws")
        shutil.copytree(ws, copy)
        with open(os.path.join(copy, rel), "w", encoding="utf-8") as f:
            f.write(edited)
        r = subprocess.run([binary, "--format=json"], cwd=copy, capture_output=True)
        return json.loads(r.stdout)
    finally:
        shutil.rmtree(tmp)

send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"rootUri": "file://" + ws, "capabilities": {"general": {"positionEncodings": ["utf-32", "utf-16"]}}}})
init = read()
assert init["result"]["capabilities"]["positionEncoding"] == "utf-32", init
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
sync(-1)  # read what the first publication wrote before writing more: neither side blocks on a full pipe
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": other_uri, "languageId": "plaintext", "version": 1,
                                  "text": open(os.path.join(ws, other), encoding="utf-8").read()}}})
sync(-2)

rng = random.Random(15)
steps = [("as on disk", text)]
cur = text
for i in range(9):
    kind = i % 3
    if kind == 0:  # typing at the start of a random line
        lines = cur.split("\n")
        k = rng.randrange(len(lines))
        lines[k] = "Typed words here. " + lines[k]
        cur = "\n".join(lines)
        steps.append(("text typed on line %d" % (k + 1), cur))
    elif kind == 1:  # a figure changed
        import re
        figs = list(re.finditer(r"\b\d+(?:\.\d+)?(?= ?(?:bcm|%|billion|million|tonnes|per cent))", cur))
        if figs:
            f = rng.choice(figs)
            cur = cur[:f.start()] + str(rng.randrange(2, 99)) + cur[f.end():]
        steps.append(("a figure changed", cur))
    else:  # a paragraph deleted
        paras = cur.split("\n")
        if len(paras) > 3:
            k = rng.randrange(len(paras))
            del paras[k]
            cur = "\n".join(paras)
        steps.append(("a line deleted", cur))
steps.append(("back as on disk", text))
fail = 0
for n, (what, edited) in enumerate(steps):
    version = n + 2
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]}})
    sync(n)
    for name, u in ((rel, uri), (other, other_uri)):
        got, want = from_lsp(latest.get(u, [])), from_cli(edited, name)
        if got != want:
            fail += 1
            print("FAIL: %s after step %d (%s): the server's %d diagnostics differ from the command line's %d" %
                  (name, n, what, len(got), len(want)))
            for x in [x for x in want if x not in got][:3]:
                print("  only the command line:", x)
            for x in [x for x in got if x not in want][:3]:
                print("  only the server:      ", x)
        elif not want and n == 0:
            print("FAIL: %s has no findings to compare" % name)
            fail += 1
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait(timeout=30)
print("equivalence: %d steps, %d differed" % (len(steps), fail))
sys.exit(1 if fail else 0)
