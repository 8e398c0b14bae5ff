#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py (standard library only)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)


def layout():
    """Return {path: [(lineno, tag, text)]} for non-empty lines, plus raw text per path."""
    lines, texts = {}, {}
    for path, entries in S.DOCS.items():
        rows, raw = [], []
        for i, e in enumerate(entries, 1):
            if e == "":
                raw.append("")
                continue
            tag, text = e
            raw.append(text)
            rows.append((i, tag, text))
        lines[path] = rows
        texts[path] = "\n".join(raw) + "\n"
    return lines, texts


def words(text):
    return len(text.split())


def key_and_tables():
    lines, texts = layout()
    at = {}
    traps = []
    for path, rows in lines.items():
        base = os.path.basename(path)
        for n, tag, text in rows:
            if tag.startswith("T:"):
                traps.append({"file": base, "line": n, "what": tag[2:]})
            else:
                for fid in tag.split():
                    at.setdefault(fid, []).append([base, n])
    expected = [{"id": i, "rules": [r], "at": at.get(i, []), "what": w} for i, r, w in S.FINDINGS]
    notes = [{"id": i, "rules": [r], "at": at.get(i, []), "what": w} for i, r, w in S.NOTES]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps]
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    return key, lines, texts


def readme(key, texts):
    event = {"landslip": "Pellow Cutting landslip closes Carrick Bay rail line",
             "seahorse": "Melbury Estuary seagrass survey counts spiny seahorses",
             "brassband": "Northern Area brass band championships",
             "standalone": None}
    style = {
        "landslip_wire.txt": "wire agency, dateline, SI with imperial in brackets",
        "landslip_railbrief.md": "trade newsletter in Markdown, key-figure bullets, SI units, 24-hour times",
        "landslip_tabloid.txt": "tabloid, 'yesterday', imperial units, am/pm, pull-quote",
        "seahorse_broadcast.txt": "broadcaster web copy with publication time",
        "seahorse_magazine.txt": "magazine feature, numbers in words, pull-quote",
        "seahorse_localpaper.txt": "local paper with byline and date, metric with imperial in brackets",
        "brassband_live.txt": "live page with HH:MM timestamps and a correction",
        "brassband_newsletter.md": "association bulletin in Markdown with bullets",
        "brassband_student.txt": "student newspaper with byline and date",
        "fernhill_coop_results.md": "co-operative half-year report: Markdown table, 'label: value' lines, [^n] footnotes",
        "harbourside_reading_bulletin.txt": "charity volunteer bulletin, plain text, label lines, [n] markers",
        "coastguard_q4_statistics.txt": "public body quarterly statistics, [n] markers and a Notes section",
    }
    sa_event = {"fernhill_coop_results.md": "Fernhill Millers' Co-operative half-year results",
                "harbourside_reading_bulletin.txt": "Harbourside Reading Trust spring bulletin",
                "coastguard_q4_statistics.txt": "Caldermoor Maritime Safety Agency Q4 2025 rescue statistics"}
    out = [f"# {S.TITLE} \u2014 blind planted set for factlint", "",
           "Twelve invented 2026 documents written without reading factlint's code: three stories, each told by three "
           "outlets in different house styles, plus three stand-alone documents (a co-operative, a charity and a public "
           "body's quarterly statistics). `key.json` lists the 30 planted findings (`expected`), low-severity `notes`, and "
           "a `traps` entry for every other non-empty line (all of them in `must_not`). Everything is generated from "
           "`gen/docs_spec.py` by `gen/build.py`; `gen/validate.py` checks the key against the documents.", "",
           "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for path, text in texts.items():
        folder, base = path.split("/")
        ev = event[folder] or sa_event[base]
        out.append(f"| docs/{path} | {ev} | {style[base]} | {words(text)} |")
    out += ["", "## True figures and planted errors", ""]
    for folder, facts in S.TRUE_FACTS.items():
        out.append(f"- **{folder}** \u2014 true: {facts}")
        files = {os.path.basename(pp) for pp in texts if pp.startswith(folder + "/")}
        planted = [f for f in key["expected"] if any(a in files for a, _ in f["at"])]
        out.append("  - planted: " + "; ".join(f"{f['id']} {f['what']}" for f in planted))
    out.append("- planted errors: see the findings table (F = numeric-conflict, A = numeric-arithmetic, "
               "D = date-inconsistency, Q = quote-conflict, U = unattributed-quote, FN = footnotes).")
    out += ["", "## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["expected"]:
        ls = ", ".join(f"{a}:{b}" for a, b in f["at"])
        out.append(f"| {f['id']} | {', '.join(f['rules'])} | {ls} | {f['what']} |")
    out += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["notes"]:
        ls = ", ".join(f"{a}:{b}" for a, b in f["at"])
        out.append(f"| {f['id']} | {', '.join(f['rules'])} | {ls} | {f['what']} |")
    out.append("")
    return "\n".join(out)


def main():
    key, lines, texts = key_and_tables()
    for path, text in texts.items():
        p = os.path.join(OUT, "docs", path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(key, texts))
    print(f"wrote {len(texts)} documents, {len(key['expected'])} findings, {len(key['notes'])} notes, {len(key['traps'])} traps")


if __name__ == "__main__":
    main()
