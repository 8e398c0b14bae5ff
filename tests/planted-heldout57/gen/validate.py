#!/usr/bin/env python3
"""Validate heldout57: every-line rule, key line numbers, planted values and trap arithmetic."""
import datetime, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

errors = []
def err(msg): errors.append(msg)
def wd(d): return datetime.date.fromisoformat(d).strftime("%A")

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
for k in ("expected", "notes", "traps", "must_not"):
    if k not in key: err(f"key.json lacks {k}")

# 1. files on disk vs spec; every non-empty line is exactly one tagged entry
files = {}          # basename -> {line_no: text}
bases = [os.path.basename(r) for r in DOCS]
if len(set(bases)) != len(bases): err("basenames are not unique")
on_disk = set()
for root, _, fs in os.walk(os.path.join(OUT, "docs")):
    for f in fs: on_disk.add(os.path.relpath(os.path.join(root, f), os.path.join(OUT, "docs")))
if on_disk != set(DOCS): err(f"docs/ differs from spec: {sorted(on_disk ^ set(DOCS))}")
tagged = {}         # (base, line) -> entry
words = {}
for rel, entries in DOCS.items():
    base = os.path.basename(rel)
    text = open(os.path.join(OUT, "docs", rel), encoding="utf-8").read()
    words[base] = len(text.split())
    if not 280 <= words[base] <= 380: err(f"{base}: {words[base]} words (want 280-380)")
    lines = text.split("\n")
    nonempty = [(i + 1, l) for i, l in enumerate(lines) if l.strip()]
    if len(nonempty) != len(entries): err(f"{base}: {len(nonempty)} non-empty lines vs {len(entries)} entries")
    files[base] = dict(nonempty)
    for (ln, l), e in zip(nonempty, entries):
        if l != e[1]: err(f"{base}:{ln}: text differs from spec")
        tagged[(base, ln)] = e

# 2. key locations point at lines tagged with that id; categories partition the lines
claimed = {}
for f in key["expected"]:
    if not f["at"]: err(f"{f['id']}: empty at")
    for b, ln in f["at"]:
        e = tagged.get((b, ln))
        if not e or f["id"] not in e[0].split(","): err(f"{f['id']}: {b}:{ln} not tagged {f['id']}")
        claimed.setdefault((b, ln), set()).add("F")
for n in key["notes"]:
    for b, ln in n["at"]:
        e = tagged.get((b, ln))
        if not e or n["id"] not in e[0].split(","): err(f"{n['id']}: {b}:{ln} not tagged {n['id']}")
        claimed.setdefault((b, ln), set()).add("N")
for t in key["traps"]:
    e = tagged.get((t["file"], t["line"]))
    if not e or e[0] != "T": err(f"trap {t['file']}:{t['line']} not a trap line")
    claimed.setdefault((t["file"], t["line"]), set()).add("T")
for loc in tagged:
    c = claimed.get(loc, set())
    if len(c) != 1: err(f"{loc[0]}:{loc[1]} belongs to {sorted(c) or 'nothing'} (want exactly one category)")
trapset = {(t["file"], t["line"], t["what"]) for t in key["traps"]}
for m in key["must_not"]:
    if (m["file"], m["line"], m["what"]) not in trapset: err(f"must_not {m} is not a trap")

# 3. finding checks
def lines_of(fid, base):
    return [files[b][ln] for b, ln in next(f for f in key["expected"] if f["id"] == fid)["at"] if b == base]
for fid, (rules, what, checks) in FINDINGS.items():
    if fid.startswith("F") and int(fid[1:]) > 30: err(f"{fid}: id out of range")
    for c in checks:
        kind = c[0]
        if kind == "vals":
            vals = []
            for b, sub, v in c[1]:
                if not any(sub in l for l in lines_of(fid, b)): err(f"{fid}: '{sub}' not on an `at` line of {b}")
                vals.append(v)
            lo, hi = min(vals), max(vals)
            if (hi - lo) / hi <= c[2]: err(f"{fid}: values {vals} do not differ beyond {c[2]:.0%}")
        elif kind == "wrong":
            v = eval(c[1])
            if abs(v - c[2]) <= c[3]: err(f"{fid}: {c[1]} = {v:.3f} supports the claimed {c[2]}")
        elif kind == "weekday_wrong":
            if wd(c[1]) == c[2]: err(f"{fid}: {c[1]} really is a {c[2]}")
        elif kind == "years_wrong":
            if c[2] - c[1] == c[3]: err(f"{fid}: {c[1]}..{c[2]} really is {c[3]} years")
        elif kind == "quotes":
            (b1, q1), (b2, q2) = c[1], c[2]
            if q1 == q2: err(f"{fid}: quotes identical")
            for b, q in ((b1, q1), (b2, q2)):
                if not any(q in l for l in lines_of(fid, b)): err(f"{fid}: quote '{q}' not on an `at` line of {b}")
        elif kind == "say":
            if not any(c[2] in l for l in lines_of(fid, c[1])): err(f"{fid}: '{c[2]}' not on an `at` line of {c[1]}")
    if fid in ("F28", "F29", "F30"):
        (b, ln), = next(f for f in key["expected"] if f["id"] == fid)["at"]
        near = [files[b].get(x, "") for x in range(ln - 2, ln + 3) if x != ln]
        if any(w in l for l in near for w in (" said", " says", " told", "said:", "insisted")):
            err(f"{fid}: a speaker verb sits within two lines of the unattributed quote")

# 4. trap checks
ntrap_checks = 0
for (b, ln), e in tagged.items():
    if e[0] != "T": continue
    for c in e[4]:
        ntrap_checks += 1
        kind = c[0]
        if kind == "arith":
            v = eval(c[1])
            if abs(v - c[2]) > c[3]: err(f"trap {b}:{ln}: {c[1]} = {v:.4f}, claimed {c[2]} (tol {c[3]})")
        elif kind == "say":
            if c[1] not in e[1]: err(f"trap {b}:{ln}: '{c[1]}' not in line")
        elif kind == "weekday":
            if wd(c[1]) != c[2]: err(f"trap {b}:{ln}: {c[1]} is a {wd(c[1])}, not {c[2]}")
        elif kind == "years":
            if c[2] - c[1] != c[3]: err(f"trap {b}:{ln}: {c[2]}-{c[1]} != {c[3]}")
        else:
            err(f"trap {b}:{ln}: unknown check {kind}")

# 5. counts
from collections import Counter
byrule = Counter(f["rules"][0] for f in key["expected"])
print("findings:", len(key["expected"]), dict(byrule))
print("notes:", len(key["notes"]), dict(Counter(n["rules"][0] for n in key["notes"])))
print("traps:", len(key["traps"]), "must_not:", len(key["must_not"]), "trap checks run:", ntrap_checks)
print("words:", ", ".join(f"{b}={w}" for b, w in words.items()))
if len(key["expected"]) != 30: err("want 30 findings")
if len(key["notes"]) != 8: err("want 8 notes")
if len(key["traps"]) < 120: err("want 120+ traps")
if errors:
    print("FAIL"); print(*errors, sep="\n"); sys.exit(1)
print("OK: every non-empty line is exactly one finding/note/trap line; all checks passed")
