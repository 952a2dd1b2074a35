# Day 53 (hold-out): a British Columbia English channel, morning edition of Tuesday 10 November 2026
# (window 17:00 Monday - 05:00 Tuesday Vancouver, America/Vancouver = UTC-8 after the end of DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and the
# TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Premier Joanne Whitlock on NewsTalk 890 Coast's
#   "The Drive Home" on Monday, about the atmospheric river flooding in the Fraser Valley (post 4) and
#   about the ferry that ran aground off Nanaimo (post 12), both carrying "Nobody in this province
#   should have to choose between getting home and getting home safely";
# - a shared wire byline line ("Pacific Desk Wire | Updated: 10-11-2026 02:45 PST"): the magnitude
#   6.3 earthquake off Kodiak Island, Alaska (post 55) and Sound Transit's delay of the West Seattle
#   light rail line (post 57), unrelated stories of the region;
# - the same town and the same hospital: the Fraser Valley flooding reaches Abbotsford, and boat
#   rescues are taken to Fraser Valley General Hospital (post 1); the measles cluster at an
#   Abbotsford elementary school has an exposure alert at the same hospital's emergency room
#   (posts 47-50, alert in post 48);
# - the same neighbourhood: the Downtown Eastside hotel fire (posts 23-27) and the toxic drug deaths
#   report that names the Downtown Eastside (posts 51-54);
# - look-alike stories: two earthquakes (Hualien, Taiwan, posts 17-22; Kodiak, Alaska, posts 55-56,
#   one of them about a tsunami threat to B.C.); two fires overnight (the Carlisle Hotel in Vancouver,
#   posts 23-27; the Sidney marina, posts 28-30); two strikes starting on Tuesday (public liquor
#   stores, posts 31-35; Simon Fraser University teaching assistants, posts 36-38); two court cases
#   (the Richmond casino laundering verdict, posts 39-42; the Surrey extortion sentence,
#   posts 43-46); two transport stories (the ferry grounding, a Seattle light rail delay);
# - stories told from other angles: the evacuation order vs alert explainer (post 5), the sandbag
#   "how to" (post 6), the Sumas Prairie farmers (post 7), the ferry refund "how to" (post 16), the
#   Taiwan explainer (post 22), the tenants' reaction (post 26), the liquor "where to buy" (post 34),
#   the bars and restaurants (post 33), the "Vancouver model" explainer (post 41), the measles
#   vaccine "how to" (post 49), the naloxone "how to" (post 53), the mothers' reaction (post 54),
#   the Kodiak tsunami angle (post 56), the Seattle commuters (post 58), the Surrey shop owners
#   (post 44) and mayor (post 46);
# - French posts (agencies' French service, a French-language B.C. paper): posts 8, 9, 13, 19, 20,
#   32, 50; the French Taiwan post carries a "Lire aussi" line naming the B.C. flooding (post 19);
# - a promo posted alone (post 64); filler of importance 0: the hockey result (posts 59-60), the
#   horoscope (post 61), the lottery draw (post 62), the weather bulletin that names the atmospheric
#   river (post 63).
NAME = "2026-11-10-en-morning-vancouver-h53"
CHANNEL = {"lang": "en", "tz": "America/Vancouver"}
WINDOW = ("2026-11-10T01:00:00Z", "2026-11-10T13:00:00Z")
CTX = {"stamp": "10-11-2026 02:45", "city": "Vancouver", "date_fr": "9 nov", "date_en": "Nov 9",
       "author": "Priya Sandhu", "clarify": "the number of properties under evacuation order",
       "caption": "", "also": "notre dossier", "country": "British Columbia",
       "line": "Pacific Desk Wire | Updated: 10-11-2026 02:45 PST"}
# The editor's top 5: the deadly atmospheric river flooding in the Fraser Valley, the ferry aground
# off Nanaimo with 412 people on board, the Downtown Eastside hotel fire that killed two, the Hualien
# earthquake in Taiwan, the coroner's toxic drug deaths report.
TOP5 = ["atmospheric-river-fraser", "ferry-aground-nanaimo", "sro-hotel-fire", "hualien-quake",
        "toxic-drug-deaths"]
BC = "British Columbia"
MV = "Metro Vancouver"
W = "World"
B = "Business"
CA = "Canada"
NW = "Pacific Northwest"
TUE = {"date_en": "Nov 10", "date_fr": "10 nov"}
POSTS = [
 # 1. Atmospheric river floods the Fraser Valley; the toll rises from 1 to 3 (interview trap, post 4).
 ("atmospheric-river-fraser", "fraservalleyrecord.ca", "en", 3, 15, 2900, [BC], "",
  "Sumas Prairie ordered out as Nooksack spills over",
  "The City of Abbotsford ordered the evacuation of 2,100 properties on Sumas Prairie late Monday afternoon after the Nooksack River spilled over its banks south of the border and water began flowing north toward the old lake bed.",
  "Officials said the order would stay in place at least until Wednesday. Eleven people rescued by boat from farmhouses near Whatcom Road were taken to Fraser Valley General Hospital for checks, none of them badly hurt."),
 ("atmospheric-river-fraser", "wire-west.com", "en", 3, 70, 1200, [CA, W], "reuters",
  "Canadian province hit by floods as 'atmospheric river' dumps rain",
  "Torrential rain from an atmospheric river flooded farmland and highways in Canada's westernmost province on Monday, killing one man and forcing thousands of people from their homes, officials said.",
  "The Trans-Canada Highway, the main road link between Vancouver and the rest of the country, was closed east of Abbotsford.",
  {"city": "Abbotsford"}),
 ("atmospheric-river-fraser", "pacificsentinel.ca", "en", 3, 110, 2300, [BC], "caption",
  "Highway 1 and Coquihalla closed as rain tops 180 mm in Hope",
  "Highway 1 was closed in both directions between Abbotsford and Chilliwack on Monday evening and a washout cut the Coquihalla north of Hope, leaving the Lower Mainland without a highway link to the Interior for the second time in five years.",
  "Environment Canada said 184 millimetres of rain had fallen in Hope in 36 hours. A man whose pickup was swept into Hunter Creek near Agassiz was found dead by search and rescue crews.",
  {"site": "The Pacific Sentinel",
   "caption": "Water covers Highway 1 near the No. 3 Road interchange in Abbotsford on Monday evening."}),
 ("atmospheric-river-fraser", "coastradio890.ca", "en", 3, 140, 1700, [BC], "",
  "Whitlock on the flooding: 'getting home safely'",
  "\"Nobody in this province should have to choose between getting home and getting home safely,\" Premier Joanne Whitlock told NewsTalk 890 Coast's The Drive Home on Monday, urging drivers in the Fraser Valley to stay off the roads until the rain stops.",
  "She said the province would decide overnight whether to declare a state of emergency."),
 ("atmospheric-river-fraser", "pacificsentinel.ca", "en", 3, 200, 1100, [BC], "",
  "Explainer: evacuation alert or evacuation order?",
  "An evacuation alert means you should be ready to leave at short notice, with a bag packed and a plan for pets and medicines, while an evacuation order means you must leave now and police may close the area behind you.",
  "Residents under an order should register with Emergency Support Services to get help with hotels and meals."),
 ("atmospheric-river-fraser", "fraservalleyrecord.ca", "en", 3, 240, 900, [BC], "donate",
  "How to build a sandbag wall that holds",
  "Fill sandbags only halfway, lay them like bricks with the seams staggered and the folded ends tucked under, and stamp each layer down before adding the next, Chilliwack fire crews told residents on Monday night.",
  "A wall should be three bags wide at the base for every two layers of height. Free sand and bags are available at the Heritage Park lot."),
 ("atmospheric-river-fraser", "fraservalleyrecord.ca", "en", 3, 380, 800, [BC], "place",
  "Sumas Prairie farmers race to move cattle",
  "Dairy farmers on Sumas Prairie spent Monday night loading cows onto neighbours' trailers and driving them to higher ground in Matsqui, many of them saying they could not face losing their herds again.",
  "The B.C. Dairy Association said at least 40 farms had moved their animals by midnight.",
  {"city": "Abbotsford", "country": "British Columbia"}),
 ("atmospheric-river-fraser", "courrierdupacifique.ca", "fr", 3, 300, 400, [BC], "byline_fr",
  "Inondations dans la vallée du Fraser : 2100 propriétés évacuées",
  "Des pluies diluviennes provoquées par une rivière atmosphérique ont inondé lundi une partie de la vallée du Fraser, forçant l'évacuation de 2100 propriétés de la prairie Sumas, à Abbotsford.",
  "L'autoroute 1 et la Coquihalla sont fermées.",
  {"site": "Le Courrier du Pacifique", "author": "Mathieu Lavoie"}),
 ("atmospheric-river-fraser", "agence-nord.fr", "fr", 3, 560, 250, [CA, W], "afp",
  "Canada : trois morts dans des inondations en Colombie-Britannique",
  "Trois personnes sont mortes dans les inondations causées par des pluies torrentielles en Colombie-Britannique, dans l'ouest du Canada, ont annoncé mardi les autorités, qui ont décrété l'état d'urgence.",
  "Plusieurs milliers d'habitants ont dû quitter leur maison.", dict(TUE, city="Vancouver")),
 ("atmospheric-river-fraser", "pacificsentinel.ca", "en", 3, 520, 2600, [BC], "updated",
  "Flood toll rises to three; province declares state of emergency",
  "Two people were found dead in a submerged car on Chilliwack's Camp River Road early Tuesday, bringing the death toll from the Fraser Valley flooding to three, as the province declared a provincial state of emergency.",
  "About 5,400 properties in Abbotsford, Chilliwack and Hope were under evacuation order by 1 a.m.",
  {"clarify": "the number of properties under evacuation order"}),

 # 2. Ferry aground off Nanaimo (interview trap: same Premier, same quote, post 11).
 ("ferry-aground-nanaimo", "islandchronicle.ca", "en", 3, 45, 2500, [BC], "",
  "Ferry runs aground off Nanaimo with 412 aboard",
  "The Salish Coast Ferries vessel Coastal Sentinel ran aground on a reef off Nanaimo's Departure Bay at 5.38 p.m. on Monday with 412 passengers and crew on board, the Joint Rescue Coordination Centre in Victoria said.",
  "The ship was listing slightly and no water was reported in the passenger decks."),
 ("ferry-aground-nanaimo", "coastradio890.ca", "en", 3, 150, 1300, [BC], "",
  "Premier promises answers after ferry grounding",
  "Premier Joanne Whitlock said on Monday that the grounding of the Coastal Sentinel would be investigated \"from the bridge to the boardroom,\" speaking on NewsTalk 890 Coast's The Drive Home as passengers were still being taken off the ship.",
  "\"Nobody in this province should have to choose between getting home and getting home safely,\" she said, when asked about the ferry and about the highway closures in the Fraser Valley."),
 ("ferry-aground-nanaimo", "agence-nord.fr", "fr", 3, 330, 200, [CA, W], "actu",
  "Canada : un traversier s'échoue avec 412 personnes à bord",
  "Un traversier transportant 412 personnes s'est échoué lundi soir sur un récif au large de Nanaimo, sur l'île de Vancouver, et tous les passagers ont été évacués par des canots de sauvetage et des navires de la Garde côtière, selon les secours.",
  "Six personnes ont été légèrement blessées."),
 ("ferry-aground-nanaimo", "ap-like.org", "en", 3, 260, 900, [CA, W], "ap",
  "Canadian ferry passengers evacuated after ship hits reef",
  "All 412 people aboard a passenger ferry that struck a reef off Canada's Vancouver Island were taken off safely by lifeboat and coast guard vessels on Monday night, officials said, and six were treated for minor injuries.",
  "The ship's operator said it had lost propulsion in gusty winds shortly after leaving the terminal.",
  {"city": "Nanaimo"}),
 ("ferry-aground-nanaimo", "islandchronicle.ca", "en", 3, 470, 1500, [BC], "colon",
  "TSB sends investigators; Departure Bay route cancelled",
  "The Transportation Safety Board of Canada sent a team of investigators to the grounded Coastal Sentinel early Tuesday, and Salish Coast Ferries cancelled all sailings between Departure Bay and Horseshoe Bay until at least Thursday.",
  "A light sheen of diesel was seen around the hull, and a containment boom was in place by 2 a.m.",
  dict(TUE, city="Nanaimo")),
 ("ferry-aground-nanaimo", "pacificsentinel.ca", "en", 3, 600, 1000, [BC], "",
  "How to get a refund or rebook after the cancelled sailings",
  "Passengers booked on cancelled Departure Bay-Horseshoe Bay sailings can rebook for free on the Duke Point-Tsawwassen route online or by phone, or ask for a full refund within 30 days, Salish Coast Ferries said.",
  "Vehicle reservations will be moved automatically for those who do nothing."),

 # 3. Hualien earthquake, Taiwan (look-alike with the Kodiak quake).
 ("hualien-quake", "wire-west.com", "en", 3, 90, 1100, [W], "reuters",
  "Strong quake hits Taiwan's east coast, four dead",
  "A magnitude 6.9 earthquake struck off Taiwan's eastern county of Hualien on Tuesday morning, killing at least four people, tilting a hotel and triggering rockslides that trapped tourists in the Taroko Gorge, officials said.",
  "Train services along the east coast were halted for inspection.",
  dict(TUE, city="Taipei")),
 ("hualien-quake", "upi-like.com", "en", 3, 190, 600, [W], "upi",
  "Taiwan earthquake death toll climbs to 9",
  "At least nine people were killed and more than 300 injured when a 6.9-magnitude earthquake shook eastern Taiwan on Tuesday, the island's Central Emergency Operation Center said.",
  "Chip plants in Hsinchu briefly evacuated workers but said production was resuming.",
  TUE),
 ("hualien-quake", "agence-nord.fr", "fr", 3, 230, 300, [W], "lire",
  "Taïwan : un séisme de magnitude 6,9 fait au moins neuf morts",
  "Un séisme de magnitude 6,9 a frappé mardi l'est de Taïwan, faisant au moins neuf morts et plus de 300 blessés dans le comté de Hualien, selon les autorités.",
  "Un hôtel de neuf étages s'est incliné et des éboulements ont bloqué des touristes dans les gorges de Taroko.",
  dict(TUE, also="Canada : inondations meurtrières en Colombie-Britannique")),
 ("hualien-quake", "agence-alpes.ch", "fr", 3, 410, 150, [W], "ats",
  "Séisme à Taïwan : le bilan s'alourdit à 14 morts",
  "Le bilan du tremblement de terre qui a secoué mardi l'est de Taïwan s'est alourdi à 14 morts, les secouristes ayant dégagé cinq corps des éboulements des gorges de Taroko.",
  "Une soixantaine de personnes restaient bloquées dans le parc.",
  {"city": "Taipei"}),
 ("hualien-quake", "gulf-wire.com", "en", 3, 430, 200, [W], "kuna",
  "Taiwan quake toll rises to 14",
  "The death toll from the powerful earthquake that struck eastern Taiwan rose to 14 on Tuesday, with about 60 people still stranded inside Taroko National Park, local authorities announced.",
  "", dict(TUE, city="Taipei")),
 ("hualien-quake", "pacificsentinel.ca", "en", 3, 500, 700, [W], "",
  "Explainer: why Hualien keeps shaking",
  "Hualien sits where the Philippine Sea plate pushes under and against the Eurasian plate at about eight centimetres a year, one of the fastest plate collisions on Earth, which is why eastern Taiwan feels several strong tremors most years.",
  "Taiwan's strict building codes, tightened after 1999, are credited with limiting the damage."),

 # 4. Fire 1: the Carlisle Hotel fire in the Downtown Eastside (same neighbourhood as story 11).
 ("sro-hotel-fire", "metrovanstar.ca", "en", 2, 385, 2200, [MV], "",
  "Two dead in Downtown Eastside hotel fire",
  "Two people died and nine were taken to hospital after a fire tore through the Carlisle Hotel, a single-room-occupancy building on East Hastings Street, shortly before 11 p.m. on Monday, Vancouver Fire Rescue Services said.",
  "Firefighters pulled several tenants from third-floor windows by ladder."),
 ("sro-hotel-fire", "pacificsentinel.ca", "en", 2, 450, 1600, [MV], "byline_en",
  "Carlisle blaze leaves 60 tenants with nowhere to go",
  "About 60 tenants of the Carlisle Hotel spent the night in a community centre on Tuesday after the deadly fire left the four-storey building uninhabitable, the city's housing department said.",
  "Three of the nine injured were in critical condition at Burrard General Hospital.",
  dict(TUE, site="The Pacific Sentinel", author="Priya Sandhu")),
 ("sro-hotel-fire", "wire-west.com", "en", 2, 520, 500, [CA], "reuters",
  "Fire kills two in Vancouver rooming house",
  "A late-night fire killed two people in an old rooming house in Vancouver's poorest neighbourhood, fire officials said on Tuesday, the third deadly fire in such buildings in the city this year.",
  "", dict(TUE, city="Vancouver")),
 ("sro-hotel-fire", "metrovanstar.ca", "en", 2, 580, 900, [MV], "",
  "Tenants say Carlisle sprinklers had been broken for months",
  "Residents of the Carlisle Hotel said on Tuesday that they had complained to the owner since the summer that the sprinklers on the third floor did not work, and tenant advocates demanded the city take over the building.",
  "The owner could not be reached for comment."),
 ("sro-hotel-fire", "pacificsentinel.ca", "en", 2, 650, 700, [MV], "",
  "Carlisle Hotel was ordered to fix fire safety in June",
  "City inspectors ordered the owner of the Carlisle Hotel in June to repair its fire alarm panel and sprinkler system within 90 days, according to records released early Tuesday, and a follow-up inspection had been scheduled for next week.",
  "Mayor Daniel Kwan said he had asked staff why the deadline was not enforced."),

 # 5. Fire 2: the Sidney marina fire (look-alike with story 4).
 ("marina-fire-sidney", "islandchronicle.ca", "en", 2, 540, 1300, [BC], "caption",
  "Fire destroys 14 boats at Sidney marina",
  "A fire that broke out on a houseboat at Port Sidney Marina around 1 a.m. on Tuesday spread along a dock and destroyed 14 boats, and one man who lived aboard is missing, Sidney fire chief Lorne Harcus said.",
  "Explosions from propane tanks kept firefighters back for nearly an hour.",
  {"site": "The Island Chronicle",
   "caption": "Flames rise from boats moored on C dock at Port Sidney Marina early on Tuesday."}),
 ("marina-fire-sidney", "ap-like.org", "en", 2, 620, 300, [CA], "ap",
  "Man missing after fire sweeps marina in western Canada",
  "A man is missing after a fire swept through a marina on Canada's Pacific coast early Tuesday, burning more than a dozen boats, officials said.",
  "", {"city": "Sidney"}),
 ("marina-fire-sidney", "islandchronicle.ca", "en", 2, 690, 600, [BC], "",
  "Coast Guard boom contains fuel after marina fire",
  "The Canadian Coast Guard laid a boom across the mouth of Port Sidney Marina early Tuesday to hold back fuel that leaked from the burned boats, and asked residents to keep pets off the nearby beaches.",
  "Divers will search the dock area once the water is safe, the RCMP said."),

 # 6. Strike 1: public liquor store workers (look-alike with story 7).
 ("liquor-store-strike", "pacificsentinel.ca", "en", 2, 60, 1800, [BC, B], "",
  "Liquor store workers to strike Tuesday",
  "About 2,800 workers at B.C.'s 197 government liquor stores will walk off the job at 9 a.m. on Tuesday after talks broke down on Monday afternoon, the B.C. Government Workers' Union said.",
  "The union wants a wage increase of 14% over three years; the province has offered 9%."),
 ("liquor-store-strike", "courrierdupacifique.ca", "fr", 2, 250, 200, [BC, B], "publie",
  "Grève dans les magasins d'alcool publics de la province",
  "Les 2800 employés des magasins d'alcool publics de la Colombie-Britannique seront en grève mardi matin, après l'échec des négociations salariales lundi.",
  "Les magasins privés resteront ouverts.", {"site": "Le Courrier du Pacifique"}),
 ("liquor-store-strike", "metrovanstar.ca", "en", 2, 340, 900, [MV, B], "",
  "Bars and restaurants fear empty shelves",
  "Restaurant owners in Vancouver warned on Monday night that many of them could run out of spirits within a week, because the government's wholesale warehouse on Vancouver Island will be behind picket lines from Tuesday.",
  "The restaurant association asked the province to let licensees buy from private stores at wholesale prices."),
 ("liquor-store-strike", "pacificsentinel.ca", "en", 2, 480, 1200, [BC, B], "",
  "Where you can still buy beer and wine during the strike",
  "Private liquor stores, beer and wine stores attached to pubs, and VQA wine shops will stay open during the government store walkout, and grocery stores that sell B.C. wine are not affected, the industry association said.",
  "Some private stores said they would limit purchases of popular brands."),
 ("liquor-store-strike", "wire-west.com", "en", 2, 640, 300, [CA, B], "reuters",
  "Workers at British Columbia's liquor stores go on strike",
  "Workers at government-owned liquor stores in the Canadian province of British Columbia will go on strike on Tuesday, their union said, in a wage dispute that could squeeze supplies to bars and restaurants.",
  "", dict(TUE, city="Vancouver")),

 # 7. Strike 2: Simon Fraser University teaching assistants.
 ("sfu-ta-strike", "metrovanstar.ca", "en", 1, 120, 800, [MV], "",
  "SFU teaching assistants set to walk out",
  "About 1,900 teaching assistants and tutor-markers at Simon Fraser University will go on strike on Tuesday morning, their union said on Monday, three weeks before the end of the fall term.",
  "The Graduate Workers' Union is asking for pay that keeps pace with Burnaby rents."),
 ("sfu-ta-strike", "burnabynow-daily.ca", "en", 1, 430, 500, [MV], "",
  "SFU says classes will go on during the strike",
  "Simon Fraser University told its 37,000 students in an email late Monday that lectures would go ahead during the teaching assistants' strike, but that some tutorials and labs would be cancelled and marking could be delayed.",
  ""),
 ("sfu-ta-strike", "metrovanstar.ca", "en", 1, 660, 400, [MV], "",
  "Students weigh crossing picket lines on Burnaby Mountain",
  "Students at Simon Fraser University said they were unsure whether to cross the teaching assistants' picket lines expected at the Burnaby campus bus loop on Tuesday, as some professors moved their classes online in support.",
  ""),

 # 8. Court case 1: the Richmond casino laundering verdict (look-alike with story 9).
 ("casino-laundering-verdict", "wire-west.com", "en", 2, 30, 700, [CA, B], "reuters",
  "Canadian jury convicts lender in casino money-laundering case",
  "A jury in Vancouver on Monday found a Richmond businessman guilty of laundering C$27 million through a suburban casino, the first conviction from a years-long inquiry into the so-called Vancouver model of money laundering.",
  "", {"city": "Vancouver"}),
 ("casino-laundering-verdict", "pacificsentinel.ca", "en", 2, 55, 1400, [MV, B], "teaser",
  "Raymond Szeto guilty on all counts in casino laundering trial",
  "A B.C. Supreme Court jury found Raymond Szeto, 58, guilty on Monday of laundering the proceeds of crime and of running an illegal lending business that handed gamblers bags of $20 bills in the parking lot of a Richmond casino.",
  "Sentencing was set for February; the Crown said it would seek at least 12 years."),
 ("casino-laundering-verdict", "pacificsentinel.ca", "en", 2, 290, 900, [MV, B], "",
  "Explainer: what is the 'Vancouver model'?",
  "The \"Vancouver model\" is the name investigators gave to a scheme in which cash from drug sales was lent to wealthy gamblers who bought casino chips with it and then repaid the loans abroad, so that the money came out clean on both sides of the Pacific.",
  "A public inquiry reported in 2022 that billions of dollars had moved through the province this way."),
 ("casino-laundering-verdict", "richmondreview-daily.ca", "en", 2, 430, 500, [MV], "",
  "Richmond casino says it has tightened cash rules since Szeto's arrest",
  "The Richmond casino where Raymond Szeto's couriers met gamblers said after Monday's verdict that it has refused cash buy-ins over $10,000 without a bank receipt since 2019.",
  ""),

 # 9. Court case 2: the Surrey extortion shootings sentence.
 ("surrey-extortion-sentence", "surreyleader-news.ca", "en", 2, 20, 1100, [MV], "",
  "Shooter in Surrey extortion campaign gets 12 years",
  "A Provincial Court judge in Surrey sentenced Tyler Brandt, 24, to 12 years in prison on Monday for firing shots into three businesses whose owners had refused to pay extortion demands.",
  "Judge Anita Rowe called the shootings \"an attack on the livelihood of a whole community.\""),
 ("surrey-extortion-sentence", "metrovanstar.ca", "en", 2, 180, 700, [MV], "",
  "Business owners say sentence sends a message",
  "Owners of shops shot at in Surrey's Newton neighbourhood said on Monday night that the 12-year sentence gave them some relief, but that extortion letters were still arriving at other businesses.",
  "Police said they had received 31 extortion reports since January."),
 ("surrey-extortion-sentence", "ap-like.org", "en", 2, 350, 200, [CA], "ap",
  "Canadian man jailed for extortion shootings at businesses",
  "A 24-year-old man was sentenced Monday to 12 years in prison for shooting at three businesses in a Vancouver suburb as part of an extortion campaign, prosecutors said.",
  "", {"city": "Surrey"}),
 ("surrey-extortion-sentence", "surreyleader-news.ca", "en", 2, 470, 500, [MV], "",
  "Surrey mayor asks Ottawa for extortion task force funding",
  "Surrey Mayor Harjit Grewal said on Monday night that the sentence handed to Tyler Brandt showed police could solve extortion shootings, and asked Ottawa to fund the city's task force for three more years.",
  ""),

 # 10. Measles cluster at an Abbotsford school (same town, same hospital as story 1).
 ("measles-abbotsford", "fraservalleyrecord.ca", "en", 2, 100, 1500, [BC], "",
  "Nine measles cases linked to Abbotsford school",
  "Fraser Health confirmed on Monday nine cases of measles linked to Ravine Park Elementary in Abbotsford, the largest cluster in the region in more than a decade.",
  "Seven of the cases are children who had not been vaccinated."),
 ("measles-abbotsford", "healthbeat.ca", "en", 2, 210, 700, [BC], "",
  "Measles exposure alert for Fraser Valley General ER",
  "Anyone who was in the emergency department of Fraser Valley General Hospital in Abbotsford between 2 p.m. and 9 p.m. on Saturday may have been exposed to measles and should watch for fever and rash until Nov. 28, Fraser Health said.",
  ""),
 ("measles-abbotsford", "healthbeat.ca", "en", 2, 360, 600, [BC], "",
  "How to check whether you are protected against measles",
  "Adults born in 1970 or later need two doses of a measles vaccine to be fully protected, and anyone unsure can look up their immunization record on the Health Gateway website or ask a pharmacist for a free dose.",
  "Children get their first dose at 12 months and their second at four to six years."),
 ("measles-abbotsford", "courrierdupacifique.ca", "fr", 2, 600, 150, [BC], "soutien",
  "Rougeole : neuf cas dans une école d'Abbotsford",
  "Neuf cas de rougeole ont été confirmés parmi les élèves et le personnel d'une école primaire d'Abbotsford, a annoncé la régie de santé Fraser Health.",
  "La plupart des enfants touchés n'étaient pas vaccinés."),

 # 11. The coroner's toxic drug deaths report (same neighbourhood as story 4).
 ("toxic-drug-deaths", "pacificsentinel.ca", "en", 2, 35, 1900, [BC], "",
  "171 people died of toxic drugs in September",
  "At least 171 people died from the toxic illicit drug supply in B.C. in September, down 18% from a year earlier but still more than five a day, the B.C. Coroners Service said on Monday.",
  "Vancouver, Surrey and Victoria recorded the most deaths, and a quarter of the Vancouver deaths were in the Downtown Eastside."),
 ("toxic-drug-deaths", "wire-west.com", "en", 2, 130, 400, [CA], "reuters",
  "Overdose deaths in Canada's British Columbia fall but remain high",
  "Deaths from illicit drugs in the Canadian province of British Columbia fell 18% in September from a year earlier, the coroner said on Monday, as officials credited a wider supply of the overdose-reversing drug naloxone.",
  "", {"city": "Victoria"}),
 ("toxic-drug-deaths", "healthbeat.ca", "en", 2, 270, 800, [BC], "donate",
  "How to use a naloxone kit",
  "If someone is not breathing after using drugs, call 911, give two rescue breaths, then inject one ampoule of naloxone into the thigh or upper arm and keep breathing for them until they respond or paramedics arrive.",
  "Free kits are available at most pharmacies without a prescription."),
 ("toxic-drug-deaths", "metrovanstar.ca", "en", 2, 400, 500, [MV], "",
  "Mothers who lost children call for safer supply",
  "A group of mothers whose children died of toxic drugs gathered outside the coroner's office in Burnaby on Monday evening, holding 171 candles and calling on the province to widen access to a prescribed supply.",
  ""),

 # 12-13. Shared byline line: the Kodiak quake and the Seattle light rail delay.
 ("kodiak-quake", "pacificdeskwire.com", "en", 1, 585, 400, [NW, W], "reuters_line",
  "Magnitude 6.3 earthquake strikes off Alaska's Kodiak Island",
  "A magnitude 6.3 earthquake struck in the Gulf of Alaska about 90 kilometres south of Kodiak Island at 1.24 a.m. local time on Tuesday, the U.S. Geological Survey said, with no early reports of damage.",
  ""),
 ("kodiak-quake", "pacificsentinel.ca", "en", 1, 615, 900, [BC], "",
  "No tsunami threat to B.C. coast after Alaska quake",
  "Emergency Info BC said early Tuesday there was no tsunami threat to the British Columbia coast after a strong earthquake off Alaska's Kodiak Island, and coastal communities did not need to take any action.",
  "Some residents of Tofino and Port Hardy said they felt nothing."),
 ("sound-transit-delay", "pacificdeskwire.com", "en", 1, 590, 300, [NW, B], "reuters_line",
  "Seattle's West Seattle light rail line pushed back to 2034",
  "Sound Transit's board voted on Monday to delay the opening of the West Seattle light rail extension by two years, to 2034, after the cost estimate rose by $1.9 billion.",
  ""),
 ("sound-transit-delay", "seattle-ledger.com", "en", 1, 160, 500, [NW], "",
  "West Seattle riders frustrated by another delay",
  "Commuters in West Seattle reacted with anger on Monday to the news that the light rail line promised to them in 2016 would not open before 2034, with neighbourhood groups saying they had been \"told to wait one more time.\"",
  ""),

 # 14-18. Filler: hockey result, horoscope, lottery, weather bulletin, a promo.
 ("canucks-flames-result", "sportscoast.ca", "en", 0, 250, 2100, ["Sport"], "",
  "Canucks beat Flames 4-2",
  "The Vancouver Canucks scored three times in the third period to beat the Calgary Flames 4-2 at Rogers Arena on Monday night.",
  "Vancouver plays in Seattle on Thursday."),
 ("canucks-flames-result", "pacificsentinel.ca", "en", 0, 290, 1300, ["Sport"], "",
  "Late rally lifts Vancouver past Calgary",
  "Elias Lindqvist scored the go-ahead goal with four minutes left and added an empty-netter as the Canucks came back from two goals down against Calgary on Monday.",
  ""),
 ("horoscope-tue-nov10", "stars-daily.com", "en", 0, 425, 1100, ["Horoscope"], "",
  "Your horoscope for Tuesday, November 10",
  "Scorpio: an old friend brings news that changes your plans for the weekend.",
  "Sagittarius: say yes to the smaller offer."),
 ("daily-grand-draw", "lottowatch.ca", "en", 0, 330, 1400, ["Lottery"], "",
  "Kelowna ticket wins $1,000 a day for life",
  "A ticket bought in Kelowna matched all five numbers and the Grand Number in Monday night's Daily Grand draw, winning $1,000 a day for life, the lottery corporation said.",
  ""),
 ("weather-vancouver-tue", "pacificsentinel.ca", "en", 0, 700, 1000, ["Weather"], "",
  "Weather: showers easing in Vancouver on Tuesday",
  "Vancouver will see showers easing to cloudy periods on Tuesday as the atmospheric river moves south into Washington state, with a high of 9 degrees, Environment Canada said.",
  "Rainfall warnings remain in effect for the Fraser Valley until noon."),
 ("promo-coast-briefing", "pacificsentinel.ca", "en", 0, 310, 90, ["Promo"], "",
  "Get The Coast Briefing in your inbox",
  "Start every weekday with The Coast Briefing, our free morning newsletter with the five stories British Columbia is talking about.",
  "Sign up in under a minute."),
]
