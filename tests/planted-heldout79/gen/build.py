#!/usr/bin/env python3
"""Write docs/, key.json and README.md for heldout79 from docs_spec.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs_spec import DOCS, FINDINGS, NOTES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUTLETS = {
 'ammonia/ammonia_wire.txt': ('Saltmere ammonia leak', 'Northline wire: dateline, a.m./p.m., "pounds"'),
 'ammonia/ammonia_safetyweekly.md': ('Saltmere ammonia leak', 'Process Safety Weekly trade newsletter: Markdown bullets, SI units, 24-hour times, [^n] markers'),
 'ammonia/ammonia_echo.txt': ('Saltmere ammonia leak', 'tabloid: "yesterday", imperial, am/pm, pull-quote'),
 'school_roof/roof_channelwest.txt': ('Brackenford Academy sports hall roof collapse', 'Channel West News broadcaster web copy'),
 'school_roof/roof_live.md': ('Brackenford Academy sports hall roof collapse', 'Lowmoor Live page: HH:MM entries, newest first, a correction'),
 'school_roof/roof_gazette.txt': ('Brackenford Academy sports hall roof collapse', 'Brackenford Gazette local paper: byline and date, am/pm, metric with imperial'),
 'lake_swim/swim_feature.md': ('Kellmere Open Water Classic halted (hypothermia)', 'Openwater Quarterly magazine feature: numbers in words'),
 'lake_swim/swim_dalesound.txt': ('Kellmere Open Water Classic halted (hypothermia)', 'Dalesound News regional broadcaster'),
 'lake_swim/swim_wire.txt': ('Kellmere Open Water Classic halted (hypothermia)', 'Northline wire: dateline, conversions in brackets'),
 'standalone/rowing_annual_report.md': ('Elvestone Rowing Club annual report 2025', 'club report: Markdown table and "label: value" lines'),
 'standalone/hospice_bulletin.txt': ('Marram Hill Hospice fundraising bulletin', 'plain-text bulletin with label lines'),
 'standalone/quarry_safety_report.txt': ('Quarry safety inspectorate annual report 2025', 'regulator report with [n] markers and a Notes section'),
}

TRUTH = {
 'Saltmere ammonia leak (Tuesday 17 March 2026)': [
  'alarm 05:52; line isolated 06:40; evacuation lifted 13:15', '312 homes evacuated, about 740 people registered; radius 800 m (half a mile)',
  'about 2.4 tonnes (2,400 kg) of ammonia; valve on a 150mm (DN150, 5.9-inch) line', '23 to hospital, 4 kept overnight; 61 staff on site, 48 at muster within 10 min (79%)',
  'plant opened 1976 (50th anniversary 2026); fined \u00a3180,000 in 2019; 430 employees',
  'planted: 321 homes (F1); 4.2 tonnes (F2); 600-metre cordon vs 800 m bullet (F3); "ten-inch (150mm)" (F4); 71 per cent (A1); 6.52am (D1); "could not have prevented" (Q1); pull-quote (U1); [^1]/[^2] with no notes (FN3)'],
 'Brackenford Academy roof collapse (Thursday 5 February 2026)': [
  'collapse 08:10; section 18 m x 12 m = 216 m\u00b2 (about 2,325 sq ft); about 35cm (14 in) of snow',
  'caretaker aged 61; 1,140 pupils; 11 other schools of 64 (17%); repair about \u00a32.6m', 'hall opened 1968 (50th anniversary 2018); 2023 survey "medium risk"; reopening Monday 9 February',
  'planted: \u00a31.6m (F5); "nearly one thousand four hundred" pupils (F6); "roughly 700 sq ft" (F7); 67-year-old vs 61 (F8); "about one in four" (A2); 50th anniversary in 2016 (D2); "Monday 10 February" (D3); "until the spring" vs "until the summer" (Q2); live-page quote with no speaker (U2)'],
 'Kellmere Open Water Classic (Sunday 17 May 2026)': [
  'start 07:30, halted 08:05 (35 minutes in); water 12.4 C (54.3 F); course 3.8 km (2.4 miles)',
  '1,250 entries (940 in 2025, +33%); 1,087 started; 46 pulled out; 19 treated for hypothermia; 3 to hospital', 'first held 2011; entry fee \u00a368; gusts 31 mph (50 km/h) at 8 a.m.',
  'planted: 14.2C (F9); "almost three miles" (F10); "some sixty" (F11); "two of the four" vs three (F12); 25 percent (A3); 8.50am (D4); "before" vs "the moment" (Q3); pull-quote (U3)'],
 'Stand-alone documents': [
  'rowing club: 412 members (381 in 2024); 27 regatta wins in 2025 per table; planted prose "twenty-two" (F13)',
  'hospice: daily running cost \u00a311,500 (label); planted prose "about \u00a315,000" (F14)',
  'quarry report: markers [1][2][3][5][7], notes [1][2][3][5][6]: gap at 4 (FN1), [7] undefined (FN2), [6] unused (N7)'],
}


def main():
    docs_dir = os.path.join(ROOT, 'docs')
    expected = {k: [] for k in FINDINGS}
    notes = {k: [] for k in NOTES}
    traps, must_not = [], []
    words = {}
    for rel, lines in DOCS.items():
        path = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(t for _, t in lines) + '\n')
        words[rel] = sum(len(t.split()) for _, t in lines)
        base = os.path.basename(rel)
        for i, (tag, text) in enumerate(lines, 1):
            if not text.strip():
                continue
            if tag in FINDINGS:
                expected[tag].append([base, i])
            elif tag in NOTES:
                notes[tag].append([base, i])
            else:
                silent = tag.startswith('T:')
                what = tag.split(':', 1)[1]
                traps.append({'file': base, 'line': i, 'what': what, 'must_not': silent})
                if silent:
                    must_not.append([base, i, what])
    key = {
        'set': 'heldout79',
        'expected': [{'id': k, 'rules': v['rules'], 'at': expected[k], 'what': v['what']} for k, v in FINDINGS.items()],
        'notes': [{'id': k, 'rules': v['rules'], 'at': notes[k], 'what': v['what']} for k, v in NOTES.items()],
        'traps': traps,
        'must_not': must_not,
    }
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write('\n')

    r = ['# heldout79 \u2014 blind planted set for factlint', '',
         'Twelve invented 2026 documents written without reading factlint\'s code, tests or rules: three news events '
         '(an ammonia leak at a fertiliser works, a snow-loaded school sports hall roof collapse, an open-water swim race '
         'halted for hypothermia), each told by three outlets in different house styles, plus three stand-alone documents '
         '(a rowing club annual report, a hospice fundraising bulletin, a quarry safety regulator\'s report). `key.json` '
         'lists 30 planted findings (`expected`), 7 low-severity `notes`, and a `traps` entry for every other non-empty '
         'line (`must_not` holds the traps that must stay silent). Generated by `gen/build.py` from `gen/docs_spec.py`; '
         '`gen/validate.py` checks the key. Score with the shared `eval.py` (copy it next to `key.json` and `docs/`).', '',
         '## Files', '', '| file | event | outlet / house style | words |', '|---|---|---|---|']
    for rel in DOCS:
        ev, st = OUTLETS[rel]
        r.append(f'| docs/{rel} | {ev} | {st} | {words[rel]} |')
    r += ['', '## True figures and planted errors', '']
    for ev, items in TRUTH.items():
        r.append(f'### {ev}')
        r += [f'- {x}' for x in items]
        r.append('')
    r += ['## Findings', '', '| id | rules | lines | what |', '|---|---|---|---|']
    for e in key['expected']:
        at = ', '.join(f'{a}:{b}' for a, b in e['at'])
        r.append(f"| {e['id']} | {', '.join(e['rules'])} | {at} | {e['what']} |")
    r += ['', '## Notes (not scored for recall)', '', '| id | rules | lines | what |', '|---|---|---|---|']
    for e in key['notes']:
        at = ', '.join(f'{a}:{b}' for a, b in e['at'])
        r.append(f"| {e['id']} | {', '.join(e['rules'])} | {at} | {e['what']} |")
    r += ['', f'Traps: {len(traps)} lines ({len(must_not)} must stay silent).', '']
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(r))
    print(f'wrote {len(DOCS)} docs, {len(key["expected"])} findings, {len(key["notes"])} notes, {len(traps)} traps')


if __name__ == '__main__':
    main()
