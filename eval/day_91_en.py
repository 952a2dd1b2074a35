# Day 91 (hold-out): a Guyana English channel, morning edition of Wednesday 11 August 2027
# (window 17:00 Tuesday - 05:00 Wednesday Georgetown, America/Guyana = UTC-4, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Prime Minister Orlando Hinds on Radio Berbice
#   100.9's "Night Line" on Tuesday evening, quoted about the New Amsterdam power-cut protest
#   (post 26) and about the Corentyne bridge agreement (post 32), both carrying "Berbice has been
#   patient for too long, and this government is not going to ask it to be patient any longer.";
# - a shared wire byline line ("Caribbean Desk | Updated: 08-10-2027 22:15 GYT"): Suriname's central
#   bank rate rise (post 54) and the Barbados cruise passenger levy (post 57), unrelated stories;
# - the same town, New Amsterdam: the deadly rice-mill fire (posts 1-7) and the power-cut protest
#   (posts 24-27), with the same Region Six chairman (Davindra Lall) and the same Berbice police
#   commander (Ravi Dhanraj) in both; the same hospital, New Amsterdam Regional Hospital, takes the
#   fire's injured (posts 1, 2) and a protester hurt in the crush (post 25);
# - the same town, Bartica: the Essequibo speedboat collision (posts 13-16, injured at Bartica
#   Regional Hospital) and the Bartica Secondary School fire (posts 49-51);
# - the same hospital in Georgetown: the Georgetown Public Hospital takes the East Bank crash's
#   injured (posts 8-12) and is the victim in the dialysis fraud trial (posts 34-37);
# - look-alike stories: two fires (the New Amsterdam rice mill, the Bartica school block); two
#   road/river accidents (the minibus-tanker crash at Diamond, the speedboat collision off Parika);
#   two court cases in Georgetown with the same Director of Public Prosecutions (Shalimar Ally):
#   the dialysis-supplies fraud trial before the Chief Magistrate (posts 34-37) and the Stabroek
#   vendor murder verdict at the High Court (posts 38-41); a strike and a demonstration (Linden
#   bauxite strike, posts 17-23; New Amsterdam power-cut protest, posts 24-27), with Labour
#   Minister Keisha Adams-Benn in the strike and in the rice-mill fire (post 5, safety inspectors);
#   the Natural Resource Fund withdrawal vote (posts 42-46) names the Corentyne bridge and the sea
#   defences as things the money would pay for, but is its own story; the weather bulletin's
#   high-tide advisory (post 62) is kept apart from the Mahaica sea-wall breach (posts 47-48, 52-53);
#   the French bridge post's "Lire aussi" names the Suriname rate rise (post 30);
# - one story in two languages with different words: the Corentyne bridge ("bridge", "crossing",
#   "span", "Corentyne"; "pont", "ouvrage", "franchissement", "fleuve Courantyne") by Wire West,
#   AP-like and local papers in English and by Agence Nord, Agence Alpes and L'Echo de Cayenne in
#   French (posts 28-33);
# - stories told from other angles: the rice farmers' harvest (post 4), how to help the fire
#   victims (post 6), the minibus route's safety record (post 11), who pays during the strike
#   (post 23), the power-cut checklist (post 27), what the bridge means for Corentyne traders
#   (post 33), the NRF explainer (post 45), what to do when floodwater enters your home (post 53);
# - posts in French: posts 7, 22, 28, 29, 30, 31, 55 (seven);
# - a promo posted alone (post 64); filler of importance 0: the T20 result (posts 60-61), the
#   weather bulletin (post 62), the horoscope (post 63), the lottery draw (post 65).
NAME = "2027-08-11-en-morning-georgetown-h91"
CHANNEL = {"lang": "en", "tz": "America/Guyana"}
WINDOW = ("2027-08-10T21:00:00Z", "2027-08-11T09:00:00Z")
CTX = {"stamp": "08-10-2027 22:15", "city": "Georgetown", "date_fr": "10 août",
       "date_en": "Aug. 10", "author": "Rohini Baksh",
       "clarify": "the number of workers who were inside the mill when the fire started",
       "caption": "", "also": "", "country": "Guyana",
       "line": "Caribbean Desk | Updated: 08-10-2027 22:15 GYT"}
# The editor's top 5: the deadly New Amsterdam rice-mill fire, the East Bank minibus-tanker crash,
# the Linden bauxite strike, the Corentyne bridge agreement with Suriname, the Natural Resource
# Fund withdrawal vote.
TOP5 = ["new-amsterdam-rice-mill-fire", "east-bank-minibus-tanker-crash", "linden-bauxite-strike",
        "corentyne-bridge-agreement", "nrf-withdrawal-vote"]
GY = "Guyana"
CAR = "Caribbean"
B = "Business"
P = "Politics"
H = "Health"
J = "Justice"
CHRON = "demerarachronicle.gy"
STAR = "berbicestar.gy"
TIDE = "essequibotide.com"
NEWSR = "newsroomgy.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
ECHO = "echodecayenne.fr"
UPI = "upi-like.com"
POSTS = [
 # 1. New Amsterdam rice-mill fire: 3 dead -> 4 dead; "fire", "blaze", "inferno"; injured at New
 #    Amsterdam Regional Hospital.
 ("new-amsterdam-rice-mill-fire", STAR, "en", 3, 195, 3900, [GY], "caption",
  "Three workers dead as fire guts New Amsterdam rice mill",
  "Three workers were killed and six others injured on Tuesday night when a fire swept through the Kissoon Brothers rice mill on Stanleytown Road in New Amsterdam, the Guyana Fire Service said.",
  "The blaze started in the drying shed at about 7:40 p.m. and spread to the storage bond within minutes, witnesses said. The injured were taken to the New Amsterdam Regional Hospital.",
  {"caption": "Firefighters pour water on the burning storage bond of the Kissoon Brothers rice mill in New Amsterdam on Tuesday night."}),
 ("new-amsterdam-rice-mill-fire", NEWSR, "en", 3, 290, 3100, [GY], "updated",
  "Rice mill blaze death toll rises to four",
  "A fourth worker has died after Tuesday night's fire at a rice mill in New Amsterdam, a spokesman for the New Amsterdam Regional Hospital said shortly before 10 p.m., bringing the toll to four.",
  "Eleven workers were on the night shift when the fire broke out, the mill's owners said; seven got out unhurt or with minor burns. Two of the injured are in a serious condition."),
 ("new-amsterdam-rice-mill-fire", WIRE, "en", 3, 340, 1500, [GY, CAR], "",
  "Four killed in fire at Guyana rice mill",
  "Four people were killed when fire destroyed a rice mill in the Guyanese town of New Amsterdam on Tuesday night, officials said, in the country's deadliest industrial blaze in more than a decade.",
  "The cause of the fire was not yet known. Firefighters from three stations fought the flames for nearly three hours."),
 ("new-amsterdam-rice-mill-fire", STAR, "en", 2, 420, 1700, [GY, B], "",
  "Farmers fear for harvest after mill fire",
  "Rice farmers on the Canje and the East Bank of Berbice said on Tuesday night they do not know where to take their paddy after the fire at Kissoon Brothers, which mills about a fifth of the region's crop, in the middle of the second-crop harvest.",
  "Regional Chairman Davindra Lall said the Region Six office would ask other mills to take extra paddy and would meet the Rice Producers Association on Wednesday."),
 ("new-amsterdam-rice-mill-fire", CHRON, "en", 2, 480, 1300, [GY], "",
  "Labour Ministry sends safety inspectors to burnt mill",
  "Labour Minister Keisha Adams-Benn said on Tuesday night that occupational safety inspectors would be at the burnt-out rice mill in New Amsterdam at first light to examine its fire exits and extinguishers.",
  "Berbice police commander Ravi Dhanraj said the area had been cordoned off and no cause would be given until fire investigators finished their work."),
 ("new-amsterdam-rice-mill-fire", NEWSR, "en", 1, 560, 900, [GY], "donate",
  "How to help the families of the rice mill fire victims",
  "The Region Six office in New Amsterdam will collect food, clothes and cash for the families of the four workers killed in the rice mill fire from 8 a.m. on Wednesday, Regional Chairman Davindra Lall said.",
  "Money can also be sent to the Berbice Relief Fund at any branch of the Guyana People's Bank. Blood donors are asked to go to the New Amsterdam Regional Hospital."),
 ("new-amsterdam-rice-mill-fire", NORD, "fr", 2, 600, 300, [GY, CAR], "byline_fr",
  "Guyana : quatre morts dans l'incendie d'une rizerie",
  "Quatre ouvriers ont péri mardi soir dans l'incendie d'une rizerie à New Amsterdam, ville de l'est du Guyana, ont annoncé les pompiers guyaniens.",
  "Le feu s'est déclaré dans un hangar de séchage et s'est propagé à l'entrepôt. Six blessés ont été hospitalisés.",
  {"author": "Camille Norrin"}),

 # 2. East Bank Demerara minibus-tanker crash at Diamond: 5 dead -> 6; "crash", "collision",
 #    "smash-up"; injured at Georgetown Public Hospital.
 ("east-bank-minibus-tanker-crash", CHRON, "en", 3, 100, 3400, [GY], "",
  "Five dead as minibus slams into fuel tanker at Diamond",
  "Five people were killed on Tuesday evening when a Route 42 minibus collided head-on with a fuel tanker on the East Bank Demerara Public Road at Diamond, police said.",
  "The minibus, heading to Georgetown with 14 passengers, was overtaking a car when the crash happened at about 6:10 p.m., witnesses said."),
 ("east-bank-minibus-tanker-crash", WIRE, "en", 3, 230, 1400, [GY], "reuters",
  "Six killed in Guyana minibus crash",
  "A sixth person died on Tuesday night after a minibus and a fuel tanker collided on the main highway south of Guyana's capital, police said, making it the country's deadliest road accident this year.",
  "Nine passengers were being treated at the Georgetown Public Hospital, two of them in critical condition."),
 ("east-bank-minibus-tanker-crash", NEWSR, "en", 3, 260, 2600, [GY], "",
  "Diamond smash-up: tanker driver in custody, road reopened",
  "The driver of the fuel tanker involved in Tuesday's deadly smash-up at Diamond was taken into custody and is helping police with their investigation, the Traffic Chief said, after the East Bank road was reopened at 9:15 p.m.",
  "The tanker, which was carrying 9,000 gallons of diesel, did not leak, the fire service said. Traffic had been backed up to Providence for three hours."),
 ("east-bank-minibus-tanker-crash", CHRON, "en", 2, 410, 1200, [GY], "",
  "Route 42 has seen 19 deaths in two years",
  "The Diamond crash brings to 19 the number of people killed on the East Bank Demerara road in minibus accidents since August 2025, according to police figures, more than on any other route in the country.",
  "Minibus operators blame the narrow shoulders and the lack of lights south of Providence; the police blame speeding and overtaking."),
 ("east-bank-minibus-tanker-crash", TIDE, "en", 2, 520, 800, [GY], "",
  "Families gather at GPH after East Bank crash",
  "Relatives of the passengers in Tuesday's minibus crash at Diamond waited outside the Georgetown Public Hospital late into the night for news of the nine injured, two of whom were taken into surgery.",
  "The hospital asked for O-negative blood donors to come forward on Wednesday morning."),

 # 3. Essequibo River speedboat collision off Parika: 2 dead, 1 missing -> body found; injured at
 #    Bartica Regional Hospital.
 ("essequibo-speedboat-collision", TIDE, "en", 2, 65, 2200, [GY], "",
  "Two dead, one missing after speedboats collide on Essequibo",
  "Two passengers were killed and one is missing after two speedboats collided on the Essequibo River near Fort Island on Tuesday afternoon, the Maritime Administration Department said.",
  "One boat was travelling from Parika to Bartica and the other was returning to Parika. Eleven people were pulled from the water by fishermen."),
 ("essequibo-speedboat-collision", UPI, "en", 2, 300, 400, [GY], "upi",
  "Guyana river boat crash kills two",
  "Two people died and one was missing after two passenger boats collided on Guyana's Essequibo River on Tuesday, officials said.",
  "", {"date_en": "Aug. 10"}),
 ("essequibo-speedboat-collision", NEWSR, "en", 2, 450, 1500, [GY], "",
  "Missing passenger's body found after Essequibo boat mishap",
  "Coast guard divers on Tuesday night recovered the body of a woman who went missing when two speedboats collided on the Essequibo River, raising the death toll to three.",
  "Four injured passengers were taken to the Bartica Regional Hospital; one was flown to Georgetown."),
 ("essequibo-speedboat-collision", TIDE, "en", 1, 610, 700, [GY], "",
  "Boat captains to face questions, MARAD suspends licences",
  "The Maritime Administration Department suspended the licences of both captains involved in Tuesday's collision on the Essequibo River and said it would check whether either boat carried life jackets for every passenger.",
  "Parika boat operators said the river was busy with gold-field traffic and that no speed limit is enforced."),

 # 4. Linden bauxite strike: Demerara Bauxite Holdings; "strike", "walkout", "industrial action";
 #    Labour Minister calls talks at 10 a.m. Wednesday.
 ("linden-bauxite-strike", CHRON, "en", 3, 20, 2700, [GY, B], "",
  "Linden bauxite workers walk off the job over pay",
  "About 900 workers at Demerara Bauxite Holdings' mines and plant in Linden stopped work on Tuesday to demand a 12 percent pay rise, halting shipments of calcined bauxite for the first time since 2019.",
  "The Guyana Mine Workers Union said the company's offer of 4 percent was an insult after two years of frozen wages."),
 ("linden-bauxite-strike", NEWSR, "en", 3, 150, 2300, [GY, B], "",
  "Labour Minister summons bauxite union and company to talks",
  "Labour Minister Keisha Adams-Benn called the Guyana Mine Workers Union and Demerara Bauxite Holdings to talks at her Georgetown office at 10 a.m. on Wednesday, as the strike at the Linden mines ended its first day.",
  "\"Nobody gains from a long stoppage in Linden,\" she said."),
 ("linden-bauxite-strike", AP, "en", 2, 250, 500, [GY, B], "ap",
  "Strike halts bauxite shipments in Guyana",
  "A strike by about 900 workers has halted bauxite shipments from Guyana's main mining town, the union and the company said Tuesday.",
  "Demerara Bauxite Holdings said a barge due to load on Wednesday would wait at the Linden wharf.",
  {"city": "Linden"}),
 ("linden-bauxite-strike", STAR, "en", 2, 330, 900, [GY], "",
  "Berbice miners pledge support for Linden strikers",
  "Workers at the Kwakwani bauxite operations on the Berbice River said on Tuesday night they would stage a one-hour solidarity stoppage on Wednesday in support of the Linden strikers.",
  ""),
 ("linden-bauxite-strike", WIRE, "en", 2, 400, 800, [GY, B], "",
  "Guyana bauxite walkout adds to pressure on producer",
  "The walkout at Demerara Bauxite Holdings comes as the company tries to fill a contract for refractory-grade bauxite with a European buyer, and each day of industrial action costs it about $400,000 in lost sales, two people familiar with the matter said.",
  "The company declined to comment on the figure."),
 ("linden-bauxite-strike", NORD, "fr", 2, 470, 200, [GY, B], "actu",
  "Guyana : grève dans les mines de bauxite de Linden",
  "Quelque 900 mineurs de la bauxite se sont mis en grève mardi à Linden, au Guyana, pour réclamer une hausse de salaire de 12 %, paralysant les expéditions du minerai.",
  "La ministre du Travail a convoqué le syndicat et la direction mercredi matin."),
 ("linden-bauxite-strike", CHRON, "en", 1, 580, 1100, [GY], "",
  "Strike: what it means for Linden families",
  "Strikers will not be paid for the days they stay off the job, the union reminded members on Tuesday night, but it said its hardship fund would give each family G$10,000 a week from Friday if the stoppage continues.",
  "Shops on Republic Avenue said sales had already slowed."),

 # 5. New Amsterdam power-cut protest (a demonstration, not a strike): march to the power company;
 #    same town, chairman and police commander as the rice-mill fire; radio quote.
 ("new-amsterdam-power-protest", STAR, "en", 2, 90, 2400, [GY], "caption",
  "Hundreds march in New Amsterdam over blackouts",
  "Several hundred residents marched through New Amsterdam on Tuesday evening to the office of the Guyana Power and Light Company to protest against a week of daily blackouts that have lasted up to 14 hours.",
  "Marchers carried candles and dead fridge parts. Regional Chairman Davindra Lall addressed the crowd on Main Street and promised to take their complaints to Georgetown.",
  {"caption": "Residents carry candles and placards on Main Street, New Amsterdam, during Tuesday evening's march against the blackouts."}),
 ("new-amsterdam-power-protest", NEWSR, "en", 2, 185, 1500, [GY], "",
  "Police push back protesters at power company gate",
  "Police pushed back protesters who tried to force the gate of the power company's New Amsterdam office on Tuesday evening, and one woman was taken to the New Amsterdam Regional Hospital after she fell in the crush, Berbice police commander Ravi Dhanraj said.",
  "The crowd had dispersed by 8 p.m., he said. No one was arrested."),
 ("new-amsterdam-power-protest", CHRON, "en", 2, 270, 1600, [GY, P], "",
  "PM promises Berbice new generator by October",
  "Prime Minister Orlando Hinds said on Tuesday that a new 30-megawatt generator for the Berbice grid would be running by October, telling Radio Berbice 100.9's \"Night Line\": \"Berbice has been patient for too long, and this government is not going to ask it to be patient any longer.\"",
  "He said the blackouts came from the breakdown of two old engines at the Canefield station."),
 ("new-amsterdam-power-protest", STAR, "en", 1, 540, 1300, [GY], "",
  "Blackouts: how to keep your food and medicine safe",
  "Keep your fridge door shut during a blackout and food will stay cold for about four hours, the Berbice health office advised on Tuesday night, as the power company said load-shedding would continue in New Amsterdam for at least another week.",
  "Insulin can be kept in a clay pot with a damp cloth for a short time. Never run a generator indoors."),

 # 6. Corentyne bridge agreement with Suriname, in English and French with different words;
 #    radio quote; French "Lire aussi" names the Suriname rate rise.
 ("corentyne-bridge-agreement", NORD, "fr", 3, 10, 700, [GY, CAR], "afp",
  "Le Guyana et le Suriname signent l'accord du pont sur le Courantyne",
  "Le Guyana et le Suriname ont signé mardi à Georgetown l'accord de construction d'un pont sur le fleuve Courantyne, qui sépare les deux pays, un ouvrage de 3,1 km estimé à 350 millions de dollars.",
  "Les travaux doivent commencer en 2028 et durer trois ans, selon le gouvernement guyanien."),
 ("corentyne-bridge-agreement", ALPES, "fr", 2, 120, 250, [CAR], "ats",
  "Amérique du Sud : un premier pont entre Suriname et Guyana",
  "Le Suriname et son voisin le Guyana seront reliés pour la première fois par la route grâce à un franchissement du Courantyne dont la convention a été paraphée mardi, a indiqué le ministère surinamais des Travaux publics à Paramaribo.",
  "Aujourd'hui, un bac relie les deux rives deux fois par jour.",
  {"city": "Paramaribo"}),
 ("corentyne-bridge-agreement", ECHO, "fr", 2, 380, 900, [CAR], "lire",
  "Un pont sur le Courantyne : la Guyane regarde vers l'ouest",
  "La signature du traité sur le pont entre le Suriname et le Guyana ouvre la perspective d'une route continue de Cayenne à Georgetown, se sont félicités mardi soir les transporteurs de Saint-Laurent-du-Maroni.",
  "Il manque encore un pont sur le Maroni pour relier la Guyane au Suriname.",
  {"also": "Suriname : la banque centrale relève son taux directeur à 14 %"}),
 ("corentyne-bridge-agreement", ECHO, "fr", 1, 640, 300, [CAR], "soutien",
  "Pont du Courantyne : ce que l'on sait",
  "Le futur pont reliera Moleson Creek, côté guyanien, à South Drain, côté surinamais, et sera financé à parts égales par les deux pays et un prêt de la Banque de développement des Caraïbes, selon le texte signé mardi.",
  "Un poste frontière commun sera construit sur la rive guyanienne."),
 ("corentyne-bridge-agreement", CHRON, "en", 3, 215, 2900, [GY, P], "",
  "Guyana, Suriname sign Corentyne bridge deal",
  "Guyana and Suriname on Tuesday signed the agreement to build a 3.1-kilometre bridge across the Corentyne River from Moleson Creek to South Drain, and Prime Minister Orlando Hinds told Radio Berbice 100.9's \"Night Line\": \"Berbice has been patient for too long, and this government is not going to ask it to be patient any longer.\"",
  "The US$350 million span is to be built from 2028 and open in 2031."),
 ("corentyne-bridge-agreement", STAR, "en", 2, 500, 1400, [GY, B], "",
  "Corentyne traders say crossing will end ferry queues",
  "Traders at Skeldon and Corriverton said on Tuesday night that the planned Corentyne crossing would end the two-day waits for the Moleson Creek ferry that spoil their loads of fruit and fish bound for Paramaribo.",
  "Some fear cheaper Surinamese goods will flood the Corriverton market."),

 # 7. Georgetown Public Hospital dialysis-supplies fraud trial (Chief Magistrate); DPP Ally.
 ("gph-dialysis-fraud-trial", NEWSR, "en", 2, 40, 1800, [GY, J, H], "place",
  "Ex-hospital procurement chief must answer dialysis fraud charges",
  "Chief Magistrate Nadira Sooklall ruled on Tuesday that former Georgetown Public Hospital procurement manager Vishnu Ramcharran has a case to answer on charges that he defrauded the hospital of G$48 million through inflated contracts for dialysis supplies.",
  "His lawyer had argued that the prosecution had not shown he signed the contracts. The trial resumes on Aug. 24."),
 ("gph-dialysis-fraud-trial", CHRON, "en", 2, 175, 1100, [GY, J], "",
  "DPP: more charges possible in hospital supplies case",
  "Director of Public Prosecutions Shalimar Ally said on Tuesday that two suppliers who sold dialysis kits to the Georgetown Public Hospital could also be charged once auditors finish checking five years of invoices.",
  ""),
 ("gph-dialysis-fraud-trial", TIDE, "en", 1, 440, 500, [GY, H], "",
  "Dialysis patients say shortages date from contract years",
  "Kidney patients who are treated at the Georgetown Public Hospital said on Tuesday that the shortages of dialysis filters they faced in 2024 and 2025 matched the years covered by the fraud charges against the hospital's former procurement manager.",
  ""),
 ("gph-dialysis-fraud-trial", NEWSR, "en", 1, 650, 600, [GY, J], "",
  "Hospital fraud case: who is Vishnu Ramcharran?",
  "Vishnu Ramcharran, 51, ran the Georgetown Public Hospital's purchasing office for eight years before he was suspended in March 2026 after an internal audit found payments to a supplier that did not exist.",
  "He has pleaded not guilty and is on G$2 million bail."),

 # 8. Stabroek vendor murder verdict (High Court); DPP Ally again.
 ("stabroek-vendor-murder-verdict", CHRON, "en", 2, 5, 2500, [GY, J], "teaser",
  "Jury finds man guilty of Stabroek vendor's murder",
  "A High Court jury in Georgetown on Tuesday found Troy Abrams, 29, guilty of murdering Stabroek Market fruit vendor Marcia Goodluck, who was stabbed at her stall in November 2025 after she refused to pay him protection money.",
  "Justice Brian Walcott set sentencing for Sept. 20."),
 ("stabroek-vendor-murder-verdict", NEWSR, "en", 2, 125, 1400, [GY, J], "",
  "Goodluck family: 'Now Marcia can rest'",
  "The family of murdered Stabroek Market vendor Marcia Goodluck embraced outside the High Court on Tuesday after the guilty verdict, and her sister said the market women who testified had shown great courage.",
  "Director of Public Prosecutions Shalimar Ally, who led the case herself, said she would seek a life sentence."),
 ("stabroek-vendor-murder-verdict", TIDE, "en", 1, 360, 500, [GY, J], "",
  "Stabroek vendors ask for more police after verdict",
  "Vendors at Stabroek Market said on Tuesday night that the conviction in the Goodluck murder would not end extortion in the market unless police posts there were staffed around the clock.",
  ""),
 ("stabroek-vendor-murder-verdict", CHRON, "en", 1, 590, 700, [GY, J], "",
  "Abrams' lawyer to appeal murder conviction",
  "The lawyer for Troy Abrams, convicted on Tuesday of the murder of Stabroek vendor Marcia Goodluck, said he would appeal because the judge let the jury hear a statement his client says he gave under pressure.",
  ""),

 # 9. Natural Resource Fund withdrawal vote, Thursday; names the bridge and sea defences.
 ("nrf-withdrawal-vote", CHRON, "en", 3, 320, 2000, [GY, P, B], "colon",
  "Assembly to vote Thursday on US$1.2 billion oil fund withdrawal",
  "The National Assembly will vote on Thursday on the government's request to withdraw US$1.2 billion from the Natural Resource Fund, the oil savings fund, after a first day of debate on Tuesday that ran past 10 p.m.",
  "Finance Minister Hemraj Dookie said the money would pay for the Corentyne bridge, sea defences on the East Coast and new hospitals."),
 ("nrf-withdrawal-vote", NEWSR, "en", 2, 345, 1300, [GY, P], "",
  "Opposition walks out of oil fund debate",
  "Opposition members walked out of the National Assembly on Tuesday night after the Speaker refused to let them table an amendment capping this year's withdrawal from the Natural Resource Fund at US$800 million.",
  "The government has a majority of four seats."),
 ("nrf-withdrawal-vote", WIRE, "en", 2, 370, 600, [GY, B], "",
  "Guyana lawmakers to vote on record draw from oil fund",
  "Guyana's lawmakers will vote this week on the largest withdrawal yet from the country's oil savings fund, a move the government says is needed for infrastructure and critics say leaves too little for future generations.",
  "The fund held about $6.5 billion at the end of June, according to the central bank."),
 ("nrf-withdrawal-vote", STAR, "en", 1, 510, 900, [GY, P], "",
  "Explainer: how money leaves the Natural Resource Fund",
  "Money can only leave the Natural Resource Fund when the National Assembly approves a withdrawal in a budget year, and the transfer goes first to the Consolidated Fund before any ministry can spend it, under the 2021 law that set up the fund.",
  "The law caps each year's withdrawal by a formula based on the fund's oil income."),
 ("nrf-withdrawal-vote", TIDE, "en", 1, 660, 400, [GY, P], "",
  "Essequibo MPs want share of oil money for roads",
  "Members of Parliament from Essequibo said on Tuesday night they would back Thursday's oil fund withdrawal only if the Parika to Supenaam road is named in the spending plan.",
  ""),

 # 10. Mahaica sea-wall breach at high tide (posts 47-48, 52-53).
 ("mahaica-sea-wall-breach", NEWSR, "en", 2, 360, 1900, [GY], "",
  "Spring tide breaches sea wall at Mahaica, villages flooded",
  "The Atlantic broke through a section of the sea wall at Mahaica on the East Coast of Demerara during Tuesday night's spring tide, flooding about 200 homes in three villages, the Civil Defence Commission said.",
  "Water rose to knee height in parts of Mahaica, Helena and Cane Grove Front."),
 ("mahaica-sea-wall-breach", CHRON, "en", 2, 455, 1200, [GY], "byline_en",
  "Engineers race to close Mahaica breach before next tide",
  "Public Works engineers began dumping boulders into a 40-metre gap in the Mahaica sea wall shortly after midnight, hoping to close it before the next high tide at 11 a.m. on Wednesday.",
  "The Civil Defence Commission opened two shelters, at the Mahaica Primary School and the Helena community centre.",
  {"author": "Ayanna Greene", "date_en": "August 11"}),

 # 11. Bartica Secondary School fire (not the rice mill fire; same town as the speedboat story).
 ("bartica-school-fire", TIDE, "en", 2, 515, 1800, [GY], "caption",
  "Fire destroys classroom block at Bartica Secondary",
  "A fire destroyed the two-storey science block of Bartica Secondary School early on Wednesday, the Guyana Fire Service said, but no one was hurt as the building was empty.",
  "The fire was reported at about 1:10 a.m. by a security guard. Firefighters stopped it from reaching the main building.",
  {"caption": "The science block of Bartica Secondary School stands gutted after the early-morning fire on Wednesday."}),
 ("bartica-school-fire", NEWSR, "en", 1, 600, 1100, [GY], "",
  "Bartica school fire: arson not ruled out",
  "Police in Bartica said they had not ruled out arson in the fire that destroyed the science block of Bartica Secondary School overnight, because the guard reported seeing two men near the fence shortly before.",
  ""),
 ("bartica-school-fire", CHRON, "en", 1, 700, 900, [GY], "",
  "Bartica students to use church hall when term starts",
  "Students at Bartica Secondary School will take science classes in the Anglican church hall when the new term starts in September, the Education Ministry said early on Wednesday after the school's science block burned down.",
  ""),

 # 10 (cont.). Mahaica: the villagers and the how-to (posts 52-53).
 ("mahaica-sea-wall-breach", STAR, "en", 1, 620, 800, [GY], "",
  "Mahaica farmers lose rice and cattle to salt water",
  "Farmers at Helena and Cane Grove Front said on Wednesday morning that salt water from the breached sea wall had covered their rice fields and drowned at least 30 head of cattle.",
  ""),
 ("mahaica-sea-wall-breach", TIDE, "en", 1, 680, 700, [GY, H], "",
  "Floodwater in your home? What to do",
  "Switch off the power at the main breaker before you step into floodwater in your home, and do not drink well or tank water until it has been boiled, the Civil Defence Commission advised residents of the flooded East Coast villages.",
  "Wash any cut that touches floodwater with clean water and soap. Call the CDC hotline on 226-1114 for help."),

 # 12. Suriname central bank rate rise (shared byline line with Barbados levy).
 ("suriname-central-bank-rate-rise", WIRE, "en", 1, 315, 500, [CAR, B], "reuters_line",
  "Suriname central bank lifts key rate to 14% to defend currency",
  "Suriname's central bank raised its policy rate by 200 basis points to 14% on Tuesday, its first increase in a year, after the Surinamese dollar lost 9% against the U.S. dollar since May.",
  "The bank said inflation had risen to 18% in July."),
 ("suriname-central-bank-rate-rise", NORD, "fr", 1, 430, 150, [CAR, B], "publie",
  "Suriname : la banque centrale relève son taux directeur à 14 %",
  "La banque centrale du Suriname a relevé mardi son taux directeur de deux points, à 14 %, pour enrayer la chute du dollar surinamais.",
  ""),
 ("suriname-central-bank-rate-rise", NEWSR, "en", 1, 550, 300, [CAR, B], "",
  "Suriname rate hike may push cross-border shoppers to Guyana",
  "Traders in Corriverton said on Tuesday night that Suriname's interest rate rise and weaker currency would bring more Surinamese shoppers across the Corentyne for cheaper groceries.",
  ""),

 # 13. Barbados cruise passenger levy (shared byline line with Suriname rate).
 ("barbados-cruise-passenger-levy", WIRE, "en", 1, 320, 450, [CAR, B], "reuters_line",
  "Barbados passes $5 levy on cruise passengers",
  "Barbados' parliament on Tuesday passed a $5 levy on every cruise passenger landing in Bridgetown, to pay for cleaning and policing the port area, despite objections from cruise lines.",
  "The levy takes effect on Nov. 1, at the start of the winter season."),
 ("barbados-cruise-passenger-levy", "caribbeanbusiness.bb", "en", 1, 425, 350, [CAR, B], "kuna",
  "Cruise lines warn Barbados levy could cut calls",
  "Cruise companies warned on Tuesday that Barbados' new $5 passenger levy could lead them to drop some winter calls at Bridgetown in favour of cheaper ports.",
  "", {"city": "Bridgetown"}),
 ("barbados-cruise-passenger-levy", AP, "en", 1, 575, 250, [CAR], "",
  "Caribbean ports watch Barbados cruise levy",
  "Tourism ministers in St. Lucia and Grenada said Tuesday they would watch how cruise lines respond to Barbados' new passenger levy before deciding whether to bring in their own.",
  ""),

 # 14. Filler: T20 result, weather bulletin, horoscope, promo, lottery.
 ("kingfishers-t20-result", "caribsportsdaily.com", "en", 0, 280, 2600, ["Sports"], "",
  "Demerara Kingfishers beat Bridgetown Flyers by six wickets",
  "The Demerara Kingfishers beat the Bridgetown Flyers by six wickets at Providence on Tuesday night, chasing 171 with eight balls to spare thanks to an unbeaten 74 from opener Kevon Mangar.",
  "The Kingfishers are now second in the Caribbean T20 League table."),
 ("kingfishers-t20-result", STAR, "en", 0, 390, 900, ["Sports"], "",
  "Mangar's 74 powers Kingfishers home",
  "Berbice-born opener Kevon Mangar hit five sixes in an unbeaten 74 as the Demerara Kingfishers chased down 171 against the Bridgetown Flyers on Tuesday.",
  ""),
 ("weather-guyana-wed-aug11", "gyweather.gy", "en", 0, 670, 1800, ["Weather"], "",
  "Wednesday forecast: showers, high tide advisory for the coast",
  "Georgetown and the coast can expect sunny spells with afternoon showers on Wednesday and a high of 31C, the Hydrometeorological Service said, and a high tide advisory is in force for the coast until Friday, with tides of up to 3.3 metres near 11 a.m.",
  "The interior will see thundery showers, heaviest over the Pakaraimas."),
 ("horoscope-wed-aug11", "starsandsigns.gy", "en", 0, 15, 1000, ["Horoscope"], "",
  "Your horoscope for Wednesday, Aug. 11",
  "Leo, your birthday month asks you to spend a little less on others and a little more time on yourself, so say no to one favour this week.",
  "Virgo: an old friend calls. Libra: check the small print before you sign."),
 ("promo-berbice-star-whatsapp", STAR, "en", 0, 55, 120, ["Promo"], "",
  "Get the Berbice Star on WhatsApp",
  "Join the Berbice Star's WhatsApp channel and get breaking news, blackout schedules and school notices from Berbice on your phone as soon as we publish them.",
  "It is free. Scan the code on page 2 of the print edition or search \"Berbice Star\"."),
 ("gy-lottery-aug10", "gylotto.gy", "en", 0, 245, 1200, ["Lottery"], "",
  "Supa 6 results for Tuesday, Aug. 10",
  "The winning numbers in Tuesday night's Supa 6 draw were 3, 9, 17, 22, 30 and 36, and the jackpot rises to an estimated G$38 million for Friday after no ticket matched all six.",
  "One ticket sold in Anna Regina matched five numbers."),
]
