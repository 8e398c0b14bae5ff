#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

def final_ids():
    return {f["id"]: "F%d" % (i + 1) for i, f in enumerate(S.FINDINGS)}

def build():
    fmap = final_ids()
    docs_dir = os.path.join(OUT, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    at = {f["id"]: [] for f in S.FINDINGS}
    nat = {n["id"]: [] for n in S.NOTES}
    traps = []
    for d in S.DOCS:
        path = os.path.join(docs_dir, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        base = os.path.basename(path)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(l["text"] for l in d["lines"]) + "\n")
        for i, l in enumerate(d["lines"], 1):
            if l["kind"] == "F":
                for fid in l["ids"]:
                    at[fid].append([base, i])
            elif l["kind"] == "N":
                nat[l["ids"][0]].append([base, i])
            elif l["kind"] == "T":
                traps.append({"file": base, "line": i, "what": l["what"], "_mn": l["must_not"]})
    expected = [{"id": fmap[f["id"]], "rules": f["rules"], "at": at[f["id"]], "what": f["what"]} for f in S.FINDINGS]
    notes = [{"id": n["id"], "rules": n["rules"], "at": nat[n["id"]], "what": n["what"]} for n in S.NOTES]
    plain = ("heading", "title", "masthead", "standfirst", "table header", "table separator", "notes heading",
             "contact line", "section heading", "headline, no figure", "no figure")
    must_not = [{k: v for k, v in t.items() if k != "_mn"} for t in traps
                if t["_mn"] and not t["what"].startswith(plain)]
    traps = [{k: v for k, v in t.items() if k != "_mn"} for t in traps]
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
    print(f"wrote {len(S.DOCS)} docs, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps, {len(must_not)} must_not")

if __name__ == "__main__":
    build()
