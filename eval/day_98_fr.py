# Day 98 (hold-out): a French-language channel in north-eastern Romania (Moldavia region, Iasi),
# morning edition of Wednesday 17 November 2027 (window 17:00 Tuesday - 05:00 Wednesday local,
# Europe/Bucharest = UTC+2 in November). Gold answer written before any run: each post's story, its
# lede (the true first sentence) and the TOP5 below. Every story, person and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the mayor of Iasi, Adrian Balanescu, on Radio Prut
#   FM on Tuesday evening, about the tram and bus drivers' strike (post 14) and about the farmers'
#   tractor rally before the prefecture (post 20), both carrying « Iasi ne peut pas etre l'otage d'un
#   conflit qui ne la concerne qu'a moitie... » (the snow-alert posts, also about traffic, do not);
# - a shared wire byline line ("Agence Carpates Presse | Mis a jour : 17-11-2027 04:52"): the job
#   cuts at the Barlad bearing plant (post 49) and the record traffic of Iasi airport (post 51),
#   three minutes apart; both are short "economy of the north-east" items with figures;
# - the same hospital: the Sfantul Spiridon emergency hospital of Iasi takes the minibus crash's
#   injured (posts 1, 4, 5), the level-crossing crash's injured (post 24), is the hospital of the
#   scanner-bribes trial (its former manager, posts 28-31) and bans visits for the flu epidemic
#   (posts 35-38; post 36 says its emergency ward also treats the night's crash victims); the dorm
#   fire's students go to another hospital (the pneumology hospital);
# - the same town: Targu Frumos holds the minibus crash on the DN28 (posts 1-6), the A8 motorway
#   section in the Senate law (posts 7-11; post 10 is about the town waiting for its bypass) and the
#   Cucuteni pottery found on the A8 building site (posts 52-54; post 52 says the dig is unrelated
#   to the vote); Iasi holds the strike, the tractor rally, both trials, the flu, the dorm fire, the
#   airport; the prefect Ilinca Moraru appears in the crash (post 4), the rally (post 19) and the
#   snow alert (post 44);
# - look-alike stories: two accidents of the same night in the same county (the minibus-lorry
#   crash near Targu Frumos, 7 -> 9 dead; the train hitting a lorry at a level crossing near
#   Pascani, 1 dead); two trials at the Iasi tribunal on the same Tuesday (the ex-hospital manager:
#   the prosecutor's requisitions; the drunk driver who killed two students in Copou in 2026: the
#   verdict, a road death too); a strike and a demonstration that both block Iasi traffic on
#   Wednesday morning (tram and bus drivers; tractors on the ring road), each with its own "how to
#   get around" post (posts 16 and 23); the snow alert (news) vs. the weather bulletin (filler);
# - one story told in two languages by different agencies with different words: the strike is
#   "greve", "greve des traminots", "arret de travail", "debrayage" in French (Agence Carpates,
#   Le Courrier de Moldavie, posts 12-14, 16) and "walkout", "transit workers", "stoppage",
#   "strike" in English (Wire West post 15, AP-like post 17);
# - one night toll revised in the morning by a second source: the minibus crash, 7 dead per the
#   county police in the evening (posts 1-3), 9 dead per the emergency hospital at dawn (posts 4-5);
#   also the dorm fire, 4 students intoxicated per the firemen (post 39), 11 per the pneumology
#   hospital (post 41);
# - synonyms across outlets: "minibus", "maxi-taxi", "van"; "poids lourd", "camion",
#   "semi-remorque", "lorry", "truck"; "collision", "accident", "drame", "crash";
#   "manifestation", "rassemblement", "fronde", "operation escargot"; "incendie", "feu", "sinistre";
# - reaction pieces, explainers and "how to" posts: why the DN28 kills (post 6), what the A8 law
#   changes (post 9), Targu Frumos and its bypass (post 10), how to get around during the strike
#   (post 16), the national angle of the farmers (post 21), which roads the tractors block (post
#   23), the unguarded crossing (post 25), the scanner contract explained (post 30), the hospital
#   staff (post 31), the parents of the Copou victims (post 33), the new traffic light (post 34),
#   why the flu is early (post 37), how to protect yourself (post 38), how to help the students
#   (post 42), snow tyres (post 46), the Barlad unions (post 48), the Ungheni truckers (post 57);
# - a promo posted alone (post 58); filler of importance 0: football result (posts 59-60), weather
#   bulletin announcing the first snow (post 61), lottery draw (post 62).
NAME = "2027-11-17-fr-matin-iasi-h98"
CHANNEL = {"lang": "fr", "tz": "Europe/Bucharest"}
WINDOW = ("2027-11-16T15:00:00Z", "2027-11-17T03:00:00Z")
CTX = {"stamp": "17-11-2027 04:52", "line": "Agence Carpates Presse | Mis à jour : 17-11-2027 04:52",
       "city": "Iași", "date_fr": "16 nov", "date_en": "Nov 16",
       "author": "Doina Vasilache", "clarify": "the number of people killed",
       "caption": "", "also": "notre dossier", "country": "Romania"}
# The editor's top 5: the minibus crash near Targu Frumos, the tram and bus drivers' strike, the
# Senate vote on the A8 motorway law, the farmers' tractor rally, the flu epidemic.
TOP5 = ["accident-microbuz-dn28-targu-frumos", "greve-traminots-ctp-iasi",
        "vote-senat-loi-autoroute-a8", "tracteurs-agriculteurs-prefecture-iasi",
        "epidemie-grippe-iasi-visites"]
RO = "Roumanie"
MO = "Moldavie"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
T = "Transports"
ACP = "agence-carpates.ro"
AN = "agence-nord.fr"
COUR = "courrier-de-moldavie.ro"
GAZ = "gazette-du-bahlui.ro"
RADIO = "radio-prut-fm.ro"
ACTU = "iasi-actu.ro"
REG = "regard-est.ro"
WW = "wire-west.com"
APL = "ap-like.com"
STD = "danube-standard.com"
N17 = {"date_fr": "17 nov", "date_en": "Nov 17"}
QUOTE = ("« Iași ne peut pas être l'otage d'un conflit qui ne la concerne qu'à moitié : je demande "
         "à chacun de revenir à la table dès mercredi matin, et j'y serai »")
POSTS = [
 # 1. Minibus-lorry crash on the DN28 near Targu Frumos at 19:20; 7 dead (police) -> 9 (hospital).
 ("accident-microbuz-dn28-targu-frumos", ACP, "fr", 3, 150, 3600, [RO, MO, FD], "afp",
  "Sept morts dans une collision entre un minibus et un poids lourd près de Târgu Frumos",
  "Sept personnes ont été tuées et onze blessées mardi soir dans la collision frontale entre un minibus de transport régulier et un poids lourd sur la route nationale DN28, à la sortie de Târgu Frumos, a annoncé l'inspectorat de police du département de Iași.",
  "L'accident s'est produit vers 19 h 20 sous une pluie verglaçante, alors que le minibus, parti de Iași, se dirigeait vers Pașcani avec dix-huit passagers. Les blessés ont été transportés à l'hôpital départemental d'urgence Sfântul Spiridon de Iași.",
  {"city": "Târgu Frumos"}),
 ("accident-microbuz-dn28-targu-frumos", RADIO, "fr", 3, 205, 2200, [RO, MO], "",
  "Drame de la DN28 : le poids lourd aurait dérapé sur la chaussée glissante",
  "Selon des témoins joints par notre rédaction, le camion, qui transportait des matériaux de construction, a glissé sur la voie opposée dans la longue courbe située avant le pont sur le Bahlui, juste au moment où arrivait le minibus.",
  "« Il n'y a pas eu de coup de frein, juste un bruit énorme », raconte un automobiliste qui suivait le minibus. Le chauffeur du poids lourd, légèrement blessé, a été soumis à un test d'alcoolémie, qui s'est révélé négatif."),
 ("accident-microbuz-dn28-targu-frumos", AN, "fr", 3, 290, 1100, ["Europe", RO], "afp",
  "Roumanie : sept morts dans un accident de maxi-taxi dans le nord-est",
  "Sept personnes ont péri mardi soir dans le nord-est de la Roumanie lorsqu'un maxi-taxi transportant des voyageurs a percuté un semi-remorque sur une route verglacée du département de Iași, a annoncé la police locale.",
  "Les accidents de la route font chaque année plus de 1 500 morts en Roumanie, l'un des taux les plus élevés de l'Union européenne rapporté à la population.",
  {"city": "Bucarest"}),
 ("accident-microbuz-dn28-targu-frumos", COUR, "fr", 3, 625, 2800, [RO, MO, FD], "caption",
  "Collision de Târgu Frumos : le bilan s'alourdit à neuf morts",
  "Deux blessés de la collision survenue mardi soir sur la DN28 sont morts dans la nuit à l'hôpital Sfântul Spiridon, portant le bilan à neuf morts, a indiqué à l'aube la direction de l'établissement.",
  "Quatre autres victimes restent dans un état grave en réanimation. La préfète du département, Ilinca Moraru, qui s'est rendue sur les lieux dans la soirée, a décrété une journée de deuil départemental mercredi.",
  {"site": "Le Courrier de Moldavie", "caption": "Les secours découpent la carrosserie du minibus accidenté sur la route nationale DN28, à la sortie de Târgu Frumos, le mardi 16 novembre 2027 au soir."}),
 ("accident-microbuz-dn28-targu-frumos", APL, "en", 3, 668, 700, ["Europe", "Romania"], "updated",
  "Death toll in Romanian minibus crash rises to 9",
  "Two more people have died after a minibus and a truck collided on a road in northeastern Romania, bringing the death toll to nine, the hospital treating the injured said Wednesday.",
  "Four of the injured remain in intensive care at the Sfantul Spiridon emergency hospital in the city of Iasi."),
 ("accident-microbuz-dn28-targu-frumos", ACTU, "fr", 3, 690, 1300, [RO, MO], "",
  "DN28 : pourquoi cette route tue autant, et comment l'emprunter plus prudemment",
  "Étroite, dépourvue de séparateur central et empruntée chaque jour par des milliers de camions entre Iași et les départements du nord, la route nationale DN28 traverse une vingtaine de villages et concentre une part importante des accidents mortels de la région.",
  "Par temps de pluie verglaçante, réduisez votre vitesse bien en dessous de la limite, gardez au moins cent mètres avec le véhicule qui précède et évitez de doubler dans les courbes de Târgu Frumos et de Lețcani, signalées comme les plus dangereuses."),

 # 2. Senate vote on the A8 motorway financing law (Iasi - Targu Frumos section), Wednesday 11:00.
 ("vote-senat-loi-autoroute-a8", ACP, "fr", 3, 45, 1900, [RO, P, T], "ats",
  "Le Sénat votera mercredi la loi de financement de l'autoroute A8",
  "La commission des transports du Sénat a adopté mardi le projet de loi qui garantit le financement pluriannuel de l'autoroute A8 entre Iași et Târgu Mureș, ouvrant la voie à un vote en séance plénière mercredi à 11 heures.",
  "Le texte réserve 2,4 milliards d'euros sur cinq ans, dont une part de fonds européens, et fixe à 2030 la mise en service du premier tronçon, entre Iași et Târgu Frumos."),
 ("vote-senat-loi-autoroute-a8", "upi-like.com", "en", 3, 130, 300, ["Europe", "Romania", "Infrastructure"], "upi",
  "Romanian Senate to vote on funding for long-delayed eastern highway",
  "Romania's Senate is set to vote Wednesday on a law guaranteeing multi-year funding for the A8 motorway, which would link the eastern city of Iasi to the center of the country across the Carpathians.",
  "Iasi, Romania's second or third largest city depending on the count, is not yet connected to the national motorway network."),
 ("vote-senat-loi-autoroute-a8", REG, "fr", 3, 320, 1100, [RO, P, T], "lire",
  "Autoroute A8 : ce que change la loi soumise au Sénat",
  "La loi soumise au Sénat rend obligatoire l'inscription chaque année au budget de l'État des crédits de l'A8, interdit leur redéploiement vers d'autres chantiers et impose des pénalités aux constructeurs en cas de retard de plus de six mois.",
  "Elle crée aussi un guichet unique pour les expropriations, qui ont bloqué pendant des années le lancement des travaux dans la traversée des Carpates.",
  {"site": "Regard d'Est", "also": "Trente ans d'attente : l'histoire de l'autoroute de l'Unité"}),
 ("vote-senat-loi-autoroute-a8", COUR, "fr", 3, 430, 1400, [RO, MO], "",
  "À Târgu Frumos, on attend la déviation autoroutière depuis vingt ans",
  "Les habitants de Târgu Frumos, traversée jour et nuit par les camions de la DN28, comptent sur le vote de la loi sur l'A8 pour voir enfin les poids lourds contourner leur ville, dont le tronçon autoroutier doit éviter le centre par le sud.",
  "« On ne traverse plus la rue principale avec les enfants », résume une commerçante. Le maire de la ville doit assister au vote depuis les tribunes du Sénat."),
 ("vote-senat-loi-autoroute-a8", ACP, "fr", 3, 648, 1200, [RO, P], "byline_fr",
  "Loi sur l'A8 : un vote attendu à 11 heures, deux amendements encore en discussion",
  "Les sénateurs se prononceront mercredi à 11 heures sur la loi de financement de l'autoroute A8, après l'adoption en commission de deux amendements, l'un sur le contrôle des coûts par la Cour des comptes, l'autre sur les passages pour la faune dans les forêts de Neamț.",
  "Le gouvernement compte sur une majorité confortable, l'opposition ayant annoncé qu'elle ne s'opposerait pas au texte.",
  {"site": "Agence Carpates Presse", "author": "Tudor Ciobanu"}),

 # 3. Tram and bus drivers' strike at the Iasi public transport company (CTP) from Wed 05:00.
 ("greve-traminots-ctp-iasi", ACP, "fr", 3, 75, 2000, [RO, MO, T], "colon",
  "Iași : les conducteurs de tramways et d'autobus en grève à partir de mercredi",
  "Le syndicat des conducteurs de la Compagnie de transport public de Iași a confirmé mardi une grève illimitée à partir de mercredi 5 heures, après l'échec d'une dernière réunion avec la direction sur les salaires et les heures supplémentaires non payées.",
  "Seul un service minimal d'un tramway sur trois doit être assuré aux heures de pointe sur les lignes 1, 3 et 8, selon le syndicat."),
 ("greve-traminots-ctp-iasi", COUR, "fr", 3, 240, 1500, [RO, MO], "teaser",
  "Grève des traminots : les dépôts de Dacia et de Copou se préparent à l'arrêt de travail",
  "Dans les dépôts de Dacia et de Copou, les conducteurs ont passé la soirée de mardi à afficher les banderoles de leur syndicat, décidés à maintenir leur débrayage tant qu'une hausse de 15 % des salaires n'aura pas été signée.",
  "« Nous faisons des journées de onze heures pour un salaire qui n'a pas bougé depuis deux ans », explique une conductrice de la ligne 8."),
 ("greve-traminots-ctp-iasi", RADIO, "fr", 3, 268, 1900, [RO, MO], "",
  "Grève des transports : le maire propose de présider lui-même les négociations",
  "Invité mardi soir de Radio Prut FM, le maire de Iași, Adrian Bălănescu, a proposé de présider personnellement une nouvelle séance de négociation entre le syndicat des conducteurs et la direction de la compagnie de transport, dont la mairie est l'actionnaire unique.",
  f"{QUOTE}, a-t-il déclaré, en reconnaissant que la compagnie n'avait pas versé toutes les heures supplémentaires de l'été."),
 ("greve-traminots-ctp-iasi", WW, "en", 3, 330, 800, ["Europe", "Romania"], "reuters",
  "Transit workers in Romania's Iasi to walk out over pay",
  "Tram and bus drivers in the eastern Romanian city of Iasi will stage an open-ended walkout from Wednesday morning after talks on wages and unpaid overtime with the city-owned operator broke down, their union said.",
  "The stoppage would leave most of the city's roughly 300,000 daily riders without public transport, with only a reduced service promised at rush hours.",
  {"city": "Bucharest"}),
 ("greve-traminots-ctp-iasi", ACTU, "fr", 3, 585, 1700, [RO, MO, T], "soutien",
  "Grève à la CTP : comment se déplacer à Iași ce mercredi",
  "Les lignes de tramway 1, 3 et 8 seront les seules desservies mercredi, avec un passage toutes les vingt à trente minutes entre 6 heures et 9 heures puis entre 16 heures et 19 heures, selon le planning de service minimal publié dans la nuit.",
  "Les abonnements mensuels restent valables dans les maxi-taxis privés de la ligne Tătărași-gare, la mairie a suspendu le stationnement payant au centre-ville et les trottinettes en libre-service sont gratuites jusqu'à 10 heures."),
 ("greve-traminots-ctp-iasi", APL, "en", 3, 700, 500, ["Europe", "Romania"], "ap",
  "Trams halted as drivers strike in Romanian city",
  "Most trams and buses stood still in the Romanian city of Iasi early Wednesday as drivers began a strike over pay, leaving commuters to wait in the cold for a handful of trams running a minimum service.",
  "The union wants a 15% pay rise and payment of overtime owed since the summer.",
  {"city": "Iasi"}),

 # 4. Farmers' tractor rally before the prefecture in Iasi; ring road to be blocked on Wednesday.
 ("tracteurs-agriculteurs-prefecture-iasi", ACP, "fr", 3, 20, 1700, [RO, MO, E], "afp",
  "Des centaines d'agriculteurs en tracteur devant la préfecture de Iași",
  "Plusieurs centaines d'agriculteurs venus des départements de Iași, Vaslui et Botoșani se sont rassemblés mardi en fin d'après-midi avec leurs tracteurs devant la préfecture de Iași pour protester contre l'effondrement du prix du blé et du tournesol.",
  "Ils accusent les importations à bas prix de céréales et réclament le versement anticipé des aides à l'hectare promises pour l'automne.",
  {"city": "Iași"}),
 ("tracteurs-agriculteurs-prefecture-iasi", GAZ, "fr", 3, 190, 1400, [RO, MO], "publie",
  "Manifestation paysanne : une délégation reçue par la préfète, sans résultat",
  "Une délégation de six représentants des agriculteurs a été reçue mardi soir pendant deux heures par la préfète du département de Iași, Ilinca Moraru, qui s'est engagée à transmettre leurs revendications au ministère de l'Agriculture sans pouvoir leur promettre de date.",
  "À la sortie, les manifestants ont annoncé qu'ils passeraient la nuit sur place et qu'ils rouleraient mercredi au pas sur la rocade.",
  {"site": "La Gazette du Bahlui"}),
 ("tracteurs-agriculteurs-prefecture-iasi", RADIO, "fr", 3, 282, 1600, [RO, MO, E], "",
  "Tracteurs devant la préfecture : le maire appelle les agriculteurs à épargner la ville",
  "Sur Radio Prut FM mardi soir, le maire de Iași, Adrian Bălănescu, a demandé aux agriculteurs rassemblés devant la préfecture de ne pas bloquer les entrées de la ville mercredi, une journée déjà difficile pour les habitants, tout en jugeant leur colère « légitime ».",
  f"{QUOTE}, a-t-il ajouté, proposant de mettre la salle des fêtes de la mairie à disposition pour une rencontre entre les syndicats agricoles et le ministère."),
 ("tracteurs-agriculteurs-prefecture-iasi", AN, "fr", 3, 360, 800, ["Europe", RO, E], "afp",
  "Roumanie : la colère des céréaliers gagne la Moldavie roumaine",
  "La fronde des céréaliers roumains contre les importations de grains à bas prix s'est étendue mardi au nord-est du pays, où des centaines de tracteurs ont convergé vers la préfecture de Iași, principale ville de la région.",
  "Les agriculteurs réclament des contrôles renforcés aux frontières et le versement anticipé des aides européennes à l'hectare.",
  {"city": "Bucarest"}),
 ("tracteurs-agriculteurs-prefecture-iasi", COUR, "fr", 3, 410, 1000, [RO, MO], "",
  "Dans la nuit, les tracteurs campent place de la préfecture",
  "Une centaine de tracteurs étaient toujours garés en épi devant la préfecture peu après minuit, leurs conducteurs se relayant autour de braseros installés sur le trottoir, pendant que des habitants du quartier leur apportaient du thé et des couvertures.",
  "« Nous vendons le blé moins cher que ce qu'il nous coûte à produire », répète un exploitant de Hârlău, qui cultive 90 hectares."),
 ("tracteurs-agriculteurs-prefecture-iasi", ACTU, "fr", 3, 640, 1200, [RO, MO, T], "",
  "Opération escargot des agriculteurs : les routes à éviter mercredi",
  "Les convois de tracteurs doivent partir mercredi à 8 heures de la place de la préfecture pour rouler au pas sur la rocade sud jusqu'au carrefour de Lețcani, puis sur la route de Vaslui, selon l'itinéraire déclaré à la police.",
  "Les automobilistes venant de Bacău sont invités à entrer en ville par Bucium, et les transports de marchandises à différer leurs livraisons après 14 heures."),

 # 5. Train hits a lorry at a level crossing near Pascani; 1 dead; trains delayed.
 ("passage-niveau-pascani-train", ACP, "fr", 2, 245, 1500, [RO, MO, FD, T], "ats",
  "Un train percute un camion à un passage à niveau près de Pașcani",
  "Le conducteur d'un camion a été tué et douze passagers d'un train régional légèrement blessés mardi soir lorsque le convoi a heurté le poids lourd bloqué sur un passage à niveau sans barrières, à Valea Seacă, près de Pașcani, a indiqué la compagnie ferroviaire.",
  "Les blessés ont été conduits à l'hôpital Sfântul Spiridon de Iași et à l'hôpital municipal de Pașcani. Le trafic sur la ligne Iași-Pașcani est interrompu dans les deux sens.",
  {"city": "Pașcani"}),
 ("passage-niveau-pascani-train", GAZ, "fr", 2, 380, 800, [RO, MO], "",
  "Valea Seacă : le passage à niveau sans barrières était signalé depuis des années",
  "Les habitants de Valea Seacă réclamaient depuis au moins cinq ans l'installation de barrières et de feux au passage à niveau où un train a heurté mardi soir un camion, et la mairie assure avoir adressé trois courriers à la compagnie ferroviaire.",
  "« Les camions de la scierie passent là vingt fois par jour », explique un conseiller municipal."),
 ("passage-niveau-pascani-train", APL, "en", 2, 455, 350, ["Europe", "Romania"], "place",
  "Train slams into truck at Romanian rail crossing, killing driver",
  "A regional train crashed into a truck stuck on an unguarded rail crossing in northeastern Romania on Tuesday night, killing the truck driver and slightly injuring 12 passengers, the rail operator said.",
  "Rail traffic between Iasi and Pascani was suspended overnight.",
  {"city": "Pascani"}),
 ("passage-niveau-pascani-train", COUR, "fr", 2, 660, 900, [RO, T], "",
  "Ligne Iași-Pașcani : circulation rétablie sur une voie, retards jusqu'à midi",
  "La circulation des trains entre Iași et Pașcani a repris sur une seule voie peu avant 5 heures mercredi, après le dégagement de la locomotive et du camion accidentés à Valea Seacă, et des retards de quarante minutes à une heure sont attendus jusqu'à midi.",
  "Les enquêteurs de l'organisme de sécurité ferroviaire examinent les freins du camion, qui se serait immobilisé sur les rails après avoir calé."),

 # 6. Trial of the ex-manager of the Sfantul Spiridon hospital: 7 years requested (scanner bribes).
 ("proces-pots-de-vin-scanners-hopital", ACP, "fr", 2, 55, 1000, [RO, J, SA], "afp",
  "Pots-de-vin sur des scanners : sept ans de prison requis contre l'ancien directeur de l'hôpital Sfântul Spiridon",
  "Le parquet anticorruption a requis mardi sept ans de prison ferme contre l'ancien directeur de l'hôpital départemental d'urgence Sfântul Spiridon de Iași, Valentin Hulubei, jugé par le tribunal de Iași pour avoir touché 640 000 euros de pots-de-vin lors de l'achat de trois scanners.",
  "Deux représentants du fournisseur sont poursuivis pour corruption active. Le jugement a été mis en délibéré au 14 décembre.",
  {"city": "Iași"}),
 ("proces-pots-de-vin-scanners-hopital", GAZ, "fr", 2, 230, 700, [RO, J], "",
  "Procès des scanners : l'ancien directeur dénonce un « dossier politique »",
  "Dans sa dernière prise de parole devant le tribunal, l'ancien directeur de l'hôpital Sfântul Spiridon a nié avoir reçu le moindre euro et affirmé que l'enquête avait été lancée pour l'écarter avant les élections départementales.",
  "Selon l'accusation, l'argent transitait par une société de conseil enregistrée au nom de son beau-frère."),
 ("proces-pots-de-vin-scanners-hopital", REG, "fr", 2, 470, 600, [RO, J, SA], "",
  "Le contrat des scanners de Sfântul Spiridon, expliqué en quatre points",
  "Le contrat au cœur du procès portait sur trois scanners achetés en 2024 pour 5,1 millions d'euros, soit près de 40 % de plus que le prix payé la même année par deux autres hôpitaux du pays pour des appareils comparables.",
  "Le cahier des charges, selon les enquêteurs, avait été rédigé de telle sorte qu'un seul fournisseur puisse y répondre ; l'un des trois appareils est resté en panne huit mois.",
  {"site": "Regard d'Est"}),
 ("proces-pots-de-vin-scanners-hopital", RADIO, "fr", 2, 600, 500, [RO, J, SA], "",
  "Procès des scanners : à l'hôpital, des soignants entre honte et colère",
  "Dans les couloirs de l'hôpital Sfântul Spiridon, plusieurs infirmières et médecins interrogés par Radio Prut FM disent avoir suivi le réquisitoire contre leur ancien directeur avec un sentiment de gâchis, rappelant les mois passés à envoyer des patients passer leur scanner dans des cliniques privées.",
  "« Pendant que l'appareil était en panne, ce sont les malades qui payaient », résume un radiologue."),

 # 7. Verdict for the drunk driver who killed two students in Copou in 2026; same court, same day.
 ("proces-chauffard-copou-etudiantes", ACP, "fr", 1, 110, 1100, [RO, J], "ats",
  "Deux étudiantes tuées à Copou : huit ans de prison pour le conducteur ivre",
  "Le tribunal de Iași a condamné mardi à huit ans de prison ferme l'automobiliste qui avait tué deux étudiantes sur un passage piéton du boulevard Carol Ier, dans le quartier de Copou, en mars 2026, avec un taux d'alcool trois fois supérieur à la limite.",
  "Le conducteur, un entrepreneur de 34 ans, roulait à 107 km/h en ville selon l'expertise. Il dispose de dix jours pour faire appel."),
 ("proces-chauffard-copou-etudiantes", COUR, "fr", 1, 300, 900, [RO, J], "",
  "Verdict de Copou : les parents des deux étudiantes « soulagés mais pas apaisés »",
  "À la sortie de la salle d'audience, les parents des deux étudiantes en pharmacie tuées à Copou ont dit leur soulagement de voir le conducteur condamné à la prison ferme, tout en regrettant que la peine reste loin des douze ans demandés par la partie civile.",
  "« Huit ans, c'est moins que le temps qu'il leur restait pour finir leurs études et commencer à vivre », a déclaré la mère de l'une d'elles."),
 ("proces-chauffard-copou-etudiantes", GAZ, "fr", 1, 545, 500, [RO, J], "",
  "Boulevard Carol Ier : le passage piéton du drame enfin équipé d'un feu",
  "Vingt mois après la mort de deux étudiantes fauchées par un conducteur ivre sur le boulevard Carol Ier, la mairie a mis en service mardi, le jour même du verdict, un feu tricolore et un ralentisseur sur le passage piéton où s'est produit l'accident.",
  "Des étudiants avaient déposé une pétition de huit mille signatures pour réclamer cet aménagement."),

 # 8. Flu epidemic declared in Iasi county; hospital visits banned.
 ("epidemie-grippe-iasi-visites", ACP, "fr", 2, 95, 1500, [RO, MO, SA], "colon",
  "La direction de santé publique déclare l'épidémie de grippe dans le département de Iași",
  "La direction de santé publique de Iași a déclaré mardi l'état d'épidémie de grippe dans le département, après avoir recensé 4 300 cas d'infections respiratoires en une semaine, dont 212 confirmés comme grippe saisonnière, et un premier décès, celui d'un homme de 71 ans.",
  "Les visites aux patients sont interdites à partir de mercredi dans tous les hôpitaux du département."),
 ("epidemie-grippe-iasi-visites", COUR, "fr", 2, 280, 1100, [RO, SA], "",
  "Grippe : Sfântul Spiridon ferme ses portes aux visiteurs et ouvre une tente de tri",
  "L'hôpital départemental d'urgence Sfântul Spiridon, dont le service des urgences soigne aussi depuis mardi soir les blessés des deux accidents de la nuit, a installé une tente de tri devant son entrée pour séparer les patients fiévreux des autres.",
  "Les familles pourront obtenir des nouvelles de leurs proches hospitalisés par téléphone, de 12 heures à 14 heures."),
 ("epidemie-grippe-iasi-visites", ACTU, "fr", 2, 495, 800, [RO, SA], "",
  "Épidémie de grippe : pourquoi elle arrive si tôt cette année",
  "Le virus dominant cette saison, un sous-type H3N2 qui a circulé tard dans l'hémisphère sud, touche d'abord les enfants d'âge scolaire, ce qui explique selon les épidémiologistes une vague plus précoce que d'habitude, un mois avant le pic de la saison précédente.",
  "Le taux de vaccination des plus de 65 ans reste inférieur à 20 % dans le département."),
 ("epidemie-grippe-iasi-visites", RADIO, "fr", 2, 560, 700, [RO, SA], "",
  "Grippe : les gestes pour se protéger et quand consulter",
  "Se faire vacciner en pharmacie ou chez son médecin de famille, aérer les pièces, se laver les mains et rester chez soi dès les premiers symptômes : ce sont les consignes répétées par la direction de santé publique de Iași.",
  "En cas de difficultés respiratoires, de fièvre au-delà de trois jours ou chez un nourrisson, il faut appeler le 112 plutôt que de se présenter directement aux urgences."),

 # 9. Fire in a student residence on the Tudor Vladimirescu campus; 4 -> 11 intoxicated.
 ("incendie-foyer-etudiant-tudor-vladimirescu", ACP, "fr", 2, 385, 1800, [RO, MO, FD], "afp",
  "Incendie dans une résidence universitaire de Iași, trois cents étudiants évacués",
  "Trois cents étudiants ont été évacués dans la nuit de mardi à mercredi d'une résidence universitaire du campus Tudor Vladimirescu, à Iași, où un incendie s'est déclaré vers 23 h 10 dans une cuisine commune du quatrième étage, ont indiqué les pompiers.",
  "Quatre étudiants intoxiqués par la fumée ont été transportés à l'hôpital de pneumologie. Le feu a été maîtrisé en un peu plus d'une heure.",
  {"city": "Iași", "date_fr": "17 nov"}),
 ("incendie-foyer-etudiant-tudor-vladimirescu", ACTU, "fr", 2, 440, 1400, [RO, MO], "",
  "Campus Tudor Vladimirescu : « la fumée a envahi le couloir en une minute »",
  "Réveillés par les cris de leurs voisins plutôt que par l'alarme, qui selon plusieurs d'entre eux n'a pas retenti, des étudiants du foyer T7 racontent être sortis pieds nus dans le froid en se couvrant le visage avec des serviettes mouillées.",
  "« J'ai juste eu le temps de prendre mon ordinateur et mon passeport », confie un étudiant en informatique."),
 ("incendie-foyer-etudiant-tudor-vladimirescu", GAZ, "fr", 2, 615, 1200, [RO, MO, FD], "actu",
  "Feu au foyer T7 : onze étudiants hospitalisés, une enquête ouverte",
  "Onze étudiants ont finalement été admis à l'hôpital de pneumologie de Iași après l'incendie du foyer T7, et non quatre comme annoncé dans la nuit, a précisé mercredi matin la direction de l'hôpital, ajoutant qu'aucun n'était dans un état grave.",
  "La police a ouvert une enquête pour incendie par négligence ; une plaque électrique laissée allumée serait à l'origine du sinistre."),
 ("incendie-foyer-etudiant-tudor-vladimirescu", COUR, "fr", 2, 675, 800, [RO, MO], "soutien",
  "Après l'incendie du T7, comment aider les étudiants sinistrés",
  "L'université technique, propriétaire du foyer T7, relogera jusqu'à nouvel ordre ses soixante-dix résidents du quatrième étage dans d'autres foyers du campus, et les associations étudiantes collectent vêtements chauds, draps et fournitures.",
  "Les dons peuvent être déposés au club des étudiants du campus, de 8 heures à 20 heures ; une cagnotte en ligne doit permettre de remplacer les ordinateurs perdus."),

 # 10. Yellow snow and blizzard alert for the north-east from Wednesday afternoon.
 ("alerte-neige-blizzard-nord-est", ACP, "fr", 2, 125, 1300, [RO, MO], "ats",
  "Code jaune de neige et de blizzard sur le nord-est à partir de mercredi après-midi",
  "L'administration nationale de météorologie a placé mardi les départements de Suceava, Botoșani, Iași, Neamț et Vaslui en vigilance jaune pour des chutes de neige et du blizzard de mercredi 14 heures à jeudi 10 heures, avec dix à vingt centimètres attendus.",
  "Les rafales pourraient atteindre 70 km/h et former des congères sur les routes de plaine."),
 ("alerte-neige-blizzard-nord-est", GAZ, "fr", 2, 350, 900, [RO, MO], "",
  "Premières neiges : le département de Iași sort ses chasse-neige",
  "Quarante-deux chasse-neige et épandeuses ont été positionnés mardi soir sur les routes nationales et départementales de Iași, et 3 000 tonnes de sel et de sable sont stockées dans les centres d'entretien, a fait savoir la préfecture.",
  "La préfète Ilinca Moraru a convoqué le comité départemental pour les situations d'urgence mercredi à 9 heures."),
 ("alerte-neige-blizzard-nord-est", STD, "en", 2, 520, 250, ["Europe", "Romania", "Weather"], "donate",
  "Snow and blizzard warning for Romania's northeast",
  "Romania's weather service has issued a yellow warning for snow and blizzards across five northeastern counties from Wednesday afternoon, forecasting up to 20 centimeters of snow and gusts of 70 km/h.",
  "Authorities urged drivers to fit winter tyres before setting out."),
 ("alerte-neige-blizzard-nord-est", ACTU, "fr", 2, 605, 700, [RO, MO], "",
  "Neige : les pneus hiver sont-ils obligatoires ?",
  "Les pneus hiver sont obligatoires en Roumanie dès que la chaussée est couverte de neige, de glace ou de givre, et un conducteur surpris avec des pneus d'été sur une route enneigée risque une amende et l'immobilisation de son véhicule.",
  "Les garages de Iași annonçaient mardi soir des délais de deux à trois jours pour un changement de pneus ; pensez à vérifier aussi le liquide de refroidissement et les essuie-glaces."),

 # 11. Job cuts at the Barlad bearing plant (shared byline line with the airport).
 ("usine-roulements-barlad-suppressions", REG, "fr", 1, 140, 700, [RO, E], "",
  "Bârlad : l'usine de roulements annonce 450 suppressions d'emplois",
  "L'usine de roulements à billes de Bârlad, premier employeur industriel du département de Vaslui, a annoncé mardi la suppression de 450 de ses 1 300 postes d'ici mars, invoquant la chute des commandes des constructeurs automobiles allemands.",
  "La direction promet des primes de départ de six à douze mois de salaire.",
  {"site": "Regard d'Est"}),
 ("usine-roulements-barlad-suppressions", RADIO, "fr", 1, 395, 500, [RO, E], "",
  "Suppressions d'emplois à Bârlad : les syndicats demandent une reconversion sur place",
  "Les syndicats de l'usine de roulements de Bârlad demandent que les salariés licenciés soient formés aux métiers de l'éolien et du ferroviaire, deux secteurs qui recrutent dans la région, plutôt que de partir travailler à l'étranger.",
  "La ville a perdu près d'un quart de ses habitants en vingt ans."),
 ("usine-roulements-barlad-suppressions", ACP, "fr", 1, 708, 500, [RO, E], "reuters_line",
  "Industrie : un tiers des postes supprimés à l'usine de Bârlad",
  "Un tiers des emplois de l'usine de roulements de Bârlad vont disparaître d'ici le printemps, une nouvelle qui frappe durement une ville du département de Vaslui où le chômage dépasse déjà la moyenne nationale.",
  "L'agence départementale pour l'emploi tiendra des permanences dans l'usine à partir de lundi."),

 # 12. Record passenger traffic at Iasi airport (shared byline line, unrelated).
 ("aeroport-iasi-record-passagers", ACTU, "fr", 1, 165, 600, [RO, MO, T], "",
  "L'aéroport de Iași franchit le cap des deux millions de passagers",
  "L'aéroport international de Iași a accueilli mardi son deux-millionième passager de l'année, un record qui en fait le deuxième aéroport du pays hors Bucarest, a annoncé sa direction.",
  "Trois nouvelles lignes, vers Lyon, Bologne et Dortmund, doivent ouvrir au printemps."),
 ("aeroport-iasi-record-passagers", ACP, "fr", 1, 711, 400, [RO, MO, T], "reuters_line",
  "Transport aérien : deux millions de passagers à Iași, du jamais-vu",
  "Le trafic de l'aéroport de Iași a progressé de 18 % sur un an et dépassé pour la première fois les deux millions de passagers, porté par les vols vers l'Italie, l'Espagne et l'Allemagne, où vivent de nombreux habitants de la région.",
  "Le nouveau terminal des arrivées, ouvert l'an dernier, est déjà proche de la saturation aux heures de pointe."),

 # 13. Cucuteni pottery found on the A8 building site near Targu Frumos.
 ("cucuteni-ceramiques-chantier-a8", COUR, "fr", 1, 85, 900, [RO, "Culture"], "",
  "Des céramiques de la culture Cucuteni mises au jour sur le chantier de l'A8",
  "Des archéologues du musée d'histoire de la Moldavie ont mis au jour, sur le tracé du futur tronçon de l'autoroute A8 au sud de Târgu Frumos, les restes d'un habitat de la culture Cucuteni vieux d'environ 5 500 ans, avec des vases peints intacts et des figurines en terre cuite.",
  "Les fouilles préventives, sans lien avec la loi de financement soumise cette semaine au Sénat, doivent se poursuivre jusqu'en avril sans retarder le chantier, selon le constructeur."),
 ("cucuteni-ceramiques-chantier-a8", "heritage-digest.com", "en", 1, 250, 200, ["Europe", "Archaeology"], "byline_en",
  "Painted Cucuteni pots unearthed on Romanian motorway route",
  "Archaeologists in northeastern Romania have uncovered a Copper Age settlement of the Cucuteni culture, including intact painted vessels, on the planned route of a motorway near Targu Frumos.",
  "The Cucuteni-Trypillia culture is known for its large settlements and spiral-painted pottery.",
  {"site": "Heritage Digest", "author": "Owen Pratt"}),
 ("cucuteni-ceramiques-chantier-a8", RADIO, "fr", 1, 500, 400, [RO, "Culture"], "",
  "Cucuteni : les vases de Târgu Frumos exposés au printemps au Palais de la Culture",
  "Les vases peints découverts sur le chantier de l'A8 seront restaurés cet hiver puis présentés au printemps au Palais de la Culture de Iași, dans une salle consacrée aux fouilles récentes, a annoncé le directeur du musée, Petru Ungureanu.",
  "« C'est l'une des plus belles séries de la dernière décennie », estime-t-il."),

 # 14. New Prut bridge at Ungheni opens to lorries; queues at the border with Moldova.
 ("pont-prut-ungheni-camions", ACP, "fr", 2, 175, 900, [RO, MO, T], "afp",
  "Le nouveau pont sur le Prut à Ungheni ouvert aux poids lourds",
  "Le nouveau pont routier sur le Prut à Ungheni, à la frontière entre la Roumanie et la république de Moldavie, a été ouvert mardi à 18 heures aux camions, qui jusqu'ici devaient faire un détour de quatre-vingts kilomètres par Albița ou Sculeni.",
  "Les douanes des deux pays promettent un passage en moins d'une heure grâce à un contrôle commun.",
  {"city": "Iași"}),
 ("pont-prut-ungheni-camions", "menafn-kuna.com", "en", 2, 340, 150, ["Europe", "Moldova"], "kuna",
  "New Romania-Moldova bridge opens to freight traffic",
  "A new road bridge over the Prut river linking Romania and Moldova opened to trucks on Tuesday, officials said, as the two countries seek to speed up trade across the European Union's eastern border.",
  "The bridge was funded largely by EU grants.", {"city": "Iasi"}),
 ("pont-prut-ungheni-camions", GAZ, "fr", 2, 630, 600, [RO, MO], "",
  "Pont d'Ungheni : première nuit de file d'attente pour les routiers",
  "Pour leur première nuit, les routiers qui ont emprunté le nouveau pont d'Ungheni ont attendu jusqu'à quatre heures au poste frontière, le système informatique commun aux deux douanes étant tombé en panne peu avant minuit.",
  "« On nous a promis une heure, on en est à trois et demie et on n'a toujours pas avancé », s'agace un chauffeur moldave qui transporte des pommes vers la Pologne."),

 # 15-18. Promo alone; filler: football, weather bulletin, lottery.
 ("promo-courrier-moldavie-numerique", COUR, "fr", 0, 470, 40, ["Promo"], "",
  "Le Courrier de Moldavie numérique : trois mois pour un euro",
  "Abonnez-vous au Courrier de Moldavie numérique et lisez chaque matin toute l'actualité de Iași et de la région, trois mois pour un euro seulement.",
  "Offre réservée aux nouveaux abonnés, valable jusqu'au 30 novembre."),
 ("foot-liga2-bahlui-pascani", GAZ, "fr", 0, 235, 900, ["Sport"], "",
  "Liga 2 : le FC Bahlui Iași s'impose dans le derby face au Siretul Pașcani",
  "Le FC Bahlui Iași a battu le Siretul Pașcani 2-0 mardi soir au stade Emil-Alexandrescu, grâce à deux buts de son attaquant Cosmin Rotaru en seconde période.",
  "Le club de Iași remonte à la troisième place du classement."),
 ("foot-liga2-bahlui-pascani", ACP, "fr", 0, 262, 300, ["Sport"], "",
  "Football : Bahlui Iași remporte le derby moldave",
  "Vainqueur du Siretul Pașcani (2-0) mardi à Iași, le FC Bahlui remonte sur le podium de la deuxième division à l'issue de la seizième journée.",
  ""),
 ("meteo-iasi-mercredi-17-novembre", RADIO, "fr", 0, 650, 500, ["Météo"], "",
  "Météo du mercredi 17 novembre : gris le matin, premiers flocons l'après-midi",
  "Le ciel restera couvert mercredi matin sur Iași avec des températures proches de 1 °C, avant l'arrivée de la neige en début d'après-midi et un vent de nord-est de plus en plus fort en soirée.",
  "Minimales de -3 °C attendues jeudi matin."),
 ("loto-6-49-tirage-16-novembre", ACTU, "fr", 0, 200, 700, ["Loterie"], "",
  "Loto 6/49 : les numéros du tirage de mardi",
  "Les numéros gagnants du tirage du Loto 6/49 de mardi 16 novembre sont le 4, le 11, le 23, le 30, le 38 et le 47.",
  "Aucun joueur n'a trouvé les six bons numéros ; la cagnotte est reportée au prochain tirage."),
]
