#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)

def layout():
    """file -> list of (lineno, tag, text) for non-empty lines; plus raw text."""
    res, raw = {}, {}
    for f, entries in S.DOCS.items():
        lines, rows = [], []
        for i, e in enumerate(entries, 1):
            if e == "":
                lines.append("")
            else:
                tag, text = e
                lines.append(text)
                rows.append((i, tag, text))
        res[f], raw[f] = rows, "\n".join(lines) + "\n"
    return res, raw

def words(text):
    return len(text.split())

def build():
    res, raw = layout()
    for f, text in raw.items():
        p = os.path.join(OUT, "docs", f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
    at = {}
    traps = []
    for f, rows in res.items():
        base = os.path.basename(f)
        for ln, tag, text in rows:
            if tag.startswith("~"):
                traps.append({"file": base, "line": ln, "what": tag[1:]})
            else:
                for t in tag.split("|"):
                    at.setdefault(t, []).append([base, ln])
    expected = [{"id": x["id"], "rules": x["rules"], "at": at[x["id"]], "what": x["what"]} for x in S.FINDINGS]
    notes = [{"id": x["id"], "rules": x["rules"], "at": at[x["id"]], "what": x["what"]} for x in S.NOTES]
    key = {"expected": expected, "notes": notes, "traps": traps,
           "must_not": [[t["file"], t["line"], t["what"]] for t in traps]}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    # README
    r = ["# heldout87 — blind planted set for factlint", "",
         "Twelve invented 2026 documents written blind (without reading factlint's code, tests or rules): three news events, "
         "each told by three outlets in different house styles, plus three stand-alone documents (a court digest with a Markdown "
         "table and label lines, a museum friends' bulletin in plain text, an energy report with footnotes). `key.json` lists "
         f"{len(expected)} planted findings (`expected`), {len(notes)} low-severity `notes`, and a `traps` / `must_not` entry for "
         "every other non-empty line, saying what could fool a checker there. The generator in `gen/` is the source of truth; "
         "`python3 gen/build.py && python3 gen/validate.py` rebuilds and checks the set.", "",
         "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for f in S.DOCS:
        ev, style = S.META[f]
        r.append(f"| docs/{f} | {ev} | {style} | {words(raw[f])} |")
    r += ["", "## Events: true figures and planted errors", ""]
    for ev, truth, planted in S.EVENTS:
        r += [f"### {ev}", "", f"- True: {truth}", f"- Planted: {planted}", ""]
    r += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for x in expected:
        r.append(f"| {x['id']} | {', '.join(x['rules'])} | {', '.join(f'{a}:{b}' for a, b in x['at'])} | {x['what']} |")
    r += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for x in notes:
        r.append(f"| {x['id']} | {', '.join(x['rules'])} | {', '.join(f'{a}:{b}' for a, b in x['at'])} | {x['what']} |")
    r += ["", f"Traps: {len(traps)} lines (all in `must_not`).", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(r))
    return key

if __name__ == "__main__":
    k = build()
    print(f"built: {len(S.DOCS)} docs, {len(k['expected'])} expected, {len(k['notes'])} notes, {len(k['traps'])} traps")
