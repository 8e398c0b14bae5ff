#!/usr/bin/env python3
"""Write docs/ and key.json (and README.md) for heldout65 from gen/docs_spec.py."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S  # noqa: E402

NAME = "heldout65"


def layout():
    """Return per-doc list of (lineno, entry) for non-blank entries."""
    res = []
    for d in S.DOCS:
        rows, n = [], 0
        for e in d["lines"]:
            n += 1
            if e is not None:
                rows.append((n, e))
        res.append((d, rows, n))
    return res


def words(d):
    return sum(len(e["text"].split()) for e in d["lines"] if e is not None)


def build():
    expected_at = collections.OrderedDict((k, []) for k in S.FINDINGS)
    notes_at = collections.OrderedDict((k, []) for k in S.NOTES)
    traps, must_not = [], []
    for d, rows, total in layout():
        path = os.path.join(OUT, "docs", d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = "\n".join("" if e is None else e["text"] for e in d["lines"]) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        base = os.path.basename(d["path"])
        for n, e in rows:
            if e["kind"] == "F":
                for i in e["ids"]:
                    expected_at[i].append([base, n])
            elif e["kind"] == "N":
                notes_at[e["ids"][0]].append([base, n])
            else:
                t = {"file": base, "line": n, "what": e["what"]}
                traps.append(t)
                if e["must_not"]:
                    must_not.append(t)
    expected = [{"id": k, "rules": v["rules"], "at": expected_at[k], "what": v["what"]}
                for k, v in S.FINDINGS.items()]
    notes = [{"id": k, "rules": v["rules"], "at": notes_at[k], "what": v["what"]}
             for k, v in S.NOTES.items()]
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_readme(key)
    return key


EVENTS = """\
### Cluster `carrowby_heat/` - Carrowby heat network, phase 2 switch-on (Tuesday 10 February 2026)
True figures: switched on 10:30 on Tuesday 10 Feb 2026 by Imogen Valcourt (MD, Carrowby Energy Company);
12 MW sewage-source heat pumps at Fenwick Lane; 18 MW gas standby boilers; 3,140 homes connected (1,880 phase 1 +
1,260 phase 2), target 5,200 by end 2027; 41 non-domestic buildings; phase 2 laid 6.8 km (4.2 miles) of pipe, network
now 14.2 km (a 92% extension); phase 2 cost £38.2m incl. £22m Low Carbon Heat Fund grant (57.6%); total spend
£61.5m; tariff 9.4p/kWh fixed to March 2027; 70/40 °C; first homes 2021; 3,100 t CO2 saved 2025, 9,800 t/yr forecast.
Valcourt: "This is the moment the network stops being a pilot and starts being a utility."
Planted: homes 3,410 (broadcaster); total cost £65.1m (broadcaster); heat pumps 2 x 8 = 16 MW (trade); standby
boilers 24 MW vs 18 MW inside the trade bulletin; "extending the network by 62 per cent"; "Wednesday 10 February";
"stops being an experiment"; an unattributed resident quote.

### Cluster `tolland_grill/` - Tolland Grill Group (Ember & Oak) full-year results (Thursday 5 March 2026)
True figures: published 07:00 Thu 5 Mar 2026 for the 52 weeks to 28 Dec 2025; 14 openings, 9 closures, estate
181 -> 186; revenue £412.6m (2024 £388.9m, +6.1%); like-for-like +3.8%; pre-tax £21.3m (2024 £24.0m, -11%);
420 jobs created; 260 staff at closed sites, 212 redeployed; £27.40 a head (prev. £26.10); plan 10-12 openings,
up to 5 closures in 2026; shares open 250p, 261p (+4.4%) 08:40, 268p (+7.2%) 10:15, close 262p (+4.8%); first
restaurant 1998. Drummock: "We closed the restaurants that were losing money and opened the ones our guests were
asking for."
Planted: 16 openings (tabloid); revenue £427million (tabloid); 240 jobs (feature); 620 workers (tabloid);
"268p, up 12%"; results at "half past seven" (feature) vs 07:00/7am; tabloid rewording of the Drummock quote;
an unattributed diner quote. Trap: live-page correction 168 -> 186; running tallies 6 -> 9.

### Cluster `merrivale_vaping/` - Merrivale Youth Health Survey 2025 (published Wednesday 14 January 2026)
True figures: 9,412 pupils aged 11-16 in 118 schools, fieldwork Sep-Nov 2025; 18% of 15-year-olds vaped in the past
30 days (21% in 2023); 11% of all 11-16s; daily vaping at 15: 5%; girls 20%, boys 16%; 46% of vapers buy in shops;
weekly smoking at 15: 4%; seventh biennial survey since 2013. Brannagh: "The fall is real, but it is small, and it is
not yet a trend."
Planted: 24 per cent (newspaper); 4,912 pupils (newspaper); daily "one in ten" (newspaper); 181 schools (bulletin);
published "Thursday 15 January" (bulletin); "it is modest" (newspaper); unattributed quote (newspaper); bulletin
markers [1] [2] with no notes section.

### Stand-alone
- `brackwater_reservoirs.md` (week ending Sunday 22 March 2026): five rows add up to 41,000 Ml capacity, 33,538 Ml
  stored (81.8%), 32,390 Ml last week. Planted: summary "35,338 megalitres, 86.2 per cent" vs table total;
  "rose by 1,148 Ml ... an increase of 6.5 per cent" (true 3.5%).
- `quillfeather_results.txt` (FY to 31 Jan 2026, released Tue 14 Apr 2026): revenue £184.2m (+14%), ARR £171.5m,
  subscription £158.4m (86%), services £25.8m; founded 2014, listed 2019. Planted: CFO review "£194.2m";
  "2026, the tenth anniversary of the company's founding in 2014".
- `microplastics_briefing.txt` (9 June 2026): ^1 ^2 ^4 ^5 ^6 ^7 markers, notes 1-6. Planted: ^3 never used (gap;
  note 3 orphaned); ^7 has no note.
"""


def write_readme(key):
    lines = [f"# {NAME} — blind planted set for factlint", "",
             "Twelve invented documents (three clusters of three outlets on one 2026 event each, plus three "
             "stand-alone documents), written blind from the rule list only. `key.json` has 30 planted findings, "
             "8 notes and the traps (every other non-empty line); `must_not` lists traps that must stay silent. "
             "Regenerate with `python3 gen/build.py && python3 gen/validate.py`.", "",
             "## Files", "", "| file | folder | outlet / house style | words |", "|---|---|---|---:|"]
    for d in S.DOCS:
        folder, base = os.path.split(d["path"])
        lines.append(f"| {base} | {folder} | {d['outlet']} | {words(d)} |")
    lines += ["", "## Events, true figures and planted errors", "", EVENTS, "## Findings", "",
              "| id | rules | at | what |", "|---|---|---|---|"]
    for f in key["expected"]:
        at = ", ".join(f"{a}:{b}" for a, b in f["at"])
        lines.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
    lines += ["", "## Notes", "", "| id | rule | at | what |", "|---|---|---|---|"]
    for f in key["notes"]:
        at = ", ".join(f"{a}:{b}" for a, b in f["at"])
        lines.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
    lines += ["", "## Traps", "",
              f"{len(key['traps'])} trap lines, {len(key['must_not'])} of them in `must_not`. Kinds:", "",
              "- the same figure in other words, units or formats (4.2 miles = 6.8 km, 10.30am = 10:30, 9.30am = 09:30, "
              "£21.3million = £21.3m, 40ft (12m), 2,150 sq ft (200 sq m), 70 °C / 158 °F, 412 Ml = 90.6 m gallons, "
              "1,100 t = 2.4 m lb, twenty-seven pounds forty = £27.40, 'end of next year' = 2027);",
              "- other scopes of the same measure: phase 2 vs whole network (6.8 vs 14.2 km, 1,260 vs 3,140 homes, "
              "£38.2m vs £61.5m), all 11-16s (11%) vs 15-year-olds (18%), girls/boys sub-groups, 118,000 pupils vs "
              "118 schools, ARR vs revenue, subscription vs total revenue;",
              "- other periods: 2023 survey 21%, year-ago reservoir stocks 78.4%, 2024 revenue/profit, last year's "
              "spend per head and demand, phase 1 savings in 2025 vs full-build forecast;",
              "- forecasts, targets, plans, caps and thresholds (5,200 homes by 2027, 9,800 t/yr, 10-12 openings, "
              "up to 5 closures, 12-14% growth, ARR of at least £195m, 65% drought trigger);",
              "- running totals that rise during the day (6 -> 9 companies reported), a share price moving through "
              "the day, a superseded figure with a correction (168 -> 186);",
              "- partial counts (more than 200 of them; 212 of 260; 40 of 120 places);",
              "- correct arithmetic: shares and percentages (57.6%, 17.0% margin, 86%, +4.4%, +4.8%, +10.5%, +17%, "
              "-11%, 148% of average, 3.4 points, about a third, almost two-thirds, more than four in five), table "
              "rows that divide and add up, per-head budget (£450,000 / 118,000);",
              "- correct weekdays (Tue 10 Feb, Thu 5 Mar, Sat 7 Feb, Sun 22 / Mon 23 / Mon 30 Mar, Tue 14 Apr, "
              "Fri 12 Jun, Fri 10 Jul) and year spans (five years since 2021, 28 since 1998, ten since 2016, seven "
              "since 2019, eight since 2018, seventh biennial edition since 2013);",
              "- quotes: partial quotes attributed in the sentence, quotes whose speaker is in the previous sentence "
              "('She added:'), different quotes by the same speaker on different points;",
              "- a briefing whose other markers ^1 ^2 ^4 ^5 ^6 all have notes.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    k = build()
    print(f"wrote {len(S.DOCS)} docs, {len(k['expected'])} findings, {len(k['notes'])} notes, "
          f"{len(k['traps'])} traps ({len(k['must_not'])} must_not)")
