# Tagged source for heldout55. Each document block starts with "@@ relpath | outlet/house style".
# Every other line: TAG ‖ text ‖ what [‖ check-expression]. An empty line is an empty line in the document.
# TAG: T = trap (plain), T! = trap that must stay silent (must_not), Fn = finding line (Fn+Fm for a line
# in two findings), Nn = note line. Checks are Python expressions evaluated by validate.py
# (wd(iso) gives the weekday name).

SPEC = r'''
@@ politics/kestrel_wire.txt | Meridian Press Agency: wire copy with dateline
T ‖ Civic Democrats take Kestrel Vale from Heartland in by-election upset ‖ headline, no figures

T! ‖ AMMERFORD, March 6 (MPA) - The opposition Civic Democrats won the Kestrel Vale and Ammerford by-election early on Friday, taking a seat the governing Heartland Party had held since 1987 and cutting Prime Minister Oskar Villem's working majority. ‖ dateline March 6, 2026 = Friday; 'since 1987' is not a count ‖ wd('2026-03-06')=='Friday'
F1 ‖ Helena Strand, a 44-year-old former county councillor, polled 12,904 votes, according to figures read out by the returning officer. ‖ Strand 12,904 votes (true); age 44 is not a share
T! ‖ That was 44.0 per cent of the 29,312 valid votes cast, in her first attempt at a parliamentary seat. ‖ 12,904/29,312 = 44.02% (correct share) ‖ abs(12904/29312*100-44.0)<0.05
T! ‖ Doug Pemberton, the Heartland candidate and a former army officer, came second with 10,377 votes, leaving Strand with a majority of 2,527. ‖ 12,904-10,377 = 2,527 (correct) ‖ 12904-10377==2527
T! ‖ Anwen Rees of the Commons Alliance was third on 4,215, ahead of the independent Tom Aske, a local publican, on 1,816. ‖ candidates sum to 29,312 valid votes ‖ 12904+10377+4215+1816==29312
F2 ‖ Turnout was 41.2 per cent, down from 63.8 per cent at the general election in July 2024. ‖ turnout 41.2% (true; 29,450/71,480); 63.8% is 2024 (other period) ‖ abs(29450/71480*100-41.2)<0.05
F3 ‖ There are 71,480 voters on the register, about 1,900 more than at that election. ‖ electorate 71,480 (true)
F4 ‖ Of the 29,450 ballot papers counted, 138 were rejected, most of them left blank. ‖ rejected 138 (true); 29,450-138 = 29,312 valid ‖ 29450-138==29312
F22 ‖ "Kestrel Vale has asked for a change of direction, and tonight it got one," Strand told supporters at the Ammerford Leisure Centre, where the count was held. ‖ Strand quote, original words
T! ‖ Pemberton conceded within minutes. "We will listen, we will regroup, and we will be back," he said. ‖ quote with speaker (he = Pemberton); same words in kestrel_live
F15 ‖ The Heartland vote fell to 10,377 from 21,310 at the general election, a drop of 61 per cent. ‖ (21,310-10,377)/21,310 = 51.3%, not 61% ‖ abs((21310-10377)/21310*100-61)>5
T! ‖ The Civic Democrat share rose to 44.0 per cent from 19.5 per cent, more than doubling. ‖ 44.0/19.5 = 2.26 (more than double, correct) ‖ 44.0/19.5>2
F19 ‖ Polls closed at 10 p.m. on Thursday and the result was declared at 3.12 a.m. ‖ declaration 3.12 a.m. (true); Thursday = 5 March
T! ‖ The by-election was called after Gordon Tillery resigned on January 14 to chair the National Infrastructure Board, ending 39 years as the seat's member. ‖ 1987 + 39 = 2026 (correct) ‖ 1987+39==2026
T! ‖ Villem, speaking later on Friday during a visit to a bakery in Port Ellery, said the result was "a message we have heard" and promised to "get on with delivering". ‖ partial quotes attributed to Villem; same words in tabloid
T! ‖ The government's working majority in the 650-seat parliament falls to 31, its lowest since the 2024 election. ‖ parliamentary majority, a different measure from the 2,527 seat majority
T ‖ (Reporting by Lena Harwick; editing by Paul Ostrander) ‖ credit line

@@ politics/clarion_byelection.txt | The Daily Clarion: tabloid, 'yesterday', am/pm, imperial first
T ‖ HEARTLAND HAMMERED! Kestrel Vale voters give Villem a bloody nose ‖ headline
T! ‖ By Rory Baskin, Political Editor | Saturday, March 7, 2026 ‖ March 7, 2026 = Saturday (correct) ‖ wd('2026-03-07')=='Saturday'

F1 ‖ Civic Democrat Helena Strand stormed to victory in the Kestrel Vale by-election yesterday, bagging 12,940 votes in a seat Heartland had held for nearly four decades. ‖ 12,940 vs 12,904 (transposed digits) ‖ 12940!=12904
F19 ‖ The result was read out at 4.12am in a sports hall in Ammerford, and Strand's supporters were still singing when the sun came up. ‖ declared 4.12am vs 3.12 a.m. / 03:12 ‖ (4,12)!=(3,12)
T! ‖ Strand, a mum of two who runs a bike shop in Ammerford, sat on the county council for six years before standing. ‖ background; 'six years' is not a conflict
T! ‖ It was a raw night, with the mercury at 41F (5C) when polls closed at 10pm on Thursday. ‖ 41F = 5C (correct); 41 is a temperature, not turnout; 10pm matches wire ‖ abs((41-32)*5/9-5)<0.1
F25 ‖ "They've had this seat handed to them on a plate since 1987 and they threw it away." ‖ direct quote with no speaker
F2 ‖ Barely 38 per cent of voters bothered to turn out. ‖ turnout 38% vs 41.2% ‖ abs(41.2-38)>1
T! ‖ Heartland's Doug Pemberton trailed in second on 10,377, less than half the 21,310 votes the party won at the 2024 general election. ‖ 10,377 < 21,310/2 = 10,655 (correct) ‖ 10377<21310/2
T! ‖ The Commons Alliance's Anwen Rees was a distant third on 4,215, while Tom Aske, the independent landlord of the Drover's Arms, picked up 1,816 votes. ‖ same figures as wire
F22 ‖ Strand, 44, told cheering activists: "Kestrel Vale asked for a new direction, and tonight it got one." ‖ misquote: 'asked for a new' vs 'has asked for a change of'
N1 ‖ A Heartland insider, who asked not to be named, said the party's own canvass returns had shown the seat slipping away weeks ago. ‖ anonymous source
T! ‖ Pemberton, a former army major, insisted the party would "be back". ‖ partial quote, a substring of his full quote
T! ‖ Strand's majority of 2,527 gives the Civic Democrats their first by-election gain since 2011, 15 years ago. ‖ majority as wire; 2026-2011 = 15 ‖ 2026-2011==15
T! ‖ The sprawling seat, about 45 miles (72km) north of the capital, takes in Ammerford and 23 villages. ‖ 45 mi = 72.4 km ‖ abs(45*1.609344-72)<1
T! ‖ Prime Minister Oskar Villem, 61, said yesterday afternoon the result was "a message we have heard". ‖ same partial quote as wire; yesterday = Friday
T! ‖ The new MP will take her seat on Monday, March 9. ‖ March 9, 2026 = Monday ‖ wd('2026-03-09')=='Monday'

@@ politics/kestrel_live.md | Northgate Broadcasting: live page, timestamped updates, running totals, correction
T ‖ # Kestrel Vale by-election: live count ‖ heading
T ‖ *Northgate Broadcasting live page, following the count through the night of 5 to 6 March 2026* ‖ standfirst, date range

F18 ‖ **22:00** Polls have closed in Kestrel Vale and Ammerford after 15 hours of voting that began at 07:00 on Wednesday 5 March. Ballot boxes are on their way to Ammerford Leisure Centre. ‖ 5 March 2026 was a Thursday (07:00 to 22:00 = 15 h is fine) ‖ wd('2026-03-05')!='Wednesday' and 22-7==15

F3 ‖ **22:35** The returning officer, Margaret Ilsley, tells us 74,180 people are registered to vote in the constituency. Verification of the 61 ballot boxes has begun. ‖ electorate 74,180 vs 71,480 ‖ 74180!=71480

T! ‖ **23:20** Running total: 38 of 61 boxes verified, 17,950 ballot papers so far. ‖ running total, rises to 29,450 later

T! ‖ **00:15** Verification complete, all 61 boxes. Our team at the count hears turnout is being put at 43.1%. ‖ superseded by the 01:58 correction (not a conflict)

N4 ‖ **00:40** Analysts say the Heartland vote looks soft in the town wards, though both main parties insist it is too close to call. ‖ vague source

T ‖ **01:10** Bundles are being counted now. Our producer reckons Strand and Pemberton are level in the Ammerford wards, with Rees some way behind. ‖ no figures

F2 ‖ **01:58** Correction: an earlier post put turnout at 43.1%. The returning officer's confirmed figure is 41.2%, with 29,450 ballot papers verified. ‖ turnout 41.2% (true), supersedes 43.1%; 29,450 is the final running total

T ‖ **02:20** No recount, the returning officer says. The declaration is expected within the hour. ‖ expectation, no figure

F1+F19 ‖ **03:12** RESULT: Helena Strand (Civic Democrats) 12,904; Doug Pemberton (Heartland) 10,377; Anwen Rees (Commons Alliance) 4,215; Tom Aske (Independent) 1,816. ‖ Strand 12,904 and declaration at 03:12 (both true)

T! ‖ **03:14** Civic Democrat GAIN from Heartland. Majority 2,527. Strand's share 44.0%, up from 19.5% in 2024. ‖ consistent with wire

F4 ‖ **03:16** The returning officer also confirmed that 183 ballot papers were rejected. ‖ 183 vs 138 rejected ‖ 183!=138

T! ‖ **03:25** Pemberton concedes: "We will listen, we will regroup, and we will be back." ‖ same words as wire

T! ‖ **03:31** Strand says voters have asked for a change of direction. She thanks the counting staff, some of whom have been on their feet for more than 20 hours. ‖ paraphrase, not a direct quote; 20 hours is another measure

T! ‖ **03:40** Turnout was down 22.6 points on the 2024 general election, when 63.8% voted. ‖ 63.8-41.2 = 22.6 (correct) ‖ abs(63.8-41.2-22.6)<0.01

T! ‖ **04:05** That's all from the count. The new MP is expected to be sworn in on Monday 9 March. ‖ Monday 9 March 2026 correct ‖ wd('2026-03-09')=='Monday'

@@ culture/lantern_brandvold.md | The Lantern Review: magazine feature, numbers in words
T ‖ # The orchard that waited ‖ title
T! ‖ *Kept by one family for eighty-eight years, Ottilie Brandvold's The Salt Orchard is now the most expensive picture she ever painted. By Marguerite Osei-Lamb* ‖ 1938 to 2026 = 88 years (in words) ‖ 2026-1938==88

T! ‖ On a Tuesday evening in May, in the long saleroom of Harcastle & Wyne on Coldharbour Row, a painting of pear trees sold for just over twenty-one million pounds once fees were added, more than three times the artist's previous record. ‖ total 21.4m with fees (words); 21.4/6.35 = 3.4 > 3 ‖ 21.4/6.35>3
T! ‖ It is hard now to recall that Brandvold, who died in 1921 at forty-seven, spent her last decade unable to sell a canvas for the price of a winter coat. ‖ background; 1921 consistent
N5 ‖ Critics say she was written out of the Nordic story by the men who wrote it, and that the market has been slow to disagree. ‖ vague source
F8 ‖ The Salt Orchard, painted in 1911, is eighty inches across and a shade under five feet high, a grove of salt-whitened trees leaning away from the sea. ‖ width 80 in = 203 cm (true); height 146 cm = 4.8 ft ‖ abs(80*2.54-203)<1 and 146/30.48<5
T! ‖ The Lindqvist-Orme family bought it in 1938, seventeen years after her death, and it has not hung in public since the retrospective of 1971, held on the fiftieth anniversary of that death. ‖ 1938-1921 = 17; 1971-1921 = 50 (both correct) ‖ 1938-1921==17 and 1971-1921==50
F6 ‖ Bidding opened at seven million pounds, with five bidders competing, three of them on the telephones. ‖ five bidders (true)
F7 ‖ Fourteen minutes later there was one. ‖ fourteen minutes (true, words)
F26 ‖ "You could hear the room stop breathing." ‖ direct quote with no speaker
F5 ‖ The hammer fell at a little over eighteen million pounds, far above the estimate of nine to twelve million. ‖ hammer ~18.2m (true) vs 16.8m; estimate matches
F23 ‖ Isobel Ferrand, who heads Nordic pictures at the auction house, was composed afterwards. "This is the moment the market finally caught up with Brandvold," she said. ‖ Ferrand quote, original words
N7 ‖ "We knew [the family] had something extraordinary, and we knew the room would know it too," Ferrand added. ‖ bracketed insertion inside a quote
T! ‖ The buyer, bidding by telephone through one of the house's specialists, has not been named. ‖ unnamed buyer, not an anonymous source
T! ‖ The previous Brandvold record, Harbour at Noon, made a little over six and a third million pounds in 2019. ‖ 6.35m = a little over 6 1/3 m ‖ 6.35>19/3 and 6.35-19/3<0.05
T! ‖ Seven years on, that price looks like the last bargain anyone will find in her work. ‖ 2019 + 7 = 2026 ‖ 2019+7==2026

@@ culture/saleroom_ledger.txt | Saleroom Ledger: trade newsletter, bullets, SI units, label: value
T ‖ SALEROOM LEDGER | Weekly trade brief No. 212 | 15 May 2026 ‖ masthead; issue number not a measure
T! ‖ Evening sale: Harcastle & Wyne, Nordic and Northern European Pictures, Tue 12 May 2026, 19:00 ‖ Tue 12 May 2026 correct ‖ wd('2026-05-12')=='Tuesday'

T ‖ TOP LOT ‖ heading
T! ‖ - Artist: Ottilie Brandvold (1874-1921) ‖ life dates consistent with other outlets
T! ‖ - Lot 23: The Salt Orchard, 1911, oil on canvas ‖ lot number is not a measure
F8 ‖ - Dimensions: 146 x 203 cm (h x w) ‖ width 203 cm (true)
T! ‖ - Estimate: GBP 9m-12m ‖ estimate range, same as cbs and magazine
F5 ‖ - Hammer: GBP 18.2m ‖ hammer 18.2m (true)
T! ‖ - Buyer's premium and fees: GBP 3.2m (17.6% of hammer) ‖ 3.2/18.2 = 17.6% ‖ abs(3.2/18.2*100-17.6)<0.05
T! ‖ - Total: GBP 21.4m (EUR 24.6m at 1.15) ‖ 18.2+3.2 = 21.4; 21.4*1.15 = 24.6 ‖ abs(18.2+3.2-21.4)<0.01 and abs(21.4*1.15-24.6)<0.05
T! ‖ - Change vs previous artist record (Harbour at Noon, 2019, GBP 6.35m): +237% ‖ 21.4/6.35-1 = +237% ‖ abs((21.4/6.35-1)*100-237)<0.5
F6 ‖ - Bidders: 5 (3 telephone, 2 in room) ‖ 5 bidders (true); 3+2 = 5 ‖ 3+2==5
F7 ‖ - Bidding time: 21 min ‖ 21 min vs 14 minutes ‖ 21!=14
T! ‖ - Buyer: telephone, not named. Consignor: Lindqvist-Orme family, owners since 1938 ‖ consistent

T ‖ SALE TOTALS ‖ heading
T! ‖ - Lots offered: 48; sold: 41 (85.4% by lot) ‖ 41/48 = 85.4% ‖ abs(41/48*100-85.4)<0.05
T! ‖ - Sale total: GBP 38.9m with premium (pre-sale low estimate GBP 27.5m) ‖ whole-sale total, other scope than the lot
T! ‖ - Top lot share of sale total: 55% ‖ 21.4/38.9 = 55.0% ‖ abs(21.4/38.9*100-55)<0.5
T! ‖ - Lot 24, Brandvold's smaller Shore Study (1909, 61 x 88 cm), made GBP 1.1m hammer against an estimate of GBP 0.6m-0.8m. ‖ another lot: other subject with other dimensions, price and estimate
T! ‖ - Sold by value against low estimate: 141% ‖ 38.9/27.5 = 141.5% ‖ abs(38.9/27.5*100-141)<1

T ‖ DESK NOTES ‖ heading
T! ‖ - Canvas area approx. 2.96 m2, the largest Brandvold to come to auction ‖ 1.46 x 2.03 = 2.96 m2 ‖ abs(1.46*2.03-2.96)<0.01
T! ‖ - Isobel Ferrand (H&W) said the result showed the market had "finally caught up" with the artist. ‖ partial quote, matches magazine wording
T! ‖ - Previous high for a Nordic woman painter at auction: GBP 9.1m (Ester Halvorsen, 2023) ‖ other subject
T! ‖ - Touring exhibition opens Sat 6 June 2026; next sale in the series Tue 10 November 2026 ‖ both weekdays correct ‖ wd('2026-06-06')=='Saturday' and wd('2026-11-10')=='Tuesday'
T! ‖ Desk view: the first eight-figure price for the artist lifts her auction total for the past decade to about GBP 41m, more than half of it from this one lot. ‖ 21.4/41 = 52% > half ‖ 21.4/41>0.5
T! ‖ Harcastle & Wyne says it expects to offer two more Brandvold canvases within 12 months; neither has an estimate yet. ‖ expectation, attributed to the house

@@ culture/cbs_arts_record.txt | Calder Broadcasting Service: broadcaster's web copy
T ‖ Brandvold painting sets £21.4m auction record ‖ headline; total with fees matches ledger
T ‖ Calder Broadcasting Service | Arts | 13 May 2026 ‖ date line, no weekday

T! ‖ A landscape by the early modernist painter Ottilie Brandvold has sold for £21.4m, a record for the artist, at an evening auction in Calderbury on Tuesday. ‖ total with fees 21.4m (true); Tuesday = 12 May
F5 ‖ The hammer price was £16.8m, with the rest of the total made up of the buyer's premium and fees. ‖ hammer 16.8m vs 18.2m ‖ abs(18.2-16.8)>0.05
F6 ‖ Six bidders, three of them on the telephone, competed for The Salt Orchard, which had been estimated at £9m to £12m. ‖ six bidders vs five; estimate matches ‖ 6!=5
F7 ‖ The contest lasted 14 minutes before the hammer came down at 19:48. ‖ 14 minutes (true); 19:48 sale time only here
F23 ‖ Isobel Ferrand, head of Nordic pictures at the auction house Harcastle & Wyne, said: "This is the moment the market finally woke up to Brandvold." ‖ misquote: 'woke up to' vs 'caught up with'
F8 ‖ The canvas, 1.46m high and 2.3m wide, shows pear trees whitened by sea salt on the Vesterholm coast. ‖ width 2.3 m vs 203 cm ‖ abs(2.3-2.03)>0.05
F20 ‖ The sale came 150 years after Brandvold's birth in 1874, and was timed to coincide with a touring exhibition of her work. ‖ 2026-1874 = 152, not 150 ‖ 2026-1874!=150
F16 ‖ The price is almost five times the previous record for her work, the £6.35m paid for Harbour at Noon in 2019. ‖ 21.4/6.35 = 3.4 times, not almost five ‖ 21.4/6.35<4
T! ‖ It was bought by a telephone bidder who has not been identified. ‖ unnamed buyer, not an anonymous source
T! ‖ The painting had been owned by the same family since 1938 and was last shown publicly in 1971. ‖ consistent with magazine
T! ‖ Brandvold died in 1921; until this week no work of hers had sold for more than £10m. ‖ previous record 6.35m < 10m ‖ 6.35<10
T! ‖ Arts commentator Neville Arkwright, who was in the room, said the result "resets the whole field" for women painters of the period. ‖ partial quote, attributed
T! ‖ The evening sale as a whole made £38.9m, with 41 of the 48 lots finding buyers. ‖ whole sale, matches ledger
T! ‖ The touring exhibition opens at the Harlow Street Gallery in Calderbury on Saturday 6 June, with more than 60 works, about a third of them lent by private collectors. ‖ Saturday 6 June 2026 correct ‖ wd('2026-06-06')=='Saturday'

@@ fisheries/spff_bulletin.md | Sarvenna Pelagic Fishermen's Federation: members' bulletin
T ‖ # SPFF Members' Bulletin, December 2026 ‖ masthead
T ‖ ## 2027 Halvard Sea quotas: what the deal means for your boat ‖ heading

F21 ‖ Negotiators for Sarvenna and the Halvard Isles concluded the 2027 coastal states agreement at 23:40 on Wednesday 9 December, after three days of talks in Brennock. ‖ deal on Wed 9 Dec (true; weekday correct) ‖ wd('2026-12-09')=='Wednesday'
F9 ‖ The headline figure is the mackerel total allowable catch (TAC): 412,000 tonnes for 2027, down 14% from 479,000 tonnes this year. ‖ mackerel TAC 412,000 t (true); 412/479 = -14.0% ‖ abs((1-412/479)*100-14)<0.1
F10 ‖ Sarvenna keeps 61% of the mackerel TAC, or 251,320 tonnes; the Halvard Isles take the remaining 39%. ‖ share 61% (true); 0.61 x 412,000 = 251,320 ‖ abs(0.61*412000-251320)<0.5
T! ‖ Herring does better: a TAC of 188,500 tonnes, up 6% on 2026's 177,800 tonnes. ‖ 188.5/177.8 = +6.0% ‖ abs((188500/177800-1)*100-6)<0.1
F17 ‖ The cod bycatch limit falls by 20% to 9,400 tonnes, from 10,900 tonnes in 2026. ‖ (10,900-9,400)/10,900 = 13.8%, not 20% ‖ abs((10900-9400)/10900*100-20)>5
F11 ‖ Both governments will pay into a €42m transition fund for the vessels hit hardest by the mackerel cut, split 60:40 (Sarvenna €25.2m, Halvard €16.8m). ‖ fund 42m (true); 60:40 split correct ‖ abs(42*0.6-25.2)<0.01 and abs(42*0.4-16.8)<0.01
F27 ‖ "We were handed a number and told to be grateful for it." ‖ direct quote with no speaker
T ‖ ### What members need to know ‖ heading
T! ‖ - Quota letters will be issued by Friday 18 December. ‖ Friday 18 Dec 2026 correct ‖ wd('2026-12-18')=='Friday'
T! ‖ - Individual mackerel allocations will fall by roughly 14%, in line with the TAC. ‖ consistent with -14%
T! ‖ - The sharing key is unchanged from 2026, so Sarvenna's own mackerel quota falls by the same 14% as the TAC. ‖ same share both years, so the national quota falls 14% too ‖ abs((1-0.61*412000/(0.61*479000))*100-14)<0.1
T! ‖ - Applications to the transition fund open on Monday 11 January 2027. ‖ Monday 11 Jan 2027 correct ‖ wd('2027-01-11')=='Monday'
T! ‖ - The federation had sought a TAC of at least 450,000 tonnes. ‖ request, not the agreed TAC
N8 ‖ Chair Callum Rennard said the ministry "[had] given away more than it needed to ... in the final hour". ‖ quote altered: bracket and ellipsis
T! ‖ Rennard added: "Our members will fish this quota, and fish it well, but nobody should call this a good outcome." ‖ attributed quote
T! ‖ The federation's 214 pelagic vessels landed 277,600 tonnes of mackerel in 2026, about 95% of Sarvenna's 292,190-tonne share this year. ‖ other period (2026): 0.61 x 479,000 = 292,190; 277,600/292,190 = 95% ‖ abs(0.61*479000-292190)<0.5 and abs(277600/292190*100-95)<0.5
T ‖ Questions to the quota desk: quotas@spff.example, 08:30 to 17:00 on weekdays. ‖ contact line; office hours

@@ fisheries/brennock_courier.txt | The Brennock Courier: regional newspaper, imperial conversions
T ‖ Quota deal 'keeps boats at sea' but mackerel cut bites ‖ headline partial quote; speaker (Elgar) in body
T! ‖ The Brennock Courier | Thursday 10 December 2026 ‖ Thursday 10 Dec 2026 correct ‖ wd('2026-12-10')=='Thursday'

F21 ‖ The agreement struck at the town hall on Tuesday 8 December sets next year's catch limits for the Halvard Sea, and skippers spent yesterday working out what it means for them. ‖ Tue 8 Dec vs Wed 9 Dec (weekday itself is right for the date) ‖ wd('2026-12-08')=='Tuesday' and 8!=9
F9 ‖ Mackerel, worth more to the town than any other species, will be capped at 412,000 tonnes across both fleets, or about 908 million lb. ‖ 412,000 t (true) = 908m lb ‖ abs(412000*2204.62/1e6-908)<1
F10 ‖ Sarvenna's boats will be allowed to land 64 per cent of that, with the Halvard Isles taking the rest. ‖ share 64% vs 61% ‖ 64!=61
F24 ‖ Fisheries Minister Tomas Elgar, who led the talks, said: "This is a hard deal, but it is a deal that keeps our boats at sea." ‖ Elgar quote, original words
T! ‖ Herring fared better, with the total catch set at 188,500 tonnes, up from 177,800. ‖ matches bulletin
F12 ‖ There are 86 boats on the Brennock register, and the harbour master reckons about half of them depend on mackerel for most of their income. ‖ Brennock register 86 boats
N6 ‖ Experts say the stock has been fished above scientific advice for most of the past decade. ‖ vague source
T! ‖ The scientific advice for 2027 was for a catch of no more than 389,000 tonnes. ‖ advice ceiling, not the agreed TAC
F11 ‖ The €42m transition fund will be open to skippers whose mackerel allocation falls by more than 10 per cent. ‖ fund 42m (true); 10 per cent is an eligibility threshold
T! ‖ "I'll lose about 60 tonnes, and that's a month's work," said Jamie Orrick, 52, who fishes the Mary Selden out of Brennock. ‖ speaker after quote; other subject
F12 ‖ With 68 boats on the Brennock register, the council estimates the cut could cost the town's fleet around €6m next year. ‖ 68 vs 86 boats (within document); 6m is a cost estimate, not the fund ‖ 68!=86
T! ‖ Elgar later told the Courier the deal was "hard" but fair. ‖ partial quote consistent with his words here
T! ‖ The talks opened on Monday 7 December and ran for three days. ‖ Monday 7 Dec 2026 correct ‖ wd('2026-12-07')=='Monday'
T! ‖ The cod bycatch limit was set at 9,400 tonnes, about 20.7 million lb. ‖ 9,400 t = 20.7m lb ‖ abs(9400*2204.62/1e6-20.7)<0.05
T ‖ Quota letters are due to reach skippers before Christmas. ‖ no figure

@@ fisheries/fishmarket_daily.txt | Fish Market Daily: business daily desk brief, SI units
T ‖ PELAGIC DESK: Halvard Sea mackerel quota cut, herring edges up ‖ headline
T! ‖ Fish Market Daily | Friday 11 December 2026 ‖ Friday 11 Dec 2026 correct ‖ wd('2026-12-11')=='Friday'

F9 ‖ Sarvenna and the Halvard Isles have set the 2027 mackerel total allowable catch at 418,000 t, a cut of about 13% on this year's 479,000 t. ‖ 418,000 vs 412,000 t (its own 13% is consistent with 418) ‖ abs((1-418/479)*100-13)<0.5 and 418000!=412000
F21 ‖ The agreement was signed late on Wednesday in Brennock after three days of talks. ‖ Wednesday = 9 Dec (true)
F10 ‖ Sarvenna retains 61% of the mackerel TAC, shared among its 214 pelagic licences. ‖ share 61% (true)
T! ‖ Halvard's fleet, with 96 pelagic licences, takes the remaining 39%. ‖ Halvard share 39% = 100-61 (other subject than the Sarvenna share) ‖ 100-61==39
F24 ‖ Fisheries Minister Tomas Elgar told reporters: "This is a tough deal, but it is a deal that keeps our boats at sea." ‖ misquote: 'tough' vs 'hard'
N2 ‖ One negotiator, speaking on condition of anonymity, said the Halvard side had threatened to walk out on Tuesday night over the sharing key. ‖ anonymous source
F11 ‖ A €24m transition fund will compensate the most exposed vessels. ‖ fund 24m vs 42m ‖ 24!=42
T! ‖ Herring TAC: 188,500 t (+6.0%). Blue whiting TAC: 301,000 t (unchanged). ‖ +6.0% correct against 177,800 ‖ abs((188500/177800-1)*100-6.0)<0.05
T! ‖ Market reaction: mackerel first-sale prices at Brennock rose 4.2% on Thursday to €1,390/t, from €1,334/t. ‖ 1,390/1,334 = +4.2% ‖ abs((1390/1334-1)*100-4.2)<0.05
T! ‖ Mackerel futures for March 2027 delivery traded at €1,455/t on Thursday, 4.7% above the first-sale price. ‖ 1,455/1,390 = +4.7%; futures, other measure ‖ abs((1455/1390-1)*100-4.7)<0.05
T! ‖ Desk view: with volumes down and prices up, we expect first-sale revenue for the Sarvenna pelagic fleet to be roughly flat in 2027. ‖ forecast, no figure
T! ‖ Processors expect 2027 mackerel supply to fall by 55,000 to 70,000 t. ‖ forecast range, not a TAC
T! ‖ Scientific advice had been for no more than 389,000 t, below the agreed catch. ‖ advice vs agreed
T! ‖ Sarvenna's processors handled 301,400 t of mackerel in 2025, including imports. ‖ other period and scope
T! ‖ Petra Lund of Nordbank Seafood Research said the pattern was familiar: "Volumes down, prices up." ‖ attributed quote
T! ‖ Federation chair Callum Rennard said the deal gave away "more than it needed to". ‖ partial quote, substring of bulletin quote
T! ‖ Export volumes to the Orrin market fell 8% year on year in November, to 14,700 t from 16,000 t. ‖ 14,700/16,000 = -8.1% ‖ abs((1-14700/16000)*100-8)<0.2

@@ standalone/cso_labour_q1.md | Calverra Statistics Office: official statistics bulletin with table
T ‖ # Labour Market Bulletin: January to March 2026 ‖ title
T! ‖ Calverra Statistics Office | Released Thursday 14 May 2026, 09:30 | Next release Thursday 13 August 2026 ‖ both weekdays correct ‖ wd('2026-05-14')=='Thursday' and wd('2026-08-13')=='Thursday'

T ‖ ## Main points ‖ heading
T! ‖ - Employment rose by 18,800 on the quarter to 2.43 million, the highest level since the series began in 1992. ‖ 2,431.4-2,412.6 = 18.8 thousand ‖ abs(2431.4-2412.6-18.8)<0.01
F13 ‖ - The unemployment rate fell to 4.7%, from 5.2% in October to December 2025. ‖ 4.7% vs table 4.9% (126.3/2,557.7 = 4.94%) ‖ abs(126.3/2557.7*100-4.7)>0.15
T! ‖ - The number of unemployed people fell by 5,600 to 126,300. ‖ 131.9-126.3 = 5.6 thousand ‖ abs(131.9-126.3-5.6)<0.01
T! ‖ - Over the year, unemployment was down 9,100 from 135,400 in January to March 2025. ‖ 135.4-126.3 = 9.1 thousand; other period ‖ abs(135.4-126.3-9.1)<0.01
T! ‖ - The employment rate for people aged 16 to 64 was 74.6%, up 0.3 percentage points on the quarter. ‖ employment rate, a different measure
T! ‖ - Average weekly earnings grew by 4.1% on a year earlier; with consumer price inflation at 2.6%, real pay rose by about 1.5%. ‖ 1.041/1.026 = +1.46% ‖ abs((1.041/1.026-1)*100-1.5)<0.1

T ‖ ## Table 1: Labour force, aged 16 and over (thousands, seasonally adjusted) ‖ caption
T ‖ | | Oct-Dec 2025 | Jan-Mar 2026 | Change | ‖ header row
T ‖ |---|---|---|---| ‖ table rule
T! ‖ | Employed | 2,412.6 | 2,431.4 | +18.8 | ‖ change correct ‖ abs(2431.4-2412.6-18.8)<0.01
T! ‖ | Unemployed | 131.9 | 126.3 | -5.6 | ‖ change correct ‖ abs(126.3-131.9+5.6)<0.01
T! ‖ | Labour force | 2,544.5 | 2,557.7 | +13.2 | ‖ employed + unemployed = labour force; change correct ‖ abs(2412.6+131.9-2544.5)<0.01 and abs(2431.4+126.3-2557.7)<0.01 and abs(2557.7-2544.5-13.2)<0.01
F13 ‖ | Unemployment rate (%) | 5.2 | 4.9 | -0.3 | ‖ 4.9% (true); 5.2% prior quarter correct ‖ abs(126.3/2557.7*100-4.9)<0.05 and abs(131.9/2544.5*100-5.2)<0.05

T! ‖ The unemployment rate is the number of unemployed people as a share of the labour force. ‖ definition
T ‖ ## Regions ‖ heading
T! ‖ Unemployment was highest in Eastmarch, at 6.8%, and lowest in Lowhaven, at 3.1%. ‖ regional rates, other scope than the national rate
T! ‖ Eastmarch accounted for 31,200 of the 126,300 unemployed, just under a quarter. ‖ 31.2/126.3 = 24.7% ‖ 0.2<31.2/126.3<0.25
T! ‖ Youth unemployment (aged 16 to 24) was 12.2%, with 28,400 young people out of work among 232,800 economically active. ‖ 28.4/232.8 = 12.2% ‖ abs(28.4/232.8*100-12.2)<0.05
T ‖ ## Quality and methods ‖ heading
T! ‖ The survey interviewed 18,240 households in the quarter, a response rate of 41%, against 44% a year earlier. ‖ survey response rate, other measure and period
F30 ‖ Source: Labour Force Survey microdata, table LFS-01 (Source link). ‖ placeholder 'Source link'
T ‖ Statistician: Dr Amara Quennell, labour.market@cso.example ‖ contact

@@ standalone/hearthbridge_field.txt | Hearthbridge: NGO field report with ^n markers
T ‖ HEARTHBRIDGE | FIELD REPORT ‖ masthead
T ‖ School Meals Programme, Tamsin Highlands (Orrel and Maddock districts) ‖ title
T! ‖ Visit: Monday 2 March to Friday 6 March 2026. Author: Ines Cartwright-Obi, field coordinator. ‖ both weekdays correct ‖ wd('2026-03-02')=='Monday' and wd('2026-03-06')=='Friday'

T ‖ 1. Summary ‖ section number, not a footnote
F29 ‖ The programme now feeds 11,300 pupils a day in 46 schools, up from 9,860 pupils in 41 schools when the school year began in September.^1 ‖ marker ^1; the report has no notes section
F29 ‖ Pupil numbers are up 14.6%, while the cost of a meal has held at about 31 cents.^2 ‖ marker ^2; 11,300/9,860 = +14.6% (correct) ‖ abs((11300/9860-1)*100-14.6)<0.05
T! ‖ Meals served in the autumn term totalled 742,000, against a target of 800,000. ‖ target vs actual

T ‖ 2. Findings ‖ section number
T! ‖ Attendance at the 46 schools averaged 88% in February, against 79% in February 2025, according to school registers. ‖ other period
N3 ‖ A district education official, who asked not to be named, said two schools in Maddock closed for a week in January when deliveries failed. ‖ anonymous source
F29 ‖ Storage was adequate at 39 of the 46 schools; the other seven need lockable stores, at about $1,150 each, or $8,050 in all.^3 ‖ marker ^3; 46-39 = 7 and 7 x 1,150 = 8,050 (correct) ‖ 46-39==7 and 7*1150==8050
T! ‖ Of the 11,300 pupils fed, 5,540 are girls, or 49%. ‖ 5,540/11,300 = 49.0% ‖ abs(5540/11300*100-49)<0.5
T! ‖ Teachers at Orrel Primary and Kessock Primary reported that the meals have also drawn more girls into school, though registers do not yet show it. ‖ named attribution, not vague
T! ‖ Head teacher Dorcas Mwale at Orrel Primary, where 620 pupils eat each day, said: "Children who used to leave at break now stay until the last bell." ‖ attributed quote; 620 is one school
T! ‖ Her deputy, Samuel Okoth, put it more simply. "They stay because they are not hungry," he said. ‖ speaker in previous sentence

T ‖ 3. Recommendations ‖ section number
T! ‖ - Add the remaining four schools in Maddock district by September, bringing the total to 50. ‖ 46 + 4 = 50 ‖ 46+4==50
T! ‖ - Budget for 2026-27 of $1.42m, up from $1.18m, an increase of about a fifth. ‖ 1.42/1.18 = +20.3% ‖ abs(1.42/1.18-1.2)<0.01
T! ‖ - Recruit 12 more cooks; the programme employs 96 now, about two per school. ‖ 96/46 = 2.1 ‖ abs(96/46-2)<0.15
T ‖ Distribution: programme board, country office, donors. ‖ distribution list

@@ standalone/fallowmead_appeal.txt | Planning Inspectorate: appeal decision with [n] markers and notes
T ‖ Appeal Decision ‖ title
T! ‖ Hearing held on Tuesday 20 January 2026; site visit made on Wednesday 21 January 2026 ‖ both weekdays correct ‖ wd('2026-01-20')=='Tuesday' and wd('2026-01-21')=='Wednesday'
T ‖ by Judith Ambler BA (Hons) MRTPI, an Inspector appointed by the Secretary of State ‖ byline
T! ‖ Decision date: 3 March 2026 ‖ date without weekday
T! ‖ Appeal Ref: APP/K4410/W/25/3391207. Land at Fallowmead Lane, Thresham. ‖ reference number, not a measure

T ‖ Decision ‖ heading
T! ‖ 1. The appeal is dismissed. ‖ paragraph number, not a footnote

T ‖ Main issues ‖ heading
T! ‖ 2. The main issues are the effect of the proposed cold store on the character and appearance of the area, and its effect on highway safety on Fallowmead Lane.[1] ‖ marker [1], note exists

T ‖ Reasons ‖ heading
T! ‖ 3. The site extends to 6.8 hectares (16.8 acres) of arable land on the northern edge of Thresham, outside the settlement boundary in the Local Plan.[2] ‖ 6.8 ha = 16.8 acres; marker [2] ‖ abs(6.8*2.47105-16.8)<0.05
F14 ‖ 4. The building would provide 21,500 square metres of floorspace under a single roof, with a ridge height of 18 metres, covering close to a third of the site. ‖ ridge 18 m; 2.15 ha/6.8 ha = 32% (close to a third, correct) ‖ abs(2.15/6.8-1/3)<0.03
T! ‖ 5. The appellant's landscape assessment identifies 14 viewpoints, and I visited all of them on 21 January.[3] ‖ marker [3]; site visit date consistent
F28 ‖ 6. From viewpoints 9 and 11 the building would break the skyline along roughly 240 metres of the ridge of Hobb's Down.[5] ‖ marker [5] follows [3]: no [4] marker or note
F14 ‖ 7. I do not accept that planting would mitigate this within 15 years; even mature trees of the species proposed would screen little of a building with a 21-metre ridge.[6] ‖ ridge 21 m vs 18 m (within document) ‖ 21!=18
T! ‖ 8. The appellant forecasts 310 heavy goods vehicle movements a day, 155 in each direction, with a peak of 38 in the busiest hour.[7] ‖ 155 x 2 = 310 ‖ 155*2==310
T! ‖ 9. The highway authority's survey recorded 1,940 vehicles a day on the lane in 2025, so the scheme would add about 16% to daily flows. ‖ 310/1,940 = 16.0% ‖ abs(310/1940*100-16)<0.1
T! ‖ 10. The lane is 5.5 metres wide at its narrowest, short of the 6.0 metres the highway authority seeks on routes used by heavy goods vehicles.[8] ‖ standard vs actual width

T ‖ Conclusion ‖ heading
T! ‖ 11. For the reasons given above, and having regard to all other matters raised, I conclude that the appeal should be dismissed. ‖ paragraph number

T ‖ Notes ‖ notes heading
T! ‖ [1] Statement of Common Ground, 9 December 2025, paragraph 2.1. ‖ note 1
T! ‖ [2] Thresham Local Plan 2019-2034, Policy SP3. ‖ note 2
T! ‖ [3] Appellant's Landscape and Visual Impact Assessment, 2025, figure 7. ‖ note 3
F28 ‖ [5] Council's Landscape Proof of Evidence, Appendix C, viewpoints 9 to 11. ‖ note 5, with no note 4
T! ‖ [6] Appellant's planting schedule, revision D. ‖ note 6
T! ‖ [7] Transport Assessment, table 6.2. ‖ note 7
T! ‖ [8] Highway authority consultation response, 12 November 2025. ‖ note 8
'''

FINDINGS = {
 'F1': (['numeric-conflict'], 'Strand votes: 12,904 (wire, live) vs 12,940 (tabloid)'),
 'F2': (['numeric-conflict'], 'turnout: 41.2% (wire; live after correction) vs 38% (tabloid)'),
 'F3': (['numeric-conflict'], 'electorate: 71,480 (wire) vs 74,180 (live)'),
 'F4': (['numeric-conflict'], 'rejected ballot papers: 138 (wire) vs 183 (live)'),
 'F5': (['numeric-conflict'], 'hammer price: GBP 18.2m (ledger; magazine "a little over eighteen million") vs 16.8m (cbs)'),
 'F6': (['numeric-conflict'], 'bidders: 5 (ledger, magazine "five") vs six (cbs)'),
 'F7': (['numeric-conflict'], 'bidding time: 14 minutes (cbs, magazine "fourteen") vs 21 min (ledger)'),
 'F8': (['numeric-conflict'], 'canvas width: 203 cm (ledger; magazine 80 inches) vs 2.3 m (cbs)'),
 'F9': (['numeric-conflict'], '2027 mackerel TAC: 412,000 t (bulletin, courier) vs 418,000 t (fishmarket)'),
 'F10': (['numeric-conflict'], 'Sarvenna share of mackerel TAC: 61% (bulletin, fishmarket) vs 64 per cent (courier)'),
 'F11': (['numeric-conflict'], 'transition fund: EUR 42m (bulletin, courier) vs 24m (fishmarket)'),
 'F12': (['numeric-conflict'], 'boats on the Brennock register: 86 vs 68 within brennock_courier'),
 'F13': (['numeric-conflict'], 'unemployment rate Jan-Mar 2026: 4.7% (main points) vs 4.9% (table) within cso_labour_q1'),
 'F14': (['numeric-conflict'], 'ridge height: 18 m (para 4) vs 21-metre (para 7) within fallowmead_appeal'),
 'F15': (['numeric-arithmetic'], 'Heartland vote 21,310 -> 10,377 called a 61% drop; it is 51.3%'),
 'F16': (['numeric-arithmetic'], 'GBP 21.4m called "almost five times" the GBP 6.35m record; it is 3.4 times'),
 'F17': (['numeric-arithmetic'], 'cod bycatch 10,900 -> 9,400 t called a 20% cut; it is 13.8%'),
 'F18': (['date-inconsistency'], '"Wednesday 5 March" 2026: 5 March 2026 is a Thursday'),
 'F19': (['date-inconsistency', 'numeric-conflict'], 'result declared at 3.12 a.m. (wire) / 03:12 (live) vs 4.12am (tabloid)'),
 'F20': (['date-inconsistency'], '"150 years after Brandvold\'s birth in 1874" in 2026: it is 152 years'),
 'F21': (['date-inconsistency'], 'quota deal concluded Wednesday 9 December (bulletin, fishmarket "Wednesday") vs Tuesday 8 December (courier)'),
 'F22': (['quote-conflict'], 'Strand: "has asked for a change of direction" (wire) vs "asked for a new direction" (tabloid)'),
 'F23': (['quote-conflict'], 'Ferrand: "finally caught up with Brandvold" (magazine) vs "finally woke up to Brandvold" (cbs)'),
 'F24': (['quote-conflict'], 'Elgar: "This is a hard deal" (courier) vs "This is a tough deal" (fishmarket)'),
 'F25': (['unattributed-quote'], 'tabloid: "They\'ve had this seat handed to them on a plate..." with no speaker'),
 'F26': (['unattributed-quote'], 'magazine: "You could hear the room stop breathing." with no speaker'),
 'F27': (['unattributed-quote'], 'bulletin: "We were handed a number and told to be grateful for it." with no speaker'),
 'F28': (['footnote-gap'], 'appeal decision: markers [1],[2],[3],[5]...; no [4] marker or note'),
 'F29': (['footnote-no-notes'], 'field report uses ^1 ^2 ^3 markers but has no notes section'),
 'F30': (['source-placeholder'], 'statistics bulletin: "(Source link)" placeholder'),
}

NOTES = {
 'N1': (['anonymous-source'], 'tabloid: "A Heartland insider, who asked not to be named"'),
 'N2': (['anonymous-source'], 'fishmarket: "One negotiator, speaking on condition of anonymity"'),
 'N3': (['anonymous-source'], 'field report: "A district education official, who asked not to be named"'),
 'N4': (['vague-source'], 'live page: "Analysts say"'),
 'N5': (['vague-source'], 'magazine: "Critics say"'),
 'N6': (['vague-source'], 'courier: "Experts say"'),
 'N7': (['quote-altered'], 'magazine: "[the family]" inside Ferrand quote'),
 'N8': (['quote-altered'], 'bulletin: "[had]" and "..." inside Rennard quote'),
}
