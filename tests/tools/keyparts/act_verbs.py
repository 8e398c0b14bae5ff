#!/usr/bin/env python3
"""Experiment (TRAIN only): act figures of one story dir whose join keys differ only in the act's verb class (same counted noun)."""
import glob, json, os, re, subprocess, collections, sys

from common import train_sets, run, claims
tot = collections.Counter(); pairs = collections.Counter()
for sd, nc, traps in train_sets():
    groups = collections.defaultdict(list)
    for c in run(sd):
        k = re.sub(r'^([#~]\d+\|)+', '', c['jk'])
        m = re.match(r'^act\|(.*?)\|@(.*?)>\|(\w+)\|([^|:]*):([^|]*)\|([^|]*)$', k)
        if not m or 'standalone' in c['file']: continue
        unit, subj, mod, verb, noun, per = m.groups()
        groups[(os.path.dirname(c['file']), subj, mod, noun, per)].append((verb, c))
    for g, v in groups.items():
        for i, (va, a) in enumerate(v):
            for vb, b in v[i+1:]:
                if va == vb or a['file'] == b['file'] and a['line'] == b['line']: continue
                lo1, hi1 = a['low'] if a['low'] is not None else -1e18, a['high'] if a['high'] is not None else 1e18
                lo2, hi2 = b['low'] if b['low'] is not None else -1e18, b['high'] if b['high'] is not None else 1e18
                if lo1 <= hi2 and lo2 <= hi1: continue
                la, lb = (os.path.basename(a['file']), a['line']), (os.path.basename(b['file']), b['line'])
                v_ = 'HIT' if nc[la] & nc[lb] else 'TRAP' if la in traps or lb in traps else 'other'
                tot[v_] += 1
                print(sd.split('/')[-1], v_, '|', va, '/', vb, '|', a['text'][:30], '||', b['text'][:30], '|', g[3], 'same-doc' if a['file'] == b['file'] else '')
print(tot)
