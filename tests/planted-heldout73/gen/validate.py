#!/usr/bin/env python3
"""Validate the built planted set (docs/, key.json) against docs_spec.py. Stdlib only. Exit 1 on failure."""
import datetime, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

errors = []
def fail(msg):
    errors.append(msg)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
base2path = {}
files = {}
for path in S.DOCS:
    base = os.path.basename(path)
    if base in base2path:
        fail(f"duplicate base name {base}")
    base2path[base] = path
    p = os.path.join(OUT, "docs", path)
    if not os.path.isfile(p):
        fail(f"missing {p}"); continue
    raw = open(p, "rb").read()
    raw.decode("utf-8")
    files[base] = raw.decode("utf-8").split("\n")[:-1]

# 1. files in docs/ are exactly the spec's documents
on_disk = set()
for root, _, fs in os.walk(os.path.join(OUT, "docs")):
    for f in fs:
        on_disk.add(os.path.relpath(os.path.join(root, f), os.path.join(OUT, "docs")))
if on_disk != set(S.DOCS):
    fail(f"docs/ differs from spec: {sorted(on_disk ^ set(S.DOCS))}")
clusters = Counter(p.split("/")[0] for p in S.DOCS)
if len(S.DOCS) != 12 or clusters["standalone"] != 3 or sorted(v for k, v in clusters.items() if k != "standalone") != [3, 3, 3]:
    fail(f"expected 3 clusters x 3 docs + 3 stand-alone docs, got {dict(clusters)}")

# 2. word counts
for base, lines in files.items():
    n = sum(len(l.split()) for l in lines)
    if not 280 <= n <= 370:
        fail(f"{base}: {n} words, outside 280-370")

# 3. every non-empty line is in exactly one of expected / notes / traps; all references exist
owner = {}
def claim(base, line, who):
    if base not in files:
        fail(f"{who}: unknown file {base}"); return
    if not 1 <= line <= len(files[base]):
        fail(f"{who}: {base}:{line} out of range"); return
    if not files[base][line - 1].strip():
        fail(f"{who}: {base}:{line} is an empty line")
    owner.setdefault((base, line), set()).add(who)

for cat in ("expected", "notes"):
    for f in key[cat]:
        if not f["at"]:
            fail(f"{f['id']} has no lines")
        for b, l in f["at"]:
            claim(b, l, cat)
for t in key["traps"]:
    claim(t["file"], t["line"], "traps")
    if not t["what"]:
        fail(f"trap {t['file']}:{t['line']} without explanation")
for base, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip():
            cats = owner.get((base, i), set())
            if len(cats) != 1:
                fail(f"{base}:{i} belongs to {sorted(cats) or 'nothing'}")
mn = {(a, b) for a, b, _ in key["must_not"]}
tr = {(t["file"], t["line"]) for t in key["traps"] if t["must_not"]}
if mn != tr:
    fail("must_not does not match the must_not traps")

# 4. counts per rule
exp = key["expected"]
if len(exp) != 30:
    fail(f"{len(exp)} expected findings, want 30")
prim = Counter(f["rules"][0] for f in exp)
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if dict(prim) != want:
    fail(f"rule counts {dict(prim)} != {want}")
if not 6 <= len(key["notes"]) <= 8:
    fail(f"{len(key['notes'])} notes, want 6-8")
note_rules = {f["rules"][0] for f in key["notes"]}
for r in ("anonymous-source", "vague-source", "quote-altered", "footnote-unused"):
    if r not in note_rules:
        fail(f"no note of rule {r}")
ids = [f["id"] for f in exp + key["notes"]]
if len(ids) != len(set(ids)):
    fail("duplicate ids")

# 5. planted values really differ / are really wrong
spec = {f["id"]: f for f in S.FINDINGS}
within = 0
for f in exp:
    s = spec[f["id"]]
    bases = {b for b, _ in f["at"]}
    if f["rules"][0] == "numeric-conflict":
        (a0, a1), (b0, b1) = s["true"], s["wrong"]
        if not (a1 < b0 or b1 < a0):
            fail(f"{f['id']}: true {s['true']} and wrong {s['wrong']} overlap")
        if len(f["at"]) < 2:
            fail(f"{f['id']}: a conflict needs at least two lines")
        if len(bases) == 1:
            within += 1
    if f["rules"][0] == "numeric-arithmetic":
        lo, hi = s["claim"]
        if lo <= s["computed"] <= hi:
            fail(f"{f['id']}: computed {s['computed']} lies inside the stated {s['claim']}")
    if f["rules"][0] == "quote-conflict":
        a, b = s["words"]
        texts = [files[x][y - 1] for x, y in f["at"]]
        if not (any(a in t for t in texts) and any(b in t for t in texts)) or a == b:
            fail(f"{f['id']}: quote variants not both present")
        if len({x for x, _ in f["at"]}) < 2:
            fail(f"{f['id']}: quote conflict must span two outlets")
    if "times" in s and s["times"][0] == s["times"][1]:
        fail(f"{f['id']}: times equal")
    if "dates" in s and s["dates"][0] == s["dates"][1]:
        fail(f"{f['id']}: dates equal")
    if "years" in s:
        y0, y1, n = s["years"]
        if y1 - y0 == n:
            fail(f"{f['id']}: the 'N years after' actually fits")
        if not any(str(n) in files[x][y - 1] or "twelve" in files[x][y - 1] for x, y in f["at"]):
            fail(f"{f['id']}: the stated N is not in its line")
    if "weekday" in s:
        wd, y, m, d = s["weekday"]
        if datetime.date(y, m, d).strftime("%A") == wd:
            fail(f"{f['id']}: weekday actually matches")
if within < 3:
    fail(f"only {within} within-document numeric conflicts, want >= 3")
if prim["numeric-conflict"] - within < 6:
    fail("too few cross-outlet numeric conflicts")

# D1: the clock times are in the text as stated
d1 = [files[b][l - 1] for b, l in next(f for f in exp if f["id"] == "D1")["at"]]
if not (any("14:40" in t for t in d1) and any("4.40pm" in t for t in d1)):
    fail("D1 times not in text")

# 6. trap arithmetic
for expr, what in S.ARITH_TRAPS:
    if not eval(expr):
        fail(f"trap arithmetic fails: {what} ({expr})")

# 7. weekdays vs dates (2026 calendar) everywhere; mismatches only where planted
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
MON_ABBR = {m[:3]: i for m, i in MONTHS.items()}
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
pat1 = re.compile(rf"\b({WD}),? (\d{{1,2}}) ({'|'.join(MONTHS)})(?: (\d{{4}}))?")
pat2 = re.compile(rf"\b({WD}),? ({'|'.join(MON_ABBR)})[a-z]*\.? (\d{{1,2}})\b")
planted_wd = {(b, l) for f in exp if "weekday" in spec[f["id"]] for b, l in f["at"]}
nwd = 0
for base, lines in files.items():
    for i, l in enumerate(lines, 1):
        found = [(w, int(d), MONTHS[m], int(y or 2026)) for w, d, m, y in pat1.findall(l)]
        found += [(w, int(d), MON_ABBR[m], 2026) for w, m, d in pat2.findall(l)]
        for w, d, m, y in found:
            nwd += 1
            ok = datetime.date(y, m, d).strftime("%A") == w
            if not ok and (base, i) not in planted_wd:
                fail(f"{base}:{i}: {w} {d}/{m}/{y} is a {datetime.date(y, m, d):%A} (not planted)")
            if ok and (base, i) in planted_wd and w == spec['D2']['weekday'][0] and d == spec['D2']['weekday'][3]:
                fail(f"{base}:{i}: planted weekday error is not an error")
if nwd < 10:
    fail(f"only {nwd} weekday/date pairs found; regex broken?")
d2 = next(f for f in exp if f["id"] == "D2")
if not any("Saturday 15 February" in files[b][l - 1] for b, l in d2["at"]):
    fail("D2 text missing")

# 8. footnote structure
for path, fn in S.FOOTNOTES.items():
    lines = files[os.path.basename(path)]
    text = "\n".join(lines)
    for n, tok in fn["markers"].items():
        if text.count(tok) != 1:
            fail(f"{path}: marker token {tok!r} for {n} found {text.count(tok)} times")
    if fn["style"] == "brackets":
        got = sorted(int(x) for x in re.findall(r"\[(\d+)\]", text))
        if got != sorted(fn["markers"]):
            fail(f"{path}: bracket markers {got}")
    heads = [i for i, l in enumerate(lines) if l.strip().lower() in ("notes", "references", "sources", "footnotes", "## notes")]
    if not fn["notes"]:
        if heads:
            fail(f"{path}: has a notes heading but should have none")
        continue
    if len(heads) != 1:
        fail(f"{path}: want exactly one notes heading"); continue
    body = lines[heads[0] + 1:]
    nums = [int(m.group(1)) for l in body for m in [re.match(r"(\d+)\. ", l)] if m]
    if nums != fn["notes"]:
        fail(f"{path}: notes {nums} != {fn['notes']}")
    marks = set(fn["markers"])
    alln = marks | set(nums)
    gaps = [k for k in range(1, max(alln) + 1) if k not in alln]
    if gaps != fn["gap"]:
        fail(f"{path}: gaps {gaps} != {fn['gap']}")
    if sorted(marks - set(nums)) != fn["undefined"]:
        fail(f"{path}: undefined {sorted(marks - set(nums))}")
    if sorted(set(nums) - marks) != fn["unused"]:
        fail(f"{path}: unused {sorted(set(nums) - marks)}")
    # the glued markers sit on the lines the key says
    for fid, ns in (("FN1", [3, 5]), ("FN2", [8])):
        f = next(x for x in exp if x["id"] == fid)
        atl = {l for _, l in f["at"]}
        for n in ns:
            ln = next(i for i, l in enumerate(lines, 1) if fn["markers"][n] in l)
            if ln not in atl:
                fail(f"{fid}: marker {n} line {ln} not in at")
fn3 = next(f for f in exp if f["id"] == "FN3")
cb = files["chamber_bulletin.txt"]
if sorted(l for _, l in fn3["at"]) != [i for i, l in enumerate(cb, 1) if re.search(r"\[\d+\]", l)]:
    fail("FN3 lines are not exactly the marker lines")

# 9. every document is dated in 2026 or is about 2026
for base, lines in files.items():
    if "2026" not in "\n".join(lines) and "Feb" not in "\n".join(lines):
        fail(f"{base}: no 2026 date")

if errors:
    print("FAIL"); print(*errors, sep="\n"); sys.exit(1)
print(f"OK: {len(files)} docs, {len(exp)} findings ({dict(prim)}), {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not), {within} within-document conflicts, "
      f"{nwd} weekday-date pairs checked")
