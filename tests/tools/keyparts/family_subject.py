#!/usr/bin/env python3
"""Experiment (TRAIN only): join keys equal but for the family (extent vs a stated length dimension), or but for the subject."""
import glob, json, os, re, subprocess, collections, sys
from common import train_sets, run, claims
MODE = sys.argv[1]
tot = collections.Counter()
for sd, nc, traps in train_sets():
    groups = collections.defaultdict(list)
    for c in run(sd):
        k = re.sub(r'^([#~]\d+\|)+', '', c['jk'])
        m = re.match(r'^([^|]*)\|([^|]*)\|@(.*?)>\|(.*)$', k)
        if c['jk'] == '-' or not m or 'standalone' in c['file'] or c['unit'] in ('date', 'clock', 'weekday'): continue
        fam, unit, subj, rest = m.groups()
        rest = re.sub(r'\|(story|\?-\d\d)$', '|', rest)
        if MODE == 'family':
            groups[(os.path.dirname(c['file']), unit, subj, rest)].append((fam, c))
        else:
            if subj.startswith('#') or not subj.startswith('docs/'): continue
            groups[(os.path.dirname(c['file']), fam, unit, rest)].append((subj, c))
    for g, v in groups.items():
        for i, (pa, a) in enumerate(v):
            for pb, b in v[i+1:]:
                if pa == pb or a['file'] == b['file'] and a['line'] == b['line']: continue
                if MODE == 'family' and 'extent' not in (pa, pb): continue
                lo1, hi1 = a['low'] if a['low'] is not None else -1e18, a['high'] if a['high'] is not None else 1e18
                lo2, hi2 = b['low'] if b['low'] is not None else -1e18, b['high'] if b['high'] is not None else 1e18
                if a['unit'] != b['unit']: continue
                agree = lo1 <= hi2 and lo2 <= hi1
                la, lb = (os.path.basename(a['file']), a['line']), (os.path.basename(b['file']), b['line'])
                v_ = 'HIT' if nc[la] & nc[lb] else 'TRAP' if la in traps or lb in traps else 'other'
                tot[(agree, v_)] += 1
                print(agree, sd.split('/')[-1], v_, '|', pa, '/', pb, '|', a['text'][:30], '||', b['text'][:30], '|', str(g)[:90])
print(tot)
