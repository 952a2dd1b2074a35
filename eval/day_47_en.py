# Day 47 (hold-out): a Western Australian English channel, evening edition of Wednesday 20 May 2026
# (window 07:00 - 19:00 Wednesday Perth, Australia/Perth = UTC+8, no DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Premier Rhys Gallagher on WestTalk 720's "Perth
#   Mornings" on Wednesday, about the Kwinana lithium refinery shutdown (post 13) and about the
#   household electricity tariff rise (post 19), both carrying "Nobody is going to pretend this is
#   easy, but this state has never been beaten by a bad year";
# - a shared wire byline line ("Indo-Pacific Wire | Updated: 20-05-2026 09:15 AWST"): Indonesia's
#   palm oil export levy (post 52) and the Timor-Leste Lorosae gas pipeline deal (post 55), unrelated
#   stories of the region; and the French palm oil post carries a "Lire aussi" line that names the
#   Timor gas story (post 54);
# - the same town and the same hospital: the fatal Karrawong mine rockfall near Kalgoorlie, whose
#   rescued miner went to Goldfields Regional Hospital (posts 1-7), and the burst Goldfields water
#   pipeline that put Kalgoorlie-Boulder on restrictions and made the same hospital postpone surgery
#   (posts 8-11);
# - look-alike stories: two fires with smoke over Perth's south (the escaped prescribed burn at
#   Dwellingup, posts 23-29; the Canning Vale recycling plant fire, posts 30-32, whose suspected
#   cause is lithium batteries, a word of the Kwinana refinery story); two strikes (the Pilbara
#   train drivers' walkout, posts 33-37; the paramedics' work bans, posts 38-40); two court cases
#   (the High Court's native title compensation, posts 41-44; the bobtail lizard smuggler jailed
#   in the District Court, posts 45-47);
# - stories told from other angles: the lithium price explainer (post 15), the power bill "how to"
#   (post 21), the bushfire smoke "how to" (post 28), the water-saving "how to" (post 11), the
#   Bougainville two-thirds explainer (post 51), the Darwin angle on the Timor gas deal (post 57);
# - a promo posted alone (post 61); filler of importance 0: the Matildas result (posts 58-59), the
#   horoscope (post 60), the Oz Lotto draw (post 62), the weather bulletin (post 63).
NAME = "2026-05-20-en-evening-perth-h47"
CHANNEL = {"lang": "en", "tz": "Australia/Perth"}
WINDOW = ("2026-05-19T23:00:00Z", "2026-05-20T11:00:00Z")
CTX = {"stamp": "20-05-2026 09:15", "city": "Perth", "date_fr": "20 mai", "date_en": "May 20",
       "author": "Megan Tully", "clarify": "the number of homes destroyed", "caption": "",
       "also": "", "country": "Australia",
       "line": "Indo-Pacific Wire | Updated: 20-05-2026 09:15 AWST"}
# The editor's top 5: the fatal rockfall at the Karrawong gold mine, the escaped burn that destroyed
# seven homes at Dwellingup, the Kwinana lithium refinery shutdown with 450 jobs, the 7.5% rise in
# household power bills, the Pilbara train drivers' strike that halted iron ore trains.
TOP5 = ["kalgoorlie-rockfall", "dwellingup-escaped-burn", "kwinana-lithium-halt",
        "wa-power-tariff", "pilbara-train-strike"]
WA = "WA"
AU = "Australia"
W = "World"
B = "Business"
PAC = "Pacific"
ASIA = "Asia"
POSTS = [
 # 1. Rockfall at the Karrawong underground gold mine near Kalgoorlie: two trapped, one rescued,
 #    one found dead.
 ("kalgoorlie-rockfall", "goldfieldsecho.com.au", "en", 3, 15, 2400, [WA], "",
  "Two miners trapped after rockfall at Karrawong gold mine",
  "Two miners were trapped underground after a rockfall at the Karrawong gold mine, 25 kilometres north of Kalgoorlie-Boulder, early on Wednesday, the mine's operator Eastfield Gold said.",
  "The fall of ground happened at about 2.40 a.m. on a level 600 metres below the surface, where the two men were working a drill rig."),
 ("kalgoorlie-rockfall", "westnow.com.au", "en", 3, 120, 2100, [WA], "",
  "Rescuers make contact with one trapped Karrawong miner",
  "Rescue teams at the Karrawong underground mine have made contact with one of the two trapped miners, who reached a refuge chamber and told them by phone that he was uninjured, Eastfield Gold said on Wednesday morning.",
  "There was still no contact with the second man."),
 ("kalgoorlie-rockfall", "wire-west.com", "en", 3, 200, 1200, [AU, W], "reuters",
  "One miner rescued, another missing after Australian gold mine cave-in",
  "Rescuers in Western Australia brought one of two miners trapped by a rockfall at an underground gold mine to the surface on Wednesday, more than seven hours after the cave-in, the company operating the mine said.",
  "Eastfield Gold, which is listed in Sydney and Toronto, halted production at the mine.",
  {"city": "Kalgoorlie"}),
 ("kalgoorlie-rockfall", "goldfieldsecho.com.au", "en", 3, 260, 1900, [WA], "caption",
  "Rescued Karrawong miner in stable condition",
  "The miner rescued from the Karrawong gold mine, a 34-year-old drill operator from Boulder, was taken by ambulance to Goldfields Regional Hospital in Kalgoorlie, where he was in a stable condition on Wednesday.",
  "His partner and parents were waiting for him at the hospital.",
  {"site": "The Goldfields Echo",
   "caption": "Members of the mine rescue team return to the surface at the Karrawong mine north of Kalgoorlie on Wednesday."}),
 ("kalgoorlie-rockfall", "swancourier.com.au", "en", 3, 410, 2600, [WA], "updated",
  "Second Karrawong miner found dead",
  "The second miner trapped by the rockfall at the Karrawong gold mine has been found dead, Eastfield Gold and WA Police said on Wednesday afternoon, more than 11 hours after the ground gave way.",
  "He was 51 and had worked at the mine for nine years.",
  {"clarify": "the name of the mine's operator"}),
 ("kalgoorlie-rockfall", "agence-nord.fr", "fr", 3, 470, 300, [AU, W], "afp",
  "Australie : un mineur tué, un autre secouru après un éboulement dans une mine d'or",
  "Un mineur a été tué et un autre secouru après un éboulement survenu mercredi dans une mine d'or souterraine près de Kalgoorlie, dans l'ouest de l'Australie, a annoncé l'exploitant.",
  "Les deux hommes étaient bloqués à 600 mètres de profondeur.",
  {"city": "Kalgoorlie"}),
 ("kalgoorlie-rockfall", "westtv.com.au", "en", 3, 560, 1500, [WA], "",
  "Union demands answers after fatal Karrawong collapse",
  "The mining union has called for an independent inquiry into the fatal rockfall at the Karrawong gold mine, saying workers had reported cracks in the walls of the same level two weeks ago.",
  "The state's mine safety regulator has sent inspectors to the site and stopped all work underground."),

 # 2. Same town, same hospital: the Goldfields water pipeline bursts; Kalgoorlie on restrictions.
 ("goldfields-pipeline-burst", "goldfieldsecho.com.au", "en", 2, 60, 1600, [WA], "",
  "Kalgoorlie on water restrictions after pipeline burst",
  "Residents of Kalgoorlie-Boulder have been told to stop watering gardens and washing cars after a burst in the main Goldfields water pipeline near Southern Cross cut supply to the city's reservoirs on Tuesday night.",
  "WaterWest said the city had about four days of stored water."),
 ("goldfields-pipeline-burst", "ausnet-news.com.au", "en", 2, 240, 900, [WA], "",
  "Repair crews race to fix split Goldfields pipe",
  "Crews worked through the day on Wednesday to replace a 12-metre section of the Goldfields water pipeline that split near Southern Cross, and WaterWest said supply to Kalgoorlie-Boulder should resume by Friday.",
  ""),
 ("goldfields-pipeline-burst", "westnow.com.au", "en", 2, 380, 1100, [WA], "",
  "Kalgoorlie hospital postpones surgery as water runs low",
  "Goldfields Regional Hospital in Kalgoorlie has postponed all non-urgent surgery until at least Friday to save water while the burst pipeline is repaired, the country health service said.",
  "Water tankers have been parked beside the hospital's emergency department."),
 ("goldfields-pipeline-burst", "goldfieldsecho.com.au", "en", 2, 500, 800, [WA], "",
  "How to make your water last until the pipeline is fixed",
  "Keeping showers to three minutes, running the dishwasher and washing machine only when full and keeping a few bottles of drinking water aside are the simplest ways for Goldfields households to make their supply last, WaterWest says.",
  "Bore water should not be used for drinking."),

 # 3. Tallis Lithium to mothball its Kwinana refinery (interview trap: the Premier on WestTalk 720).
 ("kwinana-lithium-halt", "wire-west.com", "en", 3, 40, 1300, [AU, B], "reuters",
  "Tallis Lithium to suspend Kwinana refinery, cut 450 jobs",
  "Tallis Lithium said on Wednesday it would suspend its lithium hydroxide refinery at Kwinana, south of Perth, from the end of June and cut about 450 jobs, blaming a two-year slump in lithium prices.",
  "The refinery, which opened in 2022, never reached its full capacity of 24,000 tonnes a year."),
 ("kwinana-lithium-halt", "westtalk720.com.au", "en", 3, 95, 1400, [WA], "",
  "Gallagher on refinery shutdown: 'This state has never been beaten by a bad year'",
  "\"Nobody is going to pretend this is easy, but this state has never been beaten by a bad year,\" Premier Rhys Gallagher told WestTalk 720's Perth Mornings on Wednesday, hours after Tallis Lithium said it would mothball its Kwinana refinery and lay off 450 workers.",
  "He said his government would ask the company to keep the plant ready to restart quickly."),
 ("kwinana-lithium-halt", "swancourier.com.au", "en", 3, 230, 1700, [WA], "",
  "Kwinana workers learn of shutdown at 7am meeting",
  "Workers at the Tallis Lithium refinery in Kwinana were told at a 7 a.m. meeting on Wednesday that the plant would be mothballed in six weeks, and many said they would have to look for fly-in fly-out work in the Pilbara.",
  "Contractors in the Kwinana industrial strip said hundreds more jobs depended on the plant."),
 ("kwinana-lithium-halt", "market-times.com", "en", 3, 330, 600, [B], "",
  "Why lithium prices collapsed",
  "Lithium prices have fallen by more than 80% from their peak because new mines in Australia, Africa and South America opened faster than sales of electric cars grew, leaving the world with more of the metal than it needs.",
  "Analysts do not expect the surplus to clear before 2028, which is why refiners such as Tallis are closing plants first."),
 ("kwinana-lithium-halt", "courrierdusoir.fr", "fr", 3, 420, 250, [AU, B], "publie",
  "Australie : Tallis Lithium suspend sa raffinerie de Kwinana, 450 emplois supprimés",
  "Le groupe minier australien Tallis Lithium a annoncé mercredi la suspension de sa raffinerie d'hydroxyde de lithium de Kwinana, près de Perth, et la suppression d'environ 450 emplois, en raison de l'effondrement des cours du lithium.",
  "", {"site": "Le Courrier du Soir"}),
 ("kwinana-lithium-halt", "westnow.com.au", "en", 3, 610, 900, [WA], "",
  "Union to hold mass meeting on Friday over refinery closure",
  "The manufacturing workers' union will hold a mass meeting at the Kwinana refinery gates on Friday morning to decide whether to negotiate redundancy terms or fight the shutdown, its state secretary said on Wednesday evening.",
  ""),

 # 4. Household electricity tariffs to rise 7.5% (interview trap: same Premier, same quote).
 ("wa-power-tariff", "swancourier.com.au", "en", 3, 30, 2200, [WA], "byline_en",
  "Household power bills to rise 7.5% from July",
  "The price of electricity for Western Australian households will rise by 7.5% on July 1, adding about $140 a year to the average bill, Energy Minister Paula Kernot announced on Wednesday morning.",
  "It is the largest increase in the regulated tariff since 2018.",
  {"site": "The Swan Courier", "author": "Megan Tully"}),
 ("wa-power-tariff", "westtalk720.com.au", "en", 3, 100, 1300, [WA], "",
  "Premier defends electricity price rise on Perth Mornings",
  "Premier Rhys Gallagher defended the 7.5% increase in household electricity tariffs on Wednesday, telling WestTalk 720 that the state-owned retailer could no longer sell power for less than it costs to generate.",
  "\"Nobody is going to pretend this is easy, but this state has never been beaten by a bad year,\" he said, adding that pensioners and concession card holders would receive a larger energy assistance payment."),
 ("wa-power-tariff", "westtv.com.au", "en", 3, 280, 1200, [WA], "",
  "Small businesses say higher power bills will cost jobs",
  "Small business owners in Midland and Joondalup said on Wednesday that the rise in electricity tariffs would force them to lift prices or cut staff hours, coming on top of higher rents.",
  ""),
 ("wa-power-tariff", "westnow.com.au", "en", 3, 440, 1000, [WA], "",
  "Power bills: how to get the bigger energy assistance payment",
  "Holders of a pensioner or health care card do not need to apply for the bigger energy assistance payment, which will be credited to their electricity account automatically in four instalments from July, the Energy Department says.",
  "Other households that cannot pay can ask their retailer for a hardship plan."),
 ("wa-power-tariff", "ausnet-news.com.au", "en", 3, 590, 700, [WA], "",
  "Opposition to force upper house vote on tariff increase",
  "The Opposition will move a motion in the Legislative Council on Thursday calling on the government to cap the electricity tariff increase at the inflation rate, its energy spokesman said.",
  "The government holds a majority in both houses."),

 # 5. Fire 1: a prescribed burn escapes near Dwellingup (homes lost: 3, then 7).
 ("dwellingup-escaped-burn", "ausnet-news.com.au", "en", 3, 5, 1800, [WA], "place",
  "Emergency warning as prescribed burn escapes near Dwellingup",
  "An emergency warning was issued for residents south-east of this forest town early on Wednesday after a prescribed burn lit by parks officers broke its containment lines overnight and ran through the jarrah forest towards Nanga Road.",
  "Residents were told it was too late to leave and to shelter in a solid building.",
  {"city": "Dwellingup", "country": "Western Australia"}),
 ("dwellingup-escaped-burn", "ap-like.org", "en", 3, 130, 800, [AU, W], "ap",
  "Controlled burn escapes in Western Australia, homes lost",
  "A planned burn meant to reduce the risk of summer bushfires raced out of control in the forest south of Perth on Wednesday, destroying at least three homes, fire officials said.",
  "About 40 firefighters and two water-bombing aircraft were on the fire.",
  {"city": "Dwellingup"}),
 ("dwellingup-escaped-burn", "westtv.com.au", "en", 3, 250, 1400, [WA], "caption",
  "Dwellingup evacuees wait it out at Pinjarra",
  "About 150 people from Dwellingup and nearby farms spent Wednesday at an evacuation centre in the Pinjarra recreation centre as the escaped burn kept burning east of the town.",
  "Red Cross volunteers handed out meals and blankets.",
  {"site": "WestTV",
   "caption": "Smoke from the escaped burn rises over the jarrah forest east of Dwellingup on Wednesday morning."}),
 ("dwellingup-escaped-burn", "swancourier.com.au", "en", 3, 400, 2000, [WA], "updated",
  "Homes lost in Dwellingup blaze rise to seven",
  "Seven homes and several sheds have been destroyed by the escaped prescribed burn near Dwellingup, the fire and emergency department said on Wednesday afternoon, after assessment teams reached properties on Nanga Road.",
  "No one has been reported injured."),
 ("dwellingup-escaped-burn", "agence-nord.fr", "fr", 3, 480, 250, [AU, W], "actu",
  "Australie : un brûlage dirigé échappe à tout contrôle, sept maisons détruites",
  "Un brûlage dirigé allumé par les services des parcs dans une forêt au sud de Perth, dans l'ouest de l'Australie, a échappé à tout contrôle et détruit sept maisons mercredi, selon les pompiers.",
  "Les autorités ont ouvert une enquête sur les conditions de la mise à feu."),
 ("dwellingup-escaped-burn", "healthbeat.org.au", "en", 3, 530, 500, [WA], "donate",
  "How to protect yourself from bushfire smoke",
  "Staying indoors with the windows shut, setting the air conditioner to recirculate and avoiding hard exercise are the best ways to protect yourself while smoke from the Dwellingup fire drifts over the Peel region and Perth's southern suburbs, health authorities say.",
  "People with asthma should keep their reliever medication with them."),
 ("dwellingup-escaped-burn", "westnow.com.au", "en", 3, 650, 900, [WA], "",
  "Parks department orders review of how Dwellingup burn got away",
  "The parks department has ordered an independent review of the prescribed burn that escaped near Dwellingup, after residents said the fire was lit on Tuesday despite a forecast of strong easterly winds.",
  "The department said the forecast had been within the limits set in the burn plan."),

 # 6. Fire 2 (look-alike): a fire at a recycling plant in Canning Vale.
 ("canning-vale-recycling-fire", "westtv.com.au", "en", 1, 420, 1300, [WA], "",
  "Huge fire at Canning Vale recycling plant",
  "A fire broke out in a stockpile of shredded plastic and paper at a recycling plant in Canning Vale on Wednesday afternoon, sending a plume of black smoke over Perth's southern suburbs.",
  "More than 60 firefighters were called to the blaze."),
 ("canning-vale-recycling-fire", "ausnet-news.com.au", "en", 1, 500, 700, [WA], "",
  "Smoke alert for southern suburbs as recycling yard burns",
  "Residents of Canning Vale, Southern River and Harrisdale were told to close their windows and turn off their air conditioners on Wednesday evening because of toxic smoke from the recycling plant fire.",
  ""),
 ("canning-vale-recycling-fire", "swancourier.com.au", "en", 1, 660, 800, [WA], "",
  "Recycling fire contained; lithium batteries suspected",
  "Firefighters had contained the Canning Vale recycling plant fire by early evening, and a fire department officer said discarded lithium batteries thrown in with the paper were the most likely cause.",
  ""),

 # 7. Strike 1: Redbank Iron's Pilbara train drivers walk off for 48 hours.
 ("pilbara-train-strike", "pilbaratimes.com.au", "en", 3, 10, 1500, [WA], "",
  "Redbank Iron train drivers walk off for 48 hours",
  "Train drivers on Redbank Iron's Pilbara rail network walked off the job at 6 a.m. on Wednesday for 48 hours in a dispute over rosters, halting ore trains between the company's mines and Port Hedland.",
  "It is the first strike on the network in 14 years."),
 ("pilbara-train-strike", "wire-west.com", "en", 3, 150, 1000, [AU, B], "reuters",
  "Australian iron ore shipments disrupted by rail stoppage",
  "Iron ore shipments from one of Australia's biggest producers were disrupted on Wednesday after train drivers began a two-day strike, leaving about 12 bulk carriers waiting off Port Hedland, ship-tracking data showed.",
  "Redbank Iron exports about 180 million tonnes a year, most of it to China."),
 ("pilbara-train-strike", "gulf-wire.com", "en", 3, 300, 300, [W, B], "kuna",
  "Iron ore futures climb as Australian rail drivers strike",
  "Iron ore futures rose nearly 3% on Wednesday as a strike by train drivers in Western Australia's Pilbara region stopped deliveries to the country's largest bulk export port.",
  ""),
 ("pilbara-train-strike", "pilbaratimes.com.au", "en", 3, 450, 900, [WA], "teaser",
  "Fair Work Commission to hear Redbank bid to end walkout on Thursday",
  "The Fair Work Commission will hear an application by Redbank Iron on Thursday morning to suspend the train drivers' industrial action, which the company says is causing significant harm to the economy.",
  "The drivers' union says the new roster would have its members working 14 days in a row."),
 ("pilbara-train-strike", "market-times.com", "en", 3, 540, 500, [B], "",
  "Rail strike could cost Redbank $300 million a day in delayed sales",
  "Each day the train drivers' stoppage lasts could cost Redbank Iron about $300 million in delayed sales, analysts said, though the company has enough ore stockpiled at port to keep loading some ships.",
  ""),

 # 8. Strike 2 (look-alike): paramedics begin work bans over pay.
 ("paramedic-work-bans", "westnow.com.au", "en", 1, 70, 1100, [WA], "",
  "Paramedics begin work bans over pay",
  "Paramedics across Western Australia began work bans on Wednesday, refusing to fill in billing forms or to drive ambulances that are overdue for servicing, in a dispute with the state ambulance service over pay.",
  ""),
 ("paramedic-work-bans", "ausnet-news.com.au", "en", 1, 320, 600, [WA], "",
  "Ambulance service says patients not at risk from paramedic action",
  "The state ambulance service said on Wednesday that no emergency call would go unanswered because of the paramedics' industrial action, which their union says will escalate to a stop-work meeting next week.",
  ""),
 ("paramedic-work-bans", "swancourier.com.au", "en", 1, 520, 700, [WA], "",
  "What paramedics are asking for",
  "Paramedics are asking for a 15% pay rise over three years and a limit on the time crews can be kept waiting outside hospital emergency departments before handing over their patients.",
  ""),

 # 9. Court case 1: the High Court orders native title compensation for the Yindarra people.
 ("native-title-compensation", "ausnet-news.com.au", "en", 2, 90, 1000, [AU], "",
  "High Court orders $61m compensation for Yindarra native title",
  "The High Court on Wednesday ordered the WA government to pay $61 million to the Yindarra people for the loss of native title over land in the Pilbara that had been granted for pastoral and mining leases.",
  "The court upheld the Federal Court's award for cultural loss, the largest part of the sum."),
 ("native-title-compensation", "pilbaratimes.com.au", "en", 2, 270, 800, [WA], "",
  "Yindarra elders: 'Money cannot give back what was taken'",
  "Yindarra elders who gathered in Roebourne on Wednesday to hear the High Court's decision said the compensation recognised the damage done to their country but could not give back the sacred sites lost to mining.",
  ""),
 ("native-title-compensation", "westnow.com.au", "en", 2, 470, 600, [AU], "",
  "Explainer: what the Yindarra ruling means for other claims",
  "The Yindarra ruling sets a value on cultural loss for native title holders across Australia, and lawyers say more than 40 compensation claims waiting in the Federal Court could now be settled.",
  ""),
 ("native-title-compensation", "courrierdusoir.fr", "fr", 2, 560, 200, [AU], "byline_fr",
  "Australie : indemnisation record pour un peuple aborigène",
  "La Haute Cour d'Australie a condamné mercredi l'État d'Australie-Occidentale à verser 61 millions de dollars australiens au peuple aborigène yindarra pour la perte de ses droits fonciers coutumiers dans le Pilbara.",
  "", {"site": "Le Courrier du Soir", "author": "Claire Vasseur"}),

 # 10. Court case 2 (look-alike): a man jailed for trying to post bobtail lizards to Hong Kong.
 ("bobtail-smuggling-sentence", "swancourier.com.au", "en", 1, 200, 1200, [WA], "",
  "Man jailed for trying to post bobtail lizards to Hong Kong",
  "A Perth man who tried to post 58 bobtail lizards to Hong Kong hidden inside children's toys was sentenced to three years and nine months in jail in the District Court on Wednesday.",
  ""),
 ("bobtail-smuggling-sentence", "upi-like.com", "en", 1, 350, 400, [W], "upi",
  "Australian jailed for smuggling lizards in stuffed toys",
  "A man in Australia has been jailed after wildlife officers found dozens of live lizards taped inside stuffed animals in parcels addressed to Hong Kong.",
  "Bobtails can sell for up to $5,000 each overseas, prosecutors said."),
 ("bobtail-smuggling-sentence", "westtv.com.au", "en", 1, 600, 700, [WA], "",
  "Wildlife officers warn of reptile smuggling rings",
  "Wildlife officers in Western Australia say they have intercepted more than 300 native reptiles in parcels bound for Asia since 2024, most of them bobtails and geckos caught in the Wheatbelt.",
  ""),

 # 11. Papua New Guinea's parliament to vote on Bougainville independence (vote scheduled Tuesday).
 ("bougainville-vote", "wire-west.com", "en", 2, 160, 800, [PAC, W], "reuters",
  "PNG parliament to vote on Bougainville independence next week",
  "Papua New Guinea's parliament will vote next Tuesday on whether to ratify the result of Bougainville's independence referendum, Prime Minister Tobias Kare said on Wednesday, opening a debate that could create the world's newest country.",
  "Almost 98% of Bougainvilleans voted for independence in 2019.",
  {"city": "Port Moresby"}),
 ("bougainville-vote", "agence-alpes.ch", "fr", 2, 340, 200, [PAC, W], "ats",
  "Papouasie-Nouvelle-Guinée : vote mardi sur l'indépendance de Bougainville",
  "Le parlement de Papouasie-Nouvelle-Guinée se prononcera mardi sur la ratification du référendum d'indépendance de Bougainville, a annoncé mercredi le Premier ministre Tobias Kare.",
  "Près de 98 % des électeurs de l'île s'étaient prononcés pour l'indépendance en 2019.",
  {"city": "Port Moresby"}),
 ("bougainville-vote", "ausnet-news.com.au", "en", 2, 460, 600, [AU, PAC], "",
  "Canberra urges calm ahead of Bougainville decision",
  "Australia will respect the decision of Papua New Guinea's parliament on Bougainville, Foreign Minister Aaron Fitzroy said on Wednesday, urging leaders in Port Moresby and Buka to keep talking whatever the result of next week's vote.",
  ""),
 ("bougainville-vote", "pacificdesk.com", "en", 2, 640, 300, [PAC], "colon",
  "Bougainville vote: what a two-thirds majority means",
  "Any change to the constitution to let Bougainville go would need the support of two-thirds of the 118 members of parliament, a threshold Prime Minister Kare's coalition does not reach on its own.",
  "Several MPs from the Highlands have said they will vote against.",
  {"city": "Port Moresby"}),

 # 12. Shared byline line, story A: Indonesia raises its palm oil export levy.
 ("palm-oil-levy", "indopacwire.com", "en", 1, 140, 300, [ASIA, B], "reuters_line",
  "Indonesia raises palm oil export levy to fund biodiesel",
  "Indonesia will raise its export levy on crude palm oil to 12.5% of the reference price from June 1 to pay for a bigger biodiesel programme, the trade ministry said on Wednesday.",
  ""),
 ("palm-oil-levy", "market-times.com", "en", 1, 360, 300, [B], "",
  "Malaysian palm oil futures jump after Jakarta lifts levy",
  "Palm oil futures in Kuala Lumpur rose to a six-week high on Wednesday after Indonesia, the world's largest producer, said it would charge exporters more.",
  ""),
 ("palm-oil-levy", "agence-nord.fr", "fr", 1, 520, 150, [ASIA, B], "lire",
  "Indonésie : hausse de la taxe à l'exportation sur l'huile de palme",
  "L'Indonésie, premier producteur mondial d'huile de palme, va relever à 12,5 % la taxe sur ses exportations d'huile brute à partir du 1er juin pour financer son programme de biodiesel, a annoncé mercredi le ministère du Commerce.",
  "Les cours ont bondi à Kuala Lumpur.",
  {"also": "Timor oriental : accord pour acheminer le gaz de Lorosae jusqu'à la côte sud"}),

 # 13. Shared byline line, story B: Timor-Leste signs the Lorosae gas pipeline deal.
 ("lorosae-gas-deal", "indopacwire.com", "en", 1, 145, 300, [ASIA, B], "reuters_line",
  "Timor-Leste signs deal to pipe Lorosae gas to its south coast",
  "Timor-Leste signed an agreement on Wednesday with the partners in the offshore Lorosae gas field to build a pipeline to a processing plant on its south coast, ending a dispute that had held up the project for more than a decade.",
  ""),
 ("lorosae-gas-deal", "pacifique-hebdo.fr", "fr", 1, 430, 100, [ASIA], "soutien",
  "Timor oriental : accord pour acheminer le gaz de Lorosae jusqu'à la côte sud",
  "Le Timor oriental a signé mercredi un accord avec les partenaires du gisement gazier sous-marin de Lorosae pour construire un gazoduc jusqu'à une usine de traitement sur sa côte sud, après plus de dix ans de blocage.",
  ""),
 ("lorosae-gas-deal", "ausnet-news.com.au", "en", 1, 570, 400, [AU, B], "",
  "Darwin misses out as Lorosae gas heads to Timor",
  "Business leaders in Darwin said on Wednesday that the decision to process gas from the Lorosae field in Timor-Leste rather than pipe it to the Northern Territory would cost the city thousands of construction jobs.",
  ""),

 # 14. Filler: the Matildas result, horoscope, a promo, Oz Lotto, the weather bulletin.
 ("matildas-thailand-result", "sportswest.com.au", "en", 0, 20, 1800, ["Sport"], "",
  "Matildas thrash Thailand 4-0 in Perth",
  "The Matildas beat Thailand 4-0 in a friendly in front of 41,000 fans at Perth Stadium on Tuesday night.",
  "Two more friendlies are planned before the Asian Cup."),
 ("matildas-thailand-result", "westnow.com.au", "en", 0, 90, 1200, ["Sport"], "",
  "Brandt double as Australia cruise past Thailand",
  "Striker Ella Brandt scored twice in the first half as Australia's women's team swept aside Thailand on Tuesday night.",
  ""),
 ("horoscope-wed-may20", "stars-daily.com", "en", 0, 0, 1300, ["Horoscope"], "",
  "Your horoscope for Wednesday, May 20",
  "Taurus: an old friend gets in touch with news that changes your plans for the weekend.",
  "Gemini: say yes to the invitation you were about to turn down."),
 ("promo-crossword", "swancourier.com.au", "en", 0, 380, 60, ["Promo"], "",
  "Play the Swan Courier crosswords every day",
  "Solve the Swan Courier's cryptic and quick crosswords every day in our app, with new puzzles at 5 a.m. and the answers the next morning.",
  "Subscribers play free."),
 ("oz-lotto-tuesday", "lottowatch.com.au", "en", 0, 25, 1500, ["Lottery"], "",
  "No division one winner in Oz Lotto; jackpot climbs to $30m",
  "No one won the $20 million division one prize in Tuesday night's Oz Lotto draw, so next week's jackpot will rise to $30 million, the lottery operator said.",
  ""),
 ("weather-perth-wed", "swancourier.com.au", "en", 0, 690, 900, ["Weather"], "",
  "Weather: showers and gusty winds for Perth on Thursday",
  "A cold front will bring showers and gusty north-westerly winds to Perth on Thursday, with a top of 19 degrees, the weather bureau said.",
  "More rain is expected on Friday."),
]
