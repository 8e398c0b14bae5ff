#!/usr/bin/env python3
"""Check the planted set: every-line rule, line numbers vs docs/ and key.json, word counts, unique basenames,
counts per rule, planted values differ, trap arithmetic holds, quote/footnote/note sanity."""
import json, os, re, collections
from common import *

errs, warns = [], []
def E(m): errs.append(m)
docs = parse()
key = json.load(open(os.path.join(OUT, 'key.json')))
if key != json.loads(json.dumps(make_key(docs))): E('key.json is stale: rerun build.py')

# basenames, words, files match spec line by line
bn = [os.path.basename(d['path']) for d in docs]
if len(set(bn)) != len(bn): E('duplicate basenames')
if len(docs) != 12: E(f'{len(docs)} documents, want 12')
for d in docs:
    w = words(d)
    if not 280 <= w <= 380: E(f"{d['path']}: {w} words")
    p = os.path.join(OUT, 'docs', d['path'])
    flines = open(p, encoding='utf-8').read().split('\n')
    if flines[-1] == '': flines.pop()
    if len(flines) != len(d['lines']): E(f"{d['path']}: {len(flines)} lines on disk vs {len(d['lines'])} in spec")
    for l, fl in zip(d['lines'], flines):
        if l['text'] != fl: E(f"{d['path']}:{l['n']} text differs from spec")
        # every-line rule
        if fl.strip() and l['tag'] is None: E(f"{d['path']}:{l['n']} untagged non-empty line")
        if not fl.strip() and l['tag'] is not None: E(f"{d['path']}:{l['n']} tagged empty line")
        t = l['tag']
        if t and t not in ('T', 'T!'):
            for i in ids(t):
                if i not in FINDINGS and i not in NOTES: E(f"{d['path']}:{l['n']} unknown tag {i}")
            if any(i in FINDINGS for i in ids(t)) and any(i in NOTES for i in ids(t)):
                E(f"{d['path']}:{l['n']} line is both finding and note")
        elif t and t not in ('T', 'T!'): E(f"{d['path']}:{l['n']} bad tag {t}")
    # clusters: three docs per cluster folder
cl = collections.Counter(os.path.dirname(d['path']) for d in docs)
for c, n in cl.items():
    if c != 'standalone' and n != 3: E(f'cluster {c} has {n} docs')
if cl.get('standalone') != 3: E('want 3 standalone docs')

# key line refs point at lines whose text exists
lines_by = {(os.path.basename(d['path']), l['n']): (d, l) for d in docs for l in d['lines']}
for f in key['expected'] + key['notes']:
    if not f['at']: E(f"{f['id']} has no lines")
    for a, b in f['at']:
        if (a, b) not in lines_by or not lines_by[(a, b)][1]['text'].strip(): E(f"{f['id']} points at bad line {a}:{b}")
for t in key['traps']:
    if not lines_by[(t['file'], t['line'])][1]['text'].strip(): E(f"trap at empty line {t}")
ms = {(t['file'], t['line']) for t in key['must_not']}
if not ms <= {(t['file'], t['line']) for t in key['traps']}: E('must_not is not a subset of traps')

# counts
rc = collections.Counter(f['rules'][0] for f in key['expected'])
nc = collections.Counter(f['rules'][0] for f in key['notes'])
if len(key['expected']) != 30: E(f"{len(key['expected'])} findings, want 30")
if len(key['notes']) != 8: E(f"{len(key['notes'])} notes, want 8")
if len(key['traps']) < 120: E(f"only {len(key['traps'])} traps")
# cross-document vs within-document numeric conflicts
within = [f['id'] for f in key['expected'] if f['rules'][0] == 'numeric-conflict' and len({a for a, _ in f['at']}) == 1]
across = [f['id'] for f in key['expected'] if f['rules'][0] == 'numeric-conflict' and len({a for a, _ in f['at']}) > 1]

# checks (planted differences and trap arithmetic)
nchk = 0
for d in docs:
    for l in d['lines']:
        if l['check']:
            nchk += 1
            try:
                ok = eval(l['check'], {'wd': wd, 'abs': abs})
            except Exception as e:
                ok = False; E(f"{d['path']}:{l['n']} check error {e}")
            if not ok: E(f"{d['path']}:{l['n']} check failed: {l['check']}")
# every numeric/date finding has at least one check on one of its lines
for f in key['expected']:
    if f['rules'][0] in ('numeric-conflict', 'numeric-arithmetic', 'date-inconsistency'):
        if not any(lines_by[(a, b)][1]['check'] for a, b in f['at']): E(f"{f['id']} has no value check")
# every weekday+date mention in the whole set is right unless it is on a date finding line
MON = {m: i for i, m in enumerate(['January','February','March','April','May','June','July','August','September','October','November','December'], 1)}
DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
SHORT = {'Mon':'Monday','Tue':'Tuesday','Wed':'Wednesday','Thu':'Thursday','Fri':'Friday','Sat':'Saturday','Sun':'Sunday'}
date_rx = re.compile(r'\b(' + DAYS + r'|Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (?:(\d{1,2}) (' + '|'.join(MON) + r')|(' + '|'.join(MON) + r') (\d{1,2}))(?:,? (20\d\d))?')
nd = 0
for d in docs:
    for l in d['lines']:
        for m in date_rx.finditer(l['text']):
            day = SHORT.get(m.group(1), m.group(1))
            dd = int(m.group(2) or m.group(5)); mon = MON[m.group(3) or m.group(4)]
            yr = int(m.group(6)) if m.group(6) else (2027 if 'January 2027' in l['text'] else 2026)
            real = wd(f'{yr}-{mon:02d}-{dd:02d}'); nd += 1
            dfind = any(FINDINGS.get(i, ([''],))[0][0] == 'date-inconsistency' for i in ids(l['tag']))
            if real != day and not dfind: E(f"{d['path']}:{l['n']} wrong weekday {m.group(0)} (is {real})")
            if real != day and dfind: pass
# quote findings: the two renderings differ in words but overlap heavily
qrx = re.compile(r'"([^"]+)"')
for f in key['expected']:
    txt = [lines_by[(a, b)][1]['text'] for a, b in f['at']]
    if f['rules'][0] == 'quote-conflict':
        qs = [max(qrx.findall(t), key=len) for t in txt]
        norm = [re.sub(r'[^a-z ]', '', q.lower()).split() for q in qs]
        if len(set(map(tuple, norm))) < 2: E(f"{f['id']} quotes identical")
        a, b = set(norm[0]), set(norm[1])
        if len(a & b) / len(a | b) < 0.6: E(f"{f['id']} quotes too different to be one quote")
    if f['rules'][0] == 'unattributed-quote':
        (a, b), = f['at']; d = lines_by[(a, b)][0]
        near = [qrx.sub('', l['text']) for l in d['lines'] if abs(l['n'] - b) <= 1]
        if any(re.search(r'\b(said|says|told|added|insisted|asked|conceded)\b', t) for t in near): E(f"{f['id']} speaker verb nearby")
        if not qrx.search(near[1] if len(near) == 3 else near[0]): pass
    if f['rules'][0] == 'footnote-no-notes':
        d = lines_by[tuple(f['at'][0])][0]
        if any(re.match(r'\s*(notes|references|sources)\b', l['text'], re.I) for l in d['lines']): E('no-notes doc has a notes section')
        if not all(re.search(r'\^\d', t) for t in txt): E('no-notes lines lack ^n markers')
    if f['rules'][0] == 'footnote-gap':
        d = lines_by[tuple(f['at'][0])][0]
        body = '\n'.join(l['text'] for l in d['lines'] if not re.match(r'\[\d+\] ', l['text']))
        marks = [int(x) for x in re.findall(r'\[(\d+)\]', body)]
        notes_ = [int(x) for x in re.findall(r'^\[(\d+)\] ', doc_text(d), re.M)]
        gaps = [i for i in range(1, max(marks) + 1) if i not in marks]
        if marks != sorted(marks) or gaps != [4] or notes_ != [1, 2, 3, 5, 6, 7, 8]: E(f'footnote gap wrong {marks} {notes_}')
    if f['rules'][0] == 'source-placeholder' and 'Source link' not in txt[0]: E('placeholder missing')
# footnote markers elsewhere: only the appeal and field report carry markers
for d in docs:
    if re.search(r'\[\d+\]|\^\d', doc_text(d)) and not d['path'].endswith(('fallowmead_appeal.txt', 'hearthbridge_field.txt')):
        E(f"stray footnote marker in {d['path']}")
# notes sanity
NRX = {'anonymous-source': r'not to be named|anonymity', 'vague-source': r'^(\*\*\d\d:\d\d\*\* )?(Analysts|Critics|Experts) say',
       'quote-altered': r'"[^"]*(\[[a-z ]+\]|\.\.\.)[^"]*"'}
for f in key['notes']:
    for a, b in f['at']:
        if not re.search(NRX[f['rules'][0]], lines_by[(a, b)][1]['text']): E(f"{f['id']} line does not show {f['rules'][0]}")
# no unplanted vague/anonymous phrasing or altered quotes on trap lines
for d in docs:
    for l in d['lines']:
        if l['tag'] in ('T', 'T!'):
            t = l['text']
            if re.search(r'\b(critics|experts|analysts|observers|sources?|insiders?) (say|said|believe)|not to be named|anonymity|close to', t, re.I):
                E(f"{d['path']}:{l['n']} trap line has unplanted source phrasing")
            for q in qrx.findall(t):
                if '[' in q or '...' in q: E(f"{d['path']}:{l['n']} trap line has altered quote")
            # a direct quote on a trap line needs a speaker in the line or the previous line
            if qrx.search(t) and len(max(qrx.findall(t), key=len).split()) > 3:
                prev = d['lines'][l['n'] - 2]['text'] if l['n'] > 1 else ''
                if not re.search(r'\b(said|says|told|added|concedes|he said|she said|insisted)\b', t + ' ' + prev):
                    E(f"{d['path']}:{l['n']} trap quote without speaker")

print(f"documents: {len(docs)}; words: " + ', '.join(f"{os.path.basename(d['path'])}={words(d)}" for d in docs))
print(f"findings: {len(key['expected'])} " + ', '.join(f'{r}={n}' for r, n in sorted(rc.items())))
print(f"numeric-conflict across documents: {len(across)} {across}; within one document: {len(within)} {within}")
print(f"notes: {len(key['notes'])} " + ', '.join(f'{r}={n}' for r, n in sorted(nc.items())))
print(f"traps: {len(key['traps'])}, must_not: {len(key['must_not'])}; checks evaluated: {nchk}; weekday mentions checked: {nd}")
nonempty = sum(1 for d in docs for l in d['lines'] if l['text'].strip())
tagged = len(key['traps']) + len({(a, b) for f in key['expected'] + key['notes'] for a, b in f['at']})
print(f"non-empty lines: {nonempty}; finding/note/trap lines: {tagged}")
if nonempty != tagged: E('line classification does not cover every non-empty line exactly once')
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print('OK' if not errs else f'{len(errs)} ERRORS')
raise SystemExit(1 if errs else 0)
