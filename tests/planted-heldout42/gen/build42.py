# Build script for heldout42: documents with per-line annotations -> docs/ + key.json
import json, os, re
OUT = '/work/unseen/heldout42'
# Each doc: (cluster, file, outlet, blocks); block = list of (line, tag)
# tag: 'T|what' trap+must_not, 't|what' trap only, 'F|F1,F2' finding line, 'N|N1' note line
DOCS = []
def doc(cluster, fname, outlet, blocks):
    DOCS.append((cluster, fname, outlet, blocks))

# ---------------- Cluster A: courts/crime - catalytic converter gang sentencing ----------------
doc('converter_gang', 'mpa_wire.txt', 'MPA (wire: dateline, 24-hour clock)', [
 [("Eight jailed over catalytic converter thefts worth £1.86 million", "T|headline £1.86 million agrees with tabloid £1,860,000 and local 'almost £2 million'")],
 [("Published: Friday 13 March 2026", "T|13 March 2026 is a Friday")],
 [("BRACKWELL, March 13 (MPA) - Eight men were jailed on Friday for a combined 41-and-a-half years for stealing 1,214 catalytic converters from vehicles in six counties, in what police called the largest case of its kind in the region.", "F|A1")],
 [("Ringleader Corran Vaile, 38, of Dunmere, was sentenced to nine years and four months at Brackwell Crown Court after a seven-week trial. The jury had deliberated for 14 hours before returning its verdicts in January.", "F|A2")],
 [("The gang sold the converters, which contain platinum, palladium and rhodium, to a scrapyard for £1.86 million between October 2023 and June 2025, the court heard. Victims faced repair bills totalling £2.4 million.", "F|A3")],
 [("Of the 1,214 converters stolen, 473 were cut from hybrid cars, or 29 per cent, prosecutor Helen Ashdown KC told the court. Hybrids are targeted because their converters corrode less and hold more precious metal.", "F|A1,A8")],
 [("“You treated the streets of six counties as your own scrapyard,” Judge Miriam Oyelaran said as she passed sentence at 15:40. “Every one of those thefts left someone stranded.”", "F|A6")],
 [("Police arrested the men in Operation Tinsmith, when 340 officers raided 11 addresses at 05:30 on 17 June 2025. Detectives later pieced together more than 61,000 kilometres of journeys from the gang's phones and number-plate cameras.", "F|A4,A5")],
 [("Scrap dealer Dennis Purrell, 61, who ran Ashby Metals on the edge of Dunmere, was jailed for three years for concealing criminal property. Lewis Penhaligon, 22, the youngest defendant, received two years.", "T|other defendants' ages and sentences (61, 22; three and two years) are not Vaile's")],
 [("“This gang thought cutting converters was a victimless crime. It was not,” Detective Inspector Hannah Greatorex of Westholm Police said outside court. “Some people were hit three and four times.”", "T|same Greatorex quote word for word in dunmere_courier - no quote-conflict")],
 [("A court official, who asked not to be named because they were not authorised to speak to the media, said extra security staff had been drafted in for the sentencing.", "N|N1")],
 [("Catalytic converter thefts recorded by Westholm Police fell to 2,310 in 2025 from 3,850 in 2024, a drop of 40 per cent, the force said.", "T|1,540/3,850 = 40%: arithmetic right; force-area yearly thefts, not the gang's 1,214")],
 [("Nationally, insurers paid out on about 41,000 converter theft claims last year, according to the Motor Insurers' Forum.", "T|national insurance claims (about 41,000) are another subject than the gang's thefts or the region's 2,310")],
 [("(Reporting by Tamsin Achebe; editing by Rolf Dacre)", "t|byline, not a speaker")],
])

doc('converter_gang', 'daily_clarion.txt', 'Daily Clarion (tabloid: am/pm, imperial first, "yesterday")', [
 [("SCRAP PACK CAGED: £2m converter gang jailed for raiding YOUR car", "T|£2m is a rounding of £1.86 million")],
 [("Saturday, March 14, 2026", "T|14 March 2026 is a Saturday")],
 [("A GANG who sawed about 1,200 catalytic converters off parked cars and vans were caged yesterday for a total of 41 and a half years.", "T|'about 1,200' overlaps both 1,214 and 1,124; 41 and a half years agrees with wire 41-and-a-half and local 41 years six months")],
 [("Ringleader Corran Vaile, 36, a father of two from Dunmere, got nine years and four months at Brackwell Crown Court. He smirked as he was led down to the cells at 3.40pm.", "F|A2")],
 [("Judge Miriam Oyelaran told the eight: “You treated the streets of six counties as your own supermarket.”", "F|A6")],
 [("The thieves could rip a converter from under a Toyota Prius in less than 90 seconds using battery-powered saws, the court heard, and drove 38,000 miles (61,000km) between jobs.", "T|38,000 miles = 61,155 km: conversion right; agrees with wire 'more than 61,000 kilometres'")],
 [("They flogged the haul for £1,860,000 to a crooked scrapyard. Victims were left with repair bills of up to £3,000 each.", "T|£1,860,000 = £1.86 million; 'up to £3,000 each' is per victim, not the £2.4m total")],
 [("“Every time I turned the key and heard that roar, I knew they'd been back.”", "F|A7")],
 [("Cops swooped at 6.30am on June 17 last year, when 430 officers smashed down doors at 11 addresses in Operation Tinsmith.", "F|A4,A5")],
 [("Mum-of-three Kerry Stanfield, 44, from Kelham, had her Honda Jazz hit twice in a month. She said: “I couldn't get to work, I couldn't get the kids to school. They took everything … and then came back for more.”", "N|N7")],
 [("Det Insp Hannah Greatorex said the gang had treated it as a “victimless crime”, adding that some victims were hit three and four times.", "T|scare quote 'victimless crime' inside correctly attributed reported speech")],
 [("Scrap boss Dennis Purrell, 61, got three years. The youngest of the gang, Lewis Penhaligon, 22, was jailed for two years.", "T|ages 61 and 22 belong to other defendants")],
 [("Passing sentence, the judge said Vaile had been “the engine of the whole enterprise” and had recruited younger men from his own estate.", "T|partial quote attributed to the judge in the same sentence")],
 [("Westholm Police say thefts on their patch have fallen by 40 per cent since the gang was smashed, from 3,850 in 2024 to 2,310 last year.", "T|'last year' = 2025 from a 2026 date; agrees with wire")],
 [("The trial lasted 49 days, and jurors spent 14 hours deciding their verdicts.", "T|49 days = seven weeks; 14 hours agrees with wire")],
])

doc('converter_gang', 'dunmere_courier.txt', 'Dunmere Courier (local daily)', [
 [("Converter gang jailed: how Dunmere's 'Operation Tinsmith' case unfolded", "T|single-quoted operation name is not a quote")],
 [("Saturday 14 March 2026", "T|correct weekday")],
 [("Eight men who stole 1,124 catalytic converters from vehicles across six counties, including hundreds in Dunmere, have been jailed for 41 years and six months between them.", "F|A1")],
 [("The gang's ringleader, Corran Vaile, grew up on the Eastfield estate and ran the operation from a rented lock-up off Mill Lane, Brackwell Crown Court heard during the seven-week trial.", "t|seven-week trial agrees with wire and 49 days")],
 [("Judge Miriam Oyelaran said every one of the gang's thefts had left someone stranded, and that the victims had included a hospice and two rural bus operators.", "T|reported-speech paraphrase of the judge's second sentence in the wire, correctly attributed: not a quote-conflict")],
 [("Repairs to private cars cost victims £1.7 million and repairs to council, charity and business fleets a further £1.1 million, prosecutors said.", "F|A3")],
 [("In Dunmere alone, 212 converters were taken, 61 of them from the Riverside retail park in a single six-week spell in 2024.", "T|local subset (212) of the gang total, not a conflicting total")],
 [("The Courier first reported the thefts in October 2023, when 14 cars were targeted in a single night on the Eastfield estate.", "t|one night's count, another subject")],
 [("The converters were sold through Ashby Metals for almost £2 million.", "T|'almost £2 million' = [1.8m, 2m] contains £1.86m")],
 [("“This gang thought cutting converters was a victimless crime. It was not,” said Detective Inspector Hannah Greatorex. “Some people were hit three and four times.”", "T|identical quote to mpa_wire - no conflict")],
 [("The sentences handed down were:", "t|list heading")],
 [("Corran Vaile, 38, of Dunmere: nine years and four months", "F|A2"),
  ("Jevon Markby, 29, of Brackwell: seven years", "t|other defendant's age/sentence"),
  ("Tomasz Rydell, 33, of Kelham: six years and six months", "t|other defendant's age/sentence"),
  ("Kieran Dowse, 27, of Dunmere: five years and two months", "t|other defendant's age/sentence"),
  ("Fintan Oakes, 24, of no fixed address: four years and eight months", "t|other defendant's age/sentence"),
  ("Ross Allardyce, 31, of Harnley: three years and ten months", "t|other defendant's age/sentence"),
  ("Dennis Purrell, 61, of Dunmere: three years", "T|Purrell 61 agrees with wire and tabloid"),
  ("Lewis Penhaligon, 22, of Kelham: two years", "T|sentences sum to 41 years 6 months, as stated")],
 [("Westholm Police said converter thefts in its area had fallen by 40 per cent last year, from 3,850 to 2,310.", "T|agrees with wire; 40% right")],
 [("Residents can have their converters security-marked free of charge at Dunmere fire station on Saturday 21 March between 10am and 2pm.", "T|21 March 2026 is a Saturday; event times not the crime's")],
])

# ---------------- Cluster B: environment/weather - blizzard ----------------
doc('storm_ilse', 'nbs_live.txt', 'NBS live page (timestamped updates, running totals, correction)', [
 [("Live: Storm Ilse blizzard brings Carrowmore to a standstill", "t|headline, no figures")],
 [("Tuesday 3 February 2026", "T|3 February 2026 is a Tuesday")],
 [("08:05 The National Weather Office's red warning for snow and wind remains in force until 21:00. It was issued at 06:00, the first red snow warning for Carrowmore since 2018.", "T|warning times; 06:00 agrees with bulletin 'three hours old' at 09:00")],
 [("09:10 Police confirm two people have died: a man whose car left the road near Kilbrannan and a woman struck by a falling tree in Strathmoy.", "T|running total at 09:10, superseded later - not a conflict with seven/eight")],
 [("10:30 Carrowmore Power says 38,500 homes are without electricity, most of them in the Glenbarrow valley.", "T|38,500 agrees with broadcaster")],
 [("12:05 Police have closed the N14 Carrowmore Pass in both directions. The road was shut at 11:52 after lorries jackknifed near the summit.", "F|B5")],
 [("12:40 A police source tells NBS that officers could not reach some of the stranded vehicles for several hours because snowploughs were themselves stuck.", "N|N2")],
 [("13:45 The death toll has risen to five, police say.", "T|running total at 13:45, superseded by 18:20")],
 [("14:20 About 1,400 vehicles are now stranded on the N14 and the A9 link road, the transport department says.", "F|B3")],
 [("15:00 Chief forecaster Aileen Moffatt: “This was the most dangerous day of snow the uplands have seen in a generation. Please do not travel unless your journey is absolutely essential.”", "F|B6")],
 [("15:30 Gusts of 112km/h have been recorded at Ardcraig, and the temperature at Kilbrannan has fallen to -14C.", "T|-14C at 15:30 is an afternoon reading, not the overnight minimum -17.4C; 112 km/h agrees with 70mph and 31 m/s")],
 [("16:10 More than 600 schools are closed today, the education authority says.", "T|'more than 600' consistent with 612 (and 621)")],
 [("17:05 Glenbarrow has had 82cm of snow since midnight, the most anywhere in Carrowmore.", "T|superseded by the 19:00 correction (74cm); not a live conflict")],
 [("18:20 Seven people have now died in the storm, police say. Four of them were motorists.", "F|B1")],
 [("19:00 Correction: the Weather Office has revised the Glenbarrow snowfall to 74cm. Our 17:05 entry gave an earlier, unverified reading of 82cm.", "F|B2")],
 [("20:15 The government says 250 soldiers are being sent to help dig out vehicles on the N14 overnight.", "t|soldiers count, unrelated to other figures")],
 [("21:30 Snowploughs have cleared one lane of the A9 link road. About 300 vehicles are still stuck on the N14, police say.", "T|running count at 21:30 after clearance, not a rival to the 14:20 peak")],
 [("22:00 We are pausing our live coverage here. Thank you for following, and please stay off the roads tonight.", "t|prose")],
])

doc('storm_ilse', 'borderline_news.txt', 'Borderline News (broadcaster web copy)', [
 [("Storm Ilse: Eight dead as blizzard buries Carrowmore", "F|B1")],
 [("Wednesday 4 February 2026, 07:12 GMT", "T|4 February 2026 is a Wednesday")],
 [("The blizzard that swept across Carrowmore on Tuesday claimed eight lives, closed 612 schools and left thousands of drivers stuck overnight on snowbound roads.", "F|B1,B4")],
 [("Police said four of those who died were motorists. Another 23 people were treated in hospital for hypothermia and injuries, according to the Carrowmore ambulance service.", "T|four motorists agrees with live page; 23 injured is another measure")],
 [("Glenbarrow recorded 74cm (35in) of snow in 24 hours, the Weather Office said, the highest total in the region since records began there in 1961.", "F|B2")],
 [("Gusts reached 70mph (112km/h) at Ardcraig, and overnight the temperature at Kilbrannan fell to -17.4C (0.7F).", "T|70 mph = 112.7 km/h, -17.4C = 0.7F: conversions right")],
 [("The N14 Carrowmore Pass was closed at 11:25 after several lorries jackknifed near the summit, trapping hundreds of vehicles. It reopened at 06:40 on Wednesday.", "F|B5")],
 [("Chief forecaster Aileen Moffatt said: “This was the most disruptive day of snow the uplands have seen in a generation.”", "F|B6")],
 [("She added that forecasters had expected up to 50cm of snow on high ground, and that the heaviest falls came in a four-hour band between 10:00 and 14:00.", "T|forecast 'up to 50cm' vs actual 74cm is not a conflict; 10:00-14:00 is four hours")],
 [("Carrowmore Power said 38,500 homes lost electricity at the height of the storm and that 9,200 were still without supply on Wednesday morning.", "T|9,200 on Wednesday morning is another time than the 38,500 peak")],
 [("Rail services between Kelmarsh and Strathmoy were suspended for the whole day, and Carrowmore Airport cancelled 146 of its 210 scheduled flights, or 70%.", "T|146/210 = 69.5% = 70%: right")],
 [("The Weather Office has issued a yellow warning for ice for Wednesday and Thursday, with temperatures expected to stay below -5C in the uplands.", "T|forecast temperature, not the observed minimum")],
 [("The education authority said the closure of 621 schools was the largest since 2010, when 540 shut for two days.", "F|B4")],
 [("Experts say such intense snowfall is becoming less frequent but more extreme as winters warm.", "N|N5")],
 [("Insurers have estimated the cost of the storm at up to £180m, which would make it the costliest winter event in Carrowmore since 2018.", "T|insurers' estimate, another subject than hauliers' £4.6m")],
])

doc('storm_ilse', 'hauliers_bulletin.txt', "Carrowmore Road Hauliers' Association (members' bulletin, SI units, bullets)", [
 [("Members' Bulletin No. 214 - Storm Ilse: what happened on the N14 and what we are asking for", "T|'No. 214' is a numbered name, not a quantity")],
 [("Issued Thursday 5 February 2026", "T|5 February 2026 is a Thursday")],
 [("Dear members, this bulletin summarises what we know about Tuesday's blizzard and its effect on freight. Figures are from the Weather Office, police and the transport department unless stated.", "t|prose")],
 [("Key figures:", "t|list heading")],
 [("Snow depth: 0.74 m at Glenbarrow in 24 h (the official, revised figure)", "F|B2"),
  ("Peak gust: 31 m/s at Ardcraig", "T|31 m/s = 112 km/h: agrees with live page and broadcaster"),
  ("Lowest temperature: -17.4 °C at Kilbrannan overnight", "T|agrees with broadcaster -17.4C"),
  ("Vehicles stranded on the N14 and A9 link: more than 1,900, including 640 HGVs", "F|B3"),
  ("N14 closure: 18 h 48 min (11:52 on Tuesday to 06:40 on Wednesday)", "F|B5"),
  ("Deaths: 7, of whom 2 were HGV drivers", "F|B1")],
 [("Our members reported 312 drivers stuck in their cabs overnight. Of these, 118 ran out of fuel for their night heaters, or 38 per cent.", "T|118/312 = 37.8%: arithmetic right")],
 [("“Drivers sat in their cabs for eighteen hours with no word from anyone.”", "F|B7")],
 [("Winter checklist for members:", "t|list heading")],
 [("Keep fuel tanks above 50 per cent from November to March", "t|advice percentage, not a measurement of the event"),
  ("Carry food, water and blankets for 24 hours in every cab", "t|advice"),
  ("Check Weather Office warnings before any dispatch after 05:00", "T|advice clock time, not an event time")],
 [("Chair Gordon Velasquez said: “Our drivers did everything right. The system around them did not. We will be asking the minister why the pass was not closed at 09:00, when the red warning was already three hours old.”", "T|09:00 is a hypothetical closure time, not the time the pass closed; 06:00 + 3 h = 09:00 right")],
 [("Estimated cost to members is £4.6m in lost loads and delays, based on returns from 87 of our 240 member firms (36 per cent).", "T|87/240 = 36.25%: right; £4.6m is the hauliers' cost, not the insurers' £180m")],
 [("Our recovery partner, Dalgety Recovery, freed 96 HGVs in the first 24 hours and the remaining 544 by Thursday morning. The A9 link reopened at 15:30 on Wednesday, almost nine hours after the N14.", "T|96 + 544 = 640 HGVs; 06:40 to 15:30 is 8 h 50 min = 'almost nine hours'")],
 [("Drivers who were stranded can claim up to £150 each from the association's hardship fund. Claims close on Friday 27 February.", "T|27 February 2026 is a Friday")],
])

# ---------------- Cluster C: business/retail - shopping centre opening ----------------
doc('halvergate_opening', 'retail_estate_weekly.txt', 'Retail Estate Weekly (trade newsletter: bullets, SI units)', [
 [("92,000 m² Halvergate Quarter opens as Corvane bets on city-centre retail", "T|92,000 m² agrees with wire and feature (about a million sq ft)")],
 [("Issue 1,187 | Friday 24 April 2026", "T|issue number is not a quantity; 24 April 2026 is a Friday")],
 [("Corvane Estates opened its Halvergate Quarter scheme in Port Ellery on Thursday, the largest shopping centre to open in the country since 2019. The ceremony at 09:00 BST (04:00 EDT) was streamed to overseas bondholders.", "T|09:00 BST = 04:00 EDT; agrees with wire 09:00")],
 [("Scheme at a glance:", "t|list heading")],
 [("Development cost: £640m", "F|C1"),
  ("Gross lettable area: 92,000 m² (retail 68,500 m²; leisure 14,000 m²; food and beverage 9,500 m²)", "T|parts add up to 92,000 m²"),
  ("Units: 148, of which 139 let at opening (94%)", "F|C3"),
  ("Anchor: Bramwell & Finch, 12,500 m² over three floors", "T|anchor store area, a part not the total"),
  ("Jobs: about 3,200 (2,700 in shops and restaurants, 500 in centre operations)", "T|parts add up; agrees with wire 'about 3,200'"),
  ("Parking: 2,850 spaces, plus 420 cycle stands", "F|C4"),
  ("Prime Zone A rent: £185/ft² (about £1,990/m²)", "T|£185/ft² = £1,991/m²: conversion right"),
  ("Build period: March 2023 to March 2026 (36 months)", "T|36 months between the dates: right"),
  ("Ownership: Corvane 60%, Aldwick Pension Fund 40%", "t|shares add up to 100%")],
 [("Corvane chief executive Marcus Tilney told REW: “This is a vote of confidence in the city centre's future, not a requiem for it.”", "F|C7")],
 [("Leasing was slower than planned last year, when Corvane had targeted full occupancy by opening day, according to people familiar with the leasing talks.", "N|N3")],
 [("Tenants trading on opening day included 23 food and beverage operators, a twelve-screen cinema run by Lumen Pictures and a 2,000 m² gym on the top floor.", "T|twelve-screen cinema agrees with feature; gym area is a part")],
 [("By 11:00 on opening day all 2,580 of the centre's parking spaces were full, the operator said.", "F|C4")],
 [("Opening-day footfall was 61,300, against a forecast of 55,000. Corvane expects 14 million visits in the first full year of trading.", "T|forecast 55,000 vs actual 61,300 and a yearly projection are not conflicts")],
 [("Rents at the scheme compare with £150/ft² at the nearby Galloway Arcade, which has 38 units and lost two tenants this year.", "t|another centre's rent and unit count")],
 [("Service charges are set at £11.40/ft² for the first year and capped at a 3% annual rise until 2029.", "t|service charge, another measure than rent")],
 [("Corvane has two more schemes in its pipeline, at Norbridge (41,000 m²) and Ardley Point (27,500 m²), due to open in 2028 and 2029.", "t|other schemes' areas, not Halvergate's")],
])

doc('halvergate_opening', 'weekend_feature.txt', 'Weekend Magazine (feature: numbers in words, present tense "she says")', [
 [("The mall that rose from the ironworks", "t|headline")],
 [("Weekend Magazine, Saturday 25 April 2026", "T|25 April 2026 is a Saturday")],
 [("At nine o'clock on a grey Thursday morning, when the glass doors of the Halvergate Quarter slide open for the first time, some two thousand shoppers are waiting outside.", "F|C2")],
 [("Priya Halloran, the centre's general manager, watches them on a bank of screens in a control room above the food hall. “I have opened four centres,” she says. “I have never seen a queue like this one.”", "T|quote with speaker in the same paragraph; 'four centres' is not another figure's rival")],
 [("Twenty-five years after the Ellery Ironworks closed in 1996, the riverside site is loud again, though the noise now comes from escalators rather than rolling mills.", "F|C6")],
 [("Outside, the queue still stretches back past the old gatehouse and along the river wall. “It's like Christmas Eve, only with better parking.” By ten o'clock the escalators are full.", "F|C8")],
 [("The developer, Corvane Estates, has spent four hundred and sixty million pounds on the scheme, which covers some ninety-two thousand square metres, almost a million square feet.", "F|C1")],
 [("Inside there are one hundred and forty-eight shop units over three floors, a twelve-screen cinema and a food hall with seats for nine hundred people.", "T|148 units in words agrees with 148 elsewhere")],
 [("Halloran's grandfather worked the furnaces here for thirty-one years. She keeps his brass tally token, number 4417, in her desk drawer, and she shows it to visitors more often than she means to.", "T|token number is a name; 31 years is another person's service")],
 [("Not everyone is convinced. Owen Baptiste runs a hardware shop half a mile away on Quarry Street. “My family has been on this street for seventy years,” he says. “We have seen off worse than a shopping centre.”", "T|attributed quote ('he says'); figures inside the quote are another subject")],
 [("Corvane's chief executive, Marcus Tilney, calls the opening a vote of confidence, and he has staked a good part of his company's balance sheet on being right.", "T|reported speech/paraphrase of Tilney, correctly attributed: not a quote-conflict")],
 [("The centre needs around fourteen million visits a year to make its numbers work, Halloran says. On its first day it gets sixty-one thousand.", "T|'sixty-one thousand' covers 61,300; 'around fourteen million' agrees with 14 million")],
 [("At eight in the evening the shutters come down. Halloran is still on the shop floor. “Ask me in a year,” she says.", "T|eight in the evening = 20:00 closing in wire")],
])

doc('halvergate_opening', 'cws_wire.txt', 'Continental Wire Service (wire: dateline, 24-hour clock)', [
 [("Corvane opens Halvergate Quarter mall 30 years after ironworks closure", "T|30 years after 1996 is right in 2026")],
 [("Published: Thursday 23 April 2026 15:05", "T|23 April 2026 is a Thursday")],
 [("PORT ELLERY, April 23 (CWS) - Corvane Estates opened the £640 million Halvergate Quarter shopping centre on Thursday, the country's biggest new mall in seven years.", "F|C1")],
 [("A crowd of about 4,500 people had gathered when the doors opened at 09:00, and the company said 61,300 people had visited by the time the centre closed at 20:00.", "F|C2")],
 [("Corvane said 131 of the 148 shop units had been let, with most of the remainder under offer.", "F|C3")],
 [("The centre, built on the site of the Ellery Ironworks 30 years after the works closed in 1996, covers 92,000 square metres and will employ about 3,200 people.", "T|30 years after 1996 is right; 92,000 and 3,200 agree with trade")],
 [("The anchor store, Bramwell & Finch, occupies 12,500 square metres over three floors, the retailer's largest outside the capital.", "T|anchor area agrees with trade; a part, not the centre total")],
 [("Port Ellery city council, which contributed £45 million towards new road and tram links, said it expected to collect about £9 million a year in business rates from the centre.", "t|council contribution and rates are other subjects than the £640m cost")],
 [("“This is a vote of confidence in the high street's future, not a requiem for it,” Corvane chief executive Marcus Tilney told reporters at the opening.", "F|C7")],
 [("Corvane shares closed up 4.2% at 318 pence, from 296 pence on Wednesday.", "F|C5")],
 [("Analysts say the scheme's success will depend on whether it draws shoppers from outside the city rather than from Port Ellery's existing streets.", "N|N6")],
 [("Corvane reported rental income of £212 million for 2025, up 7.1% from £198 million in 2024, and expects Halvergate to add about £48 million a year once fully let.", "T|14/198 = 7.1% right; a forecast addition, not a conflict with £640m cost")],
 [("The opening came a week after official figures showed national retail sales fell 0.8% in March from February.", "t|national retail sales, another subject")],
 [("Rival developer Stannard Group opened the 104,000-square-metre Fairholme Centre in Norbridge in 2019 at a cost of £410 million.", "T|another centre's area and cost: not Halvergate's 92,000 m² or £640m")],
 [("(Reporting by Idris Fenwick; editing by Maud Leclerc)", "t|byline")],
])

# ---------------- Stand-alone documents ----------------
doc('standalone', 'kvhb_waiting_list_bulletin.txt', 'Kestrel Valley Health Board (official statistics bulletin)', [
 [("Kestrel Valley Health Board - Statistical Bulletin: Hospital Waiting Lists, March 2026", "t|title")],
 [("Published: Thursday 14 May 2026", "T|14 May 2026 is a Thursday")],
 [("This bulletin reports the number of patients waiting for planned hospital treatment at the end of March 2026 [1]. Figures cover the board's four acute hospitals and exclude patients waiting only for diagnostic tests [2].", "F|FG")],
 [("Main points:", "t|list heading")],
 [("The total waiting list rose from 61,240 in March 2025 to 64,915 in March 2026, an increase of 8.0%.", "F|H2"),
  ("4,007 patients (6.2% of the list) had waited more than 52 weeks, down from 4,618 a year earlier, a fall of 13.2%.", "T|4,007/64,915 = 6.2% and 611/4,618 = 13.2%: right"),
  ("The median wait was 16.8 weeks, compared with 18.1 weeks in March 2025.", "T|last year's median, another period"),
  ("71.3% of patients had waited less than 18 weeks, against a national target of 92% [4].", "F|FG")],
 [("Orthopaedics had the longest list, with 9,842 patients waiting, followed by ophthalmology with 8,915.", "F|H1")],
 [("Table 1: Patients waiting by specialty, end of March 2026", "t|table caption")],
 [("| Specialty | Waiting list | Waiting over 52 weeks | Median wait (weeks) |", "t|table header"),
  ("|---|---:|---:|---:|", "t|table rule"),
  ("| Orthopaedics | 9,482 | 1,204 | 24.1 |", "F|H1"),
  ("| Ophthalmology | 8,915 | 612 | 19.8 |", "T|agrees with text 8,915"),
  ("| General surgery | 7,730 | 488 | 17.2 |", "t|table row"),
  ("| ENT | 6,104 | 371 | 18.5 |", "t|table row"),
  ("| Gynaecology | 5,388 | 254 | 15.9 |", "t|table row"),
  ("| Cardiology | 4,262 | 97 | 12.4 |", "t|table row"),
  ("| Other specialties | 23,034 | 981 | 14.0 |", "t|table row"),
  ("| All specialties | 64,915 | 4,007 | 16.8 |", "T|rows add up to 64,915 and 4,007; agrees with main points")],
 [("Orthopaedics alone accounted for 1,204 of the 4,007 patients waiting more than a year, or 30%.", "T|1,204/4,007 = 30.0%: right")],
 [("At Kestrel General, the largest hospital, the list stood at 28,310; at Ashgrove Community Hospital it was 6,075.", "T|hospital parts, not the board total")],
 [("Nationally, the waiting list rose by 4.1% over the same period [5].", "T|marker [5] follows [4] in order; national rise is another subject than the board's list")],
 [("Notes", "t|notes heading")],
 [("[1] Figures are a snapshot of the waiting list on the last day of the month.", "t|note entry 1"),
  ("[2] Diagnostic-only waits are published separately in the monthly diagnostics release.", "F|FG"),
  ("[4] The 18-week target applies to the whole pathway from referral to treatment.", "F|FG"),
  ("[5] National figures are provisional and may be revised.", "t|note entry 5")],
 [("Next release: Thursday 11 June 2026. Statistician: Dr Ruth Amankwah.", "T|11 June 2026 is a Thursday")],
])

doc('standalone', 'brightwave_half_year_results.txt', 'Brightwave Telecom plc (company results release with table)', [
 [("Brightwave Telecom plc: half-year results to 30 June 2026", "t|title; period end date")],
 [("Published: Tuesday 28 July 2026, 07:00", "T|28 July 2026 is a Tuesday")],
 [("Brightwave Telecom plc today reports revenue of £2.84bn for the six months to 30 June 2026, up 3.1% on the same period last year, and a 4% higher interim dividend.", "T|£2.84bn = £2,841m; 2,841/2,755 = +3.1%; 2.6p/2.5p = +4%")],
 [("Highlights:", "t|list heading")],
 [("Group revenue £2,841m (H1 2025: £2,755m), up 3.1%", "T|right; last year's figure is another period"),
  ("Adjusted EBITDA £1,094m (H1 2025: £1,031m), up 6.1%", "T|63/1,031 = 6.1%: right"),
  ("Mobile customers 6.42 million; broadband lines 2.18 million", "t|customer counts, no rival"),
  ("Interim dividend 2.6p per share (2025: 2.5p)", "t|two periods' dividends")],
 [("Revenue by segment:", "t|table caption")],
 [("| Segment | H1 2026 £m | H1 2025 £m |", "t|table header"),
  ("|---|---:|---:|", "t|table rule"),
  ("| Mobile | 1,176 | 1,120 |", "T|agrees with text; two periods"),
  ("| Broadband | 1,032 | 1,011 |", "F|T1"),
  ("| Business | 418 | 409 |", "t|table row"),
  ("| Wholesale | 215 | 215 |", "T|flat, agrees with CEO 'except wholesale'"),
  ("| Total | 2,841 | 2,755 |", "T|rows add up to totals")],
 [("Mobile revenue rose from £1,120m to £1,176m, up 7%, helped by price rises and 140,000 net new contract customers.", "F|T2")],
 [("Broadband sales climbed to £1.23bn as 61,000 customers moved to full-fibre plans [1].", "F|T1")],
 [("Full-fibre coverage reached 4.6 million premises, 57% of the 8.1 million homes and businesses in Brightwave's area.", "T|4.6/8.1 = 56.8% = 57%: right")],
 [("Average revenue per mobile user was £18.40 a month, up from £17.90 a year earlier, a rise of 2.8%.", "T|0.50/17.90 = 2.8%: right")],
 [("Chief executive Anneliese Okafor said: “We have grown in every segment except wholesale, where prices are set by the regulator.”", "T|attributed quote; consistent with the table")],
 [("Monthly churn in mobile was 1.1%, compared with 1.3% a year earlier [2].", "T|two periods' churn")],
 [("Outlook: for the full year Brightwave expects adjusted EBITDA of £2.2bn to £2.3bn and capital expenditure of about £900m.", "T|full-year forecast vs half-year actual £1,094m: not a conflict")],
 [("Net debt was £7.0bn at 30 June, 3.2 times annualised adjusted EBITDA. The group employs 9,800 people, 300 fewer than a year ago after closing two call centres.", "T|7.0 / (2 x 1.094) = 3.2: right; headcount two periods")],
 [("Notes", "t|notes heading")],
 [("[1] Full-fibre plans are those delivered over fibre to the premises.", "t|note used by marker [1]"),
  ("[2] Churn is the average monthly share of mobile customers who leave.", "t|note used by marker [2]"),
  ("[3] Adjusted EBITDA excludes restructuring costs of £38m (H1 2025: £22m).", "N|N8")],
])

doc('standalone', 'ashcombe_vale_fire_inspection.txt', 'Inspectorate of Fire and Rescue Services (inspection report with [n] markers, no notes)', [
 [("Ashcombe and Vale Fire and Rescue Service: inspection report 2026", "t|title")],
 [("Published: Wednesday 9 September 2026", "T|9 September 2026 is a Wednesday")],
 [("The Inspectorate of Fire and Rescue Services inspected Ashcombe and Vale Fire and Rescue Service between Tuesday 9 March and Friday 27 March 2026 [1].", "F|D4,FN")],
 [("Overall, the service is good at responding to fires and other emergencies but requires improvement at preventing fires and at looking after its people.", "t|prose")],
 [("The service has 24 fire stations: 9 wholetime, 12 on-call and 3 day-crewed. It employs 1,140 staff, of whom 712 are firefighters [2].", "F|FN")],
 [("In 2025-26 the service attended 11,806 incidents, 8% more than the 10,932 it attended in 2024-25.", "T|874/10,932 = 8.0%: right")],
 [("The average response time to primary fires was 9 minutes 48 seconds, inside the service's own standard of 10 minutes. The average for predominantly rural services nationally was 10 minutes 12 seconds.", "T|service vs national average vs standard: three subjects")],
 [("The longest response to a primary fire was 22 minutes 22 seconds (1,342 seconds), to a barn fire near Upper Wendle.", "T|22 min 22 s = 1,342 s: right")],
 [("On-call appliance availability averaged 71.4%, below the 85% target the service set itself in 2023 [3].", "F|FN")],
 [("Home fire safety visits fell from 9,450 in 2024-25 to 7,370 in 2025-26, a reduction of 22%.", "T|2,080/9,450 = 22.0%: right")],
 [("One senior manager, who asked not to be named, told inspectors that prevention staff had been moved to cover gaps in on-call crewing.", "N|N4")],
 [("Of the 1,140 staff, 694 (61%) answered our staff survey, and 42% of those said they had seen or heard bullying in the past year [4].", "F|FN")],
 [("Chief Fire Officer Martin Oduya said: “We accept the findings in full and have already started the work.”", "t|attributed quote")],
 [("The service spent £58.2m in 2025-26, about £71 for each of the 820,000 people in its area.", "T|58.2m/820,000 = £70.98: right")],
 [("Recommendations:", "t|list heading")],
 [("1. By Thursday 31 December 2026, the service should restore on-call availability to at least 80%.", "T|31 December 2026 is a Thursday; list marker '1.' is not a quantity; target not actual"),
  ("2. By 31 March 2027, it should publish a revised prevention plan with targets for home fire safety visits [5].", "F|FN"),
  ("3. It should act on the staff survey findings and report progress to the fire authority every six months.", "t|list marker is not a quantity")],
 [("This is our third inspection of the service, after those in 2019 and 2022. We will revisit in spring 2027, twelve months after this year's fieldwork.", "T|ordinal; March 2026 + 12 months = spring 2027")],
])

FIND = {
 'A1': (['numeric-conflict'], 'converters stolen: 1,214 (wire) vs 1,124 (Dunmere Courier, transposed digits); tabloid "about 1,200" overlaps both'),
 'A2': (['numeric-conflict'], "ringleader Corran Vaile's age: 38 (wire, Courier list) vs 36 (Clarion)"),
 'A3': (['numeric-conflict', 'numeric-arithmetic'], 'victims\' repair bills: total £2.4 million (wire) vs parts £1.7m + £1.1m = £2.8m (Courier)'),
 'A4': (['numeric-conflict'], 'officers in the Operation Tinsmith raids: 340 (wire) vs 430 (Clarion)'),
 'A5': (['date-inconsistency', 'numeric-conflict'], 'time of the raids on 17 June 2025: 05:30 (wire) vs 6.30am (Clarion)'),
 'A6': (['quote-conflict'], 'Judge Oyelaran: "as your own scrapyard" (wire) vs "as your own supermarket" (Clarion)'),
 'A7': (['unattributed-quote'], 'victim quote with no speaker anywhere nearby (Clarion)'),
 'A8': (['numeric-arithmetic'], '473 of 1,214 converters is 39%, not "29 per cent"'),
 'B1': (['numeric-conflict'], 'death toll: seven (live 18:20, bulletin "Deaths: 7") vs "claimed eight lives"/"Eight dead" (Borderline)'),
 'B2': (['numeric-conflict'], 'Glenbarrow snowfall: 74cm is 29in, not "35in" (Borderline); 74cm / 0.74 m elsewhere'),
 'B3': (['numeric-conflict'], 'stranded vehicles: "about 1,400" (live) vs "more than 1,900" (bulletin)'),
 'B4': (['numeric-conflict'], 'schools closed on Tuesday within one Borderline article: 612 vs 621'),
 'B5': (['date-inconsistency', 'numeric-conflict'], 'time the N14 pass was closed: 11:52 (live, bulletin) vs 11:25 (Borderline)'),
 'B6': (['quote-conflict'], 'Aileen Moffatt: "most dangerous day of snow" (live) vs "most disruptive day of snow" (Borderline)'),
 'B7': (['unattributed-quote'], 'direct quote about drivers in cabs with no speaker (bulletin)'),
 'C1': (['numeric-conflict'], 'development cost: £640m (trade, wire) vs "four hundred and sixty million pounds" (feature)'),
 'C2': (['numeric-conflict'], 'crowd at the doors at 09:00: "about 4,500" (wire) vs "some two thousand shoppers" (feature)'),
 'C3': (['numeric-conflict'], 'units let at opening: 139 of 148 (trade) vs 131 of 148 (wire)'),
 'C4': (['numeric-conflict'], 'parking spaces within the trade newsletter: 2,850 vs "all 2,580"'),
 'C5': (['numeric-arithmetic'], 'shares from 296p to 318p is +7.4%, not 4.2%'),
 'C6': (['date-inconsistency'], '"Twenty-five years after ... closed in 1996" in a 2026 feature: it is 30 years'),
 'C7': (['quote-conflict'], 'Marcus Tilney: "city centre\'s future" (trade) vs "high street\'s future" (wire)'),
 'C8': (['unattributed-quote'], 'quote "It\'s like Christmas Eve..." with no speaker (feature)'),
 'H1': (['numeric-conflict'], 'orthopaedics waiting list: 9,842 in text vs 9,482 in Table 1 (same document)'),
 'H2': (['numeric-arithmetic'], '61,240 to 64,915 is +6.0%, not 8.0%'),
 'FG': (['footnote-gap'], 'footnote markers [1], [2], [4], [5]: [3] missing (notes also 1, 2, 4, 5)'),
 'T1': (['numeric-conflict'], 'broadband revenue: £1,032m in table vs "sales ... £1.23bn" in text (same document)'),
 'T2': (['numeric-arithmetic'], 'mobile revenue £1,120m to £1,176m is +5.0%, not 7%'),
 'D4': (['date-inconsistency'], '9 March 2026 is a Monday, not a Tuesday'),
 'FN': (['footnote-no-notes'], 'markers [1]-[5] in a report with no notes section'),
}
NOTES = {
 'N1': (['anonymous-source'], 'court official who asked not to be named'),
 'N2': (['anonymous-source'], '"a police source tells NBS"'),
 'N3': (['anonymous-source'], '"people familiar with the leasing talks"'),
 'N4': (['anonymous-source'], '"one senior manager, who asked not to be named"'),
 'N5': (['vague-source'], '"Experts say"'),
 'N6': (['vague-source'], '"Analysts say"'),
 'N7': (['quote-altered'], 'ellipsis inside Kerry Stanfield\'s quote'),
 'N8': (['footnote-unused'], 'notes entry [3] is used by no marker'),
}
ORDER = ['A1','A2','A3','A4','B1','B2','B3','B4','C1','C2','C3','C4','H1','T1',
         'A8','C5','H2','T2', 'A5','B5','C6','D4', 'A6','B6','C7', 'A7','B7','C8', 'FG','FN']
assert sorted(ORDER) == sorted(FIND)

at = {k: [] for k in FIND}; nat = {k: [] for k in NOTES}
traps, must_not = [], []
rows = []
for cluster, fname, outlet, blocks in DOCS:
    lines = []
    for i, b in enumerate(blocks):
        if i: lines.append(('', None))
        lines.extend(b)
    text = '\n'.join(l for l, _ in lines) + '\n'
    d = os.path.join(OUT, 'docs', cluster); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, fname), 'w', encoding='utf-8').write(text)
    for n, (l, tag) in enumerate(lines, 1):
        if not l:
            continue
        kind, val = tag.split('|', 1)
        if kind == 'F':
            for k in val.split(','): at[k].append([fname, n])
        elif kind == 'N':
            for k in val.split(','): nat[k].append([fname, n])
        else:
            traps.append({'file': fname, 'line': n, 'what': val})
            if kind == 'T': must_not.append({'file': fname, 'line': n, 'what': val})
    words = len(re.findall(r"\S+", text))
    rows.append((cluster, fname, outlet, words))
key = {'expected': [{'id': k, 'rules': FIND[k][0], 'at': at[k], 'what': FIND[k][1]} for k in ORDER],
       'notes': [{'id': k, 'rules': NOTES[k][0], 'at': nat[k], 'what': NOTES[k][1]} for k in NOTES],
       'traps': traps, 'must_not': must_not}
for e in key['expected'] + key['notes']:
    assert e['at'], e['id']
json.dump(key, open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
json.dump(rows, open('/tmp/rows42.json', 'w'))
for r in rows: print(r)
from collections import Counter
print(Counter(FIND[k][0][0] for k in FIND), len(NOTES), len(traps), len(must_not))
