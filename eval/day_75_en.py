# Day 75 (hold-out): a Newfoundland English channel, morning edition of Wednesday 19 May 2027
# (window 17:00 Tuesday - 05:00 Wednesday St. John's, America/St_Johns = NDT, UTC-2:30 in May).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Premier Ruth Abbott on Radio Narrows 590's
#   "Night Line" on Tuesday evening, quoted about the hospital support workers' strike (post 13)
#   and about the crab-price rally at Confederation Building (post 24), both carrying "I'm not
#   going to govern this province from a picket line or a wharf, but my door is open tonight.";
# - a shared wire byline line ("Wire West | Updated: 05-18-2027 21:10 NDT"): the Cabot Deep
#   offshore oil delay (post 43) and the Labrador City iron mine layoffs (post 46), unrelated;
# - the same hospital: the Health Sciences Centre in St. John's receives the capsized crab boat's
#   survivors (post 4), calls a code orange for the bus crash (post 9, which also names the
#   coming strike), is the first hospital named in the support workers' strike (posts 12-16), and
#   treats a firefighter from the Water Street pub fire (post 41);
# - the same town and the same courthouse: two trials at the Supreme Court on Duckworth Street
#   in St. John's (the Whelan murder verdict, posts 32-35; the Hiscock fraud trial, posts 36-39);
#   St. John's also holds the bus crash, the rally, the pub fire (smoke toward Duckworth Street)
#   and the power-deal debate;
# - look-alike stories: two accidents (the capsized crab boat on the Grand Banks, posts 1-6; the
#   Kenmount Road bus crash, posts 7-11); two trials (above); a strike and a demonstration
#   (hospital support workers, posts 12-16; fish harvesters' crab-price rally, posts 22-26, whose
#   post 23 falls silent for the capsized boat's crew, and whose French post 26 sits beside the
#   French "crabier" post 3); two fires (the Gander wildfire, posts 27-31; the Water Street pub
#   fire, posts 40-42); two fishing stories (the crab-price rally; the Saint-Pierre cod quota
#   dispute, posts 50-53, with its own threat of a fishermen's blockade); two resource-business
#   stories sharing the byline line; Hiscock is a former fisheries minister; Fisheries Minister
#   Paul Dalton speaks in the capsizing (post 4) and at the rally (post 23); the Bell Island ferry
#   (posts 54-56) strands patients booked at St. John's hospitals; the weather bulletin (post 60)
#   names the fire risk around Gander but is kept apart; a French wildfire post carries a "Lire
#   aussi" line naming the capsized crab boat (post 29);
# - stories told from other angles: the boat's home port (post 2), the commuters' detours (post
#   11), what patients need to know (post 15), the Quebec view (post 18), the power bill
#   explainer (post 19), the Innu reaction (post 21), how to help the Gander evacuees (post 31),
#   the victim's mother (post 33), what a second-degree murder conviction means (post 35), what
#   Hiscock is accused of (post 38), the musicians (post 42), the Kuwaiti partner (post 44), the
#   Swiss owner (post 47), the town's mayor (post 48);
# - posts in French (the agencies' French service and French-language papers of Quebec and
#   Saint-Pierre-et-Miquelon): posts 3, 16, 18, 26, 29, 47, 50, 51, 53;
# - a promo posted alone (post 62); filler of importance 0: the basketball result (posts
#   57-58), the horoscope (post 59), the weather bulletin (post 60), the lottery draw (post 61).
NAME = "2027-05-19-en-morning-st-johns-h75"
CHANNEL = {"lang": "en", "tz": "America/St_Johns"}
WINDOW = ("2027-05-18T19:30:00Z", "2027-05-19T07:30:00Z")
CTX = {"stamp": "05-18-2027 21:10", "city": "St. John's", "date_fr": "18 mai", "date_en": "May 18",
       "author": "Heather Coady", "clarify": "the home port of the vessel",
       "caption": "", "also": "", "country": "Newfoundland",
       "line": "Wire West | Updated: 05-18-2027 21:10 NDT"}
# The editor's top 5: the capsized crab boat, the Kenmount Road bus crash, the hospital support
# workers' strike, the Gander wildfire, the Winokapau hydro deal vote.
TOP5 = ["grand-banks-crab-boat-capsizing", "kenmount-road-bus-crash",
        "nl-hospital-support-workers-strike", "gander-wildfire-evacuations",
        "winokapau-hydro-deal-vote"]
NL = "Newfoundland and Labrador"
CA = "Canada"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
J = "Justice"
HERALD = "harbourherald.ca"
AVALON = "avalondaily.ca"
ROCK = "rocknews.ca"
NARROWS = "narrows590.ca"
CWIRE = "canadian-wire.ca"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
NORDET = "lenordet.qc.ca"
ECHO = "echodesiles.pm"
POSTS = [
 # 1. Accident 1: the crab boat Cape Spear Maid capsizes on the Grand Banks; six crew from Bay de
 #    Verde; "capsized", "sank", "went down", "foundered", "chaviré", "naufrage"; toll 2 rescued
 #    + 4 missing -> 1 dead, 3 missing -> 2 dead, 2 missing; survivors to the Health Sciences Centre.
 ("grand-banks-crab-boat-capsizing", WIRE, "en", 3, 95, 2300, [NL, CA], "reuters",
  "Two rescued, four missing after crab boat capsizes off Newfoundland",
  "Two fishermen were pulled from the water and four others were missing after a snow crab boat capsized on the Grand Banks about 200 km east of St. John's on Tuesday afternoon, the Joint Rescue Coordination Centre in Halifax said.",
  "A Cormorant helicopter from Gander and a coast guard cutter were searching the area, where the water temperature was about 3C, a spokesman said."),
 ("grand-banks-crab-boat-capsizing", AVALON, "en", 3, 150, 3400, [NL], "",
  "Bay de Verde waits for word of Cape Spear Maid crew",
  "Families and neighbours gathered in the parish hall in Bay de Verde on Tuesday evening to wait for news of the six men aboard the Cape Spear Maid, the 19-metre crab boat that went down on the Grand Banks, many of them related to the skipper.",
  "\"Everybody here has somebody on the water,\" said a retired harvester who fished the same grounds for 40 years. The town's council cancelled its Wednesday meeting."),
 ("grand-banks-crab-boat-capsizing", NORD, "fr", 3, 230, 350, [CA, W], "afp",
  "Canada : un crabier chavire au large de Terre-Neuve, quatre disparus",
  "Un bateau de pêche au crabe des neiges a chaviré mardi sur les Grands Bancs, à environ 200 km à l'est de Saint-Jean de Terre-Neuve, et quatre de ses six marins étaient portés disparus, selon les garde-côtes canadiens.",
  "Deux pêcheurs ont été hélitreuillés en état d'hypothermie. La saison du crabe bat son plein au large de Terre-Neuve, où le naufrage d'un chalutier avait fait cinq morts en 2019.",
  {"city": "Saint-Jean de Terre-Neuve"}),
 ("grand-banks-crab-boat-capsizing", HERALD, "en", 3, 300, 2700, [NL, H], "caption",
  "Crab boat survivors flown to Health Sciences Centre",
  "The two survivors of the Cape Spear Maid were flown to the Health Sciences Centre in St. John's on Tuesday night and were being treated for severe hypothermia, Fisheries Minister Paul Dalton said outside the hospital.",
  "Dalton said the province would pay the travel and lodging of the crew's families while the search went on.",
  {"caption": "A Cormorant search and rescue helicopter lands on the helipad of the Health Sciences Centre in St. John's on Tuesday night with two fishermen rescued from the Grand Banks.",
   "site": "The Harbour Herald"}),
 ("grand-banks-crab-boat-capsizing", AP, "en", 3, 480, 1400, [CA, W], "ap",
  "One dead, three missing after Newfoundland fishing boat sinks",
  "Searchers recovered the body of one fisherman and were still looking for three others early Wednesday after their crab boat sank in cold Atlantic waters off Newfoundland, Canadian rescue officials said.",
  "The boat sent no mayday; its emergency beacon went off at 2:40 p.m. Tuesday, officials said.",
  {"city": "Halifax, Nova Scotia"}),
 ("grand-banks-crab-boat-capsizing", WIRE, "en", 3, 650, 1800, [NL, CA], "updated",
  "Second body found as search for Newfoundland crab crew goes on",
  "A second fisherman was found dead on Wednesday morning and two remained missing after the snow crab boat Cape Spear Maid foundered on the Grand Banks, Canada's Joint Rescue Coordination Centre said, as the search entered its second day.",
  "The Transportation Safety Board said it was sending a team of investigators to Bay de Verde, the boat's home port on the northern tip of the Avalon Peninsula."),

 # 2. Accident 2: a CityLink Transit bus and a gravel truck collide at Kenmount Road, St. John's;
 #    "crash", "collision", "smash"; 14 hurt -> one passenger dead; code orange at the Health
 #    Sciences Centre; the truck driver charged; routes 10 and 11 rerouted.
 ("kenmount-road-bus-crash", ROCK, "en", 3, 45, 3900, [NL], "",
  "City bus and gravel truck collide on Kenmount Road, 14 hurt",
  "Fourteen people were hurt when a CityLink Transit bus and a loaded gravel truck collided at the intersection of Kenmount Road and Messenger Drive in St. John's at the height of Tuesday's rush hour, the Royal Newfoundland Constabulary said.",
  "The bus, on route 10, was pushed onto the median and its front door was crushed; firefighters cut two passengers free."),
 ("kenmount-road-bus-crash", CWIRE, "en", 3, 160, 1600, [NL, CA], "colon",
  "Passenger dies after St. John's bus crash",
  "A 71-year-old woman who was riding a city bus that collided with a gravel truck in St. John's on Tuesday has died in hospital, police said, the first death in a crash involving the city's transit fleet in more than 20 years.",
  "Thirteen other people, including the bus driver, remained in hospital, four of them in serious condition."),
 ("kenmount-road-bus-crash", HERALD, "en", 3, 260, 2500, [NL, H], "teaser",
  "Code orange at Health Sciences Centre as crash victims arrive",
  "The Health Sciences Centre in St. John's called a code orange on Tuesday evening as the people hurt in the Kenmount Road bus crash arrived within the hour, and off-duty nurses and doctors were asked to come in, the Avalon Health Authority said.",
  "The call came hours before the hospital's cleaners, porters and kitchen staff were due to walk off the job. Health Minister Derek Mercer thanked the staff who \"ran toward the ambulance bay, not away from it.\""),
 ("kenmount-road-bus-crash", "upi-like.com", "en", 3, 420, 500, [CA], "upi",
  "Truck driver charged after deadly bus crash in Canada",
  "Police in St. John's, Newfoundland, charged the driver of a gravel truck with dangerous driving causing death late Tuesday, hours after his truck ran a red light and struck a city bus carrying 23 people.",
  "The 46-year-old driver was released on conditions and is due in court in July.",
  {"date_en": "May 18"}),
 ("kenmount-road-bus-crash", AVALON, "en", 3, 560, 2100, [NL], "",
  "Kenmount Road stays closed; CityLink reroutes routes 10 and 11",
  "Commuters who take CityLink routes 10 and 11 will be picked up on Topsail Road instead of Kenmount Road on Wednesday morning, while police keep the intersection where a bus and a gravel truck collided closed to traffic, the city said.",
  "Drivers heading to the Avalon Mall should use Thorburn Road. Counsellors will be at the CityLink depot for drivers and staff."),

 # 3. Strike: 4,200 hospital support workers (cleaners, porters, kitchen and laundry staff) walk
 #    out at 6 a.m. Wednesday; "strike", "walkout", "job action", "picket lines", "grève";
 #    the Health Sciences Centre first named; the Premier on "Night Line" (post 13).
 ("nl-hospital-support-workers-strike", NARROWS, "en", 3, 70, 2900, [NL, H], "",
  "Hospital support workers to strike Wednesday after talks fail",
  "About 4,200 cleaners, porters, kitchen and laundry workers at the Health Sciences Centre and 22 other hospitals and long-term care homes will go on strike at 6 a.m. Wednesday after talks with the province broke off on Tuesday afternoon, the Health Support Workers' Union said.",
  "The union wants a 12% raise over three years and an end to the use of private cleaning contractors."),
 ("nl-hospital-support-workers-strike", HERALD, "en", 3, 210, 3100, [NL, H, P], "",
  "Abbott urges hospital workers to hold off on strike",
  "Premier Ruth Abbott asked hospital support workers on Tuesday night to hold off their strike and return to the table, telling Radio Narrows 590's \"Night Line\": \"I'm not going to govern this province from a picket line or a wharf, but my door is open tonight.\"",
  "She said the government's offer of 7.5% over three years was \"the most this province can carry\"."),
 ("nl-hospital-support-workers-strike", CWIRE, "en", 3, 380, 1200, [NL, CA, H], "",
  "Surgeries postponed as Newfoundland hospital walkout nears",
  "The Avalon Health Authority postponed about 300 non-urgent surgeries and closed half its outpatient clinics for Wednesday and Thursday ahead of a walkout by hospital support staff, the authority's chief executive said.",
  "Managers and about 150 workers designated as essential will keep operating rooms, emergency departments and dialysis units clean."),
 ("nl-hospital-support-workers-strike", AVALON, "en", 3, 500, 2400, [NL, H], "byline_en",
  "Hospital strike: what patients need to know",
  "Emergency departments, labour and delivery, cancer care and dialysis will stay open during the support workers' job action, but patients with outpatient appointments on Wednesday or Thursday should call before they travel, the Avalon Health Authority said.",
  "Visitors are asked to bring their own meals for patients where they can, and to expect picket lines at the main entrances of the Health Sciences Centre and St. Clare's.",
  {"site": "Avalon Daily"}),
 ("nl-hospital-support-workers-strike", NORD, "fr", 3, 690, 250, [CA, H], "actu",
  "Terre-Neuve : les employés de soutien des hôpitaux en grève à l'aube",
  "Quelque 4 200 employés d'entretien, brancardiers et cuisiniers des hôpitaux de Terre-Neuve-et-Labrador devaient cesser le travail mercredi à 6 h, une ultime séance de négociation nocturne avec le gouvernement provincial n'ayant pas abouti, a annoncé leur syndicat.",
  "C'est la première grève dans les hôpitaux de la province depuis 2001."),

 # 4. The Winokapau hydro agreement with Quebec: House of Assembly vote set for Thursday;
 #    all-night debate; Quebec view; power-bill explainer; Innu reaction.
 ("winokapau-hydro-deal-vote", CWIRE, "en", 3, 30, 1500, [NL, P], "",
  "House of Assembly to vote Thursday on Winokapau hydro deal",
  "Newfoundland and Labrador's House of Assembly will vote on Thursday on the Winokapau hydroelectric agreement with Quebec, Government House Leader Sandra Pike said on Tuesday, after the opposition spent a third day trying to stall the bill.",
  "The agreement would see the two provinces build a 2,200-megawatt station on the Churchill River and split its power for 50 years."),
 ("winokapau-hydro-deal-vote", NORDET, "fr", 3, 180, 600, [CA, P], "byline_fr",
  "Entente du Winokapau : Québec suspendu au vote de Terre-Neuve",
  "Le gouvernement du Québec attend le vote de jeudi à l'Assemblée de Terre-Neuve-et-Labrador avant de soumettre à son tour l'entente du Winokapau aux députés québécois, a indiqué mardi le cabinet du ministre de l'Économie.",
  "La future centrale de 2 200 mégawatts sur le fleuve Churchill doit entrer en service en 2036.",
  {"site": "Le Nordet", "author": "Mathieu Bergeron"}),
 ("winokapau-hydro-deal-vote", NARROWS, "en", 3, 290, 2000, [NL, B], "",
  "What the Winokapau deal means for your power bill",
  "Residential power rates on the island would be capped at a 2.25% increase a year until 2035 under the Winokapau agreement, and Newfoundland and Labrador Hydro would get 40% of the new station's output at cost, according to the documents tabled in the House.",
  "The opposition says the cap is funded by borrowing and will come back on bills after 2035."),
 ("winokapau-hydro-deal-vote", HERALD, "en", 3, 410, 1700, [NL, P], "",
  "Opposition keeps House sitting past midnight on hydro bill",
  "Opposition members kept the House of Assembly sitting past midnight on Tuesday, taking turns to read out letters from constituents against the Winokapau hydro agreement, as Opposition Leader Brent Dawe vowed to use every hour left before Thursday's vote.",
  "The government holds 22 of the 40 seats."),
 ("winokapau-hydro-deal-vote", AP, "en", 3, 600, 400, [CA], "ap",
  "Innu leaders say Newfoundland hydro deal was signed without them",
  "Innu leaders in Labrador said Tuesday they would go to court if the Newfoundland and Labrador legislature approves a hydroelectric deal with Quebec this week, arguing that the dam would flood land their families have hunted on for generations.",
  "", {"city": "Sheshatshiu, Labrador"}),

 # 5. Demonstration: fish harvesters rally at Confederation Building over the snow crab price
 #    ($2.60 a pound); "rally", "protest", "demonstration"; boats tied up; the Premier on
 #    "Night Line" (post 25); post 24 falls silent for the Cape Spear Maid crew.
 ("crab-price-rally-confederation-building", AVALON, "en", 2, 10, 2600, [NL, B], "",
  "Harvesters rally at Confederation Building over crab price",
  "Several hundred fish harvesters rallied outside Confederation Building in St. John's on Tuesday afternoon to demand that the province overturn a price-setting panel's decision to fix snow crab at $2.60 a pound, which they say will not cover their fuel and bait.",
  "Many of them have kept their boats tied up since the price was set on May 7."),
 ("crab-price-rally-confederation-building", ROCK, "en", 2, 120, 2200, [NL], "",
  "Crab rally falls silent for missing fishermen",
  "The crowd of fish harvesters outside Confederation Building stopped chanting and took off their caps for a minute of silence on Tuesday evening when word spread that a crab boat from Bay de Verde was missing on the Grand Banks.",
  "The rally then went on with speeches until after 8 p.m., with Fisheries Minister Paul Dalton booed when he came out to speak."),
 ("crab-price-rally-confederation-building", NARROWS, "en", 2, 205, 1900, [NL, P], "",
  "Abbott won't overrule crab panel, tells harvesters her door is open",
  "Premier Ruth Abbott said on Tuesday night she would not overrule the panel that set this year's snow crab price, telling Radio Narrows 590's \"Night Line\": \"I'm not going to govern this province from a picket line or a wharf, but my door is open tonight.\"",
  "She said she would meet harvesters' leaders on Wednesday."),
 ("crab-price-rally-confederation-building", CWIRE, "en", 2, 520, 900, [NL, CA, B], "",
  "Newfoundland crab fleet to stay tied up after Confederation Building protest",
  "Newfoundland and Labrador's snow crab fleet will stay tied up until the price of $2.60 a pound is reopened, the Fish Harvesters' Alliance said late Tuesday after its members demonstrated for six hours outside the provincial legislature.",
  "Processors say the plants will lose their American buyers if no crab is landed by June."),

 ("crab-price-rally-confederation-building", NORD, "fr", 2, 340, 250, [CA, B], "",
  "Terre-Neuve : des centaines de pêcheurs manifestent contre le prix du crabe",
  "Plusieurs centaines de pêcheurs ont manifesté mardi devant le parlement de Terre-Neuve-et-Labrador, à Saint-Jean, pour réclamer la révision du prix du crabe des neiges fixé à 2,60 dollars la livre, jugé trop bas pour couvrir le carburant et l'appât.",
  "Une partie de la flottille reste à quai depuis le 7 mai."),

 # 6. Fire 1: a wildfire near Gander; "wildfire", "forest fire", "blaze", "feu de forêt";
 #    900 -> 1,400 hectares; 300 -> 650 homes evacuated; the Trans-Canada closed.
 ("gander-wildfire-evacuations", AP, "en", 3, 100, 1600, [NL, CA], "place",
  "Wildfire forces evacuation of 300 homes in Gander",
  "A wildfire burning out of control on the edge of Gander forced the evacuation of about 300 homes on Tuesday afternoon and closed the Trans-Canada Highway between the town and Appleton, provincial officials said.",
  "The fire had burned about 900 hectares of spruce and fir by late afternoon.",
  {"city": "Gander"}),
 ("gander-wildfire-evacuations", AVALON, "en", 3, 190, 2800, [NL], "caption",
  "Water bombers fight Gander blaze as residents leave",
  "Four water bombers scooped from Gander Lake all evening on Tuesday as crews tried to keep a forest fire out of the town's Sandy Lake Road neighbourhood, where residents were given 30 minutes to pack and leave.",
  "Wind gusts of up to 50 km/h from the west pushed the smoke over the town centre.",
  {"caption": "A water bomber drops its load over burning forest behind houses on Sandy Lake Road in Gander on Tuesday evening.",
   "site": "Avalon Daily"}),
 ("gander-wildfire-evacuations", NORD, "fr", 3, 400, 300, [CA, W], "lire",
  "Canada : un feu de forêt menace la ville de Gander, à Terre-Neuve",
  "Un feu de forêt qui a déjà parcouru 1 200 hectares menaçait mardi soir la ville de Gander, dans le centre de Terre-Neuve, où plusieurs centaines de maisons ont été évacuées, selon les autorités provinciales.",
  "Gander est connue pour avoir accueilli des milliers de passagers aériens détournés le 11 septembre 2001.",
  {"also": "Canada : un crabier chavire au large de Terre-Neuve, quatre disparus"}),
 ("gander-wildfire-evacuations", CWIRE, "en", 3, 540, 1300, [NL, CA], "",
  "Gander widens evacuation as fire jumps Trans-Canada",
  "The town of Gander ordered about 350 more homes evacuated late Tuesday after the wildfire on its western edge jumped the Trans-Canada Highway, bringing the number of homes emptied to about 650, Mayor Jill Goodyear said.",
  "The fire now covers about 1,400 hectares. No injuries have been reported."),
 ("gander-wildfire-evacuations", NARROWS, "en", 3, 620, 1500, [NL], "donate",
  "How to help Gander's evacuees",
  "The Canadian Red Cross has opened a reception centre for Gander's evacuees at the Steele Community Centre and is asking people who want to help to give money rather than clothes or food, which it cannot store.",
  "Hotels in Gander and Glenwood have offered rooms at cost; families with pets can register at the town's depot on Airport Boulevard."),

 # 7. Trial 1: the Whelan murder verdict, Supreme Court on Duckworth Street; the 2025 stabbing
 #    outside a George Street bar.
 ("whelan-george-street-murder-verdict", ROCK, "en", 2, 60, 2400, [NL, J], "",
  "Jury finds Whelan guilty of second-degree murder",
  "A jury in St. John's found Tyler Whelan guilty of second-degree murder on Tuesday in the stabbing death of Mark Kennedy outside a George Street bar in October 2025, after deliberating for about nine hours.",
  "Whelan, 29, showed no reaction as the verdict was read in the Supreme Court on Duckworth Street."),
 ("whelan-george-street-murder-verdict", HERALD, "en", 2, 240, 1800, [NL, J], "teaser",
  "Victim's mother after Whelan verdict: 'Now we can grieve'",
  "Mark Kennedy's mother, Linda Kennedy, stood on the steps of the Duckworth Street courthouse on Tuesday evening and said her family could finally start to grieve, 19 months after her son was stabbed outside a downtown bar.",
  "\"He was 24 and he was trying to break up a fight,\" she said."),
 ("whelan-george-street-murder-verdict", CWIRE, "en", 2, 330, 700, [NL, J], "",
  "Whelan to be sentenced in June for George Street killing",
  "Justice Anne Fitzpatrick set June 21 for the sentencing of Tyler Whelan, the man convicted on Tuesday of killing 24-year-old Mark Kennedy outside a George Street bar, and asked for a victim impact statement from the family.",
  "The defence said it would consider an appeal."),
 ("whelan-george-street-murder-verdict", NARROWS, "en", 2, 470, 1000, [NL, J], "",
  "What a second-degree murder conviction means for Whelan",
  "A conviction for second-degree murder carries an automatic life sentence in Canada, and the judge's only decision is how long Tyler Whelan must serve before he can apply for parole, somewhere between 10 and 25 years.",
  "The Crown has said it will ask for 15 years."),

 # 8. Trial 2: former MHA and former fisheries minister Carl Hiscock's fraud trial opens at the
 #    same courthouse; $212,000 of constituency allowances.
 ("hiscock-allowance-fraud-trial", CWIRE, "en", 2, 15, 1100, [NL, J, P], "",
  "Fraud trial of former MHA Carl Hiscock opens in St. John's",
  "Former cabinet minister Carl Hiscock pleaded not guilty on Tuesday to fraud and breach of trust as his trial opened in the Supreme Court in St. John's, where the Crown says he billed the House of Assembly for $212,000 of work that was never done.",
  "Hiscock, 63, was fisheries minister from 2015 to 2017 and represented Baie Verte-Green Bay until 2023."),
 ("hiscock-allowance-fraud-trial", HERALD, "en", 2, 140, 1300, [NL, J], "",
  "Ex-aide testifies Hiscock told her to sign invoices",
  "Carl Hiscock's former constituency assistant told the court on Tuesday that the ex-MHA asked her to sign invoices from a printing company she had never heard of, and that she did so because she \"did not think a minister would ask me to do anything wrong\".",
  "Under cross-examination, she agreed she had never seen Hiscock handle the payments himself."),
 ("hiscock-allowance-fraud-trial", AVALON, "en", 2, 350, 900, [NL, P], "",
  "Hiscock trial: what the former MHA is accused of",
  "The Crown alleges that Carl Hiscock billed the House of Assembly's constituency allowance for printing, advertising and consulting work between 2018 and 2022 through two companies controlled by a relative, and that none of the work was delivered.",
  "The trial is expected to last three weeks, with 18 witnesses."),
 ("hiscock-allowance-fraud-trial", ROCK, "en", 2, 590, 600, [NL, J], "",
  "Auditor to take stand Wednesday in Hiscock trial",
  "The House of Assembly's former chief auditor will testify on Wednesday in the fraud trial of Carl Hiscock, the Crown told the judge at the end of the first day of hearings.",
  ""),

 # 9. Fire 2: a downtown pub fire on Water Street, St. John's; a firefighter to the Health
 #    Sciences Centre.
 ("water-street-pub-fire", ROCK, "en", 1, 400, 1900, [NL], "",
  "Fire guts downtown pub on Water Street",
  "Fire destroyed the Anchor and Net pub on Water Street in downtown St. John's late Tuesday, sending thick smoke up the hill toward Duckworth Street and forcing residents of apartments above neighbouring shops out into the night, St. John's Regional Fire Department said.",
  "The pub had closed at 10 p.m. and no one was inside."),
 ("water-street-pub-fire", HERALD, "en", 1, 530, 1200, [NL], "",
  "Firefighter treated after Water Street blaze",
  "A firefighter was taken to the Health Sciences Centre with heat exhaustion after crews spent three hours fighting the fire that gutted the Anchor and Net pub on Water Street, the fire department said early Wednesday.",
  "The cause of the fire is under investigation."),
 ("water-street-pub-fire", NARROWS, "en", 1, 640, 800, [NL], "",
  "'A piece of downtown gone': musicians mourn the Anchor and Net",
  "Musicians who played Friday nights at the Anchor and Net for three decades gathered across Water Street before dawn on Wednesday to look at the blackened shell of the pub, which opened in 1989.",
  ""),

 # 10. Business 1: Nordhav Energy delays the Cabot Deep offshore oil project (shared byline line).
 ("cabot-deep-oil-delay", WIRE, "en", 2, 250, 700, [NL, B], "reuters_line",
  "Nordhav delays decision on Cabot Deep oil project off Newfoundland",
  "Norway's Nordhav Energy has pushed back its final investment decision on the Cabot Deep oil project in the Orphan Basin off Newfoundland by two years to 2029, citing higher costs for floating production vessels, the company said on Tuesday.",
  "The project was expected to produce about 180,000 barrels a day at its peak."),
 ("cabot-deep-oil-delay", "gulf-wire.com", "en", 2, 340, 200, [W, B], "kuna",
  "Kuwaiti partner reviews stake in Canadian offshore field after delay",
  "Kuwait's overseas petroleum arm said it was reviewing its 15 percent stake in the Cabot Deep offshore field in Canada after the operator delayed the project's investment decision to 2029.",
  "", {"city": "Kuwait", "date_en": "May 19"}),
 ("cabot-deep-oil-delay", HERALD, "en", 2, 450, 1000, [NL, B], "",
  "Energy minister 'deeply disappointed' by Cabot Deep delay",
  "Energy Minister Gail Butt said on Tuesday she was deeply disappointed by Nordhav Energy's decision to delay the Cabot Deep project, which had been expected to bring about 2,000 construction jobs to the Marystown and Bull Arm yards.",
  ""),

 # 11. Business 2: Wabush Ridge Mining lays off 310 in Labrador City (shared byline line); the
 #     Zug-based owner; the mayor; the union.
 ("labrador-city-iron-mine-layoffs", WIRE, "en", 2, 255, 600, [NL, B], "reuters_line",
  "Iron ore miner to lay off 310 in Labrador as prices slide",
  "Wabush Ridge Mining will lay off 310 workers and idle one of its two pits in Labrador City from July because of weak iron ore prices, its Swiss-based owner Ferronord said on Tuesday.",
  "The mine shipped 6.1 million tonnes of concentrate last year."),
 ("labrador-city-iron-mine-layoffs", "agence-alpes.ch", "fr", 2, 700, 150, [W, B], "ats",
  "Ferronord réduit la voilure au Canada",
  "Le négociant en matières premières Ferronord, basé à Zoug, va supprimer 310 emplois dans sa mine de fer du Labrador, au Canada, en raison de la baisse des cours du minerai, a-t-il annoncé mardi.",
  "Le groupe maintient ses prévisions de résultat pour l'année.",
  {"city": "Zoug"}),
 ("labrador-city-iron-mine-layoffs", NARROWS, "en", 2, 380, 900, [NL], "",
  "Labrador City mayor: 'We've been here before'",
  "Labrador City Mayor Dennis Rumbolt said on Tuesday the town would survive the loss of 310 mining jobs as it did in 2015, but asked the province to delay a planned increase in the mining tax.",
  "The town has about 7,400 residents."),
 ("labrador-city-iron-mine-layoffs", AVALON, "en", 2, 560, 600, [NL, B], "",
  "Steelworkers to fight Wabush Ridge layoff order by seniority",
  "The United Steelworkers local at Wabush Ridge Mining said it would file a grievance over the company's plan to pick the 310 workers it lays off by job category rather than seniority.",
  ""),

 # 12. The Saint-Pierre cod quota dispute: France and Canada fail to agree the 3Ps quota;
 #     Saint-Pierre fishermen ask Paris to step in; the prefect receives them.
 ("saint-pierre-cod-quota-dispute", ECHO, "fr", 2, 80, 700, [W], "publie",
  "Morue : pas d'accord entre Paris et Ottawa sur le quota de la zone 3Ps",
  "Les négociations entre la France et le Canada sur le quota de morue de la zone 3Ps, au sud de Terre-Neuve, se sont achevées mardi à Ottawa sans accord, a annoncé la préfecture de Saint-Pierre-et-Miquelon.",
  "Le Canada propose de réduire le total autorisé de 20 %, ce que la délégation française juge injustifié.",
  {"site": "L'Écho des Îles"}),
 ("saint-pierre-cod-quota-dispute", "radioarchipel.pm", "fr", 2, 270, 500, [W], "soutien",
  "Les pêcheurs de l'archipel demandent à Paris d'intervenir",
  "Les patrons pêcheurs de Saint-Pierre-et-Miquelon ont réclamé mardi soir l'intervention du ministère de la Mer, estimant qu'une baisse du quota de morue condamnerait les quatre derniers chalutiers de l'archipel.",
  "Ils menacent de bloquer le quai de Saint-Pierre au départ du traversier pour Fortune."),
 ("saint-pierre-cod-quota-dispute", WIRE, "en", 2, 360, 400, [CA, W], "reuters",
  "France, Canada fail to agree on cod quota off Saint-Pierre",
  "France and Canada failed on Tuesday to agree on this year's cod quota for the waters off Newfoundland's south coast that they share with the French islands of Saint-Pierre and Miquelon, officials from both countries said.",
  "Ottawa wants a 20% cut in the total allowable catch after a poor scientific survey.",
  {"city": "Ottawa"}),
 ("saint-pierre-cod-quota-dispute", NORD, "fr", 2, 610, 200, [W], "",
  "Morue : le préfet de Saint-Pierre reçoit les pêcheurs mercredi",
  "Le préfet de Saint-Pierre-et-Miquelon recevra mercredi les représentants des pêcheurs de l'archipel, après l'échec des négociations franco-canadiennes sur le quota de morue, a indiqué la préfecture.",
  ""),

 # 13. The Bell Island ferry out of service (gearbox failure); patients miss appointments.
 ("bell-island-ferry-breakdown", NARROWS, "en", 1, 25, 1800, [NL], "",
  "Bell Island ferry out of service with gearbox failure",
  "The MV Lance Cove, one of the two ferries between Bell Island and Portugal Cove, was taken out of service on Tuesday afternoon after a gearbox failure, leaving one boat to carry all traffic, the Department of Transportation said.",
  "Crossings will run every 90 minutes instead of every 45."),
 ("bell-island-ferry-breakdown", AVALON, "en", 1, 310, 1100, [NL, H], "",
  "Bell Islanders miss hospital appointments as ferry lineups grow",
  "Bell Island residents with medical appointments in St. John's waited up to four hours at the Wabana terminal on Tuesday, and some gave up and went home, after one of the island's two ferries broke down.",
  "The town council asked the province to give patients priority boarding."),
 ("bell-island-ferry-breakdown", HERALD, "en", 1, 590, 700, [NL], "",
  "Province looks to charter boat as Bell Island ferry sits idle",
  "The province is trying to charter a passenger boat for Bell Island while the MV Lance Cove waits for a replacement gearbox from Germany, which could take three weeks, Transportation Minister Keith Lundrigan said.",
  ""),

 # 14. Filler: basketball result, horoscope, weather bulletin, lottery, promo.
 ("tidewaters-breakers-basketball", "rocksports.ca", "en", 0, 290, 2300, ["Sports"], "",
  "Tidewaters beat Breakers 104-97 to even series",
  "The St. John's Tidewaters beat the Halifax Breakers 104-97 at Mile One Arena on Tuesday night to even their playoff series at two games apiece, with guard Jamal Foote scoring 31 points.",
  "Game 5 is in Halifax on Friday."),
 ("tidewaters-breakers-basketball", HERALD, "en", 0, 360, 800, ["Sports"], "",
  "Foote's 31 lift Tidewaters, series tied 2-2",
  "Jamal Foote scored 31 points, 12 of them in the fourth quarter, as the Tidewaters came back from nine down to beat the Breakers 104-97 on Tuesday.",
  ""),
 ("horoscope-wed-may19", "starsandtides.ca", "en", 0, 3, 1000, ["Horoscope"], "",
  "Your horoscope for Wednesday, May 19",
  "Taurus, the conversation you have been putting off goes better than you fear, so pick up the phone before lunch.",
  "Gemini: a small expense saves a big one. Cancer: let someone else drive today."),
 ("weather-nl-wed", "nlweatherdesk.ca", "en", 0, 660, 1900, ["Weather"], "",
  "Wednesday forecast: fog and drizzle on the Avalon, dry and windy inland",
  "St. John's and the Avalon can expect fog, drizzle and a high of only 9C on Wednesday, while central Newfoundland stays dry and sunny with a high of 24C and westerly winds gusting to 50 km/h, Environment Canada said.",
  "The fire weather index is extreme for the Gander and Grand Falls-Windsor areas."),
 ("atlantic-lotto-may18", "lottoatlantic.ca", "en", 0, 235, 1200, ["Lottery"], "",
  "Atlantic 49 winning numbers for Tuesday, May 18",
  "The winning numbers in Tuesday night's Atlantic 49 draw were 3, 14, 19, 27, 38 and 44, with a bonus number of 8, and no ticket matched all six.",
  "A ticket sold in Clarenville matched five numbers and the bonus."),
 ("promo-herald-morning-brief", HERALD, "en", 0, 50, 150, ["Promo"], "",
  "Get The Harbour Herald Morning Brief in your inbox",
  "Sign up for The Harbour Herald Morning Brief and start every weekday with the five stories Newfoundland and Labrador is talking about, in your inbox by 6 a.m.",
  "It's free. Unsubscribe any time."),
]
