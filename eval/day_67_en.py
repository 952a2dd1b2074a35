# Day 67 (hold-out): an Alaska English channel, evening edition of Wednesday 17 March 2027
# (window 07:00 - 19:00 Wednesday Anchorage, America/Anchorage = AKDT, UTC-8, summer time from
# 14 March 2027). Gold answer written before any run: each post's story, its lede (the true first
# sentence) and the TOP5 below. Every outlet, person, company and event is invented.
#
# Traps:
# - one radio interview, two stories, same quote: Gov. Marla Tennyson on KNLT 750's "Alaska Morning
#   Line" on Wednesday morning, quoted about the Seward Highway avalanche (post 3) and about the
#   House dividend vote (post 26), both carrying "Nobody in this state gets left stranded, not on
#   the highway and not at the end of the month.";
# - a shared wire byline line ("Wire West | Updated: 03-17-2027 11:48 AKDT"): the brown bear
#   poaching sentence (post 41) and the Nigliq West first oil (post 57), three minutes apart,
#   unrelated stories;
# - the same hospital: Cook Inlet Regional Medical Center in Anchorage takes the avalanche's
#   rescued driver (post 2) and is a measles exposure site (posts 50-53; post 51 says it also took
#   in the avalanche survivor);
# - the same town: Bethel holds the cargo plane crash (posts 46-49) and the elders' reaction to the
#   Kuskokwim Supreme Court ruling (post 43); Fairbanks holds the senior apartment fire (posts 8-13)
#   and the Yukon salmon closure (posts 60, 62); the same port: Dutch Harbor / Unalaska holds the
#   crabber fire (posts 30-33; post 32 names the Aleutian Pride plant the boat was to deliver to)
#   and the walkout at that Aleutian Pride plant (posts 34-37);
# - look-alike stories: two fires (the Fairbanks senior apartment fire; the crab boat fire at Dutch
#   Harbor); two strikes (Anchorage school bus drivers, posts 14-18; seafood processors in
#   Unalaska); two court cases on one day (the federal poaching sentence in Anchorage, posts 38-41;
#   the Alaska Supreme Court subsistence ruling, posts 42-45); two snow emergencies with troopers
#   and helicopters (the avalanche, posts 1-7; the missing snowmachiner found alive near Hatcher
#   Pass, posts 54-56, whose post 56 mentions the avalanche warning); two salmon-and-villages
#   stories (the Kuskokwim ruling; the Yukon king salmon ban, posts 60-64); two aircraft in the
#   bush (the Bethel crash; the guide's plane in the poaching case); oil money in the first-oil
#   story (post 59) next to the dividend vote; a French "Lire aussi" line in the avalanche story
#   naming the Iditarod (post 7);
# - synonyms across outlets: "avalanche", "slide", "snow slide"; "fire", "blaze"; "strike",
#   "walkout", "walk off the job", "stopped work"; "snowmachine", "snowmobile"; "king salmon",
#   "chinook"/"quinnat"; "dividend", "PFD check", "chèque pétrolier";
# - stories told from other angles: getting to and from the Kenai Peninsula (post 5), how to help
#   the fire's residents (post 13), what parents need to know (post 16), Nome's celebration (post
#   21), Saint-Raymond's celebration (post 24), what the dividend means for a household (post 27),
#   the crab boat's owner (post 33), the Manila families (post 36), the hunting law explainer (post
#   40), what the ruling changes (post 45), the villages waiting for freight (post 49), what to do
#   if exposed (post 52), the beacon advice (post 56), the state's oil revenue (post 59), Fort
#   Yukon (post 62) and Dawson (post 64);
# - posts in French (the agencies' French service, a Swiss agency, a Quebec and a Yukon paper):
#   posts 7, 20, 22, 24, 28, 63, 64;
# - a promo posted alone (post 69); filler of importance 0: the state basketball final (posts
#   65-66), the weather bulletin (post 67), the horoscope (post 68).
NAME = "2027-03-17-en-evening-anchorage-h67"
CHANNEL = {"lang": "en", "tz": "America/Anchorage"}
WINDOW = ("2027-03-17T15:00:00Z", "2027-03-18T03:00:00Z")
CTX = {"stamp": "03-17-2027 11:48", "city": "Anchorage", "date_fr": "17 mars",
       "date_en": "March 17", "author": "Jenna Okpik",
       "clarify": "the time the avalanche struck and the number of vehicles caught",
       "caption": "", "also": "", "country": "Alaska",
       "line": "Wire West | Updated: 03-17-2027 11:48 AKDT"}
# The editor's top 5: the Seward Highway avalanche, the deadly Fairbanks senior apartment fire, the
# House dividend vote, the Anchorage school bus strike, the Bethel cargo plane crash.
TOP5 = ["seward-highway-avalanche", "fairbanks-senior-apartment-fire", "pfd-house-budget-vote",
        "anchorage-school-bus-strike", "bethel-cargo-plane-crash"]
AK = "Alaska"
US = "U.S."
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Courts"
S = "Sports"
COURIER = "midnightsuncourier.com"
HERALD = "cookinletherald.com"
SENT = "tananavalleysentinel.com"
GAZ = "juneaugazette.com"
DELTA = "deltavoice.org"
BEACON = "beringstraitsbeacon.com"
ALEUT = "aleutianwatch.com"
MATSU = "matsuvalleytimes.com"
AIR = "akairwaves.org"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
POSTS = [
 # 1. Avalanche across the Seward Highway near Bird Point: "avalanche", "slide", "snow slide";
 #    three vehicles caught; one driver rescued, two missing -> one found dead -> both dead;
 #    highway closed, reopening Thursday at the earliest.
 ("seward-highway-avalanche", COURIER, "en", 3, 20, 4200, [AK], "",
  "Avalanche buries Seward Highway near Bird Point, two missing",
  "An avalanche swept across the Seward Highway near Bird Point early Wednesday, burying at least three vehicles under snow up to 20 feet deep and leaving two people missing, Alaska State Troopers said.",
  "The slide came down from the slopes above Turnagain Arm at about 5:40 a.m., troopers said. The highway is closed between Potter Marsh and Girdwood."),
 ("seward-highway-avalanche", HERALD, "en", 3, 95, 3100, [AK, H], "caption",
  "Driver pulled alive from avalanche debris on Turnagain Arm",
  "Rescuers dug a pickup driver out alive from the avalanche debris on the Seward Highway on Wednesday morning, more than two hours after the slide buried his truck, and he was flown to Cook Inlet Regional Medical Center in Anchorage with a broken leg and hypothermia.",
  "Crews from Girdwood Fire and Rescue used probes and a search dog to find the truck, said Chief Dale Haverly.",
  {"caption": "Rescuers probe a wall of avalanche snow across the Seward Highway near Bird Point on Wednesday morning while a state Department of Transportation loader waits.",
   "site": "The Cook Inlet Herald"}),
 ("seward-highway-avalanche", AIR, "en", 3, 150, 2600, [AK, P], "",
  "Governor: crews will work round the clock to reopen the highway",
  "Gov. Marla Tennyson said on Wednesday that state crews would work through the night to clear the avalanche from the Seward Highway, telling KNLT 750's \"Alaska Morning Line\": \"Nobody in this state gets left stranded, not on the highway and not at the end of the month.\"",
  "The governor said she had asked the Department of Transportation to look at a snow shed over the worst stretch of the road, an idea first studied in the 1990s."),
 ("seward-highway-avalanche", AP, "en", 3, 290, 1800, [AK, US], "ap",
  "One dead, one missing after avalanche hits Alaska highway",
  "Searchers found the body of a woman in a car buried by an avalanche on Alaska's Seward Highway on Wednesday, and were still looking for a second motorist as more snow threatened the slopes above the road, state troopers said.",
  "The highway is the only road link between Anchorage and the Kenai Peninsula.",
  {"city": "Girdwood"}),
 ("seward-highway-avalanche", COURIER, "en", 3, 360, 3300, [AK], "donate",
  "Highway closed: how to get to and from the Kenai Peninsula",
  "With the Seward Highway shut at Bird Point until Thursday at the earliest, the Alaska Railroad will run an extra train between Anchorage and Girdwood on Wednesday evening and Thursday morning, and commuter airlines flying to Kenai and Homer have added seats, the state Department of Transportation said.",
  "Fuel and grocery trucks will be let through first when the road opens. Check 511 before you drive."),
 ("seward-highway-avalanche", WIRE, "en", 3, 610, 1400, [AK, US], "updated",
  "Alaska avalanche death toll rises to two as second body found",
  "Rescuers found the body of a second motorist on Wednesday evening in the snow that buried part of Alaska's main road to the Kenai Peninsula, raising the death toll from the avalanche to two, state troopers said.",
  "The man, 58, from Soldotna, was found in his van about 40 feet from the road, where the snow slide had pushed it. Troopers said the names would be released after relatives were told."),
 ("seward-highway-avalanche", NORD, "fr", 3, 650, 300, [US, W], "lire",
  "Alaska : une avalanche fait deux morts sur la route du Kenai",
  "Une avalanche a fait deux morts mercredi en ensevelissant trois véhicules sur la Seward Highway, seule route reliant Anchorage à la péninsule de Kenai, en Alaska, a annoncé la police d'État.",
  "Un troisième conducteur a été dégagé vivant après plus de deux heures sous la neige. La route devrait rester coupée au moins jusqu'à jeudi.",
  {"also": "Iditarod : la Québécoise Émilie Thibodeau remporte la course de chiens de traîneau"}),

 # 2. Fire 1: Chena Ridge Senior Apartments, Fairbanks, Tuesday night at -28F: "fire", "blaze";
 #    two dead -> three dead; 46 residents displaced; injured at Tanana Valley Memorial Hospital.
 ("fairbanks-senior-apartment-fire", SENT, "en", 3, 10, 3900, [AK], "",
  "Two dead as fire sweeps Fairbanks senior apartments in deep cold",
  "Two elderly residents died and 46 others were forced out into 28-below weather when fire swept through the Chena Ridge Senior Apartments in Fairbanks late Tuesday, the Fairbanks Fire Department said.",
  "Neighbors took residents into their cars and homes to keep them warm until city buses arrived."),
 ("fairbanks-senior-apartment-fire", COURIER, "en", 3, 80, 2200, [AK], "teaser",
  "Fairbanks fire: water froze in hoses as crews fought the blaze",
  "Firefighters battling the blaze at a Fairbanks senior housing complex had to swap out hoses that froze solid in the cold and fight the fire from the outside after part of the roof came down, Fire Chief Renata Olsen said Wednesday.",
  "The fire started on the second floor shortly before 11 p.m., the chief said."),
 ("fairbanks-senior-apartment-fire", AP, "en", 3, 210, 1300, [AK, US], "ap",
  "2 killed in fire at Alaska senior housing as temperatures plunge",
  "A fire at an apartment building for older adults in Fairbanks killed two people late Tuesday, and more than 40 residents were taken to a shelter as temperatures fell to 28 degrees below zero, officials said.",
  "Five people were treated at Tanana Valley Memorial Hospital, mostly for smoke inhalation.",
  {"city": "Fairbanks"}),
 ("fairbanks-senior-apartment-fire", SENT, "en", 3, 330, 2800, [AK, H], "",
  "Third resident dies after Chena Ridge fire",
  "An 84-year-old woman rescued from the Chena Ridge Senior Apartments died at Tanana Valley Memorial Hospital on Wednesday afternoon, bringing the number of dead in Tuesday night's fire to three, the Fairbanks Fire Department said.",
  "State fire marshals are looking at a space heater in a second-floor unit as a possible cause."),
 ("fairbanks-senior-apartment-fire", WIRE, "en", 3, 400, 700, [AK, US], "reuters",
  "Alaska apartment fire kills three older residents",
  "Three people died after a fire tore through a housing complex for older adults in Fairbanks, Alaska, in extreme cold on Tuesday night, local officials said on Wednesday.",
  "", {"city": "Fairbanks"}),
 ("fairbanks-senior-apartment-fire", SENT, "en", 3, 520, 2100, [AK], "",
  "How to help the Chena Ridge residents",
  "The Red Cross shelter at the Goldstream Community Center is asking for new winter boots, warm socks and prescription reading glasses rather than used clothes, and cash donations can be made through the Fairbanks Seniors Fund, organizers said Wednesday.",
  "Volunteers with a car are needed to drive residents to pharmacy and bank appointments."),

 # 3. Strike 1: Anchorage school bus drivers of Arctic Transit Services walk out; "strike",
 #    "walkout"; 17,000 students without buses; talks Thursday.
 ("anchorage-school-bus-strike", COURIER, "en", 3, 5, 3600, [AK], "",
  "School bus drivers strike, leaving 17,000 Anchorage students without a ride",
  "About 220 drivers for Arctic Transit Services, the company that runs Anchorage School District buses, went on strike Wednesday morning over pay and winter safety, leaving about 17,000 students without a ride to school.",
  "The drivers' union, Transit Workers Local 412, says its members have gone two years without a raise."),
 ("anchorage-school-bus-strike", HERALD, "en", 3, 130, 1700, [AK], "byline_en",
  "Attendance drops as bus strike hits Anchorage schools",
  "Attendance fell by almost a fifth at Anchorage's middle and high schools on the first day of the bus drivers' walkout, with the lowest numbers in East Anchorage and Muldoon, the school district said Wednesday.",
  "Absences caused by the strike will be excused, Superintendent Carla Westbrook said.",
  {"author": "Tom Ashby", "site": "The Cook Inlet Herald"}),
 ("anchorage-school-bus-strike", AIR, "en", 3, 240, 1500, [AK], "",
  "Bus strike: what parents need to know",
  "Families who cannot get their children to school during the drivers' strike can use People Mover buses for free by showing a student ID, and schools will open their doors at 7:30 a.m. for early drop-offs, the Anchorage School District said.",
  "Students with special transportation needs will get taxi vouchers; parents should call their school's office."),
 ("anchorage-school-bus-strike", COURIER, "en", 3, 420, 2400, [AK], "",
  "Arctic Transit and drivers' union to meet Thursday",
  "Arctic Transit Services and the union representing its striking school bus drivers agreed on Wednesday afternoon to return to the table Thursday with a federal mediator, the company said.",
  "The company has offered a 4% raise; the union is asking for 9% and studded tires on every bus."),
 ("anchorage-school-bus-strike", AP, "en", 3, 560, 600, [AK, US], "ap",
  "Anchorage school bus drivers walk off job",
  "School bus drivers in Alaska's largest city walked off the job on Wednesday, saying their wages had fallen behind and that the buses they drive on icy roads were poorly maintained.",
  "", {"city": "Anchorage"}),

 # 4. The Iditarod: Quebec musher Émilie Thibodeau wins in Nome; a Swiss musher third.
 ("iditarod-nome-finish", BEACON, "en", 2, 195, 3500, [AK, S], "",
  "Thibodeau wins the Iditarod, first Quebecer to reach the burled arch first",
  "Émilie Thibodeau of Saint-Raymond, Quebec, drove her team of 10 dogs under the burled arch on Front Street in Nome at 10:14 a.m. Wednesday to win the 55th Iditarod Trail Sled Dog Race, the first musher from Quebec to do so.",
  "She finished in 8 days, 19 hours and 14 minutes, about three hours ahead of Kotzebue's Wade Nayokpuk."),
 ("iditarod-nome-finish", NORD, "fr", 2, 235, 500, [W, S], "afp",
  "Iditarod : la Québécoise Émilie Thibodeau remporte la course de chiens de traîneau",
  "La musheuse québécoise Émilie Thibodeau a remporté mercredi l'Iditarod, la célèbre course de chiens de traîneau de plus de 1 600 km à travers l'Alaska, une première pour le Québec.",
  "Originaire de Saint-Raymond, près de Québec, la musheuse de 34 ans avait terminé quatrième l'an dernier.",
  {"city": "Montréal"}),
 ("iditarod-nome-finish", BEACON, "en", 2, 300, 1900, [AK], "caption",
  "Nome turns out on Front Street for the new champion",
  "Hundreds of people lined Front Street in the morning cold to cheer Émilie Thibodeau into Nome, and children from Nome Elementary held up a banner in French reading \"Bravo Émilie\".",
  "Thibodeau's lead dogs, Pipo and Maska, were given the traditional garland of yellow roses.",
  {"caption": "Émilie Thibodeau hugs her lead dog under the burled arch on Front Street in Nome on Wednesday morning.",
   "site": "The Bering Straits Beacon"}),
 ("iditarod-nome-finish", "agence-alpes.ch", "fr", 2, 470, 200, [W, S], "ats",
  "Iditarod : le Grison Reto Ammann termine troisième en Alaska",
  "Le musher grison Reto Ammann a pris mercredi la troisième place de l'Iditarod, la course de chiens de traîneau longue de plus de 1 600 kilomètres en Alaska, son meilleur résultat.",
  "Le Suisse de 41 ans, éleveur de chiens à Samedan, a franchi la ligne à Nome un peu plus de six heures après la gagnante québécoise.",
  {"city": "Coire"}),
 ("iditarod-nome-finish", AP, "en", 2, 540, 800, [AK, S], "ap",
  "Quebec musher wins Iditarod; Swiss musher takes third",
  "Émilie Thibodeau became the first musher from Quebec to win the Iditarod on Wednesday, and Switzerland's Reto Ammann crossed the finish line in Nome in third place hours later.",
  "", {"city": "Nome"}),
 ("iditarod-nome-finish", "lecourrierdunord.qc.ca", "fr", 2, 600, 700, [W, S], "publie",
  "Saint-Raymond fête sa championne de l'Iditarod",
  "Les cloches de l'église de Saint-Raymond ont sonné mercredi midi pour saluer la victoire d'Émilie Thibodeau à l'Iditarod, et la municipalité prépare une fête pour son retour de l'Alaska le mois prochain.",
  "Le maire a promis de donner son nom à la piste de traîneau du parc régional.",
  {"site": "Le Courrier du Nord"}),

 # 5. The Permanent Fund dividend and the budget: House vote set for Thursday; $1,380 dividend.
 ("pfd-house-budget-vote", GAZ, "en", 3, 60, 2300, [AK, P], "",
  "House sets Thursday vote on budget with $1,380 dividend",
  "The Alaska House will vote Thursday on an operating budget that pays a Permanent Fund dividend of $1,380 this fall, after the Finance Committee advanced the bill 7-4 late Tuesday, House Speaker Ben Kashevarof said.",
  "The Senate has backed a $1,000 dividend, setting up a fight over the difference in the final weeks of the session."),
 ("pfd-house-budget-vote", AIR, "en", 3, 160, 1600, [AK, P], "",
  "Tennyson says $1,380 dividend is too small",
  "Gov. Marla Tennyson said on Wednesday that a dividend of $1,380 shortchanged Alaskans facing high heating and grocery bills, and called again for a payment of $1,800, telling KNLT 750's \"Alaska Morning Line\": \"Nobody in this state gets left stranded, not on the highway and not at the end of the month.\"",
  "The governor did not say whether she would veto a smaller amount."),
 ("pfd-house-budget-vote", COURIER, "en", 3, 380, 2900, [AK], "",
  "What a $1,380 PFD check would mean for your household",
  "A family of four would receive $5,520 this October if the House's dividend of $1,380 survives the Senate, about $1,400 less than last year, and the money counts as taxable income on federal returns.",
  "Applications for the 2027 dividend close March 31 for adults and children alike."),
 ("pfd-house-budget-vote", NORD, "fr", 3, 500, 150, [US], "actu",
  "Alaska : les élus divisés sur le montant du chèque pétrolier versé aux habitants",
  "La Chambre des représentants de l'Alaska doit voter jeudi un budget prévoyant un dividende de 1 380 dollars par habitant, versé chaque automne grâce aux revenus d'un fonds alimenté par le pétrole, un montant jugé trop faible par la gouverneure.",
  "Le Sénat de l'État défend un chèque de 1 000 dollars.",
  {"city": "Juneau"}),
 ("pfd-house-budget-vote", GAZ, "en", 3, 640, 1200, [AK, P], "",
  "Minority caucus readies amendments ahead of dividend vote",
  "House minority members filed 31 amendments to the operating budget on Wednesday evening, most of them seeking to raise the dividend by cutting road maintenance and state travel, ahead of Thursday's floor vote.",
  "Floor debate is set to start at 10 a.m."),

 # 6. Fire 2: crab boat Aleutian Dawn burns at the dock in Dutch Harbor; six crew escape.
 ("dutch-harbor-crabber-fire", ALEUT, "en", 2, 40, 1800, [AK], "",
  "Crab boat burns at Dutch Harbor dock, crew escapes",
  "Fire broke out in the engine room of the crab boat Aleutian Dawn while it was tied up at the Spit Dock in Dutch Harbor early Wednesday, and all six crew members got off safely, the Unalaska Department of Public Safety said.",
  "One deckhand with burns to his hands was flown to Anchorage."),
 ("dutch-harbor-crabber-fire", WIRE, "en", 2, 260, 400, [AK, B], "reuters",
  "U.S. Coast Guard monitors fuel sheen after Alaska crab boat fire",
  "The U.S. Coast Guard said on Wednesday it was monitoring a light diesel sheen in the harbor at Unalaska, Alaska, after a fire gutted a 130-foot crab fishing vessel carrying about 9,000 gallons of fuel.",
  "A boom was placed around the vessel, the Coast Guard said.",
  {"city": "Unalaska", "date_en": "March 17"}),
 ("dutch-harbor-crabber-fire", ALEUT, "en", 2, 440, 1100, [AK], "",
  "Aleutian Dawn fire out after 10 hours; cargo lost",
  "Firefighters put out the last of the fire aboard the crabber Aleutian Dawn in the middle of Wednesday afternoon, about 10 hours after it started, and the boat's catch of about 60,000 pounds of snow crab was lost, the owner said.",
  "The boat had been due to offload at the Aleutian Pride Seafoods plant later in the week."),
 ("dutch-harbor-crabber-fire", "seattlemaritimepost.com", "en", 2, 590, 500, [B], "",
  "Owner of burned crabber says season is over for the boat",
  "The Seattle owner of the Aleutian Dawn said Wednesday the boat would not fish again this season after the engine-room fire in Dutch Harbor, leaving its crew without work for the rest of the snow crab opener.",
  "The 1979-built vessel is insured, the company said."),

 # 7. Strike 2: about 400 workers walk out at the Aleutian Pride Seafoods plant in Unalaska.
 ("unalaska-processors-walkout", ALEUT, "en", 2, 120, 1500, [AK, B], "",
  "Hundreds of processors walk off the line at Aleutian Pride",
  "About 400 workers at the Aleutian Pride Seafoods plant in Unalaska stopped work on Wednesday morning in the middle of the pollock season, saying the company owed them weeks of overtime and had left their dormitory without heat for five days.",
  "The plant processes up to a million pounds of pollock a day at the height of the season."),
 ("unalaska-processors-walkout", WIRE, "en", 2, 280, 500, [B, US], "reuters",
  "Workers halt Alaska seafood plant in pay dispute",
  "Workers at one of the largest seafood processing plants in Alaska's Aleutian Islands walked off the job on Wednesday over unpaid overtime and living conditions, halting pollock production, a worker representative said.",
  "Aleutian Pride Seafoods said the overtime would be paid by Friday.",
  {"city": "Unalaska", "date_en": "March 17"}),
 ("unalaska-processors-walkout", "manilacourier.ph", "en", 2, 450, 900, [W], "colon",
  "Filipino workers join Alaska plant walkout, families ask for help",
  "Families of Filipino seafood workers at a plant in Unalaska, Alaska, asked the Department of Migrant Workers on Thursday to check on their relatives, who joined a walkout over unpaid overtime and a dormitory without heat.",
  "About 150 of the plant's workers were hired through agencies in Manila and Iloilo.",
  {"city": "Manila"}),
 ("unalaska-processors-walkout", ALEUT, "en", 2, 620, 1200, [AK, B], "",
  "Heat restored in dorm, but Aleutian Pride workers stay out",
  "Aleutian Pride Seafoods restored heat to its workers' dormitory on Wednesday afternoon, but the workers who walked out in the morning said they would not return to the processing lines until the overtime they are owed is in their bank accounts.",
  "Unalaska's mayor offered the city council chambers for talks."),

 # 8. Court case 1: guide Darrell Voss sentenced in federal court in Anchorage for killing brown
 #    bears on the Alaska Peninsula the same day he flew.
 ("brown-bear-poaching-sentence", COURIER, "en", 2, 180, 1700, [AK, C], "",
  "Hunting guide gets 20 months for shooting brown bears the day he flew",
  "A federal judge in Anchorage sentenced hunting guide Darrell Voss to 20 months in prison on Wednesday for leading clients to shoot seven brown bears on the Alaska Peninsula on the same day they were spotted from his plane.",
  "U.S. District Judge Helen Marrow also fined Voss $150,000 and barred him from guiding for life."),
 ("brown-bear-poaching-sentence", HERALD, "en", 2, 310, 1000, [AK, C], "",
  "Voss apologizes in court: 'I let the money decide'",
  "Darrell Voss told the court before he was sentenced that he had let wealthy clients' money decide how he hunted, and asked to keep his pilot's license so he could fly supplies for his village.",
  "The judge said the request was for the Federal Aviation Administration, not her court."),
 ("brown-bear-poaching-sentence", MATSU, "en", 2, 470, 800, [AK], "",
  "Same-day airborne hunting: what the law says",
  "In Alaska it is illegal to hunt a big game animal on the same day you have flown in a small plane, except for deer, and the rule is meant to stop hunters from spotting animals from the air and landing next to them, the Department of Fish and Game says.",
  "Hunters who fly to camp must wait until 3 a.m. the next day before hunting."),
 ("brown-bear-poaching-sentence", WIRE, "en", 2, 285, 300, [US, C], "reuters_line",
  "Alaska guide jailed for illegal brown bear hunts",
  "An Alaska hunting guide was sentenced to 20 months in prison on Wednesday for helping out-of-state clients kill brown bears after spotting them from the air, in violation of federal wildlife law.",
  "Prosecutors said clients paid up to $38,000 per hunt."),

 # 9. Court case 2: Alaska Supreme Court, Kuskokwim subsistence fishing; tribes must be
 #    consulted before closures.
 ("kuskokwim-subsistence-ruling", GAZ, "en", 2, 90, 1100, [AK, C], "",
  "Supreme Court: state must consult tribes before closing Kuskokwim fishing",
  "The Alaska Supreme Court ruled 3-2 on Wednesday that the Department of Fish and Game broke state law when it closed the lower Kuskokwim River to subsistence net fishing in June 2025 without first consulting the tribes along the river.",
  "The ruling does not reopen the 2025 season but applies to future closures."),
 ("kuskokwim-subsistence-ruling", DELTA, "en", 2, 200, 1400, [AK], "",
  "Bethel elders cheer Supreme Court ruling on salmon",
  "Elders gathered at the Bethel Cultural Center on Wednesday morning to listen to the Alaska Supreme Court ruling read aloud in Yup'ik and English, and many wept when they heard that the state must now sit down with the tribes before it shuts the Kuskokwim to their nets.",
  "\"Our grandparents fished this river before there was a state,\" said Martha Nicolai, one of the plaintiffs."),
 ("kuskokwim-subsistence-ruling", AIR, "en", 2, 350, 900, [AK, C], "",
  "Fish and Game 'reviewing' Kuskokwim decision",
  "The Department of Fish and Game said on Wednesday it was reviewing the Supreme Court's ruling on Kuskokwim closures and would meet with tribal councils before the king salmon run begins in June.",
  "The department cannot appeal a decision of the state's highest court."),
 ("kuskokwim-subsistence-ruling", COURIER, "en", 2, 480, 1000, [AK], "",
  "What the Kuskokwim ruling changes for this summer",
  "Before it can close the lower Kuskokwim to gillnets this summer, the state will have to give the river's tribal councils written notice and at least 72 hours to respond, unless fish are in immediate danger, lawyers for both sides said after Wednesday's ruling.",
  "Sport fishing rules are not affected."),

 # 10. A Tundra Air Freight cargo plane crashes after takeoff from Bethel; pilot killed.
 ("bethel-cargo-plane-crash", DELTA, "en", 3, 70, 2700, [AK], "",
  "Cargo plane crashes on takeoff from Bethel",
  "A Tundra Air Freight cargo plane crashed on the tundra about a mile from the end of the runway shortly after taking off from Bethel at about 8:05 a.m. Wednesday, and the pilot was missing, Bethel police said.",
  "The single-engine plane was carrying groceries and mail to Kwethluk and Akiachak."),
 ("bethel-cargo-plane-crash", AP, "en", 3, 180, 1100, [AK, US], "place",
  "Pilot killed in cargo plane crash in western Alaska",
  "The pilot of a small cargo plane was killed when the aircraft crashed just after takeoff on Wednesday morning, Alaska State Troopers said.",
  "The National Transportation Safety Board said two investigators would arrive on Thursday.",
  {"city": "Bethel"}),
 ("bethel-cargo-plane-crash", "united-press-like.com", "en", 3, 330, 300, [US], "upi",
  "NTSB sends team to Alaska cargo crash",
  "The National Transportation Safety Board is sending investigators to western Alaska after a Cessna Caravan cargo plane crashed near Bethel, killing its pilot, the agency said Wednesday.",
  "Visibility at the airport was under a mile in blowing snow at the time."),
 ("bethel-cargo-plane-crash", DELTA, "en", 3, 500, 1600, [AK], "donate",
  "Villages wait for groceries and medicine after crash",
  "Stores in Kwethluk and Akiachak ran short of milk and fresh food on Wednesday after the crash of the Tundra Air Freight plane that was to supply them, and the regional clinic asked other carriers to fly in prescriptions, village leaders said.",
  "Tundra Air Freight grounded its fleet for the day."),

 # 11. Measles: one case in Anchorage; exposures at the airport and at Cook Inlet Regional
 #     Medical Center's emergency department; free vaccine clinic.
 ("anchorage-measles-exposure", HERALD, "en", 2, 140, 2000, [AK, H], "",
  "Measles case confirmed in Anchorage, first in three years",
  "The Anchorage Health Department confirmed a case of measles on Wednesday in an unvaccinated adult who had returned from a trip abroad, the first case in the city since 2024.",
  "Health officials are contacting people who may have been exposed."),
 ("anchorage-measles-exposure", COURIER, "en", 2, 250, 1900, [AK, H], "",
  "Measles: airport and hospital emergency room listed as exposure sites",
  "People who were at the north terminal of Ted Stevens Anchorage International Airport on the afternoon of March 12, or in the emergency department of Cook Inlet Regional Medical Center on the evening of March 14, may have been exposed to measles, the health department said.",
  "The hospital, which took in the avalanche survivor on Wednesday, said its emergency department remains open."),
 ("anchorage-measles-exposure", AIR, "en", 2, 430, 1500, [AK, H], "",
  "Think you were exposed to measles? Here is what to do",
  "Anyone who was at one of the exposure sites and develops a fever, rash, cough or red eyes within 21 days should call a doctor before going in, so staff can keep other patients safe, the Anchorage Health Department said.",
  "A free vaccine clinic will be held Saturday from 10 a.m. to 4 p.m. at the health department on C Street."),
 ("anchorage-measles-exposure", "united-press-like.com", "en", 2, 550, 250, [US, H], "upi",
  "Alaska reports measles case, airport exposure",
  "Health officials in Alaska said Wednesday that a traveler with measles passed through Anchorage's main airport last week, and urged unvaccinated people to get a shot.",
  ""),

 # 12. The missing snowmachiner found alive near Hatcher Pass.
 ("hatcher-pass-snowmachiner-rescue", MATSU, "en", 1, 100, 2100, [AK], "",
  "Missing Wasilla snowmachiner found alive after two nights",
  "A Wasilla man who went missing on his snowmachine near Hatcher Pass on Monday was found alive on Wednesday morning by an Alaska Air National Guard helicopter crew, Alaska State Troopers said.",
  "Kyle Brandt, 27, had built a snow cave after his machine broke down in the upper Little Susitna valley."),
 ("hatcher-pass-snowmachiner-rescue", AP, "en", 1, 340, 500, [AK], "ap",
  "Snowmachiner survives 2 nights in Alaska backcountry in snow cave",
  "A 27-year-old man survived two nights in the Alaska backcountry by digging a snow cave and burning the seat of his snowmobile for warmth, rescuers said Wednesday.",
  "", {"city": "Palmer"}),
 ("hatcher-pass-snowmachiner-rescue", MATSU, "en", 1, 520, 900, [AK], "",
  "Rescuers urge riders to carry beacons as avalanche warning stays high",
  "Mat-Su search volunteers said on Wednesday that Kyle Brandt's rescue took two days because he carried no satellite messenger, and asked riders heading to Hatcher Pass to carry one while the avalanche warning for the Talkeetna Mountains stays high.",
  "Brandt was treated for frostbite at Mat-Su Valley Hospital in Palmer."),

 # 13. Nigliq West first oil on the North Slope (shared byline line, post 54).
 ("nigliq-west-first-oil", WIRE, "en", 2, 288, 500, [AK, B], "reuters_line",
  "Borealis Energy starts oil production at Alaska's Nigliq West",
  "Borealis Energy said on Wednesday it had started producing oil at its Nigliq West project on Alaska's North Slope, the first new field in the region in three years, with output expected to reach 80,000 barrels per day by 2029.",
  "The field started at about 18,000 barrels per day."),
 ("nigliq-west-first-oil", "gulf-wire.com", "en", 2, 400, 200, [W, B], "kuna",
  "New Alaska oil field begins output",
  "U.S. company Borealis Energy has begun pumping crude from a new oil field on Alaska's North Slope, the company said, adding about 18,000 barrels per day to the Trans-Alaska Pipeline.",
  "", {"city": "Anchorage", "date_en": "March 17"}),
 ("nigliq-west-first-oil", HERALD, "en", 2, 460, 1300, [AK, B], "byline_en",
  "Nigliq West oil means $180 million a year for state, Revenue says",
  "Production from the Nigliq West field will bring the state about $180 million a year in royalties and taxes once it reaches full output, the Department of Revenue estimated on Wednesday, as lawmakers debate how to pay for the dividend and schools.",
  "The North Slope Borough will collect property taxes on the field's pipelines and pads.",
  {"author": "Rosa Kanayurak", "site": "The Cook Inlet Herald"}),

 # 14. Yukon River king salmon: Alaska and Canada extend the ban on fishing through 2028.
 ("yukon-king-salmon-closure", SENT, "en", 2, 170, 1600, [AK], "",
  "Yukon River king salmon ban extended through 2028",
  "Alaska and Canada agreed on Wednesday to keep all fishing for Yukon River king salmon closed through the 2028 season, including subsistence fishing, after the number of fish reaching spawning grounds in Yukon Territory fell short of the target for the sixth year in a row.",
  "The agreement was announced by the Yukon River Panel after a two-day meeting in Whitehorse."),
 ("yukon-king-salmon-closure", AP, "en", 2, 320, 600, [AK, W], "ap",
  "US, Canada extend ban on Yukon king salmon fishing",
  "The United States and Canada agreed Wednesday to extend a ban on catching king salmon on the Yukon River for another season, prolonging hardship for Alaska Native villages that have relied on the fish for generations.",
  "Chinook, as the kings are also called, are the largest Pacific salmon.", {"city": "Fairbanks"}),
 ("yukon-king-salmon-closure", SENT, "en", 2, 490, 1100, [AK], "",
  "Fort Yukon: 'Our smokehouses will stay empty again'",
  "In Fort Yukon, where families once put up hundreds of king salmon each summer, tribal leaders said Wednesday's extension of the ban meant another year of buying meat flown in at $12 a pound.",
  "The Council of Athabascan Tribal Governments asked Congress for food aid."),
 ("yukon-king-salmon-closure", NORD, "fr", 2, 560, 200, [W], "byline_fr",
  "Saumon quinnat : le Canada et l'Alaska prolongent l'interdiction de pêche sur le Yukon",
  "Le Canada et les États-Unis ont décidé mercredi de prolonger jusqu'en 2028 l'interdiction de toute pêche du saumon quinnat dans le fleuve Yukon, dont les remontées restent très inférieures aux objectifs, a annoncé le comité bilatéral réuni à Whitehorse.",
  "Les Premières Nations du Yukon réclament des fonds pour protéger les frayères.",
  {"author": "Julie Fortier", "site": "Agence Nord"}),
 ("yukon-king-salmon-closure", "echoduklondike.ca", "fr", 2, 630, 150, [W], "soutien",
  "Fermeture du Yukon au saumon : à Dawson, les pêcheurs des Premières Nations résignés",
  "À Dawson, les familles tr'ondëk hwëch'in qui tendaient autrefois leurs filets devant le village ont accueilli sans surprise mercredi la prolongation de l'interdiction de pêche au quinnat, plusieurs disant avoir déjà rangé leurs roues à poisson pour de bon.",
  "Le camp culturel de la Première Nation enseignera cet été la pêche au corégone à la place."),

 # 15. Filler: state basketball final, weather bulletin, horoscope, promo.
 ("state-basketball-4a-final", "alaskapreps.net", "en", 0, 700, 1900, [S], "",
  "Chugach Lynx win 4A state title over Kenai Riverhawks",
  "The Chugach Lynx beat the Kenai Riverhawks 64-58 in the 4A boys state basketball final in Anchorage on Wednesday, with senior Malik Tonga scoring 23 points.",
  "It is the Lynx's first state title since 2011."),
 ("state-basketball-4a-final", COURIER, "en", 0, 715, 1100, [S], "",
  "Tonga's 23 points carry Chugach past Kenai",
  "Malik Tonga scored 23 points and pulled down 11 rebounds as Chugach pulled away in the fourth quarter to beat Kenai 64-58 for the 4A boys basketball crown.",
  ""),
 ("weather-anchorage-thu", "akweatherdaily.com", "en", 0, 660, 2400, ["Weather"], "",
  "Thursday forecast: snow showers, then clearing in Anchorage",
  "Anchorage can expect snow showers in the morning with 1 to 3 inches in town and up to 6 inches on the Hillside, clearing in the afternoon, with a high of 29 degrees, the National Weather Service said.",
  "Fairbanks will be clear and cold, with a low of 25 below and a high of 4."),
 ("horoscope-thu-mar18", "northernstars.com", "en", 0, 30, 1300, ["Horoscope"], "",
  "Your horoscope for Thursday, March 18",
  "Pisces, the last days of your season ask you to finish what you started in February, so clear one old task from your list before you take on anything new.",
  "Aries: be patient with a slow reply. Taurus: a friend's idea is worth a second look."),
 ("promo-courier-morning-briefing", COURIER, "en", 0, 50, 180, ["Promo"], "",
  "Get the Courier's morning briefing in your inbox",
  "Sign up for The Midnight Sun Courier's free morning briefing and get road closures, school news and the day's top Alaska stories in your inbox by 6 a.m.",
  "It takes one minute. Unsubscribe at any time."),
]
