#!/usr/bin/env python3
"""Build key.json for heldout16 from unique text anchors (line numbers are computed)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

_cache = {}
def line_of(fname, anchor):
    if fname not in _cache:
        with open(FILES[fname], encoding="utf-8") as fh:
            _cache[fname] = fh.read().split("\n")
    hits = [i + 1 for i, l in enumerate(_cache[fname]) if anchor in l]
    assert len(hits) == 1, f"anchor {anchor!r} in {fname}: {hits}"
    return hits[0]

W, T, R = "heli_cpa_wire.txt", "heli_clarion_tabloid.txt", "heli_courier_regional.txt"
LIVE, SEN, FM = "tower_rnb_live.txt", "tower_sentinel_feature.txt", "tower_harbourfm_radio.txt"
PW, OW, LH = "swim_pana_wire.txt", "swim_owbw_trade.txt", "swim_lakeside_herald.txt"
PO, BR, AM = "postal_annual_report.txt", "brewery_halfyear_release.txt", "ambulance_regulator_review.txt"

NC, AR, DT = ["numeric-conflict"], ["numeric-arithmetic"], ["date-inconsistency"]
QC, UQ = ["quote-conflict"], ["unattributed-quote"]

EXPECTED = [
 # --- helicopter cluster
 (NC, [(W, "Debris was scattered across some 300 metres"), (T, "Wreckage was strewn over 100 yards")],
  "debris field: some 300 metres (wire) vs 100 yards = about 91 m (tabloid); units disagree; across outlets"),
 (NC, [(W, "A total of 24 firefighters"), (T, "Two dozen firefighters raced"), (R, "Some forty firefighters from three stations")],
  "firefighters sent: 24 (wire) / two dozen (tabloid, agrees) vs some forty in words (regional); across outlets"),
 (NC, [(W, "The pilot, aged 52,"), (W, "Telford, a 48-year-old former military pilot")],
  "pilot's age 52 vs 48 within the wire story (second mention by surname only)"),
 (NC, [(T, "It costs £4.2million a year"), (T, "whose £6million yearly running costs")],
  "charity's annual running cost £4.2m vs £6m within tabloid (reworded: 'costs ... to keep in the air' / 'yearly running costs', subject 'the charity')"),
 (AR, [(R, "up from 1,210 in 2024")],
  "1,460 vs 1,210 is a rise of about 21%, not 'more than a third'"),
 (DT, [(W, "at around 19:40 local time"), (T, "at 7.40pm on Tuesday (May 12)"), (R, "shortly after 9pm on Tuesday")],
  "crash time 19:40 / 7.40pm (wire, tabloid agree) vs shortly after 9pm (regional)"),
 (QC, [(W, "Every one of our crew knew the risks and chose to fly anyway"), (T, "Every one of our crew understood the risks")],
  "Helen Marsh quote: 'knew the risks' (wire) vs 'understood the risks' (tabloid)"),
 (UQ, [(T, "Nobody should have to lose a colleague like this")],
  "stand-alone full-sentence quotation, no speaker in it or the paragraph before (fundraising page paragraph)"),
 # --- tower block cluster
 (NC, [(LIVE, "The block contains 112 flats"), (SEN, "Its 146 homes house nurses"), (FM, "Calder House's 112 flats have all been evacuated")],
  "number of flats in the block: 112 (live, radio) vs 146 homes (broadsheet); across outlets, reworded flats/homes"),
 (NC, [(LIVE, "At the height of the fire, 100 firefighters"), (FM, "Around 60 firefighters were at the scene at the height")],
  "firefighters at the height of the fire: 100 (live) vs around 60 (radio)"),
 (NC, [(SEN, "The blaze displaced 230 residents"), (SEN, "For the 310 residents who lost their homes")],
  "residents displaced 230 vs 310 'lost their homes' within broadsheet feature"),
 (NC, [(FM, "The council has set aside £250,000"), (FM, "the council's £400,000 hardship fund")],
  "council emergency support fund £250,000 vs £400,000 'hardship fund' within radio text"),
 (AR, [(LIVE, "leaving seven still receiving treatment")],
  "14 taken to hospital minus 5 discharged leaves 9, not seven"),
 (DT, [(SEN, "shortly before midnight on Saturday, June 21")],
  "21 June 2026 is a Sunday (fire was on Saturday 20 June per live page)"),
 (QC, [(LIVE, "The fire doors held and that is what saved lives tonight"), (FM, "The fire doors held, and that is what saved dozens of lives")],
  "Dana Okoro quote: 'saved lives tonight' (live) vs 'saved dozens of lives' (radio)"),
 (UQ, [(SEN, "We were told for years that this building was safe")],
  "stand-alone quotation paragraph after the refurbishment paragraph; no speaker"),
 # --- open-water swim cluster
 (NC, [(PW, "The water temperature was 14 C when the race began"), (LH, "The water was 14 degrees at the start"), (OW, "water at around 61F")],
  "water temperature at start 14 C (wire, regional) vs around 61F = 16 C (trade); units disagree"),
 (NC, [(PW, "6 were taken to hospital in Kessling"), (PW, "all six patients were in a stable condition"), (LH, "nine swimmers were taken to hospital")],
  "swimmers taken to hospital: 6 / six (wire) vs nine in words (regional)"),
 (NC, [(OW, "The event's 640 starters"), (OW, "Each of the 720 swimmers who began the race"), (OW, "With 640 starters at €95 each")],
  "starters 640 vs '720 swimmers who began the race' within trade newsletter"),
 (NC, [(LH, "Seventy lifeguards and safety kayakers"), (LH, "the 45 water-safety crew on duty")],
  "safety crew on the water: seventy (words) vs 45 within regional daily, reworded"),
 (DT, [(PW, "Rescue crews pulled more than 100 swimmers out of Lake Vessry on Sunday"), (LH, "on Sunday when cold wind and rain"), (OW, "Saturday's Lake Vessry Crossing")],
  "race day: Sunday June 7 (wire, regional) vs Saturday (trade)"),
 (QC, [(PW, "We followed every protocol, but the lake turned on us in minutes"), (LH, "We followed every safety protocol, but the lake")],
  "Markus Feld quote: 'every protocol' (wire) vs 'every safety protocol' (regional)"),
 (UQ, [(OW, "Organisers will be asking themselves hard questions")],
  "stand-alone quotation paragraph, no speaker in it or the paragraph before"),
 # --- stand-alone documents
 (NC, [(PO, "The operator delivered 92.1% of first-class mail"), (PO, "the next-day figure of 90.4% for first-class letters")],
  "first-class next-day performance in 2025-26: 92.1% vs 90.4% ('in the year under review'); 90.4% is the prior year figure"),
 (DT, [(PO, "Wednesday 9 July 2026")], "9 July 2026 is a Thursday"),
 (["footnote-gap"], [(PO, "relevant turnover[4]"), (PO, "4. The maximum penalty")],
  "note markers [1], [2], [4]: [3] missing"),
 (NC, [(BR, "- Revenue of £412.0m"), (BR, "the Group's revenue of £438m for the half"), (BR, "the two divisions produced the Group's total revenue of £412.0m")],
  "half-year revenue £412.0m vs £438m (CFO paragraph, 'the Group')"),
 (AR, [(BR, "an increase of 12%")], "38.5 -> 46.2 is a 20% increase, not 12%"),
 (AR, [(AM, "1 minute 40 seconds slower than the standard")], "8 min 10 s vs 7 min is 1 min 10 s slower"),
 (["footnote-no-notes"], [(AM, "14 consecutive months[1]"), (AM, "18-minute target[2]"), (AM, "lost hours[3]")],
  "markers [1]-[3] but no notes section"),
]

NOTES = [
 (["anonymous-source"], W, "A person familiar with the early stages", "person familiar with the investigation, not authorised"),
 (["vague-source"], T, "Aviation experts say", "aviation experts say"),
 (["vague-source"], LIVE, "Some experts say blocks built", "some experts say"),
 (["vague-source"], SEN, "Critics argue that the council", "critics argue"),
 (["anonymous-source"], FM, "One resident, who asked not to be named", "resident who asked not to be named"),
 (["anonymous-source"], PW, "A regional police official, who asked not to be named", "police official who asked not to be named"),
 (["vague-source"], OW, "Industry insiders say", "industry insiders say"),
 (["vague-source"], PO, "Critics argue that the targets", "critics argue"),
]

TRAPS = [
 (W, "HOLLINSBY, England, May 12", "dateline May 12 = Tuesday, matches 'on Tuesday evening'"),
 (W, "Police initially said two crew members had died", "explicitly superseded figure"),
 (W, "base at Thornwick 11 minutes earlier", "flight time, no conflict"),
 (W, "can carry up to six people", "capacity vs the three on board"),
 (W, "flew 1,460 missions last year, or about four a day", "1,460/365 = 4.0; same figure as regional"),
 (W, "The ASIB said in a statement", "quote attributed to the board in same sentence"),
 (W, "first fatal crash involving a British air ambulance since 2013", "national record, different subject from regional 2009 crash"),
 (T, "His two crewmates", "injured count agrees (two), different attribute from killed"),
 (T, "Farmer Tom Bellamy, 61", "quote introduced with colon and named speaker"),
 (T, "The crew had been scrambled to a smash near Aldercote", "agrees with other outlets"),
 (T, "A fundraising page set up by colleagues had raised more than £85,000", "fundraising total, different attribute from running cost"),
 (T, "Pensioner June Alsop, 78", "named speaker"),
 (T, "Investigators from the Air Safety Investigation Board were at the scene", "no figures"),
 (T, "Northmoor calls its aircraft the", "scare quotes/nickname, not a quotation"),
 (T, "Police said the pilot", "attributed paraphrase"),
 (R, "about a mile and a quarter east of the village", "1.25 miles = 2 km, agrees with wire; 40 acres = 16 ha"),
 (R, "The injured doctor and paramedic were taken", "injured, different attribute"),
 (R, "said the charity was \"devastated\"", "one-word quote, attributed"),
 (R, "We will do everything we can to support Graham", "different Marsh remark, attributed in same sentence"),
 (R, "Hollinsby parish council chairman Keith Rowntree", "named speaker"),
 (R, "about 70 staff", "staff, different attribute from firefighters"),
 (R, "There are 21 air ambulance charities", "national total, different subject"),
 (R, "The last fatal air-ambulance crash in our region was in 2009", "regional record, different subject"),
 (R, "Manor Farm's owner, Tom Bellamy", "named speaker; paraphrase agrees with tabloid"),
 (R, "A book of condolence has been opened", "no conflict"),
 (R, "The Air Safety Investigation Board has opened an inquiry", "no conflict"),
 (LIVE, "Times are local (BST). Sunday 21 June 2026", "21 June 2026 is a Sunday"),
 (LIVE, "00:14 Fire crews were called", "23:52 on Saturday agrees with 'just before midnight'"),
 (LIVE, "00:31 About 40 firefighters", "running count, rises later"),
 (LIVE, "01:05 Six people have been taken", "running count"),
 (LIVE, "01:22 Correction", "explicit correction of floor"),
 (LIVE, "01:40 The number of people taken to hospital has risen to 11", "running count"),
 (LIVE, "03:20 Ambulance bosses say 14", "final count, agrees with others"),
 (LIVE, "03:34 The fire is now under control", "23:52 -> 03:34 is more than three and a half hours"),
 (LIVE, "04:10 A rest centre", "registered 'so far' at rest centre, running count, not displaced total"),
 (LIVE, "05:45 Police say a cordon", "no conflict"),
 (LIVE, "08:30 The cause of the fire", "paraphrase"),
 (LIVE, "09:05 Council leader Paul Mensah", "quote attributed; identical in broadsheet"),
 (SEN, "Amira Haddad, 34", "named speaker"),
 (SEN, "Fourteen people were taken to hospital, the majority", "agrees with live final count (14)"),
 (SEN, "Dana Okoro, the city's chief fire officer, told The Sentinel", "different Okoro remark, attributed"),
 (SEN, "refurbished in 2018 at a cost of £6.8m", "refurbishment cost, different from repair estimate"),
 (SEN, "Council leader Paul Mensah has promised", "same Mensah quote as live page, word for word"),
 (SEN, "Fire crews were on site for more than three hours", "agrees with live page timing"),
 (SEN, "Residents' association chair Leon Price", "named speaker"),
 (SEN, "The fire service's investigation, and a separate council review", "no conflict"),
 (FM, "Monday 22 June 2026, 7:00am", "22 June 2026 is a Monday"),
 (FM, "Hundreds of people are still out of their homes", "hedge agrees with 230/310"),
 (FM, "just before midnight on Saturday", "agrees with 23:52 Saturday"),
 (FM, "Five have since been discharged", "agrees with live page (five discharged)"),
 (FM, "Council leader Paul Mensah said:", "colon introduction, named"),
 (FM, "open 24 hours a day", "no conflict"),
 (FM, "Bus routes 14 and 22", "route numbers, not counts"),
 (FM, "Local MP Rachel Dunmore", "named speaker"),
 (FM, "breakfast show from 6am", "programme time, not event time"),
 (PW, "About 640 swimmers started the 3.8-km", "50 km/h = 31 mph; 640 starters agrees with trade first mention"),
 (PW, "the race was stopped at 9:40 a.m., about 70 minutes", "8:30 -> 9:40 = 70 minutes"),
 (PW, "sold out its 700 places", "capacity vs starters"),
 (PW, "above 16 C. On Sunday, wetsuits were compulsory", "rule threshold, consistent with 14 C"),
 (PW, "a federation spokeswoman, Clara Imhof, said", "named speaker"),
 (PW, "Last year's race was completed without any hospital", "different period"),
 (PW, "about 11 km long and up to 2.5 km wide", "lake dimensions, different subject from course"),
 (OW, "Issue 212 | 9 June 2026", "newsletter date, no weekday"),
 (OW, "or roughly one in six of the field", "112/640 = 17.5%, roughly one in six"),
 (OW, "Race director Markus Feld told OWBW", "different Feld remark, attributed"),
 (OW, "a rise of 20 per cent", "15,000 -> 18,000 is +20%"),
 (OW, "Its managing director, Sophie Varga, said", "named speaker"),
 (OW, "which represents 140 events", "different subject"),
 (OW, "'hard stop' rule", "scare quotes"),
 (LH, "fish more than 110 swimmers out of the lake", "hedge agrees with 112"),
 (LH, "Local swimmer Petra Lind, 41", "named speaker"),
 (LH, "more than 300 hot drinks", "different subject"),
 (LH, "Kessling's mayor, Brigitte Aalto", "named speaker"),
 (LH, "organisers shortened the course to 2 km", "2019 race, different period"),
 (LH, "The regional sports federation has said it will review", "paraphrase, no figures"),
 (LH, "The lake's ferry service ran as normal", "no conflict"),
 (PO, "failed to meet either of its two main statutory", "no figures in conflict"),
 (PO, "Second-class performance was 97.6%", "footnote [2] has its note"),
 (PO, "a fall of 6.8%", "7.4bn -> 6.9bn = -6.8%; 6.9bn/365 = 19m a day"),
 (PO, "an increase of 9.1%", "1.21bn -> 1.32bn = +9.1%"),
 (PO, "In the Northern region, 94.3%", "regional subsets, not national figure"),
 (PO, "a reduction of roughly half", "2,310 -> 1,140 is about half"),
 (PO, "has committed to reaching 93%", "target and forecast vs actual"),
 (PO, "The operator employs about 118,000 people", "workforce subset"),
 (PO, "1. Measured by an independent", "note that exists"),
 (PO, "2. The second-class target applies", "note that exists"),
 (BR, "26 weeks to Sunday 29 March 2026", "29 March 2026 is a Sunday"),
 (BR, "Thursday 14 May 2026, 07:00", "14 May 2026 is a Thursday"),
 (BR, "equivalent to about 424 million pints", "2.41m hl x 176 = 424m pints"),
 (BR, "Interim dividend of 3.1p", "2.9p -> 3.1p = +6.9%"),
 (BR, "Net debt reduced to £214m", "231 - 214 = 17"),
 (BR, "Chief executive Fiona Carradine said:", "named speaker"),
 (BR, "compared with 2.36 million a year earlier", "prior period, consistent with 2.41m"),
 (BR, "employs 420 of the Group's 6,300 staff", "one site vs whole group; division revenue subset"),
 (BR, "The Group's 318 managed pubs", "318 + 4 = 322"),
 (BR, "full-year adjusted operating profit of between £95m and £100m", "forecast; capex budget vs spent-to-date"),
 (BR, "Ms Carradine added", "attributed"),
 (BR, "Thursday 19 November 2026", "19 November 2026 is a Thursday"),
 (AM, "Published Tuesday 30 June 2026", "30 June 2026 is a Tuesday"),
 (AM, "about 1,130 a day", "412,000/365 = 1,129"),
 (AM, "national average of 8%", "different subject"),
 (AM, "inside the 15-minute standard", "14:30 < 15:00"),
 (AM, "an increase of 25%", "48,800 -> 61,000 = +25%; 61,000/365 = 167/day; /12 = 14 shifts"),
 (AM, "The trust employs 4,900 staff", "subset of staff; 11% vs planned 6%"),
 (AM, "recruited 310 new paramedics", "actual vs plan for next year"),
 (AM, "Dr Alan Whitcombe said:", "named speaker"),
 (AM, "The Commission makes nine recommendations", "consistent count"),
 (AM, "The trust has accepted all nine", "consistent count; named speaker"),
]

def main():
    expected, notes, traps = [], [], []
    exp_lines = set()
    for i, (rules, anchors, what) in enumerate(EXPECTED, 1):
        at = [[f, line_of(f, a)] for f, a in anchors]
        exp_lines.update(map(tuple, at))
        expected.append({"id": f"H{i}", "rules": rules, "at": at, "what": what})
    note_lines = set()
    for i, (rules, f, a, what) in enumerate(NOTES, 1):
        ln = line_of(f, a)
        note_lines.add((f, ln))
        notes.append({"id": f"N{i}", "rules": rules, "at": [[f, ln]], "what": what})
    for f, a, what in TRAPS:
        ln = line_of(f, a)
        assert (f, ln) not in exp_lines, f"trap {f}:{ln} is an expected line ({a})"
        assert (f, ln) not in note_lines, f"trap {f}:{ln} is a note line ({a})"
        traps.append({"file": f, "line": ln, "what": what})
    seen = set()
    for t in traps:
        k = (t["file"], t["line"]); assert k not in seen, f"duplicate trap {k}"; seen.add(k)
    assert len(expected) == 30, len(expected)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(r for e in expected for r in e["rules"][:1])
    print("expected", len(expected), dict(c), "notes", len(notes), "traps", len(traps))

if __name__ == "__main__":
    main()
