# Day 110: a Sheffield English channel (Sheffield and South Yorkshire), evening edition of Thursday
# 9 December 2027 at 19:00 (window 07:00 - 19:00 Thursday, Europe/London = UTC+0 in December).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and the
# TOP5 below. Every person, company and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the Mayor of South Yorkshire, Oliver Brackenridge,
#   on Don Valley Radio's "Breakfast Live" on Thursday morning, quoted about the Supertram drivers'
#   strike (post 10) and about the bus franchising vote (post 39), both carrying "People in this
#   county have waited long enough for transport that turns up, and I will not apologise for
#   saying so.";
# - a shared wire byline line ("Wire West | Updated: 09-12-2027 11:42 GMT"): the Sheffield United
#   takeover (post 44) and the Rotherham steelworks job cuts (post 49), three minutes apart,
#   unrelated, both short business items about a French buyer or owner;
# - the same hospital: the Sheffield Northern Infirmary takes the M1 crash's injured (post 2) and
#   closes six wards for norovirus (posts 34-37; post 36 says its emergency department stayed open
#   and treated the motorway crash's casualties);
# - the same court: Sheffield Crown Court holds the ex-councillor's fraud verdict (posts 27-30) and
#   the Ecclesall Road cyclist death trial (posts 31-33) on the same day;
# - the same town hall: Sheffield Town Hall, where the ex-councillor sat (post 27) and where the
#   university's striking staff rally (post 15);
# - the same places: Tinsley and Meadowhall hold the M1 crash (posts 1-7) and are in the smoke's
#   path from the Attercliffe fire (post 22);
# - look-alike stories: two road accidents (the M1 lorry crash at Tinsley, posts 1-7; the school
#   bus off an icy lane near Thorne, posts 54-56) plus a trial about an older road death (posts
#   31-33); two fires with South Yorkshire Fire and Rescue (the Attercliffe cutlery works blaze,
#   posts 21-26; the fatal Kendray flat fire in Barnsley, posts 18-20); two strikes (the tram
#   drivers, posts 8-13; the university staff, posts 14-17); a strike and a vote both about South
#   Yorkshire's transport (posts 8-13, 38-43); two trials at one court; a football club's sale
#   (Sheffield United, posts 44-48) and a football result (Sheffield Wednesday, posts 57-58);
# - one story revised during the day by a second source: the M1 crash, two dead (police, morning,
#   posts 1, 3) then three dead and nine hurt (fire service and ambulance, afternoon, posts 5-7);
#   the Attercliffe fire, 40 firefighters (post 21) then 80 (post 23);
# - one story told in two languages by different agencies with different words: the M1 crash
#   ("crash", "smash", "collision" / "carambolage"); the fire ("blaze", "inferno", "flames" /
#   "incendie", "feu"); the steelworks ("job cuts", "redundancies", "jobs axed" / "suppressions de
#   postes", "plan social"); the club ("takeover", "sale", "buyout" / "rachat", "reprend");
# - stories told from other angles: what we know about the crash (post 7), how to get around during
#   the tram strike (post 11), the city centre traders (post 12), the students' view of the walkout
#   (post 16), the neighbour's rescue (post 19), the asbestos fears after the fire (post 24), the
#   fraud's victims (post 30), the cyclist's family (post 33), how to avoid norovirus (post 37),
#   what franchising means for your bus (post 41), the Doncaster villages (post 43), the new
#   owner's portrait (post 47), the steelworkers (post 50), the steel union (post 53), the
#   ungritted lane (post 55);
# - posts in French (agencies' French service and French-language papers): posts 3, 26, 46, 47,
#   51, 52;
# - a "Read more" line naming another story (the tram strike) in a franchising post (post 39); a
#   teaser (post 22); photo captions (posts 2, 21); update notes (posts 6, 35);
# - a promo posted alone (post 61); filler of importance 0: the Sheffield Wednesday result (posts
#   57-58), the weather bulletin (post 59), the horoscope (post 60).
NAME = "2027-12-09-en-evening-sheffield-h110"
CHANNEL = {"lang": "en", "tz": "Europe/London"}
WINDOW = ("2027-12-09T07:00:00Z", "2027-12-09T19:00:00Z")
CTX = {"stamp": "09-12-2027 11:42", "city": "Sheffield", "date_fr": "9 déc", "date_en": "Dec 9",
       "author": "Harriet Openshaw", "clarify": "which junctions of the M1 remain closed",
       "caption": "", "also": "", "country": "England",
       "line": "Wire West | Updated: 09-12-2027 11:42 GMT"}
# The editor's top 5: the M1 crash, the tram drivers' strike, the Attercliffe fire, the bus
# franchising vote, the steelworks job cuts.
TOP5 = ["m1-tinsley-lorry-crash", "supertram-drivers-strike",
        "attercliffe-cutlery-works-fire", "south-yorkshire-bus-franchising-vote",
        "rotherham-steelworks-job-cuts"]
SY = "South Yorkshire"
UK = "UK"
W = "World"
B = "Business"
H = "Health"
P = "Politics"
C = "Crime"
T = "Transport"
POST = "steelcitypost.co.uk"
TELE = "southyorkstelegraph.co.uk"
RADIO = "donvalleyradio.co.uk"
HALLAM = "hallamshiretimes.co.uk"
BARN = "barnsleyherald.co.uk"
ROTH = "rotherhamgazette.co.uk"
DONC = "doncasterecho.co.uk"
NBD = "northernbusinessdaily.co.uk"
TNORTH = "transportnorth.co.uk"
CAMPUS = "campusyorkshire.co.uk"
COURT = "crownandcounty.co.uk"
NHSR = "wardroundnews.co.uk"
REVIEW = "westridingreview.co.uk"
WIRE = "wire-west.com"
PAL = "pa-like.co.uk"
NORD = "agence-nord.fr"
COURRIER = "courrierdusoir.fr"
LORR = "republicain-mosellan.fr"
SPORTFR = "gazettedufoot.fr"
POSTS = [
 # 1. M1 lorry crash at the Tinsley viaduct: two dead (police, morning) -> three dead, nine hurt
 #    (fire service and ambulance, afternoon). "crash", "smash", "collision", "pile-up".
 ("m1-tinsley-lorry-crash", POST, "en", 3, 25, 3600, [SY, T], "",
  "Two killed as lorry crashes on M1 at Tinsley viaduct",
  "Two people died when a lorry jack-knifed and hit several cars on the northbound M1 at the Tinsley viaduct shortly after 6 a.m. on Thursday, South Yorkshire Police said.",
  "The motorway was shut in both directions between junctions 33 and 35, and traffic was queuing back to Catcliffe within the hour."),
 ("m1-tinsley-lorry-crash", TELE, "en", 3, 80, 2800, [SY, H], "caption",
  "Injured taken to Northern Infirmary after motorway smash",
  "Six people hurt in the motorway smash near Meadowhall were taken to the Sheffield Northern Infirmary, two of them with serious injuries, Yorkshire Ambulance Service said.",
  "An air ambulance landed on the carriageway to take one casualty.",
  {"caption": "Emergency crews work around a burnt-out articulated lorry on the M1 carriageway below the Meadowhall cooling towers site on Thursday morning.",
   "site": "The South Yorkshire Telegraph"}),
 ("m1-tinsley-lorry-crash", NORD, "fr", 3, 150, 300, [UK, W], "afp",
  "Angleterre : deux morts dans un carambolage sur l'autoroute M1",
  "Deux personnes ont été tuées jeudi matin dans un carambolage impliquant un poids lourd et plusieurs voitures sur l'autoroute M1, près de Sheffield, dans le nord de l'Angleterre, a annoncé la police.",
  "L'autoroute, principal axe entre Londres et le nord du pays, a été fermée dans les deux sens.",
  {"city": "Londres"}),
 ("m1-tinsley-lorry-crash", RADIO, "en", 3, 200, 1500, [SY, T], "",
  "M1 closure: drivers told to avoid Sheffield's east end all day",
  "Drivers were told to stay away from the Meadowhall and Tinsley area for the rest of Thursday as National Highways said the M1 would stay closed until the evening while the damaged viaduct deck was inspected.",
  "Diversions via the A631 and the Sheffield Parkway were jammed by mid-morning."),
 ("m1-tinsley-lorry-crash", PAL, "en", 3, 390, 1700, [UK, T], "ap",
  "Third person dies after M1 crash near Sheffield",
  "A third person has died after a lorry ploughed into queuing traffic on the M1 near Sheffield, and nine people were hurt, South Yorkshire Fire and Rescue and the ambulance service said on Thursday afternoon.",
  "Firefighters needed more than two hours to cut a driver free from a crushed hatchback.",
  {"city": "Sheffield"}),
 ("m1-tinsley-lorry-crash", WIRE, "en", 3, 450, 700, [UK], "updated",
  "Three dead, nine injured in collision on England's M1 motorway",
  "A collision between a heavy goods vehicle and at least five cars on the M1 motorway in northern England killed three people and injured nine on Thursday, emergency services said, closing one of Britain's busiest roads for most of the day.",
  "Police said the lorry driver, a 51-year-old man, was among the injured.",
  {"clarify": "the number of people injured"}),
 ("m1-tinsley-lorry-crash", HALLAM, "en", 3, 600, 2100, [SY], "",
  "What we know about the Tinsley viaduct crash",
  "Here is what we know about Thursday morning's fatal crash on the M1 at Tinsley: a northbound lorry lost control in the rain just before 6.10 a.m., crossed two lanes and hit queuing cars, three people died and nine were hurt, and the road reopened at 5.30 p.m.",
  "Police have appealed for dashcam footage and asked witnesses to call 101."),

 # 2. Supertram drivers' 48-hour strike; Mayor Brackenridge on Don Valley Radio (shared quote).
 #    "strike", "walkout", "stoppage", "industrial action".
 ("supertram-drivers-strike", POST, "en", 3, 5, 3200, [SY, T], "",
  "No trams run as Supertram drivers begin 48-hour strike",
  "No trams ran in Sheffield on Thursday morning as about 140 Supertram drivers began a 48-hour walkout over pay, their union said.",
  "The Tram and Light Rail Workers' Union says drivers were offered 3.1% when prices rose faster."),
 ("supertram-drivers-strike", TNORTH, "en", 3, 60, 900, [T], "",
  "Tram operator says union turned down 'fair' offer",
  "Stagelink Trams, which runs the Supertram network for the Mayoral Combined Authority, said on Thursday the drivers' union had rejected a fair offer and that no services would run until Saturday morning.",
  "Tickets will be accepted on most buses on tram routes."),
 ("supertram-drivers-strike", RADIO, "en", 3, 120, 2000, [SY, P], "",
  "Mayor says tram stoppage must end at the table, not on the picket line",
  "The Mayor of South Yorkshire, Oliver Brackenridge, urged both sides of the tram drivers' dispute to return to talks, telling Don Valley Radio's \"Breakfast Live\" on Thursday: \"People in this county have waited long enough for transport that turns up, and I will not apologise for saying so.\"",
  "He said he had no power to impose a deal on the operator."),
 ("supertram-drivers-strike", TELE, "en", 3, 180, 1800, [SY, T], "byline_en",
  "Tram strike: how to get around Sheffield on Thursday and Friday",
  "Passengers who normally use the tram can take the 52, 120 and X1 buses, where Supertram tickets are valid until the strike ends, and park-and-ride sites at Nunnery Square and Halfway remain open, the operator said.",
  "Expect longer queues at Meadowhall Interchange at peak times.",
  {"author": "Dev Raistrick", "site": "The South Yorkshire Telegraph"}),
 ("supertram-drivers-strike", "sheffieldretailnews.co.uk", "en", 3, 330, 1100, [SY, B], "",
  "City centre traders count the cost of tram walkout",
  "Shops and cafés along the tram line in Sheffield city centre said trade was down by a third on Thursday, in the busiest weeks before Christmas, as the drivers' strike kept shoppers from Hillsborough and Middlewood at home.",
  "The city centre business district said it would ask the Mayor for help with losses."),
 ("supertram-drivers-strike", POST, "en", 3, 560, 2400, [SY, T], "",
  "Tram union and operator agree to talks on Monday",
  "The union of Sheffield's tram drivers and Stagelink Trams agreed on Thursday evening to meet at the conciliation service Acas on Monday, but the 48-hour strike will go ahead in full, union organiser Carl Birtwhistle said.",
  "A second walkout over four days before Christmas remains on the table."),

 # 3. Staff walkout at Sheffield Riverside University over 350 job cuts; rally at Town Hall.
 ("riverside-university-staff-walkout", CAMPUS, "en", 2, 40, 1300, [SY], "",
  "Riverside University staff strike over 350 job cuts",
  "Lecturers and support staff at Sheffield Riverside University walked out on Thursday in protest at plans to cut 350 jobs, the first day of a five-day strike called by the University and College Staff Union.",
  "The university says it must save £28 million after a fall in overseas student numbers."),
 ("riverside-university-staff-walkout", TELE, "en", 2, 270, 1200, [SY], "",
  "Striking university staff rally on Town Hall steps",
  "About 600 striking lecturers, librarians and technicians from Sheffield Riverside University marched through the city centre on Thursday and rallied on the steps of Sheffield Town Hall, calling on the vice-chancellor to drop the redundancies.",
  "Several city councillors spoke in support."),
 ("riverside-university-staff-walkout", HALLAM, "en", 2, 420, 800, [SY], "",
  "Students split over lecturers' walkout in exam season",
  "Students at Sheffield Riverside University said on Thursday they backed their lecturers but feared for their January exams, as classes were cancelled across most faculties on the first day of the staff strike.",
  "The students' union has asked for extensions on all coursework due this week."),
 ("riverside-university-staff-walkout", POST, "en", 2, 610, 700, [SY], "",
  "Vice-chancellor says job cuts 'cannot be avoided'",
  "The vice-chancellor of Sheffield Riverside University, Professor Anita Rowbotham, said on Thursday evening that some job losses could not be avoided, but offered to cut the number of compulsory redundancies if more staff took voluntary severance.",
  "The union said the offer changed nothing."),

 # 4. Fatal flat fire in Barnsley (Kendray): one man dead, a girl rescued by a neighbour.
 ("barnsley-kendray-flat-fire", BARN, "en", 2, 35, 1900, [SY, C], "",
  "Man dies in Kendray flat fire",
  "A man in his sixties died in a fire at a first-floor flat in Kendray, Barnsley, early on Thursday, South Yorkshire Fire and Rescue said.",
  "Crews were called at 4.50 a.m. and found the flat well alight."),
 ("barnsley-kendray-flat-fire", REVIEW, "en", 2, 230, 800, [SY], "",
  "Neighbour carried girl down ladder from burning block",
  "A Barnsley delivery driver climbed a ladder to carry a nine-year-old girl from a smoke-filled bedroom before firefighters arrived at the block of flats where a man died on Thursday, residents said.",
  "The girl was treated for smoke inhalation and allowed home."),
 ("barnsley-kendray-flat-fire", BARN, "en", 2, 520, 1100, [SY, C], "",
  "Police treat Barnsley flat death as unexplained",
  "Detectives said on Thursday afternoon they were treating the death of a 64-year-old man in a fire in Kendray as unexplained while a joint investigation with fire officers takes place.",
  "A post-mortem examination will be held on Friday."),

 # 5. Blaze at a disused cutlery works in Attercliffe; residents told to keep windows shut.
 #    "fire", "blaze", "flames", "inferno"; 40 firefighters -> 80.
 ("attercliffe-cutlery-works-fire", TELE, "en", 3, 95, 3000, [SY], "caption",
  "Huge blaze at former cutlery works in Attercliffe",
  "Forty firefighters were tackling a large fire at the disused Regent cutlery works on Attercliffe Road on Thursday morning, sending a plume of black smoke over Sheffield's east end.",
  "Attercliffe Road was closed between Washford Bridge and Staniforth Road.",
  {"caption": "Black smoke rises above the roof of the former Regent cutlery works in Attercliffe on Thursday morning.",
   "site": "The South Yorkshire Telegraph"}),
 ("attercliffe-cutlery-works-fire", POST, "en", 3, 140, 2500, [SY], "teaser",
  "Keep windows shut, residents near Attercliffe fire told",
  "People living in Attercliffe, Darnall and Tinsley were told to keep their windows and doors closed on Thursday as smoke from the burning works drifted across the Lower Don Valley.",
  "Two primary schools kept pupils indoors at break time."),
 ("attercliffe-cutlery-works-fire", RADIO, "en", 3, 260, 1600, [SY], "",
  "Eighty firefighters now at Attercliffe inferno, roof collapses",
  "The number of firefighters at the burning Victorian works in Attercliffe doubled to 80 around midday after the roof collapsed and flames spread to a neighbouring timber yard, South Yorkshire Fire and Rescue said.",
  "An aerial ladder platform was brought from Doncaster."),
 ("attercliffe-cutlery-works-fire", "lowerdonvalleynews.co.uk", "en", 3, 380, 1300, [SY, H], "",
  "Asbestos fears after Victorian works goes up in flames",
  "Sheffield City Council said on Thursday it was testing debris carried by the wind from the fire at the Regent works after residents found charred fragments in their gardens, as the building was known to contain asbestos roof sheets.",
  "Residents were told not to touch any debris and to report it to the council."),
 ("attercliffe-cutlery-works-fire", PAL, "en", 3, 500, 900, [UK], "ap",
  "Fire at old Sheffield works under control, cause unknown",
  "Firefighters brought a fire at a derelict cutlery factory in Sheffield under control on Thursday afternoon after more than eight hours, and no one was hurt, South Yorkshire Fire and Rescue said.",
  "The fire service's investigators will begin work once the site is safe.",
  {"city": "Sheffield"}),
 ("attercliffe-cutlery-works-fire", COURRIER, "fr", 3, 560, 200, [UK, W], "",
  "Sheffield : une ancienne coutellerie victorienne ravagée par les flammes",
  "Un incendie spectaculaire a détruit jeudi une ancienne coutellerie de l'époque victorienne à Sheffield, dans le nord de l'Angleterre, obligeant les habitants du quartier à rester fenêtres fermées à cause de la fumée.",
  "Quatre-vingts pompiers ont lutté contre le feu pendant plus de huit heures."),

 # 6. Ex-councillor guilty of housing grant fraud, Sheffield Crown Court.
 ("ex-councillor-housing-grant-fraud", COURT, "en", 2, 130, 1500, [SY, C, P], "",
  "Former councillor guilty of £86,000 housing grant fraud",
  "A former Sheffield city councillor was found guilty at Sheffield Crown Court on Thursday of claiming £86,000 of home repair grants for houses he had rented out, after a two-week trial.",
  "Derek Hollinshead, 58, who sat at Sheffield Town Hall for the Firth Park ward until 2025, denied three counts of fraud."),
 ("ex-councillor-housing-grant-fraud", POST, "en", 2, 240, 1100, [SY, C], "",
  "Hollinshead faces jail after jury rejects his story",
  "Derek Hollinshead was told on Thursday he faces a prison sentence after jurors rejected his claim that a council officer had told him landlords could apply for grants meant for elderly homeowners.",
  "He was granted bail until sentencing on January 14."),
 ("ex-councillor-housing-grant-fraud", TELE, "en", 2, 410, 800, [SY, P], "",
  "Council to review grant checks after ex-member's conviction",
  "Sheffield City Council's chief executive said on Thursday an external auditor would review how home repair grants are checked, after a former member was convicted of fraud.",
  ""),
 ("ex-councillor-housing-grant-fraud", HALLAM, "en", 2, 640, 600, [SY], "",
  "The pensioners who waited while grant money went elsewhere",
  "Elderly homeowners in Firth Park who waited more than a year for help with leaking roofs said on Thursday they felt cheated after learning that repair money had gone to a former councillor's rented houses.",
  ""),

 # 7. Trial opens: van driver accused of causing a cyclist's death on Ecclesall Road in 2026.
 ("ecclesall-road-cyclist-death-trial", COURT, "en", 1, 190, 900, [SY, C], "",
  "Van driver on trial over Ecclesall Road cyclist's death",
  "A van driver accused of killing a cyclist on Ecclesall Road by overtaking too close went on trial at Sheffield Crown Court on Thursday.",
  "Scott Pettifer, 39, denies causing death by dangerous driving in June 2026."),
 ("ecclesall-road-cyclist-death-trial", POST, "en", 1, 350, 700, [SY, C], "",
  "Jury shown dashcam footage of fatal overtake",
  "Jurors were shown footage from a following bus's camera in which a white van passes cyclist Naomi Ferriby with what the prosecution said was less than half a metre to spare, moments before she fell under its rear wheels.",
  "The trial continues on Friday."),
 ("ecclesall-road-cyclist-death-trial", HALLAM, "en", 1, 530, 500, [SY], "",
  "Cyclist's family wear her club colours in court",
  "The parents and sister of Naomi Ferriby sat in the public gallery of the court on Thursday wearing the green and gold jerseys of the cycling club she rode with for twelve years.",
  ""),

 # 8. Norovirus closes six wards at the Sheffield Northern Infirmary; visiting restricted.
 ("northern-infirmary-norovirus", NHSR, "en", 2, 110, 1400, [SY, H], "",
  "Norovirus closes six wards at Northern Infirmary",
  "Six wards at the Sheffield Northern Infirmary were closed to new patients on Thursday after an outbreak of norovirus, and visiting was restricted across the hospital, the hospital trust said.",
  "Around 70 patients and 25 staff have had symptoms since Sunday."),
 ("northern-infirmary-norovirus", POST, "en", 2, 300, 1200, [SY, H], "updated",
  "Sickness bug: only one visitor per patient at Northern Infirmary",
  "Only one visitor per patient will be allowed at the Sheffield Northern Infirmary until further notice, and anyone who has had diarrhoea or vomiting in the past 48 hours must stay away, the hospital's chief nurse said.",
  "",
  {"clarify": "the number of wards closed"}),
 ("northern-infirmary-norovirus", TELE, "en", 2, 440, 900, [SY, H], "",
  "Outbreak squeezes hospital beds as winter pressure mounts",
  "The closure of six wards to a stomach bug has left the Sheffield Northern Infirmary with almost no spare beds, its medical director said on Thursday, adding that its emergency department stayed open and had treated the morning's motorway crash casualties.",
  "Planned operations for Friday have been postponed."),
 ("northern-infirmary-norovirus", HALLAM, "en", 2, 660, 700, [H], "",
  "How to stop the winter vomiting bug spreading at home",
  "Wash your hands with soap and warm water rather than using alcohol gel, clean surfaces with a bleach-based product and stay off work or school until 48 hours after your last symptoms, public health officials in Sheffield advised.",
  ""),

 # 9. South Yorkshire Mayoral Combined Authority votes to franchise buses from 2029.
 ("south-yorkshire-bus-franchising-vote", TNORTH, "en", 3, 15, 1500, [SY, T, P], "",
  "Combined authority to vote on taking back control of buses",
  "Leaders of Sheffield, Rotherham, Barnsley and Doncaster will vote at midday on Thursday on whether South Yorkshire's buses should be brought under public control, setting fares, routes and timetables from 2029.",
  "The plan would end four decades of deregulated bus services in the county."),
 ("south-yorkshire-bus-franchising-vote", RADIO, "en", 3, 70, 1700, [SY, P], "",
  "Brackenridge: buses vote is 'the big one' for the county",
  "Oliver Brackenridge said on Thursday morning that the franchising vote was the most important decision of his time as Mayor, telling Don Valley Radio's \"Breakfast Live\": \"People in this county have waited long enough for transport that turns up, and I will not apologise for saying so.\"",
  "Bus operators have warned the plan could cost taxpayers more than £100 million.\n\nRead more: Tram drivers walk out for 48 hours across Sheffield"),
 ("south-yorkshire-bus-franchising-vote", POST, "en", 3, 320, 2600, [SY, T], "",
  "South Yorkshire votes to bring buses under public control",
  "The South Yorkshire Mayoral Combined Authority voted unanimously on Thursday to take over the running of the county's bus network, making it the third region in England outside London to franchise its buses.",
  "The first franchised routes will run in Barnsley and Rotherham in spring 2029."),
 ("south-yorkshire-bus-franchising-vote", TELE, "en", 3, 400, 1300, [SY, T], "",
  "Franchising explained: what changes for your bus",
  "Under franchising, the combined authority rather than the bus companies will decide where buses go, how often they run and what a ticket costs, while private operators will be paid to drive the routes under contract.",
  "A single ticket across buses and trams is promised for 2030."),
 ("south-yorkshire-bus-franchising-vote", NBD, "en", 3, 470, 600, [B, T], "",
  "Bus operators weigh legal challenge to franchise decision",
  "Two of the largest bus companies in South Yorkshire said on Thursday they were studying the authority's decision to take control of bus services and had not ruled out a judicial review.",
  ""),
 ("south-yorkshire-bus-franchising-vote", DONC, "en", 3, 590, 900, [SY, T], "",
  "Doncaster villages hope franchising brings back lost routes",
  "Parish councillors in Edlington and Rossington said on Thursday they hoped the vote to put buses under public control would bring back evening services cut over the past ten years.",
  ""),

 # 10. Sheffield United sold to a consortium led by Frenchman Olivier Dambreville (shared line, 44).
 #     "takeover", "sale", "buyout" / "rachat", "reprise".
 ("sheffield-united-takeover", WIRE, "en", 2, 280, 500, [B], "reuters_line",
  "Sheffield United agree £115 million sale to French-led consortium",
  "Sheffield United's owners agreed on Thursday to sell the Championship club to a consortium led by French logistics entrepreneur Olivier Dambreville for about £115 million, subject to approval by the English Football League.",
  "The consortium includes a Canadian pension fund."),
 ("sheffield-united-takeover", POST, "en", 2, 360, 2700, [SY], "",
  "Blades fans cautious over Bramall Lane buyout",
  "Sheffield United supporters gave a cautious welcome on Thursday to the club's takeover, with the fans' trust asking the new owners to promise that Bramall Lane would never be sold or leased back.",
  "The trust has about 4,000 members."),
 ("sheffield-united-takeover", NORD, "fr", 2, 430, 400, [W], "afp",
  "Football : l'homme d'affaires Olivier Dambreville rachète Sheffield United",
  "L'homme d'affaires français Olivier Dambreville, patron du groupe de transport Dambreville Logistique, va racheter le club anglais de Sheffield United pour environ 135 millions d'euros, a annoncé jeudi le club.",
  "Il devient le troisième propriétaire français d'un club professionnel anglais.",
  {"city": "Paris"}),
 ("sheffield-united-takeover", SPORTFR, "fr", 2, 540, 300, [W], "",
  "Qui est Olivier Dambreville, le Lyonnais qui reprend Sheffield United ?",
  "Fils d'un chauffeur routier de Villeurbanne, Olivier Dambreville a bâti en trente ans l'un des premiers groupes de logistique français avant de s'offrir jeudi un club anglais centenaire.",
  "Passionné de football, il avait tenté en 2024 de racheter l'Olympique lyonnais."),
 ("sheffield-united-takeover", "bladesbeat.co.uk", "en", 2, 650, 1400, [SY], "",
  "New owner promises 'patience' and a women's team stadium",
  "Olivier Dambreville told Sheffield United staff on Thursday evening he would not sack the manager in his first season and wanted to build a stadium for the club's women's team next to the academy in Shirecliffe.",
  ""),

 # 11. French-owned Acieries Vallon cuts 420 jobs at its Rotherham steelworks (shared line, 48).
 #     "job cuts", "redundancies", "jobs axed" / "suppressions de postes", "plan social".
 ("rotherham-steelworks-job-cuts", WIRE, "en", 2, 283, 600, [B], "reuters_line",
  "Acieries Vallon to cut 420 jobs at Rotherham steel plant",
  "French steelmaker Acieries Vallon said on Thursday it would cut 420 of the 1,300 jobs at its Masbrough steelworks in Rotherham and close one of its two rolling mills, blaming energy prices and cheap imports.",
  "The cuts will be made by the end of 2028."),
 ("rotherham-steelworks-job-cuts", ROTH, "en", 2, 340, 2000, [SY, B], "",
  "'A hammer blow': Masbrough steelworkers learn their fate",
  "Workers leaving the morning shift at the Masbrough works in Rotherham said the loss of 420 jobs was a hammer blow for a town that has made steel for two hundred years.",
  "Many families have three generations working at the plant."),
 ("rotherham-steelworks-job-cuts", LORR, "fr", 2, 380, 250, [B, W], "",
  "Aciéries Vallon : 420 suppressions de postes dans son usine anglaise",
  "Le groupe sidérurgique mosellan Aciéries Vallon va supprimer 420 emplois dans son usine de Rotherham, en Angleterre, et fermer un de ses deux laminoirs, a annoncé jeudi sa direction à Hagondange.",
  "Les sites français du groupe ne sont pas concernés, selon la direction."),
 ("rotherham-steelworks-job-cuts", NORD, "fr", 2, 460, 200, [B, W], "afp",
  "Acier : plan social dans la filiale britannique d'Aciéries Vallon",
  "Le sidérurgiste français Aciéries Vallon a présenté jeudi un plan social visant près d'un tiers des effectifs de son aciérie britannique, citant le coût de l'énergie au Royaume-Uni.",
  "",
  {"city": "Metz"}),
 ("rotherham-steelworks-job-cuts", TELE, "en", 2, 580, 1000, [SY, B, P], "",
  "Union demands government help as steel jobs axed",
  "The steelworkers' union Community Steel called on ministers on Thursday to cut energy bills for heavy industry after the French owner of the Masbrough plant announced 420 redundancies, and Rotherham's MP asked for an urgent meeting.",
  ""),

 # 12. School bus leaves icy road near Thorne; 14 children slightly hurt.
 ("thorne-school-bus-crash", DONC, "en", 2, 65, 1800, [SY], "",
  "Children hurt as school bus slides off icy road near Thorne",
  "Fourteen children suffered minor injuries when their school bus slid off an icy lane and into a ditch near Thorne on Thursday morning, Doncaster Council said.",
  "The bus was taking 32 pupils to Trinity Academy."),
 ("thorne-school-bus-crash", "moorendsandthorne.co.uk", "en", 2, 210, 700, [SY], "",
  "Parents ask why Moorends lane was not gritted",
  "Parents of pupils on the school bus that left the road near Moorends asked on Thursday why the lane had not been gritted, after the council admitted it was not on its priority salting routes.",
  "Temperatures fell to minus four overnight."),
 ("thorne-school-bus-crash", PAL, "en", 2, 350, 500, [UK], "ap",
  "All children released from hospital after Doncaster bus accident",
  "All fourteen pupils taken to Doncaster Royal Infirmary after a school bus went into a ditch near Thorne were allowed home by Thursday afternoon, the bus company said.",
  "",
  {"city": "Doncaster"}),

 # 13. Filler: Sheffield Wednesday result, weather bulletin, horoscope; promo.
 ("owls-win-at-hillsborough", "owlsandbladessport.co.uk", "en", 0, 20, 2600, ["Sport"], "",
  "Owls come from behind to beat Millbrook Rovers 2-1",
  "Sheffield Wednesday came from a goal down to beat Millbrook Rovers 2-1 at Hillsborough on Wednesday night, with Kieran Ashworth scoring the winner in the 88th minute.",
  "The win lifts the Owls to 12th in the Championship."),
 ("owls-win-at-hillsborough", POST, "en", 0, 90, 1200, ["Sport"], "",
  "Owls boss hails 'character' after late winner",
  "The Sheffield Wednesday manager praised his side's character after Wednesday night's late win over Millbrook Rovers, saying the home crowd had \"pulled the ball into the net\".",
  ""),
 ("weather-sheffield-fri", "yorkshireweathernow.co.uk", "en", 0, 630, 1500, ["Weather"], "",
  "Friday forecast: icy start, then bright and cold",
  "South Yorkshire faces an icy start on Friday with temperatures down to minus three, before a bright, dry day with highs of four degrees, the Met Office said.",
  "Snow showers are possible over the Peak District moors."),
 ("horoscope-fri-dec10", "dailystarsigns.co.uk", "en", 0, 10, 800, ["Horoscope"], "",
  "Your stars for Friday, December 10",
  "Sagittarius, an old friend reaches out with an offer you should not dismiss too quickly, so listen before you decide.",
  "Capricorn: money matters ease. Aquarius: say yes to the invitation."),
 ("promo-steel-city-post-app", POST, "en", 0, 2, 300, ["Promo"], "",
  "Get The Steel City Post app for breaking news alerts",
  "Download The Steel City Post app for free to get breaking news, traffic and travel alerts and the evening briefing from Sheffield and South Yorkshire on your phone.",
  "Search for Steel City Post in your app store."),
]
