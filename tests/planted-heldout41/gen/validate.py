#!/usr/bin/env python3
"""Self-check of the heldout41 planted set: key.json shape, line coverage, document format, weekdays, word counts."""
import json, os, re, sys, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, 'key.json')))
errs = []
assert set(key) == {'expected', 'notes', 'traps', 'must_not'}, key.keys()
docs = {}
for root, _, fs in os.walk(os.path.join(HERE, 'docs')):
    for f in fs:
        assert f not in docs, 'duplicate base name ' + f
        docs[f] = open(os.path.join(root, f), encoding='utf-8').read().split('\n')
if len(docs) != 12: errs.append(f'{len(docs)} documents, want 12')
cat = collections.defaultdict(set)   # (file,line) -> categories
ids = set()
for sect, kind in (('expected', 'F'), ('notes', 'N')):
    for f in key[sect]:
        assert f['id'] not in ids, f['id']; ids.add(f['id'])
        assert f['rules'] and f['at'] and f['what'], f
        for fn, ln in f['at']:
            cat[(fn, ln)].add(kind)
for t in key['traps']:
    assert t['what'], t
    cat[(t['file'], t['line'])].add('T')
trapset = {(t['file'], t['line']) for t in key['traps']}
for m in key['must_not']:
    if (m['file'], m['line']) not in trapset: errs.append(f'must_not not a trap: {m}')
for (fn, ln), c in cat.items():
    if fn not in docs: errs.append(f'unknown file {fn}'); continue
    if not (1 <= ln <= len(docs[fn])) or not docs[fn][ln - 1].strip(): errs.append(f'{fn}:{ln} empty or out of range')
    if len(c) != 1: errs.append(f'{fn}:{ln} in several categories {c}')
MONTHS = {m: i + 1 for i, m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])}
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
words = {}
for fn, lines in docs.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (fn, i) not in cat: errs.append(f'{fn}:{i} not classified: {l[:60]}')
    if lines[1] != '' or not lines[0].strip() or not re.search(r'2026', lines[2]): errs.append(f'{fn}: header format')
    words[fn] = len([w for w in ' '.join(lines).split() if re.search(r'\w', w)])
    if not 300 <= words[fn] <= 420: errs.append(f'{fn}: {words[fn]} words')
    text = '\n'.join(lines)
    for m in re.finditer(r'\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?' % ('|'.join(DAYS), '|'.join(MONTHS)), text):
        y = int(m.group(4) or 2026)
        real = DAYS[datetime.date(y, MONTHS[m.group(3)], int(m.group(2))).weekday()]
        if real != m.group(1): print(f'  weekday mismatch (planted?) {fn}: {m.group(0)} is a {real}')
    for m in re.finditer(r'\b(%s), (%s) (\d{1,2}), (\d{4})' % ('|'.join(DAYS), '|'.join(MONTHS)), text):
        real = DAYS[datetime.date(int(m.group(4)), MONTHS[m.group(2)], int(m.group(3))).weekday()]
        if real != m.group(1): print(f'  weekday mismatch {fn}: {m.group(0)}')
c = collections.Counter(f['rules'][0] for f in key['expected'])
print('findings', len(key['expected']), dict(c))
print('notes', len(key['notes']), dict(collections.Counter(f['rules'][0] for f in key['notes'])))
print('traps', len(key['traps']), 'must_not', len(key['must_not']))
print('words', words)
if errs:
    print('FAILED'); print(*errs, sep='\n'); sys.exit(1)
print('OK: every non-empty line is exactly one of finding / note / trap; key.json valid')
