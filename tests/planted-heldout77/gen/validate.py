#!/usr/bin/env python3
"""Validate heldout77: structure of key.json, coverage of every non-empty line, word counts, planted values,
trap arithmetic, weekdays (datetime) and footnote structure. Exit 1 on any failure."""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

errors = []
def fail(msg):
    errors.append(msg)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))

# ---- files on disk match the spec, names unique
paths = {}
for root, _, files in os.walk(os.path.join(OUT, "docs")):
    for f in files:
        if f in paths:
            fail(f"duplicate base name {f}")
        paths[f] = os.path.join(root, f)
if set(paths) != set(S.DOCS):
    fail(f"docs on disk {sorted(paths)} != spec {sorted(S.DOCS)}")
text = {}
for f in S.DOCS:
    raw = open(paths[f], "rb").read()
    raw.decode("utf-8")
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if lines != [t for t, _ in S.DOCS[f]]:
        fail(f"{f}: file differs from spec")
    if not f.endswith((".txt", ".md")):
        fail(f"{f}: extension")
    text[f] = lines

# ---- document counts per folder
folders = collections.Counter(os.path.basename(os.path.dirname(p)) for p in paths.values())
if folders.get("standalone") != 3 or len(folders) != 4 or any(v != 3 for v in folders.values()):
    fail(f"folders: {dict(folders)} (want three clusters of 3 and standalone 3)")

# ---- word counts
for f, lines in text.items():
    wc = sum(len([w for w in t.split() if re.search(r"[A-Za-z0-9]", w)]) for t in lines)
    if not 280 <= wc <= 370:
        fail(f"{f}: {wc} words")

# ---- coverage: every non-empty line exactly once
count = collections.Counter()
for e in key["expected"] + key["notes"]:
    for a, b in e["at"]:
        count[(a, b)] += 1
for t in key["traps"]:
    count[(t["file"], t["line"])] += 1
for f, lines in text.items():
    for n, t in enumerate(lines, 1):
        c = count.pop((f, n), 0)
        if t.strip() and c != 1:
            fail(f"{f}:{n} covered {c} times")
        if not t.strip() and c:
            fail(f"{f}:{n} blank line is referenced")
for k in count:
    fail(f"reference to missing line {k}")
tr = {(t["file"], t["line"]) for t in key["traps"]}
for f, n, _ in key["must_not"]:
    if (f, n) not in tr:
        fail(f"must_not {f}:{n} is not a trap")
if len(key["must_not"]) < 0.9 * len(key["traps"]):
    fail("must_not should hold nearly all traps")

# ---- counts per rule
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = collections.Counter(e["rules"][0] for e in key["expected"])
if dict(got) != want or len(key["expected"]) != 30:
    fail(f"rule counts {dict(got)}")
if not 6 <= len(key["notes"]) <= 8:
    fail("notes count")
note_rules = {r for e in key["notes"] for r in e["rules"]}
if note_rules != {"anonymous-source", "vague-source", "quote-altered", "footnote-unused"}:
    fail(f"note rules {note_rules}")
for e in key["expected"] + key["notes"]:
    if not e["at"]:
        fail(f"{e['id']} has no lines")
    if e["rules"][0] == "quote-conflict" and len({a for a, _ in e["at"]}) != 2:
        fail(f"{e['id']} quote-conflict must span two outlets")
# within-document numeric conflicts: at least 3
within = [e for e in key["expected"] if e["rules"] == ["numeric-conflict"]
          and any(sum(1 for a, _ in e["at"] if a == f) >= 2 for f in {a for a, _ in e["at"]})]
if len(within) < 3:
    fail(f"only {len(within)} within-document conflicts")

def tagged(fid):
    return [(f, n, t) for f, lines in S.DOCS.items() for n, (t, tag) in enumerate(lines, 1) if tag == fid]

SPEECH = re.compile(r"\b(said|says|say|told|tells|according to|added|insists|warned|calls|promised|asked)\b", re.I)
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---- planted values
for x in S.FINDINGS:
    kind, data = x["check"]
    lines = tagged(x["id"])
    if kind == "conflict":
        ivs = []
        for f, sub, lo, hi in data:
            if not any(lf == f and sub in t for lf, _, t in lines):
                fail(f"{x['id']}: '{sub}' not on a tagged line of {f}")
            ivs.append((lo, hi))
        if not any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(ivs) for b in ivs[i + 1:]):
            fail(f"{x['id']}: no disjoint pair of intervals")
        if len(lines) < 2:
            fail(f"{x['id']}: fewer than two lines")
    elif kind == "arith":
        a, b, stated, actual = data
        if abs(stated - actual) < 3:
            fail(f"{x['id']}: stated {stated} too close to actual {actual:.1f}")
        (f, n, t), = lines
        for v in (a, b):
            if f"{v:,}" not in t:
                fail(f"{x['id']}: {v:,} not in line")
        if not re.search(rf"\b{stated} per cent|\b{stated}%", t):
            fail(f"{x['id']}: stated percentage not in line")
    elif kind == "weekday":
        f, y, m, d, wd = data
        real = datetime.date(y, m, d).strftime("%A")
        if real == wd:
            fail(f"{x['id']}: weekday is actually right")
        (lf, n, t), = lines
        if lf != f or f"{wd} {d} " not in t:
            fail(f"{x['id']}: weekday text not found")
    elif kind == "years_after":
        start, n_years, in_force = data
        if start + n_years == in_force:
            fail(f"{x['id']}: years-after is actually right")
        (f, n, t), = lines
        if str(start) not in t or "twelve years later" not in t:
            fail(f"{x['id']}: text not found")
    elif kind == "time":
        mins = set()
        for f, sub, mn in data:
            if not any(lf == f and sub in t for lf, _, t in lines):
                fail(f"{x['id']}: '{sub}' not on tagged line of {f}")
            mins.add(mn)
        if len(mins) < 2:
            fail(f"{x['id']}: times agree")
    elif kind == "quote":
        q1, q2 = data
        if q1 == q2:
            fail(f"{x['id']}: quotes identical")
        files = [f for f, _, _ in lines]
        for q in (q1, q2):
            if not any(q in t for _, _, t in lines):
                fail(f"{x['id']}: quote not found: {q}")
        for _, _, t in lines:
            if not SPEECH.search(t):
                fail(f"{x['id']}: quote line has no speech verb")
        w1, w2 = set(q1.lower().split()), set(q2.lower().split())
        if not (w1 ^ w2) or len(w1 & w2) < 5:
            fail(f"{x['id']}: quotes should differ by a word and share the rest")
    elif kind == "unattributed":
        (f, n, t), = lines
        if f != data or not re.search(r"\"[^\"]{10,}\"", t):
            fail(f"{x['id']}: no quote")
        doc = text[f]
        near = [doc[i] for i in range(max(0, n - 3), min(len(doc), n + 2))]
        if any(SPEECH.search(l) for l in near):
            fail(f"{x['id']}: speech verb near the unattributed quote")

# ---- trap arithmetic
for desc, ok in S.TRAP_CHECKS:
    if not ok:
        fail(f"trap check failed: {desc}")

# ---- weekdays in all documents
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
mon = "|".join(MONTHS)
wdr = "|".join(WD)
pat1 = re.compile(rf"\b({wdr}),? (\d{{1,2}}) ({mon})(?: (\d{{4}}))?")
pat2 = re.compile(rf"\b({wdr}),? ({mon}) (\d{{1,2}})(?:, (\d{{4}}))?")
wrong_ids = {x["id"] for x in S.FINDINGS if x["check"][0] == "weekday"}
nweek = 0
for f, lines in S.DOCS.items():
    for n, (t, tag) in enumerate(lines, 1):
        for m in list(pat1.finditer(t)) + list(pat2.finditer(t)):
            if m.re is pat1:
                wd, d, mo, y = m.group(1), int(m.group(2)), m.group(3), m.group(4)
            else:
                wd, mo, d, y = m.group(1), m.group(2), int(m.group(3)), m.group(4)
            y = int(y) if y else 2026
            real = datetime.date(y, MONTHS.index(mo) + 1, d).strftime("%A")
            nweek += 1
            if tag in wrong_ids:
                if real == wd:
                    fail(f"{f}:{n} planted weekday is right")
            elif real != wd:
                fail(f"{f}:{n} {wd} {d} {mo} {y} is a {real}")
if nweek < 10:
    fail(f"only {nweek} weekday mentions checked")

# ---- footnote structure
MARK = re.compile(r"\[\^?(\d+)\](?!:)")
def footnotes(f):
    lines = text[f]
    heads = [i for i, t in enumerate(lines) if t.strip().lstrip("#").strip() in ("Notes", "References")]
    body = lines[:heads[0]] if heads else lines
    notes = lines[heads[0] + 1:] if heads else []
    markers = [int(m.group(1)) for t in body for m in MARK.finditer(t)]
    defs = [int(m.group(1)) for t in notes for m in re.finditer(r"^\[\^?(\d+)\]:?", t)]
    return bool(heads), markers, defs
for f in S.DOCS:
    has, markers, defs = footnotes(f)
    if f == "brackwater_performance.txt":
        if not has or markers != [1, 2, 3, 5, 6, 7] or defs != [1, 2, 3, 5, 6]:
            fail(f"{f}: footnotes {markers} {defs}")
    elif f == "lantern_review.md":
        if not has or markers != [1, 2] or defs != [1, 2, 3]:
            fail(f"{f}: footnotes {markers} {defs}")
    elif f == "council_watch.txt":
        if has or markers != [1, 2, 3]:
            fail(f"{f}: footnotes {markers} {has}")
    elif markers or has:
        fail(f"{f}: unexpected footnote markers {markers}")
# footnote finding lines hold the right markers
def line_markers(fid):
    return {(f, int(m.group(1))) for f, n, t in tagged(fid) for m in re.finditer(r"\[\^?(\d+)\]", t)}
if not {("brackwater_performance.txt", 3), ("brackwater_performance.txt", 5)} <= line_markers("FN1"):
    fail("FN1 lines should hold markers/notes 3 and 5")
if line_markers("FN2") != {("brackwater_performance.txt", 7)}:
    fail("FN2 line should hold marker 7 only")
if line_markers("FN3") != {("council_watch.txt", 1), ("council_watch.txt", 2), ("council_watch.txt", 3)}:
    fail("FN3 lines should hold all Council Watch markers")
if line_markers("N7") != {("lantern_review.md", 3)}:
    fail("N7 should be the unused note 3")

# ---- notes content
for x in S.NOTES:
    for f, n, t in tagged(x["id"]):
        r = x["rules"][0]
        if r == "quote-altered" and not re.search(r"\"[^\"]*(\[[^\]]+\]|\.\.\.|…)[^\"]*\"", t):
            fail(f"{x['id']}: no bracket/ellipsis inside a quote")
        if r == "anonymous-source" and "named" not in t:
            fail(f"{x['id']}: no anonymous source")
        if r == "vague-source" and not re.search(r"\b(Experts|Critics|Analysts) say\b", t):
            fail(f"{x['id']}: no vague source")

# ---- README
readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
if not readme.startswith(f"# {S.SET} — blind planted set for factlint"):
    fail("README title")
for e in key["expected"]:
    if f"| {e['id']} |" not in readme:
        fail(f"README lacks {e['id']}")

if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(S.DOCS)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not), {nweek} weekday mentions checked")
