# -*- coding: utf-8 -*-
"""Source of truth for heldout86. Each document is a list of lines; a non-empty line ends with a tag
  ⟦F1⟧ / ⟦F1,F2⟧  -> line belongs to planted finding(s) (key.json "expected")
  ⟦N1⟧            -> line belongs to a note (key.json "notes")
  ⟦T:what⟧        -> trap, must stay silent (key.json "traps" and "must_not")
  ⟦T?:what⟧       -> trap listed in "traps" but not in "must_not" (a low-severity report is tolerable)
The tag is stripped when the documents are written."""

DOCS = {}

DOCS['bridge/bridge_wire.txt'] = """\
Lorry strike shuts northern England road bridge for 14 weeks, repairs put at £2.3 mln ⟦T:headline; 14 weeks and £2.3 mln agree with the body and with the tabloid's "£2.3million" (mln = million)⟧

HARNBY, England, March 4 (NPA) - A road bridge over one of northern England's busiest commuter routes will stay shut for 14 weeks after a low-loader carrying a digger struck it on Tuesday afternoon, highways officials said on Wednesday. ⟦T:dateline March 4 2026 is a Wednesday, so "Tuesday" is March 3 and "Wednesday" is the dateline day; all consistent⟧

The lorry hit the Coldharbour Lane overbridge above the A6120 Harnby Link at 2:40 p.m., displacing one of the bridge's four steel beams by 180 millimetres (7 inches), Northvale Roads said in a statement. ⟦D3⟧

The dual carriageway below, which carries 41,000 vehicles a day, was closed in both directions for 19 hours while the beam was propped, and reopened at 9:40 a.m. on Wednesday. ⟦F1⟧

Coldharbour Lane itself, used by about 6,800 vehicles a day, will remain closed, and drivers are being sent on a 6-mile (9.7 km) diversion. ⟦F2⟧

Replacing the damaged beam and two bearings is expected to cost 2.3 million pounds, the company said. ⟦F3⟧

Engineers are aiming to reopen the bridge to traffic by Friday, June 13, it added. ⟦D1⟧

"The bridge will reopen before the school summer holidays, and we will not cut corners to get there," Claire Denholm, Northvale Roads' director of operations, told reporters at the site. ⟦Q1⟧

The 52-year-old driver, from Ellerby in South Yorkshire, was interviewed under caution and released, Harnbyshire Police said. ⟦F5⟧

A police source who asked not to be named said the driver had told officers he did not know the height of his load. ⟦N1⟧

Tuesday's strike was the fourth on the bridge since 2021. The previous one, in 2024, cost 410,000 pounds to repair and closed the lane for five weeks. ⟦T:previous strike (2024): different cost and duration from this one's £2.3m / 14 weeks; "fourth since 2021" agrees with the tabloid's "fourth time in five years"⟧

The National Bridge Safety Forum recorded 1,624 bridge strikes in Britain in the year to March 2025, more than four a day. ⟦T:1,624/365 = 4.4 a day, so "more than four a day" is right; national count, not the Northvale regional 61⟧

Police asked witnesses to call 101 quoting log 0527 of March 3. ⟦T:phone number 101 and log number 0527 are not quantities⟧

(Reporting by Sam Whitlow; Editing by Priya Raman) ⟦T:credit line⟧
"""

DOCS['bridge/bridge_tabloid.txt'] = """\
DIGGER LORRY SMASHES INTO BRIDGE ⟦T:headline⟧
By Kerry Gaunt, Transport Reporter | Wednesday, March 4, 2026 ⟦T:correct weekday (4 March 2026 is a Wednesday)⟧

A LORRY carrying a giant digger ploughed into a bridge over one of the north's busiest roads yesterday, leaving thousands of drivers facing months of misery. ⟦T:"yesterday" = Tuesday 3 March, agrees with the wire⟧

The low-loader slammed into the Coldharbour Lane bridge over the A6120 Harnby Link at 2.40pm, knocking a huge steel beam seven inches out of line. ⟦D3⟧

The bridge has a clearance of 16ft 3in - but the digger on the back stood 16ft 6in tall, three inches too high. ⟦F4⟧

The 57-year-old driver, from Ellerby, was questioned by police and later released. ⟦F5⟧

The dual carriageway underneath, used by 14,000 vehicles a day, was shut for 19 hours until 9.40am this morning. ⟦F1⟧

Engineers worked through the night to prop the beam, while commuters sat in queues of up to three miles on surrounding roads during the evening rush hour. ⟦T:queue length up to three miles is not the diversion length⟧

Locals who rely on Coldharbour Lane now face a nine-mile detour. ⟦F2⟧

Fixing the damage will cost taxpayers £2.3million, and the bridge will be shut for 14 weeks. ⟦F3⟧

Northvale Roads operations boss Claire Denholm said: "The bridge won't reopen before the school summer holidays, and we will not cut corners to get there." ⟦Q1⟧

It is the fourth time the bridge has been hit in five years. A smash in 2024 cost £410,000 to put right and shut the lane for five weeks. ⟦T:previous strike figures (2024) agree with the wire and differ from this strike's; five years 2021-2026 right⟧

Mum-of-two Jodie Hartley, 34, who lives on Coldharbour Lane, said: "My school run has gone from five minutes to twenty-five. It's a joke." ⟦T:age 34; attributed quote; journey times are not the diversion length⟧

Another neighbour, pensioner Derek Lowe, 79, said he had heard "an almighty bang" from his garden at about 2.40pm. ⟦D3⟧

Hauliers say around four bridges a day are hit across the country. ⟦T?:hedged national figure agrees with wire's 1,624 a year (4.4 a day); "hauliers say" is attributed to a named group, arguably vague⟧

Police urged anyone who saw the crash to ring 101, quoting log 0527. ⟦T:phone and log numbers⟧
"""

DOCS['bridge/bridge_haulage.md'] = """\
# Haulage Brief - Issue 212, 6 March 2026 ⟦T:issue number 212 is a label; date without weekday⟧

## Low-loader strike closes Harnby overbridge ⟦T:heading⟧

A low-loader carrying a tracked excavator struck the Coldharbour Lane overbridge on the A6120 Harnby Link at 15:40 on 3 March, the 14th bridge strike recorded in the Northvale region so far this year. ⟦D3⟧

**Key figures** ⟦T:heading⟧

- Signed clearance: 4.95 m ⟦F4⟧
- Load height: 5.03 m ⟦T:5.03 m = 16ft 6in (tabloid), right conversion⟧
- Beam displacement: 180 mm ⟦T:180 mm = 7.1 in, agrees with tabloid's "seven inches"⟧
- A6120 traffic: about 41,000 vehicles/day ⟦F1⟧
- Coldharbour Lane diversion: 9.7 km ⟦F2⟧
- Repair estimate: £3.2m ⟦F3⟧
- Expected closure: 14 weeks ⟦T:agrees with the wire and tabloid; "14th bridge strike" above is an ordinal, not the closure⟧

Northvale Roads says the excavator's boom had not been fully lowered and that the load exceeded the bridge's 4.59 m headroom by 8 cm. ⟦F4⟧

The operator's transport manager told *Haulage Brief* that the driver, who holds a full C+E licence, had completed a route plan, but that the plan carried an out-of-date height for the machine. ⟦T:reported speech; C+E is a licence class⟧

Hauliers serving the Coldharbour trading estate should note that vehicles over 7.5 t are banned from the signed diversion through Ellerby village; the A6120 and B6410 add roughly 4 km instead. ⟦T:7.5 t weight limit; "roughly 4 km" extra is a different distance from the 9.7 km diversion⟧

Loads over 3 m high must display a height notice in the cab; operators found without one face fines of up to £2,500, and an operator's licence can be called in after repeat strikes. ⟦T:3 m notice threshold and £2,500 fine; 2,500 later is a count of cards, a different fact⟧

Strikes are rising: the region logged 61 in 2025 against 58 in 2024, an increase of about 5%.[^1] ⟦FN3⟧

> "A raised tipper body or an unlowered boom is the single most common cause of the strikes we see." ⟦U3⟧

Since 2024, route-planning software approved under the Bridge Safety Forum scheme must hold load heights to the nearest 10 mm.[^2] ⟦FN3⟧

Members can order the association's free height-check card (ref. HB-0427); 2,500 were sent out last year.[^3] ⟦FN3⟧

Next issue: 13 March. ⟦T:date of next issue, not the event⟧
"""

DOCS['parking/parking_gazette.txt'] = """\
ASHCOMBE GAZETTE ⟦T:masthead⟧

Parking charges to rise by a quarter as cabinet backs plan ⟦T:"a quarter" = 25%, right for £1.20 to £1.50⟧
By Owen Latimer, Local Democracy Reporter - Thursday, 12 March 2026 ⟦T:correct weekday⟧

Drivers will pay more to park in Ashcombe town centre from June after the district council's cabinet approved higher charges on Wednesday night. ⟦D4⟧

The hourly rate in the council's 11 town-centre car parks will go up from £1.20 to £1.50, while the all-day charge rises from £6 to £7.50. ⟦F6⟧

The cabinet voted 6-3 in favour. The new tariff takes effect on Monday, 1 June, and the first 30 minutes will stay free. ⟦T:vote 6-3 matches "six votes to three"; Monday 1 June 2026 correct; "30 minutes" = radio's "half an hour"⟧

It is the first increase since 2019, seven years ago. ⟦T:2026 - 2019 = 7, right⟧

A public consultation drew 2,314 responses. ⟦F7⟧

Of those who took part, 71 per cent opposed the rise, according to a report to cabinet. ⟦F9⟧

Cabinet member for place Cllr Nadia Okafor said: "Nobody likes paying more, but every penny raised will go back into the town centre." ⟦Q2⟧

The car parks brought in £3.8m in 2024-25, and officers forecast that the new charges will lift that to £4.5m in 2026-27. ⟦F8⟧

The changes are expected to raise an extra £700,000 a year, although officers warned that use of the car parks could fall by up to 5 per cent in the first year. ⟦T:£4.5m - £3.8m = £0.7m, consistent; forecast⟧

Charges at the leisure centre car park, which is run by a contractor, are not affected. ⟦T:no figures⟧

Opposition leader Cllr Martin Pryce, who voted against, said the rise would "empty the high street" and called for a review after 12 months. ⟦T:partial quote attributed to Pryce; 12 months is a period⟧

Blue badge holders will continue to park free. Season tickets for town-centre workers will rise from £480 to £600 a year, also a 25 per cent increase. ⟦T:120/480 = 25%, right; season ticket is a different price from the hourly rate⟧

Ashcombe Traders' Association chair Gail Monroe said her members would "watch the tills closely" over the summer. ⟦T:attributed partial quote⟧

Council officers will report back on car park usage in the autumn. ⟦T:no figures⟧
"""

DOCS['parking/parking_live.txt'] = """\
LIVE: Ashcombe cabinet decides on town-centre parking charges ⟦T:headline⟧
Ashcombe Today | Wednesday 11 March 2026, last updated 20:14 ⟦D4⟧

20:14 - That's all from us tonight. The new charges start on 1 June. Thanks for following. ⟦T:start date agrees with 1 June elsewhere⟧

20:02 - Result: the cabinet approves the new charges by six votes to three. The hourly rate goes to £1.50 and the all-day ticket to £7.50. ⟦F6⟧

19:55 - About 40 people are in the public gallery, several of them holding placards. ⟦T:crowd count, not the vote or responses⟧

19:47 - Cllr Martin Pryce says the plan will "empty the high street". He wants a review after 12 months. ⟦T:attributed partial quote; agrees with the Gazette⟧

19:40 - Officers say the new charges should bring in about £700,000 a year more. ⟦T:forecast increase, consistent with £3.8m -> £4.5m⟧

19:30 - One cabinet member, who asked not to be named, tells us the vote will be closer than expected. ⟦N6⟧

19:20 - Okafor confirms season tickets for town-centre workers will go from £480 to £600 a year. ⟦T:season ticket, agrees with the Gazette; not the hourly or all-day rate⟧

19:12 - Cllr Nadia Okafor is presenting the report. She says the car parks earned £3.6m in 2024-25 and that the extra money will be spent in the town centre. ⟦F8⟧

18:50 - Deputy leader Simon Achebe says neighbouring towns already charge between £1.40 and £2 an hour. ⟦T:range for other towns, not Ashcombe's new rate⟧

18:41 - Correction: an earlier entry gave the number of spaces as 1,140. The correct figure is 1,410 and the entry has been amended. ⟦T:a correction names the superseded figure; not a conflict with 1,410⟧

18:38 - About three in five respondents opposed the rise. ⟦F9⟧

18:35 - The consultation drew 2,314 responses, the report says. ⟦F7⟧

18:20 - The report says the 11 car parks, with 1,410 spaces between them, brought in £3.8m in 2024-25. ⟦F8⟧

18:05 - Councillors are taking their seats. The proposal: hourly charges up from £1.20 to £1.50, all-day from £6 to £7.50, and the first 30 minutes still free. ⟦F6⟧

18:00 - Welcome to our live coverage of tonight's cabinet meeting at Ashcombe Town Hall, which starts at 6pm. ⟦T:18:00 and 6pm are the same time⟧
"""

DOCS['parking/parking_radio.txt'] = """\
Ashcombe parking charges approved despite opposition ⟦T:headline⟧
Wend Valley Radio News | 12 March 2026, 07:00 ⟦T:publication time, not an event time⟧

Parking in Ashcombe town centre is going up to £1.60 an hour after councillors backed the plans. ⟦F6⟧

The district council's cabinet approved the increase at a meeting on Tuesday 10 March, by six votes to three. ⟦D4⟧

The all-day charge will rise from £6 to £7.50 from the start of June, while parking for the first half an hour stays free. ⟦T:all-day figures agree; half an hour = 30 minutes⟧

More than 3,000 people responded to a consultation on the plans. ⟦F7⟧

About seven in ten of them were against the increase. ⟦F9⟧

Cabinet member Nadia Okafor told Wend Valley Radio: "Nobody likes paying more, but every penny raised will go back into the council's budget." ⟦Q2⟧

Critics say higher charges will push shoppers towards Brackley Park retail park, where parking is free. ⟦N2⟧

Ashcombe Traders' Association chair Gail Monroe, 61, said footfall in the town had fallen by 8 per cent since 2023. ⟦T:age 61; footfall change is a different measure from any charge rise⟧

The council says the car parks made £3.8 million in 2024-25 and the new charges could raise that to about £4.5 million. ⟦F8⟧

It says the extra £700,000 a year will pay for pavement repairs, new lighting and a free weekend shuttle bus from the park-and-ride. ⟦T:forecast increase consistent with the £3.8m and £4.5m figures⟧

Opposition leader Martin Pryce told the station the rise would "empty the high street" and called for a review after 12 months. ⟦T:attributed partial quote, same words as the other outlets⟧

The town's 11 car parks have just over 1,400 spaces between them. The last rise, in 2019, took the hourly charge from £1 to £1.20. ⟦T:"just over 1,400" fits 1,410; the 2019 rise is a previous figure, not the new rate⟧

Parking in neighbouring Brackley, run by a different council, costs £1.40 an hour, and blue badge holders will still park free in Ashcombe. ⟦T:another town's price⟧

The new tariff comes into force on Monday 1 June. ⟦T:correct weekday; agrees with the other outlets⟧

Listeners can share their views on the Breakfast Show on 01632 960 733. ⟦T:phone number⟧
"""

DOCS['otter/otter_broadcast.txt'] = """\
Otters found at more than two-thirds of River Wend survey sites ⟦T:78/112 = 69.6%, more than two-thirds, right⟧
16 April 2026 | Northvale Broadcasting, Environment ⟦T:publication date⟧

Signs of otters have been found at 78 of 112 sites along the River Wend and its tributaries, the most thorough survey of the river in more than three decades has found. ⟦F10⟧

Volunteers checked riverbanks, bridges and weirs for droppings, known as spraints, and for footprints between January and March. In the last survey, in 2020, signs were found at 52 sites. ⟦T:2020 figure is a different period from the 2026 78⟧

The Wend Valley Wildlife Trust said 230 volunteers had covered 146km of river, recording 1,046 spraints. ⟦F11⟧

Each site was checked once, with a second visit to 24 sites where the first check was inconclusive. ⟦T:24 repeat visits, a different count from sites with signs⟧

The trust estimates the catchment now holds between 35 and 50 otters, which it said was close to the number the river can support. ⟦T:population range; reported speech attributed to the trust⟧

Survey co-ordinator Dr Helen Marsh said: "Otters are now present on every major tributary of the Wend. That would have been unthinkable when the first survey was done." ⟦Q3⟧

She added: "[The otter] has come back because the water is cleaner ... and because the fish have come back with it." ⟦N3⟧

The first survey, carried out in 1991, found otter signs at only four sites. ⟦T:1991 baseline, a different period⟧

The trust said American mink, which compete with otters for food, were recorded at six sites, down from 19 in 2020. ⟦T:mink sites, a different species and measure⟧

Nine otters were found dead on roads in the catchment in 2025, and the trust is calling for underpasses at known crossing points. ⟦T:road deaths in 2025, a different measure⟧

The survey is repeated every five or six years; the next is planned for 2031. ⟦T:2031 is a year; interval statement⟧

The trust's chief executive, Paul Brennan, said the results showed what "patient, unglamorous work" by landowners and water companies could achieve. ⟦T:attributed partial quote⟧

The full report is available on the trust's website. ⟦T:no claim⟧
"""

DOCS['otter/otter_magazine.md'] = """\
# The return of the Wend otter ⟦T:title⟧

*Wild Counties, May 2026 - words by Felicity Crane* ⟦T:byline and issue date⟧

On a grey February morning, Tom Adeyemi kneels on a gravel bar below Stanbury weir and sniffs a black, tarry smear on a stone. He is sixty-eight, a retired postman, and one of two hundred and thirty volunteers who walked the River Wend this winter. ⟦F11⟧

"Jasmine tea," he says, grinning. "That's how you know it's fresh." ⟦T:quote attributed by "he says" (Adeyemi)⟧

> "You can smell an otter long before you ever see one - and most people never see one at all." ⟦U1⟧

The results, published in April, are remarkable. Surveyors found signs of otters at eighty-seven of the one hundred and twelve sites, up from fifty-two in 2020. ⟦F10⟧

Thirty years after the first survey in 1991, when otters clung on at just four sites, the animal has reclaimed almost the whole catchment. ⟦D2⟧

Dr Helen Marsh, who co-ordinates the survey for the Wend Valley Wildlife Trust, is careful not to overclaim. "Otters are now present on most major tributaries of the Wend," she says. "The upper Lumb is still a gap." ⟦Q3⟧

The surveyors covered roughly ninety miles of river and counted more than a thousand spraints. ⟦T:146 km = 90.7 miles, so "roughly ninety miles" is right; "more than a thousand" fits 1,046⟧

Mink, once the otter's great rival here, turned up at only six sites. Road deaths remain the biggest threat: nine otters were killed on the catchment's roads last year. ⟦T:"last year" = 2025; agrees with the broadcaster⟧

The population itself is harder to pin down; the trust's best guess is somewhere between thirty-five and fifty animals, each ranging over as much as twenty kilometres of river. ⟦T:range in words agrees with the broadcaster's 35-50; home range is a different measure⟧

The trust wants three new underpasses, at an estimated forty thousand pounds each, before the next survey in 2031. ⟦T:cost per underpass, a plan; 2031 is a year⟧

Back at the weir, Adeyemi packs away his notebook. "Six years ago I'd have found nothing here," he says, and sets off upstream. ⟦T:attributed quote; "six years ago" = 2020, the last survey, fine⟧
"""

DOCS['otter/otter_student.txt'] = """\
THE HARNBY COURIER - Student newspaper of the University of Harnby ⟦T:masthead⟧

Students help count River Wend otters ⟦T:headline⟧
By Aisha Noor, Science Editor | Friday 17 April 2026 ⟦T:correct weekday⟧

More than 40 Harnby students were among the 320 volunteers who surveyed the River Wend for otters this winter, according to results published yesterday. ⟦F11⟧

Otter signs turned up at 78 of the 112 sites surveyed, the Wend Valley Wildlife Trust said. ⟦F10⟧

The survey covered 146km - about 91 miles - of the Wend and its tributaries. ⟦T:146 km = 90.7 miles, right conversion⟧

Volunteers recorded 1,046 spraints, up from 697 in 2020, a rise of about a quarter. ⟦A2⟧

Third-year zoology student Callum Reid, 21, surveyed six sites on the River Lumb. "I didn't find a single spraint on my upper sites, but the lower two were covered," he said. ⟦T:"six sites" surveyed by one student, not the six mink sites; age 21; attributed quote⟧

Students took part through a second-year field course worth 20 credits, and the ecology society's president, Megan Hale, 22, said 14 members had already signed up for a water vole survey in June. ⟦T:credits, age, society count; none is a survey figure⟧

The trust estimates there are now between 35 and 50 otters in the catchment. ⟦T:range agrees with the broadcaster and magazine⟧

All volunteers were trained at one of four workshops held in December before fieldwork began. ⟦T:four workshops, not the four sites of 1991⟧

Survey co-ordinator Dr Helen Marsh told the Courier that students had been "a huge help" and that the ecology society would be invited back for the next survey in 2031. ⟦T:reported speech with attributed fragment⟧

The survey, which began 35 years ago, is repeated every five or six years. ⟦T:2026 - 35 = 1991, agrees with the first survey year⟧

Nearly 70 per cent of sites now show signs of otters, compared with 46 per cent in 2020. ⟦T:78/112 = 69.6% (nearly 70), 52/112 = 46.4%; both right⟧

Reid, who hopes to study for a PhD on freshwater mammals, said the highlight was a fresh footprint in snow at 7am on his last visit. ⟦T:clock time of a personal anecdote, not an event shared with other outlets⟧

The ecology society meets on Tuesdays at 7pm in Room 2.14 of the Lyle Building. ⟦T:room number 2.14 and meeting time⟧
"""

DOCS['standalone/pricematch_review.md'] = """\
# Fairway Foods Price Match Promise: six-month review ⟦T:title⟧

Published: 19 March 2026 ⟦T:date label⟧
Period: 1 September 2025 to 28 February 2026 ⟦T:period label⟧
Stores in scheme: 214 ⟦T:store count⟧
Products in scheme: 4,180 ⟦T:agrees with the prose; denominator of the A1 share⟧
Total customer saving: £14.5m ⟦T:equals the table total (1.9+2.2+2.4+2.9+2.6+2.5 = 14.5)⟧
Average saving per basket: £2.41 ⟦T:per-basket figure, different measure⟧

Fairway Foods launched its Price Match Promise in September, pledging to match the shelf prices of the two largest discounters on 4,180 everyday products. By February it was matching prices on 3,420 of those lines, or 88 per cent, the company said. ⟦A1⟧

| Month | Items price-matched | Customer saving | ⟦T:table header⟧
|---|---|---| ⟦T:table rule⟧
| September | 3,105 | £1.9m | ⟦T:monthly row⟧
| October | 3,260 | £2.2m | ⟦T:monthly row⟧
| November | 3,340 | £2.4m | ⟦T:monthly row⟧
| December | 3,410 | £2.9m | ⟦F12⟧
| January | 3,395 | £2.6m | ⟦T:January £2.6m is not the December figure⟧
| February | 3,420 | £2.5m | ⟦T:February 3,420 agrees with the prose⟧
| **Total** | - | £14.5m | ⟦T:sum of rows is right⟧

Customer savings peaked in the run-up to Christmas: shoppers saved £2.6m in December alone, the company said. ⟦F12⟧

Commercial director Lena Hargreaves said the scheme had brought in 61,000 new loyalty-card members, an increase of 4 per cent on the 1.52 million signed up at launch. ⟦T:61,000/1.52m = 4.0%, right⟧

"We said we would close the gap with the discounters, and we have," Hargreaves said. ⟦T:quote attributed after it⟧

Price gap vs discounters, September: 6.1% ⟦T:gap at launch⟧
Price gap vs discounters, February: 2.3% ⟦T:gap in February, a different period⟧

> "I used to drive round three shops every Saturday. Now I do one big shop and I'm home by ten." ⟦U2⟧

Industry analysts say price-match schemes rarely pay for themselves within the first year. ⟦N5⟧

The company said the scheme cost about £9m to run over the period, funded from savings in its distribution network. ⟦T:cost, a different measure from customer saving⟧

The scheme was extended to the chain's 38 convenience stores in January; they are not included in the 214 stores or in these figures. ⟦T:38 convenience stores excluded; 214 agrees with the label⟧

Customer helpline: 0800 046 1180 ⟦T:phone number⟧
"""

DOCS['standalone/trust_results_bulletin.txt'] = """\
BRINDLE LEARNING TRUST - RESULTS BULLETIN ⟦T:masthead⟧
Issue: 2026/3 ⟦T:issue reference⟧
Date: Friday 21 August 2026 ⟦T:correct weekday⟧
Schools: 5 secondary academies ⟦T:count of schools⟧
GCSE students: 1,184 ⟦T:cohort size⟧
Grade 4+ in English and maths: 68% ⟦F13⟧
Grade 5+ in English and maths: 47% ⟦T:different measure from grade 4+; agrees with the prose⟧
A-level students: 412 ⟦T:cohort size; same digits as the phone number below⟧
A*-B at A level: 54% ⟦T:agrees with the prose⟧

GCSE results across the trust's five academies, published on Thursday 20 August, were the strongest since the trust was formed in 2017, chief executive Mark Ellison said. ⟦T:correct weekday; 2017 is a year⟧

The share of students gaining a grade 5 or above in both English and maths rose from 41 per cent in 2025 to 47 per cent this year, up nine percentage points. ⟦A3⟧

Overall, 64 per cent of the trust's GCSE students achieved a standard pass, grade 4 or above, in both English and maths. ⟦F13⟧

At A level, 54 per cent of entries were graded A* to B, and every student who applied through UCAS secured a university place or apprenticeship. ⟦T:same figure as the label line⟧

Hollin Brook Academy, the trust's largest school with 312 students in Year 11, recorded the biggest improvement. ⟦T:part of the 1,184 cohort; "Year 11" is a name⟧

Fallowfield School, which joined the trust in 2022, raised its grade 4+ figure by 11 points to 59 per cent, four years after joining. ⟦T:one school's 59% is a part, not the trust's 68%; 2026-2022 = 4⟧

Entries for triple science rose to 388, about a third of the GCSE cohort, and attendance averaged 92.4 per cent in 2025-26, up from 91.1 per cent a year earlier. ⟦T:388/1184 = 32.8%, about a third; attendance years differ⟧

Celebrations at Hollin Brook were led by head teacher Amina Sheikh, 47. ⟦T:age⟧

Ellison said: "These results belong to our students and the staff who stood beside them through two very disrupted years." ⟦T:attributed quote⟧

Education experts agree that recovery since the pandemic has been uneven between subjects. ⟦N7⟧

Resits: English and maths resits begin on Wednesday 4 November 2026. ⟦T:correct weekday⟧
Exams officer: Ruth Okonkwo ⟦T:label line with a name⟧
Enquiries: results@brindle-lt.example, 01632 960 412 ⟦T:phone number containing 412⟧
"""

DOCS['standalone/school_streets_report.md'] = """\
# School Streets pilot: evaluation report ⟦T:title⟧

Kelbrook City Council, Transport Policy Team - September 2026 ⟦T:publisher and date⟧

## Summary ⟦T:heading⟧

The pilot closed the roads outside eight primary schools to through traffic for 45 minutes at the start and end of each school day, from Monday 12 January to Friday 17 July 2026.[^1] ⟦T:both weekdays right; marker 1 has a note⟧

Across the eight streets, motor traffic during closure times fell from an average of 212 vehicles per school run to 41, a reduction of 81 per cent.[^2] ⟦T:(212-41)/212 = 80.7%, rounds to 81, right⟧

The share of pupils walking, cycling or scooting to school rose from 58 per cent to 71 per cent, an increase of 13 percentage points.[^3] ⟦FN1⟧

Key figures: ⟦T:heading⟧

- Schools in pilot: 8 ⟦T:agrees with "eight"⟧
- Exemption permits issued: 186 ⟦F14⟧
- Warning letters sent: 2,140 ⟦T:different measure from penalty notices⟧
- Penalty charge notices: 655 ⟦T:different measure⟧

## Enforcement ⟦T:heading⟧

Cameras were installed at five of the eight sites in February; the other three relied on volunteer marshals.[^5] ⟦FN1⟧

Residents, carers and blue badge holders could apply for exemption permits, and the council issued 168 of them over the course of the pilot. ⟦F14⟧

## Parent survey ⟦T:heading⟧

Of 1,530 parents who responded, 1,102, or 72 per cent, wanted the scheme made permanent, and 9 per cent wanted it scrapped.[^6] ⟦FN2⟧

Head teachers at all eight schools supported continuing the scheme. One described the change at the gate as "night and day". ⟦T:partial scare-style quote from a described (unnamed) head teacher; not a full unattributed quote⟧

The council will decide in November whether to make the eight School Streets permanent and extend the scheme to a further 12 schools from 2027. ⟦T:future plan, 12 further schools is a different count⟧

## Notes ⟦T:notes heading⟧

[^1]: Term dates: spring term 12 January to 27 March; summer term 13 April to 17 July 2026. ⟦T:13 April 2026 is a Monday; consistent with the summary⟧
[^2]: Automatic traffic counts, two weeks before the pilot and in weeks 10 and 11 of the pilot. ⟦T:note 2, used⟧
[^3]: Hands Up survey of 2,960 pupils, November 2025 and June 2026. ⟦FN1⟧
[^5]: Camera enforcement began on 2 February 2026, with warning letters only for the first month. ⟦FN1⟧
[^survey]: Kelbrook City Council, School Streets Consultation Report, 2025. ⟦N4⟧
"""

FINDINGS = [
 # id, rules, what, check (python expr that must be True: planted values differ / are wrong)
 ("F1", ["numeric-conflict"], "A6120 daily traffic: 41,000 vehicles a day (wire, haulage 'about 41,000') vs 14,000 (tabloid, digits swapped)", "41000 != 14000 and abs(14000-41000) > 0.1*41000"),
 ("F2", ["numeric-conflict"], "Coldharbour Lane diversion: 6 miles (9.7 km) in wire and haulage vs 'nine-mile detour' in tabloid (km figure read as miles)", "abs(6*1.609344-9.7) < 0.1 and 9*1.609344 > 9.7*1.1"),
 ("F3", ["numeric-conflict"], "repair cost: £2.3m (wire, tabloid) vs £3.2m (haulage key figures, transposed)", "2.3 != 3.2"),
 ("F4", ["numeric-conflict"], "bridge clearance within haulage brief: key figures 4.95 m vs prose 4.59 m headroom (and tabloid 16ft 3in = 4.95 m); 8 cm excess only fits 4.95", "abs((16*12+3)*0.0254-4.95) < 0.01 and abs(5.03-4.95-0.08) < 1e-9 and 4.59 != 4.95"),
 ("F5", ["numeric-conflict"], "driver's age: 52 (wire) vs 57 (tabloid)", "52 != 57"),
 ("F6", ["numeric-conflict"], "new hourly parking charge: £1.50 (Gazette, live page twice) vs £1.60 (radio)", "1.50 != 1.60"),
 ("F7", ["numeric-conflict"], "consultation responses: 2,314 (Gazette, live) vs 'more than 3,000' (radio)", "not (2314 > 3000)"),
 ("F8", ["numeric-conflict"], "car-park income 2024-25 within the live page: £3.8m (18:20) vs £3.6m (19:12); Gazette and radio give £3.8m", "abs(3.8-3.6) >= 0.1"),
 ("F9", ["numeric-conflict"], "share of consultation respondents opposed: 71 per cent (Gazette; radio 'about seven in ten' agrees) vs 'about three in five' (live page, 60% +-10% = 54-66%)", "0.6*1.1 < 0.705 and 0.63 <= 0.71 <= 0.77"),
 ("F10", ["numeric-conflict"], "survey sites with otter signs: 78 of 112 (broadcaster, student paper) vs 'eighty-seven' (magazine)", "78 != 87"),
 ("F11", ["numeric-conflict"], "volunteers: 230 (broadcaster, magazine 'two hundred and thirty') vs 320 (student paper)", "230 != 320"),
 ("F12", ["numeric-conflict"], "December customer saving: £2.9m in the table vs £2.6m in the prose (same document)", "abs(2.9-2.6) > 0.1 and abs(1.9+2.2+2.4+2.9+2.6+2.5-14.5) < 1e-9"),
 ("F13", ["numeric-conflict"], "grade 4+ in English and maths: 68% label line vs 64 per cent in prose (same document)", "68 != 64"),
 ("F14", ["numeric-conflict"], "exemption permits issued: 186 in key figures vs 168 in prose (same document)", "186 != 168"),
 ("A1", ["numeric-arithmetic"], "3,420 of 4,180 lines is 81.8%, not 88 per cent", "round(3420/4180*100, 1) == 81.8 and abs(3420/4180*100 - 88) > 1"),
 ("A2", ["numeric-arithmetic"], "spraints 697 -> 1,046 is a rise of 50%, not 'about a quarter'", "abs((1046-697)/697 - 0.5) < 0.01"),
 ("A3", ["numeric-arithmetic"], "grade 5+ from 41 to 47 per cent is six percentage points, not nine", "47-41 == 6"),
 ("D1", ["date-inconsistency"], "wire: 'Friday, June 13' - 13 June 2026 is a Saturday", "__import__('datetime').date(2026,6,13).strftime('%A') == 'Saturday'"),
 ("D2", ["date-inconsistency"], "magazine: 'Thirty years after the first survey in 1991' - the 2026 survey is 35 years after 1991 (student paper: 'began 35 years ago')", "2026-1991 == 35"),
 ("D3", ["date-inconsistency"], "time of the bridge strike: 2:40 p.m. (wire), 2.40pm (tabloid) vs 15:40 (haulage)", "14*60+40 != 15*60+40"),
 ("D4", ["date-inconsistency"], "day of the cabinet vote: Wednesday 11 March (live page header; Gazette of Thursday 12 March 'on Wednesday night') vs 'Tuesday 10 March' (radio)", "__import__('datetime').date(2026,3,10).strftime('%A') == 'Tuesday' and __import__('datetime').date(2026,3,11).strftime('%A') == 'Wednesday'"),
 ("Q1", ["quote-conflict"], "Claire Denholm: 'The bridge will reopen before the school summer holidays' (wire) vs 'won't reopen' (tabloid)", "True"),
 ("Q2", ["quote-conflict"], "Nadia Okafor: 'every penny raised will go back into the town centre' (Gazette) vs 'into the council's budget' (radio)", "True"),
 ("Q3", ["quote-conflict"], "Helen Marsh: otters 'present on every major tributary' (broadcaster) vs 'on most major tributaries' (magazine)", "True"),
 ("U1", ["unattributed-quote"], "magazine pull-quote with no speaker", "True"),
 ("U2", ["unattributed-quote"], "customer testimonial block quote with no speaker in the price-match review", "True"),
 ("U3", ["unattributed-quote"], "haulage brief pull-quote with no speaker", "True"),
 ("FN1", ["footnote-gap"], "school streets report: markers and notes run 1, 2, 3, 5 - number 4 is missing (lines of marker 3, marker 5, note 3, note 5)", "True"),
 ("FN2", ["footnote-undefined"], "school streets report: marker [^6] has no entry in the notes", "True"),
 ("FN3", ["footnote-no-notes"], "haulage brief uses markers [^1]-[^3] but has no notes section", "True"),
]

NOTES = [
 ("N1", ["anonymous-source"], "'A police source who asked not to be named'"),
 ("N2", ["vague-source"], "'Critics say'"),
 ("N3", ["quote-altered"], "brackets '[The otter]' and an ellipsis inside Marsh's quote"),
 ("N4", ["footnote-unused"], "note [^survey] is used by no marker"),
 ("N5", ["vague-source"], "'Industry analysts say'"),
 ("N6", ["anonymous-source"], "'One cabinet member, who asked not to be named'"),
 ("N7", ["vague-source"], "'Education experts agree'"),
]

# checks that traps really are right (validate.py evaluates each; all must be True)
TRAP_CHECKS = [
 ("6 miles = 9.7 km", "abs(6*1.609344 - 9.7) < 0.05"),
 ("180 mm = 7 in", "round(180/25.4) == 7"),
 ("16ft 6in = 5.03 m", "abs((16*12+6)*0.0254 - 5.03) < 0.005"),
 ("16ft 6in - 16ft 3in = 3 in", "(16*12+6)-(16*12+3) == 3"),
 ("14:40 + 19 h = 09:40 next day", "(14*60+40 + 19*60) % (24*60) == 9*60+40"),
 ("1,624 a year is more than four a day", "1624/365 > 4 and 1624/365 < 4.5"),
 ("14 weeks from 3 March is 9 June, before the summer holidays", "(__import__('datetime').date(2026,3,3) + __import__('datetime').timedelta(weeks=14)).isoformat() == '2026-06-09'"),
 ("fourth strike in five years (2021-2026)", "2026-2021 == 5"),
 ("61 vs 58 is about 5%", "abs((61-58)/58*100 - 5) < 0.5"),
 ("£1.20 -> £1.50 is a quarter", "abs((1.50-1.20)/1.20 - 0.25) < 1e-9"),
 ("£6 -> £7.50 is 25%", "abs((7.5-6)/6 - 0.25) < 1e-9"),
 ("£480 -> £600 is 25%", "abs((600-480)/480 - 0.25) < 1e-9"),
 ("first increase since 2019, seven years ago", "2026-2019 == 7"),
 ("seven in ten fits 71%", "0.63 <= 0.71 <= 0.77"),
 ("18:00 = 6pm", "18 == 6+12"),
 ("78/112 more than two-thirds", "78/112 > 2/3"),
 ("78/112 nearly 70%", "0.63 <= 78/112 <= 0.70"),
 ("52/112 = 46%", "round(52/112*100) == 46"),
 ("146 km about 91 miles / roughly ninety", "round(146/1.609344) == 91"),
 ("more than a thousand spraints", "1046 > 1000"),
 ("began 35 years ago = 1991", "2026-35 == 1991"),
 ("six years ago = 2020 survey", "2026-6 == 2020"),
 ("3,420 of 4,180 not 88% (checked in A1)", "3420 <= 4180"),
 ("table total 14.5", "abs(sum([1.9,2.2,2.4,2.9,2.6,2.5]) - 14.5) < 1e-9"),
 ("61,000 on 1.52m is 4%", "round(61000/1520000*100) == 4"),
 ("212 -> 41 is 81% reduction", "round((212-41)/212*100) == 81"),
 ("58 -> 71 is 13 points", "71-58 == 13"),
 ("1,102 of 1,530 is 72%", "round(1102/1530*100) == 72"),
]

# weekday claims that must be correct (all other 'Weekday + date' strings are planted D findings)
WEEKDAY_DEFAULT_YEAR = 2026

META = {
 'bridge_wire.txt': ('Harnby bridge strike', 'wire agency (NPA): dateline, US-style dates, "mln", p.m.'),
 'bridge_tabloid.txt': ('Harnby bridge strike', 'tabloid (Daily Clarion): "yesterday", imperial units, am/pm, words for numbers'),
 'bridge_haulage.md': ('Harnby bridge strike', 'trade newsletter (Haulage Brief): Markdown, key-figure bullets, SI units, 24-hour clock, footnote markers'),
 'parking_gazette.txt': ('Ashcombe parking charges', 'local paper (Ashcombe Gazette): byline and date, per cent'),
 'parking_live.txt': ('Ashcombe parking charges', 'live page (Ashcombe Today): HH:MM entries newest first, a correction'),
 'parking_radio.txt': ('Ashcombe parking charges', 'local radio web copy (Wend Valley Radio)'),
 'otter_broadcast.txt': ('River Wend otter survey', 'broadcaster web copy (Northvale Broadcasting)'),
 'otter_magazine.md': ('River Wend otter survey', 'magazine feature (Wild Counties): numbers in words, pull-quote'),
 'otter_student.txt': ('River Wend otter survey', 'student paper (Harnby Courier): byline with weekday date'),
 'pricematch_review.md': ('Fairway Foods price-match review', 'retailer review: label: value lines and a Markdown table'),
 'trust_results_bulletin.txt': ('Brindle Learning Trust exam results', 'plain-text bulletin with label lines'),
 'school_streets_report.md': ('Kelbrook School Streets pilot', 'council evaluation report with Markdown footnotes and a Notes section'),
}

EVENTS = [
 ('Harnby bridge strike (bridge/)',
  'True: Tuesday 3 March 2026, 14:40 (2:40pm); Coldharbour Lane overbridge over the A6120 Harnby Link; clearance 4.95 m (16ft 3in), load 5.03 m (16ft 6in); beam moved 180 mm (7 in); A6120 carries 41,000 vehicles/day, closed 19 h until 09:40 Wednesday; Coldharbour Lane 6,800 vehicles/day, diversion 6 miles (9.7 km); repairs £2.3m, 14 weeks; driver aged 52; previous strike 2024 cost £410,000.',
  'Planted: tabloid 14,000 vehicles/day (F1), nine-mile detour (F2), driver 57 (F5); haulage £3.2m (F3), 4.59 m headroom vs its own 4.95 m (F4), strike at 15:40 (D3); wire "Friday, June 13" is a Saturday (D1); Denholm "will"/"won\'t reopen" (Q1); haulage pull-quote (U3) and markers without notes (FN3).'),
 ('Ashcombe parking charges (parking/)',
  'True: cabinet vote 6-3 on Wednesday 11 March 2026; hourly £1.20 -> £1.50, all-day £6 -> £7.50, season £480 -> £600 (all +25%); first 30 minutes free; from Monday 1 June; 11 car parks, 1,410 spaces; 2,314 consultation responses, 71% opposed; income £3.8m in 2024-25, forecast £4.5m in 2026-27.',
  'Planted: radio £1.60 an hour (F6), more than 3,000 responses (F7), vote on Tuesday 10 March (D4); live page £3.6m vs its own £3.8m (F8), about three in five opposed (F9); Okafor "town centre" vs "council\'s budget" (Q2).'),
 ('River Wend otter survey (otter/)',
  'True: results published Thursday 16 April 2026; otter signs at 78 of 112 sites (69.6%), 52 in 2020 (46%), 4 in 1991; 230 volunteers; 146 km (about 91 miles); 1,046 spraints (697 in 2020); mink at 6 sites (19 in 2020); 9 road deaths in 2025; first survey 1991 (35 years earlier).',
  'Planted: magazine eighty-seven sites (F10), "thirty years after ... 1991" (D2), pull-quote (U1); student paper 320 volunteers (F11), 697 -> 1,046 "about a quarter" (A2); Marsh "every" vs "most" tributaries (Q3).'),
 ('Fairway Foods price-match review (standalone/)',
  'True: 4,180 products, 3,420 matched by February (81.8%); monthly savings 1.9/2.2/2.4/2.9/2.6/2.5 = £14.5m; 61,000 new members on 1.52m (4%).',
  'Planted: "88 per cent" (A1); December £2.6m in prose vs £2.9m in table (F12); unattributed testimonial (U2).'),
 ('Brindle Learning Trust results (standalone/)',
  'True: grade 4+ English and maths 68%; grade 5+ 47% (41% in 2025, +6 points); A*-B 54%; 1,184 GCSE and 412 A-level students.',
  'Planted: prose 64 per cent vs label 68% (F13); "up nine percentage points" (A3).'),
 ('Kelbrook School Streets pilot (standalone/)',
  'True: 8 schools, 12 January to 17 July 2026; traffic 212 -> 41 per school run (-81%); active travel 58% -> 71% (+13 points); 186 exemption permits; 1,102 of 1,530 parents (72%) want it permanent.',
  'Planted: 168 permits in prose vs 186 in key figures (F14); footnotes 1, 2, 3, 5 with 4 missing (FN1); marker [^6] undefined (FN2); note [^survey] unused (N4, note).'),
]
