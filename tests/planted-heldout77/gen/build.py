#!/usr/bin/env python3
"""Build docs/, key.json and README.md of heldout77 from docs_spec.py (standard library only)."""
import json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S

ID_RE = re.compile(r"^(F|A|D|Q|U|FN|N)\d+$")


def words(lines):
    return sum(len([w for w in t.split() if re.search(r"[A-Za-z0-9]", w)]) for t, _ in lines)


def locate():
    """id -> list of [file, line]"""
    at = {}
    for f, lines in S.DOCS.items():
        for n, (text, tag) in enumerate(lines, 1):
            if text and tag and ID_RE.match(tag):
                at.setdefault(tag, []).append([f, n])
    return at


def main():
    docs = os.path.join(OUT, "docs")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    for f, lines in S.DOCS.items():
        d = os.path.join(docs, S.CLUSTER_DIR[S.META[f][0]])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(t for t, _ in lines) + "\n")
    at = locate()
    expected = [dict(id=x["id"], rules=x["rules"], at=at.get(x["id"], []), what=x["what"]) for x in S.FINDINGS]
    notes = [dict(id=x["id"], rules=x["rules"], at=at.get(x["id"], []), what=x["what"]) for x in S.NOTES]
    traps, must_not = [], []
    for f, lines in S.DOCS.items():
        for n, (text, tag) in enumerate(lines, 1):
            if text and tag and not ID_RE.match(tag):
                may = tag.startswith("(may) ")
                what = tag[6:] if may else tag
                traps.append(dict(file=f, line=n, what=what))
                if not may:
                    must_not.append([f, n, what])
    key = {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    r = []
    r.append(f"# {S.SET} — blind planted set for factlint\n")
    r.append("Twelve invented 2026 documents written without reading factlint's code, tests or rules: three stories, "
             "each told by three outlets in different house styles (wire copy, a trade newsletter in Markdown, a live page "
             "with a correction; broadcaster web copy, a local paper with a key-numbers box, a campaign newsletter with "
             "footnote markers; a tabloid, a magazine feature, a community weekly), plus three stand-alone documents "
             "(a theatre's annual review with a Markdown table, label lines and footnotes; a community energy co-operative's "
             "plain-text newsletter; a water company's performance summary with a Notes section). `key.json` lists "
             f"{len(expected)} planted findings (`expected`), {len(notes)} low-severity `notes`, and a trap for every other "
             f"non-empty line (`traps`, {len(traps)}; `must_not`, {len(must_not)}, the traps that must stay silent). "
             "Lines are 1-based lines of the files as written; file names are unique base names. "
             "`gen/docs_spec.py` is the source of truth, `gen/build.py` writes everything, `gen/validate.py` checks it.\n")
    r.append("## Files\n")
    r.append("| file | event | outlet / house style | words |")
    r.append("|---|---|---|---|")
    for f, lines in S.DOCS.items():
        c, ev, style = S.META[f]
        r.append(f"| docs/{S.CLUSTER_DIR[c]}/{f} | {ev} | {style} | {words(lines)} |")
    r.append("")
    r.append("## Events: true figures and planted errors\n")
    for name, truth, planted in S.EVENTS:
        r.append(f"### {name}\n")
        r.append(f"- True figures: {truth}")
        r.append(f"- Planted: {planted}\n")
    r.append("## Findings\n")
    r.append("| id | rules | lines | what |")
    r.append("|---|---|---|---|")
    for e in expected + notes:
        lines = ", ".join(f"{a}:{b}" for a, b in e["at"])
        r.append(f"| {e['id']} | {', '.join(e['rules'])} | {lines} | {e['what'].replace('|', '/')} |")
    r.append("")
    r.append("Notes (N*) are low-severity findings a tool may report; they are not scored as recall.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(r))
    print(f"built {len(S.DOCS)} documents, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps ({len(must_not)} must_not)")


if __name__ == "__main__":
    main()
