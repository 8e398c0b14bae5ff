#!/usr/bin/env python3
"""Validate heldout42: key.json shape, every non-empty line classified exactly once, dates, word counts."""
import json, os, re, sys, datetime
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
errs = []
assert set(key) == {'expected', 'notes', 'traps', 'must_not'}, key.keys()
docs = {}
for root, _, files in os.walk(os.path.join(HERE, 'docs')):
    for f in files:
        assert f not in docs, 'duplicate base name ' + f
        docs[f] = open(os.path.join(root, f), encoding='utf-8').read().split('\n')
if len(docs) != 12: errs.append(f'{len(docs)} documents, want 12')
cat = {}  # (file,line) -> set of kinds
def mark(f, l, kind):
    if f not in docs: errs.append(f'unknown file {f}'); return
    if not (1 <= l <= len(docs[f])) or not docs[f][l - 1].strip():
        errs.append(f'{f}:{l} is not a non-empty line ({kind})'); return
    cat.setdefault((f, l), set()).add(kind)
ids = set()
for sec in ('expected', 'notes'):
    for e in key[sec]:
        assert set(e) >= {'id', 'rules', 'at', 'what'}, e
        assert e['id'] not in ids; ids.add(e['id'])
        assert e['rules'] and e['at']
        for f, l in e['at']: mark(f, l, 'finding' if sec == 'expected' else 'note')
trapset = set()
for t in key['traps']:
    assert set(t) == {'file', 'line', 'what'}, t
    assert (t['file'], t['line']) not in trapset, t; trapset.add((t['file'], t['line']))
    mark(t['file'], t['line'], 'trap')
for t in key['must_not']:
    assert set(t) == {'file', 'line', 'what'}, t
    if (t['file'], t['line']) not in trapset: errs.append(f'must_not not a trap: {t}')
for f, lines in docs.items():
    for n, l in enumerate(lines, 1):
        if l.strip():
            k = cat.get((f, n), set())
            if len(k) != 1: errs.append(f'{f}:{n} classified as {sorted(k) or "nothing"}: {l[:60]}')
    if lines[1].strip(): errs.append(f'{f}: line 2 not blank')
    w = len(re.findall(r'\S+', '\n'.join(lines)))
    if not 300 <= w <= 420: errs.append(f'{f}: {w} words')
# weekday checks
MON = {m: i for i, m in enumerate(['January','February','March','April','May','June','July','August','September','October','November','December'], 1)}
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
bad_dates = []
for f, lines in docs.items():
    for n, l in enumerate(lines, 1):
        for m in re.finditer(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) (\d{1,2}),?)(?: (\d{4}))?', l):
            day = int(m.group(2) or m.group(5)); mon = MON.get(m.group(3) or m.group(4))
            if not mon: continue
            yr = int(m.group(6) or 2026)
            if datetime.date(yr, mon, day).strftime('%A') != m.group(1): bad_dates.append((f, n, m.group(0)))
print('weekday mismatches:', bad_dates)
exp_bad = {(e['at'][0][0], e['at'][0][1]) for e in key['expected'] if e['id'] == 'D4'}
if {(f, n) for f, n, _ in bad_dates} != exp_bad: errs.append(f'unexpected weekday mismatches {bad_dates}')
c = Counter(e['rules'][0] for e in key['expected'])
print('findings:', len(key['expected']), dict(c))
print('notes:', len(key['notes']), dict(Counter(e['rules'][0] for e in key['notes'])))
print('traps:', len(key['traps']), 'must_not:', len(key['must_not']))
print('classified lines:', len(cat))
if errs:
    print('ERRORS:', *errs, sep='\n  '); sys.exit(1)
print('OK')
