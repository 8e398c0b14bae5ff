#!/usr/bin/env python3
"""Check heldout61: every-line rule, line numbers, word counts, unique basenames,
planted values really differ / are really wrong, trap arithmetic and weekdays hold."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S
from build import final_ids

errors, warns = [], []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, "key.json")))
fmap = final_ids()
files = {}
for root, _, fs in os.walk(os.path.join(OUT, "docs")):
    for f in fs:
        if f in files: err(f"duplicate basename {f}")
        files[f] = open(os.path.join(root, f), encoding="utf-8").read().split("\n")
        if files[f] and files[f][-1] == "": files[f].pop()
if len(files) != 12: err(f"{len(files)} docs, want 12")

# word counts
for f, lines in sorted(files.items()):
    n = len(" ".join(lines).split())
    if not 280 <= n <= 380: err(f"{f}: {n} words (want 280-380)")

# every non-empty line exactly one category
cat = {}
def add(f, ln, c):
    if f not in files: err(f"{c}: unknown file {f}"); return
    if not 1 <= ln <= len(files[f]): err(f"{c}: {f}:{ln} out of range"); return
    if files[f][ln - 1].strip() == "": err(f"{c}: {f}:{ln} is blank")
    cat.setdefault((f, ln), set()).add(c)
for e in key["expected"]:
    for f, ln in e["at"]: add(f, ln, "finding")
for n in key["notes"]:
    for f, ln in n["at"]: add(f, ln, "note")
for t in key["traps"]: add(t["file"], t["line"], "trap")
mn = {(t["file"], t["line"]) for t in key["must_not"]}
tr = {(t["file"], t["line"]) for t in key["traps"]}
if not mn <= tr: err("must_not is not a subset of traps")
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        c = cat.get((f, i), set())
        if l.strip() and len(c) != 1: err(f"{f}:{i} categories {sorted(c)}: {l[:60]}")
        if not l.strip() and c: err(f"{f}:{i} blank but tagged")

# planted values
def lines_of(fid):
    e = next(x for x in key["expected"] if x["id"] == fmap[fid])
    return [files[f][ln - 1] for f, ln in e["at"]], e
for fd in S.FINDINGS:
    ls, e = lines_of(fd["id"])
    if not e["at"]: err(f"{fd['id']}: no lines")
    for v in fd.get("values", []):
        if not any(v in l for l in ls): err(f"{fd['id']}: value {v!r} not on its lines")
    if "nums" in fd:
        a, b = fd["nums"]
        if abs(a - b) / max(abs(a), abs(b)) < 0.01: err(f"{fd['id']}: {a} vs {b} within rounding")
    if "wrong" in fd:
        expr, stated = fd["wrong"]
        true = eval(expr)
        if abs(true - stated) < max(1.0, 0.05 * abs(stated)) and fd["rules"] != ["date-inconsistency"]:
            err(f"{fd['id']}: stated {stated} too close to true {true:.2f}")
        if fd["rules"] == ["date-inconsistency"] and true == stated:
            err(f"{fd['id']}: anniversary actually fits")
    if "weekday_wrong" in fd:
        d, name = fd["weekday_wrong"]
        if datetime.date.fromisoformat(d).strftime("%A") == name: err(f"{fd['id']}: weekday is actually right")
    if fd["rules"][0] == "numeric-conflict" and len(e["at"]) < 2: err(f"{fd['id']}: conflict needs 2 lines")
    if fd["rules"][0] == "quote-conflict" and len({f for f, _ in e["at"]}) < 2: err(f"{fd['id']}: quote conflict in one file")

# trap checks
nchecks = 0
for d in S.DOCS:
    base = os.path.basename(d["path"])
    for i, l in enumerate(d["lines"], 1):
        if l["kind"] != "T": continue
        for c in l["checks"]:
            nchecks += 1
            if c[0] == "weekday":
                got = datetime.date.fromisoformat(c[1]).strftime("%A")
                if got != c[2]: err(f"{base}:{i}: {c[1]} is {got}, not {c[2]}")
                if c[2] not in l["text"]: err(f"{base}:{i}: weekday {c[2]} not in text")
            elif not eval(c[1]):
                err(f"{base}:{i}: check failed: {c[1]}")
# every weekday+date in all docs (non-planted) must be right
MONTHS = {m: i for i, m in enumerate(["January","February","March","April","May","June","July","August","September","October","November","December"], 1)}
planted_wd = {("prisons_fedbulletin.md", "Tuesday 20 April")}
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:(\d{1,2}) (%s)|(%s) (\d{1,2}))(?:,? (\d{4}))?" % ("|".join(MONTHS), "|".join(MONTHS)), l):
            day = int(m.group(2) or m.group(5)); mon = MONTHS[m.group(3) or m.group(4)]
            yr = int(m.group(6) or (2025 if "2025" in l and mon == 6 else 2026))
            real = datetime.date(yr, mon, day).strftime("%A")
            if real != m.group(1) and (f, m.group(0)) not in planted_wd:
                err(f"{f}:{i}: unplanned weekday error {m.group(0)} (is {real})")
            if real != m.group(1): warns.append(f"planted weekday error found as intended: {f}:{i} {m.group(0)}")

counts = {}
for e in key["expected"]:
    counts[e["rules"][0]] = counts.get(e["rules"][0], 0) + 1
print("docs:", len(files), "| findings:", len(key["expected"]), counts)
print("notes:", len(key["notes"]), "| traps:", len(key["traps"]), "| must_not:", len(key["must_not"]), "| trap checks run:", nchecks)
for f, lines in sorted(files.items()):
    print(f"  {f}: {len(' '.join(lines).split())} words, {len(lines)} lines")
for w in warns: print("ok:", w)
for e in errors: print("ERROR:", e)
print("VALID" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
