#!/usr/bin/env python3
"""Validate heldout78: coverage of lines, files, word counts, planted values, arithmetic, weekdays,
footnote structure, quotes. Exit 1 on any failure."""
import datetime, difflib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
# ---- read documents as written
files = {}
for root, _, fns in os.walk(os.path.join(OUT, "docs")):
    for fn in fns:
        if fn in files: err(f"duplicate base name {fn}")
        files[fn] = open(os.path.join(root, fn), encoding="utf-8").read().split("\n")[:-1]
if len(files) != 12: err(f"expected 12 documents, found {len(files)}")
folders = {}
for fn, d in S.DOCS.items():
    folders.setdefault(d["folder"], []).append(fn)
for f, fl in folders.items():
    if len(fl) != 3: err(f"folder {f} has {len(fl)} docs")
if "standalone" not in folders or len(folders) != 4: err("need 3 clusters + standalone")

# ---- word counts
for fn, lines in files.items():
    w = sum(len(l.split()) for l in lines)
    if not 280 <= w <= 370: err(f"{fn}: {w} words")

# ---- coverage: every non-empty line in exactly one category
cat = {}
def add(fn, ln, c):
    cat.setdefault((fn, ln), set()).add(c)
for f in key["expected"]:
    for fn, ln in f["at"]: add(fn, ln, "expected")
for f in key["notes"]:
    for fn, ln in f["at"]: add(fn, ln, "notes")
for t in key["traps"]:
    add(t["file"], t["line"], "traps")
if [[t["file"], t["line"], t["what"]] for t in key["traps"]] != key["must_not"]:
    err("must_not does not mirror traps")
for (fn, ln), cs in cat.items():
    if fn not in files: err(f"{fn} missing"); continue
    if not 1 <= ln <= len(files[fn]) or not files[fn][ln - 1].strip():
        err(f"{fn}:{ln} out of range or empty")
    if len(cs) != 1: err(f"{fn}:{ln} in several categories {cs}")
for fn, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (fn, i) not in cat: err(f"{fn}:{i} not covered")
trap_lines = [(t["file"], t["line"]) for t in key["traps"]]
if len(trap_lines) != len(set(trap_lines)): err("duplicate trap lines")

# ---- counts per rule
from collections import Counter
rc = Counter(f["rules"][0] for f in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if dict(rc) != want: err(f"rule counts {dict(rc)}")
if len(key["expected"]) != 30: err("need exactly 30 expected")
if not 6 <= len(key["notes"]) <= 8: err("need 6-8 notes")
for f in key["expected"] + key["notes"]:
    if not f["at"]: err(f"{f['id']} has no lines")
ids = [f["id"] for f in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)): err("duplicate ids")

# ---- numeric conflicts: intervals disjoint; no shared lines between numeric-conflict findings
def disjoint(a, b): return a[1] < b[0] or b[1] < a[0]
nc = [f for f in key["expected"] if f["rules"] == ["numeric-conflict"]]
seen = {}
within = 0
for f in nc:
    ivs = S.EXPECTED[f["id"]][2]
    if not any(disjoint(a, b) for i, a in enumerate(ivs) for b in ivs[i + 1:]):
        err(f"{f['id']}: planted values overlap {ivs}")
    if len(f["at"]) < 2: err(f"{f['id']}: needs both the true and the wrong line")
    fc = Counter(fn for fn, _ in f["at"])
    if any(c >= 2 for c in fc.values()): within += 1
    for loc in map(tuple, f["at"]):
        if loc in seen: err(f"{loc} shared by {seen[loc]} and {f['id']}")
        seen[loc] = f["id"]
if within < 3: err(f"only {within} within-document conflicts")
for f in key["expected"]:
    if f["rules"][0] in ("quote-conflict",) and len({fn for fn, _ in f["at"]}) != 2:
        err(f"{f['id']} must span two outlets")

# ---- arithmetic
for name, val, lo, hi, hold in S.ARITH:
    ok = lo <= val <= hi
    if ok != hold: err(f"arith {name}: {val:.4f} in [{lo},{hi}] is {ok}, expected {hold}")

# ---- weekdays: spec table, plus a scan of every 'Weekday D Month' / 'Weekday, Month D' in the texts
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"], 1)}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for fn, y, m, d, wd, hold in S.WEEKDAYS:
    real = datetime.date(y, m, d).strftime("%A")
    if (real == wd) != hold: err(f"weekday {fn} {y}-{m}-{d} {wd}: real {real}")
pat1 = re.compile(r"\b(%s),? (\d{1,2}) (%s)" % ("|".join(DAYS), "|".join(MONTHS)))
pat2 = re.compile(r"\b(%s),? (%s) (\d{1,2})\b" % ("|".join(DAYS), "|".join(MONTHS)))
dlines = {tuple(l) for f in key["expected"] if f["rules"][0] == "date-inconsistency" for l in f["at"]}
for fn, lines in files.items():
    for i, l in enumerate(lines, 1):
        for mt in pat1.finditer(l):
            wd, d, mo = mt.group(1), int(mt.group(2)), MONTHS[mt.group(3)]
            if datetime.date(2026, mo, d).strftime("%A") != wd and (fn, i) not in dlines:
                err(f"{fn}:{i} wrong weekday not planted: {mt.group(0)}")
        for mt in pat2.finditer(l):
            wd, mo, d = mt.group(1), MONTHS[mt.group(2)], int(mt.group(3))
            if datetime.date(2026, mo, d).strftime("%A") != wd and (fn, i) not in dlines:
                err(f"{fn}:{i} wrong weekday not planted: {mt.group(0)}")

# ---- footnotes
for fn, style, gap, undef, unused, has_notes in S.FOOTNOTES:
    lines = files[fn]
    if style == "caret":
        defs = {int(m.group(1)) for l in lines for m in [re.match(r"\[\^(\d+)\]:", l)] if m}
        marks = {int(x) for l in lines if not re.match(r"\[\^\d+\]:", l) for x in re.findall(r"\[\^(\d+)\]", l)}
    else:
        defs = {int(m.group(1)) for l in lines for m in [re.match(r"\[(\d+)\] ", l)] if m}
        marks = {int(x) for l in lines if not re.match(r"\[\d+\] ", l) for x in re.findall(r"(?<=\S)\[(\d+)\]", l)}
    allnums = marks | defs
    missing = sorted(set(range(1, max(allnums) + 1)) - allnums)
    if missing != gap: err(f"{fn}: gap {missing} != {gap}")
    if has_notes != bool(defs): err(f"{fn}: notes section presence")
    if sorted(marks - defs) != undef and has_notes: err(f"{fn}: undefined {sorted(marks - defs)}")
    if not has_notes and sorted(marks) != undef: err(f"{fn}: markers {sorted(marks)}")
    if sorted(defs - marks) != unused: err(f"{fn}: unused {sorted(defs - marks)}")
for fn, lines in files.items():
    if fn not in [x[0] for x in S.FOOTNOTES]:
        if any(re.search(r"\[\^?\d+\]", l) for l in lines): err(f"{fn}: stray footnote marker")

# ---- quotes
def quotes(s): return re.findall(r"\"([^\"]+)\"", s)
byid = {f["id"]: f for f in key["expected"]}
for qid, fa, fb in S.QUOTES:
    la = [files[fn][ln - 1] for fn, ln in byid[qid]["at"] if fn == fa]
    lb = [files[fn][ln - 1] for fn, ln in byid[qid]["at"] if fn == fb]
    qa, qb = quotes(la[0])[0], quotes(lb[0])[0]
    r = difflib.SequenceMatcher(None, qa.lower(), qb.lower()).ratio()
    if qa.lower() == qb.lower() or r < 0.8: err(f"{qid}: quotes not a near-variant ({r:.2f})")
SPEECH = re.compile(r"\b(said|says|say|told|tells|added|according to|statement)\b", re.I)
for f in key["expected"]:
    if f["rules"][0] != "unattributed-quote": continue
    fn, ln = f["at"][0]
    l = files[fn][ln - 1]
    if not quotes(l): err(f"{f['id']}: no quote")
    near = [files[fn][j] for j in range(max(0, ln - 2), min(len(files[fn]), ln + 1))]
    if any(SPEECH.search(x) for x in near): err(f"{f['id']}: a speech verb is adjacent")
for f in key["notes"]:
    if f["rules"][0] == "quote-altered":
        l = files[f["at"][0][0]][f["at"][0][1] - 1]
        if not any(("..." in q or "[" in q) for q in quotes(l)): err(f"{f['id']}: no alteration inside quote")

if errors:
    print("FAIL"); [print(" ", e) for e in errors]; sys.exit(1)
print(f"OK: {len(files)} docs, {len(key['expected'])} expected, {len(key['notes'])} notes, {len(key['traps'])} traps")
