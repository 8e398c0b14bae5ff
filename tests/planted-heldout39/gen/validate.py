#!/usr/bin/env python3
"""Validate OUTDIR: layout, word counts, key.json shape, and that every non-empty line of every
document is exactly one of: a finding line, a note line, a trap line. Also checks every
'<Weekday> <d> <Month> <yyyy>' in the documents against the calendar (only the planted one may fail)."""
import collections, datetime, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(OUT, 'docs')
errors = []
def err(m): errors.append(m)

files = {}
for root, _, names in os.walk(DOCS):
    for n in names:
        rel = os.path.relpath(os.path.join(root, n), DOCS)
        files[n] = (rel, open(os.path.join(root, n), encoding='utf-8').read())
clusters = collections.Counter(v[0].split(os.sep)[0] for v in files.values())
if len(files) != 12: err(f'{len(files)} documents, want 12')
if sorted(clusters.values()) != [3, 3, 3, 3] or 'standalone' not in clusters: err(f'bad layout {clusters}')

for n, (rel, text) in files.items():
    lines = text.split('\n')
    w = len(text.split())
    if not 300 <= w <= 420: err(f'{n}: {w} words')
    if not lines[0].strip() or lines[1].strip() or not lines[2].strip(): err(f'{n}: headline/blank/date layout')
    if not re.search(r'2026', lines[2]): err(f'{n}: date line has no 2026')

try:
    key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
except Exception as e:
    sys.exit(f'key.json invalid: {e}')
if set(key) != {'expected', 'notes', 'traps', 'must_not'}: err(f'key fields {set(key)}')

def chk_at(e):
    for f, l in e['at']:
        if f not in files: err(f"{e['id']}: no file {f}")
        elif not files[f][1].split('\n')[l - 1].strip(): err(f"{e['id']}: {f}:{l} is empty")
    if not e.get('rules') or not e.get('what'): err(f"{e['id']}: rules/what missing")

finding, note, trap = set(), set(), set()
ids = set()
for e in key['expected']:
    chk_at(e); ids.add(e['id']); finding.update(map(tuple, e['at']))
for e in key['notes']:
    chk_at(e); ids.add(e['id']); note.update(map(tuple, e['at']))
if len(ids) != len(key['expected']) + len(key['notes']): err('duplicate ids')
for t in key['traps']:
    if (t['file'], t['line']) in trap: err(f"duplicate trap {t}")
    trap.add((t['file'], t['line']))
    if not t.get('what'): err(f'trap without what {t}')
for t in key['must_not']:
    if (t['file'], t['line']) not in trap: err(f'must_not not a trap: {t}')

for n, (rel, text) in files.items():
    for i, line in enumerate(text.split('\n'), 1):
        k = (n, i)
        kinds = [name for name, s in (('finding', finding), ('note', note), ('trap', trap)) if k in s]
        if line.strip() and len(kinds) != 1: err(f'{n}:{i}: {kinds or "unclassified"}: {line[:70]}')
        if not line.strip() and kinds: err(f'{n}:{i}: empty line keyed as {kinds}')

# rule counts
cnt = collections.Counter(e['rules'][0] for e in key['expected'])
want = {'numeric-conflict': 14, 'numeric-arithmetic': 4, 'date-inconsistency': 4, 'quote-conflict': 3,
        'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-no-notes': 1}
if dict(cnt) != want: err(f'rule counts {dict(cnt)} != {want}')
if len(key['notes']) != 8: err('want 8 notes')
for e in key['expected']:
    if e['rules'][0] == 'date-inconsistency' or any(':' in x for x in []): pass

# weekday check
MONTHS = {m: i for i, m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December'], 1)}
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
pat = re.compile(r'\b(' + '|'.join(DAYS) + r'),? (?:(\d{1,2}) (' + '|'.join(MONTHS) + r')|(' + '|'.join(MONTHS) +
                 r') (\d{1,2}))(?:,? (\d{4}))?')
bad = []
for n, (rel, text) in files.items():
    for i, line in enumerate(text.split('\n'), 1):
        for m in pat.finditer(line):
            day = int(m.group(2) or m.group(5)); mon = MONTHS[m.group(3) or m.group(4)]
            year = int(m.group(6) or 2026)
            if DAYS[datetime.date(year, mon, day).weekday()] != m.group(1):
                bad.append((n, i))
planted_wd = {('ngb_live.txt', l) for e in key['expected'] if e['id'] == 'F8' for _, l in e['at']}
if set(bad) != planted_wd: err(f'weekday mismatches {bad}, planted {planted_wd}')

print(f"{len(files)} documents, {sum(1 for n in files for l in files[n][1].split(chr(10)) if l.strip())} non-empty lines; "
      f"findings {len(key['expected'])} on {len(finding)} lines, notes {len(key['notes'])}, traps {len(trap)}, "
      f"must_not {len(key['must_not'])}; rules {dict(cnt)}")
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('validation passed')
