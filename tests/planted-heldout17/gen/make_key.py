#!/usr/bin/env python3
"""Build key.json for heldout17 from unique text anchors (line numbers are computed)."""
import json
import os

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
    hits = [i + 1 for i, ln in enumerate(_cache[fname]) if anchor in ln]
    assert len(hits) == 1, "anchor %r in %s matched lines %s" % (anchor, fname, hits)
    return hits[0]


AW = "a_mpa_stage_wire.txt"
AT = "a_clarion_stage_tabloid.txt"
AR = "a_courier_stage_regional.txt"
BL = "b_nbr_silo_live.txt"
BT = "b_gfw_silo_trade.txt"
BR = "b_radio96_silo_local.txt"
CW = "c_cns_kayak_wire.txt"
CF = "c_sentinel_kayak_feature.txt"
CR = "c_coastfm_kayak_local.txt"
SF = "s_forest_health_survey.txt"
ST = "s_pellham_toys_results.txt"
SA = "s_audit_calderbridge_hospital.txt"

NC = ["numeric-conflict"]
AR_ = ["numeric-arithmetic"]
DT = ["date-inconsistency"]
QC = ["quote-conflict"]
UQ = ["unattributed-quote"]

# (id, rules, [(file, anchor), ...], what)
EXPECTED = [
    # ---- numeric-conflict, across outlets (6)
    ("H1", NC, [(AW, "14 people had been taken to hospital"), (AT, "eleven concertgoers were rushed"),
                (AR, "14 people were treated in hospital")],
     "people taken to hospital after tower collapse: 14 (wire, regional agrees) vs eleven in words (tabloid); reworded 'taken to'/'rushed to'/'treated in'"),
    ("H2", NC, [(AW, "The 12-metre steel tower"), (AR, "The 60ft structure"), (AT, "a 40ft tower of lights")],
     "height of the collapsed tower: 12 metres (wire; tabloid's 40ft agrees) vs 60ft = 18.3 m (regional); units disagree"),
    ("H4", NC, [(BL, "About 80 workers were evacuated"), (BR, "Some 150 workers were evacuated"),
                (BT, "Around 80 people were evacuated")],
     "people evacuated from the estate: about 80 (live page, trade agrees) vs some 150 (local radio)"),
    ("H5", NC, [(BT, "Ostrand put the damage at EUR 4.2 million"), (BR, "damage bill at EUR 2.4 million")],
     "damage estimate in Ostrand's Tuesday-evening statement: EUR 4.2 million (trade) vs EUR 2.4 million (radio); money, 'damage'/'damage bill'"),
    ("H8", NC, [(CW, "around 6 nautical miles off Penhallow Head"), (CF, "some 20 kilometres offshore"),
                (CR, "about 11km off the headland")],
     "distance offshore where the empty kayak was found: 6 nautical miles = 11.1 km (wire, radio's 11km agrees) vs some 20 km (feature); units disagree"),
    ("H9", NC, [(CW, "Seven lifeboats, two helicopters"), (CR, "Four lifeboats are taking part")],
     "lifeboats in Monday's search: seven (wire) vs four (local radio); helicopters (two) agree"),
    # ---- numeric-conflict, inside one document (8)
    ("H3", NC, [(AT, "The 12,000-strong crowd"), (AT, "sell-out crowd of 9,000")],
     "tabloid: size of the crowd at the concert 12,000-strong vs sell-out crowd of 9,000"),
    ("H6", NC, [(BT, "The 3,500-tonne silo"), (BT, "which could hold up to 5,000 tonnes")],
     "trade: capacity of the damaged silo 3,500 tonnes vs 'could hold up to 5,000 tonnes' (contents 2,100 t is a different attribute)"),
    ("H7", NC, [(BL, "the damaged silo is 42 metres tall"), (BL, "thirty-metre concrete tower")],
     "live page: height of the exploded silo 42 metres vs 'thirty-metre concrete tower' (word number)"),
    ("H10", NC, [(CF, "forty-two volunteers from the village"), (CF, "The 60 volunteers were split")],
     "feature: Monday-morning shoreline volunteers forty-two (words) vs the 60 volunteers"),
    ("H11", NC, [(SF, "confirmed across 3,100 hectares"), (SF, "roughly 12,000 acres of ash woodland")],
     "forestry: ash-dieback area 3,100 ha (= about 7,660 acres) vs roughly 12,000 acres; units disagree"),
    ("H12", NC, [(SF, "Surveyors visited twenty-three forest districts"), (SF, "In all 21 districts surveyed")],
     "forestry: districts surveyed twenty-three (words) vs 21"),
    ("H13", NC, [(ST, "Revenue rose 6 per cent to"), (ST, "With sales of"), ],
     "toy maker: annual revenue GBP 184.6m (highlights) vs 'sales of GBP 168.4m' (margin section); money"),
    ("H14", NC, [(SA, "original budget of"), (SA, "Measured against the original")],
     "audit: original budget GBP 212 million vs 'the original GBP 240m budget'; money"),
    # ---- numeric-arithmetic (4)
    ("H15", AR_, [(AR, "a rise of 40 per cent")],
     "regional: weekend passes 6,000 -> 9,600 is +60 per cent, not 40"),
    ("H16", AR_, [(BT, "a rise of 12 per cent")],
     "trade: 410,000 -> 492,000 tonnes is +20 per cent, not 12"),
    ("H17", AR_, [(ST, "a decline of")],
     "toy maker: operating profit GBP 21.5m -> 17.2m is a fall of GBP 4.3m, not 5.3m"),
    ("H18", AR_, [(SA, "remains to be spent")],
     "audit: forecast GBP 298m minus spent GBP 251m leaves GBP 47m, not 36m"),
    # ---- date-inconsistency (4)
    ("H19", DT, [(AW, "2040 GMT"), (AT, "around 10.15pm"), (AR, "came down at 9.40pm")],
     "time of the collapse: 21:40 / 2040 GMT (wire; regional 9.40pm agrees) vs around 10.15pm (tabloid)"),
    ("H20", DT, [(BR, "in Ballinvor on Tuesday"), (BR, "cause of Wednesday's explosion")],
     "local radio (posted Wednesday): explosion 'on Tuesday' / 'yesterday' vs 'Wednesday's explosion'"),
    ("H21", DT, [(BT, "The explosion on Tuesday 9 September")],
     "trade: 'Tuesday 9 September' - 9 September 2026 is a Wednesday (explosion was Tuesday 8 September)"),
    ("H22", DT, [(CW, "raised the alarm at 6.30 p.m."), (CR, "alerted at 8.15pm yesterday"),
                 (CF, "At half past six that evening")],
     "time the coastguard was alerted: 6.30pm (wire; feature 'half past six' agrees) vs 8.15pm (radio)"),
    # ---- quote-conflict (3)
    ("H23", QC, [(AW, "every safety check to the letter"), (AT, "every safety check by the book")],
     "Ines Carraway: 'to the letter, and we will cooperate' (wire) vs 'by the book and we will co-operate' (tabloid)"),
    ("H24", QC, [(BL, "The structure is stable but"), (BL, "The structure is secure but")],
     "live page: Delacourt's same remark quoted twice, 'stable' vs 'secure'"),
    ("H25", QC, [(CW, "we have not given up hope"), (CR, "we have not lost hope")],
     "Helena Strand: 'have not given up hope' (wire) vs 'have not lost hope' (radio)"),
    # ---- unattributed-quote (3)
    ("H26", UQ, [(AT, "It came down like a house of cards")],
     "tabloid: full-sentence quote with no speaker in sentence or paragraph before"),
    ("H27", UQ, [(BT, "Dust explosions are entirely preventable")],
     "trade: stand-alone quoted sentence, no speaker near (Tully is introduced two paragraphs later)"),
    ("H28", UQ, [(CR, "Conditions changed very quickly on Sunday afternoon")],
     "local radio: quoted sentence after a road-closure paragraph, no speaker"),
    # ---- footnotes (2)
    ("H29", ["footnote-gap"], [(SF, "which the Service attributes to faster felling"), (SF, "4. Outbreak counts include")],
     "forestry summary: markers go [1], [2], [4], [5] (and the Notes list 1, 2, 4, 5) - number 3 skipped"),
    ("H30", ["footnote-no-notes"], [(SA, "original budget of"), (SA, "issued 146 change orders"),
                                    (SA, "about £85,000 a day")],
     "audit summary: markers [1], [2], [3] but no Notes section"),
]

NOTES = [
    ("N1", ["anonymous-source"], [(AW, "who asked not to be named because")], "crew member who asked not to be named"),
    ("N2", ["vague-source"], [(AT, "safety experts say")], "'safety experts say'"),
    ("N3", ["vague-source"], [(AR, "Critics argue")], "'Critics argue'"),
    ("N4", ["vague-source"], [(BL, "Experts say fine grain dust")], "'Experts say'"),
    ("N5", ["anonymous-source"], [(BT, "A person familiar with")], "'A person familiar with Ostrand's insurance arrangements'"),
    ("N6", ["anonymous-source"], [(CW, "who asked not to be named, said both men")], "official who asked not to be named"),
    ("N7", ["vague-source"], [(CF, "Sea-safety experts say")], "'Sea-safety experts say'"),
    ("N8", ["vague-source"], [(SA, "Some commentators have argued")], "'Some commentators have argued'"),
]

TRAPS = [
    # a_mpa_stage_wire
    (AW, "rigger killed", "headline: killed (1) is a different attribute from hospital count"),
    (AW, "injuring dozens of spectators", "'dozens' is vague and consistent with 14 + 37"),
    (AW, "A further 37 people were treated at the scene", "treated at the scene is a different attribute from taken to hospital"),
    (AW, "Police initially said 20 people", "explicitly superseded figure"),
    (AW, "named by police as Dariusz Kemble", "name/age agree with other outlets"),
    (AW, "licence allows up to 15,000", "licensed capacity, not attendance; Friday June 19 2026 is correct"),
    (AW, "80 km/h (50 mph)", "conversion agrees"),
    (AW, "Chief Inspector Tomas Reddle of Westvale Police said", "quote attributed with colon"),
    (AW, "opened an investigation and that inspectors", "plain attributed statement"),
    (AW, "full refunds within 14 days", "14 days is not the 14 people"),
    (AW, "\"heartbroken\"", "scare-quoted word attributed to the band"),
    (AW, "(Reporting by Anna Lindqvist", "credit line"),
    # a_clarion_stage_tabloid
    (AT, "HORROR AS GIANT", "headline"),
    (AT, "By Shane Pollock", "byline"),
    (AT, "TERRIFIED music fans", "no figures"),
    (AT, "trapped under twisted metal", "no figures, no quote"),
    (AT, "Student Kayla Morrow", "quote attributed in the same sentence"),
    (AT, "Her friend Jodie Lane", "quote attributed in the same sentence"),
    (AT, "Fans had paid £89 each", "ticket price; 'kicked off on Friday' agrees with June 19"),
    (AT, "claimed up to five people had died", "explicitly superseded rumour, police confirmed one death"),
    (AT, "dad-of-two Dariusz Kemble", "thirty years agrees with 'three decades' elsewhere"),
    (AT, "Sunday's shows were axed", "agrees with cancellation"),
    (AT, "Chief Inspector Tomas Reddle said", "shortened version of the wire quote, identical words"),
    (AT, "more than £20,000", "fundraising total, different subject"),
    # a_courier_stage_regional
    (AR, "rigger dies as lighting tower falls", "headline"),
    (AR, "By Fiona Aldous", "byline"),
    (AR, "Monday, June 22, 2026", "correct weekday"),
    (AR, "two remained in a serious but stable", "subset of those in hospital"),
    (AR, "The man who died, Dariusz Kemble", "agrees with other outlets"),
    (AR, "Our hearts go out", "quote attributed in same sentence; different remark from H23"),
    (AR, "She told the Courier", "paraphrase"),
    (AR, "raised from 10,000 to 15,000", "correct arithmetic: +50 per cent"),
    (AR, "Councillor Maureen Tallis", "attributed quote"),
    (AR, "50mph (80km/h)", "conversion agrees; forecast gusts"),
    (AR, "rattling for hours", "fragment quote attributed to named resident"),
    (AR, "stay closed for at least a week", "no conflict"),
    (AR, "An earlier version of this article said the tower was 80ft", "explicitly superseded figure"),
    (AR, "Wednesday (June 24)", "correct weekday"),
    # b_nbr_silo_live
    (BL, "Key points (last updated 17:20)", "timestamp"),
    (BL, "shortly before 11:00 on Tuesday", "agrees with 10.52am and 'just before 11 o'clock'"),
    (BL, "Three workers are in hospital, one of them", "latest running count"),
    (BL, "A 500-metre cordon", "no conflict"),
    (BL, "damp down smouldering grain", "paraphrase after an attributed quote"),
    (BL, "up from two earlier this afternoon", "running count rising over time"),
    (BL, "about 60% full", "60% of 3,500 t = 2,100 t, agrees with trade contents"),
    (BL, "More than 60 firefighters from six stations", "hedge agrees with radio's 'around 70'"),
    (BL, "Two workers have been taken to hospital, the fire service confirms", "earlier running count at 12:30"),
    (BL, "within 1km of the estate", "residents zone, different quantity from cordon"),
    (BL, "about 10km (6 miles) away", "conversion agrees"),
    (BL, "around 40 businesses", "different subject"),
    (BL, "10:58 - Emergency services", "call-out after the 10.52 blast, consistent"),
    # b_gfw_silo_trade
    (BT, "puts Ostrand's export season in doubt", "headline"),
    (BT, "Issue 37 | Friday 11 September 2026", "correct weekday"),
    (BT, "Pieter Haldane said", "attributed quote; three in hospital agrees"),
    (BT, "about 1,350 tonnes a day", "per-day conversion of 492,000 a year agrees"),
    (BT, "can store 14,000 tonnes between them", "whole site total, different subject"),
    (BT, "forward contracts for around 60,000 tonnes", "different quantity"),
    (BT, "Haldane said some of the contracted", "paraphrase"),
    (BT, "renewed attention on dust control", "context"),
    (BT, "rose EUR 6 to EUR 214", "price change, consistent"),
    (BT, "Mairead Tully, technical director", "scare-quote phrase attributed"),
    (BT, "She said: \"Every site manager", "quote introduced with 'She said:' after named speaker"),
    (BT, "likely to take several months", "no conflict"),
    # b_radio96_silo_local
    (BR, "Three still in hospital after", "headline"),
    (BR, "Posted Wednesday 9 September 2026, 07:30", "correct weekday"),
    (BR, "just before 11 o'clock yesterday morning", "agrees with other outlets"),
    (BR, "Around 70 firefighters", "hedge agrees with 'more than 60'"),
    (BR, "One of the injured men has serious burns", "agrees"),
    (BR, "told 96FM", "attributed quote, different remark from H24"),
    (BR, "monitored around the clock", "paraphrase"),
    (BR, "Drummerley Road remains closed", "no conflict"),
    (BR, "about 10 kilometres away", "agrees with 10km (6 miles)"),
    (BR, "Local councillor Declan Farrow said", "attributed quote"),
    (BR, "Ostrand employs 95 people in Ballinvor", "site workforce vs company workforce, not evacuees"),
    (BR, "paid in full", "no figures"),
    (BR, "about 1.5km from the estate", "different quantity"),
    (BR, "Breakfast Show", "programme time"),
    # c_cns_kayak_wire
    (CW, "Search for two kayakers missing", "headline"),
    (CW, "PENHALLOW, Aug 10 (CNS)", "dateline; Monday Aug 10 correct"),
    (CW, "on Sunday, Aug. 9", "correct weekday; 10 a.m. agrees with feature"),
    (CW, "16C (61F)", "conversion agrees"),
    (CW, "20 knots (37 km/h)", "conversion agrees"),
    (CW, "40 km crossing", "different quantity"),
    (CW, "Alys Wren, said in a statement", "attributed quote"),
    (CW, "second kayak, which is yellow", "agrees with feature"),
    (CW, "nothing to suggest", "no figures"),
    (CW, "15 km stretch of cliffs", "shore search length, different quantity"),
    (CW, "misspelled Oyelaran's surname", "correction notice"),
    (CW, "(Reporting by Tomasz Brenner", "credit line"),
    # c_sentinel_kayak_feature
    (CF, "The longest night on Selworth Beach", "headline"),
    (CF, "By Eleanor Pike", "standfirst/byline"),
    (CF, "On Sunday 9 August, shortly after ten", "correct weekday; agrees with 10 a.m."),
    (CF, "heading for the sea caves", "no figures"),
    (CF, "I keep thinking about the two of them", "quote attributed in same paragraph (Castell says)"),
    (CF, "Brenda Kowal, who runs the beach", "attributed quote"),
    (CF, "The sea doesn", "attributed quote, different remark of Strand"),
    (CF, "Penhallow rip", "name in quotes"),
    (CF, "1,912 incidents nationally, about five a day", "national yearly total, per-day conversion agrees"),
    (CF, "about sixteen degrees", "agrees with 16C"),
    (CF, "Oyelaran, a physiotherapist", "no conflict"),
    (CF, "the kettle still on", "no figures"),
    # c_coastfm_kayak_local
    (CR, "Monday 10 August 2026, 1:05pm", "correct weekday"),
    (CR, "has been stepped up today", "no figures"),
    (CR, "set off from Selworth Beach yesterday morning", "agrees"),
    (CR, "She said the two men were experienced", "paraphrase after attributed quote"),
    (CR, "car park is closed", "no figures"),
    (CR, "The coast road between Selworth", "no figures"),
    (CR, "lifeboat station on Quay Street", "no figures"),
    (CR, "village hall as a rest centre", "no figures"),
    (CR, "Council chair Dennis Ashworth said", "attributed quote"),
    (CR, "Selworth Canoe Club", "fragment quote attributed to the club"),
    (CR, "call 999", "phone number, not a quantity"),
    (CR, "wind should ease", "forecast"),
    # s_forest_health_survey
    (SF, "Published Thursday 15 October 2026", "correct weekday"),
    (SF, "against a target of 1,300 plots", "target vs actual; marker [1] has its note"),
    (SF, "372 (30 per cent)", "correct percentage of 1,240"),
    (SF, "present in every district where ash", "marker [2] has its note"),
    (SF, "crown loss of 50 per cent", "different quantity"),
    (SF, "410 hectares (about 1,010 acres)", "conversion agrees"),
    (SF, "Red band needle blight", "no conflict"),
    (SF, "Acute oak decline was recorded at 58 plots", "year-on-year change, no stated percentage"),
    (SF, "target for 2027 is to survey all 1,300", "target, not outcome"),
    (SF, "Plots are revisited on a five-year cycle", "note 1; 60 = 1,300 - 1,240"),
    (SF, "means ash makes up at least 10 per cent", "note 2"),
    (SF, "Summaries are sent to the registered owner", "note 5, matching marker [5]"),
    # s_pellham_toys_results
    (ST, "Tuesday 22 September 2026", "correct weekday"),
    (ST, "52 weeks to 30 June 2026", "period"),
    (ST, "14.2p (2025: 16.0p)", "prior-year comparison"),
    (ST, "giving a total for the year of 6.8p", "dividend, consistent"),
    (ST, "Net cash of £12.3 million", "different quantity"),
    (ST, "about 27,000 a day", "9.8m / 365 = about 26,800, agrees"),
    (ST, "or 28 per cent of group revenue", "51.7 / 184.6 = 28 per cent, correct"),
    (ST, "£38.0 million from £31.4 million", "regional subset of revenue"),
    (ST, "Harriet Vance, chief executive, said", "attributed quote"),
    (ST, "She added: \"We have taken", "quote continued by 'She added:'"),
    (ST, "Freight costs rose by £2.9 million", "cost item, about a fifth is a hedge"),
    (ST, "The group employs 1,150 people, 420", "site workforce vs group workforce"),
    (ST, "revenue of around £195 million", "forecast, not outcome"),
    (ST, "Owen Basford said", "target, attributed quote"),
    (ST, "Friday 27 November 2026", "correct weekdays (27 Nov and 23 Oct 2026 are Fridays)"),
    (ST, "presentation for analysts", "time, no conflict"),
    (ST, "Notes to editors", "boilerplate, not a footnote list"),
    # s_audit_calderbridge_hospital
    (SA, "HC 412 | Wednesday 4 November 2026", "correct weekday"),
    (SA, "27 months later than the December 2023", "Dec 2023 -> Mar 2026 is 27 months"),
    (SA, "£86 million or 41 per cent more", "298 - 212 = 86; 86/212 = 41 per cent"),
    (SA, "480 beds, of which 52", "subset; planned 500 beds is a target"),
    (SA, "Eleven of the change orders we examined", "subset of the 40 examined, not of 146"),
    (SA, "added nine months to the programme", "part of the 27-month delay"),
    (SA, "recovered £7.5 million", "recovered vs contractual maximum"),
    (SA, "benefits realisation plan by June 2027", "future deadline"),
    (SA, "projects above £100 million", "threshold, different quantity"),
    (SA, "Rosalind Achebe said", "attributed quote"),
]


def main():
    expected, notes, traps = [], [], []
    flagged = set()
    for fid, rules, anchors, what in EXPECTED:
        at = [[f, line_of(f, a)] for f, a in anchors]
        flagged.update((f, ln) for f, ln in at)
        expected.append({"id": fid, "rules": rules, "at": at, "what": what})
    for fid, rules, anchors, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in anchors]
        for x in at:
            assert tuple(x) not in flagged, "note line also expected: %s" % x
        flagged.update((f, ln) for f, ln in at)
        notes.append({"id": fid, "rules": rules, "at": at, "what": what})
    seen = set()
    for f, a, what in TRAPS:
        ln = line_of(f, a)
        assert (f, ln) not in flagged, "trap line is also expected/note: %s:%d (%r)" % (f, ln, a)
        assert (f, ln) not in seen, "duplicate trap %s:%d" % (f, ln)
        seen.add((f, ln))
        traps.append({"file": f, "line": ln, "what": what})
    assert len(expected) == 30, len(expected)
    assert len(notes) == 8, len(notes)
    counts = {}
    for e in expected:
        counts[e["rules"][0]] = counts.get(e["rules"][0], 0) + 1
    key = {"expected": expected, "notes": notes, "traps": traps, "must_not": traps}
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
    print("expected", len(expected), counts)
    print("notes", len(notes), "traps", len(traps))


if __name__ == "__main__":
    main()
