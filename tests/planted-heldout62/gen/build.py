#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

ROOT = os.path.dirname(HERE)

def layout(blocks):
    """Return list of (lineno, entry) and the text."""
    lines, out = [], []
    for bi, block in enumerate(blocks):
        if bi:
            out.append("")
        for e in block:
            out.append(e[1])
            lines.append((len(out), e))
    return lines, "\n".join(out) + "\n"

def tags(e):
    return e[0].split(",")

def main():
    docs_dir = os.path.join(ROOT, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    at = {k: [] for k in FINDINGS}
    nat = {k: [] for k in NOTES}
    traps, must_not = [], []
    for rel, blocks in DOCS:
        base = os.path.basename(rel)
        lines, text = layout(blocks)
        path = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        for n, e in lines:
            for t in tags(e):
                if t in FINDINGS:
                    at[t].append([base, n])
                elif t in NOTES:
                    nat[t].append([base, n])
                elif t in ("T", "t"):
                    tr = {"file": base, "line": n, "what": e[2]}
                    traps.append(tr)
                    if t == "T":
                        must_not.append(tr)
                else:
                    raise SystemExit(f"unknown tag {t} in {rel}:{n}")
    key = {
        "expected": [{"id": k, "rules": v["rules"], "at": at[k], "what": v["what"]} for k, v in FINDINGS.items()],
        "notes": [{"id": k, "rules": v["rules"], "at": nat[k], "what": v["what"]} for k, v in NOTES.items()],
        "traps": traps,
        "must_not": must_not,
    }
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(DOCS)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(traps)} traps, {len(must_not)} must_not")

if __name__ == "__main__":
    main()
