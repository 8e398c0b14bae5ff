#!/usr/bin/env python3
"""Build ../key.json from unique text anchors. Line numbers are computed, never typed."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# base name -> path (base names are unique across the set)
FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in FILES, "duplicate base name " + f
            FILES[f] = os.path.join(d, f)

A1, A2, A3 = "cathedral-cpa-wire.txt", "cathedral-clarion-tabloid.txt", "cathedral-nbc-live.txt"
B1, B2, B3 = "watermain-courier-daily.txt", "watermain-pipeline-trade.txt", "watermain-harbourfm-radio.txt"
C1, C2, C3 = "circus-ans-wire.txt", "circus-sentinel-feature.txt", "circus-beacon-tabloid.txt"
S1, S2, S3 = "airquality-erea-report.txt", "insurer-calloway-results.txt", "ombudsman-passports-report.txt"

_cache = {}
def line_of(fname, anchor):
    if fname not in _cache:
        with open(FILES[fname], encoding="utf-8") as fh:
            _cache[fname] = fh.read().split("\n")
    hits = [i + 1 for i, l in enumerate(_cache[fname]) if anchor in l]
    assert len(hits) == 1, "anchor %r in %s matched lines %s" % (anchor, fname, hits)
    return hits[0]

NC, AR, DT = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"
AN, VS = "anonymous-source", "vague-source"

# (id, rules, [(file, anchor), ...], what)
EXPECTED = [
    # ---- numeric-conflict across outlets (6)
    ("H1", [NC], [(A1, "bringing down its 87-metre spire"), (A2, "TOWERING 240ft spire"), (A3, "The 87m spire, a landmark")],
     "spire height: 87 metres (wire, live page) vs 240ft = 73m (tabloid); 87m is about 285ft"),
    ("H2", [NC], [(A1, "Two firefighters were hurt"), (A2, "FIVE of them suffered injuries"), (A3, "Two firefighters have been taken to hospital")],
     "firefighters injured: two (wire; live page 'taken to hospital') vs FIVE 'suffered injuries' (tabloid)"),
    ("H3", [NC], [(B1, "Forty-three shops and cafés"), (B3, "27 businesses had water come in"), (B2, "flooded 43 retail units")],
     "premises flooded: forty-three shops and cafés (Courier, words) / 43 retail units (trade) vs 27 businesses 'had water come in' (radio)"),
    ("H4", [NC], [(B1, "The 900mm main, laid in 1911"), (B2, "A 24-inch (610mm) cast-iron trunk main"), (B3, "the 24-inch main burst at around 6.20am")],
     "main diameter: 900mm (Courier) vs 24-inch = 610mm (trade, radio)"),
    ("H5", [NC], [(C1, "About 1,100 spectators were inside"), (C2, "Some 650 people were in the audience"), (C3, "More than 1,000 fans had packed in")],
     "audience in the tent: about 1,100 (wire) / more than 1,000 (tabloid) vs some 650 (feature); capacity 1,500 is a different attribute"),
    ("H6", [NC], [(C1, "Police said 37 people were injured"), (C3, "Fifty-two people were treated for injuries"), (C2, "Thirty-seven people were hurt")],
     "people injured: 37 (wire) / thirty-seven 'hurt' (feature) vs fifty-two 'treated for injuries' (tabloid)"),
    # ---- numeric-conflict within one document (8)
    ("H7", [NC], [(A1, "about 1.2 million visitors a year"), (A1, "the loss of the 800,000 visitors")],
     "cathedral's annual visitors: about 1.2 million vs 800,000 in the same wire story"),
    ("H8", [NC], [(B1, "About two hundred shoppers and staff"), (B1, "evacuation of some 450 people from the arcade")],
     "people evacuated from the Harbourgate arcade: about two hundred (words) vs some 450"),
    ("H9", [NC], [(B2, "put the cost of the repair at £1.4m"), (B2, "the £850,000 repair bill")],
     "repair cost: £1.4m vs 'the £850,000 repair bill' (money, reworded)"),
    ("H10", [NC], [(C2, "travels with 64 performers and crew"), (C2, "forty-eight performers and crew were gathered")],
     "circus company size: 64 performers and crew vs 'the forty-eight performers and crew' (words)"),
    ("H11", [NC], [(C3, "paid £2.5million for the giant"), (C3, "wreckage of the £900,000 tent")],
     "price of the big top: £2.5million vs 'the £900,000 tent' (money, reworded)"),
    ("H12", [NC], [(S1, "fell at 31 of the agency's 38 automatic"), (S1, "across the agency's 52 automatic stations")],
     "size of the agency's automatic monitoring network: 38 stations vs 52 stations"),
    ("H13", [NC], [(S2, "Interim dividend raised to 8.4p"), (S2, "interim dividend of 9.2 pence per share")],
     "interim dividend: 8.4p (highlights) vs 9.2 pence (body) (money)"),
    ("H14", [NC], [(S3, "The Ombudsman received 1,860 complaints"), (S3, "more than two thousand four hundred complaints")],
     "complaints about the Passport Service in 2025-26: 1,860 vs more than two thousand four hundred (words)"),
    # ---- numeric-arithmetic (4)
    ("H15", [AR], [(S2, "an increase of 18 per cent")],
     "GWP £2.51bn -> £2.84bn is +13.1%, not 18 per cent"),
    ("H16", [AR], [(S1, "a reduction of nearly 40 per cent")],
     "exceedance days 41 -> 29 is -29%, not 'nearly 40 per cent'"),
    ("H17", [AR], [(S3, "meaning 1,702 were upheld")],
     "1,214 + 388 = 1,602, not 1,702"),
    ("H18", [AR], [(B2, "roughly 40 per cent of the total")],
     "14km of 62km is 22.6%, not roughly 40 per cent"),
    # ---- date-inconsistency (4)
    ("H19", [DT], [(A1, "The alarm was raised at 7.40 p.m."), (A2, "The alarm was raised just after 8.30pm"), (A3, "the alarm was raised at 19:40")],
     "time the alarm was raised: 7.40pm (wire) / 19:40 (live page) vs just after 8.30pm (tabloid)"),
    ("H20", [DT], [(B3, "flooded the street on Tuesday morning"), (B3, "gave way on Wednesday morning")],
     "day of the burst: Tuesday vs Wednesday morning in the same radio story (actual: Tuesday 19 May 2026)"),
    ("H21", [DT], [(C1, "on Saturday, Sept. 6,")],
     "6 September 2026 is a Sunday; the collapse was on Saturday 5 September"),
    ("H22", [DT], [(S2, "LONDON, Wednesday 4 August 2026")],
     "4 August 2026 is a Tuesday"),
    # ---- quote-conflict (3)
    ("H23", [QC], [(A1, "we have not lost the cathedral"), (A2, "we have not lost our cathedral")],
     "Dean Elsholz: 'not lost the cathedral' (wire) vs 'not lost our cathedral' (tabloid)"),
    ("H24", [QC], [(C1, "The wind came from nowhere and the poles"), (C2, "The wind came out of nowhere and the masts")],
     "Brandolini: 'came from nowhere ... poles' (wire) vs 'came out of nowhere ... masts' (feature)"),
    ("H25", [QC], [(B1, "unless the pipes are replaced"), (B1, "unless the mains are replaced")],
     "Cllr Tait's same remark quoted twice in the Courier: 'pipes' vs 'mains'"),
    # ---- unattributed-quote (3)
    ("H26", [UQ], [(A2, "It was like watching the end of the world")], "stand-alone quote paragraph; previous paragraph has no speaker"),
    ("H27", [UQ], [(C3, "Nobody should have been inside that tent")], "stand-alone quote paragraph; previous paragraph has no speaker"),
    ("H28", [UQ], [(B3, "We were told it would be fixed by lunchtime")], "stand-alone quote paragraph; previous paragraph has no speaker"),
    # ---- footnotes (2)
    ("H29", [FG], [(S1, "domestic heating at 14 per cent.[5]"), (S1, "5. Source: Eastmarch Emissions Inventory")],
     "markers run [1],[2],[3],[5],[6]: no [4] (Notes list also skips 4)"),
    ("H30", [FN], [(S3, "target of three weeks.[1]"), (S3, "rose by 14 per cent.[2]"), (S3, "in November 2026.[3]")],
     "note markers [1]-[3] but the summary has no notes section"),
]

NOTES = [
    ("N1", [AN], [(A1, "A fire service official who asked not to be named")], "anonymous fire service official"),
    ("N2", [VS], [(A2, "Experts say the roof could take")], "'Experts say'"),
    ("N3", [AN], [(B2, "A person familiar with the utility")], "'a person familiar with the utility's asset register'"),
    ("N4", [VS], [(B1, "Critics argue the utility")], "'Critics argue'"),
    ("N5", [AN], [(C1, "A police source said")], "'A police source'"),
    ("N6", [VS], [(C2, "Engineers say that tents of this size")], "'Engineers say' (unnamed)"),
    ("N7", [VS], [(S3, "Campaigners say the cuts")], "'Campaigners say'"),
    ("N8", [AN], [(A3, "A source at the diocese tells us")], "'A source at the diocese'"),
]

TRAPS = [
    # A1 wire
    (A1, "Around 110 firefighters and 28 engines", "110 firefighters agrees with tabloid 'more than 100' and live 23:00 count; 9.05pm/shortly before 4am agree with live page"),
    (A1, "had \"done their job\"", "scare quote attributed to Kvell in same sentence; identical wording on live page"),
    (A1, "carry out 46 paintings", "46 agrees with tabloid 'forty-six'; speaker named"),
    (A1, "roughly 28,000 square feet", "2,600 m2 = about 27,986 sq ft: conversion agrees"),
    (A1, "pledged an initial 20 million euros", "pledge (20m) vs estimated total (150-200m): different quantities"),
    (A1, "Sunday, March 22", "22 March 2026 is a Sunday"),
    (A1, "Fire destroys roof and spire", "headline, no figure"),
    # A2 tabloid
    (A2, "which has stood for more than 700 years", "13th-century nave: more than 700 years agrees"),
    (A2, "Nobody was killed. The cathedral had closed", "killed (none) is a different attribute from injured"),
    (A2, "She added: “I watched the spire fall", "colon-introduced quote, speaker (Dean) named in previous paragraph"),
    (A2, "the size of ten tennis courts", "ten tennis courts ~ 2,600 m2: agrees with wire's roof area"),
    (A2, "rescue forty-six priceless treasures", "forty-six agrees with wire's 46; 500-year-old agrees with 15th century"),
    (A2, "Restoration could cost up to €200million", "upper end of wire's 150-200m range; £ conversion approximate; €20m pledge agrees"),
    (A2, "This is a wound to every person", "quote attributed (Mayor Renn said:)"),
    (A2, "Investigators are examining whether welding", "paraphrase consistent with other outlets"),
    (A2, "the first thing I see every morning", "fragment quote attributed to Jonas Wirth in same sentence"),
    # A3 live
    (A3, "Times are local (GMT+1)", "19:40 local = 1840 GMT: consistent; 14 March 2026 is a Saturday"),
    (A3, "about 60 firefighters at the scene", "running count at 20:15, later rises to 110"),
    (A3, "moved onlookers back 200 metres", "cordon distance, no other figure"),
    (A3, "Pray for the firefighters", "quote with speaker named in same line (colon intro)"),
    (A3, "03:52 – The fire service says the blaze", "agrees with wire's 'shortly before 4 a.m.'"),
    (A3, "the stone vaults had \"done their job\"", "same scare quote as wire, attributed to Kvell"),
    (A3, "Both injured firefighters have now been discharged", "agrees with wire (two, discharged Sunday morning)"),
    (A3, "far too early to speak of a cause", "quote attributed to Kvell in same sentence"),
    (A3, "pledged 20 million euros towards rebuilding", "pledge vs total bill; both agree with wire"),
    (A3, "An earlier version of this page said the spire was 97", "explicitly superseded figure"),
    (A3, "Sunday 15 March", "15 March 2026 is a Sunday"),
    # B1 Courier
    (B1, "Water up to 40cm deep", "6.20am to 9.05am is 2h45: 'almost three hours' is right"),
    (B1, "He said: \"We know this is the worst", "'He said:' with Gavin Marr named in the sentence before"),
    (B1, "open a £500,000 hardship fund", "hardship fund, a different quantity from the repair cost; agrees across outlets"),
    (B1, "The burst was the third on Kessel Street since 2019", "agrees with radio"),
    (B1, "though 11 of the 43 flooded premises", "subset (11 of the 43); 43 agrees with the lead"),
    (B1, "Around 9,000 homes and businesses across", "agrees with trade and radio"),
    (B1, "Traders can apply to the hardship fund from Thursday", "future date, no conflict"),
    # B2 trade
    (B2, "Around 9,000 properties lost supply", "agrees with other outlets"),
    (B2, "Separately, the company has created a £500,000", "hardship fund is a different quantity from repair cost"),
    (B2, "a further 20km by 2030", "plan/target, not an outcome; scare quote attributed to the Commission"),
    (B2, "of which 410km are cast iron", "whole network vs city-centre zone; 410/3,900 = 10.5%, 'just over a tenth' right"),
    (B2, "Gavin Marr, operations director, told Pipeline Weekly", "quote attributed by colon intro"),
    (B2, "remaining 48km of city-centre cast iron", "62 - 14 = 48: agrees"),
    (B2, "penalties of up to 10 per cent of annual turnover", "a cap, not an actual fine"),
    # B3 radio
    (B3, "Emma Quayle, who runs Tidewater Books", "quote attributed ('she said')"),
    (B3, "It reopened to pedestrians at 4pm", "agrees with Courier"),
    (B3, "supplies to around 9,000 homes", "agrees"),
    (B3, "he was \"deeply sorry\"", "fragment quote attributed to Marr"),
    (B3, "up to £5,000 available for each one", "agrees with Courier and trade"),
    (B3, "The last burst, in February 2023", "agrees with Courier"),
    (B3, "a disaster waiting to happen", "different remark by Tait, attributed; not a conflicting rendering"),
    (B3, "Retired teacher Alan Brody said", "attributed quote"),
    (B3, "new section of pipe in place by Thursday", "forecast"),
    # C1 wire
    (C1, "can seat 1,500 people", "capacity, different attribute from spectators"),
    (C1, "65 mph (105 kph)", "conversions agree (65 mph = 105 km/h; 3 miles = 5 km)"),
    (C1, "free about a dozen people pinned", "agrees with tabloid 'a dozen'"),
    (C1, "More than 60 firefighters, paramedics", "responders, a different quantity from injured/spectators"),
    (C1, "Our crews found people crawling", "quote attributed (said Station Commander Leah Forde)"),
    (C1, "which has toured since 1921", "founding year and 12 cancelled dates agree with other outlets"),
    (C1, "opened an investigation on Sunday", "no conflict"),
    (C1, "The last serious one, in 2011, injured eight", "a different event"),
    # C2 feature
    (C2, "a little before eight o’clock on Saturday evening", "agrees with 7.50pm"),
    (C2, "He added that every anchor had been checked", "paraphrase agreeing with Brandolini's quote"),
    (C2, "On Saturday the gusts reached 65mph", "5pm to 7.50pm is nearly three hours: right; 65mph agrees"),
    (C2, "Marisa Coello, a 34-year-old aerialist", "quotes attributed"),
    (C2, "The “Brandolini way”", "scare quote, not a sentence"),
    (C2, "remaining twelve English dates", "agrees with 12"),
    (C2, "We have been through wars and floods", "attributed (Mr Brandolini said)"),
    # C3 tabloid
    (C3, "Screaming families were trapped", "no figures; Saturday agrees"),
    (C3, "Grandmother Pat Ellery, 67", "attributed quote"),
    (C3, "insisted his team had checked all the anchors", "paraphrase agrees"),
    (C3, "forecasters had warned of 65mph gusts", "agrees"),
    (C3, "Nine victims were still in hospital", "hospitalised (nine) is a different attribute from injured; agrees with others"),
    (C3, "free a dozen people trapped", "agrees with wire"),
    (C3, "Station Commander Leah Forde said:", "same remark as wire, same words"),
    (C3, "Dad-of-two Craig Minto", "fragment quote attributed"),
    (C3, "One second the clowns were on", "'He said:' after named speaker"),
    (C3, "axed its remaining 12 dates", "agrees"),
    (C3, "founded in 1921, is one of Britain", "1921 to 2026: more than a century, right"),
    # S1 air quality
    (S1, "Published Tuesday 10 February 2026", "10 February 2026 is a Tuesday"),
    (S1, "a fall of about 10 per cent.[1]", "23.9 -> 21.4 is -10.5%; marker [1] has its note"),
    (S1, "Mean PM2.5 was 8.6", "target/forecast vs actual; marker [2] has its note"),
    (S1, "only 1.8 µg/m³ below it", "40 - 38.2 = 1.8"),
    (S1, "six ozone episode days", "marker [3] has its note"),
    (S1, "around 610 early deaths a year", "different assessment years"),
    (S1, "29 exceedance days is still 29 too many", "attributed quote; 29 agrees"),
    (S1, "low-cost sensors at 120 schools", "marker [6] has its note; plan"),
    (S1, "Stations with less than 75 per cent", "note 1 text"),
    (S1, "revised from the provisional 9.3", "explicitly superseded provisional figure"),
    (S1, "An ozone episode day is one", "note 3 text"),
    # S2 insurer
    (S2, "Operating profit of £312m", "268 -> 312 is +16.4%: right"),
    (S2, "an improvement of 2.6 percentage points", "96.8 - 94.2 = 2.6"),
    (S2, "Solvency II coverage ratio of 178", "within target range"),
    (S2, "Weather-related claims totalled £164m", "actual vs planning allowance"),
    (S2, "The motor book, which accounts for £1.02bn", "subsets of premiums"),
    (S2, "Retention in personal lines was 86", "no conflict"),
    (S2, "This is a strong half", "attributed quote"),
    (S2, "We expect the combined ratio for the full year", "'she added' in same sentence; forecast vs H1 actual"),
    (S2, "buyback completed in May", "completed £150m vs programme of up to £200m"),
    (S2, "employed 6,420 people at 30 June, of whom 1,150", "one site vs whole group"),
    (S2, "at least 15 per cent for 2026", "target vs annualised actual"),
    (S2, "watching the autumn storm season closely", "fragment quote attributed to Lundqvist"),
    (S2, "Calloway insures around 3.1 million", "no conflict"),
    (S2, "Half-year results for the six months ended", "headline"),
    # S3 ombudsman
    (S3, "'Waiting to Travel': Ombudsman", "title in quotes, not a quotation"),
    (S3, "Summary of findings | 21 May 2026", "date without weekday"),
    (S3, "about 4.4 times the service's normal backlog", "412,000 / 94,000 = 4.38: right"),
    (S3, "People missed weddings", "attributed quote (colon intro)"),
    (S3, "recruited 260 examiners since October 2025", "recruitment, a different quantity from the cut; forecast"),
    (S3, "\"permanently engaged\"", "scare quotes attributed to complainants, not sentences"),
    (S3, "redress of £150 to each of the 1,214", "150 x 1,214 = 182,100: right"),
    (S3, "judge it by results, not promises", "attributed fragment"),
    (S3, "guaranteed call-back within two working days", "recommendation, no conflict"),
]

def build():
    expected, notes, traps = [], [], []
    used = set()
    for fid, rules, anchors, what in EXPECTED:
        at = [[f, line_of(f, a)] for f, a in anchors]
        expected.append({"id": fid, "rules": rules, "at": at, "what": what})
        used.update((f, l) for f, l in at)
    for fid, rules, anchors, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in anchors]
        notes.append({"id": fid, "rules": rules, "at": at, "what": what})
        used.update((f, l) for f, l in at)
    seen = set()
    for f, a, what in TRAPS:
        l = line_of(f, a)
        assert (f, l) not in used, "trap line is also an expected/note line: %s:%d (%r)" % (f, l, a)
        assert (f, l) not in seen, "duplicate trap line %s:%d" % (f, l)
        seen.add((f, l))
        traps.append({"file": f, "line": l, "what": what})
    assert len(expected) == 30, len(expected)
    assert len(notes) == 8, len(notes)
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print("expected", len(expected), dict(Counter(r for e in expected for r in e["rules"])))
    print("notes", len(notes), "traps", len(traps))

if __name__ == "__main__":
    build()
