#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)


def words(lines):
    return sum(len(t.split()) for t, _ in lines)


def collect():
    at = {}       # id -> [[base, line], ...]
    traps = []
    for path, lines in S.DOCS.items():
        base = os.path.basename(path)
        for i, (text, tag) in enumerate(lines, 1):
            if not text.strip():
                continue
            if tag.startswith("T:") or tag.startswith("t:"):
                traps.append({"file": base, "line": i, "what": tag[2:], "must_not": tag.startswith("T:")})
            else:
                at.setdefault(tag, []).append([base, i])
    return at, traps


def main():
    at, traps = collect()
    for path, lines in S.DOCS.items():
        p = os.path.join(OUT, "docs", path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(t for t, _ in lines) + "\n")
    expected = [{"id": i, "rules": r, "at": at[i], "what": w} for i, r, w in S.FINDINGS]
    notes = [{"id": i, "rules": r, "at": at[i], "what": w} for i, r, w in S.NOTES]
    must_not = [[t["file"], t["line"], t["what"]] for t in traps if t["must_not"]]
    key = {"set": S.SET, "expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")

    R = []
    R.append(f"# {S.SET} — blind planted set for factlint\n")
    R.append("Twelve invented 2026 documents written without reading factlint's code, tests or rules: three news "
             "stories each told by three outlets in different house styles (wire copy, a Markdown trade newsletter, "
             "a tabloid, broadcaster web copy, a live page with a correction, a student paper, a local weekly and a "
             "magazine feature with numbers in words) and three stand-alone documents (a trade body's survey with a "
             "Markdown table and footnotes, a club newsletter with label lines, a public body's annual statistics with "
             "a Notes section). `key.json` lists 30 planted findings (`expected`), "
             f"{len(notes)} low-severity `notes`, and a trap entry for every other non-empty line (`traps`; "
             "`must_not` holds the ones that must stay silent). A finding counts when a diagnostic of one of its "
             "rules points (primary or related location) at one of its `at` lines. Regenerate with "
             "`python3 gen/build.py` and check with `python3 gen/validate.py`.\n")
    R.append("## Files\n")
    R.append("| file | event | outlet / house style | words |")
    R.append("|---|---|---|---|")
    for path, lines in S.DOCS.items():
        ev, style = S.META[path]
        R.append(f"| docs/{path} | {ev} | {style} | {words(lines)} |")
    R.append("")
    R.append("## Events: true figures and planted errors\n")
    R.append("**Silo collapse (docs/silo/).** Tuesday 10 March 2026, 06:40; one of six concrete silos, 38 m (125 ft), "
             "built 1974, 5,000 t capacity, holding about 4,200 t of malting barley; three workers injured (one, 52, "
             "serious); 14 on site of 62 staff; 31 homes evacuated within 200 m (220 yd); 4.8 km (3 miles) of branch "
             "line closed, nine trains cancelled, reopening Friday 13 March; clean-up about £1.8m over three weeks; "
             "210,000 t handled a year (185,000 t in 2024). Planted: 2,400 tons spilled (tabloid), five-mile (8km) "
             "closure (tabloid), 6,000-tonne bin (newsletter prose), Injured: 2 (newsletter), collapse at 7.40am "
             "(tabloid), 'Almost every silo' (tabloid), 18% rise that is 13.5% (newsletter), footnote markers with "
             "no notes (newsletter).\n")
    R.append("**Data regulator fine (docs/gymfine/).** Announced Wednesday 15 April 2026: Corefit Leisure fined £4.6m "
             "(proposed £7.5m, cut 39%); 1.27 million current and former members' records, 212,000 with health "
             "questionnaires; database exposed 17 days in August 2024; 3,420 complaints; 148 clubs, about 1.1 million "
             "members, revenue £318m (fine ~1.4%); 12 months of credit monitoring. Planted: 1.72 million (student), "
             "around 120,000 health records (live), more than 4,300 complaints (student), 18 months (student), "
             "announced Tuesday 14 April (student), Anand's 'chose not to protect' (live).\n")
    R.append("**Ice hockey play-off final (docs/hockey/).** Saturday 18 April 2026, 7 p.m. face-off, Wexmoor Wolves 4 "
             "Saltford Stags 3 after overtime (6:12 into OT, Eero Laine, 27); crowd 9,318, beating 8,904 from the "
             "2019 final; shots 38-29, 34 saves; first title since 2011; 50th anniversary season (club founded "
             "1976, year not stated by the wire or gazette); £60,000 prize; about 1,500 fans travelled 190 miles "
             "(306 km). Planted: crowd 'nine thousand eight hundred and thirteen' (magazine), old record 8,409 "
             "(gazette), 'the 29-year-old Finn' (gazette, within document), 'Founded in 1978 ... fiftieth "
             "anniversary' (magazine), 'We nearly stopped believing' (gazette), an unattributed pull-quote "
             "(magazine).\n")
    R.append("**Stand-alone.** Locksmiths' survey: call-out charge £78 in the table vs £87 in the text; jobs 41,300 to "
             "46,900 called a 21% rise (13.6%); an unattributed testimonial; note [^3] unused. Astronomy newsletter: "
             "Members: 143 vs 134 members; 'Thursday 13 May 2026' (a Wednesday); an unattributed quoted sentence. "
             "Registration statistics: total 8,126 (the sum of the parts) vs 8,216 in the text; citizenship "
             "ceremonies 612 to 745 called 12% (21.7%); markers/notes skip 4; marker [7] undefined.\n")
    R.append("## Findings\n")
    R.append("| id | rules | lines | what |")
    R.append("|---|---|---|---|")
    for f in expected:
        ls = ", ".join(f"{a}:{b}" for a, b in f["at"])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {ls} | {f['what']} |")
    R.append("")
    R.append("## Notes (low severity, not scored as recall)\n")
    R.append("| id | rules | lines | what |")
    R.append("|---|---|---|---|")
    for f in notes:
        ls = ", ".join(f"{a}:{b}" for a, b in f["at"])
        R.append(f"| {f['id']} | {', '.join(f['rules'])} | {ls} | {f['what']} |")
    R.append("")
    R.append(f"Traps: {len(traps)} lines, {len(must_not)} of them must stay silent (see `key.json`).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(R))
    print(f"wrote {len(S.DOCS)} docs, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps")


if __name__ == "__main__":
    main()
