# Day 56 (hold-out): a Monegasque / Côte d'Azur French channel, evening edition of Wednesday
# 6 May 2026 (window 07:00 - 19:00 Monaco, Europe/Monaco = UTC+2 in May). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the prefect of the Alpes-Maritimes, Claire
#   Ravanel, on Radio Azur Info on Wednesday morning, about the Saint-Jeannet wildfire (post 3) and
#   about the migrant killed by a train near Menton (post 34), both carrying
#   « L'État sera présent partout où la sécurité des habitants est en jeu, de jour comme de nuit,
#   et il ne reculera devant aucun moyen »;
# - a shared wire byline line ("Agence Riviera | Mis à jour : 06-05-2026 16:42"): Nice airport's
#   record April traffic (post 57) and the cruise-ship quota of Villefranche-sur-Mer (post 60),
#   posted three minutes apart;
# - the same hospital: the two crew members of the burned yacht taken to the Centre hospitalier
#   Princesse-Grace (posts 9, 12) and the legionella cases at the same CHPG (posts 14-19; post 18
#   carries a "Lire aussi" line pointing to the yacht fire);
# - the same town / same port area: the yacht fire at Port Hercule, the legionella at the CHPG,
#   the jewellery heist on the boulevard des Moulins, the croupiers' strike vote and the housing
#   law are all in Monaco; the bus strike, the slum-landlord verdict and the airport record are
#   all in Nice;
# - look-alike stories: two fires the same night (the Saint-Jeannet wildfire, the yacht at Port
#   Hercule); two strikes (Nice bus and tram drivers on Thursday, Monte-Carlo croupiers on Friday);
#   two court cases that both end on "three years in prison" (the Saint-Roch slum landlord in
#   Nice, the fake cosmetic doctor of Cannes tried in Grasse); two transport stories on the
#   coast (the Cap-d'Ail rockfall closing the coast road, the bus strike with its "how to get
#   around" post); two tourism numbers on the same shared line (airport, cruise ships); the
#   Vintimille arrests of the heist (Italian border) and the migrant death near the same border;
#   the weather bulletin's west wind and "very severe fire risk" (post 66) apart from the fire;
# - reaction pieces, explainers and "how to" posts in other words: the evacuees in the Vence
#   gym (post 4), brush-clearing "how to" (post 6), the neighbouring boaters (post 13), the
#   legionella explainer (post 18), the patients without showers (post 19), the heist scene
#   (post 22), why Riviera jewellers are targeted (post 25), how to get around during the strike
#   (post 28), what the housing law changes (post 39), the commuters (post 43), how to reach
#   Monaco (post 42), the Roya aid groups (post 36), the former tenants (post 48), how to check a
#   doctor (post 51), the Sirocco staff (post 55), the Villefranche shopkeepers (post 61);
# - synonyms across outlets: "incendie", "feu de forêt", "feu de végétation", "sinistre",
#   "wildfire", "blaze"; "braquage", "casse", "vol à main armée", "heist", "smash-and-grab";
#   "éboulement", "chute de blocs", "rockslide", "rockfall"; "légionellose", "maladie du
#   légionnaire", "Legionnaires' disease"; "conducteurs", "traminots", "chauffeurs";
#   "yacht", "navire de plaisance", "superyacht"; "faux médecin", "fausse doctoresse",
#   "fake cosmetic doctor";
# - a promo posted alone (post 65); filler of importance 0: volleyball final (posts 63-64),
#   weather bulletin (post 66), horoscope (post 67).
NAME = "2026-05-06-fr-soir-monaco-h56"
CHANNEL = {"lang": "fr", "tz": "Europe/Monaco"}
WINDOW = ("2026-05-06T05:00:00Z", "2026-05-06T17:00:00Z")
CTX = {"stamp": "06-05-2026 16:42", "line": "Agence Riviera | Mis à jour : 06-05-2026 16:42",
       "city": "Monaco", "date_fr": "6 mai", "date_en": "May 6",
       "author": "Sandrine Pastor", "clarify": "the number of patients infected", "caption": "",
       "also": "notre dossier", "country": "Monaco"}
# The editor's top 5: the Saint-Jeannet wildfire, the legionella cases at the CHPG, the
# Monte-Carlo jewellery heist, the Cap-d'Ail rockfall cutting the coast road into Monaco, the
# migrant killed by a train near Menton.
TOP5 = ["feu-vallon-saint-jeannet", "legionellose-chpg", "braquage-joaillerie-moulins",
        "eboulement-basse-corniche", "migrant-train-menton"]
MC = "Monaco"
AM = "Alpes-Maritimes"
CA = "Côte d'Azur"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
ENV = "Environnement"
AR = "agence-riviera.fr"
SDR = "soir-du-rocher.mc"
NAQ = "nice-azur-quotidien.fr"
RADIO = "radio-azur-info.fr"
GAZ = "gazette-de-menton.fr"
ECHO = "echo-des-baous.fr"
LEDGER = "riviera-ledger.com"
WW = "wire-west.com"
APL = "ap-like.com"
QUOTE = ("« L'État sera présent partout où la sécurité des habitants est en jeu, de jour comme de "
         "nuit, et il ne reculera devant aucun moyen »")
POSTS = [
 # 1. Wildfire in the hills between Saint-Jeannet and Vence: "feu de forêt", "incendie",
 #    "feu de végétation", "sinistre", "wildfire", "blaze"; 180 ha -> 320 ha -> 340 ha, fixed.
 ("feu-vallon-saint-jeannet", AR, "fr", 3, 20, 3100, [AM, FD, ENV], "afp",
  "Alpes-Maritimes : un feu de forêt a déjà parcouru 180 hectares près de Vence",
  "Un feu de forêt qui s'est déclaré mardi soir sur les pentes boisées entre Saint-Jeannet et Vence (Alpes-Maritimes) a déjà parcouru 180 hectares et entraîné l'évacuation de 350 habitants de plusieurs hameaux, selon les sapeurs-pompiers.",
  "Plus de 400 pompiers, trois bombardiers d'eau et un hélicoptère sont engagés. Le vent d'ouest, qui soufflait en rafales à 60 km/h dans la nuit, compliquait la lutte contre les flammes.",
  {"city": "Saint-Jeannet"}),
 ("feu-vallon-saint-jeannet", WW, "en", 3, 65, 900, ["Europe", "France"], "reuters",
  "Wildfire forces hundreds from homes in hills above French Riviera",
  "A wildfire fanned by strong winds has burned through about 180 hectares of scrub and pine forest in the hills above Nice on the French Riviera, forcing some 350 residents from their homes, firefighters said on Wednesday.",
  "A blaze of this size is unusually early in the year for the region, which has just had one of its driest winters on record.",
  {"city": "Nice"}),
 ("feu-vallon-saint-jeannet", RADIO, "fr", 3, 110, 1700, [AM, ENV], "",
  "Incendie de Saint-Jeannet : la préfète interdit l'accès aux massifs jusqu'à dimanche",
  "Invitée de Radio Azur Info mercredi matin, la préfète des Alpes-Maritimes, Claire Ravanel, a annoncé l'interdiction de tout accès aux massifs forestiers du moyen pays jusqu'à dimanche, après l'incendie qui ravage depuis la veille les collines de Saint-Jeannet.",
  QUOTE + ", a-t-elle déclaré, en précisant qu'une enquête avait été ouverte pour déterminer l'origine du sinistre, peut-être un brûlage de végétaux mal maîtrisé."),
 ("feu-vallon-saint-jeannet", ECHO, "fr", 3, 200, 1300, [AM], "caption",
  "Au gymnase de Vence, l'attente des évacués",
  "Réfugiés depuis la nuit dans le gymnase municipal de Vence, une centaine d'habitants des hameaux du Malvan et des Blaquières attendaient mercredi matin de savoir si leurs maisons avaient résisté aux flammes.",
  "« On est partis avec les chiens et les papiers, rien d'autre », raconte un retraité, qui a vu la lueur du feu grandir derrière la colline vers 23 heures.",
  {"site": "L'Écho des Baous", "caption": "Des habitants évacués patientent sur des lits de camp dans le gymnase municipal de Vence, mercredi 6 mai 2026."}),
 ("feu-vallon-saint-jeannet", AR, "fr", 3, 300, 2700, [AM, FD, ENV], "actu",
  "Feu de Saint-Jeannet : 320 hectares brûlés, un pompier blessé",
  "L'incendie des collines de Saint-Jeannet et de Vence a parcouru 320 hectares mercredi à la mi-journée, et un sapeur-pompier a été légèrement blessé à la main lors d'une reprise de feu, a indiqué la préfecture, qui juge le sinistre « contenu mais pas maîtrisé ».",
  "Deux maisons et plusieurs cabanons ont été détruits. Les bombardiers d'eau ont effectué plus de soixante largages depuis l'aube."),
 ("feu-vallon-saint-jeannet", NAQ, "fr", 3, 380, 1900, [AM, ENV], "",
  "Débroussaillement : ce que les propriétaires doivent faire avant l'été",
  "Dans les Alpes-Maritimes, tout propriétaire d'une maison située à moins de 200 mètres d'un bois doit débroussailler sur 50 mètres autour de la construction avant le 31 mai, sous peine d'une amende pouvant atteindre 1 500 euros, rappelle la préfecture après l'incendie de Saint-Jeannet.",
  "Il faut élaguer les arbres jusqu'à deux mètres de hauteur, éloigner les branches des toitures et évacuer les déchets verts en déchetterie plutôt que de les brûler. La métropole propose un diagnostic gratuit sur rendez-vous."),
 ("feu-vallon-saint-jeannet", APL, "en", 3, 560, 700, ["Europe", "France"], "ap",
  "Firefighters contain wildfire near French Riviera town",
  "Firefighters in southern France said Wednesday they had contained a wildfire that scorched 320 hectares (790 acres) of forest near the Riviera town of Vence, destroying two homes and slightly injuring one firefighter.",
  "Evacuated residents were expected to be allowed back on Thursday.",
  {"city": "Vence"}),
 ("feu-vallon-saint-jeannet", AR, "fr", 3, 650, 2400, [AM, FD, ENV], "",
  "Incendie de Saint-Jeannet : le feu est fixé, les habitants rentreront jeudi",
  "Les pompiers ont annoncé mercredi en fin d'après-midi que le feu de végétation de Saint-Jeannet était fixé, après avoir détruit 340 hectares de pinède et de garrigue, et les 350 personnes évacuées pourront regagner leur domicile jeudi matin.",
  "Une centaine de pompiers resteront sur place toute la nuit pour surveiller les lisières."),

 # 2. Fire aboard a yacht at Port Hercule, Monaco: "yacht", "navire de plaisance",
 #    "superyacht"; two crew members taken to the CHPG (same hospital as story 3).
 ("incendie-yacht-port-hercule", SDR, "fr", 2, 10, 2200, [MC, FD], "colon",
  "Port Hercule : un yacht de 48 mètres ravagé par les flammes",
  "Un yacht de 48 mètres amarré au quai Albert-Ier du port Hercule a pris feu dans la nuit de mardi à mercredi, et deux membres d'équipage intoxiqués par les fumées ont été transportés au Centre hospitalier Princesse-Grace.",
  "Les sapeurs-pompiers de Monaco ont mis près de trois heures à venir à bout des flammes, qui seraient parties de la salle des machines selon les premiers éléments."),
 ("incendie-yacht-port-hercule", "menafn-kuna.com", "en", 2, 90, 250, ["Europe", "Gulf"], "kuna",
  "Kuwaiti-owned yacht catches fire in Monaco port",
  "A yacht owned by a Kuwaiti businessman caught fire overnight in the port of Monaco, injuring two crew members, the Kuwaiti embassy in Paris said on Wednesday.",
  "The embassy said the owner was not on board and that it was in contact with the Monegasque authorities."),
 ("incendie-yacht-port-hercule", AR, "fr", 2, 150, 1500, [MC, ENV], "afp",
  "Yacht incendié à Monaco : un barrage flottant contre une fuite de gazole",
  "Les autorités monégasques ont déployé mercredi matin un barrage flottant autour de la coque calcinée d'un navire de plaisance qui a brûlé dans la nuit dans le port Hercule, afin de contenir une fuite de gazole estimée à plusieurs centaines de litres.",
  "Les activités nautiques sont suspendues dans l'ensemble du port jusqu'à nouvel ordre."),
 ("incendie-yacht-port-hercule", LEDGER, "en", 2, 260, 400, [MC, "Riviera"], "byline_en",
  "Crew hurt in Monaco superyacht fire in stable condition",
  "Two crew members hurt when a superyacht burned in Monaco's Port Hercule overnight were in stable condition on Wednesday, Princess Grace Hospital said, as investigators began examining the charred hull.",
  "Marine police said the vessel had been moored for the winter and was due to sail for the summer season next week.",
  {"site": "The Riviera Ledger", "author": "Tom Harcourt"}),
 ("incendie-yacht-port-hercule", SDR, "fr", 2, 470, 1100, [MC], "",
  "Quai Albert-Ier : les plaisanciers voisins racontent une nuit d'angoisse",
  "« On a vu les flammes monter plus haut que le mât », raconte le capitaine d'un voilier amarré à deux places du yacht incendié, qui a dû larguer les amarres en pleine nuit avec l'aide de la police maritime.",
  "Trois autres bateaux ont été déplacés vers le quai Rainier-III par précaution."),

 # 3. Legionella at the Centre hospitalier Princesse-Grace: "légionellose", "maladie du
 #    légionnaire", "légionelles", "Legionnaires' disease"; 2 cases -> 3, one death.
 ("legionellose-chpg", SDR, "fr", 3, 185, 2600, [MC, SA], "teaser",
  "Légionellose au CHPG : un mort, les douches interdites",
  "Deux patients hospitalisés au Centre hospitalier Princesse-Grace ont contracté une légionellose, dont un homme de 78 ans décédé lundi, et la direction a interdit les douches dans deux bâtiments le temps de désinfecter le réseau d'eau chaude.",
  "Les familles des patients concernés ont été reçues mardi soir par la direction médicale."),
 ("legionellose-chpg", AR, "fr", 3, 215, 2000, [MC, SA], "afp",
  "Légionellose à l'hôpital de Monaco : les douches fermées dans deux bâtiments",
  "L'hôpital de Monaco a fermé les douches de deux de ses bâtiments et lancé un choc thermique sur son réseau d'eau chaude après la découverte de deux cas de légionellose chez des patients, dont l'un est mort, a annoncé mercredi le département des Affaires sociales et de la Santé.",
  "Des prélèvements ont révélé la présence de légionelles à des taux supérieurs aux seuils d'alerte dans plusieurs points d'eau."),
 ("legionellose-chpg", AR, "fr", 3, 355, 2300, [MC, SA, J], "actu",
  "Légionellose au CHPG : un troisième cas, une enquête ouverte",
  "Un troisième patient du Centre hospitalier Princesse-Grace a été diagnostiqué porteur de la maladie du légionnaire, a annoncé mercredi la direction de l'hôpital, tandis que le parquet général de Monaco a ouvert une enquête pour homicide involontaire après la mort d'un premier malade.",
  "Le troisième malade, une femme de 81 ans, est soignée en réanimation."),
 ("legionellose-chpg", WW, "en", 3, 400, 600, ["Europe", "Health"], "updated",
  "Third Legionnaires' case at Monaco hospital",
  "A third patient at Monaco's Princess Grace Hospital has contracted Legionnaires' disease, the hospital said on Wednesday, after an elderly man died of the lung infection earlier this week and showers were shut in two buildings.",
  "Monaco prosecutors have opened an investigation into the death."),
 ("legionellose-chpg", RADIO, "fr", 3, 430, 1200, [MC, SA], "lire",
  "Légionellose : comment se transmet la maladie et qui est à risque",
  "La légionellose ne se transmet pas d'une personne à l'autre mais en respirant de fines gouttelettes d'eau contaminée, sous la douche ou près d'une climatisation mal entretenue, et elle menace surtout les personnes âgées, les fumeurs et les malades immunodéprimés, rappelle un infectiologue interrogé par Radio Azur Info.",
  "Les premiers signes, une forte fièvre, une toux et des douleurs musculaires, apparaissent entre deux et dix jours après l'exposition. Chez soi, il conseille de faire couler l'eau chaude quelques minutes après une absence prolongée.",
  {"also": "Port Hercule : deux marins hospitalisés au CHPG après l'incendie d'un yacht"}),
 ("legionellose-chpg", SDR, "fr", 3, 600, 1400, [MC, SA], "caption",
  "Au CHPG, patients et soignants entre inquiétude et toilette au gant",
  "Privés de douche depuis mardi soir, les patients des services de cardiologie et de pneumologie du CHPG font leur toilette avec des lingettes et de l'eau en bouteille, tandis que les infirmières multiplient les explications aux familles inquiètes.",
  "La direction espère rouvrir les douches en fin de semaine, après de nouvelles analyses.",
  {"site": "Le Soir du Rocher", "caption": "Une affiche signale l'interdiction des douches dans un couloir du Centre hospitalier Princesse-Grace, mercredi 6 mai 2026."}),

 # 4. Armed robbery of a jeweller on the boulevard des Moulins, Monte-Carlo: "braquage",
 #    "casse", "vol à main armée", "heist", "smash-and-grab"; loot 4 -> 6 million euros;
 #    two arrests in Vintimille.
 ("braquage-joaillerie-moulins", AR, "fr", 3, 265, 2500, [MC, FD], "afp",
  "Braquage d'une joaillerie à Monte-Carlo",
  "Trois hommes armés et cagoulés ont braqué mercredi en fin de matinée une joaillerie du boulevard des Moulins, à Monte-Carlo, avant de s'enfuir à scooter en direction de la France, a-t-on appris auprès de la Sûreté publique.",
  "Aucun blessé n'est à déplorer. Le préjudice n'était pas connu dans l'immédiat."),
 ("braquage-joaillerie-moulins", WW, "en", 3, 320, 800, ["Europe", "Crime"], "reuters",
  "Armed robbers hit Monaco jeweller, flee on scooters",
  "Armed robbers raided a jewellery store in Monaco on Wednesday and escaped on scooters with watches and jewels worth an estimated 4 million euros, a police source said.",
  "The three men, whose faces were covered, smashed the display cases with hammers, the source said."),
 ("braquage-joaillerie-moulins", SDR, "fr", 3, 400, 1900, [MC, FD], "byline_fr",
  "Casse à la joaillerie Orsini : trois minutes, quatre millions d'euros",
  "Il leur a fallu moins de trois minutes pour briser à la masse les vitrines de la joaillerie Orsini, rafler une quarantaine de montres de luxe et de bagues, puis disparaître dans la circulation du boulevard des Moulins.",
  "Une vendeuse, choquée, a été prise en charge par les pompiers. Les caméras de la Principauté ont suivi les scooters jusqu'à la frontière de Beausoleil.",
  {"site": "Le Soir du Rocher"}),
 ("braquage-joaillerie-moulins", GAZ, "fr", 3, 520, 1600, [MC, FD, "Italie"], "place",
  "Deux suspects du braquage de Monte-Carlo arrêtés à Vintimille",
  "La police italienne a interpellé mercredi après-midi à Vintimille deux hommes soupçonnés d'avoir participé au vol à main armée d'une bijouterie monégasque quelques heures plus tôt, et retrouvé dans leur voiture une partie du butin, a annoncé la questure d'Imperia.",
  "Le troisième homme est toujours recherché. Le préjudice est désormais estimé à six millions d'euros.",
  {"city": "Vintimille", "country": "Italie"}),
 ("braquage-joaillerie-moulins", "upi-like.com", "en", 3, 600, 300, ["Europe", "Crime"], "upi",
  "Two held in Italy over Monaco jewelry heist",
  "Italian police arrested two men Wednesday in connection with a smash-and-grab jewelry heist in Monaco, recovering part of a haul now estimated at about $7 million.",
  ""),
 ("braquage-joaillerie-moulins", NAQ, "fr", 3, 680, 1300, [CA, FD], "",
  "Pourquoi les bijouteries de la Riviera attirent les braqueurs",
  "Frontière italienne à dix minutes, clientèle fortunée et vitrines chargées de pièces faciles à revendre à l'étranger : la Côte d'Azur concentre depuis vingt ans une part importante des attaques visant les joailliers en France, selon un ancien enquêteur de la police judiciaire.",
  "Les montres de luxe, démontées et revendues pièce par pièce, sont les plus recherchées, explique-t-il."),

 # 5. Strike of the Nice bus and tram drivers on Thursday: "conducteurs", "traminots",
 #    "chauffeurs"; a conciliation meeting at 17:00 fails.
 ("greve-bus-tram-nice", NAQ, "fr", 2, 40, 1800, [AM, T], "publie",
  "Grève des bus et trams à Nice jeudi : le réseau très perturbé",
  "Les conducteurs du réseau de bus et de tramway de la métropole Nice Côte d'Azur seront en grève jeudi à l'appel de trois syndicats qui contestent les nouveaux horaires de service prévus pour l'été, et la direction ne prévoit de faire circuler qu'un tram sur trois.",
  "Les syndicats dénoncent des amplitudes de travail de plus de onze heures avec de longues coupures non payées.",
  {"site": "Nice-Azur Quotidien"}),
 ("greve-bus-tram-nice", AR, "fr", 2, 180, 900, [AM, T], "",
  "Transports niçois : une réunion de la dernière chance avant la grève",
  "La direction d'Azur Transports Métropole et les syndicats de conducteurs se retrouveront mercredi à 17 heures pour une ultime réunion de conciliation, avant la grève prévue jeudi sur l'ensemble des lignes de bus et de tramway de Nice.",
  ""),
 ("greve-bus-tram-nice", RADIO, "fr", 2, 350, 1500, [AM, T], "",
  "Grève de jeudi : comment se déplacer à Nice",
  "Les lignes 1 et 2 du tramway circuleront toutes les vingt minutes de 7 heures à 20 heures, les bus scolaires seront maintenus et les vélos en libre-service seront gratuits toute la journée, a annoncé la métropole pour la journée de grève de jeudi.",
  "Aucun bus ne desservira en revanche les collines ni l'aéroport, où les voyageurs sont invités à prendre le train jusqu'à la gare de Nice-Saint-Augustin."),
 ("greve-bus-tram-nice", AR, "fr", 2, 700, 1100, [AM, T], "actu",
  "Nice : la grève des traminots maintenue après l'échec des discussions",
  "La réunion de conciliation entre la direction du réseau de transports de la métropole niçoise et les syndicats s'est achevée mercredi soir sans accord, et la grève des chauffeurs de bus et de tram est donc maintenue jeudi, ont annoncé les représentants syndicaux.",
  ""),

 # 6. Strike vote of the croupiers of the Casino Belle Époque, Monte-Carlo (Friday night),
 #    over the sharing of tips.
 ("greve-croupiers-monte-carlo", SDR, "fr", 2, 130, 1400, [MC, E], "",
  "Les croupiers du Casino Belle Époque votent une grève pour vendredi",
  "Réunis en assemblée générale mardi soir, les croupiers des jeux de table du Casino Belle Époque de Monte-Carlo ont voté à 87 % un arrêt de travail vendredi à partir de 20 heures pour protester contre la nouvelle répartition des pourboires.",
  "La Société des Jeux du Rocher, qui exploite l'établissement, dit vouloir « moderniser un système hérité des années 1960 »."),
 ("greve-croupiers-monte-carlo", AR, "fr", 2, 340, 800, [MC, E], "",
  "Monaco : la direction du casino propose de geler la réforme des pourboires",
  "La Société des Jeux du Rocher a proposé mercredi aux croupiers de suspendre jusqu'à l'automne la réforme de la « cagnotte » des pourboires, dans l'espoir d'éviter la grève votée pour vendredi soir au Casino Belle Époque.",
  "Les syndicats doivent donner leur réponse jeudi."),
 ("greve-croupiers-monte-carlo", LEDGER, "en", 2, 500, 350, [MC, "Business"], "donate",
  "Monte Carlo croupiers vote to strike over tips",
  "Croupiers at one of Monte Carlo's best-known casinos have voted to strike on Friday night in a row over how tips are shared, a rare walkout in the principality's gaming industry.",
  "Management offered on Wednesday to delay the reform until the autumn; unions said they would reply on Thursday."),

 # 7. Migrant killed by a train in the tunnel between Vintimille and Menton-Garavan; the
 #    prefect's radio interview (same quote as the wildfire, post 3).
 ("migrant-train-menton", GAZ, "fr", 3, 30, 1700, [AM, FD], "place",
  "Un migrant tué par un train près de Menton",
  "Un jeune homme, vraisemblablement un migrant qui tentait de passer à pied d'Italie en France, a été mortellement percuté par un train régional peu avant 6 heures mercredi dans le tunnel ferroviaire situé entre Vintimille et Menton-Garavan.",
  "La circulation des trains a été interrompue pendant plus de trois heures entre Menton et la frontière.",
  {"city": "Menton", "country": "France"}),
 ("migrant-train-menton", RADIO, "fr", 3, 120, 1500, [AM, P], "",
  "Mort d'un migrant près de Menton : la préfète promet davantage de patrouilles",
  "La préfète des Alpes-Maritimes, Claire Ravanel, a annoncé mercredi sur Radio Azur Info le renforcement des patrouilles de police aux abords des voies ferrées entre Menton et la frontière italienne, quelques heures après la mort d'un jeune homme percuté par un train.",
  QUOTE + ", a-t-elle assuré, en rappelant que quatre personnes étaient mortes sur ce tronçon depuis le début de l'année."),
 ("migrant-train-menton", APL, "en", 3, 240, 500, ["Europe", "Migration"], "ap",
  "Migrant killed by train at French-Italian border",
  "A young man believed to be a migrant was struck and killed by a train Wednesday in a tunnel on the French-Italian border near the Riviera town of Menton, French authorities said.",
  "Rail traffic was halted for more than three hours.",
  {"city": "Menton"}),
 ("migrant-train-menton", NAQ, "fr", 3, 450, 1000, [AM, P], "soutien",
  "« Ils passent par les voies parce qu'on leur ferme la route »",
  "Les associations d'aide aux exilés de la vallée de la Roya ont dénoncé mercredi « une mort prévisible » après l'accident de Menton-Garavan, en estimant que les contrôles renforcés au poste-frontière du pont Saint-Louis poussent les jeunes migrants à emprunter les tunnels ferroviaires.",
  "Elles appellent à un rassemblement samedi devant la gare de Menton."),

 # 8. Housing law for Monegasque nationals (state-owned "appartements domaniaux") at the
 #    Conseil national: public session at 17:00, vote expected late in the evening.
 ("loi-logement-domanial-monaco", SDR, "fr", 2, 60, 1300, [MC, P], "teaser",
  "Le Conseil national vote ce soir la loi sur le logement des Monégasques",
  "Le Conseil national examinera mercredi à partir de 17 heures, en séance publique, le projet de loi qui porte à 1 200 le nombre d'appartements domaniaux à livrer aux familles monégasques d'ici 2032 et crée une aide nouvelle pour les jeunes couples.",
  "Le vote est attendu en fin de soirée."),
 ("loi-logement-domanial-monaco", AR, "fr", 2, 280, 700, [MC, P], "colon",
  "Logement domanial : le gouvernement cède sur le calendrier",
  "Le gouvernement princier a accepté mercredi d'inscrire dans la loi un calendrier annuel de livraison des logements domaniaux, principale exigence des élus du Conseil national, levant le dernier obstacle avant le vote prévu dans la soirée.",
  ""),
 ("loi-logement-domanial-monaco", RADIO, "fr", 2, 430, 900, [MC, P], "",
  "Logement domanial : ce que la loi change pour les familles",
  "Un couple de Monégasques avec un enfant qui attend un trois-pièces depuis plusieurs années pourra désormais contester devant une commission indépendante l'attribution d'un appartement de l'État, l'une des nouveautés du texte soumis au vote des élus mercredi soir.",
  "La loi crée aussi une aide à la location de 600 euros par mois pour les jeunes couples en attente d'un logement."),
 ("loi-logement-domanial-monaco", SDR, "fr", 2, 660, 800, [MC, P], "",
  "Logement : le débat s'ouvre au Conseil national",
  "La séance publique consacrée au logement des nationaux s'est ouverte mercredi à 17 heures au Conseil national, où le président de la commission du logement, Rémy Giordan, a salué « un texte arraché après deux ans de négociations ».",
  "Une quinzaine d'orateurs sont inscrits avant le vote."),

 # 9. Rockfall on the basse corniche (RD 6098) at Cap-d'Ail, the coast road into Monaco:
 #    "éboulement", "chute de blocs", "rockslide", "rockfall"; closed until Friday -> Monday.
 ("eboulement-basse-corniche", AR, "fr", 3, 5, 2800, [AM, MC, T], "afp",
  "Un éboulement coupe la basse corniche à l'entrée de Monaco",
  "Un éboulement d'une centaine de mètres cubes de roche a coupé la basse corniche (RD 6098) dans la nuit de mardi à mercredi à Cap-d'Ail, à la sortie ouest de Monaco, sans faire de victime, a indiqué le département des Alpes-Maritimes.",
  "La route, empruntée chaque jour par des milliers de salariés qui travaillent dans la Principauté, restera fermée au moins jusqu'à vendredi.",
  {"city": "Cap-d'Ail"}),
 ("eboulement-basse-corniche", NAQ, "fr", 3, 70, 2100, [AM, T], "",
  "Basse corniche fermée : comment rejoindre Monaco",
  "Les automobilistes venant de Nice sont invités à emprunter la moyenne corniche ou l'autoroute A8 par la sortie de La Turbie, et la SNCF ajoute quatre TER entre Nice et Monaco aux heures de pointe jusqu'à la réouverture de la basse corniche.",
  "Les bus de la ligne côtière sont déviés par la moyenne corniche, avec vingt à trente minutes de retard à prévoir."),
 ("eboulement-basse-corniche", SDR, "fr", 3, 140, 1600, [MC, T], "caption",
  "Matin de galère pour les pendulaires",
  "Il a fallu plus d'une heure et demie mercredi matin à de nombreux salariés venant de Nice pour rejoindre leur bureau à Monaco, la fermeture de la basse corniche ayant reporté des milliers de voitures sur la moyenne corniche, saturée dès 7 heures.",
  "« J'ai laissé la voiture à Èze et fini en train », raconte une comptable.",
  {"site": "Le Soir du Rocher", "caption": "Des voitures à l'arrêt sur la moyenne corniche au-dessus d'Èze, mercredi 6 mai 2026."}),
 ("eboulement-basse-corniche", AR, "fr", 3, 330, 2200, [AM, MC, T], "actu",
  "Éboulement de Cap-d'Ail : la basse corniche fermée jusqu'à lundi",
  "La chute de blocs qui a obstrué la basse corniche à Cap-d'Ail est plus grave que prévu, avec environ 400 mètres cubes de roche instable encore accrochés à la falaise, et la route restera fermée au moins jusqu'à lundi, a annoncé mercredi le président du département.",
  "Des cordistes doivent purger la paroi avant la pose de filets de protection."),
 ("eboulement-basse-corniche", LEDGER, "en", 3, 540, 500, [MC, "Riviera"], "",
  "Rockfall shuts Riviera coast road into Monaco until next week",
  "A rockslide has closed the coastal road linking Nice and Monaco until at least Monday, authorities said on Wednesday, forcing thousands of cross-border commuters onto congested hill roads and packed trains.",
  ""),

 # 10. Slum landlord of the Saint-Roch cellars, Nice: verdict Wednesday afternoon (three
 #     years, one of them without remission) - look-alike court case of story 11.
 ("proces-caves-saint-roch-nice", NAQ, "fr", 2, 100, 1100, [AM, J], "byline_fr",
  "Caves-dortoirs de Saint-Roch : jugement attendu ce mercredi",
  "Le tribunal correctionnel de Nice rendra mercredi après-midi son jugement dans l'affaire des « caves-dortoirs » du quartier Saint-Roch, où un propriétaire et son gérant sont accusés d'avoir logé une quarantaine de travailleurs saisonniers dans des sous-sols insalubres.",
  "Quatre ans de prison, dont deux avec sursis, ont été requis mardi contre le propriétaire.",
  {"site": "Nice-Azur Quotidien", "author": "Julien Ferrandi"}),
 ("proces-caves-saint-roch-nice", AR, "fr", 2, 490, 1200, [AM, J], "",
  "Nice : le « marchand de sommeil » de Saint-Roch condamné à trois ans de prison",
  "Un propriétaire niçois de 61 ans a été condamné mercredi par le tribunal correctionnel de Nice à trois ans de prison, dont un ferme, et à la confiscation de deux immeubles pour avoir loué des caves insalubres à des travailleurs saisonniers, a-t-on appris de source judiciaire.",
  "Son gérant a été condamné à dix-huit mois avec sursis."),
 ("proces-caves-saint-roch-nice", NAQ, "fr", 2, 560, 900, [AM, J], "",
  "Les anciens locataires des caves de Saint-Roch « enfin reconnus »",
  "« Pendant deux ans, on dormait à six dans une cave sans fenêtre, avec un seul WC », a raconté mercredi à la sortie du tribunal un cuisinier de 28 ans, l'un des onze anciens occupants qui s'étaient constitués partie civile.",
  "Chacun recevra entre 8 000 et 15 000 euros de dommages et intérêts."),

 # 11. Fake cosmetic doctor of Cannes tried in Grasse: "faux médecin", "fausse doctoresse",
 #     "exercice illégal de la médecine", "fake cosmetic doctor"; three years requested.
 ("proces-faux-medecin-grasse", AR, "fr", 2, 160, 1000, [AM, J, SA], "",
  "Une fausse doctoresse esthétique jugée à Grasse",
  "Une femme de 45 ans qui se présentait comme médecin esthétique et a pratiqué pendant trois ans des injections d'acide hyaluronique et de toxine botulique dans un appartement de Cannes comparaît depuis mercredi devant le tribunal correctionnel de Grasse pour exercice illégal de la médecine.",
  "Une vingtaine de patientes, dont plusieurs ont gardé des séquelles, se sont constituées parties civiles."),
 ("proces-faux-medecin-grasse", LEDGER, "en", 2, 390, 300, ["Riviera", "Courts"], "",
  "Fake cosmetic doctor on trial in southern France",
  "A woman accused of posing as a cosmetic doctor and injecting Botox and fillers into dozens of clients in a Cannes apartment went on trial on Wednesday in the French town of Grasse.",
  "She has admitted having no medical degree."),
 ("proces-faux-medecin-grasse", NAQ, "fr", 2, 630, 1400, [AM, SA], "",
  "Médecine esthétique : comment vérifier que son praticien est bien médecin",
  "Avant toute injection, il suffit de saisir le nom du praticien dans l'annuaire public de l'ordre des médecins pour vérifier qu'il est inscrit et qualifié, rappelle le conseil départemental de l'ordre des Alpes-Maritimes en marge du procès de la fausse doctoresse de Cannes.",
  "Un tarif très inférieur aux prix habituels ou un rendez-vous fixé dans un appartement doivent alerter, ajoute-t-il."),
 ("proces-faux-medecin-grasse", AR, "fr", 2, 690, 800, [AM, J], "",
  "Faux médecin de Cannes : trois ans de prison requis",
  "Le parquet de Grasse a requis mercredi soir trois ans de prison, dont deux ferme, contre l'ancienne esthéticienne accusée d'avoir exercé illégalement la médecine à Cannes, et le jugement a été mis en délibéré au 3 juin.",
  ""),

 # 12. Swiss group Helvetron buys the Sophia Antipolis chip designer Sirocco Semiconducteurs.
 ("rachat-sirocco-sophia", WW, "en", 2, 45, 700, ["Europe", "Business"], "reuters",
  "Swiss Helvetron to buy French chip designer Sirocco for 900 million euros",
  "Swiss chipmaker Helvetron has agreed to buy French radio-frequency chip designer Sirocco Semiconducteurs for 900 million euros in cash, the companies said on Wednesday, in one of the largest deals in Europe's semiconductor sector this year.",
  "", {"city": "Zurich"}),
 ("rachat-sirocco-sophia", "agence-alpes.ch", "fr", 2, 85, 600, [E, "Suisse"], "ats",
  "Helvetron rachète une pépite française des puces pour 900 millions d'euros",
  "Le groupe zougois Helvetron va acquérir le concepteur français de puces radiofréquence Sirocco Semiconducteurs, basé à Sophia Antipolis (Alpes-Maritimes), pour 900 millions d'euros en numéraire, ont annoncé mercredi les deux entreprises.",
  "La transaction doit être bouclée d'ici la fin de l'année, sous réserve des autorisations réglementaires.",
  {"city": "Zoug"}),
 ("rachat-sirocco-sophia", NAQ, "fr", 2, 250, 1200, [AM, E], "",
  "À Sophia Antipolis, les salariés de Sirocco entre fierté et inquiétude",
  "Les 420 salariés de Sirocco Semiconducteurs ont appris mercredi matin par un courriel de leur fondateur que leur entreprise, née en 2011 dans une pépinière de la technopole, passait sous pavillon suisse, avec la promesse qu'aucun poste ne serait supprimé pendant trois ans.",
  "« On savait qu'on était à vendre, pas qu'on partait si vite », confie un ingénieur."),
 ("rachat-sirocco-sophia", AR, "fr", 2, 460, 900, [E], "",
  "Rachat de Sirocco : Bercy demande des garanties",
  "Le ministère de l'Économie a indiqué mercredi qu'il examinerait le rachat du fabricant de puces de Sophia Antipolis par le suisse Helvetron au titre du contrôle des investissements étrangers, la technologie de l'entreprise étant utilisée dans des radars militaires.",
  ""),

 # 13. Nice airport's record April traffic (first post on the shared line).
 ("aeroport-nice-record-avril", AR, "fr", 1, 582, 600, [AM, E, T], "reuters_line",
  "Aéroport de Nice : record de passagers pour un mois d'avril",
  "L'aéroport Nice Côte d'Azur a accueilli 1,38 million de passagers en avril, un record pour ce mois porté par les vacances de Pâques et l'ouverture de neuf nouvelles lignes vers l'Europe du Nord, a annoncé mercredi le gestionnaire.",
  "La hausse atteint 7 % sur un an."),
 ("aeroport-nice-record-avril", NAQ, "fr", 1, 600, 500, [AM, E], "",
  "Les compagnies à bas coûts dopent la fréquentation de l'aéroport de Nice",
  "Près d'un passager sur deux passé par l'aéroport de Nice en avril a voyagé sur une compagnie à bas coûts, une proportion jamais atteinte, selon les chiffres publiés mercredi par la société aéroportuaire.",
  ""),
 ("aeroport-nice-record-avril", LEDGER, "en", 1, 640, 200, ["Riviera", "Travel"], "",
  "Nice airport posts busiest April on record",
  "Nice Cote d'Azur airport handled 1.38 million passengers in April, its busiest April ever, boosted by the Easter holidays and new routes to Scandinavia and the Baltics, the operator said on Wednesday.",
  ""),

 # 14. Cruise-ship quota in the bay of Villefranche-sur-Mer (second post on the shared line).
 ("croisieres-villefranche-quota", AR, "fr", 1, 585, 700, [AM, T, ENV], "reuters_line",
  "Villefranche-sur-Mer limite les escales de paquebots à une par jour",
  "La rade de Villefranche-sur-Mer n'accueillera plus qu'un seul paquebot de croisière par jour à partir du 1er juin, et aucun navire de plus de 2 500 passagers, ont décidé mercredi la commune et la région, gestionnaire du port.",
  "Une centaine d'escales sont concernées cette saison."),
 ("croisieres-villefranche-quota", NAQ, "fr", 1, 630, 800, [AM], "",
  "Quota de paquebots : les commerçants de Villefranche divisés",
  "Les restaurateurs du quai de l'Amiral-Courbet craignent de perdre jusqu'à un tiers de leur chiffre d'affaires estival, quand les riverains de la citadelle saluent une décision qui doit « rendre la rade à ceux qui y vivent ».",
  ""),
 ("croisieres-villefranche-quota", APL, "en", 1, 660, 300, ["Europe", "Travel"], "ap",
  "Riviera port caps cruise ships at one a day",
  "The French Riviera port of Villefranche-sur-Mer will allow only one cruise ship a day to call from June 1 and will turn away vessels carrying more than 2,500 passengers, local officials said Wednesday.",
  "", {"city": "Villefranche-sur-Mer"}),

 # 15. Filler: volleyball final.
 ("volley-riviera-finale-n1", "sport-azur.fr", "fr", 0, 15, 1100, ["Sport"], "",
  "Volley : le Riviera Volley Monaco champion de Nationale 1",
  "Le Riviera Volley Monaco a remporté mardi soir le titre de champion de Nationale 1 en battant le Stade Varois trois sets à un (25-21, 22-25, 25-19, 25-23) devant 1 400 spectateurs au Stade Louis-II.",
  ""),
 ("volley-riviera-finale-n1", AR, "fr", 0, 95, 300, ["Sport"], "",
  "Volley-ball : Monaco monte en Ligue B",
  "Sacré champion de Nationale 1 mardi face au Stade Varois, le Riviera Volley Monaco évoluera la saison prochaine en Ligue B, une première pour le club monégasque.",
  ""),

 # 16-18. Filler: promo posted alone, weather bulletin (west wind and fire risk, apart from the
 # wildfire story), horoscope.
 ("promo-appli-soir-du-rocher", SDR, "fr", 0, 610, 40, ["Promo"], "",
  "Le Soir du Rocher dans votre poche",
  "Téléchargez gratuitement la nouvelle application du Soir du Rocher pour recevoir nos alertes et lire l'édition du soir dès 18 heures, où que vous soyez.",
  "Disponible sur toutes les plateformes."),
 ("meteo-azur-jeudi-7-mai", "meteo-azur.fr", "fr", 0, 670, 900, ["Météo"], "",
  "Météo du jeudi 7 mai : vent d'ouest et risque d'incendie très sévère",
  "Le vent d'ouest soufflera encore jeudi en rafales jusqu'à 70 km/h sur le littoral et le moyen pays des Alpes-Maritimes, où le risque d'incendie restera très sévère, sous un ciel dégagé avec 24 degrés à Nice et 23 à Monaco.",
  "La mer sera agitée au large du cap d'Antibes."),
 ("horoscope-jeudi-7-mai", "astro-riviera.fr", "fr", 0, 30, 700, ["Horoscope"], "",
  "Horoscope du jeudi 7 mai",
  "Taureau : une rentrée d'argent inattendue vous donne l'élan qui vous manquait.",
  "Gémeaux : une conversation franche dissipe un malentendu."),
]
