# Day 90 (hold-out): a Haut-Katanga (DR Congo) French channel, morning edition of Wednesday
# 18 August 2027 (window 17:00 Tuesday - 05:00 Wednesday Lubumbashi, Africa/Lubumbashi = UTC+2).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Governor of Haut-Katanga, Bernadette Kalenga
#   Mwamba, on Radio Mwangaza on Tuesday evening, about the minibus-tanker crash on the Likasi road
#   (post 4) and about the power-cut riot in the Kenya commune of Lubumbashi (post 26), both carrying
#   « Plus personne ne paiera de sa vie ou de sa tranquillité la négligence des autres : chaque
#   responsable, public ou privé, rendra des comptes » (the derailment posts, also about acid and
#   also in Likasi, do NOT carry it);
# - a shared wire byline line ("Agence Katanga Presse | Mis à jour : 18-08-2027 04:41"): the truck
#   queue at the Kasumbalesa border post (post 44) and the fall of the maize-meal price in Lubumbashi
#   (post 47), three minutes apart; both stories are about the Zambian border and trade;
# - two accidents with sulphuric acid in and near Likasi on the same evening: the Coaster minibus
#   against an acid tanker truck on the Lubumbashi-Likasi road (9 -> 14 dead) and the SNCC freight
#   train derailed in the Shituru quarter of Likasi (acid leak, families evacuated, no dead);
# - the same hospital: the crash's injured AND the derailment's intoxicated residents are both taken
#   to the Hôpital général de référence (HGR) de Likasi; the crash's worst injured are evacuated to
#   the Hôpital Jason-Sendwe in Lubumbashi, where the doctors' strike (a separate story) holds a
#   minimum service;
# - the same town: Likasi holds the crash's hospital, the derailment and the Kimbala Mining layoffs
#   (whose union threatens a "grève", a third look-alike of the doctors' strike); Kipushi holds the
#   military trial (soldiers who killed a moto-taxi driver) and the measles vaccination campaign;
#   Lubumbashi holds the doctors' strike, the power-cut demonstration, the censure motion, the
#   embezzlement trial and the maize-meal price;
# - a strike and a demonstration on the same Tuesday in Lubumbashi with a shared official (the mayor,
#   Honorine Kasongo Banza, visits the striking hospital and calls for calm in Kenya); the censure
#   motion against the provincial energy minister cites the power cuts but is its own story;
# - two trials on the same Tuesday before Lubumbashi courts: the ex-minister of infrastructure's
#   road-fund embezzlement (prosecutor's requisitions at the Cour d'appel) and the two soldiers
#   sentenced by the military garrison court sitting in Kipushi (verdict);
# - one story in two languages with different words: the Kolwezi pit collapse, "éboulement",
#   "effondrement", "creuseurs artisanaux" in French; "pit collapse", "cave-in", "informal miners",
#   "diggers" in English (AP-like and Wire West), with a toll that rises 6 -> 11;
# - synonyms across outlets: "minibus", "Coaster", "bus", "taxi-bus" (the last in the trial story); "camion-citerne", "citerne",
#   "tanker"; "déraillement", "sortie de voie", "derailed"; "délestages", "coupures de courant",
#   "power cuts"; "grève", "arrêt de travail", "cessation des activités", "walkout";
# - reaction pieces and explainers: the road's black spots (post 6), how to give blood (post 7),
#   acid risks explainer (post 12), what the censure motion means (post 32), the road users at the
#   court (post 35), the customs' manual desks for truckers (post 43), how to consult the exam
#   results by SMS (post 58), the mothers at the Kipushi vaccination post (post 54), the Likasi
#   layoffs' union threat (post 49);
# - a promo posted alone (post 59); filler of importance 0: football result (posts 60-61), weather
#   bulletin (post 62), lottery draw (post 63), horoscope (post 64).
NAME = "2027-08-18-fr-matin-lubumbashi-h90"
CHANNEL = {"lang": "fr", "tz": "Africa/Lubumbashi"}
WINDOW = ("2027-08-17T15:00:00Z", "2027-08-18T03:00:00Z")
CTX = {"stamp": "18-08-2027 04:41", "line": "Agence Katanga Presse | Mis à jour : 18-08-2027 04:41",
       "city": "Lubumbashi", "date_fr": "17 août", "date_en": "Aug 17",
       "author": "Clarisse Mujinga Kalala", "clarify": "the number of miners killed",
       "caption": "", "also": "notre dossier", "country": "RD Congo"}
# The editor's top 5: the minibus-tanker crash on the Likasi road, the Kolwezi pit collapse, the acid
# train derailment in Likasi, the doctors' strike at Sendwe, the power-cut riot in Kenya commune.
TOP5 = ["collision-coaster-citerne-route-likasi", "eboulement-puits-kabwaya-kolwezi",
        "deraillement-acide-shituru-likasi", "greve-medecins-sendwe",
        "manifestation-delestages-kenya-lubumbashi"]
HK = "Haut-Katanga"
RDC = "RD Congo"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SO = "Société"
AKP = "agence-katanga-presse.cd"
ECHO = "echo-du-cuivre.cd"
RADIO = "radio-mwangaza.cd"
LUSHI = "lushi-actu.net"
PHARE = "phare-du-katanga.cd"
LUA = "lualaba-info.cd"
AN = "agence-nord.fr"
ALP = "agence-alpes.ch"
WW = "wire-west.com"
APL = "ap-like.com"
N18 = {"date_fr": "18 août", "date_en": "Aug 18"}
QUOTE = ("« Plus personne ne paiera de sa vie ou de sa tranquillité la négligence des autres : "
         "chaque responsable, public ou privé, rendra des comptes »")
POSTS = [
 # 1. Coaster minibus against an acid tanker on the Lubumbashi-Likasi road, 18:05; 9 -> 14 dead.
 ("collision-coaster-citerne-route-likasi", AKP, "fr", 3, 95, 3600, [RDC, HK, FD], "afp",
  "Au moins neuf morts dans une collision entre un minibus et un camion-citerne près de Likasi",
  "Au moins neuf personnes ont été tuées et seize blessées mardi en fin d'après-midi dans la collision entre un minibus de transport en commun et un camion-citerne transportant de l'acide sulfurique, sur la route Lubumbashi-Likasi, a-t-on appris auprès de la police de circulation routière.",
  "L'accident s'est produit vers 18 h 05 à hauteur du village de Mulungwishi, à une trentaine de kilomètres au sud de Likasi. Le minibus, un Coaster parti de Lubumbashi, transportait une trentaine de passagers. Les blessés ont été conduits à l'Hôpital général de référence de Likasi.",
  {"city": "Likasi"}),
 ("collision-coaster-citerne-route-likasi", RADIO, "fr", 3, 150, 2300, [RDC, HK], "",
  "Mulungwishi : le Coaster aurait doublé dans un virage",
  "Selon des rescapés interrogés par notre correspondant, le chauffeur du Coaster a tenté de dépasser un camion de charbon de bois dans un virage au moment où la citerne arrivait en face.",
  "« Il y a eu un bruit énorme, puis une odeur qui piquait les yeux », raconte une commerçante assise à l'arrière. Une partie de la cargaison d'acide s'est répandue sur la chaussée, compliquant l'intervention des secours, qui ont dû attendre l'arrivée d'une équipe de la protection civile équipée de combinaisons."),
 ("collision-coaster-citerne-route-likasi", ECHO, "fr", 3, 262, 2900, [RDC, HK, FD], "actu",
  "Collision de Mulungwishi : le bilan s'alourdit à douze morts",
  "Le bilan de la collision survenue mardi soir entre un minibus et un camion-citerne sur la route de Likasi est passé à douze morts, deux blessés ayant succombé dans la soirée à l'Hôpital général de référence de Likasi, selon la direction de l'établissement.",
  "Sept blessés graves, brûlés par l'acide, ont été évacués vers l'Hôpital Jason-Sendwe de Lubumbashi. Le chauffeur de la citerne, indemne, a été interpellé par la police."),
 ("collision-coaster-citerne-route-likasi", LUSHI, "fr", 3, 318, 2000, [RDC, HK, P], "",
  "Accident de Mulungwishi : la gouverneure promet des sanctions",
  "La gouverneure du Haut-Katanga, Bernadette Kalenga Mwamba, a promis mardi soir sur Radio Mwangaza des sanctions contre les transporteurs qui font circuler des camions-citernes de produits chimiques sans escorte ni signalisation, après la collision meurtrière de Mulungwishi.",
  f"{QUOTE}, a-t-elle déclaré, annonçant un contrôle de toutes les citernes d'acide sur l'axe Lubumbashi-Kolwezi dès jeudi. Elle a également décrété une journée de deuil provincial."),
 ("collision-coaster-citerne-route-likasi", APL, "en", 3, 402, 700, ["Africa", "Congo"], "upi",
  "Bus and acid tanker collide in southern Congo, killing 12",
  "A minibus packed with passengers slammed into a tanker truck carrying sulfuric acid on a highway in southern Congo's Haut-Katanga province on Tuesday evening, killing at least 12 people, local officials said.",
  "The crash happened near the village of Mulungwishi on the road linking the mining hubs of Lubumbashi and Likasi, which carries heavy truck traffic serving copper and cobalt mines.",
  {"city": "Likasi"}),
 ("collision-coaster-citerne-route-likasi", PHARE, "fr", 3, 470, 1500, [RDC, HK], "lire",
  "Route Lubumbashi-Likasi : les points noirs d'un axe saturé",
  "Virages sans visibilité, accotements effondrés et défilé incessant de poids lourds chargés de produits miniers : la route Lubumbashi-Likasi, où au moins douze personnes sont mortes mardi, cumule les dangers que dénoncent depuis des années les chauffeurs de bus.",
  "Le tronçon de Mulungwishi compte à lui seul quatre accidents mortels depuis janvier. Les transporteurs réclament une voie de dépassement et l'interdiction de circuler de nuit pour les citernes.",
  {"also": "Collision de Mulungwishi : le bilan s'alourdit"}),
 ("collision-coaster-citerne-route-likasi", AKP, "fr", 3, 610, 2500, [RDC, HK, FD], "teaser",
  "Accident de Likasi : quatorze morts, appel aux donneurs de sang",
  "Le bilan de l'accident entre un bus et une citerne d'acide près de Likasi a atteint mercredi quatorze morts, et l'Hôpital général de référence de la ville appelle les habitants à donner leur sang, a indiqué son directeur médical, le docteur Félicien Nday Mbuyu.",
  "Les donneurs peuvent se présenter dès 7 heures au centre de transfusion de l'hôpital, avenue de la Révolution, munis d'une pièce d'identité. Tous les groupes sont demandés, en priorité le groupe O."),

 # 2. SNCC freight train derailed in Likasi (Shituru), acid tank wagons leaking; no dead.
 ("deraillement-acide-shituru-likasi", AKP, "fr", 3, 140, 3100, [RDC, HK, FD], "place",
  "Un train chargé d'acide déraille à Likasi, des familles évacuées",
  "Un train de marchandises de la Société nationale des chemins de fer du Congo (SNCC) a déraillé mardi soir dans le quartier de Shituru, à Likasi, et trois de ses wagons-citernes d'acide sulfurique fuient, obligeant les autorités à évacuer quelque deux cents familles.",
  "Aucun mort n'est à déplorer, mais sept riverains incommodés par les vapeurs ont été admis à l'Hôpital général de référence de Likasi. Le convoi reliait Lubumbashi à Kolwezi.",
  {"city": "Likasi"}),
 ("deraillement-acide-shituru-likasi", RADIO, "fr", 3, 205, 1800, [RDC, HK], "",
  "Shituru : nuit blanche pour les riverains de la voie ferrée",
  "Réveillés par le fracas des wagons sortis de la voie, les habitants des avenues longeant le chemin de fer à Shituru ont passé la nuit dans l'école primaire du quartier, réquisitionnée par la mairie de Likasi.",
  "« Ça sentait l'œuf pourri et le métal, les enfants toussaient », témoigne un père de famille. Des sacs de chaux ont été déversés autour des citernes pour neutraliser l'acide."),
 ("deraillement-acide-shituru-likasi", WW, "en", 3, 330, 800, ["Africa", "Congo", "Mining"], "reuters",
  "Acid train derails in Congo mining town, residents evacuated",
  "A freight train hauling sulfuric acid for Congo's copper and cobalt mines derailed in the southern town of Likasi late on Tuesday, rupturing tank cars and forcing about 200 families from their homes, the state railway operator said.",
  "SNCC said no one was killed. Sulfuric acid is used in large volumes to leach copper and cobalt from ore in the Katanga copper belt, and is moved by road and rail from Zambia and local plants.",
  {"city": "Likasi"}),
 ("deraillement-acide-shituru-likasi", ECHO, "fr", 3, 455, 1600, [RDC, HK], "byline_fr",
  "Sortie de voie à Likasi : la SNCC évoque des rails usés",
  "La direction régionale de la SNCC a reconnu dans la nuit que l'état des rails, posés il y a plus de quarante ans, pourrait expliquer la sortie de voie du convoi d'acide à Shituru, tout en promettant une enquête technique.",
  "Le trafic ferroviaire entre Likasi et Kolwezi est interrompu au moins jusqu'à vendredi, le temps de vider les citernes endommagées et de relever les wagons.",
  {"site": "L'Écho du Cuivre", "author": "Patrick Ngoy Kabeya"}),
 ("deraillement-acide-shituru-likasi", PHARE, "fr", 3, 540, 1200, [RDC, HK, SA], "",
  "Acide sulfurique : quels risques pour les habitants de Shituru ?",
  "Brûlures de la peau, irritation des yeux et des voies respiratoires : l'acide sulfurique répandu à Shituru est dangereux au contact et par ses vapeurs, mais le risque diminue dès que le produit est neutralisé, explique un toxicologue de l'université de Lubumbashi.",
  "Il recommande de ne pas toucher la terre souillée, de ne pas consommer les légumes des jardins voisins de la voie et de consulter en cas de toux persistante. Les puits proches du lieu de l'accident seront analysés."),

 # 3. Pit collapse at the Kabwaya artisanal cobalt site near Kolwezi; 6 -> 11 dead. FR and EN.
 ("eboulement-puits-kabwaya-kolwezi", LUA, "fr", 3, 60, 2600, [RDC, "Lualaba", "Mines"], "colon",
  "Éboulement sur un site minier artisanal près de Kolwezi : six morts",
  "Six creuseurs artisanaux ont péri et plusieurs autres sont portés disparus après l'éboulement d'un puits sur le site minier de Kabwaya, à une vingtaine de kilomètres de Kolwezi, mardi après-midi, selon l'administrateur du territoire de Mutshatsha.",
  "Les galeries, creusées à la main à plus de trente mètres de profondeur, se sont effondrées après une forte averse tombée la veille, phénomène rare en pleine saison sèche.",
  {"city": "Kolwezi"}),
 ("eboulement-puits-kabwaya-kolwezi", APL, "en", 3, 180, 900, ["Africa", "Congo", "Mining"], "ap",
  "Cobalt pit collapse kills at least 6 informal miners in Congo",
  "At least six informal miners were killed Tuesday when a hand-dug pit caved in at a cobalt mining site outside the city of Kolwezi in southeastern Congo, a local administrator said.",
  "Rescuers and fellow diggers were using shovels and their bare hands to reach others believed trapped underground. Artisanal mining supplies a share of the cobalt used in rechargeable batteries, and deadly cave-ins are frequent.",
  {"city": "Kolwezi"}),
 ("eboulement-puits-kabwaya-kolwezi", ALP, "fr", 3, 300, 1100, [RDC, "Mines"], "ats",
  "RDC : onze morts dans l'effondrement d'une mine de cobalt",
  "Onze orpailleurs et creuseurs de cobalt sont morts dans l'effondrement d'un puits à Kabwaya, près de Kolwezi, dans le sud-est de la République démocratique du Congo, selon un nouveau bilan communiqué mardi soir par les autorités du Lualaba.",
  "Le précédent bilan faisait état de six morts. Les secours ont suspendu les recherches pendant la nuit en raison des risques de nouveaux effondrements.",
  {"city": "Kolwezi"}),
 ("eboulement-puits-kabwaya-kolwezi", WW, "en", 3, 420, 1000, ["Africa", "Congo", "Mining"], "updated",
  "Congo cave-in toll rises to 11 at artisanal cobalt site",
  "The death toll from the collapse of an artisanal cobalt pit near Kolwezi in Congo's Lualaba province has risen to 11, a provincial mines official told Wire West overnight, as rescuers prepared to resume digging at first light.",
  "The Kabwaya site lies next to an industrial concession, and the official said the diggers had been working without authorisation in galleries that inspectors had ordered closed in June.",
  {"city": "Kolwezi"}),
 ("eboulement-puits-kabwaya-kolwezi", LUA, "fr", 3, 560, 1900, [RDC, "Lualaba", "Mines"], "caption",
  "Kabwaya : les familles attendent au bord des puits",
  "Assises sur les tas de terre rouge qui entourent les puits effondrés, des dizaines de femmes attendent depuis mardi des nouvelles de leurs maris et de leurs fils, dont certains avaient à peine quinze ans.",
  "La coopérative qui encadre le site affirme avoir averti les creuseurs du danger. Le gouvernement provincial du Lualaba a annoncé la prise en charge des funérailles.",
  {"site": "Lualaba Info", "caption": "Des proches des creuseurs disparus devant un puits effondré du site de Kabwaya, près de Kolwezi, dans la nuit du mardi 17 au mercredi 18 août 2027."}),
 ("eboulement-puits-kabwaya-kolwezi", AN, "fr", 3, 655, 1300, [RDC, "Mines"], "afp",
  "Mines artisanales : un éboulement relance le débat sur le cobalt congolais",
  "L'éboulement qui a tué onze creuseurs près de Kolwezi relance le débat sur les conditions de travail dans les mines artisanales de cobalt, alors que les constructeurs de batteries promettent depuis des années de mieux tracer leur approvisionnement.",
  "Selon une organisation locale de défense des mineurs, plus d'une centaine de creuseurs sont morts dans des effondrements de galeries dans le Lualaba depuis le début de l'année.",
  {"city": "Kolwezi", **N18}),

 # 4. Doctors' strike at the Hôpital Jason-Sendwe in Lubumbashi.
 ("greve-medecins-sendwe", ECHO, "fr", 2, 30, 1800, [RDC, HK, SA], "",
  "Les médecins de l'hôpital Sendwe entament une grève illimitée",
  "Les médecins de l'Hôpital provincial Jason-Sendwe de Lubumbashi ont entamé mardi une grève illimitée pour réclamer le paiement de sept mois de primes de risque, n'assurant plus qu'un service minimum aux urgences et à la maternité.",
  "Le mouvement est lancé par le Syndicat des médecins du Katanga (Symeka), qui dénonce aussi le manque de gants, de médicaments et d'oxygène."),
 ("greve-medecins-sendwe", LUSHI, "fr", 2, 190, 1500, [RDC, HK, SA], "soutien",
  "Sendwe : des malades renvoyés chez eux au premier jour de l'arrêt de travail",
  "Au premier jour de l'arrêt de travail des médecins, plusieurs dizaines de patients venus pour des consultations ont été renvoyés chez eux mardi à l'Hôpital Jason-Sendwe, seuls les cas graves étant reçus.",
  "La maire de Lubumbashi, Honorine Kasongo Banza, s'est rendue sur place en fin d'après-midi et a promis de plaider auprès du gouvernement provincial pour le paiement des arriérés."),
 ("greve-medecins-sendwe", AKP, "fr", 2, 380, 1700, [RDC, HK, SA], "",
  "Grève à Sendwe : les blessés de Mulungwishi pris en charge malgré la cessation des activités",
  "Les médecins grévistes de l'Hôpital Jason-Sendwe ont suspendu leur mot d'ordre mardi soir le temps d'accueillir les sept grands brûlés évacués de Likasi, avant de reprendre la cessation des activités, a annoncé le Symeka.",
  "« Nous sommes en grève, pas en guerre contre nos malades », a déclaré le président provincial du syndicat, le docteur Aimé Kilufya Mbayo, qui exige un calendrier de paiement écrit avant toute reprise."),
 ("greve-medecins-sendwe", WW, "en", 2, 500, 400, ["Africa", "Congo", "Health"], "donate",
  "Doctors walk out at Lubumbashi's main public hospital",
  "Doctors at the Jason Sendwe provincial hospital in Lubumbashi, the largest public hospital in Congo's Haut-Katanga province, began an open-ended walkout on Tuesday over seven months of unpaid hazard bonuses.",
  "Only emergency and maternity wards remain staffed. The provincial health ministry said it was verifying the payroll and would meet the union on Thursday."),
 ("greve-medecins-sendwe", RADIO, "fr", 2, 620, 1100, [RDC, HK, SA], "",
  "Grève des médecins : le ministre provincial de la Santé convoque le syndicat jeudi",
  "Le ministre provincial de la Santé, Bienvenu Mwamba Kyabu, a convoqué le Syndicat des médecins du Katanga jeudi matin pour tenter de mettre fin à la grève qui paralyse l'Hôpital Jason-Sendwe depuis mardi.",
  "Il affirme que la moitié des primes dues sera versée avant la fin du mois."),

 # 5. Power-cut riot in the Kenya commune of Lubumbashi.
 ("manifestation-delestages-kenya-lubumbashi", LUSHI, "fr", 2, 120, 2400, [RDC, HK, SO], "",
  "Commune Kenya : des habitants en colère contre les délestages érigent des barricades",
  "Des centaines d'habitants de la commune Kenya, à Lubumbashi, ont érigé des barricades et brûlé des pneus mardi soir pour protester contre les délestages qui privent leur quartier d'électricité depuis près de trois semaines.",
  "La police a fait usage de gaz lacrymogène pour disperser les manifestants sur l'avenue Lumumba. Un bureau de la Société nationale d'électricité (SNEL) a été caillassé."),
 ("manifestation-delestages-kenya-lubumbashi", AKP, "fr", 2, 235, 2000, [RDC, HK, SO], "",
  "Lubumbashi : manifestation contre les coupures de courant, une vingtaine d'interpellations",
  "Une vingtaine de personnes ont été interpellées mardi soir à Lubumbashi lors d'une manifestation contre les coupures de courant dans la commune Kenya, a indiqué le commandant de la police de la ville.",
  "La maire, Honorine Kasongo Banza, a appelé au calme et annoncé une rencontre avec la direction de la SNEL mercredi."),
 ("manifestation-delestages-kenya-lubumbashi", RADIO, "fr", 2, 290, 1400, [RDC, HK, P], "",
  "Délestages : la gouverneure met en garde la SNEL et les casseurs",
  "La gouverneure Bernadette Kalenga Mwamba a mis en garde mardi soir sur Radio Mwangaza à la fois les agents de la SNEL, accusés de favoriser certains quartiers contre paiement, et les manifestants qui ont saccagé un bureau de la société dans la commune Kenya.",
  f"{QUOTE}, a-t-elle martelé, ajoutant qu'une enquête était ouverte sur la distribution du courant par les cabines de la commune."),
 ("manifestation-delestages-kenya-lubumbashi", ECHO, "fr", 2, 480, 1300, [RDC, HK, E], "publie",
  "Pourquoi Lubumbashi manque de courant",
  "Baisse du niveau des barrages, lignes vétustes et priorité donnée aux entreprises minières : les délestages qui ont provoqué la colère de la commune Kenya s'expliquent par un déficit de plus de 300 mégawatts dans le réseau sud de la SNEL.",
  "Les entreprises minières importent une partie de leur électricité de Zambie, mais les ménages, eux, dépendent entièrement du réseau public.",
  {"site": "L'Écho du Cuivre", **N18}),
 ("manifestation-delestages-kenya-lubumbashi", PHARE, "fr", 2, 590, 900, [RDC, HK, SO], "",
  "Commune Kenya : calme précaire au lendemain des heurts",
  "Le calme était revenu dans la nuit de mardi à mercredi dans la commune Kenya, où des carcasses de pneus brûlés jonchaient encore l'avenue Lumumba, mais les habitants promettent de redescendre dans la rue si le courant ne revient pas avant le week-end.",
  ""),

 # 6. Censure motion against the provincial energy minister, vote scheduled Thursday.
 ("motion-ministre-energie-haut-katanga", PHARE, "fr", 2, 75, 1200, [RDC, HK, P], "",
  "Assemblée provinciale : une motion de défiance contre le ministre de l'Énergie",
  "Vingt-deux députés provinciaux du Haut-Katanga ont déposé mardi une motion de défiance contre le ministre provincial de l'Énergie, Jean-Pierre Ilunga Kasongo, qu'ils accusent de n'avoir rien fait contre la crise de l'électricité.",
  "Les signataires lui reprochent aussi la gestion opaque d'un fonds destiné à l'achat de transformateurs."),
 ("motion-ministre-energie-haut-katanga", AKP, "fr", 2, 260, 1000, [RDC, HK, P], "",
  "Motion contre le ministre de l'Énergie : vote prévu jeudi",
  "Le bureau de l'Assemblée provinciale du Haut-Katanga a inscrit au vote de jeudi la motion de défiance visant le ministre provincial de l'Énergie, Jean-Pierre Ilunga Kasongo, a annoncé mardi soir son président, Célestin Kaumba Mukalay.",
  "Le ministre sera entendu mercredi en commission. La motion doit recueillir la majorité absolue des quarante-huit députés pour être adoptée."),
 ("motion-ministre-energie-haut-katanga", LUSHI, "fr", 2, 450, 800, [RDC, HK, P], "",
  "Le ministre Ilunga Kasongo se dit victime d'un règlement de comptes",
  "Visé par une motion de défiance, le ministre provincial de l'Énergie, Jean-Pierre Ilunga Kasongo, a dénoncé mardi soir « un règlement de comptes politique » et affirmé que les délestages relèvent de la SNEL, entreprise publique nationale, et non de la province.",
  ""),
 ("motion-ministre-energie-haut-katanga", ECHO, "fr", 2, 640, 700, [RDC, HK, P], "",
  "Motion de défiance : ce qui se passera jeudi à l'Assemblée provinciale",
  "Si la motion de défiance est adoptée jeudi, le ministre de l'Énergie sera réputé démissionnaire et la gouverneure disposera de quinze jours pour proposer un remplaçant, explique un professeur de droit public de l'université de Lubumbashi.",
  "C'est la troisième motion de ce type depuis le début de la législature provinciale ; les deux précédentes avaient été rejetées."),

 # 7. Embezzlement trial of the ex-minister of infrastructure at the Cour d'appel (requisitions).
 ("proces-fonds-routiers-ex-ministre", AKP, "fr", 2, 45, 1300, [RDC, HK, J], "",
  "Détournement des fonds routiers : dix ans de prison requis contre un ex-ministre provincial",
  "Le ministère public a requis mardi dix ans de travaux forcés contre l'ancien ministre provincial des Infrastructures du Haut-Katanga, Gaston Mwenze Kyungu, jugé devant la cour d'appel de Lubumbashi pour le détournement de quelque 4 millions de dollars destinés à l'entretien des routes.",
  "Deux entrepreneurs poursuivis avec lui pour des marchés fictifs encourent cinq ans. Le verdict est attendu le 2 septembre."),
 ("proces-fonds-routiers-ex-ministre", PHARE, "fr", 2, 200, 900, [RDC, HK, J], "",
  "Procès Mwenze Kyungu : la défense plaide l'acquittement",
  "Les avocats de l'ancien ministre des Infrastructures Gaston Mwenze Kyungu ont plaidé mardi soir l'acquittement de leur client, affirmant que les travaux routiers incriminés avaient bien été exécutés et que les pièces comptables avaient disparu lors d'un déménagement du ministère.",
  ""),
 ("proces-fonds-routiers-ex-ministre", LUSHI, "fr", 2, 350, 700, [RDC, HK, J], "",
  "Routes jamais réparées : des usagers suivent le procès de l'ex-ministre",
  "Chauffeurs de taxi-bus et riverains de la route de Kasumbalesa étaient venus nombreux mardi à la cour d'appel de Lubumbashi pour suivre le procès de l'ancien ministre accusé d'avoir détourné l'argent de l'entretien des routes.",
  "« On paie le péage et les nids-de-poule sont toujours là », résume un chauffeur."),
 ("proces-fonds-routiers-ex-ministre", ECHO, "fr", 2, 600, 600, [RDC, HK, J], "",
  "Fonds routiers : le parquet veut saisir les biens de Gaston Mwenze Kyungu",
  "Outre la prison, le parquet général a demandé mardi la confiscation de trois maisons et de deux fermes appartenant à l'ancien ministre provincial Gaston Mwenze Kyungu, qu'il soupçonne d'avoir été acquises avec l'argent des routes.",
  ""),

 # 8. Military garrison court sitting in Kipushi: two soldiers sentenced for killing a moto-taxi driver.
 ("proces-militaires-moto-taxi-kipushi", RADIO, "fr", 2, 110, 1400, [RDC, HK, J], "",
  "Kipushi : deux militaires condamnés à perpétuité pour le meurtre d'un taxi-moto",
  "Le tribunal militaire de garnison de Lubumbashi, siégeant en audience foraine à Kipushi, a condamné mardi deux militaires à la prison à perpétuité pour le meurtre d'un conducteur de taxi-moto, Dieudonné Kabwe Mutombo, tué en juin lors d'un contrôle.",
  "Un troisième soldat a été acquitté faute de preuves. L'État congolais a été condamné à verser des dommages-intérêts à la famille."),
 ("proces-militaires-moto-taxi-kipushi", AKP, "fr", 2, 215, 1100, [RDC, HK, J], "",
  "Meurtre d'un conducteur de moto à Kipushi : perpétuité pour deux soldats",
  "Deux soldats des forces armées ont été condamnés mardi à la servitude pénale à perpétuité par la justice militaire pour avoir abattu en juin un conducteur de moto-taxi qui refusait de leur remettre de l'argent à un barrage à l'entrée de Kipushi.",
  "Le verdict a été accueilli par des applaudissements dans la salle, où s'étaient massés des dizaines de motards."),
 ("proces-militaires-moto-taxi-kipushi", LUSHI, "fr", 2, 410, 800, [RDC, HK, J], "",
  "Verdict de Kipushi : les motards saluent « un signal »",
  "L'association des conducteurs de taxi-moto de Kipushi a salué mardi soir la condamnation des deux militaires, y voyant « un signal » contre les tracasseries aux barrages, mais réclame la levée de tous les postes de contrôle illégaux sur la route de Lubumbashi.",
  ""),
 ("proces-militaires-moto-taxi-kipushi", PHARE, "fr", 2, 575, 600, [RDC, HK, J], "",
  "Audience foraine à Kipushi : la défense annonce un appel",
  "L'avocat des deux militaires condamnés à Kipushi a annoncé mardi soir, à la sortie de l'audience, qu'il ferait appel devant la cour militaire du Haut-Katanga, estimant que l'enquête balistique n'avait pas établi lequel des soldats avait tiré.",
  ""),

 # 9. Truck queue at the Kasumbalesa border post after a customs system breakdown (shared line, post 45).
 ("file-camions-kasumbalesa", ECHO, "fr", 2, 160, 1500, [RDC, HK, E], "",
  "Kasumbalesa : une file de camions de près de 40 kilomètres",
  "Une file de camions de près de quarante kilomètres s'étirait mardi soir de part et d'autre du poste frontalier de Kasumbalesa, entre la RD Congo et la Zambie, après une panne du système informatique de dédouanement qui dure depuis dimanche.",
  "Les chauffeurs, dont certains attendent depuis trois jours, se plaignent du manque d'eau et de toilettes."),
 ("file-camions-kasumbalesa", "menafn-kuna.com", "en", 2, 275, 300, ["Africa", "Trade"], "kuna",
  "Truck backlog stretches for kilometres at Congo-Zambia border",
  "Hundreds of trucks carrying copper, cobalt and fuel were stuck at the Kasumbalesa border crossing between Congo and Zambia on Tuesday after a breakdown of the customs clearance computer system, transport operators said.",
  "Kasumbalesa is the main road gateway for the Katanga copper belt's exports to ports in southern and eastern Africa.",
  {"city": "Lubumbashi"}),
 ("file-camions-kasumbalesa", LUSHI, "fr", 2, 430, 900, [RDC, HK, E], "",
  "Frontière de Kasumbalesa : la douane promet un retour à la normale jeudi",
  "La Direction générale des douanes a assuré mardi soir que le système de dédouanement du poste de Kasumbalesa serait rétabli d'ici jeudi, et a ouvert en attendant deux guichets de traitement manuel des déclarations.",
  ""),
 ("file-camions-kasumbalesa", AKP, "fr", 2, 701, 800, [RDC, HK, E], "reuters_line",
  "Kasumbalesa : près de 2 000 poids lourds bloqués à la frontière zambienne",
  "Près de 2 000 poids lourds restaient bloqués mercredi à l'aube au poste frontière de Kasumbalesa, selon l'association des transporteurs, qui chiffre les pertes à plusieurs centaines de milliers de dollars par jour.",
  "Les exportations de cuivre et les importations de carburant sont les plus touchées."),

 # 10. Maize-meal price falls in Lubumbashi after Zambian exports resume (shared line, post 48).
 ("prix-farine-mais-lubumbashi", RADIO, "fr", 1, 340, 1100, [RDC, HK, E], "",
  "Le prix de la farine de maïs baisse sur les marchés de Lubumbashi",
  "Le sac de 25 kilos de farine de maïs se vendait mardi autour de 28 000 francs congolais sur les marchés de Lubumbashi, contre 35 000 il y a un mois, une baisse attribuée à la reprise des importations de maïs zambien.",
  "La Zambie avait suspendu ses exportations de maïs pendant quatre mois après une mauvaise récolte."),
 ("prix-farine-mais-lubumbashi", LUSHI, "fr", 1, 520, 700, [RDC, HK, E], "",
  "Farine de maïs : au marché Mzee, les ménagères soufflent enfin",
  "Au marché Mzee, les ménagères remplissaient de nouveau leurs paniers mardi, soulagées de voir le prix du « bukari » retomber après des mois de flambée.",
  "Les commerçants craignent toutefois que la file de camions à la frontière ne retarde les prochaines livraisons."),
 ("prix-farine-mais-lubumbashi", AKP, "fr", 1, 704, 500, [RDC, HK, E], "reuters_line",
  "Lubumbashi : la farine de maïs retrouve son prix d'avant la crise",
  "La farine de maïs, aliment de base des ménages du Haut-Katanga, est revenue à son prix d'avant la suspension des exportations zambiennes, selon un relevé des prix de la division provinciale de l'économie publié mardi.",
  ""),

 # 11. Kimbala Mining idles its Likasi plant, 800 layoffs; union threatens a strike.
 ("licenciements-kimbala-likasi", ECHO, "fr", 2, 20, 1200, [RDC, HK, E, "Mines"], "",
  "Likasi : Kimbala Mining annonce 800 licenciements",
  "La société Kimbala Mining a annoncé mardi la mise à l'arrêt de son usine hydrométallurgique de Likasi et le licenciement de 800 travailleurs, invoquant la chute des cours du cobalt.",
  "L'usine produisait de l'hydroxyde de cobalt et des cathodes de cuivre. Environ 200 employés seront maintenus pour l'entretien des installations."),
 ("licenciements-kimbala-likasi", PHARE, "fr", 2, 245, 900, [RDC, HK, E], "",
  "Kimbala Mining : le syndicat menace d'une grève générale à Likasi",
  "L'intersyndicale de Kimbala Mining a menacé mardi soir de déclencher une grève générale sur tous les sites du groupe dans le Haut-Katanga si les licenciements annoncés à Likasi ne sont pas suspendus dans les sept jours.",
  "Les syndicats contestent le montant des indemnités, calculées selon eux sur le salaire de base sans les primes."),
 ("licenciements-kimbala-likasi", WW, "en", 2, 360, 500, ["Africa", "Mining"], "byline_en",
  "Kimbala Mining idles Congo cobalt plant, cuts 800 jobs",
  "Kimbala Mining will halt its hydrometallurgical plant in Likasi in Congo's Haut-Katanga province and lay off 800 workers, the company said on Tuesday, the latest producer to curb output after a slump in cobalt prices.",
  "Cobalt prices have fallen by nearly a third this year on oversupply. The company said it would keep the plant on care and maintenance and could restart it within six months if prices recover.",
  {"site": "Wire West", "author": "Daniel Okafor"}),
 ("licenciements-kimbala-likasi", RADIO, "fr", 2, 530, 700, [RDC, HK, E], "",
  "Licenciements à Likasi : le ministre provincial des Mines convoque la direction",
  "Le ministre provincial des Mines du Haut-Katanga doit recevoir mercredi la direction de Kimbala Mining pour lui demander de surseoir aux licenciements à Likasi, ville déjà éprouvée par deux accidents en une soirée.",
  ""),

 # 12. Measles vaccination campaign in Kipushi (same town as the military trial).
 ("vaccination-rougeole-kipushi", RADIO, "fr", 1, 130, 800, [RDC, HK, SA], "",
  "Rougeole : une campagne de vaccination lancée à Kipushi",
  "Une campagne de vaccination contre la rougeole visant 120 000 enfants de six mois à cinq ans a été lancée mardi dans la zone de santé de Kipushi, où une quarantaine de cas ont été confirmés depuis juillet.",
  "Elle doit durer cinq jours, avec des équipes dans les écoles, les églises et les marchés."),
 ("vaccination-rougeole-kipushi", AKP, "fr", 1, 310, 600, [RDC, HK, SA], "",
  "Kipushi : 120 000 enfants à vacciner contre la rougeole en cinq jours",
  "Les autorités sanitaires du Haut-Katanga veulent vacciner 120 000 enfants contre la rougeole en cinq jours à Kipushi, ville minière frontalière de la Zambie touchée par une flambée de la maladie depuis juillet, a indiqué mardi le médecin-chef de zone.",
  ""),
 ("vaccination-rougeole-kipushi", LUSHI, "fr", 1, 490, 500, [RDC, HK, SA], "",
  "À Kipushi, les mamans font la queue au poste de vaccination",
  "Dès l'aube, des dizaines de mères, leur bébé noué dans le dos, faisaient la queue mardi devant le centre de santé de la cité de Kipushi pour faire vacciner leurs enfants contre la rougeole.",
  "La vaccination est gratuite ; les parents sont invités à apporter la carte de vaccination de l'enfant s'ils en ont une."),

 # 13. Exam results (Examen d'État) for Haut-Katanga.
 ("resultats-exetat-haut-katanga", AKP, "fr", 2, 80, 2200, [RDC, HK, "Éducation"], "",
  "Examen d'État : 81 % de réussite dans le Haut-Katanga",
  "Le taux de réussite à l'Examen d'État dans la province du Haut-Katanga s'établit à 81 % cette année, contre 77 % l'an dernier, selon les résultats publiés mardi par l'inspection provinciale de l'enseignement secondaire.",
  "Plus de 62 000 finalistes avaient passé les épreuves en juin."),
 ("resultats-exetat-haut-katanga", ECHO, "fr", 2, 280, 1800, [RDC, HK, "Éducation"], "",
  "Exetat 2027 : un lycée de Lubumbashi en tête du palmarès provincial",
  "Le lycée Tuendelee de Lubumbashi arrive en tête du palmarès provincial de l'Examen d'État, avec cent pour cent de réussite et trois lauréats parmi les dix meilleurs du pays.",
  ""),
 ("resultats-exetat-haut-katanga", PHARE, "fr", 2, 395, 1600, [RDC, HK, "Éducation"], "",
  "Exetat : les filles font mieux que les garçons",
  "Pour la troisième année consécutive, les candidates ont mieux réussi l'Examen d'État que les candidats dans le Haut-Katanga, avec un taux de réussite de 84 % contre 78 %, selon l'inspection provinciale.",
  ""),
 ("resultats-exetat-haut-katanga", LUSHI, "fr", 2, 545, 2500, [RDC, HK, "Éducation"], "",
  "Exetat 2027 : comment consulter ses résultats par SMS",
  "Pour connaître son résultat à l'Examen d'État, il suffit d'envoyer son numéro de candidat par SMS au 8787, le service étant ouvert depuis mardi soir pour tous les réseaux téléphoniques.",
  "Le message coûte 500 francs congolais. Les résultats sont aussi affichés dans les écoles à partir de jeudi."),

 # 14-18. Promo alone; filler: football, weather bulletin, lottery, horoscope.
 ("promo-echo-du-cuivre-numerique", ECHO, "fr", 0, 560, 40, ["Promo"], "",
  "L'Écho du Cuivre sur WhatsApp",
  "Recevez chaque matin les titres de L'Écho du Cuivre directement sur WhatsApp en vous abonnant à notre chaîne gratuite.",
  "Il suffit de scanner le code affiché sur notre page d'accueil."),
 ("foot-linafoot-kenya-lualaba", LUSHI, "fr", 0, 250, 1000, ["Sport"], "",
  "Linafoot : le Sporting Kenya s'impose face aux Étoiles du Lualaba",
  "Le Sporting Kenya a battu les Étoiles du Lualaba 3-1 mardi soir au stade de la Kenya, grâce à un doublé de son attaquant Junior Kalonji Tshibangu.",
  "Le club lushois remonte à la deuxième place du groupe B."),
 ("foot-linafoot-kenya-lualaba", AKP, "fr", 0, 300, 300, ["Sport"], "",
  "Football : le Sporting Kenya remonte au classement",
  "Vainqueur des Étoiles du Lualaba (3-1) mardi à Lubumbashi, le Sporting Kenya pointe désormais à la deuxième place du groupe B de la Linafoot.",
  ""),
 ("meteo-haut-katanga-mercredi-18", RADIO, "fr", 0, 660, 500, ["Météo"], "",
  "Météo du mercredi 18 août : frais le matin, soleil l'après-midi",
  "La matinée de mercredi sera fraîche sur le Haut-Katanga, avec 9 °C à Lubumbashi et 11 °C à Likasi au lever du jour, avant un après-midi ensoleillé et sec où le thermomètre atteindra 26 °C.",
  "Vent d'est modéré ; aucune pluie n'est attendue."),
 ("loterie-katanga-tirage-17-aout", "loterie-katanga.cd", "fr", 0, 345, 400, ["Jeux"], "",
  "Loterie du Katanga : les numéros du tirage du mardi 17 août",
  "Les numéros gagnants du tirage de la Loterie du Katanga du mardi 17 août sont 4, 12, 19, 27 et 33, avec le numéro chance 6.",
  "Aucun joueur n'a trouvé la combinaison complète ; la cagnotte est reportée au prochain tirage."),
 ("horoscope-mercredi-18-aout", "astro-jour.fr", "fr", 0, 600, 600, ["Horoscope"], "",
  "Horoscope du mercredi 18 août",
  "Lion : une rencontre inattendue vous pousse à revoir vos priorités.",
  "Vierge : prenez le temps de terminer ce que vous avez commencé."),
]
