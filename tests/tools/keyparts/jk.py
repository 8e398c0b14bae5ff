#!/usr/bin/env python3
"""jk.py BIN CLASSES.txt: for each item of a class list (lines "== tests/planted-heldoutNN ID ...", TRAIN only), final join keys of claims on the finding lines, and the parts that differ."""
import json, os, re, sys, collections, itertools
import common
from common import run
common.BIN = os.path.abspath(sys.argv[1])
items = [(m.group(1), m.group(2)) for m in re.finditer(r'^== (tests/planted-heldout\d*) (\S+)', open(sys.argv[2]).read(), re.M)]
def jk(setdir):
    out = collections.defaultdict(list)
    iv = {}
    for c in run(setdir):
        if c['jk'] != '-':
            out[(os.path.basename(c['file']), c['line'])].append((c['text'], c['jk']))
        iv[(os.path.basename(c['file']), c['line'], c['text'])] = (c['low'] if c['low'] is not None else -1e18, c['high'] if c['high'] is not None else 1e18, c['unit'])
    return out, iv
def parts(k):
    pre = ''
    m = re.match(r'^((?:[#~]\d+\|)*)(.*)$', k); pre, k = m.group(1), m.group(2)
    a = k.find('|@'); e = k.find('>|', a)
    if a < 0 or e < 0: return None
    fam = k[:a]; subj = k[a+2:e]; rest = k[e+2:].split('|')
    return dict(pre=pre, fam=fam, subj=subj, mod=rest[0], item='|'.join(rest[1:-1]), per=rest[-1])
cache = {}
tot = collections.Counter()
for sd, fid in items:
    if sd not in cache: cache[sd] = jk(sd)
    J, IV = cache[sd]
    key = json.load(open(sd + '/key.json'))
    f = [x for x in key['expected'] if x['id'] == fid][0]
    lines = [(os.path.basename(a), b) for a, b in f['at']]
    print('==', sd, fid, f['what'][:100])
    best = None
    for la, lb in itertools.combinations(lines, 2):
        for ta, ka in J.get(la, []):
            for tb, kb in J.get(lb, []):
                if ka == '-' or kb == '-': continue
                va, vb = IV.get((la[0], la[1], ta)), IV.get((lb[0], lb[1], tb))
                if va and vb and va[2] == vb[2] and va[0] <= vb[1] and vb[0] <= va[1]: continue
                pa, pb = parts(ka), parts(kb)
                if not pa or not pb: continue
                diff = [p for p in ('pre', 'fam', 'subj', 'mod', 'item', 'per') if pa[p] != pb[p]]
                # only same unit
                if pa['fam'].split('|')[-1] != pb['fam'].split('|')[-1] and not ('people' in (pa['fam'] + pb['fam']) and 'count' in (pa['fam']+pb['fam'])):
                    continue
                cand = (len(diff), diff, la, ta, ka, lb, tb, kb)
                if best is None or cand[0] < best[0]: best = cand
    for l in lines:
        for t, k in J.get(l, []):
            print('   %s:%d %r %s' % (l[0], l[1], t[:40], k))
    if best:
        print('  BEST diff:', '+'.join(best[1]) or 'NONE', '|', best[3], 'vs', best[6])
        tot['+'.join(best[1]) or 'NONE'] += 1
    else:
        tot['nopair'] += 1
        print('  BEST: no keyed pair')
print(tot)
