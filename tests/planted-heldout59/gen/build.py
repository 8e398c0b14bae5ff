#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

def build():
    docs_dir = os.path.join(OUT, 'docs')
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    at = {k: [] for k in list(FINDINGS) + list(NOTES)}
    traps, must_not = [], []
    for rel, lines in DOCS.items():
        path = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        base = os.path.basename(rel)
        text = []
        for i, ln in enumerate(lines, 1):
            if ln == "":
                text.append("")
                continue
            tag, body = ln[0], ln[1]
            text.append(body)
            if tag in ("T", "M"):
                t = {"file": base, "line": i, "what": ln[2]}
                traps.append(t)
                if tag == "M":
                    must_not.append(t)
            else:
                at[tag].append([base, i])
        with open(path, 'w', encoding='utf-8') as f:
            f.write("\n".join(text) + "\n")
    key = {"expected": [], "notes": [], "traps": traps, "must_not": must_not}
    for fid, f in FINDINGS.items():
        key["expected"].append({"id": fid, "rules": f["rules"], "at": at[fid], "what": f["what"]})
    for nid, n in NOTES.items():
        key["notes"].append({"id": nid, "rules": n["rules"], "at": at[nid], "what": n["what"]})
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return key

if __name__ == '__main__':
    k = build()
    print(f"wrote {len(DOCS)} docs, {len(k['expected'])} findings, {len(k['notes'])} notes, "
          f"{len(k['traps'])} traps, {len(k['must_not'])} must_not")
