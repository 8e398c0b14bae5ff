#!/usr/bin/env python3
"""Build ../key.json from unique text anchors. Line numbers are computed, never typed."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# base name -> path
FILES = {}
for dp, _, fns in os.walk(DOCS):
    for fn in fns:
        if fn.endswith(".txt"):
            assert fn not in FILES, "duplicate base name " + fn
            FILES[fn] = os.path.join(dp, fn)

# short aliases
SW, ST, SR = "sinkhole_mpa_wire.txt", "sinkhole_clarion_tabloid.txt", "sinkhole_radio_velmont.txt"
BG, BL, BT = "balloon_westmoor_gazette.txt", "balloon_nrb_live.txt", "balloon_envelope_trade.txt"
PW, PL, PF = "pileup_acw_wire.txt", "pileup_ledger_feature.txt", "pileup_freightlines_trade.txt"
BI, BO, RU = "birds_survey_summary.txt", "boxoffice_weekend_brief.txt", "rugby_accounts_release.txt"

_cache = {}
def lines(f):
    if f not in _cache:
        with open(FILES[f], encoding="utf-8") as fh:
            _cache[f] = fh.read().split("\n")
    return _cache[f]

def L(f, anchor):
    hits = [i + 1 for i, l in enumerate(lines(f)) if anchor in l]
    assert len(hits) == 1, f"anchor {anchor!r} in {f}: {len(hits)} lines {hits}"
    return [f, hits[0]]

NC, NA, DI = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"

E = [
 # ---- cluster A: sinkhole (Tue 10 March 2026) ----
 ([NC], [(SW, "About 210 residents were evacuated"), (SR, "Around one hundred and twenty residents"), (ST, "More than 200 people were forced"), (SW, "Sinkhole swallows van and car in central Velmont")],
  "residents evacuated: about 210 (wire) / more than 200 (tabloid) vs one hundred and twenty, in words (radio) -- across"),
 ([NC], [(SW, "The hole was 9 metres deep"), (ST, "plunged a terrifying 50ft"), (SR, "nine metres deep")],
  "depth of sinkhole: 9 m (wire) / nine metres (radio) vs 50ft = 15.2 m (tabloid) -- across, units"),
 ([NC], [(ST, "Three people were hurt, including van driver"), (ST, "All four casualties were taken"), (SW, "Three people were injured:"), (SR, "Three people were treated for injuries")],
  "people injured: tabloid says three were hurt, later 'all four casualties'; wire and radio say three -- within (plus agreeing outlets)"),
 ([NC], [(SW, "at 3.8 million euros"), (SW, "The repair bill of 4.3 million euros")],
  "repair cost: 3.8 million euros ('cost of rebuilding') vs 4.3 million euros ('repair bill') -- within wire, money"),
 ([DI], [(SW, "at about 6.20 a.m. on Tuesday"), (SR, "on Calder Street at 07:20 this morning"), (ST, "just after 6.15am")],
  "time the street collapsed: about 6.20 a.m. (wire) / just after 6.15am (tabloid) vs 07:20 (radio) -- across"),
 ([QC], [(SW, "This street was not supposed to fail"), (ST, "This street was never supposed to fail")],
  "Mayor Roussak quote: 'not supposed ... find out why' vs 'never supposed ... find out exactly why' -- across"),
 ([UQ], [(ST, "It sounded like a bomb going off")],
  "full-sentence quotation standing alone; previous paragraph (shops shut) names no speaker"),
 # ---- cluster B: balloon (Sat 16 May 2026) ----
 ([NC], [(BG, "was carrying 14 passengers and its pilot"), (BT, "carrying eleven passengers"), (BL, "14 passengers and the pilot")],
  "passengers aboard: 14 (gazette, live) vs eleven in words (trade) -- across"),
 ([NC], [(BG, "dragged for around 120 metres"), (BT, "dragged some 650 feet"), (BL, "dragged about 400ft")],
  "distance basket dragged: around 120 m (gazette) / about 400ft (live) vs some 650 feet = 198 m (trade) -- across, units"),
 ([NC], [(BG, "the flight cost £245 a head"), (BG, "Passengers had paid £285 each")],
  "ticket price: flight 'cost £245 a head' vs passengers 'had paid £285 each' -- within gazette, money"),
 ([NC], [(BT, "has logged more than 3,000 hours"), (BT, "With the pilot's 1,900 hours")],
  "pilot's flying hours: more than 3,000 vs 1,900 -- within trade newsletter"),
 ([DI], [(BG, "on Saturday (May 17)")],
  "weekday/date mismatch: 17 May 2026 is a Sunday (crash was Saturday 16 May)"),
 ([QC], [(BL, "The wind came from nowhere and there was nothing we could do"), (BT, "The wind came out of nowhere and there was nothing I could do")],
  "pilot Kjellvik quote: 'from nowhere ... nothing we could do' vs 'out of nowhere ... nothing I could do' -- across"),
 ([UQ], [(BG, "Everyone was screaming and then the basket")],
  "full-sentence quotation with no speaker; previous paragraph (injuries, passive) names nobody"),
 # ---- cluster C: pile-up (Wed 18 November 2026) ----
 ([NC], [(PW, "when 37 vehicles collided"), (PL, "some two dozen cars and lorries"), (PF, "among the 37 vehicles involved"), (PW, "2 dead, 41 hurt as 37 vehicles")],
  "vehicles involved: 37 (wire, trade) vs some two dozen, in words (feature) -- across"),
 ([NC], [(PW, "visibility had fallen to less than 50 meters"), (PF, "around 150 metres when the first collision"), (PL, "barely 50 yards")],
  "visibility at time of crash (per police): less than 50 m (wire) / barely 50 yards = 46 m (feature) vs around 150 metres (trade) -- across"),
 ([NC], [(PW, "The vehicles included five heavy goods vehicles"), (PW, "lift the four trucks involved"), (PF, "Five heavy goods vehicles were among"), (PF, "five HGVs caught in fog crash")],
  "HGVs involved: five heavy goods vehicles vs 'the four trucks involved' -- within wire (trade agrees with five)"),
 ([NC], [(PL, "shelved a £14 million fog-detection scheme"), (PL, "Mr Tarrant said the £9 million scheme")],
  "cost of shelved fog-detection scheme: £14 million vs £9 million -- within feature, money"),
 ([NA], [(PL, "an increase of a third")],
  "18 -> 27 is a 50 per cent increase, not a third"),
 ([DI], [(PW, "Two people were killed and 41 were injured Wednesday"), (PL, "a little before eight on Thursday morning"), (PF, "in Wednesday's fog pile-up")],
  "day of the crash: Wednesday (wire, trade) vs Thursday morning (feature) -- across"),
 ([QC], [(PF, "I could not see the end of my own bonnet"), (PF, "I could not see the end of my own cab")],
  "driver Dudzinski quoted twice in one article ('repeated'): 'own bonnet' vs 'own cab' -- within"),
 # ---- stand-alone ----
 ([NC], [(BI, "recorded 214 species across"), (BI, "logged a total of 227 breeding species")],
  "species recorded in the 2025 census: 214 vs 227 -- within survey summary"),
 ([NA], [(BI, "a decline of 45 per cent")],
  "skylark 1.42m -> 0.98m pairs is a 31 per cent decline, not 45"),
 ([FG], [(BI, "the third successive annual increase.[5]"), (BI, "5. Nightingale figures are territories")],
  "footnote markers run [1],[2],[3],[5]; no [4] (notes list also jumps 3 -> 5)"),
 ([NC], [(BO, "$41.2 million from 3,614 locations"), (BO, "$36.8 million three-day debut")],
  "Lantern Season three-day opening: $41.2 million vs '$36.8 million three-day debut' -- within brief, money"),
 ([NA], [(BO, "down 18% from last weekend's $92.5 million")],
  "92.5 -> 68.3 million is a 26% fall, not 18%"),
 ([DI], [(BO, "The film opened Friday, Sept. 5")],
  "weekday/date mismatch: 5 September 2026 is a Saturday (weekend Fri 4 - Sun 6)"),
 ([NA], [(RU, "an increase of 12%.[2]")],
  "turnover £8.4m -> £9.9m is an increase of about 18%, not 12%"),
 ([UQ], [(RU, "We are not going to chase short-term success")],
  "full-sentence quotation standing alone; previous paragraph (capital spending) names no speaker"),
 ([FN], [(RU, "return to operating profit.[1]"), (RU, "an increase of 12%.[2]"), (RU, "within the league's salary cap.[3]")],
  "note markers [1]-[3] but the release has no notes section"),
]

N = [
 (["anonymous-source"], [(SW, "A city official who asked not to be named")], "unnamed city official on deferred pipe replacement"),
 (["vague-source"], [(SR, "Geologists say the limestone")], "'Geologists say'"),
 (["anonymous-source"], [(BL, "A source at the Aviation Safety Board")], "source speaking on condition of anonymity"),
 (["vague-source"], [(BT, "Industry insiders say")], "'Industry insiders say'"),
 (["anonymous-source"], [(PW, "A police official who was not authorized")], "police official not authorized to speak"),
 (["vague-source"], [(PL, "Road-safety campaigners argue")], "'campaigners argue'"),
 (["vague-source"], [(BI, "Conservationists say the loss")], "'Conservationists say'"),
 (["anonymous-source"], [(BO, "One distribution executive at a rival studio")], "executive who asked not to be named"),
]

T = [
 # sinkhole wire
 (SW, "Thirty-eight firefighters with 11 appliances", "rescuers/appliances, a different attribute from the injured count"),
 (SW, "Breckel said the main was 115 years old", "1911 + 115 = 2026; agrees with 'laid in 1911' and 'more than a century old'"),
 (SW, "annual road maintenance budget is 21 million", "annual budget and spent-to-date, a different subject from the repair bill"),
 (SW, "had shut off supply to 1,400 households", "households without water falling over the day (1,400 then about 90); attributed scare quote"),
 (SW, "Residents of two of the four blocks were allowed", "agrees with radio's 19:00 return of two blocks"),
 (SW, "It was the second sinkhole in Velmont this year", "another hole (3 m, January), a different subject"),
 # sinkhole tabloid
 (ST, "ROAD TO HELL!", "headline with scare-quoted nickname"),
 (ST, "measured 46ft across", "46ft = 14 m, agrees with wire/radio width; nickname in scare quotes"),
 (ST, "Dad-of-two Lanzer told the Clarion", "quote with named speaker and colon"),
 (ST, "He added: “I kept thinking", "'He added:' attribution"),
 (ST, "blamed a burst water main more than a century old", "hedge agrees with 115 years; 2019 is seven years before 2026"),
 (ST, "We told [the water company]", "editorial insertion inside an attributed quote"),
 (ST, "Water firm Velmont Aqua said it was", "attributed fragment, agrees with wire's rendering"),
 (ST, "The city says the repairs will take around ten weeks", "around ten weeks agrees with about 10 weeks"),
 (ST, "In January a 10ft hole appeared", "different hole; 10ft ~ 3 m agrees with other outlets"),
 (ST, "Mrs Oyelaran said last night", "named speaker"),
 # sinkhole radio
 (SR, "Radio Velmont 98.4 News | Tuesday 10 March 2026", "10 March 2026 is a Tuesday"),
 (SR, "We initially reported that two cars", "explicitly superseded figure, corrected to one car and a van"),
 (SR, "around forty minutes before firefighters", "forty minutes agrees with about 40 minutes"),
 (SR, "Residents of two of the blocks were allowed home at 19:00", "different event (return), consistent with 'Tuesday evening'"),
 (SR, "He said: \"A pipe of that age", "'He said:' after named engineer"),
 (SR, "Mayor Elena Roussak said at a news conference at 11:30", "11:30 = 11.30 a.m.; partial quote 'find out why' agrees with both renderings"),
 (SR, "About 1,400 homes lost their water supply", "agrees with wire 1,400; 'fewer than 100' agrees with 'about 90'"),
 (SR, "Calder Street will stay closed to traffic for at least ten weeks", "agrees with 10 weeks"),
 (SR, "It's the second sinkhole in the city this year", "agrees: three-metre hole in January, a different subject"),
 (SR, "Listener Joris Wendt", "quote with named speaker"),
 (SR, "hotline is open until 22:00", "a different time for a different thing"),
 # balloon gazette
 (BG, "It had lifted off from Marrowby Showground at 5.40am", "5.40am + 85 minutes = 7.05am"),
 (BG, "never one coming down that fast", "quote followed by 'Mr Pettifer said'"),
 (BG, "Of the nine taken to hospital, two were said", "2 serious + 7 minor = 9"),
 (BG, "The company's director, Ingrid Halvarsen, said:", "named speaker, colon"),
 (BG, "I had seconds to pick a field", "a different remark of the pilot, named"),
 (BG, "Forecasts issued the night before had predicted gusts", "forecast (20mph) vs actual (31mph) are different quantities"),
 (BG, "The basket was licensed to carry up to 16 people", "capacity, not passengers aboard"),
 (BG, "Westmoor Ambulance Service sent five ambulances", "ambulances, a different attribute from casualties"),
 (BG, "Hollin Cross parish councillor Moira Denholm", "named speaker"),
 (BG, "which has flown from Marrowby since 2009", "agrees with live page 'since 2009'"),
 # balloon live
 (BL, "12:35 – Investigators on their way", "three inspectors agrees with gazette"),
 (BL, "10:45 – Operator grounds flights", "company-wide total since 2009, named quote"),
 (BL, "10:20 – Hospital update", "running count rising over time (five -> six -> nine)"),
 (BL, "09:05 – Weather", "25km/h = 15.5mph; mean wind, not the forecast gust"),
 (BL, "08:45 – Ambulance service says six", "earlier running count, superseded by later entries"),
 (BL, "07:58 – At least five hurt", "earlier running count, 'at least'"),
 (BL, "07:40 – We're getting reports", "entry time after 07:05 landing, consistent"),
 (BL, "Key facts: The balloon took off", "05:40 = 5.40am; capacity 16; fleet of six"),
 # balloon trade
 (BT, "ENVELOPE & BURNER |", "issue date line"),
 (BT, "Nine occupants were hospitalized", "agrees with nine, two serious"),
 (BT, "The forecast issued before launch called for", "17 knots ~ 20 mph; 27 knots = 31 mph, agrees with gazette; forecast vs actual"),
 (BT, "Skyward Drift operates a fleet of six balloons", "staff/pilots/capacity, different attributes from passengers"),
 (BT, "its 140 member companies", "different subject (association members)"),
 (BT, "publishes a preliminary report within 30 days", "expected future timing"),
 (BT, "Operators should note that the Board's interim guidance", "limits (15 and 18 knots) vs forecast, different quantities"),
 (BT, "Skyward Drift's chief pilot, Hanne Ostby", "named paraphrase"),
 # pileup wire
 (PW, "Updated Nov. 19, 4:15 a.m.", "update time, not the crash time"),
 (PW, "Eight of the injured were in serious condition", "8 + 33 = 41"),
 (PW, "Drivers were coming out of the fog into a wall of stationary traffic, and", "quote attributed in same sentence"),
 (PW, "Castell said the two people who died", "agrees with two killed; named"),
 (PW, "Eighteen ambulances and an air ambulance", "ambulances/fire stations, different attribute"),
 (PW, "An earlier version of this story said three people", "explicitly corrected figure"),
 (PW, "The motorway reopened at 3 a.m. Thursday, about 19 hours", "7:50 a.m. Wed -> 3 a.m. Thu = 19 h 10 min; reopening is a different event"),
 (PW, "Fog is a factor in about 300 injury crashes a year", "national yearly total and a 2013 pileup: different subjects"),
 (PW, "Transport Secretary Alun Pryce said", "attributed fragment"),
 # pileup feature
 (PL, "By Harriet Quayle, Transport Correspondent | Sunday 22 November 2026", "22 November 2026 is a Sunday"),
 (PL, "Chief Superintendent Rhona Castell put it simply", "truncated but identical rendering of Castell's quote, named"),
 (PL, "Lisa Farrow, 34", "named speaker"),
 (PL, "Nationally, fog was a factor in 312 injury collisions", "340 -> 312 is a fall of 8.2 per cent; agrees with 'about 300 a year'"),
 (PL, "The agency's chief executive, Owen Tarrant, defended", "named multi-sentence quote"),
 (PL, "National Roadways' annual budget is some £2.1 billion", "agency budget, different subject from scheme cost"),
 (PL, "Most of the stretch carries a 70mph limit, about 113km/h", "70mph = 112.7 km/h"),
 (PL, "The motorway was closed for some nineteen hours", "agrees with about 19 hours"),
 # pileup trade
 (PF, "FREIGHT LINES WEEKLY | Issue 46/2026 | 20.11.2026", "issue date, no weekday claimed"),
 (PF, "His truck was carrying 22 pallets", "cargo detail"),
 (PF, "slowed to about 50 km/h (31 mph)", "50 km/h = 31 mph"),
 (PF, "Trans-Wisła runs 340 trucks across Europe, 60 of them", "company fleet and UK subset, different subjects"),
 (PF, "National Roadways estimates the 19-hour closure", "agrees with 19 hours"),
 (PF, "Ashby said the federation had written", "named paraphrase"),
 # birds
 (BI, "Published Thursday 12 March 2026", "12 March 2026 is a Thursday"),
 (BI, "Some 2,400 volunteers took part", "2,412 rounds to some 2,400; 2,412 - 2,180 = 232; marker [2] has its note"),
 (BI, "cover 3,150 square kilometres, or about 315,000 hectares", "1 km2 = 100 ha"),
 (BI, "Reliable long-term trends could be calculated for 162", "subset of species; 66/162 = 41 per cent"),
 (BI, "The yellowhammer fared little better", "88,000 -> 66,000 is a 25 per cent fall"),
 (BI, "Nature Recovery Plan set a target", "target vs outcome; marker [3] has its note"),
 (BI, "Breeding curlew were estimated at about 5,200 pairs", "6,500 - 5,200 = 1,300"),
 (BI, "Dr Ilse Varga, the Trust's head of monitoring", "named speaker"),
 (BI, "The full report, with species accounts", "future publication, different dates"),
 (BI, "1. The census methodology is unchanged", "note 1 exists for marker [1]"),
 # box office
 (BO, "BOXLINE BRIEF | Sunday, Sept. 6, 2026", "6 September 2026 is a Sunday"),
 (BO, "per-location average of about $11,400", "41.2m / 3,614 = 11,400"),
 (BO, "It had been tracking for a debut in the mid-$30 million", "pre-release tracking vs actual"),
 (BO, "With Monday's holiday included", "four-day projection, different period"),
 (BO, "cost a reported $55 million to produce", "budget and global opening, different attributes from domestic opening"),
 (BO, "\"Orbit Street\" held second place", "15.5 -> 9.6 is a 38% fall"),
 (BO, "Animated sequel \"Pocket Knights 2\"", "other films; tracking vs actual; titles in quotes"),
 (BO, "Year to date, domestic box office stands at $6.12 billion", "6.12 / 5.88 = +4.1%"),
 (BO, "Next weekend brings the wide release", "forecast for another film"),
 (BO, "Final figures for the weekend are due Tuesday", "future event"),
 # rugby
 (RU, "PRESS RELEASE | For immediate release | 12 October 2026", "date line, no weekday claimed"),
 (RU, "Matchday income was £3.6m (2025: £3.1m), up 16%", "3.1 -> 3.6 is +16.1%"),
 (RU, "Commercial and sponsorship income was £2.8m", "3.6+2.8+2.9+0.6 = 9.9 and 3.1+2.5+2.2+0.6 = 8.4"),
 (RU, "The club made an operating profit of £412,000", "budget forecast vs outcome"),
 (RU, "Average league attendance at Ravensmoor was 8,240", "attendance vs capacity, different attributes"),
 (RU, "Chair Douglas Merriman said:", "named speaker"),
 (RU, "During the year the club spent £1.3m", "capital spending, different subject"),
 (RU, "Net debt fell from £7.9m to £6.3m, a reduction of £1.6m", "7.9 - 6.3 = 1.6"),
 (RU, "Chief executive Samira Okafor said:", "named speaker"),
 (RU, "Season-ticket sales for 2026/27 reached 5,900", "target vs actual"),
 (RU, "7pm on Thursday 19 November 2026", "19 November 2026 is a Thursday"),
]

def main():
    expected, notes, traps = [], [], []
    for i, (rules, ats, what) in enumerate(E, 1):
        expected.append({"id": f"H{i}", "rules": rules, "at": [L(f, a) for f, a in ats], "what": what})
    for i, (rules, ats, what) in enumerate(N, 1):
        notes.append({"id": f"N{i}", "rules": rules, "at": [L(f, a) for f, a in ats], "what": what})
    for f, a, what in T:
        fl = L(f, a)
        traps.append({"file": fl[0], "line": fl[1], "what": what})
    flagged = {tuple(x) for e in expected + notes for x in e["at"]}
    for t in traps:
        assert (t["file"], t["line"]) not in flagged, f"trap overlaps finding: {t}"
    seen = set()
    for t in traps:
        k = (t["file"], t["line"]); assert k not in seen, f"duplicate trap {k}"; seen.add(k)
    assert len(expected) == 30, len(expected)
    assert len(notes) == 8, len(notes)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(r for e in expected for r in e["rules"][:1])
    print("expected", len(expected), dict(c))
    print("notes", len(notes), "traps", len(traps), "files", len(FILES))

if __name__ == "__main__":
    main()
