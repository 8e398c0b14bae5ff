#!/usr/bin/env python3
"""Build ../key.json from unique text anchors. Line numbers are computed, never typed."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

A1, A2, A3 = "flood_cpa_wire.txt", "flood_clarion_tabloid.txt", "flood_avel_courier.txt"
B1, B2, B3 = "measles_nwr_live.txt", "measles_sentinel_feature.txt", "measles_pellingham_sound.txt"
C1, C2, C3 = "boxship_boxline_weekly.txt", "boxship_nna_wire.txt", "boxship_coast_herald.txt"
S1, S2, S3 = "parks_visitor_stats_2025.txt", "veloria_q3_2026_release.txt", "tribunal_okonjo_summary.txt"

_lines = {}
def line(f, anchor):
    if f not in _lines:
        with open(FILES[f], encoding="utf-8") as fh:
            _lines[f] = fh.read().split("\n")
    hits = [i + 1 for i, l in enumerate(_lines[f]) if anchor in l]
    assert len(hits) == 1, f"anchor {anchor!r} in {f}: {len(hits)} hits"
    return hits[0]

# ---------------- expected findings (30) ----------------
E = [
 # numeric-conflict across outlets (6)
 ("numeric-conflict", [(A1, "A total of 17 people were taken to hospital"), (A3, "Twenty-seven people were treated in hospital"),
                       (A2, "seventeen were rushed to hospital")],
  "people hospitalised after the flood, Saturday: 17 taken to hospital (wire; tabloid 'seventeen' agrees) vs 'Twenty-seven ... treated in hospital' (regional daily)"),
 ("numeric-conflict", [(A1, "recorded 94 mm of rain in three hours"), (A2, "more than six inches of rain in three hours")],
  "rain in three hours before the flood: 94 mm (wire) vs more than six inches (~152 mm, tabloid) - units genuinely disagree"),
 ("numeric-conflict", [(B1, "Four pupils are being treated in hospital"), (B3, "Six pupils from Fenwold Abbey School are in hospital")],
  "pupils in hospital at Wednesday lunchtime: 'Four' (live page 12:20) vs 'Six' (local radio)"),
 ("numeric-conflict", [(B1, "61 pupils had no record of two MMR doses"), (B2, "Some 90 pupils had not received both doses")],
  "pupils lacking two MMR doses when the outbreak began: 61 (live page) vs some 90 (broadsheet feature)"),
 ("numeric-conflict", [(C2, "A container ship lost 86 containers overboard"), (C3, "More than a hundred and ten containers went over the side"),
                       (C1, "lost 86 containers overboard in the Bay of Tolvik")],
  "containers lost overboard, as reported Monday: 86 (wire; trade newsletter agrees) vs 'More than a hundred and ten' (regional daily)"),
 ("numeric-conflict", [(C1, "Waves of up to 9 metres and gusts of 65 knots"), (C3, "Waves reaching 40 feet battered the ship")],
  "wave height hitting the ship: up to 9 metres (trade newsletter) vs 40 feet (~12.2 m, regional daily) - units genuinely disagree"),
 # numeric-conflict within one document (8)
 ("numeric-conflict", [(A2, "Forty-two Britons were among the holidaymakers"), (A2, "supporting the 28 British holidaymakers")],
  "British holidaymakers at the site (Foreign Office, last night): 'Forty-two Britons' vs 'the 28 British holidaymakers' in the same tabloid article"),
 ("numeric-conflict", [(A3, "he put the cost of the clean-up at €1.2 million"), (A3, "only part of the €800,000 clean-up bill")],
  "campsite clean-up cost per the owner: EUR 1.2 million vs 'the EUR 800,000 clean-up bill' in the same article"),
 ("numeric-conflict", [(B1, "Key points (as of 16:05"), (B1, "the agency now confirms 23 cases in total")],
  "confirmed cases as of 16:05 Wednesday: 26 in the key-points box vs 23 in the 16:05 entry of the same live page"),
 ("numeric-conflict", [(B2, "Of its 640 pupils, 410 board"), (B2, "For the school’s 380 boarders"), (B1, "410 of them boarders")],
  "number of boarders: 410 vs 'the school's 380 boarders' in the same feature (live page also says 410)"),
 ("numeric-conflict", [(C1, "The ship's crew of 22 were all unhurt"), (C1, "all 24 crew members had been accounted for")],
  "crew on board: 'crew of 22' vs 'all 24 crew members' in the same company statement as reported"),
 ("numeric-conflict", [(C3, "Eleven containers have come ashore so far"), (C3, "Of the 17 boxes that have washed up")],
  "containers washed ashore so far: 'Eleven' vs 'the 17 boxes that have washed up' in the same article"),
 ("numeric-conflict", [(S1, "recorded 14.2 million visits in 2025"), (S1, "Of the 12.9 million visits recorded across the parks last year")],
  "total park visits in 2025: 14.2 million vs 12.9 million in the same report summary"),
 ("numeric-conflict", [(S2, "Revenue rose to €418.6 million"), (S2, "quarterly sales of €436 million")],
  "Q3 revenue: EUR 418.6 million vs 'quarterly sales of EUR 436 million' (CFO paraphrase) in the same release"),
 # numeric-arithmetic (4)
 ("numeric-arithmetic", [(A1, "an increase of about 170 percent")],
  "0.9 m to 3.3 m is an increase of about 267 per cent, not about 170"),
 ("numeric-arithmetic", [(B3, "almost a third")],
  "118 of 640 pupils is about 18 per cent, not almost a third"),
 ("numeric-arithmetic", [(S1, "an increase of 12 per cent.[2]")],
  "1.62 million to 1.94 million is an increase of about 20 per cent, not 12"),
 ("numeric-arithmetic", [(S2, "an increase of 18 per cent")],
  "EUR 196m to EUR 251m is an increase of about 28 per cent, not 18"),
 # date-inconsistency (4)
 ("date-inconsistency", [(A1, "at about 04:20 local time"), (A3, "shortly before 3am on Saturday (August 1)"), (A2, "burst its banks at 4.20am")],
  "time the flood hit: about 04:20 (wire; tabloid 4.20am) vs shortly before 3am (regional daily)"),
 ("date-inconsistency", [(B3, "confirmed on Thursday (March 6)"), (B2, "first case of measles on Thursday 5 March")],
  "first case confirmed 'Thursday (March 6)': 6 March 2026 is a Friday; the feature gives Thursday 5 March"),
 ("date-inconsistency", [(C3, "at around 9pm on Saturday"), (C2, "at about 0130 GMT on Sunday"), (C1, "shortly after 01:30 UTC on Sunday 8 November")],
  "time containers were lost: about 0130 GMT/UTC Sunday (wire, trade newsletter) vs around 9pm Saturday (regional daily)"),
 ("date-inconsistency", [(S3, "Judgment handed down: Tuesday 14 September 2026")],
  "14 September 2026 is a Monday, not a Tuesday (and 'within 14 days, that is by Monday 28 September' implies Monday 14th)"),
 # quote-conflict (3)
 ("quote-conflict", [(A1, "We had minutes, not hours"), (A2, "We had seconds, not minutes")],
  "Tomas Wendel: 'We had minutes, not hours' (wire) vs 'We had seconds, not minutes' (tabloid)"),
 ("quote-conflict", [(B1, "Our first duty is to the children in our care"), (B3, "Our first duty is to the pupils in our care")],
  "Julian Pryce's letter: 'children' (live page) vs 'pupils' (local radio)"),
 ("quote-conflict", [(C1, "recovery of every container we lost"), (C1, "recovery of every box we lost")],
  "Sanna Ekholm's same statement quoted twice in one article: 'every container' vs 'every box'"),
 # unattributed-quote (3)
 ("unattributed-quote", [(A2, "I grabbed my little girl and ran for the car")],
  "full-sentence quote, no speaker in the sentence or the paragraph before (scene description)"),
 ("unattributed-quote", [(B2, "The hardest part is the waiting")],
  "full-sentence quote after a scene paragraph about the sanatorium; reader cannot tell who said it"),
 ("unattributed-quote", [(C2, "A container floating just below the surface")],
  "full-sentence quote after an agentless paragraph ('Fishing boats ... were told'); no speaker"),
 # footnotes (2)
 ("footnote-gap", [(S1, "or 22 per cent of the total.[5]"), (S1, "5. International visits are estimated")],
  "note markers run [1], [2], [3], [5]: no [4] marker or note"),
 ("footnote-no-notes", [(S3, "until her dismissal on 30 January 2026.[1]"), (S3, "Both claims succeeded.[2]")],
  "markers [1] and [2] but the summary has no notes section"),
]

N = [
 (["anonymous-source"], [(A1, "A police official, who asked not to be named")], "unnamed police official"),
 (["vague-source"], [(A3, "Critics argue that the valley")], "'Critics argue'"),
 (["anonymous-source"], [(B1, "A person familiar with the school's response")], "'A person familiar with...'"),
 (["vague-source"], [(B2, "Experts say boarding schools")], "'Experts say'"),
 (["vague-source", "anonymous-source"], [(C1, "Industry sources put the value")], "'Industry sources'"),
 (["anonymous-source"], [(C2, "A person familiar with the salvage contract")], "'A person familiar with...'"),
 (["vague-source"], [(C3, "Critics argue that the shipping line")], "'Critics argue'"),
 (["vague-source"], [(S3, "Employment lawyers say the ruling")], "'Employment lawyers say'"),
]

T = [
 # ---- A1 wire
 (A1, "Three dead, two missing after flash flood", "headline counts agree with body and other outlets"),
 (A1, "killing three people and leaving two missing", "deaths vs missing: different attributes; agree with other outlets; dateline Aug 1 = Saturday"),
 (A1, "Police initially said five people had died", "explicitly superseded figure (five -> three)"),
 (A1, "lifted 46 people from the roofs", "rescued (46) vs rescuers (more than 120): different attributes; tabloid 'forty-six' agrees"),
 (A1, "Wendel said about 60 tents and a dozen caravans", "paraphrase with attribution; next-weekend festival consistent with Aug 8-9"),
 (A1, "We will look at every minute of that night", "quote attributed in same sentence ('she said') with speaker named"),
 (A1, "The Avel has flooded four times since 2010", "previous flood (2021, 1.8 m): different event; regional daily agrees"),
 (A1, "Search teams will resume at first light", "future plan, attributed to police"),
 # ---- A2 tabloid
 (A2, "WALL OF WATER", "headline scare quote / fragment, echoes the owner's quote"),
 (A2, "BRITISH families fled in their pyjamas", "three dead agrees with all outlets"),
 (A2, "Dad-of-two Gary Pilling", "quote with 'said:' colon introduction"),
 (A2, "Mr Pilling said the river climbed nearly 8ft", "nearly 8ft ~ 2.4 m = 0.9 m -> 3.3 m rise in wire (conversion agrees)"),
 (A2, "Last night blankets and children", "scene description, no figure or quote"),
 (A2, "Police first feared five were dead", "explicitly superseded figure"),
 (A2, "Kestleby mayor Ruth Danner told the Clarion", "quote with speaker named before colon"),
 (A2, "Sharon Pilling, Gary", "fragment quote with named speaker in same sentence"),
 # ---- A3 regional
 (A3, "Two of them were in intensive care", "subset of hospitalised (two serious in wire agrees)"),
 (A3, "I have lost everything I built here", "quote with 'he said', speaker named in previous paragraph"),
 (A3, "paid an emergency advance of €150,000", "insurer's advance paid so far vs clean-up cost: different attribute"),
 (A3, "some 125 firefighters and volunteers", "hedge 'some 125' agrees with wire 'More than 120'; quote attributed"),
 (A3, "61mm of rain in the 24 hours", "different place (wider region) and period (24 h) from the 94 mm/3 h town gauge"),
 (A3, "Every family deserves an answer", "governor named in previous sentence; different remark from wire quote"),
 (A3, "The Avel last burst its banks in 2021", "previous flood, 1.8 m agrees with wire"),
 (A3, "planned for the site on August 8 and 9", "next weekend after Sat Aug 1: Aug 8-9 correct"),
 (A3, "on Monday (August 3)", "3 August 2026 is a Monday"),
 (A3, "questions over warnings as valley counts the cost", "headline, no figures"),
 # ---- B1 live
 (B1, "09:12 – Health officials say 14 cases", "running count (14 at 09:12, up from nine on Monday)"),
 (B1, "11:40 – The count has risen to 19", "running count rising over the day"),
 (B1, "14:25 – Another two cases", "running count: 19 + 2 = 21 correct"),
 (B1, "Measles spreads fast in dormitories. One case", "quote with 'says:' colon introduction, speaker named"),
 (B1, "Some 212 doses have been given", "correction: earlier 120 referred to Tuesday alone; 212 agrees with feature"),
 (B1, "The school says 118 pupils", "118 isolating agrees with local radio; attributed to school"),
 (B1, "evening bulletin at 18:30", "sign-off, schedule time"),
 # ---- B2 feature
 (B2, "£14,200 a term, or £42,600 a year", "3 x 14,200 = 42,600; “family” is a scare quote"),
 (B2, "We have seen one case become five", "quotes with 'she said', speaker named in previous sentence"),
 (B2, "We did not hesitate", "quotes attributed ('he told me'), speaker named in same paragraph"),
 (B2, "In the sanatorium, a converted stable block", "eight beds: sanatorium capacity, not patients"),
 (B2, "He is safer here with the nurses", "quote attributed to Helena Marsh in same paragraph"),
 (B2, "had given 212 doses by Wednesday afternoon", "agrees with live page; end-of-month target is a pledge, not an outcome"),
 (B2, "1,340 measles cases were recorded in 2025", "national yearly total, different subject; 1,340/452 = 2.96 'nearly three times'"),
 (B2, "On a grey morning this week", "'dozens' sent home: vague, agrees with 118"),
 # ---- B3 local radio
 (B3, "He added that lessons for pupils at home", "paraphrase attributed to headteacher"),
 (B3, "The agency says 19 cases had been confirmed by late morning", "running count agrees with live page 11:40 (19) and Monday's nine"),
 (B3, "Dr Ines Okafor-Lamb from the agency told Pellingham Sound", "quote with colon introduction"),
 (B3, "She said the early signs of measles", "paraphrase attributed"),
 (B3, "due on Friday 20 March", "20 March 2026 is a Friday"),
 (B3, "about 97% protection", "general efficacy figure attributed to agency, different subject"),
 (B3, "founded in 1871", "staff count (95) vs pupils: different attribute"),
 (B3, "between 8am and 6pm on weekdays", "helpline hours, not an event time"),
 # ---- C1 trade newsletter
 (C1, "comprised 52 forty-foot and 34 twenty-foot boxes", "52 + 34 = 86 boxes; 52x2 + 34 = 138 TEU"),
 (C1, "Four of the lost containers were declared", "subset (dangerous goods), agrees with wire"),
 (C1, "Salvor Tolvik Marine has been contracted", "budget $2.5m vs spent $400,000 to date: different attributes"),
 (C1, "Asterion Cove lost 12 boxes", "different ship and incident (February)"),
 (C1, "Lashing specialist Petra Lindqvist", "named source"),
 (C1, "576 containers were lost at sea worldwide in 2025", "global yearly total; 576/365 = 1.6 a day"),
 (C1, "Norrmark tallies damage after Tolvik Bay storm", "headline, no figure"),
 # ---- C2 wire
 (C2, "Cargo ship loses dozens of containers", "'dozens' is consistent with 86"),
 (C2, "None of the crew was injured", "no count; attributed to coastguard"),
 (C2, "can carry about 8,400 standard 20-foot containers", "capacity (8,400 TEU) vs containers lost: different attribute"),
 (C2, "Four of the missing containers held hazardous goods", "subset, agrees with trade newsletter"),
 (C2, "Fishing boats in the bay were told to stay in port", "no quote, no figure"),
 (C2, "Norrmark said in a statement that it had hired", "paraphrase attributed to company"),
 (C2, "Waves of 8 to 9 metres had been forecast", "forecast, not observed; agrees with 9 m"),
 (C2, "The coastguard said containers had begun washing up", "attributed, no figure"),
 (C2, "deeply sorry", "scare quote and quote, speaker named"),
 (C2, "more than 500 containers are lost", "global yearly figure, agrees with 576 in trade newsletter"),
 # ---- C3 regional
 (C3, "Council leader Bryn Maddox said:", "quote with colon introduction"),
 (C3, "The council has budgeted £180,000", "budget vs spent; 36,000/180,000 = a fifth"),
 (C3, "There were shoes everywhere", "quote attributed to named beach walker"),
 (C3, "each day ashore cost his boat about £900", "900 x 7 = 6,300 a week"),
 (C3, "They [the company] have given us their word", "editorial insertion in attributed quote"),
 (C3, "The Asterion Bay berthed at Port Halvik on Monday", "agrees with other outlets"),
 (C3, "call the coastguard on 999", "phone number, not a quantity"),
 (C3, "Coast braced for more debris", "headline, no figure"),
 # ---- S1 parks
 (S1, "Published by the Veldmark National Parks Authority", "18 May 2026 is a Monday"),
 (S1, "Visits rose by 6 per cent, from 13.4 million", "13.4 -> 14.2 million is +6 per cent; prior-year figure, different period"),
 (S1, "in designated wild-camping zones.[3]", "subset of overnight stays; marker [3] has its note"),
 (S1, "about 77 krone per visit", "1.1 billion / 14.2 million = 77"),
 (S1, "set a target of 15 million visits", "target vs actual outcome"),
 (S1, "up from 1,180 in 2024, an increase of 80", "1,260 - 1,180 = 80; staff, not visits"),
 (S1, "fell to 412, from 455", "455 - 412 = 43; different subject"),
 (S1, "about 260 a day", "96,000 / 365 = 263 a day; another park"),
 (S1, "publish park-by-park tables", "future publication"),
 (S1, "1. Visits are estimated from automatic counters", "note 1 exists for marker [1]"),
 (S1, "2. Glenmarrow figures include the Upper Marrow extension", "1.81 million is on the old boundary: different attribute from 1.94 million"),
 (S1, "3. Includes huts run by partner", "note 3 exists for marker [3]"),
 # ---- S2 Veloria
 (S2, "AMSTELDORP, 28 October 2026", "dateline; quarter ended 30 September"),
 (S2, "The company shipped 312,000 bicycles", "units, not revenue; prior-year comparison"),
 (S2, "an operating margin of 8.9 per cent", "37.2/418.6 = 8.9%; 29.5/384.0 = 7.7%"),
 (S2, "This was our strongest summer in five years", "quote with 'said:' colon introduction"),
 (S2, "a reduction of €45 million", "341 - 296 = 45"),
 (S2, "Net debt stood at €212 million", "different quantity, different dates"),
 (S2, "Year to date, revenue reached €1.19 billion", "nine-month revenue, different period from Q3"),
 (S2, "confirms its full-year revenue guidance", "guidance/forecast, not an outcome"),
 (S2, "The Oldrecht plant will employ about 450", "one plant's workforce vs whole group"),
 (S2, "We are building the capacity for the next decade", "quote with speaker named in same sentence"),
 (S2, "conference call for analysts and investors at 10:00 CET", "schedule times"),
 (S2, "About Veloria Cycles: Founded in 1962", "boilerplate"),
 # ---- S3 tribunal
 (S3, "three occasions between June and October 2025", "different dates (disclosures), no conflict"),
 (S3, "no worse than that of four colleagues", "attributed finding"),
 (S3, "not credible", "partial quotes attributed to named judge in same sentence"),
 (S3, "six years and ten months of continuous service", "March 2019 to 30 January 2026 = 6 years 10 months"),
 (S3, "a total of £23,000", "4,620 + 18,380 = 23,000; + 9,500 = 32,500"),
 (S3, "that is by Monday 28 September 2026", "28 September 2026 is a Monday; 14 days after the 14th"),
 (S3, "Harwick Freight employs about 1,400 people", "group workforce vs depot staff"),
 (S3, "I raised these issues because", "quote with colon introduction, speaker named"),
 (S3, "review its rostering procedures within six months", "recommendation, no conflict"),
]

def main():
    expected, notes, traps = [], [], []
    used = set()
    for i, (rule, anchors, what) in enumerate(E, 1):
        at = [[f, line(f, a)] for f, a in anchors]
        used.update((f, l) for f, l in at)
        rules = [rule] if isinstance(rule, str) else rule
        expected.append({"id": f"H{i}", "rules": rules, "at": at, "what": what})
    for i, (rules, anchors, what) in enumerate(N, 1):
        at = [[f, line(f, a)] for f, a in anchors]
        used.update((f, l) for f, l in at)
        notes.append({"id": f"N{i}", "rules": rules, "at": at, "what": what})
    seen = set()
    for f, a, what in T:
        l = line(f, a)
        assert (f, l) not in used, f"trap line {f}:{l} ({a!r}) is also an expected/note line"
        assert (f, l) not in seen, f"duplicate trap {f}:{l}"
        seen.add((f, l))
        traps.append({"file": f, "line": l, "what": what})
    assert len(expected) == 30, len(expected)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
    from collections import Counter
    print("expected", len(expected), dict(Counter(r for e in expected for r in e["rules"])))
    print("notes", len(notes), "traps", len(traps))

if __name__ == "__main__":
    main()
