# Day 66 (hold-out): a Sri Lankan English channel, morning edition of Wednesday 3 March 2027
# (window 17:00 Tuesday - 05:00 Wednesday Colombo, Asia/Colombo = UTC+5:30, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Prime Minister Kumudini Herath on Lanka Talk
#   94.8's "Evening Round" on Tuesday evening, quoted about the Ella-Wellawaya bus plunge (post 2)
#   and about the government doctors' token strike (post 15), both carrying "No family in this
#   country should be left waiting for help tonight, whether on a mountain road or in a hospital
#   corridor.";
# - a shared wire byline line ("South Asia Desk | Updated: 03-02-2027 21:20 SLST"): Nepal's power
#   sale to Bangladesh (post 54) and the Maldives sukuk refinancing (post 57), unrelated stories;
# - the same hospital: the National Hospital in Colombo takes the Pettah fire's injured (post 9),
#   is where the bus plunge's worst injured are flown (post 2), and is the first hospital named in
#   the doctors' strike (posts 14, 18);
# - the same town: Galle's harbour diesel spill (posts 37-40) and the Galle Test (posts 63-64);
#   Nuwara Eliya in the tea estate strike (post 32) and in the Horton Plains fire (posts 33, 34,
#   36); Badulla in the bus plunge and in the estate strike (post 29);
# - look-alike stories: two fires (the Pettah wholesale building fire in Colombo, posts 8-13; the
#   Horton Plains grassland fire, posts 33-36); two strikes (government doctors, posts 14-19; tea
#   estate workers, posts 29-32); two court cases (the fertiliser tender bribery verdict, posts
#   41-44; the Indian fishermen remanded by the Kayts magistrate, posts 45-49); two transport
#   accidents in the hills and plains (the bus plunge, posts 1-7; the night mail train that hit
#   elephants, posts 20-24); two regional finance stories sharing the byline line (Nepal, posts
#   54-56; Maldives, posts 57-60); a French Maldives post carries a "Lire aussi" line naming the
#   bus plunge (post 60); the weather bulletin (post 62) kept apart from the Horton Plains fire;
#   the IMF named in the doctors' strike (posts 15, 17) and nowhere else;
# - running updates: the bus toll 9 -> 13 -> 15; the Pettah fire 30 -> 40+ shops, then a body;
#   the doctors' talks fail; the elephants 2 -> 3 (the calf dies); the Horton Plains fire 200 ->
#   350 hectares; a vote scheduled (Parliament votes Thursday on the provincial polls bill);
# - stories told from other angles: how to find news of a relative after the bus plunge (post 7),
#   the Pettah traders (post 11) and the council's inspections (post 13), what patients need to
#   know (post 16), Kandy's clinics (post 19), why trains keep hitting elephants (post 24), what
#   the rate cut means for your loan (post 27), Nuwara Eliya's idle factories (post 32), the
#   Swiss hikers (post 35), is Unawatuna safe to swim (post 40), what the fertiliser case was
#   about (post 44), the Karaikal families (post 48), the North's first council vote since 2013
#   (post 52), how to check you are on the electoral register (post 53);
# - posts in French (the agencies' French service and French-language papers of Pondicherry and
#   the Mascarenes): posts 4, 22, 35, 47, 48, 59, 60;
# - a promo posted alone (post 66); filler of importance 0: the lottery draw (post 61), the
#   weather bulletin (post 62), the Galle Test day one (posts 63-64), the horoscope (post 65).
NAME = "2027-03-03-en-morning-colombo-h66"
CHANNEL = {"lang": "en", "tz": "Asia/Colombo"}
WINDOW = ("2027-03-02T11:30:00Z", "2027-03-02T23:30:00Z")
CTX = {"stamp": "03-02-2027 21:20", "city": "Colombo", "date_fr": "2 mars", "date_en": "March 2",
       "author": "Nimali Wickremasinghe", "clarify": "which hospitals are exempt from the strike",
       "caption": "", "also": "", "country": "Sri Lanka",
       "line": "South Asia Desk | Updated: 03-02-2027 21:20 SLST"}
# The editor's top 5: the Ella-Wellawaya bus plunge, the deadly Pettah fire, the doctors' strike,
# the train that killed three elephants, the fertiliser tender verdict.
TOP5 = ["ella-wellawaya-bus-plunge", "pettah-wholesale-fire", "govt-doctors-token-strike",
        "habarana-train-elephants", "fertiliser-tender-verdict"]
LK = "Sri Lanka"
SA = "South Asia"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
COURIER = "colombocourier.lk"
SENT = "lankasentinel.lk"
PULSE = "lankapulse.lk"
EVE = "ceyloneveningpost.lk"
KANDY = "kandytribune.lk"
SOUTH = "southernherald.lk"
PEN = "peninsulatimes.lk"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
POSTS = [
 # 1. Bus plunge on the Ella-Wellawaya road near Ravana Ella: "bus", "coach"; "plunge", "crash",
 #    "accident", "tragedy"; toll 9 -> 13 -> 15; pilgrims returning from Kataragama.
 ("ella-wellawaya-bus-plunge", PULSE, "en", 3, 120, 4200, [LK], "",
  "At least nine killed as bus plunges off Ella-Wellawaya road",
  "At least nine people were killed and more than 30 injured when a private bus carrying pilgrims back from Kataragama plunged about 120 metres into a ravine near the Ravana Ella falls on the Ella-Wellawaya road on Tuesday evening, police said.",
  "The injured were taken to Badulla Teaching Hospital and the Bandarawela base hospital. Villagers were the first to climb down to the wreck, using ropes and torches."),
 ("ella-wellawaya-bus-plunge", COURIER, "en", 3, 150, 3600, [LK, P], "",
  "PM sends air force helicopters to Ella crash site",
  "Prime Minister Kumudini Herath ordered two air force helicopters to the scene of the Ella bus crash on Tuesday night to fly the most seriously injured to the National Hospital in Colombo, telling Lanka Talk 94.8's \"Evening Round\": \"No family in this country should be left waiting for help tonight, whether on a mountain road or in a hospital corridor.\"",
  "She said the government would pay for the funerals of all the victims."),
 ("ella-wellawaya-bus-plunge", WIRE, "en", 3, 210, 1500, [LK, SA], "reuters",
  "Sri Lanka bus crash kills 13 pilgrims in hill country",
  "Thirteen people were killed when a bus carrying Buddhist and Hindu pilgrims veered off a winding mountain road and fell into a gorge in Sri Lanka's central hills on Tuesday, police said, in the country's deadliest road accident this year.",
  "A police spokesman said 34 people were being treated in hospital, eight of them in a critical condition. The bus was carrying 51 passengers, nearly twice its permitted number of seated passengers."),
 ("ella-wellawaya-bus-plunge", NORD, "fr", 3, 300, 350, [SA, W], "afp",
  "Sri Lanka : au moins 13 morts dans la chute d'un bus dans un ravin",
  "Au moins treize personnes ont été tuées mardi soir au Sri Lanka lorsqu'un autocar transportant des pèlerins a quitté une route de montagne et dévalé un ravin d'environ 120 mètres près d'Ella, dans le centre de l'île, a annoncé la police.",
  "Une trentaine de blessés ont été hospitalisés à Badulla, selon la même source."),
 ("ella-wellawaya-bus-plunge", SENT, "en", 3, 390, 2700, [LK], "",
  "Brake failure suspected in Ella tragedy, NTC suspends operator's permits",
  "Investigators suspect the brakes of the private bus that crashed near Ella on Tuesday failed on the steep descent towards Wellawaya, and the National Transport Commission suspended all four route permits of its operator on Tuesday night, the commission's chairman said.",
  "The driver, who was among those killed, had been fined twice last year for speeding on the same road, police said."),
 ("ella-wellawaya-bus-plunge", AP, "en", 3, 560, 900, [SA], "ap",
  "Death toll from Sri Lanka bus plunge rises to 15",
  "The death toll from a bus that plunged into a gorge in Sri Lanka's hill country rose to 15 early Wednesday after two injured passengers died in hospital, officials said.",
  "Among the dead were four children and the driver. Rescue workers ended their search of the ravine at about 2 a.m.",
  {"city": "Badulla"}),
 ("ella-wellawaya-bus-plunge", EVE, "en", 3, 620, 1800, [LK], "donate",
  "Ella bus crash: how to find news of a relative",
  "Families looking for passengers of the bus that crashed near Ella can call the Badulla Teaching Hospital's help desk on 055 222 1400 or the police emergency line 119, and a list of the injured is posted at the hospital's main gate, the Uva provincial health office said early Wednesday.",
  "Relatives travelling from Colombo should bring their national identity card, as bodies will only be released to next of kin."),

 # 2. Fire 1: the Pettah wholesale building fire on Second Cross Street, Colombo: "fire",
 #    "blaze", "inferno"; 30 -> 40+ shops; seven hurt to the National Hospital; a porter's body.
 ("pettah-wholesale-fire", COURIER, "en", 3, 170, 3900, [LK], "byline_en",
  "Fire rips through Pettah wholesale building",
  "A fire broke out in a four-storey wholesale building on Second Cross Street in Pettah on Tuesday evening, gutting at least 30 shops selling textiles, plastics and spices as thousands of shoppers and porters fled the narrow streets, the Colombo Fire Brigade said.",
  "Eighteen fire engines and two navy water bowsers were sent to the scene.",
  {"site": "The Colombo Courier", "author": "Shehan Fernando"}),
 ("pettah-wholesale-fire", PULSE, "en", 3, 235, 3100, [LK, H], "caption",
  "Seven injured in Pettah blaze, two in serious condition",
  "Seven people, including two firefighters, were admitted to the National Hospital in Colombo with burns and smoke inhalation after Tuesday's fire in Pettah, a hospital spokesman said.",
  "Two of them were being treated in the burns unit and were in a serious condition.",
  {"caption": "Firefighters on an aerial ladder pour water into the top floor of a burning wholesale building on Second Cross Street, Pettah, on Tuesday night.",
   "site": "Lanka Pulse"}),
 ("pettah-wholesale-fire", WIRE, "en", 3, 330, 1100, [LK, SA], "reuters",
  "Fire destroys over 40 shops in Colombo's main market district",
  "A fire destroyed more than 40 shops in Colombo's crowded Pettah market district on Tuesday before firefighters brought it under control after nearly three hours, officials said, injuring seven people.",
  "The cause of the fire was not immediately known. Traders said the building's only fire escape had been blocked by stored goods."),
 ("pettah-wholesale-fire", SENT, "en", 3, 470, 2300, [LK, B], "teaser",
  "'Everything I had was on the third floor': Pettah traders count losses",
  "Traders stood on Second Cross Street until midnight on Tuesday watching smoke pour from the building where many of them had sold cloth, plastic buckets and spices for three generations, most of them without insurance.",
  "\"I bought stock for the Sinhala and Tamil New Year last week, and now it is ash,\" said a textile wholesaler who lost two floors of sarees."),
 ("pettah-wholesale-fire", AP, "en", 3, 600, 800, [SA], "ap",
  "Body found after fire in Sri Lanka's main market district",
  "Firefighters found a body in the charred upper floor of a wholesale building in Colombo's Pettah district early Wednesday, hours after a fire destroyed more than 40 shops, police said.",
  "Police said the dead man was believed to be a porter who had slept in a storeroom of the building.",
  {"city": "Colombo"}),
 ("pettah-wholesale-fire", EVE, "en", 3, 680, 1400, [LK], "",
  "Council to inspect every Pettah building after deadly fire",
  "Colombo Municipal Council will inspect the fire exits, wiring and extinguishers of every multi-storey building in Pettah from next week, the city's municipal commissioner said early Wednesday after the fire on Second Cross Street.",
  "Owners who have blocked stairways with stock will be given 14 days to clear them or face closure."),

 # 3. Strike 1: government doctors' 24-hour token strike from 8 a.m. Wednesday: "strike",
 #    "walkout", "trade union action", "stoppage"; National Hospital first named.
 ("govt-doctors-token-strike", SENT, "en", 3, 30, 3300, [LK, H], "",
  "Government doctors to launch 24-hour token strike on Wednesday",
  "Doctors at the National Hospital in Colombo and every other state hospital will stop work for 24 hours from 8 a.m. on Wednesday in protest against cuts to their transport and research allowances, the Government Medical Officers' Union said on Tuesday.",
  "Maternity and children's hospitals, the cancer hospital in Maharagama and all emergency units will be spared, the union said."),
 ("govt-doctors-token-strike", COURIER, "en", 3, 200, 3000, [LK, H, P], "",
  "Herath urges doctors to call off strike and return to talks",
  "Prime Minister Kumudini Herath urged government doctors on Tuesday night to call off their token strike and keep talking, telling Lanka Talk 94.8's \"Evening Round\": \"No family in this country should be left waiting for help tonight, whether on a mountain road or in a hospital corridor.\"",
  "She said the allowance cuts were part of the budget agreed with the International Monetary Fund and could not be reversed this year."),
 ("govt-doctors-token-strike", PULSE, "en", 3, 280, 3500, [LK, H], "",
  "Doctors' strike: what patients need to know",
  "Outpatient clinics at state hospitals will be closed on Wednesday, but emergency units, maternity wards, children's hospitals and cancer treatment will run as usual, and patients with clinic appointments will be given a new date by text message, the Health Ministry said.",
  "Patients on long-term medicines can collect a month's supply from the hospital pharmacy with their clinic book."),
 ("govt-doctors-token-strike", WIRE, "en", 3, 390, 900, [LK, H], "reuters",
  "Sri Lanka doctors to strike after late talks fail",
  "Sri Lanka's government doctors will go ahead with a 24-hour strike on Wednesday after last-minute talks with the health minister broke up without agreement late on Tuesday, their union said.",
  "The union has about 18,000 members. The government cut doctors' allowances by up to a third in January to meet spending targets set under an International Monetary Fund programme."),
 ("govt-doctors-token-strike", EVE, "en", 3, 450, 2000, [LK, H], "updated",
  "National Hospital brings in army medics as walkout nears",
  "The National Hospital in Colombo will open its emergency treatment unit with 40 army doctors and medical officers on contract during Wednesday's token strike, its director said after talks between the union and the health minister failed on Tuesday night.",
  "The Health Ministry said 27 hospitals would be exempt from the strike, up from the 19 the union had listed."),
 ("govt-doctors-token-strike", KANDY, "en", 3, 640, 1300, [LK, H], "",
  "Kandy patients face wasted journeys as clinics shut",
  "Hundreds of patients who travel to Kandy National Hospital's clinics from Matale, Nuwara Eliya and Kegalle before dawn will find the doors shut on Wednesday because of the doctors' token strike, the hospital's director said.",
  "He asked patients to check the hospital's notice board on its website before setting out."),

 # 4. The Batticaloa night mail train hits a herd of wild elephants near Habarana: 2 -> 3 dead
 #    elephants (a calf); engine derailed; passengers unhurt. "jumbos", "éléphants".
 ("habarana-train-elephants", SENT, "en", 2, 400, 2600, [LK], "",
  "Night mail train hits elephant herd near Habarana, two killed",
  "Two wild elephants were killed when the Batticaloa-bound night mail train ploughed into a herd crossing the railway line near Habarana at about 10:40 p.m. on Tuesday, derailing the engine and one carriage, railway officials said.",
  "None of the roughly 600 passengers was hurt, but the line between Gal Oya and Polonnaruwa was closed."),
 ("habarana-train-elephants", WIRE, "en", 2, 470, 700, [LK, SA], "reuters",
  "Train kills wild elephants in Sri Lanka, derails",
  "A passenger train struck a herd of wild elephants in north-central Sri Lanka late on Tuesday, killing two adults and leaving a calf badly hurt, and derailing the locomotive, officials said.",
  "Sri Lanka lost more than 400 elephants to shooting, poisoning, electrocution and train collisions last year, according to the Department of Wildlife Conservation."),
 ("habarana-train-elephants", NORD, "fr", 2, 540, 250, [SA, W], "actu",
  "Sri Lanka : trois éléphants tués par un train, dont un éléphanteau",
  "Trois éléphants sauvages, dont un éléphanteau, ont été tués mardi soir par un train de nuit qui a percuté un troupeau traversant la voie ferrée près de Habarana, dans le centre-nord du Sri Lanka, ont indiqué les autorités de la faune.",
  "L'éléphanteau, grièvement blessé, est mort dans la nuit malgré les soins des vétérinaires. La locomotive a déraillé, sans faire de blessés parmi les passagers."),
 ("habarana-train-elephants", "upi-like.com", "en", 2, 600, 300, [W], "upi",
  "Three elephants killed as train slams into herd in Sri Lanka",
  "Three wild elephants, including a calf, died after a night train hit a herd crossing the tracks in Sri Lanka's Polonnaruwa district, wildlife officials said Wednesday.",
  "The collision happened on a stretch where trains are supposed to slow to 30 km/h after dark.",
  {"date_en": "March 2"}),
 ("habarana-train-elephants", PULSE, "en", 2, 690, 1900, [LK], "teaser",
  "Why trains keep hitting elephants on the eastern line",
  "Night trains on the line between Gal Oya and Batticaloa cross at least six elephant corridors where herds move between the forests of Minneriya and Kaudulla, and drivers say the speed limits set for those stretches are rarely enforced because trains run late.",
  "Wildlife officials have asked for thermal cameras on engines and for trees to be cleared from the bends where drivers cannot see the track ahead."),

 # 5. The Central Bank cuts its policy rate by 25 basis points to 7.50%.
 ("cbsl-rate-cut", WIRE, "en", 2, 40, 800, [LK, B], "reuters",
  "Sri Lanka central bank cuts policy rate to 7.50%",
  "The Central Bank of Sri Lanka cut its overnight policy rate by 25 basis points to 7.50% on Tuesday, surprising most analysts, saying inflation was expected to stay below its 5% target through the rest of the year.",
  "Eight of eleven economists polled last week had expected the rate to stay on hold."),
 ("cbsl-rate-cut", COURIER, "en", 2, 110, 2100, [LK, B], "",
  "Central Bank trims key rate, urges banks to pass on cut",
  "The Central Bank lowered its key policy interest rate by a quarter of a percentage point to 7.50 per cent on Tuesday and told commercial banks to bring down their lending rates for small businesses quickly, Governor Ruwan Senanayake said.",
  "The Governor said credit to the private sector grew 14 per cent last year, and that growth was still too slow in the regions."),
 ("cbsl-rate-cut", PULSE, "en", 2, 260, 2400, [LK, B], "",
  "What the rate cut means for your loan and your savings",
  "Borrowers with floating-rate housing and vehicle loans should see their monthly instalments fall within one to three months of the Central Bank's rate cut, while fixed deposit rates are likely to drop by a similar amount when deposits are renewed, bankers said.",
  "Anyone on a fixed-rate loan will see no change unless they refinance."),
 ("cbsl-rate-cut", EVE, "en", 2, 500, 1200, [LK, B], "",
  "Two state banks lower lending rates after monetary easing",
  "Two state-owned banks said on Tuesday night they would lower their lending rates by 25 basis points from Monday, the first lenders to respond to the Central Bank's policy rate cut.",
  "Private banks said they would review their rates this week."),

 # 6. Strike 2: tea estate workers stop plucking over the daily wage: "strike", "work stoppage",
 #    "downed tools"; Hatton, Nuwara Eliya, Badulla.
 ("estate-workers-wage-strike", KANDY, "en", 2, 20, 1800, [LK, B], "",
  "Estate workers down tools over daily wage",
  "Tens of thousands of tea pluckers in Hatton, Nuwara Eliya and Badulla stopped work on Tuesday to demand a daily wage of 2,000 rupees, up from 1,350, the Upcountry Plantation Workers' Union said.",
  "The plantation companies say they cannot pay more than 1,550 rupees without a rise in tea prices."),
 ("estate-workers-wage-strike", COURIER, "en", 2, 160, 1500, [LK, B], "",
  "Plantation strike to go on until wage deal, union vows",
  "The Upcountry Plantation Workers' Union said on Tuesday night that its members would stay off the estates until the regional plantation companies agreed to a new daily wage, rejecting a labour ministry call for a week's truce.",
  "Union leader Muthu Sivalingam said workers could not live on 1,350 rupees a day with the price of rice and flour."),
 ("estate-workers-wage-strike", WIRE, "en", 2, 350, 500, [LK, B], "reuters",
  "Sri Lanka tea strike threatens next week's Colombo auction supply",
  "A strike by tens of thousands of Sri Lankan tea workers over pay could cut the volume offered at the Colombo tea auction next week by as much as a fifth, brokers said on Tuesday.",
  "Sri Lanka earned about $1.4 billion from tea exports last year."),
 ("estate-workers-wage-strike", EVE, "en", 2, 580, 900, [LK], "",
  "Nuwara Eliya tea factories fall silent as pluckers stay away",
  "Most of the tea factories around Nuwara Eliya stopped their withering troughs and rollers on Tuesday evening because no green leaf had come in from the estates since morning, factory managers said.",
  "Green leaf cannot be stored for more than a day, so a long strike would mean lost production rather than a delay."),

 # 7. Fire 2: the Horton Plains grassland fire: "fire", "blaze", "bushfire"; 200 -> 350 hectares;
 #    park closed; two Swiss hikers helped out (ATS).
 ("horton-plains-fire", KANDY, "en", 2, 70, 1400, [LK], "",
  "Fire sweeps across Horton Plains grassland",
  "A fire that broke out on Tuesday afternoon near the World's End trail in Horton Plains National Park had burnt about 200 hectares of grassland by evening, and wildlife officers, soldiers and the Nuwara Eliya fire brigade were trying to stop it reaching the cloud forest, park officials said.",
  "The park has had no rain for more than six weeks."),
 ("horton-plains-fire", PULSE, "en", 2, 240, 1600, [LK], "",
  "Horton Plains closed to visitors on Wednesday",
  "Horton Plains National Park will stay closed to visitors on Wednesday and tickets bought online will be refunded, the Department of Wildlife Conservation said on Tuesday night as the fire in the park kept burning.",
  "Hotels in Nuwara Eliya and Ohiya said tourists had been turned back at the Pattipola gate."),
 ("horton-plains-fire", "agence-alpes.ch", "fr", 2, 420, 200, [W], "ats",
  "Sri Lanka : deux randonneuses suisses évacuées d'un parc en feu",
  "Deux randonneuses suisses ont été évacuées mardi du parc national de Horton Plains, au Sri Lanka, où un incendie a détruit des centaines d'hectares de prairies d'altitude, a indiqué le Département fédéral des affaires étrangères (DFAE).",
  "Les deux femmes, originaires du canton de Vaud, sont saines et sauves.",
  {"city": "Berne"}),
 ("horton-plains-fire", AP, "en", 2, 520, 400, [SA], "ap",
  "Sri Lanka air force helicopters drop water on national park blaze",
  "Air force helicopters dropped water on a fire that has burnt about 350 hectares of high grassland in Sri Lanka's Horton Plains National Park, a UNESCO-listed highland reserve, officials said Wednesday.",
  "Officials said the fire may have been started by illegal gem miners clearing ground.",
  {"city": "Nuwara Eliya"}),

 # 8. Oil spill in Galle fishery harbour after a trawler sank: "spill", "slick", "leak".
 ("galle-harbour-diesel-spill", SOUTH, "en", 2, 100, 1700, [LK], "caption",
  "Trawler sinks in Galle harbour, diesel slick spreads",
  "A multi-day fishing trawler sank at its mooring in Galle fishery harbour on Tuesday afternoon, spilling several thousand litres of diesel that spread across the harbour by evening, the Marine Environment Protection Authority said.",
  "Fishermen were told not to take their boats out of the harbour until the slick was contained.",
  {"caption": "Fishermen watch from the breakwater as a sunken trawler's mast sticks out of oily water in Galle fishery harbour on Tuesday evening.",
   "site": "The Southern Herald"}),
 ("galle-harbour-diesel-spill", COURIER, "en", 2, 270, 1200, [LK], "",
  "Navy lays booms to contain Galle oil slick",
  "The navy laid floating booms across the mouth of Galle fishery harbour on Tuesday night to stop diesel from a sunken trawler drifting towards Unawatuna, and the Marine Environment Protection Authority said about 6,000 litres had leaked.",
  "The trawler's owner said it had been taking on water for a week after a collision with another boat."),
 ("galle-harbour-diesel-spill", AP, "en", 2, 450, 300, [SA], "place",
  "Diesel leaks from sunken fishing boat in Sri Lankan harbour",
  "The Sri Lankan navy was trying early Wednesday to contain about 6,000 liters of diesel that leaked from a fishing trawler that sank in the southern port of Galle, officials said.",
  "", {"city": "Galle"}),
 ("galle-harbour-diesel-spill", PULSE, "en", 2, 610, 1500, [LK], "",
  "Is Unawatuna safe to swim? What we know about the Galle slick",
  "Swimming at Unawatuna and Jungle Beach is still safe for now because the diesel from the sunken trawler has stayed inside Galle fishery harbour behind the navy's booms, but bathers should leave the water if they smell fuel or see a sheen, the Marine Environment Protection Authority said.",
  "Hotel owners have been asked to report any oil on the sand to the authority's hotline."),

 # 9. Court case 1: former state minister Lalith Pathirage convicted over fertiliser tender bribes.
 ("fertiliser-tender-verdict", COURIER, "en", 2, 10, 2800, [LK, P], "",
  "Ex-state minister Pathirage jailed 12 years over fertiliser bribe",
  "Former state minister of agriculture Lalith Pathirage was sentenced to 12 years in prison by the Colombo High Court on Tuesday after being found guilty of taking a 45 million rupee bribe from a company bidding for a state fertiliser import tender in 2022.",
  "The three-judge bench also ordered him to pay a fine of 45 million rupees."),
 ("fertiliser-tender-verdict", WIRE, "en", 2, 125, 700, [LK, P], "reuters",
  "Former Sri Lankan minister jailed for bribery over fertiliser deal",
  "A Sri Lankan court jailed a former junior agriculture minister for 12 years on Tuesday for accepting a bribe over a fertiliser import contract awarded during the country's 2022 economic crisis.",
  "He is the most senior politician convicted under the anti-corruption law passed in 2023."),
 ("fertiliser-tender-verdict", SENT, "en", 2, 310, 1900, [LK, P], "",
  "Pathirage to appeal, says evidence was fabricated",
  "Lawyers for Lalith Pathirage said on Tuesday night they would appeal his bribery conviction to the Court of Appeal, arguing that the recording of his phone call with the fertiliser importer had been edited.",
  "Pathirage, 58, was taken to Welikada prison after the verdict."),
 ("fertiliser-tender-verdict", EVE, "en", 2, 550, 1000, [LK, P], "",
  "What the fertiliser tender case was about",
  "The case against Lalith Pathirage began with a 2022 tender to import 65,000 tonnes of urea for the paddy season, which was awarded to the highest of three bidders after a technical committee rejected the two cheaper offers, the Bribery Commission told the court.",
  "The company's managing director, who turned state witness, said he had paid the bribe in cash in a hotel car park in Colombo."),

 # 10. Court case 2: 14 Indian fishermen arrested off Delft island, remanded by the Kayts
 #     magistrate; five from Karaikal (Puducherry); "fishermen", "pêcheurs".
 ("delft-trawler-arrests", PEN, "en", 2, 60, 1300, [LK], "",
  "Navy arrests 14 Indian fishermen off Delft",
  "The Sri Lanka Navy arrested 14 Indian fishermen and seized two bottom trawlers in Sri Lankan waters off Delft island before dawn on Tuesday, and the Kayts magistrate remanded them until March 16, the navy said.",
  "Northern fishermen's societies say Indian bottom trawlers destroy their nets several nights a week."),
 ("delft-trawler-arrests", "madrasdispatch.in", "en", 2, 180, 1100, [SA, P], "colon",
  "Tamil Nadu CM writes to PM over arrest of 14 fishermen",
  "Tamil Nadu Chief Minister K. Ilango wrote to the Prime Minister on Tuesday asking New Delhi to secure the release of 14 fishermen from Rameswaram and Karaikal arrested by the Sri Lankan navy, the third such arrest this year.",
  "He said 61 Indian fishermen were now held in Sri Lanka and 180 of their boats were impounded there.",
  {"city": "Chennai"}),
 ("delft-trawler-arrests", "courrierdepondichery.in", "fr", 2, 320, 300, [SA], "byline_fr",
  "Cinq pêcheurs de Karikal arrêtés par la marine sri-lankaise",
  "Cinq pêcheurs de Karikal figurent parmi les quatorze marins indiens arrêtés mardi par la marine sri-lankaise au large de l'île de Delft et placés en détention provisoire jusqu'au 16 mars par un juge de Kayts, a indiqué la direction des pêches de Pondichéry.",
  "Leur chalutier, acheté à crédit l'an dernier, a été saisi.",
  {"site": "Le Courrier de Pondichéry", "author": "Arulmozhi Varadane"}),
 ("delft-trawler-arrests", "pondyactu.in", "fr", 2, 430, 200, [SA], "soutien",
  "Karikal : les familles des pêcheurs détenus au Sri Lanka manifestent",
  "Une centaine de proches des pêcheurs détenus au Sri Lanka se sont rassemblés mardi soir devant le port de pêche de Karikal pour réclamer leur libération et une aide du territoire de Pondichéry.",
  "Les femmes des pêcheurs disent ne plus pouvoir rembourser les prêts des bateaux."),
 ("delft-trawler-arrests", AP, "en", 2, 630, 300, [SA], "ap",
  "India and Sri Lanka to hold fisheries talks after new arrests",
  "India and Sri Lanka will hold talks on the fishing dispute in the Palk Strait later this month, officials said Wednesday, after Sri Lanka's navy arrested 14 more Indian fishermen.",
  "Sri Lankan fishermen have demanded a complete ban on bottom trawling in the strait.",
  {"city": "Jaffna"}),

 # 11. Provincial council elections set for May 29; Parliament votes Thursday on the amended
 #     delimitation bill; "polls", "elections", "vote".
 ("provincial-council-polls", COURIER, "en", 2, 140, 2500, [LK, P], "",
  "Provincial council elections set for May 29",
  "Elections to Sri Lanka's nine provincial councils will be held on May 29, the Election Commission said on Tuesday, ending a delay of more than eight years since the councils' terms ran out.",
  "Nominations will open on April 5."),
 ("provincial-council-polls", SENT, "en", 2, 290, 1700, [LK, P], "",
  "Parliament to vote Thursday on delimitation bill before PC polls",
  "Parliament will vote on Thursday on a bill restoring the old proportional system for provincial council elections, the last step needed before the May 29 polls can go ahead, the Leader of the House said on Tuesday.",
  "The government says it has the two-thirds majority needed, but two coalition partners have not said how they will vote."),
 ("provincial-council-polls", PEN, "en", 2, 370, 1400, [LK, P], "",
  "North to elect its council for the first time since 2013",
  "Voters in the Northern Province will elect a provincial council on May 29 for the first time since 2013, and Tamil parties in Jaffna said on Tuesday they would try to agree on a single list of candidates.",
  "The last Northern Provincial Council was dissolved in 2018."),
 ("provincial-council-polls", PULSE, "en", 2, 660, 1300, [LK, P], "",
  "How to check you are on the electoral register",
  "Voters can check whether they are registered for the May 29 provincial council elections by entering their national identity card number on the Election Commission's website, or by asking their Grama Niladhari, the commission said.",
  "Anyone missing from the 2026 register can lodge a claim at the district election office until March 20."),

 # 12. Nepal to sell 200 MW to Bangladesh through India (shared byline line, post 55).
 ("nepal-bangladesh-power-sale", WIRE, "en", 1, 250, 400, [SA, B], "reuters_line",
  "Nepal signs deal to sell 200 MW of hydropower to Bangladesh",
  "Nepal's state power utility signed a five-year agreement on Tuesday to sell up to 200 megawatts of hydropower a year to Bangladesh during the monsoon months, sending it across India's grid, officials of both countries said.",
  "India's grid operator will charge a transmission fee that has not been disclosed."),
 ("nepal-bangladesh-power-sale", "valleypost.com.np", "en", 1, 330, 300, [SA, B], "colon",
  "Power exports to Bangladesh to earn Rs 9 billion a year",
  "Nepal will earn about 9 billion Nepali rupees a year from selling monsoon electricity to Bangladesh under the deal signed on Tuesday, the Nepal Electricity Authority said.",
  "Nepal already sells up to 1,000 MW to India in the rainy season.",
  {"city": "Kathmandu"}),
 ("nepal-bangladesh-power-sale", "dhakamail.com.bd", "en", 1, 480, 250, [SA, B], "",
  "Nepali hydropower to reach Bangladesh grid from June",
  "The first Nepali electricity bought under the new cross-border deal will reach Bangladesh's grid in June through the Baharampur-Bheramara line, the power division said on Tuesday.",
  ""),

 # 13. The Maldives refinances its $500 million sukuk (shared byline line, post 58).
 ("maldives-sukuk-refinancing", WIRE, "en", 1, 255, 450, [SA, B], "reuters_line",
  "Maldives secures Gulf-backed deal to refinance $500 million sukuk",
  "The Maldives has agreed a $500 million loan from a group of Gulf banks to repay an Islamic bond falling due in April, easing fears of a default, the finance ministry in Male said on Tuesday.",
  "The country's dollar bonds rose sharply on the news."),
 ("maldives-sukuk-refinancing", "gulf-wire.com", "en", 1, 380, 200, [W, B], "kuna",
  "Gulf lenders to refinance Maldives Islamic bond",
  "A group of Gulf banks will lend the Maldives $500 million to repay its maturing sukuk, the Maldivian finance ministry said on Tuesday, in a deal that officials said followed months of talks.",
  "", {"city": "Male", "date_en": "Mar 2"}),
 ("maldives-sukuk-refinancing", "echodesmascareignes.re", "fr", 1, 500, 150, [W, B], "publie",
  "Les Maldives évitent le défaut de paiement grâce aux banques du Golfe",
  "Les Maldives ont obtenu un prêt de 500 millions de dollars de banques du Golfe pour rembourser une obligation islamique arrivant à échéance en avril, a annoncé mardi le ministère des Finances à Malé.",
  "L'archipel, dont les réserves de change couvrent moins de deux mois d'importations, dépend presque entièrement du tourisme.",
  {"site": "L'Écho des Mascareignes"}),
 ("maldives-sukuk-refinancing", NORD, "fr", 1, 570, 150, [W, B], "lire",
  "Maldives : un prêt des pays du Golfe pour rembourser un sukuk",
  "Les Maldives vont rembourser leur sukuk de 500 millions de dollars arrivant à échéance en avril grâce à un prêt de banques du Golfe, écartant la menace d'un défaut de paiement, selon le gouvernement.",
  "Les agences de notation avaient abaissé la note du pays l'an dernier.",
  {"also": "Sri Lanka : au moins 13 morts dans la chute d'un bus dans un ravin"}),

 # 14. Filler: the lottery draw, the weather bulletin, the Galle Test, the horoscope, a promo.
 ("lanka-fortune-draw-mar2", "lankafortune.lk", "en", 0, 215, 1500, ["Lottery"], "",
  "Lanka Fortune results for Tuesday, March 2",
  "The winning numbers in Tuesday night's Lanka Fortune draw were 07, 19, 24, 38 and 52 with the letter K, and the jackpot of 48 million rupees rolls over to Friday after no ticket matched all of them.",
  "Three tickets sold in Kurunegala, Matara and Negombo matched four numbers and the letter."),
 ("weather-colombo-wed", "lankaweatherdaily.lk", "en", 0, 650, 1900, ["Weather"], "",
  "Wednesday weather: hot and dry, evening showers in the south-west",
  "Colombo and the Western Province can expect a hot, mainly dry day on Wednesday with a high of 33C, and a few thundershowers may develop in the Sabaragamuwa and Southern provinces after 2 p.m., the Department of Meteorology said.",
  "The heat index may reach the 'caution' level in the North Central and Northern provinces."),
 ("galle-test-day-one", SOUTH, "en", 0, 45, 2800, ["Sports"], "",
  "Mendis hundred puts Sri Lanka in charge on day one in Galle",
  "Kasun Mendis scored an unbeaten 126 as Sri Lanka reached 301 for four at stumps on the first day of the first Test against Bangladesh at the Galle International Stadium on Tuesday.",
  "Bangladesh's spinners took all four wickets."),
 ("galle-test-day-one", "cricketlankadaily.lk", "en", 0, 80, 2200, ["Sports"], "",
  "Sri Lanka 301-4 at stumps as Bangladesh toil in Galle heat",
  "Sri Lanka chose to bat and finished the opening day of the Galle Test on 301 for four, with Kasun Mendis 126 not out and Dilan Rajapaksha 58 not out after an unbroken stand of 141.",
  "Play starts at 10 a.m. on Wednesday."),
 ("horoscope-wed-mar3", "lankastars.lk", "en", 0, 2, 1200, ["Horoscope"], "",
  "Your horoscope for Wednesday, March 3",
  "Aries, an old friend will ask a favour today, and saying yes will cost you less than you fear.",
  "Taurus: a delayed payment finally arrives. Gemini: keep your plans to yourself until Friday."),
 ("promo-colombo-courier-epaper", COURIER, "en", 0, 15, 150, ["Promo"], "",
  "Read tomorrow's Colombo Courier tonight with our e-paper",
  "Subscribe to The Colombo Courier e-paper and read the full next-day edition from 11 p.m., with every page, every supplement and our archive since 1998, for 750 rupees a month.",
  "The first month is free for new readers. Pay with any bank card or mobile wallet."),
]
