#!/usr/bin/env python3
"""Check the generated set against docs_spec.py: every-line rule, line numbers in key.json,
planted values really differ, planted arithmetic/dates really fail, trap arithmetic/dates hold."""
import collections, datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES
from build import layout, tags

ROOT = os.path.dirname(HERE)
errors, info = [], []
def err(m): errors.append(m)

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def wd(iso): return WD[datetime.date.fromisoformat(iso).weekday()]

def run_check(c):
    """Return (ok, description) for a trap check (ok means the claim holds)."""
    k = c[0]
    if k == "pct":
        _, a, b, v, tol = c; r = a / b * 100; return abs(r - v) <= tol, f"{a}/{b}={r:.2f}% vs {v}%"
    if k == "change":
        _, o, n, v, tol = c; r = (n - o) / o * 100; return abs(r - v) <= tol, f"{o}->{n}={r:+.2f}% vs {v}%"
    if k == "sum":
        _, parts, tot, tol = c; s = sum(parts); return abs(s - tot) <= tol + 1e-9, f"sum{parts}={s} vs {tot}"
    if k == "div":
        _, a, b, q, rel = c; r = a / b; return abs(r - q) <= rel * abs(q) + 1e-9 or abs(r - q) < 1, f"{a}/{b}={r:.3f} vs {q}"
    if k == "mul":
        _, a, b, p, rel = c; r = a * b; return abs(r - p) <= rel * abs(p), f"{a}*{b}={r} vs {p}"
    if k == "conv":
        _, v, f, conv, rel = c; r = v * f; return abs(r - conv) <= rel * abs(conv), f"{v}*{f}={r:.3f} vs {conv}"
    if k == "weekday":
        _, iso, name = c; return wd(iso) == name, f"{iso} is {wd(iso)} vs {name}"
    if k == "years":
        _, y1, y2, n = c; return y2 - y1 == n, f"{y2}-{y1}={y2-y1} vs {n}"
    if k == "diff":
        _, a, b, d, tol = c; return abs((a - b) - d) <= tol, f"{a}-{b}={a-b:.3f} vs {d}"
    if k == "days":
        _, d1, d2, n = c
        dd = (datetime.date.fromisoformat(d2) - datetime.date.fromisoformat(d1)).days
        return dd == n, f"{d1}..{d2}={dd} days vs {n}"
    if k == "lit":
        return True, "lit"
    raise ValueError(k)

def lit_in(c, text):
    """Every numeric literal a check names should be on the line (loose: digits of the stated value)."""
    if c[0] == "lit":
        return c[1] in text
    return True

QUOTE = re.compile(r'"([^"]+)"')
SPEECH = re.compile(r"\b(said|says|say|told|tells|writes|wrote|added|asked|according to)\b|:\s*$|\w+:\s*\"", re.I)

key = json.load(open(os.path.join(ROOT, "key.json"), encoding="utf-8"))
kexp = {f["id"]: f for f in key["expected"]}
knot = {f["id"]: f for f in key["notes"]}
ktrap = {(t["file"], t["line"]) for t in key["traps"]}
kmust = {(t["file"], t["line"]) for t in key["must_not"]}
if not kmust <= ktrap:
    err("must_not is not a subset of traps")

numeric_vals = collections.defaultdict(list)
finding_lines = collections.defaultdict(list)
bases = set()
n_lines = n_checks = 0
words = {}
for rel, blocks in DOCS:
    base = os.path.basename(rel)
    if base in bases: err(f"duplicate basename {base}")
    bases.add(base)
    lines, text = layout(blocks)
    path = os.path.join(ROOT, "docs", rel)
    disk = open(path, encoding="utf-8").read()
    if disk != text: err(f"{rel}: docs/ out of date, run build.py")
    file_lines = disk.split("\n")
    by_no = dict(lines)
    wc = len(re.findall(r"\S+", disk)); words[base] = wc
    if not 280 <= wc <= 380: err(f"{base}: {wc} words (want 280-380)")
    # every-line rule
    for i, ln in enumerate(file_lines[:-1], 1):
        if ln.strip():
            n_lines += 1
            if i not in by_no: err(f"{base}:{i} non-empty line without a tag")
            else:
                e = by_no[i]
                ts = tags(e)
                kinds = {"F" if t in FINDINGS else "N" if t in NOTES else "T" for t in ts}
                if len(kinds) != 1: err(f"{base}:{i} mixes kinds {ts}")
                in_key = sum([any([base, i] in kexp[t]["at"] for t in ts if t in FINDINGS)
                              or any([base, i] in knot[t]["at"] for t in ts if t in NOTES),
                              (base, i) in ktrap])
                if in_key != 1: err(f"{base}:{i} appears {in_key} times in key kinds")
        elif i in by_no:
            err(f"{base}:{i} tagged line is blank")
    for n, e in lines:
        ts = tags(e)
        if ts[0] in ("T", "t"):
            if len(e) < 3 or not e[2]: err(f"{base}:{n} trap without 'what'")
            for c in (e[3] if len(e) > 3 else []):
                n_checks += 1
                ok, desc = run_check(c)
                if not ok: err(f"{base}:{n} trap check fails: {desc}")
                if not lit_in(c, e[1]): err(f"{base}:{n} literal {c[1]!r} not on line")
            for q in QUOTE.findall(e[1]):
                if len(q.split()) >= 4 and not SPEECH.search(e[1]):
                    err(f"{base}:{n} trap quote without a speaker verb on its line")
        for t in ts:
            if t in FINDINGS:
                finding_lines[t].append((base, n, e[1]))
                vals = e[2] if len(e) > 2 and isinstance(e[2], dict) else {}
                if t in vals:
                    litv, val = vals[t]
                    if litv not in e[1]: err(f"{base}:{n} literal {litv!r} for {t} not on line")
                    numeric_vals[t].append((base, n, litv, val))

# key line numbers agree with spec
for fid, f in FINDINGS.items():
    want = [[b, n] for b, n, _ in finding_lines[fid]]
    if kexp[fid]["at"] != want: err(f"{fid}: key at {kexp[fid]['at']} != spec {want}")
    if not want: err(f"{fid}: no lines")
    rules = f["rules"]
    # numeric conflicts: values must differ beyond rounding (>3% relative)
    if "numeric-conflict" in rules:
        vs = numeric_vals[fid]
        if len(vs) < 2: err(f"{fid}: fewer than two numeric lines")
        else:
            lo, hi = min(v[3] for v in vs), max(v[3] for v in vs)
            if not hi > lo * 1.03: err(f"{fid}: values {lo}..{hi} do not differ beyond rounding")
            info.append(f"{fid} numeric-conflict {[ (v[0], v[1], v[2]) for v in vs]} spread {lo}..{hi}")
        if len(want) and all(b == want[0][0] for b, _ in want):
            info.append(f"{fid} is within one document ({want[0][0]})")
    if "numeric-arithmetic" in rules:
        a = f["arith"]
        if a[0] == "pct": _, p, w, v = a; r = p / w * 100
        elif a[0] == "change": _, o, nn, v = a; r = (nn - o) / o * 100
        elif a[0] == "pct_of": _, pc, w, v = a; r = pc * w / 100
        if abs(r - v) <= max(1.0, 0.03 * abs(v)): err(f"{fid}: arithmetic holds ({r} vs {v})")
        text = finding_lines[fid][0][2]
        for num in a[1:]:
            s = f"{num:,}" if isinstance(num, int) and num >= 1000 else str(num)
            if s not in text: err(f"{fid}: {s!r} not on first line")
        info.append(f"{fid} numeric-arithmetic: true value {r:.1f} vs stated {a[-1]}")
    if "date-inconsistency" in rules:
        d = f["date"]; text = " ".join(x[2] for x in finding_lines[fid])
        if d[0] == "weekday":
            if wd(d[1]) == d[2]: err(f"{fid}: weekday actually matches")
            info.append(f"{fid} date: {d[1]} is {wd(d[1])}, stated {d[2]}")
        elif d[0] == "years":
            if d[2] - d[1] == d[3]: err(f"{fid}: years actually fit")
            info.append(f"{fid} date: {d[2]}-{d[1]}={d[2]-d[1]}, stated {d[3]}")
        elif d[0] == "two_days":
            if d[1] == d[2]: err(f"{fid}: same day")
            for iso in d[1:]:
                dt = datetime.date.fromisoformat(iso)
                if f"{wd(iso)} {dt.day} November" not in text: err(f"{fid}: {wd(iso)} {dt.day} not found")
            info.append(f"{fid} date: two days {d[1]} / {d[2]} (both weekdays correct)")
        elif d[0] == "two_times":
            if d[1] == d[2]: err(f"{fid}: same time")
            info.append(f"{fid} date: two times {d[1]} / {d[2]}")
    if "quote-conflict" in rules:
        qs = [max(QUOTE.findall(x[2]), key=len) for x in finding_lines[fid]]
        if len(qs) < 2 or len(set(qs)) < 2: err(f"{fid}: quotes not different: {qs}")
        else:
            a, b = (set(re.findall(r"[a-z']+", q.lower())) for q in qs[:2])
            info.append(f"{fid} quote-conflict: word overlap {len(a & b)}/{len(a | b)}")
    if "unattributed-quote" in rules:
        b, n, text = finding_lines[fid][0]
        if not QUOTE.search(text): err(f"{fid}: no quote")
        flines = open(os.path.join(ROOT, "docs", [r for r, _ in DOCS if os.path.basename(r) == b][0]), encoding="utf-8").read().split("\n")
        near = [flines[i - 1] for i in (n - 2, n, n + 2) if 0 < i <= len(flines)]
        for x in near:
            if SPEECH.search(x): err(f"{fid}: speech verb near the quote: {x[:60]!r}")
    if any(r.startswith("footnote") for r in rules):
        b = finding_lines[fid][0][0]
        rel = [r for r, _ in DOCS if os.path.basename(r) == b][0]
        txt = open(os.path.join(ROOT, "docs", rel), encoding="utf-8").read()
        body, _, notes = txt.partition("## Notes")
        markers = [int(m) for m in re.findall(r"(?<!^)\[(\d+)\]", body, re.M)]
        defs = [int(m) for m in re.findall(r"^\[(\d+)\]", notes, re.M)]
        if "footnote-no-notes" in rules:
            if not markers or notes: err(f"{fid}: expected markers and no notes section")
            info.append(f"{fid} markers {markers}, notes section: {'yes' if notes else 'none'}")
        if "footnote-gap" in rules:
            seq = sorted(set(markers)); gaps = [x for x in range(1, max(seq) + 1) if x not in seq]
            if not gaps: err(f"{fid}: no gap in {seq}")
            unused = [d for d in defs if d not in markers]
            info.append(f"{fid} markers {markers}, notes {defs}, missing markers {gaps}, unused notes {unused}")
        if "footnote-undefined" in rules:
            undef = [m for m in markers if m not in defs]
            if not undef: err(f"{fid}: no undefined marker")
            info.append(f"{fid} undefined markers {undef}")

for nid in NOTES:
    if not knot[nid]["at"]: err(f"{nid}: no lines")

cnt = collections.Counter(r for f in key["expected"] for r in f["rules"][:1])
print("words:", ", ".join(f"{b} {w}" for b, w in words.items()))
print(f"non-empty lines {n_lines}; findings {len(key['expected'])} by first rule {dict(cnt)}; "
      f"notes {len(key['notes'])}; traps {len(key['traps'])}; must_not {len(key['must_not'])}; trap checks run {n_checks}")
for m in info: print("  ", m)
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for m in errors: print("  !", m)
    sys.exit(1)
print("OK: all checks passed")
