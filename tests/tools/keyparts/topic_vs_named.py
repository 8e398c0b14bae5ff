#!/usr/bin/env python3
"""Experiment (TRAIN only): doc-own topic figure vs another report's named-subject figure, rest of join key equal."""
import glob, json, os, re, subprocess, collections
from common import train_sets, run, claims
tot = collections.Counter()
for sd, nc, traps in train_sets():
    cs = run(sd)
    groups = collections.defaultdict(list)
    for c in cs:
        k = re.sub(r'^([#~]\d+\|)+', '', c['jk'])
        m = re.match(r'^(.*?)\|@(.*?)>\|(.*)\|([^|]*)$', k)
        if not m: continue
        fam, subj, rest, per = m.groups()
        groups[(os.path.dirname(c['file']), fam, rest)].append((subj, per, c))
    for g, v in groups.items():
        named = [x for x in v if not x[0].startswith('#') and not x[0].startswith('docs/')]
        topic = [x for x in v if x[0].startswith('#') and '#' not in x[0][1:]]
        if not named or not topic: continue
        names = {x[0] for x in named}
        for ts, tp, tc in topic:
            text = open(os.path.join(sd, tc['file'])).read().lower()
            for ns, np_, ncl in named:
                if ncl['file'] == tc['file']: continue
                lo1, hi1 = tc['low'] if tc['low'] is not None else -1e18, tc['high'] if tc['high'] is not None else 1e18
                lo2, hi2 = ncl['low'] if ncl['low'] is not None else -1e18, ncl['high'] if ncl['high'] is not None else 1e18
                agree = lo1 <= hi2 and lo2 <= hi1
                inname = ns in text
                la, lb = (os.path.basename(tc['file']), tc['line']), (os.path.basename(ncl['file']), ncl['line'])
                v_ = 'HIT' if nc[la] & nc[lb] else 'TRAP' if la in traps or lb in traps else 'other'
                tot[(agree, inname, len(names) == 1, tp == np_, v_)] += 1
                if not agree:
                    print(sd.split('/')[-1], v_, 'inname=%d uniq=%d sameper=%d' % (inname, len(names) == 1, tp == np_), '|', tc['text'][:30], tc['jk'][:80], '||', ncl['text'][:30], ncl['jk'][:80])
print('(agree, name-in-topic-doc, one-name, same-period, verdict): count')
for k, v in sorted(tot.items()): print(k, v)
