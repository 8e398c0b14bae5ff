#!/usr/bin/env python3
"""Check the written set against the spec: every non-empty line tagged exactly once, line numbers in
key.json point at the right text, planted numbers really differ, trap arithmetic holds, word counts."""
import json, os, re, sys, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES
from build import layout

def D(y, m, d):
    return datetime.date(y, m, d).strftime("%A")

errors = []
def err(msg): errors.append(msg)

res, texts = layout()
key = json.load(open(os.path.join(OUT, "key.json")))
bases = [os.path.basename(p) for p, _ in DOCS]
if len(set(bases)) != len(bases): err("basenames not unique")

# 1. files on disk equal the spec; every non-empty line is tagged exactly once
line_of = {}
for path, rows in res.items():
    base = os.path.basename(path)
    disk = open(os.path.join(OUT, "docs", path), encoding="utf-8").read().split("\n")
    if disk and disk[-1] == "": disk = disk[:-1]
    tagged = {ln: (tag, text) for ln, tag, text, what, extra in rows}
    for i, l in enumerate(disk, 1):
        if l.strip():
            if i not in tagged: err(f"{base}:{i} untagged non-empty line")
            elif tagged[i][1] != l: err(f"{base}:{i} text differs from spec")
        elif i in tagged: err(f"{base}:{i} tagged line is empty")
    for ln, tag, text, what, extra in rows:
        line_of[(base, ln)] = (tag, text)
        if not re.fullmatch(r"[MT]|[FN]\d+(\+[FN]\d+)*", tag): err(f"{base}:{ln} bad tag {tag}")
        if tag.startswith("N") and "+" in tag: err(f"{base}:{ln} note line combined")
        if tag[0] == "N" and any(t.startswith("F") for t in tag.split("+")): err(f"{base}:{ln} note+finding")
    words = len(re.findall(r"[A-Za-z0-9£€$%][^\s|]*", texts[path]))
    if not 280 <= words <= 380: err(f"{base}: {words} words (want 280-380)")
    print(f"  {base:40s} {words:4d} words, {len(rows):3d} tagged lines")

# 2. key.json points at lines with the right tags and forms
cats = collections.Counter()
for f in key["expected"] + key["notes"]:
    spec = FINDINGS.get(f["id"]) or NOTES.get(f["id"])
    if not f["at"]: err(f"{f['id']} has no lines")
    for b, ln in f["at"]:
        tag, text = line_of.get((b, ln), (None, ""))
        if tag is None or f["id"] not in tag.split("+"): err(f"{f['id']} at {b}:{ln} not tagged with it")
        if not any(x in text for x in spec["forms"]): err(f"{f['id']} at {b}:{ln} lacks any of {spec['forms']}: {text[:60]}")
    if "vals" in spec:
        a, c = spec["vals"]
        if abs(a - c) / max(abs(a), abs(c)) < 0.03: err(f"{f['id']} values {a} vs {c} within rounding")
    if "chk" in spec and not eval(spec["chk"], {"D": D}): err(f"{f['id']} planted check does not hold: {spec['chk']}")
    if f["id"].startswith("F") and "numeric-conflict" in f["rules"] or f["id"] in ("F18", "F21", "F22", "F23"):
        if len(f["at"]) < 2: err(f"{f['id']} conflict needs >= 2 lines")
    for r in f["rules"]: cats[r] += 1
for t in key["traps"]:
    tag, text = line_of.get((t["file"], t["line"]), (None, ""))
    if tag not in ("M", "T"): err(f"trap {t['file']}:{t['line']} not a trap line")
for t in key["must_not"]:
    if t not in key["traps"]: err("must_not entry not in traps")

# 3. trap arithmetic and per-line checks
nchk = 0
for path, rows in res.items():
    for ln, tag, text, what, extra in rows:
        if "chk" in extra:
            nchk += 1
            if not eval(extra["chk"], {"D": D, "__import__": __import__}):
                err(f"{os.path.basename(path)}:{ln} check fails: {extra['chk']}")
        for h in extra.get("has", []):
            if h not in text: err(f"{os.path.basename(path)}:{ln} lacks {h!r}")

# 4. every weekday+date written in the docs is right unless planted (F19)
MONTHS = {m: i for i, m in enumerate(["January","February","March","April","May","June","July","August","September","October","November","December"], 1)}
for path, rows in res.items():
    for ln, tag, text, what, extra in rows:
        for wd, d, mo in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (" + "|".join(MONTHS) + ")", text):
            ok = D(2026, MONTHS[mo], int(d)) == wd
            if not ok and "F19" not in tag and "F18" not in tag: err(f"{os.path.basename(path)}:{ln} wrong weekday {wd} {d} {mo}")
            if "F19" in tag and not ok: print(f"  planted weekday error confirmed: {wd} {d} {mo} is {D(2026, MONTHS[mo], int(d))}")
        for wd, mo, d in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (" + "|".join(MONTHS) + r") (\d{1,2})", text):
            if D(2026, MONTHS[mo], int(d)) != wd: err(f"{os.path.basename(path)}:{ln} wrong weekday {wd} {mo} {d}")

print(f"findings {len(key['expected'])}, notes {len(key['notes'])}, traps {len(key['traps'])}, "
      f"must_not {len(key['must_not'])}, trap/planted checks evaluated {nchk}")
print("rules:", dict(cats))
if errors:
    print("ERRORS:", *errors, sep="\n  "); sys.exit(1)
print("OK")
