# Day 105 (hold-out): an English-language channel in Cardiff, Wales, evening edition of Thursday
# 16 December 2027 at 18:00 (window 06:00 - 18:00 Thursday local, Europe/London = UTC+0 in December,
# no summer time). Gold answer written before any run: each post's story, its lede (the true first
# sentence) and the TOP5 below. Every person, company and outlet is invented; the places (Cardiff,
# Newport, the A470, the Port of Cardiff, Cardiff City Hall, Cardiff Crown Court, Cardiff City
# Stadium, the University Hospital of Wales, Quimperlé, Saint-Nazaire) are real.
#
# Traps:
# - one radio interview, two stories, same quote: First Minister Elin Morcom on Radio Glanfa
#   99.6's "Glanfa Breakfast" on Thursday morning, quoted about the resident doctors' strike
#   (post 11) and about the budget deal with an independent member of the Senedd (post 17), both
#   carrying "Every pound in this budget is already spoken for, and I won't pretend otherwise to
#   doctors, to councils or to anybody else.";
# - a shared wire byline line ("Lantern Wire | Updated: 16-12-2027 10:12 GMT"): the floating wind
#   hub at the Port of Cardiff (post 45) and the Cardiff Airport security strike (post 51),
#   unrelated, three minutes apart, both business/transport items;
# - the same hospital: the University Hospital of Wales in Cardiff takes the A470 coach crash's
#   injured (posts 5, 9; post 5 says its emergency department runs on consultant cover because of
#   the doctors' strike), postpones operations and hosts the picket for the strike (posts 12, 15)
#   and treats the Grangetown fire's smoke inhalation cases (post 31);
# - the same town hall: Cardiff City Hall, where the Breton choir was due to sing and a book of
#   condolence is opened (post 6), and where the council votes on the road-user charge (posts
#   21-25, protest on its lawn in post 22);
# - the same court on the same Thursday: Cardiff Crown Court, with the insulation grant fraud
#   verdict (posts 26-29) and the opening of the Castle Arcade goldsmith raid trial (posts 54-57);
#   post 56 says only "told Cardiff Crown Court";
# - the same port: the Port of Cardiff, with a stevedore killed by a falling steel coil at Queen
#   Alexandra Dock (posts 41-44) and the floating wind hub announced the same morning (posts
#   45-49); the port operator Severnside Ports Group is named in both (posts 44, 45-46), and the
#   wind hub's chief executive mentions the accident (post 46);
# - the same stadium: Cardiff City Stadium hosts the rest centre for the Grangetown fire evacuees
#   (post 31) and the Wales women's football win the night before (posts 58-59, filler);
# - look-alike stories an editor keeps apart: two fires (the Grangetown tower block, posts 30-35;
#   the Newport recycling yard, posts 36-40); two accidents (the A470 coach crash, posts 1-9; the
#   docker killed at the port, posts 41-44); two trials at one court (posts 26-29, 54-57); two
#   strikes (resident doctors, posts 10-15; airport security screeners, posts 50-53); two votes
#   (the Senedd budget vote next Tuesday, posts 16-20; Cardiff council's road-user charge, posts
#   21-25); the weather bulletin forecasting frost, freezing fog and icy roads on high ground
#   (post 60) kept apart from the black-ice coach crash;
# - a "Lire aussi" line on a French crash post naming the wind hub story (post 9) and a "Read
#   more" line on the City Hall condolence post naming the road-charge vote (post 6);
# - tolls revised during the day by a second source: the coach crash, two dead and 29 hurt
#   (Dyfed-Powys Police, morning, posts 1-5) then four dead (afternoon, posts 7, 9); the
#   Grangetown fire, eight in hospital and no serious injuries (council, morning, post 31) then a
#   man found dead in the flat where it started (police, posts 33, 35);
# - one story told in two languages by different outlets with different words: the coach crash
#   ("coach", "bus", "crash", "overturned", "rolled" / "autocar", "accident", "drame", "chorale",
#   "choristes"); the wind hub ("floating wind hub", "assembly base" / "éoliennes flottantes",
#   "flotteurs"); the doctors' strike ("resident doctors", "walkout" / "jeunes médecins",
#   "grève");
# - synonyms across outlets: "fire", "blaze", "smoke"; "raid", "heist", "robbery", "burglary";
#   "road charge", "entry charge", "congestion charge", "toll"; "dock worker", "docker",
#   "stevedore"; "strike", "walkout", "walk out";
# - stories told from other angles: the Quimperlé reaction (post 4), the hospitals (post 5), the
#   condolence book (post 6), why the A470 pass is feared (post 8), which services are open during
#   the strike (post 13), the picket line (post 15), the councils' gap (post 18), what the budget
#   means (post 19), the Valleys protest (post 22), the Valleys leaders (post 25), the victims of
#   the fraud (post 27), the grant checks (post 28), the fire door (post 32), how to help (post
#   34), the smoke advice (post 37), the regulator's warnings (post 39), the docker named (post
#   43), the jobs (post 46), the French shipbuilder (posts 47-48), the steel unions (post 49),
#   what passengers should do (post 52), the goldsmith (post 56);
# - update notes: "This story has been updated to clarify ..." (posts 7, 33) and "(Actualisé tout
#   du long)" (post 14); photo captions (posts 5, 31); a teaser (post 8); donation appeals (posts
#   13, 34);
# - posts in French (an agency's French service and French regional papers): posts 3, 4, 9, 14,
#   47, 48;
# - a promo posted alone (post 63); filler of importance 0: the Wales women's football result
#   (posts 58-59), the weather bulletin (post 60), the horoscope (post 61), the lottery draw
#   (post 62).
NAME = "2027-12-16-en-evening-cardiff-h105"
CHANNEL = {"lang": "en", "tz": "Europe/London"}
WINDOW = ("2027-12-16T06:00:00Z", "2027-12-16T18:00:00Z")
CTX = {"stamp": "16-12-2027 10:12", "line": "Lantern Wire | Updated: 16-12-2027 10:12 GMT",
       "city": "Cardiff", "date_fr": "16 déc", "date_en": "Dec 16",
       "author": "Ffion Lashmar", "clarify": "the number of people killed",
       "caption": "", "also": "", "country": "Wales"}
# The editor's top 5: the A470 coach crash, the Grangetown tower block fire, the resident doctors'
# strike, Cardiff's road-user charge vote, the Senedd budget deal.
TOP5 = ["a470-coach-crash-breton-choir", "grangetown-tower-block-fire",
        "wales-resident-doctors-strike", "cardiff-road-user-charge-vote",
        "senedd-budget-deal-vote"]
WA = "Wales"
CDF = "Cardiff"
UK = "UK"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
T = "Transport"
TAFF = "taffherald.co.uk"            # The Taff Herald, Cardiff daily
BAY = "baychronicle.co.uk"           # The Bay Chronicle, Cardiff
CAMB = "cambriancourier.co.uk"       # The Cambrian Courier, all-Wales paper
VALL = "valleysvoice.co.uk"          # Valleys Voice
BEAC = "beaconsadvertiser.co.uk"     # The Beacons Advertiser, Brecon
USK = "uskmercury.co.uk"             # The Usk Mercury, Newport
GWENT = "gwenttoday.co.uk"           # Gwent Today
RADIO = "radioglanfa.co.uk"          # Radio Glanfa 99.6
SENEDD = "seneddwatch.cymru"         # Senedd Watch
BIZ = "cymrubusinessdaily.co.uk"     # Cymru Business Daily
NATION = "britishdispatch.co.uk"     # The British Dispatch, UK national
WARD = "wardroundnews.co.uk"         # Ward Round News, health trade
GRANGE = "grangetownlocal.co.uk"     # Grangetown Local, hyperlocal
COURT = "courtnewswales.co.uk"       # Court News Wales
TRAVEL = "traveldeskcymru.co.uk"     # Travel Desk Cymru
LANT = "lanternwire.com"             # Lantern Wire, Reuters-style
ASW = "associated-wire.org"          # Associated Wire, AP-style
UNW = "unitedwire-news.com"          # United Wire, UPI-style
PONANT = "agence-ponant.fr"          # Agence Ponant, AFP-style
AVEN = "echodelaven.fr"              # L'Écho de l'Aven, Quimperlé
ESTU = "courrierdelestuaire.fr"      # Le Courrier de l'Estuaire, Saint-Nazaire
QUOTE = ("\"Every pound in this budget is already spoken for, and I won't pretend otherwise to "
         "doctors, to councils or to anybody else.\"")
POSTS = [
 # 1. The A470 coach crash near the Storey Arms: a coach carrying a Breton choir from Quimperlé
 #    leaves the road on black ice at about 6.10am; 2 dead, 29 hurt (police, morning) -> 4 dead
 #    (afternoon). "coach", "bus", "overturned" / "autocar", "chorale", "drame".
 ("a470-coach-crash-breton-choir", BEAC, "en", 3, 95, 3100, [WA, T], "",
  "Coach carrying French choir crashes on A470 near Storey Arms",
  "Two people were killed and 29 hurt when a coach carrying members of a choir from Brittany left the A470 on black ice near the Storey Arms and rolled down an embankment shortly after 6.10am on Thursday, Dyfed-Powys Police said.",
  "The A470 was closed in both directions between Libanus and the Beacons Reservoir, and drivers were told to use the A4059 through Penderyn instead."),
 ("a470-coach-crash-breton-choir", LANT, "en", 3, 150, 900, [UK, W], "reuters",
  "Two dead as bus with French singers overturns in Welsh mountains",
  "A bus carrying 41 members of a French amateur choir overturned on an icy mountain road in south Wales on Thursday morning, killing two passengers and injuring 29 others, police said.",
  "The choir, from the town of Quimperlé in Brittany, had been due to give a Christmas concert in Cardiff on Thursday evening.",
  {"city": "Brecon"}),
 ("a470-coach-crash-breton-choir", PONANT, "fr", 3, 190, 400, ["Europe", "Royaume-Uni"], "afp",
  "Pays de Galles : deux choristes bretons tués dans l'accident de leur autocar",
  "Deux membres d'une chorale de Quimperlé (Finistère) ont été tués et vingt-neuf autres personnes blessées jeudi matin au Pays de Galles lorsque leur autocar a quitté une route de montagne verglacée avant de se renverser en contrebas, a annoncé la police galloise.",
  "Le ministère des Affaires étrangères a indiqué que le consulat général de France à Londres était « pleinement mobilisé » auprès des familles.",
  {"city": "Londres"}),
 ("a470-coach-crash-breton-choir", AVEN, "fr", 3, 260, 700, ["Bretagne"], "byline_fr",
  "Quimperlé sous le choc après le drame de la chorale Mouezh an Aven",
  "À Quimperlé, où la nouvelle s'est répandue dès l'ouverture des commerces, les proches des choristes de Mouezh an Aven se sont retrouvés jeudi matin à la mairie, où une cellule d'accompagnement psychologique a été ouverte.",
  "La chorale, fondée en 1987, chante en breton et en gallois, et faisait une tournée de Noël d'une semaine au Pays de Galles ; les drapeaux de la ville ont été mis en berne.",
  {"author": "Gaëlle Kerbrat", "site": "L'Écho de l'Aven"}),
 ("a470-coach-crash-breton-choir", CAMB, "en", 3, 330, 2600, [WA, H], "caption",
  "Crash injured taken to Cardiff and Merthyr hospitals",
  "Eleven of the injured from the A470 coach crash were flown or driven to the major trauma centre at the University Hospital of Wales in Cardiff, and 18 were taken to Prince Charles Hospital in Merthyr Tydfil, the Welsh Ambulance Service said.",
  "Consultants came in to cover the Cardiff emergency department, which had been running on reduced staffing since the resident doctors' walkout began at 7am, the health board said.",
  {"caption": "Emergency crews work beside the overturned coach below the A470 near the Storey Arms on Thursday morning.",
   "site": "The Cambrian Courier"}),
 ("a470-coach-crash-breton-choir", TAFF, "en", 3, 420, 2200, [CDF], "",
  "Book of condolence opens at City Hall where choir was to sing",
  "A book of condolence for the victims of the A470 coach crash was opened at Cardiff City Hall on Thursday, where the Breton choir had been due to perform a Christmas concert with a Cardiff male voice choir in the evening.",
  "The Lord Mayor, Councillor Dafydd Rowlands, said the concert had been cancelled and the hall would stay open until 8pm for anyone who wished to sign. First Minister Elin Morcom said Wales was grieving alongside Brittany.\n\nRead more: Road charge vote: what Cardiff councillors decide today"),
 ("a470-coach-crash-breton-choir", ASW, "en", 3, 455, 1200, [UK, W], "updated",
  "Toll in Wales choir bus crash rises to 4",
  "Two more passengers have died in hospital after a bus carrying a French choir crashed on a mountain road in Wales, bringing the death toll to four, police said Thursday afternoon.",
  "Seven people remain in critical condition, the police force said."),
 ("a470-coach-crash-breton-choir", VALL, "en", 3, 560, 1500, [WA, T], "teaser",
  "Storey Arms stretch: why the A470 pass is feared every winter",
  "The exposed stretch of the A470 over the pass near the Storey Arms, which climbs to more than 400 metres, is one of the first roads in Wales to freeze on winter mornings and has seen at least six serious crashes in the past five years, according to police figures.",
  "The trunk road agency said its gritters had treated the road at 4am, two hours before the crash, but that freezing fog had settled again by dawn."),
 ("a470-coach-crash-breton-choir", ESTU, "fr", 3, 610, 300, ["Ouest", "Europe"], "lire",
  "Accident au Pays de Galles : le bilan passe à quatre morts",
  "Le bilan de l'accident de l'autocar de la chorale quimperloise au Pays de Galles s'est alourdi à quatre morts jeudi après-midi, deux blessés ayant succombé à l'hôpital universitaire de Cardiff, selon la police galloise.",
  "Un avion affrété par la région Bretagne doit permettre aux familles de rejoindre Cardiff vendredi matin.",
  {"also": "Éolien flottant : les Chantiers de l'Estuaire s'associent au port de Cardiff"}),

 # 2. Strike 1: resident doctors across Wales begin a 72-hour walkout at 7am Thursday.
 #    "walkout", "strike", "picket" / "grève", "jeunes médecins".
 ("wales-resident-doctors-strike", CAMB, "en", 3, 65, 2800, [WA, H], "",
  "Resident doctors across Wales begin 72-hour strike",
  "Thousands of resident doctors in Wales began a 72-hour walkout at 7am on Thursday in a dispute over pay, the second such strike this year, with health boards warning of long waits in emergency departments.",
  "The Cymru Doctors' Union says resident doctors' pay has fallen by almost a fifth in real terms since 2010 and is asking for a 12% rise."),
 ("wales-resident-doctors-strike", RADIO, "en", 3, 150, 1900, [WA, P, H], "",
  "First Minister: 'no more money' to end doctors' strike",
  f"First Minister Elin Morcom told Radio Glanfa 99.6's Glanfa Breakfast on Thursday that the Welsh Government could not raise its 5.5% pay offer to striking resident doctors without cutting other services: {QUOTE}",
  "She said her door remained open to the union and that talks could resume on Monday."),
 ("wales-resident-doctors-strike", WARD, "en", 3, 270, 800, [H], "byline_en",
  "Cardiff and Vale postpones 420 operations as walkout bites",
  "Cardiff and Vale health board has postponed about 420 planned operations and 2,300 outpatient appointments over the three days of the strike, most of them at the University Hospital of Wales, its medical director said on Thursday.",
  "Consultants are covering emergency departments, maternity and cancer care.",
  {"author": "Nia Pellow", "site": "Ward Round News"}),
 ("wales-resident-doctors-strike", TAFF, "en", 3, 330, 2100, [CDF, H], "donate",
  "Doctors' strike: which services are open and when to call 111",
  "GP surgeries, pharmacies and minor injuries units are working normally during the resident doctors' strike, and patients should keep any appointment unless they have been contacted, NHS Wales said.",
  "Anyone with a life-threatening emergency should still call 999; for anything else, call 111 or use the online symptom checker first."),
 ("wales-resident-doctors-strike", PONANT, "fr", 3, 380, 200, ["Europe", "Royaume-Uni"], "actu",
  "Royaume-Uni : les médecins hospitaliers gallois en grève pour trois jours",
  "Les jeunes médecins des hôpitaux publics du Pays de Galles ont entamé jeudi une grève de 72 heures pour réclamer une hausse de 12 % de leurs salaires, en pleine saturation hivernale des services d'urgences.",
  "Le gouvernement gallois, compétent pour la santé, propose 5,5 %."),
 ("wales-resident-doctors-strike", BAY, "en", 3, 500, 1000, [CDF, H], "",
  "Picket at the Heath: 'We are not doing this lightly'",
  "About 150 resident doctors in scrubs and winter coats stood on the picket line outside the main entrance of the University Hospital of Wales on Thursday afternoon, some of them straight off night shifts that ended as the walkout began.",
  "\"I look after 14 patients a night and I'm paid less than my flatmate who manages a coffee shop,\" said one second-year doctor."),

 # 3. Vote 1: the Welsh Government's budget deal with independent MS Gwenllian Pryce; final
 #    Senedd vote on Tuesday. Same radio quote as post 11.
 ("senedd-budget-deal-vote", SENEDD, "en", 2, 45, 1400, [WA, P], "",
  "Budget deal with independent MS set to carry Senedd vote",
  "The Welsh Government has secured the vote it needs to pass its 2028-29 budget after agreeing a £38 million package for rural bus routes and school meals with independent Member of the Senedd Gwenllian Pryce, Finance Secretary Huw Tregaron announced on Wednesday night.",
  "The final budget vote is due in the Senedd on Tuesday."),
 ("senedd-budget-deal-vote", RADIO, "en", 2, 165, 1300, [WA, P], "",
  "Morcom defends budget deal: 'every pound already spoken for'",
  f"First Minister Elin Morcom said on Thursday that the agreement with Gwenllian Pryce was \"the only budget Wales can afford\", telling Radio Glanfa 99.6's Glanfa Breakfast: {QUOTE}",
  "Opposition leaders called the agreement \"a sticking plaster bought with bus fares\"."),
 ("senedd-budget-deal-vote", CAMB, "en", 2, 280, 1500, [WA, P], "",
  "Councils warn budget leaves £210m gap despite deal",
  "Welsh councils will still face a combined shortfall of about £210 million next year even with the extra money in the budget agreement, the Welsh Local Government Association said on Thursday, warning of council tax rises of up to 9%.",
  "Cardiff alone expects a gap of £31 million."),
 ("senedd-budget-deal-vote", BIZ, "en", 2, 520, 500, [WA, B], "",
  "What the Welsh budget means for businesses and households",
  "Small shops, pubs and cafés in Wales will keep a 40% discount on business rates for another year under the budget the Senedd votes on next week, while free school meals will be extended to every secondary pupil whose family receives universal credit.",
  "Land transaction tax bands are unchanged."),
 ("senedd-budget-deal-vote", NATION, "en", 2, 600, 500, [UK, P], "",
  "Welsh government buys its budget with bus routes and school meals",
  "Wales's minority government has once again relied on a single politician outside its ranks to get its spending plans through the Senedd, this time trading rural bus routes and free school meals for the vote of independent member Gwenllian Pryce.",
  "Opposition parties say the arrangement leaves Wales governed one year at a time."),

 # 4. Vote 2: Cardiff council votes at City Hall on a £2.50 daily charge for non-resident drivers.
 #    "road charge", "entry charge", "congestion charge", "toll".
 ("cardiff-road-user-charge-vote", TAFF, "en", 3, 100, 2500, [CDF, P], "",
  "Road charge vote: what Cardiff councillors decide today",
  "Cardiff councillors will vote at City Hall on Thursday afternoon on whether to charge drivers who live outside the city £2.50 a day to enter its inner ring road from 2029, the largest transport decision the council has taken in a generation.",
  "The money, estimated at £24 million a year, would pay for a new bus interchange in Cathays and three rapid bus routes."),
 ("cardiff-road-user-charge-vote", BAY, "en", 3, 400, 1600, [CDF, T], "",
  "Drivers from the Valleys protest outside City Hall",
  "Around 300 commuters from Caerphilly, Pontypridd and the Vale of Glamorgan gathered on the lawn in front of Cardiff City Hall before the council meeting, sounding car horns along Boulevard de Nantes and holding placards reading \"Don't toll the Valleys\".",
  "Several councillors from neighbouring authorities joined them."),
 ("cardiff-road-user-charge-vote", CAMB, "en", 3, 610, 2700, [CDF, P], "",
  "Cardiff votes for £2.50 road charge on non-residents",
  "Cardiff council voted by 43 to 30 on Thursday to introduce a £2.50 daily charge for drivers who live outside the city from January 2029, after a three-hour debate in which council leader Alun Probert called the scheme \"the price of a bus network worth the name\".",
  "Opposition councillors said they would ask the Welsh Government to call the decision in."),
 ("cardiff-road-user-charge-vote", LANT, "en", 3, 640, 400, [UK, B], "reuters",
  "Welsh capital approves congestion charge for commuters",
  "Cardiff on Thursday became the largest British city outside London to approve a charge on cars entering its centre, targeting commuters from surrounding towns in a bid to pay for new bus lines.",
  "Business groups warned the charge could drive shoppers to out-of-town retail parks.",
  {"city": "Cardiff"}),
 ("cardiff-road-user-charge-vote", VALL, "en", 3, 690, 1800, [WA, P], "",
  "Valleys leaders: toll 'punishes people with no train'",
  "The leaders of Rhondda Cynon Taf and Caerphilly councils said on Thursday that Cardiff's new entry charge would punish commuters from Valleys towns with no direct train or early bus, and urged ministers to block it.",
  "Cardiff says people on low incomes and blue badge holders will be exempt."),

 # 5. Trial 1 at Cardiff Crown Court: the founder of Cynnes Homes found guilty of defrauding the
 #    Cartrefi Clyd home-warming grant scheme of £3.1m.
 ("insulation-grant-fraud-verdict", COURT, "en", 2, 390, 900, [WA, C], "",
  "Insulation boss guilty of £3.1m grant fraud",
  "The founder of a Bridgend insulation company was found guilty at Cardiff Crown Court on Thursday of defrauding a Welsh Government home-warming scheme of £3.1 million by claiming for work that was never done in more than 900 homes.",
  "Rhydian Bevan-Cole, 52, of Porthcawl, was cleared of one count of money laundering. He will be sentenced in February."),
 ("insulation-grant-fraud-verdict", CAMB, "en", 2, 450, 1300, [WA, C], "",
  "Pensioners paid the price of fake insulation, court heard",
  "Elderly and disabled householders across south Wales were left with damp walls and unchanged heating bills after Cynnes Homes logged cavity insulation it never installed, the jury that convicted its founder Rhydian Bevan-Cole heard during the six-week trial.",
  "One 84-year-old widow in Maesteg was billed for loft insulation in a bungalow with no loft."),
 ("insulation-grant-fraud-verdict", SENEDD, "en", 2, 540, 600, [WA, P], "",
  "Opposition demands review of home-warming grant checks",
  "Opposition members of the Senedd called on Thursday for an independent review of how the Cartrefi Clyd scheme checked the work it paid for, after the conviction of an installer who claimed £3.1 million for insulation that was never fitted.",
  "The Welsh Government said inspections had been tightened in 2026."),
 ("insulation-grant-fraud-verdict", ASW, "en", 2, 600, 300, [UK, C], "place",
  "Welsh businessman convicted of faking insulation work",
  "A Welsh businessman was convicted Thursday of billing a government energy-saving program millions of pounds for insulating homes his crews never visited.",
  "Prosecutors said he spent the money on a villa in Portugal and two racehorses.",
  {"city": "Cardiff"}),

 # 6. Fire 1: the Llys Hafren council tower block in Grangetown, 4.40am; eight to hospital, 64
 #    flats evacuated to a rest centre at Cardiff City Stadium; a man found dead later.
 #    "fire", "blaze", "smoke".
 ("grangetown-tower-block-fire", GRANGE, "en", 3, 20, 1800, [CDF], "",
  "Residents flee as fire rips through Grangetown tower block",
  "Dozens of residents were led down smoke-filled stairwells in their night clothes after a fire broke out on the seventh floor of Llys Hafren, an 11-storey council block in Grangetown, at about 4.40am on Thursday.",
  "Ten fire engines and an aerial ladder platform were sent to the block."),
 ("grangetown-tower-block-fire", TAFF, "en", 3, 110, 3300, [CDF], "caption",
  "Eight in hospital after Grangetown flats blaze",
  "Eight people were taken to the University Hospital of Wales with smoke inhalation after the blaze at Llys Hafren, and residents of 64 flats were moved to a rest centre set up at Cardiff City Stadium, the council said.",
  "None of the injuries was thought to be serious, the council added. The fire was out by 7.15am, but the block will stay closed while engineers check the structure.",
  {"caption": "Smoke pours from windows on the seventh floor of the Llys Hafren block in Grangetown, Cardiff, early on Thursday.",
   "site": "The Taff Herald"}),
 ("grangetown-tower-block-fire", RADIO, "en", 3, 235, 1400, [CDF], "",
  "Llys Hafren: residents had reported broken fire door for 18 months",
  "Residents of the Grangetown tower block that caught fire overnight had complained to the council for 18 months about a broken self-closing fire door on the seventh floor, where the blaze began, according to emails seen by Radio Glanfa.",
  "The council said the door had been on a repair list and that the block's alarms had been tested in October."),
 ("grangetown-tower-block-fire", NATION, "en", 3, 420, 1600, [UK, CDF], "updated",
  "Body found in burnt-out Cardiff flat",
  "Firefighters searching the burnt-out flat where the Grangetown tower block fire started found the body of a man on Thursday morning, South Wales Police said, hours after the council had reported no serious injuries.",
  "The man, believed to be in his seventies, lived alone, neighbours said. Police said the death was not being treated as suspicious.",
  {"clarify": "that the body was found by firefighters, not police officers"}),
 ("grangetown-tower-block-fire", BAY, "en", 3, 480, 1200, [CDF], "donate",
  "How to help the families from Llys Hafren",
  "A mosque, two churches and a community centre in Grangetown are collecting clothes, toiletries and baby milk for the 64 households who cannot go home, and the council has opened a hardship fund for replacement documents and school uniforms.",
  "Organisers said donations of furniture were not needed yet."),
 ("grangetown-tower-block-fire", ASW, "en", 3, 530, 500, [UK], "ap",
  "Man dies in Welsh apartment tower fire; residents evacuated",
  "A man died and eight people were hospitalized after a fire broke out in an 11-story public housing tower in Cardiff, the capital of Wales, officials said Thursday.",
  "The blaze revived questions about fire safety in Britain's council-owned high-rises.",
  {"city": "Cardiff"}),

 # 7. Fire 2: tyre and plastics recycling yard near Newport docks, from 9.20am; smoke plume.
 ("newport-recycling-plant-fire", USK, "en", 2, 230, 1500, [WA], "",
  "Huge fire at Newport recycling yard sends smoke across city",
  "A large fire broke out at a plastics and tyre recycling yard near Newport docks on Thursday morning, sending a plume of black smoke across the city and leading police to close the Southern Distributor Road.",
  "Twelve fire crews were sent to the Usk Valley Reclamation site on Corporation Road shortly after 9.20am."),
 ("newport-recycling-plant-fire", CAMB, "en", 2, 300, 1100, [WA, H], "",
  "Keep windows shut, Newport residents told as smoke drifts",
  "People living in Pillgwenlly, Maesglas and Lliswerry were told to keep doors and windows closed and stay indoors if possible, as smoke from the Newport recycling yard fire drifted east on a light westerly wind, Public Health Wales said.",
  "Three primary schools kept their pupils inside at break time."),
 ("newport-recycling-plant-fire", UNW, "en", 2, 400, 250, [UK], "upi",
  "Fire at tire recycling plant blankets Welsh city in smoke",
  "Firefighters in Newport, Wales, battled a blaze at a tire and plastics recycling plant on Thursday as thick smoke forced the closure of a major road and the evacuation of nearby businesses.",
  "No injuries were reported."),
 ("newport-recycling-plant-fire", USK, "en", 2, 590, 900, [WA], "",
  "Recycling yard had been warned twice over tyre stockpiles",
  "Natural Resources Wales said on Thursday it had twice warned the operator of the Newport recycling yard that caught fire this morning about the height of its tyre stockpiles, most recently in September.",
  "The company said it had been reducing the stockpiles and would cooperate with any inquiry."),
 ("newport-recycling-plant-fire", GWENT, "en", 2, 660, 400, [WA], "colon",
  "Newport fire under control but will smoulder for days",
  "Firefighters brought the Newport recycling yard fire under control by late afternoon but expect the tyre stacks to smoulder for several days, South Wales Fire and Rescue Service said, as the Southern Distributor Road reopened to traffic.",
  "Crews will stay on site overnight.",
  {"city": "Newport"}),

 # 8. Accident 2: a stevedore killed by a falling steel coil at Queen Alexandra Dock, Port of
 #    Cardiff, mid-morning. "dock worker", "docker", "stevedore".
 ("cardiff-docks-steel-coil-death", BAY, "en", 2, 280, 1400, [CDF], "",
  "Dock worker killed at Port of Cardiff",
  "A 46-year-old dock worker was killed on Thursday morning when a steel coil weighing about 20 tonnes fell from a crane while a ship was being unloaded at the Port of Cardiff's Queen Alexandra Dock, South Wales Police said.",
  "He was pronounced dead at the scene. The Health and Safety Executive has been informed."),
 ("cardiff-docks-steel-coil-death", BIZ, "en", 2, 470, 500, [WA, B], "",
  "Unloading halted at Queen Alexandra Dock after fatal accident",
  "All cargo handling at Queen Alexandra Dock was halted for the rest of Thursday after the death of a stevedore, and the dockers' union said its members would not return to the cranes until an inspector had checked the lifting gear.",
  "The ship, carrying coils from the Netherlands, remained at its berth."),
 ("cardiff-docks-steel-coil-death", TAFF, "en", 2, 500, 1200, [CDF], "byline_en",
  "Docker named as father of three from Splott",
  "The dock worker killed at the Port of Cardiff has been named by his family as Gareth Penry, a father of three from Splott who had worked on the quays for 22 years.",
  "\"He knew every crane on that dock,\" his brother said."),
 ("cardiff-docks-steel-coil-death", RADIO, "en", 2, 560, 900, [CDF], "",
  "Port of Cardiff: inspectors examine crane after docker's death",
  "Health and Safety Executive inspectors spent Thursday afternoon examining the crane and lifting chains involved in the death of a stevedore at the Port of Cardiff, as colleagues laid flowers at the dock gate on Ocean Way.",
  "The port's operator, Severnside Ports Group, said it was cooperating fully."),

 # 9. The floating offshore wind hub at the Port of Cardiff (Severnside Ports Group with the
 #    Saint-Nazaire shipbuilder Chantiers de l'Estuaire); shared byline line with post 54.
 ("cardiff-port-floating-wind-hub", LANT, "en", 2, 252, 500, [B, UK], "reuters_line",
  "Severnside Ports to build 280 million pound floating wind hub in Cardiff",
  "Severnside Ports Group said on Thursday it would spend 280 million pounds on turning part of the Port of Cardiff into an assembly base for floating offshore wind turbines bound for the Celtic Sea, with French shipbuilder Chantiers de l'Estuaire as its partner.",
  "The company expects the first turbines to leave the port in 2031."),
 ("cardiff-port-floating-wind-hub", BIZ, "en", 2, 290, 800, [WA, B], "",
  "Wind hub could bring 900 jobs to Cardiff docks",
  "The floating wind assembly base planned at the Port of Cardiff would employ up to 900 people at its peak, many of them welders and crane operators, Severnside Ports' chief executive Rhiannon Vaughan said.",
  "She said the announcement had been planned for weeks and went ahead despite the accident at the port this morning, which she called \"a terrible day for everyone who works on these docks\"."),
 ("cardiff-port-floating-wind-hub", PONANT, "fr", 2, 335, 150, ["Économie", "Europe"], "afp",
  "Un industriel de Saint-Nazaire va assembler des éoliennes flottantes au Pays de Galles",
  "Le constructeur naval Chantiers de l'Estuaire a annoncé jeudi un partenariat avec le groupe portuaire britannique Severnside Ports pour assembler dans le port de Cardiff des éoliennes flottantes destinées à la mer Celtique, un investissement de 280 millions de livres.",
  "Le groupe nazairien fournira les flotteurs, fabriqués en partie en France.",
  {"city": "Saint-Nazaire"}),
 ("cardiff-port-floating-wind-hub", ESTU, "fr", 2, 350, 350, ["Ouest", "Économie"], "publie",
  "Éolien flottant : les Chantiers de l'Estuaire s'associent au port de Cardiff",
  "Les Chantiers de l'Estuaire, spécialistes nazairiens des flotteurs en acier, vont assembler à Cardiff les fondations des éoliennes destinées aux futurs parcs de la mer Celtique, dans le cadre d'un partenariat avec le gestionnaire du port gallois annoncé jeudi.",
  "L'entreprise, qui emploie 1 100 salariés en Loire-Atlantique, assure qu'aucun poste ne sera transféré outre-Manche.",
  {"site": "Le Courrier de l'Estuaire"}),
 ("cardiff-port-floating-wind-hub", CAMB, "en", 2, 460, 700, [WA, B, P], "",
  "Ministers hail wind hub but unions want Welsh steel in turbines",
  "Welsh ministers welcomed the Cardiff floating wind base on Thursday, but trade unions said the project would only be worth the public support it is getting if the floating foundations are built with steel made in Wales.",
  "The Welsh Government is putting £45 million into new quays and a heavy-lift crane."),

 # 10. Strike 2: Cardiff Airport security screeners to strike 22-27 December (Sentrix Aviation
 #     Services); shared byline line with post 46.
 ("cardiff-airport-security-strike", TRAVEL, "en", 2, 245, 1200, [WA, T], "",
  "Cardiff Airport security staff to strike over Christmas",
  "Security screeners at Cardiff Airport will strike from 22 to 27 December after rejecting a 3% pay offer from their employer, Sentrix Aviation Services, their union announced on Thursday, warning of long queues and missed flights during the holiday getaway.",
  "About 70 staff will walk out, the union said."),
 ("cardiff-airport-security-strike", LANT, "en", 2, 255, 300, [UK, B], "reuters_line",
  "Cardiff Airport screeners to walk out during holiday rush",
  "Security staff at Cardiff Airport will walk out for six days over Christmas in a pay dispute, their union said on Thursday, the latest in a wave of strikes at smaller British airports this winter.",
  "The airport handles about 30 flights a day in December."),
 ("cardiff-airport-security-strike", TAFF, "en", 2, 400, 1700, [CDF, T], "",
  "Flying from Cardiff at Christmas? What the strike means for you",
  "Passengers booked on flights from Cardiff Airport between 22 and 27 December should still turn up, arrive at least three hours early and carry only one small bag through security, the airport said.",
  "Arrivals are not affected. The airport said contingency staff were being trained to run two of its five security lanes."),
 ("cardiff-airport-security-strike", CAMB, "en", 2, 620, 600, [WA, P], "",
  "Airport owner urged to step in as security strike looms",
  "The Welsh Government, which owns Cardiff Airport, was urged by opposition members on Thursday to lean on the security contractor to improve its offer before the Christmas walkout spoils thousands of family holidays.",
  "A spokesperson said pay was a matter for Sentrix and its staff."),

 # 11. Trial 2 at Cardiff Crown Court: the Castle Arcade goldsmith raid (May 2027) trial opens.
 #     "raid", "heist", "robbery", "burglary".
 ("cardiff-arcade-gold-raid-trial", COURT, "en", 1, 300, 700, [CDF, C], "",
  "Trial opens over Castle Arcade jewellery raid",
  "Three men smashed their way into a goldsmith's shop in Cardiff's Castle Arcade with sledgehammers in May and escaped on motorbikes with rings, chains and watches worth £1.2 million in less than four minutes, a jury at Cardiff Crown Court was told on Thursday.",
  "Kyle Mather, 29, Jordan Threlfall, 31, and Ashley Dunmore, 26, deny conspiracy to commit burglary."),
 ("cardiff-arcade-gold-raid-trial", TAFF, "en", 1, 340, 1300, [CDF, C], "",
  "Heist trial: CCTV shows raiders fleeing through Saturday shoppers",
  "Jurors in the Castle Arcade heist trial were shown CCTV footage on Thursday of three masked men running past shoppers on St Mary Street with holdalls, one of them dropping a tray of Welsh gold wedding rings outside a café.",
  "The rings alone were worth about £90,000, the prosecution said."),
 ("cardiff-arcade-gold-raid-trial", BAY, "en", 1, 470, 600, [CDF], "",
  "Goldsmith tells of 'four minutes that lasted a year'",
  "The owner of Ellis Goldsmiths, Menna Ellis, told Cardiff Crown Court that she locked herself and two assistants in the back workshop as the glass cabinets were smashed, and that her business had taken six months to reopen.",
  "The trial is expected to last three weeks."),
 ("cardiff-arcade-gold-raid-trial", NATION, "en", 1, 560, 400, [UK, C], "",
  "Jury hears how gang 'rehearsed' Cardiff arcade robbery",
  "The three men accused of raiding a Cardiff goldsmith's had walked through Castle Arcade at least five times in the fortnight before the robbery, timing the route from the shop to their motorbikes, prosecutors said on Thursday.",
  "The defence says the CCTV images are too poor to identify anyone."),

 # 12-16. Filler of importance 0 and the promo: the Wales women's football result at Cardiff City
 #     Stadium, the weather bulletin, the horoscope, the lottery draw, a promo alone.
 ("wales-women-norway-result", "dragonsportnow.co.uk", "en", 0, 40, 2400, ["Sport"], "",
  "Wales women beat Norway 2-1 at Cardiff City Stadium",
  "A header from Carys Llewellin in the 84th minute gave Wales women a 2-1 win over Norway at Cardiff City Stadium on Wednesday night in their last match of the year.",
  "Norway had led through a first-half penalty."),
 ("wales-women-norway-result", TAFF, "en", 0, 120, 1300, ["Sport"], "",
  "Big crowd for Wales women despite freezing night",
  "A crowd of 17,400 braved temperatures below zero at Cardiff City Stadium on Wednesday to watch Wales women beat Norway, the team's best attendance for a December match.",
  ""),
 ("weather-cardiff-fri-dec17", "cymruweather.co.uk", "en", 0, 680, 1900, ["Weather"], "",
  "Friday forecast: frost and freezing fog, then sunny spells",
  "Cardiff can expect a hard frost overnight with temperatures down to minus 3C and patches of freezing fog in the valleys, before a dry and sunny Friday with a high of 5C, forecasters said.",
  "Untreated roads over high ground will be icy first thing."),
 ("horoscope-thu-dec16", "starsovercymru.co.uk", "en", 0, 10, 800, ["Horoscope"], "",
  "Your stars for Thursday 16 December",
  "Capricorn, an old friend gets back in touch with an idea that sounds too good to be true, so listen closely but sign nothing until the weekend.",
  "Aquarius: a quiet win at home. Pisces: say yes to the late invitation."),
 ("cymru-lotto-dec15", "lottoresultscymru.co.uk", "en", 0, 60, 1400, ["Lottery"], "",
  "Cymru Lotto results for Wednesday 15 December",
  "The winning numbers in Wednesday's Cymru Lotto draw were 5, 12, 19, 28, 36 and 44, with bonus ball 7, and the £2.8 million jackpot rolls over to Saturday after no ticket matched all six.",
  "Two tickets, bought in Swansea and Wrexham, matched five numbers and the bonus ball."),
 ("promo-taff-herald-app", TAFF, "en", 0, 15, 150, ["Promo"], "",
  "Get The Taff Herald app for breaking Cardiff news",
  "Download The Taff Herald app and get breaking news from Cardiff and across Wales, live travel updates and the evening edition on your phone at 6pm, free for the first month.",
  "Search for Taff Herald in your app store."),
]
