#!/usr/bin/env python3
"""Why a planted numeric finding is missed: for each expected finding of a planted set (numeric-conflict by
default), the numeric claims factlint makes on each line the key names, with their key, family, item, subject,
period and why_not_compared, so that the blockers of a pair can be read side by side.
Usage: why.py --set DIR [--only H1,H2] [--rule numeric-conflict|all]
Runs in the project checkout (cwd): expects ./factlint built there. Read a set you may read: never a validation
or blind set."""
import json, os, subprocess, sys

args = sys.argv[1:]
def opt(name, default=None):
    return args[args.index(name) + 1] if name in args else default
root = os.path.abspath(opt('--set', os.path.dirname(os.path.abspath(__file__))))
only = set(opt('--only').split(',')) if opt('--only') else None
rule = opt('--rule', 'numeric-conflict')
binary = os.path.abspath('factlint')
if not os.access(binary, os.X_OK):
    sys.exit('no ./factlint binary in the checkout (run make first)')
key = json.load(open(os.path.join(root, 'key.json')))
paths = {}
for d, _, files in os.walk(os.path.join(root, 'docs')):
    for f in files:
        paths[f] = os.path.join(d, f)
# the claims of the whole set at once: cross-document joins need every report
p = subprocess.run([binary, '--dump-claims', os.path.join(root, 'docs')], capture_output=True, text=True, timeout=120)
claims = {}
for line in p.stdout.splitlines():
    try:
        c = json.loads(line)
    except ValueError:
        continue
    if c.get('type') != 'numeric':
        continue
    claims.setdefault((os.path.basename(c['file']), c['line']), []).append(c)
FIELDS = ('text', 'key', 'family', 'attribute', 'item', 'subject', 'period', 'modality', 'why_not_compared')
for f in key['expected']:
    if only and f['id'] not in only:
        continue
    if rule != 'all' and rule not in f['rules']:
        continue
    print(f"{f['id']} {'/'.join(f['rules'])}: {f.get('what', '')}")
    for name, ln in f['at']:
        cs = claims.get((name, ln), [])
        print(f"  {name}:{ln}: {len(cs)} numeric claim(s)")
        for c in cs:
            print('    ' + '; '.join(f"{k}={c.get(k)!r}" for k in FIELDS if c.get(k) not in (None, '')))
    print()
