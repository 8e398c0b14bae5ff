#!/usr/bin/env python3
"""Check docs/ and key.json against docs_spec.py: every-line rule, line numbers, word counts,
planted values really differ, trap arithmetic holds, weekdays, counts."""
import json, os, re, sys, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

errs = []
def err(m): errs.append(m)
key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))

# files on disk
files = {}
for root, _, fs in os.walk(os.path.join(OUT, 'docs')):
    for fn in fs:
        files[fn] = os.path.join(root, fn)
rels = [os.path.basename(r) for r in DOCS]
if len(set(rels)) != len(rels): err('basenames not unique')
if set(files) != set(rels): err(f'docs on disk differ from spec: {set(files) ^ set(rels)}')
if len(rels) != 12: err(f'{len(rels)} documents, want 12')
clusters = collections.Counter(r.split('/')[0] for r in DOCS)
print('folders:', dict(clusters))

lines = {fn: open(p, encoding='utf-8').read().split('\n') for fn, p in files.items()}
def text(fn, ln): return lines[fn][ln - 1] if 0 < ln <= len(lines[fn]) else None

# word counts
for fn, ls in sorted(lines.items()):
    w = len(' '.join(ls).split())
    if not 280 <= w <= 380: err(f'{fn}: {w} words (want 280-380)')
    print(f'  {fn:40s} {w:4d} words, {sum(1 for l in ls if l.strip())} lines')

# every-line rule
owner = collections.defaultdict(list)
for f in key['expected']:
    for fn, ln in f['at']: owner[(fn, ln)].append('F')
for n in key['notes']:
    for fn, ln in n['at']: owner[(fn, ln)].append('N')
for t in key['traps']: owner[(t['file'], t['line'])].append('T')
for fn, ls in lines.items():
    for i, l in enumerate(ls, 1):
        kinds = set(owner.get((fn, i), []))
        if l.strip():
            if len(kinds) != 1: err(f'{fn}:{i} kinds {sorted(kinds)} (want exactly one): {l[:60]}')
        elif kinds: err(f'{fn}:{i} empty line is referenced in key')
for (fn, ln) in owner:
    if text(fn, ln) is None: err(f'{fn}:{ln} out of range')
mn = [(t['file'], t['line']) for t in key['must_not']]
tr = {(t['file'], t['line']) for t in key['traps']}
if not set(mn) <= tr: err('must_not not a subset of traps')

# line numbers agree with spec text
for rel, entries in DOCS.items():
    fn = os.path.basename(rel)
    for i, e in enumerate(entries):
        if text(fn, 2 * i + 1) != e[1]: err(f'{fn}:{2*i+1} text differs from spec')

# findings: values
byid = {f['id']: f for f in key['expected']}
for fid, f in FINDINGS.items():
    atl = byid[fid]['at']
    if not atl: err(f'{fid}: empty at')
    if 'vals' in f:
        vs = []
        for fn, sub, v in f['vals']:
            hit = [ln for (a, ln) in atl if a == fn and sub in text(a, ln)]
            if not hit: err(f'{fid}: "{sub}" not on an at line of {fn}')
            vs.append(v)
        lo, hi = min(vs), max(vs)
        if not (hi - lo) / hi > 0.03: err(f'{fid}: values do not differ beyond rounding: {vs}')
        # every at line states one of the values? (at least one value substring per line, except extras)
    if 'arith' in f:
        expr, claimed = f['arith']
        real = eval(expr)
        if abs(real - claimed) <= max(0.5, 0.02 * abs(claimed)): err(f'{fid}: arithmetic actually holds ({real} vs {claimed})')
    if 'qwords' in f:
        for fn, sub in f['qwords']:
            if not any(a == fn and sub in text(a, ln) for a, ln in atl): err(f'{fid}: quote "{sub}" not on at line of {fn}')
    if 'weekday' in f:
        wd, iso = f['weekday']
        if datetime.date.fromisoformat(iso).strftime('%A') == wd: err(f'{fid}: weekday actually correct')
    if fid == 'F30':
        ts = [text(a, ln) for a, ln in atl]
        if not (any('12 February' in t for t in ts) and any('19 February' in t for t in ts)): err('F30 dates missing')

# trap checks
n_checks = 0
for rel, entries in DOCS.items():
    fn = os.path.basename(rel)
    for e in entries:
        if e[0] != 'T': continue
        for c in e[4]:
            n_checks += 1
            if c[0] == 'arith':
                real = eval(c[1])
                if isinstance(real, bool): ok = real == bool(c[2])
                else: ok = abs(real - c[2]) <= c[3]
                if not ok: err(f'{fn}: trap arithmetic fails: {c[1]} = {real}, text says {c[2]}')
            elif c[0] == 'say' and c[1] not in e[1]: err(f'{fn}: "{c[1]}" missing')

# weekdays: every "Weekday D Month [2026]" must be right unless in a planted date finding
MONTHS = {m: i for i, m in enumerate(['January','February','March','April','May','June','July','August','September','October','November','December'], 1)}
planted_wd = {(a, ln) for f in key['expected'] if 'date-inconsistency' in f['rules'] for a, ln in f['at']}
n_wd = 0
for fn, ls in lines.items():
    for i, l in enumerate(ls, 1):
        for wd, d, m in re.findall(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (' + '|'.join(MONTHS) + ')', l):
            n_wd += 1
            real = datetime.date(2026, MONTHS[m], int(d)).strftime('%A')
            if real != wd and (fn, i) not in planted_wd: err(f'{fn}:{i} unplanted wrong weekday {wd} {d} {m}')
            if real != wd: print(f'  planted weekday error {fn}:{i}: {wd} {d} {m} is a {real}')

# counts
rc = collections.Counter(f['rules'][0] for f in key['expected'])
print('findings:', len(key['expected']), dict(rc))
print('notes:', len(key['notes']), dict(collections.Counter(n['rules'][0] for n in key['notes'])))
print('traps:', len(key['traps']), 'must_not:', len(key['must_not']), 'trap arithmetic checks:', n_checks, 'weekday mentions checked:', n_wd)
if len(key['expected']) != 30: err('want 30 findings')
if len(key['notes']) != 8: err('want 8 notes')
if len(key['traps']) < 120: err('want 120+ traps')
print('ERRORS:' if errs else 'OK: all checks passed', *errs, sep='\n  ')
sys.exit(1 if errs else 0)
