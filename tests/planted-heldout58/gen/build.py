#!/usr/bin/env python3
"""Write docs/ and key.json for heldout58 from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

def layout():
    """Yield (basename, line_no, entry) for every non-blank line."""
    for d in DOCS:
        base = os.path.basename(d['path'])
        for i, e in enumerate(d['lines'], 1):
            if e['kind'] != 'B':
                yield base, i, e

def build():
    docs = os.path.join(OUT, 'docs')
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    for d in DOCS:
        p = os.path.join(docs, d['path'])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8') as f:
            f.write('\n'.join(e['text'] for e in d['lines']) + '\n')
    at = {k: [] for k in FINDINGS}
    nat = {k: [] for k in NOTES}
    traps = []
    for base, n, e in layout():
        if e['kind'] == 'F':
            for i in e['ids']:
                at[i].append([base, n])
        elif e['kind'] == 'N':
            for i in e['ids']:
                nat[i].append([base, n])
        else:
            traps.append({'file': base, 'line': n, 'what': e['what'], '_mn': e['mn']})
    key = {
        'expected': [{'id': k, 'rules': v['rules'], 'at': at[k], 'what': v['what']}
                     for k, v in sorted(FINDINGS.items(), key=lambda kv: int(kv[0][1:]))],
        'notes': [{'id': k, 'rules': v['rules'], 'at': nat[k], 'what': v['what']}
                  for k, v in sorted(NOTES.items(), key=lambda kv: int(kv[0][1:]))],
        'traps': [{k: t[k] for k in ('file', 'line', 'what')} for t in traps],
        'must_not': [{k: t[k] for k in ('file', 'line', 'what')} for t in traps if t['_mn']],
    }
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write('\n')
    return key

if __name__ == '__main__':
    k = build()
    print(f"wrote {len(DOCS)} docs; {len(k['expected'])} findings, {len(k['notes'])} notes, "
          f"{len(k['traps'])} traps, {len(k['must_not'])} must_not")
