#!/usr/bin/env python3
"""Check heldout80: coverage of every non-empty line, files and lines, word counts, planted values,
trap arithmetic, weekdays and footnote structure. Standard library only. Exit 1 on any failure."""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402

errors = []
def err(msg):
    errors.append(msg)

def wd(iso):
    return datetime.date.fromisoformat(iso).strftime("%A")

# ---- files on disk
files = {}
for root, _, names in os.walk(os.path.join(OUT, "docs")):
    for n in names:
        p = os.path.join(root, n)
        if n in files:
            err(f"duplicate base name {n}")
        with open(p, encoding="utf-8") as f:
            files[n] = f.read().split("\n")
        if files[n] and files[n][-1] == "":
            files[n].pop()
if len(files) != 12:
    err(f"expected 12 documents, found {len(files)}")
spec_paths = [d["path"] for d in S.DOCS]
for p in spec_paths:
    if not os.path.exists(os.path.join(OUT, "docs", p)):
        err(f"missing {p}")
clusters = collections.Counter(p.split("/")[0] for p in spec_paths)
if clusters.pop("standalone", 0) != 3 or len(clusters) != 3 or set(clusters.values()) != {3}:
    err(f"layout: want 3 clusters of 3 and 3 standalone, got {dict(clusters)}")
for n, lines in files.items():
    if not (n.endswith(".txt") or n.endswith(".md")):
        err(f"{n}: extension")
    w = sum(len(l.split()) for l in lines)
    if not 280 <= w <= 370:
        err(f"{n}: {w} words (want 280-370)")

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
exp, notes, traps = key["expected"], key["notes"], key["traps"]

# ---- counts per rule
rules = collections.Counter(r for f in exp for r in f["rules"][:1])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if len(exp) != 30 or dict(rules) != want:
    err(f"findings per rule {dict(rules)} (total {len(exp)})")
if not 6 <= len(notes) <= 8:
    err(f"{len(notes)} notes")
note_rules = {r for f in notes for r in f["rules"]}
if not {"anonymous-source", "vague-source", "quote-altered", "footnote-unused"} <= note_rules:
    err(f"note rules {note_rules}")

# ---- every non-empty line in exactly one of expected/notes/traps
owner = collections.defaultdict(list)
for f in exp + notes:
    if not f["at"]:
        err(f"{f['id']} has no lines")
    for a, b in f["at"]:
        owner[(a, b)].append(f["id"])
for t in traps:
    owner[(t["file"], t["line"])].append("trap")
    if not t.get("what"):
        err(f"trap {t['file']}:{t['line']} has no description")
for (a, b), ids in owner.items():
    if a not in files or not 1 <= b <= len(files[a]):
        err(f"{a}:{b} does not exist"); continue
    if not files[a][b - 1].strip():
        err(f"{a}:{b} is empty but listed by {ids}")
    if len(ids) != 1:
        err(f"{a}:{b} listed {len(ids)} times: {ids}")
for n, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (n, i) not in owner:
            err(f"{n}:{i} is in no finding, note or trap")
mn = {(a, b) for a, b, _ in key["must_not"]}
if mn != {(t["file"], t["line"]) for t in traps if t["must_not"]}:
    err("must_not does not match traps")
within = 0

def line_of(fid, fname, sub):
    f = next(x for x in exp if x["id"] == fid)
    hits = [b for a, b in f["at"] if a == fname and sub in files[a][b - 1]]
    if len(hits) != 1:
        err(f"{fid}: '{sub}' found on {len(hits)} of its lines in {fname}")
        return None
    return hits[0]

# ---- planted values
for fid, spec in S.FINDINGS.items():
    f = next(x for x in exp if x["id"] == fid)
    if "values" in spec:
        if not any(a == fn for a, _ in f["at"] for fn, *_ in spec["values"]):
            err(f"{fid}: values not on its lines")
        got = []
        for fn, sub, lo, hi, true in spec["values"]:
            ln = line_of(fid, fn, sub)
            got.append((fn, ln, lo, hi, true))
        listed = {(a, b) for a, b in f["at"]}
        if listed != {(fn, ln) for fn, ln, *_ in got}:
            err(f"{fid}: 'at' lines {sorted(listed)} differ from the lines holding the values")
        trues = [g for g in got if g[4]]
        falses = [g for g in got if not g[4]]
        if not trues or not falses:
            err(f"{fid}: needs a true and a wrong value")
        for t in trues:
            for t2 in trues:
                if t[3] < t2[2] or t2[3] < t[2]:
                    err(f"{fid}: two 'true' values disagree")
            for w in falses:
                if not (w[3] < t[2] or t[3] < w[2]):
                    err(f"{fid}: wrong value {w[2]}..{w[3]} overlaps true {t[2]}..{t[3]}")
        if any(t[0] == w[0] for t in trues for w in falses):
            within += 1
    if "arith" in spec:
        fn, expr, stated, tol = spec["arith"]
        actual = eval(expr)
        if fid == "A2":
            if actual > stated:
                err(f"{fid}: {actual:.1f}% really is more than half")
        elif abs(actual - stated) <= tol + 0.5:
            err(f"{fid}: stated {stated} is supported by {actual:.2f}")
        if len(f["at"]) != 1 or f["at"][0][0] != fn:
            err(f"{fid}: at")
    if "times" in spec:
        vals = set()
        for fn, sub, minutes, true in spec["times"]:
            line_of(fid, fn, sub); vals.add((minutes, true))
        if len({m for m, t in vals if t}) != 1 or {m for m, t in vals if not t} & {m for m, t in vals if t}:
            err(f"{fid}: clock times")
    if "weekday" in spec:
        fn, sub, iso, stated = spec["weekday"]
        line_of(fid, fn, sub)
        if wd(iso) == stated:
            err(f"{fid}: {iso} really is a {stated}")
    if "years_after" in spec:
        fn, sub, y0, y1, n = spec["years_after"]
        line_of(fid, fn, sub)
        if y1 - y0 == n:
            err(f"{fid}: years_after holds")
    if "anniversary" in spec:
        fn, sub, y0, y1, n = spec["anniversary"]
        line_of(fid, fn, sub)
        if y1 - y0 == n:
            err(f"{fid}: anniversary holds")
    if "quotes" in spec:
        for fn, sub in spec["quotes"]:
            line_of(fid, fn, sub)
        if len(f["at"]) != 2 or len({a for a, _ in f["at"]}) != 2:
            err(f"{fid}: want two lines in two outlets")
if within < 3:
    err(f"only {within} within-document conflicts")

# every weekday+date written anywhere ("Tuesday 10 March 2026", "Friday, July 24") must be right, except D2
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
planted_wd = {(S.FINDINGS["D2"]["weekday"][0])}
for n, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in re.finditer(rf"({DAYS}),? (?:(\d{{1,2}}) ({'|'.join(MONTHS)})|({'|'.join(MONTHS)}) (\d{{1,2}}))", l):
            day = int(m.group(2) or m.group(5)); mon = MONTHS[m.group(3) or m.group(4)]
            real = datetime.date(2026, mon, day).strftime("%A")
            if real != m.group(1):
                if (n, i) in {tuple(x) for x in next(f for f in exp if f["id"] == "D2")["at"]}:
                    continue
                err(f"{n}:{i}: {m.group(0)} is a {real}")

# ---- trap arithmetic
for fn, sub, expr in S.TRAP_CHECKS:
    if not any(sub in l for l in files.get(fn, [])):
        err(f"trap check: '{sub}' not in {fn}")
    if not eval(expr, {"wd": wd}):
        err(f"trap check fails: {fn} {expr}")

# ---- footnote structure
def footnotes(n):
    lines = files[n]
    md = any("[^" in l for l in lines)
    pat_mark = r"\[\^(\d+)\](?!:)" if md else r"(?<!^)\[(\d+)\]"
    pat_def = r"^\[\^(\d+)\]:" if md else r"^\[(\d+)\]"
    marks, defs, notes_head = collections.defaultdict(list), collections.defaultdict(list), None
    for i, l in enumerate(lines, 1):
        if l.strip().lower() in ("notes", "## notes", "footnotes", "sources"):
            notes_head = i
        d = re.match(pat_def, l)
        if d and (md or notes_head):
            defs[int(d.group(1))].append(i)
            rest = l[d.end():]
        else:
            rest = l
        for m in re.finditer(pat_mark, rest):
            marks[int(m.group(1))].append(i)
    return marks, defs, notes_head

for fid in ("FN1", "FN2", "FN3"):
    fn, kind, num = S.FINDINGS[fid]["footnote"]
    marks, defs, head = footnotes(fn)
    at = {b for a, b in next(f for f in exp if f["id"] == fid)["at"]}
    if kind == "gap":
        seq = sorted(set(marks) | set(defs))
        if num in seq or not (num - 1 in seq and num + 1 in seq):
            err(f"{fid}: no gap at {num}: {seq}")
        if not set(marks[num + 1]) | set(defs[num + 1]) <= at:
            err(f"{fid}: lines of [{num + 1}] not listed")
        if set(marks) - set(defs) or [k for k in defs if k not in marks and k != max(defs)]:
            err(f"{fid}: unexpected undefined/unused notes {dict(marks)} {dict(defs)}")
        unused = sorted(set(defs) - set(marks))
        n7 = next(x for x in notes if x["id"] == "N7")
        if unused != [6] or {b for a, b in n7["at"]} != set(defs[6]):
            err(f"N7: unused notes {unused}")
    if kind == "undefined":
        if num not in marks or num in defs or set(marks[num]) != at:
            err(f"{fid}: marker [^{num}] {marks.get(num)} defs {sorted(defs)}")
        if sorted(defs) != [1, 2] or sorted(marks) != [1, 2, 3]:
            err(f"{fid}: structure {sorted(marks)} {sorted(defs)}")
    if kind == "no-notes":
        if defs or head or not marks:
            err(f"{fid}: has notes or no markers")
        if {l for v in marks.values() for l in v} != at:
            err(f"{fid}: marker lines {dict(marks)} vs at {sorted(at)}")
# no other document has footnote markers or definitions
for n in files:
    if n in ("fire_report.txt", "recall_shelflife.md", "pension_ledger.md"):
        continue
    marks, defs, _ = footnotes(n)
    if marks or defs:
        err(f"{n}: stray footnotes {dict(marks)} {dict(defs)}")

# ---- quotes: unattributed-quote lines must carry a quote and no speech verb/name
for fid in ("U1", "U2", "U3"):
    for a, b in next(f for f in exp if f["id"] == fid)["at"]:
        l = files[a][b - 1]
        if not (l.startswith('"') and l.endswith('"')) or re.search(r"\b(said|says|told|according)\b", re.sub(r'"[^"]*"', "", l)):
            err(f"{fid}: {a}:{b} is not a bare quote")

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"ok: {len(files)} docs, {len(exp)} findings ({within} within-document conflicts), {len(notes)} notes, "
      f"{len(traps)} traps; rules {dict(rules)}")
