# Day 63 (hold-out): a Trinidad and Tobago English channel, evening edition of Wednesday 17 February
# 2027 (window 07:00 - 19:00 Port of Spain, America/Port_of_Spain = AST, UTC-4, no daylight time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Finance Minister Anand Baptiste on Wave 97.3 FM's
#   "Morning Brew" on Wednesday, quoted about the flood relief grants (post 5) and about the fuel
#   price rise (post 9), both carrying "Nobody in this country will be left to carry this alone, not
#   at the pump and not in the floodwater.";
# - a shared wire byline line ("Caribbean Desk | Updated: 02-17-2027 10:40 AST"): Caroni Cement's
#   job cuts (post 51) and the Saharan dust advisory (post 55), unrelated stories;
# - the same hospital: San Fernando General Hospital takes the Point Lisas ammonia leak's injured
#   (posts 15, 17) and is hit by a nurses' sick-out (posts 43-46);
# - the same town: the Chaguanas flood (posts 1-7) and the murder verdict for the killing of a
#   Chaguanas taxi driver (posts 31-34);
# - look-alike stories: two fires (the Diego Martin house fire that killed two children, posts
#   36-39; the Arima hardware store fire, posts 40-42); two strikes/sick-outs (nurses, posts 43-46;
#   bus drivers, posts 47-50); two court cases on the same day (the murder verdict, posts 31-34; the
#   La Brea fishermen's oil spill award, posts 19, 21, 30, 35, interleaved with other stories); two
#   energy stories (the fuel price rise, posts 8-13; the cross-border gas deal, posts 20, 22-25, whose
#   post 24 is about fishermen too, like the La Brea ruling); three kinds of weather kept apart (the
#   flood rain, the Saharan dust advisory posts 54-58, the weather bulletin post 62); two water
#   stories (the Chaguanas floodwater; Guadeloupe's water cuts, posts 26-29); two school closures
#   (flood, post 3; Guadeloupe, posts 26-29; and dust, post 57, cancels outdoor sport); a French flood
#   post carries a "Lire aussi" line naming the Guadeloupe water cuts (post 7); a promo alone
#   (post 64);
# - stories told from other angles: flood relief "how to" (post 5), the Red Cross (post 6), pump
#   prices "how to" (post 11), maxi-taxi fares (post 12), the leak's shelter-in-place "how to"
#   (post 16) and angry residents (post 18), fishermen's reaction to the gas deal (post 24), the LNG
#   market (post 25), Guadeloupe bottled water (post 27) and parents (post 29), the victim's widow
#   (post 33), the house fire appeal (post 39), surgery patients "who to call" (post 45), commuters
#   (post 49), Claxton Bay workers (post 52), dust and asthma "how to" (post 56);
# - posts in French (the agencies' French service from Fort-de-France/Pointe-a-Pitre/Geneva and a
#   French-language Antilles paper): posts 6, 7, 23, 26, 27, 29, 54, 57;
# - filler of importance 0: the cricket result (posts 59-60), the horoscope (post 61), the weather
#   bulletin (post 62), the lottery draw (post 63), the promo (post 64).
NAME = "2027-02-17-en-evening-port-of-spain-h63"
CHANNEL = {"lang": "en", "tz": "America/Port_of_Spain"}
WINDOW = ("2027-02-17T11:00:00Z", "2027-02-17T23:00:00Z")
CTX = {"stamp": "02-17-2027 10:40", "city": "Port of Spain", "date_fr": "17 févr",
       "date_en": "Feb. 17", "author": "Shivani Persad", "clarify": "the number of people killed",
       "caption": "", "also": "", "country": "Trinidad and Tobago",
       "line": "Caribbean Desk | Updated: 02-17-2027 10:40 AST"}
# The editor's top 5: the deadly Chaguanas flood, the Point Lisas ammonia leak, the fuel price
# rise, the Diego Martin house fire, the cross-border gas deal.
TOP5 = ["chaguanas-dry-season-flood", "point-lisas-ammonia-leak", "fuel-price-rise-friday",
        "diego-martin-house-fire", "loros-norte-gas-deal"]
TT = "Trinidad and Tobago"
CAR = "Caribbean"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
CR = "Crime"
GAZ = "trinidadgazette.tt"
HER = "islandherald.tt"
SOU = "southernexpress.tt"
EYE = "gulfeye.tt"
WIRE = "caribwire.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
ANT = "antillesmatin.fr"
POSTS = [
 # 1. A freak dry-season downpour floods central Trinidad; the Caroni River overtops; toll 1 -> 2 -> 3.
 ("chaguanas-dry-season-flood", GAZ, "en", 3, 15, 4200, [TT], "",
  "One dead as freak downpour floods Chaguanas",
  "A 71-year-old man drowned in his home in Felicity and hundreds of families were trapped by rising water after more than 150 millimetres of rain fell on central Trinidad overnight, the Office of Disaster Preparedness and Management said on Wednesday morning.",
  "Rescuers in boats took people off rooftops along the Caroni River, which burst its banks before dawn."),
 ("chaguanas-dry-season-flood", AP, "en", 3, 130, 1300, [TT, CAR], "ap",
  "Rare dry-season flooding kills 2 in Trinidad",
  "Flash floods caused by an unusual burst of dry-season rain killed two people in central Trinidad on Wednesday, authorities said, as soldiers and fishermen in small boats ferried stranded residents to shelters.",
  "Forecasters said the rain came from a trough that stalled over the island for nearly 10 hours.",
  {"city": "Chaguanas"}),
 ("chaguanas-dry-season-flood", HER, "en", 3, 200, 3100, [TT], "",
  "Schools closed, Solomon Hochoy Highway under water",
  "Twenty-three schools in the Caroni and Chaguanas districts were closed on Wednesday and a stretch of the Solomon Hochoy Highway near the Chaguanas exit was shut to traffic as floodwater rose to waist height, the Ministry of Works said.",
  "Motorists were told to use the Southern Main Road, which was also flooded in places."),
 ("chaguanas-dry-season-flood", WIRE, "en", 3, 470, 900, [TT, CAR], "updated",
  "Trinidad flood toll rises to three as river begins to fall",
  "A third person has died in the floods that swamped central Trinidad, police said on Wednesday afternoon, after the body of a 19-year-old man swept away while crossing a flooded road in Longdenville was found in a cane field.",
  "About 1,400 homes were flooded, the disaster office said, and 260 people spent the day in shelters."),
 ("chaguanas-dry-season-flood", SOU, "en", 3, 300, 2700, [TT], "donate",
  "Flooded out? How to apply for the relief grant",
  "Households whose homes were flooded can apply for an emergency grant of up to TT$10,000 at the Chaguanas and Couva social development offices from Thursday, bringing an ID card and a utility bill, Finance Minister Anand Baptiste said on Wave 97.3 FM's \"Morning Brew\", adding: \"Nobody in this country will be left to carry this alone, not at the pump and not in the floodwater.\"",
  "Farmers who lost crops should register with the Ministry of Agriculture's extension office, which will send officers to assess damage."),
 ("chaguanas-dry-season-flood", NORD, "fr", 3, 390, 300, [CAR, W], "ats",
  "Trinité-et-Tobago : la Croix-Rouge débloque des fonds d'urgence après les inondations",
  "La Fédération internationale des sociétés de la Croix-Rouge a débloqué mercredi 180.000 francs suisses pour venir en aide aux familles sinistrées par les inondations qui ont fait au moins deux morts dans le centre de l'île de Trinité.",
  "Les fonds serviront à distribuer de l'eau potable, des kits d'hygiène et des bâches.",
  {"city": "Genève"}),
 ("chaguanas-dry-season-flood", ANT, "fr", 3, 560, 200, [CAR], "lire",
  "Trinité : les inondations font trois morts",
  "Le bilan des inondations qui ont frappé mercredi le centre de l'île de Trinité, après des pluies diluviennes tout à fait inhabituelles en pleine saison sèche, est passé à trois morts, selon la police trinidadienne.",
  "Quelque 1.400 maisons ont été envahies par les eaux, autour de la ville de Chaguanas.",
  {"also": "Guadeloupe : les écoles de Pointe-à-Pitre fermées jeudi faute d'eau"}),

 # 2. The fuel price rise from Friday, announced by the finance minister on the radio; a House vote.
 ("fuel-price-rise-friday", HER, "en", 3, 45, 3800, [TT, B, P], "",
  "Gas prices going up on Friday, Finance Minister says",
  "The price of super gasoline will rise by TT$1 a litre to TT$7.97 and diesel by 75 cents to TT$5.66 from Friday, Finance Minister Anand Baptiste announced on Wednesday morning, saying the state could no longer afford a fuel subsidy that cost TT$1.1 billion last year.",
  "Premium gasoline will go up by TT$1.25 a litre. Kerosene and cooking gas prices are unchanged."),
 ("fuel-price-rise-friday", GAZ, "en", 3, 95, 2900, [TT, B, P], "teaser",
  "Baptiste on fuel: 'Nobody will be left to carry this alone'",
  "Anand Baptiste defended the fuel price increase in a radio interview on Wave 97.3 FM's \"Morning Brew\" on Wednesday, promising a TT$500 transport allowance for pensioners and public assistance recipients and saying: \"Nobody in this country will be left to carry this alone, not at the pump and not in the floodwater.\"",
  "He said the allowance would be paid with March pensions."),
 ("fuel-price-rise-friday", "upi-like.com", "en", 3, 150, 600, [TT, B], "upi",
  "Trinidad raises fuel prices, trims subsidy",
  "Trinidad and Tobago will raise regulated gasoline and diesel prices by about 14% on Friday, the government said on Wednesday, its second increase in two years as lower natural gas revenue squeezes the budget.",
  "The Caribbean energy producer ran a fiscal deficit of about 4% of GDP last year."),
 ("fuel-price-rise-friday", SOU, "en", 3, 260, 2500, [TT, B], "",
  "What you'll pay at the pump from Friday: a quick guide",
  "From Friday, filling a 45-litre tank with super gasoline will cost about TT$359, up from TT$314, and a full tank of diesel for a pickup will cost about TT$45 more, according to the new price schedule published by the Ministry of Finance on Wednesday.",
  "Stations will change their prices at midnight Thursday. Motorists filling up before then pay the old price."),
 ("fuel-price-rise-friday", EYE, "en", 3, 380, 1900, [TT], "",
  "Maxi-taxi drivers want fares raised after fuel increase",
  "Maxi-taxi associations said on Wednesday they would ask the Transport Ministry to let them raise fares by TT$2 on most routes after the diesel increase, warning that some drivers would park their vehicles if no decision came by next week.",
  "A route from Port of Spain to Chaguanas currently costs TT$12."),
 ("fuel-price-rise-friday", GAZ, "en", 3, 610, 1600, [TT, P], "",
  "Opposition motion on fuel prices set for vote on Monday",
  "The House of Representatives will vote on Monday on an opposition motion calling on the government to reverse Friday's fuel price increase, the Leader of Government Business said on Wednesday evening.",
  "The government holds 26 of the 41 seats and the motion is expected to fail."),

 # 3. An ammonia leak at the Gulfview Ammonia plant in Point Lisas, Couva; hospitalised 14 -> 22.
 ("point-lisas-ammonia-leak", SOU, "en", 3, 230, 3500, [TT, B], "",
  "Ammonia leak at Point Lisas plant, 14 workers in hospital",
  "Fourteen workers were taken to hospital with breathing problems after ammonia leaked from a storage tank at the Gulfview Ammonia plant in the Point Lisas Industrial Estate on Wednesday morning, the company said.",
  "Residents of nearby Couva and California were told to stay indoors and close their windows."),
 ("point-lisas-ammonia-leak", AP, "en", 3, 300, 900, [TT, CAR, B], "place",
  "Ammonia leak sends 19 to hospital in Trinidad",
  "A leak at an ammonia plant on Trinidad's west coast sent 19 people to hospitals on Wednesday and forced authorities to order residents of surrounding communities to shelter indoors, officials said.",
  "Four of the injured were in serious condition at San Fernando General Hospital, the health ministry said.",
  {"city": "Couva"}),
 ("point-lisas-ammonia-leak", HER, "en", 3, 340, 2400, [TT], "",
  "Couva shelter-in-place order: what residents should do",
  "Residents within two kilometres of the Point Lisas estate should stay indoors, switch off air conditioners and fans that draw in outside air, and cover their nose and mouth with a damp cloth if they smell ammonia, the Couva/Tabaquite/Talparo Regional Corporation said on Wednesday.",
  "Anyone with burning eyes or difficulty breathing should go to the Couva District Health Facility."),
 ("point-lisas-ammonia-leak", GAZ, "en", 3, 520, 2100, [TT, B], "",
  "Ammonia leak: 22 treated, order lifted, probe launched",
  "The shelter-in-place order around Point Lisas was lifted at 3.30 p.m. on Wednesday after the leak was sealed, and the Occupational Safety and Health Agency said it had opened an investigation into the accident, in which 22 people were treated in hospital.",
  "Eight workers were still at San Fernando General Hospital on Wednesday evening, two of them in the intensive care unit."),
 ("point-lisas-ammonia-leak", EYE, "en", 3, 600, 1300, [TT], "",
  "'We smelled it before the siren': Couva residents angry",
  "Families in Couva and California said on Wednesday they smelled ammonia for nearly half an hour before the plant's siren sounded, and that no one from the company knocked on their doors.",
  "\"My grandson was vomiting and nobody told us anything,\" said a 60-year-old woman on Southern Main Road."),

 # 4. High Court ruling for La Brea fishermen over a 2024 oil spill (court case 2; begins in the
 #    Business pages; its four posts are interleaved with other stories).
 ("la-brea-fishermen-ruling", SOU, "en", 2, 180, 1700, [TT, B], "",
  "High Court orders pipeline firm to pay La Brea fishermen",
  "The High Court on Wednesday ordered Southern Terminals Ltd to pay TT$148 million in compensation to 1,160 fishermen from La Brea, Vessigny and Point Fortin whose catches collapsed after a pipeline spilled crude oil into the Gulf of Paria in 2024.",
  "Justice Marcia Lutchman found the company had failed to maintain the pipeline."),

 # 5. The cross-border Loros Norte gas field deal with Venezuela.
 ("loros-norte-gas-deal", WIRE, "en", 3, 70, 1100, [TT, W, B], "reuters",
  "Trinidad, Venezuela sign deal to develop cross-border gas field",
  "Trinidad and Tobago and Venezuela signed an agreement on Wednesday to jointly develop the Loros Norte natural gas field straddling their maritime border, with first gas expected in 2030, the two governments said.",
  "The field holds an estimated 2.1 trillion cubic feet of gas, about 60% of it on the Venezuelan side."),
 ("la-brea-fishermen-ruling", HER, "en", 2, 320, 1200, [TT, CR], "",
  "'Three years we waited': fishermen weep at oil spill ruling",
  "Fishermen who packed the San Fernando courtroom wept and hugged on Wednesday as the judge read out the compensation award, nearly three years after black oil coated their boats and nets off La Brea.",
  "Southern Terminals said it would study the judgment before deciding whether to appeal."),
 ("loros-norte-gas-deal", GAZ, "en", 3, 160, 2300, [TT, B], "",
  "Loros Norte deal signed: what it means for Trinidad's gas",
  "The Loros Norte agreement signed on Wednesday would send about 300 million cubic feet of gas a day to the Point Fortin liquefied natural gas plant from 2030, enough to restart one of its idle trains, Energy Minister Kendra Ramkissoon said.",
  "She said the state would earn royalties and a share of profits on the gas from the Trinidad side of the field."),
 ("loros-norte-gas-deal", NORD, "fr", 3, 210, 250, [W, B], "afp",
  "Gaz : accord entre Trinité-et-Tobago et le Venezuela sur un gisement transfrontalier",
  "Trinité-et-Tobago et le Venezuela ont signé mercredi un accord pour exploiter ensemble le gisement gazier de Loros Norte, situé de part et d'autre de leur frontière maritime, a annoncé le gouvernement trinidadien.",
  "La production devrait démarrer en 2030.",
  {"city": "Port-d'Espagne"}),
 ("loros-norte-gas-deal", EYE, "en", 3, 420, 1400, [TT], "",
  "Cedros fishermen fear for their grounds near gas field",
  "Fishermen in Cedros said on Wednesday they feared the platforms and pipelines planned for the Loros Norte field would close off the grounds where they catch carite and kingfish, and asked to be consulted before any work begins.",
  "The energy ministry said a public consultation would be held before environmental approval."),
 ("loros-norte-gas-deal", "gulf-wire.com", "en", 3, 500, 300, [W, B], "kuna",
  "Caribbean gas deal adds supply to tight LNG market",
  "A gas-sharing agreement signed by Trinidad and Tobago and Venezuela on Wednesday could add about 2 million tonnes a year of liquefied natural gas to world supply by the early 2030s, analysts said.",
  "", {"city": "Port of Spain", "date_en": "Feb 17"}),

 # 6. Guadeloupe: water cuts close schools in Pointe-a-Pitre and Les Abymes on Thursday.
 ("guadeloupe-water-cuts-schools", NORD, "fr", 1, 250, 300, [CAR], "afp",
  "Guadeloupe : faute d'eau, les écoles de Pointe-à-Pitre fermées jeudi",
  "Les écoles de Pointe-à-Pitre et des Abymes resteront fermées jeudi en raison de coupures d'eau qui privent depuis quatre jours plus de 40.000 habitants du robinet, a annoncé mercredi la préfecture de la Guadeloupe.",
  "Une panne sur une conduite principale est en cause, selon le syndicat des eaux.",
  {"city": "Pointe-à-Pitre"}),
 ("guadeloupe-water-cuts-schools", ANT, "fr", 1, 330, 400, [CAR], "soutien",
  "Coupures d'eau : des bouteilles distribuées aux Abymes",
  "La préfecture a commencé mercredi après-midi à distribuer des packs d'eau en bouteille aux habitants des Abymes et de Pointe-à-Pitre, à raison de six litres par personne et par jour, dans trois points de distribution.",
  "Les personnes âgées et malades peuvent se faire livrer en appelant leur mairie."),
 ("guadeloupe-water-cuts-schools", HER, "en", 1, 450, 500, [CAR], "",
  "Guadeloupe shuts schools as taps run dry",
  "Schools in Guadeloupe's biggest urban area will close on Thursday because more than 40,000 people have had no running water for four days, French authorities in the island said on Wednesday.",
  "A broken main pipe is being repaired."),
 ("guadeloupe-water-cuts-schools", ANT, "fr", 1, 540, 300, [CAR], "byline_fr",
  "Parents excédés devant les écoles fermées",
  "Des parents d'élèves des Abymes se sont rassemblés mercredi soir devant la mairie pour dénoncer « une honte » après l'annonce de la fermeture des écoles, la troisième depuis la rentrée de janvier à cause de l'eau.",
  "", {"author": "Maëlle Jean-Baptiste", "site": "Antilles Matin"}),

 ("la-brea-fishermen-ruling", WIRE, "en", 2, 575, 400, [TT, B], "",
  "Trinidad court awards $22 mln to fishermen over 2024 oil spill",
  "A Trinidad and Tobago court on Wednesday ordered a pipeline operator to pay fishermen the equivalent of about $22 million for losses caused by a 2024 crude spill in the Gulf of Paria.",
  ""),

 # 7. Court case 1: jury convicts Kerwin Mohammed of murdering a Chaguanas taxi driver (same town).
 ("chaguanas-taxi-driver-murder-verdict", GAZ, "en", 2, 110, 2200, [TT, CR], "",
  "Guilty: man convicted of killing Chaguanas taxi driver",
  "A jury at the Port of Spain Assizes on Wednesday found Kerwin Mohammed, 31, guilty of the murder of Chaguanas taxi driver Roopnarine Sookdeo, who was shot during a robbery on the Chaguanas Main Road in August 2023.",
  "Sentencing was set for March 24."),
 ("chaguanas-taxi-driver-murder-verdict", SOU, "en", 2, 240, 1000, [TT, CR], "colon",
  "Jury takes three hours to convict in taxi murder trial",
  "The nine-member jury took just over three hours to return its unanimous verdict after a two-week trial in which prosecutors relied on phone records and a witness who saw the gunman run from the car.",
  "The defence said it would appeal.",
  {"city": "Port of Spain"}),
 ("chaguanas-taxi-driver-murder-verdict", EYE, "en", 2, 360, 1500, [TT, CR], "",
  "Taxi driver's widow: 'Now he can rest'",
  "Savitri Sookdeo held a photograph of her husband outside the court on Wednesday and said she could finally tell their three children that the man who killed their father would go to prison.",
  "Taxi drivers at the Chaguanas rank sounded their horns for a minute at noon."),
 ("chaguanas-taxi-driver-murder-verdict", HER, "en", 2, 480, 900, [TT, CR], "",
  "Judge warns of mandatory death sentence as Mohammed convicted",
  "Justice Nigel Ali told Kerwin Mohammed after the verdict on Wednesday that murder carries a mandatory sentence of death in Trinidad and Tobago, though no execution has been carried out since 1999 and death sentences are routinely commuted.",
  ""),

 # 8. La Brea ruling (fourth post), then fire 1: two children killed in a Diego Martin house fire.
 ("la-brea-fishermen-ruling", GAZ, "en", 2, 650, 800, [TT, B], "",
  "Southern Terminals to appeal fishermen award",
  "Southern Terminals Ltd said on Wednesday evening it would appeal the High Court's TT$148 million award to La Brea fishermen, arguing that the judge had wrongly blamed the spill on poor maintenance rather than sabotage.",
  ""),
 ("diego-martin-house-fire", HER, "en", 3, 10, 4100, [TT], "",
  "Two children die in Diego Martin house fire",
  "A four-year-old girl and her seven-year-old brother died when fire destroyed their family's wooden house in Diego Martin before dawn on Wednesday, the Fire Service said.",
  "Their mother, 28, jumped from a window and was taken to the Port of Spain General Hospital with burns."),
 ("diego-martin-house-fire", GAZ, "en", 3, 170, 3300, [TT], "caption",
  "Candle suspected in fatal fire, electricity was cut off",
  "Fire officers believe a candle started the blaze that killed two children in Diego Martin on Wednesday, neighbours said, adding that the family's electricity had been disconnected for unpaid bills three weeks ago.",
  "The Fire Service said the cause was still under investigation.",
  {"caption": "Neighbours stand by the burnt remains of the house on Covigne Road, Diego Martin, on Wednesday morning.",
   "site": "Trinidad Gazette"}),
 ("diego-martin-house-fire", AP, "en", 3, 350, 600, [TT, CAR], "ap",
  "Two young siblings killed in Trinidad house fire",
  "Two young siblings were killed when a fire swept through their wooden home on the outskirts of Trinidad's capital early Wednesday, fire officials said.",
  "", {"city": "Diego Martin"}),
 ("diego-martin-house-fire", EYE, "en", 3, 530, 1800, [TT], "",
  "Neighbours start fund for mother who lost two children",
  "Residents of Covigne Road have opened a fund to help Tricia Alleyne, whose two children died in Wednesday's fire, and said donations of clothes and money can be left at the Diego Martin Regional Corporation's office.",
  "The social development ministry said a counsellor had been sent to the family."),

 # 10. Fire 2 (look-alike): a hardware store burns in Arima; no one hurt.
 ("arima-hardware-store-fire", HER, "en", 1, 400, 1400, [TT], "",
  "Fire guts hardware store in Arima",
  "A fire destroyed a two-storey hardware store on Broadway in Arima on Wednesday afternoon, sending thick black smoke over the town centre, but all 15 staff and customers got out unhurt, the Fire Service said.",
  "Firefighters took nearly three hours to bring the blaze under control."),
 ("arima-hardware-store-fire", GAZ, "en", 1, 470, 1100, [TT], "",
  "Arima traffic diverted as firefighters battle store blaze",
  "Police closed Broadway and part of Queen Mary Avenue in Arima on Wednesday afternoon while firefighters fought the hardware store fire, and drivers were told to avoid the town centre until evening.",
  ""),
 ("arima-hardware-store-fire", SOU, "en", 1, 620, 600, [TT], "",
  "Paint and gas cylinders fed Arima blaze, fire chief says",
  "Paint, thinners and gas cylinders stored on the ground floor turned the Arima hardware store fire into an inferno within minutes, a senior fire officer said on Wednesday evening.",
  "The owners said they had been in business there for 42 years."),

 # 11. Strike 1: nurses' sick-out at San Fernando General Hospital (same hospital as the leak).
 ("san-fernando-nurses-sickout", SOU, "en", 2, 60, 2000, [TT, H], "",
  "Nurses call in sick at San Fernando General",
  "More than 180 nurses at San Fernando General Hospital called in sick on Wednesday, the second day of a protest over overtime they say has gone unpaid since October, the Trinidad and Tobago Registered Nurses' Association said.",
  "The South-West Regional Health Authority said emergency care was not affected."),
 ("san-fernando-nurses-sickout", HER, "en", 2, 190, 1300, [TT, H], "byline_en",
  "Health minister: overtime cheques by Friday",
  "Health Minister Dr Rohan Gopaul said on Wednesday that nurses at San Fernando General would be paid all overdue overtime by Friday and asked them to return to work, saying the delay was caused by \"a payroll system problem, not bad faith\".",
  "The nurses' association said it would wait for the money before calling off the sick-out.",
  {"author": "Keston Mitchell", "site": "Island Herald"}),
 ("san-fernando-nurses-sickout", GAZ, "en", 2, 280, 1700, [TT, H], "",
  "Sick-out: surgery patients sent home. Who to call",
  "Patients whose surgeries at San Fernando General Hospital were postponed because of the nurses' sick-out will be called with a new date within two weeks, and can check their booking on the regional health authority's hotline, the hospital said.",
  "About 60 elective operations and 400 clinic appointments were cancelled on Tuesday and Wednesday."),
 ("san-fernando-nurses-sickout", EYE, "en", 2, 590, 900, [TT, H], "",
  "Nurses say sick-out will continue into Thursday",
  "The Registered Nurses' Association said on Wednesday evening that the sick-out at San Fernando General Hospital would continue on Thursday, despite the minister's promise of payment by Friday.",
  ""),

 # 12. Strike 2 (look-alike): bus drivers' sick-out at the Trinidad Transit Authority.
 ("transit-authority-bus-drivers-sickout", GAZ, "en", 2, 30, 2600, [TT], "",
  "Bus drivers stay home, commuters stranded on Priority Bus Route",
  "Hundreds of commuters were left waiting on the Priority Bus Route on Wednesday morning after about 120 Trinidad Transit Authority drivers called in sick in a dispute over back pay, the authority said.",
  "Only a third of scheduled buses left the City Gate terminal before 8 a.m."),
 ("transit-authority-bus-drivers-sickout", HER, "en", 2, 140, 1200, [TT], "",
  "Transit union: drivers still waiting for 2023 back pay",
  "The union representing Trinidad Transit Authority workers said on Wednesday that drivers had not received back pay from a wage agreement settled in 2023 and that the sick-out would go on \"until the money is in our accounts\".",
  ""),
 ("transit-authority-bus-drivers-sickout", EYE, "en", 2, 440, 1100, [TT], "",
  "Long lines at City Gate as bus sick-out drags on",
  "Commuters waited up to two hours for buses at City Gate on Wednesday afternoon, and some paid private taxis three times the bus fare to get home to Arima and San Fernando.",
  "\"I left work early and I still won't reach home before dark,\" said a security guard."),
 ("transit-authority-bus-drivers-sickout", SOU, "en", 2, 660, 700, [TT], "",
  "Transport minister meets bus union, talks to resume Friday",
  "The transport minister met leaders of the bus drivers' union on Wednesday evening and both sides agreed to resume talks on Friday, but the union said it could not promise a full service on Thursday.",
  ""),

 # 13. Business: Caroni Cement cuts 180 jobs at Claxton Bay (shared byline line, post 51).
 ("caroni-cement-job-cuts", WIRE, "en", 2, 210, 500, [TT, B], "reuters_line",
  "Caroni Cement to cut 180 jobs as sales slump",
  "Caroni Cement Ltd said on Wednesday it would cut about 180 jobs at its Claxton Bay plant, nearly a fifth of its workforce, after cement sales fell 23% last year because of a slowdown in construction and cheaper imports.",
  "The company will shut one of its two kilns by May."),
 ("caroni-cement-job-cuts", SOU, "en", 2, 290, 1600, [TT, B], "",
  "Claxton Bay workers stunned by cement layoffs",
  "Workers leaving the Caroni Cement plant in Claxton Bay on Wednesday said they learned of the job cuts from a text message, and the union said it would ask the Ministry of Labour to stop the layoffs.",
  "Many families in Claxton Bay and Pointe-a-Pierre have worked at the plant for three generations."),
 ("caroni-cement-job-cuts", WIRE, "en", 2, 585, 400, [TT, B], "reuters",
  "Caroni Cement shares fall 11% after job cut plan",
  "Shares in Caroni Cement fell 11% on the Trinidad and Tobago Stock Exchange on Wednesday after the company announced it would cut 180 jobs and close a kiln, its lowest close since 2020.",
  "The company lost TT$64 million last year."),

 # 14. Health/weather: a Saharan dust advisory (shared byline line, post 55).
 ("saharan-dust-advisory", NORD, "fr", 1, 120, 300, [CAR, H], "afp",
  "Martinique : épisode de brume de sable, les personnes fragiles appelées à la prudence",
  "Un épisode de brume de sable d'origine saharienne touche la Martinique depuis mercredi matin, avec une qualité de l'air jugée mauvaise, et l'Agence régionale de santé recommande aux personnes fragiles de limiter leurs efforts en extérieur.",
  "L'épisode devrait durer jusqu'à vendredi.",
  {"city": "Fort-de-France"}),
 ("saharan-dust-advisory", WIRE, "en", 1, 220, 400, [TT, CAR, H], "reuters_line",
  "Met Service issues Saharan dust advisory for Trinidad and Tobago",
  "The Trinidad and Tobago Meteorological Service issued an advisory on Wednesday for a thick plume of Saharan dust expected to reduce air quality and visibility over both islands from Wednesday night until Saturday.",
  "Visibility could fall below 5 kilometres at times, the service said."),
 ("saharan-dust-advisory", GAZ, "en", 1, 400, 1900, [TT, H], "",
  "Dust haze: how to protect yourself if you have asthma",
  "People with asthma, allergies or heart problems should stay indoors with windows closed as much as possible while the Saharan dust haze lasts, keep their inhalers with them and wear a mask outdoors, the Ministry of Health said on Wednesday.",
  "Parents were asked to keep children with breathing problems out of outdoor sport until Saturday."),
 ("saharan-dust-advisory", ANT, "fr", 1, 470, 350, [CAR, H], "publie",
  "Brume de sable : les écoles annulent le sport en plein air",
  "Plusieurs écoles de Fort-de-France et du Lamentin ont annulé mercredi après-midi les cours d'éducation physique en extérieur à cause de la brume de sable, qui a fait grimper les concentrations de particules fines à plus de trois fois le seuil d'alerte.",
  "Les pharmacies signalent une hausse des demandes de masques.",
  {"site": "Antilles Matin"}),
 ("saharan-dust-advisory", HER, "en", 1, 560, 800, [TT, H], "",
  "Hazy days ahead: dust plume crossing the Atlantic",
  "The plume of Saharan dust reaching the southern Caribbean this week is one of the densest recorded in February, satellite measurements show, after strong winds lifted sand over West Africa last week.",
  "Dust episodes are usual from May to August but rarer this early in the year."),

 # 15. Filler: the cricket result, horoscope, weather bulletin, lottery draw, promo.
 ("windies-ireland-odi-result", "caribsportsnow.com", "en", 0, 650, 2600, ["Sports"], "",
  "West Indies beat Ireland by six wickets at the Oval",
  "Shamar Villaroel hit an unbeaten 94 as the West Indies beat Ireland by six wickets with eight overs to spare in the first one-day international at the Queen's Park Oval on Wednesday.",
  "Ireland made 241 for nine after choosing to bat."),
 ("windies-ireland-odi-result", AP, "en", 0, 690, 500, ["Sports"], "ap",
  "Villaroel leads West Indies past Ireland",
  "Shamar Villaroel's 94 not out steered the West Indies to a six-wicket win over Ireland in the first ODI on Wednesday, giving the hosts a 1-0 lead in the three-match series.",
  "", {"city": "Port of Spain"}),
 ("horoscope-wed-feb17", "starsdaily.com", "en", 0, 0, 1100, ["Horoscope"], "",
  "Your horoscope for Wednesday, Feb. 17",
  "Aquarius, your birthday month brings a chance to finish something you started last year, so don't let a small delay put you off.",
  "Pisces: listen more than you speak today. Aries: a plan with friends comes together."),
 ("weather-trinidad-wed", "tropicweather.tt", "en", 0, 5, 1500, ["Weather"], "",
  "Wednesday's forecast: mostly sunny, isolated showers",
  "Trinidad and Tobago can expect mostly sunny skies on Wednesday with isolated afternoon showers, a high of 32 degrees Celsius in Port of Spain and seas up to 2 metres in open water, the Met Service said.",
  "The sun sets at 6.21 p.m."),
 ("island-lotto-tue-feb16", "lottowatch.tt", "en", 0, 20, 1300, ["Lottery"], "",
  "Island Lotto results for Tuesday, Feb. 16",
  "The winning numbers in Tuesday night's Island Lotto draw were 4, 11, 17, 26 and 33 with a bonus ball of 9, and Saturday's jackpot rises to TT$6.4 million after no ticket matched all five.",
  "Two tickets sold in Sangre Grande and Point Fortin matched four numbers and the bonus."),
 ("promo-gazette-evening-newsletter", GAZ, "en", 0, 540, 150, ["Promo"], "",
  "Get the Gazette's evening newsletter in your inbox",
  "Sign up for the Trinidad Gazette's free evening newsletter and get the day's top stories, traffic and weather sent to your inbox at 6 p.m. every weekday.",
  "Sign up at trinidadgazette.tt/newsletter. Unsubscribe at any time."),
]
