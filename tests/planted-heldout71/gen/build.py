#!/usr/bin/env python3
"""Build docs/, key.json and README.md for heldout71 from docs_spec.py (standard library only)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)


def text_of(line):
    return line if isinstance(line, str) else line[0]


def words(doc):
    return sum(len(text_of(l).split()) for l in doc["lines"])


def resolve(file, sub):
    doc = next(d for d in S.DOCS if d["file"] == file)
    hits = [i + 1 for i, l in enumerate(doc["lines"]) if sub in text_of(l)]
    if len(hits) != 1:
        raise SystemExit(f"substring {sub!r} matches {len(hits)} lines in {file}")
    return hits[0]


def entries(items):
    out = []
    for f in items:
        at = []
        for fn, sub in f["at"]:
            p = [fn, resolve(fn, sub)]
            if p not in at:
                at.append(p)
        out.append({"id": f["id"], "rules": f["rules"], "at": at, "what": f["what"]})
    return out


def build():
    for d in S.DOCS:
        path = os.path.join(OUT, "docs", d["folder"], d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(text_of(l) for l in d["lines"]) + "\n")
    expected, notes = entries(S.FINDINGS), entries(S.NOTES)
    traps, must_not = [], []
    for d in S.DOCS:
        for i, l in enumerate(d["lines"], 1):
            if isinstance(l, tuple) and l[1] is not None:
                what = l[1]
                may = what.startswith("MAY:")
                what = what[4:].strip() if may else what
                traps.append({"file": d["file"], "line": i, "what": what})
                if not may:
                    must_not.append([d["file"], i, what])
    key = {"set": f"heldout{S.NN}", "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    r = [f"# heldout{S.NN} \u2014 blind planted set for factlint", ""]
    r.append("Twelve invented documents dated 2026, written without reading factlint's code, rules or tests: "
             "three news stories each told by three outlets in different house styles (an offshore wind auction, "
             "twin elephant calves at a wildlife park, a hospital trust's monthly figures) and three stand-alone "
             "documents (a charity fun-run results page, a residents' association bulletin, a think-tank briefing "
             "with ^n footnotes). `key.json` lists 30 planted findings (`expected`), 7 low-severity `notes`, and a "
             "`traps` entry for every other non-empty line (`must_not`: the traps that must stay silent). "
             "Outlets agree on most facts but round, convert and paraphrase them differently; those agreements are traps. "
             "Sources of truth: `gen/docs_spec.py`; rebuild with `python3 gen/build.py`, check with `python3 gen/validate.py`. "
             "Score with the shared `eval.py` (copy it next to key.json and docs/).")
    r += ["", "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for d in S.DOCS:
        r.append(f"| docs/{d['folder']}/{d['file']} | {d['event']} | {d['outlet']} | {words(d)} |")
    r += ["", "## Events: true figures and planted errors", ""]
    for ev, info in S.EVENTS.items():
        r += [f"### {ev}: {info['title']}", "", "True figures:", ""]
        r += [f"- {t}" for t in info["truth"]]
        r += ["", "Planted:", ""]
        evfiles = {d["file"] for d in S.DOCS if d["event"] == ev}
        for f in expected + notes:
            if any(a[0] in evfiles for a in f["at"]):
                r.append(f"- {f['id']} ({', '.join(f['rules'])}): {f['what']}")
        r.append("")
    r += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in expected:
        r.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    r += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in notes:
        r.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    r += ["", f"Traps: {len(traps)} lines ({len(must_not)} must stay silent).", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(r))
    print(f"built {len(S.DOCS)} docs, {len(expected)} expected, {len(notes)} notes, {len(traps)} traps")


if __name__ == "__main__":
    build()
