# Day 77 (hold-out): a Tasmanian English channel, evening edition of Wednesday 10 February 2027
# (window 07:00 - 19:00 Wednesday Hobart, Australia/Hobart = UTC+11 under daylight saving in
# February 2027). Gold answer written before any run: each post's story, its lede (the true first
# sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Premier Alison Tregear on Derwent FM 96.1's
#   "Breakfast with Jo Kelly" on Wednesday morning, quoted about the nurses' strike (post 13) and
#   about the poker-machine card vote (post 51), both carrying "We will not be bullied into bad
#   decisions, whether it comes from a union or from a lobby group.";
# - a shared wire byline line ("Southern Cross Wire | Updated: 02-10-2027 10:15 AEDT"): the Moonah
#   warehouse arson sentence (post 27) and the Huon Crest salmon job cuts (post 55), unrelated;
# - the same hospital: the Royal Hobart Hospital takes the Tasman Bridge crash's injured (posts
#   1-7), the minibus rollover's injured (posts 8-11), the student residence fire's two students
#   (posts 30-33), and is the centre of the nurses' strike (posts 12-18, post 14 says off-duty
#   emergency nurses went back in for the bridge crash);
# - the same town and the same officials: Hobart holds the bridge crash, the strike, the salmon
#   rally, both trials (same Supreme Court), the student fire and both ships; Inspector Neil Abery
#   speaks for police at the bridge crash and at the minibus rollover (post 9 names the bridge
#   too); Tasmania Fire Service chief officer Mark Petrie speaks at the bushfire, the student fire,
#   and is quoted in the arson sentence; Lord Mayor Dana Whitlock speaks on the bridge and on the
#   bribery verdict; Marine Resources Minister Gail Pruett on the salmon rally and the salmon job
#   cuts; Macquarie Wharf holds the French polar ship and the detained longliner (post 50 says the
#   longliner's crew is held a few berths from the French ship);
# - look-alike stories: two road accidents (Tasman Bridge bus-truck crash; Channel Highway minibus
#   rollover); two trials in the Supreme Court in Hobart (council bribery verdict; warehouse arson
#   sentence); three fires (Derwent Valley bushfire; Sandy Bay student residence fire; the 2025
#   Moonah warehouse fire of the arson case); a strike and a demonstration both ending on the
#   Parliament House lawns (nurses, post 17; salmon pens rally, post 21 where the marches meet);
#   two salmon stories (the rally against new pens in Storm Bay; the Huon Crest job cuts at Dover);
#   two ships at Macquarie Wharf; the
#   weather bulletin's total fire ban (post 60) kept apart from the bushfire; a French bushfire
#   post carries a "Lire aussi" line naming the bridge crash (post 39);
# - stories told from other angles: how to cross the Derwent (post 4), the bridge reopening
#   (post 7), the pickers' union (post 10), what patients need to know (post 16), the Launceston
#   rally (post 15), the Burnie ward (post 18), what the verdict means for the council (post 25),
#   how the contracts were rigged (post 26), how to help the students (post 33), leave early
#   (post 38), the stranded expeditioners (posts 42, 45), the crew of the longliner (post 50), how the
#   player card would work (post 54);
# - posts in French (the agencies' French service and French-language papers): posts 5, 39, 41,
#   42, 45, 48, 49;
# - a promo posted alone (post 63); filler of importance 0: the Sheffield Shield result (posts
#   58-59), the weather bulletin (post 60), the horoscope (post 61), the lotto draw (post 62).
NAME = "2027-02-10-en-evening-hobart-h77"
CHANNEL = {"lang": "en", "tz": "Australia/Hobart"}
WINDOW = ("2027-02-09T20:00:00Z", "2027-02-10T08:00:00Z")
CTX = {"stamp": "02-10-2027 10:15", "city": "Hobart", "date_fr": "10 févr", "date_en": "Feb. 10",
       "author": "Tom Vanderlee", "clarify": "the number of people still in hospital",
       "caption": "", "also": "", "country": "Australia",
       "line": "Southern Cross Wire | Updated: 02-10-2027 10:15 AEDT"}
# The editor's top 5: the deadly Tasman Bridge crash, the Derwent Valley bushfire, the nurses'
# strike, the council bribery verdict, the fatal minibus rollover.
TOP5 = ["hobart-tasman-bridge-bus-crash", "derwent-valley-bushfire", "tasmania-nurses-strike",
        "hobart-council-bribery-verdict", "channel-highway-minibus-rollover"]
TAS = "Tasmania"
AU = "Australia"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
LEDGER = "derwentledger.com.au"
COURIER = "tamarcourier.com.au"
CLARION = "nwclarion.com.au"
RADIO = "islandradio.com.au"
SCW = "scwire.com.au"
WIRE = "wire-west.com"
AP = "ap-like.org"
UPI = "upi-like.com"
MENA = "menafn-like.com"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
AUSTRAL = "lesnouvellesaustrales.fr"
POSTS = [
 # 1. Tasman Bridge: Metro bus and concrete truck collide at 7:48 a.m.; toll 2 dead, 11 hurt ->
 #    3 dead, 14 hurt; bridge shut both ways, reopened at 4 p.m.; "crash", "collision", "smash".
 ("hobart-tasman-bridge-bus-crash", SCW, "en", 3, 75, 3400, [TAS], "colon",
  "Two killed as bus and truck collide on Tasman Bridge",
  "Two people were killed and at least 11 injured when a Metro bus and a concrete truck collided on the Tasman Bridge in Hobart during the morning peak on Wednesday, police said.",
  "The bridge has been closed in both directions and motorists have been told to avoid the Eastern Shore approaches."),
 ("hobart-tasman-bridge-bus-crash", LEDGER, "en", 3, 100, 5200, [TAS], "caption",
  "Tasman Bridge smash: two dead, city gridlocked",
  "A morning commute turned deadly on the Tasman Bridge when an inbound Metro bus carrying about 30 passengers and a westbound concrete truck collided just after 7.45am, leaving two people dead and the city's main river crossing shut.",
  "Inspector Neil Abery said the truck appeared to have crossed the centre barrier near the bridge's highest span. The injured were taken to the Royal Hobart Hospital, four of them in a serious condition.",
  {"caption": "Emergency crews work around the damaged Metro bus on the Tasman Bridge on Wednesday morning."}),
 ("hobart-tasman-bridge-bus-crash", WIRE, "en", 3, 185, 2600, [AU, TAS], "reuters",
  "Death toll in Hobart bridge collision rises to three",
  "A third person has died after a bus and a truck collided on the Tasman Bridge in the Tasmanian capital Hobart on Wednesday morning, police said, and 14 people are being treated in hospital.",
  "The driver of the concrete truck, a 52-year-old man, was among those killed, Tasmania Police said. The bridge carries about 70,000 vehicles a day.",
  {"date_en": "Feb 10"}),
 ("hobart-tasman-bridge-bus-crash", RADIO, "en", 3, 140, 3900, [TAS], "",
  "How to get across the Derwent while the Tasman Bridge is shut",
  "With the Tasman Bridge closed after this morning's fatal crash, traffic from the Eastern Shore is being sent north over the Bowen Bridge, and the trip into the city is taking more than an hour.",
  "Extra Derwent ferries are running every 20 minutes from Bellerive Quay to Brooke Street Pier, and Metro has put on free shuttle buses from Rosny Park to the Bowen Bridge. Police ask anyone who can work from home to stay there."),
 ("hobart-tasman-bridge-bus-crash", ALPES, "fr", 3, 215, 700, [W], "ats",
  "Tasmanie: trois morts dans une collision entre un bus et un camion à Hobart",
  "Une collision entre un bus urbain et un camion-toupie a fait trois morts et quatorze blessés mercredi matin sur le pont Tasman à Hobart, la capitale de l'État australien de Tasmanie, a indiqué la police.",
  "Le pont, principal ouvrage sur le fleuve Derwent, a été fermé dans les deux sens de circulation."),
 ("hobart-tasman-bridge-bus-crash", AP, "en", 3, 300, 1800, [AU, W], "ap",
  "Bus-truck crash on Australian bridge kills 3, injures 14",
  "A bus and a concrete truck collided on a major bridge in the Australian island state of Tasmania on Wednesday, killing three people and injuring 14, police said.",
  "Investigators were examining whether the truck suffered a mechanical failure before it crossed into oncoming traffic, Inspector Neil Abery told reporters."),
 ("hobart-tasman-bridge-bus-crash", LEDGER, "en", 3, 560, 4100, [TAS], "updated",
  "Tasman Bridge reopens as Lord Mayor calls for barrier review",
  "The Tasman Bridge reopened to traffic at 4pm on Wednesday, eight hours after a collision between a bus and a concrete truck killed three people, and Hobart Lord Mayor Dana Whitlock called for an urgent review of the bridge's centre barrier.",
  "Nine people remain in the Royal Hobart Hospital, two of them in intensive care. \"This is the crossing every family in this city uses, and it has to be safe,\" Cr Whitlock said."),

 # 2. Channel Highway: minibus carrying fruit pickers rolls near Kettering at 6.40am; 1 dead,
 #    7 hurt, four flown to the Royal Hobart. Same police inspector as the bridge.
 ("channel-highway-minibus-rollover", RADIO, "en", 2, 35, 2100, [TAS], "",
  "Fruit pickers hurt as minibus rolls on Channel Highway",
  "One person has died and seven others have been injured after a minibus carrying seasonal fruit pickers rolled on the Channel Highway near Kettering early this morning.",
  "A rescue helicopter and three ambulances attended. The highway is closed between Kettering and Woodbridge."),
 ("channel-highway-minibus-rollover", LEDGER, "en", 2, 125, 2900, [TAS], "teaser",
  "Pickers' minibus left the road on a bend, police say",
  "A minibus taking nine cherry pickers to an orchard near Woodbridge left the Channel Highway on a sharp bend about 6.40am and rolled down an embankment, killing a 27-year-old passenger, police said.",
  "Inspector Neil Abery, who later spoke at the scene of the Tasman Bridge crash, said it had been \"a terrible morning on our southern roads\". Four of the injured were flown to the Royal Hobart Hospital."),
 ("channel-highway-minibus-rollover", SCW, "en", 2, 265, 1200, [TAS, AU], "",
  "Union demands safer transport for Pacific pickers after fatal rollover",
  "The union representing farm workers has called for mandatory seatbelt checks on every vehicle used to carry seasonal workers after a minibus rollover south of Hobart killed a Pacific Islander picker on Wednesday.",
  "The dead man was a Vanuatu national working in Tasmania under the Pacific labour scheme, the union said."),
 ("channel-highway-minibus-rollover", UPI, "en", 2, 335, 600, [W], "upi",
  "One dead, seven hurt in Tasmania fruit-picker van crash",
  "A man was killed and seven people were hurt when a van carrying fruit pickers overturned on a highway south of Hobart, Australia, on Wednesday, police said.",
  "The driver, 41, was in a stable condition."),

 # 3. Nurses' strike: 24-hour walkout from 7am at public hospitals; 400 -> 460 elective
 #    operations postponed; talks at the Fair Work Commission on Friday; Premier on radio.
 ("tasmania-nurses-strike", SCW, "en", 3, 15, 2500, [TAS, H], "",
  "Tasmanian nurses begin 24-hour strike",
  "Nurses and midwives at Tasmania's public hospitals walked off the job at 7am on Wednesday for 24 hours in a dispute over staffing levels, the first statewide strike by nurses in more than a decade.",
  "About 400 elective operations have been postponed, the Health Department said. Emergency departments will be staffed at \"life and limb\" levels."),
 ("tasmania-nurses-strike", RADIO, "en", 3, 110, 3300, [TAS, P], "",
  "Premier: government won't be bullied by nurses' union",
  "Premier Alison Tregear has told striking nurses the government will not reopen its pay and staffing offer under pressure, saying on Derwent FM 96.1's \"Breakfast with Jo Kelly\": \"We will not be bullied into bad decisions, whether it comes from a union or from a lobby group.\"",
  "Ms Tregear said the offer of 120 extra graduate nurses a year was \"the best in the country\"."),
 ("tasmania-nurses-strike", LEDGER, "en", 3, 165, 3100, [TAS, H], "caption",
  "Hundreds rally outside the Royal Hobart as nurses walk out",
  "Several hundred nurses and midwives in purple union shirts rallied on Liverpool Street outside the Royal Hobart Hospital on Wednesday morning, chanting \"safe staff save lives\".",
  "Union secretary Kerrie Dwan said off-duty emergency nurses had gone back inside to help treat the victims of the Tasman Bridge crash. \"Our members will never walk away from a patient,\" she said.",
  {"caption": "Nurses and midwives rally outside the Royal Hobart Hospital on the first morning of the strike."}),
 ("tasmania-nurses-strike", COURIER, "en", 3, 205, 1500, [TAS], "byline_en",
  "Launceston nurses join walkout, LGH surgery lists cleared",
  "More than 200 nurses gathered outside the Launceston General Hospital on Wednesday as the statewide strike cleared the hospital's surgery lists for the day.",
  "Theatre nurse Megan Cray, who has worked at the LGH for 19 years, said the northern wards were running short every night.",
  {"author": "Sally Brinkworth"}),
 ("tasmania-nurses-strike", LEDGER, "en", 3, 280, 2400, [TAS, H], "",
  "Strike day: what patients need to know",
  "If your operation at a public hospital was set down for Wednesday or Thursday morning, it has been postponed, and the hospital will call you with a new date within a fortnight, the Health Department says.",
  "Emergency departments, maternity wards, dialysis and cancer treatment are running as normal. Call 1800 HEALTH-TAS if you are unsure whether your appointment is going ahead."),
 ("tasmania-nurses-strike", WIRE, "en", 3, 440, 1300, [AU, H], "reuters",
  "Tasmania nurses, government to face mediator on Friday",
  "Tasmania's government and the nurses' union will meet before the Fair Work Commission on Friday after a 24-hour strike forced the postponement of about 460 operations, Health Minister Paul Sherriff said on Wednesday.",
  "Striking nurses marched from the Royal Hobart Hospital to the lawns of Parliament House in the afternoon.",
  {"date_en": "Feb 10"}),
 ("tasmania-nurses-strike", CLARION, "en", 3, 360, 900, [TAS], "donate",
  "Burnie nurses say North West ward has been short all summer",
  "Nurses at the North West Regional Hospital in Burnie say the medical ward has been short of at least two staff on most night shifts since December, as they joined the statewide strike on Wednesday.",
  "About 60 nurses stood outside the hospital's main entrance on Brickport Road."),

 # 4. Storm Bay salmon rally: about 3,000 march from Franklin Square to Parliament House
 #    against doubling fish-farm pens; crosses paths with the nurses on Murray Street.
 ("storm-bay-salmon-pens-rally", LEDGER, "en", 2, 325, 2200, [TAS, P], "",
  "Thousands march against salmon pen expansion in Storm Bay",
  "About 3,000 people marched from Franklin Square to Parliament House in Hobart on Wednesday to oppose a plan that would double the number of salmon pens in Storm Bay.",
  "Organisers Keep Storm Bay Clean said the expansion would smother reefs off Bruny Island and the Tasman Peninsula."),
 ("storm-bay-salmon-pens-rally", SCW, "en", 2, 375, 1100, [TAS], "",
  "Fish farm protesters confront minister at Parliament House",
  "Protesters against fish farming in Storm Bay heckled Marine Resources Minister Gail Pruett as she left Parliament House on Wednesday, a day before the state's marine planning panel begins hearings on the expansion.",
  "Ms Pruett said the plan would be judged \"on the science, not on the volume of a crowd\"."),
 ("storm-bay-salmon-pens-rally", RADIO, "en", 2, 405, 1600, [TAS], "caption",
  "Salmon rally and nurses meet on Murray Street",
  "Two marches met on Murray Street on Wednesday afternoon as the rally against new salmon pens in Storm Bay reached Parliament House just as striking nurses arrived on the same lawns.",
  "Police said both gatherings were peaceful and the salmon protesters let the nurses through first.",
  {"caption": "Protesters carry a giant inflatable salmon along Murray Street towards Parliament House."}),
 ("storm-bay-salmon-pens-rally", AP, "en", 2, 470, 500, [AU, W], "place",
  "Thousands protest fish farm growth in Australia's Tasmania",
  "Thousands of people marched through the Tasmanian capital on Wednesday against plans to expand salmon farming in a bay off the island's southeast coast.",
  ""),

 # 5. Supreme Court: former Hobart City Council procurement manager guilty of corruption.
 ("hobart-council-bribery-verdict", SCW, "en", 2, 245, 1900, [TAS, C], "",
  "Former council manager guilty of taking bribes",
  "A Supreme Court jury in Hobart has found former Hobart City Council procurement manager Dennis Ovenden guilty of six counts of corruption for taking $240,000 from a paving contractor.",
  "Ovenden, 58, was remanded in custody by Justice Helen Marr and will be sentenced in March."),
 ("hobart-council-bribery-verdict", LEDGER, "en", 2, 290, 2700, [TAS, C], "byline_en",
  "Ovenden guilty: jury rejects 'consultancy fees' defence",
  "Dennis Ovenden shut his eyes and shook his head as the jury forewoman read six guilty verdicts in the Supreme Court in Hobart on Wednesday, ending a five-week trial over the council's footpath contracts.",
  "The jury deliberated for two days. His defence had argued the payments from Derwent Civil Paving were fees for private consultancy work.",
  {"author": "Ruth Callaghan"}),
 ("hobart-council-bribery-verdict", RADIO, "en", 2, 355, 1400, [TAS, P], "",
  "Lord Mayor says verdict 'a line in the sand' for City Hall",
  "Hobart Lord Mayor Dana Whitlock says the conviction of a former senior council officer for corruption must be \"a line in the sand\" for City Hall, and has promised an outside audit of every contract he signed.",
  "The council will ask the Integrity Commission to review its tender rules."),
 ("hobart-council-bribery-verdict", COURIER, "en", 2, 485, 800, [TAS], "",
  "How the footpath contracts were rigged",
  "Over four years, the jury heard, Dennis Ovenden wrote the scope of Hobart's footpath renewal tenders so that only one contractor could meet them, then took cash and a holiday in Bali in return.",
  "The contracts were worth $11.6 million in total. The paving company's director gave evidence for the prosecution under an indemnity."),

 # 6. Supreme Court: man jailed for the 2025 Moonah self-storage warehouse fire.
 ("moonah-warehouse-arson-sentence", SCW, "en", 1, 195, 700, [TAS, C], "reuters_line",
  "Man jailed for nine years over Moonah warehouse fire",
  "A man who set fire to a self-storage warehouse in Moonah in August 2025, injuring a firefighter, has been jailed for nine years in the Supreme Court in Hobart.",
  "Troy Hadlow, 34, pleaded guilty to arson and causing grievous bodily harm."),
 ("moonah-warehouse-arson-sentence", LEDGER, "en", 1, 315, 1000, [TAS, C], "",
  "Arsonist lit fire to destroy debt records, court told",
  "Troy Hadlow started the blaze that gutted the Moonah storage centre because he wanted to destroy the records of a drug debt kept in one of its lockers, Justice Robert Galea said as he jailed him on Wednesday.",
  "He must serve six years before he is eligible for parole."),
 ("moonah-warehouse-arson-sentence", RADIO, "en", 1, 385, 600, [TAS], "",
  "Fire chief welcomes sentence for Moonah arsonist",
  "Tasmania Fire Service chief officer Mark Petrie has welcomed the nine-year sentence handed to the man who lit the Moonah warehouse fire, saying the firefighter who was hurt is still not back at work.",
  "Station officer Craig Lowe suffered burns to his arms and back when part of the roof fell."),

 # 7. Sandy Bay: fire in a university student residence kitchen; 120 evacuated, two to hospital.
 ("sandy-bay-student-residence-fire", RADIO, "en", 2, 250, 1800, [TAS], "",
  "Students evacuated as fire breaks out at Sandy Bay residence",
  "About 120 students were evacuated from a university residence on Churchill Avenue in Sandy Bay this morning after a fire broke out in a third-floor kitchen.",
  "Four fire crews attended."),
 ("sandy-bay-student-residence-fire", LEDGER, "en", 2, 305, 2300, [TAS], "caption",
  "Two students in hospital after residence kitchen blaze",
  "Two students were taken to the Royal Hobart Hospital with smoke inhalation after fire tore through a shared kitchen at a University of Tasmania residence in Sandy Bay on Wednesday.",
  "Tasmania Fire Service chief officer Mark Petrie said sprinklers had stopped the fire from spreading to the bedrooms.",
  {"caption": "Students wait on the lawn opposite the residence on Churchill Avenue after being evacuated."}),
 ("sandy-bay-student-residence-fire", SCW, "en", 2, 410, 700, [TAS], "",
  "Unattended frying pan blamed for Hobart student hall fire",
  "An unattended frying pan started Wednesday's fire at a student residence in Sandy Bay, investigators said, and the damage has been put at about $400,000.",
  "The third floor will remain closed for at least a month."),
 ("sandy-bay-student-residence-fire", LEDGER, "en", 2, 525, 1200, [TAS], "",
  "How to help the students who lost their rooms",
  "The University of Tasmania is asking for donations of bedding, kitchenware and laptops for the 28 students whose rooms on the damaged floor cannot be used.",
  "Goods can be left at the university's Sandy Bay student centre from Thursday, and the students' union has opened a hardship fund."),

 # 8. Derwent Valley bushfire: near Molesworth north of New Norfolk; 2,100 -> 3,400 ha; homes
 #    lost 2 -> 5 -> 7; emergency warning; "bushfire", "blaze", "fire", "feu", "incendie".
 ("derwent-valley-bushfire", SCW, "en", 3, 10, 3000, [TAS], "",
  "Emergency warning for Derwent Valley bushfire",
  "An emergency warning has been issued for a bushfire burning near Molesworth in the Derwent Valley, with residents of Molesworth, Lachlan and parts of New Norfolk told it is too late to leave.",
  "The fire has burnt about 2,100 hectares since it started on Tuesday afternoon."),
 ("derwent-valley-bushfire", RADIO, "en", 3, 90, 4200, [TAS], "",
  "Two homes lost as Molesworth fire jumps containment line",
  "Two homes have been destroyed after the bushfire near Molesworth jumped a containment line overnight, Tasmania Fire Service chief officer Mark Petrie said this morning.",
  "\"The next six hours are critical,\" Mr Petrie said, with temperatures forecast to reach 36 degrees and north-westerly winds gusting to 70km/h."),
 ("derwent-valley-bushfire", LEDGER, "en", 3, 175, 4600, [TAS], "donate",
  "Smoke blankets Hobart as Derwent Valley fire grows",
  "Thick smoke from the Derwent Valley bushfire settled over Hobart on Wednesday morning, turning the sky orange over kunanyi/Mount Wellington and prompting health warnings for people with asthma.",
  "An evacuation centre is open at the New Norfolk Memorial Hall, where about 150 people spent the night."),
 ("derwent-valley-bushfire", WIRE, "en", 3, 320, 2000, [AU, TAS], "reuters",
  "Bushfire destroys five homes near Tasmanian capital",
  "A bushfire burning out of control in the Derwent Valley north of Hobart has destroyed five homes and burnt about 3,400 hectares, fire authorities said on Wednesday.",
  "About 200 firefighters and nine aircraft are on the fire.",
  {"date_en": "Feb 10"}),
 ("derwent-valley-bushfire", LEDGER, "en", 3, 390, 3500, [TAS], "",
  "Leave early: what to do if a bushfire threatens your home",
  "If you live in the Derwent Valley or the northern suburbs and your bushfire plan is to leave, leave now, before smoke and fallen trees close the roads, the Tasmania Fire Service says.",
  "Pack medicines, documents, water and a woollen blanket, let a neighbour know where you are going, and check TasAlert for the warning level in your area."),
 ("derwent-valley-bushfire", NORD, "fr", 3, 455, 600, [W], "lire",
  "Australie: un feu de forêt détruit des maisons près de Hobart",
  "Un incendie hors de contrôle a détruit cinq maisons et parcouru 3.400 hectares dans la vallée de la Derwent, au nord de Hobart, en Tasmanie, ont annoncé mercredi les pompiers.",
  "Quelque 200 pompiers et neuf avions sont engagés contre le feu, attisé par des vents violents et une chaleur de 36 degrés.",
  {"also": "Tasmanie : trois morts dans une collision sur le pont Tasman à Hobart"}),
 ("derwent-valley-bushfire", AP, "en", 3, 610, 1700, [AU, W], "ap",
  "Australian wildfire burns 7 homes as wind change looms",
  "A wildfire on the Australian island state of Tasmania has destroyed seven homes, officials said Wednesday, as firefighters braced for a southerly wind change expected to push the flames toward farmland.",
  "No one has been reported hurt."),

 # 9. The French polar supply ship L'Aurore Australe stuck at Macquarie Wharf with an engine
 #    failure; the relief of Dumont d'Urville station delayed; "navire", "brise-glace", "ship".
 ("french-polar-ship-hobart-breakdown", NORD, "fr", 2, 60, 800, [W], "afp",
  "Le navire polaire L'Aurore Australe immobilisé à Hobart par une avarie",
  "Le navire ravitailleur polaire français L'Aurore Australe est immobilisé dans le port de Hobart, en Tasmanie, après une avarie de moteur découverte la veille de son départ pour la station antarctique Dumont d'Urville, a annoncé mercredi l'Institut polaire.",
  "Le navire devait appareiller jeudi pour sa dernière rotation de la saison."),
 ("french-polar-ship-hobart-breakdown", AUSTRAL, "fr", 2, 190, 500, [W], "soutien",
  "Dumont d'Urville: la relève des hivernants retardée",
  "Les quarante membres de la campagne d'été de Dumont d'Urville devront patienter sur la base antarctique au moins dix jours de plus, le temps de réparer le moteur principal de L'Aurore Australe, bloquée à quai à Hobart.",
  "L'Institut polaire assure que les vivres et le carburant de la station suffisent jusqu'à fin mars."),
 ("french-polar-ship-hobart-breakdown", LEDGER, "en", 2, 240, 1100, [TAS, W], "",
  "French Antarctic ship stuck at Macquarie Wharf",
  "The French polar supply ship L'Aurore Australe will stay at Hobart's Macquarie Wharf for at least a week after engineers found a cracked cylinder head in its main engine.",
  "Parts are being flown in from Brest. The ship's 45 crew are staying on board."),
 ("french-polar-ship-hobart-breakdown", WIRE, "en", 2, 415, 700, [W], "",
  "French polar vessel breakdown delays Antarctic station relief",
  "An engine failure on the French supply vessel L'Aurore Australe in Hobart has delayed the return of 40 scientists and support staff from France's Dumont d'Urville station in Antarctica, the French Polar Institute said.",
  "The institute said it was looking at chartering an Australian ship if repairs take longer than expected."),
 ("french-polar-ship-hobart-breakdown", AUSTRAL, "fr", 2, 600, 400, [W], "byline_fr",
  "Les hivernants de Dumont d'Urville prennent leur mal en patience",
  "À Dumont d'Urville, la nouvelle de l'avarie est arrivée par le téléphone satellite au moment du dîner, et les glaciologues ont aussitôt prolongé leurs carottages d'une semaine.",
  "Le chef de base, Julien Perrigault, assure que le moral est bon.",
  {"author": "Élodie Marchal", "site": "Les Nouvelles australes"}),

 # 10. Border Force escorts a suspected toothfish poacher into Hobart from the Heard Island
 #     zone, berthed near the French ship; Franco-Australian surveillance.
 ("toothfish-longliner-hobart", SCW, "en", 1, 150, 900, [TAS, C], "",
  "Suspected toothfish poacher escorted into Hobart",
  "An Australian Border Force patrol vessel has escorted a stateless longliner suspected of illegally fishing Patagonian toothfish near Heard Island into Hobart.",
  "Officers found about 42 tonnes of toothfish in the vessel's freezers, the Australian Fisheries Management Authority said."),
 ("toothfish-longliner-hobart", MENA, "en", 1, 260, 300, [W], "kuna",
  "Australia detains fishing vessel in Southern Ocean",
  "Australian authorities have detained a fishing vessel suspected of illegal fishing in the Southern Ocean and brought it to the port of Hobart, officials said on Wednesday.",
  ""),
 ("toothfish-longliner-hobart", AUSTRAL, "fr", 1, 335, 350, [W], "publie",
  "Légine: un palangrier pirate arraisonné près des Kerguelen escorté à Hobart",
  "Un palangrier sans pavillon soupçonné de pêche illégale de légine a été conduit mercredi à Hobart par les garde-côtes australiens, après avoir été repéré par un patrouilleur français dans les eaux des Kerguelen.",
  "La surveillance conjointe franco-australienne des mers australes a permis l'arraisonnement."),
 ("toothfish-longliner-hobart", NORD, "fr", 1, 380, 300, [W], "actu",
  "Pêche illégale: 42 tonnes de légine saisies à Hobart",
  "Les autorités australiennes ont saisi 42 tonnes de légine australe à bord d'un palangrier soupçonné de pêche illégale dans les mers du Sud, ont-elles indiqué mercredi à Hobart.",
  "Le navire ne battait aucun pavillon."),
 ("toothfish-longliner-hobart", LEDGER, "en", 1, 480, 800, [TAS], "",
  "Longliner crew held on board at Macquarie Wharf",
  "The 26 crew of the longliner brought into Hobart by Border Force are being held on board at Macquarie Wharf, a few berths from the stranded French polar ship, while fisheries officers question the captain.",
  "The crew, most from Indonesia and Peru, are being given food and medical checks."),

 # 11. Poker machine card: House of Assembly votes Thursday on a mandatory player card.
 ("tas-pokies-card-vote", RADIO, "en", 2, 105, 1700, [TAS, P], "",
  "Premier stands firm on pokies card ahead of vote",
  "Premier Alison Tregear has refused to soften her poker machine card legislation before Thursday's vote, telling Derwent FM 96.1's \"Breakfast with Jo Kelly\": \"We will not be bullied into bad decisions, whether it comes from a union or from a lobby group.\"",
  "Clubs and Hotels Tasmania has warned that 300 jobs could go."),
 ("tas-pokies-card-vote", LEDGER, "en", 2, 235, 2000, [TAS, P], "",
  "Crossbench holds the key to pokies card bill",
  "The government's bill to make every poker machine player use a card with a $5,000 yearly loss limit will pass or fail on the votes of two independents when the House of Assembly votes on Thursday morning.",
  "Independent Rosie Langford said she had not made up her mind."),
 ("tas-pokies-card-vote", SCW, "en", 2, 425, 800, [TAS, P], "",
  "Tasmanian pokies vote set for 10am Thursday",
  "The House of Assembly will vote on Tasmania's poker machine player card at 10am on Thursday after the government cut short the second-reading debate on Wednesday evening.",
  "The Opposition said it would vote against the bill."),
 ("tas-pokies-card-vote", COURIER, "en", 2, 505, 700, [TAS], "",
  "How the pokies player card would work",
  "Under the government's plan, anyone wanting to play a poker machine in a Tasmanian pub or club would first have to insert a card linked to their identity, which would stop play once they had lost $100 in a day.",
  "The daily, monthly and yearly limits could be lowered by the player but never raised."),

 # 12. Huon Crest Seafoods cuts 160 jobs at Dover.
 ("huon-crest-salmon-job-cuts", SCW, "en", 2, 198, 1000, [TAS, B], "reuters_line",
  "Huon Crest to cut 160 jobs at Dover",
  "Salmon producer Huon Crest Seafoods will cut 160 jobs at its Dover processing plant after warm water killed more than a fifth of its fish last summer, the company said on Wednesday.",
  "The cuts will take effect in April."),
 ("huon-crest-salmon-job-cuts", LEDGER, "en", 2, 215, 1500, [TAS, B], "",
  "Dover reels as its biggest employer sheds jobs",
  "In Dover, a town of barely 800 people, almost every family knows someone at the Huon Crest plant, and the news that 160 of its jobs are going was met with disbelief on Wednesday.",
  "Marine Resources Minister Gail Pruett said the government would fund retraining and a jobs expo in Dover next month."),
 ("huon-crest-salmon-job-cuts", RADIO, "en", 2, 295, 700, [TAS, B], "",
  "Union says salmon workers learned of cuts by text",
  "The union representing Huon Crest's processing workers says staff at Dover were told by text message on Wednesday morning that 160 of them would lose their jobs.",
  "The company said every worker would be spoken to in person this week."),

 # 13. Filler: Sheffield Shield result, weather bulletin, horoscope, lotto draw, promo.
 ("shield-tasmania-victoria", "islesport.com.au", "en", 0, 20, 1400, ["Sports"], "",
  "Tasmania beat Victoria by six wickets at Bellerive",
  "Tasmania beat Victoria by six wickets in their Sheffield Shield match at Bellerive Oval on Tuesday, with opener Jake Rudd making an unbeaten 104 in the chase.",
  "Tasmania move to second on the table."),
 ("shield-tasmania-victoria", LEDGER, "en", 0, 50, 900, ["Sports"], "",
  "Rudd century seals Shield win",
  "Jake Rudd's first Shield century of the summer carried Tasmania to 4-251 and a six-wicket win over Victoria on the final day in Hobart.",
  ""),
 ("weather-hobart-thu", "taswx.com.au", "en", 0, 640, 1300, ["Weather"], "",
  "Thursday forecast: hot, windy, total fire ban in the south",
  "Hobart can expect a hot and windy Thursday with a top of 34 degrees before a cooler southerly change in the evening, and a total fire ban is in force for the south of the state.",
  "Launceston 31, Burnie 26, Queenstown 28. Winds north-westerly 30 to 50km/h."),
 ("horoscope-thu-feb11", "starsdownunder.com.au", "en", 0, 5, 1000, ["Horoscope"], "",
  "Your stars for Thursday, February 11",
  "Aries, a conversation you have been putting off will go far better than you fear, so pick up the phone before lunch.",
  "Taurus: money matters settle. Gemini: say yes to the invitation."),
 ("southern-star-lotto-tue-feb9", "southernstarlotto.com.au", "en", 0, 30, 1200, ["Lottery"], "",
  "Southern Star Lotto results for Tuesday, Feb. 9",
  "The winning numbers in Tuesday night's Southern Star Lotto draw were 3, 9, 17, 22, 30, 38 and 44, and one ticket sold in Devonport won the $2 million first prize.",
  "Supplementary numbers: 12 and 27."),
 ("promo-derwent-ledger-fire-alerts", LEDGER, "en", 0, 55, 150, ["Promo"], "",
  "Get Derwent Ledger alerts on your phone",
  "Turn on Derwent Ledger alerts and get bushfire warnings, road closures and breaking news the moment we publish them.",
  "Open our app, tap Settings, then Alerts. It's free for subscribers."),
]
