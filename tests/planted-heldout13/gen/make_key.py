#!/usr/bin/env python3
"""Build ../key.json for heldout13 from unique text anchors.

Every anchor must occur on exactly one line of the named file; line numbers
(1-based) are computed here, never typed. The script also asserts that no trap
line is also an expected or note line, and that there are 30 expected findings.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

# base name -> path (base names must be unique across the set)
FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

FW, FT, FL = "cpa_wire_festival.txt", "daily_clarion_festival.txt", "nrb_live_festival.txt"
BC, BW, BR = "courier_cave.txt", "paw_wire_cave.txt", "dalefm_cave.txt"
CT, CP, CL = "wkrv_coaster.txt", "parkline_coaster.txt", "ledger_coaster.txt"
DR, DS, DO = "road_casualties_2025.txt", "smartphone_q2_2026.txt", "northvale_symphony_review.txt"

_lines = {}
def line_of(fname, anchor):
    if fname not in _lines:
        with open(FILES[fname], encoding="utf-8") as fh:
            _lines[fname] = fh.read().split("\n")
    hits = [i + 1 for i, l in enumerate(_lines[fname]) if anchor in l]
    assert len(hits) == 1, f"anchor {anchor!r} in {fname}: {len(hits)} lines {hits}"
    return hits[0]

NC, AR, DT = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"

EXPECTED = [
 # ---- festival cluster ----
 ("H1", [NC], [(FW, "sending 14 people to hospital"), (FW, "kills steward, 14 taken"),
               (FT, "sending nine fans to hospital"), (FL, "Fourteen people were taken to hospital in total")],
  "people taken to hospital: 14 (wire, live page 'Fourteen') vs nine (tabloid); across outlets, words on two sides"),
 ("H2", [NC], [(FW, "It was roughly 200 metres from the main stage"), (FT, "just 50 yards from the main stage"),
               (FL, "roughly 200m from the Main Stage")],
  "distance of struck tower from main stage: ~200 m (wire, live) vs 50 yards (~46 m, tabloid); units disagree"),
 ("H3", [AR], [(FW, "leaving five still being treated")],
  "14 taken to hospital minus 8 discharged = 6, not 5"),
 ("H4", [DT], [(FW, "at about 1552 GMT"), (FT, "just after 6pm"), (FL, "about 15 minutes ago")],
  "time of strike: 1552 GMT = 4.52pm BST (wire; live page 17:05 'about 15 minutes ago') vs just after 6pm (tabloid)"),
 ("H5", [QC], [(FW, "seconds, not minutes"), (FT, "seconds, not hours")],
  "Marcus Ellery quote: 'not minutes' (wire) vs 'not hours' (tabloid)"),
 ("H6", [NC], [(FT, "Student Jodie Pryce, 19"), (FT, "The twenty-one-year-old")],
  "age of hospitalised student Jodie Pryce: 19 vs twenty-one (words) in the tabloid; subject only in earlier paragraph"),
 ("H7", [UQ], [(FT, "It was like a bomb going off")],
  "stand-alone full-sentence quote, no speaker in sentence or preceding paragraph"),
 ("H8", [NC], [(FL, "refunded £85 each"), (FL, "The £65 refund")],
  "refund per Sunday day ticket: £85 vs £65 within live page (money; no correction language)"),
 # ---- cave cluster ----
 ("H9", [NC], [(BC, "Seven members of the Wensford"), (BW, "six-member party"), (BR, "All seven cavers trapped")],
  "number of cavers trapped: seven (Courier, Dale FM) vs six-member party (wire); words"),
 ("H10", [NC], [(BC, "The chamber lies some 800 metres"), (BR, "about a mile and a half from the cave mouth"),
                (BW, "roughly half a mile in")],
  "distance of chamber from entrance: ~800 m / ~half a mile (Courier, wire) vs ~1.5 miles (Dale FM); units"),
 ("H11", [DT], [(BW, "since Sunday, May 4"), (BC, "Sunday, May 3")],
  "day trapped: 'Sunday, May 4' (wire) - 4 May 2026 is a Monday; Courier says Sunday, May 3"),
 ("H12", [QC], [(BC, "cold and hungry"), (BR, "cold and tired")],
  "Anwen Hale quote: 'cold and hungry' (Courier) vs 'cold and tired' (Dale FM)"),
 ("H13", [NC], [(BC, "They had been trapped for 52 hours"), (BC, "During their forty hours below ground")],
  "time trapped: 52 hours vs forty hours (words) within Courier; subject 'They'/'the group'"),
 ("H14", [NC], [(BR, "More than 90 rescuers from six teams"), (BR, "all 60 rescuers involved")],
  "rescuers in the operation: more than 90 vs all 60 within Dale FM (14 divers is a subset trap)"),
 ("H15", [UQ], [(BR, "The water came up faster")],
  "stand-alone full-sentence quote, no speaker anywhere near"),
 # ---- coaster cluster ----
 ("H16", [NC], [(CT, "Twenty-four riders spent more than three hours"), (CP, "All 24 guests on board"),
                (CL, "Twenty-eight riders were aboard")],
  "riders stranded: Twenty-four (WKRV) / 24 guests (Parkline) vs Twenty-eight (Ledger); words; capacity 32 is a trap"),
 ("H17", [NC], [(CT, "205 feet above the ground"), (CP, "some 48 metres above ground level"),
                (CL, "more than 60 metres above the car park")],
  "height of stalled train: 205 ft = 62.5 m (WKRV; Ledger 'more than 60 metres') vs some 48 m = 157 ft (Parkline); units"),
 ("H18", [DT], [(CP, "on Sunday, August 16"), (CT, "halted at about 2:15 p.m. Saturday"), (CL, "At 2.15pm on Saturday 15 August")],
  "day of stall: Sunday, August 16 (Parkline) vs Saturday 15 August (WKRV, Ledger)"),
 ("H19", [NC], [(CP, "The $28 million coaster"), (CP, "The ride cost $22 million")],
  "cost of building Thunder Ridge: $28 million vs $22 million within Parkline (money; 'The ride')"),
 ("H20", [NC], [(CL, "three hours and 40 minutes"), (CL, "160-minute ordeal"),
                (CT, "Twenty-four riders spent more than three hours"), (CP, "All 24 guests on board")],
  "duration of ordeal: three hours and 40 minutes (=220 min) vs 160-minute within Ledger; other outlets agree with >3h / >3.5h"),
 ("H21", [QC], [(CL, "You could see the whole county"), (CL, "You could see the whole state")],
  "Dana Whitlock quote given twice in Ledger: 'whole county' vs 'whole state'"),
 # ---- road safety summary ----
 ("H22", [AR], [(DR, "a fall of 12 per cent")],
  "1,905 -> 1,742 is a fall of 8.6%, not 12%"),
 ("H23", [NC], [(DR, "In 2025, 1,742 people were killed"), (DR, "Of the 1,724 road deaths")],
  "road deaths in 2025: 1,742 vs 1,724 (transposed) within report; 'killed' vs 'road deaths recorded'"),
 ("H24", [FG], [(DR, "well short of that target.[5]"), (DR, "5. Projection based")],
  "note markers/notes run 1, 2, 3, 5 - number 4 skipped"),
 # ---- smartphone brief ----
 ("H25", [AR], [(DS, "a rise of 7.8 per cent")],
  "281.6m -> 296.2m is +5.2%, not 7.8%"),
 ("H26", [NC], [(DS, "shipping 58.4 million units"), (DS, "Of the company's 54.8 million shipments")],
  "Veltro Q2 shipments: 58.4m vs 'the company's' 54.8m (subject in previous sentence)"),
 ("H27", [UQ], [(DS, "Consumers are holding on")],
  "stand-alone full-sentence quote, no speaker in sentence or paragraph before"),
 # ---- orchestra release ----
 ("H28", [AR], [(DO, "a rise of 25 per cent")],
  "£2.1m -> £2.4m is +14.3%, not 25%"),
 ("H29", [DT], [(DO, "Friday 14 March 2026")],
  "14 March 2026 is a Saturday, not Friday"),
 ("H30", [FN], [(DO, "about 730 per concert.[1]"), (DO, "sponsorship grew to £0.9 million.[2]")],
  "markers [1] and [2] but the release has no notes section"),
]

NOTES = [
 ("N1", ["anonymous-source"], [(FW, "A police source who asked not to be named")], "police source who asked not to be named"),
 ("N2", ["vague-source"], [(FT, "Experts say big outdoor events")], "experts say"),
 ("N3", ["anonymous-source"], [(BC, "A person familiar with the rescue planning")], "person familiar with the rescue planning"),
 ("N4", ["vague-source"], [(BW, "Cave-rescue experts say")], "cave-rescue experts say"),
 ("N5", ["anonymous-source"], [(CT, "spoke on condition of anonymity")], "park employee, condition of anonymity"),
 ("N6", ["vague-source"], [(CP, "Industry insiders say")], "industry insiders say"),
 ("N7", ["vague-source"], [(DS, "Analysts say tariff uncertainty")], "analysts say"),
 ("N8", ["vague-source"], [(CL, "Critics argue that parks")], "critics argue"),
]

TRAPS = [
 # festival wire
 (FW, "stood about 30 metres (100 feet) tall", "tower height, conversion agrees (30 m = 100 ft); also live page 100ft"),
 (FW, "Paramedics treated around 40 people", "treated at scene: different attribute from hospital count"),
 (FW, "About 38,000 people were on the site", "attendance 38,000 vs tabloid 'Nearly 40,000' - hedge agrees; 45,000 licence is capacity"),
 (FW, "halted all performances at 5.10pm", "a later event (halt), not the strike time; local time"),
 (FW, "yellow thunderstorm warning for the region at 11am", "warning issue time and validity window, not strike time"),
 (FW, "Chief Inspector Ruth Okafor", "quote with speaker named in same sentence"),
 (FW, "without giving an amount", "refund mentioned with no figure"),
 (FW, "fewer than three people a year", "national yearly average - different subject"),
 # festival tabloid
 (FT, "Steward Callum Rees, 34", "age of steward agrees with wire's 34-year-old"),
 (FT, "Nearly 40,000 revellers", "hedged attendance agrees with wire's about 38,000"),
 (FT, "Her mum Sandra, 51", "quote introduced by 'said last night:'"),
 (FT, "He added that Callum", "partial quote; speaker in previous paragraph"),
 (FT, "Weekend tickets cost £210", "weekend ticket price, different from Sunday refund"),
 (FT, "Callum's partner Leanne wrote", "quote with named writer, colon introduction"),
 (FT, "Police have said there is nothing suspicious", "paraphrase agrees with wire's police statement"),
 # festival live page
 (FL, "NRB News live page | Saturday 11 July 2026", "11 July 2026 is a Saturday"),
 (FL, "at least six people have been taken to hospital", "running count early in live page (later 11, then 14)"),
 (FL, "The tower was about 100ft tall", "tower height conversion agrees with wire"),
 (FL, "has risen to eleven", "running count rising over time; one death is a different attribute"),
 (FL, "Marcus Ellery told NRB", "different remark of same person, attributed with colon"),
 (FL, "A yellow warning for thunderstorms was in force", "warning window; scare quote 'frequent' attributed to forecasters"),
 (FL, "An earlier entry on this page said", "explicitly superseded running figure"),
 # cave courier
 (BC, "Kelderdale Courier | Wednesday 6 May 2026", "6 May 2026 is a Wednesday"),
 (BC, "It is around 90 metres (about 300ft) below the moor", "depth, not distance; conversion agrees with wire's 300 feet"),
 (BC, "A team of 14 cave divers", "divers subset, agrees with Dale FM's 14 divers"),
 (BC, "The first of the group surfaced at 2.30pm", "first vs last out; 10.30am Sun to 2.30pm Tue = 52 h"),
 (BC, "Two of the cavers were treated for mild hypothermia", "subset; agrees with Dale FM"),
 (BC, "He said: \"We knew people", "quote introduced with 'He said:' after named speaker"),
 (BC, "two walkers spent 30 hours in Skell Cave", "different event (2009)"),
 (BC, "annual running costs of around £60,000", "annual costs vs per-operation £8,000 in Dale FM - different quantity"),
 # cave wire
 (BW, "British students freed after days trapped", "headline 'days' agrees with 52 hours"),
 (BW, "walked out unaided after more than two days", "more than two days agrees with 52 hours"),
 (BW, "The water was the enemy", "different remark of Hale, speaker in same paragraph"),
 (BW, "about 50 yards long", "length of flooded passage, not chamber distance"),
 (BW, "called out 412 times last year", "national yearly total, different subject"),
 (BW, "reaches about 300 feet below the surface", "depth agrees with 90 m"),
 (BW, "Honestly, the worst part", "quote with speaker in same sentence; age 22 agrees"),
 (BW, "alarm to be raised by Sunday evening", "agrees with Dale FM alarm at 6pm Sunday"),
 (BW, "doing everything by the book", "partial quote attributed to the university"),
 # cave radio
 (BR, "Dale FM News | Tuesday 5 May 2026, 4.05pm", "5 May 2026 is a Tuesday"),
 (BR, "just after quarter past three", "agrees with Courier's 3.15pm"),
 (BR, "since Sunday morning, when heavy rain", "agrees with Courier"),
 (BR, "back by 5pm on Sunday", "expected return and alarm times, other events"),
 (BR, "That included 14 cave divers", "subset of rescuers, not total"),
 (BR, "She also thanked farmers at Low Gorse", "quote with colon intro, speaker in previous sentence/paragraph"),
 (BR, "Club president Ollie Brandt, who's 22", "age agrees with wire; scare-quote phrase attributed"),
 (BR, "Two of the cavers were checked over", "subset; agrees with Courier"),
 (BR, "costs it about £8,000", "per-operation cost, not the annual £60,000"),
 (BR, "In February, a caver with a broken ankle", "different event"),
 # coaster WKRV
 (CT, "Published Aug. 15, 2026, 8:47 p.m.", "publication time, after the 5:55 p.m. end"),
 (CT, "Thunder Ridge trains seat 32 people", "capacity, not riders aboard"),
 (CT, "walked riders down the lift hill's emergency stairway", "groups of four - not a count of riders"),
 (CT, "Safety is always our first priority", "quote with speaker in same sentence"),
 (CT, "Paramedics checked three riders", "subset of riders checked, not riders stranded"),
 (CT, "reached 91 degrees", "temperature in Fahrenheit"),
 (CT, "We sang songs to keep the kids calm", "different remark of Whitlock, attributed in same sentence"),
 (CT, "Fire Chief Bill Marchetti said", "speaker named before quote; 300 steps agrees with Ledger"),
 (CT, "which opened in 2019, will stay closed", "opening year agrees with Parkline"),
 (CT, "Riders will get full refunds and two free passes", "agrees with Parkline and Ledger"),
 # coaster Parkline
 (CP, "Parkline Weekly | Issue 318 | Thursday 20 August 2026", "publication date; 20 Aug 2026 is a Thursday"),
 (CP, "3.1 million visitors last year, up from 2.6 million", "arithmetic correct: +19.2%"),
 (CP, "We will not reopen Thunder Ridge", "quote attributed in same sentence"),
 (CP, "annual maintenance budget is $4.5 million", "budget vs spent-to-date; not the ride's cost"),
 (CP, "Halvorsen has supplied 14 coasters", "different subject (manufacturer's total, other parks)"),
 (CP, "worth $89 each", "value of passes, not ride cost"),
 (CP, "Our first job is to find out why", "speaker named in previous sentence of same paragraph"),
 # coaster Ledger
 (CL, "The Sunday Ledger | 23 August 2026", "publication date, a Sunday"),
 (CL, "Its eight cars can carry 32 people", "capacity, agrees with WKRV"),
 (CL, "A stalled train is a safe train", "quote with speaker in same sentence"),
 (CL, "People imagine the train could roll back", "'he says' in same paragraph"),
 (CL, "the first group reached the ground roughly 90 minutes", "first group, not whole evacuation"),
 (CL, "Park general manager Lorraine Castellano has said", "paraphrase agrees with her quote in Parkline"),
 (CL, "drew some three million visitors last year", "hedge agrees with Parkline's 3.1 million"),
 (CL, "logged 11 comparable stalls in 2025", "different subject (British parks)"),
 # road casualties
 (DR, "Statistical release | Thursday 25 June 2026", "25 June 2026 is a Thursday"),
 (DR, "Serious injuries numbered 24,310", "correct arithmetic: +130 = +0.5%; serious injuries not deaths"),
 (DR, "(4.8 a day)", "1,742/365 = 4.77 a day, agrees"),
 (DR, "The provisional figure of 1,768", "explicitly superseded provisional figure"),
 (DR, "Pedestrians accounted for 398", "subsets of deaths"),
 (DR, "Child deaths (aged 0 to 15)", "subset"),
 (DR, "Drink-driving deaths are estimated at 260", "260/1,742 = 14.9% - 'about 15 per cent' correct"),
 (DR, "Deaths on motorways rose to 112", "correct difference (14)"),
 (DR, "Northern Lowlands region fell from 301 to 262", "correct: -12.96% ~ 13 per cent; regional subset"),
 (DR, "5.1 deaths per billion vehicle-kilometres", "rate, not count"),
 (DR, "cut road deaths to 1,200 a year by 2030", "target, not outcome"),
 (DR, "Agency director Helena Marsh said", "quote attributed with colon"),
 (DR, "€14.2 billion, or roughly €39 million a day", "per-day conversion agrees (14.2bn/365 = 38.9m)"),
 (DR, "1. Deaths within 30 days", "note exists for marker [1]"),
 (DR, "2. Serious injury figures are adjusted", "note exists for marker [2]"),
 (DR, "3. Rural roads are those", "note exists for marker [3]"),
 # smartphone
 (DS, "Market Brief | Tuesday 21 July 2026", "21 July 2026 is a Tuesday"),
 (DS, "roughly 3.3 million handsets", "296.2m / 91 days = 3.26m a day, agrees"),
 (DS, "when 289.0 million units were shipped", "previous quarter, different period"),
 (DS, "Second-placed Aurion shipped 51.9 million", "other vendors; Kestrel +17.5% correct"),
 (DS, "together accounted for just over half", "296.2-58.4-51.9-37.0 = 148.9m = 50.3%, just over half"),
 (DS, "Average selling prices rose to $362", "correct: +4.0%"),
 (DS, "Foldable phones made up 4.1 million", "subset: 1.38% correct"),
 (DS, "Replacement cycles continue to lengthen", "paraphrase, no quote"),
 (DS, "Asia-Pacific excluding China grew 9 per cent", "regional subsets"),
 (DS, "full-year 2026 shipments of 1.21 billion", "forecast, not actual; note [2] exists"),
 (DS, "Senior analyst Rosa Lindqvist said", "quote attributed with colon"),
 (DS, "[1] Shipments are sell-in", "note exists for marker [1]"),
 (DS, "[2] Forecast as of 15 July 2026", "note exists for marker [2]"),
 # orchestra
 (DO, "FOR IMMEDIATE RELEASE | Wednesday 22 July 2026", "22 July 2026 is a Wednesday"),
 (DO, "founded in 1961", "1961 + 65 = 2026, consistent with 65th anniversary"),
 (DO, "Spending on the season totalled £4.6 million", "spent vs budget, different attributes"),
 (DO, "Thursday 9 July 2026 at Castlebridge Hall", "9 July 2026 is a Thursday; 1,850 is hall capacity"),
 (DO, "reached 11,200 schoolchildren", "subset 3,400 of 11,200"),
 (DO, "Chief executive Fiona Hartley said", "quote attributed with colon"),
 (DO, "The gala was the night", "speaker named in same sentence"),
 (DO, "combined audience of 2,900", "tour subset of total audience"),
 (DO, "Concert Hall at Home", "title in quotes; 148,000-120,000 = 28,000 correct"),
 (DO, "features 88 concerts; the orchestra aims", "next season's plan/target, not outcome"),
 (DO, "Monday 3 August 2026", "3 August 2026 is a Monday"),
]

def main():
    expected, notes, traps = [], [], []
    flagged = collections.defaultdict(set)
    for fid, rules, anchors, what in EXPECTED:
        at = [[f, line_of(f, a)] for f, a in anchors]
        for f, l in at:
            flagged[f].add(l)
        expected.append({"id": fid, "rules": rules, "at": at, "what": what})
    for nid, rules, anchors, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in anchors]
        for f, l in at:
            flagged[f].add(l)
        notes.append({"id": nid, "rules": rules, "at": at, "what": what})
    seen = set()
    for f, a, what in TRAPS:
        l = line_of(f, a)
        assert l not in flagged[f], f"trap line {f}:{l} ({a!r}) is also an expected/note line"
        assert (f, l) not in seen, f"duplicate trap line {f}:{l}"
        seen.add((f, l))
        traps.append({"file": f, "line": l, "what": what})
    assert len(expected) == 30, len(expected)
    counts = collections.Counter(r["rules"][0] for r in expected)
    assert counts == {NC: 14, AR: 4, DT: 4, QC: 3, UQ: 3, FG: 1, FN: 1}, counts
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
    print(f"expected={len(expected)} notes={len(notes)} traps={len(traps)}", dict(counts))

if __name__ == "__main__":
    main()
