#!/usr/bin/env python3
"""Experiment (TRAIN only): figures of one story dir whose join keys (prefix stripped) differ only in the period, one period unknown ('?-MM', 'story')."""
import glob, json, os, re, subprocess, collections, sys
from common import train_sets, run, claims
tot = collections.Counter()
def unknown(p): return p.startswith('?-') or p == 'story'
def compat(p, q):
    if p == q: return False
    if p == 'story' or q == 'story': return True
    if p.startswith('?-') and q.startswith('?-'): return False
    if p.startswith('?-'): return q.endswith(p[1:])
    if q.startswith('?-'): return p.endswith(q[1:])
    return False
for sd, nc, traps in train_sets():
    groups = collections.defaultdict(list)
    for c in run(sd):
        k = re.sub(r'^([#~]\d+\|)+', '', c['jk'])
        m = re.match(r'^(.*)\|([^|]*)$', k)
        if c['jk'] == '-' or not m or 'standalone' in c['file'] or c['unit'] in ('date', 'clock', 'weekday'): continue
        groups[(os.path.dirname(c['file']), m.group(1))].append((m.group(2), c))
    for g, v in groups.items():
        for i, (pa, a) in enumerate(v):
            for pb, b in v[i+1:]:
                if not compat(pa, pb) or a['file'] == b['file']: continue
                lo1, hi1 = a['low'] if a['low'] is not None else -1e18, a['high'] if a['high'] is not None else 1e18
                lo2, hi2 = b['low'] if b['low'] is not None else -1e18, b['high'] if b['high'] is not None else 1e18
                agree = lo1 <= hi2 and lo2 <= hi1
                la, lb = (os.path.basename(a['file']), a['line']), (os.path.basename(b['file']), b['line'])
                v_ = 'HIT' if nc[la] & nc[lb] else 'TRAP' if la in traps or lb in traps else 'other'
                tot[(agree, v_)] += 1
                print(agree, sd.split('/')[-1], v_, '|', pa, '/', pb, '|', a['text'][:30], '||', b['text'][:30], '|', g[1][:70])
print(tot)
