#!/usr/bin/env python3
"""Write docs/, key.json and README.md for the set from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)

def layout():
    """Return per-doc list of (lineno, text, tag)."""
    res = {}
    for d in S.DOCS:
        rows = []
        for i, ln in enumerate(d["lines"], 1):
            if ln == "":
                rows.append((i, "", None))
            else:
                rows.append((i, ln[0], ln[1]))
        res[d["name"]] = rows
    return res

def words(d):
    return sum(len(t.split()) for _, t, _ in layout()[d["name"]])

def key():
    lay = layout()
    at = {k: [] for k in list(S.FINDINGS) + list(S.NOTES)}
    traps = []
    for d in S.DOCS:
        for n, t, tag in lay[d["name"]]:
            if not t:
                continue
            if isinstance(tag, str):
                traps.append({"file": d["name"], "line": n, "what": tag, "must_not": True})
            else:
                for fid in tag:
                    at[fid].append([d["name"], n])
    expected = [{"id": k, "rules": v["rules"], "at": at[k], "what": v["what"]} for k, v in S.FINDINGS.items()]
    notes = [{"id": k, "rules": v["rules"], "at": at[k], "what": v["what"]} for k, v in S.NOTES.items()]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]]
    return {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}

def main():
    lay = layout()
    for d in S.DOCS:
        path = os.path.join(OUT, "docs", d["folder"], d["name"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(t for _, t, _ in lay[d["name"]]) + "\n")
    k = key()
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, indent=1, ensure_ascii=False)
        f.write("\n")
    R = []
    R.append(f"# {S.SET} — blind planted set for factlint\n")
    R.append("Twelve invented 2026 documents written without reading factlint's code, tests or rules: three "
             "stories (a pilot whale mass stranding, a shipyard ferry order, a marathon run on a short course), "
             "each told by three outlets in different house styles, plus three stand-alone documents (a food "
             "charity's annual review, a netball league bulletin, a fire inspectorate report). `key.json` lists "
             f"{len(k['expected'])} planted findings (`expected`, every line a correct tool could point at), "
             f"{len(k['notes'])} low-severity notes (`notes`, not scored for recall) and a trap entry for every "
             "other non-empty line (`traps`; `must_not` repeats them as [file, line, why]). Outlets agree on most "
             "facts and round, convert or paraphrase them differently; those agreements must stay silent. "
             "Regenerate with `python3 gen/build.py` and check with `python3 gen/validate.py`.\n")
    R.append("## Files\n")
    R.append("| file | event | outlet / house style | words |")
    R.append("|---|---|---|---:|")
    for d in S.DOCS:
        R.append(f"| docs/{d['folder']}/{d['name']} | {d['event']} | {d['outlet']} | {words(d)} |")
    R.append("")
    R.append("## True figures and planted errors\n")
    R.append(S.README_EVENTS.strip() + "\n")
    R.append("## Findings\n")
    R.append("| id | rules | lines | what |")
    R.append("|---|---|---|---|")
    for f in k["expected"] + k["notes"]:
        lines = ", ".join(f"{a}:{b}" for a, b in f["at"])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what']} |")
    R.append("")
    R.append("Rows N1-N7 are notes (low severity, not scored as recall).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(R))
    print("built", len(S.DOCS), "docs,", len(k["expected"]), "findings,", len(k["notes"]), "notes,", len(k["traps"]), "traps")

if __name__ == "__main__":
    main()
