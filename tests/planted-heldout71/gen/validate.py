#!/usr/bin/env python3
"""Validate heldout71: coverage of every non-empty line, files and lines, word counts, planted values
really differ / are really wrong, trap arithmetic, weekdays (datetime), footnote structure."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
import build as B

OUT = os.path.dirname(HERE)
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
docs = {d["file"]: d for d in S.DOCS}
disk = {}
for d in S.DOCS:
    p = os.path.join(OUT, "docs", d["folder"], d["file"])
    if not os.path.exists(p):
        err(f"missing {p}"); continue
    disk[d["file"]] = open(p, encoding="utf-8").read().split("\n")[:-1]
    if disk[d["file"]] != [B.text_of(l) for l in d["lines"]]:
        err(f"{d['file']} on disk differs from spec (rebuild)")

# --- structure and counts
if len(S.DOCS) != 12: err("want 12 documents")
folders = Counter(d["folder"] for d in S.DOCS)
if sorted(folders.values()) != [3, 3, 3, 3] or "standalone" not in folders: err(f"folders {folders}")
for d in S.DOCS:
    w = B.words(d)
    if not 280 <= w <= 370: err(f"{d['file']}: {w} words")
    if not d["file"].endswith((".txt", ".md")): err(f"{d['file']}: extension")
rc = Counter(f["rules"][0] for f in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
if dict(rc) != want: err(f"rule counts {dict(rc)}")
if len(key["expected"]) != 30: err("want 30 expected")
if not 6 <= len(key["notes"]) <= 8: err("want 6-8 notes")
ids = [f["id"] for f in key["expected"] + key["notes"]]
if len(ids) != len(set(ids)): err("duplicate ids")

# --- every non-empty line in exactly one of expected/notes/traps
cat = {}
for group in ("expected", "notes"):
    for f in key[group]:
        for fn, ln in f["at"]:
            if fn not in disk or not 1 <= ln <= len(disk[fn]): err(f"{f['id']}: bad location {fn}:{ln}"); continue
            if not disk[fn][ln - 1].strip(): err(f"{f['id']}: empty line {fn}:{ln}")
            prev = cat.setdefault((fn, ln), group)
            if prev != group: err(f"{fn}:{ln} in both expected and notes")
for t in key["traps"]:
    k = (t["file"], t["line"])
    if k in cat: err(f"{k} is a trap and in {cat[k]}")
    if not disk[t["file"]][t["line"] - 1].strip(): err(f"trap on empty line {k}")
    if not t["what"]: err(f"trap without what {k}")
    cat[k] = "traps"
if len({(t["file"], t["line"]) for t in key["traps"]}) != len(key["traps"]): err("duplicate traps")
for fn, lines in disk.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (fn, i) not in cat: err(f"{fn}:{i} not covered: {l[:60]}")
mn = {(a, b) for a, b, _ in key["must_not"]}
if not mn <= {(t["file"], t["line"]) for t in key["traps"]}: err("must_not not a subset of traps")
if len(mn) < 0.9 * len(key["traps"]): err("must_not should hold nearly all traps")

def line_of(fn, sub): return disk[fn][B.resolve(fn, sub) - 1]
def at_lines(f): return [line_of(fn, sub) for fn, sub in f["at"]]

# --- numeric conflicts: true intervals overlap, wrong ones are disjoint from all true ones
def interval(kind, v, h):
    if kind == "exact": return (v - h, v + h)
    if kind in ("about", "some"): return (0.9 * v, 1.1 * v)
    if kind == "more": return (v + 1e-9, float("inf"))
    if kind == "nearly": return (0.9 * v, v)
    raise ValueError(kind)
def overlap(a, b): return a[0] < b[1] and b[0] < a[1]  # half-open rounding ranges
for f in S.FINDINGS:
    if "conflict" not in f: continue
    texts = " || ".join(at_lines(f))
    tru, bad = [], []
    for sub, kind, v, h, ok in f["conflict"]:
        if sub not in texts: err(f"{f['id']}: {sub!r} not on its lines")
        (tru if ok else bad).append(interval(kind, v, h))
    if not tru or not bad: err(f"{f['id']}: needs true and wrong values")
    for a in tru:
        for b in tru:
            if not overlap(a, b): err(f"{f['id']}: true values disagree {a} {b}")
    for b in bad:
        for a in tru:
            if overlap(a, b): err(f"{f['id']}: wrong value {b} overlaps true {a}")

# --- arithmetic findings really wrong
for f in S.FINDINGS:
    a = f.get("arith")
    if not a: continue
    actual = (a["b"] - a["a"]) / a["a"] * 100
    st = a["stated"]
    if abs(actual - st) <= max(0.5, 0.1 * abs(st)): err(f"{f['id']}: stated {st} is close to actual {actual:.2f}")
    if str(abs(st)).rstrip("0").rstrip(".") not in " ".join(at_lines(f)): err(f"{f['id']}: stated value not on line")
for desc, expr in S.TRAP_CHECKS:
    if not eval(expr): err(f"trap arithmetic fails: {desc}: {expr}")

# --- dates
for ds, wd in S.WEEKDAYS_OK:
    if datetime.date.fromisoformat(ds).strftime("%A") != wd: err(f"trap weekday wrong: {ds} {wd}")
months = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
wdre = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
mre = "(" + "|".join(months) + ")"
planted_wd = {(f["weekday"][0], f["weekday"][1]) for f in S.FINDINGS if "weekday" in f}
seen_bad = set()
for fn, lines in disk.items():
    for i, l in enumerate(lines, 1):
        for m in re.finditer(wdre + r",? (\d{1,2}) " + mre + r"(?: (\d{4}))?|" + wdre + r", " + mre + r" (\d{1,2}), (\d{4})", l):
            if m.group(1):
                wd, day, mon, yr = m.group(1), int(m.group(2)), m.group(3), int(m.group(4) or 2026)
            else:
                wd, mon, day, yr = m.group(5), m.group(6), int(m.group(7)), int(m.group(8))
            ds = datetime.date(yr, months[mon], day)
            if ds.strftime("%A") != wd:
                if (ds.isoformat(), wd) in planted_wd: seen_bad.add((ds.isoformat(), wd))
                else: err(f"{fn}:{i}: unplanted wrong weekday {wd} {ds}")
if seen_bad != planted_wd: err(f"planted weekday errors not all found: {planted_wd - seen_bad}")
for f in S.FINDINGS:
    if "weekday" in f:
        ds, wd = f["weekday"]
        if datetime.date.fromisoformat(ds).strftime("%A") == wd: err(f"{f['id']}: weekday is actually right")
    if "anniv" in f:
        a = f["anniv"]
        if a["year"] - a["founded"] == a["n"]: err(f"{f['id']}: anniversary actually fits")
        if str(a["founded"]) not in " ".join(at_lines(f)): err(f"{f['id']}: founding year not on line")
    if "times" in f:
        vals = {(h, m) for _, h, m, ok in f["times"] if ok}
        bad = {(h, m) for _, h, m, ok in f["times"] if not ok}
        if len(vals) != 1 or bad & vals: err(f"{f['id']}: times do not conflict as planted")
        for sub, *_ in f["times"]:
            if sub not in " ".join(at_lines(f)): err(f"{f['id']}: {sub!r} not on its lines")

# --- quotes
for f in S.FINDINGS:
    if "quotes" in f:
        q1, q2 = f["quotes"]
        if q1 == q2: err(f"{f['id']}: renderings identical")
        w1, w2 = q1.split(), q2.split()
        if len(w1) != len(w2) or sum(x != y for x, y in zip(w1, w2)) != 1: err(f"{f['id']}: want exactly one changed word")
        lines = at_lines(f)
        if not any(q1 in l for l in lines) or not any(q2 in l for l in lines): err(f"{f['id']}: renderings not on lines")
    if f["rules"] == ["unattributed-quote"]:
        (fn, sub), = f["at"]
        ln = B.resolve(fn, sub)
        ctx = " ".join(disk[fn][max(0, ln - 2):ln + 1])
        if not re.search(r'"[^"]{20,}"', disk[fn][ln - 1]): err(f"{f['id']}: no direct quote")
        if re.search(r"\b(said|says|told|according|added|warned)\b", ctx): err(f"{f['id']}: a speech verb is nearby")

# --- footnotes
def parse(style, lines):
    body_markers, notes, in_notes = [], [], False
    for l in lines:
        if style == "caret":
            if l.strip() == "Notes": in_notes = True; continue
            if in_notes:
                m = re.match(r"(\d+)\. ", l)
                if m: notes.append(int(m.group(1)))
            else:
                body_markers += [int(x) for x in re.findall(r"\^(\d+)", l)]
        elif style == "md":
            m = re.match(r"\[\^(\d+)\]:", l)
            if m: notes.append(int(m.group(1)))
            else: body_markers += [int(x) for x in re.findall(r"\[\^(\d+)\]", l)]
        elif style == "bracket":
            if re.match(r"#+ (Notes|Sources|References)", l): notes.append(-1)
            body_markers += [int(x) for x in re.findall(r"\[(\d+)\]", l)]
    return body_markers, notes
for f in S.FINDINGS:
    if "footnotes" not in f: continue
    fn = f["at"][0][0]
    fs = f["footnotes"]
    mk, nt = parse(fs["style"], disk[fn])
    if mk != fs["markers"] or nt != fs["notes"]: err(f"{f['id']}: parsed markers {mk} notes {nt}, spec {fs}")
    rule = f["rules"][0]
    allnums = sorted(set(mk) | set(nt))
    if rule == "footnote-gap" and not any(n not in allnums for n in range(1, max(allnums) + 1)): err(f"{f['id']}: no gap")
    if rule == "footnote-undefined" and not (set(mk) - set(nt)): err(f"{f['id']}: nothing undefined")
    if rule == "footnote-no-notes" and nt: err(f"{f['id']}: has notes")
fnfiles = {f["at"][0][0] for f in S.FINDINGS if "footnotes" in f}
for fn, lines in disk.items():
    if fn in fnfiles: continue
    for i, l in enumerate(lines, 1):
        if re.search(r"\[\^?\d+\]|\^\d", l): err(f"{fn}:{i}: stray footnote-like marker")
# footnote-unused note really unused
for n in S.NOTES:
    if n["rules"] == ["footnote-unused"]:
        fn, sub = n["at"][0]
        num = int(re.match(r"(\d+)\.", sub).group(1))
        mk, nt = parse("caret", disk[fn])
        if num in mk or num not in nt: err(f"{n['id']}: note {num} is used or absent")

# --- notes contain their trigger
triggers = {"anonymous-source": r"not to be named|did not want to be named", "vague-source": r"^(Analysts said|Critics say)",
            "quote-altered": r'"[^"]*(\[[^\]]+\]|\.\.\.)[^"]*"'}
for n in S.NOTES:
    r = triggers.get(n["rules"][0])
    if r and not any(re.search(r, l) for l in at_lines(n)): err(f"{n['id']}: trigger missing")

if errors:
    print("\n".join("FAIL: " + e for e in errors)); sys.exit(1)
print(f"OK: {len(disk)} docs, {len(key['expected'])} expected {dict(rc)}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not)")
