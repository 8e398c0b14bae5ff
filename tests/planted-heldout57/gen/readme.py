#!/usr/bin/env python3
"""Write README.md for heldout57 from key.json, docs/ and the hand-written event notes below."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import DOCS

STYLE = {
 "brennock_wire.txt": "wire copy (Calder Press Agency), dateline, 24-hour clock",
 "brennock_tabloid.txt": "tabloid (The Brennock Clarion), 'last night', am/pm, per cent",
 "brennock_ratepayers_bulletin.md": "members' bulletin (Brennock Ratepayers' Association), Markdown",
 "hartleaf_trade_newsletter.txt": "trade newsletter (Bakery & Snacking Weekly), bullets, SI units (t, m\u00b2, km)",
 "hartleaf_magazine.md": "magazine feature, numbers in words, sq ft",
 "hartleaf_live.md": "markets live page, timestamped updates, running prices, a correction",
 "corranmouth_broadcast.txt": "broadcaster web copy (CVN News), mph/km/h",
 "corranmouth_cleanair_bulletin.md": "campaign group members' bulletin, \u00b5g/m\u00b3, am/pm",
 "corranmouth_weekly.txt": "weekly newspaper feature, \u00b0F first, times in words",
 "westmarch_police_crime_bulletin.md": "police force annual recorded-crime bulletin with a Markdown table",
 "aldwater_leakage_report.txt": "water company annual leakage report, Ml/d, bullets, [n] markers without notes",
 "ardmore_committee_empty_homes.md": "parliamentary select committee report with numbered [n] footnotes",
}

EVENTS = """\
### Cluster `brennock/` - Brennock Borough Council budget vote (local government)
True figures: full council on Thursday 26 February 2026 approved a 4.99% rise in the council's share of council
tax for 2026/27; vote at 22:42 (10.42pm) after a meeting that opened at 18:30; 31 for, 22 against, 3 abstentions
(56 present, 60 seats). Band D element \u00a31,842.30 -> \u00a31,934.23 (+\u00a391.93 a year, \u00a31.77 a week). Budget gap
\u00a314.6m = \u00a39.2m savings + \u00a32.1m reserves + \u00a33.3m from the tax rise. 38 posts cut. Referendum cap 5%; last
year's rise 2.99%; police precept +4.2% (other body). Odbury quote ends "would have cost residents far more".
Planted: tabloid gives 24 votes against (F1), 48 jobs (F3), 9.48pm for the vote (F4) and "families" in the
Odbury quote (F5); bulletin gives \u00a39.7m savings (F2), states the gap as both \u00a314.6m and \u00a316.4m (F6) and carries
a free-standing quote (F28).

### Cluster `hartleaf/` - Hartleaf Bakeries first-quarter trading update (retail)
True figures: update published Wednesday 22 April 2026 for the 13 weeks to 28 March; sales \u00a3186.4m, +9.7% from
\u00a3169.9m; like-for-like +3.8%; 41 openings, 9 closures, net 32, estate 1,318 (212 franchised); 29 of the 41
openings in travel/roadside sites (70.7%); Aldby bakery 24,000 m\u00b2 (about 258,000 sq ft), \u00a372m, 350 jobs, spring
2027; capex guidance about \u00a3150m; target 160 openings in 2026 (131 in 2025). Shares: prior close 1,546p, open
1,610p (+4.1%), high 1,642p (+6.2%), 12:30 1,636p, close 1,628p (+5.3%). Aske quote: "they are just being choosier".
Planted: magazine says "nearly five per cent" like-for-like (F7), 320,000 sq ft (F9), "Thursday, April 22" (F14),
"simply being choosier" (F13); live page says 19 closures (F8), 1,381 shops (F10), \u00a382m (F11) and carries an
unattributed quote at 07:40 (F29); trade newsletter calls 29 of 41 "58%" (F12).

### Cluster `corranmouth/` - Corranmouth PM2.5 pollution episode, 10-13 March 2026 (environment)
True figures: 'very high' alert at 07:30 on Wednesday 11 March; Dockside Road peak hourly PM2.5 187 \u00b5g/m\u00b3 at
19:00 on 11 March; that day's 24-hour mean 96 \u00b5g/m\u00b3 (guideline 25); 14 of 19 stations 'very high'; 23 primary
schools kept pupils inside; 40 mph (64 km/h) limit on the ring road; wind cleared the air on Friday 13 March;
34 volunteer sensors. Brannagh quote: "If you can smell smoke outside, keep children and older relatives indoors."
Planted: bulletin gives the peak as 178 (F15) and 32 schools (F17) and carries an unattributed quote (F30); weekly
gives 16 of 19 stations (F16), "1998, 26 years ago" (F18), "outdoors ... elderly" (F19) and states Wednesday's
daily mean as both 96 and 69 (F20).

### Stand-alone documents
- `westmarch_police_crime_bulletin.md`: table rows add up to 81,650 and 78,008 (-4.5%). Planted: robbery 1,240 in
  the text vs 1,204 in the table (F21); drug offences 3,902 -> 4,318 called a 16% rise (10.7%) (F22).
- `aldwater_leakage_report.txt`: leakage 142.6 Ml/d (149.1 last year, target 138.0), 612 Ml/d into supply.
  Planted: markers [1] [2] [3] with no notes section (F23); 142.6 of 612 called 19.8% (23.3%) (F24).
- `ardmore_committee_empty_homes.md`: 28,640 empty homes (+10.5% on 25,910). Planted: "Thursday 10 June 2026"
  is a Wednesday (F25); footnotes jump from [3] to [5] (F26); [9] cited but notes end at [8] (F27).
"""

TRAP_KINDS = """\
- same figure in other words, units or roundings: 4.99% / "just under five per cent"; \u00a391.93 / \u00a392 / \u00a31.77 a week;
  \u00a3186.4m / "one hundred and eighty-six million pounds"; 9.7% / "almost ten per cent"; 14.2 million / "fourteen million";
  07:30 / 7.30am / "half past seven"; 19:00 / 7pm; 40mph (64km/h); 28F (-2C); 212 km (132 miles); 1.2 million km (750,000 miles).
- other subjects or scopes with the same measure: police precept +4.2% vs council +4.99%; total Band D bill vs council
  element; franchised shops vs estate; volunteer sensor readings vs council monitor; rival chain's share move;
  sexual offences +4.2% and other offences +4.2%.
- other periods: last year's 2.99% rise; 2025 openings (131); Q1 2025 flour; 2025 'high' days; 2004 leakage (211 Ml/d);
  2023 empty-homes count; 2024-25 repair time.
- forecasts, targets, caps and guidance vs actuals: 5% referendum cap; 160-opening target; \u00a3150m capex guidance;
  analysts' 3.0% like-for-like forecast; broker target price 1,800p; Thursday 'high' forecast; 138.0 Ml/d target;
  128 Ml/d 2030 aim; \u00a350m allowance; 100%/300% premium caps; "several thousand" homes by 2028.
- running values and a correction: share price 1,610p -> 1,642p -> 1,636p -> 1,628p; running volume; the 09:45
  correction of 1,462p to 1,642p; sign-ups "more than 4,000" vs total "over 18,000".
- correct arithmetic: Band D rise and weekly cost; gap = savings + reserves + tax; +9.7%; 41 - 9 = 32; 212/1318 = one in six;
  price changes; 34 x 96 = 3,264 readings and two in five above 50; table rows summing to totals; category changes;
  rate per 1,000; leakage change, share of target, per-property litres and gallons; +10.5%, one in 60, 32.5%; fund doubled.
- correct dates: weekdays (26 and 27 Feb, 17 and 30 March, 10/11/13/19 March, 21 and 22 April, 6/15/23 July), 1974 + 52,
  2004 + 22, 2016 + 10 years.
- quotes: the same Rennell words in two outlets; partial quotes ("choosier about when", "several thousand") correctly
  attributed; quotes whose speaker is named in the previous sentence; attributed resident/chair/minister quotes;
  a named analyst firm rather than a vague source.
- footnotes: reuse of [2] after [7]; numbered recommendations "1." and "2." that are not footnote markers.
"""

def main():
    key = json.load(open(os.path.join(OUT, "key.json"), encoding="utf-8"))
    out = ["# heldout57 \u2014 blind planted set for factlint", "",
           "Twelve invented 2026 documents: three clusters (three outlets each on one event) and three stand-alone documents.",
           "Every non-empty line is exactly one finding line, note line or trap line (see `gen/docs_spec.py`).",
           "Rebuild with `python3 gen/build.py && python3 gen/readme.py`; check with `python3 gen/validate.py`.", "",
           "## Files", "", "| File | Outlet / house style | Words |", "|---|---|---|"]
    for rel in DOCS:
        b = os.path.basename(rel)
        w = len(open(os.path.join(OUT, "docs", rel), encoding="utf-8").read().split())
        out.append(f"| docs/{rel} | {STYLE[b]} | {w} |")
    out += ["", "## Events, true figures and planted errors", "", EVENTS,
            "## Findings", "", "| Id | Rules | Where | What |", "|---|---|---|---|"]
    for f in key["expected"]:
        where = ", ".join(f"{a}:{l}" for a, l in f["at"])
        out.append(f"| {f['id']} | {', '.join(f['rules'])} | {where} | {f['what']} |")
    c = Counter(f["rules"][0] for f in key["expected"])
    out += ["", "Counts by primary rule: " + ", ".join(f"{k} {v}" for k, v in c.items()) + f" (total {len(key['expected'])}).",
            "F4 also carries numeric-conflict (two clock times for one vote).", "",
            "## Notes", "", "| Id | Rule | Where | What |", "|---|---|---|---|"]
    for n in key["notes"]:
        out.append(f"| {n['id']} | {n['rules'][0]} | {', '.join(f'{a}:{l}' for a, l in n['at'])} | {n['what']} |")
    out += ["", f"## Traps ({len(key['traps'])} lines, {len(key['must_not'])} in must_not)", "", TRAP_KINDS]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    main()
