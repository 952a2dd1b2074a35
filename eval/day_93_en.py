# Day 93 (hold-out): a Belize English channel, evening edition of Thursday 18 February 2027
# (window 07:00 - 19:00 Thursday Belize City, America/Belize = UTC-6, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below. Every story, person, outlet and quote is invented.
#
# Traps:
# - one radio interview, two stories, same quote: Prime Minister Marisol Cadle on Radio Coral
#   96.5's "Morning Tide" on Thursday morning, quoted about the stevedores' strike (post 21) and
#   about the teachers' march (post 27), both carrying "Nobody wins anything by shutting the
#   country down, not on the docks and not in the classrooms.";
# - a shared wire byline line ("Caribbean Desk | Updated: 02-18-2027 11:40 CST"): the DigiWave
#   mobile outage (post 53) and the Tower Hill cane crop delay (post 50), unrelated stories;
# - the same hospital: Karl Heusner Memorial Hospital (KHMH) in Belize City takes the water-taxi
#   injured (posts 1 and 3) and the three worst bus-crash casualties flown from Belmopan (post 9);
# - the same town: Belize City's water-taxi terminal, port strike, Supreme Court trials; Belmopan:
#   the bus crash near Roaring Creek (George Price Highway), the teachers' march on the National
#   Assembly and the fuel-tax vote in the same House on Friday; San Ignacio: the market fire and
#   the Mountain Pine Ridge wildfire crews; Orange Walk: the cane farmer's murder trial and the
#   Tower Hill mill delay; San Pedro: the water taxi's route and the Hol Chan fee rise;
# - look-alike stories: two accidents (water-taxi collision, bus crash), two trials at the same
#   Supreme Court in Belize City (the Arzu land-fraud verdict, the cane farmer murder trial), a
#   strike (stevedores) and a demonstration (teachers), two fires in Cayo (the market, the pine
#   forest), two votes/decisions (the House fuel-tax vote, the Hol Chan fee rise);
# - one story told in two languages by different agencies with different words: the Toledo drug
#   plane ("drug plane", "jet", "cocaine haul") and Agence Nord's French service ("narco-avion",
#   "avionnette", "cargaison de cocaïne"); a French post on the drug plane carries a "Lire aussi"
#   line naming the water-taxi collision (post 46);
# - stories told from other angles: what water-taxi passengers should know (post 5), the
#   commuters stranded by the bus crash (post 10), explainer on the Ladyville land deal (post 14),
#   the vendors after the market fire (post 33), how to report a wildfire (post 37), what the
#   fuel-tax cut means at the pump (post 42), how to claim a credit for the outage (post 54), the
#   tour guides' reaction to the reserve fee (post 57);
# - posts in French (Agence Nord's French service): 6, 15, 22, 30, 34, 38, 45, 46 (8 posts);
# - a promo posted alone (post 64); filler of importance 0: the football result (posts 59-60), the
#   weather bulletin (post 61), the horoscope (post 62), the Boledo draw (post 63).
NAME = "2027-02-18-en-evening-belize-h93"
CHANNEL = {"lang": "en", "tz": "America/Belize"}
WINDOW = ("2027-02-18T13:00:00Z", "2027-02-19T01:00:00Z")
CTX = {"stamp": "02-18-2027 11:40", "city": "Belize City", "date_fr": "18 févr", "date_en": "Feb. 18",
       "author": "Dalia Gongora", "clarify": "the number of passengers aboard the two boats",
       "caption": "", "also": "", "country": "Belize",
       "line": "Caribbean Desk | Updated: 02-18-2027 11:40 CST"}
# The editor's top 5: the deadly water-taxi collision, the stevedores' strike at the Port of
# Belize, the Arzu land-fraud verdict, the teachers' march on Belmopan, the Roaring Creek bus crash.
TOP5 = ["caye-caulker-water-taxi-collision", "port-of-belize-stevedores-strike",
        "arzu-land-fraud-trial", "belmopan-teachers-pension-march", "roaring-creek-bus-crash"]
BZ = "Belize"
CA = "Central America"
W = "World"
B = "Business"
P = "Politics"
C = "Crime"
REP = "belizereporter.bz"
CORAL = "coraltimes.bz"
LEDGER = "cayoledger.bz"
TIDE = "sanpedrotide.bz"
BREEZE = "breezetv.bz"
NORTH = "northernstar.bz"
GAZ = "caribbeangazette.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
POSTS = [
 # 1. Water-taxi collision off Caye Chapel: 2 dead, 3 missing -> 4 dead, 1 missing; injured to KHMH.
 ("caye-caulker-water-taxi-collision", BREEZE, "en", 3, 20, 3900, [BZ], "",
  "Two dead as water taxis collide off Caye Chapel",
  "Two people were killed and three were missing after two water taxis carrying commuters from Caye Caulker and San Pedro to Belize City collided in fog off Caye Chapel shortly after 6 a.m. on Thursday, the Belize Coast Guard said.",
  "Coast Guard boats and fishermen pulled 41 people from the water. Eleven of them were taken to the Karl Heusner Memorial Hospital."),
 ("caye-caulker-water-taxi-collision", WIRE, "en", 3, 150, 1800, [BZ, CA], "updated",
  "Death toll in Belize water taxi crash rises to four",
  "The death toll from Thursday's collision between two passenger boats off Belize's Caye Chapel rose to four after divers recovered two more bodies, and one passenger was still missing, the coast guard said.",
  "The boats, the Island Runner and the Reef Express, were carrying 58 passengers and crew between them, port authority records showed. Both skippers survived and were being questioned by police.",
  {"clarify": "the number of passengers aboard the two boats"}),
 ("caye-caulker-water-taxi-collision", REP, "en", 3, 230, 2700, [BZ], "caption",
  "Families wait at KHMH as divers search for last missing passenger",
  "Relatives of the passengers of the Island Runner and the Reef Express gathered outside the Karl Heusner Memorial Hospital on Thursday as doctors treated eleven survivors, two of them in intensive care with head injuries.",
  "Hospital chief of staff Dr. Neria Sosa said the hospital had called in off-duty nurses and cancelled elective surgery for the day.",
  {"caption": "Relatives wait outside the emergency entrance of the Karl Heusner Memorial Hospital on Thursday."}),
 ("caye-caulker-water-taxi-collision", TIDE, "en", 3, 300, 2100, [BZ], "",
  "Island mourns: Caye Caulker schoolteacher among the dead",
  "A Caye Caulker primary schoolteacher and a San Pedro hotel cook were among the four people killed when the water taxis collided on the way to Belize City, their families said on Thursday.",
  "Both island councils lowered their flags and the Caye Caulker water-taxi dock will close at noon on Friday for a vigil."),
 ("caye-caulker-water-taxi-collision", CORAL, "en", 2, 420, 1500, [BZ], "",
  "Riding the water taxi tomorrow? What passengers should know",
  "Water-taxi services between Belize City and the northern cayes will run on Friday, but no boat may leave in fog or before sunrise until the Port Authority finishes its review, the authority said.",
  "Passengers should ask for a life jacket when boarding and may refuse to travel on an overloaded boat, the authority said, giving a hotline number for complaints."),
 ("caye-caulker-water-taxi-collision", NORD, "fr", 3, 260, 350, [CA, W], "actu",
  "Belize : quatre morts dans une collision de bateaux-taxis",
  "Quatre personnes ont été tuées et une autre est portée disparue après la collision, dans le brouillard, de deux bateaux-taxis reliant les îles du nord du Belize à Belize City, jeudi matin, selon les garde-côtes.",
  "Une quarantaine de passagers ont été repêchés, dont onze ont été hospitalisés."),

 # 2. Bus crash on the George Price Highway near Roaring Creek: 1 dead, 22 injured -> 2 dead.
 ("roaring-creek-bus-crash", LEDGER, "en", 2, 70, 2300, [BZ], "",
  "Bus overturns near Roaring Creek, one dead",
  "One passenger was killed and 22 were hurt when a Benque-bound bus left the George Price Highway and overturned near Roaring Creek, east of Belmopan, at about 7:30 a.m. on Thursday, police said.",
  "The injured were taken to the Western Regional Hospital in Belmopan."),
 ("roaring-creek-bus-crash", AP, "en", 2, 240, 600, [BZ, CA], "ap",
  "Second passenger dies after Belize bus rolls over",
  "A second passenger died Thursday after a crowded bus rolled over on Belize's main western highway, and police said they were examining the bus's brakes and the driver's logbook.",
  "The 1998 Bluebird bus was carrying about 60 people, more than its licensed 52 seats, a police spokeswoman said.",
  {"city": "Belmopan"}),
 ("roaring-creek-bus-crash", REP, "en", 2, 330, 1400, [BZ], "byline_en",
  "Three bus crash victims flown to KHMH",
  "Three of the passengers hurt in the Roaring Creek bus crash were flown by the Belize Defence Force to the Karl Heusner Memorial Hospital in Belize City late on Thursday morning because the Western Regional Hospital lacks a neurosurgeon.",
  "The hospital, already treating survivors of the morning's water-taxi collision, said it had enough beds.",
  {"author": "Kenroy Flowers"}),
 ("roaring-creek-bus-crash", LEDGER, "en", 1, 480, 900, [BZ], "",
  "Commuters stranded after highway crash: extra buses for Friday",
  "The Department of Transport added four buses on the Belmopan-Belize City run for Friday morning after the company whose bus overturned on Thursday had its road service permit suspended pending an inspection of its fleet.",
  "Commuters from Roaring Creek and Camalote who use the suspended line can travel on other companies' buses with their monthly passes, the department said."),

 # 3. The Arzu land-fraud trial, Supreme Court, Belize City: guilty on three counts, sentencing March 15.
 ("arzu-land-fraud-trial", CORAL, "en", 3, 180, 2600, [BZ, P], "",
  "Ex-lands minister Arzu guilty of fraud",
  "Former lands minister Clement Arzu was found guilty on Thursday of three counts of fraud over the sale of 400 acres of state land at Ladyville to a company owned by his brother-in-law, after a seven-week trial at the Supreme Court in Belize City.",
  "The jury acquitted him of a fourth count, of money laundering. Justice Hilda Ramclam set sentencing for March 15."),
 ("arzu-land-fraud-trial", WIRE, "en", 3, 200, 900, [BZ, CA], "reuters",
  "Belize former minister convicted over state land sale",
  "A jury in Belize convicted former cabinet minister Clement Arzu of fraud on Thursday in a case over state land sold below value while he held the lands portfolio, one of the country's highest-profile corruption trials.",
  "Arzu, 61, who denied wrongdoing, faces up to 10 years in prison on each count. His lawyer said he would appeal."),
 ("arzu-land-fraud-trial", BREEZE, "en", 2, 290, 1700, [BZ, P], "",
  "Arzu leaves court in silence, lawyer vows appeal",
  "Clement Arzu walked out of the Supreme Court on Regent Street without speaking to reporters on Thursday, while his lawyer Godfrey Usher said the jury had been \"misled about what a lands minister actually signs\".",
  "Arzu was granted bail until sentencing on the condition that he surrender his passport."),
 ("arzu-land-fraud-trial", REP, "en", 2, 400, 1100, [BZ], "",
  "Explainer: how the Ladyville land deal worked",
  "The 400 acres at Ladyville were valued at 2.4 million Belize dollars by the government's own surveyor in 2019 but sold for 380,000 dollars to Northgate Holdings, which resold most of the plots within a year, prosecutors told the jury.",
  "The land sits beside the airport road and was zoned for public housing before the sale."),
 ("arzu-land-fraud-trial", NORD, "fr", 2, 360, 150, [CA, W], "publie",
  "Belize : un ancien ministre reconnu coupable de fraude foncière",
  "L'ancien ministre bélizien des Terres Clement Arzu a été reconnu coupable jeudi de trois chefs de fraude pour la vente à bas prix de terrains publics à Ladyville, près de la capitale économique Belize City.",
  "Sa peine sera prononcée le 15 mars."),

 # 4. The Canul murder trial, same Supreme Court: opening day, a witness.
 ("orange-walk-cane-farmer-murder-trial", NORTH, "en", 2, 110, 1300, [BZ, C], "",
  "Trial opens for man accused of killing San Román cane farmer",
  "The trial of Darnell Tillett, 29, accused of shooting dead cane farmer Rogelio Canul on his plot at San Román, Orange Walk District, in March 2025, opened on Thursday at the Supreme Court in Belize City before Justice Colin Lamb.",
  "Tillett has pleaded not guilty. Twelve jurors were sworn in."),
 ("orange-walk-cane-farmer-murder-trial", BREEZE, "en", 2, 370, 1000, [BZ, C], "",
  "Witness tells murder trial of dispute over cane payments",
  "A neighbour of Rogelio Canul told the Supreme Court on Thursday that the farmer had argued with Darnell Tillett for weeks over 3,000 dollars in cane payments before he was found shot dead in his field.",
  "Under cross-examination, the witness agreed she had not seen the shooting."),
 ("orange-walk-cane-farmer-murder-trial", CORAL, "en", 1, 470, 700, [BZ, C], "teaser",
  "Canul murder trial: defence says police ignored second suspect",
  "Lawyers for Darnell Tillett told the jury in his murder trial on Thursday that police had never questioned a second man seen near Rogelio Canul's cane field on the afternoon he was killed.",
  "The trial continues on Friday with the pathologist's evidence."),
 ("orange-walk-cane-farmer-murder-trial", NORTH, "en", 1, 600, 600, [BZ], "",
  "San Román family sits through first day of trial",
  "Rogelio Canul's widow and three sons travelled from San Román to Belize City on Thursday to hear the first day of evidence in the trial of the man accused of killing him.",
  "The family has asked for the trial to be moved to Orange Walk, which the court refused."),

 # 5. Stevedores' strike at the Port of Belize: day two, 14 -> 19 ships waiting; talks set Friday.
 ("port-of-belize-stevedores-strike", CORAL, "en", 3, 40, 2400, [BZ, B], "",
  "Port of Belize strike enters second day, ships queue offshore",
  "Stevedores at the Port of Belize stayed off the job for a second day on Thursday, leaving 14 cargo ships waiting at anchor off Belize City as the Christian Workers' Dockers Union pressed its demand for a 12 percent pay rise.",
  "The port company says it cannot pay more than 5 percent this year."),
 ("port-of-belize-stevedores-strike", BREEZE, "en", 3, 100, 2900, [BZ, P], "",
  "PM to dockers and teachers: 'Nobody wins by shutting the country down'",
  "Prime Minister Marisol Cadle called on striking stevedores to go back to work while talks continue, telling Radio Coral 96.5's \"Morning Tide\" on Thursday: \"Nobody wins anything by shutting the country down, not on the docks and not in the classrooms.\"",
  "Cadle said the Labour Department would chair talks between the union and the port company on Friday."),
 ("port-of-belize-stevedores-strike", NORD, "fr", 2, 330, 150, [CA, W], "soutien",
  "Belize : les dockers en grève, le port paralysé",
  "La grève des dockers du port de Belize City, le principal port du pays, est entrée jeudi dans son deuxième jour, bloquant une quinzaine de cargos au mouillage.",
  "Le syndicat réclame une hausse de salaire de 12 %."),
 ("port-of-belize-stevedores-strike", WIRE, "en", 2, 360, 800, [BZ, B], "colon",
  "Belize dock strike strands fuel and food cargo",
  "Nineteen ships were waiting to unload at the Port of Belize on Thursday evening, including two fuel tankers and a container ship carrying flour and rice, as a dockworkers' strike stretched into its second day.",
  "Supermarkets in Belize City said flour could run short by early next week."),
 ("port-of-belize-stevedores-strike", REP, "en", 2, 540, 1200, [BZ, B], "",
  "Labour Commissioner calls port talks for Friday morning",
  "Labour Commissioner Dorla Westby summoned the dockers' union and the Port of Belize company to talks at 9 a.m. on Friday in Belize City, after union leader Rudolph Pitts said the men would stay out until a written offer was on the table.",
  "Westby said she would propose an independent arbitrator if no deal is reached by the weekend."),
 ("port-of-belize-stevedores-strike", GAZ, "en", 1, 640, 500, [BZ, B], "",
  "Shippers divert containers to Puerto Cortés",
  "Two shipping lines said on Thursday they would divert Belize-bound containers to Puerto Cortés in Honduras and truck them across Guatemala if the strike at the Port of Belize lasted past the weekend.",
  "The detour adds four to six days and about 1,500 US dollars per container, importers said."),

 # 6. Teachers' march on the National Assembly in Belmopan over pension contributions.
 ("belmopan-teachers-pension-march", LEDGER, "en", 3, 130, 2200, [BZ], "",
  "Thousands of teachers march on Belmopan",
  "Several thousand teachers from every district marched from the Belmopan market square to the National Assembly on Thursday to protest against a government plan to raise their pension contributions from 5 to 8 percent of salary.",
  "Most primary and secondary schools were closed for the day after the Belize Teachers' Federation called members out."),
 ("belmopan-teachers-pension-march", CORAL, "en", 3, 200, 1900, [BZ, P], "",
  "Cadle tells teachers: talk, don't close schools",
  "Prime Minister Marisol Cadle urged teachers on Thursday to negotiate instead of closing schools, telling Radio Coral 96.5's \"Morning Tide\": \"Nobody wins anything by shutting the country down, not on the docks and not in the classrooms.\"",
  "Federation president Elena Cho replied that teachers had asked for a meeting six times since October."),
 ("belmopan-teachers-pension-march", AP, "en", 2, 310, 500, [BZ, CA], "ap",
  "Belize teachers rally outside parliament over pensions",
  "Thousands of Belizean teachers rallied outside the National Assembly on Thursday, chanting and waving placards against a pension overhaul they say will cut their take-home pay by hundreds of dollars a year.",
  "Police said the demonstration was peaceful.",
  {"city": "Belmopan"}),
 ("belmopan-teachers-pension-march", REP, "en", 2, 430, 1300, [BZ], "",
  "Teachers' federation gives government until Monday",
  "The Belize Teachers' Federation said on Thursday evening it would call a week-long strike from Feb. 22 unless the government withdrew the pension contribution rise by Monday.",
  "Education Minister Julio Cal said schools would open as normal on Friday."),
 ("belmopan-teachers-pension-march", NORD, "fr", 2, 520, 120, [CA, W], "byline_fr",
  "Belize : des milliers d'enseignants manifestent à Belmopan",
  "Des milliers d'enseignants ont défilé jeudi dans la capitale bélizienne, Belmopan, contre la hausse de leurs cotisations de retraite voulue par le gouvernement.",
  "Le syndicat menace d'une grève d'une semaine.",
  {"author": "Julien Marchetti"}),

 # 7. San Ignacio market fire: 40 stalls.
 ("san-ignacio-market-fire", LEDGER, "en", 2, 30, 1800, [BZ], "",
  "Fire destroys 40 stalls at San Ignacio market",
  "A fire that broke out before dawn on Thursday destroyed about 40 vendors' stalls at the San Ignacio market, the Fire Department said, adding that no one was hurt.",
  "Firefighters from Santa Elena and Benque Viejo helped put out the blaze."),
 ("san-ignacio-market-fire", BREEZE, "en", 2, 160, 1200, [BZ], "",
  "Market blaze: fire chief points to faulty wiring",
  "An electrical fault in a juice stall's freezer probably started the fire that gutted much of the San Ignacio market early Thursday, Cayo fire chief Wilfred Bol said.",
  "Bol said the San Ignacio station's crew took longer to respond because half its men had been sent to the Mountain Pine Ridge wildfire."),
 ("san-ignacio-market-fire", LEDGER, "en", 1, 350, 1100, [BZ], "",
  "'Everything I had was in that stall': vendors count losses",
  "Vendors who lost their stalls in San Ignacio's market fire said on Thursday that few of them had insurance and asked the town council for a temporary site before Saturday's market day.",
  "Mayor Ruth Avilez said vendors could set up on the Macal river car park from Friday."),
 ("san-ignacio-market-fire", NORD, "fr", 1, 450, 90, [CA], "afp",
  "Belize : le marché de San Ignacio ravagé par un incendie",
  "Un incendie a détruit jeudi à l'aube une quarantaine d'étals du marché de San Ignacio, dans l'ouest du Belize, sans faire de victimes, selon les pompiers.",
  "", {"city": "San Ignacio"}),

 # 8. Mountain Pine Ridge wildfire: 1,200 -> 3,000 acres.
 ("mountain-pine-ridge-wildfire", CORAL, "en", 2, 60, 1500, [BZ], "",
  "Wildfire burns 1,200 acres in Mountain Pine Ridge",
  "A wildfire has burned about 1,200 acres of pine forest in the Mountain Pine Ridge Forest Reserve since Tuesday, and crews were trying on Thursday to keep it away from the Douglas D'Silva forest station, the Forest Department said.",
  "The road to Caracol was closed to visitors."),
 ("mountain-pine-ridge-wildfire", WIRE, "en", 2, 380, 600, [BZ, CA], "place",
  "Belize forest fire triples in size, army helicopters called in",
  "A forest fire in Belize's Mountain Pine Ridge reserve grew to about 3,000 acres on Thursday, pushed by dry winds, and the government sent two Belize Defence Force helicopters to drop water on its eastern edge.",
  "The fire is the largest in the reserve since 2019, the Forest Department said.",
  {"city": "Belmopan"}),
 ("mountain-pine-ridge-wildfire", LEDGER, "en", 1, 500, 800, [BZ], "",
  "See smoke in the pines? How to report a wildfire",
  "Anyone who sees smoke or flames in the Cayo forests should call the Forest Department's fire line at 0-800-FIRE or the nearest police station, and should never try to fight a forest fire alone, the department said on Thursday.",
  "Farmers in Cayo and Toledo are banned from burning fields until the end of March."),
 ("mountain-pine-ridge-wildfire", NORD, "fr", 1, 560, 100, [CA], "ats",
  "Incendie de forêt au Belize : 1200 hectares partis en fumée",
  "Un incendie de forêt a ravagé environ 1200 hectares de pinède dans la réserve de Mountain Pine Ridge, dans l'ouest du Belize, et l'armée a envoyé deux hélicoptères bombardiers d'eau jeudi.",
  "", {"city": "Belmopan"}),

 # 9. Fuel-tax cut: House of Representatives votes on Friday.
 ("belize-fuel-tax-cut-vote", REP, "en", 2, 90, 1600, [BZ, P], "",
  "House to vote Friday on 50-cent fuel tax cut",
  "The House of Representatives will vote on Friday on a bill to cut the tax on a gallon of regular and premium fuel by 50 cents for six months, Finance Minister Omar Palacio said on Thursday as he opened the debate in Belmopan.",
  "The opposition said it would back the cut but wanted it to include diesel."),
 ("belize-fuel-tax-cut-vote", CORAL, "en", 2, 260, 1000, [BZ, P], "",
  "Opposition pushes diesel amendment in fuel bill debate",
  "Opposition leader Anton Perdomo tabled an amendment on Thursday to extend the government's 50-cent fuel tax cut to diesel, saying bus operators and farmers were paying the highest prices in Central America.",
  "The debate was interrupted twice by noise from the teachers' rally outside the National Assembly."),
 ("belize-fuel-tax-cut-vote", "upi-like.com", "en", 1, 410, 300, [BZ, CA], "upi",
  "Belize lawmakers debate temporary fuel tax relief",
  "Belize's parliament debated on Thursday a proposal to reduce fuel taxes by 50 cents a gallon for six months, which the government says will cost about 14 million Belize dollars in lost revenue.",
  ""),
 ("belize-fuel-tax-cut-vote", BREEZE, "en", 1, 580, 1300, [BZ], "",
  "What the fuel tax cut means at the pump",
  "If the House approves the cut on Friday, a gallon of regular would fall from about 12.60 to 12.10 Belize dollars from March 1, and a driver who buys 10 gallons a week would save about 20 dollars a month, the Finance Ministry said.",
  "Premium would fall to about 13.00 dollars. Diesel is not included."),

 # 10. Toledo drug plane: jet lands on the Southern Highway, cocaine seized. English and French.
 ("toledo-narco-plane-landing", BREEZE, "en", 2, 50, 2600, [BZ, C], "",
  "Drug plane lands on Southern Highway near Big Falls",
  "A twin-engine jet landed on the Southern Highway near Big Falls in the Toledo District before dawn on Thursday, and police found about 1.6 tonnes of cocaine in it after its crew ran into the bush, Police Commissioner Ansel Pott said.",
  "Two men were arrested near Indian Creek later in the morning."),
 ("toledo-narco-plane-landing", WIRE, "en", 2, 190, 700, [BZ, CA], "reuters",
  "Belize police seize cocaine-laden jet on highway",
  "Belizean police seized a jet carrying more than a tonne and a half of cocaine after it landed on a highway in the country's far south on Thursday, the latest in a string of drug flights from South America.",
  "It was the third such landing in Toledo in a year, police said.",
  {"city": "Punta Gorda"}),
 ("toledo-narco-plane-landing", NORD, "fr", 2, 250, 250, [CA, W], "afp",
  "Belize : un narco-avion se pose sur une route, 1,6 tonne de cocaïne saisie",
  "Une avionnette transportant 1,6 tonne de cocaïne s'est posée jeudi avant l'aube sur une route du district de Toledo, dans le sud du Belize, où la police a arrêté deux hommes, selon le chef de la police.",
  "L'équipage avait pris la fuite dans la forêt.",
  {"city": "Punta Gorda"}),
 ("toledo-narco-plane-landing", NORD, "fr", 2, 500, 150, [CA, W], "lire",
  "Narco-avion au Belize : l'appareil venait du Venezuela, selon la police",
  "L'appareil intercepté jeudi dans le sud du Belize avec sa cargaison de cocaïne avait décollé du Venezuela, a indiqué la police bélizienne, qui interroge deux suspects guatémaltèques.",
  "Il s'agit du troisième atterrissage de ce type dans le district de Toledo en un an.",
  {"also": "Belize : quatre morts dans une collision de bateaux-taxis"}),
 ("toledo-narco-plane-landing", "kuna-like.net", "en", 1, 620, 80, [W], "kuna",
  "Belize seizes 1.6 tonnes of cocaine from aircraft",
  "Police in Belize seized 1.6 tonnes of cocaine on Thursday from an aircraft that landed on a road in the south of the Central American country, the police commissioner said.",
  "", {"city": "Punta Gorda", "date_en": "Feb 18"}),

 # 11. Tower Hill mill delays the cane crop by a week.
 ("tower-hill-cane-crop-delay", NORTH, "en", 1, 80, 1400, [BZ, B], "",
  "Tower Hill mill delays crop start by a week",
  "The Tower Hill sugar mill in Orange Walk will start grinding cane on Feb. 28, a week later than planned, because a boiler repair is not finished, the mill's owners told cane farmers on Thursday.",
  "About 5,000 farmers in Orange Walk and Corozal deliver cane to the mill."),
 ("tower-hill-cane-crop-delay", NORTH, "en", 1, 280, 900, [BZ, B], "",
  "Cane farmers fear lost sugar as mill start slips",
  "Cane farmers' leaders in Orange Walk said on Thursday the one-week delay at Tower Hill would leave burnt cane standing too long in the fields and cost growers part of their sugar content and pay.",
  "They asked the mill to extend the crop into June to make up the days."),
 ("tower-hill-cane-crop-delay", GAZ, "en", 1, 285, 400, [BZ, B], "reuters_line",
  "Belize sugar output seen lower after mill delay",
  "Belize's sugar output for the 2027 season could fall about 4 percent short of the 145,000 tonnes forecast after its largest mill postponed the start of the harvest by a week, industry officials said on Thursday.",
  "Most Belizean sugar is sold to Europe under long-term contracts."),
 ("tower-hill-cane-crop-delay", REP, "en", 1, 520, 500, [BZ, B], "",
  "Sugar minister meets mill owners over crop delay",
  "Agriculture and Sugar Minister Eldon Moreno met the Tower Hill mill's owners in Orange Walk on Thursday afternoon and said the government would not accept a second postponement of the crop.",
  ""),

 # 12. DigiWave mobile outage: six hours nationwide.
 ("digiwave-mobile-outage", CORAL, "en", 2, 150, 2000, [BZ, B], "",
  "DigiWave customers cut off in nationwide outage",
  "DigiWave mobile customers across Belize lost calls and data for about six hours on Thursday after a fibre cut on the company's main link between Belize City and Belmopan, the company said.",
  "Service came back at about 2 p.m."),
 ("digiwave-mobile-outage", GAZ, "en", 1, 300, 500, [BZ, B], "reuters_line",
  "Belize's DigiWave restores service after fibre cut",
  "DigiWave, one of Belize's two mobile operators, said on Thursday it had restored its network after a six-hour outage caused by roadworks that cut a fibre cable, and promised credits to affected customers.",
  "The company has about 180,000 subscribers."),
 ("digiwave-mobile-outage", REP, "en", 1, 440, 900, [BZ], "donate",
  "Outage left you offline? How to claim your DigiWave credit",
  "DigiWave prepaid customers will get one free day of data automatically by Saturday, and postpaid customers can claim a credit of 10 Belize dollars by texting CREDIT to 777 before the end of February, the company said.",
  "Business customers should call their account manager."),
 ("digiwave-mobile-outage", BREEZE, "en", 1, 560, 700, [BZ], "",
  "Regulator demands report on DigiWave outage",
  "The Public Utilities Commission gave DigiWave seven days on Thursday to explain why its network had no backup route when a single fibre cable was cut.",
  "The commission can fine operators up to 100,000 dollars."),

 # 13. Hol Chan Marine Reserve fee rise.
 ("hol-chan-reserve-fee-rise", TIDE, "en", 1, 120, 1300, [BZ], "",
  "Hol Chan entrance fee to rise to 15 US dollars",
  "Visitors to the Hol Chan Marine Reserve off San Pedro will pay 15 US dollars instead of 10 from April 1, the Fisheries Department announced on Thursday, saying the money will pay for two more rangers and new mooring buoys.",
  "Belizeans will still enter free."),
 ("hol-chan-reserve-fee-rise", TIDE, "en", 1, 400, 900, [BZ], "",
  "Tour guides say reef fee rise came without warning",
  "San Pedro tour guides said on Thursday the higher Hol Chan fee would hit packages they had already sold to visitors for the Easter season and asked the Fisheries Department to delay it until June.",
  ""),
 ("hol-chan-reserve-fee-rise", CORAL, "en", 1, 610, 500, [BZ], "",
  "Reef reserves to share new fee money",
  "Part of the money from the higher Hol Chan fee will go to the Bacalar Chico and Caye Caulker marine reserves, which have one ranger boat each, Fisheries Administrator Arlene Young said on Thursday.",
  ""),

 # 14. Filler and promo.
 ("cayo-jaguars-sharks-result", "belizesportsdaily.bz", "en", 0, 10, 1800, ["Sports"], "",
  "Jaguars beat Sharks 2-1 in Premier League",
  "Cayo Jaguars beat Belize City Sharks 2-1 at the Norman Broaster Stadium in San Ignacio on Wednesday night to go top of the Premier League table, with a late header by Kevin Tzul.",
  "The Sharks stay fourth."),
 ("cayo-jaguars-sharks-result", LEDGER, "en", 0, 140, 700, ["Sports"], "",
  "Tzul header sends Jaguars top",
  "Kevin Tzul headed in a corner in the 88th minute to give the Cayo Jaguars a 2-1 win over the Belize City Sharks on Wednesday.",
  ""),
 ("weather-belize-feb19", "belizeweather.bz", "en", 0, 660, 1200, ["Weather"], "",
  "Friday forecast: dry and breezy, morning fog on the coast",
  "Belize can expect mostly sunny and dry weather on Friday with fresh easterly winds, and early-morning fog along the coast and over the northern cayes, the National Meteorological Service said.",
  "Highs of 30C inland and 28C on the coast. Fire danger is high in Cayo."),
 ("horoscope-fri-feb19", "starsandtides.com", "en", 0, 5, 800, ["Horoscope"], "",
  "Your horoscope for Friday, Feb. 19",
  "Pisces, the birthday season begins with a decision you have put off for too long, so make it before the weekend and move on.",
  "Aries: a quiet day suits you. Taurus: money comes in from an unexpected place."),
 ("boledo-draw-feb18", "belizelotto.bz", "en", 0, 690, 1100, ["Lottery"], "",
  "Boledo and Fantasy 5 results for Thursday, Feb. 18",
  "The winning Boledo number in Thursday's draw was 47, and the Fantasy 5 numbers were 3, 12, 19, 26 and 31, the Belize Lottery said.",
  "No ticket matched all five Fantasy 5 numbers; the jackpot rolls over."),
 ("promo-belize-reporter-app", REP, "en", 0, 15, 150, ["Promo"], "",
  "Get breaking news first with The Belize Reporter app",
  "Download The Belize Reporter app for breaking news, road closures and water-taxi alerts on your phone as soon as we publish them.",
  "Free on Android and iPhone."),
]
