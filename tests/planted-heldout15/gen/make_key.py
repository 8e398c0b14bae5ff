#!/usr/bin/env python3
"""Build ../key.json from unique text anchors (line numbers are computed, never typed)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

LINES = {f: open(p, encoding="utf-8").read().split("\n") for f, p in FILES.items()}

W = {"wire": "crane_cpa_wire.txt", "tab": "crane_clarion_tabloid.txt", "cour": "crane_courier_regional.txt",
     "live": "trawler_ncb_live.txt", "radio": "trawler_radioskerrin_local.txt", "net": "trawler_netandhull_trade.txt",
     "mer": "hikers_meridian_feature.txt", "gaz": "hikers_gazette_regional.txt", "nbx": "hikers_nbx_broadcast.txt",
     "water": "greyhaven_water_annual.txt", "hv": "hollinvale_q1_update.txt", "lan": "lanterne_committee_summary.txt"}
for v in W.values():
    assert v in FILES, "missing file " + v


def loc(key, anchor):
    f = W[key]
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, "anchor %r in %s matches lines %s" % (anchor, f, hits)
    return [f, hits[0]]


NC, AR, DT = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"

EXPECTED = [
    # ---- cluster: crane collapse (Velmont, Wed 18 March 2026)
    ("H1", [NC], [("wire", "killing two people and injuring 11 others"), ("tab", "Fourteen more were hurt"),
                  ("cour", "Eleven people were treated for injuries")],
     "ACROSS: people injured: 11 (wire) and 'Eleven ... treated for injuries' (regional) vs 'Fourteen more were hurt' (tabloid, words)"),
    ("H2", [NC], [("wire", "Its 62-metre mast buckled"), ("tab", "the 150ft crane swayed")],
     "ACROSS, UNITS: height of the crane: 62 metres (wire) vs 150ft = 46 m (tabloid)"),
    ("H3", [DT], [("wire", "at about 14:20 local time (1320 GMT)"), ("cour", "shortly after 3.40pm on Wednesday")],
     "ACROSS: time of the collapse: about 14:20 (wire) vs shortly after 3.40pm (regional)"),
    ("H4", [QC], [("wire", "It is a miracle that the death toll was not far higher"),
                  ("tab", "It is a miracle the death toll was not much higher")],
     "ACROSS: Marta Quill's remark: 'that ... not far higher' (wire) vs '... not much higher' (tabloid)"),
    ("H5", [UQ], [("tab", "The whole street shook and then there was this terrible screech")],
     "full-sentence quotation standing alone; preceding paragraph has no speaker"),
    ("H6", [NC], [("wire", "in an 85 million euro scheme"), ("wire", "will cost 58 million euros")],
     "WITHIN, MONEY: cost of the Brenmoor scheme: 85 million euros vs 'the project ... will cost 58 million euros'"),
    ("H7", [NC], [("cour", "38 workers were on the site"), ("cour", "all forty-three of its staff")],
     "WITHIN, WORDS: workers on site at the time: 38 vs 'all forty-three of its staff working at the site' (subject 'Brenmoor'; 1,200 nationally is a different attribute)"),
    ("H8", [AR], [("cour", "an increase of 42 per cent")],
     "140 -> 182 inspections is +30 per cent, not 42 (42 is the absolute rise)"),
    # ---- cluster: trawler Ardent Grace (night of Sun 8 Feb 2026)
    ("H9", [NC], [("live", "Three of her seven crew have been rescued"), ("live", "It has since confirmed the crew numbered seven"),
                  ("radio", "There were six men on board"), ("net", "one of her crew of seven")],
     "ACROSS, WORDS: crew on board: seven (live page, trade newsletter) vs 'six men on board' (local radio)"),
    ("H10", [NC], [("live", "gusts reached 60 knots"), ("radio", "Gusts of up to 90mph")],
     "ACROSS, UNITS: peak gusts in the storm: 60 knots (= 69 mph, live page) vs up to 90mph (local radio)"),
    ("H11", [QC], [("live", "the search will continue through the night"), ("radio", "the search will go on through the night")],
     "ACROSS: Duncan Ferrie: 'will continue through the night' (live page) vs 'will go on through the night' (radio)"),
    ("H12", [DT], [("live", "received a mayday from the Ardent Grace at 23:40 on Sunday"),
                   ("live", "radioed for help shortly after 1am on Monday"),
                   ("radio", "sent out a distress call at 11.40pm on Sunday")],
     "WITHIN live page: distress call at 23:40 on Sunday vs 'shortly after 1am on Monday' (radio agrees with 23:40)"),
    ("H13", [NC], [("live", "the 24-metre Ardent Grace was built in 2004"), ("live", "the wreck of the 65ft trawler"),
                   ("net", "bought the 24m vessel")],
     "WITHIN live page, UNITS: length of the vessel: 24 metres vs 65ft (= 19.8 m); trade newsletter also says 24m"),
    ("H14", [NC], [("net", "in 2019 for £2.4 million"), ("net", "the loss of the £1.9m boat")],
     "WITHIN, MONEY: purchase price in 2019: £2.4 million vs 'the £1.9m boat it acquired seven years ago' (refit £350,000 is a different attribute)"),
    ("H15", [UQ], [("net", "Every skipper on this coast knows")],
     "full-sentence quotation standing alone; preceding paragraph (gale warning) has no speaker"),
    # ---- cluster: hikers on the Hohe Varn (Sat 25 April 2026)
    ("H16", [NC], [("mer", "When the twelve members of the Dunmere Hillwalkers"), ("gaz", "brought 12 hikers from a British walking club"),
                   ("nbx", "A group of 15 hikers")],
     "ACROSS, WORDS: size of the group: twelve (feature) and 12 (regional) vs 15 (broadcaster)"),
    ("H17", [NC], [("gaz", "Some 40 rescuers from the Varn Valley"), ("nbx", "More than 60 volunteer rescuers")],
     "ACROSS, HEDGES: rescuers involved: some 40 (regional) vs more than 60 (broadcaster)"),
    ("H18", [DT], [("nbx", "on Saturday, April 26"), ("gaz", "The alarm was raised at 14:35 on Saturday 25 April")],
     "weekday/date mismatch: 26 April 2026 is a Sunday; the other outlets date the Saturday as 25 April"),
    ("H19", [QC], [("mer", "Visibility was down to a few metres"), ("mer", "Visibility was down to a couple of metres")],
     "WITHIN feature: Albrecht's remark quoted twice: 'a few metres' vs 'a couple of metres'"),
    ("H20", [NC], [("gaz", "Two hikers, a man aged 71"), ("gaz", "The three walkers admitted to the Brannfeld hospital")],
     "WITHIN, PEOPLE: hikers taken to hospital in Brannfeld: two vs 'the three walkers admitted'"),
    ("H21", [UQ], [("nbx", "We thought we were going to die up there")],
     "full-sentence quotation standing alone; preceding paragraph (altitudes) has no speaker"),
    # ---- stand-alone: water utility annual report summary
    ("H22", [NC], [("water", "Greyhaven spent £212 million on its networks"), ("water", "The £221m invested in the network")],
     "WITHIN, MONEY: network investment in 2025-26: £212 million vs £221m (budget £240m and plan £220m a year are different attributes)"),
    ("H23", [AR], [("water", "a fall of 32 per cent")],
     "6,100 -> 4,820 properties is a fall of 21 per cent, not 32"),
    ("H24", [FG], [("water", "for up to 19 hours.[5]"), ("water", "[5] Customers affected received")],
     "note markers run [1], [2], [3], [5]: [4] is skipped (in text and in the Notes list)"),
    # ---- stand-alone: furniture retailer Q1 trading update
    ("H25", [NC], [("hv", "The Group traded from 142 stores"), ("hv", "Across the Group's 124 showrooms")],
     "WITHIN: store estate at the end of the period: 142 stores vs 'the Group's 124 showrooms'"),
    ("H26", [AR], [("hv", "an increase of 25 per cent")],
     "online sales £58.4m -> £70.1m is +20 per cent, not 25"),
    ("H27", [DT], [("hv", "on Wednesday 23 July 2026")],
     "23 July 2026 is a Thursday"),
    # ---- stand-alone: committee report on rural broadband
    ("H28", [NC], [("lan", "By March 2026 it had connected 212,000"), ("lan", "the 312,000 homes and businesses reached")],
     "WITHIN: premises connected so far: 212,000 vs 'the 312,000 homes and businesses reached'"),
    ("H29", [AR], [("lan", "a reduction of 21 per cent")],
     "410,000 -> 356,000 is a reduction of 13 per cent, not 21"),
    ("H30", [FN], [("lan", "about a third of the target.[1]"), ("lan", "a reduction of 21 per cent.[2]"),
                   ("lan", "less than half of what had been promised.[3]")],
     "note markers [1]-[3] but the summary has no notes list"),
]

NOTES = [
    ("N1", ["anonymous-source"], [("tab", "A source close to the investigation")], "a source close to the investigation"),
    ("N2", ["vague-source"], [("cour", "Safety experts say")], "safety experts say"),
    ("N3", ["anonymous-source"], [("radio", "who asked not to be named")], "relative who asked not to be named"),
    ("N4", ["vague-source"], [("net", "Industry observers say")], "industry observers say"),
    ("N5", ["vague-source"], [("mer", "Critics argue")], "critics argue"),
    ("N6", ["anonymous-source"], [("nbx", "not authorized to speak publicly")], "rescue official not authorized to speak"),
    ("N7", ["vague-source"], [("water", "Consumer groups have argued")], "consumer groups have argued"),
    ("N8", ["anonymous-source"], [("lan", "asked not to be named")], "senior official who asked not to be named"),
]

TRAPS = [
    # crane wire
    ("wire", "Two killed as tower crane falls", "headline: two killed agrees everywhere (killed is a different attribute from injured)"),
    ("wire", "Emergency crews searched the wreckage", "18:00 is the end of the search, a different event from the collapse"),
    ("wire", "Police moved about 240 residents", "240 evacuated agrees with tabloid 'Around 240'; 36 households in hotels is a subset"),
    ("wire", "Brenmoor spokeswoman Ilse Vandermeer", "March 4 is two weeks before Wednesday March 18; quote attributed in same paragraph"),
    ("wire", "Mayor Tobias Renn ordered", "27 tower cranes city-wide (different subject), agrees with other outlets"),
    ("wire", "gusts of around 35 km/h (22 mph)", "conversion correct (35 km/h = 21.7 mph)"),
    ("wire", "is expected to stay closed until at least Friday", "reopening Friday agrees with the regional"),
    ("wire", "operates a fleet of about 90 cranes", "owner's regional fleet, a different subject from the city's 27 cranes"),
    ("wire", "(Reporting by Anna Korvel", "byline"),
    # crane tabloid
    ("tab", "CRANE OF DEATH", "headline, no figures"),
    ("tab", "SHOPPERS ran screaming", "killing two agrees with wire/regional"),
    ("tab", "British tourist Daniel Okafor", "quote introduced by 'He said:'"),
    ("tab", "Among the dead was a van driver", "agrees: one of the dead was the van driver"),
    ("tab", "The crane had towered over", "eight months on site: a different attribute, no conflict"),
    ("tab", "The jib, about 165ft long", "165ft = 50 m, agrees with the wire's 50-metre jib and regional 50m"),
    ("tab", "Around 240 people were turfed out", "agrees with the wire's about 240; 'dozens' in hotels agrees with 36 households"),
    ("tab", "all twenty-seven of them", "twenty-seven in words agrees with 27"),
    ("tab", "inspected only a fortnight earlier", "fortnight agrees with March 4 inspection; partial quote attributed to a spokeswoman and agrees with wire's quote"),
    ("tab", "Mum-of-two Sandra Reyes", "quote with named speaker in the same sentence"),
    ("tab", "refused to comment last night", "no figures"),
    # crane regional
    ("cour", "Harwick Street crane collapse: questions mount", "headline"),
    ("cour", "The dead have been named", "two dead, age 54 agrees with wire's 54-year-old pedestrian"),
    ("cour", "Chief Fire Officer Marta Quill praised", "a different remark by Quill, attributed: not a quote conflict"),
    ("cour", "The crane's 50m jib crushed", "jib 50m agrees; three cars and a van agrees with wire"),
    ("cour", "who has suspended work on the city's 27 tower cranes", "27 agrees; quote attributed with 'he said'"),
    ("cour", "Harwick Street traders estimate", "traders' losses: a different money subject"),
    ("cour", "The 21-storey Corvell Residences, with 180 flats", "21 storeys and 180 flats agree with wire; completion is a plan"),
    ("cour", "Residents of the two evacuated blocks", "no conflicting figures"),
    ("cour", "An earlier version of this article said three", "explicitly superseded death toll"),
    # trawler live
    ("live", "Live: Search for missing crew", "headline"),
    ("live", "13:20 GMT - The number of vessels", "running count rising from nine to 14, explicitly updated"),
    ("live", "10:55 GMT - Sunday evening's forecast", "forecast gusts 45-50 knots vs actual 60: forecast, not a conflict; 18:00 gale warning is a different event"),
    ("live", "09:40 GMT - A third survivor", "running count of rescued rises to three"),
    ("live", "08:15 GMT - The coastguard confirms the body", "four unaccounted for at 08:15 = 7 - 2 rescued - 1 dead; running count"),
    ("live", "07:30 GMT - Two crew members have been rescued", "running count: two rescued at 07:30"),
    # trawler radio
    ("radio", "Fishermen missing after Kilbrannan trawler", "headline"),
    ("radio", "A major search is under way", "no figures"),
    ("radio", "The Kilbrannan lifeboat has been out since just after midnight", "'more than a dozen local boats' agrees with 14 vessels; after midnight agrees with 23:40 mayday"),
    ("radio", "The survivors are being treated for hypothermia", "all three survivors agrees with three rescued"),
    ("radio", "These are men we have known all our lives", "quote introduced by 'Managing director Aileen Mowat said:'"),
    ("radio", "The Reverend Calum Innes", "10pm church opening: a different event"),
    ("radio", "closed the coast road at Ballanach", "2,000 homes without power: a different subject"),
    ("radio", "Radio Skerrin will bring you updates", "station frequency, not a quantity"),
    # trawler trade
    ("net", "Net & Hull Weekly | Friday 13 February 2026", "13 February 2026 is a Friday"),
    ("net", "Three crewmen were picked up alive", "3 rescued + 1 dead + 3 missing = crew of seven; consistent"),
    ("net", "A refit costing some £350,000", "refit cost: a different attribute from the purchase price"),
    ("net", "Managing director Aileen Mowat told Net & Hull", "different remark of Mowat, attributed"),
    ("net", "41 of the 118 whitefish trawlers", "41/118 = 34.7 per cent, 'roughly 35' correct"),
    ("net", "Storm Ingrid had been forecast for two days", "gale warning from 18:00 agrees with live page"),
    ("net", "First-sale prices for haddock", "fish prices: different subject, no derived figure"),
    ("net", "The MAIB said its inspectors", "90 metres of water agrees with live page"),
    ("net", "The Fishermen's Mission has opened an appeal", "donations: a different money subject"),
    # hikers feature
    ("mer", "By early afternoon they had reached about 2,300 metres", "2,740 - 2,300 = 440 metres, correct"),
    ("mer", "The group's leader, Priya Castell, 58, called", "2.35pm agrees with 14:35; quote attributed"),
    ("mer", "Fog kept the rescue helicopter on the ground", "9.40pm = 21:40, 3.15am = 03:15; 2,300 - 1,850 = 450 m descent"),
    ("mer", "Most of the group were cold", "no count"),
    ("mer", "Castell accepts some of that", "quote attributed ('she said')"),
    ("mer", "has about 140 members", "club membership, a different attribute from the twelve on the trip"),
    ("mer", "His teams have been called out 37 times", "37 vs 29 is +28 per cent: 'more than a quarter' correct"),
    ("mer", "Albrecht's advice to visitors is blunt", "quote attributed"),
    ("mer", "On Monday (April 27)", "27 April 2026 is a Monday"),
    # hikers regional
    ("gaz", "Hikers brought down from Hohe Varn", "headline"),
    ("gaz", "A police helicopter was unable to fly", "21:40 agrees with 9.40pm; 1,850 metres agrees"),
    ("gaz", "The last of the hikers arrived at the hut at 03:15", "agrees with 3.15am"),
    ("gaz", "Rescue leader Jonas Albrecht said the conditions", "a different remark of Albrecht, attributed"),
    ("gaz", "Temperatures near the summit fell", "weather figures, attributed, no conflict"),
    ("gaz", "The rest of the group, who are staying in Oberkessel", "partial quote attributed to Castell"),
    ("gaz", "Last year it carried out 112 operations", "yearly regional total and subset (14 on the peak): different subjects"),
    ("gaz", "estimated at around 18,000 euros", "rescue cost, stated once"),
    ("gaz", "which has 60 beds", "hut capacity vs group size; 08:00 agrees with 8am"),
    ("gaz", "The service advises hikers to check", "forecast update times, unrelated to event times"),
    # hikers broadcaster
    ("nbx", "Hikers rescued after being stranded overnight", "headline"),
    ("nbx", "Teams reached the hikers on foot at about 9:40 p.m.", "21:40 CEST = 15:40 EDT; agrees with other outlets"),
    ("nbx", "The Hohe Varn rises to 8,990 feet", "2,740 m = 8,990 ft and 1,850 m = 6,070 ft: conversions agree"),
    ("nbx", "Jonas Albrecht, head of the Varn Valley", "quote with speaker named in the same paragraph"),
    ("nbx", "All of the hikers were brought down safely", "no count"),
    ("nbx", "The rescue service has been called out 37 times", "37 and 29 agree with the feature"),
    ("nbx", "Spring storms killed four climbers", "a different event (2024)"),
    ("nbx", "according to the regional tourist board", "attributed claim"),
    ("nbx", "NBX News has reached out", "no figures"),
    # water utility
    ("water", "Greyhaven Water annual performance report", "headline"),
    ("water", "Greyhaven Water supplies about 1.9 million", "21 May 2026 is a Thursday"),
    ("water", "Leakage averaged 142 megalitres", "158 -> 142 is -10.1 per cent, correct; marker [1] has its note"),
    ("water", "roughly 51,800 megalitres", "142 Ml/d x 365 = 51,830 Ml: same figure per year"),
    ("water", "regulatory target for the year was 135", "target and 2030 commitment vs actual 142: not a conflict; marker [2] has its note"),
    ("water", "the company replaced 186 km", "23,400 / 365 = 64 a day, correct"),
    ("water", "Supply interruptions: customers lost an average", "14:05 - 11:40 = 2:25, correct"),
    ("water", "About 41 per cent of the mains network", "share of network, no conflict"),
    ("water", "Chief executive Rhodri Vance said", "quote attributed"),
    ("water", "The company's five-year business plan", "£1.1bn over five years = £220m a year: plan, different attribute from actual spend"),
    ("water", "Customer complaints about supply fell", "3,900 -> 3,150 is -19.2 per cent, correct"),
    ("water", "[1] Leakage is reported", "note exists for marker [1]"),
    ("water", "[3] Excludes £18 million", "reservoir spend excluded: a different subject"),
    # furniture retailer
    ("hv", "Trading update for the 13 weeks to 28 March 2026", "headline; period end"),
    ("hv", "LONDON, 16 April 2026", "release date, no weekday"),
    ("hv", "Group revenue rose 6.2 per cent", "173.8 -> 184.6 is +6.2 per cent, correct"),
    ("hv", "Order intake, which leads revenue", "eight to ten weeks: a range, no conflict"),
    ("hv", "Gross margin improved by 60 basis points", "46.2 + 0.6 = 46.8, correct"),
    ("hv", "Chief executive Helena Marsh said", "quote introduced with colon"),
    ("hv", "Net cash at the end of the quarter", "two dates, no derived figure"),
    ("hv", "The Wrexley factory, which employs 610", "one site's workforce vs 4,300 group staff; 2,400 -> 2,900 sofas is before/after"),
    ("hv", "Trading in the first two weeks of the second quarter", "profit forecast range"),
    ("hv", "Ms Marsh added", "quote attributed in same line"),
    ("hv", "The annual general meeting will be held", "21 May 2026 is a Thursday"),
    ("hv", "Hollin & Vale was founded in 1987", "36 department-store concessions: a different subject from the 142 stores"),
    # broadband committee
    ("lan", "Committee report: ‘Still waiting’", "report title in quotes"),
    ("lan", "published its report on Project Lanterne", "9 June 2026 is a Tuesday"),
    ("lan", "Spending to date stands at £530 million", "spent vs £1.4bn budget; 530/1400 = 37.9 per cent, correct"),
    ("lan", "contracts for 11 of the 19 regional lots", "subset: 11 + 8 = 19"),
    ("lan", "The chair of the committee, Dame Eleri Pugh MP", "quote introduced with colon"),
    ("lan", "Witnesses blamed a shortage", "no figures"),
    ("lan", "The minister for digital infrastructure, Owen Latchford", "scare quotes attributed; revised target 640,000 by 2028 is a target"),
    ("lan", "Average build costs have risen", "1,900 -> 2,450 is +28.9 per cent, 'roughly 29' correct"),
    ("lan", "The committee calls on the department", "recommendation, no conflict"),
    ("lan", "It also recommends that the government publish", "48,000 'very hard to reach' premises: a subset; scare quotes"),
    ("lan", "The committee wants the department to consider compensation", "no figures"),
    ("lan", "The government is expected to respond", "no figures"),
]


def build():
    expected = [{"id": i, "rules": r, "at": [loc(k, a) for k, a in at], "what": w} for i, r, at, w in EXPECTED]
    notes = [{"id": i, "rules": r, "at": [loc(k, a) for k, a in at], "what": w} for i, r, at, w in NOTES]
    traps = []
    for k, a, w in TRAPS:
        f, n = loc(k, a)
        traps.append({"file": f, "line": n, "what": w})
    flagged = {tuple(x) for e in expected + notes for x in e["at"]}
    for t in traps:
        assert (t["file"], t["line"]) not in flagged, "trap line is also expected/note: %r" % t
    seen = set()
    for t in traps:
        key = (t["file"], t["line"])
        assert key not in seen, "duplicate trap %r" % (key,)
        seen.add(key)
    for f, ls in LINES.items():
        words = sum(len(l.split()) for l in ls)
        assert 280 <= words <= 480, (f, words)
    assert len(expected) == 30, len(expected)
    assert len(notes) == 8
    ids = [e["id"] for e in expected]
    assert len(set(ids)) == len(ids)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(r[0] for _, r, _, _ in EXPECTED)
    print("expected", len(expected), dict(c), "notes", len(notes), "traps", len(traps))
    print("traps per file", dict(Counter(t["file"] for t in traps)))


if __name__ == "__main__":
    build()
