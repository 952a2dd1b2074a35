# Day 62 (hold-out): a Fiji English channel, morning edition of Wednesday 13 January 2027
# (window 17:00 Tuesday - 05:00 Wednesday Suva, Pacific/Fiji = UTC+12, no summer time in 2027).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Prime Minister Seru Nalatu on Radio Vitu 98.4's
#   "Talanoa Tonight" on Tuesday evening, quoted about the cyclone port order (post 3) and about the
#   nurses' strike (post 14), both carrying "Nobody will be left on their own this week, not in the
#   islands and not on the wards.";
# - a shared wire byline line ("Pacific Desk | Updated: 01-12-2027 21:40 FJT"): Coral Wings Pacific's
#   Airbus order (post 44) and the Cook Islands seabed mining licence (post 47), unrelated stories;
# - the same hospital: Nasese Regional Hospital in Suva takes the arcade fire's injured (post 9) and
#   is the first hospital named in the nurses' strike (posts 13-17);
# - the same town: Honiara's no-confidence vote (posts 26-30) and Honiara's dengue outbreak (posts
#   31-34); the same port: the burnt ferry towed into Suva's Kings Wharf (post 23) while the cyclone
#   port order keeps every ferry tied up (post 3);
# - look-alike stories: two fires (the Nabukalou Arcade fire in Suva, posts 8-12; the engine-room
#   fire on the ferry Lomaiviti Star off Kadavu, posts 22-25); two strikes (Fiji nurses, posts
#   13-17; Lae port stevedores in PNG, posts 18-21); two court cases (the Koroi abuse-of-office
#   verdict in Suva, posts 35-38; the Tonga methamphetamine sentences, posts 39-43); two natural
#   hazards touching Vanuatu (the cyclone's rains in northern Vanuatu, post 5; the Tanna quake,
#   posts 50-53), and a French quake post carries a "Lire aussi" line naming the cyclone (post 52);
#   two votes/decisions in island parliaments (Solomons no-confidence vote; Cook Islands licence);
#   nurses again in the Australian aged-care visa story (posts 54-57, the union's reaction is the
#   visa story's, not the strike's); Fiji's Ministry of Health in the strike and in the dengue
#   airport checks (post 34); Coral Wings' cyclone cancellations inside its Airbus story (post 45);
#   the weather bulletin (post 60) kept apart from the cyclone;
# - stories told from other angles: the cyclone checklist (post 4), the traders (post 11) and how to
#   help (post 12), what patients need to know (post 16), the highlands' fuel (post 20), the ferry
#   passengers (post 25), the confidence-vote explainer (post 28), protecting your family from
#   dengue (post 33), the Nadi land explainer (post 38), the longliner's stop in Raiatea (post 42),
#   the jobs at Coral Wings (post 45), the protest in Avarua (post 48), the Loyalty Islands (post 53),
#   how to apply for the visas (post 56);
# - posts in French (the agencies' French service and French-language Pacific papers): posts 5, 30,
#   40, 41, 42, 49, 52, 53;
# - a promo posted alone (post 62); filler of importance 0: the Drua result (posts 58-59), the
#   weather bulletin (post 60), the horoscope (post 61), the lotto draw (post 63).
NAME = "2027-01-13-en-morning-suva-h62"
CHANNEL = {"lang": "en", "tz": "Pacific/Fiji"}
WINDOW = ("2027-01-12T05:00:00Z", "2027-01-12T17:00:00Z")
CTX = {"stamp": "01-12-2027 21:40", "city": "Suva", "date_fr": "12 janv", "date_en": "Jan. 12",
       "author": "Litia Vakacegu", "clarify": "the number of people in evacuation centres",
       "caption": "", "also": "", "country": "Fiji",
       "line": "Pacific Desk | Updated: 01-12-2027 21:40 FJT"}
# The editor's top 5: Cyclone Tavita, the deadly Suva arcade fire, the nurses' strike, the Koroi
# verdict, the Solomon Islands no-confidence vote.
TOP5 = ["cyclone-tavita-fiji", "suva-nabukalou-arcade-fire", "fiji-nurses-strike",
        "koroi-abuse-of-office-verdict", "solomons-no-confidence-vote"]
FJ = "Fiji"
PAC = "Pacific"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
TIMES = "islandtimes.com.fj"
POST = "suvapost.com.fj"
BULA = "bulanews.fj"
HERALD = "pacificherald.net"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
LAGON = "echodulagon.nc"
HONI = "honiarastar.com.sb"
POSTS = [
 # 1. Tropical Cyclone Tavita: Category 2 -> 3, hurricane warning for Vanua Levu, Taveuni and Lau;
 #    "cyclone", "storm", "system", "dépression"; toll 1 dead + 1 missing -> 2 dead; evacuees
 #    6,200 -> 11,000.
 ("cyclone-tavita-fiji", WIRE, "en", 3, 75, 2100, [FJ, PAC], "reuters",
  "Cyclone Tavita strengthens to Category 3, Fiji issues hurricane warning",
  "Tropical Cyclone Tavita strengthened to a Category 3 storm on Tuesday evening as it moved toward Fiji's northern island of Vanua Levu, and the Fiji Meteorological Service issued a hurricane warning for Vanua Levu, Taveuni and the Lau group.",
  "At 6 p.m. the system was about 280 km west-northwest of Labasa, with average winds of 120 km/h near its centre and gusts of up to 165 km/h, forecasters said. A gale warning is in force for Viti Levu.",
  {"date_en": "Jan 12"}),
 ("cyclone-tavita-fiji", TIMES, "en", 3, 135, 3600, [FJ], "",
  "Evacuation centres open across the North as Tavita nears",
  "More than 140 evacuation centres were opened across Vanua Levu and Taveuni on Tuesday, and about 6,200 people had moved into them by 7 p.m. as Tropical Cyclone Tavita bore down on the Northern Division, the National Disaster Management Office said.",
  "Schools in the Northern Division will stay closed on Wednesday, and the Labasa and Savusavu markets will not open."),
 ("cyclone-tavita-fiji", POST, "en", 3, 200, 2800, [FJ, P], "caption",
  "PM orders every boat to stay in port until Tavita passes",
  "Prime Minister Seru Nalatu ordered all inter-island ferries and fishing boats to stay in port from Tuesday night until the cyclone has passed, telling Radio Vitu 98.4's \"Talanoa Tonight\": \"Nobody will be left on their own this week, not in the islands and not on the wards.\"",
  "The Maritime Safety Authority said the order covers every vessel under 500 tonnes, and that skippers who ignore it will lose their licences.",
  {"caption": "Villagers in Savusavu tie down the roof of their community hall with ropes and old tyres ahead of Tropical Cyclone Tavita on Tuesday afternoon.",
   "site": "The Suva Post"}),
 ("cyclone-tavita-fiji", BULA, "en", 3, 250, 2400, [FJ], "donate",
  "Cyclone checklist: what to have ready before Tavita arrives",
  "Fill containers with drinking water, charge phones and power banks, put birth certificates and land papers in a sealed plastic bag, and tie down or bring inside anything the wind can lift, the National Disaster Management Office told households in the warning areas on Tuesday.",
  "Keep a battery radio on for the all-clear, and do not go outside when the wind drops: it may only be the eye of the storm passing over."),
 ("cyclone-tavita-fiji", NORD, "fr", 3, 330, 300, [PAC, W], "afp",
  "Fidji : le cyclone Tavita se renforce et menace le nord de l'archipel",
  "Le cyclone tropical Tavita, passé mardi de la catégorie 2 à la catégorie 3, se dirigeait vers les îles du nord et de l'est des Fidji, où des milliers d'habitants ont gagné des centres d'évacuation, a indiqué le service météorologique fidjien.",
  "Dimanche et lundi, la dépression avait déversé de fortes pluies sur le nord du Vanuatu, sans faire de victimes.",
  {"city": "Nouméa"}),
 ("cyclone-tavita-fiji", AP, "en", 3, 470, 1500, [FJ, PAC], "ap",
  "Woman killed, man missing as cyclone lashes Fiji's north",
  "A woman was killed when a mango tree fell on her house and a man was missing after being swept away by a flooded creek as Cyclone Tavita lashed Fiji's second-largest island overnight, police said early Wednesday.",
  "Power was cut to most of Labasa and Savusavu, and the road between the two towns was blocked by landslides.",
  {"city": "Labasa"}),
 ("cyclone-tavita-fiji", WIRE, "en", 3, 640, 1700, [FJ, PAC], "updated",
  "Cyclone Tavita kills two in Fiji, heads for Lau islands",
  "Two people were killed as Cyclone Tavita swept across Fiji's northern island of Vanua Levu overnight, police said early on Wednesday, and more than 11,000 people spent the night in evacuation centres as the storm moved on toward the remote Lau group.",
  "Villagers found the body of a 61-year-old farmer swept away near Dreketi in the early hours, police said."),

 # 2. Fire 1: the Nabukalou Arcade fire on Cumming Street, central Suva: "fire", "blaze",
 #    "inferno"; 14 shops destroyed; nine hurt to Nasese Regional Hospital; a body found.
 ("suva-nabukalou-arcade-fire", TIMES, "en", 3, 150, 3900, [FJ], "",
  "Fire guts Suva arcade as shoppers flee Cumming Street",
  "A fire tore through the Nabukalou Arcade in central Suva on Tuesday evening, destroying at least 14 shops and sending hundreds of late shoppers and workers running down Cumming Street, the National Fire Authority said.",
  "Crews from the Suva, Nasinu and Lami stations fought the blaze for more than two hours before bringing it under control shortly after 8 p.m."),
 ("suva-nabukalou-arcade-fire", POST, "en", 3, 260, 2500, [FJ, H], "caption",
  "Nine hurt in Suva arcade blaze, two firefighters among them",
  "Nine people, two of them firefighters, were taken to Nasese Regional Hospital with burns and smoke inhalation after Tuesday evening's fire at the Nabukalou Arcade, a hospital spokeswoman said.",
  "One of the firefighters was in a serious but stable condition.",
  {"caption": "Firefighters spray water on the collapsing roof of the Nabukalou Arcade on Cumming Street, Suva, on Tuesday night.",
   "site": "The Suva Post"}),
 ("suva-nabukalou-arcade-fire", WIRE, "en", 3, 520, 900, [FJ, PAC], "reuters",
  "Body found in ruins of Suva shopping arcade after fire",
  "Firefighters found a body in the ruins of a shopping arcade in Fiji's capital early on Wednesday, hours after a fire destroyed more than a dozen shops in the city's oldest commercial street, police said.",
  "Police said the victim was believed to be the arcade's night watchman, who had not been seen since the fire began.",
  {"date_en": "Jan 13"}),
 ("suva-nabukalou-arcade-fire", BULA, "en", 3, 600, 1900, [FJ], "teaser",
  "'Thirty years of work, gone in an hour': Cumming Street traders count losses",
  "Shopkeepers stood behind police tape on Cumming Street before dawn on Wednesday, watching smoke still rise from what was left of the Nabukalou Arcade, where many of them had sold saris, phones and kava bowls for decades.",
  "\"My father opened this shop in 1994, and none of it was insured,\" said a tailor who lost two sewing machines and a month of orders."),
 ("suva-nabukalou-arcade-fire", HERALD, "en", 3, 660, 1100, [FJ], "",
  "How to help the traders who lost their shops in the arcade fire",
  "Suva City Council has opened a relief account for the traders of the burnt Nabukalou Arcade, and the Suva Chamber of Commerce is collecting pledges of stock, shelving and cash, the council said early Wednesday.",
  "Donations can be made at any branch of the Bank of the South Pacific, quoting the reference ARCADE27."),

 # 3. Strike 1: Fiji's government nurses, from 7 a.m. Wednesday: "strike", "walkout", "industrial
 #    action", "stoppage"; Nasese Regional Hospital first named; army medics called in.
 ("fiji-nurses-strike", POST, "en", 3, 40, 2600, [FJ, H], "",
  "Nurses to strike from Wednesday as pay talks collapse",
  "Nurses at Nasese Regional Hospital and 11 other government hospitals will walk off the job from 7 a.m. on Wednesday after last-ditch pay talks with the Ministry of Health broke down on Tuesday afternoon, the Fiji Nurses Union said.",
  "The union is seeking a 14% pay rise and overtime it says has been owed since 2024."),
 ("fiji-nurses-strike", TIMES, "en", 3, 230, 2900, [FJ, H, P], "",
  "Nalatu urges nurses to call off strike and return to talks",
  "Prime Minister Seru Nalatu urged nurses on Tuesday night to call off their strike and go back to the negotiating table, telling Radio Vitu 98.4's \"Talanoa Tonight\": \"Nobody will be left on their own this week, not in the islands and not on the wards.\"",
  "He said the government could not offer more than 6% this year without cutting other health spending."),
 ("fiji-nurses-strike", WIRE, "en", 3, 400, 800, [FJ, PAC, H], "reuters",
  "Fiji nurses to stage first nationwide walkout in a decade",
  "Fiji's government nurses will stage their first nationwide walkout in more than a decade on Wednesday, their union said, as the Pacific nation braces for a cyclone expected to bring floods and injuries to its northern islands.",
  "About 3,100 nurses work in the public health system."),
 ("fiji-nurses-strike", BULA, "en", 3, 500, 2200, [FJ, H], "byline_en",
  "Nurses' strike: what patients need to know",
  "Emergency departments, maternity wards and dialysis units will stay open during the nurses' stoppage, but outpatient clinics at Nasese Regional Hospital and other government hospitals will be closed and non-urgent operations postponed, the Ministry of Health said.",
  "Patients with appointments on Wednesday or Thursday will be called to rebook. Private clinics and pharmacies are not affected.",
  {"site": "Bula News"}),
 ("fiji-nurses-strike", "upi-like.com", "en", 3, 620, 400, [FJ, H], "upi",
  "Fiji calls in army medics as nurses' strike looms",
  "Fiji's military will send 120 medics and nurses into government hospitals from Wednesday morning to cover for striking nurses, the Ministry of Health said late Tuesday.",
  "The union called the move an attempt to break the industrial action.",
  {"date_en": "Jan. 13"}),

 # 4. Strike 2: stevedores at Lae port, Papua New Guinea: "dockworkers", "stevedores",
 #    "wharfies"; seven ships waiting; highlands fuel; talks resume Wednesday.
 ("lae-port-strike", WIRE, "en", 2, 90, 700, [PAC, B], "reuters",
  "Papua New Guinea dockworkers strike at Lae, halting container traffic",
  "Dockworkers at Papua New Guinea's port of Lae, the country's busiest, walked off the job on Tuesday over unpaid allowances, halting container handling and leaving at least seven ships waiting offshore, the port operator said.",
  "About 60% of PNG's imports pass through Lae.",
  {"city": "Port Moresby", "date_en": "Jan 12"}),
 ("lae-port-strike", "laecourier.com.pg", "en", 2, 210, 500, [PAC], "",
  "Wharfies vow to stay out until allowances are paid",
  "Striking stevedores at Lae's main wharf said on Tuesday evening they would not return to work until the port operator paid meal and shift allowances they say have been owed for 18 months, as queues of trucks stretched back along Milford Haven Road.",
  "Union organiser Peter Yamai said 640 workers had joined the stoppage."),
 ("lae-port-strike", AP, "en", 2, 430, 400, [PAC, B], "place",
  "Lae port strike threatens fuel and food supplies in PNG highlands",
  "Businesses in Papua New Guinea's highlands warned Tuesday that fuel and rice could run short within a week if a strike that has shut down the port of Lae is not settled, because nearly all goods for the region come through its wharves.",
  "Service stations in Goroka and Mount Hagen began limiting sales to 40 liters per vehicle.",
  {"city": "Lae", "country": "Papua New Guinea"}),
 ("lae-port-strike", "pngdailywire.com.pg", "en", 2, 610, 300, [PAC], "colon",
  "Lae port talks to resume on Wednesday",
  "Talks between the Lae port operator and the stevedores' union will resume on Wednesday morning under a mediator appointed by the Department of Labour, Labour Secretary Mathias Kewa said.",
  "He urged both sides to \"think of the mothers in the highlands who cannot buy rice\".",
  {"city": "Lae"}),

 # 5. Fire 2: the engine-room fire on the ferry Lomaiviti Star off Kadavu, towed into Suva.
 ("kadavu-ferry-fire", HERALD, "en", 2, 25, 1800, [FJ], "",
  "Ferry catches fire off Kadavu, all 243 on board safe",
  "All 212 passengers and 31 crew of the inter-island ferry Lomaiviti Star were taken off safely on Tuesday afternoon after a fire broke out in its engine room about 20 nautical miles north of Kadavu, the Republic of Fiji Navy said.",
  "A navy patrol boat and two fishing vessels took the passengers on board."),
 ("kadavu-ferry-fire", TIMES, "en", 2, 300, 2300, [FJ], "",
  "Burnt ferry towed into Suva's Kings Wharf",
  "The fire-damaged ferry Lomaiviti Star was towed into Kings Wharf in Suva late on Tuesday, and its passengers were brought ashore at the Muaiwalu jetty, where relatives had waited for more than five hours.",
  "Three passengers were treated for smoke inhalation at the wharf."),
 ("kadavu-ferry-fire", POST, "en", 2, 480, 1400, [FJ, B], "",
  "Maritime authority grounds ferry operator after engine-room fire",
  "The Maritime Safety Authority of Fiji suspended the operating licence of Lomaiviti Shipping on Tuesday night pending an investigation into the engine-room fire on its ferry off Kadavu, and said the company's second vessel had failed an inspection in November.",
  "The company said it would cooperate fully."),
 ("kadavu-ferry-fire", BULA, "en", 2, 560, 1600, [FJ], "",
  "'We sang hymns while the smoke came up': ferry passengers tell of fear at sea",
  "Passengers rescued from the burning ferry Lomaiviti Star said on Tuesday night that black smoke poured up the stairwells within minutes, and that crew members handed out life jackets while families on the top deck prayed and sang.",
  "\"The children were very brave, braver than me,\" said a teacher returning to Kadavu for the new school year."),

 # 6. Solomon Islands: no-confidence motion against PM Daniel Kwaioloa, vote set for Jan. 20.
 ("solomons-no-confidence-vote", HONI, "en", 2, 75, 900, [PAC, P], "",
  "No-confidence motion filed against PM Kwaioloa",
  "Opposition leader Grace Tatau filed a motion of no confidence in Prime Minister Daniel Kwaioloa on Tuesday, saying 27 of the 50 members of parliament had signed it after four ministers crossed the floor.",
  "The four resigned on Monday over a proposed tax on round-log exports."),
 ("solomons-no-confidence-vote", WIRE, "en", 2, 250, 600, [PAC, P], "reuters",
  "Solomon Islands PM to face no-confidence vote on Jan. 20",
  "Solomon Islands Prime Minister Daniel Kwaioloa will face a no-confidence vote in parliament on Jan. 20, the Speaker said on Tuesday, after four ministers quit his coalition in a row over a logging export tax.",
  "Kwaioloa told reporters he still had the numbers.",
  {"city": "Honiara", "date_en": "Jan 12"}),
 ("solomons-no-confidence-vote", HERALD, "en", 2, 440, 700, [PAC, P], "",
  "Explainer: how a no-confidence vote works in the Solomon Islands",
  "A prime minister in the Solomon Islands can be removed by a simple majority of parliament's 50 members, and if the motion passes, MPs must elect a successor by secret ballot within days, which turns the week before a vote into a scramble for numbers in Honiara's hotels.",
  "Since independence in 1978, six prime ministers have lost or resigned ahead of such votes."),
 ("solomons-no-confidence-vote", AP, "en", 2, 590, 500, [PAC, P], "ap",
  "Police step up patrols in Honiara ahead of confidence vote",
  "Police in the Solomon Islands capital said late Tuesday they would increase patrols in Chinatown and around Parliament House ahead of next week's no-confidence vote, recalling the unrest that has followed past leadership contests.",
  "Shop owners in Chinatown said some had begun moving stock out of the city.",
  {"city": "Honiara"}),
 ("solomons-no-confidence-vote", NORD, "fr", 2, 650, 150, [PAC, W], "actu",
  "Îles Salomon : le Premier ministre Kwaioloa visé par une motion de censure",
  "Le Premier ministre des îles Salomon, Daniel Kwaioloa, affrontera le 20 janvier une motion de défiance au Parlement, après la démission de quatre ministres opposés à une taxe sur les exportations de grumes.",
  "L'opposition affirme disposer de 27 voix sur 50."),

 # 7. Same town: dengue outbreak in Honiara, cases triple, three dead.
 ("honiara-dengue-outbreak", HONI, "en", 2, 180, 1000, [PAC, H], "",
  "Dengue cases triple in Honiara, three dead",
  "Dengue fever cases in Honiara have tripled in a month to more than 1,900, and three people, two of them children, have died, the Ministry of Health and Medical Services said on Tuesday.",
  "Most patients are being treated at Honiara Central Hospital, which has opened a second fever ward in a tent."),
 ("honiara-dengue-outbreak", AP, "en", 2, 360, 500, [PAC, H], "ap",
  "Dengue outbreak fills hospital corridors in Solomon Islands capital",
  "Patients with dengue fever are sharing beds and lying on mattresses in corridors at the main hospital in Honiara, the Solomon Islands capital, where the number of cases has tripled in a month, health officials said Tuesday.",
  "The World Health Organization said it was sending test kits and two epidemiologists.",
  {"city": "Honiara"}),
 ("honiara-dengue-outbreak", HONI, "en", 2, 470, 700, [PAC, H], "",
  "Dengue: how to protect your family",
  "Empty rainwater from old tyres, drums and coconut shells around your house every week, sleep under a net, and take a child with a high fever, a rash or bleeding gums to a clinic at once, Honiara City Council's health team said on Tuesday.",
  "Do not give aspirin or ibuprofen to anyone who may have dengue; paracetamol is safer."),
 ("honiara-dengue-outbreak", TIMES, "en", 2, 540, 1300, [FJ, H], "",
  "Fiji to screen Honiara passengers for fever after dengue deaths",
  "Fiji's Ministry of Health will screen passengers arriving from Honiara for fever at Nadi International Airport from Wednesday and spray aircraft cabins on arrival, after a dengue outbreak in the Solomon Islands capital killed three people.",
  "Fiji has recorded 46 dengue cases since the start of the year, none linked to the Solomons."),

 # 8. Court case 1: former lands minister Apenisa Koroi guilty of abuse of office, High Court, Suva.
 ("koroi-abuse-of-office-verdict", POST, "en", 2, 55, 2700, [FJ, P], "",
  "Former lands minister Koroi guilty of abuse of office",
  "Former lands minister Apenisa Koroi was found guilty of abuse of office by the High Court in Suva on Tuesday for approving the lease of 340 hectares of state land near Nadi to a company owned by his brother-in-law.",
  "Justice Miriama Tuilau set sentencing for Jan. 29. The offence carries a maximum of 10 years in prison."),
 ("koroi-abuse-of-office-verdict", WIRE, "en", 2, 170, 600, [FJ, PAC, P], "reuters",
  "Former Fiji minister convicted over land lease to relative's firm",
  "A former Fijian cabinet minister was convicted of abuse of office on Tuesday over a state land lease granted to a company owned by a relative, the first conviction of a former minister in Fiji in more than a decade.",
  "The case was brought by the Fiji Independent Commission Against Corruption.",
  {"date_en": "Jan 12"}),
 ("koroi-abuse-of-office-verdict", TIMES, "en", 2, 390, 1800, [FJ, P], "",
  "Koroi will appeal conviction, lawyers say",
  "Lawyers for former minister Apenisa Koroi said on Tuesday night that he would appeal his conviction, arguing that the High Court had wrongly admitted emails seized from his office without a warrant.",
  "Koroi, 63, left the court without speaking to reporters and was granted bail until sentencing."),
 ("koroi-abuse-of-office-verdict", HERALD, "en", 2, 580, 800, [FJ, B], "",
  "What happens to the Nadi land after the Koroi verdict",
  "The 99-year lease at the centre of the Koroi case stays valid until a civil court rules on it separately, so the resort planned on the land near Nadi cannot be stopped by Tuesday's guilty verdict alone, the Ministry of Lands said.",
  "The ministry said it would ask the Attorney-General to seek to have the lease cancelled."),

 # 9. Court case 2: Tonga jails two crew of a longliner from French Polynesia carrying 410 kg of
 #    methamphetamine; one of them Swiss.
 ("tonga-meth-longliner-sentence", "tongachronicle.to", "en", 2, 110, 600, [PAC], "",
  "Longliner crew jailed for 18 and 15 years over methamphetamine haul",
  "The Supreme Court in Nuku'alofa sentenced two crew members of a fishing boat caught with 410 kilograms of methamphetamine to 18 and 15 years in prison on Tuesday, the heaviest drug sentences ever handed down in Tonga.",
  "The longliner, registered in French Polynesia, was intercepted off 'Eua in August after sailing from Papeete."),
 ("tonga-meth-longliner-sentence", NORD, "fr", 2, 420, 200, [PAC, W], "afp",
  "Tonga : deux marins d'un palangrier parti de Tahiti condamnés pour trafic de méthamphétamine",
  "Deux hommes, dont un Suisse, qui convoyaient un palangrier parti de Papeete avec 410 kilos de méthamphétamine à bord, ont été condamnés mardi (lundi à Tahiti) à 18 et 15 ans de prison par la Cour suprême des Tonga.",
  "Le bateau avait été arraisonné en août au large de l'île d'Eua.",
  {"city": "Papeete"}),
 ("tonga-meth-longliner-sentence", "agence-alpes.ch", "fr", 2, 520, 150, [W], "ats",
  "Un Suisse condamné à 15 ans de prison aux Tonga pour trafic de drogue",
  "Un ressortissant suisse de 46 ans a été condamné à 15 ans de prison aux Tonga pour avoir convoyé un bateau de pêche chargé de 410 kilos de méthamphétamine, a indiqué mardi le Département fédéral des affaires étrangères (DFAE).",
  "Le DFAE a précisé que l'ambassade de Suisse à Wellington lui apportait une protection consulaire.",
  {"city": "Berne"}),
 ("tonga-meth-longliner-sentence", "depechedufenua.pf", "fr", 2, 600, 250, [PAC], "publie",
  "Méthamphétamine : le palangrier était passé par Raiatea",
  "Le palangrier intercepté aux Tonga avec 410 kilos de méthamphétamine avait fait escale trois semaines à Raiatea avant de reprendre la mer, ont indiqué lundi les enquêteurs de la gendarmerie de Polynésie française.",
  "Une information judiciaire est ouverte à Papeete pour trafic de stupéfiants en bande organisée.",
  {"site": "La Dépêche du Fenua"}),
 ("tonga-meth-longliner-sentence", "tongachronicle.to", "en", 2, 690, 400, [PAC], "",
  "Police chief: Tonga must stop being a drug highway",
  "Tonga's police commissioner said on Tuesday that the kingdom had become a stopover for methamphetamine shipped from the Americas to Australia and New Zealand, and asked parliament for two more patrol boats.",
  "Police seized 1.1 tonnes of the drug in Tongan waters last year."),

 # 10. Coral Wings Pacific orders six Airbus A321neo jets (shared byline line, post 44).
 ("coral-wings-airbus-order", WIRE, "en", 1, 280, 500, [FJ, B], "reuters_line",
  "Fiji's Coral Wings Pacific orders six Airbus jets",
  "Coral Wings Pacific, Fiji's national airline, said on Tuesday it had ordered six Airbus A321neo jets worth about $800 million at list prices, to open routes to Asia and replace its oldest narrowbody planes from 2029.",
  "The airline did not disclose the discount it obtained."),
 ("coral-wings-airbus-order", TIMES, "en", 1, 320, 1200, [FJ, B], "",
  "Airbus deal to bring 400 jobs, Coral Wings says",
  "Coral Wings Pacific expects to hire about 400 pilots, cabin crew and engineers over five years as its new Airbus jets arrive, chief executive Rohit Prasad told staff at the airline's Nadi headquarters on Tuesday.",
  "The announcement came on the day the airline cancelled its Labasa, Savusavu and Taveuni flights because of Cyclone Tavita."),
 ("coral-wings-airbus-order", HERALD, "en", 1, 470, 600, [FJ, B], "",
  "Coral Wings eyes Manila and Bali with new jets",
  "Coral Wings Pacific plans to start flights from Nadi to Manila and Denpasar once its first A321neo arrives in 2029, chief executive Rohit Prasad said on Tuesday, adding that the longer range of the jet would also allow nonstop flights to Hawaii.",
  ""),

 # 11. The Cook Islands grants its first seabed mining licence (shared byline line, post 47).
 ("cook-islands-seabed-licence", WIRE, "en", 2, 285, 500, [PAC, B], "reuters_line",
  "Cook Islands grants first commercial deep-sea mining licence",
  "The Cook Islands has granted its first commercial licence to mine polymetallic nodules from the seabed, allowing Moana Minerals to begin lifting nodules from a 22,000 sq km block of its exclusive economic zone from 2029, the Seabed Minerals Authority said.",
  "Nodules hold cobalt, nickel and manganese used in batteries."),
 ("cook-islands-seabed-licence", "rarotongasun.ck", "en", 2, 350, 300, [PAC], "",
  "Fishers and churches march against seabed licence",
  "About 300 people marched through Avarua to protest against the seabed mining licence, with fishers and church leaders saying the government had brushed aside warnings about damage to tuna grounds.",
  "The Religious Advisory Council said it would ask the Queen's Representative to intervene."),
 ("cook-islands-seabed-licence", LAGON, "fr", 2, 450, 200, [PAC, B], "byline_fr",
  "Grands fonds : les îles Cook ouvrent la voie à l'exploitation minière",
  "Les îles Cook ont accordé leur premier permis d'exploitation commerciale des nodules polymétalliques des grands fonds marins, une décision suivie de près en Nouvelle-Calédonie, où un moratoire interdit toute exploitation minière sous-marine.",
  "Le permis couvre une zone de 22 000 km² au sud de l'archipel.",
  {"site": "L'Écho du Lagon", "author": "Hélène Wamytan"}),

 # 12. Magnitude 6.5 earthquake off Tanna, southern Vanuatu; no tsunami threat; felt in the Loyalty
 #     Islands. "quake", "earthquake", "tremor", "séisme", "secousse".
 ("tanna-quake", "vilaweekly.vu", "en", 2, 355, 700, [PAC], "",
  "Strong quake rocks Tanna, no tsunami threat",
  "A magnitude 6.5 earthquake struck off the island of Tanna in southern Vanuatu at 9:31 p.m. on Tuesday, shaking houses in Lenakel and sending villagers up to higher ground, but no tsunami threat was issued, the Vanuatu Meteorology and Geo-Hazards Department said.",
  "There were no immediate reports of injuries."),
 ("tanna-quake", "gulf-wire.com", "en", 2, 410, 200, [W], "kuna",
  "6.5-magnitude quake hits Vanuatu",
  "An earthquake of magnitude 6.5 struck off Vanuatu's Tanna island on Tuesday at a depth of 35 kilometres, the United States Geological Survey said, with no immediate reports of casualties.",
  "", {"city": "Port Vila", "date_en": "Jan 12"}),
 ("tanna-quake", LAGON, "fr", 2, 500, 300, [PAC], "lire",
  "Vanuatu : un séisme de magnitude 6,5 secoue Tanna, pas d'alerte au tsunami",
  "Un séisme de magnitude 6,5 a secoué mardi soir l'île de Tanna, dans le sud du Vanuatu, provoquant des éboulements sur les pentes du volcan Yasur mais aucune alerte au tsunami, selon les autorités vanuatuanes.",
  "Les écoles de Tanna resteront fermées mercredi le temps de vérifier les bâtiments.",
  {"also": "Fidji : le cyclone Tavita se renforce et menace le nord de l'archipel"}),
 ("tanna-quake", "radiocaillou.nc", "fr", 2, 560, 250, [PAC], "soutien",
  "Séisme au Vanuatu : la secousse ressentie jusqu'aux îles Loyauté",
  "Des habitants de Maré et de Lifou ont senti mardi soir la secousse du tremblement de terre de magnitude 6,5 survenu au large de Tanna, au Vanuatu, sans qu'aucun dégât ne soit signalé en Nouvelle-Calédonie, selon la sécurité civile.",
  ""),

 # 13. Australia opens 3,000 aged-care places to Pacific workers; Fiji nurses' union reacts.
 ("australia-pacific-care-visas", WIRE, "en", 2, 120, 600, [PAC, B], "reuters",
  "Australia to open 3,000 aged-care jobs to Pacific workers",
  "Australia will open 3,000 places for Pacific Islanders to work in aged-care homes from July under its labour mobility scheme, the Minister for the Pacific, Tom Hadley, said on Tuesday.",
  "The places will be open to workers from nine Pacific countries and Timor-Leste, with English tests waived for those with Pacific nursing qualifications.",
  {"city": "Canberra", "date_en": "Jan 12"}),
 ("australia-pacific-care-visas", POST, "en", 2, 340, 1500, [FJ, H], "",
  "Union fears Australian care visas will empty Fiji's wards",
  "The Fiji Nurses Union warned on Tuesday that Australia's new aged-care visas for Pacific workers would lure away experienced nurses just as Fiji's hospitals are short of staff, and asked Canberra to fund nurse training in Fiji in return.",
  "More than 800 Fijian nurses have left for Australia and New Zealand since 2022, the union said."),
 ("australia-pacific-care-visas", BULA, "en", 2, 530, 2000, [FJ], "",
  "Want to work in Australian aged care? How to apply",
  "Fijians who want one of Australia's new aged-care places must first register with the Ministry of Employment's work-ready pool in Suva or Lautoka, where they will be screened for health, character and care experience before being matched with an employer, the ministry said.",
  "Applicants do not pay any fee, and anyone asking for money to secure a place is a scammer, officials warned."),
 ("australia-pacific-care-visas", AP, "en", 2, 630, 300, [PAC], "ap",
  "Pacific leaders welcome Australian care jobs, warn of brain drain",
  "Pacific Island leaders welcomed Australia's plan to bring 3,000 of their citizens to work in aged-care homes but warned Tuesday that their own clinics could not afford to lose trained staff.",
  "", {"city": "Sydney"}),

 # 14. Filler: rugby pre-season result, weather bulletin, horoscope, promo, lotto.
 ("drua-chiefs-preseason", "pacificsportsdaily.com", "en", 0, 290, 2600, ["Sports"], "",
  "Drua beat Chiefs 31-24 in Lautoka hit-out",
  "The Fijian Drua beat the Chiefs 31-24 in a pre-season match at Churchill Park in Lautoka on Tuesday night, with winger Ilaisa Vunibaka scoring two tries in front of a sell-out crowd.",
  "The Drua open their Super Rugby season in Suva on Feb. 20."),
 ("drua-chiefs-preseason", HERALD, "en", 0, 380, 900, ["Sports"], "",
  "Vunibaka double lifts Drua over Chiefs",
  "Ilaisa Vunibaka scored twice in the second half as the Fijian Drua came from 17-10 down to beat the Chiefs 31-24 in their final pre-season match on Tuesday.",
  ""),
 ("weather-fiji-wed", "fijiweatherdaily.com", "en", 0, 660, 2000, ["Weather"], "",
  "Wednesday forecast: showers and strong winds for Viti Levu",
  "Suva and the Central Division can expect cloudy periods with occasional heavy showers and strong southeasterly winds on Wednesday, with a high of 29C, the Fiji Meteorological Service said.",
  "Nadi and the West will be mostly fine, with a high of 32C. Seas moderate to rough."),
 ("horoscope-wed-jan13", "starsofthepacific.com", "en", 0, 5, 1100, ["Horoscope"], "",
  "Your horoscope for Wednesday, Jan. 13",
  "Aries, the plan you shelved before Christmas deserves a second look, so dust it off and ask one person you trust what they think.",
  "Taurus: spend less, listen more. Gemini: a message from overseas brings good news."),
 ("promo-island-times-app", TIMES, "en", 0, 45, 150, ["Promo"], "",
  "Get The Island Times app for cyclone alerts",
  "Download The Island Times app and get cyclone warnings, school closures and breaking news on your phone the moment we publish them, even when the power is off.",
  "Free on Android and iPhone. Search \"Island Times Fiji\"."),
 ("pacific-lotto-jan12", "lottopacific.com", "en", 0, 240, 1300, ["Lottery"], "",
  "Pacific Lotto results for Tuesday, Jan. 12",
  "The winning numbers in Tuesday night's Pacific Lotto draw were 4, 11, 23, 28, 35 and 40, with a bonus ball of 17, and the jackpot rolls over to an estimated FJ$1.2 million for Saturday after no ticket matched all six.",
  "Two tickets sold in Nausori and Ba matched five numbers and the bonus ball."),
]
