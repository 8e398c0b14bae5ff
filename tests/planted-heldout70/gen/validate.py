#!/usr/bin/env python3
"""Validate heldout70: coverage of lines, word counts, planted values, trap arithmetic, weekdays, footnotes."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

key = json.load(open(os.path.join(ROOT, "key.json"), encoding="utf-8"))
# ---- files on disk
files = {}
for d in S.DOCS:
    path = os.path.join(ROOT, "docs", d["cluster"], d["name"])
    check(os.path.isfile(path), f"missing file {path}")
    raw = open(path, "rb").read()
    raw.decode("utf-8")
    files[d["name"]] = raw.decode("utf-8").split("\n")[:-1]
check(len(files) == 12, "need 12 documents")
check(len({d["name"] for d in S.DOCS}) == 12, "base names must be unique")
clusters = {}
for d in S.DOCS:
    clusters.setdefault(d["cluster"], []).append(d["name"])
check(len(clusters.get("standalone", [])) == 3 and len(clusters) == 4 and all(len(v) == 3 for v in clusters.values()),
      "3 clusters of 3 + 3 stand-alone")

# ---- word counts
for name, lines in files.items():
    w = sum(len(l.split()) for l in lines)
    check(280 <= w <= 370, f"{name}: {w} words")

# ---- coverage: every non-empty line in exactly one category
cat = {}
def mark(f, l, c):
    check(f in files, f"unknown file {f}")
    if f not in files: return
    check(1 <= l <= len(files[f]) and files[f][l - 1].strip(), f"{f}:{l} does not exist or is empty")
    prev = cat.get((f, l))
    check(prev is None or prev == c, f"{f}:{l} in both {prev} and {c}")
    cat[(f, l)] = c
for e in key["expected"]:
    for f, l in e["at"]: mark(f, l, "expected")
for n in key["notes"]:
    for f, l in n["at"]: mark(f, l, "notes")
for t in key["traps"]:
    check((t["file"], t["line"]) not in cat, f"trap {t['file']}:{t['line']} duplicated or in a finding")
    mark(t["file"], t["line"], "traps")
    check(bool(t["what"]), "trap without what")
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip():
            check((f, i) in cat, f"{f}:{i} not covered: {l[:60]}")
check(len(key["must_not"]) == len(key["traps"]), "must_not should list the traps")

# ---- counts per rule
from collections import Counter
rc = Counter(e["rules"][0] for e in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
check(dict(rc) == want, f"rule counts {dict(rc)}")
check(len(key["expected"]) == 30, "30 findings")
check(6 <= len(key["notes"]) <= 8, "6-8 notes")
ids = [e["id"] for e in key["expected"]] + [n["id"] for n in key["notes"]]
check(len(ids) == len(set(ids)), "duplicate ids")
# within-document conflicts
within = [e for e in key["expected"] if e["rules"] == ["numeric-conflict"] and
          any(sum(1 for a in e["at"] if a[0] == f) >= 2 for f in {a[0] for a in e["at"]})]
check(len(within) >= 3, f"need >=3 within-document conflicts, have {len(within)}")
cross = [e for e in key["expected"] if e["rules"] == ["numeric-conflict"] and len({a[0] for a in e["at"]}) >= 2]
check(len(cross) >= 8, f"most conflicts should be cross-outlet, have {len(cross)}")

# ---- contains: planted text really is on the listed lines
spec = {f["id"]: f for f in S.FINDINGS + S.NOTES}
for e in key["expected"] + key["notes"]:
    for f, sub in spec[e["id"]]["contains"]:
        ok = any(sub in files[f][l - 1] for ff, l in e["at"] if ff == f)
        check(ok, f"{e['id']}: '{sub}' not on its lines in {f}")
    # every at-line must contain one of the contains substrings for its file (no stray lines)
    for f, l in e["at"]:
        subs = [s for ff, s in spec[e["id"]]["contains"] if ff == f]
        check(any(s in files[f][l - 1] for s in subs), f"{e['id']}: {f}:{l} has none of its planted strings")

# ---- planted values really differ / are really wrong
for f in S.FINDINGS:
    c = f["check"]
    if c is None: continue
    kind = c[0]
    if kind == "conflict":
        a, b = c[1], c[2]
        check(a != b and abs(a - b) / max(a, b) > 0.02, f"{f['id']}: values too close")
    elif kind == "conflict_about":
        true, approx = c[1], c[2]
        check(not (0.9 * approx <= true <= 1.1 * approx), f"{f['id']}: 'about {approx}' covers {true}")
    elif kind == "conflict_over":
        true, over = c[1], c[2]
        check(true <= over, f"{f['id']}: 'over {over}' covers {true}")
    elif kind == "pct":
        old, new, stated = c[1], c[2], c[3]
        actual = (new - old) / old * 100
        check(abs(actual - stated) > 1.5, f"{f['id']}: stated {stated}% vs actual {actual:.1f}% not wrong enough")
    elif kind == "times":
        check(c[1] != c[2], f"{f['id']}: times equal")
    elif kind == "weekday":
        real = datetime.date(c[2], c[3], c[4]).strftime("%A")
        check(real != c[1], f"{f['id']}: {c[1]} is actually right")
    elif kind == "years_after":
        check(c[3] - c[1] != c[2], f"{f['id']}: N years after is actually right")
    elif kind == "quote":
        check(c[1] != c[2], f"{f['id']}: quote versions equal")

# quote conflicts: same remark apart from the planted words, same speaker on both lines
QSPEAKER = {"Q1": "Caldwell", "Q2": "Corrigan", "Q3": "Pettigrew"}
QRE = re.compile(r'[\u201c"]([^\u201d"]{20,})[\u201d"]')
for e in key["expected"]:
    if e["rules"] != ["quote-conflict"]: continue
    qs = []
    for f, l in e["at"]:
        line = files[f][l - 1]
        check(QSPEAKER[e["id"]] in line, f"{e['id']}: speaker not named on {f}:{l}")
        m = QRE.search(line)
        check(m is not None, f"{e['id']}: no quote on {f}:{l}")
        if m: qs.append(m.group(1))
    if len(qs) == 2:
        a, b = qs
        a2 = a.replace(spec[e["id"]]["check"][1], "#").rstrip(",.")
        b2 = b.replace(spec[e["id"]]["check"][2], "#").rstrip(",.")
        check(a2 == b2, f"{e['id']}: quotes differ beyond the planted words: {a2!r} / {b2!r}")

# unattributed quotes: no speech verb on the line or on the neighbouring non-empty lines' quotes
SPEECH = re.compile(r"\b(said|says|told|tells|added|according to|recalled|wrote)\b")
for e in key["expected"]:
    if e["rules"] != ["unattributed-quote"]: continue
    f, l = e["at"][0]
    lines = files[f]
    check(not SPEECH.search(lines[l - 1]), f"{e['id']}: speech verb on the quote line")
    for j in (l - 2, l):
        k = j
        while 0 <= k < len(lines) and not lines[k].strip():
            k += (-1 if j < l - 1 else 1)
        if 0 <= k < len(lines):
            check(not re.search(r'[\u201c\u201d"]', lines[k]), f"{e['id']}: neighbouring line {k+1} has a quote")

# ---- trap arithmetic and conversions (each with the text it checks)
TRAPS = [
    ("drought_brief.md", "roughly 3% of peak demand", abs(40 / 1240 * 100 - 3) < 0.5),
    ("drought_tabloid.txt", "273 million gallons", abs(1240e6 / 4.54609 / 1e6 - 273) < 0.5),
    ("drought_tabloid.txt", "39 million gallons", abs(178e6 / 4.54609 / 1e6 - 39) < 0.5),
    ("drought_tabloid.txt", "12-mile pipeline", abs(19 / 1.609344 - 12) < 0.5),
    ("drought_tabloid.txt", "just under six weeks", 5.5 < 41 / 7 < 6),
    ("drought_tabloid.txt", "driest spell for 50 years", 2026 - 1976 == 50),
    ("drought_tabloid.txt", "less than half", 41 < 50),
    ("drought_tabloid.txt", "almost a million homes", 0.9e6 <= 960000 <= 1e6),
    ("drought_brief.md", "ten days after it was announced", (datetime.date(2026, 7, 17) - datetime.date(2026, 7, 7)).days == 10),
    ("ferry_broadcast.txt", "226 people", 212 + 14 == 226),
    ("ferry_broadcast.txt", "about three and a half hours", abs((22 * 60 + 15 - (18 * 60 + 40)) / 60 - 3.5) < 0.35),
    ("ferry_broadcast.txt", "40mph (64km/h)", abs(40 * 1.609344 - 64) < 0.5),
    ("ferry_local.txt", "236ft", abs(72 / 0.3048 - 236) < 0.5),
    ("ferry_local.txt", "for 15 years", 2026 - 2011 == 15),
    ("film_regional.txt", "up 6.2 per cent from 139,600", abs((148300 / 139600 - 1) * 100 - 6.2) < 0.05),
    ("film_regional.txt", "almost \u00a34m", 0.9 * 4 <= 3.86 <= 4),
    ("film_regional.txt", "34th Lowenbridge", 2026 - 1993 + 1 == 34),
    ("film_regional.txt", "More than 400 volunteers", 420 > 400),
    ("film_magazine.md", "nearly a hundred and fifty thousand", 0.9 * 150000 <= 148300 <= 150000),
    ("film_magazine.md", "about three kilometres", abs(2 * 1.609344 - 3) <= 0.3 + 1e-9),
    ("film_magazine.md", "thirty-fifth edition", 2027 - 1993 + 1 == 35),
    ("film_trade.md", "8-17 October (ten days)", (datetime.date(2026, 10, 17) - datetime.date(2026, 10, 8)).days + 1 == 10),
    ("library_annual_report.md", "| +4.6% |", round((2418000 / 2312000 - 1) * 100, 1) == 4.6),
    ("library_annual_report.md", "| -6.7% |", round((1197500 / 1284000 - 1) * 100, 1) == -6.7),
    ("library_annual_report.md", "| +20.9% |", round((486300 / 402100 - 1) * 100, 1) == 20.9),
    ("library_annual_report.md", "| -8.0% |", round((203900 / 221700 - 1) * 100, 1) == -8.0),
    ("library_annual_report.md", "| +11.5% |", round((64910 / 58240 - 1) * 100, 1) == 11.5),
    ("library_annual_report.md", "| +2.8% |", round((96400 / 93800 - 1) * 100, 1) == 2.8),
    ("library_annual_report.md", "29 per cent of all loans", round(486300 / (1197500 + 486300) * 100) == 29),
    ("library_annual_report.md", "up from 24 per cent", round(402100 / (1284000 + 402100) * 100) == 24),
    ("library_annual_report.md", "up 12 per cent from 6,650", round((7450 / 6650 - 1) * 100) == 12),
    ("library_annual_report.md", "about 12 full-time posts", abs(21300 / (37 * 48) - 12) < 1),
    ("cycling_newsletter.txt", "100 miles (161 km)", round(100 * 1.609344) == 161),
    ("cycling_newsletter.txt", "62 miles (100 km)", round(62 * 1.609344) == 100),
    ("cycling_newsletter.txt", "52 miles (84 km)", round(52 * 1.609344) == 84),
    ("cycling_newsletter.txt", "6,070 ft", abs(1850 / 0.3048 - 6070) < 5),
    ("cycling_newsletter.txt", "30.5 mph", round(25 / ((49 + 12 / 60) / 60), 1) == 30.5),
    ("cycling_newsletter.txt", "a saving of \u00a37", 54 + 68 - 115 == 7),
    ("committee_report.txt", "about 37 per cent of the target", abs(412000 / 1.1e6 * 100 - 37) < 3.7),
    ("committee_report.txt", "remaining \u00a3730 million", 870 + 730 == 1600 and 820 + 730 != 1600),
    ("committee_report.txt", "not reach its 1.1 million target before 2032",
     datetime.date(2026, 1, 31) + datetime.timedelta(days=(1.1e6 - 412000) / 8600 * 30.44) >= datetime.date(2032, 1, 1)),
]
alltext = {f: "\n".join(l) for f, l in files.items()}
for f, sub, ok in TRAPS:
    check(sub in alltext[f], f"trap text '{sub}' not in {f}")
    check(ok, f"trap arithmetic fails: {f} '{sub}'")
    for n, l in enumerate(files[f], 1):
        if sub in l:
            check(cat.get((f, n)) in ("traps", "expected"), f"trap text {sub} on uncategorised line")

# ---- weekdays vs dates (2026 unless another year is written)
WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MO = "January|February|March|April|May|June|July|August|September|October|November|December"
pat1 = re.compile(rf"\b({WD}),? (\d{{1,2}}) ({MO})(?: (\d{{4}}))?")
pat2 = re.compile(rf"\b({WD}),? ({MO}) (\d{{1,2}})(?:,? (\d{{4}}))?")
planted_wd = {tuple(a) for e in key["expected"] if e["id"] in ("D2", "D4") for a in e["at"]}
seen_wrong, n_wd = set(), 0
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in pat1.finditer(l):
            wd, day, mon, yr = m.group(1), int(m.group(2)), m.group(3), m.group(4)
            # "Thursday 7 October to Saturday 16 October 2027": take the year that closes the range
            y = int(yr) if yr else (int(re.search(r"\b(20\d\d)\b", l[m.end():]).group(1)) if re.search(r"to \w+ \d+ \w+ (20\d\d)", l[m.end():]) else 2026)
            real = datetime.date(y, MO.split("|").index(mon) + 1, day).strftime("%A")
            n_wd += 1
            if real != wd: seen_wrong.add((f, i))
        for m in pat2.finditer(l):
            wd, mon, day, yr = m.group(1), m.group(2), int(m.group(3)), m.group(4)
            real = datetime.date(int(yr) if yr else 2026, MO.split("|").index(mon) + 1, day).strftime("%A")
            n_wd += 1
            if real != wd: seen_wrong.add((f, i))
check(seen_wrong == planted_wd, f"weekday mismatches {sorted(seen_wrong)} != planted {sorted(planted_wd)}")
# relative weekdays in the ferry and festival stories
check(datetime.date(2026, 9, 10).strftime("%A") == "Thursday", "ferry grounding day")
check(datetime.date(2026, 10, 17).strftime("%A") == "Saturday", "closing night")
check(datetime.date(2026, 7, 7).strftime("%A") == "Tuesday", "ban announced")
check(datetime.date(2026, 6, 30) < datetime.date(2026, 7, 6), "30 June is 'last week' for a 8 July paper")

# ---- footnotes
MARK = re.compile(r"\[(\d+)\]")
def split_notes(lines, heading):
    idx = next((i for i, l in enumerate(lines) if l.strip().lstrip("# ").strip() == heading), None)
    return idx
# committee report: markers 1,2,3,5,6,7,8; notes 1,2,3,5,6,7
cl = files["committee_report.txt"]
ni = split_notes(cl, "Notes")
check(ni is not None, "committee report needs a Notes section")
body_m = [int(x) for l in cl[:ni] for x in MARK.findall(l)]
note_m = [int(MARK.match(l).group(1)) for l in cl[ni + 1:] if MARK.match(l)]
check(body_m == [1, 2, 3, 5, 6, 7, 8], f"committee markers {body_m}")
check(note_m == [1, 2, 3, 5, 6, 7], f"committee notes {note_m}")
check(4 not in body_m and 4 not in note_m, "gap at 4")
check(set(body_m) - set(note_m) == {8} and set(note_m) - set(body_m) == set(), "only [8] undefined, nothing unused")
# drought brief: markers, no notes section
bl = files["drought_brief.md"]
bm = [int(x) for l in bl for x in MARK.findall(l)]
check(bm == [1, 1, 2, 3, 4], f"brief markers {bm}")
check(not any(re.match(r"#*\s*(Notes|Sources|References|Footnotes)\b", l.strip()) for l in bl), "brief must have no notes section")
# library: markers 1,2; notes 1,2,3 (3 unused)
ll = files["library_annual_report.md"]
li = split_notes(ll, "Notes")
lm = [int(x) for l in ll[:li] for x in MARK.findall(l)]
ln = [int(re.match(r"(\d+)\. ", l).group(1)) for l in ll[li + 1:] if re.match(r"\d+\. ", l)]
check(lm == [1, 2] and ln == [1, 2, 3], f"library markers {lm} notes {ln}")
# no other document has numeric bracket markers
for f, lines in files.items():
    if f in ("committee_report.txt", "drought_brief.md", "library_annual_report.md"): continue
    check(not any(MARK.search(l) for l in lines), f"{f} has stray [n] markers")

if errors:
    print("FAIL")
    for e in errors: print(" -", e)
    sys.exit(1)
print(f"OK: {len(files)} documents, {len(key['expected'])} findings {dict(rc)}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {len(TRAPS)} trap checks, {n_wd} weekday-dates checked")
