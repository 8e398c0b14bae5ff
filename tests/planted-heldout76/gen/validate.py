#!/usr/bin/env python3
"""Validate heldout76: structure, coverage, word counts, planted values, trap arithmetic,
weekdays and footnotes.  Standard library only.  Exit 0 when everything passes."""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S
import build

errors = []
def err(msg):
    errors.append(msg)

docs = build.parsed_docs()
by_base = {d["base"]: d for d in docs.values()}
if len(by_base) != len(docs):
    err("duplicate base names")

# --- files on disk match the spec ---------------------------------------------------------
if len(docs) != 12:
    err(f"expected 12 documents, got {len(docs)}")
clusters = {}
for path, d in docs.items():
    folder = path.split("/")[0]
    clusters.setdefault(folder, []).append(path)
    if not path.endswith((".txt", ".md")):
        err(f"{path}: extension")
    full = os.path.join(OUT, "docs", path)
    if not os.path.exists(full):
        err(f"{path}: missing on disk (run build.py)")
        continue
    disk = open(full, encoding="utf-8").read().split("\n")
    if disk[-1] == "":
        disk = disk[:-1]
    if disk != d["lines"]:
        err(f"{path}: file on disk differs from spec (run build.py)")
for c, ps in clusters.items():
    if len(ps) != 3:
        err(f"folder {c}: {len(ps)} documents, want 3")
if "standalone" not in clusters or len(clusters) != 4:
    err("want three cluster folders and docs/standalone")

# --- key.json matches and coverage -----------------------------------------------------------
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
if key != build.make_key(docs):
    err("key.json is stale (run build.py)")
if key.get("set") != S.SET:
    err("set name")

cover = {}
for cat in ("expected", "notes"):
    for f in key[cat]:
        if not f["at"]:
            err(f"{f['id']}: no locations")
        for fn, ln in f["at"]:
            cover.setdefault((fn, ln), set()).add(cat)
for t in key["traps"]:
    cover.setdefault((t["file"], t["line"]), set()).add("traps")
    if not t["what"].strip():
        err(f"trap {t['file']}:{t['line']} has no 'what'")
for base, d in by_base.items():
    for i, line in enumerate(d["lines"], 1):
        cats = cover.get((base, i), set())
        if line.strip() and len(cats) != 1:
            err(f"{base}:{i}: in {sorted(cats) or 'no category'} (want exactly one)")
        if not line.strip() and cats:
            err(f"{base}:{i}: empty line is listed")
for (fn, ln) in cover:
    if fn not in by_base or not (1 <= ln <= len(by_base[fn]["lines"])):
        err(f"location {fn}:{ln} does not exist")
trap_keys = [(t["file"], t["line"]) for t in key["traps"]]
if len(set(trap_keys)) != len(trap_keys):
    err("duplicate traps")
mn = {(a, b) for a, b, _ in key["must_not"]}
if not mn <= set(trap_keys):
    err("must_not contains a non-trap")
if len(mn) < 0.9 * len(trap_keys):
    err("must_not should hold nearly all traps")

# --- counts per rule ----------------------------------------------------------------------
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
got = {}
for f in key["expected"]:
    got[f["rules"][0]] = got.get(f["rules"][0], 0) + 1
if got != want or len(key["expected"]) != 30:
    err(f"rule counts {got} != {want}")
if not 6 <= len(key["notes"]) <= 8:
    err("want 6-8 notes")
note_rules = {n["rules"][0] for n in key["notes"]}
if not {"anonymous-source", "vague-source", "quote-altered", "footnote-unused"} <= note_rules:
    err(f"note rules {note_rules}")
ids = [f["id"] for f in key["expected"] + key["notes"]]
if len(set(ids)) != len(ids):
    err("duplicate ids")

# --- word counts ----------------------------------------------------------------------------
for path, d in docs.items():
    w = build.words(d["lines"])
    if not 280 <= w <= 370:
        err(f"{path}: {w} words (want 280-370)")

# --- planted findings: values really differ / are really wrong ------------------------------
at_of = {f["id"]: f["at"] for f in key["expected"]}
def line_of(fid, fn, literal):
    hits = [ln for a, ln in at_of[fid] if a == fn and literal in by_base[fn]["lines"][ln - 1]]
    if not hits:
        err(f"{fid}: '{literal}' not found on a listed line of {fn}")
    return hits

def cross_file(f):
    return len({a for a, _ in f["at"]}) > 1

within = 0
for f in S.FINDINGS:
    fid, chk = f["id"], f["check"]
    kind = chk[0]
    if kind == "conflict":
        vals = chk[1]
        for fn, lit, lo, hi in vals:
            line_of(fid, fn, lit)
            if lo > hi:
                err(f"{fid}: bad interval for {lit}")
        disjoint = any(a[3] < b[2] or b[3] < a[2] for a in vals for b in vals)
        if not disjoint:
            err(f"{fid}: no two stated values are disjoint")
        files = {fn for fn, *_ in vals}
        # a within-document pair: two disjoint values in the same file
        if any(a[0] == b[0] and (a[3] < b[2] or b[3] < a[2]) for a in vals for b in vals):
            within += 1
        if len(at_of[fid]) < 2:
            err(f"{fid}: a conflict needs two lines")
    elif kind == "arith":
        _, lits, actual, (lo, hi) = chk
        for lit in lits:
            line_of(fid, at_of[fid][0][0], lit)
        if lo <= actual <= hi:
            err(f"{fid}: stated figure is actually supported ({actual:.2f} in [{lo}, {hi}])")
    elif kind == "weekday":
        _, fn, lit, date, wd = chk
        line_of(fid, fn, lit)
        real = datetime.date.fromisoformat(date).strftime("%A")
        if real == wd:
            err(f"{fid}: {date} really is a {wd}")
    elif kind == "anniv":
        _, fn, lit, founded, n, year = chk
        line_of(fid, fn, lit)
        if founded + n == year:
            err(f"{fid}: anniversary is right")
    elif kind == "times":
        for fn, lit, hhmm in chk[1]:
            line_of(fid, fn, lit)
        if len({t for *_, t in chk[1]}) < 2:
            err(f"{fid}: times agree")
    elif kind == "quote":
        (f1, q1), (f2, q2) = chk[1]
        line_of(fid, f1, q1); line_of(fid, f2, q2)
        w1, w2 = q1.split(), q2.split()
        if q1 == q2 or f1 == f2:
            err(f"{fid}: quotes identical or in one file")
        if len(w1) == len(w2) and sum(a != b for a, b in zip(w1, w2)) != 1:
            err(f"{fid}: want exactly one changed word")
    elif kind == "unattr":
        _, fn, lit = chk
        for ln in line_of(fid, fn, lit):
            text = by_base[fn]["lines"][ln - 1]
            if re.search(r"\b(said|says|say|told|tells|according|asked|added|insists)\b", text):
                err(f"{fid}: line has a speech verb")
            if not re.search(r'["“].+["”]', text):
                err(f"{fid}: no quotation marks")
        others = [l for b, dd in by_base.items() for l in dd["lines"] if lit in l]
        if len(others) != 1:
            err(f"{fid}: quote text appears elsewhere")
    elif kind == "footnote":
        pass  # checked below
    else:
        err(f"{fid}: unknown check {kind}")
if within < 3:
    err(f"only {within} within-document conflicts (want >= 3)")
cross = sum(1 for f in key["expected"] if f["rules"][0] == "numeric-conflict" and cross_file(f))
if cross < 8:
    err(f"only {cross} cross-outlet conflicts")

# --- trap arithmetic ---------------------------------------------------------------------------
for desc, v, lo, hi in S.TRAP_ARITH:
    if not (lo - 1e-9 <= v <= hi + 1e-9):
        err(f"trap arithmetic fails: {desc} ({v})")

# --- weekdays -------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10}
D, M = "|".join(DAYS), "|".join(MONTHS)
pats = [re.compile(rf"\b({D}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({M})(?:,?\s+(\d{{4}}))?"),
        re.compile(rf"\b({D}),?\s+({M})\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?"),
        re.compile(rf"\b({D})\s+the\s+(\w+)\s+of\s+({M})")]
planted = {(c[1], c[2]) for c in (f["check"] for f in S.FINDINGS) if c[0] == "weekday"}
seen_planted, nweek = set(), 0
for base, d in by_base.items():
    for i, line in enumerate(d["lines"], 1):
        for k, p in enumerate(pats):
            for m in p.finditer(line):
                wd = m.group(1)
                if k == 0:
                    day, mon, yr = int(m.group(2)), m.group(3), m.group(4)
                elif k == 1:
                    mon, day, yr = m.group(2), int(m.group(3)), m.group(4)
                else:
                    day, mon, yr = ORD.get(m.group(2).lower()), m.group(3), None
                    if day is None:
                        continue
                date = datetime.date(int(yr or 2026), MONTHS.index(mon) + 1, day)
                ok = date.strftime("%A") == wd
                nweek += 1
                is_planted = any(fn == base and lit == m.group(0) for fn, lit in planted)
                if is_planted:
                    seen_planted.add((base, m.group(0)))
                    if ok:
                        err(f"{base}:{i}: planted weekday '{m.group(0)}' is correct")
                elif not ok:
                    err(f"{base}:{i}: unplanned wrong weekday '{m.group(0)}' ({date} is a {date.strftime('%A')})")
if len(seen_planted) != len(planted):
    err(f"planted weekdays found {seen_planted} vs {planted}")
if nweek < 15:
    err(f"only {nweek} weekday mentions checked")

# --- footnotes ------------------------------------------------------------------------------------
def footnotes(lines):
    """markers {n: [lines]}, notes {n: line}, has_notes_section"""
    markers, notes, in_notes, has_section = {}, {}, False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        m = re.match(r"^\[\^(\d+)\]:", s)
        if m:
            notes[int(m.group(1))] = i; has_section = True
            continue
        if re.fullmatch(r"(#+\s*)?(\d+\.\s*)?(Notes|References|Sources)", s):
            in_notes, has_section = True, True
            continue
        if in_notes:
            m = re.match(r"^(\d+)\.\s", s)
            if m:
                notes[int(m.group(1))] = i
            continue
        for m in re.finditer(r"\[\^?(\d+)\](?!:)", l):
            markers.setdefault(int(m.group(1)), []).append(i)
    return markers, notes, has_section

fn_expect = {
    "westmarch_food_inspectorate.txt": ({1, 2, 3, 5, 6, 7}, {1, 2, 3, 5, 6}, True),
    "quayside_weekly.md": ({1, 2}, set(), False),
    "ashcombe_chess_review.md": ({1}, {1, 2}, True),
}
fnres = {}
for base, d in by_base.items():
    mk, nt, sec = footnotes(d["lines"])
    fnres[base] = (mk, nt, sec)
    exp = fn_expect.get(base, (set(), set(), False))
    if (set(mk), set(nt), sec) != exp:
        err(f"{base}: footnotes markers {sorted(mk)} notes {sorted(nt)} section {sec}, want {exp}")
for f in S.FINDINGS:
    chk = f["check"]
    if chk[0] != "footnote":
        continue
    _, fn, what, n = chk
    mk, nt, sec = fnres[fn]
    at = {ln for a, ln in at_of[f["id"]] if a == fn}
    if what == "gap":
        if n in mk or n in nt or not (n - 1 in mk and n + 1 in mk and n - 1 in nt and n + 1 in nt):
            err(f"{f['id']}: no clean gap at {n}")
        need = set(mk[n - 1]) | set(mk[n + 1]) | {nt[n - 1], nt[n + 1]}
        if at != need:
            err(f"{f['id']}: at {sorted(at)} want {sorted(need)}")
    elif what == "undefined":
        if n not in mk or n in nt:
            err(f"{f['id']}: marker {n} not undefined")
        if at != set(mk[n]):
            err(f"{f['id']}: at {sorted(at)} want {mk[n]}")
    elif what == "no-notes":
        if sec or nt or not mk:
            err(f"{f['id']}: document has notes or no markers")
        need = {ln for ls in mk.values() for ln in ls}
        if at != need:
            err(f"{f['id']}: at {sorted(at)} want {sorted(need)}")
# unused note N7
n7 = [n for n in key["notes"] if n["rules"][0] == "footnote-unused"][0]
mk, nt, _ = fnres["ashcombe_chess_review.md"]
unused = {nt[k] for k in nt if k not in mk}
if {ln for _, ln in n7["at"]} != unused:
    err("footnote-unused note location")

# --- notes point at what they say --------------------------------------------------------------
NOTE_PAT = {"anonymous-source": r"asked not to be named|condition of anonymity",
            "vague-source": r"\b(analysts|critics|experts)\s+say\b",
            "quote-altered": r"\[[a-z][^\]]*\]|\.\.\.|…"}
for n in key["notes"]:
    p = NOTE_PAT.get(n["rules"][0])
    if p:
        for fn, ln in n["at"]:
            if not re.search(p, by_base[fn]["lines"][ln - 1], re.I):
                err(f"{n['id']}: pattern not on {fn}:{ln}")
# no brackets/ellipses inside quotes of quote-conflict lines; no stray vague/anonymous phrases on trap lines
for t in key["traps"]:
    text = by_base[t["file"]]["lines"][t["line"] - 1]
    for r_, p in NOTE_PAT.items():
        if r_ != "quote-altered" and re.search(p, text, re.I):
            err(f"trap {t['file']}:{t['line']} contains a {r_} phrase")
    if re.search(r"\[[a-z][^\]]*\]|\.\.\.|…", text):
        err(f"trap {t['file']}:{t['line']} contains brackets/ellipsis")

# --- README -------------------------------------------------------------------------------------
rd = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
if not rd.startswith(f"# {S.SET} — blind planted set for factlint"):
    err("README title")
for f in key["expected"]:
    if f"| {f['id']} |" not in rd:
        err(f"README lacks {f['id']}")

if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(docs)} documents, {len(key['expected'])} findings {got}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not), {nweek} weekday mentions, "
      f"{within} within-document conflicts")
