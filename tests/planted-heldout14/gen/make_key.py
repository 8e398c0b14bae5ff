#!/usr/bin/env python3
"""Build ../key.json from unique text anchors (never typed line numbers)."""
import json, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

FILES = {}
for p in glob.glob(os.path.join(DOCS, "*", "*.txt")):
    b = os.path.basename(p)
    assert b not in FILES, "duplicate base name " + b
    FILES[b] = p

A1, A2, A3 = "a1_cw_wire_barge.txt", "a2_vessartal_courier.txt", "a3_freightlines_briefing.txt"
B1, B2, B3 = "b1_nrb_live.txt", "b2_daily_beacon.txt", "b3_radio_verane.txt"
C1, C2, C3 = "c1_ledger_feature.txt", "c2_meridian_wire.txt", "c3_strait_examiner.txt"
S1, S2, S3 = "s1_library_statistics.txt", "s2_elsden_airport_october.txt", "s3_cransford_audit_committee.txt"


def line_of(fname, anchor):
    with open(FILES[fname], encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (fname, anchor, hits)
    return hits[0]


def at(*pairs):
    return [[f, line_of(f, a)] for f, a in pairs]


NC, AR, DI = "numeric-conflict", "numeric-arithmetic", "date-inconsistency"
QC, UQ, FG, FN = "quote-conflict", "unattributed-quote", "footnote-gap", "footnote-no-notes"

expected = [
    # ---- numeric-conflict, across outlets (6)
    ("H1", [NC], at((A1, "carrying 2,800 tonnes of gravel"), (A3, "roughly 2,100 short tons"), (A2, "almost 3,000 tonnes")),
     "barge cargo: 2,800 tonnes (wire; regional 'almost 3,000 tonnes' agrees) vs roughly 2,100 short tons = ~1,900 t (trade newsletter)"),
    ("H2", [NC], at((A1, "around 25,000 passengers a day"), (A2, "nearly 16,000 travellers")),
     "daily users of the Haldern-Brenstadt line, per Nordbahn: around 25,000 passengers (wire) vs nearly 16,000 travellers (regional)"),
    ("H5", [NC], at((B1, "there were 31 pupils on board"), (B2, "the twenty-seven pupils"), (B3, "carrying 31 pupils")),
     "pupils on the bus: 31 (live page correction, radio) vs twenty-seven (tabloid)"),
    ("H6", [NC], at((B1, "slid about 40 metres"), (B2, "plunged 250ft"), (B3, "some 40 metres below")),
     "distance the bus went down the slope: about 40 m (live page, radio) vs 250ft = ~76 m (tabloid)"),
    ("H9", [NC], at((C2, "refloated 87 long-finned"), (C3, "some 110 whales"), (C1, "eighty-seven whales were refloated")),
     "whales refloated on Sunday: 87 (wire; feature 'eighty-seven') vs some 110 helped back into deeper water (regional)"),
    ("H10", [NC], at((C1, "More than six hundred volunteers"), (C2, "About 350 volunteers")),
     "volunteers over the weekend: more than six hundred (feature) vs about 350 (wire)"),
    # ---- numeric-conflict, within one document (8)
    ("H3", [NC], at((A2, "emergency fund of €250,000"), (A2, "€400,000 shuttle fund")),
     "Haldern council's emergency shuttle fund: €250,000 vs €400,000 in the same article"),
    ("H4", [NC], at((A3, "at least 30 barges waiting upstream"), (A3, "two dozen vessels stuck")),
     "barges held upstream of the bridge: at least 30 vs 'the two dozen vessels'"),
    ("H7", [NC], at((B2, "helped nine children climb out"), (B2, "seven pupils Emma pulled")),
     "children the teaching assistant got out of the bus: nine vs seven (both per the school)"),
    ("H8", [NC], at((B3, "which has 480 pupils"), (B3, "520-pupil school")),
     "school roll of the Collège des Trois-Pics: 480 pupils vs '520-pupil school'"),
    ("H11", [NC], at((C1, "two-kilometre stretch"), (C1, "nearly three miles of shoreline")),
     "extent of the stranding: two-kilometre stretch vs nearly three miles (~4.8 km) of shoreline"),
    ("H12", [NC], at((C3, "euthanised twenty"), (C3, "The 32 whales put down")),
     "whales euthanised by department vets: twenty vs 32"),
    ("H13", [NC], at((S2, "international traffic reached 84,300"), (S2, "The 91,000 international travellers")),
     "October international passengers: 84,300 vs 91,000"),
    ("H14", [NC], at((S3, "approved a budget of £8.6m"), (S3, "£7.9m budget agreed in 2024"), (S3, "forecast overspend of £1.6m")),
     "budget approved in 2024: £8.6m (overspend £1.6m follows from it) vs £7.9m (overspend 'almost 30 per cent' follows from it)"),
    # ---- numeric-arithmetic (4)
    ("H15", [AR], at((A1, "more than four times the 3.5 million")),
     "12m vs 3.5m is about 3.4 times, not 'more than four times'"),
    ("H16", [AR], at((C2, "mortality rate of about 70 per cent")),
     "145 of 232 is 62.5%, not about 70%"),
    ("H17", [AR], at((S1, "a decline of 18 per cent")),
     "4.1m -> 3.6m is a fall of about 12%, not 18%"),
    ("H18", [AR], at((S2, "an increase of 12 per cent")),
     "2,140 -> 2,310 aircraft movements is +7.9%, not 12%"),
    # ---- date-inconsistency (4)
    ("H19", [DI], at((A1, "collision happened at 03:50"), (A2, "at about 4.50am"), (A3, "around 0250 GMT")),
     "time of the strike: 03:50 local (wire; trade's 0250 GMT = 03:50 CET agrees) vs about 4.50am (regional)"),
    ("H20", [DI], at((B2, "(Wednesday, January 22)")),
     "22 January 2026 is a Thursday; the crash was on Wednesday 21 January"),
    ("H21", [DI], at((C2, "discovered at dawn on Saturday"), (C3, "found on Sunday morning"), (C1, "just after six on Saturday morning")),
     "day the whales were found: Saturday (wire, feature) vs Sunday morning (regional)"),
    ("H22", [DI], at((S3, "Thursday 14 October 2026")),
     "14 October 2026 is a Wednesday"),
    # ---- quote-conflict (3)
    ("H23", [QC], at((A1, "The pier has shifted"), (A2, "The pier has moved")),
     "Katrin Aalders quote: 'shifted' (wire) vs 'moved' (regional)"),
    ("H24", [QC], at((B1, "The bus was stopped by the trees"), (B1, "The bus was held by the trees")),
     "Col. Roue quoted twice on the live page: 'stopped by' vs 'held by' the trees"),
    ("H25", [QC], at((C1, "a small victory"), (C2, "a small win")),
     "Ailsa Fenwick quote: 'small victory' (feature) vs 'small win' (wire)"),
    # ---- unattributed-quote (3)
    ("H26", [UQ], at((A2, "Nobody is coming through here")),
     "full-sentence quote with no speaker; preceding paragraph is narrative"),
    ("H27", [UQ], at((B2, "It was like being on a sledge")),
     "full-sentence quote with no speaker; preceding paragraph is narrative"),
    ("H28", [UQ], at((C3, "You hold them and you feel them shaking")),
     "full-sentence quote with no speaker; preceding paragraph is narrative"),
    # ---- footnotes (2)
    ("H29", [FG], at((S1, "received 848,000.[5]"), (S1, "[5] Visits are counted")),
     "markers and notes run [1],[2],[3],[5],[6]: no [4]"),
    ("H30", [FN], at((S3, "some 20 months late.[1]"), (S3, "contingency reserve.[2]"), (S3, "terms of reference.[3]")),
     "note markers [1]-[3] but the summary has no notes section"),
]

notes = [
    ("N1", ["anonymous-source"], at((A1, "A person familiar with the salvage")), "person familiar with the salvage operation"),
    ("N2", ["vague-source"], at((A2, "Critics argue")), "critics argue"),
    ("N3", ["vague-source"], at((A3, "Industry analysts say")), "industry analysts say"),
    ("N4", ["anonymous-source"], at((B2, "A police source said")), "a police source"),
    ("N5", ["vague-source"], at((B3, "Experts say")), "experts say"),
    ("N6", ["vague-source"], at((C1, "scientists say")), "scientists say"),
    ("N7", ["anonymous-source"], at((C2, "A ranger who asked not to be named")), "ranger who asked not to be named"),
    ("N8", ["anonymous-source"], at((S3, "A council officer who asked not to be named")), "council officer who asked not to be named"),
]

T = [
    # a1 wire
    (A1, "HALDERN, March 17", "dateline; 17 March 2026 is a Tuesday, matches 'early on Tuesday'"),
    (A1, "Police initially reported two people hurt", "explicitly superseded injury count (two -> one); one of four crew, agrees with regional"),
    (A1, "120 of them passenger services and 60 freight", "120 + 60 = 180 trains a day; capacity/traffic, not passengers"),
    (A1, "by April 7, though she stressed", "target reopening date, not an outcome"),
    (A1, "towed to a quay 2 km downstream", "4 km suspended stretch = trade's 2.5 miles; 2 km is a different distance"),
    (A1, "[the barge]", "editorial insertion inside an attributed quote"),
    (A1, "was last struck in 2019", "different event (2019 strike, nine days closure)"),
    # a2 regional
    (A2, "Commuters face weeks of misery", "headline, no figures"),
    (A2, "Thousands of commuters face weeks", "hedge 'thousands' agrees with 16,000/25,000 either way"),
    (A2, "One of its four crew was taken", "one injured of four crew: agrees with wire"),
    (A2, "some 40 vehicles hired", "40 replacement coaches agrees with wire's 40 buses; journey times are a different quantity"),
    (A2, "We have asked three times", "quote attributed to the mayor in the same paragraph"),
    (A2, "strengthened in 2019 at a cost of €3.5m", "agrees with wire's 3.5 million euros; different year/subject from repair bill"),
    (A2, "A timber yard in Brenstadt", "narrative, no quote, no figures in conflict"),
    (A2, "repair bill at roughly €12m", "agrees with wire's 12 million euros and trade's €12 million; April 7 target agrees"),
    # a3 trade
    (A3, "Wednesday 18 March 2026", "18 March 2026 is a Wednesday"),
    (A3, "around 60 of them freight", "agrees with wire: 180 trains, 60 freight"),
    (A3, "said Lukas Demmer", "quote attributed in the same sentence"),
    (A3, "about 70 miles (113 km)", "conversions agree: 70 mi = 113 km, 14 km = 8.7 mi"),
    (A3, "about a third of the tonnage", "share of tonnage, different attribute"),
    (A3, "(about $13 million)", "currency conversion of the same €12m estimate"),
    (A3, "That is a target, not a promise", "colon-introduced quote with named speaker; target date"),
    (A3, "An earlier version of this briefing", "explicit correction (fourth -> third pier)"),
    (A3, "built in 2004", "vessel build year; no conflict"),
    # b1 live
    (B1, "Last updated 21 January 2026", "21 January 2026 is a Wednesday; page timestamp"),
    (B1, "at least six people are injured", "early running count on a live page, later rises"),
    (B1, "11 pupils have so far been taken", "running count, later 14"),
    (B1, "around -12C this morning", "-12C = tabloid's 10F; gritting time 05:10 = radio's 5.10am"),
    (B1, "has risen to 14", "final hospital count 14, three serious: agrees with tabloid and radio"),
    (B1, "Some 60 firefighters, 20 mountain rescue", "rescuers, different attribute; agrees with tabloid/radio"),
    (B1, "Headteacher Mireille Castagne:", "colon-introduced quote, named"),
    (B1, "until at least tomorrow morning", "closure forecast; agrees with radio's Thursday morning"),
    (B1, "Regional president Hélène Vasseur", "quote attributed in same paragraph"),
    # b2 tabloid
    (B2, "TERROR ON THE ICE", "headline"),
    (B2, "Fourteen youngsters were rushed", "14 in hospital, three serious: agrees with live page and radio"),
    (B2, "Carol, 61, said:", "colon-introduced quote with named speaker"),
    (B2, "braked on sheet ice", "narrative line before the unattributed quote; itself clean"),
    (B2, "The slope is steep and the snow is deep", "named speaker; 'more than two hours' agrees with 07:35 -> 09:50"),
    (B2, "10F (-12C)", "conversion agrees (-12C = 10.4F)"),
    (B2, "Around 60 firefighters and three helicopters", "agrees with live page"),
    (B2, "in contact with the local authorities", "scare-quote fragment attributed to the Foreign Office"),
    (B2, "Graham Pyle, said:", "colon-introduced quote, named"),
    # b3 radio
    (B3, "14 pupils in hospital", "headline count agrees with final live-page count"),
    (B3, "Fourteen pupils were taken to Vérane hospital", "agrees: 14 in hospital, three serious, driver 58"),
    (B3, "Around 60 firefighters were called out", "rescuers agree with live page"),
    (B3, "Psychologists will be here", "quote attributed in the same sentence"),
    (B3, "Jean-Marc Ollivier", "named parent; quote attributed"),
    (B3, "gritted at 5.10am", "agrees with live page 05:10; minus 12 agrees"),
    (B3, "runs 42 school routes", "operator's routes, different attribute"),
    (B3, "on 8 January a delivery van", "different event"),
    (B3, "until at least Thursday morning", "Wednesday report: Thursday = tomorrow, agrees with live page"),
    # c1 feature
    (C1, "more than two hundred pilot whales beached", "hedge agrees with 232"),
    (C1, "Then one of the rocks breathed", "quote attributed (Ellory says)"),
    (C1, "had forty rangers on the beach", "rangers, not volunteers: agrees with wire's 40"),
    (C1, "one hundred and forty-five animals", "145 dead; 87 + 145 = 232"),
    (C1, "Not while they’re still breathing", "attributed quote"),
    (C1, "ninety pilot whales stranded", "different event (2019), agrees with wire/regional"),
    (C1, "close to twenty feet long", "20 ft ~ 6 m and 'over two tonnes' agree with wire's 6 m / 2.5 t"),
    (C1, "who already know exactly what to do", "attributed quote, no figures"),
    # c2 wire
    (C2, "Rescuers refloat dozens of pilot whales", "headline hedge 'dozens' fits 87"),
    (C2, "shortly after 07:00 on Sunday", "refloating time, agrees with Sunday morning high tide"),
    (C2, "can grow to about 6 metres", "species facts, agree with feature"),
    (C2, "Peter Sallow said:", "colon-introduced quote, named"),
    (C2, "90 pilot whales strand in 2019", "different event"),
    (C2, "around 300 whale and dolphin strandings", "national yearly total, different subject"),
    (C2, "initially estimated the pod", "explicitly superseded estimate (more than 250 -> 232); scare quote"),
    # c3 regional
    (C3, "more than 230 pilot whales", "hedge agrees with 232"),
    (C3, "Among the 28 Halloran volunteers", "subset of volunteers (one town's group); quote attributed"),
    (C3, "People came from everywhere", "Fenwick quote, attributed, different remark"),
    (C3, "in water of about 14C", "narrative, no quote"),
    (C3, "harbourmaster lent two inflatable pontoons", "narrative line after the unattributed quote; itself clean"),
    (C3, "4,200 crowns", "money, different subject"),
    (C3, "since 2019, when 90 whales", "different event, agrees"),
    (C3, "I’d do it again tomorrow", "attributed quote"),
    # s1 library
    (S1, "Tuesday 12 May 2026", "12 May 2026 is a Tuesday"),
    (S1, "an average of about 4,700", "1.46m / 310 = 4,710; marker [1] has its note"),
    (S1, "reached 6.6 million, up slightly", "3.6 + 3.0 = 6.6; 4.1 + 2.4 = 6.5"),
    (S1, "or 37.5 per cent of the total", "1.35 / 3.6 = 37.5%"),
    (S1, "an increase of 25 per cent", "2.4m -> 3.0m is +25%; marker [3] has its note"),
    (S1, "more than double the 520,000", "1.1m > 2 x 520,000"),
    (S1, "missed by about 40,000", "target vs actual: 1.5m - 1.46m = 40,000"),
    (S1, "roughly 1,850 a weekend", "96,000 / 52 = 1,846; marker [6] has its note"),
    (S1, "about one in 13", "5.3m / 402,000 = 13.2"),
    (S1, "forecasts that electronic loans will overtake", "forecast, not an outcome"),
    (S1, "[1] Opening days", "note present for marker [1]"),
    (S1, "[2] Includes printed music", "note present for marker [2]; inter-library loans a different quantity"),
    (S1, "[3] An earlier edition", "explicitly superseded figure (2.9m -> 3.0m)"),
    (S1, "[6] Weekend figures", "note present for marker [6]"),
    # s2 airport
    (S2, "climb 13% in October", "headline agrees with 187,900 -> 212,400 (+13.0%)"),
    (S2, "Thursday 5 November 2026", "5 November 2026 is a Thursday"),
    (S2, "handled 212,400 passengers", "+13% correct; total = 128,100 + 84,300"),
    (S2, "load factor", "percentages of a different attribute"),
    (S2, "said chief executive Nadia Koberg", "attributed quote"),
    (S2, "full-year forecast of 2.4 million", "forecast vs year-to-date actual"),
    (S2, "down 4 per cent from 1,167", "1,167 -> 1,120 = -4.0%"),
    (S2, "Friday 23 October", "23 October 2026 is a Friday; 212,400/31 = 6,852; 8,950/6,850 = 1.31"),
    (S2, "about 45 per cent of the total", "96,000 / 212,400 = 45.2%"),
    (S2, "Tomasz Wendel said", "quote attributed in same paragraph"),
    (S2, "86 per cent of departures", "punctuality, different attribute"),
    (S2, "serves 17 destinations", "boilerplate, no conflict"),
    # s3 audit
    (S3, "\"weak oversight\"", "headline scare quotes"),
    (S3, "Thursday 19 November 2026", "19 November 2026 is a Thursday"),
    (S3, "Monday 3 November 2025", "3 November 2025 is a Monday"),
    (S3, "Friday 23 January 2026", "23 January 2026 is a Friday; 3 Nov -> 23 Jan is ~11.6 weeks"),
    (S3, "11 of which related to asbestos", "subset of the 37 change orders"),
    (S3, "Councillor Priya Delacourt said:", "colon-introduced named quote; closed June 2024 -> more than two years"),
    (S3, "roughly 1,120 a day", "410,000 / 365 = 1,123"),
    (S3, "Councillor Owen Tarrant", "named speaker; 'firm assurances' scare quote"),
    (S3, "lessons-learned review", "future meeting, no conflict"),
]

exp_lines = {(f, l) for _, _, a, _ in expected for f, l in a}
note_lines = {(f, l) for _, _, a, _ in notes for f, l in a}
traps = []
for f, anchor, why in T:
    l = line_of(f, anchor)
    assert (f, l) not in exp_lines, ("trap is expected line", f, anchor)
    assert (f, l) not in note_lines, ("trap is note line", f, anchor)
    traps.append({"file": f, "line": l, "what": why})
assert len({(t["file"], t["line"]) for t in traps}) == len(traps), "duplicate trap lines"
assert len(expected) == 30, len(expected)

key = {
    "expected": [{"id": i, "rules": r, "at": a, "what": w} for i, r, a, w in expected],
    "notes": [{"id": i, "rules": r, "at": a, "what": w} for i, r, a, w in notes],
    "traps": traps,
    "must_not": traps,
}
with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as fh:
    json.dump(key, fh, ensure_ascii=False, indent=1)
from collections import Counter
print("expected", len(expected), dict(Counter(r[0] for _, r, _, _ in expected)))
print("notes", len(notes), "traps", len(traps))
