#!/usr/bin/env python3
"""What blocks the missed numeric conflicts of the development planted sets, counted by class: for every
planted numeric-conflict finding a set's eval misses, each line the key names is classed by the claims factlint
makes there (no claim at all; a figure with why_not_compared's first reason; keyed, when every figure on it has a
key, which then differs from the other side's). The counts say which class of cause is largest, before and
after a change. Usage: blockers.py [--verbose] (from the checkout, with ./factlint built). The validation sets
(heldout10-13) are left out: their misses are not read."""
import collections, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
VALIDATION = {'planted-heldout10', 'planted-heldout11', 'planted-heldout12', 'planted-heldout13'}
verbose = '--verbose' in sys.argv
binary = os.path.abspath('factlint')
if not os.access(binary, os.X_OK):
    sys.exit('no ./factlint binary in the checkout (run make first)')
sets = [HERE] + sorted(os.path.join(TESTS, d) for d in os.listdir(TESTS)
                       if d.startswith('planted-heldout') and d not in VALIDATION)
total = collections.Counter()
per_finding = collections.Counter()
for s in sets:
    p = subprocess.run([sys.executable, os.path.join(HERE, 'eval.py'), '--set', s, '--verbose'],
                       capture_output=True, text=True, timeout=300)
    missed = set(re.findall(r'^\s+(\w+) numeric-conflict', p.stdout, re.M))
    if not missed:
        continue
    out = subprocess.run([binary, '--dump-claims', os.path.join(s, 'docs')], capture_output=True, text=True,
                         timeout=300).stdout
    claims = collections.defaultdict(list)
    for line in out.splitlines():
        try:
            c = json.loads(line)
        except ValueError:
            continue
        if c.get('type') == 'numeric' and c.get('unit') not in ('weekday',):
            claims[(os.path.basename(c['file']), c['line'])].append(c)
    key = json.load(open(os.path.join(s, 'key.json')))
    for f in key['expected']:
        if f['id'] not in missed:
            continue
        classes = set()
        for at in f['at']:
            cs = claims.get(tuple(at), [])
            if not cs:
                cls = 'no claim'
            elif all(c['key'] for c in cs):
                cls = 'keyed (keys differ)'
            else:
                why = [c['why_not_compared'] for c in cs if not c['key'] and c['why_not_compared']]
                cls = why[0].split(':')[0] if why else 'no key, no reason'
            total[cls] += 1
            classes.add(cls)
            if verbose:
                print(f"{os.path.basename(s)} {f['id']} {at[0]}:{at[1]}: {cls}")
        per_finding[' + '.join(sorted(classes))] += 1
print('lines of missed numeric-conflict findings, by class:')
for cls, n in total.most_common():
    print(f'  {n:4}  {cls}')
print(f'missed findings: {sum(per_finding.values())}; their classes together:')
for cls, n in per_finding.most_common(12):
    print(f'  {n:4}  {cls}')
