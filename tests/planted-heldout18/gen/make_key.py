#!/usr/bin/env python3
"""Build ../key.json from unique text anchors. Line numbers are computed, never typed."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for dp, _, fns in os.walk(DOCS):
    for fn in fns:
        if fn.endswith(".txt"):
            assert fn not in FILES, "duplicate base name " + fn
            FILES[fn] = os.path.join(dp, fn)

AW = "kelderbrook_cns_wire.txt"
AT = "beacon_tabloid_kelderbrook.txt"
AR = "valefm_radio_kelderbrook.txt"
BL = "coastline_live_tallowpoint.txt"
BH = "cassidy_herald_beach_plane.txt"
BT = "gasafety_digest_a4_beach.txt"
CW = "nws_wire_larkspur_bridge.txt"
CC = "courier_regional_tessel_footbridge.txt"
CL = "ledger_feature_larkspur_span.txt"
S1 = "northmere_frs_incident_statistics_2025_26.txt"
S2 = "brightwell_interim_results_press_release.txt"
S3 = "oenm_smart_meter_delivery_review.txt"

_cache = {}
def line(fn, anchor):
    if fn not in _cache:
        with open(FILES[fn], encoding="utf-8") as f:
            _cache[fn] = f.read().split("\n")
    hits = [i + 1 for i, l in enumerate(_cache[fn]) if anchor in l]
    assert len(hits) == 1, f"anchor {anchor!r} in {fn}: {len(hits)} lines {hits}"
    return hits[0]

NC, AR_, DI = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"
AN, VS = "anonymous-source", "vague-source"

EXPECTED = [
 ("H1", [NC], [(AW, "Police evacuated 412 residents"), (AR, "Around seven hundred people were moved"), (AT, "More than 400 residents were turfed out")],
  "residents evacuated from Millbrook estate: 412 (wire; tabloid 'more than 400' agrees) vs 'around seven hundred people were moved out of their homes' (radio) - across, words, reworded"),
 ("H2", [NC], [(AW, "stretched about 12 km (7.5 miles)"), (AT, "A toxic cloud stretching more than 20 miles"), (AR, "The smoke plume reached around 12 kilometres")],
  "smoke plume extent: about 12 km / 7.5 miles (wire, radio) vs more than 20 miles (tabloid) - across, different units genuinely disagree"),
 ("H3", [NC], [(AT, "80 firefighters were tackling"), (AT, "At its peak sixty firefighters")],
  "firefighters at the height of the fire: 80 vs sixty - within tabloid, words on one side"),
 ("H4", [NC], [(AR, "says three people were treated for smoke inhalation"), (AR, "Five people were treated by paramedics")],
  "people treated for smoke at the rest centre: three vs five ('treated for smoke inhalation' / 'treated by paramedics for breathing problems') - within radio, words"),
 ("H5", [DI], [(AT, "around 4am on Wednesday"), (AW, "Kelderbrook on Tuesday, sending"), (AR, "Posted Tuesday 14th April, 6.30pm")],
  "day the fire broke out: Tuesday (wire; April 14 2026 is a Tuesday; radio page posted Tuesday 14th) vs Wednesday (tabloid) - across"),
 ("H6", [QC], [(AW, "keep smouldering for several days"), (AR, "keep burning for several days")],
  "DCFO Rhona Castell quote: 'keep smouldering' (wire) vs 'keep burning' (radio) - across"),
 ("H7", [UQ], [(AT, "It was like the end of the world out there")],
  "stand-alone quoted sentence, no speaker in it, the paragraph before (firefighter count) or after"),
 ("H8", [NC], [(BL, "skidded about 60 metres along the sand"), (BT, "ground roll was some 90 feet")],
  "distance the plane slid on the sand: about 60 metres (live) vs some 90 feet = ~27 m (trade) - across, units disagree"),
 ("H9", [NC], [(BH, "Six beachgoers were taken to Port Cassidy Base Hospital"), (BH, "leaving six of them in hospital"), (BT, "Four bathers were hospitalised"), (BL, "four people have now been taken to hospital"), (BL, "four people on the sand were taken to hospital")],
  "people on the beach hospitalised (final count): six (Herald) vs four (trade 'Four bathers were hospitalised'; live page final 4.20pm/5.40pm) - across, words, reworded"),
 ("H10", [NC], [(BL, "Graham Teale, 58, of Bellington"), (BL, "the 63-year-old pilot")],
  "pilot's age: 58 vs 63 - within live page"),
 ("H11", [NC], [(BH, "the two people on board had been"), (BH, "all three people aboard"), (BT, "Both occupants, wearing four-point harnesses")],
  "occupants of the aircraft: two (pilot + passenger) vs 'all three people aboard' - within Herald, words (trade 'Both occupants' agrees with two)"),
 ("H12", [DI], [(BH, "on Saturday (January 25)")],
  "weekday does not match date: 25 January 2026 is a Sunday (the landing was Saturday 24 January)"),
 ("H13", [QC], [(BL, "It's a miracle nobody was killed"), (BH, "It's a miracle nobody was crushed")],
  "Maree Tolland quote: 'nobody was killed' (live page) vs 'nobody was crushed' (Herald) - across"),
 ("H14", [UQ], [(BT, "Beach landings are always the last option")],
  "closing stand-alone quoted sentence; preceding paragraph is the Digest's own advice, no speaker"),
 ("H15", [NC], [(CW, "At least 40 people fell into the creek"), (CC, "Twenty-two people ended up in the water")],
  "people who fell into the creek: at least 40 (wire) vs twenty-two (Courier) - across, words, reworded"),
 ("H16", [NC], [(CC, "refurbished in 2019 at a cost of $1.2 million"), (CL, "C$2.1m (about £1.1m) refurbishment")],
  "cost of the 2019 refurbishment: $1.2 million (Courier) vs C$2.1m (Ledger) - across, money"),
 ("H17", [NC], [(CL, "some 150 people were on the span"), (CL, "The sixty-odd people on the bridge"), (CC, "Witnesses and police estimated that about 150")],
  "people on the bridge when it collapsed: some 150 vs sixty-odd - within Ledger (Courier's 'about 150' agrees with the first), words"),
 ("H18", [DI], [(CL, "shortly before 4pm on Wednesday 1 July"), (CW, "gave way at about 2:15 p.m."), (CC, "The collapse happened at 2:15 p.m.")],
  "time of the collapse: about 2:15 p.m. (wire, Courier) vs shortly before 4pm (Ledger) - across"),
 ("H19", [QC], [(CL, "This bridge carried our town for forty years,” she said"), (CL, "This bridge served our town for forty years"), (CW, "This bridge carried our town for forty years, and we")],
  "Mayor Valade quoted twice in the Ledger: 'carried' vs 'served' (wire also has 'carried')"),
 ("H20", [AR_], [(CC, "three times its posted limit")],
  "limit 75, about 150 on it = twice the limit, not three times"),
 ("H21", [UQ], [(CW, "Somebody should have checked that bridge")],
  "stand-alone quoted sentence; previous paragraph is scene description, next is town records"),
 ("H22", [NC], [(S1, "The Service attended 18,412 incidents"), (S1, "The 19,214 incidents attended in 2025/26")],
  "total incidents 2025/26: 18,412 vs 19,214 - within fire service summary, reworded"),
 ("H23", [AR_], [(S1, "a drop of 830")],
  "false alarms 8,470 -> 7,840 is a drop of 630, not 830"),
 ("H24", [FG], [(S1, "short of the 90 per cent target.[5]"), (S1, "5. The 90 per cent target")],
  "note markers/notes run [1],[2],[3],[5]: number 4 skipped"),
 ("H25", [NC], [(S2, "Group revenue of £4.82bn"), (S2, "The Group took £4.28bn in revenue")],
  "half-year group revenue: £4.82bn vs £4.28bn - within press release, money, reworded"),
 ("H26", [AR_], [(S2, "from £182m to £205m, up 18%")],
  "£182m -> £205m is +12.6%, not 18%"),
 ("H27", [NC], [(S3, "final cost of the programme at £1.46bn"), (S3, "£1.64bn estimated outturn")],
  "forecast final cost/estimated outturn: £1.46bn vs £1.64bn - within regulator report, money"),
 ("H28", [AR_], [(S3, "or 74 per cent of the programme")],
  "3.1m of 4.6m is 67 per cent, not 74"),
 ("H29", [DI], [(S3, "by Friday 31 December 2025")],
  "31 December 2025 was a Wednesday"),
 ("H30", [FN], [(S3, "under licence conditions agreed with OENM.[1]"), (S3, "or 74 per cent of the programme.[2]"), (S3, "above the approved budget.[3]"), (S3, "against one in twelve assumed at the start.[4]"), (S3, "if installation rates improve.[5]"), (S3, "relevant turnover.[6]")],
  "markers [1]-[6] but the report has no Notes section"),
]

NOTES = [
 ("N1", [AN], [(AW, "A person familiar with the company's operations")], "anonymous source on 2024 fire"),
 ("N2", [VS], [(AT, "Experts say burning plastic")], "vague 'experts say'"),
 ("N3", [AN], [(BT, "who asked not to be named")], "anonymous aero club source"),
 ("N4", [VS], [(BH, "Critics argue that training flights")], "vague 'critics argue'"),
 ("N5", [AN], [(CW, "a town official who was not authorized")], "anonymous town official"),
 ("N6", [VS], [(CL, "Engineers say the weak point")], "vague 'engineers say'"),
 ("N7", [VS], [(S3, "Industry observers argue")], "vague 'industry observers argue'"),
 ("N8", [AN], [(AR, "A council source told Vale FM")], "anonymous council source"),
]

TRAPS = [
 # A wire
 (AW, "Fire at English recycling plant sends smoke over town, hundreds evacuated", "headline 'hundreds' agrees with 412"),
 (AW, "The blaze broke out at about 0310 GMT", "0310 GMT = 4.10am BST, agrees with tabloid/radio 'about 4am'; 3,000 tonnes stored (vs 4,000 permitted, different attribute)"),
 (AW, "Fourteen fire engines and two aerial ladder platforms", "14 engines agrees with tabloid and radio's corrected figure; engines not firefighters"),
 (AW, "She said crews had created a firebreak", "paraphrase, no quotation"),
 (AW, "employs about 1,900 people at 23 sites", "company workforce vs the 85 at this plant vs 11 on night shift: different subjects"),
 (AW, "managing director Martin Lowry said in a statement", "quote attributed in the same sentence"),
 (AW, "allows it to hold up to 4,000 tonnes", "permitted capacity, not the 3,000 tonnes stored"),
 (AW, "the government has recorded around 300 a year", "national yearly count of waste fires, different subject"),
 (AW, "The cause of the fire was not yet known", "no conflict"),
 # A tabloid
 (AT, "fire chiefs warned it could burn for DAYS", "paraphrase agreeing with Castell's quote"),
 (AT, "Mum-of-three Leanne Corrigan, 34", "quote introduced with 'said:'"),
 (AT, "Pensioner Derek Halloway, 79, added", "quote introduced with 'added:'"),
 (AT, "Fire chiefs warned the heap could smoulder", "paraphrase, 'several days' agrees"),
 (AT, "Those words summed up the mood", "no quote, no figure"),
 (AT, "Bosses at Greyfield Recycling", "23 sites and 85 staff agree with wire; 'cooperate fully' is attributed to a spokesman"),
 (AT, "The Beacon can reveal the yard was allowed", "4,000 tonnes permit agrees with wire"),
 (AT, "Local MP Sandra Okoye said", "attributed quote"),
 (AT, "A small fire in 2024 was put out in under an hour", "agrees with wire ('within an hour'); different event"),
 (AT, "Police said there was nothing to suggest", "agrees with wire"),
 # A radio
 (AR, "more than 17 hours after a fire started", "just after 4am to 9.15pm update = over 17 hours; 4am BST = 0310 GMT"),
 (AR, "Earlier today Wexmoor Fire and Rescue said 20 engines", "explicitly superseded figure (corrected to 14)"),
 (AR, "She added that the halls still contained", "attributed partial quote, hundreds of tonnes unburned (different attribute)"),
 (AR, "Wexmoor Council leader Amir Latchford said", "attributed quote"),
 (AR, "Six schools were shut today", "six agrees with wire/tabloid; four reopening is a subset"),
 (AR, "The 42 bus is diverted", "route number, not a quantity"),
 # B live
 (BL, "Coastline News live coverage, Saturday 24 January 2026", "24 January 2026 is a Saturday"),
 (BL, "5.15pm – The Transport Safety Investigation Bureau says two investigators", "investigators, not occupants"),
 (BL, "3.05pm – Ambulance crews say at least two people", "earlier running count, superseded by 4.20pm"),
 (BL, "4.05pm – A correction", "explicit correction of aircraft type"),
 (BL, "Ms Tolland says lifeguards had about 20 seconds", "attributed quote"),
 (BL, "2.58pm – We're getting reports", "early post; 'thousands' on beach not a count of injured"),
 (BL, "Background – Tallow Point is the busiest", "310,000 visits / 90-day season ~ 3,400 a day: correct"),
 (BL, "Updated: the original version of the 5.40pm summary", "explicitly superseded time"),
 # B herald
 (BH, "Plane ploughs into crowded Tallow Point beach", "headline, no quote"),
 (BH, "came down between the red-and-yellow flags shortly before 3pm", "agrees with 2.50pm"),
 (BH, "Maree Tolland said lifeguards had only seconds", "attribution for the following quote"),
 (BH, "Holidaymaker Priya Varman", "attributed quote; 30 metres is her distance, not the skid"),
 (BH, "The Transport Safety Investigation Bureau confirmed", "30 days agrees with trade"),
 (BH, "Port Cassidy Mayor Lorraine Beddoes", "5,000 on a good day vs 3,400 average daily visits: different quantities, consistent"),
 (BH, "first on a Port Cassidy beach since 2019", "different event"),
 (BH, "The beach reopened at 6pm", "different event time"),
 # B trade
 (BT, "Issue 412, 29 January 2026", "issue number/date, no conflict"),
 (BT, "approximately 0350 UTC (2.50pm local)", "AEDT = UTC+11, agrees with 2.50pm"),
 (BT, "about 1,500 ft (roughly 460 m)", "correct conversion"),
 (BT, "touching down at about 55 knots (about 100 km/h)", "correct conversion; six-foot surf"),
 (BT, "maximum take-off weight of 750 kg (1,653 lb)", "correct conversion; hours vs interval different attributes"),
 (BT, "TSIB has said it will examine the engine", "30 days agrees; final report 12 months a target"),
 (BT, "an average of 1.4 a year", "14 over 2016-2025 = 1.4 a year"),
 (BT, "Operators flying coastal training routes", "advice, no quote"),
 # C wire
 (CW, "injuring 31 people, nine of them seriously", "agrees with Courier and Ledger"),
 (CW, "People were standing shoulder to shoulder", "quote attributed to Whitlock"),
 (CW, "the other 22 were treated at Larkspur Falls", "22 treated locally (9+22=31) is a different attribute from people who fell"),
 (CW, "Police said no one was reported missing", "no conflict"),
 (CW, "drew about 8,000 spectators", "crowd and population agree with Courier"),
 (CW, "By evening, yellow tape ringed", "description, no quote"),
 (CW, "partly rebuilt seven years ago", "2019 = seven years before 2026"),
 (CW, "Mayor Corinne Valade called the collapse", "attributed partial quote"),
 (CW, "each July 1", "national, different subject"),
 # C courier
 (CC, "Thirty-one people were injured on Wednesday, July 1", "1 July 2026 is a Wednesday; 31 injured agrees; four metres = 13 ft"),
 (CC, "Nine people were seriously injured", "nine agrees; all but three sent home is a subset"),
 (CC, "OPP Sgt. Dana Whitlock said spectators", "attributed; 'at this stage' partial quote"),
 (CC, "Mayor Corinne Valade said the town would publish", "attributed quote"),
 (CC, "Resident Tom Delorme, 52", "attributed quote"),
 (CC, "a third of the town's population", "8,000 of 24,000 = one third"),
 (CC, "about a metre deep", "depth of water, not drop height"),
 (CC, "against a goal of $25,000", "target vs amount raised"),
 # C ledger
 (CL, "A British-designed footbridge was meant", "standfirst"),
 (CL, "Thirty-one of them were hurt, nine seriously", "agrees with wire and Courier"),
 (CL, "Hallam Pryce said in a statement", "'deeply shocked' attributed; [the town] editorial insertion in attributed quote"),
 (CL, "about 1.5 people per square metre", "75 / (25 x 2) = 1.5 - correct; limit, not number on bridge"),
 (CL, "every inspection report since 2019", "no conflict"),
 (CL, "The fireworks were cancelled", "agrees with Courier"),
 # S1
 (S1, "Published 18 June 2026", "no weekday"),
 (S1, "That is an average of about 50 incidents a day", "18,412/365 = 50.4; one every ~29 minutes"),
 (S1, "Of the total, 5,130 were fires", "5,130+7,840+5,442 = 18,412; marker [2] has its note"),
 (S1, "Primary fires", "2,310+2,820 = 5,130"),
 (S1, "Dwelling fires fell 6 per cent", "1,050 -> 987 is -6.0%"),
 (S1, "The dry summer of 2025 produced 1,480", "1,480/2,820 = 52%, more than half"),
 (S1, "Nine people died in fires", "different year for 12; injuries vs deaths"),
 (S1, "from 1,126 to 1,152", "subset of alarms, different subject"),
 (S1, "Crews attended 1,204 road traffic collisions", "subset figures"),
 (S1, "906 in total", "612+294 = 906"),
 (S1, "Chief Fire Officer Andrea Mbeki said", "attributed; 'fifteen years' agrees with 2010/11"),
 (S1, "which reported 17,903 incidents", "explicitly superseded earlier figure"),
 (S1, "2. Special service incidents are non-fire", "note present for marker 2"),
 # S2
 (S2, "FOR IMMEDIATE RELEASE – Thursday 24 September 2026", "24 September 2026 is a Thursday"),
 (S2, "(\"Brightwell\", \"the Group\")", "defined-term quotes, not quotations"),
 (S2, "- Like-for-like sales, excluding fuel, up 3.2%", "no conflict"),
 (S2, "- Profit before tax of £151m, up 9%", "138.5 -> 151 = +9.0%"),
 (S2, "- Interim dividend of 3.2p", "3.0 -> 3.2 = +6.7%"),
 (S2, "- Net debt reduced by £140m", "1.45bn - 1.31bn = 140m"),
 (S2, "- Prices cut on more than 1,500", "hedge agrees with 'some 1,600'"),
 (S2, "- Online sales of £612m", "612/4,820 = 12.7%"),
 (S2, "- Nine new stores opened and three closed", "406+9-3 = 412"),
 (S2, "\"This has been a good half for Brightwell.", "quote introduced by 'Jonathan Crale, Chief Executive, said:' on the previous line"),
 (S2, "Some 1,600 products have now been reduced", "agrees with 'more than 1,500'"),
 (S2, "which will employ around 1,200 people", "one site's future jobs vs group's 38,000"),
 (S2, "full-year underlying operating profit of £400m to £420m", "forecast vs half-year actual; capex 148 of 310 spent"),
 (S2, "Chief Financial Officer Hannah Ostrow said", "attributed; target vs actual net debt"),
 # S3
 (S3, "Smart meter programme running 18 months late", "headline agrees: June 2027 vs Dec 2025; ~33% over"),
 (S3, "published Thursday 12 November 2026", "12 November 2026 is a Thursday"),
 (S3, "Installations averaged 61,000 a month", "actual vs planned rate"),
 (S3, "nearly three times the current rate", "1.5m over ~9 months ~167,000/month; 167/61 = 2.7"),
 (S3, "Spending to 30 September 2026 totalled £1.21bn", "spent-to-date vs forecast final cost: different attribute"),
 (S3, "each installed meter would cost about £317", "1.46bn/4.6m = 317; 1.10bn/4.6m = 239"),
 (S3, "The review team interviewed 46", "installers vs supervisors vs interviewees"),
 (S3, "OENM chief executive Rosalind Achterberg said", "attributed, editorial insertion [the company]"),
 (S3, "\"already acted on most of them\"", "attributed partial quote"),
]

def main():
    expected, notes, traps = [], [], []
    pos_lines = set()
    for hid, rules, anchors, what in EXPECTED:
        at = [[fn, line(fn, a)] for fn, a in anchors]
        pos_lines.update((fn, l) for fn, l in at)
        expected.append({"id": hid, "rules": rules, "at": at, "what": what})
    for nid, rules, anchors, what in NOTES:
        at = [[fn, line(fn, a)] for fn, a in anchors]
        pos_lines.update((fn, l) for fn, l in at)
        notes.append({"id": nid, "rules": rules, "at": at, "what": what})
    seen = set()
    for fn, a, what in TRAPS:
        l = line(fn, a)
        assert (fn, l) not in pos_lines, f"trap line is expected/note: {fn}:{l} {a!r}"
        assert (fn, l) not in seen, f"duplicate trap {fn}:{l}"
        seen.add((fn, l))
        traps.append({"file": fn, "line": l, "what": what})
    assert len(expected) == 30, len(expected)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print("expected", len(expected), dict(Counter(r["rules"][0] for r in expected)))
    print("notes", len(notes), "traps", len(traps), "files with traps", len({t['file'] for t in traps}))

if __name__ == "__main__":
    main()
