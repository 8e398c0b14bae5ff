#!/usr/bin/env python3
"""Validate the heldout72 planted set (stdlib only). Exit 0 when every check passes.

Checks: every non-empty line of every document is in exactly one of expected/notes/traps; files and lines
exist and the key matches the written files; counts per rule; word counts; planted values really differ
(intervals per SPEC section 6) and agreeing renderings really overlap; arithmetic of planted errors is wrong and
of traps is right; weekdays (datetime) for every 'Weekday D Month' in the text; anniversaries / years;
footnote structure (gap, undefined, unused, no notes).
"""
import collections, datetime, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402
import build  # noqa: E402

errors = []
def err(msg):
    errors.append(msg)

# ------------------------------------------------------------------ key vs files
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
files = {}
for rel in S.DOCS:
    path = os.path.join(OUT, "docs", rel)
    if not os.path.exists(path):
        err(f"missing file {rel}"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    spec_lines, _ = build.parse(rel)
    if lines != spec_lines:
        err(f"{rel}: written file differs from the spec (run build.py)")
    base = os.path.basename(rel)
    if base in files:
        err(f"duplicate base name {base}")
    files[base] = lines
    n = build.words(lines)
    if not 280 <= n <= 370:
        err(f"{rel}: {n} words (want 280-370)")
    if not rel.endswith((".txt", ".md")):
        err(f"{rel}: extension")

# every non-empty line in exactly one category
owner = collections.defaultdict(list)
for cat in ("expected", "notes"):
    for f in key[cat]:
        if not f["at"]:
            err(f"{f['id']}: no lines")
        for b, l in f["at"]:
            owner[(b, l)].append(f"{cat}:{f['id']}")
for t in key["traps"]:
    owner[(t["file"], t["line"])].append("trap")
    if not t["what"].strip():
        err(f"trap {t['file']}:{t['line']} has no 'what'")
for b, l in list(owner):
    if b not in files or not 1 <= l <= len(files[b]) or not files[b][l - 1].strip():
        err(f"{b}:{l} referenced but not a non-empty line")
for b, lines in files.items():
    for i, line in enumerate(lines, 1):
        if line.strip():
            if len(owner.get((b, i), [])) != 1:
                err(f"{b}:{i} is in {owner.get((b, i), [])} (want exactly one)")
trapset = {(t["file"], t["line"]) for t in key["traps"]}
for b, l, _ in key["must_not"]:
    if (b, l) not in trapset:
        err(f"must_not {b}:{l} is not a trap")
if len(key["must_not"]) < 0.9 * len(key["traps"]):
    err("must_not should hold nearly all traps")

# ------------------------------------------------------------------ counts
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = collections.Counter(f["rules"][0] for f in key["expected"])
if len(key["expected"]) != 30:
    err(f"{len(key['expected'])} expected findings (want 30)")
if dict(got) != want:
    err(f"rule counts {dict(got)} != {want}")
if not 6 <= len(key["notes"]) <= 8:
    err(f"{len(key['notes'])} notes (want 6-8)")
note_rules = {f["rules"][0] for f in key["notes"]}
if not {"anonymous-source", "vague-source", "quote-altered", "footnote-unused"} <= note_rules:
    err(f"note rules {note_rules}")
byid = {f["id"]: f for f in key["expected"]}
for f in key["expected"]:
    r = f["rules"][0]
    files_of = {b for b, _ in f["at"]}
    if r in ("numeric-conflict", "quote-conflict") and len(f["at"]) < 2:
        err(f"{f['id']}: a conflict needs at least two lines")
    if r == "quote-conflict" and len(files_of) != 2:
        err(f"{f['id']}: quote conflict should span two outlets")
within = [f["id"] for f in key["expected"] if f["rules"][0] == "numeric-conflict"
          and any(collections.Counter(b for b, _ in f["at"])[b] >= 2 for b in {b for b, _ in f["at"]})]
if len(within) < 3:
    err(f"only {within} numeric conflicts within one document (want >= 3)")
cross = [f["id"] for f in key["expected"] if f["rules"][0] == "numeric-conflict" and len({b for b, _ in f["at"]}) >= 2]
if len(cross) < 7:
    err(f"only {cross} cross-outlet conflicts")

# ------------------------------------------------------------------ intervals (SPEC section 6)
def interval(v, q):
    if q == "exact":
        if isinstance(v, int) or float(v).is_integer():
            return (v - 0.5, v + 0.5)
        d = len(repr(float(v)).split(".")[1])
        h = 0.5 * 10 ** -d
        return (v - h, v + h)
    if q == "exact_mile1":
        return (v * 0.95, v * 1.05)
    if q in ("about", "around", "some", "roughly"):
        return (v * 0.9, v * 1.1)
    if q in ("nearly", "almost"):
        return (v * 0.9, v)
    if q == "more_than":
        return (v, math.inf)
    raise ValueError(q)

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

def lines_with(base, sub):
    return [i for i, l in enumerate(files.get(base, []), 1) if sub in l]

all_at = {f["id"]: {(b, l) for b, l in f["at"]} for f in key["expected"] + key["notes"]}
for c in S.CHECKS:
    cid = c["id"]
    for base, sub in c.get("where", []):
        hits = lines_with(base, sub)
        if not hits:
            err(f"check {cid}: {sub!r} not found in {base}"); continue
        if cid != "trap" and not any((base, h) in all_at.get(cid, set()) for h in hits):
            err(f"check {cid}: {base}:{hits} is not among the finding's lines")
        if cid == "trap" and not any((base, h) in trapset or any((base, h) in s for s in all_at.values()) for h in hits):
            err(f"trap check: {base}:{hits} not in key")
    k = c["kind"]
    if k in ("disjoint", "overlap"):
        ia, ib = interval(*c["a"]), interval(*c["b"])
        ov = overlap(ia, ib)
        if (k == "disjoint") == ov:
            err(f"check {cid}: {k} failed for {c['a']} {ia} vs {c['b']} {ib}")
    elif k == "pct_change":
        real = (c["to"] - c["frm"]) / c["frm"] * 100
        ok = abs(real - c["stated"]) <= 0.6
        if ok != c["ok"]:
            err(f"check {cid}: change {real:.2f}% vs stated {c['stated']} (want ok={c['ok']})")
    elif k == "share":
        real = c["part"] / c["whole"] * 100
        ok = abs(real - c["stated"]) <= 0.6
        if ok != c["ok"]:
            err(f"check {cid}: share {real:.2f}% vs stated {c['stated']} (want ok={c['ok']})")
    elif k == "sum":
        if sum(c["parts"]) != c["total"]:
            err(f"check {cid}: {c['parts']} do not sum to {c['total']}")
    elif k == "diff":
        if abs(c["a"] - c["b"] - c["stated"]) > 1e-9:
            err(f"check {cid}: {c['a']}-{c['b']} != {c['stated']}")
    elif k == "ratio_gt":
        if not c["a"] / c["b"] > c["stated"]:
            err(f"check {cid}: ratio {c['a'] / c['b']:.2f} not > {c['stated']}")
    elif k == "ratio_about":
        r = c["a"] / c["b"]
        if not 0.9 * c["stated"] <= r <= 1.1 * c["stated"] or abs(r - c["stated"]) / c["stated"] > 0.01:
            err(f"check {cid}: ratio {r:.1f} not about {c['stated']}")
    elif k == "conv":
        real = c["value"] * c["factor"]
        ok = abs(real - c["stated"]) / c["stated"] <= 0.05
        if ok != c["ok"]:
            err(f"check {cid}: {c['value']} -> {real:.2f} vs stated {c['stated']} (want ok={c['ok']})")
    elif k == "years":
        ok = c["end"] - c["start"] == c["stated"]
        if ok != c["ok"]:
            err(f"check {cid}: {c['start']}->{c['end']} = {c['end'] - c['start']} vs {c['stated']} (want ok={c['ok']})")
    elif k == "weekday":
        real = datetime.date.fromisoformat(c["date"]).strftime("%A")
        if (real == c["day"]) != c["ok"]:
            err(f"check {cid}: {c['date']} is a {real}, text says {c['day']} (want ok={c['ok']})")
    elif k == "time_differ":
        if c["a"] == c["b"]:
            err(f"check {cid}: times do not differ")
    elif k == "time_same":
        if c["a"] != c["b"]:
            err(f"check {cid}: times differ")
    elif k == "days_between":
        days = (datetime.date.fromisoformat(c["b"]) - datetime.date.fromisoformat(c["a"])).days
        if not c["weeks_min"] * 7 < days < c["weeks_max"] * 7:
            err(f"check {cid}: {days} days not within {c['weeks_min']}-{c['weeks_max']} weeks")
    else:
        err(f"unknown check kind {k}")
ids_checked = {c["id"] for c in S.CHECKS}
for f in key["expected"]:
    if f["rules"][0] in ("numeric-conflict", "numeric-arithmetic", "date-inconsistency") and f["id"] not in ids_checked:
        err(f"{f['id']}: no value check")

# ------------------------------------------------------------------ weekdays everywhere in the text
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
P1 = re.compile(rf"\b({DAYS}),? (\d{{1,2}}) ({'|'.join(MONTHS)})\b")
P2 = re.compile(rf"\b({DAYS}),? ({'|'.join(MONTHS)}) (\d{{1,2}})\b")
d_lines = {(b, l) for f in key["expected"] if f["rules"][0] == "date-inconsistency" for b, l in f["at"]}
nweek = 0
for b, lines in files.items():
    for i, line in enumerate(lines, 1):
        for m in list(P1.finditer(line)) + list(P2.finditer(line)):
            if m.re is P1:
                day, dd, mon = m.group(1), int(m.group(2)), m.group(3)
            else:
                day, mon, dd = m.group(1), m.group(2), int(m.group(3))
            real = datetime.date(2026, MONTHS[mon], dd).strftime("%A")
            nweek += 1
            if real != day and (b, i) not in d_lines:
                err(f"{b}:{i}: {day} {dd} {mon} 2026 is a {real} (not planted)")
            if real == day and (b, i) in d_lines and "Tuesday 20 April" in line:
                err(f"{b}:{i}: planted weekday error is not wrong")

# ------------------------------------------------------------------ footnotes
SUP = {"¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}
for b, exp in S.FOOTNOTES.items():
    lines = files[b]
    notes_idx = next((i for i, l in enumerate(lines) if re.fullmatch(r"(#+ )?Notes", l.strip())), None)
    body = lines if notes_idx is None else lines[:notes_idx]
    notes_part = [] if notes_idx is None else lines[notes_idx + 1:]
    if exp["style"] == "bracket":
        markers = [int(x) for l in body for x in re.findall(r"\[(\d+)\]", l)]
    else:
        markers = [SUP[ch] for l in body for ch in l if ch in SUP]
    defined = [int(m.group(1)) for l in notes_part for m in [re.match(r"\[(\d+)\] ", l)] if m]
    if (notes_idx is None) != exp["no_notes"]:
        err(f"{b}: notes section presence wrong")
    if len(markers) != len(set(markers)) or markers != sorted(markers):
        err(f"{b}: markers duplicated or out of order {markers}")
    allnums = set(markers) | set(defined)
    gap = [n for n in range(1, max(allnums) + 1) if n not in allnums] if allnums else []
    undefined = [] if notes_idx is None else sorted(set(markers) - set(defined))
    if notes_idx is None:
        undefined = sorted(set(markers))
    unused = sorted(set(defined) - set(markers))
    if gap != exp["gap"] or undefined != exp["undefined"] or unused != exp["unused"]:
        err(f"{b}: footnotes gap={gap} undefined={undefined} unused={unused} != {exp}")
# no stray markers elsewhere
for b, lines in files.items():
    if b in S.FOOTNOTES:
        continue
    for i, l in enumerate(lines, 1):
        if re.search(r"\[\d+\]", l) or any(ch in SUP for ch in l):
            err(f"{b}:{i}: footnote-like marker in a document without planned footnotes")
# footnote findings point at marker/note lines
for f in key["expected"]:
    if f["rules"][0].startswith("footnote"):
        for b, l in f["at"]:
            line = files[b][l - 1]
            if not (re.search(r"\[\d+\]", line) or any(ch in SUP for ch in line)):
                err(f"{f['id']}: {b}:{l} has no marker")

# ------------------------------------------------------------------ quotes
for f in key["expected"]:
    r = f["rules"][0]
    if r == "quote-conflict":
        qs = [re.findall(r'"([^"]+)"|“([^”]+)”', files[b][l - 1]) for b, l in f["at"]]
        qs = [" ".join(a or b2 for a, b2 in q) for q in qs]
        if len(set(qs)) < 2 or not all(qs):
            err(f"{f['id']}: quotes do not differ or are missing")
        else:
            import difflib
            wa, wb = [[w.strip(",.;:!?") for w in q.split()] for q in qs[:2]]
            ops = difflib.SequenceMatcher(None, wa, wb).get_opcodes()
            repl = sum(min(i2 - i1, j2 - j1) for t, i1, i2, j1, j2 in ops if t == "replace")
            shared = sum(i2 - i1 for t, i1, i2, j1, j2 in ops if t == "equal")
            if not 1 <= repl <= 3 or shared < 8:
                err(f"{f['id']}: quotes share {shared} words and replace {repl} (want a small meaning change)")
    if r == "unattributed-quote":
        b, l = f["at"][0]
        line = files[b][l - 1].strip()
        if not (line.startswith(("\"", "“")) and line.endswith(("\"", "”"))):
            err(f"{f['id']}: not a bare quotation line")
        nb = [files[b][j].strip() for j in (l - 2, l) if 0 <= j < len(files[b])]
        for x in nb:
            if x.startswith(("\"", "“")) or re.search(r"\b(said|says|told)\b", x[-20:] if x else ""):
                pass

if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print(f"OK: {len(files)} documents, {len(key['expected'])} findings ({dict(got)}), {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not), {len(S.CHECKS)} value checks, "
      f"{nweek} weekday mentions checked")
