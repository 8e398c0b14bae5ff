#!/usr/bin/env python3
"""Write docs/ and key.json (and README.md) for heldout57 from gen/docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

def layout(entries):
    """Return text and list of (line_no, entry) - paragraphs separated by one blank line."""
    lines, placed = [], []
    prev = None
    for e in entries:
        tight = prev is not None and any(prev.startswith(p) and e[1].startswith(p) for p in ("|", "- "))
        if lines and not tight:
            lines.append("")
        prev = e[1]
        lines.append(e[1])
        placed.append((len(lines), e))
    return "\n".join(lines) + "\n", placed

def build():
    at = {k: [] for k in FINDINGS}
    nat = {k: [] for k in NOTES}
    traps, must_not = [], []
    for rel, entries in DOCS.items():
        text, placed = layout(entries)
        path = os.path.join(OUT, "docs", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        base = os.path.basename(rel)
        for ln, e in placed:
            tag = e[0]
            if tag == "T":
                t = {"file": base, "line": ln, "what": e[2]}
                traps.append(t)
                if e[3]:
                    must_not.append(t)
            else:
                for i in tag.split(","):
                    if i.startswith("F"):
                        at[i].append([base, ln])
                    else:
                        nat[i].append([base, ln])
    key = {"expected": [], "notes": [], "traps": traps, "must_not": must_not}
    for fid in sorted(FINDINGS, key=lambda x: int(x[1:])):
        rules, what, _ = FINDINGS[fid]
        key["expected"].append({"id": fid, "rules": rules, "at": at[fid], "what": what})
    for nid in sorted(NOTES, key=lambda x: int(x[1:])):
        rule, what = NOTES[nid]
        key["notes"].append({"id": nid, "rules": [rule], "at": nat[nid], "what": what})
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return key

if __name__ == "__main__":
    k = build()
    print(f"wrote {len(DOCS)} docs, {len(k['expected'])} findings, {len(k['notes'])} notes, "
          f"{len(k['traps'])} traps, {len(k['must_not'])} must_not")
