# Day 51 (hold-out): a Nigerian English channel, evening edition of Wednesday 17 June 2026
# (window 07:00 - 19:00 Wednesday Lagos, Africa/Lagos = UTC+1, no DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Lagos State Governor Olumide Fashanu on Eko Voice
#   97.3 FM's "Sunrise Lagos" on Wednesday, about the floods (post 4) and about the nationwide labour
#   strike (post 11), both carrying "Lagos will not be held hostage, not by the rain and not by
#   anybody.";
# - a shared wire byline line ("West Africa Desk | Updated: 17-06-2026 11:05 WAT"): Niger reopening
#   its border with Benin to trucks (post 54) and Liberia doubling its raw-rubber export tax
#   (post 56), unrelated stories of the region;
# - the same hospital: the Ikeja gas plant explosion, whose injured went to LASUTH and whose toll is
#   given by a LASUTH spokesman (posts 21-25), and the LASUTH resident doctors' warning strike
#   (posts 30-33), both in Ikeja;
# - the same town: the flood deaths in Ikorodu (posts 1, 8) and the Ikorodu-Ebute Ero passenger boat
#   that capsized on the lagoon (posts 34-37), both about people drowned in Ikorodu the same morning;
# - look-alike stories: two strikes (the NLC/TUC general strike over the minimum wage, posts 9-15;
#   the LASUTH doctors' warning strike over allowances, posts 30-33); two fires (the Ikeja gas plant
#   explosion and fire, posts 21-25; the Onitsha market fire, posts 26-29, whose power surge echoes
#   the strike's power cuts); the state police bill speaks of kidnappers (post 48) like the highway
#   abduction; the weather bulletin (post 63) announcing more heavy rain is kept apart from the
#   floods; the French abduction post carries a "Lire aussi" line naming the general strike
#   (post 18);
# - stories told from other angles: the flood driving "how to" (post 6) and explainer (post 7), the
#   Lekki residents (post 3), the strike "what is open" (post 12), the families of the kidnapped
#   (post 20), the gas blast witnesses (post 23), the Onitsha traders (post 27), the LASUTH patients
#   (post 31) and where to get treatment (post 32), the waterways safety "how to" (post 37), the
#   customs fraud explainer (post 40), the CBN rate and your loan (post 45), the state police
#   explainer (post 49), the diphtheria signs (post 53), the Liberian rubber farmers (post 57);
# - a promo posted alone (post 62); filler of importance 0: the football result (posts 58-59), the
#   horoscope (post 60), the lotto draw (post 61), the weather bulletin (post 63).
NAME = "2026-06-17-en-evening-lagos-h51"
CHANNEL = {"lang": "en", "tz": "Africa/Lagos"}
WINDOW = ("2026-06-17T06:00:00Z", "2026-06-17T18:00:00Z")
CTX = {"stamp": "17-06-2026 11:05", "city": "Lagos", "date_fr": "17 juin", "date_en": "June 17",
       "author": "Adaeze Okonkwo", "clarify": "the number of people killed in Ikorodu",
       "caption": "", "also": "", "country": "Nigeria",
       "line": "West Africa Desk | Updated: 17-06-2026 11:05 WAT"}
# The editor's top 5: the deadly Lagos floods, the nationwide general strike, the mass abduction on
# the Abuja-Kaduna highway, the Ikeja gas plant explosion, the central bank's rate rise.
TOP5 = ["lagos-flash-floods", "nlc-wage-strike", "kaduna-highway-abduction",
        "ikeja-gas-plant-explosion", "cbn-mpr-hike"]
NG = "Nigeria"
LA = "Lagos"
W = "World"
B = "Business"
AF = "Africa"
H = "Health"
CHRON = "lagoschronicle.ng"
NAIJA = "naijadaily.ng"
LEDGER = "lagosledger.ng"
NORTH = "northernherald.ng"
WIRE = "wire-west.com"
POSTS = [
 # 1. Flash floods in Lagos after a night of rain: "flash floods", "flooding", "torrential rain",
 #    "downpour", "inondations", "pluies diluviennes"; toll 4 -> 6 -> 9 -> 12.
 ("lagos-flash-floods", CHRON, "en", 3, 15, 3100, [NG, LA], "",
  "Overnight downpour submerges Lekki, Ikorodu; four dead",
  "At least four people died and thousands of homes were flooded after more than 14 hours of torrential rain fell on Lagos from Tuesday evening, the Lagos State Emergency Management Agency (LASEMA) said on Wednesday morning.",
  "Two of the victims, a woman and her 10-year-old son, were swept into a drainage channel in Ikorodu. Stretches of the Lekki-Epe Expressway were under knee-deep water at dawn."),
 ("lagos-flash-floods", WIRE, "en", 3, 90, 1400, [NG, AF, W], "reuters",
  "Floods kill at least six in Nigeria's commercial capital",
  "Flash floods killed at least six people in Lagos on Wednesday, submerging roads and cutting off whole neighbourhoods in Africa's most populous city, emergency officials said.",
  "Lagos, home to more than 20 million people, floods almost every rainy season, but officials said the 243 millimetres of rain that fell in one night were the most recorded since 2011."),
 ("lagos-flash-floods", NAIJA, "en", 3, 160, 2200, [LA], "caption",
  "Lekki residents count losses as water refuses to recede",
  "Residents of Lekki Phase 1 spent Wednesday bailing water out of their living rooms and pushing stalled cars to higher ground, as floodwater that rose overnight stayed waist-deep on several streets.",
  "\"We paid for this estate because we were told it does not flood,\" said a banker who gave her name only as Tolu.",
  {"caption": "Commuters wade through floodwater on Admiralty Way in Lekki, Lagos, on Wednesday morning.",
   "site": "Naija Daily"}),
 ("lagos-flash-floods", CHRON, "en", 3, 200, 1900, [LA], "",
  "Fashanu: buildings on drainage channels will come down",
  "Lagos State Governor Olumide Fashanu said on Wednesday that the state would demolish buildings erected on drainage channels after the overnight flooding, telling Eko Voice 97.3 FM's \"Sunrise Lagos\" programme: \"Lagos will not be held hostage, not by the rain and not by anybody.\"",
  "He said 41 buildings in Ikorodu, Ajah and Agege had already been marked for removal."),
 ("lagos-flash-floods", "agence-nord.fr", "fr", 3, 250, 300, [NG, AF], "afp",
  "Nigeria : au moins neuf morts dans des inondations à Lagos",
  "Au moins neuf personnes sont mortes dans des inondations provoquées par des pluies diluviennes qui se sont abattues sur Lagos, la capitale économique du Nigeria, ont annoncé mercredi les services de secours.",
  "Des quartiers entiers de la mégapole de plus de 20 millions d'habitants étaient encore sous les eaux mercredi après-midi."),
 ("lagos-flash-floods", NAIJA, "en", 3, 300, 1700, [LA], "",
  "Floods: how to stay safe if you must drive in Lagos today",
  "Never drive into water whose depth you cannot see, because 30 centimetres of moving water is enough to float a small car, LASEMA and the Federal Road Safety Corps warned motorists on Wednesday.",
  "If your car stalls in water, switch off the engine and get out on the high side; do not try to restart it."),
 ("lagos-flash-floods", LEDGER, "en", 3, 420, 1100, [LA], "colon",
  "Explainer: why Lagos goes under water every June",
  "Lagos floods every rainy season because much of the city lies less than two metres above sea level, its canals are choked with refuse and illegal buildings, and high tides in the lagoon push back the water the drains are meant to carry away, urban planners say.",
  "The state says it cleared 310 kilometres of drains this year."),
 ("lagos-flash-floods", WIRE, "en", 3, 560, 900, [NG, W], "updated",
  "Lagos flood toll rises to 12 as more bodies recovered",
  "The number of people killed by flooding in Lagos rose to 12 on Wednesday evening after rescuers recovered three more bodies from a canal in Ikorodu, LASEMA said.",
  "About 4,800 people have been moved to relief camps set up in schools."),

 # 2. Strike 1: the NLC and TUC begin an indefinite general strike over the minimum wage.
 ("nlc-wage-strike", "ap-like.org", "en", 3, 30, 1500, [NG, AF, W], "ap",
  "Nigerian unions begin nationwide strike over minimum wage",
  "Nigeria's main labour unions began an indefinite nationwide strike on Wednesday to demand a higher minimum wage, shutting government offices, schools and the national grid control centre in Abuja.",
  "The Nigeria Labour Congress and the Trade Union Congress want the monthly minimum wage raised from 70,000 naira to 190,000 naira, citing inflation above 30%.",
  {"city": "Abuja"}),
 ("nlc-wage-strike", CHRON, "en", 3, 75, 2600, [NG, LA], "teaser",
  "Strike: Lagos offices shut, BRT buses run half-empty",
  "Ministries, banks and most public schools in Lagos stayed shut on Wednesday as the nationwide strike called by organised labour took hold, though Bus Rapid Transit buses and many markets operated.",
  "Picketers locked the gates of the Alausa secretariat before 7 a.m."),
 ("nlc-wage-strike", NAIJA, "en", 3, 210, 1800, [LA], "",
  "Fashanu urges unions to spare Lagos commuters",
  "Lagos Governor Olumide Fashanu appealed to the unions on Wednesday not to block roads or stop buses during the strike, saying on Eko Voice 97.3 FM: \"Lagos will not be held hostage, not by the rain and not by anybody.\"",
  "He said the state had already raised its own minimum wage to 85,000 naira in January."),
 ("nlc-wage-strike", NAIJA, "en", 3, 260, 2100, [NG], "donate",
  "Strike: what is open and what is shut",
  "Hospital emergency wards, airports and private schools are open during the labour action, but federal and state offices, public schools, courts and the seaports are shut, and power cuts may get longer, unions and officials said.",
  "Some bank branches are running with skeleton staff."),
 ("nlc-wage-strike", WIRE, "en", 3, 330, 800, [NG, B, W], "reuters",
  "Nigerian strike cuts power supply as grid workers walk out",
  "Electricity supply in Nigeria fell by more than a third on Wednesday after power workers joined the general strike and shut down several transmission stations, the grid operator said.",
  "The government declared the walkout illegal, saying a court order barred it.",
  {"city": "Abuja"}),
 ("nlc-wage-strike", "agence-alpes.ch", "fr", 3, 400, 200, [NG, AF], "ats",
  "Nigeria : grève générale pour un salaire minimum plus élevé",
  "Les syndicats nigérians ont lancé mercredi une grève générale illimitée pour réclamer un relèvement du salaire minimum, paralysant administrations, écoles et une partie du réseau électrique.",
  "", {"city": "Abuja"}),
 ("nlc-wage-strike", "upi-like.com", "en", 3, 610, 600, [NG, W], "upi",
  "Nigeria government, unions to resume talks Thursday",
  "Nigeria's government and labour leaders agreed on Wednesday evening to meet again at noon on Thursday in Abuja, but the unions said the strike would go on until a new minimum wage was signed into law.",
  ""),

 # 3. Mass abduction on the Abuja-Kaduna highway: "abducted", "kidnapped", "gunmen", "bandits",
 #    "enlevés"; 23 taken, 5 escape.
 ("kaduna-highway-abduction", NORTH, "en", 3, 40, 2000, [NG], "",
  "Gunmen abduct 23 passengers on Abuja-Kaduna highway",
  "Gunmen abducted 23 travellers, including four children, after blocking the Abuja-Kaduna highway near Katari on Tuesday evening and firing at vehicles that tried to turn back, police in Kaduna State said on Wednesday.",
  "Two drivers were shot dead."),
 ("kaduna-highway-abduction", WIRE, "en", 3, 140, 900, [NG, AF, W], "reuters",
  "Bandits kidnap bus passengers in northwest Nigeria",
  "Armed men kidnapped more than 20 people from vehicles on a major highway in northwest Nigeria, police said on Wednesday, the latest mass abduction on a road that links the capital Abuja to the north.",
  "Kidnapping for ransom has become a lucrative business for the criminal gangs known locally as bandits.",
  {"city": "Kaduna"}),
 ("kaduna-highway-abduction", "agence-nord.fr", "fr", 3, 230, 250, [NG, AF], "lire",
  "Nigeria : 23 voyageurs enlevés sur l'axe Abuja-Kaduna",
  "Des hommes armés ont enlevé 23 voyageurs mardi soir sur l'autoroute reliant Abuja à Kaduna, dans le nord-ouest du Nigeria, a annoncé mercredi la police.",
  "Les enlèvements contre rançon sont fréquents dans la région.",
  {"also": "Nigeria : grève générale pour un salaire minimum plus élevé"}),
 ("kaduna-highway-abduction", NORTH, "en", 3, 470, 1600, [NG], "",
  "Five kidnapped travellers escape, army says",
  "Five of the 23 people seized on the Abuja-Kaduna highway escaped from their captors in a forest near Kachia and were found by soldiers on Wednesday afternoon, the army said.",
  "The escapees said the gunmen had called their families to demand ransom."),
 ("kaduna-highway-abduction", NAIJA, "en", 3, 540, 1000, [NG], "",
  "Families of kidnapped travellers plead for rescue",
  "Relatives of passengers kidnapped on the Abuja-Kaduna road gathered at a motor park in Kaduna on Wednesday evening, begging the federal government to bring their loved ones home without making them pay ransom.",
  ""),

 # 4. Fire 1: gas refilling plant explodes in Ikeja; injured to LASUTH; toll 5 -> 7.
 ("ikeja-gas-plant-explosion", CHRON, "en", 3, 120, 2700, [LA], "",
  "Explosion at Ikeja gas refilling plant kills five",
  "Five people were killed and 14 injured when a gas refilling plant exploded on Obafemi Awolowo Way in Ikeja shortly before 9 a.m. on Wednesday, setting fire to a filling station and a row of shops, the Lagos State Fire and Rescue Service said.",
  "The injured were taken to the Lagos State University Teaching Hospital (LASUTH), about two kilometres away."),
 ("ikeja-gas-plant-explosion", "ap-like.org", "en", 3, 210, 900, [NG, W], "ap",
  "Gas blast in Nigeria's Lagos kills 5, injures 14",
  "A gas explosion tore through a refilling plant in a busy district of Lagos on Wednesday morning, killing five people and injuring 14, officials said.",
  "Witnesses said a tanker was offloading cooking gas when a leak caught fire."),
 ("ikeja-gas-plant-explosion", NAIJA, "en", 3, 290, 1500, [LA], "caption",
  "Witnesses: 'the ground shook, then the fire came'",
  "Traders near the Ikeja gas plant said they heard a hiss and smelled gas for several minutes before the blast, which shattered windows up to 300 metres away.",
  "\"People were running with their clothes burning,\" said a shoe seller.",
  {"caption": "Firefighters spray water on the burnt-out gas plant on Obafemi Awolowo Way, Ikeja, on Wednesday.",
   "site": "Naija Daily"}),
 ("ikeja-gas-plant-explosion", WIRE, "en", 3, 430, 700, [NG, W], "reuters",
  "Lagos gas explosion toll rises to seven",
  "Two more people died of their burns on Wednesday, bringing the death toll from the morning's gas explosion in Ikeja to seven, a spokesman for the Lagos State University Teaching Hospital said.",
  "The state has sealed the plant and arrested its manager."),
 ("ikeja-gas-plant-explosion", "courrierdusoir.fr", "fr", 3, 520, 150, [NG, AF], "byline_fr",
  "Nigeria : une explosion de gaz fait sept morts à Lagos",
  "Sept personnes ont été tuées mercredi dans l'explosion d'une station de remplissage de gaz dans le quartier d'Ikeja, à Lagos, selon les secours.",
  "", {"site": "Le Courrier du Soir", "author": "Hélène Marchetti"}),

 # 5. Fire 2 (look-alike): fire destroys 300 shops at the Onitsha main market, no deaths.
 ("onitsha-market-fire", "easternstar.ng", "en", 2, 100, 1300, [NG], "",
  "Fire guts hundreds of shops at Onitsha main market",
  "Fire destroyed more than 300 shops at the Onitsha main market in Anambra State overnight, burning bales of fabric, electronics and cash that traders had locked in their stalls, the state fire service said.",
  "No one was killed. Firefighters needed five hours to put out the blaze because stalls blocked the market's access roads."),
 ("onitsha-market-fire", NAIJA, "en", 2, 350, 900, [NG], "",
  "Onitsha traders count losses after market inferno",
  "Traders at Onitsha main market said on Wednesday they had lost goods worth more than 2 billion naira in the overnight blaze, and that most of them had no insurance.",
  "\"Everything I had is ash,\" said a textile dealer."),
 ("onitsha-market-fire", "upi-like.com", "en", 2, 400, 300, [NG, AF], "upi",
  "Blaze destroys hundreds of stalls in Nigerian market",
  "A fire swept through one of West Africa's largest markets in the southeastern Nigerian city of Onitsha overnight, destroying more than 300 shops, officials said on Wednesday.",
  ""),
 ("onitsha-market-fire", "easternstar.ng", "en", 2, 500, 800, [NG], "",
  "Anambra blames power surge for Onitsha fire, promises N500m",
  "The Anambra State government said on Wednesday that a power surge when electricity came back at about 1 a.m. probably started the fire at the Onitsha main market, and promised 500 million naira to help traders restock.",
  ""),

 # 6. Strike 2 (look-alike) at the same hospital as the blast's injured: LASUTH resident doctors.
 ("lasuth-doctors-strike", "healthwatch.ng", "en", 1, 60, 1100, [LA, H], "",
  "LASUTH resident doctors begin three-day warning strike",
  "Resident doctors at the Lagos State University Teaching Hospital in Ikeja began a three-day warning strike on Wednesday over seven months of unpaid hazard and call-duty allowances, leaving outpatient clinics closed.",
  "Their association said consultants and house officers would keep the emergency department running."),
 ("lasuth-doctors-strike", CHRON, "en", 1, 380, 900, [LA, H], "",
  "Patients turned back as LASUTH clinics close",
  "Dozens of patients who had travelled from across Lagos for clinic appointments were sent home from LASUTH on Wednesday, some after waiting since dawn.",
  "\"I came for my dialysis review and nobody could see me,\" said a retired teacher."),
 ("lasuth-doctors-strike", "healthwatch.ng", "en", 1, 440, 700, [LA, H], "",
  "Doctors' strike: where to get treatment in Ikeja this week",
  "Patients with appointments at LASUTH can go to the general hospitals in Ikeja, Gbagada and Isolo, whose outpatient clinics are open and will take transferred cases until Friday, the state health ministry said.",
  "Bring your hospital card and any test results."),
 ("lasuth-doctors-strike", "healthwatch.ng", "en", 1, 530, 600, [LA, H], "",
  "Commissioner: LASUTH doctors' arrears to be paid this month",
  "The Lagos State health commissioner said on Wednesday that the allowances owed to resident doctors at LASUTH would be paid before the end of June, and urged them to call off their strike.",
  "The doctors said they would decide on Saturday."),

 # 7. Same town as the flood deaths: a passenger boat capsizes off Ikorodu, 11 missing.
 ("ikorodu-boat-capsize", CHRON, "en", 2, 180, 2000, [LA], "",
  "Boat capsizes off Ikorodu, 11 missing",
  "Eleven passengers were missing after a wooden passenger boat heading from Ikorodu to Ebute Ero capsized on the Lagos Lagoon at about 6.40 a.m. on Wednesday, the Lagos State Waterways Authority (LASWA) said.",
  "Nine of the 20 people on board were rescued. Officials said the boat was overloaded with bags of produce and most passengers wore no life jackets."),
 ("ikorodu-boat-capsize", WIRE, "en", 2, 390, 500, [NG, W], "reuters",
  "Eleven missing after boat sinks in Lagos lagoon",
  "Rescuers searched the Lagos lagoon on Wednesday for 11 people missing after a passenger boat overturned shortly after leaving a jetty in the Ikorodu area of Nigeria's largest city.",
  "Boat accidents are common on Nigeria's waterways, where vessels are often overloaded."),
 ("ikorodu-boat-capsize", NAIJA, "en", 2, 470, 1200, [LA], "updated",
  "Ikorodu boat mishap: divers recover four bodies",
  "Navy divers recovered four bodies from the lagoon near the Ikorodu jetty on Wednesday afternoon, and seven passengers were still missing, LASWA said.",
  "The boat's operator has been arrested.",
  {"clarify": "the number of passengers on board"}),
 ("ikorodu-boat-capsize", NAIJA, "en", 2, 580, 800, [LA], "",
  "How to travel safely on Lagos waterways",
  "Passengers should refuse to board any boat that does not hand every traveller a life jacket, that is loaded above its marked capacity, or that sails between 7 p.m. and 6 a.m., when night travel is banned, the waterways authority says.",
  "Report unsafe operators on LASWA's toll-free line."),

 # 8. Court case: former Apapa customs comptroller jailed for diverting import duties.
 ("customs-fraud-verdict", LEDGER, "en", 2, 250, 1000, [NG, B], "",
  "Court jails ex-customs comptroller 14 years for N4.2bn fraud",
  "A Federal High Court in Lagos on Wednesday sentenced a former comptroller of the Nigeria Customs Service at Apapa port, Yusuf Ladan-Bello, to 14 years in prison for diverting 4.2 billion naira in import duties into companies owned by his relatives.",
  "Justice Folake Adeniran ordered 11 properties in Lagos and Abuja forfeited to the government."),
 ("customs-fraud-verdict", NAIJA, "en", 2, 330, 700, [NG], "",
  "EFCC hails conviction of former customs chief",
  "The Economic and Financial Crimes Commission said on Wednesday that the conviction of former Apapa customs comptroller Yusuf Ladan-Bello showed that no official was above the law, and that it would try to recover another 900 million naira.",
  ""),
 ("customs-fraud-verdict", LEDGER, "en", 2, 440, 600, [NG, B], "",
  "How the Apapa duties were diverted",
  "Importers paid their duties into what they believed was a government account at a commercial bank in Apapa, but the account belonged to a shell company that moved the money within hours to firms controlled by the comptroller's brother and wife, the court heard.",
  "The scheme ran for three years before an auditor noticed the gap."),
 ("customs-fraud-verdict", "agence-nord.fr", "fr", 2, 590, 100, [NG, AF], "actu",
  "Nigeria : un ancien chef des douanes condamné à 14 ans de prison",
  "Un tribunal fédéral de Lagos a condamné mercredi à 14 ans de prison un ancien responsable des douanes du port d'Apapa pour avoir détourné 4,2 milliards de nairas de droits de douane.",
  ""),

 # 9. The Central Bank of Nigeria raises its Monetary Policy Rate.
 ("cbn-mpr-hike", LEDGER, "en", 2, 455, 1300, [NG, B], "",
  "CBN raises MPR to 28.25% to fight inflation",
  "The Central Bank of Nigeria raised its benchmark Monetary Policy Rate by 75 basis points to 28.25% on Wednesday, saying inflation, which climbed to 31.4% in May, needed a stronger response.",
  "The Monetary Policy Committee voted 8-4 for the increase, Governor Ibrahim Danladi told reporters in Abuja."),
 ("cbn-mpr-hike", "gulf-wire.com", "en", 2, 480, 300, [AF, B], "kuna",
  "Nigeria's central bank raises interest rate",
  "Nigeria's central bank raised its key interest rate on Wednesday for the second time this year as inflation in Africa's largest economy climbed again.",
  "", {"city": "Abuja"}),
 ("cbn-mpr-hike", WIRE, "en", 2, 520, 500, [NG, B, W], "reuters",
  "Naira firms after surprise Nigerian rate hike",
  "The naira strengthened 1.4% to 1,512 per dollar on the official market on Wednesday after the central bank's unexpected rate rise, while Lagos stocks fell 0.8%.",
  "Most analysts polled last week had expected the bank to hold."),
 ("cbn-mpr-hike", LEDGER, "en", 2, 600, 900, [NG, B], "byline_en",
  "What the CBN's rate rise means for your loan and savings",
  "Borrowers on variable-rate loans should expect their banks to raise interest charges within weeks of the Central Bank of Nigeria's decision, while savers may get slightly better returns on fixed deposits and Treasury bills, analysts said.",
  "Fixed-rate mortgages are not affected until they are renewed.",
  {"site": "The Lagos Ledger", "author": "Chiamaka Obi"}),
 ("cbn-mpr-hike", "agence-nord.fr", "fr", 2, 650, 100, [NG, AF], "publie",
  "Nigeria : la banque centrale relève son taux directeur à 28,25 %",
  "La banque centrale du Nigeria a relevé mercredi son taux directeur de 75 points de base, à 28,25 %, pour tenter de freiner une inflation supérieure à 30 %.",
  "", {"site": "Agence Nord"}),

 # 10. The House passes the state police amendment; Senate vote scheduled next Tuesday.
 ("state-police-bill", "capitalpost.ng", "en", 2, 300, 1200, [NG], "",
  "Reps pass state police bill",
  "The House of Representatives on Wednesday passed a constitutional amendment that would allow Nigeria's 36 states to set up their own police forces, with 288 members voting in favour and 41 against.",
  "The Senate is scheduled to vote on its version of the bill next Tuesday, after which at least 24 state assemblies must approve it."),
 ("state-police-bill", WIRE, "en", 2, 410, 400, [NG, W], "reuters",
  "Nigeria lawmakers back state police to curb insecurity",
  "Nigeria's lower house of parliament voted on Wednesday to amend the constitution to allow state police forces, a change its backers say will help fight kidnappers and armed gangs.",
  "Critics fear governors could turn the forces against their opponents.",
  {"city": "Abuja"}),
 ("state-police-bill", "capitalpost.ng", "en", 2, 515, 800, [NG], "",
  "State police: what changes and what doesn't",
  "If the amendment becomes law, each state could recruit, arm and pay its own police, while the federal Nigeria Police Force would keep responsibility for crimes that cross state lines, terrorism and the protection of federal property.",
  ""),
 ("state-police-bill", NORTH, "en", 2, 620, 700, [NG], "",
  "Northern governors split over state police vote",
  "Governors of the 19 northern states were divided on Wednesday over the House vote for state police, with four saying they could not afford their own forces and others welcoming the change.",
  ""),

 # 11. Diphtheria kills 17 children in Kano.
 ("diphtheria-kano", NORTH, "en", 2, 165, 1100, [NG, H], "",
  "Diphtheria kills 17 children in Kano",
  "Diphtheria has killed 17 children in Kano State in the past three weeks, and 212 suspected cases have been recorded in nine local government areas, the state ministry of health said on Wednesday.",
  "Most of the children had not been vaccinated."),
 ("diphtheria-kano", "healthwatch.ng", "en", 2, 360, 600, [NG, H], "",
  "NCDC sends antitoxin to Kano as diphtheria spreads",
  "The Nigeria Centre for Disease Control said on Wednesday it had sent 3,000 vials of diphtheria antitoxin to Kano and would start a vaccination campaign for children under 15 next week.",
  ""),
 ("diphtheria-kano", "healthwatch.ng", "en", 2, 570, 500, [NG, H], "",
  "Diphtheria: signs parents should look for",
  "Parents should take a child to a clinic at once if they notice a sore throat with a grey coating at the back of the mouth, a swollen neck or difficulty breathing, health workers say.",
  "The disease spreads through coughs and sneezes."),

 # 12. Shared byline line, story A: Niger reopens its border with Benin to trucks.
 ("niger-benin-border", "westafricadesk.com", "en", 1, 245, 400, [AF, B], "reuters_line",
  "Niger reopens border with Benin to trucks",
  "Niger reopened its land border with Benin to cargo trucks on Wednesday after nearly three years, allowing goods landed at the port of Cotonou to reach Niamey by road again, Niger's transport ministry said.",
  "Passenger traffic remains suspended."),
 ("niger-benin-border", "pacifique-hebdo.fr", "fr", 1, 480, 100, [AF], "soutien",
  "Niger : la frontière avec le Bénin rouverte aux camions",
  "Le Niger a rouvert mercredi sa frontière terrestre avec le Bénin aux poids lourds, après près de trois ans de fermeture, a annoncé le ministère nigérien des Transports.",
  ""),

 # 13. Shared byline line, story B: Liberia doubles its export tax on raw rubber.
 ("liberia-rubber-tax", "westafricadesk.com", "en", 1, 250, 300, [AF, B], "reuters_line",
  "Liberia doubles export tax on raw rubber",
  "Liberia will double the tax on exports of unprocessed rubber to 4% from July 1 to push companies to build processing plants in the country, the finance ministry said on Wednesday.",
  ""),
 ("liberia-rubber-tax", WIRE, "en", 1, 540, 200, [AF, B], "place",
  "Liberian rubber farmers fear lower prices after tax rise",
  "Small rubber farmers in Liberia said on Wednesday that buyers would pass the higher export tax on to them by paying less for their latex.",
  "", {"city": "Monrovia", "country": "Liberia"}),

 # 14. Filler: football result, horoscope, lotto, promo, weather bulletin.
 ("npfl-enyimba-rangers", "sportsng.ng", "en", 0, 20, 2400, ["Sport"], "",
  "Enyimba beat Rangers 2-1 in Oriental derby",
  "Enyimba came from behind to beat Rangers International 2-1 in Aba on Tuesday night and go top of the Nigeria Premier Football League.",
  "Rangers drop to fourth."),
 ("npfl-enyimba-rangers", NAIJA, "en", 0, 85, 1300, ["Sport"], "",
  "Ugo's late header sinks Rangers",
  "Substitute Chinedu Ugo headed in a corner in the 88th minute to give Enyimba victory over Rangers in Tuesday night's derby in Aba.",
  ""),
 ("horoscope-wed-jun17", "stars-daily.com", "en", 0, 0, 1200, ["Horoscope"], "",
  "Your horoscope for Wednesday, June 17",
  "Gemini: an old friend gets in touch with news that changes your plans for the weekend.",
  "Cancer: hold on to your money until Friday."),
 ("lagos-mega-lotto", "lottowatch.ng", "en", 0, 45, 1500, ["Lottery"], "",
  "No winner in Mega Lotto; jackpot climbs to N250m",
  "No one matched all six numbers in Tuesday night's Mega Lotto draw, so Saturday's jackpot will rise to 250 million naira, the operator said.",
  ""),
 ("promo-chronicle-digest", CHRON, "en", 0, 330, 90, ["Promo"], "",
  "Get the Lagos Chronicle evening digest",
  "Sign up for the Lagos Chronicle evening digest and get the day's ten most important stories in your inbox at 6 p.m. every weekday.",
  "It is free."),
 ("weather-lagos-thu", CHRON, "en", 0, 680, 1000, ["Weather"], "",
  "Weather: more heavy rain for Lagos on Thursday",
  "Lagos can expect more thunderstorms and heavy rain on Thursday, with up to 60 millimetres in places and temperatures between 23 and 28 degrees, the Nigerian Meteorological Agency said.",
  "Residents of low-lying areas should watch for fresh flooding."),
]
