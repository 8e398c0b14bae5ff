#!/usr/bin/env python3
"""Check the built set: every-line rule, line numbers, anchors, planted errors real, trap arithmetic true,
weekdays, word counts, footnotes, quote attribution heuristics, counts."""
import json, os, re, sys, datetime
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errors, info = [], []
def err(m): errors.append(m)

def wd(y, m, d): return datetime.date(y, m, d).strftime("%A")
ENV = {"wd": wd, "date": datetime.date, "abs": abs}

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
files = {}
for d in S.DOCS:
    base = os.path.basename(d["path"])
    if base in files: err(f"duplicate basename {base}")
    p = os.path.join(OUT, "docs", d["path"])
    files[base] = open(p, encoding="utf-8").read().split("\n")
    if files[base] and files[base][-1] == "": files[base].pop()
# no stray files
on_disk = {os.path.basename(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(OUT, "docs")) for f in fs}
if on_disk != set(files): err(f"docs/ has extra or missing files: {on_disk ^ set(files)}")

def line(b, n):
    if b not in files or not (1 <= n <= len(files[b])): err(f"bad location {b}:{n}"); return ""
    if not files[b][n-1].strip(): err(f"location {b}:{n} is blank")
    return files[b][n-1]

# 1. every non-empty line in exactly one category
cat = Counter()
kinds = {}
for f in key["expected"]:
    for b, n in f["at"]: kinds.setdefault((b, n), set()).add("finding")
for f in key["notes"]:
    for b, n in f["at"]: kinds.setdefault((b, n), set()).add("note")
for t in key["traps"]:
    kinds.setdefault((t["file"], t["line"]), set()).add("trap")
    if [x for x in key["traps"] if (x["file"], x["line"]) == (t["file"], t["line"])].__len__() > 1:
        err(f"trap listed twice {t['file']}:{t['line']}")
for b, ls in files.items():
    for i, l in enumerate(ls, 1):
        k = kinds.get((b, i), set())
        if l.strip():
            if len(k) != 1: err(f"{b}:{i} has categories {sorted(k)}: {l[:60]}")
            else: cat[next(iter(k))] += 1
        elif k: err(f"{b}:{i} is blank but tagged {k}")
for t in key["must_not"]:
    if t not in key["traps"]: err(f"must_not entry not in traps: {t}")

# 2. anchors and planted-error checks
for f in key["expected"]:
    spec = S.FINDINGS[f["id"]]
    texts = [line(b, n) for b, n in f["at"]]
    if not f["at"]: err(f"{f['id']} has no locations")
    for (b, n), t in zip(f["at"], texts):
        if not any(a.lower() in t.lower() for a in spec["anchors"]):
            err(f"{f['id']} at {b}:{n} carries none of its anchors {spec['anchors']}")
    for a in spec["anchors"]:
        if not any(a.lower() in t.lower() for t in texts): err(f"{f['id']} anchor {a!r} on none of its lines")
    if not eval(spec["check"], ENV): err(f"{f['id']} check fails: {spec['check']}")
    if "numeric-conflict" in f["rules"] and len({b for b, _ in f["at"]}) == 1 and len(f["at"]) < 2:
        err(f"{f['id']} numeric conflict needs two lines")
for n in key["notes"]:
    spec = S.NOTES[n["id"]]
    for b, ln in n["at"]:
        t = line(b, ln)
        if not all(a in t for a in spec["anchors"]) and not any(a in t for a in spec["anchors"]):
            err(f"{n['id']} anchors missing at {b}:{ln}")
# quote conflicts: both renderings present on the at-lines and differ in words
for fid, (qa, qb) in S.QUOTES.items():
    f = next(x for x in key["expected"] if x["id"] == fid)
    texts = [line(b, n) for b, n in f["at"]]
    for q in (qa, qb):
        if not any(q in t for t in texts): err(f"{fid}: quote rendering not found: {q[:50]}")
    wa, wb = re.findall(r"[a-z]+", qa.lower()), re.findall(r"[a-z]+", qb.lower())
    if wa == wb: err(f"{fid}: renderings do not differ in words")
    info.append(f"{fid}: word difference {sorted(set(wa) ^ set(wb))}")

# 3. trap checks
nchk = 0
for d in S.DOCS:
    for e in d["lines"]:
        if e != "" and e[0] == "T" and e[4]:
            nchk += 1
            try:
                ok = eval(e[4], ENV)
            except Exception as ex:
                ok = False; err(f"trap check raised {ex}: {e[4]}")
            if not ok: err(f"trap check false: {e[4]} ({e[1][:50]})")

# 4. weekdays: every weekday+date must be right unless the line is a planted weekday error
MON = "January February March April May June July August September October November December".split()
planted_wd = {tuple(a) for f in key["expected"] if f["id"] == "F6" for a in f["at"]}
pat1 = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (" + "|".join(MON) + r")")
pat2 = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (" + "|".join(MON) + r") (\d{1,2})\b")
nwd = 0
for b, ls in files.items():
    for i, l in enumerate(ls, 1):
        for m in list(pat1.finditer(l)) + list(pat2.finditer(l)):
            g = m.groups()
            day, mon = (int(g[1]), g[2]) if g[1].isdigit() else (int(g[2]), g[1])
            real = wd(2026, MON.index(mon) + 1, day)
            nwd += 1
            if (real == g[0]) == ((b, i) in planted_wd):
                err(f"weekday {'wrong' if real != g[0] else 'right but planted'} at {b}:{i}: {m.group(0)} (is {real})")

# 5. word counts
for d in S.DOCS:
    b = os.path.basename(d["path"])
    w = sum(len(l.split()) for l in files[b])
    if not 280 <= w <= 380: err(f"{b}: {w} words (want 280-380)")

# 6. footnotes: only the two stand-alone files carry [n] markers
for b, ls in files.items():
    marks = [(i, int(x)) for i, l in enumerate(ls, 1) for x in re.findall(r"\[(\d+)\]", l)]
    if b == "ardenmail_qos_q1_2026.txt":
        if [m for _, m in marks] != [1] or any(re.match(r"\s*#*\s*(notes|references|sources)\b", l, re.I) for l in ls):
            err("ardenmail: expected exactly one marker [1] and no notes section")
    elif b == "westmarch_leisure_scrutiny.md":
        nums = [m for _, m in marks]
        h = next(i for i, l in enumerate(ls, 1) if l.startswith("### Notes"))
        defined = [int(re.match(r"(\d+)\.", l).group(1)) for l in ls[h:] if re.match(r"\d+\.", l)]
        if nums != [1, 2, 3, 5, 6, 7, 8] or defined != [1, 2, 3, 5, 6, 7]:
            err(f"westmarch markers {nums} notes {defined}")
        info.append(f"westmarch: markers {nums}, notes {defined}: gap after 3, [8] undefined")
    elif marks: err(f"{b}: unexpected markers {marks}")

# 7. quote attribution heuristic: every quote line that is not a planted unattributed quote has a speaker
SAYS = re.compile(r"\b(said|says|say|told|speaks|described|called|according|expects)\b", re.I)
uq = {tuple(a) for f in key["expected"] if "unattributed-quote" in f["rules"] for a in f["at"]}
for b, ls in files.items():
    nonblank = [(i, l) for i, l in enumerate(ls, 1) if l.strip()]
    for k, (i, l) in enumerate(nonblank):
        if '"' not in l: continue
        prev = nonblank[k-1][1] if k else ""
        nxt = nonblank[k+1][1] if k + 1 < len(nonblank) else ""
        if (b, i) in uq:
            if SAYS.search(l) or SAYS.search(prev) or SAYS.search(nxt):
                err(f"planted unattributed quote {b}:{i} has a speaker verb nearby")
        elif not (SAYS.search(l) or SAYS.search(prev)):
            err(f"quote without attribution at {b}:{i}: {l[:60]}")

# 8. counts
rules = Counter(f["rules"][0] for f in key["expected"])
if len(key["expected"]) != 30: err(f"{len(key['expected'])} findings, want 30")
if len(key["notes"]) != 8: err(f"{len(key['notes'])} notes, want 8")
if len(key["traps"]) < 120: err(f"only {len(key['traps'])} traps")
for f in key["expected"]:
    if f["id"] not in S.FINDINGS: err(f"unknown finding {f['id']}")

print("files:", len(files), "| lines by category:", dict(cat))
print("findings by first rule:", dict(rules))
print("findings by any rule:", dict(Counter(r for f in key["expected"] for r in f["rules"])))
print("notes:", dict(Counter(n["rules"][0] for n in key["notes"])))
print(f"traps: {len(key['traps'])}, must_not: {len(key['must_not'])}, trap checks evaluated: {nchk}, weekday mentions checked: {nwd}")
for b, ls in files.items():
    print(f"  {b}: {sum(len(l.split()) for l in ls)} words, {len(ls)} lines")
for m in info: print("info:", m)
if errors:
    print(f"FAIL: {len(errors)} problem(s)"); [print("  -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
