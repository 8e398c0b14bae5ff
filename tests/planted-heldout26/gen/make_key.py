#!/usr/bin/env python3
"""Build key.json for heldout26 from unique substring anchors.
Each anchor must match exactly one line of its file; no trap line may also be an expected or note line.
Run from anywhere: python3 gen/make_key.py"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        assert f not in FILES, f'duplicate base name {f}'
        FILES[f] = open(os.path.join(d, f), encoding='utf-8').read().split('\n')

def line(f, anchor):
    hits = [i + 1 for i, l in enumerate(FILES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, T, R = 'skilift_wire.txt', 'skilift_tabloid.txt', 'skilift_radio.txt'
GL, GB, GF = 'glacier_live.txt', 'glacier_bulletin.txt', 'glacier_feature.txt'
MC, MN, MR = 'mirror_courier.txt', 'mirror_newsletter.txt', 'mirror_radio.txt'
SB, FR, GP = 'seedbank_bulletin.txt', 'forecaster_results.txt', 'gritting_paper.txt'
NC, NA, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'

EXPECTED = [
 ('H1', [NC], [(W, 'A total of 112 skiers'), (W, 'Of the 112 skiers'), (T, 'MORE than 140 skiers')],
  'stranded skiers: 112 (wire, twice) vs more than 140 (tabloid)'),
 ('H2', [NC], [(W, 'Gusts reached 113 km/h (70 mph)'), (R, 'Gusts of 90 miles per hour')],
  'recorded summit gust: 113 km/h (70 mph) vs 90 mph (radio), unit conversion'),
 ('H3', [NC], [(T, 'for a four-hour ordeal'), (T, 'after nearly six hours dangling'), (W, 'about four hours after the stop')],
  'length of the ordeal/evacuation: four hours vs nearly six hours within the tabloid (wire: about four hours)'),
 ('H4', [DI, NC], [(W, 'shut down automatically at 10:40'), (R, 'stopped at 11.40am')],
  'time the lift stopped: 10:40 (wire) vs 11.40am (radio)'),
 ('H5', [QC], [(W, 'what it was designed to do'), (T, 'what it was built to do')],
  "Dunleavy quote: 'designed' vs 'built'"),
 ('H6', [UQ], [(T, 'We honestly thought we would be up there all night')],
  'quote standing alone with no speaker'),
 ('H7', [NC], [(R, 'nine people were hurt, mostly with mild'), (R, 'The eleven injured skiers'), (W, 'Nine skiers were treated for minor injuries'), (T, 'Nine people were hurt, the resort confirmed')],
  'injured: nine vs eleven within the radio page (wire and tabloid: nine)'),
 ('H8', [NA], [(W, 'Of the 112 skiers, 87 were lowered')],
  '112 - 87 = 25, not "the remaining 35"'),
 ('H9', [NC], [(GB, 'releasing 2.4 million cubic metres'), (GF, 'some 3.5 million cubic metres')],
  'volume released: 2.4 million m3 vs some 3.5 million m3'),
 ('H10', [NC], [(GL, 'The canton now says 340 residents'), (GF, 'nearly 300 residents')],
  'final evacuation total: 340 (live, 09:45) vs nearly 300 (feature, "in all")'),
 ('H11', [NC], [(GB, 'debris flow travelled 6.2 km'), (GB, 'The 8 km run-out')],
  'debris-flow run-out: 6.2 km vs 8 km within the bulletin'),
 ('H12', [DI], [(GF, 'early hours of Thursday 8 July')],
  '8 July 2026 is a Wednesday'),
 ('H13', [QC], [(GL, 'The ice dam failed from within, not from the top'), (GB, 'The ice dam failed from below, not from the top')],
  "Marquart quote: 'within' vs 'below'"),
 ('H14', [NA], [(GB, 'a fall of 51 metres')],
  '2,612 - 2,571 = 41 m, not 51'),
 ('H15', [NC], [(GF, 'The damage is estimated at €18 million'), (GF, 'The €26 million damage estimate')],
  'damage estimate: EUR 18 million vs EUR 26 million within the feature'),
 ('H16', [UQ], [(GL, 'Get everyone out of the lower village now')],
  'quote with no speaker (a circulating message)'),
 ('H17', [NC], [(MC, 'The mirror, which weighs 16 tonnes'), (MN, 'The mirror itself weighs 21 tonnes'), (MR, 'It weighs about 35,000 pounds')],
  'mirror weight: 16 t (courier) / about 35,000 lb = 15.9 t (radio) vs 21 t (newsletter)'),
 ('H18', [NC], [(MC, 'ending a 420-kilometre journey'), (MN, 'logistics lessons from a 420 km move'), (MR, 'the convoy covered 190 miles over nine nights')],
  'route length: 420 km vs 190 miles (306 km)'),
 ('H19', [DI, NC], [(MC, 'arrived at the summit early on Thursday 12 March'), (MR, 'arrived safely at the summit early Thursday'), (MN, 'arrived at the summit on 13 March')],
  'arrival date: 12 March (courier; radio "early Thursday" dated 12 March) vs 13 March (newsletter)'),
 ('H20', [NC], [(MC, "The convoy's top speed was 25 km/h"), (MC, 'never went faster than 15 km/h')],
  'convoy top speed on the highway: 25 km/h vs never faster than 15 km/h within the courier'),
 ('H21', [NC], [(MN, 'Transport cost $3.2 million'), (MN, 'The $4.1 million move')],
  'transport cost: $3.2 million vs $4.1 million within the newsletter'),
 ('H22', [QC], [(MC, 'waited eleven years for this mountain'), (MN, 'waited eleven years for this summit')],
  "Salgado quote: 'mountain' vs 'summit'"),
 ('H23', [UQ], [(MR, 'We measured every bridge twice')],
  'quote with no speaker'),
 ('H24', [NA], [(MR, 'an average of roughly 35 miles a night')],
  '190 miles / 9 nights = 21 miles a night, not roughly 35'),
 ('H25', [DI], [(MN, 'on Monday 3 March'), (MC, 'that began on Tuesday 3 March')],
  '3 March 2026 is a Tuesday (newsletter says Monday)'),
 ('H26', ['footnote-gap'], [(SB, 'crop wild relatives accounted for a further 296.[3]'), (SB, 'viability standard.[5]'), (SB, '[3] Crop wild relatives are'), (SB, '[5] Germination tests')],
  'footnote 4 missing: markers and notes go 1, 2, 3, 5, 6'),
 ('H27', [NC], [(SB, 'The collection held 96,410 accessions'), (SB, 'With 94,610 accessions in store')],
  'collection size at end of 2025: 96,410 vs 94,610'),
 ('H28', [NA], [(SB, 'Wild species made up 412 of the 1,284')],
  '412 / 1,284 = 32%, not 45%'),
 ('H29', [NC], [(GP, 'started the season with 8,500 tonnes'), (GP, 'the 7,200 tonnes held at the start')],
  'salt stock at start of season: 8,500 t vs 7,200 t'),
 ('H30', ['footnote-no-notes'], [(FR, 'up 11.0% from £76.2 million in 2024.[1]'), (FR, 'widened to 11.6% of revenue.[2]'), (FR, 'compared with 89% in 2024, the company said.[3]'), (FR, 'worth £3.1 million a year.[4]')],
  'markers [1]-[4] and no notes section'),
]

NOTES = [
 ('N1', ['anonymous-source'], [(GL, 'An official who asked not to be named')], 'an official who asked not to be named'),
 ('N2', ['vague-source'], [(GF, 'Experts say the warning signs')], 'experts say'),
 ('N3', ['anonymous-source'], [(T, 'A source close to the resort')], 'a source close to the resort\'s owners'),
 ('N4', ['vague-source'], [(R, 'Critics argue the resort')], 'critics argue'),
 ('N5', ['anonymous-source'], [(MN, 'A person familiar with the procurement')], 'a person familiar with the procurement'),
 ('N6', ['vague-source'], [(MC, 'Scientists say the telescope')], 'scientists say'),
 ('N7', ['vague-source'], [(FR, 'Analysts say the group')], 'analysts say'),
 ('N8', ['anonymous-source'], [(GP, "contractor's employee, who asked not to be named")], 'a contractor\'s employee who asked not to be named'),
]

TRAPS = [
 # skilift_wire
 (W, 'Skiers stranded for hours as chairlift', 'headline: "for hours" is no figure'),
 (W, 'By Ewan Tolland, Northpress Agency', 'dateline 14 February 2026 (a Saturday, as stated in the lede)'),
 (W, '1,450 metres (4,757 ft) long', '1,450 m = 4,757 ft, 18 m = 59 ft, -9C = 16F: conversions agree'),
 (W, '22 ski patrol staff on duty', 'staff (22), passes sold (1,900) and hourly capacity (2,400) are other attributes than skiers stranded'),
 (W, 'In January 2024 a power cut', 'another event and year: 60 skiers, 40 minutes in 2024'),
 (W, 'reported 212,000 skier days last season', '212,000 / 200,000 = +6%: correct'),
 (W, 'other 11 lifts on the mountain', 'other 11 lifts agrees with radio; Sunday = 15 Feb'),
 # skilift_tabloid
 (T, 'The Daily Clarion | Published: 15 February 2026', 'dateline; "yesterday" = Saturday 14 Feb'),
 (T, 'almost 60ft above the snow', 'almost 60 ft agrees with 18 m (59 ft)'),
 (T, 'plunged to minus nine', 'minus nine agrees with -9C; wind chill minus twenty-two is another attribute'),
 (T, 'Dad-of-two Callum Brodie', 'quote attributed with "said:"; ages are not event figures'),
 (T, 'so a family of two adults and two kids pays £166', '2x52 + 2x31 = 166: correct; around 1,900 tickets agrees with wire'),
 (T, 'praised his “magnificent” patrollers', 'one-word quote attributed to Munro, same word as radio'),
 (T, 'has carried more than three million passengers', 'lifetime passengers and hourly capacity 2,400 (agrees with wire) are other attributes'),
 (T, 'Mum Kirsty Lomond, 36', 'quote attributed by "She told the Clarion:"'),
 (T, 'The Mountain Safety Executive has launched an inspection', 'no figures, no quote'),
 # skilift_radio
 (R, 'Highland Wave FM News | Published: 14 February 2026', 'dateline with update time'),
 (R, 'The last passengers reached the ground shortly before 3pm', 'shortly before 3pm agrees with wire 14:55'),
 (R, 'around half of those stranded have been lowered', 'running progress figure, not a total'),
 (R, 'has sent 14 volunteers', 'rescue volunteers are not skiers'),
 (R, 'Alasdair Munro, said in a statement', 'quote attributed with colon'),
 (R, 'closed for two hours this afternoon', 'road closure duration is a different subject'),
 (R, 'its other 11 lifts ran as normal', 'agrees with wire; T-bars shut at 9am is another event'),
 (R, 'Iona Garvie, said families', 'quote attributed in the sentence before and after'),
 (R, "tomorrow's winds are expected to ease to 40mph", 'forecast for tomorrow, not the recorded gust'),
 (R, 'If you were on the lift today', 'no figures'),
 # glacier_live
 (GL, 'Radio Soria Live | Published: 8 July 2026', 'dateline'),
 (GL, 'Police have reopened the upper cantonal road', 'no figures'),
 (GL, 'Evacuation figures updated: about 250', 'running count explicitly superseding 120; later superseded by 340'),
 (GL, 'Our helicopter crew reports', 'no figures'),
 (GL, 'Around 120 people have been evacuated', 'timestamped running count at 02:10, later superseded'),
 (GL, 'Sirens sounded in Valdrein at 00:20', '23:50 + 30 minutes = 00:20; Tuesday = 7 July: correct; agrees with bulletin'),
 (GL, 'Two people, one of them a firefighter', 'two injured agrees with feature'),
 (GL, 'police spokesman Reto Albisser said', 'quote attributed after'),
 (GL, 'Monitoring began in 2019', 'lake volume in 2019 (1.1 million m3) is not the volume released'),
 (GL, 'about 1,900 permanent residents', 'valley/village populations are not evacuation counts'),
 (GL, 'This live page has now closed', 'no figures'),
 # glacier_bulletin
 (GB, 'Published: Friday 10 July 2026', '10 July 2026 is a Friday'),
 (GB, 'Peak discharge at the Valdrein gauge', 'peak vs mean flow: different attributes'),
 (GB, 'had measured the lake at 1.9 million cubic metres', 'May survey and modelled capacity are not the released volume'),
 (GB, 'The fan above Valdrein covers 42 hectares', '30/42 = 71%: correct'),
 (GB, 'Sirens in Valdrein sounded at 00:20', 'agrees with live page; "as designed" is an attributed fragment'),
 (GB, 'rated the Tervas lake as "high" risk', 'scare quote; 5 + 12 + 20 = 37: correct'),
 (GB, 'cut a 40-metre channel', 'plan/target, not an actual'),
 (GB, 'The institute will publish a full event report', 'Glisa 1993: another event (1.2 million m3)'),
 (GB, 'Readers can download the preliminary gauge data', 'issue numbers are not quantities'),
 # glacier_feature
 (GF, 'The Sentinel, Weekend Review | Published: 11 July 2026', 'dateline'),
 (GF, 'We heard it before we saw it', 'quote split by its attribution'),
 (GF, 'has been measuring the lake since 2019', 'fragment quote attributed by "She said"'),
 (GF, 'Compared with the 1993 outburst', 'another event; two hurt agrees with live page'),
 (GF, 'The canton will spend €1.5 million', 'planned spending, not damage'),
 (GF, 'In summer he keeps bees', 'Wednesday = 8 July: correct; quote attributed after'),
 (GF, 'For now, the fan above the village', 'no conflicting figure'),
 (GF, 'The mayor of Valdrein, Corinne Ambühl', 'quote attributed in the middle'),
 (GF, 'Most residents were allowed home on Thursday afternoon', 'Thursday = 9 July: plausible, no date given'),
 # mirror_courier
 (MC, 'The Northern Courier | Published: 13 March 2026', 'dateline'),
 (MC, 'The mirror was cast in 2015', '2015 + 11 = 2026; 2,990 m agrees with radio 9,800 ft'),
 (MC, "The telescope's budget of $480 million", '480 / 6 = 80: correct; agrees with radio about $480 million'),
 (MC, 'said shopkeeper Delia Montt', 'quote attributed after'),
 (MC, 'The observatory expects "first light"', 'scare quote'),
 (MC, 'Police closed 38 km of the highway', 'closure length is not the route length; 23 complaints vs 40 expected'),
 (MC, 'About 60 crew members', 'crew vs engineers: different attributes'),
 (MC, "Pozo Seco's mayor, Raúl Ancasi", 'quote attributed by "he said"'),
 (MC, 'The mirror will now be washed', 'no figures'),
 # mirror_newsletter
 (MN, 'Optics & Instruments Weekly | Published: Monday 16 March 2026', '16 March 2026 is a Monday'),
 (MN, 'made up a 31-tonne load', 'mirror plus cell load, not the mirror weight'),
 (MN, "The crate's air was kept at 18 C (64 F)", '18 C = 64 F: correct'),
 (MN, 'maximum load of 0.4 g', 'measured vs design limit'),
 (MN, 'of 27 roundabouts on the way, 9, or a third', '9/27 = a third; 12 cables and 3 bridges agree with radio'),
 (MN, 'The dummy taught us more than any model', 'quote attributed by "she said"'),
 (MN, 'Integration of M1 into the telescope structure', 'targets (June, late 2027)'),
 (MN, 'the 4.1-metre Halvard survey telescope', 'another telescope: 4.1 m is not M1\'s diameter'),
 (MN, 'Its chief executive, Maite Orozco, said:', 'quote attributed with colon'),
 (MN, 'For readers planning similar moves', 'no figures'),
 # mirror_radio
 (MR, 'Coastline Public Radio - Science Desk | Published: March 12, 2026', 'dateline and time'),
 (MR, 'The mirror is 27.5 feet across', '27.5 ft = 8.38 m: agrees with 8.4 m'),
 (MR, 'Engineers had to lift 12 power lines', 'agrees with newsletter (12 cables, 3 bridges)'),
 (MR, 'Observatory spokeswoman Carla Venegas said', 'quote attributed'),
 (MR, 'The telescope, which cost about $480 million', 'agrees with courier'),
 (MR, 'had "waited eleven years" for its mountain', 'truncated quote keeping the same words'),
 (MR, 'Temperatures at the 9,800-foot summit', '9,800 ft = 2,987 m: agrees with 2,990 m'),
 (MR, 'It is due to take its first images in late 2027', 'agrees with late 2027'),
 (MR, 'stayed up past 2 a.m.', 'agrees with courier 2am'),
 (MR, 'The crate will be opened next week', 'about three months to June installation: consistent'),
 (MR, 'This story was updated at 4:30 p.m.', 'update time, not an event time'),
 # seedbank_bulletin
 (SB, 'Official statistics | Published: Thursday 22 January 2026', '22 January 2026 is a Thursday'),
 (SB, 'against a target of 1,200 set for the year.[1]', 'target vs actual; marker 1 has a note'),
 (SB, 'Accessions rose by 154 from 1,130', '1,130 + 154 = 1,284; +13.6%: correct; marker 2 has a note'),
 (SB, 'Table 1. New accessions by source', '412 + 296 + 351 + 225 = 1,284: correct'),
 (SB, 'Electricity use fell 8% to 414 MWh', '414/450 = -8%: correct'),
 (SB, 'Requests from universities made up 1,890', '1,890/3,150 = 60%; 2024 figures are another year'),
 (SB, 'Volunteer collectors made 648 field trips', '648/540 = +20% = a fifth: correct'),
 (SB, 'Methodology. An accession is', 'no figures'),
 (SB, '[1] Target set in', 'note present for marker 1'),
 (SB, '[2] The 2024 figure has been revised from 1,127', 'explicitly revised figure, not a conflict with 1,130'),
 (SB, '[6] Includes 1,020 duplicate', 'note 6 present; duplicates are a part of the total'),
 # forecaster_results
 (FR, 'contributed £35.5 million, or 42% of revenue', '35.5/84.6 = 42%: correct; segments are different subjects'),
 (FR, 'said chief executive Priya Halloran', 'quote split by its attribution'),
 (FR, 'final dividend of 4.2p per share', 'final vs total dividend: different attributes'),
 (FR, 'Stratoline employed 610 people', 'meteorologists (140) vs staff (610); 575 is last year'),
 (FR, 'Net cash stood at £12.4 million', 'capital spending £6.5 million agrees with operations centre cost'),
 (FR, 'For 2026 the board expects revenue of around £92 million', 'forecast, not 2025 actual'),
 (FR, 'Halloran said: "The winter so far', 'quote attributed with colon'),
 (FR, 'Chair Desmond Arkwright', 'no figures'),
 (FR, 'The annual report will be published on 20 March 2026', 'future dates'),
 # gritting_paper
 (GP, 'Report to the meeting of Tuesday 20 January 2026', '20 January 2026 is a Tuesday'),
 (GP, 'Purpose. This report updates members', 'marker 1 has a note'),
 (GP, 'or 38% of the 1,684 km road network', '640/1,684 = 38%: correct; marker 2 has a note'),
 (GP, 'Gritters went out on 47 nights', 'this winter vs previous winter'),
 (GP, 'treated within three hours of a decision', 'standard (95%) vs achieved (97%)'),
 (GP, 'Spending to 31 December was £0.96 million, or 68%', '0.96/1.42 = 68%: correct'),
 (GP, 'a total of £136,000', '2,000 x 68 = 136,000: correct; new order is not the opening stock'),
 (GP, 'The service relies on 36 trained drivers', '22 + 14 = 36: correct'),
 (GP, 'Members are asked to note the report', 'contingency reserve is another figure'),
 (GP, '[1] The winter season runs', 'note 1 present'),
 (GP, '[2] Route lengths measured', 'note 2 present'),
 (GP, '[3] Data from vehicle tracking', 'note 3 present'),
 (GP, '[4] Excludes the cost', 'note 4 present'),
 (GP, '[5] Standby drivers', 'note 5 present'),
]

def main():
    expected, notes, traps = [], [], []
    used = set()
    for fid, rules, anchors, what in EXPECTED:
        at = [[f, line(f, a)] for f, a in anchors]
        assert len({tuple(x) for x in at}) == len(at), fid
        used.update(tuple(x) for x in at)
        expected.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    for fid, rules, anchors, what in NOTES:
        at = [[f, line(f, a)] for f, a in anchors]
        used.update(tuple(x) for x in at)
        notes.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    seen = set()
    for f, a, what in TRAPS:
        l = line(f, a)
        assert (f, l) not in used, f'trap {f}:{l} ({a!r}) is also an expected/note line'
        assert (f, l) not in seen, f'trap {f}:{l} listed twice'
        seen.add((f, l))
        traps.append({'file': f, 'line': l, 'what': what})
    assert len(expected) == 30 and len(notes) == 8 and len(traps) >= 100, (len(expected), len(notes), len(traps))
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps')

if __name__ == '__main__':
    main()
