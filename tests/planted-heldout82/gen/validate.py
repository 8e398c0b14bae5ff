#!/usr/bin/env python3
"""Validate heldout82: coverage of every non-empty line, key/doc agreement, word counts,
planted values, trap arithmetic, weekdays (datetime) and footnote structure. Standard library only."""
import datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES, TRAP_ARITH

errors = []
def err(msg): errors.append(msg)

key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
base2path = {os.path.basename(p): p for p in DOCS}
if len(base2path) != len(DOCS): err('duplicate base names')

# files on disk equal the spec
files = {}
for path, lines in DOCS.items():
    p = os.path.join(ROOT, 'docs', path)
    if not os.path.exists(p): err(f'missing {p}'); continue
    text = open(p, encoding='utf-8').read()
    files[os.path.basename(path)] = text.split('\n')[:-1]
    if text != '\n'.join(t for t, _ in lines) + '\n': err(f'{path} differs from spec (rebuild)')
    wc = len(text.split())
    if not 280 <= wc <= 370: err(f'{path}: {wc} words, want 280-370')
    if not path.endswith(('.txt', '.md')): err(f'{path}: extension')
    for n, (t, tag) in enumerate(lines, 1):
        if (t.strip() == '') != (tag is None): err(f'{path}:{n} blank/tag mismatch')
clusters = {}
for path in DOCS:
    clusters.setdefault(path.split('/')[0], []).append(path)
if len(DOCS) != 12 or len(clusters) != 4 or any(len(v) != 3 for v in clusters.values()):
    err('want 3 clusters of 3 + 3 standalone')

# counts per rule
want = {'numeric-conflict': 14, 'numeric-arithmetic': 3, 'date-inconsistency': 4, 'quote-conflict': 3,
        'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-undefined': 1, 'footnote-no-notes': 1}
got = {}
for f in key['expected']:
    got[f['rules'][0]] = got.get(f['rules'][0], 0) + 1
if got != want: err(f'rule counts {got} != {want}')
if len(key['expected']) != 30: err('want 30 expected')
if not 6 <= len(key['notes']) <= 8: err('want 6-8 notes')
for f in key['expected'] + key['notes']:
    if not f['at']: err(f"{f['id']} has no lines")

# every non-empty line in exactly one of expected / notes / traps
cover = {}
def mark(fn, ln, what):
    if fn not in files: err(f'{what}: unknown file {fn}'); return
    if not 1 <= ln <= len(files[fn]) or not files[fn][ln - 1].strip():
        err(f'{what}: {fn}:{ln} is not a non-empty line'); return
    cover.setdefault((fn, ln), set()).add(what)
for f in key['expected']:
    for fn, ln in f['at']: mark(fn, ln, 'expected')
for f in key['notes']:
    for fn, ln in f['at']: mark(fn, ln, 'notes')
seen_trap = set()
for t in key['traps']:
    if (t['file'], t['line']) in seen_trap: err(f"duplicate trap {t['file']}:{t['line']}")
    seen_trap.add((t['file'], t['line']))
    mark(t['file'], t['line'], 'traps')
trapset = {(t['file'], t['line']) for t in key['traps']}
for m in key['must_not']:
    if (m[0], m[1]) not in trapset: err(f'must_not {m} is not a trap')
if len(key['must_not']) < 0.9 * len(key['traps']): err('must_not should hold nearly all traps')
for fn, lines in files.items():
    for n, t in enumerate(lines, 1):
        if t.strip() and len(cover.get((fn, n), ())) != 1:
            err(f'{fn}:{n} covered by {sorted(cover.get((fn, n), ()))}')

def lines_of(fid):
    f = next(x for x in key['expected'] + key['notes'] if x['id'] == fid)
    return [(fn, files[fn][ln - 1]) for fn, ln in f['at']]

def disjoint(a, b): return a[1] < b[0] or b[1] < a[0]

for fid, spec in FINDINGS.items():
    ls = lines_of(fid)
    text = ' '.join(t for _, t in ls)
    r = spec['rules'][0]
    if r == 'numeric-conflict':
        for s, lo, hi in spec['true'] + spec['wrong']:
            if s not in text: err(f'{fid}: snippet {s!r} not on its lines')
        for s, lo, hi in spec['wrong']:
            for s2, lo2, hi2 in spec['true']:
                if not disjoint((lo, hi), (lo2, hi2)): err(f'{fid}: {s!r} overlaps {s2!r}')
        for i, a in enumerate(spec['true']):
            for b in spec['true'][i + 1:]:
                if disjoint(a[1:], b[1:]): err(f'{fid}: true values disagree {a} {b}')
        # every line holds one of the snippets
        for fn, t in ls:
            if not any(s in t for s, _, _ in spec['true'] + spec['wrong']): err(f'{fid}: {fn} line without the fact')
        if len({fn for fn, _ in ls}) == 1 and 'within' not in spec['what']: err(f'{fid}: one file but not marked within')
    elif r == 'numeric-arithmetic':
        s, lo, hi = spec['claim']
        if s not in text: err(f'{fid}: claim {s!r} missing')
        if lo <= spec['actual'] <= hi: err(f'{fid}: claim is actually right ({spec["actual"]})')
    elif r == 'date-inconsistency':
        if 'weekday' in spec:
            d, wd = spec['weekday']
            real = datetime.date.fromisoformat(d).strftime('%A')
            if real == wd: err(f'{fid}: weekday is right')
            if wd not in text: err(f'{fid}: weekday not on line')
        if 'anniv' in spec:
            y0, y, n = spec['anniv']
            if y - y0 == n: err(f'{fid}: anniversary is right')
            if str(y0) not in text or f'{n}th' not in text: err(f'{fid}: anniversary text missing')
        if 'times' in spec:
            vals = {v for _, v in spec['times']}
            if len(vals) < 2: err(f'{fid}: times agree')
            for s, _ in spec['times']:
                if s not in text: err(f'{fid}: time {s!r} missing')
    elif r == 'quote-conflict':
        a, b = spec['quotes']
        fa = [fn for fn, t in ls if a in t]; fb = [fn for fn, t in ls if b in t]
        if not fa or not fb or set(fa) & set(fb): err(f'{fid}: quote versions not in two different files')
        if a == b: err(f'{fid}: quotes equal')
    elif r == 'unattributed-quote':
        for fn, t in ls:
            if not re.search('["“‘\']', t): err(f'{fid}: no quote')
            if re.search(r'\b(said|says|told|according)\b', t): err(f'{fid}: has attribution')

# trap arithmetic
for fn, snip, val, lo, hi in TRAP_ARITH:
    if snip not in open(os.path.join(ROOT, 'docs', fn), encoding='utf-8').read(): err(f'trap snippet {snip!r} not in {fn}')
    if not lo - 1e-9 <= val <= hi + 1e-9: err(f'trap arithmetic wrong: {fn} {snip!r} = {val}')

# weekdays: every "Weekday D Month" in 2026 must be right unless planted
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
planted_wd = {(fn, ln) for f in key['expected'] if f['id'] in ('D3', 'D4') for fn, ln in f['at']}
pat = re.compile(r'\b(%s),? (\d{1,2}) (%s)' % ('|'.join(DAYS), '|'.join(MONTHS)))
nwd = 0
for fn, lines in files.items():
    for n, t in enumerate(lines, 1):
        for m in pat.finditer(t):
            nwd += 1
            real = datetime.date(2026, MONTHS.index(m.group(3)) + 1, int(m.group(2))).strftime('%A')
            bad = real != m.group(1)
            if bad != ((fn, n) in planted_wd): err(f'weekday {m.group(0)} at {fn}:{n}: real {real}')
if nwd < 8: err('too few weekday-dates')

# footnotes
def markers(lines, style):
    out = []
    for n, t in enumerate(lines, 1):
        if style == 'md':
            if re.match(r'\[\^\d+\]:', t): continue
            out += [(int(x), n) for x in re.findall(r'\[\^(\d+)\]', t)]
        else:
            if re.match(r'\[\d+\] ', t): continue
            out += [(int(x), n) for x in re.findall(r'(?<=\S)\[(\d+)\]', t)]
    return out
def notes(lines, style):
    r = r'\[\^(\d+)\]:' if style == 'md' else r'\[(\d+)\] '
    return [(int(m.group(1)), n) for n, t in enumerate(lines, 1) for m in [re.match(r, t)] if m]
s = files['port_inspectorate_report.txt']
mk, nt = markers(s, 'txt'), notes(s, 'txt')
if [m for m, _ in mk] != [1, 2, 3, 5, 6] or [x for x, _ in nt] != [1, 2, 3, 5, 6, 7]: err(f'port report footnotes {mk} {nt}')
s = files['surveyors_survey.md']
mk, nt = markers(s, 'md'), notes(s, 'md')
if [m for m, _ in mk] != [1, 2, 3] or [x for x, _ in nt] != [1, 2]: err(f'survey footnotes {mk} {nt}')
s = files['farrant_briefing.md']
mk = markers(s, 'txt')
if [m for m, _ in mk] != [1, 2, 3] or any(re.match(r'#+\s*(notes|references|sources)', t, re.I) for t in s):
    err('briefing should have markers 1-3 and no notes')
fn3 = {ln for _, ln in [tuple(a) for a in next(f for f in key['expected'] if f['id'] == 'FN3')['at']]}
if fn3 != {ln for _, ln in mk}: err('FN3 lines should be the marker lines')
for fn, lines in files.items():
    if fn not in ('port_inspectorate_report.txt', 'surveyors_survey.md', 'farrant_briefing.md'):
        if markers(lines, 'txt') or markers(lines, 'md'): err(f'stray footnote marker in {fn}')

# README
rd = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
if not rd.startswith('# heldout82 — blind planted set for factlint'): err('README title')

if errors:
    print('\n'.join('FAIL: ' + e for e in errors)); sys.exit(1)
print(f'ok: {len(DOCS)} docs, {len(key["expected"])} findings, {len(key["notes"])} notes, '
      f'{len(key["traps"])} traps ({len(key["must_not"])} must_not), {nwd} weekday-dates checked')
