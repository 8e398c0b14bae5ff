"""Shared by the keyparts experiments: the TRAIN sets with their planted numeric-conflict lines and traps, and one
set's numeric claims with their final join keys (needs a scratch build with debug-join.patch; see README.md)."""
import collections, glob, json, os, subprocess
BIN = os.path.abspath('./factlint')


def train_sets():
    """Yield (set dir, {(file, line): finding ids} of numeric-conflict findings, {(file, line)} of traps) for every
    TRAIN set (odd-numbered, and the unnumbered one)."""
    for sd in sorted(glob.glob('tests/planted-heldout*')):
        d = sd.replace('tests/planted-heldout', '')
        if (int(d) if d else 1) % 2 == 0:
            continue
        key = json.load(open(sd + '/key.json'))
        nc = collections.defaultdict(set)
        for f in key['expected']:
            if 'numeric-conflict' in f['rules']:
                for fn, ln in f['at']:
                    nc[(os.path.basename(fn), ln)].add(f['id'])
        yield sd, nc, {(t['file'], t['line']) for t in key.get('traps', [])}


def claims(sd):
    """The numeric claims of a set's --dump-claims."""
    p = subprocess.run([BIN, '--dump-claims', 'docs'], cwd=sd, capture_output=True)
    cs = (json.loads(l) for l in p.stdout.decode().splitlines())
    return [c for c in cs if c.get('type') == 'numeric' and 'line' in c]


def run(sd):
    """The numeric claims of a set, each with 'jk', its final join key ('-' when it has none)."""
    p = subprocess.run([BIN, 'docs'], cwd=sd, capture_output=True, env=dict(os.environ, FL_DEBUG_JOIN='1'))
    jk = {}
    for l in p.stderr.decode().splitlines():
        if l.startswith('JK\t'):
            _, f, ln, t, k = l.split('\t')
            jk[(f, int(ln), t)] = k
    cs = claims(sd)
    for c in cs:
        c['jk'] = jk.get((c['file'], c['line'], c['text']), '-')
    return cs
