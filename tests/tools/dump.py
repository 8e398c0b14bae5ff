#!/usr/bin/env python3
"""dump.py OUT.json [SETDIR...]: --dump-claims of each planted set (default all dev sets), keyed by set name."""
import glob, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
out = sys.argv[1]; sets = sys.argv[2:] or sorted(glob.glob('tests/planted-heldout*/')) + ['../shared/dev/planted/']
sets = [s.rstrip('/') for s in sets]
def run(s):
    p = subprocess.run([os.path.abspath(os.environ.get('FACTLINT', 'factlint')), '--dump-claims', 'docs'], cwd=s, capture_output=True)
    return os.path.basename(s), [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
with ThreadPoolExecutor(2) as ex:
    res = dict(ex.map(run, sets))
json.dump(res, open(out, 'w'))
