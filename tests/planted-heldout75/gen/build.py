#!/usr/bin/env python3
"""Write docs/, key.json and README.md for heldout75 from docs_spec.py (standard library only)."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S


def layout():
    """-> {basename: (relpath, [line texts], {tag: lineno})}"""
    res = {}
    for d in S.DOCS:
        base = os.path.basename(d["path"])
        if base in res:
            raise SystemExit(f"duplicate base name {base}")
        texts, tags = [], {}
        for item in d["lines"]:
            if item == "":
                texts.append("")
                continue
            tag, text = item
            if tag in tags:
                raise SystemExit(f"{base}: duplicate tag {tag}")
            texts.append(text)
            tags[tag] = len(texts)
        res[base] = (d["path"], texts, tags)
    return res


def lineno(lay, f, tag):
    return lay[f][2][tag]


def words(texts):
    return sum(len(t.split()) for t in texts)


def build():
    lay = layout()
    docs = os.path.join(OUT, "docs")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    for base, (rel, texts, _) in lay.items():
        p = os.path.join(docs, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(texts) + "\n")

    def at(lst):
        return [[f, lineno(lay, f, t)] for f, t in lst]

    expected = [{"id": f["id"], "rules": f["rules"], "at": at(f["at"]), "what": f["what"]} for f in S.FINDINGS]
    notes = [{"id": n["id"], "rules": n["rules"], "at": at(n["at"]), "what": n["what"]} for n in S.NOTES]
    traps, must_not = [], []
    for (f, t), what in sorted(S.TRAPS.items(), key=lambda kv: (kv[0][0], lineno(lay, *kv[0]))):
        ln = lineno(lay, f, t)
        traps.append({"file": f, "line": ln, "what": what})
        if (f, t) not in S.SOFT:
            must_not.append([f, ln, what])
    key = {"set": "heldout75", "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    # README
    R = []
    R.append("# heldout75 — blind planted set for factlint\n")
    R.append("Twelve invented 2026 documents written without reading factlint's code, tests, rules or earlier "
             "planted sets: three news stories each told by three outlets in different house styles (a Wessendale "
             "earthquake, the sentencing of a catalytic-converter theft gang, and the discovery of a deep-sea "
             "hydrothermal vent field), plus three stand-alone documents (a care provider's quarterly performance "
             "report, a cider-apple growers' bulletin and a rail regulator's accessibility report). `key.json` lists "
             f"{len(expected)} planted findings (`expected`), {len(notes)} low-severity `notes`, and a `traps` entry "
             f"for every other non-empty line ({len(traps)}; {len(must_not)} of them in `must_not`). Outlets agree on "
             "most facts but round, convert and paraphrase them differently; those agreements are traps that must stay "
             "silent. The documents are generated from `gen/docs_spec.py` by `gen/build.py`; `gen/validate.py` checks "
             "the key against the files. To score, copy the shared `eval.py` next to `key.json` "
             "(it reads `docs/` and `key.json` from its own directory).\n")
    R.append("## Files\n")
    R.append("| file | event | outlet / house style | words |")
    R.append("|---|---|---|---|")
    for d in S.DOCS:
        base = os.path.basename(d["path"])
        R.append(f"| docs/{d['path']} | {d['event']} | {d['outlet']} | {words(lay[base][1])} |")
    R.append("")
    R.append("## True figures and planted errors\n")
    for cl, items in S.TRUTH.items():
        R.append(f"### {S.CLUSTERS[cl]}\n")
        for it in items:
            R.append(f"- {it}")
        R.append("")
    R.append("## Findings\n")
    R.append("| id | rules | lines | what |")
    R.append("|---|---|---|---|")
    for f in expected:
        lines = ", ".join(f"{a}:{b}" for a, b in f["at"])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what'].replace('|', '/')} |")
    R.append("")
    R.append("## Notes (not scored as recall)\n")
    R.append("| id | rules | lines | what |")
    R.append("|---|---|---|---|")
    for f in notes:
        lines = ", ".join(f"{a}:{b}" for a, b in f["at"])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what']} |")
    R.append("")
    R.append("Soft traps (left out of `must_not`): " + ", ".join(
        f"{f}:{lineno(lay, f, t)}" for f, t in sorted(S.SOFT)) + " - partial quotes shared by both versions of a conflicting remark.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(R))
    print(f"built {len(lay)} documents, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps")


if __name__ == "__main__":
    build()
