#!/usr/bin/env python3
"""anatomy.py EVALDIR CLAIMS.json [RULE]: for each missed finding of RULE (default numeric-conflict), the claims on its lines and a class."""
import json, os, sys, glob, collections
ev = json.load(open(os.path.join(sys.argv[1], 'summary.json'))); cl = json.load(open(sys.argv[2]))
rule = sys.argv[3] if len(sys.argv) > 3 else 'numeric-conflict'
keys = {os.path.basename(s.rstrip('/')): json.load(open(os.path.join(s, 'key.json')))
        for s in glob.glob('tests/planted-heldout*/') + ['../shared/dev/planted/']}
cnt = collections.Counter(); reasons = collections.Counter()
for s, v in sorted(ev.items()):
    k = keys[s]; byline = collections.defaultdict(list)
    for c in cl.get(s, []):
        if c.get('type') == 'numeric': byline[(os.path.basename(c['file']), c['line'])].append(c)
    for f in k['expected']:
        if f['id'] in v['found'] or f['rules'][0] != rule: continue
        lines = [tuple(a) for a in f['at']]
        cs = [[c for c in byline[l]] for l in lines]
        if any(not x for x in cs): cls = 'A no-claim'
        else:
            keyed = [[c for c in x if c['key']] for x in cs]
            if any(not x for x in keyed): cls = 'B unkeyed'
            else: cls = 'C keys-differ'
        cnt[cls] += 1
        print(f"== {s} {f['id']} {cls}: {f['what'][:150]}")
        for l, x in zip(lines, cs):
            for c in x:
                r = c['why_not_compared'] or ''
                if not c['key']: reasons[r.split(':')[0]] += 1
                print(f"   {l[0]}:{l[1]} '{c['text'][:40]}' {c['key'][:110] or 'UNKEYED ' + r[:70]}")
print(cnt); print(reasons.most_common(20))
