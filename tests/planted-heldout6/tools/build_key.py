#!/usr/bin/env python3
"""Builds key.json by locating each planted line via a unique substring (avoids hand-counted line numbers)."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
files = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith(".txt"):
            assert f not in files, "duplicate base name " + f
            files[f] = open(os.path.join(d, f), encoding="utf-8").read().split("\n")

def L(f, sub):
    hits = [i + 1 for i, line in enumerate(files[f]) if sub in line]
    if len(hits) != 1:
        sys.exit(f"substring not unique/found in {f}: {sub!r} -> {hits}")
    return hits[0]

W, C, T = "refinery_wire.txt", "refinery_courier.txt", "refinery_trade.txt"
QW, QS, QB = "quake_wire.txt", "quake_broadsheet.txt", "quake_broadcast.txt"
BF, BT, BC = "merriton_financial.txt", "merriton_techsite.txt", "merriton_consumer.txt"
DAM, TCH, TUN = "greywater_dam_inspection.txt", "coldwater_teachers_deal.txt", "halvorsund_tunnel.txt"

E = [
 # ---- numeric conflicts: across articles of one cluster ----
 ("H1", "numeric-conflict", [(W, "Police evacuated 2,300 residents"), (C, "about 3,200 people were evacuated")],
  "residents evacuated overnight: 2,300 (wire) vs about 3,200 (Courier); same night, same order (cross-article)"),
 ("H2", "numeric-conflict", [(W, "within 1.5 kilometres of the plant"), (C, "within three miles of the plant")],
  "evacuation radius: 1.5 km (wire) vs three miles = 4.8 km (Courier); different units that genuinely disagree, number word on one side"),
 ("H5", "numeric-conflict", [(QW, "23 people had been confirmed dead"), (QS, "confirmed 32 deaths")],
  "confirmed deaths as of Friday morning: 23 (AP-style) vs 32 (broadsheet)"),
 ("H6", "numeric-conflict", [(QW, "about 12 kilometers (7 miles) northeast"), (QB, "about 20 miles (32km) north-east")],
  "epicentre distance from Castel Ardo per USGS: 12 km (7 mi) vs 20 miles (32 km); units differ and disagree"),
 ("H13", "numeric-conflict", [(QW, "recorded 46 aftershocks by Thursday evening"), (QB, "64 aftershocks had been recorded by Thursday evening")],
  "aftershocks recorded by the institute by Thursday evening: 46 vs 64"),
 ("H9", "numeric-conflict", [(BF, "About 4.2mn of the bank's 6.5mn"), (BT, "as many as 2.4 million people")],
  "customers locked out: about 4.2mn (financial daily) vs 'as many as' 2.4 million (tech site); the upper bound is below the other figure"),
 ("H12", "numeric-conflict", [(BF, "has set aside £18mn to compensate"), (BC, "set aside £8m for compensation")],
  "compensation provision: £18mn (financial daily) vs £8m (consumer site); subject named as 'the bank'"),
 # ---- numeric conflicts: inside one article ----
 ("H3", "numeric-conflict", [(C, "More than four hundred of the evacuees"), (C, "the 250 people who had slept at the two shelters")],
  "people who slept in the two shelters: 'more than four hundred' (words) vs 250 further down"),
 ("H4", "numeric-conflict", [(T, "shut the 110,000 b/d No. 2 crude"), (T, "Loss of the 90,000 b/d unit")],
  "capacity of the damaged No. 2 crude unit: 110,000 b/d in lede vs 90,000 b/d later ('the unit')"),
 ("H7", "numeric-conflict", [(QS, "forced about 4,000 people from their homes"), (QS, "Of the 6,500 people forced from their homes")],
  "people forced from their homes: about 4,000 in lede vs 6,500 later"),
 ("H8", "numeric-conflict", [(QB, "pulled nine people alive from the rubble"), (QB, "the 14 survivors pulled from collapsed buildings")],
  "people pulled alive from rubble: nine (word) vs 14"),
 ("H10", "numeric-conflict", [(BT, "pushed to 38 database nodes"), (BT, "rolled back all 52 nodes")],
  "database nodes that received the faulty release: 38 vs 'all 52' rolled back"),
 ("H11", "numeric-conflict", [(DAM, "is designed to pass 1,250 cubic metres per second"), (DAM, "design discharge of 950 cubic metres per second")],
  "spillway design discharge: 1,250 m3/s vs 950 m3/s in the same report"),
 ("H14", "numeric-conflict", [(TCH, "kept 31,000 students out of class"), (TCH, "All 27,000 students in the district")],
  "students in the district kept out / returning: 31,000 in lede vs 27,000 at end"),
 # ---- arithmetic ----
 ("A1", "numeric-arithmetic", [(T, "a jump of 35pc")], "$14.20 -> $17.90 is +26%, not 35pc"),
 ("A2", "numeric-arithmetic", [(QS, "85 of them, or 24%")], "85 of 600 is 14%, not 24%"),
 ("A3", "numeric-arithmetic", [(TCH, "1,940 voted in favour, or 89 per cent")], "1,940 of 2,310 ballots is 84%, not 89%"),
 ("A4", "numeric-arithmetic", [(TUN, "or 36 per cent of the drive")], "1,150 m of 4.8 km is 24%, not 36%"),
 # ---- dates / times ----
 ("D1", "date-inconsistency", [(W, "at 9:40 p.m. (2140 GMT) on Tuesday"), (C, "The blast happened at 21:40"), (T, "shortly after 11pm local time on 4 March")],
  "time of refinery explosion: 9:40 p.m. / 21:40 (wire, Courier) vs shortly after 11pm (trade)"),
 ("D2", "date-inconsistency", [(QB, "early hours of Wednesday 16 October")], "16 October 2025 was a Thursday (all other copy says Thursday)"),
 ("D3", "date-inconsistency", [(QW, "at 3:17 a.m. Thursday"), (QS, "struck shortly before 2am on Thursday")],
  "time of the main shock: 3:17 a.m. vs shortly before 2am"),
 ("D4", "date-inconsistency", [(BF, "The disruption began at about 7am"), (BC, "from shortly after 10am on Monday 2 June")],
  "start of the outage: about 7am (financial daily; also implied by 'more than nine hours' to 4.31pm) vs shortly after 10am"),
 # ---- attribution / citation ----
 ("U1", "unattributed-quote", [(C, "It shook the windows three streets away")], "resident quote, no speaker in the paragraph or neighbours"),
 ("U2", "unattributed-quote", [(QB, "There is nothing left of the old quarter")], "stand-alone quote, neighbours name no speaker"),
 ("U3", "unattributed-quote", [(TCH, "It was never about the money")], "stand-alone quote between fact paragraphs with no person named"),
 ("Q1", "quote-conflict", [(W, "We will not restart until every line has been inspected"), (C, "We are not restarting anything until every single line")],
  "Lindqvist's remark quoted with different words (Courier quote's speaker is 'she' = Lindqvist, previous paragraph)"),
 ("Q2", "quote-conflict", [(QW, "We are counting the dead street by street"), (QS, "We are counting our dead house by house")],
  "Mayor Ferrante's remark: 'street by street' vs 'house by house'"),
 ("Q3", "quote-conflict", [(BF, "This should not have happened, and I am sorry"), (BT, "This should never have happened, and I'm sorry")],
  "Carrow's statement quoted in two different wordings"),
 ("F1", "footnote-gap", [(DAM, "work that began last autumn.[5]"), (DAM, "4. The probable maximum flood estimate")],
  "markers run [1],[2],[3],[5]: [4] never cited though note 4 exists"),
 ("F2", "footnote-no-notes", [(TUN, "site investigation suggested.[1]"), (TUN, "every two hours.[2]"), (TUN, "end of that year.[3]")],
  "markers [1]-[3] with no notes section"),
]
N = [
 ("N1", "anonymous-source", [(W, "according to a person familiar with the matter")], "unnamed person familiar"),
 ("N2", "vague-source", [(T, "Market participants expect")], "'market participants'"),
 ("N3", "anonymous-source", [(QW, "regional official who asked not to be named")], "unnamed official"),
 ("N4", "vague-source", [(QS, "Seismologists have warned for years")], "unnamed seismologists"),
 ("N5", "anonymous-source", [(BF, "One person briefed on the bank's internal review")], "unnamed person briefed"),
 ("N6", "vague-source", [(BT, "People who track banking outages for a living reckon")], "unnamed trackers"),
 ("N7", "anonymous-source", [(TCH, "spoke on condition of anonymity")], "anonymous negotiator"),
]
TR = [
 # refinery wire
 (W, "kills two, forces overnight evacuation", "headline deaths 'two' agree with every outlet"),
 (W, "brought under control at about 11:30 a.m.", "'nearly 14 hours' is consistent with 21:40 -> 11:30; trade's 'late morning' agrees"),
 (W, "The fire is out, but the site is not safe yet", "quote attributed in the same paragraph (Okafor said); trade paraphrase agrees"),
 (W, "Four of the injured were in serious condition", "4 serious + 7 released = 11 injured; injuries are a different attribute from deaths"),
 (W, "The 185,000 barrel-per-day refinery", "refinery capacity 185,000 = trade's 185,000 b/d (not the crude unit); 'about 1,400' employees vs Courier 'roughly 1,380' is a hedged agreement"),
 (W, "one of two at the site", "'one of two' crude units agrees with trade (No. 1 and No. 2)"),
 (W, "Norhaven shares closed down 3.1%", "share price and futures: different quantities"),
 (W, "had budgeted $240 million", "budget this year vs spending last year (different periods); $240 million = trade's $240mn"),
 (W, "fined the refinery $1.2 million in 2022", "2022 leak injured three: different period from this week's 11 injured; $1.2 million = $1.2mn"),
 # refinery courier
 (C, "hundreds spend night in shelters", "'hundreds' fits both shelter figures; no exact figure"),
 (C, "Wednesday, March 5, 2025", "March 5, 2025 was a Wednesday"),
 (C, "Two contractors were killed and eleven other workers hurt", "two deaths / eleven injured agree with wire's 2 and 11 (number words)"),
 (C, "felt as far away as Harrow Point, eight miles", "distance at which blast was felt, not the evacuation radius"),
 (C, "has roughly 1,380 workers on its payroll", "hedged agreement with wire's 'about 1,400'; \"the candle\" is a nickname in quotes, not a quotation"),
 (C, "The two men who died worked for Halden", "two deaths agree with lede"),
 (C, "Saltmarsh resident Dolores Finch", "quote attributed in same paragraph; 'forty-one years' is unrelated"),
 (C, "City council member Andre Whitlock", "budget $75,000 vs spent $18,000: different attributes"),
 (C, "last major evacuation came in 2016", "2016 evacuation of 5,000: different period from this week's evacuation"),
 # refinery trade
 (T, "Fire chief Daniel Okafor said the fire had been put out by late morning", "paraphrase of Okafor's quote, agrees; deaths 'two'; 'late morning' = 11:30 a.m."),
 (T, "the 75,000 b/d No. 1 CDU", "other crude unit and FCC: different subjects; 75,000 + 110,000 = 185,000"),
 (T, "Kestrel Bay ran at 168,000 b/d in January", "actual runs in January (this year vs last year), not capacity"),
 (T, "\"cooperating fully\"", "quoted phrase attributed to Norhaven's statement; 120 repair contractors hired is a different attribute from 1,400 employed"),
 (T, "has spent about $95mn of its $240mn", "spent so far vs annual budget; $240mn agrees with wire"),
 (T, "Marsh said at the time that the September turnaround", "planned turnaround length, speaker named"),
 (T, "A hydrogen leak in 2022 led to a $1.2mn fine", "same fine as wire's $1.2 million"),
 # quake wire
 (QW, "The toll had stood at 17 on Thursday afternoon", "earlier toll before the update (Thursday vs Friday morning)"),
 (QW, "measured the quake at magnitude 6.1", "magnitude 6.1 agrees with broadcaster"),
 (QW, "a magnitude 4.6 tremor at 11:05 a.m.", "aftershock magnitude (different subject from main shock); 11:05 agrees with 'just after 11am'"),
 (QW, "50 million euros ($58 million)", "currency conversion consistent; = €50m elsewhere; 300 soldiers agrees"),
 (QW, "\"within weeks, not months,\"", "quoted phrase attributed to Vell in the same sentence"),
 (QW, "in 1976, had a magnitude of 6.4 and killed 212", "1976 quake: different event/period"),
 (QW, "about 90 kilometers (56 miles) from the coast", "consistent conversion; agrees with broadsheet's coast 90km away; population 90,000 agrees"),
 (QW, "Castel Ardo Mayor Lucia Ferrante walked", "names the speaker of the next paragraph's quote"),
 # quake broadsheet
 (QS, "Fri 17 Oct 2025 09.40 BST", "17 October 2025 was a Friday; publication time, not event time"),
 (QS, "felt as far away as the coast, 90km to the south", "distance at which shaking was felt, not epicentre distance"),
 (QS, "Some 140 people were injured, 19 of them critically", "injuries (not deaths); agrees with AP's 140 and 19"),
 (QS, "A strong aftershock just after 11am on Thursday", "agrees with 11:05 a.m."),
 (QS, "of which €12m - almost a quarter", "paid out so far vs released total; 12/50 = 24% = almost a quarter"),
 (QS, "These are walls of river stone", "speaker (Bellandi) named in the previous paragraph"),
 (QS, "The 1976 quake killed 212 people and left 30,000 homeless", "1976: different period from current deaths/displaced"),
 (QS, "'Safe Homes' retrofit programme", "programme title in quotes; 1,100 of 9,000 at-risk buildings is a different subject from 600 inspected"),
 (QS, "Father Emilio Ruggeri", "quote attributed in same paragraph; 37 children is a different count"),
 # quake broadcaster
 (QB, "killing at least 17 people and injuring dozens", "Thursday figure, hedged, consistent with later 23"),
 (QB, "at a depth of about six miles", "depth 6 miles = 10 km agrees with AP; depth is not epicentre distance"),
 (QB, "Specialist search teams from three neighbouring countries", "count of countries, unrelated"),
 (QB, "Dr Anna Kovac, a seismologist", "quote attributed in same paragraph"),
 (QB, "€50m (£43m)", "conversion consistent; 300 soldiers agrees with AP"),
 (QB, "remain closed until at least Monday", "'until at least Monday' is compatible with AP's 'a third closed through next week'"),
 (QB, "home to about 90,000 people, was last hit", "1976 deaths: different period; population agrees"),
 # bank financial
 (BF, "June 3 2025", "publication date"),
 (BF, "about 3 per cent of card transactions were declined", "card declines: different attribute from login failures"),
 (BF, "\"monitoring the situation closely.\"", "quote attributed to the FCA in the same sentence"),
 (BF, "Merriton cut about 900 technology roles in 2024", "jobs cut (2024) vs 200 to hire: different attributes; agrees with tech site's ~900 last year"),
 (BF, "would spend £400mn on technology this year", "annual budget vs earmarked subset £150mn"),
 (BF, "A three-hour outage in March 2023", "2023 outage duration and £4.6mn compensation: different period"),
 (BF, "Shares in Merriton fell 1.8 per cent", "share price vs index: different subjects"),
 (BF, "\"digital-first\"", "scare quotes attributed ('what she calls'); analysts named (Hollis & Grant)"),
 # bank tech
 (BT, "faceplants for nine hours", "nine hours agrees with 'more than nine hours' / 570 minutes"),
 (BT, "Tue 3 Jun 2025 // 11:02 UTC", "3 June 2025 was a Tuesday; publication time"),
 (BT, "ran for about 570 minutes", "570 minutes = 9.5 hours, agrees with 'more than nine hours'"),
 (BT, "processes around 11 million payment instructions", "payment instructions, not customers"),
 (BT, "described the problem as \"intermittent\"", "word quoted from status page (attributed); 'three hours' unrelated to 2023 outage"),
 (BT, "Merriton axed around 900 tech roles last year", "agrees with 900 roles cut in 2024"),
 (BT, "\"Project Keystone\"", "review title in quotes"),
 (BT, "Bexley Building Society suffered a 14-hour outage", "different lender and period"),
 # bank consumer
 (BC, "Updated 3 June 2025", "publication date"),
 (BC, "has apologised and said the outage should never have happened", "paraphrase, agrees with both quotations"),
 (BC, "more than 60,000 complaints", "hedged agreement with 62,000; 62,000 x £30 = £1.86m is correct"),
 (BC, "1. Check your statements", "numbered list item, not a footnote"),
 (BC, "2. Contact Merriton through the app", "numbered list item; 2 June consistent"),
 (BC, "3. Keep screenshots", "numbered list item"),
 (BC, "Reena Shah, our consumer rights editor", "quote attributed in same paragraph"),
 (BC, "The bank has eight weeks to deal", "eight weeks is a deadline, not the £8m provision"),
 (BC, "upheld 37% of banking complaints", "last year vs year before: different periods"),
 (BC, "\"case by case\"", "phrase attributed to Merriton"),
 # dam
 (DAM, "Published 2 April 2025", "2 April 2025 was a Wednesday ('said on Wednesday')"),
 (DAM, "the 62-metre (203 ft)", "62 m = 203 ft, consistent conversion"),
 (DAM, "carried out on Tuesday 11 March and Wednesday 12 March 2025", "weekdays correct; [1] is first in sequence; quote attributed to Dr Abara"),
 (DAM, "roughly 12.7 billion US gallons", "48 million m3 = 12.7 billion US gallons"),
 (DAM, "probable maximum flood would now bring an inflow", "flood inflow (2,100 m3/s) is a different attribute from spillway capacity"),
 (DAM, "an increase of 40%.[3]", "10 -> 14 l/s is +40% (correct); 2024 vs 2020 different periods; [3] in sequence"),
 (DAM, "The authority's chief executive, Graham Toller", "quoted phrase attributed"),
 (DAM, "These are the kinds of recommendations", "speaker named in previous paragraph and 'he said'"),
 (DAM, "drawn down by up to four metres", "drawdown and % full: different attributes"),
 (DAM, "\"Greywater Dam: Periodic Review 2020\"", "report title in quotes"),
 (DAM, "1. Inspections under Section 10", "note 1; statute section number is not a footnote"),
 (DAM, "Section 4.2, \"Spillway capacity\"", "section title in quotes"),
 # teachers
 (TCH, "ending 11-day strike", "headline agrees with lede"),
 (TCH, "The strike began on Monday, Nov. 3", "Nov 3 2025 Monday, Nov 13 Thursday; 3-13 Nov = 11 days"),
 (TCH, "raises of 4 per cent in the first year", "new deal vs 2022 contract: different periods"),
 (TCH, "$52,400 to $54,496", "correct 4% rise"),
 (TCH, "caps classes at 24 students", "class-size caps and 45 specialist teachers: different quantities"),
 (TCH, "About 1,100 education assistants", "different group (assistants, separate union)"),
 (TCH, "\"made real gains\"", "phrase attributed to Whitcombe"),
 (TCH, "We did not want to be out for eleven days", "'eleven days' agrees with 11-day; attributed"),
 (TCH, "Our students have lost two weeks of learning", "attributed to Oduya; two weeks ~ 11 days"),
 (TCH, "The board estimates the deal will cost $27 million", "June forecast vs updated figure on Monday; cost vs savings: different attributes"),
 # tunnel
 (TUN, "passes the one-kilometre mark", "1,150 m is past one kilometre"),
 (TUN, "Over 82 working days, Margit has averaged 14 metres", "82 x 14 = 1,148 m ~ 1,150 m; average vs best day"),
 (TUN, "The three-mile tunnel", "three miles = 4.8 km, agrees"),
 (TUN, "\"the coffin\"", "nickname in scare quotes"),
 (TUN, "Project director Sigrid Aalto said", "quotes attributed"),
 (TUN, "employs 240 people on the project", "employees vs apprentices; spent £118m vs £312m budget"),
 (TUN, "five-month delay", "Aug 2026 -> Jan 2027 is five months; quote attributed"),
 (TUN, "3,200 concrete rings", "unrelated count"),
]
key = {"expected": [], "notes": [], "traps": [], "must_not": []}
for i, r, at, w in E:
    key["expected"].append({"id": i, "rules": [r], "at": [[f, L(f, s)] for f, s in at], "what": w})
for i, r, at, w in N:
    key["notes"].append({"id": i, "rules": [r], "at": [[f, L(f, s)] for f, s in at], "what": w})
bad = {(f, l) for e in key["expected"] + key["notes"] for f, l in e["at"]}
seen = set()
for f, s, w in TR:
    l = L(f, s)
    if (f, l) in bad: sys.exit(f"trap on a finding line: {f}:{l} {s}")
    if (f, l) in seen: sys.exit(f"duplicate trap line {f}:{l}")
    seen.add((f, l))
    key["traps"].append({"file": f, "line": l, "what": w})
    key["must_not"].append([f, l, w])
json.dump(key, open(os.path.join(ROOT, "key.json"), "w"), indent=1, ensure_ascii=False)
from collections import Counter
print(Counter(r for e in key["expected"] for r in e["rules"]), Counter(r for e in key["notes"] for r in e["rules"]), "traps", len(key["traps"]))
