#!/usr/bin/env python3
"""strict-eval.py - score factlint on planted sets as ../shared/dev/planted/eval.py does, and also strictly.

usage: python3 tests/strict-eval.py [SETDIR ...]   (run from the checkout, ./factlint built; default: every
       tests/planted-heldout*/ with a key.json and ../shared/dev/planted)

eval.py credits a finding when one warning of its rule touches any one of the finding's lines. A warning about
two other things that shares one line with a conflict is credited as finding it ("eval-credit" in the
diagnoses under tests/judgements/). Strictly, a finding with two or more places in its `at` is found by a
warning of a rule that pairs two statements (numeric-conflict, date-inconsistency, quote-conflict) only when the
warning's own place and related places touch two different places of it; other findings as before. A warning counts toward precision strictly only when it finds something strictly (or a note's place).
Both scores are printed, one line per set, then the sums."""
import glob, json, os, subprocess, sys, tempfile, shutil

SEV = {'error': 2, 'warning': 1}
PAIRS = {'numeric-conflict', 'date-inconsistency', 'quote-conflict'}  # rules whose warning states two places


def locs(d):
    yield os.path.basename(d.get('file', '')), d.get('line')
    for r in d.get('related', []) or []:
        yield os.path.basename(r.get('file', '')), r.get('line')


def touched(d, f):
    if d.get('rule') not in f['rules']:
        return 0
    at = {(a, b) for a, b in f['at']}
    return len({l for l in locs(d) if l in at})


def score(setdir):
    key = json.load(open(os.path.join(setdir, 'key.json')))
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(os.path.join(setdir, 'docs'), os.path.join(tmp, 'docs'))
        p = subprocess.run([os.path.abspath('factlint'), '--format=json', 'docs'], cwd=tmp, capture_output=True,
                           timeout=120)
    finally:
        shutil.rmtree(tmp)
    if p.returncode < 0 or p.returncode > 2:
        sys.exit(f'{setdir}: factlint failed with exit {p.returncode}')
    diags = json.loads(p.stdout)['diagnostics']
    loose, strict, tp_l, tp_s, nw = set(), set(), 0, 0, 0
    for d in diags:
        if SEV.get(d.get('severity'), 0) < 1:
            continue
        nw += 1
        hit_l = [f['id'] for f in key['expected'] if touched(d, f)]
        need = lambda f: min(2, len({tuple(a) for a in f['at']})) if d.get('rule') in PAIRS else 1
        hit_s = [f['id'] for f in key['expected'] if touched(d, f) >= need(f)]
        note = any(touched(d, f) for f in key['notes'])
        loose.update(hit_l)
        strict.update(hit_s)
        tp_l += bool(hit_l)
        tp_s += bool(hit_s) or (note and not hit_l)
    return len(key['expected']), len(loose), len(strict), nw, tp_l, tp_s


def main():
    sets = sys.argv[1:] or sorted(d.rstrip('/') for d in glob.glob('tests/planted-heldout*/')
                                  if os.path.exists(os.path.join(d, 'key.json'))) + ['../shared/dev/planted']
    tot = [0] * 6
    for s in sets:
        r = score(s)
        tot = [a + b for a, b in zip(tot, r)]
        n, fl, fs, nw, tl, ts = r
        print(f'{os.path.basename(s.rstrip("/")):14} recall {fl}/{n} (strict {fs}/{n})  '
              f'precision {tl}/{nw} (strict {ts}/{nw})')
    n, fl, fs, nw, tl, ts = tot
    print(f'{"all":14} recall {fl}/{n} = {fl / max(n, 1):.2f} (strict {fs}/{n} = {fs / max(n, 1):.2f})  '
          f'precision {tl}/{nw} = {tl / max(nw, 1):.2f} (strict {ts}/{nw} = {ts / max(nw, 1):.2f})')


if __name__ == '__main__':
    main()
