#!/usr/bin/env python3
"""Build docs/, key.json and README.md for the planted set from docs_spec.py (stdlib only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S


def parse(text):
    """Return list of (text, tag) for each line of a document block."""
    rows = []
    for raw in text.strip("\n").split("\n"):
        if "||" not in raw:
            raise SystemExit(f"line without tag: {raw!r}")
        line, tag = raw.rsplit("||", 1)
        rows.append((line, tag.strip()))
    return rows


def words(rows):
    return sum(len(l.split()) for l, _ in rows)


def model():
    docs = {}
    for path, d in S.DOCS.items():
        docs[path] = dict(d, rows=parse(d["text"]))
    items = {f["id"]: dict(f, at=[]) for f in S.FINDINGS + S.NOTES}
    traps = []
    for path, d in docs.items():
        base = os.path.basename(path)
        for i, (line, tag) in enumerate(d["rows"], 1):
            if not line.strip():
                if tag:
                    raise SystemExit(f"{path}:{i}: blank line with tag {tag!r}")
                continue
            if not tag:
                raise SystemExit(f"{path}:{i}: non-empty line without tag")
            if tag.startswith("@"):
                for fid in tag[1:].split(","):
                    items[fid.strip()]["at"].append([base, i])
            elif tag.startswith("~"):
                traps.append(dict(file=base, line=i, what=tag[1:].strip(), must_not=False))
            else:
                traps.append(dict(file=base, line=i, what=tag, must_not=True))
    return docs, items, traps


def main():
    docs, items, traps = model()
    for path, d in docs.items():
        p = os.path.join(OUT, "docs", path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(l for l, _ in d["rows"]) + "\n")

    def clean(f):
        return {"id": f["id"], "rules": f["rules"], "at": f["at"], "what": f["what"]}
    key = {
        "set": S.SET_NAME,
        "expected": [clean(items[f["id"]]) for f in S.FINDINGS],
        "notes": [clean(items[f["id"]]) for f in S.NOTES],
        "traps": traps,
        "must_not": [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]],
    }
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    # README
    L = [f"# {S.SET_NAME} — blind planted set for factlint", ""]
    L.append(
        "Twelve invented documents dated 2026: three stories (clusters), each told by three outlets in different "
        "house styles, and three stand-alone documents. They were written by a helper that never read factlint's "
        "code, tests, rules or earlier sets, only the public SPEC.md and the shared dev example. `key.json` lists "
        f"{len(S.FINDINGS)} planted findings (`expected`, with every line a correct tool could point at), "
        f"{len(S.NOTES)} low-severity `notes`, and a `traps` entry for every other non-empty line (`must_not` "
        "holds those that must stay silent, as [file, line, why]). The set is built from `gen/docs_spec.py` by "
        "`gen/build.py` and checked by `gen/validate.py`. Score it with the shared `eval.py` (copy it next to "
        "`key.json` and `docs/`).")
    L += ["", "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for path, d in docs.items():
        L.append(f"| docs/{path} | {d['event']} | {d['outlet']} | {words(d['rows'])} |")
    L += ["", "## Events: true figures and planted errors", ""]
    L += S.README_EVENTS.strip("\n").split("\n")
    L += ["", "## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in S.FINDINGS + S.NOTES:
        it = items[f["id"]]
        lines = ", ".join(f"{a}:{b}" for a, b in it["at"])
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {lines} | {f['what'].replace('|', '/')} |")
    L += ["", f"Traps: {len(traps)} lines ({sum(t['must_not'] for t in traps)} in `must_not`)."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
    print(f"built {len(docs)} docs, {len(S.FINDINGS)} findings, {len(S.NOTES)} notes, {len(traps)} traps")


if __name__ == "__main__":
    main()
