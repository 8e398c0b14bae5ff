#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py. Standard library only."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)
TAG = re.compile(r'\s*⟦(.*?)⟧\s*$')

def parse():
    """-> {relpath: [(text, tag-or-None), ...]}"""
    docs = {}
    for rel, body in S.DOCS.items():
        rows = []
        for raw in body.split('\n')[:-1] if body.endswith('\n') else body.split('\n'):
            if not raw.strip():
                rows.append(('', None)); continue
            m = TAG.search(raw)
            if not m:
                raise SystemExit(f'{rel}: untagged line: {raw[:60]}')
            rows.append((raw[:m.start()], m.group(1)))
        docs[rel] = rows
    return docs

def words(rows):
    return sum(len(t.split()) for t, _ in rows)

def build_key(docs):
    fmap = {f[0]: f for f in S.FINDINGS}
    nmap = {n[0]: n for n in S.NOTES}
    at = {k: [] for k in list(fmap) + list(nmap)}
    traps, must_not = [], []
    for rel, rows in docs.items():
        base = os.path.basename(rel)
        for i, (t, tag) in enumerate(rows, 1):
            if tag is None: continue
            if tag.startswith('T:') or tag.startswith('T?:'):
                what = tag.split(':', 1)[1].strip()
                traps.append({'file': base, 'line': i, 'what': what})
                if tag.startswith('T:'):
                    must_not.append([base, i, what])
            else:
                for fid in [x.strip() for x in tag.split(',')]:
                    at[fid].append([base, i])
    expected = [{'id': f[0], 'rules': f[1], 'at': at[f[0]], 'what': f[2]} for f in S.FINDINGS]
    notes = [{'id': n[0], 'rules': n[1], 'at': at[n[0]], 'what': n[2]} for n in S.NOTES]
    return {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': must_not}

def main():
    docs = parse()
    for rel, rows in docs.items():
        p = os.path.join(OUT, 'docs', rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(t for t, _ in rows) + '\n')
    key = build_key(docs)
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False); f.write('\n')
    R = ['# heldout86 — blind planted set for factlint', '',
         'Twelve invented 2026 documents written without reading factlint\'s code, tests or rules: three stories '
         '(a lorry striking a road bridge, a council parking-charge decision, a river otter survey), each told by three '
         'outlets in different house styles, plus three stand-alone documents (a retailer\'s price-match review with a '
         'table and label lines, a school trust\'s results bulletin, a council evaluation report with footnotes). '
         '`key.json` lists 30 planted findings (`expected`, every line where a correct tool could point), 7 low-severity '
         '`notes`, and a `traps` entry for every other non-empty line (`must_not` are the traps that must stay silent). '
         'Outlets agree on most facts and round, convert and paraphrase them differently; those agreements are traps. '
         'The source of truth is `gen/docs_spec.py`; `python3 gen/build.py && python3 gen/validate.py` rebuilds and checks it. '
         'Score from a factlint checkout (after `make`) with `python3 /work/unseen/heldout86/eval.py --verbose`; `eval.py` is an unchanged copy of the shared dev-set scorer and reads `key.json` and `docs/` next to it.', '',
         '## Files', '', '| file | event | outlet / house style | words |', '|---|---|---|---|']
    for rel, rows in docs.items():
        ev, style = S.META[os.path.basename(rel)]
        R.append(f'| docs/{rel} | {ev} | {style} | {words(rows)} |')
    R += ['', '## Events: true figures and planted errors', '']
    for name, true, planted in S.EVENTS:
        R += [f'### {name}', '', true, '', planted, '']
    R += ['## Findings', '', '| id | rules | lines | what |', '|---|---|---|---|']
    for f in key['expected'] + key['notes']:
        lines = ', '.join(f'{a}:{b}' for a, b in f['at'])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what'].replace('|', '/')} |")
    R += ['', f"Notes (N*) are not scored for recall. Traps: {len(key['traps'])} lines, {len(key['must_not'])} must stay silent.", '']
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(R))
    print(f"built {len(docs)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, {len(key['traps'])} traps")

if __name__ == '__main__':
    main()
