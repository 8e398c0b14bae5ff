#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S
OUT = os.path.dirname(HERE)

ID_RE = re.compile(r'^(F|A|D|Q|U|FN|N)\d+$')

def words(lines):
    return sum(len(t.split()) for t in lines)

def layout():
    """returns {relpath: [(lineno, tag, text)]} for non-empty lines, and full texts"""
    res, texts = {}, {}
    for rel, (style, lines) in S.DOCS.items():
        out, body = [], []
        for i, ln in enumerate(lines, 1):
            if ln == "":
                body.append("")
                continue
            tag, text = ln
            out.append((i, tag, text))
            body.append(text)
        res[rel], texts[rel] = out, body
    return res, texts

def key_from(res):
    at = {}
    traps = []
    for rel in res:
        base = os.path.basename(rel)
        for n, tag, text in res[rel]:
            if ID_RE.match(tag):
                at.setdefault(tag, []).append([base, n])
            else:
                traps.append({"file": base, "line": n, "what": tag[2:], "must_not": tag.startswith("T:")})
    expected = [{"id": k, "rules": r, "at": at.get(k, []), "what": w} for k, (r, w) in S.FINDINGS.items()]
    notes = [{"id": k, "rules": r, "at": at.get(k, []), "what": w} for k, (r, w) in S.NOTES.items()]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]]
    traps = [{"file": t["file"], "line": t["line"], "what": t["what"]} for t in traps]
    return {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}

def main():
    res, texts = layout()
    for rel, body in texts.items():
        p = os.path.join(OUT, "docs", rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(body) + "\n")
    key = key_from(res)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    # README
    R = [f"# {S.SET} — blind planted set for factlint", "",
         f"Twelve invented 2026 documents written without reading factlint's code, tests or rules: three news "
         f"stories each told by three outlets in different house styles (an airliner's nose-gear landing, a storm "
         f"flattening a forest, a student rent strike) and three stand-alone documents (local election results, "
         f"a record office friends' bulletin, a peatland restoration report with notes). `key.json` lists "
         f"{len(key['expected'])} planted findings (`expected`), {len(key['notes'])} low-severity `notes`, and "
         f"every other non-empty line as a `trap` with what could fool a checker there; `must_not` holds the traps "
         f"that must stay silent. Regenerate with `python3 gen/build.py`, check with `python3 gen/validate.py`. "
         f"Score with the shared `eval.py` (same key format).", "",
         "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for rel, (style, lines) in S.DOCS.items():
        cl = rel.split("/")[0]
        R.append(f"| docs/{rel} | {S.STANDALONE_EVENTS.get(rel, S.CLUSTERS[cl])} | {style} | {words(t for t in texts[rel] if t)} |")
    R += ["", "## Events: true figures and planted errors", ""]
    for cl, ev in S.EVENTS.items():
        R += [f"### {cl}", "", f"- True: {ev['true']}", f"- Planted: {ev['planted']}", ""]
    R += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for e in key["expected"]:
        R.append(f"| {e['id']} | {', '.join(e['rules'])} | {', '.join(f'{a}:{b}' for a, b in e['at'])} | {e['what']} |")
    R += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for e in key["notes"]:
        R.append(f"| {e['id']} | {', '.join(e['rules'])} | {', '.join(f'{a}:{b}' for a, b in e['at'])} | {e['what']} |")
    R += ["", f"Traps: {len(key['traps'])} lines ({len(key['must_not'])} must stay silent).", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(R))
    print(f"wrote {len(texts)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, {len(key['traps'])} traps")

if __name__ == "__main__":
    main()
