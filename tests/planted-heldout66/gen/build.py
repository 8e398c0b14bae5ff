#!/usr/bin/env python3
"""Write docs/ and key.json (and README.md tables) from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)

def layout():
    """Return per-doc line records: (basename, lineno, entry)."""
    recs = []
    for d in S.DOCS:
        base = os.path.basename(d["path"])
        for i, e in enumerate(d["lines"], 1):
            recs.append((d["path"], base, i, e))
    return recs

def text_of(e):
    if e == "": return ""
    return e[2] if e[0] in ("F", "N") else e[1]

def build_key():
    at = {k: [] for k in S.FINDINGS}
    nat = {k: [] for k in S.NOTES}
    traps, must_not = [], []
    for path, base, ln, e in layout():
        if e == "": continue
        if e[0] == "F":
            for fid in e[1]: at[fid].append([base, ln])
        elif e[0] == "N":
            nat[e[1]].append([base, ln])
        else:
            t = {"file": base, "line": ln, "what": e[2]}
            traps.append(t)
            if e[3]: must_not.append(t)
    expected = [{"id": k, "rules": v["rules"], "at": at[k], "what": v["what"]} for k, v in S.FINDINGS.items()]
    notes = [{"id": k, "rules": v["rules"], "at": nat[k], "what": v["what"]} for k, v in S.NOTES.items()]
    return {"expected": expected, "notes": notes, "traps": traps, "must_not": must_not}

def main():
    for d in S.DOCS:
        p = os.path.join(OUT, "docs", d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(text_of(e) for e in d["lines"]) + "\n")
    key = build_key()
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_readme(key)
    print(f"wrote {len(S.DOCS)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(key['traps'])} traps ({len(key['must_not'])} must_not)")

STYLE = {
 "meridian_wire_pellham.txt": "Meridian Wire: wire copy with dateline, 'mln', '5 p.m.', 'Friday, March 6'",
 "instrument_letter_pellham.md": "Instrumentation Trade Letter: trade newsletter, Markdown bullets, SI units (m²), 17:00",
 "northvale_business_pellham.txt": "Northvale Broadcasting Business: broadcaster's web copy, '£768m', '5pm', 'sq m'",
 "kestrel_velnatide.txt": "Kestrel News health: broadcaster's web copy, 'mmHg' run together, kg with st/lb",
 "vitalsigns_velnatide.md": "Vital Signs: magazine feature, numbers in words, '17 per cent', °F, kPa",
 "hpa_bulletin_velnatide.txt": "Hypertension Patients' Alliance: members' bulletin, 10.15am, 'Four in ten (41%)'",
 "clarion_fennick.txt": "The Daily Clarion: tabloid, 'yesterday', am/pm, acres before hectares, '£16.4million'",
 "gazette_live_fennick.md": "Fennick Cross Gazette: live page, timestamped posts, running totals, a correction",
 "wyvern_fennick.txt": "Wyvern Valley News: broadcaster's web copy, 24-hour clock, hectares first",
 "ardenmail_qos_q1_2026.txt": "Ardenmail: official statistics bulletin with a plain-text table",
 "lanternfish_hollowmere.md": "Lanternfish Games: launch-sales press release",
 "westmarch_leisure_scrutiny.md": "Westmarch County Council: scrutiny report with [n] footnotes and a Notes list",
}

def write_readme(key):
    rows = []
    for d in S.DOCS:
        base = os.path.basename(d["path"])
        words = sum(len(text_of(e).split()) for e in d["lines"])
        rows.append(f"| docs/{d['path']} | {STYLE[base]} | {words} |")
    fr = "\n".join(f"| {f['id']} | {', '.join(f['rules'])} | " + "; ".join(f"{a}:{b}" for a, b in f['at']) + f" | {f['what']} |"
                   for f in key["expected"])
    nr = "\n".join(f"| {n['id']} | {', '.join(n['rules'])} | " + "; ".join(f"{a}:{b}" for a, b in n['at']) + f" | {n['what']} |"
                   for n in key["notes"])
    from collections import Counter
    rc = Counter(r for f in key["expected"] for r in f["rules"][:1])
    body = open(os.path.join(HERE, "readme_events.md"), encoding="utf-8").read()
    txt = f"""# heldout66 — blind planted set for factlint

Twelve invented documents (three clusters of three outlets on one 2026 event each, plus three stand-alone
documents), written without reading factlint's code, tests, rules or docs. Generated from `gen/docs_spec.py`
by `gen/build.py`; checked by `gen/validate.py`. Every non-empty line is exactly one of: a finding line
(listed in some `expected[].at`), a note line (`notes[].at`) or a trap line (`traps`; `must_not` is the subset
a checker is most likely to get wrong).

## Files

| file | outlet / house style | words |
|---|---|---|
{chr(10).join(rows)}

{body}
## Findings ({len(key['expected'])}; first rule: {', '.join(f'{k} {v}' for k, v in sorted(rc.items()))})

| id | rules | at | what |
|---|---|---|---|
{fr}

## Notes ({len(key['notes'])})

| id | rules | at | what |
|---|---|---|---|
{nr}

## Traps ({len(key['traps'])} lines, {len(key['must_not'])} in must_not)

"""
    txt += open(os.path.join(HERE, "readme_traps.md"), encoding="utf-8").read()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)

if __name__ == "__main__":
    main()
