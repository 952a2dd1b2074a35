# Day 59 (hold-out): a Ugandan English channel, evening edition of Wednesday 5 August 2026
# (window 07:00 - 19:00 Kampala, Africa/Kampala = EAT, UTC+3, no daylight saving).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Works and Transport Minister Edward Kasirye on
#   Pearl FM 98.4's "Morning Baraza" on Wednesday morning, quoted about the Mukono bus-tanker crash
#   (post 5) and about the fuel levy vote (post 10), both carrying "Every shilling we collect at the
#   pump must go back into the road, because bad roads are burying our people.";
# - a shared wire byline line ("Wire West | Updated: 08-05-2026 11:40 EAT"): the Nyiragongo
#   eruption (post 19) and the Hoima refinery financing deal (post 53), unrelated stories;
# - the same hospital: Mukono General Hospital takes the crash's injured (posts 2, 3, 4, 6) and is
#   named by the auditor-general for running out of oxygen and antibiotics (posts 56-58);
# - the same town: the Gulu Main Market fire (posts 32-35) and the anthrax quarantine that shuts
#   Gulu's cattle markets (posts 36-39), both about markets in Gulu; Mukono again in the traders'
#   shutdown spreading to Mukono markets (post 27);
# - look-alike stories: two fires (Gulu market, posts 32-35; the Mbarara school dormitory, posts
#   40-42), and the crash's tanker burst into flames too; two strikes (the downtown Kampala traders'
#   shutdown, posts 23-27; the public university lecturers' strike, posts 28-31), with Gulu's
#   traders counting losses (post 34) beside Kampala's striking traders; two court cases (the
#   Nakasero land fraud verdict, posts 47-49; the Online Content Levy petition, posts 50-52), the
#   second also sharing the word "levy" with the fuel levy vote; two transport disasters (the Mukono
#   crash, posts 1-7; the Kalangala boat capsizing, posts 13-17); the lake weather bulletin (post
#   63) kept apart from the boat capsizing blamed on strong winds; a French crash post carries a
#   "Lire aussi" line naming the Goma eruption (post 7);
# - stories told from other angles: blood donation appeal (post 4), the minister on speed limiters
#   (post 5), taxi fares explainer (post 11), boda-boda riders' reaction (post 12), fishermen and
#   life jackets (post 16), why Nyiragongo is feared (post 21), refugees arriving in Kisoro (post
#   22), "is my shop open" (post 26), students' explainer (post 30), Gulu traders counting losses
#   (post 34), cattle keepers (post 38), "how to" stay safe from anthrax (post 39), parents (post
#   42), where to get the vaccine (post 44), Lira mothers (post 46), how to check a land title
#   (post 49), the Kuwaiti fund's share (post 55);
# - posts in French (the agencies' French service and a Goma paper): posts 7, 17, 18, 20, 21, 45, 54;
# - a promo posted alone (post 61); filler of importance 0: the Vipers-KCCA football result
#   (posts 59-60), the horoscope (post 62), the weather bulletin (post 63).
NAME = "2026-08-05-en-evening-kampala-h59"
CHANNEL = {"lang": "en", "tz": "Africa/Kampala"}
WINDOW = ("2026-08-05T04:00:00Z", "2026-08-05T16:00:00Z")
CTX = {"stamp": "08-05-2026 11:40", "city": "Kampala", "date_fr": "5 août", "date_en": "Aug. 5",
       "author": "Grace Namutebi", "clarify": "the number of passengers on the bus",
       "caption": "", "also": "", "country": "Uganda",
       "line": "Wire West | Updated: 08-05-2026 11:40 EAT"}
# The editor's top 5: the Mukono bus-tanker crash, the Kalangala boat capsizing, the Kampala
# traders' shutdown, the fuel levy vote, the Nyiragongo eruption.
TOP5 = ["mukono-bus-tanker-crash", "kalangala-boat-capsize", "kampala-traders-shutdown",
        "uganda-fuel-levy-vote", "nyiragongo-eruption-goma"]
UG = "Uganda"
KLA = "Kampala"
EA = "East Africa"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
LEDGER = "kampalaledger.co.ug"
OBS = "pearlobserver.co.ug"
NILE = "nilewire.ug"
EAT = "eastafricatoday.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
POSTS = [
 # 1. The bus-tanker crash at Namawojjolo on the Kampala-Jinja highway near Mukono: "crash",
 #    "collision", "smash", "accident", "autocar", "camion-citerne"; toll 9 -> 14 -> 17.
 ("mukono-bus-tanker-crash", WIRE, "en", 3, 15, 1900, [UG, EA], "reuters",
  "Nine killed as bus hits fuel tanker on Uganda highway",
  "At least nine people were killed and dozens injured when a passenger bus collided with a fuel tanker on the Kampala-Jinja highway before dawn on Wednesday, Ugandan police said.",
  "The tanker caught fire after the collision near Namawojjolo, about 35 km east of the capital, and the flames spread to the front of the bus."),
 ("mukono-bus-tanker-crash", LEDGER, "en", 3, 55, 4200, [UG, KLA], "",
  "Namawojjolo crash: 14 dead, highway closed for six hours",
  "The death toll from the collision between a Gulu-bound Comfort Express bus and a fuel tanker at Namawojjolo rose to 14 on Wednesday morning, as traffic on the Kampala-Jinja highway was diverted through Kayunga for most of the day.",
  "Thirty-one injured passengers were taken to Mukono General Hospital, where the medical superintendent said eight were in critical condition."),
 ("mukono-bus-tanker-crash", AP, "en", 3, 190, 1500, [UG, W], "ap",
  "Uganda bus crash toll rises to 17",
  "The number of people killed when a bus slammed into a burning fuel tanker in central Uganda rose to 17 on Wednesday after three of the injured died in hospital, a police spokesman said.",
  "Police said the bus driver, who survived, had tried to overtake a truck on a bend in heavy rain. Most of the wounded were being treated at Mukono General Hospital.",
  {"city": "Mukono"}),
 ("mukono-bus-tanker-crash", OBS, "en", 3, 240, 2600, [UG, H], "donate",
  "Mukono hospital appeals for blood after highway smash",
  "Mukono General Hospital has appealed for blood donors of all groups after receiving more than 30 victims of Wednesday's bus and tanker accident at Namawojjolo, many of them with severe burns.",
  "Donors can walk into the hospital's blood bank or any Uganda Blood Transfusion Service centre in Kampala until 8 p.m.; bring a national ID and eat before donating."),
 ("mukono-bus-tanker-crash", NILE, "en", 3, 120, 1800, [UG, P], "",
  "Kasirye: speed limiters for buses within 90 days",
  "Works and Transport Minister Edward Kasirye said on Wednesday that every long-distance bus would have to carry a working speed limiter within 90 days, hours after 14 people died in a crash between a bus and a tanker near Mukono.",
  "\"Every shilling we collect at the pump must go back into the road, because bad roads are burying our people,\" Kasirye told Pearl FM 98.4's Morning Baraza programme, adding that the Namawojjolo bend would be widened this financial year."),
 ("mukono-bus-tanker-crash", EAT, "en", 3, 420, 900, [UG, EA], "updated",
  "Bus in Namawojjolo crash was carrying 72 passengers, police say",
  "The bus that crashed into a fuel tanker near Mukono on Wednesday was carrying 72 passengers, nearly twice the number it was licensed for, police said in the afternoon as the toll stood at 17.",
  "Investigators said the transport company's licence had been suspended pending the inquiry, and relatives were asked to identify the dead at the Mukono General Hospital mortuary."),
 ("mukono-bus-tanker-crash", NORD, "fr", 3, 260, 300, [UG, "Afrique"], "lire",
  "Ouganda: 17 morts dans une collision entre un bus et un camion-citerne",
  "Au moins 17 personnes ont été tuées mercredi dans la collision entre un autocar et un camion-citerne sur l'axe Kampala-Jinja, dans le centre de l'Ouganda, a annoncé la police.",
  "La citerne a pris feu après le choc, près de Mukono, à 35 km à l'est de la capitale.",
  {"also": "RDC : le Nyiragongo entre en éruption, des milliers d'habitants fuient Goma"}),

 # 2. Parliament to vote Thursday on raising the fuel levy by 200 shillings a litre (radio quote, post 10).
 ("uganda-fuel-levy-vote", LEDGER, "en", 3, 80, 2400, [UG, P, B], "",
  "Parliament to vote on 200-shilling fuel levy rise on Thursday",
  "Parliament will vote on Thursday afternoon on a Finance Ministry proposal to raise the road maintenance levy on petrol and diesel by 200 shillings a litre, Speaker Rebecca Atuhaire told the House on Wednesday.",
  "If passed, the increase would take effect on September 1 and raise an estimated 480 billion shillings a year for the Uganda Road Fund."),
 ("uganda-fuel-levy-vote", WIRE, "en", 3, 160, 700, [UG, B], "reuters",
  "Uganda lawmakers set to vote on fuel tax hike",
  "Uganda's parliament is due to vote on Thursday on raising the levy on fuel by 200 shillings ($0.05) a litre, a measure the government says is needed to repair roads but which transport operators warn will push up fares.",
  "Pump prices in Kampala are currently around 5,300 shillings a litre for petrol."),
 ("uganda-fuel-levy-vote", NILE, "en", 3, 100, 1600, [UG, P], "",
  "Opposition MPs vow to block fuel levy increase",
  "Opposition lawmakers said on Wednesday they would vote against the proposed 200-shilling rise in the fuel levy and called on ruling party backbenchers to join them.",
  "Works Minister Edward Kasirye defended the levy on radio in the morning. \"Every shilling we collect at the pump must go back into the road, because bad roads are burying our people,\" he told Pearl FM 98.4's Morning Baraza."),
 ("uganda-fuel-levy-vote", OBS, "en", 3, 330, 2100, [UG, B], "",
  "Fuel levy explained: what it could mean for your taxi fare",
  "A 200-shilling rise in the fuel levy would add roughly 500 shillings to a Kampala-Entebbe taxi trip and about 200 shillings to a short boda-boda ride, according to estimates by the Uganda Taxi Operators' Federation.",
  "Economists at the central bank estimate the measure would add about 0.4 percentage points to inflation over a year."),
 ("uganda-fuel-levy-vote", EAT, "en", 3, 500, 800, [UG, KLA], "teaser",
  "Boda-boda riders threaten to park if fuel levy passes",
  "Boda-boda riders' associations in Kampala said they would park their motorcycles for a day if Parliament approves the higher fuel levy on Thursday, saying they cannot pass the cost on to passengers.",
  "Police said any sit-down would have to be notified in advance."),

 # 3. The boat capsizing near Kalangala on Lake Victoria: "capsized", "sank", "overturned",
 #    "naufrage", "chavirement"; bodies 6 -> 11; about 20 missing.
 ("kalangala-boat-capsize", LEDGER, "en", 3, 30, 3100, [UG], "",
  "Boat capsizes off Kalangala, six bodies recovered",
  "Six bodies had been recovered by Wednesday morning after an overloaded passenger boat capsized in strong winds off Bufumira Island in Kalangala District on Tuesday night, marine police said.",
  "Survivors said about 40 people, many of them traders with sacks of fish and charcoal, were on board."),
 ("kalangala-boat-capsize", AP, "en", 3, 230, 1200, [UG, W], "ap",
  "11 dead, 20 missing after boat sinks on Lake Victoria",
  "At least 11 people died and about 20 are missing after a wooden boat sank in rough water on Lake Victoria in Uganda, police said Wednesday, as divers searched the area for survivors.",
  "",
  {"city": "Kalangala"}),
 ("kalangala-boat-capsize", NILE, "en", 3, 300, 1700, [UG, EA], "caption",
  "Navy divers join search for missing after Bufumira boat disaster",
  "Navy divers from the Uganda People's Defence Forces joined the search on Wednesday for about 20 people still missing after a boat overturned near Bufumira Island, bringing the number of bodies recovered to 11.",
  "Search teams said visibility underwater was less than a metre.",
  {"caption": "Relatives wait on the shore at Kasenyi landing site as rescuers bring in a boat on Wednesday."}),
 ("kalangala-boat-capsize", OBS, "en", 3, 450, 1100, [UG], "byline_en",
  "Fishermen say life jackets rarely used on island routes",
  "Boat operators and fishermen on the Ssese Islands say life jackets are seldom worn on the wooden boats that ferry passengers between the islands and the mainland, despite a law requiring them, after Tuesday's capsizing off Kalangala left 11 dead.",
  "A life jacket costs about 60,000 shillings in Kalangala town, one boat owner said.",
  {"author": "Isaac Ochieng", "site": "The Pearl Observer", "date_en": "Aug. 5"}),
 ("kalangala-boat-capsize", NORD, "fr", 3, 380, 250, [UG, "Afrique"], "soutien",
  "Naufrage sur le lac Victoria : au moins 11 morts",
  "Au moins onze personnes sont mortes et une vingtaine sont portées disparues après le chavirement d'une embarcation sur le lac Victoria, au large de l'île de Bufumira, a indiqué mercredi la police ougandaise.",
  "Les familles attendent sur la plage de Kasenyi, où les corps sont ramenés."),

 # 4. Nyiragongo erupts above Goma overnight; thousands flee, some towards Uganda (shared line, post 19).
 ("nyiragongo-eruption-goma", NORD, "fr", 3, 10, 600, ["RDC", "Afrique"], "afp",
  "RDC : le Nyiragongo entre en éruption, des milliers d'habitants fuient Goma",
  "Le volcan Nyiragongo est entré en éruption dans la nuit de mardi à mercredi au-dessus de Goma, dans l'est de la République démocratique du Congo, poussant des milliers d'habitants à fuir vers le Rwanda voisin.",
  "Une coulée de lave s'est dirigée vers l'aéroport de la ville, selon l'Observatoire volcanologique de Goma.",
  {"city": "Goma"}),
 ("nyiragongo-eruption-goma", WIRE, "en", 3, 285, 1300, [W, EA], "reuters_line",
  "Congo's Nyiragongo volcano erupts, lava flows towards Goma",
  "Mount Nyiragongo in eastern Democratic Republic of Congo erupted overnight, sending lava towards the outskirts of Goma and forcing thousands of residents to flee across the border into Rwanda, local officials said on Wednesday.",
  "There were no confirmed deaths, but the provincial governor said several villages on the volcano's slopes had been cut off."),
 ("nyiragongo-eruption-goma", NORD, "fr", 3, 340, 400, ["RDC", "Afrique"], "actu",
  "Éruption du Nyiragongo : la lave s'arrête aux portes de Goma",
  "La coulée de lave du Nyiragongo s'est arrêtée mercredi après-midi à moins de deux kilomètres des premiers quartiers de Goma, ont annoncé les autorités, qui ont toutefois maintenu l'ordre d'évacuation.",
  "Au moins quatre personnes ont été tuées dans les villages de Kibati et Buhene, selon un premier bilan."),
 ("nyiragongo-eruption-goma", "courrierdesgrandslacs.cd", "fr", 3, 400, 350, ["RDC", "Afrique"], "byline_fr",
  "Pourquoi le Nyiragongo fait si peur",
  "Le Nyiragongo, dont la lave très fluide peut dévaler ses pentes à plus de 60 km/h, est considéré comme l'un des volcans les plus dangereux du monde, et son réveil de mercredi rappelle aux habitants de Goma les éruptions meurtrières de 1977 et 2002.",
  "Son cratère abrite l'un des plus grands lacs de lave permanents de la planète.",
  {"author": "Aline Mukendi", "site": "Le Courrier des Grands Lacs"}),
 ("nyiragongo-eruption-goma", NILE, "en", 3, 470, 1400, [UG, EA], "",
  "Kisoro braces for arrivals as Congolese flee volcano",
  "Ugandan officials in Kisoro District said on Wednesday they had received about 1,200 Congolese fleeing the eruption of Mount Nyiragongo, most of them crossing at Bunagana, and were preparing the Nyakabande transit centre for more.",
  "The Office of the Prime Minister said food and tents were being trucked from Mbarara."),

 # 5. Downtown Kampala traders close shops over a new trading licence fee and digital receipts (strike 1).
 ("kampala-traders-shutdown", LEDGER, "en", 3, 5, 3900, [UG, KLA, B], "",
  "Downtown Kampala shops stay shut as traders strike over licence fee",
  "Most shops in downtown Kampala remained closed on Wednesday morning as traders began an indefinite strike against a new trading licence fee and a requirement to issue digital receipts for every sale.",
  "Kikuubo, Nakasero Market and the arcades along Luwum Street were almost empty by 9 a.m."),
 ("kampala-traders-shutdown", WIRE, "en", 3, 110, 800, [UG, B], "reuters",
  "Kampala traders close stores in protest at new tax rules",
  "Thousands of traders in Uganda's capital shut their stores on Wednesday in protest at a city licence fee they say has tripled and at electronic receipt rules enforced by the tax authority, paralysing the country's biggest wholesale hub.",
  "Traders in Kikuubo supply goods to shops across Uganda as well as to buyers from South Sudan and eastern Congo."),
 ("kampala-traders-shutdown", OBS, "en", 3, 260, 2300, [UG, KLA], "caption",
  "KCCA, traders to meet Thursday as shutdown enters first day",
  "Kampala Capital City Authority and leaders of the Kampala City Traders Association will meet on Thursday morning to try to end the shutdown of downtown shops, the authority's executive director said on Wednesday.",
  "The new licence fee for a small shop is 450,000 shillings a year, up from 150,000.",
  {"caption": "A trader sits outside his closed shop in Kikuubo on Wednesday morning."}),
 ("kampala-traders-shutdown", NILE, "en", 3, 300, 1500, [UG, KLA], "",
  "Is my shop open? What's closed in the city centre",
  "Supermarkets, pharmacies and banks in central Kampala were open on Wednesday, but most wholesale shops, hardware stores and clothing arcades downtown stayed shut as the traders' strike went on.",
  "Owino (St Balikuddembe) Market was partly open, and vendors in suburbs such as Ntinda and Kireka were trading normally."),
 ("kampala-traders-shutdown", EAT, "en", 3, 610, 700, [UG, B], "",
  "Museveni orders review of Kampala licence fee as strike spreads",
  "President Yoweri Museveni on Wednesday evening ordered a review of the new Kampala trading licence fee and asked downtown traders to reopen their shops, as the strike spread to markets in Mukono and Wakiso.",
  "Traders' leaders said they would decide on Thursday whether to call off the action."),

 # 6. Lecturers at public universities down tools over unpaid allowances (strike 2).
 ("uganda-lecturers-strike", LEDGER, "en", 2, 70, 1600, [UG], "",
  "Lecturers at nine public universities lay down tools",
  "Academic staff at Uganda's nine public universities began a sit-down strike on Wednesday over eight months of unpaid research and housing allowances, leaving lecture halls empty at the start of the semester.",
  "The staff associations said the arrears amount to 92 billion shillings."),
 ("uganda-lecturers-strike", NILE, "en", 2, 210, 900, [UG, P], "",
  "Education ministry says lecturers' arrears to be paid in October",
  "The Ministry of Education said on Wednesday that allowance arrears owed to university lecturers would be paid in October, and urged striking staff to return to class.",
  "Union leaders said they had heard the same promise in March."),
 ("uganda-lecturers-strike", OBS, "en", 2, 400, 1300, [UG], "",
  "Students: what the lecturers' strike means for your semester",
  "Students at public universities should keep attending registration and will not lose the semester if the lecturers' strike ends within three weeks, university registrars said on Wednesday.",
  "Examinations already scheduled for September will be moved if teaching time is lost."),
 ("uganda-lecturers-strike", "upi-like.com", "en", 2, 560, 300, [UG, EA], "upi",
  "Ugandan university staff strike over pay arrears",
  "Lecturers at Uganda's public universities went on strike Wednesday, saying the government had failed to pay allowances owed since December.",
  ""),

 # 7. Fire destroys hundreds of stalls at Gulu Main Market overnight (fire 1, same town as 8).
 ("gulu-market-fire", NILE, "en", 2, 40, 1500, [UG], "",
  "Night fire guts Gulu Main Market",
  "A fire that broke out shortly after midnight destroyed about 300 stalls in Gulu Main Market, traders and police said on Wednesday.",
  "Fire trucks from Gulu city took more than an hour to arrive, traders said."),
 ("gulu-market-fire", LEDGER, "en", 2, 150, 1300, [UG], "",
  "Police suspect electrical fault in Gulu market blaze",
  "Police in Gulu said on Wednesday that an electrical fault in the clothing section was the most likely cause of the blaze that gutted the city's main market overnight, and ruled out arson for now.",
  "No one was hurt."),
 ("gulu-market-fire", OBS, "en", 2, 350, 900, [UG, B], "",
  "Gulu traders count losses after market inferno",
  "Traders at Gulu Main Market said on Wednesday they had lost goods worth more than 2 billion shillings in the overnight fire, and that few of them had insurance.",
  "\"Everything I had was in this stall,\" said Akello Margaret, who sold shoes."),
 ("gulu-market-fire", "acholitimes.ug", "en", 2, 520, 400, [UG], "colon",
  "Gulu city to relocate burnt-out traders to bus park",
  "Traders whose stalls burned down in Gulu Main Market will be allowed to sell from the old bus park while the market is cleared, Gulu City Council said on Wednesday.",
  "",
  {"city": "Gulu"}),

 # 8. Anthrax: cattle markets in Gulu district closed, quarantine (same town).
 ("gulu-anthrax-quarantine", LEDGER, "en", 2, 90, 1200, [UG, H], "",
  "Gulu under anthrax quarantine after two deaths",
  "The Ministry of Agriculture placed Gulu district under a livestock quarantine on Wednesday after two people died of anthrax from eating meat of a dead cow, closing all cattle markets and slaughter slabs.",
  "Fourteen other people are being treated at Gulu Regional Referral Hospital."),
 ("gulu-anthrax-quarantine", NILE, "en", 2, 280, 700, [UG, H], "",
  "Ministry confirms anthrax outbreak in northern Uganda",
  "The Ministry of Health confirmed an outbreak of anthrax in Gulu district on Wednesday, saying laboratory tests on samples from two patients who died had come back positive.",
  "Health workers will visit homes in Paicho and Unyama sub-counties."),
 ("gulu-anthrax-quarantine", OBS, "en", 2, 430, 500, [UG, B], "",
  "Cattle keepers fear losses as Gulu animal markets close",
  "Cattle traders in Gulu say the quarantine that closed the district's livestock markets on Wednesday will cost them weeks of sales, and asked the government to speed up vaccination of herds.",
  ""),
 ("gulu-anthrax-quarantine", EAT, "en", 2, 590, 600, [UG, H], "",
  "Anthrax: how to stay safe around sick animals",
  "Do not eat, sell or handle the meat of an animal that died suddenly, and report it to a veterinary officer, health officials advised on Wednesday after the anthrax outbreak in Gulu.",
  "Symptoms in people include skin sores with a black centre, fever and stomach pain."),

 # 9. Fire in a boys' dormitory at a Mbarara secondary school (fire 2).
 ("mbarara-dormitory-fire", LEDGER, "en", 2, 60, 1400, [UG], "",
  "120 students escape as fire razes Mbarara school dormitory",
  "About 120 students escaped unhurt when fire destroyed a boys' dormitory at Rwizi Hill Secondary School in Mbarara late on Tuesday night, police said.",
  "Three students were treated for smoke inhalation."),
 ("mbarara-dormitory-fire", NILE, "en", 2, 310, 800, [UG], "",
  "Police question four students over Rwizi Hill dormitory fire",
  "Police in Mbarara said on Wednesday they were questioning four students over the dormitory fire at Rwizi Hill Secondary School, which they believe was started deliberately.",
  "The school has been closed for two weeks."),
 ("mbarara-dormitory-fire", OBS, "en", 2, 540, 600, [UG], "",
  "Parents rush to Mbarara school after night fire",
  "Hundreds of parents arrived at Rwizi Hill Secondary School on Wednesday to collect their children after the school was closed following a night fire that burned down a dormitory.",
  ""),

 # 10. Malaria vaccine rollout in 30 more districts.
 ("uganda-malaria-vaccine-rollout", OBS, "en", 2, 130, 1500, [UG, H], "",
  "Malaria vaccine to reach 30 more districts from Monday",
  "Children under two in 30 more districts will be able to receive the malaria vaccine from Monday, the Ministry of Health said on Wednesday, as it widens a rollout that began in the north and east last year.",
  "The ministry has received 2.1 million doses."),
 ("uganda-malaria-vaccine-rollout", NILE, "en", 2, 360, 1100, [UG, H], "",
  "Where to get your child's malaria jab",
  "Parents can take children aged six months to two years to any government health centre III or IV in the newly added districts to receive the malaria vaccine, free of charge, from next Monday.",
  "Bring the child's immunisation card. Four doses are needed."),
 ("uganda-malaria-vaccine-rollout", "agence-alpes.ch", "fr", 2, 440, 200, ["Santé", "Afrique"], "ats",
  "Paludisme: Gavi finance l'élargissement de la vaccination en Ouganda",
  "L'Alliance du vaccin Gavi va financer l'extension de la vaccination contre le paludisme à 30 nouveaux districts de l'Ouganda, a-t-elle annoncé mercredi à Genève.",
  "",
  {"city": "Genève"}),
 ("uganda-malaria-vaccine-rollout", EAT, "en", 2, 620, 500, [UG, H], "",
  "Mothers in Lira say vaccine has cut malaria visits",
  "Mothers in Lira, one of the districts where the malaria vaccine was first given last year, say their children have fallen sick less often, health workers told a briefing on Wednesday as the rollout was extended.",
  "Admissions of children under five for severe malaria at Lira health centres fell by about a third, district officials said."),

 # 11. The Nakasero land fraud verdict (court case 1).
 ("nakasero-land-fraud-verdict", LEDGER, "en", 2, 180, 1300, [UG, KLA], "",
  "Ex-land registrar guilty of forging Nakasero titles",
  "The Anti-Corruption Court on Wednesday convicted former land registrar Moses Tumwine of forging land titles for a 2-acre plot in Nakasero worth about 30 billion shillings.",
  "Sentencing was set for Friday."),
 ("nakasero-land-fraud-verdict", EAT, "en", 2, 290, 600, [UG], "",
  "Court convicts Tumwine, two surveyors in Nakasero land case",
  "Moses Tumwine, a former registrar at the Ministry of Lands, and two private surveyors were found guilty on Wednesday of conspiracy and forgery over a prime plot in Kampala's Nakasero neighbourhood.",
  "The court acquitted a businessman who had bought the land."),
 ("nakasero-land-fraud-verdict", NILE, "en", 2, 480, 1000, [UG, KLA], "",
  "How to check a land title before you buy",
  "Buyers can confirm a land title is genuine by running a search at the Ministry of Lands zonal office or on its online land information system for a fee of 10,000 shillings, officials said after Wednesday's conviction in the Nakasero forgery case.",
  "Always visit the land and speak to neighbours before paying."),

 # 12. Journalists' petition against the Online Content Levy Act (court case 2).
 ("online-content-levy-petition", OBS, "en", 1, 240, 700, [UG, P], "",
  "Constitutional Court hears challenge to online content levy",
  "The Constitutional Court on Wednesday began hearing a petition by journalists and bloggers who say the Online Content Levy Act, which charges monthly fees to anyone who earns money from posting videos, violates freedom of expression.",
  "A five-judge panel reserved its ruling."),
 ("online-content-levy-petition", LEDGER, "en", 1, 420, 500, [UG, P], "",
  "Attorney general defends online levy as 'fair tax on earnings'",
  "The attorney general told the Constitutional Court on Wednesday that the Online Content Levy Act was a fair tax on income earned online and did not stop anyone from speaking.",
  "The court will give its ruling on notice."),
 ("online-content-levy-petition", EAT, "en", 1, 570, 400, [UG, EA], "",
  "Ugandan creators challenge 'YouTuber tax' in court",
  "Ugandan content creators urged the Constitutional Court on Wednesday to strike down a law requiring them to register and pay a levy of 100,000 shillings a month, arguing that it targets government critics.",
  ""),

 # 13. Financing deal for the Hoima (Kabaale) oil refinery (shared line, post 53).
 ("hoima-refinery-financing", WIRE, "en", 1, 290, 500, [UG, B], "reuters_line",
  "Uganda signs $4 billion financing deal for Hoima refinery",
  "Uganda signed a $4 billion financing agreement with a group of African and Gulf lenders on Wednesday to build its long-delayed oil refinery at Kabaale in Hoima district, the energy ministry said.",
  "Construction is due to start in early 2027."),
 ("hoima-refinery-financing", NORD, "fr", 1, 250, 100, [UG, "Économie"], "publie",
  "L'Ouganda boucle le financement de sa raffinerie de Hoima",
  "L'Ouganda a signé mercredi un accord de financement de 4 milliards de dollars pour construire sa raffinerie de pétrole de Kabaale, dans le district de Hoima, a annoncé le ministère de l'Énergie.",
  "",
  {"site": "Agence Nord"}),
 ("hoima-refinery-financing", "menafn-like.com", "en", 1, 320, 150, [B, W], "kuna",
  "Kuwait fund joins Uganda refinery financing",
  "A Kuwaiti development fund will provide $350 million towards Uganda's Kabaale oil refinery under a financing agreement signed in the Ugandan capital on Wednesday.",
  ""),

 # 14. Auditor-general: Mukono General Hospital went without oxygen and antibiotics (same hospital).
 ("mukono-hospital-audit", LEDGER, "en", 1, 140, 1100, [UG, H], "",
  "Audit: Mukono hospital ran out of oxygen for 41 days",
  "Mukono General Hospital went without medical oxygen for 41 days and without basic antibiotics for three months last year, the auditor-general said in a report tabled in Parliament on Wednesday.",
  "The report covers the year to June 2025."),
 ("mukono-hospital-audit", OBS, "en", 1, 390, 800, [UG, H, P], "",
  "MPs summon health officials over Mukono hospital audit",
  "Parliament's health committee on Wednesday summoned Ministry of Health officials to explain why supplies ordered for Mukono General Hospital were delivered to other facilities, after an audit found months of shortages.",
  ""),
 ("mukono-hospital-audit", NILE, "en", 1, 600, 500, [UG, H], "place",
  "Hospital chiefs say supply gaps at Mukono now closed",
  "Managers at Mukono General Hospital said on Wednesday that the oxygen and drug shortages found by the auditor-general had been resolved since a new oxygen plant opened in March.",
  "",
  {"city": "Mukono"}),

 # 15. Filler: football, promo, horoscope, weather bulletin.
 ("vipers-kcca-result", "ugsportsdaily.com", "en", 0, 20, 2300, ["Sports"], "",
  "Vipers edge KCCA 2-1 at Kitende",
  "Vipers SC came from behind to beat KCCA FC 2-1 at the St Mary's Stadium in Kitende on Tuesday night and go top of the Uganda Premier League.",
  "Striker Allan Kizito scored the winner in the 88th minute."),
 ("vipers-kcca-result", LEDGER, "en", 0, 95, 1000, ["Sports"], "",
  "Late Kizito goal sends Vipers top",
  "Allan Kizito's header two minutes from time gave Vipers a 2-1 win over KCCA on Tuesday night, lifting the champions above SC Villa on goal difference.",
  ""),
 ("promo-observer-evening-podcast", OBS, "en", 0, 45, 120, ["Promo"], "",
  "Listen to The Pearl Observer's evening podcast",
  "Catch up on the day's news in 15 minutes with The Pearl Observer's evening podcast, out every weekday at 6 p.m. on all major podcast apps.",
  "Search for \"Observer Evening\" and subscribe."),
 ("horoscope-wed-aug5", "starsdaily.com", "en", 0, 0, 900, ["Horoscope"], "",
  "Your horoscope for Wednesday, Aug. 5",
  "Leo, your birthday month starts with an invitation you should accept, even if the timing feels wrong.",
  "Virgo: let someone else lead a project. Libra: money owed to you comes back."),
 ("weather-kampala-wed", "ugweathernow.com", "en", 0, 15, 1700, ["Weather"], "",
  "Weather: showers over Kampala, strong winds on the lake",
  "Kampala and the Lake Victoria basin will have morning showers and afternoon thunderstorms on Wednesday, with strong winds over the lake in the evening, the Uganda National Meteorological Authority said.",
  "Highs of 26 degrees in Kampala and Entebbe."),
]
