#!/usr/bin/env python3
"""Validate heldout60: every-line rule, line numbers in key.json, planted values really differ,
trap arithmetic holds, weekdays correct unless planted, word counts, counts."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S
import build

errors = []
def err(m): errors.append(m)
def wd(y, m, d): return datetime.date(y, m, d).strftime('%A')

rendered = build.render()
key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
if key != json.loads(json.dumps(build.make_key(rendered), ensure_ascii=False)):
    err('key.json is stale: rerun build.py')

# ---- files on disk match the spec; every non-empty line tagged exactly once
lines_by_base = {}
bases = [os.path.basename(r) for r, _, _ in S.DOCS]
if len(set(bases)) != len(bases): err('basenames not unique')
for rel, style, items in S.DOCS:
    p = os.path.join(ROOT, 'docs', rel)
    disk = open(p, encoding='utf-8').read().split('\n')
    if disk[-1] == '': disk = disk[:-1]
    rows = rendered[rel]
    if [t for _, t, _ in rows] != disk: err(f'{rel}: file differs from spec')
    for n, t, tag in rows:
        if (t.strip() == '') != (tag is None): err(f'{rel}:{n}: blank/tag mismatch')
        if '\n' in t: err(f'{rel}:{n}: embedded newline')
    lines_by_base[os.path.basename(rel)] = {n: t for n, t, _ in rows}
    w = len(re.findall(r"\S+", '\n'.join(disk)))
    if not 280 <= w <= 380: err(f'{rel}: {w} words (want 280-380)')
    print(f'  {rel:48s} {w:4d} words  {len(disk):3d} lines')
# all dirs present
if sorted(set(os.path.dirname(r) for r, _, _ in S.DOCS)) != ['brackenmoor', 'quell', 'standalone', 'veltro']:
    err('unexpected folder layout')
ondisk = sorted(os.path.relpath(os.path.join(d, f), os.path.join(ROOT, 'docs'))
                for d, _, fs in os.walk(os.path.join(ROOT, 'docs')) for f in fs)
if ondisk != sorted(r for r, _, _ in S.DOCS): err(f'extra/missing files in docs/: {ondisk}')

# ---- key line references point to the right text; each line used once
used = Counter()
def line(base, n):
    t = lines_by_base.get(base, {}).get(n)
    if not t: err(f'{base}:{n}: key points at a missing/blank line')
    return t or ''
for f in key['expected'] + key['notes']:
    if not f['at']: err(f"{f['id']}: no lines")
    for b, n in f['at']:
        line(b, n); used[(b, n)] += 1
for t in key['traps']:
    line(t['file'], t['line']); used[(t['file'], t['line'])] += 1
for b, d in lines_by_base.items():
    for n, t in d.items():
        if t.strip() and used[(b, n)] != 1: err(f'{b}:{n}: classified {used[(b, n)]} times')
trapset = {(t['file'], t['line'], t['what']) for t in key['traps']}
for t in key['must_not']:
    if (t['file'], t['line'], t['what']) not in trapset: err(f'must_not not in traps: {t}')

# ---- planted findings really are what they claim
def differ(vals, tol):
    lo, hi = min(vals), max(vals)
    return (hi - lo) / hi > tol
for f in key['expected']:
    spec = S.FINDINGS[f['id']]; c = spec['check']; texts = [line(b, n) for b, n in f['at']]
    k = c['kind']
    if k == 'differ':
        seen = []
        for (b, n), t in zip(f['at'], texts):
            hits = [v for s, v in c['vals'] if s in t]
            if not hits: err(f"{f['id']}: {b}:{n} states none of {[s for s, _ in c['vals']]}")
            seen += hits
        if len(set(seen)) < 2: err(f"{f['id']}: only one value present: {seen}")
        elif not differ(seen, c['tol']): err(f"{f['id']}: values {seen} within tolerance")
        if 'numeric-conflict' in f['rules'] and len(f['at']) < 2: err(f"{f['id']}: conflict needs 2 lines")
    elif k == 'arith':
        true = eval(c['true'])
        if abs(c['stated'] - true) / max(abs(true), 1e-9) <= c['tol']: err(f"{f['id']}: stated {c['stated']} ~ true {true}")
        if not any(all(s in t for s in c['need']) for t in texts): err(f"{f['id']}: no line has {c['need']}")
    elif k == 'anniv':
        if c['stated'] == eval(c['true']): err(f"{f['id']}: anniversary actually right")
        if not any(all(s in t for s in c['need']) for t in texts): err(f"{f['id']}: text missing")
    elif k == 'weekday':
        if wd(*c['date']) == c['stated']: err(f"{f['id']}: weekday actually right")
        if not any(all(s in t for s in c['need']) for t in texts): err(f"{f['id']}: text missing")
    elif k == 'quote':
        if c['a'] == c['b']: err(f"{f['id']}: renderings identical")
        if not any(c['a'] in t for t in texts) or not any(c['b'] in t for t in texts): err(f"{f['id']}: quote texts not on at-lines")
    elif k == 'present':
        if not any(all(s in t for s in c['need']) for t in texts): err(f"{f['id']}: text missing")
    print(f"  {f['id']:4s} ok  {', '.join(f['rules'])}: {len(f['at'])} line(s)")

# specific structural checks
orr = lines_by_base['orrin_sustainability_report.md']
if any(re.match(r'#+\s*(notes|references|sources|footnotes)', t, re.I) for t in orr.values()):
    err('orrin report must have no notes section')
orr_marks = [n for n, t in orr.items() if re.search(r'\[\d+\]', t)]
if sorted(orr_marks) != sorted(n for b, n in next(f for f in key['expected'] if f['id'] == 'R2')['at']):
    err('R2 at must list every marker line in orrin report')
kes = lines_by_base['kessock_walking_trial.md']
marks = [int(m) for n in sorted(kes) for m in re.findall(r'\[(\d+)\]', kes[n])]
refs = [int(m.group(1)) for n in sorted(kes) for m in [re.match(r'(\d+)\. ', kes[n])] if m]
if marks != [1, 2, 3, 5, 6] or refs != [1, 2, 3, 5, 6]: err(f'kessock markers {marks} refs {refs}')
har = lines_by_base['harrowby_grants_report.md']
if any(re.search(r'\[\d+\]', t) for t in har.values()): err('harrowby should have no numbered markers')
for qid, needle in [('U1', 'Nobody should think'), ('U2', 'Cheap phones'), ('U3', 'We were promised')]:
    b, n = next(f for f in key['expected'] if f['id'] == qid)['at'][0]
    for m in (n - 2, n - 1, n + 1, n + 2):
        t = lines_by_base[b].get(m, '')
        if re.search(r'\b(said|says|told|tells|writes|asked|according)\b', t) or re.search(r'\b(he|she)\b', t, re.I):
            err(f'{qid}: neighbour line {b}:{m} may attribute the quote')

# ---- trap arithmetic
ntchk = 0
for rel, style, items in S.DOCS:
    for it in items:
        if it[0] == 'T' and it[3]:
            ntchk += 1
            try:
                ok = eval(it[3], {'wd': wd, 'abs': abs})
            except Exception as e:
                ok = False; err(f'{rel}: trap check error {e}: {it[3]}')
            if not ok: err(f'{rel}: trap check FAILED: {it[3]} | {it[1][:60]}')

# ---- every weekday+date in the set is correct unless it is the planted one
MON = {m: i for i, m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                                   'September', 'October', 'November', 'December'], 1)}
DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
rx1 = re.compile(rf'({DAYS}),? (\d{{1,2}}) ({"|".join(MON)})')
rx2 = re.compile(rf'({DAYS}),? ({"|".join(MON)}) (\d{{1,2}})')
planted_wd = {tuple(a) for f in key['expected'] if f['id'] in ('D2', 'D4') for a in f['at']}
nwd = 0
for b, d in lines_by_base.items():
    for n, t in d.items():
        for m in rx1.finditer(t):
            day, dd, mon = m.group(1), int(m.group(2)), MON[m.group(3)]
            nwd += 1
            if wd(2026, mon, dd) != day and (b, n) not in planted_wd: err(f'{b}:{n}: wrong weekday {m.group(0)}')
        for m in rx2.finditer(t):
            day, mon, dd = m.group(1), MON[m.group(2)], int(m.group(3))
            nwd += 1
            if wd(2026, mon, dd) != day and (b, n) not in planted_wd: err(f'{b}:{n}: wrong weekday {m.group(0)}')
# D2: the two days given are both correct weekdays but different days
# ---- counts
c = Counter(f['rules'][0] for f in key['expected'])
print('findings by primary rule:', dict(sorted(c.items())), 'total', len(key['expected']))
print('notes:', dict(Counter(f['rules'][0] for f in key['notes'])), 'total', len(key['notes']))
print(f"traps: {len(key['traps'])}, must_not: {len(key['must_not'])}, trap arithmetic checks: {ntchk}, weekday mentions checked: {nwd}")
if len(key['expected']) != 30: err('need exactly 30 findings')
if len(key['notes']) != 8: err('need 8 notes')
if len(key['traps']) < 120: err('need 120+ traps')
within = [f['id'] for f in key['expected'] if f['rules'][0] == 'numeric-conflict' and len({b for b, _ in f['at']}) == 1]
print('within-document numeric conflicts:', within)
if errors:
    print('\nERRORS:'); [print(' -', e) for e in errors]; sys.exit(1)
print('\nOK: all checks passed')
