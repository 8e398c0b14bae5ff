"""heldout80: source of truth for the documents, planted findings, notes and traps.

Each document is a block of lines. A non-empty line is written as
    TAG@@text              (TAG = a finding id such as F1/A1/D1/Q1/U1/FN1, or a note id N1..)
    T@@text@@what          (a trap: what could fool a checker on this line; must stay silent)
An empty line in the block is an empty line in the document.
"""

SET = "heldout80"

DOCS = []


def doc(path, event, outlet, block):
    DOCS.append({"path": path, "event": event, "outlet": outlet, "block": block.strip("\n")})


# ---------------------------------------------------------------- cluster 1: cable car stoppage
doc("cablecar/cablecar_wire.txt", "Carnmore Skyway cable-car stoppage",
    "wire agency (Northline News), dateline, 24-hour times, metric", r"""
T@@Carnmore Skyway cable car halts, stranding passengers above gorge for five hours@@headline: "five hours" is a rounding of 11:42-17:05 (5h23m)

F1@@STRATHLINN, Scotland, July 18 (Northline News) - Sixty-four passengers were left suspended above the Carnmore gorge for more than five hours on Saturday after the Carnmore Skyway cable car stopped abruptly, its operator said.

D1@@The line's nine cabins stopped at 11:42 when a sensor on the main drive gearbox tripped and the backup motor failed to engage, Carnmore Skyway Ltd said in a statement.

F2@@The highest cabin was 85 metres (about 280 feet) above the River Linn when the line stopped.

F3@@Forty-two mountain rescue volunteers from three teams - 16 from Carnmore, 14 from Strathlinn and 12 from the Lochside coastguard unit - lowered passengers to the ground by rope, cabin by cabin.

T@@The last passenger reached the ground at 17:05, police said. Three people were treated for heat exhaustion and a 77-year-old man was taken to Inverlinn General Hospital as a precaution.@@17:05 agrees with the live page and with the tabloid's "just after 5pm"; three treated and the man aged 77 agree with the other outlets (the live page's 71 is a corrected error)

T@@Temperatures inside the cabins reached 31C on one of the hottest days of the year, according to passengers.@@31C = 87.8F, agrees with the tabloid's 88F

Q1@@"We will not reopen until we are completely satisfied the system is safe," managing director Fiona Drysdale told reporters at the base station. "Our first thought is with everyone who was stuck up there today."

F4@@The 2.4-km line, which opened in 2011, carried 310,000 passengers in 2025, up from 262,000 the year before, a rise of almost a fifth.

T@@It was last halted in August 2019, when 22 passengers were stranded for about 90 minutes after a power cut.@@a previous incident: 22 passengers and 90 minutes belong to 2019, not to Saturday's stoppage

T@@Calum Rennie, leader of Carnmore Mountain Rescue Team, said the operation had been slow but had gone by the book, adding that his volunteers had trained on the line twice a year since it opened.@@reported speech; the live page's direct quote ("slow, but it was textbook") says the same thing

T@@The operator said the Skyway would stay closed until at least Friday, July 24, while engineers from the Austrian manufacturer inspect the drive system. All ticket holders for the coming week will receive full refunds.@@24 July 2026 is a Friday (correct weekday)

T@@(Reporting by Morag Iles; Editing by Tom Adair)@@credit line, no claims
""")

doc("cablecar/cablecar_live.md", "Carnmore Skyway cable-car stoppage",
    "regional broadcaster live page (Radio Linnside), HH:MM timestamps, a correction, Markdown", r"""
T@@# Carnmore Skyway stoppage: live updates@@title

T@@*Radio Linnside newsroom, Saturday 18 July 2026*@@18 July 2026 is a Saturday (correct weekday)

D1@@**11:58** The Carnmore Skyway has stopped with passengers on board. The operator says the line halted at 11:42 and staff are trying to restart it from the base station.

F1@@**12:20** Carnmore Skyway Ltd now says 64 people are stuck in nine cabins. Two restart attempts have failed and mountain rescue teams have been called.

T@@**12:47** Passengers have been posting pictures from inside the cabins. One woman wrote that it was "like an oven" in there, with the windows opening only a crack.@@a quoted fragment attributed to a passenger ("One woman wrote"); 12:47 is a post time, not an event time

F2@@**13:15** The highest cabin is hanging about 85m above the river, the operator confirms. Rope teams are being flown to the top station by the coastguard helicopter.

F3@@**13:40** Forty-two volunteers from the Carnmore, Strathlinn and Lochside teams are now on the line. The first cabin, with six people on board, has been cleared.

N1@@**14:05** Fiona Drysdale, the operator's managing director, spoke to us at the base station. "The drive [gearbox] sensor tripped and the backup motor did not take over as it should," she said. "Our engineers are on site and the manufacturer has been informed."

T@@**14:30** Correction: an earlier post said the man taken to hospital from the second cabin was 71. He is 77. We apologise for the error.@@a correction: 71 is explicitly withdrawn; 77 agrees with the wire and the tabloid

T@@**15:50** Rescue teams say more than 40 people are now on the ground. Around 20 are still waiting in the three cabins nearest the summit.@@a part-way count at 15:50 (more than 40 down, about 20 left), not a rival total for the 64 passengers or for the 42 rescuers

T@@**17:09** Police say the last passenger reached the ground at 17:05, five hours and 23 minutes after the line stopped.@@11:42 to 17:05 is exactly 5h23m; 17:05 agrees with the wire

F4@@**17:30** Some context: the Skyway carried around 360,000 passengers last year, making it one of the valley's biggest attractions. The operator says it will stay shut until at least Friday 24 July.

T@@**17:45** Calum Rennie of Carnmore Mountain Rescue Team told us: "It was slow, but it was textbook. Every one of those passengers kept calm."@@attributed direct quote; agrees with the wire's paraphrase (no rival quoted version)

T@@**18:00** We are closing this live page now. Thank you for following.@@no claims
""")

doc("cablecar/cablecar_tabloid.txt", "Carnmore Skyway cable-car stoppage",
    "Sunday tabloid (Sunday Clarion), 'yesterday', imperial units, am/pm", r"""
T@@SKY-HIGH HELL: CABLE CAR TOURISTS TRAPPED FOR FIVE HOURS IN 88F HEAT@@headline: 88F = 31C (wire), five hours is rounded

T@@By Gary Pettigrew, Sunday Clarion, 19 July 2026@@byline and date: "yesterday" below is Saturday 18 July

D1@@TERRIFIED tourists were trapped for more than five hours yesterday when a Scottish cable car ground to a halt at 12.42pm, leaving them dangling over a rocky gorge.

F1@@A total of 46 passengers, including children as young as four, were stuck in nine cabins on the Carnmore Skyway near Strathlinn.

F2@@The highest car swung some 180ft above the River Linn as temperatures inside soared to 88F.

U1@@"We could see the rescuers on the rocks below, but for two hours nobody told us a thing."

F3@@Fifty-two mountain rescue volunteers abseiled down to the cabins and lowered the passengers one by one on ropes.

N2@@One rescuer, who asked not to be named, said: "Some of the cabins had no water at all. It's a miracle nobody passed out."

T@@Grandmother Agnes Baird, 68, from Paisley, who was stuck with her two grandsons, said: "The wee one kept asking if we were going to fall. I just held on to him and prayed."@@attributed quote; 68 is an age, "two grandsons" a small count about her party only

T@@The last passengers were brought down just after 5pm. Three were treated for heat exhaustion and a pensioner, 77, was taken to hospital.@@"just after 5pm" agrees with 17:05; three treated and 77 agree with the wire

Q1@@Skyway boss Fiona Drysdale said last night: "We will not reopen until we are reasonably satisfied the system is safe."

T@@The 1.5-mile ride, which costs £24 for an adult return, carries more than 300,000 visitors a year. It was also halted in 2019, when 22 people were stuck for an hour and a half.@@1.5 miles = 2.4km; "more than 300,000 a year" fits 310,000 (and is a habitual figure, not a 2025 claim); 2019 figures are a previous incident; an hour and a half = 90 minutes

T@@The line opened 15 years ago, in 2011, and the company boasts of a "proud safety record". It will stay shut until at least Friday.@@2026 - 2011 = 15 (correct); "proud safety record" is attributed to the company; Friday = 24 July
""")

# ---------------------------------------------------------------- cluster 2: pesto recall
doc("recall/recall_broadcast.txt", "Casa Verdello pesto recall (undeclared cashew)",
    "broadcaster web copy (Meridian News Online), dated, metric", r"""
T@@Pesto recalled after allergic reactions to undeclared cashew nuts@@headline, no figures
T@@Meridian News Online | Tuesday 10 March 2026 | Consumer affairs@@10 March 2026 is a Tuesday (correct)

F8@@Two batches of a popular supermarket pesto are being recalled after 11 people reported allergic reactions, three of whom needed hospital treatment.

T@@Verdello Foods is recalling its Casa Verdello Classic Green Pesto in 190g jars with batch codes VF2611 and VF2612 and a best-before date of 30 September 2027.@@batch codes VF2611/VF2612 are reference numbers, not quantities; 2027 best-before is not an event date; 190g agrees with "a little under seven ounces" (6.7oz)

T@@The Food Safety Authority (FSA) said tests had found cashew at levels of up to 0.6% in jars from the affected batches. Cashew is not listed on the label.@@0.6% = 6 g/kg, agrees with the trade newsletter's SI figure

F7@@The two batches contained 48,600 jars, the company said.

F5@@Of those, 31,200 had already been sold before the problem was identified. The remaining 17,400 have been withdrawn from shelves and warehouses.

F6@@The pesto was on sale in 640 shops belonging to three supermarket chains, at £2.85 a jar.

Q2@@Verdello's chief executive, Rosa Kettering, said: "This was a failure in our supplier checks, and we take full responsibility for it. Anyone who has bought a jar should return it for a full refund."

T@@The company said a new supplier of pine nuts, taken on in January, had packed the nuts on a line that also handled cashews.@@reported speech, no figures

T@@Dr Imran Qadir, head of incidents at the FSA, said people with a cashew or tree-nut allergy should not eat the product. He said the agency had not received any reports linked to other Verdello products.@@reported speech attributed to a named official

T@@Helen Marsh, director of the charity Anaphylaxis Alliance, told Meridian that about one in 50 children in the UK has a nut allergy and that "labels are the only defence families have".@@ratio "one in 50" agrees with the magazine's "one child in fifty"; partial quote attributed to Marsh

T@@Verdello, which employs 230 people at its factory in Millbrook, says the recall will cost it about £1.1m.@@staff count and recall cost appear nowhere else; £1.1m is not the £2.85 price or £64m sales

T@@Customers can call the Verdello helpline on 0800 048 6112 or email recall@verdello.example.@@phone number (its digits 048 6 look like 48,600 jars) is not a quantity
""")

doc("recall/recall_shelflife.md", "Casa Verdello pesto recall (undeclared cashew)",
    "grocery trade newsletter (Shelf Life Weekly), Markdown, bullets, SI units, Markdown footnotes", r"""
T@@# Verdello pulls two pesto batches over cashew contamination@@title

T@@*Shelf Life Weekly, issue 418, 12 March 2026*@@issue number 418 is not a quantity; date makes "on Tuesday" = 10 March

T@@**Key figures**@@heading

F7@@- Jars in affected batches: 48,600
F5@@- Jars sold before withdrawal: 31,200
F6@@- Stores stocking the line: 740
F8@@- Allergic reactions reported: 11
T@@- Cashew found: up to 6 g/kg@@6 g/kg = 0.6%, agrees with the broadcaster

T@@Verdello Foods began withdrawing its 190 g Casa Verdello Classic Green Pesto on Tuesday after the Food Safety Authority confirmed undeclared cashew in batches VF2611 and VF2612.[^1]@@"Tuesday" in a 12 March (Thursday) issue is 10 March, agreeing with the broadcaster; batch codes are references; [^1] is defined

F7@@The withdrawal covers all 46,800 jars from the two batches, with product pulled from retailer depots within 48 hours of the FSA notice.

A1@@Verdello, based in Millbrook, reported sales of £64m in 2025, up from £52m in 2024, an increase of 31%. Own-label contracts account for about 40% of its volume.

T@@The contamination has been traced to a pine-nut supplier that Verdello switched to in January. The supplier packs cashews on a shared line and, according to the FSA notice, its allergen cleaning records for February were incomplete.[^2]@@attributed to the FSA notice; [^2] is defined

N3@@Industry analysts say smaller sauce makers have cut back on supplier audits as ingredient costs have climbed.

FN2@@The Allergen Manufacturers' Forum recommends a documented audit of every new nut supplier before first delivery, and re-testing of incoming lots at least once a quarter.[^3]

T@@Chief executive Rosa Kettering said the company had suspended the supplier and would test every incoming lot of nuts until further notice.@@reported speech, a different remark from the quoted one in the other outlets

T@@Three of the reported reactions led to hospital treatment; none was life-threatening, the FSA said.@@three hospital cases agree with the broadcaster; a part of the reactions, not a rival total

T@@Retailers have been asked to display point-of-sale notices for 28 days and to keep returned jars apart for collection by Verdello's logistics contractor, which began pick-ups on Wednesday.@@28 days is a duration that appears nowhere else; "Wednesday" in a 12 March issue is 11 March, the day after the recall (not the recall date)

T@@[^1]: Food Safety Authority, Allergy Alert AA-26-031, 10 March 2026.@@footnote definition; AA-26-031 is a reference number
T@@[^2]: FSA incident summary, published with the alert.@@footnote definition
""")

doc("recall/recall_magazine.txt", "Casa Verdello pesto recall (undeclared cashew)",
    "consumer magazine feature (Kitchen & Home), numbers in words, present-tense attributions", r"""
T@@THE JAR THAT DIDN'T SAY@@headline
T@@When a supermarket pesto turned out to contain cashews, families with nut allergies were reminded how much rests on a label. By Priya Castellan@@standfirst and byline
T@@Kitchen & Home, April 2026@@issue date (the recall itself was in March)

T@@Nine-year-old Millie Hardacre had eaten two spoonfuls of pasta when her lips began to swell. Her mother, Joanne, reached for the adrenaline pen she carries everywhere and dialled 999.@@an age in words; 999 is a phone number

T@@"I'd read the label twice," Joanne says. "Pine nuts, basil, cheese, oil. Nothing else."@@quote attributed by "Joanne says" after the first sentence; the second quote continues her

F8@@Millie spent a night in hospital and recovered. She was one of seventeen people who had reported reactions to Casa Verdello Classic Green Pesto by the time the recall notice went out.

U2@@"Every label is a promise, and this one was broken."

D2@@That notice went out on Wednesday 10 March, and it covered two batches of the pesto in jars of 190 grams, a little under seven ounces.

F5@@By then, according to the Food Safety Authority, more than forty-one thousand jars had already been sold.

F6@@The pesto had been stocked by six hundred and forty shops across three supermarket chains, at a little under three pounds a jar.

Q2@@Rosa Kettering, Verdello's chief executive, has been unusually direct. "This was a failure in our supplier checks, and we take shared responsibility for it," she told customers in a letter.

T@@About one child in fifty has a nut allergy, and Helen Marsh of the charity Anaphylaxis Alliance says that one bad jar can undo years of careful habits.@@"one child in fifty" = the broadcaster's "one in 50"; reported speech attributed to Marsh

T@@Verdello traced the cashews to a new pine-nut supplier that shared a packing line with cashews. The firm, which has made sauces in Millbrook for twenty-eight years, says it has now suspended that supplier.@@"twenty-eight years" is the firm's age, not a count of jars, shops or people

T@@Millie, for her part, has a new rule: no jars from the cupboard without a second look from Mum. Her mother has a rule too. She now phones the maker about anything new.@@no figures
""")

# ---------------------------------------------------------------- cluster 3: pension fund fraud trial
doc("pension/pension_wire.txt", "Westmarch pension fund fraud trial",
    "wire agency (Albion Press Association), dateline, court report", r"""
T@@Former council pension investment chief on trial accused of diverting millions@@headline: "millions" is vague

F9@@HOLLINBURY, England, Feb 2 (APA) - A former head of investments at the Westmarch County Council Pension Fund diverted £4.7 million of members' money to consultancy firms he secretly controlled, a jury at Hollinbury Crown Court heard on Monday.

F11@@Martin Leacock, 54, of Fernley, denies nine counts of fraud by abuse of position and two counts of money laundering.

F10@@Prosecutor Eleanor Vance KC told the jury of seven women and five men that Leacock approved 212 invoices from two firms, Castlegate Advisory and Pennant Risk Partners, between March 2017 and October 2023.

N4@@"The defendant was ... able to approve invoices from companies he [himself] owned, and nobody checked," Vance said.

Q3@@"Mr Leacock knew precisely who would pay for this: the fund's members," she told the court.

T@@The fund manages £2.3 billion on behalf of about 61,000 members, including council staff, school support workers and employees of 40 other employers.@@£2.3bn and 61,000 agree with the other outlets; "40 other employers" plus the council = the newsletter's 41 employers

D3@@The fraud was uncovered in November 2023, 12 years after Leacock joined the fund in 2009, when a junior analyst noticed that both firms shared a registered address.

T@@Vance said some of the money paid for a villa in the Algarve bought for 1.35 million euros and about £310,000 of school fees and holidays. Leacock was paid a salary of £96,000 a year.@@euros are not compared with pounds; £310,000 and £96,000 are parts/other facts, not the £4.7m total

T@@Castlegate Advisory and Pennant Risk Partners were both dissolved in 2024, the court heard, and neither ever filed accounts.@@a year, not a quantity

T@@Leacock, who was suspended in December 2023 and dismissed the following March, sat in the dock in a grey suit and spoke only to confirm his name. The prosecution expects to call 31 witnesses.@@"the following March" is March 2024; 31 witnesses appears nowhere else

T@@The trial, before Judge Harriet Osei, is expected to last eight weeks.@@a forecast; agrees with the local paper's "about two months"

T@@(Reporting by Daniel Frome; editing by Ruth Calder)@@credit line
""")

doc("pension/pension_ledger.md", "Westmarch pension fund fraud trial",
    "pensions trade newsletter (Pensions Ledger), Markdown, bold label bullets, bracketed source markers with no notes", r"""
T@@# Westmarch fraud trial opens: what trustees should take from it@@title

T@@*Pensions Ledger, 5 February 2026*@@date: "on Monday" below is 2 February

FN3@@The trial of Martin Leacock, the former head of investments at the £2.3bn Westmarch County Council Pension Fund, opened at Hollinbury Crown Court on Monday.[1]

F9@@- **Alleged loss:** £4.7 million
F11@@- **Charges:** seven counts of fraud by abuse of position, two of money laundering
F10@@- **Invoices:** more than 250, from two consultancy firms
T@@- **Period:** March 2017 to October 2023@@agrees with the wire; a period, not a quantity
T@@- **Scheme members:** 61,000 across 41 employers@@61,000 agrees; 41 employers = the council plus the wire's "40 other employers"

T@@Westmarch is a mid-sized fund by local government standards. Its most recent valuation, at 31 March 2025, put its funding level at 104 per cent, and employer contributions were cut for 2026/27 as a result.@@a funding level above 100 per cent is not a share of a whole; the valuation date is not the trial date

FN3@@The prosecution says Leacock, who joined the fund in 2009, set up the two firms through nominees and approved their invoices himself under a delegated authority limit of £25,000 per invoice.[2]

FN3@@That limit had not been reviewed since 2012, according to an internal audit report presented to the pensions committee.[3]

T@@For trustees the lesson is familiar. Segregation of duties, independent verification of new suppliers and regular reviews of delegated limits are basic controls, and the Pensions Oversight Office has said it will write to all 86 local authority funds about them. Its letter is expected before the end of March.@@86 is the number of funds nationally, not employers or members

T@@Fund chair Cllr Patrick Dunmore said the fund had recovered £1.9m so far through civil proceedings and that members' benefits "were never at risk".@@£1.9m recovered is not the £4.7m alleged loss; partial quote attributed to Dunmore

T@@Members with questions have been directed to the fund's helpline on 01632 960 418.@@phone number

T@@Leacock, who is 54, denies all the charges. The trial continues at Hollinbury and is due to hear from the junior analyst who raised the alarm later this month.@@age 54 agrees with the wire and the local paper
""")

doc("pension/pension_local.txt", "Westmarch pension fund fraud trial",
    "local evening paper (Westmarch Evening Post), byline and date, 'yesterday'", r"""
T@@Ex-pensions boss 'siphoned millions from care workers' savings'@@headline: quote marks signal the prosecution's allegation, not an unattributed quote; "millions" is vague
T@@By Sian Trevelyan, Court Reporter@@byline
T@@Westmarch Evening Post, Tuesday 3 February 2026@@3 February 2026 is a Tuesday; "yesterday" = Monday 2 February

F9@@A former council pensions chief diverted £4.2m from a fund that pays the retirement incomes of thousands of Westmarch care workers, cleaners and teaching assistants, a court heard yesterday.

T@@Martin Leacock, 54, of Ashcombe Road, Fernley, faces 11 charges, which he denies, at Hollinbury Crown Court.@@11 charges = 9 fraud + 2 laundering in the wire: a total, not a count of fraud charges

T@@The jury heard that Leacock approved 107 invoices from Castlegate Advisory and 105 from Pennant Risk Partners, two firms he is alleged to have controlled through friends.@@parts: 107 + 105 = 212, the wire's total

Q3@@Prosecutor Eleanor Vance KC said: "Mr Leacock knew precisely who would pay for this: the council's taxpayers."

T@@The court heard that the firms' invoices were usually for between £15,000 and £24,000 each, just below the £25,000 limit above which a second signature was needed.@@a range per invoice (£4.7m / 212 = about £22,200, inside it); £25,000 agrees with the newsletter's delegated limit

A2@@The fund has 61,000 members, 27,000 of them already drawing a pension - more than half of the total.

N5@@A former colleague, who spoke on condition of anonymity, said Leacock had been "the cleverest person in the building and the hardest to question".

T@@Leacock joined the fund in 2009 and became head of investments five years later, in 2014.@@2014 - 2009 = 5 (correct "years later")

T@@About a dozen retired members of the fund watched the opening from the public gallery.@@an approximate count of spectators, unrelated to the 61,000 or 27,000 members

T@@Ms Vance told jurors they would hear from the junior analyst, now 29, who first raised concerns with the fund's auditors.@@an age; reported speech

T@@Westmarch County Council leader Cllr Ann Bellamy said members' pensions were guaranteed by law and had been paid in full throughout. "Nobody has lost a penny of their pension," she said.@@quote attributed after it ("she said") to Bellamy; a different speaker from Dunmore

T@@The court heard that Leacock earned £96,000 a year at the time of the alleged fraud. The trial, expected to last about two months, continues.@@£96,000 agrees with the wire; "about two months" = the wire's eight weeks (forecast)
""")

# ---------------------------------------------------------------- standalone documents
doc("standalone/fellrunning_figures.md", "fell and trail running association annual figures 2025",
    "sports body annual figures, Markdown table and label: value lines", r"""
T@@# Northern Fell and Trail Runners' Association: annual figures 2025@@title; 2025 is the reporting year

T@@Published: 20 January 2026@@document date (2026 is the year in force)

F12@@Registered members: 8,412
T@@Affiliated clubs: 137@@label line; 137 clubs appears nowhere else
T@@Races sanctioned: 486@@agrees with the table's 486 races
T@@Race finishes: 61,930@@agrees with the prose's 61,930

D4@@Founded in 1978 by a group of shepherds and quarrymen in Upper Wensley, the association celebrates its 50th anniversary this year, and the 2025 figures suggest it is in good health.

T@@| Region | Members 2024 | Members 2025 | Races 2025 |@@table header
T@@|---|---|---|---|@@table separator
T@@| Lakes and Cumbria | 2,951 | 3,104 | 171 |@@regional part, two years side by side
T@@| Pennines | 2,206 | 2,318 | 139 |@@regional part, two years side by side
T@@| North York Moors | 1,187 | 1,262 | 84 |@@regional part; the fastest growth (6.3%), as the prose says
T@@| Borders and Cheviots | 1,633 | 1,728 | 92 |@@regional part, two years side by side
F12@@| **Total** | **7,977** | **8,412** | **486** |

F12@@Membership passed 8,500 for the first time in 2025, up from 7,977 a year earlier, with the strongest growth in the North York Moors.

A3@@Race finishes rose from 54,300 in 2024 to 61,930 in 2025, an increase of 21 per cent, helped by three new winter series.

T@@Women made up 3,701 of the 2025 membership, or 44 per cent, compared with 41 per cent in 2024.@@3,701 / 8,412 = 44.0% (correct share); 41% is the 2024 share

T@@Junior members (under 18): 1,046@@label line; "18" is an age limit, 1,046 a part of the membership
T@@Average entry fee: £14.50 (2024: £12.80)@@2025 vs 2024 figures on one line

T@@Treasurer Gareth Ellison said the association's reserves stood at £212,400 at the end of the year, "enough to cover nine months of running costs", and that membership fees for 2026 would rise by £1 to £19 for seniors.@@membership fee (£19) is not the race entry fee (£14.50); partial quote attributed to Ellison; a 2026 forecast

T@@The longest sanctioned race, the Wensley Round, covers 42 km (26 miles) with 2,600 m of climb. Its course record, 4 hours 51 minutes, has stood since 2017.@@42 km = 26.1 miles (correct conversion); 2017 is a year, not a quantity

T@@Safety: race first-aid teams treated 23 runners for injuries in 2025, and two races were shortened because of hill fog.@@counts that appear nowhere else

T@@Figures compiled by the membership secretary, Ruth Ambler. Contact: figures@nftra.example@@credit line
""")

doc("standalone/hardware_bulletin.txt", "hardware retailers' guild members' bulletin",
    "trade association bulletin, plain text, label lines", r"""
T@@GUILD OF INDEPENDENT HARDWARE RETAILERS@@masthead
T@@MEMBERS' BULLETIN No. 212@@issue number, not a quantity

T@@Date: Thursday 12 March 2026@@12 March 2026 is a Thursday (correct)
T@@Member shops: 1,146@@label line; membership, not survey replies
F13@@Survey responses: 388
T@@Membership fee 2026/27: £285 + VAT (£342)@@£285 + 20% VAT = £342 (correct)
T@@Helpline: 0161 496 0732 (weekdays 9am-5pm)@@phone number and opening hours

T@@SPRING TRADING SURVEY@@heading
F13@@Three hundred and eighteen members replied to this year's spring survey, which closed on Friday 6 March.
T@@Sales: 57% of respondents reported higher sales in January and February than a year earlier; 29% reported lower sales and the rest no change.@@57% + 29% + 14% = 100%
T@@Energy: 241 respondents (62%) said energy was now their second-largest cost after staff.@@241 / 388 = 62.1% (correct share of the label-line total)
T@@Staff: the median shop employs four people, including the owner.@@a median, in words
T@@Stock: 44% of respondents said they had cut the number of product lines they carry, most often in garden tools and paint.@@a share of respondents with no count to check against

N6@@Retail analysts say independent hardware shops have gained customers as big DIY chains close smaller branches.

T@@SPRING TRADE SHOW@@heading
T@@Venue: Hallam Exhibition Centre, Ridgeford@@label line, no figures
T@@Dates: Sunday 19 April to Monday 20 April 2026@@19 April 2026 is a Sunday and 20 April a Monday (correct)
T@@Stands booked: 164 (2025 show: 151)@@this year's and last year's figures on one line
T@@Members enter free; non-members pay £18 on the door.@@price, not the membership fee
T@@Seminars on both days cover energy contracts, card fees and succession planning. About a third of our members expect to retire or sell within ten years, according to last autumn's membership census.@@"about a third" comes from a different survey (last autumn's census), not the spring survey

T@@Chair's note: Our director, Colin Ashworth, told the Commons small business group last month that business rates for a typical member shop had risen by £1,900 since 2023. The Guild is asking for the small business rate relief threshold to rise from £12,000 to £15,000 of rateable value.@@reported speech; a rise of £1,900 and a threshold change are different facts

T@@Renewals: invoices for 2026/27 go out on 1 April and are payable within 30 days.@@dates and a payment term, not quantities to compare

T@@OVERHEARD AT THE COUNTER@@heading
U3@@"Customers come in for one hinge and leave with a new shed."

T@@Next bulletin: Thursday 9 April 2026.@@9 April 2026 is a Thursday (correct)
""")

doc("standalone/fire_report.txt", "fire and rescue authority annual performance report 2025/26",
    "public body report, bracketed [n] footnote markers and a Notes section", r"""
T@@MARCHMOOR FIRE AND RESCUE AUTHORITY@@masthead
T@@Annual Performance Report 2025/26: Summary of Operational Performance@@title; 2025/26 is a period
T@@Presented to the Authority's Audit and Performance Committee, 24 June 2026@@document date

T@@Headline figures@@heading
T@@Incidents attended: 9,874@@agrees with the prose: 4,118 + 2,906 + 2,850 = 9,874
T@@Accidental dwelling fires: 412@@agrees with the prose's 412
F14@@Fire deaths: 4 (2024/25: 7)
T@@Whole-time firefighters: 388; on-call firefighters: 224@@two parts of the workforce (612 in all), not rival figures

T@@1. Overview@@section number, not a quantity
T@@The Service attended 9,874 incidents in 2025/26, of which 4,118 were false alarms, 2,906 were fires and 2,850 were special services such as road traffic collisions and flooding.[1]@@parts sum to the total (9,874); [1] is defined

F14@@Six people died in fires during the year, compared with seven in 2024/25, and all of the deaths were in the home.

T@@Accidental dwelling fires fell to 412 from 447 the year before, a reduction of 8 per cent, the lowest figure since the Authority was formed in 1998.[2]@@(447 - 412) / 447 = 7.8%, rounds to 8 per cent (correct); 1998 is a year; [2] is defined

T@@2. Response@@section number
FN1@@The average time from call to first appliance at a dwelling fire was 8 minutes 41 seconds, against the Authority's own standard of 10 minutes. On-call stations in the west of the county averaged 11 minutes 2 seconds.[4]

T@@3. Prevention@@section number
T@@Crews and advocates carried out 14,260 home fire safety visits, 61 per cent of them to households with a resident aged 65 or over.[5]@@65 is an age; [5] is defined

T@@4. Finance@@section number
T@@Net revenue spending was £48.6m, within a budget of £49.2m. Firefighters' pay accounted for £31.4m, or about 65 per cent of spending.@@31.4 / 48.6 = 64.6%, "about 65 per cent" (correct); budget vs outturn are different measures

T@@Notes@@notes heading
T@@[1] Incident categories follow the national Incident Recording System definitions.@@note 1, used
T@@[2] Accidental dwelling fire counts for 2024/25 have been revised from 451 to 447 following data cleansing.@@a revision: 451 is the superseded 2024/25 figure, explicitly replaced by 447
FN1@@[4] Response times are measured from the time of call to the arrival of the first appliance, excluding calls transferred from neighbouring services.
T@@[5] Includes 2,115 visits made jointly with Marchmoor Adult Social Care.@@a part of the 14,260 visits
N7@@[6] Budget figures are unaudited and may change when the statement of accounts is published in September 2026.
""")


# ---------------------------------------------------------------- findings
FINDINGS = {
    # numeric-conflict
    "F1": dict(rules=["numeric-conflict"], what="passengers stranded on the Carnmore Skyway: 64 (wire, live page) vs 46 (tabloid), transposed digits",
               values=[("cablecar_wire.txt", "Sixty-four", 63.5, 64.5, True), ("cablecar_live.md", "64 people", 63.5, 64.5, True),
                       ("cablecar_tabloid.txt", "46 passengers", 45.5, 46.5, False)]),
    "F2": dict(rules=["numeric-conflict"], what="height of the highest cabin: 85 m (about 280 ft) in the wire and live page vs 'some 180ft' (about 55 m) in the tabloid, a wrong conversion",
               values=[("cablecar_wire.txt", "85 metres", 84.5, 85.5, True), ("cablecar_live.md", "about 85m", 76.5, 93.5, True),
                       ("cablecar_tabloid.txt", "some 180ft", 162 * 0.3048, 198 * 0.3048, False)]),
    "F3": dict(rules=["numeric-conflict"], what="mountain rescue volunteers: forty-two (wire, live; 16+14+12) vs fifty-two (tabloid), wrong digit in words",
               values=[("cablecar_wire.txt", "Forty-two mountain rescue volunteers", 41.5, 42.5, True), ("cablecar_live.md", "Forty-two volunteers", 41.5, 42.5, True),
                       ("cablecar_tabloid.txt", "Fifty-two mountain rescue volunteers", 51.5, 52.5, False)]),
    "F4": dict(rules=["numeric-conflict"], what="Skyway passengers in 2025: 310,000 (wire) vs 'around 360,000 last year' (live page, 2026 date), a rounding too far off",
               values=[("cablecar_wire.txt", "310,000 passengers in 2025", 309500, 310500, True),
                       ("cablecar_live.md", "around 360,000 passengers last year", 324000, 396000, False)]),
    "F5": dict(rules=["numeric-conflict"], what="jars sold before the recall: 31,200 (broadcaster, trade newsletter) vs 'more than forty-one thousand' (magazine)",
               values=[("recall_broadcast.txt", "31,200", 31150, 31250, True), ("recall_shelflife.md", "31,200", 31150, 31250, True),
                       ("recall_magazine.txt", "more than forty-one thousand jars", 41000, 1e12, False)]),
    "F6": dict(rules=["numeric-conflict"], what="shops stocking the pesto: 640 (broadcaster) = six hundred and forty (magazine) vs 740 (trade newsletter key figures), wrong digit",
               values=[("recall_broadcast.txt", "640 shops", 639.5, 640.5, True), ("recall_magazine.txt", "six hundred and forty shops", 639.5, 640.5, True),
                       ("recall_shelflife.md", "Stores stocking the line: 740", 739.5, 740.5, False)]),
    "F7": dict(rules=["numeric-conflict"], what="jars in the two batches: 48,600 (broadcaster; newsletter key figures) vs 46,800 in the newsletter's own prose (within one document; transposed)",
               values=[("recall_broadcast.txt", "48,600 jars", 48550, 48650, True), ("recall_shelflife.md", "Jars in affected batches: 48,600", 48550, 48650, True),
                       ("recall_shelflife.md", "all 46,800 jars", 46750, 46850, False)]),
    "F8": dict(rules=["numeric-conflict"], what="people reporting allergic reactions by the time of the recall: 11 (broadcaster, newsletter) vs seventeen (magazine)",
               values=[("recall_broadcast.txt", "11 people reported", 10.5, 11.5, True), ("recall_shelflife.md", "Allergic reactions reported: 11", 10.5, 11.5, True),
                       ("recall_magazine.txt", "seventeen people", 16.5, 17.5, False)]),
    "F9": dict(rules=["numeric-conflict"], what="amount allegedly diverted: £4.7m (wire, newsletter) vs £4.2m (local paper), wrong digit",
               values=[("pension_wire.txt", "£4.7 million", 4.65e6, 4.75e6, True), ("pension_ledger.md", "£4.7 million", 4.65e6, 4.75e6, True),
                       ("pension_local.txt", "£4.2m", 4.15e6, 4.25e6, False)]),
    "F10": dict(rules=["numeric-conflict"], what="invoices approved: 212 (wire; 107 + 105 in the local paper) vs 'more than 250' (newsletter)",
                values=[("pension_wire.txt", "212 invoices", 211.5, 212.5, True), ("pension_ledger.md", "more than 250", 250, 1e12, False)]),
    "F11": dict(rules=["numeric-conflict"], what="counts of fraud by abuse of position: nine (wire) vs seven (newsletter); money-laundering counts (two) agree",
                values=[("pension_wire.txt", "nine counts of fraud", 8.5, 9.5, True), ("pension_ledger.md", "seven counts of fraud", 6.5, 7.5, False)]),
    "F12": dict(rules=["numeric-conflict"], what="members in 2025: 8,412 (label line and table total, which the regions sum to) vs 'passed 8,500' in the prose (within one document)",
                values=[("fellrunning_figures.md", "Registered members: 8,412", 8411.5, 8412.5, True), ("fellrunning_figures.md", "**8,412**", 8411.5, 8412.5, True),
                        ("fellrunning_figures.md", "passed 8,500", 8500, 1e12, False)]),
    "F13": dict(rules=["numeric-conflict"], what="spring survey responses: 388 (label line; 241 = 62% of it) vs 'three hundred and eighteen' in the prose (within one document)",
                values=[("hardware_bulletin.txt", "Survey responses: 388", 387.5, 388.5, True),
                        ("hardware_bulletin.txt", "Three hundred and eighteen members", 317.5, 318.5, False)]),
    "F14": dict(rules=["numeric-conflict"], what="fire deaths in 2025/26: 4 (headline figures) vs six (overview prose) in one report; 2024/25's seven agrees",
                values=[("fire_report.txt", "Fire deaths: 4", 3.5, 4.5, True), ("fire_report.txt", "Six people died", 5.5, 6.5, False)]),
    # numeric-arithmetic
    "A1": dict(rules=["numeric-arithmetic"], what="sales from £52m to £64m is a rise of 23%, not 31%",
               arith=("recall_shelflife.md", "(64 - 52) / 52 * 100", 31, 1.0)),
    "A2": dict(rules=["numeric-arithmetic"], what="27,000 of 61,000 members is 44%, not 'more than half'",
               arith=("pension_local.txt", "27000 / 61000 * 100", 50, 0.0)),
    "A3": dict(rules=["numeric-arithmetic"], what="race finishes from 54,300 to 61,930 is a rise of 14%, not 21 per cent",
               arith=("fellrunning_figures.md", "(61930 - 54300) / 54300 * 100", 21, 1.0)),
    # date-inconsistency
    "D1": dict(rules=["date-inconsistency"], what="time the cable car stopped: 11:42 (wire, live page) vs 12.42pm (tabloid)",
               times=[("cablecar_wire.txt", "11:42", 11 * 60 + 42, True), ("cablecar_live.md", "11:42", 11 * 60 + 42, True),
                      ("cablecar_tabloid.txt", "12.42pm", 12 * 60 + 42, False)]),
    "D2": dict(rules=["date-inconsistency"], what="'Wednesday 10 March' 2026: 10 March 2026 is a Tuesday (the broadcaster dates the recall Tuesday 10 March)",
               weekday=("recall_magazine.txt", "Wednesday 10 March", "2026-03-10", "Wednesday")),
    "D3": dict(rules=["date-inconsistency"], what="uncovered in November 2023 '12 years after' he joined in 2009: it is 14 years",
               years_after=("pension_wire.txt", "12 years after", 2009, 2023, 12)),
    "D4": dict(rules=["date-inconsistency"], what="founded in 1978, '50th anniversary this year' in a 2026 document: it is the 48th",
               anniversary=("fellrunning_figures.md", "50th anniversary", 1978, 2026, 50)),
    # quote-conflict
    "Q1": dict(rules=["quote-conflict"], what="Fiona Drysdale: 'completely satisfied' (wire) vs 'reasonably satisfied' (tabloid)",
               quotes=[("cablecar_wire.txt", "until we are completely satisfied"), ("cablecar_tabloid.txt", "until we are reasonably satisfied")]),
    "Q2": dict(rules=["quote-conflict"], what="Rosa Kettering: 'we take full responsibility' (broadcaster) vs 'we take shared responsibility' (magazine)",
               quotes=[("recall_broadcast.txt", "we take full responsibility"), ("recall_magazine.txt", "we take shared responsibility")]),
    "Q3": dict(rules=["quote-conflict"], what="Eleanor Vance KC: 'who would pay for this: the fund's members' (wire) vs '... the council's taxpayers' (local paper)",
               quotes=[("pension_wire.txt", "pay for this: the fund's members"), ("pension_local.txt", "pay for this: the council's taxpayers")]),
    # unattributed-quote
    "U1": dict(rules=["unattributed-quote"], what="tabloid pull-quote from an unnamed passenger; no speaker in or around it"),
    "U2": dict(rules=["unattributed-quote"], what="magazine pull-quote with no speaker anywhere near it"),
    "U3": dict(rules=["unattributed-quote"], what="bulletin's 'overheard at the counter' quote, no speaker"),
    # footnotes
    "FN1": dict(rules=["footnote-gap"], what="markers and notes run [1], [2], [4], [5]: number 3 is missing (marker [4] and note [4] listed)",
                footnote=("fire_report.txt", "gap", 3)),
    "FN2": dict(rules=["footnote-undefined"], what="marker [^3] has no definition (only [^1] and [^2] are defined)",
                footnote=("recall_shelflife.md", "undefined", 3)),
    "FN3": dict(rules=["footnote-no-notes"], what="markers [1], [2], [3] and no notes section (every marker line listed)",
                footnote=("pension_ledger.md", "no-notes", None)),
}

NOTES = {
    "N1": dict(rules=["quote-altered"], what="bracketed insertion '[gearbox]' inside Drysdale's quote"),
    "N2": dict(rules=["anonymous-source"], what="'One rescuer, who asked not to be named'"),
    "N3": dict(rules=["vague-source"], what="'Industry analysts say'"),
    "N4": dict(rules=["quote-altered"], what="ellipsis '...' and bracketed '[himself]' inside Vance's quote"),
    "N5": dict(rules=["anonymous-source"], what="'A former colleague, who spoke on condition of anonymity'"),
    "N6": dict(rules=["vague-source"], what="'Retail analysts say'"),
    "N7": dict(rules=["footnote-unused"], what="note [6] is never marked in the text"),
}

# arithmetic and calendar facts that traps rely on: (file, substring on a trap line, python expression that must be True)
TRAP_CHECKS = [
    ("cablecar_wire.txt", "16 from Carnmore", "16 + 14 + 12 == 42"),
    ("cablecar_wire.txt", "almost a fifth", "0.17 <= (310000 - 262000) / 262000 <= 0.20"),
    ("cablecar_wire.txt", "85 metres (about 280 feet)", "abs(85 / 0.3048 - 280) < 28"),
    ("cablecar_wire.txt", "31C", "round(31 * 9 / 5 + 32) == 88"),
    ("cablecar_wire.txt", "Friday, July 24", "wd('2026-07-24') == 'Friday'"),
    ("cablecar_live.md", "Saturday 18 July 2026", "wd('2026-07-18') == 'Saturday'"),
    ("cablecar_live.md", "five hours and 23 minutes", "(17 * 60 + 5) - (11 * 60 + 42) == 5 * 60 + 23"),
    ("cablecar_tabloid.txt", "1.5-mile", "abs(2.4 / 1.609344 - 1.5) < 0.05"),
    ("cablecar_tabloid.txt", "15 years ago, in 2011", "2026 - 2011 == 15"),
    ("cablecar_tabloid.txt", "19 July 2026", "wd('2026-07-19') == 'Sunday'"),
    ("recall_broadcast.txt", "Tuesday 10 March 2026", "wd('2026-03-10') == 'Tuesday'"),
    ("recall_broadcast.txt", "up to 0.6%", "0.6 / 100 * 1000 == 6"),
    ("recall_magazine.txt", "a little under seven ounces", "6.3 <= 190 / 28.3495 <= 7"),
    ("recall_magazine.txt", "a little under three pounds", "2.7 <= 2.85 < 3"),
    ("pension_wire.txt", "40 other employers", "40 + 1 == 41"),
    ("pension_local.txt", "107 invoices", "107 + 105 == 212"),
    ("pension_local.txt", "faces 11 charges", "9 + 2 == 11"),
    ("pension_local.txt", "five years later, in 2014", "2014 - 2009 == 5"),
    ("pension_local.txt", "Tuesday 3 February 2026", "wd('2026-02-03') == 'Tuesday'"),
    ("fellrunning_figures.md", "3,701", "round(3701 / 8412 * 100) == 44"),
    ("fellrunning_figures.md", "| North York Moors |", "(1262 - 1187) / 1187 > max((3104 - 2951) / 2951, (2318 - 2206) / 2206, (1728 - 1633) / 1633)"),
    ("fellrunning_figures.md", "| Pennines |", "3104 + 2318 + 1262 + 1728 == 8412 and 2951 + 2206 + 1187 + 1633 == 7977 and 171 + 139 + 84 + 92 == 486"),
    ("fellrunning_figures.md", "42 km (26 miles)", "round(42 / 1.609344) == 26"),
    ("hardware_bulletin.txt", "Thursday 12 March 2026", "wd('2026-03-12') == 'Thursday'"),
    ("hardware_bulletin.txt", "(£342)", "285 * 1.2 == 342"),
    ("hardware_bulletin.txt", "241 respondents (62%)", "round(241 / 388 * 100) == 62"),
    ("hardware_bulletin.txt", "57% of respondents", "57 + 29 < 100"),
    ("hardware_bulletin.txt", "Sunday 19 April to Monday 20 April", "wd('2026-04-19') == 'Sunday' and wd('2026-04-20') == 'Monday'"),
    ("hardware_bulletin.txt", "Thursday 9 April 2026", "wd('2026-04-09') == 'Thursday'"),
    ("fire_report.txt", "of which 4,118", "4118 + 2906 + 2850 == 9874"),
    ("fire_report.txt", "a reduction of 8 per cent", "round((447 - 412) / 447 * 100) == 8"),
    ("fire_report.txt", "about 65 per cent", "abs(31.4 / 48.6 * 100 - 65) < 6.5"),
    ("fire_report.txt", "388; on-call", "388 + 224 == 612"),
]

# the magazine/"Friday 6 March" survey close date
TRAP_CHECKS.append(("hardware_bulletin.txt", "Friday 6 March", "wd('2026-03-06') == 'Friday'"))
