#!/usr/bin/env python3
"""Validate heldout65: every-line rule, line numbers, key consistency, planted values, trap arithmetic."""
import collections, datetime, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402

errors = []
def err(m): errors.append(m)

def wday(iso): return datetime.date.fromisoformat(iso).strftime("%A")

key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))

# ---- files on disk vs spec; every-line rule ----------------------------------------------
bases = [os.path.basename(d["path"]) for d in S.DOCS]
if len(set(bases)) != len(bases): err("basenames not unique")
if len(S.DOCS) != 12: err(f"{len(S.DOCS)} docs, want 12")
folders = collections.Counter(os.path.dirname(d["path"]) for d in S.DOCS)
if sorted(folders.values()) != [3, 3, 3, 3] or folders.get("standalone") != 3:
    err(f"folder layout {dict(folders)}")
tag = {}   # (base, line) -> entry
cluster_of = {}
for d in S.DOCS:
    base = os.path.basename(d["path"])
    cluster_of[base] = os.path.dirname(d["path"])
    disk = open(os.path.join(OUT, "docs", d["path"]), encoding="utf-8").read().split("\n")
    if disk and disk[-1] == "": disk = disk[:-1]
    if len(disk) != len(d["lines"]): err(f"{base}: {len(disk)} lines on disk vs {len(d['lines'])} in spec")
    for i, (txt, e) in enumerate(zip(disk, d["lines"]), 1):
        if txt.strip() == "":
            if e is not None: err(f"{base}:{i} blank on disk but tagged")
            continue
        if e is None: err(f"{base}:{i} non-empty line without tag"); continue
        if e["text"] != txt: err(f"{base}:{i} text mismatch")
        if e["kind"] not in "FNT": err(f"{base}:{i} bad kind")
        tag[(base, i)] = e
    w = sum(len(e["text"].split()) for e in d["lines"] if e is not None)
    if not 280 <= w <= 380: err(f"{base}: {w} words (want 280-380)")

# ---- key consistency ----------------------------------------------------------------------
exp = {f["id"]: f for f in key["expected"]}
nts = {f["id"]: f for f in key["notes"]}
if len(exp) != 30: err(f"{len(exp)} expected findings, want 30")
if len(nts) != 8: err(f"{len(nts)} notes, want 8")
claimed = collections.defaultdict(list)
for f in list(key["expected"]) + list(key["notes"]):
    if not f["at"]: err(f"{f['id']} has no lines")
    for b, n in f["at"]:
        e = tag.get((b, n))
        if e is None: err(f"{f['id']} points at untagged/blank {b}:{n}"); continue
        if e["kind"] == "T" or f["id"] not in e["ids"]: err(f"{f['id']} at {b}:{n} not tagged with it")
        claimed[(b, n)].append(f["id"])
trap_locs = set()
for t in key["traps"]:
    loc = (t["file"], t["line"]); trap_locs.add(loc)
    e = tag.get(loc)
    if e is None or e["kind"] != "T": err(f"trap {loc} is not a trap line")
    if loc in claimed: err(f"trap {loc} also in finding/note {claimed[loc]}")
for m in key["must_not"]:
    if (m["file"], m["line"]) not in trap_locs or m not in key["traps"]: err(f"must_not {m} not a trap")
for loc, e in tag.items():
    if e["kind"] == "T" and loc not in trap_locs: err(f"trap line {loc} missing from key")
    if e["kind"] in "FN" and loc not in claimed: err(f"finding/note line {loc} missing from key")
if len(key["traps"]) < 120: err(f"only {len(key['traps'])} traps")

rule_count = collections.Counter(f["rules"][0] for f in key["expected"])
want = {"numeric-conflict": 14, "numeric-arithmetic": 3, "date-inconsistency": 4, "quote-conflict": 3,
        "unattributed-quote": 3}
for r, c in want.items():
    if rule_count[r] != c: err(f"{r}: {rule_count[r]} findings, want {c}")
fn = sum(c for r, c in rule_count.items() if r.startswith("footnote") or r == "source-placeholder")
if fn != 3: err(f"footnote findings {fn}, want 3")
nrule = collections.Counter(f["rules"][0] for f in key["notes"])
if nrule != {"anonymous-source": 3, "vague-source": 3, "quote-altered": 2}: err(f"notes by rule {dict(nrule)}")

# ---- planted values really differ / really wrong ------------------------------------------
for fid, f in S.FINDINGS.items():
    at = exp[fid]["at"]
    texts = [tag[(b, n)]["text"] for b, n in at]
    if "nc" in f:
        a, b = f["nc"]
        if abs(a - b) / max(abs(a), abs(b)) <= 0.02: err(f"{fid}: {a} vs {b} within rounding")
        if len(at) < 2: err(f"{fid}: conflict needs two lines")
        for (bb, n), t in zip(at, texts):
            if not any(nd.lower() in t.lower() for nd in f["needles"]): err(f"{fid}: {bb}:{n} states no value")
        for nd in f["needles"]:
            if not any(nd.lower() in t.lower() for t in texts): err(f"{fid}: needle {nd!r} on no line")
        # no other line of the same cluster/doc states a needle without being in `at`
        clusters = {cluster_of[bb] for bb, _ in at}
        docs = {bb for bb, _ in at}
        for (bb, n), e in tag.items():
            same = (cluster_of[bb] in clusters and cluster_of[bb] != "standalone") or bb in docs
            if same and [bb, n] not in at and any(nd.lower() in e["text"].lower() for nd in f["needles"]):
                err(f"{fid}: {bb}:{n} states a conflicting value but is not in at")
    if "stated" in f:
        actual = eval(f["actual"])
        if abs(actual - f["stated"]) <= 1: err(f"{fid}: stated {f['stated']} ~ actual {actual:.2f}")
    if "wd" in f:
        d, iso = f["wd"]
        if wday(iso) == d: err(f"{fid}: weekday actually correct")
        if not any(d in t for t in texts): err(f"{fid}: weekday not on line")
    if "yrs" in f:
        s0, e0, n0 = f["yrs"]
        if e0 - s0 == n0: err(f"{fid}: year span actually correct")
    if "times" in f:
        if f["times"][0] == f["times"][1] or len(at) < 2: err(f"{fid}: times not different / one line")
    if fid.startswith("Q") and not all('"' in t for t in texts): err(f"{fid}: a line has no quote")
    if fid.startswith("U"):
        for t in texts:
            if not t.startswith('"'): err(f"{fid}: not a bare quote")
for fid in ("D3",):
    for (b, n), t in zip(exp[fid]["at"], [tag[tuple(x)]["text"] for x in exp[fid]["at"]]):
        for w_, iso in (("Wednesday 14 January", "2026-01-14"), ("Thursday 15 January", "2026-01-15")):
            if w_ in t and not w_.startswith(wday(iso)): err(f"D3 weekday wrong on {b}:{n}")

# ---- reservoir table: rows add up to the total row, % column = stored / capacity -----------
rows = [l for l in open(os.path.join(OUT, "docs/standalone/brackwater_reservoirs.md"), encoding="utf-8")
        if l.startswith("| ") and not l.startswith("| Reservoir")]
num = lambda x: float(x.strip().strip("*").replace(",", ""))
body = [[num(c) for c in r.strip().strip("|").split("|")[1:]] for r in rows if "Total" not in r]
tot = [num(c) for c in [r for r in rows if "Total" in r][0].strip().strip("|").split("|")[1:]]
for j in range(3):
    if abs(sum(r[j] for r in body) - tot[j]) > 1e-6: err(f"reservoir column {j} does not add up")
for r in body + [tot]:
    if abs(r[1] / r[0] * 100 - r[3]) > 0.05: err(f"reservoir row {r} % wrong")

# ---- traps: arithmetic, weekdays, year spans ------------------------------------------------
nchecks = 0
for loc, e in tag.items():
    if e["kind"] != "T": continue
    if e["check"]:
        nchecks += 1
        try:
            ok = eval(e["check"])
        except Exception as x:
            ok = False; err(f"trap {loc} check error {x}")
        if not ok: err(f"trap {loc} check fails: {e['check']}")
    for d, iso in e["wd"]:
        nchecks += 1
        if wday(iso) != d: err(f"trap {loc}: {iso} is {wday(iso)}, not {d}")
    if e["yrs"]:
        nchecks += 1
        s0, e0, n0 = e["yrs"]
        if e0 - s0 != n0: err(f"trap {loc}: {e0}-{s0} != {n0}")

print(f"docs: {len(S.DOCS)}; findings: {len(exp)} {dict(rule_count)}; notes: {len(nts)} {dict(nrule)}; "
      f"traps: {len(key['traps'])}; must_not: {len(key['must_not'])}; trap checks run: {nchecks}")
for d in S.DOCS:
    print(f"  {d['path']}: {sum(len(e['text'].split()) for e in d['lines'] if e is not None)} words")
if errors:
    print(f"{len(errors)} ERRORS:"); print(*errors, sep="\n"); sys.exit(1)
print("OK: every non-empty line is exactly one finding/note/trap line; all checks pass")
