import json, os, sys
ROOT = os.path.join(os.path.dirname(__file__), '..', 'docs')
files = {}
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.txt'):
            assert f not in files, f
            files[f] = open(os.path.join(d, f), encoding='utf-8').read().split('\n')

def L(f, sub):
    hits = [i + 1 for i, line in enumerate(files[f]) if sub in line]
    if len(hits) != 1:
        sys.exit(f'{f}: {sub!r} -> {hits}')
    return hits[0]

def at(*pairs):
    return [[f, L(f, s)] for f, s in pairs]

CW, CB, CL = 'coach_wire.txt', 'coach_broadcaster.txt', 'coach_localpaper.txt'
WW, WN, WL = 'water_wire.txt', 'water_national.txt', 'water_local.txt'
FF, FR, FT = 'factory_financial.txt', 'factory_regional.txt', 'factory_trade.txt'
CY, VO, HA = 'cyberattack_council.txt', 'volcano_bulletin.txt', 'hailstorm_insurance.txt'

E = []
def exp(rule, pairs, what):
    E.append({'id': f'H{len(E)+1}', 'rules': [rule], 'at': at(*pairs), 'what': what})

# ---- coach crash cluster
exp('numeric-conflict', [(CW, 'Three people were killed and 27'), (CB, 'Four people have died'), (CL, 'killing three')],
    'coach crash death toll: three (wire, local paper) vs four (broadcaster); no later time or update stated')
exp('numeric-conflict', [(CW, 'Three people were killed and 27'), (CL, 'More than 30 people were taken to hospital')],
    'people taken to hospital: 27 (wire) vs "more than 30" (local paper) - the hedge does not cover 27')
exp('numeric-conflict', [(CW, 'about 50 mph (80 km/h)'), (CB, 'around 110km/h')],
    'coach speed per police: about 50 mph / 80 km/h (wire) vs around 110 km/h (~68 mph, broadcaster) - different units that genuinely disagree')
exp('numeric-conflict', [(CL, 'Of the forty-one passengers'), (CL, 'carrying 46 passengers'), (CW, 'had 46 passengers on board'), (CB, 'most of the 46 passengers')],
    'passengers on board: 46 in the local paper lede (and wire, broadcaster) vs "forty-one" (number in words) further down the same article')
exp('numeric-arithmetic', [(CW, 'a 40 percent increase')],
    'fleet grew from 18 to 27 coaches = +50%, not 40%')
exp('date-inconsistency', [(CW, 'at about 10:20 a.m. on Saturday'), (CB, 'at about 10:20 on Saturday morning'), (CL, 'shortly before 8 a.m. on Saturday')],
    'time of the crash: about 10:20 a.m. (wire, broadcaster) vs shortly before 8 a.m. (local paper)')
exp('quote-conflict', [(CW, '"This is a devastating day'), (CB, '"This is a tragic day')],
    'Ch Insp Mairi Duncan at the scene: "devastating day" (wire) vs "tragic day" (broadcaster) for the same remark')
exp('unattributed-quote', [(CL, '"We heard a bang')],
    'eyewitness quote with no speaker in it or in the neighbouring paragraphs')

# ---- water contamination cluster
exp('numeric-conflict', [(WW, 'About 8,200 households'), (WL, 'about 12,000 homes')],
    'households under the boil advisory: about 8,200 (wire) vs about 12,000 homes (local); "households"/"homes" name the same quantity')
exp('numeric-conflict', [(WN, 'At least 140 people have fallen ill'), (WN, 'In all, 96 people have fallen ill')],
    'people ill, both per county health department on Friday: at least 140 (lede) vs 96 (later in same article)')
exp('numeric-conflict', [(WW, 'more than 150,000 gallons'), (WL, 'about 200,000 liters')],
    'bottled water handed out on the first day (Tuesday): >150,000 gallons (~568,000 L) vs about 200,000 litres - units genuinely disagree')
exp('numeric-conflict', [(WL, 'brought in seventy contract workers'), (WL, 'the 45 contract workers')],
    'contract workers brought in during the advisory: "seventy" (words) vs 45 in the same article')
exp('numeric-arithmetic', [(WL, 'nine - 74 percent -')],
    '9 of 14 samples = 64%, not 74%')
exp('date-inconsistency', [(WN, 'Wednesday, March 9')],
    'March 9, 2026 was a Monday (wire: samples taken Monday; advisory Tuesday); weekday/date mismatch')
exp('quote-conflict', [(WW, '"We will not lift this advisory'), (WN, '"We won\'t lift the advisory')],
    'Whitlock at Tuesday news conference: "clean for three straight days" (wire) vs "clean for a full week" (national)')

# ---- factory closure cluster
exp('numeric-conflict', [(FF, 'Cutting 1,150 Jobs'), (FF, 'eliminating 1,150 jobs'), (FF, 'The 1,150 job cuts'), (FR, 'that 950 jobs will go')],
    'jobs cut at Stockton plant: 1,150 (financial wire) vs 950 (regional paper)')
exp('numeric-conflict', [(FF, 'restructuring charge of about'), (FF, 'The £26 million charge')],
    'restructuring charge: about £38 million in the lede vs "the £26 million charge" later in the same story')
exp('numeric-conflict', [(FF, 'built about 240,000 gas boilers last year'), (FT, 'The site produced 310,000 boilers last year')],
    'boilers produced at Stockton last year: about 240,000 (financial) vs 310,000 (trade)')
exp('numeric-arithmetic', [(FF, 'about 54% of the 1,800')],
    '1,150 of 1,800 = 64%, not 54%')
exp('date-inconsistency', [(FF, 'announced the plan on Tuesday'), (FT, 'on Wednesday 21 January'), (FR, 'learned yesterday that their factory')],
    'announcement day: Tuesday 20 January (financial, dated Jan 20; regional dated Wed 21 Jan says "yesterday") vs Wednesday 21 January (trade)')
exp('quote-conflict', [(FF, 'boilers here for three generations'), (FR, 'boilers here for four generations')],
    'Karen Holt (GMB): "three generations" (financial) vs "four generations" (regional) in the same remark')
exp('unattributed-quote', [(FR, "\"I've given this place 31 years")],
    'worker quote with no speaker; neighbouring paragraphs are about the site history and demand')

# ---- singletons
exp('numeric-conflict', [(CY, 'take 1,400 laptops'), (CY, 'all 1,100 machines that had been taken offline')],
    'computers taken offline: 1,400 (lede) vs "all 1,100 machines" later in the same article')
exp('unattributed-quote', [(CY, '"Half of what we do is phone calls')],
    'staff quote with no speaker anywhere near (previous paragraph is about council reserves, next one an anonymous source)')
exp('numeric-conflict', [(VO, 'About 3,400 people have been evacuated'), (VO, '4,300 people had been forced from their homes')],
    'evacuated / forced from homes, both as of 23 Feb 18:00: 3,400 (highlights) vs 4,300 (BPBD, body)')
exp('date-inconsistency', [(VO, 'erupted at 02:14 local time'), (VO, 'shortly after 4 a.m. on 22 February')],
    'eruption start: 02:14 (highlights; consistent with "three hours after 23:00") vs shortly after 4 a.m. (body)')
exp('footnote-no-notes', [(VO, 'exclusion zone.[1]'), (VO, 'host families.[2]'), (VO, '11:52 on 23 February.[3]'), (VO, 'respiratory complaints.[4]')],
    'footnote markers [1]-[4] but the bulletin has no notes/sources section')
exp('numeric-conflict', [(HA, 'Insurers had received 41,000 claims by 31 July'), (HA, 'policyholders had lodged 36,500 claims')],
    'claims by 31 July / "by the end of July": 41,000 vs 36,500 in the same report')
exp('numeric-arithmetic', [(HA, 'a 60 per cent increase')],
    'EUR 210m -> EUR 315m is +50%, not 60%')
exp('footnote-gap', [(HA, 'insured values.[4]'), (HA, '[4] Meridian Re Analytics event loss')],
    'footnotes run [1], [2], [4], [5]: note 3 missing in text and notes')

N = []
def note(rule, f, s, what):
    N.append({'id': f'N{len(N)+1}', 'rules': [rule], 'at': at((f, s)), 'what': what})
note('vague-source', CW, 'Experts say the Glencoe stretch', '"Experts say" with no named expert')
note('vague-source', CL, 'Locals say the bend', '"Locals say"')
note('anonymous-source', CL, 'A source close to the investigation', 'unnamed source close to the investigation')
note('vague-source', WN, 'Experts say small systems', '"Experts say"')
note('anonymous-source', FF, 'according to a person familiar with the matter', 'person familiar with the matter, not identified')
note('vague-source', FT, 'Industry observers say', '"Industry observers say"')
note('anonymous-source', CY, 'A council source said', 'unnamed council source')
note('vague-source', CY, 'Experts say councils are attractive', '"Experts say"')
note('vague-source', HA, 'Meteorologists say hailstorms', '"Meteorologists say" with no named source')

T = []
def trap(f, s, what):
    T.append({'file': f, 'line': L(f, s), 'what': what})

# coach
trap(CW, 'Six of those taken to hospital', 'seriously injured (6) is a different attribute from total hospitalised (27) and deaths; local paper also says six serious')
trap(CW, 'Initial reports on social media put the number of dead at two', 'explicitly superseded early figure (two dead); not a conflict with three/four')
trap(CW, 'closed in both directions for more than 11 hours', 'road closure duration and reopening time (21:40), not the crash time; 10:20->21:40 is >11 h, consistent')
trap(CW, 'The driver, 58, had held', 'driver age and licence years - unrelated quantities')
trap(CW, '"a dreadful tragedy"', 'quote attributed to the First Minister in the same sentence')
trap(CW, 'Clyde Valley Tours said in a statement', 'scare-quoted phrase attributed to the company in the same sentence')
trap(CW, 'more than 4,000 pounds by Saturday night', 'appeal total on Saturday night vs £18,500 by Wednesday (local): different periods')
trap(CB, 'More than 25 people were taken to hospitals', 'hedge "more than 25" agrees with 27 and does not contradict "more than 30"')
trap(CB, 'it sent 11 ambulances', 'ambulances sent (11) - different attribute; not the 11-hour closure or a casualty count')
trap(CB, '19 patients had been treated at Belford', 'patients at one hospital (subset of those hospitalised), different subject')
trap(CB, 'He told BBC Scotland: "The coach', 'quote attributed to Callum Reid in the same paragraph')
trap(CB, '"You never think it will happen', 'speaker (Reid) named in previous paragraph and "he said"')
trap(CB, 'shut for about 11 and a half hours', 'closure duration agrees with "more than 11 hours" and 10:20->21:40')
trap(CB, 'a £40m package of upgrades', 'planned upgrade budget and future start year (2028) - not the crash')
trap(CB, 'said it was "devastated"', 'scare quote attributed to the operator')
trap(CL, 'Thursday, 18 June 2026', 'publication date line; 18 June 2026 is a Thursday; not the crash date')
trap(CL, 'tea and soup to about 60 people', 'people served at rest centre - different attribute from passengers/hospitalised')
trap(CL, 'described the response as "extraordinary"', 'quote with speaker (Ailsa MacColl) named in same paragraph')
trap(CL, '"The people of this glen', 'Duncan quote of a DIFFERENT remark on Sunday - not a quote-conflict with the scene quote')
trap(CL, 'The national speed limit for coaches', 'speed limit (50mph) is a different attribute from the coach\'s estimated speed')
trap(CL, '"We have near misses on that bend', 'speaker (Baxter) named in sentence and previous paragraph')
trap(CL, 'The road reopened shortly before 10pm', 'reopening time agrees with 21:40; not the crash time')
trap(CL, 'raised £18,500 by Wednesday evening', '£18,500 vs £10,000 target: actual vs target; "nearly double" is correct (1.85x)')
# water
trap(WW, 'which serves roughly 21,000 people', 'people served (21,000) vs households (8,200): different attribute')
trap(WW, 'officials expect the advisory to remain in place for at least a week', 'forecast duration; the local paper reports the actual (lifted after 11 days)')
trap(WW, '2.5-mile transmission main', '2.5 miles agrees with national correction; length of main, not volume')
trap(WW, 'had not yet linked any illnesses', 'Tuesday status (no illnesses linked yet) vs later counts on Friday - different period')
trap(WW, 'The district has about 3,100 students', 'students in district - unrelated quantity')
trap(WW, 'repairing the main will cost about $1.2 million', 'estimate; the local paper gives the actual $1.35m and says it exceeded the original $1.2m estimate')
trap(WN, 'Eleven people have been admitted', 'hospital admissions (11) - different attribute from people ill (140/96)')
trap(WN, 'so far spent about $740,000', 'spending so far vs $1.2m repair estimate / $1.35m repair cost - different attributes')
trap(WN, '"I had already made formula', 'speaker Angela Ruiz named in previous paragraph, "she said"')
trap(WN, 'had fallen from 31 on Wednesday to nine on Friday', 'daily new cases - different attribute from cumulative illness count')
trap(WN, '$625 billion in investment', 'national infrastructure need (forecast) - different subject')
trap(WN, 'Correction: An earlier version', 'explicit correction superseding "25 miles"; 2.5 miles agrees with wire')
trap(WL, 'was lifted after 72 consecutive hours', 'forecast ("about a week") vs actual (11 days) explicitly framed; 72 hours = three days agrees with wire quote')
trap(WL, 'Crews flushed more than 1,900 hydrants', 'hydrants flushed - different attribute from workers')
trap(WL, 'The Route 32 repair itself came in at $1.35 million', 'actual vs original $1.2m estimate, stated as such')
trap(WL, 'Council President Gwen Harper has proposed setting aside $2 million', 'proposed future budget - different from repair cost/spending; alert delay for Pike Township (nearly four hours) is a different subject from one resident\'s delay (more than three hours, national)')
trap(WL, 'City Council will hold a special meeting on Thursday, March 26', 'March 26, 2026 is a Thursday; future meeting')
trap(WL, '"We did what the rules required', 'Whitlock named in previous sentence; different remark from the Tuesday quote')
trap(WL, 'water rates rose 12 percent last year, from $50 to $56', 'correct arithmetic ($50->$56 = +12%); scare-quoted "rightly angry" is attributed to Harper')
trap(WL, 'reopened Monday, March 16', 'weekday/date pairs correct (March 13 Friday, March 16 Monday)')
trap(WL, 'Saturday, March 21, 2026', 'date line correct weekday; "Friday morning" = March 20; 11 days after March 9 is consistent')
trap(WL, 'About 2,600 households picked up water', 'households collecting water on day one / cases delivered - different attributes from households under the advisory and from litres handed out')
# factory
trap(FF, 'January 20, 2026 at 8:14 AM GMT', 'timestamp of the story; Jan 20, 2026 is a Tuesday, consistent with "on Tuesday"')
trap(FF, 'Vestra shares rose as much as 4.2%', 'share move - unrelated percentage')
trap(FF, 'short of the 300,000 units Vestra had targeted', 'target vs actual output, explicitly framed')
trap(FF, 'About 650 employees will remain', 'jobs kept (650) - different attribute from jobs cut; Brno 2,400 is a different plant')
trap(FF, '"Demand for gas boilers in Britain', 'quote attributed to the CEO in same sentence')
trap(FF, 'has spent about £22 million on the Stockton site', 'actual investment since 2022 vs trade\'s planned £60m (plan) - not a conflict; also not the restructuring charge')
trap(FF, 'save about £45 million a year from 2028', 'forecast savings; SEB estimate is a different source\'s forecast; regional\'s £45m agrees')
trap(FF, 'operating profit of 1.4 billion kronor', 'actual vs analysts\' estimate, explicitly framed')
trap(FR, "'Hammer blow' as Vestra", 'headline scare quote; attributed to Karen Holt in the body')
trap(FR, 'Wednesday 21 January 2026', 'publication date, not the announcement date (announcement was "yesterday")')
trap(FR, 'The factory employs 1,800 people', 'total workforce - different attribute from jobs cut; agrees with financial 1,800')
trap(FR, 'The Portrack Lane site opened in 1962', 'opening year; "more than 60 years" consistent')
trap(FR, 'called the decision "devastating"', 'scare-quoted word attributed to the MP')
trap(FR, 'as many as 400 jobs at the plant could be at risk', 'earlier forecast of jobs at risk vs actual cuts; "more than twice" is correct (950 > 800)')
trap(FR, 'would save about £45m a year', 'same £45m savings forecast as financial wire')
trap(FR, '"We will not let these workers', 'speaker Priya Mann named in same paragraph')
trap(FR, '14 local firms had already contacted it', 'firms offering interviews / 200 vacancies elsewhere - different subjects')
trap(FT, 'stop making boilers at its Stockton-on-Tees factory by the end of 2026', 'end-of-production date (future), not the announcement date')
trap(FT, '"Project Northstar"', 'programme name in quotes, not a quotation')
trap(FT, 'planned to invest £60 million', 'planned investment (forecast) vs financial\'s actual £22m spent - explicitly a plan')
trap(FT, 'Brno will add a second shift and about 300 jobs', 'jobs created at Brno - different subject and attribute from Stockton cuts')
trap(FT, 'described the decision as a "hammer blow"', 'partial quote/paraphrase agreeing with both Holt quotes; attributed')
trap(FT, '"Every boiler we have ever sold', 'speaker Mark Edwards named in the same paragraph')
trap(FT, 'from 60,000 in 2023 to 90,000 in 2025, a 50% increase', 'correct arithmetic (+50%); industry-wide heat pump installs, different subject')
trap(FT, '"Heat Pump Ready" training courses', 'course title in quotes')
# cyber
trap(CY, 'early hours of Sunday 11 October', 'Oct 11, 2026 is a Sunday; detection time 4.30am disconnect is consistent')
trap(CY, 'calling itself "Black Fennel"', 'group name in scare quotes')
trap(CY, 'The council initially said about 40 services', 'explicitly superseded (40 -> 63 on Thursday)')
trap(CY, 'Calderbridge employs about 3,200 staff', 'staff count - different attribute from machines taken offline')
trap(CY, '"We are treating this with the utmost', 'quote attributed to Rebecca Hale in the same paragraph')
trap(CY, 'demanded £1.5m in cryptocurrency', 'ransom demand - different attribute from reserves/spend')
trap(CY, 'set aside £2m from its reserves', 'budget (£2m) vs spent so far (£410,000) - different attributes')
trap(CY, 'written to 48,000 households', 'households notified - unrelated to machines count')
trap(CY, 'Redcar and Cleveland council cost it about £10.4m', 'different council, different year')
trap(CY, 'had been told of "serious weaknesses"', 'scare quote attributed to Sam Ortiz\'s account of an audit')
trap(CY, '"within the next fortnight"', 'quoted phrase attributed to Hale in the same sentence')
# volcano
trap(VO, 'Two people were killed and 17 injured', 'deaths/injuries - different attributes from evacuees; 17 injured agrees with health section')
trap(VO, 'The first explosive eruption came a little over three hours later', '23:00 + ~3h = ~02:14, consistent with highlights')
trap(VO, 'at 30,000 feet (about 9 km)', '30,000 ft = 9.1 km; agrees with "about 9 km"')
trap(VO, 'Flash Update No. 2 put the number of displaced', 'explicitly superseded earlier figure (2,100)')
trap(VO, 'A further 1,200 residents', 'residents told to prepare / projected 8,000 - different attribute and a forecast')
trap(VO, 'Local authorities are setting up 35 family tents', 'tents - unrelated quantity')
trap(VO, 'distributed 48,000 litres of drinking water', 'water distributed - unrelated to other figures')
trap(VO, 'IDR 5 billion (about US$300,000)', 'currency conversion roughly correct (~16,500 IDR/USD)')
trap(VO, 'until at least 2 March', 'future school reopening date, not the eruption date')
# hail
trap(HA, 'Saturday 18 July, producing hailstones up to 6 cm (about 2.4 inches)', '18 July 2026 is a Saturday; 6 cm = 2.36 in')
trap(HA, 'about 24,000 were motor claims', '24,000 + 17,000 = 41,000 and 24/41 = 59%: correct arithmetic; breakdown, not a conflicting total')
trap(HA, 'between 19:40 and 20:25 local time', 'time of the most intense cell, consistent with "evening"')
trap(HA, 'initially put losses at up to EUR 400 million', 'superseded early model estimate, explicitly revised down')
trap(HA, 'more than 3,000 new and used vehicles', 'vehicles at dealerships - subset/different attribute, not a claims total')
trap(HA, 'suspended operations for 50 minutes', 'unrelated duration')
trap(HA, 'rise to around 45,000', 'forecast final claim count vs claims to date')
trap(HA, 'Published 6 August 2026', 'publication date, not the event date')

trap(HA, '[1] National insurers', 'note 1 exists and matches marker [1]')
trap(HA, '[2] German weather service', 'note 2 exists and matches marker [2]')
trap(HA, '[5] Meridian Re Analytics claims projection', 'note 5 exists and matches marker [5]; the gap is at 3 only')
trap(VO, 'from Level III to Level IV', 'Roman-numeral alert levels, not footnotes; alert raised before the eruption (23:00 on 21 Feb)')

mustnot = [[t['file'], t['line'], t['what']] for t in T]
# sanity: no trap on an expected/note line
hot = {(f, l) for e in E + N for f, l in e['at']}
for t in T:
    assert (t['file'], t['line']) not in hot, t
key = {'expected': E, 'notes': N, 'traps': T, 'must_not': mustnot}
json.dump(key, open(os.path.join(os.path.dirname(__file__), '..', 'key.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(E), Counter(r for e in E for r in e['rules']), len(N), len(T))
