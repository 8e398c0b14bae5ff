#!/usr/bin/env python3
"""sumdiff.py A B: findings gained (+) and lost (-), false positives added (+FP) and removed (-FP) between two
evalall.py output directories A and B (their summary.json)."""
import json, os, sys
a, b = (json.load(open(os.path.join(d, 'summary.json'))) for d in sys.argv[1:3])
for s in sorted(set(a) | set(b)):
    fa, fb = set(a.get(s, {}).get('found', [])), set(b.get(s, {}).get('found', []))
    pa, pb = set(a.get(s, {}).get('fp', [])), set(b.get(s, {}).get('fp', []))
    for tag, xs in (('+', fb - fa), ('-', fa - fb), ('+FP', pb - pa), ('-FP', pa - pb)):
        for x in sorted(xs):
            print(tag, s, x)
