#!/usr/bin/env python3
"""Build key.json for heldout21 from unique text anchors (line numbers are computed)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

LINES = {f: open(p, encoding="utf-8").read().split("\n") for f, p in FILES.items()}


def L(f, anchor):
    hits = [i + 1 for i, line in enumerate(LINES[f]) if anchor in line]
    assert len(hits) == 1, "anchor %r in %s matched lines %s" % (anchor, f, hits)
    return [f, hits[0]]


NC, AR, DT = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ = "quote-conflict", "unattributed-quote"

W, T, TR = "legion_wire.txt", "legion_tabloid.txt", "legion_trade.txt"
YL, YR, YF = "yacht_live.txt", "yacht_regional.txt", "yacht_feature.txt"
SR, SB, SW = "scaffold_radio.txt", "scaffold_broadsheet.txt", "scaffold_wire.txt"
RB, CH, FA = "retail_bulletin.txt", "chocolate_results.txt", "flood_audit.txt"

E = [
 # ---- numeric-conflict across outlets (6)
 ([NC], [(W, "Of those infected, 14 remain in hospital"), (T, "Eleven victims are still being treated"),
         (TR, "fourteen remained hospitalized")],
  "patients still in hospital on May 13: 14 (wire; trade 'fourteen') vs 'Eleven' (tabloid)"),
 ([NC], [(W, "9,000-litre water basin"), (TR, "basin holds roughly 4,000 gallons")],
  "cooling-tower basin capacity: 9,000 litres (wire) vs roughly 4,000 gallons = ~15,000 litres (trade)"),
 ([NC], [(YR, "Eight sailors, three of them from Westhaven"), (YL, "All nine crew have been rescued"),
         (YF, "All nine crew survived")],
  "crew rescued: 'Eight sailors' (regional) vs nine (live page, feature)"),
 ([NC], [(YL, "about 22 nautical miles (41km)"), (YF, "some 60 miles off the coast"),
         (YR, "about 40km off the coast")],
  "distance offshore at capsize: 22 nm/41 km (live; regional ~40 km) vs some 60 miles (feature)"),
 ([NC], [(SW, "injuring five people"), (SW, "Scaffolding collapse injures five"),
         (SR, "Seven people were hurt when"), (SR, "seven hurt"), (SB, "Seven people were injured, one of them")],
  "people injured: five (wire) vs seven (radio, broadsheet)"),
 ([NC], [(SR, "£1.2m refurbishment"), (SB, "£2.1 million refit"), (SW, "2.1 million pound ($2.8 million)")],
  "value of the Corn Exchange conversion: £1.2m (radio) vs £2.1 million (broadsheet, wire)"),
 # ---- numeric-conflict within one document (8)
 ([NC], [(T, "TWENTY-THREE holidaymakers"), (T, "All 27 of those infected"),
         (W, "Health authorities on Wednesday confirmed 23 cases"), (W, "rises to 23 cases"),
         (TR, "23 confirmed and six probable")],
  "tabloid: people infected 'TWENTY-THREE' vs 'All 27'; wire/trade agree with 23 confirmed"),
 ([NC], [(YF, "His yacht, the 52-foot Kestrel Bay"), (YF, "the forty-foot boat")],
  "feature: length of Kestrel Bay 52-foot vs 'forty-foot'"),
 ([NC], [(SB, "Three workers were on the top lift"), (SB, "the two men on the scaffold")],
  "broadsheet: workers on the scaffold when it fell: three vs 'the two men'"),
 ([NC], [(RB, "Retail sales volumes rose 1.4%"), (RB, "The 1.1% quarterly rise in volumes")],
  "bulletin: Q2 quarterly volume growth 1.4% vs 1.1%"),
 ([NC], [(CH, "Group revenue of £412.6 million"), (CH, "revenue of £421.6 million was the highest")],
  "press release: group revenue £412.6m vs 'The company's revenue of £421.6 million'"),
 ([NC], [(CH, "employs 2,850 people across"), (CH, "workforce of nearly 3,400")],
  "press release: group headcount 2,850 vs 'workforce of nearly 3,400'"),
 ([NC], [(FA, "approved an original budget of £86 million"), (FA, "original £68 million budget")],
  "audit: original budget £86 million vs £68 million"),
 ([NC, DT], [(FA, "19 months after its planned launch date"), (FA, "thirty-one-month delay")],
  "audit: delay to go-live 19 months (March 2024 -> October 2025) vs 'thirty-one-month delay'"),
 # ---- numeric-arithmetic (4)
 ([AR], [(RB, "an increase of 9.3%")], "kr 36.2bn -> kr 38.6bn is +6.6%, not 9.3%"),
 ([AR], [(CH, "from £31.0 million, up 18%")], "£31.0m -> £38.2m is +23%, not 18%"),
 ([AR], [(FA, "overrun of £55 million")], "£131m forecast vs £86m budget is a £45m overrun, not £55m"),
 ([AR], [(SW, "a fall of about 45 percent")], "14,000 -> 9,800 is a fall of 30%, not about 45%"),
 # ---- date-inconsistency (4)
 ([DT], [(W, "closed to guests on Tuesday"), (T, "shut its doors on Monday"), (TR, "closed on May 12, a Tuesday")],
  "day the hotel closed: Tuesday May 12 (wire, trade) vs Monday (tabloid)"),
 ([DT], [(YL, "They say she capsized at about 02:10"), (YR, "went over just before 4am"),
         (YF, "a little after two o'clock")],
  "time of capsize: about 02:10 (live; feature 'a little after two') vs just before 4am (regional)"),
 ([DT], [(SB, "crash onto the pavement on Wednesday morning"), (SB, "before Tuesday's collapse")],
  "broadsheet: collapse on Wednesday morning vs 'Tuesday's collapse'"),
 ([DT], [(FA, "Thursday 14 January 2026")], "14 January 2026 was a Wednesday"),
 # ---- quote-conflict (3)
 ([QC], [(W, "We are confident the cooling tower is the source"), (T, "We are certain the cooling tower is the source")],
  "Okafor-Lund: 'confident' (wire) vs 'certain' (tabloid)"),
 ([QC], [(YL, "The keel just let go"), (YR, "The keel just gave way")],
  "Varga-Reid: 'just let go' (live) vs 'just gave way' (regional)"),
 ([QC], [(SB, "should have been closed to the public"), (SB, "should have been shut to the public")],
  "Adeyemi-Hale quoted twice in one article: 'closed' vs 'shut'"),
 # ---- unattributed-quote (3)
 ([UQ], [(TR, "A basin that warm with no biocide dosing")], "stand-alone quoted sentence, no speaker in paragraph or the one before"),
 ([UQ], [(YR, "You do not get a second chance")], "stand-alone quoted sentence, preceding paragraph has no speaker"),
 ([UQ], [(SR, "It came down like a pack of cards")], "stand-alone witness quote, nobody named"),
 # ---- footnotes (2)
 (["footnote-gap"], [(RB, "excluded from the headline retail measure.[5]"), (RB, "5. Automotive fuel sales")],
  "note markers run [1],[2],[3],[5],[6]: [4] is skipped"),
 (["footnote-no-notes"], [(FA, "registered properties.[1]"), (FA, "final cost of £131 million.[2]"),
                          (FA, "for up to four hours.[3]"), (FA, "winter of 2024-25.[4]")],
  "markers [1]-[4] but the summary has no notes section"),
]

N = [
 (["anonymous-source"], (W, "a person familiar with the investigation said"), "person familiar with the investigation"),
 (["vague-source"], (T, "Experts say outbreaks"), "experts say"),
 (["vague-source"], (TR, "Industry insiders say"), "industry insiders say"),
 (["anonymous-source"], (YL, "who asked not to be named, tells us"), "coastguard source who asked not to be named"),
 (["vague-source", "anonymous-source"], (YR, "Sailing sources say"), "sailing sources say"),
 (["vague-source"], (YF, "Critics argue"), "critics argue"),
 (["anonymous-source"], (SB, "A council official who asked not to be named"), "council official, unnamed"),
 (["vague-source"], (SW, "Safety experts say"), "safety experts say"),
]

TRAPS = [
 # legion_wire
 (W, "roughly nine times the number of rooms", "1,900 / 214 rooms = 8.9: 'roughly nine times' is right; guests vs rooms"),
 (W, "does not spread from person to person", "general background, 'two to 10 days' range"),
 (W, "initially put the number of deaths at three", "explicitly superseded death toll (3 -> 2)"),
 (W, "chief executive Paul Wendt said in a statement", "quote attributed in same sentence; 11 hotels is the owner's estate, not this hotel"),
 (W, "The hotel employs about 120 staff", "staff count, a different attribute from guests, rooms or cases"),
 (W, "31 cases were traced", "different outbreak (2019, Kellby)"),
 (W, "We would not be surprised to see the number rise", "speaker named in the sentence before, 'she said'"),
 # legion_tabloid
 (T, "KILLER BUG HOTEL", "headline: two dead agrees with all outlets"),
 (T, "Gran-of-five Maureen Tully", "named speaker with colon; 39.5 is a body temperature"),
 (T, "spent six nights on a ward", "'added:' continues named speaker; six nights in hospital vs a week at the hotel"),
 (T, "up to £189 a night", "room rate, unrelated quantity"),
 (T, "some 1,900 guests who checked in", "'some 1,900' agrees with wire 'about 1,900'"),
 (T, "co-operating fully", "scare-quoted phrase of named company; Wendt quote is a truncation of the wire's, same words"),
 (T, "Len Tully, 71, said", "named speaker; husband's age 71 vs wife's 68 are different people"),
 (T, "The bug thrives in warm water", "background, no figures in conflict"),
 (T, "An earlier version of this article said Mrs Tully was 86", "explicit correction"),
 # legion_trade
 (TR, "COOLING WATER REPORT", "newsletter date May 15, after the events"),
 (TR, "installed in 2011", "install year, February inspection count (100 CFU) is a different time"),
 (TR, "below 68°F (20°C)", "conversions 68F=20C, 77F=25C, 113F=45C are correct"),
 (TR, "quarter of a mile (400 meters)", "quarter mile = 402 m"),
 (TR, "Brennack Leisure, which operates 11 hotels", "partial quote matches the wire's Wendt quote; 11 hotels agrees"),
 (TR, "Anyone who stayed at the hotel and feels unwell", "speaker named in sentence before"),
 (TR, "Penalties for breaches can reach £20,000", "currency conversion roughly right; threshold 1,000 CFU is a rule, not a measurement"),
 (TR, "contacted roughly 1,900 guests", "agrees with wire and tabloid"),
 # yacht_live
 (YL, "03:50 - Four crew have been winched", "running count on a live page"),
 (YL, "04:35 - The coastguard now says seven", "running count rises; 7 + 2 remaining = 9"),
 (YL, "05:10 - All crew accounted for", "running count complete"),
 (YL, "about 13C (55F)", "13C = 55.4F"),
 (YL, "35 knots (65km/h)", "35 kn = 64.8 km/h; 14 boats retired is a different subject"),
 (YL, "The other seven were checked over", "2 in hospital + 7 discharged = 9 crew"),
 (YL, "Earlier we reported that the yacht was 48ft", "explicit correction 48ft -> 52ft"),
 (YL, "Our priority now is the welfare", "speaker named in same entry"),
 # yacht_regional
 (YR, "shaken but in good spirits", "quoted phrase attributed to named commodore; ages of named sailors"),
 (YR, "Every one of them did exactly", "'he said', speaker named in sentence before"),
 (YR, "Two crew members, including Ms Frey", "two in hospital agrees with live page"),
 (YR, "about 13 degrees overnight", "agrees with 13C; 'well over an hour' in the water is a different quantity"),
 (YR, "owned by a syndicate of six sailors", "owners (six), not crew (nine); last year's placing"),
 (YR, "now in its 38th year", "Saturday (June 20) is correct; 87 starters and 14 retired agree with live page"),
 (YR, "We will look at everything", "named speaker in same sentence"),
 (YR, "I have never been so relieved", "named speaker (Carol Whitlock), 5.30am call is after all crew found at 05:10"),
 # yacht_feature
 (YF, "There was a bang like a gunshot", "'he recalled' - Varga-Reid named in the paragraph before"),
 (YF, "The race's organizers reject that", "38-year history and 87 boats agree with other outlets"),
 (YF, "Varga-Reid, 47, a marine engineer", "skipper's age, no conflict"),
 (YF, "about 55 degrees Fahrenheit", "55F = 13C, agrees with live page"),
 (YF, "Idris Kale, were treated for hypothermia", "later update: discharged (supersedes 'in hospital' on the day)"),
 (YF, "She looked like a dead whale", "'he said', speaker clear"),
 (YF, "findings of its inquiry by September 30", "future deadline, not an outcome"),
 # scaffold_radio
 (SR, "It happened at around 11.20am", "agrees with the wire's 1020 GMT (BST = GMT+1)"),
 (SR, "Three of the injured were taken", "3 to hospital + 4 treated at scene = 7"),
 (SR, "three ambulances were at the scene", "ambulances, not casualties"),
 (SR, "stay shut until at least Friday", "expectation later revised (broadsheet: Monday 14 September)"),
 (SR, "Our thoughts are with everyone who was hurt", "named speaker with colon; same words in wire"),
 (SR, "about 18 metres high", "agrees with 60ft and 18 m (59 ft)"),
 (SR, "Shopper Priya Nandakumar", "named speaker with colon"),
 (SR, "I'd never have guessed", "named speaker in sentence before"),
 (SR, "104.6 Dunholme FM", "radio frequency, not a quantity in dispute"),
 # scaffold_broadsheet
 (SB, "Mark Halloran, who runs", "named trader; his own losses"),
 (SB, "inspected every seven days", "inspection interval; 3 September was the previous Thursday"),
 (SB, "We had an inspection last Thursday", "'he said'; last Thursday = 3 September, consistent"),
 (SB, "reopen on Monday 14 September", "14 September 2026 is a Monday; revised expectation stated explicitly"),
 (SB, "An earlier version of this article said the scaffold", "explicit correction (June -> late July)"),
 (SB, "employs about 320 people", "whole company's workforce and other scaffolds, not the site"),
 # scaffold_wire
 (SW, "came down at 1020 GMT", "1020 GMT = 11.20am BST, agrees with radio"),
 (SW, "Three people were taken to hospital", "hospitalised (3) is a subset of the injured"),
 (SW, "It stood about 18 metres (59 feet)", "18 m = 59 ft"),
 (SW, "said Dean Okoro, managing director", "same words as radio; speaker in same sentence"),
 (SW, "six days before the collapse", "3 Sept -> 9 Sept = six days"),
 (SW, "People were screaming", "named speaker; same words as radio"),
 (SW, "41 scaffold collapses in 2025", "33 -> 41 = +24%, 'about a quarter' is right; national total, different subject"),
 (SW, "about 48,000 people", "30 km = 18.6 miles"),
 (SW, "remain closed overnight", "no conflict with radio's 'until at least Friday'"),
 # retail_bulletin
 (RB, "Published by the Central Statistics Bureau on Thursday 13 August 2026", "13 August 2026 is a Thursday; marker [1] has its note"),
 (RB, "Online sales were kr 10.4 billion", "10.4 / 38.6 = 26.9%"),
 (RB, "Food store volumes fell 0.3%", "sub-sector figures, not the headline"),
 (RB, "revised down from 0.6% to 0.4%", "explicit revision of the previous quarter; [3] has its note"),
 (RB, "In June alone", "monthly, not quarterly, growth"),
 (RB, "Compared with April to June 2025", "year-on-year volume growth, different comparison"),
 (RB, "Average weekly retail spending", "2.97bn x 13 = 38.6bn"),
 (RB, "Small businesses, those with fewer", "7.3 / 38.6 = 18.9%, 'just under a fifth'"),
 (RB, "will be published on 12 November 2026", "future release date; [6] has its note"),
 (RB, "1. Seasonal adjustment", "note exists for marker [1]"),
 (RB, "2. Values are at current prices", "note exists for marker [2]"),
 (RB, "3. Revisions follow", "note exists for marker [3]"),
 (RB, "6. Release dates are confirmed", "note exists for marker [6]"),
 # chocolate_results
 (CH, "BRACKWELL, Thursday 21 May 2026", "21 May 2026 is a Thursday"),
 (CH, "Operating margin of 9.3%", "38.2/412.6 = 9.3%; 31.0/371.9 = 8.3%"),
 (CH, "Total dividend of 11.4p", "4.1p + 7.3p = 11.4p"),
 (CH, "Volumes sold of 61,500 tonnes", "61,500 / 59,800 = +2.8%"),
 (CH, "Chief executive Sofia Marchetti-Boyd said", "named speaker with colon"),
 (CH, "an average of £6,900 a tonne", "last year's actual vs this year's expectation (£6,200)"),
 (CH, "International sales rose to £139.4 million", "139.4 / 412.6 = 34%, 'about a third'"),
 (CH, "The Brackwell factory, the larger", "one site's staff (640) and output, not the group's"),
 (CH, "The board expects revenue growth of 5-7%", "forecast; future capacity 48,000 t vs this year's 41,000 t output"),
 (CH, "We will keep investing", "'Marchetti-Boyd added:'"),
 (CH, "92% of the cocoa", "traceability this year vs last year vs 2028 target"),
 (CH, "founded in Brackwell in 1914", "1914 -> 2026 = 112 years"),
 # flood_audit
 (FA, "on Wednesday 4 November 2026", "4 November 2026 is a Wednesday"),
 (FA, "Of the 163 change requests", "subset of requests approved; cost added is part of the overrun"),
 (FA, "software fix was installed within a week", "reported speech, no quote"),
 (FA, "met its target of delivering 95%", "target vs actual months (8 of 12 met, other 4 below)"),
 (FA, "grown by about 120,000", "growth in registrations, not the 1.4 million total"),
 (FA, "Gareth Nwosu, head of the Public Audit Office", "named speaker with colon"),
 (FA, "re-baselined cost and schedule by March 2027", "recommendation deadline, not an outcome"),
 (FA, "performed well", "scare-quoted phrase attributed to named chief executive"),
]

expected = []
used = set()
for i, (rules, anchors, what) in enumerate(E, 1):
    at = [L(f, a) for f, a in anchors]
    used.update(tuple(x) for x in at)
    expected.append({"id": "H%d" % i, "rules": rules, "at": at, "what": what})
notes = []
for i, (rules, (f, a), what) in enumerate(N, 1):
    at = [L(f, a)]
    used.update(tuple(x) for x in at)
    notes.append({"id": "N%d" % i, "rules": rules, "at": at, "what": what})
traps = []
seen = set()
for f, a, what in TRAPS:
    ff, n = L(f, a)
    assert (ff, n) not in used, "trap line %s:%d is also an expected/note line" % (ff, n)
    assert (ff, n) not in seen, "duplicate trap %s:%d" % (ff, n)
    seen.add((ff, n))
    traps.append({"file": ff, "line": n, "what": what})

assert len(expected) == 30, len(expected)
from collections import Counter
c = Counter(e["rules"][0] for e in expected)
assert c == Counter({NC: 14, AR: 4, DT: 4, QC: 3, UQ: 3, "footnote-gap": 1, "footnote-no-notes": 1}), c
assert len(notes) == 8

key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
    json.dump(key, fh, ensure_ascii=False, indent=1)
print("expected %d, notes %d, traps %d" % (len(expected), len(notes), len(traps)))
print(dict(c))
