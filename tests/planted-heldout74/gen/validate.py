#!/usr/bin/env python3
"""Validate heldout74: docs on disk vs spec, key.json coverage, word counts, planted values, trap
arithmetic, weekdays (datetime), anniversaries and footnote structure. Standard library only.
Exit 0 when everything holds, 1 otherwise."""
import datetime, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402
import build  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ files on disk
texts, bases, anns = build.layout()
disk = {}
for rel in texts:
    path = os.path.join(OUT, "docs", rel)
    if not os.path.exists(path):
        err("missing file docs/" + rel)
        continue
    raw = open(path, "rb").read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("not UTF-8: " + rel)
        continue
    lines = txt.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines != texts[rel]:
        err("docs/%s differs from the spec (run build.py)" % rel)
    disk[os.path.basename(rel)] = lines
found = set()
for root, _, files in os.walk(os.path.join(OUT, "docs")):
    for f in files:
        found.add(f)
if found != set(disk):
    err("unexpected files in docs/: %s" % sorted(found - set(disk)))
if len(disk) != 12:
    err("want 12 documents, have %d" % len(disk))
clusters = Counter(rel.split("/")[0] for rel in texts)
if sorted(clusters.values()) != [3, 3, 3, 3] or "standalone" not in clusters:
    err("want three clusters of three plus three stand-alone documents: %s" % dict(clusters))
for rel in texts:
    if not rel.endswith((".txt", ".md")):
        err("bad extension " + rel)


def line(base, n):
    return disk[base][n - 1]


# ------------------------------------------------------------------ word counts
for base, lines in disk.items():
    w = sum(len(l.split()) for l in lines)
    if not 280 <= w <= 370:
        err("%s has %d words (want 280-370)" % (base, w))

# ------------------------------------------------------------------ key.json
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
if key != json.loads(json.dumps(build.key_from(anns))):
    err("key.json is stale (run build.py)")
exp, notes, traps = key["expected"], key["notes"], key["traps"]
if len(exp) != 30:
    err("want exactly 30 expected findings, have %d" % len(exp))
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
have = Counter(f["rules"][0] for f in exp)
if dict(have) != want:
    err("rule counts %s != %s" % (dict(have), want))
if not 6 <= len(notes) <= 8:
    err("want 6-8 notes, have %d" % len(notes))
for f in notes:
    if f["rules"][0] not in ("anonymous-source", "vague-source", "quote-altered", "footnote-unused"):
        err("note %s has rule %s" % (f["id"], f["rules"]))
ids = [f["id"] for f in exp + notes]
if len(ids) != len(set(ids)):
    err("duplicate ids")

cat = {}
for f in exp:
    for b, n in f["at"]:
        if cat.get((b, n), "expected") != "expected":
            err("%s:%d in two categories" % (b, n))
        cat[(b, n)] = "expected"
for f in notes:
    for b, n in f["at"]:
        if (b, n) in cat:
            err("note line %s:%d already in %s" % (b, n, cat[(b, n)]))
        cat[(b, n)] = "notes"
for t in traps:
    k = (t["file"], t["line"])
    if k in cat:
        err("trap line %s:%d already in %s" % (k + (cat[k],)))
    cat[k] = "traps"
    if not t["what"].strip():
        err("trap without explanation %s:%d" % k)
for (b, n) in cat:
    if b not in disk or not 1 <= n <= len(disk[b]) or not disk[b][n - 1].strip():
        err("key points at a missing or empty line %s:%d" % (b, n))
for b, lines in disk.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (b, i) not in cat:
            err("non-empty line %s:%d is in no category" % (b, i))
mn = {(m[0], m[1]) for m in key["must_not"]}
if not mn <= {(t["file"], t["line"]) for t in traps}:
    err("must_not entries that are not traps")
if len(mn) < 0.9 * len(traps):
    err("must_not should hold nearly all traps")
cross = [f for f in exp if f["rules"][0] == "numeric-conflict" and len({a[0] for a in f["at"]}) > 1]
within = [f for f in exp if f["rules"][0] == "numeric-conflict"
          and any(Counter(a[0] for a in f["at"])[b] >= 2 for b in {a[0] for a in f["at"]})]
if len(cross) < 8 or len(within) < 3:
    err("numeric-conflict mix: %d across documents, %d within one document" % (len(cross), len(within)))

# ------------------------------------------------------------------ planted findings really hold
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def at_lines(fid):
    for f in exp:
        if f["id"] == fid:
            return [(b, n) for b, n in f["at"]]
    return []


def find_in(fid, base, needle):
    hits = [n for b, n in at_lines(fid) if b == base and needle in line(b, n)]
    if not hits:
        err("%s: %r not found on its lines in %s" % (fid, needle, base))
    return hits


SPEECH = re.compile(r"\b(said|says|told|added|adds|according|asked|explained|insisted|promised|admitted)\b", re.I)
QUOTE = re.compile(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]")

for fid, f in S.FINDINGS.items():
    c = f["check"]
    k = c["kind"]
    if k == "conflict":
        for base, needle, lo, hi in c["true"] + c["wrong"]:
            find_in(fid, base, needle)
            assert lo <= hi
        for base, needle in c.get("also", []):
            find_in(fid, base, needle)
        for _, tn, tlo, thi in c["true"]:
            for _, wn, wlo, whi in c["wrong"]:
                if not (whi < tlo or wlo > thi):
                    err("%s: %r [%g, %g] overlaps %r [%g, %g]" % (fid, wn, wlo, whi, tn, tlo, thi))
        for i, (_, a, alo, ahi) in enumerate(c["true"]):
            for _, b, blo, bhi in c["true"][i + 1:]:
                if ahi < blo or bhi < alo:
                    err("%s: true statements %r and %r do not agree" % (fid, a, b))
        files = {b for b, _ in at_lines(fid)}
        for base, *_ in c["true"] + c["wrong"]:
            files.discard(base)
        for base, _ in c.get("also", []):
            files.discard(base)
        if files:
            err("%s: lines in %s carry no checked value" % (fid, files))
    elif k == "arith":
        hits = [n for b, n in at_lines(fid) if b == c["file"] and all(x in line(b, n) for x in c["needles"])]
        if not hits:
            err("%s: figures %s are not in one line" % (fid, c["needles"]))
        if abs(c["computed"] - c["stated"]) <= c["tol"]:
            err("%s: stated %g is within %g of %g" % (fid, c["stated"], c["tol"], c["computed"]))
    elif k == "times":
        for base, needle, hhmm in c["items"]:
            find_in(fid, base, needle)
        if len({h for _, _, h in c["items"]}) < 2:
            err("%s: times do not differ" % fid)
    elif k == "age":
        for x in c["needles"]:
            find_in(fid, c["file"], x)
        if c["ref"] - c["year"] == c["stated"]:
            err("%s: age is actually right" % fid)
    elif k == "weekday":
        find_in(fid, c["file"], c["needle"])
        real = WD[datetime.date.fromisoformat(c["date"]).weekday()]
        if real == c["weekday"]:
            err("%s: weekday is actually right" % fid)
    elif k == "quote":
        (ba, qa), (bb, qb) = c["a"], c["b"]
        find_in(fid, ba, qa)
        find_in(fid, bb, qb)
        if qa == qb or ba == bb:
            err("%s: quotes must differ and come from two outlets" % fid)
        # the same speaker: each line names or is attributed to the same surname
        sa = [w for w in re.findall(r"\b[A-Z][a-z]+\b", " ".join(line(b, n) for b, n in at_lines(fid) if b == ba))]
        sb = [w for w in re.findall(r"\b[A-Z][a-z]+\b", " ".join(line(b, n) for b, n in at_lines(fid) if b == bb))]
        if not ({"Marsh", "Keswick", "Rathore"} & set(sa) & set(sb)):
            err("%s: the two lines do not name the same speaker" % fid)
    elif k == "unattributed":
        hits = find_in(fid, c["file"], c["needle"])
        lines = disk[c["file"]]
        for n in hits:
            l = lines[n - 1]
            if SPEECH.search(l):
                err("%s: line has a speech verb" % fid)
            if QUOTE.sub("", l).strip():
                err("%s: line holds more than the quotation" % fid)
            prev = [x for x in lines[:n - 1] if x.strip()][-1:]
            nxt = [x for x in lines[n:] if x.strip()][:1]
            for x in prev + nxt:
                if x.strip() and (QUOTE.search(x) or x.rstrip().endswith(":")):
                    err("%s: a neighbouring line could attribute the quote: %r" % (fid, x[:60]))
    elif k.startswith("fn-"):
        pass  # checked with the footnote structure below
    else:
        err("%s: unknown check %s" % (fid, k))

# ------------------------------------------------------------------ footnote structure
MD_MARK = re.compile(r"\[\^(\d+)\](?!:)")
MD_NOTE = re.compile(r"^\[\^(\d+)\]:")
BR_MARK = re.compile(r"\[(\d+)\]")
fn_docs = {}
for base, lines in disk.items():
    marks, defs, notes_sec = {}, {}, False
    for i, l in enumerate(lines, 1):
        if re.match(r"^#*\s*(Notes|Sources|References|Footnotes)\b", l.strip(), re.I):
            notes_sec = True
        m = MD_NOTE.match(l)
        if m:
            defs[int(m.group(1))] = i
            continue
        for m in MD_MARK.finditer(l):
            marks.setdefault(int(m.group(1)), []).append(i)
        for m in BR_MARK.finditer(l.replace("[^", "[x")):
            marks.setdefault(int(m.group(1)), []).append(i)
    if marks or defs:
        fn_docs[base] = (marks, defs, notes_sec)
if set(fn_docs) != {"kerrow_radon_report.md", "stbrennans_newsletter.txt"}:
    err("footnote markers found in unexpected documents: %s" % sorted(fn_docs))
for fid, f in S.FINDINGS.items():
    c = f["check"]
    if not c["kind"].startswith("fn-"):
        continue
    marks, defs, sec = fn_docs.get(c["file"], ({}, {}, False))
    if c["kind"] == "fn-gap":
        m = c["missing"]
        if m in marks or m in defs or (m - 1) not in marks or (m + 1) not in marks or (m - 1) not in defs or (m + 1) not in defs:
            err("%s: footnote %d is not a clean gap" % (fid, m))
        want_at = {(c["file"], marks[m - 1][0]), (c["file"], marks[m + 1][0]), (c["file"], defs[m - 1]), (c["file"], defs[m + 1])}
        if want_at != set(map(tuple, at_lines(fid))):
            err("%s: at should be the markers and notes either side of the gap: %s" % (fid, sorted(want_at)))
    elif c["kind"] == "fn-undefined":
        m = c["marker"]
        if m not in marks or m in defs or not sec:
            err("%s: marker %d is not undefined in a document with notes" % (fid, m))
        if set(map(tuple, at_lines(fid))) != {(c["file"], n) for n in marks[m]}:
            err("%s: at should be the marker line" % fid)
    elif c["kind"] == "fn-nonotes":
        if sec or defs or sorted(marks) != c["markers"]:
            err("%s: document must have markers %s and no notes" % (fid, c["markers"]))
        if set(map(tuple, at_lines(fid))) != {(c["file"], n) for v in marks.values() for n in v}:
            err("%s: at should be the marker lines" % fid)
marks, defs, _ = fn_docs["kerrow_radon_report.md"]
unused = set(defs) - set(marks)
if unused:
    err("radon report has unused notes %s (not planted)" % unused)
if sorted(marks) != [1, 2, 3, 5, 6, 7] or sorted(defs) != [1, 2, 3, 5, 6]:
    err("radon footnote layout changed: marks %s defs %s" % (sorted(marks), sorted(defs)))

# ------------------------------------------------------------------ weekdays (every weekday + date in the set)
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
WDP = "(" + "|".join(WD) + ")"
MP = "(" + "|".join(MONTHS) + ")"
pat1 = re.compile(WDP + r",? (\d{1,2}) " + MP)
pat2 = re.compile(WDP + r",? " + MP + r" (\d{1,2})\b")
bad_weekdays = set()
n_weekdays = 0
for base, lines in disk.items():
    for i, l in enumerate(lines, 1):
        for m in pat1.finditer(l):
            wd, d, mo = m.group(1), int(m.group(2)), MONTHS[m.group(3)]
            n_weekdays += 1
            if WD[datetime.date(2026, mo, d).weekday()] != wd:
                bad_weekdays.add((base, i))
        for m in pat2.finditer(l):
            wd, mo, d = m.group(1), MONTHS[m.group(2)], int(m.group(3))
            n_weekdays += 1
            if WD[datetime.date(2026, mo, d).weekday()] != wd:
                bad_weekdays.add((base, i))
if bad_weekdays != set(map(tuple, at_lines("D4"))):
    err("weekday mismatches %s != planted D4 %s" % (sorted(bad_weekdays), at_lines("D4")))
if n_weekdays < 15:
    err("only %d weekday+date pairs checked" % n_weekdays)
if "16 May" not in line("cupfinal_broadcaster.txt", 3):
    err("cup final date moved")
# 'third Saturday in May' in the feature
sats = [d for d in range(1, 32) if datetime.date(2026, 5, d).weekday() == 5]
if sats[2] != 16:
    err("16 May 2026 is not the third Saturday in May")
# 'Fifth Sunday of Lent' = 22 March 2026 (Easter 5 April; Ash Wednesday 18 February)
easter = datetime.date(2026, 4, 5)
if easter.weekday() != 6 or easter - datetime.timedelta(days=14) != datetime.date(2026, 3, 22):
    err("Lent dates wrong")

# ------------------------------------------------------------------ trap arithmetic and anniversaries
TRAPS = [
    # (file, needles on one line, computed, stated, tolerance, what)
    ("watermain_wire.txt", ["95-year-old"], 2026 - 1931, 95, 0, "main age from 1931"),
    ("watermain_wire.txt", ["nearly 40 hours"], (24 * 60 + 21 * 60 + 15 - (5 * 60 + 40)) / 60, 40, 1.0, "05:40 Tue -> 21:15 Wed"),
    ("watermain_trade.md", ["\u00a31.45m per kilometre"], 61 / 42, 1.45, 0.005, "61m / 42 km"),
    ("watermain_tabloid.txt", ["four feet"], 1.2 / 0.3048, 4, 0.1, "1.2 m in feet"),
    ("watermain_tabloid.txt", ["36-inch"], 900 / 25.4, 36, 0.6, "900 mm in inches (nominal 36-inch = 914 mm)"),
    ("watermain_tabloid.txt", ["for a fortnight"], (datetime.date(2026, 3, 24) - datetime.date(2026, 3, 10)).days, 14, 0, "closure to 24 March"),
    ("cupfinal_broadcaster.txt", ["more than 5,400"], 38614 - 33207, 5407, 0, "record margin"),
    ("cupfinal_broadcaster.txt", ["15 years ago"], 2026 - 2011, 15, 0, "since 2011"),
    ("cupfinal_broadcaster.txt", ["double the"], 250000 / 125000, 2, 0, "prize ratio"),
    ("cupfinal_feature.txt", ["twenty-three minutes of normal time left"], 90 - 67, 23, 0, "minutes left"),
    ("cupfinal_feature.txt", ["fifteen years ago, in 2011"], 2026 - 2011, 15, 0, "since 2011"),
    ("cupfinal_live.txt", ["30 minutes of extra time, two halves of 15"], 2 * 15, 30, 0, "extra time"),
    ("warehouse_local.txt", ["a rise of more than a third"], 0.40 / 1.10, 0.3637, 0.03, "premium rise"),
    ("warehouse_local.txt", ["6.5 per cent"], 100 * (13.21 - 12.40) / 12.40, 6.5, 0.05, "pay rise"),
    ("warehouse_union.md", ["924 (81% turnout)"], 100 * 924 / 1140, 81, 0.5, "turnout"),
    ("warehouse_union.md", ["721 (78%)"], 100 * 721 / 924, 78, 0.5, "accept share"),
    ("warehouse_union.md", ["Voted to reject: 203"], 924 - 721, 203, 0, "reject count"),
    ("warehouse_local.txt", ["11-day strike"], (datetime.date(2026, 2, 12) - datetime.date(2026, 2, 2)).days + 1, 11, 0, "strike length"),
    ("warehouse_bizwire.txt", ["nearly \u00a34 million"], 3.8, 3.8, 0.0, "nearly 4m covers 3.8m (0.9x..x)"),
    ("fenwick_cricket.md", ["41 of 72", "57 per cent"], 100 * 41 / 72, 57, 0.5, "win rate"),
    ("fenwick_cricket.md", ["from 128 to 142", "11 per cent"], 100 * 14 / 128, 11, 0.5, "membership rise"),
    ("fenwick_cricket.md", ["7.6 per cent"], 100 * (21480 - 19960) / 19960, 7.6, 0.05, "subs rise"),
    ("fenwick_cricket.md", ["half of it met by a \u00a32,100 grant"], 4200 / 2, 2100, 0, "grant half"),
    ("fenwick_cricket.md", ["100 years after", "1926"], 2026 - 1926, 100, 0, "centenary"),
    ("fenwick_cricket.md", ["**72**", "**41**", "**24**", "**7**"], 18 + 18 + 14 + 12 + 10, 72, 0, "played total"),
    ("stbrennans_newsletter.txt", ["150 years", "1876"], 2026 - 1876, 150, 0, "consecration anniversary"),
    ("stbrennans_newsletter.txt", ["(74 per cent)"], 100 * 48300 / 65000, 74, 0.5, "roof fund"),
    ("kerrow_radon_report.md", ["80 per cent of the 2,900"], 100 * 2318 / 2900, 80, 0.5, "return rate"),
    ("kerrow_radon_report.md", ["nearly ten times"], 1940 / 200, 9.7, 0.01, "highest vs action level"),
    ("kerrow_radon_report.md", ["| Carnford | 812 | 97 | 11.9% |"], 100 * 97 / 812, 11.9, 0.05, "Carnford"),
    ("kerrow_radon_report.md", ["| Ellisby | 655 | 58 | 8.9% |"], 100 * 58 / 655, 8.9, 0.05, "Ellisby"),
    ("kerrow_radon_report.md", ["| Tregarth | 851 | 57 | 6.7% |"], 100 * 57 / 851, 6.7, 0.05, "Tregarth"),
    ("kerrow_radon_report.md", ["| All districts | 2,318 | 212 | 9.1% |"], 100 * 212 / 2318, 9.1, 0.05, "all districts"),
    ("kerrow_radon_report.md", ["29 per cent of the 212"], 100 * 61 / 212, 29, 0.5, "remediated share"),
]
for base, needles, comp, stated, tol, what in TRAPS:
    hits = [i for i, l in enumerate(disk[base], 1) if all(x in l for x in needles)]
    if not hits:
        err("trap check %s: %s not found in %s" % (what, needles, base))
    if abs(comp - stated) > tol + 1e-9:
        err("trap check %s: %g vs stated %g" % (what, comp, stated))
# table rows: played = won + lost + drawn; column sums
rows = [l for l in disk["fenwick_cricket.md"] if l.startswith("| ") and re.search(r"\d", l)]
tot = [0, 0, 0, 0]
for r in rows:
    cells = [c.strip().strip("*") for c in r.strip("|").split("|")]
    nums = [int(c) for c in cells[1:]]
    if "Total" in cells[0]:
        if nums != tot:
            err("cricket totals %s != %s" % (nums, tot))
    else:
        if nums[0] != sum(nums[1:]):
            err("cricket row %s does not add up" % cells[0])
        tot = [a + b for a, b in zip(tot, nums)]
rad = [l for l in disk["kerrow_radon_report.md"] if re.match(r"\| [A-Z]", l) and re.search(r"\d", l) and "Bq" not in l]
tested = sum(int(l.split("|")[2].replace(",", "")) for l in rad if "All" not in l)
above = sum(int(l.split("|")[3]) for l in rad if "All" not in l)
if (tested, above) != (2318, 212):
    err("radon district sums %d/%d" % (tested, above))

# the planted conversion really is wrong and the others really are right
if abs(18e6 / 4.54609 - 8e6) < 0.1 * 8e6:
    err("8 million gallons would be a fair conversion of 18 million litres")
if abs(18000 * 1000 - 18e6) > 1:
    err("18,000 m3 is not 18 million litres")

# ------------------------------------------------------------------ quotes: every direct quote in a trap line is attributed
for t in traps:
    l = line(t["file"], t["line"])
    for m in QUOTE.finditer(l):
        if len(m.group(1).split()) >= 4 and not (SPEECH.search(l) or "to NBS:" in l):
            err("trap line %s:%d has a long quote without an attribution" % (t["file"], t["line"]))

if errors:
    print("validate: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("validate: OK: %d documents, %d findings %s, %d notes, %d traps (%d must_not), %d weekday+date pairs, %d trap checks"
      % (len(disk), len(exp), dict(have), len(notes), len(traps), len(key["must_not"]), n_weekdays, len(TRAPS)))
