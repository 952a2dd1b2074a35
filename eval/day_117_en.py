# Day 117: a Glasgow English channel (Glasgow and Scotland), morning edition of Friday 17 December
# 2027 at 07:00 (window 19:00 Thursday - 07:00 Friday, Europe/London = UTC+0 in December).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and the
# TOP5 below. Every person, company, ship, building of an event and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: First Minister Alasdair Keddie on Clyde Talk's
#   "The Nightline" on Thursday night, quoted about the Arran ferry grounding (post 5) and about the
#   rent cap vote at Holyrood (post 45), both carrying "Scotland's islands and Scotland's cities
#   deserve the same promise, and I intend to keep it.";
# - a shared wire byline line ("Wire West | Updated: 16-12-2027 22:51 GMT"): the Scotstoun shipyard
#   job cuts (post 52) and the Islay distillery's sale (post 55), unrelated, three minutes apart;
# - the same hospital: the Royal Kelvin Hospital takes the A82 minibus crash's injured (post 9) and is
#   the emergency department overwhelmed by flu (posts 39-43);
# - the same street: Sauchiehall Street holds the fire (posts 15-21) and its traders speak in the
#   Subway strike (post 37, which names the fire);
# - the same city's courts: the High Court in Glasgow convicts the Govan murderer (posts 26-29) and
#   Glasgow Sheriff Court jails the roads manager (posts 30-32) on the same day;
# - look-alike stories: two fires (the Sauchiehall Street store, posts 15-21; the deadly Paisley tower
#   flat, posts 22-25); two road deaths (the A82 minibus crash, posts 8-14; the Argyle Street bus,
#   posts 58-60) plus the ferry grounding (posts 1-7); two court cases (posts 26-29, 30-32); two votes
#   (Holyrood's rent cap, posts 44-47; the city's parking levy, posts 48-51); two ship stories (the
#   grounded ferry; the shipyard, whose unions ask for ferry orders, post 54); two job stories (the
#   shipyard, posts 52-54; the distillery's sale, posts 55-57); the weather bulletin names the gales
#   and the Clyde coast (post 63) and is not the ferry's story;
# - one story revised during the night by a second source: the minibus crash, two dead (Police
#   Scotland, evening, posts 8, 10) then three (morning, posts 11-12); the ferry, 163 passengers
#   (posts 1, 3) then 191 people with the crew (posts 4, 7); the fire, 15 appliances (post 15) then
#   more than 100 firefighters (post 17);
# - one story told in two languages with different words: the ferry ("ran aground", "grounded",
#   "hit rocks" / "s'est échoué"); the minibus crash ("collided", "crash" / "a percuté",
#   "collision", "accident"); the fire ("blaze", "gutted" / "ravagé par un incendie"); the
#   distillery ("buy", "sale" / "rachat", "s'offre");
# - stories told from other angles: the First Minister (post 5), Arran cut off (post 6), what we know
#   (post 7), the Belgian victim (post 11), the road's bend (post 14), the evacuated residents
#   (post 16), the facade (post 19), your Christmas shopping (post 20), the heritage groups (post 21),
#   the neighbours (post 23), the victim named (post 24), the fire doors (post 25), the rider's
#   family (post 27), the riders' demands (post 28), the bail (post 29), the contractor barred
#   (post 31), the audit (post 32), how to get around (post 35), the traders (post 37), the corridor
#   trolleys (post 40), when to call NHS 24 (post 42), the landlords (post 46), what changes for
#   tenants (post 47), the chamber of commerce (post 50), who pays (post 51), the workers (post 53);
# - posts in French (agencies' French service and French-language papers): posts 3, 10, 11, 18, 56,
#   57;
# - a "Related:" line naming another story (the Subway strike) in a parking levy post (post 49); a
#   teaser (post 7); photo captions (posts 2, 15); an update note (post 14);
# - a promo posted alone (post 64); filler of importance 0: the Celtic result (posts 61-62), the
#   weather bulletin (post 63).
NAME = "2027-12-17-en-morning-glasgow-h117"
CHANNEL = {"lang": "en", "tz": "Europe/London"}
WINDOW = ("2027-12-16T19:00:00Z", "2027-12-17T07:00:00Z")
CTX = {"stamp": "16-12-2027 22:51", "city": "Glasgow", "date_fr": "16 déc", "date_en": "Dec 16",
       "author": "Morag Lindsay", "clarify": "which stretch of the A82 is closed",
       "caption": "", "also": "", "country": "Scotland",
       "line": "Wire West | Updated: 16-12-2027 22:51 GMT"}
# The editor's top 5: the Arran ferry grounding, the A82 minibus crash, the Sauchiehall Street fire,
# the Subway strike, the flu at the Royal Kelvin.
TOP5 = ["arran-ferry-aground-brodick", "a82-loch-lomond-minibus-crash",
        "sauchiehall-street-store-fire", "glasgow-subway-strike",
        "royal-kelvin-flu-pressure"]
SC = "Scotland"
UK = "UK"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
T = "Transport"
ARRAN = "arranbanner.co.uk"
HERALD = "clydesideherald.co.uk"
EVENING = "glasgowevening.co.uk"
NATIONAL = "thescotsdaily.co.uk"
RADIO = "clydetalk.co.uk"
HEBR = "hebrideanrecord.co.uk"
LOMOND = "lochlomondnews.co.uk"
HERITAGE = "scotheritagenews.co.uk"
RENFREW = "renfrewshirepost.co.uk"
COURTS = "scotcourtsreport.co.uk"
HEALTHS = "scothealthwatch.co.uk"
HOLY = "holyroodwire.co.uk"
PROP = "scottishpropertyreview.co.uk"
SCOTBIZ = "scotbusinessdaily.co.uk"
SOUTHSIDE = "southsidevoice.co.uk"
WIRE = "wire-west.com"
PAL = "pa-like.co.uk"
NORD = "agence-nord.fr"
COURRIER = "courrierdusoir.fr"
MEUSE = "avenirdelameuse.be"
COGNAC = "echodecognac.fr"
POSTS = [
 # 1. The MV Isle of Sanda aground off Brodick, Arran, in a gale: 163 passengers (evening) -> 191
 #    people with the crew, all ashore by 2 a.m. (morning).
 ("arran-ferry-aground-brodick", ARRAN, "en", 3, 30, 3200, [SC, T], "",
  "Ferry with 163 passengers aground off Brodick",
  "A ferry carrying 163 passengers ran aground on rocks just outside Brodick harbour on Arran shortly after leaving for Ardrossan on Thursday evening, HM Coastguard said.",
  "Lifeboats from Lamlash and Troon were sent, and nobody was reported hurt."),
 ("arran-ferry-aground-brodick", HERALD, "en", 3, 110, 2600, [SC, T], "caption",
  "Passengers stuck on grounded Arran ferry as gale rises",
  "Passengers on the MV Isle of Sanda were told to stay in the lounges with their life jackets on as winds gusting to 60 mph pinned the stranded ferry against the rocks off Brodick, Clyde and Isles Ferries said.",
  "Coastguard teams from Arran were on the shore with floodlights.",
  {"caption": "The MV Isle of Sanda lies listing on rocks off Brodick pier, lit by a lifeboat's searchlight, on Thursday night.",
   "site": "The Clydeside Herald"}),
 ("arran-ferry-aground-brodick", NORD, "fr", 3, 200, 300, [UK, W], "afp",
  "Ecosse : un ferry s'échoue avec 163 passagers à bord",
  "Un ferry transportant 163 passagers s'est échoué jeudi soir sur des rochers au large de l'île d'Arran, dans l'ouest de l'Ecosse, sans faire de blessés selon les garde-côtes britanniques.",
  "Les passagers devaient être évacués par des canots de sauvetage dans la nuit.",
  {"city": "Londres"}),
 ("arran-ferry-aground-brodick", PAL, "en", 3, 400, 1500, [UK, T], "ap",
  "All passengers taken off stranded Arran ferry",
  "All 163 passengers and 28 crew were taken off a ferry that ran aground off the Isle of Arran, the last of them landing at Brodick pier at about 2 a.m. on Friday, the coastguard said.",
  "Four people were treated for mild hypothermia.",
  {"city": "Brodick"}),
 ("arran-ferry-aground-brodick", RADIO, "en", 3, 150, 1400, [SC, P], "",
  "First Minister orders inquiry into Arran ferry grounding",
  "First Minister Alasdair Keddie said on Clyde Talk's \"The Nightline\" on Thursday that he wanted a full account of why the Isle of Sanda sailed into a rising gale: \"Scotland's islands and Scotland's cities deserve the same promise, and I intend to keep it.\"",
  "The Marine Accident Investigation Branch is sending inspectors."),
 ("arran-ferry-aground-brodick", HEBR, "en", 3, 560, 1200, [SC], "",
  "Arran cut off as all sailings cancelled",
  "Arran will have no ferry on Friday and possibly through the weekend, with the Isle of Sanda on the rocks and the relief vessel laid up for repairs in Greenock, the operator said, leaving islanders worried about Christmas deliveries.",
  "The island's Co-op said it had bread and milk for two days."),
 ("arran-ferry-aground-brodick", NATIONAL, "en", 3, 680, 2200, [SC, T], "teaser",
  "Arran ferry grounding: what we know",
  "A ferry with 191 people on board hit rocks off Brodick in a gale on Thursday evening, everyone was brought ashore by morning, and investigators now want to know why the crossing went ahead.",
  "The ship's master has 22 years' experience on the route. The operator says the wind was within limits at departure."),

 # 2. The A82 minibus and timber lorry crash near Tarbet, Loch Lomond: two dead (evening) -> three
 #    (morning); French and Belgian tourists on board; injured to the Royal Kelvin Hospital.
 ("a82-loch-lomond-minibus-crash", HERALD, "en", 3, 90, 3000, [SC, T], "",
  "Two killed as minibus and timber lorry collide on A82",
  "Two people died when a minibus carrying tourists and a timber lorry collided on the A82 near Tarbet on the west bank of Loch Lomond at about 8 p.m. on Thursday, Police Scotland said.",
  "The road was closed between Tarbet and Inverbeg."),
 ("a82-loch-lomond-minibus-crash", NATIONAL, "en", 3, 220, 1900, [SC, H], "",
  "Minibus crash injured taken to Royal Kelvin",
  "Eleven people hurt in the crash on the Loch Lomond road were taken to the Royal Kelvin Hospital in Glasgow, two of them by air ambulance, the Scottish Ambulance Service said.",
  ""),
 ("a82-loch-lomond-minibus-crash", NORD, "fr", 3, 330, 500, [UK, W], "afp",
  "Ecosse : des touristes français dans un accident de minibus meurtrier",
  "Des touristes français et belges se trouvaient à bord d'un minibus qui a percuté un camion de bois jeudi soir au bord du Loch Lomond, en Ecosse, un accident qui a fait deux morts, a indiqué le ministère français des Affaires étrangères.",
  "Le consulat de France à Edimbourg est en contact avec les familles.",
  {"city": "Paris", "date_fr": "17 déc"}),
 ("a82-loch-lomond-minibus-crash", MEUSE, "fr", 3, 520, 700, [W], "byline_fr",
  "Loch Lomond : une Liégeoise parmi les victimes de l'accident",
  "Une habitante de Liège âgée de 64 ans a perdu la vie dans la collision entre un minibus de touristes et un grumier jeudi soir en Ecosse, a confirmé vendredi matin le SPF Affaires étrangères.",
  "Elle voyageait avec sa sœur, blessée.",
  {"author": "Jérôme Lambotte", "site": "L'Avenir de la Meuse"}),
 ("a82-loch-lomond-minibus-crash", PAL, "en", 3, 600, 1600, [UK, T], "ap",
  "Third person dies after Loch Lomond minibus crash",
  "A third person has died after a minibus taking tourists to the Highlands crashed into a timber lorry on the A82 beside Loch Lomond, Police Scotland said on Friday morning.",
  "The lorry driver, 52, was unhurt and is helping officers.",
  {"city": "Tarbet"}),
 ("a82-loch-lomond-minibus-crash", RADIO, "en", 3, 650, 1100, [SC, T], "",
  "A82 to stay shut until midday for crash investigation",
  "The A82 between Tarbet and Inverbeg will stay closed until at least midday on Friday while collision investigators work at the scene, and drivers heading for Fort William are being sent by Crianlarich and the A85.",
  ""),
 ("a82-loch-lomond-minibus-crash", LOMOND, "en", 3, 700, 900, [SC, T], "updated",
  "Calls grow for safety barrier on A82 bend",
  "Councillors in Argyll and Bute said on Friday that the bend north of Tarbet where Thursday's minibus crash happened had seen four serious collisions in five years, and renewed calls for the A82 to be widened there.",
  ""),

 # 3. The fire in the empty former Craigmore's department store on Sauchiehall Street: 15 appliances
 #    (evening) -> more than 100 firefighters (morning); the facade; the street closed.
 ("sauchiehall-street-store-fire", HERALD, "en", 3, 130, 2900, [SC], "caption",
  "Major fire at former Craigmore's store on Sauchiehall Street",
  "Firefighters were called to a blaze in the empty former Craigmore's department store on Sauchiehall Street at about 9 p.m. on Thursday, and 15 appliances were sent, the Scottish Fire and Rescue Service said.",
  "Bars nearby were cleared and the street closed from Cambridge Street to Rose Street.",
  {"caption": "Flames break through the upper windows of the former Craigmore's building on Sauchiehall Street on Thursday night.",
   "site": "The Clydeside Herald"}),
 ("sauchiehall-street-store-fire", EVENING, "en", 3, 250, 1800, [SC], "",
  "Residents evacuated as Sauchiehall Street blaze spreads",
  "About 70 residents of flats on Renfrew Street were taken to a rest centre overnight as the fire in the old department store spread to its roof, Glasgow City Council said.",
  ""),
 ("sauchiehall-street-store-fire", PAL, "en", 3, 380, 1500, [UK], "ap",
  "100 firefighters tackle Glasgow city centre fire",
  "More than 100 firefighters worked through the night on a fire that gutted a listed former department store in the centre of Glasgow, and no one was injured, the fire service said on Friday.",
  "Crews used aerial platforms to pour water onto the building from above."),
 ("sauchiehall-street-store-fire", COURRIER, "fr", 3, 420, 300, [W], "afp",
  "Glasgow : un grand magasin historique ravagé par les flammes",
  "Un ancien grand magasin classé du centre de Glasgow a été ravagé par un incendie dans la nuit de jeudi à vendredi, sans faire de victimes, ont annoncé les pompiers écossais.",
  "Le bâtiment, vide depuis 2021, devait être transformé en logements.",
  {"city": "Londres", "date_fr": "17 déc"}),
 ("sauchiehall-street-store-fire", RADIO, "en", 3, 540, 1300, [SC], "",
  "Sauchiehall Street to stay shut over fears facade will fall",
  "Glasgow City Council said on Friday morning that Sauchiehall Street would stay closed for several days because the front wall of the burned-out Craigmore's building could come down.",
  "Buses are diverted along Bath Street."),
 ("sauchiehall-street-store-fire", EVENING, "en", 3, 620, 1700, [SC], "byline_en",
  "Sauchiehall Street fire: what it means for your Christmas shopping",
  "Shops on Sauchiehall Street between Cambridge Street and Rose Street will stay closed on Friday, but the rest of the street and Buchanan Street are open, and buses are running on diversion, the council said.",
  "Car parks on Renfrew Street are closed.",
  {"author": "Kirsty McPhail", "site": "The Glasgow Evening"}),
 ("sauchiehall-street-store-fire", HERITAGE, "en", 3, 690, 600, [SC], "",
  "Heritage groups mourn loss of Craigmore's art deco front",
  "Heritage campaigners said on Friday that the loss of the Craigmore's building, one of the last art deco stores in Scotland, showed the danger of leaving listed buildings empty for years.",
  ""),

 # 4. The deadly flat fire in a Paisley tower block.
 ("paisley-tower-flat-fire", RENFREW, "en", 2, 180, 1600, [SC], "",
  "Man dies in Paisley tower block flat fire",
  "A 57-year-old man died in a fire in his eleventh-floor flat in a Paisley tower block on Thursday evening, and 40 neighbours were led out down the stairs, the Scottish Fire and Rescue Service said.",
  ""),
 ("paisley-tower-flat-fire", HERALD, "en", 2, 300, 1000, [SC], "",
  "Neighbours describe smoke filling Paisley tower stairwell",
  "Neighbours in the Paisley high-rise where a man died in a flat fire said the smoke came down the stairwell so fast that some climbed up to the roof landing to breathe.",
  ""),
 ("paisley-tower-flat-fire", RENFREW, "en", 2, 610, 900, [SC], "",
  "Paisley fire victim named as retired bus driver",
  "The man who died in the Paisley tower block fire was Gordon Fairlie, a retired bus driver who had lived in the flat for 30 years, his family said on Friday.",
  "Police said the fire was not being treated as suspicious."),
 ("paisley-tower-flat-fire", NATIONAL, "en", 2, 660, 700, [SC], "",
  "Council to check fire doors in all Paisley towers",
  "Renfrewshire Council will inspect the fire doors of all its tower blocks after Thursday's deadly flat fire, its housing convener said on Friday morning.",
  ""),

 # 5. The Govan delivery rider's murder: guilty verdict at the High Court in Glasgow.
 ("govan-delivery-rider-murder-verdict", COURTS, "en", 2, 20, 1900, [SC, C], "",
  "Man guilty of murdering delivery rider in Govan",
  "A 29-year-old man was found guilty at the High Court in Glasgow on Thursday of murdering a food delivery rider who was stabbed on Langlands Road in Govan in April.",
  "Scott Baird will be sentenced in January."),
 ("govan-delivery-rider-murder-verdict", EVENING, "en", 2, 160, 1300, [SC, C], "",
  "Delivery rider's family: 'Kamran was working to pay for college'",
  "The family of Kamran Iqbal, the 24-year-old delivery rider murdered in Govan, said after Thursday's verdict that he had been working nights to pay for an engineering course.",
  ""),
 ("govan-delivery-rider-murder-verdict", HERALD, "en", 2, 470, 800, [SC], "",
  "Riders demand safety measures after Govan murder verdict",
  "Food delivery riders in Glasgow called on Friday for the apps they work for to add panic buttons and share riders' locations with the police, after the murder conviction at the High Court.",
  ""),
 ("govan-delivery-rider-murder-verdict", COURTS, "en", 2, 560, 700, [SC, C], "",
  "Baird had been freed on bail days before the killing",
  "The man convicted of murdering a delivery rider in Govan had been released on bail on another assault charge nine days before the killing, it can now be reported.",
  ""),

 # 6. A former council roads manager jailed for bribes at Glasgow Sheriff Court.
 ("glasgow-roads-manager-bribes-sentence", COURTS, "en", 1, 60, 1100, [SC, C], "",
  "Former council roads manager jailed for taking bribes",
  "A former Glasgow City Council roads manager was jailed for three years at Glasgow Sheriff Court on Thursday for taking £94,000 in bribes from a resurfacing contractor.",
  "Derek Cowie, 61, admitted the offences in October."),
 ("glasgow-roads-manager-bribes-sentence", EVENING, "en", 1, 280, 700, [SC], "",
  "Resurfacing firm that paid roads manager loses council work",
  "The resurfacing firm that paid bribes to former roads manager Derek Cowie has been barred from bidding for Glasgow City Council contracts for five years, the council said.",
  ""),
 ("glasgow-roads-manager-bribes-sentence", NATIONAL, "en", 1, 480, 500, [SC, P], "",
  "Audit finds roads contracts were split to avoid tendering",
  "An audit ordered after Derek Cowie's arrest found that 41 road repair jobs had been split into smaller orders so that they could be handed out without a tender, the council said on Thursday.",
  ""),

 # 7. The Glasgow Subway staff's 48-hour strike, Friday and Saturday.
 ("glasgow-subway-strike", EVENING, "en", 3, 10, 2800, [SC, T], "",
  "Subway staff to strike on Friday and Saturday",
  "Glasgow Subway staff will strike for 48 hours from the first train on Friday after talks over pay broke down on Thursday, the union Transport Workers Scotland said, shutting the system on the last weekend before Christmas.",
  "The union wants a 7% rise; the operator offered 4%."),
 ("glasgow-subway-strike", RADIO, "en", 3, 140, 1200, [SC, T], "",
  "Operator says door still open to Subway talks",
  "The Clyde Transit Partnership, which runs the Subway, said on Thursday night that its door was open and that a 48-hour stoppage days before Christmas would hurt workers and shoppers alike.",
  ""),
 ("glasgow-subway-strike", HERALD, "en", 3, 540, 2000, [SC, T], "byline_en",
  "Subway strike: how to get around Glasgow this weekend",
  "With the Subway shut on Friday and Saturday, travellers can use the extra buses Clyde Buses is running between Govan, Partick, Hillhead and the city centre, and Subway season tickets will be accepted on trains between Partick and the city centre.",
  "Park and ride at Kelvinbridge and Shields Road will be closed.",
  {"author": "Fiona Drummond", "site": "The Clydeside Herald"}),
 ("glasgow-subway-strike", PAL, "en", 3, 600, 900, [UK, T], "ap",
  "Glasgow's underground railway shut by strike",
  "Glasgow's underground railway, the third-oldest in the world, was closed on Friday as staff began a two-day walkout over pay in the busiest shopping week of the year.",
  ""),
 ("glasgow-subway-strike", EVENING, "en", 3, 660, 1500, [SC, B], "",
  "City centre traders fear lost weekend as Subway stops",
  "Shop and café owners in the West End and the city centre said on Friday that the Subway strike, on top of the closure of Sauchiehall Street after the fire, could cost them their best weekend of the year.",
  ""),
 ("glasgow-subway-strike", NATIONAL, "en", 3, 700, 1000, [SC, T], "",
  "Union offers to call off Saturday stoppage for Acas talks",
  "Transport Workers Scotland said early on Friday it would suspend Saturday's stoppage if the Subway's operator agreed to talks at Acas on Monday.",
  ""),

 # 8. Flu: the Royal Kelvin Hospital's emergency department overwhelmed.
 ("royal-kelvin-flu-pressure", HEALTHS, "en", 2, 70, 2100, [SC, H], "",
  "Royal Kelvin A&E under 'extreme pressure' as flu cases soar",
  "NHS Greater Glasgow and Clyde asked people on Thursday evening to stay away from the emergency department at the Royal Kelvin Hospital unless their life was at risk, as flu admissions reached their highest level in eight years.",
  "Some patients waited more than 14 hours to be seen."),
 ("royal-kelvin-flu-pressure", EVENING, "en", 2, 270, 1500, [SC, H], "",
  "Flu patients treated in corridors at Royal Kelvin",
  "Patients with flu were being treated on trolleys in corridors at the Royal Kelvin on Thursday night, staff told The Glasgow Evening, with every bed in the acute wards full.",
  ""),
 ("royal-kelvin-flu-pressure", NATIONAL, "en", 2, 450, 1100, [SC, H, P], "",
  "Health secretary sends extra staff to Glasgow's emergency departments",
  "Scotland's health secretary said on Friday that 60 agency nurses and 12 doctors would be sent to emergency departments in Glasgow for the next fortnight to cope with the flu wave.",
  ""),
 ("royal-kelvin-flu-pressure", HEALTHS, "en", 2, 580, 1300, [SC, H], "",
  "Flu: when to call NHS 24 instead of going to A&E",
  "People with a high temperature, aches and a cough should call NHS 24 on 111 or see a pharmacist rather than go to A&E, and anyone over 65 who has not had this winter's vaccine can still get it at a drop-in clinic, health officials said.",
  "Go to A&E if you have trouble breathing or chest pain."),
 ("royal-kelvin-flu-pressure", HERALD, "en", 2, 640, 900, [SC, H], "",
  "Royal Kelvin postpones planned operations until Monday",
  "The Royal Kelvin Hospital cancelled all planned operations on Friday and over the weekend to free beds for flu patients, NHS Greater Glasgow and Clyde said.",
  ""),

 # 9. Holyrood passes the rent cap bill (radio quote, post 45).
 ("holyrood-rent-cap-vote", HOLY, "en", 2, 40, 1400, [SC, P], "",
  "MSPs pass rent cap bill after late vote",
  "The Scottish Parliament passed a bill on Thursday evening that caps private rent increases at 3% a year in areas the government names as under pressure, by 68 votes to 57.",
  "Glasgow and Edinburgh are expected to be the first areas named."),
 ("holyrood-rent-cap-vote", RADIO, "en", 2, 155, 1000, [SC, P], "",
  "Keddie: rent cap is about keeping families in their cities",
  "First Minister Alasdair Keddie told Clyde Talk's \"The Nightline\" on Thursday that the rent cap would let nurses and bus drivers go on living in Glasgow and Edinburgh: \"Scotland's islands and Scotland's cities deserve the same promise, and I intend to keep it.\"",
  ""),
 ("holyrood-rent-cap-vote", PROP, "en", 2, 420, 600, [SC, B], "",
  "Landlords warn rent cap will shrink supply",
  "Landlords' groups said on Friday that the rent cap passed by MSPs would push small landlords to sell up and reduce the number of homes to let in Glasgow.",
  ""),
 ("holyrood-rent-cap-vote", EVENING, "en", 2, 630, 1200, [SC], "",
  "Rent cap: what changes for tenants",
  "Tenants in areas that ministers name as rent pressure zones will see increases capped at 3% a year from April, and landlords will have to register every rise on a public list, under the bill passed by MSPs.",
  "Tenants already in a dispute can ask the First-tier Tribunal to rule."),

 # 10. Glasgow City Council's workplace parking levy vote.
 ("glasgow-workplace-parking-levy-vote", EVENING, "en", 2, 5, 1300, [SC, P], "",
  "Council set to vote on workplace parking levy tonight",
  "Glasgow City Council's councillors will vote on Thursday evening on a workplace parking levy that would charge employers £550 a year for every staff parking space in the city.",
  "Hospitals and schools would be exempt."),
 ("glasgow-workplace-parking-levy-vote", HERALD, "en", 2, 190, 1500, [SC, P], "",
  "Glasgow approves workplace parking levy",
  "Glasgow City Council approved a workplace parking levy by 45 votes to 38 on Thursday night, and employers will start paying in April 2029.",
  "The money will go to buses and the Subway.\n\nRelated: Subway staff to strike on Friday and Saturday"),
 ("glasgow-workplace-parking-levy-vote", SCOTBIZ, "en", 2, 430, 700, [SC, B], "",
  "Business leaders call parking levy 'a tax on going to work'",
  "The Glasgow Chamber of Commerce said on Friday that the workplace parking levy was \"a tax on going to work\" and that firms would pass it on to their staff.",
  ""),
 ("glasgow-workplace-parking-levy-vote", NATIONAL, "en", 2, 590, 900, [SC], "",
  "Parking levy: who pays and how much",
  "Employers with more than 10 parking spaces will pay £550 a year for each one and can choose whether to charge their staff, while blue badge holders' spaces, hospitals and schools are exempt, under the levy approved by Glasgow councillors.",
  ""),

 # 11. Clydeside Marine cuts 350 jobs at its Scotstoun yard (shared byline line, post 52).
 ("scotstoun-shipyard-job-cuts", WIRE, "en", 2, 230, 600, [B, UK], "reuters_line",
  "Clydeside Marine to cut 350 jobs at Scotstoun yard",
  "Shipbuilder Clydeside Marine said on Thursday it would cut 350 jobs at its Scotstoun yard in Glasgow after losing a Norwegian order for two offshore patrol vessels.",
  ""),
 ("scotstoun-shipyard-job-cuts", EVENING, "en", 2, 360, 1200, [SC, B], "",
  "Scotstoun yard workers 'gutted' as job cuts confirmed",
  "Workers leaving the Scotstoun shipyard on Thursday night said they had been told of the 350 job cuts at a canteen meeting an hour before the end of their shift.",
  ""),
 ("scotstoun-shipyard-job-cuts", HOLY, "en", 2, 610, 700, [SC, P, B], "",
  "Unions urge ministers to bring forward ferry orders for Clyde yard",
  "Shipyard unions asked the Scottish Government on Friday to bring forward orders for new island ferries to save the 350 jobs under threat at Clydeside Marine's Scotstoun yard.",
  ""),

 # 12. The Islay distillery Caolas Bay sold to the French group Maison Verlaine (shared byline line,
 #     post 55).
 ("caolas-bay-distillery-sale", WIRE, "en", 1, 233, 400, [B], "reuters_line",
  "France's Maison Verlaine buys Islay distillery Caolas Bay",
  "French spirits group Maison Verlaine agreed on Thursday to buy the Caolas Bay distillery on Islay for £185 million, its first Scotch whisky brand.",
  ""),
 ("caolas-bay-distillery-sale", COGNAC, "fr", 1, 400, 300, [B, W], "byline_fr",
  "Whisky : la maison Verlaine s'offre une distillerie écossaise",
  "La maison de cognac Verlaine a annoncé jeudi soir le rachat de la distillerie Caolas Bay, sur l'île écossaise d'Islay, pour environ 220 millions d'euros.",
  "",
  {"author": "Hélène Brochard", "site": "L'Écho de Cognac"}),
 ("caolas-bay-distillery-sale", NORD, "fr", 1, 500, 200, [B, W], "afp",
  "Spiritueux : Verlaine se diversifie dans le whisky",
  "Le groupe français de spiritueux Verlaine va racheter une distillerie de whisky sur l'île d'Islay, en Ecosse, sa première acquisition hors du cognac, a-t-il annoncé jeudi.",
  "",
  {"city": "Paris", "date_fr": "16 déc"}),

 # 13. A pedestrian killed by a bus on Argyle Street.
 ("argyle-street-bus-pedestrian-death", EVENING, "en", 1, 240, 1400, [SC], "",
  "Woman killed by bus on Argyle Street",
  "A woman in her seventies died after she was struck by a double-decker bus on Argyle Street near the Central Station bridge at about 10.30 p.m. on Thursday, Police Scotland said.",
  "The road was closed for six hours."),
 ("argyle-street-bus-pedestrian-death", HERALD, "en", 1, 520, 800, [SC], "",
  "Police appeal for dashcam footage after Argyle Street death",
  "Police Scotland appealed on Friday for anyone with dashcam footage from Argyle Street to come forward after a pedestrian was killed by a bus under the railway bridge.",
  "The bus driver, 41, was not hurt."),
 ("argyle-street-bus-pedestrian-death", SOUTHSIDE, "en", 1, 690, 700, [SC], "",
  "Argyle Street victim was on her way home from carol concert",
  "The woman killed by a bus on Argyle Street on Thursday night was Margaret Dunlop, 76, a retired primary teacher from Shawlands who had been singing at a carol concert, her family said.",
  ""),

 # 14. Filler: the Celtic result, the weather bulletin, the promo.
 ("celtic-motherwell-result", "footballscotlandlive.co.uk", "en", 0, 120, 2700, ["Sport"], "",
  "Celtic beat Motherwell 3-0 to go four points clear",
  "Callum Rennie scored twice as Celtic beat Motherwell 3-0 at Celtic Park on Thursday night to go four points clear at the top of the Premiership.",
  ""),
 ("celtic-motherwell-result", HERALD, "en", 0, 260, 1400, ["Sport"], "",
  "Celtic manager hails Rennie after Motherwell win",
  "The Celtic manager said Callum Rennie was \"playing with a smile again\" after the striker's two goals in Thursday's 3-0 win over Motherwell.",
  ""),
 ("weather-glasgow-fri", "scotweathernow.co.uk", "en", 0, 710, 1800, ["Weather"], "",
  "Friday forecast: gales ease, wintry showers in the west",
  "After Thursday night's gales, Glasgow can expect a bright but cold Friday with a high of 4C and wintry showers in the afternoon, the Met Office said, with wind warnings for the Clyde coast ending at 9 a.m.",
  "Frost is likely on untreated pavements overnight."),
 ("promo-clydeside-herald-morning", HERALD, "en", 0, 2, 200, ["Promo"], "",
  "Get The Clydeside Herald's Morning Briefing",
  "Sign up for The Clydeside Herald's Morning Briefing and get Glasgow's top stories, travel news and the weather in your inbox by 6.30 a.m., free.",
  "Go to clydesideherald.co.uk/briefing to subscribe."),
]
