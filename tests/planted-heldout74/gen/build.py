#!/usr/bin/env python3
"""Write docs/, key.json and README.md for heldout74 from docs_spec.py (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402


def words(lines):
    return sum(len(l.split()) for l in lines)


def layout():
    """Return {relpath: [text lines]}, {base: relpath}, annotations [(base, line, ann)]."""
    texts, bases, anns = {}, {}, []
    for rel, entries in S.DOCS.items():
        base = os.path.basename(rel)
        assert base not in bases, "duplicate base name " + base
        bases[base] = rel
        lines = []
        for i, e in enumerate(entries, 1):
            if e == "":
                lines.append("")
                continue
            text, ann = e
            assert text.strip() and "\n" not in text, (rel, i)
            lines.append(text)
            anns.append((base, i, ann))
        texts[rel] = lines
    return texts, bases, anns


def key_from(anns):
    at = {}
    traps = []
    for base, line, ann in anns:
        if ann.startswith("T:") or ann.startswith("T?:"):
            must = ann.startswith("T:")
            traps.append({"file": base, "line": line, "what": ann.split(":", 1)[1].strip(), "must_not": must})
        else:
            for fid in ann.split(","):
                fid = fid.strip()
                assert fid in S.FINDINGS or fid in S.NOTES, "unknown id " + fid
                at.setdefault(fid, []).append([base, line])
    expected = [{"id": fid, "rules": f["rules"], "at": at[fid], "what": f["what"]} for fid, f in S.FINDINGS.items()]
    notes = [{"id": nid, "rules": n["rules"], "at": at[nid], "what": n["what"]} for nid, n in S.NOTES.items()]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]]
    return {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}


def readme(texts, bases, key):
    out = []
    out.append("# %s \u2014 blind planted set for factlint" % S.SET)
    out.append("")
    out.append("Twelve invented 2026 documents written without reading factlint's code, tests or rule packs: three "
               "stories each told by three outlets in different house styles (a water main burst, a women's cup "
               "final, a warehouse pay deal) and three stand-alone documents (a cricket club's annual report with a "
               "results table, a parish newsletter, a public-health radon report with footnotes). `key.json` lists "
               "30 planted findings (`expected`, every line where the fact or quote is stated), %d low-severity "
               "`notes`, and a `traps` entry for every other non-empty line (`must_not` holds those that must stay "
               "silent). The generator and its validator are in `gen/` (`python3 gen/build.py && python3 "
               "gen/validate.py`); to score, copy the shared `eval.py` next to `key.json` and run it from a factlint checkout."
               % len(key["notes"]))
    out.append("")
    out.append("## Files")
    out.append("")
    out.append("| file | event | outlet / house style | words |")
    out.append("|---|---|---|---|")
    for rel, lines in texts.items():
        base = os.path.basename(rel)
        ev, style = S.OUTLETS[base]
        out.append("| docs/%s | %s | %s | %d |" % (rel, ev, style, words(lines)))
    out.append("")
    out.append("## True figures and planted errors, per event")
    out.append("")
    by_event = {}
    for f in key["expected"]:
        evs = sorted({S.OUTLETS[a[0]][0] for a in f["at"]})
        for ev in evs:
            by_event.setdefault(ev, []).append(f)
    for ev, truths in S.TRUTH.items():
        out.append("### " + ev)
        out.append("")
        out.append("True: " + "; ".join(truths) + ".")
        out.append("")
        for f in by_event.get(ev, []):
            out.append("- %s (%s): %s" % (f["id"], f["rules"][0], f["what"]))
        out.append("")
    out.append("## Findings")
    out.append("")
    out.append("| id | rules | lines | what |")
    out.append("|---|---|---|---|")
    for f in key["expected"]:
        lines = ", ".join("%s:%d" % (a, b) for a, b in f["at"])
        out.append("| %s | %s | %s | %s |" % (f["id"], ", ".join(f["rules"]), lines, f["what"].replace("|", "/")))
    out.append("")
    out.append("## Notes (not scored for recall)")
    out.append("")
    out.append("| id | rules | lines | what |")
    out.append("|---|---|---|---|")
    for f in key["notes"]:
        lines = ", ".join("%s:%d" % (a, b) for a, b in f["at"])
        out.append("| %s | %s | %s | %s |" % (f["id"], ", ".join(f["rules"]), lines, f["what"].replace("|", "/")))
    out.append("")
    out.append("Traps: %d lines, %d of them in `must_not`." % (len(key["traps"]), len(key["must_not"])))
    out.append("")
    return "\n".join(out)


def main():
    texts, bases, anns = layout()
    for rel, lines in texts.items():
        path = os.path.join(OUT, "docs", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
    key = key_from(anns)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(texts, bases, key))
    print("wrote %d docs, %d findings, %d notes, %d traps" % (len(texts), len(key["expected"]), len(key["notes"]), len(key["traps"])))


if __name__ == "__main__":
    main()
