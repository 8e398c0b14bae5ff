#!/usr/bin/env python3
"""Build key.json for heldout10 from unique text anchors (no typed line numbers)."""
import glob, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
FILES = {}
for p in sorted(glob.glob(os.path.join(DOCS, "**", "*.txt"), recursive=True)):
    b = os.path.basename(p)
    assert b not in FILES, "duplicate base name " + b
    FILES[b] = p
LINES = {b: open(p, encoding="utf-8").read().split("\n") for b, p in FILES.items()}

A1, A2, A3 = "a1_cpa_wire_landing.txt", "a2_clarion_tabloid_plunge.txt", "a3_nbs_live_diversion.txt"
B1, B2, B3 = "b1_ledger_escape.txt", "b2_kvrn_radio_manhunt.txt", "b3_meridian_feature_jailbreak.txt"
C1, C2, C3 = "c1_sentinel_roof_collapse.txt", "c2_envelope_bulletin_snowload.txt", "c3_npb_mall_roof.txt"
S1, S2, S3 = "s1_marrowfield_admissions_2026.txt", "s2_hearthlight_winter_appeal.txt", "s3_coffee_market_brief.txt"


def line_of(f, anchor):
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, "anchor %r in %s matched lines %s" % (anchor, f, hits)
    return hits[0]


NC, AR, DT = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"
AN, VG = "anonymous-source", "vague-source"

EXPECTED = [
    # ---- numeric-conflict across outlets (6)
    ("H1", [NC], [(A1, "Eleven passengers were taken to hospital"), (A2, "Seventeen passengers were rushed"),
                  (A3, "17:50 - The regional health authority"), (A3, "18:05 - That is where")],
     "passengers taken to hospital: Eleven (wire) / 11 (live page final) vs Seventeen 'rushed to hospital' (tabloid) [across, words, people]"),
    ("H2", [NC], [(A1, "dropped about 3,000 metres"), (A2, "plunged 20,000ft")],
     "size of the sudden descent: about 3,000 metres (~9,800 ft, wire) vs 20,000ft (tabloid) [across, units disagree]"),
    ("H3", [NC], [(B1, "bringing the total to $25,000"), (B2, "A reward of $25,000"), (B3, "combined $50,000 bounty")],
     "reward posted on day one by Marshals + governor: $25,000 (daily, radio) vs $50,000 'bounty' (UK feature) [across, money, reworded]"),
    ("H4", [NC], [(B1, "scaled an 18-foot perimeter fence"), (B2, "went over the 18-foot perimeter fence"), (B3, "some three metres high")],
     "height of perimeter fence: 18 feet (~5.5 m, daily & radio) vs 'some three metres' (UK feature) [across, units disagree, word number]"),
    ("H5", [NC], [(C1, "Two people were killed and 27 were injured"), (C2, "two people died and 27 were injured"), (C3, "nineteen people were hurt")],
     "people injured in the collapse: 27 injured (Sentinel, bulletin) vs nineteen hurt (NPB) [across, words, people; killed=2 agrees everywhere]"),
    ("H6", [NC], [(C1, "expected to cost about $23 million"), (C2, "repair bill of around C$38m")],
     "cost to rebuild/repair the collapsed section: about $23 million (Sentinel, 'cost') vs C$38m 'repair bill' (bulletin) [across, money, reworded]"),
    # ---- numeric-conflict within one document (8)
    ("H7", [NC], [(A1, "carrying 163 passengers and seven crew"), (A1, "All 156 passengers were evacuated"), (A3, "all 163 passengers and 7 crew")],
     "passengers on board / evacuated: 163 vs 'All 156 passengers' in the same wire story (live page agrees with 163) [within, reworded]"),
    ("H8", [NC], [(B1, "holds 1,240 inmates."), (B1, "houses about 1,600 prisoners")],
     "prison population now: holds 1,240 inmates vs 'the facility ... houses about 1,600 prisoners' [within, reworded, subject in phrase 'the facility']"),
    ("H9", [NC], [(B2, "More than 150 officers"), (B2, "roughly ninety officers")],
     "officers in the search (same post): more than 150 vs roughly ninety [within, words, people]"),
    ("H10", [NC], [(B3, "Its annual budget of $62 million"), (B3, "$48m yearly budget")],
     "prison's annual budget: $62 million vs $48m yearly budget (audit published this month) [within, money, reworded]"),
    ("H11", [NC], [(C1, "some 85 centimetres of snow had built up"), (C1, "nearly a metre and a half of snow")],
     "snow on the roof when it failed: some 85 cm vs nearly a metre and a half [within, units, reworded]"),
    ("H12", [NC], [(C2, "told its 64 tenants"), (C2, "eighty-two tenants")],
     "number of tenants of the centre: 64 vs eighty-two [within, words]"),
    ("H13", [NC], [(S1, "The university made 31,200 offers"), (S1, "made 29,750 offers")],
     "offers made for 2026 entry: 31,200 vs 'In total ... 29,750 offers' [within]"),
    ("H14", [NC], [(S2, "Winter Appeal raised £2.4 million"), (S2, "the £2.1m appeal total")],
     "appeal total (excluding Gift Aid): raised £2.4 million vs 'the £2.1m appeal total' [within, money, reworded]"),
    # ---- numeric-arithmetic (4)
    ("H15", [AR], [(S1, "an increase of 21 per cent")], "41,200 -> 48,310 is +17.3%, not 21 per cent"),
    ("H16", [AR], [(S2, "a total of 20,020 donors")], "18,400 + 620 = 19,020, not 20,020"),
    ("H17", [AR], [(S3, "or nearly 20 per cent")], "312 -> 358 cents: gain of 46 cents is correct but is 14.7%, not 'nearly 20 per cent'"),
    ("H18", [AR], [(C2, "more than 80 per cent above")], "1.9 vs 1.2 kN/m2 is 58% above design load, not 'more than 80 per cent'"),
    # ---- date-inconsistency (4)
    ("H19", [DT], [(A2, "over the Varrow Strait on Saturday"), (A1, "at Saltmere on Sunday after"), (A3, "NBS News live coverage, Sunday 15 March 2026")],
     "day of the emergency landing: Saturday (tabloid) vs Sunday 15 March (wire, live page) [across]"),
    ("H20", [DT], [(B1, "during a 5:30 a.m. headcount"), (B2, "at the 6:15 a.m. count"), (B3, "counted heads at 5.30am")],
     "time escape was discovered: 5:30 a.m. headcount (daily; feature '5.30am') vs 6:15 a.m. count (radio) [across]"),
    ("H21", [DT], [(B3, "on Friday 24 January")], "24 January 2026 is a Saturday, not a Friday [within, weekday/date mismatch]"),
    ("H22", [DT], [(C3, "gave way at about 11:20 a.m. local time"), (C3, "shortly before 10 a.m."), (C1, "The collapse happened at about 11:20 a.m.")],
     "time of collapse: about 11:20 a.m. vs 'the roof fell in shortly before 10 a.m.' in the same NPB article (Sentinel agrees with 11:20) [within]"),
    # ---- quote-conflict (3)
    ("H23", [QC], [(A1, "they did it superbly"), (A2, "they did it brilliantly")],
     "Varnhagen: '...and they did it superbly' (wire) vs '...and they did it brilliantly' (tabloid) [across]"),
    ("H24", [QC], [(B1, "face the consequences"), (B3, "face the music")],
     "Kettering: '...bring them back to face the consequences' (daily) vs '...to face the music' (feature) [across]"),
    ("H25", [QC], [(C1, "has seen in a generation"), (C1, "has known in a generation")],
     "Mayor Lindqvist: 'darkest day our town has seen' vs 'has known in a generation' in the same article (second time presented as a repeat) [within]"),
    # ---- unattributed-quote (3)
    ("H26", [UQ], [(A2, "the next the floor just fell away")], "full-sentence passenger quote as its own paragraph; previous paragraph has no speaker"),
    ("H27", [UQ], [(B2, "They knew exactly where the cameras")], "full-sentence quote; previous paragraph (cameras) names nobody"),
    ("H28", [UQ], [(C2, "simply never designed for this kind of winter")], "full-sentence quote; previous paragraph is reporter's context, no speaker"),
    # ---- footnotes (2)
    ("H29", [FG], [(S3, "the lowest level since August 2024")], "note markers run 1, 2, 4 (no 3) - marker 4 is on this line"),
    ("H30", [FN], [(S2, "were made online.[1]"), (S2, "9,700 the winter before.[2]")], "markers [1] and [2] but the press release has no notes section"),
]

NOTES = [
    ("N1", [AN, VG], [(A1, "A person familiar with the investigation")], "anonymous: 'a person familiar with the investigation'"),
    ("N2", [VG, AN], [(A2, "Aviation experts say")], "vague: 'Aviation experts say'"),
    ("N3", [AN, VG], [(B1, "A corrections official who asked not to be named")], "anonymous corrections official"),
    ("N4", [VG, AN], [(B3, "Critics argue that chronic understaffing")], "vague: 'Critics argue'"),
    ("N5", [VG, AN], [(C1, "Some structural experts say")], "vague: 'Some structural experts say'"),
    ("N6", [AN, VG], [(C2, "One loss adjuster, speaking on condition of anonymity")], "anonymous loss adjuster"),
    ("N7", [AN, VG], [(C3, "A source close to the owners")], "anonymous: 'a source close to the owners, who was not authorized to speak publicly'"),
    ("N8", [VG, AN], [(S3, "Analysts say the market")], "vague: 'Analysts say'"),
]

TRAPS = [
    # A1 wire
    (A1, "landed at Saltmere International at 1342 GMT", "1342 GMT = 14:42 local (GMT+1) on live page = 'just before 3pm local' in tabloid"),
    (A1, "Two cabin crew members were treated at the scene", "crew treated at scene: different attribute from passengers taken to hospital"),
    (A1, "Varnhagen said the airline would cooperate fully", "500 euros = tabloid's '€500 (about £430)'; paraphrase agrees with live page"),
    (A1, "sent a team of six investigators", "six investigators agrees with live page 16:05"),
    (A1, "Valdane, which carried 11.4 million passengers last year", "yearly airline total, fleet (42, subset 14) and 189-seat capacity: not the 163 on board"),
    (A1, "preliminary report would be published within 30 days", "30 days = tabloid 'within a month'; 210 km by coach consistent with 2.5 hours"),
    (A1, "Shares in Valdane's parent company", "Sunday/Monday are trading days, not the date of the flight"),
    # A2 tabloid
    (A2, "TERROR AT 38,000FT", "38,000ft is cruising altitude (agrees with live page), not the size of the drop"),
    (A2, "limped into Saltmere just before 3pm local time", "just before 3pm local agrees with 14:42 local / 1342 GMT"),
    (A2, "Dad-of-two Gareth Pennock", "named speaker, 'He said:'; nested 'brace, brace'"),
    (A2, "Gran Pauline Hesketh, 68", "scare-quoted phrase attributed; 'She added:'"),
    (A2, "€500 (about £430)", "currency conversion agrees with 500 euros; quote attributed to Mr Pennock"),
    (A2, "The Aerion A7 jet, which has 189 seats", "capacity 189 seats vs passengers; 38,000ft cruising; 14 in fleet agrees with wire"),
    (A2, "A report is expected within a month", "agrees with 'within 30 days'"),
    # A3 live page
    (A3, "17:12 - Passengers are being taken on", "four coaches, ~2.5 hours: consistent with 210 km"),
    (A3, "16:40 - Valdane chief executive", "paraphrase of Varnhagen agreeing with her quote, no quotation marks"),
    (A3, "16:05 - The air accident bureau", "quote introduced with named speaker and colon; six investigators agrees"),
    (A3, "15:35 - The health authority now says six", "earlier running count (6) later raised to 11 at 17:50"),
    (A3, "15:10 - A correction", "explicit correction of destination"),
    (A3, "14:42 - The aircraft has landed", "14:42 local = 1342 GMT"),
    (A3, "14:20 - At least four people", "early running count, superseded"),
    (A3, "14:05 - Flight tracking sites show", "38,000 ft = about 11,600 m; cruising altitude not drop size; descent start precedes landing"),
    (A3, "13:58 - Welcome to our live coverage", "first entry of reverse-chronological live page"),
    # B1 daily
    (B1, "state officials said Tuesday (Jan. 20)", "20 January 2026 is a Tuesday"),
    (B1, "Corrections officials identified the men", "four names; three + one sentences = four; Delgado-Pike 29 agrees with feature"),
    (B1, "The prison was designed for 1,100 inmates", "design capacity, staff (480) and officers (310): different attributes from inmate population"),
    (B1, "Residents of Marlow, a town of about 6,800", "town population (agrees with feature), different subject from prison"),
    (B1, "My kids are staying home today", "speaker named in the same sentence"),
    (B1, "The last escape from Pellham Ridge came in 2011", "different, earlier escape; six hours"),
    (B1, "State Rep. Alan Mirow", "quote with speaker named in same sentence / 'he said'"),
    (B1, "Visiting hours for Wednesday and Thursday", "future days, no event date conflict"),
    # B2 radio
    (B2, "Posted Wednesday, January 21, 2026", "21 January 2026 is a Wednesday; 12:45 PM update time is not an event time"),
    (B2, "is now in its second day", "second day consistent with Tuesday discovery and Wednesday post"),
    (B2, "first put the number of escapees at five", "explicitly superseded: five, later confirmed four"),
    (B2, "64 exterior cameras", "camera count; not an event quantity elsewhere"),
    (B2, "State Police Lt. Gina Haraway told KVRN", "quote attributed in same sentence; 12-hour shifts"),
    (B2, "Overnight temperatures fell to 19 degrees", "weather, no conflict"),
    (B2, "Marlow School District kept its four schools", "four schools is a different subject from four inmates"),
    (B2, "Listener Frank Lowery called", "'He said:' introduces quote; thirty years"),
    # B3 feature
    (B3, "The Meridian, Sunday 25 January 2026", "25 January 2026 is a Sunday"),
    (B3, "A small-town prison, four desperate men", "standfirst; four men agrees"),
    (B3, "on Thursday 22 January", "22 January 2026 is a Thursday (correct)"),
    (B3, "The state has spent $9m on security upgrades", "spending on upgrades since 2023: different attribute from annual budget"),
    (B3, "Kettering does not dispute the strain", "quote attributed ('he said'); 1994 opening agrees with daily"),
    (B3, "a logging town of 6,800 people", "town population agrees with daily; Baptiste named"),
    (B3, "Delgado-Pike, 29, was serving 12 years", "age agrees; 2031 is a future parole date"),
    # C1 Sentinel
    (C1, "Two dead, dozens hurt", "headline hedge 'dozens' consistent with 27"),
    (C1, "KESTREL FALLS SENTINEL | Wednesday, February 11, 2026", "11 February 2026 is a Wednesday"),
    (C1, "Witnesses described a loud crack", "6,500 m2 is about a third of 21,000 m2; = 70,000 sq ft"),
    (C1, "A weekend storm dropped 62 cm", "snowfall on the town (62 cm ~ 'more than two feet'), not snow depth on the roof"),
    (C1, "nine remained in hospital Wednesday", "subset of injured at a later time; three critical"),
    (C1, "Police have not yet named the dead", "describes the two dead; ages are not counts"),
    (C1, "About 900 people work at Thornbury Crossing", "workforce, not injured; agrees with NPB '900 workers'; 1987 agrees"),
    (C1, "Okafor said firefighters, paramedics", "rescuers; three towns and six hours agree with NPB; quote with 'he said'"),
    (C1, "Temperatures fell to -18 C overnight", "agrees with NPB '-18 C, or about zero Fahrenheit'"),
    # C2 bulletin
    (C2, "Issue 412, 16 February 2026", "issue number is not a quantity; date after the event"),
    (C2, "The centre, completed in 1987", "1987 agrees with other outlets"),
    (C2, "Total insured losses are expected to reach C$55m", "total insured losses incl. business interruption: different quantity from the C$38m repair bill"),
    (C2, "The collapsed area covers about 6,500 m²", "agrees with 6,500 m2 / 70,000 sq ft; two-thirds remaining consistent"),
    (C2, "Alderwood's chief operating officer, Priya Dhanraj", "named speaker; editorial insertion [the company]"),
    (C2, "The Canadian Roofing Contractors' Association", "future guidance, no conflict"),
    # C3 NPB
    (C3, "February 10, 2026 at 6:48 p.m. CST", "publication time on the day of the collapse"),
    (C3, "killing two people and injuring others", "two dead agrees; 'others' is not a figure"),
    (C3, "The section that came down, about 70,000 square feet", "70,000 sq ft ~ 6,500 m2"),
    (C3, "more than two feet of snow over the weekend", "~62 cm snowfall; not roof accumulation"),
    (C3, "Jenna Sauerberg of Harlow Falls", "named speaker in the same paragraph"),
    (C3, "Her sister, Kayla, was not hurt", "90-minute drive plausible for 60 miles"),
    (C3, "Mayor Roberta Lindqvist said the town was in shock", "a different remark of the mayor, not a rendering of 'darkest day'"),
    (C3, "built in 1987, has about 900 workers", "workforce and year agree with Sentinel"),
    (C3, "or about zero Fahrenheit", "-18 C = -0.4 F, conversion correct"),
    # S1 admissions
    (S1, "Thursday 27 August 2026", "27 August 2026 is a Thursday"),
    (S1, "This summary sets out headline figures", "marker [1] has its note"),
    (S1, "Offers were highest in the Faculty of Health Sciences", "faculty subsets of offers, not the total"),
    (S1, "Firm acceptances reached 9,850", "9,120 -> 9,850 is +8.0% (correct); target 10,000 vs actual"),
    (S1, "International students accounted for 2,310", "2,310/9,850 = 23.5% correct; [3] has its note"),
    (S1, "Some 1,970 acceptances, or one in five", "1,970/9,850 = 20% = one in five; 22% by 2028 is a pledge"),
    (S1, "Acceptances from care leavers rose to 64", "named speaker with colon; 64 is care leavers"),
    (S1, "The university filled 1,140 places through clearing", "clearing places vs last year's; no weekday given"),
    (S1, "Professor Whitcombe added that the growth", "partial quotes attributed; [5] has its note"),
    (S1, "[1] Open data tables", "note exists for marker [1]"),
    (S1, "[2] Offer rate is offers made", "definition; note for marker [2]"),
    (S1, "[4] Low-participation areas", "note for marker [4]; 'bottom fifth' is a definition"),
    (S1, "[5] Remarks made at the university", "26 August 2026 is before publication date, no conflict"),
    # S2 charity
    (S2, "For immediate release - Tuesday 14 April 2026", "14 April 2026 is a Tuesday"),
    (S2, "beat its £2 million target by 20 per cent", "2.4/2.0 = +20% and 2.4/1.8 = +33% ('a third') correct; target vs actual"),
    (S2, "Chief executive Marcus Oyelaran said:", "named speaker with colon"),
    (S2, "The money will fund 96,000 hot meals", "96,000/365 = 263 ~ 'about 260 a day'; forecast"),
    (S2, "It will also pay for 45 emergency winter beds", "pledge, not outcome"),
    (S2, "[the Trust] will use this money", "editorial insertion in attributed quote"),
    (S2, "Corporate donors included the supermarket chain", "subsets; match cap £50,000 vs £84,000 raised by different donors"),
    (S2, "Volunteer numbers also rose", "volunteers (2,300; subset 410) not donors; 3,800 Christmas meals different from 96,000"),
    (S2, "Ella Brightwater, who slept rough", "speaker named in same sentence"),
    (S2, "The Trust's next appeal will launch", "future date"),
    # S3 coffee
    (S3, "Week ending Friday 14 August 2026", "14 August 2026 is a Friday"),
    (S3, "Most of the move came on Thursday 13 August", "13 August 2026 is a Thursday; 21 of 46 cents is a subset"),
    (S3, "London robusta for November delivery", "$4,150/t = 188 US cents/lb (correct conversion)"),
    (S3, "Frost was reported on the night of 10-11 August", "dates within the week; 2027 crop"),
    (S3, "The Verdanza crop agency kept its forecast", "forecast 62m vs last season's 58.4m actual; range of estimates"),
    (S3, "Verdanza shipped 1.2 million bags in July", "1.2m x 60 kg = 72,000 t (correct)"),
    (S3, "Speculative funds added", "positioning figure, no conflict"),
    (S3, "Roaster demand remains steady", "named speaker with colon; 360 is a price level, not the 358 settlement"),
    (S3, "We expect prices to remain volatile", "forecast 340 vs actual 358"),
    (S3, "¹ Front-month settlement prices", "note exists for marker 1"),
    (S3, "² Based on positioning data", "note exists for marker 2"),
]


WEEKDAYS = [  # (date, weekday as written, should match)
    ("2026-03-15", "Sunday", True), ("2026-01-20", "Tuesday", True), ("2026-01-21", "Wednesday", True),
    ("2026-01-22", "Thursday", True), ("2026-01-24", "Friday", False), ("2026-01-25", "Sunday", True),
    ("2026-02-10", "Tuesday", True), ("2026-02-11", "Wednesday", True), ("2026-08-27", "Thursday", True),
    ("2026-04-14", "Tuesday", True), ("2026-08-14", "Friday", True), ("2026-08-13", "Thursday", True),
]


def main():
    import datetime
    for d, wd, ok in WEEKDAYS:
        assert (datetime.date.fromisoformat(d).strftime("%A") == wd) == ok, (d, wd)
    out = {"expected": [], "notes": [], "traps": []}
    flagged = set()
    for fid, rules, ats, what in EXPECTED:
        at = [[f, line_of(f, a)] for f, a in ats]
        assert len({tuple(x) for x in at}) == len(at), fid
        flagged.update(tuple(x) for x in at)
        out["expected"].append({"id": fid, "rules": rules, "at": at, "what": what})
    for nid, rules, ats, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in ats]
        flagged.update(tuple(x) for x in at)
        out["notes"].append({"id": nid, "rules": rules, "at": at, "what": what})
    seen = set()
    for f, a, why in TRAPS:
        ln = line_of(f, a)
        assert (f, ln) not in flagged, "trap line is also expected/note: %s:%d" % (f, ln)
        assert (f, ln) not in seen, "duplicate trap %s:%d" % (f, ln)
        seen.add((f, ln))
        out["traps"].append({"file": f, "line": ln, "what": why})
    out["must_not"] = out["traps"]
    assert len(out["expected"]) == 30, len(out["expected"])
    assert len(out["notes"]) == 8
    from collections import Counter
    c = Counter(r["rules"][0] for r in out["expected"])
    assert c == {NC: 14, AR: 4, DT: 4, QC: 3, UQ: 3, FG: 1, FN: 1}, c
    with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
    print("expected", len(out["expected"]), dict(c), "notes", len(out["notes"]), "traps", len(out["traps"]))


if __name__ == "__main__":
    main()
