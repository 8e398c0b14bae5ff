"""Source of truth for the heldout73 planted set.

Each document is a block of lines; every line ends with "||" followed by its tag:
  ""            blank line (text must be empty too)
  "@ID[,ID]"    the line belongs to planted finding(s) / note(s) with those ids
  "~what"       a trap that a tool MAY report (not in must_not)
  "what"        a trap that must stay silent (in must_not)
build.py turns these into docs/, key.json and README.md; validate.py checks them.
"""

SET_NAME = "heldout73"

EVENTS = {
    "moorfire": "Skelbrook Moor wildfire, North Wendale (Sat 11 - Sun 12 April 2026)",
    "measles": "Measles outbreak at Brackenford primary schools (Jan-Feb 2026)",
    "fraudtrial": "University of Ardenmere finance director jailed for invoice fraud (March 2026)",
    "standalone": "stand-alone documents",
}

DOCS = {}

DOCS["moorfire/sunday_bugle.txt"] = dict(event="moorfire", outlet="Sunday Bugle: tabloid, 'yesterday', imperial units, am/pm", text=r'''
Sunday, 12 April 2026||correct weekday for the date (12 April 2026 is a Sunday)
MOOR HELL: VILLAGERS FLEE AS WALL OF FIRE ROARS TOWARDS HOMES||headline, no figures
'It looked like the end of the world'||@U1
By Gary Stott||byline
||
TERRIFIED families fled their homes yesterday as a 6.5-mile (10.5km) wall of flame tore across Skelbrook Moor.||@F1
The blaze broke out at 4.40pm yesterday and within hours had scorched 1,830 acres of heather and peat, an area bigger than 1,000 football pitches.||@D1
Around 150 villagers from Low Ashby were led to safety as flames came within half a mile of the first cottages.||@F3
||
Fire chiefs sent 85 firefighters and 14 engines, while a helicopter scooped 264,000 gallons of water from Skelbrook Reservoir and dumped it on the flames.||264,000 (imperial) gallons = 1.2 million litres (live page); 85 firefighters / 14 appliances agree with the live page's Saturday peak
Gusts of up to 19mph fanned the fire through the afternoon, sending a plume of smoke visible 30 miles away in Carrow.||19mph = 30km/h (right conversion); '30 miles' is a different fact sharing the number 30
||
Heartbroken sheep farmer Owen Pryde, 58, told the Bugle: "I lost 70 ewes in one afternoon. You never forget the sound."||attributed quote; 70 is Pryde's own loss, a part of the total; age 58 agrees with the trade paper
In total 320 sheep died on the common, according to graziers.||@F2
||
Group Manager Delia Framwell, of North Wendale Fire and Rescue Service, warned: "We expect crews to remain on the moor for several weeks, damping down hotspots in the peat."||@Q1
She urged walkers not to light barbecues on the moors, saying weeks of dry weather had left the uplands tinder-dry.||reported speech, attributed by 'She'; 'weeks' is not a quantity to compare
||
It is the county's worst moorland blaze since the 2018 Brack Fell fire, which scorched 2,700 acres eight years ago this summer.||previous-record figure for another fire: 1,100 ha = 2,718 acres, rounded to 2,700; 'eight years ago' fits 2018 -> 2026
Police said they were investigating whether a disposable barbecue left near the Skelbrook trig point started the fire.||reported speech
Anyone with information is asked to call 101, quoting incident 0411-1440.||phone number and incident reference (0411-1440 looks like a date and the 14:40 time but is a reference)
||
Last night the 36 families whose homes were evacuated were sleeping at Low Ashby village hall or with friends, with a rest centre open until 9am today.||36 evacuated households agree with the live page's corrected 36 homes; 9am is the rest centre, not the fire
Council leader Rita Amblecote said the clean-up could cost £1.4million.||attributed estimate, reported speech
''')

DOCS["moorfire/wendale_live.txt"] = dict(event="moorfire", outlet="Wendale Live: broadcaster live page, HH:MM timestamps, a correction", text=r'''
Skelbrook Moor fire: live updates||headline
Wendale Live | Sunday 12 April 2026||correct weekday for the date
||
18:05 Evacuees allowed home||entry timestamp (a clock time that is not an event figure)
North Wendale Fire and Rescue Service says all 112 residents evacuated from Low Ashby on Saturday can now return to their homes.||@F3
||
17:20 Correction||entry timestamp
An earlier entry on this page said 12 homes had been evacuated. The correct figure is 36 homes, as the entry now states.||~a retracted figure (12) corrected to 36 in the same sentence: not a conflict
||
16:30 Final estimate of burned area||entry timestamp
The fire service now puts the burned area at 740 hectares, or 7.4 square kilometres, making it the largest moorland fire in North Wendale since 2018.||740 ha = 7.4 km2 = about 1,830 acres (tabloid, trade paper): agreement across units
That fire, on Brack Fell, burned 1,100 hectares.||previous-record figure for a different fire (2018), larger than 740 ha
||
15:10 Crews to stay on the moor||entry timestamp
Group Manager Delia Framwell has just spoken to reporters at the Low Ashby rendezvous point. "We expect crews to remain on the moor for several days, damping down hotspots in the peat," she said.||@Q1
She said the fire front, which had stretched 6.5km at its height on Saturday evening, was now contained on all sides.||@F1
||
13:45 Helicopter stood down||entry timestamp
The helicopter, which dropped about 1.2 million litres of water over Saturday and Sunday morning, has been stood down.||1.2 million litres = about 264,000 imperial gallons (tabloid)
A source at the fire service, who asked not to be named, told us the crew had flown 96 sorties.||@N1
||
11:00 How it started||entry timestamp
The first 999 call came in at 14:40 on Saturday, reporting smoke near the Skelbrook trig point.||@D1
Winds gusting at 30km/h pushed the flames east towards Low Ashby, and at their closest they came within 800 metres of houses on Moor Lane.||30km/h = 19mph; 800 metres = half a mile (tabloid): right conversions
||
08:10 Crews back at first light||entry timestamp
About 60 firefighters are back on the moor this morning, down from a peak of 85 on Saturday night, with 14 appliances now reduced to nine.||60 this morning vs a peak of 85 on Saturday (different times); 14 -> 9 appliances is a change, not a conflict
The Met Office forecast is for gusts of up to 40km/h this afternoon, which could fan hotspots.||forecast for Sunday (40km/h) vs observed Saturday gusts (30km/h)
''')

DOCS["moorfire/upland_farmer_weekly.md"] = dict(event="moorfire", outlet="Upland Farmer Weekly: trade newsletter, Markdown, bullets, SI units", text=r'''
# Skelbrook Moor fire: graziers count the cost||headline
*Upland Farmer Weekly, Thursday 16 April 2026*||correct weekday for the date
||
## Key figures||heading
- Area burned: 740 ha (about 1,830 acres)||right conversion (740 ha = 1,828.5 acres); agrees with live page and tabloid
- Common grazing burned: 310 ha||@F4
- Sheep lost: 230||@F2
- Fire front at its height: 6.5 km||@F1
- Graziers with rights on the common: 17||a count of people, unrelated to the 17-something figures elsewhere
||
The fire that broke out on Skelbrook Moor on the afternoon of Saturday 11 April has left graziers facing a summer without their best hill pasture.||correct weekday (11 April 2026 is a Saturday); 'afternoon' agrees with 14:40
Some 410 ha of the common grazing was burned, the land agent for North Wendale Council said, together with a strip of improved in-bye land on the eastern edge.||@F4
||
Of the roughly 1,150 ewes and lambs grazing the common when the fire started, 230 were killed or had to be put down, nearly a third of the flock.||@F2,A1
Owen Pryde, 58, who lost 70 of his own ewes, said insurers had told him his policy did not cover animals on common land.||70 is one grazier's share of the 230; age agrees with the tabloid
"The peat will smoulder for weeks and the heather won't come back for ten years," he said.||quote attributed after it ('he said' = Pryde); 'ten years' is a forecast
||
## Grazing and recovery||heading
Ecologists say burned blanket bog can take 15 to 25 years to recover its full carbon store.||@N2
The Wendale Nature Partnership said 120 ha of the burned area lies within the Skelbrook Moor SSSI, designated in 1986 for its breeding curlew and golden plover.||120 ha is a part of the 740 ha (a different scope), and of neither 310 nor 410; 1986 is a year
Graziers will be compensated at £180 per hectare of burned common grazing under the council's emergency scheme, whose budget is capped at £60,000.||rate and cap: 180 x 310 ha = £55,800, inside the £60,000 cap (a cap, not a spend)
||
## Cause||heading
North Wendale Police said a disposable barbecue found near the trig point was being examined, and that no arrests had been made.||reported speech
Gusts of 30 km/h on the Saturday afternoon, after 19 dry days, created what the fire service called "textbook conditions" for a peat fire.||30 km/h agrees with live page (19mph in tabloid); '19 dry days' shares the number 19 with the mph figure; the short quote is attributed (fire service)
The county's previous largest fire, on Brack Fell in 2018, burned 1,100 ha.||previous-record figure, agrees with the live page
''')

DOCS["measles/northline_wire.txt"] = dict(event="measles", outlet="Northline News: wire agency, dateline, US-style abbreviations", text=r'''
Measles outbreak in market town reaches 47 cases, six in hospital||@F5
||
BRACKENFORD, Feb 10 (Northline News) - A measles outbreak centred on three primary schools in the market town of Brackenford has grown to 47 confirmed cases, health officials said on Tuesday, as they urged parents to check their children's vaccination records.||dateline Feb 10 is a Tuesday ('on Tuesday' fits); 47 agrees across outlets
||
Six patients, all children, have been admitted to hospital since the first case was confirmed on Jan. 19, the Wendale Health Protection Team said. None is in intensive care.||@F5
||
The cases range in age from nine months to 34 years, and 31 of them are children under 10, the team said in a statement.||age range and a part (31 of 47), not a conflict with 47
||
"Measles is not a mild illness, and the quickest way to stop this outbreak is vaccination," said Dr Imran Sethi, director of public health for Brackenford Borough Council.||@Q2
||
Uptake of the second dose of the measles, mumps and rubella (MMR) vaccine by age five stands at 81.4% in Brackenford, according to the latest quarterly figures, against 83.9% across England and the 95% level the World Health Organization says is needed to prevent outbreaks.||@F7
||
GP records identify 2,340 children in the borough who have missed one or both doses. Pop-up clinics gave 1,260 doses in the week to Feb. 8, around 54% of that number, the council said.||@F6
||
The council has approved 85,000 pounds in emergency funding for door-to-door outreach, translated leaflets and extra clinic sessions.||'85,000 pounds' = £85,000 in the other outlets (currency written as a word)
||
Unvaccinated pupils who have been in contact with a case are being asked to stay away from school for 21 days.||21 days = 'three weeks' (broadcaster)
A further walk-in clinic will run at St Aidan's Community Hall on Saturday, Feb. 14, from 9 a.m. to 4 p.m.||@D2
||
England recorded 2,911 laboratory-confirmed measles cases in 2024, the highest annual total since 1992, according to national figures.||national figure for another year and place, not the Brackenford count
(Reporting by Tom Ashcroft; Editing by Priya Nandi)||credit line
''')

DOCS["measles/wendale_today.txt"] = dict(event="measles", outlet="Wendale Today: broadcaster's web copy with Q&A subheads", text=r'''
Brackenford measles: parents urged to check jabs as cases rise||headline
Published 11 February 2026, 06:12 GMT||publication time, not an event time
By Sarah Okafor, Wendale Today health correspondent||byline
||
Parents in Brackenford are being urged to make sure their children are fully vaccinated after a measles outbreak in the town grew to 47 cases.||47 agrees with the wire and the Courier
||
Confirmed cases have risen from 29 a week ago to 47, an increase of 38% in seven days.||@A2
||
Six children have needed hospital treatment, though none is seriously ill, the Wendale Health Protection Team said.||@F5
||
Dr Imran Sethi, the borough's director of public health, told Wendale Today that measles was "not a mild illness" and that vaccination was the quickest way to stop the outbreak.||reported speech with a partial quote that agrees with the wire's wording ('quickest'): not a quote conflict
||
Health experts say even one missed dose leaves a child at risk.||@N3
||
What are the symptoms?||subhead
Measles usually starts with cold-like symptoms, followed a few days later by a rash. About one in five children who catch it will need hospital treatment, according to national guidance.||general ratio from national guidance, not the local share (6 of 47)
||
How many children are unvaccinated?||subhead
GP records show 2,430 children in Brackenford have missed at least one of their two MMR doses.||@F6
About 81% of five-year-olds in the borough have had both doses, compared with a target of 95%.||@F7
||
Where can I get vaccinated?||subhead
Walk-in clinics are running at Brackenford Leisure Centre on weekdays from 15:00 to 19:00, and a Saturday session will be held at St Aidan's Community Hall this weekend.||weekday clinic hours are a different event from the Saturday session; 'this weekend' fits Sat 14 Feb
The council is spending £85,000 on outreach, including home visits by nurses who speak Polish, Romanian and Urdu.||agrees with the wire's '85,000 pounds'
||
Pupils who are not vaccinated and have been in contact with a case have been asked to stay home for three weeks.||three weeks = 21 days (wire)
Officials expect more cases over the next fortnight, because symptoms can take up to 21 days to appear after exposure, the health protection team said.||incubation period of up to 21 days is a different fact from the 21-day (three-week) exclusion; forecast, not a count
''')

DOCS["measles/brackenford_courier.txt"] = dict(event="measles", outlet="Brackenford Courier: local weekly, byline and date", text=r'''
BRACKENFORD COURIER||masthead
Thursday 12 February 2026||correct weekday for the date
||
Jab plea as measles spreads through town's schools||headline
By Hannah Leckie, Health Reporter||byline
||
Health chiefs have pleaded with Brackenford parents to get their children vaccinated as a measles outbreak linked to three primary schools reached 47 cases this week.||47 agrees
||
Eight children have been treated in hospital since the first case in mid-January, the Courier understands.||@F5
||
Dr Imran Sethi, the council's director of public health, said: "Measles is not a mild illness, and the only way to stop this outbreak is vaccination."||@Q2
He added: "We know [the outbreak] is worrying for families, and our nurses are ready to answer every question."||@N4
||
Figures show just 78.4 per cent of Brackenford children have had both MMR doses by their fifth birthday, well below the 95 per cent target.||@F7
||
The council's cabinet on Monday approved £85,000 for an outreach campaign, with £50,000 going on extra nurse sessions and £35,000 on leaflets and door-knocking.||right total: 50,000 + 35,000 = 85,000; parts of the total
||
Parent Kirsty Mallon, 31, whose son Alfie, 4, was among the first cases, told the Courier he had spent two nights on the children's ward at Wendale General.||ages of two people; reported speech
"He'd had his first jab but not the second. I'd just let it slip," she said.||quote attributed after it ('she' = Kirsty Mallon)
||
An extra walk-in clinic will be held at St Aidan's Community Hall on Saturday 15 February from 9am to 4pm, and no appointment is needed.||@D2
||
Headteacher Marcus Bell, of Holme Lane Primary, said attendance at the school had fallen to 88 per cent this week, against 95 per cent normally.||95 per cent attendance is a different fact from the 95 per cent vaccination target
The school, which has 412 pupils, has sent letters home in English, Polish and Romanian.||school roll, not a case count
Families can call the health protection team on 0113 496 0212 for advice.||phone number
||
Measles was declared eliminated in the UK in 2017, nine years ago, but the status was lost two years later.||'nine years ago' fits 2017 -> 2026; 'two years later' = 2019
''')

DOCS["fraudtrial/fraud_compliance_brief.md"] = dict(event="fraudtrial", outlet="Fraud & Compliance Brief: legal trade newsletter, Markdown, bold labels", text=r'''
# Ex-finance chief jailed over £2.37m university invoice fraud||@F9
**Fraud & Compliance Brief** | Issue 214 | Monday 9 March 2026||issue number 214 equals the invoice count but is a reference; correct weekday
||
## The case in brief||heading
- **Defendant:** Graham Oldacre, 54, former director of finance, University of Ardenmere||@F11
- **Court:** Hexley Crown Court, before HHJ Miriam Caddick||court and judge
- **Sentenced:** Wednesday 4 March 2026||@D4
- **Sentence:** 7 years 6 months||= 'seven and a half years' (Clarion, magazine)
- **Loss:** £2.37m via 214 false invoices, April 2018 to August 2024||@F8,F9
- **Assets frozen:** £1.1m||@F10
||
## What happened||heading
Oldacre set up Stanlow Facilities Ltd in 2018 and used his authority to approve supplier payments to pass invoices for cleaning and maintenance work that was never done, the court heard.||attributed to the court hearing; 2018 is a year
The scheme was uncovered in August 2024, when a new procurement system flagged that Stanlow shared a bank account with a company registered at Oldacre's home address.||date of discovery agrees with the magazine
He pleaded guilty in November 2025 to fraud by abuse of position and to converting criminal property.||plea date, a different event from sentencing
||
The sum taken is nearly four times the £850,000 the university spends each year on hardship grants for students.||@A3
||
## Sentencing remarks||heading
Judge Caddick told Oldacre: "You acted out of greed, not need. You had a good salary, a secure pension and the complete trust of your colleagues."||@Q3
She said the offending was aggravated by its duration and by the harm caused to a university that cut 40 posts in 2024 to close a £9.6m deficit.||deficit and job cuts are different facts from the loss; 40 agrees with 'forty posts'
||
## Compliance points||heading
- Segregation of duties: one person could create a supplier and approve its invoices.||'one person' is not a quantity claim
- Bank-detail matching: the university's new system found in weeks what six years of annual audits had missed.||six years = April 2018 to August 2024, roughly
- Confiscation: a hearing under the Proceeds of Crime Act is listed for Friday 18 September 2026.||correct weekday for a future date
||
A Spanish villa bought for €640,000 in 2021 is among the assets restrained.||euros: never compared with the £1.1m frozen
''')

DOCS["fraudtrial/ardenmere_clarion.txt"] = dict(event="fraudtrial", outlet="The Ardenmere Clarion: student newspaper, byline and date", text=r'''
THE ARDENMERE CLARION||masthead
Friday 6 March 2026 | News||correct weekday for the date
||
Former finance boss jailed for £2.87m fraud against university||@F9
By Jess Okonjo, News Editor||byline
||
The University of Ardenmere's former director of finance was jailed for seven and a half years yesterday after stealing millions through fake invoices.||@D4
||
Graham Oldacre, 54, of Hexley, admitted paying a sham cleaning firm he controlled for work that never took place between 2018 and 2024.||@F11
||
Sentencing him at Hexley Crown Court, Judge Miriam Caddick said: "You acted out of need, not greed."||@Q3
She added: "You betrayed every student who [came] through the doors of this university."||@N6
||
Prosecutors told the court that about £700,000 of Oldacre's assets had been frozen so far, including a villa in Spain.||@F10
The court heard that Oldacre also bought two racehorses and paid off the mortgage on his house in Hexley, which he sold last year for £615,000.||house sale price in 2025, a different amount from the assets frozen
Vice-chancellor Professor Dana Whitlock told staff in an email on Thursday that the university had "learned hard lessons" and that no student had lost a grant as a result.||attributed partial quote; 'on Thursday' = 5 March, consistent with sentencing day
||
The fraud came to light in August 2024, months after the university cut 40 jobs and froze hiring to deal with a £9.6m deficit.||job cuts and deficit agree with the trade brief; different facts from the loss
Critics say the university's finance committee should have spotted the payments years earlier.||@N7
||
Students' union president Amara Feld, 22, said students would be "furious" that money meant for teaching had paid for a villa and racehorses.||attributed one-word quote (scare-quote-like), age of a person
A university spokesperson said it had "strengthened every control" since 2024 and expected to recover most of the money through the courts.||partial quote attributed to a spokesperson
||
Oldacre, who joined Ardenmere in 2014, had worked in its finance office for four years when the scheme began.||'four years' fits 2014 -> 2018
A confiscation hearing will take place in September.||agrees with the trade brief (18 September)
Additional reporting by Tom Reyes||credit line
''')

DOCS["fraudtrial/meridian_longread.txt"] = dict(event="fraudtrial", outlet="Meridian Monthly: magazine feature, numbers in words, pull-quote", text=r'''
THE BORING INVOICES||headline
How a trusted finance director took almost two and a half million pounds from a university, and why nobody noticed for six years||'almost two and a half million' covers £2.37m (interval [2.25m, 2.5m]); six years fits 2018-2024
By Leonie Hartwell | Meridian Monthly, April 2026||byline, issue date
||
"Nobody checks the boring invoices. That is the whole trick."||@U2
||
On a grey Thursday in March, in courtroom three at Hexley Crown Court, Graham Oldacre stood to hear his sentence: seven and a half years.||@D4
The fifty-six-year-old, neat in a navy suit, did not look up.||@F11
||
For the best part of a decade he had been a fixture of the finance office at the University of Ardenmere. He joined in 2014; by 2018 he ran the department.||years; 'best part of a decade' is vague
That spring he registered a company called Stanlow Facilities and began sending the university bills for cleaning and repairs that nobody ever did.||no figures
||
Over the next six years he submitted two hundred and forty-one of them.||@F8
Each was small enough to pass without a second signature: the university's rule, a former colleague who asked not to be named told me, was that anything under twenty thousand pounds went through on one approval.||@N5
||
The scheme unravelled in August 2024, twelve years after he had joined Ardenmere in 2014.||@D3
A new procurement system, installed at a cost of three hundred thousand pounds, noticed within six weeks that Stanlow's bank account was also linked to a company run from Oldacre's home.||cost of a system (word number), a different fact from the loss
||
Where did the money go? Some of it to a villa near Alicante, bought for six hundred and forty thousand euros; some to two racehorses; a great deal, the prosecution said, simply to living well.||word number in euros agrees with €640,000 (trade brief)
About one point one million pounds has since been frozen.||@F10
||
Judge Caddick was blunt. "You acted out of greed, not need," she told him, listing the good salary, the secure pension and the trust of colleagues he had thrown away.||@Q3
||
The cost to the university is more than the money. In 2024 it cut forty posts to close a deficit of nine point six million pounds, and the theft, roughly a quarter of that deficit, has become a bitter symbol on campus.||right share: 2.37 / 9.6 = 24.7%, 'roughly a quarter'
Oldacre is likely to serve half his sentence, some three years and nine months, before release on licence.||right arithmetic: half of 7.5 years = 3 years 9 months
''')

DOCS["standalone/gigabit_rollout_q1.md"] = dict(event="standalone", outlet="Wendale Connect: programme progress report, Markdown table, label lines", text=r'''
# Wendale Connect: gigabit rollout progress, Q1 2026||title
||
Report date: 14 April 2026||label line, date without weekday
Programme budget: £46.5m||label line
Delivery partner: Fibrelane Networks||label line
Contract reference: WC-2023-0417||reference number
Target: 31,000 premises passed by 31 March 2027||target, not an outcome
||
## Progress by district (to 31 March 2026)||heading
||
| District | Premises passed | Premises connected | Take-up |||table header
|---|---|---|---|||table rule
| Ashby Vale | 12,480 | 4,120 | 33% |||right share: 4,120 / 12,480 = 33.0%
| Carrow | 9,760 | 2,950 | 30% |||right share: 2,950 / 9,760 = 30.2%
| Skelbrook Uplands | 3,215 | 710 | 22% |||right share: 710 / 3,215 = 22.1%
| **Total** | **25,455** | **7,780** | **31%** |||@F12
||
## Summary||heading
Across the three districts 25,545 premises could order a gigabit-capable connection by the end of March, up 16% on the 21,950 passed at the end of December.||@F12
That puts the programme at 82% of its March 2027 target, with 12 months to go.||right share: 25,455 / 31,000 = 82.1%
||
Take-up remains the weak point: 7,780 homes and businesses have a live connection, 31% of premises passed.||agrees with the table (7,780 / 25,455 = 30.6%)
Skelbrook Uplands lags at 22% because most of its 3,215 premises were passed only in February, after the moorland sections of the route were completed.||agrees with the table row (a part of the total)
||
> "We went from 8Mbps to 900Mbps overnight. It's changed how we run the farm."||@U3
||
## Speeds and faults||heading
Average download speed: 912 Mbps (Q4 2025: 887 Mbps)||two periods, two values
Faults reported: 143, of which 97 fixed within 48 hours (68%)||right share: 97 / 143 = 67.8%
Average repair time: 31 hours||31 hours shares the number 31 with the 31% take-up
||
Spending to date is £29.1m, 63% of the budget, and the partner says the remaining £17.4m will be drawn down by spring 2027.||right share 29.1 / 46.5 = 62.6%; right remainder 46.5 - 29.1 = 17.4
Work on the final 5,545 premises needed to reach the target, mostly in Carrow and Skelbrook Uplands, is due to start in May, Fibrelane said.||right remainder: 31,000 - 25,455 = 5,545 (looks like the wrong 25,545 but is a different fact)
Of the premises passed so far, 1,340 were reached under the rural voucher scheme, which pays up to £4,500 per property.||part of the total; a cap per property
Next report: July 2026||label line
''')

DOCS["standalone/chamber_bulletin.txt"] = dict(event="standalone", outlet="Brackenford & District Chamber of Commerce: members' bulletin, plain text, label lines, [n] markers", text=r'''
BRACKENFORD & DISTRICT CHAMBER OF COMMERCE||masthead
Members' Bulletin, March 2026||issue date
||
Issue: 112||label line, issue number
Members: 418||@F13
Next breakfast meeting: Wednesday 18 March 2026, 7.30am, The Corn Exchange||correct weekday for the date
Contact: 01632 960 418||phone number ending in 418, not the membership count
||
FROM THE PRESIDENT||heading
Welcome to the spring bulletin. With 448 member businesses, the Chamber has never been larger.||@F13
This quarter 27 businesses joined us and 11 left, and I would like to thank everyone who renewed early.||flows (joined/left), not the membership total
We were founded in 1896, and our 130th anniversary dinner takes place in October.||right anniversary: 1896 + 130 = 2026
||
QUARTERLY ECONOMIC SURVEY||heading
Responses: 126 firms||label line
Reporting higher sales: 38%||right share: 48 / 126 = 38.1%
Planning to recruit: 29%||right share: 37 / 126 = 29.4%
Of the 126 firms that replied, 48 reported higher sales than in the previous quarter, and 37 planned to take on staff.[1]||@FN3
Business confidence in the town is at its highest level since 2019, but energy costs remain the biggest worry for a third of members.[2]||@FN3
Town centre vacancy stood at 11.2% in February, down from 12.6% a year earlier.[3]||@FN3
||
EVENTS||heading
Business awards: nominations close Friday 27 March 2026.||correct weekday for the date
Awards dinner tickets: £45 members, £60 non-members||two prices for two groups
Export clinic with the regional trade adviser, Tuesday 24 March, 10:00-12:00, free for members.||correct weekday (24 March 2026 is a Tuesday); a time range
||
MEMBER NEWS||heading
Holloway Print has taken on four apprentices, bringing its workforce to 23.||part (4) of a total (23)
Brackenford Tyres celebrates 50 years at its Mill Street site this summer, having opened there in 1976.||right anniversary: 1976 + 50 = 2026
Carrow Valley Dairy opened its new £1.2m creamery on 2 March and expects to process 9 million litres of milk a year.||forecast capacity, date without weekday
Newcomer Priya Das, of Das Accountancy, said the breakfasts had brought her "three new clients in a month".||attributed partial quote with a word number
||
Membership renewals are due by 31 March. Annual fees are unchanged at £180 for sole traders and £395 for firms of up to 50 staff.||two fees for two classes of member
Breakfast guests may park free in the Corn Exchange car park until 9am.||a clock time for parking, not an event figure
''')

DOCS["standalone/empty_homes_review.txt"] = dict(event="standalone", outlet="Hearth Trust: research report, key figures, notes section, superscript-style digits glued to the text", text=r'''
EMPTY HOMES IN NORTH WENDALE: 2026 REVIEW||title
Hearth Trust research report, published May 2026||publication date
||
Key figures||heading
Long-term empty homes, Brackenford: 1,240||district figure, a part of the total
Long-term empty homes, Carrow: 1,065||district figure, a part of the total
Long-term empty homes, Skelbrook: 507||district figure, a part of the total
North Wendale total: 2,712||@F14
Households on the housing register: 6,930||agrees with the prose (6,930)
||
Summary||heading
A home counts as long-term empty when it has been unoccupied and substantially unfurnished for more than six months.1||glued footnote marker 1 after a full stop ('months.1' is not a number)
On that definition Brackenford's 1,240, Carrow's 1,065 and Skelbrook's 507 make 2,812 long-term empty homes across North Wendale, up from 2,590 a year earlier, a rise of 8.6%.2||@F14
The count was taken in October 2025, using council tax records.3||@FN1
||
Why it matters||heading
With 6,930 households waiting for social housing, every empty home is a missed opportunity. Bringing even one in ten back into use would house 281 families.||right share: one in ten of 2,812 = 281
Councils may charge a premium of up to 300% on council tax for homes empty for ten years or more, and North Wendale has done so since April 2025.5||@FN1
The premiums raised £4.2 million6 in 2025-26, the council said, but only a fifth of that was spent on bringing homes back into use.||'£4.2 million6' is £4.2 million and marker 6; a fifth of an unstated spend
||
What we found||heading
Of the 2,812 homes, 1,130 (40%) had been empty for more than two years, and 214 for more than ten.||@F14
Owners we surveyed most often cited probate delays, the cost of repairs and disputes between relatives.8||@FN2
Repair costs averaged £23,500 per property, according to the Trust's survey of 188 owners.||average and sample size
||
Recommendations||heading
The council should double its empty homes team from two officers to four and set a target of 150 homes returned to use each year, against 96 in 2025.||right multiple (2 -> 4 is double); target vs outcome
||
Notes||notes heading
1. Definition used by the Ministry of Housing for council tax purposes.||notes entry 1 (used)
2. North Wendale Council, council tax base returns, October 2024 and October 2025.||notes entry 2 (used)
3. Data supplied under a freedom of information request, ref. FOI-2025-1183.||@FN1
5. Council Tax (Prescribed Classes of Dwellings) regulations, as amended.||@FN1
6. North Wendale Council, cabinet report, 12 February 2026.||notes entry 6 (used); date without weekday
7. Hearth Trust owner survey, January 2026.||@N8
''')

# --------------------------------------------------------------------------------------------
# Planted findings. "at" is filled in by build.py from the tags above.
# For numeric-conflict: "true"/"wrong" intervals (common unit) that must be disjoint.
# For numeric-arithmetic: "claim" interval vs "computed" value that must fall outside it.
FINDINGS = [
    dict(id="F1", rules=["numeric-conflict"], what="length of the fire front: 6.5 km (4 miles) in live page and trade paper vs tabloid '6.5-mile (10.5km)' (km mistaken for miles)",
         unit="km", true=(6.45, 6.55), wrong=(6.45 * 1.609, 6.55 * 1.609)),
    dict(id="F2", rules=["numeric-conflict"], what="sheep killed on the common: 230 (trade paper, twice) vs 320 (tabloid), transposed digits",
         unit="sheep", true=(229.5, 230.5), wrong=(319.5, 320.5)),
    dict(id="F3", rules=["numeric-conflict"], what="residents evacuated from Low Ashby: 112 (live page) vs 'around 150 villagers' (tabloid), rounding too far off",
         unit="people", true=(111.5, 112.5), wrong=(135, 165)),
    dict(id="F4", rules=["numeric-conflict"], what="common grazing burned: key-figures bullet 310 ha vs prose 'some 410 ha' in the same document (wrong digit)",
         unit="ha", true=(309.5, 310.5), wrong=(369, 451)),
    dict(id="F5", rules=["numeric-conflict"], what="children admitted to hospital: six (wire headline and text, broadcaster) vs 'Eight children' (Courier), figure in words",
         unit="children", true=(5.5, 6.5), wrong=(7.5, 8.5)),
    dict(id="F6", rules=["numeric-conflict"], what="children missing MMR doses: 2,340 (wire) vs 2,430 (broadcaster), transposed digits",
         unit="children", true=(2339.5, 2340.5), wrong=(2429.5, 2430.5)),
    dict(id="F7", rules=["numeric-conflict"], what="MMR two-dose uptake by age five in Brackenford: 81.4% (wire; broadcaster 'about 81%') vs 78.4 per cent (Courier), wrong digit",
         unit="%", true=(81.35, 81.45), wrong=(78.35, 78.45)),
    dict(id="F8", rules=["numeric-conflict"], what="number of false invoices: 214 (trade brief) vs 'two hundred and forty-one' (magazine), figure in words with transposed digits",
         unit="invoices", true=(213.5, 214.5), wrong=(240.5, 241.5)),
    dict(id="F9", rules=["numeric-conflict"], what="amount taken: £2.37m (trade brief headline and bullet) vs £2.87m (Clarion headline), wrong digit",
         unit="GBP m", true=(2.365, 2.375), wrong=(2.865, 2.875)),
    dict(id="F10", rules=["numeric-conflict"], what="assets frozen: £1.1m (trade brief; magazine 'about one point one million pounds') vs 'about £700,000' (Clarion), rounding too far off",
         unit="GBP m", true=(1.05, 1.15), wrong=(0.63, 0.77)),
    dict(id="F11", rules=["numeric-conflict"], what="Oldacre's age: 54 (trade brief, Clarion) vs 'fifty-six-year-old' (magazine), figure in words",
         unit="years", true=(54, 54.999), wrong=(56, 56.999)),
    dict(id="F12", rules=["numeric-conflict"], what="premises passed at end of March: table total 25,455 vs summary prose 25,545 in the same document (transposed digits)",
         unit="premises", true=(25454.5, 25455.5), wrong=(25544.5, 25545.5)),
    dict(id="F13", rules=["numeric-conflict"], what="Chamber membership: label line 'Members: 418' vs president's '448 member businesses' in the same bulletin (wrong digit)",
         unit="members", true=(417.5, 418.5), wrong=(447.5, 448.5)),
    dict(id="F14", rules=["numeric-conflict", "numeric-arithmetic"], what="long-term empty homes in North Wendale: key-figures total 2,712 (a wrong total: 1,240 + 1,065 + 507 = 2,812) vs 2,812 twice in the prose",
         unit="homes", true=(2811.5, 2812.5), wrong=(2711.5, 2712.5)),

    dict(id="A1", rules=["numeric-arithmetic"], what="230 of roughly 1,150 sheep is 20% (one in five), not 'nearly a third'",
         claim=(0.3, 1 / 3), computed=230 / 1150),
    dict(id="A2", rules=["numeric-arithmetic"], what="cases rising from 29 to 47 is an increase of 62%, not 38%",
         claim=(0.375, 0.385), computed=47 / 29 - 1),
    dict(id="A3", rules=["numeric-arithmetic"], what="£2.37m is 2.8 times £850,000 ('nearly three times'), not 'nearly four times'",
         claim=(3.6, 4.0), computed=2.37e6 / 850000),

    dict(id="D1", rules=["date-inconsistency", "numeric-conflict"], what="time the fire started: first 999 call at 14:40 (live page) vs 'broke out at 4.40pm' (tabloid)",
         times=("14:40", "16:40")),
    dict(id="D2", rules=["date-inconsistency"], what="Courier's 'Saturday 15 February' 2026: 15 February 2026 is a Sunday; the wire gives Saturday, Feb. 14",
         weekday=("Saturday", 2026, 2, 15)),
    dict(id="D3", rules=["date-inconsistency"], what="'twelve years after he had joined Ardenmere in 2014' but the scheme unravelled in August 2024: ten years",
         years=(2014, 2024, 12)),
    dict(id="D4", rules=["date-inconsistency", "numeric-conflict"], what="sentencing day: Wednesday 4 March 2026 (trade brief) vs 'yesterday' in the Clarion of Friday 6 March (= Thursday 5 March) and 'a grey Thursday in March' (magazine)",
         dates=("2026-03-04", "2026-03-05")),

    dict(id="Q1", rules=["quote-conflict"], what="Delia Framwell: crews to remain 'for several days' (live page) vs 'for several weeks' (tabloid)",
         words=("several days", "several weeks")),
    dict(id="Q2", rules=["quote-conflict"], what="Dr Imran Sethi: 'the quickest way to stop this outbreak' (wire) vs 'the only way' (Courier)",
         words=("the quickest way", "the only way")),
    dict(id="Q3", rules=["quote-conflict"], what="Judge Caddick: 'You acted out of greed, not need' (trade brief, magazine) vs 'out of need, not greed' (Clarion)",
         words=("out of greed, not need", "out of need, not greed")),

    dict(id="U1", rules=["unattributed-quote"], what="tabloid pull-quote under the headline with no speaker anywhere"),
    dict(id="U2", rules=["unattributed-quote"], what="magazine pull-quote with no speaker anywhere in the feature"),
    dict(id="U3", rules=["unattributed-quote"], what="customer testimonial blockquote with no speaker"),

    dict(id="FN1", rules=["footnote-gap"], what="glued-digit markers run 1, 2, 3, 5, 6, 8 and the notes 1, 2, 3, 5, 6, 7: number 4 is missing from both (between marker 3 and marker 5)"),
    dict(id="FN2", rules=["footnote-undefined"], what="marker 8 ('relatives.8') has no entry in the Notes section"),
    dict(id="FN3", rules=["footnote-no-notes"], what="bulletin cites [1], [2], [3] but has no notes or sources section"),
]

NOTES = [
    dict(id="N1", rules=["anonymous-source"], what="'A source at the fire service, who asked not to be named'"),
    dict(id="N2", rules=["vague-source"], what="'Ecologists say'"),
    dict(id="N3", rules=["vague-source"], what="'Health experts say'"),
    dict(id="N4", rules=["quote-altered"], what="editorial brackets inside Dr Sethi's quote: '[the outbreak]'"),
    dict(id="N5", rules=["anonymous-source"], what="'a former colleague who asked not to be named'"),
    dict(id="N6", rules=["quote-altered"], what="editorial brackets inside the judge's quote: '[came]'"),
    dict(id="N7", rules=["vague-source"], what="'Critics say'"),
    dict(id="N8", rules=["footnote-unused"], what="notes entry 7 is used by no marker"),
]

# Footnote structure of the report (checked by validate.py against the text)
FOOTNOTES = {
    "standalone/empty_homes_review.txt": dict(
        style="glued", markers={1: "months.1", 2: "8.6%.2", 3: "records.3", 5: "2025.5", 6: "million6", 8: "relatives.8"},
        notes=[1, 2, 3, 5, 6, 7], gap=[4], undefined=[8], unused=[7]),
    "standalone/chamber_bulletin.txt": dict(style="brackets", markers={1: "[1]", 2: "[2]", 3: "[3]"}, notes=[]),
}

# Arithmetic traps that must hold (expression, description). Evaluated by validate.py.
ARITH_TRAPS = [
    ("abs(740 * 2.4711 - 1830) < 5", "740 ha = 1,830 acres"),
    ("abs(1100 * 2.4711 - 2700) < 30", "1,100 ha = about 2,700 acres"),
    ("abs(1.2e6 / 4.54609 - 264000) < 500", "1.2 million litres = 264,000 imperial gallons"),
    ("round(30 / 1.609344) == 19", "30 km/h = 19 mph"),
    ("abs(0.8 / 1.609344 - 0.5) < 0.01", "800 m = half a mile"),
    ("abs(740 / 100 - 7.4) < 1e-9", "740 ha = 7.4 km2"),
    ("abs(740 * 0.714**-1 - 1036) < 5 and 740 / 0.714 > 1000", "740 ha is more than 1,000 football pitches (0.714 ha each)"),
    ("180 * 310 <= 60000", "compensation at £180/ha for 310 ha fits the £60,000 cap"),
    ("2026 - 2018 == 8", "Brack Fell fire eight years ago"),
    ("round(1260 / 2340 * 100) == 54", "1,260 of 2,340 is 54%"),
    ("50000 + 35000 == 85000", "Courier's split of the £85,000"),
    ("2026 - 2017 == 9 and 2017 + 2 == 2019", "measles elimination nine years ago, lost two years later"),
    ("abs(2.37 / 9.6 - 0.25) < 0.01", "£2.37m is roughly a quarter of £9.6m"),
    ("abs(7.5 / 2 - 3.75) < 1e-9", "half of seven and a half years = 3 years 9 months"),
    ("2.25 <= 2.37 <= 2.5", "almost two and a half million covers £2.37m"),
    ("2018 - 2014 == 4", "four years in the finance office when the scheme began"),
    ("round(4120 / 12480 * 100) == 33 and round(2950 / 9760 * 100) == 30 and round(710 / 3215 * 100) == 22", "district take-up shares"),
    ("12480 + 9760 + 3215 == 25455 and 4120 + 2950 + 710 == 7780 and round(7780 / 25455 * 100) == 31", "table totals"),
    ("round(25455 / 21950 * 100 - 100) == 16 and round(25545 / 21950 * 100 - 100) == 16", "up 16% holds for both the true and the wrong figure (keeps F12 a pure conflict)"),
    ("round(25455 / 31000 * 100) == 82", "82% of target"),
    ("round(97 / 143 * 100) == 68", "97 of 143 faults = 68%"),
    ("round(29.1 / 46.5 * 100) == 63 and abs(46.5 - 29.1 - 17.4) < 1e-9", "spending share and remainder"),
    ("round(48 / 126 * 100) == 38 and round(37 / 126 * 100) == 29", "survey shares"),
    ("1896 + 130 == 2026", "130th anniversary"),
    ("1240 + 1065 + 507 == 2812 and 1240 + 1065 + 507 != 2712", "district sum is 2,812 (the key-figures total 2,712 is wrong)"),
    ("round(2812 / 2590 * 100 - 100, 1) == 8.6", "rise of 8.6%"),
    ("round(2812 / 10) == 281", "one in ten of 2,812"),
    ("round(1130 / 2812 * 100) == 40", "1,130 of 2,812 = 40%"),
    ("2 * 2 == 4", "double two officers = four"),
]

README_EVENTS = r"""
### moorfire: Skelbrook Moor wildfire (docs/moorfire/)
True: first 999 call 14:40 (4.40pm) Saturday 11 April 2026; 740 ha (1,830 acres, 7.4 km2) burned, of which 310 ha
common grazing and 120 ha SSSI; fire front 6.5 km (4 miles) at its height; 85 firefighters and 14 appliances at the
peak; 1.2 million litres (264,000 gallons) dropped by helicopter; 36 homes and 112 residents evacuated, flames within
800 m (half a mile); 230 of about 1,150 sheep killed (one in five), 70 of them Owen Pryde's; gusts 30 km/h (19 mph);
previous largest fire Brack Fell 2018, 1,100 ha (2,700 acres). Framwell: crews to stay "for several days".
Planted: F1 tabloid "6.5-mile (10.5km)"; F2 tabloid 320 sheep; F3 tabloid "around 150 villagers"; F4 trade paper
"some 410 ha" vs its own 310 ha bullet; A1 "nearly a third"; D1 tabloid "4.40pm"; Q1 tabloid "several weeks";
U1 tabloid pull-quote. Notes: N1 anonymous fire-service source, N2 "Ecologists say".

### measles: Brackenford outbreak (docs/measles/)
True: 47 cases by Tuesday 10 February 2026 (29 a week earlier, +62%), first case 19 January; six children in hospital;
ages nine months to 34, 31 under 10; MMR two-dose uptake 81.4% (England 83.9%, target 95%); 2,340 children missing a
dose; 1,260 doses in the week to 8 February (54%); £85,000 outreach (£50,000 + £35,000); 21-day exclusion; walk-in
clinic Saturday 14 February, 9am-4pm. Sethi: "the quickest way to stop this outbreak is vaccination".
Planted: F5 Courier "Eight children"; F6 broadcaster 2,430; F7 Courier 78.4 per cent; A2 "increase of 38%";
D2 Courier "Saturday 15 February" (a Sunday); Q2 Courier "the only way". Notes: N3 "Health experts say", N4 "[the outbreak]".

### fraudtrial: University of Ardenmere invoice fraud (docs/fraudtrial/)
True: Graham Oldacre, 54, jailed for 7 years 6 months on Thursday 5 March 2026 at Hexley Crown Court; £2.37m via 214
false invoices, April 2018 to August 2024; joined 2014, head of department by 2018; scheme uncovered August 2024 (ten
years after joining); £1.1m frozen, villa bought for €640,000; £850,000 a year hardship grants (£2.37m is 2.8 times);
2024 cuts of 40 posts and £9.6m deficit. Judge: "You acted out of greed, not need."
Planted: F8 magazine "two hundred and forty-one" invoices; F9 Clarion £2.87m; F10 Clarion "about £700,000" frozen;
F11 magazine "fifty-six-year-old"; A3 "nearly four times"; D3 "twelve years after ... 2014"; D4 trade brief
"Wednesday 4 March"; Q3 Clarion "out of need, not greed"; U2 magazine pull-quote. Notes: N5 anonymous colleague,
N6 "[came]", N7 "Critics say".

### standalone (docs/standalone/)
- gigabit_rollout_q1.md: true 25,455 premises passed (table), 7,780 connected (31%), target 31,000 by March 2027.
  Planted: F12 prose 25,545 vs table total; U3 unattributed testimonial.
- chamber_bulletin.txt: true 418 members (label line). Planted: F13 "448 member businesses"; FN3 markers [1]-[3]
  with no notes section.
- empty_homes_review.txt: true 1,240 + 1,065 + 507 = 2,812 long-term empty homes. Planted: F14 key-figures total
  2,712; glued-digit footnote markers 1, 2, 3, 5, 6, 8 with notes 1, 2, 3, 5, 6, 7: FN1 gap (4), FN2 marker 8
  undefined, N8 note 7 unused.
"""
