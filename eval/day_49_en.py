# Day 49 (hold-out): a Philippine English channel, evening edition of Thursday 8 October 2026
# (window 07:00 - 19:00 Thursday Manila, Asia/Manila = UTC+8, no DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Transportation Secretary Victor Dimaculangan on
#   Radyo Tapat 702's "Tapatan sa Umaga" on Thursday, about the jeepney drivers' strike (post 10) and
#   about the closure of NAIA's main runway (post 16), both carrying "Commuters should never be made
#   to pay for a fight that is not theirs";
# - a shared wire byline line ("Asia Desk Wire | Updated: 08-10-2026 10:40 PHT"): Malaysia's cut of
#   the petrol subsidy for high earners (post 53) and Cambodia's new garment minimum wage (post 55),
#   unrelated stories of the region;
# - the same province: Typhoon Dalisay's landfall on Catanduanes (posts 1-8) and the Sandiganbayan
#   plunder conviction of a former Catanduanes governor over flood-control funds (posts 33-37, with
#   Virac, sea walls and flooding in both); and the French shoal post carries a "Lire aussi" line
#   naming the typhoon (post 43);
# - the same district and the same hospital: the Tondo fire that left 1,400 families homeless, whose
#   injured went to Tondo Medical Center (posts 19-22), and the leptospirosis surge that made the same
#   hospital open tents in its car park (posts 27-29);
# - look-alike stories: two fires in northern Metro Manila on the same day (the Tondo homes fire,
#   posts 19-22; the Valenzuela sandal factory fire that killed five, posts 23-26); two walkouts (the
#   Metro Manila jeepney strike, posts 9-15; the Cebu teachers' mass leave, posts 30-32); two court
#   cases (the plunder conviction, posts 33-37; the Davao broadcaster acquitted of cyberlibel, posts
#   38-40, a radio story like the interview trap); flights cancelled both by the typhoon (post 5) and
#   by the runway closure (posts 16-18);
# - stories told from other angles: the typhoon go-bag "how to" (post 7), the signal-number explainer
#   (post 6), the jeepney "how to get to work" (post 13), the modernisation explainer (post 14), the
#   leptospirosis "how to" (post 29), the rate cut and your loan (post 51), the shoal explainer
#   (post 46), the Virac reaction to the verdict (post 36);
# - a promo posted alone (post 62); filler of importance 0: the basketball result (posts 57-58), the
#   horoscope (post 59), the lotto draw (post 60), the weather bulletin that names the typhoon's
#   trough (post 61).
NAME = "2026-10-08-en-evening-manila-h49"
CHANNEL = {"lang": "en", "tz": "Asia/Manila"}
WINDOW = ("2026-10-07T23:00:00Z", "2026-10-08T11:00:00Z")
CTX = {"stamp": "08-10-2026 10:40", "city": "Manila", "date_fr": "8 oct", "date_en": "Oct 8",
       "author": "Carmela Ocampo", "clarify": "the number of people evacuated", "caption": "",
       "also": "", "country": "Philippines",
       "line": "Asia Desk Wire | Updated: 08-10-2026 10:40 PHT"}
# The editor's top 5: Typhoon Dalisay's deadly landfall in Bicol, the Chinese water cannon attack at
# Second Thomas Shoal, the jeepney strike that paralysed Metro Manila, the closure of NAIA's main
# runway, the Valenzuela factory fire that killed five workers.
TOP5 = ["typhoon-dalisay-bicol", "ayungin-water-cannon", "jeepney-strike-metro",
        "naia-runway-closure", "valenzuela-factory-fire"]
PH = "Philippines"
MM = "Metro Manila"
W = "World"
B = "Business"
ASIA = "Asia"
POSTS = [
 # 1. Typhoon Dalisay makes landfall on Catanduanes; the toll rises from 3 to 11.
 ("typhoon-dalisay-bicol", "bicolsentinel.ph", "en", 3, 10, 2600, [PH], "",
  "Typhoon Dalisay slams into Catanduanes",
  "Typhoon Dalisay made landfall in Bato, Catanduanes, at 4.20 a.m. on Thursday with maximum sustained winds of 185 kilometres per hour, tearing roofs off houses and cutting power across the island province, the state weather bureau said.",
  "Waves topped the sea wall in Virac, the provincial capital, and flooded its market. Tropical Cyclone Wind Signal No. 4 was raised over Catanduanes and the eastern half of Camarines Sur."),
 ("typhoon-dalisay-bicol", "wire-west.com", "en", 3, 95, 1300, [PH, W], "reuters",
  "Powerful typhoon hits eastern Philippines, three dead",
  "A powerful typhoon battered the eastern Philippines on Thursday, killing at least three people and forcing more than 210,000 to flee their homes, disaster officials said.",
  "The storm, the 14th to hit the country this year, was expected to cross the Bicol peninsula and reach the sea off Quezon province by nightfall.",
  {"city": "Legazpi"}),
 ("typhoon-dalisay-bicol", "mnlherald.ph", "en", 3, 180, 2200, [PH], "place",
  "Legazpi under water as Dalisay crosses Bicol",
  "Floodwater reached the roofs of single-storey houses in low-lying villages of this port city on Thursday as Typhoon Dalisay dumped more than 300 millimetres of rain on Albay in 12 hours.",
  "Lahar warnings were issued for communities at the foot of Mayon Volcano.",
  {"city": "Legazpi", "country": "Albay"}),
 ("typhoon-dalisay-bicol", "ap-like.org", "en", 3, 300, 900, [PH, W], "ap",
  "Philippine storm deaths rise to 8 as landslides bury homes",
  "Landslides and floods set off by Typhoon Dalisay killed at least eight people in the central and eastern Philippines, officials said Thursday, as the storm weakened slightly after crossing the Bicol region.",
  "Five of the dead were members of one family whose house in Camarines Sur was buried by mud.",
  {"city": "Naga"}),
 ("typhoon-dalisay-bicol", "pinoytimes.ph", "en", 3, 360, 1800, [PH], "updated",
  "Dalisay: 11 dead, 92 domestic flights cancelled",
  "The death toll from Typhoon Dalisay rose to 11 on Thursday afternoon, the national disaster agency said, as airlines cancelled 92 domestic flights to and from Bicol and the Visayas.",
  "Nearly 260,000 people were in evacuation centres in five regions.",
  {"clarify": "the number of people evacuated"}),
 ("typhoon-dalisay-bicol", "mnlherald.ph", "en", 3, 140, 1100, [PH], "",
  "Explainer: what Signal No. 4 means",
  "Tropical Cyclone Wind Signal No. 4 is raised when winds of 118 to 184 km/h are expected within 12 hours, strong enough to flatten houses made of light materials and to uproot large trees, according to the state weather bureau's guide.",
  "Signal No. 5, the highest, is reserved for super typhoons."),
 ("typhoon-dalisay-bicol", "healthwatch.ph", "en", 3, 60, 700, [PH], "donate",
  "How to pack a go-bag before a storm",
  "A go-bag should hold three days of drinking water and ready-to-eat food, a flashlight, a power bank, a whistle, basic medicines and copies of IDs sealed in a plastic pouch, the Red Cross says.",
  "Keep it by the door so the whole family can leave within minutes."),
 ("typhoon-dalisay-bicol", "agence-nord.fr", "fr", 3, 420, 300, [PH, W], "afp",
  "Philippines : le typhon Dalisay fait au moins 11 morts",
  "Le typhon Dalisay a fait au moins 11 morts et contraint plus de 250 000 personnes à fuir leur domicile jeudi dans l'est des Philippines, selon l'agence nationale de gestion des catastrophes.",
  "La tempête a touché terre sur l'île de Catanduanes avec des vents de 185 km/h.",
  {"city": "Manille"}),

 # 2. Jeepney drivers' three-day strike (interview trap: the Transport Secretary on Radyo Tapat 702).
 ("jeepney-strike-metro", "pinoytimes.ph", "en", 3, 5, 2400, [MM], "",
  "Jeepney drivers begin three-day strike",
  "Thousands of jeepney drivers in Metro Manila stopped plying their routes at dawn on Thursday at the start of a three-day strike against the deadline for joining transport cooperatives, leaving commuters stranded at terminals from Cubao to Baclaran.",
  "The drivers' alliance Kilusang Tsuper said 80% of its members had joined."),
 ("jeepney-strike-metro", "radyotapat702.ph", "en", 3, 80, 1600, [MM], "",
  "Dimaculangan on the tigil-pasada: commuters must not pay",
  "\"Commuters should never be made to pay for a fight that is not theirs,\" Transportation Secretary Victor Dimaculangan told Radyo Tapat 702's Tapatan sa Umaga on Thursday, as a jeepney strike left tens of thousands of Metro Manila workers without a ride.",
  "He said the December 31 consolidation deadline would not be moved."),
 ("jeepney-strike-metro", "mnlherald.ph", "en", 3, 150, 2000, [MM], "byline_en",
  "Classes suspended in six cities as transport stoppage bites",
  "Mayors of Manila, Quezon City, Caloocan, Pasay, Malabon and Navotas suspended classes at all levels on Thursday as the jeepney stoppage emptied the roads of the vehicles most students ride to school.",
  "Government offices in the capital stayed open.",
  {"site": "The Manila Herald", "author": "Carmela Ocampo"}),
 ("jeepney-strike-metro", "wire-west.com", "en", 3, 230, 900, [PH, B], "reuters",
  "Philippine drivers strike over phase-out of ageing jeepneys",
  "Drivers of the Philippines' iconic jeepneys went on strike in the capital on Thursday to protest against a government programme that will take older vehicles off the road, snarling traffic for millions of commuters.",
  "Military and police trucks were deployed to offer free rides."),
 ("jeepney-strike-metro", "pinoytimes.ph", "en", 3, 200, 1200, [MM], "",
  "How to get to work during the three-day strike",
  "Free rides on MMDA and police trucks leave from 22 pick-up points across Metro Manila from 5 a.m. to 9 p.m., and the MRT-3 and LRT lines are running extra trains during rush hours until Saturday.",
  "Ride-hailing apps warned of longer waits and surge fares."),
 ("jeepney-strike-metro", "mnlherald.ph", "en", 3, 330, 800, [PH], "",
  "Explainer: why drivers are fighting the modernisation programme",
  "The government's public utility vehicle modernisation programme requires individual operators to join a cooperative or corporation before the end of the year and, eventually, to replace their jeepneys with new units costing up to 2.8 million pesos each, a price drivers say they can never repay.",
  "Supporters say the old diesel jeepneys pollute and are unsafe."),
 ("jeepney-strike-metro", "courrierdusoir.fr", "fr", 3, 480, 200, [PH], "publie",
  "Philippines : grève des chauffeurs de jeepneys à Manille",
  "Des milliers de chauffeurs de jeepneys, ces minibus emblématiques des Philippines, ont cessé le travail jeudi à Manille pour trois jours afin de protester contre un programme de modernisation qui menace leur gagne-pain.",
  "Les écoles de six villes de la capitale ont fermé.", {"site": "Le Courrier du Soir"}),

 # 3. NAIA's main runway closed after cracks found (interview trap: same Secretary, same quote).
 ("naia-runway-closure", "pinoytimes.ph", "en", 2, 30, 1700, [MM, B], "",
  "NAIA main runway shut after pavement cracks found",
  "The main runway of Ninoy Aquino International Airport was closed at 5.45 a.m. on Thursday after a routine inspection found a 40-metre stretch of cracked and sunken pavement near its eastern end, the airport authority said.",
  "Only the shorter secondary runway, which cannot take wide-body jets, remained open. "
  "\"Commuters should never be made to pay for a fight that is not theirs,\" Transportation Secretary Victor Dimaculangan told Radyo Tapat 702 on Thursday morning, when asked about the runway and the jeepney strike, adding that airlines would be asked to waive rebooking fees."),
 ("naia-runway-closure", "airlinesasia.com", "en", 2, 170, 800, [ASIA, B], "teaser",
  "Manila airport diverts long-haul flights to Clark",
  "At least 36 international flights bound for Manila were diverted to Clark, 80 kilometres north of the capital, on Thursday after the closure of the main runway at the country's busiest airport.",
  "Passengers were taken to Manila by bus."),
 ("naia-runway-closure", "mnlherald.ph", "en", 2, 540, 1300, [MM, B], "",
  "Runway repairs to run into Friday, airport says",
  "Repairs to the main runway at NAIA will not be finished before noon on Friday, the airport's operator said on Thursday evening, pushing back an earlier target of 6 p.m. and extending cancellations of more than 120 flights.",
  "Engineers said water leaking from a drainage culvert under the runway had washed out the base."),

 # 4. Fire 1: a fire destroys 600 houses in Tondo (same hospital as story 6).
 ("tondo-fire", "mnlherald.ph", "en", 2, 20, 1500, [MM], "caption",
  "1,400 families homeless after overnight Tondo fire",
  "A fire that raged for seven hours through a crowded coastal community in Tondo, Manila, destroyed about 600 houses and left 1,400 families homeless early Thursday, the Bureau of Fire Protection said.",
  "Three residents with burns and one firefighter who inhaled smoke were taken to Tondo Medical Center.",
  {"site": "The Manila Herald",
   "caption": "Residents carry what they saved from the fire along Radial Road 10 in Tondo at dawn on Thursday."}),
 ("tondo-fire", "pinoytimes.ph", "en", 2, 110, 1000, [MM], "",
  "Fire reached fifth alarm before dawn, BFP says",
  "The blaze in Barangay 105 was raised to the fifth alarm at 1.12 a.m. as narrow alleys kept fire trucks from reaching the houses, and it was declared under control only at 5.30 a.m., fire officials said.",
  "Investigators said a faulty electric fan may have started the fire."),
 ("tondo-fire", "radyotapat702.ph", "en", 2, 260, 700, [MM], "",
  "Manila mayor promises cash aid to Tondo fire victims",
  "Manila Mayor Andrea Lacsamana said on Thursday that each family that lost its home in the Tondo fire would receive 10,000 pesos and that the burned-out area would not be rebuilt until an access road is cut through it.",
  "About 3,000 people were sleeping in two schools and a covered court."),
 ("tondo-fire", "philstar-like.ph", "en", 2, 470, 500, [MM], "",
  "Donations pour in for Tondo fire evacuees",
  "Parishes, schools and private companies delivered rice, water, clothes and sleeping mats to the evacuees of the Tondo fire on Thursday, and the city opened a drop-off point at Manila City Hall.",
  ""),

 # 5. Fire 2 (look-alike): a sandal factory fire in Valenzuela kills five workers.
 ("valenzuela-factory-fire", "pinoytimes.ph", "en", 3, 250, 1900, [MM], "",
  "Five workers dead in Valenzuela factory blaze",
  "Five workers were killed when fire swept through a rubber sandal factory in Valenzuela City on Thursday afternoon, trapping them on the second floor of the building, the Bureau of Fire Protection said.",
  "Twelve others escaped by jumping from a window onto a neighbour's roof."),
 ("valenzuela-factory-fire", "upi-like.com", "en", 3, 390, 400, [PH, W], "upi",
  "Fire at Philippine footwear plant kills 5",
  "Five people died and at least seven were injured Thursday when a fire broke out at a slipper-making plant on the northern edge of Manila, officials said.",
  "Fumes from burning rubber and chemicals slowed the rescue."),
 ("valenzuela-factory-fire", "mnlherald.ph", "en", 3, 500, 1400, [MM], "",
  "Valenzuela factory had no fire safety permit, mayor says",
  "The Valenzuela sandal factory where five workers died had been operating without a fire safety inspection certificate since 2024 and its owner will face charges, Mayor Ramon Gatchalian-Reyes said on Thursday evening.",
  "The city closed two other factories owned by the same company pending inspection."),
 ("valenzuela-factory-fire", "agence-alpes.ch", "fr", 3, 610, 150, [PH, W], "ats",
  "Philippines : cinq ouvriers tués dans l'incendie d'une usine près de Manille",
  "Cinq ouvriers ont péri jeudi dans l'incendie d'une usine de sandales en caoutchouc à Valenzuela, dans la banlieue nord de Manille, ont annoncé les pompiers.",
  "", {"city": "Manille"}),

 # 6. Same hospital: leptospirosis surge fills Tondo Medical Center.
 ("leptospirosis-surge", "healthwatch.ph", "en", 1, 130, 900, [MM], "",
  "Tondo Medical Center sets up tents as leptospirosis cases surge",
  "Tondo Medical Center has put up tents in its car park to take in patients as leptospirosis cases in Metro Manila more than tripled in the three weeks since the late-September floods, the Department of Health said on Thursday.",
  "Twenty-three people have died of the disease in the capital this year."),
 ("leptospirosis-surge", "pinoytimes.ph", "en", 1, 400, 700, [MM], "",
  "DOH: 410 leptospirosis cases in Metro Manila since the floods",
  "The health department recorded 410 leptospirosis cases in Metro Manila between September 17 and October 7, most of them men who waded through floodwater in Malabon, Navotas and Manila.",
  "Eight public hospitals have opened fast lanes for patients."),
 ("leptospirosis-surge", "healthwatch.ph", "en", 1, 560, 500, [PH], "",
  "How to protect yourself from leptospirosis",
  "Anyone who waded through floodwater should see a doctor within 24 to 72 hours to get a preventive dose of doxycycline, and should not wait for fever, muscle pain or yellowing of the eyes to appear, health officials say.",
  "Wear boots and cover any wound before stepping into water."),

 # 7. Walkout 2 (look-alike): Cebu public school teachers go on mass leave.
 ("cebu-teachers-mass-leave", "cebudaily.ph", "en", 1, 90, 900, [PH], "",
  "Cebu teachers go on mass leave over unpaid overtime",
  "More than 2,000 public school teachers in Cebu City and Mandaue filed leave on Thursday to protest against eight months of unpaid overtime pay, leaving dozens of classrooms without a teacher.",
  "Their union said teachers were owed an average of 18,000 pesos each."),
 ("cebu-teachers-mass-leave", "pinoytimes.ph", "en", 1, 340, 500, [PH], "",
  "DepEd says Cebu teachers' overtime to be paid within two weeks",
  "The Department of Education said on Thursday it had released funds to pay the overtime owed to teachers in Cebu and that the money would reach their accounts within two weeks.",
  "The teachers' union said the mass leave would go on until the money arrived."),
 ("cebu-teachers-mass-leave", "cebudaily.ph", "en", 1, 600, 400, [PH], "",
  "Parents split over Cebu teachers' protest",
  "Parents outside Abellana National School on Thursday were divided over the teachers' protest, some backing their demand for back pay and others worrying that their children were losing days of class.",
  ""),

 # 8. Court case 1: former Catanduanes governor convicted of plunder over flood-control funds.
 ("flood-control-plunder", "pinoytimes.ph", "en", 2, 120, 1400, [PH], "teaser",
  "Sandiganbayan convicts ex-Catanduanes governor of plunder",
  "The Sandiganbayan on Thursday found former Catanduanes governor Ernesto Valdepeñas guilty of plunder for pocketing 214 million pesos meant for sea walls and river dikes in the province, and sentenced him to reclusion perpetua.",
  "Two provincial engineers and a contractor were convicted of graft."),
 ("flood-control-plunder", "mnlherald.ph", "en", 2, 240, 900, [PH], "",
  "Ghost dikes: how the flood-control money vanished",
  "Of the 31 flood-control projects the Catanduanes provincial government paid for between 2016 and 2019, prosecutors showed, 19 were never built and the rest used less than half of the concrete and steel in the contracts.",
  "Auditors found the anomaly in 2020."),
 ("flood-control-plunder", "wire-west.com", "en", 2, 350, 500, [PH], "reuters",
  "Philippine anti-graft court jails former governor for life",
  "A Philippine anti-graft court sentenced a former provincial governor to life imprisonment on Thursday for stealing public money earmarked to protect coastal towns from floods.",
  "He can appeal to the Supreme Court."),
 ("flood-control-plunder", "bicolsentinel.ph", "en", 2, 520, 700, [PH], "",
  "In Virac, verdict brings anger more than relief",
  "Residents of Virac said on Thursday that the conviction of their former governor came too late for the coastal villages that were never given the sea walls promised to them, some of which were flooded again this week.",
  "\"He goes to jail, but the walls are still not there,\" said a fish vendor."),
 ("flood-control-plunder", "courrierdusoir.fr", "fr", 2, 660, 100, [PH], "byline_fr",
  "Philippines : un ancien gouverneur condamné à perpétuité pour détournement",
  "Un tribunal anticorruption philippin a condamné jeudi à la réclusion à perpétuité un ancien gouverneur de la province de Catanduanes pour avoir détourné des fonds destinés à des digues contre les inondations.",
  "", {"site": "Le Courrier du Soir", "author": "Hélène Marchetti"}),

 # 9. Court case 2 (look-alike): Davao broadcaster acquitted of cyberlibel.
 ("davao-cyberlibel-acquittal", "mindanaopost.ph", "en", 1, 190, 800, [PH], "",
  "Davao broadcaster acquitted of cyberlibel",
  "A Davao City regional trial court on Thursday acquitted radio broadcaster Joel Sarmiento of cyberlibel over a 2023 Facebook post accusing a city councillor of taking kickbacks, ruling that prosecutors had not proved malice.",
  "Sarmiento had faced up to eight years in prison."),
 ("davao-cyberlibel-acquittal", "mnlherald.ph", "en", 1, 380, 500, [PH], "",
  "Press groups hail Sarmiento ruling, urge end to criminal libel",
  "Journalists' groups welcomed the acquittal of Davao radio anchor Joel Sarmiento on Thursday and called on Congress to decriminalise libel, saying the law is used to silence reporters in the provinces.",
  ""),
 ("davao-cyberlibel-acquittal", "mindanaopost.ph", "en", 1, 580, 400, [PH], "",
  "Councillor to appeal civil damages after Sarmiento acquittal",
  "The Davao City councillor who filed the cyberlibel complaint against broadcaster Joel Sarmiento said he would pursue his claim for civil damages despite the acquittal.",
  ""),

 # 10. China coast guard water cannon at Second Thomas (Ayungin) Shoal.
 ("ayungin-water-cannon", "pinoytimes.ph", "en", 3, 40, 2300, [PH, W], "",
  "China coast guard water-cannons Ayungin resupply boat, two sailors hurt",
  "Chinese coast guard ships fired water cannon at a Philippine boat carrying food and water to the troops on BRP Sierra Madre at Ayungin Shoal early Thursday, injuring two Navy sailors and breaking the boat's windows, the National Security Council said.",
  "The boat made it to the grounded ship and unloaded its cargo."),
 ("ayungin-water-cannon", "wire-west.com", "en", 3, 160, 1100, [PH, ASIA, W], "reuters",
  "Philippines accuses China of 'dangerous' attack in South China Sea",
  "The Philippines accused China on Thursday of dangerous and illegal actions after its coast guard used water cannon against a Philippine supply mission at the disputed Second Thomas Shoal, in the latest clash in the South China Sea.",
  "China's coast guard said it had expelled a vessel that had entered Ren'ai Reef illegally."),
 ("ayungin-water-cannon", "agence-nord.fr", "fr", 3, 270, 250, [PH, ASIA], "lire",
  "Mer de Chine méridionale : Manille accuse Pékin après un tir de canon à eau",
  "Les Philippines ont accusé jeudi la Chine d'avoir blessé deux marins en tirant au canon à eau sur un bateau de ravitaillement près du banc de Second Thomas, en mer de Chine méridionale.",
  "Pékin revendique la quasi-totalité de cette mer.",
  {"also": "Philippines : le typhon Dalisay fait au moins 11 morts"}),
 ("ayungin-water-cannon", "mnlherald.ph", "en", 3, 310, 1500, [PH], "",
  "DFA summons Chinese envoy over shoal incident",
  "The Department of Foreign Affairs summoned China's ambassador on Thursday afternoon and handed him a protest over the water cannon attack, the 14th diplomatic protest Manila has filed against Beijing this year.",
  ""),
 ("ayungin-water-cannon", "ap-like.org", "en", 3, 430, 700, [PH, W], "ap",
  "US and Japan back Manila after sea confrontation",
  "The United States and Japan on Thursday voiced support for the Philippines after Chinese vessels blasted a Filipino supply boat with water cannon, with Washington reminding Beijing of its defence treaty with Manila.",
  "", {"city": "Manila"}),
 ("ayungin-water-cannon", "pinoytimes.ph", "en", 3, 450, 900, [PH], "colon",
  "Explainer: why a rusting ship on a reef matters so much",
  "The BRP Sierra Madre, a Second World War-era landing ship that the Navy ran aground on Ayungin Shoal in 1999, is the country's only foothold on the reef, and the handful of marines living on it must be resupplied every few weeks.",
  "The shoal lies 195 km from Palawan, inside the Philippines' exclusive economic zone."),
 ("ayungin-water-cannon", "palawanvoice.ph", "en", 3, 640, 600, [PH], "actu",
  "Injured sailors flown to Puerto Princesa",
  "The two Navy sailors hurt in Thursday's water cannon attack were flown by helicopter to a military hospital in Puerto Princesa, where one was treated for a head wound and the other for cuts from broken glass, the Western Command said.",
  ""),

 # 11. Bangko Sentral cuts its policy rate.
 ("bsp-rate-cut", "pinoytimes.ph", "en", 2, 420, 1200, [PH, B], "",
  "BSP cuts key rate to 5.0%",
  "The Bangko Sentral ng Pilipinas cut its benchmark interest rate by a quarter of a percentage point to 5.0% on Thursday, its third reduction this year, saying inflation was safely inside its 2-4% target.",
  "Governor Eduardo Salcedo said there was room for one more cut before the end of the year."),
 ("bsp-rate-cut", "gulf-wire.com", "en", 2, 450, 300, [ASIA, B], "kuna",
  "Philippine central bank eases policy again",
  "The central bank of the Philippines lowered borrowing costs for the third time in 2026 on Thursday to support an economy that grew less than expected in the second quarter.",
  "", {"city": "Manila"}),
 ("bsp-rate-cut", "wire-west.com", "en", 2, 490, 500, [PH, B], "reuters",
  "Peso slips after Manila rate cut",
  "The Philippine peso weakened to 58.9 per dollar on Thursday after the central bank's rate cut, while shares in Manila rose 1.2% led by property developers.",
  ""),
 ("bsp-rate-cut", "moneywise.ph", "en", 2, 560, 700, [PH, B], "",
  "What the BSP cut means for your home loan",
  "Borrowers with housing loans that reprice every year may see their monthly payments fall by a few hundred pesos at their next repricing date, but banks usually pass on a central bank cut only partly and slowly, analysts say.",
  "Savers will earn less on time deposits."),
 ("bsp-rate-cut", "agence-nord.fr", "fr", 2, 620, 100, [PH, B], "",
  "Philippines : la banque centrale abaisse son taux directeur à 5 %",
  "La banque centrale des Philippines a abaissé jeudi son principal taux directeur d'un quart de point, à 5 %, sa troisième baisse de l'année.",
  ""),

 # 12. Shared byline line, story A: Malaysia cuts the petrol subsidy for high earners.
 ("malaysia-ron95-subsidy", "asiadeskwire.com", "en", 1, 220, 300, [ASIA, B], "reuters_line",
  "Malaysia to end petrol subsidy for top earners from November",
  "Malaysia will stop subsidising RON95 petrol for the richest 15% of households from November 1, the finance ministry said on Thursday, a move it expects to save 4 billion ringgit a year.",
  "Other motorists will keep paying the subsidised price at the pump using their identity cards."),
 ("malaysia-ron95-subsidy", "pacifique-hebdo.fr", "fr", 1, 500, 100, [ASIA, B], "soutien",
  "Malaisie : fin de l'essence subventionnée pour les plus riches",
  "La Malaisie cessera le 1er novembre de subventionner l'essence pour les 15 % de ménages les plus aisés, a annoncé jeudi le ministère des Finances.",
  ""),

 # 13. Shared byline line, story B: Cambodia raises the garment minimum wage.
 ("cambodia-garment-wage", "asiadeskwire.com", "en", 1, 225, 300, [ASIA, B], "reuters_line",
  "Cambodia sets garment workers' minimum wage at $215",
  "Cambodia's labour ministry set the monthly minimum wage for garment and footwear workers at $215 for 2027 on Thursday, up $7, after unions walked out of talks demanding $230.",
  ""),
 ("cambodia-garment-wage", "wire-west.com", "en", 1, 520, 200, [ASIA, B], "reuters",
  "Cambodian unions reject 'small' wage rise",
  "Union leaders in Cambodia said on Thursday the new minimum wage for garment factories would not keep up with rents and food prices, and threatened protests in front of parliament.",
  "", {"city": "Phnom Penh"}),

 # 14. Filler: basketball result, horoscope, lotto, weather bulletin, a promo.
 ("pba-game3-result", "sportsph.ph", "en", 0, 15, 2100, ["Sport"], "",
  "Beermen take 2-1 lead over Hotshots",
  "San Miguel beat Magnolia 104-97 at the Araneta Coliseum on Wednesday night to lead the best-of-seven Governors' Cup finals 2-1.",
  "Game 4 is on Friday."),
 ("pba-game3-result", "pinoytimes.ph", "en", 0, 70, 1300, ["Sport"], "",
  "Fajardo dominates as San Miguel wins Game 3",
  "Centre Jun Fajardo scored 28 points and grabbed 17 rebounds to lead San Miguel past Magnolia in Game 3 of the finals on Wednesday night.",
  ""),
 ("horoscope-thu-oct8", "stars-daily.com", "en", 0, 0, 1200, ["Horoscope"], "",
  "Your horoscope for Thursday, October 8",
  "Libra: a conversation you have been putting off goes better than you feared.",
  "Scorpio: keep your plans to yourself until Friday."),
 ("ultra-lotto-draw", "lottowatch.ph", "en", 0, 25, 1600, ["Lottery"], "",
  "No winner in Ultra Lotto 6/58; jackpot goes past P120 million",
  "No one matched all six numbers in Wednesday night's Ultra Lotto 6/58 draw, so the jackpot for Friday will rise above 120 million pesos, the charity sweepstakes office said.",
  ""),
 ("weather-manila-thu", "mnlherald.ph", "en", 0, 690, 900, ["Weather"], "",
  "Weather: cloudy with scattered rain in Metro Manila on Friday",
  "Metro Manila will be cloudy with scattered rain showers and thunderstorms on Friday, caused by the trough of Typhoon Dalisay, with temperatures between 25 and 31 degrees, the weather bureau said.",
  "Sea travel is risky off northern and eastern Luzon."),
 ("promo-viber-community", "pinoytimes.ph", "en", 0, 300, 80, ["Promo"], "",
  "Join the Pinoy Times community on Viber",
  "Get the day's top stories, breaking alerts and our evening newsletter straight to your phone by joining the Pinoy Times community on Viber.",
  "It is free."),
]
