# Day 116: a Pittsburgh English channel (Pittsburgh and western Pennsylvania), evening edition of
# Tuesday 14 December 2027 at 19:00 (window 07:00 - 19:00 Tuesday, America/New_York = UTC-5 in
# December, so 12:00Z Tuesday - 00:00Z Wednesday).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and the
# TOP5 below. Every person, company, bridge of an event and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: County Executive Theresa Malinowski on WQRS 1050's
#   "Three Rivers Morning" on Tuesday, quoted about the county property tax vote (post 31) and about
#   the transit funding vote in Harrisburg (post 36), both carrying "Western Pennsylvania pays its
#   share and then some, and I am tired of asking nicely for it back.";
# - a shared wire byline line ("Wire West | Updated: 12-14-2027 10:12 EST"): the Clairton coke works
#   strike (post 27) and the Ferrous Robotics layoffs (post 49), unrelated, three minutes apart;
# - the same hospitals: Three Rivers Mercy takes the Parkway crash's injured (post 2) and is where the
#   nurses strike (posts 20-25; post 22 names the pileup); St. Casimir Medical Center takes the
#   crash's injured (post 2) and the Beechview fire's grandmother (post 16);
# - the same court: the Allegheny County Courthouse holds the ex-chief's theft verdict (posts 41-45)
#   and the Route 28 road-rage trial (posts 46-48) on the same day;
# - the same town: McKeesport holds the ex-chief's verdict and sends nurses to the Mercy picket
#   (post 25);
# - look-alike stories: two fires (the McKees Rocks railcar plant, posts 9-15; the deadly Beechview
#   rowhouse fire, posts 16-19); two strikes (the Mercy nurses, posts 20-25; the Clairton coke works,
#   posts 26-29); two votes (the county's property tax, posts 30-34; the state House's transit bill,
#   posts 35-40); two court cases (posts 41-45, 46-48); two transport accidents (the Parkway East
#   pileup, posts 1-8; the runaway barges and the Glenfield Bridge, posts 52-56) plus an old road
#   shooting on trial; two job stories (the railcar plant's workers paid during the rebuild, post 14;
#   the robotics layoffs, posts 49-51); the weather bulletin names the freezing rain (post 59) and is
#   not the crash's story;
# - one story revised during the day by a second source: the pileup, two dead (state police,
#   morning, posts 1, 3) then three dead and 14 hurt (medical examiner, afternoon, posts 5-8); the
#   fire, 60 firefighters (post 9) then 110 and the roof down (post 11);
# - one story told in two languages with different words: the pileup ("pileup", "wreck",
#   "chain-reaction crash", "pile-up" / "carambolage"); the fire ("fire", "blaze", "flames" /
#   "incendie", "feu", "ravagée"); the layoffs ("lay off", "cutting jobs" / "suppressions de
#   postes");
# - stories told from other angles: PennDOT's salting (post 4), the Quebec trucker (post 7), what we
#   know (post 8), the smoke advisory (post 10), the French owner (posts 12, 13), the jobs (post 14),
#   the neighbour's rescue (post 17), the space heater (post 18), the vigil (post 19), the picket
#   (post 21), what patients need to know (post 24), Clairton's diners (post 28), the hearing
#   (post 32), what the tax costs you (post 33), the riders' trip (post 37), the Senate (post 39),
#   what the vote means for your route (post 40), the mayor (post 42), the review of drug cases
#   (post 44), the juror (post 45), the towboat's owner (post 55);
# - posts in French (agencies' French service and French-language papers): posts 3, 7, 12, 13, 51;
#   post 13 carries a "Lire aussi" line naming the pileup;
# - a "Read more" line naming another story (the nurses' strike) in a tax vote post (post 34); a
#   teaser (post 8); photo captions (posts 2, 9); an update note (post 6);
# - a promo posted alone (post 62); filler of importance 0: the Penguins result (posts 57-58), the
#   weather bulletin (post 59), the horoscope (post 60), the lottery (post 61).
NAME = "2027-12-14-en-evening-pittsburgh-h116"
CHANNEL = {"lang": "en", "tz": "America/New_York"}
WINDOW = ("2027-12-14T12:00:00Z", "2027-12-15T00:00:00Z")
CTX = {"stamp": "12-14-2027 10:12", "city": "Pittsburgh", "date_fr": "14 déc", "date_en": "Dec. 14",
       "author": "Nora Kessling", "clarify": "which lanes of Interstate 376 remain closed",
       "caption": "", "also": "", "country": "Pennsylvania",
       "line": "Wire West | Updated: 12-14-2027 10:12 EST"}
# The editor's top 5: the Parkway East pileup, the McKees Rocks railcar plant fire, the Mercy nurses'
# strike, the transit funding vote, the Beechview fire.
TOP5 = ["parkway-east-ice-pileup", "mckees-rocks-railcar-plant-fire",
        "three-rivers-mercy-nurses-strike", "harrisburg-transit-funding-vote",
        "beechview-rowhouse-fire-deaths"]
PA = "Pennsylvania"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
T = "Transport"
POSTG = "alleghenypost.com"
TRIB = "monvalleytribune.com"
LEDGER = "steelvalleyledger.com"
RADIO = "wqrs1050.com"
TV = "channel9pittsburgh.com"
CAPITOL = "capitolwirepa.com"
HEALTH = "pahealthbeat.com"
BIZ = "ironcitybusiness.com"
COURTS = "courthousebeat.com"
RIVER = "riverwatchpa.com"
NORTHSIDE = "northsidechronicle.com"
SOUTHHILLS = "southhillsgazette.com"
BEAVER = "beavervalleytimes.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
UPI = "upi-like.com"
NORD = "agence-nord.fr"
QC = "lematinduquebec.ca"
HAINAUT = "voixduhainaut.fr"
GRESI = "journaldugresivaudan.fr"
POSTS = [
 # 1. The Parkway East (I-376) pileup near the Squirrel Hill Tunnel in freezing rain: two dead
 #    (state police, morning) -> three dead, 14 hurt (medical examiner, afternoon).
 ("parkway-east-ice-pileup", POSTG, "en", 3, 20, 3800, [PA, T], "",
  "Two killed in icy Parkway East pileup near Squirrel Hill Tunnel",
  "Two people were killed when at least 15 vehicles slid into one another on the outbound Parkway East near the Squirrel Hill Tunnel as freezing rain glazed the highway shortly before 6 a.m. on Tuesday, Pennsylvania State Police said.",
  "Both directions of Interstate 376 were closed between the Edgewood interchange and downtown."),
 ("parkway-east-ice-pileup", TV, "en", 3, 70, 3000, [PA, H], "caption",
  "Crash injured taken to Three Rivers Mercy and St. Casimir",
  "Nine people hurt in Tuesday morning's chain-reaction wreck on the Parkway East were taken to Three Rivers Mercy Hospital and St. Casimir Medical Center, three of them in critical condition, Pittsburgh EMS said.",
  "Medics said several drivers had been trapped in their cars for more than half an hour.",
  {"caption": "Firefighters walk between jackknifed trucks and crumpled cars on the icy outbound lanes of the Parkway East on Tuesday morning.",
   "site": "Channel 9 Action News"}),
 ("parkway-east-ice-pileup", NORD, "fr", 3, 150, 300, [US, W], "afp",
  "Etats-Unis : deux morts dans un carambolage sur une autoroute verglacée de Pennsylvanie",
  "Deux personnes ont été tuées mardi matin dans un carambolage d'une quinzaine de véhicules sur une autoroute verglacée à l'entrée de Pittsburgh, dans l'est des Etats-Unis, a annoncé la police de l'Etat de Pennsylvanie.",
  "Une pluie verglaçante s'est abattue sur l'ouest de la Pennsylvanie dans la nuit.",
  {"city": "Washington"}),
 ("parkway-east-ice-pileup", RADIO, "en", 3, 210, 1500, [PA, T], "",
  "PennDOT defends salting before Parkway pileup",
  "PennDOT's district executive said on Tuesday that salt trucks had treated the Parkway East twice before dawn, hours after commuters and two county council members asked why the highway was a sheet of ice at rush hour.",
  "Freezing rain fell faster than the brine could work, the agency said."),
 ("parkway-east-ice-pileup", AP, "en", 3, 420, 1900, [PA, US], "ap",
  "Third person dies after icy highway crash in Pittsburgh",
  "A third person has died after a chain-reaction crash involving 17 vehicles on an icy Pittsburgh highway, and 14 people were hurt, the Allegheny County Medical Examiner's Office said Tuesday afternoon.",
  "The victims were a 58-year-old delivery driver from Monroeville, a 34-year-old home health aide from Wilkinsburg and a 71-year-old man from Penn Hills."),
 ("parkway-east-ice-pileup", WIRE, "en", 3, 480, 700, [US], "updated",
  "Three dead, 14 hurt in 17-vehicle pile-up on Pittsburgh interstate",
  "Freezing rain caused a 17-vehicle pile-up on Interstate 376 in Pittsburgh on Tuesday, killing three people and injuring 14, county officials said, as the main highway into the city from the east stayed closed for most of the day.",
  "The highway reopened inbound shortly after 2 p.m."),
 ("parkway-east-ice-pileup", QC, "fr", 3, 500, 250, [W], "publie",
  "Pennsylvanie : un camionneur de Laval parmi les blessés du carambolage de Pittsburgh",
  "Un camionneur de Laval, au Québec, fait partie des 14 blessés du carambolage qui a fait trois morts mardi sur une autoroute glacée de Pittsburgh, a confirmé sa famille.",
  "Sa remorque chargée de papier s'est mise en portefeuille au pied d'une côte.",
  {"site": "Le Matin du Québec"}),
 ("parkway-east-ice-pileup", LEDGER, "en", 3, 600, 2300, [PA], "teaser",
  "Parkway pileup: what we know",
  "Three people are dead and 14 were hurt after 17 cars, pickups and tractor-trailers collided on the ice-covered outbound Parkway East on Tuesday morning, and here is what police, PennDOT and the medical examiner have said so far.",
  "State police are still interviewing drivers and have not said what set off the first collision. Expect the inbound lanes to stay slow through Wednesday."),

 # 2. The Keystone Railcar Works fire in McKees Rocks (owned by the French group Ferroval): 60
 #    firefighters -> 110 and the roof down; smoke advisory; jobs.
 ("mckees-rocks-railcar-plant-fire", NORTHSIDE, "en", 3, 40, 2700, [PA], "caption",
  "Huge fire at McKees Rocks railcar plant",
  "A fire broke out in the paint shop of the Keystone Railcar Works in McKees Rocks early Tuesday and spread through a block-long assembly hall, sending black smoke across the Ohio River, Allegheny County Emergency Services said.",
  "About 60 firefighters from nine departments were at the scene by 7 a.m.",
  {"caption": "Black smoke rises over the Keystone Railcar Works on the Ohio River bank in McKees Rocks on Tuesday morning.",
   "site": "The Northside Chronicle"}),
 ("mckees-rocks-railcar-plant-fire", HEALTH, "en", 3, 120, 1600, [PA, H], "",
  "McKees Rocks and Stowe residents told to stay indoors as smoke spreads",
  "The Allegheny County Health Department told people in McKees Rocks, Stowe Township and Kennedy to keep windows shut and stay inside on Tuesday while a plume from the railcar plant fire hangs over the valley.",
  "Monitors at the Avalon station recorded fine-particle levels five times the daily limit."),
 ("mckees-rocks-railcar-plant-fire", TV, "en", 3, 250, 2100, [PA], "",
  "Roof caves in as 110 firefighters battle railcar works blaze",
  "Part of the roof of the burning Keystone Railcar Works collapsed shortly before noon, and 110 firefighters were working to keep the flames away from tanks of paint thinner, the McKees Rocks fire chief said.",
  "No one was hurt; the 40 workers of the night shift got out before the alarm reached dispatch."),
 ("mckees-rocks-railcar-plant-fire", HAINAUT, "fr", 3, 300, 600, [W, B], "byline_fr",
  "Pittsburgh : l'usine américaine du groupe valenciennois Ferroval ravagée par un incendie",
  "L'usine de wagons que le groupe Ferroval, basé à Valenciennes, possède près de Pittsburgh a été en grande partie détruite mardi par un incendie, a indiqué la direction du groupe.",
  "Le site de McKees Rocks, racheté en 2022, emploie 430 personnes et fabrique des wagons-citernes.",
  {"author": "Pauline Dervaux", "site": "La Voix du Hainaut"}),
 ("mckees-rocks-railcar-plant-fire", "courrierdusoir.fr", "fr", 3, 360, 400, [W], "lire",
  "Etats-Unis : violent incendie dans une usine française de wagons",
  "Un violent incendie a ravagé mardi une usine de wagons du groupe français Ferroval en Pennsylvanie, sans faire de victimes, a-t-on appris auprès des pompiers locaux.",
  "Le feu a pris dans l'atelier de peinture avant de gagner le hall d'assemblage.",
  {"also": "Pennsylvanie : trois morts dans un carambolage sur une autoroute glacée"}),
 ("mckees-rocks-railcar-plant-fire", BIZ, "en", 3, 450, 900, [PA, B], "",
  "Fire puts 430 railcar jobs in doubt",
  "Ferroval said on Tuesday it would keep paying the 430 workers of its McKees Rocks plant for at least a month while it decides whether to rebuild the tank car assembly hall lost in the fire.",
  "The plant had orders for 900 tank cars next year."),
 ("mckees-rocks-railcar-plant-fire", WIRE, "en", 3, 540, 500, [B, US], "reuters",
  "Blaze at Ferroval's Pennsylvania plant under control",
  "The fire that destroyed most of Ferroval's railcar factory near Pittsburgh was under control by Tuesday afternoon, local officials said, and the French group's shares fell 4% in Paris.",
  "",
  {"date_en": "Dec 14"}),

 # 3. The Beechview rowhouse fire: two children dead, their grandmother rescued by a neighbour.
 ("beechview-rowhouse-fire-deaths", SOUTHHILLS, "en", 2, 60, 2500, [PA], "",
  "Two children die in Beechview house fire",
  "A 6-year-old girl and her 9-year-old brother died in a fire that swept through their family's rowhouse on Crane Avenue in Beechview before dawn on Tuesday, Pittsburgh Public Safety said.",
  "Their grandmother was pulled from a second-floor window and taken to St. Casimir Medical Center."),
 ("beechview-rowhouse-fire-deaths", POSTG, "en", 2, 190, 1700, [PA], "",
  "Neighbor climbed porch roof to reach grandmother in Beechview fire",
  "A neighbor who heard screaming climbed onto a porch roof and broke a window to pull a 68-year-old woman out of the burning rowhouse in Beechview where her two grandchildren died, fire officials said.",
  "\"I could not get to the kids, the smoke was too thick,\" said Marco DiSanti, 44."),
 ("beechview-rowhouse-fire-deaths", TV, "en", 2, 330, 1300, [PA], "",
  "Space heater blamed for deadly Beechview fire",
  "An electric space heater plugged into an extension cord in a first-floor bedroom started Tuesday's deadly fire on Crane Avenue, the city fire marshal said.",
  "The house had no working smoke detector."),
 ("beechview-rowhouse-fire-deaths", SOUTHHILLS, "en", 2, 560, 1100, [PA], "donate",
  "Beechview school holds vigil for siblings",
  "Classmates and teachers of the two children who died in Tuesday's rowhouse fire gathered at Beechview Elementary for a candlelight vigil, and a fund for the family had raised $38,000 by evening.",
  ""),

 # 4. The Three Rivers Mercy nurses' three-day strike.
 ("three-rivers-mercy-nurses-strike", HEALTH, "en", 3, 5, 2600, [PA, H], "",
  "Nurses at Three Rivers Mercy begin three-day strike",
  "About 1,100 nurses at Three Rivers Mercy Hospital walked off the job at 7 a.m. on Tuesday in a three-day strike over staffing ratios, the Pennsylvania Nurses Alliance said.",
  "The hospital has hired replacement nurses through an agency in Ohio."),
 ("three-rivers-mercy-nurses-strike", POSTG, "en", 3, 100, 1800, [PA], "",
  "Picket lines form outside Uptown hospital",
  "Nurses in red scarves marched along Forbes Avenue outside Three Rivers Mercy on Tuesday morning, chanting \"safe staffing saves lives\" as ambulances pulled in behind them.",
  "\"We are not leaving our patients, we are fighting for them,\" said Kendra Mbeki-Walsh, a cardiac nurse for 19 years."),
 ("three-rivers-mercy-nurses-strike", AP, "en", 3, 280, 900, [US, H], "ap",
  "Pittsburgh hospital nurses strike as ice storm fills ER",
  "Nurses at a major Pittsburgh hospital went on strike Tuesday, the same morning its emergency room took in victims of a deadly highway pileup, with replacement staff treating patients inside.",
  "The hospital said care was not affected."),
 ("three-rivers-mercy-nurses-strike", RADIO, "en", 3, 380, 1000, [PA, H], "",
  "Hospital says talks with nurses to resume Thursday",
  "Three Rivers Mercy's chief nursing officer said on Tuesday the hospital would return to the bargaining table on Thursday, and that its offer of 14% raises over three years was the best in the region.",
  ""),
 ("three-rivers-mercy-nurses-strike", LEDGER, "en", 3, 470, 1400, [PA, H], "byline_en",
  "Nurses' strike: what patients need to know",
  "Patients with surgery or appointments at Three Rivers Mercy this week should call the number on their confirmation letter, as most planned operations between Tuesday and Thursday have been moved, the hospital said.",
  "The emergency department and the maternity ward stay open during the walkout.",
  {"author": "Gina Pasquarelli", "site": "The Steel Valley Ledger"}),
 ("three-rivers-mercy-nurses-strike", TRIB, "en", 3, 640, 800, [PA], "",
  "Nurses from other hospitals join Mercy picket after shifts",
  "Dozens of nurses from hospitals in McKeesport and Monroeville joined the picket line in Uptown after their own shifts on Tuesday evening, as the walkout at Three Rivers Mercy ended its first day.",
  ""),

 # 5. The Clairton coke works strike (shared byline line, post 27).
 ("clairton-coke-works-strike", TRIB, "en", 2, 30, 1900, [PA, B], "",
  "Steelworkers walk out at Clairton coke plant",
  "About 900 members of United Steelworkers Local 2291 went on strike at Monvale Steel's Clairton coke works at midnight after rejecting a contract that would have ended retiree health coverage for new hires, the union said.",
  "It is the first strike at the plant since 1986."),
 ("clairton-coke-works-strike", WIRE, "en", 2, 190, 500, [B, US], "reuters_line",
  "Monvale Steel says Clairton strike will not hit steel deliveries",
  "Monvale Steel said on Tuesday that a strike at its Clairton coke works would not affect deliveries to customers, as it had stockpiled six weeks of coke at its Mon Valley mills.",
  "The company's shares were little changed."),
 ("clairton-coke-works-strike", POSTG, "en", 2, 400, 900, [PA], "",
  "Clairton businesses brace for long walkout",
  "Diners and bars along State Street in Clairton said on Tuesday they expected a hard winter if the coke plant strike lasts, with most of their customers working at the plant.",
  ""),
 ("clairton-coke-works-strike", RADIO, "en", 2, 610, 700, [PA, B], "",
  "Union, Monvale agree to federal mediator in coke works strike",
  "The Steelworkers and Monvale Steel agreed on Tuesday evening to meet with a federal mediator on Friday, a union spokesman said, as pickets kept watch at the coke plant's gates.",
  ""),

 # 6. Allegheny County Council's property tax vote (radio quote, post 31).
 ("allegheny-county-property-tax-vote", POSTG, "en", 2, 15, 1500, [PA, P], "",
  "County Council to vote tonight on first tax hike in a decade",
  "Allegheny County Council will vote on Tuesday night on a 1.2-mill property tax increase that County Executive Theresa Malinowski says is needed to close a $64 million gap in next year's budget.",
  "The increase would add about $180 a year to the bill on a $150,000 home."),
 ("allegheny-county-property-tax-vote", RADIO, "en", 2, 90, 1200, [PA, P], "",
  "Malinowski on WQRS: 'I am tired of asking nicely'",
  "County Executive Theresa Malinowski told WQRS 1050's \"Three Rivers Morning\" on Tuesday that she would not sign a budget that closes county pools and senior centers, as the council prepared to vote on her tax increase: \"Western Pennsylvania pays its share and then some, and I am tired of asking nicely for it back.\"",
  "She said the county jail's medical contract alone had risen by $11 million."),
 ("allegheny-county-property-tax-vote", SOUTHHILLS, "en", 2, 350, 800, [PA, P], "",
  "South Hills homeowners pack hearing on tax increase",
  "More than 200 homeowners signed up to speak against the property tax increase at Allegheny County Council's hearing on Tuesday afternoon, many of them retirees from Bethel Park and Mt. Lebanon.",
  ""),
 ("allegheny-county-property-tax-vote", LEDGER, "en", 2, 520, 1300, [PA], "",
  "How much would the county tax hike cost you?",
  "A homeowner whose house is assessed at $100,000 would pay $120 more a year in county property tax if the council approves the 1.2-mill increase, and seniors who earn under $35,000 can apply for the county's rebate program.",
  "Look up your assessment on the county's real estate portal."),
 ("allegheny-county-property-tax-vote", TV, "en", 2, 700, 1600, [PA, P], "",
  "County Council passes property tax increase 9-6",
  "Allegheny County Council approved the first property tax increase in 10 years by a 9-6 vote on Tuesday night, after nearly five hours of public comment.",
  "The increase takes effect with the 2028 tax bills.\n\nRead more: Nurses at Three Rivers Mercy begin three-day strike"),

 # 7. The Pennsylvania House's transit funding vote in Harrisburg (radio quote, post 36).
 ("harrisburg-transit-funding-vote", CAPITOL, "en", 3, 10, 1400, [PA, P, T], "",
  "House to vote on transit rescue as Allegheny Regional Transit cuts loom",
  "The Pennsylvania House will vote on Tuesday on a bill that would send $290 million more a year to public transit, weeks before Allegheny Regional Transit is due to cut 35 bus routes, Speaker Joanne Pietrangeli said.",
  "The Senate has not scheduled a vote."),
 ("harrisburg-transit-funding-vote", RADIO, "en", 3, 95, 1100, [PA, P], "",
  "Malinowski: Harrisburg must stop treating transit as a Philadelphia problem",
  "Theresa Malinowski, the Allegheny County executive, urged state lawmakers on WQRS 1050 on Tuesday to pass the transit funding bill, saying riders in the county take 150,000 trips a day: \"Western Pennsylvania pays its share and then some, and I am tired of asking nicely for it back.\"",
  ""),
 ("harrisburg-transit-funding-vote", POSTG, "en", 3, 260, 1300, [PA, T], "",
  "Riders on threatened routes tell lawmakers what cuts would mean",
  "Bus riders from Wilkinsburg, Hazelwood and the North Side rode a chartered coach to the Capitol in Harrisburg on Tuesday morning to tell legislators that the routes on the chopping block are how they get to work and to dialysis.",
  ""),
 ("harrisburg-transit-funding-vote", AP, "en", 3, 500, 900, [US, P], "ap",
  "Pennsylvania House passes transit funding bill",
  "Pennsylvania's House of Representatives voted 107-96 on Tuesday to raise the share of the state sales tax going to mass transit, sending the bill to a Republican-led Senate that has rejected similar plans.",
  "",
  {"city": "Harrisburg"}),
 ("harrisburg-transit-funding-vote", CAPITOL, "en", 3, 560, 800, [PA, P], "",
  "Senate leader calls House transit bill 'dead on arrival'",
  "The Senate majority leader, Dale Hufnagel of Lycoming County, said Tuesday evening that the House-passed bill for public transit would not come up in his chamber without cuts to the agencies' pensions.",
  ""),
 ("harrisburg-transit-funding-vote", LEDGER, "en", 3, 660, 1700, [PA, T], "byline_en",
  "What the transit vote means for your bus route",
  "If the Senate does not act by Feb. 1, Allegheny Regional Transit will eliminate 35 routes and shorten hours on 41 others in March, so riders on routes such as the 6, the 17 and the 88 should look at the agency's map of changes now.",
  "The busway and light-rail lines keep running, but less often.",
  {"author": "Dev Ramaswamy", "site": "The Steel Valley Ledger"}),

 # 8. Former McKeesport police chief guilty of stealing evidence cash (county courthouse).
 ("mckeesport-police-chief-verdict", COURTS, "en", 2, 140, 1600, [PA, C], "",
  "Ex-McKeesport police chief guilty of stealing evidence cash",
  "A jury at the Allegheny County Courthouse found former McKeesport police chief Leonard Brezinski guilty on Tuesday of stealing $186,000 in seized cash from his department's evidence room over six years.",
  "He was acquitted of obstruction. Sentencing is set for March 3."),
 ("mckeesport-police-chief-verdict", TRIB, "en", 2, 230, 1100, [PA, C], "",
  "McKeesport mayor: verdict 'closes a dark chapter'",
  "McKeesport's mayor said Tuesday that the conviction of former chief Leonard Brezinski closed \"a dark chapter\" for the city, and that the police department's evidence room now has cameras and two-person sign-outs.",
  ""),
 ("mckeesport-police-chief-verdict", UPI, "en", 2, 300, 400, [US, C], "upi",
  "Former Pennsylvania police chief convicted of looting evidence room",
  "A former police chief in a Pittsburgh suburb was convicted Tuesday of taking drug money seized in arrests and spending it on a lake house and gambling trips, prosecutors said.",
  ""),
 ("mckeesport-police-chief-verdict", COURTS, "en", 2, 490, 900, [PA, C], "",
  "Cases Brezinski handled face review",
  "The Allegheny County District Attorney's office said on Tuesday it would review about 300 drug cases in which former McKeesport chief Leonard Brezinski logged evidence, after his theft conviction.",
  ""),
 ("mckeesport-police-chief-verdict", POSTG, "en", 2, 590, 700, [PA, C], "",
  "Juror: the lake house receipts sealed it",
  "One of the jurors who convicted Leonard Brezinski said the receipts for a dock and a pontoon boat at his Lake Arthur house, paid in cash, weighed more than any witness.",
  ""),

 # 9. The Route 28 road-rage shooting trial (the same courthouse).
 ("route-28-road-rage-trial", COURTS, "en", 1, 170, 900, [PA, C], "",
  "Trial opens in Route 28 road-rage shooting",
  "The trial of a Shaler man accused of shooting another driver in the neck during a rush-hour argument on Route 28 near Etna in June 2026 opened on Tuesday at the Allegheny County Courthouse.",
  "Tyler Garrity, 31, has pleaded not guilty to attempted homicide."),
 ("route-28-road-rage-trial", NORTHSIDE, "en", 1, 330, 600, [PA, C], "",
  "Victim testifies he still cannot turn his head",
  "The driver shot on Route 28 told jurors on Tuesday that he had honked once at a pickup that cut him off, and that he still cannot turn his head to the left 18 months later.",
  ""),
 ("route-28-road-rage-trial", TV, "en", 1, 620, 800, [PA, C], "",
  "Dashcam video shown at road-rage trial",
  "Jurors in the Route 28 shooting trial watched dashcam footage on Tuesday afternoon from a tractor-trailer that was behind both vehicles, which prosecutors said showed Tyler Garrity aiming out of his window.",
  "The defense says Garrity fired after the other man rammed his pickup."),

 # 10. Ferrous Robotics layoffs (shared byline line, post 49).
 ("ferrous-robotics-layoffs", WIRE, "en", 1, 193, 400, [B, US], "reuters_line",
  "Ferrous Robotics to cut 140 jobs as warehouse orders slow",
  "Ferrous Robotics, a Pittsburgh maker of warehouse robots, said on Tuesday it would lay off 140 workers, about a fifth of its staff, after two large retail customers delayed orders.",
  ""),
 ("ferrous-robotics-layoffs", BIZ, "en", 1, 320, 800, [PA, B], "",
  "Lawrenceville robotics layoffs hit engineers hardest",
  "Most of the 140 jobs Ferrous Robotics is cutting are software and mechanical engineering posts at its Lawrenceville headquarters, the company told employees on Tuesday.",
  "The company raised $210 million in 2025."),
 ("ferrous-robotics-layoffs", GRESI, "fr", 1, 520, 150, [B, W], "soutien",
  "Robotique : l'américain Ferrous ferme son laboratoire de Crolles",
  "Le fabricant américain de robots d'entrepôt Ferrous Robotics va fermer son laboratoire de Crolles, en Isère, qui emploie 22 ingénieurs, dans le cadre d'un plan de 140 suppressions de postes annoncé mardi à Pittsburgh.",
  ""),

 # 11. Runaway barges on the Ohio River; one hits a pier of the Glenfield Bridge.
 ("ohio-river-runaway-barges", RIVER, "en", 2, 50, 1500, [PA, T], "",
  "Runaway barges hit Glenfield Bridge pier on Ohio River",
  "Eleven loaded coal barges broke away from a towboat in high water on the Ohio River before dawn on Tuesday, and one slammed into a pier of the Glenfield Bridge, the Coast Guard said.",
  "The others drifted downriver until two towboats pinned them against the Dashields Locks and Dam."),
 ("ohio-river-runaway-barges", TV, "en", 2, 160, 1800, [PA, T], "",
  "Glenfield Bridge closed after barge strike",
  "PennDOT closed the Glenfield Bridge to all traffic on Tuesday morning while divers and engineers inspect the pier that was hit by a loose barge, sending about 14,000 daily drivers on a detour through Sewickley.",
  ""),
 ("ohio-river-runaway-barges", BEAVER, "en", 2, 290, 700, [PA, T], "",
  "Coast Guard shuts Ohio River stretch to tows",
  "The Coast Guard closed the Ohio River to commercial traffic from the Emsworth dam to Dashields on Tuesday until the 11 barges, three of them taking on water, are secured.",
  ""),
 ("ohio-river-runaway-barges", POSTG, "en", 2, 470, 600, [PA, T], "",
  "Towboat company says line snapped in fast current",
  "The owner of the towboat that lost its tow said on Tuesday that a steel line snapped as the river ran nine feet above normal after two days of rain, and that its crew radioed the lock within minutes.",
  ""),
 ("ohio-river-runaway-barges", RIVER, "en", 2, 650, 900, [PA, T], "",
  "Engineers find no structural damage, bridge to reopen Wednesday",
  "Divers found only surface damage to the concrete pier of the Glenfield Bridge, and the bridge will reopen to cars at 5 a.m. on Wednesday, with trucks kept off until further tests, PennDOT said.",
  ""),

 # 12. Filler: the Penguins result, the weather bulletin, the horoscope, the lottery, the promo.
 ("penguins-flyers-result", "icehousesports.com", "en", 0, 30, 2900, ["Sports"], "",
  "Penguins top Flyers 4-2 behind Rauhala's two goals",
  "Anton Rauhala scored twice and the Pittsburgh Penguins beat the Philadelphia Flyers 4-2 at home on Monday night to end a three-game losing streak.",
  "Pittsburgh scored three times in the second period."),
 ("penguins-flyers-result", POSTG, "en", 0, 120, 1500, ["Sports"], "",
  "Penguins' goalie stops 36 in win over Flyers",
  "Goaltender Mikko Saarinen made 36 saves as the Penguins held on against Philadelphia on Monday, including 17 in a third period in which the Flyers outshot Pittsburgh 17-5.",
  ""),
 ("weather-pittsburgh-wed", "pittsburghskywatch.com", "en", 0, 680, 1900, ["Weather"], "",
  "Wednesday forecast: ice gives way to cold, dry air",
  "After Tuesday's freezing rain, Pittsburgh can expect a dry but cold Wednesday with a high of 29 degrees and a wind chill near 10 in the morning, the National Weather Service said.",
  "Untreated side streets will stay slick until midday."),
 ("horoscope-wed-dec15", "steelcitystars.com", "en", 0, 3, 800, ["Horoscope"], "",
  "Your horoscope for Wednesday, Dec. 15",
  "Sagittarius, an old friend's message brings an offer worth hearing out, so answer it before the weekend.",
  "Capricorn: patience pays at work. Aquarius: a trip needs a second look."),
 ("allegheny-pick6-dec13", "palotterynumbers.com", "en", 0, 240, 1200, ["Lottery"], "",
  "Allegheny Pick 6 numbers for Monday, Dec. 13",
  "The winning numbers in Monday night's Allegheny Pick 6 drawing were 4, 11, 19, 28, 36 and 44, and no ticket matched all six, so Thursday's jackpot grows to $2.3 million.",
  "A ticket sold in Cranberry matched five."),
 ("promo-steel-valley-ledger-evening", LEDGER, "en", 0, 2, 200, ["Promo"], "",
  "Get The Steel Valley Ledger's Evening Edition",
  "Sign up for The Steel Valley Ledger's Evening Edition and get Pittsburgh's top stories, the next day's weather and the Penguins' scores in your inbox at 6 p.m., free.",
  "Go to steelvalleyledger.com/evening to subscribe."),
]
