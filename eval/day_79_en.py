# Day 79 (hold-out): a Namibian English channel, morning edition of Wednesday 16 June 2027
# (window 17:00 Tuesday - 05:00 Wednesday Windhoek, Africa/Windhoek = UTC+2, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Windhoek Mayor Saima Kaulinge on Radio Omega
#   97.4's "City Desk" on Tuesday evening, quoted about the municipal workers' strike (post 18) and
#   about relief for the Havana shack fire victims (post 4), both carrying "We will find the money,
#   but we will not find it overnight.";
# - a shared wire byline line ("Wire West | Updated: 06-15-2027 19:40 CAT"): the Bank of Namibia rate
#   cut (post 39) and the Walvis Bay cocaine seizure (post 47), unrelated stories;
# - the same hospital: Katutura State Hospital takes the shack fire's injured (posts 1-6) and the
#   children of the school taxi crash (posts 13-16); Windhoek Central Hospital takes the B1 bus
#   crash's injured (posts 7-12) and is the hospital whose radiotherapy machine broke down (posts
#   51-53);
# - the same town and suburb: Katutura holds the shack fire, the school taxi crash and the first
#   group of the load-shedding schedule (posts 54-56); the same street: Independence Avenue, where
#   the taxi overturned and down which the students marched to Parliament (posts 22-25); the same
#   port: Walvis Bay's fishing harbour (trawler fire, posts 43-46) and its container terminal
#   (cocaine, posts 47-50), and a French cocaine post carries a "Lire aussi" line naming the trawler
#   fire (post 50);
# - look-alike stories: two fires (the Havana shack fire in Katutura; the trawler Cape Oryx at Walvis
#   Bay); two road accidents (the B1 bus-truck collision near Okahandja, 12 dead; the Katutura school
#   taxi, 2 children dead); two trials in the High Court in Windhoek (the Amukwaya tender fraud
#   verdict over the B1 Windhoek-Okahandja upgrade, posts 26-29, that road being where the bus
#   crashed, and a bus-crash post naming the delayed upgrade, post 11; the trial of Constable
#   Kambonde for the shooting of a student at a 2026 loan-fund protest, posts 30-33, while a march
#   post names the dead student, post 24); a strike and a demonstration on the same day in the same
#   city (municipal workers' strike, posts 17-21; students' march on Parliament, posts 22-25), with
#   the taxi-crash post that says the children took a taxi because the city's buses were not running
#   (post 15) and the strike post that names the Havana fire (post 20); the mayor in the strike and
#   the fire; the Inspector-General of Police in the march (post 23) and the constable's trial (post
#   32); the Katutura and Windhoek magistrates' courts in the taxi crash (post 14) and the march
#   (post 25);
# - stories told from other angles: how to help the fire victims (post 4), why winter fires spread
#   (post 6), the Swiss tourists (post 10), the unfinished dual carriageway (post 11), what residents
#   should do about uncollected bins (post 21), what the verdict means for the road (post 29), the
#   victim's family (post 33), the Gulf fund's stake (post 36), Ventalis's bet and Lüderitz's worries
#   (posts 37-38), what the rate cut means for your home loan (post 42), the trawler crew's families
#   (post 46), Walvis Bay as a cocaine route (post 50), how to get through the power cuts (post 56);
# - posts in French (agencies' French service, a Swiss service, a French paper, a French-language
#   energy site, Belgian papers): posts 8, 10, 35, 37, 38, 49, 50;
# - a promo posted alone (post 61); filler of importance 0: the football result (posts 57-58), the
#   weather bulletin (post 59, kept apart from the cold in the fire story), the horoscope (post 60),
#   the lotto draw (post 62).
NAME = "2027-06-16-en-morning-windhoek-h79"
CHANNEL = {"lang": "en", "tz": "Africa/Windhoek"}
WINDOW = ("2027-06-15T15:00:00Z", "2027-06-16T03:00:00Z")
CTX = {"stamp": "06-15-2027 19:40", "city": "Windhoek", "date_fr": "15 juin", "date_en": "June 15",
       "author": "Ndeshi Amupolo", "clarify": "the number of people killed",
       "caption": "", "also": "", "country": "Namibia",
       "line": "Wire West | Updated: 06-15-2027 19:40 CAT"}
# The editor's top 5: the B1 bus crash, the deadly Havana shack fire, the municipal workers'
# strike, the Lüderitz hydrogen investment, the Amukwaya tender fraud verdict.
TOP5 = ["b1-okahandja-bus-truck-crash", "havana-katutura-shack-fire", "windhoek-municipal-workers-strike",
        "luderitz-hydrogen-investment-decision", "amukwaya-b1-tender-fraud-verdict"]
NA = "Namibia"
AF = "Africa"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
ECHO = "namibianecho.com.na"
STAR = "windhoekstar.com.na"
KHOMAS = "khomasherald.na"
COAST = "erongocoast.com.na"
OMEGA = "radioomega.na"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
ALPES = "agence-alpes.ch"
POSTS = [
 # 1. Fire 1: the Havana informal settlement, Katutura, Windhoek: "fire", "blaze", "shack fire";
 #    four children dead -> five dead (a woman died in hospital); about 70 shacks; injured to
 #    Katutura State Hospital; braziers lit against the cold.
 ("havana-katutura-shack-fire", STAR, "en", 3, 125, 3400, [NA], "caption",
  "Four children die as fire sweeps through Havana shacks",
  "Four children died and about 70 shacks were burnt to the ground when a fire swept through the Havana informal settlement in Katutura on Tuesday evening, the City of Windhoek's emergency services said.",
  "Chief Fire Officer Johannes Gariseb said the blaze started at about 6 p.m. in a corrugated-iron shack where a brazier had been left burning, and spread quickly in a strong easterly wind.",
  {"caption": "Residents of the Havana settlement in Katutura search the ashes of their homes with torches after Tuesday evening's fire.",
   "site": "The Windhoek Star"}),
 ("havana-katutura-shack-fire", ECHO, "en", 3, 170, 2900, [NA, H], "",
  "Eleven treated for burns at Katutura State Hospital after Havana blaze",
  "Eleven people, among them three toddlers, were being treated for burns and smoke inhalation at Katutura State Hospital on Tuesday night after the fire in the Havana settlement, the hospital's medical superintendent, Dr. Ruth Kandjii, said.",
  "Two of the injured were in a critical condition, she said, and the hospital had called in off-duty nurses."),
 ("havana-katutura-shack-fire", AP, "en", 3, 430, 900, [NA, AF], "ap",
  "Fire kills 5 in Namibian capital's shantytown as winter bites",
  "A fire killed five people, four of them children, in an informal settlement on the edge of Namibia's capital, officials said early Wednesday, as residents burned wood and paraffin to keep warm on one of the coldest nights of the year.",
  "A woman who had tried to pull her grandchildren out of the burning shack died in hospital before midnight, police said.",
  {"city": "Windhoek"}),
 ("havana-katutura-shack-fire", KHOMAS, "en", 3, 300, 2100, [NA], "donate",
  "Havana fire: how to help the families who lost everything",
  "The City of Windhoek has opened a collection point at the Katutura Community Hall for blankets, warm clothes, mattresses and tinned food for the roughly 300 people left homeless by Tuesday's fire in Havana, Mayor Saima Kaulinge said, telling Radio Omega 97.4's \"City Desk\": \"We will find the money, but we will not find it overnight.\"",
  "Cash donations can be made to the mayor's relief fund at any branch of the Khomas Building Society, using the reference HAVANA."),
 ("havana-katutura-shack-fire", OMEGA, "en", 3, 560, 1500, [NA], "",
  "Havana fire toll rises to five; families sleep in community hall",
  "The death toll from the fire in the Havana informal settlement rose to five on Tuesday night, and about 180 people spent the night on the floor of the Katutura Community Hall, the city's disaster risk management office said.",
  "Police said an inquest docket had been opened and there were no signs of foul play."),
 ("havana-katutura-shack-fire", STAR, "en", 3, 650, 1300, [NA], "",
  "Why winter fires spread so fast in Windhoek's settlements",
  "Shacks built wall to wall from corrugated iron, cardboard and plastic, with paraffin stoves and open braziers inside and no fire hydrant within reach, let a single fire jump from roof to roof in minutes, fire officers say, which is why most deadly settlement fires in Windhoek happen between June and August.",
  "The city has asked residents to keep a bucket of sand by every brazier and to leave a two-metre gap between structures."),

 # 2. Accident 1: long-distance bus hits a truck on the B1 south of Okahandja: "crash",
 #    "collision", "accident", "collision frontale"; 9 dead -> 12; injured to Okahandja State
 #    Hospital and Windhoek Central Hospital; two Swiss tourists hurt.
 ("b1-okahandja-bus-truck-crash", ECHO, "en", 3, 60, 4100, [NA], "",
  "Nine killed as bus and truck collide on B1 near Okahandja",
  "Nine people were killed and more than 30 injured when a long-distance bus travelling from Windhoek to Oshakati collided head-on with a fuel tanker truck on the B1 about 12 km south of Okahandja on Tuesday afternoon, police said.",
  "Otjozondjupa regional police commander Deputy Commissioner Hilma Nakale said the truck had crossed into the bus's lane while overtaking on a rise."),
 ("b1-okahandja-bus-truck-crash", NORD, "fr", 3, 150, 300, [AF, W], "afp",
  "Namibie : neuf morts dans une collision entre un autocar et un camion",
  "Au moins neuf personnes ont été tuées et une trentaine blessées mardi dans une collision frontale entre un autocar et un camion-citerne sur la principale route du nord de la Namibie, près d'Okahandja, a annoncé la police.",
  "L'autocar reliait la capitale, Windhoek, à Oshakati, près de la frontière angolaise.",
  {"city": "Johannesburg"}),
 ("b1-okahandja-bus-truck-crash", WIRE, "en", 3, 240, 1200, [NA, AF], "updated",
  "Namibia bus crash death toll rises to 11",
  "The death toll from a collision between a bus and a fuel truck on Namibia's main northern highway rose to 11 on Tuesday evening after two injured passengers died at Windhoek Central Hospital, the health ministry said.",
  "Of the 31 injured, 18 were taken to Windhoek Central Hospital and the rest to Okahandja State Hospital."),
 ("b1-okahandja-bus-truck-crash", ALPES, "fr", 3, 330, 200, [W], "ats",
  "Deux touristes suisses blessés dans un accident de car en Namibie",
  "Deux ressortissants suisses figurent parmi les blessés de l'accident d'autocar survenu mardi sur la route B1 en Namibie, a indiqué le Département fédéral des affaires étrangères (DFAE).",
  "Les deux touristes, un couple de Bernois, sont soignés à Windhoek et leurs jours ne sont pas en danger, selon le DFAE.",
  {"city": "Berne"}),
 ("b1-okahandja-bus-truck-crash", STAR, "en", 3, 470, 2300, [NA, P], "teaser",
  "Deadly crash site on B1 was meant to be a dual carriageway by now",
  "The stretch of the B1 where Tuesday's bus crash happened was due to become a four-lane dual carriageway in 2024, but the upgrade between Windhoek and Okahandja is still years from finished, and drivers say overtaking trucks on its blind rises are a daily danger.",
  "Transport Minister Frieda Tjiho, who visited the scene on Tuesday night, said the ministry would put up temporary no-overtaking barriers within a month."),
 ("b1-okahandja-bus-truck-crash", "upi-like.com", "en", 3, 640, 400, [AF], "upi",
  "12 dead in Namibia highway crash",
  "Twelve people died after a bus carrying 64 passengers collided with a tanker truck on a highway north of Namibia's capital Windhoek, police said early Wednesday.",
  "The truck driver was among the dead.",
  {"date_en": "June 16"}),

 # 3. Accident 2: a minibus taxi carrying schoolchildren overturns on Independence Avenue in
 #    Katutura: two children dead, twelve hurt, Katutura State Hospital; driver arrested.
 ("katutura-school-taxi-crash", KHOMAS, "en", 2, 120, 2600, [NA], "",
  "Two pupils killed as school taxi overturns in Katutura",
  "Two primary school pupils were killed and 12 other children injured when the minibus taxi taking them home overturned after hitting a car at the corner of Independence Avenue and Eveline Street in Katutura on Tuesday afternoon, Windhoek city police said.",
  "The children, aged between 7 and 12, attended Okuryangava Hill Primary School."),
 ("katutura-school-taxi-crash", OMEGA, "en", 2, 230, 1400, [NA, C], "",
  "Taxi driver arrested after crash that killed two children",
  "The driver of the minibus taxi that overturned with 14 schoolchildren on board in Katutura was arrested on Tuesday evening on two charges of culpable homicide and one of driving without a valid licence, police said.",
  "He is expected to appear in the Katutura Magistrate's Court on Thursday."),
 ("katutura-school-taxi-crash", ECHO, "en", 2, 380, 1900, [NA, H], "",
  "'I heard the children screaming': parents wait at hospital after taxi crash",
  "Parents crowded the corridors of Katutura State Hospital on Tuesday night waiting for news of their children after the taxi crash on Independence Avenue, several of them saying they had paid the driver to take pupils home because the city's buses were not running.",
  "Eight of the 12 injured children had been discharged by midnight, the hospital said; one girl was in intensive care."),
 ("katutura-school-taxi-crash", STAR, "en", 2, 600, 1100, [NA, P], "",
  "Education ministry to check every school transport licence in Khomas",
  "The education ministry will inspect the permits and roadworthiness certificates of every vehicle that carries pupils to schools in the Khomas region, starting next week, Deputy Education Minister Albertina Shivute said after two children died in Tuesday's taxi crash.",
  "Schools will be told to keep a register of the drivers who collect their pupils."),

 # 4. Strike: City of Windhoek workers (refuse, buses, water meters): "strike", "walkout",
 #    "industrial action"; 9% vs 4.5%; conciliation on Thursday; mayor's interview.
 ("windhoek-municipal-workers-strike", STAR, "en", 3, 20, 3000, [NA], "",
  "City workers down tools, bins and buses stop",
  "About 2,300 City of Windhoek workers went on strike on Tuesday, halting refuse collection and the city's bus service and closing customer service halls, after pay talks with the municipality deadlocked, the Windhoek Municipal Staff Union said.",
  "The union wants a 9% increase; the city has offered 4.5%."),
 ("windhoek-municipal-workers-strike", OMEGA, "en", 3, 140, 1700, [NA, P], "",
  "Mayor: the city cannot pay 9 percent this year",
  "Windhoek Mayor Saima Kaulinge said on Tuesday evening that the city could not afford the 9% pay rise its striking workers are demanding without raising water and electricity tariffs, telling Radio Omega 97.4's \"City Desk\": \"We will find the money, but we will not find it overnight.\"",
  "She said the council would meet on Wednesday to discuss a revised offer."),
 ("windhoek-municipal-workers-strike", "namibia-wire.na", "en", 3, 260, 800, [NA], "colon",
  "Labour Commissioner calls city and union to conciliation on Thursday",
  "The Labour Commissioner has summoned the City of Windhoek and the Windhoek Municipal Staff Union to a conciliation meeting on Thursday morning, in an attempt to end the walkout that has left rubbish piling up across the capital.",
  "The union said the strike would continue until then.",
  {"city": "Windhoek"}),
 ("windhoek-municipal-workers-strike", ECHO, "en", 3, 400, 1600, [NA], "",
  "Union says firefighters' overtime ban slowed Havana response",
  "The Windhoek Municipal Staff Union said on Tuesday night that firefighters had joined the industrial action by refusing overtime, and that only two of the city's four fire engines were crewed when the Havana fire broke out, a claim the city's emergency services denied.",
  "Essential services, including fire and ambulance, are barred from striking under the Labour Act, the city said."),
 ("windhoek-municipal-workers-strike", KHOMAS, "en", 3, 520, 1500, [NA], "",
  "Bins not collected? What to do during the city strike",
  "Residents should keep refuse bags tied and inside their yards rather than on the pavement until the strike ends, and can take bagged waste to the Kupferberg landfill site, which stays open from 8 a.m. to 5 p.m. with private contractors, the City of Windhoek said.",
  "Water and electricity can still be bought at prepaid vendors; the city's customer halls remain closed."),

 # 5. Demonstration: students march down Independence Avenue to Parliament over loan-fund cuts;
 #    petition; water cannon; 12 arrested; the Inspector-General.
 ("students-loan-fund-march", ECHO, "en", 2, 40, 2500, [NA, P], "",
  "Thousands of students march on Parliament over loan cuts",
  "About 3,000 students from Windhoek State University and Khomas Technical University marched down Independence Avenue to Parliament on Tuesday afternoon to protest against a 30% cut in tuition loans announced by the National Student Loan Fund.",
  "They handed a petition to Deputy Minister of Higher Education Tangeni Iipinge, who promised a reply within seven days."),
 ("students-loan-fund-march", WIRE, "en", 2, 200, 700, [NA, AF], "reuters",
  "Namibian police use water cannon on students protesting loan cuts",
  "Police in Namibia's capital fired water cannon at students who tried to climb the fence of the parliament gardens on Tuesday at the end of a march against cuts to student loans, and arrested 12 people, police said.",
  "Inspector-General of Police Simon Ndjaba said officers had shown restraint.",
  {"date_en": "June 15"}),
 ("students-loan-fund-march", STAR, "en", 2, 320, 1800, [NA], "",
  "'We are the ones paying for the fund's mistakes': students vow to march again",
  "Student leaders said on Tuesday night they would march again next week if the National Student Loan Fund did not reverse its cuts, and that many first-year students had already been told to leave their hostels.",
  "Some marchers carried photographs of Ndapewa Shikongo, the student shot dead at a protest outside the fund's offices last year."),
 ("students-loan-fund-march", OMEGA, "en", 2, 480, 1000, [NA, P], "",
  "Twelve students arrested after Parliament protest to appear in court",
  "The 12 students arrested outside Parliament on Tuesday will appear in the Windhoek Magistrate's Court on Wednesday on charges of public violence and malicious damage to property, police said.",
  "The Student Representative Council said lawyers would ask for their release on warning."),

 # 6. Trial 1: former National Roads Agency chief executive Petrus Amukwaya guilty of fraud and
 #    corruption over the N$480 million B1 Windhoek-Okahandja upgrade tender; High Court, Windhoek.
 ("amukwaya-b1-tender-fraud-verdict", ECHO, "en", 2, 30, 2700, [NA, P, C], "",
  "Former roads agency boss Amukwaya guilty of fraud",
  "Former National Roads Agency chief executive Petrus Amukwaya was found guilty of fraud and corruption by the High Court in Windhoek on Tuesday for steering a N$480 million contract to upgrade the B1 between Windhoek and Okahandja to a company secretly owned by his business partner.",
  "Judge Herman Oosthuizen set sentencing for July 28."),
 ("amukwaya-b1-tender-fraud-verdict", STAR, "en", 2, 180, 1500, [NA, C], "byline_en",
  "Amukwaya's lawyers to appeal, say judge ignored tender board minutes",
  "Lawyers for Petrus Amukwaya said on Tuesday that they would appeal his conviction, arguing that the High Court had ignored minutes showing that the full tender board, not their client, approved the contract.",
  "Amukwaya, 58, was allowed to remain free on bail of N$200,000 until sentencing.",
  {"site": "The Windhoek Star"}),
 ("amukwaya-b1-tender-fraud-verdict", WIRE, "en", 2, 290, 500, [NA, AF], "reuters",
  "Former Namibian roads chief convicted in highway contract fraud",
  "A Namibian court convicted the former head of the state roads agency of fraud and corruption on Tuesday over a highway contract awarded to a firm linked to his business partner, one of the biggest graft cases in the country since independence.",
  "Two co-accused were acquitted.",
  {"date_en": "June 15"}),
 ("amukwaya-b1-tender-fraud-verdict", KHOMAS, "en", 2, 540, 900, [NA, B], "",
  "After the Amukwaya verdict, who finishes the road?",
  "The contract at the centre of the Amukwaya case was cancelled in 2025 with only 17 km of the planned 64 km dual carriageway built, and the National Roads Agency said on Tuesday that a new tender for the remaining section would be advertised in September.",
  "The agency said it would try to recover N$130 million paid for work that was never done."),

 # 7. Trial 2: Constable Matheus Kambonde on trial for the murder of student Ndapewa Shikongo at a
 #    2026 protest outside the loan fund's offices; High Court, Windhoek; a witness testifies.
 ("kambonde-student-shooting-trial", OMEGA, "en", 2, 80, 1300, [NA, C], "",
  "Constable pleads not guilty to murder of student Shikongo",
  "Police Constable Matheus Kambonde pleaded not guilty on Tuesday in the High Court in Windhoek to murdering 21-year-old student Ndapewa Shikongo, who was shot in the back with live ammunition during a protest in August last year.",
  "Kambonde told the court he fired because he believed a colleague's life was in danger."),
 ("kambonde-student-shooting-trial", ECHO, "en", 2, 250, 1400, [NA, C], "",
  "'She was running away': friend tells court of Shikongo shooting",
  "A fellow student told the High Court on Tuesday that Ndapewa Shikongo was running away from the police line, with her hands above her head, when she was shot, on the first day of the murder trial of Constable Matheus Kambonde.",
  "The witness said she had helped carry Shikongo to a car that took her to hospital."),
 ("kambonde-student-shooting-trial", AP, "en", 2, 430, 400, [NA, AF], "ap",
  "Namibian police officer goes on trial for killing student at protest",
  "A Namibian police officer went on trial Tuesday for the murder of a university student who was shot during a protest over student loans last year, a case that has become a rallying point for young people in the southern African country.",
  "The Inspector-General of Police, Simon Ndjaba, had suspended the officer days after the shooting.",
  {"city": "Windhoek"}),
 ("kambonde-student-shooting-trial", STAR, "en", 2, 620, 700, [NA], "",
  "Shikongo family to sit through every day of trial",
  "The parents of Ndapewa Shikongo said outside the High Court on Tuesday that they would travel from Ongwediva for every day of the trial of the constable accused of killing her, which is set to run until the end of July.",
  "\"We only want the truth to be said in that room,\" her mother said."),

 # 8. Lüderitz green hydrogen: final investment decision, US$4.1 billion, French partner Ventalis,
 #    a Gulf fund's 20% stake; "hydrogène vert", "ammoniac".
 ("luderitz-hydrogen-investment-decision", ECHO, "en", 2, 70, 2000, [NA, B], "",
  "Go-ahead for US$4.1 billion Lüderitz green hydrogen plant",
  "The partners in the Namib Hyrise green hydrogen project near Lüderitz took a final investment decision on Tuesday to build the US$4.1 billion plant, which will make ammonia from wind and solar power for export to Europe from 2031, the Ministry of Mines and Energy said.",
  "Construction is to start in January and employ up to 5,000 people at its peak."),
 ("luderitz-hydrogen-investment-decision", NORD, "fr", 2, 190, 250, [AF, B, W], "actu",
  "Namibie : feu vert à une usine géante d'hydrogène vert avec le français Ventalis",
  "Le groupe français Ventalis et ses partenaires ont pris mardi la décision finale d'investir 4,1 milliards de dollars dans une usine d'hydrogène vert près de Lüderitz, dans le sud de la Namibie, destinée à exporter de l'ammoniac vers l'Europe.",
  "Ventalis détient 40 % du projet, l'État namibien 24 %."),
 ("luderitz-hydrogen-investment-decision", "gulf-wire.com", "en", 2, 280, 200, [B, W], "kuna",
  "Gulf Horizon fund takes 20 pct stake in Namibia hydrogen project",
  "Gulf Horizon Investment, a sovereign-backed fund, said on Tuesday it had taken a 20 percent stake in the Namib Hyrise green hydrogen and ammonia project in southern Namibia, ahead of the partners' final investment decision.",
  "", {"city": "Abu Dhabi", "date_en": "June 15"}),
 ("luderitz-hydrogen-investment-decision", "courrierdusoir.fr", "fr", 2, 450, 300, [W, B], "byline_fr",
  "Hydrogène vert : le pari namibien de Ventalis",
  "En s'engageant dans le désert namibien, Ventalis fait le pari que l'Europe achètera dans dix ans un ammoniac « vert » produit à 9 000 kilomètres de ses ports, à un prix encore inconnu.",
  "Le groupe assure avoir déjà signé des lettres d'intention avec deux chimistes allemands.",
  {"site": "Le Courrier du Soir", "author": "Claire Le Goff"}),
 ("luderitz-hydrogen-investment-decision", "energiesdafrique.info", "fr", 2, 590, 150, [AF, B], "soutien",
  "Lüderitz : ce que l'usine d'hydrogène va changer pour la ville",
  "La petite ville portuaire de Lüderitz, 12 000 habitants, devra loger jusqu'à 5 000 ouvriers pendant la construction de l'usine d'hydrogène vert, ce qui inquiète déjà les pêcheurs et les loueurs de la ville.",
  "La municipalité réclame une nouvelle usine de dessalement avant le début du chantier."),

 # 9. The Bank of Namibia cuts its repo rate by 25 basis points to 6.50% (shared byline line, post 42).
 ("bank-of-namibia-repo-cut", WIRE, "en", 2, 100, 600, [NA, B], "reuters_line",
  "Bank of Namibia cuts repo rate by 25 bps to 6.50%",
  "The Bank of Namibia cut its main lending rate by 25 basis points to 6.50% on Tuesday, its second cut this year, citing slowing inflation and weak credit growth.",
  "Governor Johanna Tjipueja said the decision of the monetary policy committee was unanimous."),
 ("bank-of-namibia-repo-cut", ECHO, "en", 2, 160, 1500, [NA, B], "",
  "Central bank lowers interest rates again as inflation eases",
  "The Bank of Namibia lowered its repo rate to 6.50% on Tuesday, saying annual inflation had slowed to 3.4% in May and that households and small businesses needed relief from the cost of borrowing.",
  "Commercial banks said their prime lending rates would fall to 10.25% from Wednesday."),
 ("bank-of-namibia-repo-cut", "namibia-wire.na", "en", 2, 350, 500, [NA, B], "",
  "Economists expect one more cut before December",
  "Most economists expect the Bank of Namibia to cut its repo rate once more before the end of the year, provided the rand stays stable and fuel prices do not rise again, after Tuesday's quarter-point reduction.",
  "The Namibian dollar is pegged one-to-one to the South African rand."),
 ("bank-of-namibia-repo-cut", KHOMAS, "en", 2, 500, 1800, [NA, B], "",
  "What the rate cut means for your home loan",
  "A homeowner repaying a N$1 million bond over 20 years will pay about N$160 less a month after Tuesday's rate cut, once the banks lower their prime rates on Wednesday, the Bankers Association of Namibia said.",
  "Owners of vehicle loans linked to prime will see smaller savings."),

 # 10. Fire 2: the hake trawler Cape Oryx on fire at Walvis Bay's fishing harbour; three crew
 #     missing -> one body found.
 ("walvis-bay-trawler-fire", COAST, "en", 2, 210, 1600, [NA], "",
  "Three crew missing as trawler burns in Walvis Bay harbour",
  "Three crew members were missing on Tuesday night after a fire broke out on the hake trawler Cape Oryx while it was moored at the fishing harbour's north quay in Walvis Bay, the Namibian Ports Authority said.",
  "Twenty-six other crew members got off the vessel safely."),
 ("walvis-bay-trawler-fire", AP, "en", 2, 390, 500, [NA, AF], "place",
  "Fire on Namibian trawler leaves 3 sailors missing",
  "Firefighters battled for hours on Tuesday night to put out a fire on a fishing trawler docked in the port, with three sailors missing below deck, harbor officials said.",
  "Thick smoke drifted over the town's waterfront.",
  {"city": "Walvis Bay", "country": "Namibia"}),
 ("walvis-bay-trawler-fire", COAST, "en", 2, 580, 1400, [NA], "",
  "Body found on burnt trawler Cape Oryx, two still missing",
  "Divers and firefighters found the body of a crew member in the engine room of the burnt trawler Cape Oryx in Walvis Bay early on Wednesday, and two other men were still missing, police in Erongo said.",
  "The fire was put out shortly after 2 a.m."),
 ("walvis-bay-trawler-fire", OMEGA, "en", 2, 660, 800, [NA], "",
  "Trawler crew families wait at harbour gate through the night",
  "Relatives of the three missing crew of the trawler Cape Oryx waited at the gate of the Walvis Bay fishing harbour through the night, wrapped in blankets, as the company that owns the vessel promised them daily briefings.",
  "The company said all three men were from Walvis Bay's Kuisebmond township."),

 # 11. Walvis Bay: 640 kg of cocaine found in a container from Santos bound for Antwerp (shared
 #     byline line, post 50); two clearing agents arrested; Belgian angle in French.
 ("walvis-bay-cocaine-seizure", WIRE, "en", 2, 105, 500, [NA, C], "reuters_line",
  "Namibia seizes 640 kg of cocaine in container bound for Antwerp",
  "Namibian customs officers found 640 kilograms of cocaine hidden among boxes of frozen chicken in a container that had arrived at Walvis Bay from Santos in Brazil and was due to be shipped on to Antwerp, the Namibia Revenue Agency said on Tuesday.",
  "It was the largest cocaine seizure ever made in Namibia."),
 ("walvis-bay-cocaine-seizure", COAST, "en", 2, 270, 1200, [NA, C], "",
  "Two clearing agents arrested over Walvis Bay cocaine haul",
  "Police arrested two clearing agents in Walvis Bay on Tuesday evening in connection with the 640 kg of cocaine found at the port's container terminal, and said they were looking for a third man who had left for Angola.",
  "The two will appear in the Walvis Bay Magistrate's Court on Thursday."),
 ("walvis-bay-cocaine-seizure", "gazettedanvers.be", "fr", 2, 440, 300, [W, C], "publie",
  "Namibie : 640 kilos de cocaïne destinés au port d'Anvers saisis à Walvis Bay",
  "Les douanes namibiennes ont saisi mardi 640 kilos de cocaïne dans un conteneur de poulet congelé qui devait être rechargé à Walvis Bay à destination d'Anvers, a annoncé l'administration fiscale namibienne.",
  "La police fédérale belge a indiqué collaborer avec les enquêteurs namibiens.",
  {"site": "La Gazette d'Anvers"}),
 ("walvis-bay-cocaine-seizure", "lescautquotidien.be", "fr", 2, 570, 200, [W, C], "lire",
  "Cocaïne : Walvis Bay, nouvelle porte d'entrée vers l'Europe",
  "Les trafiquants sud-américains passent de plus en plus par les ports d'Afrique australe pour brouiller la route de la cocaïne vers Anvers et Rotterdam, et la saisie record de Walvis Bay en est un nouvel exemple, selon les douanes belges.",
  "En 2026, les douanes belges ont intercepté à Anvers 14 conteneurs passés par un port africain.",
  {"also": "Walvis Bay : incendie à bord d'un chalutier, trois marins portés disparus"}),

 # 12. Windhoek Central Hospital's only radiotherapy machine broken; cancer patients to Cape Town.
 ("windhoek-central-radiotherapy-breakdown", ECHO, "en", 1, 130, 1400, [NA, H], "",
  "Cancer patients stranded as hospital's radiotherapy machine breaks",
  "About 140 cancer patients have had their radiotherapy interrupted because the only linear accelerator at Windhoek Central Hospital has been out of order for three weeks, the Cancer Association of Namibia said on Tuesday.",
  "The association said some patients had missed more than ten sessions."),
 ("windhoek-central-radiotherapy-breakdown", STAR, "en", 1, 340, 1100, [NA, H, P], "",
  "Health ministry to send cancer patients to Cape Town",
  "The Ministry of Health and Social Services will send the most urgent cancer patients from Windhoek Central Hospital to a private oncology centre in Cape Town from next week while a spare part for its broken radiotherapy machine is flown in from Germany, Health Minister Elias Nghaamwa said.",
  "The ministry will pay for travel and accommodation for each patient and one companion."),
 ("windhoek-central-radiotherapy-breakdown", OMEGA, "en", 1, 510, 600, [NA, H], "",
  "Second radiotherapy machine was promised in 2023, opposition says",
  "The opposition's health spokesperson said on Tuesday that a second radiotherapy machine promised for Windhoek Central Hospital in the 2023 budget had never been ordered, leaving the country with a single machine for more than 2,000 new cancer patients a year.",
  ""),

 # 13. Load-shedding: NamPower cuts power in Windhoek suburbs Wednesday and Thursday evenings after
 #     a fault on the import line from South Africa; schedule lists Katutura.
 ("nampower-windhoek-load-shedding", ECHO, "en", 2, 220, 2200, [NA, B], "",
  "NamPower announces two-hour power cuts in Windhoek",
  "NamPower will cut electricity to parts of Windhoek for two hours on Wednesday and Thursday evenings because a fault on the main transmission line from South Africa has reduced imports by a third, the power utility said on Tuesday.",
  "The Van Eck power station will run at full capacity to limit the cuts."),
 ("nampower-windhoek-load-shedding", STAR, "en", 2, 360, 2000, [NA], "",
  "Load-shedding schedule: which suburbs lose power and when",
  "Katutura, Okuryangava and Wanaheda will be without power from 6 p.m. to 8 p.m. on Wednesday, and Khomasdal, Eros, Olympia and Klein Windhoek from 8 p.m. to 10 p.m., under the schedule published by NamPower on Tuesday night.",
  "On Thursday the two groups swap times. Hospitals and water pumping stations are exempt."),
 ("nampower-windhoek-load-shedding", KHOMAS, "en", 2, 630, 1700, [NA], "",
  "How to get through the power cuts safely",
  "Charge phones and torches before 6 p.m., switch off geysers and stoves before the power goes so the network is not overloaded when it returns, and never run a generator or a gas heater inside a closed room, NamPower advised residents on Tuesday.",
  "Traffic lights will be out in the affected suburbs; treat every junction as a four-way stop."),

 # 14. Filler: football, weather bulletin, horoscope, promo, lotto.
 ("brave-warriors-botswana-friendly", "namsport.com.na", "en", 0, 230, 2800, ["Sports"], "",
  "Brave Warriors beat Botswana 2-1 in Windhoek friendly",
  "Namibia's Brave Warriors beat Botswana 2-1 in a friendly at the Independence Stadium in Windhoek on Tuesday night, with substitute Kaveto Nande scoring the winner in the 87th minute.",
  "Namibia play Angola in Luanda on Saturday."),
 ("brave-warriors-botswana-friendly", OMEGA, "en", 0, 300, 900, ["Sports"], "",
  "Late Nande goal seals win over the Zebras",
  "Kaveto Nande headed in a corner three minutes from time as the Brave Warriors came from a goal down to beat the Zebras of Botswana 2-1 on Tuesday.",
  ""),
 ("weather-namibia-wed-jun16", "namweather.com.na", "en", 0, 610, 2100, ["Weather"], "",
  "Wednesday forecast: frost in the south, cold and clear in Windhoek",
  "Windhoek can expect a clear, cold morning with a low of 2C and a high of 19C on Wednesday, while frost is forecast for Keetmanshoop, Mariental and the rest of the south, the Namibia Meteorological Service said.",
  "The coast will be foggy in the morning, with a high of 17C in Walvis Bay."),
 ("horoscope-wed-jun16", "starsignsdaily.com", "en", 0, 10, 1000, ["Horoscope"], "",
  "Your horoscope for Wednesday, June 16",
  "Aries, an old friend has been waiting for you to call first, and today is a good day to swallow your pride and do it.",
  "Taurus: a small expense now saves a big one later. Gemini: say yes to the invitation."),
 ("promo-windhoek-star-briefing", STAR, "en", 0, 50, 150, ["Promo"], "",
  "Sign up for The Windhoek Star's morning briefing",
  "Start your day with the five stories every Namibian needs to know, delivered to your inbox and WhatsApp at 6 a.m. every weekday, free of charge.",
  "Sign up at windhoekstar.com.na/briefing."),
 ("lucky-sands-lotto-jun15", "luckysands.com.na", "en", 0, 250, 1200, ["Lottery"], "",
  "Lucky Sands Lotto results for Tuesday, June 15",
  "The winning numbers in Tuesday night's Lucky Sands Lotto draw were 3, 9, 17, 26, 31 and 44, with a bonus ball of 12, and the jackpot rolls over to N$4.6 million for Saturday after no ticket matched all six.",
  "One ticket sold in Rundu matched five numbers and the bonus ball."),
]
