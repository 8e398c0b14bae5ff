#!/usr/bin/env python3
"""Experiment (TRAIN only): a person's age keyed by a surname alone within its document (@#dir/file#Surname) vs a
full name ending in that surname in another report of the directory."""
import glob, json, os, re, subprocess, collections
from common import train_sets, run, claims
tot = collections.Counter()
for sd, nc, traps in train_sets():
    ages = [c for c in claims(sd) if c.get('unit') == 'age' and c['key'] and 'standalone' not in c['file']]
    for a in ages:
        m = re.search(r'\|@#[^>#]*#([A-Z][\w\'-]+)>', a['key'])
        if not m: continue
        sur = m.group(1).lower()
        full = {c['subject'].lower() for c in ages if c['file'] != a['file'] and os.path.dirname(c['file']) == os.path.dirname(a['file']) and c['subject'] and ' ' in c['subject'] and c['subject'].lower().split()[-1] == sur}
        for b in ages:
            if b['file'] == a['file'] or not b['subject'] or b['subject'].lower() not in full: continue
            agree = abs(a['value'] - b['value']) < 2
            la, lb = (os.path.basename(a['file']), a['line']), (os.path.basename(b['file']), b['line'])
            v_ = 'HIT' if nc[la] & nc[lb] else 'TRAP' if la in traps or lb in traps else 'other'
            tot[(agree, len(full) == 1, v_)] += 1
            print(agree, len(full) == 1, sd.split('/')[-1], v_, a['text'], a['key'][:70], '||', b['text'], b['subject'])
print('(agree, one full name, verdict):', dict(tot))
