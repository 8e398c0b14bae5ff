#!/usr/bin/env python3
"""Build heldout70: writes docs/, key.json and README.md from docs_spec.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

def resolve():
    """Return (files, at_by_id, traps): files = {name: [line texts]}, at_by_id = {id: [[file, line]]}."""
    files, at, traps = {}, {}, []
    for d in S.DOCS:
        texts = []
        for i, item in enumerate(d["lines"], 1):
            if isinstance(item, str):
                assert item == "", (d["name"], i, "bare non-empty string")
                texts.append("")
                continue
            text, tag = item[0], item[1]
            texts.append(text)
            if tag == "T":
                traps.append({"file": d["name"], "line": i, "what": item[2]})
            else:
                for fid in tag.split(","):
                    at.setdefault(fid.strip(), []).append([d["name"], i])
        files[d["name"]] = texts
    return files, at, traps

def words(lines):
    return sum(len(l.split()) for l in lines)

def main():
    files, at, traps = resolve()
    docs = os.path.join(ROOT, "docs")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    for d in S.DOCS:
        folder = os.path.join(docs, d["cluster"])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, d["name"]), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(files[d["name"]]) + "\n")
    expected = [{"id": f["id"], "rules": f["rules"], "at": at[f["id"]], "what": f["what"]} for f in S.FINDINGS]
    notes = [{"id": n["id"], "rules": n["rules"], "at": at[n["id"]], "what": n["what"]} for n in S.NOTES]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps]
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_readme(files, expected)
    print(f"wrote {len(files)} documents, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps")

def write_readme(files, expected):
    out = ["# heldout70 \u2014 blind planted set for factlint", "",
           "A blind evaluation set for factlint written without reading the tool's code, tests, rules or earlier "
           "planted sets. Twelve invented 2026 documents: three news stories (a drought and a water company's "
           "hosepipe ban; a passenger ferry running aground; an international film festival's closing night), each "
           "told by three outlets in different house styles, plus three stand-alone documents (a county library "
           "service's annual report, a cycling club's newsletter, a parliamentary select committee report). "
           "`key.json` lists 30 planted findings (`expected`), 7 low-severity `notes`, and every other non-empty "
           "line as a `trap` (`must_not`: lines where a correct tool stays silent). Lines are 1-based lines of the "
           "files as written. Everything is generated from `gen/docs_spec.py` by `gen/build.py` and checked by "
           "`gen/validate.py`. It is scored the same way as the shared planted set (`eval.py`): a finding counts "
           "when a diagnostic of one of its rules points (primary or related location) at one of its lines.", "",
           "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for d in S.DOCS:
        out.append(f"| docs/{d['cluster']}/{d['name']} | {d['event']} | {d['outlet']} | {words(files[d['name']])} |")
    out += ["", "## True figures and planted errors", ""]
    for cl, txt in S.TRUE_FIGURES.items():
        out.append(f"**{cl}.** {txt}")
        out.append("")
        files_in = [d["name"] for d in S.DOCS if d["cluster"] == cl]
        planted = [f for f in expected if any(a[0] in files_in for a in f["at"])]
        for f in planted:
            out.append(f"- {f['id']} ({', '.join(f['rules'])}): {f['what']}")
        out.append("")
    out += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in expected:
        locs = ", ".join(f"{a}:{b}" for a, b in f["at"])
        out.append(f"| {f['id']} | {', '.join(f['rules'])} | {locs} | {f['what']} |")
    out += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for n in S.NOTES:
        pass
    key = json.load(open(os.path.join(ROOT, "key.json"), encoding="utf-8"))
    for n in key["notes"]:
        locs = ", ".join(f"{a}:{b}" for a, b in n["at"])
        out.append(f"| {n['id']} | {', '.join(n['rules'])} | {locs} | {n['what']} |")
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    main()
