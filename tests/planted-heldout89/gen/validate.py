#!/usr/bin/env python3
"""Check heldout89: coverage of every non-empty line, line numbers, word counts, planted values,
arithmetic of findings and traps, weekdays (datetime), anniversaries and footnote structure."""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_spec as S
from build import layout, words

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(msg): errors.append(msg)

tags, texts = layout()
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))

# files on disk equal the spec
paths = {}
for d in S.DOCS:
    b = os.path.basename(d["path"])
    if b in paths: err(f"duplicate basename {b}")
    paths[b] = os.path.join(OUT, "docs", d["path"])
    disk = open(paths[b], encoding="utf-8").read().split("\n")
    if disk[-1] == "": disk = disk[:-1]
    if disk != texts[b]: err(f"{b}: file on disk differs from spec (run build.py)")
    w = words(texts[b])
    if not 280 <= w <= 370: err(f"{b}: {w} words, want 280-370")
    if not d["path"].endswith((".txt", ".md")): err(f"{b}: extension")
clusters = {}
for d in S.DOCS:
    clusters.setdefault(os.path.dirname(d["path"]), []).append(d)
if sorted(len(v) for k, v in clusters.items() if k != "standalone") != [3, 3, 3] or len(clusters.get("standalone", [])) != 3:
    err("want three clusters of three plus three stand-alone documents")

# coverage: every non-empty line in exactly one of expected / notes / traps
claims = {}
for group in ("expected", "notes"):
    for f in key[group]:
        for b, ln in f["at"]:
            if b not in texts or not 1 <= ln <= len(texts[b]) or not texts[b][ln - 1].strip():
                err(f"{f['id']}: {b}:{ln} is not a non-empty line")
            claims.setdefault((b, ln), set()).add(f["id"])
for t in key["traps"]:
    claims.setdefault((t["file"], t["line"]), set()).add("trap")
for b, lines in texts.items():
    for i, l in enumerate(lines, 1):
        if l.strip():
            c = claims.get((b, i), set())
            if len(c) != 1: err(f"{b}:{i} claimed by {sorted(c) or 'nothing'}")
mn = {(b, l) for b, l, _ in key["must_not"]}
if not all((t["file"], t["line"]) in {(x["file"], x["line"]) for x in key["traps"]} for t in [{"file": b, "line": l} for b, l in mn]):
    err("must_not entry that is not a trap")
if len(mn) < 0.9 * len(key["traps"]): err("must_not should hold nearly all traps")

# counts per rule
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = {}
for f in key["expected"]:
    got[f["rules"][0]] = got.get(f["rules"][0], 0) + 1
if got != want: err(f"rule counts {got} != {want}")
if len(key["expected"]) != 30: err("want exactly 30 expected")
if not 6 <= len(key["notes"]) <= 8: err("want 6-8 notes")
ids = [f["id"] for f in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)): err("duplicate ids")

def text(b, t): return tags[b][t][1]

# numeric conflicts: substrings present, some pair of intervals disjoint; count within-document ones
within = 0
for f in S.EXPECTED:
    if "vals" not in f: continue
    iv = []
    for b, t, sub, lo, hi in f["vals"]:
        if sub not in text(b, t): err(f"{f['id']}: '{sub}' not in {b}:{t}")
        iv.append((b, lo, hi))
    disjoint = [(x, y) for i, x in enumerate(iv) for y in iv[i + 1:] if x[2] < y[1] or y[2] < x[1]]
    if not disjoint: err(f"{f['id']}: no two values conflict")
    if any(x[0] == y[0] for x, y in disjoint): within += 1
if within < 3: err(f"only {within} within-document conflicts")

# arithmetic findings are really wrong
for f in S.EXPECTED:
    if "arith" in f:
        subs, computed, stated, mode = f["arith"]
        b, t = f["at"][0]
        for s_ in subs:
            if s_ not in text(b, t): err(f"{f['id']}: '{s_}' not in {b}:{t}")
        if mode == "eq" and abs(computed - stated) < 0.02: err(f"{f['id']}: {computed:.3f} ~ {stated} is not wrong")
        if mode == "gt" and computed > stated: err(f"{f['id']}: '{'more than'} {stated}' is actually true")
    if "times" in f:
        (s1, v1), (s2, v2) = f["times"]
        if s1 not in text(*f["at"][0]) or s2 not in text(*f["at"][1]) or v1 == v2: err(f"{f['id']}: times")
    if "quotes" in f:
        q1, q2 = f["quotes"]
        if q1 not in text(*f["at"][0]) or q2 not in text(*f["at"][1]) or q1 == q2: err(f"{f['id']}: quotes")
    if "anniv" in f:
        y0, y1, n = f["anniv"]
        if str(y0) not in text(*f["at"][0]) or y1 - y0 == n: err(f"{f['id']}: anniversary is not wrong")

# traps' arithmetic holds
trap_lines = {(t["file"], t["line"]) for t in key["traps"]}
for b, t, subs, expr in S.TRAP_CHECKS:
    for s_ in subs:
        if s_ not in text(b, t): err(f"trap check {b}:{t}: '{s_}' missing")
    if not eval(expr): err(f"trap check {b}:{t}: {expr} is false")

# weekdays: every 'Weekday[,] D Month' must be right except the planted D2 line
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (" + "|".join(MONTHS) + ")"
bad_expected = {("fenwold_feature.md", tags["fenwold_feature.md"]["p_when"][0])}
bad_found, n_checked = set(), 0
for b, lines in texts.items():
    for i, l in enumerate(lines, 1):
        for m in re.finditer(WD, l):
            n_checked += 1
            dt = datetime.date(2026, MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if dt.strftime("%A") != m.group(1): bad_found.add((b, i))
if bad_found != bad_expected: err(f"weekday mismatches {bad_found} != planted {bad_expected}")
# D4: both days are right for their dates, but they differ
c, s = text("carrick_courier.txt", "p_temp"), text("seafood_weekly.md", "b_temp")
if "Monday 27 April" not in c or "Tuesday 28 April" not in s: err("D4 texts")

# footnotes
NOTE = re.compile(r"^\[\^?(\d+)\]:?\s")
MARK = re.compile(r"\[\^?(\d+)\]")
for b, lines in texts.items():
    markers, notes = set(), set()
    for l in lines:
        m = NOTE.match(l)
        if m: notes.add(int(m.group(1)))
        else: markers.update(int(x) for x in MARK.findall(l))
    exp = S.FOOTNOTES.get(b, (set(), set()))
    if (markers, notes) != exp: err(f"{b}: footnotes markers={markers} notes={notes}, want {exp}")
fm, fn = S.FOOTNOTES["fernside_homes_report.txt"]
if 4 in fm | fn or not {3, 5} <= fm: err("FN1: gap at 4 not set up")
m, n = S.FOOTNOTES["outage_netops.md"]
if 3 not in m or 3 in n: err("FN2: undefined [^3] not set up")
if S.FOOTNOTES["fenwold_feature.md"][1]: err("FN3: feature must have no notes")
if 6 in fm or 6 not in fn: err("N6: unused note 6 not set up")

# unattributed quotes contain a quotation and no speech verb
for f in S.EXPECTED:
    if f["rules"][0] == "unattributed-quote":
        l = text(*f["at"][0])
        if "\u201c" not in l or re.search(r"\b(said|says|told|according)\b", l): err(f"{f['id']}: not an unattributed quote")

if errors:
    print("FAIL"); [print("  " + e) for e in errors]; sys.exit(1)
print(f"OK: {len(texts)} files, {sum(1 for b in texts for l in texts[b] if l.strip())} non-empty lines, "
      f"{len(key['expected'])} findings ({within} within-document conflicts), {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {n_checked} weekday mentions checked")
