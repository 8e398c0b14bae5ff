#!/usr/bin/env python3
"""Score factlint on a planted set (the docs/ and key.json next to this file, or in --set DIR): recall of planted
findings and precision of warning/error diagnostics.
Usage: eval.py [--set DIR] [--min-recall R] [--min-precision P] [--verbose]
Runs in the project checkout (cwd): expects ./factlint built there."""
import json, os, shutil, subprocess, sys, tempfile

args = sys.argv[1:]
HERE = os.path.abspath(args[args.index('--set') + 1]) if '--set' in args else os.path.dirname(os.path.abspath(__file__))
def opt(name, default):
    return float(args[args.index(name) + 1]) if name in args else default
min_recall, min_prec = opt('--min-recall', 0.0), opt('--min-precision', 0.0)
verbose = '--verbose' in args
only = set(args[args.index('--only') + 1].split(',')) if '--only' in args else None

binary = os.path.abspath('factlint')
if not os.access(binary, os.X_OK):
    print('no ./factlint binary in the checkout (run make first)'); sys.exit(1)
key = json.load(open(os.path.join(HERE, 'key.json')))
all_expected = key['expected']
if only:
    key['expected'] = [f for f in key['expected'] if f['id'] in only]
tmp = tempfile.mkdtemp()
docs = os.path.join(tmp, 'docs')
shutil.copytree(os.path.join(HERE, 'docs'), docs)
try:
    p = subprocess.run([binary, '--format=json', 'docs'], cwd=tmp, capture_output=True, timeout=60)
finally:
    pass
if p.returncode < 0 or p.returncode > 2:
    print(f'factlint crashed or failed: exit {p.returncode}: {p.stderr.decode(errors="replace")[:300]}'); sys.exit(1)
try:
    out = json.loads(p.stdout)
except Exception as e:
    print(f'output is not JSON ({e}): {p.stdout[:200]!r}'); sys.exit(1)
diags = out.get('diagnostics', out) if isinstance(out, dict) else out
SEV = {'error': 2, 'warning': 1}
def locs(d):
    yield os.path.basename(d.get('file', '')), d.get('line')
    for r in d.get('related', []) or []:
        yield os.path.basename(r.get('file', '')), r.get('line')
def matches(d, f):
    at = {(a, b) for a, b in f['at']}
    return d.get('rule') in f['rules'] and any(l in at for l in locs(d))
found, notes_found, tp, fp = set(), set(), 0, []
for d in diags:
    sev = SEV.get(d.get('severity'), 0)
    hit = [f['id'] for f in all_expected if matches(d, f)]
    for f in key['notes']:
        if matches(d, f): notes_found.add(f['id'])
    if sev >= 1:
        if hit:
            tp += 1; found.update(h for h in hit if any(f['id'] == h for f in key['expected']))
        else:
            fb, ln = os.path.basename(d.get('file','')), d.get('line')
            trap = [t['what'] for t in key.get('traps', []) if t['file'] == fb and t['line'] == ln]
            fp.append(f"{fb}:{ln} [{d.get('rule')}] {d.get('message','')[:90]}" + (f"  <- trap: {trap[0]}" if trap else ''))
n = len(key['expected'])
recall = len(found) / n
prec = tp / (tp + len(fp)) if tp + len(fp) else 0.0
missed = [f"{f['id']} {f['rules'][0]} {f['at'][0][0]}:{f['at'][0][1]}" for f in key['expected'] if f['id'] not in found]
if verbose:
    print('missed:', *missed, sep='\n  ')
    print('false positives:', *fp, sep='\n  ')
ok = recall >= min_recall and prec >= min_prec
print(f"planted: recall {len(found)}/{n} = {recall:.2f}, notes {len(notes_found)}/{len(key['notes'])}, "
      f"precision {tp}/{tp+len(fp)} = {prec:.2f} (want recall >= {min_recall}, precision >= {min_prec})")
shutil.rmtree(tmp)
sys.exit(0 if ok else 1)
