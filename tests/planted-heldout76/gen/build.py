#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py.  Standard library only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S


def parse(path, text):
    """-> (lines, annotations) where annotations[i] is None or (kind, payload) for line i (0-based)."""
    lines, ann, pending = [], [], None
    for raw in text.split("\n"):
        if raw.startswith("@"):
            if pending is not None:
                raise SystemExit(f"{path}: two annotations in a row: {raw}")
            kind, _, rest = raw[1:].partition(" ")
            if kind not in ("T", "E", "N"):
                raise SystemExit(f"{path}: bad annotation {raw}")
            pending = (kind, rest.strip())
            continue
        if raw.strip():
            if pending is None:
                raise SystemExit(f"{path}: line without annotation: {raw[:60]}")
            ann.append(pending)
        else:
            if pending is not None:
                raise SystemExit(f"{path}: annotation before an empty line: {pending}")
            ann.append(None)
        lines.append(raw)
        pending = None
    if pending is not None:
        raise SystemExit(f"{path}: dangling annotation")
    return lines, ann


def words(lines):
    return sum(1 for l in lines for t in l.split() if re.search(r"[0-9A-Za-z]", t))


def parsed_docs():
    out = {}
    for path, d in S.DOCS.items():
        lines, ann = parse(path, d["text"])
        out[path] = dict(d, lines=lines, ann=ann, base=os.path.basename(path))
    return out


def make_key(docs):
    locs = {}
    traps, must_not = [], []
    for path, d in docs.items():
        for i, a in enumerate(d["ann"]):
            if a is None:
                continue
            kind, payload = a
            if kind in ("E", "N"):
                for fid in payload.split():
                    locs.setdefault(fid, []).append([d["base"], i + 1])
            else:
                traps.append({"file": d["base"], "line": i + 1, "what": payload})
                may = any(f == d["base"] and s in d["lines"][i] for f, s in S.MAY_NOTE)
                if not may:
                    must_not.append([d["base"], i + 1, payload])
    expected = [{"id": f["id"], "rules": f["rules"], "at": locs.get(f["id"], []), "what": f["what"]}
                for f in S.FINDINGS]
    notes = [{"id": n["id"], "rules": n["rules"], "at": locs.get(n["id"], []), "what": n["what"]}
             for n in S.NOTES]
    return {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}


def readme(docs, key):
    event_of = {d["base"]: d["event"] for d in docs.values()}
    r = [f"# {S.SET} — blind planted set for factlint", "",
         f"{S.SET} is a blind evaluation set: twelve invented 2026 documents written without reading factlint's "
         "code, tests or rule packs. Three stories are each told by three outlets in different house styles "
         "(wire copy, trade newsletters, a live page, a tabloid, broadcaster copy, a local weekly, a magazine "
         "feature, a student paper), and three stand-alone documents (a chess club season review with a Markdown "
         "table, a school governors' bulletin with label lines, an inspectorate report with numbered notes). "
         f"`key.json` lists {len(key['expected'])} planted findings (`expected`), {len(key['notes'])} low-severity "
         f"notes (`notes`) and a trap for every other non-empty line (`traps`, {len(key['traps'])}; "
         f"`must_not`, {len(key['must_not'])}, are those that must stay silent). Outlets agree on most facts "
         "and round, convert or paraphrase them differently; those agreements are traps. "
         "`gen/build.py` regenerates everything from `gen/docs_spec.py`; `gen/validate.py` checks it.", "",
         "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for path, d in docs.items():
        r.append(f"| docs/{path} | {S.CLUSTERS[d['event']]} | {d['outlet']} | {words(d['lines'])} |")
    r += ["", "## Events: true figures and planted errors", ""]
    for ev, title in S.CLUSTERS.items():
        r.append(f"### {title}")
        r.append("")
        r.append("True figures:")
        r += [f"- {x}" for x in S.FACTS[ev]]
        r.append("")
        r.append("Planted:")
        for f in key["expected"]:
            if any(event_of[a[0]] == ev for a in f["at"]):
                r.append(f"- {f['id']} ({f['rules'][0]}): {f['what']}")
        for n in key["notes"]:
            if any(event_of[a[0]] == ev for a in n["at"]):
                r.append(f"- {n['id']} (note, {n['rules'][0]}): {n['what']}")
        r.append("")
    r += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["expected"] + key["notes"]:
        at = ", ".join(f"{a}:{b}" for a, b in f["at"])
        r.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what'].replace('|', '/')} |")
    r.append("")
    return "\n".join(r)


def main():
    docs = parsed_docs()
    bases = [d["base"] for d in docs.values()]
    if len(set(bases)) != len(bases):
        raise SystemExit("duplicate base names")
    for path, d in docs.items():
        full = os.path.join(OUT, "docs", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(d["lines"]) + "\n")
    key = make_key(docs)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(docs, key))
    print(f"wrote {len(docs)} documents, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(key['traps'])} traps ({len(key['must_not'])} must_not)")


if __name__ == "__main__":
    main()
