#!/usr/bin/env python3
"""Builds key.json from (file, unique substring) anchors so line numbers are exact."""
import json, os, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
paths = {}
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.txt'):
            assert f not in paths, 'duplicate base name ' + f
            paths[f] = os.path.join(d, f)
lines = {f: open(p, encoding='utf-8').read().split('\n') for f, p in paths.items()}

def L(f, sub):
    hits = [i + 1 for i, l in enumerate(lines[f]) if sub in l]
    assert len(hits) == 1, (f, sub, hits)
    return hits[0]

W, T, R = 'cablecar_wire.txt', 'cablecar_tabloid.txt', 'cablecar_regional.txt'
LB, AG, BS = 'gasblast_liveblog.txt', 'gasblast_agency.txt', 'gasblast_broadsheet.txt'
TR, CD, NA = 'tanker_tradenewsletter.txt', 'tanker_citydaily.txt', 'tanker_newsagency.txt'
BR, WE, MK = 'bridge_audit_summary.txt', 'wedding_foodpoisoning.txt', 'mackerel_quota_brief.txt'

E = [
 ('H1', ['numeric-conflict'], [(W, 'About 140 passengers were left suspended'), (T, 'More than two hundred skiers were left dangling')],
  'passengers stranded in the halted cable car: about 140 (wire) vs more than two hundred (tabloid, number in words)'),
 ('H2', ['numeric-conflict'], [(W, 'fell about 40 metres'), (T, 'plunged 300ft'), (R, 'dropped some 40 metres')],
  'height the cabin fell: about 40 metres (wire, regional) vs 300ft (~91 m) in the tabloid - different units that genuinely disagree'),
 ('H3', ['date-inconsistency'], [(W, 'shortly before 11:30 a.m.'), (T, 'just after 2pm'), (R, 'at about 11:25 a.m.')],
  'time the cabin fell: shortly before 11:30 a.m. / about 11:25 a.m. vs just after 2pm (tabloid)'),
 ('H4', ['numeric-conflict'], [(R, 'About 120 rescuers from the Alpine rescue service'), (R, 'the 85 rescue workers deployed on Saturday')],
  'inside the regional paper: about 120 rescuers took part in the evacuation vs "the 85 rescue workers deployed on Saturday"'),
 ('H5', ['quote-conflict'], [(W, '"We are devastated.'), (R, '"We are shattered.')],
  'the same statement by operator CEO Reto Imboden quoted with different words (devastated vs shattered; wording of rest differs)'),
 ('H6', ['unattributed-quote'], [(T, '"It was like something out of a disaster film.')],
  'free-standing quotation with no speaker in the paragraph or its neighbours (previous para is about the lift cost, next about ticket prices)'),
 ('H7', ['numeric-conflict'], [(LB, 'About 230 residents have been evacuated'), (AG, 'Some 320 people were forced from their homes')],
  'people evacuated from the block and two neighbouring buildings: about 230 "evacuated" (live blog) vs some 320 "forced from their homes" (agency)'),
 ('H8', ['numeric-conflict'], [(LB, '08:10 - Seventeen people were injured'), (AG, 'Five people were killed and 17 injured'), (BS, 'Twenty-one people were hurt')],
  'number injured: seventeen / 17 (live blog, agency) vs twenty-one "hurt" (broadsheet), both citing the regional health office'),
 ('H9', ['numeric-conflict'], [(AG, 'Twelve flats were completely destroyed'), (AG, 'Wróbel said 18 of the flats had been destroyed')],
  'inside the agency story: twelve flats destroyed vs 18 destroyed, both from the same building inspector'),
 ('H10', ['date-inconsistency'], [(LB, 'on Monday night. Here is a summary'), (LB, '21:40 - Residents report'), (AG, 'Katowice late on Monday'), (AG, 'which occurred at around 9:40 p.m.'), (BS, 'at about 9.40pm on Sunday')],
  'day of the explosion: Monday night (live blog, agency; dateline Nov 10 = Tuesday) vs Sunday (broadsheet), same 9.40pm time'),
 ('H11', ['numeric-arithmetic'], [(BS, 'or 40% of the total')],
  '1,200 of 4,000 metres is 30%, not 40%'),
 ('H12', ['quote-conflict'], [(LB, '00:45 - "This is the darkest night'), (AG, '"This is the darkest night our city has seen in many years')],
  "mayor's remark quoted differently: 'has known in decades ... has lost their home ... roof over their head' vs 'has seen in many years ... lost their home ... roof over their heads'"),
 ('H13', ['unattributed-quote'], [(LB, '23:30 - "The stairwell was full of smoke')],
  'live-blog entry consisting only of a quotation, no speaker given in the entry or adjacent entries'),
 ('H14', ['numeric-conflict'], [(TR, 'about 4 nautical miles north-east of Horsburgh'), (NA, 'some 15 kilometres from Horsburgh Lighthouse')],
  'collision position: about 4 nautical miles (7.4 km) from Horsburgh Lighthouse vs some 15 kilometres - different units, genuinely different'),
 ('H15', ['numeric-conflict'], [(TR, 'an estimated 250 tonnes of very low sulphur fuel oil'), (CD, 'About 25,000 litres of fuel oil leaked')],
  'fuel spilled from the holed tank: 250 tonnes vs 25,000 litres (~24 tonnes), both attributed to MPA'),
 ('H16', ['numeric-conflict'], [(NA, 'had 22 crew members on board'), (NA, 'all 24 crew of the Pacific Lumen')],
  'inside the agency story: Pacific Lumen had 22 crew vs "all 24 crew of the Pacific Lumen"'),
 ('H17', ['date-inconsistency'], [(TR, 'came into contact at 0315 LT on Tuesday'), (CD, 'at about 3.15am on Tuesday'), (NA, 'occurred at about 1.40 am')],
  'time of the collision: 0315 local (trade, city daily) vs about 1.40 am (Malaysian agency)'),
 ('H18', ['numeric-arithmetic'], [(CD, 'an increase of about 45 per cent')],
  '74,000 -> 96,000 is an increase of about 30 per cent, not 45'),
 ('H19', ['quote-conflict'], [(TR, 'pose no danger to navigation, and traffic'), (CD, '"Both vessels are stable and there is no danger to navigation.')],
  "Capt. Lim's remark quoted with different words by the trade newsletter and the city daily"),
 ('H20', ['numeric-arithmetic'], [(BR, 'by $33.4 million, or 28 per cent')],
  '$33.4m over an $84.0m budget is 39.8 per cent, not 28'),
 ('H21', ['numeric-arithmetic'], [(BR, 'an increase of 60 per cent')],
  '$4.8m -> $7.2m is an increase of 50 per cent, not 60'),
 ('H22', ['numeric-conflict'], [(BR, 'The City approved 37 change orders'), (BR, 'The 41 change orders approved during construction')],
  'number of change orders approved: 37 vs 41 in the same report'),
 ('H23', ['numeric-conflict'], [(BR, 'The bridge required 6,200 tonnes of structural steel'), (BR, 'the rest of the 5,400 tonnes of structural steel')],
  'structural steel for the bridge: 6,200 tonnes vs 5,400 tonnes'),
 ('H24', ['footnote-gap'], [(BR, 'per month.[5]'), (BR, "[5] Auditor's calculation")],
  'note markers and notes run 1, 2, 3, 5, 6 - note 4 is missing'),
 ('H25', ['numeric-conflict'], [(WE, 'More than 140 people who attended'), (WE, 'A total of 112 people were treated')],
  'guests treated for food poisoning: more than 140 in the lede vs a total of 112 further down'),
 ('H26', ['numeric-conflict'], [(WE, 'imposed a fine of ₹50,000'), (WE, 'must pay a penalty of ₹25,000')],
  'penalty on the caterer: "imposed a fine of Rs 50,000" vs "must pay a penalty of Rs 25,000" under the same order'),
 ('H27', ['date-inconsistency'], [(WE, 'reception on Sunday, April 27')],
  'weekday/date mismatch: April 27 (2026) is a Monday (the story itself says Monday (April 27); the reception was Sunday April 26)'),
 ('H28', ['unattributed-quote'], [(WE, '“We have never seen so many patients')],
  'quotation with no speaker: preceding and following paragraphs name no person'),
 ('H29', ['numeric-conflict'], [(MK, 'a 2027 quota of 66,400 tonnes'), (MK, 'the 71,200-tonne quota')],
  "Norway's 2027 mackerel quota: 66,400 tonnes vs 'the 71,200-tonne quota' (subject Norway named in the previous sentence)"),
 ('H30', ['footnote-no-notes'], [(MK, 'allocation key.[1]'), (MK, 'of the advice.[2]'), (MK, 'a sharing arrangement.[3]')],
  'note markers [1]-[3] but the brief has no notes/references section'),
]
N = [
 ('N1', ['anonymous-source'], [(W, 'A person familiar with the inquiry')], 'unnamed source "a person familiar with the inquiry"'),
 ('N2', ['vague-source'], [(T, 'Safety experts say')], '"Safety experts say"'),
 ('N3', ['anonymous-source'], [(AG, 'A police source told PNA')], '"a police source"'),
 ('N4', ['vague-source', 'anonymous-source'], [(TR, 'Market sources said claims')], '"Market sources said"'),
 ('N5', ['vague-source'], [(BR, 'Industry observers have suggested')], '"Industry observers have suggested"'),
 ('N6', ['vague-source'], [(WE, 'Health experts say')], '"Health experts say"'),
 ('N7', ['anonymous-source'], [(MK, 'A senior EU official, who asked not to be named')], 'unnamed EU official'),
 ('N8', ['vague-source', 'anonymous-source'], [(NA, 'Fishermen in Pengerang who spoke')], 'unnamed fishermen as source (low severity)'),
]
TR_ = [
 (W, 'BERN, Feb 14 (EWS) - Three people were killed', 'three dead / four seriously injured: same in all three outlets (THREE, killing three); deaths vs injuries are different attributes'),
 (W, 'Rescuers using helicopters and ropes needed more than five hours', '"more than five hours" agrees with "five hours and twenty minutes"; 4:45 p.m. is the end of the evacuation, not the time of the fall'),
 (W, 'All three of the dead were in the falling cabin', 'same death toll in words; ages are not counts'),
 (W, 'Eleven people from the stranded cabins were treated', 'different attribute: people treated for hypothermia, not passengers stranded or seriously injured'),
 (W, 'at 2,240 metres, opened in December 2019', 'altitude of ski area (= 7,350ft), not fall height; 38m francs ~ GBP35m; 32 cabins x 8 capacity, not people carried'),
 (W, 'The Federal Office of Transport last inspected', 'November inspection is a different event, not the date of the accident'),
 (W, 'Mürrenegg had expected about 9,000 skiers', 'forecast; regional paper gives the actual (6,200) and states 9,000 was the expectation'),
 (W, 'Switzerland has around 2,400 cable cars', 'national count, different subject'),
 (T, 'Initial reports on Swiss TV put the death toll at five', 'explicitly superseded figure: police later confirmed three; four fighting for lives = four seriously injured'),
 (T, 'Brit dad Gareth Lyle, 44', 'quotation with the speaker named in the previous sentence ("He said:")'),
 (T, 'The family were finally lowered to the ground by rope at around 3.30pm', 'time of a different event (one family reaching the ground), not the fall'),
 (T, 'The £35million lift', '£35million is the 38m Swiss franc cost in sterling; 32 cabins of eight agrees'),
 (T, 'Tickets for the ride to the 7,350ft summit', '7,350ft = 2,240 m summit altitude, not the height of the fall'),
 (T, 'markets itself as a "family-friendly" destination', 'scare quotes, not a quotation needing a speaker'),
 (T, 'Cable car boss Reto Imboden said he was devastated', 'paraphrase consistent with the quoted statement, not a quote'),
 (T, 'A Foreign, Commonwealth and Development Office spokesperson said', 'quotation attributed in the same sentence'),
 (R, 'Monday, 16 February 2026', '16 February 2026 is a Monday'),
 (R, 'Two days after a cabin of the Mürrenegg cable car fell', 'three killed agrees; Saturday is two days before Monday'),
 (R, 'Four passengers were seriously injured.', 'same injury count as wire; two in intensive care is a different attribute'),
 (R, 'The evacuation lasted five hours and twenty minutes', 'agrees with "more than five hours"'),
 (R, 'On Sunday he went further.', 'different later remark by Imboden, speaker named; not a conflicting version of the statement'),
 (R, 'The village of 1,300 inhabitants', 'population and vigil attendance, different subjects'),
 (R, 'Mayor Lukas Zbinden described the mood', 'scare-quote word attributed to the mayor; 110 employees is a different attribute from rescuers'),
 (R, 'The tourist office said 6,200 skiers', 'actual day passes vs the 9,000 forecast in the wire; Sunday 2,900 is another day'),
 (R, 'The cable car cost 38 million francs', 'same cost as wire; old tramway 60 passengers per cabin is a different subject'),
 (R, 'The STSB said a final report could take', 'quoted phrase attributed to the STSB notice in the same sentence'),
 (LB, 'Live coverage summary - updated 10 November 2026', 'time of the page update, not of the event'),
 (LB, '22:05 - The State Fire Service says', 'fire on fourth and fifth floors and response time are different attributes'),
 (LB, '22:55 - Two people have been confirmed dead', 'superseded by the 07:30 entry (toll rises to five)'),
 (LB, '02:10 - The regional gas distributor', '14 buildings cut off from gas, not people evacuated'),
 (LB, '07:30 - The death toll rises to five', 'later update; five dead agrees with the other outlets'),
 (LB, '08:12 - Four of the injured remain', 'serious cases (four) is a different attribute from injured; agrees with broadsheet'),
 (LB, 'What happens next:', 'phone number, not a quantity'),
 (AG, 'More than 160 firefighters and 40 fire engines', '"more than 160" agrees with "some 170"; search ending 11 a.m. Tuesday agrees with "Tuesday morning"'),
 (AG, 'The building, completed in 1974, has ten storeys and 80 flats.', 'total flats, not flats destroyed'),
 (AG, 'Śląska Sieć Gazowa said the block', '14 buildings agrees with live blog; May inspection is another event'),
 (AG, 'Silesian Voivode Ewa Łabędzka announced', 'pledged aid per household; broadsheet gives households paid so far'),
 (AG, 'Prosecutor Krzysztof Bielecki said', 'maximum sentence, not an event quantity'),
 (AG, 'Gas explosions in residential buildings killed 21 people', 'national annual statistic, different subject/period from this blast (and 21 here is deaths nationally, not injured)'),
 (BS, "'We thought it was a bomb': Katowice", 'headline quote whose speaker (Barbara Nowicka) is named in the body'),
 (BS, 'Safety of Poland', 'five killed agrees'),
 (BS, 'Wednesday 11 November 2026', '11 November 2026 is a Wednesday'),
 (BS, 'The blast killed five people, including a couple', 'same death toll; deaths vs injuries'),
 (BS, 'Four of them remain in hospital in a serious condition', 'serious cases, agrees with live blog'),
 (BS, '"We thought it was a bomb," said Barbara Nowicka', 'quote attributed in the same sentence'),
 (BS, 'Some 90 households were told to leave', 'households, not people - not comparable with 230/320 residents'),
 (BS, 'The mayor, Tomasz Jędrzejczyk, called it', 'paraphrase, not a quotation'),
 (BS, 'Some 170 firefighters worked through the night', 'agrees with "more than 160 firefighters"'),
 (BS, 'making it 52 years old', 'correct arithmetic (2026-1974)'),
 (BS, 'Complaints about the smell of gas in the district rose from 40', 'correct arithmetic: 40 -> 58 is +45%'),
 (BS, '8,000 zlotys (about £1,550)', 'same pledge in another currency; 61 households paid is an actual vs a pledge'),
 (BS, 'Marek Sowa, a structural engineer', 'quotes attributed to the named engineer; scare phrase attributed'),
 (BS, 'Gas explosions in Polish homes killed 21 people last year', 'national statistic agreeing with agency; not the 21 injured in this blast'),
 (TR, 'A laden very large crude carrier', 'early hours of Tuesday agrees'),
 (TR, 'logged the first distress call from Pacific Lumen at 1917 GMT on Monday', 'GMT Monday evening = 03:17 Tuesday Singapore time; distress call, different event'),
 (TR, 'The VLCC, fully laden with about 2m barrels', 'cargo (2m barrels ~ 270,000 tonnes), none spilled - not the spill volume'),
 (TR, "One of Pacific Lumen's crew, a Filipino able seaman, is missing", "VLCC's 25 crew is a different ship from Pacific Lumen's 22/24; one missing agrees"),
 (TR, 'have set a target of recovering 180 tonnes', 'target; city daily gives actual 64 tonnes recovered by Wednesday'),
 (TR, 'Ocean Meridian is expected to proceed', '3,100 boxes on board vs 4,250 teu capacity: different attributes'),
 (TR, 'Around 96,000 vessel movements were recorded', 'agrees with city daily (96,000) and ~260 a day'),
 (TR, 'rose from WS 52 to WS 61', 'correct arithmetic: +17.3%'),
 (CD, 'Thursday, Sep 24, 2026', 'Sep 24 2026 is a Thursday'),
 (CD, 'had spread over about 3 sq km of sea', 'area of slick, not volume; equals 300 hectares'),
 (CD, 'An earlier version of this article', 'explicitly superseded figure (10 sq km revised to 3)'),
 (CD, 'clean-up crews had recovered 64 tonnes', 'actual recovered oil-water mix vs target 180; not the spill volume'),
 (CD, 'The 300,000-tonne tanker Ocean Meridian', 'rounding of 299,800 dwt; deadweight, not cargo or spill'),
 (CD, 'The search for the missing crew member, a 31-year-old', 'one missing agrees'),
 (CD, 'Two other crew members of the Pacific Lumen were taken', 'two injured agrees with Malaysian agency'),
 (CD, 'The National Environment Agency said', 'quote attributed in the same sentence'),
 (CD, 'Associate Professor Goh Wei Ming', 'quote attributed, speaker named at start of paragraph'),
 (NA, 'JOHOR BAHRU, Sept 22 (Nusantara Press)', '"early today" = Tuesday 22 Sept, consistent date'),
 (NA, '"So far the slick has not entered Malaysian waters.', 'speaker named in the previous paragraph and "he said"'),
 (NA, 'was carrying some 270,000 tonnes of crude oil', 'same cargo as 2m barrels; cargo, not spill'),
 (NA, 'the slick covered about 300 hectares', '300 ha = 3 sq km; 9 nautical miles is distance of slick from coast, not collision position'),
 (NA, 'Johor Department of Environment (DOE)', 'monitoring stations, unrelated count'),
 (NA, "Singapore's Maritime and Port Authority had earlier said", 'paraphrase of the MPA statement, not a quote'),
 (NA, 'handles about 260 vessel movements a day', '260 a day ~ 96,000 a year: same figure per different period'),
 (BR, 'Report to the Audit Committee, Tuesday, October 6, 2026', 'October 6, 2026 is a Tuesday'),
 (BR, 'Council approved the replacement of the Harbour Street Bridge', 'approved budget, different attribute from spending and forecast'),
 (BR, 'The bridge opened on August 17, 2026, 21 months later', 'Nov 2024 -> Aug 2026 is 21 months; spending to date vs budget'),
 (BR, 'Staff now forecast a final cost of $126.0 million', 'forecast final cost vs spending so far'),
 (BR, 'is $42.0 million, or 50 per cent', 'correct arithmetic'),
 (BR, 'The contingency of $6.5 million was exhausted', 'June 2021 -> March 2023 is less than two years: correct'),
 (BR, 'The price of steel delivered to site rose', 'correct arithmetic (+40%); price per tonne, not tonnage'),
 (BR, 'The delay of nearly two years', '"nearly two years" agrees with 21 months'),
 (BR, 'In 2025 alone, the project spent $22.6 million', 'one year of spending, different period'),
 (BR, "The City's entire 2026 capital budget for bridges", 'different subject (all other bridges and culverts)'),
 (BR, 'We recommend that Council require quarterly reporting', 'threshold, not a project figure'),
 (WE, 'MALAPPURAM, April 28', 'dateline; April 28 2026 is Tuesday, consistent with "on Tuesday"'),
 (WE, 'Around 1,200 guests had been invited', 'invited guests, not people treated'),
 (WE, 'Twenty-three patients were admitted', 'admitted and discharged, different attributes from treated'),
 (WE, 'District Medical Officer (Health) Dr. K. Sreelatha said', 'quotation attributed in the same paragraph'),
 (WE, 'on Monday (April 27)', 'April 27 2026 is a Monday: correct'),
 (WE, 'had been fined ₹10,000 in 2024', 'earlier fine, different period'),
 (WE, 'Mr. Anwar said the department would step up', 'campaign title in quotes'),
 (WE, 'The district recorded 14 outbreaks', 'district annual statistic, different subject/period'),
 (WE, 'Dr. Sreelatha urged anyone', 'quotation attributed'),
 (R, 'The nearest support tower, pylon 7', 'pylon height and distance uphill are different attributes from the 40 m fall'),
 (BR, 'The 11 change orders approved under delegated authority', 'subset (11, agrees with "Eleven of these"); $2.3m value and $250,000 limit are different attributes'),
 (BR, 'Reinforcing bar for the deck', 'rebar is a different material from the structural steel tonnage'),
 (BR, '[1] Council resolution CR-2021-114', 'note 1 exists and is in sequence'),
 (WE, 'had paid the caterer about ₹4.5 lakh', 'price paid for catering, not the penalty'),
 (WE, 'on Tuesday (April 28) under Section 274', 'April 28 2026 is a Tuesday: correct'),
 (MK, 'The International Council for the Exploration of the Sea (ICES) advised', 'scientific advice, not a quota; correct arithmetic 174k -> 212k = +22%'),
 (MK, "Norway's quota for 2026 was 53,700 tonnes", 'different period (2026) and landings is a different attribute'),
 (MK, 'Fisheries Minister Kjersti Haugland said', 'quote attributed in the same sentence; [the mackerel] is an editorial insertion, not a note marker'),
 (MK, 'The Faroe Islands followed within hours', 'different country; "almost 40,000" agrees with 39,000'),
 (MK, 'Iceland is expected to announce its quota', 'different country and period'),
 (MK, 'The European Union and the United Kingdom', 'different parties'),
 (MK, 'Together with the quotas already set by Norway', 'sum 66,400+39,000+17,000+82,000 = 204,400: correct'),
]

def mk(entries):
    out = []
    for i, rules, at, what in entries:
        out.append({'id': i, 'rules': rules, 'at': [[f, L(f, s)] for f, s in at], 'what': what})
    return out
expected, notes = mk(E), mk(N)
traps = [{'file': f, 'line': L(f, s), 'what': w} for f, s, w in TR_]
bad = {(f, l) for e in expected + notes for f, l in e['at']}
for t in traps:
    assert (t['file'], t['line']) not in bad, t
seen = set()
for t in traps:
    k = (t['file'], t['line']); assert k not in seen, t; seen.add(k)
key = {'expected': expected, 'notes': notes, 'traps': traps,
       'must_not': [[t['file'], t['line'], t['what']] for t in traps]}
json.dump(key, open(os.path.join(ROOT, '..', 'key.json'), 'w'), indent=1, ensure_ascii=False)
print(len(expected), 'expected', len(notes), 'notes', len(traps), 'traps')
from collections import Counter
print(Counter(r for e in expected for r in e['rules']))
