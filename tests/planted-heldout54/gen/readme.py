#!/usr/bin/env python3
"""Write ../README.md from key.json and docs/ (hand-written event summaries below)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
k = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
STYLE = {
 'seagrass_wire.txt': 'Northline News wire copy, dateline, digits, "million pounds"',
 'seagrass_magazine.md': 'Tideline magazine feature, numbers in words, acres',
 'seagrass_trade.txt': 'Blue Margin Briefing trade newsletter, bullets, SI units, GBP, kt',
 'corvella_live.md': 'Ledger Daily live page, timestamped updates, running totals, a correction',
 'corvella_tabloid.txt': 'Morning Bugle tabloid, "yesterday", 7am, imperial first (sq ft)',
 'corvella_broadcast.txt': 'Channel North broadcaster web copy, explainer with Q&A heading',
 'tavish_chronicle.txt': 'Kelsborough Chronicle regional daily, "yesterday", am/pm, ft and lb first',
 'tavish_civic_bulletin.md': 'Kelsborough Civic Society members\' bulletin, list of concerns',
 'tavish_wire.txt': 'Eastgate Press wire copy, dateline, 24-hour clock, metres',
 'dunmarra_immunisation_bulletin.md': 'health-board official statistics bulletin with a pipe table',
 'lanternfield_annual_report.md': 'charity annual report, Markdown footnote markers without notes',
 'ambersley_oa_committee_report.txt': 'university committee report, numbered paragraphs, [n] markers and notes',
}
rows = []
for root, _, fs in sorted(os.walk(os.path.join(OUT, 'docs'))):
    for fn in sorted(fs):
        t = open(os.path.join(root, fn), encoding='utf-8').read()
        rows.append((os.path.relpath(os.path.join(root, fn), OUT), STYLE[fn], len(t.split()), sum(1 for l in t.split('\n') if l.strip())))
L = ['# heldout54 — blind planted set for factlint', '',
 'Twelve invented documents (three 2026 stories told by three outlets each, plus three stand-alone documents), written',
 'without reading factlint\'s code, tests, rules or docs. `key.json` lists 30 planted findings (`expected`), 8 notes,',
 f'{len(k["traps"])} trap lines (`traps`) and the {len(k["must_not"])} traps most likely to fool a checker (`must_not`, a subset of `traps`,',
 'same objects). Every non-empty line of every document is exactly one of: a finding line, a note line, a trap line.',
 'Source of truth: `gen/docs_spec.py` (tagged lines); `gen/build.py` writes `docs/` and `key.json`; `gen/validate.py`',
 'checks the every-line rule, line numbers, word counts (280-380), that planted values differ, that trap arithmetic holds',
 'and that every weekday+date is right unless planted; `gen/readme.py` writes this file. Line numbers count blank lines',
 '(paragraphs are separated by one blank line).', '',
 '## Files', '', '| file | outlet / house style | words | lines |', '|---|---|---:|---:|']
L += [f'| `{a}` | {b} | {c} | {d} |' for a, b, c, d in rows]
L += ['', '## Events, true figures and planted errors', '',
 '**seagrass/ (science/environment)** — Tressel Sound Marine Partnership seagrass survey, results published Tuesday 14 April 2026;',
 'fieldwork June–September 2025. True: extent 1,240 ha (3,064 acres), 880 ha in 2016 (+360 ha, +40.9%, "two-fifths");',
 '1920s baseline about 4,100 ha; 96,000 t sediment carbon (about 77 t/ha); 38 divers, 412 transects of 50 m; 17 seahorses',
 '(11 off Garrow Point); 23 fish species (19 in 2016); grant £2.3m over five years, £3m bid; target 1,500 ha by 2030;',
 'Merrow Estuary 350 -> 310 ha (-11%). Planted: 1,420 ha (trade), 69,000 t carbon (magazine), 512 transects (trade),',
 '27 seahorses (magazine), "+52%" (trade), "twelve years after 2016" (trade), Varga quote "expected" for "dared to hope"',
 '(magazine), an unattributed diver quote (magazine).', '',
 '**corvella/ (business: data breach)** — Corvella Stores\' Corvella Plus loyalty scheme, breach via supplier Quillon Data,',
 'disclosed Thursday 5 March 2026 (statement 07:00). True: 2.8 million of 6.4 million members (43.75%); first reported as',
 '2.4 million and corrected at 08:05 on the live page; partial card details for 310,000; detected 23:40 Sunday 1 March;',
 'regulator told Tuesday 3 March; £15 voucher (max £42m, about 8% of £510m profit); shares closed -6.2% at 184p; helpline',
 'calls 12,000 -> 38,500 -> 71,200 (running total). Planted: 3.8 million (tabloid), 130,000 card records (broadcast),',
 '-8.4% (broadcast), £25 voucher (tabloid), detected 11.40am (broadcast), 11 days vs 19-day intrusion (within tabloid),',
 'Oyelaran quote "knows exactly what was stolen" (tabloid), an unattributed shopper quote (tabloid).', '',
 '**tavish/ (civic/infrastructure: bridge opening)** — Tavish Gateway Bridge, Kelsborough, opened Saturday 16 May 2026,',
 'ribbon 11:00, traffic 14:00. True: cost £148m (estimate £96m in 2019, +54%; £90m grant + £58m borrowing); main span',
 '186 m (610 ft); length 540 m (1,772 ft); steel 7,800 t (17.2 million lb); 640 workers at peak, 1.9 million hours;',
 '31,000 walked across; forecasts 22,000 vehicles and 4,500 walkers/cyclists a day by 2028; first proposed 1976 (50 years);',
 'old bridge of 1889 closes to cars Monday 18 May. Planted: £184m (bulletin), 168 m span (wire), 460 workers (bulletin),',
 '"Friday 16 May" (bulletin), mayor quote "that means nearly all of us" (wire), an unattributed quote (bulletin).', '',
 '**standalone/** — Dunmarra Health Board MMR1 bulletin, Q4 2025 (table rows and total add up; planted: Estmoor cohort',
 '2,460 in table vs 2,640 in text; Linhaven 59/985 given as 8.0% instead of 6.0%). Lanternfield Trust annual report 2025',
 '(income £4.1m vs £4.6m; fundraising £0.55m of £3.9m given as 21% instead of 14.1%; [^1] [^2] [^3] with no notes).',
 'University of Ambersley Senate Library Committee report (markers/notes 1, 2, 3, 5 with no 4; "[citation needed]";',
 'one meeting dated Thursday 12 February and 19 February; ellipsis inside a quote).', '',
 '## Findings', '', '| id | rules | at | what |', '|---|---|---|---|']
for f in k['expected']:
    L.append(f'| {f["id"]} | {", ".join(f["rules"])} | {"; ".join(f"{a}:{b}" for a, b in f["at"])} | {f["what"]} |')
c = collections.Counter(f['rules'][0] for f in k['expected'])
L += ['', 'By primary rule: ' + ', '.join(f'{r} {n}' for r, n in c.items()) + '. F13 also carries numeric-conflict; F27 also footnote-undefined.',
 '', '## Notes', '', '| id | rule | at | what |', '|---|---|---|---|']
for n in k['notes']:
    L.append(f'| {n["id"]} | {", ".join(n["rules"])} | {"; ".join(f"{a}:{b}" for a, b in n["at"])} | {n["what"]} |')
L += ['', '## Traps', '',
 f'{len(k["traps"])} trap lines, {len(k["must_not"])} of them in `must_not`. Kinds:', '',
 '- same figure in other words or units: thirty-eight / 38 divers; 1,240 ha = 3,064 acres (in words); 96 kt = 96,000 t;',
 '  610 ft = 186 m; 1,772 ft = 540 m; 17.2 million lb = 7,800 t; 2,800 sq ft = 260 sq m; 7am = 07:00; 2pm = 14:00;',
 '  "2.3 million pounds" / "two point three million pounds" / "GBP 2.3 million"; "more than 70,000" vs running total 71,200;',
 '- other subjects/places with the same measure: Merrow Estuary extent; Farrow\'s 2024 breach; population 96,000 vs £96m;',
 '  steel-price rise 40%; MMR2 at five years; legacies as a part of total income;',
 '- other periods: 2016 extent and species count; 1920s baseline; 2019 estimate; Q3 2025 and Q4 2024 coverage;',
 '- targets, forecasts, bids and requests vs actuals: 1,500 ha by 2030; £3m bid; 22,000 vehicles by 2028; £800,000',
 '  requested vs £640,000 allocated; 10,000 learners by 2030; 95% national target;',
 '- running totals and a correction: helpline calls 12,000 -> 38,500 -> 71,200; 2.4 million superseded and flagged;',
 '- two times that belong to different events: post 07:02 vs statement 07:00; ribbon 11am/11:00 vs traffic 2pm/14:00;',
 '  seven years since approval vs six years of road closures; one caller\'s two-hour wait vs 40-minute average;',
 '- correct arithmetic: two-fifths, -11%, 44%, 8% of profit, £42m = 2.8m x £15, +54% "more than half", 35-12=23,',
 '  table rows and totals, 1.2 and 1.6 point changes, 82p in the pound, 73.9% "nearly three-quarters", 80%, 70%,',
 '  £2,394 average, £160,000 increase, 90+58=148, 27+3 centres, reserves = four months;',
 '- correct weekdays and anniversaries: Tuesday 14 April, Thursday 5 March, Sunday 1 March, Tuesday 3 March, Tuesday',
 '  9 June, Sunday 12 July, Tuesday 27 January, Tuesday 28 April, 50 years since 1976, fiftieth anniversary, tenth year;',
 '- quotes: partial quote "let our members down" consistent with both full renderings; quotes whose speaker is named in',
 '  the previous sentence (magazine Varga, charity chair); paraphrased reported speech (Hurrell, Varga, Lomax, Kestrel).']
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
print('README written')
