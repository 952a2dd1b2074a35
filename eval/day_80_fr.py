# Day 80 (hold-out): an Algerian French channel (Oranie), morning edition of Wednesday 16 June 2027
# (window 17:00 Tuesday - 05:00 Wednesday Oran, Africa/Algiers = UTC+1, no summer time).
# Gold answer written before any run: each post's story, its lede (the true first sentence) and
# the TOP5 below. Every story, person and outlet is invented.
#
# Traps:
# - one radio interview, two stories, same quote: the wali of Oran, Abdelkrim Benhaddou, on Radio
#   Bahia FM's "L'Invité du soir" on Tuesday evening, quoted about the paramedics' strike at the CHU
#   El-Menzah (post 12) and about the water cuts and road blockade in Es-Sénia (post 16), both
#   carrying the same sentence (QUOTE); the same wali also visits the tram crash (post 8) and the
#   market fire (post 32), and is named after the coach crash (post 4);
# - a shared wire byline line ("Agence Maghreb Presse | Mis à jour : 16-06-2027 04:41"): the summer
#   ferry season at the port of Oran (post 42) and the Illizi gas discovery (post 46), unrelated,
#   three minutes apart;
# - the same hospital: the CHU El-Menzah d'Oran takes the coach crash's injured (posts 1, 4), the
#   tram crash's injured (posts 8, 9) and is where the paramedics strike from Wednesday (posts
#   11-14; post 14 says its emergency ward took in the bus crash's injured);
# - the same town / court / port / commune: Oran holds the tram crash, the strike, the market fire,
#   the two trials, the ferries, the bac's local figures; the two trials sit at the same pôle pénal
#   économique et financier d'Oran on the same Tuesday (customs officers: verdict, posts 19-21;
#   property developer: requisitions and a verdict date of 30 June, posts 22-24); the port of Oran
#   is in the customs verdict and in the ferry season; Es-Sénia holds the water protest (posts
#   15-18), the tram's partial service to Es-Sénia (post 10) and exam centres supplied by water
#   tankers in the bac story (post 49); Aïn El Turk the migrants' boat;
# - look-alike stories: two road accidents the same evening with injured in the same CHU (coach on
#   the East-West motorway near Oued Tlelat, posts 1-6; tram against a minibus in Oran, posts 7-10);
#   two fires (forest fires in the Tlemcen mountains, posts 25-30; Medina Jdida covered market in
#   Oran, posts 31-34); two trials at the same court; a strike (paramedics) and a demonstration
#   (Es-Sénia residents); rising tolls (coach 9 -> 11 -> 13 dead, forest fires 2 -> 3 dead,
#   migrants 3 -> 5 bodies, earthquake injured 14 -> 19); a vote scheduled Wednesday 10:00 (LFC
#   2027, whose posts 36-37 mention desalination / water spending, not the Es-Sénia cuts); the
#   sirocco in the fires and in the weather bulletin (post 64), kept apart;
# - reaction pieces, explainers and "how to" posts that stay in their story: travelling on the
#   motorway (post 6), tram users (post 10), patients during the strike (post 13), families without
#   water (post 18), the buyers' remedies (post 24), how to help fire victims (post 28), the
#   traders' losses (post 34), what the LFC changes (post 37), boarding the ferries (post 41), what
#   the gas find means (post 45), bac candidates (post 48), aftershock advice (post 55), the Aïn El
#   Turk reaction (post 60);
# - synonyms across outlets: "autocar", "car", "bus", "coach", "poids lourd", "semi-remorque",
#   "truck"; "incendie", "feux", "sinistre", "wildfire"; "grève", "débrayage", "arrêt de travail",
#   "walk out"; "coupures d'eau", "pénurie d'eau", "robinets à sec"; "séisme", "secousse",
#   "tremblement de terre", "quake"; "harraga", "migrants", "embarcation", "naufrage", "boat";
#   "LFC", "loi de finances complémentaire", "mid-year budget", "supplementary finance law";
# - posts in English (agencies' English service and an English-language regional paper): posts 3,
#   9, 14, 21, 27, 30, 36, 38, 43, 45, 53, 58;
# - every furnish() kind at least once;
# - a promo posted alone (post 61); filler of importance 0: football result (posts 62-63), weather
#   bulletin with sirocco (post 64), horoscope (post 65).
NAME = "2027-06-16-fr-matin-oran-h80"
CHANNEL = {"lang": "fr", "tz": "Africa/Algiers"}
WINDOW = ("2027-06-15T16:00:00Z", "2027-06-16T04:00:00Z")
CTX = {"stamp": "16-06-2027 04:41", "line": "Agence Maghreb Presse | Mis à jour : 16-06-2027 04:41",
       "city": "Oran", "date_fr": "15 juin", "date_en": "June 15",
       "author": "Nadia Belkheir", "clarify": "the number of people killed in the fires",
       "caption": "", "also": "notre dossier", "country": "Algeria"}
# The editor's top 5: the coach crash near Oued Tlelat, the Tlemcen forest fires, the missing
# migrants off Aïn El Turk, the Mascara earthquake, the supplementary finance law vote.
TOP5 = ["collision-autocar-oued-tlelat", "feux-foret-monts-tlemcen", "harraga-disparus-ain-el-turk",
        "seisme-mascara-hacine", "lfc-2027-vote-apn"]
DZ = "Algérie"
OR = "Oran"
E = "Économie"
SA = "Santé"
J = "Justice"
FD = "Faits divers"
P = "Politique"
SOC = "Société"
AMP = "agence-maghreb-presse.dz"
COUR = "courrier-de-l-ouest.dz"
VIG = "la-vigie-oranaise.dz"
RADIO = "radio-bahia-fm.dz"
ACTU = "oran-actu.net"
TLM = "echo-de-tlemcen.dz"
WW = "wire-west.com"
APL = "ap-like.com"
NAS = "north-africa-standard.com"
J16 = {"date_fr": "16 juin", "date_en": "June 16"}
QUOTE = ("« Cet été, aucun Oranais ne restera sans soins ni sans eau, je m'y engage "
         "personnellement »")
POSTS = [
 # 1. Coach hits a semi-trailer on the East-West motorway near Oued Tlelat at 18:20; 9 -> 11 -> 13 dead.
 ("collision-autocar-oued-tlelat", AMP, "fr", 3, 110, 3600, [DZ, FD], "afp",
  "Au moins neuf morts dans la collision d'un autocar et d'un semi-remorque près d'Oued Tlelat",
  "Au moins neuf personnes ont été tuées et trente et une blessées mardi soir dans la collision entre un autocar de voyageurs et un semi-remorque sur l'autoroute Est-Ouest, près d'Oued Tlelat, à une vingtaine de kilomètres au sud-est d'Oran, a indiqué la Protection civile.",
  "L'accident s'est produit vers 18 h 20 dans le sens Oran-Relizane. Les blessés ont été évacués vers le CHU El-Menzah d'Oran et vers l'hôpital d'Oued Tlelat, selon la même source.",
  {"city": "Oran"}),
 ("collision-autocar-oued-tlelat", RADIO, "fr", 3, 175, 2200, [DZ, OR], "",
  "Drame d'Oued Tlelat : « le car roulait trop vite », racontent des rescapés",
  "Plusieurs passagers rescapés, joints par Radio Bahia FM, affirment que le car roulait à vive allure sous la pluie d'orage et qu'il a percuté l'arrière du poids lourd, arrêté sur la bande d'arrêt d'urgence après une crevaison.",
  "« Je dormais, je me suis réveillée par terre au milieu des vitres », raconte une étudiante qui rentrait chez ses parents à Relizane. La gendarmerie nationale a ouvert une enquête."),
 ("collision-autocar-oued-tlelat", WW, "en", 3, 232, 900, ["Africa", "Algeria"], "reuters",
  "Bus crash kills at least 11 in western Algeria",
  "At least 11 people were killed when a passenger bus slammed into a parked truck on Algeria's East-West motorway near the city of Oran on Tuesday evening, civil protection officials said.",
  "Road accidents kill several thousand people a year in Algeria, one of the highest tolls in the region.",
  {"city": "Algiers"}),
 ("collision-autocar-oued-tlelat", COUR, "fr", 3, 402, 2700, [DZ, FD], "caption",
  "Autoroute Est-Ouest : le bilan de l'accident d'Oued Tlelat s'alourdit à treize morts",
  "Le bilan de la collision survenue mardi soir entre un bus et un poids lourd sur l'autoroute Est-Ouest est passé à treize morts, deux blessés ayant succombé dans la nuit au CHU El-Menzah d'Oran, a annoncé la direction de la santé de la wilaya.",
  "Neuf blessés se trouvent toujours dans un état grave. Le wali d'Oran s'est rendu à l'hôpital peu après minuit.",
  {"site": "Le Courrier de l'Ouest", "caption": "La carcasse de l'autocar sur l'autoroute Est-Ouest, à hauteur d'Oued Tlelat, dans la nuit du mardi 15 au mercredi 16 juin 2027."}),
 ("collision-autocar-oued-tlelat", AMP, "fr", 3, 522, 3000, [DZ, FD], "actu",
  "Accident d'Oued Tlelat : treize morts, le ministre des Transports suspend la compagnie",
  "Le ministre des Transports, arrivé dans la nuit à Oran, a ordonné la suspension à titre conservatoire de la compagnie propriétaire de l'autocar impliqué dans l'accident qui a fait treize morts mardi sur l'autoroute Est-Ouest, en attendant les conclusions de l'enquête.",
  "Il a annoncé des contrôles inopinés de la vitesse et des temps de repos des chauffeurs de cars interwilayas pendant toute la saison estivale."),
 ("collision-autocar-oued-tlelat", ACTU, "fr", 3, 602, 1300, [DZ, OR], "",
  "Autoroute Est-Ouest : pourquoi le tronçon d'Oued Tlelat fait peur, et comment voyager plus sûrement cet été",
  "Bretelles mal éclairées, camions garés sur la bande d'arrêt d'urgence et trafic doublé à l'approche des vacances : le tronçon de l'autoroute entre Oran et Oued Tlelat cumule les facteurs de risque, selon les spécialistes de la sécurité routière.",
  "Avant un long trajet en car, vérifiez que la compagnie est agréée, attachez votre ceinture quand elle existe et signalez toute conduite dangereuse au numéro vert de la gendarmerie, joignable jour et nuit."),

 # 2. Tram hits a minibus at the Castors crossroads in Oran at 19:40; 1 dead, 14 injured.
 ("collision-tramway-oran", VIG, "fr", 2, 192, 1900, [DZ, OR, FD], "colon",
  "Oran : un tramway percute un minibus au carrefour des Castors",
  "Un tramway a percuté mardi vers 19 h 40 un minibus de transport urbain qui traversait les voies au carrefour des Castors, faisant un mort et quatorze blessés, selon un premier bilan de la Protection civile.",
  "Le conducteur du minibus, coincé dans son véhicule, a dû être désincarcéré. La circulation des rames a été interrompue entre la station Castors et le terminus de Sidi Maârouf."),
 ("collision-tramway-oran", AMP, "fr", 2, 262, 1500, [DZ, OR], "",
  "Collision entre un tram et un minibus à Oran : un mort, le wali sur les lieux",
  "Le wali d'Oran, Abdelkrim Benhaddou, s'est rendu mardi soir au carrefour des Castors où un tramway a heurté un minibus, causant la mort d'une passagère et blessant quatorze personnes, transportées au CHU El-Menzah.",
  "Une commission d'enquête technique a été installée pour déterminer si le feu de signalisation du carrefour fonctionnait au moment du choc."),
 ("collision-tramway-oran", NAS, "en", 2, 342, 350, ["Africa", "Algeria"], "donate",
  "One dead as tram slams into minibus in Oran",
  "A woman was killed and 14 people were injured when a tram hit a minibus at a busy junction in the western Algerian city of Oran on Tuesday evening, civil protection officials said.",
  "The injured were taken to El-Menzah university hospital. It is the most serious accident on the city's tram network since it opened."),
 ("collision-tramway-oran", ACTU, "fr", 2, 472, 1100, [DZ, OR], "",
  "Tramway d'Oran : ce qu'il faut savoir pour vos trajets de mercredi",
  "L'entreprise d'exploitation du tramway d'Oran annonce une reprise partielle du service mercredi à 6 heures, avec des rames limitées au tronçon Es-Sénia - Castors, et des bus de substitution jusqu'à Sidi Maârouf.",
  "Les abonnés pourront utiliser leur carte dans les bus de substitution. Le carrefour des Castors restera fermé aux voitures une partie de la matinée pour l'enquête."),

 # 3. Paramedics' three-day strike at the CHU El-Menzah from Wednesday.
 ("greve-paramedicaux-chu-oran", AMP, "fr", 2, 62, 1300, [DZ, OR, SA], "ats",
  "Les paramédicaux du CHU d'Oran en grève de trois jours à partir de mercredi",
  "Le Syndicat autonome des paramédicaux de l'Ouest a appelé les infirmiers et techniciens de santé du CHU El-Menzah d'Oran à une grève de trois jours à compter de mercredi pour réclamer le paiement des primes de garde de l'hiver et des recrutements, a annoncé mardi son coordinateur, Farid Ould Ali.",
  "La direction du CHU affirme que les primes seront versées avant la fin du mois et appelle au maintien d'un service minimum."),
 ("greve-paramedicaux-chu-oran", RADIO, "fr", 2, 248, 1800, [DZ, OR, SA], "",
  "Grève au CHU El-Menzah : le wali promet un service minimum « sans faille »",
  "Invité mardi soir de L'Invité du soir sur Radio Bahia FM, le wali d'Oran, Abdelkrim Benhaddou, a assuré que les urgences, la maternité et la dialyse du CHU El-Menzah fonctionneraient normalement pendant les trois jours de débrayage des paramédicaux.",
  f"{QUOTE}, a-t-il déclaré, en invitant le syndicat à une réunion jeudi au siège de la wilaya."),
 ("greve-paramedicaux-chu-oran", COUR, "fr", 2, 422, 1100, [DZ, OR, SA], "publie",
  "Arrêt de travail au CHU d'Oran : ce que les patients doivent savoir",
  "Les consultations programmées au CHU El-Menzah seront en grande partie reportées de mercredi à vendredi, mais les patients sous chimiothérapie ou en dialyse seront pris en charge, indique la direction de l'hôpital.",
  "Les patients dont le rendez-vous est annulé seront rappelés par téléphone ; en cas d'urgence, il est conseillé de se présenter directement au pavillon des urgences."),
 ("greve-paramedicaux-chu-oran", NAS, "en", 2, 565, 300, ["Africa", "Algeria", "Health"], "",
  "Paramedics at Oran's main hospital begin three-day strike",
  "Nurses and health technicians at El-Menzah university hospital in Oran were due to walk out on Wednesday for three days over unpaid night-shift bonuses, a strike that comes hours after its emergency ward took in the injured of a deadly bus crash.",
  "Union leaders said emergency care would be kept running."),

 # 4. Es-Sénia residents block the airport road over nine days of water cuts.
 ("manif-coupures-eau-es-senia", ACTU, "fr", 2, 142, 1600, [DZ, OR], "teaser",
  "Es-Sénia : des habitants bloquent la route de l'aéroport pour réclamer de l'eau",
  "Plusieurs centaines d'habitants de la commune d'Es-Sénia ont bloqué mardi en fin d'après-midi la route menant à l'aéroport d'Oran avec des pneus et des pierres, pour protester contre des coupures d'eau qui durent depuis neuf jours.",
  "Les manifestants, parmi lesquels de nombreuses femmes portant des jerricans vides, ont levé le barrage vers 21 heures après l'arrivée du chef de daïra."),
 ("manif-coupures-eau-es-senia", RADIO, "fr", 2, 255, 1700, [DZ, OR], "",
  "Coupures d'eau à Es-Sénia : le wali annonce des camions-citernes dès mercredi",
  "Le wali d'Oran, Abdelkrim Benhaddou, a annoncé mardi soir sur Radio Bahia FM l'envoi de vingt camions-citernes dans les quartiers d'Es-Sénia privés d'eau depuis plus d'une semaine, après la manifestation qui a bloqué la route de l'aéroport.",
  f"{QUOTE}, a-t-il affirmé, en reconnaissant « un retard inacceptable » dans la réparation de la conduite."),
 ("manif-coupures-eau-es-senia", AMP, "fr", 2, 382, 900, [DZ, OR], "lire",
  "Pénurie d'eau à Es-Sénia : la Régie des eaux de l'Ouest promet un retour jeudi",
  "La Régie des eaux de l'Ouest a assuré mardi que l'alimentation en eau potable d'Es-Sénia serait rétablie jeudi, une fois achevée la réparation de la conduite de transfert endommagée par des travaux routiers au début du mois.",
  "Selon la régie, près de 60 000 habitants sont touchés par les coupures.",
  {"also": "Été 2027 : la carte des quartiers rationnés"}),
 ("manif-coupures-eau-es-senia", VIG, "fr", 2, 532, 1000, [DZ, OR, SOC], "",
  "Robinets à sec depuis neuf jours : comment les familles d'Es-Sénia s'organisent",
  "Bidons alignés devant les portes, bouteilles achetées à prix d'or et trajets quotidiens vers la mosquée du quartier qui dispose d'un puits : à Es-Sénia, les familles vivent au rythme des citernes depuis le début des coupures.",
  "Les points de distribution des camions-citernes seront affichés mercredi matin à la mairie ; la régie rappelle que l'eau des citernes doit être bouillie avant d'être bue par les nourrissons."),

 # 5. Customs officers sentenced over container over-invoicing at the port of Oran.
 ("verdict-douaniers-port-oran", AMP, "fr", 1, 122, 800, [DZ, J], "",
  "Surfacturation au port d'Oran : quatre douaniers condamnés à des peines de cinq à huit ans",
  "Le pôle pénal économique et financier d'Oran a condamné mardi quatre agents des douanes et deux importateurs à des peines de cinq à huit ans de prison ferme pour la surfacturation de centaines de conteneurs de pièces détachées dédouanés au port d'Oran entre 2023 et 2025.",
  "Le tribunal a également ordonné la confiscation des biens des importateurs et une amende solidaire de 900 millions de dinars."),
 ("verdict-douaniers-port-oran", COUR, "fr", 1, 302, 600, [DZ, J], "byline_fr",
  "Affaire des conteneurs du port : le tribunal suit presque entièrement le parquet",
  "Au terme de deux semaines d'audience, les juges du pôle pénal d'Oran ont prononcé mardi soir des peines proches des réquisitions contre les douaniers accusés d'avoir fermé les yeux sur des factures gonflées d'importateurs de pièces automobiles.",
  "La défense a annoncé qu'elle ferait appel. Un septième prévenu, transitaire, a été relaxé.",
  {"site": "Le Courrier de l'Ouest", "author": "Samir Bouabdellah"}),
 ("verdict-douaniers-port-oran", NAS, "en", 1, 452, 150, ["Africa", "Algeria"], "kuna",
  "Algerian court jails customs officers over port invoice fraud",
  "A court in Oran sentenced four customs officers and two importers to between five and eight years in prison on Tuesday for over-invoicing imports of car parts shipped through the city's port.",
  ""),

 # 6. Property developer on trial at the same court; 10 years requested; verdict on 30 June.
 ("proces-promoteur-logements-bir-el-djir", VIG, "fr", 1, 152, 900, [DZ, J, OR], "",
  "Logements jamais construits à Bir El Djir : le promoteur face à 300 souscripteurs",
  "Le procès d'un promoteur immobilier accusé d'avoir encaissé les avances de plus de trois cents acheteurs pour des appartements jamais construits à Bir El Djir s'est ouvert mardi devant le pôle pénal économique et financier d'Oran.",
  "Le chantier, lancé en 2021, n'a jamais dépassé les fondations. Une centaine de souscripteurs se sont constitués partie civile."),
 ("proces-promoteur-logements-bir-el-djir", AMP, "fr", 1, 332, 700, [DZ, J], "",
  "Promoteur de Bir El Djir : dix ans de prison requis, verdict le 30 juin",
  "Le procureur de la République a requis mardi dix ans de prison ferme et la saisie de ses biens contre le promoteur immobilier poursuivi pour escroquerie et abus de confiance dans l'affaire des logements promotionnels de Bir El Djir.",
  "Le jugement a été mis en délibéré au 30 juin."),
 ("proces-promoteur-logements-bir-el-djir", ACTU, "fr", 1, 482, 800, [DZ, OR], "",
  "Acheteurs floués par un promoteur : quels recours pour récupérer votre argent",
  "Un acheteur qui a versé une avance pour un logement sur plan peut se constituer partie civile pour obtenir le remboursement, mais aussi saisir le fonds de garantie de la promotion immobilière si le contrat a été signé devant notaire, rappellent les avocats des souscripteurs de Bir El Djir.",
  "Conservez tous les reçus de versement et l'acte notarié : sans eux, la procédure est beaucoup plus longue."),

 # 7. Forest fires in the Tlemcen mountains since Tuesday afternoon; 2 -> 3 dead, villages evacuated.
 ("feux-foret-monts-tlemcen", AMP, "fr", 3, 32, 3200, [DZ, FD], "afp",
  "Des incendies de forêt ravagent les monts de Tlemcen, deux morts",
  "Deux personnes ont péri et plusieurs villages ont été évacués mardi après le déclenchement de plusieurs incendies de forêt dans les monts de Tlemcen, attisés par un sirocco soufflant à plus de 60 km/h, a annoncé la Protection civile.",
  "Un agent des forêts et un agriculteur ont été pris au piège des flammes près de Beni Bahdel. Plus de 400 pompiers sont mobilisés.",
  {"city": "Tlemcen"}),
 ("feux-foret-monts-tlemcen", TLM, "fr", 3, 182, 2000, [DZ, "Tlemcen"], "",
  "Beni Bahdel : les habitants évacués passent la nuit dans les écoles",
  "Près de six cents habitants des hameaux de Beni Bahdel et de Beni Snous ont été hébergés mardi soir dans des écoles et une salle omnisports de Sebdou, après que les feux se sont approchés à quelques centaines de mètres des maisons.",
  "« On a pris les papiers et les bêtes, rien d'autre », raconte un éleveur, la voix couverte de fumée."),
 ("feux-foret-monts-tlemcen", APL, "en", 3, 282, 700, ["Africa", "Algeria", "Wildfires"], "ap",
  "Wildfires kill 2 in northwest Algeria as hot winds fan flames",
  "Wildfires fanned by scorching winds swept through forests in the mountains of northwest Algeria on Tuesday, killing two people and forcing the evacuation of several villages, officials said.",
  "Water-bombing aircraft were expected to join the fight at daybreak.",
  {"city": "Algiers"}),
 ("feux-foret-monts-tlemcen", TLM, "fr", 3, 422, 1200, [DZ, "Tlemcen"], "soutien",
  "Feux dans les monts de Tlemcen : comment aider les familles sinistrées",
  "Le Croissant-Rouge a ouvert mardi soir à Sebdou un point de collecte de couvertures, d'eau et de lait pour bébés destiné aux familles évacuées des villages menacés par les incendies.",
  "Les dons peuvent aussi être déposés au siège de l'APC de Tlemcen ; les éleveurs qui ont perdu du bétail sont invités à se faire recenser auprès de la subdivision agricole."),
 ("feux-foret-monts-tlemcen", AMP, "fr", 3, 562, 2500, [DZ, FD], "actu",
  "Incendies à Tlemcen : le bilan passe à trois morts, 1 200 hectares brûlés",
  "Un troisième corps a été retrouvé dans la nuit dans une maison isolée de la commune d'Azails, portant à trois le nombre de morts des feux de forêt qui touchent la wilaya de Tlemcen depuis mardi, a indiqué la Protection civile.",
  "Environ 1 200 hectares de pins d'Alep et de chênes verts ont brûlé. Deux foyers restaient actifs à 4 heures du matin."),
 ("feux-foret-monts-tlemcen", WW, "en", 3, 652, 500, ["Africa", "Algeria"], "updated",
  "Algeria wildfire death toll rises to three",
  "The death toll from forest fires in Algeria's Tlemcen province rose to three overnight after rescuers found a body in a remote house, civil protection officials said on Wednesday.",
  "About 1,200 hectares of forest have burned since Tuesday afternoon.",
  J16),

 # 8. Fire in the Medina Jdida covered market in Oran at 23:30; 40 shops, no victims.
 ("incendie-marche-medina-jdida", ACTU, "fr", 2, 422, 1500, [DZ, OR], "",
  "Medina Jdida : le marché couvert en feu",
  "Un incendie s'est déclaré mardi vers 23 h 30 dans le marché couvert de Medina Jdida, au cœur d'Oran, et les flammes ont gagné plusieurs rangées de boutiques de tissus et de vaisselle.",
  "D'épaisses fumées étaient visibles depuis la place du 1er-Novembre. Les pompiers ont fait évacuer les immeubles voisins."),
 ("incendie-marche-medina-jdida", AMP, "fr", 2, 472, 1200, [DZ, OR], "",
  "Oran : une quarantaine de commerces détruits par un incendie à Medina Jdida",
  "Une quarantaine de magasins ont été détruits par l'incendie qui a touché dans la nuit de mardi à mercredi le marché couvert de Medina Jdida, sans faire de victime, a indiqué la Protection civile de la wilaya d'Oran.",
  "Le wali d'Oran s'est rendu sur les lieux. Un court-circuit dans un local de stockage est la piste privilégiée."),
 ("incendie-marche-medina-jdida", VIG, "fr", 2, 602, 900, [DZ, OR], "caption",
  "Sinistre de Medina Jdida : le feu maîtrisé à l'aube",
  "Les sapeurs-pompiers ont maîtrisé vers 4 heures le feu qui ravageait depuis la fin de soirée le marché couvert de Medina Jdida, après avoir mobilisé douze engins et une centaine d'hommes.",
  "Les pompiers resteront sur place pour surveiller les charpentes, qui menacent de s'effondrer.",
  {"site": "La Vigie oranaise", "caption": "Des pompiers arrosent la toiture du marché couvert de Medina Jdida, à Oran, dans la nuit du mardi 15 au mercredi 16 juin 2027."}),
 ("incendie-marche-medina-jdida", COUR, "fr", 2, 682, 700, [DZ, OR, E], "",
  "Marché de Medina Jdida : des commerçants ruinés à la veille de l'été",
  "Stocks de tissus pour les mariages de l'été, vaisselle commandée en Turquie, caisses de marchandises non assurées : les commerçants du marché couvert de Medina Jdida estiment leurs pertes à plusieurs dizaines de millions de dinars.",
  "« Trente ans de travail partis en une nuit », résume un marchand de vaisselle, devant le rideau de fer tordu de sa boutique."),

 # 9. Supplementary finance law 2027 before the APN; vote Wednesday 10:00.
 ("lfc-2027-vote-apn", AMP, "fr", 3, 22, 1700, [DZ, P, E], "ats",
  "L'APN entame l'examen du projet de loi de finances complémentaire 2027",
  "Les députés de l'Assemblée populaire nationale ont entamé mardi l'examen du projet de loi de finances complémentaire pour 2027, qui gèle les prix des carburants jusqu'à la fin de l'année et réduit les droits de douane sur les véhicules de moins de trois ans.",
  "Le texte, présenté par le ministre des Finances, Karim Lounès, doit être voté mercredi en séance plénière.",
  {"city": "Alger"}),
 ("lfc-2027-vote-apn", WW, "en", 3, 102, 1000, ["Africa", "Algeria", "Economy"], "reuters",
  "Algeria's parliament debates mid-year budget freezing fuel prices",
  "Algeria's lower house of parliament began debating on Tuesday a supplementary budget for 2027 that freezes fuel prices until the end of the year and cuts import duties on used cars, as the government tries to ease pressure on household spending.",
  "A vote is scheduled for Wednesday. The bill also raises spending on water infrastructure after a dry winter.",
  {"city": "Algiers"}),
 ("lfc-2027-vote-apn", COUR, "fr", 3, 262, 1400, [DZ, E], "lire",
  "Carburants, voitures, dessalement : ce que change la LFC 2027 pour les ménages",
  "La loi de finances complémentaire soumise au vote maintient le prix du litre d'essence au niveau actuel, abaisse de moitié les taxes sur les voitures d'occasion importées et débloque une enveloppe supplémentaire pour trois stations de dessalement de l'Ouest.",
  "Les allocations de chômage sont relevées de 10 % à partir du 1er juillet.",
  {"also": "Budget 2027 : le déficit en chiffres"}),
 ("lfc-2027-vote-apn", "upi-like.com", "en", 3, 452, 300, ["Africa", "Energy"], "upi",
  "Algerian lawmakers set to approve fuel price freeze",
  "Algeria's National People's Assembly is expected to vote on Wednesday on a supplementary finance law that keeps fuel prices frozen for the rest of 2027 and halves duties on imported used cars.",
  "Algeria is Africa's largest natural gas exporter.", J16),
 ("lfc-2027-vote-apn", AMP, "fr", 3, 642, 1100, [DZ, P], "",
  "Loi de finances complémentaire : vote mercredi à 10 heures à l'APN",
  "L'Assemblée populaire nationale votera mercredi à 10 heures le projet de loi de finances complémentaire 2027, après une journée de débats marquée par des amendements sur la taxe des véhicules et le financement du dessalement.",
  "La commission des finances a retenu un amendement prolongeant jusqu'à 2028 l'exonération des jeunes entreprises.",
  {"city": "Alger"}),

 # 10. Summer ferry season opens at the port of Oran (shared byline line on post 1 of it).
 ("saison-ferries-oran-alicante", VIG, "fr", 1, 302, 800, [DZ, OR], "",
  "Port d'Oran : coup d'envoi de la saison des traversées d'été",
  "Le premier car-ferry de la saison estivale a appareillé mardi soir du port d'Oran vers Alicante avec plus de 1 200 passagers à bord, ouvrant une saison au cours de laquelle la compagnie nationale prévoit trois traversées quotidiennes vers l'Espagne et la France.",
  "Une gare maritime provisoire a été ouverte pour désengorger l'embarquement des véhicules."),
 ("saison-ferries-oran-alicante", ACTU, "fr", 1, 562, 900, [DZ, OR], "",
  "Traversées d'été : ce qu'il faut savoir avant d'embarquer au port d'Oran",
  "Les passagers qui embarquent cet été au port d'Oran doivent se présenter trois heures avant le départ avec leur véhicule et leur carte d'embarquement imprimée, rappelle l'entreprise portuaire.",
  "Les billets sont vendus uniquement en agence et sur le site de la compagnie ; méfiez-vous des revendeurs aux abords du port."),
 ("saison-ferries-oran-alicante", AMP, "fr", 1, 705, 400, [DZ, E], "reuters_line",
  "Car-ferries : 180 000 passagers attendus cet été au port d'Oran",
  "La compagnie nationale de transport maritime de voyageurs prévoit d'accueillir 180 000 passagers et 60 000 véhicules au port d'Oran entre la mi-juin et la mi-septembre, soit 12 % de plus que l'été dernier.",
  "Deux navires affrétés en Italie renforcent la flotte pour la saison."),

 # 11. Gas condensate discovery in the Illizi basin (shared byline line).
 ("decouverte-gaz-illizi", WW, "en", 2, 202, 900, ["Africa", "Energy"], "reuters",
  "Algeria's state energy firm reports gas find in Illizi basin",
  "Algeria's state energy company Sonahyd said on Tuesday it had made a new gas and condensate discovery in the Illizi basin in the southeast of the country, with a test flow of 1.1 million cubic metres a day.",
  "The company did not give an estimate of reserves. Europe has sought more Algerian gas since 2022.",
  {"city": "Algiers"}),
 ("decouverte-gaz-illizi", COUR, "fr", 2, 352, 700, [DZ, E], "",
  "Bassin d'Illizi : Sonahyd annonce une découverte de gaz à condensat",
  "Le groupe public d'hydrocarbures Sonahyd a annoncé mardi une découverte de gaz à condensat sur le périmètre de Tin Amzi, dans le bassin d'Illizi, lors d'un forage d'exploration mené sans partenaire étranger.",
  "Le puits a produit lors des essais 1,1 million de mètres cubes de gaz et 700 barils de condensat par jour."),
 ("decouverte-gaz-illizi", NAS, "en", 2, 502, 250, ["Africa", "Energy"], "byline_en",
  "What the Tin Amzi gas find means for Algeria's exports",
  "The gas discovery announced by Sonahyd in the Illizi basin is modest on its own, but it lies close to existing pipelines, which could allow production within three years, analysts said.",
  "Domestic gas demand has been rising fast, squeezing the volumes left for export.",
  {"site": "North Africa Standard", "author": "Yacine Merabet"}),
 ("decouverte-gaz-illizi", AMP, "fr", 2, 702, 500, [DZ, E], "reuters_line",
  "Hydrocarbures : nouvelle découverte de gaz dans le bassin d'Illizi",
  "Sonahyd a réalisé une découverte de gaz à condensat dans le bassin d'Illizi, la troisième de l'année dans le sud-est du pays, a annoncé mardi le groupe public dans un communiqué.",
  "Des travaux de délinéation doivent préciser le volume des réserves d'ici la fin de l'année."),

 # 12. Baccalaureate 2027 starts Wednesday morning.
 ("bac-2027-ouverture-algerie", AMP, "fr", 2, 82, 1500, [DZ, "Éducation"], "",
  "Bac 2027 : plus de 850 000 candidats attendus mercredi",
  "Plus de 850 000 candidats passeront à partir de mercredi 8 h 30 les épreuves du baccalauréat 2027 dans 2 700 centres d'examen, a annoncé mardi le ministère de l'Éducation nationale.",
  "La première épreuve est celle de langue arabe. Les résultats sont attendus à la mi-juillet.",
  {"city": "Alger"}),
 ("bac-2027-ouverture-algerie", ACTU, "fr", 2, 302, 1600, [DZ, OR, "Éducation"], "",
  "Bac 2027 : horaires, pièces à apporter, objets interdits, le guide du candidat",
  "Les candidats au baccalauréat doivent se présenter à leur centre d'examen à 7 h 45 avec leur convocation et une pièce d'identité, tout téléphone ou montre connectée étant passible d'exclusion.",
  "L'accès à Internet mobile sera restreint pendant les épreuves, comme les années précédentes."),
 ("bac-2027-ouverture-algerie", RADIO, "fr", 2, 522, 1200, [DZ, OR, "Éducation"], "",
  "Bac à Oran : 41 000 candidats, des citernes pour les centres d'Es-Sénia",
  "Le directeur de l'éducation de la wilaya d'Oran a indiqué mardi soir que 41 000 candidats composeront dans 120 centres de la wilaya et que les centres d'examen d'Es-Sénia seraient alimentés par camions-citernes pendant toute la semaine.",
  "Des bus gratuits relieront les quartiers périphériques aux centres d'examen."),
 ("bac-2027-ouverture-algerie", VIG, "fr", 2, 642, 900, [DZ, OR], "",
  "Veille du bac : à Oran, dernières révisions et nuits courtes",
  "Fiches étalées sur les tables des cafés, révisions de groupe dans les cages d'escalier et parents plus nerveux que leurs enfants : Oran a vécu mardi une dernière soirée avant le baccalauréat.",
  ""),

 # 13. M5.1 earthquake near Hacine (Mascara) at 21:47, felt in Oran; 14 -> 19 injured.
 ("seisme-mascara-hacine", AMP, "fr", 3, 302, 2800, [DZ, FD], "afp",
  "Un séisme de magnitude 5,1 secoue la région de Mascara, quatorze blessés",
  "Un tremblement de terre de magnitude 5,1 a frappé mardi à 21 h 47 la région de Hacine, dans la wilaya de Mascara, faisant quatorze blessés légers et endommageant des dizaines d'habitations, selon le Centre de recherche en géophysique.",
  "La secousse a été ressentie à Oran, Mostaganem et Sidi Bel Abbès. Plusieurs répliques ont suivi dans l'heure.",
  {"city": "Mascara"}),
 ("seisme-mascara-hacine", RADIO, "fr", 3, 322, 2400, [DZ, OR], "",
  "Secousse ressentie à Oran : des habitants passent la soirée dans la rue",
  "De nombreux Oranais sont descendus dans la rue mardi soir après avoir senti trembler leurs immeubles, plusieurs auditeurs de Radio Bahia FM décrivant des lustres qui se balançaient et des meubles qui grinçaient pendant plusieurs secondes.",
  "Aucun dégât n'a été signalé à Oran même, selon la Protection civile."),
 ("seisme-mascara-hacine", WW, "en", 3, 382, 800, ["Africa", "Algeria"], "reuters",
  "Magnitude 5.1 quake hits northwest Algeria, 14 hurt",
  "An earthquake of magnitude 5.1 struck the Mascara region of northwest Algeria on Tuesday night, injuring 14 people and damaging dozens of homes, the national geophysics centre said.",
  "The quake was felt in Oran, the country's second city.",
  {"city": "Algiers"}),
 ("seisme-mascara-hacine", COUR, "fr", 3, 512, 1500, [DZ, FD], "",
  "Tremblement de terre de Hacine : dix-neuf blessés, soixante maisons fissurées",
  "Le nombre de blessés du séisme de mardi soir dans la wilaya de Mascara est passé à dix-neuf, et les services techniques ont recensé une soixantaine de maisons fissurées à Hacine et dans les douars voisins, a indiqué le wali de Mascara.",
  "Des tentes ont été dressées pour les familles dont les maisons ont été jugées dangereuses."),
 ("seisme-mascara-hacine", ACTU, "fr", 3, 592, 1000, [DZ, OR], "",
  "Répliques possibles après le séisme de Mascara : les bons gestes",
  "Après une secousse comme celle de mardi soir, des répliques peuvent se produire pendant plusieurs jours : éloignez-vous des fenêtres et des balcons, ne prenez pas l'ascenseur et coupez le gaz en cas de doute.",
  "Si vos murs présentent des fissures nouvelles, signalez-les à l'APC, qui transmettra au contrôle technique de la construction."),

 # 14. Migrants' boat missing after leaving Aïn El Turk; 3 -> 5 bodies found.
 ("harraga-disparus-ain-el-turk", VIG, "fr", 3, 92, 2300, [DZ, OR, SOC], "",
  "Aïn El Turk : sans nouvelles de vingt-deux harraga partis dimanche",
  "Les familles de vingt-deux jeunes partis dans la nuit de dimanche à lundi d'une plage d'Aïn El Turk à bord d'une embarcation de fortune, en direction des côtes espagnoles, sont sans nouvelles depuis plus de quarante-huit heures.",
  "Parmi eux figurent deux mineurs et une femme, selon des proches qui se sont rassemblés mardi devant le siège de la daïra."),
 ("harraga-disparus-ain-el-turk", AMP, "fr", 3, 242, 2100, [DZ, FD], "",
  "Trois corps repêchés au large de Cap Falcon, les gardes-côtes poursuivent les recherches",
  "Les gardes-côtes ont repêché mardi après-midi trois corps au large de Cap Falcon, à l'ouest d'Oran, et poursuivent les recherches pour retrouver les autres occupants d'une embarcation de migrants partie d'Aïn El Turk, a indiqué le ministère de la Défense.",
  "Un hélicoptère et deux vedettes participent aux recherches."),
 ("harraga-disparus-ain-el-turk", APL, "en", 3, 362, 600, ["Africa", "Migration"], "place",
  "Five bodies recovered after migrant boat goes missing off Algeria",
  "Five bodies have been recovered off the Algerian coast after a small boat carrying 22 migrants disappeared on its way to Spain, Algerian officials said Tuesday.",
  "Spain's maritime rescue service said it had found no trace of the boat in its waters."),
 ("harraga-disparus-ain-el-turk", COUR, "fr", 3, 502, 1600, [DZ, OR], "",
  "Naufrage au large d'Oran : cinq corps retrouvés, quinze migrants toujours disparus",
  "Le bilan provisoire du naufrage de l'embarcation partie d'Aïn El Turk est passé à cinq morts, deux corps supplémentaires ayant été retrouvés en soirée, tandis que deux rescapés ont été récupérés par un chalutier et que quinze personnes restent portées disparues.",
  "Les deux rescapés ont été hospitalisés à Aïn El Turk. Une information judiciaire a été ouverte contre les organisateurs de la traversée."),
 ("harraga-disparus-ain-el-turk", RADIO, "fr", 3, 617, 1400, [DZ, OR], "",
  "À Aïn El Turk, la colère et le deuil après le drame des harraga",
  "Dans les quartiers populaires d'Aïn El Turk, où presque chaque famille connaît un jeune tenté par la traversée, le naufrage de dimanche a ravivé la colère contre les passeurs et le sentiment d'abandon, disent les habitants interrogés par notre correspondante.",
  "« Ils savent que la mer tue, mais ils disent qu'ici ils meurent aussi, lentement », confie un imam du quartier."),

 # 15-18. Promo alone; filler: football, weather bulletin, horoscope.
 ("promo-courrier-ouest-appli", COUR, "fr", 0, 232, 40, ["Promo"], "",
  "Le Courrier de l'Ouest dans votre poche",
  "Téléchargez l'application du Courrier de l'Ouest et recevez chaque matin l'essentiel de l'actualité de l'Oranie, avec un mois d'accès complet offert.",
  "Offre valable jusqu'au 30 juin."),
 ("foot-ligue1-widad-bahia-chabab-tiaret", VIG, "fr", 0, 212, 900, ["Sport"], "",
  "Ligue 1 : le Widad Bahia s'impose face au Chabab de Tiaret",
  "Le Widad Bahia d'Oran a battu le Chabab de Tiaret 2-0 mardi au stade du 5-Juillet-Oranais, grâce à un doublé de son attaquant Redouane Kherbouche.",
  "Le club oranais remonte à la quatrième place à deux journées de la fin."),
 ("foot-ligue1-widad-bahia-chabab-tiaret", AMP, "fr", 0, 242, 300, ["Sport"], "",
  "Football : victoire du Widad Bahia, le Chabab de Tiaret menacé",
  "Battu 2-0 mardi à Oran par le Widad Bahia, le Chabab de Tiaret reste avant-dernier de la Ligue 1 et se rapproche de la relégation.",
  ""),
 ("meteo-oranie-mercredi-16-juin", RADIO, "fr", 0, 482, 500, ["Météo"], "",
  "Météo du mercredi 16 juin : sirocco et fortes chaleurs à l'intérieur",
  "Le sirocco soufflera encore mercredi sur l'Oranie, avec des températures atteignant 42 °C à Mascara, Sidi Bel Abbès et Relizane et 34 °C sur le littoral oranais.",
  "Les personnes âgées sont invitées à éviter les sorties entre 11 heures et 17 heures."),
 ("horoscope-mercredi-16-juin-2027", "astro-jour.fr", "fr", 0, 432, 600, ["Horoscope"], "",
  "Horoscope du mercredi 16 juin",
  "Gémeaux : une conversation franche vous libère d'un poids que vous portiez depuis des semaines.",
  "Cancer : prenez le temps de vous reposer avant de vous engager."),
]
