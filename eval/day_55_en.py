# Day 55 (hold-out): an Indian English channel, evening edition of Wednesday 8 July 2026
# (window 07:00 - 19:00 Wednesday Mumbai, Asia/Kolkata = UTC+5:30, no DST).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Maharashtra Chief Minister Rajesh Kadam on Radio
#   Sagar 92.7 FM's "Subah Mumbai", about the monsoon flooding (post 3) and about the app-cab
#   drivers' strike (post 25), both carrying "Mumbai does not stop, and we will not let anything
#   stop Mumbai.";
# - a shared wire byline line ("South Asia Desk | Updated: 08-07-2026 11:40 IST"): Sri Lanka's
#   electricity tariff rise (post 55) and Bhutan's visitor fee cut (post 57), unrelated stories of
#   the region (the Bhutan post also speaks of rupees, like the rupee story);
# - the same town: the Bhiwandi building collapse (posts 9-15) and the Bhiwandi warehouse fire
#   (posts 16-19), two emergencies with fire brigade and rescuers in one town the same morning; the
#   wire fire post (post 17) even names the collapse;
# - the same hospital: the flooding of Sion Hospital's casualty ward in the monsoon story (post 2)
#   and the Sion Hospital resident doctors' strike (posts 20-23), whose patients waded through the
#   floods (post 21);
# - look-alike stories: two strikes (the Sion resident doctors, posts 20-23; the app-cab drivers,
#   posts 24-28); two court cases (the co-operative bank fraud sentence, posts 29-32; the Bombay
#   High Court pothole hearing, posts 33-35, which shares the BMC, the rain and the city's roads
#   with the monsoon story); two monsoon disasters (the Mumbai deluge, posts 1-8; the Nepal buses
#   swept into the Trishuli river, posts 50-54, whose Kalyan pilgrims are neighbours of Bhiwandi);
#   the runway excursion at Mumbai airport in the rain (posts 45-49) is kept apart from the deluge;
#   the ISRO ocean satellite (posts 36-39) speaks of seas and weather warnings; the co-operative
#   bank explainer (post 32) names the RBI, like the rupee story; the weather bulletin (post 64)
#   announcing more heavy rain is kept apart from the deluge; the French runway post carries a
#   "Lire aussi" line naming the deluge (post 47); French posts say "Bombay" for Mumbai and
#   "Trisuli" for Trishuli;
# - stories told from other angles and in other words: the Dadar commuters and dabbawalas (post 5),
#   what to do if your train stops (post 6), why the city floods (post 7), the families at the
#   collapse site (post 12), how to tell if your building is unsafe (post 13), delayed online
#   orders after the fire (post 18), where civic hospitals are still open (post 22), how to get
#   around without a cab (post 26), the depositors (post 31), deposit insurance (post 32), what
#   the satellite means for fishermen (post 39), why the currency slides (post 41), Indian workers
#   in Kuwait sending money home (post 43), paying fees abroad (post 44), flying out today
#   (post 48), the Kalyan family of the Nepal pilgrims (post 53), the travel agents and Bhutan
#   (post 58);
# - a promo posted alone (post 63); filler of importance 0: the cricket result (posts 59-60), the
#   horoscope (post 61), the state lottery draw (post 62), the weather bulletin (post 64).
NAME = "2026-07-08-en-evening-mumbai-h55"
CHANNEL = {"lang": "en", "tz": "Asia/Kolkata"}
WINDOW = ("2026-07-08T01:30:00Z", "2026-07-08T13:30:00Z")
CTX = {"stamp": "08-07-2026 11:40", "city": "Mumbai", "date_fr": "8 juillet", "date_en": "July 8",
       "author": "Meera Kulkarni", "clarify": "the number of people killed in Mumbai",
       "caption": "", "also": "", "country": "India",
       "line": "South Asia Desk | Updated: 08-07-2026 11:40 IST"}
# The editor's top 5: the deadly Mumbai monsoon deluge, the Bhiwandi building collapse, the Nepal
# buses swept into the Trishuli river with Indian pilgrims aboard, the plane that skidded off the
# runway at Mumbai airport, the rupee's record low.
TOP5 = ["mumbai-monsoon-deluge", "bhiwandi-building-collapse", "nepal-bus-trishuli",
        "mumbai-runway-excursion", "rupee-record-low"]
IN = "India"
MU = "Mumbai"
W = "World"
B = "Business"
SA = "South Asia"
H = "Health"
LEDGER = "bombayledger.in"
DAILY = "mumbaidailynews.in"
PULSE = "citypulse-mumbai.in"
THANE = "thanetimes.in"
TRIB = "indiatribune24.in"
WIRE = "wire-west.com"
POSTS = [
 # 1. Monsoon deluge in Mumbai: "torrential rain", "downpour", "waterlogging", "red alert",
 #    "pluies de mousson diluviennes"; toll 3 -> 4 -> 6 -> 9; trains halted then partly resumed.
 ("mumbai-monsoon-deluge", PULSE, "en", 3, 10, 3400, [MU], "colon",
  "Red alert as 260 mm of rain swamps city; local trains halted",
  "Mumbai woke up to waterlogged roads and stalled suburban trains on Wednesday after more than 260 millimetres of rain fell on the city in 12 hours, and the India Meteorological Department (IMD) issued a red alert for the rest of the day.",
  "Central Railway suspended services between Kurla and Thane and on the entire Harbour line from 6.10 a.m. after water covered the tracks at Sion and Chunabhatti. The Andheri and Milan subways were closed to traffic."),
 ("mumbai-monsoon-deluge", WIRE, "en", 3, 60, 1500, [IN, W], "reuters",
  "Monsoon rains kill three in India's financial capital",
  "Torrential monsoon rains killed at least three people in Mumbai on Wednesday, flooding streets, halting commuter trains used by millions and forcing schools and colleges to close, officials said.",
  "Water entered the casualty ward of the municipal hospital in Sion, where staff carried patients to upper floors. Two of the dead were electrocuted by a fallen cable in Kurla."),
 ("mumbai-monsoon-deluge", LEDGER, "en", 3, 125, 2600, [MU], "",
  "Kadam: Rs 10,000 for every flooded home, trains back by evening",
  "Maharashtra Chief Minister Rajesh Kadam said on Wednesday that the state would pay 10,000 rupees in immediate relief to every family whose home was flooded, telling Radio Sagar 92.7 FM's \"Subah Mumbai\" programme: \"Mumbai does not stop, and we will not let anything stop Mumbai.\"",
  "He said four people had died and that the Navy and the National Disaster Response Force had boats ready in Kurla, Sion and Andheri."),
 ("mumbai-monsoon-deluge", "agence-nord.fr", "fr", 3, 185, 350, [IN, W], "afp",
  "Inde : des pluies de mousson diluviennes paralysent Bombay, six morts",
  "Au moins six personnes sont mortes mercredi à Bombay, où des pluies de mousson diluviennes ont inondé les rues et interrompu les trains de banlieue qu'empruntent chaque jour des millions de personnes, selon la municipalité.",
  "La capitale économique de l'Inde est placée en alerte rouge jusqu'à jeudi matin."),
 ("mumbai-monsoon-deluge", DAILY, "en", 3, 230, 2200, [MU], "caption",
  "Stuck at Dadar for four hours, office-goers give up and walk",
  "Thousands of office-goers spent the morning on the footbridges and platforms of Dadar station, some for more than four hours, after motormen stopped their trains and announced that nothing would move until the water on the tracks went down.",
  "Many set off on foot towards Lower Parel and Worli in knee-deep water. The dabbawalas, who carry some 200,000 home-cooked lunches across the city every day, called off their rounds for the first time this season.",
  {"caption": "Passengers climb down from a halted train and walk along the flooded tracks near Sion on Wednesday morning.",
   "site": "Mumbai Daily News"}),
 ("mumbai-monsoon-deluge", PULSE, "en", 3, 300, 1700, [MU], "donate",
  "What to do if your train stops between two stations",
  "Stay inside the coach unless the guard or the railway police tell you to get down, because the ballast beside flooded tracks hides open drains and fallen overhead wires, Central Railway advised passengers on Wednesday.",
  "Keep your phone charged, carry drinking water, and call the railway helpline 139 if someone in your compartment needs help."),
 ("mumbai-monsoon-deluge", LEDGER, "en", 3, 420, 1200, [MU], "",
  "Explainer: why a few hours of rain bring the island city to a halt",
  "Low-lying neighbourhoods go under water whenever a cloudburst coincides with a high tide, because the storm drains that empty into the Arabian Sea and the Mithi river are shut by floodgates once the sea rises above about 4.5 metres, leaving the rainwater nowhere to go, civic engineers explain.",
  "On Wednesday the tide peaked at 4.61 metres at 1.14 p.m., just as the heaviest spell of rain arrived."),
 ("mumbai-monsoon-deluge", WIRE, "en", 3, 600, 1100, [IN, W], "updated",
  "Mumbai rain toll rises to nine as trains partly resume",
  "The number of people killed in rain-related incidents in Mumbai rose to nine on Wednesday evening after the bodies of two men swept into a storm drain in Vikhroli were recovered, the Brihanmumbai Municipal Corporation (BMC) said.",
  "Harbour line trains resumed at 5.30 p.m., but services between Kurla and Thane were still suspended."),

 # 2. Building collapse in Bhiwandi before dawn; toll 5 -> 8 -> 11; owner arrested.
 ("bhiwandi-building-collapse", THANE, "en", 3, 20, 2900, [IN, MU], "colon",
  "Building collapses in Bhiwandi; five dead, many feared trapped",
  "Five people were killed and at least 20 were feared trapped when a three-storey residential building collapsed in Bhiwandi's Shanti Nagar area at about 3.40 a.m. on Wednesday, officials of the Bhiwandi-Nizampur City Municipal Corporation said.",
  "The ground floor housed a powerloom workshop. Firemen and teams of the National Disaster Response Force were pulling survivors out of the rubble by hand.",
  {"city": "Bhiwandi"}),
 ("bhiwandi-building-collapse", "ap-like.org", "en", 3, 110, 1300, [IN, W], "ap",
  "Building collapse near India's Mumbai kills 8",
  "A residential building collapsed before dawn on Wednesday in an industrial town near Mumbai, killing at least eight people as they slept, officials said.",
  "Heavy monsoon rain had been falling on the region for two days. Building collapses are common in India during the rainy season, when old and illegally extended structures give way.",
  {"city": "Bhiwandi"}),
 ("bhiwandi-building-collapse", "agence-nord.fr", "fr", 3, 200, 250, [IN, W], "actu",
  "Inde : un immeuble s'effondre près de Bombay, au moins huit morts",
  "Un immeuble d'habitation de trois étages s'est effondré mercredi avant l'aube à Bhiwandi, une ville de tissage proche de Bombay, faisant au moins huit morts, selon les secours.",
  "Une vingtaine de personnes étaient portées disparues dans la matinée."),
 ("bhiwandi-building-collapse", DAILY, "en", 3, 255, 1800, [MU], "caption",
  "'My brother was asleep on the second floor'",
  "Relatives of the missing waited behind a police cordon all morning, some of them loom workers who had been on the night shift when the block came down and who ran back to find only a heap of concrete and twisted steel.",
  "\"He called me at midnight to say the walls were sweating water,\" said Salim Ansari, whose younger brother was pulled out alive at 10 a.m.",
  {"caption": "Rescuers search the rubble of the collapsed building in Shanti Nagar, Bhiwandi, on Wednesday.",
   "site": "Mumbai Daily News"}),
 ("bhiwandi-building-collapse", PULSE, "en", 3, 330, 1400, [MU], "teaser",
  "Is the block you live in safe? Warning signs to look for",
  "Long diagonal cracks in walls, rust stains bleeding through the plaster of pillars and floors that have started to slope are signs that a structure needs an engineer's audit, structural engineers said on Wednesday after a residential block fell on sleeping families near Thane.",
  "Residents of buildings more than 30 years old can ask their ward office for a structural audit; a building declared C1 must be vacated."),
 ("bhiwandi-building-collapse", THANE, "en", 3, 450, 1600, [MU], "",
  "Owner of collapsed Shanti Nagar building arrested",
  "Police in Bhiwandi arrested the owner of the building that collapsed in Shanti Nagar, saying he had added a third floor without permission although the civic body had declared the structure dangerous in 2024.",
  "He has been charged with culpable homicide not amounting to murder."),
 ("bhiwandi-building-collapse", WIRE, "en", 3, 640, 900, [IN, W], "place",
  "Death toll in Indian building collapse rises to 11",
  "Rescuers recovered three more bodies from the rubble of a building that collapsed near Mumbai, taking the death toll to 11, and ended their search after accounting for all the residents, a disaster official said on Wednesday.",
  "Nine people were being treated in hospital.",
  {"city": "Bhiwandi"}),

 # 3. Fire (same town as the collapse): godowns burn at Purna village, Bhiwandi; no deaths.
 ("bhiwandi-warehouse-fire", THANE, "en", 2, 80, 1500, [MU], "colon",
  "Fire guts chemical godowns at Purna, smoke over Nashik highway",
  "A fire that broke out in a godown storing paint thinners and plastic granules in Purna village, on the edge of Bhiwandi, spread to six neighbouring warehouses on Wednesday morning, sending black smoke over the Mumbai-Nashik highway, fire officials said.",
  "No one was hurt. Fourteen fire engines from Bhiwandi, Thane and Kalyan were at the scene.",
  {"city": "Bhiwandi"}),
 ("bhiwandi-warehouse-fire", "upi-like.com", "en", 2, 280, 400, [IN, W], "upi",
  "Blaze engulfs warehouses outside Mumbai",
  "A huge fire destroyed seven warehouses in a logistics hub outside Mumbai on Wednesday, hours after a building collapse killed eight people in another part of the same town, officials said.",
  "Drums of solvent exploded one after another as the flames spread, witnesses said."),
 ("bhiwandi-warehouse-fire", DAILY, "en", 2, 380, 1100, [MU, B], "",
  "Your online order may be late: delivery hub stock goes up in smoke",
  "Shoppers across the metropolitan region may wait two or three days longer for parcels after flames destroyed stock held by at least two e-commerce delivery companies at Purna, traders' associations said on Wednesday.",
  "One company said it had moved its orders to a hub in Taloja."),
 ("bhiwandi-warehouse-fire", THANE, "en", 2, 520, 900, [MU], "",
  "Purna godown fire under control after nine hours; fireman hurt",
  "Firefighters brought the blaze at the Purna warehouse complex under control after nine hours on Wednesday evening, but one fireman was taken to hospital after inhaling toxic smoke, Bhiwandi's chief fire officer said.",
  "None of the seven godowns had a fire safety certificate, he said."),

 # 4. Strike 1 (same hospital as the flooded casualty ward): Sion resident doctors stop work.
 ("sion-hospital-doctors-strike", "healthbeat.in", "en", 2, 40, 1300, [MU, H], "",
  "Sion hospital resident doctors stop work after assault",
  "Resident doctors at the Lokmanya Tilak Municipal General Hospital in Sion stopped all non-emergency work on Wednesday morning after relatives of a patient who died overnight beat up a second-year resident in the casualty ward, the Maharashtra Association of Resident Doctors (MARD) said.",
  "The doctor, a 26-year-old woman, suffered a fractured wrist."),
 ("sion-hospital-doctors-strike", LEDGER, "en", 2, 190, 1400, [MU, H], "byline_en",
  "Patients sent home as outpatient clinics shut at Sion",
  "Hundreds of patients, many of whom had waded through flooded lanes to keep their appointments, were turned away from the outpatient departments of the Sion civic hospital on Wednesday.",
  "\"I left Ambernath at 5 a.m. for my mother's dialysis follow-up,\" said one man at the gate.",
  {"site": "The Bombay Ledger", "author": "Meera Kulkarni"}),
 ("sion-hospital-doctors-strike", PULSE, "en", 2, 350, 1000, [MU, H], "",
  "Need a doctor today? Where civic hospitals are still seeing patients",
  "KEM Hospital in Parel, Nair Hospital near Mumbai Central and Cooper Hospital in Vile Parle kept their outpatient clinics open on Wednesday, and the civic health department asked people who would normally go to Sion to go there instead.",
  "Emergency and casualty services at Sion are running with senior doctors."),
 ("sion-hospital-doctors-strike", DAILY, "en", 2, 560, 900, [MU, H], "",
  "MARD warns of statewide stir unless casualty wards get guards",
  "Junior doctors in every government and civic hospital in Maharashtra will stop work from Friday unless armed guards are posted in all casualty wards, the state association of resident doctors said on Wednesday evening.",
  "Police have arrested four relatives of the patient."),

 # 5. Strike 2 (look-alike): app-cab and app-auto drivers switch off; CM's radio quote.
 ("app-cab-strike", DAILY, "en", 2, 30, 2100, [MU], "",
  "App cab drivers go on strike; commuters scramble in the rain",
  "Thousands of drivers working for ride-hailing apps in Mumbai switched off their phones at midnight and began an indefinite strike, demanding that the state fix a minimum fare of 32 rupees a kilometre for app-based taxis, the Maharashtra App Drivers' Union said.",
  "Auto-rickshaw drivers on the apps joined them at 6 a.m."),
 ("app-cab-strike", PULSE, "en", 2, 150, 1600, [MU], "",
  "Kadam asks drivers to end stir, promises Friday meeting",
  "Chief Minister Rajesh Kadam asked striking app-cab drivers on Wednesday to return to the roads on a day of heavy rain and promised them a meeting with the transport department on Friday, saying on Radio Sagar 92.7 FM: \"Mumbai does not stop, and we will not let anything stop Mumbai.\"",
  "The union said it would not call off the strike on a promise."),
 ("app-cab-strike", LEDGER, "en", 2, 240, 1500, [MU], "",
  "No car on your phone? Here is how to get around today",
  "BEST buses, Metro lines 1, 2A and 7 and the black-and-yellow kaali-peeli taxis were running on Wednesday afternoon, and the regional transport office told travellers to use the prepaid taxi booths at the airport and the main railway terminuses if booking screens showed nothing nearby.",
  "Kaali-peeli drivers must charge by the meter."),
 ("app-cab-strike", WIRE, "en", 2, 330, 600, [IN, B], "reuters",
  "Ride-hailing drivers strike in Mumbai over fares",
  "Drivers for India's two biggest ride-hailing platforms went on strike in Mumbai on Wednesday, demanding higher per-kilometre rates and a cap on the commission the companies take from each trip.",
  "Ridezy and CabKart said they were talking to the drivers and that fares already exceeded state guidelines."),
 ("app-cab-strike", DAILY, "en", 2, 610, 1300, [MU], "updated",
  "Talks fail; app drivers to stay off roads on Thursday",
  "Talks between the striking drivers and the two largest ride-hailing companies broke down on Wednesday evening, and the drivers' union said its members would keep their apps switched off on Thursday.",
  "", {"clarify": "the fare the union is demanding"}),

 # 6. Court case 1: special court sentences the ex-chairman of a co-operative bank.
 ("samarth-bank-fraud-verdict", LEDGER, "en", 2, 290, 1700, [MU, B], "",
  "Ex-chairman of Samarth co-op bank gets 10 years for Rs 1,180-crore fraud",
  "A special court in Mumbai on Wednesday sentenced Vinayak Joshi, the former chairman of the Shree Samarth Urban Co-operative Bank, to 10 years in prison for siphoning 1,180 crore rupees of depositors' money into fake loan accounts held by his relatives' firms.",
  "He was also fined 25 crore rupees."),
 ("samarth-bank-fraud-verdict", TRIB, "en", 2, 320, 800, [IN, B], "colon",
  "Five convicted in Samarth bank case",
  "Five people, including the former managing director and two auditors of the Samarth Urban Co-operative Bank, were convicted of cheating, forgery and criminal breach of trust by the court set up under the state's depositors' protection law, the prosecution said.",
  "The managing director got seven years."),
 ("samarth-bank-fraud-verdict", DAILY, "en", 2, 360, 1200, [MU], "caption",
  "'Justice, but where is our money?' ask savers outside court",
  "Account holders who had gathered outside the sessions court in Fort since morning said the prison term meant little to them as long as their savings stayed frozen, six years after the Reserve Bank of India barred the lender from paying out.",
  "\"My husband died waiting for his pension money,\" said a 71-year-old widow from Mulund.",
  {"caption": "Depositors hold placards outside the sessions court in Fort, Mumbai, on Wednesday.",
   "site": "Mumbai Daily News"}),
 ("samarth-bank-fraud-verdict", PULSE, "en", 2, 470, 900, [IN, B], "",
  "Explainer: how much of your deposit is insured if a bank fails",
  "Deposits of up to 5 lakh rupees per customer in each bank, co-operative banks included, are insured by the Deposit Insurance and Credit Guarantee Corporation, and the money is normally paid within 90 days of the RBI restricting withdrawals.",
  "Savers with more than that in a failed lender must wait for its assets to be sold."),

 # 7. Court case 2 (look-alike): Bombay High Court pulls up the BMC over potholes.
 ("bombay-hc-potholes", LEDGER, "en", 1, 260, 1300, [MU], "",
  "HC slams BMC over potholes, wants ward-wise report in two weeks",
  "The Bombay High Court on Wednesday pulled up the Brihanmumbai Municipal Corporation over the state of the city's roads, saying potholes had \"become a permanent feature of Mumbai\", and ordered the civic chief to file a ward-by-ward report on repairs within two weeks.",
  "The bench was hearing a public interest petition filed by a lawyer in 2023."),
 ("bombay-hc-potholes", PULSE, "en", 1, 400, 800, [MU], "",
  "Judges ask who pays when a crater kills a rider",
  "A division bench asked the Maharashtra government on Wednesday why families of motorcyclists killed in crashes blamed on craters in the road had received no compensation, and told it to propose a scheme by the next hearing on July 22.",
  ""),
 ("bombay-hc-potholes", DAILY, "en", 1, 580, 700, [MU], "",
  "BMC says it has filled 92% of reported potholes",
  "The civic body said on Wednesday evening that its engineers had filled 4,120 of the 4,480 potholes reported on its complaint app since June 1, hours after the High Court criticised the condition of the roads.",
  "It blamed utility companies for digging up freshly laid stretches."),

 # 8. ISRO launches an ocean-watch satellite.
 ("isro-samudra-launch", TRIB, "en", 2, 185, 1400, [IN], "",
  "ISRO puts Samudra-1 ocean satellite into orbit",
  "The Indian Space Research Organisation launched Samudra-1, a satellite that will measure sea-surface temperature and wave heights over the Indian Ocean, from Sriharikota at 9.47 a.m. on Wednesday and placed it in orbit 18 minutes later.",
  "It is the PSLV's third flight this year."),
 ("isro-samudra-launch", WIRE, "en", 2, 240, 500, [IN, W], "reuters",
  "India launches ocean-monitoring satellite",
  "India's space agency successfully launched an ocean-observation satellite on Wednesday that it says will improve cyclone and monsoon forecasts.",
  "", {"city": "Sriharikota"}),
 ("isro-samudra-launch", "courrierdusoir.fr", "fr", 2, 330, 120, [IN, W], "publie",
  "Inde : l'agence spatiale lance un satellite d'observation des océans",
  "L'Organisation indienne de recherche spatiale (ISRO) a lancé mercredi depuis Sriharikota un satellite chargé de mesurer la température de surface et la hauteur des vagues de l'océan Indien.",
  "", {"site": "Le Courrier du Soir"}),
 ("isro-samudra-launch", PULSE, "en", 2, 450, 900, [IN], "",
  "What a new eye in the sky means for Konkan fishermen",
  "Boats from Sassoon Dock to Ratnagiri should get warnings of rough seas up to five days ahead instead of two once data from the new spacecraft start flowing in September, scientists at the Indian National Centre for Ocean Information Services said.",
  "Alerts will reach boat owners by SMS in Marathi."),

 # 9. The rupee at a record low.
 ("rupee-record-low", WIRE, "en", 2, 150, 1300, [IN, B, W], "reuters",
  "Rupee hits record low past 89 per dollar",
  "The Indian rupee fell past 89 to the U.S. dollar for the first time on Wednesday, hurt by rising crude oil prices and foreign investors pulling money out of Indian stocks, before suspected central bank dollar sales helped it recover slightly, traders said.",
  "It closed at 88.94."),
 ("rupee-record-low", "dalalstreetdaily.in", "en", 2, 260, 1500, [IN, B], "",
  "Why the currency is sliding, and how far it could fall",
  "A costlier oil import bill, a strong dollar and 4 billion dollars of foreign outflows from equities in June are pushing the currency down, and most dealers expect the Reserve Bank to slow its fall rather than try to stop it, economists say.",
  "Several banks now see 91 by December."),
 ("rupee-record-low", "courrierdusoir.fr", "fr", 2, 300, 100, [IN, W], "byline_fr",
  "La roupie indienne au plus bas historique face au dollar",
  "La roupie indienne est tombée mercredi sous la barre des 89 roupies pour un dollar, un plus bas historique, sous l'effet de la hausse des cours du pétrole et des sorties de capitaux étrangers.",
  "", {"site": "Le Courrier du Soir", "author": "Hélène Marchetti"}),
 ("rupee-record-low", "gulf-wire.com", "en", 2, 380, 300, [IN, B], "kuna",
  "Indian workers in Kuwait rush to send money home",
  "Exchange houses in Kuwait reported long queues on Wednesday as Indian workers hurried to send money home, getting more than 290 rupees for each Kuwaiti dinar.",
  "", {"city": "Kuwait"}),
 ("rupee-record-low", LEDGER, "en", 2, 500, 1100, [IN, B], "",
  "Paying fees abroad? Ways to soften the blow",
  "Families paying tuition abroad can lock in today's exchange rate with a forward contract from their bank, or split a large transfer into several smaller ones over the coming weeks, foreign exchange advisers say.",
  "Check the bank's margin over the interbank rate before you send."),

 # 10. Runway excursion at Mumbai airport in heavy rain; no injuries; DGCA probe.
 ("mumbai-runway-excursion", PULSE, "en", 3, 70, 3000, [MU], "",
  "SkyVista plane skids off runway at Mumbai airport; all 176 safe",
  "A SkyVista Airlines plane arriving from Kochi with 176 people on board skidded off the main runway at Chhatrapati Shivaji Maharaj International Airport while landing in heavy rain at 8.05 a.m. on Wednesday, and everyone was evacuated unhurt, the airport operator said.",
  "The main runway was closed and flights moved to the secondary runway."),
 ("mumbai-runway-excursion", "ap-like.org", "en", 3, 130, 1200, [IN, W], "ap",
  "Jet slides off wet runway in India, no one hurt",
  "A passenger jet overshot the runway while landing in a downpour in Mumbai on Wednesday, its nose wheel sinking into the mud at the end of the strip, officials said.",
  "Passengers left the plane by its emergency slides."),
 ("mumbai-runway-excursion", "courrierdusoir.fr", "fr", 3, 210, 150, [IN, W], "lire",
  "Inde : un avion sort de piste à Bombay sous une pluie battante",
  "Un avion de ligne de la compagnie SkyVista Airlines est sorti de piste mercredi matin lors de son atterrissage à l'aéroport de Bombay, sous une pluie battante, sans faire de blessés.",
  "Les 176 occupants ont été évacués par les toboggans.",
  {"also": "Inde : des pluies de mousson diluviennes paralysent Bombay, six morts"}),
 ("mumbai-runway-excursion", LEDGER, "en", 3, 360, 1900, [MU], "",
  "Flying out today? Check before you leave home",
  "Travellers should check their flight's status on the airline's app before setting out, because 52 departures and arrivals had been diverted or cancelled by noon and the secondary strip can handle only about 30 movements an hour, the airport operator said.",
  "Airlines are waiving rescheduling fees for Wednesday and Thursday."),
 ("mumbai-runway-excursion", TRIB, "en", 3, 540, 1000, [IN], "",
  "DGCA orders probe, grounds SkyVista pilots",
  "India's aviation regulator on Wednesday ordered an investigation into the runway excursion in Mumbai and took the two pilots off flying duty until it is complete, a Directorate General of Civil Aviation official said.",
  "The main runway reopened at 4.20 p.m. after the aircraft was towed away."),

 # 11. Monsoon disaster 2 (look-alike): landslide sweeps two buses into Nepal's Trishuli river.
 ("nepal-bus-trishuli", WIRE, "en", 3, 50, 1600, [SA, W], "reuters",
  "Landslide sweeps two buses into Nepal river, 61 missing",
  "A landslide pushed two passenger buses carrying 61 people into the swollen Trishuli river in central Nepal before dawn on Wednesday, and rescuers had found no survivors by mid-morning, police said.",
  "Many of the passengers were Indian pilgrims returning from the Pashupatinath temple.",
  {"city": "Kathmandu"}),
 ("nepal-bus-trishuli", TRIB, "en", 3, 210, 2000, [IN, SA], "",
  "Seven Maharashtra pilgrims among missing in Nepal",
  "Seven pilgrims from Maharashtra, including a couple from Kalyan, were on one of the two buses that fell into the Trishuli river, the Indian embassy in Kathmandu said on Wednesday.",
  "The embassy has opened a helpline for families."),
 ("nepal-bus-trishuli", "agence-alpes.ch", "fr", 3, 290, 150, [SA, W], "ats",
  "Népal : deux bus emportés par une rivière en crue, 61 disparus",
  "Deux autocars transportant 61 passagers ont été précipités mercredi dans la rivière Trisuli, en crue, par un glissement de terrain dans le centre du Népal, a annoncé la police.",
  "", {"city": "Katmandou"}),
 ("nepal-bus-trishuli", DAILY, "en", 3, 480, 1400, [MU], "",
  "'They called me from a tea stall an hour before the hill gave way'",
  "The daughter of a retired schoolteacher couple from Kalyan said on Wednesday that her parents had phoned her from a roadside tea stall at 2 a.m. to say their bus was stuck behind a mudslide and that the driver wanted to push on.",
  "She was flying to Kathmandu on Thursday morning."),
 ("nepal-bus-trishuli", WIRE, "en", 3, 630, 700, [SA, W], "reuters",
  "Nepal recovers 14 bodies from river after bus disaster",
  "Rescuers had recovered 14 bodies from the Trishuli river by Wednesday evening, and divers were searching for the two buses in water up to eight metres deep, Nepal's Armed Police Force said.",
  "", {"city": "Kathmandu"}),

 # 12. Shared byline line (1): Sri Lanka raises electricity tariffs.
 ("srilanka-power-tariff", "southasiadesk.com", "en", 1, 200, 400, [SA, B], "reuters_line",
  "Sri Lanka raises household electricity tariffs by 18%",
  "Sri Lanka's power regulator on Wednesday approved an 18% increase in household electricity tariffs from August 1, saying the state utility needed the money to pay for fuel imports.",
  "Industrial users will pay 12% more."),
 ("srilanka-power-tariff", "pacifique-hebdo.fr", "fr", 1, 420, 100, [SA], "soutien",
  "Sri Lanka : l'électricité 18 % plus chère pour les ménages",
  "Les ménages sri-lankais paieront leur courant 18 % plus cher à partir du 1er août, a décidé mercredi le régulateur du secteur, qui invoque le coût des importations de carburant.",
  ""),

 # 13. Shared byline line (2): Bhutan cuts its visitor fee.
 ("bhutan-visitor-fee", "southasiadesk.com", "en", 1, 205, 500, [SA], "reuters_line",
  "Bhutan cuts visitor fee to win back tourists",
  "Bhutan will cut the daily fee it charges foreign tourists from 100 dollars to 65 dollars from September, its tourism council said on Wednesday, after arrivals fell for a second year.",
  "The nightly fee for Indian visitors falls from 1,200 rupees to 800 rupees."),
 ("bhutan-visitor-fee", TRIB, "en", 1, 500, 600, [IN, SA], "",
  "Tour operators see autumn rush for Thimphu and Paro",
  "Travel agents in Kolkata and Siliguri said on Wednesday that bookings for autumn trips to the Himalayan kingdom had picked up within hours of the announcement that it would charge visitors less.",
  ""),

 # 14. Filler: cricket result, horoscope, lottery, promo, weather bulletin.
 ("indw-eng-odi", "sportsline.in", "en", 0, 15, 2500, ["Sport"], "",
  "India women beat England by six wickets, seal ODI series",
  "India beat England by six wickets in the second women's one-day international at Bristol on Tuesday night to take an unbeatable 2-0 lead in the three-match series.",
  "The third match is on Saturday at Taunton."),
 ("indw-eng-odi", DAILY, "en", 0, 95, 1300, ["Sport"], "",
  "Kavya Shetty's unbeaten 112 sinks England",
  "Opener Kavya Shetty made an unbeaten 112 off 118 balls as India chased down 251 with 14 balls to spare at Bristol.",
  ""),
 ("horoscope-wed-jul8", "stars-daily.com", "en", 0, 0, 1200, ["Horoscope"], "",
  "Your horoscope for Wednesday, July 8",
  "Cancer: a relative asks for a favour that costs you more time than money.",
  "Leo: wait until the weekend before signing anything."),
 ("maha-lottery-gajlaxmi", "lotteryresult.in", "en", 0, 420, 1900, ["Lottery"], "",
  "Maharashtra State Lottery Gajlaxmi draw: first prize goes to Nagpur",
  "The first prize of 25 lakh rupees in Wednesday's Gajlaxmi weekly draw of the Maharashtra State Lottery went to ticket number GL-48 20917, sold in Nagpur, the lottery directorate said.",
  "The second prize of 1 lakh rupees went to ticket GL-31 55082."),
 ("promo-ledger-whatsapp", LEDGER, "en", 0, 400, 80, ["Promo"], "",
  "Follow The Bombay Ledger on WhatsApp",
  "Join The Bombay Ledger's WhatsApp channel and get breaking news, train updates and the day's top stories on your phone as they happen.",
  "It is free, and you can leave at any time."),
 ("weather-mumbai-thu", PULSE, "en", 0, 690, 1000, ["Weather"], "",
  "Weather: orange alert for Mumbai and Thane on Thursday",
  "Mumbai and Thane can expect heavy to very heavy rain with gusty winds of up to 50 km/h on Thursday, with temperatures between 24 and 28 degrees, the IMD said in its evening bulletin.",
  "A high tide of 4.52 metres is expected at 1.58 p.m."),
]
