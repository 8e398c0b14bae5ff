#!/usr/bin/env python3
"""Check the generated heldout58 set: every-line rule, line numbers, planted values, trap arithmetic,
weekdays, word counts, unique basenames, counts."""
import collections, datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES, WEEKDAYS

errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
files = {}
for root, _, fs in os.walk(os.path.join(OUT, 'docs')):
    for f in fs:
        if f in files: err(f'duplicate basename {f}')
        files[f] = open(os.path.join(root, f), encoding='utf-8').read().split('\n')
        if files[f] and files[f][-1] == '': files[f].pop()
if len(files) != 12: err(f'{len(files)} documents, want 12')
for d in DOCS:
    b = os.path.basename(d['path'])
    want = [e['text'] for e in d['lines']]
    if files.get(b) != want: err(f'{b}: file text differs from spec (rebuild?)')

# every-line rule: each non-empty line is exactly one of finding / note / trap
cls = collections.defaultdict(set)
for f in key['expected']:
    for b, n in f['at']: cls[(b, n)].add('F')
for f in key['notes']:
    for b, n in f['at']: cls[(b, n)].add('N')
for t in key['traps']:
    if 'T' in cls[(t['file'], t['line'])]: err(f"duplicate trap {t['file']}:{t['line']}")
    cls[(t['file'], t['line'])].add('T')
for b, lines in files.items():
    for i, s in enumerate(lines, 1):
        c = cls.get((b, i), set())
        if s.strip() and len(c) != 1: err(f'{b}:{i} classified as {sorted(c) or "nothing"}: {s[:60]}')
        if not s.strip() and c: err(f'{b}:{i} blank line is tagged')
for (b, n), c in cls.items():
    if b not in files or not (1 <= n <= len(files[b])): err(f'{b}:{n} out of range')
mn = {(t['file'], t['line'], t['what']) for t in key['must_not']}
tr = {(t['file'], t['line'], t['what']) for t in key['traps']}
if not mn <= tr: err('must_not is not a subset of traps')

# line contents at finding lines ("has" strings)
spec_lines = {}
for d in DOCS:
    b = os.path.basename(d['path'])
    for i, e in enumerate(d['lines'], 1):
        spec_lines[(b, i)] = e
for f in key['expected']:
    if not f['at']: err(f"{f['id']} has no location")
    for b, n in f['at']:
        e = spec_lines[(b, n)]
        for h in e.get('has', ()):
            if h not in e['text']: err(f"{f['id']} {b}:{n} lacks {h!r}")

# planted values really differ; checks hold
for k, v in FINDINGS.items():
    if 'values' in v:
        a, b = v['values']
        if abs(a - b) / max(abs(a), abs(b)) < 0.01: err(f'{k}: values {a} {b} do not differ beyond rounding')
        if 'numeric-conflict' in v['rules'] and len({x for x, _ in next(f for f in key['expected'] if f['id'] == k)['at']}) < 1:
            err(f'{k}: no file')
    if 'check' in v and not eval(v['check']): err(f'{k}: planted check fails: {v["check"]}')
    if 'weekday' in v:
        d, w, ok = v['weekday']
        if (datetime.date.fromisoformat(d).strftime('%A') == w) != ok: err(f'{k}: weekday claim wrong')
nchk = 0
for e in spec_lines.values():
    if e['kind'] == 'T' and e.get('chk'):
        nchk += 1
        if not eval(e['chk']): err(f"trap check fails: {e['chk']} ({e['text'][:50]})")
for b, d, w, ok in WEEKDAYS:
    real = datetime.date.fromisoformat(d).strftime('%A')
    if (real == w) != ok: err(f'{b}: {d} is {real}, claimed {w} (planted={not ok})')
    dd = datetime.date.fromisoformat(d)
    txt = '\n'.join(files[b])
    forms = [f'{dd.day} {dd.strftime("%B")}', f'{dd.strftime("%B")} {dd.day}', f'{dd.day} {dd.strftime("%B")} {dd.year}']
    if not any(x in txt for x in forms): err(f'{b}: date {d} not found in text')
    if w not in txt: err(f'{b}: weekday {w} not in text')
# every stated weekday+date pair in the text is in WEEKDAYS
wd = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
mon = 'January|February|March|April|May|June|July|August|September|October|November|December'
listed = {(b, d) for b, d, _, _ in WEEKDAYS}
for b, lines in files.items():
    for s in lines:
        for m in re.finditer(rf'({wd}),? (\d{{1,2}}) ({mon})(?: (\d{{4}}))?|({wd}),? ({mon}) (\d{{1,2}})', s):
            if m.group(1):
                day, month, year = int(m.group(2)), m.group(3), int(m.group(4) or 2026)
                w = m.group(1)
            else:
                w, month, day, year = m.group(5), m.group(6), int(m.group(7)), 2026
            dt = datetime.datetime.strptime(f'{day} {month} {year}', '%d %B %Y').date()
            if (b, dt.isoformat()) not in listed: err(f'{b}: unlisted weekday/date {m.group(0)}')

# word counts
wc = {}
for b, lines in files.items():
    wc[b] = len(re.findall(r"\S+", ' '.join(lines)))
    if not 280 <= wc[b] <= 380: err(f'{b}: {wc[b]} words (want 280-380)')

# counts
rules = collections.Counter(f['rules'][0] for f in key['expected'])
if len(key['expected']) != 30: err(f"{len(key['expected'])} findings, want 30")
if len(key['notes']) != 8: err(f"{len(key['notes'])} notes, want 8")
if len(key['traps']) < 120: err(f"{len(key['traps'])} traps, want 120+")

for b in sorted(wc): print(f'  {b:32s} {wc[b]:4d} words, {len(files[b])} lines')
print('findings by primary rule:', dict(rules))
print(f"notes {len(key['notes'])}, traps {len(key['traps'])} ({nchk} with arithmetic checks), must_not {len(key['must_not'])}")
if errors:
    print(f'{len(errors)} ERRORS'); print(*errors, sep='\n'); sys.exit(1)
print('OK: every line classified once; line numbers, planted values, trap arithmetic and weekdays verified')
