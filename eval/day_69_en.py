# Day 69 (hold-out): a Scottish English channel, morning edition of Wednesday 14 April 2027
# (window 17:00 Tuesday - 05:00 Wednesday Edinburgh time, Europe/London = BST = UTC+1 in April).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: First Minister Catriona Baird on Forth & Clyde
#   Radio's "Night Desk" on Tuesday evening, quoted about the school phone-ban vote (post 10) and about
#   the train drivers' strike (post 15), both carrying "Families in this country are entitled to
#   things that work, whether that's a classroom or the 7.40 to Glasgow.";
# - a shared wire byline line ("UK Desk | Updated: 04-13-2027 22:10 BST"): the Tayforge Games
#   takeover (post 48) and the Scotch whisky export figures (post 51), unrelated stories;
# - the same hospital: the Royal Clyde Infirmary takes the Govanhill fire's injured (posts 2, 3) and is
#   the hospital of the A&E waiting-time story (posts 33-35);
# - the same town: Aberdeen's bin strike (posts 25-28), the fire on a supply ship in Aberdeen harbour
#   (posts 29-32) and the platform workers flown to Aberdeen (posts 19-24); Leith, where the doorman
#   was murdered (posts 36-39), and Leith Athletic's football defeat (posts 59-60);
# - look-alike stories: two fires (the Govanhill tenement fire, posts 1-8; the engine-room fire on
#   the supply ship Northern Sentinel, posts 29-32); two strikes (Caledonian Rail drivers, posts
#   14-18; Aberdeen bin workers, posts 25-28); two court cases (the Leith doorman murder verdict in
#   the High Court in Edinburgh, posts 36-39; the foodbank treasurer jailed at Glasgow Sheriff Court,
#   posts 40-42); two North Sea / offshore stories (the Balnagask platform gas leak; the supply ship
#   fire, posts 29-32); two business stories on the same wire line (takeover and whisky); two Holyrood
#   / First Minister stories (phone ban and rail strike); the weather bulletin (post 61) kept apart
#   from the Cairngorms search (posts 55-58);
# - running updates: the fire toll 2 -> 3 (post 5); the phone-ban vote short of a majority -> deal
#   (post 11); the strike ballot -> talks on Thursday (post 18); the leak -> isolated at 2am (post
#   24); the climbers missing -> search suspended -> found alive (post 57);
# - stories told from other angles: the neighbours (post 2), fire-safety checks for tenements (post
#   7), how to help the Govanhill families (post 8), what the ban means for your child (post 12), head
#   teachers (post 13), how to travel on strike days (post 17), the platform families (post 23), what
#   to do with your rubbish (post 27), where else to get help than A&E (post 35), the victim's widow
#   (post 39), the foodbank volunteers (post 42), the Breton fishers and families (posts 46-47), the
#   jobs at Tayforge (post 50), the French market for whisky (post 53), spring snow safety (post 58);
# - posts in French (the agencies' French service, a Swiss agency, Breton outlets): posts 6, 44, 45,
#   46, 47, 49, 53;
# - a promo posted alone (post 64); filler of importance 0: the football result (posts 59-60), the
#   weather bulletin (post 61), the horoscope (post 62), the lottery draw (post 63).
NAME = "2027-04-14-en-morning-edinburgh-h69"
CHANNEL = {"lang": "en", "tz": "Europe/London"}
WINDOW = ("2027-04-13T16:00:00Z", "2027-04-14T04:00:00Z")
CTX = {"stamp": "04-13-2027 22:10", "city": "Glasgow", "date_fr": "13 avr", "date_en": "April 13",
       "author": "Fiona Lamont", "clarify": "the number of people taken to hospital",
       "caption": "", "also": "", "country": "Scotland",
       "line": "UK Desk | Updated: 04-13-2027 22:10 BST"}
# The editor's top 5: the deadly Govanhill tenement fire, the North Sea platform gas leak, the rail
# drivers' strike, the Holyrood phone-ban vote, the Leith doorman murder verdict.
TOP5 = ["govanhill-tenement-fire", "balnagask-platform-gas-leak", "caledonian-rail-drivers-strike",
        "holyrood-school-phone-ban-vote", "leith-doorman-murder-verdict"]
SC = "Scotland"
UK = "UK"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
CR = "Crime"
HERALD = "clydeherald.co.uk"
COURIER = "capitalcourier.co.uk"
GRANITE = "granitepress.co.uk"
RECORDER = "scotdailyrecorder.co.uk"
PA = "pa-like.co.uk"
WIRE = "wire-west.com"
AP = "ap-like.org"
NORD = "agence-nord.fr"
POSTS = [
 # 1. Fire 1: four-storey tenement on Bankhall Street, Govanhill, Glasgow: "fire", "blaze",
 #    "inferno"; 2 dead -> 3 dead; nine hurt to the Royal Clyde Infirmary; 40 residents out.
 ("govanhill-tenement-fire", HERALD, "en", 3, 95, 4200, [SC], "",
  "Two dead as fire rips through Govanhill tenement",
  "Two people died and nine others were taken to hospital after fire swept through a four-storey tenement on Bankhall Street in Govanhill, Glasgow, on Tuesday evening, the Scottish Fire and Rescue Service said.",
  "Eight appliances and a high-reach platform were sent to the building after the first 999 call at 6.12pm, and crews rescued six people from upper windows."),
 ("govanhill-tenement-fire", RECORDER, "en", 3, 150, 5100, [SC], "caption",
  "'We heard screaming from the top flat': neighbours on Govanhill blaze",
  "Neighbours in Govanhill said they tried to break down the door of a top-floor flat as thick smoke poured down the close of the burning tenement, before firefighters arrived and pushed them back into the street.",
  "Nine people, among them two children, were taken to the Royal Clyde Infirmary, where staff said three were in a serious condition.",
  {"caption": "Firefighters on a high-reach platform spray water into the roof of a tenement on Bankhall Street, Govanhill, on Tuesday evening.",
   "site": "The Scottish Daily Recorder"}),
 ("govanhill-tenement-fire", PA, "en", 3, 210, 1900, [SC, UK], "byline_en",
  "Glasgow tenement fire: two dead and nine in hospital",
  "Two people have died in a tenement fire in the south side of Glasgow, police said on Tuesday night, as detectives and fire investigators began working to find out how the blaze started.",
  "Police Scotland said the deaths were being treated as unexplained. The injured were taken to the Royal Clyde Infirmary.",
  {"author": "Craig Munro", "site": "PA-like"}),
 ("govanhill-tenement-fire", WIRE, "en", 3, 300, 900, [UK, W], "reuters",
  "Fire in Glasgow apartment block kills two",
  "A fire in a century-old apartment building in Glasgow killed two people on Tuesday and left about 40 residents homeless, Scottish firefighters said.",
  "The sandstone tenement, built in 1903, had no cladding, the fire service said."),
 ("govanhill-tenement-fire", HERALD, "en", 3, 560, 3300, [SC], "updated",
  "Govanhill fire: death toll rises to three",
  "A third person has died after the tenement fire in Govanhill, a woman of 78 who was rescued from a second-floor flat and died in hospital in the early hours of Wednesday, Police Scotland said.",
  "Two of the other eight injured remain in a serious condition. Glasgow City Council said 40 residents had been put up in hotels overnight.",
  {"clarify": "the number of people who remain in a serious condition"}),
 ("govanhill-tenement-fire", NORD, "fr", 3, 470, 300, [W], "actu",
  "Écosse : un incendie dans un immeuble de Glasgow fait deux morts",
  "Deux personnes sont mortes et neuf ont été hospitalisées mardi soir dans l'incendie d'un immeuble ancien de quatre étages à Glasgow, la plus grande ville d'Écosse, ont indiqué les pompiers écossais.",
  "L'origine du sinistre n'était pas connue dans la nuit."),
 ("govanhill-tenement-fire", COURIER, "en", 3, 400, 1400, [SC], "",
  "Living in a tenement? Five fire-safety checks to make tonight",
  "Keep the close and stairwell free of bikes, prams and rubbish, test every smoke alarm and make sure you have a heat alarm in the kitchen, firefighters urged tenement residents on Tuesday night after the deadly blaze in Govanhill.",
  "Never wedge the close door open, keep your keys near your front door, and if the stair is full of smoke stay in your flat with the door shut and call 999."),
 ("govanhill-tenement-fire", RECORDER, "en", 3, 640, 2700, [SC], "donate",
  "How you can help the Govanhill fire families",
  "A Govanhill community centre on Calder Road will take donations of clothes, toiletries and school uniforms from 8am on Wednesday for the families who lost their homes in Tuesday's tenement fire, its organisers said.",
  "The Southside Housing Trust has opened a hardship fund, and the local mosque and parish church are both collecting cash for the families."),

 # 2. Holyrood vote on Wednesday on the Schools (Mobile Devices) Bill: phone ban in class;
 #    "ban", "restrictions", "bill"; FM on the radio; Lib-like deal secures a majority overnight.
 ("holyrood-school-phone-ban-vote", COURIER, "en", 3, 60, 2600, [SC, P], "",
  "MSPs to vote on school phone ban on Wednesday",
  "MSPs will vote on Wednesday afternoon on a bill that would ban pupils in Scotland's state schools from using mobile phones during the school day, with the government still two votes short of a majority on Tuesday evening.",
  "The Schools (Mobile Devices) Bill would require every primary and secondary school to collect or lock away phones from the first bell until the last, from August 2028."),
 ("holyrood-school-phone-ban-vote", HERALD, "en", 3, 190, 2100, [SC, P], "",
  "Baird makes final pitch for phone ban before Holyrood vote",
  "First Minister Catriona Baird urged opposition MSPs on Tuesday night to back her school phone ban, telling Forth & Clyde Radio's \"Night Desk\": \"Families in this country are entitled to things that work, whether that's a classroom or the 7.40 to Glasgow.\"",
  "She said teachers had told her that phones were behind most of the fights and bullying cases they now dealt with."),
 ("holyrood-school-phone-ban-vote", PA, "en", 3, 380, 1200, [SC, UK, P], "teaser",
  "Phone ban set to pass after late deal with Lib Dems",
  "The Scottish Government's ban on mobile phones in classrooms looks set to clear Holyrood on Wednesday after the Scottish Liberal Democrats agreed late on Tuesday to back it in return for an exemption for pupils who care for sick relatives.",
  "The deal gives ministers a majority of four, according to a count by the party whips."),
 ("holyrood-school-phone-ban-vote", RECORDER, "en", 3, 500, 3000, [SC], "",
  "Phone ban: what it would mean for your child",
  "If the ban passes, pupils will still be allowed to bring a phone to school but will have to hand it in or lock it in a pouch at registration and collect it at home time, under the guidance published with the bill.",
  "Schools can allow phones for medical reasons, such as blood sugar monitoring, and for young carers. Parents who need to reach a child urgently should call the school office."),
 ("holyrood-school-phone-ban-vote", GRANITE, "en", 3, 610, 900, [SC, P], "",
  "Head teachers split over classroom phone restrictions",
  "Head teachers in the north-east are divided on the classroom phone restrictions Holyrood votes on today, with some saying the rules would only make law of what their schools already do and others warning of rows at the school gate.",
  "The head teachers' association said it was neutral on the bill but wanted money for lockable pouches."),

 # 3. Strike 1: Caledonian Rail drivers vote to strike on 24-25 April; "strike", "walkout",
 #    "industrial action"; 86% yes; FM quote; talks on Thursday.
 ("caledonian-rail-drivers-strike", HERALD, "en", 3, 20, 3500, [SC], "",
  "Train drivers vote to strike, threatening weekend shutdown",
  "Caledonian Rail's train drivers have voted by 86% to strike on Saturday April 24 and Sunday April 25, their union said on Tuesday, a walkout that would halt almost every train in Scotland.",
  "The Train Drivers' Federation said 91% of its 1,240 members at the operator took part in the ballot, in a dispute over rest days and a 4% pay offer."),
 ("caledonian-rail-drivers-strike", RECORDER, "en", 3, 200, 2300, [SC, P], "",
  "First Minister: rail strike 'must not happen'",
  "First Minister Catriona Baird said on Tuesday night that the rail drivers' strike must not go ahead and that she would ask Caledonian Rail's board to reopen talks, telling Forth & Clyde Radio's \"Night Desk\": \"Families in this country are entitled to things that work, whether that's a classroom or the 7.40 to Glasgow.\"",
  "The publicly owned operator is run at arm's length from ministers."),
 ("caledonian-rail-drivers-strike", "upi-like.com", "en", 3, 330, 400, [UK], "upi",
  "Scotland faces weekend without trains as drivers back walkout",
  "Train drivers at Scotland's state-owned rail operator voted for a two-day strike later this month, their union said Tuesday, in a row over pay and working on rest days.",
  ""),
 ("caledonian-rail-drivers-strike", COURIER, "en", 3, 430, 1800, [SC], "",
  "Rail strike: how to get around on April 24 and 25",
  "Passengers with tickets for April 24 or 25 can use them on the day before or the two days after, or claim a full refund at any staffed station or online, Caledonian Rail said on Tuesday.",
  "Extra buses will run between Edinburgh and Glasgow, and bus operators said they were adding services on their busiest routes. Airport travellers should allow extra time."),
 ("caledonian-rail-drivers-strike", PA, "en", 3, 590, 900, [SC, UK], "",
  "Rail bosses and union agree to talks on Thursday",
  "Caledonian Rail and the Train Drivers' Federation will meet at the offices of a conciliation service in Glasgow on Thursday in an attempt to head off the two-day strike, both sides said early on Wednesday.",
  "The union said the walkout would go ahead unless the rest-day agreement was restored."),

 # 4. Gas leak on the Balnagask Alpha platform, 140 km east of Aberdeen: "leak", "release",
 #    "escape of gas"; 84 non-essential workers flown to Aberdeen -> leak isolated at 2am.
 ("balnagask-platform-gas-leak", GRANITE, "en", 3, 110, 3900, [SC, B], "",
  "84 workers flown off North Sea platform after gas leak",
  "Eighty-four workers were flown off the Balnagask Alpha platform in the central North Sea on Tuesday evening after a gas leak was detected in its compression module, the operator Grampian Offshore Energy said.",
  "The workers were taken by helicopter to Aberdeen, while 38 crew stayed on board to deal with the leak. Nobody was hurt."),
 ("balnagask-platform-gas-leak", AP, "en", 3, 220, 1100, [UK, W], "place",
  "Gas leak forces evacuation of North Sea platform",
  "A gas leak forced the evacuation of most of the workers on a North Sea oil and gas platform Tuesday, with helicopters ferrying dozens of them to the Scottish mainland as a coast guard aircraft circled overhead.",
  "The platform, about 90 miles east of Aberdeen, produces gas that is piped to a terminal in Fife.",
  {"city": "Aberdeen"}),
 ("balnagask-platform-gas-leak", WIRE, "en", 3, 290, 700, [B, W], "reuters",
  "Grampian Offshore shuts Balnagask field after gas release",
  "Grampian Offshore Energy shut down production at its Balnagask field on Tuesday after a gas release on the platform, the company said, cutting about 3% of British gas output.",
  "British wholesale gas prices for next-day delivery rose 6% in late trading.",
  {"city": "Aberdeen"}),
 ("balnagask-platform-gas-leak", "gulf-wire.com", "en", 3, 360, 250, [B], "kuna",
  "Gulf-backed North Sea operator halts gas field after leak",
  "Grampian Offshore Energy, part-owned by a Gulf sovereign fund, halted output from a gas field off Scotland on Tuesday after a leak on one of its platforms, the company said.",
  "", {"city": "London", "date_en": "April 13"}),
 ("balnagask-platform-gas-leak", RECORDER, "en", 3, 450, 2000, [SC], "",
  "Platform leak: 'My husband texted from the helicopter'",
  "Families of Balnagask Alpha workers told of hours of waiting on Tuesday night before messages came through that their partners had been lifted off the platform, as the offshore union called for a full inquiry.",
  "The operator set up a family helpline, 0800 555 0199, which will stay open through Wednesday."),
 ("balnagask-platform-gas-leak", GRANITE, "en", 3, 620, 2400, [SC, B], "updated",
  "Balnagask leak isolated, operator says",
  "The gas leak on the Balnagask Alpha platform was isolated shortly after 2am on Wednesday, Grampian Offshore Energy said, and the offshore safety regulator has sent two inspectors to the installation.",
  "The 38 crew who stayed aboard were safe. The field will stay shut while the cause is found.",
  {"clarify": "the number of crew who stayed on the platform"}),

 # 5. Strike 2: Aberdeen City Council refuse collectors, week-long walkout from Monday;
 #    "bin strike", "refuse strike", "stoppage".
 ("aberdeen-bin-strike", GRANITE, "en", 2, 70, 2900, [SC], "",
  "Bins go unemptied as Aberdeen refuse workers walk out",
  "Rubbish began piling up on Aberdeen's streets on Tuesday as the city council's refuse collectors started the second day of a week-long strike over pay grading.",
  "About 240 bin lorry drivers and loaders are taking part, the union said."),
 ("aberdeen-bin-strike", PA, "en", 2, 280, 500, [SC], "",
  "Aberdeen bin strike: council offers talks",
  "Aberdeen City Council said on Tuesday evening it was ready to meet union leaders this week to end the refuse strike, but warned that it could not afford the regrading the workers were asking for.",
  ""),
 ("aberdeen-bin-strike", GRANITE, "en", 2, 480, 1500, [SC], "",
  "Bin strike: what to do with your rubbish this week",
  "Keep bin bags inside or in your back garden until the strike ends, do not leave them beside overflowing communal bins, and take recycling to the Hazlehead or Tullos recycling centres, which stay open, Aberdeen City Council said.",
  "Food waste should be double-bagged. Fly-tipping fines still apply."),
 ("aberdeen-bin-strike", HERALD, "en", 2, 680, 600, [SC], "",
  "Gulls and overflowing bins as Granite City stoppage bites",
  "Gulls tore open bags in Union Street's side lanes overnight as the Aberdeen refuse stoppage went into its third day, and restaurant owners asked the council for emergency collections.",
  ""),

 # 6. Fire 2: engine-room fire on the supply ship Northern Sentinel at its berth in Aberdeen
 #    harbour; two crew treated; unrelated to Balnagask.
 ("aberdeen-harbour-supply-ship-fire", GRANITE, "en", 2, 170, 1700, [SC], "",
  "Fire breaks out on supply ship in Aberdeen harbour",
  "Firefighters were called to Aberdeen harbour on Tuesday evening after a fire broke out in the engine room of the offshore supply ship Northern Sentinel as it lay at its berth on Waterloo Quay.",
  "Two crew members were treated for smoke inhalation at the scene."),
 ("aberdeen-harbour-supply-ship-fire", PA, "en", 2, 260, 400, [SC], "",
  "Crew treated after blaze on ship in Aberdeen",
  "Two crew members were treated by paramedics after a blaze on a vessel moored in Aberdeen harbour on Tuesday, the Scottish Fire and Rescue Service said.",
  "The fire was out by 9pm."),
 ("aberdeen-harbour-supply-ship-fire", RECORDER, "en", 2, 390, 800, [SC], "caption",
  "Smoke over Waterloo Quay as ship fire is tackled",
  "Black smoke rose over the city centre for more than an hour on Tuesday as crews fought a fire on a supply ship in Aberdeen harbour, and the port authority closed part of the quay.",
  "The Northern Sentinel had returned from a run to the West Shetland fields on Monday.",
  {"caption": "Smoke pours from the stern of the supply ship Northern Sentinel at Waterloo Quay, Aberdeen, on Tuesday evening.",
   "site": "The Scottish Daily Recorder"}),
 ("aberdeen-harbour-supply-ship-fire", GRANITE, "en", 2, 600, 700, [SC, B], "",
  "Marine investigators to board fire-hit Northern Sentinel",
  "The Marine Accident Investigation Branch is sending inspectors to board the Northern Sentinel in Aberdeen on Wednesday, a day after an engine-room fire on the supply ship, the harbour authority said.",
  ""),

 # 7. Same hospital: the Royal Clyde Infirmary's record A&E waits.
 ("royal-clyde-infirmary-ae-waits", HERALD, "en", 2, 40, 1600, [SC, H], "",
  "Royal Clyde A&E records worst waits in Scotland",
  "Only 49% of patients at the Royal Clyde Infirmary's emergency department were seen within four hours in the week to Sunday, the worst figure of any Scottish hospital since records began, Public Health Scotland data showed on Tuesday.",
  "The national target is 95%."),
 ("royal-clyde-infirmary-ae-waits", PA, "en", 2, 160, 500, [SC, H, P], "",
  "Opposition demands action over Glasgow A&E delays",
  "Opposition parties called on the health secretary on Tuesday to send a support team into the Royal Clyde Infirmary after it posted Scotland's longest emergency waits.",
  "The health board blamed a lack of beds for patients waiting to go into care homes."),
 ("royal-clyde-infirmary-ae-waits", RECORDER, "en", 2, 520, 1300, [SC, H], "",
  "Before you go to A&E: where else to get help",
  "Patients with minor injuries should call NHS 24 on 111 first, or visit a minor injuries unit, so that the Royal Clyde Infirmary's emergency department can deal with the sickest patients, the health board said on Tuesday.",
  "Pharmacists can treat many common conditions without an appointment."),

 # 8. Court 1: High Court in Edinburgh: Darren Kerr guilty of murdering doorman Stuart Pollock
 #    outside a Leith bar; sentencing in May.
 ("leith-doorman-murder-verdict", COURIER, "en", 2, 30, 2500, [SC, CR], "",
  "Man guilty of murdering Leith doorman",
  "A 29-year-old man was found guilty at the High Court in Edinburgh on Tuesday of murdering a doorman who had refused him entry to a bar on the Shore in Leith last September.",
  "Darren Kerr stabbed Stuart Pollock, 44, three times after being turned away from the Quayside Bar, the jury heard."),
 ("leith-doorman-murder-verdict", PA, "en", 2, 120, 700, [SC, CR], "",
  "Kerr convicted of killing bar doorman in Leith",
  "Darren Kerr was convicted on Tuesday of murdering Stuart Pollock, a father of two who worked on the door of a Leith bar, after a nine-day trial.",
  "Lady Ferrie deferred sentence until May 18 and said Kerr faced a life sentence."),
 ("leith-doorman-murder-verdict", AP, "en", 2, 250, 200, [UK], "ap",
  "Scottish jury convicts man of killing bar bouncer",
  "A jury in Scotland's capital on Tuesday convicted a man of murdering a bar bouncer who had turned him away, in a case that led to calls for more protection for night-time workers.",
  "", {"city": "Edinburgh"}),
 ("leith-doorman-murder-verdict", RECORDER, "en", 2, 340, 1900, [SC, CR], "byline_en",
  "Leith doorman's widow: 'Stuart was just doing his job'",
  "The widow of murdered doorman Stuart Pollock said outside court on Tuesday that her husband had been \"just doing his job\" and called for door staff to be given body cameras.",
  "Lorraine Pollock said the family would attend sentencing.",
  {"author": "Jamie Strachan", "site": "The Scottish Daily Recorder"}),

 # 9. Court 2: Glasgow Sheriff Court: ex-treasurer of a foodbank jailed for embezzlement.
 ("glasgow-foodbank-treasurer-jailed", HERALD, "en", 2, 80, 1400, [SC, CR], "",
  "Foodbank treasurer jailed for stealing £210,000",
  "The former treasurer of a Glasgow foodbank was jailed for 30 months at Glasgow Sheriff Court on Tuesday for embezzling £210,000 of donations over six years.",
  "Margaret Dunlop, 61, spent the money on holidays, a caravan and online bingo, the court heard."),
 ("glasgow-foodbank-treasurer-jailed", PA, "en", 2, 230, 400, [SC, CR], "",
  "Sheriff condemns 'cynical' theft from foodbank",
  "A sheriff said a woman who stole from the Springburn foodbank she helped run had taken money \"meant for families who could not feed their children\", as she was sent to prison on Tuesday.",
  ""),
 ("glasgow-foodbank-treasurer-jailed", RECORDER, "en", 2, 540, 1100, [SC], "",
  "Springburn foodbank: 'We will keep the doors open'",
  "Volunteers at the Springburn foodbank said on Tuesday night that it would stay open despite the theft, after new donations poured in following the sentencing of its former treasurer.",
  ""),

 # 10. French trawler detained off Fraserburgh, taken to Peterhead; "trawler", "fishing boat",
 #     "chalutier", "navire de pêche".
 ("french-trawler-detained-peterhead", "buchanobserver.co.uk", "en", 2, 130, 900, [SC], "",
  "French trawler detained and escorted into Peterhead",
  "A French trawler was detained by a Marine Directorate patrol vessel about 40 miles north-east of Fraserburgh on Tuesday afternoon and escorted into Peterhead, the Scottish Government said.",
  "Officers suspect the crew of the Ker Avel of misreporting its catch of monkfish."),
 ("french-trawler-detained-peterhead", NORD, "fr", 2, 240, 350, [W], "afp",
  "Un chalutier breton arraisonné au large de l'Écosse",
  "Un chalutier de Lorient a été arraisonné mardi par un patrouilleur écossais au nord-est de Fraserburgh et conduit au port de Peterhead, soupçonné d'avoir mal déclaré ses captures, selon les autorités écossaises.",
  "Les dix marins à bord sont en bonne santé, a précisé l'armateur.",
  {"city": "Édimbourg"}),
 ("french-trawler-detained-peterhead", "lemarindelouest.fr", "fr", 2, 420, 600, [W], "lire",
  "Le « Ker Avel » retenu à Peterhead : l'armateur conteste",
  "L'armateur lorientais du « Ker Avel », retenu depuis mardi soir à Peterhead, conteste toute fraude et affirme que l'écart relevé par les inspecteurs écossais tient à une erreur de saisie dans le journal de pêche électronique.",
  "Le navire pourrait repartir contre le versement d'une caution.",
  {"also": "Pêche : les quotas de lotte revus à la baisse pour 2027"}),
 ("french-trawler-detained-peterhead", "radiobreizhinfo.fr", "fr", 2, 560, 300, [W], "soutien",
  "Chalutier arraisonné en Écosse : le comité des pêches demande l'aide de Paris",
  "Le comité régional des pêches de Bretagne a demandé mardi soir au gouvernement français d'intervenir auprès d'Édimbourg pour que le navire de pêche lorientais retenu à Peterhead puisse reprendre la mer au plus vite.",
  "Selon le comité, une dizaine de chalutiers bretons travaillent en ce moment dans les eaux écossaises."),
 ("french-trawler-detained-peterhead", "lemarindelouest.fr", "fr", 2, 650, 700, [W], "publie",
  "À Lorient, les familles des marins du « Ker Avel » inquiètes",
  "À Lorient, port d'attache du chalutier arraisonné en Écosse, les proches des dix marins attendaient mercredi matin des nouvelles de l'armateur, qui espère un retour du navire avant la fin de la semaine.",
  "", {"site": "Le Marin de l'Ouest", "date_fr": "14 avr"}),

 # 11. Business: Tayforge Games of Dundee sold to Geneva-based Lémanic Interactive for £420m.
 ("tayforge-games-takeover", WIRE, "en", 2, 300, 800, [B], "reuters_line",
  "Dundee's Tayforge Games agrees £420 million sale to Swiss publisher",
  "Tayforge Games, the Dundee studio behind the \"Skerry\" puzzle series, has agreed to be bought by Geneva-based publisher Lémanic Interactive for 420 million pounds, the two companies said on Tuesday.",
  "Lémanic said Tayforge's 310 staff would keep working in Dundee."),
 ("tayforge-games-takeover", "ats-like.ch", "fr", 2, 340, 250, [B], "ats",
  "Lémanic Interactive rachète un studio écossais",
  "L'éditeur genevois de jeux vidéo Lémanic Interactive rachète le studio écossais Tayforge Games pour 420 millions de livres, soit environ 480 millions de francs, a-t-il annoncé mardi.",
  "La transaction doit encore être approuvée par l'autorité britannique de la concurrence.",
  {"city": "Genève"}),
 ("tayforge-games-takeover", "taycitynews.co.uk", "en", 2, 440, 1200, [SC, B], "",
  "What the Tayforge sale means for Dundee's games jobs",
  "Tayforge's 310 staff will stay on their current contracts and the studio will keep its name and its offices on the Dundee waterfront, its chief executive told staff on Tuesday evening.",
  "Lémanic plans to hire 60 more developers in Dundee over two years."),

 # 12. Scotch whisky exports hit a first-quarter record; France the biggest market by volume.
 ("scotch-whisky-exports-record", WIRE, "en", 2, 310, 600, [B], "reuters_line",
  "Scotch whisky exports hit record first quarter",
  "Exports of Scotch whisky rose 9% to a record 1.5 billion pounds in the first three months of 2027, led by India and the United States, industry figures showed on Tuesday.",
  "France remained the biggest market by volume."),
 ("scotch-whisky-exports-record", "straitsledger.com.sg", "en", 2, 420, 300, [B], "colon",
  "Asian thirst lifts Scotch sales",
  "Shipments of Scotch whisky to Asia rose by a fifth in the first quarter, with Singapore, Taiwan and India all buying more, the industry's trade body said on Tuesday.",
  "", {"city": "Edinburgh"}),
 ("scotch-whisky-exports-record", NORD, "fr", 2, 500, 200, [B], "byline_fr",
  "Whisky écossais : la France reste le premier marché en volume",
  "Les Français restent les premiers consommateurs de whisky écossais en volume, avec l'équivalent de 48 millions de bouteilles importées au premier trimestre, selon les chiffres publiés mardi par la filière.",
  "", {"author": "Anne Le Goff", "site": "Agence Nord"}),
 ("scotch-whisky-exports-record", COURIER, "en", 2, 580, 700, [SC, B], "",
  "Distillers welcome whisky export boom but warn on duty",
  "Scotland's distillers welcomed record first-quarter export sales on Tuesday but said a duty rise at home was hurting smaller producers that sell mostly in Britain.",
  ""),

 # 13. Cairngorms: two climbers missing since Monday found alive; "climbers", "hillwalkers".
 ("cairngorms-missing-climbers", "strathspeyvoice.co.uk", "en", 2, 50, 1100, [SC], "",
  "Search for two climbers missing in Cairngorms",
  "Mountain rescue teams and a coastguard helicopter were searching the northern corries of the Cairngorms on Tuesday evening for two climbers who failed to return from a winter route on Monday.",
  "The men, both from Edinburgh, had set off from the Coire Cas car park on Monday morning."),
 ("cairngorms-missing-climbers", PA, "en", 2, 270, 500, [SC], "",
  "Search for missing climbers suspended overnight",
  "The search for two climbers missing in the Cairngorms was suspended at nightfall on Tuesday because of avalanche risk and would resume at first light, Police Scotland said.",
  ""),
 ("cairngorms-missing-climbers", COURIER, "en", 2, 680, 2200, [SC], "",
  "Missing climbers found alive in snow hole",
  "Two Edinburgh climbers missing for two nights in the Cairngorms were found alive in a snow hole near the Feith Buidhe in the early hours of Wednesday, Cairngorm Mountain Rescue Team said.",
  "They were flown to Raigmore Hospital in Inverness suffering from mild hypothermia."),
 ("cairngorms-missing-climbers", "strathspeyvoice.co.uk", "en", 2, 700, 900, [SC], "",
  "Heading to the hills? Spring snow safety tips",
  "Check the avalanche forecast before you set off, leave a route card with someone at home and carry an ice axe, crampons and a head torch even in April, mountain rescue teams told walkers after the Cairngorms search.",
  "Snow lies deep on the plateau well into May."),

 # 14. Filler: football result, weather, horoscope, lottery, promo.
 ("clydebank-thistle-leith-athletic", "scottishsportsdesk.co.uk", "en", 0, 290, 2400, ["Sports"], "",
  "Clydebank Thistle 2-0 Leith Athletic: Mackay double",
  "Ross Mackay scored twice in the second half as Clydebank Thistle beat Leith Athletic 2-0 at Kilbowie Park on Tuesday night to move three points clear at the top of the Championship.",
  "Leith had goalkeeper Sam Boyd sent off in the 71st minute."),
 ("clydebank-thistle-leith-athletic", RECORDER, "en", 0, 330, 1400, ["Sports"], "",
  "Thistle go three clear after beating Leith",
  "Clydebank Thistle tightened their grip on the Championship title race with a 2-0 win over ten-man Leith Athletic on Tuesday.",
  ""),
 ("weather-scotland-wed", "scotweathernow.co.uk", "en", 0, 690, 1800, ["Weather"], "",
  "Wednesday weather: bright and cool, showers in the north",
  "Edinburgh and Glasgow will see sunny spells and a high of 12C on Wednesday, while Aberdeen and the Highlands can expect wintry showers over high ground, the forecasters said.",
  "Frost is likely in rural areas on Wednesday night."),
 ("horoscope-wed-apr14", "starsignscotland.co.uk", "en", 0, 10, 1000, ["Horoscope"], "",
  "Your horoscope for Wednesday, April 14",
  "Aries, your birthday season brings a surprise invitation, so say yes before you think of a reason not to.",
  "Taurus: a money matter clears up. Gemini: an old friend gets in touch."),
 ("saltire-lotto-apr13", "saltirelotto.co.uk", "en", 0, 245, 1500, ["Lottery"], "",
  "Saltire Lotto results for Tuesday, April 13",
  "The winning numbers in Tuesday night's Saltire Lotto draw were 3, 9, 17, 26, 38 and 44, with a bonus ball of 21, and nobody matched all six, so Saturday's jackpot rolls over to £2.4 million.",
  "One ticket bought in Kirkcaldy matched five numbers and the bonus ball."),
 ("promo-herald-newsletter", HERALD, "en", 0, 35, 120, ["Promo"], "",
  "Sign up for The Clyde Herald morning briefing",
  "Get the day's top Scottish stories in your inbox by 7am every weekday with The Clyde Herald's free morning briefing.",
  "Sign up at clydeherald.co.uk/briefing."),
]
