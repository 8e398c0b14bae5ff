#!/usr/bin/env python3
"""resolve.py FILE: resolve git conflict markers by keeping both sides (ours then theirs). ONLY for tables where
both sides appended rows (tests/judgements/README.md)."""
import sys
p = sys.argv[1]; out = []; state = None
for l in open(p):
    if l.startswith('<<<<<<< '): state = 'ours'; continue
    if l.startswith('=======') and state == 'ours': state = 'theirs'; continue
    if l.startswith('>>>>>>> ') and state == 'theirs': state = None; continue
    out.append(l)
open(p, 'w').write(''.join(out))
