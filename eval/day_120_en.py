# Day 120 (hold-out): a Cleveland English channel (Cuyahoga County and northeast Ohio), morning
# edition of Thursday 20 January 2028 at 07:00 (window 19:00 Wednesday - 07:00 Thursday local,
# America/New_York = UTC-5 in January, no summer time then). Gold answer written before any run:
# each post's story, its lede (the true first sentence) and the TOP5 below. Every person, company
# and outlet is invented; the places are real.
#
# Traps:
# - one radio interview, two stories, same quote: Mayor Corinne Waddell on Erie Public Radio's
#   "The Shoreline Report" on Wednesday night, quoted about the Dock 22 warehouse fire (post 9) and
#   about the Lakeshore Mercy nurses' strike (post 17), both carrying "When people in this city are
#   scared, they deserve straight answers from whoever is in charge, tonight, not next week.";
# - a shared wire byline line ("Lakeline Wire | Updated: 01-19-2028 22:15 EST"): the Portage Tire
#   strike in Akron (post 22) and the Voltaris battery layoffs in Lordstown (post 52), three
#   minutes apart; both are jobs-at-a-plant stories with figures, unrelated;
# - the same hospital: Lakeshore Mercy Medical Center takes the Glenville fire's injured (post 2)
#   and is the hospital whose nurses strike (posts 15-20; post 18 says it took in the injured of
#   a deadly apartment fire, post 20 ends with a "Read more" line naming the Glenville fire);
# - the same town hall: Cleveland City Hall, where the nurses rally on the steps (post 15) and the
#   council votes the short-term rental tax inside on the same evening (posts 26-29); Mayor
#   Waddell is in the port fire (post 9), the strike (posts 15, 17) and the rental tax (post 29);
#   the Pruitt verdict's prosecutor warns "City Hall" in a title (post 35);
# - the same court: the Cuyahoga County Justice Center holds the Pruitt kickback verdict (posts
#   34-37) and the opening of the Lindgren Ponzi trial (posts 38-41) on the same Wednesday, with
#   Prosecutor Miriam Hollis-Grant in both (posts 35, 39);
# - the same port: the Port of Cleveland holds the Dock 22 warehouse fire (posts 8-14) and the port
#   board's vote on a ferry terminal at Dock 26 (posts 30-33; post 33 names the Dock 22 fire);
# - look-alike stories: two fires on the same night (the Ashbury Terrace senior tower in Glenville,
#   posts 1-7; the Dock 22 rubber warehouse, posts 8-14); two strikes (the Lakeshore Mercy nurses,
#   posts 15-20; the Portage Tire workers in Akron, posts 21-25, who strike after a vote); two
#   votes (the council's rental tax, posts 26-29; the port board's ferry terminal, posts 30-33);
#   two trials at one courthouse (posts 34-37, 38-41); two accidents in the lake-effect cold (the
#   I-90 charter bus rollover, posts 42-47; the Lake Erie ice floe rescue, posts 53-56); two plant
#   job stories (the tire strike; the battery layoffs, posts 48-52); the lake-effect whiteout of
#   the bus crash kept apart from the weather bulletin's lake-effect snow (post 59);
# - one night toll revised in the morning by a second source: the Glenville fire, two dead and
#   nine hurt per the fire division (posts 1-3) then three dead and 11 hurt per the medical
#   examiner (post 6); the bus crash, the driver dead and 19 hurt per the highway patrol (posts
#   42-45) then two dead and 24 hurt (posts 46-47);
# - stories told in two languages by different outlets with different words: the bus crash
#   ("charter bus", "rollover", "overturns", "crashes" / "autocar", "s'est renversé", "accident",
#   "bourrasque de neige"); the port fire ("fire", "blaze", "burning" / "incendie", "en feu");
#   the battery layoffs ("lay off", "cut", "idles", "trims" / "supprimer", "réduit la voilure");
#   other synonyms: "fire", "blaze" / "high-rise for older adults", "senior apartment tower";
#   "strike", "walkout", "picket lines"; "Ponzi scheme", "fraud", "swindle"; "bribes", "kickbacks";
# - furniture: update notes "This story has been updated to clarify ..." (post 6) and
#   "(Actualisé tout du long)" (post 47); a caption (post 2); a teaser (post 14); a donation appeal
#   (post 7); a French "Lire aussi" line naming the bus crash inside a port-fire post (post 13); a
#   "Read more" line naming the Glenville fire at the end of a strike post (post 20); bylines
#   (posts 50, 54); datelines of the AP-like, AFP-like, Reuters-like, UPI-like, "SEOUL:" and
#   "SHEFFIELD LAKE, Ohio" kinds;
# - stories told from other angles: the alarms that stayed silent (post 4), the space heater (post
#   5), how to help the residents (post 7), the mayor's demand (post 9), the port's west terminal
#   (post 10), the French operator's cost (posts 11, 12), smoke at home (post 14), the CEO's
#   figures (post 19), what patients need to know (post 20), pickets in the cold (post 23), the
#   salaried staff (post 24), the farm equipment makers (post 25), the hosts in the chamber (post
#   27), what hosts must do (post 28), Port Stanley's side (post 31), the skeptics (post 32), who
#   pays (post 33), the old ward's lots (post 37), the defense (post 39), the retired teachers (post
#   41), the Quebec town in mourning (post 47), the Korean partner (post 49), the French carmaker
#   (post 50), the village (post 51), the angler's account (post 54), the Coast Guard's warning
#   (post 55), what rescuers want you to know (post 56);
# - posts in French (French agency and French-language papers): posts 12, 13, 43, 45, 47, 50;
# - a promo posted alone (post 62); filler of importance 0: the Cavaliers result (posts 57-58),
#   the weather bulletin (post 59), the horoscope (post 60), the lottery draw (post 61).
NAME = "2028-01-20-en-morning-cleveland-h120"
CHANNEL = {"lang": "en", "tz": "America/New_York"}
WINDOW = ("2028-01-20T00:00:00Z", "2028-01-20T12:00:00Z")
CTX = {"stamp": "01-19-2028 22:15", "line": "Lakeline Wire | Updated: 01-19-2028 22:15 EST",
       "city": "Cleveland", "date_fr": "19 janv", "date_en": "Jan. 19",
       "author": "Monica Threlkeld", "clarify": "the number of residents hurt",
       "caption": "", "also": "", "country": "Ohio"}
# The editor's top 5: the Glenville senior tower fire, the I-90 bus crash with the Quebec hockey
# team, the Dock 22 warehouse fire, the Lakeshore Mercy nurses' strike, the Pruitt verdict.
TOP5 = ["glenville-senior-tower-fire-h120", "i90-hockey-bus-rollover-h120",
        "port-dock22-warehouse-fire-h120", "lakeshore-mercy-nurses-strike-h120",
        "pruitt-kickback-verdict-h120"]
OH = "Ohio"
CLE = "Cleveland"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
PLAIN = "cuyahogadaily.com"
LEDGER = "northcoastledger.com"
EAST = "eastsideherald.com"
BEACON = "westshorebeacon.com"
SUMMIT = "akronsummitpost.com"
GRAND = "grandrivertelegraph.com"
VALLEY = "mahoningvalleyjournal.com"
EPR = "eriepublicradio.org"
TV8 = "northcoast8.tv"
OBW = "ohiobusinessweekly.com"
LAKELINE = "lakeline-wire.com"
GLPS = "glps-wire.org"
CORNER = "cornerstonewire.com"
HEX = "agence-hexagone.fr"
RIVE = "lanouvellerive.ca"
USINES = "lechodesusines.fr"
COURT = "courtwatchohio.com"
HEALTH = "ohiohealthbeat.org"
CIVIC = "clevelandcivicbeat.org"
SHIPPER = "greatlakesshipper.com"
STANLEY = "portstanleybeacon.ca"
ASIA = "asiabizwire.com"
LORAIN = "lorainshorepress.com"
THU = {"date_fr": "20 janv", "date_en": "Jan. 20"}
QUOTE = ("\"When people in this city are scared, they deserve straight answers from whoever is in "
         "charge, tonight, not next week.\"")
POSTS = [
 # 1. Fire 1: Ashbury Terrace, a 10-story senior apartment tower on East 105th Street, Glenville,
 #    7:48 p.m.; two dead (fire division, night) -> three dead, 11 hurt (medical examiner, morning).
 #    "fire", "blaze", "inferno", "high-rise for older adults".
 ("glenville-senior-tower-fire-h120", EAST, "en", 3, 75, 3300, [OH, CLE], "",
  "Two dead in fire at Glenville senior apartment tower",
  "Two residents were killed and at least nine others were hurt when fire swept through the sixth floor of Ashbury Terrace, a 10-story apartment building for seniors on East 105th Street in Glenville, on Wednesday evening, the Cleveland Division of Fire said.",
  "The fire was reported at 7:48 p.m. and declared under control about an hour later, after firefighters carried several residents down smoke-filled stairs."),
 ("glenville-senior-tower-fire-h120", LEDGER, "en", 3, 130, 2600, [OH, CLE, H], "caption",
  "Injured Ashbury Terrace residents taken to Lakeshore Mercy",
  "Nine people hurt in the Ashbury Terrace blaze, most of them in their seventies and eighties, were taken to Lakeshore Mercy Medical Center, where three were listed in critical condition with burns and smoke inhalation, a hospital spokeswoman said late Wednesday.",
  "About 140 residents spent the night on cots in the gym of a nearby city recreation center.",
  {"caption": "Firefighters raise a ladder toward the sixth floor of the Ashbury Terrace senior apartments on East 105th Street in Cleveland's Glenville neighborhood on Wednesday night.",
   "site": "The North Coast Ledger"}),
 ("glenville-senior-tower-fire-h120", GLPS, "en", 3, 250, 1200, [US], "ap",
  "2 killed in fire at Cleveland high-rise for older adults",
  "A fire in a high-rise for older adults in Cleveland killed two people Wednesday night and forced dozens of residents, some of them in wheelchairs, to be carried or guided down dark stairwells, fire officials said.",
  "The 118-unit building is privately owned and rents mostly to tenants with housing vouchers.",
  {"city": "Cleveland"}),
 ("glenville-senior-tower-fire-h120", TV8, "en", 3, 380, 1800, [OH, CLE], "",
  "Ashbury Terrace tenants say hallway alarms stayed silent",
  "Several tenants of Ashbury Terrace said the alarm in their hallway never went off on Wednesday night and that they only learned of the fire when neighbors pounded on their doors, a claim the building's owner, Halbrook Senior Living, rejected.",
  "Halbrook said the alarm system had passed a city inspection in October and that it would hand its maintenance records to investigators."),
 ("glenville-senior-tower-fire-h120", EPR, "en", 3, 470, 1100, [OH, CLE], "",
  "Investigators examine space heater in sixth-floor apartment",
  "Cleveland fire investigators are examining a portable space heater found in the sixth-floor apartment where the Ashbury Terrace fire is believed to have started, a fire division spokesman said early Thursday.",
  "Tenants had complained for weeks that the building's heating was weak during the cold snap, according to a tenants' association letter sent to the owner in December."),
 ("glenville-senior-tower-fire-h120", PLAIN, "en", 3, 600, 2900, [OH, CLE], "updated",
  "Glenville fire toll rises to three as medical examiner names victims",
  "A third resident of the Ashbury Terrace senior apartments has died of injuries suffered in Wednesday evening's fire, the Cuyahoga County Medical Examiner's Office said early Thursday, bringing the toll to three.",
  "The victims were two women aged 84 and 79 and a man aged 91, all of whom lived on the sixth floor. Eleven people were hurt in all.",
  {"clarify": "that 11 people were hurt, not nine as first reported"}),
 ("glenville-senior-tower-fire-h120", LEDGER, "en", 3, 650, 1500, [OH, CLE], "donate",
  "How to help the displaced Ashbury Terrace residents",
  "Churches, neighbors and the Glenville community council are collecting warm coats, pill organizers and grocery cards for the roughly 140 Ashbury Terrace residents who cannot go home, and the city's Department of Aging has opened a hotline for relatives trying to reach them.",
  "The hotline is staffed around the clock. Donations are taken at the recreation center on East 105th Street from 8 a.m. to 8 p.m."),

 # 2. Fire 2: warehouse of synthetic rubber on Dock 22, Port of Cleveland, 8:35 p.m.; no one hurt;
 #    stay-indoors order for downtown, Ohio City, the near West Side; operator Vauclair (French).
 ("port-dock22-warehouse-fire-h120", PLAIN, "en", 3, 110, 3100, [OH, CLE], "",
  "Port warehouse fire sends black smoke over downtown; residents told to stay inside",
  "A fire tore through a warehouse stacked with synthetic rubber on Dock 22 at the Port of Cleveland on Wednesday night, sending a thick black plume over downtown and leading the city to tell people in downtown, Ohio City and the near West Side to stay indoors with their windows shut.",
  "No one was hurt, the fire division said; the six workers on the night shift got out on their own."),
 ("port-dock22-warehouse-fire-h120", EPR, "en", 3, 170, 2000, [OH, CLE, P], "",
  "Waddell wants to know what was burning on Dock 22",
  f"Mayor Corinne Waddell said on Wednesday night that she expected the operator of the Dock 22 warehouse to tell the city by morning exactly what was burning and why it was stored there, telling Erie Public Radio's \"The Shoreline Report\": {QUOTE}",
  "She said city air monitors had found no dangerous level of smoke particles at street level by 10 p.m."),
 ("port-dock22-warehouse-fire-h120", SHIPPER, "en", 3, 400, 700, [OH, B], "",
  "Dock 22 blaze closes port's west terminal to trucks",
  "The Port of Cleveland closed its west terminal to trucks until at least Friday after the overnight blaze at the Dock 22 warehouse, port officials said, though few ships call at the port in the middle of January.",
  "The warehouse, rebuilt in 2019, is leased by Vauclair Logistics, which handles rubber, steel coils and wind turbine blades on the lakefront."),
 ("port-dock22-warehouse-fire-h120", LAKELINE, "en", 3, 540, 500, [US, B], "reuters",
  "French logistics group Vauclair puts Cleveland fire cost at up to 30 million euros",
  "Vauclair Logistique said on Thursday the fire at its warehouse in the port of Cleveland would cost it up to 30 million euros before insurance, and its shares fell 4% in early trading in Paris.",
  "The company said it was cooperating with U.S. fire investigators and that the rubber belonged to two tire makers.",
  {"city": "Paris", "date_en": "Jan 20"}),
 ("port-dock22-warehouse-fire-h120", HEX, "fr", 3, 260, 400, [W, B], "afp",
  "Etats-Unis : un entrepôt du groupe Vauclair en feu dans le port de Cleveland",
  "Un violent incendie a ravagé mercredi soir un entrepôt exploité par le groupe de logistique français Vauclair dans le port de Cleveland, dans l'Ohio, sans faire de victime, a indiqué le groupe dans un communiqué diffusé dans la nuit.",
  "L'entrepôt stockait du caoutchouc synthétique destiné à des fabricants de pneumatiques, selon les pompiers de la ville, qui ont demandé aux habitants de plusieurs quartiers de rester chez eux.",
  {"city": "Lyon", "date_fr": "20 janv"}),
 ("port-dock22-warehouse-fire-h120", RIVE, "fr", 3, 470, 300, [W], "lire",
  "Cleveland : l'incendie d'un entrepôt portuaire maîtrisé au petit matin",
  "Les pompiers de Cleveland sont venus à bout peu avant 3 heures jeudi de l'incendie qui ravageait depuis la veille au soir un entrepôt de caoutchouc sur les quais du port, au bord du lac Érié.",
  "La consigne de confinement imposée à plusieurs quartiers du centre a été levée à 5 heures. L'entrepôt est exploité par une filiale du groupe lyonnais Vauclair.",
  {"also": "Ohio : un autocar transportant une équipe de hockey de Saint-Jean-sur-Richelieu se renverse sur l'autoroute 90"}),
 ("port-dock22-warehouse-fire-h120", LEDGER, "en", 3, 620, 2200, [OH, CLE, H], "teaser",
  "Stay-indoors order lifted: what to do if smoke got into your home",
  "The city lifted its stay-indoors order at 5 a.m. on Thursday, and the health department advised people who smelled smoke overnight to air out their homes, wipe dusty surfaces with a damp cloth and call a doctor if they have trouble breathing.",
  "Schools in the affected neighborhoods will open on time."),

 # 3. Strike 1: the 2,300 nurses of Lakeshore Mercy Medical Center; rally at City Hall, talks
 #    collapse at 10 p.m., walkout at 6 a.m. Thursday; "strike", "walkout", "picket lines".
 ("lakeshore-mercy-nurses-strike-h120", HEALTH, "en", 3, 20, 1400, [OH, CLE, H], "",
  "Lakeshore Mercy nurses rally at City Hall on eve of strike",
  "Hundreds of nurses in red scrubs rallied on the steps of Cleveland City Hall on Wednesday evening to ask Mayor Corinne Waddell to push Lakeshore Mercy Medical Center back to the bargaining table before their strike deadline of 6 a.m. Thursday.",
  "The nurses say understaffing leaves one nurse caring for as many as eight patients on some floors."),
 ("lakeshore-mercy-nurses-strike-h120", PLAIN, "en", 3, 190, 2700, [OH, CLE, H], "",
  "Talks collapse; 2,300 Lakeshore Mercy nurses to strike at dawn",
  "Contract talks between Lakeshore Mercy Medical Center and the union of its 2,300 nurses broke down shortly after 10 p.m. on Wednesday, and the nurses will walk off the job at 6 a.m. Thursday, the Northeast Ohio Nurses Association said.",
  "The hospital said it had hired 900 replacement nurses through a staffing agency for the five days of the planned strike."),
 ("lakeshore-mercy-nurses-strike-h120", EPR, "en", 3, 235, 1300, [OH, CLE, H, P], "",
  "Mayor presses hospital to be plain with patients about strike",
  f"Mayor Corinne Waddell said on Wednesday night that Lakeshore Mercy owed its patients a plain list of which operations would go ahead during the nurses' walkout, telling Erie Public Radio's \"The Shoreline Report\": {QUOTE}",
  "She said she had offered a room at City Hall as neutral ground for the two sides."),
 ("lakeshore-mercy-nurses-strike-h120", GLPS, "en", 3, 680, 800, [US, H], "ap",
  "Nurses strike at Cleveland hospital over staffing",
  "Nurses at one of Cleveland's largest hospitals went on strike Thursday morning, forming picket lines outside the emergency entrance as buses brought in replacement staff.",
  "The walkout is set to last five days. The hospital, which took in the injured from a deadly apartment fire the night before, said emergency care would continue.",
  {"city": "Cleveland"}),
 ("lakeshore-mercy-nurses-strike-h120", LEDGER, "en", 3, 300, 1000, [OH, CLE, H, B], "",
  "Hospital chief says ratio demand would cost $60 million a year",
  "Lakeshore Mercy's chief executive, Dr. Alan Fairweather, said on Wednesday night that the union's demand for fixed nurse-to-patient ratios would cost the hospital $60 million a year and force it to close beds rather than open them.",
  "The hospital says its nurses are already paid above the regional average."),
 ("lakeshore-mercy-nurses-strike-h120", TV8, "en", 3, 560, 1900, [OH, CLE, H], "",
  "Lakeshore Mercy strike: what patients need to know",
  "Lakeshore Mercy Medical Center will postpone non-urgent surgeries and close two outpatient clinics during the nurses' strike, but its emergency department, maternity ward and cancer center will stay open, the hospital said.",
  "Patients with appointments this week should expect a call by noon Thursday.\n\nRead more: Three dead in Ashbury Terrace senior apartment fire"),

 # 4. Strike 2: the Portage Tire & Rubber plant in East Akron, 1,100 workers, walkout at midnight.
 ("portage-tire-akron-strike-h120", SUMMIT, "en", 2, 150, 1500, [OH, B], "",
  "Portage Tire workers reject contract, set midnight strike",
  "Workers at Portage Tire & Rubber's East Akron plant voted by 78% on Wednesday to reject the company's final contract offer and will strike at midnight, their union local said.",
  "The dispute is over pension contributions and the company's plan to add a weekend shift."),
 ("portage-tire-akron-strike-h120", LAKELINE, "en", 2, 195, 400, [US, B], "reuters_line",
  "Portage Tire faces first U.S. strike in three decades",
  "About 1,100 hourly workers at Portage Tire & Rubber's plant in Akron, Ohio, will walk out at midnight after rejecting a four-year labor contract, the tire maker's first U.S. strike since 1997, the company said on Wednesday.",
  "The plant builds about 18,000 truck and farm tires a week."),
 ("portage-tire-akron-strike-h120", SUMMIT, "en", 2, 330, 1200, [OH], "",
  "Pickets and barrel fires at Portage Tire gates in 14-degree cold",
  "Striking tire builders lit barrel fires and set up pickets at all four gates of the Portage Tire & Rubber plant in East Akron just after midnight, as the temperature fell to 14 degrees.",
  "\"My grandfather built tires here and he retired on a pension you could live on,\" said Denise Karras, 47, who runs a curing press."),
 ("portage-tire-akron-strike-h120", CORNER, "en", 2, 410, 300, [US, B], "upi",
  "Akron tire maker says salaried staff will keep some lines running",
  "Portage Tire & Rubber said Thursday that managers and salaried engineers would keep two of the Akron plant's nine tire-building lines running during the walkout, which began at midnight after union members turned down the company's offer.",
  "The union called the move a stunt.",
  {"date_en": "Jan. 20"}),
 ("portage-tire-akron-strike-h120", OBW, "en", 2, 520, 500, [OH, B], "",
  "Akron tire strike could pinch farm equipment makers",
  "Farm equipment makers that buy their large tractor tires from Portage Tire & Rubber have about three weeks of stock before a long strike in Akron would slow their assembly lines, industry analysts said.",
  ""),

 # 5. Vote 1: Cleveland City Council's 5% tax on short-term rentals, special session at City Hall.
 ("cleveland-short-term-rental-tax-h120", PLAIN, "en", 2, 140, 1600, [OH, CLE, P], "",
  "Council approves 5% tax on short-term rentals",
  "Cleveland City Council voted 12-5 on Wednesday night to add a 5% tax to every short-term rental booked in the city, with the money set aside for home repair grants in neighborhoods where investors have bought up houses.",
  "The tax takes effect April 1 and is expected to raise about $3.6 million a year."),
 ("cleveland-short-term-rental-tax-h120", CIVIC, "en", 2, 210, 900, [CLE, P], "",
  "Hosts pack council chambers to fight new levy",
  "Dozens of people who rent out rooms and houses through booking apps packed the council chambers at City Hall on Wednesday to argue that the new levy would push travelers to stay in the suburbs.",
  "Councilwoman Teresa Obuya, who sponsored the measure, said Cleveland's lodging taxes were already lower than those of Columbus and Cincinnati."),
 ("cleveland-short-term-rental-tax-h120", BEACON, "en", 2, 450, 700, [CLE, B], "",
  "Rental tax: what Cleveland hosts must do by April",
  "Anyone renting out a house, apartment or room in Cleveland for stays shorter than 30 nights will have to register with the city's Division of Taxation by March 15 and collect the new 5% charge from guests starting April 1.",
  "Hosts whose booking platform collects taxes on their behalf still need to register."),
 ("cleveland-short-term-rental-tax-h120", LEDGER, "en", 2, 600, 900, [CLE, P], "",
  "Waddell will sign rental tax despite hotel group's plea",
  "Mayor Corinne Waddell will sign the short-term rental tax approved by council, her spokesman said on Thursday, turning down a request from a regional hotel and lodging association to veto it.",
  ""),

 # 6. Vote 2: the port authority board backs a $42 million ferry terminal at Dock 26 (Port Stanley).
 ("port-ferry-terminal-vote-h120", SHIPPER, "en", 1, 60, 800, [OH, B], "",
  "Port board backs Cleveland-Ontario ferry terminal",
  "The board of the Cleveland-Cuyahoga County Port Authority voted 7-2 on Wednesday to spend $42 million on a passenger and truck ferry terminal at Dock 26, clearing the way for a daily crossing to Port Stanley, Ontario, from the spring of 2030.",
  "Northshore Lake Lines, a Canadian operator, would run two ships on the crossing of about 60 miles."),
 ("port-ferry-terminal-vote-h120", STANLEY, "en", 1, 200, 300, [W, B], "",
  "Port Stanley cheers Cleveland vote on lake ferry",
  "Shop and restaurant owners in Port Stanley welcomed a vote in Cleveland on Wednesday to build a terminal for a cross-lake ferry, saying the service could bring tens of thousands of American visitors a year to the village.",
  "The Ontario side still needs to raise about $25 million for its own dock."),
 ("port-ferry-terminal-vote-h120", PLAIN, "en", 1, 320, 900, [OH, B, P], "",
  "Ferry skeptics on port board doubt ridership forecast",
  "Two port board members who voted against the ferry terminal said on Wednesday that the forecast of 260,000 passengers a year was unrealistic, noting that earlier attempts to run boats across Lake Erie had folded within a season or two.",
  "Board chairman Walter Szymanski said freight trucks would make the difference this time."),
 ("port-ferry-terminal-vote-h120", OBW, "en", 1, 410, 400, [OH, B], "",
  "Ferry terminal deal: who pays for what",
  "Of the $42 million for the ferry terminal, $30 million would come from port bonds repaid with docking fees and $12 million from a federal port infrastructure grant the authority won in 2027, according to documents presented to the board.",
  "The fire that broke out hours later in a Dock 22 warehouse is in a separate part of the port and does not affect the plan, a port spokeswoman said."),

 # 7. Trial 1: former councilman Anthony Pruitt guilty of taking demolition kickbacks (Justice
 #    Center, Judge Loretta Kasprzak, Prosecutor Miriam Hollis-Grant).
 ("pruitt-kickback-verdict-h120", COURT, "en", 3, 30, 2300, [OH, CLE, C, P], "",
  "Ex-councilman Pruitt guilty in demolition kickback case",
  "A Cuyahoga County jury found former Cleveland councilman Anthony Pruitt guilty on Wednesday of bribery and theft in office for taking $280,000 from demolition contractors who won city work in his ward.",
  "Pruitt, 58, was led out of the courtroom in handcuffs after Judge Loretta Kasprzak revoked his bond."),
 ("pruitt-kickback-verdict-h120", PLAIN, "en", 3, 100, 2000, [OH, CLE, C, P], "",
  "Prosecutor calls Pruitt verdict a warning to City Hall",
  "Cuyahoga County Prosecutor Miriam Hollis-Grant said on Wednesday evening that the verdict against Anthony Pruitt should tell every official in the city that \"a vacant lot is not a piggy bank\", and said her office was still reviewing other demolition contracts.",
  "Sentencing was set for Feb. 23."),
 ("pruitt-kickback-verdict-h120", GLPS, "en", 3, 280, 600, [US, C], "ap",
  "Former Cleveland council member convicted of taking bribes",
  "A former Cleveland City Council member was convicted Wednesday of taking cash, home renovations and a used SUV from contractors who tore down abandoned houses in his East Side ward.",
  "He faces up to 11 years in prison.",
  {"city": "Cleveland"}),
 ("pruitt-kickback-verdict-h120", EAST, "en", 3, 430, 900, [CLE], "",
  "In Pruitt's old ward, neighbors ask what became of the lots",
  "Residents of the streets where Anthony Pruitt steered demolition money said on Wednesday that many lots cleared under the scheme are still strewn with broken brick and that the new houses they were promised never came.",
  ""),

 # 8. Trial 2: Westlake adviser Trevor Lindgren, alleged $41 million Ponzi scheme (same courthouse,
 #    same prosecutor), opening statements.
 ("lindgren-ponzi-trial-h120", BEACON, "en", 2, 45, 1300, [OH, C, B], "",
  "Trial opens for Westlake adviser accused of $41 million fraud",
  "Prosecutors told jurors on Wednesday that Westlake financial adviser Trevor Lindgren paid early investors with money from later ones for nine years, taking $41 million from about 300 clients, many of them retired schoolteachers, as his trial opened at the Cuyahoga County Justice Center.",
  "Lindgren, 52, has pleaded not guilty to 64 counts, including securities fraud and theft from the elderly."),
 ("lindgren-ponzi-trial-h120", COURT, "en", 2, 180, 900, [OH, C], "",
  "Lindgren's lawyer blames bad loans, not a swindle",
  "Trevor Lindgren's defense lawyer told jurors his client was a poor investor but not a swindler, arguing that losses on commercial real estate loans, not a Ponzi scheme, wiped out his clients' savings.",
  "Prosecutor Miriam Hollis-Grant, who is trying the case herself, called as her first witness a 74-year-old retired teacher from Bay Village."),
 ("lindgren-ponzi-trial-h120", CORNER, "en", 2, 360, 300, [US, C], "upi",
  "Ohio adviser on trial in alleged Ponzi scheme that targeted teachers",
  "An Ohio investment adviser accused of running a Ponzi scheme that drained the retirement savings of hundreds of former teachers went on trial Wednesday in Cleveland.",
  ""),
 ("lindgren-ponzi-trial-h120", TV8, "en", 2, 480, 800, [OH, C], "",
  "Retired teachers fill courtroom: 'He came to our union meetings'",
  "Retired teachers who say they lost their savings to Trevor Lindgren filled three rows of the courtroom on Wednesday, several of them recalling how he pitched his fund at union meetings and church halls across the western suburbs.",
  "The trial is expected to last three weeks."),

 # 9. Accident 1: a charter bus with a Quebec university women's hockey team rolls over on I-90
 #    near Kingsville, Ashtabula County, 9:40 p.m.; driver dead, 19 hurt (highway patrol, night)
 #    -> two dead, 24 hurt (morning).
 ("i90-hockey-bus-rollover-h120", GRAND, "en", 3, 200, 2500, [OH], "",
  "Bus carrying hockey team overturns on I-90 in whiteout; driver killed",
  "The driver of a charter bus carrying a women's college hockey team from Quebec was killed and 19 people were hurt when the bus slid off Interstate 90 and rolled onto its side in a lake-effect whiteout near Kingsville in Ashtabula County on Wednesday night, the Ohio State Highway Patrol said.",
  "The westbound lanes were closed between the Pennsylvania line and Route 11."),
 ("i90-hockey-bus-rollover-h120", RIVE, "fr", 3, 300, 900, [W], "publie",
  "Accident d'autocar en Ohio : l'équipe de hockey du Haut-Richelieu touchée",
  "Un autocar qui transportait l'équipe féminine de hockey de l'Université du Haut-Richelieu s'est renversé mercredi soir sur une autoroute enneigée du nord-est de l'Ohio, un accident qui a coûté la vie au chauffeur et fait 19 blessés, selon la police de l'État.",
  "Les joueuses se rendaient à un tournoi universitaire à Cleveland.",
  {"site": "La Nouvelle Rive", "date_fr": "20 janv"}),
 ("i90-hockey-bus-rollover-h120", GLPS, "en", 3, 330, 1400, [US], "ap",
  "Driver dies as bus with Canadian hockey players crashes in Ohio snow squall",
  "A bus carrying a Canadian university women's hockey team crashed in a blinding snow squall on an Ohio interstate late Wednesday, killing the driver and injuring more than a dozen players and staff, authorities said.",
  "Three people were flown to a hospital in Erie, Pennsylvania.",
  {"city": "Kingsville"}),
 ("i90-hockey-bus-rollover-h120", HEX, "fr", 3, 420, 350, [W], "afp",
  "Ohio : un autocar de hockeyeuses québécoises accidenté dans une tempête de neige",
  "Le chauffeur d'un autocar a été tué et une vingtaine de personnes blessées mercredi soir aux Etats-Unis dans l'accident du véhicule qui transportait une équipe universitaire québécoise de hockey, pris dans une bourrasque de neige sur une autoroute de l'Ohio.",
  "Ottawa a indiqué que ses services consulaires étaient en contact avec les familles.",
  {"city": "Montréal", "date_fr": "20 janv"}),
 ("i90-hockey-bus-rollover-h120", LEDGER, "en", 3, 630, 2400, [OH], "",
  "I-90 bus crash: assistant coach dies, 24 hurt; highway reopens",
  "An assistant coach hurt in Wednesday night's bus rollover on Interstate 90 died early Thursday at a hospital in Erie, Pennsylvania, raising the toll to two, and the highway patrol said 24 people in all had been injured, more than first reported.",
  "Westbound I-90 reopened at 4:30 a.m. Troopers said the bus was traveling at about 55 mph when it drove into the squall."),
 ("i90-hockey-bus-rollover-h120", RIVE, "fr", 3, 690, 1100, [W], "actu",
  "Saint-Jean-sur-Richelieu en deuil après la mort d'une entraîneuse adjointe",
  "L'entraîneuse adjointe de l'équipe féminine de hockey de l'Université du Haut-Richelieu, Geneviève Trottier, a succombé jeudi matin à ses blessures après l'accident d'autocar survenu la veille en Ohio, a annoncé l'université.",
  "Une cellule de soutien psychologique a été ouverte sur le campus, et les matchs de l'équipe sont annulés jusqu'à nouvel ordre."),

 # 10. Voltaris Cells (French carmaker Sérac + Korea's Daeil) lays off 650 at its Lordstown battery
 #     plant (shared byline line, post 52). "lay off", "cut", "idles" / "supprimer".
 ("voltaris-lordstown-layoffs-h120", VALLEY, "en", 2, 15, 1700, [OH, B], "",
  "Voltaris to lay off 650 at Lordstown battery plant",
  "Voltaris Cells will lay off 650 of the 1,900 workers at its battery plant in Lordstown and shut one of its three production lines in March, the company told employees on Wednesday afternoon, blaming slow sales of electric pickups.",
  "Laid-off workers will get 60 days' pay and health coverage through June."),
 ("voltaris-lordstown-layoffs-h120", ASIA, "en", 2, 260, 200, [W, B], "colon",
  "Daeil Energy trims U.S. battery output as EV demand lags",
  "Daeil Energy will scale back output at its U.S. battery joint venture in Ohio and shift part of the plant to cells for energy storage, the South Korean company said on Thursday.",
  "",
  {"city": "Seoul"}),
 ("voltaris-lordstown-layoffs-h120", USINES, "fr", 2, 500, 300, [W, B], "byline_fr",
  "Batteries : Sérac réduit la voilure dans l'Ohio",
  "La coentreprise de batteries de Sérac Automobiles dans l'Ohio va supprimer 650 emplois sur 1 900 et arrêter une ligne de production, nouveau signe du coup de frein du marché américain de la voiture électrique.",
  "Le constructeur assure que ses projets de batteries en Europe ne sont pas concernés.",
  {"author": "Claire Vasseur", "site": "L'Écho des Usines"}),
 ("voltaris-lordstown-layoffs-h120", VALLEY, "en", 2, 640, 900, [OH, B, P], "",
  "Lordstown fears another blow after battery job cuts",
  "Lordstown's mayor said on Thursday the Voltaris layoffs would hit a village that had only just recovered from the closing of its car assembly plant, and asked the state to help laid-off workers find jobs at other plants in the Mahoning Valley.",
  ""),
 ("voltaris-lordstown-layoffs-h120", LAKELINE, "en", 2, 198, 350, [US, B], "reuters_line",
  "Voltaris Cells idles Ohio battery line, cuts a third of staff",
  "Voltaris Cells, the battery joint venture of French carmaker Sérac Automobiles and South Korea's Daeil Energy, said on Wednesday it would cut about a third of its Ohio workforce because demand for electric vehicles in North America remained weaker than planned.",
  "Daeil's shares fell 2% in Seoul on Thursday."),

 # 11. Accident 2: 17 ice anglers rescued from a drifting floe off Sheffield Lake, Lake Erie.
 ("lake-erie-ice-floe-rescue-h120", LORAIN, "en", 2, 25, 1800, [OH], "",
  "Coast Guard rescues 17 anglers from drifting ice off Sheffield Lake",
  "Seventeen ice anglers were rescued from a sheet of ice that broke away from the shore and drifted about a mile into Lake Erie off Sheffield Lake on Wednesday afternoon, the U.S. Coast Guard said.",
  "A Coast Guard helicopter lifted nine of them off the floe, and airboats from the Avon Lake and Lorain fire departments brought in the rest."),
 ("lake-erie-ice-floe-rescue-h120", BEACON, "en", 2, 120, 1100, [OH], "byline_en",
  "Stranded angler: 'It cracked like a rifle shot'",
  "One of the anglers stranded on the Lake Erie ice said the group heard a sharp crack at about 3:30 p.m. and within minutes saw a strip of open water widening between them and the shore.",
  "\"I've fished this shoreline for 30 years and I never saw it go that fast,\" said Ray Bilski, 63, of Elyria.",
  {"author": "Dana Kettering", "site": "The West Shore Beacon"}),
 ("lake-erie-ice-floe-rescue-h120", GLPS, "en", 2, 240, 400, [US], "place",
  "Coast Guard warns anglers off Lake Erie ice after mass rescue",
  "The U.S. Coast Guard urged anglers on Wednesday to stay off Lake Erie's ice west of Cleveland, saying southwest winds and a brief thaw had made the shelf unstable after 17 people had to be plucked from a drifting floe.",
  "One angler was treated for hypothermia.",
  {"city": "Sheffield Lake"}),
 ("lake-erie-ice-floe-rescue-h120", LORAIN, "en", 2, 520, 900, [OH], "",
  "Before you go out on the ice: what rescuers want you to know",
  "Rescuers say anglers should never go out on Lake Erie ice when the wind blows from the south or southwest, should carry ice picks, a whistle and a flotation suit, and should tell someone on shore where they will be.",
  "Four inches of clear ice is the minimum for a person on foot."),

 # 12-16. Filler: Cavaliers result, weather bulletin, horoscope, lottery; promo alone.
 ("cavaliers-pistons-result-h120", "landsportsdaily.com", "en", 0, 220, 2600, ["Sports"], "",
  "Cavaliers beat Pistons 112-104",
  "Terrence Obi scored 29 points and grabbed 11 rebounds as the Cleveland Cavaliers beat the Detroit Pistons 112-104 on Wednesday night for their fifth straight win.",
  "Cleveland led by as many as 19 in the third quarter."),
 ("cavaliers-pistons-result-h120", PLAIN, "en", 0, 250, 1300, ["Sports"], "",
  "Cavs coach credits defense for fifth straight win",
  "The Cavaliers' coach said after Wednesday's 112-104 win over Detroit that his team had won it on defense, holding the Pistons to 38% shooting in the first half.",
  ""),
 ("weather-cleveland-thu-jan20-h120", "lakeeffectweather.com", "en", 0, 660, 1700, ["Weather"], "",
  "Thursday forecast: cold, with lake-effect snow in the snowbelt",
  "Cleveland can expect a cloudy, cold Thursday with a high of 24 degrees, while bands of lake-effect snow will drop 2 to 5 inches on the eastern suburbs and Geauga County, the National Weather Service said.",
  "Friday will be mostly sunny with a high of 28."),
 ("horoscope-thu-jan20-h120", "northstarhoroscopes.com", "en", 0, 10, 900, ["Horoscope"], "",
  "Your horoscope for Thursday, Jan. 20",
  "Aquarius, an old friend reaches out with an idea worth hearing, so answer the call before you talk yourself out of it.",
  "Capricorn: finish what is on your desk. Pisces: a quiet evening does you good."),
 ("lakefront-lotto-jan19-h120", "ohiolotterywatch.com", "en", 0, 265, 1200, ["Lottery"], "",
  "Lakefront Lotto winning numbers for Wednesday, Jan. 19",
  "The winning numbers in Wednesday night's Lakefront Lotto draw were 5, 12, 19, 27, 34 and 44, and the jackpot grows to an estimated $3.1 million for Saturday after no ticket matched all six.",
  "A ticket sold in Parma matched five numbers."),
 ("promo-cuyahoga-daily-digital-h120", PLAIN, "en", 0, 5, 150, ["Promo"], "",
  "Read The Cuyahoga Daily for 99 cents a week",
  "Subscribe to The Cuyahoga Daily's digital edition for 99 cents a week for your first three months and get every Cleveland story, school closing and Browns column on your phone.",
  "Offer for new subscribers only, ends Jan. 31."),
]
