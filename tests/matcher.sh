#!/bin/sh
# matcher.sh - .github/factlint-matcher.json reads the text output: on the corpus, every primary line
# matches exactly one of its patterns (with file, line, column, severity and rule), and no related
# "note:" line matches any. The regexes are applied with node (JavaScript's syntax and the runner's agree
# on these patterns); without node the suite fails with "NOT RUN" (make test-deps installs nodejs).
# usage: matcher.sh FACTLINT
set -u
bin=$1
cd "$(dirname "$0")/.." || exit 2
if ! command -v node >/dev/null 2>&1; then
    echo "matcher: NOT RUN: node is not installed, so the problem matcher was not checked"
    exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" corpus/ >"$out" 2>/dev/null
node - .github/factlint-matcher.json "$out" <<'JS'
const fs = require("fs");
const [matcherFile, outFile] = process.argv.slice(2);
const matchers = JSON.parse(fs.readFileSync(matcherFile, "utf8")).problemMatcher;
let pass = 0, fail = 0;
const check = (ok, what) => { if (ok) pass++; else { fail++; console.log("FAIL: " + what); } };
const lines = fs.readFileSync(outFile, "utf8").split("\n").filter((l) => l);
const primary = /^(.+?):(\d+):(\d+): (error|warning|note): .* \[([a-z-]+)\]$/;
let primaries = 0;
for (const line of lines) {
    const want = primary.exec(line);
    const hits = matchers.map((m) => ({ m, r: new RegExp(m.pattern[0].regexp).exec(line) })).filter((h) => h.r);
    if (!want) {
        check(hits.length === 0, "a related note matches a pattern: " + line);
        continue;
    }
    primaries++;
    check(hits.length === 1, "not exactly one pattern matches: " + line);
    if (hits.length !== 1) continue;
    const { m, r } = hits[0], p = m.pattern[0];
    check(r[p.file] === want[1] && r[p.line] === want[2] && r[p.column] === want[3] && r[p.code] === want[5],
          "wrong groups for: " + line);
    const sev = p.severity ? r[p.severity] : m.severity;
    check(sev === (want[4] === "note" ? "notice" : want[4]), "wrong severity " + sev + " for: " + line);
}
check(primaries > 10, "the corpus gives more than 10 diagnostics (" + primaries + ")");
console.log(`matcher: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
JS
