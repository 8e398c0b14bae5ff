#!/usr/bin/env python3
"""Check the built set against the tagged spec: every-line rule, line numbers in key.json, word counts,
planted values really differ, trap arithmetic / weekdays / anniversaries really hold."""
import collections, datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)
errors, warns = [], []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

def weekday(iso):
    return WD[datetime.date.fromisoformat(iso).weekday()]

# ---- 1. files on disk vs spec; every non-empty line tagged exactly once ----
bases = [os.path.basename(r) for r in S.DOCS]
if len(set(bases)) != len(bases):
    err("basenames not unique")
on_disk = []
for root, _, files in os.walk(os.path.join(OUT, "docs")):
    for f in files:
        on_disk.append(os.path.relpath(os.path.join(root, f), os.path.join(OUT, "docs")))
if sorted(on_disk) != sorted(S.DOCS):
    err(f"docs on disk {sorted(on_disk)} != spec {sorted(S.DOCS)}")

tag_at = {}          # (base, line) -> kind/ids
fileline_text = {}
words = {}
for rel, items in S.DOCS.items():
    base = os.path.basename(rel)
    text = open(os.path.join(OUT, "docs", rel), encoding="utf-8").read().split("\n")
    if text and text[-1] == "":
        text = text[:-1]
    if len(text) != len(items):
        err(f"{rel}: {len(text)} lines on disk vs {len(items)} in spec")
    for n, (line, it) in enumerate(zip(text, items), 1):
        if it is None:
            if line.strip():
                err(f"{base}:{n} blank in spec but not on disk")
            continue
        if not line.strip():
            err(f"{base}:{n} empty line tagged {it['kind']}")
        if line != it["text"]:
            err(f"{base}:{n} text differs from spec")
        tag_at[(base, n)] = it
        fileline_text[(base, n)] = line
    words[base] = len(" ".join(text).split())
    if not 280 <= words[base] <= 380:
        err(f"{base}: {words[base]} words (want 280-380)")

# ---- 2. key.json consistent with tags ----
exp_ids = {f["id"] for f in key["expected"]}
if exp_ids != set(S.FINDINGS):
    err("finding ids in key != spec")
covered = collections.Counter()
for f in key["expected"]:
    if not f["at"]:
        err(f"{f['id']} has no lines")
    for b, n in f["at"]:
        it = tag_at.get((b, n))
        if not it or it["kind"] != "F" or f["id"] not in it["ids"]:
            err(f"{f['id']} at {b}:{n} is not a finding line for it")
        covered[(b, n)] += 1
for nt in key["notes"]:
    if len(nt["at"]) != 1:
        err(f"{nt['id']} should have exactly one line")
    for b, n in nt["at"]:
        it = tag_at.get((b, n))
        if not it or it["kind"] != "N" or it["ids"] != [nt["id"]]:
            err(f"{nt['id']} at {b}:{n} is not its note line")
trap_lines = {(t["file"], t["line"]) for t in key["traps"]}
for t in key["must_not"]:
    if (t["file"], t["line"]) not in trap_lines:
        err(f"must_not {t} not among traps")
for (b, n), it in tag_at.items():
    k = it["kind"]
    in_f = any([b, n] in f["at"] for f in key["expected"])
    in_n = any([b, n] in x["at"] for x in key["notes"])
    in_t = (b, n) in trap_lines
    if (in_f, in_n, in_t).count(True) != 1:
        err(f"{b}:{n} is in {(in_f, in_n, in_t)} of (finding, note, trap) -- must be exactly one")
    if (k == "F") != in_f or (k == "N") != in_n or (k == "T") != in_t:
        err(f"{b}:{n} kind {k} disagrees with key")

# ---- 3. finding checks ----
for fid, f in S.FINDINGS.items():
    at = [tuple(a) for a in next(x["at"] for x in key["expected"] if x["id"] == fid)]
    for b, n in at:
        line = fileline_text[(b, n)].lower()
        if not any(nd.lower() in line for nd in f.get("needles", [])):
            err(f"{fid}: {b}:{n} contains none of its needles")
    if "nc" in f:
        a, c = f["nc"]
        if abs(a - c) / max(abs(a), abs(c)) <= 0.02:
            err(f"{fid}: {a} vs {c} within rounding")
        files = {b for b, _ in at}
        # both values must be present among the at-lines
        n1 = [nd for nd in f["needles"] if any(nd.lower() in fileline_text[x].lower() for x in at)]
        if len(n1) < 2:
            err(f"{fid}: both conflicting values must appear among its lines (matched {n1})")
        if len(at) < 2:
            err(f"{fid}: numeric-conflict needs at least two lines")
    if "arith" in f:
        stated, expr = f["arith"]
        actual = eval(expr)
        if abs(stated - actual) <= 1:
            err(f"{fid}: stated {stated} vs actual {actual:.2f} -- not an error")
        else:
            print(f"  {fid}: stated {stated}, figures support {actual:.1f}")
    if "wd" in f:
        w, iso = f["wd"]
        if weekday(iso) == w:
            err(f"{fid}: {w} {iso} actually matches")
        else:
            print(f"  {fid}: '{w}' but {iso} is a {weekday(iso)}")
    if "yrs" in f:
        a, c, k = f["yrs"]
        if c - a == k:
            err(f"{fid}: {c}-{a} == {k}, not an error")
        else:
            print(f"  {fid}: claims {k} years, {a}->{c} is {c - a}")
    if "times" in f:
        if f["times"][0] == f["times"][1]:
            err(f"{fid}: same time")
    if f["rules"][0] == "quote-conflict":
        n1 = [nd for nd in f["needles"] if any(nd.lower() in fileline_text[x].lower() for x in at)]
        if len(at) < 2 or len(n1) < 2:
            err(f"{fid}: quote conflict needs two differing renderings")

# ---- 4. trap checks ----
nchecks = 0
for (b, n), it in tag_at.items():
    if it["kind"] != "T":
        continue
    if it["check"]:
        nchecks += 1
        try:
            ok = eval(it["check"])
        except Exception as e:
            ok = False; err(f"{b}:{n} check raised {e}")
        if not ok:
            err(f"{b}:{n} trap check fails: {it['check']}")
    for w, iso in it["wd"]:
        nchecks += 1
        if weekday(iso) != w:
            err(f"{b}:{n} trap weekday {w} {iso} is a {weekday(iso)}")
    if it["yrs"]:
        nchecks += 1
        a, c, k = it["yrs"]
        if c - a != k:
            err(f"{b}:{n} trap years {a}->{c} != {k}")

# ---- 5. scan every line for 'Weekday [,] D Month [YYYY]' / 'Weekday, Month D' and check ----
planted_wd = {(b, n) for fid, f in S.FINDINGS.items() if "wd" in f
              for b, n in next(x["at"] for x in key["expected"] if x["id"] == fid)}
pat1 = re.compile(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?" % ("|".join(WD), "|".join(MONTHS)))
pat2 = re.compile(r"\b(%s),? (%s) (\d{1,2})(?:, (\d{4}))?" % ("|".join(WD), "|".join(MONTHS)))
scanned = 0
for (b, n), line in fileline_text.items():
    for m in list(pat1.finditer(line)) + list(pat2.finditer(line)):
        w = m.group(1)
        if m.re is pat1:
            d, mon, y = int(m.group(2)), m.group(3), m.group(4)
        else:
            mon, d, y = m.group(2), int(m.group(3)), m.group(4)
        mi = MONTHS.index(mon) + 1
        y = int(y) if y else (2025 if mi >= 11 and "2026/27" not in line else 2026)
        iso = f"{y:04d}-{mi:02d}-{d:02d}"
        scanned += 1
        if weekday(iso) != w and (b, n) not in planted_wd:
            err(f"{b}:{n} unplanted weekday error: {m.group(0)} ({iso} is a {weekday(iso)})")
        if weekday(iso) == w and (b, n) in planted_wd:
            err(f"{b}:{n} planted weekday line has a correct weekday: {m.group(0)}")

# ---- summary ----
rules = collections.Counter(f["rules"][0] for f in key["expected"])
nrules = collections.Counter(n["rules"][0] for n in key["notes"])
print("words per doc:", ", ".join(f"{b} {w}" for b, w in words.items()))
print("findings by rule:", dict(rules), "total", len(key["expected"]))
print("notes by rule:", dict(nrules), "total", len(key["notes"]))
print(f"traps {len(key['traps'])}, must_not {len(key['must_not'])}, trap checks run {nchecks}, "
      f"weekday-date mentions scanned {scanned}")
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: every non-empty line is exactly one of finding/note/trap; all checks pass")
