#!/usr/bin/env python3
"""fallback-experiment.py CLAIMS.json EVALDIR [--within | --labels [--counts] [--drop-participles] [--min-words N]]:
measures a fallback that factlint does NOT have, to
record why: two figures of one unit counting one noun (the item's counted noun, or the noun of a "~" key base),
in two reports of one story folder (or, --within, twice in one document with exactly two values), that disagree
beyond their stated ranges and stand no more than twice apart, at least one of them unkeyed (across) -- compared
with no other evidence that they are one measure. Prints per TRAIN/TEST half how many pairs would hit a missed
planted numeric-conflict finding (HIT-new), one already found (HIT-old), a trap line (TRAP) or neither, then
the pairs. Session 45 measured across 12 new vs 18 traps, within 12 new vs 65 traps, and did not build it.
--labels (session 46) measures another: a label line's figure ("Older people matched with a befriender: 318", the
figure right after the colon) against a figure of another line of its document whose line holds every word of the
label (stemmed crudely, stop words out; --drop-participles leaves the label's -ed/-ing words out, --min-words N the
label words needed, 2 by default; --counts only counts), of one unit, disagreeing, no more than twice apart, the
other line stating no figure equal to the label's (a sentence that restates it: "of its £1.45bn annual budget").
Only TRAIN pairs are printed. Session 46 measured TRAIN 0 new / 1 trap (all units), 1 new / 2 traps
(--drop-participles), 1 new / 0 traps with TEST 1 new / 1 trap (--counts --drop-participles), and did not build it.
Run from the checkout after tests/tools/dump.py and tests/tools/evalall.py."""
import collections, glob, json, os, re, sys

CLAIMS = json.load(open(sys.argv[1]))
EVAL = json.load(open(sys.argv[2] + '/summary.json'))
NEAR = 2.0  # the two figures stand no more than twice apart


def noun(c):
    """The counted noun of a claim: its item's last part, or the noun of a '~' key base."""
    item = c.get('item') or ''
    if item:
        return item.split(':')[-1]
    kb = c['join'].get('key_base') or ''
    return kb.split('|')[-1] if kb.startswith('~') else ''


def span(c):
    """The claim's stated range, open where a bound is missing ('more than 20')."""
    lo = c['low'] if c['low'] is not None else -1e18
    hi = c['high'] if c['high'] is not None else 1e18
    return lo, hi


def sets():
    """Each dev set: name, TRAIN/TEST half, its numeric-conflict lines (line -> [(id, found)]), its trap lines."""
    for setdir in sorted(glob.glob('tests/planted-heldout*')) + ['../shared/dev/planted']:
        name = os.path.basename(setdir)
        key = json.load(open(setdir + '/key.json'))
        d = name.replace('planted-heldout', '')
        n = 1 if name == 'planted-heldout' else (int(d) if d.isdigit() else 0)
        nc = {}
        for f in key['expected']:
            if 'numeric-conflict' in f['rules']:
                for fn, ln in f['at']:
                    nc.setdefault((os.path.basename(fn), ln), []).append((f['id'], f['id'] in EVAL[name]['found']))
        traps = {(t['file'], t['line']) for t in key.get('traps', [])}
        yield name, 'TRAIN' if n % 2 else 'TEST', nc, traps


def candidates(name):
    """The set's numeric claims of an actual modality that count a noun (no dates nor clock times)."""
    for c in CLAIMS[name]:
        if 'line' in c and c.get('type') == 'numeric' and c.get('modality') == 'actual' and \
                c['unit'] not in ('weekday', 'clock', 'date', 'year') and noun(c):
            yield c


def disagree(a, b):
    """Do a and b disagree beyond their ranges while standing no more than NEAR apart?"""
    (al, ah), (bl, bh) = span(a), span(b)
    if a['value'] == b['value'] or (al <= bh and bl <= ah):
        return False
    lo, hi = sorted([abs(a['value']), abs(b['value'])])
    return lo > 0 and hi <= NEAR * lo


def verdict(a, b, nc, traps):
    la, lb = (os.path.basename(a['file']), a['line']), (os.path.basename(b['file']), b['line'])
    common = {i for i, _ in nc.get(la, [])} & {i for i, _ in nc.get(lb, [])}
    if common:
        return 'HIT-old' if any(found for i, found in nc[la] if i in common) else 'HIT-new'
    return 'TRAP' if la in traps or lb in traps else 'other'


def pairs_across(name):
    """Two reports of one story folder, each with one value of the noun, at least one of them unkeyed."""
    groups = collections.defaultdict(lambda: collections.defaultdict(list))
    for c in candidates(name):
        groups[(os.path.dirname(c['file']), c['unit'], noun(c))][c['file']].append(c)
    for g, docs in groups.items():
        if len(docs) < 2 or g[0].endswith('standalone') or any(len({c['value'] for c in cs}) != 1 for cs in docs.values()):
            continue
        files = sorted(docs)
        for i, fa in enumerate(files):
            for fb in files[i + 1:]:
                a, b = docs[fa][0], docs[fb][0]
                ia, ib = a.get('item') or '', b.get('item') or ''
                if a['key'] and b['key'] or (':' in ia and ':' in ib and ia.split(':')[0] != ib.split(':')[0]):
                    continue
                yield a, b


def pairs_within(name):
    """One document with exactly two values of the noun, on two lines, not two keys of two acts, nor two stated periods."""
    groups = collections.defaultdict(list)
    for c in candidates(name):
        groups[(c['file'], c['unit'], noun(c))].append(c)
    for cs in groups.values():
        if len({c['value'] for c in cs}) != 2:
            continue
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                if a['line'] == b['line'] or (a['key'] and b['key'] and a['key'] != b['key'] and a.get('item') != b.get('item')):
                    continue
                if a.get('period_from') == b.get('period_from') == 'stated' and a.get('period') != b.get('period'):
                    continue
                yield a, b


LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?([A-Z][A-Za-z' ,()-]{1,70}?)(?:\*\*)?:(?:\*\*)?\s+\S")
STOP = set('a an the of to in on at for by with and or from as its their our his her this that these those per each '
           'made given received is are was were be been has have had who which new total number all'.split())
COUNTS = ('people', 'count')


def stem(w):
    w = w.lower()
    if w.endswith('ies'):
        return w[:-3] + 'y'
    return w[:-1] if w.endswith('s') and not w.endswith('ss') and len(w) > 3 else w


def words(text):
    return [stem(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOP and len(w) > 1]


def doc_lines(name, f):
    setdir = '../shared/dev/planted' if name == 'planted' else 'tests/' + name
    try:
        return open(os.path.join(setdir, f), encoding='utf-8').read().split('\n')
    except OSError:
        return None


def label_words(line, c):
    """The words of the label of line when c is its figure right after the colon, else None."""
    m = LABEL.match(line)
    colon = line.find(':')
    col = c['join']['start'][2]
    if not m or colon < 0 or colon > col or re.search(r'\d', line[colon + 1:col - 1]):
        return None
    lw = words(m.group(1))
    if '--drop-participles' in sys.argv:
        lw = [w for w in lw if not (w.endswith('ed') or w.endswith('ing'))]
    return lw


def pairs_labels(name):
    """A label line's figure and a figure of another line of its document that holds every word of the label."""
    minw = int(sys.argv[sys.argv.index('--min-words') + 1]) if '--min-words' in sys.argv else 2
    docs = collections.defaultdict(list)
    for c in CLAIMS.get(name, []):
        if 'line' in c and c.get('type') == 'numeric' and c['unit'] not in ('weekday', 'clock', 'date', 'year'):
            docs[c['file']].append(c)
    for f, cs in docs.items():
        lines = doc_lines(name, f)
        if not lines:
            continue
        for a in cs:
            lw = label_words(lines[a['line'] - 1], a)
            if lw is None or len(set(lw)) < minw or ('--counts' in sys.argv and a['unit'] not in COUNTS):
                continue
            for b in cs:
                other = lines[b['line'] - 1]
                same_unit = a['unit'] == b['unit'] or (a['unit'] in COUNTS and b['unit'] in COUNTS)
                if b['line'] == a['line'] or LABEL.match(other) or other.lstrip().startswith('|') or not same_unit:
                    continue
                if any(o['line'] == b['line'] and o['value'] == a['value'] for o in cs):
                    continue
                if all(w in set(words(other)) for w in lw):
                    yield a, b


def main():
    pairs = pairs_within if '--within' in sys.argv else pairs_labels if '--labels' in sys.argv else pairs_across
    tot, rows = collections.Counter(), []
    for name, half, nc, traps in sets():
        for a, b in pairs(name):
            if disagree(a, b):
                v = verdict(a, b, nc, traps)
                tot[(half, v)] += 1
                rows.append((v, half, name, noun(a), a['unit'], a['text'], a['file'], a['line'], b['text'], b['file'], b['line']))
    for k, v in sorted(tot.items()):
        print(k, v)
    for r in rows:
        if r[0] != 'HIT-old' and (r[1] == 'TRAIN' or '--labels' not in sys.argv):
            print(*r, sep=' | ')


main()
