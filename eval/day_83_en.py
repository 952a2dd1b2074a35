# Day 83 (hold-out): a South Australian English channel, morning edition of Wednesday 14 July 2027
# (window 17:00 Tuesday - 05:00 Wednesday Adelaide, Australia/Adelaide = ACST UTC+9:30 in July, no
# daylight saving in winter). Gold answer written before any run: each post's story, its lede (the
# true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Premier Dana Whitcombe on Radio Torrens 1062's
#   "Drive Home" on Tuesday afternoon, quoted about the Mount Gambier sawmill fire (post 4) and about
#   the midwives' strike (post 9), both carrying "Nobody in the South East is going to carry this
#   on their own, not at the mill gate and not on the maternity ward.";
# - a shared wire byline line ("Wire West | Updated: 07-13-2027 23:55 ACST"): the Chilean lithium
#   royalty vote (post 45) and the WTO fishing-subsidies deal (post 48), unrelated stories;
# - the same hospital: Blue Lake Regional Hospital in Mount Gambier takes the sawmill fire's injured
#   (posts 1, 3), the coach rollover's injured (post 16), and is the first hospital named in the
#   midwives' strike (posts 8-13), whose union says staff will answer a mass-casualty call (post 10);
#   Adelaide Central Hospital receives the fire's critical worker (posts 3, 5);
# - the same town: Mount Gambier holds the sawmill fire (posts 1-7), the midwives' strike (posts
#   8-13), the arson verdict in its District Court (posts 29-32) and the gas-drilling protest in the
#   Cave Garden (posts 33-37); Port Pirie holds the level-crossing collision (posts 21-24) and the
#   children's lead report (posts 58-60); Penola / Coonawarra holds the coach rollover (posts
#   14-20) and the burnt winery of the arson verdict;
# - shared officials: Health Minister Priya Nandakumar (strike, coach rollover, lead report); Mayor
#   Lyall Brennan (sawmill fire, protest); Superintendent Karen Odgers (sawmill fire, coach rollover);
#   Premier Whitcombe (fire, strike);
# - look-alike stories: two fires (the sawmill blaze; the winery arson verdict, both near Mount
#   Gambier); two accidents (the coach rollover near Penola; the train-ute collision in Port Pirie),
#   each with a toll or a closed road/line; two court cases (the Riverland water broker's fraud
#   trial in Adelaide, posts 25-28; the arson verdict in Mount Gambier); a strike and a
#   demonstration (midwives; gas-drilling rally, both Mount Gambier, both with an Adelaide date on
#   Thursday: the Commission hearing, the Parliament rally); three water stories (the broker's
#   trial, the water register bill, posts 38-41, and the protest's groundwater fears); two
#   resources items (Kestrel Copper's expansion, posts 42-44; Chile's lithium royalty, posts
#   45-47); the weather bulletin (post 63) kept apart from the fire's smoke advice;
# - a French quake post's "Lire aussi" line names the coach rollover (post 56);
# - stories told from other angles: protecting yourself from the smoke (post 6), the mill's jobs
#   (post 7), what expectant mothers need to know (post 10), a midwife's profile (post 13), the
#   seasonal workers and backpackers (post 18), the road's record (post 19), the French
#   backpackers (post 20), what rail passengers need to know (post 24), the growers in the gallery
#   (post 26), how water trading works (post 27), the winery owner (post 32), the moratorium
#   explainer (post 35), the buses to Adelaide (post 37), the irrigators (post 39), the Breton
#   tuna boats (post 50), the Australians in Sulawesi (post 57), lead testing for parents (post 60);
# - posts in French (the agencies' French service and French papers): posts 20, 46, 49, 50, 54,
#   55, 56 (7 in all);
# - running updates: the fire's toll 1 -> 2 (post 5), the coach toll 1 -> 2 (post 17), the quake
#   toll 4 -> 11 -> 16 (posts 51, 52, 55), the water bill's upper-house vote set for Thursday,
#   the midwives' Commission hearing set for Thursday;
# - a promo posted alone (post 66); filler of importance 0: the netball result (posts 61-62), the
#   weather bulletin (post 63), the horoscope (post 64), the lotto draw (post 65).
NAME = "2027-07-14-en-morning-adelaide-h83"
CHANNEL = {"lang": "en", "tz": "Australia/Adelaide"}
WINDOW = ("2027-07-13T07:30:00Z", "2027-07-13T19:30:00Z")
CTX = {"stamp": "07-13-2027 23:55", "city": "Adelaide", "date_fr": "13 juil", "date_en": "July 13",
       "author": "Meg Tranter", "clarify": "the number of workers taken to hospital",
       "caption": "", "also": "", "country": "Australia",
       "line": "Wire West | Updated: 07-13-2027 23:55 ACST"}
# The editor's top 5: the deadly Mount Gambier sawmill fire, the deadly coach rollover near Penola,
# the midwives' strike, the Sulawesi earthquake, the water register bill vote.
TOP5 = ["mount-gambier-sawmill-fire", "riddoch-highway-coach-rollover",
        "blue-lake-midwives-strike", "sulawesi-earthquake", "sa-water-register-bill-vote"]
SA = "South Australia"
AU = "Australia"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Courts"
COURIER = "adelaidecourier.com.au"
CHRON = "limestonechronicle.com.au"
RIV = "riverlandrecord.com.au"
GULFN = "spencergulfnews.com.au"
SAD = "sadaily.com.au"
RADIO = "radiotorrens.com.au"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
POSTS = [
 # 1. Fire at the Kessling Timber sawmill, Mount Gambier: 1 dead, 4 hurt -> 2 dead. "fire",
 #    "blaze", "kiln fire", "inferno"; Blue Lake Regional Hospital; smoke advice; Premier on radio.
 ("mount-gambier-sawmill-fire", CHRON, "en", 3, 20, 4200, [SA], "caption",
  "Worker killed as fire tears through Mount Gambier sawmill",
  "A worker was killed and four others were injured when fire tore through a kiln shed at the Kessling Timber sawmill on the Jubilee Highway East in Mount Gambier on Tuesday afternoon, police said.",
  "The fire broke out at about 4.40pm. The injured workers were taken to Blue Lake Regional Hospital, Superintendent Karen Odgers of the Limestone Coast police said.",
  {"caption": "Thick smoke rises over the Kessling Timber sawmill on the Jubilee Highway East on Tuesday afternoon."}),
 ("mount-gambier-sawmill-fire", WIRE, "en", 3, 95, 1900, [AU], "reuters",
  "One dead in fire at South Australian timber mill",
  "One person died and four were hurt on Tuesday in a fire at a timber mill in Mount Gambier, in South Australia's south-east, emergency services said, as about 60 firefighters worked to stop the blaze from reaching stacks of dried pine.",
  "Kessling Timber, a family-owned company, employs about 210 people at the site. The cause of the fire was not known.",
  {"city": "Mount Gambier", "date_en": "July 13"}),
 ("mount-gambier-sawmill-fire", COURIER, "en", 3, 170, 3300, [SA], "updated",
  "Sawmill blaze: one injured worker flown to Adelaide in critical condition",
  "One of the four workers injured in the Mount Gambier sawmill fire was flown to Adelaide Central Hospital in a critical condition on Tuesday evening, while the three others were treated at Blue Lake Regional Hospital for burns and smoke inhalation, SA Health said.",
  "The Country Fire Service said the fire was contained by 7.30pm but crews would stay overnight."),
 ("mount-gambier-sawmill-fire", RADIO, "en", 3, 60, 1500, [SA, P], "",
  "Premier promises help for mill workers after fatal fire",
  "Premier Dana Whitcombe promised state support for the workers of the Kessling Timber mill after Tuesday's deadly fire, telling Radio Torrens 1062's \"Drive Home\": \"Nobody in the South East is going to carry this on their own, not at the mill gate and not on the maternity ward.\"",
  "She said SafeWork SA inspectors were on their way to Mount Gambier."),
 ("mount-gambier-sawmill-fire", SAD, "en", 3, 560, 2600, [SA], "",
  "Second worker dies after Mount Gambier mill fire",
  "A second worker has died after the fire at the Kessling Timber sawmill in Mount Gambier, taking the toll to two, police said early on Wednesday.",
  "The 47-year-old man, who had been flown to Adelaide Central Hospital, died shortly after 2am. SafeWork SA and police are investigating the cause of the inferno."),
 ("mount-gambier-sawmill-fire", CHRON, "en", 3, 230, 1800, [SA, H], "",
  "Smoke from mill fire: what east-side residents should do",
  "Residents of Mount Gambier's eastern suburbs should keep windows and doors shut overnight and turn off air conditioners that draw in outside air while smoke from the Kessling Timber sawmill fire lingers, the Environment Protection Authority advised.",
  "People with asthma should keep their reliever puffer on hand and call 000 if they struggle to breathe. Mayor Lyall Brennan said the Lady Nelson centre would stay open overnight for anyone who wanted to leave home."),
 ("mount-gambier-sawmill-fire", COURIER, "en", 3, 400, 1400, [SA, B], "",
  "Kessling mill's 210 jobs on hold after fatal blaze",
  "Shifts for the 210 workers of the Kessling Timber sawmill in Mount Gambier have been cancelled for the rest of the week after Tuesday's fatal fire, and the company said it would keep paying all staff while the site is closed.",
  "The forestry union said it would meet workers at the mill gate on Wednesday morning. Mayor Lyall Brennan called the mill \"the heartbeat of the east side\"."),

 # 2. Midwives' 24-hour strike at Blue Lake Regional Hospital and four other country hospitals,
 #    from 7am Wednesday; Industrial Relations Commission hearing set for Thursday. "strike",
 #    "walk-off", "stoppage", "industrial action".
 ("blue-lake-midwives-strike", CHRON, "en", 3, 35, 2400, [SA, H], "teaser",
  "Midwives to walk off at Blue Lake hospital on Wednesday",
  "Midwives and maternity nurses at Blue Lake Regional Hospital in Mount Gambier and four other country hospitals will walk off the job for 24 hours from 7am on Wednesday over staffing, the South Australian Nursing and Midwifery Union confirmed on Tuesday.",
  "The union says the Mount Gambier maternity ward has run with two vacant midwife positions on most shifts since March."),
 ("blue-lake-midwives-strike", RADIO, "en", 3, 75, 1300, [SA, P], "",
  "Whitcombe urges midwives to hold off on strike",
  "Premier Dana Whitcombe urged country midwives to call off Wednesday's strike and talk, telling Radio Torrens 1062's \"Drive Home\": \"Nobody in the South East is going to carry this on their own, not at the mill gate and not on the maternity ward.\"",
  "She said the government had offered 14 extra midwife positions for regional hospitals."),
 ("blue-lake-midwives-strike", SAD, "en", 3, 300, 2100, [SA, H], "",
  "Midwives' strike: what expectant mothers need to know",
  "Women booked for planned caesareans or inductions at Blue Lake Regional Hospital on Wednesday will be contacted by the hospital to move their appointment, but anyone in labour should come in as usual because emergency care will be staffed, SA Health said.",
  "Antenatal clinics in Mount Gambier, Naracoorte, Port Lincoln, Whyalla and Murray Bridge are cancelled for the day. The union said staff would return to the wards at once if a mass-casualty call came in."),
 ("blue-lake-midwives-strike", COURIER, "en", 3, 380, 1700, [SA, H, P], "",
  "Commission to hear midwives' dispute on Thursday",
  "The South Australian Industrial Relations Commission will hear the dispute between country midwives and SA Health on Thursday morning, a day after the 24-hour stoppage, Health Minister Priya Nandakumar said.",
  "Ms Nandakumar said she would not ask the commission to order the midwives back to work. \"I'd rather we sorted out rosters than wrote orders,\" she said."),
 ("blue-lake-midwives-strike", WIRE, "en", 3, 480, 600, [AU, H], "reuters",
  "South Australian country midwives strike over staffing",
  "Midwives at five regional hospitals in South Australia will strike for 24 hours from Wednesday morning, the first industrial action by the state's midwives in more than a decade, in a dispute over vacancies and rosters.",
  "", {"date_en": "July 13"}),
 ("blue-lake-midwives-strike", CHRON, "en", 3, 620, 900, [SA, H], "",
  "\"We're running on empty\": a Blue Lake midwife on why she is striking",
  "Jodie Kerslake has delivered babies at Blue Lake Regional Hospital for 19 years, and on Wednesday she will stand outside it with a placard for the first time, because, she says, the ward has been short of midwives on most nights since summer.",
  "\"We're running on empty. The women deserve better than one midwife for three labour rooms,\" she said."),

 # 3. Coach carrying vineyard workers rolls on the Riddoch Highway north of Penola: 1 dead, 21
 #    hurt -> 2 dead. "coach", "bus", "rollover", "crash"; Blue Lake hospital; two French
 #    backpackers among the hurt.
 ("riddoch-highway-coach-rollover", CHRON, "en", 3, 80, 3900, [SA], "",
  "One dead, 21 hurt as coach rolls near Penola",
  "One person was killed and 21 were injured when a coach carrying vineyard workers rolled off the Riddoch Highway about eight kilometres north of Penola at about 5.50pm on Tuesday, police said.",
  "The coach was taking pruning crews home from Coonawarra vineyards to Naracoorte. Superintendent Karen Odgers said the highway would stay closed overnight."),
 ("riddoch-highway-coach-rollover", AP, "en", 3, 150, 1100, [AU], "ap",
  "Bus carrying farm workers overturns in Australia, killing one",
  "A bus carrying seasonal farm workers overturned on a highway in southern Australia on Tuesday evening, killing one passenger and injuring 21 others, police said.",
  "", {"city": "Penola"}),
 ("riddoch-highway-coach-rollover", COURIER, "en", 3, 210, 2800, [SA, H], "",
  "Blue Lake hospital calls in extra staff for coach crash victims",
  "Blue Lake Regional Hospital called in off-duty doctors and nurses on Tuesday night to treat 15 people injured in the Riddoch Highway coach crash, while six others were taken to Naracoorte hospital, Health Minister Priya Nandakumar said.",
  "Three patients were in a serious condition. Ms Nandakumar said she would travel to Mount Gambier on Wednesday."),
 ("riddoch-highway-coach-rollover", SAD, "en", 3, 470, 2500, [SA], "",
  "Penola coach crash toll rises to two",
  "A second passenger has died after Tuesday's coach rollover on the Riddoch Highway near Penola, police said early on Wednesday, as investigators examined the vehicle's tyres and the driver's logbook.",
  "The 58-year-old driver returned a negative breath test and was not seriously hurt."),
 ("riddoch-highway-coach-rollover", RADIO, "en", 3, 330, 900, [SA, B], "",
  "Pacific workers and backpackers among Penola crash victims",
  "Most of the 22 people on the coach that rolled near Penola were seasonal workers from Vanuatu and Tonga on the Pacific labour scheme, along with backpackers from France, Germany and Taiwan, the labour hire company Coonawarra Crews said.",
  "The company said it had stood down its bus services until the investigation was complete."),
 ("riddoch-highway-coach-rollover", "naracoorteherald.com.au", "en", 3, 520, 700, [SA], "",
  "Riddoch Highway: locals renew call for overtaking lanes after fatal rollover",
  "Residents and grape growers around Penola renewed their calls for overtaking lanes and wider shoulders on the Riddoch Highway after Tuesday night's fatal coach rollover, saying the road had claimed nine lives in five years.",
  "The Department for Infrastructure said a safety review of the highway was due later this year."),
 ("riddoch-highway-coach-rollover", "courrierdusoir.fr", "fr", 3, 420, 300, [W], "byline_fr",
  "Australie : deux Françaises blessées dans l'accident d'un car d'ouvriers viticoles",
  "Deux jeunes Françaises en vacances-travail figurent parmi les 21 blessés de l'accident d'un autocar qui s'est renversé mardi soir sur une route du sud de l'Australie, faisant un mort, a indiqué le consulat de France à Sydney.",
  "Le car transportait des ouvriers agricoles employés à la taille des vignes de la région de Coonawarra.",
  {"site": "Le Courrier du Soir", "author": "Claire Vautrin"}),

 # 4. Freight train hits a ute at a Port Pirie level crossing; driver killed; line closed.
 ("port-pirie-level-crossing-collision", GULFN, "en", 2, 200, 1600, [SA], "",
  "Driver killed as freight train hits ute in Port Pirie",
  "A 61-year-old man was killed when a freight train hit his ute at the Three Chain Road level crossing in Port Pirie at about 8.10pm on Tuesday, police said.",
  "The train's two crew members were not hurt."),
 ("port-pirie-level-crossing-collision", COURIER, "en", 2, 290, 1200, [SA], "",
  "Port Pirie crossing crash: boom gates were working, rail operator says",
  "The boom gates and lights at the Port Pirie level crossing where a freight train struck a ute on Tuesday night were working at the time, the rail operator said, as crash investigators began examining the scene.",
  "The crossing has had two near-misses reported since 2024, according to the national rail safety regulator."),
 ("port-pirie-level-crossing-collision", WIRE, "en", 2, 360, 400, [AU], "reuters",
  "Freight train collision closes Australia's east-west rail line",
  "A collision between a freight train and a car at a level crossing in Port Pirie closed the main rail line between Adelaide and Perth on Tuesday night, the track manager said.",
  "", {"city": "Port Pirie"}),
 ("port-pirie-level-crossing-collision", SAD, "en", 2, 610, 800, [SA], "",
  "Line through Port Pirie to reopen by midday, passengers face delays",
  "Passengers booked on Wednesday's services through Port Pirie should expect delays of up to five hours, with the line closed after Tuesday night's crossing collision not due to reopen before midday, the track manager said.",
  "Coaches will carry passengers between Adelaide and Port Augusta."),

 # 5. Riverland water broker's fraud trial opens in Adelaide District Court. "trial", "fraud",
 #    "water allocations".
 ("riverland-water-broker-fraud-trial", COURIER, "en", 2, 40, 1500, [SA, C], "",
  "Renmark water broker sold water he never owned, trial told",
  "A Renmark water broker sold $4.8 million of River Murray water allocations he did not own to 31 irrigators, a jury in the District Court in Adelaide heard as his trial opened on Tuesday.",
  "Glen Arkwright, 54, has pleaded not guilty to 43 counts of dishonestly deceiving."),
 ("riverland-water-broker-fraud-trial", RIV, "en", 2, 140, 1300, [SA, C], "",
  "Growers pack public gallery as Arkwright trial begins",
  "More than 20 Riverland growers who say they lost money to broker Glen Arkwright drove to Adelaide to watch the first day of his fraud trial on Tuesday, some of them still paying off water they never received.",
  "\"I paid for 80 megalitres in 2024 and my vines got a dry summer,\" said Loxton citrus grower Angela Fotheringham."),
 ("riverland-water-broker-fraud-trial", RIV, "en", 2, 440, 700, [SA, B], "",
  "Explainer: how water trading works, and where the Arkwright case fits",
  "Irrigators on the River Murray can buy and sell seasonal water allocations through brokers, who arrange the sale and lodge the transfer with the water registry, and in the Arkwright case prosecutors say the transfers were never lodged.",
  "The trial before Judge Wendy Calder is expected to last six weeks."),
 ("riverland-water-broker-fraud-trial", SAD, "en", 2, 590, 500, [SA, C], "",
  "Water broker used buyers' money to pay earlier clients, prosecutor says",
  "Prosecutors told the jury in the trial of Renmark water broker Glen Arkwright that he used new buyers' payments to settle with earlier clients who complained, keeping the scheme going for almost three years.",
  "Mr Arkwright's lawyer said her client had been let down by a trading partner and never meant to cheat anyone."),

 # 6. Arson verdict, Mount Gambier District Court: former cellar hand guilty of burning Redgum
 #    Ridge Estate's barrel hall near Penola in March 2026.
 ("coonawarra-winery-arson-verdict", CHRON, "en", 2, 10, 2000, [SA, C], "byline_en",
  "Former cellar hand guilty of Coonawarra winery arson",
  "A former cellar hand has been found guilty of deliberately lighting the fire that destroyed the barrel hall of the Redgum Ridge Estate winery near Penola last year, after a jury in the District Court in Mount Gambier deliberated for two days.",
  "Tobias Renn, 29, was found guilty of one count of arson causing damage of more than $6 million.",
  {"site": "The Limestone Chronicle", "author": "Nick Salter"}),
 ("coonawarra-winery-arson-verdict", COURIER, "en", 2, 130, 1100, [SA, C], "",
  "Jury finds man lit Redgum Ridge barrel hall fire after sacking",
  "Tobias Renn lit the fire that burnt down the Redgum Ridge Estate barrel hall in March 2026, four weeks after he was sacked, a District Court jury in Mount Gambier found on Tuesday.",
  "Sentencing submissions will be heard on Aug. 9. Renn was remanded in custody."),
 ("coonawarra-winery-arson-verdict", RADIO, "en", 2, 250, 600, [SA, C], "",
  "Arson conviction: more than 1,800 barrels of wine lost",
  "The fire that a jury found Tobias Renn deliberately lit destroyed more than 1,800 barrels of maturing cabernet sauvignon, nearly three vintages of Redgum Ridge Estate's wine, the court heard during the trial.",
  ""),
 ("coonawarra-winery-arson-verdict", CHRON, "en", 2, 510, 900, [SA, B], "",
  "Redgum Ridge owner: \"Now we can finally replant the year\"",
  "Redgum Ridge Estate's owner Margaret Oyelaran said on Tuesday she felt relief after a jury found her former employee guilty of burning the winery's barrel hall, and that the family would open its rebuilt cellar door in September.",
  ""),

 # 7. Rally in Mount Gambier's Cave Garden against lifting the gas-drilling moratorium in the
 #    South East; Adelaide rally planned Thursday. "rally", "protest", "demonstration", "march".
 ("limestone-coast-gas-drilling-protest", CHRON, "en", 2, 110, 2200, [SA, P], "caption",
  "Hundreds rally in Cave Garden against gas drilling plan",
  "About 600 people rallied in Mount Gambier's Cave Garden on Tuesday evening against the state government's plan to lift the moratorium on gas fracking in the South East, saying it would put the region's groundwater at risk.",
  "Mayor Lyall Brennan told the crowd the council had voted unanimously against the plan.",
  {"caption": "Protesters hold candles and placards in the Cave Garden on Tuesday evening."}),
 ("limestone-coast-gas-drilling-protest", SAD, "en", 2, 260, 1100, [SA, P], "",
  "Farmers fear for aquifer as fracking protest grows",
  "Dairy and potato farmers were among the loudest voices at Tuesday's demonstration in Mount Gambier against fracking, warning that one accident could poison the aquifer that waters the region's paddocks and its town supply.",
  "The protest organisers, Keep the South East Clean, said buses would take demonstrators to Parliament House in Adelaide on Thursday."),
 ("limestone-coast-gas-drilling-protest", COURIER, "en", 2, 340, 1000, [SA, P], "",
  "Energy minister stands firm as South East protesters march",
  "Energy Minister Rhys Calloway said on Tuesday the government would not back down on ending the ban on gas fracking in the South East, hours after hundreds of protesters marched through Mount Gambier against it.",
  "\"The science is clear that it can be done safely under strict rules,\" Mr Calloway said."),
 ("limestone-coast-gas-drilling-protest", RADIO, "en", 2, 450, 500, [SA, P], "",
  "Explainer: what the South East fracking moratorium is, and what would change",
  "South Australia has banned hydraulic fracturing for gas in the South East since 2018, and the government's bill would replace the ban with case-by-case approvals by the energy regulator.",
  "The bill is expected in the Legislative Council in August."),
 ("limestone-coast-gas-drilling-protest", CHRON, "en", 2, 640, 600, [SA, P], "",
  "Thursday's Adelaide rally: buses leave Mount Gambier at 5am",
  "Anyone who wants to join Thursday's rally against fracking on the steps of Parliament House can take one of four buses leaving the Mount Gambier civic centre at 5am, Keep the South East Clean said.",
  "Seats are free but must be booked by Wednesday noon."),

 # 8. House of Assembly passes the River Murray Water Register Bill 25-19; Legislative Council
 #    vote scheduled Thursday.
 ("sa-water-register-bill-vote", COURIER, "en", 2, 275, 1700, [SA, P], "",
  "Lower house passes River Murray water register bill",
  "The House of Assembly passed the River Murray Water Register Bill by 25 votes to 19 on Tuesday night, bringing a public register of every water trade in South Australia a step closer.",
  "The bill now goes to the Legislative Council, which is due to vote on Thursday."),
 ("sa-water-register-bill-vote", RIV, "en", 2, 355, 1200, [SA, P], "",
  "Irrigators welcome water register vote, want it in force by summer",
  "Riverland irrigators welcomed the House of Assembly's vote for a public register of water trades on Tuesday night but said it had to be running before the next irrigation season to be of any use.",
  "Growers' lobby Riverland Irrigators said the register should also show the prices paid."),
 ("sa-water-register-bill-vote", SAD, "en", 2, 500, 800, [SA, P], "",
  "Upper house vote on water register set for Thursday, crossbench holds key",
  "Water Minister Helen Strachan will need the votes of at least three crossbench members to pass the water register bill in the Legislative Council on Thursday, after the Opposition said it would vote against it.",
  "The Opposition says the register would expose farmers' private business."),
 ("sa-water-register-bill-vote", WIRE, "en", 2, 650, 300, [AU, B], "reuters",
  "South Australia moves to publish all water trades",
  "South Australia's lower house voted on Tuesday to publish the details of every trade in River Murray water, a first among the states of Australia's largest river system.",
  "", {"date_en": "July 13"}),

 # 9. Kestrel Copper approves A$3.1 billion expansion of its Coondambo mine.
 ("kestrel-copper-expansion", WIRE, "en", 2, 30, 900, [AU, B], "reuters",
  "Kestrel Copper approves A$3.1 bln expansion of Coondambo mine",
  "Kestrel Copper said on Tuesday its board had approved a A$3.1 billion expansion of its Coondambo copper mine in South Australia, doubling output to about 180,000 tonnes a year by 2031.",
  "", {"date_en": "July 13"}),
 ("kestrel-copper-expansion", COURIER, "en", 2, 180, 1300, [SA, B], "",
  "Coondambo expansion to bring 1,400 construction jobs",
  "The expansion of Kestrel Copper's Coondambo mine near Woomera will create 1,400 construction jobs and 600 permanent positions, the company said, with the first work on a new underground decline to start in early 2028.",
  "Mining Minister Tessa Vukovic called it \"the biggest vote of confidence in the north in a generation\"."),
 ("kestrel-copper-expansion", "asiaminingwire.com", "en", 2, 540, 200, [B], "colon",
  "Kestrel Copper to double Coondambo output",
  "Australian miner Kestrel Copper will double production at its Coondambo mine after approving a A$3.1 billion expansion, betting on strong demand for copper from power grids and electric cars.",
  ""),

 # 10. Chilean Senate approves higher lithium royalties (shared byline line with the WTO deal).
 ("chile-lithium-royalty-vote", WIRE, "en", 1, 470, 400, [W, B], "reuters_line",
  "Chile's Senate approves higher lithium royalties",
  "Chile's Senate on Tuesday approved a bill raising the royalties paid by lithium producers in the Atacama salt flat to as much as 45% of sales when prices are high, sending it back to the lower house for a final vote.",
  "Producers warned the increase would slow new investment."),
 ("chile-lithium-royalty-vote", "courrierdusoir.fr", "fr", 1, 560, 150, [W, B], "publie",
  "Chili : le Sénat vote une hausse des redevances sur le lithium",
  "Le Sénat chilien a adopté mardi un projet de loi relevant les redevances versées par les producteurs de lithium du salar d'Atacama, qui pourront atteindre 45 % des ventes quand les cours sont élevés.",
  "Le texte retourne à la Chambre des députés pour un vote final.",
  {"site": "Le Courrier du Soir"}),
 ("chile-lithium-royalty-vote", "upi-like.com", "en", 1, 600, 150, [W], "upi",
  "Chile senators back lithium royalty hike",
  "Chilean senators voted 27-15 on Tuesday to raise royalties on lithium mined in the Atacama desert, a measure President Camila Ossandón's government says will pay for water projects in the north.",
  ""),

 # 11. WTO members agree to cap fuel subsidies for distant-water fishing fleets (Geneva).
 ("wto-fisheries-subsidies-deal", WIRE, "en", 1, 220, 350, [W, B], "reuters_line",
  "WTO members agree to curb subsidies for distant-water fishing fleets",
  "Members of the World Trade Organization agreed in Geneva on Tuesday to cap the fuel subsidies governments pay to fishing fleets that work far from their own waters, the second part of a deal on fishing subsidies first struck in 2022.",
  "The agreement still needs to be ratified by two-thirds of members."),
 ("wto-fisheries-subsidies-deal", ALPES, "fr", 1, 250, 200, [W, B], "ats",
  "Pêche : accord à l'OMC sur les subventions aux flottes lointaines",
  "Les membres de l'Organisation mondiale du commerce se sont mis d'accord mardi à Genève pour plafonner les subventions au carburant versées aux flottes de pêche opérant loin de leurs côtes.",
  "La directrice générale de l'OMC a salué « un pas décisif pour les océans ».",
  {"city": "Genève"}),
 ("wto-fisheries-subsidies-deal", "lamareedubreton.fr", "fr", 1, 530, 150, [W], "soutien",
  "Subventions à la pêche : ce que l'accord de Genève change pour les thoniers",
  "L'accord conclu mardi à l'Organisation mondiale du commerce sur les subventions à la pêche lointaine ne touchera pas les aides aux thoniers bretons qui pêchent dans l'océan Indien sous licence, assure le comité des pêches.",
  ""),

 # 12. Magnitude 6.8 earthquake in Central Sulawesi at 9.12pm local (22.42 Adelaide): toll
 #     4 -> 11 -> 16. "quake", "earthquake", "tremor", "séisme", "secousse".
 ("sulawesi-earthquake", WIRE, "en", 3, 365, 1500, [W], "reuters",
  "Strong quake hits Indonesia's Sulawesi, at least four dead",
  "A magnitude 6.8 earthquake struck Indonesia's Central Sulawesi province on Tuesday night, killing at least four people and damaging houses and a mosque in the town of Poso, the national disaster agency said.",
  "The quake struck at 9.12pm local time at a depth of 18 km. No tsunami warning was issued.",
  {"city": "Jakarta", "date_en": "July 13"}),
 ("sulawesi-earthquake", AP, "en", 3, 430, 1100, [W], "place",
  "Quake in Indonesia kills 11, sends residents fleeing to hills",
  "At least 11 people died when a powerful earthquake shook central Sulawesi late Tuesday, collapsing homes and sending thousands of residents fleeing to higher ground in fear of a tsunami, officials said.",
  "", {"city": "Poso", "country": "Indonesia"}),
 ("sulawesi-earthquake", "gulf-wire.com", "en", 3, 500, 200, [W], "kuna",
  "6.8-magnitude quake strikes Indonesia",
  "An earthquake of magnitude 6.8 struck Indonesia's Sulawesi island on Tuesday at a depth of 18 kilometres, the United States Geological Survey said.",
  "", {"city": "Jakarta", "date_en": "July 13"}),
 ("sulawesi-earthquake", NORD, "fr", 3, 400, 400, [W], "afp",
  "Indonésie : un séisme de magnitude 6,8 frappe Sulawesi, au moins quatre morts",
  "Un séisme de magnitude 6,8 a frappé mardi soir la province de Sulawesi central, en Indonésie, faisant au moins quatre morts et endommageant des maisons dans la ville de Poso, selon l'agence nationale de gestion des catastrophes.",
  "Aucune alerte au tsunami n'a été émise.",
  {"city": "Jakarta", "date_fr": "13 juil"}),
 ("sulawesi-earthquake", NORD, "fr", 3, 620, 350, [W], "actu",
  "Séisme en Indonésie : le bilan monte à 16 morts",
  "Le bilan du tremblement de terre qui a secoué mardi soir l'île indonésienne de Sulawesi est passé à 16 morts et plus de 90 blessés, a annoncé dans la nuit de mardi à mercredi l'agence nationale de gestion des catastrophes.",
  "Des centaines d'habitants de Poso ont passé la nuit dehors par crainte de répliques."),
 ("sulawesi-earthquake", "lecho-pacifique.fr", "fr", 3, 660, 200, [W], "lire",
  "Sulawesi : la secousse réveille le souvenir de Palu",
  "La violente secousse qui a frappé mardi soir le centre de Sulawesi a ravivé chez les habitants le souvenir du séisme et du tsunami de Palu, qui avaient fait plus de 4 000 morts en 2018.",
  "Cette fois, la mer ne s'est pas retirée, selon les pêcheurs de la baie de Tomini.",
  {"also": "Australie : un car d'ouvriers viticoles se renverse près de Penola, un mort"}),
 # (the Australians in Sulawesi: English, local angle)
 ("sulawesi-earthquake", COURIER, "en", 3, 580, 900, [SA, W], "",
  "Sulawesi quake: no Australians reported hurt, DFAT says",
  "The Department of Foreign Affairs and Trade said early on Wednesday it had no reports of Australians hurt in the Sulawesi earthquake, and urged anyone worried about relatives in the area to call its consular emergency centre.",
  "Adelaide's Indonesian community will hold a collection at the Pennington community hall on Saturday."),

 # 13. Port Pirie children's blood lead report (same town as the crossing crash).
 ("port-pirie-lead-levels-report", GULFN, "en", 2, 120, 1400, [SA, H], "donate",
  "Fewer Port Pirie toddlers with high lead levels, report finds",
  "The share of Port Pirie children under five with blood lead above the national reference level fell to 58% last year, from 66% the year before, according to SA Health's annual report released on Tuesday.",
  "It is the lowest figure since testing began under the current standard."),
 ("port-pirie-lead-levels-report", COURIER, "en", 2, 320, 700, [SA, H], "",
  "Nandakumar: lead figures improving but \"still too high\"",
  "Health Minister Priya Nandakumar said the fall in Port Pirie children's lead levels was welcome but still far too high, and announced a further $4 million for cleaning homes near the smelter.",
  ""),
 ("port-pirie-lead-levels-report", GULFN, "en", 2, 450, 500, [SA, H], "",
  "Parents: how to get your child's lead level tested",
  "Port Pirie parents can have their child's blood lead tested for free at the Environmental Health Centre on Ellen Street without a referral, and staff will visit the family home for advice if the result is high, SA Health said.",
  ""),

 # 14. Filler: netball result, weather bulletin, horoscope, lotto, promo.
 ("netball-sandpipers-result", SAD, "en", 0, 150, 2400, ["Sports"], "",
  "Sandpipers edge Squalls 61-58 in thriller",
  "The Adelaide Sandpipers beat the Hobart Squalls 61-58 at Netball SA Stadium on Tuesday night, with goal shooter Tayla Bramwell scoring 44 goals from 47 attempts.",
  "The Sandpipers move to third on the ladder."),
 ("netball-sandpipers-result", COURIER, "en", 0, 280, 900, ["Sports"], "",
  "Bramwell's 44 goals lift Sandpipers over Squalls",
  "Tayla Bramwell scored 44 goals as the Adelaide Sandpipers came from four goals down at three-quarter time to beat the Hobart Squalls 61-58 on Tuesday.",
  ""),
 ("weather-adelaide-wed-jul14", "saweathernow.com.au", "en", 0, 690, 1900, ["Weather"], "",
  "Wednesday forecast: cold front brings showers and gusty winds",
  "Adelaide can expect showers and gusty north-westerly winds on Wednesday as a cold front crosses the state, with a top of 15C, the Bureau of Meteorology said.",
  "Mount Gambier: showers, top of 12C. Port Pirie: a shower or two, top of 16C."),
 ("horoscope-wed-jul14", "starsdownunder.com", "en", 0, 5, 1000, ["Horoscope"], "",
  "Your horoscope for Wednesday, July 14",
  "Aries, someone at work has been waiting for you to make the first move, so make it before lunch and the rest of the week gets easier.",
  "Taurus: a bill you forgot about turns up. Gemini: say yes to the invitation."),
 ("sa-lotto-tue-jul13", "lottsa.com.au", "en", 0, 235, 1200, ["Lottery"], "",
  "Tuesday Lotto results, July 13",
  "The winning numbers in Tuesday night's lotto draw were 3, 9, 17, 26, 31, 38 and 44, with supplementary numbers 12 and 29, and no ticket won the $5 million first-division prize.",
  "The jackpot rises to $7 million next Tuesday."),
 ("promo-limestone-chronicle-newsletter", CHRON, "en", 0, 50, 150, ["Promo"], "",
  "Get The Limestone Chronicle's morning newsletter",
  "Sign up for The Limestone Chronicle's free morning newsletter and get the South East's news, road closures and weather in your inbox by 6am every weekday.",
  "Sign up at limestonechronicle.com.au/newsletter."),
]
