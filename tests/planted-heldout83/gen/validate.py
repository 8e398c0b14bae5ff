#!/usr/bin/env python3
"""Validate heldout83: docs on disk match the spec, key.json covers every non-empty line exactly once,
word counts, planted values really conflict / are really wrong, trap arithmetic holds, weekdays,
years-after claims, quote differences and footnote structure. Standard library only."""
import collections, datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
import build

OUT = os.path.dirname(HERE)
errors = []


def err(msg):
    errors.append(msg)


key_spec, lines, texts = build.key_and_tables()
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))

# ---- files on disk match the spec; README present
base2path = {}
for path, text in texts.items():
    p = os.path.join(OUT, "docs", path)
    if not os.path.exists(p):
        err(f"missing {p}")
        continue
    if open(p, encoding="utf-8").read() != text:
        err(f"{path} differs from spec (run build.py)")
    b = os.path.basename(path)
    if b in base2path:
        err(f"duplicate base name {b}")
    base2path[b] = path
if key != key_spec:
    err("key.json differs from spec (run build.py)")
readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
if not readme.startswith(f"# {S.TITLE} \u2014 blind planted set for factlint"):
    err("README title")

# ---- layout: 12 docs, 3 clusters x 3, 3 stand-alone, extensions
folders = collections.Counter(p.split("/")[0] for p in texts)
if len(texts) != 12 or sorted(folders.values()) != [3, 3, 3, 3] or "standalone" not in folders:
    err(f"document layout {folders}")
for p in texts:
    if not p.endswith((".txt", ".md")):
        err(f"extension {p}")

# ---- word counts
for path, text in texts.items():
    n = len(text.split())
    if not 280 <= n <= 370:
        err(f"{path}: {n} words (want 280-370)")

# ---- coverage: every non-empty line in exactly one of expected / notes / traps
filelines = {}
for path in texts:
    b = os.path.basename(path)
    filelines[b] = open(os.path.join(OUT, "docs", path), encoding="utf-8").read().split("\n")
cat = collections.defaultdict(set)
for f in key["expected"]:
    for b, n in f["at"]:
        cat[(b, n)].add("expected")
for f in key["notes"]:
    for b, n in f["at"]:
        cat[(b, n)].add("notes")
trap_count = collections.Counter()
for t in key["traps"]:
    cat[(t["file"], t["line"])].add("traps")
    trap_count[(t["file"], t["line"])] += 1
    if not t.get("what"):
        err(f"trap without 'what' {t}")
for (b, n), c in trap_count.items():
    if c > 1:
        err(f"trap listed twice {b}:{n}")
for b, ls in filelines.items():
    for i, l in enumerate(ls, 1):
        if l.strip():
            c = cat.get((b, i), set())
            if len(c) != 1:
                err(f"{b}:{i} is in {sorted(c) or 'nothing'}: {l[:60]}")
for (b, n), c in cat.items():
    if b not in filelines or n < 1 or n > len(filelines[b]) or not filelines[b][n - 1].strip():
        err(f"{b}:{n} referenced but empty or missing")
mn = {(m[0], m[1]) for m in key["must_not"]}
if not mn <= {(t["file"], t["line"]) for t in key["traps"]}:
    err("must_not holds a line that is not a trap")

# ---- counts per rule
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = collections.Counter(f["rules"][0] for f in key["expected"])
if dict(got) != want or len(key["expected"]) != 30:
    err(f"rule counts {dict(got)}")
if not 6 <= len(key["notes"]) <= 8:
    err(f"{len(key['notes'])} notes")
for f in key["expected"] + key["notes"]:
    if not f["at"]:
        err(f"{f['id']} has no lines")
ids = [f["id"] for f in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)):
    err("duplicate ids")


def line_of(b, n):
    return filelines[b][n - 1]


def at_lines(fid):
    for f in key["expected"] + key["notes"]:
        if f["id"] == fid:
            return [(b, n) for b, n in f["at"]]
    return []


# ---- numeric conflicts: values on the lines; wrong interval disjoint from every true one
cross, within = 0, 0
for fid, vals in S.CONFLICT_VALUES.items():
    al = at_lines(fid)
    for b, sub, lo, hi, truth in vals:
        if not any(bb == b and sub in line_of(bb, n) for bb, n in al):
            err(f"{fid}: '{sub}' not on a finding line of {b}")
    trues = [(lo, hi) for _, _, lo, hi, t in vals if t]
    wrongs = [(lo, hi) for _, _, lo, hi, t in vals if not t]
    if not trues or not wrongs:
        err(f"{fid}: needs true and wrong values")
    for wl, wh in wrongs:
        for tl, th in trues:
            if not (wh <= tl or wl >= th):  # half-open rounding ranges
                err(f"{fid}: wrong [{wl},{wh}] overlaps true [{tl},{th}]")
    files_true = {b for b, _, _, _, t in vals if t}
    files_wrong = {b for b, _, _, _, t in vals if not t}
    if files_wrong & files_true:
        within += 1
    else:
        cross += 1
if set(S.CONFLICT_VALUES) != {f["id"] for f in key["expected"] if f["rules"][0] == "numeric-conflict"}:
    err("CONFLICT_VALUES does not cover every numeric-conflict")
if within < 3 or cross <= within:
    err(f"conflicts: {cross} across, {within} within")

# ---- arithmetic
for fid, (desc, actual, lo, hi) in S.ARITH_WRONG.items():
    if lo <= actual <= hi:
        err(f"{fid}: {desc} = {actual:.3f} is inside stated [{lo},{hi}]")
for b, sub, desc, actual, lo, hi in S.ARITH_OK:
    if not any(sub in l for l in filelines[b]):
        err(f"arith trap '{sub}' not in {b}")
    if not lo <= actual <= hi:
        err(f"arith trap {b} {desc} = {actual:.3f} outside [{lo},{hi}]")

# ---- weekdays: every 'Weekday D Month' must be right except on D-findings planted as wrong
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MO = "January|February|March|April|May|June|July|August|September|October|November|December"
dfind = {(b, n) for f in key["expected"] if f["rules"][0] == "date-inconsistency" for b, n in f["at"]}
wrong_weekdays = 0
for b, ls in filelines.items():
    for i, l in enumerate(ls, 1):
        for m in re.finditer(rf"\b({WD}),? (\d{{1,2}}) ({MO})(?: (\d{{4}}))?", l):
            y = int(m.group(4) or 2026)
            d = datetime.date(y, list(MO.split("|")).index(m.group(3)) + 1, int(m.group(2)))
            ok = d.strftime("%A") == m.group(1)
            if not ok:
                wrong_weekdays += 1
                if (b, i) not in dfind:
                    err(f"{b}:{i} wrong weekday '{m.group(0)}' not planted")
if wrong_weekdays != 2:
    err(f"{wrong_weekdays} wrong weekdays (want 2: D2, D4)")
for fid in ("D2", "D4"):
    for b, n in at_lines(fid):
        if not re.search(rf"\b({WD}),? \d{{1,2}} ({MO})", line_of(b, n)):
            err(f"{fid}: no weekday-date on {b}:{n}")

# ---- years after / anniversaries
for b, sub, base, n, ref, hold in S.YEARS:
    if not any(sub in l for l in filelines[b]):
        err(f"years check '{sub}' not in {b}")
    if (ref - base == n) != hold:
        err(f"years check {b} '{sub}': {ref}-{base} vs {n}, expected hold={hold}")
    if not hold and not any(sub in line_of(bb, nn) for bb, nn in at_lines("D3") if bb == b):
        err(f"wrong years claim '{sub}' is not on D3")

# ---- D1 clock times
mins = set()
for b, sub, m in S.TIMES_D1:
    if not any(bb == b and sub in line_of(bb, nn) for bb, nn in at_lines("D1")):
        err(f"D1: '{sub}' not on a D1 line of {b}")
    mins.add(m)
if len(mins) < 2:
    err("D1 times do not differ")

# ---- quotes
QRE = re.compile("\u201c([^\u201d]+)\u201d")
for fid, (w1, w2) in S.QUOTE_WORDS.items():
    al = at_lines(fid)
    if len(al) != 2 or al[0][0] == al[1][0]:
        err(f"{fid}: needs two lines in two documents")
        continue
    q = [" ".join(QRE.findall(line_of(b, n))) for b, n in al]
    if not (w1 in q[0] and w2 in q[1]) or q[0] == q[1]:
        err(f"{fid}: quotes do not differ as planned: {q}")
SPEECH = re.compile(r"\b(said|says|told|according to|wrote|asked|added)\b|^\d\d:\d\d [A-Z][a-z]+ [A-Z]", re.I)
for fid in ("U1", "U2", "U3"):
    for b, n in at_lines(fid):
        l = line_of(b, n)
        if not QRE.search(l) or SPEECH.search(QRE.sub("", l)):
            err(f"{fid}: {b}:{n} is not a bare quote")
        for k in (n - 2, n + 2):  # neighbouring paragraphs must not attribute it either
            if 1 <= k <= len(filelines[b]) and re.match(r"^\s*(he|she|they) (said|says|added)", filelines[b][k - 1], re.I):
                err(f"{fid}: neighbour line {k} attributes the quote")
for fid in ("N3", "N5"):
    for b, n in at_lines(fid):
        if not any(("[" in q) or ("\u2026" in q) or ("..." in q) for q in QRE.findall(line_of(b, n))):
            err(f"{fid}: no bracket or ellipsis inside a quote")

# ---- footnotes
MARK = re.compile(r"\[\^?(\d+)\](?!:)")
NOTE_MD = re.compile(r"^\[\^(\d+)\]:")
NOTE_NUM = re.compile(r"^(\d+)\. ")
found = collections.defaultdict(set)
for b, ls in filelines.items():
    in_notes = False
    markers, notes = {}, {}
    for i, l in enumerate(ls, 1):
        if l.strip() in ("Notes", "References", "Sources"):
            in_notes = True
            continue
        m = NOTE_MD.match(l) or (NOTE_NUM.match(l) if in_notes else None)
        if m:
            notes[int(m.group(1))] = i
            continue
        for mm in MARK.finditer(l):
            markers.setdefault(int(mm.group(1)), i)
    if not markers and not notes:
        continue
    if markers and not notes:
        found["footnote-no-notes"].add(b)
        continue
    allnums = set(markers) | set(notes)
    for k in range(1, max(allnums) + 1):
        if k not in allnums:
            found["footnote-gap"].add((b, k))
    for k in markers:
        if k not in notes:
            found["footnote-undefined"].add((b, k, markers[k]))
    for k in notes:
        if k not in markers:
            found["footnote-unused"].add((b, k, notes[k]))
exp = {"footnote-no-notes": {"harbourside_reading_bulletin.txt"},
       "footnote-gap": {("coastguard_q4_statistics.txt", 3)},
       "footnote-undefined": {("fernhill_coop_results.md", 3, dict(at_lines("FN2"))["fernhill_coop_results.md"])},
       "footnote-unused": {("coastguard_q4_statistics.txt", 6, dict(at_lines("N7"))["coastguard_q4_statistics.txt"])}}
for r, v in exp.items():
    if found[r] != v:
        err(f"footnotes {r}: found {found[r]}, expected {v}")
fn3 = {n for b, n in at_lines("FN3")}
marked = {i for i, l in enumerate(filelines["harbourside_reading_bulletin.txt"], 1) if MARK.search(l)}
if fn3 != marked:
    err(f"FN3 lines {fn3} != marker lines {marked}")

# ---- stray patterns a careless writer could leave
for b, ls in filelines.items():
    for i, l in enumerate(ls, 1):
        if "TK" in l.split() or "citation needed" in l.lower() or "Source link" in l:
            err(f"{b}:{i} placeholder text")
        if l != l.rstrip():
            err(f"{b}:{i} trailing whitespace")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(texts)} documents, {len(key['expected'])} findings ({cross} cross-document and {within} within-document "
      f"conflicts), {len(key['notes'])} notes, {len(key['traps'])} traps")
