#!/usr/bin/env python3
"""Write docs/ and key.json from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)


def build():
    docs_dir = os.path.join(OUT, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    at = {fid: [] for fid in S.FINDINGS}
    nat = {nid: [] for nid in S.NOTES}
    traps, must_not = [], []
    for rel, items in S.DOCS.items():
        base = os.path.basename(rel)
        path = os.path.join(docs_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lines = []
        for it in items:
            lines.append("" if it is None else it["text"])
            n = len(lines)
            if it is None:
                continue
            if it["kind"] == "F":
                for fid in it["ids"]:
                    at[fid].append([base, n])
            elif it["kind"] == "N":
                nat[it["ids"][0]].append([base, n])
            else:
                t = {"file": base, "line": n, "what": it["what"]}
                traps.append(t)
                if it["must_not"]:
                    must_not.append(t)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    key = {
        "expected": [{"id": fid, "rules": f["rules"], "at": at[fid], "what": f["what"]}
                     for fid, f in S.FINDINGS.items()],
        "notes": [{"id": nid, "rules": n["rules"], "at": nat[nid], "what": n["what"]}
                  for nid, n in S.NOTES.items()],
        "traps": traps,
        "must_not": must_not,
    }
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(S.DOCS)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(traps)} traps, {len(must_not)} must_not")


if __name__ == "__main__":
    build()


def readme():
    key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
    L = ["# heldout67 \u2014 blind planted set for factlint", "",
         "Twelve invented documents (three three-outlet clusters about one 2026 event each, plus three stand-alone "
         "documents), written without reading factlint's code, rules or tests. `key.json` lists 30 planted findings "
         "(`expected`), 8 notes, every other non-empty line as a trap (`traps`) and the traps that must stay silent "
         "(`must_not`). Regenerate with `python3 gen/build.py`; check with `python3 gen/validate.py`.", "",
         "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for rel in S.DOCS:
        b = os.path.basename(rel)
        w = len(open(os.path.join(OUT, "docs", rel), encoding="utf-8").read().split())
        ev, st = S.OUTLETS[b]
        L.append(f"| docs/{rel} | {ev} | {st} | {w} |")
    L += ["", "## Events: true figures and planted errors", ""]
    for title, truth, planted in S.EVENTS:
        L += [f"### {title}", "", f"True: {truth}", "", f"Planted: {planted}", ""]
    L += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["expected"]:
        at = ", ".join(f"{a}:{n}" for a, n in f["at"])
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
    L += ["", "## Notes (severity note)", "", "| id | rule | line | what |", "|---|---|---|---|"]
    for n in key["notes"]:
        at = ", ".join(f"{a}:{k}" for a, k in n["at"])
        L.append(f"| {n['id']} | {n['rules'][0]} | {at} | {n['what']} |")
    L += ["", f"## Traps ({len(key['traps'])} lines, {len(key['must_not'])} in must_not)", ""]
    L += [f"- {t}" for t in S.TRAP_KINDS]
    L += ["", "Traps not in `must_not` are headings, bylines and plain narrative with nothing checkable, plus the "
          "live-page medicine ratio line (a derived ratio that agrees with the true 2,940).", ""]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
    print("wrote README.md")


readme()
