# Day 64 (hold-out): a Guinean French channel, morning edition of Wednesday 17 March 2027
# (window 17:00 Tuesday - 05:00 Wednesday Conakry, Africa/Conakry = UTC+0). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Commerce, Fatoumata Binta
#   Kourouma, on Radio Kakoulima FM on Tuesday evening, about the Madina market fire (post 10) and
#   about the three-month suspension of potato and onion imports (post 44), both carrying
#   « Le marché guinéen n'est pas une jungle : celui qui cache la marchandise pour la revendre plus
#   cher la perdra » (the other posts of both stories do NOT carry it);
# - a shared wire byline line ("Agence Kaloum Presse | Mis à jour : 17-03-2027 04:41"): the first
#   mango container of the season from Kindia (post 55) and the new Fatala bridge at Boffa (post 57),
#   three minutes apart; both are "first" economy/infrastructure items with nothing else in common;
# - the same hospital: the Madina fire's burned taken to the Hôpital national Ignace-Deen (posts 11,
#   14) and the twenty incubators given to the neonatal unit of the same Ignace-Deen (posts 58-59;
#   post 59's lede says the hospital also took in the fire's injured); the doctors' strike is at
#   another hospital, the CHU de Donka;
# - the same port and region: the ore train that hit the minibus near Kolaboui ran to the port of
#   Kamsar (posts 1-7) and the Sangarédi bauxite strike slows loading at the same port of Kamsar
#   (posts 15-19); the bauxite processing bill (posts 25-29) also names Boké and Sangarédi;
#   Madina is both Conakry's great market (fire) and part of Timbi-Madina, the Fouta potato town
#   (post 45);
# - look-alike stories: two fires on the same Tuesday evening (Madina market in Conakry, a student
#   residence in Kankan); two strikes (the Donka doctors' 72-hour walkout from Wednesday, the
#   Sangarédi bauxite workers' open-ended strike from Tuesday); two court cases in Conakry on the same
#   Tuesday (the road fund embezzlement at the CRIEF: requisitions; the migrant smugglers at Dixinn:
#   verdict); two tolls or counts that rise overnight (the crash 9 -> 14 dead, measles 312 -> 347
#   cases); two household "how to" stories (water cuts, where to be treated during the strike);
# - reaction pieces and explainers in other words: the level-crossing explainer and safety gestures
#   (post 7), how to help the traders (post 14), the Sangarédi shopkeepers (post 19), patients at
#   Donka (post 22), where to get treated (post 24), what the bauxite bill changes (post 26), young
#   people in Boké (post 29), measles symptoms and vaccination (post 32), hesitant parents (post 34),
#   water sellers (post 41), storing and treating water (post 42), consumers in Conakry (post 46),
#   truck drivers on the roads (post 49), the families at Dixinn (post 51);
# - synonyms across outlets: "train minéralier", "convoi de bauxite", "train de minerai", "ore
#   train"; "minibus", "magbana", "véhicule de transport en commun"; "incendie", "sinistre",
#   "brasier", "feu", "blaze"; "grève", "débrayage", "cessation de travail", "walkout";
#   "coupures d'eau", "pénurie d'eau", "robinets à sec"; "rougeole", "measles";
# - a promo posted alone (post 60); filler of importance 0: football result (posts 61-62), weather
#   bulletin with harmattan haze (post 63), lottery draw (post 64).
NAME = "2027-03-17-fr-matin-conakry-h64"
CHANNEL = {"lang": "fr", "tz": "Africa/Conakry"}
WINDOW = ("2027-03-16T17:00:00Z", "2027-03-17T05:00:00Z")
CTX = {"stamp": "17-03-2027 04:41", "line": "Agence Kaloum Presse | Mis à jour : 17-03-2027 04:41",
       "city": "Conakry", "date_fr": "16 mars", "date_en": "Mar 16",
       "author": "Mamadou Saliou Barry", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Guinée"}
# The editor's top 5: the ore train and minibus crash near Kolaboui, the Madina market fire, the
# Sangarédi bauxite strike, the measles outbreak in N'Zérékoré, the Donka doctors' strike.
TOP5 = ["collision-train-minerai-kolaboui", "incendie-marche-madina", "greve-mineurs-sangaredi",
        "rougeole-nzerekore", "greve-medecins-donka"]
GN = "Guinée"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SO = "Société"
AKP = "agence-kaloum-presse.gn"
AN = "agence-nord.fr"
RIV = "le-rivage-conakry.gn"
SENT = "sentinelle-du-fouta.gn"
RADIO = "radio-kakoulima-fm.gn"
MATIN = "conakry-matin.net"
ECHO = "echo-haute-guinee.gn"
SOL = "guinee-soleil.info"
VOIX = "voix-de-la-foret.gn"
WW = "wire-west.com"
APL = "ap-like.com"
LEDG = "west-africa-ledger.com"
W17 = {"date_fr": "17 mars", "date_en": "Mar 17"}
QUOTE = ("« Le marché guinéen n'est pas une jungle : celui qui cache la marchandise pour la "
         "revendre plus cher la perdra »")
POSTS = [
 # 1. Ore train hits a minibus at a level crossing near Kolaboui (Boké) at 18:20; 9 -> 14 dead.
 ("collision-train-minerai-kolaboui", AN, "fr", 3, 150, 3600, [GN, FD], "afp",
  "Guinée : au moins neuf morts dans la collision entre un train de bauxite et un minibus",
  "Au moins neuf personnes ont été tuées mardi soir lorsqu'un train minéralier chargé de bauxite a percuté un minibus de transport en commun à un passage à niveau près de Kolaboui, dans la région de Boké (ouest de la Guinée), a-t-on appris de sources sécuritaires et hospitalières.",
  "Le minibus, qui reliait Boké à Kamsar avec une vingtaine de passagers, a été traîné sur plusieurs dizaines de mètres par le convoi, qui descendait vers le port minéralier de Kamsar. Les blessés ont été transportés à l'hôpital régional de Boké.",
  {"city": "Boké"}),
 ("collision-train-minerai-kolaboui", RADIO, "fr", 3, 205, 2200, [GN], "",
  "Drame de Kolaboui : le passage à niveau n'avait pas de barrière, selon des témoins",
  "Plusieurs habitants de Kolaboui joints mardi soir par notre rédaction affirment que le passage à niveau où le magbana a été happé par le train n'était gardé par personne et que le signal lumineux ne fonctionnait plus depuis des semaines.",
  "« Le chauffeur a cru qu'il avait le temps de passer, le train n'a pas pu freiner », raconte un vendeur de carburant installé à quelques mètres des rails. La gendarmerie de Boké a ouvert une enquête."),
 ("collision-train-minerai-kolaboui", WW, "en", 3, 262, 1100, ["Africa", "Guinea"], "reuters",
  "Bauxite train kills at least 10 in crash with minibus in Guinea",
  "At least 10 people were killed when a train carrying bauxite slammed into a minibus at a level crossing in western Guinea on Tuesday evening, a local official said.",
  "The railway links mines around Sangaredi to the Atlantic port of Kamsar, the main export outlet for the country's bauxite, the ore used to make aluminium."),
 ("collision-train-minerai-kolaboui", AKP, "fr", 3, 470, 2900, [GN, FD], "actu",
  "Collision de Kolaboui : le bilan s'alourdit à quatorze morts",
  "Le bilan de la collision entre un convoi de bauxite et un minibus, survenue mardi soir à un passage à niveau de Kolaboui, s'est alourdi à quatorze morts, cinq blessés ayant succombé dans la nuit à l'hôpital régional de Boké, a annoncé le préfet de Boké, le colonel Sékou Mara.",
  "Trois enfants figurent parmi les victimes. Six blessés graves doivent être évacués mercredi matin vers Conakry."),
 ("collision-train-minerai-kolaboui", RIV, "fr", 3, 522, 2400, [GN, FD], "caption",
  "Kolaboui : le ministre des Transports promet des barrières à tous les passages à niveau",
  "Arrivé dans la nuit à Boké, le ministre des Transports, Ibrahima Kalil Condé, a promis que tous les passages à niveau de la ligne ferroviaire minière seraient équipés de barrières et gardés jour et nuit avant la fin de l'année.",
  "Il a demandé à l'exploitant de la voie un rapport sous huit jours et annoncé que l'État prendrait en charge les frais d'inhumation des victimes.",
  {"site": "Le Rivage", "caption": "La carcasse du minibus au bord de la voie ferrée, près du passage à niveau de Kolaboui, dans la nuit du mardi 16 au mercredi 17 mars 2027."}),
 ("collision-train-minerai-kolaboui", LEDG, "en", 3, 600, 700, ["Africa", "Guinea"], "updated",
  "Guinea ore train crash toll rises to 14",
  "Fourteen people died after an ore train hit a packed minibus at a rail crossing near Kolaboui in Guinea's bauxite heartland, regional authorities said on Wednesday.",
  "Residents say the crossing had no barrier and no guard."),
 ("collision-train-minerai-kolaboui", SOL, "fr", 3, 655, 1300, [GN, SO], "",
  "Passages à niveau de la ligne minière : pourquoi ils tuent, et les gestes qui sauvent",
  "Plus d'une centaine de trains par semaine circulent sur les 135 kilomètres de voie ferrée qui relient les mines de Sangarédi au port de Kamsar, croisant routes et pistes à des dizaines de passages à niveau dont la plupart ne sont ni gardés ni équipés de barrières.",
  "Un train minéralier de plus de cent wagons met plus d'un kilomètre à s'arrêter : à l'approche d'une voie, arrêtez-vous, coupez la musique, regardez des deux côtés et ne vous engagez jamais derrière un train qui vient de passer, un second peut arriver en sens inverse."),

 # 2. Fire at the Madina market in Conakry from 19:30; 1 dead, 11 hurt taken to Ignace-Deen.
 ("incendie-marche-madina", AKP, "fr", 3, 165, 3300, [GN, FD], "colon",
  "Conakry : un violent incendie au grand marché de Madina",
  "Un violent incendie s'est déclaré mardi vers 19 h 30 au grand marché de Madina, à Conakry, détruisant des centaines de boutiques de tissus, de cosmétiques et d'appareils électroniques, ont constaté des journalistes de l'Agence Kaloum Presse.",
  "Les sapeurs-pompiers de la protection civile, renforcés par des camions-citernes de l'armée, peinaient à atteindre le cœur du marché, encombré d'étals et de marchandises."),
 ("incendie-marche-madina", MATIN, "fr", 3, 230, 1900, [GN], "teaser",
  "Madina : la nuit blanche des commerçants face aux flammes",
  "Des centaines de commerçants du marché de Madina ont passé la soirée de mardi à tenter de sortir leurs marchandises, balles de wax sur les épaules et cartons de téléphones dans les bras, pendant que le feu avançait d'un hangar à l'autre.",
  "« J'avais pris un crédit de quarante millions le mois dernier, tout est parti », souffle une vendeuse de pagnes assise sur le trottoir de l'autoroute Fidel-Castro."),
 ("incendie-marche-madina", RADIO, "fr", 3, 275, 2300, [GN, E], "",
  "Incendie de Madina : la ministre du Commerce prévient les spéculateurs",
  "Invitée mardi soir de Radio Kakoulima FM, la ministre du Commerce, Fatoumata Binta Kourouma, a averti les grossistes qu'aucune hausse des prix des tissus, du riz ou de l'huile ne serait tolérée après l'incendie du marché de Madina.",
  f"{QUOTE}, a-t-elle lancé, annonçant des contrôles dans les magasins de Madina et de Matoto dès mercredi. Elle a promis un recensement des commerçants sinistrés."),
 ("incendie-marche-madina", AN, "fr", 3, 545, 2700, [GN, FD], "afp",
  "Un mort et onze blessés dans l'incendie du marché de Madina à Conakry",
  "Un commerçant a péri et onze personnes ont été blessées, dont quatre grièvement, dans le sinistre qui a ravagé dans la nuit de mardi à mercredi une grande partie du marché de Madina, le plus grand de Conakry, selon la protection civile.",
  "Les brûlés ont été conduits à l'hôpital national Ignace-Deen. Le feu a été maîtrisé vers 2 heures du matin, après près de sept heures de lutte.",
  W17),
 ("incendie-marche-madina", LEDG, "en", 3, 600, 600, ["Africa", "Guinea"], "donate",
  "Blaze guts Conakry's biggest market, one dead",
  "A fire tore through Madina market in the Guinean capital Conakry overnight, killing one trader, injuring 11 people and destroying hundreds of shops, civil protection officials said.",
  "Madina is the main wholesale hub for much of Guinea and for traders from neighbouring countries."),
 ("incendie-marche-madina", RIV, "fr", 3, 580, 1600, [GN, FD], "byline_fr",
  "Marché de Madina : les commerçants accusent les branchements électriques sauvages",
  "La cause du brasier qui a dévasté le marché de Madina n'était pas encore établie mercredi à l'aube, mais de nombreux commerçants accusent les branchements électriques clandestins qui courent d'un hangar à l'autre au-dessus des allées.",
  "La protection civile rappelle qu'elle avait signalé à plusieurs reprises l'absence de bouches d'incendie et de voies d'accès dégagées dans le marché.",
  {"site": "Le Rivage"}),
 ("incendie-marche-madina", SOL, "fr", 3, 640, 1000, [GN, SO], "soutien",
  "Sinistrés de Madina : comment aider les commerçants",
  "Une cellule d'accueil des commerçants sinistrés du marché de Madina ouvre mercredi à 9 heures à la mairie de Matam, où les victimes peuvent se faire recenser, munies de leur carte de commerçant ou d'un témoignage de leur chef de hangar.",
  "Les dons en nature, vêtements et vivres, sont reçus au même endroit ; la Croix-Rouge guinéenne collecte aussi les dons de sang pour les brûlés soignés à Ignace-Deen."),

 # 3. Open-ended strike at the Sangarédi bauxite mine from Tuesday; loading slows at Kamsar.
 ("greve-mineurs-sangaredi", AKP, "fr", 3, 120, 1800, [GN, E], "ats",
  "Bauxite : grève illimitée à la mine de Sangarédi",
  "Les quelque 2 300 employés de la société Bauxite Atlantique, à Sangarédi, ont entamé mardi matin une grève illimitée pour réclamer le paiement de primes de rendement en retard depuis six mois et la titularisation des journaliers.",
  "Les pelles et les camions de la mine étaient à l'arrêt mardi après-midi, selon le secrétaire général du syndicat des travailleurs de la mine, Alpha Oumar Bah.",
  {"city": "Sangarédi"}),
 ("greve-mineurs-sangaredi", RIV, "fr", 3, 300, 1400, [GN, E], "",
  "Grève à Sangarédi : les chargements au port de Kamsar au ralenti",
  "Le chargement des minéraliers de Bauxite Atlantique au port de Kamsar tournait au ralenti mardi soir, faute de minerai, au premier jour de la grève des travailleurs de la mine de Sangarédi.",
  "Deux navires attendaient en rade, selon une source portuaire. Le syndicat dit avoir épuisé toutes les voies de dialogue depuis le préavis déposé en février."),
 ("greve-mineurs-sangaredi", APL, "en", 3, 340, 800, ["Africa", "Guinea", "Mining"], "ap",
  "Workers walk off the job at Guinea bauxite mine",
  "About 2,300 workers at a bauxite mine in Sangaredi, in western Guinea, walked off the job on Tuesday, demanding six months of unpaid bonuses and permanent contracts for day labourers.",
  "Guinea holds the world's largest reserves of bauxite and is one of its top exporters.",
  {"city": "Conakry"}),
 ("greve-mineurs-sangaredi", AKP, "fr", 3, 580, 1200, [GN, E], "",
  "Débrayage à Bauxite Atlantique : le ministère du Travail convoque les parties mercredi",
  "Le ministère du Travail a convoqué mercredi à 10 heures à Conakry la direction de Bauxite Atlantique et les délégués du personnel, au lendemain du début de la cessation de travail qui paralyse la mine de Sangarédi.",
  "La direction affirme que les primes seront versées « dès que les comptes de l'exercice seront arrêtés » et appelle à la reprise du travail."),
 ("greve-mineurs-sangaredi", RADIO, "fr", 3, 630, 700, [GN, E], "",
  "Sangarédi : les commerçants craignent une grève longue",
  "Boutiquiers, restauratrices et conducteurs de taxi-motos de Sangarédi redoutent que la grève des travailleurs de la mine ne s'éternise, la paie des employés faisant vivre une grande partie de la cité minière.",
  "« Quand la mine s'arrête, c'est toute la ville qui s'arrête », résume une vendeuse de riz installée face à la cité des cadres."),

 # 4. 72-hour strike of doctors and paramedics at the CHU de Donka from Wednesday.
 ("greve-medecins-donka", MATIN, "fr", 2, 90, 1300, [GN, SA], "",
  "CHU de Donka : les soignants en grève à partir de mercredi",
  "Les médecins, infirmiers et sages-femmes du CHU de Donka ont annoncé mardi une grève de 72 heures à partir de mercredi 7 heures pour dénoncer trois mois d'arriérés de primes de garde et le manque de matériel dans les services.",
  "Leur syndicat dit avoir recensé plus de vingt pannes d'appareils, dont le scanner, en panne depuis janvier."),
 ("greve-medecins-donka", AKP, "fr", 2, 200, 900, [GN, SA], "",
  "Grève à Donka : le ministère de la Santé appelle au dialogue",
  "Le ministère de la Santé a appelé mardi soir les agents du CHU de Donka à surseoir à leur mot d'ordre de grève, assurant que le paiement des primes de garde en retard était « en cours de traitement » au ministère des Finances.",
  "Le ministère rappelle l'obligation d'un service minimum dans les établissements de soins."),
 ("greve-medecins-donka", RADIO, "fr", 2, 480, 800, [GN, SA], "",
  "Donka : l'inquiétude des malades à la veille de la grève",
  "Dans les couloirs du service de médecine interne de Donka, malades et accompagnants se demandaient mardi soir qui s'occuperait d'eux pendant les trois jours de grève, certains envisageant déjà de rentrer à la maison.",
  "« Ma mère est sous perfusion, on nous dit de voir avec une clinique privée, mais avec quel argent ? », s'inquiète un jeune homme venu de Coyah."),
 ("greve-medecins-donka", RIV, "fr", 2, 560, 1000, [GN, SA], "publie",
  "Cessation de travail à Donka : seules les urgences et la maternité assurées",
  "Seuls le service des urgences, la maternité et la dialyse fonctionneront en service minimum au CHU de Donka pendant la grève de trois jours des soignants, a précisé le syndicat dans la nuit.",
  "Les consultations et les opérations programmées sont reportées à la semaine prochaine.",
  {"site": "Le Rivage"}),
 ("greve-medecins-donka", SOL, "fr", 2, 640, 700, [GN, SA], "lire",
  "Grève des soignants de Donka : où se faire soigner à Conakry jusqu'à vendredi",
  "Pendant la grève de 72 heures du CHU de Donka, les patients peuvent se rendre dans les centres médicaux communaux de Matam, de Ratoma et de Coléah, qui ont allongé leurs horaires de consultation jusqu'à 20 heures.",
  "Pour une urgence, appelez le numéro de la protection civile ; les femmes enceintes suivies à Donka restent accueillies à la maternité, qui n'est pas concernée par l'arrêt de travail.",
  {"also": "notre dossier sur l'hôpital public"}),

 # 5. Bill requiring local processing of bauxite: adopted in committee, plenary vote Friday.
 ("loi-transformation-bauxite-vote", AKP, "fr", 2, 140, 1200, [GN, P, E], "",
  "Transformation de la bauxite : le projet de loi adopté en commission, vote vendredi",
  "La commission des ressources naturelles de l'Assemblée nationale a adopté mardi le projet de loi obligeant les sociétés minières à transformer en alumine au moins 30 % de la bauxite extraite en Guinée d'ici 2032, dont le vote en séance plénière est prévu vendredi.",
  "Le texte prévoit des pénalités fiscales croissantes pour les sociétés qui ne présenteraient pas de plan de construction de raffinerie d'ici deux ans."),
 ("loi-transformation-bauxite-vote", SOL, "fr", 2, 350, 900, [GN, E], "",
  "Ce que change la loi sur la transformation locale de la bauxite",
  "Aujourd'hui, la quasi-totalité de la bauxite guinéenne part brute vers l'Asie ; la loi soumise au vote vendredi imposerait aux exportateurs de construire des raffineries d'alumine en Guinée ou de s'associer à celles qui existent.",
  "Les sociétés disposeraient de deux ans pour déposer leur plan, et de cinq ans de plus pour atteindre le seuil de 30 %. Les recettes des pénalités alimenteraient un fonds pour l'électricité des zones minières."),
 ("loi-transformation-bauxite-vote", "menafn-kuna.com", "en", 2, 500, 200, ["Africa", "Mining"], "kuna",
  "Guinea parliament to vote on bauxite refining bill",
  "Guinea's National Assembly will vote on Friday on a bill that would require mining companies to refine at least 30 percent of the bauxite they extract into alumina inside the country by 2032, parliamentary sources said.",
  "The bill was adopted in committee on Tuesday.", W17),
 ("loi-transformation-bauxite-vote", RIV, "fr", 2, 590, 800, [GN, E], "",
  "Alumine : la Chambre des mines met en garde les députés",
  "La Chambre des mines de Guinée a jugé mardi « irréaliste » le calendrier du projet de loi sur la transformation locale de la bauxite, estimant qu'une raffinerie d'alumine coûte plusieurs milliards de dollars et réclame une électricité que le pays ne produit pas encore.",
  "Elle demande aux députés de porter le délai à 2040 et de prévoir des exonérations pour les sociétés déjà engagées dans un projet de raffinerie."),
 ("loi-transformation-bauxite-vote", RADIO, "fr", 2, 665, 600, [GN, E], "",
  "Raffineries d'alumine : à Boké, les jeunes attendent des emplois",
  "À Boké comme à Sangarédi, les jeunes diplômés interrogés par notre correspondant espèrent que la loi sur la transformation de la bauxite, votée vendredi si les députés suivent leur commission, leur ouvrira enfin les portes des usines.",
  "« Le minerai part tous les jours et nous, on reste au bord de la route », dit un technicien en chimie sans emploi depuis trois ans."),

 # 6. Measles outbreak in N'Zérékoré prefecture: 312 -> 347 cases, vaccination from Thursday.
 ("rougeole-nzerekore", AKP, "fr", 2, 180, 1300, [GN, SA], "",
  "Épidémie de rougeole à N'Zérékoré : 312 cas et six décès d'enfants",
  "Une épidémie de rougeole a été déclarée mardi dans la préfecture de N'Zérékoré, où 312 cas suspects, dont six décès d'enfants de moins de cinq ans, ont été recensés depuis le début du mois de février, a annoncé l'Agence nationale de sécurité sanitaire.",
  "La plupart des malades n'avaient reçu aucune dose de vaccin, selon les premières investigations."),
 ("rougeole-nzerekore", "upi-like.com", "en", 2, 380, 300, ["Africa", "Health"], "upi",
  "Guinea declares measles outbreak in forest region",
  "Health authorities in Guinea declared a measles outbreak in the southeastern prefecture of Nzerekore on Tuesday, after more than 300 suspected cases and six deaths among young children.",
  "A vaccination campaign targeting children aged 6 months to 14 years is due to start on Thursday."),
 ("rougeole-nzerekore", RADIO, "fr", 2, 450, 900, [GN, SA], "",
  "Rougeole : reconnaître les signes et faire vacciner ses enfants",
  "Une forte fièvre, le nez qui coule, les yeux rouges puis des plaques rouges qui partent du visage : devant ces signes, il faut conduire l'enfant sans attendre au centre de santé, rappellent les agents sanitaires de N'Zérékoré.",
  "La vaccination est gratuite ; la campagne qui commence jeudi concerne tous les enfants de 6 mois à 14 ans, même ceux qui ont déjà été vaccinés. Apportez le carnet de santé si vous l'avez."),
 ("rougeole-nzerekore", VOIX, "fr", 2, 530, 800, [GN, SA], "place",
  "Rougeole en Guinée forestière : 347 cas, l'épidémie gagne Lola",
  "Le nombre de cas suspects de rougeole est passé à 347 dans la région de N'Zérékoré, où trois premiers malades ont été signalés dans la préfecture voisine de Lola, selon le dernier point de la direction régionale de la santé transmis dans la nuit.",
  "Médecins du Monde a installé une tente d'isolement à l'hôpital régional.",
  {"city": "N'Zérékoré"}),
 ("rougeole-nzerekore", MATIN, "fr", 2, 615, 500, [GN, SA], "",
  "Rougeole : à N'Zérékoré, des parents encore méfiants envers le vaccin",
  "Dans plusieurs quartiers de N'Zérékoré, des mères de famille confient hésiter à faire vacciner leurs enfants, sur la foi de rumeurs circulant sur les réseaux sociaux depuis l'épidémie d'Ebola de 2014.",
  "Les leaders religieux de la ville ont promis de relayer l'appel à la vaccination lors des prières de vendredi et des cultes de dimanche."),

 # 7. Fire in a student residence of the university in Kankan, Tuesday ~22:00; 3 hurt.
 ("incendie-cite-universitaire-kankan", ECHO, "fr", 2, 360, 1000, [GN, FD], "",
  "Kankan : un incendie ravage un pavillon de la cité universitaire",
  "Un incendie a ravagé mardi vers 22 heures un pavillon de la cité universitaire de l'université Julius-Nyerere de Kankan, obligeant plusieurs centaines d'étudiants à évacuer les chambres en pleine nuit.",
  "Trois étudiants ont été blessés en sautant par les fenêtres du premier étage, selon la direction de la cité."),
 ("incendie-cite-universitaire-kankan", AKP, "fr", 2, 420, 800, [GN, FD], "place",
  "Cité universitaire de Kankan : plus de 200 étudiants sans chambre après le feu",
  "Plus de deux cents étudiants de l'université de Kankan se retrouvent sans logement après le feu qui a détruit dans la nuit de mardi à mercredi le pavillon B de la cité universitaire, dont la toiture s'est effondrée.",
  "Un court-circuit sur une rallonge électrique est la piste privilégiée par les pompiers, arrivés de la ville avec un seul camion.",
  {"city": "Kankan"}),
 ("incendie-cite-universitaire-kankan", RIV, "fr", 2, 565, 600, [GN], "",
  "Université de Kankan : les cours suspendus deux jours",
  "Le recteur de l'université Julius-Nyerere de Kankan a suspendu les cours pour mercredi et jeudi après l'incendie de la cité universitaire et annoncé que les étudiants sinistrés seraient hébergés dans les salles de l'institut de formation des enseignants.",
  "Les trois étudiants blessés sont soignés à l'hôpital régional de Kankan et leurs jours ne sont pas en danger."),
 ("incendie-cite-universitaire-kankan", SOL, "fr", 2, 690, 500, [GN, SO], "",
  "Après le sinistre de la cité universitaire, Kankan se mobilise pour ses étudiants",
  "Des commerçants du grand marché de Kankan et des associations de ressortissants ont lancé mercredi matin une collecte de matelas, de moustiquaires et de vivres pour les étudiants qui ont tout perdu dans l'incendie de leur pavillon.",
  ""),

 # 8. Water cuts in Ratoma after a main pipe burst; taps dry for three days.
 ("coupures-eau-ratoma", MATIN, "fr", 2, 100, 1500, [GN, SO], "",
  "Eau potable : trois jours de coupures annoncés à Ratoma",
  "La société publique des eaux a annoncé mardi que plusieurs quartiers de la commune de Ratoma, dont Kipé, Lambanyi et Koloma, seraient privés d'eau courante pendant au moins trois jours après la rupture d'une conduite principale à Kagbelen.",
  "Les équipes de réparation attendent une pièce de grand diamètre qui doit être acheminée depuis le dépôt de Kaloum."),
 ("coupures-eau-ratoma", AKP, "fr", 2, 252, 900, [GN, SO], "",
  "Pénurie d'eau à Conakry : des camions-citernes déployés dans la banlieue",
  "Six camions-citernes de la société des eaux sillonneront à partir de mercredi les quartiers de Ratoma touchés par la pénurie d'eau, a indiqué mardi soir la direction de l'entreprise, qui évoque un retour à la normale « d'ici vendredi ».",
  "La rupture de la conduite intervient en pleine saison sèche, alors que les quartiers hauts de la commune souffrent déjà d'une faible pression."),
 ("coupures-eau-ratoma", RADIO, "fr", 2, 400, 800, [GN, SO], "",
  "Robinets à sec à Ratoma : le bidon d'eau passe à 3 000 francs",
  "Le bidon de vingt litres se vendait mardi soir jusqu'à 3 000 francs guinéens à Kipé et à Lambanyi, contre 1 000 francs habituellement, les vendeurs ambulants profitant des coupures d'eau pour tripler leurs prix.",
  "Devant les rares forages du quartier, les files d'attente se sont formées dès la tombée de la nuit."),
 ("coupures-eau-ratoma", SOL, "fr", 2, 520, 700, [GN, SO], "",
  "Coupures d'eau : comment conserver et traiter l'eau à la maison",
  "Gardez l'eau de boisson dans des récipients propres et fermés, à l'abri de la chaleur, et traitez toute eau de puits ou de forage avec deux gouttes d'eau de Javel par litre, trente minutes avant de la boire.",
  "Les camions-citernes passeront à Kipé le matin, à Lambanyi à midi et à Koloma l'après-midi, selon le programme de la société des eaux."),

 # 9. Three-month suspension of potato and onion imports; the minister on the radio.
 ("pomme-de-terre-fouta-importations", AKP, "fr", 1, 130, 800, [GN, E], "",
  "Le gouvernement suspend les importations de pommes de terre et d'oignons pour trois mois",
  "Le gouvernement a suspendu mardi pour trois mois les importations de pommes de terre et d'oignons afin de permettre l'écoulement de la récolte du Fouta-Djallon, dont les producteurs se plaignent de la concurrence des produits venus d'Europe et du Maroc.",
  "La mesure entre en vigueur le 1er avril ; les cargaisons déjà commandées pourront être dédouanées jusqu'à cette date."),
 ("pomme-de-terre-fouta-importations", RADIO, "fr", 1, 290, 900, [GN, E], "",
  "Pommes de terre : la ministre du Commerce défend la suspension des importations",
  "Sur Radio Kakoulima FM mardi soir, la ministre du Commerce, Fatoumata Binta Kourouma, a défendu la suspension des importations de pommes de terre et d'oignons, en assurant que la production locale suffirait à nourrir les marchés jusqu'en juin.",
  f"Aux importateurs tentés de stocker pour faire grimper les prix, elle a répondu : {QUOTE}."),
 ("pomme-de-terre-fouta-importations", SENT, "fr", 1, 470, 600, [GN, E], "",
  "Timbi-Madina : les producteurs de pommes de terre saluent une « victoire »",
  "À Timbi-Madina, capitale de la pomme de terre au Fouta-Djallon, les producteurs réunis en fédération ont salué mardi soir la suspension des importations, qu'ils réclamaient depuis trois campagnes.",
  "Ils demandent désormais des chambres froides pour conserver les récoltes au-delà de trois mois."),
 ("pomme-de-terre-fouta-importations", MATIN, "fr", 1, 620, 500, [GN, E], "",
  "Oignons et pommes de terre : les consommateurs de Conakry craignent la flambée",
  "Les ménagères des marchés de Taouyah et de Bonfi craignent que la suspension des importations de pommes de terre et d'oignons ne fasse grimper les prix, la production guinéenne restant selon les vendeuses irrégulière en fin de saison sèche.",
  "Le kilo d'oignon local se vendait mardi 8 000 francs à Bonfi."),

 # 10. CRIEF: eight years requested against the ex-head of the road maintenance fund.
 ("crief-fonds-entretien-routier", AKP, "fr", 1, 190, 700, [GN, J], "",
  "CRIEF : huit ans de prison requis contre l'ex-directeur du fonds d'entretien routier",
  "Le parquet spécial de la Cour de répression des infractions économiques et financières a requis mardi à Conakry huit ans de prison ferme contre l'ancien directeur général du Fonds national d'entretien routier, Mamady Traoré, poursuivi pour le détournement de 95 milliards de francs guinéens.",
  "Quatre entrepreneurs de travaux publics sont jugés à ses côtés pour des chantiers payés mais jamais réalisés. La décision sera rendue le 20 avril."),
 ("crief-fonds-entretien-routier", RIV, "fr", 1, 380, 500, [GN, J], "",
  "Procès du fonds routier : la défense dénonce un dossier « monté de toutes pièces »",
  "Les avocats de l'ancien directeur du Fonds national d'entretien routier ont plaidé la relaxe mardi soir devant la CRIEF, soutenant que les marchés contestés avaient tous été validés par les ministères de tutelle.",
  "Le parquet a produit des photos de tronçons censés avoir été reprofilés et restés à l'état de piste."),
 ("crief-fonds-entretien-routier", SOL, "fr", 1, 650, 400, [GN, J], "",
  "Routes promises, routes fantômes : les transporteurs suivent le procès du fonds routier",
  "Les chauffeurs de camions et de taxis-brousse qui empruntent chaque jour les nids-de-poule de la nationale Mamou-Faranah disent attendre du procès du fonds d'entretien routier qu'il explique où est passé l'argent des chantiers.",
  "« On a payé les péages pendant des années pour une route qu'on ne voyait jamais réparer », résume le président d'un syndicat de transporteurs."),

 # 11. Dixinn court: five migrant smugglers jailed, same Tuesday in Conakry.
 ("proces-passeurs-migrants-dixinn", AKP, "fr", 1, 215, 700, [GN, J], "",
  "Cinq passeurs de migrants condamnés à Dixinn",
  "Le tribunal de première instance de Dixinn a condamné mardi à des peines de trois à sept ans de prison cinq hommes reconnus coupables d'avoir organisé le départ de vingt-sept jeunes de Conakry vers la Libye, via le Mali et l'Algérie.",
  "Les jeunes, interceptés à la frontière malienne en novembre, avaient payé chacun entre 15 et 25 millions de francs guinéens."),
 ("proces-passeurs-migrants-dixinn", MATIN, "fr", 1, 360, 600, [GN, J], "",
  "Au tribunal de Dixinn, les familles des jeunes migrants soulagées",
  "Les parents des jeunes que les passeurs avaient tenté d'envoyer vers la Libye ont accueilli avec soulagement le verdict du tribunal de Dixinn, plusieurs mères fondant en larmes dans la salle d'audience.",
  "« Ils ont vendu nos terres et nos bijoux pour un voyage vers la mort », a déclaré à la sortie le père d'un des jeunes de Hamdallaye."),
 ("proces-passeurs-migrants-dixinn", "gulf-coast-courier.com", "en", 1, 545, 150, ["Africa", "Migration"], "byline_en",
  "Guinea court jails five people smugglers",
  "A court in Guinea's capital has sentenced five men to between three and seven years in prison for organising the journey of 27 young people towards Libya through Mali and Algeria.",
  "The young migrants were stopped at the Malian border last November.",
  {"site": "Gulf Coast Courier", "author": "Kofi Mensah-Bright"}),

 # 12. Shared byline line: the first mango container of the season from Kindia.
 ("campagne-mangue-export-kindia", SOL, "fr", 1, 260, 600, [GN, E], "",
  "Mangues de Kindia : le premier conteneur de la saison part pour l'Europe",
  "Le premier conteneur réfrigéré de mangues de la campagne 2027, chargé dans les vergers de Kindia, a quitté mardi le port autonome de Conakry à destination de Rotterdam, ont annoncé les exportateurs.",
  "La filière espère dépasser cette année 8 000 tonnes exportées."),
 ("campagne-mangue-export-kindia", RADIO, "fr", 1, 435, 400, [GN, E], "",
  "Kindia : les planteurs de mangues espèrent une meilleure saison",
  "Les planteurs de mangues de Kindia, qui avaient perdu une partie de leur récolte l'an dernier à cause de la mouche des fruits, comptent cette année sur les pièges distribués par le ministère de l'Agriculture.",
  "Les exportateurs achètent le kilo de mangue triée à 4 500 francs bord champ."),
 ("campagne-mangue-export-kindia", AKP, "fr", 1, 701, 300, [GN, E], "reuters_line",
  "Exportation : la campagne de la mangue est lancée",
  "La campagne d'exportation de la mangue guinéenne a été officiellement lancée mardi avec l'embarquement d'un premier conteneur au port de Conakry, a indiqué l'interprofession.",
  "Les principaux marchés restent les Pays-Bas, la France et la Belgique."),

 # 13. Shared byline line: the new Fatala bridge at Boffa.
 ("pont-fatala-boffa", RIV, "fr", 1, 160, 500, [GN, E], "",
  "Boffa : le nouveau pont sur la Fatala ouvert à la circulation",
  "Le nouveau pont sur la Fatala, à l'entrée de Boffa, a été ouvert mardi à la circulation, mettant fin aux longues attentes au bac qui ralentissaient le trafic entre Conakry et le nord-ouest du pays.",
  "L'ouvrage de 420 mètres, financé par un prêt de la Banque ouest-africaine de développement, a été construit en trois ans."),
 ("pont-fatala-boffa", AKP, "fr", 1, 704, 300, [GN, E], "reuters_line",
  "Infrastructures : le pont de la Fatala inauguré",
  "Le Premier ministre a inauguré mardi le pont de la Fatala, à Boffa, qui doit réduire de près de deux heures le temps de trajet entre Conakry et la Guinée-Bissau.",
  "Le bac, en service depuis plus de quarante ans, sera retiré."),

 # 14. Twenty incubators for the neonatal unit at Ignace-Deen (same hospital as the fire's burned).
 ("couveuses-ignace-deen", MATIN, "fr", 1, 310, 500, [GN, SA], "caption",
  "Ignace-Deen : vingt couveuses pour le service de néonatologie",
  "Le service de néonatologie de l'hôpital national Ignace-Deen a reçu mardi vingt couveuses neuves et deux appareils de photothérapie, offerts par une fondation de médecins guinéens de la diaspora.",
  "Le service, qui accueille chaque mois près de deux cents nouveau-nés, ne disposait plus que de six couveuses en état de marche.",
  {"site": "Conakry Matin", "caption": "Des infirmières installent les nouvelles couveuses dans le service de néonatologie de l'hôpital national Ignace-Deen, à Conakry, le mardi 16 mars 2027."}),
 ("couveuses-ignace-deen", AKP, "fr", 1, 490, 300, [GN, SA], "",
  "Néonatologie : Ignace-Deen triple sa capacité d'accueil des prématurés",
  "L'hôpital national Ignace-Deen, qui a accueilli dans la nuit de mardi les brûlés de l'incendie du marché de Madina, a triplé la capacité de son service de néonatologie grâce à un don de vingt couveuses.",
  "La fondation donatrice doit aussi former une douzaine d'infirmières aux soins des grands prématurés."),

 # 15-18. Promo alone; filler: football, weather bulletin, lottery.
 ("promo-rivage-appli", RIV, "fr", 0, 455, 40, ["Promo"], "",
  "Le Rivage dans votre poche : téléchargez l'application",
  "Téléchargez l'application du Rivage et recevez chaque matin les titres de la journée, les alertes de l'actualité guinéenne et l'édition du jour en PDF.",
  "Un mois d'essai gratuit pour toute inscription avant le 31 mars."),
 ("foot-ligue1-guinee", MATIN, "fr", 0, 240, 900, ["Sport"], "",
  "Ligue 1 : l'Étoile de Coléah s'impose face aux Lions du Fouta",
  "L'Étoile de Coléah a battu les Lions du Fouta 3-1 mardi au stade du 28-Septembre, grâce notamment à un doublé de son attaquant Lansana Camara.",
  "Le club de la capitale revient à deux points du leader."),
 ("foot-ligue1-guinee", AKP, "fr", 0, 300, 300, ["Sport"], "",
  "Football : Coléah relance la course au titre",
  "Vainqueur des Lions du Fouta (3-1) mardi à Conakry, l'Étoile de Coléah remonte à la deuxième place de la Ligue 1 à l'issue de la vingtième journée.",
  ""),
 ("meteo-conakry-mercredi-17", RADIO, "fr", 0, 660, 500, ["Météo"], "",
  "Météo du mercredi 17 mars : chaleur et brume sèche",
  "Le temps sera chaud et brumeux mercredi sur l'ensemble du pays, avec une brume sèche limitant la visibilité à Kankan, Siguiri et Labé, des maximales de 33 °C à Conakry et jusqu'à 39 °C en Haute-Guinée.",
  "Les personnes fragiles sont invitées à boire régulièrement et à éviter l'effort aux heures chaudes."),
 ("tirage-loto-guinee-mardi", SOL, "fr", 0, 280, 700, ["Loterie"], "",
  "Loto Bonheur : les résultats du tirage de mardi",
  "Les numéros gagnants du tirage du Loto Bonheur de mardi 16 mars sont 7, 19, 23, 38 et 41, avec le numéro chance 5.",
  "Aucun joueur n'a trouvé la bonne combinaison ; la cagnotte est reportée au tirage de vendredi."),
]
