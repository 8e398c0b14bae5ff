#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES, EVENTS

def main():
    docs_dir = os.path.join(OUT, 'docs')
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    at = {k: [] for k in FINDINGS}
    nat = {k: [] for k in NOTES}
    traps, must_not = [], []
    for d in DOCS:
        folder = os.path.join(docs_dir, d['dir'])
        os.makedirs(folder, exist_ok=True)
        text = []
        for i, ln in enumerate(d['lines'], 1):
            if ln == "":
                text.append("")
                continue
            tag, body = ln[0], ln[1]
            text.append(body)
            if tag in ('T', 'M'):
                t = {"file": d['file'], "line": i, "what": ln[2]}
                traps.append(t)
                if tag == 'M':
                    must_not.append(t)
            elif tag in FINDINGS:
                at[tag].append([d['file'], i])
            elif tag in NOTES:
                nat[tag].append([d['file'], i])
            else:
                raise SystemExit(f"unknown tag {tag} in {d['file']}:{i}")
        with open(os.path.join(folder, d['file']), 'w', encoding='utf-8') as f:
            f.write("\n".join(text) + "\n")
    key = {
        "expected": [{"id": k, "rules": v['rules'], "at": at[k], "what": v['what']} for k, v in FINDINGS.items()],
        "notes": [{"id": k, "rules": v['rules'], "at": nat[k], "what": v['what']} for k, v in NOTES.items()],
        "traps": traps,
        "must_not": must_not,
    }
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    write_readme(key)
    print(f"wrote {len(DOCS)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(traps)} traps, {len(must_not)} must_not")

def write_readme(key):
    from collections import Counter
    L = ["# heldout64 — blind planted set for factlint", "",
         "Twelve invented 2026 documents: three stories told by three outlets each (`docs/licence/`, `docs/dogs/`, "
         "`docs/jobsfair/`) and three stand-alone documents (`docs/standalone/`). Written blind (no factlint code, tests or "
         "rules read). Source of truth: `gen/docs_spec.py`; `gen/build.py` writes `docs/`, `key.json` and this README; "
         "`gen/validate.py` checks the every-line rule, line numbers, word counts, that planted values really differ or are "
         "really wrong, that trap arithmetic holds, weekdays and footnote structure.", "",
         "## Files", "", "| file | folder | outlet / house style | words | lines (non-empty) |", "|---|---|---|---|---|"]
    for d in DOCS:
        path = os.path.join(OUT, 'docs', d['dir'], d['file'])
        txt = open(path, encoding='utf-8').read()
        L.append(f"| {d['file']} | {d['dir']} | {d['outlet']} | {len(txt.split())} | {sum(1 for l in txt.splitlines() if l.strip())} |")
    L += ["", "## Events: true figures and planted errors", ""]
    for title, facts, errs in EVENTS:
        L.append(f"### {title}"); L.append(""); L.append("True figures:")
        L += [f"- {x}" for x in facts]
        L.append(""); L.append("Planted: " + "; ".join(errs) + "."); L.append("")
    L += ["## Findings (expected)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for e in key['expected']:
        L.append(f"| {e['id']} | {', '.join(e['rules'])} | {'; '.join(f'{a}:{b}' for a, b in e['at'])} | {e['what']} |")
    c = Counter(r for e in key['expected'] for r in e['rules'][:1])
    L += ["", "By primary rule: " + ", ".join(f"{k} {v}" for k, v in c.items()) + f" (total {len(key['expected'])}).", ""]
    L += ["## Notes (severity note, not scored)", "", "| id | rule | lines | what |", "|---|---|---|---|"]
    for e in key['notes']:
        L.append(f"| {e['id']} | {', '.join(e['rules'])} | {'; '.join(f'{a}:{b}' for a, b in e['at'])} | {e['what']} |")
    L += ["", "## Traps", "",
          f"{len(key['traps'])} trap lines (every non-empty line that is neither a finding nor a note), {len(key['must_not'])} of them in `must_not`. Kinds:", "",
          "- the same figure in other words, units or roundings: £75m / almost £75million / £74.9m; almost 7,000 vs 6,820; 'more than 300,000' vs the peak; forty-seven days; 90 miles (145km), 2 miles (3.2km), 1,900 miles (3,060 km), forty kilograms / eighty-eight pounds; 120 decibels / 120 dB; 09:30-style times vs 4pm / 16:00 closing;",
          "- other subjects or scopes with the same measure: national Rescue Alliance intake vs Hollowbrook's; national vs regional apprenticeship starts; training providers vs employers; engineering exhibitors vs all; contract value vs total cost; annual applications vs backlog; annual running cost vs project cost; 236 dogs in care vs kennel spaces;",
          "- other periods: 2025 fair visitors/employers/vacancies; H1 2025 intake and rehomings; 2024/25 table column; next season's 24 planned concerts; backlog on 8 May vs the 30 April peak; vet bill vs the whole of 2023;",
          "- forecasts, targets, caps and requests vs actuals: five-day processing target, end-July clearance, £6m and £240,000 requests, £250,000 appeal target, 40 foster homes needed, 8% regulatory minimum, 90% calls target, 10-15% recommended contingency;",
          "- running totals and a superseded figure with a correction (live page 11:00 3,100 -> 2,100; 4,350 at 13:00; 6,820 final; interviews 1,100 -> 1,275); six-week placements vs on-the-day offers;",
          "- vague or bounded figures consistent with both sides of a conflict ('hundreds of temporary staff', 'more than eight hundred' rehomed, 'membership passing 18,000');",
          "- correct arithmetic: table changes, shares (37.8% 'more than a third', 24%, 18%, 71%, 48.5% 'almost half', 'almost a quarter'), sums (13,910 + 472), averages (9,460/22, £41.3m/18,420, £112/7), multiples (£10,000 twice £5,000), changes (-14%, +15.6%, +14%, 'more than an eighth');",
          "- correct weekdays (18 weekday+date mentions) and anniversaries (31 years since 1995, 25 since 2001, 40th season since 1986, 18 seasons since 2008), 8 weeks from 9 July to 3 September;",
          "- quotes: a one-word partial quote and a partial phrase consistent with full renderings, quotes whose speaker is in the previous sentence ('she said', 'he said'), attributed quotes after a colon;",
          "- clean footnotes ([1],[2] with notes in the credit-union release).", ""]
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write("\n".join(L))

if __name__ == '__main__':
    main()
