#!/usr/bin/env python3
"""Validate the heldout40 planted set: key.json shape, line coverage, counts, word counts,
weekdays, and the table sums. Usage: validate.py [OUTDIR]. Exit 0 when everything passes."""
import collections, datetime, json, os, re, sys

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
errors = []
def err(msg): errors.append(msg)

key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
if set(key) != {'expected', 'notes', 'traps', 'must_not'}:
    err(f'key.json top-level keys: {sorted(key)}')

# documents
docs = {}
for root, _, files in os.walk(os.path.join(OUT, 'docs')):
    for fn in files:
        p = os.path.join(root, fn)
        rel = os.path.relpath(p, os.path.join(OUT, 'docs'))
        if fn in docs: err(f'duplicate base name {fn}')
        docs[fn] = (rel, open(p, encoding='utf-8').read())
clusters = collections.Counter(v[0].split(os.sep)[0] for v in docs.values())
if len(docs) != 12 or clusters.get('standalone') != 3 or len(clusters) != 4 or any(n != 3 for n in clusters.values()):
    err(f'layout: {len(docs)} docs, clusters {dict(clusters)}')

lines = {}
for fn, (rel, text) in docs.items():
    if not text.endswith('\n') or text.endswith('\n\n'): err(f'{rel}: must end with exactly one newline')
    ls = text[:-1].split('\n')
    lines[fn] = ls
    if not ls[0].strip() or ls[1] != '' or not ls[2].strip(): err(f'{rel}: headline / blank / date layout')
    if '2026' not in ls[2] and '2026' not in ls[3 if len(ls) > 3 else 2]: err(f'{rel}: date line without 2026')
    for i, l in enumerate(ls, 1):
        if l != l.rstrip(): err(f'{rel}:{i}: trailing space')
        if i > 1 and l == '' and ls[i - 2] == '': err(f'{rel}:{i}: double blank line')
    w = len(text.split())
    if not 300 <= w <= 420: err(f'{rel}: {w} words (want 300-420)')

# key entries
def check_loc(where, fn, ln):
    if fn not in lines: err(f'{where}: unknown file {fn}'); return False
    if not isinstance(ln, int) or not 1 <= ln <= len(lines[fn]): err(f'{where}: bad line {fn}:{ln}'); return False
    if not lines[fn][ln - 1].strip(): err(f'{where}: {fn}:{ln} is blank'); return False
    return True

ids = set()
finding_lines, trap_lines = collections.defaultdict(list), set()
for sect in ('expected', 'notes'):
    for f in key[sect]:
        if set(f) != {'id', 'rules', 'at', 'what'} or not isinstance(f['rules'], list) or not f['rules'] or not f['at']:
            err(f'{sect} entry shape: {f}')
        if f['id'] in ids: err(f'duplicate id {f["id"]}')
        ids.add(f['id'])
        for a in f['at']:
            if not (isinstance(a, list) and len(a) == 2): err(f'{f["id"]}: at entry {a}'); continue
            if check_loc(f['id'], *a): finding_lines[tuple(a)].append(f['id'])
for t in key['traps']:
    if set(t) != {'file', 'line', 'what'}: err(f'trap shape {t}')
    if check_loc('trap', t['file'], t['line']):
        if (t['file'], t['line']) in trap_lines: err(f'duplicate trap {t}')
        trap_lines.add((t['file'], t['line']))
for t in key['must_not']:
    if set(t) != {'file', 'line', 'what'}: err(f'must_not shape {t}')
    if (t['file'], t['line']) not in trap_lines: err(f'must_not not among traps: {t}')

# coverage: every non-empty line is exactly one of finding/note line or trap line
for fn, ls in lines.items():
    for i, l in enumerate(ls, 1):
        if not l.strip(): continue
        k = (fn, i)
        if k in finding_lines and k in trap_lines: err(f'{fn}:{i} is both a finding/note line and a trap')
        if k not in finding_lines and k not in trap_lines: err(f'{fn}:{i} is neither finding, note nor trap: {l[:60]}')

# counts
want = {'numeric-conflict': 14, 'numeric-arithmetic': 4, 'date-inconsistency': 4, 'quote-conflict': 3,
        'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-no-notes': 1}
primary = collections.Counter(f['rules'][0] for f in key['expected'])
if dict(primary) != want: err(f'finding counts {dict(primary)} != {want}')
if len(key['expected']) != 30: err(f'{len(key["expected"])} findings')
if len(key['notes']) != 8: err(f'{len(key["notes"])} notes')
if not 125 <= len(key['traps']) <= 160: err(f'{len(key["traps"])} traps')
if not 90 <= len(key['must_not']) <= 120: err(f'{len(key["must_not"])} must_not')
for f in key['expected']:
    if f['rules'][0] == 'numeric-conflict' and any(r == 'date-inconsistency' for r in f['rules']): pass
    if f['rules'][0] in ('quote-conflict',) and len({a[0] for a in f['at']}) < 2: err(f'{f["id"]}: quote conflict within one file')

# weekdays: every "Weekday D Month YYYY" / "Weekday, Month D, YYYY" / "Weekday D Month" (year 2026)
MONTHS = {m: i for i, m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                                      'September', 'October', 'November', 'December'], 1)}
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
mon = '|'.join(MONTHS); wd = '|'.join(WD)
pats = [re.compile(rf'\b({wd}),? (\d{{1,2}}) ({mon})(?: (\d{{4}}))?'),
        re.compile(rf'\b({wd}), ({mon}) (\d{{1,2}}), (\d{{4}})')]
wrong = set()
for fn, ls in lines.items():
    for i, l in enumerate(ls, 1):
        for m in pats[0].finditer(l):
            d = datetime.date(int(m.group(4) or 2026), MONTHS[m.group(3)], int(m.group(2)))
            if WD[d.weekday()] != m.group(1): wrong.add((fn, i))
        for m in pats[1].finditer(l):
            d = datetime.date(int(m.group(4)), MONTHS[m.group(2)], int(m.group(3)))
            if WD[d.weekday()] != m.group(1): wrong.add((fn, i))
d2 = {tuple(a) for f in key['expected'] if f['id'] == 'D2' for a in f['at']}
if wrong != d2: err(f'weekday mismatches {sorted(wrong)} != planted {sorted(d2)}')
for fn, ls in lines.items():
    for y in re.findall(r'\b(20\d\d)\b', ls[2]):
        if y != '2026': err(f'{fn}: date line year {y}')

# pipe tables: rows add up to the total row (last row)
def num(c):
    c = c.strip().replace('+', '').replace('%', '')
    if c.startswith('(') and c.endswith(')'): return -float(c[1:-1])
    try: return float(c)
    except ValueError: return None
for fn, ls in lines.items():
    rows = [l for l in ls if l.startswith('|') and not l.startswith('|---')]
    if not rows: continue
    body, total = rows[1:-1], rows[-1]
    cells = [[c for c in r.strip('|').split('|')] for r in body]
    tot = total.strip('|').split('|')
    for j in range(1, len(tot)):
        if '%' in tot[j]: continue
        vals = [num(r[j]) for r in cells]
        s = sum(v for v in vals if v is not None)
        if abs(s - num(tot[j])) > 1e-6: err(f'{fn}: column {j} sums to {s}, total row says {tot[j]}')

# the arithmetic the set relies on (traps must be right, plants must be wrong)
checks = [
    ('86/24 > 3 (trap)', 86 / 24 > 3), ('86/24 < 5 (A1 wrong)', 86 / 24 < 5),
    ('410 ha = 4.1 km2 ~ 33% of 12.4 km2', abs(4.1 / 12.4 - 0.33) < 0.005),
    ('410 ha in acres is ~1013, not 1,600', abs(410 * 2.47105 - 1013) < 1),
    ('4.8 sq mi ~ 12.4 km2', abs(4.8 * 2.58999 - 12.4) < 0.1),
    ('24.5 C ~ 76 F', abs(24.5 * 9 / 5 + 32 - 76) < 0.6),
    ('3 + 14 = 17', 3 + 14 == 17),
    ('sentences sum to 52', 14 + 9 + 8 + 7 + 6 + 5 + 3 == 52),
    ('45,000/180,000 = 25% (A2 wrong vs a third)', 45000 / 180000 == 0.25),
    ('40/10 = 4', 40 / 10 == 4),
    ('1030/1212 = 85.0% (A3 wrong vs 89%)', round(1030 / 1212 * 100, 1) == 85.0),
    ('1030 + 182 = 1212', 1030 + 182 == 1212),
    ('turnout 1212/1450 = 83.6%', round(1212 / 1450 * 100, 1) == 83.6),
    ('17.20 * 1.06 = 18.23', round(17.20 * 1.06, 2) == 18.23),
    ('6 + 3.5 = 9.5', 6 + 3.5 == 9.5),
    ('1.9/1.82 = +4.4%', round((1.9 / 1.82 - 1) * 100, 1) == 4.4),
    ('1450/2200 ~ two-thirds', abs(1450 / 2200 - 2 / 3) < 0.01),
    ('40 h * 1.03 ~ 41', round(40 * 1.03) == 41),
    ('52 - 31 = 21', 52 - 31 == 21),
    ('2026 - 1989 = 37 (D3 wrong vs 33)', 2026 - 1989 == 37),
    ('2026 - 2019 = 7', 2026 - 2019 == 7),
    ('visits 18.4 -> 19.6 = +6.5% (A4 wrong vs 9.3%)', round((19.6 / 18.4 - 1) * 100, 1) == 6.5),
    ('24.8 + 6.4 = 31.2', round(24.8 + 6.4, 1) == 31.2),
    ('1.21/6.5 = 18.6%', round(1.21 / 6.5 * 100, 1) == 18.6),
    ('19.6m/214 ~ 91,600', round(19.6e6 / 214, -2) == 91600),
    ('18.4m/214 ~ 86,000', round(18.4e6 / 214, -3) == 86000),
    ('9.4/31.2 ~ 30%', round(9.4 / 31.2 * 100) == 30),
    ('revenue +6.1%', round((412.6 / 388.9 - 1) * 100, 1) == 6.1),
    ('op profit +11.3%', round((47.2 / 42.4 - 1) * 100, 1) == 11.3),
    ('margin 11.4% / 10.9%', round(47.2 / 412.6 * 100, 1) == 11.4 and round(42.4 / 388.9 * 100, 1) == 10.9),
    ('net debt / EBITDA 0.9', round(61.0 / 68.1, 1) == 0.9),
    ('marine +16%, margins 16.7/14.2', round((82.7 / 71.3 - 1) * 100) == 16 and round(13.8 / 82.7 * 100, 1) == 16.7 and round(10.1 / 71.3 * 100, 1) == 14.2),
    ('decorative +3.3%', round((198.4 / 192.0 - 1) * 100, 1) == 3.3),
    ('lanterns 38,900/42,600 = 91%', round(38900 / 42600 * 100) == 91),
    ('remaining 3,700', 42600 - 38900 == 3700),
    ('overrun 3.6', round(23.1 - 19.5, 1) == 3.6),
    ('GWh -58%', round((1 - 8.9 / 21.4) * 100) == 58),
    ('12.5 GWh at 24p = 3.0m', round(12.5e6 * 0.24 / 1e6, 1) == 3.0),
    ('14 Jan -> 6 Nov is almost ten months', 9 < (datetime.date(2026, 11, 6) - datetime.date(2026, 1, 14)).days / 30.44 < 10),
    ('strike 7 -> 23 Sep = 16 days', (datetime.date(2026, 9, 23) - datetime.date(2026, 9, 7)).days == 16),
]
for name, ok in checks:
    if not ok: err(f'arithmetic check failed: {name}')

# footnote markers of the report: [1]..[9] without [6], no notes section
rep = lines.get('street_lighting_report.txt', [])
marks = [int(m) for l in rep for m in re.findall(r'\[(\d+)\]', l)]
if marks != [1, 2, 3, 4, 5, 7, 8, 9]: err(f'report markers {marks}')
if any(l.strip().lower() in ('notes', 'references', 'footnotes') for l in rep): err('report has a notes section')
lib = lines.get('library_statistics.txt', [])
used = {int(m) for l in lib if not re.match(r'^\[\d+\] ', l) for m in re.findall(r'\[(\d+)\]', l)}
defined = {int(m) for l in lib for m in re.findall(r'^\[(\d+)\] ', l)}
if used != {1, 2, 3} or defined != {1, 2, 3, 4}: err(f'bulletin markers used {used}, defined {defined}')

if errors:
    print('\n'.join('FAIL: ' + e for e in errors)); sys.exit(1)
print(f'OK: {len(docs)} docs, {len(key["expected"])} findings {dict(primary)}, {len(key["notes"])} notes, '
      f'{len(key["traps"])} traps, {len(key["must_not"])} must_not; every non-empty line classified')
