#!/usr/bin/env python3
"""Validate heldout81: coverage of lines, word counts, planted values, trap arithmetic, weekdays, footnotes."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errs = []
def err(m): errs.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
docs = {d["name"]: d for d in S.DOCS}
files = {}
for d in S.DOCS:
    p = os.path.join(OUT, "docs", d["folder"], d["name"])
    if not os.path.exists(p):
        err(f"missing {p}"); continue
    raw = open(p, "rb").read()
    raw.decode("utf-8")
    files[d["name"]] = raw.decode("utf-8").split("\n")[:-1]
    spec_lines = [ln if ln == "" else ln[0] for ln in d["lines"]]
    if files[d["name"]] != spec_lines:
        err(f"{d['name']}: file differs from spec (rebuild)")

# 12 docs, 9 in three cluster folders, 3 standalone
folders = Counter(d["folder"] for d in S.DOCS)
if len(S.DOCS) != 12 or folders.get("standalone") != 3 or len(folders) != 4 or any(v != 3 for v in folders.values()):
    err(f"bad document layout {folders}")

# word counts
for name, lines in files.items():
    w = sum(len(l.split()) for l in lines)
    if not 280 <= w <= 370:
        err(f"{name}: {w} words (want 280-370)")

# coverage: every non-empty line in exactly one category
cat = {}
def mark(f, l, c):
    if f not in files: err(f"{c}: unknown file {f}"); return
    if not 1 <= l <= len(files[f]) or not files[f][l - 1].strip():
        err(f"{c}: {f}:{l} is not a non-empty line"); return
    prev = cat.get((f, l))
    if prev and prev != c:
        err(f"{f}:{l} in both {prev} and {c}")
    cat[(f, l)] = c
for e in key["expected"]:
    if not e["at"]: err(f"{e['id']} has no lines")
    for f, l in e["at"]: mark(f, l, "expected")
for e in key["notes"]:
    if not e["at"]: err(f"{e['id']} has no lines")
    for f, l in e["at"]: mark(f, l, "notes")
for t in key["traps"]:
    mark(t["file"], t["line"], "traps")
    if not t.get("what"): err(f"trap {t['file']}:{t['line']} has no reason")
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (f, i) not in cat:
            err(f"{f}:{i} not covered")
if len(key["must_not"]) != sum(1 for t in key["traps"] if t["must_not"]):
    err("must_not does not mirror traps")

# counts per rule
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = Counter(e["rules"][0] for e in key["expected"])
if dict(got) != want: err(f"rule counts {dict(got)} != {want}")
if len(key["expected"]) != 30: err("need exactly 30 expected")
if not 6 <= len(key["notes"]) <= 8: err("need 6-8 notes")
ids = [e["id"] for e in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)): err("duplicate ids")
within = sum(1 for e in key["expected"] if e["rules"][0] == "numeric-conflict"
             and any(sum(1 for f, _ in e["at"] if f == g) >= 2 for g in {f for f, _ in e["at"]})
             and len({f for f, _ in e["at"]}) == 1)
if within < 3: err(f"only {within} within-document numeric conflicts")

def text_of(at): return " ".join(files[f][l - 1] for f, l in at)
def pct_change(a, b): return (b - a) / a * 100
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

exp = {e["id"]: e for e in key["expected"]}
for fid, spec in S.FINDINGS.items():
    c = spec["check"]; at = exp[fid]["at"]; txt = text_of(at)
    k = c["kind"]
    if k == "conflict":
        (a, b), (x, y) = c["true"], c["wrong"]
        if not (b <= x or y <= a): err(f"{fid}: intervals overlap {c['true']} {c['wrong']}")
        for s in c["strings"]:
            if s not in txt: err(f"{fid}: '{s}' not on its lines")
        if len(at) < 2: err(f"{fid}: fewer than two lines")
        if "convert" in c:
            km, mi = c["convert"]
            if abs(km * 0.621371 - mi) > 0.05: err(f"{fid}: true conversion wrong")
    elif k == "pct_change":
        if abs(pct_change(c["a"], c["b"]) - c["stated"]) < 2: err(f"{fid}: stated change is right")
        if f"{c['stated']}" not in txt: err(f"{fid}: stated value absent")
    elif k == "share":
        if abs(c["part"] / c["whole"] * 100 - c["stated"]) < 2: err(f"{fid}: stated share is right")
        if f"{c['part']:,}" not in txt or f"{c['whole']:,}" not in txt: err(f"{fid}: figures absent")
    elif k == "weekday":
        dt = datetime.date.fromisoformat(c["date"])
        if WD[dt.weekday()] == c["stated"]: err(f"{fid}: weekday is actually right")
        if f"{c['stated']} {dt.day} {MONTHS[dt.month - 1]}" not in txt: err(f"{fid}: weekday phrase absent")
    elif k == "years":
        if c["end"] - c["start"] == c["stated"]: err(f"{fid}: years are right")
        if str(c["start"]) not in txt or f"{c['stated']} years" not in txt: err(f"{fid}: phrase absent")
    elif k == "clock":
        norm = set()
        for m in re.finditer(r"\b(\d{1,2})[.:](\d{2})\s*(am|pm)?", txt):
            h = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0) if m.group(3) else int(m.group(1))
            norm.add(f"{h:02d}:{m.group(2)}")
        for t in c["times"]:
            if t not in norm: err(f"{fid}: time {t} not found ({norm})")
        if len(set(c["times"])) < 2: err(f"{fid}: times do not differ")
    elif k == "quote":
        w1, w2 = c["words"]
        if len(at) != 2: err(f"{fid}: need two lines")
        l1, l2 = (files[f][l - 1] for f, l in at)
        if not ((w1 in l1 and w2 in l2) or (w2 in l1 and w1 in l2)): err(f"{fid}: wording not as planted")
        if at[0][0] == at[1][0]: err(f"{fid}: both renderings in one file")
        for l in (l1, l2):
            if "\u201c" not in l: err(f"{fid}: no direct quote")
    elif k == "unattributed":
        f, l = at[0]
        s = files[f][l - 1].strip().lstrip("> ")
        if not (s.startswith("\u201c") and s.endswith("\u201d")): err(f"{fid}: not a free-standing quote")
        nb = [files[f][i - 1] for i in (l - 2, l + 2) if 1 <= i <= len(files[f])]
        speech = re.compile(r"\b(said|says|told|according to|added|asked)\b")
        for n in nb + [s]:
            if speech.search(n): err(f"{fid}: speech verb next to the quote: {n[:60]}")

# weekdays everywhere: only D findings may be wrong
dlines = {tuple(x) for e in key["expected"] if e["rules"][0] == "date-inconsistency" for x in e["at"]}
pat1 = re.compile(r"\b(" + "|".join(WD) + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r")(?: (\d{4}))?")
pat2 = re.compile(r"\b(" + "|".join(WD) + r"),? (" + "|".join(MONTHS) + r") (\d{1,2}),? (\d{4})")
nwd = 0
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in pat1.finditer(l):
            wd, day, mon = m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1
            ok = WD[datetime.date(int(m.group(4) or 2026), mon, day).weekday()] == wd
            nwd += 1
            if not ok and (f, i) not in dlines: err(f"{f}:{i}: wrong weekday not planted: {m.group(0)}")
            if ok and (f, i) in dlines and f in ("netball_bulletin.txt", "marathon_stride.md"): err(f"{f}:{i}: planted weekday is right")
        for m in pat2.finditer(l):
            wd, mon, day = m.group(1), MONTHS.index(m.group(2)) + 1, int(m.group(3))
            nwd += 1
            if WD[datetime.date(int(m.group(4)), mon, day).weekday()] != wd: err(f"{f}:{i}: wrong weekday {m.group(0)}")
# relative weekdays: dated documents
REL = {("whale_wire.txt", "Wednesday"): "2026-03-04", ("whale_wire.txt", "Thursday"): "2026-03-05",
       ("whale_wire.txt", "on Tuesday"): "2026-03-03", ("ship_wire.txt", "on Thursday"): "2026-03-05",
       ("marathon_wire.txt", "Sunday's"): "2026-04-19", ("marathon_courier.txt", "Sunday's"): "2026-04-19"}
for (f, word), iso in REL.items():
    if not any(word in l for l in files[f]): err(f"{f}: '{word}' absent")
    wd = word.replace("on ", "").replace("'s", "")
    if WD[datetime.date.fromisoformat(iso).weekday()] != wd: err(f"{f}: {word} != {iso}")

# trap arithmetic
def holds(kind, a):
    if kind == "years": return a["end"] - a["start"] == a["stated"]
    if kind == "share": return abs(a["part"] / a["whole"] * 100 - a["stated"]) < 0.5
    if kind == "share_min": return a["part"] / a["whole"] * 100 > a["stated"]
    if kind == "product": return abs(a["a"] * a["b"] - a["stated"]) <= a["tol"]
    if kind == "diff": return abs(a["a"] - a["b"] - a["stated"]) <= a["tol"]
    if kind == "pct_change": return abs(pct_change(a["a"], a["b"]) - a["stated"]) <= a.get("tol", 0.5)
    raise ValueError(kind)
for f, sub, kind, a in S.TRAP_CALCS:
    if not any(sub in l for l in files[f]): err(f"trap calc: '{sub}' not in {f}")
    if not holds(kind, a): err(f"trap calc fails: {f} '{sub}' {kind} {a}")

# footnotes
def fn_report(lines):
    ni = next(i for i, l in enumerate(lines) if l.strip() == "NOTES")
    marks = [int(m.group(1)) for l in lines[:ni] for m in re.finditer(r"[.a-z]\.?(\d)$", l)]
    notes = [int(m.group(1)) for l in lines[ni + 1:] for m in [re.match(r"(\d+)\. ", l)] if m]
    return marks, notes
marks, notes = fn_report(files["glenmarrow_inspection.txt"])
if marks != [1, 2, 3, 5, 6, 7, 8] or notes != [1, 2, 3, 5, 6, 7]:
    err(f"report footnotes {marks} / {notes}")
rv = files["brackenford_review.md"]
rmarks = [m for l in rv for m in re.findall(r"\[(\d+)\]", l)]
if rmarks != ["1", "2"] or any(re.match(r"\s*(\[\d+\]:|\d+\.\s|#+\s*(notes|references|sources))", l, re.I) for l in rv):
    err(f"review markers/notes wrong: {rmarks}")
tr = files["ship_trade.md"]
tm = [m for l in tr for m in re.findall(r"\[\^(\d+)\](?!:)", l)]
td = [m for l in tr for m in re.findall(r"^\[\^(\d+)\]:", l)]
if tm != ["1", "2"] or td != ["1", "2", "3"]: err(f"trade footnotes {tm} / {td}")

# notes sanity
nt = {e["id"]: text_of(e["at"]) for e in key["notes"]}
checks = {"N1": "Marine biologists say", "N2": "asked not to be named", "N3": "asked not to be named",
          "N4": "[the workforce]", "N5": "Critics say", "N6": "[^3]:", "N7": "..."}
for k, s in checks.items():
    if s not in nt[k]: err(f"{k}: '{s}' absent")

if errs:
    print("FAIL"); print("\n".join("  " + e for e in errs)); sys.exit(1)
print(f"OK: {len(files)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {nwd} dated weekdays checked, {len(S.TRAP_CALCS)} trap calcs")
