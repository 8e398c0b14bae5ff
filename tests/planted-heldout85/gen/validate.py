#!/usr/bin/env python3
"""Validate heldout85: coverage of every non-empty line, files/lines, word counts, planted values,
trap arithmetic, weekdays, 'N years' claims and footnote structure. Standard library only."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

errors = []
def err(m): errors.append(m)
def check(cond, m):
    if not cond: err(m)

# ---- key and files on disk
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
files = {}
for fn, d in S.DOCS.items():
    p = os.path.join(OUT, "docs", d["dir"], fn)
    check(os.path.exists(p), f"missing {p}")
    text = open(p, encoding="utf-8").read()
    files[fn] = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    check(files[fn] == d["lines"], f"{fn} on disk differs from spec (rebuild)")
    check(fn.endswith((".txt", ".md")), f"{fn}: extension")
check(len(files) == 12, "need 12 documents")
check(sum(1 for d in S.DOCS.values() if d["dir"] == "standalone") == 3, "need 3 standalone")
clusters = Counter(d["dir"] for d in S.DOCS.values() if d["dir"] != "standalone")
check(len(clusters) == 3 and all(v == 3 for v in clusters.values()), f"clusters {clusters}")

def line(fn, n): return files[fn][n - 1]

# ---- word counts
for fn, ls in files.items():
    w = sum(len(l.split()) for l in ls)
    check(280 <= w <= 370, f"{fn}: {w} words")

# ---- coverage: every non-empty line in exactly one of expected / notes / traps
cat = {}
def claim(fn, n, what):
    check(fn in files, f"unknown file {fn}")
    if fn not in files: return
    check(1 <= n <= len(files[fn]) and files[fn][n - 1].strip(), f"{fn}:{n} is empty or out of range ({what})")
    prev = cat.get((fn, n))
    if prev and prev.split(":")[0] != what.split(":")[0]:
        err(f"{fn}:{n} in both {prev} and {what}")
    if prev and prev.split(":")[0] == what.split(":")[0] and what.startswith("trap"):
        err(f"{fn}:{n} listed twice as trap")
    cat.setdefault((fn, n), what)
multi = Counter()
for f in key["expected"]:
    for fn, n in f["at"]:
        claim(fn, n, "expected:" + f["id"]); multi[(fn, n)] += 1
for f in key["notes"]:
    for fn, n in f["at"]:
        claim(fn, n, "notes:" + f["id"])
for t in key["traps"]:
    claim(t["file"], t["line"], "trap")
for fn, ls in files.items():
    for i, l in enumerate(ls, 1):
        if l.strip() and (fn, i) not in cat:
            err(f"{fn}:{i} not covered: {l[:60]!r}")
for k, v in multi.items():
    if v > 1: err(f"{k} appears in {v} expected findings")
check(len(key["must_not"]) == sum(1 for t in key["traps"] if t["must_not"]), "must_not mismatch")

# ---- counts per rule
rc = Counter(f["rules"][0] for f in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
check(dict(rc) == want, f"rule counts {dict(rc)}")
check(len(key["expected"]) == 30, "need 30 expected")
check(6 <= len(key["notes"]) <= 8, "need 6-8 notes")
ids = [f["id"] for f in key["expected"] + key["notes"]]
check(len(ids) == len(set(ids)), "duplicate ids")
within = [f for f in key["expected"] if f["rules"] == ["numeric-conflict"] and len({a for a, _ in f["at"]}) == 1]
check(len(within) >= 3, f"within-document conflicts: {len(within)}")
check(len(within) < 14 - len(within), "across-outlet conflicts should be the majority")

# ---- planted numeric conflicts: intervals as SPEC section 6 describes, must be disjoint
def printed(x, step): return (x - step / 2, x + step / 2)
def about(x): return (0.9 * x, 1.1 * x)
def nearly(x): return (0.9 * x, x)
def disjoint(a, b): return a[1] < b[0] or b[1] < a[0]
FT = 0.3048
conf = {
 "F1": (printed(9, 1), tuple(v * FT for v in nearly(60))),            # 9 m vs nearly 60ft
 "F2": (printed(37, 1), printed(73, 1)),
 "F3": (printed(86, 1), (90, float("inf"))),                           # 86 vs more than 90
 "F4": (printed(1400, 100), printed(1800, 100)),
 "F5": (printed(48.6, 0.1), printed(46.8, 0.1)),
 "F6": (printed(412000, 1000), about(350000)),
 "F7": ((4, 4), (6, 6)),
 "F8": (about(420), tuple(v * FT for v in about(1000))),               # metres
 "F9": ((186, 186), (196, 196)),
 "F10": ((24, 24), (42, 42)),
 "F11": ((17, 17), (27, 27)),
 "F12": ((31, 31), about(40)),
 "F13": ((318, 318), (350, float("inf"))),
 "F14": ((94, 94), (91, 91)),
}
for fid, (a, b) in conf.items():
    check(disjoint(a, b), f"{fid}: intervals overlap {a} {b}")
# the figures really are on the cited lines
def ftext(fid):
    f = next(x for x in key["expected"] + key["notes"] if x["id"] == fid)
    return " ".join(line(a, b) for a, b in f["at"])
for fid, toks in {"F1": ["9 metres", "60ft", "Depth: 9 m"], "F2": ["37 homes", "73"], "F3": ["Eighty-six", "More than 90", "86"],
                  "F4": ["1,400 t", "1,800-tonne"], "F5": ["£48.6 million", "forty-nine million", "£46.8m"],
                  "F6": ["412,000", "three hundred and fifty thousand"], "F7": ["four of its 38", "six of its 38", "Four branches"],
                  "F8": ["420 metres", "420m (460 yards)", "1,000ft"], "F9": ["186", "196"], "F10": ["24 replacement", "42 coaches"],
                  "F11": ["17 last year", "17 cable thefts", "27 cable thefts"], "F12": ["| 31 |", "around 40"],
                  "F13": [": 318", "more than 350"], "F14": ["94 primary", "ninety-one"]}.items():
    t = ftext(fid)
    for tok in toks:
        check(tok in t, f"{fid}: {tok!r} not on its lines")
# true conversions used as traps
check(abs(15 / FT - 49) < 0.5 and abs(9 / FT - 30) < 0.5, "15 m = 49ft, 9 m = 30ft")
check(abs(50 * FT - 15) < 0.5, "50ft ~ 15 m")
check(abs(20 * FT - 6) < 0.5, "20ft ~ 6 m")
check(abs(420 / 0.9144 - 460) < 1, "420 m ~ 460 yd")
check(abs(420 / FT - 1378) < 1, "420 m ~ 1,378ft (so 1,000ft is wrong)")
check(48.5 <= 48.6 < 49, "48.6m is 'a little under forty-nine million'")
check(6.3e9 <= 6.8e9 <= 7e9, "6.8bn is 'almost seven billion'")
check(1.93 < 2.0, "1.93bn 'approached two billion'")

# ---- planted arithmetic: really wrong
ch = 1.93 / 1.71 - 1; check(abs(ch - 0.23) > 0.05, f"A1 {ch}")
gap = 3.62 - 2.87; check(abs(gap - 1.2) > 0.1, f"A2 {gap}")
ch = 6412 / 5930 - 1; check(abs(ch - 0.12) > 0.02, f"A3 {ch}")
check("23 per cent" in ftext("A1") and "1.2 percentage points" in ftext("A2") and "12 per cent" in ftext("A3"), "arith text")

# ---- trap arithmetic: holds
def near(x, y, tol): return abs(x - y) <= tol
check(near((48.6 / 41.2 - 1) * 100, 18, 0.5), "18% profit rise")
check(48.6 / 41.2 - 1 > 1 / 6, "more than a sixth")
check(near(2.87 + 0.75, 3.62, 1e-9), "three-quarters of a point")
check(412000 - 9000 > 0, "members up 9,000")
check(100 * 120000 == 12_000_000, "£100 x 120,000 = £12m")
check(near(17 / 11 - 1, 0.55, 0.005), "55% rise in thefts")
check(near(6412 / 6624 * 100, 96.8, 0.05), "coverage 96.8%")
check(near(718 / 6412 * 100, 11.2, 0.05), "11.2% referred")
check(near(603 / 718 * 100, 84, 0.5), "84% attended")
check(near(212000 / 6412, 33, 0.5), "£33 per child")
check(61 + 33 == 94, "61 + 33 = 94")
check(1 - 29 / 64 > 0.5, "waiting list fell by more than half")
check(142 / 23 > 6, "more than six times as many volunteers")
check(near(6240 / 58, 108, 0.5), "about £108 per walker")
check(near(734 / 1184 * 100, 62, 0.5), "62% response rate")
rows = [(212, 9, 31, -22), (168, 7, 19, -12), (201, 12, 25, -13), (153, 8, 14, -6)]
for r in rows: check(r[1] - r[2] == r[3], f"net change {r}")
check([sum(c) for c in zip(*rows)] == [734, 36, 89, -53], "table totals")
check(near(89 / 734 * 100, 12, 0.5), "12 per cent closed")
check(11 + 14 == 25, "fortnightly issues 11 -> 25 February")

# ---- years: 'N years' claims
years = {"1911->2026 = 115": 2026 - 1911 == 115, "2009->2026 = 17": 2026 - 2009 == 17,
         "1866->2026 = 160": 2026 - 1866 == 160, "1874->2026 = 152": 2026 - 1874 == 152,
         "2016 + 10 = 2026": 2016 + 10 == 2026, "1911 more than a century": 2026 - 1911 > 100}
for k, v in years.items(): check(v, f"year trap {k}")
check(2026 - 1986 != 30, "D1 must be wrong")

# ---- weekdays: every 'Weekday + date' in the docs; wrong ones must be planted date findings
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"], 1)}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
pat1 = re.compile(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?" % ("|".join(WD), "|".join(MONTHS)))
pat2 = re.compile(r"\b(%s),? (%s) (\d{1,2})(?:, (\d{4}))?" % ("|".join(WD), "|".join(MONTHS)))
date_lines = {(a, b) for f in key["expected"] if f["rules"] == ["date-inconsistency"] for a, b in f["at"]}
seen = 0
for fn, ls in files.items():
    for i, l in enumerate(ls, 1):
        for m in list(pat1.finditer(l)) + list(pat2.finditer(l)):
            g = m.groups()
            if m.re is pat1: wd, day, mon, yr = g
            else: wd, mon, day, yr = g
            dt = datetime.date(int(yr or 2026), MONTHS[mon], int(day))
            ok = dt.strftime("%A") == wd
            seen += 1
            if not ok:
                check((fn, i) in date_lines, f"{fn}:{i} wrong weekday {m.group(0)} not planted")
            else:
                check((fn, i) not in date_lines or fn == "sinkhole_geodigest.md", f"{fn}:{i} correct weekday in a date finding")
check(seen >= 8, f"only {seen} weekday dates")
check(datetime.date(2026, 3, 4).strftime("%A") == "Wednesday", "D3 truth")
check(datetime.date(2026, 6, 10).strftime("%A") == "Wednesday", "D4 truth")
check(datetime.date(2026, 2, 9).strftime("%A") == "Monday", "sinkhole Monday")
check(datetime.date(2026, 3, 19).strftime("%A") == "Thursday", "cable theft Thursday")
check(datetime.date(2026, 3, 26) - datetime.timedelta(days=7) == datetime.date(2026, 3, 19), "last Thursday")
check(datetime.date(2026, 9, 20).strftime("%A") == "Sunday", "walk Sunday")
# clock times: D2 differs, 16:30 = 4.30pm agrees
check("4:50 a.m." in ftext("D2") and "5.40am" in ftext("D2") and "04:50" in ftext("D2"), "D2 times")

# ---- quotes
for fid, (a, b) in {"Q1": ("is stable for now", "is unstable for now"), "Q2": ("that will continue", "that will not continue"),
                    "Q3": ("a full service", "a reduced service")}.items():
    t = ftext(fid); check(a in t and b in t, f"{fid} texts")
for fid in ("U1", "U2", "U3"):
    f = next(x for x in key["expected"] if x["id"] == fid)
    (fn, n), = f["at"]
    l = line(fn, n)
    check(re.search(r"[\"\u201c]", l) and not re.search(r"\b(said|says|told|writes|added)\b", l), f"{fid} not a bare quote")
    for k in (n - 2, n - 1, n + 1, n + 2):
        if 1 <= k <= len(files[fn]):
            check(not re.search(r"\b(said|says|told|writes|added)\s*[:.]?\s*$", files[fn][k - 1]), f"{fid}: neighbour {k} attributes it")

# ---- footnotes
mk = re.compile(r"\[(\d+)\]")
def fn_structure(fn):
    ls = files[fn]
    notes_at = next((i for i, l in enumerate(ls) if l.strip() in ("Notes", "References", "## Notes")), None)
    body = ls if notes_at is None else ls[:notes_at]
    markers = {int(x) for l in body for x in mk.findall(l)}
    notes = set() if notes_at is None else {int(m.group(1)) for l in ls[notes_at + 1:] for m in [re.match(r"\[(\d+)\]", l)] if m}
    return markers, notes, notes_at
m, n, at = fn_structure("vision_screening_report.txt")
check(m == {1, 2, 4, 5, 6, 7} and n == {1, 2, 4, 5, 6, 8}, f"report footnotes {m} {n}")
allnums = m | n
check(set(range(1, max(allnums) + 1)) - allnums == {3}, "gap is exactly 3")
check(m - n == {7}, "undefined is exactly 7")
check(n - m == {8}, "unused is exactly 8")
m, n, at = fn_structure("village_shops_survey.md")
check(m == {1, 2, 3, 4} and at is None, "survey: markers without notes")
for fn in files:
    if fn not in ("vision_screening_report.txt", "village_shops_survey.md"):
        check(not any(int(x) < 100 for l in files[fn] for x in mk.findall(l)), f"{fn}: stray [n] marker")
# brackets/ellipsis inside quotes only where noted
check("[2025]" in ftext("N5") and "\u2026" in ftext("N6"), "quote-altered notes")

if errors:
    print("FAIL"); print("\n".join("  " + e for e in errors)); sys.exit(1)
print(f"OK: {len(files)} docs, {len(key['expected'])} expected, {len(key['notes'])} notes, {len(key['traps'])} traps, "
      f"{seen} weekday dates checked")
