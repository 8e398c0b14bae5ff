#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py (standard library only)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, STYLES, EVENTS, FINDINGS, NOTES

def order_key(i):
    pre = ''.join(c for c in i if c.isalpha()); num = int(''.join(c for c in i if c.isdigit()))
    return ('F A D Q U FN N'.split().index(pre), num)

def collect():
    at = {}
    traps = []
    for path, lines in DOCS.items():
        base = os.path.basename(path)
        for n, (text, tag) in enumerate(lines, 1):
            if tag is None:
                continue
            if tag[:2] in ('T:', 't:'):
                traps.append({'file': base, 'line': n, 'what': tag[2:], 'must_not': tag[0] == 'T'})
            else:
                at.setdefault(tag, []).append([base, n])
    return at, traps

def main():
    at, traps = collect()
    for path, lines in DOCS.items():
        p = os.path.join(ROOT, 'docs', path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(t for t, _ in lines) + '\n')
    expected = [{'id': i, 'rules': FINDINGS[i]['rules'], 'at': at.get(i, []), 'what': FINDINGS[i]['what']}
                for i in sorted(FINDINGS, key=order_key)]
    notes = [{'id': i, 'rules': NOTES[i]['rules'], 'at': at.get(i, []), 'what': NOTES[i]['what']}
             for i in sorted(NOTES, key=order_key)]
    key = {'expected': expected, 'notes': notes,
           'traps': [{'file': t['file'], 'line': t['line'], 'what': t['what']} for t in traps],
           'must_not': [[t['file'], t['line'], t['what']] for t in traps if t['must_not']]}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False); f.write('\n')
    write_readme(expected)

def words(lines):
    return sum(len(t.split()) for t, _ in lines)

TRUTH = {
 'substation': [
  'True: fire at 18:40 (6:40 p.m.) on Wednesday 4 March 2026; 38,400 customers cut off; 14 fire engines, about 70 firefighters; '
  'under control 01:55; 62,000 litres (62 m³, ~13,600 imperial gallons) of oil; smoke advice radius 500 m (550 yards); '
  '31,200 restored by midnight, 36,900 by 06:00, last at 14:00 on 5 March; 4,150 off >12 h at £35 each (= £145,250); '
  'transformer installed 1989 (37 years old), 85 tonnes.',
  'Planted: F1 34,800 customers (tabloid); F2 "half a mile (800 metres)" (tabloid); F3 "Seventeen" engines (tabloid); '
  'F4 "some 21,300" restored by midnight (bulletin prose vs key figure); A1 "about £190,000" total; D1 8.40pm (tabloid); '
  'Q1 "teatime" vs "lunchtime"; U1 tabloid pull-quote.'],
 'brewery': [
  'True: founded 1874 (152 years in 2026); revenue £412.6m (from £389.1m, +6%); pre-tax profit £38.4m (from £45.9m, -16.3%); '
  '286 pubs (301 - 19 + 4); dividend 6.2p (final 4.1p); net debt £164m (from £171m); 5,400 staff; 1.21m hl (~213m pints).',
  'Planted: F5 net debt £146m (gazette); F6 "around two hundred and forty pubs" (feature); F7 4,500 vs 5,400 staff (within gazette); '
  'F8 dividend 6.8p (gazette); A2 "a drop of 21%"; D2 "150th anniversary" in 2026; Q2 "before the autumn" vs "before the summer"; '
  'U2 feature pull-quote.'],
 'wine_trial': [
  'True: sentenced Friday 20 March 2026 to six years eight months; 1,140 bottles; 63 collectors; £2.37m; 312 empty bottles seized; '
  'jury deliberated 11 hours after a six-week trial; confiscation hearing 11 September 2026.',
  'Planted: F9 £2.73m (courier headline and body); F10 68 collectors (courier); F11 213 vs 312 empty bottles (within live page); '
  'F12 "almost 15 hours" (briefing); D3 "Thursday 20 March"; Q3 loved/understood swapped; FN3 briefing markers with no notes.'],
 'standalone': [
  'surveyors_survey.md: 412 of 1,420 respondents; chartered median fee £96 (2026), £88 (2025). Planted: F13 £69 in text vs £96 in table; '
  'A3 31% to 38% called "9 percentage points"; FN2 marker [^3] undefined.',
  'port_inspectorate_report.txt: 1,286 inspections, 87 detentions, 4,912 deficiencies, average detention 4.3 days. Planted: F14 5.3 days in text; '
  'FN1 footnote 4 missing; N7 note [7] unused.',
  'repair_cafe_bulletin.txt: 22 sessions, 1,034 items, 806 fixed (78%), 2.6 t. Planted: D4 "Saturday 19 April" (a Sunday); U3 unattributed testimonial.'],
}

SOLO = {
 'standalone/surveyors_survey.md': 'Institute of Building Surveyors (Northern Region) 2026 fees and workload survey',
 'standalone/port_inspectorate_report.txt': 'Coastal Shipping Inspectorate port state control annual report 2025',
 'standalone/repair_cafe_bulletin.txt': 'Millbrook Repair Cafe spring bulletin 2026',
}

def write_readme(expected):
    out = ['# heldout82 — blind planted set for factlint', '',
           'A blind evaluation set written without reading factlint\'s code, tests or rules. Twelve invented 2026 documents: '
           'three stories (a substation transformer fire and power cut, a brewery group\'s annual results, the sentencing of a '
           'counterfeit-wine dealer), each told by three outlets in different house styles, plus three stand-alone documents '
           '(a professional association survey, a shipping inspectorate report, a repair cafe bulletin). `key.json` lists 30 planted '
           'findings (`expected`), 7 low-severity `notes`, a `traps` entry for every other non-empty line, and `must_not` '
           '(the traps that must stay silent). Generated by `gen/build.py` from `gen/docs_spec.py`; checked by `gen/validate.py`.', '',
           '## Files', '', '| file | event | outlet / house style | words |', '|---|---|---|---|']
    for path, lines in DOCS.items():
        ev = path.split('/')[0]
        evt = SOLO.get(path, EVENTS[ev])
        out.append(f'| docs/{path} | {evt} | {STYLES[path]} | {words(lines)} |')
    out += ['', '## True figures and planted errors', '']
    for ev, paras in TRUTH.items():
        out.append(f'### {EVENTS[ev]}'); out.append('')
        for p in paras:
            out.append('- ' + p)
        out.append('')
    out += ['## Findings', '', '| id | rules | lines | what |', '|---|---|---|---|']
    for f in expected:
        lines = ', '.join(f'{a}:{b}' for a, b in f['at'])
        out.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what'].replace('|', '/')} |")
    out.append('')
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))

if __name__ == '__main__':
    main()
