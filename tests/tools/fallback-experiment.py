#!/usr/bin/env python3
"""fallback-experiment.py CLAIMS.json EVALDIR [--within]: measures a fallback that factlint does NOT have, to
record why: two figures of one unit counting one noun (the item's counted noun, or the noun of a "~" key base),
in two reports of one story folder (or, --within, twice in one document with exactly two values), that disagree
beyond their stated ranges and stand no more than twice apart, at least one of them unkeyed (across) -- compared
with no other evidence that they are one measure. Prints per TRAIN/TEST half how many pairs would hit a missed
planted numeric-conflict finding (HIT-new), one already found (HIT-old), a trap line (TRAP) or neither, then
the pairs. Session 45 measured across 12 new vs 18 traps, within 12 new vs 65 traps, and did not build it.
Run from the checkout after tests/tools/dump.py and tests/tools/evalall.py."""
import sys
import json,re,os,glob,collections,sys
def across():
    cl=json.load(open(sys.argv[1]))
    ev=json.load(open(sys.argv[2]+'/summary.json'))
    def noun(c):
        it=c.get('item') or ''
        if it: return it.split(':')[-1]
        kb=c['join'].get('key_base') or ''
        if kb.startswith('~'): return kb.split('|')[-1]
        return ''
    tot=collections.Counter(); out=[]
    for setdir in sorted(glob.glob('tests/planted-heldout*'))+['../shared/dev/planted']:
        name=os.path.basename(setdir); key=json.load(open(setdir+'/key.json'))
        d=name.replace('planted-heldout',''); n=1 if name=='planted-heldout' else (int(d) if d.isdigit() else 0)
        tt='TRAIN' if n%2 else 'TEST'
        nc={}
        for f in key['expected']:
            for fn,ln in f['at']: nc.setdefault((os.path.basename(fn),ln),[]).append((f['id'],f['rules'],f['id'] in ev[name]['found']))
        traps={(t['file'],t['line']) for t in key.get('traps',[])}
        groups=collections.defaultdict(lambda: collections.defaultdict(list))
        for c in cl[name]:
            if 'line' not in c or c.get('type')!='numeric' or c['unit'] in ('weekday','clock','date','year'): continue
            if c.get('modality')!='actual': continue
            nn=noun(c)
            if not nn: continue
            story=os.path.dirname(c['file'])
            groups[(story,c['unit'],nn)][c['file']].append(c)
        for g,docs in groups.items():
            if len(docs)<2 or g[0].endswith('standalone'): continue
            vals={f:set(round(c['value'],6) for c in cs) for f,cs in docs.items()}
            if any(len(v)!=1 for v in vals.values()): continue
            fs=sorted(docs)
            for i in range(len(fs)):
                for j in range(i+1,len(fs)):
                    a=docs[fs[i]][0]; b=docs[fs[j]][0]
                    al,ah,bl,bh=[(x if x is not None else (-1e18 if k==0 else 1e18)) for k,x in enumerate((a['low'],a['high']))]+[(x if x is not None else (-1e18 if k==0 else 1e18)) for k,x in enumerate((b['low'],b['high']))]
                    if a['key'] and b['key']: continue
                    ia,ib=a.get('item') or '',b.get('item') or ''
                    if ':' in ia and ':' in ib and ia.split(':')[0]!=ib.split(':')[0]: continue
                    if a['value']==b['value'] or (al<=bh and bl<=ah): continue
                    lo,hi=sorted([abs(a['value']),abs(b['value'])])
                    if lo<=0 or hi>2*lo: continue
                    la=(os.path.basename(a['file']),a['line']); lb=(os.path.basename(b['file']),b['line'])
                    fa={x[0] for x in nc.get(la,[]) if 'numeric-conflict' in x[1]}; fb={x[0] for x in nc.get(lb,[]) if 'numeric-conflict' in x[1]}
                    common=fa&fb
                    already=any(x[2] for x in nc.get(la,[]) if x[0] in common)
                    v='HIT-new' if common and not already else 'HIT-old' if common else 'TRAP' if (la in traps or lb in traps) else 'other'
                    tot[(tt,v)]+=1
                    out.append((v,tt,name,g[2],g[1],a['text'],la,b['text'],lb))
    for k,v in sorted(tot.items()): print(k,v)
    for o in out:
        if o[0]!='HIT-old': print(*o,sep=' | ')
    
def within():
    cl=json.load(open(sys.argv[1]))
    ev=json.load(open(sys.argv[2]+'/summary.json'))
    def noun(c):
        it=c.get('item') or ''
        if it: return it.split(':')[-1]
        kb=c['join'].get('key_base') or ''
        if kb.startswith('~'): return kb.split('|')[-1]
        return ''
    def rng(c):
        lo=c['low'] if c['low'] is not None else -1e18; hi=c['high'] if c['high'] is not None else 1e18
        return lo,hi
    tot=collections.Counter(); out=[]
    for setdir in sorted(glob.glob('tests/planted-heldout*'))+['../shared/dev/planted']:
        name=os.path.basename(setdir); key=json.load(open(setdir+'/key.json'))
        d=name.replace('planted-heldout',''); n=1 if name=='planted-heldout' else (int(d) if d.isdigit() else 0)
        tt='TRAIN' if n%2 else 'TEST'
        nc={}
        for f in key['expected']:
            for fn,ln in f['at']: nc.setdefault((os.path.basename(fn),ln),[]).append((f['id'],f['rules'],f['id'] in ev[name]['found']))
        traps={(t['file'],t['line']) for t in key.get('traps',[])}
        groups=collections.defaultdict(list)
        for c in cl[name]:
            if 'line' not in c or c.get('type')!='numeric' or c['unit'] in ('weekday','clock','date','year'): continue
            if c.get('modality')!='actual': continue
            nn=noun(c)
            if not nn: continue
            groups[(c['file'],c['unit'],nn)].append(c)
        for g,cs in groups.items():
            vals=set(round(c['value'],6) for c in cs)
            if len(vals)!=2: continue   # exactly two values of this noun in the doc
            for i in range(len(cs)):
                for j in range(i+1,len(cs)):
                    a,b=cs[i],cs[j]
                    if a['line']==b['line']: continue
                    if a['key'] and b['key'] and a['key']!=b['key'] and a.get('item')!=b.get('item'): continue
                    al,ah=rng(a); bl,bh=rng(b)
                    if a['value']==b['value'] or (al<=bh and bl<=ah): continue
                    lo,hi=sorted([abs(a['value']),abs(b['value'])])
                    if lo<=0 or hi>2*lo: continue
                    if a.get('period') and b.get('period') and a['period']!=b['period'] and a.get('period_from')=='stated' and b.get('period_from')=='stated': continue
                    la=(os.path.basename(a['file']),a['line']); lb=(os.path.basename(b['file']),b['line'])
                    fa={x[0] for x in nc.get(la,[]) if 'numeric-conflict' in x[1]}; fb={x[0] for x in nc.get(lb,[]) if 'numeric-conflict' in x[1]}
                    common=fa&fb
                    already=any(x[2] for x in nc.get(la,[]) if x[0] in common)
                    v='HIT-new' if common and not already else 'HIT-old' if common else 'TRAP' if (la in traps or lb in traps) else 'other'
                    tot[(tt,v)]+=1
                    out.append((v,tt,name,g[2],g[1],a['text'],la,a['key'][:40] if a['key'] else a.get('why_not_compared','')[:30],b['text'],lb,b['key'][:40] if b['key'] else b.get('why_not_compared','')[:30]))
    for k,v in sorted(tot.items()): print(k,v)
    for o in out:
        if o[0]!='HIT-old': print(*o,sep=' | ')
    
(within if '--within' in sys.argv else across)()
