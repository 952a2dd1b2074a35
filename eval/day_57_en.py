# Day 57 (hold-out): a Colorado English channel, morning edition of Thursday 12 February 2026
# (window 17:00 Wednesday - 05:00 Thursday Denver, America/Denver = MST, UTC-7 in February).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Gov. Marisol Vance on KRMX 93.1's "Colorado
#   Tonight" on Wednesday evening, quoted about the I-70 pileup and the traction law (post 4) and
#   about the property tax bill (post 29), both carrying "We are not going to leave people stuck,
#   not on the highway and not with their tax bills.";
# - a shared wire byline line ("Mountain West Desk | Updated: 02-11-2026 20:15 MST"): Summit Air's
#   job cuts (post 56) and Wyoming's vote to keep a coal plant open (post 61), unrelated stories;
# - the same hospital: Front Range Medical Center in Lakewood takes the pileup's injured (posts 2, 3)
#   and announces it is closing its birthing unit (posts 42-44);
# - the same town: the deadly Cedar Bluff apartment fire in Aurora (posts 21-24) and the Aurora
#   City Council's vote capping renters' fees (posts 25-27), both about Aurora apartments;
# - look-alike stories: two fires (the Greenbriar grass fire in Boulder, posts 14-20; the Aurora
#   apartment fire, posts 21-24); two strikes (the Peak Market grocery strike, posts 33-37, whose
#   pickets stand in Lakewood and Aurora too; the Jeffco teachers' strike vote, posts 38-41), and the
#   rural school districts' warning about the tax cut (post 32) speaks of teaching jobs too; the
#   avalanche that killed a skier (posts 10-13) and the Colorado Avalanche hockey result (posts
#   62-63); the snowstorm of the pileup (and its DIA cancellations, post 8) kept apart from the
#   weather bulletin (post 66), the avalanche's new snow (post 12) and the snow that helped stop the
#   Boulder fire (post 19); two Wednesday votes/verdicts (the Ponzi verdict, posts 45-48; the
#   Wyoming coal vote, posts 59-61); a French pileup post carries a "Lire aussi" line naming the
#   Peru earthquake (post 9); a promo about storm alerts and road closures (post 67);
# - stories told from other angles: the traction law "how to" (post 6), DIA travelers (post 8),
#   avalanche forecast "how to" (post 12), Boulder evacuees (post 16) and returning home (post 18),
#   the fire victim (post 23) and how to help (post 24), renters' explainer (post 27), the tax
#   estimate "how to" (post 31), "is my store open" (post 35), parents' explainer (post 40),
#   mothers-to-be (post 43), the fraud victims (post 47) and checking an adviser (post 48), the Peru
#   villages (post 52), Summit Air bookings (post 58), Wyoming miners (post 59), utility bills
#   (post 60);
# - posts in French (the agencies' French service and French-language papers): posts 5, 9, 13, 17,
#   20, 50, 52, 53;
# - a promo posted alone (post 67); filler of importance 0: the hockey result (posts 62-63), the
#   horoscope (post 64), the Powerball draw (post 65), the weather bulletin (post 66).
NAME = "2026-02-12-en-morning-denver-h57"
CHANNEL = {"lang": "en", "tz": "America/Denver"}
WINDOW = ("2026-02-12T00:00:00Z", "2026-02-12T12:00:00Z")
CTX = {"stamp": "02-11-2026 20:15", "city": "Denver", "date_fr": "12 févr", "date_en": "Feb. 12",
       "author": "Dana Whitcomb", "clarify": "the number of vehicles involved in the crash",
       "caption": "", "also": "", "country": "Colorado",
       "line": "Mountain West Desk | Updated: 02-11-2026 20:15 MST"}
# The editor's top 5: the deadly I-70 pileup in the snowstorm, the Boulder grass fire, the Peak
# Market grocery strike, the property tax bill, the Peru earthquake.
TOP5 = ["i70-pileup-snowstorm", "boulder-greenbriar-fire", "peak-market-grocery-strike",
        "colorado-property-tax-bill", "arequipa-quake"]
CO = "Colorado"
DEN = "Denver"
US = "US"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
LEDGER = "rockyledger.com"
FRONT = "frontrangedaily.com"
DISP = "denverdispatch.com"
MTN = "mountainpost.co"
WIRE = "wire-west.com"
AP = "ap-like.org"
POSTS = [
 # 1. The snowstorm and the 43-vehicle pileup on I-70 at Genesee: "pileup", "chain-reaction crash",
 #    "carambolage"; toll 2 -> 3 -> 4; injured to Front Range Medical Center; I-70 reopens.
 ("i70-pileup-snowstorm", WIRE, "en", 3, 20, 1800, [CO, US], "reuters",
  "Two killed in 40-vehicle pileup as snowstorm hits Colorado",
  "At least two people were killed and more than 20 injured when some 40 vehicles crashed into one another in whiteout conditions on Interstate 70 west of Denver on Wednesday afternoon, the Colorado State Patrol said.",
  "The crash happened shortly after 3:30 p.m. as a fast-moving storm dropped visibility to near zero on the downhill stretch below Genesee.",
  {"date_en": "Feb. 11"}),
 ("i70-pileup-snowstorm", LEDGER, "en", 3, 45, 3400, [CO, DEN], "",
  "I-70 closed both ways at Genesee after massive pileup",
  "Interstate 70 was closed in both directions between Evergreen Parkway and Morrison on Wednesday evening after a chain-reaction crash involving about 40 cars, trucks and a tour bus near the Genesee exit, stranding thousands of skiers heading home from the mountains.",
  "Most of the injured were taken to Front Range Medical Center in Lakewood, which said it had received 14 patients, three of them in critical condition."),
 ("i70-pileup-snowstorm", AP, "en", 3, 130, 1500, [CO, US], "ap",
  "Colorado pileup death toll rises to 3",
  "A third person has died after a pileup involving dozens of vehicles on a snowy mountain interstate west of Denver, authorities said Wednesday night, as a storm dropped more than a foot of snow on parts of the Front Range.",
  "The victim, a 52-year-old truck driver from Grand Junction, died at Front Range Medical Center in Lakewood, a hospital spokeswoman said."),
 ("i70-pileup-snowstorm", FRONT, "en", 3, 180, 2100, [CO, P], "caption",
  "Vance orders review of traction law after I-70 crash",
  "Gov. Marisol Vance said Wednesday night that she had ordered the Colorado Department of Transportation to review how the state's traction law is enforced after the I-70 pileup, telling KRMX 93.1's \"Colorado Tonight\": \"We are not going to leave people stuck, not on the highway and not with their tax bills.\"",
  "State troopers said at least six of the vehicles involved had bald tires.",
  {"caption": "Tow trucks clear wrecked vehicles from westbound Interstate 70 near Genesee on Wednesday evening.",
   "site": "Front Range Daily"}),
 ("i70-pileup-snowstorm", "agence-nord.fr", "fr", 3, 260, 300, [US, W], "afp",
  "États-Unis : un carambolage monstre sur une autoroute enneigée du Colorado fait trois morts",
  "Trois personnes ont été tuées et plus d'une vingtaine blessées mercredi dans un carambolage impliquant une quarantaine de véhicules sur une autoroute enneigée à l'ouest de Denver, dans le Colorado, a annoncé la police.",
  "Une tempête de neige a réduit la visibilité à presque rien en quelques minutes, selon les secours."),
 ("i70-pileup-snowstorm", DISP, "en", 3, 320, 2600, [CO, DEN], "donate",
  "Traction law explained: what your car needs before you head up I-70",
  "When Colorado's traction law is in force on I-70, every vehicle must have snow tires, all-season tires with at least 3/16 of an inch of tread, four-wheel or all-wheel drive, or chains or an approved textile traction device, and drivers who block the road without them face fines of more than $650.",
  "To check your tread, push a quarter upside down into the groove: if you can see the top of George Washington's head, your tires are too worn."),
 ("i70-pileup-snowstorm", WIRE, "en", 3, 615, 1300, [CO, US], "updated",
  "Colorado pileup toll rises to four; I-70 reopens",
  "A fourth person died early Thursday of injuries suffered in the 43-vehicle pileup on Interstate 70 west of Denver, the Colorado State Patrol said, as the highway reopened to traffic shortly after 3 a.m.",
  "Investigators said it could take weeks to establish which vehicle lost control first."),
 ("i70-pileup-snowstorm", LEDGER, "en", 3, 410, 2900, [CO, DEN], "teaser",
  "Storm strands travelers: 640 flights canceled at DIA",
  "More than 640 flights were canceled at Denver International Airport on Wednesday as the same storm that caused the deadly I-70 pileup dropped 14 inches of snow on the plains east of the city, leaving hundreds of travelers to sleep in the terminal.",
  "Airport officials said de-icing lines were running more than two hours."),
 ("i70-pileup-snowstorm", "courrierdusoir.fr", "fr", 3, 660, 200, [US, W], "lire",
  "Colorado : le bilan du carambolage géant passe à quatre morts",
  "Le bilan du carambolage géant survenu mercredi sur l'autoroute I-70, à l'ouest de Denver, est passé à quatre morts jeudi matin, selon la police de l'Etat du Colorado.",
  "Quarante-trois véhicules, dont un autocar de skieurs, ont été pris dans l'accident, en pleine tempête de neige.",
  {"also": "Pérou : un séisme de magnitude 6,9 fait au moins neuf morts"}),

 # 2. Look-alike of the storm and of the hockey team: a backcountry skier killed in an avalanche
 #    near Red Mountain Pass in the San Juans.
 ("avalanche-red-mountain-pass", MTN, "en", 2, 70, 1600, [CO], "",
  "Backcountry skier killed in avalanche near Red Mountain Pass",
  "A backcountry skier was killed Wednesday when an avalanche swept him about 800 feet down a slope near Red Mountain Pass in San Juan County, the county sheriff's office said.",
  "His two companions dug him out within 20 minutes but could not revive him. He was identified as a 34-year-old man from Durango."),
 ("avalanche-red-mountain-pass", AP, "en", 2, 200, 700, [CO, US], "ap",
  "Skier dies in Colorado avalanche, state's third death this winter",
  "A skier from Durango died in an avalanche in Colorado's San Juan Mountains on Wednesday, the third avalanche death in the state this season, officials said.",
  "The slide broke about three feet deep on a northeast-facing slope, the Colorado Avalanche Information Center said.",
  {"city": "Silverton"}),
 ("avalanche-red-mountain-pass", DISP, "en", 2, 380, 1200, [CO], "",
  "Avalanche danger is 'high': how to read the forecast before you go",
  "Before heading into the backcountry this week, check the avalanche forecast for your zone, carry a beacon, shovel and probe, and stay off slopes steeper than 30 degrees, the Colorado Avalanche Information Center urged after raising the danger to \"high\" in four mountain zones.",
  "Up to 20 inches of new snow fell on a weak base in the San Juans on Wednesday."),
 ("avalanche-red-mountain-pass", "quotidienalpin.ch", "fr", 2, 540, 150, [W], "byline_fr",
  "Colorado : un skieur de randonnée tué par une avalanche",
  "Un skieur de randonnée de 34 ans a été emporté et tué mercredi par une avalanche près du col de Red Mountain, dans les montagnes San Juan du Colorado, ont indiqué les autorités locales.",
  "Ses deux compagnons l'ont dégagé en moins de 20 minutes, sans parvenir à le réanimer.",
  {"site": "Le Quotidien alpin", "author": "Mathieu Rey"}),

 # 3. Fire 1: the wind-driven Greenbriar grass fire in south Boulder: "grass fire", "wildfire",
 #    "blaze", "incendie"; 1,100 homes evacuated, 3 -> 5 homes destroyed, stopped by the snow.
 ("boulder-greenbriar-fire", FRONT, "en", 3, 10, 3200, [CO], "",
  "Wind-driven grass fire forces evacuation of 1,100 homes in south Boulder",
  "A grass fire pushed by gusts of up to 85 mph forced the evacuation of about 1,100 homes in south Boulder on Wednesday afternoon, and at least three houses were destroyed, the Boulder Office of Emergency Management said.",
  "The Greenbriar Fire started near a downed power line west of Broadway shortly before 2 p.m., hours before the snowstorm reached the foothills."),
 ("boulder-greenbriar-fire", AP, "en", 3, 95, 1400, [CO, US], "ap",
  "Fast-moving fire destroys homes in Colorado college town",
  "A fast-moving wildfire driven by hurricane-force winds destroyed at least three homes and forced thousands of people to flee in Boulder, Colorado, on Wednesday, officials said.",
  "The fire revived memories of a December 2021 blaze that destroyed more than 1,000 homes in nearby suburbs.",
  {"city": "Boulder"}),
 ("boulder-greenbriar-fire", LEDGER, "en", 3, 240, 2300, [CO], "caption",
  "'We grabbed the dog and the passports': Boulder evacuees wait out the night",
  "Evacuees from the Greenbriar Fire filled the gym at the East Boulder Community Center on Wednesday night, many still in work clothes, refreshing their phones for any word on whether their streets had burned.",
  "\"You could see the flames from the kitchen window, and ten minutes later the deputies were knocking,\" said a retired engineer who fled with his wife and their Labrador.",
  {"caption": "Residents displaced by the Greenbriar Fire rest on cots at the East Boulder Community Center on Wednesday night.",
   "site": "Rocky Ledger"}),
 ("boulder-greenbriar-fire", "agence-alpes.ch", "fr", 3, 300, 180, [W], "ats",
  "USA : un feu de prairie force l'évacuation de 1100 maisons au Colorado",
  "Un incendie de prairie attisé par des rafales de près de 140 km/h a forcé mercredi l'évacuation d'environ 1100 maisons dans la ville universitaire de Boulder, au Colorado.",
  "", {"city": "Boulder"}),
 ("boulder-greenbriar-fire", DISP, "en", 3, 520, 1500, [CO], "",
  "Going home after the Greenbriar Fire? What to check first",
  "Residents returning to homes near the Greenbriar Fire should check for hot spots along fences and decks, run their furnace fan only after replacing the filter, and throw away any food exposed to smoke or heat, Boulder County public health officials said.",
  "Anyone who smells gas should leave and call the utility before turning anything on."),
 ("boulder-greenbriar-fire", FRONT, "en", 3, 670, 2700, [CO], "byline_en",
  "Greenbriar Fire stopped as snow falls; evacuation orders lifted",
  "Evacuation orders for all but 40 homes in south Boulder were lifted at 4 a.m. Thursday after overnight snow helped firefighters stop the Greenbriar Fire at 730 acres, officials said.",
  "Five homes were destroyed and two damaged, and no one was hurt, the sheriff said.",
  {"author": "Nate Okafor", "site": "Front Range Daily"}),
 ("boulder-greenbriar-fire", "lapresseduroc.ca", "fr", 3, 690, 120, [W], "publie",
  "Colorado : l'incendie de Boulder maîtrisé grâce à la neige",
  "Les pompiers ont maîtrisé jeudi à l'aube l'incendie qui menaçait le sud de Boulder, au Colorado, aidés par les chutes de neige de la nuit, et la plupart des habitants évacués ont pu rentrer chez eux.",
  "Cinq maisons ont été détruites.",
  {"site": "La Presse du Roc"}),

 # 4. Fire 2 (look-alike): the Cedar Bluff apartment fire on East Colfax in Aurora; toll 1 -> 2.
 ("aurora-apartment-fire", DISP, "en", 2, 220, 2000, [CO, DEN], "",
  "One dead, dozens displaced in Aurora apartment fire",
  "One person died and about 60 residents were forced out into the snow when fire tore through a three-story apartment building on East Colfax Avenue in Aurora on Wednesday night, Aurora Fire Rescue said.",
  "Firefighters battled the blaze at the Cedar Bluff Apartments for more than two hours in freezing wind."),
 ("aurora-apartment-fire", "upi-like.com", "en", 2, 560, 500, [US], "upi",
  "Fire at Colorado apartment complex kills 2",
  "Two people died in a fire that destroyed a 24-unit apartment building in Aurora, Colo., late Wednesday, fire officials said early Thursday.",
  "The cause was under investigation."),
 ("aurora-apartment-fire", FRONT, "en", 2, 380, 1700, [CO], "place",
  "Aurora fire victim was a grandmother who went back for her neighbor",
  "A 71-year-old woman who died in the Cedar Bluff Apartments fire had made it outside, then went back into the smoke to knock on the door of a neighbor who uses a wheelchair, her family said on Wednesday night.",
  "The neighbor was carried out by firefighters and survived.",
  {"city": "Aurora"}),
 ("aurora-apartment-fire", LEDGER, "en", 2, 470, 1300, [CO], "",
  "Aurora fire: how to help displaced families",
  "The Red Cross has opened a shelter at the Sable Ridge Recreation Center for the families displaced by the Cedar Bluff Apartments fire, and is asking for cash donations and gift cards rather than clothes, Aurora officials said.",
  "Residents who lost documents can get free replacement IDs at the Aurora Municipal Center from Monday."),

 # 5. Same town: Aurora City Council caps rental application and late fees.
 ("aurora-renter-fees-vote", DISP, "en", 2, 300, 1100, [CO, P], "",
  "Aurora council caps rental application fees, late fees",
  "Aurora City Council voted 6-4 late Wednesday to cap rental application fees at $50 and late fees at $25, making the state's third-largest city one of the toughest in Colorado on fees charged by landlords.",
  "The ordinance also requires landlords to return application fees to anyone they do not screen."),
 ("aurora-renter-fees-vote", "auroraherald.com", "en", 2, 340, 800, [CO], "",
  "Landlords say Aurora fee caps will push up rents",
  "Apartment owners warned on Wednesday night that Aurora's new cap on rental fees would be passed on in higher rents, while tenant groups who packed the council chambers cheered the vote.",
  "\"Someone has to pay for the screening, and now it will be every tenant,\" said the head of a local landlords' association."),
 ("aurora-renter-fees-vote", "auroraherald.com", "en", 2, 530, 700, [CO], "",
  "What Aurora's new renter fee rules mean for you",
  "If you rent in Aurora, landlords will no longer be able to charge more than $50 to process your application or more than $25 for a late payment once the new ordinance takes effect on May 1.",
  "Tenants who are overcharged can file a complaint with the city's housing office."),

 # 6. The property tax relief bill: preliminary House approval, final vote scheduled Thursday 10 a.m.
 ("colorado-property-tax-bill", FRONT, "en", 3, 150, 2400, [CO, P], "",
  "House advances property tax cut; final vote set for Thursday",
  "The Colorado House gave preliminary approval on Wednesday evening to a bill that would cut the residential assessment rate from 6.7% to 6.2%, and scheduled a final vote for 10 a.m. Thursday.",
  "Sponsors said the owner of a $600,000 home would save about $255 a year."),
 ("colorado-property-tax-bill", LEDGER, "en", 3, 210, 2000, [CO, P], "",
  "Vance: tax relief bill 'must reach my desk this month'",
  "Gov. Marisol Vance urged lawmakers on Wednesday to send her the property tax relief bill before the end of February, saying on KRMX 93.1's \"Colorado Tonight\": \"We are not going to leave people stuck, not on the highway and not with their tax bills.\"",
  "She said she would sign it the day it arrives."),
 ("colorado-property-tax-bill", AP, "en", 3, 280, 900, [CO, US, P], "ap",
  "Colorado lawmakers move to cut homeowners' property taxes",
  "Colorado lawmakers moved closer Wednesday to cutting property taxes for homeowners for the third time in three years, as home values that soared after the pandemic keep pushing up bills across the state.",
  "The bill goes to the state Senate if it passes the House on Thursday."),
 ("colorado-property-tax-bill", DISP, "en", 3, 400, 1900, [CO], "",
  "How much would you save? Estimate your property tax cut",
  "To estimate what the bill would save you, multiply your home's market value by 0.005, the proposed cut in the assessment rate, and then multiply the result by your local mill levy divided by 1,000.",
  "Your home's value and mill levy are printed on the notice of valuation your county assessor mailed last spring."),
 ("colorado-property-tax-bill", MTN, "en", 3, 500, 900, [CO, P], "",
  "Rural school districts warn tax cut could cost them teachers",
  "Superintendents of 30 rural school districts warned on Wednesday that the property tax cut moving through the Colorado House would cost their schools $94 million next year unless the state made up the difference.",
  "Several said they would have to cut teaching jobs or move to four-day weeks."),

 # 7. Strike 1: Peak Market grocery workers strike at 77 stores.
 ("peak-market-grocery-strike", LEDGER, "en", 3, 5, 3000, [CO, DEN, B], "",
  "Peak Market workers walk off the job at 77 stores",
  "About 9,000 workers at Peak Market grocery stores across the Denver area went on strike at 5 p.m. Wednesday after talks on wages and health benefits broke down, their union said.",
  "Front Range Retail Workers Local 12 is asking for raises of $4.50 an hour over three years; the company offered $2.10."),
 ("peak-market-grocery-strike", AP, "en", 3, 60, 1100, [CO, US, B], "ap",
  "Grocery workers strike in Denver area",
  "Thousands of grocery workers walked off the job at dozens of supermarkets around Denver on Wednesday evening, the first strike at the regional chain in nearly two decades.",
  "The company said it had hired temporary workers to keep stores open."),
 ("peak-market-grocery-strike", DISP, "en", 3, 240, 2500, [DEN], "",
  "Peak Market strike: are stores and pharmacies open?",
  "Peak Market says all its stores will stay open during the strike with managers and temporary workers, but its pharmacies will close at 7 p.m. each night, and patients can have prescriptions moved to another pharmacy by phone.",
  "Home delivery and curbside pickup are suspended until further notice."),
 ("peak-market-grocery-strike", FRONT, "en", 3, 360, 1400, [DEN], "",
  "Picket lines in the snow: some shoppers turn back",
  "Picketers in orange vests handed out flyers outside Peak Market stores in Denver, Lakewood and Aurora as snow fell on Wednesday night, and some shoppers turned their carts around at the door.",
  "\"I'll drive to the next town before I walk past them,\" said a nurse coming off a shift."),
 ("peak-market-grocery-strike", WIRE, "en", 3, 640, 700, [US, B], "reuters",
  "Peak Market, union agree to return to talks Friday",
  "Peak Market and the union representing its striking workers agreed early Thursday to resume talks on Friday with a federal mediator, but the union said pickets would stay up until a deal was reached.",
  "Peak Market is owned by a Salt Lake City-based supermarket group."),

 # 8. Strike 2 (look-alike): Jefferson County teachers vote to authorize a strike from Feb. 23.
 ("jeffco-teachers-strike-vote", MTN, "en", 2, 230, 1500, [CO], "",
  "Jefferson County teachers vote to authorize strike",
  "Teachers in Jefferson County Public Schools voted by 91% on Wednesday to authorize a strike that could begin Feb. 23 if the district does not improve its 2% pay offer, their union said.",
  "It would be the first teachers' strike in the district, Colorado's second-largest, since 1994."),
 ("jeffco-teachers-strike-vote", LEDGER, "en", 2, 330, 1200, [CO], "",
  "Jeffco district 'disappointed' by strike vote, says offer is all it can afford",
  "Jefferson County Public Schools said on Wednesday night it was disappointed by the teachers' strike vote and that its 2% raise was the most it could afford after enrollment fell by 3,000 students in two years.",
  ""),
 ("jeffco-teachers-strike-vote", DISP, "en", 2, 450, 1600, [CO], "",
  "A Jeffco teachers' strike: what parents need to know",
  "If Jeffco teachers strike on Feb. 23, the district plans to keep schools open with substitutes and administrators, but parents should expect after-school activities to be canceled and some schools to close if too few adults report, the district said.",
  "School meals would still be served at every open building."),
 ("jeffco-teachers-strike-vote", FRONT, "en", 2, 395, 700, [CO], "",
  "Teachers' union and Jeffco to meet Monday",
  "Negotiators for Jefferson County teachers and the school district agreed late Wednesday to meet again on Monday in a last attempt to avoid a walkout, the union said.",
  ""),

 # 9. Same hospital as the pileup's injured: Front Range Medical Center closes its birthing unit.
 ("lakewood-birthing-unit-closure", FRONT, "en", 1, 120, 1100, [CO, H], "",
  "Front Range Medical Center to close its birthing center",
  "Front Range Medical Center in Lakewood will stop delivering babies on April 30 and close its labor and delivery unit, citing a shortage of obstetric nurses and a 30% fall in births there since 2019, the hospital said on Wednesday.",
  "About 40 nurses will be offered jobs elsewhere in the hospital."),
 ("lakewood-birthing-unit-closure", "coloradohealthwire.com", "en", 1, 420, 800, [CO, H], "",
  "Due in May? What the Lakewood birth unit closure means for you",
  "Women due to give birth in May or June who planned to deliver at Front Range Medical Center will have to switch hospitals, and the hospital says its staff will call each of them by March 1 to help move their care.",
  "Prenatal appointments at the hospital's clinics will continue until delivery."),
 ("lakewood-birthing-unit-closure", MTN, "en", 1, 570, 600, [CO, H, P], "",
  "West metro lawmakers ask state to review maternity closures",
  "Two Jefferson County lawmakers asked the state health department on Wednesday to review whether the west Denver suburbs still have enough maternity beds, after the third closure of a birthing unit in the area in two years.",
  ""),

 # 10. Court: federal jury convicts Greenwood Village adviser Garrett Lindqvist in a Ponzi scheme.
 ("lindqvist-ponzi-verdict", DISP, "en", 2, 30, 1700, [CO, B], "",
  "Greenwood Village adviser convicted in $43 million Ponzi scheme",
  "A federal jury in Denver on Wednesday convicted Greenwood Village financial adviser Garrett Lindqvist of 14 counts of wire fraud for running a $43 million Ponzi scheme that drained the savings of more than 200 retirees.",
  "Sentencing was set for May 20. He faces up to 20 years on each count."),
 ("lindqvist-ponzi-verdict", WIRE, "en", 2, 110, 600, [US, B], "reuters",
  "Colorado adviser found guilty of defrauding retirees",
  "A Colorado investment adviser was found guilty on Wednesday of cheating more than 200 retirees out of $43 million by promising them safe returns from real estate loans that did not exist, the U.S. Attorney's Office said.",
  "", {"date_en": "Feb. 11"}),
 ("lindqvist-ponzi-verdict", LEDGER, "en", 2, 270, 1400, [CO], "",
  "'He sat at our kitchen table': victims react to Lindqvist verdict",
  "Retired schoolteacher Ellen Marsh wept outside the federal courthouse in downtown Denver on Wednesday after the jury's verdict, four years after she handed Garrett Lindqvist $380,000, almost everything she had saved.",
  "A court-appointed receiver has so far recovered about $9 million for investors."),
 ("lindqvist-ponzi-verdict", MTN, "en", 2, 480, 900, [CO, B], "",
  "How to check an investment adviser before you hand over your savings",
  "Before you invest with anyone, look up their registration on the SEC's adviser disclosure website and on FINRA's BrokerCheck, and ask the Colorado Division of Securities whether complaints have been filed, regulators said after Wednesday's verdict.",
  "Be wary of anyone promising steady returns with no risk."),

 # 11. World: magnitude 6.9 earthquake in southern Peru; toll 6 -> 9 -> 11 -> 14.
 ("arequipa-quake", WIRE, "en", 3, 170, 900, [W], "reuters",
  "Strong quake shakes southern Peru, at least 6 dead",
  "A magnitude 6.9 earthquake struck southern Peru on Wednesday evening, killing at least six people and bringing down homes and churches in the Arequipa region, officials said.",
  "The quake was centred about 60 km north of the city of Arequipa at a depth of 35 km, the U.S. Geological Survey said.",
  {"city": "Lima", "date_en": "Feb. 11"}),
 ("arequipa-quake", "agence-nord.fr", "fr", 3, 250, 250, [W], "afp",
  "Pérou : un séisme de magnitude 6,9 fait au moins neuf morts",
  "Un séisme de magnitude 6,9 a frappé mercredi soir le sud du Pérou, faisant au moins neuf morts et des dizaines de blessés dans la région d'Arequipa, selon les autorités.",
  "Des maisons en adobe se sont effondrées dans plusieurs villages de montagne.",
  {"city": "Lima"}),
 ("arequipa-quake", "gulf-wire.com", "en", 3, 340, 300, [W], "kuna",
  "Peru quake toll rises to 11",
  "The death toll from a powerful earthquake in southern Peru has risen to 11, with 87 people injured, Peru's civil defence institute said on Thursday.",
  "", {"city": "Lima", "date_en": "Feb 12"}),
 ("arequipa-quake", "journaldesameriques.ca", "fr", 3, 430, 150, [W], "soutien",
  "Tremblement de terre au Pérou : des villages andins sans secours",
  "Dans les villages de la province de Caylloma, au nord d'Arequipa, des habitants ont passé la nuit de mercredi à jeudi dehors, dans le froid, sans eau ni électricité, après le séisme qui a détruit leurs maisons en adobe.",
  "Des glissements de terrain bloquent plusieurs routes d'accès."),
 ("arequipa-quake", "courrierdusoir.fr", "fr", 3, 500, 200, [W], "actu",
  "Séisme au Pérou : le bilan passe à 14 morts",
  "Le bilan du tremblement de terre qui a secoué mercredi soir le sud du Pérou s'est alourdi à 14 morts jeudi, alors que plusieurs villages andins restaient coupés du monde par des glissements de terrain.",
  ""),
 ("arequipa-quake", AP, "en", 3, 620, 600, [W], "ap",
  "Peru's president flies to quake zone as toll reaches 14",
  "Peru's president flew to Arequipa early Thursday as rescuers dug through collapsed adobe homes in Andean villages where an overnight earthquake killed at least 14 people.",
  "More than 2,000 homes were damaged, officials said.",
  {"city": "Arequipa"}),

 # 12. Business: Denver-based Summit Air cuts 600 jobs (shared byline line, post 57).
 ("summit-air-job-cuts", LEDGER, "en", 2, 90, 1600, [CO, DEN, B], "",
  "Summit Air to cut 600 jobs, close Phoenix crew base",
  "Denver-based Summit Air will cut about 600 jobs, or 8% of its workforce, and close its crew base in Phoenix by June as it shrinks its schedule to return to profit, the low-cost airline said on Wednesday after markets closed.",
  "About 250 of the jobs are in Colorado, most of them at Denver International Airport."),
 ("summit-air-job-cuts", WIRE, "en", 2, 190, 500, [US, B], "reuters_line",
  "Summit Air to cut 8% of staff after fourth straight quarterly loss",
  "Summit Air Holdings said on Wednesday it would cut about 600 jobs and delay delivery of 12 new Airbus jets after reporting its fourth consecutive quarterly loss, sending its shares down 9% in after-hours trading.",
  "The carrier lost $71 million in the fourth quarter on revenue of $1.02 billion."),
 ("summit-air-job-cuts", FRONT, "en", 2, 350, 900, [CO, B], "byline_en",
  "Pilots' union calls Summit Air cuts 'a betrayal'",
  "The union representing Summit Air's 1,400 pilots said on Wednesday night that the airline's job cuts were \"a betrayal\" of crews who had accepted pay freezes during the pandemic, and that it would seek an emergency meeting with management.",
  "", {"author": "Priya Raman", "site": "Front Range Daily", "date_en": "Feb. 11"}),
 ("summit-air-job-cuts", DISP, "en", 2, 520, 1300, [CO, B], "",
  "Flying Summit Air? What the cuts mean for your booking",
  "Summit Air passengers booked on the routes the airline is dropping after May 31 will be offered a full refund or a seat on another flight, and travelers booked before then should see no change, the airline said.",
  "The carrier is ending service from Denver to Boise, Tulsa and Fresno."),

 # 13. Wyoming House votes to keep the Sheridan Ridge coal plant open until 2035 (shared line, post 60).
 ("wyoming-coal-plant-vote", "highplainstribune.com", "en", 1, 160, 600, [US, B, P], "colon",
  "Coal miners cheer Wyoming House vote on Sheridan Ridge plant",
  "Coal miners and their families who filled the gallery of the Wyoming Capitol cheered on Wednesday as the House voted to keep the Sheridan Ridge power plant burning coal for at least seven more years.",
  "The plant near Glenrock employs about 180 people.",
  {"city": "Cheyenne"}),
 ("wyoming-coal-plant-vote", "upi-like.com", "en", 1, 470, 300, [US, B], "upi",
  "Wyoming utility says coal bill would raise customers' bills",
  "Wyoming's largest electric utility said on Wednesday that a bill forcing it to keep the Sheridan Ridge coal plant running until 2035 would add about $9 a month to the average household bill, and urged the state Senate to reject it.",
  ""),
 ("wyoming-coal-plant-vote", WIRE, "en", 1, 195, 400, [US, B], "reuters_line",
  "Wyoming lawmakers vote to keep coal plant open to 2035",
  "Wyoming's House of Representatives voted 49-12 on Wednesday to bar the state's largest utility from retiring the Sheridan Ridge coal-fired power plant before 2035, overriding the company's plan to close it in 2028.",
  "The bill now goes to the state Senate."),

 # 14. Filler: the Avalanche hockey result, horoscope, Powerball, weather bulletin, promo.
 ("avs-blues-result", "mountainsportsdaily.com", "en", 0, 290, 2200, ["Sports"], "",
  "Avalanche rally past Blues 4-2",
  "Jonas Lindgren scored twice in the third period as the Colorado Avalanche rallied from two goals down to beat the St. Louis Blues 4-2 on Wednesday night at Ball Arena.",
  "The goalie made 31 saves."),
 ("avs-blues-result", AP, "en", 0, 330, 800, ["Sports"], "ap",
  "Lindgren's late goals lift Avalanche over Blues",
  "Jonas Lindgren scored the tying and go-ahead goals 2:11 apart late in the third period, and the Colorado Avalanche beat the St. Louis Blues 4-2 on Wednesday night for their fifth straight win.",
  ""),
 ("horoscope-thu-feb12", "starsdaily.com", "en", 0, 0, 1000, ["Horoscope"], "",
  "Your horoscope for Thursday, Feb. 12",
  "Aries, a conversation you have been putting off goes better than you feared, so say what you mean before lunch.",
  "Taurus: money matters need a second look. Gemini: an old friend gets in touch."),
 ("powerball-wed-feb11", "lotterywatch.com", "en", 0, 250, 1400, ["Lottery"], "",
  "Powerball: winning numbers for Wednesday, Feb. 11",
  "The winning numbers in Wednesday night's Powerball drawing were 7, 19, 33, 41 and 58, with a Powerball of 12, and the jackpot for Saturday rises to an estimated $286 million after no ticket matched all six.",
  "A ticket sold in Pueblo matched five numbers to win $1 million."),
 ("weather-denver-thu", "frontrangeweather.com", "en", 0, 630, 1800, ["Weather"], "",
  "Thursday forecast: bitter cold, snow ends by noon",
  "Denver will see light snow tapering off by noon Thursday, with a high of only 19 degrees and wind chills near 10 below zero in the morning, the National Weather Service said.",
  "Skies clear Friday with a high near 35."),
 ("promo-ledger-text-alerts", LEDGER, "en", 0, 50, 120, ["Promo"], "",
  "Get the Rocky Ledger's storm alerts on your phone",
  "Sign up for Rocky Ledger text alerts and get road closures, school delays and breaking news sent to your phone the moment we publish them.",
  "Text LEDGER to 55123. Message and data rates may apply."),
]
