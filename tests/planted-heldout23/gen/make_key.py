#!/usr/bin/env python3
"""Build key.json for heldout23 from unique substring anchors.

Every location is given as (file, anchor): the anchor must occur on exactly one line of the
file (asserted), and that line's 1-based number goes into the key. Trap lines must not be
expected or note lines (asserted). Run from anywhere: python3 gen/make_key.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

# --- locate files (base names are unique across the set) -------------------------------
FILES = {}
for dirpath, _, names in os.walk(DOCS):
    for n in names:
        assert n not in FILES, f'duplicate base name {n}'
        FILES[n] = os.path.join(dirpath, n)

_lines = {}
def lines(f):
    if f not in _lines:
        with open(FILES[f], encoding='utf-8') as fh:
            _lines[f] = fh.read().split('\n')
    return _lines[f]

def line_of(f, anchor):
    hits = [i + 1 for i, l in enumerate(lines(f)) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, C, L = 'floe_wire.txt', 'floe_clarion.txt', 'floe_radio_live.txt'
CO, EH, BN = 'outage_courier.txt', 'outage_ehealth.txt', 'outage_bns_live.txt'
SE, BF, AP = 'stand_sentinel.txt', 'stand_brindlefm.txt', 'stand_apa_wire.txt'
HB, VM, CP = 'honeybee_bulletin.txt', 'velomark_results.txt', 'cemetery_paper.txt'
NC, AR, DI = ['numeric-conflict'], ['numeric-arithmetic'], ['date-inconsistency']
QC, UQ = ['quote-conflict'], ['unattributed-quote']

EXPECTED = [
    # ---- numeric-conflict across outlets of one cluster (6) ----
    ('H1', NC, [(W, 'drifted about 600 metres out'), (C, 'drifted nearly a mile (1.6km)')],
     'ice-floe drift distance: about 600 m (wire) vs nearly a mile (1.6 km) (tabloid)'),
    ('H2', NC, [(W, 'Three anglers were taken to Brennick District Hospital'),
                (L, 'Five people were taken to Brennick District Hospital')],
     'anglers taken to hospital: three (wire) vs five (radio live page, 16:20)'),
    ('H4', NC, [(CO, 'records system crashes for 31 hours'), (CO, 'pen and paper for 31 hours'),
                (EH, 'ran on paper for nearly 40 hours')],
     'length of the Corrowden records outage: 31 hours (Courier headline and lede) vs nearly 40 hours (trade newsletter)'),
    ('H5', NC, [(CO, '74 ambulances were diverted'), (EH, 'Some 47 ambulances were diverted')],
     'ambulances diverted during the outage: 74 (Courier) vs some 47 (trade newsletter)'),
    ('H8', NC, [(SE, 'Some 4,300 supporters were moved out'), (BF, 'About 3,400 fans had to leave')],
     'fans evacuated from the East Stand: some 4,300 (Sentinel) vs about 3,400 (Brindle FM)'),
    ('H9', NC, [(SE, 'almost 12 feet (3.7m)'), (AP, 'The crack was about 2.4 metres long')],
     'length of the crack: almost 12 ft (3.7 m) (Sentinel) vs about 2.4 m (APA wire)'),
    # ---- numeric-conflict within one document (8) ----
    ('H3', NC, [(C, 'Two helicopters, four airboats'), (C, 'All three choppers were scrambled')],
     'helicopters in the rescue: two vs "all three choppers" (tabloid, same article)'),
    ('H6', NC, [(CO, 'A total of 1,450 outpatient appointments'), (CO, 'The 1,540 cancelled appointments')],
     'cancelled outpatient appointments: 1,450 vs 1,540 (Courier, same article)'),
    ('H7', NC, [(EH, 'The failure took down 19 clinical systems'), (EH, 'all 17 affected systems had been restored')],
     'clinical systems affected: 19 vs 17 (trade newsletter, same article)'),
    ('H10', NC, [(SE, 'holds 5,200 people'), (SE, "stand’s 6,500 seats")],
     'East Stand capacity: holds 5,200 vs its 6,500 seats (Sentinel, same article)'),
    ('H11', NC, [(BF, 'Nine people were treated by paramedics'), (BF, 'eleven fans needed treatment')],
     'people treated by paramedics: nine vs eleven (Brindle FM, same report)'),
    ('H12', NC, [(HB, 'where 24.0% of colonies were lost'), (HB, 'North: 8,900 colonies')],
     'North region winter loss rate: 24.0% in the main points vs 22.0% in Table 1 (and 1,960/8,900 = 22.0%)'),
    ('H13', NC, [(VM, 'Bicycles sold: 286,000 units'), (VM, 'The company sold 268,000 bicycles')],
     'bicycles sold in 2025: 286,000 (highlights) vs 268,000 (trading section)'),
    ('H14', NC, [(CP, 'Northgate cemetery has 1,150 unused grave spaces'), (CP, 'the remaining 1,510 plots at Northgate')],
     'unused grave spaces at Northgate: 1,150 vs 1,510 (committee paper)'),
    # ---- numeric-arithmetic (4) ----
    ('H15', AR, [(EH, 'rose to 96 minutes on 10 March from 41 minutes')],
     'handover time 41 -> 96 minutes is +134%, not "an increase of 85%"'),
    ('H16', AR, [(SE, 'The club sold 2,900 season tickets this year')],
     '1,100 of 2,900 season tickets is 38%, not "more than half of the total"'),
    ('H17', AR, [(HB, 'The national register held 9,870 beekeepers')],
     'register 9,120 -> 9,870 is +8.2%, not "an increase of 12.4%"'),
    ('H18', AR, [(VM, 'Operating profit rose 18% to')],
     'operating profit £34.1m -> £38.2m is +12.0%, not "rose 18%"'),
    # ---- date-inconsistency (4) ----
    ('H19', DI, [(C, 'on Friday, February 7'), (C, 'NEARLY forty terrified anglers'),
                 (W, 'eastern shore of Lake Skarrow on Saturday')],
     '7 February 2026 is a Saturday, not a Friday (tabloid; its own "yesterday" in a Sunday 8 February paper and the wire say Saturday)'),
    ('H20', DI, [(CO, 'installed at 2.15am on Tuesday'), (EH, 'production servers at 03:15')],
     'time the faulty update was installed: 2.15am (Courier) vs 03:15 (trade newsletter)'),
    ('H21', DI, [(SE, 'Ostley Rovers on Sunday 19 April'), (AP, 'on Saturday, April 18'),
                 (BF, 'East Stand at Kestrel Park yesterday afternoon')],
     'day of the evacuation: Sunday 19 April (Sentinel) vs Saturday 18 April (APA wire; Brindle FM "yesterday" in its 19 April bulletin)'),
    ('H22', DI, [(CP, 'Tuesday 3 June 2026')],
     '3 June 2026 is a Wednesday, not a Tuesday (committee paper site visit)'),
    # ---- quote-conflict (3) ----
    ('H23', QC, [(W, '"The ice looked solid,'), (C, '“The ice looked thick,')],
     'Marit Elvenes: "The ice looked solid, but..." (wire) vs "The ice looked thick, but..." (tabloid)'),
    ('H24', QC, [(CO, 'put patients at risk again'), (BN, 'put patients in danger again')],
     'Ruth Okafor-Hale: "put patients at risk again" (Courier) vs "put patients in danger again" (BNS live)'),
    ('H25', QC, [(AP, '"The crack had grown visibly'), (BF, 'widened visibly in the space of a few minutes')],
     'Graham Tully: the crack "had grown visibly" (APA wire) vs "widened visibly" (Brindle FM)'),
    # ---- unattributed-quote (3) ----
    ('H26', UQ, [(L, '11:52 - “We heard a crack like a gunshot')],
     'quote of someone on the floe with no speaker in the update or those around it'),
    ('H27', UQ, [(CO, '“Nobody could find my notes')],
     'a patient\'s words in a paragraph of their own, no speaker named nearby'),
    ('H28', UQ, [(SE, '“We walked down the steps in silence')],
     'a supporter\'s words in a paragraph of their own, no speaker named nearby'),
    # ---- footnotes (2) ----
    ('H29', ['footnote-gap'], [(HB, 'a gap the Office attributes largely to varroa treatment.[3]'),
                                (HB, 'have not been checked by inspectors.[5]'),
                                (HB, '[3] Size bands are based'), (HB, '[5] Verification visits')],
     'footnote 4 is missing: markers and notes go 1, 2, 3, 5, 6'),
    ('H30', ['footnote-no-notes'], [(CP, 'buying land at Coldwell Farm.[1]'), (CP, 'pre-purchased rights.[2]'),
                                     (CP, 'a further £0.9m are complete.[3]'), (CP, 'capital programme for 2026 to 2029.[4]')],
     'markers [1]-[4] and no notes section in the committee paper'),
]

NOTES = [
    ('N1', ['anonymous-source'], [(W, 'An official at the rescue centre, who asked not to be named')],
     'an official who asked not to be named'),
    ('N2', ['vague-source'], [(C, 'Experts say a mild spell')], '"Experts say"'),
    ('N3', ['anonymous-source'], [(CO, 'A senior nurse, who asked not to be named')],
     'a senior nurse who asked not to be named'),
    ('N4', ['vague-source'], [(EH, 'Analysts say the case')], '"Analysts say"'),
    ('N5', ['vague-source'], [(BN, 'Critics argue the trust')], '"Critics argue"'),
    ('N6', ['anonymous-source'], [(SE, 'A person familiar with the engineers')],
     '"a person familiar with the engineers\' preliminary findings"'),
    ('N7', ['vague-source'], [(AP, 'Safety experts say')], '"Safety experts say"'),
    ('N8', ['vague-source'], [(CP, 'Critics of the proposal say')], '"Critics of the proposal say"'),
]

TRAPS = [
    # ---- floe_wire.txt ----
    (W, 'Dozens of anglers rescued', '"Dozens" is not a figure and agrees with 38'),
    (W, 'Published: 7 February 2026, 19:42', 'dateline; 19:42 is the publication time, not an event time'),
    (W, 'All 38 were back on shore by 15:50', '38 agrees with every outlet; 10:40 -> 15:50 is "a little over five hours"; two fell in (same in the tabloid)'),
    (W, 'more than a kilometre of moving ice', 'quote attributed by "she said" (Elvenes, previous paragraph); more than 1 km agrees with the 1.2 km floe'),
    (W, 'The operation involved about 60 rescuers', 'about 60 rescuers, four airboats, Kelm 40 km: agree with the tabloid (sixty; 25 miles = 40 km)'),
    (W, 'minus 11 degrees Celsius at midday', '-11 C agrees with the tabloid (-11C = 12F); the week\'s highs of 2 degrees are another attribute'),
    (W, 'Ice in the eastern bay was measured at 24 cm', 'measured thickness vs recommended minimums (10 cm, 20 cm): different attributes; 24 cm agrees with radio'),
    (W, 'Last winter, 11 people were rescued', 'last winter\'s total, not this rescue; agrees with the tabloid\'s eleven'),
    (W, 'about 3,000 anglers on a fine weekend', 'typical weekend visitors, a different subject from the 38 stranded'),
    (W, 'closed the lake to all ice traffic on Saturday evening', 'Saturday is 7 February: correct day'),
    # ---- floe_clarion.txt ----
    (C, 'ICE DRIFT TERROR: 38 ANGLERS', 'headline 38 agrees with the wire and radio'),
    (C, 'Grandad Dag Horne, 67', 'his three hours on the ice vs the five-hour operation: different subjects; quote attributed with "said:"'),
    (C, 'His daughter Lena, 41, added:', 'quote attributed with "added:"'),
    (C, 'Two of the men plunged through the ice', 'two in the water agrees with the wire; minus 11C = 12F is a correct conversion'),
    (C, 'brought ashore at 3.50pm', '3.50pm and 10.40am agree with the wire\'s 15:50 and 10:40; "more than five hours" agrees'),
    (C, 'Last year just eleven people', 'last winter\'s total, agrees with the wire\'s 11'),
    (C, 'Mr Horne, who lost a sled', 'quote attributed with "said:"; £300 camera is unrelated'),
    (C, 'Local councillor Petra Villum', 'partial quote attributed to Villum in the same sentence'),
    (C, 'The shaken pensioner told the Clarion', 'quote attributed by "he said" (Horne, "the shaken pensioner")'),
    # ---- floe_radio_live.txt ----
    (L, '10:58 - Reports are coming in', 'update timestamp, not the time the floe broke away (10:40)'),
    (L, '11:20 - The regional rescue centre says at least 20 people', 'running count, later 38; "at least 20" does not conflict anyway'),
    (L, '12:35 - The number of anglers on the floe is now put at 38', 'running count updated to the final 38'),
    (L, '13:10 - The first group of anglers', 'update timestamp, not an event time in dispute'),
    (L, '14:45 - Anja says 26 anglers are now safely ashore and 12 remain', 'interim split: 26 + 12 = 38'),
    (L, '15:55 - All 38 anglers are off the ice', 'final count agrees; update time 15:55 is after the last angler (15:50)'),
    (L, '16:40 - Marit Elvenes', 'truncated quote keeps the wire\'s and tabloid\'s words; attributed with a colon'),
    (L, '17:05 - Municipal officials say', '24 cm agrees with the wire; "more than double the 10 cm" is right (2.4x)'),
    (L, '17:20 - Listeners have been sending', 'partial quote attributed to the listener Hakon ("writes")'),
    (L, '17:30 - That is where we will leave', 'a little over five hours from 10:40 agrees; 18:00 is a bulletin time'),
    # ---- outage_courier.txt ----
    (CO, 'Published: Thursday 12 March 2026', '12 March 2026 is a Thursday'),
    (CO, 'The trust estimates the outage cost about £1.8m', 'agrees with £1.8 million (trade) and almost £2m (BNS)'),
    (CO, 'She said an independent review would report by the end of June', 'agrees with "by 30 June"; reported speech of the chief executive'),
    (CO, 'The hospital, which has 860 beds', 'critical incident 4am Tue -> 9.30am Wed is not the outage (other subject); 9.30am agrees with BNS stand-down before 09:40'),
    (CO, 'Hollin Bridge, 14 miles away, took 41', 'a part of the diverted ambulances, not the total'),
    (CO, 'seeing 388 patients on Tuesday', '388 vs "about 400" usual daily figure: hedged, and a different period'),
    (CO, 'Local MP Daniel Achterberg', 'quotes attributed by "he said"'),
    (CO, 'Medisyn said in a statement', 'partial quote attributed to Medisyn'),
    (CO, 'Correction, 13 March 2026', 'explicitly corrected figure: 240 superseded by 212'),
    # ---- outage_ehealth.txt ----
    (EH, 'Clinical Systems Weekly | Issue 412', '16 March 2026 is a Monday; issue number is not a quantity'),
    (EH, 'engineers had restored 11 of them', '11 of the 19 systems is 58%: correct share'),
    (EH, '"We tested the migration', 'quote attributed after it (Anders Wole ... told)'),
    (EH, '"That is the least we owe them," he added.', 'quote attributed by "he added"'),
    (EH, 'Of the 212 operations postponed, 53 were cancer', '53/212 = 25%: "a quarter" is right; 212 agrees with the Courier'),
    (EH, "The trust's cost estimate is £1.8 million", '£1.1m + £0.7m = £1.8m; agrees with the Courier'),
    (EH, 'CareFlow runs at 23 hospital trusts', 'other trusts: a different subject'),
    (EH, "Medisyn's own guidance recommends", '24 hours is guidance, 19 days is the age of the last restore test (not the 19 systems)'),
    (EH, '"We were following the supplier', 'quote attributed by "Barrow said"'),
    (EH, 'is due to report by 30 June', 'agrees with the Courier\'s "by the end of June"'),
    (EH, 'Medisyn shares fell 4.2%', 'share price, unrelated figures'),
    # ---- outage_bns_live.txt ----
    (BN, 'BNS News live page | Tuesday 10 March 2026', '10 March 2026 is a Tuesday'),
    (BN, '07:05 Corrowden General Hospital has declared', 'update timestamp, not the time the incident was declared (4am)'),
    (BN, '07:40 The hospital says the problem followed', 'update timestamp, not the time of the software update'),
    (BN, '09:40 The hospital says 12 ambulances', 'running count ("so far"), superseded'),
    (BN, '12:15 Planned operations for today', 'no figure given'),
    (BN, '14:30 The systems have now been down for about 12 hours', 'elapsed time at 14:30, not the total length of the outage'),
    (BN, '17:20 The number of diverted ambulances has risen to 31', 'running count at 17:20, superseded'),
    (BN, '19:30 Tomorrow', 'more than 200 agrees with 212'),
    (BN, '08:10 (Wednesday 11 March)', '11 March 2026 is a Wednesday'),
    (BN, '09:40 The critical incident has been stood down', 'agrees with the Courier\'s 9.30am stand-down'),
    (BN, '10:15 All systems are back online', 'update timestamp, not a conflicting restore time'),
    (BN, '10:30 The trust puts the cost', 'almost £2m agrees with £1.8m'),
    (BN, '11:00 Health secretary Anna Feld', 'reported speech attributed to Feld; "within a week" is a deadline'),
    # ---- stand_sentinel.txt ----
    (SE, 'Published: Tuesday 21 April 2026', '21 April 2026 is a Tuesday'),
    (SE, '“You train for fire', 'quote split by the attribution "Tully says"'),
    (SE, 'Stewards, most of them part-timers', '£45 match fee, unrelated'),
    (SE, 'Ostley’s 620 travelling fans', 'away fans in another stand: a different subject'),
    (SE, 'Two people were taken to hospital, both with minor injuries', 'two agrees with the APA wire and Brindle FM'),
    (SE, 'Repairs are estimated at £3.5m', 'repair cost agrees with APA (3.5 million pounds); £1.2m lost revenue is another attribute'),
    (SE, '“We are not a rich club,” he said.', 'quote attributed by "he said" (Pryce, previous paragraph)'),
    (SE, 'Pryce has already agreed to refund', 'a fifth of £320 is £64; 1,100 agrees with the season-ticket line'),
    (SE, 'other three stands reopen for Saturday', '25 April 2026 is a Saturday'),
    # ---- stand_brindlefm.txt ----
    (BF, 'It happened shortly after 3.50pm', '3.50pm agrees with the APA wire\'s 15:50'),
    (BF, 'The match was abandoned with the score at 0-0.', 'a score is not a quantity'),
    (BF, 'That means five home games', 'five agrees with the APA wire and the Sentinel'),
    (BF, 'Council building control officers will inspect the stand on Monday, 20 April.', '20 April 2026 is a Monday; agrees with the APA wire'),
    (BF, 'Fan Michelle Hask, from Tolby, said:', 'quote attributed with "said:"'),
    (BF, 'Her husband, Carl', '30 years of watching, unrelated'),
    (BF, "Saturday's attendance of 11,240 was 1,440 above", '11,240 - 9,800 = 1,440; 11,240 agrees with the APA wire; this game vs last season\'s average'),
    (BF, 'next Saturday, in the three stands', 'next Saturday is 25 April, agrees with the Sentinel'),
    (BF, 'Athletic manager Rob Lindqvist', 'quotes attributed to Lindqvist ("said", "he said")'),
    (BF, 'The club has set up a helpline', 'opening hours, not an event time'),
    # ---- stand_apa_wire.txt ----
    (AP, 'The East Stand was cleared at 15:50', '15:50 agrees with Brindle FM\'s 3.50pm; 11,240 spectators agrees'),
    (AP, 'It took 11 minutes to clear the stand', 'agrees with the Sentinel\'s eleven minutes'),
    (AP, 'Two spectators were taken to hospital', 'two agrees with the other outlets'),
    (AP, 'The club estimated repairs at 3.5 million pounds', 'agrees with £3.5m; five home matches agrees'),
    (AP, 'refurbished in 2009 at a cost of 4 million pounds', 'the 2009 refurbishment is not the current repair; 1968 agrees with the Sentinel'),
    (AP, 'review safety certificates at all 24 member grounds', 'league-wide figures, other subjects'),
    (AP, 'is 14th in the 24-team league', 'league table; five of eight remaining games at home agrees with five home matches'),
    (AP, 'Ostley Rovers manager Paul Dreyer said:', 'quote attributed with "said:"'),
    (AP, 'would inspect the stand on Monday', 'Monday (20 April) agrees with Brindle FM'),
    # ---- honeybee_bulletin.txt ----
    (HB, 'Published: Thursday 23 April 2026', '23 April 2026 is a Thursday'),
    (HB, 'a rise of 3.6 percentage points.[1]', '20.0 - 16.4 = 3.6 points; marker [1] has a note'),
    (HB, 'An estimated 6,320 of the 31,600 colonies', '6,320/31,600 = 20.0%; marker [2] has a note'),
    (HB, 'Table 1: Colonies and winter losses', 'table number, not a quantity'),
    (HB, 'Midlands: 10,400 colonies', '2,050/10,400 = 19.7%'),
    (HB, 'South: 7,800 colonies', '1,540/7,800 = 19.7%'),
    (HB, 'Coastal: 4,500 colonies', '770/4,500 = 17.1%, agrees with the main points'),
    (HB, 'All regions: 31,600 colonies', 'rows sum to 31,600 and 6,320; 20.0% agrees'),
    (HB, 'Respondents most often blamed queen failure', '31 + 24 + 22 + 23 = 100%'),
    (HB, 'received 2,140 valid responses', '31,600/2,140 = 14.8 colonies each'),
    (HB, 'has been revised from 16.9% to 16.4%', 'revised (superseded) figure; 16.4% agrees with the main points; marker [6] has a note'),
    (HB, 'is due on Thursday 15 October 2026', '15 October 2026 is a Thursday'),
    (HB, '[1] Loss rate:', 'note 1 exists'),
    (HB, '[2] Estimates are weighted', 'note 2 exists'),
    (HB, '[6] Revised figures include 96 returns', 'note 6 exists; 96 returns unrelated'),
    # ---- velomark_results.txt ----
    (VM, 'preliminary results for the year ended 31 December 2025', 'a date, not a quantity'),
    (VM, 'Published: Thursday 5 March 2026', '5 March 2026 is a Thursday'),
    (VM, 'Revenue £412.6m (2024: £388.1m), up 6.3%.', '412.6/388.1 = +6.3%'),
    (VM, 'Final dividend of 6.4p per share', '6.4p + 3.2p = 9.6p'),
    (VM, 'Net debt fell by £17.5m to £54.0m', '71.5 - 17.5 = 54.0; marker ² has a note'),
    (VM, 'Chief executive Tomasz Reinholt said:', 'quote attributed with "said:"'),
    (VM, 'E-bikes contributed £231.4m of revenue', '231.4 + 118.9 + 62.3 = 412.6'),
    (VM, 'E-bikes made up 56% of group revenue', '231.4/412.6 = 56%; £231.4m/121,000 = £1,912 average price'),
    (VM, 'The Leddington plant ran at 81%', '174,000/215,000 = 81%; capacity is not output'),
    (VM, 'The group employed 2,350 people', '1,410/2,350 = 60%'),
    (VM, 'The board expects revenue of £430m to £450m', 'forecast for 2026, not the 2025 actual; marker ³ has a note'),
    (VM, 'Reinholt said the first quarter', 'partial quote attributed to Reinholt'),
    (VM, 'Thursday 21 May 2026', '21 May 2026 is a Thursday'),
    (VM, '¹ Operating profit is stated before', 'note 1 exists; restructuring costs are another attribute'),
    (VM, '² Net debt excludes', 'note 2 exists'),
    (VM, '³ Capital spending guidance', 'note 3 exists'),
    # ---- cemetery_paper.txt ----
    (CP, 'Monday 15 June 2026 | Agenda item 7', '15 June 2026 is a Monday; agenda item number'),
    (CP, '1. Purpose of the report', 'section number, not a quantity or a footnote'),
    (CP, 'The council carried out 410 burials', '386 -> 410 is +6.2%'),
    (CP, 'Cremations accounted for 2,930', '2,930/3,340 = 88%'),
    (CP, "St Ebba's has 240 spaces left", 'another cemetery (not Northgate); 240/60 = four years'),
    (CP, 'Option A: extend Northgate', '£2.4m / 3,000 = £800; new graves, not the unused spaces'),
    (CP, 'A public consultation ran for six weeks', '6 April -> 18 May is six weeks'),
    (CP, 'The adult burial fee is proposed to rise', '1,085 -> 1,140 is +5.1%'),
    (CP, 'The bereavement services budget for 2026/27', 'budget vs last year\'s actual: different modality and period'),
    (CP, 'by Thursday 12 November 2026', '12 November 2026 is a Thursday'),
]


def build():
    exp, notes, traps = [], [], []
    claimed = set()
    for fid, rules, at, what in EXPECTED:
        locs = [[f, line_of(f, a)] for f, a in at]
        claimed.update((f, n) for f, n in locs)
        exp.append({'id': fid, 'rules': rules, 'at': locs, 'what': what})
    for nid, rules, at, what in NOTES:
        locs = [[f, line_of(f, a)] for f, a in at]
        claimed.update((f, n) for f, n in locs)
        notes.append({'id': nid, 'rules': rules, 'at': locs, 'what': what})
    seen = set()
    for f, a, what in TRAPS:
        n = line_of(f, a)
        assert (f, n) not in claimed, f'trap {f}:{n} ({a!r}) is also an expected/note line'
        assert (f, n) not in seen, f'trap {f}:{n} listed twice'
        seen.add((f, n))
        traps.append({'file': f, 'line': n, 'what': what})
    exp.sort(key=lambda e: int(e['id'][1:]))
    ids = [e['id'] for e in exp]
    assert ids == [f'H{i}' for i in range(1, 31)], ids
    assert [n['id'] for n in notes] == [f'N{i}' for i in range(1, 9)]
    for f in FILES:
        assert any(t['file'] == f for t in traps), f'no trap in {f}'
    key = {'expected': exp, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    counts = {}
    for e in exp:
        counts[e['rules'][0]] = counts.get(e['rules'][0], 0) + 1
    print(f'key.json: {len(exp)} expected {counts}, {len(notes)} notes, {len(traps)} traps')


if __name__ == '__main__':
    build()
