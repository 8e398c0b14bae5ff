#!/usr/bin/env python3
"""Build key.json for heldout19 from unique text anchors (line numbers are computed)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# base name -> path
FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

LINES = {f: open(p, encoding="utf-8").read().split("\n") for f, p in FILES.items()}


def line(f, anchor):
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, "anchor %r in %s found on lines %s" % (anchor, f, hits)
    return hits[0]


W = "depot_cpa_wire.txt"; T = "depot_clarion_tabloid.txt"; F = "depot_fleetweekly_trade.txt"
L = "seawall_nbc_live.txt"; G = "seawall_gazette_regional.txt"; R = "seawall_havenfm_radio.txt"
M = "tower_meridian_wire.txt"; C = "tower_courier_regional.txt"; K = "tower_kbn_broadcast.txt"
S1 = "tourism_bulletin_q3.txt"; S2 = "torvane_results_release.txt"; S3 = "committee_idcard_report.txt"

NC = ["numeric-conflict"]
EXPECTED = [
    # ---- numeric-conflict across outlets (6)
    ("H1", NC, [(W, "destroying 38 battery-electric buses"), (T, "leaving forty-three electric buses"),
                (F, "what the loss of 38 e-buses"), (F, "38 battery-electric buses were written off")],
     "electric buses destroyed: 38 (wire, trade headline+body) vs forty-three (tabloid, words)"),
    ("H2", NC, [(W, "about 19 million pounds"), (F, "price tag of around £26m"), (T, "around £19million")],
     "cost of replacing the destroyed buses: about 19 million pounds (wire, tabloid 'bill') vs 'price tag' of around £26m (trade)"),
    ("H3", NC, [(L, "40-metre gap in the wall"), (G, "some 200ft wide"), (R, "about 40 metres long")],
     "width of sea-wall breach: 40 m (live page, radio) vs some 200ft = ~61 m (regional); units disagree"),
    ("H4", NC, [(G, "some 340 residents were evacuated"), (L, "340 residents were evacuated from Skelby Haven in total"),
                (R, "More than five hundred people were moved out")],
     "total evacuated on Tuesday: some 340 (regional, live final entry) vs more than five hundred (radio, words)"),
    ("H5", NC, [(M, "Twenty-seven visitors were trapped"), (C, "Trapped in the sky: 27 stuck"),
                (C, "27 people sat on the floor"), (K, "Thirty-five people were trapped")],
     "people trapped in the lift: Twenty-seven / 27 (wire, regional) vs Thirty-five (broadcaster, words)"),
    ("H6", NC, [(M, "about 590 feet above the ground"), (C, "180 metres above Kallberg"), (K, "at a height of around 140 metres")],
     "height at which the lift stopped: about 590 ft = 180 m (wire, regional) vs around 140 metres (broadcaster); units disagree"),
    # ---- numeric-conflict within one document (8)
    ("H7", NC, [(T, "Two firefighters were hurt tackling the blaze"), (T, "The three injured crew members")],
     "firefighters injured (tabloid): Two ... 'were hurt' vs 'The three injured crew members' (words both sides)"),
    ("H8", NC, [(G, "Sixty-two homes were flooded"), (G, "Water entered 85 houses")],
     "homes flooded (regional): Sixty-two 'homes were flooded' vs 'Water entered 85 houses'"),
    ("H9", NC, [(R, "Two people were treated for hypothermia at the scene"), (R, "The four residents treated for hypothermia"),
                (L, "Two people were treated for hypothermia after wading")],
     "people treated for hypothermia (radio): Two vs four; live page agrees with Two"),
    ("H10", NC, [(C, "receive a €150 voucher as compensation"), (C, "sent the €100 vouchers by post")],
     "compensation voucher per trapped visitor (regional): €150 vs €100 (money)"),
    ("H11", NC, [(S1, "spent 14.2 million nights"), (S1, "Of the 12.8 million overnight stays")],
     "overnight stays in the quarter (bulletin): 14.2 million nights vs 12.8 million overnight stays"),
    ("H12", NC, [(S2, "Torvane employs 4,300 people worldwide"), (S2, "a workforce of 3,900")],
     "group headcount (press release): employs 4,300 people vs a workforce of 3,900"),
    ("H13", NC, [(S3, "now expects it to cost £540 million"), (S3, "projected final cost of £590 million")],
     "expected final cost of CitizenCard (committee): £540 million vs £590 million (money)"),
    ("H14", NC, [(S3, "The programme is now three years late"), (S3, "running 26 months behind schedule")],
     "delay of the programme (committee): three years late (words) vs 26 months behind schedule"),
    # ---- numeric-arithmetic (4)
    ("H15", ["numeric-arithmetic"], [(F, "30 were damaged beyond repair, about 75 per cent")],
     "30 of 48 chargers is 62.5 per cent, not about 75 per cent"),
    ("H16", ["numeric-arithmetic"], [(G, "leaving the council to find £1.6m")],
     "£4.2m minus £3m leaves £1.2m, not £1.6m"),
    ("H17", ["numeric-arithmetic"], [(S1, "an increase of 18.3 per cent")],
     "2.05m -> 2.31m is +12.7 per cent, not 18.3"),
    ("H18", ["numeric-arithmetic"], [(S2, "Operating profit rose 12 per cent to €214 million from €173 million")],
     "€173m -> €214m is +23.7 per cent, not 12"),
    # ---- date-inconsistency (4)
    ("H19", ["date-inconsistency"], [(W, "shortly before 2 a.m. (0050 GMT)"), (T, "at around 3.30am yesterday"),
                                     (F, "The blaze started shortly before 2am")],
     "time the depot fire broke out: shortly before 2am (wire, trade) vs around 3.30am (tabloid)"),
    ("H20", ["date-inconsistency"], [(G, "about 4am on Wednesday, February 10")],
     "10 February 2026 is a Tuesday, not Wednesday (other outlets and the regional's own dateline agree)"),
    ("H21", ["date-inconsistency"], [(M, "The lift halted at 14:20 local time"), (K, "The lift stopped shortly after 4pm"),
                                     (C, "came to a halt at 2.20pm")],
     "time the lift stopped: 14:20 / 2.20pm (wire, regional) vs shortly after 4pm (broadcaster)"),
    ("H22", ["date-inconsistency"], [(S2, "on Wednesday 21 May 2026")],
     "21 May 2026 is a Thursday, not Wednesday"),
    # ---- quote-conflict (3)
    ("H23", ["quote-conflict"], [(W, "This is a devastating blow"), (T, "This is a crushing blow")],
     "Okafor-Lane: 'devastating blow' (wire) vs 'crushing blow' (tabloid)"),
    ("H24", ["quote-conflict"], [(L, "water was in the first streets within minutes"), (R, "water was in the first houses within minutes")],
     "Brennock: 'first streets' (live page) vs 'first houses' (radio)"),
    ("H25", ["quote-conflict"], [(C, "We are truly sorry"), (C, "“We are deeply sorry. Nobody should spend"),
                                 (M, "We are deeply sorry. Nobody should spend an afternoon stuck in a lift,\" Voss"),
                                 (K, "Tower director Anneke Voss said: “We are deeply sorry")],
     "Voss quoted twice in the regional: 'deeply sorry' vs 'truly sorry' (wire and broadcaster have 'deeply')"),
    # ---- unattributed-quote (3)
    ("H26", ["unattributed-quote"], [(F, "“Depot design has not caught up")],
     "full-sentence quotation, no speaker in sentence or preceding paragraph"),
    ("H27", ["unattributed-quote"], [(R, "“We have been telling them for years")],
     "full-sentence quotation, preceding paragraph is about road closure"),
    ("H28", ["unattributed-quote"], [(K, "“It was like being in an oven")],
     "full-sentence quotation, preceding paragraph names no speaker"),
    # ---- footnotes (2)
    ("H29", ["footnote-gap"], [(S1, "United Kingdom with 244,000.[5]"), (S1, "from €3.12 billion a year earlier.[3]")],
     "markers run [1] [2] [3] [5] [6]: [4] is skipped (the Notes list skips 4 too)"),
    ("H30", ["footnote-no-notes"], [(S3, "not a single card has been issued to the public.[1]"), (S3, "or 74 per cent.[2]"),
                                    (S3, "independent assessment of it within six months.[3]"),
                                    (S3, "without the approval of the programme board.[4]"),
                                    (S3, "in the chip in 2024.[5]"), (S3, "respond within two months.[6]")],
     "note markers [1]-[6] but the report has no Notes/footnotes section"),
]

AN = ["anonymous-source"]; VG = ["vague-source"]
NOTES = [
    ("N1", VG, [(W, "Industry analysts say")], "'Industry analysts say'"),
    ("N2", AN, [(T, "One source at the depot told the Clarion")], "unnamed depot source"),
    ("N3", AN, [(F, "A person familiar with the insurer")], "'a person familiar with the insurer's assessment'"),
    ("N4", VG, [(G, "Coastal experts say")], "'Coastal experts say'"),
    ("N5", AN, [(G, "A council officer who asked not to be named")], "anonymous council officer"),
    ("N6", AN, [(M, "A maintenance contractor who asked not to be named")], "anonymous maintenance contractor"),
    ("N7", VG, [(C, "Critics argue that the tower")], "'Critics argue'"),
    ("N8", VG, [(S3, "Critics have long argued")], "'Critics have long argued'"),
]

TRAPS = [
    # depot_cpa_wire
    (W, "Fire destroys dozens of electric buses", "headline: 'dozens' is a hedge, agrees with 38"),
    (W, "About 120 firefighters and 18 engines", "firefighters attending (hedge) agrees with tabloid 'More than 100'"),
    (W, "no one was seriously injured", "injury severity, not a count; compatible with two/three lightly hurt"),
    (W, "\"The batteries reignited several times", "quote with speaker in same sentence; identical in trade"),
    (W, "close to 40 percent of its zero-emission fleet", "38/96 = 39.6%: correct arithmetic; 212 is whole fleet (different attribute)"),
    (W, "Fourteen routes were running reduced timetables", "14 routes agree across outlets; Monday, April 20 2026 is a Monday"),
    (W, "Investigators were examining whether", "paraphrase attributed to Brisley"),
    (W, "subsidised the purchase of 60 of Larkspur", "subset (60 subsidised buses) not the 96 electric or 38 destroyed; quote attributed to council spokesperson"),
    (W, "Britain had about 4,000 zero-emission buses", "national total, different subject"),
    # depot_clarion_tabloid
    (T, "BUS DEPOT INFERNO", "headline 'Dozens' hedge"),
    (T, "Flames shot 30ft into the air", "flame height/distance, no counterpart"),
    (T, "Mum-of-two Sharon Pike, 44", "quote introduced with speaker and colon"),
    (T, "No drivers or passengers were hurt", "different people (drivers/passengers) from injured firefighters"),
    (T, "Denise Okafor-Lane, 52, looked close", "age, speaker introduction"),
    (T, "She added: “Our drivers are heartbroken", "'She added:' attribution; 'three years' is not the injured count"),
    (T, "too early to say what caused the fire", "paraphrase agrees with wire"),
    (T, "Commuters faced chaos on 14 routes", "14 routes agrees with wire/trade"),
    (T, "Office worker Dean Mather, 29", "attributed quote containing scare-quoted phrase"),
    (T, "brought in 25 buses from other firms", "25 hired buses agrees with wire and trade"),
    # depot_fleetweekly_trade
    (F, "Fleet & Depot Weekly | Friday 17 April 2026", "17 April 2026 is a Friday"),
    (F, "early hours of Wednesday 15 April", "15 April 2026 is a Wednesday; agrees with wire"),
    (F, "Group manager Tom Brisley, who led the fire service response", "same Brisley quote as wire, word for word"),
    (F, "Brisley stressed that no conclusion", "paraphrase agrees with wire"),
    (F, "Current guidance on depot layout dates from 2019", "no quote, no conflicting figure"),
    (F, "convert its whole fleet of 212 buses", "target vs actual; 212 agrees with wire; 40 on order is a different subject"),
    (F, "roughly 80 per cent of normal frequency", "service level rising over time (Wednesday half, Thursday 80%)"),
    (F, "Bus manufacturer Voltaro", "scare-quoted short statement attributed to Voltaro"),
    (F, "final report, which is not expected", "future report, no figures"),
    # seawall_nbc_live
    (L, "Live updates | Tuesday 10 February 2026", "10 February 2026 is a Tuesday"),
    (L, "16:05 - Council leader Martin Aske", "no figures yet; attributed"),
    (L, "surge peaked at 1.9 metres above the predicted tide, or about 6ft", "1.9 m = 6.2 ft agrees; regional's 'almost two metres' agrees"),
    (L, "Police say around 290 people have now left", "running count at 13:00, later superseded by 340; capacity 200 is a different attribute"),
    (L, "More than 250 people have been moved out", "running count at 09:30"),
    (L, "Gusts of up to 80mph (129km/h)", "80 mph = 129 km/h correct"),
    (L, "The sea wall at Skelby Haven was built in 1953", "dates agree with regional"),
    (L, "Pictures from the village show cars", "no figures"),
    (L, "About 120 people have so far been evacuated", "running count at 05:15"),
    (L, "Forecasters had warned on Monday", "forecast (up to 2.5 m) vs actual 1.9 m peak"),
    (L, "a village of about 900 people", "population, a different attribute from evacuees"),
    (L, "Welcome to our live coverage", "opening entry"),
    # seawall_gazette_regional
    (G, "The Eastmoor Gazette, Wednesday, February 11, 2026", "11 February 2026 is a Wednesday (publication date)"),
    (G, "picking through sodden carpets", "'yesterday' relative to Wednesday publication = Tuesday"),
    (G, "\"The wall simply gave way,\" Superintendent", "shortened quote consistent with both live page and radio; speaker in sentence"),
    (G, "Pensioner Joan Whitlock, 81", "attributed quote; 1962 a year not a count"),
    (G, "He described the damage as \"heartbreaking\"", "scare quote and attributed quote (He = Aske, named before)"),
    (G, "Mr Aske denied that warnings", "scare-quoted rating, attributed"),
    (G, "The neighbouring village of Marram Sands", "different village's evacuees (60), different subject"),
    (G, "next spring tide on February 24", "future date, no weekday"),
    # seawall_havenfm_radio
    (R, "Haven FM News - posted 9.40pm, Tuesday 10 February", "10 February 2026 is a Tuesday"),
    (R, "She thanked volunteers from the lifeboat", "paraphrase, She = Brennock"),
    (R, "stay closed to pupils tomorrow (Wednesday)", "tomorrow after Tuesday = Wednesday, correct"),
    (R, "The next high tide is at 3.48am", "next tide, different event from 03:12 peak"),
    (R, "The A1087 coast road", "no conflict"),
    (R, "In Marram Sands, about 60 people", "different village, agrees with regional"),
    (R, "breakfast show will be broadcasting", "programme time, not an event time"),
    (R, "emergency line is open all night", "phone number is not a quantity"),
    # tower_meridian_wire
    (M, "designed to carry up to 40 passengers", "capacity (40) vs people aboard; 27/40 = about two-thirds, correct"),
    (M, "temperatures in the city reached 31C (88F)", "31C = 87.8F correct"),
    (M, "finally freed shortly after 7 p.m.", "14:20 + 'nearly five hours' / regional's 4h40 = 19:00; agrees"),
    (M, "A 70-year-old woman was treated for dehydration", "age, single injured person agrees with broadcaster's 'elderly woman'"),
    (M, "\"People stayed calm, and that made our job much easier,\" said", "quote identical to regional, speaker in same sentence"),
    (M, "Tower director Anneke Voss apologised", "paraphrase agrees with quote"),
    (M, "Vesterhorn Attractions declined to comment", "attributed, no figures in conflict"),
    (M, "The tower has a second, smaller lift", "different lift; 200 people on deck a different group; restart time 15:30"),
    (M, "the tower draws around 400,000 visitors a year", "hedge agrees with broadcaster's 412,000 last year"),
    # tower_courier_regional
    (C, "The Kallberg Courier, Monday 13 July 2026", "13 July 2026 is a Monday; Saturday/Sunday references consistent"),
    (C, "Among those trapped was Pieter Hallgren, 38", "age, attributed quote"),
    (C, "Mr Hallgren said the group had been in contact", "paraphrase"),
    (C, "Fire brigade spokesman Lukas Brandt said:", "colon-introduced quote agreeing with wire; 14 firefighters agrees with broadcaster"),
    (C, "Its head, Gerda Faltskog", "attributed paraphrase"),
    (C, "Ms Voss rejected that", "attributed quote; €2 million spend is a different quantity"),
    (C, "The tower stayed closed yesterday", "Sunday closure agrees with wire/broadcaster"),
    (C, "Around 200 people who had already reached the viewing deck", "different group; 'more than an hour' agrees with wire restart at 15:30"),
    # tower_kbn_broadcast
    (K, "Updated Saturday 11 July 2026, 22:15", "11 July 2026 is a Saturday"),
    (K, "Fourteen firefighters, including a specialist", "rescuers (14) agree with regional, different attribute from people trapped"),
    (K, "An elderly woman was taken to hospital", "one casualty agrees with wire"),
    (K, "The last of those trapped were brought down", "'early evening' compatible with 7pm"),
    (K, "said the rescue had been \"slow but safe\"", "scare quote attributed; team of 14 agrees with earlier line"),
    (K, "an increase of about 8 per cent", "380,000 -> 412,000 = +8.4%, correct"),
    (K, "The tower opened in 1974", "agrees with wire"),
    (K, "City councillor Marit Engstrom", "scare quote attributed"),
    (K, "The tower will be closed on Sunday", "agrees with wire"),
    (K, "the 90-metre Harbour Wheel", "different attraction's height"),
    # tourism_bulletin_q3
    (S1, "Release date: Thursday 12 November 2026", "12 November 2026 is a Thursday"),
    (S1, "down 5.0 per cent", "5.60 -> 5.32 is -5.0%, correct"),
    (S1, "Hotel bed occupancy averaged 71.4 per cent", "different accommodation types, peak month vs average"),
    (S1, "The capital region accounted for 5.1 million nights", "regional subsets of the national total"),
    (S1, "fell short of the forecast by about 90,000", "forecast 2.4m vs actual 2.31m; 90,000 difference correct"),
    (S1, "now estimated at 1.74 million", "explicit revision of Q2 (superseded 1.69m), different quarter"),
    (S1, "head of tourism statistics Ingrid Maalsen said:", "attributed quote"),
    (S1, "will be published on Thursday 11 February 2027", "11 February 2027 is a Thursday"),
    (S1, "1. Non-resident arrivals count guests", "note 1 exists for marker [1]"),
    (S1, "2. Nights include stays", "note 2 exists for marker [2]"),
    (S1, "3. Expenditure estimates are based", "note 3 exists for marker [3]"),
    (S1, "6. Revised figures replace", "note 6 exists for marker [6]; 13 Aug 2026 no weekday"),
    # torvane_results_release
    (S2, "Brenstad, Tuesday 24 March 2026", "24 March 2026 is a Tuesday"),
    (S2, "announced its results for the financial year ended", "period end date"),
    (S2, "Revenue rose 8 per cent to €1.84 billion", "1.70 -> 1.84 = +8.2%, correct"),
    (S2, "Net profit was €151 million", "different attribute from operating profit"),
    (S2, "an increase of 10.5 per cent", "38 -> 42 cents = +10.5%, correct"),
    (S2, "Footwear remained the largest category", "1.02 + 0.64 + 0.18 = 1.84bn, correct"),
    (S2, "Online sales grew to 31 per cent of revenue", "31% of 1.84bn = 570m; store counts a different subject"),
    (S2, "best year in Torvane’s 61-year history", "attributed quote; founded 1965 -> 61 years in 2026"),
    (S2, "She added: “We are not complacent", "'She added:' attribution"),
    (S2, "Chief financial officer Jens Aarhus", "net debt before/after, attributed"),
    (S2, "Torvane expects revenue growth of 5 to 7 per cent", "forecast/target, not actual"),
    (S2, "final dividend will be paid on 5 June 2026", "dates without weekdays"),
    (S2, "founded in Brenstad in 1965", "background; 3,000 wholesale partners a different subject"),
    # committee_idcard_report
    (S3, "Fourteenth Report of Session 2025-26", "publication date, no weekday"),
    (S3, "She told us: \"We underestimated", "quote introduced by named speaker in previous sentence + colon"),
    (S3, "Dame Helen accepted that", "paraphrase agrees with quote"),
    (S3, "The current holder, Mr Ravi Dunmore", "quote attributed in same sentence"),
    (S3, "The programme team numbers 310 people", "staff (310) unrelated to £310m budget; 40% is a target"),
]


def conv(at):
    return [[f, line(f, a)] for f, a in at]


expected = [{"id": i, "rules": r, "at": conv(at), "what": w} for i, r, at, w in EXPECTED]
notes = [{"id": i, "rules": r, "at": conv(at), "what": w} for i, r, at, w in NOTES]
traps = [{"file": f, "line": line(f, a), "what": w} for f, a, w in TRAPS]

flagged = {(f, n) for e in expected + notes for f, n in e["at"]}
note_lines = {(f, n) for e in notes for f, n in e["at"]}
exp_lines = {(f, n) for e in expected for f, n in e["at"]}
assert not (note_lines & exp_lines), note_lines & exp_lines
seen = set()
for t in traps:
    k = (t["file"], t["line"])
    assert k not in flagged, "trap line is also expected/note: %s" % (k,)
    assert k not in seen, "duplicate trap %s" % (k,)
    seen.add(k)
    assert LINES[t["file"]][t["line"] - 1].strip(), "blank trap line %s" % (k,)

assert len(expected) == 30, len(expected)
from collections import Counter
print(Counter(r for e in expected for r in e["rules"][:1]))
print("expected", len(expected), "notes", len(notes), "traps", len(traps))

key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
