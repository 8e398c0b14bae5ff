#!/usr/bin/env python3
"""evalall.py OUT [SETDIR ...] [--counts-only]: run ./factlint (cwd) on each planted set (default: every
tests/planted-heldout*/ and tests/planted), save OUT/<set>.json (raw) and OUT/summary.json, print totals
per rule.  --counts-only prints per-rule counts only (for blind sets)."""
import glob, json, os, subprocess, sys, tempfile, shutil
from concurrent.futures import ThreadPoolExecutor
args = [a for a in sys.argv[1:] if not a.startswith('--')]
counts_only = '--counts-only' in sys.argv
out = args[0]; sets = args[1:] or sorted(glob.glob('tests/planted-heldout*/')) + ['../shared/dev/planted/']
sets = [s.rstrip('/') for s in sets if os.path.exists(os.path.join(s, 'key.json'))]
os.makedirs(out, exist_ok=True)
SEV = {'error': 2, 'warning': 1}
binary = os.path.abspath(os.environ.get('FACTLINT', 'factlint'))
def locs(d):
    yield os.path.basename(d.get('file', '')), d.get('line')
    for r in d.get('related', []) or []:
        yield os.path.basename(r.get('file', '')), r.get('line')
def matches(d, f):
    at = {(a, b) for a, b in f['at']}
    return d.get('rule') in f['rules'] and any(l in at for l in locs(d))
def run(s):
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(os.path.join(s, 'docs'), os.path.join(tmp, 'docs'))
        p = subprocess.run([binary, '--format=json', 'docs'], cwd=tmp, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(tmp)
    return s, p
summary = {}
tot = {}
with ThreadPoolExecutor(2) as ex:
    for s, p in ex.map(run, sets):
        name = os.path.basename(s)
        key = json.load(open(os.path.join(s, 'key.json')))
        if p.returncode < 0 or p.returncode > 2:
            print(f'{name}: factlint exit {p.returncode}'); continue
        diags = json.loads(p.stdout)['diagnostics']
        open(os.path.join(out, name + '.json'), 'wb').write(p.stdout)
        found, tp, fps = set(), 0, []
        for d in diags:
            if SEV.get(d.get('severity'), 0) < 1: continue
            hit = [f['id'] for f in key['expected'] if matches(d, f)]
            note = any(matches(d, f) for f in key['notes'])
            if hit or note:
                tp += 1; found.update(hit)
            else:
                fps.append(f"{os.path.basename(d.get('file',''))}:{d.get('line')} [{d.get('rule')}] {d.get('message','')[:100]}")
        per = {}
        for f in key['expected']:
            r = f['rules'][0]; a = per.setdefault(r, [0, 0]); a[1] += 1; a[0] += f['id'] in found
            t = tot.setdefault(r, [0, 0]); t[0] += f['id'] in found; t[1] += 1
        summary[name] = {'found': sorted(found), 'missed': [f['id'] for f in key['expected'] if f['id'] not in found],
                         'n': len(key['expected']), 'tp': tp, 'fp': fps, 'per': per}
        if counts_only:
            print(f"{name}: {len(found)}/{len(key['expected'])} precision {tp}/{tp+len(fps)} " +
                  ' '.join(f'{r}={a[0]}/{a[1]}' for r, a in sorted(per.items())))
json.dump(summary, open(os.path.join(out, 'summary.json'), 'w'), indent=1, sort_keys=True)
F = sum(len(v['found']) for v in summary.values()); N = sum(v['n'] for v in summary.values())
TP = sum(v['tp'] for v in summary.values()); FP = sum(len(v['fp']) for v in summary.values())
print(f'{len(summary)} sets: recall {F}/{N}, precision {TP}/{TP+FP} (FP {FP})')
print(' '.join(f'{r}={a[0]}/{a[1]}' for r, a in sorted(tot.items())))
if not counts_only:
    for n, v in sorted(summary.items()):
        for x in v['fp']: print('FP', n, x)
