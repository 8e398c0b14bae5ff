#!/usr/bin/env python3
"""Write README.md from the spec and key.json."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS
from build import layout
res, texts = layout()
key = json.load(open(os.path.join(OUT, "key.json")))
STYLE = {
 "castlemere_wire.txt": "wire copy, dateline, digits and 'km (miles)'",
 "castlemere_tabloid.txt": "tabloid: 'yesterday', am/pm, caps headline, imperial first (sq ft)",
 "castlemere_bulletin.md": "union members' bulletin (Markdown), demands list, meeting times",
 "brightwire_broadcast.txt": "broadcaster web copy, short paragraphs",
 "brightwire_magazine.md": "magazine feature, numbers in words",
 "brightwire_trade.txt": "telecoms trade newsletter: bullets, label: value lines",
 "kelvadon_live.md": "live page: reverse-chronological timestamps, running totals, a correction",
 "kelvadon_courier.txt": "regional daily: 'yesterday', am/pm, square miles first",
 "kelvadon_gridnews.txt": "energy trade newsletter: SI units (kV, MW, MVA, t, h), 24h timeline, bullets",
 "brackwater_trust_annual_report.md": "hospital trust annual performance report, Markdown table, ^n markers (no notes)",
 "larchfield_inspection.txt": "care-home inspection report, numbered paragraphs, [n] markers + notes",
 "aicr_market_survey.md": "trade association market survey, bullets, [n] markers + notes",
}
L = ["# heldout56 — blind planted set for factlint", "",
 "Twelve invented documents (three 2026 stories told by three outlets each, plus three stand-alone documents), written blind",
 "(without reading factlint's code, tests or rules). `key.json` holds 30 planted findings, 8 notes, the traps and the",
 "`must_not` subset. Regenerate with `python3 gen/build.py && python3 gen/validate.py` (`gen/readme.py` writes this file).", "",
 "## Files", "", "| file | outlet / house style | words |", "|---|---|---|"]
for path, _ in DOCS:
    b = os.path.basename(path)
    w = len(re.findall(r"[A-Za-z0-9£€$%][^\s|]*", texts[path]))
    L.append(f"| docs/{path} | {STYLE[b]} | {w} |")
L += ["", "## Events: true figures and planted errors", "",
 "**Castlemere Tiles closes its Orrinford works (economy/labour; announced Tuesday 10 March 2026).** True: 640 jobs lost;",
 "group workforce 1,850 (1,210 remain); works opened 1958 (68 years); energy bill £11.2m (2024) -> £19.6m (2025), +75%;",
 "closure cost £38m incl. £21m redundancy; Orrinford output 14 million m² of the group's 22 million; 150 transfer offers;",
 "production ends Friday 31 July, site closes Wednesday 30 September; CAWU has 410 members on site.",
 "Planted: 604 jobs (bulletin), £16.9m energy bill (bulletin), workforce 2,050 inside the wire story, closure cost £33m",
 "(bulletin), '95 per cent' rise (tabloid), '58 years later' (bulletin), Tolley quote reworded (tabloid), an unattributed worker quote (tabloid).", "",
 "**Linkwatch fines Brightwire Broadband (regulator/consumer; announced Thursday 14 May 2026).** True: fine £12.4m",
 "(£17.7m less 30%); 186,000 customers not compensated out of 2.3 million; £7.9m owed, payable by Monday 31 August;",
 "£9.85 a day; mean wait 5.2 days; scheme since 2019 (7 years); 11 investigations; complaints 2,900 -> 4,350 (+50%).",
 "Planted: fine £13.4m (trade), 168,000 customers (magazine), £6.4m owed (trade), 'one in eight' (trade; really 1 in 12),",
 "announcement on 'Tuesday 12 May' (magazine), Pridmore quote reworded (magazine), an unattributed quote (magazine).", "",
 "**Kelvadon power cut (operations; Wednesday 4 February 2026).** True: transformer SGT2 (1976, 50 years old) failed at",
 "06:12; peak 48,300 customers at 07:15; running totals ~30,000 (06:40), ~41,000 (08:30), 21,000 (10:00), 12,500 (12:10),",
 "6,400 (13:05); last customers back 16:38 (10 h 26 min); 96 MW interrupted; 14 mobile generators; 11 schools closed",
 "(14 corrected on the live page); 9,800 goodwill payments of £30 = £294,000; report due 4 March (28 days).",
 "Planted: 43,800 peak (gridnews), 78 MW inside gridnews, 24 generators (courier), start 'shortly after 7.10am' (courier),",
 "Halloran quote reworded (courier), an unattributed resident quote (courier).", "",
 "**Stand-alone.** Brackwater trust report: summary 148,200 emergency attendances vs table total 142,800; waiting list",
 "52,400 -> 47,100 called a 14% fall (really 10.1%); ^1 ^2 ^3 markers with no notes section. Larchfield inspection:",
 "'Wednesday 9 June 2026' (a Tuesday); 42 vs 38 residents on the first day; marker [3] with no note. AICR survey: 1,240 vs",
 "1,310 respondents; markers/notes [1], [2], [4] (gap); '[citation needed]'.", "",
 "## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
for f in key["expected"]:
    L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
L += ["", "## Notes (severity note)", "", "| id | rule | line | what |", "|---|---|---|---|"]
for f in key["notes"]:
    L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
c = collections.Counter(r for f in key["expected"] for r in f["rules"])
L += ["", "Findings by rule: " + ", ".join(f"{r} {n}" for r, n in c.items()) + " (F20 carries two rules; 30 findings).", "",
 "## Traps", "", f"{len(key['traps'])} trap lines, {len(key['must_not'])} of them in `must_not` (lines a tool is tempted to flag).",
 "Kinds: the same figure in other words or units (sixty-eight years / 68-year-old, 150 million sq ft = 14 million m²,",
 "40 km = 25 miles, 60 sq mi = 155 km², 4.38pm = 16:38, 'just under ten pounds' = £9.85, numbers in words); other subjects",
 "or scopes with the same measure (410 union members vs 640 jobs, 2.3 million base vs 186,000 affected, 33 MW on SGT1,",
 "120 MW normal load, members' 18% vs national 'one in five'); caps, targets, requests and thresholds ('up to £420,000',",
 "78% target, 50 MW threshold, £95 statutory vs £30 goodwill, £15 a day sought, 90-day pause); running totals during the",
 "power cut and a superseded '14 schools' with its correction; partial counts (150 transfer offers, 9,800 goodwill",
 "customers, the last 212 homes); correct arithmetic (1,850-640=1,210, +75% 'three-quarters', 17.7×0.7=12.4, +50%",
 "complaints, table rows that add up, 25.4%/22.0% admission shares, 'fell by a third', 11/29 'more than a third', 7/35",
 "'one in five', 58% response, +5.3% price, 'about a quarter', 62/410 ≈ 15%, 37/214 'one in six', 9,800×£30); correct",
 "weekdays and anniversaries (68 years, 50 years, seven years, three years, 28 days -> 4 March); an ellipsis quote and a",
 "full rendering that agree; partial quotes correctly attributed; quotes whose speaker is named in the previous sentence.", ""]
open(os.path.join(OUT, "README.md"), "w").write("\n".join(L))
