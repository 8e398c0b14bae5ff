#!/usr/bin/env python3
"""Validate heldout84: coverage of every non-empty line, files/lines, word counts, planted values,
arithmetic, weekdays, anniversaries and footnote structure. Exit 1 on any failure."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
files = {}
for path in S.DOCS:
    p = os.path.join(OUT, "docs", path)
    if not os.path.exists(p):
        err(f"missing {p}"); continue
    base = os.path.basename(path)
    if base in files: err(f"duplicate base name {base}")
    files[base] = open(p, encoding="utf-8").read().split("\n")[:-1]
    if files[base] != [t for t, _ in S.DOCS[path]]:
        err(f"{base}: file differs from spec (rebuild)")

# 1. every non-empty line in exactly one of expected / notes / traps
seen = {}
def mark(f, l, who):
    if f not in files: err(f"{who}: unknown file {f}"); return
    if not (1 <= l <= len(files[f])): err(f"{who}: {f}:{l} out of range"); return
    if not files[f][l - 1].strip(): err(f"{who}: {f}:{l} is blank")
    seen.setdefault((f, l), []).append(who)
for f in key["expected"]:
    for a, b in f["at"]: mark(a, b, f["id"])
for f in key["notes"]:
    for a, b in f["at"]: mark(a, b, f["id"])
for t in key["traps"]: mark(t["file"], t["line"], "trap")
for f, lines in files.items():
    for i, t in enumerate(lines, 1):
        if t.strip():
            w = seen.get((f, i), [])
            if len(w) != 1: err(f"{f}:{i} covered {len(w)} times {w}")
if {tuple(m) for m in key["must_not"]} != {(t["file"], t["line"], t["what"]) for t in key["traps"] if t["must_not"]}:
    err("must_not does not match traps")

# 2. counts per rule
from collections import Counter
rc = Counter(r for f in key["expected"] for r in f["rules"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if dict(rc) != want: err(f"rule counts {dict(rc)} != {want}")
if len(key["expected"]) != 30: err("expected must hold 30 findings")
if not 6 <= len(key["notes"]) <= 8: err("notes must be 6-8")
within = [f["id"] for f in key["expected"] if "numeric-conflict" in f["rules"]
          and len({a for a, _ in f["at"]}) < len(f["at"])
          and any(sum(1 for a2, _ in f["at"] if a2 == a) > 1 for a, _ in f["at"])]
if len(within) < 3: err(f"need >= 3 within-document conflicts, have {within}")

# 3. word counts
for path, lines in S.DOCS.items():
    n = sum(len(t.split()) for t, _ in lines)
    if not 280 <= n <= 370: err(f"{path}: {n} words")
    if not (path.endswith(".txt") or path.endswith(".md")): err(f"{path}: bad extension")
for c in ("silo", "gymfine", "hockey", "standalone"):
    if sum(1 for p in S.DOCS if p.startswith(c + "/")) != 3: err(f"{c} must hold 3 docs")

# 4. planted numeric conflicts really differ; substrings on the finding's lines
atmap = {f["id"]: f["at"] for f in key["expected"]}
for fid, vals in S.CONFLICT_VALUES.items():
    lines_of = [files[a][b - 1] for a, b in atmap[fid]]
    for base, sub, v in vals:
        if not any(sub in files[a][b - 1] for a, b in atmap[fid] if a == base):
            err(f"{fid}: '{sub}' not on a finding line of {base}")
    def interval(sub, v):
        s2 = sub.lower()
        if s2.startswith(("about", "around", "approx")): return (v * 0.9, v * 1.1)
        if s2.startswith(("more than", "over")): return (v, float("inf"))
        if s2.startswith(("nearly", "almost")): return (v * 0.9, v)
        # printed rounding: half a unit of the last digit shown (decimals), else +-0.5
        m = re.search(r"\d+\.(\d+)", sub)
        h = 0.5 * 10 ** -len(m.group(1)) if m else 0.5
        scale = 1e6 if "million" in s2 or re.search(r"\dm\b", s2) else 1
        return ((v / scale - h) * scale, (v / scale + h) * scale)
    ivs = [interval(sub, v) for _, sub, v in vals]
    if not any(a[1] <= b[0] or b[1] <= a[0] for a in ivs for b in ivs):
        err(f"{fid}: no two intervals are disjoint {ivs}")
# each numeric-conflict line states the fact: covered by a value
for f in key["expected"]:
    if "numeric-conflict" in f["rules"]:
        subs = S.CONFLICT_VALUES[f["id"]]
        for a, b in f["at"]:
            line = files[a][b - 1]
            if not any(base == a and sub in line for base, sub, _ in subs):
                # headlines/leads stating the same value in another form
                if not re.search(r"\d|three|two|twenty", line, re.I):
                    err(f"{f['id']}: {a}:{b} has no figure")

# 5. arithmetic
for aid, (x, y, stated) in S.ARITH.items():
    actual = (y - x) / x * 100
    if abs(actual - stated) < 2: err(f"{aid}: stated {stated}% is close to actual {actual:.1f}%")
    line = " ".join(files[a][b - 1] for a, b in atmap[aid])
    for n in (f"{x:,}", f"{y:,}", str(stated)):
        if n not in line: err(f"{aid}: {n} not on its lines")
for expr, stated, tol in S.TRAP_ARITH:
    v = eval(expr, {"__builtins__": {}})
    if abs(v - stated) > tol: err(f"trap arithmetic {expr} = {v} vs {stated}")

# 6. weekdays: every 'Weekday D Month YYYY' / 'Weekday, Month D(, YYYY)' / 'Weekday D Month' (2026)
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MO = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS = {m: i for i, m in enumerate(MO.split("|"), 1)}
bad = set()
for f, lines in files.items():
    for i, t in enumerate(lines, 1):
        for m in re.finditer(rf"\b({WD}),? (\d{{1,2}}) ({MO})(?: (\d{{4}}))?", t):
            d = datetime.date(int(m.group(4) or 2026), MONTHS[m.group(3)], int(m.group(2)))
            if d.strftime("%A") != m.group(1): bad.add((f, i))
        for m in re.finditer(rf"\b({WD}), ({MO}) (\d{{1,2}})(?:, (\d{{4}}))?", t):
            d = datetime.date(int(m.group(4) or 2026), MONTHS[m.group(2)], int(m.group(3)))
            if d.strftime("%A") != m.group(1): bad.add((f, i))
want_bad = {tuple(x) for x in atmap["D4"]}
if bad != want_bad: err(f"weekday mismatches {sorted(bad)} != planted {sorted(want_bad)}")
# event-day facts used by the findings/traps
assert datetime.date(2026, 3, 10).strftime("%A") == "Tuesday"
assert datetime.date(2026, 4, 15).strftime("%A") == "Wednesday"
assert datetime.date(2026, 4, 18).strftime("%A") == "Saturday"
assert datetime.date(2026, 6, 5).strftime("%A") == "Friday"      # first Friday of June
assert datetime.date(2026, 6, 1).strftime("%A") == "Monday"
for did, (founded, year, stated) in S.ANNIVERSARY.items():
    if year - founded == stated: err(f"{did}: anniversary fits")
# D1: times differ; D2: days differ
d1 = " | ".join(files[a][b - 1] for a, b in atmap["D1"])
if not ("6:40 a.m." in d1 and "06:40" in d1 and "7.40am" in d1): err("D1 times missing")
d2 = " | ".join(files[a][b - 1] for a, b in atmap["D2"])
if not ("Wednesday" in d2 and "Tuesday 14 April" in d2): err("D2 days missing")

# 7. quote conflicts: the two direct versions differ by a word
def quotes(t): return re.findall(r'"([^"]+)"', t)
for qid, a, b in (("Q1", "Every silo", "Almost every silo"), ("Q2", "failed to protect", "chose not to protect"),
                  ("Q3", "never stopped believing", "nearly stopped believing")):
    txt = " | ".join(files[x][y - 1] for x, y in atmap[qid])
    if a not in txt or b not in txt: err(f"{qid}: versions missing")
    if len({x for x, _ in atmap[qid]}) < 2: err(f"{qid}: must span outlets")
# unattributed quotes: the line is only the quote (optionally a '> ' block quote)
for uid in ("U1", "U2", "U3"):
    for a, b in atmap[uid]:
        t = files[a][b - 1]
        if not re.fullmatch(r'(> )?"[^"]+"', t): err(f"{uid}: {a}:{b} is not a bare quote")
        nb = [files[a][k] for k in (b - 2, b) if 0 <= k < len(files[a])]
        if any(n.strip() for n in nb): err(f"{uid}: neighbours must be blank")

# 8. footnotes
def fn_struct(lines):
    markers, notes = [], []
    for i, t in enumerate(lines, 1):
        m = re.match(r"\[\^(\d+)\]:", t) or re.match(r"(\d+)\. \S", t)
        body = t
        if re.match(r"\[\^(\d+)\]:", t):
            notes.append((int(m.group(1)), i)); continue
        for mm in re.finditer(r"\[\^?(\d+)\]", body):
            markers.append((int(mm.group(1)), i))
    return markers, notes
lk = files["locksmiths_survey.md"]
mk, nt = fn_struct(lk)
if sorted({n for n, _ in mk}) != [1, 2] or [n for n, _ in nt] != [1, 2, 3]: err(f"locksmiths footnotes {mk} {nt}")
if [tuple(x) for x in next(f for f in key["notes"] if f["id"] == "N7")["at"]] != [("locksmiths_survey.md", nt[2][1])]:
    err("N7 must point at note [^3]")
bb = files["silo_bulkbrief.md"]
mk, nt = fn_struct(bb)
if [n for n, _ in mk] != [1, 2] or nt or any(re.match(r"\[\^\d+\]:", t) for t in bb) or any(t.strip().lower().strip('#* ') in ("notes", "references", "footnotes", "sources") for t in bb):
    err("bulkbrief must have markers 1,2 and no notes")
if {(a, b) for a, b in atmap["FN3"]} != {("silo_bulkbrief.md", l) for _, l in mk} | {("silo_bulkbrief.md", 1)}:
    err("FN3 lines")
rg = files["registrar_stats.txt"]
ni = rg.index("Notes")
body_markers = [(int(m.group(1)), i) for i, t in enumerate(rg[:ni], 1) for m in re.finditer(r"\[(\d+)\]", t)]
note_nums = [(int(re.match(r"(\d+)\. ", t).group(1)), i) for i, t in enumerate(rg, 1) if i > ni + 1 and re.match(r"\d+\. ", t)]
if [n for n, _ in body_markers] != [1, 2, 3, 5, 6, 7]: err(f"registrar markers {body_markers}")
if [n for n, _ in note_nums] != [1, 2, 3, 5, 6]: err(f"registrar notes {note_nums}")
fn1 = {(a, b) for a, b in atmap["FN1"]}
want1 = {("registrar_stats.txt", l) for n, l in body_markers + note_nums if n in (3, 5)}
if fn1 != want1: err(f"FN1 lines {fn1} != {want1}")
if {(a, b) for a, b in atmap["FN2"]} != {("registrar_stats.txt", l) for n, l in body_markers if n == 7}: err("FN2 lines")
# section numbers in the registrar body ("1. Overview") are headings, before the Notes heading
# 9. README present
if not open(os.path.join(OUT, "README.md"), encoding="utf-8").read().startswith(f"# {S.SET} — blind planted set for factlint"):
    err("README title")

if errors:
    print("FAIL"); print("\n".join("  " + e for e in errors)); sys.exit(1)
print(f"OK: {len(files)} docs, {len(key['expected'])} findings {dict(rc)}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not)")
