#!/usr/bin/env python3
"""Write docs/ and key.json (and README.md) from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

def render():
    """returns {relpath: [(lineno, text, tag)]}, where tag = ('F',id)|('N',id)|('T',what,chk,mn)|None"""
    out = {}
    for rel, style, items in S.DOCS:
        rows = []
        for i, it in enumerate(items, 1):
            if it[0] == 'B':
                rows.append((i, '', None))
            elif it[0] == 'T':
                rows.append((i, it[1], ('T', it[2], it[3], it[4])))
            else:
                rows.append((i, it[2], (it[0], it[1])))
        out[rel] = rows
    return out

def make_key(rendered):
    exp, notes, traps, must_not = [], [], [], []
    at = {}
    for rel, rows in rendered.items():
        base = os.path.basename(rel)
        for n, text, tag in rows:
            if tag is None: continue
            if tag[0] in 'FN':
                at.setdefault(tag[1], []).append([base, n])
            else:
                t = {'file': base, 'line': n, 'what': tag[1]}
                traps.append(t)
                if tag[3]: must_not.append(t)
    for fid, f in S.FINDINGS.items():
        exp.append({'id': fid, 'rules': f['rules'], 'at': at.get(fid, []), 'what': f['what']})
    for nid, f in S.NOTES.items():
        notes.append({'id': nid, 'rules': f['rules'], 'at': at.get(nid, []), 'what': f['what']})
    return {'expected': exp, 'notes': notes, 'traps': traps, 'must_not': must_not}

def main():
    rendered = render()
    for rel, rows in rendered.items():
        p = os.path.join(ROOT, 'docs', rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(t for _, t, _ in rows) + '\n')
    key = make_key(rendered)
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    import readme
    readme.write(ROOT, rendered, key)
    print(f"wrote {len(rendered)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(key['traps'])} traps ({len(key['must_not'])} must_not)")

if __name__ == '__main__':
    main()
