"""Builds key.json by locating each planted item via a unique substring (so line numbers stay correct after edits)."""
import json, os, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
files = {os.path.basename(p): p for p in glob.glob(os.path.join(DOCS, '**', '*.txt'), recursive=True)}
assert len(files) == len(glob.glob(os.path.join(DOCS, '**', '*.txt'), recursive=True)), 'duplicate base names'

def L(fname, sub):
    lines = open(files[fname]).read().split('\n')
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        sys.exit(f'{fname}: substring {sub!r} matched lines {hits}')
    return hits[0]

W = 'derail_npa_wire.txt'; G = 'derail_gazette.txt'; R = 'derail_valley_radio.txt'
T = 'breach_tribune.txt'; D = 'breach_techdaily.txt'
C = 'recall_conwire.txt'; B = 'recall_business_ledger.txt'
A = 'avalanche_alpine_herald.txt'; S = 'satellite_skarv2.txt'; Z = 'zoo_annual_review.txt'
M = 'merger_briefing.txt'; K = 'court_marsh_sentencing.txt'

expected = [
 # ---- numeric conflicts: across articles of one cluster
 ('H1', ['numeric-conflict'], [(W, 'carrying 212 passengers'), (G, '248 passengers were aboard')],
  'passengers aboard the derailed train: 212 (wire) vs 248 (Gazette)'),
 ('H2', ['numeric-conflict'], [(W, 'killing two people and injuring 37'), (R, 'Thirty-one people were hurt')],
  'people injured in the derailment: 37 (wire, count with no noun after it) vs thirty-one in words (radio)'),
 ('H3', ['numeric-conflict'], [(W, 'Firefighters evacuated 85 homes'), (G, 'Residents of 58 homes')],
  'homes evacuated over the diesel leak: 85 vs 58'),
 ('H4', ['numeric-conflict'], [(T, 'took data of 4.2 million customers'), (T, 'belonging to 4.2 million of its customers'), (D, 'personal details of 2.4 million customers')],
  'customers whose data was stolen: 4.2 million (Tribune headline and lede) vs 2.4 million (TechDaily)'),
 ('H5', ['numeric-conflict'], [(T, 'demanded a ransom of $8 million'), (D, 'demanded $3 million')],
  'ransom demanded by the attackers: $8 million vs $3 million'),
 ('H6', ['numeric-conflict'], [(C, 'is recalling 163,000 sport-utility'), (B, 'recall of about 136,000 SUVs')],
  'vehicles recalled: 163,000 vs about 136,000 (digit transposition; hedge does not cover the gap)'),
 ('H7', ['numeric-conflict'], [(C, 'linked to 12 crashes'), (B, 'linked to twenty-one crashes')],
  'crashes linked to the defect: 12 vs twenty-one (number word)'),
 # ---- numeric conflicts: inside one article
 ('H8', ['numeric-conflict'], [(G, 'entered the bend at about 90 km/h'), (G, 'doing 80 miles an hour')],
  'train speed on the bend: about 90 km/h (~56 mph) vs 80 miles an hour (~129 km/h) -- units genuinely disagree'),
 ('H9', ['numeric-conflict'], [(C, 'after about 50,000 km of driving'), (C, 'more than 50,000 miles')],
  'mileage at which hoses crack: 50,000 km vs 50,000 miles (same digits, different unit = different quantity)'),
 ('H10', ['numeric-conflict'], [(D, 'three outside forensic firms'), (D, 'The two forensic firms hired')],
  'forensic firms hired: three vs two (both number words)'),
 ('H11', ['numeric-conflict'], [(A, 'buried eleven off-piste skiers'), (A, 'All 13 buried skiers')],
  'skiers buried: eleven (word, lede) vs 13 later'),
 ('H12', ['numeric-conflict'], [(A, 'about 400 metres wide'), (A, 'some 800 feet across')],
  'width of the avalanche: about 400 m vs some 800 ft (~244 m)'),
 ('H13', ['numeric-conflict'], [(S, 'The 1,450-kilogram satellite'), (S, 'the 1.2-tonne spacecraft')],
  'mass of Skarv-2: 1,450 kg vs 1.2 tonnes'),
 ('H14', ['numeric-conflict'], [(Z, 'welcomed 612,000 visitors in 2025'), (Z, 'Of the 621,000 visitors recorded in 2025')],
  'zoo visitors in 2025: 612,000 vs 621,000'),
 ('H15', ['numeric-conflict'], [(M, 'enrol some 38,000 students'), (M, 'With its 31,000 students')],
  'students at the merged university: some 38,000 vs 31,000 (subject "the new university" carried from earlier)'),
 # ---- arithmetic
 ('H16', ['numeric-arithmetic'], [(T, 'fell from $48 to $36')], '48 -> 36 is a 25% drop, not 20 percent'),
 ('H17', ['numeric-arithmetic'], [(B, 'a decline of 30%')], '1.4bn -> 1.1bn is a 21% decline, not 30%'),
 ('H18', ['numeric-arithmetic'], [(S, 'an overrun of 22 percent')], '250m -> 320m is a 28% overrun, not 22 percent'),
 ('H19', ['numeric-arithmetic'], [(Z, 'from 8,400 to 9,870 households')], '8,400 -> 9,870 is +17.5%, not 23%'),
 # ---- dates / times
 ('H20', ['date-inconsistency'], [(W, 'at 7:42 a.m. on Monday'), (R, 'shortly after 8.30 on Monday morning')],
  'time of the derailment: 7:42 a.m. (wire) vs shortly after 8.30 (radio)'),
 ('H21', ['date-inconsistency'], [(T, 'discovered the intrusion on October 14'), (D, 'first detected on October 21')],
  'date the intrusion was discovered/detected: October 14 vs October 21'),
 ('H22', ['date-inconsistency'], [(A, 'released shortly after 2 p.m.'), (A, 'the slope gave way at 11:20')],
  'time the avalanche released: shortly after 2 p.m. (lede) vs 11:20 (later in the same article)'),
 ('H23', ['date-inconsistency'], [(K, 'Thursday, May 13, 2026')], 'weekday/date mismatch: May 13, 2026 is a Wednesday'),
 # ---- attribution / citation
 ('H24', ['quote-conflict'], [(W, 'until every metre of track has been checked'), (G, 'until every inch of it has been inspected')],
  'Okafor quoted in different words by the wire and the Gazette'),
 ('H25', ['quote-conflict'], [(T, 'We failed our customers, and I am deeply sorry'), (D, 'We let our customers down, and I am truly sorry')],
  'Ostlund apology quoted in different words by the Tribune and TechDaily'),
 ('H26', ['quote-conflict'], [(C, 'Safety is not something we negotiate on, whatever the cost'), (B, 'Safety is something we never negotiate on, whatever it costs')],
  'Vos quoted in different words by the wire and the Ledger'),
 ('H27', ['unattributed-quote'], [(R, 'It sounded like thunder')], 'eyewitness quote with no speaker in or near the paragraph'),
 ('H28', ['unattributed-quote'], [(B, "It's a cheap part.")], 'stand-alone quote with no speaker; neighbouring paragraphs name nobody'),
 ('H29', ['unattributed-quote'], [(K, 'Every pound he took was a pound given')], 'stand-alone quote with no speaker; neighbours name no speaker'),
 ('H30', ['footnote-gap'], [(Z, 'for 11 years.[5]'), (Z, "5. The cubs' mother")], 'footnote markers and notes run 1, 2, 3, 5 -- note 4 missing'),
 ('H31', ['footnote-no-notes'], [(M, 'under a single charter [1]'), (M, 'outside the capital [2]'), (M, 'consultancy [3]')],
  'reference markers [1]-[3] but the document has no notes/references section'),
]

notes = [
 ('N1', ['anonymous-source'], [(G, 'One rail worker, who asked not to be named')], 'anonymous rail worker'),
 ('N2', ['anonymous-source'], [(D, 'a person familiar with the investigation told TechDaily')], 'person familiar with the investigation'),
 ('N3', ['anonymous-source'], [(K, 'who spoke on condition of anonymity')], 'anonymous former trustee'),
 ('N4', ['vague-source'], [(R, 'Rail safety experts say')], 'unnamed experts'),
 ('N5', ['vague-source'], [(T, 'Security researchers say')], 'unnamed researchers'),
 ('N6', ['vague-source'], [(A, 'Avalanche experts say')], 'unnamed experts'),
 ('N7', ['vague-source'], [(M, 'Some observers have questioned')], 'unnamed observers'),
]

traps = [
 # derailment wire
 (W, 'Two killed, dozens hurt', '"dozens hurt" agrees with both 31 and 37 injured; two deaths agree everywhere'),
 (W, 'Two of the injured were in a critical condition', 'critical-condition count is a different attribute from injured (H2)'),
 (W, 'estimated at about 4,000 litres', 'same spill as the radio\'s "about 4,000 litres, roughly 1,050 gallons" (unit conversion agrees)'),
 (W, 'normally carries about 40 trains a day', 'same as the Gazette\'s "around 40 services a day"'),
 (W, 'team of six inspectors to the site', 'six inspectors / within 30 days agrees with radio "six inspectors ... within a month"; not the crew of five'),
 (W, 'permanent speed limit of 40 mph', 'speed limit is a different attribute from the train\'s speed (H8); agrees with Gazette 40 mph ~ 64 km/h'),
 (W, 'since 2011, when three people died', 'three deaths in 2011 is a different event/period from the two deaths now'),
 (W, 'Mayor Sandra Whitlow said', 'quote attributed in the same paragraph ("she said")'),
 # gazette
 (G, 'Castlebridge Gazette, Tuesday 10 March 2026', 'publication date line; 10 March 2026 is a Tuesday and "yesterday" = Monday 9 March'),
 (G, 'at least 30 were injured', 'hedge "at least 30" is consistent with both 31 and 37'),
 (G, 'The limit on that stretch is 40 mph, or about 64 km/h', 'same limit in two units (40 mph = 64 km/h); limit, not the train\'s speed'),
 (G, 'The first ambulance reached the crossing at 8:05 a.m.', 'arrival of the ambulance is a different event from the derailment time (H20)'),
 (G, '19 patients were still being treated', 'patients still in hospital the next day is a different attribute from total injured'),
 (G, 'Around 120 people registered', 'people at the rest centre, not homes evacuated (H3)'),
 (G, 'People were climbing out through the windows', 'speaker (Councillor Ellery) named in the previous paragraph and "she told the Gazette"'),
 (G, 'around 40 services a day use the line', 'agrees with the wire\'s "about 40 trains a day"'),
 (G, 'deadliest on the line since 2011', 'three killed in 2011: different period/event'),
 # radio
 (R, 'Updated 18:20, Monday 9 March', 'time of the web update, not of the derailment; weekday correct'),
 (R, 'An earlier version of this story, published at 10:05', 'earlier report of one death superseded by a stated later update (12:40); not a conflict with "two people have died"'),
 (R, 'had more than 200 passengers and a crew of five', '"more than 200" agrees with both 212 and 248; crew of five agrees with the wire'),
 (R, 'We were thrown against the seats', 'speaker (Aisha Rahman) named in the previous paragraph'),
 (R, 'roughly 1,050 gallons', 'same 4,000-litre spill given in gallons; "dozens of homes" is consistent with 58 and 85'),
 (R, 'said the line would stay shut until all of the track had been checked', 'paraphrase of Okafor that agrees in meaning with both quotes; not a quote'),
 (R, 'The first replacement bus left Orrin at 11:15', 'different event (bus service), not the time of the crash'),
 (R, '"accident black spot"', 'scare quotes around a label, not a quotation needing a speaker'),
 (R, 'sent a team of six inspectors and expects', '"within a month" = the wire\'s "within 30 days"'),
 (R, '"Morning in the Vale"', 'programme title in quotes; 7 a.m. Tuesday is the phone-in, not the crash'),
 # tribune
 (T, 'about 11 million registered customers', 'total customer base and card-detail subset (900,000) are different attributes from customers affected (H4)'),
 (T, 'first got into its systems on September 3', 'date of initial access, a different event from discovery (H21); agrees with TechDaily'),
 (T, "\"Nobody's card will be charged", 'identical wording in both outlets; attributed to Ostlund'),
 (T, 'spend $25 million over three years', 'budget ($25m) vs spent so far ($6m) are different attributes; $25m agrees with TechDaily'),
 (T, 'Last year Tixora reported a much smaller incident', '30,000 customers last year: different incident/period'),
 (T, '"far more data than they need"', 'partial quote attributed to FairTrade Watch in the same sentence'),
 (T, '"If you don\'t collect it, nobody can steal it," Mendes said.', 'attributed quote'),
 # techdaily
 (D, 'disclosed the breach publicly on Thursday, October 22', 'public disclosure is a different event from detection; Oct 22 2026 is a Thursday'),
 (D, 'The attackers first got in on September 3', 'agrees with the Tribune; different event from detection'),
 (D, 'Card details of about 900,000 customers', 'agrees with the Tribune\'s "roughly 900,000"'),
 (D, 'She also promised refunds', 'identical quote in both outlets, attributed ("Ostlund said")'),
 (D, 'described the attack as "sophisticated"', 'scare quotes on one word, not a quotation'),
 (D, 'retained two law firms', 'law firms are a different subject from the forensic firms (H10)'),
 (D, 'a $25 million, three-year security programme', 'same $25m budget as the Tribune'),
 (D, 'Its stock recovered to $39 on Friday', '39 is 18.75% below 48 -> "about 19%" correct; Friday price vs Thursday close is a different period'),
 (D, 'Rival seller Stagepass', 'different company (1.1 million users), different period'),
 (D, 'This was not a smash-and-grab', 'quote attributed to Ana Whitcombe in the same paragraph'),
 # recall wire
 (C, 'About 41,000 of the vehicles are in Canada', 'country subset vs worldwide total (H6); agrees with the Ledger'),
 (C, 'Four people suffered minor injuries', 'injuries are a different attribute from crashes (H7); agrees with the Ledger\'s "four people were slightly hurt"'),
 (C, 'The repair takes about 90 minutes', 'repair time and letter date, nothing contradicts them'),
 (C, 'warranty covers 100,000 km', 'warranty distance is a different attribute from the crack mileage (H9)'),
 (C, 'recalled about 90,000 vehicles last year', 'different recall, different period'),
 (C, '"in discussions"', 'short quoted phrase attributed to a spokesman'),
 # recall ledger
 (B, 'Canada accounts for about 41,000', 'agrees with the wire; region vs worldwide'),
 (B, 'expected to cost about 85 million euros', 'cost estimate vs amount already booked: different attributes'),
 (B, 'Revenue rose 8% to 16.2 billion euros from 15.0 billion', '15.0 -> 16.2 is exactly +8%'),
 (B, 'expect operating profit of 5.2 billion euros for the full year', 'full-year forecast vs first-quarter actual (1.1bn): different periods'),
 (B, 'This is a cost line, not a crisis', 'speaker (Marta Kiel) named in the previous sentence'),
 (B, 'Rival Corsa Automotive recalled 210,000 cars', 'different company'),
 (B, '"Built for the Long Road"', 'campaign title in quotes'),
 # avalanche
 (A, 'It ran for 1.2 kilometres, roughly three-quarters of a mile', 'length, not width (H12); 1.2 km ~ 0.75 mile agrees'),
 (A, 'Nine were dug out alive', 'survivors (9) + dead (2) = 11; hospitalised is a different attribute from buried'),
 (A, 'The first rescue helicopter landed on the debris at 14:35', 'helicopter landing is a different event from the release time (H22)'),
 (A, 'Everyone had a transceiver', 'speaker (Brenner) named in the previous paragraph, "He said"'),
 (A, 'raised its warning level to 4', 'warning-level change on Friday evening: different event'),
 (A, 'up to 1.5 metres, or about five feet, deep', 'depth (not width) of the fracture line; 1.5 m ~ 5 ft agrees'),
 (A, 'Twenty-three people have died in avalanches in the region this winter', 'regional season totals, not this avalanche; different periods'),
 (A, '85 kilometres of marked pistes', 'resort piste length: unrelated quantity'),
 # satellite
 (S, 'altitude of 600 km, roughly 370 miles', 'same altitude in two units'),
 (S, 'The Aurel-2 can carry up to 2.3 tonnes', 'rocket capacity, not satellite mass; "more than half" is true for either mass'),
 (S, 'About 45 million euros of that went on new ground stations', 'part of the cost, a different attribute from total cost/budget'),
 (S, 'After two days of waiting', 'speaker (Ingrid Solheim) named in the previous sentence, "she said"'),
 (S, 'weighed just 900 kg', 'mass of the first Skarv satellite: different subject'),
 (S, 'four times sharper than the 20-metre resolution', '20 m / 5 m = 4: correct arithmetic'),
 (S, '"quiet period"', 'scare quotes on a team\'s label'),
 (S, '"Cold Front"', 'documentary title in quotes'),
 # zoo
 (Z, 'Attendance was up 7% on 2024', '574,000 -> 612,000 is +6.6% ~ 7%; 2024 figure is a different period'),
 (Z, 'The zoo employs 214 staff', 'staff/animal/volunteer counts: different attributes'),
 (Z, 'Income from admissions reached 9.8 million pounds, against a budget', 'actual vs budget: different attributes'),
 (Z, 'of which 2.6 million pounds has been spent so far', 'budget (4m) vs spent so far (2.6m) vs cost of phase one (3.2m)'),
 (Z, 'When people see a pangolin up close', 'speaker (Priya Anand) named in the previous sentence'),
 (Z, '"pangolin effect"', 'scare quotes'),
 (Z, '"Nights at the Bay"', 'event title in quotes'),
 (Z, 'Veterinary costs fell to 640,000 pounds from 710,000 pounds', '710k -> 640k is -9.9% ~ "about 10%": correct'),
 (Z, 'For 2026 we are forecasting 650,000 visitors', 'forecast for a different year'),
 (Z, 'more than 600,000 visitors through our gates', 'hedge agrees with both 612,000 and 621,000'),
 # merger
 (M, 'Ashcombe currently has 22,500 students', 'per-institution counts (different subjects); they sum to 37,900 ~ "some 38,000"'),
 (M, 'Together the two institutions employ about 6,100 staff', 'staff, posts cut and posts created are different attributes from students'),
 (M, 'projected to reach 42,000 by 2032', 'projection for a later year'),
 (M, "Redfern's income rose from 180 million pounds to 198 million pounds", '180 -> 198 is exactly +10%'),
 (M, '"a merger of equals"', 'partial quote attributed to Prof. Reyes in the same sentence'),
 (M, '"super-university"', 'scare quotes on a label'),
 (M, 'An earlier attempt to merge, in 2019', 'earlier attempt: different event/period'),
 # court
 (K, 'jailed for six years over 2.3m fraud', 'six years = the 72-month sentence'),
 (K, 'annual income of about 900,000 pounds', 'income is a different attribute from the sum taken; 2.3m / 0.9m = 2.56 years, "more than two and a half" correct'),
 (K, 'paid himself through it for almost six years', 'duration of the fraud (2017-2023), a different attribute from the six-year sentence'),
 (K, 'starting point of seven years after trial', 'guideline starting point, not the sentence imposed'),
 (K, 'You were trusted with money', 'speaker (Judge Helen Acres) named in the previous sentence'),
 (K, 'half of the 72-month sentence, three years', '72 months = six years; half = three years'),
 (K, 'was given a two-year sentence suspended', 'different defendant (Elaine Marsh)'),
 (K, 'So far 1.1 million pounds has been recovered', 'amount recovered vs amount taken: different attributes'),
 (K, 'Marsh was first arrested in March 2024', 'arrest date: different event from the sentencing'),
 (K, '"a line drawn under a very dark chapter"', 'partial quote attributed to Alison Wray'),
 (K, '"Back on the Hill"', 'appeal title in quotes'),
]

def at(pairs):
    return [[f, L(f, s)] for f, s in pairs]

key = {
 'expected': [{'id': i, 'rules': r, 'at': at(p), 'what': w} for i, r, p, w in expected],
 'notes': [{'id': i, 'rules': r, 'at': at(p), 'what': w} for i, r, p, w in notes],
 'traps': [{'file': f, 'line': L(f, s), 'what': w} for f, s, w in traps],
}
key['must_not'] = [[t['file'], t['line'], t['what']] for t in key['traps']]

# sanity: no trap line is also a finding/note line; no duplicate trap lines
hot = {(f, l) for e in key['expected'] + key['notes'] for f, l in e['at']}
tl = [(t['file'], t['line']) for t in key['traps']]
bad = [x for x in tl if x in hot]
dups = {x for x in tl if tl.count(x) > 1}
if bad or dups:
    sys.exit(f'overlap {bad} dups {dups}')
json.dump(key, open(os.path.join(ROOT, 'key.json'), 'w'), indent=1)
print(len(key['expected']), 'expected;', len(key['notes']), 'notes;', len(key['traps']), 'traps;', len(files), 'docs')
