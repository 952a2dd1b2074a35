# Day 89 (hold-out): a Zimbabwe English channel, evening edition of Wednesday 14 July 2027
# (window 05:00 - 17:00 Harare, Africa/Harare = UTC+2, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: Finance Minister Farai Dube on Capital FM 100.4's
#   "Morning Brief", quoted about the junior doctors' walkout (post 17) and about the mid-term
#   budget review (post 29), both carrying "There is money for the wards and money for the roads,
#   but there is not money for everything on the same day.";
# - a shared wire byline line ("Southern Desk | Updated: 07-14-2027 11:20 CAT"): the tobacco
#   auction record (post 50) and the Hwange elephant move (post 53), unrelated stories;
# - the same hospital: Mabvazuva General Hospital in Harare takes the Ruwa crash injured (posts
#   1-7), the Avondale scaffolding collapse injured (posts 8, 11; post 8 names the Ruwa crash), is
#   the first hospital named in the junior doctors' walkout (posts 12-17, post 13 names the crash)
#   and is on the water rationing list (post 24);
# - the same town: Harare's vendors' protest (posts 18-22), water rationing (posts 23-26), the
#   Avondale collapse, the town clerk trial (posts 32-35), the gold sentence (posts 36-39); Mayor
#   Tendai Mushonga speaks in both the vendors' protest and the water rationing; the arrested
#   vendors appear at Harare Magistrates' Court (post 22), the court of the town clerk land fraud
#   trial; Epworth holds the typhoid outbreak (posts 56-58) and is home to the Avondale victims
#   (post 11); Avondale is also in the rationing list (post 24) and the load-shedding groups (post
#   42); Budiriro is in the land trial and in the residents' water complaint (post 26);
# - look-alike stories: two accidents (Ruwa kombi-truck crash; Avondale scaffolding collapse), both
#   with "victims named" posts (7, 11); two trials (the ex-town clerk land fraud trial at the
#   Magistrates' Court; the airport gold smuggling sentence at the High Court); a strike and a
#   demonstration (doctors; vendors); two water/power rationings (Harare water, posts 23-26;
#   Kariba load-shedding, posts 40-44), each with its own timetable post (24, 42); two health
#   stories (doctors' walkout; Epworth typhoid); the budget's fuel duty (post 31) and the tobacco
#   and SADC food stories; two Finance/Health ministers' roles across stories;
# - one story told in two languages by different agencies with different words: the Ruwa crash
#   ("kombi", "haulage truck", "smash", "minibus", "cargo truck") and Agence Nord's French service
#   ("minibus de transport public", "poids lourd", "accident de la route", "bilan"); the SADC
#   summit by Agence Nord and Agence Sud ("sommet", "réserve de céréales"), and post 49 carries a
#   "Lire aussi" line naming the Ruwa crash;
# - stories told from other angles: how to give blood (post 5), what patients should do (post 15),
#   the vendors' explainer (post 21), which suburbs get water when (post 24), what the budget means
#   for your pocket (post 31), the load-shedding timetable (post 42), how the elephants are moved
#   (post 55), how to protect your family from typhoid (post 58), the manufacturers (post 43), the
#   miners' federation (post 39), Zambia's side of Kariba (post 44);
# - running updates: the crash toll 9 -> 12 -> 14 (posts 1, 2, 4, 6); talks set for Thursday
#   (post 14); the council vote on rationing on Thursday (posts 23, 26); the trial adjourned to
#   Friday (posts 33, 35);
# - posts in French (the agencies' French services): 3, 4, 38, 46, 49, 52, 54 (7);
# - a promo posted alone (post 64); filler of importance 0: the cricket result (posts 59-60), the
#   weather bulletin (post 61), the horoscope (post 62), the lotto draw (post 63).
NAME = "2027-07-14-en-evening-harare-h89"
CHANNEL = {"lang": "en", "tz": "Africa/Harare"}
WINDOW = ("2027-07-14T03:00:00Z", "2027-07-14T15:00:00Z")
CTX = {"stamp": "07-14-2027 11:20", "city": "Harare", "date_fr": "14 juil", "date_en": "July 14",
       "author": "Rutendo Chikowore", "clarify": "the number of people taken to hospital",
       "caption": "", "also": "", "country": "Zimbabwe",
       "line": "Southern Desk | Updated: 07-14-2027 11:20 CAT"}
# The editor's top 5: the Ruwa crash, the doctors' walkout, the budget review, the vendors'
# protest, the Kariba load-shedding.
TOP5 = ["ruwa-kombi-truck-crash", "zim-junior-doctors-walkout", "zim-midterm-budget-review",
        "harare-cbd-vendors-protest", "kariba-load-shedding-extended"]
ZW = "Zimbabwe"
AF = "Africa"
B = "Business"
H = "Health"
P = "Politics"
HERALD = "dailyherald.co.zw"
MIRROR = "harare-mirror.co.zw"
VOICE = "thecitizenvoice.zw"
NEWSDAY = "morningpost.co.zw"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
SUD = "agence-sud.fr"
UPIL = "upi-like.com"
GULF = "menafn-like.com"
POSTS = [
 # 1. Ruwa crash: kombi vs haulage truck on the Harare-Mutare road; toll 9 -> 12 -> 14.
 ("ruwa-kombi-truck-crash", HERALD, "en", 3, 40, 3900, [ZW], "caption",
  "Nine dead as kombi and haulage truck collide near Ruwa",
  "Nine people were killed early on Wednesday when a commuter kombi ferrying workers into Harare collided head-on with a haulage truck on the Harare-Mutare road near Ruwa, police said.",
  "The crash happened at about 4.40 a.m. near the Zimre Park turn-off, in thick fog. Eleven injured passengers were taken to Mabvazuva General Hospital in Harare.",
  {"caption": "Police officers and onlookers stand beside the wreck of the kombi on the Harare-Mutare road near Ruwa on Wednesday morning."}),
 ("ruwa-kombi-truck-crash", WIRE, "en", 3, 95, 2600, [ZW, AF], "reuters",
  "Zimbabwe bus crash toll rises to 12 on Harare-Mutare highway",
  "At least 12 people died when a minibus and a truck collided on the main highway east of Zimbabwe's capital on Wednesday, police spokesman Assistant Commissioner Blessing Moyo said, raising an earlier toll of nine.",
  "Three of the injured died at Mabvazuva General Hospital, he said. The truck driver, who survived, has been detained.",
  {"date_en": "July 14"}),
 ("ruwa-kombi-truck-crash", NORD, "fr", 3, 130, 700, [ZW, AF], "afp",
  "Zimbabwe : douze morts dans un accident de la route près de Harare",
  "Douze personnes ont péri mercredi dans la collision entre un minibus de transport public et un poids lourd sur la route reliant Harare à Mutare, dans l'est du Zimbabwe, a annoncé la police.",
  "Le brouillard était épais au moment de l'accident, survenu vers 04H40 près de la localité de Ruwa. Onze blessés ont été hospitalisés dans la capitale."),
 ("ruwa-kombi-truck-crash", NORD, "fr", 3, 330, 650, [ZW, AF], "actu",
  "Zimbabwe : le bilan de l'accident de Ruwa s'alourdit à 14 morts",
  "Le bilan de la collision entre un minibus et un poids lourd près de Ruwa, à l'est de Harare, est passé à quatorze morts mercredi après le décès de deux blessés à l'hôpital, selon la police zimbabwéenne.",
  "Le président a décrété une journée de deuil dans la province du Mashonaland oriental."),
 ("ruwa-kombi-truck-crash", MIRROR, "en", 2, 260, 1800, [ZW, H], "donate",
  "Ruwa crash: hospital appeals for blood donors, how you can help",
  "Mabvazuva General Hospital has asked for O-negative and O-positive blood donors after the Ruwa kombi smash, and the National Blood Service said donors can walk in at its Harare centre on Josiah Tongogara Avenue until 7 p.m.",
  "Donors must be between 16 and 65, weigh more than 50 kg and bring an ID card. Free transport leaves the Ruwa growth point at 2 p.m."),
 ("ruwa-kombi-truck-crash", AP, "en", 3, 400, 2200, [ZW, AF], "ap",
  "14 killed in Zimbabwe highway collision; truck driver charged",
  "The death toll from a collision between a packed minibus and a cargo truck outside Zimbabwe's capital rose to 14 on Wednesday, and police said the truck driver had been charged with culpable homicide.",
  "The smash near the town of Ruwa is the deadliest on the Harare-Mutare road this year. Transport Minister Chipo Madzima said speed cameras would be placed on the stretch by September.",
  {"city": "Harare, Zimbabwe"}),
 ("ruwa-kombi-truck-crash", VOICE, "en", 2, 560, 1900, [ZW], "",
  "Ruwa crash victims named: teachers, a nurse and factory workers",
  "Police on Wednesday afternoon named 11 of the 14 people killed in the Ruwa kombi crash, among them two primary school teachers from Zimre Park, a nurse on her way to a night shift swap and six workers from a Msasa packaging factory.",
  "The families of the other three have not yet been told, police said."),
 # 2. Avondale scaffolding collapse at a mall site: 3 workers dead; same hospital.
 ("avondale-mall-scaffold-collapse", MIRROR, "en", 2, 185, 2100, [ZW], "",
  "Three workers killed as scaffolding falls at Avondale mall site",
  "Three construction workers were killed and five hurt on Wednesday morning when scaffolding gave way at the site of the new Avondale Square shopping mall in Harare.",
  "The injured were taken to Mabvazuva General Hospital, which was already treating victims of the Ruwa crash. Work on the site has been halted."),
 ("avondale-mall-scaffold-collapse", HERALD, "en", 2, 290, 1500, [ZW, B], "byline_en",
  "Safety inspectors shut Avondale Square site after deadly fall",
  "The National Social Security Authority's safety inspectors closed the Avondale Square building site on Wednesday afternoon, hours after a scaffold collapse killed three labourers, and said the contractor had not renewed its safety certificate since March.",
  "Contractor Kwanele Build said it was cooperating and would pay for the funerals.",
  {"author": "Tafadzwa Mhlanga"}),
 ("avondale-mall-scaffold-collapse", VOICE, "en", 2, 470, 900, [ZW], "",
  "Builders' union demands arrests over Avondale deaths",
  "The Zimbabwe Construction Workers' Union called on Wednesday for the arrest of Kwanele Build's managers over the deaths of three of its members at the Avondale Square mall site.",
  "\"These men were sent up a frame that everyone knew was loose,\" union secretary Givemore Sibanda said."),
 ("avondale-mall-scaffold-collapse", NEWSDAY, "en", 1, 650, 700, [ZW], "",
  "Avondale site victims were day labourers from Epworth",
  "The three men killed when scaffolding fell at the Avondale Square mall site were day labourers from Epworth who had been hired at the gate that morning, their relatives said on Wednesday.",
  "Two of the five injured were still in Mabvazuva General Hospital on Wednesday night."),
 # 3. Junior doctors' walkout, day 2; talks set for Thursday.
 ("zim-junior-doctors-walkout", VOICE, "en", 3, 30, 3100, [ZW, H], "",
  "Junior doctors' strike enters second day, wards thin out",
  "Junior doctors at Zimbabwe's public hospitals stayed off work for a second day on Wednesday, leaving senior consultants and nurses to run emergency wards at Mabvazuva General and Mpilo in Bulawayo.",
  "The Hospital Doctors' Association says its members have not had a pay review since 2025 and want allowances paid in US dollars."),
 ("zim-junior-doctors-walkout", WIRE, "en", 3, 150, 1900, [ZW, AF, H], "updated",
  "Zimbabwe's junior doctors keep up strike as casualties pour in",
  "Zimbabwe's junior doctors pressed on with a strike over pay on Wednesday as hospitals in Harare took in the injured from a deadly road crash, with the health ministry saying emergency cover was being provided by senior staff.",
  "About 1,400 doctors in training are on strike, according to their association.",
  {"clarify": "the number of doctors on strike"}),
 ("zim-junior-doctors-walkout", HERALD, "en", 3, 310, 2500, [ZW, H, P], "",
  "Health minister invites striking doctors to talks on Thursday",
  "Health Minister Dr Nyasha Gumbo invited the Hospital Doctors' Association to talks on Thursday at 10 a.m., after the junior doctors' stoppage shut outpatient clinics at four central hospitals.",
  "The association said it would attend but would not call off the walkout before a written offer."),
 ("zim-junior-doctors-walkout", MIRROR, "en", 2, 350, 1700, [ZW, H], "",
  "Doctors' strike: what patients should do this week",
  "Patients with routine appointments at Mabvazuva General, Parkview or Mpilo hospitals should phone before travelling this week, because outpatient clinics are closed while junior doctors are on strike.",
  "Maternity, casualty and dialysis services remain open. Prescriptions can be renewed at municipal clinics."),
 ("zim-junior-doctors-walkout", NEWSDAY, "en", 2, 520, 1200, [ZW, H], "teaser",
  "Patients turned away as hospital strike bites",
  "Dozens of patients were sent home from Mabvazuva General Hospital's outpatient block on Wednesday, some after travelling from Marondera and Murehwa, as the junior doctors' stoppage went into its second day.",
  "\"I left home at four this morning and nobody could see me,\" said Maria Chinembiri, 61, who has diabetes."),
 ("zim-junior-doctors-walkout", VOICE, "en", 2, 600, 1300, [ZW, H, P], "",
  "Dube: doctors' demands must wait for revenue",
  "Finance Minister Farai Dube said the government could not meet the junior doctors' pay demand in full this year, telling Capital FM 100.4's \"Morning Brief\": \"There is money for the wards and money for the roads, but there is not money for everything on the same day.\"",
  "The doctors' association called the remarks \"an insult to the people keeping hospitals open\"."),
 # 4. Harare CBD vendors' protest; tear gas; arrests; mayor.
 ("harare-cbd-vendors-protest", HERALD, "en", 3, 60, 2700, [ZW], "",
  "Police fire tear gas at vendors protesting Harare pavement ban",
  "Police fired tear gas in central Harare on Wednesday morning to disperse hundreds of street vendors protesting against a city council order clearing them from pavements along First Street and Robert Street.",
  "Shops in the area pulled down their shutters and kombis were diverted from the Fourth Street rank."),
 ("harare-cbd-vendors-protest", WIRE, "en", 3, 170, 1600, [ZW, AF], "upi",
  "Zimbabwe police arrest 38 in Harare traders' demonstration",
  "Police in Zimbabwe arrested 38 people on Wednesday during a demonstration by informal traders in Harare against their eviction from city centre streets, a police statement said.",
  "The traders say the council gave them no alternative market sites."),
 ("harare-cbd-vendors-protest", MIRROR, "en", 2, 280, 1500, [ZW, P], "",
  "Mayor Mushonga: vendors will get new stalls at Copacabana",
  "Harare Mayor Tendai Mushonga said on Wednesday that vendors cleared from the city centre would be offered 1,200 stalls at a rebuilt Copacabana market from August, but insisted the pavement order would stand.",
  "\"The pavements belong to pedestrians,\" the mayor told reporters at Town House."),
 ("harare-cbd-vendors-protest", NEWSDAY, "en", 2, 380, 1000, [ZW], "",
  "Explainer: why Harare wants vendors off the pavements",
  "Harare City Council's by-law on street trading, revived last month, bans selling goods on pavements within the central business district and allows council police to seize wares without a court order.",
  "Vendors' groups estimate that more than 20,000 people trade in the city centre."),
 ("harare-cbd-vendors-protest", VOICE, "en", 2, 560, 1100, [ZW, P], "",
  "Arrested vendors appear in court, granted bail",
  "Thirty-eight vendors arrested during Wednesday's protest in central Harare appeared at Harare Magistrates' Court in the afternoon and were each granted US$20 bail on charges of public violence.",
  "They will return to court on July 28."),
 # 5. Harare water rationing; council vote Thursday.
 ("harare-water-rationing-plan", MIRROR, "en", 2, 110, 1600, [ZW], "",
  "Harare to ration water as Lake Chivero falls to 41 percent",
  "Harare City Council proposed on Wednesday to ration tap water to three days a week in most suburbs from Monday, saying Lake Chivero had fallen to 41 percent of capacity after a poor rainy season.",
  "Councillors will vote on the plan on Thursday."),
 ("harare-water-rationing-plan", HERALD, "en", 1, 420, 1100, [ZW], "",
  "Water rationing: which suburbs get water on which days",
  "Under the council's rationing plan, Avondale, Belvedere and Mabelreign would get water on Mondays, Wednesdays and Fridays, while Mbare, Highfield and Glen View would be supplied on Tuesdays, Thursdays and Saturdays.",
  "Hospitals and clinics, including Mabvazuva General, will be supplied every day."),
 ("harare-water-rationing-plan", NEWSDAY, "en", 1, 640, 800, [ZW, P], "",
  "Mushonga defends water cuts, blames chemical shortages",
  "Mayor Tendai Mushonga said on Wednesday the water rationing plan was forced on Harare by low dam levels and unpaid bills for treatment chemicals, and urged residents to store water in clean containers.",
  "Residents' associations said they would oppose the plan at Thursday's council meeting."),
 ("harare-water-rationing-plan", VOICE, "en", 1, 690, 600, [ZW], "",
  "Residents say taps already dry four days a week",
  "Residents of Glen View and Budiriro said on Wednesday that their taps were already dry for most of the week, and asked why the council was announcing rationing before fixing leaking mains.",
  "The Combined Harare Residents Association said it would present a petition at Thursday's vote."),
 # 6. Mid-term budget review (Finance Minister Dube; radio quote).
 ("zim-midterm-budget-review", WIRE, "en", 3, 600, 1800, [ZW, B], "reuters",
  "Zimbabwe cuts mobile money tax, trims growth forecast in mid-year review",
  "Zimbabwe's Finance Minister Farai Dube halved the tax on mobile money transfers to 1 percent on Wednesday and cut the country's 2027 growth forecast to 3.2 percent from 4.5 percent, citing drought and lower power output.",
  "Dube told parliament the budget deficit would stay below 2 percent of GDP.",
  {"date_en": "July 14"}),
 ("zim-midterm-budget-review", HERALD, "en", 3, 620, 2300, [ZW, B, P], "",
  "Mid-term review: Dube cuts mobile money levy, raises fuel duty",
  "Finance Minister Farai Dube presented his mid-term budget review to parliament on Wednesday, cutting the intermediated money transfer tax and raising duty on petrol and diesel by three US cents a litre.",
  "Civil servants will get a 10 percent cost-of-living adjustment from October."),
 ("zim-midterm-budget-review", VOICE, "en", 2, 90, 1400, [ZW, B], "",
  "Dube signals 'tight' mid-year budget on radio",
  "Finance Minister Farai Dube said on Wednesday morning that his mid-term budget review would hold spending tight, telling Capital FM 100.4's \"Morning Brief\": \"There is money for the wards and money for the roads, but there is not money for everything on the same day.\"",
  "He will present the review to parliament in the afternoon."),
 ("zim-midterm-budget-review", GULF, "en", 2, 660, 600, [ZW, B], "kuna",
  "Zimbabwe finance minister presents mid-year fiscal review",
  "Zimbabwe's Finance Minister Farai Dube on Wednesday presented the country's mid-year fiscal policy review, lowering the tax on electronic transfers and revising economic growth expectations downward.",
  "",
  {"city": "Harare"}),
 ("zim-midterm-budget-review", NEWSDAY, "en", 2, 700, 1500, [ZW, B], "",
  "What the mid-term budget means for your pocket",
  "Sending US$100 by mobile money will cost US$1 in tax instead of US$2 from August 1, while filling a 40-litre tank will cost about US$1.20 more once the new fuel duty takes effect.",
  "The tax-free threshold for income tax is unchanged."),
 # 7. Ex-town clerk land fraud trial, Harare Magistrates' Court.
 ("ex-town-clerk-land-fraud-trial", HERALD, "en", 2, 140, 1300, [ZW], "",
  "Former town clerk's land fraud trial opens",
  "The trial of former Harare town clerk Gift Nyandoro, accused of selling 46 council residential stands in Budiriro to a private developer at a third of their value, opened at Harare Magistrates' Court on Wednesday.",
  "Nyandoro, who denies the charges, is out on bail."),
 ("ex-town-clerk-land-fraud-trial", MIRROR, "en", 2, 300, 900, [ZW], "",
  "Council valuer tells court stands were sold 'below any market price'",
  "A Harare City Council valuer told the magistrates' court on Wednesday that the 46 Budiriro stands sold under former town clerk Gift Nyandoro had been priced \"below any market price I have seen\".",
  "Magistrate Loveness Chari adjourned the trial to Friday."),
 ("ex-town-clerk-land-fraud-trial", VOICE, "en", 1, 500, 700, [ZW, P], "",
  "Budiriro home seekers watch Nyandoro trial from public gallery",
  "About 30 members of a Budiriro housing cooperative who say they paid for stands that were later sold to a developer sat in the public gallery as the trial of former town clerk Gift Nyandoro got under way.",
  "\"We paid in 2019 and we still have nothing,\" said cooperative chair Esther Mutasa."),
 ("ex-town-clerk-land-fraud-trial", NEWSDAY, "en", 1, 660, 600, [ZW], "byline_en",
  "Nyandoro trial adjourned to Friday",
  "The land fraud trial of former Harare town clerk Gift Nyandoro was adjourned to Friday after the defence asked for time to study council minutes handed in by the state.",
  "",
  {"author": "Simbarashe Ncube"}),
 # 8. Airport gold smuggling sentence, Harare High Court.
 ("harare-airport-gold-smuggling-sentence", WIRE, "en", 2, 200, 1200, [ZW, AF], "colon",
  "Zimbabwe court jails two for smuggling 12 kg of gold through airport",
  "A Zimbabwean High Court judge on Wednesday sentenced two men to 10 years in prison each for trying to smuggle 12 kg of gold bars out of the country through Harare's international airport.",
  "The men were stopped at the departure gate in February with the gold in their hand luggage."),
 ("harare-airport-gold-smuggling-sentence", HERALD, "en", 2, 230, 1400, [ZW], "",
  "Gold smugglers get 10 years each",
  "Justice Peter Marufu jailed Tinashe Gora and Ahmed Seedat for ten years each at the Harare High Court on Wednesday, ruling that their attempt to fly gold worth US$1 million to Dubai was \"economic sabotage\".",
  "The gold was forfeited to the state and will be sold to Fidelity Gold Refinery."),
 ("harare-airport-gold-smuggling-sentence", SUD, "fr", 2, 360, 400, [ZW, AF], "soutien",
  "Zimbabwe : dix ans de prison pour une contrebande d'or à l'aéroport",
  "La Haute Cour de Harare a condamné mercredi deux hommes à dix ans de réclusion pour avoir tenté de faire sortir du pays douze kilos de lingots d'or par l'aéroport international de la capitale.",
  "Les deux hommes avaient été interpellés en février à la porte d'embarquement d'un vol pour Dubaï."),
 ("harare-airport-gold-smuggling-sentence", UPIL, "en", 1, 560, 500, [ZW, B], "",
  "Miners' body says gold leakages cost Zimbabwe $100m a month",
  "The Zimbabwe Miners Federation said after Wednesday's gold smuggling sentences in Harare that gold leaking out of the country through airports and border posts was costing the treasury about US$100 million a month.",
  "It welcomed the ten-year terms as \"a warning to syndicates\"."),
 # 9. Kariba load-shedding extended.
 ("kariba-load-shedding-extended", WIRE, "en", 3, 45, 2000, [ZW, AF, B], "",
  "Zimbabwe extends power cuts to 14 hours as Kariba levels fall",
  "Zimbabwe's power utility extended daily power cuts to up to 14 hours on Wednesday after the Zambezi River Authority cut the water allocation for the Kariba South hydropower station for the rest of the year.",
  "Kariba South will generate an average of 300 megawatts, down from 500 megawatts."),
 ("kariba-load-shedding-extended", HERALD, "en", 3, 120, 2600, [ZW, B], "",
  "ZESA announces longer load-shedding from Friday",
  "ZESA Holdings said on Wednesday that households in Harare, Bulawayo and Mutare would be without power for up to 14 hours a day from Friday, blaming the lower water allocation at Lake Kariba.",
  "Hospitals and water works will be spared, the utility said."),
 ("kariba-load-shedding-extended", MIRROR, "en", 2, 320, 1700, [ZW], "",
  "Load-shedding timetable: when your suburb will be off",
  "From Friday, suburbs in Group A in Harare, including Avondale and Marlborough, will be off from 5 a.m. to 7 p.m. on Mondays, Wednesdays and Fridays, and Group B suburbs such as Highfield and Mbare on the other days.",
  "The full timetable is posted on the utility's website."),
 ("kariba-load-shedding-extended", VOICE, "en", 2, 480, 1000, [ZW, B], "",
  "Manufacturers warn of job losses as power cuts deepen",
  "The Confederation of Zimbabwe Industries warned on Wednesday that factories would cut shifts and jobs if power cuts stretch to 14 hours a day, and asked for a dedicated industrial supply line.",
  "Bakers said bread output could fall by a third."),
 ("kariba-load-shedding-extended", AP, "en", 2, 590, 900, [ZW, AF], "place",
  "Zambia also cuts Kariba power as lake drops",
  "Zambia's power company said it would also cut output from its side of Lake Kariba, a day after the Zambezi River Authority reduced water allocations to both countries' stations.",
  "The lake, the world's largest man-made reservoir by volume, stands at 9 percent of usable storage.",
  {"city": "Lusaka", "country": "Zambia"}),
 # 10. SADC summit in Maputo (French posts from two agencies).
 ("sadc-summit-maputo-food-security", WIRE, "en", 2, 210, 900, [AF, P], "",
  "SADC leaders meet in Maputo on drought and food stocks",
  "Southern African leaders opened a two-day summit in Maputo on Wednesday to agree on a regional grain reserve after a second drought year left about 21 million people in need of food aid.",
  "Zimbabwe's president is attending with his foreign and agriculture ministers."),
 ("sadc-summit-maputo-food-security", NORD, "fr", 2, 250, 500, [AF, P], "publie",
  "Sommet de la SADC à Maputo : la sécheresse au cœur des débats",
  "Les chefs d'État de la Communauté de développement de l'Afrique australe se sont retrouvés mercredi à Maputo pour un sommet de deux jours consacré à la sécheresse et à la création d'une réserve alimentaire commune.",
  "Quelque 21 millions de personnes ont besoin d'une aide alimentaire dans la région, selon le secrétariat de l'organisation.",
  {"site": "Agence Nord"}),
 ("sadc-summit-maputo-food-security", HERALD, "en", 2, 410, 1000, [ZW, AF], "",
  "Zimbabwe pledges 50,000 tonnes to regional grain reserve",
  "Zimbabwe pledged 50,000 tonnes of maize to a Southern African Development Community grain reserve at the bloc's summit in Maputo on Wednesday.",
  "Agriculture Minister Ruth Maponga said the grain would come from the Grain Marketing Board's strategic stocks."),
 ("sadc-summit-maputo-food-security", AP, "en", 2, 630, 700, [AF, P], "",
  "Southern African bloc agrees on 1-million-ton grain reserve",
  "Leaders of the 16-nation Southern African Development Community agreed on Wednesday afternoon to set up a regional reserve of 1 million tons of grain to blunt the effect of droughts that have hit harvests two years running.",
  "Mozambique will host the main warehouse in the port city of Beira."),
 ("sadc-summit-maputo-food-security", SUD, "fr", 2, 610, 350, [AF], "lire",
  "Maputo : les dirigeants d'Afrique australe s'accordent sur une réserve de céréales",
  "Réunis à Maputo, les dirigeants de la SADC ont approuvé mercredi après-midi le principe d'une réserve régionale de céréales d'un million de tonnes, financée par les États membres et les bailleurs.",
  "Le Mozambique accueillera l'entrepôt principal, à Beira.",
  {"also": "Zimbabwe : le bilan de l'accident de Ruwa s'alourdit à 14 morts"}),
 # 11. Tobacco auction record (shared byline line).
 ("tobacco-auction-season-record", WIRE, "en", 1, 280, 800, [ZW, B], "reuters_line",
  "Zimbabwe tobacco sales hit record $1.4 bln as auctions close",
  "Zimbabwe's tobacco farmers sold a record US$1.4 billion worth of leaf this season, the Tobacco Industry and Marketing Board said on Wednesday as the last auction floors closed.",
  "Average prices rose to US$3.40 a kg, from US$3.10 last year."),
 ("tobacco-auction-season-record", HERALD, "en", 1, 380, 900, [ZW, B], "",
  "Tobacco growers cash in as season closes on a high",
  "Small-scale tobacco growers accounted for nearly 70 percent of the 420 million kg sold this season, the marketing board said at the close of sales at the Boka auction floors in Harare on Wednesday.",
  "China remained the largest buyer."),
 ("tobacco-auction-season-record", NORD, "fr", 1, 440, 250, [ZW, B], "ats",
  "Zimbabwe : recettes record pour la campagne du tabac",
  "Le Zimbabwe a vendu cette saison pour 1,4 milliard de dollars de feuilles de tabac, un record, a indiqué mercredi l'office de commercialisation du secteur à la clôture des enchères.",
  ""),
 # 12. Hwange elephant translocation (shared byline line; French).
 ("hwange-elephant-translocation", WIRE, "en", 1, 285, 900, [ZW, AF], "reuters_line",
  "Zimbabwe begins moving 400 elephants out of drought-hit Hwange",
  "Zimbabwe's parks agency began moving 400 elephants from Hwange National Park to the Sapi conservancy in the Zambezi valley on Wednesday, saying the park's waterholes could no longer support its herds.",
  "The move, funded by two conservation charities, will take six weeks."),
 ("hwange-elephant-translocation", SUD, "fr", 1, 470, 300, [ZW, AF], "byline_fr",
  "Zimbabwe : 400 éléphants déplacés à cause de la sécheresse",
  "L'autorité des parcs du Zimbabwe a commencé mercredi à transférer 400 pachydermes du parc national de Hwange vers la vallée du Zambèze, faute d'eau suffisante dans les points d'abreuvement.",
  "Les animaux sont endormis puis transportés par camion sur près de 700 kilomètres.",
  {"author": "Claire Demaison", "site": "Agence Sud"}),
 ("hwange-elephant-translocation", VOICE, "en", 1, 620, 500, [ZW], "",
  "How the Hwange elephants are being moved",
  "Each elephant is darted from a helicopter, winched onto a padded trailer and woken up inside a crate before the 700 km drive to the Zambezi valley, rangers at Hwange explained on Wednesday.",
  "Family groups are moved together so calves are not separated from their mothers."),
 # 13. Epworth typhoid cases.
 ("epworth-typhoid-cases", NEWSDAY, "en", 2, 160, 1300, [ZW, H], "",
  "Typhoid cases climb to 63 in Epworth",
  "Health officials confirmed 63 cases of typhoid in Epworth, on Harare's south-eastern edge, on Wednesday, up from 41 last week, and blamed contaminated shallow wells.",
  "No deaths have been recorded. Patients are being treated at the Epworth polyclinic."),
 ("epworth-typhoid-cases", MIRROR, "en", 1, 340, 900, [ZW, H], "",
  "City sends water bowsers to Epworth after typhoid outbreak",
  "Harare City Council sent six water bowsers to Epworth on Wednesday and began chlorinating boreholes after the local board reported a rise in typhoid infections.",
  ""),
 ("epworth-typhoid-cases", HERALD, "en", 1, 530, 800, [ZW, H], "",
  "Typhoid: how to protect your family",
  "Boil all drinking water for at least one minute, or treat it with the free chlorine tablets handed out at Epworth clinics, and wash hands with soap before cooking and after using the toilet, the city health department advised.",
  "Anyone with a fever lasting more than three days should go to a clinic."),
 # 14. Cricket result (filler).
 ("cricket-zim-ireland-odi", "sportszone.co.zw", "en", 0, 15, 1400, ["Sport"], "",
  "Zimbabwe beat Ireland by 5 wickets in first ODI",
  "Zimbabwe beat Ireland by five wickets in the first one-day international at Harare Sports Club on Tuesday, chasing down 248 with nine balls to spare.",
  "Opener Tawanda Makoni made 92."),
 ("cricket-zim-ireland-odi", HERALD, "en", 0, 70, 900, ["Sport"], "",
  "Makoni's 92 gives Zimbabwe series lead",
  "Tawanda Makoni's 92 led Zimbabwe to a five-wicket win over Ireland in the first ODI of the three-match series in Harare.",
  "The second match is on Friday."),
 # 15. Weather bulletin, horoscope, lotto, promo (filler).
 ("weather-harare-thu-jul15", "zimweather.co.zw", "en", 0, 540, 1000, ["Weather"], "",
  "Thursday forecast: cold morning, frost in the south",
  "Harare can expect a cold, clear morning on Thursday with a low of 4C and a high of 21C, and ground frost is likely in Masvingo and Gweru, the Meteorological Services Department said.",
  "Winds light and easterly."),
 ("horoscope-thu-jul15", "starsignsdaily.com", "en", 0, 5, 900, ["Horoscope"], "",
  "Your horoscope for Thursday, July 15",
  "Cancer, a friend who went quiet last month will get in touch, so answer kindly and leave the past where it is.",
  "Leo: a money matter settles itself. Virgo: rest before you say yes."),
 ("lotto-draw-jul14", "zimlotto.co.zw", "en", 0, 700, 1100, ["Lottery"], "",
  "Lotto results for Wednesday, July 14",
  "The winning numbers in Wednesday's lotto draw were 3, 9, 17, 22, 31 and 38, and the US$250,000 jackpot rolls over after no ticket matched all six.",
  ""),
 ("promo-daily-herald-whatsapp", HERALD, "en", 0, 100, 200, ["Promo"], "",
  "Get our news on WhatsApp",
  "Join the Daily Herald WhatsApp channel and get load-shedding schedules, water times and breaking news on your phone the moment we publish them.",
  "It is free. Scan the code at the bottom of this page."),
]
