#!/usr/bin/env python3
"""Write OUTDIR/README.md from the documents and key.json (run after make_key.py)."""
import collections, json, os, sys
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
STYLE = {
 'kpa_wire.txt': 'Kestrel Press Agency (KPA): wire, dateline, 24-hour clock',
 'clarion_tabloid.txt': 'The Daily Clarion: tabloid, am/pm, imperial first, "yesterday"',
 'waterlines_newsletter.txt': 'WaterLines Weekly: trade newsletter, key-fact bullets, SI units',
 'evening_post.txt': 'Carrowby Evening Post: local daily, "today"',
 'nbs_news.txt': 'NBS News: broadcaster web copy',
 'live_sentencing.txt': 'Carrowby Live: live page, timestamped updates, running totals, a correction',
 'dockside_bulletin.txt': 'Dockside: union members\' bulletin, "deal at a glance" box',
 'meridian_wire.txt': 'Meridian News Service: wire, dateline, 24-hour clock',
 'harbour_feature.txt': 'The Northern Review: weekend feature, numbers in words, present-tense "she says"',
 'library_statistics.txt': 'Cardale Statistics Office: official statistics bulletin, pipe table, notes section',
 'halvard_results.txt': 'Halvard Coatings plc: company results release, segment table',
 'street_lighting_report.txt': 'Kelbrook Borough Council scrutiny committee report, [n] markers, no notes section',
}
rows = []
for root, _, files in sorted(os.walk(os.path.join(OUT, 'docs'))):
    for fn in sorted(files):
        rel = os.path.relpath(os.path.join(root, fn), OUT)
        rows.append(f'| {rel} | {STYLE[fn]} | {len(open(os.path.join(root, fn), encoding="utf-8").read().split())} |')
def at(f): return ', '.join(f'{a}:{b}' for a, b in f['at'])
byfile = collections.defaultdict(list)
for f in key['expected']:
    byfile[f['at'][0][0]].append(f)
EVENTS = [
 ('Cluster `algae/`: toxic algal bloom on Lake Tarrow (science/environment)',
  ['kpa_wire.txt', 'clarion_tabloid.txt', 'waterlines_newsletter.txt'],
  'Samples taken Monday 10 August 2026; bloom confirmed and public alert at 14:20 (13:20 UTC) on Tuesday 11 August; '
  'Tarrow Water shut its lake intake at 16:05. Four dogs died; 17 people treated (3 admitted, 14 sent home); '
  'bloom about 410 ha = 4.1 km² (≈1,013 acres), a third of the 1,240 ha / 12.4 km² / 4.8 sq mi lake; microcystin 86 µg/L '
  '(3.6× the WHO recreational guideline of 24 µg/L); water 24.5 °C (76 °F); 38,000 homes on boreholes; about 2,300 dead fish '
  '(1.1 t); treatment cost £1.8m; nine beaches closed; previous bloom 2019 (two dogs, four people, 2.6 km²).'),
 ('Cluster `court/`: counterfeit-medicines gang sentenced at Carrowby Crown Court (crime/court)',
  ['evening_post.txt', 'nbs_news.txt', 'live_sentencing.txt'],
  'Raid on Wednesday 14 January 2026; five-week trial; verdicts Thursday 29 October after 19 h 40 min; sentencing Friday 6 November 2026. '
  'Seven defendants, 52 years in total: Halloran (51) 14, Marchetti (38) 9, Reilly (47) 8, Brack (29) 7, Voss (33) 6, Malden (26) 5, '
  'Fenwick (24) 3 (36 months). 2.3 million pills seized, street value £4.6m; profit at least £3.2m; 180,000 parcels (45,000 = 25% to Ireland); '
  '12 people taken to hospital; up to 40 mg sedative = 4 × the 10 mg dose.'),
 ('Cluster `docks/`: Hallmouth dockers\' strike and pay deal (economy/labour)',
  ['dockside_bulletin.txt', 'meridian_wire.txt', 'harbour_feature.txt'],
  '1,450 dockers (about two-thirds of 2,200 staff) struck from 00:01 Monday 7 September 2026 to 06:00 Wednesday 23 September (16 days). '
  'Ballot closed 18:00 Tuesday 22 September: 1,212 voted (83.6% turnout), 1,030 for (85.0%), 182 against. Deal: 6% from 1 October 2026 '
  '(£17.20 → £18.23 an hour, ≈ £41 a week on 40 hours) and 3.5% from 1 October 2027 (9.5% in all); one-off £1,500; cost about £14.6m a year '
  'on a £118m wage bill. Peak backlog 41 ships, about 23,000 containers. First all-out strike since the 1989 lockout (37 years). '
  'Port throughput 1.9m TEU in 2025 (+4.4% on 1.82m).'),
 ('Stand-alone documents', ['library_statistics.txt', 'halvard_results.txt', 'street_lighting_report.txt'],
  'Library bulletin (published Thursday 19 March 2026): 214 libraries, visits 18.4m → 19.6m (+6.5%), loans 24.8m physical + 6.4m digital '
  '= 31.2m, table rows add up; notes [1]–[4], [4] never referenced. Halvard results (Tuesday 15 September 2026): revenue £412.6m '
  '(+6.1% on £388.9m), segment table adds up, operating profit £47.2m (+11.3%), margin 11.4%. Street-lighting report (Tuesday 12 May 2026): '
  '42,600 lights, 38,900 converted (91%), budget £19.5m → forecast £23.1m (+£3.6m), 21.4 → 8.9 GWh (−58%), markers [1]–[5], [7]–[9], no notes section.'),
]
out = ['# heldout40: blind planted test set for factlint', '',
 'Twelve invented documents (three clusters of three outlets about one event each, plus three stand-alone documents), '
 'all events in 2026, and `key.json` with 30 planted findings, 8 notes, 140 traps (114 of them in `must_not`). '
 'Documents and key are generated together by `gen/make_key.py` (line numbers are computed, not typed); '
 '`gen/validate.py` checks that every non-empty line is exactly one of a finding/note line or a trap line, the JSON shape, '
 'counts, word counts (300–420), weekdays, table sums and the arithmetic behind every trap and plant.', '',
 '## Files', '', '| file | outlet / house style | words |', '|---|---|---|', *rows, '']
for title, files, truth in EVENTS:
    out += [f'## {title}', '', f'True figures: {truth}', '', 'Planted findings:', '']
    seen = set()
    for f in key['expected']:
        if any(a[0] in files for a in f['at']) and f['id'] not in seen:
            seen.add(f['id']); out.append(f'- **{f["id"]}** `{"`, `".join(f["rules"])}` ({at(f)}): {f["what"]}')
    ns = [n for n in key['notes'] if any(a[0] in files for a in n['at'])]
    if ns:
        out += ['', 'Notes:', ''] + [f'- **{n["id"]}** `{n["rules"][0]}` ({at(n)}): {n["what"]}' for n in ns]
    out.append('')
c = collections.Counter(f['rules'][0] for f in key['expected'])
out += ['## Counts', '', 'Findings by (first) rule: ' + ', '.join(f'{k} {v}' for k, v in c.items()) +
        f'; notes {len(key["notes"])} (' + ', '.join(f'{k} {v}' for k, v in collections.Counter(n["rules"][0] for n in key["notes"]).items()) + ').', '',
 'D1 and D4 (time / date of an event differing between outlets) list both `date-inconsistency` and `numeric-conflict`.', '',
 '## Traps', '',
 'Every non-empty line that is not a finding or note line is a trap (140). Kinds:', '',
 '- the same figure in other units or roundings: 410 ha = 4.1 km², 24.5 °C = 76F, 4.8 sq mi = 12.4 km², £1.8m = £1.8million = £1,800,000 = "1.8 million pounds", '
 '36 months = three years, "almost 20 hours" vs 19 h 40 min, "Nearly 40,000" vs 38,000, "More than 2,000" vs about 2,300, 84% vs 83.6%, words vs digits ("forty-one ships");',
 '- clock times that agree across zones and 12/24 h (15:05 UTC = 16:05 local = "just after 4pm"); dates with correct weekdays (headers, meeting dates, dividend dates);',
 '- other subjects with the same measure or number: lake vs bloom area, 2019 bloom vs this one, Halloran\'s 14 years vs a running total of 14, Marchetti\'s age 38 vs a running total of 38, '
 'profit £3.2m vs 3.2 million tablets vs £4.6m street value, segment vs group revenue, 410,000 visitors vs 410 hectares, 26 wards vs 12 wards, recreational vs drinking-water guideline;',
 '- other periods and modalities: last year vs this year (results, TEU, library visits), targets (phosphorus 2030), forecasts (FY2027 revenue range that contains the misquoted £438m, 20.5m visits, backlog clearance), opening offer vs deal;',
 '- running totals on the live page that grow (3 → 8 → 14 → 21 → 29 → 38 → 52) and a correction that supersedes an earlier age (Reilly 44 → 47);',
 '- partial counts (3 of 17 admitted; "more than 400" websites; "at least £3.2m"), ranges ("between three and nine years", "£430m–£445m");',
 '- arithmetic that is right: shares, ratios, changes, sums (86/24 > 3, 1,212/1,450 = 83.6%, 6 + 3.5 = 9.5%, 52 − 31 = 21, 2026 − 2019 = 7, 2026 − 1989 = 37, table rows that add up, margins, per-library averages);',
 '- quotes handled correctly: reported speech and paraphrase of a quoted speaker (Rusk in the newsletter, Okafor in the local daily and live page), quotes whose speaker is in the same or next sentence, partial attributions;',
 '- non-quantities: issue and bulletin numbers, phone number, footnote markers glued to sentence ends ("2025.[1]"), section labels R1–R3, years.',
 '', '`must_not` lists the 114 traps a naive checker is most likely to fall into; `traps` lists all 140.', '']
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out))
print('wrote README.md')
