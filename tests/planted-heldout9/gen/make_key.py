#!/usr/bin/env python3
"""Build key.json for heldout9 from unique text anchors.

Every anchor must occur on exactly one line of the named file; line numbers
are computed (1-based), never typed. Asserts that no trap line is also an
expected or note line. Run from anywhere:  python3 gen/make_key.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# base name -> relative path under docs/
FILES = {}
for sub in sorted(os.listdir(DOCS)):
    d = os.path.join(DOCS, sub)
    if not os.path.isdir(d):
        continue
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".txt"):
            assert fn not in FILES, "duplicate base name " + fn
            FILES[fn] = os.path.join(sub, fn)

_lines = {}


def lines(fn):
    if fn not in _lines:
        with open(os.path.join(DOCS, FILES[fn]), encoding="utf-8") as f:
            _lines[fn] = f.read().split("\n")
    return _lines[fn]


def L(fn, anchor):
    hits = [i + 1 for i, ln in enumerate(lines(fn)) if anchor in ln]
    assert len(hits) == 1, "anchor %r in %s matched lines %s" % (anchor, fn, hits)
    return [fn, hits[0]]


CPA = "cpa_larkmoor_wire.txt"
CLA = "clarion_larkmoor_crush.txt"
RTN = "rtn_larkmoor_live.txt"
COU = "courier_pruett_tornado.txt"
KPR = "kprs_pruett_radio.txt"
MER = "meridian_pruett_feature.txt"
ACL = "aclb_vellmark_ammonia.txt"
NOR = "nordwire_vellmark_leak.txt"
GAZ = "gazette_vellmark_leak.txt"
MUS = "carrowmore_museum_review.txt"
WIN = "tideline_wind_auction_brief.txt"
INQ = "avonleigh_inquest_freer.txt"

NC = ["numeric-conflict"]
AR = ["numeric-arithmetic"]
DT = ["date-inconsistency"]
QC = ["quote-conflict"]
UQ = ["unattributed-quote"]

# (id, rules, [(file, anchor), ...], what)
EXPECTED = [
    # ---------------- cluster 1: festival crowd crush ----------------
    ("H1", NC, [(CPA, "Two people died and 27 were taken to hospital"),
                (CLA, "nineteen revellers were rushed to hospital"),
                (RTN, "27 people were taken to hospital and four")],
     "people taken to hospital after the crush, as of Sunday: 27 (wire, live page 10:12) vs 'nineteen' (tabloid, word form, 'rushed to hospital')"),
    ("H2", NC, [(CPA, "about 350 stewards were on duty"),
                (CLA, "just 210 stewards were on duty"),
                (RTN, "350 stewards were on duty")],
     "stewards on duty on Saturday: about 350 (wire, live page) vs 'just 210' (tabloid)"),
    ("H3", NC, [(CLA, "Medics treated 63 people at the scene"),
                (CLA, "Of the 81 fans patched up by paramedics")],
     "within tabloid: people treated at the scene: 63 ('Medics treated') vs 81 ('fans patched up by paramedics at the site')"),
    ("H4", AR, [(CPA, "a rise of 20 per cent")],
     "52,000 day tickets vs 40,000 last year is a 30% rise, not 20%"),
    ("H5", DT, [(CPA, "at about 21:40 local time"),
                (CLA, "just after 9.40pm"),
                (RTN, "taken place at about 22:15")],
     "time of the crush: about 21:40 (wire) / just after 9.40pm (tabloid) vs 22:15 (live page)"),
    ("H6", QC, [(CPA, "\"We are devastated and we will cooperate fully"),
                (CLA, "“We are heartbroken and we will cooperate fully"),
                (RTN, "\"We are devastated and we will cooperate fully")],
     "Marta Quillan statement: 'devastated' (wire, live page) vs 'heartbroken' (tabloid); rest identical"),
    ("H7", UQ, [(CLA, "“It was like being squeezed in a vice")],
     "full-sentence quote standing alone; paragraph before (stewards revelation) names no speaker"),
    # ---------------- cluster 2: tornado ----------------
    ("H8", NC, [(COU, "destroying 64 homes"),
                (KPR, "eighty-two homes were flattened outright"),
                (MER, "Some 64 houses were wiped out entirely")],
     "homes destroyed: 64 (Courier, Meridian 'some 64 houses wiped out') vs 'eighty-two' flattened (KPRS, words)"),
    ("H9", NC, [(COU, "stretched 11 miles"),
                (MER, "roughly 27 kilometres long"),
                (KPR, "roughly 11 miles")],
     "tornado path length: 11 miles (= 17.7 km; Courier, KPRS) vs roughly 27 km (Meridian) - units genuinely disagree"),
    ("H10", NC, [(COU, "preliminary damage estimate at $38 million"),
                 (COU, "preliminary damage figure of $52 million"),
                 (MER, "initial damage at $38m (about £29m)")],
     "within Courier: county's preliminary damage estimate $38 million vs 'damage figure of $52 million'; Meridian agrees with $38m"),
    ("H11", DT, [(KPR, "Tuesday, April 22")],
     "April 22, 2026 is a Wednesday (tornado was Tuesday April 21)"),
    ("H12", QC, [(COU, "\"We will rebuild every street, and we will do it together.\""),
                 (KPR, "\"We will rebuild every home, and we will do it together,\""),
                 (MER, "“We will rebuild every street, and we will do it together,”")],
     "Mayor Haskins: 'every street' (Courier, Meridian) vs 'every home' (KPRS)"),
    ("H13", UQ, [(KPR, "\"Nobody should be sleeping in a damaged house tonight")],
     "full-sentence quote after the Red Cross shelter paragraph, which names no speaker"),
    ("H14", NC, [(MER, "Some 340 residents spent the first night"),
                 (MER, "Of the 410 people who bedded down at the school")],
     "within Meridian: people sheltering at the school gym the first night: some 340 vs 410 ('bedded down')"),
    ("H15", AR, [(MER, "a drop of about a quarter")],
     "4,100 -> 3,400 is a fall of about 17%, not about a quarter"),
    # ---------------- cluster 3: ammonia leak ----------------
    ("H16", NC, [(ACL, "an estimated 4.2 tonnes of anhydrous ammonia escaped"),
                 (NOR, "Some 2,600 kilograms of anhydrous ammonia escaped"),
                 (GAZ, "About four tonnes of ammonia escaped")],
     "ammonia released: 4.2 tonnes (ACLB) / about four tonnes (Gazette) vs some 2,600 kg (Nordwire) - units genuinely disagree"),
    ("H17", NC, [(ACL, "clean-up bill at EUR 3.1 million"),
                 (NOR, "clean-up cost of 1.8 mln euros"),
                 (NOR, "would cost about 1.8 million euros"),
                 (GAZ, "clean-up would cost more than €3 million")],
     "company's clean-up cost estimate given on Thursday: EUR 3.1m ('bill', ACLB; 'more than EUR 3 million', Gazette) vs about 1.8 million euros (Nordwire headline and lede)"),
    ("H18", AR, [(ACL, "an increase of 60 per cent")],
     "600 -> 900 tonnes is +50%, not 60%"),
    ("H19", NC, [(NOR, "Some 1,500 residents living closest to the depot"),
                 (NOR, "The evacuation, which covered roughly 850 people")],
     "within Nordwire: residents evacuated: some 1,500 ('moved out of their homes') vs roughly 850 ('the evacuation covered')"),
    ("H20", QC, [(NOR, "\"The cloud drifted out over the harbour, which is"),
                 (GAZ, "“The cloud drifted out over the water, which is")],
     "fire chief Vandenhoek: 'over the harbour' (Nordwire) vs 'over the water' (Gazette)"),
    ("H21", NC, [(GAZ, "Eleven people were taken to hospital"),
                 (GAZ, "Of the 17 people taken to St Aldric's")],
     "within Gazette: people taken to hospital with breathing problems: 'Eleven' (words) vs 17"),
    ("H22", DT, [(GAZ, "on Wednesday (September 9)"),
                 (GAZ, "after Tuesday's leak")],
     "within Gazette: leak on Wednesday (September 9) vs 'Tuesday's leak'"),
    ("H23", UQ, [(GAZ, "“There were no text alerts, no knock on the door")],
     "full-sentence quote after a paragraph citing council records, no speaker named"),
    # ---------------- stand-alone ----------------
    ("H24", NC, [(MUS, "The museum welcomed 2.41 million visitors"),
                 (MUS, "Of the 2,140,000 visitors recorded in 2025-26")],
     "within museum review: visitors in 2025-26: 2.41 million vs 2,140,000"),
    ("H25", AR, [(MUS, "an increase of 21 per cent")],
     "88,000 -> 102,000 is about +16%, not 21%"),
    ("H26", ["footnote-gap"], [(MUS, "drew 286,000 paying visitors [5]"),
                               (MUS, "[5] Paid admissions only")],
     "note markers run [1],[2],[3],[5],[6]: [4] is skipped (in text and Notes)"),
    ("H27", NC, [(WIN, "awarded 3.6 GW across four projects"),
                 (WIN, "all of the 3,100 megawatts secured in the round")],
     "within wind brief: capacity awarded in AR4: 3.6 GW vs 3,100 MW ('secured in the round') - units genuinely disagree"),
    ("H28", DT, [(WIN, "Thursday 18 March 2026")],
     "18 March 2026 is a Wednesday"),
    ("H29", ["footnote-no-notes"], [(WIN, "and Tollan Sound (0.6 GW) [1]"),
                                    (WIN, "withdrew in December citing turbine and cable costs [2]"),
                                    (WIN, "compared with 15 in AR3 [3]")],
     "note markers [1]-[3] but the brief has no Notes/References section"),
    ("H30", NC, [(INQ, "in the water for around fourteen minutes"),
                 (INQ, "the 22 minutes he spent in the water")],
     "within inquest summary: time Mr Freer was in the water: 'around fourteen minutes' (words) vs 22 minutes"),
]

NOTES = [
    ("N1", ["anonymous-source"], [(CPA, "A police officer who was not authorised to speak publicly")], "police officer not authorised to speak"),
    ("N2", ["vague-source"], [(CLA, "Safety experts say the sloping walkway")], "'Safety experts say'"),
    ("N3", ["anonymous-source"], [(RTN, "A source at the ambulance service tells RTN")], "unnamed ambulance-service source"),
    ("N4", ["anonymous-source"], [(COU, "A state emergency official who asked not to be named")], "state official who asked not to be named"),
    ("N5", ["vague-source"], [(MER, "Meteorologists say storms of this strength")], "'Meteorologists say'"),
    ("N6", ["anonymous-source"], [(ACL, "An industry source familiar with the site")], "industry source familiar with the site"),
    ("N7", ["vague-source"], [(GAZ, "Critics argue the depot")], "'Critics argue'"),
    ("N8", ["anonymous-source"], [(WIN, "One developer who asked not to be named")], "developer who asked not to be named"),
]

TRAPS = [
    # cpa wire
    (CPA, "Two dead, dozens hurt in crowd crush", "headline: 'dozens hurt' agrees with 27 taken to hospital"),
    (CPA, "Police initially said three people had died", "explicitly superseded toll (three -> two)"),
    (CPA, "four remained in a serious condition on Sunday afternoon", "subset of the 27 (serious condition), not a conflicting hospital count"),
    (CPA, "The site at Larkmoor Fields is licensed for 55,000", "licensed capacity vs tickets sold: different attribute"),
    (CPA, "Around 41,000 tickets had been sold for Sunday", "Sunday tickets (other day); 41,000 x 89 = 3.65m ~ 'roughly 3.6 million' correct"),
    (CPA, "\"It is far too early to say what caused this,\" he said", "Dacre quote, speaker named; identical in tabloid"),
    (CPA, "drew about 38,000 people a day in 2025", "average per day last year, different period/attribute from 52,000 Saturday tickets"),
    (CPA, "He said: \"Families deserve to know", "quote introduced with 'He said:' after named minister"),
    # clarion tabloid
    (CLA, "FESTIVAL OF FEAR: Two young fans killed", "headline: two dead agrees across outlets"),
    (CLA, "Student Kieran Abbott, 21, from Brennock", "quote with named speaker (He told the Clarion:)"),
    (CLA, "Furious Sunday ticket-holders, who paid £89 each", "£89 matches 89 pounds; refund within 14 days is a different quantity"),
    (CLA, "Cops had at first said three people died", "explicitly corrected toll"),
    (CLA, "Mum-of-two Denise Farrow, 44", "named speaker, 'at least half an hour' build-up is a different quantity"),
    (CLA, "Chief Superintendent Owen Dacre of Western Downs Police said: “It is far too early", "colon-introduced quote, same wording as wire"),
    (CLA, "nicknamed “Glasto of the Downs”", "nickname in quotes; started 2018 = ninth year in 2026 (agrees with wire)"),
    (CLA, "Health minister Colm Arkwright has promised an independent review", "paraphrase agreeing with wire and live page"),
    # rtn live page
    (RTN, "RTN News Live | Sunday 14 June 2026", "14 June 2026 is a Sunday"),
    (RTN, "at least 10 people have been hurt", "early running count on a live page (22:48)"),
    (RTN, "at least 40 people have now been treated so far", "running count at 23:10, lower than later totals"),
    (RTN, "Our hearts are with everyone at Larkmoor tonight", "quote attributed to the band in the same entry; 21:45 is the scheduled set time, not the crush time"),
    (RTN, "Police now say three people have died", "figure later explicitly corrected on the page"),
    (RTN, "An earlier version of this page said three people had died", "correction notice"),
    (RTN, "would be set up \"within days\"", "short quoted fragment attributed to Arkwright"),
    (RTN, "between 21:15 and 22:00 to upload footage", "appeal window, not the time of the crush"),
    (RTN, "about EUR 105 a day (89 pounds)", "currency conversion that agrees; nine-year history agrees"),
    # courier
    (COU, "Tornado kills 3, levels homes in Pruett Springs", "headline: three dead agrees across outlets"),
    (COU, "giving residents 14 minutes' notice before touchdown", "6:38 -> 6:52 is 14 minutes; sirens vs warning vs touchdown are different events"),
    (COU, "peak winds estimated at 165 mph", "165 mph = 265 km/h (Meridian); 210 damaged and 500 displaced are different attributes from 64 destroyed"),
    (COU, "Of the 41 injured, seven remain hospitalized", "subset of the injured; 41 agrees with 'more than 40' and 'Forty-one'"),
    (COU, "That estimate does not include farm losses", "farm losses are a separate quantity"),
    (COU, "Pruett Springs was hit by a weaker EF-1 tornado in 2011", "earlier storm (30 homes) and statewide yearly count: different subjects"),
    (COU, "said Pastor Ana Ruelas", "quote with speaker in the same sentence"),
    (COU, "from 8 a.m. to 6 p.m. daily", "donation hours; Red Cross shelter mentioned without a count"),
    # kprs
    (KPR, "KPRS 94.1 News | Posted 7:15 a.m. Wednesday", "posting time, not event time"),
    (KPR, "closed Highway 14 between Farm Road 210", "road number, not a count (210 damaged homes elsewhere)"),
    (KPR, "about 1,900 customers were still without power at 6 a.m., down from 2,600", "power outage running count, two times"),
    (KPR, "400 North Cedar Avenue", "street address number"),
    (KPR, "\"We had every trauma bay full by nine o'clock,\" Tully said", "speaker named in same sentence"),
    (KPR, "Superintendent Glen Ohara said both school buildings", "paraphrase, named"),
    (KPR, "Tornado warnings were issued for Caddo Ridge County at 6:35 p.m. Tuesday", "warning time differs from siren time (6:38) and touchdown (6:52): different events"),
    (KPR, "from noon until 7 p.m.", "collection hours, not an event time"),
    # meridian
    (MER, "The Meridian Weekend | Saturday 25 April 2026", "25 April 2026 is a Saturday"),
    (MER, "“I saved the cake,” she says", "named speaker in the sentence"),
    (MER, "with winds of about 265km/h", "265 km/h = 165 mph; 21 April 2026 is a Tuesday; 'shortly before 7pm' agrees with 6:52 p.m."),
    (MER, "The county says about 500 people still cannot go home", "agrees with Courier's about 500 displaced; not the shelter count"),
    (MER, "Dani Whitfield, a Red Cross volunteer", "named speaker"),
    (MER, "The US records around 1,200 tornadoes in a typical year", "national yearly total: different subject from state's 96"),
    (MER, "“Some of these families were holding on by a thread", "quote with 'she said' in the same paragraph after named mayor"),
    (MER, "“Still Here”", "painted words in quotes, not speech"),
    # aclb
    (ACL, "AgriChem Logistics Bulletin | Issue 412 | 10 September 2026", "issue date line"),
    (ACL, "just under four hours later", "07:40 -> 11:25 is 3h45"),
    (ACL, "Residents within a 0.8 km radius", "0.8 km = 800 m = about half a mile (other outlets)"),
    (ACL, "Nordal employs about 1,200 people across 14 depots", "site workforce (48) vs whole company (1,200)"),
    (ACL, "Nordal spokesperson Pieter Sandvik told the Bulletin", "named speaker"),
    (ACL, "dispatches around 350 tonnes of product a week", "weekly throughput, different attribute from storage capacity or amount leaked"),
    (ACL, "a written incident report must be submitted within 30 days", "written report deadline vs Nordwire's 24-hour notification: different requirements"),
    (ACL, "a fall of about 2 per cent", "655 -> 640 is -2.3%, correct"),
    (ACL, "at a co-operative store in Ravnsdal in 2019", "different incident"),
    (ACL, "our storage-safety webinar on 24 September", "future event date, no weekday"),
    # nordwire
    (NOR, "The leak was detected at 0540 GMT (7:40 a.m. local time)", "GMT/local conversion agrees with 07:40 and 11:25 local (0925 GMT)"),
    (NOR, "without giving a figure", "no hospital figure, so no conflict with Gazette"),
    (NOR, "Its shares closed down 3.4 percent", "closing fall vs intraday fall of 5 percent"),
    (NOR, "or about 435 million euros", "612 x 0.71 = 434.5, correct"),
    (NOR, "Chief Executive Anja Reuter said in a statement", "named speaker"),
    (NOR, "must be reported to the inspectorate within 24 hours", "reporting threshold (1 tonne) and notification deadline, not the leak size"),
    (NOR, "The Kesselhaven depot employs 48 people. Nordal has about 1,200 staff", "site vs company workforce, agrees with ACLB"),
    (NOR, "the group's spokesman Mattias Holm said", "named speaker"),
    # gazette
    (GAZ, "Vellmark Gazette | Friday, September 11, 2026", "11 September 2026 is a Friday"),
    (GAZ, "Police sealed off roads for roughly half a mile", "half a mile ~ 800 m, agrees"),
    (GAZ, "Pensioner Gunnar Aasen, 81", "named speaker; 52 years is his residence"),
    (GAZ, "was only triggered at 8.50am, more than an hour after", "alert time differs from detection time: different event; arithmetic correct"),
    (GAZ, "A public meeting will be held at Nordhall on Thursday, September 17", "17 September 2026 is a Thursday"),
    (GAZ, "Sandvik said the tank had passed an inspection in May", "paraphrase agreeing with ACLB quote; 900 tonnes in 2024 agrees"),
    (GAZ, "The depot, which employs 48 people, remains closed", "agrees with ACLB/Nordwire"),
    # museum
    (MUS, "Published by the Carrowmore National Museum Trust, Tuesday 30 June 2026", "30 June 2026 is a Tuesday; reporting period line"),
    (MUS, "an average of about 6,700 visitors a day", "2.41m / 361 days = 6,676; 16 August 2025 is a Saturday"),
    (MUS, "made up 38 per cent of the total [2], or roughly 916,000", "38% of 2.41m = 915,800; marker [2] has its note"),
    (MUS, "The learning team delivered 4,120 taught sessions", "actual vs target"),
    (MUS, "Its budget was set at £4.5 million", "budget vs spent-to-date"),
    (MUS, "Director Dr Niamh Okonedo said:", "colon-introduced named quote"),
    (MUS, "Visits to the museum's website and online collection reached 9.8 million [6]", "different measure, stated as such; marker [6] has its note"),
    (MUS, "up 2,600 on the previous year's 28,800", "28,800 + 2,600 = 31,400"),
    (MUS, "The Trust has set a target of 2.5 million visitors for 2026-27", "target, not outcome; 'ambitious but achievable' attributed to director"),
    (MUS, "Chair of trustees Mark Ellery said", "named fragment quote"),
    (MUS, "[1] Visitor numbers are counted", "note exists for marker [1]"),
    (MUS, "[2] Based on the museum's exit survey", "note exists for marker [2]"),
    (MUS, "[3] Pupils attending in organised school groups", "note exists for marker [3]"),
    (MUS, "[6] Unique sessions recorded", "note exists for marker [6]"),
    # wind brief
    (WIN, "falls short of its target", "headline"),
    (WIN, "Tideline Policy Institute | Energy Programme", "publication line"),
    (WIN, "The average strike price of EUR 61.20/MWh was well below", "consistent with 18.4% below EUR 75 ceiling"),
    (WIN, "the 2030 target of 20 GW of installed offshore capacity", "target, not outcome"),
    (WIN, "KER chief executive Sofia Brandt said", "named speaker, 'She added:'"),
    (WIN, "leaving unused headroom of roughly EUR 260 million", "budget 900 - estimated draw 640 = 260"),
    (WIN, "Ministers have said only that AR5 will open \"in due course\"", "attributed fragment; recommendation, not a fact"),
    (WIN, "The round's result is not a failure", "opinion, no figures"),
    # inquest
    (INQ, "Inquest concluded Thursday 23 July 2026", "23 July 2026 is a Thursday"),
    (INQ, "died on Sunday 8 March 2026", "8 March = Sunday, 17 March = Tuesday, 21 July = Tuesday"),
    (INQ, "The club has about 180 members, of whom around 70", "club membership vs crew of four: different attributes"),
    (INQ, "roughly 400 metres (about a quarter of a mile)", "conversion agrees; 06:55 launch vs 07:12 capsize are different events"),
    (INQ, "recorded at 9C (48F)", "conversion agrees; 0.6 m above normal is a different quantity from 1.9 m level"),
    (INQ, "Crew member Ellie Marsh told the inquest:", "colon-introduced named quote"),
    (INQ, "require a safety launch for any crew boat out when the water is below 10C", "club rule threshold vs actual 9C"),
    (INQ, "She said: \"Mr Freer was an experienced and careful rower.", "named coroner quote"),
    (INQ, "at a cost of 11,500 pounds", "cost of new launch; \"high flow\" in scare quotes"),
    (INQ, "Ms Lyle said she would issue a Prevention of Future Deaths report", "paraphrase of the coroner, named"),
    (INQ, "said after the hearing that the family hoped", "named fragment quote"),
]


def main():
    expected, notes, traps = [], [], []
    finding_lines = set()
    for fid, rules, anchors, what in EXPECTED:
        at = [L(f, a) for f, a in anchors]
        assert len({tuple(x) for x in at}) == len(at), fid + " duplicate line"
        finding_lines.update(tuple(x) for x in at)
        expected.append({"id": fid, "rules": rules, "at": at, "what": what})
    for nid, rules, anchors, what in NOTES:
        at = [L(f, a) for f, a in anchors]
        for x in at:
            assert tuple(x) not in finding_lines, (nid, x, "note line is also an expected line")
        finding_lines.update(tuple(x) for x in at)
        notes.append({"id": nid, "rules": rules, "at": at, "what": what})
    seen = set()
    for f, a, what in TRAPS:
        fn, ln = L(f, a)
        assert (fn, ln) not in finding_lines, ("trap line is also expected/note", fn, ln, a)
        assert (fn, ln) not in seen, ("duplicate trap line", fn, ln, a)
        seen.add((fn, ln))
        traps.append({"file": fn, "line": ln, "what": what})
    assert len(expected) == 30, len(expected)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(r for e in expected for r in e["rules"])
    print("expected:", len(expected), dict(c))
    print("notes:", len(notes), "traps:", len(traps))


if __name__ == "__main__":
    sys.exit(main())
