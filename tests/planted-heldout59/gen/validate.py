#!/usr/bin/env python3
"""Check docs/ and key.json against docs_spec.py: every-line rule, line numbers, word counts,
planted values really differ, trap arithmetic and weekdays really hold."""
import datetime, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES, TRAP_CHECKS

errors, info = [], []
def err(m): errors.append(m)
def wd(s): return datetime.date.fromisoformat(s).strftime('%A')

key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
files = {}   # basename -> (rel, lines on disk)
for rel in DOCS:
    p = os.path.join(OUT, 'docs', rel)
    files[os.path.basename(rel)] = (rel, open(p, encoding='utf-8').read().split('\n')[:-1])

# basenames unique, 12 docs, 3 clusters + standalone
bases = [os.path.basename(r) for r in DOCS]
if len(set(bases)) != len(bases): err('basenames not unique')
if len(DOCS) != 12: err(f'{len(DOCS)} docs, want 12')
folders = Counter(os.path.dirname(r) for r in DOCS)
if sorted(folders.values()) != [3, 3, 3, 3]: err(f'folders: {folders}')

# every-line rule and word counts
tagged = {}   # (base, line) -> tag
for rel, lines in DOCS.items():
    base = os.path.basename(rel)
    disk = files[base][1]
    if len(disk) != len(lines): err(f'{base}: {len(disk)} lines on disk vs {len(lines)} in spec')
    words = 0
    for i, ln in enumerate(lines, 1):
        if ln == "":
            if disk[i-1].strip(): err(f'{base}:{i} blank in spec but not on disk')
            continue
        if not isinstance(ln, tuple) or len(ln) < 2: err(f'{base}:{i} malformed'); continue
        tag, body = ln[0], ln[1]
        if not body.strip(): err(f'{base}:{i} empty tagged line')
        if disk[i-1] != body: err(f'{base}:{i} disk text differs')
        if tag in ('T', 'M'):
            if len(ln) != 3 or not ln[2]: err(f'{base}:{i} trap without what')
        elif tag not in FINDINGS and tag not in NOTES:
            err(f'{base}:{i} unknown tag {tag}')
        tagged[(base, i)] = tag
        words += len(body.split())
    for i, l in enumerate(disk, 1):
        if l.strip() and (base, i) not in tagged: err(f'{base}:{i} non-empty line without a tag')
    if not 280 <= words <= 380: err(f'{base}: {words} words (want 280-380)')
    info.append(f'{base}: {len(disk)} lines, {words} words')

def line(base, n): return files[base][1][n-1]

# key.json agrees with the spec
exp = {f['id']: f for f in key['expected']}
nts = {n['id']: n for n in key['notes']}
if set(exp) != set(FINDINGS): err('key expected ids differ from spec')
if set(nts) != set(NOTES): err('key notes ids differ from spec')
for fid, f in list(exp.items()) + list(nts.items()):
    want = sorted([b, n] for (b, n), t in tagged.items() if t == fid)
    if sorted(f['at']) != want: err(f'{fid}: at {f["at"]} != tagged lines {want}')
    if not f['at']: err(f'{fid}: no lines')
traps = {(t['file'], t['line']) for t in key['traps']}
if traps != {k for k, t in tagged.items() if t in ('T', 'M')}: err('traps do not match tagged T/M lines')
mn = {(t['file'], t['line']) for t in key['must_not']}
if not mn <= traps: err('must_not is not a subset of traps')
if mn != {k for k, t in tagged.items() if t == 'M'}: err('must_not does not match M lines')
if len(key['traps']) < 120: err(f'only {len(key["traps"])} trap lines')
for t in key['traps']:
    if not line(t['file'], t['line']).strip(): err(f'trap on blank line {t}')

# findings: tokens present, values differ, arithmetic and dates wrong as planted
same_cluster = lambda b1, b2: os.path.dirname(files[b1][0]) == os.path.dirname(files[b2][0])
for fid, f in FINDINGS.items():
    at = exp[fid]['at']
    toks = f.get('tokens', [])
    for b, n in at:
        if toks and not any(t in line(b, n) for t in toks): err(f'{fid}: {b}:{n} has none of {toks}')
    for t in toks:
        if not any(t in line(b, n) for b, n in at): err(f'{fid}: token {t!r} on no line')
    if 'numeric-conflict' in f['rules']:
        a, c = f['vals']
        if abs(a - c) / max(abs(a), abs(c)) < 0.01: err(f'{fid}: values {a} and {c} do not differ beyond rounding')
        # no other line of the same cluster states one of the conflicting tokens
        for (b, n), t in tagged.items():
            if [b, n] in at or not same_cluster(b, at[0][0]): continue
            for tok in toks:
                if tok in line(b, n): err(f'{fid}: token {tok!r} also on {b}:{n} (not in at)')
        if len({b for b, n in at}) == 1: info.append(f'{fid}: within-document conflict ({at[0][0]})')
    if 'check' in f:
        if not eval(f['check']): err(f'{fid}: planted arithmetic is not actually wrong')
    if 'weekday' in f:
        d, claimed, ok = f['weekday']
        if (wd(d) == claimed) != ok: err(f'{fid}: weekday plant wrong')
    if 'anniv' in f:
        y0, y1, nth, ok = f['anniv']
        if ((y1 - y0) == nth) != ok: err(f'{fid}: anniversary plant wrong')
    if 'quote-conflict' in f['rules']:
        if len(toks) != 2 or toks[0] == toks[1]: err(f'{fid}: renderings identical')
    if 'unattributed-quote' in f['rules']:
        b, n = at[0]
        L = files[b][1]
        nb = [x for x in (L[n-3:n-1] + L[n:n+2]) if x.strip()]
        for x in nb:
            if re.search(r'\b(said|says|told|added|vowed|fumed|concedes)\b|"', x):
                err(f'{fid}: neighbour line names a speaker or a quote: {x[:60]}')
F21 = [line(b, n) for b, n in exp['F21']['at']]
for s, d in (('14 August', '2026-08-14'), ('21 August', '2026-08-21')):
    if wd(d) != 'Friday': err('F21 weekday')

# trap checks
for base, sub, expr, what in TRAP_CHECKS:
    hits = [i for i, l in enumerate(files[base][1], 1) if sub in l]
    if len(hits) != 1: err(f'check {base} {sub!r}: {len(hits)} lines match'); continue
    try:
        ok = eval(expr)
    except Exception as e:
        ok = False; err(f'check {base} {sub!r}: {e}')
    if not ok: err(f'check failed: {base}:{hits[0]} {what} ({expr})')

# every weekday + date in the set is right, except the planted F18
MONTHS = {m: i for i, m in enumerate(['January','February','March','April','May','June','July','August',
          'September','October','November','December'], 1)}
DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
pat1 = re.compile(rf'({DAYS}),? (\d{{1,2}}) ({"|".join(MONTHS)})')
pat2 = re.compile(rf'({DAYS}),? ({"|".join(MONTHS)}) (\d{{1,2}})')
nwd = 0
for base, (rel, L) in files.items():
    for i, l in enumerate(L, 1):
        for m in pat1.finditer(l):
            nwd += 1
            d = datetime.date(2026, MONTHS[m.group(3)], int(m.group(2)))
            if (d.strftime('%A') == m.group(1)) != ((base, i) != tuple(exp['F18']['at'][0])):
                err(f'weekday {base}:{i} {m.group(0)}')
        for m in pat2.finditer(l):
            nwd += 1
            d = datetime.date(2026, MONTHS[m.group(2)], int(m.group(3)))
            if (d.strftime('%A') == m.group(1)) != ((base, i) != tuple(exp['F18']['at'][0])):
                err(f'weekday {base}:{i} {m.group(0)}')
info.append(f'{nwd} weekday+date mentions checked')

# counts
rc = Counter(f['rules'][0] for f in key['expected'])
info.append('findings by first rule: ' + ', '.join(f'{k} {v}' for k, v in sorted(rc.items())))
info.append(f"findings {len(key['expected'])}, notes {len(key['notes'])}, traps {len(key['traps'])}, "
            f"must_not {len(key['must_not'])}, trap checks {len(TRAP_CHECKS)}")
if len(key['expected']) != 30: err('want 30 findings')
if len(key['notes']) != 8: err('want 8 notes')
print('\n'.join(info))
if errors:
    print('\nERRORS:'); print('\n'.join(errors)); sys.exit(1)
print('\nOK: all checks passed')
