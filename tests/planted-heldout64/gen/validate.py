#!/usr/bin/env python3
"""Validate heldout64: every-line rule, line numbers, word counts, planted values really
differ / really wrong, trap arithmetic really holds, weekdays, footnote structure."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

errors, info = [], []
def err(m): errors.append(m)

key = json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8'))
files = {}
for d in DOCS:
    path = os.path.join(OUT, 'docs', d['dir'], d['file'])
    with open(path, encoding='utf-8') as f:
        files[d['file']] = f.read().split('\n')[:-1]

# ---- basenames unique, files on disk == spec
names = [d['file'] for d in DOCS]
if len(set(names)) != len(names): err('duplicate basenames')
on_disk = sorted(os.path.basename(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(OUT, 'docs')) for f in fs)
if on_disk != sorted(names): err(f'files on disk differ from spec: {on_disk}')
if len(DOCS) != 12: err('want 12 documents')

# ---- word counts
for d in DOCS:
    n = len(' '.join(files[d['file']]).split())
    info.append(f"{d['file']}: {n} words, {sum(1 for l in files[d['file']] if l.strip())} non-empty lines")
    if not 280 <= n <= 380: err(f"{d['file']}: {n} words, outside 280-380")

# ---- every non-empty line exactly once in the key; key lines match spec text
claimed = {}
def claim(f, l, who):
    if (f, l) in claimed: err(f'{f}:{l} claimed by {claimed[(f, l)]} and {who}')
    claimed[(f, l)] = who
for e in key['expected']:
    for f, l in e['at']: claim(f, l, e['id'])
for e in key['notes']:
    for f, l in e['at']: claim(f, l, e['id'])
for t in key['traps']:
    claim(t['file'], t['line'], 'trap')
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        if l.strip() and (f, i) not in claimed: err(f'{f}:{i} non-empty line not in key: {l[:60]}')
        if not l.strip() and (f, i) in claimed: err(f'{f}:{i} blank line claimed by {claimed[(f, i)]}')
spec_tag = {}
for d in DOCS:
    for i, ln in enumerate(d['lines'], 1):
        if ln == '': continue
        spec_tag[(d['file'], i)] = ln[0]
        if files[d['file']][i - 1] != ln[1]: err(f"{d['file']}:{i} text differs from spec")
for (f, l), who in claimed.items():
    t = spec_tag.get((f, l))
    if who == 'trap' and t not in ('T', 'M'): err(f'{f}:{l} trap in key but tag {t}')
    if who != 'trap' and t != who: err(f'{f}:{l} key says {who}, spec says {t}')
mn = [(t['file'], t['line']) for t in key['must_not']]
tr = {(t['file'], t['line']) for t in key['traps']}
if not set(mn) <= tr: err('must_not is not a subset of traps')
for e in key['expected'] + key['notes']:
    if not e['at']: err(f"{e['id']} has no lines")

# ---- numbers
def num(tok, line, where):
    """tok is a string that must occur in line, or (text, value)."""
    if isinstance(tok, (int, float)): return float(tok)
    if isinstance(tok, tuple):
        text, val = tok
        if text not in line: err(f'{where}: "{text}" not in line')
        return float(val)
    if tok not in line: err(f'{where}: "{tok}" not in line')
    return float(re.sub(r'[^0-9.\-]', '', tok))

def check_arith(c, line, where):
    k = c[0]
    if k == 'sub':
        a, b, dlt = (num(x, line, where) for x in c[1:4]); return abs(a - b - dlt) < 1e-6, f'{a}-{b}={a-b} vs {dlt}'
    if k == 'sum':
        parts = [num(x, line, where) for x in c[1]]; tot = num(c[2], line, where)
        return abs(sum(parts) - tot) < 1e-6, f'sum {sum(parts)} vs {tot}'
    if k == 'pct':
        p, w, s = (num(x, line, where) for x in c[1:4]); v = p / w * 100
        return abs(v - s) <= c[4], f'{p}/{w}={v:.2f}% vs {s}'
    if k == 'chg':
        n, o, s = (num(x, line, where) for x in c[1:4]); v = (n - o) / o * 100
        return abs(v - s) <= c[4], f'({n}-{o})/{o}={v:.2f}% vs {s}'
    if k == 'div':
        a, b, q = (num(x, line, where) for x in c[1:4]); v = a / b
        return abs(v - q) <= c[4], f'{a}/{b}={v:.3f} vs {q}'
    if k == 'mul':
        a = num(c[1], line, where); kk = float(c[2]); b = num(c[3], line, where); v = a * kk
        return abs(v - b) <= c[4], f'{a}*{kk}={v:.3f} vs {b}'
    if k == 'years':
        a = num(c[1], line, where); b = num(c[2], line, where); n = c[3]
        return b - a == n, f'{b}-{a} vs {n}'
    if k == 'nth':
        a = num(c[1], line, where); b = num(c[2], line, where); n = c[3]
        return b - a + 1 == n, f'{b}-{a}+1 vs {n}'
    if k == 'ratio_gt':
        a, b, r = (num(x, line, where) for x in c[1:4]); return a / b > r, f'{a}/{b}={a/b:.3f} vs > {r:.3f}'
    if k == 'chg_gt':
        n, o, s = (num(x, line, where) for x in c[1:4]); v = (n - o) / o * 100
        return v > s, f'({n}-{o})/{o}={v:.2f}% vs > {s}'
    if k == 'days':
        a = datetime.date.fromisoformat(c[1]); b = datetime.date.fromisoformat(c[2])
        return (b - a).days == c[3], f'{(b-a).days} days vs {c[3]}'
    raise ValueError(k)

n_checked = 0
for d in DOCS:
    for i, ln in enumerate(d['lines'], 1):
        if ln == '' or ln[0] not in ('T', 'M'): continue
        for c in ln[3:]:
            ok, msg = check_arith(c, ln[1], f"{d['file']}:{i}")
            n_checked += 1
            if not ok: err(f"{d['file']}:{i} trap arithmetic fails: {msg}")
info.append(f'trap arithmetic checks passed: {n_checked - sum(1 for e in errors if "trap arithmetic" in e)}/{n_checked}')

# ---- weekdays (all lines); wrong ones only where planted
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MO = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
rx = re.compile(r'\b(%s),?\s+(?:(\d{1,2})\s+(%s)|(%s)\s+(\d{1,2}))(?:,?\s+(\d{4}))?' % ('|'.join(WD), '|'.join(MO), '|'.join(MO)))
planted_wd = {FINDINGS[k]['check'][1] for k in FINDINGS if FINDINGS[k]['check'][0] == 'wd_bad'}
n_wd = 0
for f, lines in files.items():
    for i, l in enumerate(lines, 1):
        for m in rx.finditer(l):
            day = int(m.group(2) or m.group(5)); mon = MO.index(m.group(3) or m.group(4)) + 1
            y = int(m.group(6) or 2026); dt = datetime.date(y, mon, day)
            n_wd += 1
            if dt.strftime('%A') != m.group(1):
                tag = spec_tag.get((f, i))
                if not (tag in FINDINGS and FINDINGS[tag]['check'][0] == 'wd_bad' and dt.isoformat() in planted_wd):
                    err(f'{f}:{i} unplanted weekday error {m.group(0)}')
info.append(f'weekday+date mentions checked: {n_wd}')

# ---- findings
def lines_of(fid):
    return [(f, l, files[f][l - 1]) for f, l in next(e['at'] for e in key['expected'] if e['id'] == fid)]
SPEECH = re.compile(r'\b(said|says|say|told|tells|tell us|adds|added|according to|wrote|writes)\b', re.I)
for fid, spec in FINDINGS.items():
    c = spec['check']; ls = lines_of(fid)
    if c[0] == 'differ':
        vals = []
        for f, tok in c[1]:
            cand = [t for (ff, _, t) in ls if ff == f and (tok[0] if isinstance(tok, tuple) else tok) in t]
            if not cand: err(f'{fid}: value {tok} not on a {fid} line of {f}'); continue
            vals.append(num(tok, cand[0], fid))
        if len(vals) >= 2:
            lo, hi = min(vals), max(vals)
            if not (hi - lo) / hi > c[2]: err(f'{fid}: values {vals} do not differ beyond {c[2]}')
            else: info.append(f'{fid}: values {sorted(set(vals))} differ ({(hi-lo)/hi:.1%})')
    elif c[0] == 'arith_bad':
        ok, msg = check_arith(c[1], ls[0][2], fid)
        if ok: err(f'{fid}: planted arithmetic is actually right: {msg}')
        else: info.append(f'{fid}: wrong as planted: {msg}')
    elif c[0] == 'wd_bad':
        real = datetime.date.fromisoformat(c[1]).strftime('%A')
        dt = datetime.date.fromisoformat(c[1])
        if real == c[2] or f'{c[2]} {dt.day} {MO[dt.month-1]}' not in ls[0][2]: err(f'{fid}: weekday plant wrong')
        else: info.append(f'{fid}: {c[1]} is {real}, text says {c[2]}')
    elif c[0] == 'years_bad':
        if c[2] - c[1] == c[3] or str(c[1]) not in ls[0][2] or f'{c[3]} years' not in ls[0][2]: err(f'{fid}: years plant wrong')
        else: info.append(f'{fid}: {c[2]}-{c[1]} = {c[2]-c[1]}, text says {c[3]}')
    elif c[0] == 'quote_differ':
        qs = []
        for f, sub in c[1]:
            t = [t for (ff, _, t) in ls if ff == f and sub in t]
            if not t: err(f'{fid}: {sub} not on a line of {f}'); continue
            q = re.findall(r'“([^”]*)”', t[0]); qs.append(max(q, key=len) if q else '')
        norm = lambda s: re.sub(r'[^a-z ]', '', s.lower().replace('31', 'thirty-one').replace('-', ' ')).split()
        if len({tuple(norm(q)) for q in qs}) < 2: err(f'{fid}: quotes do not differ')
        else: info.append(f'{fid}: quotes differ in words')
    elif c[0] == 'unattr':
        for f, l, t in ls:
            lines = files[f]
            near = [lines[j] for j in (l - 2, l - 1, l) if 0 <= j < len(lines)]
            if '“' not in t: err(f'{fid}: no quote on line')
            if any(SPEECH.search(x) for x in near): err(f'{fid}: speech verb near {f}:{l}')
            if re.search(r'”\s*[,-]?\s*[A-Z][a-z]+ [A-Z]', t): err(f'{fid}: name after quote')
        info.append(f'{fid}: quote with no speech verb on it or adjacent lines')
    elif c[0] == 'fn_nonotes':
        body = files[c[1]]
        markers = [m for l in body for m in re.findall(r'\[(\d+)\]', l)]
        has_notes = any(re.match(r'^\s*(#+\s*)?(notes|references|sources)\s*$', l, re.I) for l in body)
        if not markers or has_notes: err(f'{fid}: no-notes plant wrong')
        else: info.append(f'{fid}: markers {markers}, no notes section')
    elif c[0] == 'fn_gap':
        body = files[c[1]]
        idx = next(i for i, l in enumerate(body) if re.match(r'^#*\s*Notes\s*$', l))
        markers = [int(m) for l in body[:idx] for m in re.findall(r'\[(\d+)\]', l)]
        notes = [int(m.group(1)) for l in body[idx:] for m in [re.match(r'^\[(\d+)\]', l)] if m]
        if c[2] in markers or c[2] not in notes or markers != sorted(markers): err(f'{fid}: gap plant wrong {markers} {notes}')
        else: info.append(f'{fid}: markers {markers}, notes {notes}: [{c[2]}] never cited')
    elif c[0] == 'placeholder':
        if c[1] not in ls[0][2]: err(f'{fid}: placeholder missing')
    else:
        err(f'{fid}: unknown check')

# ---- footnote structure of the other documents is clean
for f, body in files.items():
    if f in ('jobs_briefing.md', 'fireworks_consultation_response.md'): continue
    markers = [int(m) for l in body for m in re.findall(r'(?<!^)\[(\d+)\]', l)]
    notes = [int(m.group(1)) for l in body for m in [re.match(r'^\[(\d+)\]', l)] if m]
    if markers or notes:
        if sorted(set(markers)) != notes or markers != sorted(markers): err(f'{f}: footnotes not clean {markers} {notes}')
        else: info.append(f'{f}: footnotes clean {markers} -> {notes}')

# ---- live-page timestamps ascend
for f, body in files.items():
    ts = [m.group(1) for l in body for m in [re.match(r'^\*\*(\d\d:\d\d)\*\*', l)] if m]
    if ts:
        if ts != sorted(ts): err(f'{f}: timestamps out of order {ts}')
        else: info.append(f'{f}: {len(ts)} timestamps in order')

# ---- notes lines carry their cue
cues = {'anonymous-source': r'asked not to be named', 'vague-source': r'\b(critics|experts|observers) say\b',
        'quote-altered': r'“[^”]*(\[|\.\.\.|…)[^”]*”'}
for e in key['notes']:
    for f, l in e['at']:
        if not re.search(cues[e['rules'][0]], files[f][l - 1], re.I): err(f"{e['id']}: cue missing")

# ---- counts
from collections import Counter
byrule = Counter(e['rules'][0] for e in key['expected'])
info.append(f"findings: {len(key['expected'])} {dict(byrule)}")
info.append(f"notes: {len(key['notes'])} {dict(Counter(e['rules'][0] for e in key['notes']))}")
info.append(f"traps: {len(key['traps'])}, must_not: {len(key['must_not'])}")
if len(key['expected']) != 30: err('want 30 findings')
if len(key['notes']) != 8: err('want 8 notes')
if len(key['traps']) < 120: err('want 120+ traps')

print('\n'.join(info))
if errors:
    print('\nERRORS:'); print('\n'.join(errors)); sys.exit(1)
print('\nOK: all checks passed')
