#!/bin/sh
# readme.sh - README must stay true. Its examples are run and what they print is compared with what README
# shows: the diagnostic lines at its top, the summary line, the JSON, SARIF (ruleIndex, regions,
# fingerprints), GitHub and rdjsonl examples of footnote-gap on corpus/, the terminal snippet example, and
# the example configuration, which must be accepted (--print-config) with the folder it names. Every rule
# of --list-rules and every long option of --help is documented in it, every option of its options table
# is in --help, and it gives the two commands.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.." || exit 2
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }
for id in $("$bin" --list-rules | awk '{print $1}'); do
    if grep -q "\`$id\`" README.md; then ok; else bad "rule $id is not in README.md"; fi
done
for opt in $("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    if grep -q -- "$opt" README.md; then ok; else bad "option $opt is not in README.md"; fi
done
# the options table of Usage: every option it lists is one --help lists
"$bin" --help >"${TMPDIR:-/tmp}/fl-help.$$"
for opt in $(sed -n '/^| option | meaning |$/,/^$/p' README.md | grep -o -- '`-[-a-z]*' | tr -d '`' | sort -u); do
    if grep -q -- "$opt" "${TMPDIR:-/tmp}/fl-help.$$"; then ok; else bad "README's option $opt is not in --help"; fi
done
rm -f "${TMPDIR:-/tmp}/fl-help.$$"
for cmd in "make run" "make test"; do
    if grep -q "$cmd" README.md; then ok; else bad "README does not give $cmd"; fi
done
if ! command -v python3 >/dev/null 2>&1; then
    echo "readme: NOT RUN: python3 is not installed, so README's examples were not run (make test-deps installs it)"
    exit 1
fi
python3 - "$bin" <<'PY' || fail=$((fail + 1))
import json, os, re, shutil, subprocess, sys, tempfile
binary = sys.argv[1]
readme = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```(\w*)\n(.*?)```", readme, re.S)
fails = passes = 0
def check(cond, what):
    global fails, passes
    if cond: passes += 1
    else:
        fails += 1
        print("FAIL: " + what)
def run(args, cwd=None):
    return subprocess.run([binary] + args, capture_output=True, text=True, cwd=cwd)
text = run(["corpus/"])
# the two lines at the top
top = blocks[0][1].splitlines()
check(all(l in text.stdout.splitlines() for l in top), "README's first example is not what factlint corpus/ prints")
# the summary line
summary = text.stderr.strip().splitlines()[-1]
check(("`%s`" % summary) in readme, "the summary line %r is not in README" % summary)
# JSON: the footnote-gap diagnostic and the summary
js = json.loads(run(["--format=json", "corpus/"]).stdout)
ex = next(b for lang, b in blocks if lang == "json" and '"diagnostics"' in b)
exj = json.loads(ex)
gap = next(d for d in js["diagnostics"] if d["rule"] == "footnote-gap")
check(exj["diagnostics"][0] == gap, "README's JSON diagnostic differs from factlint's: %s" % json.dumps(gap))
check(exj["summary"] == js["summary"], "README's JSON summary differs: %s" % js["summary"])
# SARIF: the footnote-gap result's index, regions and fingerprints
sa = json.loads(run(["--format=sarif", "corpus/"]).stdout)
res = next(r for r in sa["runs"][0]["results"] if r["ruleId"] == "footnote-gap")
ex = next(b for lang, b in blocks if lang == "json" and '"2.1.0"' in b)
for key, want in (("ruleIndex", res["ruleIndex"]), ("startColumn", res["locations"][0]["physicalLocation"]["region"]["startColumn"]),
                  ("primaryLocationLineHash", res["partialFingerprints"]["primaryLocationLineHash"]),
                  ("factlintFinding/v1", res["partialFingerprints"]["factlintFinding/v1"])):
    check(re.search(r'"%s": "?%s"?' % (re.escape(key), re.escape(str(want))), ex) is not None,
          "README's SARIF example does not give %s %s" % (key, want))
check(res["message"]["text"] in ex, "README's SARIF message differs: %s" % res["message"]["text"])
# GitHub and rdjsonl lines
gh = [l for l in run(["--format=github", "corpus/"]).stdout.splitlines() if "title=footnote-gap" in l][0]
check(gh in readme, "README's GitHub example differs: %s" % gh)
rd = [l for l in run(["--format=rdjsonl", "corpus/"]).stdout.splitlines() if '"footnote-gap"' in l][0]
check(rd in readme, "README's rdjsonl example differs: %s" % rd)
# the terminal example: its workspace, with snippets asked for
tmp = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(tmp, "archive")); os.makedirs(os.path.join(tmp, "articles"))
    open(os.path.join(tmp, "archive/2024.md"), "w").write("Russia delivered 31 bcm of gas to China in 2024, the ministry said.\n")
    open(os.path.join(tmp, "articles/draft.md"), "w").write("# Gas\n\nΩmega Energy notes that in 2024 Russia delivered 21 bcm of gas to China.\n")
    out = run(["--snippets=always", "--color=never", "--against=archive", "articles/"], cwd=tmp).stdout
    ex = next(b for lang, b in blocks if lang == "" and b.startswith("articles/draft.md:3:50"))
    check(out == ex, "README's terminal example differs from:\n" + out)
    # the example configuration, with the folder of packs it names
    cfg = next(b for lang, b in blocks if lang == "json" and '"rule-packs"' in b and '"$schema"' in b)
    open(os.path.join(tmp, ".factlint.json"), "w").write(cfg)
    os.makedirs(os.path.join(tmp, "house-rules"))
    r = run(["--print-config=articles/draft.md"], cwd=tmp)
    check(r.returncode == 0, "README's example configuration is refused: " + r.stderr)
finally:
    shutil.rmtree(tmp)
print("readme examples: %d passed, %d failed" % (passes, fails))
sys.exit(1 if fails else 0)
PY
echo "readme: $pass passed, $fail failed"
[ "$fail" = 0 ]
