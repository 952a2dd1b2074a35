# Day 121 (hold-out): a Belfast English-language channel (Northern Ireland, United Kingdom), evening
# edition of Thursday 27 January 2028 at 19:00 (window 07:00 - 19:00 Thursday local; Europe/London
# = UTC+0 in January, no summer time on that date). Gold answer written before any run: each post's
# story, its lede (the true first sentence) and the TOP5 below. Every person, company and outlet is
# invented; the places and public bodies are real.
#
# Traps:
# - one radio interview, two stories, same quote: Infrastructure Minister Ciaran Dobbin on Harbour
#   FM 96.2's "The Morning Line" on Thursday morning, quoted about the M1 coach crash (post 4) and
#   about the Irish Sea Link ferry strike (post 23), both carrying "People here have a right to get
#   where they are going and home again, on our roads or on our ferries, and this morning too many
#   of them could not."; the health minister's words in the strike story (post 17) come from
#   Stormont, not from the radio;
# - a shared wire byline line ("Crosswire | Updated: 27-01-2028 11:42 GMT"): Cavanagh
#   Aerostructures' 320 job cuts in east Belfast (post 44) and Sperrin Data's 400 new jobs at the
#   Gasworks (post 49), two minutes apart, unrelated; both are short jobs items with figures and
#   Invest NI;
# - the same hospital: the Royal Victoria Hospital in Belfast takes the coach crash's worst injured,
#   two of whom die there (posts 5, 6), and is the picket line and starting point of the health
#   workers' strike (posts 16, 18, 19; post 16 says pickets helped when the crash injured were flown
#   in); the Ulster Hospital in Dundonald treats a cold store worker (post 10) and the trawler's
#   rescued crew (post 52);
# - the same court: Belfast Crown Court at Laganside, where developer Declan Mulvenna is found guilty
#   of housing grant fraud (posts 27-31) and where the Glengormley petrol bomb trial opens (posts
#   32-34) on the same Thursday;
# - the same town hall: Belfast City Hall, where the striking health workers rally and Lord Mayor
#   Niamh Brolly meets them (post 18) and where the council committee backs the tourist levy, with
#   Brolly quoted (posts 40, 43);
# - the same port: Belfast Harbour, where the Northgate cold store burns in the Harbour Estate (posts
#   8-14) and where Irish Sea Link's ferries stay tied up by the strike (posts 21-26); the French
#   ferry post carries a "Lire aussi" line naming the French headline of the fire (post 24);
# - look-alike stories an editor keeps apart: two fires (the cold store blaze, posts 8-14; the 2026
#   Glengormley house firebombing, tried today, posts 32-34); two trials at one court (posts 27-31,
#   32-34); two strikes (health support staff, posts 15-20; ferry crews, posts 21-26); two votes (the
#   Assembly's environment agency bill, posts 35-39; the council's tourist levy, posts 40-43, whose
#   full vote is on Monday; post 39 ends with a "Read more" line naming the levy story); two
#   accidents (the M1 coach-lorry crash, posts 1-7; the Silver Tern trawler capsizing off
#   Portavogie, posts 52-56); two jobs stories (cuts, posts 44-48; creation, posts 49-51); the
#   weather bulletin (post 59) speaks of freezing fog and Lough Neagh, the crash's cause and the
#   vote's lake, and is filler;
# - tolls revised during the day by a second source: the coach crash, two dead (PSNI, morning,
#   posts 1-3) then four dead after two died at the Royal Victoria (press agency and paper,
#   afternoon, posts 5-6); the cold store, two workers unaccounted for (post 8) then found safe
#   (post 10);
# - one story told by several outlets with different words: "coach crash", "smash", "collision",
#   "jackknifed truck", "autocar", "poids lourd"; "blaze", "fire", "inferno", "cold store",
#   "warehouse", "depot", "incendie", "entrepot frigorifique"; "strike", "walkout", "stoppage",
#   "picket", "industrial action"; "crews walk out", "sailings cancelled", "greve des marins";
#   "trawler", "capsized", "sank", "chalutier", "naufrage"; "watchdog", "agency", "MLAs";
# - stories told from other angles: the witness on the hard shoulder (post 2), the minister and the
#   fog signs (post 4), Craigavon's families (post 7), the supermarkets' lost stock (post 12), the
#   Sydenham residents (post 14), what the strike means for appointments (post 19), the hauliers
#   (post 25), Cairnryan from the Scottish side (post 22), how the fraud worked (post 28), the
#   waiting-list families (post 31), the neighbours of the firebombed house (post 34), farmers
#   (post 36), eel fishermen (post 37), hoteliers (post 41), what the levy costs (post 42), the
#   French parent group (post 46), the aerospace supply chain (post 48), why Belfast (post 50), the
#   Gasworks site (post 51), the fishing village (post 54), the survivor's account (post 55);
# - posts in French (agencies' French service and French papers): posts 3, 11, 24, 38, 46, 53;
# - wire furniture: datelines (posts 3, 5, 30, 48, 50, 53), update notes (posts 6, 11), captions
#   (posts 2, 13, 16), a teaser (post 9), bylines (posts 19, 42, 46), donation appeals (post 7),
#   a publisher line (post 38);
# - a promo posted alone (post 62); filler of importance 0: the football result (posts 57-58), the
#   weather bulletin (post 59), the horoscope (post 60), the lottery draw (post 61).
NAME = "2028-01-27-en-evening-belfast-h121"
CHANNEL = {"lang": "en", "tz": "Europe/London"}
WINDOW = ("2028-01-27T07:00:00Z", "2028-01-27T19:00:00Z")
CTX = {"stamp": "27-01-2028 11:42", "line": "Crosswire | Updated: 27-01-2028 11:42 GMT",
       "city": "Belfast", "date_fr": "27 janv", "date_en": "Jan 27",
       "author": "Ruairi Kells", "clarify": "the number of people killed",
       "caption": "", "also": "", "country": "Northern Ireland"}
# The editor's top 5: the M1 coach crash, the Belfast Harbour cold store fire, the health workers'
# strike, the ferry strike, the Assembly vote on the environment agency.
TOP5 = ["m1-coach-lorry-crash-dungannon-h121", "belfast-harbour-cold-store-fire-h121",
        "belfast-trust-health-workers-strike-h121", "irish-sea-link-ferry-strike-h121",
        "assembly-lough-neagh-agency-vote-h121"]
NI = "Northern Ireland"
BT = "Belfast"
UK = "UK"
P = "Politics"
B = "Business"
H = "Health"
C = "Crime"
ENV = "Environment"
CLARION = "belfastclarion.co.uk"
DISPATCH = "ulsterdispatch.co.uk"
LEDGER = "lagansideledger.com"
RADIO = "harbourfm962.co.uk"
SENTINEL = "dungannonsentinel.co.uk"
VOICE = "craigavonvoice.co.uk"
EASTB = "eastbelfastnews.co.uk"
BIZ = "ulsterbizreview.com"
ARDS = "ardsecho.co.uk"
ABBEY = "abbeycitizen.co.uk"
LONDON = "londonpost-daily.co.uk"
DUBLIN = "dublinobserver.ie"
STRANRAER = "stranraerbeacon.co.uk"
CROSSWIRE = "crosswire-news.com"
PRESSU = "press-union-wire.org"
UNIPRESS = "unipress-intl.com"
TECH = "techwire-daily.com"
LITTORAL = "agence-littoral.fr"
VIGIE = "lavigie-maritime.fr"
GARONNE = "courrierdegaronne.fr"
VERT = "vert-europe.fr"
QUOTE = ("\"People here have a right to get where they are going and home again, on our roads or "
         "on our ferries, and this morning too many of them could not.\"")
POSTS = [
 # 1. Coach and lorry collide on the M1 near Dungannon in freezing fog at about 06:40; two dead (PSNI,
 #    morning) -> four dead (two died at the Royal Victoria, afternoon).
 ("m1-coach-lorry-crash-dungannon-h121", DISPATCH, "en", 3, 25, 3800, [NI], "",
  "Two dead after coach and lorry collide on M1 near Dungannon in freezing fog",
  "Two people were killed and at least 17 injured when a coach carrying workers to a food plant collided with a lorry on the M1 near Dungannon in thick freezing fog at about 6.40am on Thursday, the PSNI said.",
  "The westbound carriageway is closed between junctions 14 and 15 and drivers are being told to use the A29 instead. Ambulance crews, the air ambulance and firefighters from Dungannon and Cookstown were sent to the scene."),
 ("m1-coach-lorry-crash-dungannon-h121", SENTINEL, "en", 3, 70, 2600, [NI], "caption",
  "Coach smash: 'the lorry was across both lanes'",
  "The lorry had jack-knifed across both lanes of the motorway moments before the coach ran into it, a driver who stopped to help told the Sentinel, describing passengers climbing out through a shattered rear window in the fog.",
  "\"You could not see fifty yards. By the time I got out the first ones were already sitting on the hard shoulder in shock,\" said the man, a farmer from Castlecaulfield. The coach, run by Lough Shore Coaches of Lurgan, had picked up early-shift staff in Portadown and Craigavon.",
  {"caption": "Emergency crews work around the wreck of a coach on the westbound M1 near Dungannon on Thursday morning, with the lorry it struck still lying across the carriageway.",
   "site": "The Dungannon Sentinel"}),
 ("m1-coach-lorry-crash-dungannon-h121", LITTORAL, "fr", 3, 130, 300, ["Royaume-Uni", "Monde"], "afp",
  "Irlande du Nord : deux morts dans une collision entre un autocar et un poids lourd",
  "Deux personnes ont été tuées et dix-sept blessées jeudi matin en Irlande du Nord dans la collision entre un autocar transportant des ouvriers et un poids lourd sur une autoroute plongée dans un épais brouillard givrant, a annoncé la police.",
  "L'accident s'est produit à l'aube sur l'autoroute M1, près de la ville de Dungannon, à une soixantaine de kilomètres à l'ouest de Belfast."),
 ("m1-coach-lorry-crash-dungannon-h121", RADIO, "en", 3, 160, 2100, [NI, P], "",
  "Dobbin orders review of M1 fog warnings after coach crash",
  f"Infrastructure Minister Ciarán Dobbin has asked his department to report within a week on why no fog warning signs were lit on the M1 before Thursday's fatal coach crash, telling Harbour FM's The Morning Line: {QUOTE}",
  "Mr Dobbin said the electronic signs between Dungannon and the Moy had been installed in 2019 but still had to be switched on by hand from the traffic control centre in Belfast."),
 ("m1-coach-lorry-crash-dungannon-h121", PRESSU, "en", 3, 390, 1500, [UK, "World"], "ap",
  "Death toll in Northern Ireland coach crash rises to 4",
  "Two more passengers have died in hospital after a coach crashed into a jackknifed truck on a foggy highway in Northern Ireland, bringing the death toll to four, police said Thursday afternoon.",
  "Both died at the Royal Victoria Hospital in Belfast, where the most seriously injured had been flown by air ambulance. Fifteen other people remain in hospitals in Craigavon and Belfast.",
  {"city": "Dungannon"}),
 ("m1-coach-lorry-crash-dungannon-h121", CLARION, "en", 3, 450, 3100, [NI], "updated",
  "M1 crash: four now dead as families gather at the Royal Victoria",
  "The number of people killed in the M1 coach crash rose to four on Thursday afternoon after two men died of their injuries at the Royal Victoria Hospital, where relatives of the injured waited through the day for news.",
  "The PSNI said the lorry driver, a 51-year-old man, had been arrested on suspicion of causing death by dangerous driving and was later released on bail. The workers were on their way to the Clanabogan Foods plant outside Dungannon, which halted production for the day."),
 ("m1-coach-lorry-crash-dungannon-h121", VOICE, "en", 3, 600, 1400, [NI], "donate",
  "Craigavon rallies round families of coach crash workers",
  "Churches and community groups in Craigavon and Portadown opened their halls on Thursday evening to the families of the workers caught up in the M1 coach crash, and a fund set up by their colleagues had raised more than £40,000 by teatime.",
  "Many of the passengers were from Portadown's Polish and Lithuanian communities, and interpreters from the Southern Trust stayed at Craigavon Area Hospital through the day."),

 # 2. Fire at the Northgate Cold Storage depot, Airport Road West, Belfast Harbour Estate, from
 #    about 05:30; two workers unaccounted for -> found safe; under control after 17:00.
 ("belfast-harbour-cold-store-fire-h121", CLARION, "en", 3, 20, 3500, [NI, BT], "",
  "Huge blaze at cold store in Belfast Harbour Estate",
  "More than 60 firefighters are tackling a large fire at a cold storage warehouse in the Belfast Harbour Estate, and people living in Sydenham have been told to keep their windows and doors shut because of thick smoke, the Northern Ireland Fire and Rescue Service said.",
  "The fire at the Northgate Cold Storage depot on Airport Road West was reported at about 5.30am. Two members of staff have not yet been accounted for."),
 ("belfast-harbour-cold-store-fire-h121", DISPATCH, "en", 3, 80, 2300, [NI], "teaser",
  "Ammonia fears as cold store fire burns on",
  "Firefighters wearing breathing apparatus are working to stop the flames reaching tanks of ammonia used to chill the building, as the blaze on Airport Road West sends a black plume drifting across east Belfast and Belfast Lough.",
  "The Sydenham bypass was closed in both directions and several early flights at Belfast City Airport were held on the ground while the smoke blew across the runway."),
 ("belfast-harbour-cold-store-fire-h121", RADIO, "en", 3, 190, 1800, [NI], "",
  "Missing cold store workers found safe",
  "The two workers who could not be found after the fire broke out at the Northgate depot were found safe at a neighbouring yard, where they had sheltered after raising the alarm, the fire service said at 10am.",
  "One of them was taken to the Ulster Hospital in Dundonald with smoke inhalation. Group Commander Siobhán Treanor said the roof of the building had partly collapsed but the ammonia tanks were intact."),
 ("belfast-harbour-cold-store-fire-h121", VIGIE, "fr", 3, 260, 250, ["Royaume-Uni", "Europe"], "actu",
  "Belfast : un entrepôt frigorifique ravagé par un incendie dans la zone portuaire",
  "Un violent incendie a détruit jeudi une grande partie d'un entrepôt frigorifique de la zone portuaire de Belfast, en Irlande du Nord, obligeant les autorités à fermer une voie express et à demander aux riverains de rester chez eux.",
  "Les pompiers craignaient que les flammes n'atteignent les réserves d'ammoniac servant à la réfrigération du bâtiment. Aucune victime n'est à déplorer."),
 ("belfast-harbour-cold-store-fire-h121", BIZ, "en", 3, 330, 900, [NI, B], "",
  "Supermarkets count cost as fire destroys Northgate's frozen stock",
  "Around 9,000 tonnes of frozen food stored for supermarkets and fish processors were lost in the fire at Northgate Cold Storage, its managing director said on Thursday, warning that some shops could see gaps on their freezer shelves next week.",
  "Northgate, which employs 140 people on the site, said staff would be paid while the company looked for space at other depots."),
 ("belfast-harbour-cold-store-fire-h121", CLARION, "en", 3, 640, 2600, [NI, BT], "caption",
  "Inferno on Airport Road West under control after 12 hours",
  "The fire that gutted the Northgate cold store in the Belfast Harbour Estate was declared under control shortly after 5pm on Thursday, almost 12 hours after it started, and the advice to Sydenham residents to stay indoors was lifted.",
  "Fire investigators will begin work on Friday. The Sydenham bypass reopened to traffic at 5.30pm.",
  {"caption": "Smoke pours from the roof of the Northgate Cold Storage warehouse on Airport Road West as firefighters work from an aerial platform on Thursday afternoon.",
   "site": "The Belfast Clarion"}),
 ("belfast-harbour-cold-store-fire-h121", EASTB, "en", 3, 560, 1200, [BT], "",
  "Sydenham residents: 'We could taste the smoke'",
  "People in the terraced streets of Sydenham said they had kept children home from school and taped up their letterboxes on Thursday as smoke from the harbour warehouse fire hung over the area for most of the day.",
  "Belfast City Council said it would measure air quality in the area overnight and publish the results on Friday morning."),

 # 3. Strike: 4,000 support staff of the Belfast Trust, 24 hours from 08:00; pickets at the Royal
 #    Victoria Hospital; march to City Hall. "strike", "walkout", "stoppage", "industrial action".
 ("belfast-trust-health-workers-strike-h121", LEDGER, "en", 3, 65, 2900, [NI, H], "",
  "Thousands of Belfast health workers strike over pay",
  "About 4,000 healthcare assistants, porters, cleaners and catering staff in the Belfast Health and Social Care Trust began a 24-hour strike at 8am on Thursday in a dispute over pay parity with England, their union said.",
  "The Health and Care Workers' Union says its members in Northern Ireland earn up to £1,900 a year less than colleagues doing the same job in England. The Trust postponed about 600 outpatient appointments and 40 planned operations."),
 ("belfast-trust-health-workers-strike-h121", DISPATCH, "en", 3, 120, 2000, [NI, H], "caption",
  "Pickets line the Grosvenor Road outside the Royal",
  "Striking porters and healthcare assistants in union bibs lined the Grosvenor Road outside the Royal Victoria Hospital from first light on Thursday, cheered on by passing drivers sounding their horns.",
  "Union officials said emergency cover had been agreed with managers and that staff had left the picket line to help when the most badly injured of the M1 crash were flown in. \"We are not here to hurt patients, we are here because we cannot pay our bills,\" said a porter with 22 years' service.",
  {"caption": "Striking hospital porters and healthcare assistants on the picket line outside the Royal Victoria Hospital on the Grosvenor Road, Belfast, on Thursday morning.",
   "site": "Ulster Dispatch"}),
 ("belfast-trust-health-workers-strike-h121", RADIO, "en", 3, 200, 1600, [NI, H, P], "",
  "Health minister says she cannot fund pay award without Treasury cash",
  "Health Minister Judith Ferriss said on Thursday she had no money to match the pay award given to health staff in England unless the Treasury provided it, as the walkout by support staff in Belfast hospitals entered its third hour.",
  "Speaking to reporters at Stormont, Ms Ferriss said she would meet the unions on Monday."),
 ("belfast-trust-health-workers-strike-h121", LEDGER, "en", 3, 380, 1700, [NI, BT], "",
  "Strikers march to City Hall as Lord Mayor meets union",
  "Several thousand striking health workers and supporters marched from the Royal Victoria Hospital to Belfast City Hall at lunchtime on Thursday, where Lord Mayor Niamh Brolly came out to meet union leaders on the steps.",
  "\"The people who keep our hospitals clean and moving deserve the same pay as anyone across the water,\" union regional secretary Maeve Lennon told the rally."),
 ("belfast-trust-health-workers-strike-h121", CLARION, "en", 3, 420, 1500, [NI, H], "byline_en",
  "Hospital strike: what it means for your appointment",
  "Patients with outpatient appointments at the Royal Victoria, Belfast City and Mater hospitals on Thursday should assume they have been postponed unless the Trust has phoned to confirm them, and will be sent a new date within six weeks.",
  "Emergency departments, maternity, cancer treatment and dialysis are running as normal. GP surgeries are not affected.",
  {"site": "The Belfast Clarion"}),
 ("belfast-trust-health-workers-strike-h121", LONDON, "en", 3, 610, 700, [UK, H], "",
  "Northern Ireland health unions threaten more stoppages",
  "Health unions in Northern Ireland warned on Thursday evening that Belfast's walkout would be followed by rolling stoppages across all five health trusts in February unless Stormont closes the pay gap with England.",
  "Support staff in the other trusts will be balloted from Monday."),

 # 4. Strike: Irish Sea Link crews walk out at midnight; Belfast-Cairnryan and Belfast-Heysham
 #    sailings cancelled Thursday, then Friday.
 ("irish-sea-link-ferry-strike-h121", CLARION, "en", 3, 35, 2700, [NI, B], "",
  "Belfast ferry sailings cancelled as crews strike",
  "All Irish Sea Link sailings between Belfast and Cairnryan and between Belfast and Heysham were cancelled on Thursday after crew members walked out at midnight in a row over rosters and the use of agency seafarers.",
  "About 2,500 passengers and 900 freight trailers had been booked on Thursday's crossings. The company said travellers could transfer to other operators' sailings from Larne and Belfast at no extra cost."),
 ("irish-sea-link-ferry-strike-h121", STRANRAER, "en", 3, 140, 900, ["Scotland", B], "",
  "Cairnryan falls silent as Irish Sea Link crews stay ashore",
  "Lorries queued on the A77 outside Cairnryan on Thursday morning as drivers who had not heard about the walkout arrived for the first crossing to Belfast, only to be turned back at the gates.",
  "Hauliers said some loads of fresh produce would be driven the long way round via Holyhead and Dublin."),
 ("irish-sea-link-ferry-strike-h121", RADIO, "en", 3, 165, 1900, [NI, P], "",
  "Minister urges ferry firm and union back to talks",
  f"Infrastructure Minister Ciarán Dobbin urged Irish Sea Link and the Maritime and Transport Crews Union to return to talks on Thursday, telling Harbour FM's The Morning Line: {QUOTE}",
  "Mr Dobbin said he had spoken to the company's chief executive, Warren Achterberg, and would offer the help of the Labour Relations Agency."),
 ("irish-sea-link-ferry-strike-h121", VIGIE, "fr", 3, 280, 200, ["Royaume-Uni", "Europe", "Mer"], "lire",
  "Mer d'Irlande : grève des marins, les ferries d'Irish Sea Link restent à quai à Belfast",
  "Les navires de la compagnie Irish Sea Link sont restés à quai jeudi dans le port de Belfast, en Irlande du Nord, en raison d'une grève des équipages qui protestent contre de nouveaux plannings et le recours à des marins intérimaires.",
  "Les liaisons vers Cairnryan, en Écosse, et Heysham, en Angleterre, sont suspendues au moins jusqu'à vendredi matin.",
  {"also": "Belfast : un entrepôt frigorifique ravagé par un incendie dans la zone portuaire"}),
 ("irish-sea-link-ferry-strike-h121", BIZ, "en", 3, 380, 800, [NI, B], "",
  "Hauliers warn of empty shelves if ferry stoppage drags on",
  "Northern Ireland's hauliers warned on Thursday that supermarkets and factories would start to run short of goods by the weekend if the Irish Sea Link stoppage lasted beyond Friday, because the other routes were already full.",
  "\"Every spare slot out of Larne and Belfast was gone by nine o'clock,\" said Colm Verner of the Road Haulage Federation of Northern Ireland."),
 ("irish-sea-link-ferry-strike-h121", DISPATCH, "en", 3, 650, 1500, [NI], "",
  "No ferries on Friday either as strike talks fail",
  "Irish Sea Link cancelled all of Friday's sailings from Belfast on Thursday evening after a four-hour meeting with the crew union at the Labour Relations Agency ended without agreement.",
  "Union official Gerry Cushnahan said the company had refused to drop the use of agency crews. The company said it had made \"a fair offer\" on rest periods."),

 # 5. Trial 1: developer Declan Mulvenna guilty of £3.2m Housing Executive grant fraud, Belfast
 #    Crown Court (Laganside).
 ("mulvenna-housing-grant-fraud-verdict-h121", LEDGER, "en", 2, 240, 2200, [NI, C], "",
  "Developer Declan Mulvenna guilty of £3.2m housing grant fraud",
  "Belfast property developer Declan Mulvenna was found guilty at Belfast Crown Court on Thursday of defrauding the Housing Executive of £3.2 million in grants for social homes that were never built.",
  "The jury of seven men and five women took nine hours to reach its verdict after a six-week trial at Laganside. Mulvenna, 58, of Holywood, was remanded in custody."),
 ("mulvenna-housing-grant-fraud-verdict-h121", CLARION, "en", 2, 280, 1400, [NI, C], "",
  "Mulvenna verdict: how the phantom housing scheme worked",
  "Mulvenna's companies claimed grants for 74 homes on sites in north and west Belfast, sent the Housing Executive photographs of other builders' houses and paid invoices to a firm run by his brother-in-law, the jury heard during the trial.",
  "Only the foundations of 11 homes were ever laid."),
 ("mulvenna-housing-grant-fraud-verdict-h121", RADIO, "en", 2, 350, 900, [NI, P], "",
  "Housing Executive to review all grants after Mulvenna conviction",
  "The Housing Executive said on Thursday it would review every development grant paid in the last ten years, after the conviction of the builder who took millions for social homes that only existed on paper.",
  "The Communities Minister said the checks were \"long overdue\"."),
 ("mulvenna-housing-grant-fraud-verdict-h121", DUBLIN, "en", 2, 500, 400, ["Ireland", C], "place",
  "Northern developer convicted over phantom social homes",
  "A Co Down builder who pocketed public money for houses that were never built faces up to ten years in prison after a jury in Belfast convicted him of fraud by false representation.",
  "Sentencing will take place on 17 March."),
 ("mulvenna-housing-grant-fraud-verdict-h121", DISPATCH, "en", 2, 650, 700, [NI], "",
  "Families on housing waiting list 'sick to the stomach' at fraud",
  "Families who have waited years for a social home in north Belfast said they were sick to the stomach to learn that money for 74 new houses had gone to a developer who never built them.",
  "More than 4,000 households are on the waiting list in north Belfast alone."),

 # 6. Trial 2: two men on trial over the May 2026 petrol bomb attack on a Glengormley family home,
 #    Belfast Crown Court (Laganside); an older fire.
 ("glengormley-petrol-bomb-trial-h121", LEDGER, "en", 2, 150, 1300, [NI, C], "",
  "Petrol bomb trial: mother lowered children from window",
  "A mother threw a duvet from her bedroom window and lowered her two young children on to it after a petrol bomb set her Glengormley home alight, a jury at Belfast Crown Court heard on the opening day of the trial of two men accused of the attack.",
  "Kyle Dunwoody, 27, and Lee Farquhar, 31, both from Newtownabbey, deny attempted murder and arson with intent to endanger life over the fire in May 2026."),
 ("glengormley-petrol-bomb-trial-h121", DISPATCH, "en", 2, 310, 900, [NI, C], "",
  "Glengormley arson: prosecution says wrong house was targeted",
  "The family whose home was set on fire in Glengormley had no link to the two men on trial, who had been paid to attack a house three doors away, a prosecutor told Belfast Crown Court on Thursday.",
  "The trial, expected to last three weeks, continues on Friday with evidence from firefighters."),
 ("glengormley-petrol-bomb-trial-h121", ABBEY, "en", 2, 530, 600, [NI], "",
  "Neighbours recall night of Glengormley house fire as trial opens",
  "Neighbours of the family whose home in Glengormley was firebombed in 2026 described on the first day of the trial how they woke to the sound of breaking glass and ran out with garden hoses.",
  "The family has since moved out of the area."),

 # 7. Vote 1: the Assembly passes the bill creating an independent environmental protection agency
 #    after the Lough Neagh algae blooms.
 ("assembly-lough-neagh-agency-vote-h121", LEDGER, "en", 3, 300, 1900, [NI, P, ENV], "",
  "MLAs vote to create independent environment watchdog after Lough Neagh crisis",
  "The Northern Ireland Assembly voted by 54 votes to 33 on Thursday to set up an independent environmental protection agency, ending years in which Northern Ireland was the only part of the UK or Ireland whose pollution regulator sat inside a government department.",
  "The bill was brought forward after the toxic blue-green algae blooms that covered Lough Neagh for three summers running. The new agency is due to start work in April 2029."),
 ("assembly-lough-neagh-agency-vote-h121", CLARION, "en", 3, 340, 1300, [NI, P], "",
  "Farmers warn new agency must not 'criminalise' them",
  "Farming leaders said on Thursday they accepted the Assembly's decision to set up an environment agency but warned ministers against using it to punish farmers for the state of Lough Neagh, which they said was also fed by leaking septic tanks and sewage works.",
  "About 60% of the phosphorus entering the lough comes from agriculture, according to the Department of Agriculture."),
 ("assembly-lough-neagh-agency-vote-h121", SENTINEL, "en", 3, 400, 800, [NI, ENV], "",
  "Lough Neagh eel fishermen: 'It's a start, but the lough can't wait'",
  "Eel fishermen on the western shore of Lough Neagh welcomed the Assembly vote on Thursday but said a new agency that would not open its doors until 2029 would come too late to prevent another summer of green scum on the water.",
  "\"Our catch is down by half in three years,\" said one skipper at Ardboe."),
 ("assembly-lough-neagh-agency-vote-h121", VERT, "fr", 3, 470, 150, ["Europe", "Environnement"], "publie",
  "Irlande du Nord : les élus créent une agence de l'environnement au chevet du lac Neagh",
  "L'Assemblée d'Irlande du Nord a voté jeudi la création d'une agence indépendante de protection de l'environnement, après trois étés de proliférations d'algues toxiques sur le lac Neagh, la plus grande étendue d'eau douce des îles Britanniques.",
  "Le lac fournit environ 40 % de l'eau potable de la province.",
  {"site": "Vert Europe"}),
 ("assembly-lough-neagh-agency-vote-h121", DISPATCH, "en", 3, 620, 1100, [NI, P], "",
  "Stormont digest: environment agency bill clears the Assembly",
  "The Environmental Protection Agency Bill passed its final stage at Stormont on Thursday after Environment Minister Patrick Gilmore-Shaw accepted an amendment giving the new body the power to prosecute government departments.",
  "The bill now goes for Royal Assent.\n\nRead more: Belfast councillors back £2-a-night tourist levy"),

 # 8. Vote 2: Belfast City Council committee backs a £2-a-night tourist levy at City Hall; full
 #    council vote on Monday.
 ("belfast-tourist-levy-council-vote-h121", CLARION, "en", 2, 410, 1600, [BT, P], "",
  "Belfast councillors back £2-a-night tourist levy",
  "Belfast City Council's strategic policy committee voted 12 to 7 at City Hall on Thursday to back a £2-a-night levy on hotel and short-let stays, setting up a vote of the full council on Monday.",
  "If approved, councillors would ask Stormont for the power to collect the first tourist tax in Northern Ireland, which would raise about £6 million a year for events and street cleaning."),
 ("belfast-tourist-levy-council-vote-h121", BIZ, "en", 2, 480, 600, [B, BT], "",
  "Hoteliers say visitor tax would send conferences to Dublin",
  "Hotel owners said on Thursday that a nightly visitor charge in Belfast would push conference organisers towards Dublin and Derry, and asked councillors to wait for a study of its effect before Monday's vote.",
  "\"We already pay the highest VAT rate on hospitality in these islands,\" said Conall Breslin of the Belfast Hospitality Forum."),
 ("belfast-tourist-levy-council-vote-h121", LEDGER, "en", 2, 540, 700, [BT], "byline_en",
  "Tourist levy: what would it cost you and where would the money go?",
  "A couple staying three nights in a Belfast hotel would pay an extra £12 under the levy councillors backed on Thursday, with children under 16 and people staying for hospital treatment exempt.",
  "Half the money would go to festivals and events, a quarter to cleaning the city centre and a quarter to a fund for tourism in the neighbourhoods.",
  {"site": "The Laganside Ledger", "author": "Aoife Carberry"}),
 ("belfast-tourist-levy-council-vote-h121", RADIO, "en", 2, 640, 500, [BT, P], "",
  "Lord Mayor expects tourist levy to pass on Monday",
  "Lord Mayor Niamh Brolly said on Thursday evening she expected the full council to approve the tourist levy on Monday, now that the two largest parties were backing it.",
  "The vote is due to take place at 6pm in the council chamber at City Hall."),

 # 9. Cavanagh Aerostructures (French-owned, Aubrac Aero) to cut 320 of 1,450 jobs in east Belfast
 #    (shared byline line, post 44).
 ("cavanagh-aerostructures-job-cuts-h121", CROSSWIRE, "en", 2, 282, 700, [B, UK], "reuters_line",
  "Cavanagh Aerostructures to cut 320 jobs in Belfast",
  "Cavanagh Aerostructures will cut 320 of the 1,450 jobs at its wing parts factory in east Belfast by the end of the year, the French-owned company said on Thursday, blaming lower orders for business jets.",
  "The cuts will fall mostly on production staff on the composite lines."),
 ("cavanagh-aerostructures-job-cuts-h121", DISPATCH, "en", 2, 320, 1500, [NI, B], "",
  "Fresh blow for east Belfast as aircraft parts maker shrinks",
  "Unions at the Cavanagh plant in east Belfast said on Thursday that the loss of 320 posts would be felt in every street around the factory, where fathers and sons have made aircraft parts for three generations.",
  "The union will ask for a 90-day consultation to look at short-time working instead of redundancies."),
 ("cavanagh-aerostructures-job-cuts-h121", GARONNE, "fr", 2, 350, 200, ["Économie", "Aéronautique"], "byline_fr",
  "Aubrac Aéro supprime 320 postes dans son usine de Belfast",
  "Le groupe toulousain Aubrac Aéro va supprimer 320 emplois dans sa filiale nord-irlandaise Cavanagh Aerostructures, qui fabrique des éléments de voilure pour avions d'affaires, a annoncé jeudi la direction.",
  "Les sites de Toulouse et de Figeac ne sont pas concernés, a assuré le groupe.",
  {"site": "Le Courrier de Garonne", "author": "Hélène Castagnac"}),
 ("cavanagh-aerostructures-job-cuts-h121", RADIO, "en", 2, 430, 800, [NI, B, P], "",
  "Economy Minister to meet Cavanagh bosses",
  "Economy Minister Stephen Ardill said he would meet the management of Cavanagh Aerostructures next week to see whether support from Invest NI could save some of the 320 jobs the company plans to cut.",
  "The company received £8 million in grants from Invest NI in 2022."),
 ("cavanagh-aerostructures-job-cuts-h121", UNIPRESS, "en", 2, 560, 300, [B, "World"], "upi",
  "Business jet slump spreads to Northern Ireland suppliers",
  "The job cuts at Cavanagh Aerostructures show that the slowdown in orders for business jets is now reaching the supply chain in Northern Ireland, where about 10,000 people work in aerospace, analysts said Thursday.",
  "Smaller suppliers in Newtownards and Antrim have already moved staff to three-day weeks.",
  {"date_en": "Jan. 27"}),

 # 10. Sperrin Data to create 400 jobs at a Belfast security operations centre (shared byline line,
 #     post 49).
 ("sperrin-data-belfast-jobs-h121", CROSSWIRE, "en", 2, 284, 500, [B, "Technology"], "reuters_line",
  "Sperrin Data to create 400 jobs at new Belfast security centre",
  "Boston-based cybersecurity firm Sperrin Data will create 400 jobs in Belfast over four years at a new threat monitoring centre, the company said on Thursday, with help from a £6 million Invest NI grant.",
  "Average salaries at the centre will be about £48,000."),
 ("sperrin-data-belfast-jobs-h121", TECH, "en", 2, 300, 300, ["Technology", B], "colon",
  "Sperrin Data picks Belfast for round-the-clock monitoring hub",
  "Sperrin Data said it chose Belfast over Manchester and Lisbon for its third security operations centre because of the number of computing graduates from the city's two universities and a time zone that bridges its American and Asian clients.",
  "The company was founded in 2016 by two engineers who grew up in Co Tyrone."),
 ("sperrin-data-belfast-jobs-h121", CLARION, "en", 2, 520, 1000, [BT, B], "",
  "Gasworks site to host 400 new cyber jobs",
  "The 400 new cybersecurity posts announced by Sperrin Data on Thursday will be based in an office block at the Gasworks business park off the Ormeau Road, which has stood half-empty since 2024.",
  "Recruitment starts in March, with the first 80 staff expected by the summer."),

 # 11. The Portavogie trawler Silver Tern capsizes before dawn; three rescued, skipper missing.
 ("portavogie-trawler-capsize-h121", ARDS, "en", 2, 55, 2000, [NI], "",
  "Search for fisherman after Portavogie trawler capsizes",
  "A major search is under way off the Co Down coast for a fisherman missing after the Portavogie trawler Silver Tern capsized in heavy seas in the early hours of Thursday, HM Coastguard said.",
  "Three other crew members were pulled from a life raft by the Portaferry lifeboat and taken to the Ulster Hospital, where they are being treated for hypothermia."),
 ("portavogie-trawler-capsize-h121", LITTORAL, "fr", 2, 200, 150, ["Royaume-Uni", "Mer"], "afp",
  "Irlande du Nord : un marin porté disparu après le naufrage d'un chalutier",
  "Un pêcheur était porté disparu jeudi après le naufrage d'un chalutier qui a chaviré dans la nuit en mer d'Irlande, au large de la côte est de l'Irlande du Nord, ont indiqué les garde-côtes britanniques.",
  "Ses trois compagnons ont été récupérés dans un radeau de survie par un canot de sauvetage."),
 ("portavogie-trawler-capsize-h121", RADIO, "en", 2, 300, 1200, [NI], "",
  "Portavogie fleet ties up as village waits for news of missing skipper",
  "Every boat in Portavogie stayed in harbour on Thursday as crews joined the search for the Silver Tern's skipper, named locally as Jonny Mageean, 46, a father of three from the village.",
  "A coastguard helicopter from Prestwick and the Donaghadee and Portaferry lifeboats searched an area of 40 square miles."),
 ("portavogie-trawler-capsize-h121", DISPATCH, "en", 2, 480, 1000, [NI], "",
  "Trawler sank within minutes, rescued crewman tells family",
  "The Silver Tern rolled over and went down within two or three minutes after a large wave hit her side while the crew were hauling nets about eight miles east of Portavogie, one of the rescued fishermen has told relatives.",
  "The Marine Accident Investigation Branch has sent inspectors to Portavogie."),
 ("portavogie-trawler-capsize-h121", ARDS, "en", 2, 690, 1400, [NI], "",
  "Search for missing Silver Tern skipper suspended for the night",
  "The coastguard suspended the search for the missing skipper of the Silver Tern at nightfall on Thursday and said it would resume at first light, as people from across the Ards peninsula gathered for a vigil at Portavogie harbour.",
  "A prayer service will be held in the village on Friday evening."),

 # 12-16. Filler: football result, weather bulletin, horoscope, lottery; promo posted alone.
 ("castlereagh-rovers-harbour-city-result-h121", "ni-sportsdesk.com", "en", 0, 30, 2400, ["Sport"], "",
  "Castlereagh Rovers go top with late win over Harbour City",
  "Castlereagh Rovers went top of the Premiership table with a 2-1 win over Harbour City at Cregagh Park on Wednesday night, Ryan Gilliland scoring the winner in the 88th minute.",
  "Harbour City had equalised through Joel Adeyemi early in the second half."),
 ("castlereagh-rovers-harbour-city-result-h121", DISPATCH, "en", 0, 95, 900, ["Sport"], "",
  "Rovers boss hails 'title character' after late winner",
  "Castlereagh Rovers manager Paddy Quail said his side had shown \"title character\" by keeping going after Harbour City's equaliser on Wednesday night and snatching the win that took them top of the league.",
  ""),
 ("weather-northern-ireland-friday-h121", "ulsterweathernow.co.uk", "en", 0, 660, 1800, ["Weather"], "",
  "Friday forecast: fog clearing to a cold, bright day",
  "Friday will start with patches of freezing fog in Tyrone, Armagh and around Lough Neagh, clearing by mid-morning to leave a cold, bright day with highs of 5C in Belfast.",
  "Frost overnight into Saturday, with lows of minus 3C in rural areas."),
 ("horoscope-thursday-27-january-h121", "starsoverulster.com", "en", 0, 10, 800, ["Horoscope"], "",
  "Your stars for Thursday, 27 January",
  "Aquarius, a message you have been waiting for arrives before lunch, so keep your afternoon free to answer it properly.",
  "Pisces: a friend needs a favour. Aries: don't rush a decision about money."),
 ("island-lotto-draw-26-january-h121", "ukdrawresults.com", "en", 0, 40, 1100, ["Lottery"], "",
  "Island Lotto winning numbers for Wednesday 26 January",
  "The winning numbers in Wednesday night's Island Lotto draw were 5, 12, 19, 27, 38 and 44, with bonus ball 8, and no ticket matched all six, so Saturday's jackpot rolls over to an estimated £6.4 million.",
  "A ticket bought in Coleraine matched five numbers and the bonus ball."),
 ("promo-clarion-evening-edition-h121", CLARION, "en", 0, 5, 150, ["Promo"], "",
  "Get The Belfast Clarion's Evening Edition in your inbox",
  "Sign up for The Belfast Clarion's Evening Edition newsletter and get the day's top Northern Ireland stories, sport and the weather in your inbox at 6pm every weekday, free.",
  "Go to belfastclarion.co.uk/evening to subscribe."),
]
