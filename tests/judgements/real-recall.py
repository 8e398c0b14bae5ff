#!/usr/bin/env python3
"""Score factlint's numeric and date findings on the dev news clusters against numeric-clusters.tsv.

usage: python3 tests/judgements/real-recall.py OUT_DIR [--verbose]
OUT_DIR holds one JSON per cluster, as `OUT=OUT_DIR sh ../shared/dev/news-clusters/run.sh ./factlint` writes.
The cluster texts are read from ../shared/dev/news-clusters beside the checkout, or from $NEWS_CLUSTERS (a
checkout elsewhere, such as a clean clone in /tmp, must set it).

A real disagreement of the table is found when one numeric or date warning of its cluster touches both of its
sides (the warning's own place or a related place on the line of side A, and another on side B); a row with
one side is found when a warning touches it. The other places a row's text names ("also 38_10:5",
"hpo:2") count as its sides too: a warning that touches two places of a row finds it (until session 6 one of
the two had to be side A or side B; a warning between two reports that each repeat one side was then left
unjudged). A trap row "fires" when one warning touches two of its places. Every
numeric or date warning that matches no row is listed as unjudged: read it and add a row ("warning-right" for a
further warning of a disagreement a real row already counts: it is judged, not counted twice).
"""
import collections, csv, glob, json, os, re, sys

RULES = {'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'anniversary-mismatch',
         'share-mismatch', 'unit-mismatch'}
HERE = os.path.dirname(os.path.abspath(__file__))


def side(cell):
    m = re.match(r'\s*(\S+?):(\d+)', cell or '')
    return (m.group(1), int(m.group(2))) if m else None


def refs(cluster_dir, text):
    """Other places of the row's text ("also 38_10:5", "hpo:2"), resolved to the cluster's files by prefix."""
    files = sorted(os.listdir(cluster_dir)) if os.path.isdir(cluster_dir) else []
    out = set()
    for stem, line in re.findall(r'\b([A-Za-z0-9_]+(?:\.txt)?):(\d+)', text):
        for f in files:
            if f == stem or (f.startswith(stem) and not f[len(stem)].isdigit()):
                out.add((f, int(line)))
                break
    return out


def places(d):
    ps = [(os.path.basename(d['file']), d['line'])]
    ps += [(os.path.basename(r['file']), r['line']) for r in d.get('related', [])]
    return set(ps)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out, verbose = sys.argv[1], '--verbose' in sys.argv
    clusters = os.environ.get('NEWS_CLUSTERS') or os.path.join(HERE, '..', '..', '..', 'shared', 'dev', 'news-clusters')
    if not os.path.isdir(clusters):  # scored without the texts, every cluster would look silent
        sys.exit(f'real-recall: no news clusters at {clusters} (set NEWS_CLUSTERS to their directory)')
    rows = list(csv.reader(open(os.path.join(HERE, 'numeric-clusters.tsv')), delimiter='\t'))[1:]
    warns = collections.defaultdict(list)
    for f in glob.glob(os.path.join(out, '*.json')):
        c = os.path.basename(f)[:-5]
        for d in json.load(open(f))['diagnostics']:
            if d['rule'] in RULES and d['severity'] in ('warning', 'error'):
                warns[c].append(d)
    used = set()
    found = collections.Counter()
    total = collections.Counter()
    fired = []
    # real rows first: a warning that finds one is not a trap's even when a trap row names the same lines
    rows.sort(key=lambda r: len(r) < 5 or r[4] != 'real-disagreement')
    for r in rows:
        if len(r) < 5:
            continue
        c, a, b, kind, verdict = r[0], side(r[1]), side(r[2]), r[3], r[4]
        if not a:
            continue
        hit = None
        ends = {a} | ({b} if b else set())
        others = ends | refs(os.path.join(clusters, c), ' '.join(r[1:3] + r[5:]))
        for i, d in enumerate(warns.get(c, [])):
            if verdict != 'real-disagreement' and (c, i) in used:
                continue
            p = places(d)
            if (b is None and a in p) or (b is not None and len(p & others) >= 2):
                hit = i
                break
        if verdict == 'real-disagreement':
            total[kind] += 1
            if hit is not None:
                found[kind] += 1
                used.add((c, hit))
                if verbose:
                    print(f'found  {c} {r[1]} ~ {r[2]}: {r[5][:100]}')
            elif verbose:
                print(f'missed {c} {r[1]} ~ {r[2]}: {r[5][:100]}')
        elif verdict == 'trap-not-conflict' and hit is not None and b is not None:
            used.add((c, hit))
            fired.append((c, r[1], r[2], r[5]))
        elif verdict == 'warning-right' and hit is not None:
            used.add((c, hit))  # a further warning judged right: one real row's repeat, not counted again
    for c, ds in sorted(warns.items()):
        for i, d in enumerate(ds):
            if (c, i) not in used:
                print(f'unjudged {c}/{d["file"]}:{d["line"]} [{d["rule"]}] {d["message"][:120]}')
    for c, a, b, what in fired:
        print(f'TRAP FIRED {c} {a} ~ {b}: {what[:100]}')
    n, t = sum(found.values()), sum(total.values())
    per = ', '.join(f'{k} {found[k]}/{total[k]}' for k in sorted(total))
    print(f'real disagreements found: {n}/{t} ({per}); traps fired: {len(fired)}')


main()
