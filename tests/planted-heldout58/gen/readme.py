#!/usr/bin/env python3
"""Write README.md for heldout58 from key.json and the spec (run after build.py)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS
key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
STYLE = {
 'ostwick_wire.txt': 'Northgate Press wire copy: dateline, "percent", £486m',
 'ostwick_tabloid.txt': 'Daily Clarion tabloid: "yesterday", am/pm, miles first, £486million',
 'ostwick_trade.txt': 'Light Rail Review trade newsletter: bullets, SI units, label: value lines',
 'skerrow_live.md': 'Live page (Markdown): timestamped updates, running totals, a correction',
 'skerrow_feature.md': 'Magazine feature (Markdown): numbers in words, clock time in words',
 'skerrow_broadcast.txt': 'NorthWave News broadcaster web copy: kg (lb), km (miles)',
 'northmarch_bulletin.md': "UECS union branch members' bulletin (Markdown): bullets, min/s",
 'northmarch_daily.txt': 'Northmarch Courier regional daily: "almost", "nearly", "this week"',
 'northmarch_weekly.txt': 'Fellside & District Weekly local paper: "last Thursday", 8am/8pm',
 'carran_visitor_bulletin.md': 'National park authority visitor-numbers bulletin with a Markdown table',
 'tarrow_interim_results.txt': 'Logistics group half-year results release: highlights bullets, £bn/£m, TEU',
 'brightwater_skills_paper.txt': 'Think-tank policy paper with [n] markers and a Notes section',
}
L = ['# heldout58 — blind planted set for factlint', '',
     'Twelve invented documents (2026) in three story clusters and three stand-alone pieces, written blind',
     '(without reading factlint). `key.json` holds 30 planted findings, 8 notes, traps and must_not.',
     'Regenerate with `python3 gen/build.py && python3 gen/validate.py && python3 gen/readme.py`.', '',
     '## Files', '', '| File | Folder | Outlet / house style | Words |', '|---|---|---|---:|']
for d in DOCS:
    b = os.path.basename(d['path']); txt = open(os.path.join(OUT, 'docs', d['path']), encoding='utf-8').read()
    L.append(f"| {b} | {os.path.dirname(d['path'])} | {STYLE[b]} | {len(txt.split())} |")
L += ['', '## Events: true figures and planted errors', '',
 '### ostwick/ — Ostwick tram Line 4 first-month ridership (transport infrastructure)', '',
 'Truth: Line 4 (Saltgate Quay–Hollins Park), 11.2 km (~7 miles), 17 stops, opened Saturday 14 March 2026, first tram 05:52.',
 'First four weeks (14 Mar–10 Apr): 612,000 journeys vs a 540,000 forecast (+13%); opening day 41,300 (weekend 78,200);',
 'weekday average 24,800 (target 32,000 by 2028). Cost £486m vs £390m budget approved 2021 (+£96m, +24.6%);',
 'funding £310m national + £176m council. Work began 2021 (five years); due December 2024 (fifteen months late).',
 '14 trams × 210 = 2,940. Figures released Monday 13 April. Anselm: "These numbers have **beaten** every forecast…".', '',
 'Planted: 621,000 journeys (tabloid); £468 million cost (trade); 43,100 opening day (trade); 28,400 weekday average',
 '(trade, against its own 24,800 bullet); "31 per cent" overrun (tabloid); "seven years after … 2021" (trade);',
 '"smashed" in the Anselm quote (tabloid); an unattributed vox-pop quote (tabloid).', '',
 '### skerrow/ — Skerrow-1 satellite launch (science/space)', '',
 'Truth: Thursday 23 April 2026, liftoff 10:47 BST from Tulloch Point (Keelstar\'s Brannock Ascent, six satellites);',
 'scrubs on Tuesday and Wednesday. Skerrow-1 (Corvane Orbital, University of Halvern spin-out, 2019; university 1966):',
 '148 kg (326 lb), 540 km orbit (~335 miles), 210 spectral bands, 1.5 m per pixel. Mission £38.5m = £22m Series A',
 '(January) + £9.5m National Space Office grant + £7m university. Deployment 11:45 (T+58 min), first signal 12:31.',
 'Marwood: "We built this in a university **basement**…".', '',
 'Planted: 184 kg (feature, in words); 10:17 liftoff (broadcaster); 450km orbit (broadcaster); £27m round (broadcaster);',
 '120 bands (feature, in words); "cellar" in the Marwood quote (feature); an unattributed quote (feature).', '',
 '### northmarch/ — Northmarch ambulance response-time row (health-service operations)', '',
 'Truth (February 2026, published Thursday 12 March): Category 2 mean 52 min 40 s (January 44 min; standard 18 min);',
 'Category 1 mean 9 min 52 s; 11,600 hours lost to handover delays (January 9,850); 71,400 calls; 214 paramedic',
 'vacancies; fleet 312 with 38 off the road; health board emergency meeting Tuesday 24 March; £6m asked, £4.2m agreed.',
 'Lusk: "Our crews are spending **whole** shifts parked outside emergency departments…".', '',
 'Planted: "almost 58 minutes" (daily); 16,100 hours (weekly); 68,900 calls (daily); "nearly 300" vacancies (daily);',
 'Thursday 26 March meeting (daily); "entire shifts" (daily); an unattributed appeal quote (weekly).', '',
 '### standalone/', '',
 '- carran_visitor_bulletin.md: 4.62m visitor days in 2025 (4.31m in 2024, +7.2%); table rows add up. Planted: High Moors',
 '  860→945 labelled +12.4% (true +9.9%); text gives Carran Edge 1.95 million against the table\'s 1,590 thousand.',
 '- tarrow_interim_results.txt: revenue £1.42bn = 610 + 388 + 422; profit £96.3m. Planted: margin "7.8%" (true 6.8%);',
 '  TEU 1.86 million (highlights) vs 1.68 million (body); markers [1] and [2] with no notes section.',
 '- brightwater_skills_paper.txt: markers and notes 1–4, 6–9 ([5] skipped), marker [10] with no note;',
 '  consultation "Wednesday 3 July 2026" (a Friday).', '',
 '## Findings (expected)', '', '| Id | Rules | Locations | What |', '|---|---|---|---|']
for f in key['expected']:
    L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what'].replace('|', '/')} |")
L += ['', '## Notes', '', '| Id | Rule | Location | What |', '|---|---|---|---|']
for f in key['notes']:
    L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
cnt = collections.Counter(r for f in key['expected'] for r in f['rules'][:1])
L += ['', 'Findings by primary rule: ' + ', '.join(f'{k} {v}' for k, v in cnt.items()) + '.', '',
 f"## Traps: {len(key['traps'])} lines, {len(key['must_not'])} in must_not", '',
 '- Same figure in other words, units or roundings: 11.2 km / seven-mile (11km); 148kg (326lb); 540 km / "a little over three',
 '  hundred and thirty miles"; 8°C (46°F); 14.6 km (9.1 miles); 1,120 ha (2,770 acres); 41.2m litres (9.06m gallons);',
 '  "just before 6am" for 05:52; "thirteen minutes to eleven" for 10:47 (this line is listed in F17 as a true-value line).',
 '- Other subject / scope with the same measure: older tram lines\' 19.6m journeys; national Category 2 wait 36 min; Fellside',
 '  61 min and 22 ambulances; 38,600 Category 2 calls (part of all calls); opening weekend 78,200 vs opening day; one-day peak',
 '  33,600; all-days daily average 21,900 vs weekday average; 8.9 km segregated vs 11.2 km; Category 1 9 min 52 s.',
 '- Other periods: January figures (44 min, 9,850 h); 2024 park figures; H1 2025 comparatives; reliability week 1 vs week 4.',
 '- Modality: forecasts (540,000; 32,000 by 2028; 9.1m a year; £190m–£200m full year), targets (18 min; 5m visitor days),',
 '  caps ("up to 210"; fare cap), requests vs grants (£6m sought, £4.2m agreed), expectations (images within ten days).',
 '- Running totals and corrections: live page 2 → 4 → 6 satellites deployed; correction of "seven satellites".',
 '- Correct arithmetic: +13% vs forecast; "almost a quarter" overrun; 310 + 176 = 486; 14 × 210 = 2,940; table rows and',
 '  changes; 76% day visitors; +5.9% spending; 1.6% a year to 2030; segment sum 1,420; +8.4%, +9.3%, +8% dividend; 27%',
 '  rail share; two-thirds of £6m; one in eight ambulances; one in twenty waits; a fifth fewer completions; £7,200 a place;',
 '  "nearly three times" 18 minutes (on a finding line).',
 '- Correct dates: weekday + date pairs (14 Mar Sat, 14 Apr Tue, 23 Apr Thu, 12/19 Mar Thu, 24 Mar Tue, 18 Feb Wed,',
 '  21 Mar Sat, 24 Aug 2025 Sun, 30 Jul Thu, 9 Jun Tue); five years since 2021; seven years since 2019; sixty years since',
 '  1966; 75 years since 1951; December 2024 → March 2026 = fifteen months; 10:47 + 58 min = 11:45; first signal 12:31.',
 '- Quotes: partial quotes correctly attributed (Pryce, Marwood, Oyelaran, Gregor, Ashdale "not acceptable"); a different',
 '  quote by the same speaker (Marwood, broadcaster); scare-quoted term ("rapid release"); headline without quote marks.',
 '- Footnotes: a correct Notes section with entries matching markers (apart from the planted gap/undefined).', '']
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L))
print('wrote README.md')
