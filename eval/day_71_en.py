# Day 71 (hold-out): a Seychelles English channel, evening edition of Thursday 18 February 2027
# (window 07:00 - 19:00 Thursday Victoria, Indian/Mahe = UTC+4, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below. Every story, person and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: President Antoine Labiche on Radio Paradis
#   101.3's "Bonzour Sesel" on Thursday morning, quoted about rehousing the Anse Boileau landslide
#   families (post 4) and about the teachers' strike (post 14), both carrying "This government
#   listens before it acts, and it acts before the week is out.";
# - a shared wire byline line ("Indian Ocean Desk | Updated: 02-18-2027 14:10 SCT"): Air
#   Seychelles' Perth route (post 53) and the Aldabra tortoise census (post 55), unrelated stories;
# - the same school: Anse Royale Secondary School is where the teachers' walkout is strongest
#   (posts 13, 17) and where the measles cluster began (posts 44-47);
# - the same hospital: Seychelles Hospital at Mont Fleuri takes the landslide's injured (post 6),
#   the guesthouse fire's burnt tourist (post 37) and isolates the measles patients (post 44);
# - the same court: the Supreme Court in Victoria convicts former minister Lesperance (posts
#   23-26) and sentences the Somali pirates (posts 27-30); the same port: the pirates' trawler was
#   towed into Port Victoria (post 30), where the fuel spill is (posts 8-12);
# - look-alike stories: two strikes (Seychelles teachers, posts 13-17; Zanzibar hotel workers,
#   posts 18-22), two fires (the Providence food warehouse, posts 31-34; the La Digue guesthouse,
#   posts 35-38), two court cases (Lesperance; the pirates), two votes (the Assembly's tourist
#   levy vote, posts 39-43; the Comoros presidential runoff, posts 48-51); tourism and hotels in
#   the levy, the Zanzibar strike, the guesthouse checks (post 38) and the Perth route; the French
#   fuel-spill post carries a "Lire aussi" line naming the landslide (post 12); the weather
#   bulletin (post 58) speaks of more heavy rain on Mahé and is kept apart from the landslide;
# - stories told from other angles: the slope how-to (post 5), the fishermen (post 10), the
#   parents' guide (post 16), the Pointe Marlin explainer (post 25), the opposition's audit call
#   (post 26), the trawler crew (post 30), prices after the warehouse fire (post 33), La Digue's
#   buckets (post 36), the levy explainer (post 42), where to vaccinate (post 45), how to book the
#   Perth flights (post 54), the rangers' count (post 57);
# - posts in French (the agencies' French service, a Swiss agency, a French-language island paper
#   and a Comorian paper): posts 3, 12, 21, 29, 43, 46, 48, 50, 56;
# - a promo posted alone (post 63); filler of importance 0: the weather bulletin (post 58), the
#   football result (posts 59-60), the horoscope (post 61), the lotto draw (post 62).
NAME = "2027-02-18-en-evening-victoria-h71"
CHANNEL = {"lang": "en", "tz": "Indian/Mahe"}
WINDOW = ("2027-02-18T03:00:00Z", "2027-02-18T15:00:00Z")
CTX = {"stamp": "02-18-2027 14:10", "city": "Victoria", "date_fr": "18 févr", "date_en": "Feb. 18",
       "author": "Josiane Payet", "clarify": "the number of people still missing",
       "caption": "", "also": "", "country": "Seychelles",
       "line": "Indian Ocean Desk | Updated: 02-18-2027 14:10 SCT"}
# The editor's top 5: the Anse Boileau landslide, the Port Victoria fuel spill, the teachers'
# strike, the Lesperance verdict, the tourist levy vote.
TOP5 = ["anse-boileau-landslide", "port-victoria-fuel-spill", "seychelles-teachers-strike",
        "lesperance-land-deal-verdict", "tourist-eco-levy-bill"]
SC = "Seychelles"
IO = "Indian Ocean"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
NATION = "nationtoday.sc"
VOICE = "islandvoice.sc"
GAZ = "lagazette-sesel.sc"
ECHO = "echodesiles.sc"
BIZ = "seselbusiness.sc"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
UPI = "upi-like.com"
KUNA = "kuna-like.net"
LEMAN = "agence-leman.ch"
ZMIRROR = "zanzibarmirror.co.tz"
COMORES = "comores-matin.km"
POSTS = [
 # 1. Landslide at Anse Boileau, west coast of Mahé: "landslide", "mudslide", "slip",
 #    "glissement de terrain"; toll 2 dead + 3 missing -> 4 dead + 1 missing -> 5 dead.
 ("anse-boileau-landslide", WIRE, "en", 3, 35, 2300, [SC, IO], "reuters",
  "Landslide buries homes on Seychelles' main island, two dead",
  "A landslide buried three houses in the village of Anse Boileau on the west coast of Mahé, the main island of the Seychelles, before dawn on Thursday, killing at least two people and leaving three missing after two days of torrential rain, police said.",
  "About 40 soldiers and firefighters were digging through the mud with shovels because the road was too narrow for heavy machinery, a police spokesman said.",
  {"date_en": "Feb 18"}),
 ("anse-boileau-landslide", NATION, "en", 3, 80, 4100, [SC], "caption",
  "Anse Boileau: rescuers dig by hand for missing family",
  "Rescuers were digging by hand on Thursday morning for a mother and her two teenage sons who have not been seen since a wall of mud came down the hillside above Anse Boileau at about 4 a.m., flattening their home and two others.",
  "Neighbours said they heard a noise \"like a lorry falling down the mountain\" before the lights went out.",
  {"caption": "Soldiers and neighbours pass buckets of mud down a line at Anse Boileau on Thursday morning, where three houses were buried.",
   "site": "The Nation Today"}),
 ("anse-boileau-landslide", NORD, "fr", 3, 150, 350, [IO, W], "afp",
  "Seychelles : un glissement de terrain fait au moins deux morts sur Mahé",
  "Un glissement de terrain a enseveli trois maisons jeudi avant l'aube à Anse Boileau, sur la côte ouest de Mahé, l'île principale des Seychelles, faisant au moins deux morts et trois disparus après deux jours de pluies diluviennes, selon la police.",
  "Les secours creusent à la main, la route étant trop étroite pour les engins de chantier."),
 ("anse-boileau-landslide", VOICE, "en", 3, 230, 3300, [SC, P], "",
  "Labiche promises new homes for Anse Boileau families",
  "President Antoine Labiche promised on Thursday that every family forced out of Anse Boileau by the landslide would be rehoused within a month, telling Radio Paradis 101.3's \"Bonzour Sesel\": \"This government listens before it acts, and it acts before the week is out.\"",
  "Eleven more houses below the slope have been evacuated, and the families are staying at the Anse Boileau community centre."),
 ("anse-boileau-landslide", GAZ, "en", 3, 330, 2600, [SC], "donate",
  "Is the slope behind your house moving? Signs to look for",
  "New cracks in walls or in the ground, doors and windows that suddenly stick, leaning trees or fence posts and muddy water seeping from a hillside are all signs that a slope may be about to give way, the Disaster Risk Management Division told residents of Mahé on Thursday.",
  "Anyone who sees them should leave the house and call the division's hotline on 199, it said."),
 ("anse-boileau-landslide", AP, "en", 3, 500, 1600, [SC, IO], "ap",
  "Death toll in Seychelles mudslide rises to 4",
  "Rescuers pulled two more bodies from the mud in the Seychelles village of Anse Boileau on Thursday afternoon, raising the death toll from a pre-dawn mudslide to four, while one person remained missing, police said.",
  "Two injured residents were being treated at Seychelles Hospital in Mont Fleuri, where one was in serious condition.",
  {"city": "Anse Boileau"}),
 ("anse-boileau-landslide", WIRE, "en", 3, 680, 1900, [SC, IO], "updated",
  "Seychelles landslide toll rises to five as last missing man is found",
  "The body of the last person missing after Thursday's landslide on the Seychelles' main island was found in the evening, bringing the death toll to five, police said, as the government declared three days of national mourning.",
  "He was a 19-year-old student, the older son of the family whose house was the first to be hit."),

 # 2. Fuel spill from the bunkering barge Marianne Star at Port Victoria's New Port:
 #    "spill", "leak", "slick", "nappe de fioul"; 30 tonnes -> 55 tonnes; Ste Anne marine park.
 ("port-victoria-fuel-spill", NATION, "en", 3, 20, 3000, [SC, B], "",
  "Fuel leaks into harbour as barge takes on water at New Port",
  "Heavy fuel oil leaked into the harbour at Victoria's New Port overnight after the bunkering barge Marianne Star began taking on water at its berth, the Seychelles Ports Authority said on Thursday morning.",
  "Port workers laid floating booms around the barge at first light, but a sheen was already visible as far as the Roche Caiman shore."),
 ("port-victoria-fuel-spill", WIRE, "en", 3, 200, 1200, [SC, IO, B], "reuters",
  "Seychelles races to contain fuel spill near marine park",
  "Seychelles authorities were racing on Thursday to stop an oil slick from a damaged fuel barge reaching the Sainte Anne Marine National Park, a protected reef area a few kilometres from the capital, after about 30 tonnes of fuel oil leaked into the harbour.",
  "Fishing and swimming were banned along the east coast between Victoria and Cerf Island.",
  {"date_en": "Feb 18"}),
 ("port-victoria-fuel-spill", VOICE, "en", 3, 320, 2100, [SC], "teaser",
  "'The fish will not come back for months': Roche Caiman fishermen watch the slick",
  "Fishermen at Roche Caiman pulled their pirogues high up the beach on Thursday and stood watching a black line of oil creep along the mangroves where they have caught mullet and rabbitfish for generations.",
  "\"Nobody has told us who will pay us while we cannot go out,\" said a fisherman who has worked from the beach for 35 years."),
 ("port-victoria-fuel-spill", UPI, "en", 3, 460, 500, [IO, W], "upi",
  "India sends pollution-control ship to help Seychelles with oil leak",
  "India is sending a coast guard pollution-control vessel to the Seychelles to help clean up fuel oil leaking from a barge in the port of Victoria, India's defence ministry said Thursday, as the estimate of the spill rose to 55 tonnes.",
  "The ship is expected to arrive on Sunday."),
 ("port-victoria-fuel-spill", NORD, "fr", 3, 600, 250, [IO, W], "lire",
  "Seychelles : la nappe de fioul menace le parc marin de Sainte-Anne",
  "La nappe de fioul échappée d'une barge avariée dans le port de Victoria, la capitale des Seychelles, s'approchait jeudi soir du parc marin national de Sainte-Anne, et les autorités estiment désormais la fuite à 55 tonnes.",
  "La pêche et la baignade sont interdites sur la côte est de Mahé.",
  {"also": "Seychelles : un glissement de terrain fait au moins deux morts sur Mahé"}),

 # 3. Strike 1: state school teachers, from Thursday: "strike", "walkout", "stoppage",
 #    "industrial action"; Anse Royale Secondary School; ballot on an open-ended strike Monday.
 ("seychelles-teachers-strike", VOICE, "en", 3, 10, 3600, [SC], "",
  "Teachers walk out as pay talks fail",
  "Teachers at Anse Royale Secondary School and most of the country's other state schools stayed away from their classrooms on Thursday morning, on the first day of a strike called after pay talks with the Ministry of Education broke down on Wednesday night.",
  "The Union of Seychelles Educators says nine in ten of its 1,400 members have joined the stoppage."),
 ("seychelles-teachers-strike", NATION, "en", 3, 120, 3100, [SC, P], "",
  "Labiche to striking teachers: come back, we are listening",
  "President Antoine Labiche urged striking teachers on Thursday to return to their classrooms while talks resume, telling Radio Paradis 101.3's \"Bonzour Sesel\": \"This government listens before it acts, and it acts before the week is out.\"",
  "He said the government could offer an 8% rise this year and more in 2028, against the 15% the union wants."),
 ("seychelles-teachers-strike", WIRE, "en", 3, 280, 700, [SC, IO], "reuters",
  "Seychelles teachers stage first national strike in three decades",
  "Teachers in the Seychelles went on strike on Thursday for the first time in more than 30 years, closing lessons at almost every state school in the Indian Ocean archipelago in a dispute over pay and class sizes, their union said.",
  "Private and international schools were not affected.",
  {"date_en": "Feb 18"}),
 ("seychelles-teachers-strike", GAZ, "en", 3, 420, 2400, [SC], "byline_en",
  "Teachers' strike: what parents need to know",
  "State primary and secondary schools will stay open for children who have nowhere else to go during the teachers' walkout, but no lessons will be taught and school buses will run only in the morning, the Ministry of Education said on Thursday.",
  "Mock examinations for secondary five students, due next week, have been postponed until March.",
  {"site": "La Gazette Sesel"}),
 ("seychelles-teachers-strike", VOICE, "en", 3, 630, 1800, [SC], "",
  "Union to ballot members on open-ended walkout on Monday",
  "The Union of Seychelles Educators will ask its members on Monday whether to turn this week's two-day strike into an open-ended one, its general secretary Marcel Hoareau said on Thursday evening, after a first meeting with the minister ended without a deal.",
  "At Anse Royale Secondary School, only three of 61 teachers reported for work, the head teacher said."),

 # 4. Strike 2: hotel workers in Zanzibar, Tanzania: "hotel staff", "resort workers", "walkout",
 #    "grève"; service charge dispute; second day.
 ("zanzibar-hotel-workers-strike", WIRE, "en", 2, 90, 600, [IO, W, B], "reuters",
  "Zanzibar hotel workers strike at height of tourist season",
  "Thousands of hotel workers on Zanzibar walked off the job on Wednesday, demanding a share of the service charges added to guests' bills, in a strike that has hit some of the island's biggest beach resorts at the peak of the tourist season.",
  "The Zanzibar hotel workers' union said about 6,000 staff at 80 hotels had joined.",
  {"city": "Zanzibar", "date_en": "Feb 18"}),
 ("zanzibar-hotel-workers-strike", ZMIRROR, "en", 2, 230, 400, [IO], "colon",
  "Resorts bring in casual staff as walkout enters second day",
  "Beach resorts in Nungwi and Paje hired casual workers and sent managers into kitchens on Thursday as a strike by hotel staff over service charges entered its second day, with no talks scheduled.",
  "The union said replacing strikers was illegal under the islands' labour law.",
  {"city": "Zanzibar"}),
 ("zanzibar-hotel-workers-strike", AP, "en", 2, 390, 500, [IO, W], "place",
  "Unmade beds and closed restaurants as Zanzibar strike hits tourists",
  "Tourists on Zanzibar said Thursday they were making their own beds and queuing for sandwiches as a strike by hotel workers shut restaurants and room service at dozens of resorts on the Tanzanian island.",
  "Some tour operators began moving guests to mainland hotels in Dar es Salaam.",
  {"city": "Zanzibar", "country": "Tanzania"}),
 ("zanzibar-hotel-workers-strike", NORD, "fr", 2, 550, 150, [IO, W], "actu",
  "Tanzanie : grève dans les hôtels de Zanzibar en pleine haute saison",
  "Des milliers d'employés d'hôtels de Zanzibar sont en grève depuis mercredi pour obtenir une part des frais de service facturés aux clients, un mouvement qui touche les grands complexes balnéaires de l'île en pleine haute saison touristique.",
  "Le gouvernement semi-autonome de l'archipel a appelé les deux parties à la négociation."),
 ("zanzibar-hotel-workers-strike", ZMIRROR, "en", 2, 700, 300, [IO, B], "",
  "Labour commissioner calls hotel owners and union to Monday talks",
  "Zanzibar's labour commissioner summoned hotel owners and the hotel workers' union to talks on Monday morning, saying on Thursday evening that the strike over service charges was \"costing the islands a week of visitors every day\".",
  "The union said its members would stay out until then."),

 # 5. Court case 1: former tourism minister Bernard Lesperance guilty of abuse of office over the
 #    Pointe Marlin state land sale; Supreme Court, Victoria; sentencing March 4.
 ("lesperance-land-deal-verdict", NATION, "en", 3, 180, 3400, [SC, P], "",
  "Former minister Lesperance found guilty over Pointe Marlin land sale",
  "Former tourism minister Bernard Lesperance was found guilty of abuse of office by the Supreme Court in Victoria on Thursday for approving the sale of four hectares of state beachfront at Pointe Marlin to a company run by his brother-in-law.",
  "Judge Evelyne Dorasamy set sentencing for March 4 and released him on bail."),
 ("lesperance-land-deal-verdict", WIRE, "en", 3, 300, 600, [SC, IO, P], "reuters",
  "Former Seychelles minister convicted in land corruption case",
  "A Seychelles court on Thursday convicted a former tourism minister of abusing his office to sell state-owned beachfront land to a relative's company at a fraction of its value, in the most prominent corruption verdict in the archipelago for a decade.",
  "Lesperance, 58, who denied the charges, faces up to seven years in prison.",
  {"date_en": "Feb 18"}),
 ("lesperance-land-deal-verdict", GAZ, "en", 3, 450, 2000, [SC, P], "",
  "The Pointe Marlin affair: how a beach plot changed hands for a tenth of its value",
  "In 2021 the state sold four hectares of beachfront at Pointe Marlin, on Mahé's south coast, for 6 million rupees to a newly registered company, which sold them on 14 months later to a hotel group for 64 million, according to evidence heard at the trial.",
  "The company's director was the minister's brother-in-law, the court found."),
 ("lesperance-land-deal-verdict", VOICE, "en", 3, 640, 1700, [SC, P], "",
  "Opposition calls for audit of every state land sale since 2019",
  "Opposition leader Regina Ah-Time called on Thursday for an independent audit of every sale of state land since 2019, saying the verdict against Bernard Lesperance showed \"the tip of something much bigger\".",
  "The government said the Auditor General was free to examine any file she chose."),

 # 6. Court case 2: seven Somali men jailed for 14 years for attacking the Seychelles trawler
 #    Morne Blanc in 2025; same Supreme Court.
 ("seychelles-piracy-sentences", AP, "en", 2, 130, 700, [IO, W], "ap",
  "Seychelles court jails 7 Somali men for attack on fishing boat",
  "The Seychelles Supreme Court on Thursday sentenced seven Somali men to 14 years in prison each for attacking a Seychelles-flagged fishing trawler with rifles and a rocket-propelled grenade north of the archipelago in 2025.",
  "The men were captured by the Seychelles Coast Guard after the crew locked themselves in the trawler's freezer hold."),
 ("seychelles-piracy-sentences", KUNA, "en", 2, 310, 200, [IO, W], "kuna",
  "Seychelles court sentences pirates to 14 years",
  "A court in the Seychelles sentenced seven Somali pirates to 14 years in jail for an armed attack on a fishing vessel in the Indian Ocean, judicial sources said on Thursday.",
  "The attack was one of several on fishing and merchant ships off the Somali coast that year."),
 ("seychelles-piracy-sentences", NORD, "fr", 2, 480, 120, [IO, W], "publie",
  "Seychelles : sept pirates somaliens condamnés à 14 ans de prison",
  "La Cour suprême des Seychelles a condamné jeudi sept Somaliens à 14 ans de prison chacun pour l'attaque armée d'un chalutier seychellois au nord de l'archipel en 2025.",
  "L'équipage s'était enfermé dans la cale frigorifique jusqu'à l'arrivée des garde-côtes."),
 ("seychelles-piracy-sentences", NATION, "en", 2, 590, 1500, [SC], "",
  "'We hid in the freezer for six hours': trawler crew relieved at sentences",
  "Crew members of the trawler Morne Blanc, who spent six hours locked in its freezer hold while gunmen tried to break in, said on Thursday they could finally sleep after the men who attacked them were jailed.",
  "The trawler, towed into Port Victoria after the attack, went back to sea last year."),

 # 7. Fire 1: a food warehouse at the Providence industrial estate, Wednesday night.
 ("providence-warehouse-fire", VOICE, "en", 2, 5, 2800, [SC, B], "",
  "Fire destroys food warehouse at Providence",
  "A fire destroyed a food wholesaler's warehouse on the Providence industrial estate overnight, burning through stocks of rice, flour and cooking oil, the Seychelles Fire and Rescue Services Agency said on Thursday.",
  "No one was hurt."),
 ("providence-warehouse-fire", NATION, "en", 2, 160, 2200, [SC], "caption",
  "Firefighters battle Providence blaze for seven hours",
  "Firefighters fought the blaze at the Providence warehouse for seven hours before bringing it under control shortly after 5 a.m. on Thursday, using water pumped from the sea after nearby hydrants ran dry.",
  "Part of the roof collapsed at about 2 a.m., the agency said.",
  {"caption": "Smoke still rises from the gutted warehouse on the Providence industrial estate on Thursday morning.",
   "site": "The Nation Today"}),
 ("providence-warehouse-fire", BIZ, "en", 2, 340, 900, [SC, B], "colon",
  "Rice and flour prices will not rise after warehouse fire, says trade ministry",
  "Shops have enough rice and flour for at least six weeks and prices will not go up after the fire at a Providence wholesaler, the Ministry of Trade said on Thursday, asking shoppers not to stock up.",
  "A ship carrying 2,000 tonnes of rice is due on March 1."),
 ("providence-warehouse-fire", GAZ, "en", 2, 520, 1300, [SC], "",
  "Police investigate cause of Providence blaze, arson not ruled out",
  "Police said on Thursday they had not ruled out arson in the fire that gutted the Providence food warehouse, after a security guard told investigators he had seen a car leave the estate minutes before the flames were spotted.",
  "The owner said the building's alarm had been repaired last month."),

 # 8. Fire 2: a guesthouse on La Digue; 14 guests escape; an Italian tourist burnt, flown to
 #    Mahé; no fire engine on the island.
 ("la-digue-guesthouse-fire", NATION, "en", 2, 60, 2700, [SC], "",
  "Fire guts La Digue guesthouse, 14 guests escape",
  "Fourteen guests escaped in their night clothes when fire swept through a guesthouse at La Passe on La Digue late on Wednesday, destroying the main building and six of its rooms, police said.",
  "The owners said the fire started in the kitchen."),
 ("la-digue-guesthouse-fire", VOICE, "en", 2, 210, 2000, [SC], "",
  "No fire engine on La Digue: islanders fought the flames with buckets",
  "Residents of La Digue formed a bucket chain from the sea and used garden hoses for almost two hours to stop Wednesday night's guesthouse fire from spreading, because the island has no fire engine and the boat from Praslin took 90 minutes to arrive.",
  "The district administrator said she had asked for a fire engine for La Digue three times since 2024."),
 ("la-digue-guesthouse-fire", WIRE, "en", 2, 470, 400, [SC, IO], "reuters",
  "Italian tourist hurt in fire at Seychelles guesthouse",
  "An Italian tourist was flown by helicopter to the main hospital on the Seychelles' main island with burns to his arms on Thursday after a fire destroyed a guesthouse on La Digue, a small island popular with honeymooners, police said.",
  "Seychelles Hospital in Mont Fleuri said he was in stable condition.",
  {"date_en": "Feb 18"}),
 ("la-digue-guesthouse-fire", GAZ, "en", 2, 660, 800, [SC, B], "",
  "Tourism ministry orders fire checks at every small guesthouse",
  "The tourism ministry ordered fire inspections on Thursday at all 300-odd small guesthouses and self-catering lodges on Praslin and La Digue after the fire at La Passe, saying those without extinguishers and marked exits would lose their licence.",
  "Owners will be given three weeks to comply."),

 # 9. The National Assembly's vote on doubling the tourism environmental levy, on Tuesday
 #    Feb. 23: "levy", "tourist tax", "eco-tax", "taxe touristique".
 ("tourist-eco-levy-bill", NATION, "en", 2, 100, 2100, [SC, P, B], "",
  "Assembly sets Tuesday vote on doubling tourist levy",
  "The National Assembly will vote on Tuesday on a bill to double the environmental levy paid by visitors from 75 to 150 rupees a night, Speaker Daniel Morel said on Thursday, after the finance committee approved the text by five votes to two.",
  "The money would go to the fund that looks after beaches, reefs and nature trails."),
 ("tourist-eco-levy-bill", WIRE, "en", 2, 350, 500, [SC, IO, B], "reuters",
  "Seychelles lawmakers to vote on doubling tourist tax as hotels object",
  "Seychelles lawmakers will vote next week on doubling a nightly environmental tax on tourists, a measure the government says will pay for protecting the islands' beaches and reefs but which hoteliers say will drive visitors to Mauritius and the Maldives.",
  "Tourism accounts for about a quarter of the economy.",
  {"date_en": "Feb 18"}),
 ("tourist-eco-levy-bill", VOICE, "en", 2, 440, 1400, [SC, B], "",
  "Hoteliers warn levy rise will send visitors elsewhere",
  "The Seychelles Hospitality and Tourism Association said on Thursday that doubling the nightly eco-tax would add up to 300 euros to a fortnight's holiday for a couple and urged members of the National Assembly to vote the bill down.",
  "Small guesthouses would be hit hardest, it said."),
 ("tourist-eco-levy-bill", GAZ, "en", 2, 610, 1100, [SC], "",
  "Tourist levy: who pays, how much, and where the money goes",
  "Every visitor aged 12 or over who stays in a hotel, guesthouse or self-catering lodge in the Seychelles pays the environmental levy for each night, collected by the establishment and paid into the Environment Trust Fund, which spent 41 million rupees last year.",
  "Seychellois residents and children under 12 are exempt, and the bill would not change that."),
 ("tourist-eco-levy-bill", ECHO, "fr", 2, 690, 400, [SC, P], "",
  "Taxe touristique : les députés voteront mardi son doublement",
  "L'Assemblée nationale se prononcera mardi sur le projet de loi qui fait passer la taxe environnementale payée par les touristes de 75 à 150 roupies par nuit, malgré l'opposition des hôteliers.",
  "Le texte a été adopté en commission des finances par cinq voix contre deux."),

 # 10. Measles cluster that began at Anse Royale Secondary School; 11 cases; patients isolated at
 #     Seychelles Hospital; catch-up vaccination this weekend: "measles", "rougeole".
 ("anse-royale-measles-cluster", NATION, "en", 2, 240, 2500, [SC, H], "",
  "Measles cluster at Anse Royale school, 11 cases confirmed",
  "Eleven cases of measles have been confirmed in a cluster that began among pupils of Anse Royale Secondary School, the Public Health Authority said on Thursday, the first outbreak in the Seychelles in eight years.",
  "Four patients are being cared for in the isolation ward of Seychelles Hospital at Mont Fleuri, and the others at home."),
 ("anse-royale-measles-cluster", VOICE, "en", 2, 370, 2300, [SC, H], "",
  "Measles jabs: where to take your children this weekend",
  "Children and young adults who have missed a dose of the measles vaccine can get it free at any district health centre on Saturday and Sunday from 8 a.m. to 4 p.m., and at the Anse Royale health centre every day until further notice, the Public Health Authority said.",
  "Parents should bring the child's vaccination card if they have it."),
 ("anse-royale-measles-cluster", ECHO, "fr", 2, 510, 500, [SC, H], "soutien",
  "Rougeole : onze cas confirmés à Anse Royale, campagne de vaccination ce week-end",
  "Onze cas de rougeole ont été confirmés à partir d'un foyer apparu parmi les élèves du collège d'Anse Royale, a annoncé jeudi l'Autorité de santé publique, qui lance une campagne de vaccination de rattrapage ce week-end.",
  "Quatre malades sont isolés à l'hôpital de Mont Fleuri."),
 ("anse-royale-measles-cluster", AP, "en", 2, 650, 400, [IO, H], "ap",
  "Seychelles reports first measles outbreak in 8 years",
  "Health officials in the Seychelles said Thursday that 11 people had caught measles in the archipelago's first outbreak since 2019, most of them teenagers at one secondary school who had received only one of the two vaccine doses.",
  "The World Health Organization said vaccination rates in the region had fallen since the pandemic.",
  {"city": "Victoria"}),

 # 11. Comoros: first-round results, runoff on March 14 between Said Ahamada Msa and Fatouma
 #     Bacari; opposition contests; protests in Moroni.
 ("comoros-presidential-runoff", NORD, "fr", 2, 30, 300, [IO, W], "afp",
  "Comores : second tour le 14 mars entre Said Ahamada Msa et Fatouma Bacari",
  "Le candidat du pouvoir Said Ahamada Msa et l'opposante Fatouma Bacari s'affronteront le 14 mars au second tour de l'élection présidentielle aux Comores, selon les résultats provisoires du premier tour publiés mercredi soir par la commission électorale.",
  "Said Ahamada Msa a obtenu 44,2 % des voix, contre 31,7 % pour Fatouma Bacari.",
  {"city": "Moroni"}),
 ("comoros-presidential-runoff", WIRE, "en", 2, 190, 400, [IO, W, P], "reuters",
  "Comoros presidential race heads to March 14 runoff",
  "The Comoros' presidential election will go to a runoff on March 14 between the ruling party's Said Ahamada Msa and opposition candidate Fatouma Bacari, who would be the Indian Ocean nation's first woman president, provisional results showed.",
  "Turnout was 58%, the electoral commission said.",
  {"city": "Moroni", "date_en": "Feb 18"}),
 ("comoros-presidential-runoff", COMORES, "fr", 2, 340, 250, [IO, P], "byline_fr",
  "Présidentielle : l'opposition conteste les chiffres du premier tour",
  "Le camp de Fatouma Bacari a dénoncé jeudi des « chiffres fabriqués » dans plusieurs bureaux de vote d'Anjouan et annoncé un recours devant la Cour suprême, tout en confirmant que sa candidate serait bien au second tour.",
  "La commission électorale affirme que les procès-verbaux seront publiés bureau par bureau.",
  {"author": "Ahmed Soilihi", "site": "Comores Matin"}),
 ("comoros-presidential-runoff", AP, "en", 2, 490, 300, [IO, W], "ap",
  "Protesters burn tires in Comoros capital after election results",
  "Young men burned tires and blocked roads in Moroni, the Comoros capital, on Thursday after the opposition accused the electoral commission of inflating the ruling party candidate's first-round score ahead of next month's runoff.",
  "Police fired tear gas near the central market.",
  {"city": "Moroni"}),

 # 12. Air Seychelles to fly to Perth from June 2027.
 ("air-seychelles-perth-route", BIZ, "en", 1, 140, 1000, [SC, B], "",
  "Air Seychelles to fly to Perth from June",
  "Air Seychelles will launch two weekly flights between Mahé and Perth on June 3, its first route to Australia, the airline's chief executive Nadia Rassool said on Thursday.",
  "The nonstop flights will take about eight and a half hours, using the airline's Airbus A321neo, she said."),
 ("air-seychelles-perth-route", WIRE, "en", 1, 430, 300, [IO, B], "reuters_line",
  "Air Seychelles adds Perth as it courts Australian visitors",
  "Air Seychelles will start flying to Perth in June, betting that Western Australians looking for a closer alternative to the Maldives and Bali will fill its planes, the airline said on Thursday.",
  "About 9,000 Australians visited the Seychelles last year."),
 ("air-seychelles-perth-route", VOICE, "en", 1, 560, 1200, [SC], "",
  "Perth flights: fares, days and how to book",
  "Return fares between Mahé and Perth will start at 890 US dollars, flights will leave Mahé on Tuesdays and Fridays, and bookings open on Monday on the Air Seychelles website and at its office on Victoria's Independence Avenue, the airline said.",
  "Seychellois passport holders do not need a visa for stays under three months, only an electronic travel authority."),

 # 13. Aldabra giant tortoise census: population down 12% since 2017.
 ("aldabra-tortoise-census", WIRE, "en", 1, 440, 300, [SC, IO], "reuters_line",
  "Aldabra giant tortoise numbers fall 12% in a decade, census finds",
  "The number of giant tortoises on Aldabra, the remote Seychelles atoll that is home to the world's largest population of the animals, has fallen by about 12% since 2017, scientists said on Thursday after completing the first full count in ten years.",
  "Researchers blamed longer dry seasons that leave fewer pools and less grass."),
 ("aldabra-tortoise-census", LEMAN, "fr", 1, 300, 100, [W], "ats",
  "Le nombre de tortues géantes d'Aldabra a reculé de 12 % en dix ans",
  "La population de tortues géantes de l'atoll d'Aldabra, aux Seychelles, a diminué d'environ 12 % depuis 2017, selon un recensement publié jeudi par des chercheurs seychellois avec l'appui d'une organisation de protection de la nature basée à Gland.",
  "L'atoll, classé au patrimoine mondial, compte encore près de 90 000 tortues.",
  {"city": "Gland"}),
 ("aldabra-tortoise-census", NATION, "en", 1, 530, 900, [SC], "",
  "Rangers walked 600 km to count Aldabra's tortoises",
  "Seventeen rangers and volunteers walked more than 600 kilometres across Aldabra's coral rock over five weeks to count its giant tortoises one by one, marking each with a dot of non-toxic paint, the Seychelles Islands Foundation said.",
  "The last full census, in 2017, counted about 101,000 tortoises."),

 # 14-18. Filler and the promo.
 ("weather-mahe-thu-feb18", NATION, "en", 0, 15, 1700, [SC], "",
  "Weather: more heavy showers for Mahé and Praslin",
  "Heavy showers and thunderstorms will continue over Mahé and Praslin on Thursday and Friday, with 60 to 90 mm of rain possible in places, and south-easterly winds of 15 to 20 knots, the Seychelles Meteorological Authority said.",
  "Sea moderate to rough. Maximum temperature 29°C, minimum 24°C."),
 ("football-sesel-premier-league", VOICE, "en", 0, 45, 900, [SC], "",
  "Bel Ombre Rovers edge Cascade Stars to go top",
  "Bel Ombre Rovers beat Cascade Stars 2-1 at Stad Linite on Wednesday night to go top of the Seychelles Premier League on goal difference.",
  "Substitute Kevin Esparon scored the winner in the 88th minute."),
 ("football-sesel-premier-league", GAZ, "en", 0, 270, 500, [SC], "",
  "Late Esparon header sends Bel Ombre top",
  "A header from Kevin Esparon two minutes from time gave Bel Ombre Rovers a 2-1 win over Cascade Stars on Wednesday and first place in the Premier League.",
  "Cascade had led through a first-half penalty."),
 ("horoscope-thu-feb18", GAZ, "en", 0, 25, 600, [], "",
  "Your horoscope for Thursday, February 18",
  "Aquarius: a conversation you have been putting off goes better than you feared, so have it before lunch.",
  "Pisces: money matters need a second look. Aries: a friend from far away gets in touch."),
 ("sesel-lotto-wed-feb17", VOICE, "en", 0, 55, 1100, [SC], "",
  "Lotto: Wednesday's winning numbers",
  "The winning numbers in Wednesday night's Sesel Lotto draw were 4, 11, 19, 27, 33 and 40, with bonus ball 8, the National Lottery said.",
  "No ticket matched all six numbers, and Saturday's jackpot rises to 2.4 million rupees."),
 ("promo-island-voice-evening-alerts", VOICE, "en", 0, 360, 50, [], "",
  "Get Island Voice's evening alerts on your phone",
  "Sign up for Island Voice's free evening alerts and get the day's top stories from across the islands on your phone at 6 p.m., every day.",
  "Just send ALERT to 2020 from any mobile network."),
]
