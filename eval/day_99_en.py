# Day 99 (hold-out): an Arizona English channel, morning edition of Thursday 21 October 2027
# (window 17:00 Wednesday - 05:00 Thursday Phoenix, America/Phoenix = UTC-7, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Governor Marisol Whitaker on KAZR 91.5's
#   "The Desert Hour" on Wednesday evening, quoted about the I-10 dust-storm pileup (post 4) and
#   about the Colorado River cuts (post 27), both carrying "We are done waiting on other people to
#   keep Arizonans safe, on our highways or at our taps.";
# - a shared wire byline line ("Wire West | Updated: 10-20-2027 18:45 MST"): Meridian
#   Semiconductor's fab delay (post 49) and the Globe copper smelter sale (post 53), unrelated;
# - the same hospital: Saguaro University Medical Center in Tucson takes the pileup's injured
#   (post 2) and is where the River Road cyclists were declared dead (trial, post 37);
# - the same town and the same building: Tucson City Hall, where sanitation workers strike
#   (posts 15-19) and where marchers protest the data-center water deal (posts 20-24) on the same
#   evening, with Mayor Elena Ruiz-Calder quoted in both (posts 16, 21); Tucson's two court stories
#   (the federal bribery verdict, posts 32-35; the River Road cyclists crash trial, posts 36-38),
#   with Pima County Attorney Dana Whitfield in both (a reaction in post 34; the prosecutor in
#   post 37);
# - the same port: the Mariposa Port of Entry in Nogales, with a fentanyl seizure in a tomato truck
#   (posts 39-41) and a produce-truck backlog after a customs computer outage (posts 42-44);
# - look-alike stories: two deadly accidents (the I-10 pileup, posts 1-7; the Grand Canyon West
#   helicopter crash, posts 8-14) plus a trial about an older road crash (posts 36-38); two trials
#   (posts 32-35, 36-38); a strike and a demonstration at one City Hall; two water stories (the
#   Colorado River cuts, posts 25-31; the data center's water, whose explainer names the river
#   cuts, post 22); two industrial stories (chip plant, posts 49-52; copper smelter, posts 53-55);
#   two votes scheduled (CAP board, post 28; Navajo council, posts 56-58; and the council vote in
#   post 21); the heat-deaths report (posts 45-48) kept apart from the weather bulletin (post 61);
#   a French helicopter post carries a "Lire aussi" line naming the pileup (post 12);
# - one night story revised in the morning by a second source: the pileup's toll, three dead
#   (Department of Public Safety, posts 1-4) then five dead and 27 hurt (Pinal County Sheriff's
#   Office, posts 5-6);
# - one story told in two languages by different agencies with different words: the helicopter
#   crash ("tour helicopter", "chopper", "crash" / "hélicoptère de tourisme", "accident",
#   "s'est abîmé", "chute"), the pileup ("pileup", "chain-reaction crash" / "carambolage"), the
#   river cuts ("cut" / "réduction de ses prélèvements");
# - stories told from other angles: the dust-storm how-to (post 7), the French victims from Annecy
#   (posts 11, 13), the tour operator grounded (post 14), what residents should do with their trash
#   (post 18), the data-center explainer (post 22), what the cuts mean for your bill (post 29), the
#   Gulf-owned alfalfa farms (post 30), the cyclists' families (post 38), help with cooling bills
#   (post 48), the suppliers' jobs (post 51), the Navajo families (post 57);
# - posts in French (agencies' French service and French-language papers): posts 3, 10, 11, 12,
#   13, 31, 55;
# - a promo posted alone (post 64); filler of importance 0: the Suns result (posts 59-60), the
#   weather bulletin (post 61), the horoscope (post 62), the lottery draw (post 63).
NAME = "2027-10-21-en-morning-phoenix-h99"
CHANNEL = {"lang": "en", "tz": "America/Phoenix"}
WINDOW = ("2027-10-21T00:00:00Z", "2027-10-21T12:00:00Z")
CTX = {"stamp": "10-20-2027 18:45", "city": "Phoenix", "date_fr": "20 oct", "date_en": "Oct. 20",
       "author": "Rosa Delgadillo", "clarify": "which lanes of Interstate 10 remain closed",
       "caption": "", "also": "", "country": "Arizona",
       "line": "Wire West | Updated: 10-20-2027 18:45 MST"}
# The editor's top 5: the I-10 pileup, the Grand Canyon helicopter crash, the Colorado River cuts,
# the Tucson sanitation strike, the Villasenor bribery verdict.
TOP5 = ["i10-picacho-dust-storm-pileup", "grand-canyon-west-helicopter-crash",
        "colorado-river-arizona-2028-cuts", "tucson-sanitation-workers-strike",
        "villasenor-bribery-verdict"]
AZ = "Arizona"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
LEDGER = "desertledger.com"
COURIER = "tucsoncourier.com"
SONORAN = "sonorandaily.com"
VALLEY = "valleydispatch.com"
PINE = "pinerecord.com"
BORDER = "nogalesbordertimes.com"
WIRE = "wire-west.com"
AP = "ap-like.org"
UPI = "upi-like.com"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
COURRIER = "courrierdusoir.fr"
ARAVIS = "echodesaravis.fr"
POSTS = [
 # 1. The I-10 dust-storm pileup near Picacho Peak: "pileup", "chain-reaction crash", "multi-vehicle
 #    collision", "carambolage"; three dead (DPS, night) -> five dead, 27 hurt (sheriff, morning).
 ("i10-picacho-dust-storm-pileup", VALLEY, "en", 3, 40, 3400, [AZ], "",
  "Dust storm triggers deadly pileup on I-10 near Picacho Peak",
  "At least three people were killed when a wall of dust swept across Interstate 10 near Picacho Peak on Wednesday afternoon and more than 20 cars, pickups and tractor-trailers slammed into one another, the Arizona Department of Public Safety said.",
  "Both directions of the interstate between Eloy and Marana were closed, and drivers were told to expect no reopening before Thursday morning."),
 ("i10-picacho-dust-storm-pileup", COURIER, "en", 3, 110, 2900, [AZ, H], "caption",
  "Pileup injured flown and driven to Tucson hospitals",
  "Eleven people hurt in Wednesday's chain-reaction crash on Interstate 10 were taken to Saguaro University Medical Center in Tucson, four of them by helicopter, a hospital spokesman said, as the Department of Public Safety put the toll at three dead.",
  "Two of the patients were in critical condition, and the hospital called in extra trauma staff for the night.",
  {"caption": "Wrecked tractor-trailers and cars lie across the eastbound lanes of Interstate 10 near Picacho Peak after Wednesday's dust storm.",
   "site": "The Tucson Courier"}),
 ("i10-picacho-dust-storm-pileup", NORD, "fr", 3, 180, 250, [US, W], "actu",
  "Arizona : un carambolage provoqué par une tempête de sable fait au moins trois morts",
  "Au moins trois personnes ont péri mercredi dans un carambolage impliquant une vingtaine de véhicules sur une autoroute du sud de l'Arizona, où une tempête de poussière a soudain réduit la visibilité à quelques mètres, selon la police de l'Etat.",
  "Ces tempêtes, appelées haboobs, sont fréquentes dans le désert de Sonora à la fin de l'été."),
 ("i10-picacho-dust-storm-pileup", SONORAN, "en", 3, 240, 2200, [AZ, P], "",
  "Whitaker orders review of I-10 dust warning system after crash",
  "Governor Marisol Whitaker ordered the Arizona Department of Transportation on Wednesday night to explain why the dust detection system on Interstate 10 did not slow traffic before the pileup near Picacho Peak, telling KAZR 91.5's \"The Desert Hour\": \"We are done waiting on other people to keep Arizonans safe, on our highways or at our taps.\"",
  "The system of sensors and variable speed-limit signs was switched on in 2024 along a 10-mile stretch near Eloy."),
 ("i10-picacho-dust-storm-pileup", AP, "en", 3, 560, 1900, [AZ, US], "ap",
  "Toll in Arizona dust storm crash rises to 5, sheriff says",
  "Five people were killed and 27 were injured in a chain-reaction crash involving 23 vehicles on Interstate 10 in a blinding dust storm, the Pinal County Sheriff's Office said early Thursday, raising the toll given overnight by state police.",
  "A woman and her teenage son died in a pickup crushed between two tractor-trailers, Sheriff Tom Lindqvist said.",
  {"city": "Eloy"}),
 ("i10-picacho-dust-storm-pileup", WIRE, "en", 3, 610, 800, [US], "updated",
  "Five dead, 27 hurt as dust storm causes Arizona highway pileup",
  "A dust storm that cut visibility to near zero caused a 23-vehicle pileup on Interstate 10 in southern Arizona, killing five people and injuring 27, the Pinal County sheriff said on Thursday, as crews worked through the night to clear the wreckage.",
  "The interstate, the main road between Phoenix and Tucson, reopened to westbound traffic shortly before 3 a.m."),
 ("i10-picacho-dust-storm-pileup", LEDGER, "en", 3, 660, 2400, [AZ], "teaser",
  "Caught in a dust storm? Pull aside, stay alive",
  "If a wall of dust is coming, pull off the pavement as far as you safely can, turn off all your lights, set the parking brake and take your foot off the brake pedal so nobody follows your taillights into you, the Arizona Department of Transportation told drivers after Wednesday's deadly crash.",
  "Keep your seat belt on and wait in the vehicle until the dust passes. Never stop in a travel lane."),

 # 2. Grand Canyon West tour helicopter crash: five dead, two of them French tourists from Annecy.
 #    "tour helicopter", "chopper", "crash" / "hélicoptère de tourisme", "s'est écrasé", "accident".
 ("grand-canyon-west-helicopter-crash", AP, "en", 3, 20, 2600, [AZ, US], "ap",
  "Tour helicopter crashes near Grand Canyon West, killing 5",
  "A tour helicopter crashed into a side canyon near Grand Canyon West on Wednesday afternoon, killing the pilot and four passengers, the Mohave County Sheriff's Office said.",
  "A sixth person, a passenger in the front seat, was pulled from the wreckage alive and flown to a hospital in Las Vegas.",
  {"city": "Peach Springs"}),
 ("grand-canyon-west-helicopter-crash", PINE, "en", 3, 95, 1800, [AZ], "",
  "FAA, NTSB send investigators to canyon chopper crash",
  "Federal investigators will reach the site of Wednesday's helicopter crash on the Hualapai reservation on Thursday morning, the National Transportation Safety Board said, as witnesses described the aircraft spinning before it dropped below the rim.",
  "The Eurocopter EC130 belonged to Canyon Skyline Tours, based in Boulder City, Nevada."),
 ("grand-canyon-west-helicopter-crash", NORD, "fr", 3, 170, 600, [W], "afp",
  "Deux Français tués dans un accident d'hélicoptère au Grand Canyon",
  "Deux touristes français figurent parmi les cinq victimes d'un hélicoptère de tourisme qui s'est écrasé mercredi dans le Grand Canyon, aux Etats-Unis, a indiqué le ministère français des Affaires étrangères.",
  "Le Quai d'Orsay a précisé que le consulat général de France à Los Angeles était en contact avec les familles.",
  {"city": "Paris", "date_fr": "21 oct"}),
 ("grand-canyon-west-helicopter-crash", ARAVIS, "fr", 3, 300, 900, [W], "byline_fr",
  "Grand Canyon : un couple d'Annecy parmi les victimes",
  "Le couple de retraités annéciens tué mercredi dans l'accident d'un hélicoptère au-dessus du Grand Canyon fêtait ses quarante ans de mariage, a-t-on appris auprès de leurs proches.",
  "Josiane et Bernard Perrotin, anciens enseignants, avaient offert ce vol à leur fils, qui a survécu.",
  {"author": "Mathilde Roussel", "site": "L'Écho des Aravis"}),
 ("grand-canyon-west-helicopter-crash", COURRIER, "fr", 3, 360, 700, [W], "lire",
  "Arizona : l'hélicoptère de tourisme s'est abîmé dans un canyon latéral",
  "L'hélicoptère qui transportait cinq passagers au-dessus du Grand Canyon a percuté une paroi rocheuse avant de s'abîmer au fond d'un canyon latéral, selon les premiers témoignages recueillis par les autorités du comté de Mohave.",
  "Le seul survivant, un Français de 38 ans, a été hospitalisé à Las Vegas dans un état grave.",
  {"also": "Arizona : un carambolage géant sur l'autoroute I-10 fait trois morts"}),
 ("grand-canyon-west-helicopter-crash", "lavoixdesalpes.fr", "fr", 3, 480, 400, [W], "soutien",
  "Haute-Savoie : émotion à Annecy après la mort d'un couple au Grand Canyon",
  "Le maire d'Annecy a fait part jeudi matin de sa « profonde tristesse » après la mort de deux habitants de la ville dans la chute d'un hélicoptère aux Etats-Unis, et une cellule d'écoute a été ouverte en mairie.",
  ""),
 ("grand-canyon-west-helicopter-crash", WIRE, "en", 3, 640, 500, [US, B], "reuters",
  "Grand Canyon tour operator grounds fleet after fatal crash",
  "Canyon Skyline Tours grounded its 14 helicopters on Thursday while federal investigators examine the wreckage of the aircraft that crashed near Grand Canyon West, killing five people, the company said.",
  "It was the third fatal tour helicopter accident at the Grand Canyon since 2018.",
  {"city": "Las Vegas", "date_en": "Oct 21"}),

 # 3. Strike: Tucson city sanitation workers walk out; rally at City Hall; Mayor Ruiz-Calder.
 #    "strike", "walkout", "stoppage", "job action".
 ("tucson-sanitation-workers-strike", COURIER, "en", 3, 10, 3100, [AZ], "",
  "Tucson trash collectors go on strike",
  "About 320 Tucson sanitation workers walked off the job at 5 p.m. on Wednesday after talks with the city over heat pay and staffing broke down, leaving garbage and recycling uncollected across the city, their union said.",
  "Local 1107 of the Municipal Employees Union wants a $4-an-hour premium for shifts over 100 degrees and 40 more drivers."),
 ("tucson-sanitation-workers-strike", SONORAN, "en", 3, 120, 2000, [AZ], "donate",
  "Strikers rally outside City Hall as mayor calls walkout 'premature'",
  "Several hundred striking sanitation workers in orange vests rallied on the steps of Tucson City Hall on Wednesday evening, hours after Mayor Elena Ruiz-Calder called their walkout premature and said the city's offer was still on the table.",
  "\"Nobody in this building works a ten-hour shift in a cab with no air conditioning,\" union president Raúl Ochoa told the crowd."),
 ("tucson-sanitation-workers-strike", AP, "en", 3, 300, 900, [US], "ap",
  "Tucson garbage strike could last weeks, union warns",
  "The union representing Tucson's garbage truck drivers said Wednesday night its members were ready to stay out for weeks, as Arizona's second-largest city began its first sanitation stoppage in more than 40 years.",
  "The city has about 1,000 garbage routes a week.",
  {"city": "Tucson"}),
 ("tucson-sanitation-workers-strike", VALLEY, "en", 3, 480, 1600, [AZ], "byline_en",
  "Tucson trash strike: what residents should do",
  "Tucson residents should keep their bins at home, bag food waste tightly and take bulky trash to the Los Reales landfill, which will stay open from 7 a.m. to 5 p.m. during the sanitation strike, the city's environmental services department said.",
  "Do not leave bags on the curb, where they draw coyotes and javelinas, officials said.",
  {"author": "Kevin Oyelaran", "site": "The Valley Dispatch"}),
 ("tucson-sanitation-workers-strike", COURIER, "en", 3, 650, 2300, [AZ, P], "",
  "City, striking trash workers to return to bargaining table Friday",
  "The City of Tucson and the union of its striking sanitation workers agreed early Thursday to resume talks on Friday morning with a federal mediator, City Manager Harold Quezada said.",
  "Ochoa said the strike would go on until a deal was signed."),

 # 4. Demonstration: march to Tucson City Hall against the "Project Saguaro" data center's water deal.
 ("tucson-data-center-water-march", SONORAN, "en", 2, 70, 1700, [AZ, B], "",
  "Hundreds march on City Hall against data center water deal",
  "Hundreds of people marched from Armory Park to Tucson City Hall on Wednesday evening to protest a deal that would sell a giant data center up to 1.5 billion gallons of city water a year, ahead of a council vote next month.",
  "Marchers carried plastic jugs and banners reading \"Our water, not their servers\"."),
 ("tucson-data-center-water-march", COURIER, "en", 2, 160, 1500, [AZ, P], "",
  "Ruiz-Calder meets data center protesters, promises public hearing",
  "Mayor Elena Ruiz-Calder came out to meet protesters opposed to the Project Saguaro data center on Wednesday night and promised a public hearing before the council votes on Halberd Cloud's water contract on Nov. 16.",
  "She said she had not yet decided how she would vote."),
 ("tucson-data-center-water-march", LEDGER, "en", 2, 400, 1300, [AZ, B], "",
  "Explainer: how much water does a data center use?",
  "A data center the size of Halberd Cloud's planned Project Saguaro campus on Tucson's south side can use as much water as 10,000 homes on a hot day, most of it evaporated in cooling towers, engineers say.",
  "Opponents point to the Colorado River cuts announced this week; the company says it will switch to air cooling for half the site by 2031."),
 ("tucson-data-center-water-march", WIRE, "en", 2, 530, 300, [US, B], "reuters",
  "Protesters challenge Halberd Cloud's $3 billion Arizona data center",
  "Protesters in Tucson, Arizona, on Wednesday urged city leaders to reject a water contract for Halberd Cloud's planned $3 billion data center, the latest local revolt against energy- and water-hungry computing sites in the drought-hit U.S. Southwest.",
  "Halberd Cloud said the project would create 400 permanent jobs.",
  {"city": "Tucson", "date_en": "Oct 20"}),
 ("tucson-data-center-water-march", VALLEY, "en", 2, 590, 700, [AZ], "",
  "Data center march ends peacefully, police say",
  "The march against the Project Saguaro data center ended peacefully shortly before 9 p.m. with no arrests, the Tucson Police Department said, estimating the crowd at about 1,200 people.",
  ""),

 # 5. Colorado River: Reclamation announces deeper 2028 cuts for Arizona; CAP board vote set.
 ("colorado-river-arizona-2028-cuts", LEDGER, "en", 3, 30, 3000, [AZ, P], "",
  "Arizona faces deepest Colorado River cut yet in 2028",
  "Arizona will lose 30% of its Colorado River water in 2028, the deepest cut the state has faced, after the U.S. Bureau of Reclamation projected on Wednesday that Lake Mead would fall below 1,040 feet by next summer.",
  "The cut falls almost entirely on the Central Arizona Project canal, which carries river water to Phoenix, Tucson and farms in Pinal County."),
 ("colorado-river-arizona-2028-cuts", WIRE, "en", 3, 90, 900, [US, B], "reuters",
  "U.S. deepens Colorado River cuts as Lake Mead shrinks",
  "The U.S. government on Wednesday ordered deeper cuts in Colorado River deliveries to Arizona, Nevada and Mexico for 2028, saying its reservoirs were shrinking faster than expected after a third straight dry winter in the Rocky Mountains.",
  "Nevada's share will fall 8% and Mexico's 10%."),
 ("colorado-river-arizona-2028-cuts", SONORAN, "en", 3, 250, 2100, [AZ, P], "",
  "Governor: Arizona 'done waiting' on river deal",
  "Governor Marisol Whitaker said on Wednesday night that Arizona would go to court if California did not accept a share of next year's Colorado River cuts, telling KAZR 91.5's \"The Desert Hour\": \"We are done waiting on other people to keep Arizonans safe, on our highways or at our taps.\"",
  "California officials said they would respond once they had read the projection."),
 ("colorado-river-arizona-2028-cuts", VALLEY, "en", 3, 420, 1400, [AZ, B], "",
  "CAP board to vote Nov. 4 on water rationing plan",
  "The Central Arizona Project's board will vote on Nov. 4 on how to share next year's smaller allocation among cities, tribes and farmers, board president Linda Marchetti said on Wednesday.",
  "Pinal County farmers, who lost most of their canal water in 2023, fear losing the rest."),
 ("colorado-river-arizona-2028-cuts", COURIER, "en", 3, 540, 1800, [AZ], "",
  "What the river cuts mean for your water bill",
  "Tucson Water customers could see bills rise by $4 to $7 a month from next July as the utility pumps more groundwater and buys costlier supplies to make up for the Colorado River cuts, the utility's director said.",
  "Phoenix said its rates would not change before 2029."),
 ("colorado-river-arizona-2028-cuts", "gulf-wire.com", "en", 3, 575, 150, [W, B], "kuna",
  "Gulf-owned alfalfa farms in Arizona face water limits",
  "Alfalfa farms owned by Gulf investors in western Arizona will face new pumping limits as the state tries to make up for next year's Colorado River cuts, Arizona officials said on Wednesday.",
  "The farms export most of their hay to feed dairy herds in the Gulf.",
  {"date_en": "Oct 20"}),
 ("colorado-river-arizona-2028-cuts", "lematinduquebec.ca", "fr", 3, 600, 200, [W, B], "publie",
  "Fleuve Colorado : l'Arizona privé de 30 % de son eau en 2028",
  "Les autorités fédérales américaines ont imposé mercredi à l'Arizona une réduction de 30 % de ses prélèvements dans le fleuve Colorado pour 2028, la plus sévère jamais décidée, en raison de la baisse du lac Mead.",
  "Le Mexique verra aussi sa part réduite de 10 %.",
  {"date_fr": "21 oct"}),

 # 6. Trial 1: former Pima County Supervisor Arturo Villasenor found guilty of bribery (federal).
 ("villasenor-bribery-verdict", COURIER, "en", 3, 50, 2700, [AZ, C, P], "",
  "Ex-supervisor Villaseñor guilty of taking bribes for county contracts",
  "A federal jury in Tucson found former Pima County Supervisor Arturo Villaseñor guilty on Wednesday of taking $410,000 in bribes from a paving contractor in exchange for county road contracts.",
  "The jury acquitted him of one count of money laundering after two days of deliberations."),
 ("villasenor-bribery-verdict", AP, "en", 3, 150, 800, [US, C], "ap",
  "Former Arizona county official convicted in bribery case",
  "A former elected official in Arizona's second-most-populous county was convicted Wednesday of accepting cash, a truck and a Mexican beach condo from a contractor who won more than $20 million in road work.",
  "Sentencing was set for Jan. 26. He faces up to 20 years.",
  {"city": "Tucson"}),
 ("villasenor-bribery-verdict", SONORAN, "en", 3, 290, 1200, [AZ, P], "",
  "County leaders react to Villaseñor verdict",
  "Pima County Attorney Dana Whitfield said on Wednesday that the verdict against former Supervisor Arturo Villaseñor showed \"nobody is above the rules they vote on\", and called for an outside audit of every road contract awarded since 2019.",
  "The Board of Supervisors will discuss the audit on Tuesday."),
 ("villasenor-bribery-verdict", VALLEY, "en", 3, 470, 600, [AZ, C], "",
  "Paving contractor who paid Villaseñor to be sentenced in December",
  "The Marana paving contractor who testified that he paid former Supervisor Arturo Villaseñor for road contracts will be sentenced on Dec. 9 under a plea deal, federal prosecutors said after Wednesday's verdict.",
  ""),

 # 7. Trial 2: the River Road cyclists crash trial (2026 crash, two cyclists killed), Pima County
 #    Superior Court, prosecutor Dana Whitfield.
 ("river-road-cyclists-crash-trial", COURIER, "en", 2, 60, 1600, [AZ, C], "",
  "Trial opens for driver accused of killing two cyclists on River Road",
  "The trial of a Tucson man accused of driving drunk and killing two cyclists on River Road in March 2026 opened on Wednesday in Pima County Superior Court, with prosecutors saying he was going 71 mph in a 40 mph zone.",
  "Colin Ashdown, 34, has pleaded not guilty to two counts of manslaughter."),
 ("river-road-cyclists-crash-trial", SONORAN, "en", 2, 210, 1000, [AZ, C], "",
  "ER doctor testifies on first day of River Road manslaughter trial",
  "An emergency physician at Saguaro University Medical Center told jurors on Wednesday that both cyclists hit on River Road were dead on arrival, as Pima County Attorney Dana Whitfield personally led the prosecution of driver Colin Ashdown.",
  "The defense says a malfunctioning traffic signal, not speed, caused the crash."),
 ("river-road-cyclists-crash-trial", LEDGER, "en", 2, 440, 800, [AZ], "",
  "Cyclists' families fill courtroom in yellow jerseys",
  "Relatives and friends of the two cyclists killed on River Road filled the public benches of the Pima County courtroom on Wednesday wearing yellow cycling jerseys, the color of the club both men rode with.",
  "The trial is expected to last two weeks."),

 # 8. Mariposa Port of Entry, Nogales: fentanyl seizure in a tomato truck.
 ("mariposa-fentanyl-seizure", BORDER, "en", 2, 80, 1400, [AZ, C], "",
  "Officers find 380 pounds of fentanyl pills in tomato truck at Nogales",
  "U.S. Customs and Border Protection officers at the Mariposa Port of Entry found about 380 pounds of fentanyl pills hidden under crates of tomatoes in a tractor-trailer on Wednesday afternoon, the agency said.",
  "The driver, a 29-year-old Mexican citizen, was arrested."),
 ("mariposa-fentanyl-seizure", UPI, "en", 2, 270, 500, [US, C], "upi",
  "CBP seizes 3.4 million fentanyl pills at Arizona border",
  "Border officers in Nogales, Ariz., seized an estimated 3.4 million fentanyl pills hidden in a produce shipment, one of the largest single seizures at the Mexican border this year, officials said Wednesday.",
  "The pills were found by a drug-sniffing dog during a secondary inspection."),
 ("mariposa-fentanyl-seizure", SONORAN, "en", 2, 500, 700, [AZ, C], "",
  "Nogales fentanyl bust linked to Sinaloa supply route, agents say",
  "Federal agents believe the fentanyl pills seized in a tomato truck in Nogales on Wednesday were bound for Phoenix stash houses run by a Sinaloa-based network, Homeland Security Investigations said.",
  ""),

 # 9. Mariposa Port of Entry, Nogales: produce trucks backed up after a Mexican customs outage.
 ("nogales-produce-truck-backlog", BORDER, "en", 1, 130, 1100, [AZ, B], "",
  "Produce trucks back up for miles at Nogales after customs outage",
  "Hundreds of produce trucks waited up to nine hours to cross into Nogales on Wednesday after a computer outage at Mexico's customs service stopped exports at the Mariposa Port of Entry for most of the day, the Border Produce Growers Association said.",
  "The line stretched about 6 miles south into Sonora."),
 ("nogales-produce-truck-backlog", AP, "en", 1, 340, 400, [US, B], "place",
  "Cucumbers and squash stuck at border as Mexico's customs system fails",
  "Truckloads of cucumbers, squash and peppers sat in the sun on the Mexican side of the border Wednesday after a failure of Mexico's customs computer system halted crossings, just as the winter vegetable season gets under way.",
  "Importers said some loads would have to be thrown away.",
  {"city": "Nogales"}),
 ("nogales-produce-truck-backlog", BORDER, "en", 1, 620, 600, [AZ, B], "",
  "Mariposa crossing back to normal after overnight push",
  "Mexican customs cleared the last of Wednesday's backlog of produce trucks shortly after 3 a.m. on Thursday, and waits at the Mariposa crossing were back under an hour, CBP's Nogales port director said.",
  ""),

 # 10. Maricopa County's preliminary heat deaths report for 2027.
 ("maricopa-heat-deaths-report", LEDGER, "en", 2, 100, 1900, [AZ, H], "",
  "Maricopa County counts 512 heat deaths so far in 2027",
  "At least 512 people died of heat-related causes in Maricopa County this year, and 180 more deaths are still under investigation, the county's public health department said in a preliminary report on Wednesday.",
  "Nearly half of the dead were homeless, and most indoor deaths happened in homes where the air conditioning was broken or switched off."),
 ("maricopa-heat-deaths-report", VALLEY, "en", 2, 230, 1200, [AZ, H, P], "",
  "Phoenix to keep cooling centers open longer after heat report",
  "Phoenix will keep its cooling centers open overnight from May to September next year, Vice Mayor Thomas Begay said on Wednesday after the county's report on heat deaths.",
  "The city will also hire 20 more outreach workers for people living outdoors."),
 ("maricopa-heat-deaths-report", WIRE, "en", 2, 380, 400, [US, H], "reuters",
  "Phoenix area heat deaths near record despite cooler summer",
  "Heat deaths in the Phoenix area are on track to come close to the record set in 2023, even though this summer was slightly cooler, county health officials said on Wednesday, blaming high power bills that lead people to turn off their air conditioners.",
  "",
  {"date_en": "Oct 20"}),
 ("maricopa-heat-deaths-report", SONORAN, "en", 2, 570, 800, [AZ, H], "",
  "How to get help with your cooling bill before next summer",
  "Households struggling to pay for air conditioning can apply now for next summer's utility assistance through the Arizona Department of Economic Security, and utilities will not cut off power for unpaid bills on days over 95 degrees, officials said after the county's heat report.",
  "Free repairs of broken air conditioners for seniors are available through the county's Area Agency on Aging."),

 # 11. Meridian Semiconductor delays its second north Phoenix fab (shared byline line, post 47).
 ("meridian-semiconductor-fab-delay", WIRE, "en", 2, 105, 600, [B, US], "reuters_line",
  "Meridian Semiconductor delays second Arizona chip plant to 2030",
  "Meridian Semiconductor said on Wednesday it would delay production at its second chip plant in north Phoenix until 2030, citing weak demand for older chips and a shortage of skilled technicians.",
  "The company's shares fell 3% in after-hours trading."),
 ("meridian-semiconductor-fab-delay", "pacificrimwire.com", "en", 2, 200, 300, [B, W], "colon",
  "Meridian pushes back Phoenix fab, keeps Asian expansion on track",
  "Meridian Semiconductor will go ahead with its new plant in Kaohsiung next year while pushing back the opening of its second factory in Arizona by two years, its chief executive told analysts on Wednesday.",
  "",
  {"city": "Taipei"}),
 ("meridian-semiconductor-fab-delay", LEDGER, "en", 2, 350, 1500, [AZ, B], "",
  "Chip plant delay worries north Valley suppliers",
  "Suppliers that opened workshops near Meridian Semiconductor's north Phoenix campus said on Wednesday that the two-year delay of its second factory would force them to cut jobs they had added for the expansion.",
  "About 2,200 people work at Meridian's first Phoenix plant."),
 ("meridian-semiconductor-fab-delay", VALLEY, "en", 2, 450, 700, [AZ, B, P], "",
  "Phoenix says Meridian tax breaks tied to hiring targets",
  "The City of Phoenix said on Wednesday that Meridian Semiconductor would lose part of its property tax abatement if its second plant did not employ 1,500 people by 2031.",
  ""),

 # 12. Globe copper smelter sold to a Swiss trader (shared byline line, post 51).
 ("globe-smelter-sale", WIRE, "en", 1, 108, 400, [B], "reuters_line",
  "Apache Basin Copper to sell Globe smelter to Swiss trader Lindenhof",
  "Apache Basin Copper agreed on Wednesday to sell its idled smelter in Globe, Arizona, to Swiss commodity trader Lindenhof Metals for $640 million, as it focuses on mining.",
  "Lindenhof said it would restart the smelter in 2029."),
 ("globe-smelter-sale", PINE, "en", 1, 390, 500, [AZ, B], "",
  "Globe cheers plan to restart shuttered smelter",
  "Globe city leaders welcomed on Wednesday a plan by Lindenhof Metals to restart the copper smelter that closed in 2025, saying it could bring back about 600 jobs to the mining town.",
  ""),
 ("globe-smelter-sale", ALPES, "fr", 1, 520, 150, [B, W], "ats",
  "Le négociant zougois Lindenhof rachète une fonderie de cuivre en Arizona",
  "Le négociant en matières premières Lindenhof Metals, basé à Zoug, a annoncé mercredi le rachat d'une fonderie de cuivre à l'arrêt à Globe, en Arizona, pour 640 millions de dollars.",
  "La fonderie doit traiter du concentré de cuivre venu du Chili et du Mexique.",
  {"city": "Zoug"}),

 # 13. Navajo Nation Council to vote on banning uranium ore trucks from its roads.
 ("navajo-uranium-haul-vote", "dinetahnews.com", "en", 2, 140, 900, [AZ, P], "",
  "Navajo Nation Council to vote Friday on uranium truck ban",
  "The Navajo Nation Council will vote on Friday on a bill that would ban trucks carrying uranium ore from roads on the reservation, Speaker Loretta Yazzie said on Wednesday.",
  "The trucks haul ore from a mine near the Grand Canyon to a mill in Utah."),
 ("navajo-uranium-haul-vote", PINE, "en", 2, 320, 1000, [AZ], "",
  "Families along Highway 89 ask council to stop ore trucks",
  "Families living along U.S. Highway 89 in Cameron and Tuba City urged Navajo lawmakers on Wednesday to stop uranium ore trucks from driving through their communities, some of which still live with waste from Cold War mining.",
  "\"We buried our fathers from that dust,\" said Anita Begaye, 67."),
 ("navajo-uranium-haul-vote", AP, "en", 2, 580, 300, [US], "ap",
  "Uranium miner says Navajo truck ban would break federal law",
  "The company hauling uranium ore across the Navajo Nation said Wednesday that a proposed ban would violate federal rules on interstate highways and that it would go to court if the tribal council approves it.",
  "",
  {"city": "Window Rock"}),

 # 14. Filler: Suns result, weather bulletin, horoscope, lottery, promo.
 ("suns-trail-blazers-result", "valleysportsnow.com", "en", 0, 270, 2800, ["Sports"], "",
  "Suns beat Trail Blazers 118-109 in home opener",
  "Marcus Tilley scored 31 points and the Phoenix Suns pulled away in the fourth quarter to beat the Portland Trail Blazers 118-109 in their home opener on Wednesday night.",
  "Phoenix outscored Portland 34-20 in the final period."),
 ("suns-trail-blazers-result", VALLEY, "en", 0, 300, 1400, ["Sports"], "",
  "Suns coach happy with bench after opener win",
  "The Suns' coach praised his bench after Wednesday's 118-109 win over Portland, saying the second unit had \"changed the night\" with a 14-2 run in the second quarter.",
  ""),
 ("weather-phoenix-thu", "azweathertoday.com", "en", 0, 650, 1700, ["Weather"], "",
  "Thursday forecast: sunny and warm, breezy afternoon",
  "Phoenix can expect sunny skies on Thursday with a high of 91 degrees and afternoon gusts up to 25 mph, the National Weather Service said, while Tucson will reach 88.",
  "Flagstaff will be clear and cool, with a high of 64."),
 ("horoscope-thu-oct21", "sonorastars.com", "en", 0, 15, 900, ["Horoscope"], "",
  "Your horoscope for Thursday, Oct. 21",
  "Libra, a conversation you have been putting off goes better than you fear, so have it before lunch and enjoy the rest of the day.",
  "Scorpio: a small win at work. Sagittarius: check the small print before you sign."),
 ("desert-lotto-oct20", "azlotteryresults.com", "en", 0, 250, 1300, ["Lottery"], "",
  "Desert Lotto winning numbers for Wednesday, Oct. 20",
  "The winning numbers in Wednesday night's Desert Lotto draw were 3, 9, 17, 26, 33 and 41, and the jackpot rolls over to an estimated $4.5 million for Saturday after no ticket matched all six.",
  "A ticket sold in Yuma matched five numbers."),
 ("promo-desert-ledger-morning", LEDGER, "en", 0, 5, 200, ["Promo"], "",
  "Start your day with The Desert Ledger's Morning Brief",
  "Sign up for The Desert Ledger's Morning Brief and get the day's top Arizona news, traffic alerts and the forecast in your inbox by 6 a.m., free.",
  "Go to desertledger.com/brief to subscribe."),
]
