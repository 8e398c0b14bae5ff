#!/usr/bin/env python3
"""Write ../docs/ and ../key.json from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

def layout():
    """Return {relpath: [(lineno, entry)]} with one blank line between entries."""
    res = {}
    for rel, entries in DOCS.items():
        res[rel] = [(2 * i + 1, e) for i, e in enumerate(entries)]
    return res

def main():
    lay = layout()
    at = {k: [] for k in list(FINDINGS) + list(NOTES)}
    traps, must_not = [], []
    for rel, rows in lay.items():
        path = os.path.join(OUT, 'docs', rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(e[1] for _, e in rows) + '\n')
        base = os.path.basename(rel)
        for ln, e in rows:
            if e[0] == 'T':
                t = {"file": base, "line": ln, "what": e[2]}
                traps.append(t)
                if e[3]:
                    must_not.append(t)
            else:
                for tag in e[0].split(','):
                    at[tag].append([base, ln])
    key = {"expected": [], "notes": [], "traps": traps, "must_not": must_not}
    for fid, f in FINDINGS.items():
        key["expected"].append({"id": fid, "rules": f["rules"], "at": at[fid], "what": f["what"]})
    for nid, n in NOTES.items():
        key["notes"].append({"id": nid, "rules": n["rules"], "at": at[nid], "what": n["what"]})
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f"wrote {len(lay)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(traps)} traps, {len(must_not)} must_not")

if __name__ == '__main__':
    main()
