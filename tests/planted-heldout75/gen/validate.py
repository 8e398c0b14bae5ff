#!/usr/bin/env python3
"""Validate heldout75: key.json vs docs/ vs gen/docs_spec.py (standard library only). Exit 1 on any error."""
import datetime, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S
from docs_spec import K, R, P
from build import layout

errors = []
def err(msg):
    errors.append(msg)

lay = layout()
key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))

# ---------------------------------------------------------------- files as written
files = {}
for base, (rel, texts, tags) in lay.items():
    p = os.path.join(OUT, "docs", rel)
    if not os.path.isfile(p):
        err(f"missing file {p}"); continue
    raw = open(p, "rb").read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{base}: not UTF-8"); continue
    lines = txt.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines != texts:
        err(f"{base}: file on disk differs from docs_spec (rebuild)")
    files[base] = lines
    if not (rel.endswith(".txt") or rel.endswith(".md")):
        err(f"{base}: extension")
    n = sum(len(l.split()) for l in lines)
    if not 280 <= n <= 370:
        err(f"{base}: {n} words, want 280-370")

folders = Counter(os.path.dirname(rel) for rel, _, _ in lay.values())
if len(lay) != 12 or folders.get("standalone") != 3 or len(folders) != 4 or any(v != 3 for v in folders.values()):
    err(f"layout: want 3 clusters x 3 docs + 3 stand-alone, got {dict(folders)}")

def line(f, ln):
    return files[f][ln - 1]

def tagline(f, tag):
    return files[f][lay[f][2][tag] - 1]

# ---------------------------------------------------------------- key structure and coverage
RULE_COUNTS = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
               "unattributed-quote": 3, "footnote-gap": 1, "footnote-undefined": 1, "footnote-no-notes": 1}
exp = key["expected"]
if len(exp) != 30:
    err(f"expected has {len(exp)} findings, want 30")
rc = Counter(f["rules"][0] for f in exp)
for r, n in RULE_COUNTS.items():
    if rc.get(r, 0) != n:
        err(f"rule {r}: {rc.get(r, 0)} findings, want {n}")
if not 6 <= len(key["notes"]) <= 8:
    err(f"{len(key['notes'])} notes, want 6-8")
ids = [f["id"] for f in exp] + [n["id"] for n in key["notes"]]
if len(set(ids)) != len(ids):
    err("duplicate ids")
for f in exp:
    if not re.fullmatch(r"(F|A|D|Q|U|FN)\d+", f["id"]):
        err(f"bad id {f['id']}")

owner = defaultdict(list)
for group in ("expected", "notes"):
    for f in key[group]:
        if not f.get("at"):
            err(f"{f['id']}: no locations")
        for a, b in f["at"]:
            if a not in files:
                err(f"{f['id']}: unknown file {a}"); continue
            if not 1 <= b <= len(files[a]) or not files[a][b - 1].strip():
                err(f"{f['id']}: {a}:{b} is not a non-empty line"); continue
            owner[(a, b)].append(f["id"])
for t in key["traps"]:
    a, b = t["file"], t["line"]
    if a not in files or not 1 <= b <= len(files[a]) or not files[a][b - 1].strip():
        err(f"trap {a}:{b} is not a non-empty line"); continue
    if not t.get("what"):
        err(f"trap {a}:{b} has no 'what'")
    owner[(a, b)].append("trap")
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip():
            o = owner.get((f, i), [])
            if len(o) != 1:
                err(f"{f}:{i} is in {len(o)} of expected/notes/traps ({o}): {l[:60]!r}")
trapset = {(t["file"], t["line"]) for t in key["traps"]}
mn = {(a, b) for a, b, _ in key["must_not"]}
if not mn <= trapset:
    err("must_not has entries that are not traps")
if len(mn) < 0.9 * len(trapset):
    err("must_not should hold nearly all traps")

# key.json must match the spec
spec_at = {f["id"]: sorted([a, lay[a][2][t]] for a, t in f["at"]) for f in S.FINDINGS + S.NOTES}
for f in exp + key["notes"]:
    if sorted(f["at"]) != spec_at.get(f["id"]):
        err(f"{f['id']}: key.json locations differ from the spec (rebuild)")

# ---------------------------------------------------------------- numbers
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})

def parse_words(s):
    total, cur = 0, 0
    for tok in re.split(r"[\s-]+", s.lower()):
        if tok in ("and", ""):
            continue
        if tok in WORDS:
            cur += WORDS[tok]
        elif tok == "hundred":
            cur = (cur or 1) * 100
        elif tok == "thousand":
            total += (cur or 1) * 1000; cur = 0
        else:
            raise ValueError(tok)
    return total + cur

def interval(num, qual, scale):
    if re.fullmatch(r"[\d,]+(\.\d+)?", num):
        v = float(num.replace(",", ""))
        dec = len(num.split(".")[1]) if "." in num else 0
        half = 0.5 * 10 ** -dec
    else:
        v, half = float(parse_words(num)), 0.5
    lo, hi = v - half, v + half
    if qual == "about":
        lo, hi = v * 0.9, v * 1.1
    elif qual == "nearly":
        lo, hi = v * 0.9, v
    elif qual == "more than":
        lo, hi = v, float("inf")
    elif qual is not None:
        raise ValueError(qual)
    return lo * scale, hi * scale

def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def pct_interval(claimed, qual):
    if qual == "more than":
        return claimed, float("inf")
    return claimed - 0.5, claimed + 0.5

within = 0
for f in S.FINDINGS:
    c = f["check"]; fid = f["id"]
    atset = set(f["at"])
    if c["kind"] == "conflict":
        trues, wrongs = [], []
        for (fl, tag, snip, num, qual, scale, ok) in c["values"]:
            if (fl, tag) not in atset:
                err(f"{fid}: value location {fl}/{tag} not in 'at'")
            l = tagline(fl, tag)
            if snip not in l:
                err(f"{fid}: snippet {snip!r} not on {fl}/{tag}")
            if num.lower() not in snip.lower():
                err(f"{fid}: number {num!r} not in snippet {snip!r}")
            (trues if ok else wrongs).append(interval(num, qual, scale))
        if not trues or not wrongs:
            err(f"{fid}: need true and wrong values")
        for i, a in enumerate(trues):
            for b in trues[i + 1:]:
                if not overlap(a, b):
                    err(f"{fid}: true values disagree {a} {b}")
        for w in wrongs:
            for t in trues:
                if overlap(w, t):
                    err(f"{fid}: planted value {w} overlaps true {t}")
        if len({fl for fl, _ in f["at"]}) == 1:
            within += 1
    elif c["kind"] in ("share", "change"):
        l = " ".join(tagline(a, t) for a, t in f["at"])
        for s in c["snippets"]:
            if s not in l:
                err(f"{fid}: snippet {s!r} missing")
        actual = 100 * c["part"] / c["whole"] if c["kind"] == "share" else 100 * (c["new"] - c["old"]) / c["old"]
        if c["kind"] == "change" and abs(c["claimed"] - 100 / 3 * (-1 if c["claimed"] < 0 else 1)) < 1e-9:
            lo, hi = sorted((c["claimed"] * 0.97, c["claimed"] * 1.03))
        else:
            lo, hi = pct_interval(c["claimed"], c["qual"])
        if lo <= actual <= hi:
            err(f"{fid}: stated {c['claimed']} is consistent with actual {actual:.2f}")
        if abs(actual - c["claimed"]) < 3 and c["qual"] is None:
            err(f"{fid}: error too small to be clear ({actual:.2f} vs {c['claimed']})")
    elif c["kind"] == "time":
        def mins(s):
            m = re.search(r"(\d{1,2})[:.](\d{2})\s*(am|pm)?", s)
            h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(3)
            if ap == "pm" and h != 12: h += 12
            if ap == "am" and h == 12: h = 0
            return h * 60 + mi
        tv = []
        for fl, tag, snip, ok in c["values"]:
            if snip not in tagline(fl, tag):
                err(f"{fid}: {snip!r} not on {fl}/{tag}")
            tv.append((mins(snip), ok))
        ts = {m for m, ok in tv if ok}
        if len(ts) != 1 or any(m in ts for m, ok in tv if not ok):
            err(f"{fid}: times do not form a true/wrong split {tv}")
    elif c["kind"] == "weekday":
        pass  # checked by the calendar scan below
    elif c["kind"] in ("years_after", "anniversary"):
        l = tagline(*f["at"][0])
        if c["text"] not in l or str(c["base"]) not in l:
            err(f"{fid}: text/base year not on line")
        if c["year"] - c["base"] == c["stated"]:
            err(f"{fid}: {c['stated']} actually fits {c['base']} -> {c['year']}")
    elif c["kind"] == "quote":
        (fa, ta, qa), (fb, tb, qb) = c["a"], c["b"]
        la, lb = tagline(fa, ta), tagline(fb, tb)
        for l, q, nm in ((la, qa, fa), (lb, qb, fb)):
            if q not in l or c["speaker"] not in l:
                err(f"{fid}: quote or speaker missing on {nm}")
            m = re.search("“([^”]*)”", l)
            if not m or q.strip(" ,.") not in m.group(1):
                err(f"{fid}: {nm} quote text is not inside curly quotes")
        wa, wb = set(re.findall(r"\w+", qa.lower())), set(re.findall(r"\w+", qb.lower()))
        if qa == qb or not (wa ^ wb):
            err(f"{fid}: the two renderings do not differ in wording")
    elif c["kind"] == "unattributed":
        l = tagline(*f["at"][0])
        if not re.search("“[^”]{20,}”", l):
            err(f"{fid}: no direct quote")
        outside = re.sub("“[^”]*”", "", l)
        if re.search(r"\b(said|says|told|tells|according|added|asked|wrote|writes)\b", outside, re.I) or \
           re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", outside):
            err(f"{fid}: line carries an attribution: {outside!r}")
if within < 3:
    err(f"only {within} within-document numeric conflicts, want >= 3")

# ---------------------------------------------------------------- calendar scan (every weekday + date in every doc)
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
wd_re = re.compile(r"\b(%s),?\s+(\d{1,2})\s+(%s)(?:\s+(\d{4}))?" % ("|".join(DAYS), "|".join(MONTHS)))
bad_wd = set()
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in wd_re.finditer(l):
            y = int(m.group(4) or 2026)
            d = datetime.date(y, MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if DAYS[d.weekday()] != m.group(1):
                bad_wd.add((f, i))
planted_wd = set()
for f in S.FINDINGS:
    if f["check"]["kind"] == "weekday":
        fl, tag = f["at"][0]
        ln = lay[fl][2][tag]
        planted_wd.add((fl, ln))
        if f["check"]["text"] not in line(fl, ln):
            err(f"{f['id']}: weekday text not on line")
if bad_wd != planted_wd:
    err(f"weekday mismatches {sorted(bad_wd)} != planted {sorted(planted_wd)}")

# ---------------------------------------------------------------- footnotes
NOTES_HEAD = re.compile(r"^(#+\s*)?(Notes|References|Sources|Footnotes)\s*$")
fn = {}
for f, lines in files.items():
    head = next((i for i, l in enumerate(lines) if NOTES_HEAD.match(l.strip())), None)
    body = lines if head is None else lines[:head]
    markers = defaultdict(list)
    for i, l in enumerate(body, 1):
        for m in re.finditer(r"\[(\d{1,2})\]", l):
            markers[int(m.group(1))].append(i)
    entries = {}
    if head is not None:
        for i in range(head + 1, len(lines)):
            m = re.match(r"^(\d{1,2})\.\s", lines[i])
            if m:
                entries[int(m.group(1))] = i + 1
    fn[f] = (head, dict(markers), entries)
for f, (head, markers, entries) in fn.items():
    if not markers and not entries:
        continue
    allnums = set(markers) | set(entries)
    gaps = sorted(set(range(1, max(allnums) + 1)) - allnums)
    undefined = sorted(set(markers) - set(entries)) if head is not None else []
    unused = sorted(set(entries) - set(markers))
    nonotes = head is None and bool(markers)
    want = {K: dict(gaps=[], undefined=[3], unused=[], nonotes=False),
            R: dict(gaps=[4], undefined=[], unused=[7], nonotes=False),
            P: dict(gaps=[], undefined=[], unused=[], nonotes=True)}.get(f)
    got = dict(gaps=gaps, undefined=undefined, unused=unused, nonotes=nonotes)
    if want is None or got != want:
        err(f"{f}: footnote structure {got} != planned {want}")
for f in S.FINDINGS:
    c = f["check"]
    if c["kind"] == "fn_gap":
        fl = f["at"][0][0]
        _, markers, entries = fn[fl]
        try:
            need = {markers[c["missing"] - 1][0], markers[c["missing"] + 1][0], entries[c["missing"] - 1], entries[c["missing"] + 1]}
        except (KeyError, IndexError):
            need = set()
        if not need or need != {lay[a][2][t] for a, t in f["at"]}:
            err(f"{f['id']}: 'at' should be the marker and note lines either side of the gap {sorted(need)}")
    elif c["kind"] == "fn_undefined":
        fl = f["at"][0][0]
        if {fn[fl][1].get(c["marker"], [None])[0]} != {lay[a][2][t] for a, t in f["at"]}:
            err(f"{f['id']}: 'at' is not the undefined marker's line")
    elif c["kind"] == "fn_no_notes":
        fl = f["at"][0][0]
        ml = {x for v in fn[fl][1].values() for x in v}
        if ml != {lay[a][2][t] for a, t in f["at"]}:
            err(f"{f['id']}: 'at' should be every marker line {sorted(ml)}")
for n in S.NOTES:
    if n["rules"] == ["footnote-unused"]:
        fl, tag = n["at"][0]
        if not line(fl, lay[fl][2][tag]).startswith("7."):
            err("N7 is not the unused note 7")

# ---------------------------------------------------------------- traps: arithmetic/conversions that must hold
for fl, tag, snips, expr in S.TRAP_CHECKS:
    l = tagline(fl, tag)
    for s in snips:
        if s not in l:
            err(f"trap check {fl}/{tag}: {s!r} not on the line")
    if not eval(expr, {"__builtins__": {"__import__": __import__, "abs": abs}}):
        err(f"trap check {fl}/{tag} fails: {expr}")
for (fl, tag) in S.TRAPS:
    if tag not in lay[fl][2]:
        err(f"trap on unknown tag {fl}/{tag}")
for fl, tag in S.SOFT:
    if (fl, tag) not in S.TRAPS:
        err(f"soft trap {fl}/{tag} is not a trap")

# quotes: every curly quote must be closed on its line
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.count("“") != l.count("”"):
            err(f"{f}:{i} unbalanced curly quotes")

if errors:
    print("FAIL"); print(*errors, sep="\n"); sys.exit(1)
print(f"OK: {len(files)} documents, {len(exp)} findings {dict(rc)}, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps ({len(key['must_not'])} must_not), {within} within-document conflicts")
