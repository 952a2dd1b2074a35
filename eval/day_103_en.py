# Day 103 (hold-out): a Tennessee English channel (Nashville), morning edition of Thursday
# 9 December 2027 (window 19:00 Wednesday - 07:00 Thursday Nashville, America/Chicago = UTC-6 in
# December, Central Standard Time). Gold answer written before any run: each post's story, its lede
# (the true first sentence) and the TOP5 below. Every person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: Mayor Josephine Amari on WMCR 90.3's "Music City
#   Tonight" on Wednesday evening, quoted about the Antioch apartment fire (post 3) and about the
#   Harpeth Memorial nurses' strike (post 10), both carrying "Nobody in this city should have to
#   choose between a safe home and a hospital that answers when they call, and I will not ask
#   anybody to.";
# - a shared wire byline line ("Wire West | Updated: 12-08-2027 23:14 CST"): the Spring Hill
#   battery plant strike (post 32) and the Trellis Health corporate job cuts (post 54), unrelated,
#   three minutes apart, both short business items with job figures;
# - the same hospital: Harpeth Memorial Hospital takes the Antioch fire's injured (post 2),
#   three of the I-40 bus crash's injured (post 24; one dies there, post 25), and is the hospital
#   whose nurses strike from 6 a.m. Thursday (posts 9-14; post 11 says its burn unit still treats
#   the fire's patients);
#   the crane collapse's injured go to another hospital (St. Brendan's);
# - the same stadium: the East Bank stadium building site, where a tower crane collapsed (posts
#   41-45), and the East Bank stadium district whose bonds the Metro Council voted (posts 15-20);
#   post 19 (council) carries a "Read more" line naming the crane collapse, and post 44 (crane)
#   says the collapse came hours before the council vote;
# - the same court: Davidson County Criminal Court holds two trials on the same Wednesday (the
#   Pruitt theft verdict, posts 33-37; the Lower Broadway rooftop railing trial, posts 38-40), with
#   District Attorney Renee Castellanos in both (a reaction in post 34, the opening statement in
#   post 38);
# - look-alike stories: two fires on the same night (the deadly Antioch apartment fire, posts 1-8;
#   the Lebanon bourbon warehouse fire, posts 46-50, nobody hurt); two strikes (the nurses, posts
#   9-14; the Spring Hill battery plant, posts 28-32); two votes (the Metro Council stadium
#   bonds, passed overnight, posts 15-20; the Rutherford County landfill vote scheduled Thursday
#   night, posts 51-53); two trials (posts 33-37, 38-40); two accidents (the I-40 tour bus crash,
#   posts 21-27; the East Bank crane collapse, posts 41-45), plus a trial about an older accident
#   (the railing, posts 38-40); two health-business stories (the nurses' strike; Trellis Health's
#   cuts); the bus crash's black-ice driving advice (post 27) kept apart from the weather bulletin
#   (post 59);
# - a French bus-crash post carries a "Lire aussi" line naming the Antioch fire (post 23);
# - tolls revised overnight by a second source: the Antioch fire, three dead and eight hurt (fire
#   department, posts 1-3) then four dead and 14 hurt (police, posts 5-6); the bus crash, two dead
#   (Highway Patrol, posts 21-22) then three dead (hospital and patrol, posts 25-26);
# - one story told in two languages by different agencies with different words: the bus crash
#   ("tour bus", "motorcoach", "rollover", "overturned" / "autocar", "renversement", "sortie de
#   route", "accident"), the battery strike ("walkout", "strike", "work stoppage" / "debrayage",
#   "greve", "cesse le travail"), the bourbon fire ("blaze", "rickhouse", "aging warehouse" /
#   "incendie", "chai", "sinistre");
# - synonyms across outlets: "fire", "blaze", "inferno"; "strike", "walkout", "work stoppage",
#   "picket"; "crane collapse", "crane failure", "boom gave way"; "bonds", "borrowing", "debt";
# - stories told from other angles: the residents and the alarms (post 4), the landlord (post 7),
#   help for the displaced (post 8), the replacement nurses (post 11), what patients should do
#   (post 13), the opponents at the public hearing (post 17), what the bonds pay for (post 19),
#   the Quebec seniors' club (post 23), black ice on the Plateau (post 27), the automaker customer
#   (post 28), the youth league families (post 36), the victims' families (post 40), the stadium's
#   opening date (post 44), the creek and the fish (post 50), the neighbors' odor complaints
#   (post 52), Brentwood's office towers (post 55);
# - update notes: "This story has been updated to clarify ..." (post 6) and "(Actualise tout du
#   long)" (posts 26, 47); a teaser (posts 14 and 45); captions (posts 2 and 24);
# - posts in French (agencies' French service and French-language papers): posts 22, 23, 26, 31,
#   47, 49;
# - a promo posted alone (post 62); filler of importance 0: the hockey result (posts 57-58), the
#   weather bulletin (post 59), the horoscope (post 60), the lottery draw (post 61).
NAME = "2027-12-09-en-morning-nashville-h103"
CHANNEL = {"lang": "en", "tz": "America/Chicago"}
WINDOW = ("2027-12-09T01:00:00Z", "2027-12-09T13:00:00Z")
CTX = {"stamp": "12-08-2027 23:14", "line": "Wire West | Updated: 12-08-2027 23:14 CST",
       "city": "Nashville", "date_fr": "8 déc", "date_en": "Dec. 8",
       "author": "Marcus Ellery", "clarify": "the number of people injured in the fire",
       "caption": "", "also": "", "country": "Tennessee"}
# The editor's top 5: the Antioch apartment fire, the I-40 tour bus crash, the Harpeth Memorial
# nurses' strike, the Metro Council's East Bank stadium bonds vote, the East Bank crane collapse.
TOP5 = ["antioch-parkwood-pointe-apartment-fire", "i40-monterey-quebec-tour-bus-rollover",
        "harpeth-memorial-nurses-strike", "metro-council-east-bank-stadium-bonds",
        "east-bank-stadium-crane-collapse"]
TN = "Tennessee"
NA = "Nashville"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
LEDGER = "musiccityledger.com"
COURIER = "cumberlandcourier.com"
BEACON = "nashvillebeacon.com"
ANTIOCH = "antiochvoice.com"
DISPATCH = "midstatedispatch.com"
PLATEAU = "plateauherald.com"
DUCK = "duckriverpress.com"
CEDAR = "cedarcitygazette.com"
STONES = "stonesriverrecord.com"
TRADE = "williamsontrade.com"
HEALTH = "tnhealthdesk.com"
COURT = "tncourtwatch.com"
RADIO = "wmcr903.org"
TV = "channel8nashville.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
UPI = "upi-like.com"
NORD = "agence-nord.fr"
LAUR = "presse-laurentienne.ca"
SHER = "echodesherbrooke.ca"
CHAR = "lecourrierdecharente.fr"
PLANT = "southernplantnews.com"
D9 = {"date_fr": "9 déc", "date_en": "Dec. 9"}
QUOTE = ("\"Nobody in this city should have to choose between a safe home and a hospital that "
         "answers when they call, and I will not ask anybody to.\"")
POSTS = [
 # 1. Antioch apartment fire (Parkwood Pointe, off Bell Road), broke out about 6:35 p.m. Wednesday:
 #    "fire", "blaze", "inferno"; three dead, eight hurt (fire department, evening) -> four dead,
 #    14 hurt (police, early Thursday).
 ("antioch-parkwood-pointe-apartment-fire", LEDGER, "en", 3, 40, 3600, [NA], "",
  "Three dead as fire sweeps through Antioch apartment building",
  "Three people were killed and at least eight were hurt when fire tore through a three-story apartment building in Antioch on Wednesday evening, the Nashville Fire Department said.",
  "The fire broke out shortly after 6:30 p.m. at the Parkwood Pointe Apartments off Bell Road, and more than 80 firefighters were sent to the scene. Crews were still putting out hot spots in the attic at 7:30."),
 ("antioch-parkwood-pointe-apartment-fire", COURIER, "en", 3, 95, 2700, [NA, H], "caption",
  "Burn victims from Antioch blaze taken to Harpeth Memorial",
  "Eight people hurt in the Antioch apartment blaze were taken to Harpeth Memorial Hospital, two of them with severe burns, and the families of 36 units were left without a home, fire officials said on Wednesday night.",
  "A firefighter was treated for heat exhaustion at the scene and released.",
  {"caption": "Firefighters spray water onto the collapsed roof of a building at the Parkwood Pointe Apartments in Antioch on Wednesday evening.",
   "site": "The Cumberland Courier"}),
 ("antioch-parkwood-pointe-apartment-fire", RADIO, "en", 3, 150, 2100, [NA, P], "",
  "Amari orders inspections of every building owned by Parkwood Pointe's landlord",
  f"Mayor Josephine Amari said on Wednesday night that Metro Codes inspectors would go through every building owned by the landlord of the Antioch complex where three people died, telling WMCR 90.3's \"Music City Tonight\": {QUOTE}",
  "The mayor said the city had received four complaints about the building's fire doors since 2025."),
 ("antioch-parkwood-pointe-apartment-fire", ANTIOCH, "en", 3, 265, 1700, [NA], "",
  "Neighbors say hallway smoke alarms had been silent for months",
  "Tenants who escaped the burning Parkwood Pointe building said the smoke detectors in their hallway had been disconnected since the summer, and that nobody heard an alarm until neighbors pounded on their doors.",
  "\"We went out through the window onto the carport roof with the baby in a laundry basket,\" said Keisha Dorsey, who lived on the second floor."),
 ("antioch-parkwood-pointe-apartment-fire", AP, "en", 3, 560, 1900, [NA, US], "ap",
  "Fourth person dies after Nashville apartment fire, police say",
  "A fourth person has died after a fire ripped through an apartment complex in southeast Nashville, and 14 people were injured in all, the Metropolitan Nashville Police Department said early Thursday.",
  "A 71-year-old woman carried out of a third-floor unit by firefighters died overnight at the hospital, police said. The names of the dead had not been released.",
  {"city": "Nashville"}),
 ("antioch-parkwood-pointe-apartment-fire", WIRE, "en", 3, 615, 700, [US], "updated",
  "Nashville apartment inferno kills four, injures 14",
  "Four people died and 14 were injured in a fire that gutted an apartment building in the Antioch neighborhood of Nashville, Tennessee, police said on Thursday, revising the toll of three dead and eight injured given by firefighters on Wednesday night.",
  "Investigators from the state fire marshal's office were due at the scene at daybreak."),
 ("antioch-parkwood-pointe-apartment-fire", BEACON, "en", 3, 480, 1300, [NA, B], "",
  "Parkwood Pointe owner says it is 'cooperating fully' with investigators",
  "Ridgecrest Property Group, the Atlanta company that bought the Parkwood Pointe Apartments in 2024, said late on Wednesday it was cooperating fully with fire investigators and would pay for hotel rooms for displaced tenants for two weeks.",
  "The company did not answer questions about the smoke alarms."),
 ("antioch-parkwood-pointe-apartment-fire", TV, "en", 3, 655, 1500, [NA], "donate",
  "How to help families displaced by the Antioch fire",
  "Families who lost their homes in the Antioch apartment fire can get emergency shelter, clothing and meal cards at the Southeast Community Center from 8 a.m. on Thursday, the Middle Tennessee Relief Alliance said.",
  "The alliance is asking for new coats, children's shoes and gift cards rather than used clothing. Donations can be dropped off at any Nashville fire station."),

 # 2. Strike 1: nurses at Harpeth Memorial Hospital walk out from 6 a.m. Thursday for three days.
 #    "strike", "walkout", "work stoppage", "picket".
 ("harpeth-memorial-nurses-strike", HEALTH, "en", 3, 25, 2900, [NA, H], "",
  "Harpeth Memorial nurses to strike Thursday after talks collapse",
  "Nurses at Harpeth Memorial Hospital will walk off the job at 6 a.m. on Thursday for three days after last-ditch talks over staffing ratios broke down on Wednesday evening, their union said.",
  "About 1,400 registered nurses belong to the Tennessee Nurses Alliance, which wants a limit of four patients per nurse on medical floors."),
 ("harpeth-memorial-nurses-strike", RADIO, "en", 3, 170, 1800, [NA, P, H], "",
  "Mayor urges hospital and nurses back to the table",
  f"Mayor Josephine Amari called on Harpeth Memorial Hospital and its nurses on Wednesday night to return to bargaining before Thursday's strike, telling WMCR 90.3's \"Music City Tonight\": {QUOTE}",
  "The city has no seat on the hospital's board but pays for part of its trauma center."),
 ("harpeth-memorial-nurses-strike", COURIER, "en", 3, 300, 1600, [NA, H], "",
  "Hospital brings in 600 replacement nurses, keeps ER open",
  "Harpeth Memorial said on Wednesday night it had hired 600 replacement nurses from a staffing agency and would keep its emergency room, trauma center and burn unit open during the walkout, including for the patients hurt in the Antioch apartment fire.",
  "About 90 scheduled surgeries were moved to next week."),
 ("harpeth-memorial-nurses-strike", AP, "en", 3, 420, 800, [US, H], "ap",
  "Nurses at big Tennessee hospital set for 3-day work stoppage",
  "Nurses at one of Tennessee's largest private hospitals were set to begin a three-day work stoppage Thursday morning over how many patients each of them must care for, the first strike in the hospital's 110-year history.",
  "Hospital executives say the union's staffing demands would cost $60 million a year.",
  {"city": "Nashville"}),
 ("harpeth-memorial-nurses-strike", BEACON, "en", 3, 525, 1400, [NA, H], "",
  "Nurses' strike: what Harpeth Memorial patients need to know",
  "Patients with appointments or planned procedures at Harpeth Memorial from Thursday through Saturday should call the number on their reminder text before coming in, because some visits have been moved to the hospital's Bellevue and Hermitage clinics, the hospital said.",
  "Anyone with a medical emergency should still call 911 or go to the nearest emergency room."),
 ("harpeth-memorial-nurses-strike", LEDGER, "en", 3, 685, 2300, [NA, H], "teaser",
  "Picket lines go up at dawn outside Harpeth Memorial",
  "Nurses in purple scrubs and winter coats lined the sidewalk outside Harpeth Memorial's main entrance before dawn on Thursday, carrying signs reading \"Safe staffing saves lives\" as the hospital's first strike began.",
  "\"We are not leaving our patients, we are fighting for them,\" said Alliance president Gloria Nwosu."),

 # 3. Vote 1: Metro Council approves $480 million in East Bank stadium district bonds shortly
 #    before midnight at a special meeting in the Metro Courthouse. "bonds", "borrowing", "debt".
 ("metro-council-east-bank-stadium-bonds", BEACON, "en", 3, 10, 1900, [NA, P], "",
  "Council takes up East Bank stadium bonds at special meeting",
  "The Metro Council opened a special meeting at the Metro Courthouse on Wednesday evening to vote on $480 million in bonds for roads, a pedestrian bridge and flood walls around the new East Bank stadium.",
  "More than 120 people signed up to speak before the vote."),
 ("metro-council-east-bank-stadium-bonds", LEDGER, "en", 3, 300, 3100, [NA, P], "",
  "Metro Council approves $480 million for East Bank stadium district",
  "The Metro Council voted 26-13 shortly before midnight on Wednesday to borrow $480 million for streets, a pedestrian bridge and flood protection around the new East Bank stadium, after nearly five hours of debate.",
  "The money does not pay for the stadium itself, which is being built with state and team funds."),
 ("metro-council-east-bank-stadium-bonds", COURIER, "en", 3, 200, 1200, [NA, P], "",
  "Speakers pack courthouse to oppose stadium district borrowing",
  "Dozens of residents told the Metro Council on Wednesday night that the city should spend its borrowing capacity on buses, sidewalks and affordable housing rather than on streets around a football stadium.",
  "\"You are paving a parking lot for eight Sundays a year,\" one speaker from North Nashville said."),
 ("metro-council-east-bank-stadium-bonds", WIRE, "en", 3, 380, 500, [US, B], "reuters",
  "Nashville approves $480 mln in debt for stadium neighborhood",
  "Nashville's city council approved $480 million in new debt late on Wednesday to build infrastructure around a riverside football stadium under construction, betting that hotels and offices in the surrounding district will repay the bonds.",
  "City finance officials said they did not expect the borrowing to affect Nashville's credit rating.",
  {"date_en": "Dec 8"}),
 ("metro-council-east-bank-stadium-bonds", DISPATCH, "en", 3, 565, 1000, [NA, P], "",
  "Explainer: what the East Bank bonds pay for, and who repays them",
  "The $480 million approved by the council will be repaid over 30 years from the sales tax and the hotel tax collected inside a special district drawn around the East Bank stadium, and Metro's general fund is only on the hook if that money falls short.",
  "About $210 million goes to a new street grid, $150 million to flood walls along the Cumberland River and $120 million to a pedestrian bridge to downtown.\n\nRead more: Crane collapse kills worker at East Bank stadium site"),
 ("metro-council-east-bank-stadium-bonds", TV, "en", 3, 640, 900, [NA, P], "",
  "Council members who voted no say fight is not over",
  "Council member Yolanda Pike, who led the opposition to the East Bank bonds, said on Thursday morning she would ask the council to attach an affordable-housing requirement to every building permit in the district.",
  "Supporters said the bonds would unlock 6,000 homes on the East Bank over 15 years."),

 # 4. Accident 1: tour bus with Quebec seniors overturns on I-40 near Monterey (Cumberland Plateau)
 #    at about 5:45 p.m. on black ice; two dead (Highway Patrol) -> three dead (hospital, patrol).
 ("i40-monterey-quebec-tour-bus-rollover", PLATEAU, "en", 3, 30, 2600, [TN], "",
  "Two killed as tour bus overturns on I-40 near Monterey",
  "Two people were killed and 29 were hurt when a tour bus carrying Canadian visitors overturned on Interstate 40 near Monterey on Wednesday evening, the Tennessee Highway Patrol said.",
  "The westbound lanes were closed between the Monterey and Baxter exits."),
 ("i40-monterey-quebec-tour-bus-rollover", LAUR, "fr", 3, 120, 900, ["Canada", W], "afp",
  "Deux Québécois tués dans un accident d'autocar au Tennessee",
  "Deux Québécois ont perdu la vie mercredi soir dans le renversement d'un autocar de voyageurs sur une autoroute du Tennessee, aux Etats-Unis, a confirmé le ministère canadien des Affaires étrangères.",
  "L'autocar transportait 36 personnes, pour la plupart des retraités de l'Estrie, en route vers Nashville pour un séjour consacré aux spectacles de Noël.",
  {"city": "Ottawa"}),
 ("i40-monterey-quebec-tour-bus-rollover", SHER, "fr", 3, 240, 1100, ["Canada", "Estrie"], "lire",
  "Sherbrooke sous le choc après la sortie de route d'un autocar au Tennessee",
  "Les 34 passagers de l'autocar accidenté au Tennessee étaient presque tous membres du Club de l'âge d'or Saint-Élie, de Sherbrooke, qui organise chaque année un voyage à Nashville au début de décembre.",
  "Le président du club, joint par téléphone, a dit attendre des nouvelles de plusieurs blessés dans un hôpital de Cookeville.",
  {"also": "Nashville : un incendie dans un immeuble d'habitation fait trois morts"}),
 ("i40-monterey-quebec-tour-bus-rollover", PLATEAU, "en", 3, 330, 1500, [TN], "caption",
  "Troopers: motorcoach hit black ice before rollover",
  "The motorcoach slid on a patch of black ice on a downhill curve, crossed the shoulder and rolled onto its side in the median, a Highway Patrol spokesman said on Wednesday night, adding that the driver was not speeding.",
  "Most of the injured were taken to Upper Cumberland Regional Medical Center in Cookeville, and three were flown to Harpeth Memorial Hospital in Nashville.",
  {"caption": "A tour bus lies on its side in the median of Interstate 40 near Monterey as rescuers work under floodlights on Wednesday evening.",
   "site": "The Plateau Herald"}),
 ("i40-monterey-quebec-tour-bus-rollover", AP, "en", 3, 580, 1700, [TN, US], "ap",
  "Third passenger dies after Canadian tour bus crash in Tennessee",
  "A third passenger has died after a tour bus carrying retirees from Quebec rolled over on an icy interstate in Tennessee, a hospital spokeswoman said early Thursday, and the Highway Patrol raised the toll to three dead.",
  "The woman, 78, died overnight at a Nashville hospital, where she had been flown with head injuries.",
  {"city": "Cookeville"}),
 ("i40-monterey-quebec-tour-bus-rollover", LAUR, "fr", 3, 640, 600, ["Canada", W], "actu",
  "Accident d'autocar au Tennessee : le bilan passe à trois morts",
  "Une troisième passagère de l'autocar qui s'est renversé mercredi sur l'autoroute 40, au Tennessee, est morte dans la nuit, portant à trois le nombre de Québécois tués dans l'accident, selon la police de la route de l'Etat.",
  "Une cellule d'aide a été ouverte par le voyagiste sherbrookois qui organisait le séjour."),
 ("i40-monterey-quebec-tour-bus-rollover", DISPATCH, "en", 3, 455, 1100, [TN], "",
  "Black ice on the Plateau: how to drive I-40 on Thursday morning",
  "Drivers crossing the Cumberland Plateau on Thursday morning should slow down well before bridges, overpasses and the long grades east of Cookeville, where the road can freeze while it still looks wet, the Highway Patrol said after the bus crash.",
  "Leave three times the usual distance behind the vehicle ahead, do not use cruise control, and if you start to slide, ease off the gas and steer gently where you want to go."),

 # 5. Strike 2: workers at French battery maker Alcyon Energy's Spring Hill plant walk out at the
 #    10 p.m. shift change. "walkout", "strike", "work stoppage" / "débrayage", "grève".
 ("spring-hill-alcyon-battery-plant-strike", PLANT, "en", 2, 600, 600, [B, TN], "",
  "Ridgeline Motors slows pickup line as battery strike bites",
  "Ridgeline Motors said on Thursday it would run its electric pickup assembly line in Spring Hill at half speed because the walkout at its battery supplier next door had cut off the flow of cells.",
  "The automaker has about four days of batteries in stock."),
 ("spring-hill-alcyon-battery-plant-strike", DUCK, "en", 2, 195, 1200, [TN, B], "",
  "Battery plant workers walk out in Spring Hill",
  "About 900 workers at the Alcyon Energy battery plant in Spring Hill walked out at the 10 p.m. shift change on Wednesday, the first strike at an electric-vehicle battery factory in Tennessee, their union said.",
  "Industrial Workers Alliance Local 812 is asking for a 14% raise over three years and better protection from solvent fumes on the coating line."),
 ("spring-hill-alcyon-battery-plant-strike", DUCK, "en", 2, 350, 800, [TN, B], "",
  "Strikers light barrel fires at Alcyon plant gates",
  "Striking battery workers kept warm around barrel fires at the three gates of the Alcyon Energy plant in Spring Hill through Wednesday night, while the company said its salaried staff would keep the formation rooms safe during the work stoppage.",
  "No talks were scheduled."),
 ("spring-hill-alcyon-battery-plant-strike", NORD, "fr", 2, 400, 300, [B, W], "afp",
  "Tennessee : grève dans l'usine de batteries d'Alcyon Energy",
  "Les ouvriers de l'usine de batteries du groupe français Alcyon Energy à Spring Hill, dans le Tennessee, ont cessé le travail mercredi soir pour réclamer des hausses de salaire et une meilleure protection contre les vapeurs de solvants, a indiqué leur syndicat.",
  "Ce débrayage, le premier dans une usine de batteries de l'Etat, menace l'approvisionnement d'un constructeur américain de pick-up électriques.",
  {"city": "Paris", "date_fr": "9 déc"}),
 ("spring-hill-alcyon-battery-plant-strike", WIRE, "en", 2, 254, 500, [B], "reuters_line",
  "Workers strike at Alcyon Energy's Tennessee battery plant",
  "Workers at French battery maker Alcyon Energy's plant in Tennessee went on strike on Wednesday over pay and exposure to solvent fumes, halting production of cells for electric pickup trucks, their union said.",
  "Alcyon said it had offered a 9% raise and was disappointed by the walkout."),

 # 6. Trial 1: former Metro Council member Desmond Pruitt found guilty of theft from a youth sports
 #    nonprofit, Davidson County Criminal Court jury; DA Renee Castellanos reacts.
 ("pruitt-youth-league-theft-verdict", COURT, "en", 2, 45, 2100, [NA, C, P], "",
  "Ex-council member Pruitt guilty of stealing from youth league",
  "A Davidson County Criminal Court jury found former Metro Council member Desmond Pruitt guilty on Wednesday evening of stealing more than $260,000 from a youth football and cheer league he founded in North Nashville.",
  "The jury deliberated for about six hours over two days."),
 ("pruitt-youth-league-theft-verdict", LEDGER, "en", 2, 160, 1500, [NA, C], "",
  "DA: Pruitt verdict 'a promise kept to those kids'",
  "District Attorney Renee Castellanos said on Wednesday night that the jury's verdict against Desmond Pruitt was \"a promise kept to those kids,\" and that her office would ask for prison time rather than probation.",
  "Pruitt's lawyer said he would appeal."),
 ("pruitt-youth-league-theft-verdict", AP, "en", 2, 355, 600, [US, C], "ap",
  "Former Nashville councilman convicted of theft from children's charity",
  "A former Nashville city council member was convicted Wednesday of taking grant money meant for a children's football program and spending it on a boat, a lake cabin and his own re-election campaign.",
  "He faces eight to 30 years in prison.",
  {"city": "Nashville"}),
 ("pruitt-youth-league-theft-verdict", BEACON, "en", 2, 505, 900, [NA], "",
  "Youth league parents relieved, but the money is gone",
  "Parents whose children played in the North Nashville Thunder youth league said on Wednesday night that the verdict brought relief but would not bring back the three seasons their kids played in donated helmets and borrowed jerseys.",
  "A new board now runs the league, which has about 300 players."),
 ("pruitt-youth-league-theft-verdict", COURT, "en", 2, 595, 500, [NA, C], "",
  "Pruitt to be sentenced Feb. 3, stays free on bond",
  "Judge Harriet Sowell set Desmond Pruitt's sentencing hearing for Feb. 3 and allowed him to remain free on bond, saying he had appeared at every hearing since his indictment in 2026.",
  ""),

 # 7. Trial 2: trial opens for Rusty Spur bar owner Garrett Lyle over the June 2026 rooftop railing
 #    collapse on Lower Broadway (two tourists killed), same court, DA Castellanos prosecutes.
 ("lower-broadway-rooftop-railing-trial", COURT, "en", 2, 60, 1600, [NA, C], "",
  "Trial opens for bar owner over deadly rooftop railing collapse",
  "The reckless homicide trial of Garrett Lyle, whose Lower Broadway bar lost part of its rooftop railing in June 2026, sending two tourists to their deaths, opened on Wednesday in Davidson County Criminal Court, where District Attorney Renee Castellanos told jurors he had ignored three warnings from his own contractor.",
  "Lyle, 52, owner of the Rusty Spur, has pleaded not guilty."),
 ("lower-broadway-rooftop-railing-trial", COURIER, "en", 2, 230, 1000, [NA, C], "",
  "Engineer testifies railing bolts were 'rusted through'",
  "A structural engineer told jurors on the first day of the Rusty Spur trial that the bolts holding the rooftop railing to the parapet were rusted through and that the railing could not have held the weight of a leaning adult.",
  "The defense said the bar had passed a city inspection six months before."),
 ("lower-broadway-rooftop-railing-trial", LEDGER, "en", 2, 470, 800, [NA], "",
  "Victims' families travel from Ohio for rooftop trial",
  "The parents of the two Ohio friends who fell from the Rusty Spur's roof sat in the front row of the courtroom on Wednesday holding framed photos of their sons, who were celebrating a 25th birthday when the railing gave way.",
  "The trial is expected to last eight days."),

 # 8. Accident 2: tower crane collapse at the East Bank stadium building site, about 4:15 p.m.
 #    Wednesday; one ironworker killed, two hurt (St. Brendan's Medical Center).
 ("east-bank-stadium-crane-collapse", TV, "en", 3, 15, 2400, [NA], "",
  "Worker killed in crane collapse at East Bank stadium site",
  "A construction worker was killed and two others were hurt when part of a tower crane collapsed at the site of the new East Bank stadium on Wednesday afternoon, the Nashville Fire Department said.",
  "The crane's boom fell across the north end of the site shortly after 4 p.m., crushing a work trailer."),
 ("east-bank-stadium-crane-collapse", BEACON, "en", 3, 140, 1300, [NA], "",
  "Crane victim was 44-year-old ironworker from Smyrna",
  "The worker killed when a crane boom gave way at the East Bank stadium site was Luis Arredondo, a 44-year-old ironworker from Smyrna and father of three, his union local said on Wednesday night.",
  "The two injured men were taken to St. Brendan's Medical Center, one with a broken pelvis."),
 ("east-bank-stadium-crane-collapse", UPI, "en", 3, 425, 500, [US], "upi",
  "Federal safety officials open probe into Nashville stadium crane failure",
  "Federal workplace safety investigators opened an inquiry into the failure of a tower crane that killed a worker at the site of a new football stadium in Nashville, Tenn., officials said Wednesday.",
  "The general contractor, Bellwether-Cole Builders, halted work on the site until further notice."),
 ("east-bank-stadium-crane-collapse", DISPATCH, "en", 3, 530, 1100, [NA, B], "",
  "Will the crane collapse delay the stadium's 2028 opening?",
  "Bellwether-Cole Builders said on Wednesday night it was too early to say whether the crane collapse would push back the East Bank stadium's opening, set for August 2028, but that the roof steel the crane was lifting was already two weeks behind schedule.",
  "The collapse came hours before the Metro Council's vote on bonds for the district around the stadium, and several council members opened the meeting with a moment of silence."),
 ("east-bank-stadium-crane-collapse", LEDGER, "en", 3, 670, 1600, [NA], "teaser",
  "Ironworkers gather at stadium gate to mourn colleague",
  "About 150 ironworkers and their families gathered at the main gate of the East Bank stadium site before sunrise on Thursday, hanging hard hats and white ribbons on the fence where Luis Arredondo had worked for 14 months.",
  "His local said it would hold a vigil on Friday evening."),

 # 9. Fire 2: a whiskey aging warehouse of Hollow Ridge Distilling burns in Lebanon (Wilson County),
 #    about 18,000 barrels, nobody hurt; owned by the Cognac house Maison Duvernay.
 ("lebanon-hollow-ridge-bourbon-warehouse-fire", CEDAR, "en", 2, 150, 1500, [TN], "",
  "Fire destroys bourbon warehouse at Hollow Ridge in Lebanon",
  "A fire destroyed a whiskey aging warehouse holding about 18,000 barrels at Hollow Ridge Distilling in Lebanon on Wednesday night, sending flames more than 100 feet into the air, Wilson County emergency officials said.",
  "No one was hurt, and firefighters let the building burn while keeping water on the two warehouses next to it."),
 ("lebanon-hollow-ridge-bourbon-warehouse-fire", NORD, "fr", 2, 540, 250, [B, W], "actu",
  "Incendie spectaculaire dans une distillerie de bourbon du Tennessee",
  "Un chai de vieillissement contenant quelque 18 000 fûts de bourbon a été entièrement détruit par les flammes mercredi soir dans une distillerie de Lebanon, dans le Tennessee, sans faire de blessé, selon les pompiers.",
  "La distillerie appartient depuis 2023 à la maison de cognac Maison Duvernay."),
 ("lebanon-hollow-ridge-bourbon-warehouse-fire", AP, "en", 2, 280, 900, [TN, US], "place",
  "Burning bourbon runs into creek as Tennessee rickhouse goes up in flames",
  "Flaming whiskey poured out of a collapsing rickhouse and into a creek behind a distillery in Middle Tennessee on Wednesday night as firefighters fought a blaze that lit up the sky for miles.",
  "The cause of the fire was not immediately known.",
  {"city": "Lebanon"}),
 ("lebanon-hollow-ridge-bourbon-warehouse-fire", CHAR, "fr", 2, 450, 500, ["Charente", B], "byline_fr",
  "Maison Duvernay perd un chai entier de bourbon aux Etats-Unis",
  "La maison de cognac jarnacaise Maison Duvernay a perdu dans la nuit de mercredi à jeudi l'un des six chais de sa distillerie de bourbon du Tennessee, soit environ un dixième de ses stocks de whiskey en vieillissement, a indiqué la direction du groupe.",
  "Le sinistre, dont l'origine reste inconnue, ne devrait pas perturber les ventes avant plusieurs années, les fûts détruits n'étant pas encore arrivés à maturité.",
  {"author": "Hélène Mercadier", "site": "Le Courrier de Charente", "date_fr": "9 déc"}),
 ("lebanon-hollow-ridge-bourbon-warehouse-fire", CEDAR, "en", 2, 620, 1000, [TN], "",
  "State warns of fish kill after whiskey spills into creek",
  "Tennessee environmental officials told Wilson County residents on Thursday to keep pets and livestock out of the creek behind Hollow Ridge Distilling, where whiskey from the burned warehouse is using up the oxygen in the water and killing fish.",
  "Crews were laying absorbent booms downstream at first light."),

 # 10. Vote 2: Rutherford County Commission to vote Thursday night on expanding Cedar Glade landfill.
 ("rutherford-cedar-glade-landfill-vote", STONES, "en", 1, 100, 900, [TN, P], "",
  "Rutherford commissioners to vote Thursday on landfill expansion",
  "The Rutherford County Commission will vote on Thursday night on whether to let the Cedar Glade Landfill near Walter Hill grow by 90 acres, a plan its owner says would keep it open until 2041.",
  "The commission's planning committee sent the plan to the full body without a recommendation."),
 ("rutherford-cedar-glade-landfill-vote", STONES, "en", 1, 335, 700, [TN], "",
  "Walter Hill neighbors say landfill smell keeps them indoors",
  "Residents of the subdivisions around the Cedar Glade Landfill said on Wednesday that the smell of garbage keeps their children inside on summer evenings, and that expansion would bring the edge of the dump within a quarter mile of an elementary school.",
  "A petition against the plan has about 4,100 signatures."),
 ("rutherford-cedar-glade-landfill-vote", DISPATCH, "en", 1, 590, 500, [TN, B], "",
  "Landfill owner promises odor controls if expansion passes",
  "Greenway Disposal Partners, which runs the Cedar Glade Landfill, said on Wednesday it would cover trash daily with foam and install a gas collection system if the county approves the expansion, and that without it the site would fill up in 2029.",
  ""),

 # 11. Trellis Health Partners (Brentwood) cuts 700 corporate jobs (shared byline line, post 54).
 ("trellis-health-brentwood-job-cuts", WIRE, "en", 1, 251, 400, [B], "reuters_line",
  "Trellis Health to cut 700 corporate jobs, move billing to Texas",
  "Trellis Health Partners, the hospital operator based in Brentwood, Tennessee, said on Wednesday it would cut about 700 corporate jobs and move its billing office to Dallas to save $85 million a year.",
  "The company's shares rose 4% after the close."),
 ("trellis-health-brentwood-job-cuts", TRADE, "en", 1, 370, 600, [TN, B], "",
  "Trellis cuts leave a Maryland Farm office tower half empty",
  "The job cuts announced by Trellis Health Partners will empty four of the eight floors it leases in a Maryland Farm office tower in Brentwood, adding to a glut of suburban office space south of Nashville.",
  "Brentwood's mayor said the city would help laid-off workers find jobs with other health companies in the county."),
 ("trellis-health-brentwood-job-cuts", BEACON, "en", 1, 545, 400, [NA, B], "",
  "Laid-off Trellis workers to get 16 weeks of pay",
  "Employees losing their jobs at Trellis Health Partners will receive 16 weeks of pay and six months of health coverage, according to a memo sent to staff on Wednesday evening.",
  ""),

 # 12-16. Filler: hockey result, weather bulletin, horoscope, lottery; promo alone.
 ("rivermen-comets-hockey-result", "rivermenreport.com", "en", 0, 225, 2600, ["Sports"], "",
  "Rivermen beat Comets 4-2 behind Lindahl's two goals",
  "Anders Lindahl scored twice in the third period and the Nashville Rivermen beat the St. Louis Comets 4-2 on Wednesday night for their fifth straight home win.",
  "Goaltender Pavel Kucera made 33 saves."),
 ("rivermen-comets-hockey-result", LEDGER, "en", 0, 250, 1300, ["Sports"], "",
  "Rivermen coach credits penalty kill after win",
  "The Rivermen's coach said his penalty killers won Wednesday's 4-2 game against St. Louis by holding the Comets scoreless on five power plays.",
  ""),
 ("weather-nashville-thu-dec9", "midtnweathernow.com", "en", 0, 660, 1800, ["Weather"], "",
  "Thursday forecast: freezing fog early, cloudy and chilly",
  "Nashville will start Thursday with patchy freezing fog and a low near 29 degrees before clouds take over and the high reaches 44, the National Weather Service said.",
  "Rain is likely on Friday night."),
 ("horoscope-thu-dec9", "honkytonkstars.com", "en", 0, 5, 900, ["Horoscope"], "",
  "Your horoscope for Thursday, Dec. 9",
  "Sagittarius, an old friend reaches out with an idea worth hearing, so answer the call even if your day is full.",
  "Capricorn: say yes to the smaller job. Aquarius: a late night pays off."),
 ("music-city-pick5-dec8", "tnlotterynumbers.info", "en", 0, 200, 1200, ["Lottery"], "",
  "Music City Pick 5 winning numbers for Wednesday",
  "The winning numbers in Wednesday night's Music City Pick 5 draw were 4, 12, 19, 28 and 35, and the $310,000 jackpot rolls over to Friday after no ticket matched all five.",
  "Two tickets sold in Knoxville matched four numbers."),
 ("promo-music-city-ledger-app", LEDGER, "en", 0, 8, 150, ["Promo"], "",
  "Get Music City Ledger breaking news on your phone",
  "Download the Music City Ledger app and turn on alerts to get breaking news, traffic and school closings from across Middle Tennessee the moment they happen.",
  "The app is free for subscribers and for everyone for the rest of December."),
]
