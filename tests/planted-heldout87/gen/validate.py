#!/usr/bin/env python3
"""Validate heldout87: coverage of every non-empty line, files/lines, word counts, planted values,
trap arithmetic, weekdays (datetime) and footnote structure. Exit 1 on any failure."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
# ---- files and lines
files = {}
for f in S.DOCS:
    p = os.path.join(OUT, "docs", f)
    if not os.path.exists(p):
        err(f"missing {p}"); continue
    files[os.path.basename(f)] = (f, open(p, encoding="utf-8").read().split("\n")[:-1])
if len(files) != len(S.DOCS): err("document base names are not unique")
if len(S.DOCS) != 12: err(f"{len(S.DOCS)} documents, want 12")
clusters = Counter(f.split("/")[0] for f in S.DOCS)
if clusters.get("standalone") != 3 or sorted(v for k, v in clusters.items() if k != "standalone") != [3, 3, 3]:
    err(f"bad layout {clusters}")

def line(base, n):
    return files[base][1][n - 1]

# ---- word counts
for base, (f, lines) in files.items():
    w = len(" ".join(lines).split())
    if not 280 <= w <= 370: err(f"{f}: {w} words")

# ---- coverage: each non-empty line in exactly one category
cover = Counter()
cat = {}
for sect in ("expected", "notes"):
    for x in key[sect]:
        for base, n in x["at"]:
            if base not in files or not 1 <= n <= len(files[base][1]) or not line(base, n).strip():
                err(f"{x['id']}: bad location {base}:{n}")
            cat.setdefault((base, n), set()).add(sect)
for t in key["traps"]:
    cat.setdefault((t["file"], t["line"]), set()).add("traps")
    cover[(t["file"], t["line"])] += 1
    if not t["what"].strip(): err(f"trap without description {t}")
for (b, n), c in cover.items():
    if c > 1: err(f"{b}:{n} listed as trap {c} times")
for base, (f, lines) in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip():
            c = cat.get((base, i), set())
            if len(c) != 1: err(f"{base}:{i} in categories {sorted(c)}")
        elif (base, i) in cat: err(f"{base}:{i} is blank but annotated")
if len(key["must_not"]) < 0.9 * len(key["traps"]): err("must_not should hold nearly all traps")

# ---- counts per rule
rc = Counter(x["rules"][0] for x in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if dict(rc) != want: err(f"rule counts {dict(rc)} != {want}")
if len(key["expected"]) != 30: err("want exactly 30 expected")
if not 6 <= len(key["notes"]) <= 8: err("want 6-8 notes")
ids = [x["id"] for x in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)): err("duplicate ids")

# within-document numeric conflicts: at least 3
within = [x for x in key["expected"] if x["rules"] == ["numeric-conflict"] and len({b for b, _ in x["at"]}) == 1]
if len(within) < 3: err(f"only {len(within)} within-document numeric conflicts")

# ---- needles: every needle on some at-line, every at-line holds a needle
spec = {x["id"]: x for x in S.FINDINGS}
for x in key["expected"] + key["notes"]:
    sx = spec.get(x["id"]) or next(n for n in S.NOTES if n["id"] == x["id"])
    c = sx.get("check", {})
    needles = c.get("needles") or [s for s, _ in c.get("stated", [])] or sx.get("needles", [])
    texts = [line(b, n) for b, n in x["at"]]
    for nd in needles:
        if not any(nd in t for t in texts): err(f"{x['id']}: needle {nd!r} not on its lines")
    for (b, n), t in zip(x["at"], texts):
        if not any(nd in t for nd in needles): err(f"{x['id']}: {b}:{n} holds none of its needles")

# ---- planted values really differ / are really wrong
def inside(v, ivl): return ivl[0] <= v <= ivl[1]
def disjoint(a, b): return a[1] <= b[0] or b[1] <= a[0]  # printed values cover half-open rounding ranges
for sx in S.FINDINGS:
    c = sx["check"]; k = c["kind"]; i = sx["id"]
    if k == "conflict":
        st = dict(c["stated"])
        for nd, ivl in c["stated"]:
            ok = inside(c["truth"], ivl)
            if nd in c["wrong"] and ok: err(f"{i}: wrong value {nd} contains the truth")
            if nd not in c["wrong"] and not ok: err(f"{i}: true value {nd} {ivl} misses {c['truth']}")
        for w in c["wrong"]:
            for nd, ivl in c["stated"]:
                if nd not in c["wrong"] and not disjoint(st[w], ivl): err(f"{i}: {w} overlaps {nd}")
    elif k == "share":
        real = 100 * c["part"] / c["whole"]
        if abs(real - c["stated"]) < 3: err(f"{i}: share {real:.1f}% too close to {c['stated']}")
    elif k == "change":
        real = 100 * (c["to"] - c["frm"]) / c["frm"]
        if abs(real - c["stated"]) < 3: err(f"{i}: change {real:.1f}% too close to {c['stated']}")
    elif k == "weekday":
        if datetime.date.fromisoformat(c["date"]).strftime("%A") == c["stated"]: err(f"{i}: weekday is right")
    elif k == "anniv":
        if c["year"] - c["since"] == c["stated"]: err(f"{i}: anniversary is right")
    elif k == "differ":
        if c["a"] == c["b"]: err(f"{i}: values do not differ")

# ---- trap arithmetic
for f, nd, c in S.TRAP_CHECKS:
    base = os.path.basename(f)
    hits = [n for n, l in enumerate(files[base][1], 1) if nd in l]
    if len(hits) != 1: err(f"trap check needle {nd!r} found {len(hits)} times in {base}"); continue
    if not cat.get((base, hits[0])): err(f"trap check {base}:{hits[0]} is not annotated")
    k = c["kind"]
    if k == "eq" and c["a"] != c["b"]: err(f"trap {nd}: {c['a']} != {c['b']}")
    if k == "conv" and abs(c["v"] * c["f"] - c["stated"]) > c["tol"]: err(f"trap {nd}: {c['v']*c['f']} vs {c['stated']}")
    if k == "share_ok" and not c["lo"] <= c["part"] / c["whole"] <= c["hi"]: err(f"trap {nd}: share {c['part']/c['whole']:.3f}")
    if k == "change_ok" and abs(100 * (c["to"] - c["frm"]) / c["frm"] - c["stated"]) > 0.05: err(f"trap {nd}: change wrong")

# ---- weekdays: every weekday+date in the set is right unless it is a planted date finding
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MON = "January|February|March|April|May|June|July|August|September|October|November|December"
MN = {m: i + 1 for i, m in enumerate(MON.split("|"))}
pat1 = re.compile(rf"\b({DAYS}),? \(?(\d{{1,2}}) ({MON})(?: (\d{{4}}))?")
pat2 = re.compile(rf"\b({DAYS}),? ({MON}) (\d{{1,2}})\b")
dlines = {(b, n) for x in key["expected"] if x["rules"] == ["date-inconsistency"] for b, n in x["at"]}
nweek = 0
for base, (f, lines) in files.items():
    for n, l in enumerate(lines, 1):
        found = [(m.group(1), int(m.group(2)), MN[m.group(3)], int(m.group(4) or 2026)) for m in pat1.finditer(l)]
        found += [(m.group(1), int(m.group(3)), MN[m.group(2)], 2026) for m in pat2.finditer(l)]
        for wd, d, mo, y in found:
            nweek += 1
            real = datetime.date(y, mo, d).strftime("%A")
            if real != wd and (base, n) not in dlines: err(f"{base}:{n}: {wd} {d}/{mo}/{y} is a {real}")
            if real != wd and (base, n) in dlines: pass
d1 = spec["D1"]["check"]
# ---- footnotes
def fn(base):
    lines = files[base][1]
    notes_at = next((i for i, l in enumerate(lines) if l.strip().lower() in ("notes", "references", "sources")), None)
    body = lines if notes_at is None else lines[:notes_at]
    markers = [int(x) for l in body for x in re.findall(r"\[(\d+)\]", l)]
    notes = [] if notes_at is None else [int(m.group(1)) for l in lines[notes_at + 1:] for m in [re.match(r"(\d+)\. ", l)] if m]
    return markers, notes, notes_at
m, nts, at = fn("eastmarch_solar_review.txt")
if m != [1, 2, 3, 5, 7] or nts != [1, 2, 3, 5, 6]: err(f"eastmarch footnotes {m} {nts}")
allnums = set(m) | set(nts)
if [k for k in range(1, max(allnums) + 1) if k not in allnums] != [4]: err("gap is not exactly 4")
if set(m) - set(nts) != {7}: err("undefined marker is not exactly 7")
if set(nts) - set(m) != {6}: err("unused note is not exactly 6")
m, nts, at = fn("calder_vale_bulletin.txt")
if not m or at is not None: err("bulletin should have markers and no notes section")
for base in files:
    if base in ("eastmarch_solar_review.txt", "calder_vale_bulletin.txt"): continue
    mm, nn, aa = fn(base)
    if mm or aa is not None: err(f"{base}: unexpected footnote structure")

if errors:
    print("\n".join("FAIL: " + e for e in errors)); sys.exit(1)
print(f"ok: {len(files)} docs, {len(key['expected'])} expected {dict(rc)}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {nweek} weekday-dates checked, {len(S.TRAP_CHECKS)} trap checks")
