# -*- coding: utf-8 -*-
"""Source of truth for the heldout72 planted set.

Every document is written as a block of lines.  Each non-empty line is
    TAG| text
where TAG is a finding id (F1, A1, D1, Q1, U1, FN1 ...), a note id (N1 ...),
or T[what] for a trap (what = why a checker could be fooled there; the trap must stay silent),
or t[what] for a trap that is listed but not in must_not (a report there would be defensible).
An empty line in the block is an empty line in the document.
"""

SET_NAME = "heldout72"

# ---------------------------------------------------------------- documents
DOCS = {}

DOCS["plant_closure/northgate_wire.txt"] = dict(event="plant_closure", outlet="Northgate Press wire: dateline, 'percent', pounds spelled out, a.m.", text="""\
T[headline: 640 jobs agrees with the other outlets; no period stated]| Veloran to close Brackenford e-bike plant, 640 jobs at risk

T[byline, no numbers]| By Helen Marsh, Northgate Press

T[dateline March 10 + 'on Tuesday': 10 March 2026 is a Tuesday; 640 agrees across outlets]| BRACKENFORD, England, March 10 (Northgate) - Veloran Cycles plc said on Tuesday it would close its electric bicycle assembly plant in Brackenford by the end of September, putting 640 jobs at risk and moving production to its larger factory in Ostrava, Czech Republic.

F2| The plant employs 410 permanent staff and 230 agency workers, the company said. Staff were told at a 9 a.m. meeting in the site canteen, according to two employees who attended.

F1| Veloran reported an operating loss of 41.7 million pounds for 2025 on revenue of 312.4 million pounds, down from 355.0 million pounds a year earlier, a fall of about 12 percent.

T[age 54; reported speech; quote fragment attributed to Aasland in the same sentence]| Chief Executive Marten Aasland, 54, said demand for mid-priced e-bikes in Europe had fallen for two years running and that the group could no longer justify two assembly sites. He told reporters on a call that the decision was "no reflection on the workforce".

T[1,150 Ostrava staff and 260 new Ostrava jobs are different facts from the 640 Brackenford jobs; 23 million charge is a forecast for this year]| The Ostrava factory, which employs about 1,150 people, will add 260 jobs as it takes over Brackenford's lines, Veloran said. A one-off restructuring charge of 23 million pounds will be booked this year.

Q1| Dana Pryce, regional officer of the Allied Manufacturing Union, said: "This is a hammer blow for Brackenford and it was entirely avoidable. We will fight for every one of these jobs during the 45-day consultation."

T[opened 2011, '15 years ago' is right for 2026; 6.5 million grant agrees with the tabloid's 6.5million; 'three largest' is a count of employers]| The plant opened in 2011, 15 years ago, with the help of a 6.5 million pound regional development grant, and is one of the town's three largest private employers, according to Brackenford District Council.

N1| Analysts said the move had been expected since Veloran cut its sales forecast in November.

T[234p -> 212p is a 9.4% fall (22/234 = 9.40%); Monday's close is 9 March; the tabloid's 'slumped 9 per cent' is the same figure rounded]| Shares in the company fell 9.4 percent to 212 pence by mid-afternoon in London, from 234 pence at Monday's close.

T[weekday right: 25 September 2026 is a Friday; 'from July' is a wind-down start, not the closure date]| Production at Brackenford will wind down from July, with the last bikes due off the line on Friday, September 25, the company said.

T[credit line with names only]| (Reporting by Helen Marsh; Editing by Omar Reyes)
T[copyright line: gives the document year 2026, not a quantity]| © 2026 Northgate Press. All rights reserved.
""")

DOCS["plant_closure/cycle_trade_weekly.md"] = dict(event="plant_closure", outlet="Cycle Trade Weekly: trade newsletter in Markdown, key-figures bullets, hectares, GBP 'm'", text="""\
T[headline, no numbers]| # Veloran pulls the plug on Brackenford assembly

T[publication date: Friday 13 March 2026 is right]| *Cycle Trade Weekly* | Friday 13 March 2026 | Industry news

T[weekday right: 10 March 2026 is a Tuesday (same day as the wire's 'on Tuesday')]| Veloran Cycles confirmed on Tuesday 10 March that it will close its Brackenford assembly plant, consolidating European e-bike production at its Ostrava factory in the Czech Republic. The decision ends fifteen years of bike building in the town.

T[heading]| ## Key figures

T[total jobs 640 agrees with the wire and tabloid; agency staff included, no split given]| - Jobs affected: 640, including agency staff
F3| - 2025 output: 118,000 units
T[capacity 200,000 is not the output (modality: capacity vs actual)]| - Installed capacity: 200,000 units a year
T[14 ha = 34.6 acres, matches the tabloid's 35-acre site]| - Site area: 14 ha
F1| - 2025 operating loss: £41.7m on revenue of £312.4m (2024: £355.0m)
T[same date as the wire's Friday, September 25]| - Last production day: 25 September 2026

T[heading]| ## Analysis

T[59% utilisation = 118,000 / 200,000; 80% is a break-even threshold, a different measure]| Brackenford was running at 59% of its installed capacity last year, according to Veloran's annual report, well below the 80% the company has said a single site needs to break even.

F3| The plant built 181,000 bikes last year, most of them mid-range commuter models sold through independent dealers in the UK, Germany and the Netherlands.

T[1,150 and 260 agree with the wire; 'by the end of the year' is a target]| Aasland said the Ostrava factory, which already employs about 1,150 people, would take on 260 extra staff and absorb all Brackenford models by the end of the year.

T[£23m charge agrees with the wire; £14m-£16m a year from 2027 is a forecast range, not the 2025 loss]| The group is booking a one-off restructuring charge of £23m and expects annual savings of £14m-£16m from 2027, when the Czech site should reach full output.

T[reported speech (no quotation marks); 14-hectare agrees with the bullet]| Dana Pryce of the Allied Manufacturing Union said the union would ask Veloran to keep a smaller service and repair operation on the 14-hectare site.

T[around 90 head-office staff in Leeds is a different workforce from the 640 at Brackenford; 'last year' Portugal decision is another site]| The closure follows Veloran's decision last year to stop frame welding in Portugal, and leaves the group with one European assembly site and a distribution hub in Rotterdam. Its UK head office in Leeds, which employs around 90 people, is unaffected.

T[named dealers as sources; 1 October is a date, not a quantity]| Three dealers contacted by *CTW*, including Hollin Bikes of Leeds, said they expected no disruption to spare-parts supply this season. Veloran said warranty work would move to its Ostrava service centre from 1 October.
""")

DOCS["plant_closure/daily_clarion.txt"] = dict(event="plant_closure", outlet="Daily Clarion: tabloid, 'yesterday', acres, am/pm, £x.xmillion", text="""\
t[headline with a partial quote that is attributed to the council leader later in the story; 640 agrees]| BIKE FACTORY AXE: 640 JOBS GO IN TOWN'S 'DARKEST DAY'

T[byline]| By Gary Tulloch, Industrial Correspondent
T[publication date: 11 March 2026 is a Wednesday, so 'yesterday' = Tuesday 10 March]| Wednesday 11 March 2026

T['yesterday' resolves to 10 March, same day as the wire; 640 agrees]| HUNDREDS of workers at Brackenford's e-bike factory were left reeling yesterday after bosses announced the plant will shut in September with the loss of 640 jobs.

T[9am = the wire's 9 a.m.: same time in another format]| Staff at Veloran Cycles were called into the canteen at 9am and told production is moving to the Czech Republic, where wages are lower.

F2| Some 320 agency staff, many of whom have worked on the lines for years, face being let go first.

U1| "It feels like the heart has been ripped out of this town."

T[quote attributed before it (called it); explains the headline's 'darkest day']| Council leader Colin Ashdown called it "the darkest day for Brackenford in a generation" and said he had asked ministers for an urgent meeting.

T[quote attributed before it; age 34 and 'eight years' service are not plant facts; 'Nobody saw this coming' is a different speaker from Pryce]| Mum-of-two Kelly Barnes, 34, who has worked on the paint line for eight years, said: "We found out with everybody else. Nobody saw this coming."

D1| The factory opened its doors in 2011 - and now, just ten years later, it is shutting them for good.

T[35 acres = 14.2 ha, matches the trade newsletter's 14 ha; £6.5million grant agrees with the wire]| The 35-acre site on the edge of town was built with £6.5million of taxpayers' money, the Clarion can reveal.

F1| Veloran posted an operating loss of £47.1million last year, its accounts show.

F3| The plant churned out nearly 120,000 bikes in 2025 - but bosses say the orders have dried up.

Q1| Union boss Dana Pryce fumed: "This is a hammer blow for Brackenford and it was entirely predictable. We will fight for every one of these jobs during the 45-day consultation."

T['9 per cent' is the wire's 9.4 percent rounded; yesterday = 10 March]| Shares in the firm slumped 9 per cent yesterday.

T[no numbers; 'today' = 11 March]| Local MP Jonathan Reece said he would raise the closure in the Commons today.

T[£1.2million pay is a different money fact from the £41.7m loss (same company, same year)]| Veloran boss Marten Aasland, who took home £1.2million last year, said the decision was "painful but necessary".

T[Friday 25 September 2026 is right and agrees with the wire; 10 March -> 25 September is 28 weeks and 3 days, 'just over 28 weeks' is right]| The last shift will clock off on Friday, September 25, giving staff just over 28 weeks' notice.
""")

DOCS["derailment/midshire_live.txt"] = dict(event="derailment", outlet="Midshire Live: live page, HH:MM timestamps, newest first, a correction", text="""\
T[headline, no numbers]| LIVE: Freight train derails at Marrow Junction - homes evacuated near Ellerby

T[page date: 5 May 2026 is a Tuesday; 12:40 is a page timestamp, not an event time]| Midshire Live | Tuesday 5 May 2026 | Last updated 12:40

T[Monday 11 May 2026 is a Monday; 300 metres of track is not the 540-metre train or the 800-metre cordon]| 12:40 Trackway, which manages the line, says the route between Ellerby and Stanway will stay closed until at least Monday 11 May while the wagons are lifted and about 300 metres of track is relaid.

T[age 47 of the driver; 'a trainee' is one person; timestamp]| 12:05 Castlegate Freight says none of its crew was hurt. The driver, 47, and a trainee were in the locomotive cab when the wagons behind them came off the rails.

T[four treated = the broadcaster's 'Four people'; none in hospital]| 11:45 The ambulance service says four people were treated at the scene for minor eye and throat irritation. None needed hospital treatment.

Q2| 11:20 Area manager Ruth Okafor of Ellerby and District Fire and Rescue Service has just given an update: "There is no risk to the wider public, but people inside the cordon must stay out until we say otherwise."

F6| 10:30 Police say 380 households have now been evacuated from the streets closest to the junction. A rest centre is open at St Aldhelm's church hall on Carr Lane.

F4| 10:10 The cordon has been set at 800 metres around the site, covering parts of Carr Lane and the Mill Estate.

T[a correction: the earlier 120,000 litres is explicitly withdrawn and replaced by about 12,000, which agrees with the broadcaster; not a conflict]| 09:55 Correction: an earlier entry said around 120,000 litres of caustic soda solution had leaked. Castlegate says the figure is about 12,000 litres, from one of the train's three tank wagons.

F5| 08:45 Castlegate confirms that nine of the train's 28 wagons derailed.

F7| 08:20 The train, 540 metres long, was travelling from Stanway docks to a depot at Harlow Cross.

D2| 07:15 Police say the train left the tracks at 04:20 on the approach to Marrow Junction.

T[06:30 is the timestamp of the opening post, not the time of the derailment]| 06:30 Good morning. We are following the derailment of a freight train at Marrow Junction, just outside Ellerby. Emergency services are at the scene and people are being asked to avoid the area.
""")

DOCS["derailment/mrn_news.txt"] = dict(event="derailment", outlet="MRN News: regional broadcaster web copy, am/pm, miles with metric in brackets", text="""\
T[headline]| Hundreds evacuated after freight train derails near Ellerby

T[publication date/time: 5 May 2026; 14:10 is a publishing time]| MRN News | 5 May 2026, 14:10

T['Hundreds' is vague and consistent with 380 households; Tuesday = 5 May]| Hundreds of people have been moved out of their homes after a freight train carrying caustic soda derailed near Ellerby in the early hours of Tuesday.

F5| Nine of the train's 28 wagons left the track at Marrow Junction, operator Castlegate Freight said.

D2| The derailment happened at 4.20am, shortly before the first passenger trains of the day were due through the junction.

F6| Police said around 280 homes had been evacuated as a precaution.

F4| The cordon extends half a mile (800m) from the site.

Q2| Ruth Okafor, area manager at Ellerby and District Fire and Rescue Service, said: "There is little risk to the wider public, but people inside the cordon must stay out until we say otherwise."

T[about 12,000 litres agrees with the live page's corrected figure; 'one tank wagon' vs three tank wagons is part vs total]| Castlegate said about 12,000 litres of caustic soda solution had leaked from one tank wagon into a drainage ditch. The Midshire Environment Board said it was monitoring Carr Brook downstream.

T[four treated agrees with the live page]| Four people were treated at the scene for minor irritation to their eyes and throats, the ambulance service said.

T['dozens of families' is vague and a part of the evacuated households; rest centre agrees with the live page]| Residents were taken to a rest centre at St Aldhelm's church hall on Carr Lane, where volunteers served breakfast to dozens of families.

F7| The train, about a third of a mile long, was heading from Stanway docks to a depot at Harlow Cross.

A2| Trackway said 46 of the 62 passenger services scheduled on the route before noon had been cancelled - 84% of the timetable - and replacement buses were running between Ellerby and Stanway.

N7| A Castlegate spokesperson said: "We are working closely with the emergency services ... and will get the line open as soon as it is safe to do so."

T['at least Monday' agrees with the live page's Monday 11 May]| The line is expected to stay closed until at least Monday.

T[no numbers; investigators named as a body]| Castlegate said an investigation into the cause had begun, and the Rail Safety Investigation Unit said it had sent inspectors to the site.
""")

DOCS["derailment/ellerby_advertiser.txt"] = dict(event="derailment", outlet="Ellerby Advertiser: local weekly, byline and date, miles (km)", text="""\
T[headline]| Derailment: families tell of the night the wagons came off

T[byline]| By Tom Haskett
T[publication date: 7 May 2026 is a Thursday]| Thursday 7 May 2026

T['two nights' is a duration; Tuesday = 5 May, right for a Thursday paper]| Families in Ellerby spent two nights away from home after a freight train derailed at Marrow Junction on Tuesday, and some may not be back before the weekend.

D2| The train came off the rails at 3.20am, waking residents on Carr Lane and the Mill Estate.

F5| Seven of its 28 wagons left the track, Castlegate Freight has confirmed.

F4| Police set up a cordon stretching a mile (1.6km) around the junction.

F6| In all, 380 households were told to leave, and by last night about 150 had been allowed back.

F7| The 450-metre train had been travelling from Stanway docks to a depot at Harlow Cross.

T[quote attributed in the same sentence; age 81]| Pensioner Maureen Cole, 81, of Carr Lane, said: "I thought it was thunder at first. Then the police were knocking on the door telling us to get out."

T['about 5am' is when police knocked, a different event from the derailment time; age 42; ten minutes]| Carr Lane resident Dev Mistry, 42, said his family had been woken by police at about 5am and given ten minutes to pack.

N5| A rail worker who did not want to be named told the Advertiser that the same stretch of track had been flagged for repairs last year.

T[reported speech, no quote; Wednesday = 6 May]| Ruth Okafor of the fire service said on Wednesday that air-quality readings inside the cordon had returned to normal.

T[more than 600 meals is a count at the rest centre, unrelated to jobs or households; vicar named]| Volunteers at St Aldhelm's church hall, which served as the rest centre, handed out more than 600 hot meals in two days, the vicar, the Rev Alan Pike, said.

T[phone number, not a quantity]| Castlegate Freight said it would pay for hotel rooms for displaced residents and has set up a helpline on 01632 960 771.

T['Monday at the earliest' agrees with the live page (Monday 11 May)]| Trackway said the line between Ellerby and Stanway would reopen on Monday at the earliest.

T[weekday right: 8 May 2026 is a Friday; 7pm is a meeting time]| The Mill Estate residents' group has arranged a meeting with Castlegate at Ellerby Town Hall on Friday 8 May at 7pm.
""")

DOCS["meteorite/pbc_news.txt"] = dict(event="meteorite", outlet="PBC News: broadcaster web copy, SI units, 24-hour time", text="""\
T[headline]| Meteorite fragments found after fireball lights up Wendmoor sky

T[publication date: 24 April 2026 is a Friday]| PBC News | Friday 24 April 2026

T['Monday night' = 20 April, consistent with the date below]| Pieces of a meteorite that blazed across northern England on Monday night have been recovered from farmland near Calder Heath, scientists have confirmed.

T[21:47 BST on Monday 20 April: weekday right; the magazine's 'thirteen minutes to ten' is the same time]| The fireball was seen at 21:47 BST on Monday 20 April from as far away as the Scottish borders.

T[fall zone about 4km long and 1km wide (= the magazine's two and a half miles, the student paper's 4km): a different measure from the 86km and 31km heights]| Footage from the network's volunteer-run cameras allowed scientists to calculate a fall zone about 4km long and 1km wide within a day, the museum said.

F9| A search team found 17 fragments weighing 2.9kg in total on Wednesday and Thursday.

F8| The largest piece weighs 1.36kg and is about the size of a grapefruit.

F11| The Northern Skies Fireball Network received 2,314 reports from the public, and 14 of its cameras captured the object.

F10| Analysis of the footage shows it began to glow 86km above the Wendmoor, travelling at about 17km a second, before breaking apart at an altitude of 31km.

Q3| Dr Priya Venn, curator of mineralogy at the Hallam Museum of Natural History, said: "It is the most significant fall we have seen in this country for a generation, and we got to it fast."

T[4.56 billion years is an age; 'a small sample' no number]| Tests on a small sample suggest it is an ordinary chondrite, a stony meteorite about 4.56 billion years old, the museum said.

T[1881 -> 2026 is 145 years: correct]| It is the first meteorite recovered in the county since 1881, 145 years ago.

T[phone number]| Landowners are being asked to report any dark, crusted stones to the museum on 01632 960 205 rather than handle them with bare hands.

T[reported speech; 'within days' vague]| Dr Venn said pieces collected within days of landing were especially valuable because they had not yet been altered by rain and soil.

T[reported speech; 'Wednesday morning' = 22 April, consistent with the search dates]| Farmer Owen Price, on whose land the first fragment was found, said it had been lying beside a field gate when he checked his sheep on Wednesday morning.
""")

DOCS["meteorite/skyward_feature.md"] = dict(event="meteorite", outlet="Skyward magazine: feature, numbers in words, imperial units, pull-quote", text="""\
T[headline]| # The night the Wendmoor sky caught fire

T[issue date: June 2026 (the fall was in April of the same year)]| *Skyward* | June 2026 issue | Feature

T[standfirst and byline, no numbers]| *A farmer, a sheepdog and a network of rooftop cameras: how a fireball over the moors became the country's freshest meteorite.* By Ines Calloway

T['thirteen minutes to ten' = 21:47 in words; 'a Monday night in April' agrees with 20 April]| At thirteen minutes to ten on a Monday night in April, the sky over the Wendmoor turned briefly white.

T[two and a half miles = 4.0 km, agrees with the 4km fall zone; 'by dawn on Wednesday' = 22 April]| Within hours, the network's volunteers had narrowed the fall zone to a strip of pasture about two and a half miles long, and the first search parties were on the moor by dawn on Wednesday.

F10| The object had been glowing since it was fifty-three miles up, moving at some thirty-eight thousand miles an hour, and it shattered about nineteen miles above the moor.

F11| More than two thousand people reported what they had seen, many of them convinced an aircraft had come down.

U2| "Look up, keep looking, and always carry a notebook."

F9| Over the following two days, volunteers walked the fields in lines and picked up twenty-seven pieces, a little under three kilograms in all.

F8| The largest, almost exactly three pounds, was found by a sheepdog named Bess beside a gate on Owen Price's land.

T[age 63; reported speech ('told Skyward')]| Price, a 63-year-old sheep farmer, told Skyward he had nearly kicked it into the ditch before his daughter stopped him.

Q3| "It is the most significant fall we have seen in this country for a century," says Dr Priya Venn, the Hallam Museum's curator of mineralogy, who drove through the night to reach the site.

N6| Meteorite specialists say a stone picked up within days of landing is worth far more to science than one found years later, because rain has not yet begun to rust its iron grains.

T['roughly four and a half billion years' (+-10%) agrees with 4.56 billion]| The rock itself is roughly four and a half billion years old, older than any mineral formed on Earth.

T[fourteen cameras = PBC's 14 cameras, in words]| Fourteen cameras in the fireball network caught the fall, and their tracks crossed over a single parish.
""")

DOCS["meteorite/the_gown.txt"] = dict(event="meteorite", outlet="The Gown: student paper, byline and date, superscript markers with no notes", text="""\
T[headline]| Students join hunt as fireball drops space rocks on Wendmoor

T[byline]| By Sana Iqbal, Science Editor
T[publication date: 29 April 2026 is a Wednesday]| Wednesday 29 April 2026

D3| More than forty Hallam students and staff spent last week combing farmland near Calder Heath after a fireball streaked across the sky on the night of Tuesday 20 April.

F9| Of the 17 fragments recovered, six were found by Hallam volunteers, according to Dr Lena Ostrowski, who led the university's search team.

F8| The largest fragment, at 1.63kg, is now kept in a nitrogen-filled cabinet at the Hallam Museum.

T[quote attributed after it; 'ten metres', 'three days' are not compared]| "We had students with GPS units walking in lines ten metres apart for three days," Dr Ostrowski said.

T[4km agrees with the fall zone elsewhere; 25 search squares is a count of areas]| She said the team had used the network's predicted fall zone, a strip about 4km long, to divide the farmland into 25 search squares.

F10| Camera data showed the meteor first glowed at a height of 86km (34 miles) and was travelling at 17km/s, or about 11 miles a second.

F11| The Northern Skies Fireball Network logged about 3,200 eyewitness reports, a record for the network.

FN3| Ordinary chondrites like this one make up roughly 80 per cent of all meteorites seen to fall¹.

FN3| Fresh falls are rare: only a handful each year are picked up within days of landing anywhere in the world².

T[age 20; 'two fragments' is a part of the 17; Thursday afternoon, no date]| Second-year geology student Ravi Anand, 20, found two fragments in a hedge bottom on Thursday afternoon.

T[quote attributed in the same sentence (Anand said)]| Anand, who is from Leicester, said it was "the best lab session I will ever have".

T[reported speech; 12 June is a date]| He said he had walked past the spot twice before noticing the black crust. The museum plans to put the largest fragment on public display from 12 June.

T[£1,350 is SU spending, a different fact; named source]| The Students' Union paid for minibus transport and walking boots for volunteers at a cost of £1,350, SU president Mo Adeyemi confirmed.

FN3| The university has applied for funding to analyse a fragment in its own laboratories, following a similar study of the 1881 fall³.
""")

DOCS["standalone/fernlea_repairs_q3.md"] = dict(event="standalone: housing repairs report", outlet="Fernlea Homes: housing association report, Markdown table, label lines, bracketed notes", text="""\
T[title; 'Quarter 3' and '2025/26' are names, not quantities]| # Fernlea Homes: Repairs Performance Report, Quarter 3 2025/26

T[publication date]| Published: 3 February 2026. Prepared for the Tenants' Scrutiny Panel.

T[label line: homes managed]| Homes managed: 8,420
T[label line: 11,306 = 3,612 + 3,874 + 3,820 (table total, right)]| Repairs completed, April-December 2025: 11,306
T[81% this year vs 77% last year: different periods]| Tenant satisfaction with repairs: 81% (2024/25: 77%)
T[phone number]| Repairs line: 01632 960 884

T[heading]| ## Quarterly figures

T[table header]| | Quarter | Repairs completed | Emergency repairs within 24 hours | Average days, routine repair |
T[table rule]| |---|---|---|---|
T[Q1 row: a different period from Q3]| | Q1 (Apr-Jun) | 3,612 | 97.1% | 18.4 |
T[Q2 row: a different period; 3,874 is close to Q3's 3,820 but another quarter]| | Q2 (Jul-Sep) | 3,874 | 96.4% | 21.7 |
F12| | Q3 (Oct-Dec) | 3,820 | 98.2% | 19.9 |

T[heading]| ## Commentary

F12| Fernlea completed 3,280 repairs in the third quarter, slightly fewer than in the summer, when a backlog of roofing jobs was cleared[1].

T[19.9 and 21.7 agree with the table; 15-day target is a target]| Routine repairs took an average of 19.9 days, down from 21.7 days in the second quarter, but still above the 15-day target set by the board.

T[98.2% agrees with the table; 2019 is a year]| Emergency repairs attended within 24 hours rose to 98.2%, the best quarterly result since the service was brought in-house in 2019.

A1| Formal complaints about repairs fell from 214 in the second quarter to 167 in the third, a reduction of 28%.

T[388/412 = 94.2%: right; 'ten working days' is a deadline]| Damp and mould: 412 reports were received in the quarter, and 388 of them (94%) were inspected within ten working days[2].

T[£186 vs £173 = +7.5%: right; different years]| The average cost of a responsive repair was £186, against £173 in the same quarter of 2024, an increase of 7.5% that mainly reflects contractor rates agreed in April.

T[96 homes re-let is not the 8,420 homes managed; 31 days is a re-let time, not a repair time]| Empty homes: 96 homes were re-let in the quarter, taking an average of 31 days from keys returned to new tenancy.

T[weekday right: 17 February 2026 is a Tuesday]| The panel will review these figures at its meeting on Tuesday 17 February 2026.

T[heading of the notes section]| ## Notes

T[note 1 is used by the marker in the commentary; dates]| [1] Roofing contracts were let in June 2025 and completed by 30 September 2025.
T[note 2 is used by the damp and mould marker]| [2] Inspection time is counted from the date the report was logged, excluding weekends and bank holidays.
N4| [3] Figures for the fourth quarter will be published in May 2026 alongside the annual report.
""")

DOCS["standalone/dunmere_growers_bulletin.txt"] = dict(event="standalone: dairy co-operative bulletin", outlet="Dunmere Valley Growers: members' bulletin, plain text, label lines", text="""\
T[organisation name]| DUNMERE VALLEY GROWERS' CO-OPERATIVE
T[issue number 112 is a reference number]| Members' Bulletin - Spring 2026 (No. 112)

T[issue date]| Issued: 2 March 2026
F13| Members: 312 farms
T[label line: 48.6 million litres in 2025]| Milk collected in 2025: 48.6 million litres
T[label line: 41.3p, repeated in prose]| Average price paid in 2025: 41.3p per litre
T[weekday right: 26 March 2026 is a Thursday; 7.30pm is a meeting time]| Annual general meeting: Thursday 26 March 2026, 7.30pm, Dunmere Market Hall

D4| This year marks the 40th anniversary of the co-operative, which was founded by 23 dairy farmers in 1988 to share a single bulk tanker.

T[46.6 -> 48.6 million litres is +4.3%: right; 2024 vs 2025]| Milk volumes were up 4.3 per cent on 2024, when members supplied 46.6 million litres, helped by a mild autumn and good grass growth.

F13| The board thanks all 321 member farms for their patience during the tanker changeover in October.

T[41.3p - 39.2p = 2.1p: right; different years]| The average milk price for the year was 41.3p per litre, 2.1p above the 2024 average of 39.2p.

T['week beginning 13 October' (2025) is a Monday; nine farms is a part of the membership, not the membership]| Tanker changeover: all collections moved to the new schedule in the week beginning 13 October. The board apologises to the nine farms whose milk was collected late that week.

N2| One board member, who asked not to be named, said the co-operative expected the March price to be held at 40.5p.

T[weekday right: 27 March 2026 is a Friday; 2,840 tonnes and £11 a tonne are feed figures]| Feed buying group: orders for the summer round close on Friday 27 March. The group bought 2,840 tonnes of feed last season, saving members an average of £11 a tonne.

U3| "Joining the feed group was the best decision we made for the farm. It paid for itself in the first month."

T[28,000-litre tanker capacity is not milk collected; 48/24 hours and 4,000 litres a day are thresholds]| New tanker: the second tanker, a 28,000-litre vehicle, entered service on 19 January. Collections now run every 48 hours, or every 24 hours for farms producing more than 4,000 litres a day.

T[phone numbers]| Contacts: milk office 01632 960 152; field officer Gwen Rhys 07700 900 318.

T[weekday right: 16 March 2026 is a Monday; three seats and two members are small counts]| Board elections: three seats are up for election at the AGM. Nominations, signed by two members, must reach the office by noon on Monday 16 March.
T[issue number]| Next bulletin: Summer 2026 (No. 113).
""")

DOCS["standalone/hartwell_broadband_paper.txt"] = dict(event="standalone: rural broadband briefing", outlet="Hartwell Institute: think-tank briefing paper, bracketed numeric markers, notes section", text="""\
T[paper number 14 is a reference number]| HARTWELL INSTITUTE - BRIEFING PAPER 14
T[title]| Connecting the Uplands: gigabit broadband in rural Wendshire
T[date line]| January 2026

T[heading]| Summary

F14| Some 23,400 rural premises in Wendshire still cannot get a download speed of 30 Mbit/s, and almost all of them are in the north and west of the county[1].

A3| Gigabit-capable coverage has risen quickly: 41,250 rural premises could order a gigabit connection in 2023, against 58,900 in 2025, an increase of 52 per cent[2].

T[section number]| 1. Coverage

T[58,900 / 96,500 = 61.0%: right; 58,900 agrees with the summary]| Of the 96,500 rural premises in the county, 58,900 (61 per cent) now have access to gigabit-capable broadband, according to the county's connectivity programme.

FN1| Coverage is far lower in the uplands: in the 14 parishes of the Wendshire Fells, only 38 per cent of premises are covered[3].

F14| Our analysis of the programme's data finds 32,400 premises below 30 Mbit/s, of which about 9,000 are farms or other rural businesses.

T[section number]| 2. Costs

FN1| The programme's contracts price the average upland connection at £4,800, more than four times the county average of £1,150[5].

N3| Asked about the remaining premises, the digital minister, Rhona Castell, told the Institute: "[T]he market alone will not reach the last five per cent, and we have never pretended it would."

N8| Industry observers say civil engineering costs have risen by a fifth since 2023, which would push the upland figure higher still.

T[£2.1 million / 1,460 = £1,438, 'about £1,440': right]| The county council's voucher scheme paid out £2.1 million in 2025, supporting 1,460 connections, an average of about £1,440 each[6].

T[section number]| 3. Recommendations

T[90 per cent by 2028 is a target, 61 per cent today agrees with section 1]| The county should set a target of 90 per cent gigabit coverage by 2028, up from 61 per cent today, and publish progress every six months[7].

FN2| It should also agree a shared-duct scheme with the water company, as proposed in the Institute's 2024 paper on rural infrastructure[8].

T[notes heading]| Notes
T[note 1 used]| [1] Wendshire Connectivity Programme, open data release, December 2025.
T[note 2 used; years are editions]| [2] Communications Regulator, Connected Nations county tables, 2023 and 2025 editions.
FN1| [3] Institute analysis of premises data for the 14 Fells parishes.
FN1| [5] Programme contract summaries, Lots 2 and 3, published October 2025.
T[note 6 used]| [6] Wendshire County Council, voucher scheme annual return 2025.
T[99 per cent by 2030 is a national target, a different scope and a target]| [7] Compare the national target of 99 per cent gigabit coverage by 2030.
T[address and phone number]| Hartwell Institute, 12 Bridge Street, Wendlow. Telephone 01632 960 418.
""")

# ---------------------------------------------------------------- findings
FINDINGS = {
    "F1": (["numeric-conflict"], "Veloran 2025 operating loss: £41.7m (wire, trade bullets) vs £47.1million (tabloid): transposed digits. Also on the wire line: revenue 355.0 -> 312.4 is the stated 12 percent fall (must stay silent)"),
    "F2": (["numeric-conflict"], "Brackenford agency workers: 230 (wire) vs 'some 320' (tabloid, +-10% -> 288-352): wrong figure. Also on the wire line: 410 + 230 = 640 and 9 a.m. = the tabloid's 9am (must stay silent)"),
    "F3": (["numeric-conflict"], "Brackenford 2025 output: key-figures bullet 118,000 vs prose 181,000 in the same newsletter (tabloid 'nearly 120,000' agrees with 118,000)"),
    "F4": (["numeric-conflict"], "derailment cordon: 800 metres (live), half a mile (800m) (broadcaster) vs 'a mile (1.6km)' (local paper): wrong conversion/figure"),
    "F5": (["numeric-conflict"], "derailed wagons: nine (live), Nine (broadcaster) vs Seven (local paper)"),
    "F6": (["numeric-conflict"], "households evacuated: 380 (live, local paper) vs 'around 280' (broadcaster, +-10% -> 252-308): wrong digit"),
    "F7": (["numeric-conflict"], "train length: 540 metres (live), about a third of a mile (broadcaster, ~536 m) vs 450-metre (local paper)"),
    "F8": (["numeric-conflict"], "largest meteorite fragment: 1.36kg (broadcaster), almost exactly three pounds (magazine, 1.36 kg) vs 1.63kg (student paper): transposed digits"),
    "F9": (["numeric-conflict"], "fragments recovered: 17 (broadcaster, student paper) vs twenty-seven (magazine, in words)"),
    "F10": (["numeric-conflict"], "height where the fireball began to glow: 86km (broadcaster), fifty-three miles (magazine) vs '86km (34 miles)' (student paper): wrong conversion (86 km = 53 miles). Also on these lines: 17 km/s = 38,000 mph = 11 miles a second and 31 km = 19 miles are right"),
    "F11": (["numeric-conflict"], "public reports of the fireball: 2,314 (broadcaster), more than two thousand (magazine) vs about 3,200 (student paper)"),
    "F12": (["numeric-conflict"], "Fernlea Q3 repairs completed: table 3,820 vs commentary 3,280 (same document)"),
    "F13": (["numeric-conflict"], "Dunmere members: label line 312 farms vs prose 321 member farms (same document)"),
    "F14": (["numeric-conflict"], "Wendshire premises below 30 Mbit/s: summary 'some 23,400' vs section 1 '32,400' (same document)"),
    "A1": (["numeric-arithmetic"], "complaints 214 -> 167 is a 22.0% reduction, not 28%"),
    "A2": (["numeric-arithmetic"], "46 of 62 services cancelled is 74.2%, not 84%"),
    "A3": (["numeric-arithmetic"], "41,250 -> 58,900 premises is +42.8%, not 52 per cent"),
    "D1": (["date-inconsistency"], "plant opened in 2011; in a 2026 article 'just ten years later' should be fifteen"),
    "D2": (["date-inconsistency"], "time of the derailment: 04:20 (live) and 4.20am (broadcaster) vs 3.20am (local paper)"),
    "D3": (["date-inconsistency"], "'Tuesday 20 April' (2026): 20 April 2026 is a Monday"),
    "D4": (["date-inconsistency"], "co-operative founded in 1988: 2026 is the 38th anniversary, not the 40th"),
    "Q1": (["quote-conflict"], "Dana Pryce: 'entirely avoidable' (wire) vs 'entirely predictable' (tabloid)"),
    "Q2": (["quote-conflict"], "Ruth Okafor: 'There is no risk to the wider public' (live) vs 'There is little risk' (broadcaster)"),
    "Q3": (["quote-conflict"], "Priya Venn: 'for a generation' (broadcaster) vs 'for a century' (magazine)"),
    "U1": (["unattributed-quote"], "tabloid pull-quote with no speaker anywhere"),
    "U2": (["unattributed-quote"], "magazine pull-quote (slogan-like) with no speaker"),
    "U3": (["unattributed-quote"], "bulletin testimonial with no name"),
    "FN1": (["footnote-gap"], "markers and notes run [1] [2] [3] [5] [6] [7]: number 4 is missing. Also on these lines: 38 per cent is the Fells parishes (not the county's 61 per cent) and 4,800 is more than four times 1,150 (must stay silent)"),
    "FN2": (["footnote-undefined"], "marker [8] has no entry in the Notes section"),
    "FN3": (["footnote-no-notes"], "superscript markers ¹ ² ³ in a document with no notes section (one diagnostic for the document; any marker line counts). 1881 is a year, not a quantity"),
}

NOTES = {
    "N1": (["vague-source"], "'Analysts said'"),
    "N2": (["anonymous-source"], "'One board member, who asked not to be named'"),
    "N3": (["quote-altered"], "editorial bracket '[T]he' inside Castell's quote"),
    "N4": (["footnote-unused"], "note [3] is used by no marker"),
    "N5": (["anonymous-source"], "'A rail worker who did not want to be named'"),
    "N6": (["vague-source"], "'Meteorite specialists say'"),
    "N7": (["quote-altered"], "ellipsis inside the Castlegate spokesperson's quote"),
    "N8": (["vague-source"], "'Industry observers say'"),
}

# ---------------------------------------------------------------- checks
# Each check names the lines it is about: (file, substring that must be on the line).
# Value specs: (number, qualifier) with qualifier in exact/about/some/nearly/almost/more_than/range
CHECKS = [
    # planted conflicts must be disjoint; agreeing renderings must overlap the truth
    dict(kind="disjoint", id="F1", a=(41.7, "exact"), b=(47.1, "exact"),
         where=[("northgate_wire.txt", "41.7 million pounds"), ("cycle_trade_weekly.md", "£41.7m"), ("daily_clarion.txt", "£47.1million")]),
    dict(kind="disjoint", id="F2", a=(230, "exact"), b=(320, "some"),
         where=[("northgate_wire.txt", "230 agency"), ("daily_clarion.txt", "Some 320 agency")]),
    dict(kind="disjoint", id="F3", a=(118000, "exact"), b=(181000, "exact"),
         where=[("cycle_trade_weekly.md", "118,000 units"), ("cycle_trade_weekly.md", "181,000 bikes")]),
    dict(kind="overlap", id="F3", a=(118000, "exact"), b=(120000, "nearly"),
         where=[("daily_clarion.txt", "nearly 120,000 bikes")]),
    dict(kind="disjoint", id="F4", a=(800, "exact"), b=(1609.344, "exact_mile1"),
         where=[("midshire_live.txt", "800 metres"), ("mrn_news.txt", "half a mile (800m)"), ("ellerby_advertiser.txt", "a mile (1.6km)")]),
    dict(kind="overlap", id="F4", a=(800, "exact"), b=(0.5 * 1609.344, "about"), where=[]),
    dict(kind="disjoint", id="F5", a=(9, "exact"), b=(7, "exact"),
         where=[("midshire_live.txt", "nine of the train's 28"), ("mrn_news.txt", "Nine of the train's 28"), ("ellerby_advertiser.txt", "Seven of its 28")]),
    dict(kind="disjoint", id="F6", a=(380, "exact"), b=(280, "around"),
         where=[("midshire_live.txt", "380 households"), ("mrn_news.txt", "around 280 homes"), ("ellerby_advertiser.txt", "380 households")]),
    dict(kind="disjoint", id="F7", a=(540, "exact"), b=(450, "exact"),
         where=[("midshire_live.txt", "540 metres long"), ("mrn_news.txt", "about a third of a mile"), ("ellerby_advertiser.txt", "450-metre")]),
    dict(kind="overlap", id="F7", a=(540, "exact"), b=(1609.344 / 3, "about"), where=[]),
    dict(kind="disjoint", id="F7", a=(450, "exact"), b=(1609.344 / 3, "about"), where=[]),
    dict(kind="disjoint", id="F8", a=(1.36, "exact"), b=(1.63, "exact"),
         where=[("pbc_news.txt", "1.36kg"), ("skyward_feature.md", "almost exactly three pounds"), ("the_gown.txt", "1.63kg")]),
    dict(kind="overlap", id="F8", a=(1.36, "exact"), b=(3 * 0.45359237, "nearly"), where=[]),
    dict(kind="disjoint", id="F8", a=(1.63, "exact"), b=(3 * 0.45359237, "nearly"), where=[]),
    dict(kind="disjoint", id="F9", a=(17, "exact"), b=(27, "exact"),
         where=[("pbc_news.txt", "17 fragments"), ("skyward_feature.md", "twenty-seven pieces"), ("the_gown.txt", "17 fragments")]),
    dict(kind="overlap", id="F9", a=(2.9, "exact"), b=(3.0, "nearly"), where=[("skyward_feature.md", "a little under three kilograms")]),
    dict(kind="conv", id="F10", value=86, factor=1 / 1.609344, stated=53, ok=True, where=[("skyward_feature.md", "fifty-three miles up")]),
    dict(kind="conv", id="F10", value=86, factor=1 / 1.609344, stated=34, ok=False, where=[("the_gown.txt", "86km (34 miles)")]),
    dict(kind="disjoint", id="F10", a=(53, "exact"), b=(34, "exact"), where=[("pbc_news.txt", "86km above")]),
    dict(kind="disjoint", id="F11", a=(2314, "exact"), b=(3200, "about"),
         where=[("pbc_news.txt", "2,314 reports"), ("skyward_feature.md", "More than two thousand"), ("the_gown.txt", "about 3,200")]),
    dict(kind="overlap", id="F11", a=(2314, "exact"), b=(2000, "more_than"), where=[]),
    dict(kind="disjoint", id="F12", a=(3820, "exact"), b=(3280, "exact"),
         where=[("fernlea_repairs_q3.md", "| 3,820 |"), ("fernlea_repairs_q3.md", "3,280 repairs")]),
    dict(kind="disjoint", id="F13", a=(312, "exact"), b=(321, "exact"),
         where=[("dunmere_growers_bulletin.txt", "Members: 312"), ("dunmere_growers_bulletin.txt", "321 member")]),
    dict(kind="disjoint", id="F14", a=(23400, "some"), b=(32400, "exact"),
         where=[("hartwell_broadband_paper.txt", "Some 23,400"), ("hartwell_broadband_paper.txt", "32,400 premises")]),
    # arithmetic: planted wrong, traps right
    dict(kind="pct_change", id="A1", frm=214, to=167, stated=-28, ok=False, where=[("fernlea_repairs_q3.md", "reduction of 28%")]),
    dict(kind="share", id="A2", part=46, whole=62, stated=84, ok=False, where=[("mrn_news.txt", "84% of the timetable")]),
    dict(kind="pct_change", id="A3", frm=41250, to=58900, stated=52, ok=False, where=[("hartwell_broadband_paper.txt", "increase of 52 per cent")]),
    dict(kind="pct_change", id="trap", frm=355.0, to=312.4, stated=-12, ok=True, where=[("northgate_wire.txt", "a fall of about 12 percent")]),
    dict(kind="pct_change", id="trap", frm=234, to=212, stated=-9.4, ok=True, where=[("northgate_wire.txt", "fell 9.4 percent")]),
    dict(kind="share", id="trap", part=118000, whole=200000, stated=59, ok=True, where=[("cycle_trade_weekly.md", "59% of its installed capacity")]),
    dict(kind="sum", id="trap", parts=[410, 230], total=640, where=[("northgate_wire.txt", "410 permanent staff and 230 agency")]),
    dict(kind="sum", id="trap", parts=[3612, 3874, 3820], total=11306, where=[("fernlea_repairs_q3.md", "11,306")]),
    dict(kind="share", id="trap", part=388, whole=412, stated=94, ok=True, where=[("fernlea_repairs_q3.md", "388 of them (94%)")]),
    dict(kind="pct_change", id="trap", frm=173, to=186, stated=7.5, ok=True, where=[("fernlea_repairs_q3.md", "increase of 7.5%")]),
    dict(kind="pct_change", id="trap", frm=46.6, to=48.6, stated=4.3, ok=True, where=[("dunmere_growers_bulletin.txt", "up 4.3 per cent")]),
    dict(kind="diff", id="trap", a=41.3, b=39.2, stated=2.1, where=[("dunmere_growers_bulletin.txt", "2.1p above")]),
    dict(kind="share", id="trap", part=58900, whole=96500, stated=61, ok=True, where=[("hartwell_broadband_paper.txt", "58,900 (61 per cent)")]),
    dict(kind="ratio_gt", id="trap", a=4800, b=1150, stated=4, where=[("hartwell_broadband_paper.txt", "more than four times")]),
    dict(kind="ratio_about", id="trap", a=2.1e6, b=1460, stated=1440, where=[("hartwell_broadband_paper.txt", "about £1,440 each")]),
    dict(kind="conv", id="trap", value=14, factor=2.4710538, stated=35, ok=True, where=[("daily_clarion.txt", "35-acre"), ("cycle_trade_weekly.md", "14 ha")]),
    dict(kind="conv", id="trap", value=17, factor=3600 / 1.609344, stated=38000, ok=True, where=[("skyward_feature.md", "thirty-eight thousand miles an hour")]),
    dict(kind="conv", id="trap", value=31, factor=1 / 1.609344, stated=19, ok=True, where=[("skyward_feature.md", "about nineteen miles")]),
    dict(kind="conv", id="trap", value=17, factor=1 / 1.609344, stated=11, ok=True, where=[("the_gown.txt", "about 11 miles a second")]),
    dict(kind="overlap", id="trap", a=(4.56, "exact"), b=(4.5, "roughly"), where=[("skyward_feature.md", "roughly four and a half billion")]),
    dict(kind="overlap", id="trap", a=(9.4, "exact"), b=(9, "exact"), where=[("daily_clarion.txt", "slumped 9 per cent")]),
    # dates and years
    dict(kind="years", id="D1", start=2011, end=2026, stated=10, ok=False, where=[("daily_clarion.txt", "just ten years later")]),
    dict(kind="years", id="trap", start=2011, end=2026, stated=15, ok=True, where=[("northgate_wire.txt", "15 years ago"), ("cycle_trade_weekly.md", "fifteen years")]),
    dict(kind="years", id="D4", start=1988, end=2026, stated=40, ok=False, where=[("dunmere_growers_bulletin.txt", "40th anniversary")]),
    dict(kind="years", id="trap", start=1881, end=2026, stated=145, ok=True, where=[("pbc_news.txt", "145 years ago")]),
    dict(kind="time_differ", id="D2", a="04:20", b="03:20", where=[("midshire_live.txt", "at 04:20"), ("mrn_news.txt", "at 4.20am"), ("ellerby_advertiser.txt", "at 3.20am")]),
    dict(kind="time_same", id="trap", a="21:47", b="21:47", where=[("pbc_news.txt", "21:47"), ("skyward_feature.md", "thirteen minutes to ten")]),
    dict(kind="days_between", id="trap", a="2026-03-10", b="2026-09-25", weeks_min=28, weeks_max=29, where=[("daily_clarion.txt", "just over 28 weeks")]),
    dict(kind="weekday", id="D3", date="2026-04-20", day="Tuesday", ok=False, where=[("the_gown.txt", "Tuesday 20 April")]),
    dict(kind="weekday", id="trap", date="2026-03-10", day="Tuesday", ok=True, where=[("northgate_wire.txt", "on Tuesday")]),
    dict(kind="weekday", id="trap", date="2026-03-11", day="Wednesday", ok=True, where=[("daily_clarion.txt", "Wednesday 11 March 2026")]),
    dict(kind="weekday", id="trap", date="2026-09-25", day="Friday", ok=True, where=[("northgate_wire.txt", "Friday, September 25")]),
    dict(kind="weekday", id="trap", date="2026-03-09", day="Monday", ok=True, where=[("northgate_wire.txt", "Monday's close")]),
    dict(kind="weekday", id="trap", date="2026-05-05", day="Tuesday", ok=True, where=[("midshire_live.txt", "Tuesday 5 May 2026"), ("mrn_news.txt", "early hours of Tuesday")]),
    dict(kind="weekday", id="trap", date="2026-05-06", day="Wednesday", ok=True, where=[("ellerby_advertiser.txt", "on Wednesday")]),
    dict(kind="weekday", id="trap", date="2026-05-11", day="Monday", ok=True, where=[("midshire_live.txt", "Monday 11 May")]),
    dict(kind="weekday", id="trap", date="2026-04-20", day="Monday", ok=True, where=[("pbc_news.txt", "Monday 20 April")]),
]

# expected footnote structure per document: (markers style, markers used, notes defined)
FOOTNOTES = {
    "fernlea_repairs_q3.md": dict(style="bracket", gap=[], undefined=[], unused=[3], no_notes=False),
    "hartwell_broadband_paper.txt": dict(style="bracket", gap=[4], undefined=[8], unused=[], no_notes=False),
    "the_gown.txt": dict(style="superscript", gap=[], undefined=[1, 2, 3], unused=[], no_notes=True),
}
