#!/usr/bin/env python3
"""Validate heldout79: coverage, line numbers, word counts, planted values, trap arithmetic,
weekdays and footnote structure. Exit 1 on any problem."""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs_spec import DOCS, FINDINGS, NOTES, TRAP_CHECKS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(ROOT, 'key.json'), encoding='utf-8'))
bybase = {os.path.basename(r): r for r in DOCS}
if len(bybase) != len(DOCS): err('duplicate base names')

# --- files on disk match the spec; every non-empty line in exactly one category
files = {}
for rel, lines in DOCS.items():
    text = open(os.path.join(ROOT, 'docs', rel), encoding='utf-8').read()
    flines = text.split('\n')[:-1]
    files[rel] = flines
    if flines != [t for _, t in lines]: err(f'{rel}: file differs from spec')
    for i, (tag, t) in enumerate(lines, 1):
        if bool(t.strip()) != bool(tag): err(f'{rel}:{i}: tag/blank mismatch')
        if tag and not (tag in FINDINGS or tag in NOTES or tag.startswith('T:') or tag.startswith('T?:')):
            err(f'{rel}:{i}: unknown tag {tag}')
    n = len(' '.join(flines).split())
    if not 280 <= n <= 370: err(f'{rel}: {n} words')
    if len(DOCS) != 12: err('need 12 docs')

cat = {}
for sect in ('expected', 'notes'):
    for e in key[sect]:
        if not e['at']: err(f"{e['id']}: no lines")
        for b, ln in e['at']:
            rel = bybase.get(b)
            if not rel or not 1 <= ln <= len(files[rel]) or not files[rel][ln - 1].strip():
                err(f"{e['id']}: bad location {b}:{ln}"); continue
            cat.setdefault((b, ln), set()).add(sect)
for t in key['traps']:
    cat.setdefault((t['file'], t['line']), set()).add('traps')
for rel, fl in files.items():
    b = os.path.basename(rel)
    for i, t in enumerate(fl, 1):
        if t.strip() and len(cat.get((b, i), ())) != 1:
            err(f'{b}:{i}: in categories {cat.get((b, i))}')

# --- counts per rule
want = {'numeric-conflict': 14, 'numeric-arithmetic': 3, 'date-inconsistency': 4, 'quote-conflict': 3,
        'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-undefined': 1, 'footnote-no-notes': 1}
got = {}
for e in key['expected']:
    got[e['rules'][0]] = got.get(e['rules'][0], 0) + 1
if got != want: err(f'rule counts {got}')
if len(key['expected']) != 30: err('need 30 findings')
if not 6 <= len(key['notes']) <= 8: err('need 6-8 notes')
within = 0
SAME_LINE = {'F7'}  # conflict inside one sentence: 216 square metres vs (roughly 700 sq ft)
for e in key['expected']:
    if e['rules'] == ['numeric-conflict']:
        if len(e['at']) < 2 and e['id'] not in SAME_LINE: err(f"{e['id']}: fewer than two lines")
        fs = [a for a, _ in e['at']]
        if e['id'] in SAME_LINE or any(fs.count(f) >= 2 for f in set(fs)):
            within += 1
# F4/F7 are also within one sentence
if within < 3: err(f'only {within} within-document conflicts')

def line(fid, i=None):
    return [files[bybase[a]][l - 1] for a, l in next(e for e in key['expected'] if e['id'] == fid)['at']]

# --- planted values really differ / are really wrong
for fid, f in FINDINGS.items():
    c = f['check']
    if c is None:
        for t in line(fid):
            body = re.sub(r'^\*\*\d\d:\d\d\*\* \u2014 ', '', t).strip()
            if not (body.startswith('\u201c') and body.endswith('\u201d')): err(f'{fid}: not a bare quote: {t}')
        continue
    k = c[0]
    if k == 'differ':
        if abs(c[1] - c[2]) < 1e-9: err(f'{fid}: values equal')
    elif k == 'share':
        pct = 100 * c[1] / c[2]
        if abs(pct - c[3]) < 3: err(f'{fid}: share {pct:.1f} close to stated {c[3]}')
    elif k == 'change':
        pct = 100 * (c[2] - c[1]) / c[1]
        if abs(pct - c[3]) < 3: err(f'{fid}: change {pct:.1f} close to stated {c[3]}')
    elif k == 'times':
        if c[1] == c[2]: err(f'{fid}: same time')
    elif k == 'anniv':
        if c[1] + c[2] == c[3]: err(f'{fid}: anniversary is right')
    elif k == 'weekday':
        d = datetime.date(c[2], c[3], c[4])
        if d.strftime('%A') == c[1]: err(f'{fid}: weekday is right')
    elif k == 'quote':
        ls = line(fid)
        if not any(c[1] in t for t in ls) or not any(c[2] in t for t in ls): err(f'{fid}: quote variants not found')
        if len({a for a, _ in next(e for e in key['expected'] if e['id'] == fid)['at']}) < 2: err(f'{fid}: one outlet only')
    elif k == 'fn':
        pass  # structural check below
    # the stated numbers appear in the cited lines
    if k in ('share', 'change'):
        blob = ' '.join(line(fid)).replace(',', '')
        for v in (c[1:] if k == 'change' else c[1:3]):
            if str(v) not in blob: err(f'{fid}: {v} not in its lines')

# --- trap arithmetic holds
for rel, k, a in TRAP_CHECKS:
    if k == 'change':
        pct = 100 * (a[1] - a[0]) / a[0]
        if round(pct) != a[2]: err(f'trap {rel}: change {pct:.2f} vs {a[2]}')
    elif k == 'share':
        pct = 100 * a[0] / a[1]
        if round(pct) != a[2]: err(f'trap {rel}: share {pct:.2f} vs {a[2]}')
    elif k == 'sum':
        if sum(a[0]) != a[1]: err(f'trap {rel}: sum {sum(a[0])} vs {a[1]}')
    elif k == 'rate':
        r = a[0] / a[1] * 100000
        if round(r) != a[2]: err(f'trap {rel}: rate {r:.1f} vs {a[2]}')
    elif k == 'minutes':
        t0, t1 = (datetime.datetime.strptime(x, '%H:%M') for x in a[:2])
        if (t1 - t0).seconds // 60 != a[2]: err(f'trap {rel}: minutes')
    elif k == 'conv':
        if abs(a[0] - a[1]) > a[2]: err(f'trap {rel}: conversion {a[0]:.3f} vs {a[1]}')

# --- weekdays: every "Weekday [,] D Month [YYYY]" or "Weekday, Month D, YYYY" is right unless planted
WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
MO = 'January|February|March|April|May|June|July|August|September|October|November|December'
pat1 = re.compile(rf'\b({WD}),? (\d{{1,2}}) ({MO})(?: (\d{{4}}))?')
pat2 = re.compile(rf'\b({WD}),? ({MO}) (\d{{1,2}})(?:, (\d{{4}}))?')
planted_wd = {(a, l) for e in key['expected'] if e['id'].startswith('D') and FINDINGS[e['id']]['check'][0] == 'weekday' for a, l in e['at']}
nwd = 0
for rel, fl in files.items():
    b = os.path.basename(rel)
    for i, t in enumerate(fl, 1):
        for m in list(pat1.finditer(t)) + list(pat2.finditer(t)):
            g = m.groups()
            wd, day, mon, yr = (g[0], g[1], g[2], g[3]) if g[1].isdigit() else (g[0], g[2], g[1], g[3])
            d = datetime.date(int(yr or 2026), MO.split('|').index(mon) + 1, int(day))
            ok = d.strftime('%A') == wd
            nwd += 1
            if ok == ((b, i) in planted_wd): err(f'{b}:{i}: weekday {m.group(0)} ok={ok}')
if nwd < 8: err(f'only {nwd} weekday mentions')

# --- footnotes
q = files['standalone/quarry_safety_report.txt']
ni = q.index('Notes')
body_markers = [int(x) for t in q[:ni] for x in re.findall(r'\[(\d+)\]', t)]
note_ids = [int(m.group(1)) for t in q[ni + 1:] for m in [re.match(r'\[(\d+)\] ', t)] if m]
if body_markers != [1, 2, 3, 5, 7]: err(f'quarry markers {body_markers}')
if note_ids != [1, 2, 3, 5, 6]: err(f'quarry notes {note_ids}')
if 4 in body_markers or 4 in note_ids: err('4 should be missing')
if 7 in note_ids: err('7 should be undefined')
if 6 in body_markers: err('6 should be unused')
sw = files['ammonia/ammonia_safetyweekly.md']
mk = [x for t in sw for x in re.findall(r'\[\^(\d+)\](?!:)', t)]
if mk != ['1', '2'] or any(re.match(r'\s*\[\^\d+\]:', t) for t in sw) or any(t.strip().lower() in ('notes', '## notes', 'footnotes', '## footnotes') for t in sw):
    err('safetyweekly footnote structure')
for rel, fl in files.items():
    if rel.endswith(('quarry_safety_report.txt', 'ammonia_safetyweekly.md')): continue
    if any(re.search(r'\[\^?\d{1,3}\]', t) for t in fl): err(f'{rel}: stray footnote marker')

# --- must_not are traps
ts = {(t['file'], t['line']) for t in key['traps']}
if any((a, b) not in ts for a, b, _ in key['must_not']): err('must_not not a trap')

if errors:
    print('\n'.join(errors)); print(f'FAIL: {len(errors)} problems'); sys.exit(1)
print(f'OK: {len(DOCS)} docs, {len(key["expected"])} findings, {len(key["notes"])} notes, '
      f'{len(key["traps"])} traps ({len(key["must_not"])} must_not), {nwd} weekday mentions checked')
