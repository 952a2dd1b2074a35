# Day 60 (hold-out): a Niger French channel, morning edition of Wednesday 20 January 2027
# (window 17:00 Tuesday - 05:00 Wednesday Niamey, Africa/Niamey = UTC+1). Gold answer written
# before any run: each post's story, its lede (the true first sentence) and the TOP5 below.
#
# Traps:
# - one radio interview, two stories, same quote: the Minister of Commerce, Ramatou Abdou Salissou,
#   on Radio Fleuve FM on Tuesday evening, about the Katako market fire (post 9) and about the
#   fuel queues caused by the tanker drivers' strike at the Zinder refinery (post 30), both carrying
#   « Celui qui profite du malheur des Nigériens pour faire flamber les prix sera sanctionné, sans
#   exception » (the onion posts, about another price fall, do NOT carry it);
# - a shared wire byline line ("Agence Sahel Presse | Mis à jour : 20-01-2027 04:44"): the collapse
#   of the Galmi onion price (post 53) and the second kiln of the Malbaza cement plant (post 55),
#   three minutes apart; Galmi and Malbaza are both near Birni-N'Konni (Tahoua region);
# - the same hospital: the Katako fire's burned traders taken to the Hôpital général de référence
#   (HGR) de Niamey (posts 11, 12) and the first open-heart surgeries on children at the same HGR
#   (posts 36-38; post 37's lede says the HGR also took in the fire's injured); the crash's worst injured
#   are evacuated to the Hôpital national de Niamey, another hospital;
# - the same town: Zinder holds the tanker drivers' strike at the SORAZ refinery (posts 27-30) and
#   the restoration of the Sultan's palace (posts 56-58, whose post 56 says the works are unrelated
#   to the refinery); Niamey holds the fire, the power cuts, the teachers' strike, the two trials, the
#   mining code vote and the surgery; Dosso holds the crash and (Gaya, Dosso region) the tramadol;
# - look-alike stories: two strikes from Wednesday (the contract teachers' 72-hour walkout, the
#   tanker drivers at the refinery); two trials at the same Niamey court on the same Tuesday (the
#   fertiliser-fund embezzlement: prosecutor's requisitions; the tramadol smugglers: verdict); two
#   tolls that rise overnight (the crash 11 -> 17 dead, the attack 6 -> 9 soldiers); two "supply"
#   stories for households (fuel queues, power cuts) told with "how to" posts; two economy stories
#   in the Tahoua region on one shared line;
# - reaction pieces and explainers in other words: the RN1 explainer and "how to" for travellers
#   (post 6), the traders' "how to help" (post 12), what the code changes (post 19), the Arlit
#   reaction (post 20), parents without school (post 25), where to find fuel (post 29), the
#   hepatitis E explainer (post 33) and "how to" protect (post 34), the schedule by neighbourhood
#   (post 41), the welders (post 42), the rice farmers at the court (post 46), the palace as a
#   training site (post 58);
# - synonyms across outlets: "car", "autocar", "bus", "coach"; "incendie", "sinistre", "feu",
#   "blaze"; "grève", "débrayage", "arrêt de travail" (the last in both strikes); "délestages",
#   "coupures d'électricité", "coupures de courant", "power cuts", "outages"; "code minier",
#   "mining code", "mining law"; "camions-citernes", "citerniers", "transporteurs de carburant";
# - a promo posted alone (post 59); filler of importance 0: football result (posts 60-61),
#   weather bulletin with harmattan dust (post 62), horoscope (post 63).
NAME = "2027-01-20-fr-matin-niamey-h60"
CHANNEL = {"lang": "fr", "tz": "Africa/Niamey"}
WINDOW = ("2027-01-19T16:00:00Z", "2027-01-20T04:00:00Z")
CTX = {"stamp": "20-01-2027 04:44", "line": "Agence Sahel Presse | Mis à jour : 20-01-2027 04:44",
       "city": "Niamey", "date_fr": "19 janv", "date_en": "Jan 19",
       "author": "Abdoulaye Hamani Boukari", "clarify": "the number of soldiers killed",
       "caption": "", "also": "notre dossier", "country": "Niger"}
# The editor's top 5: the coach crash near Dosso, the attack on the army post near Téra, the Katako
# market fire, the mining code vote, the tanker drivers' strike and the fuel queues.
TOP5 = ["collision-car-rn1-dosso", "attaque-poste-wande-koira", "incendie-marche-katako",
        "code-minier-vote-ccr", "greve-citerniers-soraz"]
NE = "Niger"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SEC = "Sécurité"
ASP = "agence-sahel-presse.ne"
SAH = "le-sahelien.ne"
TRIB = "tribune-du-fleuve.ne"
RADIO = "radio-fleuve-fm.ne"
ACTU = "niamey-actu.net"
ECHO = "echo-du-damagaram.ne"
WW = "wire-west.com"
APL = "ap-like.com"
STD = "sahel-standard.com"
N20 = {"date_fr": "20 janv", "date_en": "Jan 20"}
QUOTE = ("« Celui qui profite du malheur des Nigériens pour faire flamber les prix sera "
         "sanctionné, sans exception »")
POSTS = [
 # 1. Coach-truck collision on the RN1 east of Dosso at 18:40; 11 -> 17 dead.
 ("collision-car-rn1-dosso", ASP, "fr", 3, 160, 3400, [NE, FD], "afp",
  "Au moins onze morts dans une collision entre un car et un camion près de Dosso",
  "Au moins onze personnes ont été tuées et une vingtaine blessées mardi soir dans la collision entre un car de transport interurbain et un camion chargé de ciment sur la route nationale 1, à une quinzaine de kilomètres à l'est de Dosso, a-t-on appris auprès de la protection civile.",
  "L'accident s'est produit vers 18 h 40 près du village de Sabon Koira, alors que le car, parti de Niamey, se dirigeait vers Maradi avec une soixantaine de passagers à bord. Les blessés ont été transportés au centre hospitalier régional de Dosso.",
  {"city": "Dosso"}),
 ("collision-car-rn1-dosso", RADIO, "fr", 3, 232, 2100, [NE], "",
  "Accident de Sabon Koira : le car aurait tenté un dépassement",
  "Selon plusieurs rescapés joints par notre rédaction, l'autocar roulait à vive allure et a tenté de dépasser une charrette dans une courbe au moment où le camion arrivait en sens inverse.",
  "« Le choc a été terrible, les gens étaient coincés dans la tôle », raconte un commerçant qui voyageait au troisième rang. La gendarmerie a ouvert une enquête et le chauffeur du camion, légèrement blessé, a été placé en garde à vue."),
 ("collision-car-rn1-dosso", WW, "en", 3, 305, 900, ["Africa", "Sahel"], "reuters",
  "Coach crash kills at least 12 in southwest Niger",
  "At least 12 people were killed when an intercity coach collided with a cement truck on Niger's main east-west highway near the town of Dosso on Tuesday evening, civil protection officials said.",
  "Road accidents are frequent on the RN1, which carries most of the country's passenger and freight traffic.",
  {"city": "Niamey"}),
 ("collision-car-rn1-dosso", SAH, "fr", 3, 482, 2600, [NE, FD], "caption",
  "Collision sur la RN1 : le bilan s'alourdit à dix-sept morts",
  "Le bilan de la collision survenue mardi soir entre un bus et un camion-benne près de Dosso est passé à dix-sept morts, six blessés ayant succombé dans la nuit, a annoncé le gouverneur de la région, Moussa Hassane Tinni.",
  "Huit blessés graves ont été évacués vers l'Hôpital national de Niamey. Un deuil de trois jours a été décrété dans la commune urbaine de Dosso.",
  {"site": "Le Sahélien", "caption": "Les carcasses du car et du camion sur la route nationale 1, à l'est de Dosso, dans la nuit du mardi 19 au mercredi 20 janvier 2027."}),
 ("collision-car-rn1-dosso", ASP, "fr", 3, 565, 2900, [NE, FD], "actu",
  "Accident de la route près de Dosso : dix-sept morts, le ministre des Transports sur place",
  "Le ministre des Transports s'est rendu dans la nuit au centre hospitalier régional de Dosso, où sont soignés les blessés de l'accident qui a fait dix-sept morts mardi sur la RN1, et a promis des contrôles renforcés de la vitesse des cars interurbains.",
  "Il a annoncé la suspension à titre conservatoire de la compagnie propriétaire du véhicule, le temps de vérifier l'état de sa flotte et le temps de conduite de ses chauffeurs."),
 ("collision-car-rn1-dosso", ACTU, "fr", 3, 645, 1200, [NE], "",
  "RN1 : pourquoi la route Niamey-Dosso est si meurtrière, et comment voyager plus prudemment",
  "Étroite, sans accotements et empruntée chaque jour par des centaines de poids lourds venus du port de Cotonou ou de Lomé, la route nationale 1 entre Niamey et Dosso concentre une grande part des accidents mortels du pays.",
  "Avant d'embarquer, vérifiez que la compagnie affiche sa licence, exigez une place avec ceinture lorsque c'est possible et n'hésitez pas à signaler au chauffeur ou à la gendarmerie une conduite dangereuse : le numéro vert de la sécurité routière fonctionne jour et nuit."),

 # 2. Katako market fire in Niamey from 19:15; 1 dead, 9 burned taken to the HGR; minister on radio.
 ("incendie-marche-katako", ASP, "fr", 3, 172, 3000, [NE, FD], "colon",
  "Niamey : un violent incendie ravage le marché Katako",
  "Un violent incendie s'est déclaré mardi vers 19 h 15 au marché Katako, l'un des plus grands marchés de Niamey, détruisant plusieurs centaines d'étals de vivres, de tissus et de pièces détachées, ont constaté des journalistes de l'Agence Sahel Presse.",
  "Les sapeurs-pompiers, appuyés par des camions-citernes de l'armée, luttaient toujours contre les flammes en fin de soirée, gênés par le vent d'harmattan et par l'étroitesse des allées."),
 ("incendie-marche-katako", ACTU, "fr", 3, 250, 1800, [NE], "teaser",
  "Marché Katako : les commerçants assistent impuissants à la destruction de leurs boutiques",
  "Des centaines de commerçants du marché Katako ont passé la soirée de mardi à tenter de sauver leurs marchandises, sacs de riz sur la tête et rouleaux de pagne dans les bras, pendant que le feu gagnait allée après allée.",
  "« Tout mon stock de la fête était là, je n'ai rien pu sortir », confie un vendeur de tissus, en larmes."),
 ("incendie-marche-katako", RADIO, "fr", 3, 262, 2300, [NE, E], "",
  "Incendie de Katako : la ministre du Commerce met en garde contre la spéculation",
  "Invitée mardi soir de Radio Fleuve FM, la ministre du Commerce, Ramatou Abdou Salissou, a averti les grossistes qu'aucune hausse des prix du riz, du sucre et de l'huile ne serait tolérée après l'incendie du marché Katako.",
  f"{QUOTE}, a-t-elle déclaré, annonçant des contrôles dès mercredi dans les autres marchés de la capitale et la mise en place d'un site provisoire pour les commerçants sinistrés."),
 ("incendie-marche-katako", APL, "en", 3, 335, 700, ["Africa", "Sahel"], "ap",
  "Fire guts major market in Niger's capital",
  "A fire tore through one of the largest markets in Niger's capital, Niamey, on Tuesday evening, destroying hundreds of stalls selling food, cloth and car parts, witnesses and officials said.",
  "Firefighters backed by army water trucks were still battling the blaze late into the night.",
  {"city": "Niamey"}),
 ("incendie-marche-katako", TRIB, "fr", 3, 505, 2200, [NE, FD], "actu",
  "Sinistre de Katako : un mort, neuf blessés et plus de six cents étals détruits",
  "Un commerçant est mort et neuf autres personnes ont été brûlées dans l'incendie qui a ravagé mardi soir le marché Katako de Niamey, selon un bilan provisoire communiqué dans la nuit par la direction de la protection civile.",
  "Les blessés ont été admis au service des grands brûlés de l'Hôpital général de référence de Niamey. Le feu, maîtrisé peu après 2 heures du matin, aurait pris dans un stockage de bonbonnes de gaz, selon les premiers éléments de l'enquête."),
 ("incendie-marche-katako", SAH, "fr", 3, 625, 1400, [NE], "soutien",
  "Après le feu de Katako, comment aider les commerçants sinistrés",
  "La mairie de Niamey a ouvert mercredi matin un guichet de recensement des commerçants touchés par l'incendie du marché Katako, première étape avant toute indemnisation, et plusieurs associations de quartier lancent des collectes de vivres et de vêtements.",
  "Les dons en nature peuvent être déposés au siège de la mairie du quatrième arrondissement ; les blessés hospitalisés à l'Hôpital général de référence ont besoin de donneurs de sang de tous groupes."),

 # 3. Attack on the army post of Wandé-Koira near Téra; 6 -> 9 soldiers killed.
 ("attaque-poste-wande-koira", ASP, "fr", 3, 215, 2800, [NE, SEC], "afp",
  "Six soldats tués dans l'attaque d'un poste militaire près de Téra",
  "Six soldats nigériens ont été tués et quatre blessés mardi lors de l'attaque d'un poste militaire à Wandé-Koira, dans le département de Téra, près de la frontière avec le Burkina Faso, a annoncé l'état-major des armées dans un communiqué lu à la télévision nationale.",
  "Selon le communiqué, une vingtaine d'assaillants arrivés à moto ont été « neutralisés » lors de la riposte, appuyée par l'aviation. Des opérations de ratissage se poursuivent dans la zone."),
 ("attaque-poste-wande-koira", WW, "en", 3, 282, 1000, ["Africa", "Sahel", "Security"], "reuters",
  "Six soldiers killed in attack on army post in western Niger",
  "Six Nigerien soldiers were killed when gunmen on motorbikes attacked an army post near the town of Tera in western Niger on Tuesday, the army said in a statement read on state television.",
  "The army said about 20 attackers were killed in the fighting and air support was called in.",
  {"city": "Niamey"}),
 ("attaque-poste-wande-koira", TRIB, "fr", 3, 455, 1900, [NE, SEC], "byline_fr",
  "Attaque de Wandé-Koira : l'armée fait état de neuf soldats tués",
  "Le bilan de l'attaque de mardi contre le poste de Wandé-Koira, dans la région de Tillabéri, s'est alourdi à neuf soldats tués, trois des blessés étant morts pendant leur évacuation, selon un nouveau communiqué de l'état-major diffusé dans la nuit.",
  "Les habitants des villages voisins, joints par téléphone, font état de tirs nourris pendant plus d'une heure en milieu d'après-midi.",
  {"site": "La Tribune du Fleuve", "author": "Issaka Garba Soumaïla"}),
 ("attaque-poste-wande-koira", STD, "en", 3, 600, 400, ["Africa", "Security"], "updated",
  "Niger says nine soldiers killed in attack near Burkina Faso border",
  "Nine Nigerien soldiers were killed in Tuesday's attack on an army post at Wande-Koira in the Tillaberi region, the army said in an updated statement overnight, up from six announced earlier.",
  "The region, which borders Burkina Faso and Mali, has been the scene of repeated attacks by armed groups."),

 # 4. Revised mining code before the Conseil consultatif de la refondation; vote Wednesday 10:00.
 ("code-minier-vote-ccr", ASP, "fr", 3, 62, 1700, [NE, P, E], "ats",
  "Le Conseil consultatif examine le nouveau code minier",
  "Le Conseil consultatif de la refondation a entamé mardi l'examen du projet de code minier révisé, qui porte à 40 % la participation de l'État dans les nouveaux projets d'uranium, d'or et de pétrole et relève les redevances versées par les sociétés d'exploitation.",
  "Le texte, adopté en conseil des ministres en décembre, doit être voté mercredi en séance plénière."),
 ("code-minier-vote-ccr", WW, "en", 3, 140, 1100, ["Africa", "Mining", "Business"], "reuters",
  "Niger lawmakers debate tougher mining code as uranium producers watch",
  "Niger's transitional legislative body began debating on Tuesday a revised mining code that would raise the state's stake in new uranium, gold and oil projects to 40% and increase royalties, a move closely watched by foreign miners.",
  "A vote is scheduled for Wednesday. The code would also oblige companies to process part of their output locally.",
  {"city": "Niamey"}),
 ("code-minier-vote-ccr", SAH, "fr", 3, 300, 1500, [NE, E], "lire",
  "Uranium, or, redevances : ce que change le code minier soumis au vote",
  "Le nouveau code minier fait passer la redevance sur l'uranium de 5,5 % à 12 % de la valeur marchande, impose aux sociétés d'employer au moins 70 % de cadres nigériens d'ici cinq ans et crée un fonds destiné aux communes des zones d'extraction.",
  "Les permis d'exploitation non mis en valeur dans un délai de trois ans pourront être retirés sans indemnité, une disposition que contestent déjà plusieurs compagnies étrangères.",
  {"also": "Uranium : l'histoire d'une ressource disputée"}),
 ("code-minier-vote-ccr", RADIO, "fr", 3, 382, 1300, [NE], "",
  "Code minier : à Arlit, des habitants attendent surtout des retombées locales",
  "À Arlit, ville née de l'uranium dans le nord du pays, les habitants interrogés par notre correspondant disent attendre du nouveau code minier des routes, des forages et des emplois plutôt que des chiffres sur les redevances.",
  "« Depuis cinquante ans on extrait, et l'eau du robinet reste un problème », résume un ancien mineur reconverti dans le commerce."),
 ("code-minier-vote-ccr", "upi-like.com", "en", 3, 450, 300, ["Africa", "Energy"], "upi",
  "Niger mining code would lift state uranium stake to 40%",
  "Niger's transitional council is set to vote on Wednesday on a new mining law that would give the state a 40% stake in future uranium and gold mines and more than double the royalty on uranium.",
  "Niger is one of the world's main sources of uranium ore.", N20),
 ("code-minier-vote-ccr", TRIB, "fr", 3, 642, 1000, [NE, P], "byline_fr",
  "Code minier révisé : vote attendu mercredi à 10 heures, quelques amendements en discussion",
  "Les membres du Conseil consultatif de la refondation voteront mercredi à 10 heures sur le code minier révisé, après une journée de débats marquée par des amendements sur l'orpaillage artisanal et la protection des nappes d'eau.",
  "La commission des affaires économiques a retenu un amendement qui réserve les couloirs d'orpaillage aux coopératives nigériennes.",
  {"site": "La Tribune du Fleuve", "author": "Aïchatou Moumouni"}),

 # 5. Contract teachers' 72-hour strike from Wednesday over unpaid arrears.
 ("greve-enseignants-contractuels", ASP, "fr", 2, 92, 1400, [NE, "Éducation"], "ats",
  "Les enseignants contractuels en grève de 72 heures à partir de mercredi",
  "Le Syndicat unitaire des enseignants contractuels du Niger a appelé ses membres à une grève de 72 heures à compter de mercredi pour réclamer le paiement de trois mois d'arriérés de pécules, a annoncé mardi son secrétaire général, Hamidou Oumarou Kané.",
  "Le ministère de l'Éducation nationale assure que les paiements ont commencé dans cinq régions et appelle les enseignants à rester en classe."),
 ("greve-enseignants-contractuels", TRIB, "fr", 2, 352, 900, [NE], "publie",
  "Écoles : le mot d'ordre de débrayage largement suivi selon le syndicat",
  "Le syndicat des enseignants contractuels affirme que son mot d'ordre d'arrêt de travail sera suivi dans « plus de huit écoles sur dix » des régions de Niamey, Tillabéri et Dosso, où les arriérés sont les plus importants.",
  "Les contractuels représentent la grande majorité des enseignants du primaire dans le pays."),
 ("greve-enseignants-contractuels", RADIO, "fr", 2, 522, 800, [NE], "",
  "Grève des enseignants : que faire des enfants ces trois jours ?",
  "Pour les parents d'élèves du primaire, la grève des enseignants contractuels signifie trois jours sans classe dans la plupart des écoles publiques, et les associations de parents recommandent de se renseigner dès mercredi matin auprès du directeur d'école.",
  "Les écoles privées et les classes tenues par des fonctionnaires titulaires ne sont pas concernées ; certaines mairies ouvrent leurs centres de lecture aux enfants."),
 ("greve-enseignants-contractuels", ACTU, "fr", 2, 682, 700, [NE], "",
  "Premier jour de grève : des cours de récréation vides à Niamey",
  "Dans plusieurs écoles publiques des quartiers Talladjé et Boukoki, les élèves arrivés tôt mercredi ont trouvé les salles de classe fermées, leurs maîtres observant le premier jour de la grève de 72 heures.",
  "Au ministère, on évoque un taux de participation « très variable » selon les établissements."),

 # 6. Tanker drivers' strike at the SORAZ refinery near Zinder; fuel queues; minister on radio.
 ("greve-citerniers-soraz", ECHO, "fr", 3, 40, 900, [NE, E], "",
  "Raffinerie de Zinder : les camions-citernes à l'arrêt depuis lundi",
  "Les conducteurs de camions-citernes qui chargent le carburant à la raffinerie de la SORAZ, près de Zinder, observent depuis lundi un arrêt de travail pour protester contre les amendes et les prélèvements qu'ils subissent aux postes de contrôle sur la route de Niamey.",
  "Plusieurs centaines de camions sont garés le long de la route d'Olléléwa, selon l'Union des transporteurs d'hydrocarbures."),
 ("greve-citerniers-soraz", ASP, "fr", 3, 200, 1900, [NE, E], "afp",
  "Grève des citerniers : files d'attente devant les stations-service de Niamey",
  "De longues files d'attente se sont formées mardi devant les stations-service de Niamey, au deuxième jour de la grève des transporteurs de carburant qui bloque les chargements à la raffinerie de Zinder, principale source d'essence et de gasoil du pays.",
  "La société publique de distribution assure disposer de stocks pour une dizaine de jours mais plusieurs stations étaient à sec en fin d'après-midi.",
  {"city": "Niamey"}),
 ("greve-citerniers-soraz", ACTU, "fr", 3, 540, 1500, [NE], "soutien",
  "Pénurie d'essence : où trouver du carburant ce mercredi",
  "Les stations du centre-ville et celles de la route de Tillabéri étaient les mieux approvisionnées en fin de nuit, selon les relevés de nos lecteurs, tandis que la plupart des stations de la rive droite affichaient « pas d'essence ».",
  "Évitez le carburant vendu en bouteille au bord des routes, souvent coupé et vendu jusqu'à trois fois le prix officiel, et privilégiez le covoiturage pour les trajets vers le travail."),
 ("greve-citerniers-soraz", RADIO, "fr", 3, 268, 1700, [NE, E], "",
  "Carburant : la ministre du Commerce promet des sanctions contre le marché noir",
  "Sur Radio Fleuve FM mardi soir, la ministre du Commerce, Ramatou Abdou Salissou, a affirmé que des équipes de contrôle seraient déployées dans les stations-service et auprès des revendeurs informels pour empêcher toute hausse du prix de l'essence pendant la grève des transporteurs.",
  f"{QUOTE}, a-t-elle insisté, ajoutant qu'une rencontre avec les syndicats de citerniers était prévue mercredi au ministère des Transports."),

 # 7. Hepatitis E outbreak in the displaced people's camps around Diffa; 214 -> 268 cases.
 ("hepatite-e-diffa", ASP, "fr", 2, 112, 1200, [NE, SA], "afp",
  "Épidémie d'hépatite E dans les camps de déplacés de Diffa",
  "Au moins 214 cas d'hépatite E, dont trois mortels, ont été recensés depuis décembre dans les sites de déplacés autour de Diffa, dans le sud-est du Niger, a annoncé mardi la direction régionale de la santé publique.",
  "Deux des trois victimes sont des femmes enceintes, particulièrement exposées à cette maladie transmise par l'eau souillée.",
  {"city": "Diffa"}),
 ("hepatite-e-diffa", APL, "en", 2, 232, 350, ["Africa", "Health"], "place",
  "Hepatitis E outbreak hits displacement camps in Niger",
  "An outbreak of hepatitis E has sickened more than 200 people in camps for displaced families around the southeastern town of Diffa, health officials said Tuesday, warning that pregnant women are most at risk.",
  "Aid groups said water trucking and latrines had fallen short as more families arrived from the Lake Chad area.",
  {"city": "Diffa"}),
 ("hepatite-e-diffa", SAH, "fr", 2, 402, 800, [NE, SA], "",
  "L'hépatite E, une maladie de l'eau qui menace d'abord les femmes enceintes",
  "L'hépatite E est une infection du foie causée par un virus qui se transmet surtout par l'eau de boisson contaminée par des matières fécales, et qui, bénigne dans la plupart des cas, peut être mortelle pour une femme enceinte sur cinq au dernier trimestre.",
  "Il n'existe pas de traitement spécifique ; la prévention repose sur l'eau potable, les latrines et le lavage des mains."),
 ("hepatite-e-diffa", RADIO, "fr", 2, 472, 600, [NE, SA], "",
  "Hépatite E : les gestes pour se protéger",
  "Faire bouillir ou chlorer l'eau de boisson, se laver les mains au savon après être allé aux toilettes et avant de cuisiner, et consulter sans attendre en cas de fièvre, de nausées ou de jaunisse : ce sont les gestes recommandés par les agents de santé à Diffa.",
  "Des pastilles de chlore sont distribuées gratuitement dans les centres de santé intégrés de la région."),
 ("hepatite-e-diffa", TRIB, "fr", 2, 612, 700, [NE, SA], "",
  "Diffa : 268 cas d'hépatite E, l'ONG Médecins du Désert ouvre un centre de traitement",
  "Le nombre de cas d'hépatite E recensés autour de Diffa est passé à 268, dont quatre décès, selon le dernier point épidémiologique transmis dans la nuit, et l'ONG Médecins du Désert a ouvert un centre de traitement de quarante lits au site de Kindjandi.",
  "Les autorités sanitaires ont demandé des citernes supplémentaires pour l'approvisionnement en eau des sites."),

 # 8. First open-heart surgery on children by a Nigerien team at the HGR de Niamey.
 ("chirurgie-cardiaque-hgr", SAH, "fr", 1, 322, 1100, [NE, SA], "caption",
  "Premières opérations à cœur ouvert sur des enfants à l'Hôpital général de référence",
  "Une équipe de chirurgiens nigériens a réalisé cette semaine à l'Hôpital général de référence de Niamey les trois premières opérations à cœur ouvert sur des enfants jamais pratiquées dans le pays, a annoncé mardi la direction de l'établissement.",
  "Jusqu'ici, les familles devaient envoyer leurs enfants au Maroc, en Tunisie ou en Inde, à des coûts souvent hors de portée.",
  {"caption": "Le professeur Habibou Maïga Yacouba et son équipe au bloc opératoire de l'Hôpital général de référence de Niamey, le lundi 18 janvier 2027."}),
 ("chirurgie-cardiaque-hgr", ASP, "fr", 1, 352, 700, [NE, SA], "ats",
  "Chirurgie cardiaque pédiatrique : une première au Niger",
  "Trois enfants atteints de malformations cardiaques ont été opérés à cœur ouvert par une équipe entièrement nigériane à l'Hôpital général de référence de Niamey, qui a accueilli dans la nuit de mardi les blessés de l'incendie du marché Katako.",
  "Les petits patients, âgés de 4 à 11 ans, se portent bien selon le chef du service, le professeur Habibou Maïga Yacouba."),
 ("chirurgie-cardiaque-hgr", "sahel-health-journal.com", "en", 1, 502, 200, ["Africa", "Health"], "byline_en",
  "Niger performs first paediatric open-heart surgery",
  "Surgeons in Niger have carried out the country's first open-heart operations on children, at the General Reference Hospital in Niamey, sparing families costly trips abroad.",
  "The hospital plans to operate on about 60 children a year.",
  {"site": "Sahel Health Journal", "author": "Grace Okonkwo"}),

 # 9. Rotating power cuts in Niamey as imports from Nigeria fall.
 ("delestages-niamey", ACTU, "fr", 2, 95, 1600, [NE, E], "",
  "Électricité : retour des délestages à Niamey dès mardi soir",
  "La société nationale d'électricité a annoncé mardi des délestages tournants de six heures par jour à Niamey et dans plusieurs villes de l'ouest du pays, en raison d'une baisse de 40 % de l'électricité importée du Nigeria.",
  "La réduction est due, selon le communiqué, à des travaux de maintenance sur une ligne haute tension côté nigérian, qui devraient durer « au moins deux semaines »."),
 ("delestages-niamey", ASP, "fr", 2, 182, 1200, [NE, E], "colon",
  "Des coupures d'électricité tournantes annoncées pour deux semaines",
  "Niamey et plusieurs localités des régions de Dosso et de Tillabéri seront privées de courant six heures par jour pendant au moins deux semaines, a indiqué mardi la société nationale d'électricité, invoquant une chute des importations en provenance du Nigeria.",
  "Les hôpitaux, les stations de pompage d'eau et l'aéroport seront épargnés, selon l'entreprise."),
 ("delestages-niamey", TRIB, "fr", 2, 362, 1300, [NE], "",
  "Délestages : le programme quartier par quartier",
  "Les quartiers du Plateau, de Yantala et de Koira Kano seront privés de courant de 8 heures à 14 heures, ceux de Lazaret, Talladjé et Gamkallé de 14 heures à 20 heures, et la rive droite de 20 heures à 2 heures du matin, selon le programme publié par la société d'électricité.",
  "Le programme tournera chaque semaine ; conservez vos aliments au frais en ouvrant le réfrigérateur le moins possible pendant les coupures."),
 ("delestages-niamey", RADIO, "fr", 2, 432, 900, [NE, E], "",
  "Coupures de courant : soudeurs et vendeurs de glace craignent pour leur activité",
  "Soudeurs, couturiers et vendeurs de sachets d'eau glacée du marché de Harobanda redoutent deux semaines de pertes avec les délestages annoncés, beaucoup n'ayant pas les moyens d'acheter un groupe électrogène.",
  "« Six heures sans courant, c'est la moitié de ma journée de travail », explique un soudeur installé au bord du goudron."),
 ("delestages-niamey", STD, "en", 2, 522, 300, ["Africa", "Energy"], "donate",
  "Niger's capital faces two weeks of power cuts as Nigerian supply drops",
  "Residents of Niamey face rolling power outages of six hours a day for at least two weeks after electricity imports from neighbouring Nigeria fell by 40%, the national utility said.",
  "Niger buys most of its electricity from Nigeria."),

 # 10. Trial of the ex-head of the fertiliser fund (FNAIA): ten years requested.
 ("proces-fonds-intrants", ASP, "fr", 1, 192, 900, [NE, J], "ats",
  "Détournement au fonds des intrants agricoles : dix ans de prison requis contre l'ex-directeur",
  "Le parquet a requis mardi dix ans de prison ferme contre l'ancien directeur général du Fonds national d'appui aux intrants agricoles, Oumarou Sani Dan Baba, jugé devant le tribunal de grande instance hors classe de Niamey pour le détournement de 3,2 milliards de francs CFA destinés à subventionner les engrais.",
  "Six autres prévenus, dont deux fournisseurs, sont poursuivis pour complicité. Le jugement a été mis en délibéré au 17 février."),
 ("proces-fonds-intrants", SAH, "fr", 1, 412, 700, [NE, J], "publie",
  "Procès des engrais : l'ancien directeur plaide la « mauvaise gestion » et non le vol",
  "À la barre, l'ancien directeur du fonds des intrants a reconnu des « insuffisances de gestion » mais nié tout enrichissement personnel, affirmant que les engrais manquants avaient été livrés à des coopératives sans bons de réception.",
  "Les enquêteurs ont pourtant retrouvé trois villas et une flotte de camions au nom de proches du prévenu."),
 ("proces-fonds-intrants", RADIO, "fr", 1, 457, 500, [NE, J], "",
  "Engrais détournés : les agriculteurs de Tillabéri suivent le procès de près",
  "Des représentants des coopératives rizicoles de Tillabéri ont fait le déplacement au tribunal de Niamey pour assister au procès du fonds des intrants, dont ils disent avoir subi les conséquences avec des engrais introuvables lors de trois campagnes.",
  "« Nous avons payé le sac au prix du marché noir pendant que l'argent disparaissait », témoigne le président d'une union de producteurs."),
 ("proces-fonds-intrants", TRIB, "fr", 1, 150, 500, [NE, J], "",
  "Fonds des intrants : ouverture d'un procès très attendu",
  "Le procès de sept personnes poursuivies pour le détournement de subventions aux engrais au Fonds national d'appui aux intrants agricoles s'est ouvert mardi matin devant le tribunal de grande instance hors classe de Niamey.",
  "Le dossier, instruit pendant deux ans par le pôle économique et financier, porte sur les campagnes agricoles de 2022 à 2024."),

 # 11. Verdict against the tramadol smugglers seized at Gaya, same Niamey court, same Tuesday.
 ("proces-tramadol-gaya", ASP, "fr", 1, 207, 800, [NE, J], "ats",
  "Quatre millions de comprimés de tramadol : jusqu'à douze ans de prison pour les trafiquants",
  "Le tribunal de grande instance hors classe de Niamey a condamné mardi à des peines allant de cinq à douze ans de prison sept hommes jugés pour avoir tenté d'introduire au Niger quatre millions de comprimés de tramadol saisis en 2025 au poste frontalier de Gaya.",
  "Les comprimés, dissimulés dans un camion de bouillons cubes venu du Bénin, étaient destinés selon l'accusation à des réseaux de revente dans le nord du pays."),
 ("proces-tramadol-gaya", TRIB, "fr", 1, 302, 600, [NE, J], "teaser",
  "Trafic de tramadol : le chauffeur du camion condamné à douze ans",
  "Le chauffeur du camion intercepté à Gaya avec sa cargaison de tramadol, présenté par l'accusation comme un maillon central du réseau, a écopé mardi de la peine la plus lourde, douze ans de prison ferme et une amende de 200 millions de francs CFA.",
  "Deux commerçants de Maradi ont été condamnés à dix ans ; un prévenu a été relaxé faute de preuves."),
 ("proces-tramadol-gaya", "menafn-kuna.com", "en", 1, 472, 150, ["Africa"], "kuna",
  "Niger court jails tramadol smugglers",
  "A court in Niger on Tuesday sentenced seven men to between five and 12 years in prison for trying to smuggle four million tramadol tablets into the country, judicial sources said.",
  "The tablets were seized in 2025 at the Gaya border post.", N20),

 # 12. Shared byline line: the collapse of the Galmi onion price (Tahoua region).
 ("oignon-galmi-prix", SAH, "fr", 1, 252, 900, [NE, E], "",
  "Oignon violet de Galmi : le prix du sac divisé par deux",
  "Le sac de 100 kilos d'oignon violet de Galmi se négocie désormais autour de 11 000 francs CFA sur les marchés de la région de Tahoua, contre 25 000 francs il y a deux mois, en raison d'une récolte abondante et d'exportations au ralenti.",
  "Les producteurs, qui ont emprunté pour les semences et le gasoil des motopompes, disent vendre à perte."),
 ("oignon-galmi-prix", RADIO, "fr", 1, 562, 600, [NE, E], "",
  "Galmi : les producteurs d'oignons réclament des magasins de conservation",
  "Réunis mardi à Galmi, les producteurs d'oignons ont demandé à l'État de construire des magasins de conservation ventilés pour pouvoir stocker leur récolte et la vendre quand les prix remontent, au lieu de brader leurs sacs au bord des champs.",
  "Sans stockage, un tiers de la récolte pourrit chaque année, selon leur fédération."),
 ("oignon-galmi-prix", ASP, "fr", 1, 700, 500, [NE, E], "reuters_line",
  "Oignon : chute des cours dans la région de Tahoua",
  "Les cours de l'oignon ont chuté de plus de moitié en deux mois dans la région de Tahoua, premier bassin de production du pays, où les commerçants venus des pays côtiers achètent moins que les années précédentes.",
  "Le ministère de l'Agriculture étudie une aide au stockage."),

 # 13. Shared byline line: the second kiln of the Malbaza cement plant (same area, unrelated).
 ("cimenterie-malbaza", TRIB, "fr", 1, 152, 500, [NE, E], "",
  "Malbaza : la cimenterie lance la construction d'un second four",
  "La Société des ciments de l'Ader a posé mardi à Malbaza la première pierre d'un second four qui doit porter sa production annuelle à 1,5 million de tonnes de ciment d'ici 2029, pour un investissement de 45 milliards de francs CFA.",
  "L'entreprise promet quatre cents emplois directs pendant le chantier."),
 ("cimenterie-malbaza", ASP, "fr", 1, 703, 400, [NE, E], "reuters_line",
  "Ciment : la production de Malbaza doit doubler d'ici 2029",
  "La cimenterie de Malbaza, dans la région de Tahoua, va doubler sa capacité de production avec un second four financé par un consortium de banques régionales, a annoncé mardi sa direction.",
  "Le pays importe encore une part importante de son ciment du Nigeria et du Bénin."),

 # 14. Restoration of the Sultan's palace in Zinder (same town as the refinery strike).
 ("palais-sultan-zinder", ECHO, "fr", 1, 100, 600, [NE, "Culture"], "",
  "Zinder : lancement des travaux de restauration du palais du sultan",
  "Les travaux de restauration du palais du sultan du Damagaram, à Zinder, ont été lancés mardi en présence du sultan et du gouverneur de la région, avec des maçons traditionnels chargés de refaire en banco les murs et les décors endommagés par les pluies.",
  "Le chantier, sans lien avec la raffinerie voisine, est financé par un fonds culturel régional et doit durer dix-huit mois."),
 ("palais-sultan-zinder", ASP, "fr", 1, 598, 400, [NE, "Culture"], "afp",
  "Les maçons du banco au chevet du palais du sultan de Zinder",
  "Une quarantaine de maçons formés aux techniques anciennes de la terre crue ont commencé à restaurer le palais du sultan de Zinder, joyau de l'architecture haoussa du XIXe siècle menacé par l'érosion.",
  "Le palais abrite aussi un petit musée, qui restera ouvert pendant les travaux.",
  {"city": "Zinder", "date_fr": "20 janv"}),
 ("palais-sultan-zinder", SAH, "fr", 1, 662, 500, [NE, "Culture"], "",
  "Palais du sultan du Damagaram : un patrimoine en terre à sauver",
  "Bâti en banco et décoré de motifs en relief, le palais du sultan du Damagaram est l'un des rares ensembles royaux haoussa encore habités, et sa restauration doit servir de chantier-école pour les jeunes maçons de la région.",
  ""),

 # 15-18. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-sahelien-numerique", SAH, "fr", 0, 447, 40, ["Promo"], "",
  "Le Sahélien numérique : un mois offert",
  "Abonnez-vous au Sahélien numérique et recevez chaque matin l'édition complète sur votre téléphone, avec le premier mois offert.",
  "Offre valable jusqu'au 31 janvier."),
 ("foot-super-ligue-niger", SAH, "fr", 0, 172, 900, ["Sport"], "",
  "Super Ligue : l'AS Garde-Fleuve s'impose face à l'Étoile de Maradi",
  "L'AS Garde-Fleuve a battu l'Étoile de Maradi 2-1 mardi au stade Général-Seyni-Kountché, grâce à un but de Souleymane Idé dans les arrêts de jeu.",
  "Le club de la capitale prend la tête du championnat."),
 ("foot-super-ligue-niger", ASP, "fr", 0, 212, 300, ["Sport"], "",
  "Football : Garde-Fleuve leader de la Super Ligue",
  "Vainqueur de l'Étoile de Maradi (2-1) mardi à Niamey, l'AS Garde-Fleuve prend seule la tête de la Super Ligue à l'issue de la quatorzième journée.",
  ""),
 ("meteo-niamey-mercredi-20", RADIO, "fr", 0, 482, 500, ["Météo"], "",
  "Météo du mercredi 20 janvier : harmattan et brume sèche",
  "L'harmattan soufflera encore mercredi sur l'ensemble du pays, avec une brume de poussière réduisant la visibilité à moins de 3 kilomètres à Niamey, Tahoua et Agadez, et des températures minimales de 14 °C dans la capitale.",
  "Les personnes asthmatiques sont invitées à limiter les efforts en plein air."),
 ("horoscope-mercredi-20-janvier", "astro-jour.fr", "fr", 0, 432, 600, ["Horoscope"], "",
  "Horoscope du mercredi 20 janvier",
  "Capricorne : un projet longtemps repoussé trouve enfin le soutien qu'il attendait.",
  "Verseau : gardez vos réserves d'énergie pour la fin de semaine."),
]
