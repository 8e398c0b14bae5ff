#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS, FINDINGS, NOTES

def layout():
    """Return {path: [(lineno, tag, text, what, extra)]} and file texts."""
    res, texts = {}, {}
    for path, entries in DOCS:
        lines, rows = [], []
        for e in entries:
            tag, text, what = e[0], e[1], e[2]
            extra = e[3] if len(e) > 3 else {}
            if text.startswith("~"):
                text = text[1:]
            elif lines:
                lines.append("")
            lines.append(text)
            rows.append((len(lines), tag, text, what, extra))
        res[path] = rows
        texts[path] = "\n".join(lines) + "\n"
    return res, texts

def build():
    res, texts = layout()
    key = {"expected": [], "notes": [], "traps": [], "must_not": []}
    at = {}
    for path, rows in res.items():
        base = os.path.basename(path)
        for ln, tag, text, what, extra in rows:
            if tag in ("M", "T"):
                t = {"file": base, "line": ln, "what": what}
                key["traps"].append(t)
                if tag == "M":
                    key["must_not"].append(t)
            else:
                for t in tag.split("+"):
                    at.setdefault(t, []).append([base, ln])
    for fid, f in FINDINGS.items():
        key["expected"].append({"id": fid, "rules": f["rules"], "at": at.get(fid, []), "what": f["what"]})
    for nid, n in NOTES.items():
        key["notes"].append({"id": nid, "rules": n["rules"], "at": at.get(nid, []), "what": n["what"]})
    for path, txt in texts.items():
        full = os.path.join(OUT, "docs", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w", encoding="utf-8").write(txt)
    json.dump(key, open(os.path.join(OUT, "key.json"), "w"), indent=1, ensure_ascii=False)
    return key

if __name__ == "__main__":
    k = build()
    print(f"wrote {len(DOCS)} docs; expected {len(k['expected'])}, notes {len(k['notes'])}, "
          f"traps {len(k['traps'])}, must_not {len(k['must_not'])}")
