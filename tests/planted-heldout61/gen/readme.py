#!/usr/bin/env python3
"""Write OUTDIR/README.md from docs_spec.py and key.json."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_spec as S
key = json.load(open(os.path.join(OUT, "key.json")))

EVENTS = """## Events: true figures and planted errors

### 1. `prisons/` - Wessland prison population record and early-release scheme (Friday 6 March 2026)
True: adult population 31,482 (bulletin published 11:00 Fri 6 March); operational capacity 32,150, so 668 spare places;
certified normal accommodation 27,900; a year earlier 29,870 (+1,612, +5.4%); remand 7,940 (about a quarter); women 1,410;
137 in police cells on Thursday night; more than 9,000 sharing single cells; early release of **up to 1,100** prisoners, up to
40 days early, from **Monday 20 April**; 420 new cells at HMP Stonegate due October; 850 officers to be recruited; projection
33,600 by March 2027; Carrow quote "...we will not release anyone who poses a danger to the public"; officer vacancies 1,240.
Planted: tabloid population 31,842 (F1); bulletin 486 spare places (F2); tabloid "up to 1,700" (F3); bulletin vacancies
1,240 vs 1,420 in one document (F4); tabloid misquote "free anyone who poses a risk" (F15); bulletin "Tuesday 20 April" (F17);
unattributed cupboard quote in tabloid (F22).

### 2. `pricecap/` - Energy Tariff Authority price cap for July-September 2026 (Wednesday 27 May 2026, published 07:00)
True: typical dual-fuel direct-debit bill GBP 1,611 from GBP 1,738 (-GBP 127, -7.3%); electricity 24.10 p/kWh (from 26.12,
-7.7%), standing charge 53.68 p/day (from 51.37, +4.5%); gas 5.64 p/kWh (from 6.35, -11.2%), standing charge 31.65 p/day
unchanged; prepayment GBP 1,574; about 21 million households on the cap; arrears GBP 3.9bn; wholesale -18%; 11 suppliers;
next cap Tuesday 25 August. Voss quote "...back to where they were."
Planted: WBC bill GBP 1,661 (F5); live standing charge 56.38p (F6); newsletter c.17 million households (F7); WBC arrears
GBP 4.3bn (F8); WBC "published at 9am" vs live 07:00 (F16); newsletter gas cut "-17.2%" (F19); WBC misquote "where they used to
be" (F21); unattributed live-page quote at 08:20 (F23). The live page's 07:06 "GBP 172" is a superseded figure corrected at 08:40 (trap).

### 3. `nursery/` - Ashcombe County Council childcare sufficiency assessment (cabinet, Tuesday 14 April 2026)
True: 11,420 funded places needed for September 2026, 9,080 available, shortfall 2,340 (about a fifth); under-twos 1,610 of it
(more than two-thirds); 38 settings closed and 14 opened in 2025 (net -24); childminders 412 from 530 in 2021; GBP 4.6m
capital programme for 900 places by September 2027; under-twos rate GBP 11.40 from GBP 10.85 (+5%); Little Acorns waiting
list 64 for 22 places; Penhaligon quote "...find one close to home...".
Planted: Post shortfall 3,240 (F9); feature "Twenty-eight" closures (F10); Post 600 places (F11); feature waiting list
"forty-six" (F14); Post "Wednesday's cabinet meeting" (F18); feature misquote "near their home" (F20).

### Stand-alone
- `larkspur_claims.md` - insurer's 2025 claims statistics with a table whose rows and averages add up. Planted: pet claims
  paid 28,760 (table) vs 27,680 (text) (F12); escape of water GBP 61.2m of GBP 143.6m called 48.6% (true 42.6%) (F25);
  markers [1] and [2] with no notes section (F29).
- `brackenmoor_review.md` - zoo and aquarium annual review. Planted: opened 1937 yet "90th anniversary" in 2026 (F26);
  membership 16,200 -> 18,950 called +21% (true +17.0%) (F27); unattributed reef quote (F24).
- `tannerslane_consultation.txt` - stadium redevelopment consultation with ^n markers. Planted: North Stand 6,400 vs
  4,600 seats in one document (F13); markers and notes skip 3 (F28); marker ^7 with no note (F30).
"""

def cell(s): return s.replace("|", "\\|")
out = ["# heldout61 — blind planted set for factlint", "",
       "Twelve invented 2026 documents: three story clusters (justice, energy, childcare), each covered by three outlets in",
       "their own house style, plus three stand-alone documents. Every non-empty line is exactly one finding line, note line",
       "or trap line (checked by `gen/validate.py`). Regenerate with `python3 gen/build.py && python3 gen/readme.py && python3 gen/validate.py`.",
       "", "## Files", "", "| File | Folder | Outlet / house style | Words | Lines |", "|---|---|---|---:|---:|"]
for d in S.DOCS:
    txt = open(os.path.join(OUT, "docs", d["path"]), encoding="utf-8").read()
    out.append(f"| {os.path.basename(d['path'])} | {os.path.dirname(d['path'])} | {cell(d['style'])} | {len(txt.split())} | {len(txt.splitlines())} |")
out += ["", EVENTS, "## Findings (`expected`)", "", "| Id | Rules | Lines | What |", "|---|---|---|---|"]
for e in key["expected"]:
    out.append(f"| {e['id']} | {', '.join(e['rules'])} | {'; '.join(f'{f}:{l}' for f, l in e['at'])} | {cell(e['what'])} |")
c = collections.Counter(e["rules"][0] for e in key["expected"])
out += ["", "By rule (first rule): " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) + f"; total {len(key['expected'])}.",
        "", "## Notes (`notes`)", "", "| Id | Rule | Line | What |", "|---|---|---|---|"]
for n in key["notes"]:
    out.append(f"| {n['id']} | {', '.join(n['rules'])} | {'; '.join(f'{f}:{l}' for f, l in n['at'])} | {cell(n['what'])} |")
out += ["", "## Traps", "",
        f"{len(key['traps'])} trap lines, {len(key['must_not'])} of them in `must_not` (headings, titles and the corrected live-page",
        "figure, plus a few arguable lines, are traps but not `must_not`). Kinds:", "",
        "- the same figure in other words or units: 'within 700 places' for 668, 'more than 1,600' for 1,612, 'nearly a fifth' for",
        "  18%, 'about 7%' for 7.3%, 2.7 MWh for 2,700 kWh, 24.1p for 24.10p, 'four point six million pounds', 'four hundred and",
        "  twelve', 12ft = 3.7m, 12 miles = 19 km, 28°C = 82°F, 31 m = 102 ft, 71 p/therm = GBP 24.2/MWh, 11:00 = 11am;",
        "- other subjects, scopes or parts of a total with the same measure: certified normal accommodation 27,900, women 1,410,",
        "  remand 7,940, northern jails 121%, prepayment bill GBP 1,574 and 5.4 million prepayment homes, electricity-only bill,",
        "  national shortfall 41,000, under-twos 1,610 of the shortfall, 620 settings, staff vacancies 310, 9,100 seated of 14,350;",
        "- forecasts, targets, caps and projections vs actuals: 33,600 by March 2027, 850 recruits, 420 cells due October, 3-5% fall",
        "  forecast, 640,000 visitor target, 5,000 leak detectors vs 2,500 fitted, 23,000 proposed capacity;",
        "- running totals that rise during the event (suppliers 3 -> 7 -> 11 of 11; calculator 40,000 -> 115,000) and a superseded",
        "  figure with an explicit correction (GBP 172 -> GBP 127);",
        "- correct arithmetic: changes and shares (5.4%, 25%, 7.3%, 7.7%, 4.5%, 4.6%, 8.9%, 90.3%, 6.5%, 8%, 68.8%, 22%), sums",
        "  (table columns, income parts, GBP 118m funding), averages in the table, 30 x 38 = 1,140, 27 months, GBP 52,000 = GBP 1,000 a week;",
        "- correct weekdays (about 20) and anniversaries (1951 -> 75 years, 1976 -> 50, 1926 centenary, 2006 -> 20 years ago);",
        "- quotes: partial quotes repeated with the same words (Lyall, Ondaatje, Wren, Penhaligon in the Post), paraphrases, quotes",
        "  whose speaker is in the previous line ('She said', 'he says'), a second different quote of Voss;",
        "- citation traps: properly defined ^1/^2/^5/^6, numbered section headings '1.', '2.', '3.' before the notes, and a",
        "  press release's numbered 'Notes to editors'.", ""]
open(os.path.join(OUT, "README.md"), "w").write("\n".join(out))
print("wrote README.md")
