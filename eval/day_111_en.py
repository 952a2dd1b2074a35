# Day 111: a Tucson English channel (Tucson and southern Arizona), morning edition of Thursday
# 16 December 2027 at 07:00 (window 19:00 Wednesday - 07:00 Thursday Tucson, America/Phoenix =
# UTC-7, no summer time). Gold answer written before any run: each post's story, its lede (the true
# first sentence) and the TOP5 below. Every person, company and outlet is invented.
#
# Traps:
# - one TV interview, two stories, same quote: Tucson Mayor Benjamin Okafor-Reyes on KCAT 9's
#   "Tucson Tonight" on Wednesday evening, quoted about the South Tucson apartment fire (post 14)
#   and about the school board's closures vote (post 42), both carrying "Every family in this city
#   deserves a roof it can count on and a school it can walk to, and tonight too many of them have
#   neither.";
# - a shared wire byline line ("Wire West | Updated: 12-15-2027 20:14 MST"): the low-fare airline's
#   new base at Tucson International Airport (post 47) and the sale of the Santa Cruz Valley pecan
#   orchards (post 50), two minutes apart, unrelated short business items;
# - the same hospital: Santa Rita Regional Hospital takes the shuttle bus crash's injured (post 3)
#   and its nurses begin a strike the same evening (posts 23-29; post 26 says the hospital took in
#   seven patients from the bus rollover with replacement nurses on duty);
# - the same court: the federal courthouse in Tucson, where a jury convicts the charter school
#   founder (posts 34-37) and a landscaper is sentenced for stealing saguaros (posts 38-40), on the
#   same Wednesday;
# - the same airport: Tucson International Airport, where the shuttle bus's passengers had landed
#   (posts 1, 4) and where the low-fare airline opens a base (posts 47-49);
# - the same places: Green Valley and Sahuarita hold the bus rollover (posts 1-7), the mine strike
#   (posts 30-31) and the pecan orchards (post 52); Montreal companies in the mine strike and the
#   orchards' sale, and Quebec victims in the rollover;
# - look-alike stories: two road crashes (the I-19 shuttle bus rollover near Green Valley, posts
#   1-7; the wrong-way crash on Oracle Road, posts 8-11); two fires (the South Tucson apartment
#   fire, posts 12-18; the Marana pallet yard fire, posts 19-22); two strikes (the hospital's
#   nurses, posts 23-29; the Canoa Ridge copper miners, posts 30-33); two federal court stories
#   (posts 34-37, 38-40); a school board vote (posts 41-46) and a charter school verdict; the snow
#   closure of the Catalina Highway (posts 54-56) kept apart from the weather bulletin (post 59);
# - one night story revised in the morning by a second source: the bus rollover, two dead (DPS,
#   evening, posts 1, 4) then three dead and 24 hurt (Pima County Sheriff's Department, morning,
#   posts 6-7); the apartment fire, one dead and about 30 displaced (fire department, evening, post
#   12) then two dead and 62 displaced (police and Red Cross, morning, posts 16-17);
# - one story told in two languages by different agencies with different words: the bus rollover
#   ("rollover", "crash", "overturned", "flipping" / "accident", "s'est renversé", "navette
#   accidentée"); the pecan orchards ("buys", "deal" / "rachat", "acquiert"); the mine strike
#   ("strike", "walkout" / "grève");
# - stories told from other angles: witnesses (post 2), the Sherbrooke retirees (post 5), the
#   neighbors' barriers (post 10), the balconies (post 13), the shelter (post 15), how to help the
#   fire's families (post 17), the landlord's record (post 18), the recycler's warnings (post 22),
#   what patients need to know (post 27), the miners' families (post 31), copper prices (post 33),
#   the charter parents (post 35), how rangers tracked the cactuses (post 39), which schools close
#   (post 44), the bus rides (post 46), the airline's fares (post 49), the orchards' water (post 52),
#   why the fund bets on pecans (post 53), the ski area (post 56);
# - posts in French (agencies' French service and Quebec papers): posts 4, 5, 7, 32, 51, 53;
# - a "Read more" line naming another story (the bus rollover) in a wrong-way crash post (post 9);
#   a teaser (post 13); a photo caption (post 2); an update note (post 16);
# - a promo posted alone (post 61); filler of importance 0: the Sonoran State result (posts 57-58),
#   the weather bulletin (post 59), the lottery draw (post 60).
NAME = "2027-12-16-en-morning-tucson-h111"
CHANNEL = {"lang": "en", "tz": "America/Phoenix"}
WINDOW = ("2027-12-16T02:00:00Z", "2027-12-16T14:00:00Z")
CTX = {"stamp": "12-15-2027 20:14", "city": "Tucson", "date_fr": "15 déc", "date_en": "Dec. 15",
       "author": "Marisela Bojórquez", "clarify": "the number of people injured",
       "caption": "", "also": "", "country": "Arizona",
       "line": "Wire West | Updated: 12-15-2027 20:14 MST"}
# The editor's top 5: the I-19 shuttle bus rollover, the South Tucson apartment fire, the nurses'
# strike, the school closures vote, the copper miners' strike.
TOP5 = ["i19-shuttle-bus-rollover", "south-tucson-apartment-fire",
        "santa-rita-hospital-nurses-strike", "tusd-seven-schools-closure-vote",
        "canoa-ridge-copper-mine-strike"]
AZ = "Arizona"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
E = "Education"
PUEBLO = "oldpueblotimes.com"
BEACON = "desertbeacon.com"
KCAT = "kcat9news.com"
SCV = "santacruzvalleysun.com"
PIMA = "pimapost.com"
NORTHW = "northwestnewsaz.com"
BORDERL = "azborderlands.com"
BIZ = "southwestbizjournal.com"
SCHOOLS = "azschoolsreport.com"
MINES = "minesandmetals.com"
CAREW = "carewatchaz.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
UPI = "upi-like.com"
NORD = "agence-nord.fr"
ESTRIE = "lavoixdelestrie.ca"
LAUR = "lapresselaurentienne.ca"
POSTS = [
 # 1. I-19 shuttle bus rollover near Green Valley; passengers Quebec winter visitors from the
 #    airport. Two dead (DPS, evening) -> three dead, 24 hurt (sheriff, morning).
 ("i19-shuttle-bus-rollover", PUEBLO, "en", 3, 30, 3500, [AZ], "",
  "Two killed as shuttle bus rolls over on I-19 near Green Valley",
  "Two people were killed when a charter shuttle bus carrying 31 passengers from Tucson International Airport rolled over into the median of Interstate 19 near Green Valley on Wednesday evening, the Arizona Department of Public Safety said.",
  "The southbound lanes were closed at the Duval Mine Road exit."),
 ("i19-shuttle-bus-rollover", SCV, "en", 3, 75, 2100, [AZ], "caption",
  "Witnesses describe bus flipping after tire blew",
  "Drivers who stopped to help said the shuttle swerved, clipped the guardrail and turned over twice after a loud bang from a front tire, throwing suitcases across the southbound lanes.",
  "Several passengers climbed out through the roof hatch.",
  {"caption": "Firefighters stand beside the overturned white shuttle bus in the median of Interstate 19 south of Tucson on Wednesday night.",
   "site": "The Santa Cruz Valley Sun"}),
 ("i19-shuttle-bus-rollover", KCAT, "en", 3, 140, 1900, [AZ, H], "",
  "Bus crash victims taken to Santa Rita Regional and Northwest Desert",
  "Seventeen passengers from the overturned shuttle were taken to Santa Rita Regional Hospital and Northwest Desert Medical Center, five of them in serious condition, Green Valley Fire District said.",
  "Most of the passengers are retirees in their sixties and seventies."),
 ("i19-shuttle-bus-rollover", NORD, "fr", 3, 260, 350, [W], "afp",
  "Arizona : deux morts dans l'accident d'un autocar transportant des retraités québécois",
  "Deux personnes ont été tuées mercredi soir lorsqu'un autocar qui transportait une trentaine de retraités, en majorité québécois, s'est renversé sur une autoroute du sud de l'Arizona, a annoncé la police de l'Etat.",
  "Le véhicule conduisait les passagers de l'aéroport de Tucson vers une résidence pour hivernants.",
  {"city": "Montréal", "date_fr": "16 déc"}),
 ("i19-shuttle-bus-rollover", ESTRIE, "fr", 3, 380, 600, [W], "byline_fr",
  "Des hivernants de Sherbrooke parmi les blessés en Arizona",
  "Une vingtaine de retraités de Sherbrooke et de Magog qui partaient passer l'hiver au soleil se trouvaient à bord de la navette accidentée mercredi en Arizona, selon le club de l'âge d'or qui avait organisé le voyage.",
  "Les familles attendaient toujours jeudi matin des nouvelles de l'hôpital.",
  {"author": "Guylaine Tremblay-Roy", "site": "La Voix de l'Estrie"}),
 ("i19-shuttle-bus-rollover", AP, "en", 3, 610, 1800, [AZ, US], "ap",
  "Third person dies after Arizona shuttle crash; 24 hurt",
  "A third passenger has died after a shuttle bus carrying Canadian winter visitors overturned on Interstate 19 south of Tucson, and 24 people were injured, the Pima County Sheriff's Department said early Thursday.",
  "Investigators are examining the tires and the driver's logbook.",
  {"city": "Green Valley"}),
 ("i19-shuttle-bus-rollover", LAUR, "fr", 3, 660, 500, [W], "",
  "Autocar renversé en Arizona : le bilan passe à trois morts",
  "Le bilan de l'accident de la navette qui s'est renversée en Arizona s'est alourdi à trois morts jeudi, et Ottawa a confirmé que les trois victimes étaient des Québécois.",
  "Affaires mondiales Canada dit être en contact avec les familles."),

 # 2. Wrong-way crash on Oracle Road in Oro Valley: two drivers dead.
 ("oracle-road-wrong-way-crash", NORTHW, "en", 2, 250, 1500, [AZ], "",
  "Two dead in wrong-way crash on Oracle Road",
  "Two drivers were killed when a pickup traveling south in the northbound lanes of Oracle Road hit a sedan head-on in Oro Valley shortly before 11 p.m. on Wednesday, the Oro Valley Police Department said.",
  "Oracle Road was closed between Tangerine Road and Rancho Vistoso Boulevard for six hours."),
 ("oracle-road-wrong-way-crash", PIMA, "en", 2, 420, 900, [AZ, C], "",
  "Police look at impairment in Oro Valley head-on collision",
  "Oro Valley police said on Thursday they were investigating whether the wrong-way driver, a 46-year-old man from Catalina, had been drinking, after officers found open beer cans in his truck.",
  "The other driver, a 23-year-old baker, was on his way to an early shift.\n\nRead more: Three dead as shuttle bus rolls over on Interstate 19"),
 ("oracle-road-wrong-way-crash", "orovalleyvoice.com", "en", 2, 560, 1100, [AZ], "",
  "Oro Valley neighbors want barriers on Oracle after fatal wreck",
  "Residents of Rancho Vistoso said on Thursday morning they had asked the town for years for concrete barriers along the stretch of Oracle Road where a wrong-way pickup killed two people overnight.",
  ""),
 ("oracle-road-wrong-way-crash", AP, "en", 2, 640, 500, [US], "ap",
  "Arizona wrong-way crash is state's 40th this year",
  "A head-on crash that killed two drivers north of Tucson late Wednesday was the 40th wrong-way collision on an Arizona highway this year, state transportation figures show.",
  "",
  {"city": "Oro Valley"}),

 # 3. South Tucson apartment fire: one dead, about 30 displaced (evening) -> two dead, 62 displaced
 #    (morning). Mayor Okafor-Reyes on KCAT 9 (shared quote).
 ("south-tucson-apartment-fire", KCAT, "en", 3, 50, 3300, [AZ], "",
  "One dead, dozens homeless in South Tucson apartment fire",
  "A woman died and about 30 people were forced from their homes when fire tore through the Las Palomas apartments on South Sixth Avenue on Wednesday evening, the Tucson Fire Department said.",
  "Flames were showing from the second floor when the first engine arrived at 7:38 p.m."),
 ("south-tucson-apartment-fire", PUEBLO, "en", 3, 110, 2400, [AZ], "teaser",
  "Residents threw children to neighbors below as flames spread",
  "Parents on the upper floor of the burning Las Palomas building dropped their children from balconies into the arms of neighbors before firefighters could reach them, witnesses said.",
  "Two children were treated for minor injuries."),
 ("south-tucson-apartment-fire", KCAT, "en", 3, 160, 1700, [AZ, P], "",
  "Mayor: apartment fire shows city's housing crisis",
  "Mayor Benjamin Okafor-Reyes said Wednesday that the families burned out of the Las Palomas apartments would be housed by the city until they found new homes, telling KCAT 9's \"Tucson Tonight\": \"Every family in this city deserves a roof it can count on and a school it can walk to, and tonight too many of them have neither.\"",
  "The city has about 400 emergency housing vouchers left for the winter."),
 ("south-tucson-apartment-fire", BEACON, "en", 3, 300, 1200, [AZ], "",
  "Red Cross opens shelter in Pueblo High gym for fire victims",
  "The American Red Cross opened an overnight shelter in the gym of Pueblo High School for residents displaced by the Las Palomas fire, with cots for 80 people, a spokeswoman said.",
  ""),
 ("south-tucson-apartment-fire", PIMA, "en", 3, 590, 2000, [AZ, C], "updated",
  "Second body found in Las Palomas ruins; 62 displaced",
  "Firefighters found a second body in the gutted Las Palomas apartment complex early Thursday, and the Red Cross said 62 residents, including 25 children, had lost their homes, Tucson police said.",
  "The cause of the blaze is under investigation; arson detectives were at the scene.",
  {"clarify": "the number of residents displaced"}),
 ("south-tucson-apartment-fire", BEACON, "en", 3, 630, 900, [AZ], "",
  "How to help families who lost their homes in the Las Palomas fire",
  "The Community Food Bank and the Red Cross are taking donations of money, winter coats and children's clothes for the 62 people displaced by Wednesday's fire, and a fund has been set up at the Sixth Avenue credit union.",
  "Do not drop off goods at the burned building."),
 ("south-tucson-apartment-fire", PIMA, "en", 3, 680, 700, [AZ, P], "",
  "Las Palomas owner cited for broken smoke alarms last year",
  "The company that owns the Las Palomas apartments was cited by city inspectors in 2026 for broken smoke alarms and a blocked fire escape in the same building, records show.",
  ""),

 # 4. Marana pallet yard fire; shelter-in-place for Continental Ranch.
 ("marana-pallet-yard-fire", NORTHW, "en", 2, 90, 1400, [AZ], "",
  "Pallet yard blaze sends smoke over Marana",
  "A fire at a wooden pallet recycling yard off Tangerine Road in Marana sent thick smoke over the northwest side on Wednesday evening, and about 70 firefighters from four districts were called in, Northwest Fire District said.",
  "Stacks of pallets up to 20 feet high were burning."),
 ("marana-pallet-yard-fire", KCAT, "en", 2, 200, 1000, [AZ, H], "",
  "Continental Ranch told to stay indoors as pallet fire burns",
  "Residents of Continental Ranch and Dove Mountain were told to stay indoors with windows closed and air conditioners off while smoke from the pallet yard fire drifted south overnight, Marana police said.",
  ""),
 ("marana-pallet-yard-fire", NORTHW, "en", 2, 540, 800, [AZ], "",
  "Marana fire contained, crews to stay all day",
  "Firefighters contained the pallet yard fire in Marana around 4 a.m. on Thursday, but crews will stay all day to put out hot spots deep inside the piles, Northwest Fire District said.",
  "No one was hurt."),
 ("marana-pallet-yard-fire", "maranamirror.com", "en", 2, 650, 500, [AZ, B], "",
  "Pallet recycler had been warned about height of stacks",
  "The company that runs the burned pallet yard had been told twice this year by the fire district to lower its stacks and widen the lanes between them, according to inspection reports.",
  ""),

 # 5. Nurses' three-day strike at Santa Rita Regional Hospital from 7 p.m. Wednesday.
 ("santa-rita-hospital-nurses-strike", PUEBLO, "en", 3, 5, 2700, [AZ, H], "",
  "Santa Rita Regional nurses walk out at 7 p.m.",
  "About 1,100 nurses at Santa Rita Regional Hospital began a three-day strike at 7 p.m. on Wednesday, the first at a Tucson hospital, after talks over staffing levels failed, the Arizona Nurses Alliance said.",
  "The union wants a cap of four patients per nurse on medical wards."),
 ("santa-rita-hospital-nurses-strike", BEACON, "en", 3, 100, 1500, [AZ, H], "",
  "Candlelight picket outside Santa Rita as strike begins",
  "Hundreds of nurses in red scrubs held candles on the sidewalk along Campbell Avenue on Wednesday night as the strike began, chanting \"safe staffing saves lives\".",
  ""),
 ("santa-rita-hospital-nurses-strike", CAREW, "en", 3, 180, 900, [H, B], "",
  "Hospital flies in 600 replacement nurses",
  "Santa Rita Regional Hospital said it had brought in about 600 agency nurses from other states to keep all its wards and its emergency room open during the walkout, at a cost it would not disclose.",
  "The hospital says the union's staffing demands would cost $38 million a year."),
 ("santa-rita-hospital-nurses-strike", KCAT, "en", 3, 240, 1300, [AZ, H], "",
  "Strike-hit hospital treats bus crash injured",
  "Santa Rita Regional Hospital took in seven patients from Wednesday's shuttle bus rollover with replacement nurses on duty in its trauma unit, its chief medical officer said, insisting that care was not affected by the strike.",
  "The union said its members had offered to return to treat the injured."),
 ("santa-rita-hospital-nurses-strike", CAREW, "en", 3, 350, 1100, [H], "",
  "Nurses' strike: what patients need to know",
  "Patients with appointments at Santa Rita Regional Hospital on Thursday and Friday should go as planned unless they are called, the hospital said, but some non-urgent surgeries have been moved to next week.",
  "Clinics not run by the hospital are not affected."),
 ("santa-rita-hospital-nurses-strike", "azstatehousewire.com", "en", 3, 480, 700, [AZ, P], "",
  "Legislators urge state mediator in hospital dispute",
  "Four southern Arizona state legislators asked the governor on Thursday to send a mediator to end the nurses' walkout at Santa Rita Regional, saying the hospital and union had not met since Monday.",
  ""),
 ("santa-rita-hospital-nurses-strike", PUEBLO, "en", 3, 670, 1600, [AZ, H], "",
  "No talks scheduled as nurses' strike enters first full day",
  "Neither Santa Rita Regional Hospital nor the nurses' union had scheduled new talks by early Thursday, as the walkout entered its first full day and picket lines formed again at the shift change at 6:45 a.m.",
  ""),

 # 6. Strike at the Canoa Ridge copper mine near Sahuarita (Montreal-owned).
 ("canoa-ridge-copper-mine-strike", MINES, "en", 2, 280, 1000, [AZ, B], "",
  "Canoa Ridge copper miners go on strike at midnight",
  "About 800 workers at the Canoa Ridge open-pit copper mine near Sahuarita went on strike at midnight over pensions and shift lengths, the United Mine and Mill Workers said, halting production at one of Arizona's largest mines.",
  "The mine is owned by Montreal-based Minéraux Boréal."),
 ("canoa-ridge-copper-mine-strike", SCV, "en", 2, 400, 1300, [AZ], "",
  "Sahuarita families brace for long walkout at the mine",
  "Families in Sahuarita and Green Valley who depend on Canoa Ridge paychecks said on Thursday they were ready for a long walkout, with the union's strike fund paying $400 a week.",
  ""),
 ("canoa-ridge-copper-mine-strike", LAUR, "fr", 2, 520, 300, [B, W], "",
  "Grève à la mine de cuivre de Minéraux Boréal en Arizona",
  "Les quelque 800 travailleurs de la mine de cuivre Canoa Ridge, propriété du groupe montréalais Minéraux Boréal, ont déclenché une grève dans la nuit de mercredi à jeudi en Arizona.",
  "Le titre du groupe était attendu en baisse à l'ouverture de la Bourse de Toronto."),
 ("canoa-ridge-copper-mine-strike", WIRE, "en", 2, 600, 400, [B], "reuters",
  "Copper prices edge up as Arizona mine halted by strike",
  "Copper prices rose 1% in Asian trading on Thursday after a strike shut the Canoa Ridge mine in Arizona, which produces about 2% of U.S. copper.",
  "",
  {"city": "Singapore", "date_en": "Dec 16"}),

 # 7. Federal jury convicts charter school network founder of grant fraud.
 ("desert-sky-charter-fraud-verdict", PIMA, "en", 2, 20, 1600, [AZ, C, E], "",
  "Charter school founder guilty of diverting $2.3 million",
  "A federal jury in Tucson found Lorraine Eckhart, founder of the Desert Sky Academies charter schools, guilty on Wednesday of wire fraud for diverting $2.3 million in federal school meal and special education money.",
  "Prosecutors said she spent the money on a ranch in Sonoita and a private plane."),
 ("desert-sky-charter-fraud-verdict", SCHOOLS, "en", 2, 150, 900, [E], "",
  "Desert Sky parents: 'our kids went without'",
  "Parents of children with disabilities at Desert Sky Academies said after the verdict that their children had gone without therapists and aides for years while the school's founder spent federal money on herself.",
  ""),
 ("desert-sky-charter-fraud-verdict", "chartercheck.org", "en", 2, 310, 700, [AZ, E, P], "",
  "State charter board to review Desert Sky's remaining schools",
  "The Arizona State Board for Charter Schools will decide in January whether Desert Sky Academies' three remaining campuses can keep their charters, its director said after Wednesday's conviction.",
  ""),
 ("desert-sky-charter-fraud-verdict", AP, "en", 2, 450, 400, [US, C], "ap",
  "Arizona charter school operator convicted in federal fraud case",
  "The founder of a chain of Arizona charter schools was convicted Wednesday of stealing federal education funds, one of the largest such cases since the state opened its doors to charter schools in the 1990s.",
  "Sentencing is set for March 22.",
  {"city": "Tucson"}),

 # 8. Landscaper sentenced in the same federal courthouse for stealing saguaros.
 ("saguaro-theft-sentencing", PIMA, "en", 1, 60, 1100, [AZ, C], "",
  "Landscaper gets 18 months for stealing saguaros from national park",
  "A Marana landscaper was sentenced in federal court in Tucson on Wednesday to 18 months in prison for digging up 41 saguaros in Saguaro National Park and Ironwood Forest National Monument and selling them to homeowners in Phoenix and Las Vegas.",
  "Dwayne Holcomb, 52, must also pay $212,000 in restitution."),
 ("saguaro-theft-sentencing", BORDERL, "en", 1, 230, 600, [AZ], "",
  "How rangers tracked stolen cactuses with microchips",
  "Park rangers caught the saguaro thief after microchips they had planted in hundreds of cactuses in the park's western district turned up in a Scottsdale front yard, the prosecution said at Wednesday's sentencing.",
  ""),
 ("saguaro-theft-sentencing", UPI, "en", 1, 470, 300, [US], "upi",
  "Arizona man sentenced for selling stolen giant cactuses",
  "An Arizona man who dug up protected saguaro cactuses on federal land and sold them for up to $5,000 each will spend a year and a half in prison, a federal judge ruled Wednesday.",
  ""),

 # 9. TUSD governing board votes 3-2 to close seven schools; Mayor Okafor-Reyes (shared quote).
 ("tusd-seven-schools-closure-vote", SCHOOLS, "en", 3, 35, 1400, [AZ, E], "",
  "Parents pack TUSD meeting before school closures vote",
  "More than 500 parents, teachers and students filled the Tucson Unified School District's boardroom and the parking lot outside on Wednesday evening before the board's vote on closing seven schools.",
  "The district has lost 9,000 students in ten years."),
 ("tusd-seven-schools-closure-vote", KCAT, "en", 3, 170, 1500, [AZ, E, P], "",
  "Okafor-Reyes urges TUSD board to delay closures",
  "Mayor Benjamin Okafor-Reyes asked the Tucson Unified board on Wednesday to put off closing any neighborhood school for a year, telling KCAT 9's \"Tucson Tonight\": \"Every family in this city deserves a roof it can count on and a school it can walk to, and tonight too many of them have neither.\"",
  ""),
 ("tusd-seven-schools-closure-vote", PUEBLO, "en", 3, 310, 2600, [AZ, E], "",
  "TUSD board votes 3-2 to close seven schools",
  "The Tucson Unified School District's governing board voted 3-2 shortly before midnight on Wednesday to close five elementary schools and two middle schools at the end of the school year, after six hours of public comment.",
  "The closures will save about $11 million a year, the superintendent said."),
 ("tusd-seven-schools-closure-vote", SCHOOLS, "en", 3, 400, 1200, [AZ, E], "",
  "The seven TUSD schools that will close, and where students go",
  "Students at the seven schools the board voted to close will move to nearby campuses next August, with Menlo Park and Roskruge pupils going to schools that have room for them after years of falling enrollment.",
  "The district will hold meetings for each school in January."),
 ("tusd-seven-schools-closure-vote", BEACON, "en", 3, 500, 900, [AZ, E], "",
  "Teachers' union weighs lawsuit over closures",
  "The Tucson Education Association said on Thursday it was talking to lawyers about whether the board broke open meeting rules when two members changed the list of schools to close during the meeting.",
  ""),
 ("tusd-seven-schools-closure-vote", PUEBLO, "en", 3, 620, 800, [AZ, E], "",
  "Longer bus rides ahead for families on the west side",
  "Some children in the Menlo Park neighborhood will ride a school bus for up to 40 minutes each way once their school closes, district transportation figures show.",
  ""),

 # 10. Low-fare airline opens a base at Tucson International Airport (shared line, 45).
 ("saltgrass-air-tucson-base", WIRE, "en", 1, 312, 400, [B], "reuters_line",
  "Saltgrass Air to open Tucson base with 12 new routes",
  "Low-fare carrier Saltgrass Air said on Wednesday it would base four jets at Tucson International Airport from April and launch 12 nonstop routes, including Denver, Portland and Guadalajara.",
  "The airline expects to hire about 150 pilots, crew and mechanics locally."),
 ("saltgrass-air-tucson-base", BIZ, "en", 1, 440, 700, [AZ, B], "",
  "Tucson airport lands its biggest airline expansion in decades",
  "Tucson International Airport's director called the arrival of a Saltgrass Air base the largest addition of flights since the 1990s, and said the airport would add two gates to its east concourse.",
  ""),
 ("saltgrass-air-tucson-base", PUEBLO, "en", 1, 580, 900, [AZ], "",
  "Fares from $39: what Saltgrass routes mean for travelers",
  "Introductory one-way fares on Saltgrass Air's new routes from Tucson start at $39, but bags and seat choice cost extra, and most routes will run three or four times a week.",
  ""),

 # 11. The Santa Cruz Valley pecan orchards sold to a Quebec pension fund (shared line, 49).
 ("sahuarita-pecan-orchards-sale", WIRE, "en", 1, 314, 300, [B], "reuters_line",
  "Quebec pension fund buys Arizona's largest pecan grower for $480 million",
  "Quebec's Caisse Laurentienne de retraite agreed on Wednesday to buy Santa Cruz Valley Nut Co., which farms about 6,000 acres of pecan orchards south of Tucson, for $480 million.",
  "The seller is a family company founded in 1965."),
 ("sahuarita-pecan-orchards-sale", NORD, "fr", 1, 430, 200, [B, W], "afp",
  "La Caisse Laurentienne acquiert des vergers de pacaniers en Arizona",
  "La Caisse Laurentienne de retraite a annoncé mercredi le rachat du plus grand producteur de noix de pécan de l'Arizona pour 480 millions de dollars américains, son premier investissement agricole aux Etats-Unis.",
  "",
  {"city": "Montréal", "date_fr": "15 déc"}),
 ("sahuarita-pecan-orchards-sale", SCV, "en", 1, 530, 800, [AZ, B], "",
  "Pecan deal raises water questions in Santa Cruz Valley",
  "Residents and well owners along the Santa Cruz River asked on Thursday whether the new owners of the valley's pecan orchards would pump more groundwater, as the thirsty trees already use more water than Sahuarita and Green Valley combined.",
  ""),
 ("sahuarita-pecan-orchards-sale", LAUR, "fr", 1, 600, 250, [B], "",
  "Pourquoi la Caisse Laurentienne parie sur la noix de pécan",
  "Avec ce rachat, la Caisse Laurentienne mise sur une culture dont la demande en Chine et en Inde croît de 8 % par an, explique son vice-président aux actifs réels.",
  ""),

 # 12. Snow closes the Catalina Highway to Mount Lemmon.
 ("catalina-highway-snow-closure", NORTHW, "en", 1, 130, 1300, [AZ], "",
  "Catalina Highway closed as snow piles up on Mount Lemmon",
  "The Pima County Sheriff's Department closed the Catalina Highway above milepost 4 on Wednesday evening after about eight inches of snow fell on Mount Lemmon, stranding dozens of drivers who had gone up to see it.",
  "Deputies escorted cars down in groups."),
 ("catalina-highway-snow-closure", KCAT, "en", 1, 520, 1000, [AZ], "",
  "Summerhaven residents only on the mountain road Thursday",
  "Only residents of Summerhaven with proof of address, and with chains or four-wheel drive, will be allowed up the Catalina Highway on Thursday while plows clear the upper switchbacks, the sheriff's department said.",
  ""),
 ("catalina-highway-snow-closure", "mountlemmonnews.com", "en", 1, 660, 700, [AZ], "",
  "Ski Valley hopes for early opening after first big snow",
  "The operators of Mount Lemmon Ski Valley said on Thursday the first heavy snowfall of the season might let them open the lifts before Christmas if the mountain road reopens.",
  ""),

 # 13. Filler: college basketball result, weather bulletin, lottery draw; promo.
 ("lobos-basketball-result", "desertcourtside.com", "en", 0, 200, 2300, ["Sports"], "",
  "Sonoran State beats Mesa Ridge 81-74",
  "Tyrell Macintyre scored 24 points and Sonoran State pulled away late to beat Mesa Ridge 81-74 on Wednesday night at the Desert Pavilion, its sixth straight home win.",
  "The Lobos shot 52% in the second half."),
 ("lobos-basketball-result", PUEBLO, "en", 0, 260, 1000, ["Sports"], "",
  "Lobos coach: 'We defended when it mattered'",
  "Sonoran State's coach said his team's defense in the last five minutes decided Wednesday's win over Mesa Ridge, when the visitors missed eight straight shots.",
  ""),
 ("weather-tucson-thu", "saguaroweathercenter.com", "en", 0, 640, 1500, ["Weather"], "",
  "Thursday forecast: cold morning, sunny and 58",
  "Tucson will wake up to a freezing morning on Thursday with lows near 30 degrees before a sunny afternoon with a high of 58, the National Weather Service said, with a hard freeze warning for outlying valleys.",
  "Cover plants and wrap outdoor pipes tonight."),
 ("pick-six-lotto-dec15", "azlottowatch.com", "en", 0, 240, 1100, ["Lottery"], "",
  "Pick Six winning numbers for Wednesday, Dec. 15",
  "The winning Pick Six numbers drawn on Wednesday night were 4, 11, 19, 28, 36 and 40, and with no jackpot winner the top prize for Saturday rises to about $2.8 million.",
  "Two tickets sold in Sierra Vista matched five numbers."),
 ("promo-old-pueblo-times-newsletter", PUEBLO, "en", 0, 3, 300, ["Promo"], "",
  "Get the Old Pueblo Times Daily Digest in your inbox",
  "Subscribe to the Old Pueblo Times Daily Digest for the morning's top Tucson and southern Arizona headlines, weather and road conditions, free every weekday at 5:30 a.m.",
  "Sign up at oldpueblotimes.com/digest."),
]
