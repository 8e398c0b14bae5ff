#!/usr/bin/env python3
"""Write OUTDIR/README.md from docs_spec.py and key.json."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS
key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
STYLE = {
 'mpa_cladding_wire.txt': 'Meridian Press Agency: wire copy, dateline, "percent", US-style dates',
 'clarion_cladding.txt': 'Daily Clarion: tabloid, "yesterday", 9.40pm, imperial units first (sq ft, ft)',
 'fabric_weekly_cladding.md': 'Facade & Fabric Weekly: construction trade newsletter, bullets, SI units (m², m, t)',
 'wayfarer_ostley.md': 'Wayfarer Quarterly: magazine feature, small numbers in words, miles (km)',
 'ostley_chamber_bulletin.txt': 'Ostley & District Chamber of Commerce: members\' bulletin, label: value lines, 08:30',
 'ostley_broadcast.txt': 'Northmoor Broadcasting News: broadcaster web copy',
 'herald_dairy_live.md': 'Borderland Herald: live page, timestamped entries, running totals, a correction',
 'anw_dairy_wire.txt': 'Agrarian Newswire: wire copy, dateline, gallons (litres), 2.40pm',
 'milk_market_monitor.md': 'Milk Market Monitor: dairy trade newsletter, bullets, ppl, L, Mt, £/t',
 'hollins_moor_budget.md': 'Sixth-form college annual budget statement, Markdown table, [n] notes',
 'eastmarch_pension_report.txt': 'Pension fund annual investment report, numbered sections, [n] markers',
 'guild_workforce_census.txt': 'Professional body workforce census, ^n markers, fixed-width table, Notes',
}
o = ['# heldout59 — blind planted set for factlint', '',
 'Twelve invented documents about 2026 events: three clusters (one folder each, three outlets per story) and three',
 'stand-alone documents. Written without reading factlint\'s code, tests, rules or docs. `gen/docs_spec.py` is the',
 'tagged source (every non-empty line is a finding line, a note line or a trap line); `gen/build.py` writes `docs/`',
 'and `key.json`; `gen/validate.py` checks the every-line rule, line numbers, word counts, that planted values really',
 'differ and that trap arithmetic and weekdays really hold; `gen/make_readme.py` writes this file.', '',
 '## Files', '', '| file | folder | outlet / house style | words |', '|---|---|---|---|']
for rel, lines in DOCS.items():
    b = os.path.basename(rel)
    w = sum(len(l[1].split()) for l in lines if l)
    o.append(f'| {b} | {os.path.dirname(rel)} | {STYLE[b]} | {w} |')
o += ['', '## Events: true figures and planted errors', '',
 '**Cladding (docs/cladding)** — Dunmere City Council cabinet, Wednesday 18 March 2026, approves the revised',
 'cladding-removal programme. True: £48.6m (2024 estimate £31m, +57%); 14 blocks, 9-22 storeys; 1,372 flats;',
 '214,000 m² (2.3 million sq ft) of façade, 61,000 m² ACM (28.5%); £19.4m grant + £29.2m borrowing; work from Monday',
 '13 April 2026 to October 2029 (42 months); contracts due Wednesday 22 April. Planted: £46.8m and 16 blocks (trade),',
 '1,237 flats (tabloid), residents 3,100 vs 3,800 inside the tabloid, "about 40%" ACM share (trade), "Tuesday, March 18"',
 '(wire), Ashdown-Pryce quote reworded (tabloid), an unattributed quote (tabloid).', '',
 '**Airport summer (docs/airport)** — Ostley Airport publishes June-August 2026 traffic on Thursday 10 September 2026.',
 'True: 1.84 million passengers (+9% on 1.69 million); 12,410 movements; 47 destinations, nine new routes; 78% on time;',
 'busiest day Saturday 25 July with 31,200; July 702,000 vs 601,000 (+16.8%); two-millionth passenger Friday 14 August;',
 'runway extension opened 1994 (32nd anniversary), terminal 2001 (25). Planted: 1,480,000 passengers (bulletin), 14,210',
 'movements and "forty-seven" vs 41 destinations (magazine vs broadcaster), 87% on time (broadcaster), 29,800 on the',
 'busiest day inside the bulletin, "+23 per cent" and "30th anniversary" (magazine), Friday 21 August (broadcaster),',
 'Lindqvist-Hale quote with "finally" added (broadcaster), an unattributed quote (bulletin).', '',
 '**Milk price (docs/dairy)** — Vale Pastures Dairy Co-operative special meeting, Tuesday 14 April 2026, approves a',
 '2.1p/litre cut from 36.7p to 34.6p (-5.7%) from Friday 1 May. True: 1,140 member farms; 1.2bn litres a year',
 '(264m gallons); cost to members about £25m a year; vote 684-212 (76.3%), result at 15:12; founded 1966 (60th',
 'anniversary). Planted: 35.6 ppl and £52m (trade), 1,410 farms and 2.1bn litres (live page), "1.2p" inside the wire,',
 'result "at 2.40pm" (wire), Tarrant-Rhys quote "motion" vs "proposal", an unattributed quote (live page). The live',
 'page\'s 10:31 figure of 36.4p is superseded by its own 15:40 correction (a trap).', '',
 '**Stand-alone** — Hollins Moor college budget (staff £6.84m of £8.73m is 78.4%, stated 72%; "(Source link)"),',
 'Eastmarch pension fund report ([1], [2] with no notes section), Guild of Heritage Architects census (^1 ^2 ^4, note 3',
 'never cited).', '',
 '## Findings (30)', '', '| id | rules | at | what |', '|---|---|---|---|']
for f in key['expected']:
    at = ', '.join(f'{a}:{b}' for a, b in f['at'])
    o.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
c = Counter(f['rules'][0] for f in key['expected'])
o += ['', 'By rule: ' + ', '.join(f'{k} {v}' for k, v in sorted(c.items())) +
      ' (F20 also numeric-conflict; F28 also footnote-unused).', '',
      '## Notes (8)', '', '| id | rule | at | what |', '|---|---|---|---|']
for n in key['notes']:
    at = ', '.join(f'{a}:{b}' for a, b in n['at'])
    o.append(f"| {n['id']} | {', '.join(n['rules'])} | {at} | {n['what']} |")
o += ['', f"## Traps ({len(key['traps'])} lines, {len(key['must_not'])} in must_not)", '',
 '- Same figure in other words or units: £48.6 MILLION / £48.6 million; 2.3 million sq ft = 214,000 m²; 59ft (18m);',
 '  264 million gallons = 1.2 billion litres = 1.2 bn L (~1.24 Mt); 1,150 miles (1,850 km); 76% vs "just over',
 '  three-quarters"; "about a fifth" vs a 20% fall; "a third of the total".',
 '- Other subjects or scopes with the same measure: national 4,600 buildings; Culvermill scheme £22.5m; lot 1 £17.9m;',
 '  "Twelve of the towers" over 18 m; "11 of the blocks"; Ryeland Air 612,000; Carrick Bay 960,000; night flights;',
 '  Cheviot 35.1p; regional average 35.3 ppl; organic 49.5 ppl; per-farm 1.05 million L; 212,000 cows.',
 '- Other periods: 2024 estimate £31m; summer 2025 1.69 million; 2019 record 1.72 million; year to date 2.41 million;',
 '  July only 702,000; 2021 census 39%; five-year returns; 2025 valuation.',
 '- Forecasts, targets, assumptions: full-year 3 million; planning assumption 27,000 a day; private markets 25% target;',
 '  5.0% actuarial assumption; 70% of spend in two years; enrolment forecast 1,460.',
 '- Running totals and corrections: registrations 803 then 912; tally 400-131 before 684-212; 36.4p superseded by the',
 '  15:40 correction.',
 '- Correct arithmetic: +57%, £35,400 per flat, 19.4 + 29.2 = 48.6, +9%, 64/212 = 30%, -5.7%, 76%, -20%, tables that',
 '  add up (budget, asset allocation, census regions), shares 44%, 23%, 38%, +3.8%, +4.2%, -2.0%, +7.9%, 108%, 0.56%.',
 '- Correct dates: weekday + date pairs (validated by script), 25th birthday of a 2001 terminal, 60th anniversary of',
 '  a 1966 co-op, 42 months April 2026 to October 2029, "yesterday" in a Thursday paper for a Wednesday meeting.',
 '- Quotes: speaker in the previous sentence ("he said"), partial quotes attributed in the same sentence, a scare-quoted',
 '  term ("waking watch"), a banner slogan, a scare quote attributed to "the opposition"; different quotes by one speaker.',
 '- Footnotes done right: budget [1] [2] with a Notes section; numbered report sections ("1. Summary") that are not notes.',
 '- Headlines, bylines, mastheads, credit lines and table rules with nothing to flag.']
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(o) + '\n')
print('README written')
