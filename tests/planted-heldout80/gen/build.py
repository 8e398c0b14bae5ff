#!/usr/bin/env python3
"""Write docs/, key.json and README.md for heldout80 from docs_spec.py (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402

ORDER = ["F", "A", "D", "Q", "U", "FN"]


def parse(d):
    """Return (lines, tags) for a document: tags[i] is None, ('X', id) or ('T', what)."""
    lines, tags = [], []
    for raw in d["block"].split("\n"):
        if not raw.strip():
            lines.append(""); tags.append(None); continue
        parts = raw.split("@@")
        if parts[0] == "T":
            if len(parts) != 3:
                raise SystemExit(f"bad trap line in {d['path']}: {raw[:60]}")
            lines.append(parts[1]); tags.append(("T", parts[2]))
        else:
            if len(parts) != 2:
                raise SystemExit(f"bad tagged line in {d['path']}: {raw[:60]}")
            lines.append(parts[1]); tags.append(("X", parts[0]))
    return lines, tags


def words(lines):
    return sum(len(l.split()) for l in lines)


def build():
    expected = {k: dict(id=k, rules=v["rules"], at=[], what=v["what"]) for k, v in S.FINDINGS.items()}
    notes = {k: dict(id=k, rules=v["rules"], at=[], what=v["what"]) for k, v in S.NOTES.items()}
    traps, table = [], []
    for d in S.DOCS:
        lines, tags = parse(d)
        path = os.path.join(OUT, "docs", d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        base = os.path.basename(d["path"])
        for i, t in enumerate(tags, 1):
            if t is None:
                continue
            if t[0] == "T":
                traps.append({"file": base, "line": i, "what": t[1], "must_not": True})
            elif t[1] in expected:
                expected[t[1]]["at"].append([base, i])
            elif t[1] in notes:
                notes[t[1]]["at"].append([base, i])
            else:
                raise SystemExit(f"unknown tag {t[1]} in {base}:{i}")
        table.append((d["path"], d["event"], d["outlet"], words(lines)))

    def order(k):
        m = re.match(r"([A-Z]+)(\d+)", k)
        return (ORDER.index(m.group(1)), int(m.group(2)))
    exp = [expected[k] for k in sorted(expected, key=order)]
    nts = [notes[k] for k in sorted(notes, key=lambda k: int(k[1:]))]
    key = {"set": S.SET, "expected": exp, "notes": nts, "traps": traps,
           "must_not": [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]]}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_readme(table, exp, nts, traps)
    return key


TRUTH = {
    "Carnmore Skyway cable-car stoppage": [
        "Saturday 18 July 2026; the line stopped at 11:42 (gearbox sensor tripped, backup motor failed); last passenger down at 17:05 (5h23m).",
        "64 passengers in nine cabins; highest cabin 85 m (about 280 ft); 42 rescue volunteers (16 + 14 + 12); cabins reached 31C (88F).",
        "Three treated for heat exhaustion, a man of 77 taken to hospital; line 2.4 km (1.5 miles), opened 2011; 310,000 passengers in 2025 (262,000 in 2024); closed until at least Friday 24 July.",
        "Planted: 46 passengers (tabloid), 'some 180ft' (tabloid), fifty-two volunteers (tabloid), 'around 360,000 last year' (live), stop time 12.42pm (tabloid), Drysdale 'reasonably' vs 'completely satisfied', an unattributed tabloid pull-quote.",
    ],
    "Casa Verdello pesto recall (undeclared cashew)": [
        "Recall announced Tuesday 10 March 2026; batches VF2611/VF2612, 190 g jars, best before 30 September 2027; cashew up to 0.6% (6 g/kg).",
        "48,600 jars in the batches, 31,200 sold, 17,400 withdrawn; 640 shops in three chains; £2.85 a jar; 11 reactions reported, three hospital cases.",
        "Verdello sales £64m (2025) vs £52m (2024), +23%; 230 staff; recall cost about £1.1m.",
        "Planted: 740 stores and 46,800 jars (newsletter; the latter against its own key figures), 'more than forty-one thousand' sold and seventeen reactions (magazine), '+31%' sales, 'Wednesday 10 March', Kettering 'full' vs 'shared responsibility', a magazine pull-quote, an undefined footnote [^3].",
    ],
    "Westmarch pension fund fraud trial": [
        "Trial opened Monday 2 February 2026 at Hollinbury Crown Court; Martin Leacock, 54, denies nine counts of fraud by abuse of position and two of money laundering (11 charges).",
        "Alleged loss £4.7m via 212 invoices (107 Castlegate + 105 Pennant), March 2017 to October 2023; fund £2.3bn, 61,000 members (27,000 pensioners), 41 employers.",
        "Leacock joined in 2009, head of investments 2014; fraud uncovered November 2023 (14 years after joining); salary £96,000; trial expected to last eight weeks.",
        "Planted: £4.2m (local paper), 'more than 250' invoices and seven fraud counts (newsletter), '27,000 ... more than half', '12 years after', Vance 'the fund's members' vs 'the council's taxpayers', source markers with no notes (newsletter).",
    ],
    "fell and trail running association annual figures 2025": [
        "Members 8,412 in 2025 (7,977 in 2024), regions sum to both; 486 races; 61,930 finishes (54,300 in 2024, +14%); founded 1978 (48th anniversary in 2026).",
        "Planted: 'passed 8,500' against the label line and table total; '+21 per cent' finishes; '50th anniversary'.",
    ],
    "hardware retailers' guild members' bulletin": [
        "388 survey responses (241 = 62%); 1,146 member shops; fee £285 + VAT = £342; trade show Sunday 19 to Monday 20 April 2026.",
        "Planted: 'Three hundred and eighteen members replied' against the 388 label line; an unattributed 'overheard' quote.",
    ],
    "fire and rescue authority annual performance report 2025/26": [
        "9,874 incidents (4,118 + 2,906 + 2,850); 412 accidental dwelling fires (447 the year before, -8%); 4 fire deaths (7 in 2024/25); spending £48.6m.",
        "Planted: 'Six people died' against the headline figure of 4; footnote sequence 1, 2, 4, 5 (3 missing); note [6] never marked (note).",
    ],
}


def write_readme(table, exp, nts, traps):
    L = [f"# {S.SET} — blind planted set for factlint", "",
         "Twelve invented 2026 documents written without reading factlint's code: three news events, each told by "
         "three outlets in different house styles (wire copy with a dateline, a live page with timestamps and a "
         "correction, a Sunday tabloid with imperial units, broadcaster web copy, a Markdown trade newsletter with "
         "SI units and footnotes, a magazine feature with numbers in words, a pensions newsletter, a local evening "
         "paper), plus three stand-alone documents (a sports body's annual figures with a Markdown table, a trade "
         "association bulletin with label lines, a public body's report with [n] footnote markers and notes). "
         f"`key.json` lists {len(exp)} planted findings (`expected`), {len(nts)} low-severity `notes`, and a trap "
         f"for every other non-empty line ({len(traps)} in `traps`, all in `must_not`). The files are generated by "
         "`gen/build.py` from `gen/docs_spec.py` and checked by `gen/validate.py`.", "",
         "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for p, e, o, w in table:
        L.append(f"| docs/{p} | {e} | {o} | {w} |")
    L += ["", "## True figures and planted errors", ""]
    for ev, items in TRUTH.items():
        L.append(f"### {ev}")
        L += [f"- {x}" for x in items]
        L.append("")
    L += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in exp:
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {', '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    L += ["", "## Notes (not scored for recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in nts:
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {', '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    L.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    k = build()
    print(f"built {len(S.DOCS)} docs, {len(k['expected'])} findings, {len(k['notes'])} notes, {len(k['traps'])} traps")
