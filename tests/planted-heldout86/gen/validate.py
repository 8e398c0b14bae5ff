#!/usr/bin/env python3
"""Check heldout86: line coverage, files/lines, word counts, planted values, trap arithmetic,
weekdays (datetime) and footnote structure. Exit 1 on any failure. Standard library only."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
files = {}
for root, _, fs in os.walk(os.path.join(OUT, 'docs')):
    for f in fs:
        p = os.path.join(root, f)
        if f in files: err(f'duplicate base name {f}')
        files[f] = open(p, encoding='utf-8').read().split('\n')[:-1]
if len(files) != 12: err(f'{len(files)} documents, want 12')
for sub, n in (('standalone', 3),):
    if len(os.listdir(os.path.join(OUT, 'docs', sub))) != n: err(f'{sub}: want {n} files')
clusters = [d for d in os.listdir(os.path.join(OUT, 'docs')) if d != 'standalone']
if len(clusters) != 3 or any(len(os.listdir(os.path.join(OUT, 'docs', c))) != 3 for c in clusters):
    err('want three cluster folders of three documents')

# 1. coverage: every non-empty line in exactly one category
cat = {}
def mark(c, f, l):
    if f not in files: err(f'{c}: no file {f}'); return
    if not (1 <= l <= len(files[f])) or not files[f][l-1].strip(): err(f'{c}: {f}:{l} missing or empty'); return
    prev = cat.get((f, l))
    if prev and prev != c: err(f'{f}:{l} in both {prev} and {c}')
    cat[(f, l)] = c
for x in key['expected']:
    for f, l in x['at']: mark('expected', f, l)
for x in key['notes']:
    for f, l in x['at']: mark('notes', f, l)
for t in key['traps']: mark('traps', t['file'], t['line'])
for f, lines in files.items():
    for i, t in enumerate(lines, 1):
        if t.strip() and (f, i) not in cat: err(f'{f}:{i} not classified')
tl = {(t['file'], t['line']) for t in key['traps']}
for f, l, _ in key['must_not']:
    if (f, l) not in tl: err(f'must_not {f}:{l} is not a trap')

# 2. word counts
for f, lines in files.items():
    w = sum(len(t.split()) for t in lines)
    if not 280 <= w <= 370: err(f'{f}: {w} words')

# 3. counts per rule
want = {'numeric-conflict': 14, 'numeric-arithmetic': 3, 'date-inconsistency': 4, 'quote-conflict': 3,
        'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-undefined': 1, 'footnote-no-notes': 1}
got = {}
for x in key['expected']:
    got[x['rules'][0]] = got.get(x['rules'][0], 0) + 1
if got != want: err(f'rule counts {got}')
if len(key['expected']) != 30: err('want 30 findings')
if not 6 <= len(key['notes']) <= 8: err('want 6-8 notes')
within = sum(1 for x in key['expected'] if x['rules'] == ['numeric-conflict']
             and len({f for f, _ in x['at']}) < len(x['at']) and
             any(sum(1 for g, _ in x['at'] if g == f) >= 2 for f, _ in x['at']))
if within < 3: err(f'only {within} within-document conflicts')
for x in key['expected']:
    if x['rules'][0] in ('numeric-conflict', 'quote-conflict') and len(x['at']) < 2: err(f"{x['id']}: needs 2+ lines")

# 4. planted values really differ / are wrong; trap arithmetic holds
for fid, _, what, chk in S.FINDINGS:
    if not eval(chk): err(f'{fid}: check failed: {chk}')
for what, chk in S.TRAP_CHECKS:
    if not eval(chk): err(f'trap check failed: {what}')
VALUES = {'F1': ['41,000', '14,000'], 'F2': ['9.7', 'nine-mile'], 'F3': ['2.3', '3.2m'], 'F4': ['4.95 m', '4.59 m', '16ft 3in'],
          'F5': ['52-year-old', '57-year-old'], 'F6': ['£1.50', '£1.60'], 'F7': ['2,314', 'More than 3,000'],
          'F8': ['£3.8m', '£3.6m'], 'F9': ['71 per cent', 'three in five'], 'F10': ['78 of', 'eighty-seven'],
          'F11': ['230', '320', 'two hundred and thirty'], 'F12': ['£2.9m', '£2.6m'], 'F13': ['68%', '64 per cent'],
          'F14': ['186', '168'], 'A1': ['3,420', '4,180', '88 per cent'], 'A2': ['1,046', '697', 'about a quarter'],
          'A3': ['41 per cent', '47 per cent', 'nine percentage points'], 'D1': ['Friday, June 13'], 'D2': ['Thirty years after', '1991'],
          'D3': ['2:40 p.m.', '2.40pm', '15:40'], 'D4': ['Wednesday 11 March', 'Tuesday 10 March', 'Wednesday night'],
          'Q1': ['will reopen', "won't reopen"], 'Q2': ['into the town centre', "council's budget"], 'Q3': ['every major', 'most major'],
          'FN1': ['[^3]', '[^5]'], 'FN2': ['[^6]'], 'FN3': ['[^1]', '[^2]', '[^3]']}
for x in key['expected']:
    text = '\n'.join(files[f][l-1] for f, l in x['at'])
    for v in VALUES.get(x['id'], []):
        if v not in text: err(f"{x['id']}: '{v}' not on its lines")
for x in key['expected']:
    if x['rules'][0] == 'unattributed-quote':
        for f, l in x['at']:
            t = files[f][l-1]
            if '"' not in t or re.search(r'\b(said|says|told|according)\b', t): err(f"{x['id']}: not a bare quote")
            around = [files[f][i] for i in (l-3, l-2, l, l+1) if 0 <= i < len(files[f])]
            if any(re.search(r'\b(said|says)\b[.:]?\s*$', a.strip()) for a in around): err(f"{x['id']}: speaker nearby")

# 5. weekdays
WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
MO = 'January|February|March|April|May|June|July|August|September|October|November|December'
MONTHS = {m: i for i, m in enumerate(MO.split('|'), 1)}
pats = [re.compile(rf'\b({WD}),? (\d{{1,2}}) ({MO})(?:,? (\d{{4}}))?'), re.compile(rf'\b({WD}),? ({MO}) (\d{{1,2}})(?:,? (\d{{4}}))?')]
d1 = {tuple(a) for x in key['expected'] if x['id'] == 'D1' for a in x['at']}
bad, nchecked = set(), 0
for f, lines in files.items():
    for i, t in enumerate(lines, 1):
        for k, p in enumerate(pats):
            for m in p.finditer(t):
                wd = m.group(1)
                day, mon = (m.group(2), m.group(3)) if k == 0 else (m.group(3), m.group(2))
                yr = int(m.group(4) or S.WEEKDAY_DEFAULT_YEAR)
                nchecked += 1
                if datetime.date(yr, MONTHS[mon], int(day)).strftime('%A') != wd: bad.add((f, i))
if bad != d1: err(f'weekday mismatches {sorted(bad)} != planted {sorted(d1)}')

# 6. footnotes
MK = re.compile(r'\[\^([^\]]+)\](?!:)'); DF = re.compile(r'^\[\^([^\]]+)\]:')
fn = {}
for f, lines in files.items():
    marks, defs = {}, {}
    for i, t in enumerate(lines, 1):
        dm = DF.match(t)
        if dm: defs[dm.group(1)] = i
        for m in MK.finditer(t[dm.end():] if dm else t): marks.setdefault(m.group(1), []).append(i)
    if marks or defs: fn[f] = (marks, defs)
if set(fn) != {'bridge_haulage.md', 'school_streets_report.md'}: err(f'footnotes in {sorted(fn)}')
hm, hd = fn.get('bridge_haulage.md', ({}, {}))
if hd or sorted(hm) != ['1', '2', '3']: err('haulage: want markers 1-3 and no notes')
sm, sd = fn.get('school_streets_report.md', ({}, {}))
if sorted(sm) != ['1', '2', '3', '5', '6'] or sorted(sd) != ['1', '2', '3', '5', 'survey']: err(f'school streets footnotes {sm} {sd}')
nums = sorted(int(k) for k in set(sm) | set(sd) if k.isdigit())
if [n for n in range(1, max(nums) + 1) if n not in nums] != [4]: err('gap should be exactly 4')
if set(sm) - set(sd) != {'6'} or set(sd) - set(sm) != {'survey'}: err('undefined/unused wrong')
if 'Notes' not in '\n'.join(files.get('school_streets_report.md', [])): err('no Notes heading')
byid = {x['id']: x for x in key['expected'] + key['notes']}
if {l for _, l in byid['FN3']['at']} != {l for v in hm.values() for l in v}: err('FN3 lines != haulage marker lines')
if {l for _, l in byid['FN2']['at']} != set(sm.get('6', [])): err('FN2 lines')
if {l for _, l in byid['N4']['at']} != {sd.get('survey')}: err('N4 lines')
if {l for _, l in byid['FN1']['at']} != set(sm['3'] + sm['5'] + [sd['3'], sd['5']]): err('FN1 lines')

if errors:
    print('FAIL'); print('\n'.join('  ' + e for e in errors)); sys.exit(1)
print(f"OK: {len(files)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, {len(key['traps'])} traps "
      f"({len(key['must_not'])} must_not), {nchecked} weekday mentions checked, {within} within-document conflicts")
